"""Whom each of the bot's group messages answers, as the OneBot stand-in recorded them (for the benchmarks).

A reply sent alone quotes its question (a `reply` segment). A merged message puts each asker's @ before their
part. A merged-forward message heads each node with the askers' names (`@u100001`, the stand-in's nicknames).
Each answer is either the real answer or the short notice the bot sends for what came too late.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.outbox import LATE_NOTICE

__all__ = ["Answer", "answers_in"]

NAME = re.compile(r"@u(\d+)")


@dataclass(frozen=True)
class Answer:
    member: int
    at: float  # when the stand-in received the message (monotonic)
    kind: str  # alone, merged or forward
    notice: bool  # the short notice, not the answer
    question_id: int | None = None  # the quoted question, for a reply sent alone


def answers_in(sent: Any, asked_by: dict[int, int]) -> list[Answer]:
    """The answers one recorded message carries; `asked_by` maps a question's message id to its asker."""
    if sent.action == "send_group_forward_msg":
        out = []
        for node in sent.segments[1:]:  # the first node is the header
            text = _text(node["data"].get("content", []))
            head = text.split("\n", 1)[0]
            out += [Answer(int(m), sent.at, "forward", LATE_NOTICE in text) for m in NAME.findall(head)]
        return out
    segments = sent.segments
    quoted = [int(s["data"]["id"]) for s in segments if s["type"] == "reply"]
    if quoted:
        question = quoted[0]
        if question not in asked_by:
            return []
        return [Answer(asked_by[question], sent.at, "alone", LATE_NOTICE in sent.text, question)]
    out, askers = [], []
    for s in segments:
        if s["type"] == "at":
            askers.append(int(s["data"]["qq"]))
        elif s["type"] == "text" and askers:
            notice = s["data"]["text"].strip() == LATE_NOTICE
            out += [Answer(m, sent.at, "merged", notice) for m in askers]
            askers = []
    return out


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    return "".join(str(s.get("data", {}).get("text", "")) for s in content if s.get("type") == "text")
