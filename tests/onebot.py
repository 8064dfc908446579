"""Run the real bot (`python -m bot`) as a OneBot v11 server and talk to it through ../shared/tools/onebot_sim.py."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_TOOLS = ROOT.parent / "shared" / "tools"


def onebot_sim() -> Any:
    """The OneBotSim class, or skip the test when ../shared/tools is not beside the repo."""
    if not (SHARED_TOOLS / "onebot_sim.py").exists():
        pytest.skip(f"{SHARED_TOOLS}/onebot_sim.py not found (the shared folder sits beside the repo)")
    if str(SHARED_TOOLS) not in sys.path:
        sys.path.insert(0, str(SHARED_TOOLS))
    from onebot_sim import OneBotSim

    return OneBotSim


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bot_env(port: int, state_dir: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "KAOWU_ADAPTERS": "onebot",
            "DRIVER": "~fastapi+~websockets",
            "HOST": "127.0.0.1",
            "PORT": str(port),
            "KAOWU_GROUPS": json.dumps([594707089]),
            "KAOWU_STATE_DIR": str(state_dir),
            "SUPERUSERS": json.dumps(["900001"]),
            "KAOWU_RATE_LIMIT": "0",
            "KAOWU_SEND_INTERVAL": "0",
            "LOG_LEVEL": "WARNING",
        }
    )
    env.update(extra)
    return env


@asynccontextmanager
async def running_bot(tmp_path: Path, sim_token: str | None = None, **extra_env: str) -> AsyncIterator[Any]:
    """Start the bot, connect a OneBot stand-in, yield it; stop both afterwards. The log is tmp_path/bot.log."""
    sim_class = onebot_sim()
    port = free_port()
    log_path = tmp_path / "bot.log"
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot"],
            cwd=ROOT,
            env=bot_env(port, tmp_path / "state", **extra_env),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    sim = sim_class(port, token=sim_token)
    try:
        await sim.connect(timeout=60)
        sim.port = port
        yield sim
    finally:
        await sim.close()
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
