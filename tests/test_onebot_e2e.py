"""The bot over the real OneBot v11 protocol: `python -m bot` as a server, a OneBot stand-in as QQ."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fake import GROUP, OTHER_GROUP
from tests.onebot import Bridge, BridgeRefused, running_bot, wait_for_http

MEMBER = 20001


async def test_questions_over_onebot(tmp_path: Path):
    """In the group: @ questions get one quoted text reply each, chatter and other groups get nothing."""
    async with running_bot(tmp_path) as sim:
        replies = await sim.ask_group(GROUP, MEMBER, "广东谁负责", first_timeout=10)
        assert len(replies) == 1
        r = replies[0]
        assert r.group_id == GROUP
        assert "林贺" in r.text and "18620586370" in r.text and "王吉庆" in r.text
        assert [s["type"] for s in r.segments] == ["reply", "text"]

        replies = await sim.ask_group(GROUP, MEMBER, "中级实操几点开始")
        assert len(replies) == 1 and "14:00-16:30" in replies[0].text and "12月18日" not in replies[0].text

        assert await sim.ask_group(GROUP, MEMBER, "各位老师辛苦了", at_bot=False, first_timeout=1.5) == []
        assert await sim.ask_group(OTHER_GROUP, MEMBER, "广东谁负责", first_timeout=1.5) == []

        replies = await sim.ask_private(MEMBER, "准考证什么时候打印")
        assert len(replies) == 1 and replies[0].user_id == MEMBER and "1+X" in replies[0].text

        status, body = await wait_for_http(sim.port, "/healthz")
        health = json.loads(body)
        assert status == 200 and health["onebot_connected"] == 1
        assert len(health["data_version"]) == 12 and health["last_event_at"] is not None


async def test_access_token_is_required_when_set(tmp_path: Path):
    """With ONEBOT_ACCESS_TOKEN set, a bridge without the token is refused and one with it is served."""
    async with running_bot(tmp_path, token="s3cret", ONEBOT_ACCESS_TOKEN="s3cret") as sim:
        replies = await sim.ask_group(GROUP, MEMBER, "咨询群号", first_timeout=10)
        assert replies and "594707089" in replies[0].text
        intruder = Bridge(sim.port)
        with pytest.raises(BridgeRefused, match=r"40[13]"):
            await intruder.connect(timeout=2)
