"""Match a student's question to a knowledge-base entry.

Everything about the KB is computed once, in `Matcher.__init__`: every phrasing of every
entry is normalized per language into tokens, an inverted index maps tokens to phrasings,
and inverse document frequencies weight the tokens. A question then costs only its own
scoring:

1. normalize the question in each language it may be in;
2. map each question token to KB tokens: exactly, or by fuzzy word similarity
   (`fuzz.ratio` ≥ 80, which absorbs typos and Kazakh suffixes);
3. candidates are the phrasings sharing a token with the question (inverted index, its
   postings numpy arrays: coverage is summed for all candidates at once);
4. score each candidate: IDF-weighted fuzzy word coverage, both ways (how much of the
   question the phrasing explains, and how much of the phrasing the question covers),
   blended with rapidfuzz `token_set_ratio` on the normalized texts; coverage bounds the
   score, so candidates are scored from the highest bound down until none can reach the top;
5. an entry's score is its best phrasing's, ties broken by its second best;
6. answer when the best entry is confident and clear of the runner-up (margin rule);
   offer up to 3 "did you mean" suggestions when confidence is middling.

Length: one algorithm (the index and the scoring that reads it) kept in one place; split, each half would only make sense with the other open.
"""

from __future__ import annotations

import bisect
import contextlib
import heapq
import itertools
import math
import re
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from knowledge.lexicon import is_concept
from knowledge.normalize import (
    STEM_KEY,
    analyze_word,
    clean,
    has_cyrillic,
    language_of,
    lexicon,
    sound_keys,
    sounds_like_stop,
    spelled_alike,
    surface_form,
    terms,
    tokens,
)

# Decision rule (tuned on the dev set; see `python -m bot eval`).
ANSWER_SCORE = 54.0  # below this, no answer
CLEAR_SCORE = 80.0  # at or above this, a smaller margin will do
CLEAR_MARGIN = 3.0  # the margin needed at or above CLEAR_SCORE (one-word questions tie many entries)
MIN_MARGIN = 4.0  # between ANSWER_SCORE and CLEAR_SCORE, best must beat runner-up by this
TIE_SCORE = 70.0  # at or above this, a tie is a reason to pick: answer the best, offer the others
RELATED_TIE_SCORE = 50.0  # and from here when the tied entries are neighbours (related, same paragraph)
FAR_AHEAD_SCORE = 46.0  # below ANSWER_SCORE, still an answer when the best entry is far ahead:
FAR_AHEAD_MARGIN = 12.0  # long questions in the student's own words cover few phrasing words
LONG_QUESTION_WORDS = 20  # a question of this many words (a formal paraphrase, context first) covers
LONG_FAR_AHEAD_SCORE = 36.0  # fewer still: its best entry is an answer from here when it leads by
LONG_FAR_AHEAD_MARGIN = 7.0  # this much
WORDY_QUESTION_WORDS = 8  # a question of this many words (a sentence in the student's own words) is an
WORDY_SCORE = 48.0  # answer from this score when its best entry leads by the usual margin (MIN_MARGIN):
# its words beyond a phrasing's lower the score, not the lead
SENTENCE_WORDS = 10  # a question of this many words (a formal paraphrase: "in what sense is the renewal of
SENTENCE_SCORE = 40.0  # the political order framed as…") is an answer from this score when its best entry
SENTENCE_MARGIN = 8.0  # leads by twice the usual margin: its own words cover little of any phrasing
SINGLE_WORD_SHARE = 0.5  # a one-word question matches a phrasing only where the word is half its weight…
SINGLE_WORD_CAP = 45.0  # …elsewhere it scores at most this: a suggestion, under every answering rule
SINGLE_WORD_RARE_IDF = 4.0  # unless it is a word of one entry only (IDF log(1 + entries) ~ 4.3)
SUGGEST_SCORE = 40.0  # "did you mean" candidates must reach this
FUZZY_WORD_SCORE = 80.0  # word similarity (fuzz.ratio) for a typo or a suffix to count
PHONETIC_LANGUAGES = (
    "en",
    "ru",
)  # words spelled as they sound: "modernisashun", "мадернизацыя" (Kazakh is folded loosely anyway)
PHONETIC_MIN_LENGTH = 5  # words spelled as they sound are found from this length
PHONETIC_SIMILARITY = 0.7  # nearer than a one-edit typo (0.5): the sound and most letters agree
PHONETIC_SPELLING_SCORE = 62.0  # and spelled this much alike ("total" sounds like "title": 60)
HEARD_SIMILARITY = {"ru": 1.0}  # Russian keeps every consonant and vowel class: a word that sounds the same is that word
SHORT_WORD_CUTOFF = 0.81  # words of 6 letters: one edit (0.83); of 5 and fewer: exactly ("paris" is no typo of "parts")
JOINED_TYPO_LENGTH = 8  # split words rejoined this long may be a concept's word with a typo ("nazar bayed")
SPLIT_PIECE_LENGTH = 6  # a word split in three has pieces this short at most
JOINED_LENGTH_DIFFERENCE = 2  # …of about the same length
JOINED_SIMILARITY = 85.0  # …this much alike (fuzz.ratio: "nissanbaev" and "nysanbaev" 84, one edit in ten 90)
GLUED_LENGTH = 10  # an unknown word this long may be two concepts' words typed together ("politicalparties")
GLUED_PIECE_LENGTH = 4  # each of them this long at least
TYPO_OF_CONCEPT_LENGTH = 7  # a known word this long may also be a typo of a concept's word
FUZZY_FLOOR = 60.0  # a fuzzy word at FUZZY_WORD_SCORE counts (80-60)/(100-60) = half a word
UNKNOWN_WORD_WEIGHT = 1.0
DOMAIN_WORD_WEIGHT = (
    2.0  # a question word only the KB's answers and explanations use  # extra IDF weight of question words the KB never uses
)
OFF_TOPIC_WORD_FACTOR = 3.0  # and this many times that weight for words of data/out_of_scope.yaml
TOKEN_SET_SLACK = 0.3  # token_set_ratio may exceed question coverage by at most this
COVERAGE_WEIGHT = 0.65  # the rest is token_set_ratio
QUERY_SIDE_WEIGHT = 0.8  # of coverage: question covered by phrasing vs phrasing covered
MATCH_CACHE = 4096  # recent questions whose result is remembered
EXPANSION_CACHE = 100_000  # unknown words remembered with their fuzzy matches, per language
TOP_EXACT = 3  # entries whose scores are always exact (suggestions show three); lower ranks may be cut short
OTHER_LANGUAGE_FACTOR = 0.9  # another language's scores count this much in the merge
MAX_CANDIDATES = 400  # phrasings a very common word adds as candidates at most (see Matcher._candidates)
SCRIPTS = {"en": {False}, "ru": {True}, "kk": {True, False}}  # written in Cyrillic?


