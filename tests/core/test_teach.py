"""What staff read while teaching: learn arguments, sample lists, new ids, previews on one screen."""

from __future__ import annotations

import pytest

from bot.teach import entry_preview, how_answered, new_entry_id, parse_learn, render_entry, sample_questions


@pytest.mark.parametrize(
    ("arg", "parsed"),
    [
        ("3 fees", (3, "fees")),
        ("「考试费能刷卡吗」 fees", ("考试费能刷卡吗", "fees")),
        ("“考试费 能刷卡吗” fees", ("考试费 能刷卡吗", "fees")),
        ('"can I pay by card" fees', ("can I pay by card", "fees")),
        ("考试费能刷卡吗 fees", ("考试费能刷卡吗", "fees")),
    ],
)
def test_learn_takes_a_number_or_any_wording(arg: str, parsed: tuple):
    """/faq learn 3 fees and /faq learn 「任意问法」 fees are both understood."""
    assert parse_learn(arg) == parsed


@pytest.mark.parametrize("arg", ["", "fees", "「考试费」", "「考试费」 fees extra"])
def test_learn_without_an_entry_gets_the_usage(arg: str):
    """A /faq learn missing its entry id is answered with how to write it."""
    with pytest.raises(ValueError, match="用法"):
        parse_learn(arg)


def test_samples_one_per_line_without_numbering():
    """Questions pasted as a numbered or bulleted list become plain sample questions, repeats once."""
    assert sample_questions("1. 考点停车场在哪里\n2、能开车去考点吗\n· 能开车去考点吗\n\n- 停车要钱吗") == [
        "考点停车场在哪里",
        "能开车去考点吗",
        "停车要钱吗",
    ]


def test_new_ids_come_from_the_first_question_and_never_clash():
    """An entry added without an id is named from its first question's pinyin, with a number if taken."""
    assert new_entry_id(["考点停车场在哪里"], []) == "kao-dian-ting-che"
    assert new_entry_id(["考点停车场在哪里"], ["kao-dian-ting-che", "kao-dian-ting-che-2"]) == "kao-dian-ting-che-3"
    assert new_entry_id(["Parking?"], []) == "parking"


def test_preview_fills_placeholders_and_fits_one_screen(answerer):
    """The /faq add preview shows the answer as members will see it and what each sample gets today, in ≤ 15 lines."""
    questions = [f"考点停车场{i}号门在哪里" for i in range(12)]
    preview = entry_preview(answerer, "parking", questions, "停车场在东门。\n报名时间：{registration}")
    assert answerer.knowledge.context["registration"] in preview and "{registration}" not in preview
    assert len(preview.splitlines()) <= 15 and preview.endswith("发「确认」保存，发「取消」放弃。")


def test_how_answered_names_the_entry_that_answers_today(answerer):
    """A sample the bot already answers with another entry is named, so staff know the new one competes."""
    assert how_answered(answerer, "考试费怎么交") == "现在会用 fees 回答"


def test_show_gives_the_file_text_and_what_members_see(answerer):
    """/faq show: the answer as faq.yaml holds it, then rendered."""
    entry = answerer.index.by_id("registration-window")
    shown = render_entry(answerer.knowledge, entry)
    assert "{registration}" in shown and answerer.knowledge.context["registration"] in shown
    assert len(shown.splitlines()) <= 15
