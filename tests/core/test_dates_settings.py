"""Durations, dates and the KAOWU_* settings as people write them."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.dates import TimeRange, format_date, format_duration, format_span, parse_duration
from bot.settings import Settings
from bot.text import normalize


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("7d", 7 * 86400), ("1d12h", 36 * 3600), ("2h", 7200), ("30m", 1800), ("45s", 45), ("90", 90)],
)
def test_durations(text: str, seconds: int):
    """Leads and windows written like 7d, 1d12h, 2h, 30m, 45s."""
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("bad", ["", "7 days", "d7", "1w", "-2h"])
def test_bad_durations_are_refused(bad: str):
    """A lead nobody can read is an error, not zero."""
    with pytest.raises(ValueError, match="时长写法不对"):
        parse_duration(bad)


def test_time_ranges_as_notices_print_them():
    """'9: 00-10: 30' and '14: 00—16: 30' read as 9:00-10:30 and 14:00-16:30 (150 minutes)."""
    assert str(TimeRange.parse("9: 00-10: 30")) == "9:00-10:30"
    practical = TimeRange.parse("14: 00—16: 30")
    assert str(practical) == "14:00-16:30" and practical.minutes == 150


def test_dates_in_chinese():
    """Dates read 2021年12月18日（星期六）; a span gives the year once."""
    assert format_date(date(2021, 12, 18), weekday=True) == "2021年12月18日（星期六）"
    assert format_span(date(2021, 10, 20), date(2021, 11, 20)) == "2021年10月20日至11月20日"
    assert format_span(date(2021, 12, 20), date(2022, 1, 5)) == "2021年12月20日至2022年1月5日"
    assert format_duration(timedelta(days=1, hours=12)) == "1天12小时"


def test_a_date_near_today_is_called_so():
    """Given today, today, tomorrow and the day after are called so beside the weekday; other days are not."""
    day = date(2021, 12, 18)
    assert format_date(day, weekday=True, today=date(2021, 12, 17)) == "2021年12月18日（星期六，明天）"
    assert format_date(day, year=False, today=date(2021, 12, 16)) == "12月18日（后天）"
    assert format_date(day, weekday=True, today=day) == "2021年12月18日（星期六，今天）"
    assert format_date(day, weekday=True, today=date(2021, 12, 15)) == "2021年12月18日（星期六）"
    assert format_date(day, weekday=True, today=date(2021, 12, 19)) == "2021年12月18日（星期六）"


def test_settings_from_environment_strings():
    """KAOWU_* values arrive as strings: 'onebot', '[1,2]', '0', '3/60s', '2h'."""
    s = Settings.model_validate(
        {
            "kaowu_adapters": "console, onebot",
            "kaowu_groups": "[1, 2]",
            "kaowu_rate_limit": "3/60s",
            "kaowu_send_interval": "0.2",
            "kaowu_reminder_grace": "2h",
        }
    )
    assert s.adapters == ["console", "onebot"]
    assert s.kaowu_groups == [1, 2]
    assert (s.rate_limit.count, s.rate_limit.window) == (3, timedelta(seconds=60))
    assert s.kaowu_send_interval == 0.2 and s.kaowu_reminder_grace == timedelta(hours=2)
    assert not Settings.model_validate({"kaowu_rate_limit": 0}).rate_limit.enabled


@pytest.mark.parametrize(
    "bad",
    [
        {"kaowu_adapters": "telegram"},
        {"kaowu_rate_limit": "lots"},
        {"kaowu_data_dir": "data", "kaowu_state_dir": "data/state"},
    ],
)
def test_bad_settings_are_refused(bad: dict):
    """An unknown adapter, an unreadable rate limit, or state inside data/ stops start-up."""
    with pytest.raises(ValidationError):
        Settings.model_validate(bad)


@pytest.mark.parametrize(
    ("typed", "seen"),
    [
        ("老师好，请问一下廣東聯繫人？？😀", "广东联系人"),
        ("中级实操\u200b几点开始", "中级实操几点开始"),
        ("ＷＨＯ handles Guangdong?", "who handles guangdong"),
        ("报 名 时间", "报名时间"),
        ("1+X平台", "1+x平台"),
    ],
)
def test_normalisation(typed: str, seen: str):
    """Traditional, full-width, emoji, zero-width, filler and stray spaces are folded away."""
    assert normalize(typed) == seen


ENV_FILES = {
    "plain": {".env": "ENVIRONMENT=prod\nKAOWU_DATA_DIR=data\nKAOWU_GROUPS=[1, 2]\n"},
    "per environment": {
        ".env": "ENVIRONMENT=prod\nKAOWU_DATA_DIR=data\nKAOWU_RATE_LIMIT=5/60s\n",
        ".env.prod": "KAOWU_DATA_DIR=/srv/kaowu/data\nKAOWU_STATE_DIR=/srv/kaowu/state\nKAOWU_SEND_INTERVAL=0.5\n",
        ".env.dev": "KAOWU_DATA_DIR=devdata\n",
    },
    "quoted, spaced and empty": {
        ".env": 'ENVIRONMENT=dev\nkaowu_adapters = "console,onebot"\nKAOWU_GROUPS= 42 \nKAOWU_ALLOW_OPEN=true\n',
        ".env.dev": "KAOWU_REMINDER_GRACE=30m\nKAOWU_RATE_LIMIT=\n",
    },
    "none": {},
}
ENVIRONS = {
    "nothing": {},
    "another environment": {"ENVIRONMENT": "dev"},
    "overrides": {"KAOWU_DATA_DIR": "/env/data", "KAOWU_GROUPS": "[7]", "KAOWU_RATE_LIMIT": "0"},
    "a key no file names": {"KAOWU_SEND_INTERVAL": "3", "kaowu_state_dir": "/lower/state"},
}


@pytest.mark.parametrize("files", ENV_FILES.values(), ids=ENV_FILES.keys())
@pytest.mark.parametrize("environ", ENVIRONS.values(), ids=ENVIRONS.keys())
def test_command_line_reads_settings_as_nonebot_does(tmp_path, monkeypatch, files: dict, environ: dict):
    """`ask` and `check` read .env files without importing nonebot, and get what nonebot's Config gets."""
    from bot.app import _nonebot_config, read_settings

    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for key in [k for k in os.environ if k.upper().startswith("KAOWU_") or k.upper() == "ENVIRONMENT"]:
        monkeypatch.delenv(key)
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    settings = read_settings()
    assert settings == Settings.model_validate(_nonebot_config().model_dump())
    if files is ENV_FILES["per environment"] and not environ:
        assert settings.kaowu_data_dir == Path("/srv/kaowu/data") and settings.kaowu_send_interval == 0.5
