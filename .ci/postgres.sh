#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1:55432 (installing Debian's package if
# needed) and print its URL. Used by .ci/run; works the same by hand:
#   export TEST_POSTGRES_URL=$(bash .ci/postgres.sh)
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PORT=${PGPORT_TEST:-55432}
DATA=$(mktemp -d /tmp/saiasat-pg.XXXXXX)
chown postgres: "$DATA"
su postgres -s /bin/sh -c "$PGBIN/initdb -D $DATA -A trust -U postgres" >/dev/null
su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $DATA -l $DATA/server.log -w -o \"-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off\" start" >&2
echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
