#!/usr/bin/env python3
"""From a superuser's 确认 in the chat to the new answer in the group, over real OneBot v11.

Starts `python -m bot` on a free loopback port over a throw-away copy of data/, connects the OneBot stand-in
from ../shared/tools/onebot_sim.py, and for each round walks a superuser through `/faq add` in a private
chat (questions, answer, preview), sends 确认, and from that moment has a member ask the new question in the
group until the new answer comes back. Also times `/faq learn` (one message) the same way. Issue 13 allows
2 s from confirm to the new answer.

    python tools/bench_teach.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))
GROUP, MEMBER, STAFF = 594707089, 20001, 900001
BUDGET = 2.0
# Distinct questions, each a new topic, so the new entry is the clear answer.
QUESTIONS = [
    ("考点停车场在哪里", "考点东门有临时停车位"),
    ("考场有没有饮水机", "考场走廊有饮水机"),
    ("午饭在哪里吃", "考点食堂中午开放"),
    ("可以带水杯进考场吗", "可以带透明水杯"),
    ("考场有空调吗", "每个考场都有空调"),
    ("考点有没有储物柜", "考点一楼有储物柜"),
]
LEARNED = [("考场能停车吗", "exam-venue", "通知没有写具体考试地点"), ("考试费能不能刷卡", "fees", "打印准考证前缴纳")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def staff(sim, text: str) -> str:
    replies = await sim.ask_private(STAFF, text, first_timeout=10, quiet=0.05)
    return "\n".join(r.text for r in replies)


async def answered_after(sim, start: float, question: str, wanted: str, limit: float = 10) -> float:
    """Seconds from `start` until a member's `question` in the group is answered with `wanted`."""
    while time.monotonic() - start < limit:
        replies = await sim.ask_group(GROUP, MEMBER, question, first_timeout=3, quiet=0.02)
        if replies and wanted in replies[0].text:
            return time.monotonic() - start
    return float("inf")


async def confirm_to_answer(sim, start_event: str, question: str, wanted: str) -> tuple[float, float]:
    """(seconds until the staff member is told it is saved, seconds until the group gets the new answer)."""
    sim.drain()
    start = time.monotonic()
    await sim.private_message(STAFF, start_event)
    told = await sim.collect(first_timeout=10, quiet=0.0)
    saved = time.monotonic() - start
    if not told or "已写入" not in told[0].text:
        raise SystemExit(f"not saved: {[t.text for t in told]}")
    return saved, await answered_after(sim, start, question, wanted)


async def bench(rounds: int, work: Path) -> int:
    from onebot_sim import OneBotSim

    data = work / "data"
    shutil.copytree(ROOT / "data", data)
    port = free_port()
    env = dict(os.environ) | {
        "KAOWU_ADAPTERS": "onebot",
        "DRIVER": "~fastapi+~websockets",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "KAOWU_GROUPS": json.dumps([GROUP]),
        "KAOWU_DATA_DIR": str(data),
        "KAOWU_STATE_DIR": str(work / "state"),
        "SUPERUSERS": json.dumps([str(STAFF)]),
        "KAOWU_RATE_LIMIT": "0",
        "KAOWU_SEND_INTERVAL": "0",
        "LOG_LEVEL": "WARNING",
    }
    with open(work / "bot.log", "ab") as log:
        proc = subprocess.Popen([sys.executable, "-m", "bot"], cwd=ROOT, env=env, stdout=log, stderr=log)
    sim = OneBotSim(port)
    try:
        await sim.connect(timeout=60)
        await sim.ask_group(GROUP, MEMBER, "考试费怎么交", first_timeout=10)  # warm-up
        adds, add_saves = [], []
        for i in range(rounds):
            question, answer = QUESTIONS[i % len(QUESTIONS)]
            await staff(sim, f"/faq add bench-{i}")
            await staff(sim, question)
            await staff(sim, f"{answer}（{i}）")
            saved, took = await confirm_to_answer(sim, "确认", question, f"{answer}（{i}）")
            add_saves.append(saved)
            adds.append(took)
        learns, learn_saves = [], []
        for question, entry, wanted in LEARNED:
            saved, took = await confirm_to_answer(sim, f"/faq learn 「{question}」 {entry}", question, wanted)
            learn_saves.append(saved)
            learns.append(took)
    finally:
        await sim.close()
        proc.terminate()
        proc.wait(10)
    print(
        f"/faq add 确认 → staff told it is saved: median {statistics.median(add_saves):.2f} s, "
        f"max {max(add_saves):.2f} s ({rounds} rounds)"
    )
    print(
        f"/faq add 确认 → new answer in the group: median {statistics.median(adds):.2f} s, max {max(adds):.2f} s "
        f"(budget {BUDGET:g} s)"
    )
    print(
        f"/faq learn → staff told: {', '.join(f'{t:.2f} s' for t in learn_saves)}; "
        f"answered in the group: {', '.join(f'{t:.2f} s' for t in learns)}"
    )
    return 0 if max(adds + learns) <= BUDGET else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kaowu-teach-") as work:
        return asyncio.run(bench(args.rounds, Path(work)))


if __name__ == "__main__":
    sys.exit(main())
