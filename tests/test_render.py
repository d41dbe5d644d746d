"""Rendering: escaping, splitting within Telegram's limits, keyboards and callback data."""

import html

import pytest

from bot import callbacks
from bot.devtools.fake_bot_api import parse_html
from bot.render import answer_html, answer_keyboard, split_message, tip_html, topics_keyboard
from knowledge.answers import ask
from knowledge.outcome import Answer


def test_an_answer_is_valid_html_with_question_sources_and_note(kb):
    answer = ask(kb, "who was marcus aurelius")
    text = answer_html(kb, answer)
    visible = parse_html(text)  # what Telegram would accept
    assert text.startswith(f"<b>{html.escape(answer.text('question'), quote=False)}</b>")
    assert "<blockquote><b>¶3</b>" in text
    assert answer.text("note") and "161" in visible
    for source in answer.sources:
        assert source.quote in visible


def test_dynamic_text_is_escaped(kb):
    entry = kb.entries["democracy-civilization"]
    evil = Answer(
        "q", "en", 99.0, entry.model_copy(update={"answer": entry.answer.model_copy(update={"en": "<script>&x</script>"})})
    )
    text = answer_html(kb, evil)
    assert "&lt;script&gt;&amp;x&lt;/script&gt;" in text
    parse_html(text)


@pytest.mark.parametrize(
    ("message", "says"),
    [
        ("where do you get your answers?", "only from the essay"),
        ("откуда вы берёте ответы?", "только по эссе"),
        ("жауаптарыңызды қайдан аласыз?", "тек эссе бойынша"),
    ],
)
def test_asking_where_the_answers_come_from_is_told_they_come_from_the_essay_alone(kb, message, says):
    answer = ask(kb, message)
    assert answer.outcome == "smalltalk" and answer.act == "source"
    assert says in parse_html(answer_html(kb, answer))


def test_a_date_asked_after_an_answered_part_is_said_to_be_missing(kb):
    answer = ask(kb, "what does the author say about the amendments to the constitution? which year were they?")
    visible = parse_html(answer_html(kb, answer))
    assert answer.entry is not None and "The other part of your question:\nThe essay gives no date for this." in visible
    plain_answer = ask(kb, "what does the author say about the amendments to the constitution?")
    assert "The other part of your question" not in parse_html(answer_html(kb, plain_answer))


@pytest.mark.parametrize(
    ("message", "says"),
    [
        (
            "Besides Bell, which scholars developed the theory of post-industrial society? And what is political modernization?",
            "The other part of your question:\nThe essay names no one else for this.",
        ),
        (
            "кроме Белла кто ещё развивал теорию постиндустриального общества? и что такое политическая модернизация?",
            "По другой части вашего вопроса:\nДругих имён на этот счёт в эссе нет.",
        ),
    ],
)
def test_someone_besides_a_person_named_is_said_to_be_missing_beside_the_answer(kb, message, says):
    answer = ask(kb, message)
    assert answer.entry is not None and says in parse_html(answer_html(kb, answer))


def test_out_of_scope_has_no_citation_and_offers_topics(kb):
    answer = ask(kb, "who won the football match")
    text = answer_html(kb, answer)
    assert "<blockquote>" not in text and "¶" not in text
    assert "Political modernization" in text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("how many presidents has kazakhstan had", "gives no such number"),
        ("how many times was Nazarbayev elected", "does not say how many times"),
        ("how often is the constitution amended", "does not say how often"),
        ("write me an essay about my summer", "I do not write essays"),
        ("напиши эссе про лето", "Я не пишу за вас ни эссе"),
        ("эссе жазып бер", "орныңызға эссе немесе басқа мәтін жазбаймын"),
    ],
)
def test_a_fact_the_essay_lacks_is_named_in_the_reply(kb, question, says):
    answer = ask(kb, question)
    assert answer.outcome == "not_covered"
    assert says in answer_html(kb, answer)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_entry_renders_within_limits_in_every_language(kb, lang):
    for entry_id in kb.entries:
        answer = ask(kb, kb.entries[entry_id].question.get(lang), lang=lang)
        for part in split_message(answer_html(kb, answer)):
            assert len(parse_html(part)) <= 4096
        for row in answer_keyboard(answer):
            for button in row:
                assert callbacks.parse(button.data) is not None
                assert len(button.data.encode()) <= 64 and 1 <= len(button.text) <= 64
    for tip in kb.tips:
        parse_html(tip_html(kb, tip, lang))


def test_splitting_keeps_paragraphs_whole_and_tags_balanced():
    paragraphs = [f"<b>Part {i}</b> " + "word " * 150 for i in range(40)]
    text = "\n\n".join(paragraphs)
    parts = split_message(text)
    assert len(parts) > 1
    assert all(len(p) <= 4096 for p in parts)
    for part in parts:
        parse_html(part)
    assert "\n\n".join(parts) == text


def test_one_enormous_line_is_cut_between_words_or_entities_never_inside():
    text = html.escape("<&> " * 3000)
    parts = split_message(text)
    assert all(len(p) <= 4096 for p in parts)
    for part in parts:
        parse_html(part)
    assert html.unescape(" ".join(parts)) == html.unescape(text).strip() or html.unescape("".join(parts)).replace(
        " ", ""
    ) == html.unescape(text).replace(" ", "")


def test_callback_data_is_compact_and_parsing_rejects_junk():
    assert callbacks.parse(callbacks.make("v", 1, "essay-title")) == callbacks.Callback("v", ("1", "essay-title"))
    with pytest.raises(ValueError):
        callbacks.make("e", "x" * 70)
    with pytest.raises(ValueError):
        callbacks.make("nope", "x")
    for junk in [None, "", "e", "e:", "zz:1", "v:1", "e:" + "x" * 80, "v:1:a:b"]:
        assert callbacks.parse(junk) is None


def test_topics_keyboard_lists_every_topic_in_the_essays_order(kb):
    rows = topics_keyboard(kb, "ru")
    assert [callbacks.parse(r[0].data).args[0] for r in rows] == list(kb.topics)
    assert rows[1][0].text == "Политическая модернизация"
