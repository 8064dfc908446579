"""The OneBot server beyond loopback without a token: refused at start, or started with a loud warning."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.exposure import is_loopback, open_listener
from bot.settings import Settings


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.1", "::1", "[::1]", "localhost", "LOCALHOST"])
def test_loopback_hosts(host: str) -> None:
    """Only this machine can reach these."""
    assert is_loopback(host) and open_listener(host, None, allow_open=False) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.5", "10.0.0.2", "bot.example.com"])
def test_reachable_hosts_without_a_token_are_refused(host: str) -> None:
    """Any other address, or a name, may be reachable: no token means refuse, naming the fixes."""
    verdict, line = open_listener(host, None, allow_open=False)
    assert verdict == "refuse" and "ONEBOT_ACCESS_TOKEN" in line and "KAOWU_ALLOW_OPEN=1" in line and host in line


def test_a_token_makes_an_open_port_fine() -> None:
    """Compose: 0.0.0.0 inside the container with the token set starts quietly."""
    assert open_listener("0.0.0.0", "s3cret", allow_open=False) is None


def test_allowed_open_port_is_a_warning() -> None:
    """KAOWU_ALLOW_OPEN=1 starts it anyway, with a warning that says what is exposed."""
    verdict, line = open_listener("0.0.0.0", None, allow_open=True)
    assert verdict == "warn" and line.startswith("警告") and "0.0.0.0" in line


def test_start_up_warns_at_every_start_when_allowed(app, capsys: pytest.CaptureFixture[str]) -> None:
    """bot.app's check with KAOWU_ALLOW_OPEN=1: the warning on stderr, no exit; without it, exit 1."""
    from bot.app import _refuse_open_listener

    config = SimpleNamespace(host="0.0.0.0")
    _refuse_open_listener(config, Settings(kaowu_allow_open=True))
    assert capsys.readouterr().err.startswith("警告！OneBot 服务监听 0.0.0.0")
    with pytest.raises(SystemExit) as stopped:
        _refuse_open_listener(config, Settings())
    assert stopped.value.code == 1
