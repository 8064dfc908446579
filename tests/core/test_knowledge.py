"""Validation of the data files: each mistake staff can make is named with its file, its line and what to do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.knowledge import DataError, Problem, load
from tests.conftest import DATA


def problems(data_dir: Path) -> list[Problem]:
    try:
        load(data_dir)
    except DataError as e:
        return list(e.problems)
    return []


def line_of(path: Path, needle: str, nth: int = 1) -> int:
    """1-based line of the nth line containing `needle` (the data files change; line numbers are looked up)."""
    found = [i for i, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1) if needle in line]
    return found[nth - 1]


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path.name} any more"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def edit_first_remind(path: Path, new: str) -> None:
    """Replace the first deadline's `remind: [...]` line."""
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"remind: \[[^\]]*\]", lambda _: new, text, count=1), encoding="utf-8")


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + text, encoding="utf-8")


def only(found: list[Problem]) -> Problem:
    assert len(found) == 1, [str(p) for p in found]
    p = found[0]
    assert re.search(r"[\u4e00-\u9fff]", p.message) and "Input should" not in p.message, "plain Chinese"
    return p


def test_shipped_data_has_no_problem(data_copy: Path):
    """The bundled data loads as it is."""
    assert problems(data_copy) == []


def test_a_file_that_is_a_list_is_named_at_line_1(data_copy: Path):
    """faq.yaml saved as a bare list: faq.yaml:1, the top must be `faqs:`."""
    (data_copy / "faq.yaml").write_text("- id: fees\n- id: tickets\n", encoding="utf-8")
    p = only(problems(data_copy))
    assert (p.file, p.line) == ("faq.yaml", 1) and "faqs:" in p.message


def test_tab_indentation_is_named_on_its_line(data_copy: Path):
    """A Tab used to indent: that line, and 'use spaces'."""
    faq = data_copy / "faq.yaml"
    edit(faq, "  - id: exam-mode", "\t- id: exam-mode")
    p = only(problems(data_copy))
    assert (p.file, p.line) == ("faq.yaml", line_of(faq, "- id: exam-mode")) and "Tab" in p.message
    assert "空格" in p.message


def test_duplicate_key_is_named_on_the_second_one(data_copy: Path):
    """An entry with two `answer:` keys: the line of the second, naming the key."""
    faq = data_copy / "faq.yaml"
    append(faq, "  - id: parking\n    questions: [考点能停车吗]\n    answer: 东门。\n    answer: 西门。\n")
    p = only(problems(data_copy))
    assert p.line == line_of(faq, "answer: 西门。") and "answer" in p.message and "两个一样的键" in p.message


def test_byte_order_mark_from_windows_notepad_is_accepted(data_copy: Path):
    """Files saved by Notepad with a BOM (YAML and JSON) load normally."""
    for name in ("faq.yaml", "contacts.json", "deadlines.yaml"):
        path = data_copy / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert problems(data_copy) == []


def test_file_not_saved_as_utf8_says_so(data_copy: Path):
    """A faq.yaml saved as GBK: line 1, 'save as UTF-8'."""
    faq = data_copy / "faq.yaml"
    faq.write_bytes(faq.read_text(encoding="utf-8").encode("gbk"))
    p = only(problems(data_copy))
    assert (p.file, p.line) == ("faq.yaml", 1) and "UTF-8" in p.message


def test_unclosed_bracket_points_to_the_line_that_opened_it(data_copy: Path):
    """`questions: [a, b` with no `]`: the questions line, not the line after."""
    faq = data_copy / "faq.yaml"
    append(faq, "  - id: lunch\n    questions: [中午在哪吃饭, 考点有食堂吗\n    answer: 食堂中午开放。\n")
    p = only(problems(data_copy))
    assert p.line == line_of(faq, "questions: [中午在哪吃饭") and "方括号" in p.message


