"""Deadline reminders, planned from deadlines.yaml with `now` passed in.

`plan()` sorts every (deadline, lead, group) into what is still ahead, what is due now (on time, or late
but within the grace period), and what must never go out (too late, or its deadline has passed).
`deliver()` sends what is due through a send function it is given, effectively once: the intent goes into
the ledger before the send and the result after, and a reminder whose outcome is unknown is looked for in
the group's history before it is ever sent again. Nothing here knows about chat or clocks: the plugin
supplies both, and the history check.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Literal, Protocol
from zoneinfo import ZoneInfo

from .dates import WEEKDAYS, format_duration
from .knowledge import Deadline, DeadlinesFile, Knowledge

__all__ = [
    "LATE_AFTER",
    "Delivery",
    "LedgerMemory",
    "Plan",
    "Reminder",
    "ReminderKey",
    "SentRecord",
    "Skipped",
    "Unsure",
    "deliver",
    "format_when",
    "ledger_time",
    "plan",
    "render_reminder",
    "render_sent",
    "render_upcoming",
]

# A reminder sent this long after its time is marked late. A scheduled job fires within milliseconds;
# anything later than this was held back by an outage or a failed send, and the group should know.
LATE_AFTER = timedelta(seconds=10)

# (deadline id, lead in seconds, group id, the deadline's time as `ledger_time`): the ledger's key. The time is
# part of it so that a deadline moved to another time is announced again for the new time.
ReminderKey = tuple[str, int, int, str]


def ledger_time(at: datetime) -> str:
    """An aware time as the ledger keys it: UTC ISO, so one moment has one spelling whatever the timezone."""
    return at.astimezone(timezone.utc).isoformat()


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
        return (self.deadline.id, self.lead_seconds, self.group_id, ledger_time(self.deadline_at))

    @property
    def tag(self) -> str:
        """Printed in the message, so the group's history can tell whether this very reminder went out."""
        digest = hashlib.sha1(f"{self.deadline.id}|{self.lead_seconds}|{ledger_time(self.deadline_at)}".encode())
        return "#" + digest.hexdigest()[:6]

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


def render_reminder(
    reminder: Reminder,
    knowledge: Knowledge,
    late: bool,
    now: datetime | None = None,
    moved_from: datetime | None = None,
) -> str:
    """The group message: what is due, when, what to do, whom to ask. Plain text, a phone screen at most.

    Without `now` the wait is the lead itself (the reminder as planned). `moved_from`: the deadline's time
    when an earlier reminder for it went out, so the group learns the date changed. The last line is the
    reminder's tag, which the bot looks for in the group's history before it ever sends a reminder twice.
    """
    r = reminder
    remaining = (r.deadline_at - now) if now is not None else r.lead
    head = "【补发提醒】" if late else "【提醒】"
    lines = [f"{head}{r.deadline.title}", f"时间：{format_when(r.deadline_at)}，{_until(remaining)}"]
    if moved_from is not None:
        lines.append(f"注意：时间有改动，原定 {format_when(moved_from, year=False)}，以上面的新时间为准。")
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
    lines.append(f"提醒编号 {r.tag}")
    if len(lines) > 15:
        lines = [*lines[:12], "……", *lines[-2:]]
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

    async def unsure_keys(self) -> set[ReminderKey]: ...

    async def intend(
        self, deadline_id: str, lead_seconds: int, group_id: int, due_at: datetime, tag: str, at: datetime
    ) -> None: ...

    async def mark_sent(
        self, deadline_id: str, lead_seconds: int, group_id: int, due_at: datetime, sent_at: datetime, late: bool
    ) -> bool: ...


class Unsure(Exception):
    """Raised by a send whose outcome is unknown (a timeout, a bridge that dropped before confirming)."""


# (group id, tag) → True: the reminder is in the group's recent history; False: it is not; None: cannot tell.
PostedCheck = Callable[[int, str], Awaitable["bool | None"]]


@dataclass
class LedgerMemory:
    """What this process knows beyond the ledger file, so that a ledger that cannot be written (locked, full,
    broken) never makes a reminder go out twice while the bot runs. The plugin keeps one for its lifetime."""

    recorded: set[ReminderKey] = field(default_factory=set)  # out, and in the ledger (as last read, plus ours)
    unrecorded: dict[ReminderKey, tuple[Reminder, bool, datetime]] = field(default_factory=dict)  # out, not written
    unsure: set[ReminderKey] = field(default_factory=set)  # may be out: the group is checked before any resend

    def known_sent(self) -> set[ReminderKey]:
        return self.recorded | set(self.unrecorded)


