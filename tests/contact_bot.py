"""The real bot with contact routing wired in front of the answering engine, for the OneBot tests of routing.

    python -m tests.contact_bot        # like `python -m bot`, same settings

The new engine calls `ContactRouter` itself; until it does, this is the smallest wiring that puts the router on
the real path (plugins/ask → delivery → OneBot): each clause is read with `find_clauses`, the clauses that route
get the router's reply, and a message with none goes to the engine as before.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.answer import Reply
from bot.live import LiveKnowledge
from bot.routing import ContactRouter
from bot.text import normalize

_CLAUSE = re.compile(r"[，,。？?！!；;\n]+")
_engine_answer = LiveKnowledge.answer
_routers: dict[int, ContactRouter] = {}


def _router(live: LiveKnowledge) -> ContactRouter:
    knowledge = live.knowledge
    if id(knowledge) not in _routers:  # a reload brings a new Knowledge: build its router once
        _routers.clear()
        _routers[id(knowledge)] = ContactRouter(knowledge)
    return _routers[id(knowledge)]


def answer(self: LiveKnowledge, question: str, now: datetime | None = None, asker: object = None) -> Reply:
    router = _router(self)
    clauses = [c for c in (normalize(part) for part in _CLAUSE.split(question)) if c]
    replies = [router.reply(f) for f in router.find_clauses(clauses) if f.routes]
    text = "\n".join(dict.fromkeys(r for r in replies if r))
    if text:
        return Reply(text, "contact")
    return _engine_answer(self, question, now=now, asker=asker)


if __name__ == "__main__":
    from bot.app import run

    LiveKnowledge.answer = answer  # type: ignore[method-assign]
    run()
