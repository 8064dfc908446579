"""data/ → a validated `Knowledge`, with every problem as `FILE:LINE: message` for the staff who edit it.

Loading is all or nothing: `load()` either returns a complete `Knowledge` or raises `DataError` listing every
problem found. YAML is read with ruamel's round-trip loader because it remembers where each value stood, so
a pydantic error deep inside faq.yaml can still be pointed at its line.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import stat
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer, ComposerError, MaxDepthExceededError
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.events import AliasEvent

from .placeholders import PLACEHOLDER, WINDOWS, a_window, notice_context
from .precedence import let_go, make_way
from .problems import DataError, Problem
from .schema import (
    BUNDLED_DATA,
    CONTACT_WORDS_FILE,
    CONTACTS_FILE,
    DATA_FILES,
    DEADLINES_FILE,
    FAQ_FILE,
    LEVELS,
    NOTICE_FILE,
    REGIONS_FILE,
    Contacts,
    ContactWords,
    DeadlinesFile,
    FaqFile,
    Knowledge,
    Notice,
    Window,
)

__all__ = [
    "MAX_FAQ_BYTES",
    "MAX_FILE_BYTES",
    "MAX_REGIONS_BYTES",
    "current_fingerprints",
    "fingerprint",
    "line_of",
    "load",
    "read_bytes",
    "read_tree",
]


# Limits on what a data file may be. Staff files are a few dozen KB (faq.yaml 20 KB); a file far beyond
# that is a mistake (a wrong file saved under the name) or an attack, and parsing it would stall the bot.
MAX_FILE_BYTES = 1_000_000  # deadlines.yaml, contacts.json, notice.yaml: 50× the largest today
# faq.yaml is the file staff grow: today's 30 entries are 18 KB, 100× as many (tools/bench_scale.py) 1.2 MB.
MAX_FAQ_BYTES = 4_000_000
MAX_REGIONS_BYTES = 8_000_000  # regions.json is generated (460 KB) and never edited by hand
MAX_DEPTH = 32  # nesting levels; the deepest real file has 5, and a deeper one would exhaust the stack


class _NoAliasComposer(Composer):
    """Refuses YAML anchors (&name) and aliases (*name) where they are written.

    An alias repeats a whole subtree by reference; nine levels of nine aliases each (a 20 KB file) expand to
    9⁹ copies once turned into plain lists, and the bot would grow to gigabytes. Staff never need them.
    """

    def compose_document(self) -> Any:
        self.document = super().compose_document()  # kept, to be let go of a piece at a time (_parse_tree)
        return self.document

    def compose_node(self, parent: Any, index: Any) -> Any:
        make_way()  # a member's answer goes first: parsing is most of a reload (100× entries: 43k nodes, 2 s)
        event = self.parser.peek_event()
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None) is not None:
            raise ComposerError(None, None, _ALIAS_PROBLEM, event.start_mark)
        return super().compose_node(parent, index)


_ALIAS_PROBLEM = "anchors and aliases are not allowed"


def _yaml() -> YAML:
    y = YAML(typ="rt")
    y.allow_duplicate_keys = False
    y.Composer = _NoAliasComposer
    y.max_depth = MAX_DEPTH
    return y


def _load_yaml(text: str) -> Any:
    """The round-trip tree of `text`. Its YAML nodes are let go of a few at a time (bot.precedence): all at once,
    100× today's faq.yaml held the interpreter 15–45 ms, and every reply with it."""
    yaml = _yaml()
    try:
        return yaml.load(text)
    finally:
        let_go(getattr(getattr(yaml, "_composer", None), "document", None))


def _line_of(node: Any, loc: Sequence[Any]) -> int:
    """1-based line of the deepest node on `loc` that the round-trip YAML tree still has."""
    line = 1
    for key in loc:
        try:
            if isinstance(node, CommentedMap) and key in node:
                line = node.lc.key(key)[0] + 1
                node = node[key]
            elif isinstance(node, CommentedSeq) and isinstance(key, int) and key < len(node):
                line = node.lc.item(key)[0] + 1
                node = node[key]
            else:
                break
        except (KeyError, IndexError, TypeError, AttributeError):
            break
    return line


