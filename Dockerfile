# syntax=docker/dockerfile:1
# Saiasat: long polling by default; webhook mode when WEBHOOK_URL/WEBHOOK_SECRET are set and
# the command is `python -m bot run --webhook` (see docker-compose.yml). No secrets inside.
# Dependencies come from the hashed lock (requirements/runtime.lock, `uv pip compile`), in a
# layer of their own before the source, so a code change reinstalls only the project.
# The base image is pinned by digest (python:3.11-slim); update the tag and digest together.
ARG PYTHON_IMAGE=python:3.11-slim@sha256:9c900dea9e8fb7e16277c179b555cc72d29a352dbc33cff48ad5a0412fd5bfc7

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
COPY requirements/runtime.lock /tmp/runtime.lock
RUN /opt/venv/bin/pip install --no-cache-dir --require-hashes -r /tmp/runtime.lock
WORKDIR /src
COPY pyproject.toml README.md ./
COPY knowledge ./knowledge
COPY bot ./bot
# The KB built once here and kept next to the packages (knowledge.index_cache), with what the
# warm-up's questions derive (the lexicon, the dialogue acts' phrases): a start reads them.
ENV SAIASAT_CACHE_DIR=/opt/venv/kb-cache
RUN /opt/venv/bin/pip install --no-cache-dir --no-deps . \
    && /opt/venv/bin/python -m bot kb check \
    && /opt/venv/bin/python -c "from knowledge.answers import warm_up; from knowledge.kb import default_kb; warm_up(default_kb())" \
    && test -n "$(ls /opt/venv/kb-cache)"

FROM ${PYTHON_IMAGE} AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    MPLCONFIGDIR=/tmp/matplotlib \
    SAIASAT_CACHE_DIR=/opt/venv/kb-cache \
    DATABASE_URL=sqlite:////data/saiasat.sqlite3 \
    HEARTBEAT_FILE=/data/heartbeat
RUN useradd --create-home --uid 10001 saiasat \
    && mkdir /data && chown saiasat:saiasat /data
COPY --from=build /opt/venv /opt/venv
USER 10001:10001
WORKDIR /home/saiasat
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["python", "-m", "bot", "health"]
CMD ["python", "-m", "bot", "run"]
