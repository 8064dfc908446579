"""A reload's build steps aside while members' questions are answered, and still finishes when they never stop."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot import precedence
from bot.live import LiveKnowledge
from bot.precedence import answering, make_way


@pytest.fixture(autouse=True)
def no_turn_left_over():
    """A build's turn is kept per thread: one test's turn (on its own fake clock) must not carry into the next,
    whose clock starts at the same reading (it made make_way return at once and the next test wait forever)."""
    precedence._mine.__dict__.pop("turn_ends", None)
    yield
    precedence._mine.__dict__.pop("turn_ends", None)


class Clock:
    """A clock that moves only when the build sleeps: no test waits for real time."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps = 0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps += 1
        self.now += seconds


def asking_elsewhere(pool: ThreadPoolExecutor, done: threading.Event):
    """A member's question being answered in another thread until `done` is set."""
    started = threading.Event()

    def ask() -> None:
        with answering():
            started.set()
            done.wait()

    future = pool.submit(ask)
    started.wait()
    return future


def test_a_build_with_nobody_asking_never_waits() -> None:
    """No question in progress: a build step goes straight on."""
    clock = Clock()
    assert make_way(sleep=clock.sleep, clock=clock) == 0.0 and clock.sleeps == 0


def test_a_build_waits_until_the_answer_is_out() -> None:
    """A member is being answered: the build waits, and goes on as soon as the reply is out."""
    clock, done = Clock(), threading.Event()

    def sleep(seconds: float) -> None:
        clock.sleep(seconds)
        if clock.sleeps == 3:  # the reply goes out during the build's third pause
            done.set()
            future.result()

    with ThreadPoolExecutor(1) as pool:
        future = asking_elsewhere(pool, done)
        try:
            waited = make_way(sleep=sleep, clock=clock)
        finally:
            done.set()  # a failing make_way must fail the test, not leave the pool waiting for the answer
    assert clock.sleeps == 3 and 0 < waited < precedence.MAX_WAIT


def test_questions_that_never_stop_still_let_the_build_finish() -> None:
    """Answers always in progress: the build waits MAX_WAIT, then has a turn of TURN without waiting, then waits again."""
    clock, done = Clock(), threading.Event()
    with ThreadPoolExecutor(1) as pool:
        asking_elsewhere(pool, done)
        try:
            assert make_way(sleep=clock.sleep, clock=clock) >= precedence.MAX_WAIT
            turn_started = clock.now
            clock.now += precedence.TURN / 2
            assert make_way(sleep=clock.sleep, clock=clock) == 0.0  # its turn
            clock.now = turn_started + precedence.TURN
            assert make_way(sleep=clock.sleep, clock=clock) >= precedence.MAX_WAIT  # the turn is over
        finally:
            done.set()


def test_a_build_inside_an_answer_does_not_wait_for_itself() -> None:
    """A question whose answering builds something (an index on first use) is not held up by its own answer."""
    clock = Clock()
    with answering():
        assert make_way(sleep=clock.sleep, clock=clock) == 0.0 and clock.sleeps == 0


def test_the_live_bot_counts_a_question_while_it_answers_it(data_copy) -> None:
    """While LiveKnowledge answers, a reload's build in another thread would step aside."""
    live = LiveKnowledge.open(data_copy)
    seen: list[int] = []
    answer = live.answerer.answer

    def watched(*args, **kwargs):
        seen.append(precedence._answering)
        return answer(*args, **kwargs)

    live.answerer.answer = watched  # type: ignore[method-assign]
    assert live.answer("准考证什么时候打印").kind == "faq"
    assert seen == [1] and precedence._answering == 0


def test_a_tree_is_let_go_of_a_few_pieces_at_a_time() -> None:
    """Dropping a parsed faq.yaml empties every container on the way, and makes way between the pieces."""
    from bot.loader import _yaml

    yaml = _yaml()
    tree = yaml.load(
        "faqs:\n" + "".join(f"  - id: e{i}\n    questions: [问{i}, 再问{i}]\n    answer: 答{i}\n" for i in range(200))
    )
    nodes = yaml.composer.document
    entries, first_node = tree["faqs"], nodes.value[0][1]
    steps: list[None] = []
    precedence.let_go([tree, nodes], step=lambda: steps.append(None))
    assert tree == {} and entries == [] and first_node.value == []
    assert len(steps) > 10
