"""The QQ side of the bot, for tests: a small OneBot v11 bridge that connects to `python -m bot`.

It plays the part NapCat or Lagrange plays in production: it dials the bot's reverse WebSocket
(`ws://127.0.0.1:PORT/onebot/v11/ws`, with the access token when one is set), announces itself with a
lifecycle and a heartbeat event, pushes message events in the array form NapCat sends, answers every API
call the bot makes with a plausible result, and records each message the bot sends.

Only what this project's tests need: group and private messages, an @ of the bot, a result override for a
refused send, and the sent messages as text plus segments.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import websockets

__all__ = [
    "Bridge",
    "BridgeRefused",
    "Sent",
    "bot_env",
    "free_port",
    "running_bot",
    "start_bot",
    "stop_bot",
    "wait_for_http",
]

ROOT = Path(__file__).resolve().parents[1]
SELF_ID = 10000
SEND_ACTIONS = frozenset({"send_msg", "send_group_msg", "send_private_msg", "send_group_forward_msg"})
WS_PATH = "/onebot/v11/ws"


class BridgeRefused(RuntimeError):
    """The bot did not let the bridge in (wrong or missing token), or never came up."""


def cq_escape(text: str) -> str:
    """Text as it appears in a raw_message (OneBot's CQ-code escaping)."""
    return text.replace("&", "&amp;").replace("[", "&#91;").replace("]", "&#93;")


@dataclass
class Sent:
    """One message the bot sent: the API call, its text and its segments (array form)."""

    action: str
    params: dict[str, Any]
    segments: list[dict[str, Any]]
    at: float = field(default_factory=time.monotonic)

    @property
    def text(self) -> str:
        return "".join(str(s["data"].get("text", "")) for s in self.segments if s["type"] == "text")

    @property
    def group_id(self) -> int | None:
        if self.action in ("send_group_msg", "send_group_forward_msg") or self.params.get("message_type") == "group":
            return int(self.params["group_id"])
        return None

    @property
    def user_id(self) -> int | None:
        if self.action == "send_private_msg" or self.params.get("message_type") == "private":
            return int(self.params["user_id"])
        return None

    def quotes(self, message_ids: set[int]) -> bool:
        """Whether this message quotes (a `reply` segment) one of `message_ids`."""
        return any(s["type"] == "reply" and int(s["data"]["id"]) in message_ids for s in self.segments)


def _segments(message: Any) -> list[dict[str, Any]]:
    # nonebot's OneBot adapter sends the array form; a plain string would be CQ-coded text, which this bot
    # never sends (user text must stay text), so a string is kept as one text segment to make that visible.
    if isinstance(message, str):
        return [{"type": "text", "data": {"text": message}}]
    if isinstance(message, dict):
        return [message]
    return [{"type": s["type"], "data": dict(s.get("data") or {})} for s in message or []]


class Bridge:
    """A OneBot v11 implementation stand-in connected to the bot over reverse WebSocket."""

    def __init__(self, port: int, token: str | None = None, self_id: int = SELF_ID):
        self.port = port
        self.url = f"ws://127.0.0.1:{port}{WS_PATH}"
        self.token = token
        self.self_id = self_id
        self.sent: list[Sent] = []  # every message the bot sent, in order
        self.api_calls: list[dict[str, Any]] = []
        # `respond(action, params)` may return a result frame to use instead of the default (a refused send…)
        self.respond: Callable[[str, dict[str, Any]], dict[str, Any] | None] = lambda action, params: None
        self._ids = itertools.count(1000)
        self._new = asyncio.Event()
        self._ws: Any = None
        self._reader: asyncio.Task[None] | None = None

    # ------------------------------------------------------------ the connection

    async def connect(self, timeout: float = 30.0) -> None:
        """Dial until the bot accepts (it may still be starting), then announce the connection."""
        headers = {"X-Self-ID": str(self.self_id), "X-Client-Role": "Universal", "User-Agent": "OneBot/11"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._ws = await websockets.connect(self.url, additional_headers=headers, max_size=None)
                break
            except websockets.InvalidStatus as e:  # the server is up and said no: retrying will not help
                raise BridgeRefused(f"{self.url} refused the bridge: HTTP {e.response.status_code}") from e
            except OSError as e:
                if time.monotonic() > deadline:
                    raise BridgeRefused(f"could not connect to {self.url}: {e!r}") from e
                await asyncio.sleep(0.2)
        self._reader = asyncio.create_task(self._serve())
        now = int(time.time())
        await self.push({"time": now, "self_id": self.self_id, "post_type": "meta_event",
                         "meta_event_type": "lifecycle", "sub_type": "connect"})  # fmt: skip
        await self.push({"time": now, "self_id": self.self_id, "post_type": "meta_event",
                         "meta_event_type": "heartbeat", "status": {"online": True, "good": True},
                         "interval": 30000})  # fmt: skip
        # The bot asks for nothing when it connects; a round trip tells us it has registered the connection.
        await asyncio.sleep(0.3)

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
        if self._ws is not None:
            await self._ws.close()

    async def push(self, event: dict[str, Any]) -> None:
        """Send one event (or frame) to the bot as it is."""
        await self._ws.send(json.dumps(event, ensure_ascii=False))

    async def _serve(self) -> None:
        """Answer the bot's API calls and record what it sends."""
        try:
            async for raw in self._ws:
                call = json.loads(raw)
                action, params = call.get("action"), call.get("params") or {}
                if not action:
                    continue
                self.api_calls.append(call)
                if action in SEND_ACTIONS:
                    # a merged-forward message carries its nodes in `messages`
                    self.sent.append(Sent(action, params, _segments(params.get("message", params.get("messages")))))
                    self._new.set()
                frame = self.respond(action, params) or {
                    "status": "ok", "retcode": 0, "data": self._result(action, params)}  # fmt: skip
                await self.push(frame | {"echo": call.get("echo")})
        except (websockets.ConnectionClosed, asyncio.CancelledError):
            pass

    def _result(self, action: str, params: dict[str, Any]) -> Any:
        if action in SEND_ACTIONS:
            return {"message_id": next(self._ids)}
        if action == "get_login_info":
            return {"user_id": self.self_id, "nickname": "考务助手"}
        if action == "get_group_member_info":
            user_id = int(params.get("user_id", 0))
            return {"group_id": int(params.get("group_id", 0)), "user_id": user_id, "nickname": f"u{user_id}",
                    "card": "", "role": "member"}  # fmt: skip
        return None

    # ------------------------------------------------------------ events

    def message_event(self, message_type: str, user_id: int, segments: list[dict[str, Any]], **extra: Any) -> dict:
        """A message event the way NapCat sends one (its extra fields included)."""
        message_id = next(self._ids)
        raw = "".join(
            cq_escape(s["data"]["text"]) if s["type"] == "text"
            else f"[CQ:{s['type']},{','.join(f'{k}={v}' for k, v in s['data'].items())}]"
            for s in segments
        )  # fmt: skip
        return {
            "time": int(time.time()),
            "self_id": self.self_id,
            "post_type": "message",
            "message_type": message_type,
            "message_id": message_id,
            "message_seq": message_id,
            "real_id": message_id,
            "message_format": "array",
            "user_id": user_id,
            "message": segments,
            "raw_message": raw,
            "font": 14,
            "sender": {"user_id": user_id, "nickname": f"u{user_id}", "card": "", "role": "member"},
            **extra,
        }

    async def group_segments(self, group_id: int, user_id: int, segments: list[dict[str, Any]]) -> int:
        """A group message made of exactly these segments; returns its message id."""
        event = self.message_event("group", user_id, segments, sub_type="normal", group_id=group_id, anonymous=None)
        await self.push(event)
        return event["message_id"]

    async def group_message(self, group_id: int, user_id: int, text: str, at_bot: bool = True) -> int:
        """A member writes in a group, by default @-ing the bot first; returns the message id."""
        segments = [{"type": "text", "data": {"text": (" " if at_bot else "") + text}}]
        if at_bot:
            segments.insert(0, {"type": "at", "data": {"qq": str(self.self_id), "name": "考务助手"}})
        return await self.group_segments(group_id, user_id, segments)

    async def private_message(self, user_id: int, text: str) -> int:
        event = self.message_event("private", user_id, [{"type": "text", "data": {"text": text}}], sub_type="friend")
        await self.push(event)
        return event["message_id"]

    # ------------------------------------------------------------ what the bot said

    async def replies(self, since: int, first_timeout: float = 3.0, quiet: float = 0.4) -> list[Sent]:
        """Messages sent after the first `since`: wait up to `first_timeout` for one, then until `quiet`."""
        limit = quiet if len(self.sent) > since else first_timeout
        while True:
            self._new.clear()
            try:
                await asyncio.wait_for(self._new.wait(), limit)
            except asyncio.TimeoutError:
                return self.sent[since:]
            limit = quiet

    async def ask_group(self, group_id: int, user_id: int, text: str, at_bot: bool = True, **wait: float) -> list[Sent]:
        since = len(self.sent)
        await self.group_message(group_id, user_id, text, at_bot=at_bot)
        return await self.replies(since, **wait)

    async def ask_private(self, user_id: int, text: str, **wait: float) -> list[Sent]:
        since = len(self.sent)
        await self.private_message(user_id, text)
        return await self.replies(since, **wait)

    async def next_sent(self, index: int, timeout: float) -> Sent | None:
        """The bot's message number `index` (0-based, in arrival order), once it comes (None after `timeout`)."""
        deadline = time.monotonic() + timeout
        while len(self.sent) <= index:
            if time.monotonic() > deadline:
                return None
            self._new.clear()
            with suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._new.wait(), max(0.0, deadline - time.monotonic()))
        return self.sent[index]

    async def reply_to(self, message_id: int, timeout: float) -> Sent | None:
        """The bot's message quoting `message_id`, once it comes (None after `timeout`)."""
        deadline = time.monotonic() + timeout
        while True:
            found = next((s for s in self.sent if s.quotes({message_id})), None)
            if found is not None or time.monotonic() > deadline:
                return found
            self._new.clear()
            with suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._new.wait(), max(0.0, deadline - time.monotonic()))


