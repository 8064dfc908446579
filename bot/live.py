"""The knowledge the bot answers from right now, swapped whole when the data files change.

A reload builds the new Knowledge and Answerer completely before the swap, so a question never sees half a
change, and a file that fails validation changes nothing: the last good data keeps answering.

Reading (slow, pure: `read`, which also builds the new answerer) and swapping (`apply`) are separate so the
plugin can read in a worker thread and swap on the event loop. What was loaded is fingerprinted from the very
bytes that were parsed, and `stale` tells when a file changed after they were read, so a save that lands
during a reload is read again rather than mistaken for what is already live. `StaffAlerts` decides what staff are told, so that a broken file is reported once
per distinct set of problems, and its repair once.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from . import semantic
from .answer import Answerer, Reply
from .knowledge import DATA_FILES, FAQ_FILE, DataError, Knowledge, Problem, load
from .loader import current_fingerprints
from .precedence import answering, let_go, make_way

__all__ = ["MAX_LISTED", "LiveKnowledge", "ReloadResult", "StaffAlerts", "changes", "keep_for_start"]

MAX_LISTED = 8  # problems or ids named in one chat message; a reply stays within one phone screen


def _names(ids: tuple[str, ...]) -> str:
    shown = "、".join(ids[:MAX_LISTED])
    return shown + (f" 等 {len(ids)} 条" if len(ids) > MAX_LISTED else "")


@dataclass(frozen=True)
class ReloadResult:
    ok: bool
    changed_files: bool
    problems: tuple[Problem, ...] = ()
    entries: int = 0
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    files: tuple[str, ...] = ()  # data files whose content changed (on success)

    def problem_lines(self) -> list[str]:
        lines = [str(p) for p in self.problems[:MAX_LISTED]]
        if len(self.problems) > MAX_LISTED:
            lines.append(f"……另有 {len(self.problems) - MAX_LISTED} 个问题，运行 python -m bot check 查看全部")
        return lines

    def summary(self) -> str:
        """What staff see after /faq reload: at most 13 lines."""
        if not self.ok:
            return "\n".join(["数据文件有错误，机器人仍在用上一个正确的版本回答：", *self.problem_lines()])
        lines = [f"现在有 {self.entries} 条问答在用。"]
        for label, ids in (("新增", self.added), ("修改", self.changed), ("删除", self.removed)):
            if ids:
                lines.append(f"{label}：{_names(ids)}")
        if not (self.added or self.changed or self.removed):
            lines.append("问答没有变化。")
        others = [f for f in self.files if f != FAQ_FILE]
        if others:
            lines.append(f"另外更新了：{'、'.join(others)}")
        return "\n".join(lines)


def changes(old: Knowledge, new: Knowledge) -> ReloadResult:
    """What a swap from `old` to `new` changed, for the log and for staff."""
    before = {e.id: e for e in old.faq.faqs}
    after = {e.id: e for e in new.faq.faqs}
    return ReloadResult(
        True,
        old.digest != new.digest,
        entries=len(after),
        added=tuple(i for i in after if i not in before),
        changed=tuple(i for i in after if i in before and before[i] != after[i]),
        removed=tuple(i for i in before if i not in after),
        files=tuple(n for n in DATA_FILES if new.fingerprints.get(n) != old.fingerprints.get(n)),
    )


# Start-up validates the data before nonebot starts (bot/app.py), and the knowledge plugin opens it once
# nonebot is up: the first load is handed over rather than read twice (about 0.3 s), if no file changed.
_handover: tuple[Path, Knowledge] | None = None


def keep_for_start(data_dir: Path | str, knowledge: Knowledge) -> None:
    """Keep a freshly loaded Knowledge for the next `LiveKnowledge.open` of the same, unchanged folder."""
    global _handover
    _handover = (Path(data_dir).resolve(), knowledge)


def _take_handover(data_dir: Path) -> Knowledge | None:
    global _handover
    kept, _handover = _handover, None  # taken once: a later open reads the files again
    if kept is not None and kept[0] == data_dir.resolve():
        try:
            if current_fingerprints(data_dir) == dict(kept[1].fingerprints):
                return kept[1]
        except Exception:  # a file gone or unreadable now: load() says what is wrong
            return None
    return None


_building = 0  # reads and opens under way (the collector is off while any is)
_collector_was_on = True
_switch_interval = 0.005
_building_lock = threading.Lock()
# How often the interpreter hands the GIL to another thread while a reload builds (Python's default: 5 ms). A
# reply in progress gives the GIL up at every numpy operation on the samples and the encoder call, and waited
# up to an interval each time to get it back from the building thread: measured at 100× entries, the slowest
# reply during a reload used 20 ms of CPU and took 130–170 ms; with 1 ms, 60–85 ms (0.5 and 2 ms: no better).
BUILD_SWITCH_INTERVAL = 0.001


@contextmanager
def _quiet_build(*, freeze: bool) -> Iterator[None]:
    """Build with the cyclic garbage collector off and the GIL handed round often; `freeze` afterwards (start-up).

    A reload makes hundreds of thousands of objects (the YAML tree of 100× today's faq.yaml alone), and the
    full collections they trigger each walk every object of the process in one C call that holds the GIL:
    measured at 100× entries, six of 100–200 ms in one reload, and every reply and the event loop waited for
    each (tools/bench_scale.py). What start-up loads (jieba's dictionary, the place names, the model's
    tables) stays for good: frozen, no collection walks it again. Before a reload builds, what the last swap
    dropped is collected (a few ms: only what is not frozen), so its memory is reused rather than added to.
    """
    global _building, _collector_was_on, _switch_interval
    make_way()  # each collection below holds the interpreter (10–25 ms at 100×): not while a member is answered
    with _building_lock:
        if _building == 0:
            _collector_was_on = gc.isenabled()
            if _collector_was_on:
                gc.collect()
            gc.disable()
            _switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch_interval, BUILD_SWITCH_INTERVAL))
        _building += 1
    try:
        yield
    finally:
        make_way()
        with _building_lock:
            _building -= 1
            if _building == 0:
                sys.setswitchinterval(_switch_interval)
                if freeze:
                    gc.freeze()
                if _collector_was_on:
                    gc.collect(0)  # what the build made, once: else the first allocation after enabling does it
                    gc.enable()


@dataclass
class LiveKnowledge:
    data_dir: Path
    answerer: Answerer
    last_problems: tuple[Problem, ...] = field(default=())
    # Fingerprints of the files as the last read saw them (good or broken): what `stale` compares with.
    _last_read: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def open(cls, data_dir: Path | str) -> LiveKnowledge:
        """Load at start-up; raises DataError (with file and line) when the data is broken."""
        data_dir = Path(data_dir)
        with _quiet_build(freeze=True), semantic.starting():
            knowledge = _take_handover(data_dir) or load(data_dir)
            return cls(data_dir, Answerer(knowledge), _last_read=dict(knowledge.fingerprints))

    @property
    def knowledge(self) -> Knowledge:
        return self.answerer.knowledge

    def answer(self, question: str, now: datetime | None = None, asker: object = None) -> Reply:
        with answering():  # a reload building meanwhile steps aside (bot.precedence)
            return self.answerer.answer(question, now=now, asker=asker)

    def reload(self) -> ReloadResult:
        """Read the folder again and swap if it is valid and different."""
        return self.apply(self.read())

    def read(self) -> Knowledge | Answerer | DataError:
        """Load and validate the folder, and build the answerer for it when it changed.

        Safe to run in a worker thread (touches nothing live), and meant to: parsing and building the index
        take long enough to stall every reply if done on the event loop. Never raises.
        """
        trees: dict = {}  # the files' round-trip trees: let go of a piece at a time (bot.precedence), not at once
        try:
            with _quiet_build(freeze=False):
                try:
                    loaded = load(self.data_dir, trees=trees)
                finally:
                    let_go(trees)
                if loaded.digest == self.knowledge.digest:
                    return loaded
                return Answerer(loaded)
        except DataError as e:
            return e
        except Exception as e:  # the loader promises file:line errors only; a bug must still not stop reloads
            return DataError([Problem(FAQ_FILE, 1, f"数据没能加载（{e!r}），请把这次的改动发给维护者")])

    def apply(self, loaded: Knowledge | Answerer | DataError) -> ReloadResult:
        """Swap in what `read` returned, or keep the current data and report why not."""
        old = self.knowledge
        if isinstance(loaded, DataError):
            self.last_problems = tuple(loaded.problems)
            self._last_read = dict(loaded.fingerprints)
            return ReloadResult(False, True, self.last_problems, entries=len(old.faq.faqs))
        self.last_problems = ()
        new = loaded.knowledge if isinstance(loaded, Answerer) else loaded
        self._last_read = dict(new.fingerprints)
        if new.digest == old.digest:
            return ReloadResult(True, False, entries=len(new.faq.faqs))
        answerer = loaded if isinstance(loaded, Answerer) else Answerer(loaded)
        # A member who was just offered numbered choices may answer "2" after the swap; keep what they were
        # offered (a choice whose entry was removed simply falls through to a normal answer).
        answerer._pending.update(self.answerer._pending)
        self.answerer = answerer  # the swap: after everything is built
        return changes(old, new)

    def stale(self) -> bool:
        """Did a file change after the last read took its bytes? (A save that landed mid-reload.)"""
        return bool(self._last_read) and current_fingerprints(self.data_dir) != self._last_read


@dataclass
class StaffAlerts:
    """What to tell staff after a reload: a new set of problems, or that the data is good again. Else nothing."""

    told: tuple[Problem, ...] = ()

    def after(self, result: ReloadResult) -> str | None:
        if not result.ok:
            if result.problems == self.told:
                return None  # the same mistake saved twice: they already know
            self.told = result.problems
            return "\n".join(
                [
                    "【考务助手】数据文件有错误，没有生效，机器人仍在用上一个正确的版本回答：",
                    *result.problem_lines(),
                    "改好保存后 5 秒内自动生效。",
                ]
            )
        if self.told:
            self.told = ()
            return "【考务助手】数据文件已改好，新版本已生效。\n" + result.summary()
        return None
