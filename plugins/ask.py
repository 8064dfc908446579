"""An addressed message → answer() → one reply that quotes the question."""

from __future__ import annotations

from datetime import datetime

from nonebot import logger, on_message, require
from nonebot.adapters import Bot, Event
from nonebot.plugin import PluginMetadata
from nonebot.rule import to_me

require("plugins.guard")
require("plugins.knowledge")
require("plugins.storage")
require("plugins.delivery")

from plugins.delivery import reply  # noqa: E402
from plugins.knowledge import live  # noqa: E402
from plugins.storage import get_store  # noqa: E402

__plugin_meta__ = PluginMetadata(
    name="问答",
    description="回答考核通知里的问题和各省联系人",
    usage="在群里 @考务助手 提问，例如：\n中级实操几点开始\n准考证什么时候打印\n广东谁负责\n私聊直接发问题即可。",
)

ask = on_message(rule=to_me(), priority=50, block=True)


@ask.handle()
async def _(bot: Bot, event: Event) -> None:
    question = event.get_plaintext()
    group_id = getattr(event, "group_id", None)
    asker = (group_id, event.get_user_id())
    now = datetime.now().astimezone()
    result = live.answer(question, now=now, asker=asker)
    await reply(bot, event, result.text)
    if not result.answered:
        try:
            await get_store().log_unanswered(question, result.kind, now, group_id, int(event.get_user_id()))
        except (RuntimeError, ValueError) as e:
            logger.warning(f"unanswered question not logged: {e}")
