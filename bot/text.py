"""Normalisation of what people type in a QQ group, before any matching.

Traditional → simplified, full width → half width, lower case, no punctuation, emoji, zero-width or
control characters, and none of the polite filler that carries no meaning for retrieval.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from opencc import OpenCC

from .lexicon import TOKENIZER

__all__ = ["EMAIL", "clean", "normalize", "strip_filler", "to_simplified"]

# Building the converter reads its dictionaries: once per process.
_T2S = OpenCC("t2s")

# Longest first, so that 请问一下 goes before 请问. Only words that never carry the question's meaning.
_FILLER = sorted(
    [
        "请问一下",
        "请问",
        "问一下",
        "想问下",
        "想问",
        "咨询一下",
        "咨询下",
        "麻烦问下",
        "麻烦",
        "打扰了",
        "打扰一下",
        "老师好",
        "老师您好",
        "您好",
        "你好",
        "大家好",
        "各位老师",
        "老师们",
        "老师",
        "谢谢",
        "多谢",
        "感谢",
        "辛苦了",
        "一下",
        "下哈",
        "哈哈",
        "呢",
        "吗",
        "嘛",
        "呀",
        "啊",
        "哈",
        "吧",
        "哦",
        "噢",
        "呐",
        "please",
        "thanks",
        "thank you",
        "hi",
        "hello",
    ],
    key=len,
    reverse=True,
)
# A one-character particle (哈, 呀, 吧 …) is filler only where a clause ends: 哈尔滨 keeps its 哈.
# A question particle typed in pinyin where a clause ends (「是强制的ma」「截止了ne」): 吗, 呢, 吧, 啦, 呀, 啊.
_PINYIN_PARTICLE = re.compile(r"(?<=[\u4e00-\u9fff])(?:ma|me|ne|ba|la|ya|a)(?=\s|$)")
# Interjections that end a clause and almost never end a word: one is filler there even when the dictionary cuts it
# into the word before (打哈 in 「哪天能开始打哈」, a rare word; 吧 is not among them: 网吧, 酒吧).
_INTERJECTIONS = frozenset("哈呀啊哦噢呐")
_FILLER_RE = re.compile("|".join(re.escape(w) if len(w) > 1 else rf"{re.escape(w)}+(?=\s|$)" for w in _FILLER))
_NOT_WORD = re.compile(r"[^\w+@.:\-]+")  # keep 1+X, e-mail addresses, times and dates
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


# An e-mail address as written in our data and in a message (lower-cased or not): the one pattern the answerer and
# the router both find addresses by.
EMAIL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


def to_simplified(text: str) -> str:
    return _T2S.convert(text)


# QQ writes its stickers into copied text as [微笑], /呲牙: they say nothing about the question.
_QQ_FACE = re.compile(r"\[[\u4e00-\u9fff]{1,4}\]|/[\u4e00-\u9fff]{2}(?=\s|$)")


def clean(text: str, *, join: bool = True) -> str:
    """Width-folded, simplified, lower-case text with symbols and invisible characters turned to spaces."""
    text = _QQ_FACE.sub(" ", unicodedata.normalize("NFKC", text))
    text = "".join(
        ch if ch in "+@" or unicodedata.category(ch)[0] not in "CS" else " " for ch in text
    )  # C*: control, format (zero-width), private use; S*: emoji and other symbols
    text = to_simplified(text).lower()
    text = _NOT_WORD.sub(" ", text)
    if join:
        text = _CJK_GAP.sub("", text)
    return " ".join(text.split())


# The single-character surnames of the 百家姓, less those that are mostly function words (和, 于, 那, 向 …): 老师
# after one of them, standing alone as a word, is a title (「找林老师」「贾老师负责哪」), not the vocative filler.
_SURNAMES = frozenset(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏窦章云苏潘葛奚范彭郎鲁韦昌马苗"
    "凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐傅皮卞齐康伍余元卜顾孟平黄穆萧尹姚邵湛汪祁毛禹狄"
    "米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍"
    "虞万柯昝管卢莫房裘缪解应宗丁宣贲邓郁杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊惠甄曲封芮羿储靳汲邴糜松井段"
    "富巫乌焦巴弓牧隗谷车侯宓蓬郗班仰秋仲伊宫宁仇栾暴甘厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰鄂索咸"
    "籍赖卓蔺屠蒙池乔阴胥苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍璩桑桂濮牛寿边扈燕冀郏浦尚农温庄晏柴瞿阎慕连茹习"
    "宦艾鱼容古易慎戈廖庾暨居衡步耿满弘匡寇禄阙欧殳沃蔚越夔隆巩厍聂晁勾敖融冷訾辛阚简饶曾毋沙乜养鞠须丰巢关蒯"
    "查荆游竺权逯盖益桓"
)
_TITLE_FILLER = frozenset({"老师", "老师好", "老师您好"})
# Question words that ask which or how many of a noun (哪个老师, 什么老师, 哪些因素): the noun is the one asked for.
WHICH = ("哪些", "哪一个", "哪个", "什么", "啥", "多少")
# How Chinese addresses a person by role (王老师, 张主任): a person spoken of (bot.topics, bot.routing).
TITLES = ("老师", "主任", "经理", "先生", "女士")
# The asker's own side, said before a unit or a colleague of theirs (我们班, 我校教务处, 我们学校王老师).
OWN = ("我们", "咱们", "我", "咱", "我校", "本校", "我院", "本院")


def _a_name_ends(cuts: dict[int, str], at: int) -> bool:
    """Does a person's name end at `at`: a surname alone (林老师), or with a given name of one or two characters
    that the dictionary cuts one by one, as it does a name it does not know (梁 媚 老师, 张 全 伟 老师)?"""
    chars = ""
    while len(chars) < 3 and len(word := cuts.get(at, "")) == 1 and at > 0:
        chars, at = word + chars, at - 1
        if chars[0] in _SURNAMES:
            return True
    return False


def strip_filler(text: str) -> str:
    """Filler only where it stands as whole words: 周一下午 is 周一 + 下午, so its 一下 is no filler (问一下 is).

    老师 after a surname standing alone is someone's title (林老师), kept; 老师好 after it keeps its 老师.
    """
    cuts: dict[int, str] | None = None

    def drop(m: re.Match[str]) -> str:
        nonlocal cuts
        if cuts is None:
            cuts, at = {0: ""}, 0
            for word in TOKENIZER.cut(text, HMM=False):
                at += len(word)
                cuts[at] = word
        if not (m.start() in cuts and m.end() in cuts):
            return " " if set(m.group(0)) <= _INTERJECTIONS else m.group(0)
        before = cuts[m.start()]
        if m.group(0) in _TITLE_FILLER and _a_name_ends(cuts, m.start()):
            return "老师 "
        if m.group(0) == "老师" and (before in WHICH or before == "的"):
            return "老师 "  # 「跟哪个老师签」: the person asked for (哪位 asks who by itself); 「陕西那边的老师」 one spoken of
        return " "

    return " ".join(_FILLER_RE.sub(drop, _PINYIN_PARTICLE.sub(" ", text)).split())


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """The form every matcher sees: `clean` then `strip_filler`, then Chinese runs joined across the gaps.

    Filler goes before the gaps close, so that a particle at the end of a clause (「啊，报名时间」) is still
    seen as one.
    """
    return _CJK_GAP.sub("", strip_filler(clean(text, join=False)))

# What the people a notice lists do, in a member's words (分管, 负责, 对接 of a liaison): said of our contacts, these
# name no other subject, whatever the data says.
DUTY_WORDS = ("分管", "主管", "负责", "管", "对接")
