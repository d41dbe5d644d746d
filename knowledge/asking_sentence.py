"""A message of several sentences that nothing answers as a whole: the sentence that asks, when the others only tell
("The abstract and ¶9 look alike to me. Is the abstract copied?", and a telling clause before a comma: "Мен оқыдым
бірақ ештеңе түсінбедім, саяси модернизация деген не өзі?"); of several clearly answered questions the first, the
others offered; the answered sentence a request that names nothing ("… Перечисли все три"), a check of a claim ("… Кто
из нас прав?") or a question of "here" ("… Эссе бұл жерде не айтқысы келеді?") asks of."""

from __future__ import annotations

import re

from knowledge.aspect import no_subject
from knowledge.dialogue import dialogue_act, has_asking_word, only_openers, strip_openers, words_of
from knowledge.guess import settled_alternative
from knowledge.intent import CURRENT
from knowledge.kb import KnowledgeBase
from knowledge.matcher import ANSWER_SCORE, CLEAR_SCORE, MatchResult
from knowledge.normalize import (
    ESSAY_WORD,
    NUMBER_CONCEPT,
    has_content,
    named_terms,
    names_term,
    terms,
)
from knowledge.outcome import Answer, Suggestion, answer_for, suggestion
from knowledge.parts import asks_something, split_parts
from knowledge.sentences import sentences
from knowledge.several import EXAMPLE, answerable, kind_of, ranked_ids
from knowledge.two_clauses import asked_then_told, told_then_asked

ASKED_CLEARLY = 65.0  # a question among telling sentences is answered from this score, whatever they tell of


# checking a claim the sentence before tells: "… «основа общества — это партии». Кто из нас прав?", "… Is that right?"
_CHECK = re.compile(
    r"\W*(?:(?:so|and|ну|и|так|сонда),? )?(?:кто (?:из нас |тут |же )?прав[аы]?|who(?:'s| is) right|кім (?:дұрыс|дурыс)"
    r"|is (?:that|this|it) (?:right|true|correct)|(?:это )?(?:правда|верно)(?: ли(?: это)?)?|так ли это|рас па|солай ма)\W*",
    re.IGNORECASE,
)


# what a sentence before says, asked of "here": "… деп жазылған. Соны …, эссе бұл жерде не айтқысы келеді?", "что здесь имеется в виду?"
_HERE = re.compile(
    r"\b(?:бұл жерде|бул жерде|осы жерде|бұл жөнінде|бул жонинде|осы жөнінде|бұл туралы|осы туралы|здесь|тут|here|by this"
    r"|под этим|этим|об этом"
    # "… Political development definition, please. I read that paragraph twice …, so maybe you can explain it more simply?"
    r"|explain (?:it|this|that)|объясни(?:те)? (?:это|его|ее|её)|(?:оны|осыны|соны) түсіндір\w*)\b",
    re.IGNORECASE,
)


# a question of what the sentence before names: "… modernization and development are synonyms. Does the essay treat
# them as the same thing?", "… Они как-то связаны?", "… Олардың айырмашылығы неде?"
BACK_WORDS = (
    r"them|they|these|those|both|it|this|их|они|них|ими|оба|обе|обоих|это|эти|этих|его|её|ее|олар|оларды|олардың"
    r"|оларға|ол|оны|оның|бұл|бұны|мұны|мұның|екеуі|екеуін|екеуінің"
)
_BACK = re.compile(rf"\b(?:{BACK_WORDS})\b", re.IGNORECASE)
# someone or something named before, in the question after it: those words, and a person's ("… he says", "… его
# книга", "… оның кітабы")
OF_IT = re.compile(
    rf"\b(?:{BACK_WORDS}|he|his|him|she|her|its|their|он|она|оно|ему|ей|нём|нем|ним|неё|нее|ней|ними|оған|онда|одан)\b",
    re.IGNORECASE,
)


def _fact_of_it(kb: KnowledgeBase, sentence: str, named: bool, result: MatchResult, read_with: MatchResult) -> bool:
    """Whether a question that names nothing but a pronoun asks a fact (a date, a count) of what the sentence before
    names, which that reading gives and its own does not ("… the concept of political development … when did it appear
    according to the essay?" is not who appears in it)."""
    if named or not POINTS_BACK.search(sentence) or kind_of(kb, sentence) is None or read_with.entry_id is None:
        return False
    return answerable(kb, sentence, read_with.entry_id) and not (
        result.entry_id is not None and answerable(kb, sentence, result.entry_id)
    )


