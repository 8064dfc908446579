"""The importer: a season's notice (the plain text of the .docx or .pdf) → a complete data folder.

Every season the company issues a notice on the same template; only the values change. The importer reads
the facts by the notice's headings and table headers (never by line numbers), writes them to notice.yaml,
contacts.json and deadlines.yaml, and copies faq.yaml and regions.json from the bundled `data/` untouched,
because those two hold no fact of any one notice.

It is honest about what it could not read: every table row or list line it could not interpret is kept in
`ImportResult.unread`, and a folder is written only when every table was read and the result validates.

Reading order: `parse_notice` (text → `ImportResult`), `plan_deadlines` (facts → deadlines),
`render_*` (facts → file text), `write_folder` (atomic), `run_import` (the CLI's report).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from .dates import WEEKDAYS, TimeRange, format_date, format_span
from .knowledge import (
    CONTACTS_FILE,
    DEADLINES_FILE,
    FAQ_FILE,
    LEVELS,
    NOTICE_FILE,
    REGIONS_FILE,
    Contacts,
    DataError,
    DeadlinesFile,
    Notice,
    load,
)

__all__ = [
    "BUNDLED_DATA",
    "DEADLINE_PLAN",
    "DeadlinePlan",
    "ImportResult",
    "Unread",
    "parse_notice",
    "plan_deadlines",
    "render_contacts_json",
    "render_deadlines_yaml",
    "render_notice_yaml",
    "run_import",
    "write_folder",
]

# The folder shipped with the package: faq.yaml and regions.json are copied from here, and the province
# list that the province table is checked against comes from its regions.json.
BUNDLED_DATA = Path(__file__).resolve().parent.parent / "data"

# Not part of the mainland's 31 provinces: a province without a contact there is not worth a warning.
_OUTSIDE_MAINLAND = frozenset({"香港", "澳门", "台湾"})


# ---------------------------------------------------------------- what an import produces


@dataclass(frozen=True)
class Unread:
    """A line the importer could not interpret. `fatal` ones (table rows, missing facts) stop the import."""

    line: int  # 1-based line in the notice; 0 when the problem is a fact that was not found at all
    text: str
    reason: str
    fatal: bool = True

    def __str__(self) -> str:
        if not self.line:
            return self.reason
        # Table cells are shown with a visible separator: a tab in a terminal looks like any space.
        shown = " | ".join(c.strip() for c in self.text.strip().split("\t")) or "（表头）"
        return f"第 {self.line} 行：{shown}\n      → {self.reason}"


@dataclass
class ImportResult:
    """The facts read from one notice, and everything that could not be read."""

    notice: Notice | None = None
    contacts: Contacts | None = None
    deadlines: DeadlinesFile | None = None
    unread: list[Unread] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Mainland provinces that no row of the province table covers (a warning: the seed itself lacks one).
    uncovered_provinces: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every table was read and every fact the data files need was found."""
        has_facts = None not in (self.notice, self.contacts, self.deadlines)
        return has_facts and not any(u.fatal for u in self.unread)


# ---------------------------------------------------------------- text as notices print it

# Notices come out of Word and PDF with full-width digits and colons and a zoo of dashes; dates and times
# are matched on a normalised copy, while names and titles are kept exactly as the notice writes them.
_TO_ASCII = str.maketrans(
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
_DASH = r"(?:-+|至|到)"
_DATE_RE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|号)")
_SEASON_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")
_WEEKDAY_RE = re.compile(r"^\(?\s*(星期[一二三四五六日天]|周[一二三四五六日天])\s*\)?$")
_PHONE_RE = re.compile(r"(?<![\d\-])(?:0\d{2,3}-\d{7,8}|1\d{10})(?![\d\-])")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_SUBHEADING_RE = re.compile(r"^\(([一二三四五六七八九十]+)\)\s*(.*)$")
_HEADING_RE = re.compile(r"^([一二三四五六七八九十]+)、\s*(.*)$")


