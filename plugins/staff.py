"""Commands: /help for everyone; /faq reload and /unanswered for staff (SUPERUSERS)."""

from __future__ import annotations

from datetime import datetime, timedelta

from nonebot import on_command, require
from nonebot.adapters import Bot, Event, Message
from nonebot.params import CommandArg
from nonebot.permission import SUPERUSER
from nonebot.plugin import PluginMetadata

require("plugins.guard")
require("plugins.knowledge")
require("plugins.storage")
require("plugins.delivery")

from plugins.delivery import reply  # noqa: E402
from plugins.knowledge import live, reload_now  # noqa: E402
from plugins.storage import get_store  # noqa: E402

__plugin_meta__ = PluginMetadata(
    name="管理命令",
    description="帮助、重新加载问答、查看没答上的问题",
    usage=(
        "/help（帮助）：能问什么\n"
        "/faq reload（重载问答）：管理员立即重新加载数据文件\n"
        "/unanswered [天数]（未答问题）：管理员查看最近没答上的问题，默认 7 天"
    ),
)

REFUSAL = "这个命令只有管理员可以用。有问题请直接 @我 提问。"
UNANSWERED_DAYS = 7
UNANSWERED_ROWS = 12  # with the header: one phone screen

# Matched before the catch-all question matcher, and blocking: a refused command never falls through to it.
help_cmd = on_command("help", aliases={"帮助", "菜单"}, priority=5, block=True)
reload_cmd = on_command(("faq", "reload"), aliases={"重载问答", "faq reload"}, priority=5, block=True)
unanswered_cmd = on_command("unanswered", aliases={"未答问题"}, priority=5, block=True)


@help_cmd.handle()
async def _help(bot: Bot, event: Event) -> None:
    await reply(bot, event, live.answerer.help().text)


@reload_cmd.handle()
async def _reload(bot: Bot, event: Event) -> None:
    # Guarded here, not with permission=SUPERUSER: a failed permission lets the event fall through to the
    # question matcher, which would answer "/faq reload" as a question.
    if not await SUPERUSER(bot, event):
        await reply(bot, event, REFUSAL)
        return
    result = await reload_now(answered=event.get_user_id())
    await reply(bot, event, result.summary())


@unanswered_cmd.handle()
async def _unanswered(bot: Bot, event: Event, arg: Message = CommandArg()) -> None:
    if not await SUPERUSER(bot, event):
        await reply(bot, event, REFUSAL)
        return
    text = arg.extract_plain_text().strip()
    days = int(text) if text.isdigit() and 0 < int(text) <= 365 else UNANSWERED_DAYS
    since = datetime.now().astimezone() - timedelta(days=days)
    rows = await get_store().top_unanswered(since, limit=UNANSWERED_ROWS)
    if not rows:
        await reply(bot, event, f"最近 {days} 天没有答不上的问题。")
        return
    lines = [f"最近 {days} 天答不上或要追问的问题（次数），可以考虑加进 faq.yaml："]
    for i, r in enumerate(rows, 1):
        question = " ".join(r.question.split())  # one line each, whatever the member typed
        question = question if len(question) <= 40 else question[:39] + "…"
        lines.append(f"{i}. {question}（{r.count}）")
    await reply(bot, event, "\n".join(lines))
