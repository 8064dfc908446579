"""GET /healthz on the bot's own web server: is a QQ bridge connected, which data is live, what comes next.

For a service manager, a container health check or a person with curl. 200 with JSON while the process
serves; whether that state is healthy is the caller's call (`onebot_connected == 0` for long means the QQ
side is down). Only with a web driver (the `onebot` adapter's `~fastapi`); the terminal-only bot has none.
"""

from __future__ import annotations

import json
from datetime import datetime

from nonebot import get_driver, get_plugin_config, logger, require
from nonebot.adapters import Bot, Event
from nonebot.drivers import URL, ASGIMixin, HTTPServerSetup, Request, Response
from nonebot.message import event_preprocessor
from nonebot.plugin import PluginMetadata

require("plugins.bridges")
require("plugins.delivery")
require("plugins.knowledge")
require("plugins.storage")

from bot.calendar import plan  # noqa: E402
from bot.health import Health  # noqa: E402
from bot.settings import Settings  # noqa: E402
from plugins.bridges import onebot_bots  # noqa: E402
from plugins.knowledge import live  # noqa: E402
from plugins.storage import get_store  # noqa: E402

__all__ = ["PATH", "health"]

__plugin_meta__ = PluginMetadata(
    name="健康检查",
    description="GET /healthz：QQ 连接数、最后一个事件的时间、数据版本、下一条提醒",
    usage="无命令。curl http://HOST:PORT/healthz",
    type="library",
    config=Settings,
    supported_adapters=None,
)

PATH = "/healthz"

settings = get_plugin_config(Settings)
driver = get_driver()
_last_event_at: datetime | None = None


@event_preprocessor
async def _note_event(bot: Bot, event: Event) -> None:
    # Heartbeats count too: a bridge that still beats is alive even when the group is quiet.
    global _last_event_at
    _last_event_at = datetime.now().astimezone()


async def health(now: datetime | None = None) -> Health:
    now = now or datetime.now().astimezone()
    knowledge = live.knowledge
    sent = await get_store().sent_keys()
    ahead = plan(knowledge.deadlines, settings.kaowu_groups, now, settings.kaowu_reminder_grace, sent).upcoming
    return Health(
        onebot_connected=len(onebot_bots()),
        last_event_at=_last_event_at,
        data_version=knowledge.digest,
        next_reminder_at=ahead[0].due_at if ahead else None,
        next_reminder=ahead[0].deadline.title if ahead else None,
        now=now,
    )


async def _healthz(request: Request) -> Response:
    body = (await health()).as_json()
    return Response(200, headers={"Content-Type": "application/json"}, content=json.dumps(body, ensure_ascii=False))


if isinstance(driver, ASGIMixin):
    driver.setup_http_server(HTTPServerSetup(URL(PATH), "GET", "healthz", _healthz))
else:
    logger.debug(f"no web server with driver {driver.type}: {PATH} is not served")
