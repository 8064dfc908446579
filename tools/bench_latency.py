#!/usr/bin/env python3
"""First-reply latency of our bot against a bare nonebot bot, side by side, over OneBot v11 on loopback.

Issue 3 asks that answering cost little beyond what nonebot itself costs. This starts, at the same time:
  (a) our bot, `python -m bot`, the way the end-to-end tests start it (tests/onebot.py; rate limit and pacing off);
  (b) a bare nonebot bot with the same driver and OneBot v11 adapter whose only matcher answers every
      message addressed to it with a fixed line (a throw-away script written to a temp folder).
Then it asks both the same question, alternating a/b so that load on the machine hits both alike, and
measures from sending the event to the first message back.

    python tools/bench_latency.py               # 60 samples each
    python tools/bench_latency.py -n 200 --question 广东谁负责
    python tools/bench_latency.py --commands 5  # the bare bot gets 5 command matchers checked before its echo

Prints p50 (and p90) for both and the ratio ours / bare (target ≤ 1.3). Exit 0 when the ratio is met.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_CASES = ROOT.parent / "shared" / "eval" / "dev_cases.yaml"  # optional: the acceptance dev set, when beside
sys.path.insert(0, str(ROOT))

from tests.onebot import Bridge, bot_env, free_port, start_bot, stop_bot  # noqa: E402

GROUP = 594707089

TARGET = 1.3

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


def default_question() -> str:
    """The first FAQ case of the acceptance dev set when it is beside the repo, else 考试时间."""
    if DEV_CASES.exists():
        import yaml

        for case in yaml.safe_load(DEV_CASES.read_text(encoding="utf-8")):
            if case.get("kind", "faq") == "faq":
                return str(case["q"])
    return "考试时间"


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


async def measure(ports: dict[str, int], question: str, samples: int) -> dict[str, list[float]]:
    sims = {name: Bridge(port) for name, port in ports.items()}
    for sim in sims.values():
        await sim.connect(timeout=60)
    for sim in sims.values():  # warm-up, not counted
        for _ in range(3):
            await first_reply(sim, question, 20001)
    out: dict[str, list[float]] = {name: [] for name in sims}
    for i in range(samples):
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
    ap.add_argument("-n", "--samples", type=int, default=60, help="questions per bot (at least 50)")
    ap.add_argument(
        "--question", default=None, help="what to ask (default: the dev set's first FAQ question, or 考试时间)"
    )
    ap.add_argument(
        "--commands",
        type=int,
        default=0,
        help="give the bare bot this many command matchers checked before its echo, to see nonebot's cost per "
        "matcher (ours has 5, but its question matcher runs first, so a question is checked by none of them)",
    )
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    question = args.question or default_question()

    folder = tempfile.mkdtemp(prefix="kaowu-latency-")
    ports = {"ours": free_port(), "bare": free_port()}
    procs = [
        start_bot(ports["ours"], Path(folder), Path(folder, "ours.log")),
        start_bare(ports["bare"], folder, args.commands),
    ]
    try:
        lat = asyncio.run(measure(ports, question, max(50, args.samples)))
    finally:
        for proc in procs:
            stop_bot(proc)

    def p(values: list[float], q: float) -> float | None:
        return round(statistics.quantiles(values, n=100)[int(q * 100) - 1] * 1000, 2) if len(values) > 1 else None

    result = {
        "question": question,
        "bare_commands": args.commands,
        "samples": {name: len(v) for name, v in lat.items()},
        "ours_ms_p50": round(statistics.median(lat["ours"]) * 1000, 2) if lat["ours"] else None,
        "bare_ms_p50": round(statistics.median(lat["bare"]) * 1000, 2) if lat["bare"] else None,
        "ours_ms_p90": p(lat["ours"], 0.9),
        "bare_ms_p90": p(lat["bare"], 0.9),
    }
    ratio = result["ours_ms_p50"] / result["bare_ms_p50"] if result["ours_ms_p50"] and result["bare_ms_p50"] else None
    result["ratio_p50"] = round(ratio, 3) if ratio else None
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"question: {question}  ({result['samples']['ours']} / {result['samples']['bare']} samples, alternating)")
        print(f"ours  p50 {result['ours_ms_p50']} ms  p90 {result['ours_ms_p90']} ms")
        print(
            f"bare  p50 {result['bare_ms_p50']} ms  p90 {result['bare_ms_p90']} ms   (nonebot + OneBot v11, fixed reply, {args.commands} extra command matchers)"
        )
        print(f"ratio ours/bare p50 {result['ratio_p50']} (target ≤ {TARGET})")
    return 0 if ratio is not None and ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
