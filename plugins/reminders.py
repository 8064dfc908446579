"""Deadline reminders: deadlines.yaml → calendar.plan(now) → a job at each due time → ledger → delivery.

Every way a reminder can leave goes through `flush()`: the job at its due time, the OneBot connection
coming up (what fell due while the bot was down or disconnected), a retry after a failed send, and a
change of the data files. `flush()` holds one lock around "check the ledger, send, mark", so two of them
can never post the same (deadline, lead, group), and it never raises: a ledger that cannot be written is
kept in memory and written on the next try. The rules (grace, late, past deadlines, what to do when a
send's outcome is unknown) live in bot/calendar.py; this plugin supplies the clock, the ledger, the OneBot
connection that speaks in each group, and a look at the group's recent history through the bridge.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime, timedelta

from nonebot import get_driver, get_plugin_config, logger, on_command, require
from nonebot.adapters import Bot, Event, Message
from nonebot.params import CommandArg
from nonebot.permission import SUPERUSER
from nonebot.plugin import PluginMetadata

require("nonebot_plugin_apscheduler")
require("plugins.guard")
require("plugins.knowledge")
require("plugins.storage")
require("plugins.delivery")
require("plugins.bridges")

from nonebot.exception import ActionFailed, NetworkError  # noqa: E402
from nonebot_plugin_apscheduler import scheduler  # noqa: E402

import plugins.knowledge as knowledge_plugin  # noqa: E402
from bot.calendar import (  # noqa: E402
    Delivery,
    LedgerMemory,
    Plan,
    ReminderKey,
    SentRecord,
    Skipped,
    Unsure,
    deliver,
    plan,
    render_sent,
    render_upcoming,
)
from bot.settings import Settings  # noqa: E402
from bot.store import Store  # noqa: E402
from plugins.bridges import onebot_bots, speaker  # noqa: E402
from plugins.delivery import reply, send_group  # noqa: E402
from plugins.knowledge import live  # noqa: E402
from plugins.storage import get_store  # noqa: E402

__plugin_meta__ = PluginMetadata(
    name="截止提醒",
    description="截止日期前在群里提醒，每条只发一次",
    usage=(
        "/reminders（提醒、截止日期）：接下来的提醒和还有多久\n"
        "/reminders sent：管理员查看最近发出的提醒（时间、群、是否补发）"
    ),
    type="application",
    supported_adapters={"~onebot.v11", "~console"},
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
_memory = LedgerMemory()  # what went out but is not (yet) in the ledger file, for the bot's lifetime
HISTORY_COUNT = 50  # the group's latest messages searched for a reminder's tag before it is resent


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
    p = plan(knowledge.deadlines, settings.kaowu_groups, now or _now(), _grace(), await known_sent())
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


async def known_sent() -> set[ReminderKey]:
    """The ledger's sent reminders, and those this process sent but could not write down yet."""
    try:
        _memory.recorded |= await get_store().sent_keys()
    except Exception as e:  # a ledger that cannot be read: what this process knows stands in
        logger.warning(f"reminder ledger not readable ({e!r}); using what this run has sent")
    return _memory.known_sent()


def _send_through(bot: Bot | None) -> Callable[[int, str], Awaitable[object]]:
    async def send(group_id: int, text: str) -> object:
        account = bot or speaker(group_id)
        if account is None:
            raise ConnectionError("no OneBot connection")
        try:
            return await send_group(account, group_id, text)
        except NetworkError as e:  # a timeout: the bridge may have posted it before it stopped answering
            raise Unsure(str(e)) from e

    return send


def _history_through(bot: Bot | None) -> Callable[[int, str], Awaitable[bool | None]]:
    async def posted(group_id: int, tag: str) -> bool | None:
        account = bot or speaker(group_id)
        if account is None:
            raise ConnectionError("no OneBot connection")
        return await posted_in_group(account, group_id, tag)

    return posted


async def posted_in_group(bot: Bot, group_id: int, tag: str) -> bool | None:
    """Is a message of ours carrying `tag` among the group's latest? None when the bridge cannot say.

    NapCat and Lagrange answer `get_group_msg_history`; a bridge that refuses it leaves the question open,
    and the reminder is sent (a repeat is the lesser harm than a reminder never sent).
    """
    try:
        data = await bot.call_api("get_group_msg_history", group_id=group_id, count=HISTORY_COUNT)
    except ActionFailed as e:
        logger.warning(f"group {group_id}: the bridge cannot list recent messages ({e!r}); sending without a check")
        return None
    for m in (data or {}).get("messages") or []:
        author = m.get("user_id") or (m.get("sender") or {}).get("user_id")
        if str(author) != str(bot.self_id):
            continue
        if tag in _plain_text(m):
            return True
    return False


