"""Deadline reminders (being built: issue 5)."""

from nonebot.plugin import PluginMetadata

__plugin_meta__ = PluginMetadata(
    name="截止提醒", description="截止日期前在群里提醒", usage="/reminders 查看即将到来的提醒"
)
