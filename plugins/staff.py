"""Staff commands (SUPERUSERS only): /faq and its subcommands, /unanswered. Members get a short refusal.

`/faq` is one matcher with subcommands rather than one matcher each: every matcher costs each message that
reaches its priority level a check (see plugins/ask.py). `/faq add` and `/faq edit` are nonebot dialogs:
`got` waits for the same person's next message in the same chat; nonebot keeps the SUPERUSER permission on
the waiting matcher, so nobody else can answer for them.

Every change goes through bot/faq_edit.py (applied to faq.yaml as it is on disk now, validated, written
atomically), is recorded in the audit (bot/store.py), and is served at once through reload_now.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

from nonebot import on_command, require
from nonebot.adapters import Bot, Event, Message
from nonebot.matcher import Matcher
from nonebot.params import ArgPlainText, Command, CommandArg
from nonebot.permission import SUPERUSER
from nonebot.plugin import PluginMetadata
from nonebot.typing import T_State

require("plugins.guard")
require("plugins.knowledge")
require("plugins.storage")
require("plugins.delivery")

from bot import faq_edit  # noqa: E402
from bot.commandline import parse_days  # noqa: E402
from bot.faq_edit import AddEntry, Change, EditRefused, LearnQuestion, ReplaceAnswer, Undo, clean_answer  # noqa: E402
from bot.knowledge import FaqEntry  # noqa: E402
from bot.store import UnansweredQuestion  # noqa: E402
from bot.teach import (  # noqa: E402
    CANCEL_WORDS,
    CONFIRM_WORDS,
    answer_preview,
    describe,
    entry_preview,
    misrouted,
    new_entry_id,
    parse_learn,
    render_entry,
    render_history,
    render_unanswered,
    sample_questions,
    unknown_entry,
)
from plugins.delivery import reply  # noqa: E402
from plugins.guard import is_command  # noqa: E402
from plugins.knowledge import live, reload_now  # noqa: E402
from plugins.storage import get_store  # noqa: E402

__plugin_meta__ = PluginMetadata(
    name="管理命令",
    description="管理员在聊天里维护问答：重新加载、查看没答上的问题、教机器人新问法和新问答、撤销",
    usage=(
        "/faq reload（重载问答）：立即重新加载数据文件\n"
        "/unanswered [天数]（未答问题）：最近没答上的问题，带编号\n"
        "/faq learn 编号 条目id：把第几个没答上的问题加成这一条的问法\n"
        "/faq learn 「任意问法」 条目id：把任意问法加给这一条\n"
        "/faq add [条目id]：新增一条问答（问法 → 回答 → 预览 → 确认）\n"
        "/faq edit 条目id：换掉一条的回答（回答 → 预览 → 确认）\n"
        "/faq show 条目id：查看一条\n"
        "/faq history：最近从聊天里做的修改\n"
        "/faq undo：撤销最近一次从聊天里做的修改\n"
        "以上只有管理员可以用；改动都写进 faq.yaml。"
    ),
    type="application",
    supported_adapters={"~onebot.v11", "~console"},
)

REFUSAL = "这个命令只有管理员可以用。有问题请直接 @我 提问。"
UNANSWERED_DAYS = 7
UNANSWERED_ROWS = 12  # with the header: one phone screen
UNANSWERED_USAGE = "用法：/unanswered [天数]，天数是 1 到 365 的整数，例如 /unanswered 30"
CANCELLED = "已取消，faq.yaml 没有改动。"
INTERRUPTED = "收到了另一个命令，刚才的对话已取消，faq.yaml 没有改动。请再发一次那个命令。"

# Subcommand words, English first (the first is the canonical name).
SUBCOMMANDS = {
    "reload": ("reload", "重载", "重新加载"),
    "learn": ("learn", "学习", "学"),
    "add": ("add", "新增", "添加"),
    "edit": ("edit", "修改", "改"),
    "show": ("show", "查看", "看"),
    "undo": ("undo", "撤销"),
    "history": ("history", "历史", "记录"),
}
_SUBCOMMAND_OF = {word: name for name, words in SUBCOMMANDS.items() for word in words}
USAGE = "管理员命令：\n" + __plugin_meta__.usage
STAFF_COMMANDS = {"faq", "问答", "重载问答", "unanswered", "未答问题"}

faq = on_command(
    "faq", aliases={"问答", "重载问答"}, permission=SUPERUSER, priority=10, block=True, force_whitespace=True
)
unanswered = on_command(
    "unanswered", aliases={"未答问题"}, permission=SUPERUSER, priority=10, block=True, force_whitespace=True
)
# A member's staff command fails the permissions above and moves on to the next priority: here, not the answerer.
refusal = on_command("faq", aliases=STAFF_COMMANDS - {"faq"}, priority=11, block=True, force_whitespace=True)

# What each superuser was last shown by /unanswered, so that `/faq learn 3 …` means the 3 they saw.
_listed: dict[str, list[UnansweredQuestion]] = {}


@refusal.handle()
async def _refuse(bot: Bot, event: Event) -> None:
    await reply(bot, event, REFUSAL)


# ---------------------------------------------------------------- /unanswered


async def unanswered_rows(days: int) -> list[UnansweredQuestion]:
    """The most asked unanswered questions, leaving out those faq.yaml already has as a sample question."""
    since = datetime.now().astimezone() - timedelta(days=days)
    rows = await get_store().top_unanswered(since, limit=UNANSWERED_ROWS * 4)
    samples = {q for e in live.knowledge.faq.faqs for q in e.questions}
    return [r for r in rows if " ".join(r.question.split()) not in samples][:UNANSWERED_ROWS]


@unanswered.handle()
async def _unanswered(bot: Bot, event: Event, arg: Message = CommandArg()) -> None:
    days = parse_days(arg.extract_plain_text(), UNANSWERED_DAYS, most=365)
    if days is None:
        await reply(bot, event, UNANSWERED_USAGE)
        return
    rows = await unanswered_rows(days)
    _listed[event.get_user_id()] = rows
    await reply(bot, event, render_unanswered(rows, days))


# ---------------------------------------------------------------- /faq: one matcher, its subcommands


def _entry(entry_id: str) -> FaqEntry | None:
    return next((e for e in live.knowledge.faq.faqs if e.id == entry_id), None)


def _ids() -> list[str]:
    return [e.id for e in live.knowledge.faq.faqs]


async def save(event: Event, change: Change, samples: tuple[str, ...] = ()) -> str:
    """Write the change, audit it, serve it now; what to tell the staff member (also when it was refused)."""
    try:
        done = await asyncio.to_thread(faq_edit.write, live.data_dir, change)
    except EditRefused as e:
        return e.reason
    user = event.get_user_id()
    number = await get_store().record_faq_change(done, user, datetime.now().astimezone())
    result = await reload_now(answered=user)
    lines = [f"已写入 faq.yaml：#{number} {describe(done)}。"]
    lines.append(f"现在有 {result.entries} 条问答在用。" if result.ok else result.summary())
    lines += misrouted(live.answerer, done.entry_id, samples)
    return "\n".join(lines)


@faq.handle()
async def _dispatch(
    bot: Bot,
    event: Event,
    matcher: Matcher,
    state: T_State,
    command: tuple[str, ...] = Command(),
    arg: Message = CommandArg(),
) -> None:
    words = arg.extract_plain_text().strip()
    if command == ("重载问答",):
        name, rest = "reload", words
    else:
        first, _, rest = words.partition(" ")
        name, rest = _SUBCOMMAND_OF.get(first.lower(), ""), rest.strip()
    if name in ("add", "edit"):
        await _open_dialog(bot, event, matcher, state, name, rest)
        return  # on to the `got` steps below
    if name == "reload":
        text = (await reload_now(answered=event.get_user_id())).summary()
    elif name == "learn":
        text = await _learn(event, rest)
    elif name == "show":
        entry = _entry(rest)
        text = render_entry(live.knowledge, entry) if entry else unknown_entry(rest, _ids())
    elif name == "history":
        text = render_history(await get_store().faq_changes(10), live.knowledge.tz)
    elif name == "undo":
        text = await _undo(event)
    else:
        text = USAGE
    await reply(bot, event, text)
    await matcher.finish()


async def _learn(event: Event, rest: str) -> str:
    try:
        what, entry_id = parse_learn(rest)
    except ValueError as e:
        return str(e)
    if isinstance(what, int):
        rows = _listed.get(event.get_user_id()) or await unanswered_rows(UNANSWERED_DAYS)
        if what > len(rows):
            return f"没有第 {what} 个没答上的问题（现在有 {len(rows)} 个），先发 /unanswered 看看编号。"
        what = " ".join(rows[what - 1].question.split())
    if _entry(entry_id) is None:
        return unknown_entry(entry_id, _ids())
    return await save(event, LearnQuestion(entry_id, what), (what,))


async def _undo(event: Event) -> str:
    last = await get_store().last_undoable_faq_change()
    if last is None:
        return "没有可以撤销的修改（只能撤销从聊天里做的修改）。"
    text = await save(event, Undo(last.id, last.change))
    return text if text.startswith("已写入") else f"没有撤销 #{last.id}（{describe(last.change)}）：{text}"


# ---------------------------------------------------------------- /faq add and /faq edit: the dialog


async def _open_dialog(bot: Bot, event: Event, matcher: Matcher, state: T_State, name: str, rest: str) -> None:
    state["action"] = name
    if name == "edit":
        entry = _entry(rest)
        if entry is None:
            await reply(bot, event, unknown_entry(rest, _ids()) if rest else "用法：/faq edit 条目id")
            await matcher.finish()
        state["entry_id"] = entry.id
        matcher.set_arg("questions", Message())  # an edit keeps the questions: that step is skipped
        await reply(
            bot,
            event,
            f"{entry.id} 现在的回答（faq.yaml 原文）：\n{entry.answer.strip()}\n"
            "请发新的回答（可以用 {registration} 这样的占位符），发「取消」放弃。",
        )
        return
    if rest and (rest in _ids() or not faq_edit.ENTRY_ID.fullmatch(rest)):
        await reply(
            bot,
            event,
            f"{rest} 不能用作新条目的 id：" + ("已经有这一条了" if rest in _ids() else "只能用英文字母、数字、- 和 _"),
        )
        await matcher.finish()
    state["entry_id"] = rest or None
    await reply(bot, event, "新增一条问答。请发大家会怎么问，一行一个（可以发好几行），发「取消」放弃。")


async def _leave_if_cancelled(bot: Bot, event: Event, matcher: Matcher, text: str) -> None:
    """取消 ends the dialog; so does another command (the dialog would otherwise swallow it as an answer)."""
    if text.strip().lower() in CANCEL_WORDS:
        await reply(bot, event, CANCELLED)
        await matcher.finish()
    if is_command(bot, event):
        await reply(bot, event, INTERRUPTED)
        await matcher.finish()


@faq.got("questions")
async def _questions(
    bot: Bot, event: Event, matcher: Matcher, state: T_State, text: str = ArgPlainText("questions")
) -> None:
    if state["action"] != "add":
        return
    await _leave_if_cancelled(bot, event, matcher, text)
    questions = sample_questions(text)
    if not questions:
        await reply(bot, event, "没有读到问法，请再发一次，一行一个；发「取消」放弃。")
        await matcher.reject_arg("questions")
    state["questions"] = tuple(questions)
    state["entry_id"] = state["entry_id"] or new_entry_id(questions, _ids())
    await reply(bot, event, "好的。现在请发回答（可以用 {registration} 这样的占位符），发「取消」放弃。")


@faq.got("answer")
async def _answer(bot: Bot, event: Event, matcher: Matcher, state: T_State, text: str = ArgPlainText("answer")) -> None:
    await _leave_if_cancelled(bot, event, matcher, text)
    answer = clean_answer(text)
    if state["action"] == "add":
        change: Change = AddEntry(state["entry_id"], state["questions"], answer)
    else:
        change = ReplaceAnswer(state["entry_id"], answer)
    try:  # the same check the write makes, now: a mistake is pointed out while the answer can be resent
        await asyncio.to_thread(faq_edit.check, live.data_dir, change)
    except EditRefused as e:
        await reply(bot, event, f"{e.reason}\n请改好后重新发回答，或发「取消」放弃。")
        await matcher.reject_arg("answer")
    state["change"] = change
    if isinstance(change, AddEntry):
        preview = entry_preview(live.answerer, change.entry_id, change.questions, answer)
    else:
        entry = _entry(change.entry_id)
        preview = answer_preview(live.knowledge, entry, answer) if entry else change.entry_id
    await reply(bot, event, preview)


@faq.got("confirm")
async def _confirm(
    bot: Bot, event: Event, matcher: Matcher, state: T_State, text: str = ArgPlainText("confirm")
) -> None:
    await _leave_if_cancelled(bot, event, matcher, text)
    if text.strip().lower() not in CONFIRM_WORDS:
        await reply(bot, event, "请发「确认」保存，或发「取消」放弃。")
        await matcher.reject_arg("confirm")
    change = state["change"]
    samples = change.questions if isinstance(change, AddEntry) else ()
    await reply(bot, event, await save(event, change, samples))
    await matcher.finish()