def _ascii(text: str) -> str:
    return text.translate(_TO_ASCII)


def _clean(line: str) -> str:
    """A line without its surrounding spaces (tabs inside are table cells and stay)."""
    return line.strip(" \u3000\u00a0\r\n\ufeff")


@dataclass(frozen=True)
class _Season:
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


def _dates(text: str, season: _Season) -> list[tuple[date, re.Match[str]]]:
    found = []
    for m in _DATE_RE.finditer(_ascii(text)):
        year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
        try:
            found.append((season.date(year, month, day), m))
        except ValueError:
            continue  # "2 月 30 日": no such day; the cell is then reported as unreadable
    return found


def _window(text: str, season: _Season) -> tuple[date, date] | None:
    """'2021 年 10 月 20 日至 2021 年 11 月 20 日', '12 月 1 日-12 月 15 日' → (start, end)."""
    norm = _ascii(text).strip()
    found = _dates(norm, season)
    if len(found) != 2:
        return None
    (start, m1), (end, m2) = found
    between = norm[m1.end() : m2.start()].strip()
    if m1.start() != 0 or norm[m2.end() :].strip() or not re.fullmatch(_DASH, between):
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


def _single_date(text: str, season: _Season) -> date | None:
    norm = _ascii(text).strip()
    found = _dates(norm, season)
    if len(found) == 1 and found[0][1].group(0) == norm:
        return found[0][0]
    return None


def _time_range(text: str) -> str | None:
    try:
        return str(TimeRange.parse(_ascii(text)))
    except ValueError:
        return None


# ---------------------------------------------------------------- tables


@dataclass
class _Table:
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


def _cells(line: str) -> list[str]:
    return [c.strip(" \u3000\u00a0") for c in _clean(line).split("\t")]


def _find_table(lines: Sequence[str], *needed: str) -> _Table | None:
    """The table whose header has a cell containing each of `needed`; it runs until a line without tabs."""
    for i, line in enumerate(lines):
        if "\t" not in line:
            continue
        header = _cells(line)
        if not all(any(w in cell for cell in header) for w in needed):
            continue
        rows: list[tuple[int, list[str]]] = []
        for j in range(i + 1, len(lines)):
            if not _clean(lines[j]):
                continue  # stray blank lines inside a table are an artefact of the conversion
            if "\t" not in lines[j]:
                break
            cells = _cells(lines[j])
            cells += [""] * (len(header) - len(cells))
            rows.append((j + 1, cells))
        return _Table(i + 1, header, rows)
    return None


def _cell(cells: list[str], col: int | None) -> str:
    return cells[col] if col is not None and col < len(cells) else ""


# ---------------------------------------------------------------- the parser


