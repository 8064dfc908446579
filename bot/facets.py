"""Live answers: an entry's `facet` narrows or dates its answer by what the question names and by today.

A registry, one place per facet: each facet says which cues it answers by (so the policy can prefer it when a
question names a level, a paper or a day) and how it renders. A new facet is one class and one line in FACETS.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import ClassVar, Protocol

from .dates import NEAR_DAYS, WEEKDAYS, TimeRange, format_clock, format_date, format_duration, format_span, week_said
from .knowledge import Exam, Knowledge, LevelWindow, Window
from .placeholders import BEFORE
from .understand import (
    CAN,
    CLOCK_UNITS,
    COINCIDE,
    CONFIRM_TAGS,
    CONSECUTIVE,
    DAYS_CLAIMED,
    DAYS_COUNTED,
    EXACTLY,
    FROM_NOW,
    IN_TIME,
    INTERROGATIVE,
    LEFT_SAID,
    SAME_HOUR,
    STILL_TO_DO,
    WEEKDAY_ASKED,
    WEEKDAY_NAMED,
    Understanding,
    cn_value,
    day_said,
    month_of,
)

__all__ = ["FACETS", "Facet", "clashes", "exam_days", "render"]

PAPER_LABEL = {"theory": "理论考试", "practical": "实操考试"}
_DAY = re.compile(r"[天日]")  # a comparison of days (同一天, 分两天), not of times


class Facet(Protocol):
    name: ClassVar[str]
    # Is the cue the facet answers what is asked (the matters of a week named), not only what narrows its answer (a
    # level, a paper)? Such a cue settles a tie with an entry of no facet too.
    cue_is_the_question: ClassVar[bool]
    # Does its answer count the days from today to its dates (离开始还有 20 天)? A clause that asks only how many days
    # are left is then asked of it (「准考证下个月啥时候开打？从今儿算还剩几天」); the timetable's are the countdown's.
    counts_days: ClassVar[bool]

    def answers_cue(self, u: Understanding) -> bool:
        """Does this facet narrow its answer by what the question names (level, paper, day)?"""
        ...

    def asked_by(self, u: Understanding) -> bool:
        """Is the question's own form what this facet answers (还来得及吗: a window's status; 还有几天: a countdown)?
        Its entry is then taken on less similarity."""
        ...

    def render(self, k: Knowledge, base: str, window: str | None, u: Understanding, today: date) -> str: ...


def exam_days(k: Knowledge, u: Understanding) -> set[date]:
    """The exam-season dates the question names; a bare 19号 means that day of an exam month."""
    months = sorted({e.date.month for e in k.notice.exams})
    year = k.notice.exams[0].date.year
    out = set()
    for day, month in u.days:
        for m in [month] if month else months:
            try:
                out.add(date(year, m, day))
            except ValueError:
                continue
    return out


# A day of the exams named by its place in their order (第一天, 头一天, 最后那天), not a day after a thing is done
# (考完第二天: bot.understand's `around`).
_ORDINAL_DAY = re.compile(r"(?<![完过后束])(?:第(?P<nth>[一二三123])天|头一?天|首日|(?P<last>最后(?:一|那)天))")
_WHAT_ASKED = re.compile(r"哪|啥|什么")


def _ordinal_day(u: Understanding, exams: list[Exam]) -> list[str]:
    """The levels that sit on the exam days named by their place in the order (「最后那天」: the last; 「首日和最后一天」:
    both), when what is on them is asked; else []."""
    if not u.says(_WHAT_ASKED):
        return []  # (「三个级别连着考几天？最后一天礼拜几」: the days themselves are asked, of every level)
    days = sorted({e.date for e in exams})
    on: list[date] = []
    for m in (m for t in (u.text, *u.joined) for m in _ORDINAL_DAY.finditer(t)):
        nth = -1 if m["last"] else int(_count_said(m["nth"] or "一")) - 1  # (头一天, 首日: the first)
        if -len(days) <= nth < len(days):
            on.append(days[nth])
    return [e.level for e in exams if e.date in on]


def _days_asked(k: Knowledge, u: Understanding, today: date) -> set[date]:
    """`exam_days`, less today when days left are counted: 今天 said in the count (「初级那天离今天刚好五周吗」) is where
    it starts, no day asked about."""
    named = exam_days(k, u)
    # (or gone since: 「初级考完到今天过去几天了」)
    return {d for d in named if d != today} if _asks_left(u) or _elapsed_asked(u) else named


def _side(around: int) -> str:
    """前一天, 后两天: a day counted from the exam's, as said."""
    return f"{'前' if around < 0 else '后'}{'一两三四五六七'[abs(around) - 1]}天"


def clashes(u: Understanding) -> bool:
    """Does the question ask whether two levels, or two papers, fall together (「初级和高级的实操会不会撞车」)?"""
    return u.says(COINCIDE) and (len(u.levels) >= 2 or len(u.papers) >= 2)


# One week or one weekend, said of what is compared (「中级和高级是在同一个周末吗」「是同一个礼拜吗」).
_SAME_WEEK = re.compile(r"同一(?:个)?(?:周末|周|星期|礼拜)|(?:一个|同个)(?:周末|礼拜|星期)")


def _same_week_asked(u: Understanding) -> bool:
    """「中级和高级是在同一个周末吗」: whether two levels' days fall in one week (or weekend) is the timetable's."""
    return len(u.levels) >= 2 and u.says(_SAME_WEEK)


@dataclass(frozen=True)
class Exams:
    name: ClassVar[str] = "exams"
    cue_is_the_question: ClassVar[bool] = False
    counts_days: ClassVar[bool] = False

    def asked_by(self, u: Understanding) -> bool:
        # 「大后天礼拜天是不是中级那场」: whether a level sits on a day named is the timetable's question; so is whether
        # a day named clashes with the exam (「大后天周六…跟咱这个考核撞不撞」)
        # (and so is which level sits on a day named: 「12月20号那天轮到哪一级」)
        if (u.named_days or u.weekdays) and _WHICH_LEVEL.search(u.text):
            return True
        if clashes(u) or _same_week_asked(u):  # (so is whether two levels, or two papers, fall together: 「初级和高级的
            return True  # 实操会不会撞车」「中级和高级是在同一个周末吗」)
        # (and the time of a half-day on a day named: 「星期日上午那门的交卷时间定在几点」)
        if (u.weekdays or u.named_days) and u.half_day and "when" in u.asks:
            return True
        # (or whether anyone sits one that day, the exam verb in progress: 「今天有没有站点在考」)
        day = bool(u.days or u.weekdays) and "whether" in u.asks
        return day and bool(u.levels or (u.says(COINCIDE) and "考" in u.text) or _SITTING_NOW.search(u.text))

    def answers_cue(self, u: Understanding) -> bool:
        # how many days are left is the countdown's to say; how it is done (方式, 怎么), with no time asked, is
        # asked of the exam, not of its day: 「实操是否同样采用机考方式」
        # (a week or month named is a span of days: 「下周都有哪几个级别要考」 is the timetable narrowed to it, unless the
        # week's matters are asked, the timeline's)
        # (nor is a week offered for a thing's last day: 「考试费最迟得哪天打过去，这周还是下周」 — exams fall due on none)
        period = u.period is not None and not _WHICH_MATTERS.search(u.text) and not u.says(_BY_WHEN)
        return (u.cues_exams or period or clashes(u) or _same_week_asked(u)) and not _asks_left(u) and not ("how" in u.asks and "when" not in u.asks)

    def render(self, k: Knowledge, base: str, window: str | None, u: Understanding, today: date) -> str:
        body = self._render(k, base, u, today)
        if lead := _started(k.notice.exams, u, today):  # 「这会儿两点十分了，初级实操应该已经开考了吧」
            body = f"{lead}\n{body}"
        if _HOW_MANY_LEVELS.search(u.text) and not u.levels:  # 「分为几个级别」: the count, then the timetable
            levels = [e.level for e in k.notice.exams]
            return f"共{_COUNT_WORDS[len(levels)]}个级别：{'、'.join(levels)}。\n{body}"
        if last := _last_claimed(k.notice.exams, u, today):  # 「…几点收卷？收完这场整个考试就算全结束了吧」
            body = f"{last}\n{body}"
        if not _UNDONE_ASKED.search(u.text) and any(_UNDONE_ASKED.search(t) for t in u.joined):
            # 「高级是昨天考完的吧？这批还有没考的级别不」: the claim answered, then whether any level is still to come
            body += "\n" + _done(k.notice.exams, k.notice.exams, today, u.moment, left_asked=True)
        return body

    def _render(self, k: Knowledge, base: str, u: Understanding, today: date) -> str:
        notice = k.notice
        if not u.levels and (on := _ordinal_day(u, notice.exams)):
            u = replace(u, levels=tuple(on))  # 「考试排的最后那天，上午考的是哪门」: the levels of that day are asked
        exams = [e for e in notice.exams if not u.levels or e.level in u.levels]
        named_days = _days_asked(k, u, today)
        left = []
        if run := _run_so_far(exams, u) or _between_papers(exams, u):  # 「要是搁考试当天这个钟点，实操那场已经进行多久了」
            return run
        if hours := _hours_since(exams, u):  # 「离高级实操收卷过去多少个钟头了」: to the minute
            return hours
        if _asks_left(u):
            if hours := _hours_left(exams, u):  # 「离高级实操开考还剩多长时间」: to the minute
                return hours  # (it names the paper and its day: the other levels' dates would be noise)
            # 「初级离开考还剩几天」 drawn to the timetable: the days left lead it
            left = [_left_head(k.notice.exams, exams, u, today)]
        if _DONE_ASKED.search(u.text) and not INTERROGATIVE.search(u.text) and not _WITHIN_A_DAY.search(u.text):
            return _done(notice.exams, exams, today, u.moment)  # 「初级、中级都考完了吧」: whether they are over
        if _UNDONE_ASKED.search(u.text):  # 「这批还有没考的级别不」「哪个级别还没考」: whether any is still to come
            return _done(notice.exams, exams, today, u.moment, left_asked=True)
        if _claims_first_day(u, named_days):  # 「考试是不是星期天开始」: the day claimed is the first one's
            first = min(notice.exams, key=lambda e: e.date)
            on = (not u.weekdays or first.date.weekday() in u.weekdays) and (not named_days or first.date in named_days)
            return (
                f"{'是的' if on else '不是'}，考试从{format_date(first.date, weekday=True)}开始（{first.level}）。\n"
                f"考试日期：{k.context['exam_dates']}。"
            )
        if (in_period := _of_period(u, named_days, exams)) is not None:
            if not in_period:  # 「这个月底前要考试不」: none in the week or month named
                if u.levels:  # (and the days left, when asked too: 「高级是下个月考吧？离现在几天」)
                    return "\n".join([_not_then(notice.exams, u, today, named_days), *left])
                return f"{_no_exam_in_period(u)}。考试日期：{k.context['exam_dates']}。"
            asked = [e for e in notice.exams if not u.levels or e.level in u.levels]
            if not INTERROGATIVE.search(u.text) and _CAN.search(u.text) and all(e in in_period for e in asked):
                # 「这个月底之前三个级别能全部考完吗」: yes, each level asked falls in the week or month named
                first, last, said = u.period  # type: ignore[misc]
                left.append(f"能，在{said}（{format_span(first, last, year=False)}）之内。")
            elif (
                u.period is not None
                and (len(u.levels) >= 2 or (not u.levels and _EVERY_LEVEL.search(u.text) is not None))
                and not INTERROGATIVE.search(u.text)
                and not u.asks - {"whether"}
                and "还是" not in u.text
                and not all(e in in_period for e in asked)
            ):
                # 「这周考了三个级别吧」: every level claimed for the week or month named, which holds only some of them:
                # no, and when the others are (as a day claimed for levels it does not all hold, below)
                first, last, said = u.period
                left.append(_only_some_then(f"{said}（{format_span(first, last, year=False)}）", in_period, asked))
            exams = in_period
        if u.weekdays or named_days:
            # a day named either way (「这周六周日分别考啥」: 这周六 a date, 周日 a weekday) is asked about
            on_day = [e for e in exams if e.date.weekday() in u.weekdays or e.date in named_days]
            # 「中级是今天考吧？那高级是哪天」: of two levels or more, the day's, said so, and when the others are
            # (levels offered as an either-or, 「礼拜天那场是中级还是高级？上午那门几点结束」, ask which the day holds)
            if on_day and len(u.levels) >= 2 and "when" in u.asks and len(on_day) < len(exams) and "还是" not in u.text:
                near = NEAR_DAYS.get((on_day[0].date - today).days)
                left += [f"{'、'.join(e.level for e in on_day)}就是{near}考。"] if near else []
                on_day = exams
            asked = "、".join(
                [WEEKDAYS[d] for d in sorted(u.weekdays)] + [format_date(d, year=False) for d in sorted(named_days)]
            )
            every = len(u.levels) >= 2 or (
                not u.levels and _EVERY_LEVEL.search(u.text) is not None and not INTERROGATIVE.search(u.text)
            )
            # (asked whether, 「初级和高级是不是都赶在周末考」, it is the same claim)
            if on_day and every and len(on_day) < len(exams) and not u.asks - {"whether"} and "还是" not in u.text:
                # 「周六考初级和中级吗」: a claim the day holds levels it does not all hold: no, and when the others are
                # (「三个级别全排在周末」: every level, claimed)
                left.append(_only_some_then(asked, on_day, exams))
            if "还是" in u.text and len(named_days) >= 2 and len({e.date for e in on_day}) == 1:
                left.append(_which_day(on_day, today, u.text))  # 「高级到底是下周一还是下下周一考」
            exams = on_day
            if not exams:
                if u.levels:  # 「中级今天考吗」 on the 18th: no, and when it is (the day asked is not repeated
                    # beside the level: 「中级…18日」 reads as the very claim denied); then the days left, when asked
                    # too (「高级是礼拜二考吧？离现在几天」)
                    return "\n".join([_not_then(notice.exams, u, today, named_days), *left])
                return f"{asked}没有考试。考试日期：{k.context['exam_dates']}。"
        if u.around and u.levels and _WHICH_LEVEL.search(u.text):
            # 「初级考完第二天轮到哪一级」: the level named is where the count starts; the day counted holds the answer
            lines = []
            # (a yes/no, 「中级考完第二天还有考试吗」, is answered 有 or 没有 first, of one level's day)
            whether = not INTERROGATIVE.search(u.text) and len(exams) == 1
            for e in exams:
                day = e.date + timedelta(days=u.around)
                held = [o.level for o in notice.exams if o.date == day]
                lines.append(
                    (("有，" if held else "没有，") if whether else "")
                    + f"{e.level}考试（{format_date(e.date, year=False)}）{_side(u.around)}是 {format_date(day, weekday=True)}，"
                    + (f"考{'、'.join(held)}" if held else "没有考试")
                )
            return "；\n".join(lines) + "。"
        if u.around and "when" in u.asks:  # 「初级考试前一天是几号」: the day counted from the exam's
            side = _side(u.around)
            days = [
                f"{e.level}考试（{format_date(e.date, year=False)}）{side}是 "
                f"{format_date(e.date + timedelta(days=u.around), weekday=True)}"
                for e in exams
            ]
            return "；\n".join(days) + "。"
        # (whether they clash, 「初级和中级会不会撞车」, compares their days as well)
        clash = u.says(COINCIDE) and not (named_days or u.weekdays)
        if _same_week_asked(u) and len(exams) >= 2:
            verdict = [*left, _weeks_compared(exams, weekend="周末" in u.text)]
        else:
            verdict = left + ([_compared(exams, list(u.papers), clash)] if (u.compares or clash) and len(exams) >= 2 else [])
        if u.says(_HOW_MANY_PAPERS) and not u.papers:  # 「那天一共考几门」: how many papers a level's day holds
            names = "和".join(label.removesuffix("考试") for label in PAPER_LABEL.values())
            verdict.append(f"每个级别考{_COUNT_WORDS.get(len(PAPER_LABEL), len(PAPER_LABEL))}门：{names}。")
        if u.gap and len(u.levels) >= 2 and _DAY.search(u.text) and len({e.date for e in exams}) >= 2:
            verdict.append(_levels_gap(exams))  # 「初级和高级考试之间隔几天」: of the levels' days
        elif u.gap and exams:  # 「理论考完到实操开考中间隔多久」: from the end of the one to the start of the other
            verdict.append(_papers_gap(exams))
        # 「三个级别是连着三天考吗」 (or in a clause joined: 「中级跟高级是挨着的两天吗？分别礼拜几」)
        if u.says(CONSECUTIVE) and len({e.date for e in exams}) >= 2:
            verdict.append(_consecutive(sorted({e.date for e in exams})))
        if u.span and len(exams) >= 2 and not (u.duration and u.papers):  # 「考试一共考几天」: first exam day to last
            verdict.append(_exams_span(exams))
        # (said in a clause joined to this one too: 「报了中级的考生，理论和实操是一天考完还是分两天」)
        days_compared = u.compares and u.says(_DAY) and (len(u.papers) == 2 or (len(exams) == 1 and not u.papers))
        if days_compared:
            verdict = [_papers_compared(exams, u)]  # 「理论和实操是分两天考的吗」: the days of a level's papers
        lengths = u.compares and u.duration and len(u.papers) == 2 and not days_compared
        if lengths:
            verdict = [_lengths_compared(exams, u)]  # 「理论的时长是不是跟实操一样长」: the papers' lengths
        if u.duration and u.says(_TOTAL) and not u.says(DAYS_COUNTED) and len(u.papers) != 1 and not lengths:
            # 「那天学生上机一共得考几个钟头」: a day's papers together (beside the day compared: 「…同一天上午理论下午
            # 实操，两场加起来一共坐多久」)
            verdict.append(_papers_total(exams))
        if not u.narrows_exams and (in_period is None or in_period == notice.exams):
            return "\n".join([*verdict, base]) + _exams_status(notice.exams, today, u, notice.exams)
        if u.half_day and not (u.levels or u.weekdays or named_days) and any(e.date == today for e in exams):
            exams = [e for e in exams if e.date == today]  # 「下午考啥」 on an exam day: this afternoon's
        papers = list(u.papers)
        if u.half_day and (len(u.papers) >= 2 or _BOTH_PAPERS.search(u.text)) and _ALL_OF.search(u.text) and "还是" not in u.text:
            # 「理论和实操是不是都在上午」「两门是不是都在上午考完」: the half-day claimed of every paper (named, or all of
            # them): each is shown with its half-day, and the claim judged on all
            papers = papers or list(PAPER_LABEL)
        elif u.half_day:  # 「下午考什么」「上午考的是理论还是实操」: the paper(s) of that half-day, of those named
            # (「实操是上午考吗」: none is, and the answer says when it is)
            papers = _held(exams, papers or list(PAPER_LABEL), u.half_day) or papers
        papers = papers or list(PAPER_LABEL)
        lines = verdict
        for e in exams:
            parts = []
            for s in papers:
                span = e.paper(s)  # type: ignore[arg-type]
                label = PAPER_LABEL[s]
                # 「实操是上午考吗」「实操排在上午还是下午」: say 上午 / 下午 in words, not only as a clock time
                if u.half_day or u.both_halves:
                    label += " 上午" if span.start.hour < 12 else " 下午"
                parts.append(f"{label} {span}" + (f"（{span.minutes}分钟）" if u.duration else ""))
            lines.append(f"{e.level}：{format_date(e.date, weekday=True, today=today)} {'，'.join(parts)}")
        return "\n".join(lines) + f"\n考核方式：{notice.exam_mode}。" + _exams_status(exams, today, u, notice.exams)


