"""Staff teach the running bot from the chat over real OneBot v11; faq.yaml holds every change, members see it at once."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA
from tests.fake import GROUP, MEMBER, STAFF
from tests.onebot import running_bot

SAVE_TIMEOUT = 15  # validating, writing and reloading on a loaded test machine; the budget is in tools/bench_teach.py


@pytest.fixture(scope="module")
async def chat(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[tuple[Any, Path]]:
    """One bot for the module, on its own copy of data/: (the OneBot stand-in, the data folder)."""
    work = tmp_path_factory.mktemp("teach")
    data = work / "data"
    shutil.copytree(DATA, data)
    async with running_bot(work, KAOWU_DATA_DIR=str(data)) as sim:
        yield sim, data


async def staff(sim: Any, text: str, timeout: float = 5) -> str:
    """What the bot replies to the superuser's private message (all of it, one string)."""
    replies = await sim.ask_private(STAFF, text, first_timeout=timeout)
    assert replies, f"no reply to {text!r}"
    return "\n".join(r.text for r in replies)


async def member_asks(sim: Any, question: str) -> str:
    replies = await sim.ask_group(GROUP, MEMBER, question, first_timeout=10)
    assert len(replies) == 1, f"{question!r}: {[r.text for r in replies]}"
    return replies[0].text


async def test_learn_is_answered_at_once(chat):
    """/faq learn 「考场能停车吗」 exam-venue: the reply says it is saved, and the very next member who asks gets that answer."""
    sim, data = chat
    saved = await staff(sim, "/faq learn 「考场能停车吗」 exam-venue", SAVE_TIMEOUT)
    assert "已写入 faq.yaml" in saved and "exam-venue 学了「考场能停车吗」" in saved
    assert "通知没有写明具体考试地点" in await member_asks(sim, "考场能停车吗")
    assert "考场能停车吗" in (data / "faq.yaml").read_text(encoding="utf-8")


async def test_add_dialog_then_the_group_gets_the_new_answer(chat):
    """/faq add: questions, answer, a preview with the date filled in, 确认; the group gets the new answer, the file only the new entry."""
    sim, data = chat
    before = (data / "faq.yaml").read_text(encoding="utf-8")
    assert "一行一个" in await staff(sim, "/faq add parking")
    assert "请发回答" in await staff(sim, "考点停车场在哪里\n能开车去考点吗")
    preview = await staff(sim, "考点东门有临时停车位，考试当天开放。\n报名时间：{registration}")
    assert "预览" in preview and "{registration}" not in preview and "「考点停车场在哪里」现在" in preview
    assert "新增 parking" in await staff(sim, "确认", SAVE_TIMEOUT)
    assert "东门" in await member_asks(sim, "考点停车场在哪里")
    after = (data / "faq.yaml").read_text(encoding="utf-8")
    assert after.startswith(before) and after[len(before) :].startswith("\n  - id: parking\n")


async def test_edit_replaces_the_answer_members_get(chat):
    """/faq edit platform: the new answer, previewed and confirmed, is what members get."""
    sim, _ = chat
    assert "请发新的回答" in await staff(sim, "/faq edit platform")
    assert "预览" in await staff(sim, "1+X 平台的网址请看本校考核站点收到的通知。")
    assert "修改 platform 的回答" in await staff(sim, "确认", SAVE_TIMEOUT)
    assert "本校考核站点收到的通知" in await member_asks(sim, "1+X平台网址")


async def test_undo_and_history(chat):
    """/faq undo takes back the last chat change, byte for byte; /faq history shows both, the first marked undone."""
    sim, data = chat
    before = (data / "faq.yaml").read_bytes()
    learned = await staff(sim, "/faq learn 「考试费能不能刷卡」 fees", SAVE_TIMEOUT)
    number = learned.split("#")[1].split()[0]
    undone = await staff(sim, "/faq undo", SAVE_TIMEOUT)
    assert f"撤销 #{number}（fees）" in undone
    assert (data / "faq.yaml").read_bytes() == before
    history = await staff(sim, "/faq history")
    assert f"#{number} " in history and f"{STAFF} fees 学了「考试费能不能刷卡」（已撤销）" in history


async def test_an_invalid_answer_is_refused_and_nothing_is_written(chat):
    """An answer naming an unknown {placeholder} is refused with the file's own error; 取消 leaves faq.yaml as it was."""
    sim, data = chat
    before = (data / "faq.yaml").read_bytes()
    await staff(sim, "/faq add lunch")
    await staff(sim, "中午在哪吃饭")
    refused = await staff(sim, "食堂：{canteen}")
    assert "没有保存" in refused and "{canteen}" in refused
    assert "已取消" in await staff(sim, "取消")
    assert (data / "faq.yaml").read_bytes() == before


async def test_a_hand_edit_during_the_dialog_survives(chat):
    """Someone saves faq.yaml in an editor while a /faq add waits for 确认: both the hand edit and the new entry are served."""
    sim, data = chat
    faq = data / "faq.yaml"
    await staff(sim, "/faq add water")
    await staff(sim, "考场有没有饮水机")
    assert "预览" in await staff(sim, "考场走廊有饮水机。")
    temp = data / ".faq.yaml.swp"  # saved the way vim does: a new file renamed over the old
    hand = "\n  - id: calculator\n    questions: [能带计算器进考场吗]\n    answer: 通知没有写，请问本校考核站点。\n"
    temp.write_text(faq.read_text(encoding="utf-8") + hand, encoding="utf-8")
    os.replace(temp, faq)
    assert "新增 water" in await staff(sim, "确认", SAVE_TIMEOUT)
    text = faq.read_text(encoding="utf-8")
    assert "id: calculator" in text and "id: water" in text
    assert "饮水机" in await member_asks(sim, "考场有没有饮水机")
    assert "本校考核站点" in await member_asks(sim, "能带计算器进考场吗")


@pytest.mark.parametrize("command", ["/faq learn 「考场能停车吗」 fees", "/faq add", "/unanswered"])
async def test_members_are_refused_and_not_answered(chat, command: str):
    """A member's staff command in the group, with or without @, gets only the refusal; faq.yaml is untouched."""
    sim, data = chat
    before = (data / "faq.yaml").read_bytes()
    for at_bot in (False, True):
        replies = await sim.ask_group(GROUP, MEMBER, command, at_bot=at_bot)
        assert [r.text for r in replies] == ["这个命令只有管理员可以用。有问题请直接 @我 提问。"]
    assert "打印准考证前缴纳" in await member_asks(sim, "考试费怎么交")  # no dialog was left waiting
    assert (data / "faq.yaml").read_bytes() == before
