"""The reminders plugin through nonebug and OneBot v11: posts, the ledger, retries and /reminders."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from nonebot.adapters.onebot.v11 import Bot, Message, MessageSegment
from nonebot.adapters.onebot.v11.exception import ActionFailed
from nonebug import App

from tests.fake import GROUP, STAFF, group_message, private_message

SHANGHAI = ZoneInfo("Asia/Shanghai")
SECOND_GROUP = 594707090


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


def text(s: str) -> Message:
    return Message(MessageSegment.text(s))


def expected_posts(now: datetime, groups: list[int], late: bool = False) -> list[tuple[int, str]]:
    """What the core says should be posted at `now` (ledger ignored), in send order."""
    from bot.calendar import plan, render_reminder
    from plugins.knowledge import live

    k = live.knowledge
    p = plan(k.deadlines, groups, now, timedelta(hours=1))
    return [(r.group_id, render_reminder(r, k, late, now)) for r in p.due]


@pytest.fixture(autouse=True)
async def scheduler_running():
    """The shared scheduler runs from the driver's start-up to its shutdown; a test that runs the whole lifespan
    (or, in a shuffled order, none yet) can leave it stopped, and pausing a stopped scheduler raises. These tests
    pause and resume a running one, as the bot does."""
    from nonebot_plugin_apscheduler import scheduler

    if not scheduler.running:
        scheduler.start()
    yield


@pytest.fixture
def two_groups(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    from plugins import reminders

    groups = [GROUP, SECOND_GROUP]
    monkeypatch.setattr(reminders.settings, "kaowu_groups", groups)
    return groups


async def test_due_reminders_are_posted_as_text_to_each_group_and_recorded(app: App, two_groups: list[int]):
    """At 11月14日 08:59 both groups get both first reminders as plain text, and the ledger holds all four."""
    from plugins.reminders import flush
    from plugins.storage import get_store

    now = at("2021-11-14 08:59:00.300000")
    posts = expected_posts(now, two_groups)
    assert len(posts) == 4 and all("11月20日 23:59" in t for _, t in posts)
    async with app.test_api() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        for i, (group_id, body) in enumerate(posts):
            ctx.should_call_api("send_group_msg", {"group_id": group_id, "message": text(body)}, {"message_id": i})
        result = await flush(bot, clock=lambda: now)
    assert result is not None and len(result.sent) == 4 and not result.failed
    keys = await get_store().sent_keys()
    assert {
        (d, lead, g, "2021-11-20T15:59:00+00:00")
        for d in ("site-application", "registration")
        for lead in (6 * 86400 + 15 * 3600,)
        for g in two_groups
    } <= keys

    async with app.test_api() as ctx:  # a second flush (a reconnect a minute later) posts nothing
        bot = ctx.create_bot(base=Bot, self_id="10000")
        again = await flush(bot, clock=lambda: now + timedelta(minutes=1))
    assert again is not None and again.sent == [] and again.failed == []


async def test_failed_send_is_not_recorded_and_is_retried(app: App):
    """The OneBot call fails (ActionFailed): nothing is recorded, a retry is scheduled, and the retry posts it."""
    from nonebot_plugin_apscheduler import scheduler

    from plugins.reminders import HISTORY_COUNT, RETRY_FIRST_SECONDS, RETRY_JOB, flush
    from plugins.storage import get_store

    now = at("2021-11-18 08:59:00.100000")
    [(group_id, body), *_] = posts = expected_posts(now, [GROUP])
    key = ("registration", 2 * 86400 + 15 * 3600, GROUP, "2021-11-20T15:59:00+00:00")
    assert key not in await get_store().sent_keys()
    scheduler.pause()  # the retry job's 2021 run date must not be run (or dropped) by the live scheduler
    try:
        async with app.test_api() as ctx:
            bot = ctx.create_bot(base=Bot, self_id="10000")
            for group_id, body in posts:
                ctx.should_call_api(
                    "send_group_msg",
                    {"group_id": group_id, "message": text(body)},
                    exception=ActionFailed(status="failed", retcode=1200),
                )
            failed = await flush(bot, clock=lambda: now)
        assert failed is not None and len(failed.failed) == len(posts) and failed.sent == []
        assert key not in await get_store().sent_keys()
        job = scheduler.get_job(RETRY_JOB)
        assert job is not None and job.next_run_time == now + timedelta(seconds=RETRY_FIRST_SECONDS)

        retry_at = now + timedelta(seconds=RETRY_FIRST_SECONDS)
        async with app.test_api() as ctx:
            bot = ctx.create_bot(base=Bot, self_id="10000")
            for i, (group_id, body) in enumerate(expected_posts(retry_at, [GROUP])):
                # its intent is on record from the failed try: the group is looked at before it is sent
                history = {"group_id": group_id, "count": HISTORY_COUNT}
                ctx.should_call_api("get_group_msg_history", history, {"messages": []})
                ctx.should_call_api("send_group_msg", {"group_id": group_id, "message": text(body)}, {"message_id": i})
            retried = await flush(bot, clock=lambda: retry_at)
        assert retried is not None and len(retried.sent) == len(posts)
        assert key in await get_store().sent_keys()
    finally:
        if scheduler.get_job(RETRY_JOB):
            scheduler.remove_job(RETRY_JOB)
        scheduler.resume()


async def test_replan_gives_each_reminder_a_stable_job(app: App):
    """Planning on 11月1日 schedules one job per (deadline, lead), named after both, at its due time."""
    from nonebot_plugin_apscheduler import scheduler

    from plugins.reminders import replan

    scheduler.pause()
    try:
        await replan(now=at("2021-11-01 10:00"))
        job = scheduler.get_job("reminder:site-application:7200")
        assert job is not None and job.next_run_time == at("2021-11-20 21:59")
        assert scheduler.get_job("reminder:exam-junior:86400").next_run_time == at("2021-12-17 09:00")
        await replan(now=at("2021-12-19 12:00"))  # later: the earlier reminders' jobs are gone
        assert scheduler.get_job("reminder:site-application:7200") is None
        assert scheduler.get_job("reminder:exam-senior:7200") is not None
    finally:
        await replan()  # back to the real clock: the season is over, no reminder jobs remain
        scheduler.resume()
    assert not [j for j in scheduler.get_jobs() if j.id.startswith("reminder:")]


async def test_reminders_command_lists_what_is_next(app: App, monkeypatch: pytest.MonkeyPatch):
    """/reminders on 11月1日 10:00: the next reminders, each with its date and how long until it."""
    from plugins import reminders

    monkeypatch.setattr(reminders, "_now", lambda: at("2021-11-01 10:00"))
    from bot.calendar import plan, render_upcoming
    from plugins.knowledge import live
    from plugins.storage import get_store

    k = live.knowledge
    sent = await get_store().sent_keys()  # this test's own ledger: empty, so the list starts at the first reminder
    expected = render_upcoming(plan(k.deadlines, [GROUP], at("2021-11-01 10:00"), timedelta(hours=1), sent), limit=8)
    assert expected.startswith("接下来的 8 条提醒：\n· 11月14日 08:59（星期日） 提醒考核站点申报截止（11月20日 23:59），12天23小时后")
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        event = group_message("/提醒")
        ctx.receive_event(bot, event)
        ctx.should_call_send(
            event, Message([MessageSegment.reply(event.message_id), MessageSegment.text(expected)]), {"message_id": 2}
        )


async def test_reminders_after_the_season_say_so(app: App):
    """/截止日期 today (the 2021 season long over): says the deadlines have passed and names the last one."""
    event = private_message("/截止日期")
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(
            event,
            text("本季的截止日期都已过去，没有要发的提醒。最后一个是高级考试：2021年12月20日 09:00（星期一）。"),
            {"message_id": 3},
        )


async def test_sent_log_is_for_staff_only(app: App):
    """/reminders sent: a member is refused; staff see when each reminder went out and to which group."""
    from bot.calendar import render_sent
    from plugins.knowledge import live
    from plugins.reminders import REFUSAL
    from plugins.storage import get_store

    k = live.knowledge
    log = await get_store().sent_log(12)
    expected = render_sent(log, {d.id: d.title for d in k.deadlines.deadlines}, k.tz, limit=12)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        member = private_message("/reminders sent")
        ctx.receive_event(bot, member)
        ctx.should_call_send(member, text(REFUSAL), {"message_id": 4})
        staff = private_message("/reminders sent", user_id=STAFF)
        ctx.receive_event(bot, staff)
        ctx.should_call_send(staff, text(expected), {"message_id": 5})


async def test_edited_deadline_is_replanned_while_running(app: App, monkeypatch: pytest.MonkeyPatch, data_copy):
    """Staff move the site-application deadline to 11月22日: its reminder jobs move with it, no restart."""
    from nonebot_plugin_apscheduler import scheduler

    from bot.answer import Answerer
    from bot.knowledge import load
    from plugins import reminders
    from plugins.knowledge import live

    path = data_copy / "deadlines.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"2021-11-20 23:59"', '"2021-11-22 23:59"', 1), "utf-8")
    monkeypatch.setattr(reminders, "_now", lambda: at("2021-11-01 10:00"))
    scheduler.pause()
    try:
        await reminders.replan()
        assert scheduler.get_job("reminder:site-application:7200").next_run_time == at("2021-11-20 21:59")
        monkeypatch.setattr(live, "answerer", Answerer(load(data_copy)))  # what a reload swaps in
        await reminders._watch()
        assert scheduler.get_job("reminder:site-application:7200").next_run_time == at("2021-11-22 21:59")
        assert scheduler.get_job("reminder:registration:54000").next_run_time == at("2021-11-20 08:59")
    finally:
        monkeypatch.undo()
        await reminders._watch()  # the shipped data and the real clock again
        scheduler.resume()
    assert scheduler.get_job("reminder:site-application:7200") is None
