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

import hashlib
import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import numpy as np
from pypinyin import lazy_pinyin
from threadpoolctl import threadpool_limits

from . import semantic
from .knowledge import FaqEntry, FaqFile
from .lexicon import TOKENIZER
from .text import normalize

__all__ = ["FaqIndex", "Hit", "informativeness", "tokens", "words"]

# One BLAS thread for the process. A question's matrix product is one row against the samples: memory-bound, done
# in 0.05 ms (2k samples) to 3 ms (20k) on one thread. A second OpenBLAS thread only spins between calls, against
# the encoder and the event loop: on a 2-core box it tripled answer time (tools/bench_scale.py at 10×: p50 70 → 19
# ms; the e5 encoding alone 52 → 17 ms).
threadpool_limits(1, user_api="blas")

# How the evidence adds up, measured on the dev set, our paraphrase sets and the few-shot benchmark
# (tools/bench_fewshot.py, tools/bench_models.py). Meaning carries most; words and sounds settle near ties.
W_MEANING = 0.6
W_WORDS = 0.3
W_SOUNDS = 0.1
# Cosine of two unrelated short Chinese questions under e5 sits near 0.75; rescaled so 0 means "unrelated".
COSINE_FLOOR = {"e5-small-q4": 0.74, "use-m3": 0.2}
COSINE_SPAN = {"e5-small-q4": 0.22, "use-m3": 0.7}

BULK_LIMIT = 8  # hits kept per text found in advance (bulk): the engine asks for 6
# An entry with this many samples or fewer was added the plain way (two samples and an answer): its samples
# are too few to describe it, and its answer says the rest. Ours all have four or more.
FEW = 3
# The answer as evidence, for such entries: how much closer the question is in meaning to the entry's answer than
# to the answers of the entries in general (the median), over ANSWER_SPAN, weighs W_ANSWER. Every such entry the
# samples found related at all (a score above 0) takes it: two samples say little, and a member asks in the words of
# what they need to know, which staff write in the answer. Measured with tools/bench_fewshot.py on the tunable staff
# sets (fewshot8, 10, 12, 13): paraphrases reaching their entry 100 → 147 of 296, negatives reaching one 12 → 16 of
# 66; our own entries cut to two samples 83 → 87 of 175; the FAQ sets do not change (no entry of ours has three
# samples). Until session 18 only the five entries the samples ranked closest took it; on the 20 staff sets,
# everyone's: paraphrases 659 → 751 of 1316, negatives reaching an added entry 141 → 149 of 352, our own entries
# cut to two samples 93 → 94 of 179 (only the closest 12: 730, 148; 20: 744, 149). With everyone's, 0.2 → 0.25:
# paraphrases 753 → 770, negatives 149 → 148, our own entries 94 → 93 (0.3: 778, 148, 88).
W_ANSWER = 0.25
ANSWER_SPAN = 0.05
# The answer's words too: the share of the question's rarer words (ANSWER_WORD_RARITY, weighed by rarity) that the
# answer of such an entry uses beyond its samples, times W_ANSWER_WORDS, for the same entries. Measured with
# tools/bench_fewshot.py on the 14 tunable staff sets: paraphrases reaching their entry 443 → 460 of 932, negatives
# reaching one 111 → 113 of 244, our own entries cut to two samples 91 → 92 of 178; at 0.45 and 0.6 the staff sets
# gain one more but our own entries lose 9 and 12 (their long answers share words with everything).
W_ANSWER_WORDS = 0.3
ANSWER_WORD_RARITY = 6.0
ANSWER_CHARS = 300  # of the answer, encoded: e5 reads 512 tokens at most, and the start says what it is about
# The median is taken over the few-sample entries' answers and up to this many others, spread over the file: an
# estimate of the median of all that stays cheap at 100× the entries (an answer costs ~60 ms to encode, once).
ANSWER_REFERENCE = 64

_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORDISH = re.compile(r"[\w+@.]+")


