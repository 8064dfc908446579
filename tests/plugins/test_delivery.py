"""The paced send queue over OneBot v11: pacing, priorities, merging, the bound and a lost connection.

A fake clock moves only when the queue sleeps, so nothing here really waits.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from typing import Any

import nonebot
import pytest
from nonebot import logger
from nonebot.adapters.onebot.v11 import Adapter, Bot, Message, MessageSegment
from nonebot.adapters.onebot.v11.exception import ActionFailed

from bot.outbox import LATE_NOTICE, STALE_AFTER
from tests.fake import GROUP, group_message, private_message

OTHER = GROUP + 1


@pytest.fixture
def log() -> Iterator[list]:
    """Log records of WARNING and above while the test runs."""
    records: list = []
    sink = logger.add(lambda m: records.append(m.record), level="WARNING")
    yield records
    logger.remove(sink)


class FakeTime:
    """A clock that moves only when the test says: a sleeper wakes when `advance` or `run` reaches its time."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        wake: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._sleepers.append((self.now + seconds, wake))
        await wake

    async def advance(self, seconds: float) -> None:
        """Move the clock on, waking each sleeper at its own time, in order."""
        target = self.now + seconds
        await settle()
        while due := sorted((x for x in self._sleepers if x[0] <= target), key=lambda x: x[0]):
            at, wake = due[0]
            self._sleepers.remove(due[0])
            self.now = max(self.now, at)
            wake.set_result(None)
            await settle()
        self.now = target
        await settle()

    async def run(self, awaitable: Any) -> Any:
        """Await `awaitable`, moving the clock from one sleeper to the next until it is done."""
        task = asyncio.ensure_future(awaitable)
        for _ in range(10_000):
            await settle()
            if task.done():
                return task.result()
            if self._sleepers:
                await self.advance(max(0.0, min(at for at, _ in self._sleepers) - self.now))
        raise AssertionError("the queue is stuck: nothing sleeps and the senders still wait")


class Bridge(Bot):
    """A OneBot v11 bot whose bridge records every call, can refuse one kind, and can hang until cut off."""

    def __init__(self, refuse: str | None = None, self_id: str = "10000") -> None:
        super().__init__(nonebot.get_adapter(Adapter), self_id)
        self.calls: list[tuple[str, dict[str, Any], float]] = []
        self.refuse = refuse
        self.hang = False
        self.socket_errors = 0  # this many sends fail the way a socket closing under them does
        self.clock = lambda: 0.0
        self._ids = itertools.count(1)

    async def call_api(self, api: str, **data: Any) -> Any:
        self.calls.append((api, data, self.clock()))
        if api == self.refuse:
            raise ActionFailed(status="failed", retcode=1200, wording="不支持")
        if self.socket_errors:
            self.socket_errors -= 1
            raise ConnectionResetError("the socket closed under the send")
        if self.hang:
            await asyncio.Event().wait()  # the bridge never answers: only a disconnect ends this
        return {"message_id": next(self._ids)}

    def sent(self, api: str | None = None) -> list[Any]:
        return [d.get("message", d.get("messages")) for a, d, _ in self.calls if api is None or a == api]


def use_courier(monkeypatch: pytest.MonkeyPatch, t: FakeTime, interval: float, **kwargs: Any) -> Any:
    import plugins.delivery as delivery

    courier = delivery.Courier(interval, clock=t.clock, sleep=t.sleep, **kwargs)
    monkeypatch.setattr(delivery, "courier", courier)
    return courier


async def settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


def quoted(event: Any, text: str) -> Message:
    return Message([MessageSegment.reply(event.message_id), MessageSegment.text(text)])


async def test_one_reply_in_a_quiet_group_quotes_the_question(app, monkeypatch: pytest.MonkeyPatch):
    """A single question gets a single reply that quotes it, exactly as before the queue learnt to merge."""
    from plugins.delivery import reply

    use_courier(monkeypatch, FakeTime(), 1.0)
    event = group_message("广东谁负责")
    async with app.test_api() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.should_call_send(event, quoted(event, "林贺"), {"message_id": 1})
        assert await reply(bot, event, "林贺") == {"message_id": 1}


