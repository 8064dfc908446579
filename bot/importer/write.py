"""Writing the data folder: all six files or nothing, validated as the bot would load them."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..knowledge import (
    CONTACT_WORDS_FILE,
    CONTACTS_FILE,
    DEADLINES_FILE,
    FAQ_FILE,
    NOTICE_FILE,
    REGIONS_FILE,
    load,
)
from .parse import BUNDLED_DATA
from .plan import reminder_plans
from .render import render_contacts_json, render_deadlines_yaml, render_notice_yaml
from .result import ImportResult

__all__ = ["write_folder"]


def write_folder(result: ImportResult, out: Path, force: bool = False, bundled: Path = BUNDLED_DATA) -> None:
    """Write the six data files to `out`, all or nothing.

    The files go to a temporary folder beside `out`, are validated with `bot.knowledge.load` exactly as the
    bot would load them, and only then is the folder renamed into place, so a failed import never leaves a
    half-written folder where the bot might read it. Raises FileExistsError for a non-empty `out` without
    `force`, ValueError for a result that is not complete, and DataError if the written folder does not load.
    """
    if not result.ok or result.notice is None or result.contacts is None or result.deadlines is None:
        raise ValueError("导入结果不完整，不写文件夹")
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())) and not force:
        raise FileExistsError(f"{out} 已存在且不是空文件夹；确定要覆盖请加 --force")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.importing-", dir=out.parent))
    try:
        (tmp / NOTICE_FILE).write_text(render_notice_yaml(result.notice), encoding="utf-8")
        (tmp / CONTACTS_FILE).write_text(render_contacts_json(result.contacts), encoding="utf-8")
        (tmp / DEADLINES_FILE).write_text(
            render_deadlines_yaml(result.deadlines, reminder_plans(result.notice)), encoding="utf-8"
        )
        for name in (FAQ_FILE, REGIONS_FILE, CONTACT_WORDS_FILE):
            shutil.copyfile(bundled / name, tmp / name)
        load(tmp)  # raises DataError: the folder would not serve the bot
        os.chmod(tmp, 0o755)  # mkdtemp makes it private; a data folder is ordinary
        if out.exists() or out.is_symlink():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.replaced-", dir=out.parent))
            old.rmdir()
            out.rename(old)
            tmp.rename(out)
            if old.is_dir() and not old.is_symlink():
                shutil.rmtree(old)
            else:
                old.unlink()
        else:
            tmp.rename(out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