class _Reader:
    """Walks one notice; each `read_*` fills in facts and records what it used and what it could not read."""

    def __init__(self, text: str, provinces: Sequence[str]):
        self.lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.known_provinces = list(provinces)
        self.used: set[int] = set()  # 1-based numbers of lines whose facts were taken
        self.unread: list[Unread] = []
        self.warnings: list[str] = []
        self.facts: dict[str, Any] = {}
        self.season = _Season(1970, 1)

    # -- helpers

    def miss(self, what: str) -> None:
        self.unread.append(Unread(0, "", f"没有找到{what}"))

    def bad(self, line: int, reason: str, *, fatal: bool = True) -> None:
        self.unread.append(Unread(line, self.lines[line - 1], reason, fatal))

    def search(self, pattern: str | re.Pattern[str], *, ascii_: bool = False) -> tuple[int, re.Match[str]] | None:
        """The first line matching `pattern` (on the normalised text when `ascii_`), marked as used."""
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        for n, line in enumerate(self.lines, start=1):
            m = rx.search(_ascii(line) if ascii_ else line)
            if m:
                self.used.add(n)
                return n, m
        return None

    # -- the title block

    def read_title(self) -> None:
        for n, raw in enumerate(self.lines, start=1):
            line = _clean(raw)
            if not (line.startswith("关于") and line.endswith("通知")):
                continue
            season = _SEASON_RE.search(_ascii(line))
            if not season:
                self.bad(n, "标题里没有考试的年份和月份（如 2021 年 12 月）")
                return
            self.used.add(n)
            self.season = _Season(int(season.group(1)), int(season.group(2)))
            self.facts["season"] = f"{self.season.year}年{self.season.month}月"
            self.facts["title"] = line
            cert = re.search(r"\d{1,2}\s*月\s*(.+?证书)", line)
            if cert:
                self.facts["certificate"] = cert.group(1).strip()
            else:
                self.bad(n, "标题里没有认出证书名称（……等级证书）")
            issuer = next((_clean(x) for x in self.lines[: n - 1] if _clean(x)), "")
            if issuer:
                self.facts["issuer"] = issuer
            else:
                self.miss("标题上方的发文单位")
            return
        self.miss("通知标题（“关于……的通知”那一行）")

    # -- 一、时间安排

    def read_schedule(self) -> None:
        table = _find_table(self.lines, "级别", "科目", "日期")
        if table is None:
            self.miss("时间安排表（表头：级别、科目、日期、时间）")
            return
        self.used |= table.lines
        level_col, subject_col = table.column("级别"), table.column("科目")
        date_col, time_col = table.column("日期"), table.column("时间", avoid="日期")
        mode_col = table.column("方式")
        if time_col is None:
            self.bad(table.header_line, "时间安排表没有“时间”这一列")
            return
        exams: dict[str, dict[str, Any]] = {}
        level = ""
        modes: list[str] = []
        for n, cells in table.rows:
            level = _cell(cells, level_col) or level
            subject, when, span = _cell(cells, subject_col), _cell(cells, date_col), _cell(cells, time_col)
            if not level:
                self.bad(n, "这一行前面没有级别")
                continue
            exam = exams.setdefault(level, {"level": level})
            key = "theory" if "理论" in subject else "practical" if "实操" in subject else None
            times = _time_range(span)
            day = _single_date(when, self.season) if when else None
            weekday = _WEEKDAY_RE.match(_ascii(when).strip()) if when else None
            if key is None or times is None or (when and day is None and weekday is None):
                what = (
                    "科目（理论考试/实操考试）" if key is None else "时间（如 9:00-10:30）" if times is None else "日期"
                )
                self.bad(n, f"时间安排表的这一行没读懂：{what}")
                continue
            if key in exam:
                self.bad(n, f"{level}的{subject}出现了两次")
                continue
            exam[key] = times
            if day is not None:
                if "date" in exam and exam["date"] != day:
                    self.bad(n, f"{level}有两个不同的考试日期")
                    continue
                exam["date"] = day
            elif weekday is not None:
                exam.setdefault("_weekday", (n, weekday.group(1)))
            mode = _cell(cells, mode_col)
            if mode and mode not in modes:
                modes.append(mode)
        for level, exam in exams.items():
            missing = [
                w
                for k, w in (("date", "日期"), ("theory", "理论考试时间"), ("practical", "实操考试时间"))
                if k not in exam
            ]
            if missing:
                self.unread.append(
                    Unread(
                        table.header_line,
                        "",
                        f"时间安排表里{level}缺少{'、'.join(missing)}（表格是否不完整？）",
                    )
                )
                continue
            self._check_weekday(level, exam)
        self.facts["exams"] = [
            {k: v for k, v in e.items() if not k.startswith("_")}
            for e in exams.values()
            if {"date", "theory", "practical"} <= e.keys()
        ]
        if not exams:
            self.unread.append(Unread(table.header_line, "", "时间安排表里一行也没有读到"))
        if len(modes) > 1:
            self.warnings.append(f"考核方式不止一种（{'、'.join(modes)}），数据里只记第一种：{modes[0]}")
        if modes:
            self.facts["exam_mode"] = modes[0]
        else:
            self.miss("考核方式（时间安排表的“考核方式”一列，如 机考）")

    def _check_weekday(self, level: str, exam: dict[str, Any]) -> None:
        """The (星期六) under a date is a check digit: a mismatch means the notice or the reading is wrong."""
        if "_weekday" not in exam:
            return
        n, written = exam["_weekday"]
        actual = WEEKDAYS[exam["date"].weekday()]
        if written.replace("周", "星期").replace("天", "日") != actual:
            self.warnings.append(
                f"第 {n} 行：{level}考试 {format_date(exam['date'])} 是{actual}，通知却写着{written}，请核对"
            )

    # -- 二、考试报名

    def read_arrangements(self) -> None:
        table = _find_table(self.lines, "级别", "报名", "准考证")
        if table is None:
            self.miss("报名、编排考场、打印准考证的安排表（表头：级别、报名时间、编排考场时间、打印准考证时间）")
            return
        self.used |= table.lines
        level_col = table.column("级别")
        columns = {
            "registration": table.column("报名"),
            "room_arrangement": table.column("编排"),
            "ticket_printing": table.column("准考证"),
        }
        # A blank cell repeats the value above it (the .docx merged those cells).
        above: dict[str, tuple[date, date] | None] = dict.fromkeys(columns)
        shared: dict[str, tuple[date, date]] = {}
        tickets: list[dict[str, Any]] = []
        for n, cells in table.rows:
            level = _cell(cells, level_col)
            if not level:
                self.bad(n, "这一行没有级别")
                continue
            row: dict[str, tuple[date, date]] = {}
            for key, col in columns.items():
                text = _cell(cells, col)
                span = _window(text, self.season) if text else above[key]
                if span is None:
                    break
                row[key] = above[key] = span
            if len(row) < len(columns):
                self.bad(n, "安排表的这一行没读懂：每格应是“X 月 X 日-X 月 X 日”这样的时间段")
                continue
            for key in ("registration", "room_arrangement"):
                if shared.setdefault(key, row[key]) != row[key]:
                    self.bad(n, f"{level}的{table.header[columns[key] or 0]}和其他级别不同，数据里只能记一个")
            start, end = row["ticket_printing"]
            tickets.append({"level": level, "start": start, "end": end})
        for key in ("registration", "room_arrangement"):
            if key in shared:
                start, end = shared[key]
                self.facts[key] = {"start": start, "end": end}
        if tickets:
            self.facts["ticket_printing"] = tickets
        else:
            self.unread.append(Unread(table.header_line, "", "安排表里一行也没有读到"))

    def read_registration_prose(self) -> None:
        found = self.search(r"申报时间\s*(?:为|是)?\s*:?\s*(.+?)[,，。;；]", ascii_=True)
        span = _window(found[1].group(1), self.season) if found else None
        if span is None:
            if found:
                self.bad(found[0], "考核站点申报时间没读懂")
            else:
                self.miss("考核站点申报时间（“申报时间为：……”）")
        else:
            self.facts["site_application"] = {"start": span[0], "end": span[1]}
        found = self.search(r"发送至\s*(" + _EMAIL_RE.pattern + ")")
        if found:
            self.facts["application_email"] = found[1].group(1)
        else:
            self.miss("申报邮箱（“发送至 ……@……”）")
        found = self.search(r"填写\s*(附件\s*\d+\s*[（(][^）)]*[）)])")
        if found:
            # The notice writes "附件 2（…）" with a space; the data file has always said "附件2（…）".
            self.facts["application_form"] = re.sub(r"附件\s+(\d)", r"附件\1", found[1].group(1))
        else:
            self.miss("申报要填的表（“填写附件 2（……）”）")
        found = self.search(r"《[^《》]*标准》")
        if found:
            self.facts["standard"] = found[1].group(0)

    # -- 四、工作要求

    def read_requirements(self) -> None:
        found = self.search(r"请于\s*(.+?)\s*前\s*填报", ascii_=True)
        day = _single_date(found[1].group(1), self.season) if found else None
        if day is None:
            self.miss("考务负责人联系方式的填报期限（“请于 X 月 X 日前填报”）")
        else:
            self.facts["contact_filing_deadline"] = day
        found = self.search(r"《[^《》]*手册[^《》]*》")
        if found:
            self.facts["manual"] = found[1].group(0)
        else:
            self.miss("考务工作手册的名称（《……手册（……版）》）")

    # -- 五、联系方式

    def read_contact_lines(self) -> None:
        found = self.search(r"QQ[^:]*群\s*:\s*(\d{5,12})", ascii_=True)
        if found:
            self.facts["qq_group"] = found[1].group(1)
        else:
            self.miss("QQ 工作咨询群号（“QQ 工作咨询群：……”）")
        found = self.search(r"[<＜《]\s*(https?://[^>＞》\s]+)\s*[>＞》]") or self.search(r"(https?://\S+)")
        if found:
            self.facts["contact_form_url"] = found[1].group(1)
        else:
            self.miss("联系人填报链接（<https://……>）")
        self.facts["exam_affairs"] = self._people("考务")
        self.facts["technical"] = self._people("技术")

    def _contact_section(self) -> int:
        """Index of the 联系方式 heading: 工作要求 has (一)(二) headings of its own that are not ours."""
        for i, line in enumerate(self.lines):
            m = _HEADING_RE.match(_ascii(_clean(line)))
            if m and "联系" in m.group(2):
                return i
        return 0

    def _people(self, topic: str) -> list[dict[str, Any]]:
        """The '姓名 （电话 电话）' lines under the (一)/(二) sub-heading whose title names `topic`."""
        start = self._contact_section()
        begin = next(
            (
                i
                for i in range(start, len(self.lines))
                if (m := _SUBHEADING_RE.match(_ascii(_clean(self.lines[i])))) and topic in m.group(2)
            ),
            None,
        )
        what = "考务工作联系人" if topic == "考务" else "考试系统技术工作联系人"
        if begin is None:
            self.miss(f"{what}（“（一）考务工作”“（二）考试系统技术工作”下的名单）")
            return []
        self.used.add(begin + 1)
        people: list[dict[str, Any]] = []
        for i in range(begin + 1, len(self.lines)):
            line = _ascii(_clean(self.lines[i]))
            if not line:
                continue
            if _SUBHEADING_RE.match(line) or _HEADING_RE.match(line) or "\t" in line:
                break
            self.used.add(i + 1)
            m = re.fullmatch(r"([^\d(:\s]+?)\s*[(:]?\s*([\d\-\s,、/;]+?)\s*\)?", line)
            phones = _PHONE_RE.findall(m.group(2)) if m else []
            if not m or not phones:
                self.bad(i + 1, f"{what}的这一行没读懂（应是“姓名 （电话）”）")
                continue
            people.append({"name": m.group(1), "phones": phones})
        if not people:
            self.miss(f"{what}的名单")
        return people

    def read_provinces(self) -> None:
        table = _find_table(self.lines, "省份", "联系方式")
        if table is None:
            self.miss("各省考核站点业务联系人表（表头：省份、负责人、联系方式）")
            return
        self.used |= table.lines
        province_col = table.column("省份")
        name_col = table.column("负责人", "联系人", "姓名")
        contact_col = table.column("联系方式")
        rows: list[dict[str, Any]] = []
        above: list[str] = []
        for n, cells in table.rows:
            provinces_cell, name = _cell(cells, province_col), _cell(cells, name_col)
            # A phone and an e-mail may land in one cell or, from some converters, in two.
            contact = " ".join(cells[contact_col:]) if contact_col is not None else ""
            phones, emails = _PHONE_RE.findall(_ascii(contact)), _EMAIL_RE.findall(contact)
            provinces, unknown = self._provinces(provinces_cell)
            if not provinces_cell:
                provinces = above  # a continuation row: another contact for the province(s) above
            if unknown:
                self.bad(n, f"不认识的省份：{'、'.join(unknown)}（请用简称，如 广东、内蒙古）")
                continue
            if not provinces or not name or len(phones) != 1 or len(emails) > 1:
                why = (
                    "这一行没有省份，上面也没有可以沿用的省份"
                    if not provinces
                    else "没有负责人姓名"
                    if not name
                    else "联系方式应是一个电话，可以再跟一个邮箱"
                )
                self.bad(n, f"省份联系人表的这一行没读懂：{why}")
                continue
            rows.append({"provinces": provinces, "name": name, "phone": phones[0], "email": next(iter(emails), "")})
            above = provinces
        if not rows:
            self.unread.append(Unread(table.header_line, "", "省份联系人表里一行也没有读到"))
        self.facts["provincial"] = rows

    def _provinces(self, cell: str) -> tuple[list[str], list[str]]:
        """'四川、山西、甘肃' → known short names, and the words that are no province."""
        known, unknown = [], []
        for word in re.split(r"[、，,/／;；\s]+", cell):
            if not word:
                continue
            name = self._province(word)
            if name is None:
                unknown.append(word)
            elif name not in known:
                known.append(name)
        return known, unknown

    def _province(self, word: str) -> str | None:
        if word in self.known_provinces:
            return word
        # "广东省", "内蒙古自治区", "广西壮族自治区": the short name is how the data files name provinces.
        return next((p for p in self.known_provinces if word.startswith(p) and len(word) > len(p)), None)

    # -- 附件

    def read_attachments(self) -> None:
        attachments: list[str] = []
        for n, raw in enumerate(self.lines, start=1):
            line = _clean(raw)
            if re.match(r"^附件\s*\d+\s*[:：]", line):
                attachments.append(line)
                self.used.add(n)
            elif attachments and line and n - 1 in self.used and not _HEADING_RE.match(_ascii(line)):
                # A long attachment name wraps onto the next line in the .docx export.
                prev = attachments[-1]
                glue = " " if prev[-1:].isascii() and prev[-1:].isalnum() and line[:1].isascii() else ""
                attachments[-1] = prev + glue + line
                self.used.add(n)
        self.facts["attachments"] = attachments

    # -- what nobody used

    def report_unused(self) -> None:
        """Prose lines holding a date or a phone or mail nobody took: maybe a fact the template has gained."""
        for n, raw in enumerate(self.lines, start=1):
            if n in self.used:
                continue
            line = _ascii(raw)
            if "\t" in raw:
                self.bad(n, "这一行像表格的一行，但不属于任何认得的表格")
            elif _DATE_RE.search(line) or _PHONE_RE.search(line) or _EMAIL_RE.search(line):
                self.bad(n, "这一行有日期或联系方式，导入器不知道它是什么，没有导入", fatal=False)


