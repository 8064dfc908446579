"""Opens the SQLite store in KAOWU_STATE_DIR at start-up and closes it at shutdown.

A database that breaks while the bot runs (a damaged file, a connection that died) is reported to staff once,
and the store carries on from a fresh connection, or, when the file itself is unusable, from a temporary
in-memory database until the bot is restarted: commands keep answering and reminders keep going.
"""

from __future__ import annotations

import inspect
import sqlite3
from collections.abc import Callable
from typing import Any

from nonebot import get_driver, get_plugin_config, logger, require
from nonebot.plugin import PluginMetadata

require("plugins.alerts")

from bot.settings import Settings  # noqa: E402
from bot.store import Store  # noqa: E402
from plugins.alerts import tell_staff  # noqa: E402

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
_told = False  # staff hear of a broken database once per run


class _Recovering:
    """The store, with every call retried once on a fresh connection when the database broke under it.

    A proxy rather than a change to each method, so methods added to Store later are covered too.
    """

    def __init__(self, store: Store):
        self._store = store

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if not inspect.iscoroutinefunction(attr):
            return attr
        return self._retrying(name)

    def _retrying(self, name: str) -> Callable[..., Any]:
        async def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return await getattr(self._store, name)(*args, **kwargs)
            except Exception as e:
                if not broken(e):
                    raise
                await _recover(self._store, e)
                return await getattr(self._store, name)(*args, **kwargs)

        return call


def broken(e: Exception) -> bool:
    """A database that a fresh connection may cure: damaged, or a connection that is gone.

    A lock held by another process or a full disk are not: they pass, and the callers keep what they could
    not write (the reminder ledger keeps it in memory).
    """
    text = str(e).lower()
    if isinstance(e, sqlite3.OperationalError) and any(w in text for w in ("locked", "busy", "full")):
        return False
    if isinstance(e, sqlite3.DatabaseError):
        return True
    return isinstance(e, ValueError | sqlite3.ProgrammingError) and ("connection" in text or "closed" in text)


async def _recover(store: Store, e: Exception) -> None:
    global _told
    why = await store.reopen()
    logger.error(f"state database {store.path} broke ({e!r}); " + ("reopened" if why is None else f"unusable: {why}"))
    if _told:
        return
    _told = True
    if why is None:
        text = f"【考务助手】状态数据库出错了（{e}），已重新连接，提醒和命令照常工作。如果再次出现，请检查 {store.path} 所在的磁盘。"
    else:
        text = (
            f"【考务助手】状态数据库 {store.path} 坏了（{e}），现在用临时记录继续工作（重启前有效），"
            f"提醒照常发出、不会重发。请停机后把它移到别处（mv {store.path} {store.path}.broken）再启动。"
        )
    try:
        await tell_staff(text)
    except Exception as alert_error:  # the alert is a courtesy; the bot must carry on either way
        logger.warning(f"could not tell staff about the database: {alert_error!r}")


def get_store() -> Store:
    if _store is None:
        raise RuntimeError("the store is not open yet")
    return _Recovering(_store)  # type: ignore[return-value]  # a Store in every way callers use


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
