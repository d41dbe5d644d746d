"""`python -m bot bench`: measured figures, never asserted by the test suite.

a. the matcher on the real KB, next to peer methods over the same phrasings;
b. synthetic KBs 10x/100x/1000x the real phrasings: latency, index build time, memory;
c. updates per second through the real Application over an in-memory Bot API;
d. a daily-tip broadcast through the fake Bot API (tests/) with the rate limiter;
e. start-up time and resident memory of `python -m bot run` until it polls.
`--quick` runs small sizes (CI smoke run); `--json` prints one JSON object.
"""

from __future__ import annotations

import asyncio
import difflib
import gc
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from knowledge.evaluation import EVAL_DIR, load_cases
from knowledge.kb import KnowledgeBase, default_kb, off_topic_words
from knowledge.matcher import Matcher


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentiles(samples_ms: list[float]) -> dict:
    ordered = sorted(samples_ms)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"p50_ms": round(pick(0.50), 3), "p99_ms": round(pick(0.99), 3), "mean_ms": round(statistics.mean(ordered), 3)}


def timed(fn, items) -> tuple[list, list[float]]:
    results, samples = [], []
    for item in items:
        start = time.perf_counter()
        results.append(fn(item))
        samples.append((time.perf_counter() - start) * 1000)
    return results, samples


# -- a. matcher vs peers ------------------------------------------------------------------
def bench_matcher(kb: KnowledgeBase, quick: bool) -> dict:
    cases = [c for path in sorted(EVAL_DIR.glob("dev_*.yaml")) for c in load_cases(path)]
    in_scope = [c for c in cases if c.expect]
    out_scope = [c for c in cases if not c.expect]
    phrasings = kb.all_phrasings()
    texts = [t for _, _, t in phrasings]
    owners = [e for e, _, _ in phrasings]
    lowered = [utils.default_process(t) for t in texts]

    def ours(question):
        result = kb.matcher.match(question)
        return result.entry_id

    def naive_wratio(question):
        found = process.extractOne(question, texts, scorer=fuzz.WRatio)
        return owners[found[2]] if found else None

    def difflib_best(question):  # ChatterBot's comparison: SequenceMatcher over every statement
        q = question.lower()
        best = max(range(len(lowered)), key=lambda i: difflib.SequenceMatcher(None, q, lowered[i]).ratio())
        return owners[best]

    methods = {"saiasat": ours, "rapidfuzz WRatio extractOne (naive)": naive_wratio, "difflib SequenceMatcher (ChatterBot)": difflib_best}
    try:
        import bm25s

        tokenized = bm25s.tokenize(texts, stopwords="en", show_progress=False)
        retriever = bm25s.BM25()
        retriever.index(tokenized, show_progress=False)

        def bm25(question):
            docs, _ = retriever.retrieve(bm25s.tokenize([question], stopwords="en", show_progress=False), k=1, show_progress=False)
            return owners[int(docs[0][0])]

        methods["BM25 (bm25s)"] = bm25
    except Exception as exc:  # not installed: the table says so
        methods_note = f"bm25s unavailable: {type(exc).__name__}"
    else:
        methods_note = ""
    sample = in_scope[:60] if quick else in_scope
    rows = {}
    for name, fn in methods.items():
        if name.startswith("difflib") and quick:
            run = sample[:15]
        else:
            run = sample
        answers, samples = timed(fn, [c.question for c in run])
        correct = sum(a in c.expect for a, c in zip(answers, run))
        row = {"questions": len(run), "top1_accuracy": round(correct / len(run), 3), **percentiles(samples)}
        if name == "saiasat":
            rejected = sum(ours(c.question) is None for c in out_scope)
            row["out_of_scope_rejection"] = round(rejected / max(1, len(out_scope)), 3)
        rows[name] = row
    base = rows["saiasat"]
    for name, row in rows.items():
        row["speedup_vs_difflib"] = round(rows["difflib SequenceMatcher (ChatterBot)"]["mean_ms"] / row["mean_ms"], 1) if row["mean_ms"] else None
    base["accuracy_gain_vs_naive_points"] = round(100 * (base["top1_accuracy"] - rows["rapidfuzz WRatio extractOne (naive)"]["top1_accuracy"]), 1)
    return {"phrasings": len(texts), "methods": rows, "note": methods_note}


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
        entry, lang, text = real[n % len(real)]
        words = text.lower().split()
        for i in range(len(words)):
            roll = rng.random()
            if roll < 0.3:
                words[i] = rng.choice(vocabulary[lang])
            elif roll < 0.55:
                words[i] = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
        out.append((f"synthetic-{n // 40}", lang, " ".join(words)))
    return out