# What ruamel says → what the person at the editor should do. First match wins.
_YAML_HINTS = (
    ("'\\t'", "用了 Tab 键缩进，YAML 只能用空格缩进，请把 Tab 换成空格"),
    ("duplicate key", "同一层里有两个一样的键 {key}，删掉或改名其中一个"),
    (
        "mapping values are not allowed",
        "这里多了一个冒号：冒号后要有空格；文字里要用冒号请把整句用引号括起来，或改用中文冒号「：」",
    ),
    ("expected ',' or ']'", "这一行的方括号 [ 没有配对的 ]，或列表里少了英文逗号"),
    ("expected ',' or '}'", "这一行的花括号 { 没有配对的 }，或少了英文逗号"),
    ("could not find expected ':'", "少了冒号，或上一行的引号没有配对"),
    ("while scanning a quoted scalar", "这一行的引号没有配对"),
    ("found unexpected end of stream", "引号或括号没有配对，文件就结束了"),
    ("expected <block end>", "缩进不齐：这一行和上面同级的行没有对齐"),
    ("expected <document start>", "缩进不齐，或多了一个冒号"),
    ("while scanning a simple key", "少了冒号，或缩进不齐"),
    ("found character '@'", "以 @ 或 ` 开头的文字要用引号括起来"),
    ("found character '`'", "以 @ 或 ` 开头的文字要用引号括起来"),
    ("found undefined alias", "以 * 开头的文字要用引号括起来"),
    ("found unhashable key", "以 [ 或 { 开头的文字要用引号括起来"),
    (
        _ALIAS_PROBLEM,
        "不支持锚点和别名（以 & 或 * 开头的写法），请把内容直接写出来；文字以 & 或 * 开头时请用引号括起来",
    ),
)


def _yaml_message(e: MarkedYAMLError) -> str:
    raw = f"{e.context or ''} {e.problem or ''}"
    for needle, hint in _YAML_HINTS:
        if needle in raw:
            key = re.search(r'duplicate key "([^"]*)"', raw)
            return "YAML 格式错误：" + hint.format(key=f"“{key.group(1)}”" if key else "")
    what = e.problem or e.context or "无法解析"
    return f"YAML 格式错误：{what}（常见原因：缩进不齐、冒号后少空格、引号或括号没配对）"


_OPENED_HERE = ("while parsing a flow sequence", "while parsing a flow mapping", "while scanning a quoted scalar")

_TOP_KEYS = {
    NOTICE_FILE: "season",
    CONTACTS_FILE: "exam_affairs",
    FAQ_FILE: "faqs",
    DEADLINES_FILE: "deadlines",
    CONTACT_WORDS_FILE: "exam_affairs",
}


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> tuple[bytes | None, Problem | None]:
    """The file's bytes, read once (these exact bytes are parsed and fingerprinted), or why it cannot be read."""
    name = path.name
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):  # a FIFO or a device would block the reader forever
                return None, Problem(name, 1, "这不是一个普通文件，请换成文本文件")
            data = f.read(limit + 1)  # never more than the limit, even if the file grows while read
    except FileNotFoundError:
        return None, Problem(name, 1, "文件不存在")
    except IsADirectoryError:
        return None, Problem(name, 1, "这是一个文件夹，不是文件")
    except OSError as e:
        return None, Problem(name, 1, f"读不了这个文件：{e.strerror or e}")
    if len(data) > limit:
        return None, Problem(
            name,
            1,
            f"文件太大（{max(st.st_size, len(data)) / 1e6:.1f} MB），最多 {limit / 1e6:g} MB；是不是存错了文件？",
        )
    return data, None


def _read_tree(path: Path) -> tuple[Any, list[Problem]]:
    """Parse a YAML or JSON file to a round-trip tree (which knows its line numbers)."""
    data, problem = read_bytes(path, _limit(path.name))
    if problem is not None:
        return None, [problem]
    return _parse_tree(path.name, data or b"")


