"""The retrieval index over FaqEntry: which entry does a question ask about, and how sure are we?

Three kinds of evidence, each strong where the others are weak:
- words (jieba), weighted by how rare they are among the entries (IDF), so 准考证 counts more than 时间;
- characters (rapidfuzz ratio) against each sample question, for short and oddly segmented questions;
- pinyin of the same, so that a homophone typo (考式 for 考试) still lands.
Words the entries never use lower the score: a question about 雅思 is not a question about this notice.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import jieba
from pypinyin import lazy_pinyin
from rapidfuzz import fuzz

from .knowledge import FaqEntry, FaqFile
from .text import normalize

__all__ = ["FaqIndex", "Hit", "tokens"]

jieba.setLogLevel(logging.WARNING)
_TOKENIZER = jieba.Tokenizer()
_TOKENIZER.setLogLevel = None  # type: ignore[attr-defined]

# Words that say nothing about which entry is meant.
_STOPWORDS = frozenset(
    [
        "的",
        "了",
        "是",
        "我",
        "我们",
        "我校",
        "你",
        "你们",
        "咱们",
        "在",
        "和",
        "与",
        "及",
        "跟",
        "要",
        "有",
        "没有",
        "可以",
        "能",
        "能不能",
        "会",
        "这",
        "那",
        "这个",
        "那个",
        "一个",
        "个",
        "都",
        "也",
        "就",
        "还",
        "请",
        "下",
        "一",
        "吧",
        "吗",
        "呢",
        "啊",
        "呀",
        "哦",
        "好",
        "问",
        "想",
        "知道",
        "需要",
        "应该",
        "是不是",
        "有没有",
        "什么",
        "怎么",
        "怎样",
        "如何",
        "哪些",
        "哪个",
        "哪",
        "么",
        "为",
        "对",
        "给",
        "让",
        "被",
        "把",
        "从",
        "到",
        "上",
        "中",
        "里",
        "们",
        "等",
        "或",
        "或者",
        "该",
        "得",
        "地",
        "着",
        "过",
        "关于",
        "学校",
        "学院",
        "老师",
        "同学",
        "the",
        "a",
        "an",
        "is",
        "are",
        "of",
        "to",
        "for",
        # English function words: a question in English is about its content words
        "in",
        "on",
        "at",
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "should",
        "we",
        "our",
        "i",
        "my",
        "you",
        "your",
        "they",
        "students",
        "student",
        "it",
        "this",
        "that",
        "what",
        "which",
        "where",
        "how",
        "there",
        "please",
        "much",
        "many",
        "be",
        "with",
        "by",
        "from",
        "and",
        "or",
        "level",
    ]
)

# A date in a question ("12月20号考什么", "20号能打印吗") asks like 几号 does; the answer picks the date itself.
_DATE_RE = re.compile(r"(?:\d{1,2}月)?\d{1,2}[日号]|\d{1,2}月\d{1,2}")


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """Content words of normalised text (search-mode jieba, so 准考证 also yields 考证)."""
    out = []
    for t in _TOKENIZER.lcut_for_search(text):
        t = t.strip()
        if t and t not in _STOPWORDS and not t.isspace():
            out.append(t)
    return tuple(out)


def _synonym_pattern(word: str) -> str:
    """Chinese words match anywhere; a Latin word only as a whole word (exam, not example), plural allowed."""
    if re.fullmatch(r"[a-z][a-z ]*[a-z]", word):
        return rf"(?<![a-z]){re.escape(word)}s?(?![a-z])"
    return re.escape(word)


@lru_cache(maxsize=8192)
def _pinyin(text: str) -> str:
    return "".join(lazy_pinyin(text))


@dataclass(frozen=True)
class Hit:
    entry: FaqEntry
    score: float


@dataclass(frozen=True)
class _Sample:
    entry: int
    text: str
    pinyin: str
    words: frozenset[str]


class FaqIndex:
    def __init__(self, faq: FaqFile):
        self.entries: list[FaqEntry] = list(faq.faqs)
        self._idf: dict[str, float] = {}
        self._by_sound: dict[str, str] = {}  # filled once the vocabulary is known
        # Member words → the words the entries use (交钱 → 缴费). One alternation, longest first, that also
        # matches the canonical words themselves, so 准考 never rewrites the inside of 准考证.
        self._synonyms: dict[str, str] = {}
        for canon, variants in faq.synonyms.items():
            self._synonyms[normalize(canon)] = normalize(canon)
            for v in variants:
                self._synonyms.setdefault(normalize(v), normalize(canon))
        words = sorted(filter(None, self._synonyms), key=len, reverse=True)
        self._synonym_re = re.compile("|".join(map(_synonym_pattern, words))) if words else None
        for canon, variants in faq.synonyms.items():
            for w in (canon, *variants):
                _TOKENIZER.add_word(normalize(w), freq=2000)
        for e in self.entries:
            for k in e.keywords:
                _TOKENIZER.add_word(normalize(k), freq=2000)
        tokens.cache_clear()

        self._samples: list[_Sample] = []
        self._entry_words: list[frozenset[str]] = []
        df: Counter[str] = Counter()
        for i, e in enumerate(self.entries):
            words: set[str] = set()
            for q in e.questions:
                text = self.canonical(q)
                w = frozenset(tokens(text))
                words |= w
                self._samples.append(_Sample(i, text, _pinyin(text), w))
            for k in e.keywords:
                words |= set(tokens(self.canonical(k)))
            self._entry_words.append(frozenset(words))
            df.update(words)
        n = len(self.entries)
        self._idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
        # An unknown word weighs like a fairly rare one: it is probably the subject of the question.
        self._unknown_weight = math.log((n + 1) / 2.5)
        self.vocabulary = frozenset(df)
        # Pinyin of every known word, to mend homophone typos (考式 → 考试); ambiguous sounds are dropped.
        sounds: dict[str, set[str]] = {}
        for w in df:
            if len(w) >= 2 and not w.isascii():
                sounds.setdefault(_pinyin(w), set()).add(w)
        self._by_sound = {p: next(iter(ws)) for p, ws in sounds.items() if len(ws) == 1}

    def canonical(self, text: str) -> str:
        text = _DATE_RE.sub("几号", normalize(text))
        if self._synonym_re is not None:
            text = self._synonym_re.sub(self._canonical_word, text)
        return self._mend_typos(text)

    def _canonical_word(self, m: re.Match[str]) -> str:
        word = m.group(0)
        canon = self._synonyms.get(word) or self._synonyms.get(word.removesuffix("s")) or word
        # Latin words get spaces around them, so that "exam" in "the exam time" stays a word of its own.
        return f" {canon} " if word.isascii() and not canon.isascii() else canon

    def _mend_typos(self, text: str) -> str:
        words = tokens(text)
        fixes = {
            w: self._by_sound[_pinyin(w)]
            for w in words
            if len(w) >= 2 and not w.isascii() and w not in self._idf and _pinyin(w) in self._by_sound
        }
        for wrong, right in fixes.items():
            text = text.replace(wrong, right)
        return text

    def weight(self, word: str) -> float:
        w = self._idf.get(word)
        if w is not None:
            return w
        if len(word) == 1 and not word.isascii():
            return self._unknown_weight * 0.3  # a stray single character rarely names a topic
        return self._unknown_weight

    def unknown_words(self, text: str) -> list[str]:
        return [w for w in tokens(self.canonical(text)) if w not in self._idf]

    def search(self, question: str, limit: int = 3) -> list[Hit]:
        """Entries ranked by score in [0, 1]; at most one hit per entry."""
        text = self.canonical(question)
        if not text:
            return []
        q_words = set(tokens(text))
        q_weight = sum(self.weight(w) for w in q_words) or 1.0
        q_pinyin = _pinyin(text)
        best: dict[int, float] = {}
        for s in self._samples:
            ew = self._entry_words[s.entry]
            recall = sum(self._idf[w] for w in q_words & ew) / q_weight
            common = q_words & s.words
            s_weight = sum(self._idf[w] for w in s.words) or 1.0
            precision = sum(self._idf[w] for w in common) / s_weight
            chars = max(fuzz.ratio(text, s.text), fuzz.ratio(q_pinyin, s.pinyin) * 0.95) / 100
            score = 0.5 * recall + 0.2 * precision + 0.3 * chars
            if score > best.get(s.entry, 0.0):
                best[s.entry] = score
        ranked = sorted(best.items(), key=lambda x: x[1], reverse=True)[:limit]
        return [Hit(self.entries[i], round(sc, 4)) for i, sc in ranked]

    def by_id(self, entry_id: str) -> FaqEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def ids(self) -> Sequence[str]:
        return [e.id for e in self.entries]
