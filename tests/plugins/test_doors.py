"""Doors: commands however the prefix is typed, alerts whatever form a superuser id takes, usage not crashes,
one answer per group with two accounts connected, and a database that breaks while the bot runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from nonebot.adapters.onebot.v11 import Bot
from nonebug import App

from bot.commandline import normalise_command, parse_days
from tests.fake import GROUP, MEMBER, STAFF, group_message, private_message
from tests.plugins.test_staff import TextWith, live_data, quoted, store, text  # noqa: F401  (fixtures)


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("／faq reload", "/faq reload"),
        ("/ faq reload", "/faq reload"),
        ("/\u3000faq reload", "/faq reload"),
        ("/faq  reload", "/faq reload"),
        ("／ｆａｑ\u3000ｒｅｌｏａｄ", "/faq reload"),
        ("/unanswered ①", "/unanswered 1"),
        ("/faq reload", "/faq reload"),
        ("广东谁负责", None),
        ("／", None),
    ],
)
def test_command_prefixes_as_typed(typed: str, plain: str | None):
    """Full-width slash, a space or U+3000 after it, doubled spaces: all read as the plain command."""
    assert normalise_command(typed, ["/"]) == plain


@pytest.mark.parametrize(("arg", "days"), [("", 7), ("30", 30), ("３０", 30), ("①", 1), ("0", None), ("-3", None)])
def test_days_argument(arg: str, days: int | None):
    """/unanswered's days: digits in any width; nothing else (the caller then shows the usage)."""
    assert parse_days(arg, 7, most=365) == days
    assert parse_days("1000", 7, most=365) is None and parse_days("三十", 7, most=365) is None


@pytest.mark.parametrize("typed", ["／faq reload", "/ faq reload", "/\u3000faq reload", "/faq\u3000 reload"])
async def test_staff_reload_with_any_prefix_is_a_command(app: App, live_data: Path, typed: str):  # noqa: F811
    """Staff typing the reload command with a full-width or spaced prefix get the reload, not an answer."""
    from plugins.knowledge import live

    count = len(live.knowledge.faq.faqs)
    event = private_message(typed, user_id=STAFF)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, text(f"现在有 {count} 条问答在用。\n问答没有变化。"), {"message_id": 1})
        ctx.should_finished()


async def test_member_full_width_reload_is_refused_not_answered(app: App):
    """A member's `／faq reload` in the group, not even addressed: the refusal, and nothing else."""
    from plugins.staff import REFUSAL

    event = group_message("／faq reload", user_id=MEMBER, to_me=False)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, quoted(event, REFUSAL), {"message_id": 1})
        ctx.should_finished()


@pytest.mark.parametrize("arg", ["abc", "-3", "99999", "三十"])
async def test_bad_days_get_the_usage(app: App, store, arg: str):  # noqa: F811
    """/unanswered with a bad number: one line of usage (it used to crash on ①)."""
    from plugins.staff import UNANSWERED_USAGE

    event = private_message(f"/unanswered {arg}", user_id=STAFF)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, text(UNANSWERED_USAGE), {"message_id": 1})


async def test_circled_digit_is_a_number(app: App, store):  # noqa: F811
    """/unanswered ① reads as one day (it crashed the handler before)."""
    event = private_message("/unanswered ①", user_id=STAFF)
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, text("最近 1 天没有答不上的问题。"), {"message_id": 1})


async def test_a_command_that_crashes_answers_one_line(app: App):
    """Whatever goes wrong inside a command, the sender gets one line, not silence (and the log the traceback)."""
    from plugins.guard import COMMAND_FAILED, _failed_command

    event = private_message("/help", user_id=MEMBER)
    async with app.test_api() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.should_call_send(event, text(COMMAND_FAILED), {"message_id": 1})
        await _failed_command(bot, event, ZeroDivisionError("boom"))
        await _failed_command(bot, private_message("广东谁负责"), ZeroDivisionError("not a command: no reply"))


@pytest.mark.parametrize("form", ["onebot:900001", "900001", 900001, "OneBot V11:900001"])
async def test_superuser_in_any_form_gets_alerts(app: App, monkeypatch: pytest.MonkeyPatch, form):
    """SUPERUSERS=["onebot:900001"] made commands work but alerts never leave; every form now gets them."""
    import nonebot

    from plugins.alerts import tell_staff

    monkeypatch.setattr(nonebot.get_driver().config, "superusers", {str(form)})
    async with app.test_api() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.should_call_api("send_private_msg", {"user_id": STAFF, "message": TextWith("数据")}, {"message_id": 1})
        assert await tell_staff("【考务助手】数据文件有错误")
        del bot


async def test_two_accounts_answer_a_group_question_once(app: App):
    """Two bridges (accounts 10000 and 10001) in one group deliver the same question: one answer, from one."""
    from plugins.knowledge import live

    reply = live.answer("考试费怎么交", asker=(GROUP, "someone else")).text
    async with app.test_matcher() as ctx:
        first = ctx.create_bot(base=Bot, self_id="10000")
        second = ctx.create_bot(base=Bot, self_id="10001")
        a = group_message("考试费怎么交")
        b = a.model_copy(update={"self_id": 10001})
        ctx.receive_event(first, a)
        ctx.should_call_send(a, quoted(a, reply), {"message_id": 1}, bot=first)
        ctx.receive_event(second, b)  # the same message through the other account: ignored
        ctx.should_finished()


async def test_database_that_breaks_while_running_is_reported_once_and_replaced(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The connection breaks (malformed): staff hear once, /unanswered still answers from a fresh connection."""
    import nonebot

    import plugins.storage as storage
    from bot.store import Store

    real = await Store.open(tmp_path / "state")
    monkeypatch.setattr(storage, "_store", real)
    monkeypatch.setattr(storage, "_told", False)
    monkeypatch.setattr(nonebot.get_driver().config, "superusers", {str(STAFF)})
    monkeypatch.setattr("plugins.staff.get_store", storage.get_store)

    class Malformed:
        def execute(self, *args, **kwargs):
            raise sqlite3.DatabaseError("database disk image is malformed")

        async def close(self) -> None:
            pass

    monkeypatch.setattr(real, "_db", Malformed())
    try:
        async with app.test_matcher() as ctx:
            bot = ctx.create_bot(base=Bot, self_id="10000")
            event = private_message("/unanswered", user_id=STAFF)
            ctx.receive_event(bot, event)
            ctx.should_call_api(
                "send_private_msg", {"user_id": STAFF, "message": TextWith("状态数据库出错了")}, {"message_id": 1}
            )
            ctx.should_call_send(event, text("最近 7 天没有答不上的问题。"), {"message_id": 2})
        monkeypatch.setattr(real, "_db", Malformed())  # breaks again: fixed again, staff not told twice
        assert await storage.get_store().sent_keys() == set()
    finally:
        await real.close()
    assert GROUP
