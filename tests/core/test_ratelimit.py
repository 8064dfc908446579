"""The per-member rate limit, with the clock passed in."""

from __future__ import annotations

from datetime import timedelta

from bot.ratelimit import RateLimiter, Verdict
from bot.settings import RateLimit

THREE_PER_MINUTE = RateLimit(count=3, window=timedelta(seconds=60))


def _verdicts(limiter: RateLimiter, key: object, times: list[float]) -> list[Verdict]:
    return [limiter.check(key, t).verdict for t in times]


def test_flood_gets_limit_answers_then_one_notice_then_silence():
    """30 questions in 2 s: 3 are answered, the 4th gets a notice, the other 26 get nothing."""
    limiter = RateLimiter(THREE_PER_MINUTE)
    verdicts = _verdicts(limiter, "flooder", [i * 2 / 30 for i in range(30)])
    assert verdicts[:3] == [Verdict.ALLOW] * 3
    assert verdicts[3] == Verdict.NOTIFY
    assert verdicts[4:] == [Verdict.DROP] * 26


def test_other_members_are_not_affected_by_a_flooder():
    """While one member floods, another member's question is still answered."""
    limiter = RateLimiter(THREE_PER_MINUTE)
    _verdicts(limiter, "flooder", [0.1 * i for i in range(20)])
    assert limiter.check("neighbour", 1.0).allowed


def test_window_slides_and_notice_comes_again_next_window():
    """After the window passes the member is answered again; a second flood earns one new notice."""
    limiter = RateLimiter(THREE_PER_MINUTE)
    assert _verdicts(limiter, "m", [0, 1, 2, 3, 4]) == [Verdict.ALLOW] * 3 + [Verdict.NOTIFY, Verdict.DROP]
    decision = limiter.check("m", 30)
    assert decision.verdict == Verdict.DROP
    assert decision.retry_after == 30  # the answer at t=0 leaves the window at t=60
    assert limiter.check("m", 60).allowed  # t=0 has left the window
    assert limiter.check("m", 60.5).verdict == Verdict.DROP  # t=1 and t=2 still count; already told at t=3
    assert _verdicts(limiter, "m", [63, 64, 124, 125]) == [Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW]
    assert _verdicts(limiter, "m", [126, 127, 128]) == [Verdict.ALLOW, Verdict.NOTIFY, Verdict.DROP]


def test_zero_turns_the_limit_off():
    """KAOWU_RATE_LIMIT=0: every question is answered and nothing is remembered."""
    limiter = RateLimiter(RateLimit.parse("0"))
    assert all(limiter.check("m", 0.0).allowed for _ in range(1000))
    assert len(limiter) == 0


def test_memory_is_bounded_by_quiet_members_being_forgotten():
    """500 members asking once each, then a minute of quiet: the limiter forgets them all but the newest."""
    limiter = RateLimiter(THREE_PER_MINUTE)
    for member in range(500):
        limiter.check(member, member * 0.01)
    assert len(limiter) == 500
    limiter.check("late", 200.0)
    assert len(limiter) == 1


def test_memory_is_capped_even_when_everyone_is_active():
    """More active members than max_members: the count of tracked members never exceeds the cap."""
    limiter = RateLimiter(THREE_PER_MINUTE, max_members=100)
    for member in range(1000):
        assert limiter.check(member, 1.0).allowed
        assert len(limiter) <= 100


def test_parsed_setting_drives_the_limit():
    """KAOWU_RATE_LIMIT=2/10s: two answers per ten seconds."""
    limiter = RateLimiter(RateLimit.parse("2/10s"))
    assert _verdicts(limiter, "m", [0, 1, 2, 10.5]) == [Verdict.ALLOW, Verdict.ALLOW, Verdict.NOTIFY, Verdict.ALLOW]