# Together, summed (一共, 加起来, and over a whole span: 一天下来): a total asked.
_TOTAL = re.compile(r"一共|总共|总计|合计|加起来|加一块|加在一起|共计|加上|(?:一|一整|整)天下来")


def _lengths_compared(exams: list[Exam], u: Understanding) -> str:
    """「理论的时长是不是跟实操一样长」: whether the two papers last as long, with each one's length."""
    lengths = {s: {e.paper(s).minutes for e in exams} for s in u.papers}  # type: ignore[arg-type]
    each = "，".join(f"{PAPER_LABEL[s]} {'、'.join(f'{m}分钟' for m in sorted(ms))}" for s, ms in lengths.items())
    same = len({m for ms in lengths.values() for m in ms}) == 1
    lead = "" if INTERROGATIVE.search(u.text) else "是的，" if same else "不是，"
    more = ""
    if not same and all(len(ms) == 1 for ms in lengths.values()):  # 「实操比理论多考多长时间」: by how much
        (a, [ma]), (b, [mb]) = sorted(((s, sorted(ms)) for s, ms in lengths.items()), key=lambda x: -x[1][0])
        more = f"；{PAPER_LABEL[a]}比{PAPER_LABEL[b]}多 {format_duration(timedelta(minutes=ma - mb))}（{ma - mb}分钟）"
    return f"{lead}{'一样长' if same else '不一样长'}：{each}{more}。"


def _papers_total(exams: list[Exam]) -> str:
    """「一天下来一共考几个钟头」: each level's papers' lengths, summed."""
    totals = {e.level: sum(e.paper(s).minutes for s in PAPER_LABEL) for e in exams}  # type: ignore[arg-type]
    if len(set(totals.values())) == 1:
        total = next(iter(totals.values()))
        whose = exams[0].level if len(exams) == 1 else "每个级别"
        parts = " + ".join(f"{PAPER_LABEL[s]} {exams[0].paper(s).minutes}分钟" for s in PAPER_LABEL)  # type: ignore[arg-type]
        return f"{whose}一共考 {format_duration(timedelta(minutes=total))}（{parts} = {total}分钟）。"
    return "；".join(f"{level}一共考 {format_duration(timedelta(minutes=t))}（{t}分钟）" for level, t in totals.items()) + "。"


def _consecutive(days: list[date]) -> str:
    """Whether the days follow one another (连着考), and which they are."""
    if all((b - a).days == 1 for a, b in pairwise(days)):
        return f"是的，连着 {len(days)} 天考（{format_span(days[0], days[-1], year=False)}）。"
    return f"不是，考试在 {'、'.join(format_date(d, year=False) for d in days)}，中间不连着。"


def _held(exams: list[Exam], papers: list[str], half_day: str) -> list[str]:
    """Of `papers`, those some of `exams` hold in that half-day ("am" / "pm")."""
    am = half_day == "am"
    return [s for s in papers if any((e.paper(s).start.hour < 12) == am for e in exams)]  # type: ignore[arg-type]


def _compared(exams: list[Exam], papers: list[str], clash: bool = False) -> str:
    """「三个级别是同一天考吗」「中级和高级理论时间一样吗」: the verdict on what the question compares — a named
    paper's times, else the days. `clash`: asked whether they fall together (会不会撞车): the days, said so."""
    levels = "、".join(e.level for e in exams)
    if clash and (not papers or len({e.date for e in exams}) == len(exams) > 1):
        # (papers of levels on days of their own never meet, whatever their hours: 「初级和高级的实操会不会撞车」)
        days = {e.date for e in exams}
        verdict = "会冲突，" if len(days) < len(exams) else "不冲突，"
        return verdict + _compared(exams, [])
    if papers:
        verdicts = []
        for s in papers:
            spans = {str(e.paper(s)) for e in exams}  # type: ignore[arg-type]
            same = len(spans) == 1
            verdicts.append(f"{levels}的{PAPER_LABEL[s]}时间" + (f"相同，都是 {spans.pop()}" if same else "不同"))
        return "；".join(verdicts) + "。"
    days = {e.date for e in exams}
    if len(days) == 1:
        return f"是同一天：{levels}都在{format_date(days.pop(), weekday=True)}考。"
    return f"不是同一天，{levels}分{len(days)}天考：" + "、".join(format_date(d, year=False) for d in sorted(days)) + "。"


def _weeks_compared(exams: list[Exam], weekend: bool) -> str:
    """「中级和高级是在同一个周末吗」「初级跟高级是同一个礼拜吗」: whether the levels' days fall in one week (weeks run
    Monday to Sunday), or one weekend (its Saturday and Sunday), with each level's day and weekday."""
    weeks = {e.date.isocalendar()[:2] for e in exams}
    same = len(weeks) == 1 and (not weekend or all(e.date.weekday() >= 5 for e in exams))
    span = "同一个周末" if weekend else "同一周"
    days = "、".join(f"{e.level} {format_date(e.date, year=False, weekday=True)}" for e in exams)
    return f"{'是' if same else '不是'}{span}：{days}。"


def _levels_gap(exams: list[Exam]) -> str:
    """「初级和高级中间隔了几天」: the days between the levels' exam days, and how many lie between them (counted, not
    dated: a day between may be another level's, not asked)."""
    first, last = min(exams, key=lambda e: e.date), max(exams, key=lambda e: e.date)
    between = (last.date - first.date).days - 1
    return (
        f"{first.level} {format_date(first.date, year=False)}、{last.level} {format_date(last.date, year=False)}，"
        f"相差 {(last.date - first.date).days} 天" + (f"（中间隔 {between} 天）" if between > 0 else "") + "。"
    )


def _papers_gap(exams: list[Exam]) -> str:
    """From the end of a level's first paper to the start of its second, per level (said once when all agree)."""
    lines = []
    for e in exams:
        (first, a), (then, b) = sorted(((s, e.paper(s)) for s in PAPER_LABEL), key=lambda p: p[1].start)
        minutes = TimeRange(a.end, b.start).minutes  # the break, as a span of its own
        # (a half hour is said as one: 3个半小时, not 3小时30分钟)
        span = f"{minutes // 60}个半小时" if minutes % 60 == 30 else f"{minutes // 60}小时" + (f"{minutes % 60}分钟" if minutes % 60 else "")
        lines.append(
            f"{PAPER_LABEL[first]} {format_clock(a.end)} 结束，{PAPER_LABEL[then]} "
            f"{format_clock(b.start)} 开始，中间相隔 {span}（{minutes}分钟）"
        )
    if len(set(lines)) == 1:
        return lines[0] + ("，各级别相同。" if len(exams) > 1 else "。")
    return "\n".join(f"{e.level}：{line}。" for e, line in zip(exams, lines, strict=True))


# A yes-no question that claims the papers are on different days (「理论和实操是分两天考的吗」「不在同一天吧」).
_APART = re.compile(r"分(?:开|成)?(?:两|2)天|分开|(?<!是)(?<!在)不(?:在|是)?同一天|不同(?:的)?天|两天")


def _papers_compared(exams: list[Exam], u: Understanding) -> str:
    """「初级的理论与实操是否在同一天」: whether each level's papers share a day, and how the day is split; a yes-no
    question gets its yes or no first (its claim: the same day, or days apart)."""
    whose = exams[0].level if len(exams) == 1 else "每个级别"
    halves = "，".join(
        f"{'上午' if e.paper(s).start.hour < 12 else '下午'}{PAPER_LABEL[s][:2]}"  # type: ignore[arg-type]
        for e in exams[:1]
        for s in sorted(PAPER_LABEL, key=lambda s: exams[0].paper(s).start)  # type: ignore[arg-type]
    )
    # 「同一天还是分开考」 asks which, not whether (in a clause joined to this one too)
    open_question = any(INTERROGATIVE.search(t) or "还是" in t for t in (u.text, *u.joined))
    lead = "" if open_question else "不是，" if _APART.search(u.text) else "是的，"
    return f"{lead}{whose}的理论和实操在同一天考：{halves}。"


# (再过多少天, 还得等几天: how many days from now; 等…才打印 waits for what 才 names, not for the exams)
# (and a span from now, said as how far a day lies from today: 「中级实操跟今天隔了几天」)
_REMAINING = re.compile(rf"还有|还剩|距|离|倒计时|倒数|再过|等(?![^，,。？?]*才)|{FROM_NOW.pattern}")
# The exams as a whole begin (开始, 开考, 首日): said of a day with no level, the day claimed is the first one.
_SERIES_STARTS = re.compile(r"(?<!几点)(?:开始|开考|首日)(?!时间)")


# A yes/no whether exams are over (考完了吧, 都考完了吗, 是不是就全结束了), not when they end (几点结束).
_DONE_ASKED = re.compile(r"考完了|都考完|考过了|(?:全|全部|都)结束|结束了")
# In how long it is done (「18号一天就考完了吧」): a length claimed, not whether it is over by now.
_WITHIN_A_DAY = re.compile(r"[一两二半\d]+(?:天|个?上午|个?下午)(?:之内|内)?[^，,。？?]{0,6}?(?:就|能|可以)?考完")
# Asked the other way round: whether any is left not yet sat (还有没考的, 哪个还没考完, 还剩哪个没考).
_UNDONE_ASKED = re.compile(r"(?:还有|还剩|哪)[^，,。？?]{0,6}?(?:没|未)考(?!试)")


# The time left asked in hours (还有几个钟头, 还剩多长时间): answered to the minute from when it is asked. Asked
# in no unit (多久, 多长时间) and a day or more ahead, it is counted in days, as people count it.
_IN_HOURS = re.compile(r"小时|钟头|多长时间|多久")
_HOURS_NAMED = re.compile("|".join(CLOCK_UNITS))
_HANDS_IN = re.compile(r"交卷|结束|考完|收卷")


def _only_some_then(said: str, held: list[Exam], asked: list[Exam]) -> str:
    """「不是，周六只考初级；中级在 …考。」: the levels claimed for a time said that holds only some of them, and when the
    others are."""
    off = "、".join(f"{e.level}在 {format_date(e.date, weekday=True)}" for e in asked if e not in held)
    return f"不是，{said}只考{'、'.join(e.level for e in held)}；{off}考。"


