#!/usr/bin/env python3
"""A burst of questions over OneBot v11 on loopback: does the bot answer every one, and how fast?

Starts `python -m bot` the way the end-to-end tests do (tests/onebot.py: OneBot adapter on a free loopback port, a
throw-away state folder, by default KAOWU_RATE_LIMIT=0 and KAOWU_SEND_INTERVAL=0, so what is measured is how fast
the bot answers, not how it paces), connects our OneBot bridge, sends N questions from M members to the served
group as fast as the socket takes them, and waits until each has been answered: a reply sent alone quotes its
question; a merged or merged-forward reply (the send queue merges once replies wait, tools/answered.py) counts
for the members it names.

    python tools/bench_burst.py                      # 1000 questions from 500 members (issue 11: all within 15 s)
    python tools/bench_burst.py -n 200 -m 50 --json
    python tools/bench_burst.py --interval 1 --rate-limit 5/60s   # the .env defaults: paced and merged

Prints the answered count, the time from the first question to the last answer, the latency from each question
to its answer (p50 / p95 / max), and the messages sent. Exit 0 when every question was answered.
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
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from answered import answers_in  # noqa: E402

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
    asked_by: dict[int, int] = {}
    start = time.monotonic()
    for i in range(questions):
        member = 100_000 + i % members
        message_id = await sim.group_message(GROUP, member, QUESTIONS[i % len(QUESTIONS)])
        asked_at[message_id] = time.monotonic()
        asked_by[message_id] = member
    sent_all = time.monotonic()

    # A question is answered by a reply quoting it, or by a merged part naming its asker (the asker's earliest
    # question still open): merged parts do not say which of a member's questions they answer.
    answered_at: dict[int, float] = {}
    open_by_member: dict[int, list[int]] = {}
    for message_id, member in asked_by.items():
        open_by_member.setdefault(member, []).append(message_id)
    notices = 0
    deadline = sent_all + timeout
    seen = 0
    while len(answered_at) < questions and time.monotonic() < deadline:
        for s in sim.sent[seen:]:
            for a in answers_in(s, asked_by):
                notices += a.notice
                waiting = open_by_member.get(a.member, [])
                question = a.question_id if a.question_id in waiting else (waiting[0] if waiting else None)
                if question is not None:
                    waiting.remove(question)
                    answered_at[question] = a.at
        seen = len(sim.sent)
        await asyncio.sleep(0.01)
    await sim.close()

    latencies = [answered_at[m] - asked_at[m] for m in answered_at]
    last = max(answered_at.values()) if answered_at else float("nan")
    return {
        "questions": questions,
        "members": members,
        "answered": len(answered_at),
        "notices": notices,
        "messages": len(sim.sent),
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
    ap.add_argument("--interval", default="0", help="KAOWU_SEND_INTERVAL (0: unpaced, as the tests run)")
    ap.add_argument("--rate-limit", default="0", help="KAOWU_RATE_LIMIT (0: off, as the tests run)")
    ap.add_argument("--timeout", type=float, default=120, help="seconds to wait for the last answer")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="kaowu-burst-")
    port = free_port()
    log = os.path.join(tmp, "bot.log")
    env = {"KAOWU_SEND_INTERVAL": args.interval, "KAOWU_RATE_LIMIT": args.rate_limit}
    proc = start_bot(port, Path(tmp), Path(log), **env)
    try:
        result = asyncio.run(burst(port, args.questions, args.members, args.timeout))
    finally:
        stop_bot(proc)
    result["traceback_in_log"] = "Traceback" in Path(log).read_text(errors="replace")
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(
            f"answered {result['answered']}/{result['questions']} questions from {result['members']} members "
            f"(KAOWU_SEND_INTERVAL={args.interval}, KAOWU_RATE_LIMIT={args.rate_limit}); "
            f"{result['messages']} messages, {result['notices']} too-late notices"
        )
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