async def test_a_burst_is_merged_into_one_message_with_an_at_before_each_part(app, monkeypatch: pytest.MonkeyPatch):
    """The first question is answered alone; the five that came meanwhile leave one interval later as one
    message, the same answer once for the three who asked it, every asker @-ed, the text left as text."""
    from plugins.delivery import reply

    t = FakeTime()
    use_courier(monkeypatch, t, 1.0)
    first = group_message("中级实操几点开始", user_id=30000)
    crowd = [group_message("问题", user_id=30001 + i) for i in range(5)]
    answers = ["14:00-16:30", "14:00-16:30", "[CQ:at,qq=all] 照原样", "14:00-16:30", "林贺"]
    merged = Message(
        [
            MessageSegment.at(30001),
            MessageSegment.at(30002),
            MessageSegment.at(30004),
            MessageSegment.text(" 14:00-16:30\n"),
            MessageSegment.at(30003),
            MessageSegment.text(" [CQ:at,qq=all] 照原样\n"),
            MessageSegment.at(30005),
            MessageSegment.text(" 林贺"),
        ]
    )
    async with app.test_api() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.should_call_send(first, quoted(first, "14:00-16:30"), {"message_id": 1})
        ctx.should_call_api("send_group_msg", {"group_id": GROUP, "message": merged}, {"message_id": 2})
        alone = asyncio.create_task(reply(bot, first, "14:00-16:30"))
        await settle()
        results = await t.run(asyncio.gather(*(reply(bot, e, a) for e, a in zip(crowd, answers, strict=True))))
        await alone
    assert results == [{"message_id": 2}] * 5
    assert t.slept == [pytest.approx(1.0)]


async def test_a_reminder_goes_ahead_of_the_waiting_replies(app, monkeypatch: pytest.MonkeyPatch):
    """A reminder queued after two waiting replies is the next message to the group; the replies follow."""
    from plugins.delivery import reply, send_group

    t = FakeTime()
    use_courier(monkeypatch, t, 1.0)
    events = [group_message("问题", user_id=30100 + i) for i in range(3)]
    async with app.test_api() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.should_call_send(events[0], quoted(events[0], "答0"), {"message_id": 1})
        ctx.should_call_api(
            "send_group_msg", {"group_id": GROUP, "message": Message(MessageSegment.text("提醒"))}, {"message_id": 2}
        )
        ctx.should_call_send(events[1], quoted(events[1], "答1"), {"message_id": 3})
        ctx.should_call_send(events[2], quoted(events[2], "答2"), {"message_id": 4})
        first = asyncio.create_task(reply(bot, events[0], "答0"))
        await settle()
        waiting = [asyncio.create_task(reply(bot, e, f"答{i}")) for i, e in enumerate(events[1:], 1)]
        await settle()
        assert await t.run(send_group(bot, GROUP, "提醒")) == {"message_id": 2}
        await t.run(asyncio.gather(first, *waiting))
    assert t.slept == [pytest.approx(1.0)] * 3


async def test_many_answers_go_as_one_forward_message_naming_the_askers(app, monkeypatch: pytest.MonkeyPatch):
    """Twelve long answers waiting: one merged-forward message, a node per answer headed by its asker's name
    and question, user text only ever inside text segments."""
    from plugins.delivery import reply

    t = FakeTime()
    use_courier(monkeypatch, t, 1.0)
    bridge = Bridge()
    monkeypatch.setitem(nonebot.get_driver()._bots, bridge.self_id, bridge)
    events = [group_message(f"[CQ:at,qq=all] 问题{i}", user_id=30200 + i) for i in range(12)]
    answers = [f"第{i}条答案\n第二行\n第三行" for i in range(12)]
    await t.run(asyncio.gather(*(reply(bridge, e, a) for e, a in zip(events, answers, strict=True))))
    [(api, data, _)] = bridge.calls
    assert api == "send_group_forward_msg" and data["group_id"] == GROUP
    nodes = data["messages"]
    assert len(nodes) == 13 and all(n.type == "node" for n in nodes)
    contents = [n.data["content"] for n in nodes]
    assert all(seg.type == "text" for content in contents for seg in content)
    texts = [str(content[0].data["text"]) for content in contents]
    assert "12位" in texts[0]
    assert texts[1].startswith("@u30200 问「[CQ:at,qq=all] 问题0」：\n第0条答案")


