#!/usr/bin/env python3
"""How well does contact routing answer on its own? `ContactRouter.reply(find(normalize(q)))` over every contact case.

    python tools/bench_contacts.py            # pass counts per set, and each failure
    python tools/bench_contacts.py -q         # summary only
    python tools/bench_contacts.py --claims   # also list the non-contact questions the router would take

Contact cases are those of `kind: contact` in tests/eval/*.yaml and ../shared/eval/dev_cases.yaml, checked with
the acceptance semantics of ../shared/tools/evalkit.py (expected facts present, forbidden ones absent: `only:`
forbids every provincial contact the question did not ask for). A case the router does not claim
(`finding.routes` false) fails here, since the new engine would send it to the FAQ.

The FAQ, off-topic and hard-negative cases of the same sets measure the other side: each one the router claims
is a question taken away from the FAQ (counted, and listed with --claims); it is answered wrongly when the
contact reply fails that case's own checks.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = [SHARED / "eval" / "dev_cases.yaml", *sorted((ROOT / "tests" / "eval").glob("*.yaml"))]

_CLAUSE = re.compile(r"[，,。？?！!；;\n]+")

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(SHARED / "tools"))


def main() -> int:
    from evalkit import check, expand

    from bot.knowledge import load
    from bot.routing import ContactRouter
    from bot.text import normalize

    ap = argparse.ArgumentParser()
    ap.add_argument("-q", "--quiet", action="store_true", help="no per-failure lines")
    ap.add_argument("--claims", action="store_true", help="list the non-contact questions the router takes")
    args = ap.parse_args()

    router = ContactRouter(load(ROOT / "data"))
    router.reply(router.find(normalize("广冬联系人")))  # warm up: the timing is per question, not start-up
    passed: dict[str, list[bool]] = defaultdict(list)
    passed_by_clause: list[bool] = []
    claimed: dict[str, list[str]] = defaultdict(list)
    others = 0
    times: list[float] = []
    for path in SETS:
        if not path.exists():
            continue
        name = path.stem
        cases = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if not isinstance(cases, list):  # fewshot8: entries with paraphrases, no contact cases
            continue
        for case in cases:
            kind = case.get("kind", "faq")
            if kind == "noise":
                continue
            q = str(case["q"])
            t0 = time.perf_counter()
            finding = router.find(normalize(q))
            text = router.reply(finding) if finding.routes else None
            times.append(time.perf_counter() - t0)
            # The same clause by clause, as the engine may call it (find_clauses: denials across clauses).
            clauses = [c for c in (normalize(part) for part in _CLAUSE.split(q)) if c]
            routed = [router.reply(f) for f in router.find_clauses(clauses) if f.routes]
            by_clause = "\n".join(dict.fromkeys(r for r in routed if r)) or None
            expect = [r for s in case.get("expect", []) for r in expand(str(s))]
            forbid = [r for s in case.get("forbid", []) for r in expand(str(s))]
            ok_exp, ok_forb, why = check(text or "", expect, forbid)
            if kind == "contact":
                passed_by_clause.append(all(check(by_clause or "", expect, forbid)[:2]))
            if kind != "contact":
                others += 1
                if finding.routes:  # taken from the FAQ: fine when the contact reply answers it as well
                    mark = "ok " if ok_exp and ok_forb else "BAD"
                    claimed[name].append(f"{mark} [{kind}] {q!r} → {(text or '').splitlines()[0][:80]}")
                continue
            passed[name].append(ok_exp and ok_forb)
            if not (ok_exp and ok_forb) and not args.quiet:
                shown = (text or "(not claimed)").replace("\n", " ⏎ ")[:200]
                print(f"FAIL [{name}] {q!r} {'; '.join(why)[:140]}\n    → {shown}")
    total = [ok for results in passed.values() for ok in results]
    for name, results in passed.items():
        print(f"{name}: {sum(results)}/{len(results)}")
    print(f"contacts: {sum(total)}/{len(total)} ({100 * sum(total) / max(1, len(total)):.1f}%)")
    print(f"contacts clause by clause (find_clauses): {sum(passed_by_clause)}/{len(passed_by_clause)}")
    n_claimed = sum(len(v) for v in claimed.values())
    n_bad = sum(line.startswith("BAD") for v in claimed.values() for line in v)
    print(f"non-contact questions claimed by the router: {n_claimed}/{others}, {n_bad} of them answered wrongly")
    if args.claims:
        for name, lines in claimed.items():
            for line in lines:
                print(f"  {name}: {line}")
    ms = sorted(t * 1000 for t in times)
    print(f"time per question: mean {sum(ms) / len(ms):.2f} ms, max {ms[-1]:.2f} ms (n={len(ms)})")
    return 0 if all(total) else 1


if __name__ == "__main__":
    sys.exit(main())
