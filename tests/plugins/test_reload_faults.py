"""Reloads under stress: a save landing mid-parse is never lost, and no failing reload stops the watcher."""

from __future__ import annotations

from pathlib import Path

import pytest
from nonebug import App

from bot.live import LiveKnowledge
from tests.plugins.test_staff import PARKING, append, live_data  # noqa: F401  (a fixture)

LUNCH = "  - id: lunch\n    questions: [中午在哪吃饭]\n    answer: 考点食堂中午开放。\n"


def save_during_next_parse(monkeypatch: pytest.MonkeyPatch, path: Path, text: str, times: int = 1) -> list[int]:
    """Make the loader's next `times` parses of `path` save `text` appended to it (a save landing mid-parse)."""
    import bot.loader as loader

    parse = loader._parse_tree
    saves: list[int] = []

    def parse_while_saving(name: str, data: bytes):
        if name == path.name and len(saves) < times:
            saves.append(1)
            append(path, text.replace("{n}", str(len(saves))))
        return parse(name, data)

    monkeypatch.setattr(loader, "_parse_tree", parse_while_saving)
    return saves


def test_a_save_mid_parse_is_seen_as_stale_and_read_again(data_copy: Path, monkeypatch: pytest.MonkeyPatch):
    """The save lands after the bytes were read: the reload applies the older version and says it is stale."""
    live = LiveKnowledge.open(data_copy)
    append(data_copy / "faq.yaml", PARKING)
    save_during_next_parse(monkeypatch, data_copy / "faq.yaml", LUNCH)
    first = live.reload()
    assert first.added == ("parking",) and live.stale()
    second = live.reload()
    assert second.added == ("lunch",) and not live.stale()
    assert "lunch" in {e.id for e in live.knowledge.faq.faqs}


async def test_reload_now_follows_saves_that_land_mid_parse(app: App, live_data: Path, monkeypatch):  # noqa: F811
    """Three saves, each landing while the previous one is parsed: one reload ends on the last, naming all."""
    from plugins.knowledge import live, reload_now

    faq = live_data / "faq.yaml"
    append(faq, PARKING)
    saves = save_during_next_parse(
        monkeypatch, faq, "  - id: extra-{n}\n    questions: [第{n}个新问题是什么]\n    answer: 第{n}个。\n", times=3
    )
    result = await reload_now()
    assert len(saves) == 3 and not live.stale()
    assert result.ok and result.added == ("parking", "extra-1", "extra-2", "extra-3")
    assert "问答没有变化" not in result.summary()
    assert live.knowledge.faq.faqs[-1].id == "extra-3"


async def test_a_save_mid_parse_after_a_broken_one_is_applied(app: App, live_data: Path, monkeypatch):  # noqa: F811
    """Broken YAML saved, then fixed while the broken one is parsed: the fix is live, no stale alert remains."""
    import plugins.knowledge as knowledge_plugin
    from plugins.knowledge import live, reload_now

    faq = live_data / "faq.yaml"
    good = faq.read_text(encoding="utf-8")
    faq.write_text(good + "  - id: lunch\n    questions: [中午在哪吃饭\n", encoding="utf-8")
    import bot.loader as loader

    parse = loader._parse_tree
    fixed: list[int] = []

    def fix_while_parsing(name: str, data: bytes):
        if name == "faq.yaml" and not fixed:
            fixed.append(1)
            faq.write_text(good + LUNCH, encoding="utf-8")
        return parse(name, data)

    monkeypatch.setattr(loader, "_parse_tree", fix_while_parsing)
    result = await reload_now()
    assert result.ok and result.added == ("lunch",) and live.knowledge.faq.faqs[-1].id == "lunch"
    assert knowledge_plugin._alerts.told == ()


async def test_the_watcher_outlives_a_reload_that_raises(app: App, monkeypatch: pytest.MonkeyPatch):
    """Whatever a reload throws, the watcher logs it and keeps following (two such edits stopped it before)."""
    import plugins.knowledge as knowledge_plugin

    calls: list[int] = []

    async def explode(**_: object) -> None:
        calls.append(1)
        raise OverflowError("date value out of range")

    monkeypatch.setattr(knowledge_plugin, "reload_now", explode)
    await knowledge_plugin._reload_from_watcher()
    await knowledge_plugin._reload_from_watcher()
    assert calls == [1, 1]


async def test_an_overflowing_lead_saved_live_is_an_alert_not_a_crash(app: App, live_data: Path):  # noqa: F811
    """remind: [99999999999d] saved while running: the last good data stays, staff get the line, twice-safe."""
    from plugins.knowledge import live, reload_now

    deadlines = live_data / "deadlines.yaml"
    before = live.answerer
    text = deadlines.read_text(encoding="utf-8")
    deadlines.write_text(text.replace("remind: [15h]", "remind: [99999999999d]", 1), encoding="utf-8")
    first = await reload_now()
    deadlines.write_text(text.replace("remind: [15h]", "remind: [1e400]", 1), encoding="utf-8")
    second = await reload_now()
    for result in (first, second):
        assert not result.ok and [p.file for p in result.problems] == ["deadlines.yaml"]
    assert live.answerer is before
