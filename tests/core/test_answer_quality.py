"""Every case of our held-out sets, through the core: a question in, the facts it needs out, no wrong fact.

The sets (tests/eval/*.yaml) are in the acceptance format of ../shared/eval/dev_cases.yaml and are scored with
../shared/tools/evalkit.py. A case marked `gap:` is a known limitation: it is expected to fail (strictly, so
fixing it shows up). tools/bench_answer.py prints the same cases with accuracy per kind and timing.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from bot.answer import Answerer
from bot.knowledge import load

ROOT = Path(__file__).resolve().parents[2]
SHARED_TOOLS = ROOT.parent / "shared" / "tools"
SETS = [ROOT / "tests" / "eval" / "faq_paraphrases.yaml", ROOT / "tests" / "eval" / "contact_paraphrases.yaml"]
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))  # the notice's season is long past

if not (SHARED_TOOLS / "evalkit.py").exists():
    pytest.skip(f"the acceptance check helpers are not at {SHARED_TOOLS}", allow_module_level=True)
sys.path.insert(0, str(SHARED_TOOLS))
from evalkit import check, expand  # noqa: E402


def _cases() -> list:
    out = []
    for path in SETS:
        for c in yaml.safe_load(path.read_text(encoding="utf-8")):
            marks = [pytest.mark.xfail(reason=c["gap"], strict=True)] if c.get("gap") else []
            out.append(pytest.param(c, id=f"{path.stem[:3]}-{c.get('kind', 'faq')}-{c['q']}", marks=marks))
    return out


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return Answerer(load(ROOT / "data"))


@pytest.mark.parametrize("case", _cases())
def test_case(answerer: Answerer, case: dict) -> None:
    """The reply to a coordinator's question carries every expected fact and none of the forbidden ones."""
    expect = [r for s in case.get("expect", []) for r in expand(str(s))]
    forbid = [r for s in case.get("forbid", []) for r in expand(str(s))]
    reply = answerer.answer(str(case["q"]), now=NOW)
    ok_expect, ok_forbid, why = check(reply.text, expect, forbid)
    assert ok_expect and ok_forbid, f"{why}\n{reply.text}"