# ---------------------------------------------------------------- running the real bot


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bot_env(port: int, state_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a `python -m bot` serving OneBot on 127.0.0.1:port with its own state folder."""
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


async def wait_for_http(port: int, path: str = "/healthz", timeout: float = 60.0) -> tuple[int, bytes]:
    """GET http://127.0.0.1:port/path once the server answers; (status, body)."""
    deadline = time.monotonic() + timeout
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()
    while True:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.2)
            continue
        writer.write(request)
        response = await reader.read()
        writer.close()
        head, _, body = response.partition(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        if b"transfer-encoding: chunked" in head.lower():
            body = _unchunk(body)
        return status, body


def _unchunk(body: bytes) -> bytes:
    out = b""
    while body:
        size_line, _, rest = body.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            break
        out, body = out + rest[:size], rest[size + 2 :]
    return out


def start_bot(port: int, state_dir: Path, log_path: Path, cwd: Path = ROOT, **extra_env: str) -> subprocess.Popen:
    """`python -m bot` serving OneBot on 127.0.0.1:port, its output appended to `log_path`."""
    with open(log_path, "ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "bot"],
            cwd=cwd,
            env=bot_env(port, state_dir, **extra_env),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )


def stop_bot(proc: subprocess.Popen) -> None:
    """SIGTERM (nonebot shuts down cleanly), SIGKILL after 10 s."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@asynccontextmanager
async def running_bot(tmp_path: Path, token: str | None = None, **extra_env: str) -> AsyncIterator[Bridge]:
    """Start `python -m bot` in the repo, connect a bridge, yield it; stop both. The log is tmp_path/bot.log."""
    port = free_port()
    proc = start_bot(port, tmp_path / "state", tmp_path / "bot.log", **extra_env)
    bridge = Bridge(port, token=token)
    try:
        await bridge.connect(timeout=60)
        yield bridge
    finally:
        await bridge.close()
        stop_bot(proc)
