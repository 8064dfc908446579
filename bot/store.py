"""aiosqlite storage in KAOWU_STATE_DIR: the reminder ledger, the unanswered-question log, and the audit of
FAQ changes made from the chat.

The file is checked and, if need be, created or migrated with plain sqlite3 before aiosqlite opens it
(`prepare_database`): a damaged file, or one written by another version, is refused in one line that says
what to do, and no aiosqlite worker thread is left behind to keep a failed start-up from exiting.
The layout's version is SQLite's own `PRAGMA user_version`.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite

from .calendar import ReminderKey, SentRecord, ledger_time
from .faq_edit import FaqChange

__all__ = [
    "SCHEMA_VERSION",
    "FaqChangeRecord",
    "Store",
    "StoreError",
    "UnansweredQuestion",
    "check_state_dir",
    "prepare_database",
]

DB_NAME = "kaowu.sqlite3"
BUSY_TIMEOUT = 5.0  # seconds a write waits for another process's lock before it fails ("database is locked")
SCHEMA_VERSION = 2  # 1: the ledger keyed without the deadline's time (user_version 0); 2: intent and result

# The reminder ledger. A row is written as 'sending' before the reminder goes out and turned to 'sent' after
# the bridge confirmed it, so a send whose outcome is unknown (a timeout, a kill) is known to be unsure.
# The deadline's time is part of the key: a deadline moved to another time is announced again.
_LEDGER = """
CREATE TABLE IF NOT EXISTS reminders_sent (
    deadline_id  TEXT    NOT NULL,
    lead_seconds INTEGER NOT NULL,
    group_id     INTEGER NOT NULL,
    deadline_at  TEXT    NOT NULL,
    due_at       TEXT    NOT NULL,
    state        TEXT    NOT NULL DEFAULT 'sent',
    tag          TEXT    NOT NULL DEFAULT '',
    attempted_at TEXT,
    sent_at      TEXT,
    late         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (deadline_id, lead_seconds, group_id, deadline_at)
);
"""
_V1_LEDGER_COLUMNS = {"deadline_id", "lead_seconds", "group_id", "due_at", "sent_at", "late"}

_SCHEMA = """
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


def check_state_dir(state_dir: Path) -> None:
    """Create the state folder if need be and make sure it takes a file; StoreError (one line) if not."""
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
        probe = state_dir / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as e:
        raise StoreError(f"状态文件夹 {state_dir} 不能写入（{e.strerror}），请检查 KAOWU_STATE_DIR 和权限") from None


def _move_aside(path: Path) -> str:
    return f"请停机后把它移到别处（例如 mv {path} {path}.old），再启动会新建一个（已发提醒的记录从头开始）"


def prepare_database(path: Path) -> None:
    """Check the database file and create or migrate its tables; StoreError (one line) when it cannot be used.

    Plain sqlite3, closed before returning: safe in a worker thread and before nonebot starts.
    """
    where = f"（KAOWU_STATE_DIR={path.parent}）"
    try:
        with closing(sqlite3.connect(path, timeout=5)) as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"状态数据库 {path} 是更新版本的机器人建的（结构版本 {version}，这个版本认识 {SCHEMA_VERSION}）："
                    f"请用新版本运行，或{_move_aside(path)}{where}"
                )
            damage = db.execute("PRAGMA quick_check").fetchone()[0]
            if damage != "ok":
                damage = " ".join(str(damage).split())[:120]
                raise StoreError(f"状态数据库 {path} 已损坏（{damage}）：{_move_aside(path)}{where}")
            columns = _columns(db)
            ledger = columns.get("reminders_sent")
            if ledger is not None and "deadline_at" not in ledger:
                if version != 0 or ledger != _V1_LEDGER_COLUMNS:
                    raise StoreError(
                        f"状态数据库 {path} 的表结构不认识（reminders_sent 有 {'、'.join(sorted(ledger))}）："
                        f"{_move_aside(path)}{where}"
                    )
                _migrate_v1(db)
            have = _columns(db)
            missing = {
                table: wanted - have[table]
                for table, wanted in _expected_columns().items()
                if table in have and not wanted <= have[table]
            }
            if missing:
                table, cols = next(iter(missing.items()))
                raise StoreError(
                    f"状态数据库 {path} 的表结构不认识（{table} 缺少 {'、'.join(sorted(cols))}）：{_move_aside(path)}{where}"
                )
            db.executescript(_LEDGER + _SCHEMA)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            db.commit()
    except sqlite3.DatabaseError as e:
        reason = " ".join(str(e).split())
        broken = "malformed" in reason or "not a database" in reason
        what = f"已损坏（{reason}）" if broken else f"打不开（{reason}）"
        raise StoreError(f"状态数据库 {path} {what}：{_move_aside(path)}{where}") from None


