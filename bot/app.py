"""Start-up: nonebot.init, the adapters named in the settings, the plugins. Nothing else."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from .settings import Settings

__all__ = ["read_settings", "run", "startup_problems"]

PLUGINS = ("plugins.guard", "plugins.ask", "plugins.staff", "plugins.reminders", "plugins.health")


def _environment_overrides() -> dict[str, Any]:
    """KAOWU_* variables from the environment.

    nonebot reads an environment variable for a custom key only when a .env file names that key; a deployer
    who sets KAOWU_GROUPS in systemd or docker must not depend on that, so they are passed in explicitly
    (the environment still wins over the files, as nonebot's own keys do).
    """
    out: dict[str, Any] = {}
    for key, value in os.environ.items():
        if key.upper().startswith("KAOWU_"):
            try:
                out[key.lower()] = json.loads(value)
            except ValueError:
                out[key.lower()] = value
    return out


def _nonebot_config() -> Any:
    """The same .env / .env.{ENVIRONMENT} / environment merge nonebot.init does, without a driver."""
    from nonebot.config import Config, Env

    env = Env()
    return Config(**_environment_overrides(), _env_file=(".env", f".env.{env.environment}"))


def _dotenv(name: str) -> dict[str, str | None]:
    from dotenv import dotenv_values

    path = Path(name).expanduser()
    return {k.lower(): v for k, v in dotenv_values(path, encoding="utf-8").items()} if path.is_file() else {}


def _kaowu_config() -> dict[str, Any]:
    """The KAOWU_* keys as `_nonebot_config()` reads them, without importing nonebot (0.1 s and 13 MB that `ask`
    and `check` need nothing else of). nonebot's rules for a key of ours: `.env`, then `.env.{ENVIRONMENT}`;
    a key a file names takes the environment's value if it has one; a value that parses as JSON is JSON. Then
    the KAOWU_* variables of the environment win (`_environment_overrides`). tests/core/test_dates_settings.py
    checks that both readers agree."""
    environ = {k.lower(): v for k, v in os.environ.items()}
    environment = environ.get("environment") or _dotenv(".env").get("environment") or "prod"
    files = {**_dotenv(".env"), **_dotenv(f".env.{environment}")}
    out: dict[str, Any] = {}
    for key in files:
        if key.startswith("kaowu_"):
            value: Any = environ.get(key, files[key])
            if value and value.strip():
                with contextlib.suppress(ValueError):  # not JSON: the text itself
                    value = json.loads(value.strip())
            out[key] = value
    return {**out, **_environment_overrides()}


def read_settings() -> Settings:
    """KAOWU_* settings for the command line (the plugins read theirs with get_plugin_config)."""
    return Settings.model_validate(_kaowu_config())


def use_state_dir(settings: Settings) -> None:
    """Caches that only save time (sample embeddings, jieba's parsed dictionary) live in KAOWU_STATE_DIR."""
    from . import faq, semantic

    state = Path(settings.kaowu_state_dir)
    try:
        state.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # startup_problems says why; without a cache the bot is only slower to start
    semantic.configure(cache_dir=state)
    faq.set_cache_dir(str(state))


def startup_problems(settings: Settings) -> list[str]:
    """What would stop the bot from serving, one line each for the operator; empty when it can start.

    Checked before nonebot starts: a plugin that fails at import is only logged by nonebot, and the bot would
    come up deaf. The data must load (each problem as `path:line: message`), and the state folder must take a
    database.
    """
    from .knowledge import DataError, load
    from .live import keep_for_start
    from .store import DB_NAME, StoreError, check_state_dir, prepare_database

    data_dir = settings.kaowu_data_dir
    try:
        keep_for_start(data_dir, load(data_dir))  # the knowledge plugin takes this load instead of a second one
    except DataError as e:
        return [f"数据文件有错误，机器人没有启动（KAOWU_DATA_DIR={data_dir}）："] + [
            f"{data_dir / p.file}:{p.line}: {p.message}" for p in e.problems
        ]
    # Plain sqlite3 only, closed before nonebot starts: no worker thread may outlive a refusal.
    state_dir = Path(settings.kaowu_state_dir)
    try:
        check_state_dir(state_dir)
        prepare_database(state_dir / DB_NAME)
    except StoreError as e:
        return [str(e)]
    return []


def _log_only_at_level(level: int | str) -> None:
    """Re-add nonebot's log handler with its level set on the handler itself.

    nonebot adds its handler at level 0 and filters by LOG_LEVEL afterwards, so loguru formats every
    debug and success line (several per message) only to throw it away; with the level on the handler,
    loguru drops those lines before doing any work. Same output, about a millisecond less per message.
    """
    import sys

    import nonebot.log
    from nonebot.log import default_filter, default_format, logger

    logger.remove(nonebot.log.logger_id)
    # The console adapter finds the handler to take over through nonebot.log.logger_id: keep it pointing here.
    nonebot.log.logger_id = logger.add(
        sys.stdout, level=level, diagnose=False, filter=default_filter, format=default_format
    )


def _refuse_open_listener(config: Any, settings: Settings) -> None:
    """Exit 1 when the OneBot server would listen beyond loopback with no token; warn when that is allowed."""
    from nonebot import get_plugin_config
    from nonebot.adapters.onebot.v11.config import Config as OneBotConfig

    from .exposure import open_listener

    token = get_plugin_config(OneBotConfig).onebot_access_token  # read the way the adapter reads it
    exposed = open_listener(str(config.host), token, settings.kaowu_allow_open)
    if exposed is not None:
        verdict, line = exposed
        print(line, file=sys.stderr)
        if verdict == "refuse":
            raise SystemExit(1)


def run() -> None:
    import nonebot
    from pydantic import ValidationError

    try:
        config = _nonebot_config()
        settings = Settings.model_validate(config.model_dump())
    except ValidationError as e:
        for err in e.errors():
            print(f"设置有误：{'.'.join(map(str, err['loc'])).upper()}: {err['msg']}", file=sys.stderr)
        raise SystemExit(1) from None

    use_state_dir(settings)
    problems = startup_problems(settings)
    if problems:
        for line in problems:
            print(line, file=sys.stderr)
        raise SystemExit(1)
    kwargs: dict[str, Any] = _environment_overrides()
    if settings.adapters == ["console"] and config.driver == "~fastapi":
        # The terminal needs no web server; without one a busy port cannot break a local try-out.
        kwargs["driver"] = "~none"
    nonebot.init(**kwargs)
    _log_only_at_level(nonebot.get_driver().config.log_level)
    driver = nonebot.get_driver()
    if "console" in settings.adapters:
        from nonebot.adapters.console import Adapter as ConsoleAdapter

        driver.register_adapter(ConsoleAdapter)
    if "onebot" in settings.adapters:
        from nonebot.adapters.onebot.v11 import Adapter as OneBotAdapter

        _refuse_open_listener(driver.config, settings)
        driver.register_adapter(OneBotAdapter)
    for plugin in PLUGINS:
        nonebot.load_plugin(plugin)
    code = _serve(nonebot.run)
    if code:
        print(f"机器人没有启动成功或意外停止（见上面的日志），退出码 {code}", file=sys.stderr)
        sys.stdout.flush()
        sys.stderr.flush()
        # os._exit: a thread still running (aiosqlite's worker, a scheduler) must not keep a dead bot alive.
        os._exit(code)


def _serve(serve: Any) -> int:
    """Run the server; the exit code: 0 for a normal stop, 1 for any failure (uvicorn says 3 for start-up)."""
    try:
        serve()
    except SystemExit as e:
        return 0 if e.code in (0, None) else 1
    except KeyboardInterrupt:
        return 0
    except Exception as e:
        print(f"机器人出错停止：{e!r}", file=sys.stderr)
        return 1
    return 0
