"""The one message matcher: a command goes to its handler, an addressed question to answer()."""

from __future__ import annotations

from datetime import datetime

from nonebot import logger, on_message, require
from nonebot.adapters import Bot, Event
from nonebot.plugin import PluginMetadata
from nonebot.rule import Rule

require("plugins.guard")
require("plugins.knowledge")
require("plugins.storage")
require("plugins.delivery")
require("plugins.commands")

from plugins import commands  # noqa: E402
from plugins.delivery import reply  # noqa: E402
from plugins.knowledge import live  # noqa: E402
from plugins.storage import get_store  # noqa: E402

__plugin_meta__ = PluginMetadata(
    name="问答",
    description="回答考核通知里的问题和各省联系人",
    usage="在群里 @考务助手 提问，例如：\n中级实操几点开始\n准考证什么时候打印\n广东谁负责\n私聊直接发问题即可。",
)


async def _addressed_or_command(event: Event) -> bool:
    """Questions only when addressed (@, reply, nickname, private chat); commands also without (CONTRACT)."""
    return event.is_tome() or commands.match(event.get_plaintext()) is not None


ask = on_message(rule=Rule(_addressed_or_command), priority=50, block=True)


@ask.handle()
async def _(bot: Bot, event: Event) -> None:
    text = event.get_plaintext()
    found = commands.match(text)
    if found is not None:
        cmd, arg = found
        await cmd.handler(bot, event, arg)
        return
    group_id = getattr(event, "group_id", None)
    asker = (group_id, event.get_user_id())
    now = datetime.now().astimezone()
    result = live.answer(text, now=now, asker=asker)
    await reply(bot, event, result.text)
    if not result.answered:
        try:
            await get_store().log_unanswered(text, result.kind, now, group_id, int(event.get_user_id()))
        except Exception as e:  # the reply went out; a log the database cannot take must not fail the handler
            logger.warning(f"unanswered question not logged: {e!r}")
