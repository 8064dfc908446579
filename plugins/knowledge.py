"""Holds the live knowledge (data/ loaded and validated) for the other plugins, and follows edits to it.

The data folder is watched (watchfiles; a plain stat poll if watching fails), not single files: editors that
save through a temporary file and a rename replace the file, and a watch on the old file would go quiet.
A change is reloaded within a few seconds; a file that fails keeps the last good data answering, goes to the
log, and is sent privately to every superuser once per distinct set of problems (and its repair once).

Other plugins: `from plugins.knowledge import live` (the same object across reloads; read `live.knowledge`
each time), and `@on_reload` to learn that new data was swapped in.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from nonebot import get_driver, get_plugin_config, logger, require
from nonebot.plugin import PluginMetadata

require("plugins.bridges")
require("plugins.delivery")
require("plugins.alerts")

from bot.knowledge import DATA_FILES  # noqa: E402
from bot.live import LiveKnowledge, ReloadResult, StaffAlerts, changes  # noqa: E402
from bot.settings import Settings  # noqa: E402
from plugins.alerts import tell_staff  # noqa: E402
from plugins.bridges import onebot_bots  # noqa: E402

__all__ = ["live", "on_reload", "reload_now"]

__plugin_meta__ = PluginMetadata(
    name="问答数据",
    description="加载 KAOWU_DATA_DIR 里的数据文件，改动后自动生效",
    usage="无命令。改完数据文件保存即可，5 秒内生效；写错时机器人继续用上一个正确的版本，并私聊告诉管理员。",
    type="library",
    config=Settings,
)

STEP_MS = 300  # quiet time after the last change before reloading (an editor's save is several writes)
SETTLE_SECONDS = 1.0  # a file that fails is read once more after this, in case the editor was still writing
POLL_SECONDS = 2.0  # the fallback when the folder cannot be watched
MAX_ROUNDS = 5  # reads in one reload while saves keep landing mid-read; the watcher catches any later one

settings = get_plugin_config(Settings)
driver = get_driver()
# Loaded at import: a broken data file must stop start-up with its file and line, before any chat connects.
live = LiveKnowledge.open(settings.kaowu_data_dir)

ReloadHook = Callable[[ReloadResult], Awaitable[None] | None]
_hooks: list[ReloadHook] = []
_alerts = StaffAlerts()
_lock = asyncio.Lock()
_undelivered: str | None = None  # an alert raised while no OneBot connection was up
_stop = asyncio.Event()
_watcher: asyncio.Task[None] | None = None


def on_reload(hook: ReloadHook) -> ReloadHook:
    """Call `hook(result)` after new data was swapped in (not when a file failed). Usable as a decorator."""
    _hooks.append(hook)
    return hook


async def reload_now(*, settle: float = 0.0, answered: str | None = None) -> ReloadResult:
    """Reload the data folder now: swap if valid, tell hooks, log, and alert staff when there is news.

    `settle`: when the files fail, wait this long and read once more before alerting (edits in progress).
    `answered`: a superuser who gets the result as a reply, so is not messaged the same thing privately.
    Never raises: a reload that fails keeps the last good data, and the watcher must live on.
    """
    async with _lock:  # one reload at a time, so an older read can never be swapped in after a newer one
        before = live.knowledge
        result = await _read_until_settled()
        if not result.ok and settle > 0:
            await asyncio.sleep(settle)
            result = await _read_until_settled()
        swapped = live.knowledge is not before
    if swapped:
        # Several rounds may have swapped (a save landed mid-reload): report them as one change.
        done = changes(before, live.knowledge)
        logger.info(f"data reloaded ({', '.join(done.files)}): {done.summary()}")
        for hook in list(_hooks):
            try:
                outcome = hook(done)
                if inspect.isawaitable(outcome):
                    await outcome
            except Exception as e:  # one plugin's bug must not stop the others from hearing of the reload
                logger.opt(exception=e).error(f"reload hook {getattr(hook, '__name__', hook)} failed")
        if result.ok:
            result = done
    if not result.ok:  # every failed save goes to the log; staff are messaged only when there is news
        logger.warning(
            "data files not applied, the last good data keeps answering:\n" + "\n".join(map(str, result.problems))
        )
    alert = _alerts.after(result)
    if alert is not None:
        await _tell_staff(alert, skip=answered)
    return result


async def _read_until_settled() -> ReloadResult:
    """Read and apply in a worker thread, again while a file changed after its bytes were read."""
    result = live.apply(await asyncio.to_thread(live.read))
    for _ in range(MAX_ROUNDS - 1):
        if not await asyncio.to_thread(live.stale):
            break
        logger.info("a data file changed while it was being read; reading it again")
        result = live.apply(await asyncio.to_thread(live.read))
    return result


async def _tell_staff(text: str, skip: str | None = None) -> None:
    global _undelivered
    if not onebot_bots():
        _undelivered = text  # sent when a OneBot connection comes up; a newer alert supersedes it
        return
    _undelivered = None
    await tell_staff(text, skip=skip)


@driver.on_bot_connect
async def _deliver_pending_alert() -> None:
    if _undelivered is not None:
        await _tell_staff(_undelivered)


# ------------------------------------------------------------ following the folder


def _is_data_file(_change: Any, path: str) -> bool:
    return Path(path).name in DATA_FILES


async def _follow(folder: Path) -> None:
    from watchfiles import awatch

    try:
        async for _changes in awatch(
            folder, watch_filter=_is_data_file, step=STEP_MS, stop_event=_stop, recursive=False
        ):
            await _reload_from_watcher()
    except asyncio.CancelledError:
        raise
    except Exception as e:  # e.g. inotify watches exhausted, or a filesystem that cannot be watched
        logger.warning(f"cannot watch {folder} ({e!r}); checking it every {POLL_SECONDS:g} s instead")
        await _poll(folder)


async def _reload_from_watcher() -> None:
    try:
        await reload_now(settle=SETTLE_SECONDS)
    except Exception as e:  # reload_now does not raise; if it ever did, the next edit must still be followed
        logger.opt(exception=e).error("reloading the data failed; still following edits")


def _signature(folder: Path) -> tuple[Any, ...]:
    out = []
    for name in DATA_FILES:
        try:
            st = (folder / name).stat()
            out.append((st.st_mtime_ns, st.st_size, st.st_ino))
        except OSError:
            out.append(None)
    return tuple(out)


async def _poll(folder: Path) -> None:
    last = _signature(folder)
    while not _stop.is_set():
        with suppress(asyncio.TimeoutError):
            await asyncio.wait_for(_stop.wait(), POLL_SECONDS)
        now = _signature(folder)
        if now != last:
            last = now
            await _reload_from_watcher()


@driver.on_startup
async def _start_following() -> None:
    global _watcher
    _stop.clear()
    _watcher = asyncio.create_task(_follow(live.data_dir), name="kaowu-data-watcher")
    logger.info(f"following edits in {live.data_dir}")


@driver.on_shutdown
async def _stop_following() -> None:
    global _watcher
    _stop.set()
    if _watcher is not None:
        _watcher.cancel()
        with suppress(asyncio.CancelledError):
            await _watcher
        _watcher = None
