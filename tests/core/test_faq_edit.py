"""faq.yaml edited from the chat: only the changed bytes move, the loader guards every write, no hand edit is lost."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from bot.faq_edit import (
    AddEntry,
    EditRefused,
    LearnQuestion,
    ReplaceAnswer,
    Undo,
    add_question,
    check,
    entry_in,
    validate_faq,
    write,
)
from bot.knowledge import load

PARKING = AddEntry(
    "parking", ("考点停车场在哪里", "能开车去考点吗"), "考点东门有临时停车位，考试当天开放。\n报名时间：{registration}"
)


def faq_text(data: Path) -> str:
    return (data / "faq.yaml").read_text(encoding="utf-8")


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """(removed, added) lines, as `git diff` would show them."""
    removed, added = [], []
    for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0):
        if line.startswith("-") and not line.startswith("---"):
            removed.append(line[1:])
        elif line.startswith("+") and not line.startswith("+++"):
            added.append(line[1:])
    return removed, added


def test_add_leaves_every_other_byte_alone(data_copy: Path):
    """After /faq add, the file is the old file with the new entry inserted whole: comments and layout unchanged."""
    before = (data_copy / "faq.yaml").read_bytes()
    done = write(data_copy, PARKING)
    after = (data_copy / "faq.yaml").read_bytes()
    block = (
        "\n  - id: parking\n    questions: [考点停车场在哪里, 能开车去考点吗]\n    answer: |\n"
        "      考点东门有临时停车位，考试当天开放。\n      报名时间：{registration}\n"
    ).encode()
    at = after.index(block)
    assert after[:at] + after[at + len(block) :] == before
    removed, added = changed_lines(before.decode(), after.decode())
    assert removed == [] and added == block.decode().splitlines()
    assert done.before is None and done.after["questions"] == ["考点停车场在哪里", "能开车去考点吗"]
    assert load(data_copy).faq.faqs[-1].id == "parking"


def test_learn_touches_only_the_entrys_questions(data_copy: Path):
    """/faq learn adds the question at the end of that entry's list, wrapping like the file does; nothing else moves."""
    before = faq_text(data_copy)
    write(data_copy, LearnQuestion("fees", "考试费能刷卡吗"))
    removed, added = changed_lines(before, faq_text(data_copy))
    assert len(removed) == 1 and removed[0].startswith("    questions: [考试费怎么交")
    assert added[0] == removed[0][:-1] + "," and added[1] == "      考试费能刷卡吗]"
    assert "考试费能刷卡吗" in next(e for e in load(data_copy).faq.faqs if e.id == "fees").questions


def test_edit_replaces_only_the_answer(data_copy: Path):
    """/faq edit rewrites the answer block in place; the blank line and the next entry stay as they were."""
    before = faq_text(data_copy)
    write(data_copy, ReplaceAnswer("fees", "按协议缴费。\n金额以协议为准。"))
    removed, added = changed_lines(before, faq_text(data_copy))
    assert added == ["      按协议缴费。", "      金额以协议为准。"]
    assert all(line.startswith("      ") for line in removed) and len(removed) == 2
    assert next(e for e in load(data_copy).faq.faqs if e.id == "fees").answer == "按协议缴费。\n金额以协议为准。"


@pytest.mark.parametrize(
    "change",
    [PARKING, LearnQuestion("fees", "考试费能刷卡吗"), ReplaceAnswer("countdown", "新的倒计时说明")],
    ids=["add", "learn", "edit"],
)
def test_undo_restores_the_file_byte_for_byte(data_copy: Path, change):
    """/faq undo right after a change gives back exactly the file there was."""
    before = (data_copy / "faq.yaml").read_bytes()
    done = write(data_copy, change)
    write(data_copy, Undo(1, done))
    assert (data_copy / "faq.yaml").read_bytes() == before


