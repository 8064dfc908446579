"""Opens the SQLite store in KAOWU_STATE_DIR at start-up and closes it at shutdown."""

from __future__ import annotations

from nonebot import get_driver, get_plugin_config, logger
from nonebot.plugin import PluginMetadata

from bot.settings import Settings
from bot.store import Store

__plugin_meta__ = PluginMetadata(
    name="状态存储",
    description="提醒台账和未答问题记录（SQLite）",
    usage="无命令。数据库放在 KAOWU_STATE_DIR 里。",
    type="library",
    config=Settings,
)

settings = get_plugin_config(Settings)
driver = get_driver()
_store: Store | None = None


def get_store() -> Store:
    if _store is None:
        raise RuntimeError("the store is not open yet")
    return _store


@driver.on_startup
async def _open() -> None:
    global _store
    _store = await Store.open(settings.kaowu_state_dir)
    logger.info(f"state: {_store.path}")


@driver.on_shutdown
async def _close() -> None:
    global _store
    if _store is not None:
        await _store.close()
        _store = None
