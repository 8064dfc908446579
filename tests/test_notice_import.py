"""`python -m bot import NOTICE --out DIR`: a season's notice becomes the bot's data folder.

The variants are the seed notice edited the way the company edits it from season to season.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from bot.importer import ImportResult, parse_notice, run_import, write_folder
from bot.knowledge import Contacts, DeadlinesFile, Notice, load

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEED = Path(__file__).parent / "fixtures" / "notices" / "seed_2021_12.txt"


def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def shipped(name: str) -> object:
    text = (DATA / name).read_text(encoding="utf-8")
    return json.loads(text) if name.endswith(".json") else YAML(typ="safe").load(text)


def edit(text: str, *pairs: tuple[str, str]) -> str:
    """Apply str.replace edits, failing loudly if the seed no longer has the text being edited."""
    for old, new in pairs:
        assert old in text, f"seed has no {old!r}"
        text = text.replace(old, new)
    return text


def imported(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, Path]:
    """Run the import as staff would; return the exit code, everything printed and the output folder."""
    notice = tmp_path / "notice.txt"
    notice.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    code = run_import(notice, out)
    printed = capsys.readouterr()
    return code, printed.out + printed.err, out


def deadline_at(result: ImportResult, id_: str) -> datetime:
    assert result.deadlines is not None
    return next(d.at for d in result.deadlines.deadlines if d.id == id_)


def rows(result: ImportResult) -> list[tuple[list[str], str]]:
    assert result.contacts is not None
    return [(r.provinces, r.name) for r in result.contacts.provincial]


# ---------------------------------------------------------------- the seed


def test_seed_reproduces_the_shipped_facts() -> None:
    """Importing the seed notice gives exactly the notice, contacts and deadlines the bot ships with."""
    result = parse_notice(seed())
    assert result.ok, result.unread
    assert result.notice == Notice.model_validate(shipped("notice.yaml"))
    assert result.contacts == Contacts.model_validate(shipped("contacts.json"))
    assert result.deadlines == DeadlinesFile.model_validate(shipped("deadlines.yaml"))
    assert result.unread == []
    assert result.uncovered_provinces == ["青海"]


def test_seed_folder_is_byte_identical_and_serves_the_bot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Staff import the seed: exit 0, the fact files equal data/ byte for byte, faq, regions and words are copied."""
    code, printed, out = imported(tmp_path, seed(), capsys)
    assert code == 0, printed
    copied = ("faq.yaml", "regions.json", "contact_words.yaml")
    for name in ("notice.yaml", "contacts.json", "deadlines.yaml", *copied):
        assert (out / name).read_bytes() == (DATA / name).read_bytes(), name
    knowledge = load(out)
    assert knowledge.context["qq_group"] == "594707089"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp folder left


