#!/usr/bin/env python3
"""A burst of questions over OneBot v11 on loopback: does the bot answer every one, and how fast?

Starts `python -m bot` the way the end-to-end tests do (tests/onebot.py: OneBot adapter on a free loopback port, a
throw-away state folder, KAOWU_RATE_LIMIT=0 and KAOWU_SEND_INTERVAL=0), connects our OneBot bridge, sends
N questions from M members to the served group as fast as the socket takes them, and waits until each has
been answered (matched by the reply's quote of the question).

    python tools/bench_burst.py                      # 1000 questions from 500 members
    python tools/bench_burst.py -n 200 -m 50 --json

Prints the answered count, the time from the first question to the last answer, and the latency from each
question to its answer (p50 / p95 / max). Exit 0 when every question was answered.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.onebot import Bridge, free_port, start_bot, stop_bot  # noqa: E402

GROUP = 594707089

# Everyday questions of every kind the bot answers: schedule, FAQ, contacts, a clarification, a fallback.
QUESTIONS = [
    "中级实操几点开始",
    "准考证什么时候打印",
    "广东谁负责",
    "考试费用怎么交",
    "报名时间",
    "站点申报截止时间",
    "技术问题找谁",
    "成都的学校找谁",
    "考场编排时间",
    "初级考试哪天",
    "林贺负责哪些省",
    "考核方式是什么",
    "考试系统什么时候装",
    "备案表发给谁",
    "老师好，我们是山东的学校，想问一下准考证在哪里打印？谢谢",
    "火星上能考试吗",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def burst(port: int, questions: int, members: int, timeout: float) -> dict:
    sim = Bridge(port)
    await sim.connect(timeout=60)
    # one warm-up question, so start-up work (jieba's dictionary, first SQLite write) is not counted
    await sim.ask_group(GROUP, 1, QUESTIONS[0], first_timeout=10)
    sim.sent.clear()

    asked_at: dict[int, float] = {}
    start = time.monotonic()
    for i in range(questions):
        member = 100_000 + i % members
        message_id = await sim.group_message(GROUP, member, QUESTIONS[i % len(QUESTIONS)])
        asked_at[message_id] = time.monotonic()
    sent_all = time.monotonic()

    answered_at: dict[int, float] = {}
    deadline = sent_all + timeout
    seen = 0
    while len(answered_at) < questions and time.monotonic() < deadline:
        for s in sim.sent[seen:]:
            for seg in s.segments:
                if seg.get("type") == "reply":
                    mid = int(seg["data"]["id"])
                    if mid in asked_at and mid not in answered_at:
                        answered_at[mid] = s.at
        seen = len(sim.sent)
        await asyncio.sleep(0.01)
    await sim.close()

    latencies = [answered_at[m] - asked_at[m] for m in answered_at]
    last = max(answered_at.values()) if answered_at else float("nan")
    return {
        "questions": questions,
        "members": members,
        "answered": len(answered_at),
        "replies": len(sim.sent),
        "send_s": round(sent_all - start, 3),
        "all_answered_s": round(last - start, 3),
        "latency_ms_p50": round(statistics.median(latencies) * 1000, 1) if latencies else None,
        "latency_ms_p95": round(percentile(latencies, 0.95) * 1000, 1) if latencies else None,
        "latency_ms_max": round(max(latencies) * 1000, 1) if latencies else None,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--questions", type=int, default=1000)
    ap.add_argument("-m", "--members", type=int, default=500)
    ap.add_argument("--timeout", type=float, default=120, help="seconds to wait for the last answer")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="kaowu-burst-")
    port = free_port()
    log = os.path.join(tmp, "bot.log")
    proc = start_bot(port, Path(tmp), Path(log))
    try:
        result = asyncio.run(burst(port, args.questions, args.members, args.timeout))
    finally:
        stop_bot(proc)
    result["traceback_in_log"] = "Traceback" in Path(log).read_text(errors="replace")
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"answered {result['answered']}/{result['questions']} questions from {result['members']} members")
        print(f"burst sent in {result['send_s']} s; all answered {result['all_answered_s']} s after the first")
        print(
            f"latency p50 {result['latency_ms_p50']} ms, p95 {result['latency_ms_p95']} ms, "
            f"max {result['latency_ms_max']} ms (question sent to its answer, loopback)"
        )
        if result["traceback_in_log"]:
            print(f"the bot's log holds a traceback: {log}")
    ok = result["answered"] == result["questions"] and not result["traceback_in_log"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
