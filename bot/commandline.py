"""How a typed command is read: the prefix as phones and IMEs really type it.

A Chinese input method gives a full-width slash (／), phones add a space after it, and some keyboards type
U+3000 (the ideographic space). `normalise_command` turns each into the plain form the command table knows,
so staff typing `／faq reload` or `/ faq　reload` get the command, not an answer to a "question".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

__all__ = ["normalise_command", "parse_days"]


def normalise_command(text: str, starts: Iterable[str]) -> str | None:
    """'／faq reload', '/ faq reload', '/\u3000faq  reload' → '/faq reload'; None when it is not a command.

    NFKC folds full-width forms to their plain ones (／→/, ｆａｑ→faq, ①→1); runs of any whitespace become one
    space. Text that is already plain comes back unchanged.
    """
    plain = " ".join(unicodedata.normalize("NFKC", text).split())
    for start in sorted((s for s in starts if s), key=len, reverse=True):
        if plain.startswith(start):
            rest = plain[len(start) :].lstrip()
            return start + rest if rest else None
    return None


def parse_days(arg: str, default: int, most: int) -> int | None:
    """'/unanswered 30' → 30; '' → default; anything else (①, -3, 1000, 三十) → None, and the caller shows usage."""
    arg = unicodedata.normalize("NFKC", arg).strip()
    if not arg:
        return default
    if arg.isascii() and arg.isdigit() and 0 < int(arg) <= most:
        return int(arg)
    return None
