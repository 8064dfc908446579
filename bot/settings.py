"""The KAOWU_* settings, read the nonebot way (.env, .env.{ENVIRONMENT}, then the environment)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, field_validator

from .dates import parse_duration

__all__ = ["RateLimit", "Settings"]

DEFAULT_GROUP = 594707089


class RateLimit(BaseModel):
    count: int  # 0: no limit
    window: timedelta

    @classmethod
    def parse(cls, v: Any) -> RateLimit:
        """'5/60s' → 5 questions per 60 seconds; 0 or 'off' → no limit."""
        s = str(v).strip().lower()
        if s in ("0", "off", "none", ""):
            return cls(count=0, window=timedelta(0))
        count, sep, window = s.partition("/")
        if not sep or not count.isdigit():
            raise ValueError(f"KAOWU_RATE_LIMIT 写法不对：{v!r}，例如 5/60s")
        return cls(count=int(count), window=parse_duration(window))

    @property
    def enabled(self) -> bool:
        return self.count > 0 and self.window.total_seconds() > 0


class Settings(BaseModel):
    # Plain strings: nonebot decodes a list- or model-typed setting from the environment as JSON, and
    # `onebot` or `5/60s` are not JSON.
    kaowu_adapters: str = Field(default="console", description="适配器：console、onebot，逗号分隔")
    kaowu_data_dir: Path = Field(
        default=Path("data"), validate_default=True, description="faq.yaml、contacts.json、deadlines.yaml 所在文件夹"
    )
    kaowu_state_dir: Path = Field(
        default=Path("state"), validate_default=True, description="SQLite 数据库等运行时状态，不能放在 data/ 里"
    )
    kaowu_groups: list[int] = Field(default=[DEFAULT_GROUP], description="服务的 QQ 群号，也是提醒发往的群")
    kaowu_reminder_grace: timedelta = Field(default=timedelta(hours=1), description="错过的提醒在多久之内仍补发")
    kaowu_send_interval: float = Field(default=1.0, ge=0, description="同一群两条消息之间至少间隔的秒数，0 为不限")
    kaowu_rate_limit: str = Field(default="5/60s", description="每人每个时间窗最多回答几问，如 5/60s；0 为不限")
    kaowu_allow_open: bool = Field(
        default=False,
        description="OneBot 服务监听本机以外的地址又没有 ONEBOT_ACCESS_TOKEN 时，仍然启动（每次启动都警告）",
    )

    @field_validator("kaowu_adapters", mode="before")
    @classmethod
    def _adapters(cls, v: Any) -> str:
        items = v if isinstance(v, list) else str(v).split(",")
        names = [str(x).strip().lower() for x in items if str(x).strip()]
        unknown = [n for n in names if n not in ("console", "onebot")]
        if unknown:
            raise ValueError(f"不认识的适配器 {unknown}，可选 console、onebot")
        return ",".join(names or ["console"])

    @property
    def adapters(self) -> list[str]:
        return self.kaowu_adapters.split(",")

    @property
    def rate_limit(self) -> RateLimit:
        return RateLimit.parse(self.kaowu_rate_limit)

    @field_validator("kaowu_groups", mode="before")
    @classmethod
    def _groups(cls, v: Any) -> Any:
        if isinstance(v, (int, str)) and str(v).strip().isdigit():
            return [int(v)]
        if isinstance(v, str):
            return [int(x) for x in v.strip("[] ").split(",") if x.strip()]
        return v

    @field_validator("kaowu_reminder_grace", mode="before")
    @classmethod
    def _grace(cls, v: Any) -> timedelta:
        return v if isinstance(v, timedelta) else parse_duration(v)

    @field_validator("kaowu_rate_limit", mode="before")
    @classmethod
    def _rate(cls, v: Any) -> str:
        RateLimit.parse(v)  # reject a bad value at start-up, not at the first question
        return str(v)

    @field_validator("kaowu_data_dir", "kaowu_state_dir")
    @classmethod
    def _absolute(cls, v: Path) -> Path:
        # Relative to the folder the bot was started in, made absolute once: every log line and every
        # "not found" names the real place, whatever the process does with its working folder later.
        return Path(v).expanduser().resolve()

    @field_validator("kaowu_state_dir")
    @classmethod
    def _state_not_in_data(cls, v: Path, info: Any) -> Path:
        data = info.data.get("kaowu_data_dir")
        if data is not None and Path(v).resolve().is_relative_to(Path(data).resolve()):
            raise ValueError("KAOWU_STATE_DIR 不能放在数据文件夹里")
        return v
