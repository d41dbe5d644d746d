"""Interface strings in English, Russian and Kazakh, from one validated catalog.

The catalog is `bot/locales/<lang>.yaml`; every language has every key with the same
placeholders (enforced by tests/test_i18n.py). Values are Telegram HTML; arguments are
HTML-escaped here, so callers pass plain text.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import yaml
from babel import Locale

LANGUAGES = ("en", "ru", "kk")
DEFAULT_LANGUAGE = "en"


@cache
def catalog(lang: str) -> dict[str, Any]:
    """The strings of one language: text, or for `plural.*` keys one text per CLDR plural category."""
    text = resources.files("bot").joinpath(f"locales/{lang}.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return data


@cache
def _plural_rule(lang: str) -> Callable[[float], str]:
    rule: Callable[[float], str] = Locale.parse(lang).plural_form
    return rule


def tn(lang: str | None, key: str, count: int) -> str:
    """`count` with the word `plural.<key>` in the form the language's plural rules (CLDR, via
    Babel) ask for: 1 question / 2 questions; 1 вопрос / 3 вопроса / 5 вопросов; 5 сұрақ."""
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    forms = catalog(lang).get(f"plural.{key}") or catalog(DEFAULT_LANGUAGE)[f"plural.{key}"]
    template = forms.get(_plural_rule(lang)(count)) or forms["other"]
    return str(template).format(n=count)


def t(lang: str | None, key: str, **args: object) -> str:
    """The string `key` in `lang` (English when missing), with escaped arguments."""
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    template = str(catalog(lang).get(key) or catalog(DEFAULT_LANGUAGE)[key])
    return template.format(**{k: html.escape(str(v), quote=False) for k, v in args.items()})


def plain(lang: str | None, key: str, **args: object) -> str:
    """The same string without HTML (button labels, poll texts, command descriptions)."""
    return html.unescape(t(lang, key, **args))


def user_language(code: str | None) -> str:
    """Telegram's language_code ('ru', 'kk', 'en-US', …) as one of ours, or English."""
    base = (code or "").split("-")[0].lower()
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


def warm_up() -> None:
    """Load what the first message of each language would otherwise load on the event loop
    (the catalogs, Babel's plural rules: tens of milliseconds)."""
    for lang in LANGUAGES:
        catalog(lang)
        _plural_rule(lang)
