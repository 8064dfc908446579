"""The state database's layout: checked and migrated before use, refused in one line when it cannot be used."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.store import DB_NAME, SCHEMA_VERSION, Store, StoreError, prepare_database

SHANGHAI = ZoneInfo("Asia/Shanghai")
V1_LEDGER = """
CREATE TABLE reminders_sent (
    deadline_id TEXT NOT NULL, lead_seconds INTEGER NOT NULL, group_id INTEGER NOT NULL,
    due_at TEXT NOT NULL, sent_at TEXT NOT NULL, late INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (deadline_id, lead_seconds, group_id)
);
"""


def scribbled(path: Path) -> Path:
    """A database whose first page is intact and whose later pages are garbage (a torn copy, a bad disk)."""
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE unanswered (id INTEGER PRIMARY KEY, question TEXT)")
        db.executemany("INSERT INTO unanswered (question) VALUES (?)", [("问题" * 50,)] * 400)
        db.commit()
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page : 6 * page] = b"\xde\xad\xbe\xef" * page
    path.write_bytes(bytes(data))
    return path


def test_a_fresh_file_gets_the_current_layout(tmp_path: Path):
    """A new state folder: the tables are created and the version is recorded."""
    path = tmp_path / DB_NAME
    prepare_database(path)
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


async def test_the_old_ledger_is_migrated_with_its_deadline_times(tmp_path: Path):
    """A ledger of the previous version: its rows keep counting as sent, now keyed with the deadline's time."""
    path = tmp_path / DB_NAME
    with closing(sqlite3.connect(path)) as db:
        db.executescript(V1_LEDGER)
        db.execute(
            "INSERT INTO reminders_sent VALUES ('site-application', 7200, 594707089, ?, ?, 0)",
            (
                datetime(2021, 11, 20, 21, 59, tzinfo=SHANGHAI).isoformat(),
                datetime(2021, 11, 20, 21, 59, 1).isoformat(),
            ),
        )
        db.commit()
    store = await Store.open(tmp_path)
    try:
        assert await store.sent_keys() == {("site-application", 7200, 594707089, "2021-11-20T15:59:00+00:00")}
        assert [r.deadline_id for r in await store.sent_log()] == ["site-application"]
    finally:
        await store.close()


def test_a_scribbled_database_is_refused_in_one_line(tmp_path: Path):
    """Valid first page, garbage after it: one line that names the file and says to move it aside."""
    path = scribbled(tmp_path / DB_NAME)
    with pytest.raises(StoreError) as e:
        prepare_database(path)
    message = str(e.value)
    assert "\n" not in message and str(path) in message and "已损坏" in message and "mv " in message


def test_a_newer_version_is_refused_with_what_to_do(tmp_path: Path):
    """A database from a newer bot: refused, naming both versions, never altered."""
    path = tmp_path / DB_NAME
    with closing(sqlite3.connect(path)) as db:
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 3}")
    with pytest.raises(StoreError) as e:
        prepare_database(path)
    assert f"结构版本 {SCHEMA_VERSION + 3}" in str(e.value) and "新版本" in str(e.value)
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 3


@pytest.mark.parametrize(
    "tables",
    [
        "CREATE TABLE reminders_sent (deadline_id TEXT, sent_on TEXT)",
        "CREATE TABLE unanswered (id INTEGER PRIMARY KEY, text TEXT)",
    ],
)
def test_another_programs_tables_are_refused(tmp_path: Path, tables: str):
    """Tables of the same name but another layout: refused in one line, with how to move the file aside."""
    path = tmp_path / DB_NAME
    with closing(sqlite3.connect(path)) as db:
        db.execute(tables)
    with pytest.raises(StoreError) as e:
        prepare_database(path)
    assert "表结构不认识" in str(e.value) and "KAOWU_STATE_DIR" in str(e.value)


async def test_an_unanswered_question_from_a_user_with_no_qq_number_is_kept(tmp_path: Path):
    """The terminal's user is 「user」, not a QQ number: the question is logged with no asker, not dropped."""
    assert Store.qq_number("20001") == 20001
    assert Store.qq_number("user") is None and Store.qq_number("１２３") is None
    store = await Store.open(tmp_path)
    try:
        now = datetime(2021, 12, 10, 10, tzinfo=SHANGHAI)
        await store.log_unanswered("考点停车场在哪里", "fallback", now, None, Store.qq_number("user"))
        assert [r.question for r in await store.top_unanswered(now.replace(day=1))] == ["考点停车场在哪里"]
    finally:
        await store.close()
