"""jieba's dictionary, packed: the same words, frequencies and parts of speech in a fraction of the memory.

jieba keeps its dictionary (349,045 words) in Python dicts: ~55 MB for the frequencies (with every prefix of every
word, for its word graph) and ~40 MB more for the parts of speech, which every `jieba.posseg.POSTokenizer` reads
again from `dict.txt` (jieba.posseg builds one of its own at import). Here the words live in one marisa-trie, a
static compact trie, with their values in two flat arrays: a 3 MB file, built once into KAOWU_STATE_DIR and read
back in milliseconds. The trie lists the words that start at a position in one call, so it gives jieba's word graph
(`get_DAG`) without the prefixes; everything else is jieba's own code (the best route, the HMM for unknown words,
posseg's tagger), and words and tags are exactly jieba's (tests/core/test_lexicon.py compares them).

`TOKENIZER` segments and `TAGGER` tags with it. Nothing of ours is ever added to the dictionary (it is read-only),
so a reload can leave nothing behind in it.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import sys
import tempfile
from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import NamedTuple

import marisa_trie

# jieba 0.42 imports pkg_resources only to open its own data files, and uses open() when that import fails.
# pkg_resources (in every venv that has setuptools) is deprecated, warns, and costs ~0.25 s and ~14 MB at import.
_had_pkg_resources = "pkg_resources" in sys.modules
if not _had_pkg_resources:
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes `import pkg_resources` fail
try:
    import jieba
finally:
    if not _had_pkg_resources:
        del sys.modules["pkg_resources"]

__all__ = ["TAGGER", "TOKENIZER", "PackedTokenizer", "Tagger"]

jieba.setLogLevel(logging.WARNING)
log = logging.getLogger(__name__)

DICT_FILE = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME
_FORMAT = 2  # bump when the packed file's layout changes


_MISSING = object()


class _Column(Mapping):
    """One value per dictionary word, read through the trie's key ids (with `names`: an index into it)."""

    __slots__ = ("_names", "_trie", "_values")

    def __init__(self, trie: marisa_trie.Trie, values: array | bytes, names: list[str] | None = None) -> None:
        self._trie, self._values, self._names = trie, values, names

    def _value(self, key: str):
        i = self._trie.get(key)
        if i is None:
            return _MISSING
        v = self._values[i]
        return v if self._names is None else self._names[v]

    def __getitem__(self, key: str):
        v = self._value(key)
        if v is _MISSING:
            raise KeyError(key)
        return v

    def get(self, key: str, default=None):
        v = self._value(key)
        return default if v is _MISSING else v

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._value(key) is not _MISSING

    def __iter__(self) -> Iterator[str]:
        return self._trie.iterkeys()

    def __len__(self) -> int:
        return len(self._trie)


