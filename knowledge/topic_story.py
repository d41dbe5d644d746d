"""A story of a topic the essay lacks, before a question of the essay: "someone said the term is super old, like from
Aristotle times. … when did the concept of political development enter the scientific literature according to the
essay?" is the question; "На лекции упоминали Хантингтона. Что он писал о политической модернизации?" asks of the story.
knowledge.answers reads such a message by its asking sentence (knowledge.asking_sentence.one_sentence)."""

from __future__ import annotations

import re

from knowledge.asking_sentence import OF_IT
from knowledge.dialogue import words_of
from knowledge.intent import PERSON
from knowledge.kb import KnowledgeBase
from knowledge.normalize import lexicon, named_terms, names_the_essay, terms
from knowledge.parts import asks_something
from knowledge.sentences import sentences
from knowledge.several import kind_of
from knowledge.two_clauses import SELF_CONTAINED, told_then_asked

# "that" of what the story told ("… what does the essay say about that?"); not among the words one_sentence reads a
# question of the sentence before by, as "that" is everywhere ("the essay says that …")
_THAT = re.compile(r"(?i)\b(?:that|то|том|этом|этого|соны|сол|осыны)\b")


def _named_with_the_topic(kb: KnowledgeBase, topics: list[str], lang: str) -> set[str]:
    """The tokens of the words next to what the essay lacks ("the kazakhstan-2050 strategy": strategy, which "the
    strategy" of a question after it asks of)."""
    near: set[str] = set()
    for sentence in topics:
        words = words_of(sentence)
        for i, word in enumerate(words):
            if kb.matcher.off_topic(word, lang):
                near |= {token for next_to in words[max(0, i - 1) : i + 2] for _, token in terms(next_to, lang)}
    return near


def told_a_topic(kb: KnowledgeBase, body: str, lang: str) -> bool:
    """Whether a message only tells of a topic the essay lacks before asking of the essay ("someone said the term is
    super old, like from Aristotle times. … when did the concept of political development enter the scientific
    literature according to the essay?"): of several sentences, those that name the topic ask nothing, and the others
    that ask name no one (the story's "tokayev" may be "the president" asked of) and point at the essay or are answered
    beyond doubt (SELF_CONTAINED: "На семинаре обсуждали Макиавелли. Что такое политическое развитие?"), and none asks
    of something the story named ("На лекции упоминали Хантингтона. Что он писал о политической модернизации?", "… Is it
    in the essay?", "… what does the essay say about that?", "we talked about the kazakhstan-2050 strategy in class.
    what does the essay say about the strategy?")."""
    # …or of clauses: "в 2022 году был референдум, а что в эссе говорится о поправках в конституцию?"
    split = [clause for sentence in sentences(body) for clause in told_then_asked(kb, sentence, lang)]
    topics = [sentence for sentence in split if kind_of(kb, sentence) == "topic"]
    if len(split) < 2 or len(topics) == len(split) or any(asks_something(sentence) for sentence in topics):
        return False
    asking = [sentence for sentence in split if sentence not in topics and asks_something(sentence)]
    told = _named_with_the_topic(kb, topics, lang)
    return all(
        not (OF_IT.search(sentence) or _THAT.search(sentence) or PERSON.search(sentence))
        # "the strategy" alone asks of the story's; "the strategy of modernization" names its own subject
        and not named_terms(sentence, lang) <= told | lexicon().stop_tokens
        and (names_the_essay(sentence) or kb.matcher.match(sentence, lang=lang).score >= SELF_CONTAINED)
        for sentence in asking
    )
