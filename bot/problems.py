"""What is wrong with a data file, said for the person at the editor: `FILE:LINE: message`.

`python -m bot check`, the live reloader and start-up all report through these two types, so staff read the
same sentence wherever a mistake surfaces.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["DataError", "Problem"]


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    message: str
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {'提醒：' if self.warning else ''}{self.message}"


class DataError(Exception):
    def __init__(self, problems: Sequence[Problem], fingerprints: dict[str, str] | None = None):
        self.problems = sorted(problems)
        # What each file held when it was read (see bot.loader.fingerprint); the reloader compares them.
        self.fingerprints = dict(fingerprints or {})
        super().__init__("\n".join(map(str, self.problems)))
