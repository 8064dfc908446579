"""One speaker per group when several QQ accounts (bridges) are connected at once.

Every connected account that sits in a group delivers that group's messages, so with two accounts each
question would be answered twice and each reminder posted twice. Each group therefore has one speaker: the
first connected account that brought a message from it (for reminders, the lowest account id while none
has), kept until that account disconnects. A message that @-mentions or replies to one of the accounts is
answered by that account alone, so a member who picked an account hears from it.
"""

from __future__ import annotations

import nonebot
from nonebot import get_driver
from nonebot.adapters import Bot, Event
from nonebot.plugin import PluginMetadata

__plugin_meta__ = PluginMetadata(
    name="多账号",
    description="同时连着几个 QQ 账号时，每个群只由一个账号说话",
    usage="无命令。",
    type="library",
)

__all__ = ["claim", "onebot_bots", "speaker"]

driver = get_driver()
_speakers: dict[int, str] = {}  # group id → self_id of the account that speaks there


def onebot_bots() -> list[Bot]:
    """The connected OneBot v11 bots: the only ones with QQ groups to post to and staff to message."""
    from nonebot.adapters.onebot.v11 import Bot as OneBotV11

    return [b for b in nonebot.get_bots().values() if isinstance(b, OneBotV11)]


def _connected() -> dict[str, Bot]:
    return {b.self_id: b for b in onebot_bots()}


def _named(event: Event) -> set[str]:
    """The accounts a message @-mentions or replies to."""
    named = {
        str(seg.data.get("qq"))
        for seg in getattr(event, "original_message", None) or ()
        if getattr(seg, "type", None) == "at"
    }
    reply = getattr(event, "reply", None)
    if reply is not None and getattr(reply.sender, "user_id", None) is not None:
        named.add(str(reply.sender.user_id))
    return named


def claim(bot: Bot, event: Event) -> bool:
    """Should `bot` handle `event`? False when another connected account speaks for the event's group."""
    group_id = getattr(event, "group_id", None)
    connected = _connected()
    if group_id is None or len(connected) < 2 or bot.self_id not in connected:
        return True  # a private message reached only the account it was sent to
    addressed = _named(event) & connected.keys()
    if addressed:
        return bot.self_id == min(addressed)
    owner = _speakers.get(int(group_id))
    if owner not in connected:
        _speakers[int(group_id)] = owner = bot.self_id
    return owner == bot.self_id


def speaker(group_id: int) -> Bot | None:
    """The account that posts to this group (reminders): its speaker, else the lowest connected account id."""
    connected = _connected()
    owner = _speakers.get(int(group_id))
    if owner in connected:
        return connected[owner]
    return connected[min(connected)] if connected else None


@driver.on_bot_disconnect
async def _release(bot: Bot) -> None:
    for group_id in [g for g, owner in _speakers.items() if owner == bot.self_id]:
        del _speakers[group_id]
