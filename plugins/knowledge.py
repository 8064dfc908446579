"""Holds the live knowledge (data/ loaded and validated) for the other plugins."""

from __future__ import annotations

from nonebot import get_plugin_config
from nonebot.plugin import PluginMetadata

from bot.live import LiveKnowledge
from bot.settings import Settings

__plugin_meta__ = PluginMetadata(
    name="问答数据",
    description="加载 KAOWU_DATA_DIR 里的数据文件",
    usage="无命令。数据文件见 README 的「维护问答」一节。",
    config=Settings,
)

settings = get_plugin_config(Settings)
# Loaded at import: a broken data file must stop start-up with its file and line, before any chat connects.
live = LiveKnowledge.open(settings.kaowu_data_dir)