def test_an_invalid_change_is_refused_and_nothing_is_written(data_copy: Path):
    """An unknown placeholder is refused with the loader's own file:line message; the file is untouched."""
    before = (data_copy / "faq.yaml").read_bytes()
    with pytest.raises(EditRefused) as refused:
        write(data_copy, AddEntry("lunch", ("中午在哪吃饭",), "食堂：{canteen}"))
    assert "faq.yaml:" in refused.value.reason and "{canteen}" in refused.value.reason
    with pytest.raises(EditRefused, match="已经有 id 为 fees"):
        write(data_copy, AddEntry("fees", ("考试费",), "x"))
    with pytest.raises(EditRefused, match="已经是 fees 的问法"):
        check(data_copy, LearnQuestion("fees", "考试费怎么交"))
    assert (data_copy / "faq.yaml").read_bytes() == before
    assert not [p.name for p in data_copy.iterdir() if p.name.startswith(".")], "no temporary file is left behind"


def test_a_hand_edit_landing_between_read_and_write_survives(data_copy: Path):
    """Someone saves faq.yaml in an editor while the bot validates its change: both changes are in the file."""
    faq = data_copy / "faq.yaml"
    hand = "\n  - id: lunch\n    questions: [中午在哪吃饭]\n    answer: 食堂中午开放。\n"
    calls = []

    def validate_while_someone_saves(folder: Path, text: str):
        calls.append(text)
        if len(calls) == 1:  # the editor's save lands after the bot read the file, before it writes
            faq.write_text(faq.read_text(encoding="utf-8") + hand, encoding="utf-8")
        return validate_faq(folder, text)

    write(data_copy, PARKING, validate=validate_while_someone_saves)
    ids = [e.id for e in load(data_copy).faq.faqs]
    assert "lunch" in ids and "parking" in ids
    assert len(calls) == 2 and "lunch" not in calls[0] and "lunch" in calls[1]


def test_undo_refuses_when_the_entry_was_since_edited_by_hand(data_copy: Path):
    """An entry added from the chat and then changed in the file is not deleted by /faq undo."""
    done = write(data_copy, PARKING)
    faq = data_copy / "faq.yaml"
    faq.write_text(faq_text(data_copy).replace("考点东门有临时停车位", "考点西门有停车位"), encoding="utf-8")
    before = faq.read_bytes()
    with pytest.raises(EditRefused, match="手工改过"):
        write(data_copy, Undo(1, done))
    assert faq.read_bytes() == before


def test_undo_of_a_learned_question_applies_to_the_current_file(data_copy: Path):
    """A learn undone after an unrelated hand edit removes just the learned question and keeps the hand edit."""
    done = write(data_copy, LearnQuestion("fees", "考试费能刷卡吗"))
    faq = data_copy / "faq.yaml"
    faq.write_text(faq_text(data_copy).replace("考试日期：{exam_dates}。", "考试日期：{exam_dates}，别迟到。"), "utf-8")
    write(data_copy, Undo(1, done))
    text = faq_text(data_copy)
    assert "考试费能刷卡吗" not in text and "别迟到" in text


def test_windows_files_keep_their_bom_and_line_ends(data_copy: Path):
    """A faq.yaml saved by Notepad (BOM, CRLF) stays that way; only the new entry is added."""
    faq = data_copy / "faq.yaml"
    original = "\ufeff" + faq_text(data_copy).replace("\n", "\r\n")
    faq.write_bytes(original.encode("utf-8"))
    write(data_copy, PARKING)
    raw = faq.read_bytes().decode("utf-8")
    assert raw.startswith("\ufeff") and "\n" not in raw.replace("\r\n", "")
    assert raw.startswith(original) and "  - id: parking\r\n" in raw


def test_block_style_questions_and_awkward_text():
    """A `- item` list gets a `- item` line; text with ': ' or a leading '[' is quoted so it reads back the same."""
    text = "faqs:\n  - id: a\n    questions:\n      - 第一问\n      - 第二问\n    answer: 甲\n"
    out = add_question(text, "a", "问: 冒号")
    assert out == text.replace("      - 第二问\n", '      - 第二问\n      - "问: 冒号"\n')
    out = add_question("faqs:\n  - id: a\n    questions: [一]\n    answer: 甲\n", "a", "[括号]开头")
    assert entry_in(out, "a")["questions"] == ["一", "[括号]开头"]
