"""Every start-up failure ends the process with exit 1 and says why; none leaves a deaf process behind.

These used to print their line and then hang: aiosqlite's worker thread kept the process alive.
How fast each exits is measured by tools/bench_faults.py (the tests only wait with a generous timeout).
"""

from __future__ import annotations

import socket
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bot.store import DB_NAME, SCHEMA_VERSION
from tests.core.test_hostile_data import yaml_bomb
from tests.core.test_store_schema import scribbled
from tests.test_startup import _start


def _state_with(tmp_path: Path, make) -> Path:
    state = tmp_path / "state"
    state.mkdir()
    make(state / DB_NAME)
    return state


def _other_version(path: Path) -> None:
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE reminders_sent (deadline_id TEXT, sent_on TEXT)")


def _newer(path: Path) -> None:
    with closing(sqlite3.connect(path)) as db:
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")


@pytest.mark.parametrize(
    ("make", "says"), [(scribbled, "已损坏"), (_other_version, "表结构不认识"), (_newer, "更新版本")]
)
def test_unusable_database_exits_1_in_one_line(tmp_path: Path, data_copy: Path, make, says: str):
    """Scribbled pages, another version's tables, a newer bot's file: one line naming the file, then exit 1."""
    state = _state_with(tmp_path, make)
    done = _start(tmp_path, KAOWU_DATA_DIR=str(data_copy), KAOWU_STATE_DIR=str(state))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0] and str(state / DB_NAME) in lines[0], done.stderr


@pytest.mark.parametrize(
    ("file", "old", "new"),
    [
        ("deadlines.yaml", 'at: "2021-11-20 23:59"', 'at: "0001-01-01 00:00"'),
        ("deadlines.yaml", "remind: [15h]", "remind: [99999999999d]"),
        ("deadlines.yaml", "remind: [15h]", "remind: [1e400]"),
    ],
)
def test_absurd_deadline_exits_1_with_file_and_line(tmp_path: Path, data_copy: Path, file: str, old: str, new: str):
    """A deadline at year 1 or an overflowing lead: `path:line: message`, exit 1, no traceback."""
    path = data_copy / file
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    done = _start(tmp_path, KAOWU_DATA_DIR=str(data_copy))
    assert done.returncode == 1 and "Traceback" not in done.stderr + done.stdout
    assert f"{path}:" in done.stderr


def test_yaml_bomb_and_huge_file_exit_1(tmp_path: Path, data_copy: Path):
    """The alias bomb in faq.yaml and a 50 MB contacts.json: both named with a line, exit 1, no memory blow-up."""
    faq = data_copy / "faq.yaml"
    faq.write_text(faq.read_text(encoding="utf-8") + yaml_bomb(), encoding="utf-8")
    with (data_copy / "contacts.json").open("a", encoding="utf-8") as f:
        f.write(" " * 50_000_000)
    done = _start(tmp_path, KAOWU_DATA_DIR=str(data_copy))
    assert done.returncode == 1 and "Traceback" not in done.stderr + done.stdout
    assert "锚点和别名" in done.stderr and "文件太大" in done.stderr


def test_port_in_use_exits_1(tmp_path: Path, data_copy: Path):
    """Another program holds the OneBot port: the bot says so and exits 1 instead of staying up deaf."""
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        done = _start(tmp_path, KAOWU_DATA_DIR=str(data_copy), PORT=str(busy.getsockname()[1]))
    assert done.returncode == 1
    assert "address already in use" in done.stdout + done.stderr
