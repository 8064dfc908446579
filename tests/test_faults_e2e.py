"""Faults over the real OneBot v11 path: the bot runs as `python -m bot`, bridges misbehave on purpose.

Each reminder test counts what reached the group (the bridges' shared history): one copy, whatever failed.
"""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from bot.store import DB_NAME
from tests.bridge import BotProcess, GroupHistory, due_in, faulty_bridge, ledger_rows, wait_until
from tests.conftest import DATA
from tests.core.test_hostile_data import yaml_bomb
from tests.fake import GROUP, MEMBER, STAFF

SETTLE = 12.0  # seconds allowed for what follows a fault: an API timeout of 2 s, a retry after 5 s


def _alerts_saying(bridge, says: str):
    return lambda: [s for s in bridge.sent if s.user_id == STAFF and says in s.text]


def _data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    return data


async def test_bridge_drop_before_confirm_posts_once(tmp_path: Path):
    """The bridge posts the reminder and drops before confirming; the bot reconnects: no 补发 copy."""
    data, history = _data(tmp_path), GroupHistory()
    bot = BotProcess(tmp_path, KAOWU_DATA_DIR=str(data), API_TIMEOUT="2").start()
    first = faulty_bridge(bot.port, history, drop_on_send=True)
    second = faulty_bridge(bot.port, history)
    try:
        await first.connect(timeout=60)
        title = due_in(data, 4)
        assert await wait_until(lambda: history.texts(GROUP, title), 20), "the reminder reached the group"
        await asyncio.sleep(1)  # the bridge is gone; a new connection comes up while the bot still waits
        await second.connect(timeout=20)
        assert await wait_until(lambda: ("soon", "sent") in ledger_rows(tmp_path / "state"), SETTLE)
        assert len(history.texts(GROUP, title)) == 1
        assert not [s for s in second.sent if title in s.text]
    finally:
        await first.close()
        await second.close()
        bot.stop()


async def test_kill_during_slow_confirm_posts_once(tmp_path: Path):
    """The bridge confirms after 1.5 s and the bot is killed (-9) meanwhile; restarted, it posts no copy."""
    data, history = _data(tmp_path), GroupHistory()
    bot = BotProcess(tmp_path, KAOWU_DATA_DIR=str(data)).start()
    slow = faulty_bridge(bot.port, history, confirm_delay=1.5)
    after = faulty_bridge(bot.port, history)
    try:
        await slow.connect(timeout=60)
        title = due_in(data, 4)
        assert await wait_until(lambda: history.texts(GROUP, title), 20)
        await asyncio.sleep(0.5)
        bot.kill9()
        await slow.close()
        assert ("soon", "sending") in ledger_rows(tmp_path / "state"), "the intent was on record before the send"
        bot.start()
        await after.connect(timeout=60)
        assert await wait_until(lambda: ("soon", "sent") in ledger_rows(tmp_path / "state"), SETTLE)
        assert len(history.texts(GROUP, title)) == 1
    finally:
        await slow.close()
        await after.close()
        bot.stop()


async def test_ledger_locked_across_the_due_time_posts_once(tmp_path: Path):
    """Another process holds the database (BEGIN EXCLUSIVE) from before the due time: on time, once, recorded later."""
    data, history = _data(tmp_path), GroupHistory()
    bot = BotProcess(tmp_path, KAOWU_DATA_DIR=str(data)).start()
    bridge = faulty_bridge(bot.port, history)
    try:
        await bridge.connect(timeout=60)
        with closing(sqlite3.connect(tmp_path / "state" / DB_NAME, timeout=0)) as other:
            other.execute("BEGIN EXCLUSIVE")
            title = due_in(data, 4)
            assert await wait_until(lambda: history.texts(GROUP, title), 20), "sent on time despite the lock"
            await asyncio.sleep(7)  # the bot's ledger writes fail (5 s busy timeout) while the lock is held
            other.rollback()
        assert await wait_until(lambda: ("soon", "sent") in ledger_rows(tmp_path / "state"), SETTLE)
        assert len(history.texts(GROUP, title)) == 1
        replies = await bridge.ask_group(GROUP, MEMBER, "考试费怎么交", first_timeout=5)
        assert replies, "the bot still answers"
    finally:
        await bridge.close()
        bot.stop()


async def test_two_bridges_answer_and_alert_once(tmp_path: Path):
    """Two accounts in the group: a question by nickname is answered once, a broken file alerts staff once."""
    data, history = _data(tmp_path), GroupHistory()
    bot = BotProcess(tmp_path, KAOWU_DATA_DIR=str(data)).start()
    a = faulty_bridge(bot.port, history, self_id=10000)
    b = faulty_bridge(bot.port, history, self_id=10001)
    try:
        await a.connect(timeout=60)
        await b.connect(timeout=20)
        for bridge in (a, b):  # QQ delivers the one message to both accounts
            await bridge.group_message(GROUP, MEMBER, "考务助手 考试费怎么交", at_bot=False)
        await wait_until(lambda: a.sent or b.sent, 10)
        await asyncio.sleep(1.5)
        assert len(a.sent) + len(b.sent) == 1

        faq = data / "faq.yaml"
        faq.write_text(faq.read_text(encoding="utf-8") + "  - id: [broken\n", encoding="utf-8")
        alerts = lambda: [s for s in a.sent + b.sent if s.user_id == STAFF]  # noqa: E731
        assert await wait_until(alerts, 10)
        await asyncio.sleep(1.5)
        assert len(alerts()) == 1
    finally:
        await a.close()
        await b.close()
        bot.stop()


async def test_yaml_bomb_and_huge_file_while_running(tmp_path: Path):
    """A YAML bomb, then a 50 MB faq.yaml saved while members ask: every question answered, one alert each."""
    data, history = _data(tmp_path), GroupHistory()
    bot = BotProcess(tmp_path, KAOWU_DATA_DIR=str(data)).start()
    bridge = faulty_bridge(bot.port, history)
    faq = data / "faq.yaml"
    good = faq.read_text(encoding="utf-8")
    try:
        await bridge.connect(timeout=60)
        for hostile, says in ((good + yaml_bomb(), "锚点和别名"), (good + "#" + "x" * 50_000_000 + "\n", "文件太大")):
            faq.write_text(hostile, encoding="utf-8")
            for _ in range(6):  # members keep asking while the bot looks at the file
                since = len(bridge.sent)
                await bridge.group_message(GROUP, MEMBER, "考试费怎么交")
                # the staff member's private alert may come first: the group's reply is the answer
                answered = lambda: [s for s in bridge.sent[since:] if s.group_id == GROUP]  # noqa: B023, E731
                assert await wait_until(answered, 5), bridge.sent[since:]
                assert "打印准考证前缴纳" in answered()[0].text, bridge.sent[since:]
                await asyncio.sleep(0.5)
            alerts = _alerts_saying(bridge, says)
            assert await wait_until(alerts, 10)
            await asyncio.sleep(1)
            assert len(alerts()) == 1 and "faq.yaml:" in alerts()[0].text
    finally:
        await bridge.close()
        bot.stop()
