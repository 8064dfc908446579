"""answer(question, now) → Reply. The policy, in the order it is applied:

1. A bare number right after numbered choices picks that choice.
2. Understand the message: its clauses, what each names (levels, papers, days), and a date the member states
   (「今天都12月17号了」 is "now" for this answer).
3. A contact of ours named (a person, a phone number, an e-mail), or a place asked about, goes to contacts.
4. Each clause is compared with every FAQ sample (bot.faq: meaning, words, sounds). One rerank step, with named
   reasons (a facet cue; a window or countdown entry only when time is asked). A clause about another subject
   (bot.topics) gets nothing of ours. Every clause with a confident entry is answered, so a two-part question
   gets both parts; its facet narrows the answer to the level, paper or day asked (bot.facets).
5. Close but unsure: numbered choices. Some evidence but no answer: say the notice does not say, and name the
   考务 contacts. No evidence of ours at all: say what the bot answers, with no fact.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import cache, lru_cache, reduce
from itertools import pairwise
from typing import Literal

import numpy as np
from pypinyin import lazy_pinyin
from rapidfuzz.distance import Levenshtein

from . import facets, semantic
from .contacts import ContactDirectory
from .dates import format_date, format_span
from .faq import _CJK, FEW, FaqIndex, Hit, _ensure_dictionary, informativeness, words
from .knowledge import FaqEntry, Knowledge, windows_named
from .lexicon import TAGGER, TOKENIZER
from .routing import ContactFinding, ContactRouter
from .schema import Window
from .text import EMAIL, normalize
from .thesaurus import a_person, addresses_people, function_word, states_a_mind
from .topics import (
    ANOTHER,
    EXTENT,
    FIRST_PERSON,
    FOREIGN_SHARE,
    RESULTATIVE,
    SUBJECT_KINDS,
    Topics,
    people_word,
    verb_core,
    verb_done,
)
from .understand import (
    A_NOT_A_ASKED,
    ASKING_ONLY,
    CAN,
    COINCIDE,
    CONFIRM_TAGS,
    COUNT_ORIGIN,
    COUNTS_TODAY,
    DATE_IN_TEXT,
    DAYS_AHEAD,
    DIFFERENCE_WORDS,
    EACH,
    IN_TIME,
    INTERROGATIVE,
    LEFT_VERBS,
    RELATIVE_DAY_IN_TEXT,
    SAME_WORDS,
    SCHEDULING,
    SPAN_BOUNDS,
    TAGS_ENDING,
    THEN,
    TIME_AMOUNTS,
    TIME_WORD,
    TODAY_WORDS,
    WEEK_OF,
    WEEKDAY_ASKED,
    WEEKDAY_INDEX,
    WEEKDAY_NAMED,
    WHICH_ONE,
    Understanding,
    Vocabulary,
    arabic_numbers,
    asking_word,
    asks_between,
    asks_when,
    compared,
    day_said_with_weekday,
    elliptical,
    month_named,
    raw_clauses,
    respective,
    stated_time,
    stated_today,
    understand,
)

__all__ = ["Answerer", "Reply", "prepare"]

# What speech puts between the two parts of a separable verb (报上名, 报了名, 交过费): an aspect particle or a
# complement of result; `Answerer._rejoined` writes the verb whole again.
_SPLITS_A_VERB = frozenset("了上过")

ReplyKind = Literal["faq", "contact", "clarify", "fallback", "offtopic", "help"]

# Thresholds on the combined similarity (bot.faq), measured with tools/score_set.py on the dev set and blind8,
# and with tools/bench_fewshot.py: above ACCEPT an entry answers; from CLARIFY the member is offered choices
# when a runner-up is within MARGIN; below EVIDENCE nothing of ours was asked.
ACCEPT = 0.55
CLARIFY = 0.45
STATED = 0.60  # ACCEPT for a message that asks nothing
MARGIN = 0.03
EVIDENCE = 0.35
# Closer in meaning than this to one sample (rescaled cosine), a question with words new to us (证件丢了 for
# 身份证忘带) still asks that sample's question; measured with tools/bench_fewshot.py against blind8's negatives.
SAME_MEANING = 0.85
# Above this share of words new to us a question is about something new, however close its meaning (今年考研
# 是几号): 0.65 lost no answer on any tunable set; 0.5 cost staff entries and FAQ answers.
NEW_WORDS = 0.65
# A question whose cosine with a FEW-sample entry's answer, less READS_MEANING × its meaning with the samples, reaches
# READS_ANSWER asks what that answer says (_reads_answer); its new words are the answer's things said otherwise.
READS_ANSWER = 0.757
READS_MEANING = 0.2
# Rerank reasons (added to or taken from an entry's own similarity, never copied from another entry's).
FACET_CUE = 0.05  # the question names what the entry's facet narrows by (a level, a paper, a day)
WHEN_UNTIMED = 0.1  # and more when a question word asks for a time (何时, 几号, 什么时候)
# The things to do in a week or a month named (这周有哪些事要办): only the timeline lists them, by day; an entry of
# one step's requirements shares the words (工作, 要求) but says nothing of that week.
PERIOD_CUE = 0.1
UNASKED_TIME = 0.08  # a window or countdown entry, and the question asks no time
# Modal verbs, after which a question says what must be done (考核站点应…, 考生需要…); the words before them within
# MODAL_WITHIN words are who must do it.
MODALS = frozenset({"应", "应该", "应当", "需要", "须", "必须", "需", "该"})
MODAL_WITHIN = 6
ACTOR_SHARE = 0.1  # an actor most questions name (考核站点: 考核 in 7 of 31 entries' samples, 站点 in 5)
UNTIMED = 0.03  # the question asks or names a time, and the entry's answer states none (an answer of the wrong type);
# 0.05 lost two hard negatives (blind15, blind22) and two staff paraphrases that 0.03 keeps (tools/score_set.py)
CONTENT = 6.0  # a message whose every word is commoner than this in general Chinese (的, 了, 是) asks nothing
KEY_WORD = 0.045  # the entry's samples hold the question's rarest word of ours (bot.answer._key_word)
KEY_RARITY = 9.0  # commoner words than this (考试, 时间, 学生) say too little to be the key
# The question names a thing by a modifier and its head noun (技术 负责人), and the entry's samples name that head only
# with other modifiers (考务 负责人): the entry is about another one of that kind.
OTHER_MODIFIER = 0.08
_MODIFIER_FLAGS = ("n", "vn", "nz")
# An entry with two or three samples (as staff add them) is judged on the best of fewer draws than one with eight:
# its best match runs lower for the same meaning. 0.06 raised fewshot10 37→42/80 and fewshot8 9→11 with no FAQ
# answer lost on any tunable set; 0.08 began to take FAQ answers (tools/bench_fewshot.py, tools/score_set.py).
FEW_SAMPLES = 0.06
# Such an entry's words are few, so a member's words are often new to us and the gate would turn them away. A new
# word that means what one of the entry's own words means (e5 cosine of the two words alone) is the entry's word:
# 寝室/宿舍 .945, 白纸/草稿纸 .894 are; 机房/考场 .862, 同学/电脑 .879 are not. Not for entries with many samples:
# there a kind of exam is as near to 考试 as a synonym (考研/考试 .913) and the gate holds the notice's negatives.
# Measured: fewshot8 11→14/80, fewshot10 46→52, fewshot12 9→14, no FAQ answer lost on any tunable set, 1 negative.
WORD_NEAR = 0.89
# A few-sample entry (as staff add them) ahead of every other entry by this much, for a question that names nothing of
# ours, is asked about whatever new words the question says it in. Measured with tools/bench_fewshot.py on every staff
# set (2468 paraphrases, 676 negatives): 0.05 reached 15 more paraphrases and answered 4 more negatives.
STAFF_LEAD = 0.05
# ... and so, by this much, for a question that also names things of ours (机房, 考生: the sites staff write about)
STAFF_CLEAR_LEAD = 0.2
TIE = 0.005  # two entries closer than this to a question are indistinguishable: ask which
ASKED_LEAD = 0.06  # the asking clause's first entry leads its second by less than this: it barely tells them apart
DESCRIBED_LEAD = 0.15  # and a clause describing the matter comes this much nearer the second than it does the first
# A question asked exactly as one entry's sample (a sample staff just taught) is that entry's, even where a
# few-sample entry's bonuses (FEW_SAMPLES, its answer's evidence) reach the 1.0 cap beside it.
VERBATIM = 2 * TIE
MAX_QUESTION = 300  # characters looked at; a wall of text is not a question
MAX_CLAUSES = 4  # the last ones: context comes first, the question last
MAX_LINES = 15  # a reply fits on one phone screen
SAID_ALREADY = 0.85  # a reply whose character pairs another in the same message holds this share of adds nothing
CLARIFY_TTL = timedelta(minutes=10)


@dataclass(frozen=True)
class Reply:
    text: str
    kind: ReplyKind
    entry_id: str | None = None
    choices: tuple[str, ...] = ()

    @property
    def answered(self) -> bool:
        """False for the replies staff should look at: fallbacks, clarifications and questions turned away."""
        return self.kind not in ("fallback", "clarify", "offtopic")


@dataclass
class _Pending:
    choices: tuple[str, ...]
    question: str
    expires: datetime


# 「@考务助手 下周一考什么」: a mention typed as text says whom the message is for, not what it asks (QQ sends a real
# @ as a segment of its own, which never reaches the text).
_MENTION = re.compile(r"(?:^|(?<=\s))[@＠][^\s@＠]{1,24}(?:\s+|$)")

# A clock time said (9点, 1点整, 14:00): a time stated of what the clause names.
_CLOCK_SAID = re.compile(r"\d{1,2}(?:点|[:：]\d{2})")

# A verb's first character that says the act begins (开打, 开考, 开报, 起算): the act itself is the second.
_BEGINS = "开起"

# A clause that is only a tag asking whether what was said holds (对吧, 是不是, 真的假的), or one that ends on it
_ONLY_A_TAG = re.compile(rf"(?:{CONFIRM_TAGS})")
_TAG_ENDS = re.compile(rf"(?<=[\u4e00-\u9fff])(?:{TAGS_ENDING})$")
# Verbs of a window's time, said of any window (its end, being in time): no thing of one entry's
_WINDOW_WORDS = frozenset({"截止", "结束", "开始", "来得及", "赶得上", "赶趟", "过期", "逾期"})
# A level named by its place among the exam days: the last (最后考的那一级) or the first (最早考的是哪个级别).
_LEVEL_BY_ORDER = re.compile(
    r"(?:(?P<last>最后|最晚|最末)|最先|最早|头一个|第一个)(?:考|开考)?的?(?:是)?(?:那|哪)?一?个?(?:级别|等级|级)"
)
# One sitting pointed at (那场, 这场, 那一场): an exam, said by its measure word
# (and by its place: 头一场, 最后一场; or counted as a paper, 那门)
_ONE_SITTING = re.compile(rf"(?:[那这哪]|头|首|末|最后|第[一二三四五六\d])一?{facets.PAPER_COUNTED}")
# A week or a month pointed back at (那周, 那个礼拜, 那个月): the one the clause before named.
_THAT_PERIOD = re.compile(r"(?:那|这)(?:一|个)?(?:周|礼拜|星期|月)|那几天|[这那]两天")
# A count to where something opens or closes (离开放, 距截止, 离关门): the verbs of a window's bounds, said of no thing,
# each read as the word the notice uses for that bound.
_CLOSING_BOUNDS = ("截止", "截至", "结束", "关门", "关闭", "收尾")
_BOUNDS = "|".join(("开放", "开始", "开门", "开通", "开启", *_CLOSING_BOUNDS))
_TO_A_BOUND = re.compile(rf"(?:离|距离?)(?P<bound>{_BOUNDS})")
# When a thing opens or closes, asked of no thing (「今晚几点关」「啥时候关门」): the bound, last.
_WHEN_A_BOUND = re.compile(rf"(?:几点|几时|啥时候|什么时候|几号|哪天)(?:才|就|会)?(?P<bound>{_BOUNDS}|关)$")
# A question that ends asking yes or no (…了没, …吗, …不).
_YES_NO_END = re.compile(r"[没不吗么][?？]?$")


def _bound_said_plainly(text: str) -> str:
    """「离关门还有几天」 as 「离截止还有几天」, 「离开放还差几天」 as 「离开始还差几天」, 「几点关」 as 「几点截止」."""

    def plain(m: re.Match[str]) -> str:
        return m.group()[: -len(m["bound"])] + ("截止" if m["bound"] in (*_CLOSING_BOUNDS, "关") else "开始")

    return _WHEN_A_BOUND.sub(plain, _TO_A_BOUND.sub(plain, text))


# Adverbs of doing a thing in time, with no day (及时填报, 提前熟悉, 尽快): a requirement a matter can still meet.
_TIMELY = re.compile(r"及时|提前|尽快|尽早|抓紧")

# A value a question can state and an answer hold: an e-mail address, or a number of six digits or more (a QQ group's,
# a phone's; shorter ones are counts and dates); VALUE_TYPO edits off one an answer holds, it is that value mistyped.
VALUE_TYPO = 2
_VALUE_STATED = re.compile(rf"{facets.EMAIL_SAID}|(?<!\d)\d{{6,}}(?!\d)", re.IGNORECASE)

def _near_value(said: str, held: str) -> bool:
    """Is a value said (lower-cased) the one held, or it mistyped: VALUE_TYPO edits at most, digits for digits?"""
    return said.isdigit() == held.isdigit() and Levenshtein.distance(said, held, score_cutoff=VALUE_TYPO) <= VALUE_TYPO


# A clause that is only a value the member expects and a tag asking to confirm it (「16:30对吗」「是9点吧」「11月30号前
# 对不对」): it says what it expects of the question before it.
_VALUE_CLAIMED = re.compile(
    r"^(?:是|应该是|就是)?(?:\d{1,2}[:：]\d{2}|\d{1,2}点(?:半|\d{1,2}分?)?|(?:\d{1,2}月)?\d{1,2}[日号])(?:前|之前|以前)?"
    rf"(?:{CONFIRM_TAGS}|吧)?$"
)

_prepared: dict[str, FaqIndex] = {}
_prepared_lock = threading.Lock()


def prepare(knowledge: Knowledge) -> FaqIndex:
    """Build the index for this data version (slow: run it off the event loop); Answerer picks it up."""
    # Keyed by the FAQ's own content as well as the data version: a caller that swaps in other entries
    # (tools/bench_fewshot.py, a test) must not get the index of the entries it replaced.
    key = knowledge.digest + hashlib.sha256(knowledge.faq.model_dump_json().encode()).hexdigest()
    with _prepared_lock:
        index = _prepared.get(key)
    if index is None:
        index = FaqIndex(knowledge.faq, answers=[knowledge.render(e.answer) for e in knowledge.faq.faqs])
        with _prepared_lock:
            while len(_prepared) >= 3:
                _prepared.pop(next(iter(_prepared)))
            _prepared[key] = index
    return index


@dataclass(eq=False)
class _Clause:
    u: Understanding
    # The clause's entries and the other subject it is about, found on first use and kept (a copy made with
    # `replace` shares them): embedding a text is the dearest step of an answer, and the hits of a clause that
    # asks for a contact, or of the whole message beside it, often decide nothing.
    search: Callable[[], list[Hit]]
    subject: Callable[[], str | None]
    said: str = ""  # the message as written
    novel: list[str] = field(default_factory=list)  # words new to us its meaning let pass (_clause)
    typed: str = ""  # the clause as written (with the 吗 normalising drops), when it stands alone in the message
    bar: float = ACCEPT  # the score that answers
    # does an entry's answer hold a value (a long number, an address) the clause states, or one a key or two off it?
    holds_value: Callable[[FaqEntry], bool] = lambda entry: False
    before: _Clause | None = None  # the clause before it, as it was read with it

    @property
    def hits(self) -> list[Hit]:
        return self.search()

    @property
    def other(self) -> str | None:
        return self.subject()

    def __eq__(self, o: object) -> bool:  # as a dataclass's: by value; the hits only when all else is equal
        return self is o or (isinstance(o, _Clause) and self.u == o.u and self.other == o.other and self.hits == o.hits)

    __hash__ = None  # type: ignore[assignment]

    @property
    def searched(self) -> bool:
        return self.search.cache_info().currsize > 0  # type: ignore[attr-defined]

    @property
    def best(self) -> Hit | None:
        return self.hits[0] if self.hits else None

    @property
    def confident(self) -> bool:
        if not self.hits or self.other is not None:
            return False
        top = self.hits[0]
        # 「考场还没编完，来得及不」: whether there is still time is what a window answers; asked so, its window's
        # entry is taken on less similarity
        # (so is a countdown's asked as 还有几天: the question's form is what the facet answers)
        kind = facets.FACETS.get(top.entry.facet or "")
        bar = min(self.bar, CLARIFY) if kind is not None and kind.asked_by(self.u) else self.bar
        # (「QQ群594707098对吗」: a value the entry's answer holds, stated or mistyped, says which entry is asked)
        bar = min(bar, CLARIFY) if self.holds_value(top.entry) else bar
        return top.score >= bar


# A thing's end said (报名截止, 考场编排结束, 考完): the last day of its span is meant.
_ENDED = re.compile(r"截止|截至|结束|完|最后|最晚|最迟|关闭")
_AMOUNT_ASKED = frozenset({"多少", "几何", "多少钱"})
# Asking whether there is a thing (有没有劳务补贴): the thing after it is what is asked for.
_WHETHER_THERE_IS = frozenset({"有没有", "有无", "是否有", "有木有"})
# What a question asks when it asks a time: when, how many days are left, where a window stands.
_TIME_ASKS = frozenset({"when", "left", "status"})
# A clause asking whether something is (有考试没, 有没有考试, 还有考试吗): it has no subject of its own but the thing.
# (有 before a count introduces who the clause is about, 「有几个娃漏报了还能补不」: no whether of its own)
_EXISTS = re.compile(r"(?:那|那天|当天|还|也)?(?:有没有|有)(?!没有|几|些|[一二两三四五六七八九十\d]+[个位名批])")


# Words for now, the start of a count of days left (离今天还差几天).
_NOW_WORDS = frozenset({"今天", "今儿", "今日", "现在", "目前", "眼下", "此刻"})
_COUNTED_FROM = frozenset({"离", "距", "距离"})  # (jieba tags them verbs)


def _weekdays_of(days: frozenset[tuple[int, int | None]], year: int, today: date | None) -> set[int]:
    """The weekdays (Monday 0) of days named as (day, month); a day without its month is this month's (the season's
    last month when there is no today)."""
    out = set()
    for day, month in days:
        try:
            out.add(date(year, month or (today.month if today else 12), day).weekday())
        except ValueError:
            continue
    return out


def _back(c: _Clause | None, found: Callable[[_Clause], bool]) -> _Clause | None:
    """The nearest clause, `c` or one before it, for which `found` holds."""
    while c is not None and not found(c):
        c = c.before
    return c


def _asks(u: Understanding, said: str) -> bool:
    """Does the clause ask anything: what it asks (时间, 找谁), a question word (什么, 几, 哪 …), 吗 or a question
    mark, a verb put as a question at its end (「能报名不」「交了没」), either-or (还是)? `said`: the clause as
    written (normalising drops 吗 and 吧)."""
    form = bool(_QUESTION_FORM.search(u.text) or _QUESTION_FORM.search(said.strip()) or A_NOT_A_ASKED.search(u.text))
    if not form and _opens_with_a_mind(u.text):
        return False  # 「我怕过了截止日期」: what is on the asker's mind, said, not asked (its 截止日期 asks no time)
    return bool(u.asks) or form


def _opens_with_a_mind(text: str) -> bool:
    """Does the clause open, after who and how (我, 就, 有点), with a verb of mind (怕, 担心, 觉得: 词林 G)?"""
    for word, flag in Topics.tagged(text):
        if flag[:1] in ("r", "d", "c") or function_word(word):
            continue
        return states_a_mind(word)
    return False


# The dative complement of a verb (发给, 交给, 寄给): whom the thing goes to.
_TO_WHOM = "给"


# A length of time said (六个礼拜, 3天, 两个小时).
_LENGTH_SAID = re.compile(r"(?:\d+|[一两二三四五六七八九十半]+)个?(?:礼拜|星期|周|天|小时|钟头|分钟|月)")


def _later_day_words(text: str) -> list[str]:
    """The days named relative to today in `text` that are not today (明天, 后天, 大后天)."""
    return [m.group() for m in RELATIVE_DAY_IN_TEXT.finditer(text) if not re.fullmatch(TODAY_WORDS, m.group())]


def _asks_typed(c: _Clause) -> bool:
    """Does the clause ask, read as typed: a state said without a question form is a statement (「礼拜天还在加班」
    tells, 「还在报名吗」 asks)."""
    u = c.u if _QUESTION_FORM.search(c.typed or c.u.text) else replace(c.u, asks=c.u.asks - {"status"})
    return _asks(u, c.typed)  # (as typed, with its 吗: 「…？中途学生能出去上厕所吗」 asks)


def _join_last(out: list[str], clause: str, typed: dict[str, str]) -> None:
    """Join `clause` to the last of `out` (one question now), and keep the two as typed, with their 吗, under the
    joined text."""
    typed[out[-1] + clause] = typed.get(out[-1], out[-1]) + typed.get(clause, clause)
    out[-1] += clause


def _own_levels(u: Understanding) -> tuple[str, ...]:
    """The levels a clause names of its own, not one it measures another by (「比初级晚几天停」: 初级 is the measure)."""
    return tuple(v for v in u.levels if f"比{v}" not in u.text)


def _together(a: Understanding, b: Understanding) -> Understanding:
    """What two clauses of one message name, together."""
    half_day = (
        None
        if (a.half_day and b.half_day and a.half_day != b.half_day) or (a.papers and b.papers and a.papers != b.papers)
        else a.half_day or b.half_day
    )
    return replace(
        a,
        levels=tuple(dict.fromkeys(a.levels + b.levels)),
        papers=tuple(dict.fromkeys(a.papers + b.papers)),
        weekdays=a.weekdays | b.weekdays,
        days=a.days | b.days,
        relative_days=a.relative_days | b.relative_days,
        # (a half-day said of one paper is that paper's: 「理论几点结束，下午实操几点开始」 asks both papers)
        half_day=half_day,
        # (still, a half-day was named, and the answer says each paper's in words: 「听说实操也在上午考，跟理论一块儿？」)
        both_halves=a.both_halves or b.both_halves or (half_day is None and bool(a.half_day or b.half_day)),
        duration=a.duration or b.duration,
        gap=a.gap or b.gap,  # 「上午理论考完到下午实操开考，中间空几个小时」: the gap asked of what the first named
        compares=a.compares or b.compares,
        span=a.span or b.span,
        counts_today=a.counts_today or b.counts_today,
        around=a.around or b.around,
        period=a.period or b.period,  # 「学生老问准考证，下礼拜哪天能开始打」: the week one of them named
        asks=a.asks | b.asks,
        joined=(*a.joined, b.text, *b.joined),
    )


def _sitting_claimed(u: Understanding) -> bool:
    """Does the clause place a paper on a half-day (「理论是下午考」)?"""
    return bool(u.papers and u.half_day)


def _one_paper_asked(answered: list[_Clause]) -> list[_Clause]:
    """「明天轮到哪一级考了？下午实操几点收尾」: the one paper a clause of the message names is the paper the message asks
    about, and so is the one half-day named (「下午那门几点到几点」); a clause that names neither gives that paper's times
    alone, not both."""
    named = {p for c in answered for p in c.u.papers}
    halves = {c.u.half_day for c in answered if c.u.half_day}
    if len(answered) < 2 or len(named) > 1 or len(halves) > 1 or not (named or halves):
        return answered
    sitting = {"papers": tuple(named)} if named else {"half_day": next(iter(halves))}
    return [c if c.u.papers or c.u.half_day else replace(c, u=replace(c.u, **sitting)) for c in answered]


def _yes_no_typed(clause: str, typed: str) -> bool:
    """Is the clause (normalised, and as typed) a yes/no question?"""
    return bool(_YES_NO_TYPED.search(typed)) or bool(A_NOT_A_ASKED.search(clause) and not INTERROGATIVE.search(clause))


# A greeting: people addressed, then 好 or a time of day's 好 (「各位领导好」「老师们早上好」「大家辛苦了」).
_GREETING = re.compile(r"(?:各位|诸位|大家|亲爱的)?(?P<who>\w*?)们?(?:早上|上午|中午|下午|晚上)?(?:好|早|辛苦了?)[啊呀哇哈呢]*")
_A_DAY = re.compile(rf"{WEEKDAY_NAMED.pattern}|周末|节日|新年|元旦")


def _greets(text: str) -> bool:
    """Is the clause a greeting: people addressed (by words for people only), or the day greeted (「周三好」「周末好」),
    and 好?"""
    if not (m := _GREETING.fullmatch(text)):
        return False
    who = m["who"]
    return (
        not who
        or all(people_word(w) or addresses_people(w) or w in ("你", "您") for w in words(who))
        or _A_DAY.fullmatch(who) is not None
    )


# A claim tagged for confirmation as typed (「截止就是30号吧」「是15号对吧」): the tag is gone once normalised.
_CLAIM_TAG = re.compile(r"(?:吧|对不对)[？?～~!！。]*$")  # (对吧, 是吧, 没错吧 end in 吧)
# A clause that only says it is today (「今天了」, from 「周二了」 on a Tuesday): the 了 of a state reached.
_TODAY_ONLY = re.compile(rf"(?:都|已经|已)?(?:{TODAY_WORDS})(?:了|啦)?")
# ... said twice once its weekday is read as today (「今天礼拜五」 → 「今天今天」), and said first (「今儿周五了」).
_TODAY_REPEATED = re.compile(rf"(?:{TODAY_WORDS})(?:是|都|已经|就是)?(?=今天)")
_TODAY_FIRST = re.compile(rf"(?:{TODAY_WORDS})")


def _today_by_its_weekday(clause: str, today: date, typed: str) -> str:
    """「周日在家赶材料，今天11月21号，…今儿补发还算数不」: in a clause that asks nothing, the weekday of the day the
    member says it is, is today, not a day asked about."""
    if _QUESTION_FORM.search(typed) or INTERROGATIVE.search(clause):
        return clause
    for m in WEEKDAY_NAMED.finditer(clause):
        # (下周日 is a day of another week)
        if WEEKDAY_INDEX[m["weekday"]] == today.weekday() and not WEEK_OF.search(clause, 0, m.start()):
            return clause[: m.start()] + "今天" + clause[m.end() :]
    return clause


def _asks_something(text: str) -> bool:
    """Has the text a word rarer than CONTENT in general Chinese (「的」「在」「各位老师好」 have none), other than
    words that only ask or point in time? A greeting asks nothing, whoever it greets (「各位领导好」)."""
    if _greets(text):
        return False
    return max((informativeness(w) for w in words(text) if w not in ASKING_ONLY), default=0.0) >= CONTENT


# Parts of speech that name nothing (jieba's tags): pronouns, adverbs, particles, prepositions, conjunctions, modal
# particles, numerals, classifiers, time words, interjections.
# 这, 那 and their forms with a measure word: what is pointed at, at hand or said before
_DEMONSTRATIVES = frozenset({"这", "那", "这个", "那个", "这些", "那些", "这种", "那种", "这件", "那件", "这摊", "那摊", "这块", "那块"})
_FUNCTION = "rdupcymqte"
# A clause telling what the asker did or does: a first-person subject, not a possessor (我们的准考证).
_OF_ONESELF = re.compile(f"(?:{'|'.join(sorted(FIRST_PERSON, key=len, reverse=True))})(?!们|的|这|那|是)")
# A clause that says what a thing of ours is: its subject, then 是 (「实操是现场上机敲代码」)
_OURS_IS = re.compile(r"^(?:那|这)?(?:个)?(\w{2,4}?)(?:考试)?(?:也|都|就)?是(?!不是|否)")
# A day asked for (哪天, 几号, 什么日期).
_DAY_ASKED = re.compile(r"哪一?天|几号|几月几|哪个日子|什么日子|(?:什么|啥|具体)(?:截止|开始|结束)?日期")
# A thing sent to someone (发给, 发到, 交给, 寄给, 投到, 发…的邮箱): who is said after it is where it goes.
_SENT_TO = r"(?:发|交|寄|投|传|送|递)(?:送)?(?:给|到|至|去)?"
# ... and the asker's province's contacts, by their role (交给本省对接老师, 发到咱们省里对接的邮箱; 老师 is gone once
# normalised)
_SENT_TO_PROVINCE = re.compile(_SENT_TO + r"(?:我们|咱们|咱|本|所在)?省(?:里|内)?的?(?:对接|业务联系人|联系人|负责人)")
# A day pointed back to (那天, 那一天, 那日): the day the clause before named
_THAT_DAY = re.compile(r"那一?[天日](?!起|开始|之后|以后|之前|以前)")
# A day named right before a 那天 that restates it (下周二那天, 18号那天).
_DAY_SAID_BEFORE = re.compile(r"(?:(?:周|礼拜|星期)[一二三四五六日天]|\d{1,2}[日号]|[今明后]天|大后天)$")
# The days a clause before named, pointed at (那几天, 那周, 那段时间).
_THOSE_DAYS = re.compile(r"那(?:几天|些天|周|个?礼拜|个?星期|段时间|阵子?|个月)")
_LINKING = ("是", "有")  # the copula and the verb of having: they say what is, no act of their own
AUXILIARY = 7.5  # a verb this common is an auxiliary (是, 能, 要, 没, 有, 还有), not what is asked about
_NOT_KEY = ("vd", "vshi", "vyou", "vf", "vx")  # 是, 有, 来/去: verbs that carry no topic
# Verbs that stand for another verb (a pro-verb, as a pronoun stands for a noun): 「考场还没编完，还能弄吗」; 补, the
# act said before done late (「没填，现在补还来得及吗」).
PRO_VERBS = ("弄", "搞", "整", "办", "做", "干", "补")
# verbs that only complete another (排完, 填好: bot.topics' complements of result; 了, 过) or say being, having or not:
# never the act a pro-verb stands for, nor a thing of its own after a verb
_GRAMMAR_VERBS = frozenset({*RESULTATIVE, "了", "过", *_LINKING, "没", "没有", "在"})
# The rest of another body's name, then what is asked of it: 「（考试院）的电话」「（全国）计算机等级考试的负责人」
# 「（四六级）找谁」; a department runs on in the body's name (「（教育厅）职业教育与成人教育处的联系电话」).
# 「X是A还是B」: an either-or about X (是 may be left out: 「学生自己交还是学校交」 has no subject of its own).
_EITHER_OR = re.compile(r"(?P<subject>.{2,}?)是(?!否).+?还是.+")
_WHOSE_CONTACT = re.compile(r"[^\W的]{0,14}?的?[^\W的]{0,3}?(?:电话|联系人|负责人|联系方式|邮箱|手机|对接人|号码|找谁|是谁)")
# A clause typed as a yes/no question: its sentence-final particle (吗, 对吧, 没错吧 …), as typed.
# An opener that asks the group whether anyone knows (有谁知道, 有没有人了解): what follows it is what is asked.
_WHO_KNOWS = re.compile(r"^(?:请问)?(?:有没有人|有谁|谁|有人)(?:知道|晓得|了解|清楚)")
_YES_NO_TYPED = re.compile(r"[吗吧么嘛][\s？?！!。…~～]*$")
# ... or put as a verb and its negation (是不是, 能不能, 有没有, 对不对: understand.A_NOT_A_ASKED): a yes/no question
# whatever it ends with (「初级是不是下个月18号考啊」), unless a question word makes it an open one.
# A verb and its negation, the second verb left out (「是下周二截止不」「打完了没」), before a clause that asks on.
_NOT_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])(?<![还都也并从仍])(?:不|没有?)$")
# The months the holidays of the Chinese year fall in (a time expression as much as 12月 is).
_SEASONS = {
    "寒假": frozenset({1, 2}),
    "暑假": frozenset({7, 8}),
    "春节": frozenset({1, 2}),
    "元旦": frozenset({1}),
    "五一": frozenset({5}),
    "国庆": frozenset({10}),
    "清明": frozenset({4}),
    "端午": frozenset({5, 6}),
    "中秋": frozenset({9, 10}),
    "期末": frozenset({1, 6, 7}),  # the school year's terms end in January and in June or July
}
# The school year's two terms by their months: autumn (September to January) and spring (February to July).
_TERMS = (frozenset({9, 10, 11, 12, 1}), frozenset({2, 3, 4, 5, 6, 7}))
_NEXT_TERM = ("下学期", "下个学期")


def next_term(months: set[int]) -> frozenset[int]:
    """The months of the term after the one these months (a notice's) fall in: 下学期 said in its season."""
    ours = max(_TERMS, key=lambda term: len(term & months))
    return next(term for term in _TERMS if term is not ours)


# A holiday followed by a word placing a time around it (元旦前后, 国庆期间) is a time, not another sitting.
_AROUND_TIME = re.compile(r"前后|左右|期间|前|后|那几天|那阵|的时候")
# A month named without its day (3月份, 12月): 1个月 and 3个月 are lengths, 12月18日 a day, and 9月版 an edition of a
# text named by its month (「手头那本手册是9月版的」), no time anything is held.
_MONTH_NAMED = re.compile(r"(?<![\d.])(\d{1,2})月(?![\d个版])")
# A clause opening by pointing back at what was said before (那边, 那个, 这里): it asks about that
_POINTS_BACK = re.compile(r"(?:那|这)(?:边|里|儿|个)")
# A clause that opens by pointing back (「那个证书12月是哪天考」「该证书的报名」): the thing the clause before named.
# (not a time pointed at: 那天, 那周, 那个月, 那会儿 are when, not what)
_THEIR = re.compile(r"(?:他|她)们?的?")  # people spoken of before, a third person
_ANAPHOR = re.compile(r"(?:那个|那|这个|该|此)(?!边|里|儿|么|样|些|天|时|周|礼拜|星期|月|年|会|阵)")
_EXAM_KINDS = r"证书|证|考试|考核|认证|认定|竞赛|比赛|大赛|职称"  # kinds of exam, certificate and contest
# What a clause that names a topic ends with: a kind of exam or certificate (not 这个证, 这次考核, 本次考试: this one,
# ours), or 那 with a measure word and the short name after it (那个证, 那场, 那个1+X: that one, named before).
_TOPIC_END = re.compile(rf"(?<![这本此该][次个场批项门])(?<![这此该])(?:{_EXAM_KINDS})$|那(?:个|场|次|批)[\w+]{{0,4}}$")
# The kind of thing that follows another's name, a few characters on, when that thing is an exam, a certificate or a
# contest (计算机等级考试, 二级几号考, 蓝桥杯的比赛).
_EXAM_KIND_AFTER = rf"[\w+]{{0,6}}?(?:{_EXAM_KINDS}|考)"
_EXAM_KIND_END = re.compile(rf"(?:{_EXAM_KINDS})$")
_KIND_AFTER = rf"[\w+]{{0,6}}?(?:{'|'.join(SUBJECT_KINDS)})"  # any kind of subject a few characters on
_LONG_KINDS = tuple(k for k in SUBJECT_KINDS if len(k) >= 2)  # (会, 证, 考 alone end too many words of their own)
# A clause that points at the asker's own sitting (咱们, 我们, 本次, 这回 …): ours, not another's named before.
_OWN_SAID = re.compile(r"咱|我们|我校|本校|[这本此]次|这回|本期|本季")
# A clause that opens with its verb has no subject of its own (「华为认证在哪考，是机考吗」「…，也要打准考证吗」): the
# clause before's is meant, and so is the other subject it named.
_NO_SUBJECT = re.compile(r"(?:也|还|都|就)?(?:是|要|需要|得|能|可以|有没有|用)")
_CAN = re.compile(CAN)
# A rule an answer states: one thing may be done only after another (审核通过后方可组织考试).
_ONLY_AFTER = re.compile(r"([\u4e00-\u9fff]{2,6}?)后(?:方可|方能|才能|才可以?)([\u4e00-\u9fff]{2,6})")
# A time an answer states: a date, a clock time, before or after an event, a deadline, a time still to be announced.
_TIME_STATED = re.compile(r"\d+月\d+日|\d{1,2}:\d{2}|截止|期间|当天|另行通知|提前|及时")
# before or after an event, as words of their own (打印准考证前, 审核通过后); not inside another word (前提, 后台)
_BEFORE_AFTER = frozenset({"前", "之前", "以前", "后", "之后", "以后"})
# The forms of a question as written: a question word, a verb-not tail (能报名不, 交了没), either-or, 吗, a question mark.
_QUESTION_FORM = re.compile(INTERROGATIVE.pattern + r"|[不没否呢吧][？?～~!！。]*$|没有[？?]*$|还是|[吗嘛么？?]")
# A clause that opens with 跟 / 和 / 与 / 同 compares with what the clause before named.
_WITH_BEFORE = re.compile(r"[跟和与同]")
_WHO_ASKED = re.compile(r"谁|哪位|哪个人")
# Whom to get to do a job (找谁来修, 叫谁去弄): the job is the verb after 来 / 去. The verbs of handling an affair
# (办, 管, 对接, 弄 …) ask for whoever deals with it, whatever it is.
_HANDLING = ("办", "管", "对接", "负责", "联系", "处理", "签", "问", "咨询", "弄", "搞", "整", "帮", "解决")
_WHO_TO_DO = re.compile(r"(?:找|叫|请)(?:谁|哪个|哪位|什么人)(?:来|去)(?P<act>[\u4e00-\u9fff]{1,2})")
# A comparison asked as "are they the same" (not 「不一样吗」 nor 「有区别吗」), answered 是的 when they are.
_COMPARED_SAME = re.compile(rf"(?<![不没])(?:{SAME_WORDS})")
# A clause that opens by likening to what it names, with the word for "with" (跟初级…一样, 和中级的是不是相同)
# (or together with it, at one time: 「和高级是不是一块儿停」)
_LIKENED_TO = re.compile(rf"^(?:那|那么)?(?:跟|和|与|同)[^，,。？?]+(?:{SAME_WORDS}|一块儿?|一起|同时)")
# The question words that ask for a time (a date, a day, an hour), not the nouns (时间, 日期) a statement uses too.
_WHEN = re.compile(rf"什么时候|啥时候|啥时|何时|几号|哪天|哪一天|几点|几时|{WEEKDAY_ASKED}|多会|截止(?:日期|时间)|期限|时限")
# The question words that ask for a place (where to go, get, send, do it), as _WHEN asks for a time.
# (哪 before a unit of time or a measure word asks which: 打到哪天, 在哪个级别)
_STILL_IN_TIME = re.compile(rf"{IN_TIME}|还(?:能|可以)|(?:现在|今天|这会儿?)(?:还)?(?:能|可以)")
_WHERE = re.compile(rf"哪里|哪儿|(?:在|去|从|到)哪(?!{WHICH_ONE})|哪下|何处|什么地方|啥地方")
# A place an answer states: an address, or a noun with a localiser of place (平台上, 群文件里), or 登录/发送至 a noun.
_PLACE_STATED = re.compile(r"https?://|www\.|[\w.+-]+@[\w-]+\.\w+")
_PLACE_LOCALISERS = frozenset({"上", "里", "中", "内"})
_PLACE_VERBS = frozenset({"登录", "登陆", "发送至", "发至", "发到", "寄到", "送至", "前往", "到"})
_ADDRESS = frozenset("@./:_-#=?&%")
# A count of people or things asked (几个, 多少人, 几位): the answer must state one. After 有, 好, 这, 那 …, 几个 is
# "a few" (「我们还有几个学生想报名」), a statement, not a count asked.
# (第几个 asks which one, an ordinal, not how many)
# (多少 asks after them all the same: 「最少得有多少个考生」; after a numeral, 几 is a digit unsaid: 二十几个学生)
_HOW_MANY = re.compile(r"(?:(?<![有好这那前后第十百千\d])几|多少)(?:个|位|名|人|台|间|张|套)")
_COUNT_STATED = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:个|位|名|人|台|间|张|套|分(?!钟)|道)")
# ... of points or of questions (多少分, 几道题): what no list of a facet counts
_HOW_MANY_SCORED = re.compile(r"(?:(?<![有好这那前后第十百千\d])几|多少)(?:分(?![钟之])|道)")
_PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")
# Nouns that name a question itself and the verbs that bring one up (还有, 请教), as a message announces it (「还有个问题」「另外请教
# 一件事」): such a clause is no question of its own when another follows.
_QUESTION_NOUNS = ("问题", "事", "事情", "事儿", "疑问")
_ASKING_VERBS = ("问", "请教", "咨询", "确认", "打听", "还有", "另有")
_ASKING_OF = ("问", "请教", "咨询", "打听")  # asking about a thing (学生老问准考证), its object after them
# Words that set someone else as the one who asks (「领导让我问下」「帮学生问一下」「有家长咨询」「学生们都在问」).
_ON_BEHALF = ("让", "叫", "帮", "替", "有", "在")


