"""The shape of the data files, as pydantic models, and the loaded whole (`Knowledge`).

Nothing here reads a file: `bot.loader` turns data/ into these types and says where a file is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from .dates import TimeRange, format_span, parse_duration, parse_local_datetime
from .placeholders import fill
from .problems import Problem

__all__ = [
    "BUNDLED_DATA",
    "CONTACTS_FILE",
    "CONTACT_WORDS_FILE",
    "DATA_FILES",
    "DEADLINES_FILE",
    "FACETS",
    "FAQ_FILE",
    "LEVELS",
    "NOTICE_FILE",
    "REGIONS_FILE",
    "ContactWords",
    "Contacts",
    "Deadline",
    "DeadlinesFile",
    "Exam",
    "FaqEntry",
    "FaqFile",
    "Knowledge",
    "LevelWindow",
    "Notice",
    "Person",
    "ProvinceRow",
    "Window",
]

FAQ_FILE = "faq.yaml"
CONTACTS_FILE = "contacts.json"
DEADLINES_FILE = "deadlines.yaml"
NOTICE_FILE = "notice.yaml"
REGIONS_FILE = "regions.json"
CONTACT_WORDS_FILE = "contact_words.yaml"
DATA_FILES = (NOTICE_FILE, CONTACTS_FILE, FAQ_FILE, DEADLINES_FILE, REGIONS_FILE, CONTACT_WORDS_FILE)

LEVELS = ("初级", "中级", "高级")
BUNDLED_DATA = Path(__file__).resolve().parent.parent / "data"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Window(_Model):
    start: date
    end: date

    def __str__(self) -> str:
        return format_span(self.start, self.end)


class Exam(_Model):
    level: str
    date: date
    theory: str
    practical: str

    @field_validator("theory", "practical")
    @classmethod
    def _time_range(cls, v: str) -> str:
        return str(TimeRange.parse(v))

    def paper(self, subject: Literal["theory", "practical"]) -> TimeRange:
        return TimeRange.parse(self.theory if subject == "theory" else self.practical)


class LevelWindow(Window):
    level: str


class Notice(_Model):
    season: str
    title: str
    issuer: str
    certificate: str
    exams: list[Exam] = Field(min_length=1)
    exam_mode: str
    site_application: Window
    registration: Window
    room_arrangement: Window
    ticket_printing: list[LevelWindow] = Field(min_length=1)
    contact_filing_deadline: date
    application_email: str
    application_form: str
    qq_group: str
    contact_form_url: str
    manual: str
    standard: str = ""
    attachments: list[str] = []

    def exam(self, level: str) -> Exam | None:
        return next((e for e in self.exams if e.level == level), None)

    def tickets(self, level: str) -> LevelWindow | None:
        return next((w for w in self.ticket_printing if w.level == level), None)

    def opens(self, window: str) -> date | None:
        """The first day of a window the notice sets (the earliest level's, for one kept by level); None for a
        deadline alone (the contact filing) or a name that is no window."""
        if window == "ticket_printing":
            return min(w.start for w in self.ticket_printing)
        if window == "exams":
            return min(e.date for e in self.exams)
        w = getattr(self, window, None)
        return w.start if isinstance(w, Window) else None

    def spans(self) -> list[tuple[date, date]]:
        """Every date the notice sets, as (first day, last day): its windows, each level's tickets, each exam day and
        the contact filing deadline."""
        windows = [self.site_application, self.registration, self.room_arrangement, *self.ticket_printing]
        days = [*(e.date for e in self.exams), self.contact_filing_deadline]
        return [(w.start, w.end) for w in windows] + [(d, d) for d in days]


class Person(_Model):
    name: str = Field(min_length=1)
    phones: list[str] = Field(min_length=1)


class ProvinceRow(_Model):
    provinces: list[str] = Field(min_length=1)
    name: str = Field(min_length=1)
    phone: str = Field(min_length=1)
    email: str = ""


class Contacts(_Model):
    exam_affairs: list[Person] = Field(min_length=1)
    technical: list[Person] = []
    provincial: list[ProvinceRow] = []


def _words(v: list[str]) -> list[str]:
    for w in v:
        if not w.strip():
            raise ValueError("有一个词是空的")
    return v


Words = Annotated[list[str], AfterValidator(_words)]


class ContactWords(_Model):
    """contact_words.yaml: what members call the notice's contact groups and their own sites (bot.routing)."""

    exam_affairs: Words = Field(min_length=1)  # 「考务问题找谁」
    technical: Words = Field(min_length=1)  # 「考试系统装不上找谁」
    not_a_role: Words = []  # holds a role word and asks nothing of it: the bot's own name, 考务助手
    sites: Words = Field(min_length=1)  # 「我们的考点找谁」「四川的学校」
    provincial: Words = []  # what the notice gives the provincial business contacts: 「协议找谁签」「业务联系人」


FACETS = ("exams", "tickets", "countdown", "window_status", "timeline")


def _not_blank(v: str) -> str:
    if not v.strip():
        raise ValueError("这个问法是空的")
    return v


def _with_offset(text: str) -> datetime:
    """'2021-11-20 23:59+05:00' (ISO 8601 with a UTC offset); anything else is not a deadline time."""
    try:
        at = datetime.fromisoformat(text.strip())
    except ValueError:
        at = None
    if at is None or at.tzinfo is None or ":" not in text:
        raise ValueError(f'时间写法不对：{text!r}，应写成 "2021-11-20 23:59"')
    return at


MAX_LEAD = timedelta(days=366)  # a reminder more than a year ahead is a typo (99999999999d), not a plan
YEARS = range(2000, 2201)  # a deadline outside these is a typo too (year 1 would overflow the planner)


def _lead(v: Any) -> Any:
    lead = v if isinstance(v, timedelta) else parse_duration(v)
    if lead > MAX_LEAD:
        raise ValueError(f"提前量 {v} 太长了，最多 {MAX_LEAD.days} 天（366d）")
    return lead


class FaqEntry(_Model):
    id: str = Field(pattern=r"^[A-Za-z0-9_\-]+$")
    # Checked one by one, so a blank question is reported on its own line.
    questions: list[Annotated[str, AfterValidator(_not_blank)]] = Field(min_length=1)
    answer: str
    keywords: list[str] = []
    # How a question narrows the answer: `exams` (level, subject, weekday), `tickets` (level),
    # `countdown` (days to the exams), `window_status` (is `window` open now?), `timeline` (every dated step, by
    # where today stands). None: the answer as written.
    facet: Literal["exams", "tickets", "countdown", "window_status", "timeline"] | None = None
    window: str | None = None

    @field_validator("answer")
    @classmethod
    def _non_empty(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("回答是空的")
        return v.strip()


class FaqFile(_Model):
    faqs: list[FaqEntry] = Field(min_length=1)
    # Words people use for the same thing: the key is what the entries say, the list what members type.
    synonyms: dict[str, list[str]] = {}
    # Other exams and subjects this bot must not answer with this notice's facts.
    other_topics: list[str] = []


class Deadline(_Model):
    id: str = Field(pattern=r"^[A-Za-z0-9_\-]+$")
    title: str = Field(min_length=1)
    at: datetime
    # Each lead parsed on its own, so a bad one (3天) is reported on its own line.
    remind: list[Annotated[timedelta, BeforeValidator(_lead)]] = Field(min_length=1)
    detail: str = ""

    @field_validator("at", mode="before")
    @classmethod
    def _at(cls, v: Any) -> datetime:
        # Local time in the file's timezone as a rule; an explicit UTC offset ("…T10:00:00+05:00") is kept
        # and honoured by `at_in`, never silently read as local time.
        if isinstance(v, datetime):
            at = v
        else:
            try:
                at = parse_local_datetime(str(v))
            except ValueError:
                at = _with_offset(str(v))
        if at.year not in YEARS:
            raise ValueError(f'年份 {at.year} 不对，应写成 "2021-11-20 23:59" 这样')
        return at

    def at_in(self, tz: ZoneInfo) -> datetime:
        """The deadline as an aware time: `at` read in the file's timezone, or at its own UTC offset if it has one."""
        return self.at.astimezone(tz) if self.at.tzinfo is not None else self.at.replace(tzinfo=tz)

    @field_validator("remind", mode="before")
    @classmethod
    def _leads(cls, v: Any) -> list[Any]:
        if not isinstance(v, list):
            raise ValueError("应是一个列表，例如 [7d, 1d, 2h]")
        return v


class DeadlinesFile(_Model):
    timezone: str = "Asia/Shanghai"
    deadlines: list[Deadline] = []

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"不认识的时区 {v!r}，例如 Asia/Shanghai") from None
        return v


# ---------------------------------------------------------------- the loaded whole


@dataclass(frozen=True)
class Knowledge:
    notice: Notice
    contacts: Contacts
    faq: FaqFile
    deadlines: DeadlinesFile
    regions: Any  # bot.regions.RegionIndex (kept loose so the loader stays importable on its own)
    digest: str
    context: dict[str, str] = field(default_factory=dict)
    warnings: tuple[Problem, ...] = ()
    # file name → fingerprint of the exact bytes this was parsed from (bot.loader.fingerprint)
    fingerprints: dict[str, str] = field(default_factory=dict)
    words: ContactWords | None = None  # contact_words.yaml (always set by bot.loader.load)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.deadlines.timezone)

    def render(self, template: str) -> str:
        return fill(template, self.context)