def _parse_tree(name: str, data: bytes) -> tuple[Any, list[Problem]]:
    try:
        # utf-8-sig: Windows Notepad saves with a byte-order mark; it means nothing, so it is simply skipped.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, [Problem(name, 1, "文件不是 UTF-8 编码，请在编辑器里选「UTF-8」另存")]
    if not text.strip():
        return None, [Problem(name, 1, "文件是空的")]
    if name.endswith(".json"):
        try:
            json.loads(text)
        except json.JSONDecodeError as e:
            return None, [Problem(name, e.lineno, f"JSON 格式错误：{_json_message(e)}（第 {e.colno} 列）")]
        except RecursionError:
            return None, [Problem(name, 1, f"JSON 嵌套太深（最多 {MAX_DEPTH} 层）")]
    try:
        tree = _load_yaml(text)
    except MaxDepthExceededError as e:
        mark = e.problem_mark
        return None, [Problem(name, mark.line + 1 if mark else 1, f"嵌套太深（最多 {MAX_DEPTH} 层），请检查缩进和括号")]
    except MarkedYAMLError as e:
        # An unclosed bracket or quote is noticed lines later; the line to fix is where it was opened.
        opened = e.context in _OPENED_HERE and e.context_mark is not None
        mark = e.context_mark if opened else (e.problem_mark or e.context_mark)
        return None, [Problem(name, mark.line + 1 if mark else 1, _yaml_message(e))]
    except RecursionError:
        return None, [Problem(name, 1, f"嵌套太深（最多 {MAX_DEPTH} 层），请检查缩进和括号")]
    except Exception as e:  # ruamel raises a few unmarked errors
        return None, [Problem(name, 1, f"YAML 格式错误：{e}")]
    if tree is None:
        return None, [Problem(name, 1, "文件是空的")]
    if not isinstance(tree, dict):
        first = _TOP_KEYS.get(name, "")
        return None, [
            Problem(
                name, 1, f"文件最外层应是「键: 值」的形式（例如以 {first}: 开头），现在不是；可能整个文件的缩进错了"
            )
        ]
    return tree, []


_JSON_HINTS = {
    "Expecting ',' delimiter": "少了英文逗号，或括号没有配对",
    "Expecting property name enclosed in double quotes": "键要用英文双引号括起来；最后一项后面不能有逗号",
    "Expecting value": "这里缺一个值，或最后一项后面多了逗号",
    "Expecting ':' delimiter": "键后面少了英文冒号",
    "Unterminated string starting at": "引号没有配对",
    "Extra data": "文件结尾多了内容（括号多了？）",
    "Invalid control character at": "文字里有换行或 Tab，请删掉",
}


def _json_message(e: json.JSONDecodeError) -> str:
    return _JSON_HINTS.get(e.msg, e.msg)


def _plain(tree: Any) -> Any:
    """Round-trip tree → plain dicts and lists (for pydantic)."""
    if isinstance(tree, dict):
        return {str(k): _plain(v) for k, v in tree.items()}
    if isinstance(tree, list):
        return [_plain(v) for v in tree]
    return tree


_PYDANTIC_MSG = {
    "missing": "缺少必填项",
    "extra_forbidden": "多了一个不认识的键（拼写对吗？）",
    "too_short": "至少要有一项",
    "string_type": "应该是文字",
    "list_type": "应该是列表（用 [ ] 或每项一行的 - ）",
    "dict_type": "应该是「键: 值」的形式",
    "model_type": "应该是「键: 值」的形式",
    "model_attributes_type": "应该是「键: 值」的形式",
    "date_from_datetime_parsing": "日期写法不对，应写成 2021-12-18",
    "date_from_datetime_inexact": "日期写法不对，应写成 2021-12-18",
    "date_parsing": "日期写法不对，应写成 2021-12-18",
    "date_type": "日期写法不对，应写成 2021-12-18",
    "string_pattern_mismatch": "id 只能用英文字母、数字、- 和 _",
    "literal_error": "取值不在允许的范围内",
    "bool_parsing": "应该是 true 或 false",
    "int_parsing": "应该是整数",
}

