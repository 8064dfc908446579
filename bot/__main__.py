"""python -m bot [run | ask QUESTION | check [DIR] | import NOTICE --out DIR]"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path


def _ask(args: argparse.Namespace) -> int:
    from .answer import Answerer
    from .app import read_settings
    from .knowledge import DataError, load

    data_dir = Path(args.data) if args.data else read_settings().kaowu_data_dir
    try:
        knowledge = load(data_dir)
    except DataError as e:
        print(e, file=sys.stderr)
        return 1
    now = datetime.fromisoformat(args.now) if args.now else None
    print(Answerer(knowledge).answer(" ".join(args.question), now=now).text)
    return 0


def _check(args: argparse.Namespace) -> int:
    from .app import read_settings
    from .lint import check_folder

    data_dir = Path(args.data) if args.data else read_settings().kaowu_data_dir
    problems = check_folder(data_dir)
    for p in problems:
        print(p)
    errors = [p for p in problems if not p.warning]
    if not problems:
        print(f"{data_dir}: 没有发现问题")
    return 1 if errors else 0


def _import(args: argparse.Namespace) -> int:
    from .notice import run_import

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
    if args.command in (None, "run"):
        from .app import run

        run()
        return 0
    return {"ask": _ask, "check": _check, "import": _import}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