def _hours_left(exams: list[Exam], u: Understanding) -> str:
    """「离高级实操开考还剩多长时间」「离今天最后一场交卷还有几个钟头」: from now to the next paper of those asked that
    starts (or, asked of its end, ends) later, in hours and minutes; "" when the hour is unknown (a day the member
    states) or nothing of it is ahead."""
    if u.moment is None or not _IN_HOURS.search(u.text):
        return ""
    ends = bool(_HANDS_IN.search(u.text))
    now = u.moment
    times = [t for t in _paper_times(exams, u, ends) if t[0] > now]
    if not times:
        return ""
    if ends and _FINISHED.search(u.text) and not u.papers:  # 「最后一场交卷」: the day's last paper
        day = min(t[0].date() for t in times)
        at, e, s = max((t for t in times if t[0].date() == day), key=lambda t: t[0])
    else:
        at, e, s = min(times, key=lambda t: t[0])
    minutes = int((at - now).total_seconds() // 60)
    if minutes >= 24 * 60 and not _HOURS_NAMED.search(u.text):
        return ""  # 「高级那场离现在还有多久」 a week ahead: the days, not 191小时
    return f"还有{_hours_minutes(minutes)}：{_paper_at(at, e, s, ends)}"


def _paper_times(exams: list[Exam], u: Understanding, ends: bool) -> list[tuple[datetime, Exam, str]]:
    """When each paper asked (every paper when none is named) starts, or ends (`ends`), with its exam and paper."""
    return [
        (datetime.combine(e.date, e.paper(s).end if ends else e.paper(s).start), e, s)  # type: ignore[arg-type]
        for e in exams
        for s in u.papers or tuple(PAPER_LABEL)
    ]


def _hours_minutes(minutes: int) -> str:
    """A count of minutes as said to the minute: 1小时30分钟, 45分钟."""
    return f"{minutes // 60}小时{minutes % 60}分钟" if minutes >= 60 else f"{minutes}分钟"


def _paper_at(at: datetime, e: Exam, s: str, ends: bool) -> str:
    """「高级实操考试 12月20日 16:30 结束。」: the paper, its day and the hour it starts or ends."""
    return f"{e.level}{PAPER_LABEL[s]} {format_date(e.date, year=False)} {at:%H:%M} {'结束' if ends else '开考'}。"


# Hours gone since a time (过去多少个钟头了, 已经过了几个小时, 几个小时了).
_HOURS_GONE = re.compile(r"(?:过去|过了|已经)[^，,。？?]{0,6}?(?:几|多少)个?(?:小时|钟头)|(?:几|多少)个?(?:小时|钟头)了")


def _hours_since(exams: list[Exam], u: Understanding) -> str:
    """「离高级实操收卷过去多少个钟头了」: from the last paper of those asked that started (or, asked of its end, ended)
    before now, to now, in hours and minutes; "" when the hour is unknown or none is behind."""
    if u.moment is None or not u.says(_HOURS_GONE):
        return ""
    ends = u.says(_HANDS_IN)
    times = [t for t in _paper_times(exams, u, ends) if t[0] <= u.moment]
    if not times:
        return ""
    at, e, s = max(times, key=lambda t: t[0])
    return f"已经过去{_hours_minutes(int((u.moment - at).total_seconds() // 60))}：{_paper_at(at, e, s, ends)}"


# How long a paper has run at an hour (「开考多久了」「已经考了几分钟」「进行多长时间了」), on its day or at "this hour"
# of another day (understand.SAME_HOUR: 「要是搁明儿这个点」): the same hour of day, said of the day the paper is on.
_RUN_SO_FAR = re.compile(
    r"(?:考|进行|开考|开始|答)了?(?:有)?(?:多久|多长时间|几分钟|多少分钟|几个?(?:小时|钟头))"
    r"|已经[^，,。？?]{0,8}?(?:多久|多长时间|几分钟|多少分钟)"
)


def _minutes(n: int) -> str:
    return f"{n}分钟" if n < 60 else f"{format_duration(timedelta(minutes=n))}（{n}分钟）"


def _run_so_far(exams: list[Exam], u: Understanding) -> str:
    """「开考多久了？离收卷还差多长时间」 at the hour asked (the clock's, or the one the member says), on the paper's
    day or at that same hour of the day asked of (「要是搁考试当天这个钟点」): how long the paper in progress has run and
    how long is left; "" when the hour is unknown, not asked, or no paper asked is that day."""
    if u.moment is None or not _RUN_SO_FAR.search(u.text):
        return ""
    at = u.moment.time()
    # (that hour on the day asked of: every exam asked, all one timetable, or one level; else this very day's)
    elsewhere = SAME_HOUR.search(u.message or u.text)  # (said in a clause of its own: 「要是搁考试当天这个钟点，…」)
    asked = exams if elsewhere else [e for e in exams if e.date == u.moment.date()]
    papers = {(s, e.paper(s).start, e.paper(s).end) for e in asked for s in (u.papers or tuple(PAPER_LABEL))}  # type: ignore[arg-type]
    going = [(s, start, end) for s, start, end in papers if start <= at < end]
    if not asked or len(going) != 1:
        return ""
    s, start, end = going[0]
    whose = asked[0].level if len({e.level for e in asked}) == 1 else "各级别"
    return f"按 {format_clock(at)} 算：{whose}{_going(s, start, end, at)}"


def _of_day(t: time) -> int:
    """The minutes of the day at `t`."""
    return t.hour * 60 + t.minute


def _going(paper: str, start: time, end: time, at: time) -> str:
    """「实操考试 14:00 开考，已经考了…，离 16:30 收卷还有…。」: a paper going at `at`."""
    ran, left = _of_day(at) - _of_day(start), _of_day(end) - _of_day(at)
    return f"{PAPER_LABEL[paper]} {format_clock(start)} 开考，已经考了{_minutes(ran)}，离 {format_clock(end)} 收卷还有{_minutes(left)}。"


def _between_papers(exams: list[Exam], u: Understanding) -> str:
    """「现在十一点四十，要是换成考试那天，这个点学生在考场里吗？离下午开考还有多久」: at this hour of an exam day (all one
    timetable): the paper going and how long is left, or which has ended and how long ago and which starts next and in
    how long; "" when the hour is unknown or no exam day is supposed."""
    said = u.message or u.text
    if u.moment is None or not exams or not _EXAM_DAY_SUPPOSED.search(said):
        return ""
    at = u.moment.time()
    papers = sorted(
        ((s, exams[0].paper(s)) for s in (u.papers or tuple(PAPER_LABEL))),  # type: ignore[arg-type]
        key=lambda p: p[1].start,
    )
    head = f"按考试当天的 {format_clock(at)} 算："
    for s, span in papers:
        if span.start <= at < span.end:  # (a paper going: how long it has run, how long is left)
            return head + _going(s, span.start, span.end, at)
    done = [(s, span) for s, span in papers if span.end <= at]
    ahead = [(s, span) for s, span in papers if span.start > at]
    lines = []
    if done:
        s, span = done[-1]
        lines.append(f"{PAPER_LABEL[s]} {format_clock(span.end)} 已经收卷，过去{_minutes(_of_day(at) - _of_day(span.end))}")
    if done and ahead:
        lines.append("这个点不在考试时间内，学生不在考场考试")
    if ahead:
        s, span = ahead[0]
        lines.append(f"{PAPER_LABEL[s]} {format_clock(span.start)} 开考，还有{_minutes(_of_day(span.start) - _of_day(at))}")
    return head + "；".join(lines) + "。"


# Whether a paper has begun (已经开考了吧, 开始了没): judged at the hour the member asks, on its day.
_STARTED_ASKED = re.compile(
    r"(?:已经|已)(?:开考|开始考?)|(?:开考|开始考?)(?:了|没|吗)"
    r"|(?P<still>还在(?:考|进行)|(?:没|未)结束)"  # 「中级实操还在考吧」: still going (考完了没: bot.facets._done)
)


def _started(exams: list[Exam], u: Understanding, today: date) -> str:
    """是的 or 还没有 to whether the paper asked (the day's papers, when none is named) of today's exam has begun, when
    the hour is known; "" otherwise (another day's exam, no hour, or not asked)."""
    # (asked before any question word: 「初级实操应该已经开考了吧？几点结束」 asks both, 「几点开考」 only when)
    said = _STARTED_ASKED.search(u.text)
    if u.moment is None or u.moment.date() != today or not said or INTERROGATIVE.search(u.text, 0, said.end()):
        return ""
    todays = [e for e in exams if e.date == today and (not u.levels or e.level in u.levels)]
    if len(todays) != 1:
        return ""
    papers = [(PAPER_LABEL[s], todays[0].paper(s)) for s in (u.papers or tuple(PAPER_LABEL))]  # type: ignore[arg-type]
    at = u.moment.time()
    label, first = min(papers, key=lambda p: p[1].start)
    if at < first.start:
        return f"还没有，{label} {format_clock(first.start)} 开考。"
    label, last = max(papers, key=lambda p: p[1].end)
    if at >= last.end:
        return f"已经考完了，{label} {format_clock(last.end)} 结束。"
    label, going = max((p for p in papers if p[1].start <= at), key=lambda p: p[1].start)
    if said["still"] and at < going.end:
        return f"是的，还在考：{label} {format_clock(going.start)} 开始，{format_clock(going.end)} 结束。"
    return f"是的，已经开考了：{label} {format_clock(going.start)} 开始，{format_clock(going.end)} 结束。"


# This one said to end it all (「这场完了…就算收尾了吧」「考完这场三个级别就全结束了吧」).
_LAST_CLAIMED = re.compile(r"(?:这场|这门|这一场|这科)[^，,。？?]{0,12}?(?:结束|收尾|考完|完事)")


def _last_claimed(every: list[Exam], u: Understanding, today: date) -> str:
    """A clause claiming that the exam asked about (the levels named, else today's) is the season's last one: 是的, or
    不是 and what comes after it; "" when no clause claims it."""
    if not any(_LAST_CLAIMED.search(t) and not INTERROGATIVE.search(t) for t in (u.text, *u.joined)):
        return ""
    asked = [e for e in every if e.level in u.levels] or [e for e in every if e.date == today]
    if not asked:
        return ""
    after = [e for e in every if e.date > max(e.date for e in asked)]
    if not after:
        return f"是的，{'、'.join(e.level for e in asked)}是最后一场，考完本季考试就全部结束了。"
    return "不是，之后还有：" + "；".join(f"{e.level} {format_date(e.date, weekday=True)}" for e in after) + "。"


def _done(
    every: list[Exam], asked: list[Exam], today: date, moment: datetime | None = None, left_asked: bool = False
) -> str:
    """Whether the exams asked about (every level when none is named) are over. Today's exam is over once its last
    paper has ended, when the hour is known; else it is said with the time its last paper ends. `left_asked`: asked
    whether any is left (还有没考的吗), so the yes and the no change places."""

    def finished(e: Exam) -> bool:
        if e.date != today or moment is None:
            return e.date < today
        last = max(e.paper(s).end for s in PAPER_LABEL)  # type: ignore[arg-type]
        return moment >= datetime.combine(e.date, last)

    over = [e for e in asked if finished(e)]
    if len(over) == len(asked):
        said = "、".join(f"{e.level}（{format_date(e.date, year=False)}）" for e in over)
        return f"{'没有了' if left_asked else '是的'}，{said}{'都' if len(over) > 1 else ''}已经考完了。"
    parts = [f"{'、'.join(e.level for e in over)}已经考完了"] if over else []
    for e in asked:
        if e in over:
            continue
        if e.date == today:
            last = max(PAPER_LABEL, key=lambda s: e.paper(s).end)  # type: ignore[arg-type]
            ends = e.paper(last).end  # type: ignore[arg-type]
            parts.append(f"{e.level}今天（{format_date(today, year=False)}）考，{PAPER_LABEL[last]} {ends:%H:%M} 结束")
        elif e.date > today:
            parts.append(f"{e.level}在 {format_date(e.date, weekday=True)}考")
    tail = "，考完本季考试就全部结束了" if max(e.date for e in every) == today and len(asked) == len(every) else ""
    return ("还有：" if left_asked else f"还没有{'全部' if over else ''}考完：") + "；".join(parts) + tail + "。"


def _claims_first_day(u: Understanding, named_days: set[date]) -> bool:
    """A yes-no question that the exams begin on a day, naming no level, paper, half-day or clock time (those ask
    that day's start: 「周日是不是9点开始」)."""
    return (
        bool(u.weekdays or named_days)
        and not (u.levels or u.papers or u.half_day)
        and bool(_SERIES_STARTS.search(u.text))
        and not (INTERROGATIVE.search(u.text) or _CLOCK.search(u.text))
    )


# A time said to close something (截止, 截至, 到期): a window's end.
_DEADLINE_SAID = re.compile(r"截止|截至|到期|期限")
_BY_WHEN = re.compile(rf"{_DEADLINE_SAID.pattern}|最迟|最晚")  # the last day a thing may be done by


def _asks_wait(u: Understanding) -> bool:
    """Are the days still to wait asked (还得等几天, 还要多久才开始), beside anything else?"""
    return "left" in u.asks and u.says(_WAIT)


_WAIT = re.compile(r"等(?:多少|几)天|等多久|(?:多少|几)天(?:才|后)")


def _exams_span(exams: list[Exam]) -> str:
    """「考试共 3 天（12月18日至12月20日）。」: the exams' first day to their last."""
    first, last = min(e.date for e in exams), max(e.date for e in exams)
    return f"考试共 {(last - first).days + 1} 天（{format_span(first, last, year=False)}）。"


def _asks_left(u: Understanding) -> bool:
    """「距初级开考还有几天」 asks what is left; 「考试合计几天」 asks how long the exams last."""
    return "left" in u.asks and bool(_REMAINING.search(u.text))


def _exams_status(exams: list[Exam], today: date, u: Understanding, every: list[Exam]) -> str:
    if not exams:
        return ""
    last = max(e.date for e in exams)
    if today > last:
        # (no other date: 今天 may be another level's; the days since, asked: 「初级考完几天了」)
        gone = f"，已经过去 {(today - last).days} 天" if _elapsed_asked(u) else ""
        if len(exams) == len(every) > 1:
            return f"\n（全部考试都已经结束：最后一场在{format_date(last)}{gone}。）"
        # (and whether any exam is left, in words, when none is: 「三场考试还有没结束的吗？最后那场高级是哪天」)
        rest = "全部考试都已考完。" if today > max(e.date for e in every) and len(every) > 1 else ""
        return f"\n（以上考试已经结束：最后一场在{format_date(last)}{gone}。{rest}）"
    if any(e.date == today for e in exams):
        return f"\n今天（{format_date(today)}）就有考试。"
    return ""


@dataclass(frozen=True)
class Tickets:
    name: ClassVar[str] = "tickets"
    cue_is_the_question: ClassVar[bool] = False
    counts_days: ClassVar[bool] = True

    def asked_by(self, u: Understanding) -> bool:
        return False

    def answers_cue(self, u: Understanding) -> bool:
        # (and the days left, which it counts to its first or last day: 「准考证开打那天离今天差多少天」)
        return bool(u.levels) or _asks_left(u)

    def render(self, k: Knowledge, base: str, window: str | None, u: Understanding, today: date) -> str:
        windows = list(k.notice.ticket_printing)
        body = base
        if u.levels:
            windows = [w for w in windows if w.level in u.levels]
            if _ENDS.search(u.text) and not _STARTS.search(u.text):  # 「中级和高级准考证分别打到几号」: the last day
                lines = [f"{w.level}准考证打印到{format_date(w.end, year=False)}截止（{format_span(w.start, w.end)}）" for w in windows]
            else:
                lines = [f"{w.level}准考证打印时间：{format_span(w.start, w.end)}" for w in windows]
            body = "\n".join(lines) + "\n已报名考生登录 1+X 平台打印准考证。"
        if not windows:
            return body
        by_level = {w.level: (w.start, w.end) for w in windows}
        if verdict := _same_window(u, by_level):
            body = f"{verdict}\n{body}"
        if u.span:  # 「初级准考证一共能打几天」
            body = f"{_lengths(list(by_level.items()), u)}\n{body}"
        if exam_day := _on_exam_day(k, u, by_level):
            return f"{exam_day}\n{body}"
        start, end = min(w.start for w in windows), max(w.end for w in windows)
        state = _printing_state(start, end, today, u) + _weekday_of_edge(list(by_level.items()), u, today) + _no_hour(u)
        lead, named = _yes_no(u, today, start, end)
        if named:
            return f"{_levels_on_day(u, by_level, today) or lead}\n{body}"
        if lead:
            return f"{lead}{state}\n{body}"
        return f"{body}\n{state}"  # a sentence of its own: 「已经截止（…）。」 in brackets read （…（…）。）


def _levels_on_day(u: Understanding, by_level: dict[str, tuple[date, date]], today: date) -> str:
    """「三个级别的准考证是不是统统能打到20号」: a day inside some levels' windows and not the others', said level by
    level (the windows together would say yes for all); "" when the day is inside every window or none."""
    named = u.named_days
    if len(named) != 1 or len(set(by_level.values())) < 2:
        return ""
    (day, month), first = next(iter(named)), min(s for s, _ in by_level.values())
    try:
        when = date(first.year, month or first.month, day)
    except ValueError:
        return ""
    ok = [level for level, (start, end) in by_level.items() if start <= when <= end]
    if not ok or len(ok) == len(by_level):
        return ""
    rest = "、".join(f"{level}至{format_date(end, year=False)}" for level, (_, end) in by_level.items() if level not in ok)
    claim = "不是，" if _CLAIMED.search(u.text) else "不是每个级别都可以："
    return f"{claim}{format_date(when, year=False)}只有{'、'.join(ok)}可以（{rest}截止）。"


_EXAM_DAY = re.compile(r"(?:考试|考核|开考)(?:的)?(?:当天|那天|那一天)")
# ... supposed at the hour it is now (「要是换成考试那天，这个点…」「要是搁考试当天…」).
_EXAM_DAY_SUPPOSED = re.compile(rf"(?:要是|如果|假如|假设|换成|换到|搁|放到|放在)[^，,。？?]{{0,4}}?(?:{_EXAM_DAY.pattern})")


# A day counted from the exam's (考试前一天, 开考前两天, 开考的头一天): each level's own exam day, moved.
EXAM_SIDE = re.compile(r"(?:考试|考核|开考)(?:的)?(?:[前后][一两二三1-3][天日]|头一天)")


def _on_exam_day(k: Knowledge, u: Understanding, by_level: dict[str, tuple[date, date]]) -> str:
    """「考试当天还能打吗」「考试前一天再打还来得及吗」: 当天 is each level's own exam day (前一天, the day before it);
    the verdict for it, level by level if they differ."""
    asked = "status" in u.asks or (not u.asks - {"whether"} and _CAN.search(u.text))
    side = bool(u.around and any(EXAM_SIDE.search(t) for t in (u.text, *u.joined)))
    if not asked or not (_EXAM_DAY.search(u.text) or side):
        return ""
    shift = timedelta(days=u.around if side else 0)
    said = f"考试{_side(u.around)}" if side else "考试当天"
    exam = {e.level: e.date + shift for e in k.notice.exams}
    still = {level: start <= exam[level] <= end for level, (start, end) in by_level.items() if level in exam}
    if not still:
        return ""
    if side and len(still) == 1:
        said += f"（{format_date(next(exam[lv] for lv in still), year=False)}）"
    if all(still.values()):
        return f"可以，{said}还在时间内：" + "；".join(f"{lv} {format_date(by_level[lv][1], year=False)}截止" for lv in still) + "。"
    if not any(still.values()):
        return f"不能，{said}已经不在时间内。"
    return "；".join(f"{lv}{'可以' if ok else '不能'}" for lv, ok in still.items()) + "。"


_LEVELS_ALL = re.compile(r"级别|各级|每级")  # 「三个级别…是否相同」「各级…一样吗」: every level
# (报名头一天: a window's first day; 开打, 开排: a verb's first day, said with 开)
# (and the verbs of opening, 开放/开通/开启, or a bare 开 after the word asking when: 「要是还没开，下周几开」)
_STARTS = re.compile(
    r"开始|起始|从几号|哪天起|(?:头|第一|首)一?天|首日|开[打印排报填]|开(?:放|通|启)|(?:几|哪天|几号|时候)开(?!会|考)"
    # (the earliest one may, 才能: 「还要等几天才能打」「啥时候才可以排」)
    r"|才(?:能|可以)"
)
# An exam finished (考完, 结束, 最后一场): when its last paper ends is part of the answer.
_FINISHED = re.compile(r"考完|考结束|最后一场|全部结束|结束")
# Every level, said of being done (全部考完, 整个考核…考完, 都考完): the last one's end is asked.
_ALL_DONE = re.compile(r"全|整个|所有|都")
# Weeks asked as the unit of a count (还有几个礼拜, 几周): the days said in weeks too.
_WEEKS_ASKED = re.compile(r"(?:几|多少)个?(?:礼拜|星期|周)")


def _weeks(days: int) -> str:
    """「正好 4 周」「3 周多」: days in weeks (no second count of days beside the first)."""
    weeks, rest = divmod(days, 7)
    return f"正好 {weeks} 周" if not rest else f"{weeks} 周多"


# Today or now, as a member counts from it (离现在, 到今儿).
_FROM_TODAY = r"(?:现在|目前|今天|今儿个?|这会儿?)"
_FROM_NOW = re.compile(rf"(?:离|距离?){_FROM_TODAY}(?:还)?(?:有|差|剩)")
_ENDS = re.compile(r"截止|结束|最晚|最迟|到几号|到哪天|最后(?:一天|哪天|几号|那天)|(?<![不暂])停(?!车)")
# By how many days one's start or end comes after (or before) another's (晚几天停, 早几天开始, 迟多少天截止).
_EDGE_BY = re.compile(r"(?:[晚早迟]|提前)[^，,。？?]{0,2}?(?:几|多少)天")


def _same_window(u: Understanding, by_level: dict[str, tuple[date, date]]) -> str:
    """「中级高级的考场编排时间跟初级一样吧」「三个级别准考证打印的开始时间是否相同」: the verdict when a question
    compares the levels it names (or every level), on the start, the end or the whole span as it asks."""
    if not u.compares:
        return ""
    named = [level for level in by_level if level in u.levels]
    if not named and _LEVELS_ALL.search(u.text):
        named = list(by_level)
    if len(named) < 2:
        return ""
    starts, ends = bool(_STARTS.search(u.text)), bool(_ENDS.search(u.text))
    edge_by = next((m for t in (u.text, *u.joined) if (m := _EDGE_BY.search(t))), None)
    if edge_by is not None and starts == ends:  # (the edge said where the days are asked: 「…几号关？比初级晚几天停」)
        starts, ends = u.says(_STARTS), u.says(_ENDS)
    if starts != ends:  # one edge asked: its day, said as 12月16日开始 / 12月18日截止
        edge, word = (0, "开始") if starts else (1, "截止")
        said = {lv: f"{format_date(by_level[lv][edge], year=False)}{word}" for lv in named}
    else:
        said = {lv: format_span(*by_level[lv]) for lv in named}
    if len(set(said.values())) == 1:
        return f"一样，{'、'.join(named)}都是{said[named[0]]}。"
    if len(named) == 2 and starts != ends and edge_by is not None:
        # 「高级准考证比初级晚几天停」: by how many days the one's edge comes after the other's
        (early, a), (late, b) = sorted(((lv, by_level[lv][edge]) for lv in named), key=lambda x: x[1])
        by = f"{early}比{late}早" if re.search(r"早|提前", edge_by[0]) else f"{late}比{early}晚"
        return f"{by} {(b - a).days} 天{word}：" + "；".join(f"{lv} {said[lv]}" for lv in named) + "。"
    return "不一样：" + "；".join(f"{lv} {said[lv]}" for lv in named) + "。"


def _lengths(levels: list[tuple[str, tuple[date, date]]], u: Understanding) -> str:
    """How many days each level's window lasts, first and last day counted (the levels asked, else every one)."""
    asked = [(lv, span) for lv, span in levels if lv in u.levels] or levels
    if len(asked) == 2 and _BY_HOW_MUCH.search(u.text):
        # 「高级的准考证比初级能多打几天」: by how much the one outlasts the other, the difference asked
        (short, (s1, e1)), (long, (s2, e2)) = sorted(asked, key=lambda a: (a[1][1] - a[1][0]).days)
        more = (e2 - s2).days - (e1 - s1).days
        if more:
            return (
                f"{long}比{short}多 {more} 天：{short} {format_span(s1, e1, year=False)}，"
                f"{long} {format_span(s2, e2, year=False)}。"
            )
    said = {lv: f"共 {(e - s).days + 1} 天（{format_span(s, e, year=False)}）" for lv, (s, e) in asked}
    first = said[asked[0][0]]
    if len(set(said.values())) == 1:  # one length: said once (of the levels asked, when only some are)
        return f"{first}。" if len(asked) in (1, len(levels)) else f"{'、'.join(said)}都是{first}。"
    return "；".join(f"{lv} {length}" for lv, length in said.items()) + "。"


_WEEKDAY_ASKED = re.compile(WEEKDAY_ASKED)
# By how much one lasts longer than the other (比初级多几天, 多打几天, 少几天)
_BY_HOW_MUCH = re.compile(r"[多少][^，,。？?]{0,3}?(?:几|多少)天")
_IN_WEEK = re.compile(r"周|星期|礼拜")
_WHICH_DAY = re.compile(r"哪一?天|几号")
# An hour said as a bound (十点前, 22点之前), anywhere in the message: when on the day a thing must be done by.
_HOUR_BOUND = re.compile(r"(?:\d{1,2}|[零一二两三四五六七八九十]{1,3})点半?(?:前|之前|以前)")
# An hour asked (几点截止, 晚上十二点前都行吗, 24点之前): a window is kept by the day, and the notice gives no hour.
_HOUR_ASKED = re.compile(rf"几点|几时(?!候)|{_HOUR_BOUND.pattern}|\d{{1,2}}点钟?|零点|半夜|午夜")


def _no_hour(u: Understanding) -> str:
    """「报名今天几点截止？晚上十二点前都行吗」: the window's days are all the notice gives (asked in the clause, or said
    as a bound in another: 「…是不是今天最后一天？晚上十点前交还算数不」)."""
    asked = _HOUR_ASKED.search(u.text) or _HOUR_BOUND.search(u.message or "")
    return "通知只写了日期，没有写具体几点开始、几点截止。" if asked else ""


# A weekday asked within a week said relative to this one (下周几, 这礼拜几, 本星期几).
# (or a weekday offered in one week or another: 「算下周二还是下下周二」)
# (or a month offered against a week or a month: 「是下周还是下个月」)
_WHICH_WEEK = re.compile(r"(?:周|礼拜|星期|月)[一二三四五六日天]?还是(?:这|本|下下?|上)个?(?:周|礼拜|星期|月)")
_WEEK_OF_DAY_ASKED = re.compile(r"(?:这|本|下下?|上)个?(?:周|礼拜|星期)(?:几|哪天|哪一天)")


def _weekday_of_edge(levels: list[tuple[str, tuple[date, date]]], u: Understanding, today: date) -> str:
    """「截止日是几号、星期几」: the weekday of the day asked (the first day when only the start is asked, else the
    last), of the levels asked, else of every level; each level's when they differ. Asked within a week (下周几,
    这礼拜几), the day is said in that week's words too (11月30日是星期二，下周二)."""
    # (a day asked within a week named, 「下礼拜哪天能开始打」, is said by its weekday as the week is)
    in_week = u.period is not None and _IN_WEEK.search(u.period[2]) and _WHICH_DAY.search(u.text)
    # (asked in a clause joined to this one: 「考场编排还剩几天截止？最后一天是周几」)
    which_week = u.says(_WHICH_WEEK)  # 「截止那天落在这周还是下周」: the week, in its words
    # (or in a clause of its own: 「…想这周弄完，实在不行最晚能拖到下礼拜哪天」)
    framed = u.says(_WEEK_OF_DAY_ASKED) or which_week
    # (or a weekday claimed for the day: 「报名是下周五截止吧」 is told the day's own weekday)
    claimed = bool(WEEKDAY_NAMED.search(u.text)) and bool(_ENDS.search(u.text) or _STARTS.search(u.text))
    if not (u.says(_WEEKDAY_ASKED) or in_week or framed or claimed):
        return ""
    starts, ends = bool(_STARTS.search(u.text)), bool(_ENDS.search(u.text))
    if not (starts or ends):  # (「…能用了没？要是还没开，下周几开」: the clause joined to it says which)
        starts, ends = u.says(_STARTS), u.says(_ENDS)
    first = starts and not ends
    asked = [(lv, span) for lv, span in levels if lv in u.levels] or levels
    days = {lv: span[0] if first else span[1] for lv, span in asked}
    said = {
        lv: f"{format_date(d, year=False)}是{WEEKDAYS[d.weekday()]}"
        + (f"，{week}" if framed and (week := week_said(d, today)) else "")
        for lv, d in days.items()
    }
    if len(set(said.values())) == 1:
        return f"{next(iter(said.values()))}。"
    return "；".join(f"{lv} {text}" for lv, text in said.items()) + "。"


def _since_opened(start: date, today: date, u: Understanding) -> str:
    """「准考证是哪天开始打印的？离今天多少天了」: the days since a closed window opened, its start said (not its end,
    which counts from the close), or ""."""
    if _elapsed_asked(u) and u.says(_STARTS) and not u.says(_CLOSED_SAID):
        return f"{format_date(start, year=False)}开始，到今天已经过去 {(today - start).days} 天；"
    return ""


def _printing_state(start: date, end: date, today: date, u: Understanding) -> str:
    if start <= today < end and "left" in u.asks and not u.span:  # 「高级的学生准考证还能打几天」: the days left
        left = (end - today).days
        on = f"{format_date(end, year=False)}{'（明天）' if left == 1 else ''}截止"
        if _CAN.search(u.text) or u.counts_today:  # 还能打几天: today is one of them
            return f"现在正在打印期内，算上今天还能打 {left + 1} 天（{on}）。"
        return f"现在正在打印期内，离截止还有 {left} 天（{on}）。"
    if today > end:
        return f"{_since_opened(start, today, u)}已经截止（{format_date(end)}截止，今天是{format_date(today)}）。"
    if today < start:  # (asked how many days it lasts, no other count of days: 「准考证有几天能打」)
        if "left" in u.asks and _ENDS.search(u.text) and not _STARTS.search(u.text) and not u.span and u.says(_FROM_NOW):
            # 「中级准考证最后哪天能打？离现在还有几天」: a count from now with no day of its own is to the last day asked
            # (not 「离打准考证还有几天」 nor 「还要等几天才能打」: to the first)
            return f"还没开始（{format_date(start, year=False)}开始），离最后一天（{format_date(end, year=False)}）还有 {(end - today).days} 天。"
        return "还没开始。" if u.span else f"还没开始，离开始还有 {(start - today).days} 天。"
    if today == end:
        return "现在正在打印期内，今天是最后一天。"
    return "今天开始打印，现在正在打印期内。" if today == start else "现在正在打印期内。"


# A yes-no question about a window asks either "is it over?" (截止了吗) or "can I (still, yet)?" (还能打印吗,
# 能报名了不): the answer leads with the yes or no that fits the question's own words.
# (截止 with the day asked after it, 截止是哪天 or 截止时间, asks when, not whether: 「还能填吗？截止是哪天」 asks can I)
# (and so does the day asked before it: 「到哪天截止」「几号结束」)
_ASKS_OVER = re.compile(
    r"(?<!哪天)(?<!几号)(?<!几日)(?<!时候)(?<!何时)(?<!啥时)(?<!几点)(?<!几时)(?:截止|结束)(?!(?:是|在|到)?(?:哪|几|什么|啥|何)|时间|日期|还?(?:剩|有|差))"
    r"|过了|完了|过期|逾期|超期|关闭|关了|停了"
    # 「明天就到最后一天了吧」: a day claimed to be the last is claimed to be the deadline
    r"|(?:到|是)最后一天(?!(?:是|在)?(?:哪|几|什么|啥|何))"
)
_CAN = re.compile(CAN)
# ... or whether one is in time (来得及, 赶得上截止吗, 赶趟) or too late (晚了吗, 会不会晚): a window's deadline named
# inside it (赶得上截止) is what one is in time for, not a question whether it is over.
_IN_TIME = re.compile(IN_TIME)  # 来不来得及 and 赶不赶得上 hold 来得及 and 赶得上
_TOO_LATE = re.compile(r"晚不晚|(?:晚|迟)了|太(?:晚|迟)")
_STILL_NEEDED = re.compile(STILL_TO_DO)  # 「还要报吗」: answered 要 while the window is open
_OPENED = re.compile(r"开(?:始|放|通|启)?了")
_NOT_YET_OPEN = re.compile(r"(?:还没有?|尚未|还未)(?:开始|开放|开通|开启|开)")
# A day said as the deadline (「上礼拜六截的」「15号截止了吧」): judged, beside now said (_NOW_SAID, below).
# (「昨天是报名最后一天吧」: the last day claimed; not asked, 「最后一天是哪天」)
_EDGE_CLAIMED = re.compile(r"(?:截|截止|结束|关)(?:的|了)|最后一天(?!是?(?:哪|几|啥|什么))")
# A day said to be the first: 「今天才开放的」「是明天开始的吗」「12月1号刚开的」
_OPENS_ON = re.compile(r"(?:才|刚)(?:开始|开放|开通|开启|开)|(?:开始|开放|开通|开启)的")
_CLAIMED = re.compile(r"是不是|是否|对吧|对不对|是吧")  # a yes/no that states what it expects


# A time said as the one a thing must be done by (必须, 非得, 就得交): obligation, not whether one may.
# (得 is the modal děi after an adverb, 就得, 还得; after a verb it is a complement, 来得及, 交得上)
_MUST = re.compile(r"必须|务必|一定要|(?:就|都|还|也|总|非)得")


def _period_verdict(u: Understanding, today: date, start: date, end: date) -> str:
    """「拖到下个月再交行不行」「赶在月底前交就行吧」: a week or month claimed for doing it, judged against the window
    (from today on: the days of it already past are no time to do it in)."""
    first, last, words = u.period  # type: ignore[misc]
    first = max(first, min(today, last))
    closes, opens = format_date(end, year=False), format_date(start, year=False)
    if first > end:
        return f"不行，{words}就晚了（{closes}截止）。"
    if last < start:
        return f"还不行，{words}还没开始（{opens}开始）。"
    if _MUST.search(u.text) and last < end:
        # 「是不是这个月就得交」: the period claimed as the time it must be done by; the close falls after it
        return f"不是，不用非得{words}，{closes}前完成就行（{closes}截止）。"
    if last <= end:
        # (a period that holds the first day: it can be done in it, from that day on)
        return f"可以，{words}来得及（{closes}截止）。" if first >= start else f"可以，{opens}开始，{closes}截止。"
    # (a period that runs past the close, begun in the window: in time, on its days up to the close)
    lead = "来得及，但" if start <= first else ""
    return f"{lead}要在{closes}前完成，{words}过了{closes}就不行了。"


_TODAY_SAID = re.compile(r"今天|今日|当天")
_NOW_SAID = re.compile(r"现在|目前|这会儿?|此时|眼下")
# today said as when one asks, not the day it is (「今天12月14号」); not 当天: that day, the one named
_TODAY_WORD = re.compile(r"(?:今天|今儿|今日)(?![是为都已经]*\d)")


def _on(day: int, month: int | None, today: date) -> date:
    """A day named (with its month, or this one) as a date of today's year; today itself when there is no such day."""
    try:
        return date(today.year, month or today.month, day)
    except ValueError:
        return today


# An edge asked as the start of a window (哪天放开, 周一开始还是周三开始), not its end.
_START_ASKED = re.compile(r"开始|放开|开放|开通|开启|起")


# 今天 offered as one day of an either-or (「今天截还是明天截」「明天还是今天」): a day, not when the member asks
_TODAY_OFFERED = re.compile(r"今天\S{0,3}还是|还是今天")
_EITHER_SAID = re.compile("还是")


def _days_offered(u: Understanding) -> bool:
    """Are two days offered as an either-or (「这周六截还是下周六截」「今天截还是明天截」)?"""
    # (in a clause answered with a statement before it too: 「还有两个考场没编完，编排截止是明天还是后天」)
    return u.says(_EITHER_SAID) and len(u.named_days) + len(u.weekdays) + u.says(_TODAY_OFFERED) == 2


# A window's edge said: its end (截, 到期) or its start.
_EDGE_SAID = re.compile(r"截|到期|期限|" + _START_ASKED.pattern)


def _edge_offered(u: Understanding) -> bool:
    """Is the question which of two days offered a window closes or opens on (「是这周六截还是下周六截」)?"""
    return _days_offered(u) and u.says(_EDGE_SAID)


def weeks_offered(u: Understanding) -> bool:
    """Are two weeks or months offered as an either-or (「这周还是下周」「是下周还是下个月」)?"""
    return u.says(_WHICH_WEEK)


def _edge_asked(u: Understanding, start: date, end: date) -> tuple[date, str]:
    """The window's edge an either-or asks of (its start when only the start is said) and its verb."""
    opening = u.says(_START_ASKED) and not u.says(_DEADLINE_SAID)
    return (start, "开始") if opening else (end, "截止")


def _next_weekday(today: date, weekday: int) -> date:
    """The next day of that weekday, today's or after (a weekday said bare: 周五, 打到礼拜一)."""
    return today + timedelta(days=(weekday - today.weekday()) % 7)


def _neither(edge: date, verb: str) -> str:
    return f"都不是，{format_date(edge, year=False, weekday=True)}{verb}。"


def _day_chosen(u: Understanding, today: date, start: date, end: date) -> str:
    """「是这周六截还是下周六截」: of two days offered, the one the window opens or closes on (or neither)."""
    edge, verb = _edge_asked(u, start, end)
    offered = {_on(d, m or edge.month, today) for d, m in u.named_days}
    # (周五还是周六: a weekday said bare is its next one, today's or after)
    offered |= {_next_weekday(today, w) for w in u.weekdays}
    if u.says(_TODAY_OFFERED):  # 「是今天截还是明天截」: today, offered as one of the two
        offered.add(today)
    if edge in offered:
        near = NEAR_DAYS.get((edge - today).days, "")  # (in the member's words: 明天 if they said 明天)
        said = near if near and any(near in t for t in (u.text, *u.joined)) else week_said(edge, today) or near
        on = format_date(edge, year=False)
        return f"是{said}（{on}）{verb}。" if said else f"是{on}{verb}。"
    return _neither(edge, verb)


_WEEK_OFFERED = re.compile(r"(这|本|下下|下|上)个?(周|礼拜|星期|月)")
_MONTHS_ON = {"上": -1, "这": 0, "下": 1, "下下": 2}


def _week_chosen(u: Understanding, today: date, start: date, end: date) -> str:
    """「算下周二还是下下周二」「是下周还是下个月」: of two weeks (or months) offered, the one the window closes (or
    opens) in, or neither."""
    edge, verb = _edge_asked(u, start, end)
    offered = {("这" if w == "本" else w, unit) for w, unit in _WEEK_OFFERED.findall(" ".join((u.text, *u.joined)))}
    said = week_said(edge, today)
    if said and said[: -len(WEEKDAYS[edge.weekday()][2:])] in {f"{w}周" for w, unit in offered if unit != "月"}:
        return f"是{said}（{format_date(edge, year=False)}）{verb}。"
    months = (edge.year - today.year) * 12 + edge.month - today.month
    if (month := next((w for w, unit in offered if unit == "月" and _MONTHS_ON[w] == months), None)) is not None:
        return f"是{month}个月（{format_date(edge, year=False)}）{verb}。"
    return _neither(edge, verb)


def _opening(when: date, today: date, start: date, end: date, *, said_today: bool = False) -> str:
    """Whether the day claimed as a window's first (`when`; today, said as 今天) is it, and its span."""
    opens, closes = format_date(start, year=False), format_date(end, year=False)
    if when == start:
        return f"是的，今天（{opens}）开始，{closes}截止。" if said_today else f"是的，{opens}开始（{opens}至{closes}）。"
    return f"不是，{opens}{'就' if when > start else '才'}开始{'了' if today > start else ''}（{opens}至{closes}）。"


# A bound said by a weekday (打到礼拜一, 拖到周五): until that day.
_UNTIL_A_WEEKDAY = re.compile(r"到(?:周|礼拜|星期)[一二三四五六日天]")


# A time said as after the exams (考完再交, 等考完了再交, 考试结束后再交): the day after the last of them.
_AFTER_EXAMS = re.compile(r"考(?:试)?(?:完|结束|之后|以后|后)(?:了|以后|之后)?(?:再|才)")


def after_exams(u: Understanding) -> bool:
    """Does the clause say a time as after the exams (「等考完了再交」), a day claimed as a date is?"""
    return bool(_AFTER_EXAMS.search(u.text))


def _yes_no(
    u: Understanding, today: date, start: date, end: date, *, deadline_only: bool = False, last_exam: date | None = None
) -> tuple[str, bool]:
    """The yes or no to lead with, and whether it judges a day the question names rather than today
    (「12月20号还能打中级准考证吗」: that day's verdict, with its reason). `deadline_only`: the window names no first
    day (today stands for it), so its span is said by its end alone. `last_exam`: the day of the last exam of the
    levels asked, for a time said as after them (「考试费是不是等考完了再交也行」)."""
    # 明天, 后天 name a day as a date does (「后天可以打准考证吗」); 今天 only says when the member asks
    named = u.named_days
    said_after = ""  # 「考完以后」, when the day is one said as after the exams
    if not named and last_exam is not None and after_exams(u):
        after = last_exam + timedelta(days=1)
        named, said_after = frozenset({(after.day, after.month)}), "考完以后"
    # 「昨天有个学生没打准考证，现在补打还来得及吗」: a past day is when something was left undone; 现在 (or 今天:
    # 「备案表昨天没顾上发，今儿补发还算数不」) is judged
    if named and (_NOW_SAID.search(u.text) or u.relative_days) and all(_on(d, m, today) < today for d, m in named):
        named = frozenset()
    by_weekday = ""  # the weekday as the member said it, when that is how the day was named
    if not named and len(u.weekdays) == 1:
        (weekday,) = u.weekdays
        until = _next_weekday(today, weekday)
        if bound := next(filter(None, map(_UNTIL_A_WEEKDAY.search, (u.text, *u.joined))), None):
            # 「初级准考证是不是也能打到礼拜一」: a bound said by a weekday alone is its next one, today's or after
            # (said as the member said it: its date beside a level would read as that level's)
            named, by_weekday = frozenset({(until.day, until.month)}), bound.group()[1:]
        elif u.says(_CAN) and (weekday_said := WEEKDAY_NAMED.search(u.text)):
            # 「周日还能报吗」: whether one can on a weekday said alone asks of its next one, today's or after
            named, by_weekday = frozenset({(until.day, until.month)}), f"{weekday_said.group()}（{format_date(until, year=False)}）"
    # asked about the window's time itself (还能, 截止了, 能…了吗), not any 吗; or whether one can on a named day
    # (「初级的准考证17号能打吗」: no question word but 能, and the 吗 normalised away)
    # (or whether one can in a week or month named: 「拖到下个月再交行不行」)
    # (or asked in a clause of its own beside a question word: 「最迟啥时候交齐？拖到下周五再交行不行」)
    can_then = (named and (not u.asks - {"whether"} or "whether" in u.asks) and u.says(_CAN)) or (
        # (能 with no question word: 「考场编排这周能开始吗」, its 开始 no question of when)
        u.period and ("whether" in u.asks or (not INTERROGATIVE.search(u.text) and _CAN.search(u.text)))
    )
    if _days_offered(u):  # 「这周六截还是下周六截」「今天截还是明天截」: which of the two
        return _day_chosen(u, today, start, end), True
    if u.says(_WHICH_WEEK):  # 「算下周二还是下下周二」: which of two weeks
        return _week_chosen(u, today, start, end), True
    if "whether" in u.asks and u.says(_NOT_YET_OPEN):  # 「是不是还没开放」: not opened yet, claimed
        return ("是的，" if today < start else "不是，已经开始了，" if today <= end else "不是，"), False
    if ("status" not in u.asks and not can_then) or _elapsed_asked(u):  # (开了几天: how long, no yes or no)
        return "", False
    # several days, or "that day" with no day said before it (「下礼拜一当天」 restates the one day): no one day to judge
    if len(named) > 1 or ("当天" in u.text and not named):
        return "", False
    # (a period a day is asked within, 「下周几开」, is the frame of the question, not a time claimed for doing it)
    if not named and u.period is not None and not u.says(re.compile(re.escape(u.period[2]) + r"的?(?:几|哪)")):
        return _period_verdict(u, today, start, end), False
    in_time, too_late = bool(_IN_TIME.search(u.text)), bool(_TOO_LATE.search(u.text))
    # (the 完了 of a time said as after the exams, 「等考完了再交」, asks nothing over)
    over = bool(_ASKS_OVER.search(_AFTER_EXAMS.sub("", u.text) if said_after else u.text)) and not in_time
    if not named:
        if _OPENS_ON.search(u.text) and _TODAY_SAID.search(u.text):  # 「编排考场是今天才开放的吧」: today claimed first
            return _opening(today, today, start, end, said_today=True), True
        if _OPENED.search(u.text) and not over and not in_time:  # 「考场编排开放了吧」: whether it has begun
            return ("还没有，" if today < start else "是的，已经开始了，" if today <= end else "已经截止了，"), False
        if too_late and not in_time:
            return ("已经晚了，" if today > end else "不晚，"), False
        if _STILL_NEEDED.search(u.text) and start <= today <= end:  # 「还要报吗？截止是哪天」: still to be done
            return "要，", False
        if over:
            if today == end and _TODAY_SAID.search(u.text):  # 「是不是今天就截止了」 on the last day: it is, and still open
                return "是的，", False
            return ("是的，" if today > end else "还没有，"), False
        if today > end:
            return "不能了，", False
        return ("还不能，" if today < start else "可以，"), False
    day, month = next(iter(named))
    try:  # the season's year: 12月20号 is this notice's 12月20号, whatever year it is now
        when = date(start.year, month or (start.month if start.month == end.month else today.month), day)
    except ValueError:
        return "", False
    if (start - when).days > 180:  # 「1月1号后再交」 of a December window: the January after it, not the one before
        when = when.replace(year=when.year + 1)
    on, closes, opens = (format_date(d, year=False) for d in (when, end, start))
    on = by_weekday or (f"{said_after}（{on}起）" if said_after else on)
    if u.says(_EDGE_CLAIMED) and (in_time or u.says(_NOW_SAID) or _TODAY_WORD.search(u.message or u.text)):
        # 「站点申报是上礼拜六截的吧？…这会儿补发还赶趟不」: the day claimed as the deadline, judged, and whether one can
        # now asked (not on that day)
        verdict = "是的" if when == end else "不是"
        if today > end:  # (said as closed, in so many words: 「…是不是昨天就关了」)
            return f"{verdict}，{closes}就已经截止了，现在不能了。", True
        now = f"现在还来得及（{closes}截止）。" if today >= start else f"现在还不能（{opens}开始）。"
        return f"{verdict}，{closes}截止，{now}", True
    said = {1: "明天", 2: "后天"}.get((when - today).days)
    if said and said in u.text:  # 「明天是不是就能编排考场了」: the day as the member said it, and its date
        on = f"{said}（{on}）"
    # 「…是不是就能…」 claims it can: 是的 or 不是 first, as to any claim
    claim = ("是的，", "不是，") if _CLAIMED.search(u.text) else ("", "")
    # 「编排考场是12月5号才开始的吧」: the day claimed is the first day (not when whether one is in time then is asked:
    # 「学校打算大后天才开始动员学生报名，会不会太晚了」 says when the asker acts)
    if _OPENS_ON.search(u.text) and not (u.says(_IN_TIME) or u.says(_TOO_LATE)):
        return _opening(when, today, start, end), True
    if _OPENED.search(u.text) and when < today and not (over or too_late):
        # 「编排考场昨天已经开了吧」: open by a day gone, claimed
        if when >= start:
            return f"是的，{opens}{'就' if when > start else ''}开始了（{opens}至{closes}）。", True
        return f"不是，{opens}才开始（{opens}至{closes}）。", True
    if u.says(_TOO_LATE) and not over and when >= start:
        # 「学校打算大后天才开始动员学生报名，会不会太晚了」: whether that day is too late (asked in a clause of its own too)
        return (f"晚了，{on}已经截止了（{closes}截止）。" if when > end else f"不晚，{on}还来得及（{closes}截止）。"), True
    if over or too_late:
        if when == end:  # 「是不是打到后天就截止了」: that day is the deadline
            if today > end:  # 「考场编排昨天截止了…还能改不」: and it has passed
                return f"是的，{closes}已经截止了，现在不能了。", True
            # (the day as the member said it: 「是不是明天截止」 → 明天（11月20日）)
            return f"是的，{on if said and said in u.text else closes}截止（当天还可以，是最后一天）。", True
        # (a day before it, claimed as the deadline, is denied: 「站点申报下周日就关了，真的假的」)
        return (f"是的，{on}已经截止了（{closes}截止）。" if when > end else f"不是，{on}还没截止，{closes}才截止。"), True
    if when > end:
        return f"{claim[1]}{on}已经不能了（{closes}截止）。", True
    if when < start:
        return f"{claim[1]}{on}还不能（{opens}开始）。", True
    span = f"（{closes}截止）" if deadline_only else f"（{opens}至{closes}）"
    if when == end:  # 「下周六再交还来得及吗」 of the last day: it can, and it is the last
        return f"{claim[0]}{on}可以，那天是最后一天{span}。", True
    return f"{claim[0]}{on}{'就' if claim[0] and said else ''}可以{span}。", True


@dataclass(frozen=True)
class Countdown:
    name: ClassVar[str] = "countdown"
    cue_is_the_question: ClassVar[bool] = False
    counts_days: ClassVar[bool] = True

    def asked_by(self, u: Understanding) -> bool:
        # 「高级那场距现在差几天」, and the days gone since a level's (「初级考完到今天几天了」); not the days left until
        # a deadline, nor between two days
        asked = _asks_left(u) or (bool(u.levels) and _elapsed_asked(u) and not u.span)
        return asked and not (_DEADLINE_SAID.search(u.text) or u.gap)

    def answers_cue(self, u: Understanding) -> bool:
        # a level named with a paper, a half-day or a day of its own asks about that sitting (「上周六那场是初级还是
        # 中级」「今天考的中级吧？下午实操几点开始」), not how far off the level is
        # (the days left until a deadline, 「离排考场的截止日还剩多少天」, are a window's: an exam day closes nothing)
        if _DEADLINE_SAID.search(u.text) or u.gap:  # (「初级和高级中间隔了几天」: between two days, not until one)
            return False
        # (and whether anyone sits the exam on a day, no level named: 「今天有没有站点在考」, 「明天考试吗」 as its samples)
        sits = not u.levels and bool(u.days) and "whether" in u.asks and _SITTING_NOW.search(u.text) is not None
        return _asks_left(u) or sits or (bool(u.levels) and not (u.papers or u.half_day or u.weekdays or u.days))

    def render(self, k: Knowledge, base: str, window: str | None, u: Understanding, today: date) -> str:
        every = k.notice.exams
        exams = [e for e in every if not u.levels or e.level in u.levels]
        if u.gap and len({e.date for e in exams}) >= 2 and len(u.levels) >= 2:  # 「初级和高级中间隔了几天」
            return _levels_gap(exams) + f"\n考试日期：{k.context['exam_dates']}。" or every
        if u.span and not _asks_left(u) and len(exams) >= 2:  # 「考试前后跨几天」: how long they last, not how far off
            return f"{_exams_span(exams)}\n考试日期：{k.context['exam_dates']}。"
        named = _days_asked(k, u, today)
        if named and not any(e.date in named for e in exams):  # 「明天就考试了吗」 on the 10th: no, and when
            asked = "、".join(format_date(d, year=False) for d in sorted(named))
            dates = "、".join(f"{e.level} {format_date(e.date, weekday=True)}" for e in exams)
            return f"{asked}没有考试。考试日期：{dates}。"
        in_period = _of_period(u, named, exams)
        if in_period == []:  # 「下周有考试吗」: none in the week named
            dates = "、".join(f"{e.level} {format_date(e.date, weekday=True)}" for e in exams)
            return f"{_no_exam_in_period(u)}。考试日期：{dates}。"
        on = in_period or [e for e in exams if e.date in named]
        either = ""
        if "还是" in u.text and len(named) >= 2 and len({e.date for e in on}) == 1:
            either = _which_day(on, today, u.text) + "\n"  # 「高级是明天考还是后天考」
        if on and not _asks_left(u):  # 「明天考试吗」: that day's exam, not how far away the next one is
            # (of the half-day named: 「今天上午几点考试」 is the morning's paper)
            # (of the paper named: 「明天轮到哪一级？下午实操几点收尾」 gives the 实操 alone)
            papers = list(u.papers) or list(PAPER_LABEL)
            half = _held(on, papers, u.half_day) if u.half_day else papers
            return either + "\n".join(
                f"{format_date(e.date, weekday=True)}是{e.level}考试："
                + "，".join(f"{PAPER_LABEL[s]} {e.paper(s)}" for s in half or PAPER_LABEL)  # type: ignore[arg-type]
                for e in on
            )
        dates = "、".join(f"{e.level} {format_date(e.date, weekday=True)}" for e in exams)
        if any(e.date >= today for e in exams) and (hours := _hours_left(exams, u)):
            return hours
        sitting = ""
        if len(exams) == 1 and (u.papers or u.half_day):  # 「中级下午那场实操跟今天隔了几天」: the sitting named, its hours
            e, papers = exams[0], list(u.papers) or list(PAPER_LABEL)
            held = (_held([e], papers, u.half_day) if u.half_day else papers) or papers
            sitting = f"\n{e.level}" + "，".join(f"{PAPER_LABEL[p]} {e.paper(p)}" for p in held)  # type: ignore[arg-type]
        return _left_head(every, exams, u, today) + f"\n考试日期：{dates}。" + sitting


def _which_day(on: list[Exam], today: date, text: str) -> str:
    """「高级是明天（12月20日）考。」: of an either-or of days, the one the exams asked about fall on (one day), in the
    member's words."""
    day = on[0].date
    return f"{'、'.join(e.level for e in on)}是{_day_word(day, today, text)}（{format_date(day, year=False)}）考。"


def _day_word(day: date, today: date, text: str) -> str:
    """The day in the member's words: 明天 or 后天 where the question says days so, else by its week (`_week_word`)."""
    return day_said(text, (day - today).days) or _week_word(day, today)


def _week_word(day: date, today: date) -> str:
    """「这周六」「下周一」「下下周一」: the day by the week it falls in (dates.week_said), else its weekday."""
    return week_said(day, today) or WEEKDAYS[day.weekday()]


def _of_period(u: Understanding, named_days: set[date], exams: list[Exam]) -> list[Exam] | None:
    """The exams in the week or month the question names as a whole (下周, 这个月底前), or None when it names none
    (or names a day too: the day is the narrower)."""
    if u.period is None or named_days or u.weekdays:
        return None
    first, last, _ = u.period
    return [e for e in exams if first <= e.date <= last]


def _no_exam_in_period(u: Understanding) -> str:
    """「下周（…）没有考试」, its days after the denial (a day said right before 考试 would read as an exam day)."""
    assert u.period is not None
    first, last, said = u.period
    if first.day == 1 and (last + timedelta(days=1)).day == 1:  # a whole month: its name says it (下个月（1月）)
        return f"{said}（{first.month}月）没有考试"
    return f"{said}没有考试（{format_span(first, last, year=False) if first < last else format_date(first, year=False)}）"


# Whether something is still needed, asked (「19号、20号两天机房还用留吗」「那天还得开机房不」).
_NEED_ASKED = re.compile(r"(?:还|也)?(?:用|需要|得)(?:不(?:用|需要))?[\u4e00-\u9fff]{0,3}$|用不用|需不需要")


def _not_then(exams: list[Exam], u: Understanding, today: date, named_days: Collection[date] = ()) -> str:
    """「不是。中级在 2021年12月19日（星期日）考。」: no, and when the levels named sit — in the week's words too when the
    member named a weekday; and which level the day named holds, when it holds another (「12月20号那场是中级吧」). Asked
    whether something is needed on the days named (「就组织了初级，19号、20号两天机房还用留吗」): 不用, for the levels
    asked do not sit then."""
    week = today if u.weekdays or u.says(WEEKDAY_NAMED) else None
    held = [e for e in exams if (e.date in named_days or e.date.weekday() in u.weekdays) and e.level not in u.levels]
    # (the day as the member named it: its date beside another level would read as that level's)
    # (of two days or more, each by its date: 「那天…；那天…」 would not say which)
    def day(e: Exam) -> str:
        return WEEKDAYS[e.date.weekday()] if u.weekdays else format_date(e.date, year=False) if len(held) > 1 else "那天"

    other = "；".join(f"{day(e)}考的是{e.level}" for e in held)
    lead = "不用" if u.says(_NEED_ASKED) else "不是"
    return f"{lead}。{_levels_on(exams, u.levels, week)}考{'；' + other if other else ''}。"


def _levels_on(exams: list[Exam], levels: Collection[str], today: date | None = None) -> str:
    """「中级在 2021年12月19日（星期日）」 for each level named; with `today`, the week it falls in too, for a member who
    named a weekday (「是这周六吗」: 「初级在下周六，2021年12月18日（星期六）」)."""
    return "、".join(
        f"{e.level}在{_week_word(e.date, today) + '，' if today else ' '}{format_date(e.date, weekday=True)}"
        for e in exams
        if e.level in levels
    )


def _left_head(every: list[Exam], exams: list[Exam], u: Understanding, today: date) -> str:
    """How far off the next of `exams` is: today, in N days, or that they are over (and, asked how far off the end
    is, when its last paper ends)."""
    exams = exams or every
    upcoming = [e for e in exams if e.date >= today]
    if not upcoming:
        last = max(e.date for e in exams)
        which = "本季考试" if len(exams) == len(every) else "、".join(e.level for e in exams) + "考试"
        ended = "全部结束" if len(exams) == len(every) else "结束"
        gone = f" {(today - last).days} 天了" if _elapsed_asked(u) else ""  # 「初级考完几天了」: the days since
        return f"{which}已经{ended}{gone}（{format_date(last)}，今天是{format_date(today)}）。"
    if len(u.levels) > 1 and len(upcoming) > 1:  # 「中级和高级分别还剩几天开考」: each level named, its own count
        return "；".join(
            f"{e.level}今天（{format_date(today)}）考" if e.date == today
            else f"离{e.level}考试（{format_date(e.date, weekday=True)}）还有 {(e.date - today).days} 天"
            for e in upcoming
        ) + "。"
    nxt = upcoming[0]
    if _FINISHED.search(u.text) and _ALL_DONE.search(u.text) and not u.levels:
        nxt = upcoming[-1]  # 「整个考核全部考完离现在还有几个礼拜」: until the last level is done
    if nxt.date == today:
        head = f"今天（{format_date(today)}）就是{nxt.level}考试。"
    else:
        days = (nxt.date - today).days
        weeks = f"（{_weeks(days)}）" if u.says(_WEEKS_ASKED) and days >= 7 else ""
        head = f"离{nxt.level}考试（{format_date(nxt.date, weekday=True)}）还有 {days} 天{weeks}。"
    if _FINISHED.search(u.text):  # 「离高级最后一场考完还剩几天」: and when its last paper ends
        last = max(PAPER_LABEL, key=lambda s: nxt.paper(s).end)  # type: ignore[arg-type]
        ends = nxt.paper(last).end  # type: ignore[arg-type]
        head += f"{nxt.level}最后一场（{PAPER_LABEL[last]}）{format_clock(ends)} 结束。"
    return head


# Which level is asked (哪一级, 哪个级别, 什么级别, 几级), or whether any is (还有考试吗, 考什么).
_SITTING_NOW = re.compile(r"(?:正在|在)考|考着")
# (or which subject, of a day: 「礼拜一早晨头一场是啥科目」)
_WHICH_LEVEL = re.compile(
    r"哪[一两二三几]?(?:级|个级别)|什么级别|啥级别|几级|有(?:没有)?考试|考(?:什么|啥|哪一?个)|(?:什么|啥|哪个|哪一?门)(?:科目|科)"
)
# How long something has gone on, asked (开了几天, 进行了多少天, 第几天): counted from its first day.
# (a verb and 了 before the count: the days gone since it began; not those left or short, 剩了几天, 差了几天)
# (or the count then 了, 「截止到现在都过去多少天了」「截了有几天了」: days gone since, not those left, 还有几天了)
# (or how long, in no unit, 「截了多久了」: counted in days, as people count them)
_ELAPSED_ASKED = re.compile(
    r"第几天|第多少天|(?<![还剩差])[\u4e00-\u9fff](?<![剩差晚早])了(?:(?:几|多少)(?:天|日子)|多久|多长时间)"
    r"|(?<!还有)(?<![剩差])(?:(?:几|多少)(?:天|日子)|多久|多长时间)了"
)

_NTH_DAY = re.compile(r"第(?:几|多少)天")  # which day of it today is, asked
# A count of days asked (几天, 多少天), and one said as still to come (还有, 还剩, 还差, 再过): left, not gone.
_DAYS_COUNTED = re.compile(r"(?:几|多少)(?:个)?(?:天|日子)")
_STILL_LEFT = re.compile(r"还(?:有|剩|差|要)|再过|倒计时|倒数")
_CLOSED_SAID = re.compile(r"截|结束|关闭|关了|关门|关口")  # a window's end said (截止, 截了, 结束, 关了, 关口子)
# Now, said as where a count of days gone ends (到今儿一共开了几天了, 至今), or by the 了 after the count (一共进行了
# 几天了: so far)
_UNTIL_NOW = re.compile(rf"到{_FROM_TODAY}|至今|今天算|(?:几|多少)(?:天|日子)了")


def asks_which_level(u: Understanding) -> bool:
    """Does the question ask which level (哪一级, 哪两个级别, 考什么)?"""
    return bool(_WHICH_LEVEL.search(u.text))


def _elapsed_asked(u: Understanding) -> bool:
    """The days gone since a window's edge are asked (开了几天了, 截了有几天了) — not its whole length, said with 一共
    or 前后 and no now (「编排考场前后一共给了多少天」: first day to last)."""
    return u.says(_ELAPSED_ASKED) and not (u.span and not u.says(_UNTIL_NOW))


@dataclass(frozen=True)
class WindowStatus:
    name: ClassVar[str] = "window_status"
    cue_is_the_question: ClassVar[bool] = False
    counts_days: ClassVar[bool] = True

    def asked_by(self, u: Understanding) -> bool:
        return "status" in u.asks or _edge_offered(u)

    def answers_cue(self, u: Understanding) -> bool:
        """「还来得及吗」「截止了吗」: whether there is still time is what a window answers (not which matters fall due:
        「这周有啥截止的事没」 asks the timeline, its 没 a question's tail); so is which of two days offered it closes or
        opens on (「是这周六截还是下周六截」)."""
        # (and so are the days left until a deadline: 「学生报名离截止还剩多少天」, not an exam's countdown)
        left_to_deadline = _asks_left(u) and _DEADLINE_SAID.search(u.text) is not None
        # (and the weekday of its first or last day: 「学生报名最后一天是周几」)
        edge_weekday = u.says(_WEEKDAY_ASKED) and bool(_ENDS.search(u.text) or _STARTS.search(u.text))
        return ("status" in u.asks and not _WHICH_MATTERS.search(u.text)) or _edge_offered(u) or left_to_deadline or edge_weekday

    def render(self, k: Knowledge, base: str, window: str | None, u: Understanding, today: date) -> str:
        if not window:
            return base
        notice = k.notice
        levels: list[tuple[str, tuple[date, date]]]  # each level's span
        # a deadline alone (the 考务负责人 filing; the fee, due before tickets print): no first day of its own
        deadline_only = window == "contact_filing" or window.startswith(BEFORE)
        if window == "ticket_printing":
            levels = [(w.level, (w.start, w.end)) for w in notice.ticket_printing]
        elif window == "exams":
            levels = [(e.level, (e.date, e.date)) for e in notice.exams]
        else:  # one window for every level
            if deadline_only:
                # a deadline alone (the 考务负责人 filing; the fee, due before tickets print, the day before they
                # open): open until it
                if window == "contact_filing":
                    deadline = notice.contact_filing_deadline
                else:  # (`check` lets before_ name only a window that opens on a day)
                    deadline = notice.opens(window.removeprefix(BEFORE)) - timedelta(days=1)  # type: ignore[operator]
                span = (min(today, deadline), deadline)
            else:
                w: Window | LevelWindow = getattr(notice, window)
                span = (w.start, w.end)
            levels = [(e.level, span) for e in notice.exams]
        spans = [s for _, s in levels]
        if verdict := _same_window(u, dict(levels)):
            base = f"{verdict}\n{base}"
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        if today > end:
            status = f"已经截止（{format_date(end)}截止，今天是{format_date(today)}）。"
            # 「截止到现在都过去多少天了」: the days since it closed (its end said: 开了几天 asks how long it was open)
            # (or the days between that end and today, asked of an end gone by: 「报名截止那天离今天差多少天」 — none
            # are left to count)
            if u.says(_CLOSED_SAID) and (
                (_elapsed_asked(u) and not u.says(_REMAINING))
                or (u.says(_DAYS_COUNTED) and not u.says(_STILL_LEFT) and not u.span)  # (not 前后总共开了多少天)
            ):
                status = f"已经截止 {(today - end).days} 天了（{format_date(end)}截止，今天是{format_date(today)}）。"
            else:
                status = _since_opened(start, today, u) + status
        elif today < start:
            # (a span asked alone counts no days to its start; asked with them too, 「从今天算还得等几天？整个编排期一共
            # 几天」, it does)
            status = "还没开始。" if u.span and not _asks_wait(u) else f"还没开始，离开始还有 {(start - today).days} 天。"
            if _asks_left(u) and u.says(_DEADLINE_SAID):
                # 「离排考场的截止日还剩多少天」 before it opens: the days to its end are asked
                status = f"还没开始（{format_date(start, year=False)}开始），离截止还有 {(end - today).days} 天。"
        else:
            left = (end - today).days
            if "left" in u.asks and (origin := u.origin) is not None and today < origin <= end:
                # 「后天离截止剩几天」: counted from the day named, not from today
                left = (end - origin).days
                status = f"到{format_date(origin, year=False)}那天，离截止还有 {left} 天。"
            elif u.counts_today:  # 「算上今天还剩几天」: today is one of the days left
                status = f"现在正在进行，算上今天还有 {left + 1} 天（{format_date(end, year=False)}截止）。"
            else:
                going = "还没截止" if deadline_only else "现在正在进行"  # (a deadline alone is not "going on")
                status = "今天是最后一天。" if left == 0 else f"{going}，离截止还有 {left} 天。"
            # 「…是还没开放吗」 on its first day: it opened today (the filing names no first day: today stands for it)
            if today == start and left and not deadline_only:
                status = f"今天开始，{status}"
            elif _elapsed_asked(u) and not deadline_only:
                # 「到今儿一共开了几天了」「编排考场到今天算第几天了」: the days since it opened, today counted (and the
                # days left only when they are asked too: one count answers one question)
                if not _REMAINING.search(u.text):
                    status = f"{going}（{format_date(end, year=False)}截止）。"
                nth = f"今天是第 {(today - start).days + 1} 天"
                # (asked how many days have gone, not which day today is: both counts, the days gone first)
                if not u.says(_NTH_DAY):
                    nth = f"已经过去 {(today - start).days} 天，{nth}"
                status = f"{nth}（{format_date(start, year=False)}开始），{status}"
        if u.span and not _elapsed_asked(u):  # 「准考证一共能打几天」: first day to last, both counted
            base = f"{_lengths(levels, u)}\n{base}"
        if takes_days(u):  # 「审核要几天」: how long the act takes, which the notice does not say — no count of days left
            status = f"通知里没有写明需要几天（{format_date(end, year=False)}截止）。"
        status += _weekday_of_edge(levels, u, today) + _no_hour(u)
        asked = [e.date for e in notice.exams if not u.levels or e.level in u.levels]
        lead, named = _yes_no(u, today, start, end, deadline_only=deadline_only, last_exam=max(asked, default=None))
        if named:  # (and how many days are left, when asked too: 「这礼拜天就截止了吧？还剩几天」)
            return f"{lead}{status if 'left' in u.asks and start <= today <= end else ''}\n{base}"
        if lead.endswith("已经开始了，") and status.startswith("今天开始，"):  # 是的，今天开始，…: said once
            lead = lead.removesuffix("已经开始了，")
        return f"{lead}{status}\n{base}" if lead else f"{base}\n{status}"


# How many days an act takes, asked (「签完一般几天能审批下来」「审核要几天」), with nothing said of what remains.
_TAKES_DAYS = re.compile(r"(?:要|需要|得|用)(?:几|多少)天|(?:几|多少)天(?:能|可以|才能|就能|才|就)")


def takes_days(u: Understanding) -> bool:
    """Does the question ask how many days an act takes (审核要几天), not how many are left (还剩几天)?"""
    return u.says(_TAKES_DAYS) and not u.says(LEFT_SAID)


def asks_which_matters(u: Understanding) -> bool:
    """Does the question ask which matters or deadlines there are (「还要盯哪几个截止日」「有啥要办的事」)?"""
    return _WHICH_MATTERS.search(u.text) is not None


# The order of things asked (先后顺序, 哪个先, 谁在前).
_ORDER_ASKED = re.compile(r"先后|顺序|(?:哪个|哪一?项|谁)(?:在)?[先前后]")


@dataclass(frozen=True)
class Timeline:
    """「哪些时间节点已经过了」「现在这个时间点该干啥了」: every dated step of the notice, by where today stands."""

    name: ClassVar[str] = "timeline"
    cue_is_the_question: ClassVar[bool] = True  # 「下周咱们站点都要忙些啥」: the week's matters
    counts_days: ClassVar[bool] = False

    def asked_by(self, u: Understanding) -> bool:
        return self.answers_cue(u)  # (the matters of a period named are what its form asks)

    def answers_cue(self, u: Understanding) -> bool:
        # no cue of a level or a day is about every step; the things to do in a week, a month or a day named are
        # (「这个星期站点有哪些事要办完」「后天截止的是哪一项工作」)
        # (and the order of the steps: 「这几件事先后顺序能捋一下不」「报名和编排考场哪个先」, which every step's dates say)
        period = (u.period is not None or _run_of_days(u.named_days)) and _WHICH_MATTERS.search(u.text) is not None
        return period or u.says(_ORDER_ASKED)

    def render(self, k: Knowledge, base: str, window: str | None, u: Understanding, today: date) -> str:
        n = k.notice
        tickets = (min(w.start for w in n.ticket_printing), max(w.end for w in n.ticket_printing))
        exams = (min(e.date for e in n.exams), max(e.date for e in n.exams))
        ticket_span = format_span(*tickets, year=False)
        if len({w.end for w in n.ticket_printing}) > 1:  # each level's last day, beside it
            ends_by_level = "、".join(f"{w.level}至{format_date(w.end, year=False)}" for w in n.ticket_printing)
            ticket_span = f"{format_date(tickets[0], year=False)}起，{ends_by_level}"
        steps = [  # (what, first day or None, last day, the word for its end, the span as said)
            ("考核站点申报", *_window(n.site_application), "截止", None),
            ("考生报名", *_window(n.registration), "截止", None),
            ("填报考务负责人联系方式", None, n.contact_filing_deadline, "截止", None),
            ("考场编排", *_window(n.room_arrangement), "截止", None),
            ("打印准考证", *tickets, "截止", ticket_span),
            ("考试", *exams, "结束", None),
        ]
        past, now, ahead = [], [], []
        for label, start, end, ends, said in steps:
            span = said or (f"{format_date(end, year=False)}前" if start is None else format_span(start, end, year=False))
            if today > end:
                past.append(f"{label}（{format_date(end, year=False)}{ends}）")
            elif start is None or today >= start:
                left = (end - today).days
                now.append(f"{label}（{span}，" + ("今天是最后一天）" if not left else f"还剩 {left} 天）"))
            else:
                ahead.append(f"{label}（{span}）")
        period = u.period
        named = u.named_days
        if period is None and _run_of_days(named) and _WHICH_MATTERS.search(u.text):
            # a day named is a period of one; days named in a run (上周末, 明后天) are a period of theirs
            days = sorted(_on(day, month, today) for day, month in named)
            period = (days[0], days[-1], "")
        lines: list[str] = []
        if period:
            closing = _CLOSING_ASKED.search(u.text) is not None
            # (what closes in it, all its days, unless what is still to close is asked: 「这周还有啥要截止的」)
            whole = closing and not _STILL_AHEAD.search(u.text)
            said, due = _in_period(period, steps[:-1], n.exams, today, closing=closing, whole=whole)
            if due:  # the day's or the week's matters are the answer; the overview would crowd it
                return said
            lines.append(said)
        lines.append(f"截至今天（{format_date(today)}）：")
        heads = (("已经过了", past), ("正在进行", now), ("还没开始", ahead))
        if past and not now and not ahead:
            heads = (("通知里的节点都已经结束了", past),)  # 「还有啥节点没走完」 after the last: said plainly
        lines += [f"{head}：{'、'.join(items)}" for head, items in heads if items]
        return "\n".join(lines) + f"\n考试日期：{k.context['exam_dates']}。"


# What falls due is asked (有啥截止的, 哪些要到期): the steps that close, not every step under way
_CLOSES = r"截止|截至|到期"
# (or a thing to be done before a time, 「赶在走之前弄完的」: what falls due by then)
_CLOSING_ASKED = re.compile(_CLOSES + r"|赶在[^，,。？?]{0,8}(?:之|以)?前")
_STILL_AHEAD = re.compile(r"还(?:有|要|得|剩|没)")  # (what is still to come: 「这周还有啥要截止的」)
# How many papers are asked (考几门, 一共几场, 有几科)
PAPER_COUNTED = r"(?:门|场|科)"  # the measure words that count papers (几门, 两场)
_HOW_MANY_PAPERS = re.compile(rf"(?:几|多少){PAPER_COUNTED}")
# How many levels are asked (分为几个级别, 有多少个等级), and the count words to say it.
_HOW_MANY_LEVELS = re.compile(r"(?<!哪)(?:几|多少)个?(?:级别|等级)|分(?:为|成)?几[个级]")
_COUNT_WORDS = dict(enumerate("零一两三四五六七八九十"))


def _window(w: Window) -> tuple[date, date]:
    return w.start, w.end


# Asks which things (哪些事, 什么工作, 要办啥): the steps, not one of them.
# (the matters may be described between: 「有啥要截止的事项」「哪些需要办的事」, or only described: 「还有啥要报的」)
_WHICH_MATTERS = re.compile(
    r"(?:哪些|哪几件?|哪一?[项件个样]|什么|啥)[^，,。？?的]{0,5}的?(?:事|工作|任务|节点|环节|活)|"
    # (or which deadlines, the days things fall due: 「本月还要盯哪几个截止日」)
    r"(?:哪些|哪几个?|哪一?个|什么|啥)(?:截止日|截止日期|截止时间|截止点|到期日|日子|时间点)|(?:做|干|办|忙)(?:些|点儿?)?(?:什么|啥|哪些)"
    # (what is to be handed in or filled in then: 「下周一要交啥不」)
    r"|(?:要|得|需要|该)(?:交|报|填)(?:些|点儿?)?(?:什么|啥|哪些)"
    # (or the arrangements, said by themselves: 「下个月都有哪些安排」, not 「哪些考试安排」)
    r"|(?:哪些|哪几[项件个]|什么|啥)安排"
    # (or whether anything falls due, asked yes or no: 「后天周六有没有要截的」)
    r"|有没有(?:什么|啥)?(?:要|得|该)?(?:截止?|到期|交|报|填|办)的"
    # (or which are not done yet: 「本月里还差哪样材料没报」「还有啥没交」)
    r"|(?:哪些|哪一?[项件个样]|什么|啥)(?:东西|事儿?|材料)?(?:还)?没(?:有)?(?:报|交|办|填|弄|做)"
    r"|(?:哪些|哪一?[项件样]|什么|啥)(?:东西|事儿?|材料)?(?:要|得|需要|该|必须|务必)(?:[^，,。？?的]{0,8}的|做|干|办|忙|交|报|填|弄)"
    # (or described by what they do, with no noun: 「这周截止的都有啥」「有哪些要到期的」)
    r"|[\u4e00-\u9fff]的(?:都|还)?有(?:哪些|哪几[个项件样]|啥|什么)(?![\u4e00-\u9fff])|有(?:哪些|啥|什么)[^，,。？?的]{1,6}的(?:不|没有?|吗|么|呢)?$"
    # (the matters, or the days and time points, named first: 「下个月咱这边要盯的时间点有哪些」)
    r"|(?:事|工作|任务|节点|环节|活|时间点|日子|日期)儿?(?:都|还)?有(?:哪些|哪几[个项件天]|啥|什么)"
    # (or named, then asked what it is: 「下个月头一件要办的事是啥」)
    r"|(?:事|工作|任务|活)儿?(?:是|有)(?:啥|什么|哪些|哪[一几]?[件项个])"
    # (or whether there is any: 「有没有要交的、要截止的」)
    r"|有没有(?:要|得|需要|该)[^，,。？?的]{0,5}的"
    # (or asked to be listed: 「这个月剩下的节点按先后给我列一列」「下个月咱这摊子事按日子捋一遍」)
    r"|(?:列|捋|梳理|理)(?:一|了)?(?:列|捋|理|遍|下)"
    # (or whether one falls due then: 「后天礼拜三是不是也有个截止」)
    r"|有(?:个|啥|什么)?(?:要)?(?:截止|到期)[的了]?(?:不|没有?|吗|么)?$"
    # (or the one that did, pointed at: 「前天截止的那项是啥来着」)
    r"|的(?:那|这)[项件个](?:事|工作|任务)?(?:是|叫)(?:啥|什么|哪)"
    # (or asked which it was outright: 「上礼拜二截止的是哪项来着」)
    r"|的是(?:哪|啥|什么)[一几]?[项件样个](?:事|工作|任务)?"
    # (or whether there is any work then at all: 「下个月还有跟这次考核相关的活儿没」「下周还有事吗」)
    r"|有[^，,。？?]{0,10}?(?:事|工作|任务|活)儿?(?:没有?|不|吗|么)?$"
)


def _run_of_days(named: frozenset[tuple[int, int | None]]) -> bool:
    """Are the days named one day, or days one after another (上周末: the 20th and 21st)?"""
    if not named:
        return False
    days = sorted((month or 0, day) for day, month in named)
    return all(
        (m2 == m1 and d2 == d1 + 1) or (m2 == m1 + 1 and d2 == 1 and d1 >= 28) for (m1, d1), (m2, d2) in pairwise(days)
    )


def _in_period(
    period: tuple[date, date, str], steps: list, exams: list[Exam], today: date, closing: bool = False, whole: bool = False
) -> tuple[str, bool]:
    """「这个星期站点有哪些事要办完」: the steps open or due in the week or month named (from today on), and its exams;
    and whether there are any. `closing`: what falls due is asked (「这周有啥截止的事没」): the steps that close in it,
    or that none does and which closes next; `whole`: of all the period's days, those already past too."""
    first, last, said = period
    # (from today on, when the period reaches it; a day or week wholly past is itself: 「前天截止的那项是啥」; what
    # closes in it is asked of all its days: 「这周截止的都有啥」 on a Sunday holds Saturday's)
    first = max(first, today) if last >= today and not whole else first
    span = format_span(first, last, year=False) if first < last else format_date(first, year=False)
    when = f"{said}（{span}）" if said else span
    if closing:
        closes = [(end, label, ends) for label, _, end, ends, _ in steps if first <= end <= last]
        if closes:
            return f"{when}截止的：{'；'.join(f'{label}（{format_date(end, year=False)}{ends}）' for end, label, ends in sorted(closes))}。", True
        later = sorted((end, label, ends) for label, _, end, ends, _ in steps if end > last)
        # (an exam day before it comes first: 「明天有啥到期要交的不」 the day before the first exam)
        later = sorted([*later, *((e.date, f"{e.level}考试", "") for e in exams if e.date > last)])
        nxt = f"接下来是{later[0][1]}，{format_date(later[0][0], year=False)}{later[0][2]}" if later else ""
        return f"{when}没有要截止的事项" + (f"；{nxt}" if nxt else "") + "。", True
    due = []
    # whether anything opens or closes in the period, and whether a window is worked through it (编排, 12-01…12-15) — not
    # only a deadline ahead that any day before it meets (the 考务负责人 filing, due 11-30, seen from the week before)
    moves = worked = False
    for label, start, end, ends, days in steps:
        if end < first or (start or first) > last:
            continue
        # each step with the days of it that matter in the period, so that the list needs no overview after it
        opens, closes = start is not None and start >= first, end <= last
        moves |= opens or closes
        worked |= start is not None
        if opens and closes:  # begun and done in it: its days
            due.append(f"{label}（{days or format_span(start, end, year=False)}）")  # type: ignore[arg-type]
        elif closes:
            due.append(f"{label}（{format_date(end, year=False)}{ends}）")
        elif opens:
            due.append(f"{label}（{format_date(start, year=False)}开始）")  # type: ignore[arg-type]
        else:  # under way all through it
            due.append(f"{label}（{format_span(start, end, year=False) if start else format_date(end, year=False) + ends}）")
    held = [f"{e.level} {format_date(e.date, year=False)}" for e in exams if first <= e.date <= last]
    due += [f"考试（{'、'.join(held)}）"] if held else []
    if not due:  # (a month named needs no span: 「下个月没有…」, not the dates of a month the notice never names)
        return f"{said if said and (last - first).days > 7 else when}没有通知里安排的事项（时间节点）。", False
    if not moves and not held:
        # 「下下周那一整周，站点这边有啥要交要办的没」: nothing falls due or opens in it, said first; then what is worked
        # through it (「下周一有啥要紧的安排没」 during 编排), or the deadline ahead
        # (nor an exam, said so: 「大后天周五有啥安排没？学生问那天要不要来学校」)
        if worked:
            return f"{when}没有要截止或开始的事项，也没有考试。\n{when}要办的：{'；'.join(due)}。", True
        return f"{when}没有要截止或开始的事项，也没有考试；这段时间一直可以办、之后截止的：{'；'.join(due)}。", True
    return f"{when}要办的：{'；'.join(due)}。", True


FACETS: dict[str, Facet] = {f.name: f for f in (Exams(), Tickets(), Countdown(), WindowStatus(), Timeline())}


# Values a question can state for the answer to confirm: e-mail addresses, web addresses, long numbers.
EMAIL_SAID = r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"  # an e-mail address as a question states it
_VALUE = re.compile(rf"{EMAIL_SAID}|https?://[!-~]+|(?<!\d)\d{{5,}}(?!\d)")
# A clock time a question states (9点, 2点半, 4点30, 14:00; numbers are arabic by then), and one an answer gives.
_CLOCK = re.compile(r"(?<![\d月/.\-])(\d{1,2})(?:[:：](\d{2})|点(?:(半)|(\d{1,2})分?)?)")
# A way of examining claimed at the question's end (是纸笔考, 改成笔试, 用机考), and one an answer says (都是机考).
_WAY_CLAIMED = re.compile(r"(?:是|改成|改为|换成|用|搞)(?P<way>[\u4e00-\u9fff]{1,2}(?<!考)(?:考|试))(?:吗|吧|么|呢|不|没)?$")
_WAY_SAID = re.compile(r"是([\u4e00-\u9fff](?<!考)考)")
_LABELLED = re.compile(r"[:：]\s*([^\s\d，。；、:：（）]{2,8})[。；\n]")
_BODY_CLOCK = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?!\d)")
# What the facets above lead with when they judge the question themselves: a verdict (是的, 可以, 不一样 …) or the
# exams' own no (「12月22日没有考试」). Nothing is confirmed on top of them.
_DENIED = re.compile(r"没有考试|没有要[^。；\n]{0,6}的事项")  # (a no of its own: no 是的 before it)
_CONFIRM_TAIL = re.compile(rf"(?:{CONFIRM_TAGS})$|是(?:\d{{1,2}}[:点]\d{{0,2}}半?|\d{{1,2}}月\d{{1,2}}[日号]?)$")
_IS_SAID = re.compile(r"(?:是不是|是)([^\W\d是不]{2,6})$")  # 「实操也是机考」: the X of a closing 是X
_VERDICT = re.compile(r"是的|不是|可以|不能|还不能|还没有|一样|不一样|相同|不晚|晚了|不用|(?:[明后]天（)?\d+月\d+日）?(?:可以|已经|还)")