# The lists whose items staff know by a name: a location inside them reads "fees 的 answer", not "faqs.3.answer".
_ITEM_NAMES = {"faqs": "id", "deadlines": "id", "provincial": "name", "exams": "level", "exam_affairs": "name"}


def _where(tree: Any, loc: Sequence[Any]) -> str:
    parts: list[str] = []
    node = tree
    for i, key in enumerate(loc):
        child = None
        with suppress(KeyError, IndexError, TypeError):
            child = node[key]
        if isinstance(key, int):
            parent = loc[i - 1] if i else None
            label = child.get(_ITEM_NAMES.get(str(parent), "")) if isinstance(child, dict) else None
            if label and isinstance(label, str):
                parts[-1:] = [label]  # "faqs" + 3 → "fees"
            else:
                parts.append(f"第 {key + 1} 项")
        else:
            parts.append(("的 " if parts else "") + str(key))
        node = child
    return " ".join(parts)


def _validate(model: type[BaseModel], tree: Any, name: str) -> tuple[Any, list[Problem]]:
    try:
        return model.model_validate(_plain(tree)), []
    except (OverflowError, ArithmeticError, RecursionError, TypeError) as e:  # escaped a validator
        return None, [Problem(name, 1, f"有一个值超出了范围（{e}）；请检查最近改动的数字、日期和时长")]
    except ValidationError as e:
        problems = []
        for err in e.errors():
            loc = list(err["loc"])
            if err["type"] == "string_type" and err.get("input") is None:
                msg = "是空的，应该写文字"
            else:
                msg = _PYDANTIC_MSG.get(err["type"]) or str(err["msg"]).removeprefix("Value error, ")
            where = _where(tree, loc)
            problems.append(Problem(name, _line_of(tree, loc), f"{where}: {msg}" if where else msg))
        return None, problems


# ---------------------------------------------------------------- cross-file checks


def _check_faq(faq: FaqFile, tree: Any, context: dict[str, str]) -> list[Problem]:
    problems = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(faq.faqs):
        line = _line_of(tree, ["faqs", i])
        if entry.id in seen:
            problems.append(Problem(FAQ_FILE, line, f"id {entry.id!r} 重复了（第 {seen[entry.id]} 行已有）"))
        seen.setdefault(entry.id, line)
        for name in PLACEHOLDER.findall(entry.answer):
            if name not in context:
                problems.append(
                    Problem(
                        FAQ_FILE,
                        _line_of(tree, ["faqs", i, "answer"]),
                        f"{entry.id}: 答案里的 {{{name}}} 不认识；可用的有 {', '.join(sorted(context))}",
                    )
                )
        if (entry.facet == "window_status" or entry.window) and not a_window(entry.window):
            problems.append(
                Problem(
                    FAQ_FILE,
                    line,
                    f"{entry.id}: facet: window_status 需要 window: 取 {'、'.join(WINDOWS)} 之一（或 before_ 加其一：那段开始前）",
                )
            )
    return problems


def _check_contacts(contacts: Contacts, tree: Any, provinces: set[str]) -> list[Problem]:
    problems = []
    for i, row in enumerate(contacts.provincial):
        for j, p in enumerate(row.provinces):
            if p not in provinces:
                problems.append(
                    Problem(
                        CONTACTS_FILE,
                        _line_of(tree, ["provincial", i, "provinces", j]),
                        f"{row.name}: 不认识的省份 {p!r}（请用简称，如 广东、内蒙古）",
                    )
                )
        if not re.fullmatch(r"[\d\-]{7,}", row.phone):
            problems.append(
                Problem(
                    CONTACTS_FILE,
                    _line_of(tree, ["provincial", i, "phone"]),
                    f"{row.name}: 电话 {row.phone!r} 不像号码",
                )
            )
        if row.email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", row.email):
            problems.append(
                Problem(
                    CONTACTS_FILE,
                    _line_of(tree, ["provincial", i, "email"]),
                    f"{row.name}: 邮箱 {row.email!r} 写法不对",
                )
            )
    return problems