def test_colon_inside_text_is_explained(data_copy: Path):
    """`answer: 注意: 带证件` (an English colon inside text): that line, and how to write it."""
    faq = data_copy / "faq.yaml"
    append(faq, "  - id: id-card\n    questions: [要带身份证吗]\n    answer: 注意: 带身份证\n")
    p = only(problems(data_copy))
    assert p.line == line_of(faq, "answer: 注意: 带身份证") and "冒号" in p.message


def test_duplicate_entry_id_names_both_lines(data_copy: Path):
    """Two entries with id exam-schedule: the second one's line, and where the first is."""
    faq = data_copy / "faq.yaml"
    first = line_of(faq, "- id: exam-schedule")
    edit(faq, "- id: exam-mode", "- id: exam-schedule")
    p = only(problems(data_copy))
    assert p.line == line_of(faq, "- id: exam-schedule", nth=2) and f"第 {first} 行" in p.message


def test_entry_without_questions(data_copy: Path):
    """`questions: []`: that line, 'at least one'."""
    faq = data_copy / "faq.yaml"
    append(faq, "  - id: parking\n    questions: []\n    answer: 东门停车。\n")
    p = only(problems(data_copy))
    assert p.line == line_of(faq, "questions: []") and "parking" in p.message and "至少要有一项" in p.message


def test_blank_question_is_named_on_its_own_line(data_copy: Path):
    """A blank item in a block list of questions: the line of that item."""
    faq = data_copy / "faq.yaml"
    append(faq, '  - id: parking\n    questions:\n      - 考点能停车吗\n      - ""\n    answer: 东门停车。\n')
    p = only(problems(data_copy))
    assert p.line == line_of(faq, '- ""') and "parking" in p.message and "空" in p.message


def test_missing_question_item(data_copy: Path):
    """A `-` with nothing after it in the questions: that line, 'empty'."""
    faq = data_copy / "faq.yaml"
    append(faq, "  - id: parking\n    questions:\n      - 考点能停车吗\n      - # 还没想好\n    answer: 东门停车。\n")
    p = only(problems(data_copy))
    assert p.line == line_of(faq, "还没想好") and "是空的" in p.message


def test_empty_answer(data_copy: Path):
    """`answer: ""`: the answer line, naming the entry."""
    faq = data_copy / "faq.yaml"
    append(faq, '  - id: parking\n    questions: [考点能停车吗]\n    answer: ""\n')
    p = only(problems(data_copy))
    assert p.line == line_of(faq, 'answer: ""') and "parking" in p.message and "回答是空的" in p.message


def test_missing_answer(data_copy: Path):
    """No `answer:` at all: the entry's line, 'missing'."""
    faq = data_copy / "faq.yaml"
    append(faq, "  - id: parking\n    questions: [考点能停车吗]\n")
    p = only(problems(data_copy))
    assert p.line == line_of(faq, "- id: parking") and "answer" in p.message and "缺少" in p.message


def test_misspelled_key(data_copy: Path):
    """`anwser:` instead of `answer:`: the misspelled key's line."""
    faq = data_copy / "faq.yaml"
    append(faq, "  - id: parking\n    questions: [考点能停车吗]\n    answer: 东门。\n    anwser: 西门。\n")
    p = only(problems(data_copy))
    assert p.line == line_of(faq, "anwser:") and "拼写" in p.message


def test_reminder_lead_that_is_not_a_duration(data_copy: Path):
    """`remind: [7d, 3天]`: the remind line, which item, and how durations are written."""
    deadlines = data_copy / "deadlines.yaml"
    edit_first_remind(deadlines, "remind: [7d, 3天, 1d, 2h]")
    p = only(problems(data_copy))
    assert (p.file, p.line) == ("deadlines.yaml", line_of(deadlines, "3天"))
    assert "第 2 项" in p.message and "7d" in p.message


def test_reminder_lead_in_a_block_list_is_named_on_its_line(data_copy: Path):
    """A bad lead written one per line: the line of that lead."""
    deadlines = data_copy / "deadlines.yaml"
    edit_first_remind(deadlines, "remind:\n      - 7d\n      - 两小时")
    p = only(problems(data_copy))
    assert p.line == line_of(deadlines, "- 两小时")