# A length of time a question claims (两个小时, 一个半小时, 2.5小时, 150分钟), and the spans an answer gives (9:00-10:30).
_HOURS = re.compile(r"(\d+(?:\.\d+)?|[一二两三四五六七八九十])个?(半)?(?:小时|钟头|个钟)")
_MINUTES = re.compile(r"(\d+)分钟")
_SPAN = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})")


def _span_minutes(spans: re.Pattern[str], text: str) -> set[int]:
    """The lengths in minutes of the clock spans (9:00-10:30) a pattern with four groups, h:m-h:m, finds."""
    return {60 * (int(c) - int(a)) + int(d) - int(b) for a, b, c, d in spans.findall(text)}


_DAYS_CLAIMED = re.compile(DAYS_CLAIMED)
_MORNING = ("上午", "早上")
_AFTERNOON = ("下午", "午后")
_HALF_PAPER = re.compile(
    r"(上午|早上|下午|午后)[考是的]{0,2}(" + "|".join(label[:2] for label in PAPER_LABEL.values()) + ")"
)
# ... or the paper first, moved or put there (理论挪到下午, 实操改到上午, 实操也在下午): (paper, half-day)
_PAPER_HALF = re.compile(
    r"(" + "|".join(label[:2] for label in PAPER_LABEL.values()) + r")(?:考试)?[也都还就已经了挪改调换放排安在到是考]{0,4}"
    r"(上午|早上|下午|午后)(?![考是的]{0,2}(?:" + "|".join(label[:2] for label in PAPER_LABEL.values()) + "))"
)  # (not the half-day of the paper after it: 「上午考理论下午考实操」)


