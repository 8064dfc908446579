"""The retrieval index over FaqEntry: which entry does a question ask about, and how similar is it?

A question is compared with every sample question of every entry, at once (one matrix product and one pass over
an inverted index), by three kinds of evidence:
- meaning: the cosine of sentence embeddings (bot.semantic), which knows that 证件 and 身份证, 停车 and 开车去
  are related without anyone writing it down;
- words: jieba's segmentation, each word weighted by how rare it is in general Chinese (jieba's own dictionary
  frequencies), so 准考证 counts and 的, 一下, 什么 hardly do — no stop-word list of ours;
- sounds: pinyin of neighbouring characters, so a homophone typo (准考正, 烤试) still meets its word.
An entry's similarity is that of its most similar sample. Scores keep their meaning: later steps may rerank by
named reasons (bot.answer), but they never copy one entry's score onto another.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import jieba
import numpy as np
from pypinyin import lazy_pinyin
from threadpoolctl import threadpool_limits

from . import semantic
from .knowledge import FaqEntry, FaqFile
from .text import normalize

__all__ = ["FaqIndex", "Hit", "informativeness", "tokens", "words"]

jieba.setLogLevel(logging.WARNING)
# One BLAS thread for the process. A question's matrix product is one row against the samples: memory-bound, done
# in 0.05 ms (2k samples) to 3 ms (20k) on one thread. A second OpenBLAS thread only spins between calls, against
# the encoder and the event loop: on a 2-core box it tripled answer time (tools/bench_scale.py at 10×: p50 70 → 19
# ms; the e5 encoding alone 52 → 17 ms).
threadpool_limits(1, user_api="blas")
# A private tokenizer: its dictionary is jieba's as shipped and nothing of ours is ever added to it, so a reload
# can leave nothing behind in a process-wide dictionary.
TOKENIZER = jieba.Tokenizer()
_init_lock = threading.Lock()

# How the evidence adds up, measured on the dev set, our paraphrase sets and the few-shot benchmark
# (tools/bench_fewshot.py, tools/bench_models.py). Meaning carries most; words and sounds settle near ties.
W_MEANING = 0.6
W_WORDS = 0.3
W_SOUNDS = 0.1
# Cosine of two unrelated short Chinese questions under e5 sits near 0.75; rescaled so 0 means "unrelated".
COSINE_FLOOR = {"e5-small-q4": 0.74, "use-m3": 0.2}
COSINE_SPAN = {"e5-small-q4": 0.22, "use-m3": 0.7}

_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORDISH = re.compile(r"[\w+@.]+")


def _ensure_dictionary() -> None:
    if TOKENIZER.initialized:
        return
    with _init_lock:
        if not TOKENIZER.initialized:
            TOKENIZER.initialize()


def set_cache_dir(folder: str) -> None:
    """jieba writes its parsed dictionary cache here (the state folder), not in /tmp."""
    TOKENIZER.tmp_dir = folder


@lru_cache(maxsize=65536)
def informativeness(word: str) -> float:
    """-log of the word's frequency in general Chinese (jieba's dictionary); unknown words count as rare."""
    _ensure_dictionary()
    freq = TOKENIZER.FREQ.get(word, 0)
    if not freq and word.isascii():
        return 6.0 if len(word) > 1 else 0.5  # a Latin word: python, qq, 1+x; a lone letter says little
    return math.log(TOKENIZER.total / (freq + 1)) if freq else 14.0


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """jieba's search-mode words (long words and the shorter words inside them), punctuation dropped."""
    _ensure_dictionary()
    return tuple(w for w in TOKENIZER.cut_for_search(text) if _WORDISH.fullmatch(w))


def tokens(text: str) -> tuple[str, ...]:
    """The words that carry meaning (used by `check` to compare samples)."""
    return tuple(w for w in words(normalize(text)) if informativeness(w) >= 7.0)


@lru_cache(maxsize=65536)
def _sounds(text: str) -> frozenset[str]:
    """Pinyin bigrams of the Chinese characters (准考证 and 准考正 share both)."""
    chars = [c for c in text if _CJK.match(c)]
    py = lazy_pinyin(chars) if chars else []
    return frozenset(f"{a} {b}" for a, b in pairwise(py))


@dataclass(frozen=True)
class Hit:
    entry: FaqEntry
    score: float  # combined similarity, 0..1
    meaning: float  # rescaled cosine of the closest sample, 0..1
    wording: float  # word overlap with that sample, 0..1
    sample: str  # the sample question that matched best