# …a pronoun that stands for it, not "this essay"
POINTS_BACK = re.compile(
    rf"\b(?:{BACK_WORDS})\b(?!\s+(?:essay|text|article|paper|эссе|текст|статья|статье|статьи|мәтін))", re.IGNORECASE
)


def _with_before(kb: KnowledgeBase, sentence: str, before: str | None, lang: str, hint: str | None) -> MatchResult | None:
    """A question that names what it asks of by a pronoun, read with the terms a sentence before it names."""
    if before is None or not _BACK.search(sentence) or not asks_something(sentence):
        return None
    named = [surface for surface, token in terms(before, lang) if names_term(token)]
    if not named:
        return None
    return kb.matcher.match(" ".join(named) + " " + sentence, lang=lang, hint=hint)


# a question someone asked the student, which the student now asks ("апай саяси жүйеде партиялар кімнің мүддесін
# білдіреді деп сұрады. эссе бойынша жауабы қандай", "тестте … қай ғасырда енді деген сұрақ болды", "the teacher asked
# us which book Bell wrote"): it asks when it has a word that asks
_REPORTED = re.compile(
    r"(?i)\b(?:деп (?:с[ұу]рады|с[ұу]рап|с[ұу]рақ қойды|с[ұу]рак койды)|деген с[ұу]ра[қк]\w*"
    r"|asked (?:us|me|everyone|everybody|the (?:whole )?(?:class|group))|спросил[аи]? (?:нас|меня|у нас|у меня)|задал[аи]? (?:нам |мне )?вопрос)"
)


def reports_a_question(sentence: str) -> bool:
    """Whether a sentence tells a question someone asked the student, with its asking word ("апай … кімнің мүддесін
    білдіреді деп сұрады")."""
    return bool(_REPORTED.search(sentence)) and has_asking_word(sentence)


def checks_today(body: str) -> bool:
    """Whether a message checks a claim that names today ("Our tutor said that there are seven parties in Kazakhstan
    today. Is that right?"): a question about today, whatever entry the claim's words are close to."""
    split = sentences(body)
    return any(_CHECK.fullmatch(strip_openers(s)) and any(_names_today(c) for c in split[:i]) for i, s in enumerate(split))


# a quotation's "today" is the essay's own ("…: «Бүгін қоғамның негізі – саяси партиялар». Кім дұрыс?")
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")


def _names_today(sentence: str) -> bool:
    return bool(CURRENT.search(_QUOTED.sub(" ", sentence)))


# what the asker only wonders at, with a question mark of surprise: "I read it twice and it seems like it only talks
# about political development and not parties at all??"
_SURPRISE = re.compile(
    r"(?i)(?:^\W*|\b(?:but|and|so|ok|hmm|because|bc)\s+)i (?:(?:read|skimmed|looked|checked|scrolled)\b.*\b(?:and|but) )?"
    r"(?:it )?(?:seems?|think|feel|guess|thought)\b[^?]*\?{2,}\W*$"
)


def _counts(sentence: str, lang: str) -> bool:
    """Whether a sentence names a number ("the three dimensions", "остальные два")."""
    return any(NUMBER_CONCEPT.fullmatch(token) for _, token in terms(sentence, lang))


def _only_a_number(sentence: str, lang: str) -> bool:
    """Whether a sentence names nothing but a number ("what are the other two?")."""
    tokens = [token for _, token in terms(sentence, lang)]
    return bool(tokens) and all(NUMBER_CONCEPT.fullmatch(token) for token in tokens)