def _claimed_minutes(text: str) -> list[float]:
    said = [60 * (float(n) if n[0].isdigit() else cn_value(n)) + (30 if half else 0) for n, half in _HOURS.findall(text)]
    return said + [float(m) for m in _MINUTES.findall(text)]


_ALL_OF = re.compile(r"都|全|统统|一律")  # said of every one named
# Both papers, counted (两门, 两场): what a claim of both is said of
_BOTH_PAPERS = re.compile(rf"[两二俩](?:个)?{PAPER_COUNTED}")
# Every level, said so (三个级别全, 所有级别都)
_EVERY_LEVEL = re.compile(r"(?:[三几各]个|所有|全部|每个)级别|级别[都全]")
_DAY_WRITTEN = re.compile(r"(\d{1,2})月(\d{1,2})日")  # a day as an answer writes it
_DEADLINE_CLAIMED = re.compile(rf"{_CLOSES}|之前|以前|(?<=[号日])前|最晚|最迟")  # a deadline, by its words or its bound
# 今天才开的: today claimed as its first day; 今天是考高级吧: what today is, claimed (not 今天是不是能打印: asked)
# (今天就得报完: today claimed as the day it must be done by)
_TODAY_CLAIMED = re.compile(
    r"今天(?:才|就|刚)?(?:开始|开|截止|结束|关)|今天(?:就|应该)?是(?!不是|否)|今天(?:之前|以前|前)?就?(?:得|要|必须)\w{0,4}完"
    # (what today's exam is, claimed: 「今天考的中级吧」)
    r"|今天考的"
)
# Whether a thing has a deadline at all (有截止日期吗, 有没有期限, 截止时间有没有).
_DEADLINE_ASKED_OF = re.compile(r"有(?:没有)?(?:个|啥|什么)?(?:截止|期限|最后期限|deadline)|(?:截止|期限)\w{0,4}有没有")
_DATED = re.compile(r"\d{1,2}月\d{1,2}日|\d{4}年")  # any day the answer gives (本月底 is no day)
_BOUND = re.compile(r"在([^，。；、\s在]{1,8}?)(?:之|以)?前")  # a bound by an event, not a day (在考试前完成)


