"""jieba's dictionary, packed: the same words, frequencies and parts of speech in a fraction of the memory.

jieba keeps its dictionary (349,045 words and every prefix of them) in Python dicts: ~55 MB for the frequencies
and ~40 MB more for the parts of speech, which every `jieba.posseg.POSTokenizer` reads again from `dict.txt`
(jieba.posseg builds one of its own at import). Here both live in one marisa-trie, a static compact trie, with the
values in two flat arrays: a 3.7 MB file, built once into KAOWU_STATE_DIR and read back in milliseconds. jieba's own
algorithms run unchanged on top (the word graph, the best route, the HMM for unknown words, posseg's tagger), so
words and tags are exactly jieba's.

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
_FORMAT = 1  # bump when the packed file's layout changes


_MISSING = object()


class _Column(Mapping):
    """One value per dictionary key, read through the trie's key ids. With `names`, the values are indexes into
    it and 0 means the key has no value (a prefix has no part of speech)."""

    __slots__ = ("_names", "_trie", "_values")

    def __init__(self, trie: marisa_trie.Trie, values: array | bytes, names: list[str] | None = None) -> None:
        self._trie, self._values, self._names = trie, values, names

    def _value(self, key: str):
        i = self._trie.get(key)
        if i is None:
            return _MISSING
        v = self._values[i]
        if self._names is None:
            return v
        return self._names[v] if v else _MISSING

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
        return (k for k in self._trie.iterkeys() if k in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _lines() -> Iterator[tuple[str, int, str]]:
    """(word, frequency, part of speech) per line of jieba's dict.txt, read as jieba reads it."""
    with open(DICT_FILE, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            try:
                word, freq, tag = line.strip().split(" ")
                yield word, int(freq), tag
            except ValueError:
                raise ValueError(f"invalid dictionary entry in {DICT_FILE} at line {lineno}: {line}") from None


def _build() -> tuple[marisa_trie.Trie, int, array, bytes, list[str]]:
    """The keys jieba's prefix dictionary holds (each word and every prefix of it), their frequencies (0 for a
    prefix that is no word) and parts of speech; a word listed twice keeps its last line, and the total counts both,
    as in jieba's gen_pfdict and load_word_tag. Read twice rather than held: a cold start stays small too."""
    trie = marisa_trie.Trie(word[:n] for word, _, _ in _lines() for n in range(1, len(word) + 1))
    freq = array("I", [0]) * len(trie)
    tag_ids = bytearray(len(trie))  # 0: no part of speech (a prefix only)
    names = [""]
    index: dict[str, int] = {}
    total = 0
    for word, f, tag in _lines():
        i = trie[word]
        freq[i] = f
        total += f
        if tag not in index:
            index[tag] = len(names)
            names.append(tag)
        tag_ids[i] = index[tag]
    return trie, total, freq, bytes(tag_ids), names


def _stamp() -> str:
    st = DICT_FILE.stat()
    return hashlib.sha1(f"{_FORMAT} {jieba.__version__} {DICT_FILE} {st.st_size} {st.st_mtime_ns}".encode()).hexdigest()


def _save(path: Path, trie: marisa_trie.Trie, total: int, freq: array, tag_ids: bytes, names: list[str]) -> None:
    packed_trie = trie.tobytes()
    head = json.dumps({"stamp": _stamp(), "total": total, "names": names, "trie": len(packed_trie)}).encode()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(head + b"\n")
            out.write(packed_trie)
            out.write(freq.tobytes())
            out.write(tag_ids)
        os.replace(tmp, path)  # a reader sees the old file or the whole new one
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read(path: Path) -> tuple[marisa_trie.Trie, int, array, bytes, list[str]] | None:
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
        return trie, head["total"], freq, tag_ids, head["names"]
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
                    _save(path, *packed)
                except OSError as e:  # only a slower next start
                    log.warning(f"jieba's packed dictionary not saved to {path}: {e}")
            trie, self.total, freq, tag_ids, names = packed
            self.FREQ = _Column(trie, freq)
            self.tags = _Column(trie, tag_ids, names)
            self.initialized = True


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
