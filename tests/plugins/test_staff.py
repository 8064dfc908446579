"""Staff commands over nonebug: /faq reload, /unanswered and teaching from the chat; a short refusal for members."""

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
    monkeypatch.setattr(staff, "_listed", {})
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
    head = "答不上或要追问的问题（次数），/faq learn 编号 条目id 可以教给我："
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


# ---------------------------------------------------------------- teaching from the chat


def staff_says(*texts: str):
    return [private_message(t, user_id=STAFF) for t in texts]


async def test_add_dialog_previews_then_saves_and_serves(app: App, live_data: Path, store: Store):
    """/faq add: questions, answer, a preview with the placeholder filled in and what the samples get today, 确认: saved and answered."""
    from plugins.knowledge import live

    registration = live.knowledge.context["registration"]
    start, questions, answer, confirm = staff_says(
        "/faq add parking",
        "考点停车场在哪里\n能开车去考点吗",
        "考点东门有临时停车位。\n报名时间：{registration}",
        "确认",
    )
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, start)
        ctx.should_call_send(start, TextWith("一行一个", "取消"), {"message_id": 1})
        ctx.receive_event(bot, questions)
        ctx.should_call_send(questions, TextWith("请发回答"), {"message_id": 2})
        ctx.receive_event(bot, answer)
        ctx.should_call_send(
            answer,
            TextWith(
                "预览",
                "parking",
                f"报名时间：{registration}",
                "「考点停车场在哪里」现在",
                "「能开车去考点吗」现在",
                "确认",
            ),
            {"message_id": 3},
        )
        ctx.receive_event(bot, confirm)
        ctx.should_call_send(confirm, TextWith("已写入 faq.yaml：#1 新增 parking"), {"message_id": 4})
        ctx.should_finished()
    assert live.answer("考点停车场在哪里").entry_id == "parking"
    (record,) = await store.faq_changes()
    assert (record.user_id, record.change.action, record.change.before) == (str(STAFF), "add", None)


async def test_add_without_an_id_names_it_from_the_question(app: App, live_data: Path, store: Store):
    """/faq add with no id: the entry is named from the first question's pinyin."""
    events = staff_says("/faq add", "考点停车场在哪里", "考点东门有临时停车位。", "确认")
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        for i, event in enumerate(events, 1):
            ctx.receive_event(bot, event)
            ctx.should_call_send(event, TextWith("新增 kao-dian-ting-che") if i == 4 else TextWith(), {"message_id": i})
    assert "id: kao-dian-ting-che" in (live_data / "faq.yaml").read_text(encoding="utf-8")


async def test_invalid_answer_is_refused_and_asked_again(app: App, live_data: Path, store: Store):
    """An answer with an unknown placeholder gets the loader's reason and is asked for again; 取消 writes nothing."""
    before = (live_data / "faq.yaml").read_bytes()
    start, questions, bad, cancel = staff_says("/faq add lunch", "中午在哪吃饭", "食堂：{canteen}", "取消")
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, start)
        ctx.should_call_send(start, TextWith(), {"message_id": 1})
        ctx.receive_event(bot, questions)
        ctx.should_call_send(questions, TextWith(), {"message_id": 2})
        ctx.receive_event(bot, bad)
        ctx.should_call_send(bad, TextWith("没有保存", "{canteen}", "重新发回答"), {"message_id": 3})
        ctx.receive_event(bot, cancel)
        ctx.should_call_send(cancel, text("已取消，faq.yaml 没有改动。"), {"message_id": 4})
        ctx.should_finished()
    assert (live_data / "faq.yaml").read_bytes() == before
    assert await store.faq_changes() == []


async def test_edit_replaces_the_answer(app: App, live_data: Path, store: Store):
    """/faq edit fees: the current answer is shown, the new one previewed, 确认 serves it."""
    from plugins.knowledge import live

    start, answer, confirm = staff_says("/faq edit fees", "按协议约定缴费，金额以协议为准。", "确认")
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, start)
        ctx.should_call_send(start, TextWith("fees 现在的回答", "打印准考证前缴纳", "请发新的回答"), {"message_id": 1})
        ctx.receive_event(bot, answer)
        ctx.should_call_send(answer, TextWith("预览", "按协议约定缴费", "原来的回答"), {"message_id": 2})
        ctx.receive_event(bot, confirm)
        ctx.should_call_send(confirm, TextWith("#1 修改 fees 的回答"), {"message_id": 3})
    assert live.answer("考试费怎么交").text == "按协议约定缴费，金额以协议为准。"


async def test_learn_from_the_numbered_unanswered_list(app: App, live_data: Path, store: Store):
    """/unanswered numbers the questions; /faq learn 1 exam-venue makes item 1 a sample of that entry; it leaves the list."""
    from plugins.knowledge import live

    now = datetime.now().astimezone()
    for _ in range(2):
        await store.log_unanswered("考场有停车位吗", "fallback", now, 594707089, MEMBER)
    listing, learn, again = staff_says("/unanswered", "/faq learn 1 exam-venue", "/未答问题")
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, listing)
        ctx.should_call_send(listing, TextWith("1. 考场有停车位吗（2）"), {"message_id": 1})
        ctx.receive_event(bot, learn)
        ctx.should_call_send(learn, TextWith("#1 exam-venue 学了「考场有停车位吗」"), {"message_id": 2})
        ctx.receive_event(bot, again)
        ctx.should_call_send(again, text("最近 7 天没有答不上的问题。"), {"message_id": 3})
    assert live.answer("考场有停车位吗").entry_id == "exam-venue"


