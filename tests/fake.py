"""Event factories and shared constants for the tests."""

from __future__ import annotations

import itertools
import time

from nonebot.adapters.onebot.v11 import GroupMessageEvent, Message, MessageSegment, PrivateMessageEvent

GROUP = 594707089
OTHER_GROUP = 123456
MEMBER = 20001
STAFF = 900001
SELF_ID = 10000

_ids = itertools.count(1)


def group_message(
    text: str, *, group_id: int = GROUP, user_id: int = MEMBER, to_me: bool = True, message: Message | None = None
) -> GroupMessageEvent:
    """A group message as nonebot sees it after to_me detection (nonebug skips that step)."""
    msg = message if message is not None else Message(MessageSegment.text(text))
    return GroupMessageEvent(
        time=int(time.time()),
        self_id=SELF_ID,
        post_type="message",
        sub_type="normal",
        user_id=user_id,
        message_type="group",
        group_id=group_id,
        message_id=next(_ids),
        message=msg,
        original_message=msg,
        raw_message=str(msg),
        font=14,
        sender={"user_id": user_id, "nickname": f"u{user_id}", "role": "member"},
        to_me=to_me,
    )


def private_message(text: str, *, user_id: int = MEMBER) -> PrivateMessageEvent:
    msg = Message(MessageSegment.text(text))
    return PrivateMessageEvent(
        time=int(time.time()),
        self_id=SELF_ID,
        post_type="message",
        sub_type="friend",
        user_id=user_id,
        message_type="private",
        message_id=next(_ids),
        message=msg,
        original_message=msg,
        raw_message=str(msg),
        font=14,
        sender={"user_id": user_id, "nickname": f"u{user_id}"},
        to_me=True,
    )
