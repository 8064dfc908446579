"""One paced way out: every message the bot sends to a chat goes through the `courier`.

Each chat (a group, or one person in private) has an outbox (bot/outbox.py decides what leaves next: urgent
posts first, merged replies under load, a short notice for what came too late) and one worker that sends
its batches at most one per KAOWU_SEND_INTERVAL, counted from the end of the previous send. Text that came
from anyone is always a text segment, never parsed for CQ codes; only askers are ever @-ed.

Which connection a message leaves on is decided when it leaves, not when it was queued: the answer to a
question can be ready after the bridge that brought it dropped (answering runs off the event loop). A group's
message goes through the account the group's latest question or post came through while that one is
connected, else through the account that speaks for the group now (plugins/bridges); a private chat waits
for its own account, since another one is usually no friend of the person.

Failures, in one line of log each with the reason (OneBot's retcode, a timeout, no connection):
- no connection for the chat (or it drops while a send is in flight): replies wait in their outbox and
  leave on the next connection, as answers while fresh and as the notice once stale; urgent posts fail at
  once, so reminders stay due in the ledger and the flush on reconnect sends them;
- QQ refuses a merged-forward message: that group gets plain merged messages from then on;
- QQ refuses anything else: `reply` gives up on it (the member can ask again; a chat handler must not die
  over it), while `send_group` and `send_private` raise, so reminders can retry.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import nonebot
from nonebot import get_driver, get_plugin_config, logger, require
from nonebot.adapters import Bot, Event
from nonebot.exception import ActionFailed, ApiNotAvailable, NetworkError
from nonebot.plugin import PluginMetadata

require("plugins.bridges")

from bot.outbox import QUEUE_BOUND, Asker, Batch, Kind, Letter, Outbox  # noqa: E402
from bot.settings import Settings  # noqa: E402
from plugins.bridges import speaker  # noqa: E402

__plugin_meta__ = PluginMetadata(
    name="消息发送",
    description="所有发出的消息按群排队、控制间隔；提醒优先，忙时合并回复",
    usage=(
        "无命令。KAOWU_SEND_INTERVAL 设置同一群两条消息之间的最少秒数（0 为不限）。"
        "截止提醒和管理员通知排在回复前面；很多人同时提问时，回复合并成一条（每段前 @ 提问的人）"
        "或一条合并转发消息。"
    ),
    type="library",
    supported_adapters={"~onebot.v11", "~console"},
    config=Settings,
)

settings = get_plugin_config(Settings)
driver = get_driver()

Chat = tuple[str, int | str]  # ("group", group_id) or ("user", user_id)
SEND_FAILURES = (ActionFailed, NetworkError, ApiNotAvailable)
FORWARD_QUESTION_CHARS = 30  # the question named above an answer in a forward message, cut to one line


@dataclass(eq=False)
class Ticket:
    """What the courier needs to send a letter and to tell its sender the outcome."""

    future: asyncio.Future[Any]
    bot_id: str
    event: Event | None = None  # a reply: sent with bot.send(event, …), which quotes the question
    post: Callable[[Bot], Awaitable[Any]] | None = None  # a reminder or alert: the API call itself
    transport_errors: int = 0  # sends that failed below OneBot (a socket closing under them)


class NotConnected(ApiNotAvailable):
    """No OneBot connection to send on, or the one a send was using went away before the bridge answered."""

    def __init__(self, reason: str = "no OneBot connection"):
        super().__init__("delivery", reason)
        self.reason = reason


def account_for(chat: Chat, bot_id: str) -> Bot | None:
    """The connection a chat's next message leaves on, asked each time one leaves; None when there is none.

    `bot_id` is the account the chat last spoke with. A group falls back to its speaker when that account
    is gone; a private chat does not.
    """
    bot = nonebot.get_bots().get(bot_id)
    if bot is not None or chat[0] != "group":
        return bot
    return speaker(int(chat[1]))


class Courier:
    """The per-chat outboxes and their workers; `clock` and `sleep` are parameters so tests never sleep.

    `account_for(chat, bot_id)` names the connection a message leaves on when its turn comes.
    """

    def __init__(
        self,
        interval: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        bound: int = QUEUE_BOUND,
        account_for: Callable[[Chat, str], Bot | None] = account_for,
    ):
        self.interval = interval
        self.bound = bound
        self.clock = clock
        self._sleep = sleep
        self._account_for = account_for
        self._boxes: dict[Chat, Outbox] = {}
        self._bot_ids: dict[Chat, str] = {}
        self._workers: dict[Chat, asyncio.Task[None]] = {}
        self._last: dict[Chat, float] = {}
        self._in_flight: dict[Chat, tuple[Bot, asyncio.Future[Any]]] = {}
        self._no_forward: set[Chat] = set()
        self._reconnect: asyncio.Event | None = None

    async def send(
        self,
        chat: Chat,
        bot: Bot,
        letter: Letter,
        ticket_event: Event | None = None,
        post: Callable[[Bot], Awaitable[Any]] | None = None,
    ) -> Any:
        """Queue a letter and wait until it has left (its result), was given up (None) or failed (raises)."""
        if letter.urgent and self._account_for(chat, str(bot.self_id)) is None:
            raise NotConnected()  # a reminder must not wait for a connection: the flush on reconnect sends it
        box = self._boxes.get(chat)
        if box is None:
            box = self._boxes[chat] = Outbox(mergeable=chat[0] == "group", bound=self.bound)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        letter.ticket = Ticket(future, str(bot.self_id), ticket_event, post)
        letter.asked_at = self.clock()
        box.put(letter)
        self._bot_ids[chat] = str(bot.self_id)
        if chat not in self._workers:
            self._workers[chat] = asyncio.create_task(self._work(chat))
        try:
            return await future
        except asyncio.CancelledError:
            box.remove(letter)  # the sender gave up waiting: the letter no longer needs to go out
            raise

    # ------------------------------------------------------------ connection events

    def connected(self) -> None:
        """A OneBot connection came up: outboxes waiting for one carry on."""
        if self._reconnect is not None:
            self._reconnect.set()
            self._reconnect = None

    def disconnected(self, bot: Bot) -> None:
        """A connection went down: sends in flight on it will never be answered, so stop waiting for them."""
        for sending_bot, task in list(self._in_flight.values()):
            if sending_bot is bot:
                task.cancel()

    # ------------------------------------------------------------ the worker

    async def _work(self, chat: Chat) -> None:
        box = self._boxes[chat]
        try:
            while box:
                wait = self._last.get(chat, float("-inf")) + self.interval - self.clock()
                if wait > 0:
                    await self._sleep(wait)
                bot = self._account_for(chat, self._bot_ids[chat])
                if bot is None:
                    await self._wait_for_connection(box)
                    continue
                waiting = box.replies_waiting
                batch = box.take(self.clock(), self.interval, forward=chat not in self._no_forward)
                if batch is None:
                    break
                if batch.kind is not Kind.ALONE:
                    logger.info(
                        f"{chat[0]} {chat[1]}: {waiting} replies waiting; {len(batch.letters)} of them "
                        f"({len(batch.parts)} answers, {batch.askers} askers) sent as one {batch.kind.value} message"
                    )
                await self._send_batch(chat, bot, batch, box)
        except Exception as e:  # a bug here must not leave every sender of this chat waiting for ever
            logger.opt(exception=e).error(f"send queue of {chat[0]} {chat[1]} stopped")
            for letter in box.take_urgent():
                _settle(letter, error=e)
            while (batch := box.take(self.clock(), 0, forward=False)) is not None:
                for letter in batch.letters:
                    _settle(letter, None)
        finally:
            self._workers.pop(chat, None)
            if not box:  # a private chat that went quiet costs nothing (its pace is still in _last)
                self._boxes.pop(chat, None)

    async def _wait_for_connection(self, box: Outbox) -> None:
        for letter in box.take_urgent():  # reminders stay due in their ledger; the flush on reconnect sends them
            _settle(letter, error=NotConnected())
        if box:
            if self._reconnect is None:
                self._reconnect = asyncio.Event()
            await self._reconnect.wait()

    async def _send_batch(self, chat: Chat, bot: Bot, batch: Batch, box: Outbox) -> None:
        task = asyncio.ensure_future(_post(chat, bot, batch))
        self._in_flight[chat] = (bot, task)
        try:
            await asyncio.wait({task})
        finally:
            self._in_flight.pop(chat, None)
            self._last[chat] = self.clock()  # a failed attempt counts towards the spacing too
        error = NotConnected("the OneBot connection dropped") if task.cancelled() else task.exception()
        if error is None:
            result = task.result()
            for letter in batch.letters:
                _settle(letter, result)
            return
        reason = failure_reason(error)
        if self._lost(chat, bot, error, batch):
            logger.warning(f"{chat[0]} {chat[1]}: connection lost ({reason}); replies wait for the next one")
            for letter in batch.letters:
                if letter.urgent:
                    _settle(letter, error=error)
            box.put_back(batch.letters)
            return
        if batch.kind is Kind.FORWARD and isinstance(error, ActionFailed):
            logger.warning(f"group {chat[1]} refused a merged-forward message ({reason}); merging into plain text")
            self._no_forward.add(chat)
            box.put_back(batch.letters)
            return
        if batch.letters[0].urgent:
            _settle(batch.letters[0], error=error)
            return
        whom = "reply" if batch.kind is Kind.ALONE else f"{len(batch.letters)} merged replies"
        logger.warning(f"{whom} to {chat[0]} {chat[1]} not sent: {reason}")
        for letter in batch.letters:
            _settle(letter, None)

    def _lost(self, chat: Chat, bot: Bot, error: BaseException, batch: Batch) -> bool:
        """Did the send fail because the connection went away (so its replies should wait for the next one)?

        A socket that closes under a send raises the web framework's own error, sometimes before nonebot
        has noticed the disconnect; such an error counts as a lost connection once per letter, so a bug
        that raises every time cannot keep a reply circling for ever.
        """
        if isinstance(error, ApiNotAvailable) or self._account_for(chat, str(bot.self_id)) is not bot:
            return True
        if isinstance(error, ActionFailed | NetworkError):
            return False
        tickets = [letter.ticket for letter in batch.letters]
        first = all(t.transport_errors == 0 for t in tickets)
        for t in tickets:
            t.transport_errors += 1
        return first


def _settle(letter: Letter, result: Any = None, error: BaseException | None = None) -> None:
    future = letter.ticket.future
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


async def _post(chat: Chat, bot: Bot, batch: Batch) -> Any:
    if batch.kind is Kind.ALONE:
        letter = batch.letters[0]
        ticket: Ticket = letter.ticket
        if ticket.post is not None:
            return await ticket.post(bot)
        return await bot.send(ticket.event, _text_message(bot, batch.text, batch.quote))
    if batch.kind is Kind.MERGED:
        return await bot.call_api("send_group_msg", group_id=chat[1], message=_merged_message(batch))
    return await bot.call_api("send_group_forward_msg", group_id=chat[1], messages=_forward_nodes(bot, batch))


courier = Courier(settings.kaowu_send_interval)


@driver.on_bot_connect
async def _connected() -> None:
    courier.connected()


@driver.on_bot_disconnect
async def _disconnected(bot: Bot) -> None:
    courier.disconnected(bot)


# ---------------------------------------------------------------- messages


def _text_message(bot: Bot, text: str, reply_to: Any = None) -> Any:
    from nonebot.adapters.onebot.v11 import Bot as OneBotV11
    from nonebot.adapters.onebot.v11 import Message, MessageSegment

    if isinstance(bot, OneBotV11):
        msg = Message()
        if reply_to is not None:
            msg.append(MessageSegment.reply(int(reply_to)))
        msg.append(MessageSegment.text(text))
        return msg
    from nonebot.adapters.console import MessageSegment as ConsoleSegment

    return ConsoleSegment.text(text)


def _merged_message(batch: Batch) -> Any:
    """An @ of each asker before their part; each part on its own lines."""
    from nonebot.adapters.onebot.v11 import Message, MessageSegment

    msg = Message()
    for i, part in enumerate(batch.parts):
        for asker in part.askers:
            msg.append(MessageSegment.at(asker.user_id))
        end = "\n" if i < len(batch.parts) - 1 else ""
        msg.append(MessageSegment.text(" " + part.text + end))
    return msg


def _forward_nodes(bot: Bot, batch: Batch) -> list[Any]:
    """A node per answer, headed by its askers' names (and the question, for one asker); a header first."""
    from nonebot.adapters.onebot.v11 import Message, MessageSegment

    nickname = next(iter(driver.config.nickname), "考务助手")

    def node(text: str) -> MessageSegment:
        # user_id/nickname as OneBot v11 names them; uin/name as go-cqhttp and Lagrange read them
        data = {"user_id": str(bot.self_id), "nickname": nickname, "uin": str(bot.self_id), "name": nickname}
        return MessageSegment("node", {**data, "content": Message(MessageSegment.text(text))})

    nodes = [node(f"刚才提问的老师很多，{batch.askers}位的回答合在这里，点开按自己的名字找。")]
    for part in batch.parts:
        who = " ".join(f"@{a.name}" for a in part.askers)
        question = " ".join(part.question.split())
        if len(question) > FORWARD_QUESTION_CHARS:
            question = question[: FORWARD_QUESTION_CHARS - 1] + "…"
        head = f"{who} 问「{question}」：" if question else f"{who}："
        nodes.append(node(f"{head}\n{part.text}"))
    return nodes


