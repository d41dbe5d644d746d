"""Moved to bot.devtools.fake_bot_api; this shim keeps `from tests.fake_bot_api import …` (and `python -m tests.fake_bot_api`) working."""
from bot.devtools.fake_bot_api import *  # noqa: F403
from bot.devtools.fake_bot_api import (  # noqa: F401
    BOT_USER,
    TOKEN,
    BadRequest,
    FakeBotAPI,
    main,
    parse_html,
    utf16_len,
)

if __name__ == "__main__":
    main()
