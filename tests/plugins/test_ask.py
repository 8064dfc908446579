"""The question matcher, driven through nonebug with OneBot v11 events."""

from __future__ import annotations

from nonebot.adapters.onebot.v11 import Bot, Message, MessageSegment
from nonebug import App

from tests.fake import OTHER_GROUP, group_message, private_message


def _reply(event, text: str) -> Message:
    return Message([MessageSegment.reply(event.message_id), MessageSegment.text(text)])


async def test_group_question_gets_one_quoted_reply(app: App):
    """@考务助手 广东谁负责 → one reply quoting the question, naming both Guangdong contacts."""
    from plugins.knowledge import live

    event = group_message("广东谁负责")
    expected = live.answer("广东谁负责").text
    assert "林贺" in expected and "王吉庆" in expected
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, _reply(event, expected), {"message_id": 1})
        ctx.should_finished()


async def test_unaddressed_group_message_is_ignored(app: App):
    """A group message that does not @ the bot gets no reply."""
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, group_message("我们学校准考证都打印好了", to_me=False))
        ctx.should_not_pass_rule()


async def test_unlisted_group_gets_nothing(app: App):
    """In a group not in KAOWU_GROUPS even an @ question gets no reply."""
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, group_message("广东谁负责", group_id=OTHER_GROUP))
        ctx.should_not_pass_rule()


async def test_private_message_is_answered(app: App):
    """A private question is answered without a quote."""
    from plugins.knowledge import live

    event = private_message("中级实操几点开始")
    expected = live.answer("中级实操几点开始").text
    assert "14:00-16:30" in expected
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Message(MessageSegment.text(expected)), {"message_id": 2})


async def test_cq_code_in_question_stays_text(app: App):
    """A question carrying [CQ:at,qq=all] is answered with text segments only: no @all."""
    from plugins.knowledge import live

    text = "[CQ:at,qq=all] 广东谁负责"
    event = group_message(text)
    expected = live.answer(text).text
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, _reply(event, expected), {"message_id": 3})
