"""Telegram HTML for answers, lists and keyboards; long texts split on paragraph boundaries.

Every dynamic string goes through `html.escape`. Buttons are plain data (`Button`), turned
into python-telegram-bot keyboards by `keyboard()` so this module is testable on its own.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks
from bot.i18n import plain, t
from knowledge.kb import KnowledgeBase
from knowledge.outcome import NAMED_REASONS, Answer
from knowledge.schema import Entry

MAX_MESSAGE = 4096
MAX_BUTTON_TEXT = 60


def esc(text: str) -> str:
    return html.escape(text, quote=False)


@dataclass(frozen=True)
class Button:
    text: str
    data: str


Rows = list[list[Button]]


def short(text: str, limit: int = MAX_BUTTON_TEXT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def keyboard(rows: Rows) -> InlineKeyboardMarkup | None:
    """Buttons as PTB objects (edits, which PTB sends); `keyboard_json` for bot.sending."""
    if not rows:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.text, callback_data=b.data) for b in row] for row in rows])


def keyboard_json(rows: Rows | None) -> dict[str, Any] | None:
    """The same buttons as Bot API JSON."""
    if not rows:
        return None
    return {"inline_keyboard": [[{"text": b.text, "callback_data": b.data} for b in row] for row in rows]}


# -- answers -----------------------------------------------------------------------
def source_blocks(kb: KnowledgeBase, answer: Answer) -> list[str]:
    """One blockquote per verbatim passage, with its paragraph and any reference it cites."""
    blocks = []
    for source in answer.sources:
        label = esc(kb.essay.label(source.paragraph))
        refs = "".join(
            f"\n— [{esc(t(answer.lang, 'reference_label', number=n))}] {esc(kb.references[n].text)}"
            for n in source.references
            if n in kb.references
        )
        blocks.append(f"<blockquote><b>{label}</b> «{esc(source.quote)}»{refs}</blockquote>")
    return blocks


def answer_html(kb: KnowledgeBase, answer: Answer) -> str:
    """The whole reply to a message, as HTML paragraphs separated by blank lines."""
    lang = answer.lang
    if answer.outcome == "smalltalk":
        return t(lang, "help") if answer.act == "who" else t(lang, f"smalltalk.{answer.act}")
    if answer.outcome == "unsure":
        return t(lang, "unsure")
    if answer.outcome == "not_covered":
        parts = [t(lang, "not_covered")]
        if answer.reason in NAMED_REASONS:
            parts.append(t(lang, f"not_covered_reason.{answer.reason}"))
        parts.append(t(lang, "nearest") if answer.nearest else t(lang, "try_topics", topics=", ".join(topic_names(kb, lang))))
        return "\n\n".join(parts)
    parts = [f"<b>{esc(answer.text('question') or '')}</b>", esc(answer.text("answer") or "")]
    parts.append(esc(answer.text("explanation") or ""))
    if answer.text("note"):
        parts.append(f"⚠️ <b>{t(lang, 'note_heading')}:</b> {esc(answer.text('note') or '')}")
    parts.append(f"📚 <b>{t(lang, 'sources_heading')}</b>: <i>{esc(kb.essay.title)}</i>")
    parts += source_blocks(kb, answer)
    if answer.reason in NAMED_REASONS:  # a later part asked for a date or a number the essay does not give
        parts.append(f"ℹ️ <i>{t(lang, 'rest_not_covered')}</i>\n{t(lang, f'not_covered_reason.{answer.reason}')}")
    for why in ("part", "tie"):
        if any(s.why == why for s in answer.also):
            parts.append(f"<i>{t(lang, f'also_{why}')}</i>")
    return "\n\n".join(parts)


def answer_keyboard(answer: Answer) -> Rows:
    """Buttons under a reply: "did you mean" choices, the nearest entry, or under an answer the
    next part of the question and the entries that answer it too, related questions, 👍/👎."""
    if answer.outcome == "unsure":
        return [[Button(short(s.question), callbacks.make("e", s.entry_id))] for s in answer.suggestions]
    if answer.outcome == "not_covered":
        nearest = answer.nearest
        return [[Button(short("→ " + nearest.question), callbacks.make("e", nearest.entry_id))]] if nearest else []
    if not answer.matched or answer.entry is None:
        return []
    also = [[Button(short("➕ " + s.question), callbacks.make("e", s.entry_id))] for s in answer.also]
    shown = {s.entry_id for s in answer.also}
    related = [r for r in answer.related if r.entry_id not in shown][: max(0, 3 - len(also))]
    rows = also + [[Button(short("→ " + r.question), callbacks.make("e", r.entry_id))] for r in related]
    entry_id = answer.entry.id
    if getattr(answer.entry, "discuss", None):
        rows.append([Button(plain(answer.lang, "discuss_button"), callbacks.make("d", entry_id))])
    rows.append(
        [
            Button(plain(answer.lang, "helpful_yes"), callbacks.make("v", 1, entry_id)),
            Button(plain(answer.lang, "helpful_no"), callbacks.make("v", 0, entry_id)),
        ]
    )
    return rows


def vote_keyboard(markup: InlineKeyboardMarkup, helpful: bool) -> InlineKeyboardMarkup:
    """The same keyboard with the chosen vote marked ✅ (a second press can still change it)."""
    rows = []
    for row in markup.inline_keyboard:
        new_row = []
        for button in row:
            data = button.callback_data if isinstance(button.callback_data, str) else None
            parsed = callbacks.parse(data)
            text = button.text.removeprefix("✅ ")
            if parsed is not None and parsed.kind == "v" and parsed.args[0] == ("1" if helpful else "0"):
                text = "✅ " + text
            new_row.append(InlineKeyboardButton(text, callback_data=data) if data else button)
        rows.append(new_row)
    return InlineKeyboardMarkup(rows)


def discuss_html(entry: Entry, lang: str) -> str:
    """Seminar prompts under an answer: questions to think about, not claims of the essay."""
    prompts = "\n\n".join(f"• {esc(p.get(lang))}" for p in entry.discuss)
    return f"💬 <b>{esc(entry.question.get(lang))}</b>\n<i>{t(lang, 'discuss_heading')}</i>\n\n{prompts}"


# -- lists ---------------------------------------------------------------------------
def topic_names(kb: KnowledgeBase, lang: str) -> list[str]:
    return [plain(lang, f"topic.{topic}") for topic in kb.topics]


def topics_keyboard(kb: KnowledgeBase, lang: str) -> Rows:
    return [[Button(plain(lang, f"topic.{topic}"), callbacks.make("t", topic))] for topic in kb.topics]


def topic_questions_keyboard(kb: KnowledgeBase, topic: str, lang: str) -> Rows:
    return [[Button(short(kb.entries[eid].question.get(lang)), callbacks.make("e", eid))] for eid in kb.topics.get(topic, [])]


def map_row(lang: str) -> list[Button]:
    """A button sending the map of the essay (under /topics and /about)."""
    return [Button(plain(lang, "map_button"), callbacks.make("m", lang))]


def sources_html(kb: KnowledgeBase, lang: str) -> str:
    lines = [t(lang, "sources_list_heading")]
    lines += [f"{n}. {esc(ref.text)}" for n, ref in sorted(kb.references.items())]
    return "\n".join(lines)


def about_html(kb: KnowledgeBase, lang: str) -> str:
    abstract = kb.essay.paragraphs[1].removeprefix("Abstract:").strip()
    keywords = kb.essay.paragraphs[2].removeprefix("Keywords:").strip()
    return "\n\n".join(
        [
            t(lang, "about_heading"),
            f"<b>{t(lang, 'about_title')}:</b> {esc(kb.essay.title)}",
            f"<b>{t(lang, 'about_abstract')}:</b> <i>{esc(abstract)}</i>",
            f"<b>{t(lang, 'about_keywords')}:</b> {esc(keywords)}",
        ]
    )


# -- splitting -------------------------------------------------------------------------
_TAG = re.compile(r"<[^>]+>")


def split_message(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split HTML on paragraph boundaries (blank lines) into messages within `limit`.

    Paragraphs are whole HTML fragments, so no tag is ever cut. A single paragraph over
    the limit is cut between lines, or between words when it is plain text.
    """
    return _pack(_pieces(text, limit), "\n\n", limit)


