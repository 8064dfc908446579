"""Questions: an addressed message that is not a command → answer() → one reply. And /help.

The question matcher runs first (priority 1). Questions are the hot path, and nonebot checks every matcher of a
priority level before a lower one: each command matcher costs an event that reaches it ~0.55 ms (its rule) or
~0.2 ms (a SUPERUSER permission that fails), measured with tools/bench_latency.py. Run first, a question pays
for none of them. Its rule leaves every registered command alone, so a command — and above all a staff command
a member may not use, which falls through its matcher's permission — never reaches the answerer.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from nonebot import logger, on_command, on_message, require
from nonebot.adapters import Bot, Event
from nonebot.plugin import PluginMetadata
from nonebot.rule import Rule

require("plugins.guard")
require("plugins.knowledge")
require("plugins.storage")
require("plugins.delivery")

from plugins.delivery import reply  # noqa: E402
from plugins.guard import is_command  # noqa: E402
from plugins.knowledge import live  # noqa: E402
from plugins.storage import get_store  # noqa: E402

__plugin_meta__ = PluginMetadata(
    name="问答",
    description="回答考核通知里的问题和各省联系人",
    usage=(
        "在群里 @考务助手 提问，例如：\n中级实操几点开始\n准考证什么时候打印\n广东谁负责\n私聊直接发问题即可。\n"
        "/help（帮助）：能问什么"
    ),
    type="application",
    supported_adapters={"~onebot.v11", "~console"},
)


async def _question(bot: Bot, event: Event) -> bool:
    """Addressed to the bot (@, reply, nickname, private chat), and not a command."""
    return event.is_tome() and not is_command(bot, event)


ask = on_message(rule=Rule(_question), priority=1, block=True)
help_command = on_command("help", aliases={"帮助", "菜单"}, priority=10, block=True, force_whitespace=True)


@ask.handle()
async def _(bot: Bot, event: Event) -> None:
    text = event.get_plaintext()
    group_id = getattr(event, "group_id", None)
    asker = (group_id, event.get_user_id())
    now = datetime.now().astimezone()
    # The engine takes tens of milliseconds (a sentence embedding): off the event loop, so no group waits.
    result = await asyncio.to_thread(live.answer, text, now, asker)
    await reply(bot, event, result.text)
    if not result.answered:
        try:
            store = get_store()
            await store.log_unanswered(text, result.kind, now, group_id, store.qq_number(event.get_user_id()))
        except Exception as e:  # the reply went out; a log the database cannot take must not fail the handler
            logger.warning(f"unanswered question not logged: {e!r}")


@help_command.handle()
async def _help(bot: Bot, event: Event) -> None:
    await reply(bot, event, live.answerer.help().text)