def _lines() -> Iterator[tuple[str, int, str]]:
    """(word, frequency, part of speech) per line of jieba's dict.txt, read as jieba reads it."""
    with open(DICT_FILE, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            try:
                word, freq, tag = line.strip().split(" ")
                yield word, int(freq), tag
            except ValueError:
                raise ValueError(f"invalid dictionary entry in {DICT_FILE} at line {lineno}: {line}") from None


class _Packed(NamedTuple):
    trie: marisa_trie.Trie
    total: int  # of all frequencies
    freq: array  # by key id
    tag_ids: bytes  # by key id, into names
    names: list[str]  # parts of speech
    longest: int  # characters in the longest word


def _build() -> _Packed:
    """The words, their frequencies and parts of speech; a word listed twice keeps its last line, and the total
    counts both, as in jieba's gen_pfdict and load_word_tag. The file is read twice rather than held, so that a
    first start stays small too."""
    trie = marisa_trie.Trie(word for word, _, _ in _lines())
    freq = array("I", [0]) * len(trie)
    tag_ids = bytearray(len(trie))
    names: list[str] = []
    index: dict[str, int] = {}
    total = longest = 0
    for word, f, tag in _lines():
        longest = max(longest, len(word))
        i = trie[word]
        freq[i] = f
        total += f
        if tag not in index:
            index[tag] = len(names)
            names.append(tag)
        tag_ids[i] = index[tag]
    return _Packed(trie, total, freq, bytes(tag_ids), names, longest)


def _stamp() -> str:
    st = DICT_FILE.stat()
    return hashlib.sha1(f"{_FORMAT} {jieba.__version__} {DICT_FILE} {st.st_size} {st.st_mtime_ns}".encode()).hexdigest()


def _save(path: Path, packed: _Packed) -> None:
    trie = packed.trie.tobytes()
    head = {
        "stamp": _stamp(),
        "total": packed.total,
        "names": packed.names,
        "longest": packed.longest,
        "trie": len(trie),
    }
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(json.dumps(head).encode() + b"\n")
            out.write(trie)
            out.write(packed.freq.tobytes())
            out.write(packed.tag_ids)
        os.replace(tmp, path)  # a reader sees the old file or the whole new one
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read(path: Path) -> _Packed | None:
    try:
        blob = path.read_bytes()
        end = blob.index(b"\n")
        head = json.loads(blob[:end])
        if head["stamp"] != _stamp():
            return None
        at = end + 1
        trie = marisa_trie.Trie().frombytes(blob[at : at + head["trie"]])
        at += head["trie"]
        freq = array("I")
        freq.frombytes(blob[at : at + freq.itemsize * len(trie)])
        tag_ids = blob[at + freq.itemsize * len(trie) :]
        if len(freq) != len(trie) or len(tag_ids) != len(trie):
            return None
        return _Packed(trie, head["total"], freq, tag_ids, head["names"], head["longest"])
    except Exception:  # unreadable, damaged or of another layout: rebuilt, never a failure
        return None


class PackedTokenizer(jieba.Tokenizer):
    """jieba.Tokenizer over its shipped dictionary, packed; `tmp_dir` is where the packed copy is kept."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: Mapping[str, str] = {}

    def initialize(self, dictionary: str | None = None) -> None:
        if dictionary is not None:
            raise ValueError("PackedTokenizer serves jieba's own dictionary only")
        with self.lock:
            if self.initialized:
                return
            path = Path(self.tmp_dir or tempfile.gettempdir()) / "jieba-dict.packed"
            packed = _read(path)
            if packed is None:
                packed = _build()
                try:
                    _save(path, packed)
                except OSError as e:  # only a slower next start
                    log.warning(f"jieba's packed dictionary not saved to {path}: {e}")
            self._packed = packed
            self.total = packed.total
            self.FREQ = _Column(packed.trie, packed.freq)
            self.tags = _Column(packed.trie, packed.tag_ids, packed.names)
            self.initialized = True

    def get_DAG(self, sentence: str) -> dict[int, list[int]]:
        """jieba's word graph: for each position, where the dictionary words (of a frequency above 0) that start
        there end, shortest first, or the position itself. jieba finds them by walking a dict of every prefix."""
        self.check_initialized()
        trie, freq, longest = self._packed.trie, self._packed.freq, self._packed.longest
        return {
            k: [k + len(w) - 1 for w, i in trie.iter_prefixes_with_ids(sentence[k : k + longest]) if freq[i]] or [k]
            for k in range(len(sentence))
        }


# jieba.posseg builds a tagger of its own at import (jieba.posseg.dt), reading the ~40 MB of tags from dict.txt.
# It is given nothing to read then, and our packed tags afterwards, so it still tags as shipped if anyone asks it.
if "jieba.posseg" not in sys.modules:
    jieba.dt.get_dict_file = lambda: io.BytesIO()
    try:
        import jieba.posseg
    finally:
        del jieba.dt.get_dict_file
import jieba.posseg  # noqa: E402


class _LazyTags(Mapping):
    """The tokenizer's tags, its dictionary read on first use."""

    def __init__(self, tokenizer: PackedTokenizer) -> None:
        self._tokenizer = tokenizer

    def _tags(self) -> Mapping[str, str]:
        if not self._tokenizer.initialized:
            self._tokenizer.initialize()
        return self._tokenizer.tags

    def get(self, key: str, default=None):
        return self._tags().get(key, default)

    def __getitem__(self, key: str) -> str:
        return self._tags()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._tags())

    def __len__(self) -> int:
        return len(self._tags())


class Tagger(jieba.posseg.POSTokenizer):
    """jieba.posseg's tagger over a PackedTokenizer: its tags come packed with the frequencies."""

    def __init__(self, tokenizer: PackedTokenizer) -> None:
        self.tokenizer = tokenizer
        self.word_tag_tab = _LazyTags(tokenizer)

    def initialize(self, dictionary: str | None = None) -> None:
        self.tokenizer.initialize(dictionary)

    def load_word_tag(self, f) -> None:
        f.close()


TOKENIZER = PackedTokenizer()
TAGGER = Tagger(TOKENIZER)
jieba.posseg.dt.word_tag_tab = TAGGER.word_tag_tab


def is_word(word: str) -> bool:
    """Does jieba's dictionary list the word (a frequency above 0)?"""
    TOKENIZER.check_initialized()
    return TOKENIZER.FREQ.get(word, 0) > 0
