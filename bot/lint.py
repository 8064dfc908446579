"""`python -m bot check`: the staff's linter for the data folder.

Errors are whatever `knowledge.load` refuses (the bot would keep its last good data). Warnings come from
running the real answer engine over faq.yaml's own sample questions, because what makes answers
unpredictable is how the engine behaves, not how the text looks:
- a sample question of one entry that the engine answers with another entry, or only with a menu of choices;
- two entries with near-identical questions (after the engine's own normalisation and synonyms);
- an entry that none of its own sample questions reaches.
A sample the engine hands to the contact directory or turns away as another exam is routed on purpose
(answer.py's policy), so it is not reported on its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from rapidfuzz import fuzz

from . import semantic
from .answer import Answerer, Reply
from .faq import tokens
from .knowledge import FAQ_FILE, DataError, Knowledge, Problem, load
from .loader import line_of, read_tree
from .understand import clauses

__all__ = ["MAX_ERRORS", "MAX_WARNINGS", "check_folder", "overlap_warnings"]

MAX_ERRORS = 20  # a file broken everywhere is fixed from the top; the rest follows after the next check
MAX_WARNINGS = 8
NEAR_IDENTICAL = 90  # rapidfuzz ratio of two normalised questions; 申报/报名 什么时候开始 is 87.5 and is fine
_ROUTED = ("contact", "offtopic")  # answer.py sends these elsewhere by design


def check_folder(data_dir: Path | str) -> list[Problem]:
    """Every problem in the folder: errors first (capped), then overlap warnings (capped)."""
    trees: dict[str, object] = {}  # the trees load parses (faq.yaml's lines): 100× today's file takes seconds
    try:
        knowledge = load(data_dir, trees=trees)
    except DataError as e:
        return _capped(list(e.problems), MAX_ERRORS, warning=False)
    tree = trees.get(FAQ_FILE) or read_tree(Path(data_dir) / FAQ_FILE)[0]
    return list(knowledge.warnings) + _capped(overlap_warnings(knowledge, tree), MAX_WARNINGS, warning=True)


def overlap_warnings(knowledge: Knowledge, tree: object) -> list[Problem]:
    """Warnings about faq.yaml samples the engine would not answer with their own entry."""
    answerer = Answerer(knowledge)
    entries = knowledge.faq.faqs

    def line(i: int, j: int | None = None) -> int:
        return line_of(tree, ["faqs", i] if j is None else ["faqs", i, "questions", j])

    problems: list[Problem] = []
    flagged: set[tuple[int, int]] = set()  # samples already explained by a near-identical warning

    index = answerer.index
    where = index.origins
    texts = [s for _, s in index.samples]
    # Every sample's retrieval in a few matrix products, not one pass over all samples each; with the samples,
    # the clauses the engine will read out of them (a miss only costs time, never changes a result).
    read_out = [c for entry in entries for q in entry.questions for c in clauses(q)]
    # (on every core the encoder may: `check` is a process of its own, with no member to answer)
    with semantic.starting(), index.bulk(texts + read_out):
        nearest = index.nearest_other()
        asked = [[answerer.answer(q) for q in entry.questions] for entry in entries]

    # Near-identical questions in two entries: compare what the engine compares (synonyms applied).
    # One warning per pair of entries, on the first such question.
    # Each sample against its most similar sample of another entry (found in the same matrix products), then
    # the near-identity test on that one pair.
    pairs: dict[tuple[int, int], list[tuple[int, str, int, str]]] = defaultdict(list)
    for a, b in nearest:
        if b < 0 or not _near_identical(texts[a], texts[b]):
            continue
        (i1, j1), (i2, j2) = sorted([where[a], where[b]])
        if (j2, entries[i2].questions[j2]) in [(x[2], x[3]) for x in pairs[(i1, i2)]]:
            continue
        pairs[(i1, i2)].append((j1, entries[i1].questions[j1], j2, entries[i2].questions[j2]))
        flagged |= {(i1, j1), (i2, j2)}
    for (i1, i2), found in pairs.items():
        j1, q1, j2, q2 = found[0]
        more = f"（另有 {len(found) - 1} 对也是）" if len(found) > 1 else ""
        problems.append(
            Problem(
                FAQ_FILE,
                line(i1, j1),
                f"{entries[i1].id} 的「{q1}」和 {entries[i2].id} 的「{q2}」（第 {line(i2, j2)} 行）几乎一样{more}，"
                "机器人分不清用哪条回答；请删掉一个或改得更具体",
                warning=True,
            )
        )

    # Each sample through the real engine. Grouped by (entry, outcome) so one confusion is one line.
    outcomes: dict[tuple[int, str], list[tuple[int, str]]] = defaultdict(list)
    for i, entry in enumerate(entries):
        reached = False
        routed = 0
        for j, (q, reply) in enumerate(zip(entry.questions, asked[i], strict=True)):
            if reply.entry_id == entry.id:
                reached = True
            elif reply.kind in _ROUTED:
                routed += 1
            elif (i, j) not in flagged:
                outcomes[(i, _outcome(reply))].append((j, q))
        if not reached:
            why = "都被转去了联系人查询或被当作别的考试" if routed == len(entry.questions) else "没有一个会用这一条回答"
            problems.append(
                Problem(FAQ_FILE, line(i), f"{entry.id}: 它自己的问法{why}，这一条不会被用到", warning=True)
            )
    for (i, outcome), found in outcomes.items():
        j, q = found[0]
        more = f"（另有 {len(found) - 1} 个问法也是）" if len(found) > 1 else ""
        problems.append(Problem(FAQ_FILE, line(i, j), f"{entries[i].id} 的「{q}」{outcome}{more}", warning=True))
    return sorted(problems)


def _outcome(reply: Reply) -> str:
    if reply.kind == "faq":
        return f"会被机器人用 {reply.entry_id} 回答；请把问法改得更具体，或合并这两条"
    if reply.kind == "clarify":
        return f"会让机器人反问（{'、'.join(reply.choices)} 之间选），不会直接回答；请把问法改得更具体"
    return "机器人答不上来；请换一个更像这一条的问法"


def _near_identical(a: str, b: str) -> bool:
    if a == b:
        return True
    words_a, words_b = sorted(tokens(a)), sorted(tokens(b))
    if len(words_a) >= 2 and words_a == words_b:
        return True  # the same words in another order (one shared word alone is not a clash: 考试 / 考试过了吗)
    return min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= NEAR_IDENTICAL


def _capped(problems: Sequence[Problem], limit: int, *, warning: bool) -> list[Problem]:
    out = list(problems[:limit])
    rest = len(problems) - limit
    if rest > 0:
        files = sorted({p.file for p in problems[limit:]})
        what = "条提醒" if warning else "个问题"
        out.append(Problem(files[0], 1, f"……另有 {rest} {what}没有列出（先改上面的，再运行一次检查）", warning))
    return out