def bound_of(body: str) -> str | None:
    """The event an answer's first sentence bounds its matter by (在考试前完成: 考试), if any."""
    bound = _BOUND.search(body.split("。")[0])
    return bound[1] if bound else None


def _confirmed(u: Understanding, body: str, today: date) -> str:
    """The yes or no to lead with when a yes-no question states what it expects (「备案表是不是发到 sales@… 这个
    邮箱」「高级的考场编排截止也是15号吗」): 是的 when the answer holds every value it states, 不是 when it holds
    none of them and states others of the same kind, or misses a day it states; nothing otherwise."""
    # The clause that states what it expects: of clauses answered together, the first that asks no question word
    # (「实操要考多久，两个半小时吗」) or ends in a tag (「中级实操几点结束，16:30对吗」 asks and states: that is checked).
    if _DEADLINE_ASKED_OF.search(u.text) and not _DATED.search(body):
        # 「技术负责人那个扫码填报有截止日期没」: whether there is a deadline, where the answer gives none; a bound it
        # gives instead in the answer's first sentence (在考试前完成) leads with it
        if bound := _BOUND.search(body.split("。")[0]):
            return f"通知里没有给这项定具体日期，只要求在{bound[1]}前完成。"
        return "通知里没有给这项定具体日期。"
    text = next((t for t in (u.text, *u.joined) if not INTERROGATIVE.search(t) or _CONFIRM_TAIL.search(t)), None)
    # either-or (「周日考中级还是高级」) states no one thing to confirm (nor in a clause joined: 「截止那天，算这周二还是
    # 下周二」)
    # (a clause opening on 还是 offers another answer to the one before: 「…16号开始打吗？还是要晚几天」 still claims 16号)
    if text is None or "还是" in text or any("还是" in t and text not in t and not t.startswith("还是") for t in u.joined):
        return ""
    stated: list[tuple[bool, bool]] = []  # (in the answer, the answer states a value of that kind)
    for value in _VALUE.findall(text):
        stated.append((value.lower() in body.lower(), bool(_VALUE.search(body))))
    def days_in(said: str) -> set[tuple[int, int]]:
        return {(int(d), int(m)) for m, d in _DAY_WRITTEN.findall(said)}

    def holds(day: int, month: int | None, days: set[tuple[int, int]]) -> bool:
        return any(d == day and month in (None, m) for d, m in days)

    body_days = days_in(body)
    # 明天, 后天 … claim a day (「中级是明天考吧」); 今天 says when the member asks (「今天能打印吗」), unless it is said
    # of when a thing opens or closes (「是不是今天才开的」)
    claimed = u.named_days | ({(today.day, today.month)} if _TODAY_CLAIMED.search(text) else set())
    days = [(holds(day, month, body_days), bool(body_days)) for day, month in claimed]
    # 「中级跟高级的准考证都是打到19号为止吧」: a day claimed of every level (都), where each has a line of its own, must
    # be in each one's line
    lines = [line for line in body.split("\n") if len(u.levels) >= 2 and line.startswith(u.levels)]
    if claimed and len(lines) >= 2 and _ALL_OF.search(text):
        days += [(all(holds(day, month, days_in(line)) for line in lines), True) for day, month in claimed]
    if claimed and not body_days and not _DATED.search(body) and _DEADLINE_CLAIMED.search(text):
        # 「技术负责人的联系方式是不是也11月30号前就截止了」: a deadline claimed where the answer gives no day at all
        # is no day of the notice's
        return "不是，通知里没有给这项定具体日期。"
    stated += days
    for value in _LABELLED.findall(body):  # 「实操也是机考吗」: a value the answer gives under a label (考核方式：机考)
        if value in text:
            stated.append((True, True))
    # ... or says in so many words (「都是机考」): what 是 is said of, ending the question, found in the answer
    if (said := _IS_SAID.search(text)) and said[1] in body and not stated:
        stated.append((True, True))
    # 「理论是纸笔考吗」「能不能改成笔试」: a way of examining claimed (a word ending in 考 or 试), where the answer says
    # the way it is (「都是机考」): the same or another
    if (way := _WAY_CLAIMED.search(text)) and (ways := set(_WAY_SAID.findall(body))):
        stated.append((any(w in way["way"] for w in ways), True))  # (上机考 is 机考 said in full)
    # 「高级理论考试是否安排在下午进行」: the half-day claimed for a paper (of a level alone, 「中级是下午考吗」 is
    # half true: its other paper is in the morning); with a clock time (下午3点) the time is the claim, below
    # (said in the claiming clause itself: 「只报了高级，实操那门安排在哪天下午几点」 claims no half-day, it asks one)
    half_said = u.half_day and any(w in text for w in (_MORNING if u.half_day == "am" else _AFTERNOON))
    if (u.papers or _BOTH_PAPERS.search(text)) and half_said and not _CLOCK.search(text) and ("上午" in body or "下午" in body):
        # (of every paper shown: 「理论和实操是不是都在上午」 is no when one of them is in the afternoon)
        claimed, other = ("上午", "下午") if u.half_day == "am" else ("下午", "上午")
        stated.append((claimed in body and other not in body, True))
    # 「每天都是上午考理论下午考实操对吧」: each half-day said with the paper it holds, checked by the paper's clock time
    # (in every clause answered with it that states and does not ask: 「听说理论挪到下午了，实操改到上午，是真的吗」)
    stating = [text, *(t for t in u.joined if t != text and not INTERROGATIVE.search(t))]
    halves = [(half, paper) for said in stating for half, paper in _HALF_PAPER.findall(said)]
    halves += [(half, paper) for said in stating for paper, half in _PAPER_HALF.findall(said)]
    for half, paper in dict.fromkeys(halves):
        label = next(label for label in PAPER_LABEL.values() if label.startswith(paper))
        hours = [int(h) for h in re.findall(rf"{label}[^\d\n]{{0,6}}(\d{{1,2}}):\d{{2}}", body)]
        stated.append((bool(hours) and all((h < 12) == (half in _MORNING) for h in hours), bool(hours)))
    spans = _span_minutes(_SPAN, body)
    lengths = {int(n) for n in re.findall(r"共 (\d+) 天", body)}
    for m in _DAYS_CLAIMED.finditer(text):  # 「编排考场一共15天对吧」: a span of days claimed, against the one counted
        stated.append((int(m[1]) in lengths, bool(lengths)))
    if u.compares and len(u.papers) == 2 and _claimed_minutes(text):
        # 「实操是不是跟理论一样也考90分钟」: the paper likened to (跟理论一样) is the measure, the length is claimed of the
        # paper said first
        spans = _span_minutes(re.compile(rf"{PAPER_LABEL[u.papers[0]]}[^\d\n]{{0,6}}" + _SPAN.pattern), body) or spans
    for minutes in _claimed_minutes(text):  # 「实操是考两个小时吧」: a length claimed for what the answer times
        stated.append((minutes in spans, bool(spans)))
    if len(u.weekdays) > 1:  # 「高级那天是不是工作日」「中级是周末吧」: each day the answer gives is one of them
        said = [[w for w in WEEKDAYS if w in line] for line in body.split("\n")]
        said = [ws for ws in said if ws]
        stated.append((bool(said) and all(any(WEEKDAYS.index(w) in u.weekdays for w in ws) for ws in said), bool(said)))
    for weekday in u.weekdays if len(u.weekdays) == 1 else ():  # 「中级是周日对吧」「初级是下周六考吧」
        stated.append((WEEKDAYS[weekday] in body, any(w in body for w in WEEKDAYS)))
    body_times = {(int(h), int(m)) for h, m in _BODY_CLOCK.findall(body)}
    for m in _CLOCK.finditer(text):  # 「实操是不是2点开始，到4点半」: 2点 is 14:00 where only that holds
        hour, minute = int(m[1]), int(m[2] or m[4] or (30 if m[3] else 0))
        found = (hour, minute) in body_times or (hour < 12 and (hour + 12, minute) in body_times)
        stated.append((found, bool(body_times)))
    if not stated:
        return ""
    if all(found for found, _ in stated):
        return "是的。"
    if not any(found for found, _ in stated) and all(kind for _, kind in stated):
        return "不是。"
    if any(not found and kind for found, kind in days):  # 「报名是10月20到11月30对吗」: one day wrong, the claim is
        return "不是。"
    return ""


