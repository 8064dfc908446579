"""Abuse, load and failure over the real OneBot v11 protocol, with KAOWU_RATE_LIMIT=3/60s and pacing at 0.2 s."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from tests.fake import GROUP, OTHER_GROUP, STAFF
from tests.onebot import Bridge, Sent, running_bot

FLOODER = 40001
NEIGHBOUR = 40002
SCREEN = 15

INJECTIONS = [
    "[CQ:at,qq=all]",
    "[CQ:at,qq=all] 广东谁负责",
    "&#91;CQ:at,qq=all&#93; 准考证什么时候打印",
    "中级[CQ:at,qq=all]实操几点开始[CQ:face,id=1]",
]
BAD_INPUTS = [
    "考" * 100_000,
    "   ",
    "😀🎉🙏" * 300,
    "\u200b\u200c\u200d\ufeff" * 50 + "广东\u200b谁\u200d负责",
    "\x00\x07\x1b[31m广东谁负责\x1b[0m\u202e",
    "广东" * 20_000,
]


def _quoting(sent: list[Sent], message_ids: set[int]) -> list[Sent]:
    """The bot's messages that quote one of `message_ids`."""
    return [s for s in sent if s.quotes(message_ids)]


def _refuse_next_send(bridge: Bridge) -> None:
    """Answer the bot's next send with retcode 1200, as QQ does when it refuses a message."""
    armed = [True]

    def respond(action: str, params: dict) -> dict | None:
        if armed[0] and action in ("send_msg", "send_group_msg"):
            armed[0] = False
            return {"status": "failed", "retcode": 1200, "data": None, "wording": "消息发送失败，请尝试重发"}
        return None

    bridge.respond = respond


async def test_abuse_over_onebot(tmp_path: Path):
    """Unlisted groups get nothing, no reply ever @s all, a flooder gets 3 answers and one notice while a
    neighbour is answered within 2 s, bad input gets short replies, a refused send and a reconnect are survived,
    and the log holds no traceback."""
    sims: list[Bridge] = []
    async with running_bot(tmp_path, KAOWU_RATE_LIMIT="3/60s", KAOWU_SEND_INTERVAL="0.2") as sim:
        sims.append(sim)
        # Served groups only: a question, a command and staff in another group get nothing.
        await sim.group_message(OTHER_GROUP, 40003, "广东谁负责")
        await sim.group_message(OTHER_GROUP, 40003, "/help", at_bot=False)
        await sim.group_message(OTHER_GROUP, int(STAFF), "/faq reload", at_bot=False)

        # A flood of 30 in 2 s; a neighbour asks in the middle.
        flood_ids: set[int] = set()
        neighbour_latency = None
        for i in range(30):
            flood_ids.add(await sim.group_message(GROUP, FLOODER, "中级实操几点开始"))
            if i == 15:
                asked = time.monotonic()
                mid = await sim.group_message(GROUP, NEIGHBOUR, "广东谁负责")
                neighbour_task = asyncio.create_task(sim.reply_to(mid, 2.0))
            await asyncio.sleep(2 / 30)
        neighbour_reply = await neighbour_task
        assert neighbour_reply is not None, "the neighbour was not answered within 2 s during the flood"
        neighbour_latency = neighbour_reply.at - asked
        assert "林贺" in neighbour_reply.text and neighbour_latency <= 2.0
        await asyncio.sleep(1.0)  # the paced queue drains
        flood_replies = _quoting(sim.sent, flood_ids)
        assert len(flood_replies) <= 10
        assert len(flood_replies) == 4
        assert sum("14:00-16:30" in r.text for r in flood_replies) == 3
        assert sum("太频繁" in r.text for r in flood_replies) == 1

        # Injection: CQ codes typed as text, and a real @all segment in the array form.
        injection_ids = {await sim.group_message(GROUP, 40100 + i, text) for i, text in enumerate(INJECTIONS)}
        at_all = [
            {"type": "at", "data": {"qq": "10000"}},
            {"type": "at", "data": {"qq": "all"}},
            {"type": "text", "data": {"text": " 广东谁负责"}},
        ]
        injection_ids.add(await sim.group_segments(GROUP, 40199, at_all))

        # Bad input from several members, then a bare @ and an empty message.
        bad_ids = {await sim.group_message(GROUP, 40200 + i, text) for i, text in enumerate(BAD_INPUTS)}
        bare = await sim.group_segments(GROUP, 40250, [{"type": "at", "data": {"qq": "10000"}}])
        await sim.group_segments(GROUP, 40251, [])
        await asyncio.sleep((len(injection_ids) + len(bad_ids) + 1) * 0.2 + 1.0)
        assert len(_quoting(sim.sent, injection_ids)) == len(injection_ids)
        bad_replies = _quoting(sim.sent, bad_ids | {bare})
        assert len(bad_replies) == len(bad_ids) + 1
        assert all(len(r.text.splitlines()) <= SCREEN for r in bad_replies)

        # Still answering correctly after all that.
        replies = await sim.ask_group(GROUP, 40300, "中级实操几点开始", first_timeout=5)
        assert len(replies) == 1 and "14:00-16:30" in replies[0].text

        # QQ refuses a reply: logged, and the next question is answered.
        _refuse_next_send(sim)
        await sim.ask_group(GROUP, 40301, "广东谁负责", first_timeout=5)
        replies = await sim.ask_group(GROUP, 40302, "广东谁负责", first_timeout=5)
        assert len(replies) == 1 and "林贺" in replies[0].text

        # The bridge drops and comes back: the bot carries on.
        await sim.close()
        await asyncio.sleep(0.5)
        again = Bridge(sim.port)
        sims.append(again)
        await again.connect(timeout=10)
        try:
            replies = await again.ask_group(GROUP, 40303, "准考证什么时候打印", first_timeout=5)
            assert len(replies) == 1 and replies[0].group_id == GROUP
        finally:
            await again.close()

    everything = [s for each in sims for s in each.sent]
    assert not [s for s in everything if s.group_id == OTHER_GROUP or s.params.get("group_id") == OTHER_GROUP]
    assert not [s for s in everything if any(seg["type"] not in ("reply", "text") for seg in s.segments)]
    log = (tmp_path / "bot.log").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log
    assert "retcode=1200" in log