def _known_provinces() -> list[str]:
    from .regions import RegionIndex

    return [p.name for p in RegionIndex.load(BUNDLED_DATA / REGIONS_FILE).provinces()]


def parse_notice(text: str, provinces: Sequence[str] | None = None) -> ImportResult:
    """Read a notice of the seed's template. `provinces` defaults to the bundled regions.json's."""
    known = list(provinces) if provinces is not None else _known_provinces()
    reader = _Reader(text, known)
    reader.read_title()
    reader.read_schedule()
    reader.read_arrangements()
    reader.read_registration_prose()
    reader.read_requirements()
    reader.read_contact_lines()
    reader.read_provinces()
    reader.read_attachments()
    reader.report_unused()
    result = ImportResult(unread=reader.unread, warnings=reader.warnings)
    _cross_check(reader, result)
    _build(reader.facts, result)
    if result.contacts is not None:
        covered = {p for row in result.contacts.provincial for p in row.provinces}
        result.uncovered_provinces = [p for p in known if p not in covered and p not in _OUTSIDE_MAINLAND]
    return result


def _cross_check(reader: _Reader, result: ImportResult) -> None:
    """The two tables name the same levels; a level in one and not the other means a table was cut off."""
    exams = [e["level"] for e in reader.facts.get("exams", [])]
    tickets = [w["level"] for w in reader.facts.get("ticket_printing", [])]
    if exams and tickets and exams != tickets:
        result.unread.append(
            Unread(
                0,
                "",
                f"两张表的级别对不上：时间安排表有 {'、'.join(exams) or '（无）'}，"
                f"打印准考证时间有 {'、'.join(tickets) or '（无）'}（是不是有一张表不完整？）",
            )
        )
    for level in exams:
        if level not in LEVELS:
            result.unread.append(Unread(0, "", f"不认识的级别 {level!r}：数据只支持 {'、'.join(LEVELS)}"))