def _check_deadlines(deadlines: DeadlinesFile, tree: Any, context: dict[str, str]) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for i, d in enumerate(deadlines.deadlines):
        line = _line_of(tree, ["deadlines", i])
        for name in PLACEHOLDER.findall(d.detail) if context else ():  # no context: another file is broken
            if name not in context:
                problems.append(
                    Problem(
                        DEADLINES_FILE,
                        _line_of(tree, ["deadlines", i, "detail"]),
                        f"{d.id}: detail 里的 {{{name}}} 不认识",
                    )
                )
        if d.id in seen:
            problems.append(Problem(DEADLINES_FILE, line, f"id {d.id!r} 重复了"))
        seen.add(d.id)
        for lead in d.remind:
            if lead.total_seconds() < 0:
                problems.append(
                    Problem(DEADLINES_FILE, _line_of(tree, ["deadlines", i, "remind"]), f"{d.id}: 提前量不能为负")
                )
    return problems


def _check_notice(notice: Notice, tree: Any) -> list[Problem]:
    problems = []
    for key in ("site_application", "registration", "room_arrangement"):
        w: Window = getattr(notice, key)
        if w.end < w.start:
            problems.append(Problem(NOTICE_FILE, _line_of(tree, [key]), f"{key}: 结束日期早于开始日期"))
    for i, e in enumerate(notice.exams):
        if e.level not in LEVELS:
            problems.append(
                Problem(NOTICE_FILE, _line_of(tree, ["exams", i, "level"]), f"级别应是 {'、'.join(LEVELS)} 之一")
            )
    return problems


# ---------------------------------------------------------------- the entry point


def _paths(data_dir: Path) -> tuple[dict[str, Path], list[Problem]]:
    """Where each data file is read from, and a warning for each one the bundled data/ stands in for."""
    paths = {name: data_dir / name for name in DATA_FILES}
    warnings: list[Problem] = []
    # notice.yaml, regions.json and contact_words.yaml are not staff files (CONTRACT names faq.yaml, contacts.json
    # and deadlines.yaml): a folder without them is served with the bundled ones, and check says so.
    for name in (NOTICE_FILE, REGIONS_FILE, CONTACT_WORDS_FILE):
        bundled = BUNDLED_DATA / name
        if not paths[name].exists() and bundled.exists() and data_dir.resolve() != BUNDLED_DATA:
            paths[name] = bundled
            warnings.append(Problem(name, 1, f"{data_dir} 里没有这个文件，使用随程序提供的 {bundled}", warning=True))
    return paths, warnings


def _limit(name: str) -> int:
    return {REGIONS_FILE: MAX_REGIONS_BYTES, FAQ_FILE: MAX_FAQ_BYTES}.get(name, MAX_FILE_BYTES)


def current_fingerprints(data_dir: Path | str) -> dict[str, str]:
    """The fingerprint of each data file as it is on disk now (compare with `Knowledge.fingerprints`)."""
    paths, _ = _paths(Path(data_dir))
    return {name: fingerprint(read_bytes(path, _limit(name))[0]) for name, path in paths.items()}


def load(data_dir: Path | str, *, trees: dict[str, Any] | None = None) -> Knowledge:
    """Read and validate every data file; raise DataError listing every problem.

    `trees`, when given, receives each file's round-trip tree (its line numbers), so `check` parses none twice.

    Each file is read once; the bytes that were parsed are the bytes fingerprinted (`Knowledge.fingerprints`,
    `DataError.fingerprints`), so a save landing while this runs is never mistaken for what was loaded.
    Nothing a file holds escapes as anything but a DataError with a file and a line.
    """
    paths, warnings = _paths(Path(data_dir))
    read = {name: read_bytes(path, _limit(name)) for name, path in paths.items()}
    fingerprints = {name: fingerprint(data) for name, (data, _) in read.items()}
    try:
        knowledge = _load_read(read, warnings, trees)
    except DataError as e:
        e.fingerprints = fingerprints
        raise
    return dataclasses.replace(knowledge, fingerprints=fingerprints)


