"""GET /healthz on the bot's own server: connected bridges, the last event, the data version, the next reminder."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from nonebot.adapters.onebot.v11 import Bot
from nonebug import App

from tests.fake import group_message

SHANGHAI = ZoneInfo("Asia/Shanghai")


async def test_healthz_answers_200_with_json(app: App):
    """curl /healthz with no bridge: 200, JSON, zero bridges, the live data's version."""
    from plugins.knowledge import live

    async with app.test_server() as ctx:
        response = await ctx.get_client().get("/healthz")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["onebot_connected"] == 0 and isinstance(body["onebot_connected"], int)
    assert body["data_version"] == live.knowledge.digest


async def test_healthz_counts_the_connected_bridge_and_notes_the_last_event(app: App, monkeypatch):
    """With a QQ bridge connected and a message received: one bridge, and when that event came."""
    from plugins import health as plugin
    from plugins.health import health

    monkeypatch.setattr(plugin, "_last_event_at", None)
    before = (await health()).as_json()
    assert before["onebot_connected"] == 0 and before["last_event_at"] is None
    async with app.test_matcher() as ctx:
        bot = ctx.create_bot(base=Bot, self_id="10000")
        ctx.receive_event(bot, group_message("各位老师辛苦了", to_me=False))  # chatter: no reply, still an event

    async with app.test_api() as ctx:
        ctx.create_bot(base=Bot, self_id="10000")
        report = (await health()).as_json()
    assert report["onebot_connected"] == 1
    assert report["last_event_at"] is not None and report["seconds_since_last_event"] >= 0


async def test_healthz_names_the_next_reminder(app: App):
    """On 11月1日 10:00 the next reminder is the site application's, on 11月14日 08:59."""
    from plugins.health import health

    report = (await health(now=datetime(2021, 11, 1, 10, 0, tzinfo=SHANGHAI))).as_json()
    assert report["next_reminder_at"] == "2021-11-14T08:59:00+08:00"
    assert report["next_reminder"] == "考核站点申报截止"


async def test_healthz_after_the_season_has_no_next_reminder(app: App):
    """Long after the season: nothing left to remind, said as null rather than a date in the past."""
    from plugins.health import health

    report = (await health(now=datetime(2026, 11, 25, 10, 0, tzinfo=SHANGHAI))).as_json()
    assert report["next_reminder_at"] is None and report["next_reminder"] is None
