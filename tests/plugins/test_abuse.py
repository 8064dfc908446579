"""Abuse through nonebug: unlisted groups, CQ-code injection, floods, bad input, failed sends."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from nonebot import logger
from nonebot.adapters.onebot.v11 import Bot, Message, MessageSegment
from nonebot.adapters.onebot.v11.exception import ActionFailed
from nonebug import App

from bot.ratelimit import RateLimiter
from bot.settings import RateLimit
from tests.fake import OTHER_GROUP, STAFF, group_message, private_message

FLOODER = 30001
NEIGHBOUR = 30002
SCREEN = 15  # lines that fit on one phone screen


def _reply(event, text: str) -> Message:
    return Message([MessageSegment.reply(event.message_id), MessageSegment.text(text)])


def _answer(text: str) -> str:
    from plugins.knowledge import live

    return live.answer(text).text


def _help() -> str:
    from plugins.knowledge import live

    return live.answerer.help().text


class FakeClock:
    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """KAOWU_RATE_LIMIT=3/60s for this test, on a clock the test moves."""
    import plugins.guard as guard

    fake = FakeClock()
    monkeypatch.setattr(guard, "limiter", RateLimiter(RateLimit(count=3, window=timedelta(seconds=60))))
    monkeypatch.setattr(guard, "clock", fake)
    return fake


@pytest.fixture
def log() -> Iterator[list]:
    """Log records of WARNING and above while the test runs."""
    records: list = []
    sink = logger.add(lambda m: records.append(m.record), level="WARNING")
    yield records
    logger.remove(sink)


# ------------------------------------------------------------ served groups only


async def test_unlisted_group_gets_no_reply_to_questions_or_commands(app: App, clock: FakeClock):
    """In a group not in KAOWU_GROUPS, questions, /help and a flood all get nothing, not even a notice."""
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        for text in ["广东谁负责", "/help", "/帮助", "/reminders", "/faq reload"]:
            ctx.receive_event(bot, group_message(text, group_id=OTHER_GROUP))
        ctx.receive_event(bot, group_message("/help", group_id=OTHER_GROUP, to_me=False))
        for _ in range(6):
            ctx.receive_event(bot, group_message("考试时间", group_id=OTHER_GROUP, user_id=FLOODER))
        ctx.receive_event(bot, group_message("/faq reload", group_id=OTHER_GROUP, user_id=STAFF))


async def test_help_in_served_group_is_answered(app: App):
    """/help in the served group, without an @, gets the help text."""
    event = group_message("/help", to_me=False)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, _reply(event, _help()), {"message_id": 1})


# ------------------------------------------------------------ no injection

INJECTIONS = [
    "[CQ:at,qq=all]",
    "[CQ:at,qq=all] 广东谁负责",
    "&#91;CQ:at,qq=all&#93;",
    "&#91;CQ:at,qq=all&#93; 准考证什么时候打印",
    "&amp;#91;CQ:at,qq=all&amp;#93;",
    "中级[CQ:at,qq=all]实操几点开始[CQ:face,id=1]",
    "[CQ:image,file=http://example.com/a.png]考试费用怎么交[CQ:at,qq=10000]",
    "[CQ:at,qq=all][CQ:at,qq=all][CQ:at,qq=all]",
]


@pytest.mark.parametrize("text", INJECTIONS)
async def test_cq_codes_in_a_question_never_become_segments(app: App, text: str):
    """A question carrying CQ codes (raw or escaped) is answered with a quote and one text segment: no @all."""
    event = group_message(text)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, _reply(event, _answer(text)), {"message_id": 1})


async def test_real_at_all_segment_in_the_question_is_not_echoed(app: App):
    """A message whose array form holds a real @all segment plus a question gets a plain text answer."""
    message = Message([MessageSegment.at("all"), MessageSegment.text(" 广东谁负责")])
    event = group_message("", message=message)
    expected = _answer("广东谁负责")
    assert "林贺" in expected
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, _reply(event, expected), {"message_id": 1})


async def test_reminders_and_alerts_send_user_text_as_text(app: App):
    """send_group and send_private turn CQ-looking text into one text segment, never an @all."""
    from plugins.delivery import send_group, send_private

    text = "[CQ:at,qq=all] 截止提醒"
    async with app.test_api() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.should_call_api(
            "send_group_msg", {"group_id": 594707089, "message": Message(MessageSegment.text(text))}, {"message_id": 1}
        )
        ctx.should_call_api(
            "send_private_msg", {"user_id": STAFF, "message": Message(MessageSegment.text(text))}, {"message_id": 2}
        )
        await send_group(bot, 594707089, text)
        await send_private(bot, STAFF, text)


class QuoteAndText:
    """Compares equal to a message that is a quote of `event` and one text segment containing `needle`."""

    def __init__(self, event, needle: str):
        self.event, self.needle = event, needle

    def __eq__(self, other: object) -> bool:
        segments = [(s.type, s.data) for s in Message(other)] if isinstance(other, Message) else []
        return (
            [t for t, _ in segments] == ["reply", "text"]
            and str(segments[0][1]["id"]) == str(self.event.message_id)
            and self.needle in segments[1][1]["text"]
        )

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __repr__(self) -> str:
        return f"<quote of {self.event.message_id} + text containing {self.needle!r}>"


async def test_unanswered_list_shows_members_cq_codes_as_text(app: App):
    """A member's question with [CQ:at,qq=all] shows up in staff's /unanswered list as text, not as an @all."""
    question = "[CQ:at,qq=all]火星上能考试吗"
    listing = group_message("/unanswered", user_id=STAFF, to_me=False)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        for i in range(3):  # asked often enough to be near the top of the list
            asked = group_message(question, user_id=30010 + i)
            ctx.receive_event(bot, asked)
            ctx.should_call_send(asked, _reply(asked, _answer(question)), {"message_id": i})
        ctx.receive_event(bot, listing)
        ctx.should_call_send(listing, QuoteAndText(listing, question), {"message_id": 2})


# ------------------------------------------------------------ flood control


async def test_flood_gets_limit_answers_and_one_notice(app: App, clock: FakeClock):
    """30 questions in 2 s from one member: 3 answers, 1 short notice, then silence (commands too)."""
    import plugins.guard as guard

    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        for i in range(30):
            clock.now = 1000 + i * 2 / 30
            event = group_message("中级实操几点开始", user_id=FLOODER)
            ctx.receive_event(bot, event)
            if i < 3:
                ctx.should_call_send(event, _reply(event, _answer("中级实操几点开始")), {"message_id": i})
            elif i == 3:
                notice = guard.flood_notice(60 - 3 * 2 / 30)
                ctx.should_call_send(event, _reply(event, notice), {"message_id": i})
        ctx.receive_event(bot, group_message("/help", user_id=FLOODER, to_me=False))
        ctx.receive_event(bot, private_message("广东谁负责", user_id=FLOODER))
    assert "3个问题" in notice and "1分钟" in notice and "\n" not in notice


async def test_other_member_is_answered_during_a_flood(app: App, clock: FakeClock):
    """While one member floods, another member asking in the middle gets the normal answer."""
    import plugins.guard as guard

    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        for i in range(10):
            clock.now = 1000 + i * 0.1
            event = group_message("考试时间", user_id=FLOODER)
            ctx.receive_event(bot, event)
            if i < 3:
                ctx.should_call_send(event, _reply(event, _answer("考试时间")), {"message_id": i})
            elif i == 3:
                ctx.should_call_send(event, _reply(event, guard.flood_notice(59.7)), {"message_id": i})
            elif i == 5:
                neighbour = group_message("广东谁负责", user_id=NEIGHBOUR)
                ctx.receive_event(bot, neighbour)
                ctx.should_call_send(neighbour, _reply(neighbour, _answer("广东谁负责")), {"message_id": 99})


async def test_flooder_is_answered_again_after_the_window(app: App, clock: FakeClock):
    """A member who hit the limit is answered again once a minute has passed."""
    import plugins.guard as guard

    for i in range(3):
        assert guard.limiter.check(str(FLOODER), 1000 + i).allowed
    event = group_message("广东谁负责", user_id=FLOODER)
    clock.now = 1061.0
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, _reply(event, _answer("广东谁负责")), {"message_id": 1})


async def test_staff_are_not_rate_limited(app: App, clock: FakeClock):
    """A superuser asking 8 questions in a second gets 8 answers."""
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        for i in range(8):
            clock.now = 1000 + i * 0.1
            event = group_message("广东谁负责", user_id=STAFF)
            ctx.receive_event(bot, event)
            ctx.should_call_send(event, _reply(event, _answer("广东谁负责")), {"message_id": i})


async def test_unaddressed_chatter_does_not_count(app: App, clock: FakeClock):
    """Ordinary group chatter not addressed to the bot does not use up a member's questions."""
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        for _ in range(10):
            ctx.receive_event(bot, group_message("大家好，今天考试顺利", user_id=FLOODER, to_me=False))
        for i in range(3):
            event = group_message("广东谁负责", user_id=FLOODER)
            ctx.receive_event(bot, event)
            ctx.should_call_send(event, _reply(event, _answer("广东谁负责")), {"message_id": i})