class _Postings:
    """An inverted index of weighted terms over the samples: Dice overlap with every sample in one pass."""

    def __init__(self, term_sets: Sequence[dict[str, float]]) -> None:
        self.n = len(term_sets)
        self.mass = np.array([sum(t.values()) for t in term_sets], dtype=np.float64)
        post: dict[str, tuple[list[int], list[float]]] = {}
        for i, terms in enumerate(term_sets):
            for term, w in terms.items():
                ids, ws = post.setdefault(term, ([], []))
                ids.append(i)
                ws.append(w)
        self.post = {t: (np.array(ids, np.int64), np.array(ws)) for t, (ids, ws) in post.items()}

    def dice(self, terms: dict[str, float]) -> np.ndarray:
        shared = np.zeros(self.n)
        for term, w in terms.items():
            found = self.post.get(term)
            if found is not None:
                ids, ws = found
                shared[ids] += np.minimum(ws, w)
        denom = self.mass + sum(terms.values())
        return np.divide(2 * shared, denom, out=np.zeros(self.n), where=denom > 0)


def _word_terms(text: str) -> dict[str, float]:
    return {w: informativeness(w) for w in set(words(text))}


def _sound_terms(text: str) -> dict[str, float]:
    return dict.fromkeys(_sounds(text), 1.0)


class FaqIndex:
    """Built once per data version, off the event loop (bot.live reads and builds in a worker thread)."""

    def __init__(self, faq: FaqFile, *, encoder: semantic.Encoder | bool | None = True) -> None:
        self.faq = faq
        self.entries = list(faq.faqs)
        self._owner: list[int] = []
        self._samples: list[str] = []
        self.origins: list[tuple[int, int]] = []  # (entry, question) in the file, for each sample
        for i, entry in enumerate(self.entries):
            seen: set[str] = set()
            for j, raw in enumerate(entry.questions):
                q = normalize(raw)
                if q and q not in seen:
                    seen.add(q)
                    self._owner.append(i)
                    self._samples.append(q)
                    self.origins.append((i, j))
        self._owner_arr = np.array(self._owner, dtype=np.int64)
        self.encoder = semantic.encoder() if encoder is True else (encoder or None)
        if self.encoder is not None and self._samples:
            self._vectors = semantic.cache.encode(self.encoder, self._samples)
        else:
            self._vectors = None
        self._words = _Postings([_word_terms(s) for s in self._samples])
        self._sounds = _Postings([_sound_terms(s) for s in self._samples])
        self.vocabulary = frozenset(w for s in self._samples for w in words(s))

    def by_id(self, entry_id: str) -> FaqEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    @property
    def samples(self) -> list[tuple[FaqEntry, str]]:
        return [(self.entries[i], s) for i, s in zip(self._owner, self._samples, strict=True)]

    def _meaning(self, vectors: np.ndarray) -> np.ndarray:
        """Rescaled cosine, (len(queries), samples)."""
        assert self._vectors is not None and self.encoder is not None
        floor = COSINE_FLOOR.get(self.encoder.name, 0.0)
        span = COSINE_SPAN.get(self.encoder.name, 1.0)
        return np.clip((vectors @ self._vectors.T - floor) / span, 0.0, 1.0)

    def sample_scores(self, text: str, vector: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(combined, meaning, wording) per sample for one normalised question."""
        wording = self._words.dice(_word_terms(text))
        sounding = self._sounds.dice(_sound_terms(text))
        if self._vectors is not None:
            if vector is None:  # a sample asked again (check, a member copying it) costs no encoding
                vector = semantic.cache.lookup(self.encoder, text)  # type: ignore[arg-type]
            if vector is None:
                vector = self.encoder.encode([text])[0]  # type: ignore[union-attr]
            meaning = self._meaning(vector[None, :])[0]
            combined = W_MEANING * meaning + W_WORDS * wording + W_SOUNDS * sounding
        else:
            meaning = np.zeros(len(self._samples))
            combined = (W_WORDS * wording + W_SOUNDS * sounding) / (W_WORDS + W_SOUNDS)
        return combined, meaning, wording

    def search(self, text: str, limit: int = 5, vector: np.ndarray | None = None) -> list[Hit]:
        """The best entries for a normalised question, most similar first."""
        if not self._samples or not text:
            return []
        combined, meaning, wording = self.sample_scores(text, vector)
        best = np.full(len(self.entries), -1.0)
        np.maximum.at(best, self._owner_arr, combined)
        order = np.argsort(-best)[:limit]
        hits = []
        for i in order:
            if best[i] <= 0:
                break
            mine = np.flatnonzero(self._owner_arr == i)
            j = mine[np.argmax(combined[mine])]
            hits.append(Hit(self.entries[i], float(best[i]), float(meaning[j]), float(wording[j]), self._samples[j]))
        return hits

    def nearest_other(self) -> list[tuple[int, int]]:
        """For each sample (by position in `samples`): the most similar sample of ANOTHER entry, or -1.

        For `check`: each sample is scored against all others in one vectorised pass (no Python loop over
        pairs), so checking stays fast as the file grows.
        """
        out: list[tuple[int, int]] = []
        for j, text in enumerate(self._samples):
            vector = None if self._vectors is None else self._vectors[j]
            combined, _, _ = self.sample_scores(text, vector)
            combined[self._owner_arr == self._owner[j]] = -1
            k = int(np.argmax(combined)) if len(combined) else -1
            out.append((j, k if k >= 0 and combined[k] > 0 else -1))
        return out