async def test_a_group_that_refuses_forwards_gets_plain_merged_messages(app, monkeypatch: pytest.MonkeyPatch, log):
    """QQ refuses the forward message: logged once, and the same answers leave as plain merged messages."""
    from plugins.delivery import reply

    t = FakeTime()
    use_courier(monkeypatch, t, 1.0)
    bridge = Bridge(refuse="send_group_forward_msg")
    monkeypatch.setitem(nonebot.get_driver()._bots, bridge.self_id, bridge)
    events = [group_message("问题", user_id=30300 + i) for i in range(12)]
    results = await t.run(asyncio.gather(*(reply(bridge, e, f"答案{i}\n第二行\n第三行") for i, e in enumerate(events))))
    apis = [api for api, _, _ in bridge.calls]
    assert apis.count("send_group_forward_msg") == 1 and apis[0] == "send_group_forward_msg"
    assert all(r is not None for r in results)
    answered = [seg.data["qq"] for m in bridge.sent() for seg in m if seg.type == "at"]
    answered += [data["user_id"] for api, data, _ in bridge.calls if api == "send_msg"]
    assert sorted(map(int, answered)) == sorted(e.user_id for e in events)
    assert all(len(str(m).splitlines()) <= 15 for m in bridge.sent("send_group_msg"))
    assert sum("merged-forward" in r["message"] for r in log) == 1


async def test_past_the_bound_askers_get_the_short_notice(app, monkeypatch: pytest.MonkeyPatch):
    """With room for three answers, the fourth and fifth askers are told to ask again, never left in silence."""
    from plugins.delivery import reply

    t = FakeTime()
    use_courier(monkeypatch, t, 1.0, bound=3)
    bridge = Bridge()
    monkeypatch.setitem(nonebot.get_driver()._bots, bridge.self_id, bridge)
    events = [group_message("问题", user_id=30400 + i) for i in range(5)]
    await t.run(asyncio.gather(*(reply(bridge, e, f"答案{i}") for i, e in enumerate(events))))
    [message] = bridge.sent()
    text = str(message)
    assert "答案0" in text and "答案2" in text and "答案3" not in text
    assert text.endswith(LATE_NOTICE)
    notice_ats = [seg.data["qq"] for seg in message[-3:] if seg.type == "at"]
    assert notice_ats == ["30403", "30404"]


async def test_replies_wait_out_a_disconnect_and_reminders_fail_for_the_ledger(app, monkeypatch: pytest.MonkeyPatch):
    """The bridge drops mid-send: the reply in flight and those queued wait for the next connection; a reminder
    fails at once (the ledger's flush on reconnect sends it); after the reconnect fresh replies are answered and
    the ones that waited past a minute get the notice."""
    from plugins.delivery import NotConnected, reply, send_group

    t = FakeTime()
    up: dict[str, Bot | None] = {"bot": None}
    courier = use_courier(monkeypatch, t, 1.0, account_for=lambda _chat, _id: up["bot"])
    old, new = Bridge(), Bridge()
    old.clock = new.clock = t.clock
    up["bot"] = old
    old.hang = True

    early = [group_message("问题", user_id=30500 + i) for i in range(3)]
    tasks = [asyncio.create_task(reply(old, e, f"旧{i}")) for i, e in enumerate(early)]
    await settle()
    assert len(old.calls) == 1  # the first reply is in flight and the bridge will never answer it

    up["bot"] = None
    courier.disconnected(old)
    await settle()
    with pytest.raises(NotConnected):
        await send_group(old, GROUP, "提醒")
    await t.advance(STALE_AFTER - 1.0)  # a minute of no connection, nearly: early replies are still fresh
    late = group_message("新问题", user_id=30600)
    tasks.append(asyncio.create_task(reply(old, late, "新")))
    await t.advance(2.0)  # now the early ones are past a minute, the late one is not
    up["bot"] = new
    courier.connected()
    results = await t.run(asyncio.gather(*tasks))
    assert all(r is not None for r in results)
    [(api, data, _)] = new.calls
    text = str(data["message"])
    assert api == "send_group_msg" and LATE_NOTICE in text and " 新" in text and "旧" not in text
    assert [seg.data["qq"] for seg in data["message"] if seg.type == "at"] == ["30500", "30501", "30502", "30600"]


