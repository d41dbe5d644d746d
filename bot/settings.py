"""Settings from the environment, `.env` and secret files, validated once at start-up.

A secret may also be a file named after the setting in lower case (`telegram_bot_token`,
`webhook_secret`, `database_url`) in /run/secrets (Docker and compose secrets) or in the
directory SECRETS_DIR names; the environment wins over a file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

TOKEN_PATTERN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")
DEFAULT_DATABASE_URL = "sqlite:///data/saiasat.sqlite3"
SECRETS_DIR = os.environ.get("SECRETS_DIR", "/run/secrets")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        secrets_dir=SECRETS_DIR if os.path.isdir(SECRETS_DIR) else None,
    )

    telegram_bot_token: SecretStr
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    database_url: str = DEFAULT_DATABASE_URL
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    log_level: str = "INFO"
    log_json: bool = False
    # per-user flood control: at most this many messages in the window
    flood_messages: int = 8
    flood_window_seconds: float = 10.0
    # the rate limiter's overall limit (Telegram allows about 30 messages a second)
    rate_limit_per_second: float = 30.0
    # webhook mode (python -m bot run --webhook)
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    port: int = 8080
    # updates of different chats handled at once (one chat's updates always in order)
    concurrency: int = 64
    # the curator loop: how long unanswered questions are kept
    gaps_retention_days: int = 90
    # polling mode: touched after every getUpdates, read by `python -m bot health`
    heartbeat_file: Path = Path("data/heartbeat")

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr) -> SecretStr:
        if not TOKEN_PATTERN.match(value.get_secret_value().strip()):
            raise ValueError("TELEGRAM_BOT_TOKEN does not look like a bot token (digits:secret, from @BotFather)")
        return SecretStr(value.get_secret_value().strip())

    @field_validator("webhook_secret")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", value.get_secret_value()):
            raise ValueError("WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [int(part) for part in re.split(r"[,\s]+", value.strip()) if part]
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("TELEGRAM_API_BASE_URL must start with http:// or https://")
        return value


def settings_error(exc: Exception) -> str:
    """One clear line for a settings problem, never echoing the token."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        parts = []
        for err in errors():
            name = ".".join(str(p) for p in err["loc"]).upper() or "settings"
            message = "missing (set it in the environment or .env)" if err["type"] == "missing" else err["msg"]
            parts.append(f"{name}: {message.removeprefix('Value error, ')}")
        return "configuration error: " + "; ".join(parts)
    return f"configuration error: {exc}"