_DIGITS = re.compile(r"\d+")
# the age of an idea, not a person's ("the 2000 yr old idea abt who shud rule the state"): "old" is off-topic only of people
_AGE_OF_AN_IDEA = re.compile(r"\b(?:\d{3,}|hundreds?|thousands?)[\s-]*(?:years?|yrs?)[\s-]*old\b", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[a-zA-Z]{3,}")
_ANY_WORD = re.compile(r"\w+")
_NAME = re.compile(r"\b[^\W\d_][^\W_]*")  # a word: a name when it starts with a capital
_SENTENCE_BREAK = re.compile(r"(?:[.!?:;…]\s*|[—–-]\s+)\W*$")
_WORD_CHAR = re.compile(r"\w")


def _bucket(words: list[str]) -> dict[tuple[str, int], list[str]]:
    buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
    for w in words:
        buckets[(w[0], len(w))].append(w)
    return buckets


def _in_chunks(
    found: np.ndarray, bounds: np.ndarray, coverage: np.ndarray, cap: np.ndarray, side: np.ndarray, order: np.ndarray
) -> Iterator[tuple[int, float, float, float, float]]:
    """(phrasing, bound, coverage, token_set cap, share of the phrasing covered) in `order`, as
    Python numbers, a few at a time (16, then 64, 256…): scoring usually stops after the first few.
    Each phrasing once: the chunks follow one another."""
    start, size = 0, 16
    while start < len(order):
        part = order[start : start + size]
        yield from zip(
            found[part].tolist(),
            bounds[part].tolist(),
            coverage[part].tolist(),
            cap[part].tolist(),
            side[part].tolist(),
            strict=True,
        )
        start, size = start + size, size * 4


class Phrasing(NamedTuple):
    """One phrasing as indexed. A named tuple, not a dataclass: the KB cache holds ~31,000 of them, and a
    tuple unpickles about three times as fast (knowledge.index_cache: a start reads them all)."""

    entry_id: str
    lang: str
    text: str
    tokens: tuple[str, ...]
    normalized: str  # tokens joined, for token_set_ratio


@dataclass(frozen=True)
class Candidate:
    entry_id: str
    score: float  # 0-100
    phrasing: str


@dataclass(frozen=True)
class MatchResult:
    query: str
    lang: str
    matched: bool
    best: Candidate | None
    ranked: tuple[Candidate, ...]  # best first, one per entry
    suggestions: tuple[Candidate, ...] = ()
    also: tuple[Candidate, ...] = ()  # answered: entries tied with the best, that answer it as well

    @property
    def entry_id(self) -> str | None:
        return self.best.entry_id if self.matched and self.best else None

    @property
    def score(self) -> float:
        return self.best.score if self.best else 0.0


@dataclass
class _LanguageIndex:
    phrasings: list[Phrasing] = field(default_factory=list)
    postings: dict[str, np.ndarray] = field(default_factory=dict)  # token -> its phrasings, ascending
    posting_count: dict[str, int] = field(default_factory=dict)  # token -> how many phrasings have it
    idf: dict[str, float] = field(default_factory=dict)
    vocabulary: list[str] = field(default_factory=list)  # tokens (stems)
    surfaces: dict[str, str] = field(default_factory=dict)  # word as written -> its token
    surface_list: list[str] = field(default_factory=list)
    unknown_idf: float = 1.0
    phrasing_weight: np.ndarray = field(default_factory=lambda: np.zeros(0))  # sum of idf of its tokens
    entry_of: list[str] = field(default_factory=list)  # phrasing -> its entry
    entry_number: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))  # phrasing -> its entry's number
    entry_numbers: dict[str, int] = field(default_factory=dict)  # entry -> its number
    phonetic: str = ""  # the language whose words are also found by how they sound ("en", "ru"), or ""
    sounds: dict[str, list[str]] = field(default_factory=dict)  # sound key -> KB words as written
    known: set[str] = field(default_factory=set)  # tokens of the KB's own texts: real words, not misspellings
    expansions: dict[tuple[str, str], list[tuple[str, float]]] = field(default_factory=dict)  # cache of fuzzy lookups
    rejoined: dict[tuple[str, ...], tuple[str, str] | None] = field(default_factory=dict)  # cache of split words
    unglued: dict[str, list[tuple[str, str]] | None] = field(default_factory=dict)  # cache of words typed together
    _buckets: dict[str, dict[tuple[str, int], list[str]]] = field(
        default_factory=dict
    )  # list name -> its words by (first letter, length)
    _near: dict[tuple[str, str, int], list[str]] = field(default_factory=dict)

    def near(self, words: str, word: str) -> list[str]:
        """The words of the `words` list ("vocabulary" or "surfaces") that could still be a fuzzy
        match of `word`: the same first letter (typos rarely hit it) and a length that allows the
        cut-off (ratio >= 80 needs the longer at most 1.5x the shorter; one Damerau edit, one
        letter). Computed once per list, first letter and length, so a huge vocabulary is not
        scanned whole."""
        key = (words, word[0], len(word))
        if key not in self._near:
            length = len(word)
            low, high = (length - 1, length + 1) if length < 7 else (int(length / 1.5), int(length * 1.5) + 1)
            buckets = self._buckets[words]
            self._near[key] = [w for n in range(low, high + 1) for w in buckets.get((word[0], n), ())]
        return self._near[key]

    def alike(self, words: str, word: str, difference: int) -> list[str]:
        """The words of the `words` list with the same first letter as `word` and a length at most
        `difference` apart (computed once per list, first letter and length)."""
        key = (f"{words}±{difference}", word[0], len(word))
        if key not in self._near:
            buckets = self._buckets[words]
            lengths = range(len(word) - difference, len(word) + difference + 1)
            self._near[key] = [w for n in lengths for w in buckets.get((word[0], n), ())]
        return self._near[key]

    def contraction(self, word: str) -> str | None:
        """The token of the one KB word that a hyphenated contraction stands for: its start before
        the hyphen, its ending after it ("мод-ция" модернизация, "лит-ры" литературы, "гос-правовой"
        государственно-правовой), or None when it stands for no word or for words of several tokens (a concept's word wins over
        the misspellings some phrasings keep)."""
        left, hyphen, right = word.partition("-")
        if not hyphen or not 2 <= len(left) <= 6 or not right or "-" in right or word in self.surfaces:
            return None
        start = bisect.bisect_left(self.surface_list, left)
        found = set()
        for known in itertools.islice(self.surface_list, start, None):
            if not known.startswith(left):
                break
            if known.endswith(right) and len(known) > len(left) + len(right):
                found.add(self.surfaces[known])
        concepts = {token for token in found if is_concept(token)}  # not a misspelled phrasing's word
        chosen = concepts or found
        return chosen.pop() if len(chosen) == 1 else None

    def build(self) -> None:
        documents: dict[str, set[str]] = defaultdict(set)  # entry -> tokens (IDF over entries)
        postings: dict[str, list[int]] = defaultdict(list)
        for i, phrasing in enumerate(self.phrasings):
            documents[phrasing.entry_id].update(phrasing.tokens)
            for token in set(phrasing.tokens):
                postings[token].append(i)
        n = len(documents)
        frequency: dict[str, int] = defaultdict(int)
        for token_set in documents.values():
            for token in token_set:
                frequency[token] += 1
        self.idf = {t: math.log(1 + n / f) for t, f in frequency.items()}
        self.unknown_idf = math.log(1 + n) if n else 1.0
        self.vocabulary = sorted(t for t in self.idf if not is_concept(t))  # concepts are never fuzzy
        self.surface_list = sorted(self.surfaces)
        concept_words = [w for w in self.surface_list if is_concept(self.surfaces[w]) and len(w) >= JOINED_TYPO_LENGTH - 2]
        self._buckets = {
            "vocabulary": _bucket(self.vocabulary),
            "surfaces": _bucket(self.surface_list),
            "concept_words": _bucket(concept_words),  # long words of concepts: split words rejoined with a typo
        }
        self.postings = {token: np.array(found, dtype=np.intp) for token, found in postings.items()}
        self.posting_count = {token: len(found) for token, found in postings.items()}
        self.phrasing_weight = np.array(
            [sum(self.idf[t] for t in dict.fromkeys(p.tokens)) for p in self.phrasings], dtype=np.float64
        )
        self.entry_of = [p.entry_id for p in self.phrasings]
        self.entry_numbers = {entry_id: n for n, entry_id in enumerate(dict.fromkeys(self.entry_of))}
        self.entry_number = np.array([self.entry_numbers[e] for e in self.entry_of], dtype=np.int32)
        if self.phonetic:
            sounds: dict[str, list[str]] = defaultdict(list)
            for word in self.surface_list:
                if len(word) >= PHONETIC_MIN_LENGTH and word.isalpha():
                    for key in sound_keys(word, self.phonetic):
                        sounds[key].append(word)
            self.sounds = dict(sounds)


