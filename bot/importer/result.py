"""What an import produces: the facts read from one notice, and every line that could not be read."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..knowledge import (
    Contacts,
    DeadlinesFile,
    Notice,
)

__all__ = ["ImportResult", "Unread"]


@dataclass(frozen=True)
class Unread:
    """A line the importer could not interpret. `fatal` ones (table rows, missing facts) stop the import."""

    line: int  # 1-based line in the notice; 0 when the problem is a fact that was not found at all
    text: str
    reason: str
    fatal: bool = True

    def __str__(self) -> str:
        if not self.line:
            return self.reason
        # Table cells are shown with a visible separator: a tab in a terminal looks like any space.
        shown = " | ".join(c.strip() for c in self.text.strip().split("\t")) or "（表头）"
        return f"第 {self.line} 行：{shown}\n      → {self.reason}"


@dataclass
class ImportResult:
    """The facts read from one notice, and everything that could not be read."""

    notice: Notice | None = None
    contacts: Contacts | None = None
    deadlines: DeadlinesFile | None = None
    unread: list[Unread] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Mainland provinces that no row of the province table covers (a warning: the seed itself lacks one).
    uncovered_provinces: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every table was read and every fact the data files need was found."""
        has_facts = None not in (self.notice, self.contacts, self.deadlines)
        return has_facts and not any(u.fatal for u in self.unread)
