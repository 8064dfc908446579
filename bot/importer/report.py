"""`python -m bot import`: read the notice, say what was read and what was not, write the folder."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from ..dates import format_date, format_span
from ..knowledge import (
    CONTACT_WORDS_FILE,
    CONTACTS_FILE,
    DEADLINES_FILE,
    FAQ_FILE,
    NOTICE_FILE,
    REGIONS_FILE,
    DataError,
)
from .parse import parse_notice
from .result import ImportResult
from .write import write_folder

__all__ = ["run_import"]


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
        print(f"找不到通知文件：{Path(notice_path).resolve()}", file=sys.stderr)
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
    print(f"已写入 {out}：{written}，以及原样复制的 {FAQ_FILE}、{REGIONS_FILE}、{CONTACT_WORDS_FILE}")
    return 0
