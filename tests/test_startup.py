"""`python -m bot` refuses to start on broken data or an unusable state folder, saying why in plain lines."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.onebot import free_port

ROOT = Path(__file__).resolve().parents[1]


def _start(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ)
    full.update(
        {
            "KAOWU_ADAPTERS": "onebot",
            "DRIVER": "~fastapi+~websockets",
            "HOST": "127.0.0.1",
            "PORT": str(free_port()),
            "KAOWU_STATE_DIR": str(tmp_path / "state"),
            "LOG_LEVEL": "WARNING",
        }
    )
    full.update(env)
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=ROOT,
        env=full,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def _break(path: Path, line: int, text: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[line - 1] = text
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "line", "text"),
    [
        ("faq.yaml", 5, "  - id: [broken"),
        ("contacts.json", 3, '  "oops": ,'),
        ("deadlines.yaml", 5, '    at: "2021-13-45 25:00"'),
    ],
)
def test_broken_data_file_stops_start_up_naming_file_and_line(tmp_path: Path, data_copy: Path, file, line, text):
    """A data file that does not parse or validate: exit 1 and `path:line: message` on stderr, no traceback."""
    _break(data_copy / file, line, text)
    done = _start(tmp_path, KAOWU_DATA_DIR=str(data_copy))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    assert re.search(rf"^{re.escape(str(data_copy / file))}:\d+: \S", done.stderr, re.M), done.stderr
    assert "KAOWU_DATA_DIR" in done.stderr.splitlines()[0]


def test_state_folder_that_cannot_be_created_is_one_line(tmp_path: Path, data_copy: Path):
    """KAOWU_STATE_DIR under a regular file: one line naming the folder and the setting, exit 1."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    state = blocker / "state"
    done = _start(tmp_path, KAOWU_DATA_DIR=str(data_copy), KAOWU_STATE_DIR=str(state))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(state) in lines[0] and "KAOWU_STATE_DIR" in lines[0]


def test_state_database_that_is_not_a_database_is_one_line(tmp_path: Path, data_copy: Path):
    """A state folder holding a corrupt database file: one line naming KAOWU_STATE_DIR, exit 1."""
    state = tmp_path / "state"
    state.mkdir()
    (state / "kaowu.sqlite3").write_bytes(b"this is not sqlite" * 100)
    done = _start(tmp_path, KAOWU_DATA_DIR=str(data_copy), KAOWU_STATE_DIR=str(state))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "KAOWU_STATE_DIR" in lines[0]


def test_open_port_without_token_is_refused(tmp_path: Path, data_copy: Path):
    """HOST=0.0.0.0 and no ONEBOT_ACCESS_TOKEN: one line naming the token and the way out, exit 1, nothing bound."""
    done = _start(tmp_path, KAOWU_DATA_DIR=str(data_copy), HOST="0.0.0.0")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "0.0.0.0" in lines[0] and "ONEBOT_ACCESS_TOKEN" in lines[0] and "KAOWU_ALLOW_OPEN=1" in lines[0]


def test_started_outside_the_project_says_where_to_run(tmp_path: Path):
    """`python -m bot` from a folder with no .env (the code found through PYTHONPATH): one line, the command."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("KAOWU_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "考试时间"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert f"cd {ROOT} && python -m bot" in done.stderr
