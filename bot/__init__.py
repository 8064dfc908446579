"""考务助手: the core. Pure Python; nothing here imports nonebot (see plugins/ for the chat side)."""
