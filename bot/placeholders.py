"""The values faq.yaml answers and deadline details may name as `{placeholders}`, taken from the notice.

Answers that say `{registration}` instead of a date survive a new season: the importer writes a new notice,
and every answer follows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .dates import format_date, format_span

if TYPE_CHECKING:
    from .schema import Contacts, Notice, Person

__all__ = ["BEFORE", "PLACEHOLDER", "WINDOWS", "a_window", "fill", "notice_context", "windows_named"]

PLACEHOLDER = re.compile(r"\{([a-z_]+(?::[^{}\s]+)?)\}")
# The notice's windows: what `window:` may name for facet window_status, and the placeholders that print one.
WINDOWS = ("site_application", "registration", "room_arrangement", "ticket_printing", "contact_filing", "exams")
# `window: before_X` for a step due before window X opens (the fee, paid before tickets print): its last day is the
# day before X's first.
BEFORE = "before_"


def a_window(name: str | None) -> bool:
    """Can `window:` name this: one of WINDOWS, or before_ one of them that opens on a day (not the contact filing,
    a deadline alone: nothing is due before it opens)?"""
    opening = name.removeprefix(BEFORE) if name and name.startswith(BEFORE) else None
    return bool(name) and (name in WINDOWS or (opening in WINDOWS and opening != "contact_filing"))


def windows_named(template: str) -> list[str]:
    """The windows an answer prints through its placeholders ({registration}), in order, each once."""
    return list(dict.fromkeys(n for n in PLACEHOLDER.findall(template) if n in WINDOWS))


def fill(template: str, context: dict[str, str]) -> str:
    """Each `{name}` the context knows replaced by its value; unknown ones left as written."""
    return PLACEHOLDER.sub(lambda m: context.get(m.group(1), m.group(0)), template)


def _people(people: Iterable[Person]) -> str:
    return "；".join(f"{p.name} {'、'.join(p.phones)}" for p in people)


def notice_context(notice: Notice, contacts: Contacts) -> dict[str, str]:
    """The values faq.yaml answers may name as {placeholders}."""
    schedule = []
    for e in notice.exams:
        schedule.append(f"{e.level}：{format_date(e.date, weekday=True)} 理论 {e.theory}，实操 {e.practical}")
    tickets = [f"{w.level}：{format_span(w.start, w.end)}" for w in notice.ticket_printing]
    per_level = {f"schedule:{e.level}": line for e, line in zip(notice.exams, schedule, strict=True)}
    per_level |= {f"tickets:{w.level}": line for w, line in zip(notice.ticket_printing, tickets, strict=True)}
    ctx = {
        "season": notice.season,
        "title": notice.title,
        "issuer": notice.issuer,
        "certificate": notice.certificate,
        "exam_mode": notice.exam_mode,
        "schedule": "\n".join(schedule),
        "exam_dates": "、".join(f"{e.level} {format_date(e.date, weekday=True)}" for e in notice.exams),
        "site_application": str(notice.site_application),
        "site_application_end": format_date(notice.site_application.end),
        "registration": str(notice.registration),
        "registration_start": format_date(notice.registration.start),
        "registration_end": format_date(notice.registration.end),
        "room_arrangement": str(notice.room_arrangement),
        "ticket_printing": "\n".join(tickets),
        "ticket_printing_start": format_date(min(w.start for w in notice.ticket_printing)),
        "contact_filing_deadline": format_date(notice.contact_filing_deadline),
        "application_email": notice.application_email,
        "application_form": notice.application_form,
        "qq_group": notice.qq_group,
        "contact_form_url": notice.contact_form_url,
        "manual": notice.manual,
        "standard": notice.standard,
        "attachments": "\n".join(notice.attachments),
        "exam_affairs_contacts": _people(contacts.exam_affairs),
        "technical_contacts": _people(contacts.technical),
    }
    return ctx | per_level