def _columns(db: sqlite3.Connection) -> dict[str, set[str]]:
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: {r[1] for r in db.execute(f"PRAGMA table_info({t!r})")} for t in tables}


def _expected_columns() -> dict[str, set[str]]:
    with closing(sqlite3.connect(":memory:")) as db:
        db.executescript(_LEDGER + _SCHEMA)
        return _columns(db)


def _migrate_v1(db: sqlite3.Connection) -> None:
    """Version 1 keyed the ledger without the deadline's time; it is the due time plus the lead."""
    db.execute("ALTER TABLE reminders_sent RENAME TO reminders_sent_v1")
    db.executescript(_LEDGER)
    rows = db.execute("SELECT deadline_id, lead_seconds, group_id, due_at, sent_at, late FROM reminders_sent_v1")
    db.executemany(
        "INSERT OR IGNORE INTO reminders_sent (deadline_id, lead_seconds, group_id, deadline_at, due_at, state,"
        " sent_at, late) VALUES (?, ?, ?, ?, ?, 'sent', ?, ?)",
        [
            (d, lead, g, ledger_time(datetime.fromisoformat(due) + timedelta(seconds=lead)), due, sent, late)
            for d, lead, g, due, sent, late in rows.fetchall()
        ],
    )
    db.execute("DROP TABLE reminders_sent_v1")


@dataclass(frozen=True)
class UnansweredQuestion:
    question: str
    count: int
    last_asked: datetime


async def _connect(path: Path | str, busy_timeout: float = 5.0) -> aiosqlite.Connection:
    db = await aiosqlite.connect(path, timeout=busy_timeout)
    try:
        if str(path) == ":memory:":
            await db.executescript(_LEDGER + _SCHEMA)
            await db.commit()
        else:
            await db.execute("SELECT count(*) FROM sqlite_master")
    except BaseException:
        await db.close()  # its worker thread would otherwise outlive the failure and keep the process up
        raise
    return db