def bench_scaling(kb: KnowledgeBase, factors: list[int], queries: list[str]) -> list[dict]:
    rows = []
    rng = random.Random(7)
    for factor in factors:
        phrasings = synthetic_phrasings(kb, factor, rng)
        gc.collect()
        before = rss_mb()
        start = time.perf_counter()
        matcher = Matcher(phrasings, off_topic_words())
        build_s = time.perf_counter() - start
        memory = rss_mb() - before
        _, samples = timed(matcher.match, queries)
        rows.append({"factor": factor, "phrasings": len(phrasings), "build_s": round(build_s, 2),
                     "index_mb": round(memory, 1), **percentiles(samples)})
        del matcher, phrasings
        gc.collect()
    return rows


# -- c. update throughput --------------------------------------------------------------------
async def _updates_per_second(count: int) -> dict:
    from telegram import Update

    from bot.app import build_application
    from bot.offline import OFFLINE_TOKEN, OfflineBotAPI
    from bot.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(telegram_bot_token=OFFLINE_TOKEN, database_url=f"sqlite:///{tmp}/bench.sqlite3",
                            flood_messages=10**9, rate_limit_per_second=10**7, overlay_path=f"{tmp}/overlay.yaml", _env_file=None)
        open_poll: dict[int, str] = {}  # chat -> the quiz poll waiting for an answer

        def on_send(method: str, message: dict) -> None:
            if method == "sendPoll":
                open_poll[message["chat"]["id"]] = message["poll"]["id"]

        app = build_application(settings, request=OfflineBotAPI(on_send), updater=False)
        await app.initialize()
        await app.post_init(app)
        players = 150
        questions = ["what is political modernization", "who was marcus aurelius", "три измерения политического развития",
                     "саяси партиялар кімнің мүддесін білдіреді", "daniel bell industrial societies", "democracy basis civilization"]
        user = lambda i: {"id": 10_000 + i % players, "is_bot": False, "first_name": "U", "language_code": "en"}  # noqa: E731
        chat = lambda i: {"id": 10_000 + i % players, "type": "private"}  # noqa: E731
        bot_message = {"message_id": 1, "date": 0, "chat": {"id": 10_000, "type": "private"}, "text": "x",
                       "from": {"id": 100000, "is_bot": True, "first_name": "S"}}

        def message(i: int, text: str) -> dict:
            entities = [{"type": "bot_command", "offset": 0, "length": text.find(" ") if " " in text else len(text)}] if text.startswith("/") else []
            return {"message": {"message_id": i, "date": 0, "chat": chat(i), "from": user(i), "text": text, "entities": entities}}

        def answer(i: int) -> dict:
            return {"poll_answer": {"poll_id": open_poll[10_000 + i % players], "user": user(i), "option_ids": [0], "option_persistent_ids": ["0"]}}

        kinds = {
            "question": lambda i: message(i, questions[i % len(questions)]),
            "callback": lambda i: {"callback_query": {"id": str(i), "from": user(i), "chat_instance": "c", "message": bot_message, "data": "e:modernization-definition"}},
            "poll_answer": answer,
        }
        rounds = max(1, count // players)
        results = {}
        try:
            for i in range(players):  # open a quiz round for each player (not timed)
                await app.process_update(Update.de_json({"update_id": i, **message(i, f"/quiz {min(20, rounds)}")}, app.bot))
            for kind, make in kinds.items():
                n = players * min(20, rounds) if kind == "poll_answer" else count
                start = time.perf_counter()
                for i in range(n):
                    await app.process_update(Update.de_json({"update_id": i, **make(i)}, app.bot))
                results[kind] = round(n / (time.perf_counter() - start))
        finally:
            await app.shutdown()
            await app.post_shutdown(app)
        results["all_updates_per_s"] = round(statistics.harmonic_mean(list(results.values())))
        return results


# -- d. broadcast --------------------------------------------------------------------------------
async def _broadcast(subscribers: int, rate: float) -> dict:
    """Daily tips to every subscriber through the fake Bot API, run in its own process (as
    Telegram is) and allowing 10% over the configured rate before it answers 429."""
    import httpx

    from bot.app import build_application
    from bot.handlers.tips import deliver_daily_tip
    from bot.settings import Settings

    root = Path(__file__).resolve().parent.parent
    fake = subprocess.Popen([sys.executable, "-m", "tests.fake_bot_api", str(rate * 1.1)], cwd=root, stdout=subprocess.PIPE, text=True)
    base_url = fake.stdout.readline().strip()
    token = "123456789:AAF-fake-token-for-tests_0123456789abc"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(telegram_bot_token=token, telegram_api_base_url=base_url, database_url=f"sqlite:///{tmp}/b.sqlite3",
                                rate_limit_per_second=rate, overlay_path=f"{tmp}/o.yaml", _env_file=None)
            app = build_application(settings)
            await app.initialize()
            storage = app.bot_data["services"].storage
            await storage.migrate()
            for user_id in range(1, subscribers + 1):
                await storage.subscribe(user_id, user_id, "09:00", "UTC", "en")
            try:
                semaphore = asyncio.Semaphore(64)

                async def one(user_id: int) -> bool:
                    async with semaphore:
                        return await deliver_daily_tip(app, user_id)

                start = time.perf_counter()
                sent = sum(await asyncio.gather(*(one(u) for u in range(1, subscribers + 1))))
                elapsed = time.perf_counter() - start
            finally:
                await app.shutdown()
        stats = httpx.get(base_url.rsplit("/bot", 1)[0] + "/_stats").json()
    finally:
        fake.terminate()
        fake.wait(timeout=10)
    achieved = sent / elapsed
    return {"subscribers": subscribers, "sent": sent, "received": stats["sendMessage"], "max_per_chat": stats["max_per_chat"],
            "seconds": round(elapsed, 1), "configured_rate_per_s": rate, "achieved_rate_per_s": round(achieved, 1),
            "fraction_of_limit": round(achieved / rate, 3), "http_429": stats["http_429"]}


# -- e. start-up -----------------------------------------------------------------------------------
def bench_startup(runs: int) -> dict:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.fake_bot_api import TOKEN, FakeBotAPI

    times, memory = [], []
    for _ in range(runs):
        fake = FakeBotAPI().start()
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake.base_url,
                   "DATABASE_URL": f"sqlite:///{tmp}/s.sqlite3", "OVERLAY_PATH": f"{tmp}/o.yaml"}
            start = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                fake.wait_for(lambda: fake.sent("getUpdates"), timeout=60)
                times.append(time.perf_counter() - start)
                memory.append(rss_mb(proc.pid))
            finally:
                proc.terminate()
                proc.wait(timeout=30)
                fake.stop()
    return {"runs": runs, "seconds_to_first_poll": round(statistics.median(times), 3), "rss_mb": round(statistics.median(memory), 1)}


