"""data/ → typed, validated facts: one import for the rest of the code.

The work is split by concern: `bot.schema` (the models and the loaded `Knowledge`), `bot.loader` (reading the
files, with `FILE:LINE: message` for every problem), `bot.placeholders` (the notice's values that answers
name as `{placeholders}`) and `bot.problems`. This module names them together, so `from .knowledge import
FaqEntry, load` keeps working wherever it is written.
"""

from __future__ import annotations

from .loader import _line_of, _read_tree, line_of, load, read_tree
from .placeholders import PLACEHOLDER, fill, notice_context, windows_named
from .problems import DataError, Problem
from .schema import (
    BUNDLED_DATA,
    CONTACT_WORDS_FILE,
    CONTACTS_FILE,
    DATA_FILES,
    DEADLINES_FILE,
    FACETS,
    FAQ_FILE,
    LEVELS,
    NOTICE_FILE,
    REGIONS_FILE,
    Contacts,
    ContactWords,
    Deadline,
    DeadlinesFile,
    Exam,
    FaqEntry,
    FaqFile,
    Knowledge,
    LevelWindow,
    Notice,
    Person,
    ProvinceRow,
    Window,
)

__all__ = [
    "BUNDLED_DATA",
    "CONTACTS_FILE",
    "CONTACT_WORDS_FILE",
    "DATA_FILES",
    "DEADLINES_FILE",
    "FACETS",
    "FAQ_FILE",
    "LEVELS",
    "NOTICE_FILE",
    "PLACEHOLDER",
    "REGIONS_FILE",
    "ContactWords",
    "Contacts",
    "DataError",
    "Deadline",
    "DeadlinesFile",
    "Exam",
    "FaqEntry",
    "FaqFile",
    "Knowledge",
    "LevelWindow",
    "Notice",
    "Person",
    "Problem",
    "ProvinceRow",
    "Window",
    "fill",
    "line_of",
    "load",
    "notice_context",
    "read_tree",
    "windows_named",
]

_ = (_line_of, _read_tree)  # the old private names, still importable for code written against them
