"""What one chat's send queue sends next, pure and clock-free: priorities, merging, the bound, freshness.

QQ watches how many messages an account sends, and nobody publishes the limit, so under load the bot sends
fewer, fuller messages rather than faster ones. The plugin (plugins/delivery.py) asks `Outbox.take` for the
next batch each time the chat's turn comes (at most one message per KAOWU_SEND_INTERVAL) and sends it.

The rules, in the order `take` applies them:

1. **Urgent first.** Reminders and staff alerts go ahead of every member reply, one message each.
2. **Too late is a notice.** A reply whose question came more than `STALE_AFTER` seconds ago (a long
   disconnect, a backlog) is not sent minutes late: its asker gets one short notice instead, once however
   many of their questions came too late.
3. **Alone while the queue is short.** While the waiting replies would all leave within `MERGE_AFTER`
   seconds sent one by one, the first leaves alone, quoting its question, exactly as in a quiet group.
4. **Merged under load.** Otherwise everything waiting is grouped by answer (the same answer for several
   members goes out once, naming all of them) and leaves as one message with each asker's @ before their
   part, if it fits one phone screen; when it does not, as a QQ merged-forward message of up to
   `FORWARD_NODES` answers, each headed by its askers' names.

The queue is bounded by distinct answers, since an answer leaves once however many asked for it: past
`bound` of them waiting, a reply with yet another answer keeps only its asker, who gets the notice. Every
reply put in comes out of `take` exactly once, as its answer or as the notice, and never silently.
"""

from __future__ import annotations

import enum
import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "FORWARD_NODES",
    "LATE_NOTICE",
    "MERGE_AFTER",
    "PLAIN_ASKERS",
    "QUEUE_BOUND",
    "SCREEN_LINES",
    "STALE_AFTER",
    "Asker",
    "Batch",
    "Kind",
    "Letter",
    "Outbox",
    "Part",
]

# A reply is fresh for about a minute: a member who asked and looked away for longer has usually asked
# someone else, and an answer arriving minutes later, out of context, confuses the chat.
STALE_AFTER = 60.0
# Sent one by one, the last waiting reply must leave within this many seconds; beyond it they are merged.
# At the default one message a second that is up to three separate quoted replies, as in a lively chat.
MERGE_AFTER = 3.0
# One phone screen, the limit every reply keeps (CONTRACT: about 15 lines at most).
SCREEN_LINES = 15
# @s in one plain merged message: more makes a wall of names that hides the answers.
PLAIN_ASKERS = 10
# Answers in one merged-forward message. QQ refuses forwards of more than about 100 nodes; half of that keeps
# each message a comfortable read and still clears 50 distinct answers (any number of askers) per turn.
FORWARD_NODES = 50
# Distinct answers one chat may hold (askers of an answer already waiting always join it). At the default
# interval a full queue leaves in ten forward messages, about ten seconds, well inside the minute a reply stays
# fresh; a reply with an answer past it gets the notice.
QUEUE_BOUND = 500

LATE_NOTICE = "刚才提问的人太多，没来得及回答你的问题，请稍后再问一次。"


@dataclass(frozen=True)
class Asker:
    user_id: str
    name: str  # as the group shows them (card or nickname); it came from a user, so it is only ever text


@dataclass(eq=False)
class Letter:
    """One message the bot is to send: a reply to a member's question, or a post (a reminder, a staff alert).

    Posts have no asker. They are urgent: they go ahead of every reply and are never merged.
    """

    text: str
    ticket: Any = None  # the sender's own handle (the plugin keeps the event and a future here)
    asker: Asker | None = None  # whom a reply answers; None for reminders and staff alerts
    question: str = ""  # what the asker wrote, to name it in a forward message
    quote: Any = None  # the question's message id, quoted when the reply leaves alone
    asked_at: float = 0.0  # when the reply was queued (monotonic seconds)
    late: bool = False  # answered by LATE_NOTICE instead: it came too late or past the bound
    seq: int = 0  # order of arrival, kept when a batch is put back after a lost connection

    @property
    def urgent(self) -> bool:
        return self.asker is None


@dataclass
class Part:
    """One answer in a merged message and everyone it answers."""

    text: str
    askers: list[Asker] = field(default_factory=list)
    letters: list[Letter] = field(default_factory=list)

    def add(self, letter: Letter) -> None:
        self.letters.append(letter)
        if letter.asker is not None and letter.asker.user_id not in {a.user_id for a in self.askers}:
            self.askers.append(letter.asker)

    @property
    def question(self) -> str:
        """The question, when the part answers one asker's one question (a forward node names it)."""
        return self.letters[0].question if len(self.letters) == 1 else ""

    @property
    def lines(self) -> int:
        return self.text.count("\n") + 1


class Kind(enum.Enum):
    ALONE = "alone"  # one message for one letter (or one asker's repeats of it), quoting the question
    MERGED = "merged"  # one plain message, an @ before each part
    FORWARD = "forward"  # one merged-forward message, a node per part


