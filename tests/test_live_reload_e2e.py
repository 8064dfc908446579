"""Staff edit faq.yaml while the bot runs over real OneBot v11: new answers follow, mistakes are caught."""

from __future__ import annotations

import asyncio
import os
import shutil
import time
from pathlib import Path

from tests.conftest import DATA
from tests.fake import GROUP, MEMBER, STAFF
from tests.onebot import running_bot

NEW_ENTRY = """
  - id: parking
    questions: [考点停车场在哪里, 能开车去考点吗]
    answer: 考点东门有临时停车位，考试当天开放。
"""
# The closing bracket is missing on the second line of the entry: the line staff must be pointed to.
BROKEN_ENTRY = """
  - id: lunch
    questions: [中午在哪吃饭, 考点有食堂吗
    answer: 考点食堂中午开放。
"""


async def _ask_until(sim, question: str, wanted: str, within: float) -> float:
    """Ask again and again until the reply contains `wanted`; seconds it took (fails after `within`)."""
    start = time.monotonic()
    while time.monotonic() - start < within + 1:
        replies = await sim.ask_group(GROUP, MEMBER, question, first_timeout=3, quiet=0.1)
        if replies and wanted in replies[0].text:
            return time.monotonic() - start
        await asyncio.sleep(0.3)
    raise AssertionError(f"{question!r} was not answered with {wanted!r} within {within} s")


async def test_edits_are_followed_and_mistakes_reported(tmp_path: Path):
    """An appended entry is answered within 5 s; broken YAML keeps the old answers and tells the superuser."""
    from bot.knowledge import DataError, load

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    faq = data / "faq.yaml"
    async with running_bot(tmp_path, KAOWU_DATA_DIR=str(data)) as sim:
        first = await sim.ask_group(GROUP, MEMBER, "考试费怎么交", first_timeout=10)
        assert first and "打印准考证前缴纳" in first[0].text

        # Saved the way vim and many editors do: a new file written beside it, then renamed over it.
        temp = data / ".faq.yaml.swp"
        temp.write_text(faq.read_text(encoding="utf-8") + NEW_ENTRY, encoding="utf-8")
        os.replace(temp, faq)
        took = await _ask_until(sim, "考点停车场在哪里", "东门", within=5)
        assert took <= 5

        # Saved in place this time, and broken: what check would say is what the superuser must be told.
        faq.write_text(faq.read_text(encoding="utf-8") + BROKEN_ENTRY, encoding="utf-8")
        try:
            load(data)
        except DataError as e:
            problem = e.problems[0]
        assert problem.file == "faq.yaml"
        deadline = time.monotonic() + 6
        alerts = []
        while not alerts and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
            alerts = [s for s in sim.sent if s.user_id == STAFF]
        assert len(alerts) == 1, "the superuser gets one private message about the broken file"
        assert f"faq.yaml:{problem.line}:" in alerts[0].text and "上一个正确的版本" in alerts[0].text

        # The last good data keeps answering: the old entries and the one added before the mistake.
        replies = await sim.ask_group(GROUP, MEMBER, "考试费怎么交")
        assert replies and replies[0].text == first[0].text
        replies = await sim.ask_group(GROUP, MEMBER, "能开车去考点吗")
        assert replies and "东门" in replies[0].text
        assert [s for s in sim.sent if s.user_id == STAFF] == alerts, "the same mistake is reported once"
