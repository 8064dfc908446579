"""Who gets an answer: served groups only, and no more than KAOWU_RATE_LIMIT questions per member.

Both gates sit in one event preprocessor, in this order, because nonebot runs separate preprocessors
concurrently: a group that is not served must be turned away before anything could send it a notice. The
same preprocessor lets only one connected account answer in each group (plugins/bridges) and writes a
command typed with a full-width or spaced prefix (`／faq reload`) in its plain form, before anything
decides whether the message is a command.

1. A group not in KAOWU_GROUPS reaches no matcher at all: no reply, no notice, no command.
2. A message the bot would answer (addressed to it, or a command; staff excepted) counts against its sender.
   "A command" is what nonebot's own command table says (`is_command`), the one every `on_command` fills.
   Past the limit the sender gets one short notice per window and is otherwise ignored. The excess is
   refused here, before any matcher runs, so a flood never fills the group's send queue ahead of others.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import timedelta

from nonebot import get_driver, get_plugin_config, logger, require
from nonebot.adapters import Bot, Event
from nonebot.consts import CMD_ARG_KEY, CMD_KEY, CMD_WHITESPACE_KEY
from nonebot.exception import IgnoredException
from nonebot.message import event_preprocessor, run_postprocessor
from nonebot.permission import SUPERUSER
from nonebot.plugin import PluginMetadata
from nonebot.rule import TrieRule

require("plugins.delivery")
require("plugins.bridges")

from bot.commandline import normalise_command  # noqa: E402
from bot.dates import format_duration  # noqa: E402
from bot.ratelimit import RateLimiter, Verdict  # noqa: E402
from bot.settings import Settings  # noqa: E402
from plugins.bridges import claim  # noqa: E402
from plugins.delivery import reply  # noqa: E402

__all__ = ["is_command"]

__plugin_meta__ = PluginMetadata(
    name="服务范围",
    description="只在 KAOWU_GROUPS 列出的群里说话；每人每个时间窗最多回答 KAOWU_RATE_LIMIT 个问题",
    usage="无命令。机器人被拉进别的群时不回应任何消息；刷屏的成员每个时间窗只收到一次提醒。",
    type="library",
    config=Settings,
)

settings = get_plugin_config(Settings)
COMMAND_FAILED = "这条命令没能执行。发 /help 查看命令的用法。"
limiter = RateLimiter(settings.rate_limit)
clock: Callable[[], float] = time.monotonic  # tests replace it to fix the time


def flood_notice(retry_after: float) -> str:
    limit = limiter.limit
    wait = format_duration(timedelta(seconds=max(1, math.ceil(retry_after))))
    return f"提问太频繁了：每人{format_duration(limit.window)}内最多回答{limit.count}个问题，请{wait}后再问。"


def is_command(bot: Bot, event: Event) -> bool:
    """The message starts with a command some `on_command` registered (/help, /faq …), followed by a space or
    nothing: what those matchers take. Read from nonebot's own command table, so it can never disagree with it."""
    if event.get_type() != "message" or not event.get_message():
        return False
    found = TrieRule.get_value(bot, event, {})
    return found[CMD_KEY] is not None and (not found[CMD_ARG_KEY] or found[CMD_WHITESPACE_KEY] is not None)


def _will_be_answered(bot: Bot, event: Event) -> bool:
    """Addressed to the bot (@, reply, nickname, private chat) or a registered command."""
    if event.get_type() != "message":
        return False
    return event.is_tome() or is_command(bot, event)


@event_preprocessor
async def _guard(bot: Bot, event: Event) -> None:
    group_id = getattr(event, "group_id", None)
    if group_id is not None and int(group_id) not in settings.kaowu_groups:
        raise IgnoredException("group not served")
    if not claim(bot, event):  # several accounts in the group: another one answers it
        raise IgnoredException("another account speaks in this group")
    _plain_command_prefix(event)
    if not limiter.limit.enabled or not _will_be_answered(bot, event) or await SUPERUSER(bot, event):
        return
    user_id = event.get_user_id()
    decision = limiter.check(user_id, clock())
    if decision.allowed:
        return
    if decision.verdict is Verdict.NOTIFY:
        logger.warning(f"member {user_id} (group {group_id}) is over KAOWU_RATE_LIMIT; told once, then ignored")
        await reply(bot, event, flood_notice(decision.retry_after))
    raise IgnoredException("rate limited")


def _plain_command_prefix(event: Event) -> None:
    """Rewrite a command typed as `／faq reload` or `/ faq reload` to `/faq reload`, in the event itself.

    Done here, before any matcher looks at the message, so every way of matching commands sees the plain form.
    """
    if event.get_type() != "message":
        return
    message = event.get_message()
    first = next((seg for seg in message if seg.is_text()), None)
    text = first.data.get("text", "") if first is not None else ""
    if not text.strip():
        return
    plain = normalise_command(text, get_driver().config.command_start)
    if plain is not None and plain != text:
        first.data["text"] = plain


@run_postprocessor
async def _failed_command(bot: Bot, event: Event, exception: Exception | None) -> None:
    """A command that crashed answers with one line instead of silence; the traceback goes to the log."""
    if exception is None or event.get_type() != "message" or not is_command(bot, event):
        return
    logger.opt(exception=exception).error(f"command {event.get_plaintext()[:40]!r} failed")
    await reply(bot, event, COMMAND_FAILED)