def test_seed_report_names_levels_windows_and_every_province(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The report lists each level's date, the windows and every province → contact, and warns about 青海."""
    _, printed, _ = imported(tmp_path, seed(), capsys)
    assert "初级：2021年12月18日（星期六） 理论 9:00-10:30，实操 14:00-16:30" in printed
    assert "考核站点申报：2021年10月20日至11月20日" in printed
    assert "编排考场：2021年12月1日至12月15日" in printed
    assert "打印准考证（高级）：2021年12月16日至12月20日" in printed
    assert "黑龙江、吉林、辽宁、内蒙古 → 郁晓东 18654936008 yuxiaodong@zhonghui.vip" in printed
    assert "广东 → 王吉庆 17780592401" in printed
    assert "没有业务联系人：青海" in printed
    assert "没有读懂" not in printed


def test_the_command_line_runs_the_import(tmp_path: Path) -> None:
    """`python -m bot import NOTICE --out DIR` writes the folder and exits 0."""
    out = tmp_path / "season"
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "import", str(SEED), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (out / "notice.yaml").exists()
    assert "已写入" in proc.stdout


# ---------------------------------------------------------------- next seasons


def june_2022(text: str) -> str:
    """The seed moved to a June 2022 season: every date in 2022-05/06, years written only on some."""
    return edit(
        text,
        ("2021 年职业技能", "2022 年职业技能"),
        ("2021 年 12 月 18 日", "2022 年 6 月 18 日"),
        ("2021 年 12 月 19 日", "2022 年 6 月 19 日"),
        ("2021 年 12 月 20 日", "2022 年 6 月 20 日"),
        ("申报时间为：2021 年 10 月 20 日-11 月 20 日", "申报时间为：2022 年 5 月 5 日-5 月 25 日"),
        ("2021 年 10 月 20 日至 2021 年 11 月 20 日", "2022 年 5 月 5 日至 2022 年 5 月 28 日"),
        ("12 月 1 日-12 月 15 日", "6 月 1 日-6 月 15 日"),
        ("12 月 16 日-12 月 18 日", "6 月 16 日-6 月 18 日"),
        ("12 月 16 日-12 月 19 日", "6 月 16 日-6 月 19 日"),
        ("12 月 16 日-12 月 20 日", "6 月 16 日-6 月 20 日"),
        ("11 月 30 日前填报", "5 月 30 日前填报"),
        # the title and the opening sentence, after the dates that share the words
        ("2021 年 12 月", "2022 年 6 月"),
    )


def test_a_june_season_gets_its_years_from_the_title() -> None:
    """A June 2022 notice: dates without a year land in 2022, and each reminder moves with its date."""
    result = parse_notice(june_2022(seed()))
    assert result.ok, result.unread
    n = result.notice
    assert n is not None
    assert n.season == "2022年6月"
    assert [e.date for e in n.exams] == [date(2022, 6, 18), date(2022, 6, 19), date(2022, 6, 20)]
    assert (n.site_application.start, n.site_application.end) == (date(2022, 5, 5), date(2022, 5, 25))
    assert (n.registration.start, n.registration.end) == (date(2022, 5, 5), date(2022, 5, 28))
    assert (n.room_arrangement.start, n.room_arrangement.end) == (date(2022, 6, 1), date(2022, 6, 15))
    assert [w.end for w in n.ticket_printing] == [date(2022, 6, 18), date(2022, 6, 19), date(2022, 6, 20)]
    assert n.contact_filing_deadline == date(2022, 5, 30)
    assert deadline_at(result, "site-application") == datetime(2022, 5, 25, 23, 59)
    # Registration closes three days after site application: each keeps its own reminder.
    assert deadline_at(result, "registration") == datetime(2022, 5, 28, 23, 59)
    assert deadline_at(result, "room-arrangement-start") == datetime(2022, 6, 1, 0, 0)
    assert deadline_at(result, "exam-senior") == datetime(2022, 6, 20, 9, 0)
    assert result.warnings == []  # the (星期六) under each date still matches


def test_a_window_across_new_year_rolls_over() -> None:
    """A January 2023 season: 12 月 25 日-1 月 5 日 runs from 2022 into 2023, 12 月 30 日 is 2022."""
    text = edit(
        seed(),
        ("2021 年 12 月 18 日", "2023 年 1 月 7 日"),
        ("2021 年 12 月 19 日", "2023 年 1 月 8 日"),
        ("2021 年 12 月 20 日", "2023 年 1 月 9 日"),
        ("申报时间为：2021 年 10 月 20 日-11 月 20 日", "申报时间为：2022 年 11 月 20 日-12 月 20 日"),
        ("2021 年 10 月 20 日至 2021 年 11 月 20 日", "2022 年 11 月 20 日至 2022 年 12 月 20 日"),
        ("12 月 1 日-12 月 15 日", "12 月 25 日-1 月 5 日"),
        ("12 月 16 日-12 月 18 日", "1 月 6 日-1 月 7 日"),
        ("12 月 16 日-12 月 19 日", "1 月 6 日-1 月 8 日"),
        ("12 月 16 日-12 月 20 日", "1 月 6 日-1 月 9 日"),
        ("11 月 30 日前填报", "12 月 30 日前填报"),
        # the title and the opening sentence, after the dates that share the words
        ("2021 年 12 月", "2023 年 1 月"),
    )
    result = parse_notice(text)
    assert result.ok, result.unread
    n = result.notice
    assert n is not None
    assert (n.room_arrangement.start, n.room_arrangement.end) == (date(2022, 12, 25), date(2023, 1, 5))
    assert n.contact_filing_deadline == date(2022, 12, 30)
    assert n.ticket_printing[0].start == date(2023, 1, 6)
    assert deadline_at(result, "ticket-printing-start") == datetime(2023, 1, 6, 0, 0)


def test_a_different_exam_time_moves_the_exam_reminder() -> None:
    """初级 at 10：00－11：30, practicals 14:30至17:00: times are normalised, the reminder is at 10:00."""
    text = (
        seed().replace("9: 00-10: 30\t机考", "10：00－11：30\t机考").replace("14: 00—16: 30", "14:30至17:00")
    )
    result = parse_notice(text)
    assert result.ok, result.unread
    assert result.notice is not None
    junior, intermediate = result.notice.exams[0], result.notice.exams[1]
    assert (junior.theory, junior.practical) == ("10:00-11:30", "14:30-17:00")
    assert intermediate.theory == "9:00-10:30"
    assert deadline_at(result, "exam-junior") == datetime(2021, 12, 18, 10, 0)


def test_a_reshuffled_province_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """福建 moves to 丁熙丽, 青海 joins 雷鹏, 湖南's row is dropped: the report and contacts.json follow."""
    text = edit(
        seed(),
        ("浙江、福建\t赵江", "浙江\t赵江"),
        ("江苏、上海\t丁熙丽", "江苏、上海、福建\t丁熙丽"),
        ("四川、山西、甘肃\t雷鹏", "四川、山西、甘肃、青海\t雷鹏"),
        ("湖南\t李雯\t15386416485 liwen@zhonghui.vip\n", ""),
    )
    code, printed, out = imported(tmp_path, text, capsys)
    assert code == 0, printed
    contacts = json.loads((out / "contacts.json").read_text(encoding="utf-8"))
    by_name = {row["name"]: row["provinces"] for row in contacts["provincial"]}
    assert by_name["赵江"] == ["浙江"]
    assert by_name["丁熙丽"] == ["江苏", "上海", "福建"]
    assert by_name["雷鹏"] == ["四川", "山西", "甘肃", "青海"]
    assert "李雯" not in by_name
    assert "没有业务联系人：湖南" in printed
    assert "青海" not in printed.split("没有业务联系人")[-1]


def test_continuation_rows_inherit_the_province_above() -> None:
    """A second contact under 海南 with an empty province cell serves 海南, like 王吉庆 serves 广东."""
    text = edit(
        seed(),
        (
            "海南\t林贺\t18620586370 linhe@zhonghui.vip",
            "海南\t林贺\t18620586370 linhe@zhonghui.vip\n\t周敏\t13800000001 zhoumin@zhonghui.vip",
        ),
    )
    result = parse_notice(text)
    assert result.ok, result.unread
    assert rows(result)[-3:] == [(["广东"], "王吉庆"), (["海南"], "林贺"), (["海南"], "周敏")]


def test_full_province_names_are_read_as_short_names() -> None:
    """A notice that writes 广西壮族自治区 and 青海省 gives the short names the data files use."""
    text = edit(seed(), ("广西\t陈淑", "广西壮族自治区、青海省\t陈淑"))
    result = parse_notice(text)
    assert result.ok, result.unread
    assert (["广西", "青海"], "陈淑") in rows(result)
    assert result.uncovered_provinces == []


def test_new_group_number_and_manual_version() -> None:
    """A new QQ group and a new edition of the manual are what the bot will quote."""
    text = edit(
        seed(),
        ("QQ 工作咨询群：594707089", "QQ 工作咨询群： 123456789"),
        ("（2021年10月版）》", "（2022年4月版）》"),
        (
            "附件 1：Python 程序开发职业技能等级证书考务工作手册（2021 年 10 月版）",
            "附件 1：考务工作手册（2022 年 4 月版）",
        ),
    )
    result = parse_notice(text)
    assert result.ok, result.unread
    assert result.notice is not None
    assert result.notice.qq_group == "123456789"
    assert result.notice.manual == "《Python 程序开发职业技能等级证书考务工作手册（2022年4月版）》"
    assert result.notice.attachments[0] == "附件 1：考务工作手册（2022 年 4 月版）"


def test_word_and_pdf_artefacts_are_tolerated() -> None:
    """CRLF line endings, full-width digits and colons, em dashes, 至 and extra blank lines read the same."""
    text = edit(
        seed(),
        ("2021 年 12 月 18 日\t9: 00-10: 30", "２０２１ 年 １２ 月 １８ 日\t９：００—１０：３０"),
        ("12 月 1 日-12 月 15 日", "12 月 1 日 至 12 月 15 日"),
        ("(星期六)\t", "（星期六）\t"),
        ("初级\t2021 年 10 月 20 日", "\n初级\t2021 年 10 月 20 日"),
        ("申报时间为：2021 年 10 月 20 日-11 月 20 日", "申报时间为:2021 年 10 月 20 日－11 月 20 日"),
    ).replace("\n", "\r\n")
    result = parse_notice(text)
    assert result.ok, result.unread
    assert result.notice == Notice.model_validate(shipped("notice.yaml"))


def test_a_wrong_weekday_is_flagged() -> None:
    """When the (星期X) under a date does not match the date, staff are asked to check it."""
    result = parse_notice(edit(seed(), ("(星期日)", "(星期五)")))
    assert result.ok
    assert any("中级" in w and "星期日" in w and "星期五" in w for w in result.warnings)


def test_an_unknown_date_line_is_reported_but_does_not_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A new sentence with a date the importer has no place for is shown, and the import still succeeds."""
    text = edit(seed(), ("三、考试费用", "考务员培训定于 12 月 5 日举行。\n\n三、考试费用"))
    code, printed, _ = imported(tmp_path, text, capsys)
    assert code == 0
    assert "考务员培训定于 12 月 5 日举行。" in printed
    assert "没有导入" in printed


# ---------------------------------------------------------------- notices that cannot be read

Cut = Callable[[str], str]


def cut_schedule(text: str) -> str:
    """The schedule table loses its 中级 and 高级 rows."""
    head, rest = text.split("中级\t理论考试", 1)
    return head + "\n二、考试报名" + rest.split("二、考试报名", 1)[1]


@pytest.mark.parametrize(
    ("mangle", "says"),
    [
        (cut_schedule, "两张表的级别对不上"),
        (lambda t: t.replace("2021 年 12 月 19 日\t9: 00-10: 30", "2021 年 12"), "时间安排表的这一行没读懂"),
        (lambda t: t.replace("山东\t贾昕旸", "火星\t贾昕旸"), "不认识的省份：火星"),
        (lambda t: t.replace("18654936008 yuxiaodong", "yuxiaodong"), "省份联系人表的这一行没读懂"),
        (lambda t: t.replace("12 月 1 日-12 月 15 日", "待定"), "安排表的这一行没读懂"),
        (lambda t: t.replace("12 月 1 日-12 月 15 日", "12 月 1 日-12 月 32 日"), "安排表的这一行没读懂"),
        (lambda t: "这不是通知\n\x00\x01 garbage\n", "没有找到通知标题"),
    ],
    ids=[
        "schedule-cut-off",
        "row-cut-off",
        "unknown-province",
        "no-phone",
        "window-unreadable",
        "no-such-day",
        "garbage",
    ],
)
def test_a_malformed_notice_fails_without_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mangle: Cut, says: str
) -> None:
    """A notice with a table the importer cannot read: exit 1, the reason is printed, no folder appears."""
    code, printed, out = imported(tmp_path, mangle(seed()), capsys)
    assert code == 1
    assert says in printed
    assert "导入失败" in printed
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notice.txt"]


def test_an_existing_folder_is_kept_unless_forced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Importing over last season's folder is refused; with --force it is replaced whole."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("last season", encoding="utf-8")
    notice = tmp_path / "notice.txt"
    notice.write_text(june_2022(seed()), encoding="utf-8")
    assert run_import(notice, out) == 1
    assert "--force" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["notes.txt"]

    assert run_import(notice, out, force=True) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "contact_words.yaml",
        "contacts.json",
        "deadlines.yaml",
        "faq.yaml",
        "notice.yaml",
        "regions.json",
    ]
    assert load(out).notice.season == "2022年6月"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notice.txt", "out"]


def test_an_empty_output_folder_is_filled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An existing but empty --out folder is simply used."""
    (tmp_path / "out").mkdir()
    code, printed, out = imported(tmp_path, seed(), capsys)
    assert code == 0, printed
    assert (out / "faq.yaml").exists()


def test_a_folder_that_does_not_validate_is_not_written(tmp_path: Path) -> None:
    """If the written files would not load (here: a broken bundled faq.yaml), nothing is put in place."""
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    (bundled / "faq.yaml").write_text("faqs: [", encoding="utf-8")
    (bundled / "regions.json").write_bytes((DATA / "regions.json").read_bytes())
    (bundled / "contact_words.yaml").write_bytes((DATA / "contact_words.yaml").read_bytes())
    result = parse_notice(seed())
    out = tmp_path / "out"
    with pytest.raises(Exception, match=r"faq\.yaml"):
        write_folder(result, out, bundled=bundled)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundled"]
