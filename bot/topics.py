"""Is a question about our notice? Decided on positive evidence, and on what the question is about.

Two things only, both read from tokens (jieba words with their part of speech), never from substrings:
- **another subject**: the thing asked about is another exam, certificate, meeting, project, group or mailbox.
  A kind-of-thing noun (考试, 证书, 会, 项目, 群, 邮箱 …) is modified by a noun that nothing of ours uses
  (计算机二级考试, WPS的证书, 教研会, 隔壁项目的邮箱) or by a word that means "another" (别的, 其他, 另一个).
  "Ours" is every word of the notice, the FAQ's samples and answers, and the contact table: a word staff add to
  faq.yaml becomes ours at once. Places, levels and numbers are never "another subject".
- **positive evidence** is the caller's: a contact of ours named, or a FAQ entry similar enough (bot.answer).
Nothing here lists other exams: 雅思 and 计算机二级 are recognised as *not ours*, not as *on a list*.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from pypinyin import lazy_pinyin

from .faq import _CJK, informativeness, words
from .lexicon import TAGGER, is_word
from .text import DUTY_WORDS, OWN, TITLES, WHICH
from .thesaurus import a_person, describes, function_word, names_a_time, names_people, scope_word, tells, time_word
from .understand import (
    A_NOT_A,
    ASKING_ONLY,
    COINCIDE,
    CONSECUTIVE,
    COPULAS,
    HOW_WORDS,
    THEN,
    TIME_AMOUNTS,
    TIME_SEQUENCE,
    TIME_UNITS,
    TIME_WORD,
    asking_word,
)

__all__ = ["Topics"]

# Kinds of things a question can be about (language, not this notice): exams and certificates, meetings,
# projects, groups, mailboxes, contests, courses.
SUBJECT_KINDS = ("考试", "考核", "考证", "测试", "测验", "证书", "认证", "证", "考", "会议", "例会", "会", "项目", "群", "邮箱", "比赛", "大赛", "竞赛", "课程", "课", "职称")
# Kinds of institution: a school's name tells who asks (…学院, …大学, …技师), never what is asked.
INSTITUTIONS = ("学院", "大学", "学校", "技师", "职院", "中专", "技校", "职校", "高职", "院校")
# What a unit has of its own (a group, a mailbox, a number): 我们学校的邮箱 is the school's; 我们学校的联系人 is ours,
# the person who serves it.
UNIT_THINGS = ("群", "群号", "邮箱", "电话", "网址", "地址")
# Ways to reach someone: a body's own (招生办的邮箱, 教育厅的联系人) is that body's, not ours.
CONTACT_NOUNS = ("电话", "咨询电话", "联系电话", "邮箱", "联系人", "负责人", "联系方式", "手机", "号码", "地址", "网址", "群", "群号")
# What place nouns end in (考点, 考场, 教室, 机房, 图书馆, 教学楼, 校区, 办公处): places, not subjects.
PLACE_ENDINGS = ("点", "场", "室", "房", "馆", "楼", "区", "处", "校")
# Of those, rooms and buildings (机房, 教室, 实训楼): where things are done; 处 and 区 also end offices (教务处) and
# districts, 校 schools, 点 degree words.
ROOMS = ("场", "室", "房", "馆", "楼")  # (not 点: 有点, 一点, 重点)
# Words that relate rather than name (技术方面的问题, 报名环节, 考试有关事项, 学校所在省份): what they belong to is
# named before them.
RELATIONAL = ("方面", "部分", "环节", "事项", "事宜", "有关", "相关", "以外", "之外", "所在", "所属", "开头", "结尾", "打头")
# ... and the everyday words for a piece of work (排考场的活儿, 这摊子事): the work is the thing named with them.
RELATIONAL += ("活", "活儿", "活计", "差事", "摊子", "事", "事儿")
# Nouns that name the kind of what stands before them (实操科目, 机考的形式, 报名类型): after a word of ours, they
# name that thing of ours, not another.
CATEGORY = ("科目", "类型", "形式", "种类", "类别", "部分", "环节", "方面")
# Words that say how much of a thing, never whose (整体时间安排, 全部材料, 具体流程): they modify, they name nothing.
EXTENT = ("整体", "总体", "全部", "全体", "所有", "具体", "详细", "大致", "大概", "基本", "完整", "全套")
# Words that say "another one" of a kind.
ANOTHER = ("别的", "其他", "其它", "另外", "另一个", "另一", "另个", "隔壁", "其余")
# Parts of speech that name things (jieba's tag set): nouns, proper nouns, abbreviations, Latin words,
# verbal nouns, idioms used as names.
_PROPER = ("nr", "nz", "nrt")  # jieba's proper names (a person's, another proper noun)
# Names: proper nouns and abbreviations (医保, 社保: a programme's short name names it as a proper noun does)
_NAMES = (*_PROPER, "j")
# Chinese particles and complements: a word made only of them (得了吧, 罢了) names nothing.
_PARTICLES = frozenset("的地得了着过吧呢吗嘛啊呀哦哈罢么")
_NAMING = ("n", "nz", "nt", "nr", "j", "eng", "vn", "l", "i", "b", "x")
# A question whose naming words carry at least this share of weight in words nothing of ours uses is about
# something else (英语四六级哪天考, 升旗仪式几点). Measured on blind8's negatives against its FAQ questions.
FOREIGN_SHARE = 0.2
# A verb counts too when it is rare in general Chinese (下雨, 体测, 评优): common verbs (打, 交, 进去) are how members
# say our things in their own words. 9 cost FAQ answers on every tunable set; 11 cost none (tools/score_set.py).
VERB_RARITY = 11.0
# A word commoner than this in general Chinese is an everyday word (社会, 机会), whatever it happens to end in.
EVERYDAY = VERB_RARITY - 2
# How far before a noun its modifiers are looked for (1+X is three tokens: 智能财税1+X的备案表).
MODIFIERS = 4
_LINKS = ("的", "之", "那个", "这个", "那", "这")
# Verbs that make the next noun do the next verb (叫同学代领, 让家长签字, 请老师监考): that noun is who acts, not
# whose the thing after it is.
_PIVOTS = frozenset({"叫", "让", "请", "派", "由", "托", "委托"})
# A demonstrative with a measure word (那次, 这场, 那批): it points back at what is named before it, as 那个 does.
_POINTS_BACK = re.compile(r"[这那][个次场批届期回轮]")
# Grammar, not vocabulary: jieba lists many common verbs inside a grammatical frame as words of their own, with a
# tiny frequency, so they would weigh as rare verbs. Their weight is their core verb's:
# the A-not-A question form (行不行, 算不算, 要不要), a compound directional complement (收上来, 寄过来, 交上去),
# and a question word before the verb (咋办, 怎么弄).
_DIRECTIONAL = ("上来", "上去", "下来", "下去", "进来", "进去", "出来", "出去", "回来", "回去", "过来", "过去", "起来")
# A resultative complement after a one-character verb (传到, 交完, 填好, 删掉, 报上): the verb is what is done.
RESULTATIVE = ("到", "完", "好", "掉", "住", "成", "上")
# What ends a verb of motion towards, or is the preposition of it (交到, 寄给, 发往, 到, 给, 向): the noun after it is
# where the thing goes or to whom (交到教育厅, 寄给考生), not the thing itself.
_TOWARDS = ("到", "给", "往", "至", "向")
# What a separable verb takes inside it (考完试, 报了名, 考过试): the verb with its object split, still one verb.
_INSIDE = ("完", "了", "过", "好")
_NUMERALS = frozenset("一二三四五六七八九")
# The numerals that begin a count with its measure (两拨, 几批): 一 begins too many words of its own (一致, 一线).
_COUNTING = (_NUMERALS - {"一"}) | frozenset("两俩几十")
# Verbs that hold a meeting (开会, 召开…会).
_HOLDS = frozenset({"开", "召开", "举行", "举办", "组织"})
# Places whose rank X级 names (省级, 市级: which contact, as a province or a city does); a school's own rank (校级,
# 院级) marks the school's own affairs, another subject.
_RANKED = frozenset({"省", "市"})


def _ranked(word: str) -> bool:
    """省级, 市级: a place's rank."""
    return word.endswith("级") and word[:-1] in _RANKED


def verb_done(tagged: Sequence[tuple[str, str]], i: int) -> bool:
    """Does 了 follow word i? Then it is a verb done (规定了), whatever the dictionary tags it: no thing named."""
    return i + 1 < len(tagged) and tagged[i + 1][0] == "了"


