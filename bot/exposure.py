"""Is the OneBot server reachable beyond this machine without a token? Then anyone who reaches the port can
post events as any QQ user, superusers included: start-up refuses, unless the deployer says it is meant.

A container (compose) must listen on 0.0.0.0 for the bridge next door, and sets ONEBOT_ACCESS_TOKEN; a bridge
on the same machine connects to 127.0.0.1 and needs neither.
"""

from __future__ import annotations

import ipaddress

__all__ = ["is_loopback", "open_listener"]


def is_loopback(host: str) -> bool:
    """127.x, ::1 and localhost; anything else (0.0.0.0, ::, a LAN address, a host name) is reachable."""
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def open_listener(host: str, token: str | None, allow_open: bool) -> tuple[str, str] | None:
    """None when safe; else ("refuse", line) or, when KAOWU_ALLOW_OPEN says it is meant, ("warn", line)."""
    if token or is_loopback(host):
        return None
    where = f"OneBot 服务监听 {host}，本机以外也能连上，却没有设置 ONEBOT_ACCESS_TOKEN：谁连上端口谁就能冒充任何 QQ 用户（包括管理员）"
    if allow_open:
        return "warn", f"警告！{where}。KAOWU_ALLOW_OPEN=1 允许了这样启动，请确认端口只对可信的网络开放。"
    return (
        "refuse",
        f"{where}。请设置 ONEBOT_ACCESS_TOKEN（QQ 桥接端填同一个），或把 HOST 改成 127.0.0.1；确实要这样运行时设置 KAOWU_ALLOW_OPEN=1。",
    )
