#!/usr/bin/env python3
"""Exam week over OneBot v11 on loopback: a burst at the default settings, with a reminder due in the middle.

Starts `python -m bot` with KAOWU_SEND_INTERVAL=1 and KAOWU_RATE_LIMIT=5/60s (the .env defaults) on a copy of
data/, connects the OneBot stand-in, and sets a deadline whose reminder falls due a few seconds into the
burst (by editing the copy's deadlines.yaml, which the bot follows live). Then M members each ask 3 different
questions (from the blind7 evaluation set) at once, and the script watches the group until every member has
been answered or the timeout passes.

    python tools/bench_exam_week.py                  # 200 members × 3 questions, reminder due 5 s in
    python tools/bench_exam_week.py -m 400 --json

Reports when each member got their first answer (p50 / p95 / max from their first question), how many were
answered within the target, the askers who got the too-late notice instead, the messages sent by kind, the
smallest gap between two messages to the group, how late the reminder left after its due time, and the
send queue's peak (from the bot's log). Exit 0 when every target holds: every member answered within
--target seconds, no gap below the interval, the reminder within 5 s, no traceback in the log.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED_TOOLS = ROOT.parent / "shared" / "tools"
if not (SHARED_TOOLS / "onebot_sim.py").exists():
    sys.exit(f"{SHARED_TOOLS} not found: the shared tools folder must sit beside the repo")
sys.path[:0] = [str(SHARED_TOOLS), str(ROOT)]

from answered import answers_in  # noqa: E402
from chat_eval import GROUP, free_port, start_bot, stop_bot  # noqa: E402
from onebot_sim import OneBotSim  # noqa: E402

STAFF = 900001  # chat_eval's superuser
QUESTIONS_FILE = ROOT / "tests" / "eval" / "blind7.yaml"
TITLE = "演练截止"
REMINDER_TARGET_S = 5.0
QUEUE_LINE = re.compile(r"(\d+) replies waiting")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def questions() -> list[str]:
    return [str(case["q"]) for case in yaml.safe_load(QUESTIONS_FILE.read_text(encoding="utf-8"))]


def write_deadline(data_dir: Path, due: datetime) -> None:
    """A deadlines.yaml with one deadline whose single reminder falls due at `due`."""
    at = (due + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S")
    text = (
        "timezone: Asia/Shanghai\n"
        "deadlines:\n"
        "  - id: exam-week-drill\n"
        f"    title: {TITLE}\n"
        f'    at: "{at}"\n'
        "    remind: [1h]\n"
        "    detail: 压测用的截止日期。\n"
    )
    (data_dir / "deadlines.yaml").write_text(text, encoding="utf-8")


async def exam_week(port: int, data_dir: Path, members: int, reminder_at: float, timeout: float) -> dict:
    sim = OneBotSim(port)
    await sim.connect(timeout=60)
    # one warm-up question, so start-up work (jieba's dictionary, first SQLite write) is not counted
    await sim.ask_group(GROUP, 1, "中级实操几点开始", first_timeout=10)

    # A reminder due `reminder_at` seconds into the burst: the bot follows the edit within seconds.
    shanghai = ZoneInfo("Asia/Shanghai")
    due_wall = time.time() + 10 + reminder_at
    write_deadline(data_dir, datetime.fromtimestamp(due_wall, shanghai).replace(microsecond=0))
    due_wall = float(int(due_wall))
    for _ in range(40):
        replies = await sim.ask_private(STAFF, "/reminders", first_timeout=3)
        if any(TITLE in r.text for r in replies):
            break
        await asyncio.sleep(0.25)
    else:
        raise RuntimeError("the bot did not pick up the drill deadline")
    await asyncio.sleep(max(0.0, due_wall - reminder_at - time.time()))
    due_mono = time.monotonic() + (due_wall - time.time())
    sim.all_sent.clear()
    sim.drain()

    pool = questions()
    rng = random.Random(15)
    asked_by: dict[int, int] = {}
    first_asked: dict[int, float] = {}
    start = time.monotonic()
    for i in range(members):
        member = 100_000 + i
        for q in rng.sample(pool, 3):
            asked_by[await sim.group_message(GROUP, member, q)] = member
            first_asked.setdefault(member, time.monotonic())
    sent_all = time.monotonic()

    answered: dict[int, float] = {}
    noticed: set[int] = set()
    reminder_at_mono = None
    seen = 0
    quiet_since = time.monotonic()
    deadline = sent_all + timeout
    while time.monotonic() < deadline:
        fresh = sim.all_sent[seen:]
        seen += len(fresh)
        for s in fresh:
            quiet_since = time.monotonic()
            if TITLE in s.text and reminder_at_mono is None:
                reminder_at_mono = s.at
            for a in answers_in(s, asked_by):
                if a.notice:
                    noticed.add(a.member)
                else:
                    answered.setdefault(a.member, a.at)
        done = len(answered) + len(noticed - answered.keys()) >= members and reminder_at_mono is not None
        if done and time.monotonic() - quiet_since > 3:
            break
        await asyncio.sleep(0.05)
    await sim.close()

    group_msgs = [s for s in sim.all_sent if s.group_id == GROUP or s.params.get("group_id") == GROUP]
    gaps = [b.at - a.at for a, b in itertools.pairwise(group_msgs)]
    kinds: dict[str, int] = {}
    for s in group_msgs:
        kind = (
            "forward"
            if s.action == "send_group_forward_msg"
            else "alone"
            if any(seg["type"] == "reply" for seg in s.segments)
            else "merged"
            if any(seg["type"] == "at" for seg in s.segments)
            else "post"
        )
        kinds[kind] = kinds.get(kind, 0) + 1
    waits = [answered[m] - first_asked[m] for m in answered]
    return {
        "members": members,
        "questions": len(asked_by),
        "burst_sent_s": round(sent_all - start, 2),
        "members_answered": len(answered),
        "members_noticed_only": len(noticed - answered.keys()),
        "first_answer_s_p50": round(statistics.median(waits), 2) if waits else None,
        "first_answer_s_p95": round(percentile(waits, 0.95), 2) if waits else None,
        "first_answer_s_max": round(max(waits), 2) if waits else None,
        "group_messages": len(group_msgs),
        "messages_by_kind": kinds,
        "last_message_s": round(group_msgs[-1].at - start, 2) if group_msgs else None,
        "min_gap_s": round(min(gaps), 3) if gaps else None,
        "reminder_due_s": round(due_mono - start, 2),
        "reminder_late_s": round(reminder_at_mono - due_mono, 2) if reminder_at_mono is not None else None,
        "waits": waits,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-m", "--members", type=int, default=200)
    ap.add_argument("--interval", default="1", help="KAOWU_SEND_INTERVAL (the .env default)")
    ap.add_argument("--rate-limit", default="5/60s", help="KAOWU_RATE_LIMIT (the .env default)")
    ap.add_argument("--reminder-at", type=float, default=5.0, help="seconds into the burst the reminder is due")
    ap.add_argument("--target", type=float, default=120.0, help="every member answered within this many seconds")
    ap.add_argument("--timeout", type=float, default=300, help="seconds to wait for the last answer")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="kaowu-exam-week-"))
    data_dir = tmp / "data"
    shutil.copytree(ROOT / "data", data_dir)
    port = free_port()
    log = tmp / "bot.log"
    env = {
        "KAOWU_DATA_DIR": str(data_dir),
        "KAOWU_SEND_INTERVAL": args.interval,
        "KAOWU_RATE_LIMIT": args.rate_limit,
        "LOG_LEVEL": "INFO",  # the .env default, and the queue reports its length at this level
    }
    proc = start_bot(port, str(tmp / "state"), str(log), extra_env=env, cwd=str(ROOT))
    try:
        result = asyncio.run(exam_week(port, data_dir, args.members, args.reminder_at, args.timeout))
    finally:
        stop_bot(proc)
    text = log.read_text(encoding="utf-8", errors="replace")
    result["queue_peak"] = max((int(n) for n in QUEUE_LINE.findall(text)), default=0)
    result["traceback_in_log"] = "Traceback" in text
    waits = result.pop("waits")
    interval = float(args.interval)
    checks = {
        f"every member answered within {args.target:g} s": result["members_answered"] == args.members
        and max(waits, default=float("inf")) <= args.target,
        f"no two group messages closer than {interval:g} s": result["min_gap_s"] is None
        or result["min_gap_s"] >= interval,
        f"reminder within {REMINDER_TARGET_S:g} s of its time": result["reminder_late_s"] is not None
        and result["reminder_late_s"] <= REMINDER_TARGET_S,
        "no traceback in the log": not result["traceback_in_log"],
    }
    if args.json:
        print(json.dumps(result | {"checks": checks}, ensure_ascii=False))
    else:
        print(
            f"{args.members} members × 3 questions ({result['questions']}) sent in {result['burst_sent_s']} s, "
            f"KAOWU_SEND_INTERVAL={args.interval}, KAOWU_RATE_LIMIT={args.rate_limit}"
        )
        print(
            f"members answered {result['members_answered']}/{args.members} "
            f"(notice only: {result['members_noticed_only']}); first answer p50 {result['first_answer_s_p50']} s, "
            f"p95 {result['first_answer_s_p95']} s, max {result['first_answer_s_max']} s"
        )
        print(
            f"group messages {result['group_messages']} {result['messages_by_kind']}, the last "
            f"{result['last_message_s']} s after the first question; smallest gap {result['min_gap_s']} s"
        )
        print(
            f"reminder due {result['reminder_due_s']} s into the burst, sent {result['reminder_late_s']} s after "
            f"its time; send queue peak {result['queue_peak']} replies"
        )
        for name, ok in checks.items():
            print(f"{'ok  ' if ok else 'FAIL'} {name}")
        if result["traceback_in_log"]:
            print(f"the bot's log holds a traceback: {log}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
