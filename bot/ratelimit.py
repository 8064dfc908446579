"""How many questions one member gets answered per time window (KAOWU_RATE_LIMIT), pure and clock-free.

A sliding window: a member may be answered `count` times in any `window` seconds. The first message past the
limit earns one short notice; every further one until the window frees up is dropped in silence, so a
flooder costs the group at most `count` answers and one notice per window, whatever they send.

The caller passes `now` (monotonic seconds), so tests fix the time. Memory stays bounded: a member whose
window has passed is forgotten (their state is the same as a stranger's), and beyond `max_members` tracked
at once the longest-quiet member is forgotten first.
"""

from __future__ import annotations

import enum
from collections import OrderedDict, deque
from collections.abc import Hashable
from dataclasses import dataclass, field

from .settings import RateLimit

__all__ = ["Decision", "RateLimiter", "Verdict"]


class Verdict(enum.Enum):
    ALLOW = "allow"  # answer it
    NOTIFY = "notify"  # over the limit, first time this window: answer with a short notice instead
    DROP = "drop"  # over the limit and already told: say nothing


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    retry_after: float = 0.0  # seconds until this member will be answered again

    @property
    def allowed(self) -> bool:
        return self.verdict is Verdict.ALLOW


_ALLOW = Decision(Verdict.ALLOW)


@dataclass
class _Member:
    answered: deque[float] = field(default_factory=deque)  # times of the answers still inside the window
    notified_at: float | None = None


class RateLimiter:
    def __init__(self, limit: RateLimit, max_members: int = 10_000):
        self.limit = limit
        self.max_members = max_members
        self._window = limit.window.total_seconds()
        self._members: OrderedDict[Hashable, _Member] = OrderedDict()  # least recently heard first

    def __len__(self) -> int:
        return len(self._members)

    def check(self, key: Hashable, now: float) -> Decision:
        """Decide for one incoming question from `key` at `now`; an allowed question is counted."""
        if not self.limit.enabled:
            return _ALLOW
        member = self._members.pop(key, None) or _Member()
        self._members[key] = member  # most recently heard last
        answered = member.answered
        while answered and answered[0] <= now - self._window:
            answered.popleft()
        if len(answered) < self.limit.count:
            answered.append(now)
            self._evict(now)
            return _ALLOW
        retry_after = answered[0] + self._window - now
        if member.notified_at is None or member.notified_at <= now - self._window:
            member.notified_at = now
            return Decision(Verdict.NOTIFY, retry_after)
        return Decision(Verdict.DROP, retry_after)

    def _evict(self, now: float) -> None:
        """Forget members whose window has passed (oldest first), then any beyond max_members."""
        horizon = now - self._window
        while self._members:
            key, member = next(iter(self._members.items()))
            last = max(member.answered[-1] if member.answered else float("-inf"), member.notified_at or float("-inf"))
            if last > horizon and len(self._members) <= self.max_members:
                break
            del self._members[key]
