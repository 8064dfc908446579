"""Score one evaluation set (dev_cases' format) through answer() with no chat platform.

    python tools/score_set.py SET.yaml [--now 2021-12-10T10:00] [-v]

Prints passes per kind (faq, contact, hardneg, offtopic; noise is skipped: it is about addressing, not answers)
and, with -v, every failure with the reply. The checks are tests/evalcheck.py's (the acceptance checks' rules).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def judged(path: Path, now: datetime, answerer) -> Iterator[tuple[int, dict, bool, str, str]]:
    """Each case of the set but noise (it is about addressing, not answers), asked at `now`: (its index, the case,
    whether the reply passes, the reply, why not)."""
    from tests.evalcheck import judge  # the acceptance checks' rules, our own copy

    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(cases, dict):
        cases = cases.get("cases", [])
    for i, c in enumerate(cases):
        kind = c.get("kind", "faq")
        if kind == "noise":
            continue
        reply = answerer.answer(str(c["q"]), now=now).text
        verdict = judge(reply, c.get("expect", []), c.get("forbid", []))
        ok = not verdict.forbidden if kind in ("offtopic", "hardneg") else bool(verdict)
        yield i, c, ok, reply, str(verdict)


def score(path: Path, now: datetime, data: Path, verbose: bool, answerer=None) -> dict[str, list[int]]:
    from bot.answer import Answerer
    from bot.knowledge import load

    answerer = answerer or Answerer(load(data))
    results: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _, c, ok, reply, why in judged(path, now, answerer):
        kind = c.get("kind", "faq")
        results[kind][0] += ok
        results[kind][1] += 1
        if verbose and not ok:
            print(f"FAIL [{kind}] {c['q']}\n  {why}\n  reply: {reply[:300]!r}")
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--now", default="2021-12-10T10:00")
    ap.add_argument("--data", type=Path, default=ROOT / "data")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    now = datetime.fromisoformat(args.now)
    for path in args.sets:
        res = score(path, now, args.data, args.v)
        ok = sum(r[0] for r in res.values())
        n = sum(r[1] for r in res.values())
        parts = "  ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(res.items()))
        print(f"{path.name}: {ok}/{n} ({ok / max(n, 1):.1%})  {parts}")


if __name__ == "__main__":
    main()
