#!/usr/bin/env python3
"""Does the bot stay fast as staff add entries? faq.yaml grown to 10× and 100× today's entries.

For each size it writes a data folder (a copy of data/ whose faq.yaml keeps today's entries and adds generated
ones; data/ is never touched) and measures, each run in a fresh process so that no cache of one size helps
the next, first with an empty KAOWU_STATE_DIR (cold: every sample is embedded) and then with the one that run
filled (warm):
- building: LiveKnowledge.open, as plugins/knowledge starts (load, index, freeze), less the load itself;
- answer p50 / p95 over distinct questions (no memo hits): real questions from tests/eval and paraphrases of
  the generated entries in wordings their samples do not use; and of that, embedding the question (the same
  at every size) and retrieval (index.search with the vector given: what grows with the entries);
- the reload stall: while one member after another asks (`asyncio.to_thread(live.answer)`, as plugins/ask
  does), faq.yaml is edited (one entry added, one changed) and reloaded as plugins/knowledge does it
  (`live.apply(await asyncio.to_thread(live.read))`). Reported: how much longer than the quiet median the
  slowest reply overlapping the reload took, and the event loop's longest lag (a 2 ms sleep's overshoot); and
  each overlapping reply against the same question asked again quietly afterwards (what the reload added);
- `python -m bot check` on the folder with the warm cache, twice: the first run also embeds the clauses the
  engine reads out of samples (三号楼 → 3号楼) and keeps them, as staff's first check after an edit would;
- the resident memory of the process after building and answering.

The generated entries are what a large site would add: a building's facility (实训楼卫生间, 东校区停车场) or an
item (计算器, 身份证) combined with what is asked about it (where, when open, who manages it, may it be
brought…), each entry with 6–7 sample questions of its own wording. Deterministic (seeded).

    python tools/bench_scale.py                     # 1×, 10× and 100× (100× cold embeds 19.5k samples: minutes)
    python tools/bench_scale.py --sizes 1,10 -n 200
    python tools/bench_scale.py --sizes 100 --work /tmp/scale --warm-only   # again, reusing the state folder
    python tools/bench_scale.py --json
Targets (issue 11): answer p95 ≤ 20 ms at 10× and ≤ 50 ms at 100×; check ≤ 10 s at 10× and ≤ 60 s at 100×;
no reply waits more than 100 ms on a reload. Exit 0 when all are met. Timings are wall-clock: on a shared
machine, run it when the machine is otherwise idle.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import ROOT, copy_data, percentile, rss_mb

sys.path.insert(0, str(ROOT))
NOW = datetime(2021, 12, 10, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))  # in season, as tools/score_set.py asks
ANSWER_P95_MS = {10: 20.0, 100: 50.0}
CHECK_S = {10: 10.0, 100: 60.0}
STALL_MS = 100.0

# ---------------------------------------------------------------- a grown faq.yaml

# fmt: off
PLACES = [
    "一号楼", "二号楼", "三号楼", "实训楼", "图书馆", "行政楼", "体育馆", "东校区", "西校区", "南校区", "北门", "南门",
    "信息楼", "工程楼", "大学生活动中心", "第一教学楼", "第二教学楼", "实验楼", "创新创业园", "继续教育学院",
]
FACILITIES = [
    "停车场", "卫生间", "饮水机", "储物柜", "医务室", "候考室", "休息室", "电梯", "开水房", "自习室", "复印店",
    "快递站", "充电桩", "无障碍通道", "吸烟区", "母婴室", "失物招领处", "保安室", "监控室", "备用机房", "打印室",
    "会议室", "广播室", "自行车棚", "便利店",
]
ITEMS = [
    "计算器", "身份证", "学生证", "草稿纸", "签字笔", "铅笔", "橡皮", "直尺", "耳机", "U盘", "移动硬盘", "笔记本电脑",
    "平板电脑", "智能手表", "手机", "充电宝", "水杯", "矿泉水", "零食", "口罩", "眼镜", "雨伞", "书包", "外套",
    "帽子", "药品", "词典", "参考书", "打印的代码", "键盘", "鼠标", "手写板", "校园卡", "一寸照片", "户口本",
    "社保卡", "驾驶证", "护照", "准考证复印件", "成绩单", "毕业证", "在读证明", "体检表", "健康码截图", "行程卡",
    "核酸证明", "疫苗接种证明", "保温杯", "纸巾", "坐垫",
]
# What is asked about a facility or an item: the sample wordings ({x} is the facility or item). Each entry takes
# 6–7 of a kind's wordings as samples; the rest are the paraphrases asked.
FACILITY_ASKS = {
    "where": ["{x}在哪里", "{x}在什么地方", "请问{x}在哪儿", "找不到{x}", "{x}具体在哪个位置", "哪里有{x}",
              "{x}怎么走", "去{x}怎么走比较近", "{x}离考场远吗"],
    "hours": ["{x}几点开门", "{x}什么时候开放", "{x}开放时间是几点到几点", "{x}几点关门", "{x}周末开吗",
              "考试当天{x}开不开", "{x}晚上还开吗", "{x}中午开放吗"],
    "manager": ["{x}归谁管", "{x}找谁负责", "{x}的负责人是谁", "{x}由哪个老师管理", "谁管{x}", "{x}有人值班吗",
                "{x}的联系电话", "{x}的管理员是谁"],
    "broken": ["{x}坏了怎么办", "{x}出故障了找谁", "{x}用不了怎么处理", "{x}不能用了", "{x}有问题报给谁",
               "{x}坏了能修吗", "{x}出问题了怎么办", "{x}没法用了"],
    "booking": ["{x}要预约吗", "{x}怎么预约", "{x}需要提前申请吗", "{x}在哪里申请使用", "{x}申请流程是什么",
                "使用{x}要登记吗", "{x}能不能提前订", "{x}可以直接用吗"],
    "fee": ["{x}收费吗", "{x}要不要钱", "用{x}要付费吗", "{x}多少钱", "{x}免费吗", "{x}怎么收费",
            "{x}是免费开放的吗", "{x}需要交钱吗"],
    "count": ["{x}有几个", "{x}够不够用", "{x}数量多少", "一共有多少个{x}", "{x}有多少", "{x}会不会不够",
              "{x}大概有几处", "{x}多不多"],
}
ITEM_ASKS = {
    "bring": ["可以带{x}进考场吗", "{x}能带进考场吗", "考场允许带{x}吗", "{x}让不让带", "能不能带{x}",
              "带{x}算不算违规", "{x}可以随身带吗", "考试能用{x}吗", "{x}能放在桌上吗"],
    "need": ["需要准备{x}吗", "一定要带{x}吗", "{x}是必须的吗", "没有{x}行不行", "{x}必须准备吗", "考试要{x}吗",
             "{x}要不要提前准备", "不带{x}可以吗"],
    "forgot": ["{x}忘带了怎么办", "没带{x}还能考吗", "{x}丢了怎么办", "{x}找不到了还能进考场吗", "{x}落在家里了",
               "{x}弄丢了怎么处理", "没有{x}能参加考试吗", "{x}忘记带了"],
    "provided": ["考点提供{x}吗", "{x}是考场发的吗", "考场有{x}吗", "{x}要自己带还是考点给", "考场会准备{x}吗",
                 "{x}由谁提供", "考点发不发{x}", "{x}需要自备吗"],
    "keep": ["{x}放在哪里", "{x}考试时交给谁保管", "{x}可以寄存吗", "{x}存在哪里", "{x}放哪儿比较好",
             "{x}要放包里吗", "{x}考试期间怎么保管", "{x}可以放在考场外面吗"],
}
ANSWERS = {
    "where": "{x}在{p}{n}楼{side}侧，考点入口有指示牌。",
    "hours": "{x}考试期间每天 {h}:00 至 {e}:00 开放。",
    "manager": "{x}由考点后勤老师负责，值班电话见考场门口的告示。",
    "broken": "{x}出故障请告诉本考场的监考老师，由考点后勤处理，不影响考试。",
    "booking": "{x}不用预约，考试期间按先到先用。",
    "fee": "{x}对考生免费开放。",
    "count": "{x}共有 {n} 处，考试期间够用。",
    "bring": "{x}不能带进考场，请放在考场外的储物处。",
    "need": "{x}不是必须的，带上身份证和准考证即可。",
    "forgot": "{x}忘带了请尽快联系本考核站点的考务老师。",
    "provided": "{x}由考点统一提供，不用自备。",
    "keep": "{x}请放在考场前方的物品存放区。",
}
# fmt: on
SIDES = "东南西北"
PREFIXES = ["", "", "请问", "老师好，", "各位老师，想问下", "你好 "]  # how the paraphrases are asked


def generated_entries(count: int, seed: int = 11) -> tuple[list[dict], list[tuple[str, str]]]:
    """`count` distinct entries, and for each a paraphrase nobody wrote as a sample: (question, entry id)."""
    rng = random.Random(seed)
    kinds = [(f"{p}{f}", a, FACILITY_ASKS) for p in PLACES for f in FACILITIES for a in FACILITY_ASKS]
    kinds += [(item, a, ITEM_ASKS) for item in ITEMS for a in ITEM_ASKS]
    if count > len(kinds):
        raise SystemExit(f"at most {len(kinds)} generated entries")
    entries, asked = [], []
    for n, (x, ask, wordings) in enumerate(rng.sample(kinds, count)):
        forms = [w.format(x=x) for w in wordings[ask]]
        rng.shuffle(forms)
        keep = rng.choice((6, 7))
        answer = ANSWERS[ask].format(
            x=x, p=x[:3], n=rng.randint(1, 6), side=rng.choice(SIDES), h=rng.randint(6, 9), e=rng.randint(17, 22)
        )
        entry_id = f"gen-{n:05d}"
        entries.append({"id": entry_id, "questions": forms[:keep], "answer": answer})
        asked.append((rng.choice(PREFIXES) + forms[keep], entry_id))
    return entries, asked


def grow(data: Path, factor: int) -> list[tuple[str, str]]:
    """faq.yaml in `data` grown to `factor` × today's entries (today's kept, comments and all); the paraphrases."""
    faq = data / "faq.yaml"
    text = faq.read_text(encoding="utf-8")
    today = len(yaml.safe_load(text)["faqs"])
    entries, asked = generated_entries(today * (factor - 1))
    if entries:
        block = yaml.safe_dump(entries, allow_unicode=True, width=1000, sort_keys=False)
        text = text.rstrip("\n") + "\n\n" + "".join(f"  {line}\n" for line in block.splitlines())
        faq.write_text(text, encoding="utf-8")
    return asked


def real_questions() -> list[str]:
    """Every distinct question of our evaluation sets, in a fixed shuffled order."""
    seen: dict[str, None] = {}
    for path in sorted((ROOT / "tests" / "eval").glob("*.yaml")):
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(cases, list):
            seen.update((str(c["q"]), None) for c in cases if c.get("kind", "faq") != "noise")
    questions = list(seen)
    random.Random(3).shuffle(questions)
    return questions


# ---------------------------------------------------------------- one size, in its own process


async def reload_while_asked(live, questions: list[str], faq: Path) -> dict:
    """Members ask one after another while faq.yaml is edited and reloaded as plugins/knowledge does it."""
    replies: list[tuple[float, float]] = []  # (asked at, seconds to the reply)
    lags: list[tuple[float, float]] = []  # (woke at, how late)
    done = asyncio.Event()
    window: list[float] = []

    async def loop_probe() -> None:  # how late the event loop wakes: every other handler waits as long
        while not done.is_set():
            t = time.perf_counter()
            await asyncio.sleep(0.002)
            lags.append((t, time.perf_counter() - t - 0.002))

    async def members() -> None:
        for q in questions:
            if done.is_set():
                return
            t = time.perf_counter()
            await asyncio.to_thread(live.answer, q, NOW)  # plugins/ask
            replies.append((t, time.perf_counter() - t))

    async def edit_and_reload() -> None:
        await asyncio.sleep(1.0)  # a quiet second first: the baseline
        text = faq.read_text(encoding="utf-8")
        text = text.replace("考试地点在哪里", "考试地点在哪个城市", 1) + (
            "\n  - id: bench-scale-new\n    questions: [考点有没有自动售货机, 自动售货机在哪, 能买到水吗]\n"
            "    answer: 考点一楼大厅有自动售货机。\n"
        )
        faq.write_text(text, encoding="utf-8")
        window.append(time.perf_counter())
        result = live.apply(await asyncio.to_thread(live.read))  # plugins/knowledge.reload_now
        window.append(time.perf_counter())
        assert result.ok and "bench-scale-new" in result.added, result
        await asyncio.sleep(0.5)
        done.set()

    await asyncio.gather(loop_probe(), members(), edit_and_reload())
    start, end = window
    quiet = [took for t, took in replies if t + took < start]
    during = [took for t, took in replies if t < end and t + took > start]
    typical = statistics.median(quiet) if quiet else 0.0
    # Each reply overlapping the reload against the same question asked again quietly (the faster of two): the
    # wait the reload added, apart from how long that question takes anyway (a long message: 50–60 ms).
    extra = []
    for (t, took), q in zip(replies, questions, strict=False):
        if t < end and t + took > start:
            alone = []
            for _ in range(2):
                t0 = time.perf_counter()
                live.answer(q, NOW)
                alone.append(time.perf_counter() - t0)
            extra.append((took - min(alone)) * 1000)
    extra.sort()
    return {
        "same_question_extra_p50_ms": percentile(extra, 0.5) if extra else 0.0,
        "same_question_extra_max_ms": extra[-1] if extra else 0.0,
        "reload_s": end - start,
        "replies_during": len(during),
        "quiet_p50_ms": typical * 1000,
        "reply_max_during_ms": max(during, default=0.0) * 1000,
        "stall_ms": max((d - typical for d in during), default=0.0) * 1000,
        "loop_lag_max_ms": max((lag for t, lag in lags if start <= t <= end), default=0.0) * 1000,
        "quiet_loop_lag_max_ms": max((lag for t, lag in lags if t < start), default=0.0) * 1000,
        "quiet_reply_max_ms": max(quiet, default=0.0) * 1000,
    }


def one_size(work: Path, questions: list[str]) -> dict:
    from bot import faq, semantic
    from bot.knowledge import load
    from bot.live import LiveKnowledge
    from bot.text import normalize

    data, state = work / "data", work / "state"
    state.mkdir(exist_ok=True)
    semantic.configure(cache_dir=state)  # as bot.app.use_state_dir does
    faq.set_cache_dir(str(state))
    semantic.encoder()  # loading the model is start-up, not the index
    t0 = time.perf_counter()
    knowledge = load(data)
    t1 = time.perf_counter()
    live = LiveKnowledge.open(data)  # as plugins/knowledge does at start-up: load again, build, freeze
    t2 = time.perf_counter() - (t1 - t0)  # the build alone: the second load costs what the first did
    answerer = live.answerer
    n_ask = len(questions) // 2
    times = []
    embedded = [0]  # texts the encoder was given while answering (a question's clauses, the whole message …)
    enc = answerer.index.encoder
    if enc is not None:
        encode = enc.encode

        def counting(texts, **how):
            embedded[0] += len(texts)
            return encode(texts, **how)

        enc.encode = counting
    per_question: dict[int, int] = {}
    for q in questions[:n_ask]:
        embedded[0] = 0
        t = time.perf_counter()
        answerer.answer(q, now=NOW)
        times.append(time.perf_counter() - t)
        per_question[embedded[0]] = per_question.get(embedded[0], 0) + 1
    if enc is not None:
        enc.encode = encode
    ms = [t * 1000 for t in times]
    # The two parts of an answer: embedding the question (the same at any size) and retrieval (grows with it).
    encoding, retrieval = [], []
    for q in questions[:n_ask]:
        text = normalize(q)
        t = time.perf_counter()
        vector = answerer.index.encoder.encode([text])[0] if answerer.index.encoder else None
        encoding.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        answerer.index.search(text, limit=6, vector=vector)
        retrieval.append((time.perf_counter() - t) * 1000)
    rss, peak = rss_mb()
    out = {
        "entries": len(knowledge.faq.faqs),
        "samples": len(answerer.index.samples),
        "load_s": t1 - t0,
        "index_s": t2 - t1,
        "answer_p50_ms": percentile(ms, 0.5),
        "answer_p95_ms": percentile(ms, 0.95),
        "answer_max_ms": max(ms),
        "answers": len(ms),
        "embedded_per_question": {str(k): v for k, v in sorted(per_question.items())},
        "encode_p50_ms": percentile(encoding, 0.5),
        "retrieval_p50_ms": percentile(retrieval, 0.5),
        "retrieval_p95_ms": percentile(retrieval, 0.95),
        "rss_mb": rss,
        "peak_rss_mb": peak,
    }
    out |= asyncio.run(reload_while_asked(live, questions[n_ask:], data / "faq.yaml"))
    return out


# ---------------------------------------------------------------- the sizes, side by side


def measure_size(factor: int, n: int, work: Path, runs: tuple[str, ...] = ("cold", "warm")) -> dict:
    data = work / "data"
    if data.exists():
        shutil.rmtree(data)
    copy_data(work)
    asked = grow(data, factor)
    real = real_questions()
    # Half real questions, half paraphrases of generated entries (at 1× there are none: all real).
    mixed = [q for pair in zip(real, [q for q, _ in asked], strict=False) for q in pair]
    questions = (mixed + real[len(asked) :])[: 2 * n]
    grown = (data / "faq.yaml").read_text(encoding="utf-8")
    (work / "questions.json").write_text(json.dumps(questions, ensure_ascii=False), encoding="utf-8")
    row: dict = {"factor": factor}
    for cache in runs:  # the first run fills the state folder's embedding cache
        child = subprocess.run(
            [sys.executable, __file__, "--one", str(work)], capture_output=True, text=True, cwd=ROOT, check=False
        )
        if child.returncode:
            raise SystemExit(f"{factor}× ({cache}) failed:\n{child.stderr[-3000:]}")
        row[cache] = json.loads(child.stdout.strip().splitlines()[-1])
        (data / "faq.yaml").write_text(grown, encoding="utf-8")  # the run's reload edited it
    env = {"KAOWU_STATE_DIR": str(work / "state"), "PATH": "/usr/bin:/bin"}
    for key in ("check_first_s", "check_s"):  # the first check also encodes the clauses read out of samples
        t = time.perf_counter()
        check = subprocess.run(
            [sys.executable, "-m", "bot", "check", str(data)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            check=False,
        )
        row[key] = time.perf_counter() - t
        row["check_lines"] = len(check.stdout.splitlines())
    return row


def table(rows: list[dict]) -> str:
    lines = [
        "| size | entries | samples | index build cold / warm | answer p50 / p95 | of which retrieval p50 / p95 "
        "| check first / again | reload: longest extra wait of a reply / loop lag | RSS |",
        # extra wait: the slowest reply overlapping the reload less the quiet median reply (a long question is
        # slower anyway); the same question asked quietly again is printed under the table.
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        w = r["warm"]
        cold = f"{r['cold']['index_s']:.0f} s" if "cold" in r else "–"
        stall = max(r[c]["stall_ms"] for c in ("cold", "warm") if c in r)
        lag = max(r[c]["loop_lag_max_ms"] for c in ("cold", "warm") if c in r)
        lines.append(
            f"| {r['factor']}× | {w['entries']} | {w['samples']} | {cold} / {w['index_s']:.1f} s | "
            f"{w['answer_p50_ms']:.0f} / {w['answer_p95_ms']:.0f} ms | "
            f"{w['retrieval_p50_ms']:.1f} / {w['retrieval_p95_ms']:.1f} ms | {r['check_first_s']:.0f} s / {r['check_s']:.1f} s | "
            f"{stall:.0f} ms / {lag:.0f} ms | {w['rss_mb']:.0f} MB |"
        )
    return "\n".join(lines)


def met(rows: list[dict]) -> list[str]:
    missed = []
    for r in rows:
        f = r["factor"]
        for cache in ("cold", "warm"):
            if cache not in r:
                continue
            if f in ANSWER_P95_MS and r[cache]["answer_p95_ms"] > ANSWER_P95_MS[f]:
                missed.append(f"{f}× {cache}: answer p95 {r[cache]['answer_p95_ms']:.1f} ms > {ANSWER_P95_MS[f]:g}")
            if r[cache]["stall_ms"] > STALL_MS:
                missed.append(f"{f}× {cache}: a reply waited {r[cache]['stall_ms']:.0f} ms on the reload")
        if f in CHECK_S and r["check_s"] > CHECK_S[f]:
            missed.append(f"{f}×: check {r['check_s']:.1f} s > {CHECK_S[f]:g}")
    return missed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10,100", help="factors of today's entry count, comma-separated")
    ap.add_argument(
        "-n", type=int, default=300, help="distinct questions timed per size (as many again for the reload)"
    )
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--work", type=Path, help="keep each size's folder here (default: a temporary folder)")
    ap.add_argument("--warm-only", action="store_true", help="skip the cold run (with --work, after a first run)")
    ap.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # the child: one size, one cache state
    args = ap.parse_args()
    if args.one:
        questions = json.loads((args.one / "questions.json").read_text(encoding="utf-8"))
        print(json.dumps(one_size(args.one, questions)))
        return 0
    rows = []
    runs = ("warm",) if args.warm_only else ("cold", "warm")
    for factor in (int(s) for s in args.sizes.split(",")):
        if args.work:
            (args.work / f"{factor}x").mkdir(parents=True, exist_ok=True)
            rows.append(measure_size(factor, args.n, args.work / f"{factor}x", runs))
        else:
            with tempfile.TemporaryDirectory(prefix=f"kaowu-scale-{factor}x-") as work:
                rows.append(measure_size(factor, args.n, Path(work), runs))
        print(json.dumps(rows[-1]) if args.json else f"{factor}× done", file=sys.stderr)
    print(json.dumps(rows, indent=1) if args.json else table(rows))
    if not args.json:
        for r in rows:
            counts = r["warm"].get("embedded_per_question", {})
            shown = ", ".join(f"{v} questions {k}" for k, v in counts.items())
            print(f"{r['factor']}× texts embedded per question (warm): {shown}")
            w = r["warm"]
            print(
                f"{r['factor']}× reload (warm): {w['replies_during']} replies overlapped it ({w['reload_s']:.1f} s); "
                f"each against the same question asked quietly: p50 +{w['same_question_extra_p50_ms']:.0f} ms, "
                f"max +{w['same_question_extra_max_ms']:.0f} ms"
            )
    missed = met(rows)
    for m in missed:
        print("MISSED", m)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