# A count of days left, claimed (还有一个礼拜, 还剩3天, 还有一个来月, 正好三个礼拜): a number and a unit of days, weeks or
# months.
_LEFT_CLAIMED = re.compile(
    rf"(?:还有|还剩|剩下?|还差|差|只有|{'|'.join(EXACTLY)})(?:个)?(?P<n>\d+|[一两二三四五六七八九十半]+)(?:个)?"
    r"(?P<unit>来月|多月|月|礼拜|星期|周|天|日)"
)
_UNIT_DAYS = {"天": 1, "日": 1, "礼拜": 7, "星期": 7, "周": 7, "月": 30, "来月": 30, "多月": 30}
# Whether the days left are enough for a span said (「够不够六个礼拜的复习时间」「留两周准备够吗」): 够 asked of it.
_SPAN_SAID = r"(?P<n>\d+|[一两二三四五六七八九十半]+)(?:个)?(?P<unit>礼拜|星期|周|天)"
_ENOUGH_ASKED = (
    re.compile(rf"(?:够不够|足不足够|够|足够)[^，,。？?\d]{{0,3}}?{_SPAN_SAID}"),
    re.compile(rf"{_SPAN_SAID}[^，,。？?]{{0,8}}?(?:够不够|够吗|够不|够用|够$|足够)"),
)


