"""Exam week over the real OneBot v11 protocol: a burst is merged, and a bridge that drops mid-burst loses
neither the reminder due meanwhile nor the replies still queued."""

from __future__ import annotations

import asyncio
import itertools
import shutil
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.conftest import DATA, ROOT
from tests.fake import GROUP, STAFF
from tests.onebot import Bridge, running_bot

sys.path.insert(0, str(ROOT / "tools"))
from answered import answers_in

INTERVAL = 0.5
TITLE = "演练截止"
QUESTIONS = ["中级实操几点开始", "广东谁负责", "准考证什么时候打印", "考试费用怎么交", "报名时间", "技术问题找谁"]


def _drill_deadline(data: Path, due: datetime) -> None:
    """deadlines.yaml with one deadline whose single reminder falls due at `due`."""
    at = (due + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S")
    (data / "deadlines.yaml").write_text(
        "timezone: Asia/Shanghai\ndeadlines:\n  - id: drill\n"
        f'    title: {TITLE}\n    at: "{at}"\n    remind: [1h]\n    detail: 演练。\n',
        encoding="utf-8",
    )


def _group_messages(sims: list) -> list:
    return [s for sim in sims for s in sim.sent if s.group_id == GROUP or s.params.get("group_id") == GROUP]


async def test_a_disconnect_mid_burst_loses_no_reminder_and_no_asker(tmp_path: Path):
    """40 members ask at once, the bridge drops a moment later, the reminder falls due while it is down and
    it reconnects: the reminder goes out once on the new connection, every member gets an answer (most are
    ready only after the drop: answering runs off the event loop), messages stay at least
    KAOWU_SEND_INTERVAL apart, and the log holds no traceback."""
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    sims: list = []
    async with running_bot(
        tmp_path, KAOWU_DATA_DIR=str(data), KAOWU_SEND_INTERVAL=str(INTERVAL), LOG_LEVEL="INFO"
    ) as sim:
        sims.append(sim)
        due = datetime.now(ZoneInfo("Asia/Shanghai")).replace(microsecond=0) + timedelta(seconds=12)
        _drill_deadline(data, due)
        for _ in range(40):  # the bot follows the edit within seconds
            if any(TITLE in r.text for r in await sim.ask_private(STAFF, "/reminders", first_timeout=3)):
                break
            await asyncio.sleep(0.25)
        else:
            raise AssertionError("the drill deadline was not planned")
        await asyncio.sleep(max(0.0, due.timestamp() - time.time() - 2.5))

        asked_by = {}
        for member, question in itertools.product(range(50_000, 50_040), QUESTIONS[:2]):
            asked_by[await sim.group_message(GROUP, member, question)] = member
        await asyncio.sleep(0.1)  # the first reply leaves alone; the rest wait for the next turn, 0.5 s on
        port = sim.port
        await sim.close()

        await asyncio.sleep(max(0.0, due.timestamp() - time.time() + 1.0))  # the reminder falls due meanwhile
        again = Bridge(port)
        sims.append(again)
        await again.connect(timeout=10)
        try:
            for _ in range(100):
                answered = {a.member for s in _group_messages(sims) for a in answers_in(s, asked_by)}
                if len(answered) == 40 and any(TITLE in s.text for s in again.sent):
                    break
                await asyncio.sleep(0.1)
            await asyncio.sleep(1.5)  # nothing more is owed: anything now would be a repeat
        finally:
            await again.close()

    posts = _group_messages(sims)
    reminders = [s for s in posts if TITLE in s.text]
    assert len(reminders) == 1 and reminders[0] in again.sent
    answers = [a for s in posts for a in answers_in(s, asked_by)]
    assert {a.member for a in answers} == set(range(50_000, 50_040))
    assert not [a for a in answers if a.notice]  # a few seconds without a bridge: every reply is still fresh
    assert [a for s in again.sent for a in answers_in(s, asked_by)]  # replies that waited out the drop
    assert len(posts) < len(asked_by) / 2  # merged: far fewer messages than questions
    for each in sims:
        mine = [s for s in posts if s in each.sent]
        assert all(b.at - a.at >= INTERVAL for a, b in itertools.pairwise(mine))
    assert not [s for s in posts for seg in s.segments if seg["type"] == "at" and seg["data"]["qq"] == "all"]
    log = (tmp_path / "bot.log").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log
    assert "replies waiting" in log


async def test_answers_ready_after_their_account_dropped_go_out_through_the_account_still_connected(tmp_path: Path):
    """Two QQ accounts sit in the group; 40 members ask through the first, which drops at once: every member
    is answered, the answers that were ready only after the drop through the second account, and the log
    holds no traceback."""
    async with running_bot(tmp_path, LOG_LEVEL="INFO") as first:
        second = Bridge(first.port, self_id=10001)
        await second.connect(timeout=10)
        try:
            asked_by = {}
            for member in range(51_000, 51_040):
                asked_by[await first.group_message(GROUP, member, QUESTIONS[member % len(QUESTIONS)])] = member
            await first.close()  # the answers take tens of milliseconds each: most are ready after this

            def answered() -> set[int]:
                return {a.member for s in _group_messages([first, second]) for a in answers_in(s, asked_by)}

            for _ in range(150):
                if len(answered()) == 40:
                    break
                await asyncio.sleep(0.1)
        finally:
            await second.close()

    assert answered() == set(range(51_000, 51_040))
    assert [a for s in _group_messages([second]) for a in answers_in(s, asked_by)]
    log = (tmp_path / "bot.log").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log
