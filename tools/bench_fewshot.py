"""Do entries work from their sample questions alone? Two modes, both through answer():

    python tools/bench_fewshot.py own                     # our entries, two samples each, no keywords/synonyms
    python tools/bench_fewshot.py added FILE.yaml [-v]    # staff-added entries (two samples) asked in other words

`own`: every entry in data/faq.yaml keeps its first two sample questions, loses its keywords (and the file its
synonyms), and is asked its other samples; a pass is a reply from that entry (or, for facet entries, from it).
`added`: the entries of FILE (`entries:` with id, questions, answer, paraphrases; `negatives:`) join faq.yaml as
staff add them, and each paraphrase must reach its entry; each negative (a string, or q with forbid regexes) must
reach none of the added entries and show nothing it forbids.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NOW = datetime(2021, 12, 10, 10, 0)


def _answerer(knowledge, entries):
    from bot.answer import Answerer
    from bot.knowledge import FaqFile

    fields = FaqFile.model_fields
    faq = FaqFile(faqs=entries, **({"synonyms": {}} if "synonyms" in fields else {}))
    return Answerer(dataclasses.replace(knowledge, faq=faq))


def own(knowledge, verbose: bool) -> None:
    entries, asked = [], []
    for e in knowledge.faq.faqs:
        data = e.model_dump()
        data["questions"] = e.questions[:2]
        if "keywords" in data:
            data["keywords"] = []
        entries.append(type(e)(**data))
        asked += [(e.id, q) for q in e.questions[2:]]
    answerer = _answerer(knowledge, entries)
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for entry_id, q in asked:
        reply = answerer.answer(q, now=NOW)
        ok = reply.entry_id == entry_id
        per[entry_id][0] += ok
        per[entry_id][1] += 1
        if verbose and not ok:
            print(f"MISS {entry_id}: {q} → {reply.kind}/{reply.entry_id}")
    for entry_id, (a, b) in per.items():
        print(f"  {entry_id:28s} {a}/{b}")
    ok, n = sum(a for a, _ in per.values()), sum(b for _, b in per.values())
    print(f"own entries, two samples each: {ok}/{n} ({ok / n:.1%})")


def added(knowledge, path: Path, verbose: bool) -> tuple[int, int, int, int]:
    """(paraphrases reaching their entry, paraphrases, negatives leaking, negatives)."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    FaqEntry = type(knowledge.faq.faqs[0])
    new = [FaqEntry(id=e["id"], questions=e["questions"], answer=e["answer"]) for e in spec["entries"]]
    ids = {e.id for e in new}
    answerer = _answerer(knowledge, [*knowledge.faq.faqs, *new])
    hit = n = 0
    for e in spec["entries"]:
        for q in e["paraphrases"]:
            reply = answerer.answer(q, now=NOW)
            n += 1
            hit += reply.entry_id == e["id"]
            if verbose and reply.entry_id != e["id"]:
                print(f"MISS {e['id']}: {q} → {reply.kind}/{reply.entry_id}: {reply.text[:60]!r}")
    from tests.evalcheck import judge

    wrong = 0
    for neg in spec.get("negatives", []):
        q, forbid = (neg, []) if isinstance(neg, str) else (neg["q"], neg.get("forbid", []))
        reply = answerer.answer(q, now=NOW)
        if reply.entry_id in ids or judge(reply.text, [], forbid).forbidden:
            wrong += 1
            if verbose:
                print(f"NEG→entry {q} → {reply.entry_id}: {reply.text[:60]!r}")
    negs = len(spec.get("negatives", []))
    print(f"{path.name}: paraphrases reaching their added entry {hit}/{n} ({hit / max(n, 1):.1%}); "
          f"negatives answered by an added entry {wrong}/{negs}")
    return hit, n, wrong, negs


def main() -> None:
    from bot.knowledge import load

    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["own", "added"])
    ap.add_argument("file", nargs="?", type=Path)
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    knowledge = load(ROOT / "data")
    if args.mode == "own":
        own(knowledge, args.v)
    else:
        added(knowledge, args.file, args.v)


if __name__ == "__main__":
    main()
