"""Reminders effectively once, whatever fails: a locked or full ledger, a send with no answer, a kill mid-send.

The group is the witness: `Group` records what reached it and answers the history check as a bridge does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.calendar import LedgerMemory, Unsure, deliver
from bot.knowledge import Knowledge
from bot.store import DB_NAME, Store
from tests.core.test_calendar import APPLICATION, GRACE, GROUP, at, deadlines

DUE = at("2021-11-17 23:59")  # APPLICATION's 3-day reminder


class Group:
    """What reached the group, and a bridge's answer to get_group_msg_history."""

    def __init__(self, *, timeout_after_post: bool = False, history: bool | None = True):
        self.posts: list[str] = []
        self.timeout_after_post = timeout_after_post  # posted, but the confirmation never came
        self.history = history  # False: the bridge cannot list messages (None answer); None: it errors

    async def send(self, group_id: int, text: str) -> None:
        self.posts.append(text)
        if self.timeout_after_post:
            self.timeout_after_post = False
            raise Unsure("WebSocket call api send_group_msg timeout")

    async def posted(self, group_id: int, tag: str) -> bool | None:
        if self.history is None:
            raise ConnectionError("bridge gone")
        if not self.history:
            return None
        return any(tag in p for p in self.posts)


async def run(knowledge: Knowledge, ledger, group: Group, now: datetime, memory: LedgerMemory, file=None):
    file = file or deadlines(APPLICATION)
    return await deliver(
        file, knowledge, (GROUP,), GRACE, ledger, group.send, lambda: now, posted=group.posted, memory=memory
    )


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Another process holds the database with BEGIN EXCLUSIVE (as a backup tool or a stray sqlite3 shell can)."""
    other = sqlite3.connect(path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        other.rollback()
        other.close()


class FullDisk:
    """The store, with every write failing as SQLite does on a full disk."""

    def __init__(self, store: Store):
        self.store = store
        self.full = True

    def __getattr__(self, name: str):
        return getattr(self.store, name)

    async def intend(self, *args, **kwargs):
        if self.full:
            raise sqlite3.OperationalError("database or disk is full")
        return await self.store.intend(*args, **kwargs)

    async def mark_sent(self, *args, **kwargs):
        if self.full:
            raise sqlite3.OperationalError("database or disk is full")
        return await self.store.mark_sent(*args, **kwargs)


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "state", busy_timeout=0.05)
    yield s
    await s.close()


async def test_ledger_locked_across_the_due_time_sends_once(knowledge: Knowledge, store: Store, tmp_path: Path):
    """The ledger is locked from before the due time: the reminder goes out on time, once, and is recorded later."""
    group, memory = Group(), LedgerMemory()
    with locked(tmp_path / "state" / DB_NAME):
        first = await run(knowledge, store, group, DUE, memory)
        again = await run(knowledge, store, group, DUE + timedelta(seconds=5), memory)  # the retry, still locked
    assert [late for _, late in first.sent] == [False] and first.ledger_errors and first.needs_retry
    assert again.sent == [] and again.found == []
    assert len(group.posts) == 1
    after = await run(knowledge, store, group, DUE + timedelta(seconds=20), memory)  # unlocked: written now
    assert after.sent == [] and after.ledger_errors == [] and not memory.unrecorded
    assert len(await store.sent_keys()) == 1 and len(group.posts) == 1


async def test_locked_ledger_then_restart_checks_the_group(knowledge: Knowledge, store: Store, tmp_path: Path):
    """Locked ledger and a kill before it was written: after the restart the group's history shows it went out."""
    group = Group()
    with locked(tmp_path / "state" / DB_NAME):
        await run(knowledge, store, group, DUE, LedgerMemory())
    restarted = await run(knowledge, store, group, DUE + timedelta(minutes=2), LedgerMemory())
    assert restarted.found and restarted.sent == [] and len(group.posts) == 1
    assert len(await store.sent_keys()) == 1