def one_sentence(kb: KnowledgeBase, text: str, body: str, lang: str, hint: str | None) -> Answer | None:
    """A message of several sentences that nothing answers as a whole: its answered question, when
    the other sentences only tell ("The abstract and ¶9 look alike to me. Is the abstract copied?");
    of several clearly answered questions the first, the others offered; a request that names nothing
    ("… Перечисли все три"), a check of a claim ("… Кто из нас прав?") and a question of "here" ask of the
    answered sentence before them. Not small talk, not when
    another sentence asks or demands something the essay does not answer ("Как взломать…? Она
    пользуется учебниками…", "… And the current president"), not a story without a question."""
    # courtesies are no sentences to answer ("Құрметті бот, аманбысыз. Аннотацияда не жазылған? … Рахмет."); asking
    # what the bot does is ("I have a seminar on Thursday. Could you please help me prepare for it?")
    split = [
        clause
        for sentence in sentences(body)
        for part in told_then_asked(kb, sentence, lang)
        for clause in asked_then_told(kb, part, lang)
    ]
    # "Sorry if this is a dumb question." before the question is a courtesy, not asking how to ask
    courtesy = [only_openers(sentence) for sentence in split]
    # a check ("Is that right?", "солай ма?") is an acknowledgement alone, but after a claim it asks of the claim
    acts = [
        None if polite or _CHECK.fullmatch(strip_openers(sentence)) else dialogue_act(sentence)
        for sentence, polite in zip(split, courtesy, strict=True)
    ]
    # an example of one's own only illustrates ("… дегеніміз не? Мысалы әкімдік … тез жауап берсе, сол ма?")
    kept = [
        s for s, act, polite in zip(split, acts, courtesy, strict=True) if act is None and not polite and not EXAMPLE.match(s)
    ]
    found = [strip_openers(s) for s in kept]
    # a request opening the sentence asks ("can u explain the 3 dimensions simpler bc …"), though it is stripped
    requested = {stripped for s, stripped in zip(kept, found, strict=True) if stripped != s and asks_something(s)}
    if kept and kept[0] == split[0] and asks_something(sentences(text)[0]):  # …or the message, before its body
        requested.add(found[0])
    if not found or (len(found) < 2 and len(found) == len(acts)) or any(act and act.act == "who" for act in acts):
        return None
    answered: list[tuple[str, MatchResult]] = []
    # "Перечисли пожалуйста все три и поясни каждое", "Кто из нас прав?": asks of the sentence before
    asked_of: tuple[str, MatchResult] | None = None
    counted: tuple[str, MatchResult] | None = None  # …the sentence that counts what "the other two" asks of
    told: str | None = None  # the last sentence before that names a term of the essay
    reported = False  # a question someone asked the student, of a fact the essay lacks, told before
    for index, sentence in enumerate(found):
        if index and named_terms(found[index - 1], lang):
            told = found[index - 1]
        if _CHECK.fullmatch(sentence):
            if answered and _names_today(answered[-1][0]):
                return None  # a claim about today checked ("Препод сказал, что сейчас в Казахстане семь партий. Это правда?")
            asked_of = answered[-1] if answered else asked_of
            continue
        result = kb.matcher.match(sentence, lang=lang, hint=hint)
        # an alternative after an answered question, which its answer settles ("… бересіз бе? Әлде мен қате түсінгем бе, …?")
        if answered and answered[-1][1].score >= ANSWER_SCORE and settled_alternative(sentence) and result.score < CLEAR_SCORE:
            continue
        if no_subject(sentence, lang):  # "how does the essay define it": of what the sentence before names, or nothing
            result = MatchResult(sentence, lang, False, None, ())
        if result.entry_id is None and asks_something(sentence):
            # a sentence asking two things, as a whole message would ("Как он в заключении формулирует итог, что
            # такое для него модернизация?"): its first part
            first_part = split_parts(sentence)[0]
            if first_part != sentence and named_terms(first_part, lang):
                part = kb.matcher.match(first_part, lang=lang, hint=hint)
                if part.entry_id is not None and part.entry_id in kb.entries and answerable(kb, first_part, part.entry_id):
                    result = part
        # …not a request to help with "them" ("can you help me get them ready?")
        helping = sentence in requested and not has_asking_word(sentence)
        read_with = None if helping else _with_before(kb, sentence, told, lang, hint)
        # …read so when it names nothing itself ("… the concept of political development … when did it appear according
        # to the essay?" is not who appears in it)
        named = bool(named_terms(sentence, lang))
        if (
            read_with is not None
            and read_with.entry_id is not None
            and (_fact_of_it(kb, sentence, named, result, read_with) or max(result.score, ANSWER_SCORE) <= read_with.score)
        ):
            result = read_with
        # …which a later sentence that names nothing asks of, unless it asks a fact of what that question names ("The
        # teacher asked us how many parties there are in Kazakhstan. Does the essay say?": not covered)
        if reported and not named and result is not read_with:
            return None
        # "Кто его автор?" says nothing without the sentence before it; "What's the essay about?" names its subject
        says = has_content(sentence, result.lang) or any(ESSAY_WORD.fullmatch(w) for w in words_of(sentence))
        # "Сколько источников в списке?" asks a number the list gives ("How many of them" names nothing it counts); "…
        # the concept of political development … when did it appear according to the essay?" of the sentence before
        given = (named or result is read_with) and result.entry_id is not None and answerable(kb, sentence, result.entry_id)
        lacking = kind_of(kb, sentence) is not None and not given
        if lacking or kb.matcher.off_topic(sentence, lang):
            # "… Who is the president now?" asks for what the essay lacks, with its mark or without it ("… короче
            # Қазақстанда қазір қанша партия тіркелген", "… And the current president")
            named_today = lacking and bool(CURRENT.search(sentence))
            # …not a question someone asked the student ("the lecturer asked the whole group when …"): the student's own
            # asks of it
            reported = reports_a_question(sentence) and not named_today
            if not reported and (asks_something(sentence) or (lacking and has_asking_word(sentence)) or named_today):
                return None
            continue  # "бүгін 4 сағат кітапханада отырдым…" only tells
        # "Перечисли все три и поясни каждое" names nothing it asks of (no term, no close entry); "эссе бұл жерде не
        # айтқысы келеді?" asks of "here"
        # "… I only remember 'innovation' lol. what are the other two?" names nothing but a number: it asks of the
        # sentence that counts ("I need the three dimensions of political development.")
        counting = [pair for pair in answered if _counts(pair[0], lang)] if _only_a_number(sentence, lang) else []
        if counting:
            asked_of = counted = counting[-1]
        elif (
            asks_something(sentence)
            and not named
            and (_HERE.search(sentence) or ("?" not in sentence and result.score < ANSWER_SCORE))
        ):
            asked_of = answered[-1] if answered else asked_of
        elif result.entry_id is not None and result.entry_id in kb.entries and says:
            answered.append((sentence, result))
        elif sentence.rstrip().endswith(("?", "!")) and not _SURPRISE.search(sentence):
            return None
    # the sentence that asks ("She says democracy is important." asks nothing), when another only tells of the same,
    # or tells of something else less closely ("Айналайын, саяси жүйе … бейімделу керек деген ой бар екен. Саяси жүйе
    # … қайтіп бейімделеді?"), or the question is clear (ASKED_CLEARLY: "… что-то про механизм обновления системы.
    # Как именно в эссе определяется политическая модернизация?")
    asks = [asks_something(sentence) or sentence in requested for sentence, _ in answered]
    if not any(asks):  # …or a question someone asked the student, when the student asks nothing else
        asks = [reports_a_question(sentence) for sentence, _ in answered]
    asking = [pair for pair, asked in zip(answered, asks, strict=True) if asked]
    if counted is not None:  # what the question asks of, whatever the sentences between tell
        answered, asks, asking = [counted], [True], [counted]
    elif not asking and asked_of is not None:
        # "Мне досталась часть про три измерения политического развития. … Перечисли все три": what it names
        asking = [asked_of]
    # several questions answered by different entries: only when each after the first is clearly answered (not "Вы
    # отвечаете по эссе про партии? Можно спрашивать на русском?", asking about the bot, which a student's phrasing
    # answers at 70)
    if not asking or (len({r.entry_id for _, r in asking}) > 1 and min(r.score for _, r in asking[1:]) < CLEAR_SCORE):
        return None
    # a first question answered only weakly, a later one clearly ("басында қысқаша түйіні бар ғой, абстракт па сол, сонда
    # не жазылған?"): the clear one first, the weak reading not offered
    clear = [pair for pair in asking if pair[1].score >= CLEAR_SCORE and named_terms(pair[0], lang)]
    if clear and (asking[0][1].score < ANSWER_SCORE or not named_terms(asking[0][0], lang)):  # …or naming nothing
        asking = [
            *clear,
            *(pair for pair in asking if pair not in clear and pair[1].score >= ANSWER_SCORE and named_terms(pair[0], lang)),
        ]
    telling = [result.score for (_, result), asked in zip(answered, asks, strict=True) if not asked]
    # the first question as clearly as any sentence asks it ("… оғаш жерлер бар, соларды тауып келіңдер … Тағы қандай
    # оғаш нәрселер бар?")
    clearest = max(r.score for _, r in asking if r.entry_id == asking[0][1].entry_id)
    if (
        len({result.entry_id for _, result in answered}) != 1
        and max(telling, default=0.0) >= clearest
        and clearest < ASKED_CLEARLY
    ):
        return None
    sentence, result = asking[0]
    assert result.entry_id is not None
    # several questions, each answered by its own entry ("Что автор говорит о роли партий? Чьи интересы они
    # представляют?"): the first answered, the others offered
    offered: dict[str, Suggestion] = {}
    for _, other in asking[1:]:
        if other.best is not None and other.entry_id not in (result.entry_id, *offered):
            offered[str(other.entry_id)] = suggestion(kb, other.best, result.lang, "part")
    also = tuple(offered.values())
    return answer_for(kb, kb.entries[result.entry_id], result.lang, text, result.score, ranked_ids(result), also)
