"""Hostile or absurd data files: each is refused with its file and line, quickly, and never as a traceback."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.knowledge import DataError, Problem, load
from bot.loader import MAX_FAQ_BYTES, fingerprint
from tests.core.test_knowledge import edit, line_of

SHANGHAI = ZoneInfo("Asia/Shanghai")


def refused(data_dir: Path) -> list[Problem]:
    with pytest.raises(DataError) as e:
        load(data_dir)
    return list(e.value.problems)


def yaml_bomb(levels: int = 9, width: int = 9) -> str:
    """The billion-laughs file: each level an anchored list of `width` aliases of the level below."""
    lines = [f"a0: &a0 [{', '.join(['lol'] * width)}]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def test_yaml_bomb_is_refused_at_its_first_anchor(data_copy: Path):
    """A 9×9 alias bomb appended to faq.yaml: refused at the line of the first anchor, nothing expanded."""
    faq = data_copy / "faq.yaml"
    faq.write_text(faq.read_text(encoding="utf-8") + yaml_bomb(), encoding="utf-8")
    [problem] = refused(data_copy)
    assert problem.file == "faq.yaml" and problem.line == line_of(faq, "a0: &a0")
    assert "锚点和别名" in problem.message


def test_a_single_alias_is_refused_too(data_copy: Path):
    """Staff never need `&x` and `*x`; an answer reused by alias is pointed at, with what to do instead."""
    faq = data_copy / "faq.yaml"
    edit(faq, "  - id: fees\n", "  - id: fees\n    keywords: &kw [费用]\n")
    [problem] = refused(data_copy)
    assert problem.line == line_of(faq, "&kw") and "请把内容直接写出来" in problem.message


def test_a_huge_file_is_refused_before_it_is_parsed(data_copy: Path):
    """A 50 MB faq.yaml (a wrong file saved under the name): line 1 says it is too big, and by how much."""
    faq = data_copy / "faq.yaml"
    with faq.open("a", encoding="utf-8") as f:
        f.write("#" + "x" * 50_000_000 + "\n")
    [problem] = refused(data_copy)
    assert problem.file == "faq.yaml" and problem.line == 1
    assert "文件太大（50.0 MB）" in problem.message and f"最多 {MAX_FAQ_BYTES / 1e6:g} MB" in problem.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
def test_a_fifo_in_place_of_a_file_does_not_block_the_loader(data_copy: Path):
    """faq.yaml replaced by a named pipe: refused at once (reading it would wait for a writer forever)."""
    faq = data_copy / "faq.yaml"
    faq.unlink()
    os.mkfifo(faq)
    [problem] = refused(data_copy)
    assert problem.file == "faq.yaml" and "不是一个普通文件" in problem.message


def test_deep_nesting_is_refused_with_its_line(data_copy: Path):
    """Five thousand nested brackets: a line and 'nested too deep', not a RecursionError."""
    faq = data_copy / "faq.yaml"
    faq.write_text(faq.read_text(encoding="utf-8") + "x: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    [problem] = refused(data_copy)
    assert problem.file == "faq.yaml" and "嵌套太深" in problem.message


def test_deeply_nested_json_is_refused(data_copy: Path):
    """contacts.json nested 100 000 deep: one line, not a traceback."""
    (data_copy / "contacts.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    [problem] = refused(data_copy)
    assert problem.file == "contacts.json" and problem.line == 1


@pytest.mark.parametrize("lead", ["99999999999d", "1e400", ".nan", "400d", "-1e400"])
def test_absurd_leads_are_refused_on_their_line(data_copy: Path, lead: str):
    """remind: [99999999999d] or [1e400] overflowed out of the loader; now each is a line for staff."""
    deadlines = data_copy / "deadlines.yaml"
    edit(deadlines, "remind: [6d15h, 2d15h, 15h, 2h]", f"remind: [{lead}, 2h]")
    problems = refused(data_copy)
    assert problems and all(p.file == "deadlines.yaml" for p in problems)
    assert problems[0].line == line_of(deadlines, f"remind: [{lead}, 2h]")
    assert "site-application" in problems[0].message


@pytest.mark.parametrize("at", ['"0001-01-01 00:00"', '"9999-12-31 23:59"', "0001-01-01T00:00:00+05:00"])
def test_absurd_years_are_refused(data_copy: Path, at: str):
    """A deadline at year 1 (it hung the start-up in the planner) is refused with its line."""
    deadlines = data_copy / "deadlines.yaml"
    edit(deadlines, 'at: "2021-11-20 23:59"', f"at: {at}")
    [problem] = refused(data_copy)
    assert problem.line == line_of(deadlines, f"at: {at}") and "年份" in problem.message


@pytest.mark.parametrize("at", ["2021-11-20T23:59:00+05:00", '"2021-11-20 23:59+05:00"'])
def test_an_explicit_utc_offset_is_honoured(data_copy: Path, at: str):
    """at: 23:59 at UTC+5 is 02:59 the next day in Shanghai: the reminder plans for that moment, not 23:59."""
    edit(data_copy / "deadlines.yaml", 'at: "2021-11-20 23:59"', f"at: {at}")
    knowledge = load(data_copy)
    site = next(d for d in knowledge.deadlines.deadlines if d.id == "site-application")
    assert site.at_in(knowledge.tz) == datetime(2021, 11, 21, 2, 59, tzinfo=SHANGHAI)
    from bot.calendar import plan

    p = plan(knowledge.deadlines, [1], datetime(2021, 11, 1, tzinfo=SHANGHAI), timedelta(hours=1))
    two_hours = next(r for r in p.upcoming if r.deadline_id == "site-application" and r.lead_seconds == 7200)
    assert two_hours.due_at == datetime(2021, 11, 21, 0, 59, tzinfo=SHANGHAI)


def test_the_fingerprint_is_of_the_bytes_parsed(data_copy: Path, monkeypatch: pytest.MonkeyPatch):
    """A save landing while the loader parses: the loaded data keeps the fingerprint of what it parsed."""
    import bot.loader as loader

    faq = data_copy / "faq.yaml"
    before = faq.read_bytes()
    parse = loader._parse_tree

    def save_mid_parse(name: str, data: bytes):
        if name == "faq.yaml":
            faq.write_bytes(before.replace("通知里没有写明具体金额，".encode(), "通知里没有写金额，".encode()))
        return parse(name, data)

    monkeypatch.setattr(loader, "_parse_tree", save_mid_parse)
    knowledge = load(data_copy)
    assert knowledge.fingerprints["faq.yaml"] == fingerprint(before) != fingerprint(faq.read_bytes())
    fees = next(e for e in knowledge.faq.faqs if e.id == "fees")
    assert "通知里没有写明具体金额" in fees.answer
