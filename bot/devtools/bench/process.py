"""Whole processes: start-up of `python -m bot run` until it polls (time and memory, with the
fake Bot API), and the progress pictures (render time per kind, and what matplotlib adds to
the resident memory), each measured in a fresh interpreter.

`python -m bot.devtools.bench.process charts N` is the pictures' child process.
"""

from __future__ import annotations

import compileall
import functools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bot.devtools.bench.matching import percentiles, rss_mb
from bot.devtools.fake_bot_api import TOKEN, FakeBotAPI

JSON = dict[str, Any]


def bench_startup(runs: int) -> JSON:
    """Seconds from `python -m bot run` to its first getUpdates, and its resident memory then:
    on a new database (the first start: its schema from the snapshot, and for reference made by
    Alembic's migrations) and again on the same one (a restart or a
    redeploy: the schema is current).

    The project's bytecode is compiled first, as `pip install` does for the image: a checkout
    installed in editable mode with PYTHONDONTWRITEBYTECODE set (as on this machine) would
    otherwise compile every module of `bot` and `knowledge` again at each start (~0.1 s)."""
    compiled = compile_project()
    first, migrated, again, uncached, memory = [], [], [], [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            seconds, _ = _start_once(tmp, {"SAIASAT_SCHEMA_SNAPSHOT": "off"})
            migrated.append(seconds)
        with tempfile.TemporaryDirectory() as tmp:
            seconds, rss = _start_once(tmp)
            first.append(seconds)
            seconds, rss = _start_once(tmp)
            again.append(seconds)
            memory.append(rss)
            seconds, _ = _start_once(tmp, {"SAIASAT_CACHE_DIR": "off"})
            uncached.append(seconds)
    return {
        "runs": runs,
        "seconds_to_first_poll": round(statistics.median(first), 3),
        "seconds_to_first_poll_schema_migrated": round(statistics.median(migrated), 3),
        "seconds_to_first_poll_restart": round(statistics.median(again), 3),
        "seconds_to_first_poll_restart_kb_built": round(statistics.median(uncached), 3),
        "rss_mb": round(statistics.median(memory), 1),
        "bytecode_compiled": compiled,
    }


def compile_project() -> bool:
    """Compile the `bot` and `knowledge` packages' bytecode where Python looks for it; False when
    that place cannot be written (then the starts compile as they load)."""
    import bot
    import knowledge

    return all(compileall.compile_dir(Path(pkg.__path__[0]), quiet=1) for pkg in (bot, knowledge))


def _start_once(tmp: str, extra: dict[str, str] | None = None) -> tuple[float, float]:
    """One start; the KB comes from its cache (knowledge.index_cache), which the benchmark's own
    process has written, unless `extra` turns it off."""
    fake = FakeBotAPI().start()
    env = {
        **os.environ,
        **(extra or {}),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_URL": f"sqlite:///{tmp}/s.sqlite3",
        "HEARTBEAT_FILE": f"{tmp}/heartbeat",
    }
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        fake.wait_for(functools.partial(fake.sent, "getUpdates"), timeout=60)
        return time.perf_counter() - start, rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        fake.stop()


def bench_charts(renders: int) -> JSON:
    out = subprocess.run(
        [sys.executable, "-m", "bot.devtools.bench.process", "charts", str(renders)], capture_output=True, text=True, check=True
    )
    result: JSON = json.loads(out.stdout)
    return result


def _charts_child(renders: int) -> JSON:
    """Each picture `renders` times with the data the bot would draw (the examples' data, the
    real map); the first render (matplotlib's import and font cache) reported on its own."""
    from knowledge.kb import default_kb

    kb = default_kb()
    before = rss_mb()
    start = time.perf_counter()
    from bot.charts.classview import render_class
    from bot.charts.essay_map import render_map
    from bot.charts.examples import example_class, example_stats
    from bot.charts.labels import map_data as localized_map
    from bot.charts.stats import render_stats

    map_data = localized_map(kb, "en")
    stats, klass = example_stats(), example_class()
    render_stats(stats)
    first = time.perf_counter() - start
    kinds = {"stats": lambda: render_stats(stats), "class": lambda: render_class(klass), "map": lambda: render_map(map_data)}
    rows: JSON = {}
    for name, draw in kinds.items():
        samples = []
        for _ in range(renders):
            t0 = time.perf_counter()
            draw()
            samples.append((time.perf_counter() - t0) * 1000)
        rows[name] = percentiles(samples)
    return {"renders": renders, "first_render_s": round(first, 2), "rss_added_mb": round(rss_mb() - before, 1), "kinds": rows}


if __name__ == "__main__" and sys.argv[1:2] == ["charts"]:
    print(json.dumps(_charts_child(int(sys.argv[2]))))
