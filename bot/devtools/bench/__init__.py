"""`python -m bot bench`: measured figures, side by side in one run, never asserted by the tests.

a. the matcher on the real KB next to peer methods (bot.devtools.bench.matching);
b. synthetic KBs 10x-1000x the real phrasings;
c. updates and tips per second in one process, python-telegram-bot's own ceiling next to
   Saiasat's, on SQLite and PostgreSQL, with the database work per update (.updates);
d. start-up and the progress pictures (.process).
`--quick` runs small sizes (CI's smoke run); `--json` prints one JSON object. PostgreSQL is
measured when a server URL is given (`--postgres`, default $TEST_POSTGRES_URL): a throw-away
database is created on it and dropped after.
"""

from __future__ import annotations

import asyncio
import gc
import os
import platform
from pathlib import Path
from typing import Any

from bot.devtools.bench.matching import bench_matcher, bench_scaling, dev_cases
from bot.devtools.bench.process import bench_charts, bench_startup
from bot.devtools.bench.updates import bench_updates
from knowledge.kb import default_kb

JSON = dict[str, Any]


def run_bench(quick: bool = False, postgres_server: str | None = None) -> JSON:
    kb = default_kb()
    queries = [c.question for c in dev_cases()]
    # what start-up loaded is frozen, as the bot freezes it once ready (bot/runtime/lifecycle.py): else a full
    # collection over the KB and its index lands inside whichever timed question comes when it falls due
    gc.freeze()
    return {
        "machine": {"python": platform.python_version(), "cpu": _cpu(), "cores": os.cpu_count(), "system": platform.platform()},
        "quick": quick,
        "matcher": bench_matcher(kb, quick),
        "scaling": bench_scaling(kb, [1, 10] if quick else [1, 10, 100, 1000], queries[:50] if quick else queries),
        "updates": asyncio.run(bench_updates(300 if quick else 3000, postgres_server)),
        "startup": bench_startup(1 if quick else 5),
        "charts": bench_charts(3 if quick else 30),
    }


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def format_report(report: JSON) -> str:
    m = report["machine"]
    lines = [f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}" + (" (quick run)" if report["quick"] else ""), ""]
    lines.append(f"a. Matcher on the real KB ({report['matcher']['phrasings']} phrasings), dev sets, all languages")
    lines.append(f"   {'method':40} {'top-1':>6} {'mean ms':>8} {'p50 ms':>8} {'p99 ms':>8} {'vs difflib':>10}")
    for name, row in report["matcher"]["methods"].items():
        lines.append(
            f"   {name:40} {row['top1_accuracy']:6.3f} {row['mean_ms']:8.3f} {row['p50_ms']:8.3f} {row['p99_ms']:8.3f} "
            f"{row['speedup_vs_difflib'] or 0:9.1f}x"
        )
    ours = report["matcher"]["methods"]["saiasat (uncached)"]
    lines.append(
        f"   saiasat: +{ours['accuracy_gain_vs_naive_points']} points over naive WRatio; "
        f"out-of-scope rejection {ours['out_of_scope_rejection']}"
    )
    if report["matcher"]["note"]:
        lines.append("   " + report["matcher"]["note"])
    lines += [
        "",
        "b. Scaling (synthetic KBs)",
        f"   {'size':>6} {'phrasings':>10} {'build s':>8} {'index MB':>9} {'p50 ms':>8} {'p99 ms':>8}",
    ]
    for row in report["scaling"]:
        lines.append(
            f"   {row['factor']:>5}x {row['phrasings']:>10} {row['build_s']:8.2f} {row['index_mb']:9.1f} "
            f"{row['p50_ms']:8.3f} {row['p99_ms']:8.3f}"
        )
    u = report["updates"]
    lines += [
        "",
        "c. Updates per second in one process (in-memory Bot API, per-chat limits lifted; durable inbox on)",
        f"   python-telegram-bot, no-op handler: {u['ptb_noop']}/s (1.00); one reply_text: {u['ptb_one_reply']}/s "
        f"({u['ptb_one_reply'] / u['ptb_noop']:.2f})",
        "   (each rate next to PTB's no-op ceiling measured right before and after it: 'PTB /s', 'vs PTB')",
        f"   {'backend':11} {'kind':12} {'per s':>7} {'PTB /s':>7} {'vs PTB':>7} {'reads':>6} {'tx':>5} {'stmts':>6} {'commits':>8} {'hand-offs':>10}",
    ]
    for backend, rows in u["backends"].items():
        for kind, row in rows.items():
            lines.append(
                f"   {backend:11} {kind:12} {row['per_second']:7} {row['ptb_noop']:7} {row['vs_ptb_noop']:7.3f} {row.get('reads', ''):>6} "
                f"{row.get('transactions', ''):>5} {row.get('statements_in_transactions', ''):>6} "
                f"{row.get('commits', ''):>8} {row.get('thread_handoffs', ''):>10}"
            )
    if "postgresql" not in u["backends"]:
        lines.append("   (PostgreSQL: give --postgres URL or set TEST_POSTGRES_URL)")
    s = report["startup"]
    lines += [
        "",
        f"d. Start-up: {s['seconds_to_first_poll']} s to the first getUpdates on a new database "
        f"({s['seconds_to_first_poll_schema_migrated']} s with its schema made by Alembic, not the snapshot), "
        f"{s['seconds_to_first_poll_restart']} s on restart ({s['seconds_to_first_poll_restart_kb_built']} s with the KB built, "
        f"not read from its cache); RSS {s['rss_mb']} MB (median of {s['runs']})",
    ]
    c = report["charts"]
    kinds = ", ".join(f"{name} p50 {row['p50_ms']:.0f} ms / p95 {row['p95_ms']:.0f} ms" for name, row in c["kinds"].items())
    lines.append(
        f"   Pictures ({c['renders']} renders each): {kinds}; first render {c['first_render_s']} s, "
        f"matplotlib adds {c['rss_added_mb']} MB RSS"
    )
    return "\n".join(lines)
