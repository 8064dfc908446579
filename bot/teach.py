"""What staff see when they teach the bot from the chat: the preview, an entry, the history, the unanswered list.

Pure text, one phone screen each. Which entry a sample question goes to is asked of the answering engine
itself, read-only: `Answerer.answer(question)` (what `python -m bot ask` prints; no asker, so no member's
pending choices are touched) and `Answerer.index.search(question)` for the closest entry when nothing answers.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from datetime import tzinfo

from pypinyin import lazy_pinyin

from .answer import Answerer
from .faq_edit import FaqChange
from .knowledge import FaqEntry, Knowledge
from .store import FaqChangeRecord, UnansweredQuestion

__all__ = [
    "CANCEL_WORDS",
    "CONFIRM_WORDS",
    "answer_preview",
    "entry_preview",
    "how_answered",
    "misrouted",
    "new_entry_id",
    "parse_learn",
    "render_entry",
    "render_history",
    "render_unanswered",
    "sample_questions",
    "unknown_entry",
]

CONFIRM_WORDS = frozenset({"确认", "确定", "是", "好", "ok", "yes", "y"})
CANCEL_WORDS = frozenset({"取消", "算了", "不", "否", "no", "n", "cancel", "/取消", "/cancel"})
MAX_LINES = 15  # one phone screen (CONTRACT)
ANSWER_LINES = 6  # of a rendered answer in a preview
ASK_CONFIRM = "发「确认」保存，发「取消」放弃。"

_QUOTED = re.compile(r"^\s*(?:「(?P<a>[^」]+)」|“(?P<b>[^”]+)”|\"(?P<c>[^\"]+)\"|'(?P<d>[^']+)')\s*(?P<rest>.*)$", re.S)
LEARN_USAGE = "用法：/faq learn 编号 条目id（编号见 /unanswered），或 /faq learn 「任意问法」 条目id"


def parse_learn(arg: str) -> tuple[int | str, str]:
    """'3 fees' → (3, 'fees'); '「考试费能刷卡吗」 fees' → ('考试费能刷卡吗', 'fees'). ValueError: the usage."""
    m = _QUOTED.match(arg)
    if m:
        question = next(v for k, v in m.groupdict().items() if k != "rest" and v is not None).strip()
        words = m.group("rest").split()
        if question and len(words) == 1:
            return question, words[0]
        raise ValueError(LEARN_USAGE)
    words = arg.split()
    if len(words) == 2 and words[0].isdigit() and int(words[0]) > 0:
        return int(words[0]), words[1]
    if len(words) >= 2:  # an unquoted question: everything before the last word
        return " ".join(words[:-1]), words[-1]
    raise ValueError(LEARN_USAGE)


_BULLET = re.compile(r"^\s*(?:\d+[.、)）]|[-*·•])\s*")


def sample_questions(text: str) -> list[str]:
    """A message with one question per line (numbering and bullets dropped, repeats once)."""
    out: list[str] = []
    for line in re.split(r"[\r\n]+", text):
        q = _BULLET.sub("", line).strip()
        if q and q not in out:
            out.append(q)
    return out


def new_entry_id(questions: Sequence[str], taken: Iterable[str]) -> str:
    """An id from the first question's pinyin (考点停车场在哪里 → kao-dian-ting-che), unique among `taken`."""
    syllables = [w for s in lazy_pinyin(questions[0] if questions else "") for w in re.findall(r"[a-z0-9]+", s.lower())]
    base = "-".join(syllables[:4]) or "faq"
    taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def unknown_entry(entry_id: str, ids: Sequence[str]) -> str:
    close = difflib.get_close_matches(entry_id, ids, n=3, cutoff=0.5)
    hint = (
        f"相近的有：{'、'.join(close)}"
        if close
        else "用 /faq show 条目id 查看某一条；条目 id 写在 faq.yaml 每条的 id: 后面"
    )
    return f"没有 id 为 {entry_id} 的问答。{hint}"


# ---------------------------------------------------------------- which entry answers a question


def how_answered(answerer: Answerer, question: str) -> str:
    """What the bot does with `question` today, in a few words for staff."""
    reply = answerer.answer(question)
    if reply.kind == "faq":
        return f"现在会用 {reply.entry_id} 回答"
    if reply.kind == "clarify":
        return f"现在会反问（{'、'.join(reply.choices)} 之间选）"
    if reply.kind == "contact":
        return "现在会被当作联系人查询"
    if reply.kind == "offtopic":
        return "现在会被当作别的考试或闲聊，不回答"
    hits = answerer.index.search(question, limit=1)
    closest = f"，最像 {hits[0].entry.id}（相似度 {hits[0].score:.2f}）" if hits else ""
    return f"现在答不上{closest}"


