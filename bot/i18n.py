"""Interface strings in English, Russian and Kazakh, from one validated catalog.

The catalog is `bot/locales/<lang>.yaml`; every language has every key with the same
placeholders (enforced by tests/test_i18n.py). Values are Telegram HTML; arguments are
HTML-escaped here, so callers pass plain text.
"""

from __future__ import annotations

import html
from functools import cache
from importlib import resources

import yaml

LANGUAGES = ("en", "ru", "kk")
DEFAULT_LANGUAGE = "en"


@cache
def catalog(lang: str) -> dict[str, str]:
    text = resources.files("bot").joinpath(f"locales/{lang}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def t(lang: str | None, key: str, **args: object) -> str:
    """The string `key` in `lang` (English when missing), with escaped arguments."""
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    template = catalog(lang).get(key) or catalog(DEFAULT_LANGUAGE)[key]
    return template.format(**{k: html.escape(str(v), quote=False) for k, v in args.items()})


def plain(lang: str | None, key: str, **args: object) -> str:
    """The same string without HTML (button labels, poll texts, command descriptions)."""
    return html.unescape(t(lang, key, **args))


def user_language(code: str | None) -> str:
    """Telegram's language_code ('ru', 'kk', 'en-US', …) as one of ours, or English."""
    base = (code or "").split("-")[0].lower()
    return base if base in LANGUAGES else DEFAULT_LANGUAGE
