"""Values as notices print them: dates, windows, times, phones, e-mails, headings, tab-separated tables.

Notices come out of Word and PDF with full-width digits, odd dashes and cells split by tabs; this module
turns such lines into plain values and knows nothing of which fact a line holds (that is `parse`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..dates import TimeRange

__all__ = [
    "DATE_RE",
    "EMAIL_RE",
    "HEADING_RE",
    "PHONE_RE",
    "SEASON_RE",
    "SUBHEADING_RE",
    "WEEKDAY_RE",
    "Season",
    "Table",
    "ascii_text",
    "cell",
    "cells_of",
    "clean_line",
    "dates_in",
    "find_table",
    "single_date",
    "time_range_in",
    "window_in",
]

# Notices come out of Word and PDF with full-width digits and colons and a zoo of dashes; dates and times
# are matched on a normalised copy, while names and titles are kept exactly as the notice writes them.
TO_ASCII = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "：": ":",
        "（": "(",
        "）": ")",
        "\u3000": " ",
        "\u00a0": " ",
        **dict.fromkeys("－—–―‒−~～〜", "-"),
    }
)
DASH = r"(?:-+|至|到)"
DATE_RE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|号)")
SEASON_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")
WEEKDAY_RE = re.compile(r"^\(?\s*(星期[一二三四五六日天]|周[一二三四五六日天])\s*\)?$")
PHONE_RE = re.compile(r"(?<![\d\-])(?:0\d{2,3}-\d{7,8}|1\d{10})(?![\d\-])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
SUBHEADING_RE = re.compile(r"^\(([一二三四五六七八九十]+)\)\s*(.*)$")
HEADING_RE = re.compile(r"^([一二三四五六七八九十]+)、\s*(.*)$")


def ascii_text(text: str) -> str:
    return text.translate(TO_ASCII)


def clean_line(line: str) -> str:
    """A line without its surrounding spaces (tabs inside are table cells and stay)."""
    return line.strip(" \u3000\u00a0\r\n\ufeff")


@dataclass(frozen=True)
class Season:
    """The exam month from the title: the year of a date written without one is inferred from it."""

    year: int
    month: int

    def date(self, year: str | None, month: int, day: int) -> date:
        if year:
            return date(int(year), month, day)
        # The notice's dates lie within a few months of the exams, so the year that puts the date nearest
        # the exam month is the right one (a December season's "1 月 3 日" is next January).
        candidates = (self.year - 1, self.year, self.year + 1)
        best = min(candidates, key=lambda y: abs((y * 12 + month) - (self.year * 12 + self.month)))
        return date(best, month, day)


def dates_in(text: str, season: Season) -> list[tuple[date, re.Match[str]]]:
    found = []
    for m in DATE_RE.finditer(ascii_text(text)):
        year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
        try:
            found.append((season.date(year, month, day), m))
        except ValueError:
            continue  # "2 月 30 日": no such day; the cell is then reported as unreadable
    return found


def window_in(text: str, season: Season) -> tuple[date, date] | None:
    """'2021 年 10 月 20 日至 2021 年 11 月 20 日', '12 月 1 日-12 月 15 日' → (start, end)."""
    norm = ascii_text(text).strip()
    found = dates_in(norm, season)
    if len(found) != 2:
        return None
    (start, m1), (end, m2) = found
    between = norm[m1.end() : m2.start()].strip()
    if m1.start() != 0 or norm[m2.end() :].strip() or not re.fullmatch(DASH, between):
        return None
    if m2.group(1) is None:
        # An end written without a year belongs to the start's year, or the next one if it wraps.
        try:
            end = end.replace(year=start.year)
            if end < start:
                end = end.replace(year=start.year + 1)
        except ValueError:  # 2 月 29 日 in a year without one
            return None
    if end < start:
        return None
    return start, end


def single_date(text: str, season: Season) -> date | None:
    norm = ascii_text(text).strip()
    found = dates_in(norm, season)
    if len(found) == 1 and found[0][1].group(0) == norm:
        return found[0][0]
    return None


def time_range_in(text: str) -> str | None:
    try:
        return str(TimeRange.parse(ascii_text(text)))
    except ValueError:
        return None


# ---------------------------------------------------------------- tables


@dataclass
class Table:
    """A tab-separated table: its header cells and its rows, each with its line number."""

    header_line: int
    header: list[str]
    rows: list[tuple[int, list[str]]]

    def column(self, *words: str, avoid: str = "") -> int | None:
        """The first header cell containing one of `words` (and not `avoid`)."""
        for i, cell in enumerate(self.header):
            if any(w in cell for w in words) and not (avoid and avoid in cell):
                return i
        return None

    @property
    def lines(self) -> set[int]:
        return {self.header_line, *(n for n, _ in self.rows)}


def cells_of(line: str) -> list[str]:
    return [c.strip(" \u3000\u00a0") for c in clean_line(line).split("\t")]


def find_table(lines: Sequence[str], *needed: str) -> Table | None:
    """The table whose header has a cell containing each of `needed`; it runs until a line without tabs."""
    for i, line in enumerate(lines):
        if "\t" not in line:
            continue
        header = cells_of(line)
        if not all(any(w in cell for cell in header) for w in needed):
            continue
        rows: list[tuple[int, list[str]]] = []
        for j in range(i + 1, len(lines)):
            if not clean_line(lines[j]):
                continue  # stray blank lines inside a table are an artefact of the conversion
            if "\t" not in lines[j]:
                break
            cells = cells_of(lines[j])
            cells += [""] * (len(header) - len(cells))
            rows.append((j + 1, cells))
        return Table(i + 1, header, rows)
    return None


def cell(cells: list[str], col: int | None) -> str:
    return cells[col] if col is not None and col < len(cells) else ""
