"""Members first: a reload's building steps aside while a member's question is being answered.

Python runs one thread at a time (the GIL). A reload parses faq.yaml and builds the new index in a worker thread
while members keep asking, and a reply sharing the interpreter with that build ran slower all through it: each time
the reply lets go of the interpreter (every numpy operation over the samples, every encoding) it waits for the
build to hand it back. Measured at 100× today's entries (tools/bench_scale.py): a reply overlapping a reload took
2.2× as long as the same question asked quietly (median), and the slowest waited 100–140 ms more than usual.

The build calls `make_way()` between small steps (a YAML node, a block of samples); while any question is being
answered it waits, a millisecond at a time, until the answers are out. So that a reload still finishes when the
questions never stop (a burst from hundreds of members), a wait ends after `MAX_WAIT`, and the build then has a
turn of `TURN` before it gives way again: it never runs at less than a fifth of its speed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["MAX_WAIT", "TURN", "answering", "let_go", "make_way"]

# The longest a build waits for the answers in progress, and the turn it then takes whatever is asked. A reply
# takes 20 ms (60 ms for a long message): most are out within one wait, and a longer one shares the interpreter
# with the build for one turn in every five. Measured at 100× entries with questions asked back to back
# (tools/bench_scale.py): a turn as long as the wait (20 ms) made the slowest reply 20–30 ms slower.
MAX_WAIT = 0.02
TURN = 0.005
_PAUSE = 0.001

_lock = threading.Lock()
_answering = 0  # questions being answered right now, in any thread
_mine = threading.local()  # per thread: answering (a build it runs must not wait for itself); a build's turn


@contextmanager
def answering() -> Iterator[None]:
    """Around answering one question: the builds of a reload give way until it is answered."""
    global _answering
    with _lock:
        _answering += 1
    depth = getattr(_mine, "depth", 0)
    _mine.depth = depth + 1
    try:
        yield
    finally:
        _mine.depth = depth
        with _lock:
            _answering -= 1


def make_way(
    limit: float = MAX_WAIT,
    turn: float = TURN,
    *,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> float:
    """Wait while a question is being answered in another thread; how long it waited.

    After waiting `limit` seconds in vain, the calling build has a turn of `turn` seconds without waiting.
    Costs one comparison when nobody is asking (a build calls it tens of thousands of times).
    """
    if not _answering or getattr(_mine, "depth", 0):
        return 0.0
    start = clock()
    if start < getattr(_mine, "turn_ends", 0.0):
        return 0.0
    waited = 0.0
    while _answering and waited < limit:
        sleep(_PAUSE)
        waited = clock() - start
    if _answering:
        _mine.turn_ends = start + waited + turn
    return waited


def let_go(tree: Any, *, step: Callable[[], object] = make_way) -> None:
    """Drop a large tree of dicts, lists, tuples and YAML nodes a few pieces at a time, making way between them.

    The last reference to a tree frees all of it in one C call that holds the interpreter: the YAML of 100×
    today's faq.yaml (its nodes, then its round-trip tree) took 15–45 ms each, and a reply waited as long. Here
    each container is emptied before it is freed, so nothing frees more than its own small pieces.
    """
    stack, tree = [tree], None
    done = 0
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack += node.values()
            node.clear()
        elif isinstance(node, list):
            stack += node
            node.clear()
        elif isinstance(node, tuple):
            stack += node
        elif isinstance(getattr(node, "value", None), list):  # a YAML node: its children
            stack.append(node.value)
        done += 1
        if done % 64 == 0:
            step()