# Each text's pairs of neighbouring words (topics.py's evidence), from the last Answerer built: a reload cuts only the
# texts staff wrote or changed (a pure function of the text; at 100× entries, cutting 23k texts took 1.4 s).
_last_pairs: dict[str, tuple[tuple[str, str], ...]] = {}


# The sounds a pinyin keyboard's 模糊音 setting lets one type for another, as many speakers do: zh ch sh for z c s
# and -ng for -n (实超 for 实操, 考正 for 考证). A sound is compared with these folded.
_FUZZY_INITIAL = re.compile(r"^([zcs])h")
_FUZZY_FINAL = re.compile(r"([aei])ng$")


@lru_cache(maxsize=4096)
def _fold(syllable: str) -> str:
    return _FUZZY_FINAL.sub(r"\1n", _FUZZY_INITIAL.sub(r"\1", syllable))


@lru_cache(maxsize=65536)
def _folded(run: str) -> str:
    """The run's sound with 模糊音 folded (实超 and 实操 both scao)."""
    return "".join(_fold(s) for s in _syllables(run))


# Sounds (pinyin without tones) of the runs of words `_respelt` tries and of single characters (`_named_people`):
# a question tries 20–40 runs, most of them common words asked again and again; lazy_pinyin is a pure function of
# its text, so the memo changes no sound (10× bench: 0.3 ms of a question's ~2 ms outside the encoder).
@lru_cache(maxsize=65536)
def _syllables(run: str) -> tuple[str, ...]:
    return tuple(lazy_pinyin(run))


def _sound(run: str) -> str:
    return "".join(_syllables(run))


def _keeps_a_character(run: str, word: str) -> bool:
    """Does the run keep a character of the word in its place (实超 keeps 实 of 实操; 笑死 keeps nothing of 小时)?"""
    return any(a == b for a, b in zip(run, word, strict=False))


def _latin(token: str) -> bool:
    """A run of Latin letters only (a word typed in pinyin, or a name: python, mima)."""
    return token.isascii() and token.isalpha()


@lru_cache(maxsize=16384)
def _char_sounds(char: str) -> tuple[str, ...]:
    return tuple(lazy_pinyin([char]))  # a list's items are read one by one: as lazy_pinyin(list(text)) reads each


def _word_pairs(text: str) -> tuple[tuple[str, str], ...]:
    cut = [w for w in TOKENIZER.cut(normalize(text[:5000]), HMM=False) if w.strip()]
    return tuple(pairwise(cut))


def _only_after(question: str, answer: str) -> str:
    """「审核没通过的话还能组织考试吗」 of an answer saying 审核通过后方可组织考试: the condition the question denies is
    the one the act waits for, so the act may not be done. 「是不是要审核过了才能组织考试」 states that very order (the
    condition, then 才 and the act): it is so. The verdict, or ""."""
    if not _CAN.search(question):
        return ""
    for m in _ONLY_AFTER.finditer(answer):
        condition, act = m.group(1), m.group(2)
        if act[:2] not in question:
            continue
        # (the negation before the condition's last word or before all of it: 没通过, 还没审核通过)
        if re.search(rf"(?:没有?|未|不)(?:能)?(?:{condition[-2:]}|{condition})", question):
            return f"不能。通知写明：{condition}后方可{act}。"
        # the condition as said, or its first word with what completes it (审核过了 for 审核通过)
        said = rf"(?:{condition[-2:]}|{condition[:2]}[过完好])"
        if re.search(rf"{said}[^，。？]{{0,4}}(?:后|以后|之后)?(?:才|方)[^，。？]{{0,3}}{act[:2]}", question):
            return f"是的。通知写明：{condition}后方可{act}。"
    return ""


# A question whether one step is the whole of a thing: 「备案表发了邮箱就算申报完了吧」「光发邮件就行了吗」.
_COUNTS_AS = re.compile(r"就算|算是?[\u4e00-\u9fff]{0,4}(?:完|成功|好|了)|就(?:行|可以|够)了?(?:吗|吧|不|没|$)")
# ... answered by a sentence that joins another step to that one: 「…发送至 sales@…，并联系…签订协议，完成…」.
_AND_ALSO = re.compile(r"，(?:并且?|同时|还须?|且)([^，。]+)")


def _only_part(question: str, answer: str) -> str:
    """「备案表发了邮箱就算申报完了吧？」 of an answer whose sentence names that step and joins another to it with 并:
    the step asked about is not the whole; the reply leads with the step still to do. The lead, or ""."""
    if not _COUNTS_AS.search(question):
        return ""
    asked = _bigrams(question)
    for sentence in re.split(r"[。\n]", answer):
        m = _AND_ALSO.search(sentence)
        if m and len(_bigrams(sentence[: m.start()]) & asked) >= 2 and not _bigrams(m.group(1)) & asked:
            return f"不算，还需要{m.group(1)}。"
    return ""


def _bigrams(text: str) -> set[str]:
    chars = re.sub(r"\W", "", text)
    return {chars[i : i + 2] for i in range(len(chars) - 1)}


# A reply's yes or no to its own clause, said first (「是的。」「不是，…。」)
_VERDICT_LEAD = re.compile(r"(?:是的|不是|都不是)(?:[，,][^。\n]*)?。")


def _said_once(replies: list[Reply]) -> list[Reply]:
    """Two entries that say much the same (how to apply, and where to send the form): the fuller one, once, in the
    place of the first. A reply most of whose character pairs another reply already holds adds nothing."""
    kept: list[Reply] = []
    for r in replies:
        mine = _bigrams(r.text) if r.kind == "faq" else set()  # (contact cards share their wording, not their facts)
        for i, k in enumerate(kept):
            if k.kind != "faq":
                continue
            theirs = _bigrams(k.text)
            holds_theirs = bool(mine) and len(mine & theirs) >= SAID_ALREADY * len(theirs)
            holds_mine = bool(mine) and len(mine & theirs) >= SAID_ALREADY * len(mine)
            # (of two that each hold most of the other, the fuller: the same entry, once with the weekday asked)
            if holds_theirs and (len(mine) > len(theirs) or not holds_mine):
                # the kept one is said within this one; its yes or no, the answer to its own clause, is not
                # (「站点申报是这礼拜六截吧？协议现在签还来得及不」: 是的 for the first, 可以 for the second)
                lead = _VERDICT_LEAD.match(k.text)
                kept[i] = replace(r, text=lead[0] + r.text) if lead and not r.text.startswith(lead[0]) else r
                break
            if holds_mine:
                break  # this one says nothing the kept one does not
        else:
            kept.append(r)
    return kept


