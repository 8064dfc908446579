"""`python -m bot check`: what staff see when they check the data folder before (or after) saving."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from bot.__main__ import main
from bot.lint import MAX_ERRORS, check_folder
from tests.conftest import DATA, ROOT

FORMAT = re.compile(r"^(faq\.yaml|contacts\.json|deadlines\.yaml|notice\.yaml|regions\.json):\d+: \S")


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + text, encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_shipped_data_passes_without_warnings(capsys):
    """The bundled data: exit 0, "没有发现问题", and no overlap warning."""
    assert check_folder(DATA) == []
    assert main(["check", str(DATA)]) == 0
    assert "没有发现问题" in capsys.readouterr().out


def test_broken_yaml_exits_1_with_file_and_line(data_copy: Path):
    """`python -m bot check` on a faq.yaml with an unclosed bracket: FILE:LINE: message, exit 1."""
    faq = data_copy / "faq.yaml"
    append(faq, "  - id: lunch\n    questions: [中午在哪吃饭, 考点有食堂吗\n    answer: 食堂中午开放。\n")
    run = subprocess.run(
        [sys.executable, "-m", "bot", "check", str(data_copy)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert lines == [lines[0]] and FORMAT.match(lines[0])
    assert lines[0].startswith(f"faq.yaml:{line_of(faq, '中午在哪吃饭')}: ") and "方括号" in lines[0]


def test_many_problems_are_capped_with_a_count(data_copy: Path, capsys):
    """Forty broken entries: at most MAX_ERRORS lines and one line saying how many more, exit 1."""
    entries = "".join(f"  - id: e{i}\n    questions: []\n    answer: 答。\n" for i in range(40))
    append(data_copy / "faq.yaml", entries)
    assert main(["check", str(data_copy)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == MAX_ERRORS + 1 and all(FORMAT.match(line) for line in out)
    assert f"另有 {40 - MAX_ERRORS} 个问题" in out[-1]


def test_near_identical_questions_in_two_entries_warn(data_copy: Path, capsys):
    """A new entry asking 考试费用怎么交呢 beside fees' 考试费怎么交: a warning naming both lines; exit 0."""
    faq = data_copy / "faq.yaml"
    append(faq, "  - id: fees-bank\n    questions: [考试费用怎么交呢]\n    answer: 对公转账。\n")
    found = check_folder(data_copy)
    assert all(p.warning for p in found)
    near = [p for p in found if "几乎一样" in p.message]
    assert len(near) == 1
    assert (
        near[0].line == line_of(faq, "考试费怎么交") and f"第 {line_of(faq, '考试费用怎么交呢')} 行" in near[0].message
    )
    assert "fees" in near[0].message and "fees-bank" in near[0].message
    assert main(["check", str(data_copy)]) == 0
    out = capsys.readouterr().out
    assert "提醒：" in out and len(out.splitlines()) <= 3


def test_entry_copied_twice_is_unreachable(data_copy: Path):
    """An entry pasted under a new id with the same questions: warned as a clash and as never used."""
    faq = data_copy / "faq.yaml"
    append(faq, "  - id: tickets-copy\n    questions: [准考证什么时候打印]\n    answer: 见平台。\n")
    found = check_folder(data_copy)
    unused = [p for p in found if "不会被用到" in p.message]
    clashes = [p for p in found if "几乎一样" in p.message]
    assert clashes and unused
    assert any(p.line == line_of(faq, "- id: tickets-copy") and "tickets-copy" in p.message for p in unused)


def test_sample_the_engine_cannot_answer_warns(data_copy: Path):
    """A sample question made only of filler (的): the bot could not answer it, so check says so on its line."""
    faq = data_copy / "faq.yaml"
    append(faq, "  - id: parking\n    questions:\n      - 考点停车场在哪里\n      - 的\n    answer: 东门。\n")
    found = check_folder(data_copy)
    assert [p.line for p in found] == [line_of(faq, "      - 的")]
    assert "答不上来" in found[0].message and found[0].warning


def test_entry_only_asked_as_contact_questions_warns(data_copy: Path):
    """An entry whose questions all go to the contact directory (广东谁负责) is never used: one warning."""
    faq = data_copy / "faq.yaml"
    append(faq, "  - id: guangdong\n    questions: [广东谁负责, 广东的联系人是谁]\n    answer: 林贺。\n")
    found = check_folder(data_copy)
    assert len(found) == 1 and found[0].line == line_of(faq, "- id: guangdong")
    assert "联系人" in found[0].message and "不会被用到" in found[0].message


def test_contact_question_among_others_is_not_a_warning(data_copy: Path):
    """A sample routed to contacts on purpose, in an entry its other samples reach: no warning."""
    append(
        data_copy / "faq.yaml", "  - id: parking\n    questions: [考点停车场在哪里, 广东谁负责]\n    answer: 东门。\n"
    )
    assert check_folder(data_copy) == []


def test_a_window_before_a_deadline_alone_is_refused(data_copy: Path):
    """window: before_X names a step due before window X opens: X must open on a day (the contact filing is a
    deadline alone, and a misspelt window is none); the line is reported, not met at answer time."""
    faq = data_copy / "faq.yaml"
    append(faq, "  - id: early-step\n    window: before_contact_filing\n    questions: [提前要做的事, 之前要办什么]\n    answer: 之前办。\n")
    problems = check_folder(data_copy)
    assert any(p.line == line_of(faq, "id: early-step") and "before_" in p.message for p in problems), problems


def test_a_step_due_before_any_opening_window_has_its_deadline(data_copy: Path):
    """before_exams is the day before the first exam; the entry answers whether one is in time by it."""
    from datetime import datetime

    from bot.answer import Answerer
    from bot.knowledge import load

    append(
        data_copy / "faq.yaml",
        "  - id: seat-plan\n    window: before_exams\n    questions: [座位表什么时候交, 座位表交给谁]\n"
        "    answer: 座位表交给考务组。\n",
    )
    assert not [p for p in check_folder(data_copy) if not p.warning]
    text = Answerer(load(data_copy)).answer("座位表还来得及交吗", now=datetime(2021, 12, 10, 10)).text
    assert "离截止还有 7 天" in text, text
