"""The paced send queue (KAOWU_SEND_INTERVAL), on a fake clock: no real sleeping."""

from __future__ import annotations

import asyncio
import itertools

import pytest


class FakeTime:
    """A clock that only moves when the pacer sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


def _pacer(interval: float, t: FakeTime):
    from plugins.delivery import Pacer

    return Pacer(interval, clock=t.clock, sleep=t.sleep)


async def test_a_burst_to_one_group_leaves_in_order_spaced_by_the_interval():
    """Ten replies to one group go out in the order asked, at least 0.2 s apart, none dropped."""
    t = FakeTime()
    pacer = _pacer(0.2, t)
    sent: list[tuple[int, float]] = []

    async def send(i: int) -> int:
        sent.append((i, t.now))
        return i

    results = await asyncio.gather(*(pacer.run(("group", 1), lambda i=i: send(i)) for i in range(10)))
    assert results == list(range(10))
    assert [i for i, _ in sent] == list(range(10))
    gaps = [b - a for (_, a), (_, b) in itertools.pairwise(sent)]
    assert all(g >= 0.2 - 1e-9 for g in gaps)


async def test_groups_do_not_wait_for_each_other():
    """A queue in one group does not delay the first message to another group."""
    t = FakeTime()
    pacer = _pacer(0.2, t)
    sent: list[tuple[str, float]] = []

    async def send(chat: str) -> None:
        sent.append((chat, t.now))

    await asyncio.gather(*(pacer.run(("group", 1), lambda: send("busy")) for _ in range(5)))
    before = t.now
    await pacer.run(("group", 2), lambda: send("quiet"))
    assert sent[-1] == ("quiet", before)


async def test_a_failed_send_does_not_stall_or_drop_the_rest_of_the_queue():
    """When QQ refuses the 2nd of five messages, its sender sees the error and the other four still go out."""
    t = FakeTime()
    pacer = _pacer(0.2, t)
    sent: list[int] = []

    async def send(i: int) -> int:
        if i == 1:
            raise RuntimeError("retcode 1200")
        sent.append(i)
        return i

    results = await asyncio.gather(
        *(pacer.run(("group", 1), lambda i=i: send(i)) for i in range(5)), return_exceptions=True
    )
    assert sent == [0, 2, 3, 4]
    assert isinstance(results[1], RuntimeError)
    assert len(t.slept) == 4  # the failed attempt still counts as a send towards the spacing


async def test_zero_interval_sends_at_once():
    """KAOWU_SEND_INTERVAL=0: no waiting at all."""
    t = FakeTime()
    pacer = _pacer(0, t)

    async def send() -> str:
        return "ok"

    assert await asyncio.gather(*(pacer.run(("group", 1), send) for _ in range(20))) == ["ok"] * 20
    assert t.slept == []


async def test_a_cancelled_waiter_does_not_block_the_queue():
    """A reply whose handler is cancelled while waiting its turn leaves the queue working for the others."""
    t = FakeTime()
    pacer = _pacer(0.2, t)
    sent: list[int] = []

    async def send(i: int) -> None:
        sent.append(i)

    first = asyncio.create_task(pacer.run(("group", 1), lambda: send(0)))
    second = asyncio.create_task(pacer.run(("group", 1), lambda: send(1)))
    third = asyncio.create_task(pacer.run(("group", 1), lambda: send(2)))
    await asyncio.sleep(0)
    second.cancel()
    await first
    with pytest.raises(asyncio.CancelledError):
        await second
    await third
    assert sent == [0, 2]


async def test_replies_and_reminders_to_one_group_share_its_queue(app, monkeypatch: pytest.MonkeyPatch):
    """A reply and a reminder for the same group are spaced by the interval; nothing jumps the queue."""
    from nonebot.adapters.onebot.v11 import Bot, Message, MessageSegment

    import plugins.delivery as delivery
    from tests.fake import GROUP, group_message

    t = FakeTime()
    monkeypatch.setattr(delivery, "pacer", _pacer(0.2, t))
    event = group_message("广东谁负责")
    async with app.test_api() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.should_call_send(
            event, Message([MessageSegment.reply(event.message_id), MessageSegment.text("答复")]), {"message_id": 1}
        )
        ctx.should_call_api(
            "send_group_msg", {"group_id": GROUP, "message": Message(MessageSegment.text("提醒"))}, {"message_id": 2}
        )
        await asyncio.gather(delivery.reply(bot, event, "答复"), delivery.send_group(bot, GROUP, "提醒"))
    assert t.slept == [pytest.approx(0.2)]
