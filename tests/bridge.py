"""A QQ bridge that misbehaves on purpose, on top of the OneBot v11 stand-in (tests/onebot.py).

What reaches the group is kept in a `GroupHistory` shared by every bridge of a test, so a bridge that connects
after a drop or a restart answers `get_group_msg_history` with what its predecessor posted, as NapCat and
Lagrange do. Faults: confirm a send only after a delay (`confirm_delay`), or post it and drop the connection
without confirming (`drop_on_send`).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.onebot import ROOT, Bridge, bot_env, free_port


@dataclass
class GroupHistory:
    """Messages that reached QQ groups, in order, as get_group_msg_history returns them."""

    messages: list[dict[str, Any]] = field(default_factory=list)

    def texts(self, group_id: int, containing: str = "") -> list[str]:
        return [m["text"] for m in self.messages if m["group_id"] == group_id and containing in m["text"]]


def faulty_bridge(
    port: int,
    history: GroupHistory,
    *,
    self_id: int = 10000,
    token: str | None = None,
    confirm_delay: float = 0.0,
    drop_on_send: bool = False,
) -> Any:
    """A connected-on-demand bridge (call `await bridge.connect()`), faulty as asked."""

    class FaultyBridge(Bridge):
        @property
        def all_sent(self) -> list:
            return self.sent

        async def push(self, obj: dict) -> None:
            last = self.api_calls[-1] if self.api_calls else {}
            if "echo" in obj and obj.get("echo") == last.get("echo") and last.get("action") == "send_group_msg":
                sent = self.sent[-1]
                history.messages.append(
                    {
                        "group_id": sent.group_id,
                        "user_id": self.self_id,
                        "sender": {"user_id": self.self_id},
                        "message_id": obj["data"]["message_id"],
                        "message": sent.segments,
                        "text": sent.text,
                        "time": int(time.time()),
                    }
                )
                if drop_on_send:  # it reached the group; the confirmation never leaves
                    await self._ws.close()
                    return
                if confirm_delay:
                    await asyncio.sleep(confirm_delay)
            await super().push(obj)

        def _result(self, action: str, params: dict) -> Any:
            if action == "get_group_msg_history":
                group_id = int(params.get("group_id", 0))
                mine = [m for m in history.messages if m["group_id"] == group_id]
                count = int(params.get("count", 20))
                return {"messages": [{k: v for k, v in m.items() if k != "text"} for m in mine[-count:]]}
            return super()._result(action, params)

    return FaultyBridge(port, self_id=self_id, token=token)


class BotProcess:
    """`python -m bot` as a OneBot server on a free port; start, kill -9 and start again on the same state."""

    def __init__(self, tmp_path: Path, **env: str):
        self.port = free_port()
        self.env = bot_env(self.port, tmp_path / "state", **env)
        self.log = tmp_path / "bot.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> BotProcess:
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot"],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        return self

    def kill9(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


async def wait_until(condition: Any, timeout: float, step: float = 0.05) -> bool:
    """Poll `condition()` until it is true or `timeout` seconds passed; whether it became true."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(step)
    return bool(condition())


def due_in(data_dir: Path, seconds: float, lead: str = "1d", deadline_id: str = "soon") -> str:
    """Rewrite deadlines.yaml to hold one deadline whose `lead` reminder falls due `seconds` from now.

    Returns the deadline's title, which the reminder carries.
    """
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from bot.dates import parse_duration

    at = datetime.now(ZoneInfo("Asia/Shanghai")) + parse_duration(lead) + timedelta(seconds=seconds)
    title = f"测试截止{os.getpid()}"
    (data_dir / "deadlines.yaml").write_text(
        "timezone: Asia/Shanghai\ndeadlines:\n"
        f"  - id: {deadline_id}\n    title: {title}\n"
        f'    at: "{at:%Y-%m-%d %H:%M:%S}"\n    remind: [{lead}]\n',
        encoding="utf-8",
    )
    return title


def ledger_rows(state_dir: Path) -> list[tuple[str, str]]:
    """(deadline id, state) of every ledger row, read as another process would."""
    import sqlite3
    from contextlib import closing

    from bot.store import DB_NAME

    with closing(sqlite3.connect(state_dir / DB_NAME, timeout=10)) as db:
        return [tuple(r) for r in db.execute("SELECT deadline_id, state FROM reminders_sent")]


__all__ = ["BotProcess", "GroupHistory", "due_in", "faulty_bridge", "ledger_rows", "wait_until"]
