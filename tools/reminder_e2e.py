#!/usr/bin/env python3
"""Deadline reminders end to end, on the real clock, over OneBot v11.

Starts `python -m bot` (OneBot adapter, a throw-away data and state folder) with a deadlines.yaml whose
reminders fall due around now, connects our OneBot bridge (tests/onebot.py), and checks, for two
groups:

1. a reminder due 15 s after start arrives within 3 s of its time, naming the deadline and its time;
2. one that fell due 30 min ago (grace 1h) goes out once, marked late, at the first connection;
3. one due 2h ago (beyond grace) and one whose deadline has passed are never sent;
4. after a restart nothing is sent again;
5. the bot is stopped across a reminder's time, restarted within grace, and the OneBot connection comes up
   a few seconds after start: that reminder arrives exactly once, marked late.

    python tools/reminder_e2e.py            # prints the measured delays; exit 0 when every check passes

It takes about a minute and a half.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import socket
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
TZ = ZoneInfo("Asia/Shanghai")
GROUPS = [594707089, 594707090]

sys.path.insert(0, str(ROOT))
from tests.onebot import Bridge, free_port, start_bot, stop_bot  # noqa: E402


@dataclass
class Case:
    id: str
    title: str
    at: datetime  # the deadline
    lead: timedelta

    @property
    def due(self) -> datetime:
        return self.at - self.lead

    @property
    def when(self) -> str:
        return f"{self.at.month}月{self.at.day}日 {self.at:%H:%M}"


def cases(start: datetime) -> dict[str, Case]:
    s = start.replace(microsecond=0)
    return {
        c.id: c
        for c in (
            Case("e2e-on-time", "E2E准点提醒", s + timedelta(seconds=15, hours=2), timedelta(hours=2)),
            Case("e2e-half-hour-ago", "E2E半小时前到点", s + timedelta(days=1), timedelta(days=1, minutes=30)),
            Case("e2e-beyond-grace", "E2E超出补发时限", s + timedelta(days=1), timedelta(days=1, hours=2)),
            Case("e2e-past-deadline", "E2E截止已过", s - timedelta(minutes=10), timedelta(minutes=20)),
            Case("e2e-outage", "E2E停机期间到点", s + timedelta(seconds=60, hours=3), timedelta(hours=3)),
        )
    }


def write_data(folder: Path, all_cases: dict[str, Case]) -> None:
    shutil.copytree(ROOT / "data", folder)
    lines = ["timezone: Asia/Shanghai", "deadlines:"]
    for c in all_cases.values():
        lines += [
            f"  - id: {c.id}",
            f"    title: {c.title}",
            f'    at: "{c.at:%Y-%m-%d %H:%M:%S}"',
            f"    remind: [{int(c.lead.total_seconds())}s]",
            "    detail: 端到端检查用的截止日期。",
        ]
    (folder / "deadlines.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


@dataclass
class Arrival:
    group_id: int | None
    text: str
    at: float  # wall clock, seconds since the epoch

    def case(self, all_cases: dict[str, Case]) -> Case | None:
        return next((c for c in all_cases.values() if c.title in self.text), None)


class Listener:
    """The OneBot stand-in, with every message the bot posts stamped on the wall clock as it arrives."""

    def __init__(self, port: int):
        self.sim = Bridge(port)
        self.arrivals: list[Arrival] = []
        self._task: asyncio.Task[None] | None = None

    async def connect(self) -> float:
        """Returns when the connection was opened (the stand-in then waits 0.3 s before returning)."""
        opened = time.time()
        await self.sim.connect(timeout=60)
        self._task = asyncio.create_task(self._listen())
        return opened

    async def _listen(self) -> None:
        index = 0
        while True:
            sent = await self.sim.next_sent(index, timeout=3600)
            if sent is None:
                continue
            index += 1
            # the stand-in stamps each message on the monotonic clock as it arrives: convert to wall time
            self.arrivals.append(Arrival(sent.group_id, sent.text, time.time() - (time.monotonic() - sent.at)))

    async def close(self) -> None:
        if self._task:
            self._task.cancel()
        await self.sim.close()


def wait_for_port(port: int, timeout: float = 60) -> float:
    """Until the bot listens (without opening a OneBot connection); returns the wall-clock time."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return time.time()
        time.sleep(0.1)
    raise RuntimeError(f"the bot did not listen on port {port} within {timeout} s")


async def sleep_until(t: float) -> None:
    await asyncio.sleep(max(0.0, t - time.time()))