class Store:
    def __init__(self, db: aiosqlite.Connection, path: Path):
        self._db = db
        self.path = path
        self.busy_timeout = BUSY_TIMEOUT
        self.temporary = False  # True while an in-memory database stands in for a file that broke

    @classmethod
    async def open(cls, state_dir: Path, busy_timeout: float = BUSY_TIMEOUT) -> Store:
        state_dir = Path(state_dir)
        check_state_dir(state_dir)
        path = state_dir / DB_NAME
        await asyncio.to_thread(prepare_database, path)
        store = cls(await _connect(path, busy_timeout), path)
        store.busy_timeout = busy_timeout
        return store

    async def close(self) -> None:
        await self._db.close()

    async def reopen(self) -> str | None:
        """A fresh connection after the database broke while the bot ran.

        None when the file works again; otherwise why not, and an empty in-memory database stands in until
        the bot is restarted (so commands answer and reminders keep going, remembered by the plugin).
        """
        with suppress(Exception):
            await self._db.close()
        try:
            await asyncio.to_thread(prepare_database, self.path)
            self._db = await _connect(self.path, self.busy_timeout)
            self.temporary = False
            return None
        except (StoreError, sqlite3.Error, OSError) as e:
            self._db = await _connect(":memory:")
            self.temporary = True
            return str(e)

    # ------------------------------------------------------------ reminder ledger

    async def was_sent(self, deadline_id: str, lead_seconds: int, group_id: int) -> bool:
        async with self._db.execute(
            "SELECT 1 FROM reminders_sent WHERE deadline_id=? AND lead_seconds=? AND group_id=? AND state='sent'",
            (deadline_id, lead_seconds, group_id),
        ) as cur:
            return await cur.fetchone() is not None

    async def intend(
        self, deadline_id: str, lead_seconds: int, group_id: int, due_at: datetime, tag: str, at: datetime
    ) -> None:
        """Record that this reminder is about to go out: if nothing follows, its outcome is unknown."""
        await self._db.execute(
            "INSERT INTO reminders_sent (deadline_id, lead_seconds, group_id, deadline_at, due_at, state, tag,"
            " attempted_at) VALUES (?, ?, ?, ?, ?, 'sending', ?, ?) ON CONFLICT DO UPDATE"
            " SET attempted_at=excluded.attempted_at, tag=excluded.tag WHERE state='sending'",
            (
                deadline_id,
                lead_seconds,
                group_id,
                _deadline_at(due_at, lead_seconds),
                due_at.isoformat(),
                tag,
                at.isoformat(),
            ),
        )
        await self._db.commit()

    async def mark_sent(
        self, deadline_id: str, lead_seconds: int, group_id: int, due_at: datetime, sent_at: datetime, late: bool
    ) -> bool:
        """Record a delivered reminder; False if it was already recorded (so the caller knows it is a repeat)."""
        cur = await self._db.execute(
            "INSERT INTO reminders_sent (deadline_id, lead_seconds, group_id, deadline_at, due_at, state, sent_at,"
            " late) VALUES (?, ?, ?, ?, ?, 'sent', ?, ?) ON CONFLICT DO UPDATE"
            " SET state='sent', sent_at=excluded.sent_at, late=excluded.late WHERE state!='sent'",
            (
                deadline_id,
                lead_seconds,
                group_id,
                _deadline_at(due_at, lead_seconds),
                due_at.isoformat(),
                sent_at.isoformat(),
                int(late),
            ),
        )
        await self._db.commit()
        return cur.rowcount == 1

    async def sent_keys(self) -> set[ReminderKey]:
        """Every reminder that went out, as (deadline id, lead seconds, group id, deadline time): the planner's."""
        return await self._keys("sent")

    async def unsure_keys(self) -> set[ReminderKey]:
        """Reminders that were about to go out when the bot lost track (a timeout, a kill): check before resending."""
        return await self._keys("sending")

    async def _keys(self, state: str) -> set[ReminderKey]:
        async with self._db.execute(
            "SELECT deadline_id, lead_seconds, group_id, deadline_at FROM reminders_sent WHERE state=?", (state,)
        ) as cur:
            return {(r[0], r[1], r[2], r[3]) for r in await cur.fetchall()}

    async def sent_log(self, limit: int = 20) -> list[SentRecord]:
        """The latest reminders that went out, newest first (for staff)."""
        async with self._db.execute(
            "SELECT deadline_id, lead_seconds, group_id, due_at, sent_at, late FROM reminders_sent "
            "WHERE state='sent' ORDER BY sent_at DESC, deadline_id LIMIT ?",
            (limit,),
        ) as cur:
            rows = await cur.fetchall()
        return [
            SentRecord(r[0], r[1], r[2], datetime.fromisoformat(r[3]), datetime.fromisoformat(r[4]), bool(r[5]))
            for r in rows
        ]

    # ------------------------------------------------------------ unanswered questions

    @staticmethod
    def qq_number(user_id: str) -> int | None:
        """The asker's QQ number, or None where the adapter's user is no number (the console's 「user」)."""
        return int(user_id) if user_id.isascii() and user_id.isdigit() else None

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


def _deadline_at(due_at: datetime, lead_seconds: int) -> str:
    return ledger_time(due_at + timedelta(seconds=lead_seconds))
