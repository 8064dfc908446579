#!/usr/bin/env python3
"""The figures of issue 16, measured over real OneBot v11 with `python -m bot` and misbehaving bridges.

- Reminder copies that reached the group when the ledger is locked across the due time, when a disk-full
  error hits every ledger write (core, patched write), when the bridge drops before confirming, and when the
  bot is killed (-9) at several moments while a slow bridge (1.5 s) confirms. One copy is right.
- A YAML bomb and a 50 MB faq.yaml saved while a member asks every 0.1 s: the longest wait for a reply, how
  many questions went unanswered, and how many alerts staff got; `python -m bot check` on each: exit code
  and seconds.
- Every start-up failure: exit code and seconds to exit.

    python tools/bench_faults.py [--skip-reminders] [--skip-hostile] [--skip-startup]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.store import DB_NAME, SCHEMA_VERSION  # noqa: E402
from tests.bridge import BotProcess, GroupHistory, due_in, faulty_bridge, ledger_rows, wait_until  # noqa: E402
from tests.core.test_hostile_data import yaml_bomb  # noqa: E402
from tests.core.test_store_schema import scribbled  # noqa: E402

DATA = ROOT / "data"
GROUP, MEMBER, STAFF = 594707089, 20001, 900001
HUGE = "#" + "x" * 50_000_000 + "\n"


def fresh(work: Path, name: str) -> tuple[Path, Path]:
    case = work / name
    case.mkdir()
    shutil.copytree(DATA, case / "data")
    return case, case / "data"


# ---------------------------------------------------------------- reminders


async def copies_after_drop(work: Path) -> int:
    case, data = fresh(work, "drop")
    history = GroupHistory()
    bot = BotProcess(case, KAOWU_DATA_DIR=str(data), API_TIMEOUT="2").start()
    first, second = faulty_bridge(bot.port, history, drop_on_send=True), faulty_bridge(bot.port, history)
    try:
        await first.connect(timeout=60)
        title = due_in(data, 4)
        await wait_until(lambda: history.texts(GROUP, title), 20)
        await asyncio.sleep(1)
        await second.connect(timeout=20)
        await wait_until(lambda: ("soon", "sent") in ledger_rows(case / "state"), 15)
        await asyncio.sleep(6)  # room for a wrong retry to show
        return len(history.texts(GROUP, title))
    finally:
        await first.close()
        await second.close()
        bot.stop()


async def copies_after_kill(work: Path, kill_after: float) -> int:
    case, data = fresh(work, f"kill-{kill_after}")
    history = GroupHistory()
    bot = BotProcess(case, KAOWU_DATA_DIR=str(data)).start()
    slow, after = faulty_bridge(bot.port, history, confirm_delay=1.5), faulty_bridge(bot.port, history)
    try:
        await slow.connect(timeout=60)
        title = due_in(data, 4)
        await wait_until(lambda: history.texts(GROUP, title), 20)
        await asyncio.sleep(kill_after)
        bot.kill9()
        await slow.close()
        bot.start()
        await after.connect(timeout=60)
        await wait_until(lambda: ("soon", "sent") in ledger_rows(case / "state"), 15)
        await asyncio.sleep(6)
        return len(history.texts(GROUP, title))
    finally:
        await slow.close()
        await after.close()
        bot.stop()


async def copies_with_locked_ledger(work: Path) -> tuple[int, float]:
    """Copies, and how late the reminder was (seconds after its due time)."""
    case, data = fresh(work, "locked")
    history = GroupHistory()
    bot = BotProcess(case, KAOWU_DATA_DIR=str(data)).start()
    bridge = faulty_bridge(bot.port, history)
    try:
        await bridge.connect(timeout=60)
        with closing(sqlite3.connect(case / "state" / DB_NAME, timeout=0)) as other:
            other.execute("BEGIN EXCLUSIVE")
            due = time.monotonic() + 4
            title = due_in(data, 4)
            await wait_until(lambda: history.texts(GROUP, title), 20)
            late = time.monotonic() - due
            await asyncio.sleep(10)
            other.rollback()
        await wait_until(lambda: ("soon", "sent") in ledger_rows(case / "state"), 20)
        await asyncio.sleep(6)
        return len(history.texts(GROUP, title)), late
    finally:
        await bridge.close()
        bot.stop()


async def copies_with_full_disk(work: Path) -> int:
    """The core protocol with every ledger write failing as on a full disk, then space coming back."""
    from datetime import timedelta

    from bot.calendar import LedgerMemory, deliver
    from bot.knowledge import load
    from bot.store import Store
    from tests.core.test_calendar import APPLICATION, GRACE, at, deadlines
    from tests.core.test_reminder_faults import FullDisk, Group

    knowledge = load(DATA)
    store = await Store.open(work / "full-disk")
    disk, group, memory = FullDisk(store), Group(), LedgerMemory()
    try:
        for seconds in (0, 5, 15, 35):
            if seconds == 35:
                disk.full = False
            now = at("2021-11-17 23:59") + timedelta(seconds=seconds)
            await deliver(
                deadlines(APPLICATION), knowledge, (GROUP,), GRACE, disk, group.send, lambda n=now: n,
                posted=group.posted, memory=memory,
            )  # fmt: skip
        return len(group.posts)
    finally:
        await store.close()


# ---------------------------------------------------------------- hostile files


async def hostile_while_running(work: Path) -> None:
    case, data = fresh(work, "hostile")
    bot = BotProcess(case, KAOWU_DATA_DIR=str(data)).start()
    bridge = faulty_bridge(bot.port, GroupHistory())
    faq = data / "faq.yaml"
    good = faq.read_text(encoding="utf-8")
    try:
        await bridge.connect(timeout=60)
        for name, text in (("YAML bomb", good + yaml_bomb()), ("50 MB faq.yaml", good + HUGE)):
            before = len([s for s in bridge.all_sent if s.user_id == STAFF])
            faq.write_text(text, encoding="utf-8")
            waits, missed = [], 0
            end = time.monotonic() + 6
            while time.monotonic() < end:
                start = time.monotonic()
                replies = await bridge.ask_group(GROUP, MEMBER, "考试费怎么交", first_timeout=5, quiet=0.0)
                if replies:
                    waits.append(replies[0].at - start)
                else:
                    missed += 1
                await asyncio.sleep(0.1)
            await asyncio.sleep(2)
            alerts = [s for s in bridge.all_sent if s.user_id == STAFF][before:]
            lines = [ln for a in alerts for ln in a.text.splitlines() if ln.startswith("faq.yaml:")]
            print(
                f"  {name:16} answered {len(waits)}, unanswered {missed}, longest wait {max(waits):.3f} s, "
                f"median {sorted(waits)[len(waits) // 2]:.3f} s; staff alerts {len(alerts)} ({'; '.join(lines)[:90]})"
            )
            faq.write_text(good, encoding="utf-8")
            await asyncio.sleep(3)
    finally:
        await bridge.close()
        bot.stop()


def check_timing(work: Path) -> None:
    for name, text in (("YAML bomb", yaml_bomb()), ("50 MB faq.yaml", HUGE)):
        _, data = fresh(work, f"check-{name.split()[0]}")
        faq = data / "faq.yaml"
        faq.write_text(faq.read_text(encoding="utf-8") + text, encoding="utf-8")
        start = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "bot", "check", str(data)], cwd=ROOT, capture_output=True, text=True, timeout=300
        )
        took = time.monotonic() - start
        print(f"  check, {name:16} exit {done.returncode} in {took:.2f} s: {done.stdout.strip().splitlines()[0][:80]}")


# ---------------------------------------------------------------- start-up


def startup_failures(work: Path) -> None:
    def other_version(path: Path) -> None:
        with closing(sqlite3.connect(path)) as db:
            db.execute("CREATE TABLE reminders_sent (deadline_id TEXT, sent_on TEXT)")

    def newer(path: Path) -> None:
        with closing(sqlite3.connect(path)) as db:
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")

    def not_sqlite(path: Path) -> None:
        path.write_bytes(b"this is not sqlite" * 100)

    def edit(old: str, new: str, file: str = "deadlines.yaml"):
        def apply(data: Path) -> None:
            p = data / file
            p.write_text(p.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")

        return apply

    def append(text: str, file: str = "faq.yaml"):
        def apply(data: Path) -> None:
            with (data / file).open("a", encoding="utf-8") as f:
                f.write(text)

        return apply

    cases = [
        ("scribbled database pages", None, scribbled),
        ("another version's tables", None, other_version),
        ("a newer bot's database", None, newer),
        ("not a database", None, not_sqlite),
        ("deadline at year 1", edit('at: "2021-11-20 23:59"', 'at: "0001-01-01 00:00"'), None),
        ("remind: [99999999999d]", edit("remind: [15h]", "remind: [99999999999d]"), None),
        ("remind: [1e400]", edit("remind: [15h]", "remind: [1e400]"), None),
        ("YAML bomb in faq.yaml", append(yaml_bomb()), None),
        ("50 MB faq.yaml", append(HUGE), None),
        ("state folder under a file", None, "blocked"),
        ("OneBot port in use", None, "port"),
    ]
    for name, break_data, break_state in cases:
        case, data = fresh(work, "start-" + "".join(c for c in name if c.isalnum())[:20])
        state = case / "state"
        if break_data:
            break_data(data)
        busy = None
        env_port = None
        if break_state == "blocked":
            (case / "file").write_text("x")
            state = case / "file" / "state"
        elif break_state == "port":
            busy = socket.socket()
            busy.bind(("127.0.0.1", 0))
            busy.listen()
            env_port = str(busy.getsockname()[1])
        elif break_state is not None:
            state.mkdir()
            break_state(state / DB_NAME)
        bot = BotProcess(case, KAOWU_DATA_DIR=str(data), KAOWU_STATE_DIR=str(state))
        if env_port:
            bot.env["PORT"] = env_port
        start = time.monotonic()
        bot.start()
        try:
            code = bot.proc.wait(30)
        except subprocess.TimeoutExpired:
            code = "still running after 30 s"
            bot.stop()
        took = time.monotonic() - start
        if busy:
            busy.close()
        said = [ln for ln in bot.log.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
        print(f"  {name:28} exit {code} in {took:.2f} s: {said[-1][:100] if said else ''}")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-reminders", action="store_true")
    parser.add_argument("--skip-hostile", action="store_true")
    parser.add_argument("--skip-startup", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kaowu-faults-") as tmp:
        work = Path(tmp)
        if not args.skip_reminders:
            print("reminder copies that reached the group (1 is right):")
            copies, late = await copies_with_locked_ledger(work)
            print(f"  ledger locked across the due time: {copies} (sent {late:.1f} s after its due time)")
            print(f"  disk full on every ledger write:   {await copies_with_full_disk(work)}")
            print(f"  bridge drops before confirming:    {await copies_after_drop(work)}")
            for kill_after in (0.1, 0.5, 0.9, 1.3):
                print(f"  kill -9 {kill_after:.1f} s into a 1.5 s confirm: {await copies_after_kill(work, kill_after)}")
        if not args.skip_hostile:
            print("hostile faq.yaml saved while a member asks every 0.1 s:")
            await hostile_while_running(work)
            check_timing(work)
        if not args.skip_startup:
            print("start-up failures:")
            startup_failures(work)


if __name__ == "__main__":
    asyncio.run(main())
