"""The parser: the notice's text → `ImportResult`, read by headings and table headers, never by line numbers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..dates import WEEKDAYS, format_date
from ..knowledge import (
    LEVELS,
    REGIONS_FILE,
    Contacts,
    Notice,
)
from .plan import plan_deadlines
from .result import ImportResult, Unread
from .scan import (
    DATE_RE,
    EMAIL_RE,
    HEADING_RE,
    PHONE_RE,
    SEASON_RE,
    SUBHEADING_RE,
    WEEKDAY_RE,
    Season,
    ascii_text,
    cell,
    clean_line,
    find_table,
    single_date,
    time_range_in,
    window_in,
)

__all__ = ["BUNDLED_DATA", "parse_notice"]

# The data folder beside the code (the repo's data/): faq.yaml and regions.json are copied from here, and the province
# list that the province table is checked against comes from its regions.json.
BUNDLED_DATA = Path(__file__).resolve().parents[2] / "data"

# Not part of the mainland's 31 provinces: a province without a contact there is not worth a warning.
_OUTSIDE_MAINLAND = frozenset({"香港", "澳门", "台湾"})

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
        self.season = Season(1970, 1)

    # -- helpers

    def miss(self, what: str) -> None:
        self.unread.append(Unread(0, "", f"没有找到{what}"))

    def bad(self, line: int, reason: str, *, fatal: bool = True) -> None:
        self.unread.append(Unread(line, self.lines[line - 1], reason, fatal))

    def search(self, pattern: str | re.Pattern[str], *, ascii_: bool = False) -> tuple[int, re.Match[str]] | None:
        """The first line matching `pattern` (on the normalised text when `ascii_`), marked as used."""
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        for n, line in enumerate(self.lines, start=1):
            m = rx.search(ascii_text(line) if ascii_ else line)
            if m:
                self.used.add(n)
                return n, m
        return None

    # -- the title block

    def read_title(self) -> None:
        for n, raw in enumerate(self.lines, start=1):
            line = clean_line(raw)
            if not (line.startswith("关于") and line.endswith("通知")):
                continue
            season = SEASON_RE.search(ascii_text(line))
            if not season:
                self.bad(n, "标题里没有考试的年份和月份（如 2021 年 12 月）")
                return
            self.used.add(n)
            self.season = Season(int(season.group(1)), int(season.group(2)))
            self.facts["season"] = f"{self.season.year}年{self.season.month}月"
            self.facts["title"] = line
            cert = re.search(r"\d{1,2}\s*月\s*(.+?证书)", line)
            if cert:
                self.facts["certificate"] = cert.group(1).strip()
            else:
                self.bad(n, "标题里没有认出证书名称（……等级证书）")
            issuer = next((clean_line(x) for x in self.lines[: n - 1] if clean_line(x)), "")
            if issuer:
                self.facts["issuer"] = issuer
            else:
                self.miss("标题上方的发文单位")
            return
        self.miss("通知标题（“关于……的通知”那一行）")

    # -- 一、时间安排

    def read_schedule(self) -> None:
        table = find_table(self.lines, "级别", "科目", "日期")
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
            level = cell(cells, level_col) or level
            subject, when, span = cell(cells, subject_col), cell(cells, date_col), cell(cells, time_col)
            if not level:
                self.bad(n, "这一行前面没有级别")
                continue
            exam = exams.setdefault(level, {"level": level})
            key = "theory" if "理论" in subject else "practical" if "实操" in subject else None
            times = time_range_in(span)
            day = single_date(when, self.season) if when else None
            weekday = WEEKDAY_RE.match(ascii_text(when).strip()) if when else None
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
            mode = cell(cells, mode_col)
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
        table = find_table(self.lines, "级别", "报名", "准考证")
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
            level = cell(cells, level_col)
            if not level:
                self.bad(n, "这一行没有级别")
                continue
            row: dict[str, tuple[date, date]] = {}
            for key, col in columns.items():
                text = cell(cells, col)
                span = window_in(text, self.season) if text else above[key]
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
        span = window_in(found[1].group(1), self.season) if found else None
        if span is None:
            if found:
                self.bad(found[0], "考核站点申报时间没读懂")
            else:
                self.miss("考核站点申报时间（“申报时间为：……”）")
        else:
            self.facts["site_application"] = {"start": span[0], "end": span[1]}
        found = self.search(r"发送至\s*(" + EMAIL_RE.pattern + ")")
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
        day = single_date(found[1].group(1), self.season) if found else None
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
            m = HEADING_RE.match(ascii_text(clean_line(line)))
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
                if (m := SUBHEADING_RE.match(ascii_text(clean_line(self.lines[i])))) and topic in m.group(2)
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
            line = ascii_text(clean_line(self.lines[i]))
            if not line:
                continue
            if SUBHEADING_RE.match(line) or HEADING_RE.match(line) or "\t" in line:
                break
            self.used.add(i + 1)
            m = re.fullmatch(r"([^\d(:\s]+?)\s*[(:]?\s*([\d\-\s,、/;]+?)\s*\)?", line)
            phones = PHONE_RE.findall(m.group(2)) if m else []
            if not m or not phones:
                self.bad(i + 1, f"{what}的这一行没读懂（应是“姓名 （电话）”）")
                continue
            people.append({"name": m.group(1), "phones": phones})
        if not people:
            self.miss(f"{what}的名单")
        return people

    def read_provinces(self) -> None:
        table = find_table(self.lines, "省份", "联系方式")
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
            provinces_cell, name = cell(cells, province_col), cell(cells, name_col)
            # A phone and an e-mail may land in one cell or, from some converters, in two.
            contact = " ".join(cells[contact_col:]) if contact_col is not None else ""
            phones, emails = PHONE_RE.findall(ascii_text(contact)), EMAIL_RE.findall(contact)
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
            line = clean_line(raw)
            if re.match(r"^附件\s*\d+\s*[:：]", line):
                attachments.append(line)
                self.used.add(n)
            elif attachments and line and n - 1 in self.used and not HEADING_RE.match(ascii_text(line)):
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
            line = ascii_text(raw)
            if "\t" in raw:
                self.bad(n, "这一行像表格的一行，但不属于任何认得的表格")
            elif DATE_RE.search(line) or PHONE_RE.search(line) or EMAIL_RE.search(line):
                self.bad(n, "这一行有日期或联系方式，导入器不知道它是什么，没有导入", fatal=False)


def _known_provinces() -> list[str]:
    from ..regions import RegionIndex

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
