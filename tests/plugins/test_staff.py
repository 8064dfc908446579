"""Staff commands over nonebug: /faq reload and /unanswered for superusers, a short refusal for members."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from nonebot.adapters.onebot.v11 import Bot, Message, MessageSegment
from nonebug import App

from bot.knowledge import DataError, load
from bot.store import Store
from tests.fake import MEMBER, STAFF, group_message, private_message

OTHER_STAFF = 900002
PARKING = "  - id: parking\n    questions: [考点停车场在哪里, 能开车去考点吗]\n    answer: 考点东门有临时停车位。\n"
BROKEN = "  - id: lunch\n    questions: [中午在哪吃饭, 考点有食堂吗\n    answer: 食堂中午开放。\n"


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + text, encoding="utf-8")


def text(s: str) -> Message:
    return Message(MessageSegment.text(s))


def quoted(event, s: str) -> Message:
    return Message([MessageSegment.reply(event.message_id), MessageSegment.text(s)])


class TextWith:
    """A text-only message containing every needle (for messages whose wording the test does not pin)."""

    def __init__(self, *needles: str):
        self.needles = needles

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message) or any(seg.type != "text" for seg in other):
            return False
        plain = other.extract_plain_text()
        return all(n in plain for n in self.needles) and len(plain.splitlines()) <= 15

    def __repr__(self) -> str:
        return f"<text containing {self.needles!r}>"


@pytest.fixture
def live_data(data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The running bot's data folder is a private copy for this test; the session data comes back afterwards."""
    import plugins.knowledge as knowledge_plugin

    monkeypatch.setattr(knowledge_plugin.live, "data_dir", data_copy)
    yield data_copy
    monkeypatch.undo()
    knowledge_plugin.live.reload()
    # What staff were told belongs to this test's broken file, not to the next test.
    knowledge_plugin._alerts.told = ()
    knowledge_plugin._undelivered = None


@pytest.fixture
async def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Store]:
    """An empty unanswered-question log (a real SQLite file) behind /unanswered."""
    import plugins.staff as staff

    s = await Store.open(tmp_path / "state")
    monkeypatch.setattr(staff, "get_store", lambda: s)
    yield s
    await s.close()


async def test_superuser_reload_names_the_new_entry(app: App, live_data: Path):
    """Staff append an entry and send /faq reload: the reply counts the entries and names it; it is answered."""
    from plugins.knowledge import live

    append(live_data / "faq.yaml", PARKING)
    count = len(load(live_data).faq.faqs)
    event = private_message("/faq reload", user_id=STAFF)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, text(f"现在有 {count} 条问答在用。\n新增：parking"), {"message_id": 1})
        ctx.should_finished()
    assert "东门" in live.answer("考点停车场在哪里").text


async def test_chinese_alias_reloads_too(app: App, live_data: Path):
    """/重载问答 does the same as /faq reload."""
    from plugins.knowledge import live

    count = len(live.knowledge.faq.faqs)
    event = private_message("/重载问答", user_id=STAFF)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, text(f"现在有 {count} 条问答在用。\n问答没有变化。"), {"message_id": 1})


@pytest.mark.parametrize("to_me", [False, True])
async def test_member_reload_is_refused_and_not_answered_as_a_question(app: App, live_data: Path, to_me: bool):
    """A member's /faq reload (with or without @) gets only the refusal; the new entry stays unloaded."""
    from plugins.knowledge import live
    from plugins.staff import REFUSAL

    append(live_data / "faq.yaml", PARKING)
    before = live.answerer
    event = group_message("/faq reload", user_id=MEMBER, to_me=to_me)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        # One send only: a second (the FAQ answerer replying to "/faq reload") would fail the test.
        ctx.should_call_send(event, quoted(event, REFUSAL), {"message_id": 1})
        ctx.should_finished()
    assert live.answerer is before and live.answer("考点停车场在哪里").entry_id != "parking"


async def test_member_unanswered_is_refused(app: App, store: Store):
    """A member's /unanswered gets the refusal and no list."""
    from plugins.staff import REFUSAL

    await store.log_unanswered("考点停车场在哪里", "fallback", datetime.now().astimezone(), 594707089, MEMBER)
    event = private_message("/unanswered", user_id=MEMBER)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, text(REFUSAL), {"message_id": 1})
        ctx.should_finished()


async def test_broken_file_reload_keeps_answers_and_tells_other_staff_once(
    app: App, live_data: Path, monkeypatch: pytest.MonkeyPatch
):
    """A broken faq.yaml: /faq reload replies with file:line, the other superuser gets one private message."""
    import nonebot

    from plugins.knowledge import live

    monkeypatch.setattr(nonebot.get_driver().config, "superusers", {str(STAFF), str(OTHER_STAFF)})
    answer = live.answer("考试费怎么交").text
    append(live_data / "faq.yaml", BROKEN)
    with pytest.raises(DataError) as broken:
        load(live_data)
    where = f"faq.yaml:{broken.value.problems[0].line}:"
    first, again = private_message("/faq reload", user_id=STAFF), private_message("/faq reload", user_id=STAFF)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, first)
        ctx.should_call_api(
            "send_private_msg",
            {"user_id": OTHER_STAFF, "message": TextWith(where, "上一个正确的版本", "5 秒内")},
            {"message_id": 1},
        )
        ctx.should_call_send(first, TextWith(where, "上一个正确的版本"), {"message_id": 2})
        ctx.receive_event(bot, again)  # the same mistake again: a reply, but no second private message
        ctx.should_call_send(again, TextWith(where), {"message_id": 3})
    assert live.answer("考试费怎么交").text == answer


async def test_unanswered_lists_most_frequent_first(app: App, store: Store):
    """/unanswered: the last 7 days' unanswered questions, most asked first, one line each; /unanswered 30 goes further back."""
    now = datetime.now().astimezone()
    for q, times, ago in [
        ("考点停车场在哪里", 3, timedelta(hours=1)),
        ("能带计算器吗", 1, timedelta(days=2)),
        ("证书什么时候发\n急", 2, timedelta(days=1)),
        ("去年的成绩在哪查", 1, timedelta(days=20)),
    ]:
        for _ in range(times):
            await store.log_unanswered(q, "fallback", now - ago, 594707089, MEMBER)
    week, month = private_message("/unanswered", user_id=STAFF), private_message("/unanswered 30", user_id=STAFF)
    head = "答不上或要追问的问题（次数），可以考虑加进 faq.yaml："
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, week)
        ctx.should_call_send(
            week,
            text(f"最近 7 天{head}\n1. 考点停车场在哪里（3）\n2. 证书什么时候发 急（2）\n3. 能带计算器吗（1）"),
            {"message_id": 1},
        )
        ctx.receive_event(bot, month)
        ctx.should_call_send(month, TextWith("最近 30 天", "4. 去年的成绩在哪查（1）"), {"message_id": 2})


async def test_unanswered_when_there_is_nothing(app: App, store: Store):
    """/unanswered with an empty log: one line saying so."""
    event = private_message("/unanswered", user_id=STAFF)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, text("最近 7 天没有答不上的问题。"), {"message_id": 1})
