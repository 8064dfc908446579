"""Reminder planning and delivery with a fixed clock: what the group sees, and when, across outages."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.calendar import deliver, plan, render_reminder, render_sent, render_upcoming
from bot.knowledge import DeadlinesFile, Knowledge
from bot.store import Store

SHANGHAI = ZoneInfo("Asia/Shanghai")
GRACE = timedelta(hours=1)
GROUP = 594707089
OTHER = 777


def at(text: str, tz: ZoneInfo = SHANGHAI) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=tz)


def deadlines(*items: dict, tz: str = "Asia/Shanghai") -> DeadlinesFile:
    return DeadlinesFile.model_validate({"timezone": tz, "deadlines": list(items)})


DEADLINE_UTC = "2021-11-20T15:59:00+00:00"  # APPLICATION's deadline as the ledger keys it
APPLICATION = {
    "id": "site-application",
    "title": "考核站点申报截止",
    "at": "2021-11-20 23:59",
    "remind": ["3d", "2h"],
    "detail": "发送至 {application_email}。",
}


class Outbox:
    """Stands in for the OneBot call: records what was posted, or fails like a dropped connection."""

    def __init__(self, fail: bool = False):
        self.posts: list[tuple[int, str]] = []
        self.fail = fail

    async def __call__(self, group_id: int, text: str) -> None:
        if self.fail:
            raise ConnectionError("OneBot call failed")
        self.posts.append((group_id, text))


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "state")
    yield s
    await s.close()


async def run(file: DeadlinesFile, knowledge: Knowledge, ledger: Store, now: datetime, outbox: Outbox, groups=(GROUP,)):
    return await deliver(file, knowledge, groups, GRACE, ledger, outbox, lambda: now)


# ---------------------------------------------------------------- planning


def test_reminder_is_ahead_until_its_time_then_due_on_time():
    """The 3-day reminder for 11月20日 23:59 waits until 11月17日 23:59, then goes out unmarked."""
    file = deadlines(APPLICATION)
    before = plan(file, [GROUP], at("2021-11-17 23:58:59"), GRACE)
    assert [r.due_at for r in before.upcoming] == [at("2021-11-17 23:59"), at("2021-11-20 21:59")]
    assert before.due == ()
    now = at("2021-11-17 23:59:00.500000")
    on_time = plan(file, [GROUP], now, GRACE)
    assert [r.key for r in on_time.due] == [("site-application", 3 * 86400, GROUP, DEADLINE_UTC)]
    assert not on_time.is_late(on_time.due[0])
    assert on_time.upcoming[0].job_id == "reminder:site-application:7200"


def test_down_at_fire_time_within_grace_goes_out_late():
    """Back 30 minutes after the reminder's time (grace 1h): it is due now and marked late."""
    p = plan(deadlines(APPLICATION), [GROUP], at("2021-11-18 00:29"), GRACE)
    assert [r.lead for r in p.due] == [timedelta(days=3)]
    assert p.is_late(p.due[0])
    assert p.skipped == ()


def test_beyond_grace_is_skipped_with_a_reason():
    """Back two hours after the reminder's time (grace 1h): it is skipped, and the log line says why."""
    p = plan(deadlines(APPLICATION), [GROUP], at("2021-11-18 01:59"), GRACE)
    assert p.due == ()
    assert [(s.reminder.lead, s.reason) for s in p.skipped] == [(timedelta(days=3), "beyond_grace")]
    assert "补发时限" in str(p.skipped[0]) and "11月17日 23:59" in str(p.skipped[0])


def test_past_deadline_is_never_announced_even_within_grace():
    """The 2h reminder fell due at 21:59 but the bot is back at 00:05 after the 23:59 deadline: nothing goes out."""
    p = plan(deadlines(APPLICATION), [GROUP], at("2021-11-21 00:05"), timedelta(hours=6))
    assert p.due == () and p.upcoming == ()
    assert {s.reason for s in p.skipped} == {"deadline_passed"}
    assert "已过" in str(p.skipped[0])


def test_ledger_entries_are_left_out():
    """A reminder the ledger already holds is neither due nor skipped: it simply never comes back."""
    sent = {("site-application", 3 * 86400, GROUP, DEADLINE_UTC)}
    p = plan(deadlines(APPLICATION), [GROUP], at("2021-11-17 23:59:30"), GRACE, sent)
    assert p.due == () and p.skipped == ()


def test_lead_of_zero_goes_out_at_the_moment_itself():
    """`remind: [0s]` on a start date posts at that moment, but not once the moment is well past."""
    file = deadlines({"id": "room-start", "title": "考场编排开始", "at": "2021-12-01 09:00", "remind": ["0s"]})
    assert [r.lead_seconds for r in plan(file, [GROUP], at("2021-12-01 09:00:00.200000"), GRACE).due] == [0]
    later = plan(file, [GROUP], at("2021-12-01 09:05"), GRACE)
    assert later.due == () and later.skipped[0].reason == "deadline_passed"


