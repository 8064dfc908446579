"""How long RegionIndex.find takes: on a typical question, and on 100 000 characters of text.

    python tools/bench_regions.py [--json data/regions.json]

Prints the load time (building the regexes and the folding table) and the median time of find() over
many runs for: a typical coordinator's question, a 100 000-character paste with one province at its end,
and 100 000 characters dense with district names.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.regions import RegionIndex

QUESTION = "老师好，我们学校在宁波，请问联系人是谁？谢谢"
DISTRICT_QUESTION = "浦东的学校找谁"
FILLER = "各位老师好，请问本次考试的报名截止时间是什么时候？平台上一直没有审核通过。Thanks for checking! "
DENSE = "我们是海淀区和浦东新区的学校，想问问各区县考点的联系人，谢谢老师。"


def median_seconds(index: RegionIndex, text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        index.find(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "regions.json")
    args = parser.parse_args()
    start = time.perf_counter()
    index = RegionIndex.load(args.json)
    index.find("广东")
    print(f"load + first find: {1000 * (time.perf_counter() - start):.1f} ms")
    print(f"typical question:  {1e6 * median_seconds(index, QUESTION, 2000):.1f} µs")
    print(f"district question: {1e6 * median_seconds(index, DISTRICT_QUESTION, 2000):.1f} µs")
    paste = (FILLER * (100_000 // len(FILLER)))[:99_980] + "最后是广东和Sichaun"
    print(f"100 000 chars:     {1000 * median_seconds(index, paste, 10):.1f} ms")
    dense = (DENSE * (100_000 // len(DENSE) + 1))[:100_000]
    print(f"100 000 chars, district-dense: {1000 * median_seconds(index, dense, 10):.1f} ms")


if __name__ == "__main__":
    main()
