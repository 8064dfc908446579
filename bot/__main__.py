"""python -m bot [run | ask QUESTION | check [DIR] | import NOTICE --out DIR]

The bot is an application run from its own folder: `pip install .` installs its dependencies, not the bot, so
`python -m bot` finds `bot/` in the folder it is started in. Its settings are that folder's `.env` files.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def where_to_run(cwd: Path, environ: dict[str, str] | os._Environ[str]) -> str | None:
    """One line saying where to start the bot, when `cwd` cannot be where it was meant to run; else None.

    Started elsewhere (PYTHONPATH pointing here, say) nonebot would find no `.env`, and the relative
    KAOWU_DATA_DIR would point at nothing. A folder with its own `.env`, or a data folder named in the
    environment (a service unit's Environment=), is a deliberate choice and is left alone.
    """
    if cwd.resolve() == PROJECT or (cwd / ".env").is_file() or environ.get("KAOWU_DATA_DIR"):
        return None
    return f"请在项目文件夹里运行：cd {PROJECT} && python -m bot（{cwd} 里没有 .env，也没有设置 KAOWU_DATA_DIR）"


def _problem_lines(data_dir: Path, problems: list) -> list[str]:
    return [f"数据文件有错误（KAOWU_DATA_DIR={data_dir}）："] + [
        f"{data_dir / p.file}:{p.line}: {p.message}" for p in problems
    ]


def _ask(args: argparse.Namespace) -> int:
    from .answer import Answerer
    from .app import read_settings, use_state_dir
    from .knowledge import DataError, load

    settings = read_settings()
    use_state_dir(settings)
    data_dir = Path(args.data).resolve() if args.data else settings.kaowu_data_dir
    try:
        knowledge = load(data_dir)
    except DataError as e:
        print("\n".join(_problem_lines(data_dir, e.problems)), file=sys.stderr)
        return 1
    now = datetime.fromisoformat(args.now) if args.now else None
    print(Answerer(knowledge).answer(" ".join(args.question), now=now).text)
    return 0


def _check(args: argparse.Namespace) -> int:
    from .app import read_settings, use_state_dir
    from .lint import check_folder

    settings = read_settings()
    use_state_dir(settings)
    data_dir = Path(args.data).resolve() if args.data else settings.kaowu_data_dir
    if not data_dir.is_dir():
        print(f"找不到数据文件夹 {data_dir}（KAOWU_DATA_DIR 或 check 后面的文件夹）", file=sys.stderr)
        return 1
    problems = check_folder(data_dir)
    for p in problems:
        print(p)
    errors = [p for p in problems if not p.warning]
    if problems:
        print(f"（以上文件都在 {data_dir}）", file=sys.stderr)
    else:
        print(f"{data_dir}: 没有发现问题")
    return 1 if errors else 0


def _import(args: argparse.Namespace) -> int:
    from .importer import run_import

    return run_import(Path(args.notice), Path(args.out), force=args.force)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="考务助手")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="启动机器人（默认）")
    p = sub.add_parser("ask", help="打印机器人对一个问题的回答")
    p.add_argument("question", nargs="+")
    p.add_argument("--data", help="数据文件夹（默认 KAOWU_DATA_DIR）")
    p.add_argument("--now", help="当作现在的时间，如 2021-11-01T10:00")
    p = sub.add_parser("check", help="检查数据文件，有问题时退出码为 1")
    p.add_argument("data", nargs="?", help="数据文件夹（默认 KAOWU_DATA_DIR）")
    p = sub.add_parser("import", help="把新一季的通知转换成数据文件夹")
    p.add_argument("notice")
    p.add_argument("--out", required=True)
    p.add_argument("--force", action="store_true", help="覆盖已存在的输出文件夹")
    args = parser.parse_args(argv)
    explicit = args.command == "import" or getattr(args, "data", None)
    elsewhere = None if explicit else where_to_run(Path.cwd(), os.environ)
    if elsewhere:
        print(elsewhere, file=sys.stderr)
        return 2
    if args.command in (None, "run"):
        from .app import run

        run()
        return 0
    return {"ask": _ask, "check": _check, "import": _import}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