# What a count of places counts (两地, 五省, 两校, 几所): places, schools, bodies.
_PLACE_COUNTED = "地省市县区州校所家"
# What counts an amount of a unit before it (半小时, 两个钟头, 三个月): numerals, 半, 几, 多 and the measure word 个.
_AMOUNT = "半个几多两十百零" + "".join(sorted(_NUMERALS))
# Negations that jieba joins to a one-character verb (没填, 未交, 不考): the verb, denied, is still the verb.
_NEGATIONS = ("没", "未", "不", "别")
# What follows a verb as grammar only (好了吗, 完了没, 过了吧): a result, an aspect, a question particle.
_GRAMMAR_TAIL = frozenset("好完到掉了过吗呢吧没么")
# A character that makes a word the day or the time span of what it follows (截止日, 报名期).
_DAY_OF = "日期天"
# Bound prefixes of a verb (补报名, 重新 aside: 重打, 再报, 漏填): the verb done again, late or wrongly, still ours.
_VERB_PREFIXES = ("补", "重", "再", "预", "续", "漏", "错", "改")
# jieba's tags for idioms (成语) and set phrases (习用语): they name a thing only as a noun would, before 的 or a noun.
_IDIOMS = ("i", "l")
# The suffix that makes a one-character verb the way of doing it (考法, 做法, 填法).
_WAY_OF = "法"
# Deictic first characters (本站, 该校, 此次, 贵校): "this" or "your" one, never a name of another thing.
_DEICTIC = ("本", "该", "此", "贵")
# The word for the authority of whatever matter is spoken of (官方: the official side): in a question about our matter,
# the notice's issuer — ours, never another body.
_AUTHORITY = frozenset({"官方"})
# Words that point at one thing or count things (这门, 那场, 每门): what follows them is a measure word.
_POINTING = ("这", "那", "哪", "每", "各", "某")
# Agentive suffixes: a noun ending so names people (学生, 考生, 人员, 老师), whom a modifier describes.
_AGENTIVE = ("生", "员", "人", "师", "者")
# Characters that end the name of a kind of exam (高考, 中考, 自考, 笔试): 考 and 试.
_EXAM_ENDS = ("考", "试")
_POS_LOCK = threading.Lock()
_POS = TAGGER


def _tag_of(word: str) -> str:
    """The part of speech jieba's dictionary gives the word alone ("" when it lists none)."""
    return _POS.word_tag_tab.get(word, "")


def _adverb_verb(word: str) -> bool:
    """Two characters, an adverb then a verb, whatever the dictionary lists the pair as (先签: a noun)."""
    return len(word) == 2 and _tag_of(word[0])[:1] == "d" and _tag_of(word[1])[:1] == "v"


@lru_cache(maxsize=4096)  # one clause is read by the gate, the rescue and the key word: tag it once
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    """Dictionary words only (no HMM guesses): a guess such as 操考 in 实操考 or 号考 in 19号考 is a cut between
    two words of ours, not a new word; jieba's maintained dictionary is what this gate trusts."""
    with _POS_LOCK:  # posseg's tokenizer keeps per-call state
        tagged = [(p.word, "r" if p.word in PERSON_PRONOUNS else p.flag) for p in _POS.cut(text, HMM=False)]
        tagged = _a_not_a_apart(_classifier_after_demonstrative(tagged))
    return tuple(_schools_as_one(_unit_after_pronoun(_fees_as_one(_acts_not_names(_still_apart(tagged))))))


