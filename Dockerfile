# syntax=docker/dockerfile:1
# Saiasat: long polling by default; webhook mode when WEBHOOK_URL/WEBHOOK_SECRET are set and
# the command is `python -m bot run --webhook` (see docker-compose.yml). No secrets inside.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY knowledge ./knowledge
COPY bot ./bot
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --no-cache-dir . \
    && /opt/venv/bin/python -m bot kb check

FROM python:3.11-slim AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    DATABASE_URL=sqlite:////data/saiasat.sqlite3
RUN useradd --create-home --uid 10001 saiasat \
    && mkdir /data && chown saiasat:saiasat /data
COPY --from=build /opt/venv /opt/venv
USER 10001:10001
WORKDIR /home/saiasat
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["python", "-m", "bot", "health"]
CMD ["python", "-m", "bot", "run"]