def fingerprint(data: bytes | None) -> str:
    """What identifies one version of a file: the hash of its bytes ("" when it could not be read)."""
    return hashlib.sha256(data).hexdigest() if data is not None else ""


def _load_read(
    read: dict[str, tuple[bytes | None, Problem | None]], warnings: list[Problem], trees: dict[str, Any] | None = None
) -> Knowledge:
    from .regions import RegionIndex  # the place-name index is data too, but has its own model

    problems: list[Problem] = []
    trees = {} if trees is None else trees
    for name in (NOTICE_FILE, CONTACTS_FILE, FAQ_FILE, DEADLINES_FILE, CONTACT_WORDS_FILE):
        data, problem = read[name]
        tree, errs = (None, [problem]) if problem is not None else _parse_tree(name, data or b"")
        trees[name] = tree
        problems += errs
    regions = None
    data, problem = read[REGIONS_FILE]
    if problem is not None:
        if problem.message == "文件不存在":
            problem = Problem(REGIONS_FILE, 1, "文件不存在（它列出省份和城市，随仓库提供）")
        problems.append(problem)
    else:
        try:
            regions = RegionIndex(json.loads((data or b"").decode("utf-8-sig")))
        except json.JSONDecodeError as e:
            problems.append(Problem(REGIONS_FILE, e.lineno, f"JSON 格式错误：{_json_message(e)}（第 {e.colno} 列）"))
        except Exception as e:  # a wrong shape, a wrong encoding, a nesting too deep: one line, never a traceback
            problems.append(Problem(REGIONS_FILE, 1, f"读不了：{e!r}"))

    models: dict[str, Any] = {}
    for name, model in (
        (NOTICE_FILE, Notice),
        (CONTACTS_FILE, Contacts),
        (FAQ_FILE, FaqFile),
        (DEADLINES_FILE, DeadlinesFile),
        (CONTACT_WORDS_FILE, ContactWords),
    ):
        if trees[name] is not None:
            models[name], errs = _validate(model, trees[name], name)
            problems += errs
    notice, contacts, faq, deadlines = (models.get(n) for n in (NOTICE_FILE, CONTACTS_FILE, FAQ_FILE, DEADLINES_FILE))

    context: dict[str, str] = {}
    checks: list[tuple[str, Any]] = []
    if notice is not None and contacts is not None:
        checks.append((NOTICE_FILE, lambda: context.update(notice_context(notice, contacts))))
    if notice is not None:
        checks.append((NOTICE_FILE, lambda: _check_notice(notice, trees[NOTICE_FILE])))
    if faq is not None and notice is not None and contacts is not None:
        checks.append((FAQ_FILE, lambda: _check_faq(faq, trees[FAQ_FILE], context)))
    if contacts is not None and regions is not None:
        provinces = {p.name for p in regions.provinces()}
        checks.append((CONTACTS_FILE, lambda: _check_contacts(contacts, trees[CONTACTS_FILE], provinces)))
    if deadlines is not None:
        checks.append((DEADLINES_FILE, lambda: _check_deadlines(deadlines, trees[DEADLINES_FILE], context)))
    for name, check in checks:
        try:
            problems += check() or []
        except Exception as e:  # a value the checks did not foresee: still a line for staff, not a traceback
            problems.append(Problem(name, 1, f"无法检查这个文件（{e!r}）；请检查最近改动的地方"))

    words = models.get(CONTACT_WORDS_FILE)
    if problems or None in (notice, contacts, faq, deadlines, regions, words):
        raise DataError(problems or [Problem("?", 1, "数据不完整")])

    digest = hashlib.sha256()
    for name in DATA_FILES:
        digest.update(read[name][0] or b"")
    return Knowledge(
        notice,
        contacts,
        faq,
        deadlines,
        regions,
        digest.hexdigest()[:12],
        context,
        warnings=tuple(warnings),
        words=words,
    )


# Public names for the other readers of these files (bot.lint).
line_of = _line_of
read_tree = _read_tree
