#!/usr/bin/env python3
"""How fast an edit to faq.yaml reaches the group, measured over real OneBot v11.

Starts `python -m bot` on a free loopback port over a throw-away copy of data/, connects the OneBot
bridge from tests/onebot.py, then for each round saves a new entry (alternately in place
and through a temporary file renamed over faq.yaml, as vim does) and asks its question until the new answer
comes back. Last, it saves broken YAML and times the superuser's private message. Also times
`python -m bot check` on the shipped data. The contract allows 5 s for an edit.

    python tools/bench_reload.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import ROOT, STAFF, answered_after, copy_data

sys.path.insert(0, str(ROOT))
from tests.onebot import Bridge, free_port, start_bot, stop_bot

# Distinct questions: near-identical ones (第1号/第2号…) would rightly make the bot ask which one is meant.
QUESTIONS = [
    "考点停车场在哪里",
    "能带计算器进考场吗",
    "考场有没有饮水机",
    "考生可以提前交卷吗",
    "午饭在哪里吃",
    "可以带水杯吗",
]


async def bench(rounds: int, work: Path) -> None:
    data = copy_data(work)
    faq = data / "faq.yaml"
    port = free_port()
    proc = start_bot(port, work / "state", work / "bot.log", KAOWU_DATA_DIR=str(data))
    sim = Bridge(port)
    try:
        await sim.connect(timeout=60)
        took = []
        for i in range(rounds):
            question = QUESTIONS[i % len(QUESTIONS)]
            text = faq.read_text(encoding="utf-8") + (
                f"\n  - id: bench-{i}\n    questions: [{question}]\n    answer: 基准答案{i}。\n"
            )
            if i % 2:
                temp = data / ".faq.yaml.swp"
                temp.write_text(text, encoding="utf-8")
                os.replace(temp, faq)
            else:
                faq.write_text(text, encoding="utf-8")
            took.append(await answered_after(sim, time.monotonic(), question, f"基准答案{i}"))
        print(
            f"edit → new answer in the group: median {statistics.median(took):.2f} s, max {max(took):.2f} s "
            f"({rounds} saves, in place and by rename)"
        )

        start = time.monotonic()
        faq.write_text(faq.read_text(encoding="utf-8") + "  - id: x\n    questions: [a\n    answer: b\n", "utf-8")
        while not any(s.user_id == STAFF for s in sim.sent) and time.monotonic() - start < 10:
            await asyncio.sleep(0.05)
        print(
            f"broken save → superuser's private message: {time.monotonic() - start:.2f} s "
            "(includes the 1 s second look for editors still writing)"
        )
    finally:
        await sim.close()
        stop_bot(proc)

    start = time.monotonic()
    subprocess.run([sys.executable, "-m", "bot", "check", str(ROOT / "data")], cwd=ROOT, capture_output=True)
    print(f"python -m bot check on the shipped data: {time.monotonic() - start:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=len(QUESTIONS))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kaowu-bench-") as work:
        asyncio.run(bench(args.rounds, Path(work)))


if __name__ == "__main__":
    main()
