"""Served groups only: an event from a group not in KAOWU_GROUPS reaches no matcher at all."""

from __future__ import annotations

from nonebot import get_plugin_config
from nonebot.adapters import Event
from nonebot.exception import IgnoredException
from nonebot.message import event_preprocessor
from nonebot.plugin import PluginMetadata

from bot.settings import Settings

__plugin_meta__ = PluginMetadata(
    name="服务范围",
    description="只在 KAOWU_GROUPS 列出的群里说话",
    usage="无命令。机器人被拉进别的群时不回应任何消息。",
    config=Settings,
)

settings = get_plugin_config(Settings)


@event_preprocessor
async def _served_groups_only(event: Event) -> None:
    group_id = getattr(event, "group_id", None)
    if group_id is not None and int(group_id) not in settings.kaowu_groups:
        raise IgnoredException("group not served")