def _ensure_dictionary() -> None:
    TOKENIZER.check_initialized()  # (PackedTokenizer.initialize holds the tokenizer's own lock)


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
    # cosine of the question with the entry's answer, when that is the answer nearest the question of all answers
    # encoded (entries of FEW samples; else 0)
    answer: float = 0.0


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


# Each sample question's normalised form, from the last index built: a reload normalises only the questions staff
# wrote or changed (normalize is a pure function of the text; at 100× entries, 20k samples took 0.5 s of a reload).
_last_forms: dict[str, str] = {}


class FaqIndex:
    """Built once per data version, off the event loop (bot.live reads and builds in a worker thread)."""

    def __init__(
        self, faq: FaqFile, *, encoder: semantic.Encoder | bool | None = True, answers: Sequence[str] | None = None
    ) -> None:
        """`answers`: each entry's answer as members read it (placeholders filled), for the entries with FEW
        samples or fewer; without them, or without a model, samples are all the evidence."""
        self.faq = faq
        self.entries = list(faq.faqs)
        self._owner: list[int] = []
        self._samples: list[str] = []
        self.origins: list[tuple[int, int]] = []  # (entry, question) in the file, for each sample
        global _last_forms
        last, forms = _last_forms, {}
        for i, entry in enumerate(self.entries):
            seen: set[str] = set()
            for j, raw in enumerate(entry.questions):
                q = forms[raw] = last[raw] if raw in last else normalize(raw)
                if q and q not in seen:
                    seen.add(q)
                    self._owner.append(i)
                    self._samples.append(q)
                    self.origins.append((i, j))
        _last_forms = forms
        self._owner_arr = np.array(self._owner, dtype=np.int64)
        # Each entry's samples sit side by side: entry i owns samples[_first[i] : _first[i] + _count[i]].
        self._count = np.bincount(self._owner_arr, minlength=len(self.entries))
        self._first = np.concatenate([[0], np.cumsum(self._count)[:-1]]).astype(np.int64)
        self._sampled = np.flatnonzero(self._count)  # entries with at least one sample (a blank one has none)
        self._by_id: dict[str, FaqEntry] = {}
        for entry in self.entries:
            self._by_id.setdefault(entry.id, entry)
        # True in bulk(): a question's vector joins the cache.
        self.remember_questions = False
        self._searched: dict[str, list[Hit]] = {}  # while in bulk(): hits found in advance, by text
        self._nearest: dict[int, int] = {}  # while in bulk(): each sample's nearest of another entry
        self.encoder = semantic.encoder() if encoder is True else (encoder or None)
        if self.encoder is not None and self._samples:
            self._vectors = semantic.cache.encode(self.encoder, self._samples)
        else:
            self._vectors = None
        self._answers = None  # the answers encoded, of the entries in self._answered_by
        self._few = self._count <= FEW
        self._any_few = bool(self._few[self._sampled].any())
        if self._vectors is not None and answers is not None:
            # Encoded even while no entry has few samples: the reference is then ready (and on disk) before staff
            # add the first plain entry, whose reload would else encode all of it (35 answers, ~3.5 s here).
            self._answered_by = np.union1d(self._sampled[self._few[self._sampled]], self._reference())
            texts = [normalize(answers[i])[:ANSWER_CHARS] for i in self._answered_by]
            self._answers = semantic.cache.encode(self.encoder, texts)  # type: ignore[arg-type]
        # The answer's words beyond its samples, of each entry with FEW samples: for each word, the entries (by
        # position in self.entries) whose answer uses it, so a question looks up its few rare words, not every entry.
        self._answer_terms: dict[str, np.ndarray] = {}
        if answers is not None:
            users: dict[str, list[int]] = {}
            for i in self._sampled[self._few[self._sampled]]:
                mine = {w for q in self._samples[self._first[i] : self._first[i] + self._count[i]] for w in words(q)}
                said = {w for w in words(normalize(answers[i])) if informativeness(w) >= ANSWER_WORD_RARITY}
                for w in said - mine:
                    users.setdefault(w, []).append(int(i))
            self._answer_terms = {w: np.array(ix, dtype=np.int64) for w, ix in users.items()}
        self._words = _Postings([_word_terms(s) for s in self._samples])
        self._sounds = _Postings([_sound_terms(s) for s in self._samples])
        self.vocabulary = frozenset(w for s in self._samples for w in words(s))
        # Each entry's words over its samples (bot.answer's key-word reason), built once with the index.
        self.entry_words: dict[str, frozenset[str]] = {}
        for i, entry in enumerate(self.entries):
            mine = self._samples[self._first[i] : self._first[i] + self._count[i]]
            self.entry_words[entry.id] = self.entry_words.get(entry.id, frozenset()) | {w for s in mine for w in words(s)}

    def _reference(self) -> np.ndarray:
        """Up to ANSWER_REFERENCE entries with many samples, picked by a hash of their id: an entry added or removed
        changes at most one of them, so a reload encodes no reference answer but perhaps that one."""
        many = [int(i) for i in self._sampled if not self._few[i]]
        many.sort(key=lambda i: hashlib.sha1(self.entries[i].id.encode()).digest())
        return np.array(sorted(many[:ANSWER_REFERENCE]), dtype=np.int64)

    def by_id(self, entry_id: str) -> FaqEntry | None:
        return self._by_id.get(entry_id)

    @property
    def samples(self) -> list[tuple[FaqEntry, str]]:
        return [(self.entries[i], s) for i, s in zip(self._owner, self._samples, strict=True)]

    def _meaning(self, vectors: np.ndarray) -> np.ndarray:
        """Rescaled cosine, (len(queries), samples)."""
        assert self._vectors is not None and self.encoder is not None
        floor = COSINE_FLOOR.get(self.encoder.name, 0.0)
        span = COSINE_SPAN.get(self.encoder.name, 1.0)
        return np.maximum((vectors @ self._vectors.T - floor) / span, 0.0)

    def _lexical(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(wording, sounding): each text's word and sound overlap with every sample, a row per text."""
        wording = np.stack([self._words.dice(_word_terms(t)) for t in texts])
        sounding = np.stack([self._sounds.dice(_sound_terms(t)) for t in texts])
        return wording, sounding

    @staticmethod
    def _combined(meaning: np.ndarray | None, wording: np.ndarray, sounding: np.ndarray) -> np.ndarray:
        """The similarity the engine ranks by: meaning, words and sounds weighed; words and sounds alone when no
        model is configured. Every search, check and nearest-sample look-up adds them up here."""
        if meaning is None:
            return (W_WORDS * wording + W_SOUNDS * sounding) / (W_WORDS + W_SOUNDS)
        return W_MEANING * meaning + W_WORDS * wording + W_SOUNDS * sounding

    def sample_scores(self, text: str, vector: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(combined, meaning, wording) per sample for one normalised question."""
        return self._scored(text, vector)[:3]

    def _scored(
        self, text: str, vector: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
        """sample_scores, and the question's vector (None without a model)."""
        wording = self._words.dice(_word_terms(text))
        sounding = self._sounds.dice(_sound_terms(text))
        if self._vectors is not None:
            if vector is None:  # a sample asked again (check, a member copying it) costs no encoding
                vector = semantic.cache.lookup(self.encoder, text)  # type: ignore[arg-type]
            if vector is None and self.remember_questions:
                vector = semantic.cache.encode(self.encoder, [text], save=False)[0]  # type: ignore[arg-type]
            if vector is None:
                vector = self.encoder.encode([text])[0]  # type: ignore[union-attr]
            meaning = self._meaning(vector[None, :])[0]
            # A question in English shares no words or sounds with Chinese samples: meaning is all there is.
            combined = self._combined(meaning, wording, sounding) if _CJK.search(text) else meaning
        else:
            meaning = np.zeros(len(self._samples))
            combined = self._combined(None, wording, sounding)
        return combined, meaning, wording, vector

    def _answer_cosines(self, vector: np.ndarray | None) -> np.ndarray | None:
        """The question's cosine with each encoded answer (rows of `_answered_by`), or None when none speaks."""
        if self._answers is None or vector is None or not self._any_few:
            return None  # no entry the answers speak for (ours all have many samples)
        return vector @ self._answers.T

    def _answered(self, best: np.ndarray, cosines: np.ndarray | None) -> np.ndarray:
        """Each entry's similarity (`best`, along the last axis) with its answer's evidence added (W_ANSWER);
        `cosines` from `_answer_cosines`."""
        if cosines is None:
            return best
        cosine = np.full(best.shape, -np.inf)
        cosine[..., self._answered_by] = cosines
        middle = np.median(cosine[..., self._answered_by], axis=-1, keepdims=True)
        above = np.maximum(cosine - middle, 0.0) / ANSWER_SPAN
        candidate = self._few & (best > 0)
        return best + W_ANSWER * above * candidate

    def _answer_words(self, best: np.ndarray, text: str) -> np.ndarray:
        """`best` with each few-sample entry's answer words as evidence (W_ANSWER_WORDS): the share of the question's
        rarer words its answer uses, for the entries the samples found related at all."""
        if not self._answer_terms or not text:
            return best
        asked = {w: x for w in set(words(text)) if (x := informativeness(w)) >= ANSWER_WORD_RARITY}
        total = sum(asked.values())
        if not total:
            return best
        share = np.zeros(len(best))
        for w, x in asked.items():
            if (users := self._answer_terms.get(w)) is not None:
                share[users] += x / total
        return best + W_ANSWER_WORDS * share * (best > 0)

    def embed_ahead(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The vectors `search` would encode for these normalised questions, encoded in one call, for `search(text,
        vector=...)`: the encoder shares them out among its cores. Only texts it would encode (not a sample's, not
        in bulk, where they are found in advance), and only two or more: one is encoded when searched."""
        if self._vectors is None or self.remember_questions:
            return {}
        todo = [t for t in dict.fromkeys(texts) if t and semantic.cache.lookup(self.encoder, t) is None]  # type: ignore[arg-type]
        if len(todo) < 2:
            return {}
        rows = self.encoder.encode(todo, question=True)  # type: ignore[union-attr]
        return {t: row.copy() for t, row in zip(todo, rows, strict=True)}  # each its own, as search's would be

    def search(self, text: str, limit: int = 5, vector: np.ndarray | None = None) -> list[Hit]:
        """The best entries for a normalised question, most similar first."""
        if not self._samples or not text:
            return []
        found = self._searched.get(text) if vector is None else None
        if found is not None and limit <= BULK_LIMIT:
            return found[:limit]
        combined, meaning, wording, vector = self._scored(text, vector)
        return self._hits(combined, meaning, wording, limit, vector, text)

    def _hits(
        self,
        combined: np.ndarray,
        meaning: np.ndarray,
        wording: np.ndarray,
        limit: int,
        vector: np.ndarray | None,
        text: str = "",
    ) -> list[Hit]:
        cosines = self._answer_cosines(vector)
        best = self._answered(self._entry_best(combined), cosines)
        best = self._answer_words(best, text)
        order = np.argsort(-best)[:limit]
        hits = []
        for i in order:
            if best[i] <= 0:
                break
            first = self._first[i]
            j = first + int(np.argmax(combined[first : first + self._count[i]]))
            answer = 0.0
            if cosines is not None and self._few[i]:
                row = int(np.searchsorted(self._answered_by, i))
                # (0 unless its answer is the one the question is nearest of all answers)
                answer = float(cosines[row]) if row == int(np.argmax(cosines)) else 0.0
            hit = Hit(self.entries[i], float(best[i]), float(meaning[j]), float(wording[j]), self._samples[j], answer)
            hits.append(hit)
        return hits

    @contextmanager
    def bulk(self, texts: Sequence[str], block: int = 128) -> Iterator[None]:
        """While open, `texts` (normalised) are searched in advance and questions' vectors join the cache.

        For `check`, which asks every sample through the engine: one matrix product per `block` texts instead
        of one pass over all samples per question (20k samples: 30 MB read per question). The meanings may
        differ from a single question's in the seventh digit (another BLAS kernel); nothing an answer rounds on.
        Each sample's nearest sample of another entry (`nearest_other`) falls out of the same products. The
        clauses the engine reads out of a sample (三号楼 → 3号楼) are data too: their vectors are kept on disk,
        so the next check encodes none of them. Only for a process of its own (`python -m bot check`): a member's
        question asked meanwhile of the same index would be kept too.
        """
        texts = list(dict.fromkeys(t for t in texts if t))
        positions: dict[str, list[int]] = {}
        for j, sample in enumerate(self._samples):
            positions.setdefault(sample, []).append(j)
        try:
            self.remember_questions = True
            for start in range(0, len(texts), block):
                chunk = texts[start : start + block]
                wording, sounding = self._lexical(chunk)
                vectors = None
                if self._vectors is not None:
                    vectors = semantic.cache.encode(self.encoder, chunk, save=False)  # type: ignore[arg-type]
                    meaning = self._meaning(vectors)
                    combined = self._combined(meaning, wording, sounding)
                else:
                    meaning = np.zeros_like(wording)
                    combined = self._combined(None, wording, sounding)
                for r, text in enumerate(chunk):
                    vector = None if vectors is None else vectors[r]
                    self._searched[text] = self._hits(combined[r], meaning[r], wording[r], BULK_LIMIT, vector, text)
                    for j in positions.get(text, ()):
                        self._nearest[j] = self._nearest_outside(combined[r], self._owner[j])
            yield
        finally:
            self.remember_questions = False
            self._searched, self._nearest = {}, {}
            if self.encoder is not None:
                semantic.cache.save(self.encoder)

    def _nearest_outside(self, combined: np.ndarray, entry: int) -> int:
        """The best-scoring sample of another entry than `entry`, or -1 when none scores above 0."""
        first, end = int(self._first[entry]), int(self._first[entry] + self._count[entry])
        best, k = 0.0, -1
        for offset, part in ((0, combined[:first]), (end, combined[end:])):
            if len(part):
                i = int(np.argmax(part))
                if part[i] > best:  # strictly: the first of equal scores wins, as np.argmax does
                    best, k = float(part[i]), offset + i
        return k

    def _entry_best(self, combined: np.ndarray) -> np.ndarray:
        """Each entry's best sample score (-1 for an entry without samples), along the last axis."""
        best = np.full((*combined.shape[:-1], len(self.entries)), -1.0)
        best[..., self._sampled] = np.maximum.reduceat(combined, self._first[self._sampled], axis=-1)
        return best

    def nearest_other(self, block: int = 128) -> list[tuple[int, int]]:
        """For each sample (by position in `samples`): the most similar sample of ANOTHER entry, or -1.

        For `check`. Inside `bulk` over the samples, found on the way; else the meanings of all pairs come from
        one matrix product, `block` samples at a time (20k samples: 20 MB a block and score kind), and words and
        sounds from the inverted indexes, one pass per sample over only the samples that share a term with it.
        """
        n = len(self._samples)
        if len(self._nearest) == n:
            return [(j, self._nearest[j]) for j in range(n)]
        out: list[tuple[int, int]] = []
        for start in range(0, n, block):
            rows = range(start, min(n, start + block))
            wording, sounding = self._lexical(self._samples[start : rows.stop])
            meaning = self._meaning(self._vectors[start : rows.stop]) if self._vectors is not None else None
            combined = self._combined(meaning, wording, sounding)  # the sum sample_scores makes: the same scores
            out += [(j, self._nearest_outside(combined[r], self._owner[j])) for r, j in enumerate(rows)]
        return out