@dataclass
class Answerer:
    knowledge: Knowledge
    index: FaqIndex = field(init=False)
    contacts: ContactDirectory = field(init=False)
    _pending: dict[object, _Pending] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        k = self.knowledge
        self.index = prepare(k)
        self.contacts = ContactDirectory(k.contacts)
        self.router = ContactRouter(k)
        self.vocabulary = Vocabulary.build([e.level for e in k.notice.exams], k.faq.synonyms)
        ours = set(self.index.vocabulary)
        # the certificate's own name in Latin letters (Python): a clause that says it speaks of ours
        self._own_names = frozenset(w.lower() for w in re.findall(r"[A-Za-z]{2,}", k.notice.certificate))
        for text in [*k.context.values(), *(e.answer for e in k.faq.faqs), *k.faq.synonyms, k.notice.certificate]:
            ours.update(words(normalize(text[:5000])))
        for values in k.faq.synonyms.values():
            ours.update(normalize(v) for v in values)
        # each synonym staff list, by the term it stands for (准考正 → 准考证)
        self._canonical = {normalize(v): normalize(term) for term, values in k.faq.synonyms.items() for v in values}
        self._entry_word_vectors: dict[str, np.ndarray | None] = {}  # few-sample entries' content words, encoded
        self._shares: dict[str, float] = {}  # each word's share of entries using it (bot.answer._entry_share)
        self._timed_answers: dict[str, bool] = {}  # whether each entry's answer states a time (bot.answer._timed)
        self._placed_answers: dict[str, bool] = {}  # whether each entry's answer states a place (_placed)
        self._sample_pairs: dict[str, frozenset[tuple[str, str]]] = {}  # modifier and head nouns of its samples
        self._answered_pairs: dict[str, frozenset[tuple[str, str]]] = {}  # ... and of its answer
        self._answer_texts: dict[str, str] = {}  # each entry's answer as members read it, normalised
        self._answer_only: dict[str, frozenset[str]] = {}  # the words of each entry's answer its samples do not use
        self._answer_values: dict[str, tuple[str, ...]] = {}  # the long numbers and addresses each answer holds
        self._others_things: dict[str, bool] = {}  # whether each entry's samples ask of another's thing (_of_another)
        # the entries whose facet answers a question's very form (the timeline: the matters of a week), by facet
        self._form_facets = [
            (e.id, kind)
            for e in self.index.entries
            if (kind := facets.FACETS.get(e.facet or "")) is not None and kind.cue_is_the_question
        ]
        pairs: dict[tuple[str, str], tuple[str, str]] = {}  # each pair one tuple, shared by every text's (memory)
        global _last_pairs
        last, cuts = _last_pairs, {}
        for text in [*(s for _, s in self.index.samples), *(e.answer for e in k.faq.faqs), *k.context.values()]:
            found = last.get(text)
            if found is None:
                found = tuple(pairs.setdefault(p, p) for p in _word_pairs(text))
            else:
                for p in found:
                    pairs.setdefault(p, p)
            cuts[text] = found
        _last_pairs = cuts
        people = set(self.contacts.names())
        self._people_sounds = {tuple(lazy_pinyin(name)) for name in people}  # 丁熙丽 → (ding, xi, li)
        # (and the kinds of subject a message may name, 大赛 or 会议, ours or not: 技能大塞 is another contest misspelt)
        heard = ours | set(_LONG_KINDS)
        self._sounds = self._our_sounds(heard, people)
        self._folded_sounds = self._our_sounds(heard, people, _folded)
        self.topics = Topics(
            frozenset(ours),
            self._is_place,
            lambda w: bool(self.vocabulary.find(self.vocabulary.levels, w)),
            frozenset(pairs),
            certificate=normalize(k.notice.certificate).replace(" ", ""),
        )
        # the two-character verbs of ours (jieba's dictionary tags), by their last character: 排 → 编排, 安排
        self._verbs = frozenset(w for w in ours if len(w) == 2 and _CJK.match(w) and TAGGER.word_tag_tab.get(w, "")[:1] == "v")
        self._verbs_ending: dict[str, list[str]] = {}
        for w in sorted(self._verbs):
            self._verbs_ending.setdefault(w[-1], []).append(w)
        self.year = k.notice.exams[0].date.year
        self.exam_days: dict[int, int | None] = {e.date.day: e.date.month for e in k.notice.exams}  # day → month
        self._exam_weekdays = frozenset(e.date.weekday() for e in k.notice.exams)
        # the months the notice's dates fall in: a month named outside them is another sitting's
        self.months = {
            (a.month + i - 1) % 12 + 1
            for a, b in k.notice.spans()
            for i in range((b.year - a.year) * 12 + b.month - a.month + 1)
        }
        self._seasons = {**_SEASONS, **dict.fromkeys(_NEXT_TERM, next_term(self.months))}
        k.regions.find("广东")  # builds its folding table now (~0.3 s), not on a member's question
        self._clause("广东考试时间").hits  # noqa: B018 (searching) loads jieba's tables and the model now, not on the first member's question

    def _our_sounds(
        self, ours: set[str], people: set[str], sound: Callable[[str], str] = _sound
    ) -> dict[str, str]:
        """Our words by their sound (pinyin without tones; `_folded` for 模糊音), for the misspellings a pinyin
        keyboard makes (准考正 for 准考证, 理伦 for 理论, 高极 for 高级). A sound two words of ours share names neither;
        people's names and places are the contact router's to read, never respelt."""
        by_sound: dict[str, set[str]] = {}
        for word in ours:
            if 2 <= len(word) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in word):
                by_sound.setdefault(sound(word), set()).add(word)
        return {
            said: next(iter(found))
            for said, found in by_sound.items()
            if len(found) == 1 and not found & people and not self._is_place(next(iter(found)))
        }

    def _respelt(self, text: str) -> str:
        """The text with a run of two or more words that sounds exactly like one word of ours written as that word
        (中极 → 中级): jieba cut the run apart here, so in this sentence it is no word of its own, even where the
        dictionary lists it (中极 is an acupuncture point). See `_misspelt` for what a typo never changes."""
        _ensure_dictionary()
        text = self.vocabulary.spelt_out(text)  # 初中高三级: 初级中级高级
        cut = self._said_whole(self._rejoined(self._pinyin_respelt(list(TOKENIZER.cut(text, HMM=False)))))
        text = "".join(cut)
        named = self._named_people(text)
        out, i, at = [], 0, 0
        while i < len(cut):
            for j in range(min(len(cut), i + 4), i + 1, -1):
                run = "".join(cut[i:j])
                if not 2 <= len(run) <= 4 or run in self.topics.ours:
                    continue
                if named & set(range(at, at + len(run))):
                    continue  # 都归丁熙丽: 归丁 is no misspelt 规定, 丁 begins a name
                word = self._sounds.get(_sound(run))
                if word is None:  # a sound folded (实超 for 实操): a typo only where a character stays
                    word = self._folded_sounds.get(_folded(run))
                    word = word if word is not None and _keeps_a_character(run, word) else None
                if word is not None and not self._misspelt(cut[i:j], word):
                    continue
                if (
                    word is not None
                    and informativeness(word) < KEY_RARITY
                    and not self._names_level_or_paper(word)
                    # (unless it makes a pair of words ours say together with its neighbour: 技数负责人 is 技术负责人)
                    and not (j < len(cut) and (word, cut[j]) in self.topics.pairs)
                    and not (i and (cut[i - 1], word) in self.topics.pairs)
                ):
                    continue  # 小诗 is no misspelt 小时: a guess at a word this common says nothing of ours (理伦 is 理论)
                if word is not None and self._crosses_ours(text, at + len(run), word):
                    continue  # 考实操: 考实 is no misspelt 考试, 实 begins 实操
                if word is not None:
                    out.append(word)
                    i, at = j, at + len(run)
                    break
            else:
                if (split := self._swallowed(cut, i, text, at)) is not None:
                    # 「准考正是…」: the typo's last character went to the word after it (准考 / 正是)
                    word, rest, j = split
                    out.append(word)
                    cut = [*cut[: j - 1], rest, *cut[j:]]
                    at += len(word)
                    i = j - 1
                    continue
                out.append(cut[i])
                i, at = i + 1, at + len(cut[i])
        return "".join(out)

    def _swallowed(self, cut: list[str], i: int, text: str, at: int) -> tuple[str, str, int] | None:
        """A word of ours of three or four characters typed by its sound over the words from i on, its last character
        taken into the next word by the cut (准考正是 → 准考 / 正是: 准考证 and 是): the word, what is left of the word
        that swallowed it, and where that word stands. Exact sounds only (or a staff synonym written as listed)."""
        for j in range(min(len(cut), i + 3), i + 1, -1):
            # (only where the words before it are cut apart too, 准 / 考: a word whole, 考试 of 考试正好, stands for itself)
            whole, last = cut[i : j - 1], cut[j - 1]
            if len(whole) < 2:
                continue
            for k in range(len(last) - 1, 0, -1):
                run = "".join(whole) + last[:k]
                if not 3 <= len(run) <= 4:
                    continue
                # (a staff synonym cut across the same way is the term it stands for: 准考正 → 准考证)
                word = self._canonical.get(run) or self._sounds.get(_sound(run))
                # (the words whole before it as `_misspelt` has them; the part taken back from the next word is no
                # word standing alone, so its character may be the one changed — but never a question word's)
                if (
                    word is None
                    or len(word) < 3
                    or asking_word(last)
                    or not self._misspelt(whole, word[: len("".join(whole))])
                    or self._crosses_ours(text, at + len(run), word)
                ):
                    continue
                return word, last[k:], j
        return None

    def _rejoined(self, cut: list[str]) -> list[str]:
        """The cut with a two-character verb of ours that speech split by an aspect particle or a complement written
        whole (报上名, 报了名, 交了费 → 报名, 交费): Chinese separable verbs (离合词) take 了, 上 or 过 between their
        parts. Only where the second part stands alone (报上名单 is a list handed in, no 报名)."""
        out: list[str] = []
        i = 0
        while i < len(cut):
            word = cut[i]
            # (three ways jieba cuts it: 报了名 whole; 报上 / 名; 交 / 了 / 费)
            if len(word) == 3 and word[1] in _SPLITS_A_VERB and word[0] + word[2] in self._verbs:
                out.append(word[0] + word[2])
                i += 1
                continue
            after = cut[i + 1] if i + 1 < len(cut) else ""
            # (not a verb of ours that ends in the particle, before the particle again: 不了 了 is no 不…了)
            split = len(word) == 2 and word[1] in _SPLITS_A_VERB and after != word[1]
            if split and len(after) == 1 and word[0] + after in self._verbs:
                out.append(word[0] + after)
                i += 2
                continue
            last = cut[i + 2] if i + 2 < len(cut) else ""
            if len(word) == 1 and after in _SPLITS_A_VERB and len(last) == 1 and word + last in self._verbs:
                out.append(word + last)
                i += 3
                continue
            out.append(word)
            i += 1
        return out

    def _said_whole(self, cut: list[str]) -> list[str]:
        """The cut with a two-character verb of ours said by its last character before its object written whole
        (排考场 → 编排考场): a verb and its object shorten that way in speech. Only where one verb of ours fits, and our
        own text says it with that object (`Topics.pairs`). (Said by its first character, 打准考证 for 打印准考证,
        measured worse: the fee's questions that name the tickets went to the tickets.)"""
        out = list(cut)
        for i, (verb, noun) in enumerate(pairwise(cut)):
            if verb not in self._verbs_ending or len(noun) < 2:  # (its keys are single characters)
                continue
            # (报截止 is no 申报截止, 有几天 no 还有几天, 交哪些 no 提交哪些: an object is a thing, not another act or a
            # question, and the verb an act, not an auxiliary)
            if noun in self._verbs or asking_word(noun) or INTERROGATIVE.search(noun) or informativeness(verb) < AUXILIARY:
                continue
            whole = [w for w in self._verbs_ending[verb] if (w, noun) in self.topics.pairs]
            if len(whole) == 1:
                out[i] = whole[0]
        return out

    def _names_level_or_paper(self, word: str) -> bool:
        return bool(self.vocabulary.find(self.vocabulary.levels, word) or self.vocabulary.find(self.vocabulary.papers, word))

    def _crosses_ours(self, text: str, end: int, word: str) -> bool:
        """Would respelling the run that ends at `end` as `word` change its last character, where a word of ours (two
        to four characters) begins and goes on past the run? Then that character is the word's (考实操: 实 begins
        实操, and 考试 would take it), not a typo; a character the respelling keeps is no loss (寻考员 → 巡考员)."""
        if word[-1] == text[end - 1]:
            return False
        return any(text[end - 1 : end - 1 + k] in self.topics.ours for k in range(2, 5) if end - 1 + k <= len(text))

    def _pinyin_respelt(self, cut: list[str]) -> list[str]:
        """A word of ours typed in pinyin with the input method off (shubao, mima, shadu ruanjian), one Latin run or
        up to three separated by spaces, written as that word: our words by their sound, as for typos."""
        out, i = [], 0
        while i < len(cut):
            # sales@zhonghui.vip: a Latin run beside an address's symbols is part of it, no pinyin
            before, after = (out[-1] if out else " "), (cut[i + 1] if i + 1 < len(cut) else " ")
            runs = [i] if _latin(cut[i]) and before[-1] not in _ADDRESS and after[0] not in _ADDRESS else []
            while runs and len(runs) < 3 and runs[-1] + 2 < len(cut) and cut[runs[-1] + 1] == " ":
                if not _latin(cut[runs[-1] + 2]):
                    break
                runs.append(runs[-1] + 2)  # the Latin runs from i on, a space between each two
            word, n = None, len(runs)
            while word is None and n:  # the longest run of runs that sounds like a word of ours
                typed = "".join(cut[j] for j in runs[:n])
                word = self._sounds.get(typed) if len(typed) >= 4 else None
                n -= word is None
            out.append(cut[i] if word is None else word)
            i = i + 1 if word is None else runs[n - 1] + 1
        # 高级 理论: the spaces between pinyin runs are no part of the Chinese they were typed for
        return [
            w
            for j, w in enumerate(out)
            if not (w == " " and 0 < j < len(out) - 1 and not (out[j - 1].isascii() and out[j + 1].isascii()))
        ]

    @staticmethod
    def _misspelt(cut: list[str], word: str) -> bool:
        """Can these words be `word` mistyped? A typo changes characters of a word; a common word standing alone (是,
        的) is no typo, so a character that changes must not be one (是点 is not 试点, but the 中 of 中及 stays and
        及 is 级 mistyped), and a question word is never changed (哪填 is not 哪天)."""
        at = 0
        for w in cut:
            kept = len("".join(cut)) == len(word) and word[at : at + len(w)] == w
            if asking_word(w) or (len(w) == 1 and informativeness(w) < CONTENT and not kept):
                return False
            at += len(w)
        return True

    def _named_people(self, text: str) -> set[int]:
        """Where the text names one of our people, as written or by sound (丁西丽 for 丁熙丽): those characters are
        the contact router's to read, never respelt."""
        sounds = [s for c in text for s in _char_sounds(c)]  # one sound per character
        at: set[int] = set()
        for name in self._people_sounds:
            for k in range(len(text) - len(name) + 1):
                if tuple(sounds[k : k + len(name)]) == name:
                    at.update(range(k, k + len(name)))
        return at

    def _names_exam_day(self, u: Understanding) -> bool:
        """The question names one of this season's exam dates (19号, 12月20日): something specific of ours."""
        return any(day in self.exam_days and month in (None, self.exam_days[day]) for day, month in u.days)

    def _names_a_sitting(self, u: Understanding) -> bool:
        """The question names one of this season's exam dates, or asks or states a time of a level of ours with a
        paper or a half-day of it (「高级上午那门几点交卷」, 「下午实操到底是一点整还是两点」): a sitting of ours."""
        if self._names_exam_day(u):
            return True
        # (asked a time, or stated one: 「实操要不要学生自带笔记本」 after 「高级两门…」 asks of a new thing)
        # (a gap between its papers is a time of it too: 「初级理论跟实操中间歇多久」)
        timed = "when" in u.asks or bool(_CLOCK_SAID.search(u.text)) or (u.gap and len(u.papers) == 2)
        # (or an exam day's weekday with its half-day, pointed at as one sitting: 「礼拜天那场上午几点开门考」)
        sitting = bool(u.weekdays) and u.weekdays <= self._exam_weekdays and _ONE_SITTING.search(u.text) is not None
        # (a sitting so pinned, by its day and its half-day, is one of ours whatever is asked of it: 「礼拜一早晨头一场是
        # 啥科目」)
        if not ((u.levels or sitting) and (u.papers or u.half_day) and (timed or (sitting and u.half_day))):
            return False
        # (a level that names a noun new to us right after it is that noun's grade, 初级护师, 中级会计: not ours)
        # (or said with it as one word: 初级职称)
        tagged = self.topics.read(u.text)
        return not self.topics.grades_another(u.text) and not any(
            word in u.levels and flag[:1] == "n" and len(after) >= 2 and after not in self.topics.ours
            for (word, _), (after, flag) in pairwise(tagged)
        )

    def _levels_on(self, u: Understanding) -> tuple[str, ...]:
        """The levels whose exam falls on a day the question names (这周日, 19号, 周一)."""
        days = facets.exam_days(self.knowledge, u)
        exams = self.knowledge.notice.exams
        return tuple(dict.fromkeys(e.level for e in exams if e.date in days or e.date.weekday() in u.weekdays))

    def _is_place(self, word: str) -> bool:
        return bool(self.knowledge.regions.find(word) or self.knowledge.regions.ambiguous(word))

    # ------------------------------------------------------------ the policy

    def answer(self, question: str, now: datetime | None = None, asker: object = None) -> Reply:
        now = self._local(now)
        raw = _MENTION.sub("", question[:MAX_QUESTION])
        text = normalize(raw)[:MAX_QUESTION]
        if not text:  # only an @, or only 你好/谢谢: greet without a wall of examples
            return self.help() if not question.strip() else self.about()

        pending = self._pending.pop(asker, None) if asker is not None else None
        if pending and pending.expires > now and text.isdigit() and 1 <= int(text) <= len(pending.choices):
            entry = self.by_id(pending.choices[int(text) - 1])
            if entry is not None:
                u = understand(pending.question, self.vocabulary, year=self.year, now=now.date())
                return self._entry_reply(entry, u, u.today or now.date(), None if u.today else now.replace(tzinfo=None))

        if not _asks_something(text):
            return self.about()  # 「的」「在」: nothing that could be a question
        # Each clause normalised, beside it as typed (with its 吗 and 呢): the message is split once.
        pairs = [(c, t) for t in raw_clauses(raw) if (c := normalize(arabic_numbers(t)))]
        numbered = normalize(arabic_numbers(raw))
        stated, _ = stated_today(numbered, year=self.year, now=now.date())
        if stated is None:  # 「11月5号了，…」: a clause that says nothing but the day it is now
            said_days = (stated_today(c, year=self.year, now=now.date()) for c, _ in pairs)
            stated = next((day for day, rest in said_days if day and not rest.strip()), None)
        if stated is None:  # 「11月8号礼拜一，备案表刚盖完章」: a clause that says only a date and its own weekday
            stated = day_said_with_weekday([c for c, _ in pairs], self.year)
        today = stated or now.date()
        moment = None if stated else now.replace(tzinfo=None)  # the hour is known only for the clock's own day
        if said_time := stated_time(numbered):  # 「今天12月18号，这会儿下午两点十分了」
            moment = datetime.combine(today, time(*said_time))
        parts: list[_Clause] = []
        groups = self._tails_joined([c for c, _ in pairs])
        # 「考场还没排完，还能弄吗」: a pro-verb in a clause joined to the one before stands for that clause's verb
        # (还能排吗), which says what is asked better than 弄 does
        for g in groups:
            for k in range(1, len(g)):
                if (meant := self._pro_verb_meant(g[k], g[k - 1])) != g[k]:
                    pairs = [(meant, t.replace(g[k], meant)) if c == g[k] else (c, t) for c, t in pairs]
                    g[k] = meant
        # What each clause of a joined question asks, read before the join ran them together: 「能打准考证了吗？能打到
        # 啥时候」 asks whether it has opened (…了, then the 吗 that normalising drops) and until when.
        joined_asks = {
            "".join(g): frozenset().union(*(understand(t, self.vocabulary, year=self.year).asks for t in g))
            for g in groups
            if len(g) > 1
        }
        # ... and the yes/no questions among them, which state what they expect (「是周日上午吧？几点结束」; not
        # 「下周日我们站点要开考，是考哪一级的」, a statement and an open question)
        typed = dict(pairs)  # 「明天周末了」 as typed, apart from the 「有啥…」 of the message
        pieces = {
            "".join(g): tuple(
                c for c in g if _yes_no_typed(c, typed.get(c, "")) or (c != g[-1] and _NOT_TAIL.search(c))
            )
            for g in groups
            if len(g) > 1
        }
        heads = {"".join(g): g[0] for g in groups if len(g) > 1}
        said = [p for g in groups for p in self._respective("".join(g), today, typed.get(g[0], "") if len(g) == 1 else "")]
        # two things compared (「报名跟站点申报是同一段吗」), each asked as a clause of its own: judged together below
        # (as each clause will read them, respelt: 「…跟学生报铭是同一个时间段吗」)
        judged = [
            [self._respelt(normalize(p)) for p in pair]
            for g in groups
            if len(pair := compared("".join(g))) == 2 and set(pair) <= set(said)
        ]
        # A lone character that asks nothing (the 好 left of 老师们好, 嗯) takes no place from the questions, nor
        # does a clause that only says what day it is (「今天都12月1号了」): that day is `today` for every clause.
        said = [c for c in said if (len(c) > 1 or understand(c, self.vocabulary, year=self.year).asks)] or said
        said = [c for c in said if not (self._only_states_today(c, today) or _greets(c))] or said
        # (a clause saying that the schools of places ask, 「福州跟抚州各有学校问」, names who the question is about)
        said = [
            c for c in said if not (self._announces(c) or (self._reports_asking(c) and not self.router.find(c).provinces))
        ] or said
        carried = [said[0], *(self._object_carried(b, c) for b, c in pairwise(said))] if said else said
        for c, meant in zip(said, carried, strict=True):
            if meant != c:
                typed.setdefault(meant, typed.get(c, c))  # (the clause as typed, without the thing it carries)
        said = carried
        # (a clause that only said that weekday, 「周二了，今天12月7日…」, said only what day it is: it goes; by the clock
        # alone only when said of today, 「今天礼拜五，…」, for 「周一考的那个级别」 on a Monday is the exam's day asked)
        weekdays = [(c, _today_by_its_weekday(c, today, typed.get(c, c))) for c in said]
        said = [
            c if stated is None else w
            for c, w in weekdays
            if w == c
            or not _TODAY_ONLY.fullmatch(_TODAY_REPEATED.sub("", w))
            or (stated is None and not _TODAY_FIRST.match(c))
        ] or said
        said = self._day_lent(said, today, typed)
        said = self._span_joined(said, typed)
        ahead: dict[str, np.ndarray] = {}  # this message's clauses embedded together (below), by text
        bare = {c for c, t in pairs if elliptical(t)}
        for c in said[-MAX_CLAUSES:]:
            asks = joined_asks.get(c, frozenset())
            if c in bare and parts:
                asks |= parts[-1].u.asks  # 「…还能交吗 考务负责人信息呢」: still possible, asked of that
            parts.append(
                self._clause(
                    c,
                    today=today,
                    context=parts[-1] if parts else None,
                    ahead=ahead,
                    message=question,
                    asks=asks,
                    pieces=pieces.get(c, ()),
                    typed=typed.get(c, ""),
                    head=heads.get(c, ""),
                )
            )
        # The whole message is compared too, for a question split by stray commas; it costs one more
        # embedding, so only when it differs from its one clause and no clause is answered already (or the message
        # asks nothing: one description, below).
        described = False
        if len(parts) == 1 and parts[0].u.text == text:
            whole = parts[0]
        else:
            whole = self._clause(
                raw,
                search=lambda: described or not any(c.confident for c in parts),
                today=today,
                ahead=ahead,
                head=pairs[0][0] if len(pairs) > 1 else "",  # (the message read whole: its first clause, as above)
            )
        # (each clause as typed, with its 吧: 「高级那场是下下礼拜一吧，我记得是礼拜一」 asks in its first clause)
        if not any(_asks(c.u, c.said) or (c.typed and _asks(c.u, c.typed)) for c in [*parts, whole]):
            # A message that asks nothing anywhere (「来个笑话提提神呗，改了一上午材料」) is talk unless it is plainly
            # one of ours (「考试费」「初级准考证打印时间」 name the topic outright and score high).
            for c in {id(c): c for c in [*parts, whole]}.values():
                c.bar = STATED
            described = True  # (its clauses are parts of one description: the whole is searched too)

        # Contacts: a clause that names a person, a number or an e-mail of ours, or asks about a place.
        # find_clauses reads each clause with the rest in mind: a denial anywhere holds everywhere.
        findings = self.router.find_clauses([c.u.text for c in parts]) if parts else []
        # 「附件2那个表直接发雷鹏老师邮箱就行了吧」: a person said only as where a thing of ours is sent is a claim about
        # that thing's address, which its entry gives (and judges: `_sent_to_whom`), not a question for their card
        findings = [
            ContactFinding()
            if f.people
            and not (f.provinces or f.numbers or f.roles)
            and set(f.people) <= self.sent_to(c.u.text)
            and c.best is not None
            and EMAIL.search(self.knowledge.render(c.best.entry.answer))
            else f
            for c, f in zip(parts, findings, strict=True)
        ]
        others = [
            self._others_contact(c, f, parts[i - 1] if i else None)
            for i, (c, f) in enumerate(zip(parts, findings, strict=True))
        ]
        if any(others):  # the place of a clause that asks nothing itself was only lent to the other subject's ask
            findings = [
                ContactFinding()
                if other or not (f.people or f.numbers or self.router.find(c.u.text).asks_contact)
                else f
                for c, f, other in zip(parts, findings, others, strict=True)
            ]
        # Every way on searches each clause but those asking for a contact (and those too when another clause is
        # answered): embedded in one call, the encoder shares them among its cores.
        routes = any(f.routes for f in findings)
        self._search_ahead([c for c, f in zip(parts, findings, strict=True) if not (routes and f.routes)], ahead)
        # A place that only stands there (「江西现代职业技术学院的，有个考生没带身份证，能先让他考不」) says who asks,
        # when another clause asks a question of its own (close to one of ours, or about another subject).
        corrects = any(f.denied for f in findings)  # 「说错了，不是宁夏，是宁波」: 宁波 is what is asked
        # (a place the router let go, reading the clauses together, still only says where the asker is)
        context = [
            (f.context_only or (not f.routes and self.router.find(c.u.text).context_only)) and not corrects
            for c, f in zip(parts, findings, strict=True)
        ]
        # (any question of its own will do: 「重庆电子工程职业学院的。前面墙上的表慢了十分钟，这回咋弄」 asks nothing
        # of the place, however far from our samples its words are)
        asked_else = any(
            not (f.routes or f.asks_contact)
            and (c.other or (c.best and c.best.score >= CLARIFY) or _asks(c.u, c.typed or c.u.text))
            for c, f in zip(parts, findings, strict=True)
        )
        only_context = asked_else and any(context)
        if only_context:
            findings = [ContactFinding() if only else f for f, only in zip(findings, context, strict=True)]
        if confirmed := {name for f in findings if f.confirmation for name in f.people}:
            # 「对接人是张孙慧老师没错吧？我记得她管山东」: a clause that only names a person whom another clause's claim is
            # about, asking nothing of them (no question word, no role), is that claim, judged there (a card of its
            # own would show the person wrongly claimed)
            findings = [
                ContactFinding()
                if not (f.confirmation or f.provinces or f.numbers or f.roles or f.claimed_role)
                and f.people
                and set(f.people) <= confirmed
                and not (INTERROGATIVE.search(c.u.text) or "还是" in c.u.text)  # (which of two: 「是管技术还是管新疆的」)
                else f
                for c, f in zip(parts, findings, strict=True)
            ]
        # 「…哈尔滨的学校是郁晓东老师管，威海这边也找他吧？」: a claim said, not asked (no question form as typed), that
        # holds is the asker's reason for the question after it: no card of its own (a person the question is not about)
        findings = [
            ContactFinding()
            if f.confirmation
            and not _asks(c.u, c.typed or c.u.text)
            and any(g.routes and _asks(p.u, p.typed or p.u.text) for p, g in zip(parts[i + 1 :], findings[i + 1 :], strict=True))
            and (self.router.reply(f) or "").startswith("是的")
            else f
            for i, (c, f) in enumerate(zip(parts, findings, strict=True))
        ]
        if covered := {p for f in findings for name in f.people for p in self.router.covered_by(name)}:
            # 「我们是广东的，林贺电话多少」: the person asked by name covers the place that says who asks (广东's other
            # contact would be an extra person); a place the person does not cover is still carded (「我们是福建的，
            # 顺便问下蓝海鹏管哪几个省」: their own contact is wanted too)
            findings = [
                ContactFinding() if only and not f.people and set(f.provinces) <= covered else f
                for f, only in zip(findings, context, strict=True)
            ]
        if any(f.claimed_role for f in findings):
            # 「四川的学校，考试系统报错找黄超对吧」: a group's matter claimed for a person is judged on the group, whose
            # people serve every province; the place only says who asks
            findings = [
                ContactFinding() if only and not f.people else f for f, only in zip(findings, context, strict=True)
            ]
        routed = [f for f in findings if f.routes]
        if not routed and not only_context:
            # (read with its clauses a space apart: 「…联系方式还要报吗？考务那个…」 is no 报考 across the question mark)
            finding = self.router.find_message(" ".join(c for c, _ in pairs) or text, [c.u.text for c in parts])
            if any(others) or self._others_contact(whole, finding):  # a clause's contact was another's: the whole's too
                finding = ContactFinding()
            routed = [finding] if finding.routes and not (whole.confident and not finding.asks_contact) else []
        contact_clauses = {c.u.text for c, f in zip(parts, findings, strict=True) if f.routes}
        asked = parts  # the clauses asked (below: less those that only say where the asker is, or why they ask)
        if routed and not any(c.confident for c in parts if c.u.text not in contact_clauses):
            # Every clause answered would be a contact clause or the whole message, and both give way to the
            # contacts: so their hits, and the embeddings behind them, need not be found.
            answered = []
        else:
            self._search_ahead(parts, ahead)  # each clause is searched now
            # 「我们是广东的，是机考吗」: a clause that only says where the asker is is no question for the FAQ either
            said_where = {c.u.text for c, only in zip(parts, context, strict=True) if only} if only_context else set()
            # 「挑战杯答辩下午几点开始？在哪个楼」: a clause naming nothing of ours in its own words (not the half-day
            # or level the clause before lent it), after one asking about another subject, goes on about that subject
            said_where |= {
                c.u.text
                for b, c in pairwise(parts)
                if b.other
                and c.other is None
                # (a statement's new thing may be what an entry staff added is about, and so may a question's)
                and not (c.best and self._staff_knowledge(c.best.entry))
                and (
                    (
                        _asks(b.u, b.typed or b.u.text)
                        # (or asks nothing itself, whatever it names, after one that names another's thing: 「…建设项目的
                        # 申报书截止到几号？科研处还没通知」 says why)
                        and (
                            not self._speaks_of_ours(understand(c.u.text, self.vocabulary, year=self.year, now=today))
                            or (
                                not _asks(c.u, c.typed or c.u.text)
                                and not self._names_a_thing_of_ours(c.u.text)  # (「二维码我这扫不出来」 is about ours)
                            )
                        )
                    )
                    # (or the clause before only names that subject, a topic the next one comments on, naming no thing
                    # of its own: 「…建设项目的申报书，25号前交给谁」)
                    or (self._only_names(b.u.text) and not self.topics.names_a_thing(c.u.text))
                )
            }
            # 「上周末截止了啥事来着？我出去培训了一礼拜刚回来」: a clause that asks nothing and tells what the asker did,
            # after one that asks, says why they asked (one before it may set what is asked: 「我们学院还没申报站点，
            # 能直接组织考试吗」)
            said_where |= {
                c.u.text
                for i, c in enumerate(parts)
                if _OF_ONESELF.match(c.u.text)
                and not _asks(c.u, c.typed or c.u.text)
                and any(_asks(b.u, b.typed or b.u.text) for b in parts[:i])
            }
            # 「我礼拜四礼拜五去外地培训，这两天平台上有啥要截止的事不」: a clause that asks nothing and only tells what the
            # asker goes to do, beside one that asks, says why they ask (培训 there is theirs, not our training)
            said_where |= {
                c.u.text
                for c in parts
                if not _asks(c.u, c.typed or c.u.text)
                and self.topics.tells_own_doing(c.u.text)
                and any(_asks(b.u, b.typed or b.u.text) for b in parts if b is not c)
            }
            # 「从今天算，平台上编排考场的功能还得等几天才开」: a clause that only says where a count starts, beside one
            # that asks, is how that one is put, no question of its own
            said_where |= {
                c.u.text
                for c in parts
                if COUNT_ORIGIN.fullmatch(c.u.text)
                and not _asks(c.u, c.typed or c.u.text)
                and any(_asks(b.u, b.typed or b.u.text) for b in parts if b is not c)
            }
            asked = [c for c in parts if c.u.text not in said_where] or parts
            if (
                whole not in parts
                and not any(c.confident for c in parts)
                and (
                    elsewhere := [
                        c.other
                        for i, c in enumerate(parts)
                        if c.other
                        and _asks(c.u, c.typed or c.u.text)
                        and _POINTS_BACK.match(c.u.text)
                        and any(b.other == c.other for b in parts[:i])
                    ]
                )
            ):
                # 「我们还挂了个1+X网络系统建设与运维的考点，那边排考场啥时候截止」: the clause that asks points back (那边)
                # to the subject the clause before set, another's; the whole message, which holds both, is about it
                # too, however near our samples its words come
                whole = replace(whole, subject=lambda other=elsewhere[0]: other)
            answered = [c for c in self._confident_parts(whole, asked) if c.u.text not in contact_clauses]
            if answered and not any(self._speaks_of_ours(c.u) or self._asked_as_facet(c) for c in [whole, *parts]):
                # 「从1加到100等于多少」: close to a sample in form, but nothing of ours is named. (What staff added from
                # their own knowledge is asked in members' own words, which no data of ours holds: its samples'
                # meaning is the evidence.)
                answered = [c for c in answered if self._staff_knowledge(c.best.entry)]  # type: ignore[union-attr]
            if routed and whole in answered:
                answered.remove(whole)  # the whole message was the contact question
        if routed:
            texts = [t for t in dict.fromkeys(self.router.reply(f) for f in routed) if t]
            texts = [t for t in texts if not any(t != o and t in o for o in texts)]  # a card another reply holds whole
            replies = [Reply(t, "contact") for t in texts]
            # 「我们省的联系人是谁，福建的」: a clause that asks for a contact is the contact reply's, placed or not
            if any(f.provinces or f.people for f in routed):  # a place's or a person's card is the answer
                asks_contact = {c.u.text for c, f in zip(parts, findings, strict=True) if f.asks_contact}
                answered = [c for c in answered if c.u.text not in asks_contact]
            if any(f.people for f in routed):
                # 「考试系统装不上，侯仕平老师的电话是多少」: a clause that asks nothing says why the person is asked for
                answered = [c for c in answered if _asks(c.u, c.typed or c.u.text)]
            # 「黄超老师不是只管考试系统技术嘛，拉萨的…申报该找谁」: a clause about a person of ours whose card the
            # contact reply gives is answered by that card (what they do), not by an entry listing their whole group
            people_of = {c.u.text: f.people for c, f in zip(parts, findings, strict=True)}
            carded = "\n".join(texts)
            answered = [
                c
                for c in answered
                if not (
                    any(p in carded for p in people_of.get(c.u.text, ()))
                    and _PHONE.search(self.knowledge.render(c.best.entry.answer))  # type: ignore[union-attr]
                    and not _WHO_ASKED.search(c.u.text)  # (「她不在的话还能找谁」 asks for the others)
                )
            ]
            entries = [self._entry_reply(c.best.entry, c.u, today, moment, text) for c in answered]  # type: ignore[union-attr]
            # 「考试系统有问题，找谁」: an entry that only lists people the contact reply has given is said once
            given = set(_PHONE.findall("\n".join(texts)))
            return self._join(replies + [r for r in entries if not (set(_PHONE.findall(r.text)) or {""}) <= given])
        # 「下周咱们站点有哪些事要赶的」: a week named and its matters asked is the timeline's whole question; an entry
        # of no facet just ahead (the work requirements) cannot answer for that week (in each clause answered:
        # 「月底前我们站点还有啥要交？12月份又有哪些事」)
        answered = [self._led_by_cue(c) for c in answered]
        if len(answered) == 1 and len(ties := self._tied(answered[0].hits)) >= 2:
            # two entries the samples cannot tell apart — unless each is a facet of the notice's dates and the
            # question's own cues (a half-day, a level, how many days) are what exactly one of them answers:
            # 「今天下午有考试吗」 is the timetable's, not the countdown's
            views = [self._facet_of(h.entry, answered[0].u) for h in ties]
            kinds = [facets.FACETS.get(facet or "") for facet, _ in views]
            cued = [h for h, f in zip(ties, kinds, strict=True) if f is not None and f.answers_cue(answered[0].u)]
            if len(cued) == len(ties) and len(set(views)) == 1 and views[0][1]:
                # each tells where today stands in the same window (「还能申报考核站点吗」: the how-to, which prints
                # the window, and the window's own entry): no choice to offer; the window's own entry answers
                cued = sorted(cued, key=lambda h: h.entry.facet is None)[:1]
            # (an entry of no facet cannot say its cue is answered; a facet whose cue is what is asked still answers:
            # 「下周咱们站点都要忙些啥」 names a week and asks its matters, the timeline's, not the work requirements')
            # (and so does a facet whose very form the question takes, 「考场还没编完，还能弄吗」 asks a window's status,
            # over entries of the notice's; what staff added from two samples is still offered)
            chosen = kinds[ties.index(cued[0])] if len(cued) == 1 else None
            by_form = chosen is not None and chosen.asked_by(answered[0].u)
            by_form = by_form and not any(self._staff_knowledge(h.entry) for h in ties)
            decisive = chosen is not None and (chosen.cue_is_the_question or by_form)
            if len(cued) != 1 or (None in kinds and not decisive):
                return self._clarify(ties, raw, now, asker)
            first = [cued[0], *(h for h in answered[0].hits if h is not cued[0])]
            answered = [replace(answered[0], search=cache(lambda: first))]
        if len(answered) == 1 and answered[0] is not whole:
            # One clause is the question; the others only ask about it (「若于11月25日提交申报，是否仍在期限内」).
            # (and what they ask in words of their own is asked of it: 「…还剩几天截止？最后一天是周几」)
            only = answered[0]
            asking = [c for c in parts if c.u.text != only.u.text and _asks(c.u, c.typed or c.u.text)]
            u = replace(only.u, asks=only.u.asks | whole.u.asks, joined=(*only.u.joined, *(c.u.text for c in asking)))
            # (and a day or week one of them claims, where it names none: 「考试费最迟啥时候交齐？拖到下周五再交行不行」)
            claims = [c.u for c in asking if c.u.named_days or c.u.period]
            if len(claims) == 1 and not (u.days or u.weekdays or u.period):
                u = replace(u, days=claims[0].days, relative_days=claims[0].relative_days, period=claims[0].period)
            # (a day of its own after the clause's day, naming nothing else, asks the same of that day: 「明天上考场的是
            # 哪个级别？后天呢」「…后天又轮到谁」)
            elif (
                len(claims) == 1
                and u.named_days
                and not (claims[0].levels or claims[0].papers or claims[0].period)
                and not self.topics.names_a_thing(claims[0].text, people=False)
            ):
                u = replace(u, days=u.days | claims[0].named_days)
            answered = [replace(only, u=u)]
        if answered:
            answered = _one_paper_asked(answered)
            # 「学生催着打准考证，还要等几天？初级哪天考来着」: the one level a message names, in a later clause, is the
            # level an earlier clause asks of too (a clause before carries its own to the next: `_clause`), unless that
            # clause names a day or a week of its own, whose levels are that day's
            # (a clause whose new word is only an act, 「高级的学生周末都回家了」, still names its level)
            named = {c.u.levels for c in parts if c.u.levels and (c.other is None or not self._other_is_a_thing(c))}
            if len(named) == 1 and not any(c.other and _asks_typed(c) for c in parts):
                (levels,) = named
                # (a day of its own whose exam is that level's says the same level: 「高级的学生…，他们的准考证下礼拜一
                # 当天还能打不」, 下礼拜一 being 高级's day)
                answered = [
                    c
                    if c.u.levels
                    # (a day that holds no exam says no level: 「今天12月16日，准考证今天就能打了吧？初级的…」)
                    or (
                        (c.u.days or c.u.weekdays or c.u.relative_days)
                        and (on := set(self._levels_on(c.u)))
                        and on != set(levels)
                    )
                    or c.u.period
                    # (nor to a clause asking which level sits on days that hold none: 「这个周末考的是哪几个级别？初级
                    # 是下周六吧」)
                    or (facets.asks_which_level(c.u) and (c.u.days or c.u.weekdays) and not self._levels_on(c.u))
                    else replace(c, u=replace(c.u, levels=levels))
                    for c in answered
                ]
            replies = [self._entry_reply(c.best.entry, c.u, today, moment, text) for c in answered]  # type: ignore[union-attr]
            # (so are a clause and the one after it that compares with it: 「站点申报是几号开的？跟学生报名是同一段
            # 时间不」)
            if (
                [c.u.text for c in answered] in judged
                or (len(answered) == 2 and answered[1].u.compares and _WITH_BEFORE.match(answered[1].u.text))
            ) and (verdict := self._compared(answered, text)):
                replies.insert(0, Reply(verdict, "faq", replies[0].entry_id))
            chosen = {c.u.text for c in answered}
            given = frozenset(c.best.entry.id for c in answered if c.best)
            unknown = [self._beyond(c) for c in parts if c.u.text not in chosen and self._asks_beyond(c, given)]
            # 「社会人员能报吗」: a yes-or-no about words new to us, answered by the entry it means, is not answered
            # by the notice for those words
            # (an either-or, 「邮寄纸质版还是发邮件」, is answered by the entry's one way)
            # (an entry staff added with a few samples, drawing nothing from the notice, answers those words itself:
            # 「毕业生的证书能不能叫同学代领」 of the pickup entry is not "the notice does not say 同学代领")
            # (a clause given the entry another clause gave, and so not answered twice, still asks its new words:
            # 「有个已经毕业的学生也想考，社会人员能报吗」)
            alike = [c for c in parts if c not in answered and c.confident and c.best and c.best.entry.id in given]
            unknown += [
                self._beyond(c)
                for c in [*answered, *alike]
                if c.novel
                and not self._staff_knowledge(c.best.entry)  # type: ignore[union-attr]
                and "还是" not in c.u.text
                and (not INTERROGATIVE.search(c.u.text) or self._asked_thing(c.u.text) in c.novel)
            ]
            if unknown := list(dict.fromkeys(unknown)):  # 「疫情防控有啥要求？要不要48小时核酸阴性证明」: not in the notice
                replies.append(Reply(f"通知里没有写到「{'」「'.join(unknown)}」。", replies[0].kind))
            said = "\n".join(r.text for r in replies)
            for c in answered:
                # 「考试系统要装在Windows还是Linux上」: an either-or whose every option is a word new to us that the answer
                # does not give is one the notice does not settle
                options = self._options(c.u.text)
                if options and not any(o in said.lower() for o in options) and "没有写" not in said:
                    replies.append(Reply(f"通知里没有写明是「{'」还是「'.join(options)}」。", replies[0].kind))
            return self._join(replies)
        best = max([whole, *asked], key=lambda c: c.best.score if c.best and c.other is None else -1)
        if any(c.other for c in [whole, *parts]) and not best.confident:
            return self.offtopic()
        hits = best.hits if best.other is None else []
        close = [h for h in hits if h.score >= CLARIFY and hits[0].score - h.score < MARGIN * 3]
        if len(close) >= 2 and (
            any(self._speaks_of_ours(c.u) for c in [whole, *parts]) or any(self._staff_knowledge(h.entry) for h in close)
        ):
            return self._clarify(close[:3], raw, now, asker)
        if hits and hits[0].score >= EVIDENCE and self._names_ours(best.u.text, what=True):
            return self.fallback()
        return self.offtopic()

    def _asks_beyond(self, c: _Clause, given: frozenset[str] = frozenset()) -> bool:
        """A part of the question that asks (要不要, 有没有, 什么) about something else or words new to us, while
        another part of the same message is ours: the notice does not say, and the reply says so. `given`: the
        entries the reply gives."""
        # (or about nothing of ours at all: 「两门中间学生得等多长时间？中午学校管不管饭」 — when it names a thing of its
        # own, 「3.8还是3.9」 only narrows the clause before, and when no entry given is the nearest to it: 「初级中级
        # 价格一样不」 asks more of the fee the reply gives)
        far = (not c.hits or (c.hits[0].score < CLARIFY and c.hits[0].entry.id not in given)) and self.topics.names_a_thing(
            c.u.text
        )
        return bool(c.other or far) and _asks_typed(c) and not c.confident

    def _beyond(self, c: _Clause) -> str:
        """What the part asks about that is not ours: each word new to us with the nouns that follow it (核酸阴性证明
        in 「要不要48小时核酸阴性证明」, 社会人员 in 「社会人员能报吗」), or the other subject's name."""
        new = set(self.topics.foreign_share(c.u.text)[1]) | {c.other or ""} | set(c.novel)
        runs: list[str] = []
        run = ""
        for word, flag in self.topics.read(c.u.text):  # (cut as foreign_share cut it)
            if word in new or (run and flag[0] == "n" and not asking_word(word)):
                run += word
            elif run:
                runs.append(run)
                run = ""
        runs.append(run)
        named = [r for r in dict.fromkeys(runs) if r]
        return "、".join(named) if named else c.other or c.u.text

    def _options(self, text: str) -> list[str]:
        """The two options of an either-or (A还是B), each the word right beside 还是, when both are words nothing of ours
        uses (windows, linux); else none."""
        tagged = [(w, f) for w, f in self.topics.tagged(text) if w.strip()]
        at = next((i for i, (w, _) in enumerate(tagged) if w == "还是"), None)
        if at is None or not 0 < at < len(tagged) - 1:
            return []
        options = [tagged[at - 1], tagged[at + 1]]
        if all(f[0] in "nx" or f == "eng" for _, f in options) and all(
            len(w) >= 2 and w.lower() not in self.topics.ours and not self._is_place(w) for w, _ in options
        ):
            return [w.lower() for w, _ in options]
        return []

    def _asked_thing(self, text: str) -> str | None:
        """The thing an open question asks for: the noun its question word counts or qualifies (几个学分, 多少道题,
        什么证书). When that is a word new to us, the entry the question means does not give it."""
        tagged = self.topics.tagged(text)
        for (word, flag), (after, after_flag) in pairwise(tagged):
            if asking_word(word) and flag[0] in "mr" and after_flag[0] == "n":
                return after
            if word in _WHETHER_THERE_IS and (after_flag[0] == "n" or after_flag == "vn"):
                return after  # 「监考有没有劳务补贴」: whether there is such a thing
        # 「劳务费一场给多少」: an amount asked last, of the noun said before it (across a count and a verb)
        if len(tagged) >= 2 and tagged[-1][0] in _AMOUNT_ASKED:
            for word, flag in reversed(tagged[max(0, len(tagged) - 5) : -1]):
                if flag[0] == "n" and len(word) >= 2:
                    return word
                if flag[0] not in "mqpvd":
                    break
        return None

    def _only_names(self, text: str) -> bool:
        """Is the clause a noun phrase naming another's thing (「学院实训基地建设项目的申报书」): nouns and what modifies
        them (的, numbers, pronouns), ending in a noun, with nothing said of them (no verb, adjective, adverb or 了:
        「学生名单都齐了」「机房座位有限」 say something), and another subject named (`Topics.other_subject`)?"""
        tagged = [(w, flag) for w, flag in self.topics.tagged(text) if w.strip()]
        return (
            bool(tagged)
            and tagged[-1][1][:1] == "n"
            and all(flag[:1] in ("n", "m", "q", "r", "b", "j", "f") or flag in ("uj", "vn", "eng", "x") for _, flag in tagged)
            # (or whose words are mostly new to us: 「我们学校1+X试点的年度总结报告」)
            and self.topics.other_subject(text) is not None
        )

    def _names_a_thing_of_ours(self, text: str) -> bool:
        """Does the clause name a thing of ours, a noun of two characters or more our data uses (二维码, 准考证)?"""
        return any(
            f[0] == "n" and len(w) >= 2 and w in self.topics.ours and w not in ASKING_ONLY
            for w, f in self.topics.tagged(text)
        )

    def _names_ours(self, text: str, what: bool = False, besides: frozenset[str] = frozenset()) -> bool:
        """Does the clause name a thing or an act of ours (a content word our data uses)? The 考务 contacts are
        offered for a question about our exam the notice does not answer, not for 「昨晚那场NBA谁赢了」."""
        # (`what`: only what is asked — a time of day or an institution is when, or who asks: 「下午…，学校附近有啥好吃的
        # 推荐」 offers no 考务 contacts)
        return any(
            word in self.topics.ours
            and flag[0] not in _FUNCTION
            and flag not in _NOT_KEY
            and not (what and flag in ("t", "nt"))
            and word not in ASKING_ONLY
            and word not in besides
            for word, flag in self.topics.tagged(text)
            # (a number alone is no word: the 1 of 1+X; nor is a sign alone: the + of 1+1)
            if (len(word) >= 2 or (word.isascii() and word.isalpha())) and not word.isdigit()
        )

    @staticmethod
    def _asked_as_facet(c: _Clause) -> bool:
        """The clause is asked in the form its entry's facet answers (「娃们还能报上名不」: whether a window is still
        open), which is evidence of its own, whatever words it is asked in."""
        kind = facets.FACETS.get(c.best.entry.facet or "") if c.best else None
        return kind is not None and kind.asked_by(c.u)

    def _speaks_of_ours(self, u: Understanding, beside: FaqEntry | None = None) -> bool:
        """Positive evidence that a clause is about our season: it names a thing or an act of ours (`_names_ours`;
        or in a single character: a thing, 群 in 群号多少, or an act rare enough to say something, 考 in 啥时候考), a
        level, a paper or a time, or asks one. `beside`: an entry the clause is weighed against; the words only its
        answer uses are its (`_answer_only_words`), not evidence of another thing of ours (实训楼, 周末 in a staff
        entry's answer)."""
        if not _CJK.search(u.text):  # an English question is scored by meaning alone
            return True
        tagged = self.topics.tagged(u.text)
        its = self._answer_only_words(beside) if beside is not None else frozenset()
        # (a time of any kind is our season's matter: 「现在这个时间点该做什么」「现在该干嘛」 name no thing but 现在)
        if u.asks & _TIME_ASKS or any(flag == "t" and word not in its for word, flag in tagged):
            return True
        return bool(u.levels or u.papers or u.named_days or u.weekdays or u.period or u.half_day) or (
            self._names_ours(u.text, besides=its)
            or any(
                len(word) == 1
                and word in self.topics.ours
                and (flag[0] == "n" or (flag[0] == "v" and informativeness(word) >= KEY_RARITY))
                and informativeness(word) >= CONTENT
                and not any(word in w for w in its)  # (楼 of the 实训楼 it names)
                for word, flag in tagged
            )
        )

    def _answer_only_words(self, entry: FaqEntry) -> frozenset[str]:
        """The words of an entry's answer that its samples do not use: how staff describe the thing (快递驿站, 实训楼)
        beyond how they put the question. A member naming the samples' own thing beside a new need asks of the thing
        for that need (「考生突然晕倒，要不要叫救护车」 of the siren entry); naming the answer's words is the member's
        own way to say what the entry is about."""
        found = self._answer_only.get(entry.id)
        if found is None:
            found = self._answer_only[entry.id] = frozenset(words(self._answer_text(entry))) - self.index.entry_words.get(
                entry.id, frozenset()
            )
        return found

    def _only_says_when(self, u: Understanding, said: str) -> bool:
        """「今天是周五吧」「终于要放周末了」: a clause that asks nothing and names no thing but a time is talk, not a
        question for the FAQ (the time alone would draw the exam schedule)."""
        return (
            not _asks(u, said)
            and bool(u.weekdays or u.days or u.half_day)
            and not (u.levels or u.papers)
            and not self.topics.names_a_thing(u.text)
        )

    def _only_states_today(self, text: str, today: date) -> bool:
        said = normalize(arabic_numbers(text))
        day, rest = stated_today(said, year=self.year, now=today)
        # (or only a date and its weekday: 「11月8号礼拜一，…」)
        return (day is not None and not _asks_something(rest)) or day_said_with_weekday([said], self.year) == today

    def _others_contact(self, c: _Clause, f: ContactFinding, before: _Clause | None = None) -> bool:
        """「广东省教育考试院的电话」「山东省职业技能鉴定中心的联系人」: a place that says where another body is, whose
        contact is asked; not the place's contact of ours. Only a place before the other subject in the clause (or
        in the clause before), and no person, number or role of ours named. `before`: the clause before, which may
        set another subject as the topic (「人工智能训练师那个证，广东这边找谁对接」)."""
        if f.roles and f.routes and not (f.provinces or f.people or f.numbers or f.confirmation):
            # 「学校机房的监控系统坏了，报修电话多少」: the role's word (系统) is another one's (监控's), not the exam's
            # (in this clause, or in the clause before, which said what the role was read from)
            # (or the clause that says the trouble is about another thing: 「学生宿舍断网了，报修找哪个老师」, where the
            # exam is not named)
            said = [c, *([before] if before else [])]
            # (or whose exam or certificate the clause names outright, 「1+X WPS办公应用证书的考务负责人是谁」, or the
            # clause before sets as the topic: 「我们系Python课的期末实操考试，机房技术负责人找谁当合适」)
            if (self._names_another_exam(c.u.text) or (before is not None and self._sets_topic(before))) and not self._says_ours(c.u):
                return True
            return any(self._anothers_role(x.u.text) for x in said) or any(
                x.other
                and self.router.role_words(x.u.text)
                and self._other_is_a_thing(x)
                and not self._speaks_of_ours(x.u)
                for x in said
            )
        if not (f.routes and f.provinces) or f.people or f.numbers or f.roles or f.confirmation:
            return False
        if before is not None and before.other and self._sets_topic(before):
            return True
        # 「…树枝蹭玻璃，要找谁来修」: whom to get to do a job (找谁来修) is a worker for that job, when the job is no act
        # of ours (申报, 对接 are): not the place's contact of ours
        if (
            (job := _WHO_TO_DO.search(c.u.text)) is not None
            and not job["act"].startswith(_HANDLING)
            and not self._names_ours(job["act"])
        ):
            return True
        other = self.topics.names_another(c.u.text)  # named as a thing of its own: not a word new to us (对接人)
        flags = [flag for word, flag in self.topics.read(c.u.text) if word == other]
        if (
            not other
            or not flags
            or self.topics.is_place_word(other, flags[0])
            or flags[0][0] not in "nmjeb"
            or flags[0].startswith("nr")
        ):
            return False  # 川渝地区: a region; 省里对接的电话: a verb; 哈尔(宾): a place mistyped, read as a name
        at = c.u.text.find(other)
        if at < 0 or not _WHOSE_CONTACT.match(c.u.text, at + len(other)):
            return False  # the other thing must be whose contact is asked (考试院的电话), not what is done (办理…联系谁)
        if any(0 <= (p := c.u.text.find(v)) <= at and at + len(other) <= p + len(v) for _, v in f.via):
            return False  # 彬州市 cut 彬 / 州市, 光明区 cut 光明 / 区: a piece of the place named, no other body
        places = [c.u.text.find(t) for t in [*f.provinces, *(v for _, v in f.via)]]
        # 「湖南的学校，四六级找谁报名」: the place is the clause before's, and this clause asks about another subject
        return all(p < 0 for p in places) or any(0 <= p <= at for p in places)  # 广东省教育厅: the place inside

    def _opens_with_verb(self, text: str) -> bool:
        """「…年度质量报告，交到哪个邮箱」: a clause whose first word is a verb has no subject of its own."""
        tagged = self.topics.tagged(text)
        # (a verb with the 给 of whom it goes to is a verb, whatever jieba tags it: 「…祝福语，发给学生的」)
        verb = bool(tagged) and (tagged[0][1] == "v" or (len(tagged[0][0]) == 2 and tagged[0][0].endswith(_TO_WHOM)))
        if not (verb and not asking_word(tagged[0][0])):
            return False
        # (a verb that, with 的, says which thing — 「排好的考场还能再调不」 — opens the subject, not the predicate)
        for i, (word, flag) in enumerate(tagged[1:], start=1):
            if word == "的":
                return not (i + 1 < len(tagged) and tagged[i + 1][1].startswith("n"))
            if flag == "v":
                break
        return True

    def _anothers_role(self, text: str) -> bool:
        """Does a name of another one's stand right before a role's word (监控 系统, OA 系统)?"""
        other = self.topics.names_another(text)
        at = text.find(other) if other else -1
        return at >= 0 and any(start == at + len(other) for start, _ in self.router.role_words(text))

    def _ends_naming(self, text: str) -> bool:
        """Does the clause end on a noun (a topic said, 「…的年度质量报告」, 「教育厅派人来检查」: an event), not on a verb of
        its own (「…定下来」)?"""
        tagged = [(w, f) for w, f in self.topics.tagged(text) if f[:1] not in ("u", "y", "x", "w")]
        return bool(tagged) and (tagged[-1][1][:1] in ("n", "j") or tagged[-1][1] == "vn")  # (来检查: an event)

    def _in_facet_form(self, u: Understanding) -> bool:
        """Is the clause the whole question of a facet of ours (facets.Facet.cue_is_the_question: a period's
        matters, 「下个月有啥要办的」)?"""
        return any(kind.answers_cue(u) for _, kind in self._form_facets)

    def _names_another_exam(self, text: str) -> bool:
        """Does the clause name another exam, certificate or contest (全国计算机等级考试, 计算机二级几号考): another's
        name with the kind after it?"""
        other = self.topics.names_another(text)
        # (a name of two characters or more: one character before a kind is too often a word's own, 书证融通; or a
        # grade of another scale, 计算机二级, which names its exam by itself)
        return (
            other is not None
            and len(other) >= 2
            and (
                re.search(re.escape(other) + _EXAM_KIND_AFTER, text) is not None
                or self.topics.is_grade(other)
                or _EXAM_KIND_END.search(other) is not None  # (the kind itself, 技能大赛's 大赛)
            )
        )

    def _names_another_kind(self, text: str) -> bool:
        """Does the clause name another's subject of a kind (an exam, a meeting, a group, a project: 计算机等级考试的机房,
        教研会的签到), not only a thing said with a word new to us (吹手的机器, 家属区空地: a thing an entry staff added
        names, in words of the member's own)?"""
        other = self.topics.names_another(text)
        return other is not None and (
            other.endswith(SUBJECT_KINDS) or re.search(re.escape(other) + _KIND_AFTER, text) is not None
        )

    def _is_said_of_ours(self, text: str) -> bool:
        """Is the clause's subject, before its 是, one of our papers or levels (「实操是现场上机敲代码」)?"""
        m = _OURS_IS.match(text)
        v = self.vocabulary
        return (
            m is not None
            and bool(v.find(v.papers, m[1]) or v.find(v.levels, m[1]))
            and not self.topics.grades_another(m[1])  # (会计初级职称是机考吧: another thing's grade)
        )

    def _dated_of_ours(self, text: str) -> bool:
        """Does the clause say when a thing of ours falls, its subject before 是 ours and a day right after it
        (「平台排考场的活儿是下礼拜三收口吧」)? Then the word for what happens that day (收口) is a new word for our
        thing's act, not another subject."""
        at = text.find("是")
        if at < 2 or text[at + 1 : at + 3] in ("不是", "否"):
            return False
        tail = self.topics.tagged(text[at + 1 :])
        if not tail or tail[0][1][:1] not in ("t", "f", "m"):
            return False  # (read further only when a word of time follows 是: this runs for every clause's subject)
        day = understand(text[at + 1 :], self.vocabulary, year=self.year)
        return bool(day.named_days or day.weekdays or day.period) and self._names_ours(text[:at], what=True)

    def _likened_to_ours(self, c: _Clause) -> bool:
        """Is the clause's other subject what it says is (也是) a thing of ours: 「驾照科目一是机考吧」「普通话水平测试也是
        机考吧」? Then it asks of that other thing."""
        at = c.u.text.find("是")
        return bool(c.other) and at > 0 and c.other in c.u.text[:at] and self._names_ours(c.u.text[at + 1 :])

    def _its_thing_again(self, c: _Clause, u: Understanding, ours: bool = True) -> bool:
        """Does `u` name again a thing of ours that clause `c` named after its other subject, as that one's (申报 of
        「省教育厅教学成果奖申报」, then 「申报书…」)? `ours=False`: a word of that subject's own that is nothing of ours
        (面试 of 「教师资格证面试」, then 「面试的准考证…」)."""
        at = c.u.text.find(c.other) if c.other else -1
        if at < 0:
            return False
        owned = {w for w, flag in self.topics.tagged(c.u.text[at + len(c.other) :]) if flag[0] in "nv" and len(w) >= 2}
        return any(
            w in owned and (w in self.topics.ours) == ours and w not in ASKING_ONLY for w, _ in self.topics.tagged(u.text)
        )

    def _says_ours(self, u: Understanding) -> bool:
        """Does the clause say it speaks of our sitting: a level or a paper, the asker's own (咱们, 这次), or the
        certificate's name?"""
        return bool(
            u.narrows_exams
            or _OWN_SAID.search(u.text)
            or any(w.lower() in self._own_names for w in re.findall(r"[A-Za-z]{2,}", u.text))
        )

    def _other_is_a_thing(self, c: _Clause) -> bool:
        """Is the other subject the clause names a thing (考研, 机房, 天气), not only an act new to us (「打扰下，」
        「我刚接手考务，」: a greeting or a word on oneself, which the clauses after do not ask about)?"""
        flags = [flag for word, flag in self.topics.tagged(c.u.text) if word == c.other]
        an_act = bool(flags) and all(flag[0] == "v" and flag != "vn" for flag in flags)
        if self.topics.names_a_thing(c.u.text) and not (an_act and self._only_points(c.u.text)):
            return True  # (考评 of 考评员资格: a clause that names things is about them, however jieba cuts them)
        return not an_act

    def _only_points(self, text: str) -> bool:
        """Is every thing the clause names pointed at (这摊活儿, 那个事): what is at hand, not a subject of its own
        (「刚接手这摊活儿」)?"""
        tagged = self.topics.tagged(text)
        things = [i for i, (word, flag) in enumerate(tagged) if flag[0] == "n" and len(word) > 1]
        return bool(things) and all(any(w in _DEMONSTRATIVES for w, _ in tagged[max(0, i - 2) : i]) for i in things)

    def _sets_topic(self, c: _Clause) -> bool:
        """Is the clause a topic the next one speaks of: it asks nothing, is about another subject, and ends naming an
        exam or a certificate (「人工智能训练师那个证」「英语四六级12月那场」「中慧的Web前端开发证书」), not a statement
        that only holds a word new to us (「我们学校刚考完期末」「佛山顺德的学校」)?"""
        if not c.other:
            return False
        if who_knows := _WHO_KNOWS.match(c.u.text):
            # 「有谁知道1+X物联网那个证，…」: asking the group whether anyone knows asks nothing of its own
            rest = c.u.text[who_knows.end() :]
            if INTERROGATIVE.search(rest) or A_NOT_A_ASKED.search(rest):
                return False  # (its 吗 is the opener's: 「有谁知道X那个证吗」)
        elif _asks(c.u, c.typed):
            return False
        # (or ends with the very thing it names as another's: 「中慧云启那个产教融合实训基地项目」, or with the word whose
        # kind that name is of: 「下周二的1+X证书试点工作总结会」)
        tagged = self.topics.tagged(c.u.text)
        last = tagged[-1][0] if tagged else ""
        # (a level said after the kind is which of that thing's levels: 「Web前端开发1+X证书中级」)
        named = c.u.text
        while len(tagged) > 1 and tagged[-1][0] in self.vocabulary.levels:
            named, tagged = named[: -len(tagged[-1][0])], tagged[:-1]
        # (or is nothing but another exam's name, no verb of its own: 「全国计算机等级考试二级Python，…」)
        if (
            self._names_another_exam(c.u.text)
            and not self.topics.is_place_word(c.other, "")  # (校区 of 「…克拉玛依校区申报考核站点」: a place, who asks)
            and not any(f[0] == "v" and f != "vn" for _, f in tagged)
        ):
            return True
        # (or with a kind of two characters or more and an act of ours done for it: 「省级精品在线开放课程项目申报」)
        kind_then_act = (
            len(tagged) >= 2
            and tagged[-1][0] in self.topics.ours
            and tagged[-2][0].endswith(_LONG_KINDS)
            and tagged[-2][0] not in self.topics.ours  # (考核 站点: a thing of ours named, no kind of another's)
            and c.u.text.find(c.other) <= c.u.text.rfind(tagged[-2][0])
        )
        return bool(_TOPIC_END.search(named)) or (
            (
                (c.u.text.endswith(c.other) and c.other.endswith(SUBJECT_KINDS))
                or (c.other in last and last != c.other and last.endswith(SUBJECT_KINDS))
                or kind_then_act
            )
            and self.topics.names_another(c.u.text) == c.other
        )

    def _announces(self, text: str) -> bool:
        """「还有个问题」「另外请教一件事」「再确认个事情」: a clause that says a question follows and asks nothing."""
        if not any(noun in normalize(text) for noun in _QUESTION_NOUNS):
            return False  # most clauses: no need to read them further (this runs on every clause of every message)
        u = understand(text, self.vocabulary, year=self.year)
        if INTERROGATIVE.search(u.text) or u.narrows_exams:
            return False
        tagged = list(self.topics.tagged(u.text))
        if any(w == "的" and n in _QUESTION_NOUNS for (w, _), (n, _) in pairwise(tagged)):
            return False  # 「那几天有要到期的事吗」: a matter described (…的事) is what is asked about
        return any(w in _QUESTION_NOUNS for w, _ in tagged) and all(
            w in _QUESTION_NOUNS
            or w in _ASKING_VERBS
            or flag[0] in _FUNCTION
            or (flag[0] == "v" and informativeness(w) < AUXILIARY)
            for w, flag in tagged
        )

    def _reports_asking(self, text: str) -> bool:
        """「学生问我」「领导让我问下」「有家长咨询」「学生问的」: a clause that says who asks, and asks nothing itself — its asking
        verb has only a pronoun or particles after it (问我, 问一下), and someone else asks (a pronoun the object,
        or 让/帮/有 before). What is asked stands in another clause."""
        text = normalize(text)
        tagged = self.topics.tagged(text)
        at = next((i for i, (w, _) in enumerate(tagged) if w in _ASKING_VERBS or w == "问问"), None)
        if at is None or INTERROGATIVE.search(text):
            return False
        after = tagged[at + 1 :]
        if not all(flag[0] in "rfmuy" for _, flag in after):
            return False  # 想问下考试费: what is asked follows the verb
        before = [w for w, _ in tagged[:at]]
        # 「学生问的」「家长问的」: the asker before the verb and only 的 after it (是…的, who it was that asked)
        said_by = bool(before) and [w for w, _ in after] == ["的"]
        return bool(after and after[0][1].startswith("r")) or any(w in _ON_BEHALF for w in before) or said_by

    def _tails_joined(self, texts: list[str]) -> list[list[str]]:
        """A clause that only asks (「还来得及吗」「截止了没」「是哪天」) asks about the clause before it:
        「我们还有几个学生想报名，还来得及吗」 is one question. The clauses, grouped as they are to be joined."""
        out: list[list[str]] = []
        for text in texts:
            before = "".join(out[-1]) if out else ""
            if out and (
                self._only_asks(text, before)
                or bool(_VALUE_CLAIMED.match(text))  # 「中级实操几点结束，16:30对吗」: the answer it expects
                or self._continues_statement(text, before)
                or self._narrows_the_act(text, before)
                or self._times_the_act(text, before)
                or self._offers_options(text, before)
                or self._measures_between(text, before)
                or self._compares_levels_of(text, before)
            ):
                out[-1].append(text)
            else:
                out.append([text])
        return out

    def _compares_levels_of(self, text: str, before: str) -> bool:
        """「理论考试时长多少分钟？初级、中级、高级都一样吗」: a clause that compares levels and names nothing else
        compares them on what the clause before asked of: one question."""
        u = understand(normalize(text), self.vocabulary, year=self.year)
        if not (u.compares and len(u.levels) > 1) or u.papers or self.topics.names_a_thing(u.text):
            return False
        theirs = understand(normalize(before), self.vocabulary, year=self.year)
        return bool(theirs.papers) and not theirs.levels

    def _measures_between(self, text: str, before: str) -> bool:
        """「理论考完到实操开考，中间空几个钟头」: a clause that only asks how long lies between (中间, 之间) and names no
        thing of its own asks it of the things the clause before named: one question."""
        u = understand(normalize(text), self.vocabulary, year=self.year)
        tagged = self.topics.tagged(u.text)
        # (the unit a count asks in, 几个钟头, is the question's, no thing of its own)
        things = [
            w
            for i, (w, flag) in enumerate(tagged)
            if flag[0] == "n"
            and len(w) > 1
            and w not in ASKING_ONLY
            and w not in TIME_AMOUNTS  # (间隔 in 「中间隔多久」: the time between, asked, no thing)
            and not (i and asking_word(tagged[i - 1][0]))
        ]
        if not u.gap or u.levels or u.papers or things:
            return False
        theirs = understand(normalize(before), self.vocabulary, year=self.year)
        # (or two things from one to the other: 「从报名截止到开始排考场，中间空了几天」)
        return bool(theirs.levels or theirs.papers or theirs.days) or len(compared(theirs.text + u.text)) == 2

    def _offers_options(self, text: str, before: str) -> bool:
        """「协议是跟谁签？考务那边的老师还是各省的老师」: an either-or with no act of its own, after a question word,
        offers the answers the member has in mind: the question is the clause before's."""
        if "还是" not in text or not INTERROGATIVE.search(before):
            return False
        return not any(
            flag == "v" and word not in _LINKING and informativeness(word) >= AUXILIARY
            for word, flag in self.topics.tagged(text)
        )

    def _pro_verb_meant(self, text: str, before: str) -> str:
        """`text` with its pro-verb (弄, 搞, 办 …) replaced by the last verb of content `before` said (排 in 考场还没
        排完: not an auxiliary, not a complement of result like 完 or 好), when there is one."""
        tagged = self.topics.tagged(text)
        pro = next((w for w, flag in tagged if flag[0] == "v" and w in PRO_VERBS), None)
        if pro is None:
            return text
        said = self.topics.tagged(before)
        verbs = [
            w
            for i, (w, flag) in enumerate(said)
            if flag[0] == "v"
            and w not in PRO_VERBS
            and w not in _GRAMMAR_VERBS
            and informativeness(w) >= AUXILIARY
            # (a verbal noun before a noun says which thing, 「考试软件得我们自个儿部署」: no act)
            and not (flag == "vn" and i + 1 < len(said) and said[i + 1][1][:1] == "n")
        ]
        return text.replace(pro, verbs[-1], 1) if verbs else text

    def _narrows_the_act(self, text: str, before: str) -> bool:
        """「12月16号开始打准考证，初级的能打到哪天」: a question whose only words besides a level or a paper and
        question words are verbs the clause before said (打) asks about that act, for that level: one question."""
        u = understand(text, self.vocabulary, year=self.year)
        if not (u.levels or u.papers) or not INTERROGATIVE.search(u.text):
            return False
        theirs = {w for w, flag in self.topics.tagged(normalize(before)) if flag[0] == "v"}
        tagged = self.topics.tagged(u.text)

        def said_before(w: str) -> bool:
            # (开打 said before holds 打: the act begun, 「准考证是16号开打吧？高级的能打到几号」)
            return w in theirs or verb_core(w) in theirs or (len(w) == 1 and any(t[1:] == w and t[0] in _BEGINS for t in theirs))

        # (the act must be one: 是 and 有 link and state, so 「中级是今天考吧？那高级是哪天」 asks of another level)
        return any(flag[0] == "v" and w not in _LINKING and said_before(w) for w, flag in tagged) and all(
            asking_word(w)
            or flag[0] in _FUNCTION
            or self.vocabulary.find(self.vocabulary.levels, w)
            or self.vocabulary.find(self.vocabulary.papers, w)
            or (flag[0] == "v" and informativeness(w) < AUXILIARY)
            or said_before(w)
            for w, flag in tagged
        )

    def _times_the_act(self, text: str, before: str) -> bool:
        """「负责人还没报上去，赶在月底前交就行吧」「考试费…，拖到下个月再交行不行」: a yes-no that names only a week or
        a month and verbs claims that time for the thing of ours the clause before named: one question."""
        u = understand(text, self.vocabulary, year=self.year, now=date(self.year, 1, 1))  # (a period needs a today)
        if not u.period or INTERROGATIVE.search(u.text) or "whether" not in u.asks:
            return False
        # (a term of ours of its own, 考试费 — which the dictionary tags a verb — is a thing of its own: 「编排考场是
        # 这周三截止吧？考试费是不是也得赶在这周交掉」 asks two things)
        before = normalize(before)
        own_term = any(len(w) >= 3 and w in self.topics.ours and w not in before for w, _ in self.topics.tagged(u.text))
        return not (self.topics.names_a_thing(u.text) or own_term) and self._names_ours(before)

    def _continues_statement(self, text: str, before: str) -> bool:
        """「下周日我们站点要开考，是考哪一级的？」: an open question that opens with its verb (no subject of its own)
        after a clause that only states something of ours is one question with that statement, its subject."""
        mine, theirs = normalize(text), normalize(before)
        if not (_NO_SUBJECT.match(mine) and INTERROGATIVE.search(mine)) or INTERROGATIVE.search(theirs):
            return False
        u = understand(theirs, self.vocabulary, year=self.year)
        # 「我是新来的，要进哪个群」: a statement that names nothing of ours is no subject for the question
        return not u.asks and (u.narrows_exams or self._names_ours(theirs))

    def _respective(self, text: str, today: date, typed: str = "") -> list[str]:
        """「A与B分别…」 is a question for each of A and B, when the sentence as a whole is about something of ours
        (「理论与实操的合格分数线分别为多少分」 is not) and is no contact question (「广东和海南分别找谁」 is the
        contact router's to read whole). `typed`: the clause as typed, whose 、 (A、B分别…) normalising drops."""
        pieces = respective(text)
        if len(pieces) > 1 and len(respective(self._respelt(text))) == 1:
            pieces = [text]  # 「高及的两门…分别几点」: the 及 that split it is the 级 of a misspelt 高级
        if len(pieces) == 1 and re.search(r"[\u4e00-\u9fff]、[\u4e00-\u9fff]", typed):
            u = understand(text, self.vocabulary, year=self.year)
            # (levels or papers listed, 初级、中级、高级考生的报名时间分别…, narrow one answer: the engine reads them whole)
            if len(u.levels) < 2 and len(u.papers) < 2:
                pieces = [c for p in respective(typed) if (c := normalize(arabic_numbers(p)))] or [text]
        if len(pieces) == 1 and len(each := compared(text)) == 2:
            # 「报名时间和站点申报时间一样吗」: two things of ours compared, each answered (and judged, `_compared`);
            # levels or papers compared are one entry's to judge (「中级和高级的打印时间一样吗」)
            u = understand(text, self.vocabulary, year=self.year)
            each = each if len(u.levels) < 2 and len(u.papers) < 2 else [text]
            clauses = [self._clause(c, today=today) for c in each]
            if len(each) == 2 and all(c.confident for c in clauses) and len({c.best.entry.id for c in clauses}) == 2:  # type: ignore[union-attr]
                pieces = each
        # (nor places, each its own: 「苏州和宿州各有一所职院要申报」 names two provinces for the router to read together)
        found = self.router.find(text) if len(pieces) > 1 else None
        if found is None or found.routes or len(found.provinces) >= 2 or self._clause(text, today=today).other:
            return [text]
        return pieces

    def _span(self, entry: FaqEntry, u: Understanding, exams: bool = False) -> tuple[date, date] | None:
        """The days the entry's window spans (of the levels asked, for a window kept by level); None when it has
        none. `exams`: the timetable's entry spans the exam days asked."""
        named = windows_named(entry.answer)
        # (the timetable's days are the exams', when days between things are counted: 「报名截止到初级开考隔几天」)
        window = entry.window or (named[0] if len(named) == 1 else "exams" if exams and entry.facet == "exams" else None)
        notice = self.knowledge.notice
        if window in ("ticket_printing", "exams"):
            spans = (
                [(w.start, w.end, w.level) for w in notice.ticket_printing]
                if window == "ticket_printing"
                else [(e.date, e.date, e.level) for e in notice.exams]
            )
            spans = [s for s in spans if not u.levels or s[2] in u.levels]
            return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
        # a window of every level (报名, 考场编排 …); a deadline alone (the 考务负责人 filing) spans no days to compare
        w = getattr(notice, window, None) if window else None
        return (w.start, w.end) if isinstance(w, Window) else None

    def _compared(self, answered: list[_Clause], question: str) -> str | None:
        """「报名和站点申报是同一段时间吗」: the verdict on two windows compared, before each one's answer."""
        between = asks_between(normalize(arabic_numbers(question)))
        spans = [self._span(c.best.entry, c.u, exams=between) for c in answered]  # type: ignore[union-attr]
        # (「报名和站点申报有啥区别」 asks more than their days: each answer says it)
        if len(spans) != 2 or None in spans or re.search(DIFFERENCE_WORDS, question):
            return None
        if between:
            # 「报名截止到初级开考中间隔几天」: the days between the two, each thing's last day when its end is said
            # (截止, 结束, 完), else its first
            days = [s[1] if _ENDED.search(c.u.text) else s[0] for c, s in zip(answered, spans, strict=True)]  # type: ignore[index]
            said = [f"{c.u.text}（{format_date(d, year=False)}）" for c, d in zip(answered, days, strict=True)]
            if days[0] == days[1]:
                return f"{answered[0].u.text}和{answered[1].u.text}是同一天（{format_date(days[0], year=False)}），相差 0 天。"
            return f"{said[0]}到{said[1]}相差 {abs((days[1] - days[0]).days)} 天。"
        if spans[0] == spans[1]:
            agreed = "是的，一样" if _COMPARED_SAME.search(question) else "一样"
            return f"{agreed}，都是 {format_span(*spans[0])}。"  # type: ignore[misc]
        first, second = (format_span(*s) for s in spans)  # type: ignore[misc]
        return f"不一样：前者 {first}，后者 {second}。"

    def _day_lent(self, said: list[str], today: date, typed: dict[str, str]) -> list[str]:
        """「明天礼拜六，咱这边是不是就要开考了」: a clause that only says which day it is in words (asks nothing, names
        no thing) is the day the next clause asks of, when that one names no day of its own and counts no span: the
        two are one question. (A day said by its number states the calendar — 「明天就18号了」 says what today is —
        and a span counted is counted from the day said: 「以12月10日计，距离初级考试还有多少天」.)"""
        out: list[str] = []
        day: Understanding | None = None  # the last clause's reading, while it may still lend its day
        for c in said:
            asked = understand(c, self.vocabulary, year=self.year, now=today)
            # (a clause that points back at the day the one before said by its date asks of that day, for the levels it
            # named: 「初级有个娃12月17号才从实习单位回来，那会儿再打准考证赶趟不」 asks 「初级12月17号再打准考证赶趟不」;
            # the rest of the clause before is why)
            if (
                day is not None
                and (then := THEN.match(c))  # (a clause that opens with one asks of that time)
                # (or by its name relative to today, 「学院后天才开动员会，那会儿…」: not today, which is when one asks)
                and len(dates := [m.group() for m in DATE_IN_TEXT.finditer(out[-1])] + _later_day_words(out[-1])) == 1
                and not (asked.days or asked.weekdays or asked.levels)
            ):
                meant = "".join(day.levels) + dates[0] + c[then.end() :]
                typed[meant] = typed.get(c, c)
                c, asked = meant, understand(meant, self.vocabulary, year=self.year, now=today)
                if not _asks(day, typed.get(out[-1], out[-1])):
                    out.pop()  # (what it said is in the question now; the rest of it asks nothing)
                    day = None
            if (
                day is not None
                and out
                and day.period is not None
                and asked.period is None
                and not (day.days or day.weekdays or day.levels or day.papers)
                # (its 日子 is the days of the period, no question: no question word, no question form)
                and not INTERROGATIVE.search(out[-1])
                and not _QUESTION_FORM.search(typed.get(out[-1], out[-1]))
                and not self.topics.names_a_thing(out[-1])
                and facets.asks_which_matters(asked)
            ):
                # 「本月剩下的日子里，咱站点还要盯哪几个截止日」: a clause that only names a period frames the matters the next
                # one asks for
                _join_last(out, c, typed)
                day = None
                continue
            if (
                day is not None
                and out
                and not any(ch.isdigit() for ch in out[-1])
                and self._only_says_when(day, typed.get(out[-1], out[-1]))
                and (day.days or day.weekdays)
                and _asks(asked, typed.get(c, ""))
                and not (asked.days or asked.weekdays or asked.half_day or "left" in asked.asks)
            ):
                _join_last(out, c, typed)
                day = None  # (the two now ask: a clause that asks lends no day)
                continue
            out.append(c)
            day = asked
        return out

    def _span_joined(self, said: list[str], typed: dict[str, str]) -> list[str]:
        """「12月1号开始排考场，算下来离今天还有几天」: a clause that counts days left and names nothing to count to (no
        thing, day, level or paper) counts to what the statement before it named: the two are one question."""
        out: list[str] = []
        for c in said:
            asked = understand(c, self.vocabulary, year=self.year) if out else None
            if (
                asked is not None
                and "left" in asked.asks
                and not (asked.named_days or asked.weekdays or asked.levels or asked.papers)
                and not self.topics.names_a_thing(_TO_A_BOUND.sub("离", c))  # (关门 is no thing: where the count ends)
                # (an act of ours opens and closes too: 「咱报名开了多少天了？离关门还有几天」)
                and (self._things(out[-1]) or _TO_A_BOUND.search(c))
                # (said, not asked: 「中级准考证最后哪天能打？离现在还有几天」 counts to what the answer gives — unless
                # it counts to where a thing opens or closes, 「报名从哪天起？离开放还差几天」, the thing the question named)
                and (
                    not _QUESTION_FORM.search(typed.get(out[-1], out[-1]))
                    # (but not after a yes/no of its own, 「编排考场开放了没？离关闭还剩几天」: that one is answered)
                    or (_TO_A_BOUND.search(c) and not _YES_NO_END.search(typed.get(out[-1], out[-1])))
                )
                # (the statement names a thing of ours to count to: not 「写周报要用，报名从开始到今天过去多少天」)
                and self._names_ours(self._respelt(out[-1]))
            ):
                if (plain := _bound_said_plainly(c)) != c:
                    typed[plain] = typed.get(c, c)
                    c = plain
                _join_last(out, c, typed)
                continue
            rest = _WHEN_A_BOUND.sub("", c)  # (what a clause asking when a thing closes says besides)
            if (
                asked is not None
                and rest != c
                and not (asked.levels or asked.papers)
                # (little besides: a time of day, 今晚; 「那边排考场啥时候截止」 says what closes)
                and len(rest) <= 3
                and not self.topics.names_a_thing(rest)
                and not self._names_ours(rest)  # (「考试几点开始」: the exam's start)
                and self._names_ours(self._respelt(out[-1]))
            ):
                # 「站点申报今天还能交吗？今晚几点关」: when a thing closes, asked of no thing, is asked of the thing the
                # clause before named
                plain = _bound_said_plainly(c)
                typed[plain] = typed.get(c, c)
                _join_last(out, plain, typed)
                continue
            out.append(c)
        return out

    def _object_carried(self, before: str, text: str) -> str:
        """「考场在哪编排 什么时候编」: a clause that names no thing and asks of the act the clause before named (编, 编排)
        asks it of the same thing: 考场什么时候编."""
        tagged = self.topics.tagged(text)
        if (about := self._asked_about(before)) and not self.topics.names_a_thing(text) and _asks(
            understand(text, self.vocabulary, year=self.year), text
        ):
            return about + text  # 「学生老问准考证，下礼拜哪天能开始打」: what they ask about is what is asked
        if (
            _LIKENED_TO.search(text)
            and self.vocabulary.find(self.vocabulary.levels, text)
            and not self.topics.names_a_thing(text)
            and (things := self._things(before))
        ):
            # 「高级的准考证最晚哪天打？跟初级截止是一样的不」: a level compared with (跟初级…一样) names no thing of its
            # own; it is the same thing's, at each level: the levels before and after, with the thing
            levels = "".join(dict.fromkeys(lv for lv in self.vocabulary.levels if lv in before or lv in text))
            return levels + things + text
        said_before = [w for w, f in self.topics.tagged(before) if f[0] == "v"]
        acts = [w for w in said_before if informativeness(w) >= AUXILIARY]
        own = self.topics.of_the_asker(text)
        # (a pro-verb asks what to do, 交完还得干啥: no act of its own; a common verb counts when it is the very verb
        # said before, 「准考证今天能打了吧？我们高级的学生最晚打到哪天」)
        verbs = [
            w
            for w, f in tagged
            if f[0] == "v"
            and (informativeness(w) >= AUXILIARY or w in said_before)
            and w not in PRO_VERBS
            and not asking_word(w)  # (来得及, 行不行: how it is asked, no act: 「…最迟哪天交？今天交还来得及吧」)
        ]
        acts += [w for w in verbs if w in said_before and w not in acts]
        # (or a verb our own text does to the thing the clause before names: 「高级的准考证还没弄，明儿上午现打赶趟不」,
        # 打 准考证)
        done_to = [w for w in self._done_to(tagged, before, respelt=True) if w not in PRO_VERBS]
        verbs += [w for w in done_to if w not in verbs]
        acts += [w for w in done_to if w not in acts]
        # the same act, said again with a complement (编排 … 编; 排考场 … 排到): its core verb is in the act; or only
        # a pro-verb standing for it (「考务员在线培训定了没？是这周还是下周搞」)
        pro = not verbs and any(w in PRO_VERBS for w, f in tagged) and bool(self._things(before, acts=True))
        # (or it says only what the asker's side did, and asks: 「…最迟哪天交？我们财务今天才批下来，还来得及吧」)
        # (whether it is still in time, asked with no question word: 「我们对接哪位」 asks whom the asker deals with)
        theirs = (
            bool(verbs)
            and all(w in own for w in verbs)
            and "status" in understand(text, self.vocabulary, year=self.year).asks
            and not INTERROGATIVE.search(text)
        )
        if not (pro or theirs) and (
            not verbs or not all(any(a.startswith(v) or verb_core(v) in a for a in acts) for v in verbs)
        ):
            return text
        # (who does it, or which level's, names nothing of its own: 「我们高级的学生最晚打到哪天」)
        if not all(
            asking_word(w)
            or f[0] in _FUNCTION
            or f[0] == "v"
            or people_word(w)
            or self.vocabulary.find(self.vocabulary.levels, w)
            or TIME_WORD.fullmatch(w)  # (这 周: a week, however jieba cuts it)
            or (theirs and w in own)
            for w, f in tagged
        ):
            return text  # it names something of its own (延期后的考试日期)
        return self._things(before, acts=pro or theirs) + text

    def _done_to(self, tagged: tuple[tuple[str, str], ...], before: str, respelt: bool = False) -> list[str]:
        """The clause's verbs that our own text does to the one thing of ours the clause before names (打 of 准考证);
        none after two things (「技术负责人…跟考务负责人一样，今天之前都得报完」: which one is not said). `before` as
        typed; `respelt`: read it respelt (技数 → 技术) rather than only normalised — only when the clause has a verb, as
        respelling costs a pinyin pass."""
        verbs = [w for w, f in tagged if f[0] == "v"]
        if not verbs:
            return []
        text = self._respelt(before) if respelt else normalize(before)
        named = {w for w, f in self.topics.tagged(text) if f[0] == "n" and len(w) >= 2 and w in self.topics.ours}
        if len(named) != 1:
            return []
        return [w for w in verbs if any((w, n) in self.topics.pairs for n in named)]

    def _things(self, text: str, acts: bool = False) -> str:
        """The things a clause names (its nouns of two characters or more, no place), as it reads respelt (技数负责人
        is 技术负责人), run together; `acts`: its verbal nouns too (考务 培训), for a pro-verb to stand for."""
        return "".join(
            w
            for w, f in self.topics.tagged(self._respelt(text))
            if (f[0] == "n" or (acts and f == "vn")) and len(w) >= 2 and not self._is_place(w)
        )

    def _asked_about(self, before: str) -> str:
        """「学生老问准考证」「家长一直在问考试费」: a clause that reports someone asking about things of ours, and asks
        nothing itself — those things (else "")."""
        tagged = self.topics.tagged(before)
        at = next((i for i, (w, _) in enumerate(tagged) if w in _ASKING_OF), None)
        if at is None or INTERROGATIVE.search(before):
            return ""
        things = [w for w, _ in tagged[at + 1 :] if len(w) >= 2 and w in self.topics.ours and not asking_word(w)]
        return "".join(things) if len(things) == len(tagged) - at - 1 else ""

    def _only_asks(self, text: str, before: str = "") -> bool:
        """Only question words, function words, auxiliary verbs (还来得及, 这个截止了没, 是哪天, 要多久) and verbs
        said in the clause before (「联系方式还没填，还能填吗」) or standing for one (弄, 搞: 「还没编完，还能弄吗」)."""
        u = understand(text, self.vocabulary, year=self.year)
        # A verb said before (填 in 还没填) is asked about again only by a yes-no tail (还能填吗); with a question
        # word of its own the clause asks something else of it (「何时缴纳，以何种方式缴纳」).
        said = "" if INTERROGATIVE.search(u.text) else normalize(before)
        tagged = self.topics.tagged(u.text)

        def places(i: int) -> bool:  # 卡在哪天, 定在几号: one character before 在 and a question word only places it
            return len(tagged[i][0]) == 1 and [w for w, _ in tagged[i + 1 : i + 2]] == ["在"] and (
                i + 2 < len(tagged) and asking_word(tagged[i + 2][0])
            )

        # 「昨天礼拜天没看群消息，前天那天是不是有啥截止了」: what is on a day it names (前天, 明天: read from a today)
        # is a question of its own
        dated = understand(text, self.vocabulary, year=self.year, now=date(self.year, 1, 1)).named_days
        # a verb our own text does to a thing the clause before names (打 准考证): that thing's act, asked again, its
        # half-day only when (「高级的准考证还没弄，明儿上午现打赶趟不」)
        done_to = set(self._done_to(tagged, before))
        return (
            bool(u.asks)
            and "who" not in u.asks  # 「…，两边各找谁」: whom to ask is the contact router's, clause by clause
            and not (replace(u, half_day=None) if done_to else u).narrows_exams
            and not (dated and INTERROGATIVE.search(u.text))
            and all(
                asking_word(word)
                or flag[0] in _FUNCTION
                or word in EXTENT  # 具体, 详细: how much of it is asked, not what
                or word in SPAN_BOUNDS  # 为止, 截至: where the time asked ends (「到哪天为止」)
                or flag == "f"  # 最后, 之前: where in its time (「最后几号」), naming nothing
                or (word in LEFT_VERBS | TIME_AMOUNTS and "left" in u.asks)  # 还剩几天(工夫): of the clause before's
                or (word in _NOW_WORDS | _COUNTED_FROM and "left" in u.asks)  # 离今天还差几天: from now, naming nothing
                # 定了日子没, 安排在哪天: when the thing before is fixed for
                or ((word in SCHEDULING or word in TIME_AMOUNTS) and "when" in u.asks)
                or (flag[0] == "v" and (informativeness(word) < AUXILIARY or word in said or word in PRO_VERBS or word in done_to))
                or (word in RESULTATIVE and i > 0 and tagged[i - 1][0] in said)  # (还没排完: 完 completes 排, said before)
                # (jieba tags some one-character verbs nouns: 报 in 「现在报来得及么」 after 「还没把…报给中慧」)
                or (flag[0] == "n" and len(word) == 1 and word in said)
                or places(i)
                for i, (word, flag) in enumerate(tagged)
            )
        )

    def _clause(
        self,
        text: str,
        search: bool | Callable[[], bool] = True,
        today: date | None = None,
        context: _Clause | None = None,
        ahead: dict[str, np.ndarray] | None = None,
        message: str = "",
        asks: frozenset[str] = frozenset(),
        typed: str = "",
        pieces: tuple[str, ...] = (),
        head: str = "",
    ) -> _Clause:
        """`message`: the whole message as written, whose 吗 and question marks normalising drops; `typed`: this
        clause as written, when it stands alone in the message.
        `context`: the clause before, in the same message. A clause that names no level (or paper) of its own
        speaks of the one named before (「我们只报了高级，考试时间和准考证打印时间分别是？」), and one that names
        no thing at all, of the other subject named before. `search`, when a function, is asked when the hits are
        first wanted; `ahead`: vectors of texts embedded in advance; `asks`: what the clauses it was joined from
        ask (`_tails_joined`), and `pieces` those clauses as said; `head`: the first of them, which the member's own
        comma ended (「…考务工作会，定的几点」: 会 is the meeting, not the modal that 工作会定的 reads as)."""
        spoken = normalize(text)
        if (
            context is not None
            and len(context.u.days) == 1
            and (that := _THAT_DAY.search(spoken))
            and not _DAY_SAID_BEFORE.search(spoken[: that.start()])
        ):
            # 「后天礼拜天，中级是不是那天考」: 那天 is the one day the clause before named (not a 哪天 mistyped) — not
            # when the clause names its day right before it (「…，下周二那天是不是有啥东西得交」)
            ((day, month),) = context.u.days
            spoken = _THAT_DAY.sub(f"{month or today.month}月{day}日", spoken, count=1)
        u = understand(self._respelt(spoken), self.vocabulary, year=self.year, now=today)
        if u.levels and (graded := self.topics.graded_words(u.text)):
            # 「会计初级职称是机考吧」: a level said inside another thing's grade is none of ours
            rest = reduce(lambda t, w: t.replace(w, " "), graded, u.text)
            u = replace(u, levels=tuple(self.vocabulary.find(self.vocabulary.levels, rest)))
        if not u.levels and (order := _LEVEL_BY_ORDER.search(u.text)):
            # 「最后考的那一级是礼拜几考」: a level named by its place among the exam days
            ordered = sorted(self.knowledge.notice.exams, key=lambda e: e.date)
            u = replace(u, levels=(ordered[-1 if order["last"] else 0].level,))
        if asks - u.asks:
            u = replace(u, asks=u.asks | asks)
        if (
            u.period is None
            and today is not None
            and (month := month_named(u.text, today)) is not None
            and facets.FACETS["timeline"].answers_cue(replace(u, period=month))
        ):
            u = replace(u, period=month)  # 「1月份还有啥要做的」: the matters of the month named
        if context is not None and context.u.period and not u.period and _THOSE_DAYS.search(u.text):
            # 「下礼拜我整周都在学校坐班，这摊子事那几天该忙点啥」: 那几天 is the week the clause before named
            u = replace(u, period=context.u.period)
        if not u.counts_today and COUNTS_TODAY.search(message):  # 「算上今天，…还剩几天」: said in a clause of its own
            u = replace(u, counts_today=True)
        if pieces:  # the clauses a joined question was made of, each as said
            u = replace(u, joined=(*pieces, *u.joined))
        # (a day of its own, beside the day before, says whose exam: 「下周六和下周日分别考哪一级」; a level said outright
        # still holds, 「我们只有初级，学生18号早上还能打准考证吗」)
        own_day = context is not None and bool(
            (context.u.days or context.u.weekdays)
            # (today is when the member asks, no day of the clause's own: 「明天初级上午几点开考？…今天还能打不」)
            and ((u.named_days - context.u.days) or (u.weekdays - context.u.weekdays))
        )
        if (
            context is not None
            and (context.u.named_days or context.u.weekdays)
            and not (u.days or u.weekdays or u.period or u.asks & {"when", "left"})
            and (_EXISTS.match(u.text) or COINCIDE.search(u.text))
        ):
            # 「后天礼拜一我们站点有啥要弄的？有考试没」: whether a thing is, asked with no time of its own, is asked of
            # the day the clause before named (so is whether it falls then: 「12月9号机房借出去上课，跟考试冲突不」)
            u = replace(u, days=context.u.days, relative_days=context.u.relative_days, weekdays=context.u.weekdays)
        elif (
            context is not None
            and u.weekdays
            and not u.days
            and context.u.days
            and u.weekdays <= _weekdays_of(context.u.days, self.year, today)
            # (not the weekday of a level the clause names, which is that level's exam day: 「准考证明天能打了吧？中级的
            # 学生是礼拜天考对吧」)
            and not any(e.level in u.levels and e.date.weekday() in u.weekdays for e in self.knowledge.notice.exams)
        ):
            # 「机房这个周末想借给别的系用，周末会不会撞上咱们的考试」: a weekday said again, with no week of its own, is the
            # day the clause before named with its week
            # (those of its days that fall on it: 「下下周末…，周六会不会撞上考试」 is the Saturday)
            days = frozenset(d for d in context.u.days if _weekdays_of(frozenset({d}), self.year, today) <= u.weekdays)
            u = replace(u, days=days, relative_days=context.u.relative_days & days, weekdays=frozenset())
        # (not a clause that is only a tag, 「三个级别全排在周末，真的假的」: it asks whether the clause before holds, of
        # what that clause named — not of the levels its day holds)
        if context is not None and not u.levels and not own_day and not _ONLY_A_TAG.fullmatch(u.text):
            # 「这周日考哪个级别 准考证打到哪天为止」: the level the clause before named, or whose exam day it named,
            # and its half-day (「今天上午几点考试？考哪个级别」)
            # (a day of another's exam is no level of ours: 「考研是不是下周六啊？我弟今年考」)
            on = self._levels_on(context.u)  # (whose subject is asked only then: it may cost a search)
            on = on if on and context.other is None else ()
            half_day = u.half_day or context.u.half_day
            # (the levels it named on a day it named are that day's: 「礼拜天那场是中级还是高级？上午那门几点结束」)
            levels = tuple(v for v in context.u.levels if v in on) or context.u.levels or on
            # (the level of another subject is not ours: 「软考中级的成绩出来没，在哪查」 asks about 软考's; read from
            # the words alone, so that no clause is searched before the message's clauses are embedded together)
            # (nor a level said as another thing's grade: 「会计初级职称是机考吧？几点开考」)
            if self.topics.names_another(context.u.text) is None and not self.topics.grades_another(context.u.text):
                # (a paper of its own it keeps: 「只报了高级，实操那门安排在哪天下午几点」 asks 高级's 实操)
                u = replace(u, levels=levels, papers=u.papers or context.u.papers, half_day=u.half_day if u.papers else half_day)
        # 「…考试前一天才返校，那天再打准考证还来得及吗」: 那天 is the day the clause before counted from the exam's
        if (
            context is not None
            and not u.around
            and context.u.around
            and facets.EXAM_SIDE.search(context.u.text)
            and _THAT_DAY.search(u.text)
        ):
            u = replace(u, around=context.u.around, joined=(*u.joined, context.u.text))
        # 「有学生下个月20号想请假回家，跟高级考试撞不撞」: whether it clashes, the day the clause before named
        if context is not None and not (u.days or u.weekdays) and context.u.days and COINCIDE.search(u.text):
            u = replace(u, days=context.u.days, relative_days=context.u.relative_days)
        # (or the week or month it named: 「机房打算从下下礼拜起检修一整周，会不会跟考试撞上」)
        elif (
            context is not None
            and not (u.days or u.weekdays or u.period)
            and context.u.period is not None
            and not (context.u.days or context.u.weekdays)
            and COINCIDE.search(u.text)
        ):
            u = replace(u, period=context.u.period)
        # 「下下周想请几天假回老家，那周还有啥要盯的吗」: 那周 is the week the clause before named
        # (named further back, past a clause between: 「12月6号那一周我带队去参赛，整周不在，那几天有要到期的事吗」)
        # (这两天 counts from today only when nothing before names the days: `understand.DAYS_AHEAD`)
        if (
            (u.period is None or DAYS_AHEAD.fullmatch(u.period[2]))
            and _THAT_PERIOD.match(u.text)
            and (namer := _back(context, lambda c: c.u.period is not None)) is not None
        ):
            u = replace(u, period=namer.u.period)
        # (这三天 after days named before it, 「下个礼拜一到礼拜三我去省厅开会，这三天…」, counts from them, not today)
        if u.period and DAYS_AHEAD.fullmatch(u.period[2]) and _back(context, lambda c: bool(c.u.days or c.u.weekdays)):
            u = replace(u, period=None)

        @cache
        def hits() -> list[Hit]:
            wanted = search() if callable(search) else search
            # A clause of only common words (各位老师好, 谢谢) costs no embedding.
            # A clause that only says when (「明天周末了」) is talk, as typed or as the message reads.
            if not (wanted and _asks_something(u.text)) or any(
                self._only_says_when(u, said) for said in {typed or text, message or text}
            ):
                return []
            asked = self._without_actor(u.text)
            if len(set(u.levels)) >= 2:
                asked = self._without_levels(asked, of_them=facets.clashes(u))
            # 「下个月有啥要办的」: an entry whose facet answers the very form of the question (the matters of a month)
            # is weighed by its cue even when its samples are not among the closest (one search either way)
            cued = {entry_id for entry_id, kind in self._form_facets if kind.answers_cue(u)}
            found = self.index.search(asked, limit=len(self.index.entries) if cued else 6, vector=(ahead or {}).get(asked))
            return self._rerank(found[:6] + [h for h in found[6:] if h.entry.id in cued], u)

        novel: list[str] = []  # a word new to us that the question's meaning let pass (subject(), below)
        stated = tuple(_VALUE_STATED.findall(u.text))  # the long numbers and addresses it states (_holds_value)

        @cache
        def subject() -> str | None:
            if _ONLY_A_TAG.fullmatch(u.text):
                return None  # 「…，真的假的」: whether the clause before holds, asked; no subject of its own
            # (a tag that ends it asks to confirm what it says, of nothing else: 「编排考场大后天开，没记错吧」)
            said = _TAG_ENDS.sub("", u.text) or u.text
            # (a paper or level of ours as the subject of 是 is what the words after it are said of: 「实操是现场上机敲
            # 代码，还是交纸质报告」)
            ours_said = self._names_a_sitting(u) or self._is_said_of_ours(said) or self._dated_of_ours(said)
            other = self.topics.other_subject(said, ours_said) if u.text else None
            if other and context is not None and context.other is None and said.startswith("还是") and context.best:
                other = None  # 「…，还是交纸质报告」: another answer offered to the question before, of its subject
            # (not a clause that points back at the time the head said, 「学院后天才开动员会，那会儿再发动学生报名还来得
            # 及吗」: it asks of that time, not of the head's subject)
            if other is None and head and not THEN.match(u.text):
                other = self.topics.names_another(self._respelt(normalize(head)))
            if (
                other
                and hits()
                and hits()[0].meaning >= SAME_MEANING
                and not self.topics.names_another(u.text)
                # (however many words are new, when all only say which people: 「社会人员能报吗」)
                and (self.topics.foreign_share(u.text)[0] < NEW_WORDS or self.topics.says_which_people(u.text))
                and not self.topics.names_whose(u.text)
                # (nor a thing of ours said to be for other people than ours: 「校庆志愿者的培训」 is theirs)
                and not self.topics.for_other_people(u.text)
            ):
                novel.append(other)
                other = None  # the words are new, but the question means what one of our samples means
            if (
                other
                and not self.topics.names_a_thing(said)
                and not self.topics.names_another(said)
                and not self.topics.names_whose(said)
                # (or the days left, asked in the form a facet answers: 「留给咱的时间还剩几天」, the countdown's)
                and (
                    u.levels
                    or u.papers
                    or self._in_facet_form(u)
                    or ("left" in u.asks and any(k.asked_by(u) for k in facets.FACETS.values()))
                )
                and _asks(u, typed or u.text)  # (a statement's new act is context: 「有个报了初级的娃去当兵了」)
            ):
                # 「下下周有没有要掐着日子办的」「高级考试那天他得请假吗」: only an act or a manner new to us, said of a level or
                # a paper of ours or in the whole form of a facet's question, names no other subject
                other = None
            if other in ANOTHER and hits() and self._of_another(hits()[0].entry):
                other = None  # the entry is about another's thing, said as its samples say it (其他证书的考试软件)
            if other and stated and any(self._holds_value(e, stated) for e in self.index.entries):
                other = None  # a value of ours stated (our QQ group's number, a digit off): positive evidence
            if other and self._asks_by_key(u, hits()):
                novel.append(other)
                other = None  # new words asked of our topic (「疫情这块要求学生做核酸不」): the notice may not say
            if other and hits() and len(hits()[0].entry.questions) <= FEW and not self._names_another_kind(u.text):
                entry = hits()[0].entry
                lead = hits()[0].score - hits()[1].score if len(hits()) > 1 else 1.0
                # (a thing named with a word new to us, 吹手的机器: the entry must stand clear of every other)
                if self.topics.names_another(u.text) and lead < STAFF_CLEAR_LEAD:
                    pass
                elif self.topics.foreign_share(u.text, lambda w: self._means_a_word_of(entry, w))[0] < FOREIGN_SHARE:
                    other = None  # its new words are the entry's words said otherwise (寝室 for 宿舍)
                elif len(hits()) > 1 and lead >= STAFF_LEAD and not self._speaks_of_ours(u, entry):
                    # 「耗子把网线咬断了咋整」 of an entry written with 老鼠: words staff never wrote, but nothing of ours is
                    # named and the entry they added stands clear of every other: the member asks what it answers
                    other = None
            # (so does a clause that names nothing new, after one about another subject: 「签约那个文件要打印几份，
            # 需要盖骑缝章吗」 asks the entry's answer, not about the clause before's subject)
            reads = bool((other or (context and context.other)) and hits() and self._reads_answer(u, hits()[0]))
            if reads and other:
                novel.append(other)  # type: ignore[arg-type]
                other = None  # its new words ask what the entry's answer says (保密室 asked as 考卷存放的地方)
            # (an entry whose answer tells nothing of this season, as staff add them — 「２０２２年啥时候还能组织」 of
            # the next batch's, 「去年考过初级的学生证找不到了」 of a reissue — is not contradicted by another one)
            # (and whose answer is the nearest of all answers to the question; searched only when a season is named)
            def seasonless() -> bool:
                return bool(hits()) and hits()[0].answer > 0 and self._seasonless(hits()[0].entry)

            if when := self._another_season(u):
                other = other or (None if seasonless() else when)
            elif (
                context is not None
                and not (u.years or _MONTH_NAMED.search(u.text))
                and (before := self._another_season(context.u))
                and not other
                and not seasonless()
            ):
                # 「明年3月那批Python考核，站点申报几号开始」: a season named before, and none of its own, is the
                # one the later clause asks about
                other = before
            # (a statement's subject is not asked of by a clause in the whole form of a facet of ours: 「月底要交工作计划，
            # 下个月咱这边要盯的时间点有哪些」 asks the month's matters, the timeline's)
            own_form = (
                context is not None
                # (or points back at the clause's time only: 「下下周想请几天假回老家，那周还有啥要办的」)
                and (not _asks(context.u, context.typed or context.u.text) or bool(_THAT_PERIOD.match(u.text)))
                and self._in_facet_form(u)
            )
            # (a clause that points back at the time a statement before said asks of that time, not of its subject:
            # 「学院后天才开动员会，那会儿再发动学生报名还来得及吗」)
            at_its_time = bool(
                THEN.match(u.text) and context is not None and not _asks(context.u, context.typed or context.u.text)
            )
            # (a clause that asks whether the thing before falls on a thing of ours asks of ours: 「机房下下周检修，会不会
            # 跟考试撞上」 asks of our exam's days)
            clashes_with_ours = bool(COINCIDE.search(u.text)) and any(
                len(w) >= 2 and w in self.topics.ours and f in ("n", "vn") for w, f in self.topics.tagged(u.text)
            )
            # (a clause before that only tells what the asker does, its other subject taken from the one before it, lends
            # it as that one would: 「驾照科目一是机考吧？我下礼拜去考，抱名费多少」)
            lender = context
            while (
                lender is not None
                and lender.other
                and lender.other not in lender.u.text
                and _OF_ONESELF.match(lender.u.text)
                and lender.before is not None
            ):
                lender = lender.before
            if (
                other is None
                and not reads
                and lender is not None
                and lender.other
                and self._other_is_a_thing(lender)
                # (a person new to us, said and not asked of, is who asks or is asked for, not a subject: 「新来的同事，群号
                # 能发下不」; asked of, they are one: 「中慧云启招实习生不？简历投哪个邮箱」)
                and not (
                    a_person(lender.other)
                    and not _asks(lender.u, lender.typed or lender.u.text)
                    # (who has another thing new to us is about that: 「教研室有同事报了教师资格证面试，…」)
                    and not self.topics.names_a_thing(lender.u.text, people=False)
                )
                # (a statement before, its words new to us and its verb its own, is context: 「学生名单昨天才定下来，这会儿
                # 报名还赶趟不」 asks about 报名, not the 名单; one that asks, names another's exam, or ends naming a thing
                # (「省教育厅要的年度质量报告，交到哪个邮箱」: a topic) sets what follows is about)
                and (
                    _asks(lender.u, lender.typed or lender.u.text)
                    or self.topics.names_another(lender.u.text)
                    or self.topics.names_whose(lender.u.text)
                    or self._ends_naming(lender.u.text)
                )
                and not own_form
                and not at_its_time
                and not clashes_with_ours
                # (a half of the day is any event's: 「…编程比赛在哪个机房？是下午两点开始吗」; so is a theory or a practical
                # part, after another exam or event named outright: 「…技能大赛软件测试赛项，实操是上午还是下午考」)
                and not replace(
                    u, half_day=None, papers=() if self.topics.names_another(lender.u.text) else u.papers
                ).narrows_exams
                and (
                    not self.topics.names_a_thing(u.text)
                    # (their thing, who the clause before spoke of: 「俩老师报了软考中级，他们准考证哪天能打」)
                    or _THEIR.match(u.text)
                    # (after another's exam, who sits it is no thing of its own: 「普通话水平测试也是机考吧？学生下个月要考」)
                    or (self.topics.names_another(lender.u.text) and not self.topics.names_a_thing(u.text, people=False))
                    or _NO_SUBJECT.match(u.text)
                    or _ANAPHOR.match(u.text)
                    # (the other subject's own word said again, 「教研室有同事报了教师资格证面试，面试的准考证啥时候能打」)
                    # (or of a name new to us, 「同事下个月考教资面试，面试的考场分配出来没」: the word again is the evidence)
                    or self._its_thing_again(lender, u, ours=False)
                    or self._opens_with_verb(u.text)
                    # 「全国计算机等级考试下次是几月份？报名费多少」: a question about another exam, then what every exam
                    # has, with nothing saying it is ours (咱们, 这次, a level, the certificate's name): that exam's
                    # (and so with another's thing said to be like ours: 「驾照科目一是机考吧？…报名费多少」)
                    # (or with a word of ours the clause before said as that other one's: 「省教育厅教学成果奖申报截止是哪天？
                    # 申报书要盖学校公章不」)
                    or (
                        (
                            self._names_another_exam(lender.u.text)
                            or self._likened_to_ours(lender)
                            or self._its_thing_again(lender, u)
                        )
                        and _asks(lender.u, lender.typed or lender.u.text)
                        and not self._says_ours(u)
                    )
                )
            ):
                other = lender.other  # 「今年考研是几号，几点开考」: the second part is still about 考研
            if (
                other is None
                and not reads
                and not own_form
                and not at_its_time
                and not clashes_with_ours
                and context is not None
                and context.other
                and self._sets_topic(context)
            ):
                other = context.other  # 「人工智能训练师那个证，广东这边找谁对接」: the topic the clause before set
            return other

        return _Clause(
            u,
            hits,
            subject,
            said=message or text,
            novel=novel,
            typed=typed,
            holds_value=lambda entry: bool(stated) and self._holds_value(entry, stated),
            before=context,
        )

    def _reads_answer(self, u: Understanding, hit: Hit) -> bool:
        """Does the question read as asking what the entry's answer says, more than as its samples do? A question
        near the answer in meaning and not nearer its samples: a paraphrase names the answer's things in words of
        its own (考卷存放的地方, for 保密室); a question on a neighbouring topic shares the samples' words, not what
        the answer says. Not when the question names another one's thing (names_another: 工信部的…证书) or says whose
        it is (names_whose: 雅思报名)."""
        return (
            hit.answer - READS_MEANING * hit.meaning >= READS_ANSWER
            and not self.topics.names_another(u.text)
            and not self.topics.names_whose(u.text)
        )

    def _search_ahead(self, parts: list[_Clause], ahead: dict[str, np.ndarray]) -> None:
        """Embed in one call the texts these clauses will search, into `ahead`: the encoder shares them among its
        cores, so two clauses take the time of the longer."""
        texts = [self._without_actor(c.u.text) for c in parts if not c.searched and _asks_something(c.u.text)]
        ahead.update(self.index.embed_ahead([t for t in texts if t not in ahead]))

    def _another_season(self, u: Understanding) -> str | None:
        """A year not this notice's (明年上半年的考核, 2022年第一批), or a month none of ours is in (「3月份那次考核」)."""
        season = {y for y, _ in u.years}
        if season and self.year not in season:
            return u.years[0][1]
        months = {int(m) for m in _MONTH_NAMED.findall(u.text)}
        # (a month whose matters are asked, 「1月份还有啥要做的」, asks what of ours falls then: nothing, maybe)
        if months and not months & self.months and not facets.FACETS["timeline"].answers_cue(u):
            return f"{min(months)}月"
        # a season of the year named by its holiday (寒假那期培训, 暑假的考核): another sitting's when none of its
        # months is ours, and nothing of ours speaks of it (an entry staff added on the 寒假 teacher training does)
        return next(
            (
                name
                for name, held in self._seasons.items()
                if (at := u.text.find(name)) >= 0
                and not _AROUND_TIME.match(u.text, at + len(name))
                and not held & self.months
                and name not in self.topics.ours
            ),
            None,
        )

    def _asks_by_key(self, u: Understanding, hits: list[Hit]) -> bool:
        """Does the question name, as its rarest word of ours, a word the best entry's samples hold (疫情 in
        「疫情这块要求学生做核酸不」), with no other subject named? Its words new to us are then what it asks of our
        topic (the notice may not say), not another subject."""
        if not hits or hits[0].score < ACCEPT or len(hits[0].entry.questions) <= FEW:
            return False  # (an entry of two samples says too little of what else its key's questions ask)
        if self.topics.names_another(u.text) or self.topics.names_whose(u.text):
            return False
        key = self._key_word(u)
        if key is None or asking_word(key) or key not in self.index.entry_words.get(hits[0].entry.id, frozenset()):
            return False
        # What is new comes after the key (备案表…补发, 疫情…核酸): asked of it. Before it, a new word says whose or
        # which it is (蓝桥杯Python组报名, 教资面试报名): another one's; after the key and a 的, it is a thing the
        # key's phrase owns (考核的合格分数线, 监考老师的劳务费, 腾讯文档的在线表格): another thing.
        text = u.text
        start = text.find(key)
        end = start + len(key)
        for word in self.topics.foreign_share(text)[1]:
            at = text.find(word, end)
            if at < 0 or text.find(word) < start or "的" in text[end:at] or text[end:at].endswith("之"):
                return False
        return True

    def _without_actor(self, text: str) -> str:
        """「考核站点应在哪个时间段内完成考场编排」 → 「应在哪个时间段内完成考场编排」: who must act, said before a modal
        verb (应, 需要, 必须 …), is no part of what is asked when it is whom most of our entries speak of (a word
        in ACTOR_SHARE of the entries' samples or more); the textbook register opens nearly every question so."""
        tagged = self.topics.tagged(text)
        for i, (word, _) in enumerate(tagged[:MODAL_WITHIN]):
            if word not in MODALS:
                continue
            naming = [w for w, flag in tagged[:i] if flag[0] not in _FUNCTION]
            if naming and all(self._entry_share(w) >= ACTOR_SHARE for w in naming):
                return "".join(w for w, _ in tagged[i:])
            break
        # 「考核站点编排考场的依据是什么」: the same actor before the verb itself, when a thing of its own follows
        # the verb (编排 考场) — 「考核站点申报」 alone is the topic, not who acts.
        def verb(k: int) -> bool:  # a verb with content (编排, 打印), not 考核 used as a noun nor 是否, 需要
            w, flag = tagged[k]
            return (
                flag[0] == "v" and flag != "vn" and w not in MODALS and not asking_word(w) and informativeness(w) >= KEY_RARITY
            )

        # Words that only say when or how (现在, 可以, 开始) may stand between the actor and the verb.
        i = actors = 0
        while i < len(tagged) and not verb(i):
            w, flag = tagged[i]
            if self._entry_share(w) >= ACTOR_SHARE and flag[0] not in _FUNCTION:
                actors += 1
            elif not (flag[0] in _FUNCTION or (flag[0] == "v" and informativeness(w) < KEY_RARITY)):
                break
            i += 1
        # (a complement of result after the verb is no thing of its own: 考场还没排完 is the rooms, arranged)
        if actors and 1 < i < len(tagged) - 1 and verb(i) and tagged[i + 1][1][0] in "nv" and tagged[i + 1][0] not in _GRAMMAR_VERBS:
            return "".join(w for w, _ in tagged[i:])
        return text

    def _without_levels(self, text: str, of_them: bool = False) -> str:
        """「初级、中级、高级考生的报名时间分别是什么」: levels named side by side ask the same thing of each, and the
        facet narrows the answer by them; what chooses the entry is the rest (the levels alone draw the timetable).
        `of_them`: the clause asks whether the levels fall together; when the rest then names nothing of ours, the
        levels are what is asked of (「初级和高级会不会撞车」, the timetable's question) and stay."""
        tagged = self.topics.tagged(text)
        levels = {i for i, (w, _) in enumerate(tagged) if self.vocabulary.find(self.vocabulary.levels, w)}
        # (the word that says each of them is asked, 分别 of 「初级中级分别是星期几」, asks nothing of its own)
        each = {i for i, (w, _) in enumerate(tagged) if i - 1 in levels and re.fullmatch(EACH, w)}
        said = "".join(w for i, (w, _) in enumerate(tagged) if i not in each)
        rest = "".join(w for i, (w, _) in enumerate(tagged) if i not in each | levels)
        if rest != said and _asks_something(rest) and not (of_them and not self._names_ours(rest, what=True)):
            return rest
        return said

    def _entry_share(self, word: str) -> float:
        """The share of entries whose samples use `word`."""
        share = self._shares.get(word)
        if share is None:
            every = self.index.entry_words
            share = self._shares[word] = sum(word in mine for mine in every.values()) / max(len(every), 1)
        return share

    def _means_a_word_of(self, entry: FaqEntry, word: str) -> bool:
        """Does `word` mean what one of the entry's content words means (the sentence model, on words alone)?

        The entry's words are encoded on its first such question (~9 ms a word, once per entry and data version;
        kept in the embedding cache) — not at start-up, where every entry would pay for it."""
        enc = self.index.encoder
        if enc is None:
            return False
        if entry.id not in self._entry_word_vectors:
            text = " ".join([*entry.questions, self.knowledge.render(entry.answer)[:400]])
            mine = sorted({w for w in words(normalize(text)) if informativeness(w) >= 7.0 and len(w) >= 2})
            self._entry_word_vectors[entry.id] = semantic.cache.encode(enc, mine, save=False) if mine else None
        vectors = self._entry_word_vectors[entry.id]
        return vectors is not None and float((vectors @ enc.encode([word])[0]).max()) >= WORD_NEAR

    @staticmethod
    def _asks_apart(first: _Clause, c: _Clause) -> bool:
        """Two clauses on one entry that each ask a thing of their own, of their own levels or days."""
        # (whether one can on a day of its own, each: 「是不是明天截止？周日还能补吗」)
        days_apart = (
            bool(first.u.asks & {"status", "whether"})
            and "status" in c.u.asks
            and bool(first.u.named_days or first.u.weekdays)
            and bool(c.u.named_days or c.u.weekdays)
            and not (first.u.named_days & c.u.named_days or first.u.weekdays & c.u.weekdays)
        )
        return days_apart or bool(
            first.u.asks
            and c.u.asks
            and not first.u.asks & c.u.asks
            and (
                # (not a level the second measures the first's by: 「…几号关？比初级晚几天停」 asks one thing)
                (
                    first.u.levels
                    and c.u.levels
                    and not set(first.u.levels) & set(c.u.levels)
                    and _own_levels(c.u)
                )
                # (or of its own day: 「明天截止的那个是啥来着？后天礼拜三是不是也有个截止」)
                or (first.u.named_days and c.u.named_days and not first.u.named_days & c.u.named_days)
            )
        )

    def _which_and_named(self, first: _Clause, c: _Clause) -> bool:
        """「周末那两天分别考哪两个级别？高级也在周末不」: one clause asks which levels, the other asks of a level it
        names in its own words (not one a day named before lent it): two questions, the level no narrowing of which."""
        own = [x for x in (first, c) if self.vocabulary.find(self.vocabulary.levels, x.u.text)]
        return len(own) == 1 and facets.asks_which_level((c if own[0] is first else first).u)

    def _confident_parts(self, whole: _Clause, parts: list[_Clause]) -> list[_Clause]:
        """The clauses to answer: every confident clause with an entry of its own, else the whole message."""
        chosen: dict[str, _Clause] = {}
        before: _Clause | None = None  # the clause before, when it is answered
        for c in parts:
            if not c.confident:
                # (a clause that names no thing of its own asks of what was named before too: 「编排考场还能调整不？截到
                # 哪天，从今儿算还剩几天」 — 截到哪天 is no entry's on its own, and 还剩几天 is still the arrangement's)
                if self.topics.names_a_thing(c.u.text):
                    before = None
                elif (
                    before is not None
                    and (before.best.entry.window or before.best.entry.facet)  # type: ignore[union-attr]
                    and (c.u.asks & {"whether", "status"} or c.u.duration)
                    and _asks(c.u, c.typed or c.u.text)
                    and not (c.u.named_days or _ONLY_A_TAG.fullmatch(c.u.text))
                    and (key := before.best.entry.id) in chosen  # type: ignore[union-attr]
                ):
                    # 「有学生说准考证打不出来，是不是还没开放」: whether, asked of the dated thing just named (or how long:
                    # 「…同一天上午理论下午实操，两场加起来一共坐多久」)
                    chosen[key] = replace(chosen[key], u=_together(chosen[key].u, c.u))
                elif (
                    before is not None
                    and before.best.entry.facet  # type: ignore[union-attr]
                    and "when" in c.u.asks
                    and c.u.levels
                    and not set(c.u.levels) & set(before.u.levels)
                    and not _asks(before.u, before.typed or before.u.text)
                    and _asks(c.u, c.typed or c.u.text)
                    and (key := before.best.entry.id) in chosen  # type: ignore[union-attr]
                ):
                    # 「初级明天考，那中级、高级分别排在礼拜几」: what the member states of one level is what they know; the
                    # other levels' time, asked after it, is the question (of the same facet's entry)
                    chosen[key] = replace(chosen[key], u=c.u)
                continue
            entry_id = c.best.entry.id  # type: ignore[union-attr]
            # (days offered as an either-or are answers offered for the thing before, 「…截止那天，算下周二还是下下周二？
            # 离现在几天」, and a day whether it is still in time by is its day too)
            # (nor a day claimed for it, 「…截止日，是不是落在下个礼拜二？还剩几天」)
            # (nor a day claimed with a tag, 「…是不是统一月底交？截止就是30号吧」: the 吧 is gone once normalised)
            days_its_own = (
                "status" not in c.u.asks
                and "还是" not in c.u.text
                and "whether" not in c.u.asks
                and not (c.typed and _CLAIM_TAG.search(c.typed))
            )
            if (
                before is not None
                # (or an entry of no date whose answer still says when, 在考试前, 另行通知: 「考务员培训…，是网上开还是要跑
                # 现场？定哪天了」)
                and (
                    before.best.entry.window  # type: ignore[union-attr]
                    or before.best.entry.facet  # type: ignore[union-attr]
                    # (not what the asker goes to do, nor the matters of a week asked after it: 「我要去省城参加培训，
                    # 这周还有啥要截止的没」)
                    or (
                        not self._dated(before.best.entry)  # type: ignore[union-attr]
                        and self._timed(before.best.entry)  # type: ignore[union-attr]
                        and not (c.u.period or self.topics.tells_own_doing(before.u.text))
                    )
                )
                and c.u.asks & _TIME_ASKS
                # (days left are asked of an entry whose answer counts them: the timetable's are the countdown's)
                and not ("left" in c.u.asks and not self._counts_days(before.best.entry))  # type: ignore[union-attr]
                # (as typed: a thing carried from the clause before is that one's, 「…报名信息还没录完，是不是明天截止？
                # 周日还能补吗」)
                and not self.topics.names_a_thing(self._as_typed(c), people=False)  # (「…领导让我算算还有几天」)
                and not self._names_its_own(c, before)
                # (nor a level, a paper or a day of its own: not one a question before lent it — a statement's
                # lends what the later clause asks its own question of: 「有个学生今天才来找我说要考初级，还能给他报上不」)
                and not (
                    # (a level it measures by is not its own: 「高级准考证的打印几号关？比初级晚几天停」)
                    set(_own_levels(c.u)) - set(lent.u.levels)
                    or set(c.u.papers) - set(lent.u.papers)
                    # (a day whether it is still in time by, 「下礼拜二之前报上还来得及不」, is the thing before's day)
                    or (c.u.named_days - lent.u.named_days and days_its_own)
                    if (lent := before if _asks(before.u, before.typed or before.u.text) else None) is not None
                    else c.u.levels or c.u.papers or (c.u.named_days and days_its_own)
                )
            ):
                # 「考务负责人的联系方式我们还没报，截止是这周几」: a clause naming no thing of its own asks a time of the
                # dated thing the clause before named, however near another entry its few words come
                entry_id = before.best.entry.id  # type: ignore[union-attr]
            else:
                before = c  # (a clause joined to the one before asks of that one's entry, as the next may too)
            first = chosen.get(entry_id)
            # Two clauses on one entry ask one thing about everything they name together (「初级几点考，中级呢」,
            # 「现在12月20号下午3点，高级实操还在考吧？几点结束」): one answer, narrowed by both — unless each asks a
            # thing of its own, of its own levels (「初级中级应该都考完了吧？高级今天上午几点开考」): two answers.
            if first is not None and (self._asks_apart(first, c) or self._which_and_named(first, c)):
                if c.best.entry.id != entry_id:  # type: ignore[union-attr]
                    # (asked of the entry before, as joined: its answer, not the clause's own nearest)
                    lead = next((h for h in c.hits if h.entry.id == entry_id), first.best)
                    hits = [lead, *(h for h in c.hits if h is not lead)]
                    c = replace(c, search=cache(lambda hits=hits: hits))
                chosen[f"{entry_id} {len(chosen)}"] = c
                continue
            if (
                first is not None
                and _sitting_claimed(first.u)
                and _sitting_claimed(c.u)
                and first.u.half_day != c.u.half_day
                and _asks(first.u, first.typed or first.u.text)
                and not _asks(c.u, c.typed or c.u.text)
            ):
                # 「中级理论是放下午考吧？有同事说上午考的是实操」: a claim asked, then another said after it (what was
                # heard); joined, the two would cancel out: the one asked is judged
                continue
            if first is not None and self._asked_about(first.u.text) and _asks(c.u, c.typed):
                first, c = c, first  # 「学生老问准考证，下礼拜哪天能开始打」: the clause that asks is the one answered
            chosen[entry_id] = c if first is None else replace(first, u=_together(first.u, c.u))
        for key, c in list(chosen.items()):
            # 「我们有几个学生戴美瞳，在暖气屋里盯屏幕久了眼珠子又干又涩，…能不能往眼里点两下」: a clause that asks nothing,
            # whose nearest entry is all but tied (within MARGIN) with the entry another clause is answered by, speaks of
            # that clause's thing, and joins it, rather than answer one of its own
            theirs = {c2.best.entry.id: k for k, c2 in chosen.items() if k != key}  # type: ignore[union-attr]
            if c.best.entry.id in theirs or _asks(c.u, c.typed or c.u.text):  # type: ignore[union-attr]
                continue  # (a clause that asks asks its own thing: 「监考和考试工作人员有啥要求？要培训吗」)
            if c.u.narrows_exams or c.u.period:
                continue  # (nor does one that states a time or a level: 「…是不是今儿就截了？备案表我今晚才弄得完」)
            near = next((h for h in c.hits[1:] if h.entry.id in theirs and c.best.score - h.score < MARGIN), None)  # type: ignore[union-attr]
            if near is not None:
                into = theirs[near.entry.id]
                chosen[into] = replace(chosen[into], u=_together(chosen[into].u, c.u))
                del chosen[key]
        if len(chosen) >= 2:
            # 「隔壁楼练电弧焊，蓝光一阵阵打到显示器上」: a message that asks nothing is one description; its clauses read
            # apart find fragments of other things (welding's fumes, a blast's flash), the whole what it describes
            if whole.bar == STATED and all(c is not whole for c in parts) and whole.confident:
                return [whole]
            # (and when the whole is near nothing, the entry most of its clauses come nearest is what it describes:
            # 「…顺手去门边摁了一个键想灭一路灯管，结果半边机器唰一下全断了，原来那个管的是桌上的插座」)
            if whole.bar == STATED and not any(_asks(c.u, c.typed or c.u.text) for c in parts):
                votes = Counter(c.best.entry.id for c in parts if c.confident)  # type: ignore[union-attr]
                (top, n), *rest = votes.most_common()
                if rest and n > rest[0][1] and n * 2 > sum(votes.values()):
                    return [c for c in chosen.values() if c.best.entry.id == top][:1]  # type: ignore[union-attr]
            return list(chosen.values())
        if len(chosen) == 1 and (held := self._held_by_the_rest(next(iter(chosen.values())), parts)) is not None:
            chosen = {held.best.entry.id: held}  # type: ignore[union-attr]
        candidates = [c for c in [whole, *chosen.values()] if c.confident]
        if not candidates:
            return []
        best = max(candidates, key=lambda c: c.best.score)  # type: ignore[union-attr]
        if best is whole and chosen:  # the clauses it joins still state what they expect (「是周日上午吧？几点结束」)
            part = next(iter(chosen.values()))
            best = replace(whole, u=replace(whole.u, joined=(part.u.text, *part.u.joined)))
        return [best]

    def _held_by_the_rest(self, c: _Clause, parts: list[_Clause]) -> _Clause | None:
        """「烤漆间排风一开冲鼻子的油漆气，闻着头晕，能让汽车学院停一天吗」: the one clause that asks comes nearly as near
        its second entry as its first, and a clause that describes the matter comes far nearer that second one than
        the asking clause comes to either: the message is about that entry. That description, to be answered as asked;
        None when the rest of the message holds no such entry."""
        hits = c.hits
        if len(hits) < 2 or hits[0].score - hits[1].score >= ASKED_LEAD:
            return None
        others = [p for p in parts if p is not c and p.searched and p.best is not None]
        if any(p.best.entry.id == hits[0].entry.id for p in others):  # type: ignore[union-attr]
            return None
        described = [
            p for p in others if p.best.entry.id == hits[1].entry.id and not _asks(p.u, p.typed or p.u.text)  # type: ignore[union-attr]
        ]
        if not described:
            return None
        nearest = max(described, key=lambda p: p.best.score)  # type: ignore[union-attr]
        if nearest.best.score < hits[0].score + DESCRIBED_LEAD:  # type: ignore[union-attr]
            return None
        # (the description answers, asked by the clause that asks: its new words are the matter's own)
        return replace(nearest, subject=lambda: None, bar=ACCEPT, u=_together(nearest.u, c.u))

    def _led_by_cue(self, c: _Clause) -> _Clause:
        """The clause with `_cue_asked`'s entry first, when there is one."""
        if (lead := self._cue_asked(c)) is None:
            return c
        first = [lead, *(h for h in c.hits if h is not lead)]
        return replace(c, search=lambda: first)

    def _cue_asked(self, c: _Clause) -> Hit | None:
        """The entry whose facet's cue is the clause's whole question (facets.Facet.cue_is_the_question), within
        MARGIN behind a best entry of no facet, or of a facet the question's form is not asked of (「这周有啥截止的事没」
        asks no one window whether it is open); None when there is none."""
        hits = c.hits
        if not hits:
            return None
        top = self._kind_of(hits[0].entry, c.u) if hits[0].entry.facet is not None else None
        if top is not None and top.answers_cue(c.u):
            return None
        # (a facet the question's form is not asked of cannot answer it, however close its samples: 「下周有哪些事要办」
        # is no countdown's question)
        # (a week or month named, its matters asked, is such a whole question however far the words of one step pull
        # ahead: 「月底前我们站点还有啥要交」)
        for h in hits[1:4] if top is not None or c.u.period is not None else hits[1:3]:
            kind = self._kind_of(h.entry, c.u)
            near = top is not None or hits[0].score - h.score < MARGIN or (c.u.period is not None and h.score >= CLARIFY)
            if near and kind is not None and kind.cue_is_the_question and kind.answers_cue(c.u):
                return h
        return None

    @staticmethod
    def _counts_days(entry: FaqEntry) -> bool:
        """Does the entry's answer count the days to its dates (a window's, or a facet's that does)?"""
        kind = facets.FACETS.get(entry.facet or "")
        return bool(entry.window) or (kind is not None and kind.counts_days)

    @staticmethod
    def _as_typed(c: _Clause) -> str:
        """The clause's own words: without the thing carried into it from the clause before (`_object_carried`:
        「周日还能补吗」 asked of 「学生信息」)."""
        own = normalize(arabic_numbers(c.typed)) if c.typed else ""
        return own if own and c.u.text != own and c.u.text.endswith(own) else c.u.text

    def _names_its_own(self, c: _Clause, before: _Clause) -> bool:
        """Does the clause name a room of ours (考场今天还能排吗), or a word of its own best entry's that the clause
        before's entry lacks (考试费 of 「…考试费得赶在啥时候前交」)? Then it asks of a thing of its own."""
        own = self.index.entry_words.get(c.best.entry.id, frozenset())  # type: ignore[union-attr]
        theirs = self.index.entry_words.get(before.best.entry.id, frozenset())  # type: ignore[union-attr]
        # (a count or an asking word is no thing: 「…？从今儿算还剩几天」 names only what it asks; nor is a word 了
        # follows, a verb done: 「规定了必须哪天前装好没」)
        # (as typed: a thing carried from the clause before is that one's)
        tagged = self.topics.tagged(self._as_typed(c))
        return any(
            # (who asks or is spoken of is no thing: 「…领导让我算算还有几天」)
            # (nor one character the dictionary tags a noun: 「院长问还有几天」)
            (
                flag in ("n", "vn", "nz")
                and len(word) >= 2
                and word in self.topics.ours
                and not verb_done(tagged, i)
                and not a_person(word)
                # (「…？够不够六个礼拜的复习时间」: an amount of time, with its length said, is the count's; 「关的时间呢」
                # asks a time of its own; the time left counted, 「留给咱的时间还剩几天」, is the count's too)
                and not (word in TIME_AMOUNTS and (_LENGTH_SAID.search(c.u.text) or "left" in c.u.asks))
            )
            or (
                len(word) >= 2
                and word in own - theirs
                # (nor a day, 周日 of 「周日还能补吗」: the days a clause names are weighed on their own, below)
                and not flag.startswith(("m", "t"))
                and not asking_word(word)
                # (nor a word of time said of any window, 截止, 来得及: 「…还没报，下礼拜二之前报上还来得及不」)
                and not (flag.startswith("v") and flag != "vn" and word in _WINDOW_WORDS)
                # (nor the verb of the days left asked: 「…领导让我算算还有几天」)
                and not (word in LEFT_VERBS and "left" in c.u.asks)
            )
            for i, (word, flag) in enumerate(tagged)
        )

    @staticmethod
    def _tied(hits: list[Hit]) -> list[Hit]:
        return [h for h in hits[:3] if hits[0].score - h.score < TIE]

    def _rerank(self, hits: list[Hit], u: Understanding) -> list[Hit]:
        """One step, named reasons; each entry keeps its own similarity plus or minus what the reason adds."""
        out = []
        # 今天 and 明天 say when the member is, not that a time is asked (今天天气怎么样); a date, a weekday or a week
        # or month named (下个月考试吗) does.
        # (and so does whether the exam sits on a day, even 今天: 「今天有没有站点在考」)
        time_asked = bool(u.asks & _TIME_ASKS) or bool(
            u.named_days or u.weekdays or u.period or (facets.FACETS["exams"].asked_by(u) and not facets.clashes(u))
        )  # (whether two levels clash asks their days against each other, not a time: no countdown)
        key = self._key_word(u)
        when_asked = bool(_WHEN.search(u.text))  # 何时, 几号: a time is what the answer must give
        pairs = self._modified_nouns(u.text)
        # Days left are counted to the thing the question names: to a window's own thing (「学生报名还有几天能报」), the
        # window's entry counts them, not the exam's countdown.
        # (not where the question names a sitting of ours, 「…报了高级，离开考还有多久」, nor where the window's samples
        # use the word only to say which of another thing, 考核 of 考核站点)
        counted_to = (
            {
                h.entry.id
                for h in hits
                if h.entry.window
                and key in self.index.entry_words.get(h.entry.id, ())
                and not self._only_modifies(h.entry, key, u.text)
            }
            if "left" in u.asks and key and not u.cues_exams
            else set()
        )
        # The entries whose samples name the very thing the question names where the nearest one's name another of its
        # kind (技术负责人 where contact-filing's say 考务负责人): the answer of that thing, dated or not — 「技术负责人的
        # 联系方式什么时候报」 is answered 及时, not with the other's deadline
        # (or whose answer names it so: 「专业负责人跟教务负责人那个培训咋参加」, the training's answer saying 考务员（专业
        # 负责人、教务负责人等）)
        named_exactly = (
            {h.entry.id for h in hits if pairs & (self._pairs_of(h.entry) | self._answer_pairs(h.entry))}
            if pairs and hits and self._names_another_of_its_kind(hits[0].entry, pairs)
            else set()
        )
        for h in hits:
            facet = self._kind_of(h.entry, u)
            score = h.score
            if counted_to and h.entry.id not in counted_to and self._counts_days(h.entry) and not h.entry.window:
                facet = None  # (the countdown: another thing's days)
            if h.entry.id in counted_to:
                score += FACET_CUE
            elif counted_to and not self._counts_days(h.entry):
                score -= UNTIMED  # (an answer that gives the dates but counts nothing: of the wrong type)
            # 「技术负责人的联系方式明天就截止了吧」: a question naming another of the entry's kind (技术负责人, of the
            # 考务负责人 entry) asks no time of that entry's thing, whatever time it asks
            another = bool(pairs) and self._names_another_of_its_kind(h.entry, pairs)
            if facet is not None and facet.answers_cue(u) and not another:
                score += FACET_CUE
                if h.entry.facet == "exams" and when_asked and self._names_exam_day(u):
                    score += FACET_CUE  # 「12月20号上午几点到几点」: an exam day of ours and a time asked of it
                if h.entry.facet == "timeline":
                    score += PERIOD_CUE  # 「这个星期站点有哪些事要办完」: the things of a week, every step's, not one's
            if key and key in self.index.entry_words.get(h.entry.id, ()):
                score += KEY_WORD
            if another:
                score -= OTHER_MODIFIER
            elif h.entry.id in named_exactly:
                score += OTHER_MODIFIER  # (the other side of the same contrast: the thing named as its samples name it)
            if len(h.entry.questions) <= FEW:  # the best of fewer samples
                score += FEW_SAMPLES
            if h.entry.facet in ("window_status", "countdown") and not time_asked:
                score -= UNASKED_TIME
            if time_asked and not self._timed(h.entry) and h.entry.id not in named_exactly:
                score -= UNTIMED + (WHEN_UNTIMED if when_asked else 0.0)
            score = min(1.0, score)
            if h.sample == u.text:  # asked word for word as one of its samples: above whatever the bonuses raised
                score += VERBATIM
            out.append(replace(h, score=score) if score != h.score else h)
        return sorted(out, key=lambda h: h.score, reverse=True)

    def _pairs_of(self, entry: FaqEntry) -> frozenset[tuple[str, str]]:
        """The modifier and head nouns of ours the entry's samples name (`_modified_nouns`), found once per entry."""
        if entry.id not in self._sample_pairs:
            self._sample_pairs[entry.id] = frozenset().union(*(self._modified_nouns(normalize(q)) for q in entry.questions))
        return self._sample_pairs[entry.id]

    def _answer_pairs(self, entry: FaqEntry) -> frozenset[tuple[str, str]]:
        """The modifier and head nouns of ours the entry's answer names (`_modified_nouns`), found once per entry."""
        if entry.id not in self._answered_pairs:
            self._answered_pairs[entry.id] = self._modified_nouns(self._answer_text(entry))
        return self._answered_pairs[entry.id]

    def _only_modifies(self, entry: FaqEntry, word: str, text: str) -> bool:
        """Does the entry's samples use `word` only to say which of another noun of ours (考核 in 考核站点), a noun the
        question does not name?"""
        heads = {h for m, h in self._pairs_of(entry) if m == word}
        alone = any(word in words(normalize(q)) and not any(h in q for h in heads) for q in entry.questions)
        return bool(heads) and not alone and not any(h in text for h in heads)

    def _modified_nouns(self, text: str) -> frozenset[tuple[str, str]]:
        """Each noun of ours (two characters or more) with the noun of ours right before it that says which one
        (技术 负责人, 考务 负责人, 考场 技术)."""
        tagged = self.topics.tagged(text)
        ours = self.topics.ours
        return frozenset(
            (m, h)
            for (m, mf), (h, hf) in pairwise(tagged)
            if mf.startswith(_MODIFIER_FLAGS) and hf == "n" and len(m) >= 2 and len(h) >= 2 and m in ours and h in ours
        )

    def _names_another_of_its_kind(self, entry: FaqEntry, pairs: frozenset[tuple[str, str]]) -> bool:
        """Do the entry's samples name a head noun the question names, only ever with another modifier — one its
        answer does not use either (网页 链接 is the 网页填报链接 its answer gives, not another kind of 链接)?"""
        mine = self._pairs_of(entry)
        return any(
            (m, h) not in mine and any(h2 == h and m2 != m for m2, h2 in mine) and m not in self._answer_text(entry)
            for m, h in pairs
        )

    @staticmethod
    def _from_notice(entry: FaqEntry) -> bool:
        """Does the entry's answer draw a fact of the notice in (a placeholder, a facet)?"""
        return entry.facet is not None or "{" in entry.answer

    def _staff_knowledge(self, entry: FaqEntry) -> bool:
        """An entry of a few samples whose answer draws nothing from the notice: what staff know, added to it."""
        return len(entry.questions) <= FEW and not self._from_notice(entry)

    def _seasonless(self, entry: FaqEntry) -> bool:
        """Does the entry's answer tell nothing of this season: no fact of the notice and no date of its own?"""
        return not self._from_notice(entry) and not DATE_IN_TEXT.search(self._answer_text(entry))

    def _of_another(self, entry: FaqEntry) -> bool:
        """Do the entry's own samples ask of another's thing by a word that means "another" (机房装了别的考试客户端要
        卸载吗)? Then a question that says "another" the same way asks the entry, not about another subject."""
        found = self._others_things.get(entry.id)
        if found is None:
            found = self._others_things[entry.id] = any(
                self.topics.names_another(normalize(q)) in ANOTHER for q in entry.questions
            )
        return found

    def _answer_text(self, entry: FaqEntry) -> str:
        """The entry's answer as members read it, normalised (kept per entry and data version)."""
        text = self._answer_texts.get(entry.id)
        if text is None:
            text = self._answer_texts[entry.id] = normalize(self.knowledge.render(entry.answer))
        return text

    def _held_values(self, entry: FaqEntry) -> tuple[str, ...]:
        """The long numbers and addresses the entry's answer holds, lower-cased (kept per entry)."""
        held = self._answer_values.get(entry.id)
        if held is None:
            held = self._answer_values[entry.id] = tuple(_VALUE_STATED.findall(self._answer_text(entry).lower()))
        return held

    def _holds_value(self, entry: FaqEntry, stated: tuple[str, ...]) -> bool:
        """Does the entry's answer hold a value a question states (`stated`: its long numbers and addresses), or one
        a key or two off it (594707098 for 594707089: a member's typo, to be corrected, is still a value of ours)?"""
        return any(_near_value(v.lower(), h) for v in stated for h in self._held_values(entry))

    def _mistyped_values(self, entry: FaqEntry, text: str) -> list[tuple[str, str]]:
        """The values the question states that are a key or two off one the entry's answer holds, each with that
        value (「我抄的号码是594707080」 → 594707089), when the right one is not stated too."""
        held = self._held_values(entry)
        stated = [v.lower() for v in _VALUE_STATED.findall(text)]
        return [(v, h) for v in stated if v not in held for h in held if h not in stated and _near_value(v, h)]

    def _dated(self, entry: FaqEntry) -> bool:
        """Does the entry's answer, as members read it, state a date?"""
        return DATE_IN_TEXT.search(self._answer_text(entry)) is not None

    def _timed(self, entry: FaqEntry) -> bool:
        """Does the entry's answer, as members read it, state a time (a date, a clock time, 前/后 of an event, a
        deadline) or narrow by one (a facet)? Or do its own samples ask when (成绩什么时候出: the answer that the
        notice does not say is the right kind of answer to them)?"""
        timed = self._timed_answers.get(entry.id)
        if timed is None:
            timed = (
                bool(entry.facet)
                or bool(_TIME_STATED.search(answer := self.knowledge.render(entry.answer)))
                or any(w in _BEFORE_AFTER for w in TOKENIZER.lcut(answer))
                or any(asks_when(normalize(q)) for q in entry.questions)
            )
            self._timed_answers[entry.id] = timed
        return timed

    def _placed(self, entry: FaqEntry) -> bool:
        """Does the entry's answer state a place (an address; a noun with 上/里/中/内; 登录 or 发送至 something), or
        do its own samples ask where or whom (then its answer is the kind the question wants)?"""
        placed = self._placed_answers.get(entry.id)
        if placed is None:
            answer = self.knowledge.render(entry.answer)
            tagged = self.topics.tagged(normalize(answer[:2000]))
            placed = (
                bool(_PLACE_STATED.search(answer))
                # a number to join or go to that is no phone (a QQ group's): people are whom to ask, not where
                or bool(set(re.findall(r"(?<![\d-])\d{5,}(?!\d)", answer)) - set(_PHONE.findall(answer)))
                or any(
                    (flag[0] == "n" or flag == "eng") and i + 1 < len(tagged) and tagged[i + 1][0] in _PLACE_LOCALISERS
                    for i, (_, flag) in enumerate(tagged)
                )
                or any(w in _PLACE_VERBS for w, _ in tagged)
                # samples that ask where, or whom to go to (找谁: 「技术问题去哪问」 is answered by people)
                or any(_WHERE.search(q) or "谁" in q for q in map(normalize, entry.questions))
            )
            self._placed_answers[entry.id] = placed
        return placed

    def _key_word(self, u: Understanding) -> str | None:
        """The question's rarest word that names a thing of ours (准考证 in 「中级的准考证几号开始打」), leaving out
        what every schedule question shares: levels, papers, numbers, time words and question words. In an either-or
        (「考生报名是个人自行报名还是由考核站点统一组织」) the key is the subject's, named before 是…还是: the two ways
        offered are how it is done, not what is asked about."""
        if (m := _EITHER_OR.match(u.text)) and (key := self._key_in(m["subject"])):
            return key
        return self._key_in(u.text)

    def _key_in(self, text: str) -> str | None:
        best, weight = None, KEY_RARITY
        tagged = self.topics.tagged(text)
        for i, (word, flag) in enumerate(tagged):
            if flag[0] not in "nvj" or flag in _NOT_KEY or word not in self.index.vocabulary:
                continue
            if self._modifies_ours(tagged, i):
                continue  # 「填联系人的网页链接」: 联系人 says which 链接; the head is what is asked for
            if self._names_level_or_paper(word):
                continue
            if (w := informativeness(word)) > weight:
                best, weight = word, w
        return best

    def _modifies_ours(self, tagged: tuple[tuple[str, str], ...], i: int) -> bool:
        """Does word i stand before 的 and a noun of ours rare enough to be a key itself (联系人 in 联系人的网页链接; not
        考核 in 考核的整体时间安排, whose 时间 and 安排 every schedule shares)? Chinese puts the head last."""
        after = tagged[i + 1 : i + 4]
        return bool(after) and after[0][0] == "的" and any(
            f[0] == "n" and w in self.index.vocabulary and informativeness(w) > KEY_RARITY for w, f in after[1:]
        )

    def _join(self, replies: list[Reply]) -> Reply:
        if len(replies) == 1:
            return replies[0]
        replies = _said_once(replies)
        lines: list[str] = []
        for r in replies:
            if len(lines) + r.text.count("\n") + 1 > MAX_LINES:
                break
            lines.extend(r.text.splitlines())
        return Reply("\n".join(lines), replies[0].kind, replies[0].entry_id)

    # ------------------------------------------------------------ fixed replies

    def help(self) -> Reply:
        rows = self.knowledge.contacts.provincial
        person = f"「{rows[0].name}负责哪些省」" if rows else ""
        return Reply(
            "我是考务助手，回答本季 Python 程序开发职业技能等级证书考核通知里的问题：\n"
            "· 考试时间：「中级实操几点开始」\n"
            "· 报名、站点申报、考场编排、准考证、缴费：「准考证什么时候打印」\n"
            f"· 各省业务联系人：「广东谁负责」「成都的学校找谁」{person}\n"
            "· 考务和技术联系人：「技术问题找谁」\n"
            "在群里请 @我 提问。/reminders 查看即将到来的截止日期。",
            "help",
        )

    def about(self) -> Reply:
        return Reply(
            "我是考务助手，回答本季 Python 程序开发职业技能等级证书考核通知里的问题："
            "考试时间、站点申报、报名、考场编排、缴费和各省联系人。直接问我就行，发 /help 看示例。",
            "help",
        )

    def fallback(self) -> Reply:
        return Reply(
            f"这个问题通知里没有写明，我没法确定答案。考务问题请联系：{self.contacts.exam_affairs_line()}。",
            "fallback",
        )

    def offtopic(self) -> Reply:
        return Reply(
            # no list of our topics here: a question about another exam would read 「报名、缴费」 beside its own words
            "这个问题本季通知里没有写到，我答不了。本季考核的事直接问我就行，发 /help 看我能答什么。",
            "offtopic",
        )

    # ------------------------------------------------------------ entries

    def by_id(self, entry_id: str) -> FaqEntry | None:
        return self.index.by_id(entry_id)

    def sent_to(self, text: str) -> frozenset[str]:
        """The people a clause says a thing is sent to (「附件2那个表直接发雷鹏老师邮箱就行了吧」: 雷鹏)."""
        # (not one who then acts on it: 「协议发给雷鹏老师签吗」 asks who signs, and the contact does)
        return frozenset(
            name
            for name in self.contacts.names()
            if re.search(_SENT_TO + re.escape(name) + r"(?:老师)?(?!(?:老师)?(?:来|去)?(?:签|盖|审|批|确认|处理|办|看|核))", text)
        )

    def _sent_to_whom(self, u: Understanding, answer: str) -> str:
        """A person claimed as where a thing goes, judged against the address the answer gives it: 是的 when it is
        theirs, 不是 when it is another (「备案表是发给林贺老师吗」: sales@…, not 林贺's)."""
        mailboxes = set(EMAIL.findall(answer))
        if not mailboxes:  # (most answers give no address: nothing to judge, and no name to look for)
            return ""
        people = frozenset().union(*(self.sent_to(t) for t in (u.text, *u.joined)))
        if not people and any(_SENT_TO_PROVINCE.search(t) for t in (u.text, *u.joined)):
            # 「备案表能不能直接交给本省对接老师」: the province's contacts, by their role, are no mailbox of the answer's
            lead = "不行" if any(re.search(r"能|可以|行", t) for t in (u.text, *u.joined)) else "不是"  # (能不能交给…)
            return f"{lead}，不发本省对接老师，通知要求发送至 {'、'.join(sorted(mailboxes))}。"
        if not people:
            return ""
        theirs = {c.email for name in people if (c := self.contacts.card(name)) is not None and c.email}
        if theirs & mailboxes:
            return "是的。"
        return f"不是，不发{'、'.join(sorted(people))}老师，通知要求发送至 {'、'.join(sorted(mailboxes))}。"

    def _entry_reply(
        self, entry: FaqEntry, u: Understanding, today: date, moment: datetime | None = None, message: str = ""
    ) -> Reply:
        """`message`: the whole question, normalised (a condition may stand in a clause of its own)."""
        if moment is not None and u.moment is None:
            u = replace(u, moment=moment)
        if message:
            u = replace(u, message=message)
        base = self.knowledge.render(entry.answer).strip()
        if sent := self._sent_to_whom(u, base):
            return Reply(f"{sent}\n{base}", "faq", entry.id)
        if denied := _only_after(message or u.text, base) or _only_part(message or u.text, base):
            return Reply(f"{denied}\n{base}", "faq", entry.id)  # (not where today stands: that is not asked)
        facet, window = self._facet_of(entry, u)
        body = facets.render(self.knowledge, facet, base, window, u, today)
        if wrong := self._mistyped_values(entry, message or u.text):
            # 「我抄的号码是594707080，是不是抄错了」: the value said is wrong whichever way the yes/no is put; say so, and
            # the right one
            fixed = "；".join(f"{said}不对，正确的是{right}" for said, right in wrong)
            denied = body.startswith("不是。")  # (the claim's no stays first: 「QQ群594707098对吗」)
            body = f"{'不是，' if denied else ''}{fixed}。\n{body.removeprefix('不是。').lstrip()}"
        if _WHEN.search(u.text) and not self._timed(entry):
            # 「这个通知是哪天发的」: the entry is the right one, and it states no time: say so first
            body = f"通知里没有写明具体时间。\n{body}"
        elif (
            "status" in u.asks
            and not (entry.facet or entry.window)
            and not self._dated(entry)
            and _asks(u, u.text)
            and not u.says(_DAY_ASKED)  # (「最晚得哪天前弄好」 asks a day, below)
            and "通知里没有给这项定" not in body.split("\n")[0]  # (a deadline claimed is already answered so)
            and not self._staff_knowledge(entry)  # (staff's 考前 says when to prepare, not that anything may still be done)
            and ((bound := facets.bound_of(body)) or _TIMELY.search(body))
        ):
            # 「技术负责人那个扫码填报现在还能填不」: whether it can still be done, of a matter the notice asks done in
            # time (及时, 提前, 在考试前) and gives no day: it can, within the bound it does give
            over = today > max(e.date for e in self.knowledge.notice.exams)  # (after the season, no 可以)
            said = f"通知里没有给这项定具体日期{f'，只要求在{bound}前完成' if bound else ''}。"
            body = f"{said if over else '可以，' + said}\n{body}"
        elif u.says(_DAY_ASKED) and not (entry.facet or entry.window) and not self._dated(entry):
            # 「考试系统最晚哪天得装好」: a time before an event (在考试前), but no day — and, before the exam, its first day
            # (of the levels named: 「高级的机房最晚哪天装好」 is 高级's)
            asked = [e for e in self.knowledge.notice.exams if not u.levels or e.level in u.levels]
            first = min(asked or self.knowledge.notice.exams, key=lambda e: e.date)
            by = (
                f"，只要求在考试前完成（{'' if len(asked) == 1 else '最早的一场是'}{first.level}"
                f"{'在' if len(asked) == 1 else '，'}{format_date(first.date, weekday=True)}{'考' if len(asked) == 1 else ''}）"
                # (a matter to be done by then, 在考试前完成 — not one the notice will hold then, 考试前…组织培训)
                if facets.bound_of(body) == "考试" and "前完成" in body.split("。")[0]
                else ""
            )
            body = f"通知里没有规定具体日期{by}。\n{body}"
        elif _WHERE.search(u.text) and not self._placed(entry):
            # 「考试系统安装包去哪下」: the entry is about it, and says no place to get it
            body = f"通知里没有写明在哪里。\n{body}"
        elif (
            ((_HOW_MANY.search(u.text) and not entry.facet) or _HOW_MANY_SCORED.search(u.text))
            # (a facet's list is its count, 考试分几个级别 — but no list counts points or questions: 多少分才算过)
            and not self._staff_knowledge(entry)  # (what staff wrote is not the notice)
            and not _COUNT_STATED.search(self._answer_text(entry))
        ):
            # 「监考老师一个考场要配几个」: the entry is about them, and states no number
            body = f"通知里没有写明具体数量。\n{body}"
        return Reply(body, "faq", entry.id)

    @staticmethod
    def _facet_of(entry: FaqEntry, u: Understanding) -> tuple[str | None, str | None]:
        """The entry's facet and window; when status or the days left are asked, an entry without a facet whose
        answer prints one window (「能报名了吗」「学生报名还剩几天」 of {registration}) answers as that window's status
        does."""
        # (an entry of no facet may name its window itself, one its answer cannot print: the fee, due before tickets
        # print; a week or month claimed for it asks as status does: 「考试费拖到下个月再交行不行」)
        if entry.facet is None and entry.window:
            # a window of the entry's own answers whether one is in time (还来得及, 还能, 还剩几天, 拖到下个月行不行),
            # not any status: 「费用交完了，报销用的票据…」 says it is done and asks another thing
            # (a day claimed for it, as a week is: 「拖到下周五再交行不行」)
            claimed = u.period or u.named_days or facets.after_exams(u)
            in_time = (
                ("left" in u.asks and not facets.takes_days(u))
                or (claimed and ("whether" in u.asks or _CAN.search(u.text)))
                or u.says(_STILL_IN_TIME)  # (in a clause answered with it too: 「最迟哪天交？…还来得及吧」)
                or facets.weeks_offered(u)  # 「考试费最迟啥时候打款，是下周还是下个月」: which, of two offered
            )
            return ("window_status", entry.window) if in_time else (None, None)
        if entry.facet is None and u.asks & {"status", "left"} and len(named := windows_named(entry.answer)) == 1:
            return "window_status", named[0]
        return entry.facet, entry.window

    def _kind_of(self, entry: FaqEntry, u: Understanding) -> facets.Facet | None:
        """The facet the entry answers as, for this question (`_facet_of`), from the registry."""
        return facets.FACETS.get(self._facet_of(entry, u)[0] or "")

    def _remember_choices(self, hits: list[Hit], text: str, now: datetime, asker: object) -> tuple[str, ...]:
        choices = tuple(h.entry.id for h in hits)
        if asker is not None:
            self._pending[asker] = _Pending(choices, text, now + CLARIFY_TTL)
            if len(self._pending) > 10_000:  # a flood of askers must not grow memory without bound
                self._pending = {k: v for k, v in self._pending.items() if v.expires > now}
        return choices

    def _clarify(self, hits: list[Hit], text: str, now: datetime, asker: object) -> Reply:
        choices = self._remember_choices(hits, text, now, asker)
        lines = [f"{i}. {h.entry.questions[0]}" for i, h in enumerate(hits, 1)]
        return Reply("你是想问：\n" + "\n".join(lines) + "\n回复数字即可。", "clarify", choices=choices)

    def _local(self, now: datetime | None) -> datetime:
        tz = self.knowledge.tz
        if now is None:
            return datetime.now(tz)
        return now.astimezone(tz) if now.tzinfo else now.replace(tzinfo=tz)
