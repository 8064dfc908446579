"""The reminder plan: which deadlines a season has and when to remind of each, computed from its notice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from ..knowledge import (
    DeadlinesFile,
    Notice,
)

__all__ = ["DEADLINE_PLAN", "DeadlinePlan", "plan_deadlines", "reminder_plans"]


@dataclass(frozen=True)
class DeadlinePlan:
    """One deadline of every season: when it falls is computed from the notice, the rest is fixed text."""

    id: str
    title: str
    at: Callable[[Notice], datetime]
    remind: tuple[str, ...]
    detail: str


_END_OF_DAY = time(23, 59)


def _end(d: date) -> datetime:
    return datetime.combine(d, _END_OF_DAY)


def _start(d: date) -> datetime:
    return datetime.combine(d, time(0, 0))


_EXAM_DETAIL = (
    "{{schedule:{level}}}，{{exam_mode}}。请提前完成考试系统安装与调试，准考证请于考试前打印。"
    "考试系统出问题请找技术工作联系人：{{technical_contacts}}"
)
# The ids of the exam-day deadlines stay English and stable across seasons (reminder ledgers key on them).
_EXAM_IDS = {"初级": "junior", "中级": "intermediate", "高级": "senior"}

# Leads are chosen so reminders land in office hours: a window that ends at 23:59 is announced at 08:59
# six days, two days and on the day before it closes (plus 21:59 for the site application), and a window that
# opens at 00:00 is announced at 09:00 the day(s) before. Plain 7d/3d/1d leads would post at midnight.
_DAYTIME_END_LEADS = ("6d15h", "2d15h", "15h")
_DAYTIME_START_LEADS = ("15h",)

DEADLINE_PLAN: tuple[DeadlinePlan, ...] = (
    DeadlinePlan(
        "application-start",
        "考核站点申报、考生报名开始",
        lambda n: _start(min(n.site_application.start, n.registration.start)),
        _DAYTIME_START_LEADS,
        "考核站点申报时间为 {site_application}，考生报名时间为 {registration}。"
        "申报须填写{application_form}发送至 {application_email}，并联系本省考核站点业务联系人签订协议。",
    ),
    DeadlinePlan(
        "site-application",
        "考核站点申报截止",
        lambda n: _end(n.site_application.end),
        (*_DAYTIME_END_LEADS, "2h"),
        "填写{application_form}发送至 {application_email}，"
        "并联系本省考核站点业务联系人签订协议。审核通过后方可组织考试。",
    ),
    DeadlinePlan(
        "registration",
        "考生报名截止",
        lambda n: _end(n.registration.end),
        _DAYTIME_END_LEADS,
        "各考核站点组织本校学生统一报名，报名时间为 {registration}。",
    ),
    DeadlinePlan(
        "contact-filing",
        "考核站点考务负责人联系方式填报截止",
        lambda n: _end(n.contact_filing_deadline),
        _DAYTIME_END_LEADS,
        "请填报考务负责人、技术负责人联系方式，填报链接：{contact_form_url}",
    ),
    DeadlinePlan(
        "room-arrangement-start",
        "考场编排开始",
        lambda n: _start(n.room_arrangement.start),
        _DAYTIME_START_LEADS,
        "考场编排时间为 {room_arrangement}，在 1+X 平台上根据报名人数与考场实际情况完成考场编排。",
    ),
    DeadlinePlan(
        "room-arrangement",
        "考场编排截止",
        lambda n: _end(n.room_arrangement.end),
        ("2d15h", "15h"),
        "请在 1+X 平台上根据报名人数与考场实际情况完成考场编排（{room_arrangement}）。",
    ),
    DeadlinePlan(
        "ticket-printing-start",
        "准考证打印开始（缴费须在打印准考证前完成）",
        lambda n: _start(min(w.start for w in n.ticket_printing)),
        ("2d15h", "15h"),
        "已报名考生登录 1+X 平台打印准考证。考试费用须按考核站点协议于打印准考证前缴纳。打印时间： {ticket_printing}",
    ),
)


def _exam_start(notice: Notice, level: str) -> datetime:
    exam = notice.exam(level)
    if exam is None:
        raise KeyError(f"通知里没有{level}考试")
    return datetime.combine(exam.date, exam.paper("theory").start)


def _exam_plan(notice: Notice) -> list[DeadlinePlan]:
    """One deadline per level, at the start of its theory paper (the first paper of the day)."""
    plans = []
    for exam in notice.exams:
        plans.append(
            DeadlinePlan(
                f"exam-{_EXAM_IDS[exam.level]}",
                f"{exam.level}考试",
                lambda n, level=exam.level: _exam_start(n, level),
                ("1d", "2h"),
                _EXAM_DETAIL.format(level=exam.level),
            )
        )
    return plans


def reminder_plans(notice: Notice) -> list[DeadlinePlan]:
    return [*DEADLINE_PLAN, *_exam_plan(notice)]


def plan_deadlines(notice: Notice, timezone: str = "Asia/Shanghai") -> DeadlinesFile:
    """The season's deadlines, from its notice."""
    return DeadlinesFile.model_validate(
        {
            "timezone": timezone,
            "deadlines": [
                {
                    "id": p.id,
                    "title": p.title,
                    "at": p.at(notice),
                    "remind": list(p.remind),
                    "detail": p.detail,
                }
                for p in reminder_plans(notice)
            ],
        }
    )
