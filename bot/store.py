"""aiosqlite storage in KAOWU_STATE_DIR: the reminder ledger, the unanswered-question log, and the audit of
FAQ changes made from the chat."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import aiosqlite

from .calendar import SentRecord
from .faq_edit import FaqChange

__all__ = ["FaqChangeRecord", "Store", "StoreError", "UnansweredQuestion"]

DB_NAME = "kaowu.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reminders_sent (
    deadline_id  TEXT    NOT NULL,
    lead_seconds INTEGER NOT NULL,
    group_id     INTEGER NOT NULL,
    due_at       TEXT    NOT NULL,
    sent_at      TEXT    NOT NULL,
    late         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (deadline_id, lead_seconds, group_id)
);
CREATE TABLE IF NOT EXISTS unanswered (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    asked_at  TEXT    NOT NULL,
    group_id  INTEGER,
    user_id   INTEGER,
    question  TEXT    NOT NULL,
    kind      TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS unanswered_asked_at ON unanswered (asked_at);
"""


class StoreError(Exception):
    """The state folder cannot be used; the message is one line for the operator."""


@dataclass(frozen=True)
class UnansweredQuestion:
    question: str
    count: int
    last_asked: datetime


class Store:
    def __init__(self, db: aiosqlite.Connection, path: Path):
        self._db = db
        self.path = path

    @classmethod
    async def open(cls, state_dir: Path) -> Store:
        state_dir = Path(state_dir)
        try:
            state_dir.mkdir(parents=True, exist_ok=True)
            probe = state_dir / ".write-test"
            probe.write_text("ok")
            probe.unlink()
        except OSError as e:
            raise StoreError(
                f"状态文件夹 {state_dir} 不能写入（{e.strerror}），请检查 KAOWU_STATE_DIR 和权限"
            ) from None
        path = state_dir / DB_NAME
        db = await aiosqlite.connect(path)
        await db.executescript(_SCHEMA)
        await db.execute("PRAGMA journal_mode=WAL")
        await db.commit()
        return cls(db, path)

    async def close(self) -> None:
        await self._db.close()

    # ------------------------------------------------------------ reminder ledger

    async def was_sent(self, deadline_id: str, lead_seconds: int, group_id: int) -> bool:
        async with self._db.execute(
            "SELECT 1 FROM reminders_sent WHERE deadline_id=? AND lead_seconds=? AND group_id=?",
            (deadline_id, lead_seconds, group_id),
        ) as cur:
            return await cur.fetchone() is not None

    async def mark_sent(
        self, deadline_id: str, lead_seconds: int, group_id: int, due_at: datetime, sent_at: datetime, late: bool
    ) -> bool:
        """Record a delivered reminder; False if it was already recorded (so the caller knows it is a repeat)."""
        cur = await self._db.execute(
            "INSERT OR IGNORE INTO reminders_sent VALUES (?, ?, ?, ?, ?, ?)",
            (deadline_id, lead_seconds, group_id, due_at.isoformat(), sent_at.isoformat(), int(late)),
        )
        await self._db.commit()
        return cur.rowcount == 1

    async def sent_keys(self) -> set[tuple[str, int, int]]:
        """Every (deadline id, lead seconds, group id) that went out: what the planner must leave alone."""
        async with self._db.execute("SELECT deadline_id, lead_seconds, group_id FROM reminders_sent") as cur:
            return {(r[0], r[1], r[2]) for r in await cur.fetchall()}

    async def sent_log(self, limit: int = 20) -> list[SentRecord]:
        """The latest reminders that went out, newest first (for staff)."""
        async with self._db.execute(
            "SELECT deadline_id, lead_seconds, group_id, due_at, sent_at, late FROM reminders_sent "
            "ORDER BY sent_at DESC, deadline_id LIMIT ?",
            (limit,),
        ) as cur:
            rows = await cur.fetchall()
        return [
            SentRecord(r[0], r[1], r[2], datetime.fromisoformat(r[3]), datetime.fromisoformat(r[4]), bool(r[5]))
            for r in rows
        ]

    # ------------------------------------------------------------ unanswered questions

    async def log_unanswered(
        self, question: str, kind: str, asked_at: datetime, group_id: int | None, user_id: int | None
    ) -> None:
        await self._db.execute(
            "INSERT INTO unanswered (asked_at, group_id, user_id, question, kind) VALUES (?, ?, ?, ?, ?)",
            (asked_at.isoformat(), group_id, user_id, question[:500], kind),
        )
        await self._db.commit()

    async def top_unanswered(self, since: datetime, limit: int = 10) -> list[UnansweredQuestion]:
        async with self._db.execute(
            "SELECT question, COUNT(*), MAX(asked_at) FROM unanswered WHERE asked_at >= ? "
            "GROUP BY question ORDER BY COUNT(*) DESC, MAX(asked_at) DESC LIMIT ?",
            (since.isoformat(), limit),
        ) as cur:
            rows = await cur.fetchall()
        return [UnansweredQuestion(r[0], r[1], datetime.fromisoformat(r[2])) for r in rows]

    # ------------------------------------------------------------ FAQ changes made from the chat (audit)
    # Self-contained: the table is created on first use, so opening the store is unchanged.

    async def _faq_changes_table(self) -> None:
        await self._db.execute(_FAQ_CHANGES_SCHEMA)

    async def record_faq_change(self, change: FaqChange, user_id: str, changed_at: datetime) -> int:
        """Keep who changed which entry when, and the entry before and after; returns the change's number."""
        await self._faq_changes_table()
        cur = await self._db.execute(
            "INSERT INTO faq_changes (changed_at, user_id, action, entry_id, before, after, reverts) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                changed_at.isoformat(),
                str(user_id),
                change.action,
                change.entry_id,
                _json_or_null(change.before),
                _json_or_null(change.after),
                change.reverts,
            ),
        )
        await self._db.commit()
        return int(cur.lastrowid or 0)

    async def faq_changes(self, limit: int = 10) -> list[FaqChangeRecord]:
        """The latest changes from the chat, newest first."""
        await self._faq_changes_table()
        return await self._faq_change_rows("ORDER BY id DESC LIMIT ?", (limit,))

    async def last_undoable_faq_change(self) -> FaqChangeRecord | None:
        """The newest change that is not an undo and has not been undone."""
        await self._faq_changes_table()
        rows = await self._faq_change_rows(
            "WHERE action != 'undo' AND id NOT IN "
            "(SELECT reverts FROM faq_changes WHERE reverts IS NOT NULL) ORDER BY id DESC LIMIT 1",
            (),
        )
        return rows[0] if rows else None

    async def _faq_change_rows(self, where: str, params: tuple[object, ...]) -> list[FaqChangeRecord]:
        async with self._db.execute(
            "SELECT id, changed_at, user_id, action, entry_id, before, after, reverts, "
            "(SELECT u.id FROM faq_changes u WHERE u.reverts = faq_changes.id) FROM faq_changes " + where,
            params,
        ) as cur:
            rows = await cur.fetchall()
        return [
            FaqChangeRecord(
                id=r[0],
                changed_at=datetime.fromisoformat(r[1]),
                user_id=r[2],
                change=FaqChange(r[3], r[4], _loads_or_none(r[5]), _loads_or_none(r[6]), r[7]),
                undone_by=r[8],
            )
            for r in rows
        ]


_FAQ_CHANGES_SCHEMA = """
CREATE TABLE IF NOT EXISTS faq_changes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    changed_at TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    action     TEXT    NOT NULL,   -- learn, add, edit, undo
    entry_id   TEXT    NOT NULL,
    before     TEXT,               -- the entry as JSON; NULL when it did not exist
    after      TEXT,               -- the entry as JSON; NULL when it no longer exists
    reverts    INTEGER             -- for an undo: the id of the change it reverted
)
"""


@dataclass(frozen=True)
class FaqChangeRecord:
    id: int
    changed_at: datetime
    user_id: str
    change: FaqChange
    undone_by: int | None = None


def _json_or_null(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


def _loads_or_none(value: str | None) -> Any:
    return None if value is None else json.loads(value)