async def test_disk_full_never_escapes_and_never_repeats(knowledge: Knowledge, store: Store):
    """Every ledger write fails (disk full): no exception, one post, and the record is written once space is back."""
    group, memory, disk = Group(), LedgerMemory(), FullDisk(store)
    first = await run(knowledge, disk, group, DUE, memory)
    second = await run(knowledge, disk, group, DUE + timedelta(seconds=5), memory)
    assert len(first.sent) == 1 and first.ledger_errors and second.sent == [] and len(group.posts) == 1
    disk.full = False
    await run(knowledge, disk, group, DUE + timedelta(seconds=15), memory)
    assert len(await store.sent_keys()) == 1 and len(group.posts) == 1


async def test_send_without_confirmation_is_checked_not_resent(knowledge: Knowledge, store: Store):
    """The bridge posts and drops before confirming (a timeout): the retry finds it in the group, no copy."""
    group, memory = Group(timeout_after_post=True), LedgerMemory()
    first = await run(knowledge, store, group, DUE, memory)
    assert first.unsure and first.sent == [] and first.needs_retry
    retry = await run(knowledge, store, group, DUE + timedelta(seconds=35), memory)
    assert retry.found and retry.sent == [] and len(group.posts) == 1
    assert len(await store.sent_keys()) == 1


async def test_kill_during_a_slow_send_is_checked_after_restart(knowledge: Knowledge, store: Store):
    """Killed while the bridge was still confirming: the open intent makes the restart look before sending."""
    group = Group()
    await store.intend("site-application", 3 * 86400, GROUP, DUE, "", DUE)  # what the killed run left
    from bot.calendar import plan, render_reminder

    [r] = plan(deadlines(APPLICATION), [GROUP], DUE, GRACE).due
    group.posts.append(render_reminder(r, knowledge, False, DUE))  # what the bridge posted for it
    restarted = await run(knowledge, store, group, DUE + timedelta(seconds=3), LedgerMemory())
    assert restarted.found == [r] and restarted.sent == [] and len(group.posts) == 1
    assert await store.unsure_keys() == set() and len(await store.sent_keys()) == 1


async def test_open_intent_that_never_reached_the_group_is_sent(knowledge: Knowledge, store: Store):
    """Killed before the bridge got the message: the group's history lacks it, so it goes out, once."""
    group = Group()
    await store.intend("site-application", 3 * 86400, GROUP, DUE, "", DUE)
    restarted = await run(knowledge, store, group, DUE + timedelta(seconds=3), LedgerMemory())
    assert len(restarted.sent) == 1 and len(group.posts) == 1


async def test_a_bridge_that_cannot_list_history_gets_the_reminder(knowledge: Knowledge, store: Store):
    """A bridge without get_group_msg_history: an unsure reminder is sent (a repeat beats a reminder never sent)."""
    group, memory = Group(timeout_after_post=True, history=False), LedgerMemory()
    await run(knowledge, store, group, DUE, memory)
    retry = await run(knowledge, store, group, DUE + timedelta(seconds=35), memory)
    assert len(retry.sent) == 1 and len(group.posts) == 2


async def test_a_group_that_cannot_be_asked_waits(knowledge: Knowledge, store: Store):
    """The history check itself fails (bridge gone): nothing is sent until the group can be asked."""
    group, memory = Group(timeout_after_post=True), LedgerMemory()
    await run(knowledge, store, group, DUE, memory)
    group.history = None
    waiting = await run(knowledge, store, group, DUE + timedelta(seconds=35), memory)
    assert waiting.failed and waiting.sent == [] and len(group.posts) == 1


async def test_a_deadline_moved_later_is_announced_again(knowledge: Knowledge, store: Store):
    """The 3-day reminder went out for 11月20日; the deadline moves to 11月22日: its leads go out again, saying so."""
    group, memory = Group(), LedgerMemory()
    await run(knowledge, store, group, DUE, memory)
    moved = deadlines({**APPLICATION, "at": "2021-11-22 23:59"})
    first = await run(knowledge, store, group, at("2021-11-19 23:59"), memory, file=moved)
    assert [r.deadline_at for r, _ in first.sent] == [at("2021-11-22 23:59")]
    text = group.posts[-1]
    assert "11月22日 23:59" in text and "原定 11月20日 23:59" in text
    second = await run(knowledge, store, group, at("2021-11-22 21:59"), memory, file=moved)
    assert len(second.sent) == 1 and "原定" not in group.posts[-1], "the change is said once"
    assert len(await store.sent_keys()) == 3
