"""Deadline reminders: deadlines.yaml → calendar.plan(now) → a job at each due time → ledger → delivery.

Every way a reminder can leave goes through `flush()`: the job at its due time, the OneBot connection
coming up (what fell due while the bot was down or disconnected), a retry after a failed send, and a
change of the data files. `flush()` holds one lock around "check the ledger, send, mark", so two of them
can never post the same (deadline, lead, group). The rules (grace, late, past deadlines) live in
bot/calendar.py; this plugin only supplies the clock, the ledger and the OneBot connection.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from nonebot import get_driver, get_plugin_config, logger, require
from nonebot.adapters import Bot, Event
from nonebot.permission import SUPERUSER
from nonebot.plugin import PluginMetadata

require("nonebot_plugin_apscheduler")
require("plugins.guard")
require("plugins.knowledge")
require("plugins.storage")
require("plugins.delivery")
require("plugins.commands")

from nonebot_plugin_apscheduler import scheduler  # noqa: E402

import plugins.knowledge as knowledge_plugin  # noqa: E402
from bot.calendar import (  # noqa: E402
    Delivery,
    Plan,
    ReminderKey,
    Skipped,
    deliver,
    plan,
    render_sent,
    render_upcoming,
)
from bot.settings import Settings  # noqa: E402
from plugins.commands import command  # noqa: E402
from plugins.delivery import onebot_bots, reply, send_group  # noqa: E402
from plugins.knowledge import live  # noqa: E402
from plugins.storage import get_store  # noqa: E402

__plugin_meta__ = PluginMetadata(
    name="截止提醒",
    description="截止日期前在群里提醒，每条只发一次",
    usage=(
        "/reminders（提醒、截止日期）：接下来的提醒和还有多久\n"
        "/reminders sent：管理员查看最近发出的提醒（时间、群、是否补发）"
    ),
    config=Settings,
)

settings = get_plugin_config(Settings)
driver = get_driver()

WATCH_JOB = "reminders-watch"  # not "reminder:…": those ids belong to the per-reminder jobs
RETRY_JOB = "reminders-retry"
WATCH_SECONDS = 3  # a data edit re-plans within this (the contract allows 5 s for an edit to take effect)
RETRY_FIRST_SECONDS = 5
RETRY_MAX_SECONDS = 300

_lock = asyncio.Lock()
_planned_digest: str | None = None
_failures = 0  # consecutive flushes with a failed send: the retry backs off with it
_logged_skips: set[tuple[ReminderKey, str]] = set()


def _now() -> datetime:
    return datetime.now().astimezone()


def _grace() -> timedelta:
    return settings.kaowu_reminder_grace


def onebot() -> Bot | None:
    """The OneBot v11 connection reminders go out on (the console adapter has no groups)."""
    return next(iter(onebot_bots()), None)


# ---------------------------------------------------------------- planning


async def replan(now: datetime | None = None) -> Plan:
    """One date job per (deadline, lead) still ahead; jobs of reminders that left the file are removed."""
    global _planned_digest
    knowledge = live.knowledge
    p = plan(knowledge.deadlines, settings.kaowu_groups, now or _now(), _grace(), await get_store().sent_keys())
    wanted: dict[str, datetime] = {}
    for r in p.upcoming:
        wanted.setdefault(r.job_id, r.due_at)
    for job in scheduler.get_jobs():
        if job.id.startswith("reminder:") and job.id not in wanted:
            job.remove()
    for job_id, due_at in wanted.items():
        scheduler.add_job(
            _fire,
            "date",
            run_date=due_at,
            id=job_id,
            replace_existing=True,
            kwargs={"due_at": due_at},
            # apscheduler's default of 1 s would drop a job the event loop reached a little late; a job
            # that misfires beyond this is caught by the flush at connect or start-up anyway.
            misfire_grace_time=max(60, int(_grace().total_seconds())),
            coalesce=True,
        )
    _planned_digest = knowledge.digest
    _log_skips(p.skipped)
    logger.info(f"reminders: {len(wanted)} jobs planned, next at {p.next_due_at} (data {knowledge.digest})")
    return p


def _log_skips(skipped: Iterable[Skipped]) -> None:
    # A missed reminder (beyond grace) is worth a warning each; reminders of deadlines already past are
    # only counted, or a bot started after the season would open its log with a screen of them.
    passed = 0
    for s in skipped:
        key = (s.reminder.key, s.reason)
        if key not in _logged_skips:
            _logged_skips.add(key)
            if s.reason == "beyond_grace":
                logger.warning(str(s))
            else:
                passed += 1
                logger.debug(str(s))
    if passed:
        logger.info(f"reminders: {passed} not sent because their deadline has passed")


async def _fire(due_at: datetime) -> None:
    # asyncio timers may wake a millisecond early; the planner must not see the reminder as still ahead.
    wait = (due_at - _now()).total_seconds()
    if wait > 0:
        await asyncio.sleep(wait)
    await _flush_job()


async def _flush_job() -> None:
    """flush() as a scheduler job: whatever goes wrong is one line of log, never a traceback in the scheduler.

    A reminder that did not go out stays due in the ledger; the retry or the flush on reconnect sends it.
    """
    try:
        await flush()
    except Exception as e:
        logger.warning(f"reminders: flush failed ({e!r}); due reminders wait for the retry or the next connection")


async def _watch() -> None:
    """Re-plan when the data files changed: `live` swaps in new knowledge, this notices its new digest."""
    if live.knowledge.digest != _planned_digest:
        await replan()
        await _flush_job()


async def _reloaded(_result: object) -> None:
    await _watch()


# plugins/knowledge announces reloads through `on_reload` where it offers one; the digest poll above stays
# as the safety net (a string comparison every few seconds), so a reload is never missed either way.
_on_reload = getattr(knowledge_plugin, "on_reload", None)
if callable(_on_reload):
    _on_reload(_reloaded)


# ---------------------------------------------------------------- sending


async def flush(bot: Bot | None = None, clock: Callable[[], datetime] = _now) -> Delivery | None:
    """Send every reminder that is due and not yet in the ledger. None when no OneBot connection is up."""
    global _failures
    bot = bot or onebot()
    if bot is None:
        logger.debug("reminders: no OneBot connection; due reminders wait for one")
        return None
    knowledge = live.knowledge
    async with _lock:
        result = await deliver(
            knowledge.deadlines,
            knowledge,
            settings.kaowu_groups,
            _grace(),
            get_store(),
            lambda group_id, text: send_group(bot, group_id, text),
            clock,
        )
    for r, late in result.sent:
        logger.info(f"reminder sent{' (late)' if late else ''}: {r.job_id} → group {r.group_id}")
    _log_skips(result.skipped)
    if result.failed:
        _failures += 1
        delay = min(RETRY_FIRST_SECONDS * 2 ** (_failures - 1), RETRY_MAX_SECONDS)
        for r, e in result.failed:
            logger.warning(f"reminder {r.job_id} → group {r.group_id} failed ({e!r}); retrying in {delay} s")
        # Bounded by the grace period: once a reminder is beyond it, the planner skips it and retries stop.
        scheduler.add_job(
            _flush_job,
            "date",
            run_date=clock() + timedelta(seconds=delay),
            id=RETRY_JOB,
            replace_existing=True,
            misfire_grace_time=RETRY_MAX_SECONDS,
            coalesce=True,
        )
    else:
        _failures = 0
    return result


@driver.on_startup
async def _start() -> None:
    await replan()
    scheduler.add_job(_watch, "interval", seconds=WATCH_SECONDS, id=WATCH_JOB, replace_existing=True, coalesce=True)


@driver.on_bot_connect
async def _connected(bot: Bot) -> None:
    from nonebot.adapters.onebot.v11 import Bot as OneBotV11

    if isinstance(bot, OneBotV11):
        await flush(bot)


# ---------------------------------------------------------------- /reminders

REFUSAL = "发出记录只有管理员可以看。"


@command("reminders", "提醒", "截止日期")
async def _reminders(bot: Bot, event: Event, arg: str) -> None:
    await reply(bot, event, await reminders_text(bot, event, arg, _now()))


async def reminders_text(bot: Bot, event: Event, arg: str, now: datetime) -> str:
    store = get_store()
    knowledge = live.knowledge
    staff = await SUPERUSER(bot, event)
    titles = {d.id: d.title for d in knowledge.deadlines.deadlines}
    if arg in ("sent", "已发", "记录"):
        if not staff:
            return REFUSAL
        return render_sent(await store.sent_log(12), titles, knowledge.tz, limit=12)
    p = plan(knowledge.deadlines, settings.kaowu_groups, now, _grace(), await store.sent_keys())
    if not staff:
        return render_upcoming(p, limit=8)
    return render_upcoming(p, limit=6) + "\n" + render_sent(await store.sent_log(5), titles, knowledge.tz, limit=5)