async def test_an_answer_ready_after_its_bridge_dropped_leaves_on_the_next_connection(
    app, monkeypatch: pytest.MonkeyPatch
):
    """The answer is ready only after the account the question came through dropped: it waits, and leaves
    quoting the question through whichever account speaks for the group once one connects."""
    from plugins.delivery import reply

    t = FakeTime()
    courier = use_courier(monkeypatch, t, 1.0)
    gone, other = Bridge(self_id="10000"), Bridge(self_id="10001")  # `gone` is not among the connected bots
    event = group_message("广东谁负责", user_id=30560)
    task = asyncio.create_task(reply(gone, event, "林贺"))
    await t.advance(10.0)
    assert not task.done() and not gone.calls

    monkeypatch.setitem(nonebot.get_driver()._bots, other.self_id, other)
    courier.connected()
    assert await t.run(task) is not None
    [(api, data, _)] = other.calls
    assert api == "send_msg" and data["group_id"] == GROUP and str(data["message"]) == str(quoted(event, "林贺"))
    assert not gone.calls


async def test_a_private_answer_waits_for_its_own_account(app, monkeypatch: pytest.MonkeyPatch):
    """A private question's account dropped and another is connected: the answer is not sent through the
    other (it is usually no friend of the person); it leaves when the person's own account is back."""
    from plugins.delivery import reply

    t = FakeTime()
    courier = use_courier(monkeypatch, t, 1.0)
    before, other, again = Bridge(), Bridge(self_id="10001"), Bridge()
    monkeypatch.setitem(nonebot.get_driver()._bots, other.self_id, other)
    task = asyncio.create_task(reply(before, private_message("准考证什么时候打印", user_id=30570), "答"))
    await t.advance(5.0)
    assert not task.done() and not other.calls

    monkeypatch.setitem(nonebot.get_driver()._bots, again.self_id, again)
    courier.connected()
    assert await t.run(task) is not None
    assert [(api, data["user_id"]) for api, data, _ in again.calls] == [("send_msg", 30570)]
    assert not before.calls and not other.calls


async def test_a_socket_closing_under_a_send_is_retried_once(app, monkeypatch: pytest.MonkeyPatch, log):
    """The socket fails under a reply before nonebot notices the drop: the reply goes out on the next turn;
    a reply whose sends fail that way every time is given up after two tries, with the reason logged."""
    from plugins.delivery import reply

    t = FakeTime()
    use_courier(monkeypatch, t, 1.0)
    bridge = Bridge()
    monkeypatch.setitem(nonebot.get_driver()._bots, bridge.self_id, bridge)
    bridge.socket_errors = 1
    assert await t.run(reply(bridge, group_message("问题", user_id=30650), "答")) is not None
    assert len(bridge.calls) == 2
    bridge.socket_errors = 5
    assert await t.run(reply(bridge, group_message("问题", user_id=30651), "答")) is None
    assert len(bridge.calls) == 4
    assert any("ConnectionResetError" in r["message"] for r in log)


