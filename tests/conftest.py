"""Test set-up: nonebug with the OneBot v11 adapter, the plugins, and throw-away data and state folders.

nonebug reads the repo's .env; the settings the tests depend on are given through NONEBOT_INIT_KWARGS.
The data folder is a session copy of data/, so a test that edits it never touches the shipped files.
Every test that runs the plugins (nonebug's `app`) gets a state database of its own, so no test sees what
another one recorded and the suite passes in any order (`.ci/run` runs it shuffled).

With CI=true a skipped test is a failure: nothing a test needs may be missing where the suite is judged.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import nonebot
import pytest
from nonebug import NONEBOT_INIT_KWARGS

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
STRICT = os.environ.get("CI", "").lower() in ("1", "true", "yes")
_not_run: list[str] = []  # under CI=true: what was skipped, so the run fails even if nothing else did

_SESSION_DIR = Path(tempfile.mkdtemp(prefix="kaowu-tests-"))
SESSION_DATA = _SESSION_DIR / "data"
SESSION_STATE = _SESSION_DIR / "state"

sys.path.insert(0, str(ROOT))


def pytest_configure(config: pytest.Config) -> None:
    shutil.copytree(DATA, SESSION_DATA, dirs_exist_ok=True)
    config.stash[NONEBOT_INIT_KWARGS] = {
        "driver": "~fastapi+~websockets",
        "superusers": ["900001"],
        "nickname": ["考务助手"],
        "command_start": ["/"],
        "kaowu_adapters": "onebot",
        "kaowu_data_dir": str(SESSION_DATA),
        "kaowu_state_dir": str(SESSION_STATE),
        "kaowu_groups": [594707089],
        "kaowu_rate_limit": "0",
        "kaowu_send_interval": 0,
        "log_level": "WARNING",
    }


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SESSION_DIR, ignore_errors=True)
    _stop_open_databases()


def _stop_open_databases() -> None:
    """Stop the worker thread of any aiosqlite connection still open when the run ends.

    Each connection runs a non-daemon thread until it is closed, and the interpreter waits for it at exit: once,
    on Python 3.10 in a shuffled order, a finished run (7887 passed) then hung at shutdown on one such thread
    (py-spy: MainThread in threading._shutdown, the other in aiosqlite's _connection_worker_thread). Which test
    leaves it open is not found yet; this only lets a finished run end. The bot closes its store at shutdown."""
    import gc

    import aiosqlite

    for obj in gc.get_objects():
        # type(), not isinstance(): isinstance() on a weak proxy whose object is gone raises ReferenceError (numpy's
        # npz files hold one, and the embedding cache reads one), and ended a finished run (7890 passed) with rc 1.
        if type(obj) is aiosqlite.Connection and obj._running:
            obj.stop()
    # A worker whose Connection is gone still waits on its queue: a connect cancelled half-way drops the Connection
    # (its __del__ stops nothing while no sqlite3 connection is set) and leaves the thread. Session 9's CI run on
    # Python 3.10 hung so after 8258 passed (gdb: MainThread in threading._shutdown, the other in tx.get()). The
    # thread keeps its target's arguments while it runs: hand its queue the stop it waits for.
    worker = aiosqlite.core._connection_worker_thread
    for thread in threading.enumerate():
        if getattr(thread, "_target", None) is worker and thread.is_alive():
            thread._args[0].put_nowait((None, lambda: aiosqlite.core._STOP_RUNNING_SENTINEL))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    """Under CI=true a skip (a missing file, module or service) fails the test, saying what was missing."""
    outcome = yield
    report = outcome.get_result()
    if STRICT and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, which allows no skips: {report.longrepr}"
        _not_run.append(report.nodeid)


@pytest.hookimpl(tryfirst=True)  # before the terminal reporter counts it as skipped
def pytest_collectreport(report: pytest.CollectReport) -> None:
    """Under CI=true a whole module skipped at import (a missing dependency) fails the run."""
    if STRICT and report.skipped:
        report.outcome = "failed"
        report.longrepr = f"skipped at import under CI=true, which allows no skips: {report.longrepr}"
        _not_run.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A module skipped at import is reported as an error but would not fail the run by itself: make it."""
    if _not_run and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session", autouse=True)
async def after_nonebot_init(after_nonebot_init: None) -> None:
    from nonebot.adapters.onebot.v11 import Adapter as OneBotAdapter

    nonebot.get_driver().register_adapter(OneBotAdapter)
    from bot.app import PLUGINS

    for plugin in PLUGINS:
        nonebot.load_plugin(plugin)


@pytest.fixture(autouse=True)
async def own_state(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[None]:
    """A test that runs the plugins gets an empty state database in its own tmp_path."""
    if "app" not in request.fixturenames:
        yield
        return
    import plugins.storage
    from bot.store import Store

    def forget_reminders_in_memory() -> None:
        # What the reminders plugin keeps in memory for the ledger belongs to the state it came from.
        import sys

        reminders = sys.modules.get("plugins.reminders")
        if reminders is not None:
            reminders._memory = type(reminders._memory)()
            reminders._failures = 0
            reminders._logged_skips.clear()

    store = await Store.open(tmp_path / "state")
    shared, plugins.storage._store = plugins.storage._store, store
    forget_reminders_in_memory()
    try:
        yield
    finally:
        import sys

        reminders = sys.modules.get("plugins.reminders")
        if reminders is not None:  # a flush the bot started on connect finishes on this test's store
            async with reminders._lock:
                pass
        plugins.storage._store = shared
        forget_reminders_in_memory()
        await store.close()


# ------------------------------------------------------------ core fixtures (no nonebot needed)


@pytest.fixture(scope="session")
def knowledge():
    """The shipped data, loaded and validated."""
    from bot.knowledge import load

    return load(DATA)


@pytest.fixture
def answerer(knowledge):
    """A fresh Answerer over the shipped data (fresh: clarification memory is per test)."""
    from bot.answer import Answerer

    return Answerer(knowledge)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of data/ that a test may edit."""
    dest = tmp_path / "data"
    shutil.copytree(DATA, dest)
    return dest


# The notice's season is December 2021; these fix "now" for time-aware answers.
BEFORE_SEASON = datetime(2021, 10, 1, 10, 0)
DURING_REGISTRATION = datetime(2021, 11, 1, 10, 0)
AFTER_SEASON = datetime(2026, 11, 25, 10, 0)
