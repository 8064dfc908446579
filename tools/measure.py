"""What the benchmarks in tools/ share: percentiles, a throw-away data folder, and the clock from an edit (or a
staff member's 确认) to the new answer in the group.

The bot itself is started the way the end-to-end tests start it (tests/onebot.py: `start_bot`, `Bridge`).
"""

from __future__ import annotations

import resource
import shutil
import time
from pathlib import Path

__all__ = ["GROUP", "MEMBER", "ROOT", "STAFF", "answered_after", "copy_data", "percentile", "rss_mb"]

ROOT = Path(__file__).resolve().parents[1]
GROUP, MEMBER, STAFF = 594707089, 20001, 900001  # the served group, a member, the superuser (tests/onebot.bot_env)


def percentile(values: list[float], q: float) -> float:
    """The value below which a fraction q of `values` lies (nearest rank); nan for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def copy_data(work: Path) -> Path:
    """A copy of the shipped data/ in `work`, for a benchmark to edit; data/ itself is never touched."""
    data = work / "data"
    shutil.copytree(ROOT / "data", data)
    return data


def rss_mb() -> tuple[float, float]:
    """(resident set now, peak so far) of this process, in MB."""
    now = 0.0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                now = int(line.split()[1]) / 1024
    except OSError:  # not Linux: the peak alone
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return now, peak


async def answered_after(
    sim, start: float, question: str, wanted: str, limit: float = 10, quiet: float = 0.05
) -> float:
    """Seconds from `start` (time.monotonic) until a member's `question` in the group is answered with `wanted`.

    Asks again after each reply that does not carry `wanted` yet; inf when `limit` seconds pass first.
    """
    while time.monotonic() - start < limit:
        replies = await sim.ask_group(GROUP, MEMBER, question, first_timeout=3, quiet=quiet)
        if replies and wanted in replies[0].text:
            return time.monotonic() - start
    return float("inf")
