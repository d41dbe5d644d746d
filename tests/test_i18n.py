"""The interface catalog: every key in every language, with the same placeholders and valid HTML."""

import re
import string

import pytest

from bot.devtools.fake_bot_api import parse_html
from bot.i18n import LANGUAGES, catalog, plain, t, tn, user_language


def placeholders(text):
    if isinstance(text, dict):  # plural forms: each has the same placeholders
        return sorted({name for form in text.values() for name in placeholders(form)})
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_every_key_exists_in_every_language_with_the_same_placeholders(lang):
    english, other = catalog("en"), catalog(lang)
    assert set(other) == set(english)
    for key, text in english.items():
        assert placeholders(other[key]) == placeholders(text), key
        assert re.findall(r"</?\w+>", str(other[key])) == re.findall(r"</?\w+>", str(text)), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_valid_telegram_html_once_filled(lang):
    for key, text in catalog(lang).items():
        if key.startswith("plural."):
            for n in (1, 2, 5, 21):
                parse_html(tn(lang, key.removeprefix("plural."), n))
            continue
        parse_html(t(lang, key, **dict.fromkeys(placeholders(text), "<x & y>")))  # raises on what Telegram would reject


def test_arguments_are_escaped_and_plain_unescapes():
    assert t("en", "subscribed", time="<b>", zone="A&B") == "✅ Subscribed: a concept tip every day at &lt;b&gt; (A&amp;B)."
    assert plain("en", "ask_usage").startswith("Usage: /ask <question>")


def test_telegram_language_codes_map_to_ours():
    assert user_language("ru") == "ru" and user_language("kk") == "kk" and user_language("en-GB") == "en"
    assert user_language("de") == "en" and user_language(None) == "en"
    assert t("fr", "not_text") == catalog("en")["not_text"]


def test_every_catalog_key_is_used_by_the_bot():
    """A string nobody sends is a translation to maintain for nothing (topic.* and cmd.* are
    looked up by prefix)."""
    from pathlib import Path

    import bot

    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(bot.__file__).parent.rglob("*.py"))
    unused = [
        k
        for k in catalog("en")
        if not k.startswith(("topic.", "cmd.", "smalltalk.", "not_covered_reason.", "also_", "plural.", "chart."))
        and f'"{k}"' not in source
        and f"'{k}'" not in source
    ]
    assert unused == []


def test_counts_take_the_plural_form_of_each_language():
    assert [tn("en", "questions", n) for n in (1, 2)] == ["1 question", "2 questions"]
    assert [tn("ru", "questions", n) for n in (1, 3, 5, 21)] == ["1 вопрос", "3 вопроса", "5 вопросов", "21 вопрос"]
    assert tn("kk", "questions", 5) == "5 сұрақ"


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_reason_the_reply_names_has_its_text(lang):
    from knowledge.outcome import NAMED_REASONS

    for reason in NAMED_REASONS:
        assert t(lang, f"not_covered_reason.{reason}")
