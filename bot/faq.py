"""The retrieval index over FaqEntry: which entry does a question ask about, and how sure are we?

Four kinds of evidence, each strong where the others are weak:
- words (jieba), weighted by how rare they are among the entries (IDF), so 准考证 counts more than 时间, and by
  how central they are to an entry: a keyword counts fully, a word of one sample question out of twenty a little,
  so a catch-all entry with many questions does not win on an incidental word (发, 安排);
- characters (rapidfuzz ratio) against each sample question, for short and oddly segmented questions;
- pinyin of the same, so that a homophone typo (考式 for 考试) still lands;
- what is asked (when, where, how, who, how much, which students, how many days left), read from the
  question words that jieba drops, matched against what the entry's own sample questions ask.
Words the entries never use lower the score: a question about 雅思 is not a question about this notice.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jieba
from pypinyin import lazy_pinyin
from rapidfuzz import fuzz

from .knowledge import FaqEntry, FaqFile
from .text import normalize

__all__ = ["FaqIndex", "Hit", "intents", "tokens"]

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
        "这边",
        "那边",
        "我们这边",
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
        "这次",
        "本次",
        "一共",
        "总共",
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

_SAMPLE_BASE = 0.4  # centrality of a word used by one sample question among many
_KEYWORD_PART = 0.7  # a word inside a longer keyword (问题 in 技术问题)
_SINGLE_KNOWN = 0.6  # a single known character (考, 发) says less than a word
_NO_TOPIC = 0.6  # an entry that shares only time words with the question is hardly what it asks
_MIN_WINDOW_TYPO = 3  # shortest run of characters mended by sound when jieba splits it
_INTENT_WEIGHT = 0.12  # ± half of it: enough to order close entries, not to override the words

# A date in a question ("12月20号考什么", "20号能打印吗") asks like 几号 does; the answer picks the date itself.
# The dotted 12.20 / 12/20 too, when one part has two digits (1.5 小时 is a duration, not a date).
_DATE_RE = re.compile(
    r"(?:\d{1,2}月)?\d{1,2}[日号]|\d{1,2}月\d{1,2}"
    r"|(?<![\d:.])(?:1[0-2]|0?[1-9](?=[./]\d\d))[./](?:3[01]|[12]\d|0?[1-9])(?![\d:.])"
)


# What a question asks, from the words retrieval drops (怎么, 什么时候, 谁 …). An entry answers the kinds its own
# sample questions ask; a question that asks a kind its best entry never answers is probably about another one.
_INTENTS: dict[str, re.Pattern[str]] = {
    "when": re.compile(
        r"什么时候|啥时候|何时|哪天|哪一天|几号|几月|日期|时间|截止|期限|几点|上午|下午|开始|结束|多久|多长"
    ),
    "where": re.compile(
        r"哪里|在哪|哪儿|什么地方|哪个平台|哪个网站|网址|链接|网站|地址|邮箱|发哪|交到哪|发给谁|交给谁|发送"
    ),
    "how": re.compile(r"怎么|如何|怎样|咋|流程|步骤|方式|办法|操作"),
    "who": re.compile(r"谁|联系人|电话|手机|号码"),
    "amount": re.compile(r"多少钱|金额|价格|价钱|收费标准|几块|贵"),
    "eligible": re.compile(r"条件|资格|什么样|哪些学生|哪类|什么学生|所有学生|谁可以|谁能"),
    "left": re.compile(r"还有几天|多少天|还剩|倒计时|距离|还有多久"),
    "status": re.compile(r"还能|还可以|来得及|现在|截止了|结束了|过了|开始了"),
}
# Words that place a question in time but name no topic: 「今天好冷」 is not about the exams of 今天.
_TIME_WORDS = frozenset(
    [
        "今天",
        "明天",
        "后天",
        "昨天",
        "现在",
        "时间",
        "什么时候",
        "时候",
        "几号",
        "哪天",
        "几点",
        "下周",
        "这周",
        "本周",
        "周末",
        "晚上",
        "早上",
        "上午",
        "下午",
        "今年",
        "明年",
    ]
)


def intents(text: str) -> frozenset[str]:
    """The kinds of thing a (canonical) question asks."""
    return frozenset(k for k, rx in _INTENTS.items() if rx.search(text))


_CACHE_SIZE = 4096  # per cache; cleared when full, so a flood of distinct questions cannot grow memory


def _memo(cache: dict, key: Any, compute: Callable[[], Any]) -> Any:
    """`cache[key]`, computed once. The index never changes after it is built (a reload builds a new one)."""
    if key in cache:
        return cache[key]
    if len(cache) >= _CACHE_SIZE:
        cache.clear()
    value = cache[key] = compute()
    return value


def in_dictionary(word: str) -> bool:
    """A real word of jieba's dictionary, not a run of characters its HMM guessed (火星上能 → 上能)."""
    _TOKENIZER.check_initialized()
    return _TOKENIZER.FREQ.get(word, 0) > 0