def misrouted(answerer: Answerer, entry_id: str, questions: Iterable[str]) -> list[str]:
    """After a change: the sample questions the new data still does not answer with `entry_id`."""
    notes = []
    for q in questions:
        reply = answerer.answer(q)
        if reply.entry_id != entry_id:
            notes.append(f"提醒：「{q}」{how_answered(answerer, q)}，不是 {entry_id}；可以把问法写得更具体")
    return notes


# ---------------------------------------------------------------- previews


def _shown(text: str, lines: int) -> list[str]:
    out = text.strip().split("\n")
    return out if len(out) <= lines else [*out[: lines - 1], "……"]


def entry_preview(answerer: Answerer, entry_id: str, questions: Sequence[str], answer: str) -> str:
    """`/faq add`: the rendered answer, and what each sample question gets today."""
    lines = [f"预览（还没保存）：新问答 {entry_id}", f"问法：{'；'.join(questions)}", "回答："]
    lines += _shown(answerer.knowledge.render(answer), ANSWER_LINES)
    room = MAX_LINES - len(lines) - 2
    samples = list(questions)[: max(1, room)]
    lines.append("这些问法现在：" if len(samples) > 1 else "这个问法现在：")
    lines += [f"·「{q}」{how_answered(answerer, q)}" for q in samples]
    lines.append(ASK_CONFIRM)
    return "\n".join(lines)


def answer_preview(knowledge: Knowledge, entry: FaqEntry, answer: str) -> str:
    """`/faq edit`: the new answer rendered, and the first line of the old one."""
    lines = [f"预览（还没保存）：{entry.id} 的新回答"]
    lines += _shown(knowledge.render(answer), ANSWER_LINES + 3)
    old = knowledge.render(entry.answer).strip().split("\n")[0]
    lines += [f"原来的回答：{old}{'……' if len(old) < len(entry.answer.strip()) else ''}", ASK_CONFIRM]
    return "\n".join(lines)


def render_entry(knowledge: Knowledge, entry: FaqEntry) -> str:
    """`/faq show`: the entry as faq.yaml holds it (placeholders as written), then as members see it."""
    qs = entry.questions
    shown_qs = "；".join(qs[:8]) + (f" 等 {len(qs)} 个" if len(qs) > 8 else "")
    lines = [f"{entry.id}（{len(qs)} 个问法）", f"问法：{shown_qs}"]
    if entry.facet:
        lines.append(f"按问题细化：{entry.facet}" + (f"（{entry.window}）" if entry.window else ""))
    lines.append("回答（faq.yaml 原文）：")
    lines += _shown(entry.answer, 5)
    rendered = knowledge.render(entry.answer).strip()
    if rendered != entry.answer.strip():
        lines.append("群里看到的：")
        lines += _shown(rendered, MAX_LINES - len(lines))
    return "\n".join(lines[:MAX_LINES])


# ---------------------------------------------------------------- the history and the unanswered list

_VERBS = {"learn": "学习", "add": "新增", "edit": "修改回答", "undo": "撤销"}


def describe(change: FaqChange) -> str:
    if change.action == "learn":
        return f"{change.entry_id} 学了「{change.learned}」"
    if change.action == "add":
        return f"新增 {change.entry_id}"
    if change.action == "edit":
        return f"修改 {change.entry_id} 的回答"
    return f"撤销 #{change.reverts}（{change.entry_id}）"


def render_history(records: Sequence[FaqChangeRecord], tz: tzinfo, limit: int = 10) -> str:
    if not records:
        return "还没有从聊天里改过问答。"
    lines = ["最近从聊天里做的修改（新的在前；/faq undo 撤销最近一条）："]
    for r in records[:limit]:
        when = r.changed_at.astimezone(tz).strftime("%m-%d %H:%M")
        undone = "（已撤销）" if r.undone_by else ""
        lines.append(f"#{r.id} {when} {r.user_id} {describe(r.change)}{undone}")
    return "\n".join(lines)


def render_unanswered(rows: Sequence[UnansweredQuestion], days: int) -> str:
    if not rows:
        return f"最近 {days} 天没有答不上的问题。"
    lines = [f"最近 {days} 天答不上或要追问的问题（次数），/faq learn 编号 条目id 可以教给我："]
    for i, r in enumerate(rows, 1):
        lines.append(f"{i}. {one_line(r.question)}（{r.count}）")
    return "\n".join(lines)


def one_line(question: str, width: int = 40) -> str:
    q = " ".join(question.split())  # one line each, whatever the member typed
    return q if len(q) <= width else q[: width - 1] + "…"
