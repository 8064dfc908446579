"""Deadline reminders, planned from deadlines.yaml with `now` passed in.

`plan()` sorts every (deadline, lead, group) into what is still ahead, what is due now (on time, or late
but within the grace period), and what must never go out (too late, or its deadline has passed).
`deliver()` sends what is due through a send function it is given, and records each one in the ledger
only after the send succeeded. Nothing here knows about chat or clocks: the plugin supplies both.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal, Protocol
from zoneinfo import ZoneInfo

from .dates import WEEKDAYS, format_duration
from .knowledge import Deadline, DeadlinesFile, Knowledge

__all__ = [
    "LATE_AFTER",
    "Delivery",
    "Plan",
    "Reminder",
    "ReminderKey",
    "SentRecord",
    "Skipped",
    "deliver",
    "format_when",
    "plan",
    "render_reminder",
    "render_sent",
    "render_upcoming",
]

# A reminder sent this long after its time is marked late. A scheduled job fires within milliseconds;
# anything later than this was held back by an outage or a failed send, and the group should know.
LATE_AFTER = timedelta(seconds=10)

ReminderKey = tuple[str, int, int]  # (deadline id, lead in seconds, group id): the ledger's key


@dataclass(frozen=True)
class Reminder:
    """One message: this deadline, this lead, this group."""

    deadline: Deadline
    lead: timedelta
    group_id: int
    due_at: datetime  # aware: deadline_at − lead
    deadline_at: datetime  # aware: the deadline's `at` in the file's timezone

    @property
    def deadline_id(self) -> str:
        return self.deadline.id

    @property
    def lead_seconds(self) -> int:
        return int(self.lead.total_seconds())

    @property
    def key(self) -> ReminderKey:
        return (self.deadline.id, self.lead_seconds, self.group_id)

    @property
    def job_id(self) -> str:
        """Stable across restarts and reloads: the same deadline and lead always get the same job."""
        return f"reminder:{self.deadline.id}:{self.lead_seconds}"


@dataclass(frozen=True)
class Skipped:
    reminder: Reminder
    reason: Literal["beyond_grace", "deadline_passed"]

    def __str__(self) -> str:
        r = self.reminder
        what = f"{r.deadline.title}（{r.deadline_id}，提前{format_duration(r.lead)}，群 {r.group_id}）"
        if self.reason == "deadline_passed":
            return f"不发提醒 {what}：截止时间 {format_when(r.deadline_at)} 已过"
        return f"不发提醒 {what}：原定 {format_when(r.due_at)}，已超过补发时限"


@dataclass(frozen=True)
class Plan:
    now: datetime
    upcoming: tuple[Reminder, ...]  # due later than now, soonest first
    due: tuple[Reminder, ...]  # to send now: on time, or late within the grace period
    skipped: tuple[Skipped, ...]  # never to send
    last_deadline: Reminder | None = None  # the latest deadline of the file (any lead), for "the season is over"

    def is_late(self, reminder: Reminder) -> bool:
        return self.now - reminder.due_at > LATE_AFTER

    @property
    def next_due_at(self) -> datetime | None:
        return self.upcoming[0].due_at if self.upcoming else None


def _aware(now: datetime, tz: ZoneInfo) -> datetime:
    return now.replace(tzinfo=tz) if now.tzinfo is None else now


def plan(
    deadlines_file: DeadlinesFile,
    groups: Iterable[int],
    now: datetime,
    grace: timedelta,
    sent: Collection[ReminderKey] = (),
) -> Plan:
    """Every reminder of the file for every group, sorted by what should happen to it at `now`.

    Reminders in `sent` (the ledger) are left out altogether: they already went out.
    A naive `now` is read in the file's timezone.
    """
    tz = ZoneInfo(deadlines_file.timezone)
    now = _aware(now, tz)
    group_ids = list(dict.fromkeys(int(g) for g in groups))
    upcoming: list[Reminder] = []
    due: list[Reminder] = []
    skipped: list[Skipped] = []
    last: Reminder | None = None
    for d in deadlines_file.deadlines:
        deadline_at = d.at_in(tz)
        for lead in dict.fromkeys(d.remind):
            for group_id in group_ids:
                r = Reminder(d, lead, group_id, deadline_at - lead, deadline_at)
                if last is None or deadline_at > last.deadline_at:
                    last = r
                if r.key in sent:
                    continue
                if r.due_at > now:
                    upcoming.append(r)
                elif _deadline_passed(r, now):
                    skipped.append(Skipped(r, "deadline_passed"))
                elif now - r.due_at > grace:
                    skipped.append(Skipped(r, "beyond_grace"))
                else:
                    due.append(r)
    # Soonest first; at the same moment, in the file's order and then the groups' order (both stable).
    position = {d.id: i for i, d in enumerate(deadlines_file.deadlines)}
    order = lambda r: (r.due_at, r.deadline_at, position[r.deadline_id], group_ids.index(r.group_id))  # noqa: E731
    return Plan(
        now,
        tuple(sorted(upcoming, key=order)),
        tuple(sorted(due, key=order)),
        tuple(sorted(skipped, key=lambda s: order(s.reminder))),
        last,
    )


def _deadline_passed(r: Reminder, now: datetime) -> bool:
    # A lead of 0 announces the moment itself ("考场编排开始"), so it may go out as that moment arrives;
    # any other reminder after its deadline would only mislead.
    if r.lead_seconds == 0:
        return now - r.deadline_at > LATE_AFTER
    return now >= r.deadline_at


# ---------------------------------------------------------------- text


def format_when(at: datetime, *, year: bool = True, weekday: bool = True) -> str:
    """2021年11月20日 23:59（星期六）: the `11月20日 23:59` form people search the chat for, with the weekday."""
    text = f"{at.year}年" if year else ""
    text += f"{at.month}月{at.day}日 {at:%H:%M}"
    return text + (f"（{WEEKDAYS[at.weekday()]}）" if weekday else "")


def _wait(delta: timedelta) -> str:
    """A wait for people, never negative: whole hours beyond two hours, whole minutes (rounded up) below."""
    secs = max(0, int(delta.total_seconds()))
    secs = round(secs / 3600) * 3600 if secs >= 2 * 3600 else -(-secs // 60) * 60
    return format_duration(timedelta(seconds=secs))


def _until(delta: timedelta) -> str:
    return "就是现在" if delta < timedelta(minutes=1) else f"还有 {_wait(delta)}"


def render_reminder(reminder: Reminder, knowledge: Knowledge, late: bool, now: datetime | None = None) -> str:
    """The group message: what is due, when, what to do, whom to ask. Plain text, a phone screen at most.

    Without `now` the wait is the lead itself (the reminder as planned).
    """
    r = reminder
    remaining = (r.deadline_at - now) if now is not None else r.lead
    head = "【补发提醒】" if late else "【提醒】"
    lines = [f"{head}{r.deadline.title}", f"时间：{format_when(r.deadline_at)}，{_until(remaining)}"]
    if r.deadline.detail:
        lines += [line for line in knowledge.render(r.deadline.detail).splitlines() if line.strip()]
    contacts = knowledge.context.get("exam_affairs_contacts")
    if contacts:
        lines.append(f"有疑问请联系考务：{contacts}")
    if late:
        lines.append(
            f"（这条提醒原定 {format_when(r.due_at, year=False, weekday=False)} 发出，"
            "当时机器人不在线或没能发出，现在补发。）"
        )
    if len(lines) > 15:
        lines = [*lines[:13], "……", lines[-1]]
    return "\n".join(lines)


def render_upcoming(p: Plan, limit: int = 8) -> str:
    """/reminders for everyone: the next reminders (once each, not once per group) and how long until each."""
    seen: set[tuple[str, int]] = set()
    rows: list[Reminder] = []
    for r in p.upcoming:
        if (r.deadline_id, r.lead_seconds) not in seen:
            seen.add((r.deadline_id, r.lead_seconds))
            rows.append(r)
    if not rows:
        last = p.last_deadline
        if last is None:
            return "deadlines.yaml 里没有截止日期，没有要发的提醒。"
        if last.deadline_at <= p.now:
            return (
                f"本季的截止日期都已过去，没有要发的提醒。"
                f"最后一个是{last.deadline.title}：{format_when(last.deadline_at)}。"
            )
        return f"没有待发的提醒了。最后一个截止日期是{last.deadline.title}：{format_when(last.deadline_at)}。"
    lines = [f"接下来的提醒（共 {len(rows)} 条）：" if len(rows) <= limit else f"接下来的 {limit} 条提醒："]
    for r in rows[:limit]:
        lines.append(
            f"· {format_when(r.due_at, year=False)} 提醒{r.deadline.title}"
            f"（{format_when(r.deadline_at, year=False, weekday=False)}），{_wait(r.due_at - p.now)}后"
        )
    return "\n".join(lines)


@dataclass(frozen=True)
class SentRecord:
    """One line of the ledger."""

    deadline_id: str
    lead_seconds: int
    group_id: int
    due_at: datetime
    sent_at: datetime
    late: bool


def render_sent(records: Sequence[SentRecord], titles: dict[str, str], tz: ZoneInfo, limit: int = 5) -> str:
    """For staff: what went out, when, to which group, and whether it was late."""
    if not records:
        return "还没有发出过提醒。"
    lines = [f"最近发出的提醒（共显示 {min(limit, len(records))} 条）："]
    for rec in records[:limit]:
        title = titles.get(rec.deadline_id, rec.deadline_id)
        lead = format_duration(timedelta(seconds=rec.lead_seconds)) if rec.lead_seconds else "当时"
        mark = "，补发" if rec.late else ""
        lines.append(
            f"· {format_when(rec.sent_at.astimezone(tz), year=False, weekday=False)} 发往群 {rec.group_id}："
            f"{title}（提前{lead}{mark}）"
        )
    return "\n".join(lines)


# ---------------------------------------------------------------- sending


class Ledger(Protocol):
    async def sent_keys(self) -> set[ReminderKey]: ...

    async def mark_sent(
        self, deadline_id: str, lead_seconds: int, group_id: int, due_at: datetime, sent_at: datetime, late: bool
    ) -> bool: ...


@dataclass
class Delivery:
    sent: list[tuple[Reminder, bool]] = field(default_factory=list)  # (reminder, late)
    failed: list[tuple[Reminder, Exception]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


async def deliver(
    deadlines_file: DeadlinesFile,
    knowledge: Knowledge,
    groups: Iterable[int],
    grace: timedelta,
    ledger: Ledger,
    send: Callable[[int, str], Awaitable[object]],
    clock: Callable[[], datetime],
) -> Delivery:
    """Send every reminder due now that the ledger has not seen; record each after its send succeeded.

    The clock is read again before each send, so a reminder queued behind slow sends is still checked
    against its deadline and the grace period at the moment it leaves. A failed send is not recorded:
    it stays due and the next call tries it again. Callers serialise calls (one lock), so the ledger check
    and the mark cannot interleave with another delivery.
    """
    result = Delivery()
    sent = await ledger.sent_keys()
    first = plan(deadlines_file, groups, clock(), grace, sent)
    result.skipped = list(first.skipped)
    for r in first.due:
        now = clock()
        current = plan(_only(deadlines_file, r), [r.group_id], now, grace, sent)
        if r.key not in {x.key for x in current.due}:  # it became too late while earlier ones were sent
            result.skipped += [s for s in current.skipped if s.reminder.key == r.key]
            continue
        late = current.is_late(r)
        try:
            await send(r.group_id, render_reminder(r, knowledge, late, now))
        except Exception as e:  # the OneBot call failed: keep it due, the caller retries
            result.failed.append((r, e))
            continue
        await ledger.mark_sent(r.deadline_id, r.lead_seconds, r.group_id, r.due_at, clock(), late)
        sent = {*sent, r.key}
        result.sent.append((r, late))
    return result


def _only(deadlines_file: DeadlinesFile, r: Reminder) -> DeadlinesFile:
    d = r.deadline.model_copy(update={"remind": [r.lead]})
    return deadlines_file.model_copy(update={"deadlines": [d]})