def test_each_group_gets_its_own_reminder():
    """Two served groups: one message each, keyed per group; duplicates in the group list count once."""
    p = plan(deadlines(APPLICATION), [GROUP, OTHER, GROUP], at("2021-11-17 23:59"), GRACE)
    assert sorted(r.group_id for r in p.due) == sorted([GROUP, OTHER])
    assert len({r.key for r in p.due}) == 2
    assert len({r.job_id for r in p.due}) == 1  # one job posts to every group


def test_times_are_read_in_the_files_timezone():
    """`at` is local to the file's timezone; `now` may come in any timezone, or naive meaning the file's."""
    file = deadlines({**APPLICATION, "remind": ["1d"]}, tz="Asia/Tokyo")
    due = datetime(2021, 11, 19, 14, 59, tzinfo=timezone.utc)  # 23:59 in Tokyo
    assert plan(file, [GROUP], due - timedelta(seconds=1), GRACE).due == ()
    p = plan(file, [GROUP], due, GRACE)
    assert p.due[0].due_at == due and p.due[0].due_at.tzinfo == ZoneInfo("Asia/Tokyo")
    assert plan(file, [GROUP], datetime(2021, 11, 19, 23, 59), GRACE).due  # naive: Tokyo time


# ---------------------------------------------------------------- the message


def test_reminder_names_deadline_date_weekday_time_detail_and_contacts(knowledge: Knowledge):
    """The site-application reminder: title, 11月20日 23:59 with 星期六, what to do, whom to ask, ≤ 15 lines."""
    r = plan(knowledge.deadlines, [GROUP], at("2021-11-18 08:59"), GRACE).due[0]
    text = render_reminder(r, knowledge, late=False)
    assert text.startswith("【提醒】")
    assert (
        text.startswith("【提醒】考核站点申报截止")
        and "2021年11月20日 23:59（星期六）" in text
        and "还有 2天15小时" in text
    )
    assert knowledge.notice.application_email in text and "{" not in text
    assert "有疑问请联系考务：" in text and knowledge.contacts.exam_affairs[0].name in text
    assert "补发" not in text
    assert len(text.splitlines()) <= 15


def test_every_shipped_reminder_fits_a_phone_screen(knowledge: Knowledge):
    """Each deadline in data/ renders with no stray {placeholder}, within 15 lines, late or not."""
    p = plan(knowledge.deadlines, [GROUP], at("2021-01-01 00:00"), GRACE)
    assert {r.deadline_id for r in p.upcoming} == {d.id for d in knowledge.deadlines.deadlines}
    for r in p.upcoming:
        for late in (False, True):
            text = render_reminder(r, knowledge, late, r.due_at + timedelta(minutes=30))
            assert "{" not in text and r.deadline.title in text
            assert f"{r.deadline_at.month}月{r.deadline_at.day}日 {r.deadline_at:%H:%M}" in text
            assert len(text.splitlines()) <= 15


def test_exam_day_reminder_gives_each_paper_and_ticket_reminder_says_where(knowledge: Knowledge):
    """The 初级 exam reminder lists the theory and practical times; the ticket one says 1+X 平台."""
    p = plan(knowledge.deadlines, [GROUP], at("2021-01-01 00:00"), GRACE)
    exam = next(r for r in p.upcoming if r.deadline.title == "初级考试")
    text = render_reminder(exam, knowledge, late=False)
    assert "2021年12月18日 09:00（星期六）" in text and "9:00-10:30" in text and "14:00-16:30" in text
    tickets = next(r for r in p.upcoming if r.deadline_id == "ticket-printing-start")
    assert "1+X 平台" in render_reminder(tickets, knowledge, late=False)


def test_late_reminder_says_so_and_never_counts_negative(knowledge: Knowledge):
    """A 2h reminder sent 1h59m59s late: marked 补发, names its original time, and the wait is not negative."""
    r = next(x for x in plan(knowledge.deadlines, [GROUP], at("2021-01-01"), GRACE).upcoming if x.lead_seconds == 7200)
    text = render_reminder(r, knowledge, late=True, now=r.deadline_at - timedelta(seconds=1))
    assert text.startswith("【补发提醒】") and "现在补发" in text
    assert f"原定 {r.due_at.month}月{r.due_at.day}日 {r.due_at:%H:%M}" in text
    assert "就是现在" in text and "-" not in text.splitlines()[1]


def test_upcoming_lists_next_reminders_with_how_long_until_each(knowledge: Knowledge):
    """/reminders on 11月1日 10:00: the next eight, soonest first, each with its date and wait."""
    text = render_upcoming(plan(knowledge.deadlines, [GROUP, OTHER], at("2021-11-01 10:00"), GRACE), limit=8)
    lines = text.splitlines()
    assert lines[0] == "接下来的 8 条提醒："
    assert len(lines) == 9  # once per (deadline, lead), not once per group
    assert lines[1].startswith("· 11月14日 08:59（星期日） 提醒") and lines[1].endswith("12天23小时后")
    assert "（11月20日 23:59）" in lines[1]


