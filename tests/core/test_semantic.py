"""The encoder's turns and the embedding cache: a member's question never waits behind a reload's samples."""

from __future__ import annotations

import threading
import time

import numpy as np

from bot import semantic


class _SlowModel:
    """Stands in for the C engine: records the order of calls; the first call of samples waits on a gate."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.gate = threading.Event()
        self.started = threading.Event()

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        if len(self.calls) == 1:
            self.started.set()
            self.gate.wait(5)
        return np.ones((len(texts), 3), np.float32)


def test_a_question_goes_before_the_rest_of_a_reloads_samples() -> None:
    """While samples are encoded one at a time, a member's question is encoded next, not after all of them."""
    turns, model = semantic._Turns(), _SlowModel()
    samples = threading.Thread(target=turns.encode, args=([f"样例{i}" for i in range(5)], model, 3))
    samples.start()
    assert model.started.wait(5)
    asked = threading.Thread(target=turns.encode, args=(["成员的问题"], model, 3))
    asked.start()
    while not turns._asking:  # the question is waiting for the engine
        threading.Event().wait(0.001)
    model.gate.set()
    samples.join(5)
    asked.join(5)
    assert model.calls[0] == ["样例0"] and model.calls[1] == ["成员的问题"]
    assert [c for call in model.calls[2:] for c in call] == [f"样例{i}" for i in range(1, 5)]


def test_rows_come_back_normalised_in_order() -> None:
    """Encoding in turns returns one unit-length row per text, in the order given."""
    rows = semantic._Turns().encode(["a", "bb", "ccc"], lambda ts: np.array([[len(t), 0.0] for t in ts]), 2)
    assert rows.shape == (3, 2) and np.allclose(np.linalg.norm(rows, axis=1), 1)


class _CountingEncoder:
    name, dim = "counting", 2

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def encode(self, texts):
        self.encoded += list(texts)
        return np.array([[len(t), 1.0] for t in texts], np.float32)


def test_vectors_kept_unsaved_are_written_by_save_and_read_back(tmp_path) -> None:
    """check's clause vectors (save=False) reach the file on save(), and a new cache reads them without encoding."""
    enc = _CountingEncoder()
    cache = semantic.EmbeddingCache(tmp_path)
    first = cache.encode(enc, ["三号楼在哪", "考试时间"], save=False)
    assert not (tmp_path / "embeddings-counting.npz").exists()
    cache.save(enc)
    again = semantic.EmbeddingCache(tmp_path)
    assert np.array_equal(again.encode(enc, ["三号楼在哪", "考试时间"]), first) and len(enc.encoded) == 2


class _GatedModel:
    """Stands in for the engine: each call records its texts and waits until `open` is set (or 5 s)."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.open = threading.Event()
        self._lock = threading.Lock()

    def __call__(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            self.calls.append(list(texts))
        self.open.wait(5)
        return np.array([[len(t), 1.0] for t in texts], np.float32)

    def running(self, n: int) -> None:
        """Wait until `n` calls have begun (fails after 2 s: a call waits 5 s at most, so the next never began)."""
        deadline = time.monotonic() + 2
        while len(self.calls) < n:
            assert time.monotonic() < deadline, f"{len(self.calls)} calls under way, not {n}"
            threading.Event().wait(0.001)


def test_with_two_slots_a_question_does_not_wait_for_a_sample_being_encoded() -> None:
    """A reload's sample holds one slot; the member's question is encoded in the other meanwhile."""
    turns, model = semantic._Turns(2), _GatedModel()
    samples = threading.Thread(target=turns.encode, args=(["样例0", "样例1"], model, 2))
    samples.start()
    model.running(1)
    asked = threading.Thread(target=turns.encode, args=(["成员的问题"], model, 2))
    asked.start()
    model.running(2)  # both at once: the question did not wait for the sample's call to end
    assert model.calls == [["样例0"], ["成员的问题"]]
    model.open.set()
    samples.join(5)
    asked.join(5)


def test_a_questions_texts_are_shared_among_the_slots_and_come_back_in_order() -> None:
    """Three texts of one question: two calls at once (every other text each), rows in the order given."""
    turns, model = semantic._Turns(2), _GatedModel()
    out: list[np.ndarray] = []
    asked = threading.Thread(target=lambda: out.append(turns.encode(["a", "bbb", "cc"], model, 2, question=True)))
    asked.start()
    model.running(2)
    assert sorted(model.calls) == [["a", "cc"], ["bbb"]]
    model.open.set()
    asked.join(5)
    expected = np.array([[1, 1], [3, 1], [2, 1]], np.float32)
    assert np.allclose(out[0], expected / np.linalg.norm(expected, axis=1, keepdims=True))


def test_samples_keep_to_one_slot() -> None:
    """While one reload's sample is encoded, the free slot goes to a member's question, never to more samples."""
    turns, model = semantic._Turns(2), _GatedModel()
    first = threading.Thread(target=turns.encode, args=(["甲0", "甲1"], model, 2))
    second = threading.Thread(target=turns.encode, args=(["乙0", "乙1"], model, 2))
    first.start()
    model.running(1)
    second.start()
    asked = threading.Thread(target=turns.encode, args=(["成员的问题"], model, 2))
    asked.start()
    model.running(2)
    assert model.calls[1] == ["成员的问题"]
    model.open.set()
    for t in (first, second, asked):
        t.join(5)
    assert len(model.calls) == 5


def test_at_start_up_samples_are_encoded_on_every_slot_in_order() -> None:
    """Before any member can ask, two sample chunks are encoded at once; the rows still come back in order."""
    turns, model = semantic._Turns(2), _GatedModel()
    out: list[np.ndarray] = []
    texts = ["a", "bb", "ccc", "dddd", "eeeee"]

    def start() -> None:
        with turns.wide():
            out.append(turns.encode(texts, model, 2))

    starting = threading.Thread(target=start)
    starting.start()
    model.running(2)  # two chunks at once: outside start-up the second would wait for the first
    assert len(model.calls) == 2
    model.open.set()
    starting.join(5)
    expected = np.array([[len(t), 1] for t in texts], np.float32)
    assert np.allclose(out[0], expected / np.linalg.norm(expected, axis=1, keepdims=True))
    assert sorted(c[0] for c in model.calls) == sorted(texts)
    with turns._cond:
        assert turns._free == 2 and turns._sampling == 0 and not turns._wide


def test_a_question_during_start_up_never_waits_behind_queued_samples() -> None:
    """A question asked while start-up encodes on every slot shares its texts out among the slots when they free up;
    its share must not queue behind the samples still waiting for a slot (they wait for it: that would never end)."""
    turns, model = semantic._Turns(2), _GatedModel()

    def start() -> None:
        with turns.wide():
            turns.encode([f"样例{i}" for i in range(8)], model, 2)

    starting = threading.Thread(target=start, daemon=True)
    starting.start()
    model.running(2)
    asked = threading.Thread(
        target=turns.encode, args=(["问题一", "问题二"], model, 2), kwargs={"question": True}, daemon=True
    )
    asked.start()
    deadline = time.monotonic() + 2
    while not turns._asking:  # the question is waiting for a slot
        assert time.monotonic() < deadline
        threading.Event().wait(0.001)
    model.open.set()
    asked.join(5)
    starting.join(5)
    assert not asked.is_alive() and not starting.is_alive()
    assert {"问题一", "问题二"} <= {t for call in model.calls for t in call}