_NOTICE_KEYS = tuple(Notice.model_fields)


def _build(facts: dict[str, Any], result: ImportResult) -> None:
    """Facts → the validated models; a fact that does not validate is reported, not written."""
    notice_facts = {k: facts[k] for k in _NOTICE_KEYS if k in facts}
    contact_facts = {k: facts[k] for k in ("exam_affairs", "technical", "provincial") if k in facts}
    try:
        result.notice = Notice.model_validate(notice_facts)
    except ValidationError as e:
        if not any(u.fatal for u in result.unread):  # otherwise the cause is already on the list
            result.unread += [Unread(0, "", f"notice.yaml 的 {_loc(err)}：{err['msg']}") for err in e.errors()]
    try:
        result.contacts = Contacts.model_validate(contact_facts)
    except ValidationError as e:
        if not any(u.fatal for u in result.unread):
            result.unread += [Unread(0, "", f"contacts.json 的 {_loc(err)}：{err['msg']}") for err in e.errors()]
    if result.notice is not None:
        try:
            result.deadlines = plan_deadlines(result.notice)
        except (KeyError, ValueError) as e:
            result.unread.append(Unread(0, "", f"提醒计划排不出来：{e}"))


def _loc(err: Any) -> str:
    return ".".join(str(x) for x in err["loc"]) or "整体"


