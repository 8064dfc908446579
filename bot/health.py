"""What /healthz reports: the bot's outward state in one small JSON object, pure and testable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

__all__ = ["Health"]


@dataclass(frozen=True)
class Health:
    onebot_connected: int  # QQ bridges connected right now
    last_event_at: datetime | None  # the last event of any kind (heartbeats included); None: none since start
    data_version: str  # the live data's digest: changes whenever the data files change
    next_reminder_at: datetime | None  # the next reminder still to go out; None: nothing left this season
    next_reminder: str | None  # its deadline's title
    now: datetime

    def as_json(self) -> dict[str, Any]:
        def iso(t: datetime | None) -> str | None:
            return t.isoformat(timespec="seconds") if t is not None else None

        quiet = None if self.last_event_at is None else round((self.now - self.last_event_at).total_seconds())
        return {
            "onebot_connected": self.onebot_connected,
            "last_event_at": iso(self.last_event_at),
            "seconds_since_last_event": quiet,
            "data_version": self.data_version,
            "next_reminder_at": iso(self.next_reminder_at),
            "next_reminder": self.next_reminder,
            "now": iso(self.now),
        }