async def scenario(port: int, tmp: Path, data: Path, all_cases: dict[str, Case]) -> tuple[list[str], list[str]]:
    failures: list[str] = []
    figures: list[str] = []
    env = {
        "KAOWU_DATA_DIR": str(data),
        "KAOWU_GROUPS": json.dumps(GROUPS),
        "KAOWU_REMINDER_GRACE": "1h",
        "KAOWU_SEND_INTERVAL": "0",
        "LOG_LEVEL": "INFO",
    }
    state = tmp / "state"
    log = tmp / "bot.log"
    on_time, outage = all_cases["e2e-on-time"], all_cases["e2e-outage"]
    seen: list[Arrival] = []

    def check(ok: bool, what: str) -> None:
        print(("  ok   " if ok else "  FAIL ") + what)
        if not ok:
            failures.append(what)

    def of(arrivals: list[Arrival], case_id: str) -> list[Arrival]:
        return [a for a in arrivals if (c := a.case(all_cases)) is not None and c.id == case_id]

    # -- run 1: a reminder 30 min overdue at the first connection, then one on time
    print("run 1: start, connect, wait for the on-time reminder")
    proc = start_bot(port, state, log, **env)
    listener = Listener(port)
    try:
        up = wait_for_port(port)
        connected = await listener.connect()
        figures.append(f"start-up: listening {up - t_start:.2f} s after launch")
        await sleep_until(on_time.due.timestamp() + 4)
    finally:
        await listener.close()
        stop_bot(proc)
    run1 = listener.arrivals
    seen += run1
    arrivals = of(run1, "e2e-on-time")
    check(
        sorted(a.group_id for a in arrivals) == GROUPS, f"on-time reminder posted once to each group ({len(arrivals)})"
    )
    for a in arrivals:
        delay = a.at - on_time.due.timestamp()
        figures.append(f"on-time reminder, group {a.group_id}: arrived {delay:+.3f} s after its due time")
        check(-0.5 <= delay <= 3.0, f"on-time reminder within 3 s of its time ({delay:+.3f} s)")
        check(on_time.when in a.text and on_time.title in a.text, "names the deadline and its time")
        check(a.text.startswith("【提醒】"), "on-time reminder is not marked late")
    late = of(run1, "e2e-half-hour-ago")
    check(sorted(a.group_id for a in late) == GROUPS, f"30-min-overdue reminder sent once per group ({len(late)})")
    for a in late:
        figures.append(f"30-min-overdue reminder, group {a.group_id}: arrived {a.at - connected:+.3f} s after connect")
        check(a.text.startswith("【补发提醒】"), "30-min-overdue reminder is marked late")

    # -- run 2: a restart sends nothing again
    print("run 2: restart, connect, expect nothing")
    proc = start_bot(port, state, log, **env)
    listener = Listener(port)
    try:
        wait_for_port(port)
        await listener.connect()
        await asyncio.sleep(5)
    finally:
        await listener.close()
        stop_bot(proc)
    seen += listener.arrivals
    check(listener.arrivals == [], f"nothing sent again after a restart ({len(listener.arrivals)} messages)")

    # -- run 3: down across a due time, back within grace, OneBot connects a few seconds after start
    stopped = time.time()
    check(stopped < outage.due.timestamp() - 2, "bot is down before the outage reminder's time")
    print(f"down until {(outage.due.timestamp() - stopped) + 8:.0f} s from now (8 s past the outage reminder's time)")
    await sleep_until(outage.due.timestamp() + 8)
    proc = start_bot(port, state, log, **env)
    listener = Listener(port)
    try:
        up = wait_for_port(port)
        await asyncio.sleep(3)
        connected = await listener.connect()
        await asyncio.sleep(6)
    finally:
        await listener.close()
        stop_bot(proc)
    seen += listener.arrivals
    arrivals = of(listener.arrivals, "e2e-outage")
    check(
        sorted(a.group_id for a in arrivals) == GROUPS, f"outage reminder sent exactly once per group ({len(arrivals)})"
    )
    for a in arrivals:
        figures.append(
            f"outage reminder, group {a.group_id}: arrived {a.at - connected:+.3f} s after connect "
            f"({a.at - outage.due.timestamp():.1f} s after its time; connect {connected - up:.1f} s after start)"
        )
        check(a.text.startswith("【补发提醒】") and outage.when in a.text, "outage reminder is marked late")
    check(len(listener.arrivals) == len(arrivals), "nothing else was sent in run 3")

    # -- never
    for case_id in ("e2e-beyond-grace", "e2e-past-deadline"):
        check(of(seen, case_id) == [], f"{case_id} never sent")
    log_text = Path(log).read_text(errors="replace")
    check(all_cases["e2e-beyond-grace"].title in log_text, "the beyond-grace reminder is logged as skipped")
    stray = [a.text[:40] for a in seen if a.case(all_cases) is None]
    check(stray == [], f"no other messages ({stray})")
    figures.append(f"messages received in total: {len(seen)} (expected {3 * len(GROUPS)})")
    return failures, figures


def main() -> None:
    global t_start
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", action="store_true", help="keep the temp folder (bot.log, state) for a look")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kaowu-reminder-e2e-"))
    t_start = time.time()
    all_cases = cases(datetime.fromtimestamp(t_start, TZ))
    write_data(tmp / "data", all_cases)
    port = free_port()
    try:
        failures, figures = asyncio.run(scenario(port, tmp, tmp / "data", all_cases))
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print(f"kept {tmp}")
    print("\nfigures:")
    for f in figures:
        print(f"  {f}")
    print(f"\n{'all checks passed' if not failures else f'{len(failures)} checks failed'}")
    sys.exit(1 if failures else 0)


t_start = 0.0

if __name__ == "__main__":
    main()