class Matcher:
    """Index of all phrasings; `match()` answers one question."""

    def __init__(
        self,
        phrasings: Iterable[tuple[str, str, str]],
        off_topic: dict[str, list[str]] | None = None,
        homes: dict[str, str] | None = None,
        domain: dict[str, set[str]] | None = None,
        neighbours: dict[str, set[str]] | None = None,
    ):
        """`phrasings`: (entry_id, lang, text) for every phrasing of every entry;
        `off_topic`: per language, words that mark a question the essay does not cover;
        `homes`: concept token -> the entry answering a bare "X" or "what is X" in any language
        (a one-token phrasing of that entry in every language); `domain`: per language, the tokens
        of the KB's other texts (answers, explanations, tips, the essay)."""
        self._domain = domain or {}
        self._cache: OrderedDict[tuple[str, str | None, str | None], MatchResult] = OrderedDict()
        self._neighbours = neighbours or {}
        self._off_topic = {
            lang: {token for word in words for token in tokens(word, lang)} for lang, words in (off_topic or {}).items()
        }
        for lang, other in (("ru", "kk"), ("kk", "ru")):  # code-switching: "ертең Алматыда погода кандай"
            if lang in self._off_topic:
                self._off_topic[lang] |= {token for word in (off_topic or {}).get(other, []) for token in tokens(word, lang)}
        # a concept's token is the essay's subject wherever a near-topic term uses it: "ассамблея народа
        # казахстана" marks a question the essay lacks by "ассамблея", not by "народ" or "казахстан"
        self._off_topic = {lang: {t for t in found if not is_concept(t)} for lang, found in self._off_topic.items()}
        self._indexes: dict[str, _LanguageIndex] = defaultdict(_LanguageIndex)
        for entry_id, lang, text in phrasings:
            found = terms(text, lang)
            if found:
                toks = tuple(token for _, token in found)
                index = self._indexes[lang]
                index.phrasings.append(Phrasing(entry_id, lang, text, toks, " ".join(toks)))
                index.surfaces.update(found)
        # the concepts' homes come first: a word too common to add all its phrasings as candidates
        # (MAX_CANDIDATES) still adds the first ones, and a bare concept's home must be among them
        home_phrasings = [
            Phrasing(entry_id, "", token, (token,), token) for entry_id, token in sorted((e, t) for t, e in (homes or {}).items())
        ]
        for lang, index in self._indexes.items():
            index.phrasings[:0] = home_phrasings
            index.phonetic = lang if lang in PHONETIC_LANGUAGES else ""
            index.known = self._domain.get(lang, set())  # the same set: pickled once
            index.build()
        self._indexes = dict(self._indexes)
        english = self._indexes.get("en")
        if english is not None:
            # "результаты последних elections": English near-topic words in a Russian or Kazakh frame,
            # unless the frame's own phrasings use them (Kazakh is matched in Latin letters: "otan" is
            # Nur Otan in English and Отан in Kazakh)
            unknown = {token for token in self._off_topic.get("en", set()) if token not in english.idf}
            for lang in ("ru", "kk"):
                if lang in self._off_topic and lang in self._indexes:
                    own = self._indexes[lang].idf.keys() | self._domain.get(lang, set())
                    self._off_topic[lang] |= unknown - own

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._indexes)

    def phrasing_count(self) -> int:
        return sum(len(i.phrasings) for i in self._indexes.values())

    # -- scoring ---------------------------------------------------------------
    def _expand(self, index: _LanguageIndex, surface: str, token: str, off_topic: set[str]) -> list[tuple[str, float]]:
        """KB tokens that a question word stands for, with a similarity 0-1.

        Exact tokens first; else fuzzy matches of the stem against KB stems and of the word
        as written against KB words as written (a typo can defeat the stemmer:
        "modernizaton" keeps its ending, yet is 96% "modernization").
        """
        if token in index.idf:
            if is_concept(token):
                return [(token, 1.0)]
            known = index.expansions.get((surface, token))
            if known is None:  # a typo some phrasing keeps ("politcal", "асновой") still stands for its concept too
                typo = self._concept_typo(index, surface) if len(surface) >= TYPO_OF_CONCEPT_LENGTH else []
                heard = [(found, sim) for found, sim in self._heard(index, surface, token) if is_concept(found)]
                closest: dict[str, float] = {}
                for concept, sim in typo + heard:
                    closest[concept] = max(closest.get(concept, 0.0), sim)
                known = [(token, 1.0), *sorted(closest.items(), key=lambda item: -item[1])[:1]]
                if len(index.expansions) < EXPANSION_CACHE:
                    index.expansions[(surface, token)] = known
            return known
        if token in off_topic or is_concept(token):  # a known off-topic word is no typo of a KB word
            return []
        cached = index.expansions.get((surface, token))
        if cached is not None:
            return cached
        best: dict[str, float] = {}
        contracted = index.contraction(surface)
        if contracted is not None:  # "мод-ция", "лит-ры": a word cut short around a hyphen
            best[contracted] = 1.0
        for query, words, mapping in ((token, "vocabulary", None), (surface, "surfaces", index.surfaces)):
            if len(query) < 5:
                continue
            choices = index.near(words, query)
            # short words: one edit, a swap of two letters counting as one ("qoute"); longer: Indel ratio
            if len(query) < 7:
                found = process.extract(
                    query,
                    choices,
                    scorer=DamerauLevenshtein.normalized_similarity,
                    score_cutoff=SHORT_WORD_CUTOFF,
                    limit=3,
                )
                found = [(choice, 100.0 * score, i) for choice, score, i in found]
            else:
                found = process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_WORD_SCORE, limit=3)
            digits = _DIGITS.findall(query)
            for choice, score, _ in found:
                if _DIGITS.findall(choice) != digits:  # a typo never changes a number: 2050 is not 2030
                    continue
                kb_token = mapping[choice] if mapping else choice
                sim = (score - FUZZY_FLOOR) / (100.0 - FUZZY_FLOOR)
                best[kb_token] = max(best.get(kb_token, 0.0), sim)
        for sounded, sim in self._heard(index, surface, token):
            best[sounded] = max(best.get(sounded, 0.0), sim)
        expansion = sorted(best.items(), key=lambda item: -item[1])[:3]
        if len(index.expansions) < EXPANSION_CACHE:
            index.expansions[(surface, token)] = expansion
        return expansion

    @staticmethod
    def _heard(index: _LanguageIndex, surface: str, token: str) -> list[tuple[str, float]]:
        """Spelled as it sounds ("modernisashun", "konclushun", "democrasy", "мадернизацыя"): the tokens of the KB
        words that sound the same and are still spelled somewhat alike, as close as a typo (English) or the same word
        (Russian, whose key keeps every consonant and vowel class)."""
        if not index.sounds or len(surface) < PHONETIC_MIN_LENGTH or not surface.isalpha() or token in index.known:
            return []
        found: dict[str, float] = {}
        for key in sound_keys(surface, index.phonetic):
            # the word itself heard (Russian: the same word); only its stem heard is as close as a typo ("примирить" is
            # no "пример")
            heard = PHONETIC_SIMILARITY if key.startswith(STEM_KEY) else HEARD_SIMILARITY.get(index.phonetic, PHONETIC_SIMILARITY)
            for word in index.sounds.get(key, ()):
                if spelled_alike(surface, word, index.phonetic, PHONETIC_SPELLING_SCORE):
                    kb_token = index.surfaces[word]
                    found[kb_token] = max(found.get(kb_token, 0.0), heard)
        return sorted(found.items())

    @staticmethod
    def _concept_typo(index: _LanguageIndex, surface: str) -> list[tuple[str, float]]:
        """The concept a known word is one edit away from ("politcal" political), as close as a typo."""
        found = process.extract(
            surface,
            index.near("surfaces", surface),
            scorer=DamerauLevenshtein.distance,
            score_cutoff=1,
            limit=4,
        )
        tokens = {index.surfaces[choice] for choice, _, _ in found if choice != surface}
        concepts = [token for token in tokens if is_concept(token)]
        return [(concepts[0], 1.0 - 1.0 / len(surface))] if len(concepts) == 1 else []

    @staticmethod
    def _top_up(index: _LanguageIndex, expansions: list[list[tuple[str, float]]], weights: list[float], room: int) -> np.ndarray:
        """Which phrasings the very common words of a question may add, `room` at most: those
        they would cover best, as the score weighs coverage ("why is political modernization
        important" for "political modernisaton meaning", where hundreds of phrasings have both)."""
        postings = index.postings
        count = len(index.phrasings)
        have = np.zeros(count)
        capped = np.zeros(count, dtype=bool)  # what the very common words can add: their phrasings
        for qi, expansion in enumerate(expansions):
            readings = [(found, sim) for found, sim in ((postings.get(t), sim) for t, sim in expansion) if found is not None]
            for found, _ in readings:
                if len(found) > MAX_CANDIDATES:
                    capped[found] = True
            if not readings:
                continue
            if len(readings) == 1:  # one reading (most words): its phrasings only, the same sums
                found, sim = readings[0]
                have[found] += weights[qi] * sim
                continue
            best = np.zeros(count)
            for found, sim in readings:  # every reading counts: a rarer one of a common word comes after it
                best[found] = np.maximum(best[found], sim)
            have += weights[qi] * best
        chosen = np.zeros(count, dtype=bool)
        union = capped.nonzero()[0]
        if room <= 0 or not len(union):
            return chosen
        # as the score will weigh them: the question covered, and (less) the phrasing covered
        reach = QUERY_SIDE_WEIGHT * have[union] / max(sum(weights), 1e-9)
        reach += (1 - QUERY_SIDE_WEIGHT) * np.minimum(have[union] / index.phrasing_weight[union], 1.0)
        if len(union) > room:  # only those reaching as far as the room-th do (ties included): sorted, the same first `room`
            near = reach >= -np.partition(-reach, room - 1)[room - 1]
            union, reach = union[near], reach[near]
        ranked = union[np.lexsort((index.phrasing_weight[union], -reach))]
        chosen[ranked[:room]] = True
        return chosen

    @staticmethod
    def _candidates(
        index: _LanguageIndex, expansions: list[list[tuple[str, float]]], weights: list[float]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Phrasings sharing a word with the question (ascending), with how much of the question
        each covers (the IDF weight of the question words it has, at their best similarity) and
        how much of itself the question covers (the IDF weight of its tokens the question has).

        Rare words go first and add their postings. A word found in more than MAX_CANDIDATES
        phrasings adds only the candidates found so far that have it (and tops them up to the
        cap), so a huge KB costs about the same per question as a small one. Arrays over all
        phrasings are allocated zeroed and only the postings read are touched.
        """
        postings = index.postings
        count = len(index.phrasings)
        # a word counts as common as its commonest reading ("politicle": "poltic", but also
        # "#political"), so the capped readings come after every rarer word has marked its candidates
        sizes = index.posting_count
        commonest = [max([sizes.get(t, 0) for t, _ in expansion], default=0) for expansion in expansions]
        order = sorted(range(len(expansions)), key=commonest.__getitem__)
        token_best: dict[str, float] = {}  # a KB token's best similarity to any question word
        for qi in order:
            for kb_token, sim in expansions[qi]:
                token_best[kb_token] = max(token_best.get(kb_token, 0.0), sim)
        query_cov = np.zeros(count)
        chosen: np.ndarray | None = None  # the phrasings very common words may add (see below)
        for qi in order:
            parts: list[tuple[np.ndarray, float]] = []
            for kb_token, sim in expansions[qi]:
                found = postings.get(kb_token)
                if found is None:
                    continue
                if len(found) > MAX_CANDIDATES:  # a very common word: the candidates that have it, topped up
                    if chosen is None:
                        room = max(0, MAX_CANDIDATES - int(np.count_nonzero(query_cov)))
                        chosen = Matcher._top_up(index, expansions, weights, room)
                    found = found[(query_cov[found] > 0) | chosen[found]]
                parts.append((found, sim))
            if len(parts) == 1:
                query_cov[parts[0][0]] += weights[qi] * parts[0][1]
            elif parts:  # several KB words for one question word: a phrasing counts its best one
                best = np.zeros(count)
                for found, sim in parts:
                    best[found] = np.maximum(best[found], sim)
                has_word = (best > 0).nonzero()[0]
                query_cov[has_word] += weights[qi] * best[has_word]
        candidates = (query_cov > 0).nonzero()[0]
        if not len(candidates):
            return candidates, query_cov[:0], query_cov[:0]
        idf = index.idf
        phrasing_cov = np.zeros(count)
        for kb_token, sim in token_best.items():
            found = postings.get(kb_token)
            if found is not None:  # a token's postings are distinct phrasings: no index twice in one add
                phrasing_cov[found] += idf[kb_token] * sim
        return candidates, query_cov[candidates], phrasing_cov[candidates]

    def _unknown_weight(self, index: _LanguageIndex, token: str, off_topic: set[str], lang: str) -> float:
        """The weight of a question word that no phrasing has: a word of the KB's own texts
        (answers, explanations, tips…) says little against an entry; any other word says the
        question is about something else, numbers and near-topic words most of all."""
        if token in self._domain.get(lang, ()) and token not in off_topic:
            return DOMAIN_WORD_WEIGHT
        weight = index.unknown_idf + UNKNOWN_WORD_WEIGHT
        # a number the essay never uses (a year, a count) asks about a fact it does not give
        return weight * OFF_TOPIC_WORD_FACTOR if token in off_topic or token.isdigit() else weight

    def _score_language(
        self, query_terms: Sequence[tuple[str, str]], lang: str, outer_floor: float = -1.0
    ) -> dict[str, Candidate]:
        """Each entry's best phrasing score in one language. Entries that cannot reach `outer_floor`
        may be left out or their score cut short: another language's pool, whose entries count
        only where they come near the first language's top entries."""
        index = self._indexes.get(lang)
        if index is None or not query_terms:
            return {}
        query_terms = _rejoined(index, query_terms, lang)
        unique_terms = list({token: surface for surface, token in query_terms}.items())
        off_topic = self._off_topic.get(lang, set())
        expansions = [self._expand(index, surface, token, off_topic) for token, surface in unique_terms]
        if index.phonetic:  # "explane", "dose", "пачему": an asking word the KB does not know, spelled as it sounds
            kept = [
                i
                for i, (token, surface) in enumerate(unique_terms)
                if expansions[i] or token in off_topic or not sounds_like_stop(surface, index.phonetic)
            ]
            if kept and len(kept) < len(unique_terms):
                unique_terms = [unique_terms[i] for i in kept]
                expansions = [expansions[i] for i in kept]
        unique = [token for token, _ in unique_terms]
        weights = [
            max([index.idf[v] for v, _ in exp]) if exp else self._unknown_weight(index, token, off_topic, lang)
            for token, exp in zip(unique, expansions, strict=True)
        ]
        query_weight = sum(weights)
        found, query_covered, phrasing_covered = self._candidates(index, expansions, weights)
        if not len(found):
            return {}
        # a word cut short ("мод-ция") reads as the word it stands for: its own letters share little
        # with any phrasing, so every candidate's bound would stay far above its score
        query_text = " ".join(
            exp[0][0] if token not in index.idf and exp and exp[0][1] == 1.0 else token
            for token, exp in zip(unique, expansions, strict=True)
        )
        results: dict[str, list[tuple[float, str]]] = defaultdict(list)
        # Each candidate's score is bounded by its coverage (token_set_ratio at most its cap):
        # score candidates from the highest bound down, and stop once no remaining one could
        # reach the top entries.
        query_cov = query_covered / query_weight
        side = phrasing_covered / index.phrasing_weight[found]
        coverage = QUERY_SIDE_WEIGHT * query_cov + (1 - QUERY_SIDE_WEIGHT) * side
        # One ordinary word ("хорошо", "дела", "even") is no question about an entry that merely
        # uses it in passing: alone, a word must be a main word of the phrasing it matches.
        # A word of one entry only that the KB's own texts use ("senate", a name) is that entry's,
        # wherever it stands; "жаман" (bad), in one phrasing only, is not.
        # A concept of the lexicon is a domain term wherever it stands.
        domain = self._domain.get(lang, set())
        single = len(unique) == 1 and all(
            not is_concept(v) and not (index.idf[v] >= SINGLE_WORD_RARE_IDF and v in domain) for v, _ in expansions[0]
        )
        # a general word alone ("связь", "link") is about no entry at all
        only_general = len(unique) == 1 and all(v in lexicon().general_tokens for v, _ in expansions[0])
        token_set_cap = np.minimum(query_cov + TOKEN_SET_SLACK, 1.0)  # token_set_ratio is 100 for any subset
        bounds = (100.0 * COVERAGE_WEIGHT) * coverage + (100.0 * (1 - COVERAGE_WEIGHT)) * token_set_cap
        by_bound = np.argsort(-bounds, kind="stable")
        entry_best: dict[str, float] = {}
        entry_second: dict[str, float] = {}  # an entry's second-best score: it breaks ties (below)
        entry_of = index.entry_of
        scored: set[int] = set()

        def score_phrasing(pi: int, cov: float, cap: float, share: float) -> float:
            phrasing = index.phrasings[pi]
            token_set = min(fuzz.token_set_ratio(query_text, phrasing.normalized) / 100.0, cap)
            score = 100.0 * (COVERAGE_WEIGHT * cov + (1 - COVERAGE_WEIGHT) * token_set)
            if (single and share < SINGLE_WORD_SHARE) or only_general:
                score = min(score, SINGLE_WORD_CAP)
            entry_id = entry_of[pi]
            scored.add(pi)
            results[entry_id].append((score, phrasing.text))
            if score > entry_second.get(entry_id, -1.0):
                entry_second[entry_id] = min(score, entry_best.get(entry_id, -1.0))
            return score

        floor, third = outer_floor, -1.0
        for pi, bound, cov, cap, share in _in_chunks(found, bounds, coverage, token_set_cap, side, by_bound):
            if bound < floor:
                break
            entry_id = entry_of[pi]
            if bound <= entry_second.get(entry_id, -1.0):
                continue  # this entry's best two already score at least what this phrasing could reach
            score = score_phrasing(pi, cov, cap, share)
            if score > entry_best.get(entry_id, -1.0):
                entry_best[entry_id] = score
                if len(entry_best) >= TOP_EXACT and score > third:  # else the top entries are unchanged
                    # the TOP_EXACT-th best entry so far, and never above the margin below the
                    # best (every entry close to the best counts in the decision, see decide());
                    # a phrasing scoring below that (less the tiebreak a second phrasing adds,
                    # see below) cannot change the top entries or the decision
                    top = heapq.nlargest(TOP_EXACT, entry_best.values())
                    third = top[-1]
                    floor = max(outer_floor, min(third, top[0] - max(MIN_MARGIN, CLEAR_MARGIN)) - 0.1)
        # The top entries' scores include a tiebreak from their second best phrasing, which may lie
        # below the floor. Where that tiebreak can matter (entries that tie, a score or a lead on one
        # of decide()'s thresholds: a lead of 3.99 against 4.01 is another answer), score the rest
        # of their phrasings, so that pruning never changes the order or the decision.
        leaders = heapq.nlargest(TOP_EXACT + 1, entry_best.items(), key=lambda item: item[1])
        tied = {e for e, best in leaders[:TOP_EXACT] for other, b in leaders if other != e and abs(best - b) <= 0.1}
        if _on_a_threshold([(best + entry_second.get(e, 0.0) / 1000, best + best / 1000) for e, best in leaders[:TOP_EXACT]]):
            tied = {e for e, _ in leaders[:TOP_EXACT]}
        if tied and len(scored) < len(found):
            numbers = np.array([index.entry_numbers[e] for e in tied], dtype=np.int32)
            floor_second = min(entry_second.get(e, -1.0) for e in tied)
            rest = (np.isin(index.entry_number[found], numbers) & (bounds > floor_second)).nonzero()[0]
            for i in rest[np.argsort(-bounds[rest], kind="stable")].tolist():
                pi = int(found[i])
                if pi not in scored and bounds[i] > entry_second.get(entry_of[pi], -1.0):
                    score_phrasing(pi, float(coverage[i]), float(token_set_cap[i]), float(side[i]))
        candidates = {}
        for entry_id, found_scores in results.items():
            found_scores.sort(reverse=True)
            best_score, text = found_scores[0]
            second = found_scores[1][0] if len(found_scores) > 1 else 0.0
            candidates[entry_id] = Candidate(entry_id, min(100.0, best_score + second / 1000), text)
        return candidates

    def match(self, question: str, lang: str | None = None, hint: str | None = None) -> MatchResult:
        """Match one question. `lang` forces the language; else it is detected (`hint` breaks ties).
        Results are remembered for the most recent MATCH_CACHE questions (students ask alike)."""
        text = clean(question)
        key = (text.casefold(), lang, hint)
        # each step alone: a worker thread may share the cache (a curator's /gaps proposes entries beside the loop),
        # and evict a key between a get and a move
        cached = self._cache.get(key)
        if cached is not None:
            with contextlib.suppress(KeyError):
                self._cache.move_to_end(key)
            return cached
        result = self._match(text, lang, hint)
        self._cache[key] = result
        if len(self._cache) > MATCH_CACHE:
            with contextlib.suppress(KeyError):
                self._cache.popitem(last=False)
        return result

    def _match(self, text: str, lang: str | None, hint: str | None) -> MatchResult:
        detected, certain = (lang, True) if lang else language_of(text, hint)
        cyrillic = has_cyrillic(text)
        pools: dict[str, dict[str, Candidate]] = {}
        pruned: set[str] = set()  # languages whose pools hold only entries that may reach the top
        # Latin letters: English, and Kazakh in Latin letters only when the words say so or
        # English explains nothing; Cyrillic: Russian and Kazakh (told apart below).
        # When the words say which language it is and its phrasings explain the question clearly,
        # the other language of the script is not scored at all.
        order = sorted(self._indexes, key=lambda candidate: candidate != detected)
        for candidate_lang in order:
            latin_kazakh = candidate_lang == "kk" and not cyrillic and detected != "kk"
            latin_russian = candidate_lang == "ru" and detected == "ru"  # "chto takoe …": read back into Cyrillic
            if (not SCRIPTS.get(candidate_lang, {cyrillic}) & {cyrillic} and not latin_russian) or latin_kazakh:
                continue
            mine = pools.get(detected)
            if certain and mine and candidate_lang != detected and max(c.score for c in mine.values()) >= CLEAR_SCORE:
                continue
            # another language's entries count discounted: only those that could come near the top
            floor = _pool_floor(mine, OTHER_LANGUAGE_FACTOR) if candidate_lang != detected else -1.0
            if floor > 0:
                pruned.add(candidate_lang)
            pools[candidate_lang] = self._score_language(terms(text, candidate_lang), candidate_lang, floor)
        mixed = False
        if cyrillic and "en" in self._indexes and "en" not in pools and _LATIN_WORD.search(text):
            # "new bright page in political history — о чем это": English words in a Russian or
            # Kazakh frame are English; the English phrasings explain them (answered in the frame's language)
            pools["en"] = self._score_language(terms(text, "en"), "en")
            mixed = True
        english_best = max((c.score for c in pools.get("en", {}).values()), default=0.0)
        if not cyrillic and "kk" in self._indexes and "kk" not in pools and english_best < ANSWER_SCORE:
            pools["kk"] = self._score_language(terms(text, "kk"), "kk")
        answer_lang = detected
        if not certain:
            # Cyrillic or Latin words that say nothing of their language may still be Kazakh:
            # trust the language whose phrasings explain the question clearly better.
            alternative = {"ru": "kk", "kk": "ru", "en": "kk"}.get(detected)
            if alternative and detected in pools and alternative in pools:
                own_best = max((c.score for c in pools[detected].values()), default=0.0)
                theirs = max((c.score for c in pools[alternative].values()), default=0.0)
                if theirs >= own_best + 12 and theirs >= ANSWER_SCORE and not self._russian_in_latin(text, cyrillic, theirs):
                    answer_lang = alternative
                    if alternative in pruned:  # its entries now count in full: all of them
                        pools[alternative] = self._score_language(terms(text, alternative), alternative)
        merged: dict[str, Candidate] = dict(pools.get(answer_lang, {}))
        for pool_lang, pool in pools.items():
            if pool_lang == answer_lang:
                continue
            # the English words of a mixed message are its own
            factor = 1.0 if mixed and pool_lang == "en" else OTHER_LANGUAGE_FACTOR
            for entry_id, candidate in pool.items():  # other languages count, discounted
                discounted = Candidate(entry_id, candidate.score * factor, candidate.phrasing)
                if discounted.score > merged.get(entry_id, Candidate("", -1, "")).score:
                    merged[entry_id] = discounted
        ranked = tuple(sorted(merged.values(), key=lambda c: (-c.score, c.entry_id)))
        foreign_name = len(_ANY_WORD.findall(text)) >= SENTENCE_WORDS and self._foreign_name(text)  # only that rule asks
        return decide(text, answer_lang, ranked, self._neighbours, foreign_name)

    def _foreign_name(self, text: str) -> bool:
        """Whether a word capitalized inside a sentence is none the KB knows: a name the essay never
        mentions ("the clash between Armenia and Azerbaijan", "стратегии в Сингапуре", "January")."""
        previous_end = 0
        for found in _NAME.finditer(text):
            gap, first = text[previous_end : found.start()], previous_end == 0  # what stands before the word
            previous_end = found.end()
            if not found.group()[0].isupper() or (first and not _WORD_CHAR.search(gap)) or _SENTENCE_BREAK.search(gap):
                continue  # the first word of a sentence
            if not any(self.knows(found.group(), other) for other in self._indexes):
                return True
        return False

    def writes(self, word: str, lang: str) -> bool:
        """Whether the KB's own texts write `word` (every token of it: a stop word, yes), not only a student's phrasing;
        a concept's word is no proof (the concept is the same however it is spelled)."""
        index = self._indexes[lang]
        return all(token in index.known and not is_concept(token) for _, token in terms(word, lang))

    def knows(self, word: str, lang: str) -> bool:
        """Whether every token of `word` is a concept or a word of the KB's phrasings in `lang` (a stop word: yes)."""
        index = self._indexes[lang]
        return all(is_concept(token) or token in index.idf or token in index.known for _, token in terms(word, lang))

    def _russian_in_latin(self, text: str, cyrillic: bool, kazakh_best: float) -> bool:
        """Whether Latin words the Kazakh phrasings explain are Russian typed in Latin letters
        ("spisok literatury", "politicheskiy poryadok"): read back into Cyrillic, the Russian
        phrasings explain them as well. Such a message is not Kazakh; it stays in the language
        detected (English for Latin letters), as a bare term does."""
        if cyrillic or "ru" not in self._indexes:
            return False
        russian = self._score_language(terms(text, "ru"), "ru")
        return max((c.score for c in russian.values()), default=0.0) >= kazakh_best

    def off_topic(self, text: str, lang: str) -> bool:
        """Whether a text has a word of data/out_of_scope.yaml ("weather", "tokayev")."""
        words = self._off_topic.get(lang, set())
        return any(token in words for _, token in terms(_AGE_OF_AN_IDEA.sub(" ", text), lang))

    def among(self, result: MatchResult, keep: Callable[[str], bool]) -> MatchResult:
        """The decision again among the ranked entries `keep` accepts (a "when" question: the
        entries that give a date)."""
        ranked = tuple(c for c in result.ranked if keep(c.entry_id))
        return decide(result.query, result.lang, ranked, self._neighbours, self._foreign_name(result.query))


_SCORE_THRESHOLDS = (
    ANSWER_SCORE,
    CLEAR_SCORE,
    TIE_SCORE,
    RELATED_TIE_SCORE,
    FAR_AHEAD_SCORE,
    WORDY_SCORE,
    SENTENCE_SCORE,
    LONG_FAR_AHEAD_SCORE,
    SUGGEST_SCORE,
)
_LEAD_THRESHOLDS = (MIN_MARGIN, CLEAR_MARGIN, FAR_AHEAD_MARGIN, SENTENCE_MARGIN, LONG_FAR_AHEAD_MARGIN)
# the same in this language's pool and merged into another's, in order (for bisect)
_SCORE_LINES = tuple(sorted({t * scale for t in _SCORE_THRESHOLDS for scale in (1.0, 1 / OTHER_LANGUAGE_FACTOR)}))
_LEAD_LINES = tuple(sorted({t * scale for t in _LEAD_THRESHOLDS for scale in (1.0, 1 / OTHER_LANGUAGE_FACTOR)}))


def _rejoined(index: _LanguageIndex, query_terms: Sequence[tuple[str, str]], lang: str) -> Sequence[tuple[str, str]]:
    """Words that dictation or autocorrect splits ("abs tract", "civil isation", "назар баева", "Abs attar ov",
    "Nazar bayed"): two or three neighbours, one of them no word of the KB and none a concept's, that together
    make a concept's word as the KB writes it, or with a typo when long."""
    query_terms = _unglued(index, query_terms, lang)
    unknown = [token not in index.idf for _, token in query_terms]
    if not any(unknown):  # most questions: nothing to rejoin
        return query_terms
    concept = [is_concept(token) for _, token in query_terms]
    surfaces = [surface for surface, _ in query_terms]
    joined: list[tuple[str, str]] = []
    i = 0
    while i < len(query_terms):
        for n in (3, 2):
            if i + n > len(query_terms) or not any(unknown[i : i + n]) or any(concept[i : i + n]):
                continue
            pieces = tuple(surfaces[i : i + n])
            if n == 3 and max(map(len, pieces)) > SPLIT_PIECE_LENGTH:
                continue  # three pieces of a split word are short ("abs attar ov")
            if pieces in index.rejoined:
                found = index.rejoined[pieces]
            else:
                found = _concept_word(index, pieces, lang)
                if len(index.rejoined) < EXPANSION_CACHE:
                    index.rejoined[pieces] = found
            if found is not None:
                joined.append(found)
                i += n
                break
        else:
            joined.append(query_terms[i])
            i += 1
    return joined


def _unglued(index: _LanguageIndex, query_terms: Sequence[tuple[str, str]], lang: str) -> Sequence[tuple[str, str]]:
    """Two concepts' words typed without the space ("politicalparties", "политическиепартии"): a long word the KB
    does not know, made of two words of concepts as the KB writes them, is read as the two."""
    if all(len(surface) < GLUED_LENGTH for surface, _ in query_terms):  # most questions
        return query_terms
    out: list[tuple[str, str]] = []
    for surface, token in query_terms:
        # a concept's prefix may hold the pair ("политическ*" in "политическаямодернизация"): no word the KB writes
        if len(surface) < GLUED_LENGTH or (surface in index.surfaces if is_concept(token) else token in index.idf):
            out.append((surface, token))
            continue
        if surface not in index.unglued:
            found = None
            for cut in range(GLUED_PIECE_LENGTH, len(surface) - GLUED_PIECE_LENGTH + 1):
                head, tail = index.surfaces.get(surface[:cut]), index.surfaces.get(surface[cut:])
                if head and tail and is_concept(head) and is_concept(tail):
                    found = [(surface[:cut], head), (surface[cut:], tail)]
                    break
            if len(index.unglued) < EXPANSION_CACHE:
                index.unglued[surface] = found
        else:
            found = index.unglued[surface]
        out.extend(found or [(surface, token)])
    return out


def _concept_word(index: _LanguageIndex, pieces: tuple[str, ...], lang: str) -> tuple[str, str] | None:
    """(surface, token) of a concept's word of the KB that `pieces` make together, exactly or, when long,
    with a typo that each piece brings closer ("translate good" is "translated" and a word more)."""
    word = "".join(pieces)
    surface = surface_form(word, lang)
    if surface in index.surfaces:
        token = analyze_word(word, lang)[1]
        return (surface, token) if is_concept(token) else None  # a word of the KB, not a concept's prefix
    if len(surface) < JOINED_TYPO_LENGTH or max(map(len, pieces)) >= JOINED_TYPO_LENGTH:
        return None  # short, or a piece long enough to be a word of its own
    choices = index.alike("concept_words", surface, JOINED_LENGTH_DIFFERENCE)
    best = process.extractOne(surface, choices, scorer=fuzz.ratio, score_cutoff=JOINED_SIMILARITY) if choices else None
    if best is None or any(fuzz.ratio(surface_form(piece, lang), best[0]) >= best[1] for piece in pieces):
        return None
    return best[0], index.surfaces[best[0]]


def _on_a_threshold(ranges: list[tuple[float, float]]) -> bool:
    """Whether the top entries' scores, each known to lie in (low, high] until their second best
    phrasing is known, or a lead between two of them, may lie on either side of a threshold of
    decide(), in this language's pool or merged into another's (times OTHER_LANGUAGE_FACTOR)."""

    score_lines, lead_lines = _SCORE_LINES, _LEAD_LINES
    for low, high in ranges:
        i = bisect.bisect_right(score_lines, low)  # the first line above `low`
        if i < len(score_lines) and score_lines[i] <= high:
            return True
    for n, (a_low, a_high) in enumerate(ranges):
        for b_low, b_high in ranges[n + 1 :]:
            i = bisect.bisect_right(lead_lines, a_low - b_high)
            if i < len(lead_lines) and lead_lines[i] <= a_high - b_low:
                return True
    return False


def _pool_floor(pool: dict[str, Candidate] | None, factor: float) -> float:
    """The score below which another language's phrasing (its score times `factor` in the merge)
    cannot change the top entries or the decision of `pool`'s language (as the pruning in
    `_score_language`), or -1 when `pool` has fewer than TOP_EXACT entries."""
    if not pool or len(pool) < TOP_EXACT:
        return -1.0
    top = heapq.nlargest(TOP_EXACT, (c.score for c in pool.values()))
    return (min(top[-1], top[0] - max(MIN_MARGIN, CLEAR_MARGIN)) - 0.1) / factor - 0.1


def decide(
    query: str,
    lang: str,
    ranked: tuple[Candidate, ...],
    neighbours: dict[str, set[str]] | None = None,
    foreign_name: bool = False,
) -> MatchResult:
    """The answer threshold, the margin rule, ties and the suggestions.

    An entry is answered when it is confident and clear of the runner-up; when several entries
    are all confident (at or above TIE_SCORE), or neighbours of the best (related entries, the
    same paragraph) from RELATED_TIE_SCORE, and close, the best is answered and the others are
    offered with it; a long question in the student's own words may still be answered when its
    best entry is far ahead, a sentence of eight words or more when its best entry leads by the
    usual margin, and one of ten or more from a lower score when it leads by twice that, unless it
    names someone or something the KB does not know (`foreign_name`). Otherwise up to three "did
    you mean" suggestions.
    """
    best = ranked[0] if ranked else None
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    margin = MIN_MARGIN if best is None or best.score < CLEAR_SCORE else CLEAR_MARGIN
    matched = bool(best and best.score >= ANSWER_SCORE and best.score - runner_up >= margin)
    also: tuple[Candidate, ...] = ()
    close = [c for c in ranked[1:] if best and best.score - c.score < margin]
    if best and not matched and best.score >= TIE_SCORE:
        matched = True
        also = tuple(c for c in close[:2] if c.score >= TIE_SCORE)
    elif best and not matched and best.score >= RELATED_TIE_SCORE and len(ranked) > 1:
        near = (neighbours or {}).get(best.entry_id, set())
        if all(c.entry_id in near for c in close):  # a clear lead, or a tie between neighbours
            matched, also = True, tuple(close[:2])
    if best and not matched and len(ranked) > 1:  # a lead needs others to lead
        lead, words = best.score - runner_up, len(_ANY_WORD.findall(query))
        matched = (
            (best.score >= FAR_AHEAD_SCORE and lead >= FAR_AHEAD_MARGIN)
            or (words >= WORDY_QUESTION_WORDS and best.score >= WORDY_SCORE and lead >= MIN_MARGIN)
            or (words >= SENTENCE_WORDS and best.score >= SENTENCE_SCORE and lead >= SENTENCE_MARGIN and not foreign_name)
            or (words >= LONG_QUESTION_WORDS and best.score >= LONG_FAR_AHEAD_SCORE and lead >= LONG_FAR_AHEAD_MARGIN)
        )
    suggestions: tuple[Candidate, ...] = ()
    if not matched:
        suggestions = tuple(c for c in ranked[:3] if c.score >= SUGGEST_SCORE)
    return MatchResult(query, lang, matched, best, ranked[:10], suggestions, also)
