"""Every evaluation set the floors test holds, each at its own clock, plus the never-fixed sets; case by case.

    python tools/sweep.py                         # per set: passed/cases, and the floors sets' total
    python tools/sweep.py --cases now.tsv         # ... and every case's verdict and reply, one line each
    python tools/sweep.py --diff before.tsv now.tsv   # the cases gained and lost between two such runs
    python tools/sweep.py --root /path/to/another/checkout   # the same, for another tree (the session's start)

The sets and clocks are tests/core/test_answer_quality.py's (FLOORS, CLOCKS, NOW); the checks are tests/evalcheck.py's
(score_set.py's). eval-sealed's sealed, blind9, blind11, blind62, blind64, blind66, blind68, blind70, blind72, blind74, blind76, blind79, blind81, blind83, blind85, blind87, blind89, blind91, blind93, blind95, blind97, blind99, blind101, blind103, blind105, blind107 and blind109 are scored for reporting only: never fix against them.
"""

from __future__ import annotations

import argparse
import ast
import sys
from datetime import datetime
from pathlib import Path

# never-fixed sets, each at its own clock (None: the floors test's NOW)
SEALED = {
    "sealed.yaml": None,
    "blind9.yaml": None,
    "blind11.yaml": None,
    "blind62.yaml": datetime(2021, 12, 4, 14, 10),
    "blind64.yaml": datetime(2021, 11, 18, 16, 20),
    "blind66.yaml": datetime(2021, 11, 29, 10, 30),
    "blind68.yaml": datetime(2021, 12, 2, 15, 10),
    "blind70.yaml": datetime(2021, 12, 8, 9, 40),
    "blind72.yaml": datetime(2021, 11, 26, 16, 40),
    "blind74.yaml": datetime(2021, 11, 22, 10, 15),
    "blind76.yaml": datetime(2021, 12, 13, 9, 50),
    "blind79.yaml": datetime(2021, 11, 25, 14, 30),
    "blind81.yaml": datetime(2021, 11, 23, 15, 40),
    "blind83.yaml": datetime(2021, 11, 27, 10, 50),
    "blind85.yaml": datetime(2021, 11, 19, 16, 10),
    "blind87.yaml": datetime(2021, 12, 17, 9, 10),
    "blind89.yaml": datetime(2021, 12, 21, 10, 20),
    "blind91.yaml": datetime(2021, 12, 9, 19, 45),
    "blind93.yaml": datetime(2021, 11, 17, 20, 30),
    "blind95.yaml": datetime(2021, 11, 11, 15, 50),
    "blind97.yaml": datetime(2021, 11, 14, 20, 40),
    "blind99.yaml": datetime(2021, 11, 30, 8, 50),
    "blind101.yaml": datetime(2021, 11, 9, 15, 40),
    "blind103.yaml": datetime(2021, 11, 4, 20, 40),
    "blind105.yaml": datetime(2021, 11, 24, 10, 40),
    "blind107.yaml": datetime(2021, 12, 23, 9, 30),
    "blind109.yaml": datetime(2021, 10, 25, 16, 40),
}


def _floors(root: Path) -> tuple[dict[str, float], dict[str, datetime], datetime]:
    """FLOORS, CLOCKS and NOW as the floors test states them, read without importing the test module."""
    tree = ast.parse((root / "tests" / "core" / "test_answer_quality.py").read_text(encoding="utf-8"))
    found: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name in ("FLOORS", "CLOCKS", "NOW"):
                found[name] = eval(compile(ast.Expression(node.value), "floors", "eval"), {"datetime": datetime})
    return found["FLOORS"], found["CLOCKS"], found["NOW"]  # type: ignore[return-value]


def sweep(root: Path, cases_out: Path | None) -> None:
    sys.path.insert(0, str(root))
    from bot.answer import Answerer
    from bot.knowledge import load
    from tools.score_set import judged

    floors, clocks, now = _floors(root)
    answerer = Answerer(load(root / "data"))
    sets = [(root / "tests" / "eval" / name, clocks.get(name, now)) for name in sorted(floors)]
    sets += [(root / "eval-sealed" / name, clock or now) for name, clock in SEALED.items()]
    out = cases_out.open("w", encoding="utf-8") if cases_out else None
    total = [0, 0]
    for path, clock in sets:
        ok = n = 0
        for i, case, good, reply, _ in judged(path, clock, answerer):
            ok, n = ok + good, n + 1
            if out:
                question = str(case["q"]).replace("\t", " ").replace("\n", " ")
                kind = case.get("kind", "faq")
                print(f"{path.name}\t{i}\t{int(good)}\t{kind}\t{question}\t{reply[:200]!r}", file=out)
        print(f"{path.name:22s} {ok}/{n}", flush=True)
        if path.name not in SEALED:
            total = [total[0] + ok, total[1] + n]
    print(f"floors sets: {total[0]}/{total[1]}")


def diff(before: Path, now: Path) -> None:
    def read(path: Path) -> dict[tuple[str, str], list[str]]:
        rows = (line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8"))
        return {(r[0], r[1]): r for r in rows if len(r) >= 6}

    a, b = read(before), read(now)
    for key in sorted(a.keys() & b.keys()):
        if a[key][2] != b[key][2]:
            print(f"{'GAIN' if b[key][2] == '1' else 'LOST'} {key[0]} {key[1]} {b[key][4][:80]}\n    {b[key][5][:250]}")
    print(f"passed: {sum(r[2] == '1' for r in a.values())} -> {sum(r[2] == '1' for r in b.values())}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    ap.add_argument("--cases", type=Path, help="write every case's verdict and reply here (tab-separated)")
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "NOW"), help="compare two --cases files")
    args = ap.parse_args()
    if args.diff:
        diff(*args.diff)
    else:
        sweep(args.root.resolve(), args.cases)


if __name__ == "__main__":
    main()
