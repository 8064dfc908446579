#!/usr/bin/env python3
"""First-reply latency of our bot against a bare nonebot bot, side by side, over OneBot v11 on loopback.

Answering should cost little beyond what nonebot itself costs (issue 11: p50 ≤ bare + 20 ms, p95 ≤ bare + 60 ms).
This starts, at the same time:
  (a) our bot, `python -m bot`, the way the end-to-end tests start it (tests/onebot.py; rate limit and pacing off);
  (b) a bare nonebot bot with the same driver and OneBot v11 adapter whose only matcher answers every
      message addressed to it with a fixed line (a throw-away script written to a temp folder).
Then it asks both the same question, alternating a/b so that load on the machine hits both alike, and
measures from sending the event to the first message back. Every sample is a different question (the
evaluation sets in tests/eval/), so no cache of a repeated question flatters the figures.

    python tools/bench_latency.py               # 300 distinct questions each
    python tools/bench_latency.py -n 100 --question 广东谁负责   # one question repeated, as before
    python tools/bench_latency.py --commands 5  # the bare bot gets 5 command matchers checked before its echo

Prints p50 and p95 for both and ours − bare. Exit 0 when both targets are met.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL_SETS = ROOT / "tests" / "eval"
sys.path.insert(0, str(ROOT))

from tests.onebot import Bridge, bot_env, free_port, start_bot, stop_bot  # noqa: E402

GROUP = 594707089

TARGET_P50_MS = 20.0  # ours − bare
TARGET_P95_MS = 60.0

BARE_BOT = """
import nonebot
from nonebot import on_command, on_message
from nonebot.adapters.onebot.v11 import Adapter, Bot, Message, MessageEvent, MessageSegment
from nonebot.rule import to_me

nonebot.init()
nonebot.get_driver().register_adapter(Adapter)

for name in {commands!r}:  # --commands: as many command matchers as our bot has, checked before the echo
    on_command(name, priority=5, block=True)

echo = on_message(rule=to_me(), priority=50, block=True)


@echo.handle()
async def _(bot: Bot, event: MessageEvent) -> None:
    await bot.send(event, Message([MessageSegment.reply(event.message_id), MessageSegment.text("收到。")]))


nonebot.run()
"""


def distinct_questions(n: int) -> list[str]:
    """`n` different questions from the evaluation sets (FAQ, contacts, negatives alike), in a fixed shuffle."""
    import yaml

    seen: dict[str, None] = {}
    for path in sorted(EVAL_SETS.glob("*.yaml")):
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in cases if isinstance(cases, list) else []:
            if isinstance(case, dict) and str(case.get("q", "")).strip():
                seen.setdefault(str(case["q"]).strip())
    pool = list(seen)
    random.Random(11).shuffle(pool)
    if len(pool) < n:
        raise SystemExit(f"only {len(pool)} distinct questions in {EVAL_SETS}; ask for at most that many")
    return pool[:n]


def start_bare(port: int, folder: str, commands: int = 0) -> subprocess.Popen:
    script = Path(folder, "bare_bot.py")
    script.write_text(BARE_BOT.replace("{commands!r}", repr([f"cmd{i}" for i in range(commands)])), encoding="utf-8")
    # the same nonebot settings our bot runs with in chat_eval, but none of its own
    env = {k: v for k, v in bot_env(port, Path(folder)).items() if not k.startswith("KAOWU_")}
    log = open(Path(folder, "bare.log"), "ab")  # noqa: SIM115 - the child process writes it until stopped
    return subprocess.Popen(
        [sys.executable, str(script)],
        cwd=folder,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )


async def first_reply(sim: Bridge, question: str, member: int) -> float | None:
    since = len(sim.sent)
    t0 = time.perf_counter()
    await sim.group_message(GROUP, member, question)
    if await sim.next_sent(since, timeout=5.0) is None:
        return None
    return time.perf_counter() - t0


async def measure(ports: dict[str, int], questions: list[str]) -> dict[str, list[float]]:
    sims = {name: Bridge(port) for name, port in ports.items()}
    for sim in sims.values():
        await sim.connect(timeout=60)
    for sim in sims.values():  # warm-up, not counted (and not one of the measured questions)
        for _ in range(3):
            await first_reply(sim, "考试时间", 20001)
    out: dict[str, list[float]] = {name: [] for name in sims}
    for i, question in enumerate(questions):
        order = list(sims) if i % 2 == 0 else list(reversed(sims))
        for name in order:
            latency = await first_reply(sims[name], question, 20001)
            if latency is not None:
                out[name].append(latency)
            await asyncio.sleep(0.05)
    for sim in sims.values():
        await sim.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--samples", type=int, default=300, help="questions per bot (at least 50)")
    ap.add_argument("--question", default=None, help="ask this one question every time instead of distinct ones")
    ap.add_argument(
        "--commands",
        type=int,
        default=0,
        help="give the bare bot this many command matchers checked before its echo, to see nonebot's cost per "
        "matcher (ours has 5, but its question matcher runs first, so a question is checked by none of them)",
    )
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    n = max(50, args.samples)
    questions = [args.question] * n if args.question else distinct_questions(n)

    folder = tempfile.mkdtemp(prefix="kaowu-latency-")
    ports = {"ours": free_port(), "bare": free_port()}
    procs = [
        start_bot(ports["ours"], Path(folder), Path(folder, "ours.log")),
        start_bare(ports["bare"], folder, args.commands),
    ]
    try:
        lat = asyncio.run(measure(ports, questions))
    finally:
        for proc in procs:
            stop_bot(proc)

    def ms(values: list[float], q: float) -> float | None:
        if len(values) < 2:
            return None
        return round(statistics.quantiles(values, n=100, method="inclusive")[round(q * 100) - 1] * 1000, 2)

    result: dict = {
        "questions": "distinct" if not args.question else f"repeated: {args.question}",
        "bare_commands": args.commands,
        "samples": {name: len(v) for name, v in lat.items()},
    }
    for name in ("ours", "bare"):
        result[f"{name}_ms_p50"] = ms(lat[name], 0.50)
        result[f"{name}_ms_p95"] = ms(lat[name], 0.95)
    for q in ("p50", "p95"):
        ours, bare = result[f"ours_ms_{q}"], result[f"bare_ms_{q}"]
        result[f"extra_ms_{q}"] = round(ours - bare, 2) if ours is not None and bare is not None else None
    lost = len(questions) - result["samples"]["ours"]
    checks = {
        f"p50 ≤ bare + {TARGET_P50_MS:g} ms": result["extra_ms_p50"] is not None
        and result["extra_ms_p50"] <= TARGET_P50_MS,
        f"p95 ≤ bare + {TARGET_P95_MS:g} ms": result["extra_ms_p95"] is not None
        and result["extra_ms_p95"] <= TARGET_P95_MS,
        "every question answered within 5 s": lost == 0,
    }
    if args.json:
        print(json.dumps(result | {"checks": checks}, ensure_ascii=False))
    else:
        print(f"{result['questions']} questions ({result['samples']['ours']} / {result['samples']['bare']} samples)")
        print(f"ours  p50 {result['ours_ms_p50']} ms  p95 {result['ours_ms_p95']} ms")
        print(
            f"bare  p50 {result['bare_ms_p50']} ms  p95 {result['bare_ms_p95']} ms   "
            f"(nonebot + OneBot v11, fixed reply, {args.commands} extra command matchers)"
        )
        print(f"ours − bare: p50 {result['extra_ms_p50']} ms, p95 {result['extra_ms_p95']} ms")
        for name, ok in checks.items():
            print(f"{'ok  ' if ok else 'FAIL'} {name}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