def _count_said(n: str) -> float:
    """A count as said (3, 三, 十二, 半) as a number."""
    return 0.5 if n == "半" else int(n) if n.isdigit() else cn_value(n)


def _months_on(today: date, n: int) -> date:
    """The day `n` calendar months after `today` (the month's last day when it is shorter: 1-31 → 2-28)."""
    first, last = month_of(today.month - 1 + n, today.year)
    return first.replace(day=min(today.day, last.day))


def _left_verdict(u: Understanding, body: str, today: date) -> str:
    """「我跟他说还有一个礼拜，是这么算的吧」「是不是还有一个来月」: a count of days left claimed, judged on the days the
    answer counts (a month is 28 to 31 days, give or take: 一个来月 is about one; 正好一个月 is to the same day of the
    next month)."""
    said = next((m for t in (u.text, *u.joined) if (m := _LEFT_CLAIMED.search(t))), None)
    counted = re.search(r"还有 (\d+) 天", body)
    if said is None or counted is None or not ("whether" in u.asks or not INTERROGATIVE.search(u.text)):
        return ""
    n = _count_said(said["n"])
    if not n:
        return ""
    claimed, left = n * _UNIT_DAYS[said["unit"]], int(counted[1])
    near = 3 if _UNIT_DAYS[said["unit"]] == 30 else 0
    if said["unit"] == "月" and said.group().startswith(EXACTLY) and n == int(n):
        claimed, near = (_months_on(today, int(n)) - today).days, 0
    mark = "，" if body.startswith(("离", "还")) else "。"
    if said["unit"] == "多月":  # 一个多月: more than the months said, fewer than one more
        if claimed < left < claimed + 30:
            return f"是的{mark}"
        return f"不是，不到{said['n']}个月{mark}" if left <= claimed else f"不是{mark}"
    if abs(left - claimed) <= near:
        return f"是的{mark}"
    return f"不是，不到{said.group()[said.start('n') - said.start() :]}{mark}" if left < claimed else f"不是{mark}"


def _enough_verdict(u: Understanding, body: str) -> str:
    """「初级离现在还剩多少天？够不够六个礼拜的复习时间」: whether the days left cover the span said — 够, or 不够 and by
    how many days."""
    said = next((m for t in (u.text, *u.joined) for asked in _ENOUGH_ASKED if (m := asked.search(t))), None)
    counted = re.search(r"还有 (\d+) 天", body)
    if said is None or counted is None:
        return ""
    n = _count_said(said["n"])
    if not n:
        return ""
    short = int(n * _UNIT_DAYS[said["unit"]]) - int(counted[1])
    return f"不够，差 {short} 天。" if short > 0 else "够。"


def _judged(body: str) -> bool:
    """Does the answer already lead with a yes or a no of its own?"""
    return bool(_VERDICT.match(body) or _DENIED.search(body))


def render(k: Knowledge, facet: str | None, base: str, window: str | None, u: Understanding, today: date) -> str:
    """The entry's answer, narrowed and dated by its facet (or as written, for an entry with none), led by the yes
    or no to a value the question states when the facet gave none of its own."""
    body = (base if facet is None or facet not in FACETS else FACETS[facet].render(k, base, window, u, today)).strip()
    if not _judged(body) and (left := _left_verdict(u, body, today)):
        body = left + body
    if not _judged(body) and (enough := _enough_verdict(u, body)):
        body = enough + body
    if not _judged(body):
        body = _confirmed(u, body, today) + body
    if u.says(COINCIDE) and not _judged(body) and (named := exam_days(k, u)):
        # 「下个月20号想请假，跟高级考试撞不撞？离现在还有几天」: a day named, against the exams of the levels asked
        on = [e for e in k.notice.exams if e.date in named and (not u.levels or e.level in u.levels)]
        body = (f"会冲突，{format_date(on[0].date, year=False)}就是{on[0].level}考试。" if on else "不冲突。") + "\n" + body
    if u.says(COINCIDE):  # 「下周一开大会，跟高级考试撞不撞」: whether the two fall together, in those terms
        body = re.sub(r"^是的。", "会冲突。", re.sub(r"^不是。", "不冲突。", body))
        if _DENIED.search(body.split("\n")[0]) and not body.startswith("不冲突"):
            body = "不冲突，" + body  # 「12月9日没有考试」
    return body
