"""The deploy kit (deploy/, .env.prod.example) agrees with the settings the bot actually reads.

Docker is not run here; the compose file is parsed and each variable it sets is checked against the settings
model, and NapCat's side (its template's URL and token) against the bot's. The systemd unit is checked with
`systemd-analyze verify`.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from nonebot.adapters.onebot.v11.config import Config as OneBotConfig
from nonebot.config import Config as NonebotConfig

from bot.exposure import open_listener
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
KNOWN = {f.upper() for f in Settings.model_fields} | {f.upper() for f in NonebotConfig.model_fields}
KNOWN |= {f.upper() for f in OneBotConfig.model_fields}
NOT_SETTINGS = {"TZ", "PYTHONUNBUFFERED"}  # the process's, not the bot's
TOKEN_REF = re.compile(r"^\$\{ONEBOT_ACCESS_TOKEN:\?[^}]+\}$")


def compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))


def example() -> dict[str, str]:
    lines = (ROOT / ".env.prod.example").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if line.strip() and not line.lstrip().startswith("#"))


def test_the_bot_service_sets_only_real_settings_and_they_validate():
    """Every variable the bot's container gets is a setting the bot reads, and the KAOWU_ ones validate."""
    env = compose()["services"]["kaowu"]["environment"]
    assert set(env) - NOT_SETTINGS <= KNOWN, set(env) - NOT_SETTINGS - KNOWN
    kaowu = {k.lower(): v for k, v in env.items() if k.startswith("KAOWU_")}
    settings = Settings.model_validate(kaowu)
    assert settings.adapters == ["onebot"]
    assert {"~fastapi", "~websockets"} <= set(env["DRIVER"].split("+"))
    assert str(settings.kaowu_state_dir) == "/var/lib/kaowu" and str(settings.kaowu_data_dir) == "/app/data"


def test_the_open_container_port_has_the_token():
    """The bot listens on 0.0.0.0 in its container, so the token is required from .env.prod, never a default."""
    env = compose()["services"]["kaowu"]["environment"]
    assert TOKEN_REF.match(env["ONEBOT_ACCESS_TOKEN"])
    assert open_listener(env["HOST"], "the token", allow_open=False) is None
    assert "KAOWU_ALLOW_OPEN" not in env


def test_napcat_dials_the_bot_with_the_same_token():
    """NapCat's reverse WebSocket goes to the bot's service, port and path, with the token from .env.prod."""
    services = compose()["services"]
    bot_env = services["kaowu"]["environment"]
    napcat = services["napcat"]
    assert napcat["image"].startswith("mlikiowa/napcat-docker")
    # NapCat-Docker's entrypoint copies /app/templates/$MODE.json to its onebot11.json
    mode = napcat["environment"]["MODE"]
    assert any(v.endswith(":/app/templates:ro") for v in napcat["volumes"])
    # its persistent paths, as its README names them
    targets = {v.split(":")[1] for v in napcat["volumes"]}
    assert {"/app/napcat/config", "/app/.config/QQ"} <= targets

    writer = services["napcat-config"]
    assert writer["environment"]["ONEBOT_ACCESS_TOKEN"] == bot_env["ONEBOT_ACCESS_TOKEN"]
    assert f"/out/{mode}.json" in writer["command"][-1]
    template_source = next(v.split(":")[0] for v in writer["volumes"] if v.endswith(f"/in/{mode}.json:ro"))
    template = json.loads((DEPLOY / template_source).read_text(encoding="utf-8"))
    (client,) = [c for c in template["network"]["websocketClients"] if c["enable"]]
    assert client["url"] == f"ws://kaowu:{bot_env['PORT']}/onebot/v11/ws"
    assert client["messagePostFormat"] == "array"
    placeholder = client["token"]
    assert f"s|{placeholder}|$$ONEBOT_ACCESS_TOKEN|" in writer["command"][-1]


def test_the_bot_state_survives_a_re_create():
    """The ledger lives in a named volume at KAOWU_STATE_DIR; data/ is the repo's own folder."""
    bot = compose()["services"]["kaowu"]
    assert "kaowu-state:/var/lib/kaowu" in bot["volumes"] and "kaowu-state" in compose()["volumes"]
    assert any(v.startswith("../data:/app/data") for v in bot["volumes"])
    assert bot["env_file"] == "../.env.prod"


def test_env_prod_example_lists_every_setting_and_validates():
    """.env.prod.example names every KAOWU_ setting and nonebot's that deploying needs; its values validate."""
    values = example()
    assert {f.upper() for f in Settings.model_fields} <= set(values)
    assert {"DRIVER", "HOST", "PORT", "ONEBOT_ACCESS_TOKEN", "SUPERUSERS"} <= set(values)
    assert set(values) <= KNOWN
    Settings.model_validate({k.lower(): v for k, v in values.items() if k.startswith("KAOWU_")})
    assert open_listener(values["HOST"], values["ONEBOT_ACCESS_TOKEN"] or None, allow_open=False) is None


def test_env_prod_is_git_ignored():
    """The file that holds the token never gets committed."""
    assert ".env.prod" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert ".env.prod" in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()


def test_systemd_unit_verifies(tmp_path: Path):
    """deploy/kaowu.service passes `systemd-analyze verify` (paths pointed at this checkout and Python)."""
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed (apt-get install systemd)")
    text = (DEPLOY / "kaowu.service").read_text(encoding="utf-8")
    assert "ExecStart=/opt/kaowu/.venv/bin/python -m bot" in text and "WorkingDirectory=/opt/kaowu" in text
    local = text.replace("/opt/kaowu/.venv/bin/python", sys.executable).replace("/opt/kaowu", str(ROOT))
    local = local.replace("User=kaowu", "User=root").replace("Group=kaowu", "Group=root")
    unit = tmp_path / "kaowu.service"
    unit.write_text(local, encoding="utf-8")
    done = subprocess.run([analyze, "verify", str(unit)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr


def test_the_unit_keeps_state_where_the_settings_say():
    """StateDirectory=kaowu is /var/lib/kaowu, and KAOWU_STATE_DIR points there."""
    text = (DEPLOY / "kaowu.service").read_text(encoding="utf-8")
    assert "StateDirectory=kaowu" in text and "Environment=KAOWU_STATE_DIR=/var/lib/kaowu" in text
