"""One paced way out: every message the bot sends to a chat goes through `deliver`.

Sends to the same chat are spaced by KAOWU_SEND_INTERVAL (QQ's risk control watches bursts) and leave in
the order they were asked for: an asyncio.Lock wakes its waiters first come, first served, so nothing queued
is dropped or reordered. A send that fails still releases the chat's turn, so one failure never stalls the
messages queued behind it. Text is always a text segment, never parsed for CQ codes.

A failed send (the OneBot side answers retcode ≠ 0, times out, or is not connected) is logged in one line
with its reason. `reply` then gives up on that message: the member can ask again, and a chat handler must not
die over it. `send_group` and `send_private` raise after logging, so reminders can retry.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import nonebot
from nonebot import get_plugin_config, logger
from nonebot.adapters import Bot, Event
from nonebot.exception import ActionFailed, ApiNotAvailable, NetworkError
from nonebot.plugin import PluginMetadata

from bot.settings import Settings

__plugin_meta__ = PluginMetadata(
    name="消息发送",
    description="所有发出的消息按群排队、控制间隔",
    usage="无命令。KAOWU_SEND_INTERVAL 设置同一群两条消息之间的最少秒数（0 为不限）。",
    type="library",
    supported_adapters={"~onebot.v11", "~console"},
    config=Settings,
)

settings = get_plugin_config(Settings)


class Pacer:
    """At most one message per `interval` seconds to each chat, first come first served."""

    def __init__(
        self,
        interval: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ):
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._locks: dict[object, asyncio.Lock] = {}
        self._last: dict[object, float] = {}

    async def run(self, chat: object, send: Callable[[], Any]) -> Any:
        if self.interval <= 0:
            return await send()
        lock = self._locks.setdefault(chat, asyncio.Lock())
        async with lock:
            wait = self._last.get(chat, float("-inf")) + self.interval - self._clock()
            if wait > 0:
                await self._sleep(wait)
            try:
                return await send()
            finally:
                self._last[chat] = self._clock()


pacer = Pacer(settings.kaowu_send_interval)


def onebot_bots() -> list[Bot]:
    """The connected OneBot v11 bots: the only ones with QQ groups to post to and staff to message."""
    from nonebot.adapters.onebot.v11 import Bot as OneBotV11

    return [b for b in nonebot.get_bots().values() if isinstance(b, OneBotV11)]


def _text_message(bot: Bot, text: str, reply_to: Any = None) -> Any:
    from nonebot.adapters.onebot.v11 import Bot as OneBotV11
    from nonebot.adapters.onebot.v11 import Message, MessageSegment

    if isinstance(bot, OneBotV11):
        msg = Message()
        if reply_to is not None:
            msg.append(MessageSegment.reply(int(reply_to)))
        msg.append(MessageSegment.text(text))
        return msg
    from nonebot.adapters.console import MessageSegment as ConsoleSegment

    return ConsoleSegment.text(text)


SEND_FAILURES = (ActionFailed, NetworkError, ApiNotAvailable)


def failure_reason(e: Exception) -> str:
    """One line a person can act on: OneBot's retcode and wording, a timeout, or no connection."""
    info = getattr(e, "info", None)
    if isinstance(info, dict):
        words = info.get("wording") or info.get("msg") or info.get("message") or ""
        return f"retcode={info.get('retcode')} {words}".strip()
    if isinstance(e, ApiNotAvailable):
        return "no OneBot connection"
    return getattr(e, "msg", None) or repr(e)


async def reply(bot: Bot, event: Event, text: str) -> Any:
    """Answer the event's sender in the same chat, quoting the question in a group.

    Returns None when the send failed; the failure is logged, not raised.
    """
    group_id = getattr(event, "group_id", None)
    message_id = getattr(event, "message_id", None) if group_id is not None else None
    message = _text_message(bot, text, message_id)
    # the same keys as send_group / send_private, so a reply and a reminder to one group share its queue
    chat = ("group", int(group_id)) if group_id is not None else ("user", str(event.get_user_id()))
    try:
        return await pacer.run(chat, lambda: bot.send(event, message))
    except SEND_FAILURES as e:
        logger.warning(f"reply to {chat[0]} {chat[1]} not sent: {failure_reason(e)}")
        return None


async def send_group(bot: Bot, group_id: int, text: str) -> Any:
    """Post to a group (reminders). Raises when the OneBot call fails, so the caller can retry."""
    try:
        return await pacer.run(
            ("group", int(group_id)),
            lambda: bot.call_api("send_group_msg", group_id=group_id, message=_text_message(bot, text)),
        )
    except SEND_FAILURES as e:
        logger.warning(f"message to group {group_id} not sent: {failure_reason(e)}")
        raise


async def send_private(bot: Bot, user_id: int | str, text: str) -> Any:
    """Tell one person (staff alerts). Raises when the OneBot call fails, like send_group."""
    try:
        uid = int(user_id)
    except ValueError:
        logger.warning(f"superuser {user_id!r} is not a QQ number; not messaged")
        return None
    try:
        return await pacer.run(
            ("user", str(uid)), lambda: bot.call_api("send_private_msg", user_id=uid, message=_text_message(bot, text))
        )
    except SEND_FAILURES as e:
        logger.warning(f"message to {uid} not sent: {failure_reason(e)}")
        raise