def _pack(pieces: list[str], separator: str, limit: int) -> list[str]:
    """Join consecutive pieces with `separator` into chunks of at most `limit` characters."""
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        candidate = f"{current}{separator}{piece}" if current else piece
        if len(candidate) <= limit:
            current = candidate
        else:
            chunks.append(current)
            current = piece
    if current:
        chunks.append(current)
    return chunks


def _pieces(text: str, limit: int) -> list[str]:
    pieces: list[str] = []
    for paragraph in text.split("\n\n"):
        pieces += _fit(paragraph, limit)
    return pieces


def _fit(paragraph: str, limit: int) -> list[str]:
    if len(paragraph) <= limit:
        return [paragraph]
    if "\n" in paragraph:
        return [piece for line in paragraph.split("\n") for piece in _fit(line, limit)]
    if "<" in paragraph:  # one enormous formatted line: drop the formatting rather than cut a tag
        paragraph = _TAG.sub("", paragraph)
    return _cut_words(paragraph, limit)


def _cut_words(text: str, limit: int) -> list[str]:
    pieces: list[str] = []
    for word in text.split(" "):
        while len(word) > limit:  # a single enormous "word": cut it, but never inside an &entity;
            cut = limit
            amp = word.rfind("&", max(0, limit - 10), limit)
            if amp != -1 and ";" not in word[amp:limit]:
                cut = amp
            pieces.append(word[:cut])
            word = word[cut:]
        pieces.append(word)
    return _pack(pieces, " ", limit)


# -- tips, quiz, stats ------------------------------------------------------------------
def tip_html(kb: KnowledgeBase, tip, lang: str) -> str:
    label = esc(kb.essay.label(tip.source.paragraph))
    return "\n\n".join(
        [
            t(lang, "tip_heading", title=tip.title.get(lang)),
            esc(tip.text.get(lang)),
            f"<blockquote><b>{label}</b> «{esc(tip.source.quote)}»</blockquote>",
        ]
    )


def tip_keyboard(tip, lang: str) -> Rows:
    return [
        [
            Button(plain(lang, "tip_explain_more"), callbacks.make("tm", tip.id)),
            Button(plain(lang, "tip_quiz_me"), callbacks.make("tq", tip.id)),
        ]
    ]


def review_keyboard(kb: KnowledgeBase, entry_ids: list[str], lang: str) -> Rows:
    return [
        [Button(short(kb.entries[e].question.get(lang)), callbacks.make("e", e))]
        for e in dict.fromkeys(entry_ids)
        if e in kb.entries
    ]