def test_upcoming_after_the_season_says_so_with_the_last_date(knowledge: Knowledge):
    """/reminders after the exams: the season is over, and the last deadline's date is named."""
    text = render_upcoming(plan(knowledge.deadlines, [GROUP], at("2022-03-01 10:00"), GRACE))
    assert "都已过去" in text and "2021年12月20日 09:00（星期一）" in text and "高级考试" in text


# ---------------------------------------------------------------- delivery and the ledger


async def test_due_reminder_posted_once_per_group_and_recorded(knowledge: Knowledge, store: Store):
    """At 11月17日 23:59 each served group gets the 3-day reminder, and the ledger records both."""
    outbox = Outbox()
    file = deadlines(APPLICATION)
    result = await run(file, knowledge, store, at("2021-11-17 23:59"), outbox, groups=(GROUP, OTHER))
    assert sorted(g for g, _ in outbox.posts) == sorted([GROUP, OTHER])
    assert all("11月20日 23:59" in text for _, text in outbox.posts)
    assert [late for _, late in result.sent] == [False, False]
    assert await store.sent_keys() == {
        ("site-application", 259200, GROUP, DEADLINE_UTC),
        ("site-application", 259200, OTHER, DEADLINE_UTC),
    }


async def test_restart_never_sends_again(knowledge: Knowledge, tmp_path: Path):
    """The bot restarts a minute after sending: the reopened ledger holds it, so nothing is posted twice."""
    file = deadlines(APPLICATION)
    first = await Store.open(tmp_path / "state")
    outbox = Outbox()
    await run(file, knowledge, first, at("2021-11-17 23:59"), outbox)
    await first.close()
    again = await Store.open(tmp_path / "state")
    try:
        await run(file, knowledge, again, at("2021-11-17 23:59:40"), outbox)
        await run(file, knowledge, again, at("2021-11-18 00:00"), outbox)
    finally:
        await again.close()
    assert len(outbox.posts) == 1


async def test_failed_send_is_not_recorded_and_goes_out_on_retry(knowledge: Knowledge, store: Store):
    """The OneBot call fails: nothing is recorded; the retry 20 s later posts it once, marked late."""
    file = deadlines(APPLICATION)
    failing = Outbox(fail=True)
    result = await run(file, knowledge, store, at("2021-11-17 23:59"), failing)
    assert len(result.failed) == 1 and result.sent == [] and await store.sent_keys() == set()
    outbox = Outbox()
    retry = await run(file, knowledge, store, at("2021-11-17 23:59:20"), outbox)
    assert [late for _, late in retry.sent] == [True]
    assert outbox.posts[0][1].startswith("【补发提醒】")
    log = await store.sent_log()
    assert [(r.deadline_id, r.late, r.sent_at) for r in log] == [("site-application", True, at("2021-11-17 23:59:20"))]


async def test_outage_beyond_grace_sends_nothing(knowledge: Knowledge, store: Store):
    """Back three hours after the 3-day reminder's time: it is skipped, not recorded, and stays skipped."""
    outbox = Outbox()
    result = await run(deadlines(APPLICATION), knowledge, store, at("2021-11-18 02:59"), outbox)
    assert outbox.posts == [] and [s.reason for s in result.skipped] == ["beyond_grace"]
    assert await store.sent_keys() == set()


async def test_reminder_that_expires_while_others_are_sent_is_dropped(knowledge: Knowledge, store: Store):
    """Sends are slow (paced) and the deadline passes mid-way: the clock is read again, the rest is skipped."""
    file = deadlines({**APPLICATION, "remind": ["2h"]})
    times = iter([at("2021-11-20 23:58"), at("2021-11-20 23:58:30"), at("2021-11-20 23:58:31"), at("2021-11-21")])
    outbox = Outbox()
    result = await deliver(file, knowledge, (GROUP, OTHER), timedelta(hours=3), store, outbox, lambda: next(times))
    assert [g for g, _ in outbox.posts] == [GROUP]
    assert [(s.reminder.group_id, s.reason) for s in result.skipped] == [(OTHER, "deadline_passed")]


async def test_sent_log_for_staff_shows_time_group_and_late(knowledge: Knowledge, store: Store):
    """Staff's sent log: when each went out, to which group, which reminder, and 补发 for a late one."""
    file = deadlines(APPLICATION)
    await run(file, knowledge, store, at("2021-11-18 00:20"), Outbox())
    text = render_sent(await store.sent_log(), {"site-application": "考核站点申报截止"}, SHANGHAI)
    assert text.splitlines()[1] == f"· 11月18日 00:20 发往群 {GROUP}：考核站点申报截止（提前3天，补发）"
    assert render_sent([], {}, SHANGHAI) == "还没有发出过提醒。"
