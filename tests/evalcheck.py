"""Scoring a reply against an evaluation case: the facts it must carry, the facts it must not.

A case in tests/eval/*.yaml lists `expect` and `forbid` specs. A spec is a regular expression, or a shorthand
that stands for one or more of them:

    date:12-18        the 18th of December in any usual spelling (12月18日, 12-18, 2021/12/18, 18号 …)
    time:9:00         9:00 or 9点00 (a leading zero optional)
    person:林贺       a provincial contact: the name and the phone number
    only:林贺|王吉庆  forbid every provincial contact except those named
    offtopic          forbid anything that looks like a fact of the notice (a date, a time, the e-mail …)

The provincial contacts' phone numbers are read from data/contacts.json, the one place that holds them; what
the cases test is that the bot routes a place to the right person and prints that person's number.
A reply is compared after NFKC (full width to half width), without white space and in lower case.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path

__all__ = ["Verdict", "judge", "normalise", "patterns", "provincial_phones"]

CONTACTS = Path(__file__).resolve().parents[1] / "data" / "contacts.json"

# What a reply to a question that is not about the notice must not contain.
NOTICE_FACT_SHAPES = (
    r"\d{1,2}月\d{1,2}[日号]",  # a date
    r"(?<!\d)\d{1,2}:\d{2}(?!\d)",  # a time of day
    r"(?<!\d)12[-/.]\d{1,2}(?!\d)",  # a December date written with a dash or slash
    "sales@",  # the notice's e-mail
    r"1\+x",  # the certificate's name
    "准考证",
    "机考",
)


def normalise(text: str) -> str:
    """The form replies and patterns are compared in: NFKC, no white space, lower case."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


@cache
def provincial_phones() -> dict[str, str]:
    """Name → phone of every provincial business contact, as data/contacts.json lists them."""
    rows = json.loads(CONTACTS.read_text(encoding="utf-8"))["provincial"]
    return {row["name"]: row["phone"] for row in rows}


def _date(month: int, day: int) -> str:
    # Year optional; 月/日 or a dash, slash or dot; no digit glued on either side (12-18 is not 12-180).
    return rf"(?<!\d)(?:20\d\d[年\-/.])?0?{month}(?:月|[-/.])0?{day}(?:日|号)?(?!\d)"


def _time(hh_mm: str) -> str:
    hours, minutes = hh_mm.split(":")
    return rf"(?<!\d)0?{int(hours)}[:点]{minutes}(?!\d)"


def patterns(spec: str) -> list[str]:
    """The regular expressions one spec of a case stands for (see the module's docstring)."""
    kind, _, arg = spec.partition(":")
    if kind == "date" and arg:
        month, day = arg.split("-")
        return [_date(int(month), int(day))]
    if kind == "time" and arg:
        return [_time(arg)]
    if kind == "person" and arg:
        return [arg, provincial_phones()[arg]]
    if kind == "only" and arg:
        allowed = set(arg.split("|"))
        return ["|".join(name for name in provincial_phones() if name not in allowed)]
    if kind == "offtopic" and not arg:
        return list(NOTICE_FACT_SHAPES)
    return [spec]


class Verdict:
    """What a reply missed and what it should not have said; true when it did neither."""

    def __init__(self, missing: list[str], forbidden: list[str]):
        self.missing = missing
        self.forbidden = forbidden

    def __bool__(self) -> bool:
        return not self.missing and not self.forbidden

    def __str__(self) -> str:
        return "; ".join([f"missing {p}" for p in self.missing] + [f"forbidden {p}" for p in self.forbidden])


def judge(reply: str, expect: Sequence[str] = (), forbid: Sequence[str] = ()) -> Verdict:
    """Check a reply against specs: every `expect` must match, no `forbid` may."""
    text = normalise(reply)
    want = [p for spec in expect for p in patterns(str(spec))]
    never = [p for spec in forbid for p in patterns(str(spec))]
    return Verdict(
        [p for p in want if not re.search(p, text, re.I)],
        [p for p in never if re.search(p, text, re.I)],
    )
