"""The matcher: on the real KB next to peer methods over the same phrasings (accuracy and
latency, uncached and cached), and on synthetic KBs 10x-1000x the real one (latency, index
build time, memory)."""

from __future__ import annotations

import difflib
import gc
import random
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process, utils

from knowledge.answers import ask
from knowledge.eval_sets import Case, load_cases, set_files
from knowledge.kb import KnowledgeBase, off_topic_words
from knowledge.matcher import MATCH_CACHE, Matcher
from knowledge.normalize import clean, lexicon

JSON = dict[str, Any]


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentiles(samples_ms: Sequence[float]) -> JSON:
    ordered = sorted(samples_ms)

    def pick(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    return {
        "p50_ms": round(pick(0.50), 3),
        "p95_ms": round(pick(0.95), 3),
        "p99_ms": round(pick(0.99), 3),
        "mean_ms": round(statistics.mean(ordered), 3),
    }


def timed(fn: Callable[[str], Any], items: Sequence[str]) -> tuple[list[Any], list[float]]:
    results, samples = [], []
    for item in items:
        start = time.perf_counter()
        results.append(fn(item))
        samples.append((time.perf_counter() - start) * 1000)
    return results, samples


def dev_cases() -> list[Case]:
    return [case for path in set_files("dev") for case in load_cases(path)]


# -- a. matcher vs peers ------------------------------------------------------------------
SLOW_PEER_QUESTIONS = 300  # the slow peers (difflib, naive WRatio) answer an even sample of this size


def bench_matcher(kb: KnowledgeBase, quick: bool) -> JSON:
    cases = dev_cases()
    in_scope = [c for c in cases if c.expect]
    out_scope = [c for c in cases if not c.expect]
    phrasings = kb.all_phrasings()
    texts = [t for _, _, t in phrasings]
    owners = [e for e, _, _ in phrasings]
    lowered = [utils.default_process(t) for t in texts]
    matcher = kb.make_matcher()  # its own cache, empty

    def uncached(question: str) -> str | None:  # the match cache bypassed: every question new
        return matcher._match(clean(question), None, None).entry_id

    def cached(question: str) -> str | None:
        return matcher.match(question).entry_id

    def whole(question: str) -> str | None:  # ask(): dialogue acts, intent rules, parts, sentences; cache bypassed
        kb.matcher._cache.clear()
        found = ask(kb, question).entry
        return found.id if found else None

    def naive_wratio(question: str) -> str | None:
        found = process.extractOne(question, texts, scorer=fuzz.WRatio)
        return owners[found[2]] if found else None

    def difflib_best(question: str) -> str | None:  # ChatterBot's comparison: SequenceMatcher over every statement
        q = question.lower()
        best = max(range(len(lowered)), key=lambda i: difflib.SequenceMatcher(None, q, lowered[i]).ratio())
        return owners[best]

    methods: dict[str, Callable[[str], str | None]] = {
        "saiasat (uncached)": uncached,
        "saiasat ask(), the whole decision": whole,
        "saiasat (cached, asked before)": cached,
        "rapidfuzz WRatio extractOne (naive)": naive_wratio,
        "difflib SequenceMatcher (ChatterBot)": difflib_best,
    }
    note = ""
    try:
        import bm25s

        tokenized = bm25s.tokenize(texts, stopwords="en", show_progress=False)
        retriever = bm25s.BM25()
        retriever.index(tokenized, show_progress=False)

        def bm25(question: str) -> str | None:
            docs, _ = retriever.retrieve(
                bm25s.tokenize([question], stopwords="en", show_progress=False), k=1, show_progress=False
            )
            return owners[int(docs[0][0])]

        methods["BM25 (bm25s)"] = bm25
    except ImportError as exc:  # not installed (the `bench` extra): the table says so
        note = f"bm25s unavailable ({type(exc).__name__}): pip install -e '.[bench]'"
    sample = in_scope[:80] if quick else in_scope
    recent = sample[-MATCH_CACHE:]  # the cached run asks what was asked before and is still remembered
    for case in recent:
        matcher.match(case.question)
    rows: dict[str, JSON] = {}
    slow_peers = sample[:: max(1, len(sample) // SLOW_PEER_QUESTIONS)]  # every k-th: difflib takes ~0.5 s a question
    for name, fn in methods.items():
        run = (sample[:15] if quick else slow_peers) if name.startswith(("difflib", "rapidfuzz WRatio")) else sample
        run = recent if name.startswith("saiasat (cached") else run
        answers, samples = timed(fn, [c.question for c in run])
        correct = sum(a in c.expect for a, c in zip(answers, run, strict=True))
        rows[name] = {"questions": len(run), "top1_accuracy": round(correct / len(run), 3), **percentiles(samples)}
    ours = rows["saiasat (uncached)"]
    ours["out_of_scope_rejection"] = round(sum(uncached(c.question) is None for c in out_scope) / max(1, len(out_scope)), 3)
    slowest = rows["difflib SequenceMatcher (ChatterBot)"]["mean_ms"]
    for row in rows.values():
        row["speedup_vs_difflib"] = round(slowest / row["mean_ms"], 1) if row["mean_ms"] else None
    naive = rows["rapidfuzz WRatio extractOne (naive)"]["top1_accuracy"]
    ours["accuracy_gain_vs_naive_points"] = round(100 * (ours["top1_accuracy"] - naive), 1)
    return {"phrasings": len(texts), "methods": rows, "note": note}


# -- b. scaling ------------------------------------------------------------------------------
def synthetic_phrasings(kb: KnowledgeBase, factor: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """The real phrasings plus (factor-1)x as many synthetic ones: real phrasings with about
    half their words swapped for words drawn from the real vocabulary and for invented ones,
    under invented entry ids. Common words stay common, so postings grow with the KB."""
    real = kb.all_phrasings()
    vocabulary: dict[str, list[str]] = {}
    for _, lang, text in real:
        vocabulary.setdefault(lang, []).extend(text.lower().split())
    out = list(real)
    for n in range(len(real) * (factor - 1)):
        _, lang, text = real[n % len(real)]
        words = text.lower().split()
        for i in range(len(words)):
            roll = rng.random()
            if roll < 0.3:
                words[i] = rng.choice(vocabulary[lang])
            elif roll < 0.55:
                words[i] = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
        out.append((f"synthetic-{n // 40}", lang, " ".join(words)))
    return out


def bench_scaling(kb: KnowledgeBase, factors: list[int], queries: list[str]) -> list[JSON]:
    rows = []
    rng = random.Random(7)
    for factor in factors:
        phrasings = synthetic_phrasings(kb, factor, rng)
        gc.collect()
        before = rss_mb()
        start = time.perf_counter()
        homes = {token: entry for token, entry in lexicon().homes().items() if entry in kb.entries}
        matcher = Matcher(phrasings, off_topic_words(), homes, kb.domain_tokens(), kb.neighbours())
        build_s = time.perf_counter() - start
        memory = rss_mb() - before
        _, samples = timed(matcher.match, queries)
        rows.append(
            {
                "factor": factor,
                "phrasings": len(phrasings),
                "build_s": round(build_s, 2),
                "index_mb": round(memory, 1),
                **percentiles(samples),
            }
        )
        del matcher, phrasings
        gc.collect()
    return rows
