"""Reloading the data while the bot answers: whole swaps, the last good data on a mistake, what changed."""

from __future__ import annotations

from pathlib import Path

from bot.live import MAX_LISTED, LiveKnowledge, ReloadResult, StaffAlerts
from tests.conftest import DURING_REGISTRATION

PARKING = "  - id: parking\n    questions: [考点停车场在哪里, 能开车去考点吗]\n    answer: 考点东门有临时停车位。\n"
BROKEN = "  - id: lunch\n    questions: [中午在哪吃饭, 考点有食堂吗\n    answer: 食堂中午开放。\n"


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + text, encoding="utf-8")


def test_nothing_changed(data_copy: Path):
    """A reload with the files untouched keeps the same answerer and says so."""
    live = LiveKnowledge.open(data_copy)
    before = live.answerer
    result = live.reload()
    assert result.ok and not result.changed_files and live.answerer is before
    assert result.entries == len(live.knowledge.faq.faqs)
    assert "问答没有变化" in result.summary()


def test_new_entry_is_answered_after_reload(data_copy: Path):
    """An appended entry: reported as added, and its question is answered with it."""
    live = LiveKnowledge.open(data_copy)
    count = len(live.knowledge.faq.faqs)
    assert live.answer("考点停车场在哪里").entry_id != "parking"
    append(data_copy / "faq.yaml", PARKING)
    result = live.reload()
    assert result.ok and result.added == ("parking",) and not result.changed and not result.removed
    assert result.entries == count + 1 and result.files == ("faq.yaml",)
    assert "新增：parking" in result.summary() and f"现在有 {count + 1} 条问答在用" in result.summary()
    reply = live.answer("考点停车场在哪里")
    assert reply.entry_id == "parking" and "东门" in reply.text


def test_changed_and_removed_entries_are_named(data_copy: Path):
    """Editing one answer and deleting another entry: both named in the summary."""
    live = LiveKnowledge.open(data_copy)
    faq = data_copy / "faq.yaml"
    text = faq.read_text(encoding="utf-8")
    assert "通知里没有写明具体金额，" in text
    text = text.replace("通知里没有写明具体金额，", "通知里没有写明具体金额（各站点协议不同），")
    start = text.index("  - id: exam-mode\n")
    end = text.index("  - id: ", start + 1)
    faq.write_text(text[:start] + text[end:], encoding="utf-8")
    result = live.reload()
    assert result.ok and result.changed == ("fees",) and result.removed == ("exam-mode",) and not result.added
    assert "修改：fees" in result.summary() and "删除：exam-mode" in result.summary()
    assert "各站点协议不同" in live.answer("考试费怎么交").text


def test_broken_file_keeps_the_last_good_data(data_copy: Path):
    """Broken YAML: nothing is swapped, the old answers keep coming, the problem has file and line."""
    live = LiveKnowledge.open(data_copy)
    append(data_copy / "faq.yaml", PARKING)
    live.reload()
    before, answer = live.answerer, live.answer("考试费怎么交").text
    append(data_copy / "faq.yaml", BROKEN)
    result = live.reload()
    assert not result.ok and live.answerer is before
    assert live.answer("考试费怎么交").text == answer
    assert live.answer("考点停车场在哪里").entry_id == "parking"
    [problem] = result.problems
    lines = (data_copy / "faq.yaml").read_text(encoding="utf-8").splitlines()
    assert problem.file == "faq.yaml" and "中午在哪吃饭" in lines[problem.line - 1]
    assert live.last_problems == result.problems
    assert f"faq.yaml:{problem.line}:" in result.summary() and "上一个正确的版本" in result.summary()


def test_a_mistake_in_one_file_blocks_the_good_edit_in_another(data_copy: Path):
    """A new FAQ entry and a broken deadlines.yaml saved together: neither is applied (nothing half-done)."""
    live = LiveKnowledge.open(data_copy)
    append(data_copy / "faq.yaml", PARKING)
    deadlines = data_copy / "deadlines.yaml"
    deadlines.write_text(deadlines.read_text(encoding="utf-8").replace("Asia/Shanghai", "Asia/Beijing"), "utf-8")
    result = live.reload()
    assert not result.ok and [p.file for p in result.problems] == ["deadlines.yaml"]
    assert live.knowledge.faq.faqs[-1].id != "parking"


def test_other_files_are_named_in_the_summary(data_copy: Path):
    """Only deadlines.yaml edited: FAQ unchanged, the summary names the file."""
    live = LiveKnowledge.open(data_copy)
    deadlines = data_copy / "deadlines.yaml"
    deadlines.write_text(deadlines.read_text(encoding="utf-8") + "# 已核对\n", encoding="utf-8")
    result = live.reload()
    assert result.ok and result.changed_files and result.files == ("deadlines.yaml",)
    assert "问答没有变化" in result.summary() and "另外更新了：deadlines.yaml" in result.summary()


