"""Changes to faq.yaml made from the chat, written so the file stays the one truth that people read and diff.

A change touches only its own bytes. ruamel.yaml's round-trip tree keeps comments and key order, but dumping
it re-wraps every long flow list (`questions: [...]` over several lines): on the shipped faq.yaml that is
some 70 changed lines for a one-line change. So ruamel parses the text and says exactly where each node
starts and ends (its marks), and the change is spliced into the text there; every other byte stays as it
was, and `git diff` shows the change alone.

Writing (`write`) follows the file, not a copy of it: faq.yaml is read right before the change is applied,
the result is validated by the loader the bot itself uses (`knowledge.load`, on a scratch folder), and the
file is read once more just before the atomic rename. If somebody saved it in the meantime, the change is
applied again to what they saved, so an edit made in an editor is never overwritten by one made in the chat.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .knowledge import DATA_FILES, FAQ_FILE, DataError, FaqEntry, Problem, load

__all__ = [
    "ENTRY_ID",
    "AddEntry",
    "EditRefused",
    "FaqChange",
    "LearnQuestion",
    "ReplaceAnswer",
    "Undo",
    "add_entry",
    "add_question",
    "check",
    "clean_answer",
    "entry_in",
    "remove_entry",
    "remove_question",
    "set_answer",
    "validate_faq",
    "write",
]

WIDTH = 120  # display columns (a Chinese character counts two): where faq.yaml's own long lists wrap
MAX_ATTEMPTS = 5  # reads of a file that keeps changing under us before giving up
BOM = "\ufeff"

Action = Literal["learn", "add", "edit", "undo"]
# What an entry id may be: the loader's own pattern, so a chat-made id never fails validation on its looks.
ENTRY_ID = re.compile(next(m.pattern for m in FaqEntry.model_fields["id"].metadata if getattr(m, "pattern", None)))


class EditRefused(Exception):
    """The change was not written; `reason` says why, for the staff member who asked for it."""

    def __init__(self, reason: str, problems: tuple[Problem, ...] = ()):
        super().__init__(reason)
        self.reason = reason
        self.problems = problems


# ---------------------------------------------------------------- finding things in the text


def _compose(text: str) -> MappingNode:
    try:
        root = YAML(typ="rt").compose(text)
    except YAMLError:
        raise EditRefused("faq.yaml 现在本身有格式错误，先把它改好（python -m bot check 会指出哪一行）") from None
    if not isinstance(root, MappingNode):
        raise EditRefused("faq.yaml 最外层不是「键: 值」的形式，先把它改好")
    return root


def _get(mapping: MappingNode, key: str) -> Node | None:
    return next((v for k, v in mapping.value if isinstance(k, ScalarNode) and k.value == key), None)


def _faqs(root: MappingNode) -> SequenceNode:
    faqs = _get(root, "faqs")
    if not isinstance(faqs, SequenceNode) or faqs.flow_style or not faqs.value:
        raise EditRefused("faq.yaml 里找不到 faqs: 列表（每条以 - id: 开头），先把它改好")
    return faqs


def _entry(root: MappingNode, entry_id: str) -> MappingNode | None:
    for item in _faqs(root).value:
        if isinstance(item, MappingNode):
            node = _get(item, "id")
            if isinstance(node, ScalarNode) and node.value == entry_id:
                return item
    return None


def _require_entry(root: MappingNode, entry_id: str) -> MappingNode:
    entry = _entry(root, entry_id)
    if entry is None:
        raise EditRefused(f"faq.yaml 里没有 id 为 {entry_id} 的问答")
    return entry


def entry_in(text: str, entry_id: str) -> dict[str, Any] | None:
    """The entry as plain data (what the loader would see), or None when the file has no such entry."""
    try:
        tree = YAML(typ="safe", pure=True).load(text)
    except YAMLError:
        return None
    for item in (tree or {}).get("faqs") or []:
        if isinstance(item, dict) and item.get("id") == entry_id:
            return item
    return None


# ---------------------------------------------------------------- lines and widths


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _next_line(text: str, index: int) -> int:
    """Where the line after the one holding `index` starts (the end of the text on the last line)."""
    end = text.find("\n", index)
    return len(text) if end < 0 else end + 1


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _end_of_content(text: str, node: Node, key_column: int) -> int:
    """Just past the newline of the node's last line of content (blank lines and outdented comments after it
    belong to what follows). `key_column`: the column of the keys of the entry that holds the node."""
    start_line = node.start_mark.line
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    last = start_line
    for n in range(start_line, min(node.end_mark.line + 1, len(lines))):
        if offsets[n] >= node.end_mark.index and n > start_line:
            break
        line = lines[n].rstrip("\r\n")
        if line.strip() and (n == start_line or _indent(line) >= key_column):
            last = n
    return offsets[last + 1] if last + 1 < len(offsets) else len(text)


def _after_last_line(text: str, end: int) -> tuple[str, int]:
    """(text with a final newline, end) so that something can be inserted after the last line."""
    if end == len(text) and text and not text.endswith("\n"):
        return text + _newline(text), end + len(_newline(text))
    return text, end


# ---------------------------------------------------------------- writing scalars


def _loads_as(source: str, expected: Any) -> bool:
    try:
        return YAML(typ="safe", pure=True).load(source) == expected
    except YAMLError:
        return False


def _flow_item(s: str) -> str:
    """`s` as an item of a [ ... ] list: plain when YAML reads it back unchanged, else double-quoted."""
    return s if _loads_as(f"[{s}]", [s]) else json.dumps(s, ensure_ascii=False)


def _block_item(s: str) -> str:
    return s if _loads_as(f"- {s}", [s]) else json.dumps(s, ensure_ascii=False)


def _flow_list(items: list[str], first_column: int, continuation: int) -> str:
    """'[a, b, c]' wrapped at WIDTH like faq.yaml's own lists; `first_column`: where '[' stands."""
    out, column = "[", first_column + 1
    for i, item in enumerate(items):
        piece = _flow_item(item) + ("]" if i == len(items) - 1 else ",")
        if i and column + 1 + _width(piece) > WIDTH:
            out += "\n" + " " * continuation
            column = continuation
        elif i:
            out += " "
            column += 1
        out += piece
        column += _width(piece)
    return out


def clean_answer(answer: str) -> str:
    """An answer as it goes into the file: no trailing spaces, no leading or trailing blank lines."""
    lines = [line.rstrip() for line in answer.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n").strip()


def _literal(answer: str, indent: int) -> str:
    """'|' and the answer's lines indented below its key, the way faq.yaml writes every answer."""
    body = "\n".join((" " * indent + line) if line else "" for line in clean_answer(answer).split("\n"))
    return "|\n" + body


# ---------------------------------------------------------------- the edits, on text


def add_question(text: str, entry_id: str, question: str) -> str:
    """The entry gets one more sample question, at the end of its `questions`."""
    entry = _require_entry(_compose(text), entry_id)
    questions = _get(entry, "questions")
    if not isinstance(questions, SequenceNode):
        raise EditRefused(f"{entry_id} 的 questions 不是列表，先把它改好")
    if question in [q.value for q in questions.value if isinstance(q, ScalarNode)]:
        raise EditRefused(f"「{question}」已经是 {entry_id} 的问法了")
    nl = _newline(text)
    if questions.flow_style:
        if not questions.value:
            at = questions.start_mark.index + 1
            return text[:at] + _flow_item(question) + text[at:]
        at = questions.value[-1].end_mark.index
        line = text[_line_start(text, at) : at]
        piece = ", " + _flow_item(question)
        if _width(line) + _width(piece) + 1 > WIDTH:
            wrapped = questions.start_mark.line != questions.value[-1].start_mark.line
            continuation = _indent(line) if wrapped else entry.start_mark.column + 2
            piece = "," + nl + " " * continuation + _flow_item(question)
        return text[:at] + piece + text[at:]
    last = questions.value[-1]
    dash = text.rfind("-", _line_start(text, last.start_mark.index), last.start_mark.index)
    column = dash - _line_start(text, last.start_mark.index)
    text, at = _after_last_line(text, _end_of_content(text, last, column + 1))
    return text[:at] + " " * column + "- " + _block_item(question) + nl + text[at:]


def remove_question(text: str, entry_id: str, question: str) -> str:
    """The sample question leaves the entry (its last occurrence); refused when it is the only one."""
    entry = _require_entry(_compose(text), entry_id)
    questions = _get(entry, "questions")
    items = questions.value if isinstance(questions, SequenceNode) else []
    found = [i for i, q in enumerate(items) if isinstance(q, ScalarNode) and q.value == question]
    if not found:
        raise EditRefused(f"「{question}」不在 {entry_id} 的问法里")
    if len(items) == 1:
        raise EditRefused(f"「{question}」是 {entry_id} 唯一的问法，不能去掉")
    i = found[-1]
    if questions.flow_style:
        if i > 0:  # from the end of the item before it: ', question' with any line break between
            return text[: items[i - 1].end_mark.index] + text[items[i].end_mark.index :]
        return text[: items[0].start_mark.index] + text[items[1].start_mark.index :]
    start = _line_start(text, items[i].start_mark.index)
    column = items[i].start_mark.column - 2
    return text[:start] + text[_end_of_content(text, items[i], column + 1) :]


def add_entry(text: str, entry_id: str, questions: list[str], answer: str) -> str:
    """A new entry after the last one in `faqs`, laid out like the others, after a blank line."""
    root = _compose(text)
    if _entry(root, entry_id) is not None:
        raise EditRefused(f"已经有 id 为 {entry_id} 的问答了，换一个 id")
    last = _faqs(root).value[-1]
    key_column = last.start_mark.column
    dash_column = text.rfind("-", _line_start(text, last.start_mark.index), last.start_mark.index) - _line_start(
        text, last.start_mark.index
    )
    keys = " " * key_column
    head = f"{' ' * dash_column}-{' ' * (key_column - dash_column - 1)}"
    listed = _flow_list(questions, key_column + len("questions: "), key_column + 2)
    block = f"\n{head}id: {entry_id}\n{keys}questions: {listed}\n{keys}answer: {_literal(answer, key_column + 2)}\n"
    text, at = _after_last_line(text, _end_of_content(text, last, key_column))
    return text[:at] + block.replace("\n", _newline(text)) + text[at:]


def remove_entry(text: str, entry_id: str) -> str:
    """The entry leaves `faqs` with the blank lines before it (exactly what `add_entry` put there)."""
    root = _compose(text)
    items = _faqs(root).value
    entry = _require_entry(root, entry_id)
    i = next(n for n, item in enumerate(items) if item is entry)
    if len(items) == 1:
        raise EditRefused(f"{entry_id} 是唯一的一条问答，不能删掉")
    key_column = entry.start_mark.column
    end = _end_of_content(text, entry, key_column)
    if i > 0:
        return text[: _end_of_content(text, items[i - 1], key_column)] + text[end:]
    return text[: _line_start(text, entry.start_mark.index)] + text[_line_start(text, items[1].start_mark.index) :]


def set_answer(text: str, entry_id: str, answer: str) -> str:
    """The entry's answer replaced in place, written as a '|' block like the others."""
    entry = _require_entry(_compose(text), entry_id)
    node = _get(entry, "answer")
    if node is None:
        raise EditRefused(f"{entry_id} 没有 answer:，先把它改好")
    start = node.start_mark.index
    if isinstance(node, ScalarNode) and node.style in ("|", ">"):
        end = _end_of_content(text, node, entry.start_mark.column + 1)
        end -= 2 if text[:end].endswith("\r\n") else 1 if text[:end].endswith("\n") else 0
    else:
        end = node.end_mark.index
    new = _literal(answer, entry.start_mark.column + 2).replace("\n", _newline(text))
    return text[:start] + new + text[end:]


# ---------------------------------------------------------------- what staff ask for


@dataclass(frozen=True)
class FaqChange:
    """One change made from the chat, as the audit keeps it: the entry before and after (None: absent)."""

    action: Action
    entry_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reverts: int | None = None  # for an undo: the audit id of the change it reverted

    @property
    def learned(self) -> str | None:
        """For a learn: the sample question it added."""
        if self.action != "learn" or not self.before or not self.after:
            return None
        added = [q for q in self.after.get("questions", []) if q not in self.before.get("questions", [])]
        return added[0] if added else None


@dataclass(frozen=True)
class LearnQuestion:
    entry_id: str
    question: str
    action: Action = "learn"

    def apply(self, text: str) -> str:
        return add_question(text, self.entry_id, self.question)


@dataclass(frozen=True)
class AddEntry:
    entry_id: str
    questions: tuple[str, ...]
    answer: str
    action: Action = "add"

    def apply(self, text: str) -> str:
        return add_entry(text, self.entry_id, list(self.questions), self.answer)


@dataclass(frozen=True)
class ReplaceAnswer:
    entry_id: str
    answer: str
    action: Action = "edit"

    def apply(self, text: str) -> str:
        entry = entry_in(text, self.entry_id)
        if entry is not None and str(entry.get("answer", "")).strip() == clean_answer(self.answer):
            raise EditRefused(f"{self.entry_id} 的回答本来就是这样，没有改动")
        return set_answer(text, self.entry_id, self.answer)


HAND_EDITED = "之后有人手工改过 faq.yaml 里的这一条，为了不冲掉那次修改，没有撤销；需要的话请直接编辑文件"


@dataclass(frozen=True)
class Undo:
    """Reverts `change` (audit id `change_id`) on the file as it is now, or refuses when a hand edit conflicts."""

    change_id: int
    change: FaqChange
    action: Action = "undo"

    @property
    def entry_id(self) -> str:
        return self.change.entry_id

    def apply(self, text: str) -> str:
        c = self.change
        now = entry_in(text, c.entry_id)
        if now is None:
            raise EditRefused(f"{c.entry_id} 已经不在 faq.yaml 里了，没有可撤销的")
        if c.action == "learn":
            question = c.learned
            if question is None or question not in (now.get("questions") or []):
                raise EditRefused(f"「{question}」已经不在 {c.entry_id} 的问法里了（{HAND_EDITED}）")
            return remove_question(text, c.entry_id, question)
        if c.action == "add":
            if not _same_entry(now, c.after):
                raise EditRefused(f"{c.entry_id} 新增{HAND_EDITED}")
            return remove_entry(text, c.entry_id)
        if c.action == "edit":
            if not c.before or not c.after or _answer(now) != _answer(c.after):
                raise EditRefused(f"{c.entry_id} 的回答{HAND_EDITED}")
            return set_answer(text, c.entry_id, _answer(c.before))
        raise EditRefused("撤销操作本身不能再撤销")


Change = LearnQuestion | AddEntry | ReplaceAnswer | Undo


def _answer(entry: dict[str, Any] | None) -> str:
    return str((entry or {}).get("answer", "")).strip()


def _same_entry(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    def norm(e: dict[str, Any] | None) -> dict[str, Any]:
        return {k: (str(v).strip() if k == "answer" else v) for k, v in (e or {}).items()}

    return a is not None and b is not None and norm(a) == norm(b)


# ---------------------------------------------------------------- validating and writing


def validate_faq(data_dir: Path, faq_text: str) -> tuple[Problem, ...]:
    """What `knowledge.load` says about the folder if faq.yaml held `faq_text` (empty: it loads).

    The loader reads a folder, so it is given a scratch one: this faq.yaml beside links to the real other
    files. The real folder is not touched, and the file watcher sees nothing.
    """
    data_dir = Path(data_dir).resolve()
    with tempfile.TemporaryDirectory(prefix="kaowu-faq-check-") as scratch:
        for name in DATA_FILES:
            if name != FAQ_FILE and (data_dir / name).exists():
                os.symlink(data_dir / name, Path(scratch) / name)
        (Path(scratch) / FAQ_FILE).write_text(faq_text, encoding="utf-8")
        try:
            load(scratch)
        except DataError as e:
            return tuple(p for p in e.problems if not p.warning)
    return ()


_locks: dict[Path, threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock_for(path: Path) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(path.resolve(), threading.Lock())


def _replace(path: Path, data: bytes) -> None:
    """Write beside the file and rename over it: a reader sees the old file or the new, never half of one."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".chat")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temp, path.stat().st_mode & 0o7777)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


Validator = Callable[[Path, str], tuple[Problem, ...]]


def _changed(path: Path, change: Change, validate: Validator) -> tuple[bytes, str, str]:
    """(the file's bytes now, its text, the text with the change): validated, or EditRefused."""
    raw = path.read_bytes()
    text = raw.decode("utf-8").removeprefix(BOM)
    new = change.apply(text)
    problems = validate(path.parent, new)
    if problems:
        shown = "\n".join(_short(str(p)) for p in problems[:3])
        raise EditRefused(f"这样改会让 faq.yaml 出错，没有保存：\n{shown}", problems)
    return raw, text, new


def _short(line: str, width: int = 160) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"


def check(data_dir: Path | str, change: Change, validate: Validator = validate_faq) -> None:
    """Raise EditRefused when `change` would not apply to faq.yaml as it is now, or not load; writes nothing."""
    _changed(Path(data_dir) / FAQ_FILE, change, validate)


def write(data_dir: Path | str, change: Change, validate: Validator = validate_faq) -> FaqChange:
    """Apply `change` to faq.yaml as it is on disk now, validated, atomically; returns what changed.

    Raises EditRefused (nothing written) when the change does not apply, or when the file would not load.
    """
    path = Path(data_dir) / FAQ_FILE
    with _lock_for(path):  # two staff confirming at once: one after the other, each on the other's result
        for _ in range(MAX_ATTEMPTS):
            raw, text, new = _changed(path, change, validate)
            if path.read_bytes() != raw:
                continue  # saved by someone else while we validated: apply the change to their version
            bom = BOM if raw.startswith(BOM.encode("utf-8")) else ""
            _replace(path, (bom + new).encode("utf-8"))
            reverts = change.change_id if isinstance(change, Undo) else None
            entry_id = change.entry_id
            return FaqChange(change.action, entry_id, entry_in(text, entry_id), entry_in(new, entry_id), reverts)
    raise EditRefused("faq.yaml 一直在被别人修改，这次没有保存；请稍后再试")
