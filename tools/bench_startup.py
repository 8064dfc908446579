#!/usr/bin/env python3
"""Start-up to ready, and the running bot's memory, over OneBot v11 on loopback.

Starts `python -m bot` the way the end-to-end tests do (tests/onebot.py) on one state folder, several times:
the first start fills the embedding cache in KAOWU_STATE_DIR (cold), the others find it there (warm). For
each start it measures, from the moment the process is spawned:
  - listening: `GET /healthz` answers 200;
  - ready: a bridge that dials from the start (as NapCat does, every 0.2 s) has its first question answered.
Then, on the last start, it asks distinct questions (the evaluation sets in tests/eval/) and reads the
process's resident memory from /proc: after the first answer, after the questions, and its peak.

    python tools/bench_startup.py                  # 1 cold + 3 warm starts, 200 questions for the memory
    python tools/bench_startup.py --warm 5 --json

Exit 0 when every warm start is ready within 4 s (issue 11) and the peak RSS is at most 250 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from bench_latency import distinct_questions  # noqa: E402

from tests.onebot import Bridge, free_port, start_bot, stop_bot, wait_for_http  # noqa: E402

GROUP = 594707089
READY_TARGET_S = 4.0
RSS_TARGET_MB = 250.0


def memory_mb(pid: int) -> dict[str, float]:
    """VmRSS (now) and VmHWM (peak) of a process, in MB."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = round(int(value.split()[0]) / 1024, 1)
    return out


async def _listening(port: int, t0: float) -> float | None:
    """Seconds from `t0` until GET /healthz answers 200."""
    status, _ = await wait_for_http(port, timeout=120)
    return round(time.monotonic() - t0, 2) if status == 200 else None


async def one_start(state: Path, log: Path, questions: list[str]) -> dict:
    port = free_port()
    t0 = time.monotonic()
    proc = start_bot(port, state, log)
    try:
        listening = asyncio.create_task(_listening(port, t0))
        bridge = Bridge(port)
        await bridge.connect(timeout=120)
        reply = await bridge.ask_group(GROUP, 20001, "考试时间", first_timeout=60, quiet=0.0)
        result: dict = {"ready_s": round(time.monotonic() - t0, 2) if reply else None}
        result["listening_s"] = await listening
        if questions:
            result["rss_mb_ready"] = memory_mb(proc.pid)["VmRSS"]
            for i, q in enumerate(questions):
                await bridge.ask_group(GROUP, 30000 + i, q, first_timeout=10, quiet=0.0)
            after = memory_mb(proc.pid)
            result[f"rss_mb_after_{len(questions)}_questions"] = after["VmRSS"]
            result["rss_mb_peak"] = after["VmHWM"]
        await bridge.close()
        return result
    finally:
        stop_bot(proc)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--warm", type=int, default=3, help="warm starts after the cold one")
    ap.add_argument("-n", "--questions", type=int, default=200, help="distinct questions asked before reading RSS")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="kaowu-startup-"))
    runs = []
    for i in range(1 + args.warm):
        last = i == args.warm
        questions = distinct_questions(args.questions) if last else []
        runs.append(asyncio.run(one_start(folder / "state", folder / "bot.log", questions)))
    cold, warm = runs[0], runs[1:]
    result = {
        "cold": cold,
        "warm_ready_s": [r["ready_s"] for r in warm],
        "warm_listening_s": [r["listening_s"] for r in warm],
        **{k: v for k, v in runs[-1].items() if k.startswith("rss")},
    }
    ready = [r for r in result["warm_ready_s"] if r is not None]
    checks = {
        f"every warm start ready within {READY_TARGET_S:g} s": len(ready) == len(warm)
        and max(ready, default=float("inf")) <= READY_TARGET_S,
        f"peak RSS ≤ {RSS_TARGET_MB:g} MB": result.get("rss_mb_peak", float("inf")) <= RSS_TARGET_MB,
    }
    if args.json:
        print(json.dumps(result | {"checks": checks}, ensure_ascii=False))
    else:
        print(f"cold start (embedding cache empty): listening {cold['listening_s']} s, ready {cold['ready_s']} s")
        print(f"warm starts: listening {result['warm_listening_s']} s, ready {result['warm_ready_s']} s")
        memory = [
            f"{k.removeprefix('rss_mb_').replace('_', ' ')} {v} MB" for k, v in result.items() if k.startswith("rss")
        ]
        print("RSS: " + ", ".join(memory))
        for name, ok in checks.items():
            print(f"{'ok  ' if ok else 'FAIL'} {name}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