async def test_pace_between_two_messages_to_a_group_never_drops_below_the_interval(
    app, monkeypatch: pytest.MonkeyPatch
):
    """Replies, a reminder and merged messages to one group, arriving over time: every gap is at least 1 s."""
    from plugins.delivery import reply, send_group

    t = FakeTime()
    use_courier(monkeypatch, t, 1.0)
    bridge = Bridge()
    bridge.clock = t.clock
    monkeypatch.setitem(nonebot.get_driver()._bots, bridge.self_id, bridge)
    tasks = []
    for i in range(40):
        tasks.append(asyncio.create_task(reply(bridge, group_message("问", user_id=30700 + i), f"答{i % 7}")))
        if i == 20:
            tasks.append(asyncio.create_task(send_group(bridge, GROUP, "提醒")))
        await t.advance(0.3)
    await t.run(asyncio.gather(*tasks))
    times = [at for _, _, at in bridge.calls]
    assert all(b - a >= 1.0 - 1e-9 for a, b in itertools.pairwise(times))
    assert len(bridge.calls) < 40


async def test_groups_do_not_wait_for_each_other(app, monkeypatch: pytest.MonkeyPatch):
    """A queue in one group does not delay the first message to another group."""
    from plugins.delivery import send_group

    t = FakeTime()
    use_courier(monkeypatch, t, 1.0)
    bridge = Bridge()
    bridge.clock = t.clock
    monkeypatch.setitem(nonebot.get_driver()._bots, bridge.self_id, bridge)
    await t.run(asyncio.gather(*(send_group(bridge, GROUP, f"提醒{i}") for i in range(5))))
    before = t.now
    await send_group(bridge, OTHER, "别的群")
    assert bridge.calls[-1][2] == before


async def test_a_failed_send_does_not_stall_the_queue(app, monkeypatch: pytest.MonkeyPatch, log):
    """QQ refuses one reply: it is logged with the reason, its sender gets None, and the next reply goes out."""
    from plugins.delivery import reply

    t = FakeTime()
    use_courier(monkeypatch, t, 0.2)
    events = [group_message("问题", user_id=30800 + i) for i in range(2)]
    async with app.test_api() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.should_call_send(
            events[0], quoted(events[0], "答0"), exception=ActionFailed(status="failed", retcode=1200, wording="失败")
        )
        ctx.should_call_send(events[1], quoted(events[1], "答1"), {"message_id": 2})
        results = await t.run(asyncio.gather(reply(bot, events[0], "答0"), reply(bot, events[1], "答1")))
    assert results == [None, {"message_id": 2}]
    assert any("retcode=1200 失败" in r["message"] for r in log)


async def test_zero_interval_sends_at_once(app, monkeypatch: pytest.MonkeyPatch):
    """KAOWU_SEND_INTERVAL=0: no waiting at all, and a handful of replies is never merged."""
    from plugins.delivery import reply

    t = FakeTime()
    use_courier(monkeypatch, t, 0)
    bridge = Bridge()
    monkeypatch.setitem(nonebot.get_driver()._bots, bridge.self_id, bridge)
    events = [group_message("问题", user_id=30900 + i) for i in range(20)]
    await asyncio.gather(*(reply(bridge, e, f"答{i}") for i, e in enumerate(events)))
    assert t.slept == [] and len(bridge.calls) == 20


async def test_a_cancelled_reply_leaves_the_queue_working(app, monkeypatch: pytest.MonkeyPatch):
    """A reply whose handler is cancelled while waiting is not sent; the others are."""
    from plugins.delivery import reply

    t = FakeTime()
    use_courier(monkeypatch, t, 0.2)
    bridge = Bridge()
    monkeypatch.setitem(nonebot.get_driver()._bots, bridge.self_id, bridge)
    events = [group_message("问题", user_id=31000 + i) for i in range(3)]
    tasks = [asyncio.create_task(reply(bridge, e, f"答{i}")) for i, e in enumerate(events)]
    await asyncio.sleep(0)
    tasks[1].cancel()
    await t.run(tasks[0])
    with pytest.raises(asyncio.CancelledError):
        await tasks[1]
    await t.run(tasks[2])
    assert [m[-1].data["text"] for m in bridge.sent()] == ["答0", "答2"]
