"""answer(question, now) → Reply: contacts, the schedule, the FAQ, or an honest fallback.

The order matters and is the whole policy:
1. a bare number right after a clarification picks that choice;
2. another exam or chit-chat gets no fact from this notice;
3. a contact's name, or a province or city with a contact word, goes to the ContactDirectory;
4. everything else goes to the FAQ index; its facet (exams, tickets, …) narrows the answer to what was asked;
5. too unsure: numbered choices; not found: say so and name the 考务 contacts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal

from .contacts import ContactDirectory
from .dates import WEEKDAYS, format_date, format_span
from .faq import FaqIndex, Hit
from .knowledge import FaqEntry, Knowledge, LevelWindow, Window
from .text import normalize, to_simplified

__all__ = ["Answerer", "Reply"]

ReplyKind = Literal["faq", "contact", "clarify", "fallback", "offtopic", "help"]

# Above ACCEPT an entry answers outright; between CLARIFY and ACCEPT, or when the runner-up is within MARGIN,
# the member is offered choices. Measured on the dev set and our own paraphrases (tools/bench_answer.py).
ACCEPT = 0.5
CLARIFY = 0.38
MARGIN = 0.04
MAX_QUESTION = 300  # characters looked at; a wall of text is not a question
CLARIFY_TTL = timedelta(minutes=10)

_CONTACT_WORDS = re.compile(
    r"联系人|联系方式|联系谁|找谁|找哪位|谁负责|负责人|负责|对接|电话|手机|号码|邮箱|邮件|微信|联系|"
    r"\bwho\b|\bcontact|\bhandles?\b|\bphone\b|\bemail\b|\bresponsible\b"
)
_TECH_WORDS = re.compile(r"系统|技术|软件|安装|调试|环境|报错|故障|登不上|登录不了|闪退")
_LEVELS = {"初级": "初级", "中级": "中级", "高级": "高级", "初": "初级", "中": "中级", "高": "高级"}
_LEVEL_RE = re.compile(r"(初|中|高)级|\b(junior|intermediate|senior|elementary|advanced)\b")
_LEVEL_EN = {"junior": "初级", "elementary": "初级", "intermediate": "中级", "senior": "高级", "advanced": "高级"}
_THEORY_RE = re.compile(r"理论|笔试|选择题|theory")
_PRACTICAL_RE = re.compile(r"实操|上机|操作|实践|实训|practical")
_DURATION_RE = re.compile(r"多久|多长|几个小时|几小时|几个钟|时长|多少分钟|几分钟|多少时间|how long")
_WEEKDAY_RE = re.compile(r"(?:星期|周|礼拜)([一二三四五六日天])")
_WEEKDAY_INDEX = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


@dataclass(frozen=True)
class Reply:
    text: str
    kind: ReplyKind
    entry_id: str | None = None
    choices: tuple[str, ...] = ()

    @property
    def answered(self) -> bool:
        """False for the replies staff should look at: fallbacks and clarifications."""
        return self.kind not in ("fallback", "clarify")


@dataclass
class _Pending:
    choices: tuple[str, ...]
    question: str
    expires: datetime


@dataclass
class Answerer:
    knowledge: Knowledge
    index: FaqIndex = field(init=False)
    contacts: ContactDirectory = field(init=False)
    _pending: dict[object, _Pending] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.index = FaqIndex(self.knowledge.faq)
        self.contacts = ContactDirectory(self.knowledge.contacts)
        self._other_topics = [normalize(w) for w in self.knowledge.faq.other_topics if normalize(w)]

    # ------------------------------------------------------------ the policy

    def answer(self, question: str, now: datetime | None = None, asker: object = None) -> Reply:
        now = self._local(now)
        text = normalize(question[: MAX_QUESTION * 4])[:MAX_QUESTION]
        if not text:
            return self.help()

        pending = self._pending.pop(asker, None) if asker is not None else None
        if pending and pending.expires > now and text.isdigit() and 1 <= int(text) <= len(pending.choices):
            entry = self.index.by_id(pending.choices[int(text) - 1])
            if entry is not None:
                return self._entry_reply(entry, pending.question, now)

        if self._is_other_topic(text):
            return self.offtopic()

        reply = self._contact_reply(text)
        if reply is not None:
            return reply

        hits = self.index.search(text)
        if hits and hits[0].score >= ACCEPT and (len(hits) < 2 or hits[0].score - hits[1].score >= MARGIN):
            return self._entry_reply(hits[0].entry, text, now)
        provinces = self.knowledge.regions.find(text)
        if provinces:  # "广东？" – a place and little else is a contact question
            return self._provinces_reply(provinces)
        close = [h for h in hits if h.score >= CLARIFY and hits[0].score - h.score < 0.12]
        if close and hits[0].score >= CLARIFY and len(close) >= 2:
            return self._clarify(close[:3], text, now, asker)
        if hits and hits[0].score >= ACCEPT:
            return self._entry_reply(hits[0].entry, text, now)
        return self.fallback()

    # ------------------------------------------------------------ fixed replies

    def help(self) -> Reply:
        return Reply(
            "我是考务助手，回答本季 Python 程序开发职业技能等级证书考核通知里的问题：\n"
            "· 考试时间：「中级实操几点开始」\n"
            "· 报名、站点申报、考场编排、准考证、缴费：「准考证什么时候打印」\n"
            "· 各省业务联系人：「广东谁负责」「成都的学校找谁」「林贺负责哪些省」\n"
            "· 考务和技术联系人：「技术问题找谁」\n"
            "在群里请 @我 提问。/reminders 查看即将到来的截止日期。",
            "help",
        )

    def fallback(self) -> Reply:
        return Reply(
            f"这个问题通知里没有写到，我没法确定答案。考务问题请联系：{self.contacts.exam_affairs_line()}。",
            "fallback",
        )

    def offtopic(self) -> Reply:
        return Reply(
            "我只回答本季 Python 程序开发职业技能等级证书考核的问题：考试时间、站点申报、报名、考场编排、缴费和各省联系人。"
            "其他问题恕我帮不上忙。",
            "offtopic",
        )

    # ------------------------------------------------------------ contacts

    def _contact_reply(self, text: str) -> Reply | None:
        names = self.contacts.names_in(text)
        if names:
            return Reply("\n".join(self.contacts.describe_person(n) for n in names[:3]), "contact")
        if not _CONTACT_WORDS.search(text):
            return None
        matches = self.knowledge.regions.find(text)
        if not matches:
            return None
        if _TECH_WORDS.search(text):
            return Reply(f"考试系统技术问题请找技术工作联系人：{self.contacts.technical_line()}", "contact")
        return self._provinces_reply(matches)

    def _provinces_reply(self, matches: list) -> Reply:
        provinces = list(dict.fromkeys(m.province for m in matches))[:6]
        via = {m.province: m.via for m in matches if self._is_city(m.via, m.province)}
        return Reply(self.contacts.describe_provinces(provinces, via), "contact")

    def _is_city(self, via: str, province: str) -> bool:
        """Was the province found through a city name (so the reply says 深圳属于广东)?"""
        form = to_simplified(via).strip()
        if not re.search(r"[\u4e00-\u9fff]", form):
            return False
        full = next((p.full_name for p in self.knowledge.regions.provinces() if p.name == province), province)
        return province not in form and form not in full

    # ------------------------------------------------------------ FAQ entries and their facets

    def _entry_reply(self, entry: FaqEntry, text: str, now: datetime) -> Reply:
        body = None
        if entry.facet == "exams":
            body = self._exams(text)
        elif entry.facet == "tickets":
            body = self._tickets(text)
        elif entry.facet == "countdown":
            body = self._countdown(now)
        if body is None:
            body = self.knowledge.render(entry.answer)
            if entry.facet == "window_status" and entry.window:
                body += "\n" + self._window_status(entry.window, now)
        return Reply(body.strip(), "faq", entry.id)

    def _levels(self, text: str) -> list[str]:
        found = []
        for m in _LEVEL_RE.finditer(text):
            found.append(_LEVELS[m.group(1)] if m.group(1) else _LEVEL_EN[m.group(2)])
        return list(dict.fromkeys(found))

    def _exams(self, text: str) -> str | None:
        notice = self.knowledge.notice
        levels = self._levels(text)
        weekdays = {_WEEKDAY_INDEX[m.group(1)] for m in _WEEKDAY_RE.finditer(text)}
        theory, practical = bool(_THEORY_RE.search(text)), bool(_PRACTICAL_RE.search(text))
        exams = [e for e in notice.exams if (not levels or e.level in levels)]
        if weekdays:
            exams = [e for e in exams if e.date.weekday() in weekdays]
            if not exams:
                days = "、".join(WEEKDAYS[d] for d in sorted(weekdays))
                return f"{days}没有考试。考试日期：{self.knowledge.context['exam_dates']}。"
        if not (levels or weekdays or theory or practical):
            return None  # a general question: the whole schedule as the entry writes it
        subjects = [s for s, on in (("theory", theory), ("practical", practical)) if on] or ["theory", "practical"]
        with_minutes = bool(_DURATION_RE.search(text))
        lines = []
        for e in exams:
            parts = []
            for s in subjects:
                span = e.paper(s)  # type: ignore[arg-type]
                label = "理论考试" if s == "theory" else "实操考试"
                parts.append(f"{label} {span}" + (f"（{span.minutes}分钟）" if with_minutes else ""))
            lines.append(f"{e.level}：{format_date(e.date, weekday=True)} {'，'.join(parts)}")
        return "\n".join(lines) + f"\n考核方式：{notice.exam_mode}。"

    def _tickets(self, text: str) -> str | None:
        levels = self._levels(text)
        if not levels:
            return None
        windows = [w for w in self.knowledge.notice.ticket_printing if w.level in levels]
        lines = [f"{w.level}准考证打印时间：{format_span(w.start, w.end)}" for w in windows]
        return "\n".join(lines) + "\n已报名考生登录 1+X 平台打印准考证。"

    def _countdown(self, now: datetime) -> str:
        today = now.date()
        exams = self.knowledge.notice.exams
        upcoming = [e for e in exams if e.date >= today]
        if not upcoming:
            last = max(e.date for e in exams)
            return (
                f"本季考试已于{format_date(last)}全部结束（今天是{format_date(today)}）。\n"
                f"考试日期：{self.knowledge.context['exam_dates']}。"
            )
        nxt = upcoming[0]
        if nxt.date == today:
            head = f"今天（{format_date(today)}）就是{nxt.level}考试。"
        else:
            head = f"离{nxt.level}考试（{format_date(nxt.date, weekday=True)}）还有 {(nxt.date - today).days} 天。"
        return head + f"\n考试日期：{self.knowledge.context['exam_dates']}。"

    def _window_status(self, window: str, now: datetime) -> str:
        """One line: has this window passed, is it open, or how long until it opens (never a negative count)."""
        notice = self.knowledge.notice
        today = now.date()
        spans: list[tuple[date, date]]
        if window == "contact_filing":
            spans = [
                (
                    today if today <= notice.contact_filing_deadline else notice.contact_filing_deadline,
                    notice.contact_filing_deadline,
                )
            ]
        elif window == "ticket_printing":
            spans = [(w.start, w.end) for w in notice.ticket_printing]
        elif window == "exams":
            spans = [(e.date, e.date) for e in notice.exams]
        else:
            w: Window | LevelWindow = getattr(notice, window)
            spans = [(w.start, w.end)]
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        if today > end:
            return f"已于{format_date(end)}截止（今天是{format_date(today)}）。"
        if today < start:
            return f"还没开始，离开始还有 {(start - today).days} 天。"
        left = (end - today).days
        return "今天是最后一天。" if left == 0 else f"现在正在进行，离截止还有 {left} 天。"

    # ------------------------------------------------------------ clarification and topics

    def _clarify(self, hits: list[Hit], text: str, now: datetime, asker: object) -> Reply:
        choices = tuple(h.entry.id for h in hits)
        if asker is not None:
            self._pending[asker] = _Pending(choices, text, now + CLARIFY_TTL)
            if len(self._pending) > 10_000:  # a flood of askers must not grow memory without bound
                self._pending = {k: v for k, v in self._pending.items() if v.expires > now}
        lines = [f"{i}. {h.entry.questions[0]}" for i, h in enumerate(hits, 1)]
        return Reply("你是想问：\n" + "\n".join(lines) + "\n回复数字即可。", "clarify", choices=choices)

    def _is_other_topic(self, text: str) -> bool:
        return any(w in text for w in self._other_topics)

    def _local(self, now: datetime | None) -> datetime:
        tz = self.knowledge.tz
        if now is None:
            return datetime.now(tz)
        return now.astimezone(tz) if now.tzinfo else now.replace(tzinfo=tz)
