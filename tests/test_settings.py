"""Secrets may come from files (Docker and compose secrets), never only from the environment."""

from __future__ import annotations

import os
import subprocess
import sys

SHOW = "from bot.settings import Settings; s = Settings(_env_file=None); print(s.telegram_bot_token.get_secret_value(), s.database_url)"


def _settings(tmp_path, **env: str) -> list[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "DATABASE_URL")}
    out = subprocess.run(
        [sys.executable, "-c", SHOW],
        env={**clean, "SECRETS_DIR": str(tmp_path), **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.split()


def test_secrets_are_read_from_files_and_the_environment_wins(tmp_path):
    (tmp_path / "telegram_bot_token").write_text("123456:from-a-file-abcdefghijklmnop")
    (tmp_path / "database_url").write_text("postgresql://saiasat:pw@postgres:5432/saiasat")
    assert _settings(tmp_path) == ["123456:from-a-file-abcdefghijklmnop", "postgresql://saiasat:pw@postgres:5432/saiasat"]
    token, _ = _settings(tmp_path, TELEGRAM_BOT_TOKEN="654321:from-the-environment-abcdefgh")
    assert token == "654321:from-the-environment-abcdefgh"
