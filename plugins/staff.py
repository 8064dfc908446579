"""Commands: /help for everyone; /faq reload and /unanswered for staff (SUPERUSERS)."""

from __future__ import annotations

from datetime import datetime, timedelta

from nonebot import require
from nonebot.adapters import Bot, Event
from nonebot.permission import SUPERUSER
from nonebot.plugin import PluginMetadata

require("plugins.guard")
require("plugins.knowledge")
require("plugins.storage")
require("plugins.delivery")
require("plugins.commands")

from bot.commandline import parse_days  # noqa: E402
from plugins.commands import command  # noqa: E402
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
UNANSWERED_USAGE = "用法：/unanswered [天数]，天数是 1 到 365 的整数，例如 /unanswered 30"

# Commands are dispatched by the one message matcher (plugins/ask.py): a refused command is answered with the
# refusal and never reaches the question answerer.


@command("help", "帮助", "菜单")
async def _help(bot: Bot, event: Event, arg: str) -> None:
    await reply(bot, event, live.answerer.help().text)


@command("faq reload", "faq.reload", "重载问答")
async def _reload(bot: Bot, event: Event, arg: str) -> None:
    if not await SUPERUSER(bot, event):
        await reply(bot, event, REFUSAL)
        return
    result = await reload_now(answered=event.get_user_id())
    await reply(bot, event, result.summary())


@command("unanswered", "未答问题")
async def _unanswered(bot: Bot, event: Event, arg: str) -> None:
    if not await SUPERUSER(bot, event):
        await reply(bot, event, REFUSAL)
        return
    days = parse_days(arg, UNANSWERED_DAYS, most=365)
    if days is None:
        await reply(bot, event, UNANSWERED_USAGE)
        return
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