def test_remind_that_is_not_a_list(data_copy: Path):
    """`remind: 1d` without brackets: that line, 'a list'."""
    deadlines = data_copy / "deadlines.yaml"
    edit_first_remind(deadlines, "remind: 1d")
    p = only(problems(data_copy))
    assert p.line == line_of(deadlines, "remind: 1d") and "列表" in p.message


def test_deadline_time_that_does_not_exist(data_copy: Path):
    """`at: "2021-11-31 23:59"` (no 31 November): the at line, and the right form."""
    deadlines = data_copy / "deadlines.yaml"
    edit(deadlines, '"2021-11-30 23:59"', '"2021-11-31 23:59"')
    p = only(problems(data_copy))
    assert p.line == line_of(deadlines, "2021-11-31") and "2021-11-20 23:59" in p.message


def test_deadline_time_without_hours(data_copy: Path):
    """`at: 2021-11-30` (a date only): the at line."""
    deadlines = data_copy / "deadlines.yaml"
    edit(deadlines, '"2021-11-30 23:59"', "2021-11-30")
    p = only(problems(data_copy))
    assert p.line == line_of(deadlines, "at: 2021-11-30") and "时间写法不对" in p.message


def test_unknown_timezone(data_copy: Path):
    """`timezone: Asia/Beijing`: that line, with an example."""
    deadlines = data_copy / "deadlines.yaml"
    edit(deadlines, "timezone: Asia/Shanghai", "timezone: Asia/Beijing")
    p = only(problems(data_copy))
    assert p.line == line_of(deadlines, "timezone:") and "Asia/Shanghai" in p.message


def test_contact_for_a_province_that_does_not_exist(data_copy: Path):
    """A typo in a province of contacts.json: the line of that row, naming the person."""
    contacts = data_copy / "contacts.json"
    edit(contacts, '"湖南"', '"湖楠"')
    p = only(problems(data_copy))
    assert (p.file, p.line) == ("contacts.json", line_of(contacts, "湖楠")) and "湖楠" in p.message


def test_json_syntax_error_does_not_drag_in_other_files(data_copy: Path):
    """A missing comma in contacts.json: that line only; deadlines.yaml is not blamed for it."""
    contacts = data_copy / "contacts.json"
    edit(contacts, '"湖南"]', '"湖南"')
    p = only(problems(data_copy))
    assert (p.file, p.line) == ("contacts.json", line_of(contacts, '"湖南"')) and "逗号" in p.message


def test_contact_words_without_technical_words(data_copy: Path):
    """contact_words.yaml with no word for the exam system: that line, so technical questions still route."""
    words = data_copy / "contact_words.yaml"
    words.write_text(re.sub(r"technical: \[[^\]]*\]", "technical: []", words.read_text(encoding="utf-8")), "utf-8")
    p = only(problems(data_copy))
    assert (p.file, p.line) == ("contact_words.yaml", line_of(words, "technical: []"))


@pytest.mark.parametrize("name", ["faq.yaml", "contacts.json", "deadlines.yaml"])
def test_empty_file(data_copy: Path, name: str):
    """A file saved empty: that file, line 1."""
    (data_copy / name).write_text("", encoding="utf-8")
    p = only(problems(data_copy))
    assert (p.file, p.line) == (name, 1) and "空" in p.message


def test_folder_with_only_the_three_contract_files_is_served(tmp_path: Path):
    """A data folder holding just faq.yaml, contacts.json and deadlines.yaml works, with a note on what it borrowed."""
    import shutil

    from bot.answer import Answerer
    from bot.lint import check_folder

    for name in ("faq.yaml", "contacts.json", "deadlines.yaml"):
        shutil.copy(DATA / name, tmp_path / name)
    knowledge = load(tmp_path)
    assert {p.file for p in knowledge.warnings} == {"notice.yaml", "regions.json", "contact_words.yaml"}
    assert all(p.warning for p in check_folder(tmp_path))
    assert "雷鹏" in Answerer(knowledge).answer("成都的学校找谁").text