# ------------------------------------------------------------ bad input

BAD_INPUTS = {
    "huge": "考" * 100_000,
    "empty": "",
    "spaces": "   \n\t  ",
    "emoji": "😀🎉🙏" * 300,
    "zero-width": "\u200b\u200c\u200d\ufeff" * 50 + "广东\u200b谁\u200d负责",
    "control": "\x00\x07\x1b[31m广东谁负责\x1b[0m\u202e",
    "province wall": "广东" * 20_000,
    "every province": "北京天津河北山西内蒙古辽宁吉林黑龙江上海江苏浙江安徽福建江西山东河南湖北湖南广东广西海南重庆四川贵州云南西藏陕西甘肃青海宁夏新疆"
    * 200,
}


@pytest.mark.parametrize("name", BAD_INPUTS)
async def test_bad_input_gets_a_short_reply(app: App, log: list, name: str):
    """Walls of text, empty messages, emoji, invisible and control characters get one reply of a screen or less."""
    text = BAD_INPUTS[name]
    expected = _answer(text)
    assert 0 < len(expected.splitlines()) <= SCREEN
    event = group_message(text)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, _reply(event, expected), {"message_id": 1})
        follow_up = group_message("中级实操几点开始")
        ctx.receive_event(bot, follow_up)
        ctx.should_call_send(follow_up, _reply(follow_up, _answer("中级实操几点开始")), {"message_id": 2})
    assert "14:00-16:30" in _answer("中级实操几点开始")
    assert [r["message"] for r in log if r["level"].no >= 40] == []


