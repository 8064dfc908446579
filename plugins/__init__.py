"""Thin nonebot plugins: each turns events into calls to the `bot` core and results into messages."""
