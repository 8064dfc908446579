"""The command table: /help, /reminders, /faq reload, … all dispatched by the one message matcher in ask.py.

Every nonebot matcher costs each incoming message its own permission and rule check (about 0.7 ms each on
this stack, measured with tools/bench_latency.py); four command matchers doubled the reply latency of every
question. So commands are plain handlers registered here, and plugins/ask.py is the only message matcher.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from nonebot import get_driver
from nonebot.adapters import Bot, Event
from nonebot.plugin import PluginMetadata

__plugin_meta__ = PluginMetadata(
    name="命令表",
    description="所有命令的登记处",
    usage="无命令。其他插件用 @command(...) 登记命令。",
)

Handler = Callable[[Bot, Event, str], Awaitable[None]]


@dataclass(frozen=True)
class Command:
    names: tuple[str, ...]
    handler: Handler


_by_name: dict[str, Command] = {}
_names_longest_first: list[str] = []


def command(*names: str) -> Callable[[Handler], Handler]:
    """Register `handler(bot, event, arg)` under each name (a name may hold a space: 'faq reload')."""

    def register(handler: Handler) -> Handler:
        cmd = Command(names, handler)
        for name in names:
            _by_name[name.lower()] = cmd
        _names_longest_first[:] = sorted(_by_name, key=len, reverse=True)
        return handler

    return register


def _starts() -> list[str]:
    return sorted(get_driver().config.command_start, key=len, reverse=True)


def match(text: str) -> tuple[Command, str] | None:
    """'/faq reload' → (the reload command, ''); '/unanswered 30' → (…, '30'); anything else → None."""
    text = text.strip()
    for start in _starts():
        if start and text.startswith(start):
            rest = text[len(start) :].lstrip()
            break
    else:
        return None
    lowered = rest.lower()
    for name in _names_longest_first:
        if lowered.startswith(name) and (len(rest) == len(name) or rest[len(name)].isspace()):
            return _by_name[name], rest[len(name) :].strip()
    return None
