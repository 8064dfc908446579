"""The knowledge the bot answers from right now, swapped whole when the data files change.

A reload builds the new Knowledge and Answerer completely before the swap, so a question never sees half a
change, and a file that fails validation changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .answer import Answerer, Reply
from .knowledge import DataError, Knowledge, Problem, load

__all__ = ["LiveKnowledge", "ReloadResult"]


@dataclass(frozen=True)
class ReloadResult:
    ok: bool
    changed_files: bool
    problems: tuple[Problem, ...] = ()
    entries: int = 0
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def summary(self) -> str:
        if not self.ok:
            return "数据文件有错误，仍在使用上一个正确的版本：\n" + "\n".join(map(str, self.problems[:8]))
        parts = [f"已加载 {self.entries} 条问答"]
        for label, ids in (("新增", self.added), ("修改", self.changed), ("删除", self.removed)):
            if ids:
                parts.append(f"{label}：{'、'.join(ids[:10])}" + (" 等" if len(ids) > 10 else ""))
        if not (self.added or self.changed or self.removed):
            parts.append("问答没有变化")
        return "；".join(parts) + "。"


@dataclass
class LiveKnowledge:
    data_dir: Path
    answerer: Answerer
    last_problems: tuple[Problem, ...] = field(default=())

    @classmethod
    def open(cls, data_dir: Path | str) -> LiveKnowledge:
        """Load at start-up; raises DataError (with file and line) when the data is broken."""
        return cls(Path(data_dir), Answerer(load(data_dir)))

    @property
    def knowledge(self) -> Knowledge:
        return self.answerer.knowledge

    def answer(self, question: str, now: datetime | None = None, asker: object = None) -> Reply:
        return self.answerer.answer(question, now=now, asker=asker)

    def reload(self) -> ReloadResult:
        old = self.knowledge
        try:
            new = load(self.data_dir)
        except DataError as e:
            self.last_problems = tuple(e.problems)
            return ReloadResult(False, True, tuple(e.problems))
        self.last_problems = ()
        if new.digest == old.digest:
            return ReloadResult(True, False, entries=len(new.faq.faqs))
        before = {e.id: e for e in old.faq.faqs}
        after = {e.id: e for e in new.faq.faqs}
        self.answerer = Answerer(new)  # the swap: one assignment, after everything is built
        return ReloadResult(
            True,
            True,
            entries=len(after),
            added=tuple(i for i in after if i not in before),
            changed=tuple(i for i in after if i in before and before[i] != after[i]),
            removed=tuple(i for i in before if i not in after),
        )