@dataclass
class Delivery:
    sent: list[tuple[Reminder, bool]] = field(default_factory=list)  # (reminder, late)
    failed: list[tuple[Reminder, Exception]] = field(default_factory=list)  # not out; tried again later
    skipped: list[Skipped] = field(default_factory=list)
    found: list[Reminder] = field(default_factory=list)  # already in the group's history: recorded, not resent
    unsure: list[Reminder] = field(default_factory=list)  # outcome unknown: the group is checked before a resend
    ledger_errors: list[Exception] = field(default_factory=list)  # kept in memory and written again later

    @property
    def needs_retry(self) -> bool:
        return bool(self.failed or self.unsure or self.ledger_errors)


async def deliver(
    deadlines_file: DeadlinesFile,
    knowledge: Knowledge,
    groups: Iterable[int],
    grace: timedelta,
    ledger: Ledger,
    send: Callable[[int, str], Awaitable[object]],
    clock: Callable[[], datetime],
    *,
    posted: PostedCheck | None = None,
    memory: LedgerMemory | None = None,
) -> Delivery:
    """Send every reminder due now that has not gone out, each effectively once. Never raises for the ledger.

    For each reminder: the intent is written to the ledger, the message is sent, the result is written.
    A send that raises `Unsure` (timeout, dropped bridge) may have reached the group; so may one whose intent
    row is still open after a restart, and any late one. Those are looked for in the group's history first
    (`posted`), and sent only if they are not there (or if the bridge cannot tell). A ledger write that fails
    is kept in `memory` and written again on the next call, so nothing is sent twice meanwhile.

    The clock is read again before each send, so a reminder queued behind slow sends is still checked
    against its deadline and the grace period at the moment it leaves. Callers serialise calls (one lock).
    """
    memory = memory if memory is not None else LedgerMemory()
    result = Delivery()
    await _write_unrecorded(ledger, memory, result)
    try:
        memory.recorded |= await ledger.sent_keys()
        open_intents = await ledger.unsure_keys()
    except Exception as e:  # unreadable ledger: what this process knows stands in, late ones are checked
        result.ledger_errors.append(e)
        open_intents = set()
    sent = memory.known_sent()
    first = plan(deadlines_file, groups, clock(), grace, sent)
    result.skipped = list(first.skipped)
    for r in first.due:
        now = clock()
        current = plan(_only(deadlines_file, r), [r.group_id], now, grace, sent)
        if r.key not in {x.key for x in current.due}:  # it became too late while earlier ones were sent
            result.skipped += [s for s in current.skipped if s.reminder.key == r.key]
            continue
        late = current.is_late(r)
        if posted is not None and (late or r.key in open_intents or r.key in memory.unsure):
            try:
                seen = await posted(r.group_id, r.tag)
            except Exception as e:  # the group cannot be asked now: wait for it rather than risk a repeat
                result.failed.append((r, e))
                continue
            if seen:
                await _record(ledger, memory, r, late, now, result)
                sent.add(r.key)
                result.found.append(r)
                continue
        try:
            await ledger.intend(r.deadline_id, r.lead_seconds, r.group_id, r.due_at, r.tag, now)
        except Exception as e:  # sent anyway, on time; until it is confirmed it counts as unsure
            result.ledger_errors.append(e)
            memory.unsure.add(r.key)
        text = render_reminder(r, knowledge, late, now, moved_from=_moved_from(r, sent))
        try:
            await send(r.group_id, text)
        except Unsure:
            memory.unsure.add(r.key)
            result.unsure.append(r)
            continue
        except Exception as e:  # the bridge said no: not out, keep it due, the caller retries
            result.failed.append((r, e))
            continue
        memory.unsure.discard(r.key)
        await _record(ledger, memory, r, late, clock(), result)
        sent.add(r.key)
        result.sent.append((r, late))
    return result


async def _record(ledger: Ledger, memory: LedgerMemory, r: Reminder, late: bool, at: datetime, out: Delivery) -> None:
    memory.unrecorded[r.key] = (r, late, at)
    await _write_unrecorded(ledger, memory, out)


async def _write_unrecorded(ledger: Ledger, memory: LedgerMemory, out: Delivery) -> None:
    for key, (r, late, at) in list(memory.unrecorded.items()):
        try:
            await ledger.mark_sent(r.deadline_id, r.lead_seconds, r.group_id, r.due_at, at, late)
        except Exception as e:  # locked, full or broken: kept in memory, written on the next call
            out.ledger_errors.append(e)
            return
        del memory.unrecorded[key]
        memory.recorded.add(key)


def _moved_from(r: Reminder, sent: Collection[ReminderKey]) -> datetime | None:
    """The deadline's earlier time, if the group was reminded of it at that time and not yet at the new one."""
    times = {k[3] for k in sent if k[0] == r.deadline_id and k[2] == r.group_id}
    new = ledger_time(r.deadline_at)
    if not times or new in times:
        return None
    return max(datetime.fromisoformat(t) for t in times).astimezone(r.deadline_at.tzinfo)


def _only(deadlines_file: DeadlinesFile, r: Reminder) -> DeadlinesFile:
    d = r.deadline.model_copy(update={"remind": [r.lead]})
    return deadlines_file.model_copy(update={"deadlines": [d]})