def failure_reason(e: BaseException) -> str:
    """One line a person can act on: OneBot's retcode and wording, a timeout, or no connection."""
    info = getattr(e, "info", None)
    if isinstance(info, dict):
        words = info.get("wording") or info.get("msg") or info.get("message") or ""
        return f"retcode={info.get('retcode')} {words}".strip()
    if isinstance(e, NotConnected):
        return e.reason
    if isinstance(e, ApiNotAvailable):
        return "no OneBot connection"
    return getattr(e, "msg", None) or repr(e)


def _asker(event: Event) -> Asker:
    user_id = str(event.get_user_id())
    sender = getattr(event, "sender", None)
    name = getattr(sender, "card", None) or getattr(sender, "nickname", None) or user_id
    return Asker(user_id, " ".join(str(name).split()) or user_id)  # one line, to head a forward node


def _chat(event: Event) -> Chat:
    group_id = getattr(event, "group_id", None)
    # the same keys as send_group / send_private, so a reply and a reminder to one group share its queue
    return ("group", int(group_id)) if group_id is not None else ("user", str(event.get_user_id()))


# ---------------------------------------------------------------- the ways out


async def reply(bot: Bot, event: Event, text: str) -> Any:
    """Answer the event's sender in the same chat, quoting the question in a group.

    Under load the answer may leave merged with others, or as the short notice when it came too late.
    Returns None when the send failed; the failure is logged, not raised.
    """
    chat = _chat(event)
    letter = Letter(
        text,
        asker=_asker(event),
        question=event.get_plaintext(),
        quote=getattr(event, "message_id", None) if chat[0] == "group" else None,
    )
    return await courier.send(chat, bot, letter, ticket_event=event)


async def send_group(bot: Bot, group_id: int, text: str) -> Any:
    """Post to a group (reminders), ahead of every member reply. Raises when the send fails, so it can retry."""

    def post(b: Bot) -> Awaitable[Any]:
        return b.call_api("send_group_msg", group_id=group_id, message=_text_message(b, text))

    try:
        return await courier.send(("group", int(group_id)), bot, Letter(text), post=post)
    except SEND_FAILURES as e:
        logger.warning(f"message to group {group_id} not sent: {failure_reason(e)}")
        raise


async def send_private(bot: Bot, user_id: int | str, text: str) -> Any:
    """Tell one person (staff alerts), ahead of replies. Raises when the send fails, like send_group."""
    try:
        uid = int(user_id)
    except ValueError:
        logger.warning(f"superuser {user_id!r} is not a QQ number; not messaged")
        return None

    def post(b: Bot) -> Awaitable[Any]:
        return b.call_api("send_private_msg", user_id=uid, message=_text_message(b, text))

    try:
        return await courier.send(("user", str(uid)), bot, Letter(text), post=post)
    except SEND_FAILURES as e:
        logger.warning(f"message to {uid} not sent: {failure_reason(e)}")
        raise
