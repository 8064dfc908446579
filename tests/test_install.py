"""`pip install .` installs the bot's dependencies and no package: nothing named `bot` or `plugins` lands in
site-packages, and the bot keeps running from its own folder, where data/ sits beside the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_holds_no_package(tmp_path: Path):
    """The wheel `pip install .` would install carries only the project's metadata (built offline)."""
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for folder in ("bot", "plugins", "data"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
         "-w", str(tmp_path / "dist"), str(source)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (wheel,) = (tmp_path / "dist").glob("kaowu-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert names and all(n.startswith("kaowu-") and ".dist-info/" in n for n in names), names


def test_bundled_files_are_found_beside_the_code():
    """regions.json and the other bundled data are looked up relative to bot/, never to site-packages."""
    from bot.importer import BUNDLED_DATA

    assert ROOT / "data" == BUNDLED_DATA
    assert (BUNDLED_DATA / "regions.json").is_file() and (BUNDLED_DATA / "notice.yaml").is_file()