@dataclass
class Batch:
    kind: Kind
    parts: list[Part]

    @property
    def letters(self) -> list[Letter]:
        return [letter for part in self.parts for letter in part.letters]

    @property
    def text(self) -> str:
        return self.parts[0].text

    @property
    def quote(self) -> Any:
        return self.parts[0].letters[0].quote

    @property
    def askers(self) -> int:
        return sum(len(p.askers) for p in self.parts)


class Outbox:
    """The letters waiting for one chat. `mergeable` is False for a private chat: one reader, no @s."""

    def __init__(self, mergeable: bool = True, bound: int = QUEUE_BOUND):
        self.mergeable = mergeable
        self.bound = bound
        self._urgent: list[Letter] = []
        self._replies: list[Letter] = []
        self._answers: Counter[str] = Counter()  # the answers waiting (not the notices), by text
        self._seq = itertools.count()

    def __len__(self) -> int:
        return len(self._urgent) + len(self._replies)

    @property
    def replies_waiting(self) -> int:
        return len(self._replies)

    @property
    def answers_waiting(self) -> int:
        return len(self._answers)

    def put(self, letter: Letter) -> None:
        letter.seq = next(self._seq)
        if letter.urgent:
            self._urgent.append(letter)
            return
        if letter.text not in self._answers and len(self._answers) >= self.bound:
            letter.late = True
        self._replies.append(letter)
        self._count(letter, +1)

    def remove(self, letter: Letter) -> None:
        """Forget a letter nobody waits for any more (its sender was cancelled)."""
        if letter in self._urgent:
            self._urgent.remove(letter)
        elif letter in self._replies:
            self._replies.remove(letter)
            self._count(letter, -1)

    def put_back(self, letters: Iterable[Letter]) -> None:
        """Replies of a batch that did not leave (the connection dropped) wait again, in their old order."""
        back = [x for x in letters if not x.urgent]
        for letter in back:
            self._count(letter, +1)
        self._replies = sorted([*self._replies, *back], key=lambda x: x.seq)

    def take_urgent(self) -> list[Letter]:
        """Every urgent letter, removed: with no connection they fail at once, the caller retries them."""
        urgent, self._urgent = self._urgent, []
        return urgent

    def take(self, now: float, interval: float, forward: bool = True) -> Batch | None:
        """The next message for this chat at `now`, or None when nothing waits; its letters leave the queue."""
        if self._urgent:
            return Batch(Kind.ALONE, [_part([self._urgent.pop(0)])])
        if not self._replies:
            return None
        for r in self._replies:
            if not r.late and now - r.asked_at > STALE_AFTER:
                self._count(r, -1)
                r.late = True
        if not self.mergeable and self._replies[0].late:  # one person, several questions too late: one notice
            return self._leave(Batch(Kind.ALONE, [_part([r for r in self._replies if r.late])]))
        if not self.mergeable or not self._crowded(now, interval):
            return self._alone(self._replies[0])
        parts = _parts(self._replies)
        if len(parts) == 1 and len(parts[0].askers) <= 1:  # one asker's repeats of one answer
            return self._leave(Batch(Kind.ALONE, parts))
        if _fits_a_screen(parts):
            return self._leave(Batch(Kind.MERGED, parts))
        if forward:
            return self._leave(Batch(Kind.FORWARD, parts[:FORWARD_NODES]))
        return self._leave(Batch(Kind.MERGED, _screenful(parts)))

    def _crowded(self, now: float, interval: float) -> bool:
        n = len(self._replies)
        return n > 1 and (n * interval > MERGE_AFTER or now - self._replies[0].asked_at > MERGE_AFTER)

    def _alone(self, letter: Letter) -> Batch:
        return self._leave(Batch(Kind.ALONE, [_part([letter])]))

    def _leave(self, batch: Batch) -> Batch:
        taken = set(map(id, batch.letters))
        self._replies = [r for r in self._replies if id(r) not in taken]
        for letter in batch.letters:
            self._count(letter, -1)
        return batch

    def _count(self, letter: Letter, step: int) -> None:
        if letter.late or letter.urgent:
            return
        self._answers[letter.text] += step
        if self._answers[letter.text] <= 0:
            del self._answers[letter.text]


def _part(letters: list[Letter]) -> Part:
    part = Part(LATE_NOTICE if letters[0].late else letters[0].text)
    for letter in letters:
        part.add(letter)
    return part


def _parts(letters: list[Letter]) -> list[Part]:
    """One part per distinct answer, in order of first asking; every late asker shares the one notice."""
    parts: dict[str | None, Part] = {}
    for letter in letters:
        key = None if letter.late else letter.text
        if key not in parts:
            parts[key] = Part(LATE_NOTICE if key is None else key)
        parts[key].add(letter)
    return list(parts.values())


def _fits_a_screen(parts: list[Part]) -> bool:
    return sum(p.lines for p in parts) <= SCREEN_LINES and sum(len(p.askers) for p in parts) <= PLAIN_ASKERS


def _screenful(parts: list[Part]) -> list[Part]:
    """The first parts that fit one screen together (at least one), for a chat that takes no forwards."""
    taken: list[Part] = []
    for p in parts:
        if taken and not _fits_a_screen([*taken, p]):
            break
        taken.append(p)
    return taken