def last_word(text: str) -> str:
    """The last word of `text` as the index's segmenter cuts it (「导游证」 in 「我想问导游证」)."""
    words = [w for w in _TOKENIZER.lcut(text) if w.strip()]
    return words[-1] if words else ""


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


@lru_cache(maxsize=8192)
def _char_sound(ch: str) -> str:
    """The pinyin of one Chinese character; "" for anything else."""
    return lazy_pinyin(ch)[0] if "\u4e00" <= ch <= "\u9fff" else ""


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
    weight: float = 1.0  # the sum of its words' weights, for precision


class FaqIndex:
    def __init__(self, faq: FaqFile, keep: Iterable[str] = (), neutral: Iterable[str] = ()):
        """`keep`: words never mended as typos, though they sound like an entry's word (福建 is not 附件).
        `neutral`: words that say which certificate, not which question (程序, 开发, 职业, 技能): weightless."""
        self.entries: list[FaqEntry] = list(faq.faqs)
        self._keep = frozenset(normalize(w) for w in keep if len(normalize(w)) >= 2)
        self._neutral = frozenset(neutral)
        self._idf: dict[str, float] = {}
        self._by_sound: dict[str, str] = {}  # filled once the vocabulary is known
        self._window_sizes: list[int] = []
        self._canonical_cache: dict[str, str] = {}
        # Members ask the same few questions over and over (「准考证什么时候打印」 by half the group).
        self._search_cache: dict[tuple[str, int], tuple[Hit, ...]] = {}
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
        # How central each word is to each entry: 1 for a keyword (the entry's topic), otherwise a base that
        # grows with the share of its sample questions that use the word.
        self._centrality: list[dict[str, float]] = []
        self._heads: list[frozenset[str]] = []  # each entry's topic words (keywords that are whole words)
        # The share of each entry's sample questions that ask each kind of thing (when, where, how …).
        self._asks: list[dict[str, float]] = []
        df: Counter[str] = Counter()
        for i, e in enumerate(self.entries):
            uses: Counter[str] = Counter()
            asks: Counter[str] = Counter()
            for q in e.questions:
                text = self.canonical(q)
                w = frozenset(tokens(text))
                uses.update(w)
                asks.update(intents(text))
                self._samples.append(_Sample(i, text, _pinyin(text), w))
            n_q = len(e.questions)
            centrality = {w: _SAMPLE_BASE + (1 - _SAMPLE_BASE) * c / n_q for w, c in uses.items()}
            for k in e.keywords:
                whole = self.canonical(k)
                for w in tokens(whole):
                    head = w == whole and w not in _TIME_WORDS and not intents(w)  # 截止 is no entry's topic
                    centrality[w] = 1.0 if head else max(centrality.get(w, 0.0), _KEYWORD_PART)
            self._centrality.append(centrality)
            self._heads.append(frozenset(w for w, c in centrality.items() if c >= 1.0))
            self._asks.append({k: c / n_q for k, c in asks.items()})
            df.update(centrality)
        n = len(self.entries)
        self._idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
        # An unknown word weighs like a fairly rare one: it is probably the subject of the question.
        self._unknown_weight = math.log((n + 1) / 2.5)
        self.vocabulary = frozenset(df)
        self._samples = [
            _Sample(s.entry, s.text, s.pinyin, s.words, sum(self.weight(w) for w in s.words) or 1.0)
            for s in self._samples
        ]
        # Pinyin of every known word, to mend homophone typos (考式 → 考试); ambiguous sounds are dropped.
        sounds: dict[str, set[str]] = {}
        for w in df:
            if len(w) >= 2 and not w.isascii():
                sounds.setdefault(_pinyin(w), set()).add(w)
        self._by_sound = {p: next(iter(ws)) for p, ws in sounds.items() if len(ws) == 1}
        self._window_sizes = sorted({len(w) for w in self._by_sound.values() if len(w) >= _MIN_WINDOW_TYPO})
        self._canonical_cache.clear()  # built before typos could be mended
        self._index_of = {id(e): i for i, e in enumerate(self.entries)}

    def canonical(self, text: str) -> str:
        """The question in the entries' own words: dates as 几号, synonyms folded, homophone typos mended."""
        return _memo(self._canonical_cache, text, lambda: self._canonical(text))

    def _canonical(self, text: str) -> str:
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
            if len(w) >= 2
            and not w.isascii()
            and w not in self._idf
            and w not in self._keep
            and _pinyin(w) in self._by_sound
        }
        for wrong, right in fixes.items():
            text = text.replace(wrong, right)
        return self._mend_runs(text)

    def _mend_runs(self, text: str) -> str:
        """A typo that jieba splits (烤试费 → 烤/试费) is mended by sound over runs of three or more characters.

        Only where the run is no known word already and touches no kept word (a place name); shorter runs are
        left to the word-level mending above, since two characters sound alike too often by chance.
        """
        if not self._window_sizes or len(text) < self._window_sizes[0]:
            return text
        kept = [False] * len(text)
        for w in self._keep:
            for m in re.finditer(re.escape(w), text):
                kept[m.start() : m.end()] = [True] * (m.end() - m.start())
        sounds = [_char_sound(ch) for ch in text]
        out, i = [], 0
        while i < len(text):
            for size in reversed(self._window_sizes):
                part = sounds[i : i + size]
                if len(part) < size or not all(part) or any(kept[i : i + size]):
                    continue
                right = self._by_sound.get("".join(part))
                window = text[i : i + size]
                if right and right != window and window not in self._idf and len(right) == size:
                    out.append(right)
                    i += size
                    break
            else:
                out.append(text[i])
                i += 1
        return "".join(out)

    def heads_named(self, entry: FaqEntry, question: str) -> frozenset[str]:
        """The entry's topic words that the question uses (报名时间 in 「高级报名时间是什么时候」)."""
        i = self._index_of.get(id(entry))
        if i is None:
            return frozenset()
        return self._heads[i] & frozenset(tokens(self.canonical(question)))

    def centrality(self, entry: FaqEntry, word: str) -> float:
        """How central a word is to an entry: 1 for its topic, less for a word of some samples, 0 if unused."""
        i = self._index_of.get(id(entry))
        return 0.0 if i is None else self._centrality[i].get(word, 0.0)

    def answers_asked(self, entry: FaqEntry, question: str) -> bool:
        """Do the entry's sample questions ask what the question asks (when, where …)? True if it asks nothing."""
        i = self._index_of.get(id(entry))
        asked = intents(self.canonical(question))
        if i is None or not asked:
            return True
        return any(self._asks[i].get(k, 0.0) > 0 for k in asked)

    def weight(self, word: str) -> float:
        if word in self._neutral and word not in self._idf:
            return 0.0
        single = len(word) == 1 and not word.isascii()
        w = self._idf.get(word)
        if w is not None:
            return w * _SINGLE_KNOWN if single else w
        if single:
            return self._unknown_weight * 0.3  # a stray single character rarely names a topic
        return self._unknown_weight

    def unknown_words(self, text: str) -> list[str]:
        return [w for w in tokens(self.canonical(text)) if w not in self._idf]

    def search(self, question: str, limit: int = 3) -> list[Hit]:
        """Entries ranked by score in [0, 1]; at most one hit per entry."""
        return list(_memo(self._search_cache, (question, limit), lambda: tuple(self._search(question, limit))))

    def _search(self, question: str, limit: int) -> list[Hit]:
        text = self.canonical(question)
        if not text:
            return []
        q_words = set(tokens(text))
        weights = {w: self.weight(w) for w in q_words}
        q_weight = sum(weights.values()) or 1.0
        q_pinyin = _pinyin(text)
        q_asks = intents(text)
        recall = [sum(weights[w] * c.get(w, 0.0) for w in q_words) / q_weight for c in self._centrality]
        asked = [self._asked(q_asks, a) for a in self._asks]
        topic_words = q_words - _TIME_WORDS
        topical = [any(w in c for w in topic_words) for c in self._centrality]
        best: dict[int, float] = {}
        for s in self._samples:
            common = q_words & s.words
            precision = sum(weights[w] for w in common) / s.weight
            chars = max(fuzz.ratio(text, s.text), fuzz.ratio(q_pinyin, s.pinyin) * 0.95) / 100
            score = 0.5 * recall[s.entry] + 0.2 * precision + 0.3 * chars + asked[s.entry]
            if not topical[s.entry] and chars < 0.8:
                score *= _NO_TOPIC
            if score > best.get(s.entry, 0.0):
                best[s.entry] = score
        ranked = sorted(best.items(), key=lambda x: x[1], reverse=True)[:limit]
        return [Hit(self.entries[i], round(min(1.0, sc), 4)) for i, sc in ranked]

    @staticmethod
    def _asked(q_asks: frozenset[str], entry_asks: dict[str, float]) -> float:
        """A small bonus when the entry's samples ask what the question asks, a small cost when none do."""
        if not q_asks:
            return 0.0
        share = max(entry_asks.get(k, 0.0) for k in q_asks)
        return _INTENT_WEIGHT * (min(0.5, 2 * share) if share else -0.5)

    def by_id(self, entry_id: str) -> FaqEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def ids(self) -> Sequence[str]:
        return [e.id for e in self.entries]