def test_pending_choice_survives_a_reload(data_copy: Path):
    """A member offered numbered choices can still answer "2" after staff saved an unrelated edit."""
    two_doors = (
        "  - id: parking-east\n    questions: [考点停车场在哪里]\n    answer: 东门停车。\n"
        "  - id: parking-west\n    questions: [考点停车场在哪里]\n    answer: 西门停车。\n"
    )
    append(data_copy / "faq.yaml", two_doors)
    live = LiveKnowledge.open(data_copy)
    asker = (594707089, "20001")
    offered = live.answer("考点停车场在哪里", now=DURING_REGISTRATION, asker=asker)
    assert offered.kind == "clarify" and set(offered.choices) == {"parking-east", "parking-west"}
    append(data_copy / "faq.yaml", "  - id: lunch\n    questions: [中午在哪吃饭]\n    answer: 食堂。\n")
    assert live.reload().added == ("lunch",)
    picked = live.answer("2", now=DURING_REGISTRATION, asker=asker)
    assert picked.kind == "faq" and picked.entry_id == offered.choices[1]


def test_summary_fits_a_phone_screen():
    """Many problems or many new entries: the reply stays within 15 lines."""
    from bot.knowledge import Problem

    many = tuple(Problem("faq.yaml", i, "错") for i in range(1, 40))
    failed = ReloadResult(False, True, many).summary().splitlines()
    assert len(failed) <= 15 and "另有 31 个问题" in failed[-1]
    ids = tuple(f"entry-{i}" for i in range(30))
    grown = ReloadResult(True, True, entries=30, added=ids, changed=ids, removed=ids, files=("faq.yaml",))
    lines = grown.summary().splitlines()
    assert len(lines) <= 15 and f"等 {len(ids)} 条" in lines[1] and f"entry-{MAX_LISTED}" not in lines[1]


def test_staff_are_told_once_per_mistake_and_once_when_fixed(data_copy: Path):
    """Saving the same mistake twice alerts once; a different mistake alerts again; the fix is announced once."""
    live = LiveKnowledge.open(data_copy)
    alerts = StaffAlerts()
    faq = data_copy / "faq.yaml"
    good = faq.read_text(encoding="utf-8")
    assert alerts.after(live.reload()) is None

    append(faq, BROKEN)
    first = alerts.after(live.reload())
    assert first is not None and "faq.yaml:" in first and "上一个正确的版本" in first
    assert alerts.after(live.reload()) is None

    faq.write_text(good + "  - id: parking\n    questions: []\n    answer: 东门。\n", encoding="utf-8")
    second = alerts.after(live.reload())
    assert second is not None and "至少要有一项" in second

    faq.write_text(good + PARKING, encoding="utf-8")
    fixed = alerts.after(live.reload())
    assert fixed is not None and "已改好" in fixed and "新增：parking" in fixed
    assert alerts.after(live.reload()) is None


def test_start_up_load_is_handed_over_once(data_copy, monkeypatch):
    """The data checked at start-up is opened without reading it again, once; a changed file is read afresh."""
    import bot.live as live_module
    from bot.knowledge import load as real_load

    checked = real_load(data_copy)
    live_module.keep_for_start(data_copy, checked)
    reads = []
    monkeypatch.setattr(live_module, "load", lambda d: reads.append(d) or real_load(d))
    assert live_module.LiveKnowledge.open(data_copy).knowledge is checked and reads == []
    assert live_module.LiveKnowledge.open(data_copy).knowledge is not checked and len(reads) == 1

    live_module.keep_for_start(data_copy, checked)
    faq = data_copy / "faq.yaml"
    faq.write_text(faq.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert live_module.LiveKnowledge.open(data_copy).knowledge is not checked and len(reads) == 2


def test_a_reload_leaves_the_garbage_collector_as_it_found_it(data_copy: Path) -> None:
    """The collector is off (and the GIL handed round often) only while a reload builds; then all is as it was."""
    import gc
    import sys

    interval = sys.getswitchinterval()
    live = LiveKnowledge.open(data_copy)
    assert gc.isenabled()
    faq = data_copy / "faq.yaml"
    entry = "\n  - id: gc-a\n    questions: [考点有售货机吗]\n    answer: 有。\n"
    faq.write_text(faq.read_text(encoding="utf-8") + entry, encoding="utf-8")
    assert live.reload().ok and gc.isenabled() and sys.getswitchinterval() == interval
    gc.disable()
    try:
        faq.write_text(faq.read_text(encoding="utf-8").replace("考点有售货机吗", "考点有饮水机吗"), encoding="utf-8")
        assert live.reload().ok and not gc.isenabled()
    finally:
        gc.enable()