async def test_learn_any_wording_and_show(app: App, live_data: Path, store: Store):
    """/faq learn 「任意问法」 ENTRY adds that wording; /faq show lists it; a wrong id names the close ones."""
    learn, show, wrong = staff_says("/faq learn 「考试费可以刷卡吗」 fees", "/faq show fees", "/faq show fee")
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, learn)
        ctx.should_call_send(learn, TextWith("fees 学了「考试费可以刷卡吗」"), {"message_id": 1})
        ctx.receive_event(bot, show)
        ctx.should_call_send(
            show, TextWith("fees（8 个问法）", "考试费怎么交", "回答（faq.yaml 原文）"), {"message_id": 2}
        )
        ctx.receive_event(bot, wrong)
        ctx.should_call_send(wrong, TextWith("没有 id 为 fee 的问答", "fees"), {"message_id": 3})


async def test_history_and_undo(app: App, live_data: Path, store: Store):
    """/faq history lists chat changes newest first; /faq undo reverts the last one and history marks it."""
    before = (live_data / "faq.yaml").read_bytes()
    learn, undo, history, nothing = staff_says(
        "/faq learn 「考试费可以刷卡吗」 fees", "/faq undo", "/faq history", "/faq 撤销"
    )
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, learn)
        ctx.should_call_send(learn, TextWith("#1"), {"message_id": 1})
        ctx.receive_event(bot, undo)
        ctx.should_call_send(undo, TextWith("#2 撤销 #1（fees）"), {"message_id": 2})
        ctx.receive_event(bot, history)
        ctx.should_call_send(
            history,
            TextWith("#2 ", "撤销 #1", "#1 ", f"{STAFF} fees 学了「考试费可以刷卡吗」（已撤销）"),
            {"message_id": 3},
        )
        ctx.receive_event(bot, nothing)
        ctx.should_call_send(nothing, TextWith("没有可以撤销的修改"), {"message_id": 4})
    assert (live_data / "faq.yaml").read_bytes() == before


@pytest.mark.parametrize("command", ["/faq add", "/faq learn 「考试费可以刷卡吗」 fees", "/faq undo", "/未答问题"])
async def test_member_teaching_is_refused_and_never_answered(app: App, live_data: Path, store: Store, command: str):
    """A member's staff command gets only the refusal; no dialog opens, so their next message is a normal question."""
    from plugins.staff import REFUSAL

    before = (live_data / "faq.yaml").read_bytes()
    attempt = group_message(command, user_id=MEMBER, to_me=False)
    follow = group_message("考点停车场在哪里", user_id=MEMBER, to_me=True)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, attempt)
        ctx.should_call_send(attempt, quoted(attempt, REFUSAL), {"message_id": 1})
        ctx.should_finished()
        ctx.receive_event(bot, follow)
        ctx.should_call_send(follow, TextWithQuote(), {"message_id": 2})  # the answerer's reply, not a dialog step
    assert (live_data / "faq.yaml").read_bytes() == before
    assert await store.faq_changes() == []


async def test_a_dialog_in_the_group_listens_to_its_staff_member_only(app: App, live_data: Path, store: Store):
    """While a superuser's /faq add waits in the group, a member's question there is answered as usual."""
    start = group_message("/faq add", user_id=STAFF, to_me=False)
    member = group_message("考试费怎么交", user_id=MEMBER, to_me=True)
    questions = group_message("考点停车场在哪里", user_id=STAFF, to_me=False)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, start)
        ctx.should_call_send(
            start,
            quoted(start, "新增一条问答。请发大家会怎么问，一行一个（可以发好几行），发「取消」放弃。"),
            {"message_id": 1},
        )
        ctx.receive_event(bot, member)
        ctx.should_call_send(member, TextWithQuote("打印准考证前缴纳"), {"message_id": 2})
        ctx.receive_event(bot, questions)
        ctx.should_call_send(questions, TextWithQuote("请发回答"), {"message_id": 3})


class TextWithQuote(TextWith):
    """A quoted reply (a reply segment, then text) containing every needle."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message) or [seg.type for seg in other] != ["reply", "text"]:
            return False
        return all(n in other.extract_plain_text() for n in self.needles)


async def test_another_command_ends_the_dialog(app: App, live_data: Path, store: Store):
    """A command sent while /faq add waits ends the dialog with a note; it is not taken as the questions."""
    from plugins.staff import INTERRUPTED

    before = (live_data / "faq.yaml").read_bytes()
    start, other, after = staff_says("/faq add", "/faq history", "/faq history")
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, start)
        ctx.should_call_send(start, TextWith(), {"message_id": 1})
        ctx.receive_event(bot, other)
        ctx.should_call_send(other, text(INTERRUPTED), {"message_id": 2})
        ctx.receive_event(bot, after)
        ctx.should_call_send(after, text("还没有从聊天里改过问答。"), {"message_id": 3})
    assert (live_data / "faq.yaml").read_bytes() == before
