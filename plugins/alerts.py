"""Private messages to staff (SUPERUSERS) about problems: broken data files, a broken database.

Each superuser gets each alert once, through one connected account (the first that reaches them), whatever
form nonebot accepts their id in: "900001", 900001 or "onebot:900001". An alert raised while no OneBot
account is connected waits and goes out when one connects.
"""

from __future__ import annotations

import re

from nonebot import get_driver, logger
from nonebot.adapters import Bot
from nonebot.plugin import PluginMetadata

__plugin_meta__ = PluginMetadata(
    name="管理员提醒",
    description="数据文件或数据库出问题时私聊告诉管理员",
    usage="无命令。SUPERUSERS 里的每位管理员会收到一条私聊。",
    type="library",
)

__all__ = ["qq_of", "staff_ids", "tell_staff"]

driver = get_driver()
MAX_WAITING = 8  # alerts kept while no account is connected; older ones are superseded by newer news
_waiting: list[tuple[str, str | None]] = []

_SUPERUSER = re.compile(r"(?:onebot(?:\s*v11)?\s*:\s*)?(\d{5,12})", re.I)


def qq_of(superuser: object) -> int | None:
    """The QQ number in a SUPERUSERS entry ("900001", 900001, "onebot:900001"); None for other platforms."""
    m = _SUPERUSER.fullmatch(str(superuser).strip())
    return int(m.group(1)) if m else None


def staff_ids() -> list[int]:
    ids = {qq for qq in map(qq_of, driver.config.superusers) if qq is not None}
    return sorted(ids)


async def tell_staff(text: str, skip: str | int | None = None) -> bool:
    """Message every superuser (but `skip`, who got it as a reply). False when it waits for a connection."""
    from plugins.bridges import onebot_bots
    from plugins.delivery import SEND_FAILURES, failure_reason, send_private

    bots: list[Bot] = sorted(onebot_bots(), key=lambda b: b.self_id)
    if not bots:
        _waiting[:] = [*_waiting, (text, None if skip is None else str(skip))][-MAX_WAITING:]
        return False
    for user in staff_ids():
        if skip is not None and str(user) == str(qq_of(skip) or skip):
            continue
        for bot in bots:  # the first account that reaches this superuser; the others stay quiet
            try:
                await send_private(bot, user, text)
                break
            except SEND_FAILURES as e:
                logger.warning(f"could not message superuser {user} through {bot.self_id}: {failure_reason(e)}")
            except Exception as e:  # one unreachable superuser must not keep the others uninformed
                logger.warning(f"could not message superuser {user} through {bot.self_id}: {e!r}")
    return True


@driver.on_bot_connect
async def _deliver_waiting(bot: Bot) -> None:
    from plugins.bridges import onebot_bots

    if not _waiting or bot not in onebot_bots():
        return
    waiting, _waiting[:] = list(_waiting), []
    for text, skip in waiting:
        await tell_staff(text, skip)