# ---------------------------------------------------------------- the reminder plan


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


def _plans(notice: Notice) -> list[DeadlinePlan]:
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
                for p in _plans(notice)
            ],
        }
    )


# ---------------------------------------------------------------- writing the files

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


def write_folder(result: ImportResult, out: Path, force: bool = False, bundled: Path = BUNDLED_DATA) -> None:
    """Write the five data files to `out`, all or nothing.

    The files go to a temporary folder beside `out`, are validated with `bot.knowledge.load` exactly as the
    bot would load them, and only then is the folder renamed into place, so a failed import never leaves a
    half-written folder where the bot might read it. Raises FileExistsError for a non-empty `out` without
    `force`, ValueError for a result that is not complete, and DataError if the written folder does not load.
    """
    if not result.ok or result.notice is None or result.contacts is None or result.deadlines is None:
        raise ValueError("导入结果不完整，不写文件夹")
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())) and not force:
        raise FileExistsError(f"{out} 已存在且不是空文件夹；确定要覆盖请加 --force")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.importing-", dir=out.parent))
    try:
        (tmp / NOTICE_FILE).write_text(render_notice_yaml(result.notice), encoding="utf-8")
        (tmp / CONTACTS_FILE).write_text(render_contacts_json(result.contacts), encoding="utf-8")
        (tmp / DEADLINES_FILE).write_text(
            render_deadlines_yaml(result.deadlines, _plans(result.notice)), encoding="utf-8"
        )
        for name in (FAQ_FILE, REGIONS_FILE):
            shutil.copyfile(bundled / name, tmp / name)
        load(tmp)  # raises DataError: the folder would not serve the bot
        os.chmod(tmp, 0o755)  # mkdtemp makes it private; a data folder is ordinary
        if out.exists() or out.is_symlink():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.replaced-", dir=out.parent))
            old.rmdir()
            out.rename(old)
            tmp.rename(out)
            if old.is_dir() and not old.is_symlink():
                shutil.rmtree(old)
            else:
                old.unlink()
        else:
            tmp.rename(out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)


