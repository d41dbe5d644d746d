"""From a message to what the bot says: four honest outcomes, in the asker's language.

- `smalltalk`: a greeting, thanks, "ok", "who are you", "where do your answers come from", a
  goodbye or abuse (knowledge.dialogue): a short reply, never an entry.
- `answer`: an entry, with its sources; entries that answer the question equally well, or the
  second part of a two-part question, come as `also` (offered as buttons); a later part asking
  only a date or a number the essay does not give is named in `reason` (knowledge.several).
- `unsure`: no entry is clear enough, but some are close: "did you mean…" (best first).
- `not_covered`: nothing is close, or the question asks a fact the essay does not give (who
  holds an office now, a date, a count): the essay does not cover it, and `nearest` names the
  closest thing it does say, when there is one.

A message that the KB's own phrasings leave without an answer is read a second time, with the
students' labeled questions as phrasings too (knowledge.second_reading).

Length: a few lines over the guide, for the order in which `_ask` reads a message (what it is not, what kind of fact it
asks, then the match and what may overrule it), which is clearest kept in one function.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.asking_sentence import checks_today, one_sentence
from knowledge.aspect import no_subject
from knowledge.clear_sentence import asked_after_story, clearly_asked
from knowledge.counting import COUNT, counted
from knowledge.dialogue import dialogue_act, strip_openers, without_sign_off
from knowledge.elsewhere import after_elsewhere
from knowledge.exam_formats import question_stem
from knowledge.examples import without_examples
from knowledge.glossed import glossed
from knowledge.headline import headline
from knowledge.intent import COMPOSE, CURRENT, RULER_LABEL, beside_advice, can_answer, essay_dated, label_alone
from knowledge.kb import KnowledgeBase
from knowledge.matcher import ANSWER_SCORE, CLEAR_SCORE, SUGGEST_SCORE, Candidate, MatchResult
from knowledge.near_topic import off_topic_rest
from knowledge.normalize import clean, detect_language, has_content, russian_terms_alone, spoken_marks, terms
from knowledge.outcome import Answer, Suggestion, answer_for, suggestion
from knowledge.own_story import without_own_story
from knowledge.paragraphs import paragraph_reference
from knowledge.parts import split_parts
from knowledge.preference import (
    asked_beside,
    citing,
    dated,
    fills_who,
    first_named,
    home_named,
    named_person,
    said_by,
    set_aside,
)
from knowledge.purpose import for_purpose
from knowledge.question_body import (
    after_asking_who,
    asked_of_what_is_named,
    it_is_the_essay,
    to_the_bot,
    topic_then_question,
)
from knowledge.reply_language import asks_if_it_answers, requested_language, terms_alone
from knowledge.second_reading import best_reading
from knowledge.several import answer_pair, answer_parts, asked_among_a_list, kind_asked, named_instead, ranked_ids
from knowledge.telling import (
    act_among_telling,
    complaint_first,
    feedback_for_next_time,
    opinion_only,
    thanks_last,
    thanks_then_telling,
    venting,
)
from knowledge.topic_story import told_a_topic
from knowledge.typed_otherwise import act_in_latin_russian, in_cyrillic, retyped

NEAREST_SCORE = 40.0  # a "nearest thing the essay says" must reach this…
NEAREST_NEAR_TOPIC_SCORE = 25.0  # …or this for a question known to be near the essay's topics
_UNDATED = "essay-author"  # the entry saying the essay gives no author's name and no date


def ask(kb: KnowledgeBase, question: str, lang: str | None = None, hint: str | None = None, written: str | None = None) -> Answer:
    """Answer one message from the KB, or say honestly what it is and what the essay lacks; in
    the language the student asks the answer in, when they ask for one ("қазақша жауап бер").
    `written`: the language ("ru" or "kk") of the student's last question whose words said which;
    a term or a name alone in Latin letters ("Daniel Bell") is answered in it, and a Russian term alone ("ключевые
    слова") after Kazakh questions in Kazakh."""
    answer = best_reading(kb, question, lambda reader: _read(reader, question, lang, hint))
    english = lang is None and answer.lang == "en" and answer.outcome != "smalltalk"
    if written in ("ru", "kk") and english and terms_alone(question):
        return _in_language(kb, answer, written)
    russian = lang is None and answer.lang == "ru" and answer.outcome != "smalltalk"
    if written == "kk" and russian and russian_terms_alone(question):
        return _in_language(kb, answer, written)
    return answer


def _read(kb: KnowledgeBase, question: str, lang: str | None, hint: str | None) -> Answer:
    text = spoken_marks(clean(question))
    signed = without_sign_off(text)
    if signed != text:  # a letter's "Kind regards, Marat" says nothing of the question
        return replace(_read(kb, signed, lang, hint), query=text)
    stem = question_stem(text)
    if stem != text:  # a pasted test item: its stem is the question
        return replace(_read(kb, stem, lang, hint), query=text)
    as_meant = retyped(kb, text) or in_cyrillic(kb, text)
    if as_meant is not None:
        return replace(_read(kb, as_meant, lang, hint), query=text)
    requested, rest = requested_language(text)
    if requested is None:
        return _ask(kb, text, lang, hint)
    # "ответь на казахском" alone, or asking whether the bot answers so ("Сәлем. Бұл бот қазақша жауап бере ме, әлде тек
    # орысша ма?"): what the bot can do, in that language
    if not has_content(rest, requested) or asks_if_it_answers(text):
        return Answer(text, requested, 0.0, outcome="smalltalk", act="who")
    return _in_language(kb, replace(_ask(kb, rest, lang, hint), query=text), requested)


# (not "can you answer in Russian: who wrote the essay", a request with its question)
def _in_language(kb: KnowledgeBase, answer: Answer, lang: str) -> Answer:
    def again(found: tuple[Suggestion, ...]) -> tuple[Suggestion, ...]:
        return tuple(replace(s, question=kb.entries[s.entry_id].question.get(lang)) for s in found)

    nearest = again((answer.nearest,))[0] if answer.nearest else None
    return replace(
        answer,
        lang=lang,
        suggestions=again(answer.suggestions),
        related=again(answer.related),
        also=again(answer.also),
        nearest=nearest,
    )


def _ask(kb: KnowledgeBase, text: str, lang: str | None, hint: str | None) -> Answer:
    if (lang or detect_language(text, hint)) == "ru":  # written by ear: read in the KB's spelling ("кто сичас призидент")
        heard = kb.speller.respell(text, lambda word: kb.matcher.writes(word, "ru"))
        if heard != text:
            return replace(_ask(kb, heard, lang, hint), query=text)  # the language decided as for any message
    act = (
        dialogue_act(text)
        or act_in_latin_russian(text)
        or act_among_telling(text)
        or complaint_first(text)
        or thanks_then_telling(text)
        or thanks_last(text)
        or opinion_only(text)
        or venting(text)
        or feedback_for_next_time(text)
    )
    if act is not None:
        detected = lang or detect_language(text, hint)
        reply_lang = detected if detected in act.langs or not act.langs else _pick(act.langs, hint)
        return Answer(text, reply_lang, 0.0, outcome="smalltalk", act=act.act)
    asked = lang or detect_language(text, hint)
    off_topic = off_topic_rest(text)  # "Извините, не по теме: как сварить борщ?": nothing offered as if it were meant
    if off_topic is not None and kb.matcher.match(off_topic, lang=lang, hint=hint).score < CLEAR_SCORE:
        return Answer(text, asked, 0.0, outcome="not_covered")  # …unless the rest is clearly the essay's ("who is Bell")
    read = after_asking_who(without_own_story(strip_openers(to_the_bot(text, asked)), asked), asked)
    body = it_is_the_essay(asked_of_what_is_named(topic_then_question(after_elsewhere(read, asked), asked), asked), asked)
    body = without_examples(body, asked)  # "… қателер бар ма? мысалы Марк Аврелий …": the errors
    reference = paragraph_reference(body, len(kb.essay.paragraphs))
    if reference is not None:
        number, rest, only = reference
        if only:
            return _paragraph_answer(kb, text, number, asked)
        body = rest  # "in para 12, which president…": the number is no fact asked for
    kind = kind_asked(kb, body) or ("current" if checks_today(body) else None)
    if kind == "compose":  # no text written; the nearest thing to what it was to be about
        return _not_covered(kb, text, kb.matcher.match(COMPOSE.sub(" ", body), lang=asked), kind)
    if kind == "advice":  # no lesson in writing; the nearest thing the essay says (how it is itself built)…
        besides = beside_advice(body, asked)
        if besides is None or kb.matcher.match(besides, lang=lang, hint=hint).score < CLEAR_SCORE:  # (clearly the essay's)
            return _not_covered(kb, text, kb.matcher.match(body, lang=asked), kind)
        # …but a question asked beside it is answered ("what is political modernization? and how do I write an intro?")
        body, kind = besides, kind_asked(kb, besides)
    result = kb.matcher.match(body, lang=lang, hint=hint)
    if reference is not None:  # "цитата Елбасы в 18 абзаце": of the close entries, the one citing ¶18
        result = citing(result, kb.by_paragraph.get(reference[0], []))
    if reference is not None and kind == "current" and not CURRENT.search(body):
        kind = None  # "the president in ¶12 — who is it": the essay's president, not today's
    if kind == "today" and result.score < TODAY_SCORE:
        kind = "current"  # "who holds power today": only the essay's own words are the essay's today
    counting = counted(body, result.lang) if kind in ("count", "times") else ()
    cannot = result.entry_id is not None and not can_answer(kind, kb.capabilities.get(result.entry_id, frozenset()), counting)
    # a tie, or "how often", or "how many X" where the best entry counts something else: the one close entry
    # that gives it (only one says "constantly"; "неше дереккөз бар …" is the list's count, not the address's pages)
    if kind in ("when", "count", "times", "often") and (result.entry_id is None or (kind != "when" and cannot)):
        capable = kb.matcher.among(
            result, lambda entry_id: can_answer(kind, kb.capabilities.get(entry_id, frozenset()), counting)
        )
        if capable.entry_id is not None:
            result = capable
    if result.entry_id is not None and reference is None and no_subject(body, result.lang):
        # "definition?": which one is meant is offered ("what is the definition in paragraph 3?" says which)
        return _unsure(kb, text, result, tuple(c for c in result.ranked[:3] if c.score >= SUGGEST_SCORE))
    answerable = kind != "topic" and (result.entry_id is None or can_answer(kind, kb.capabilities[result.entry_id], counting))
    parts = split_parts(body)
    if len(parts) > 1:  # each part is asked on its own ("how many sources, and which are the oldest")
        split = answer_parts(kb, text, parts, result.lang, hint, result.entry_id is not None and answerable)
        if split is not None:
            return split
    if not answerable:
        if kind == "topic":
            # a story that names a topic the essay lacks, then a question it answers ("someone said the term is super
            # old, like from Aristotle times. … when did the concept of political development enter the literature?")
            told = reference is None and told_a_topic(kb, body, result.lang)
            alone = one_sentence(kb, text, body, result.lang, hint) if told else None
            return (
                alone
                or named_instead(kb, text, body, result.lang, hint)
                or asked_among_a_list(kb, text, body, result)
                or _not_covered(kb, text, result, kind)
            )
        # "When the essay says …, is that its own definition? … Also when did the concept appear?": a sentence asks
        # what its entry gives
        alone = one_sentence(kb, text, body, result.lang, hint) if reference is None else None
        return alone or _not_covered(kb, text, result, kind)
    if result.entry_id is None or result.also:  # a tie between the two things asked together: the first named first
        pair = answer_pair(kb, text, body, result.lang, hint)
        tied = {c.entry_id for c in (result.best, *result.also) if c is not None} if result.entry_id else None
        # not when the tie is between entries that answer both at once ("модернизация и развитие")
        if (
            pair is not None
            and pair.entry is not None
            and (tied is None or {pair.entry.id, *(s.entry_id for s in pair.also)} <= tied)
        ):
            return pair
    if result.also:
        result = first_named(result, terms(body, result.lang), body)
    found = terms(body, result.lang)
    result = named_person(fills_who(said_by(result, found, body), found, body), body)
    if result.matched and not (len(parts) > 1 and COUNT.search(parts[0])):  # "how many references, and which are from 2005"
        result = dated(
            result, body, lambda i: kb.entries[i].answer.en if i in kb.entries else "", kb.topics.get("references", [])
        )
    beside = asked_beside(result, body, lambda rest: kb.matcher.match(rest, lang=result.lang, hint=hint))
    if beside is None:  # "besides Bell, which scholars…": the essay names no one else
        return _not_covered(kb, text, result, None)
    result = beside
    if result.entry_id is not None and result.score < ANSWER_SCORE and reference is None:
        clearly = clearly_asked(kb, text, body, result, hint)  # "… 'reforms'. what is political modernization …"
        if clearly is not None:
            return clearly
    if kind is None and not set_aside(body, result.lang)[0]:  # "перескажи вывод коротко": the conclusion, named
        result = home_named(result, terms(body, result.lang))
    if result.entry_id is not None and result.entry_id in kb.entries:
        also = tuple(suggestion(kb, c, result.lang, "tie") for c in result.also if c.entry_id in kb.entries)
        assert result.best is not None
        entry, also = for_purpose(kb, result.best, result.lang, body, also)  # "why did Kazakhstan leave the Soviet model"
        # "i get modernization now but … is confusing me. what is political development in this essay"
        story_told = asked_after_story(kb, text, body, result, hint) if reference is None and kind is None else None
        return story_told or answer_for(kb, entry, result.lang, text, result.score, ranked_ids(result), also)
    alone = one_sentence(kb, text, body, result.lang, hint) if reference is None else None
    if alone is not None:
        return alone
    said_twice = glossed(kb, text, body, result.lang, hint) if reference is None and kind is None else None
    if said_twice is not None:  # "who wrote this essay, avtor kim?"
        return said_twice
    headed = headline(kb, text, body, result, hint) if reference is None and kind is None else None
    if headed is not None:  # "Как структурирована работа: есть ли чёткое деление на введение, …?"
        return headed
    if result.suggestions and kind is None:
        return _unsure(kb, text, result, result.suggestions)
    return _not_covered(kb, text, result, kind)


def _unsure(kb: KnowledgeBase, text: str, result: MatchResult, offered: tuple[Candidate, ...]) -> Answer:
    suggestions = tuple(suggestion(kb, c, result.lang) for c in offered if c.entry_id in kb.entries)
    return Answer(text, result.lang, result.score, None, suggestions, ranked=ranked_ids(result), outcome="unsure")


TODAY_SCORE = 85.0  # "who is … today" is the essay's own "today" only when asked in its words

WARM_UP = (
    "hi, what is democracy and who is Bell?",
    "привет, что такое модернизация и кто такой Белл?",
    "сәлем, жаңғыру дегеніміз не?",
)


def warm_up(kb: KnowledgeBase) -> None:
    """Load what a process's first question would otherwise load while it waits (the lexicon,
    the stemmers, the dialogue acts: tens of milliseconds when the KB came from its cache)."""
    for question in WARM_UP:
        ask(kb, question)


def _pick(langs: frozenset[str], hint: str | None) -> str:
    return hint if hint in langs else sorted(langs)[0]


def _paragraph_answer(kb: KnowledgeBase, text: str, number: int, lang: str) -> Answer:
    """ "Para 12 main point": the entry most about that paragraph, the next two offered with it."""
    ids = kb.by_paragraph.get(number, [])
    if not ids:
        return Answer(text, lang, 0.0, outcome="not_covered")
    also = tuple(Suggestion(i, kb.entries[i].question.get(lang), 100.0, "tie") for i in ids[1:3])
    return answer_for(kb, kb.entries[ids[0]], lang, text, 100.0, tuple(ids), also)


def _not_covered(kb: KnowledgeBase, text: str, result: MatchResult, kind: str | None) -> Answer:
    best = result.best
    floor = NEAREST_NEAR_TOPIC_SCORE if kind else NEAREST_SCORE
    nearest = suggestion(kb, best, result.lang) if best and best.score >= floor and best.entry_id in kb.entries else None
    if kind == "born" and essay_dated(text) and _UNDATED in kb.entries:  # "when was the essay written": it gives no date
        nearest = Suggestion(_UNDATED, kb.entries[_UNDATED].question.get(result.lang), 100.0)
    reason = "when" if kind == "born" else kind  # the essay gives no such date
    if kind == "current" and RULER_LABEL.search(text):
        # "кто авторитарный лидер?": no one of the essay's is offered as it; asked alone, it asks a label, not today's
        # news ("кто сейчас авторитарный лидер?", "кто президент, авторитарный лидер?" keep the note)
        nearest, reason = None, (None if label_alone(text) else reason)
    return Answer(
        text, result.lang, result.score, None, ranked=ranked_ids(result), outcome="not_covered", nearest=nearest, reason=reason
    )