def run_bench(quick: bool = False) -> dict:
    kb = default_kb()
    queries = [c.question for path in sorted(EVAL_DIR.glob("dev_*.yaml")) for c in load_cases(path)]
    report = {
        "machine": {"python": platform.python_version(), "cpu": _cpu(), "cores": os.cpu_count(), "system": platform.platform()},
        "quick": quick,
        "matcher": bench_matcher(kb, quick),
        "scaling": bench_scaling(kb, [1, 10] if quick else [1, 10, 100, 1000], queries[:50] if quick else queries),
        "updates": asyncio.run(_updates_per_second(200 if quick else 3000)),
        "broadcast": asyncio.run(_broadcast(200 if quick else 10_000, 100.0 if quick else 150.0)),
        "startup": bench_startup(1 if quick else 5),
    }
    return report


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def format_report(report: dict) -> str:
    m = report["machine"]
    lines = [f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}" + (" (quick run)" if report["quick"] else ""), ""]
    lines.append(f"a. Matcher on the real KB ({report['matcher']['phrasings']} phrasings), dev set, all languages")
    lines.append(f"   {'method':40} {'top-1':>6} {'p50 ms':>8} {'p99 ms':>8} {'vs difflib':>10}")
    for name, row in report["matcher"]["methods"].items():
        lines.append(f"   {name:40} {row['top1_accuracy']:6.3f} {row['p50_ms']:8.3f} {row['p99_ms']:8.3f} {row['speedup_vs_difflib'] or 0:9.1f}x")
    ours = report["matcher"]["methods"]["saiasat"]
    lines.append(f"   saiasat: +{ours['accuracy_gain_vs_naive_points']} points over naive WRatio; out-of-scope rejection {ours['out_of_scope_rejection']}")
    if report["matcher"]["note"]:
        lines.append("   " + report["matcher"]["note"])
    lines += ["", "b. Scaling (synthetic KBs)", f"   {'size':>6} {'phrasings':>10} {'build s':>8} {'index MB':>9} {'p50 ms':>8} {'p99 ms':>8}"]
    for row in report["scaling"]:
        lines.append(f"   {row['factor']:>5}x {row['phrasings']:>10} {row['build_s']:8.2f} {row['index_mb']:9.1f} {row['p50_ms']:8.3f} {row['p99_ms']:8.3f}")
    u = report["updates"]
    lines += ["", f"c. Updates/s in-process: questions {u['question']}, callbacks {u['callback']}, quiz answers {u['poll_answer']} (harmonic mean {u['all_updates_per_s']})"]
    b = report["broadcast"]
    lines += [f"d. Broadcast: {b['sent']}/{b['subscribers']} tips in {b['seconds']} s = {b['achieved_rate_per_s']}/s of {b['configured_rate_per_s']}/s configured "
              f"({100 * b['fraction_of_limit']:.1f}%), {b['http_429']} x 429"]
    s = report["startup"]
    lines += [f"e. Start-up: {s['seconds_to_first_poll']} s to the first getUpdates, RSS {s['rss_mb']} MB (median of {s['runs']})"]
    return "\n".join(lines)