# ---------------------------------------------------------------- the report


def _report(result: ImportResult, stream: TextIO) -> None:
    def say(line: str = "") -> None:
        print(line, file=stream)

    n = result.notice
    if n is not None:
        say(f"通知：{n.title}（{n.season}，{n.issuer}）")
        say("考试日期：")
        for e in n.exams:
            day = format_date(e.date, weekday=True)
            say(f"  {e.level}：{day} 理论 {e.theory}，实操 {e.practical}，{n.exam_mode}")
        say("时间段：")
        say(f"  考核站点申报：{format_span(n.site_application.start, n.site_application.end)}")
        say(f"  考生报名：{format_span(n.registration.start, n.registration.end)}")
        say(f"  编排考场：{format_span(n.room_arrangement.start, n.room_arrangement.end)}")
        for w in n.ticket_printing:
            say(f"  打印准考证（{w.level}）：{format_span(w.start, w.end)}")
        say(f"  联系方式填报截止：{format_date(n.contact_filing_deadline)}")
        say(f"QQ 群：{n.qq_group}　手册：{n.manual}")
    c = result.contacts
    if c is not None:
        say("各省联系人：")
        for row in c.provincial:
            say(f"  {'、'.join(row.provinces)} → {row.name} {row.phone} {row.email}".rstrip())
        say(f"考务工作：{'；'.join(p.name + ' ' + '、'.join(p.phones) for p in c.exam_affairs)}")
        say(f"技术工作：{'；'.join(p.name + ' ' + '、'.join(p.phones) for p in c.technical) or '（无）'}")
    if result.deadlines is not None:
        titles = "、".join(d.title for d in result.deadlines.deadlines)
        say(f"群提醒：{len(result.deadlines.deadlines)} 个截止时间（{titles}）")
    if result.unread:
        say()
        say(f"没有读懂的内容（{len(result.unread)} 处；✗ 必须改好才能导入，? 只是提醒）：")
        for u in result.unread:
            say(f"  {'✗' if u.fatal else '?'} {u}")
    if result.uncovered_provinces:
        say()
        say(f"提醒：这些省份没有业务联系人：{'、'.join(result.uncovered_provinces)}")
    for w in result.warnings:
        say(f"提醒：{w}")