def _still_apart(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """还 before an auxiliary or a way of asking (还来得及, 还能, 还可以) is the adverb "still": a word the dictionary
    cut across it (交还 in 今天交还来得及, 退还) is cut again, the verb before it left alone."""
    out: list[tuple[str, str]] = []
    for i, (word, flag) in enumerate(tagged):
        after = tagged[i + 1][0] if i + 1 < len(tagged) else ""
        if len(word) == 2 and word.endswith("还") and (after in AUXILIARIES or asking_word(after)):
            out += [(p.word, p.flag) for p in _POS.cut(word[0], HMM=False)]
            out.append(("还", "d"))
            continue
        out.append((word, flag))
    return out


def _fees_as_one(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """费 after a noun or an act of two characters or more is the fee for it, one noun (监考 + 费 is 监考费, as 报名费
    and 考试费 are words of the dictionary), whatever the dictionary tags the 费 it cut off."""
    out: list[tuple[str, str]] = []
    for word, flag in tagged:
        if word == "费" and out and len(out[-1][0]) >= 2 and out[-1][1][:1] in ("n", "v"):
            out[-1] = (out[-1][0] + word, "n")
        elif len(word) >= 3 and word.endswith("费"):
            out.append((word, "n"))  # (so is a fee the dictionary lists as one word: 考试费, which it tags a verb)
        else:
            out.append((word, flag))
    return out


# The one-character verbs of saying and asking (词林 Hi12A, Hi18A), a verb after a noun whatever a dictionary tags them.
_SAYS_OR_ASKS = frozenset("说讲问")
# An aspect particle (了, 着, 过) follows a verb, never a name: 「教务科换人了」's 换人 (a name to the dictionary) is an act.
_ASPECT = frozenset("了着过")


def _goes_to(tagged: Sequence[tuple[str, str]], i: int) -> bool:
    """Is noun i where or to whom a thing goes: after a verb of motion towards or its preposition (交到, 寄给, 到),
    through the nouns of one name (交到 省 教育厅)?"""
    j = i - 1
    while j > 0 and tagged[j][1][:1] == "n":
        j -= 1
    return j >= 0 and j < i and tagged[j][0].endswith(_TOWARDS) and tagged[j][1][:1] in "vp"


def _acts_not_names(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A name before an aspect particle is an act (换人了); so is a verb of saying or asking said twice, the tentative
    form (问问, 说说, 讲讲: 「想进工作群问问」), or after a noun (财务问), whatever the dictionary tags it."""
    return [
        (word, "v")
        if (flag in ("nr", "nrt") and i + 1 < len(tagged) and tagged[i + 1][0] in _ASPECT)
        or (len(word) == 2 and word[0] == word[1] and word[0] in _SAYS_OR_ASKS)
        # (or alone, after a noun: 财务 问 考试费, where the dictionary tags 问 a noun)
        or (word in _SAYS_OR_ASKS and flag.startswith("n") and i and tagged[i - 1][1].startswith("n"))
        else (word, flag)
        for i, (word, flag) in enumerate(tagged)
    ]


# A one-character unit after a personal pronoun is whose unit it is (我们系, 咱们班, 你们院), a noun, whatever the
# dictionary tags it (系 is also the copula).
_UNITS = frozenset("系班院校组处科室部")
_PRONOUNS = frozenset({"我们", "咱们", "你们", "他们", "我", "咱", "你"})


def _unit_after_pronoun(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [
        (word, "n") if word in _UNITS and i and tagged[i - 1][0] in _PRONOUNS else (word, flag)
        for i, (word, flag) in enumerate(tagged)
    ]


def _a_not_a_apart(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A verb asked in its A-not-A form (行不行, 能不能, 来没来) is one unit: a word the dictionary cut across its first
    character (交行 / 不行 in 再交行不行, where 交行 is a bank) is cut again before it."""
    out: list[tuple[str, str]] = []
    for i, (word, flag) in enumerate(tagged):
        after = tagged[i + 1][0] if i + 1 < len(tagged) else ""
        if len(word) >= 2 and after[:1] in ("不", "没") and after[1:2] == word[-1]:
            out += [(p.word, p.flag) for p in _POS.cut(word[:-1], HMM=False)]
            out.append((word[-1], "v"))
            continue
        out.append((word, flag))
    return out


# A demonstrative is followed by a classifier (那科, 这门, 哪场): a word the dictionary cuts across that boundary
# (那 / 科考 in 那科考到几点, where 科考 is an expedition) is cut again after the classifier.
_DEMONSTRATIVES = frozenset("那这哪每某")
_CLASSIFIERS = frozenset("科门场次个节份张位项批轮届期组串条台把件套间道页本段")


def _classifier_after_demonstrative(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The classifier after a demonstrative cut apart from the word it was joined to (那 / 科 / 考); a demonstrative
    and its classifier as one word (那串, which the dictionary tags a name) point, as a pronoun does."""
    out: list[tuple[str, str]] = []
    for word, flag in tagged:
        if len(word) == 2 and word[0] in _DEMONSTRATIVES and word[1] in _CLASSIFIERS:
            out.append((word, "r"))
            continue
        if out and out[-1][0] in _DEMONSTRATIVES and len(word) >= 2 and word[0] in _CLASSIFIERS:
            out.append((word[0], "q"))
            out += [(p.word, p.flag) for p in _POS.cut(word[1:], HMM=False)]
            continue
        out.append((word, flag))
    return out


def _schools_as_one(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A school's name is one name (四川工程职业技术学院, not 工程 and 技术): the naming words before an
    institution word join it, tagged nt as jieba tags the names it knows."""
    out: list[tuple[str, str]] = []
    for word, flag in tagged:
        if word.endswith(INSTITUTIONS) and flag[0] in "nl":
            name = word
            while out and out[-1][1][0] in "nbjl" and len(name) < 16 and out[-1][0] not in _LINKS:
                name = out.pop()[0] + name
            out.append((name, "nt"))
        else:
            out.append((word, flag))
    return out


# Words for the other side of a dealing that refer as pronouns do (对方联系人 is the counterpart's contact: ours, to a
# school), though jieba's dictionary tags them nouns; its 自己, 别人 and 各方 it tags pronouns already.
PERSON_PRONOUNS = frozenset({"对方", "双方", "人家"})

# Auxiliaries: what follows them is a verb (能办理, 可以为学生办理), never a name of another thing.
AUXILIARIES = frozenset({"能", "能够", "可以", "可", "会", "要", "想", "需要", "应", "应该", "应当", "得", "必须", "须", "该"})
# after a one-character kind (考, 证), a modal or the copula begins the predicate (软考是哪天): no complement of it
_NO_COMPLEMENT = AUXILIARIES | {"是", "有"}


def _after_modal(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """Does word i follow an auxiliary, across adverbs (还, 再) and a prepositional phrase (为学生, 给考生)?"""
    k = i - 1
    if k >= 1 and tagged[k - 1][1] == "p" and tagged[k][1][0] in "nr":
        k -= 2  # 为 学生
    while k >= 0 and tagged[k][1] == "d":
        k -= 1
    return k >= 0 and tagged[k][0] in AUXILIARIES


# The asker (or the asker's side) as a person: 我出差, 我们放假. (我校, 本院 are bodies, not the one who acts.)
FIRST_PERSON = frozenset({"我", "我们", "咱", "咱们", "俺", "俺们", "本人"})


_BODIES = ("处", "厅", "局", "部", "办", "委", "院", "校", "中心", "协会", "室")  # an office, a bureau, a school


def _asker_acts(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """Is word i a verb whose subject is the asker (「明后两天我出差」「我们下周放假」), across adverbs, times and
    auxiliaries, or where the asker goes and what they go there to do (「我要去外地开会」: 外地 after 去, and 开会
    after it)? What the asker does is why they ask, not a thing asked about. Past a going, the first person must be
    the subject (not 帮我写, 让我去: there 我 is acted on)."""
    k, went = i - 1, False
    if _own_body(tagged, i):
        return True  # 「我们财务今天才批下来」: the asker's own office, who acts
    if tagged[i][1].startswith("n"):  # the place gone to, right after the verb of going
        if not (k >= 0 and tagged[k][0] in _GOING):
            return False
        k, went = k - 1, True
    elif not tagged[i][1].startswith("v"):
        return False
    while k >= 0:
        word, flag = tagged[k]
        if word in FIRST_PERSON or (not went and _own_body(tagged, k)):
            return not (went and k and tagged[k - 1][1][:1] in ("v", "p"))
        if flag[:1] in ("d", "t", "m", "f") or word in AUXILIARIES:
            k -= 1
        elif flag.startswith("n") and k and tagged[k - 1][0] in _GOING:
            k, went = k - 2, True  # 去外地 (开会): the going and where to
        else:
            return False
    return False


_GOING = frozenset({"去", "到", "回", "赴", "往"})


def _own_body(tagged: Sequence[tuple[str, str]], i: int) -> bool:
    """Is word i a noun said right after a first person (我们财务, 咱们教务) that acts in the clause, a verb of its own
    after it across adverbs and times: the asker's own office or people, who act as the asker does?"""
    if not (tagged[i][1].startswith("n") and i and tagged[i - 1][0] in FIRST_PERSON):
        return False
    after = [f for _, f in tagged[i + 1 :] if f[:1] not in ("d", "t", "m", "f")]
    return bool(after) and after[0].startswith("v")
# A programme's certificate (1+x …证书, 1+x的…证书): the name between the programme's tag and the kind.
# (or a thing of the programme's, after 的: 「1+X云计算平台运维的考核站点申报」)
_PROGRAMME_CERTIFICATE = re.compile(
    r"\d\+x(?:的)?\s*(?P<name>[\w+#.]{2,20}?)\s*(?:(?:的)?(?:职业技能)?(?:等级)?证书|的(?=[\u4e00-\u9fff]))"
)
_LEVELISH = ("职业技能", "等级", "证书")


# 在 X 里, 到 X 上: a noun between a preposition of place and a localiser says where something is done, not what is asked
_PLACE_PREPOSITIONS = frozenset({"在", "到", "去", "从", "往", "于"})
_LOCALISERS = frozenset({"里", "上", "中", "内", "外", "边", "旁", "里面", "上面", "外面", "旁边", "附近", "门口"})


def _located(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """Is word i a place in a frame of place (在楼道里, 到机房里面)?"""
    return 0 < i < len(tagged) - 1 and tagged[i - 1][0] in _PLACE_PREPOSITIONS and tagged[i + 1][0] in _LOCALISERS


def _a_place(word: str) -> bool:
    """A school or a place (考点, 考场, 机房, 教学楼): "another" of it is another place, not another subject."""
    return word.endswith(INSTITUTIONS) or (len(word) >= 2 and word.endswith(PLACE_ENDINGS))


def _cut_across(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """Is word i perhaps a wrong cut, its first character belonging with the word before (哪一级别的: 一级 + 别的,
    where 级别 is the word)? Then it is no evidence of "another" (别的)."""
    return i > 0 and is_word(tagged[i - 1][0][-1] + tagged[i][0][0])


def _unit_of_count(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """Does word i open with the unit of the count before it (多少 / 天开 / 考: 多少天 + 开考)?"""
    return i > 0 and tagged[i - 1][1].startswith("m") and tagged[i][0][0] in TIME_UNITS


def _cut_ahead(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """Is word i perhaps a wrong cut, its last character belonging with the word after in a word of grammar (交还 +
    是: 交 + 还是, either-or) or as its adverb (交还 + 来得及: 交 + 还来得及)? A conjunction, adverb or preposition
    there (tagged c, d, p) is how the sentence is built, and the rest of word i is no new word."""
    if i + 1 >= len(tagged) or len(tagged[i][0]) < 2:
        return False
    word, after = tagged[i][0], tagged[i + 1]
    # 交还来得及, 发还能 …: a verb and an adverb joined (交 + 还), before the verb the adverb belongs to
    if (
        len(word) == 2
        and after[1].startswith("v")
        and [flag[0] for _, flag in _tagged(word[0]) + _tagged(word[1])] == ["v", "d"]
    ):
        return True
    pair = word[-1] + after[0][0]
    if not is_word(pair):
        return False
    read = _tagged(pair)
    return len(read) == 1 and read[0][1][0] in "cdp"


@cache
def _pinyin_syllables() -> frozenset[str]:
    """Every syllable of Mandarin without its tone (426), from pypinyin's dictionary (already loaded to read sounds)."""
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.pinyin_dict import pinyin_dict

    toned = {p for readings in pinyin_dict.values() for p in readings.split(",")}
    return frozenset(to_normal(p).replace("ü", "v") for p in toned)


@lru_cache(maxsize=4096)
def _pinyin(word: str) -> bool:
    """Is the Latin word a run of pinyin syllables (qingwen, kaochang, shui)?"""
    syllables, n = _pinyin_syllables(), len(word)
    ends = {0}
    for i in range(n):
        if i in ends:
            ends |= {j for j in range(i + 1, min(n, i + 6) + 1) if word[i:j] in syllables}
    return n in ends


def _typed_in_pinyin(tagged: tuple[tuple[str, str], ...]) -> bool:
    """Two Latin words or more, each of them pinyin: a question typed with the input method off."""
    latin = [w for w, _ in tagged if w.isascii() and w.isalpha()]
    return len(latin) >= 2 and all(_pinyin(w.lower()) for w in latin)


def _starts(word: str, part: str) -> list[int]:
    return [i for i in range(len(word) - len(part) + 1) if word.startswith(part, i)]


def verb_core(word: str) -> str:
    """The verb inside a grammatical frame (行不行 → 行, 收上来 → 收, 咋办 → 办); else the word itself."""
    if m := A_NOT_A.match(word):
        return m.group(1) + m.group(2)
    for ask in (*HOW_WORDS, *WHICH):  # jieba lists a few such phrases as words (哪些因素)
        if word.startswith(ask) and len(word) > len(ask):
            return word[len(ask) :]
    for tail in _DIRECTIONAL:
        if word.endswith(tail) and len(word) > len(tail):
            return word[: -len(tail)]
    if len(word) == 2 and word[1] in RESULTATIVE:
        return word[0]
    if len(word) == 2 and word[0] in _NEGATIONS:
        return word[1]
    if len(word) >= 3 and word[0] in _NEGATIONS:  # 没拿到, 没打完: the verb negated, its complement too
        return verb_core(word[1:])
    if len(word) == 3 and word[1] in _INSIDE and is_word(word[0] + word[2]):
        return word[0] + word[2]
    return word


def people_word(word: str) -> bool:
    """A word for people: built so (学生, 人员, 老师) or listed so by the thesaurus (孩子, 家长)."""
    return word.endswith(_AGENTIVE) or names_people(word)


def _the_authority(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """Is word i 官方 said alone — the authority of the matter spoken of, ours — not a name's (Python官方: Python's)?"""
    return tagged[i][0] in _AUTHORITY and not (i and tagged[i - 1][1].startswith(("n", "eng", "j")))


def _a_count(word: str, flag: str) -> bool:
    """两拨, 三批, 几拨: a numeral and one measure character, which jieba may tag a verb; not a noun (五金, 三农), not
    a grade (二级: another scale's), and not 一, which begins many words of its own (一致, 一线)."""
    return len(word) == 2 and word[0] in _COUNTING and word[1] != "级" and not flag.startswith("n")


class Topics:
    def __init__(
        self, ours: frozenset[str], is_place, is_level, pairs: frozenset[tuple[str, str]] = frozenset(), certificate: str = ""
    ) -> None:
        self.ours = ours
        # Our certificate's name as the notice writes it, normalised (python程序开发职业技能等级证书): another name in a
        # programme's certificate (1+x云计算平台运维与开发证书) is another certificate.
        self.certificate = certificate
        # Words that stand side by side in our own text (打印 准考证): a verb our text uses on a noun acts on it.
        self.pairs = pairs
        # A word that sounds exactly like one of ours is that word misspelt (考式 for 考试), not a new subject.
        self._our_sounds = frozenset("".join(lazy_pinyin(w)) for w in ours if len(w) >= 2)
        self._is_place = is_place
        self._is_level = is_level
        # The first characters of our two-character words (报 of 报名): a verb of one character that may head them.
        self._heads = frozenset(w[0] for w in ours if len(w) == 2)
        # The words that begin a longer word of ours (上机 of 上机操作): said alone, still that word, shortened.
        self._our_beginnings = frozenset(
            w[:k] for w in ours if len(w) >= 4 and all("\u4e00" <= c <= "\u9fff" for c in w) for k in range(2, len(w) - 1)
        )

    def read(self, text: str) -> tuple[tuple[str, str], ...]:
        """The tagged words, with a name jieba does not know put back together: two characters it could only cut
        alone (教资 → 教 / 资), a word and a noun after it, that make no word of its dictionary nor of ours, are one
        name new to us (tagged nz, a proper noun) — the short name of something, as 省考 and 软考 are."""
        tagged = _tagged(text)
        out: list[tuple[str, str]] = []
        i = 0
        while i < len(tagged):
            pair = tagged[i : i + 2]
            if (
                len(pair) == 2
                and all(len(w) == 1 and "\u4e00" <= w <= "\u9fff" for w, _ in pair)
                and pair[0][1] in ("v", "n", "a", "b")  # a free word (not a bound morpheme, ng; not a name, nr)
                and pair[1][1] == "n"  # the head: a noun (教资, 系部), so the two name a thing
                and pair[1][0] not in PLACE_ENDINGS  # 职 / 成 / 处: 处 ends the name of an office (职成处), a suffix
                and (name := pair[0][0] + pair[1][0]) not in self.ours
                and not is_word(name)
                and not self._is_place(name)
                and not any(w in SUBJECT_KINDS or w in self.ours for w, _ in pair)
            ):
                out.append((name, "nz"))
                i += 2
                continue
            out.append(tagged[i])
            i += 1
        return tuple(out)

    def is_grade(self, word: str) -> bool:
        """Is the word a numbered grade of another scale (二级, 四六级), as `names_another` returns one?"""
        return any(self._numbered_grade(word, flag) for _, flag in _tagged(word)[:1])

    def _numbered_grade(self, word: str, flag: str) -> bool:
        """四六级, 二级, 一级: a grade named by its number (jieba tags it a numeral) is another scale's when no level
        of ours is called so (ours are named: 初级, 中级, 高级)."""
        if len(word) >= 3 and word.endswith("级") and word[-2] in _NUMERALS and flag[0] in "nl":
            return word not in self.ours and not self._is_level(word)  # 英语六级, 计算机二级: a name and its grade
        return (
            flag.startswith(("m", "b"))
            and len(word) >= 2
            and word.endswith("级")
            and word[-2] in _NUMERALS  # (省级, 国家级: a rank of administration, no grade of a scale)
            and not any(ch.isdigit() for ch in word)
            and word not in self.ours
            and not self._is_level(word)
            and is_word(word)
        )

    def grades_another(self, text: str) -> bool:
        """Does the text say a level as another thing's grade (初级职称)?"""
        return bool(self.graded_words(text))

    def graded_words(self, text: str) -> list[str]:
        """The words that say a level as another thing's grade (初级职称, 中级会计师)."""
        return [word for word, _ in self.read(text) if self._is_level(word) and self._graded(word)]

    def _graded(self, word: str) -> bool:
        """A level said with a noun new to us as one word (初级职称, 中级会计师): that noun's grade, not a level of ours."""
        return any(
            self._is_level(word[:k]) and not self._is_level(word[k:]) and word[k:] not in self.ours
            for k in range(1, len(word) - 1)
        )

    def _after_ours(self, tagged: tuple[tuple[str, str], ...], i: int) -> bool:
        """Does a word of ours (or a level) stand right before word i, 的 aside?"""
        j = i - 1
        while j >= 0 and tagged[j][0] in _LINKS:
            j -= 1
        before = "".join(w for w, _ in tagged[max(0, j - 3) : j + 1])  # jieba may cut our word (实操: 实 + 操)
        return any(before[-k:] in self.ours or self._is_level(before[-k:]) for k in range(2, min(len(before), 6) + 1))

    def _recut_ours(self, tagged: tuple[tuple[str, str], ...], i: int) -> bool:
        """「在平台上排考场」 cut as 平台 / 上排 / 考场: a word whose first character belongs with the word before
        (台上), its rest being ours alone or with the next word (排考场), is a wrong cut, not a word new to us."""
        word = tagged[i][0]
        rest = word[1:]
        after = tagged[i + 1][0] if i + 1 < len(tagged) else ""
        return (
            len(word) == 2
            and (_cut_across(tagged, i) or _unit_of_count(tagged, i))
            and (rest in self.ours or rest + after in self.ours)
        )

    def _region(self, word: str) -> bool:
        """省, 市, 广东, 考点: a place, whose things are ours to tell (我们省的联系人)."""
        return word in ("省", "市", "县", "州") or self._is_place(word) or (
            word.endswith(PLACE_ENDINGS) and not word.endswith(INSTITUTIONS)
        )

    def _another_body(self, word: str, flag: str) -> bool:
        """An organisation jieba knows (tagged nt: 教育厅, 招生办, 信息中心) that is no school (who asks) and nothing of
        ours."""
        return flag == "nt" and len(word) >= 2 and not word.endswith(INSTITUTIONS) and word not in self.ours

    @staticmethod
    def is_place_word(word: str, flag: str) -> bool:
        """A place (广东, 地区, 考点, a school): never another body; 广东省教育厅 is a body in a place."""
        return flag.startswith("ns") or _a_place(word)

    def _grade_at(self, tagged: tuple[tuple[str, str], ...], i: int) -> bool:
        """Is word i a numbered grade, not a cut inside 哪一级别 (一级 + 别的) nor 哪一级 (which level)?"""
        word, flag = tagged[i]
        return (
            self._numbered_grade(word, flag)
            and not (i + 1 < len(tagged) and _cut_across(tagged, i + 1))
            # (哪一级: which level; 这三级, 那两级: a count of levels after a demonstrative, not a grade of a scale)
            and not (i > 0 and tagged[i - 1][0].endswith(("哪", "这", "那")))
            and not word.startswith(("几", "多少"))  # 考几级: which level is asked, of no scale
        )

    def _foreign(self, word: str, flag: str) -> bool:
        """A naming word nothing of ours uses, that is no place, level or number."""
        if any(word.endswith(t) and len(word) - len(t) <= 1 for t in TITLES):
            return False  # 老师, 王老师, 张主任: who is spoken of, never what is asked about (任课老师 is a kind)
        if word in self.ours or flag.startswith(("ns", "m", "t", "r")) or asking_word(word) or word in EXTENT:
            return False  # a word that only asks (一共, 几点) or says how much (整体) names no subject
        if len(word) >= 2 and word.endswith("儿") and word[:-1] not in ("", "女", "幼", "婴", "孤"):
            return self._foreign(word[:-1], flag)  # 事儿, 会儿: the spoken 儿 adds nothing (女儿, 幼儿: a child's 儿)
        if (
            TIME_WORD.fullmatch(word)
            or THEN.fullmatch(word)  # 「到时候离截止剩几天」: a time said before, pointed back at
            or word.lstrip(_AMOUNT) in TIME_UNITS
            or word in TIME_SEQUENCE | COPULAS | TIME_AMOUNTS
        ):
            # 下周一 is a day whatever jieba tags it (an idiom), 钟头 a unit, 半小时 an amount of one, 间隔 an amount
            return False
        if set(word) <= _GRAMMAR_TAIL:
            return False  # 好了吗, 完了没: how the verb before is asked about, not a thing
        if len(word) == 2 and word.startswith(_DEICTIC):
            return False  # 本站, 该校: this one, the asker's or ours
        if len(word) == 2 and word[0] in _AMOUNT and word[1] in _PLACE_COUNTED:
            return False  # 两地, 三省, 两校: how many of the places named, not another thing
        if CONSECUTIVE.fullmatch(word) or COINCIDE.fullmatch(word):
            return False  # 挨着, 连续, 冲突: days said to follow one another or to fall together, no thing of their own
        if word in self._our_beginnings:
            return False  # 上机 (of 上机操作): a word of ours said short
        if len(word) >= 3 and word[-1] in _DAY_OF and word[:-1] in self.ours:
            return False  # 截止日, 报名期, 考试日: the day or the period of a thing of ours
        if len(word) >= 3 and word[0] in _CLASSIFIERS and word[1:] in self.ours:
            return False  # (同一)段时间, (这)场考试: a thing of ours counted, jieba's cut taking the measure word in
        if len(word) >= 3 and word.startswith(_VERB_PREFIXES) and word[1:] in self.ours:
            return False  # 补报名, 重打印: our verb done again or late
        if len(word) == 2 and word.startswith(_VERB_PREFIXES) and word[1] in self._heads:
            return False  # 补报, 重打: the same, our verb said by its first character
        if len(word) == 2 and word[1] == _WAY_OF and word[0] in self._heads and word[0] not in _NUMERALS:
            return False  # 考法, 填法: the way our verb is done (法 makes a verb the way of doing it)
        # A verb in a grammatical frame weighs as its core verb; so does a separable verb or an A-not-A question
        # (考完试, 是不是) whatever jieba tags it (考完试 a person's name, 是不是 an idiom).
        core = verb_core(word)
        # (and so does a verb with a directional complement, 算下来, whatever jieba tags it: an idiom)
        directional = any(word.endswith(t) for t in _DIRECTIONAL)
        if core != word and (
            flag.startswith("v") or A_NOT_A.match(word) or len(core) == 2 or word[0] in _NEGATIONS or directional
        ):
            return core not in self.ours and informativeness(core) >= VERB_RARITY
        if not flag.startswith(_NAMING) and not (flag.startswith("v") and informativeness(word) >= VERB_RARITY):
            return False
        if any(ch.isdigit() for ch in word) or self._is_place(word) or (self._is_level(word) and not self._graded(word)):
            return False
        if flag == "nt" or word.endswith(INSTITUTIONS):  # who is asking (广州市技师学院), not what is asked
            return False
        if len(word) >= 2 and word.endswith(ROOMS) and flag.startswith("n"):  # 机房, 教室: where, not what is asked
            return False
        if "".join(lazy_pinyin(word)) in self._our_sounds:
            return False
        if word.isascii() and word.startswith("p") and set(word) <= set("python"):  # py, pyhton: ours, misspelt
            return False
        # A word made of words of ours is ours (考点 and 申报 are; 考点申报 is too) — all of it: 教务 is ours, but
        # 教务处 is an office, not a word of ours.
        parts = [w for w in words(word) if w != word and w in self.ours]
        covered = {i for p in parts for start in _starts(word, p) for i in range(start, start + len(p))}
        if parts and len(covered) == len(word):
            return False
        return informativeness(word) >= 7.0

    def for_other_people(self, text: str) -> str | None:
        """「校庆志愿者的培训」「辅导员培训会」: a word for people nothing of ours uses, right before a thing of ours (or
        before 的 and it) that our own text says is for people it names otherwise — a word of people, or a field
        whose worker (its …员: 考务 → 考务员) is one (考务培训): the thing is theirs, another one. The word, or None."""
        tagged = self.read(text)
        for i, (word, flag) in enumerate(tagged):
            if not (flag[:1] in ("n", "v") and len(word) >= 2 and word in self.ours) or i == 0:
                continue
            # (the people word right before it, or before 的, or one word further: 「新教师岗前培训」, 岗前 saying when)
            before = [w for w, _ in tagged[max(0, i - 3) : i] if w != "的"][-2:]
            for who in reversed(before):
                if (
                    len(who) >= 2
                    and who not in self.ours
                    and (names_people(who) or people_word(who))
                    and any(
                        head == word and m in self.ours and len(m) >= 2 and m != who and (names_people(m) or people_word(m + "员"))
                        for m, head in self.pairs
                    )
                ):
                    return who
        return None

    def says_which_people(self, text: str) -> bool:
        """Is every word new to us a noun right before people of ours (社会人员, 往届学生): which people, no new thing?"""
        tagged = self.read(text)
        foreign = set(self.foreign_share(text)[1])
        return bool(foreign) and all(
            any(
                w == word
                and flag.startswith("n")
                and i + 1 < len(tagged)
                and people_word(tagged[i + 1][0])
                and tagged[i + 1][0] in self.ours
                for i, (w, flag) in enumerate(tagged)
            )
            for word in foreign
        )

    def foreign_share(self, text: str, near_ours: Callable[[str], bool] | None = None) -> tuple[float, list[str]]:
        """How much of what the question names is nothing of ours: the share of its naming words' weight
        (general-Chinese rarity) carried by words no part of our data uses, and those words. `near_ours`: a word
        that means what a word of ours means (寝室 for 宿舍) is ours too."""
        total = 0.0
        foreign: list[str] = []
        mass = 0.0
        tagged = self.read(text)
        for i, (word, flag) in enumerate(tagged):
            if flag.startswith("n") and flag not in _PROPER and _after_modal(tagged, i):
                flag = "v"  # 「能为学生办理…」: a verb, whatever jieba's dictionary tags it
            grade = self._grade_at(tagged, i)  # a numeral to jieba, yet it names (四六级)
            if not grade and self._numbered_grade(word, flag):
                continue  # 这三级, 哪一级: a count of levels or a question, which names no thing of its own
            if not (grade or flag.startswith(_NAMING) or flag.startswith("v")) or (len(word) < 2 and not word.isascii()):
                continue
            if not grade and _a_count(word, flag):
                continue  # 「初级、中级两拨学生」: a number and its measure (two batches), whatever jieba tags it, names nothing
            if not grade and _a_count(word[:2], "m") and word[2:] in RELATIONAL:
                continue  # 「还有哪几件事有截止日期」: a count of matters (几件事), cut as one word, names nothing new
            if word in RELATIONAL:
                continue  # 「这周有啥要截止的事项」: 事项 relates to what is named; it names nothing new itself
            if word in DUTY_WORDS:
                continue  # 「交给本省对接老师」: what our contacts do (对接), no other subject
            if _the_authority(tagged, i):
                continue  # 「官方那个工作Q群」: the matter's own authority, ours
            if self._pivot_to_ours(tagged, i):
                continue  # 「那会儿再发动学生报名」: how the asker gets people to do a thing of ours, not another thing
            if flag.startswith("v") and all(c in _SAYS_OR_ASKS for c in word):
                continue  # 「想进工作群问问」: saying or asking (问问, 说说) is how the asker speaks, not what they ask of
            if all(c in _PARTICLES for c in word):
                continue  # 「准考证今天还打得了吧」: 得了吧, particles the dictionary lists as one idiom, names nothing
            if _asker_acts(tagged, i):
                continue  # 「明后两天我出差，平台上有啥到期的事儿不」「我要去外地开会」: what the asker does is why they ask
            if _located(tagged, i) and self._foreign(word, flag):
                continue  # 「保洁还能在楼道里干活吗」: where it is done is no new thing asked (nor, if ours, none)
            if self._possessor_of_ours(tagged, i):
                continue  # 「初级那批孩子的准考证」: whose our thing is; the thing asked is ours
            if (
                ((flag in _IDIOMS and len(word) == 4) or (flag == "i" and len(word) >= 3))
                and i + 1 < len(tagged)
                and tagged[i + 1][1][0] in "dvp"
            ):
                continue  # 「满打满算还剩几天」「实打实要考几个钟头」: an idiom said of how, before the verb
            if names_people(word) and any(f.startswith(_NAMING) for _, f in tagged[i + 1 :]):
                continue  # 「那批孩子的准考证」「家长问准考证哪天能打」: who is spoken of, with the thing after (not 「联系家长」)
            if (
                flag.startswith("n")
                and not word.endswith(_BODIES)
                and i + 1 < len(tagged)
                # (so is 说, 讲 or 问 after a noun, whatever the dictionary tags it: 财务 问; not 报, also 报名's verb)
                and (tagged[i + 1][1].startswith("v") or tagged[i + 1][0] in _SAYS_OR_ASKS)
                and tells(tagged[i + 1][0])
            ):
                # 「财务说考试费想拖到下礼拜四」: who said it; what they said is asked (a body that tells, 「教务处说下周开
                # 考务培训会」, announces its own affairs)
                continue
            if _ranked(word) and i + 1 < len(tagged) and tagged[i + 1][0] in self.ours:
                continue  # 「新疆的省级业务联系人」: a place's rank before a thing of ours says which one, nothing new
            weight = informativeness(word)
            total += weight
            if word in ASKING_ONLY:
                continue  # 「这样算数吗」: a word that only asks is no new thing, whatever the dictionary tags it
            if grade or (
                not (word in CATEGORY and self._after_ours(tagged, i))
                and not self._recut_ours(tagged, i)
                and not _cut_ahead(tagged, i)
                and self._foreign(word, flag)
                and not (near_ours and near_ours(word))
                # (「是不是全都考完了」: 全都, an adverb (词林 K), is nothing new, however the dictionary tags it)
                and not function_word(word)
                and not scope_word(word)  # (整个, 全部: how much, 词林 Eb02)
                # (关键节点: what sort of a thing of ours, 词林 Ed, said right before it)
                and not (
                    describes(word)
                    and i + 1 < len(tagged)
                    and len(tagged[i + 1][0]) >= 2
                    and tagged[i + 1][1][0] == "n"
                    and tagged[i + 1][0] in self.ours
                )
            ):
                foreign.append(word)
                mass += weight
        return (mass / total if total else 0.0), foreign

    def _possessor_of_ours(self, tagged: tuple[tuple[str, str], ...], i: int) -> bool:
        """A common noun new to us, then 的 and a noun of ours (孩子的准考证, 那批同学的成绩): it says whose our thing is.
        Not a name (雅思的报名: `names_whose`), not a kind of exam, meeting or contest (模拟考的准考证, 竞赛的证书), and
        not a body's own way to reach it (家长的电话 is the parents')."""
        word, flag = tagged[i]
        if not (flag.startswith("n") and flag not in _NAMES) or word.endswith(SUBJECT_KINDS) or word.endswith(_EXAM_ENDS):
            return False
        if not (i + 2 < len(tagged) and tagged[i + 1][0] == "的"):
            return False
        owned, owned_flag = tagged[i + 2]
        return (
            len(owned) >= 2
            and owned_flag.startswith(("n", "vn"))
            and owned in self.ours
            and owned not in CONTACT_NOUNS
            and owned not in UNIT_THINGS
        )

    def _people_after(self, tagged: tuple[tuple[str, str], ...], j: int) -> bool:
        """Does the run of nouns from word j end in a word for people (技术 联系人, 业务 负责人)?"""
        k = j
        while k + 1 < len(tagged) and tagged[k + 1][1][:1] == "n":
            k += 1
        return people_word(tagged[k][0])

    def _done_by_people(self, tagged: tuple[tuple[str, str], ...], j: int) -> bool:
        """Is word j the object of a verb in a clause that says which people of ours (学完 … 课程 的 学生, 参加过 … 比赛
        的 考生): a verb within three words before it, then 的 and a word for people that our data uses?"""
        if not (j + 2 < len(tagged) and tagged[j + 1][0] == "的"):
            return False
        who = tagged[j + 2][0]
        if not (people_word(who) and who in self.ours):
            return False
        return any(f[:1] == "v" for _, f in tagged[max(0, j - 3) : j])

    def names_whose(self, text: str) -> str | None:
        """A proper name new to us that stands right before a word of ours (雅思报名时间, 托福的报名): it says whose
        that is, so a question that means what one of our samples means is still about another's (the sample's
        meaning is the words after it). A common word there says how (起止时间, 集体报名, 邮寄纸质版)."""
        tagged = self.read(text)
        pinyin = _typed_in_pinyin(tagged)
        for i, (word, flag) in enumerate(tagged[:-1]):
            named = self._foreign_name(word, pinyin) or (flag in _NAMES and self._foreign(word, flag))
            if len(word) < 2 or not named:
                continue
            if flag == "nr" and i and len(tagged[i - 1][0]) >= 2 and tagged[i - 1][0] in self.ours:
                continue  # 保洁阿姨: a "person's name" after a word of ours is who does it (阿姨, 师傅), no one's name
            k = i  # the name runs on through words new to us (教资 面试 报名: 教资面试's registration)
            while k + 2 < len(tagged) and self._new_word(*tagged[k + 1]):
                k += 1
            if self._ours_after(tagged, k) or not self._names_ours_besides(tagged, i):
                return word
        return None

    def _new_word(self, word: str, flag: str) -> bool:
        """A noun or verb of two characters or more that nothing of ours uses."""
        return len(word) >= 2 and flag[0] in "nv" and word not in self.ours and not self._is_place(word)

    def _names_ours_besides(self, tagged: tuple[tuple[str, str], ...], i: int) -> bool:
        """Does the question name a thing of ours (a noun or verb of two characters or more) other than word i?
        If not, the name is its subject (教资什么时候考): what is asked is asked of that name."""
        return any(
            k != i and len(w) >= 2 and f[0] in "nv" and w in self.ours and w not in ASKING_ONLY
            for k, (w, f) in enumerate(tagged)
        )

    def _ours_after(self, tagged: tuple[tuple[str, str], ...], i: int) -> bool:
        """Does a noun or verb of ours (two characters or more) follow word i, 的 and 之 aside (雅思的报名)?"""
        j = i + 1
        while j < len(tagged) and tagged[j][0] in _LINKS:
            j += 1
        return j < len(tagged) and tagged[j][1][0] in "nv" and len(tagged[j][0]) >= 2 and tagged[j][0] in self.ours

    def _pivot_to_ours(self, tagged: tuple[tuple[str, str], ...], i: int) -> bool:
        """Is word i a verb that makes the people after it do a verb of ours (发动学生报名, 催老师填报, 组织考生打印)?
        Then it says how the thing of ours gets done, the thing asked being that verb's."""
        if not tagged[i][1].startswith("v") or i + 2 >= len(tagged):
            return False
        (who, _), (then, flag) = tagged[i + 1], tagged[i + 2]
        return (people_word(who) or names_people(who)) and flag.startswith("v") and then in self.ours

    def other_subject(self, text: str, names_ours: bool = False) -> str | None:
        """The word that makes the question about something else (计算机二级, 教研, 别的), or None.

        `names_ours`: the question names something specific of ours (an exam day, a level, a paper); then words
        new to us are only new words for our subject (19号下午是什么科目), and only naming another one counts.
        A name new to us right before a word of ours in a Chinese question says whose that is (`names_whose`: 雅思报名,
        PMP报名, Linux系统管理1+X初级): another's, whatever else it names; in an English question every word is Latin,
        and none says whose."""
        named = self.names_another(text) or (self.names_whose(text) if _CJK.search(text) else None)
        if named or names_ours:
            return named
        share, foreign = self.foreign_share(text)
        return foreign[0] if share >= FOREIGN_SHARE else None

    @staticmethod
    def tagged(text: str) -> tuple[tuple[str, str], ...]:
        """The question's dictionary words with their parts of speech (a school's name as one)."""
        return _tagged(text)

    def names_a_thing(self, text: str, people: bool = True) -> bool:
        """Does the clause name a thing of its own (a noun of two characters or more, not a room), or only ask (几点开考;
        the 时候 of 什么时候 is no thing)? `people`: whether a word for a person counts (「领导让我算算还有几天」 names
        who asks, no thing asked of)."""
        # (a room is where: 「…例会几点开？在哪个会议室」 asks where the thing before is — unless words before it and
        # 的 say which rooms, 「排好的考场还能再调不」, or an act ours do to rooms follows it, 「考场编排还能改吗」)
        tagged = self.read(text)

        def a_room_spoken_of(i: int) -> bool:
            after = tagged[i + 1] if i + 1 < len(tagged) else ("", "")
            return (i > 1 and tagged[i - 1][0] == "的") or (after[1][:1] == "v" and (tagged[i][0], after[0]) in self.pairs)

        return any(
            flag[0] == "n"
            and len(word) > 1
            and word not in ASKING_ONLY
            and not function_word(word)  # (有点, 全都: adverbs the dictionary tags as nouns)
            and (people or not a_person(word))
            and not _own_body(tagged, i)  # (「我们财务今天才批下来」: the asker's own office, who acts)
            and not verb_done(tagged, i)  # (「规定了必须哪天前装好没」)
            and (not word.endswith(ROOMS) or a_room_spoken_of(i))
            # (after 交到, 寄给, 到: where or to whom the thing goes, 「啥时候要交到省教育厅」 names no thing asked of)
            and not _goes_to(tagged, i)
            for i, (word, flag) in enumerate(tagged)
        )

    @staticmethod
    def of_the_asker(text: str) -> frozenset[str]:
        """The words that speak of the asker's side: the verbs whose subject is the asker or the asker's own office,
        and that office (「我们财务今天才批下来」: 财务, 批下来) — why they ask, not what."""
        tagged = _tagged(text)
        return frozenset(
            w for i, (w, f) in enumerate(tagged) if (f[:1] == "v" and _asker_acts(tagged, i)) or _own_body(tagged, i)
        )

    def tells_own_doing(self, text: str) -> bool:
        """Does the clause only tell what the asker does (「我礼拜四礼拜五去外地培训」: I, when, going where, to do what)?
        Then it says why they ask, whatever its words are."""
        tagged = self.read(text)
        if not any(w in FIRST_PERSON for w, _ in tagged):
            return False
        return all(
            w in FIRST_PERSON
            or f[:1] in ("t", "m", "d", "f", "u", "x", "p", "c", "y")
            or w in AUXILIARIES
            or _asker_acts(tagged, i)
            for i, (w, f) in enumerate(tagged)
        )

    def names_another_certificate(self, text: str) -> str | None:
        """「1+X云计算平台运维与开发证书的考试费」: a certificate of a programme (N+X) named by a name that ours does not
        bear is another certificate, however many of its words are ours (平台, 开发). A level or 等级 is no name."""
        if not self.certificate:
            return None
        for m in _PROGRAMME_CERTIFICATE.finditer(text):
            name = m["name"]
            for word in (*_LEVELISH, *(w for w, _ in self.read(name) if self._is_level(w))):
                name = name.replace(word, "")
            # (and two characters of it left when the words of ours in it are taken out: 1+X平台的证书 is ours)
            rest = name
            for word in sorted((w for w in self.ours if len(w) >= 2 and w in name), key=len, reverse=True):
                rest = rest.replace(word, "")
            if len(name) >= 2 and name not in self.certificate and len(re.sub(r"[与和及的、\s]", "", rest)) >= 2:
                return m["name"]
        return None

    def names_another(self, text: str) -> str | None:
        """A thing of ours named as another one's: a kind of thing (考试, 证书, 会, 群 …) or any noun of ours
        (备案表, 报名表, 群号) modified by a name nothing of ours uses or by "another" — 计算机二级考试, 教研会,
        别的群, 智能财税1+X的备案表, 国赛集训队的报名表, WPS办公应用证书的考务QQ群号."""
        if (certificate := self.names_another_certificate(text)) is not None:
            return certificate
        tagged = self.read(text)
        pinyin = _typed_in_pinyin(tagged)
        for j, (word, flag) in enumerate(tagged):
            if (short := self._short_name(tagged, j)) is not None:
                return short
            if self._grade_at(tagged, j):
                return word  # 四六级报名, 计算机二级: a grade of another scale names another exam
            if _ranked(word) and j + 1 < len(tagged) and tagged[j + 1][1][:1] == "n" and tagged[j + 1][0] not in self.ours:
                return word  # 省级双高校: a place's rank before a thing not ours names another body's programme
            # A kind ends the word (期末考, 教研会) only in a noun: 验证 and 保证 are verbs, not kinds of 证.
            kind = next(
                (
                    k
                    for k in SUBJECT_KINDS
                    if word == k or (word.endswith(k) and len(word) > len(k) and flag.startswith(("n", "vn", "j")))
                ),
                None,
            )
            # after 的 or 之 a rare word is named as a thing whatever jieba tags it (专升本的 考试费); a common verb
            # there names what is asked of the words before (视频监控的 要求)
            named_after_de = j > 0 and tagged[j - 1][0] in ("的", "之") and informativeness(word) >= VERB_RARITY
            # (a verb of ours used as a noun after 的 is a thing too: 教育厅组织的培训)
            nominal = flag == "vn" and word in self.ours and j > 0 and tagged[j - 1][0] in ("的", "之")
            thing = flag.startswith("n") or named_after_de or nominal
            ours_noun = thing and len(word) >= 2 and word in self.ours and word not in ASKING_ONLY
            # 考研, 考公: a naming word nothing of ours uses that begins with a kind (考) is another of that kind
            if (
                kind is None
                and flag.startswith(_NAMING)
                and len(word) <= 3  # 考研, 考公; 证书编号 is a certificate's number
                and any(word.startswith(k) and len(word) > len(k) for k in SUBJECT_KINDS)
                and self._foreign(word, flag)
                and not names_a_time(word)  # (考期: the exam's period, a when)
            ):
                return word
            if (meeting := self._meeting_at(tagged, j)) is not None:
                return meeting  # 教学工作会几点开始, 明天的会在哪开
            if self._exam_named_before(tagged, j):
                return word  # 高考报名, 中考的准考证
            if kind is None and (not ours_noun or (people_word(word) and word not in CONTACT_NOUNS)):
                continue  # 毕业的学生, 社会人员: which people, not whose (招生办的联系人 is a body's contact)
            if kind is not None and self._done_by_people(tagged, j):
                continue  # 「没学完Python课程的学生也能报吗」: what the people did says which people of ours, no subject
            # 比赛, 会议, 技能大赛: a kind of thing nothing of ours is, named as a thing, is another subject whatever
            # names it (a one-character kind is too often a verb: 会, 考)
            unknown_kind = kind is not None and len(kind) >= 2 and {kind, word}.isdisjoint(self.ours)
            if unknown_kind and flag.startswith(("n", "vn", "j")):
                return word
            if kind is not None and word != kind:  # 教研会, 期末考: the modifier is inside the word
                head = word[: -len(kind)]
                # 社会, 机会: a common word that happens to end in 会 is no meeting (a one-character head names
                # another thing only in a word rarer than that: 晚会, 班会)
                common = len(head) == 1 and informativeness(word) < EVERYDAY
                # (nor does a one-character head that only says how much or how: 全考完 is 全 + 考完)
                how = len(head) == 1 and _tagged(head)[0][1][0] in "adp"
                if word not in self.ours and not common and not how and self._foreign(head, "n"):
                    return head

            if kind is not None and j + 2 < len(tagged) and tagged[j + 1][0] in _LOCALISERS and tells(tagged[j + 2][0]):
                continue  # 「家长群里问中级那场离今天还有几天」: where someone asked, not what is asked of
            i, seen, after, linked = j - 1, 0, word, False
            while i >= 0 and seen < MODIFIERS:
                mod, mflag = tagged[i]
                if mod in _LINKS or _POINTS_BACK.fullmatch(mod):  # 的, 之, 那个, 那次: the modifier stands before them
                    i, after, linked = i - 1, mod, True
                    continue
                if not mod.strip():  # the space left of a bracket (大数据应用开发（Python）证书) is no modifier
                    i -= 1
                    continue
                if (
                    word in UNIT_THINGS
                    and mflag[0] == "n"
                    and not mflag.startswith("ns")
                    # (a place of ours is ours, 咱们考点的群号; an office named as a room is not, 咱们教研室的群号)
                    and not (self._region(mod) and (mod in self.ours or self._is_place(mod) or len(mod) == 1))
                    and i > 0
                    and tagged[i - 1][0] in OWN
                ):
                    return mod  # 我们班的群号, 我校教务处的电话: the asker's own unit's
                if _the_authority(tagged, i):
                    break  # 「官方那个工作Q群」: the matter's own authority's, ours
                if (mod in ANOTHER or any(mod.startswith(a) for a in ANOTHER)) and not _cut_across(tagged, i):
                    if _a_place(after):
                        break  # 去隔壁学院考, 到别的考点考: another place to sit our exam, not another exam
                    if not linked and self._people_after(tagged, j):
                        break  # 「别的技术联系人还有谁」: more of our people asked for (别的 … 联系人), not another's thing
                    return mod
                if mflag[0] == "v" and (mod, after) in self.pairs:
                    break  # 途径打印准考证: 打印 acts on 准考证, as our own text says; 途径 names nothing of it
                # A noun before a thing of ours names whose or which it is (计算机二级考试, 智能财税1+X的备案表); a
                # verb right before it only says what sort of it (起止时间, 打印时间) — unless 的 links them.
                # (before a kind of one character that is a verb itself, 考, a verb is one of two acts in a row: 开门考)
                a_verb = mflag[0] == "v" and mflag != "vn"
                verb_kind = kind is not None and len(kind) == 1 and _tagged(kind)[0][1][:1] == "v"
                whose = (kind is not None and not (a_verb and verb_kind)) or linked or not a_verb
                if (
                    function_word(mod)
                    or scope_word(mod)
                    or describes(mod)  # (关键节点, 主要材料: what sort of it, 词林 Ed)
                    or _adverb_verb(mod)
                    or (time_word(mod) and mflag[0] not in "nv")
                ):
                    # 全都考完了, 整个考核, 先签协议: an adverb (词林 K) says how, a scope word (Eb02) how much, an adverb
                    # with a verb (先签, a noun to the dictionary) how an act is done, and a word of time (Eb22–25, not a
                    # noun: 一天到晚广播考试不合格) when or how long: none says whose
                    break
                if _ranked(mod) and after in self.ours:
                    break  # 省级业务联系人: a place's rank says which of ours, not whose
                if mod in RELATIONAL:  # 技术方面的问题: the name, if any, stands before 方面
                    whose = False
                if mod in CATEGORY and self._after_ours(tagged, i):
                    break  # 实操科目的考试: 科目 names 实操, ours
                if whose and _after_modal(tagged, i):
                    break  # 「能为学生办理考核报名」: after 能 comes the verb, whatever jieba tags 办理
                if after in ("的", "之") and people_word(mod) and not self._foreign_name(mod, pinyin):
                    break  # 困难生的考试费: people own things of every kind (which people, not whose)
                if len(mod) >= 2 and mod.endswith(ROOMS) and not self._foreign_name(mod, pinyin):
                    if word in UNIT_THINGS and mod not in self.ours:
                        return mod  # 教研室的QQ群: what a unit has of its own (a group, a number) is that unit's
                    break  # 机房的电脑, 教室的考试环境: where the thing of ours is, not whose
                if not linked and i > 0 and tagged[i - 1][0] in _PIVOTS and not self._foreign_name(mod, pinyin):
                    break  # 叫同学代领: 同学 is who does it, not whose 代领 is
                if _unit_of_count(tagged, i) and self._recut_ours(tagged, i):
                    break  # 多少 / 天开 / 考: a wrong cut (多少天 开考), no name before the kind
                if i > 0 and tagged[i - 1][0] == "在" and not linked and not self._foreign_name(mod, pinyin):
                    break  # 「内蒙古在表里有没有联系人」: after 在 stands where (表里), not whose
                if len(mod) >= 2 and ((whose and self._foreign(mod, mflag)) or self._foreign_name(mod, pinyin)):
                    if not self._foreign_name(mod, pinyin) and self._owned_by_ours(tagged, i):
                        break  # 本通知的发文单位: the issuing unit of our notice, whatever 发文 is to us
                    return mod  # (a lone character is a cut in a misspelt word, 编牌 → 编/牌, not a name)
                if whose and word in CONTACT_NOUNS and self._another_body(mod, mflag):
                    return mod  # 招生办的邮箱, 广东省教育厅职成处的联系人: a body's own mailbox or contact
                # A name runs on through nouns, numbers and two-character verbs (办公应用证书, 大数据应用开发项目),
                # and through a locative noun (Web前端的群, 校内的邮箱) and an idiom jieba tags as one (前端开发).
                if not mflag.startswith(_NAMING) and mflag not in ("m", "q") and not (mflag[0] in "vf" and len(mod) > 1):
                    break
                i, after = i - 1, mod
                # a symbol or a lone Latin letter or digit (the 1, + and X of 1+X) is no word between a name and its thing
                seen += mflag != "x" and not (len(mod) == 1 and mod.isascii())
        return None

    def _owned_by_ours(self, tagged: tuple[tuple[str, str], ...], i: int) -> bool:
        """Does a possessor of ours stand before word i, linked by 的 or 之 (本通知的 发文 单位, 考试的 监考 老师)? Then
        what follows is that thing of ours, described, not another one's."""
        k = i - 1
        while k >= 1 and i - k <= MODIFIERS and tagged[k][0] not in ("的", "之"):
            k -= 1
        if k < 1 or tagged[k][0] not in ("的", "之"):
            return False
        owner = tagged[k - 1][0]
        # a unit (学校, 学院, 考点) or a person (学生, 考务人员) owns things of every kind (我们学校的期末考试, 学生的
        # 毕业设计): only a thing of ours (本通知) owns ours
        return (
            len(owner) >= 2
            and owner in self.ours
            and not self._region(owner)
            and not owner.endswith(INSTITUTIONS)
            and not owner.endswith(_AGENTIVE)
        )

    def _meeting_at(self, tagged: tuple[tuple[str, str], ...], j: int) -> str | None:
        """会 cut alone is a meeting, not the modal "will", when a noun names it before (工作 会, 教研 会) and no verb
        follows it, only a number, 的, its own 开, or the end (会推迟, 会不会, 会怎么样 are the modal)."""
        word = tagged[j][0]
        if word != "会" or j == 0:
            return None
        before, flag = tagged[j - 1]
        # (or a verb, when the clause holds the meeting before it: 「学院开1+X试点推进会」, 开 … 会)
        held = any(w in _HOLDS for w, _ in tagged[max(0, j - 6) : j - 1])
        named = flag.startswith(("n", "vn")) or (held and flag.startswith("v"))
        if len(before) < 2 or not named or self._region(before) or before in SUBJECT_KINDS:
            return None  # 考试会几点开始: our exam, and 会 the modal
        after = tagged[j + 1] if j + 1 < len(tagged) else ("", "x")
        if not (after[1][0] in "xmu" or after[0] in ("开", "召开", "开始")):
            return None  # (会怎么样, 会在, 会推迟: the modal; 会几点开, 会的地点, a meeting's)
        return before + word

    def _exam_named_before(self, tagged: tuple[tuple[str, str], ...], j: int) -> bool:
        """高考, 中考, 自考: a two-character word new to us that ends as the name of a kind of exam does (考, 试), said
        right before a word of ours it modifies (高考报名, 中考的准考证), names whose that is; jieba tags most such
        names verbs, so the part of speech cannot tell them. Its first character must be no verb or noun alone
        (面试 is missed with 参考: 面 and 参 are both tagged nouns)."""
        word, flag = tagged[j]
        if len(word) != 2 or not word.endswith(_EXAM_ENDS) or word in self.ours or self._is_place(word):
            return False
        if not flag.startswith(("v", "n", "j")) or _tagged(word[0])[0][1][0] not in "afpb":
            return False  # 参考人数, 备考, 报考: a verb's (参, 备, 报) act on an exam; 高, 中, 自 say which exam
        return self._ours_after(tagged, j)

    def _short_name(self, tagged: tuple[tuple[str, str], ...], j: int) -> str | None:
        """软考, 省考, 学考: a one-character kind (考, 证, 会) right after one naming character that is no word of
        ours, the two no word in the dictionary, is the short name of another exam (jieba, knowing no such word,
        cuts it in two)."""
        word = tagged[j][0]
        if j == 0 or len(word) != 1 or word not in SUBJECT_KINDS:
            return None
        mod, mflag = tagged[j - 1]
        if len(mod) != 1 or mflag[:1] not in ("n", "a", "j", "b") or mod in self.ours or self._is_place(mod):
            return None
        if j >= 2 and (tagged[j - 2][1].startswith("m") or tagged[j - 2][0] in _POINTING):
            return None  # 那门考, 一门考: after a demonstrative or a numeral the character is a measure word
        if j >= 2 and (is_word(begun := tagged[j - 2][0][-1] + mod) or TIME_WORD.fullmatch(begun)):
            return None  # 今早考: the character ends a word begun before it (今早), and names nothing itself
        after, aflag = tagged[j + 1] if j + 1 < len(tagged) else ("", "x")
        if len(after) == 1 and aflag[0] in "va" and after not in SUBJECT_KINDS and after not in _NO_COMPLEMENT:
            return None  # 娃考急了, 考砸: a one-character complement after the kind makes it the verb of the clause
        return None if is_word(mod + word) else mod + word

    def _foreign_name(self, word: str, pinyin: bool = False) -> bool:
        """A Latin name nothing of ours uses (WPS, Java, Linux); Latin words are rare in Chinese text, so jieba's
        frequencies cannot weigh them, but a Latin word before a noun of ours names whose that thing is. Not in a
        question typed in pinyin (`pinyin`, `_typed_in_pinyin`): there every Latin word is Chinese (qingwen 协议)."""
        return (
            word.isascii()
            and not pinyin
            and word.isalpha()
            and len(word) >= 2
            and word not in self.ours
            and "".join(lazy_pinyin(word)) not in self._our_sounds
            and not (word.startswith("p") and set(word) <= set("python"))
            and not self._is_place(word)  # guangxi联系人: a province typed in pinyin
        )
