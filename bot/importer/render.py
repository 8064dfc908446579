"""The data files' text: notice.yaml, contacts.json and deadlines.yaml as staff will read them."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from ..knowledge import (
    Contacts,
    DeadlinesFile,
    Notice,
)
from .plan import DeadlinePlan

__all__ = ["render_contacts_json", "render_deadlines_yaml", "render_notice_yaml"]

_NOTICE_HEADER = """\
# 本季通知里的事实，每个事实只写一次。faq.yaml 的答案用 {占位符} 引用这里的值，
# 换季时 `python -m bot import 新通知.txt --out DIR` 会重新生成本文件、contacts.json 和 deadlines.yaml。
"""

_DEADLINES_HEADER = """\
# 截止日期和开始日期。at 是 timezone 里的当地时间；remind 是提前多久在群里提醒（7d、1d12h、2h、30m、45s）。
# detail 写清要做什么、找谁，可以用 faq.yaml 里同样的 {占位符}。
"""


def _scalar(value: Any) -> str:
    """A YAML scalar as a person would type it: plain when that reads back unchanged, else double-quoted."""
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    # Digits and colons alone ("9:00-10:30", "594707089") read back as numbers in YAML 1.1 tools: quote.
    if text and not re.fullmatch(r"[\d\s:.\-+]+", text) and "\n" not in text and text == text.strip():
        try:
            if YAML(typ="safe", pure=True).load(f"k: {text}") == {"k": text}:
                return text
        except YAMLError:
            pass
    return json.dumps(text, ensure_ascii=False)


def render_notice_yaml(notice: Notice) -> str:
    """notice.yaml in the layout of the shipped one (key order, comments, quoting)."""
    out = [_NOTICE_HEADER]
    for key in ("season", "title", "issuer", "certificate"):
        out.append(f"{key}: {_scalar(getattr(notice, key))}\n")
    out.append("exams:\n")
    for e in notice.exams:
        out.append(f"  - level: {_scalar(e.level)}\n    date: {_scalar(e.date)}\n")
        out.append(f"    theory: {_scalar(e.theory)}\n    practical: {_scalar(e.practical)}\n")
    out.append(f"exam_mode: {_scalar(notice.exam_mode)}\n")
    for key in ("site_application", "registration", "room_arrangement"):
        w = getattr(notice, key)
        out.append(f"{key}:\n  start: {_scalar(w.start)}\n  end: {_scalar(w.end)}\n")
    out.append("ticket_printing:\n")
    for w in notice.ticket_printing:
        out.append(f"  - level: {_scalar(w.level)}\n    start: {_scalar(w.start)}\n    end: {_scalar(w.end)}\n")
    for key in (
        "contact_filing_deadline",
        "application_email",
        "application_form",
        "qq_group",
        "contact_form_url",
        "manual",
        "standard",
    ):
        out.append(f"{key}: {_scalar(getattr(notice, key))}\n")
    out.append("attachments:\n" if notice.attachments else "attachments: []\n")
    out += [f"  - {_scalar(a)}\n" for a in notice.attachments]
    return "".join(out)


def _json_line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False)


def render_contacts_json(contacts: Contacts) -> str:
    """contacts.json with one person or row per line, so a season's changes read well in a diff."""

    def block(key: str, items: Iterable[Any]) -> str:
        rows = ",\n".join(f"    {_json_line(x.model_dump())}" for x in items)
        return f'  "{key}": [\n{rows}\n  ]' if rows else f'  "{key}": []'

    blocks = (
        block("exam_affairs", contacts.exam_affairs),
        block("technical", contacts.technical),
        block("provincial", contacts.provincial),
    )
    return "{\n" + ",\n".join(blocks) + "\n}\n"


def _at(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M" if dt.second == 0 else "%Y-%m-%d %H:%M:%S")


def render_deadlines_yaml(deadlines: DeadlinesFile, plans: Sequence[DeadlinePlan] | None = None) -> str:
    """deadlines.yaml in the layout of the shipped one; leads are written as the plan spells them."""
    spelled = {p.id: p.remind for p in plans or ()}
    out = [_DEADLINES_HEADER, f"timezone: {_scalar(deadlines.timezone)}\n", "deadlines:\n"]
    for d in deadlines.deadlines:
        leads = spelled.get(d.id) or tuple(_lead(x) for x in d.remind)
        out.append(f"  - id: {_scalar(d.id)}\n    title: {_scalar(d.title)}\n")
        out.append(f'    at: "{_at(d.at)}"\n    remind: [{", ".join(leads)}]\n')
        if d.detail:
            out.append(f"    detail: {_scalar(d.detail)}\n")
    return "".join(out)


def _lead(delta: timedelta) -> str:
    secs = int(delta.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if secs and secs % size == 0:
            return f"{secs // size}{unit}"
    return f"{secs}s"
