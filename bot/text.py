"""Normalisation of what people type in a QQ group, before any matching.

Traditional → simplified, full width → half width, lower case, no punctuation, emoji, zero-width or
control characters, and none of the polite filler that carries no meaning for retrieval.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from opencc import OpenCC

from .lexicon import TOKENIZER

__all__ = ["clean", "normalize", "strip_filler", "to_simplified"]

# Building the converter reads its dictionaries: once per process.
_T2S = OpenCC("t2s")

# Longest first, so that 请问一下 goes before 请问. Only words that never carry the question's meaning.
_FILLER = sorted(
    [
        "请问一下",
        "请问",
        "问一下",
        "想问下",
        "想问",
        "咨询一下",
        "咨询下",
        "麻烦问下",
        "麻烦",
        "打扰了",
        "打扰一下",
        "老师好",
        "老师您好",
        "您好",
        "你好",
        "大家好",
        "各位老师",
        "老师们",
        "老师",
        "谢谢",
        "多谢",
        "感谢",
        "辛苦了",
        "一下",
        "下哈",
        "哈哈",
        "呢",
        "吗",
        "嘛",
        "呀",
        "啊",
        "哈",
        "吧",
        "哦",
        "噢",
        "呐",
        "please",
        "thanks",
        "thank you",
        "hi",
        "hello",
    ],
    key=len,
    reverse=True,
)
# A one-character particle (哈, 呀, 吧 …) is filler only where a clause ends: 哈尔滨 keeps its 哈.
_FILLER_RE = re.compile("|".join(re.escape(w) if len(w) > 1 else rf"{re.escape(w)}+(?=\s|$)" for w in _FILLER))
_NOT_WORD = re.compile(r"[^\w+@.:\-]+")  # keep 1+X, e-mail addresses, times and dates
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def to_simplified(text: str) -> str:
    return _T2S.convert(text)


# QQ writes its stickers into copied text as [微笑], /呲牙: they say nothing about the question.
_QQ_FACE = re.compile(r"\[[\u4e00-\u9fff]{1,4}\]|/[\u4e00-\u9fff]{2}(?=\s|$)")


def clean(text: str, *, join: bool = True) -> str:
    """Width-folded, simplified, lower-case text with symbols and invisible characters turned to spaces."""
    text = _QQ_FACE.sub(" ", unicodedata.normalize("NFKC", text))
    text = "".join(
        ch if ch in "+@" or unicodedata.category(ch)[0] not in "CS" else " " for ch in text
    )  # C*: control, format (zero-width), private use; S*: emoji and other symbols
    text = to_simplified(text).lower()
    text = _NOT_WORD.sub(" ", text)
    if join:
        text = _CJK_GAP.sub("", text)
    return " ".join(text.split())


def strip_filler(text: str) -> str:
    """Filler only where it stands as whole words: 周一下午 is 周一 + 下午, so its 一下 is no filler (问一下 is)."""
    cuts: set[int] | None = None

    def drop(m: re.Match[str]) -> str:
        nonlocal cuts
        if cuts is None:
            cuts, at = {0}, 0
            for word in TOKENIZER.cut(text, HMM=False):
                at += len(word)
                cuts.add(at)
        return " " if m.start() in cuts and m.end() in cuts else m.group(0)

    return " ".join(_FILLER_RE.sub(drop, text).split())


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """The form every matcher sees: `clean` then `strip_filler`, then Chinese runs joined across the gaps.

    Filler goes before the gaps close, so that a particle at the end of a clause (「啊，报名时间」) is still
    seen as one.
    """
    return _CJK_GAP.sub("", strip_filler(clean(text, join=False)))
