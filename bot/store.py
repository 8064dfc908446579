"""aiosqlite storage in KAOWU_STATE_DIR: the reminder ledger and the unanswered-question log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import aiosqlite

from .calendar import SentRecord

__all__ = ["Store", "StoreError", "UnansweredQuestion"]

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