def _plain_text(message: dict) -> str:
    """The text of a message from the history: its segments (array form), or its CQ string."""
    from nonebot.adapters.onebot.v11 import Message

    body = message.get("message")
    if isinstance(body, list):
        return "".join(
            str((seg.get("data") or {}).get("text", ""))
            for seg in body
            if isinstance(seg, dict) and seg.get("type") == "text"
        )
    try:
        return Message(str(body or message.get("raw_message") or "")).extract_plain_text()
    except Exception:  # a string the adapter cannot parse is searched as it is
        return str(body or message.get("raw_message") or "")


async def flush(bot: Bot | None = None, clock: Callable[[], datetime] = _now) -> Delivery | None:
    """Send every reminder that is due and not yet out. None when no OneBot connection is up. Never raises.

    `bot`: post through this account; by default each group's speaker (plugins/bridges).
    """
    try:
        return await _flush(bot, clock)
    except Exception as e:  # a bug here must not take the scheduler job or the connect hook down
        logger.opt(exception=e).error("reminders: flush failed; retrying")
        _schedule_retry(clock)
        return None


async def _flush(bot: Bot | None, clock: Callable[[], datetime]) -> Delivery | None:
    global _failures
    if bot is None and onebot() is None:
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
            _send_through(bot),
            clock,
            posted=_history_through(bot),
            memory=_memory,
        )
    for r, late in result.sent:
        logger.info(f"reminder sent{' (late)' if late else ''}: {r.job_id} → group {r.group_id}")
    for r in result.found:
        logger.warning(f"reminder {r.job_id} → group {r.group_id} was already in the group ({r.tag}); not resent")
    _log_skips(result.skipped)
    for e in result.ledger_errors[:1]:
        logger.warning(f"reminder ledger not written ({e!r}); kept in memory, written on the next try")
    if result.needs_retry:
        _failures += 1
        delay = _schedule_retry(clock)
        for r, e in result.failed:
            logger.warning(f"reminder {r.job_id} → group {r.group_id} failed ({e!r}); retrying in {delay} s")
        for r in result.unsure:
            logger.warning(
                f"reminder {r.job_id} → group {r.group_id}: no confirmation from the bridge; "
                f"its group is checked for {r.tag} in {delay} s before any resend"
            )
    else:
        _failures = 0
    return result


def _schedule_retry(clock: Callable[[], datetime]) -> int:
    # Bounded by the grace period: once a reminder is beyond it, the planner skips it and retries stop.
    delay = min(RETRY_FIRST_SECONDS * 2 ** max(_failures - 1, 0), RETRY_MAX_SECONDS)
    scheduler.add_job(
        _flush_job,  # never raises inside the scheduler
        "date",
        run_date=clock() + timedelta(seconds=delay),
        id=RETRY_JOB,
        replace_existing=True,
        misfire_grace_time=RETRY_MAX_SECONDS,
        coalesce=True,
    )
    return delay


@driver.on_startup
async def _start() -> None:
    await replan()
    scheduler.add_job(_watch, "interval", seconds=WATCH_SECONDS, id=WATCH_JOB, replace_existing=True, coalesce=True)


@driver.on_bot_connect
async def _connected(bot: Bot) -> None:
    from nonebot.adapters.onebot.v11 import Bot as OneBotV11

    if isinstance(bot, OneBotV11):
        await flush()  # each group through its own speaker, not necessarily the account that connected


# ---------------------------------------------------------------- /reminders

REFUSAL = "发出记录只有管理员可以看。"


reminders_command = on_command(
    "reminders", aliases={"提醒", "截止日期"}, priority=10, block=True, force_whitespace=True
)


@reminders_command.handle()
async def _reminders(bot: Bot, event: Event, arg: Message = CommandArg()) -> None:
    await reply(bot, event, await reminders_text(bot, event, arg.extract_plain_text().strip(), _now()))


async def reminders_text(bot: Bot, event: Event, arg: str, now: datetime) -> str:
    store = get_store()
    knowledge = live.knowledge
    staff = await SUPERUSER(bot, event)
    titles = {d.id: d.title for d in knowledge.deadlines.deadlines}
    if arg in ("sent", "已发", "记录"):
        if not staff:
            return REFUSAL
        return render_sent(await _sent_log(store, 12), titles, knowledge.tz, limit=12)
    p = plan(knowledge.deadlines, settings.kaowu_groups, now, _grace(), await known_sent())
    if not staff:
        return render_upcoming(p, limit=8)
    return render_upcoming(p, limit=6) + "\n" + render_sent(await _sent_log(store, 5), titles, knowledge.tz, limit=5)


async def _sent_log(store: Store, limit: int) -> list[SentRecord]:
    try:
        return await store.sent_log(limit)
    except Exception as e:  # the list of what is next still helps; the log line says why the rest is missing
        logger.warning(f"reminder ledger not readable for /reminders: {e!r}")
        return []