async def test_bare_at_gets_the_help(app: App):
    """A bare @ with no text gets the help text: the member is asking what the bot can do."""
    event = group_message("", message=Message())
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, _reply(event, _help()), {"message_id": 1})


# ------------------------------------------------------------ failed sends


async def test_failed_reply_is_logged_with_its_reason_and_the_bot_carries_on(app: App, log: list):
    """QQ refuses a reply (retcode 1200): one warning with the reason, no error, and the next question is answered."""
    event = group_message("广东谁负责")
    following = group_message("中级实操几点开始")
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(
            event,
            _reply(event, _answer("广东谁负责")),
            None,
            exception=ActionFailed(status="failed", retcode=1200, wording="消息发送失败，请尝试重发"),
        )
        ctx.receive_event(bot, following)
        ctx.should_call_send(following, _reply(following, _answer("中级实操几点开始")), {"message_id": 2})
    warnings = [r["message"] for r in log if r["level"].name == "WARNING"]
    assert any("retcode=1200" in m and "消息发送失败" in m for m in warnings)
    assert [r["message"] for r in log if r["level"].no >= 40] == []


async def test_failed_group_post_raises_for_the_caller_to_retry(app: App, log: list):
    """A reminder post QQ refuses raises ActionFailed (so reminders can retry) and is logged with its reason."""
    from plugins.delivery import send_group

    async with app.test_api() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.should_call_api(
            "send_group_msg",
            {"group_id": 594707089, "message": Message(MessageSegment.text("提醒"))},
            None,
            exception=ActionFailed(status="failed", retcode=120, wording="账号被禁言"),
        )
        with pytest.raises(ActionFailed):
            await send_group(bot, 594707089, "提醒")
    assert any("retcode=120 账号被禁言" in r["message"] for r in log)
