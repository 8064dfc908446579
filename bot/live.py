"""The knowledge the bot answers from right now, swapped whole when the data files change.

A reload builds the new Knowledge and Answerer completely before the swap, so a question never sees half a
change, and a file that fails validation changes nothing: the last good data keeps answering.

Reading (slow, pure: `read`) and swapping (`apply`) are separate so the plugin can read in a worker thread
and swap on the event loop. `StaffAlerts` decides what staff are told, so that a broken file is reported once
per distinct set of problems, and its repair once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .answer import Answerer, Reply
from .knowledge import DATA_FILES, FAQ_FILE, DataError, Knowledge, Problem, load

__all__ = ["MAX_LISTED", "LiveKnowledge", "ReloadResult", "StaffAlerts", "keep_for_start"]

MAX_LISTED = 8  # problems or ids named in one chat message; a reply stays within one phone screen


def _names(ids: tuple[str, ...]) -> str:
    shown = "、".join(ids[:MAX_LISTED])
    return shown + (f" 等 {len(ids)} 条" if len(ids) > MAX_LISTED else "")


@dataclass(frozen=True)
class ReloadResult:
    ok: bool
    changed_files: bool
    problems: tuple[Problem, ...] = ()
    entries: int = 0
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    files: tuple[str, ...] = ()  # data files whose content changed (on success)

    def problem_lines(self) -> list[str]:
        lines = [str(p) for p in self.problems[:MAX_LISTED]]
        if len(self.problems) > MAX_LISTED:
            lines.append(f"……另有 {len(self.problems) - MAX_LISTED} 个问题，运行 python -m bot check 查看全部")
        return lines

    def summary(self) -> str:
        """What staff see after /faq reload: at most 13 lines."""
        if not self.ok:
            return "\n".join(["数据文件有错误，机器人仍在用上一个正确的版本回答：", *self.problem_lines()])
        lines = [f"现在有 {self.entries} 条问答在用。"]
        for label, ids in (("新增", self.added), ("修改", self.changed), ("删除", self.removed)):
            if ids:
                lines.append(f"{label}：{_names(ids)}")
        if not (self.added or self.changed or self.removed):
            lines.append("问答没有变化。")
        others = [f for f in self.files if f != FAQ_FILE]
        if others:
            lines.append(f"另外更新了：{'、'.join(others)}")
        return "\n".join(lines)


def _file_digests(data_dir: Path) -> dict[str, str]:
    out = {}
    for name in DATA_FILES:
        p = data_dir / name
        out[name] = hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else ""
    return out


# Start-up validates the data before nonebot starts (bot/app.py), and the knowledge plugin opens it once
# nonebot is up: the first load is handed over rather than read twice (about 0.3 s), if no file changed.
_handover: tuple[Path, dict[str, str], Knowledge] | None = None


def keep_for_start(data_dir: Path | str, knowledge: Knowledge) -> None:
    """Keep a freshly loaded Knowledge for the next `LiveKnowledge.open` of the same, unchanged folder."""
    global _handover
    _handover = (Path(data_dir).resolve(), _file_digests(Path(data_dir)), knowledge)


def _take_handover(data_dir: Path, files: dict[str, str]) -> Knowledge | None:
    global _handover
    kept, _handover = _handover, None  # taken once: a later open reads the files again
    if kept is not None and kept[0] == data_dir.resolve() and kept[1] == files:
        return kept[2]
    return None


@dataclass
class LiveKnowledge:
    data_dir: Path
    answerer: Answerer
    last_problems: tuple[Problem, ...] = field(default=())
    _files: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def open(cls, data_dir: Path | str) -> LiveKnowledge:
        """Load at start-up; raises DataError (with file and line) when the data is broken."""
        data_dir = Path(data_dir)
        files = _file_digests(data_dir)
        knowledge = _take_handover(data_dir, files) or load(data_dir)
        return cls(data_dir, Answerer(knowledge), _files=files)

    @property
    def knowledge(self) -> Knowledge:
        return self.answerer.knowledge

    def answer(self, question: str, now: datetime | None = None, asker: object = None) -> Reply:
        return self.answerer.answer(question, now=now, asker=asker)

    def reload(self) -> ReloadResult:
        """Read the folder again and swap if it is valid and different."""
        return self.apply(self.read())

    def read(self) -> Knowledge | DataError:
        """Load and validate the folder; safe to run in a worker thread (touches nothing live)."""
        try:
            return load(self.data_dir)
        except DataError as e:
            return e

    def apply(self, loaded: Knowledge | DataError) -> ReloadResult:
        """Swap in what `read` returned, or keep the current data and report why not."""
        old = self.knowledge
        if isinstance(loaded, DataError):
            self.last_problems = tuple(loaded.problems)
            return ReloadResult(False, True, self.last_problems, entries=len(old.faq.faqs))
        self.last_problems = ()
        if loaded.digest == old.digest:
            return ReloadResult(True, False, entries=len(loaded.faq.faqs))
        files = _file_digests(self.data_dir)
        answerer = Answerer(loaded)
        # A member who was just offered numbered choices may answer "2" after the swap; keep what they were
        # offered (a choice whose entry was removed simply falls through to a normal answer).
        answerer._pending.update(self.answerer._pending)
        before = {e.id: e for e in old.faq.faqs}
        after = {e.id: e for e in loaded.faq.faqs}
        changed_files = tuple(n for n in DATA_FILES if files.get(n) != self._files.get(n))
        self.answerer, self._files = answerer, files  # the swap: after everything is built
        return ReloadResult(
            True,
            True,
            entries=len(after),
            added=tuple(i for i in after if i not in before),
            changed=tuple(i for i in after if i in before and before[i] != after[i]),
            removed=tuple(i for i in before if i not in after),
            files=changed_files,
        )


@dataclass
class StaffAlerts:
    """What to tell staff after a reload: a new set of problems, or that the data is good again. Else nothing."""

    told: tuple[Problem, ...] = ()

    def after(self, result: ReloadResult) -> str | None:
        if not result.ok:
            if result.problems == self.told:
                return None  # the same mistake saved twice: they already know
            self.told = result.problems
            return "\n".join(
                [
                    "【考务助手】数据文件有错误，没有生效，机器人仍在用上一个正确的版本回答：",
                    *result.problem_lines(),
                    "改好保存后 5 秒内自动生效。",
                ]
            )
        if self.told:
            self.told = ()
            return "【考务助手】数据文件已改好，新版本已生效。\n" + result.summary()
        return None