def run_import(notice_path: Path, out: Path, force: bool = False) -> int:
    """`python -m bot import NOTICE --out DIR`: print what was read, write the folder; 0 only if complete."""
    try:
        text = Path(notice_path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        print(f"找不到通知文件：{notice_path}", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError) as e:
        print(f"读不了通知文件 {notice_path}：{e}（请另存为 UTF-8 的纯文本）", file=sys.stderr)
        return 2
    result = parse_notice(text)
    _report(result, sys.stdout)
    print()
    if not result.ok:
        if result.notice is None and result.contacts is None:
            print(
                "这份文件不像是这一模板的考核工作通知（请确认是从 .docx/.pdf 复制出的全文）。",
                file=sys.stderr,
            )
        print(f"导入失败：通知里有必需的内容没有读懂（见上面标 ✗ 的），没有写入 {out}。", file=sys.stderr)
        return 1
    try:
        write_folder(result, Path(out), force=force)
    except FileExistsError as e:
        print(f"没有写入：{e}", file=sys.stderr)
        return 1
    except DataError as e:
        print(f"生成的数据文件没有通过检查，没有写入 {out}：\n{e}", file=sys.stderr)
        return 1
    written = f"{NOTICE_FILE}、{CONTACTS_FILE}、{DEADLINES_FILE}"
    print(f"已写入 {out}：{written}，以及原样复制的 {FAQ_FILE}、{REGIONS_FILE}")
    return 0
