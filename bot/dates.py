"""Dates, times and durations as the notice and the group write them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

__all__ = [
    "WEEKDAYS",
    "TimeRange",
    "format_clock",
    "format_date",
    "format_duration",
    "format_span",
    "parse_duration",
    "parse_local_datetime",
]

WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")

_DURATION_RE = re.compile(r"(\d+(?:\.\d+)?)\s*([dhms])", re.I)
_DURATION_FULL_RE = re.compile(r"^\s*(?:\d+(?:\.\d+)?\s*[dhms]\s*)+$", re.I)
_UNIT = {"d": 86400, "h": 3600, "m": 60, "s": 1}


def parse_duration(text: str | int | float) -> timedelta:
    """'7d', '1d12h', '2h', '30m', '45s' (a bare number is seconds). Raises ValueError otherwise (also for
    a duration too long to represent, such as 99999999999d or 1e400)."""
    if isinstance(text, (int, float)):
        seconds = float(text)
    else:
        s = str(text).strip()
        if re.fullmatch(r"\d+(?:\.\d+)?", s):
            seconds = float(s)
        elif not _DURATION_FULL_RE.match(s):
            raise ValueError(f"时长写法不对：{text!r}，应写成 7d、1d12h、2h、30m 或 45s")
        else:
            seconds = sum(float(n) * _UNIT[u.lower()] for n, u in _DURATION_RE.findall(s))
    try:
        return timedelta(seconds=seconds)
    except (OverflowError, ValueError):  # infinite, NaN, or beyond timedelta's 999999999 days
        raise ValueError(f"时长 {text!r} 太长了或不是一个数") from None


def parse_local_datetime(text: str) -> datetime:
    """'2021-11-20 23:59' or '2021-11-20 23:59:30' (naive, local to the file's timezone)."""
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(str(text).strip(), fmt)
        except ValueError:
            pass
    raise ValueError(f'时间写法不对：{text!r}，应写成 "2021-11-20 23:59"')


@dataclass(frozen=True)
class TimeRange:
    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> TimeRange:
        """'9:00-10:30', also '9: 00—10: 30' and '9:00至10:30' as notices print them."""
        m = re.fullmatch(r"\s*(\d{1,2})\s*[:：]\s*(\d{2})\s*[-—–~～至到]+\s*(\d{1,2})\s*[:：]\s*(\d{2})\s*", str(text))
        if not m:
            raise ValueError(f'时间段写法不对：{text!r}，应写成 "9:00-10:30"')
        h1, m1, h2, m2 = map(int, m.groups())
        return cls(time(h1, m1), time(h2, m2))

    @property
    def minutes(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)

    def __str__(self) -> str:
        return f"{format_clock(self.start)}-{format_clock(self.end)}"


NEAR_DAYS = {0: "今天", 1: "明天", 2: "后天"}


def format_clock(t: time) -> str:
    """9:00, 14:00, 16:30: a clock time as the timetable writes it (no leading zero on the hour)."""
    return f"{t.hour}:{t.minute:02d}"


def format_date(d: date, *, year: bool = True, weekday: bool = False, today: date | None = None) -> str:
    """2021年12月18日（星期六）; given today, a day that is today, tomorrow or the day after is called so:
    2021年12月18日（星期六，明天）."""
    s = f"{d.year}年{d.month}月{d.day}日" if year else f"{d.month}月{d.day}日"
    near = NEAR_DAYS.get((d - today).days) if today else None
    said = [WEEKDAYS[d.weekday()]] * weekday + [near] * bool(near)
    return s + (f"（{'，'.join(said)}）" if said else "")


def week_said(d: date, today: date) -> str:
    """这周六, 下周六, 下下周六: a day of this week or the two after, as a member says it (weeks start on Monday);
    "" for a day before this week or further off."""
    weeks = ((d - timedelta(days=d.weekday())) - (today - timedelta(days=today.weekday()))).days // 7
    prefix = {0: "这周", 1: "下周", 2: "下下周"}.get(weeks)
    return f"{prefix}{WEEKDAYS[d.weekday()][2:]}" if prefix else ""


def format_span(start: date, end: date, *, year: bool = True) -> str:
    """2021年10月20日至11月20日 (the year once, as the notice writes it); 10月20日至11月20日 without it."""
    if start == end:
        return format_date(start, year=year)
    tail = format_date(end, year=year and end.year != start.year)
    return f"{format_date(start, year=year)}至{tail}"


def format_duration(delta: timedelta) -> str:
    """A lead or a wait for people: '3天', '2小时', '1天12小时', '30分钟'."""
    secs = int(delta.total_seconds())
    days, rest = divmod(secs, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [f"{days}天" if days else "", f"{hours}小时" if hours else "", f"{minutes}分钟" if minutes else ""]
    text = "".join(parts)
    return text or f"{seconds}秒"
