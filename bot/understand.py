"""What a question names and asks: levels, papers, days, half-days, a date the member states, the clauses.

Only what is true of the language lives here (question words, time expressions, Chinese numbers, how a message
splits into clauses). What this season's exams are called comes from the data: the levels from notice.yaml,
their other spellings from faq.yaml's `synonyms`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property

from pypinyin import lazy_pinyin

from .lexicon import TOKENIZER, is_word
from .text import normalize

__all__ = [
    "ASKING_ONLY",
    "A_NOT_A",
    "A_NOT_A_ASKED",
    "CONFIRM_TAGS",
    "DAYS_CLAIMED",
    "EXACTLY",
    "HOW_WORDS",
    "INTERROGATIVE",
    "LEFT_SAID",
    "RELATIVE_DAY_IN_TEXT",
    "STILL_TO_DO",
    "TAGS_ENDING",
    "TODAY_WORDS",
    "Understanding",
    "Vocabulary",
    "asking_word",
    "clauses",
    "cn_value",
    "day_said_with_weekday",
    "elliptical",
    "month_of",
    "raw_clauses",
    "respective",
    "stated_time",
    "stated_today",
    "understand",
]

# Chinese numbers up to 31, as dates and clock times use them (十二月十八号, 九点).
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# A lone digit before 日 is a count (同一日, 三日内), not a day of the month, unless a month stands before it (十二月一日).
_CN_NUMBER = re.compile(
    r"([一二两三]?十[一二三四五六七八九]?|[一二两三四五六七八九])(?=[月号点])"
    r"|([一二两三]?十[一二三四五六七八九]?|(?<=月)[一二两三四五六七八九])(?=日)"
    # 十一月二十八 (no 号): a number right after a month named by its number is its day (not 十二月一次, 三月两个)
    r"|(?<=[一二十\d]月)([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?![\d一二三四五六七八九十个次天年倍周份号日])"
)


def cn_value(s: str) -> int:
    """一 … 九, 十, 十二, 二十一: the value of a Chinese number up to 39."""
    if "十" not in s:
        return _CN_DIGIT[s]
    tens, _, ones = s.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


def arabic_numbers(text: str) -> str:
    """十二月十八号 → 12月18号; 九点 → 9点 (only before 月/日/号/点, so 一下 and 十分 stay words); 元月 (January's
    other name) → 1月."""
    text = _FIRST_MONTH.sub("1月", text)
    text = _HOLIDAY.sub(lambda m: _HOLIDAYS[m.group()], text)

    def value(m: re.Match[str]) -> str:
        # (a digit that ends a word with the character before it is that word's: 统一月底交 is 统一 + 月底, 第一点)
        if len(m.group()) == 1 and m.start() and is_word(text[m.start() - 1] + m.group()):
            return m.group()
        return str(cn_value(m.group(1) or m.group(2) or m.group(3)))

    return _CN_NUMBER.sub(value, text)


_FIRST_MONTH = re.compile(r"(?<![纪公])元月")
# Holidays on a fixed day of the solar calendar, said by name: the day they fall on (元旦 → 1月1日).
_HOLIDAYS = {
    "元旦节": "1月1日",
    "元旦": "1月1日",
    "劳动节": "5月1日",
    "儿童节": "6月1日",
    "教师节": "9月10日",
    "国庆节": "10月1日",
    "平安夜": "12月24日",
    "圣诞节": "12月25日",
}
# (only as a day said before or after, 「元旦后再交」; 「元旦那批考试」 names a sitting of that season: bot.answer)
_HOLIDAY = re.compile(
    "(?:" + "|".join(sorted(_HOLIDAYS, key=len, reverse=True)) + ")(?=前(?!后)|后|之前|之后|以前|以后|那天|当天|那一天)"
)


# A date: 12月20日, 20号, 12月20, and the dotted 12.20 / 12/20 (a two-digit part, so 1.5 小时 is no date).
DATE_IN_TEXT = re.compile(
    r"(?:(\d{1,2})月)?(\d{1,2})[日号]|(\d{1,2})月(\d{1,2})"
    r"|(?<![\d:.])(1[0-2]|0?[1-9](?=[./]\d\d))[./](3[01]|[12]\d|0?[1-9])(?![\d:.])"
)
# Days listed before the one that carries 号/日 share it, and the month before the first (「12月18、19、20号」,
# 「18和19号」): normalising leaves the list's 、 a space.
_LISTED_DAYS = re.compile(r"(?:(\d{1,2})月)?(\d{1,2}(?:\s*(?:和|及|与|跟|\s)\s*\d{1,2})+)[日号]")
# Days named relative to today (今天要考吗, 高级是不是明天考), and years (明年上半年的考核, 2022年第一批).
_RELATIVE_DAY = {"大后天": 3, "后天": 2, "明天": 1, "明日": 1, "今天": 0, "今日": 0, "昨天": -1, "前天": -2, "大前天": -3}
# spoken forms (明儿, 今儿个): the same days
_RELATIVE_DAY |= {"明儿个": 1, "明儿": 1, "今儿个": 0, "今儿": 0, "昨儿个": -1, "昨儿": -1}
# and the day with its morning or evening in one word (明早 is 明天早上, 今晚 今天晚上)
_RELATIVE_DAY |= {"明早": 1, "明晨": 1, "明晚": 1, "今早": 0, "今晨": 0, "今晚": 0, "昨晚": -1}
# Today, in each of the forms above (今天, 今日, 今儿个, 今儿).
TODAY_WORDS = "|".join(sorted((w for w, offset in _RELATIVE_DAY.items() if not offset), key=len, reverse=True))
# Two days said as one (明后天, 今明两天): each of them is named.
_RELATIVE_DAYS = {w: (offset,) for w, offset in _RELATIVE_DAY.items()}
_RELATIVE_DAYS |= {"明后天": (1, 2), "明后两天": (1, 2), "今明两天": (0, 1), "今明天": (0, 1)}
# A weekday said (星期一, 周日, 礼拜天), which day in `weekday`.
_WEEKDAY_SAID = r"(?:星期|周|礼拜)(?P<weekday>[一二三四五六日天])"
# The member says what day it is: 「今天都11月23号了」「今天是12月16日」「现在已经12.17了」「已经12月21号了」.
# 「截至12月10日」「截止到今天12月10日」: "as of" a day says the same in writing.
# 「若今日为12月17日」: 为 is the written 是. 截至 takes the day itself: 「截至是12月19号吧」 states a deadline.
_TODAY_IS = re.compile(
    rf"(?:(?:{TODAY_WORDS}|现在|目前)(?:是|为|都|已经|已|都已经|{TODAY_WORDS})*|(?:截至|截止到|截止至)(?:{TODAY_WORDS})?"
    # 「已经12月21号了，…」「都19号了」「都12.22了」: a clause that only says the day it already is
    # (the asker may say where first: 「我们这边已经12月8日了」)
    r"|(?:^|(?<=[，,。！!？?\s]))(?:(?:我们|咱们|我|咱)?(?:这边|这里|这儿))?(?:都|已经|都已经)(?=(?:\d{1,2}(?:月|[./]))?\d{1,2}[日号]?了)"
    # (「11月5号了，咱学校想当考核站点…」: a clause that is only a day and the 了 of a new state says so too)
    r"|(?:^|(?<=[，,。！!？?\s]))(?=\d{1,2}月\d{1,2}[日号]了(?:[，,。！!？?\s]|$))"
    # (and one that only says what it is where the asker is, on what they look at: 「我这儿日历上是11月22号，…」; not
    # 「通知上是12月18号」, a day of the notice's)
    r"|(?:^|(?<=[，,。！!？?\s]))(?:我们|咱们|我|咱)?(?:这边|这里|这儿)(?:[\u4e00-\u9fff]{1,3}上)?(?:是|显示)?"
    r"(?=\d{1,2}月\d{1,2}[日号]?(?:[，,。！!？?\s]|$)))"
    # the weekday a member may say first (「今儿周五（17号）」), and a month written with a dot (「今天11.29号」,
    # 「今儿12.19，」: a day said right after today's word is a date, not a decimal); the day may be in brackets
    # (「我们今天（12月18号）初级在考」: normalising leaves them a space)
    rf"\s*(?:{_WEEKDAY_SAID}\s*)?"
    r"(?:(?:20\d\d)年)?(?:(?P<month>\d{1,2})(?:月|[./](?=\d{1,2}(?![\d.个小倍])))(?P<day>\d{1,2})[日号]?|(?P<lone>\d{1,2})[日号])(?:了)?"
)
RELATIVE_DAY_IN_TEXT = re.compile("|".join(sorted(_RELATIVE_DAYS, key=len, reverse=True)))
# A day counted in days or weeks from today: 「四个礼拜后的今天」, 「再过3天」, 「今天起两周后」, or such a count opening the
# clause (「三天以后考哪个级别」). (After another event, 「截止3天后」, the count is from that event, not from today.)
_COUNT = r"(?P<n>\d{1,2}|[一二两三四五六七八九]|[一二三]?十[一二三四五六七八九]?)个?(?P<unit>天|周|星期|礼拜)"
_DAYS_FROM_NOW = (
    re.compile(rf"{_COUNT}(?:之后|以后|后)的(?:今天|今儿|这天|这一天)"),
    re.compile(rf"(?:^|(?:{TODAY_WORDS}|现在)(?:起|开始)?(?:算)?)(?:再过)?{_COUNT}(?:之后|以后|后)"),
    re.compile(rf"再过{_COUNT}"),
)
# A day followed by 距离 or 离 is where a span is counted from (今天距离考试还有几天), not a day asked about.
# So is a day followed by 到 when days are counted after it (今天到中级考试那天还差多少天; 明天到考场 is going there).
_FROM = re.compile(r"距离|距|离|到(?=[^，,。？?]*(?:还[有差剩]|多少天|几天))")
# ... and so is a day after 离 or 距 that ends that phrase (中级离今天还差多少天): the other end of the span asked
# (in 离今天最后一场交卷还有几个钟头, 今天 is the day of what is counted to).
_FROM_BEFORE = re.compile(r"(?:距离|距|离|到)$")  # (and the day a count runs to: 「考完到今天几天了」)
_SPAN_ASKED_AFTER = re.compile(r"还|有|差|剩|多少|几|天?数")  # (距今天数: the count of days)
# ... and so is a day counted from (从今天算起, 从今天数, 自今日起算): 算, 数 and 起 after 从 say where a count starts
_FROM_START = re.compile(r"(?:从|自)$")
_COUNTED = re.compile(r"(?:开始)?(?:算|数|起)")
# A clause that only says where a count starts (从今天算, 自即日起, 从现在开始数)
COUNT_ORIGIN = re.compile(
    rf"(?:从|自)(?:{RELATIVE_DAY_IN_TEXT.pattern}|现在|目前|即日|此刻|\d{{1,2}}月\d{{1,2}}[日号]?|\d{{1,2}}[日号])"
    r"(?:开始)?(?:算|数|计)?起?"
)
_ORIGIN_DATE = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})[日号]?(距离|距|离)")
_RELATIVE_YEAR = {"前年": -2, "去年": -1, "今年": 0, "本年": 0, "明年": 1, "来年": 1, "下一年": 1, "后年": 2}
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(20\d\d)年|" + "|".join(_RELATIVE_YEAR))  # 2021级 is a cohort, not a year
WEEKDAY_INDEX = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKDAY_CHARS = "".join(WEEKDAY_INDEX)
# (a numeral with its classifier after it is a count, not a day: 「这周三个级别都考了吗」 is 这周 + 三个)
_WEEKDAY = re.compile(rf"(?:星期|周|礼拜)([{_WEEKDAY_CHARS}])(?![个位门场名批])|(周末|双休|weekend)|(工作日)")
# 「是在同一个周末吗」: one weekend, the same for what is compared (同一个, 一个 right before it)
_ONE_OF = re.compile(r"(?:同一|同|一)个?$")
# 「哪个不在周末考」: the weekend denied is the working days (不在, 不是, 非 right before it)
_NOT_ON = re.compile(r"(?:不在|不是|不|非)$")
# A weekday of a named week (这周六, 下周日, 下下个星期一) is one date: weeks run Monday to Sunday.
_WEEK_OFFSET = {"这": 0, "这个": 0, "本": 0, "下": 1, "下个": 1, "下下": 2, "下下个": 2, "上": -1, "上个": -1}
_WEEK_NAMES = "|".join(sorted(_WEEK_OFFSET, key=len, reverse=True))
# (the week may be said whole before its day, with 的: 下下周的周一, 下个礼拜的星期三)
WEEK_OF = re.compile(rf"({_WEEK_NAMES})(?:(?:周|星期|礼拜)的)?$")
# A whole week or month named from today (这周, 这个星期, 下周, 本月, 这个月内): a stretch of days, not one (这周六 is one).
# So is a part of a month (月底, 下个月初, 12月中旬: its first, middle or last ten days), up to it from today when
# 前 follows (这个月底前).
_MONTH_PARTS = {"初": (1, 10), "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31), "底": (21, 31), "末": (21, 31)}
_MONTH_PART = "|".join(_MONTH_PARTS)
_PERIOD = re.compile(
    rf"(?P<week>{_WEEK_NAMES})(?:周|星期|礼拜)(?![{_WEEKDAY_CHARS}末](?![个位门场名批])|的(?:周|星期|礼拜)[{_WEEKDAY_CHARS}末])"
    rf"|(?:(?P<month>这个?|本|下个?|上个?)月(?!份?\d)|(?<![\d几])(?P<number>1[0-2]|[1-9])月份?(?=(?:{_MONTH_PART}))"
    rf"|(?<![\d几这本下上个])月(?=底|末|初))(?P<part>{_MONTH_PART})?(?P<before>之前|以前|前)?"
)
# A weekday said right after a day named relative to today (明天周日, 今天是周五) is that same day, not another one.
_SAME_DAY = re.compile(rf"(?:{RELATIVE_DAY_IN_TEXT.pattern})(?:就?是)?\s*$")
# A word that points back at a time said before (那会儿, 到时候, 届时): when, not what.
THEN = re.compile(r"(?:那会儿?|那时候?|那个时候|到时候?|到那时|届时)")
# A word that only says when (下周一, 这周末, 大后天, 星期天): a time expression names no subject.
TIME_WORD = re.compile(rf"(?:{_WEEK_NAMES})?(?:星期|周|礼拜)(?:[{_WEEKDAY_CHARS}]|末)?|" + RELATIVE_DAY_IN_TEXT.pattern)
# A day said: a weekday or a day relative to today (TIME_WORD), or a date (12月1号, 15日).
_DAY_SAID = re.compile(rf"{TIME_WORD.pattern}|\d{{1,2}}(?:月\d{{1,2}})?[日号]")
# Time said as what comes next (接下来, 下一步, 后续) or where things stand (处在, 处于: a copula of time or place):
# when a question is asked, never what it is about. jieba tags most such words t, c, d or f; these it tags as
# idioms or verbs.
# So is time counted from or up to now (距今, 至今, 迄今, 如今).
TIME_SEQUENCE = frozenset(
    {"接下来", "接下去", "下一步", "后续", "往后", "此后", "随后", "今后", "眼下", "当下", "现阶段", "距今", "至今", "迄今", "如今"}
)
COPULAS = frozenset({"处在", "处于", "位于", "属于", "在于"})
# Words that say days follow one another (连着三天考吗, 中级跟高级是挨着的两天吗): how, not a thing asked about.
CONSECUTIVE = re.compile(r"连着|连续|接连|挨着|一连")
# Words that say two things fall at the same time (跟考试冲突不, 撞不撞, 时间重叠吗): whether the day named holds
# the thing, asked as a relation between them, not a thing of its own.
# (冲, the first character of 冲突, asked in the A-not-A form: 跟正式考冲不冲)
COINCIDE = re.compile(r"冲突|相撞|撞车|撞期|撞|重叠|重合|冲撞|冲不冲")
# Verbs that count what is left (还剩几天, 还差多少天): they ask, as 还有 does, and name no act.
LEFT_VERBS = frozenset({"剩", "剩下", "差", "还有", "还剩", "等", "熬", "盼"})  # (and the waiting: 还要熬多少天)
# Verbs that fix when a thing happens (定了日子没, 安排在哪天, 确定时间了吗): asked with a time, they ask the time of
# the thing named, no act of their own.
SCHEDULING = frozenset({"定", "定下", "安排", "确定", "敲定", "公布"})
# Nouns of an amount of time (还有几天工夫, 还剩多少时间, 中间间隔几天, 时长多少): how long, not a thing asked about.
TIME_AMOUNTS = frozenset({"时间", "工夫", "功夫", "日子", "间隔", "相隔", "时长", "时段"})
# 一上午, 整个下午: a span of time spent (改了一上午材料), not the half of a day asked about.
_SPENT = r"(?:(?<=[周期拜]一)|(?<=儿个)|(?<![一整个]))"  # 周一下午 is a day's afternoon; 一下午 is the whole of one
_AM = re.compile(_SPENT + r"(?:上午|早上|早晨)|(?<=[明今])[早晨]|morning")
_PM = re.compile(_SPENT + r"(?:下午|午后)|afternoon")
# A day counted from the day of the exam (考试前一天, 考完后两天; 提前一天 is how early, not a day of its own).
_AROUND = re.compile(r"(?<![提最])([前后])([一两二三四五六七1-7])[天日]|(头)一天")  # (最后一天 is the last day)
# ... and the day after a thing is done (考完第二天, 考完的次日, 结束后隔天): the Nth day counting its own as the first.
# (what was done may stand between: 「考完初级的第二天」)
_DAY_AFTER_DONE = re.compile(r"(?:完|过|结束|之后|以后)(?:[\u4e00-\u9fff]{1,4}?的|的)?(?:第([二三四五2-5])天|(次日|隔天|转天))")
# The time between two things (理论和实操中间隔多久, 中间休息多长时间), when a duration is asked.
# (a span said by its two ends, 「理论交卷到实操开考这段」, is the time between them too; 歇 is 休息 said plainly)
_GAP = re.compile(r"间隔|相隔|相差|前后差|中间|之间|隔(?:了|着)?(?:几|多)|休息|歇|到[^，,。？?]{1,10}?[这那]一?段")
# ... unless one of the two is now: a span from today is the days left (「中级实操跟今天隔了几天」).
FROM_NOW = re.compile(r"(?:跟|和|与|同)(?:今天|今儿|现在)[^，,。？?]{0,4}?[隔差]|(?:从|自)(?:今天|今儿|现在)")
# How long a thing lasts from its first day to its last (一共能打几天, 前后一共几天, 总共多长时间): its length.
# (or claimed: 「一共15天对吧」, the days claimed its group)
DAYS_CLAIMED = r"(?:一共|总共|总计|合计|前后)(?:是|有)?(\d{1,3})(?:个)?(?:整)?天"
_SPAN = re.compile(
    r"(?:一共|总共|总计|合计|加起来|前前后后|前后|持续|整个)[^，,。？?还剩]{0,8}?(?:几天|多少天|多久|多长时间)|" + DAYS_CLAIMED
)
# ... and so, with nothing said of what remains (还, 剩, 差, 离, 距), do the days something can be done in
# (「准考证有几天能打」「能报几天」), not the days left (「还能打几天」).
_SPAN_BARE = re.compile(r"(?:有|能|可以)[^，,。？?]{0,4}?(?:几天|多少天)")
LEFT_SAID = re.compile(r"还|剩|差|离|距|再过")
# A count of days that takes today in (算上今天, 包括今天, 连今天): today is one of them.
COUNTS_TODAY = re.compile(r"(?<![不没])(?:算|加|连|包括|包含|含)上?今天")  # (不算今天 counts it out)
# Asks whether things are the same (「三个级别是同一天考吗」「理论的时间一样吗」「都一个时间段」).
# (the words of sameness and of difference, shared with `compared` and the verdict in bot.answer)
SAME_WORDS = "同一|一样|相同|一致"
DIFFERENCE_WORDS = "区别|差别"
_COMPARES = re.compile(
    rf"{SAME_WORDS}|都(?:是|在)?一个|不同|{DIFFERENCE_WORDS}|分(?:[两几二]|成两)天|比.{{1,6}}?(?:早|晚|迟|提前|推后|多|少|长|短|久)"
    # (「中级跟高级是一天考完吗」: done within one day, the days compared)
    r"|(?<![第每前后这那哪同几])一天(?:之内|内|里)?(?:就|都)?(?:考完|考|结束|完事|搞定)"
)
# Units that measure time (a duration or an age of things): words of the language, never a subject.
# Of those, the ones shorter than a day (a time left in them is counted to the minute, bot.facets).
CLOCK_UNITS = ("小时", "钟头", "分钟")
TIME_UNITS = frozenset(
    {*CLOCK_UNITS, "钟", "秒", "秒钟", "天", "周", "星期", "礼拜", "月", "月份", "年", "年份", "半天", "整天"}
)
DAYS_COUNTED = re.compile(r"几天|多少天")  # 「初级和高级中间隔了几天」: a gap counted in days
_DURATION = re.compile(
    r"多久|多长|几个?(?:小时|钟头?)|时长|多少分钟|几分钟|多少时间|how long"
    # or a length claimed, the clause ending with it (「理论考试是两个钟头吧」): how long it is, judged
    r"|是(?:不是)?(?:就|只)?(?:\d+|[一二两三四五六七八九十半]+)个?半?(?:小时|钟头|分钟)$"
)
# The question words that ask "how" (怎么弄, 咋办); bot.topics also reads a verb after them as that verb.
HOW_WORDS = ("怎么", "怎样", "如何", "咋")
# Words that bound a span of time (到哪天为止, 截至几号, 几号以前): where it ends or starts, naming nothing of their own.
SPAN_BOUNDS = frozenset({"为止", "截至", "以前", "之前", "以后", "之后", "以内", "之内", "为限"})
# Words that only ask or point in time and name nothing: a message of them alone (「现在几点了」「明天几号」) asks
# about no thing at all (bot.answer).
ASKING_ONLY = frozenset(
    [
        "几点",
        "几号",
        "几时",
        "哪天",
        "什么时候",
        "啥时候",
        "何时",
        "多少",
        "多长",  # (how long: jieba tags it a noun)
        "多久",
        "几个",
        "什么",
        "啥",
        "哪",
        "谁",
        "怎么",
        "现在",
        "今天",
        "明天",
        "后天",
        "昨天",
        "前天",
        "今年",
        "明年",
        "这周",
        "下周",
        "本周",
        "几月",
        "星期几",
        "周几",
        "礼拜几",
        "星期",
        "礼拜",
        "时候",
        "时间",
        "日期",
        "日子",  # the spoken 日期 (「起止日子」「哪个日子」)
        "起止",  # from when to when (「起止日子」)
        # a span or point of time, in the written register (「最后期限是哪一天」「持续时间为多长」): the time asked
        "期限",
        "时限",
        "时长",
        "持续时间",
        "时段",
        "时间段",
        "期间",
        "时刻",
        "时间点",
        "截止日期",
        "多长时间",
        "多少时间",
        "多久",
        "几",
        # a way asked for (「有啥办法没」「有什么好方法」): how, as 怎么 asks it
        "办法",
        "方法",
        "法子",
        # whether a thing done counts (「这样算数吗」「还作数不」): jieba tags 算数 (arithmetic) a noun
        "算数",
        "作数",
        # totals: 「一共考几天」 counts what is asked; jieba tags 一共 an abbreviation and 总共 an attribute word
        "一共",
        "总共",
        "共计",
        "总计",
        "合计",
        *_RELATIVE_DAYS,  # every day named from today (明儿, 今早, 明后天), as 今天 and 明天 above
    ]
)


# 还要, 还需要, 还得: whether something is still to be done.
STILL_TO_DO = r"还(?:要|需要|得)"
# Whether one is in time (来得及, 赶得上, 赶趟): where today stands against a window.
IN_TIME = r"来[得的]及|赶[得的]上|赶[得的]及|赶趟"
# Whether one may (能, 可以, 行不行): a yes/no on doing something.
# A verb's potential complement, 打得了 for 能打 (「准考证今天还打得了吧」): can, said after the verb.
POTENTIAL = r"(?<=[\u4e00-\u9fff])(?<![不得了])得了(?!病)"
CAN = rf"能|可以|可不可以|行不行|{POTENTIAL}"
# Asking which day of the week (星期几, 周几, 礼拜几).
WEEKDAY_ASKED = r"星期几|周几|礼拜几"
WEEKDAY_NAMED = re.compile(_WEEKDAY_SAID)  # a weekday said, 周六, 礼拜天
# 哪 (or 哪一) before a classifier or a unit of time asks which one (哪天, 哪一级, 哪个), not where: 「明天轮到哪一级考了」
# has its 到哪 and 「在哪一天」 its 在哪 without asking where.
WHICH_ONE = r"一?[天号日年月周个些种级位门场次]"
# A verb asked A-not-A anywhere in a clause (是不是, 有没有, 撞不撞): whether.
A_NOT_A_ASKED = re.compile(r"(.)[不没]\1")
# 几 after a ten, a demonstrative or 好/没/前/头 (十几, 这几天, 好几个, 没几天) is "a few", a number said, not asked.
_A_FEW_NOT = r"(?<![十这那好没前头])"
# Words that claim a count exact (正好三个礼拜, 整整一个月).
EXACTLY = ("正好", "刚好", "整好", "整整")
# What is asked, by the question words of Chinese (and a little English).
_ASKS = {
    "when": re.compile(
        rf"什么时候|啥时候|啥时|何时|几号|哪天|哪一天|哪几天|几点|几时|时间|日期|日子|多会|截止|截至|开始|结束|{WEEKDAY_ASKED}"
        r"|最后一天|最后期限|期限|最晚|最迟|(?:哪个|哪一个|什么)节点"  # 节点: a point in time (时间节点)
        r"|(?<=[号日天一二三四五六])截(?![图取获屏])"  # 「周六截」: 截止 said by its first character
        r"|when|deadline|date"
    ),
    # 几 after a demonstrative or 前/后/头/好 is "a few", not "how many" (考试那几天, 前几天, 好几天)
    "left": re.compile(
        r"还有几天|还有多少天|还剩|还有多久|倒计时|距离|距今|离.{0,6}还有|多少天|(?<![这那前后头好哪请休])几天"
        r"|(?:距|离)[^，,。？?]{0,8}天数"  # 「距今天数是多少」: the count of days from now
        r"|还有(?:几|多少)个?(?:小时|钟头)|还有多长时间|倒数"
        # a span claimed from a day (「离初级开考正好五个星期」「离中级是不是还有一个来月」): the count, judged
        rf"|(?:距|离|隔)[^，,。？?]{{0,10}}?(?:{'|'.join(EXACTLY)}|还有)(?:\d+|[一二两三四五六七八九十半]+)"
        r"(?:(?:个来|个多|个)?(?:天(?!\d)|(?:周|星期|礼拜)(?![一二三四五六日天]))|(?:个来|个多|个)月)"
    ),
    # 「能报名了不」「可以编排了吗」: whether a window has opened is asked with 能/可以 … 了 and a question tail.
    # 仍/仍然/依然 are the written 还 (是否仍可报名, 是否仍在期限内).
    "status": re.compile(
        rf"过了|结束了|截止了|还能|还可以|{IN_TIME}|开始了|开[\u4e00-\u9fff]?了|完了|考完(?!还是)|(?:能|可以).{{0,12}}了(?:吗|不|没|么|$)"
        # 「开放打印没」「开打了没有」: whether it has happened yet, asked with 没 at the end
        r"|(?<=[\u4e00-\u9fff])了?没有?$"
        # an act not yet or already complete (还没排完, 没弄好, 排好了没): where it stands against its window
        r"|(?:没|未)[\u4e00-\u9fff]{1,2}?[完好](?!成)|好了(?:吗|没|么|不)"
        r"|(?:仍|仍然|依然|依旧|还)(?:可|能|在|来[得的]及|开放|开着|开通)|(?:关闭|关)了"
        # the day it opened, claimed (「是今天才开放的吧」「12月1号开始的吗」: 吧 and 吗 are gone after normalisation)
        r"|(?:才|刚)(?:开始|开放|开通)|(?:开始|开放|开通)的$"
        # whether one may do it then, later or again (「明天再报行不行」「下周再交可以不」)
        # (a final 吗 is gone after normalisation: 「明天再报名行」)
        r"|(?:再|还)[\u4e00-\u9fff]{1,4}?(?:行不行|行吗|行不|可以吗|可以不|可不可以|(?:行|可以)$)"
        # whether what is done now still counts (还作数不, 还算数吗, 还有效吗)
        r"|还(?:作数|算数|有效|管用)"
        # whether one still can, said by the verb's potential complement (还打得了, 今天交得了吗)
        rf"|还[\u4e00-\u9fff]{{1,2}}?得了|{POTENTIAL}$"
        # on time or past it (「现在填还算按时吗」「算不算逾期」)
        r"|按时|准时|逾期|超期|过期"
        # in time or too late (「还赶趟不」「现在交会不会晚了」), or fine to do now (「现在让学生去打准考证没问题吧」)
        r"|晚不晚|(?:晚|迟)了(?:吗|不|没|么|$)|(?:太|会不会|是不是)(?:晚|迟)|(?<!有)没(?:啥|什么)?问题(?:吧|吗|么|$)"
        # whether one can now (「今天能打吗」「现在可以报名吗」): where today stands against the window
        # (or with the verb first: 「这会儿打行不行」「现在交可以吗」)
        r"|(?:今天|现在|目前|眼下|这会儿?)(?:是不是|是否)?(?:就|还|先)?(?:能|可以"
        r"|[\u4e00-\u9fff]{1,2}?(?:行不行|行吗|行不|可以吗|可以不|可不可以|(?:行|可以)$))"
        # 「还收不」「还报不报」: a verb said with 还 and asked A-not-A, its 不 last
        r"|还(?!是)([\u4e00-\u9fff])不\1?$"
        # whether it is still to be done (「还要报吗」「还需要填不」), not what else is (还要交什么)
        rf"|{STILL_TO_DO}[^\W什啥几哪谁怎多何]{{0,4}}$"
    ),
    "who": re.compile(r"找谁|是谁|谁|哪位|何人|联系人|负责人|(?:哪个|什么|啥)老师|who"),
    "where": re.compile(rf"哪里|哪儿|在哪(?!{WHICH_ONE})|何处|何地|哪个平台|什么地方|网址|链接|地址|where"),
    # (做啥, 干什么: what to do is how to go about it)
    "how": re.compile("|".join(HOW_WORDS) + r"|流程|步骤|方式|(?:做|干|办|弄|搞)(?:些)?(?:啥|什么)|how"),
    # (not 这几个, 好几个: "a few", said as INTERROGATIVE reads it)
    "howmuch": re.compile(rf"多少钱|多少|{_A_FEW_NOT}几(?:个|门|道)|how much|how many"),
    # (行不行, and 就行 / 也可以 at the end, a claim that it will do: 「赶在月底前交就行吧」 with its 吧 dropped)
    # (and any verb asked A-not-A: 是不是, 有没有, 撞不撞, 冲不冲突)
    "whether": re.compile(r"吗$|(?<![什怎那这多要])么$|是否|(?:就|也)(?:行|可以)$|" + A_NOT_A_ASKED.pattern),
}
# The interrogative words of an open question (什么, 几, 哪, 谁, 怎么, 多少, 何 …, and 是否…还是); a question with
# none of them asks yes or no. 几 beside a power of ten (几百人, 十几个, 二十几号) or after a demonstrative or 好/没/前
# (这几天, 好几个, 没几天) is "a few", a number said, not asked.
INTERROGATIVE = re.compile(rf"什么|啥|{_A_FEW_NOT}几(?![十百千万])|哪|谁|怎|多少|多久|多长|何|是否.{{0,12}}还是")
# 行不行, 能不能, 有没有: the question form of a verb; group 1 + group 2 is the verb (bot.topics reads it so).
A_NOT_A = re.compile(r"^(.)[不没]\1(.*)$")


def asks_when(text: str) -> bool:
    """Does the (normalised) text ask when (什么时候, 几号, 截止 …)?"""
    return bool(_ASKS["when"].search(text))


def asking_word(word: str) -> bool:
    """Is the word itself a way of asking (截止 in 截止了没, 来得及, 几点, 行不行), naming no thing?"""
    return word in ASKING_ONLY or bool(A_NOT_A.match(word)) or any(rx.fullmatch(word) for rx in _ASKS.values())


# Where a message splits into its questions. 又/另外/还有/顺便 open a second question inside one sentence.
_CLAUSE_BREAK = re.compile(r"[，,。！!？?；;～~\n]+|、(?=还有|以及|另外)|(?:另外|还有就是|顺便问(?:一?下)?|再问(?:一?下)?)")
_EACH_AFTER_COMMA = re.compile(r"(?<![吗呢吧么嘛])[，,]\s*(?=分别|各自)")  # (not after a question: 「…是同一个人吗，分别联系谁」)
# A colon, where it stands between no digits (14:00 is a time), before a question: 「班主任想发个倒计时：准考证开打
# 那天离今天差多少天」 (not before words quoted: 「帮我把这句话翻译成英文：我们下周开会」)
_COLON = re.compile(r"(?<!\d):+|:+(?!\d)")


def _before_a_question(part: str) -> list[str]:
    pieces = _COLON.split(part)
    if len(pieces) == 2 and pieces[0].strip() and INTERROGATIVE.search(normalize(pieces[1])):
        return pieces
    return [part]


_CIRCLED = re.compile("[\u2460-\u2473]")  # ①…⑳ always start an item
# A numbered item: 1. / 2、/ 3) / ① / a digit and a space, at the start or after a break, before a word.
_ITEM = re.compile(r"(?:^|(?<=[\s，,。：:；;]))([1-9])(?:[.、)）]\s*|\s+)(?=[\u4e00-\u9fff])")


def _numbered_items(text: str) -> list[str]:
    """「1 联系人是谁 2 中级考试是哪天」: the items, when the numbers run 1, 2 … in order; else the text whole."""
    starts, want = [], 1
    for m in _ITEM.finditer(text):
        if int(m.group(1)) == want:
            starts.append(m)
            want += 1
    if len(starts) < 2:
        return [text]
    cuts = [text[: starts[0].start()]]
    cuts += [text[m.end() : (starts[i + 1].start() if i + 1 < len(starts) else len(text))] for i, m in enumerate(starts)]
    return cuts


# 「A与B分别…」「A和B各自…」: one sentence, a question for each of A and B.
_AND = "和|与|跟|以及|及|、"
# The words that say a thing is asked of each of several (分别, 各自, 各是).
EACH = r"分别|各自|各(?=是|为|在|要|需|有)"
_RESPECTIVELY = re.compile(rf"^(?P<things>.+?(?:{_AND}).+?)(?:{EACH})(?P<rest>.+)$")
# What sums up a list before what is said of each (「报名、排考场、打准考证这三步各是哪几天」): no thing of its own.
_RESUMED = re.compile(r"(?<=.)(?:这|那)(?:[两二三四五六七八九十几]|\d)?(?:个|步|项|样|件|类|部分|些)$")


# Two things said to be the same or not (「报名时间和站点申报时间一样吗」「申报考点的起止日子跟学生报名是同一段吗」):
# what stands before the comparison (and its 是, 都, 是不是) is each thing asked about.
_COMPARED = re.compile(
    rf"^(?P<things>.+?(?:{_AND}).+?)(?:是不是|是否|是|都是|都在|都)?(?:{SAME_WORDS}|不一样|不同|有(?:啥|什么)?(?:{DIFFERENCE_WORDS}))"
)


def respective(text: str) -> list[str]:
    """「考场编排与准考证打印分别在何时进行」 asks 考场编排在何时进行 and 准考证打印在何时进行."""
    m = _RESPECTIVELY.match(text)
    if m is None:
        return [text]
    return _each(m.group("things"), m.group("rest"))


# Two dated things a span of days is asked between (「报名截止到初级开考中间隔几天」「考场编排开始和准考证打印
# 相差几天」): what stands before the gap is each thing, joined by and or by 到 (from the one to the other).
# (or from the one, 离 the other: 「编排收口那天离初级正式开考差几天」; or what lies empty between: 中间空了几天)
_BETWEEN = re.compile(
    rf"^(?P<things>.+?(?:{_AND}|到|至|离).+?)(?:(?:中间|之间)(?:空|有)|(?:中间|之间)?(?:一共|总共|还|能|得)?(?:相隔|间隔|相差|隔|(?<!出)差))"
)
# (or the second thing said after the days: 「报名截止以后隔几天开始排考场」)
_AFTER_DAYS = re.compile(r"^(?P<a>.+?)(?:以后|之后|后)(?:再)?(?:隔|过)了?(?:几|多少)天(?:才|就|再)?(?:能)?(?P<b>.{2,})$")
_NOW_THING = re.compile(rf"^(?:从|自)?(?:{TODAY_WORDS}|现在|这会儿?|目前|当前)")


def asks_between(text: str) -> bool:
    """Does the text ask how many days lie between two things (「…到…中间隔几天」「…和…差几天」)?"""
    return any(
        len(compared(c)) == 2 and (_BETWEEN.match(c) or _AFTER_DAYS.match(c)) for c in re.split(r"[，,。？?！!；;\s]", text)
    )


def compared(text: str) -> list[str]:
    """「报名时间和站点申报时间一样吗」 asks of 报名时间 and of 站点申报时间 (and whether they are the same); so does
    「报名截止到初级开考隔几天」 (and how many days lie between them)."""
    if (m := _COMPARED.match(text)) is not None:
        return _each(m.group("things"), "", lend=False)
    if (m := _BETWEEN.match(text)) is not None and DAYS_COUNTED.search(text[m.end() :]) and not FROM_NOW.search(text):
        things = [re.sub(r"^(?:从|自)", "", t) for t in re.split(rf"{_AND}|到|至|离", m.group("things")) if t]
        # (a count from now is the days left: 「今天离初级考试还差几天」)
        return things if len(things) == 2 and all(things) and not _NOW_THING.match(m.group("things")) else [text]
    if (m := _AFTER_DAYS.match(text)) is not None and not _NOW_THING.match(text):
        return [m["a"], m["b"]]
    return [text]


def _each(said: str, rest: str, lend: bool = True) -> list[str]:
    """Each of the things `said` (A与B, A、B和C), with what is said of all of them (`rest`) after it. `lend`: the
    first thing's opening words may be the others' too (这周六上午和下午); not so for things compared, where a first
    thing said whole (申报考点的起止日子) lends nothing (「…跟学生报名是同一段吗」)."""
    things = [thing for thing in re.split(_AND, _RESUMED.sub("", said)) if thing]
    # 「理论与实操的合格分数线分别…」: what follows the last 的 is what each of them has
    shared = things[-1][things[-1].rfind("的") :] if "的" in things[-1] else ""
    # 「这周六上午和下午分别考啥」: the things are alike, as long as the last one; the words before the first are
    # said of each of them
    first, taken = TOKENIZER.lcut(things[0], HMM=False), 0
    while first and taken < len(things[-1]):
        taken += len(first.pop())
    if len(things) > 1 and first and (lend or "的" not in things[0]):
        things = [things[0], *("".join(first) + thing for thing in things[1:])]
    # 「中级和高级准考证分别打到几号」: a one-word thing first, and the last opening with a word of its kind (the same
    # last character: 中级, 高级) and then a noun: the noun is each one's (中级准考证, 高级准考证)
    head = ""
    if len(things) > 1 and not shared and len(TOKENIZER.lcut(things[0], HMM=False)) == 1:
        last = TOKENIZER.lcut(things[-1], HMM=False)
        alike = len(last) > 1 and len(last[0]) == len(things[0]) and last[0][-1] == things[0][-1]
        head = "".join(last[1:]) if alike else ""
    things = [thing if thing.endswith(head) else thing + head for thing in things]
    return [thing + ("" if thing.endswith(shared) else shared) + rest for thing in things]


# Tags that ask to confirm what was just said (「16:30对吗」「是9点吧」「对不对」), at the end of a clause; and the
# asker's own grasp of it, as confirmed (没记错吧, 我没理解错吧).
# (those of two words or more end a clause on nothing else: 核对, 真的 may end one that says a thing)
TAGS_ENDING = "对不对|是不是|没错|真的假的|(?:我)?没有?(?:记|说|搞|弄|算|理解|看)错"
CONFIRM_TAGS = f"对|对吧|是吧|是真的|真的|{TAGS_ENDING}"

# A space between Chinese words: members in a hurry use it for a comma (「我们是XX学院的考点 这周六考啥」「站点申报
#还能交吗 考务负责人信息呢」) and also between the words of one short question (「初级 理论 几点」).
_SEPARATED = re.compile(r"([\s，,。！!？?；;～~]+)")  # runs of words, and what stands between them
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = tuple("吗呢吧啊呀么嘛哈啦没")
SPACED_CLAUSE = 5  # characters on each side of a space for it to part two clauses


def _spaces_as_breaks(text: str) -> str:
    """A space between two Chinese characters parts two clauses after a sentence-final particle, or between two
    runs that are each a clause's length; between short words it only parts words. One pass over the runs."""
    pieces = _SEPARATED.split(text)  # runs at even places, separators at odd ones
    for k in range(1, len(pieces) - 1, 2):
        before, between, after = pieces[k - 1], pieces[k], pieces[k + 1]
        if (
            between.isspace()
            and _HAN.match(before[-1:])
            and _HAN.match(after[:1])
            and (before.endswith(_SENTENCE_END) or min(len(before), len(after)) >= SPACED_CLAUSE)
        ):
            pieces[k] = "\n"
    return "".join(pieces)


def raw_clauses(question: str) -> list[str]:
    """The clauses of a message as typed (with their 吗 and question marks)."""
    items = _numbered_items(_spaces_as_breaks(unicodedata.normalize("NFKC", _CIRCLED.sub("\n", question))))
    # (分别 and 各自 after a comma distribute over what the clause before named: one clause, 「考务负责人跟技术负责人的
    # 联系方式，分别啥时候报」)
    items = [_EACH_AFTER_COMMA.sub("", item) for item in items]
    # (the colon first: what follows it asks, though a comma parts it, 「给领导写周报要用：申报考点这事儿到最后一天，连今天
    # 在内还剩多少天」)
    return [
        q
        for item in items
        for b in _before_a_question(item)
        for c in _CLAUSE_BREAK.split(b)
        for p in _before_a_question(c)
        for q in _listed(p)
    ]


def clauses(question: str) -> list[str]:
    """The clauses of a message, each normalised; empty ones (a lone 谢谢) dropped."""
    parts = [normalize(arabic_numbers(q)) for q in raw_clauses(question)]
    return [p for p in parts if p]


def elliptical(clause: str) -> bool:
    """Is the clause as typed only a thing and 呢 (「站点申报还能交吗 考务负责人信息呢」「初级几点考，中级呢」)? It asks
    of that thing what the clause before asked."""
    return clause.strip().rstrip("?？~～!！。.").endswith("呢") and not INTERROGATIVE.search(clause)


def _listed(part: str) -> list[str]:
    """「考试费用应按照什么标准、在什么时间缴纳」: 、 lists two questions when each item asks its own (初级、中级
    分别是哪天 lists levels); and two things said to happen each on a day of its own (「考务负责人是后天截止、编排考场
    大后天开」: each a claim to judge; not 「周六、周日分别考啥」, days listed)."""
    items = [i for i in part.split("、") if i.strip()]
    if len(items) < 2:
        return [part]
    if all(INTERROGATIVE.search(normalize(i)) for i in items):
        return items
    dated = [_DAY_SAID.search(i) for i in items]
    if all(m is not None and len(i) - len(m.group()) >= 3 for i, m in zip(items, dated, strict=True)):
        return items
    return [part]


# The time of day a member says it is (「这会儿下午两点十分了」「现在已经14:10了」), after arabic_numbers: an hour, and
# minutes as digits, 半, or tens of minutes in words (十分, 二十五分: 十分 alone is also "very", so only after 点).
WORKDAY_AFTERNOON_LAST = 6  # the last hour said bare (no 上午/下午) that means the afternoon
_NOW_TIME = re.compile(
    r"(?:这会儿?|现在|目前|此刻|眼下)(?:是|已经|都|都已经|已)?(?P<half>上午|下午|中午|晚上|早上)?"
    r"(?P<hour>\d{1,2})(?:点钟?|[:：])(?:(?P<minute>\d{1,2})分?|(?P<halfhour>半)|(?P<tens>[一二三四五]?十[一二三四五六七八九]?)分?)?"
)


def stated_time(text: str) -> tuple[int, int] | None:
    """(hour, minute) of the time of day the member says it is now, on a 24-hour clock, or None."""
    m = _NOW_TIME.search(text)
    if m is None:
        return None
    hour = int(m["hour"])
    if m["minute"]:
        minute = int(m["minute"])
    elif m["halfhour"]:
        minute = 30
    elif m["tens"]:
        minute = cn_value(m["tens"])
    else:
        minute = 0
    if m["half"] in ("下午", "晚上") and hour < 12:
        hour += 12
    elif m["half"] is None and 1 <= hour <= WORKDAY_AFTERNOON_LAST:
        hour += 12  # 「这会儿4点二十」: said bare in a working day, one to six o'clock is the afternoon's
    return (hour, minute) if hour < 24 and minute < 60 else None


def stated_today(text: str, *, year: int, now: date | None = None) -> tuple[date | None, str]:
    """The day a member says it is (「今天都11月23号了」), and the text without that phrase. A day without its
    month (「今天19号」) is in the month that puts it nearest `now` (this month, or the one before or after)."""
    m = _TODAY_IS.search(text)
    if m is None:
        origin = _ORIGIN_DATE.search(text)  # 「12月15号距离中级考试还有几天」: counted from that day, as from today
        if origin is None:
            return None, text
        try:
            return date(year, int(origin.group(1)), int(origin.group(2))), text[: origin.start()] + text[origin.start(3) :]
        except ValueError:
            return None, text
    day = int(m["day"] or m["lone"])
    if m["month"]:
        try:
            when: date | None = date(year, int(m["month"]), day)
        except ValueError:
            return None, text
    else:
        weekday = WEEKDAY_INDEX[m["weekday"]] if m["weekday"] else None
        when = _nearest_with_day(day, now, weekday) if now is not None else None
        if when is None:
            return None, text
    end = m.end()
    # 「今天12月13号礼拜一」: the weekday said after the day, when it is that day's, is part of saying it
    if when is not None and (after := _WEEKDAY_AFTER.match(text, end)) and WEEKDAY_INDEX[after["weekday"]] == when.weekday():
        end = after.end()
    return when, text[: m.start()] + text[end:]


# A clause that only says a date and the weekday it falls on (「11月8号礼拜一，备案表刚盖完章…」), or only a date after a
# clause that says that weekday (「礼拜天在考点值班，12月19号，中级那拨正在机房里」): the member says what day it is. A
# date alone (「12月18号，考什么」) is the day asked about; so is one whose weekday is not the one said, and so are dates
# said one after another (「12月18号周六，19号周日，分别考什么」).
_DAY_CLAUSE = re.compile(
    rf"(?:(?:星期|周|礼拜)(?P<before>[{_WEEKDAY_CHARS}]))?(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}})[日号]"
    rf"(?:(?:星期|周|礼拜)(?P<after>[{_WEEKDAY_CHARS}]))?"
    r"(?:了)?"  # 「12月21号礼拜二了」: 了 at the end says it has come to be that day
)
_ANOTHER_DATE = re.compile(r"(?<![\d.])\d{1,2}[日号]|\d{1,2}月\d{1,2}")


def day_said_with_weekday(clauses: Sequence[str], year: int) -> date | None:
    """The day a clause of `clauses` (normalised) says it is by `_DAY_CLAUSE`, if one does."""
    for k, clause in enumerate(clauses):
        if (m := _DAY_CLAUSE.fullmatch(clause)) is None:
            continue
        if any(_ANOTHER_DATE.search(later) for later in clauses[k + 1 :]):
            return None
        said = m["before"] or m["after"]
        if said is None and k:
            said = next((w["weekday"] for w in re.finditer(_WEEKDAY_SAID, clauses[k - 1])), None)
        try:
            when = date(year, int(m["month"]), int(m["day"]))
        except ValueError:
            continue
        if said is not None and when.weekday() == WEEKDAY_INDEX[said]:
            return when
    return None


# A weekday said right after a day (「12月13号礼拜一」「19号（周日）」).
_WEEKDAY_AFTER = re.compile(rf"\s*[（(]?{_WEEKDAY_SAID}[)）]?")


def _nearest_with_day(day: int, now: date, weekday: int | None = None) -> date | None:
    """The date nearest `now` whose day of the month is `day` (None when no month near has it: 31号 in February);
    of those on the `weekday` the member named with it, when one is (「周五（17号）」)."""
    found = []
    for step in (-1, 0, 1):
        month_index = now.year * 12 + now.month - 1 + step
        try:
            found.append(date(month_index // 12, month_index % 12 + 1, day))
        except ValueError:
            continue
    found = ([d for d in found if d.weekday() == weekday] or found) if weekday is not None else found
    return min(found, key=lambda d: abs((d - now).days), default=None)


@dataclass(frozen=True)
class Vocabulary:
    """This season's names for what a question can narrow by, from the data folder."""

    levels: dict[str, str]  # spelling → level as notice.yaml writes it (初级, junior, 初 …)
    papers: dict[str, str]  # spelling → "theory" | "practical"

    @classmethod
    def build(cls, level_names: list[str], synonyms: dict[str, list[str]]) -> Vocabulary:
        # Each name also as typed in pinyin (gaoji, shicao): members type it so when the IME is off.
        levels: dict[str, str] = {}
        for name in level_names:
            levels[name] = levels["".join(lazy_pinyin(name))] = name
            for alias in synonyms.get(name, []):
                levels[normalize(alias)] = name
        papers: dict[str, str] = {}
        for key, head in (("theory", "理论"), ("practical", "实操")):
            papers[head] = papers["".join(lazy_pinyin(head))] = key
            for alias in synonyms.get(head, []):
                papers[normalize(alias)] = key
        return cls(levels, papers)

    def _pattern(self, names: dict[str, str]) -> re.Pattern[str]:
        words = sorted(names, key=len, reverse=True)
        # Latin spellings stand as whole Latin words (gaoji考试: Chinese runs on without a gap); Chinese ones anywhere.
        return re.compile(
            "|".join(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])" if w.isascii() else re.escape(w) for w in words if w)
        )

    @cached_property
    def _compiled(self) -> dict[int, re.Pattern[str]]:
        """Both patterns, compiled once per data version rather than on every question."""
        return {id(names): self._pattern(names) for names in (self.levels, self.papers) if names}

    @cached_property
    def _shared_head(self) -> tuple[re.Pattern[str], dict[str, str]] | None:
        """Levels said with one head for all (初中级, 中、高级, 初中高三级: 初级 and 中级 …), when every level is one
        character before a head they share (级): the phrase (the first characters, a count, the head, 级别) and
        the level of each first character."""
        names = list(dict.fromkeys(self.levels.values()))
        head = names[0][1:] if names else ""
        if len(names) < 2 or not head or any(len(n) != len(head) + 1 or not n.endswith(head) for n in names):
            return None
        first = "[" + "".join(n[0] for n in names) + "]"
        phrase = rf"({first}(?:(?:{_AND}|,|，)?{first})+)[两二三四3-9]?(?:个)?{re.escape(head)}(?:别)?"
        return re.compile(phrase), {n[0]: n for n in names}

    def spelt_out(self, text: str) -> str:
        """The levels said with one head written out each (初中高三级 → 初级中级高级), as the rest of the engine reads
        them (初中 there is no junior high school, nor 三级 another exam's grade)."""
        if (shared := self._shared_head) is None:
            return text
        phrase, level_of = shared
        return phrase.sub(lambda m: "".join(level_of[c] for c in m[1] if c in level_of), text)

    def find(self, names: dict[str, str], text: str) -> list[str]:
        if not names:
            return []
        pattern = self._compiled.get(id(names)) or self._pattern(names)
        if names is self.levels:
            text = self.spelt_out(text)
        return list(dict.fromkeys(names[m.group(0)] for m in pattern.finditer(text)))


# This hour of the day, said of another day (「搁考试当天这个钟点」「前天同一时刻」「明儿这个点」).
SAME_HOUR = re.compile(r"这个?(?:钟点|点钟?|时刻|时间点)|同一(?:个)?(?:时刻|时间|钟点|点)|同个点")


@dataclass(frozen=True)
class Understanding:
    text: str  # normalised, with the member's own 'today is …' taken out
    levels: tuple[str, ...]
    papers: tuple[str, ...]  # "theory" / "practical"
    weekdays: frozenset[int]  # Monday 0; 周末 is 5 and 6
    days: frozenset[tuple[int, int | None]]  # (day, month or None) named in the question
    half_day: str | None  # "am" / "pm"
    duration: bool  # asks how long
    asks: frozenset[str]
    today: date | None  # the day the member says it is
    years: tuple[tuple[int, str], ...] = ()  # (year, as written) for each year the question names
    relative_days: frozenset[tuple[int, int | None]] = frozenset()  # those of `days` said as 今天 (明天 names a day)
    both_halves: bool = False  # both halves of the day named: which one is asked (「上午还是下午」)
    compares: bool = False  # asks whether things are the same (一样吗, 同一天吗)
    around: int = 0  # a day counted from the exam's: -1 for 前一天, 2 for 后两天
    gap: bool = False  # asks how long between two things (理论和实操中间隔多久)
    span: bool = False  # asks how long a thing lasts, first day to last (准考证一共能打几天)
    counts_today: bool = False  # a count of days that takes today in (算上今天还剩几天)
    origin: date | None = None  # a day to come that a count starts from (「后天离截止剩几天」), not a day asked about
    joined: tuple[str, ...] = ()  # the texts of later clauses answered with this one (「要考多久，两个半小时吗」)
    # when it is asked, to the minute, in the notice's local time (naive), where today is the clock's day (not a day
    # the member states): the hours to a paper (「离高级实操开考还剩多长时间」) and whether today's exam is over
    moment: datetime | None = None
    # a whole week or month named (这个星期, 这个月内): its first and last day, and the words that named it
    period: tuple[date, date, str] | None = None
    # the whole message the clause was answered in, normalised: what other clauses say around it (「要是搁考试当天这个
    # 钟点，…」, 「昨天是最后一天吧？今天有个班主任还想补报，还行不」)
    message: str = ""

    @property
    def narrows_exams(self) -> bool:
        """Names a level, a paper or a day: what the exam schedule (and the tickets) answer by."""
        return bool(self.levels or self.papers or self.weekdays or self.days or self.half_day)

    @property
    def named_days(self) -> frozenset[tuple[int, int | None]]:
        """The days named as days asked about: 明天 and 12月17日 are; 今天 only says when the member asks."""
        return self.days - self.relative_days

    @property
    def cues_exams(self) -> bool:
        """Names a level, a paper, a weekday or a date: a cue that the exams are asked about. 今天 and 明天 narrow
        an exam answer but are no such cue (今天星期几 is not about the exams)."""
        return bool(self.levels or self.papers or self.weekdays or self.named_days or self.half_day)

    def says(self, pattern: re.Pattern[str]) -> bool:
        """Does the clause, or one joined to it (answered together), say it?"""
        return any(pattern.search(t) for t in (self.text, *self.joined))


def day_said(text: str, offset: int) -> str | None:
    """The word for the day `offset` days from today the text says it with (明天, 后天, 大后天), if any."""
    return next((m[0] for m in RELATIVE_DAY_IN_TEXT.finditer(text) if _RELATIVE_DAYS[m[0]] == (offset,)), None)


def understand(question: str, vocabulary: Vocabulary, *, year: int, now: date | None = None) -> Understanding:
    """`now`: the day the question is asked, for 明天 and 明年 (the member's own 「今天是…」 wins)."""
    text = normalize(arabic_numbers(question))
    today, text = stated_today(text, year=year, now=now)
    base = today or now
    relative: set[tuple[int, int | None]] = set()  # 今天: when the member asks, not what about
    said: set[tuple[int, int | None]] = set()  # 明天, 后天, 昨天: a day named as a date is
    origin: date | None = None
    if base is not None:
        for m in RELATIVE_DAY_IN_TEXT.finditer(text):
            if _FROM.match(text, m.end()) or (
                _FROM_BEFORE.search(text, 0, m.start()) and _SPAN_ASKED_AFTER.match(text, m.end())
            ) or (_FROM_START.search(text, 0, m.start()) and _COUNTED.match(text, m.end())):
                # 「今天距离中级考试还有几天」: the day counted from, not the day asked about
                if _RELATIVE_DAYS[m.group(0)] > (0,):  # (a day to come: 「后天离截止剩几天」)
                    origin = base + timedelta(days=_RELATIVE_DAYS[m.group(0)][-1])
                continue
            for offset in _RELATIVE_DAYS[m.group(0)]:
                when = base + timedelta(days=offset)
                (relative if when == base else said).add((when.day, when.month))
        for m in (m for p in _DAYS_FROM_NOW for m in p.finditer(text)):  # 「四个礼拜后的今天」「再过3天」
            n = int(m["n"]) if m["n"].isdigit() else cn_value(m["n"])
            when = base + timedelta(days=n * (1 if m["unit"] == "天" else 7))
            said.add((when.day, when.month))
    days = relative | said
    years: list[tuple[int, str]] = []
    for m in _YEAR_IN_TEXT.finditer(text):
        if m.group(1):
            years.append((int(m.group(1)), m.group(0)))
        elif base is not None:
            years.append((base.year + _RELATIVE_YEAR[m.group(0)], m.group(0)))
    for m in DATE_IN_TEXT.finditer(text):
        if m.group(5):
            month, day = m.group(5), m.group(6)
        else:
            month, day = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
        days.add((int(day), int(month) if month else None))
    for m in _LISTED_DAYS.finditer(text):
        days |= {(int(day), int(m.group(1)) if m.group(1) else None) for day in re.findall(r"\d{1,2}", m.group(2))}
    weekdays: set[int] = set()
    for m in _WEEKDAY.finditer(text):
        named = {WEEKDAY_INDEX[m.group(1)]} if m.group(1) else {5, 6} if m.group(2) else {0, 1, 2, 3, 4}
        if m.group(2) and _NOT_ON.search(text[max(0, m.start() - 2) : m.start()]):
            named = {0, 1, 2, 3, 4}
        if m.group(2) and _ONE_OF.search(text[max(0, m.start() - 3) : m.start()]):
            continue  # 「中级和高级是在同一个周末吗」: one weekend, which is asked, names no days
        week = WEEK_OF.search(text[max(0, m.start() - 6) : m.start()]) if base is not None else None
        if base is not None and _SAME_DAY.search(text[max(0, m.start() - 5) : m.start()]):
            continue  # 「明天周日有考试安排不」: 明天 is the day, as a date; 周日 only says which weekday it is
        if week is not None:  # 这周六, 下周末: days of one week
            monday = base - timedelta(days=base.weekday())  # type: ignore[operator]
            for weekday in named:
                when = monday + timedelta(weeks=_WEEK_OFFSET[week.group(1)], days=weekday)
                days.add((when.day, when.month))
        else:
            weekdays |= named
    am, pm = bool(_AM.search(text) or "上下午" in text), bool(_PM.search(text))  # 上下午: both halves
    around = _AROUND.search(text)
    after_done = _DAY_AFTER_DONE.search(text)
    shift = 0 if around is None else -1 if around.group(3) else _around(around.group(1), around.group(2))
    if after_done is not None:
        shift = 1 if after_done.group(2) else _around("后", after_done.group(1)) - 1
    return Understanding(
        text=text,
        levels=tuple(vocabulary.find(vocabulary.levels, text)),
        papers=tuple(vocabulary.find(vocabulary.papers, text)),
        weekdays=frozenset(weekdays),
        days=frozenset(days),
        half_day=("am" if am else "pm") if am != pm else None,
        both_halves=am and pm,
        duration=bool(_DURATION.search(text)),
        compares=bool(_COMPARES.search(text)),
        asks=frozenset(k for k, rx in _ASKS.items() if rx.search(text)),
        today=today,
        years=tuple(years),
        relative_days=frozenset(relative),
        gap=bool(_GAP.search(text)) and not FROM_NOW.search(text) and bool(_DURATION.search(text) or DAYS_COUNTED.search(text)),
        span=bool(_SPAN.search(text) or (_SPAN_BARE.search(text) and not LEFT_SAID.search(text))),
        counts_today=bool(COUNTS_TODAY.search(text)),
        origin=origin,
        around=shift,
        period=_period(text, base) or (None if weekdays else _days_ahead(text, base, days)),
    )


# A stretch of days counted from today (这两天, 最近三天, 接下来几天 — 几 as three): today and the days after it; or,
# when the text names that many days one after another (明天礼拜天后天礼拜一，这两天…), those days.
DAYS_AHEAD = re.compile(r"(?:这|最近|近|未来|接下来的?|眼下这)(两|二|三|四|五|几|[2-5])天")


def _days_ahead(text: str, base: date | None, days: set[tuple[int, int | None]]) -> tuple[date, date, str] | None:
    if base is None or (m := DAYS_AHEAD.search(text)) is None:
        return None
    n = 3 if m[1] == "几" else int(m[1]) if m[1].isdigit() else _CN_DIGIT[m[1]]
    if any(month is None for _, month in days):
        return None  # (15号16号: days said without their month are read where they are used)
    try:
        named = sorted(base.replace(month=month, day=day) for day, month in days)
    except ValueError:  # (2月30号: a day no month has)
        return None
    if len(named) == n and (named[-1] - named[0]).days == n - 1:
        return named[0], named[-1], m.group(0)
    # (days named otherwise say where the stretch starts, in words this does not read: 「我明天开始连着出差三天」)
    return None if named else (base, base + timedelta(days=n - 1), m.group(0))


_WEEK_OF_DAY = re.compile(r"(?P<month>1[0-2]|[1-9])月(?P<day>[12]\d|3[01]|[1-9])[日号](?:那|这|所在的?)(?:一|个)?(?:周|礼拜|星期)")


_WEEKDAY_PAIR = re.compile(
    rf"(?<![这本下上])(?:星期|周|礼拜)([{_WEEKDAY_CHARS}])(?:和|跟|与|、|到|至)?(?:星期|周|礼拜)([{_WEEKDAY_CHARS}])"
)


def _period(text: str, base: date | None) -> tuple[date, date, str] | None:
    """The week or month the text names as a whole (这周, 下个星期, 本月), counted from `base` (weeks run Monday to
    Sunday), with the words that named it."""
    if base is not None and (w := _WEEK_OF_DAY.search(text)):  # 「12月6号那一周」: the week that day falls in
        try:
            day = date(base.year, int(w["month"]), int(w["day"]))
        except ValueError:  # (no such day: 2月30号)
            day = None
        if day is not None:
            if (day - base).days < -183:  # (a month said in December of the January after)
                day = date(base.year + 1, day.month, day.day)
            monday = day - timedelta(days=day.weekday())
            return monday, monday + timedelta(days=6), w.group(0)
    m = _PERIOD.search(text) if base is not None else None
    if m is not None and (to := _PERIOD.match(text, m.end() + 1)) and text[m.end()] in "到至" and to.group(0) != m.group(0):
        # 「上周到这周」: from the first period's first day to the second's last
        a, b = _period(m.group(0), base), _period(to.group(0), base)
        if a is not None and b is not None and a[0] <= b[1]:
            return a[0], b[1], text[m.start() : to.end()]
    if m is None and base is not None and (pair := _WEEKDAY_PAIR.search(text)):
        # 「我礼拜四礼拜五去外地培训，这两天…」: two weekdays said together, no week named, are the next such days
        first = base + timedelta(days=(WEEKDAY_INDEX[pair[1]] - base.weekday()) % 7)
        span = (WEEKDAY_INDEX[pair[2]] - WEEKDAY_INDEX[pair[1]]) % 7
        return first, first + timedelta(days=span), pair.group(0)
    if m is None or base is None:
        return None
    if m["week"]:
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=_WEEK_OFFSET[m["week"]])
        return monday, monday + timedelta(days=6), m.group(0)
    if m["number"]:  # 12月底: the month of that number nearest to today
        first, last = _nearest_month(int(m["number"]), base)
    else:  # 这个月, 下个月, 上月 (月底 alone: this month's): counted as weeks are
        first, last = month_of(base.month - 1 + _WEEK_OFFSET[m["month"] or "这"], base.year)
    if m["part"]:
        start, end = _MONTH_PARTS[m["part"]]
        first, last = first.replace(day=start), first.replace(day=min(end, last.day))
    if m["before"] and base <= last and (m["part"] or base >= first):
        first = base  # 这个月底前: from today on
    return first, last, m.group(0)


def month_of(month: int, year: int) -> tuple[date, date]:
    """The first and last day of a month counted from January of `year` (0 is January, 12 next January)."""
    first = date(year + month // 12, month % 12 + 1, 1)
    return first, date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)


def _nearest_month(number: int, base: date) -> tuple[date, date]:
    """The month of that number nearest to `base` (1月 said in December is next January)."""
    year = base.year + (base.month - number > 6) - (number - base.month > 6)
    return month_of((year - base.year) * 12 + number - 1, base.year)


_WHOLE_MONTH = re.compile(r"(?<![\d几])(1[0-2]|[1-9])月份")


def month_named(text: str, base: date) -> tuple[date, date, str] | None:
    """「1月份」: the whole month a number with 月份 names (nearest to `base`), as a period; None if none is named.
    (Not every month named is a period asked: 「11月份报名截止了吗」 says whose sitting.)"""
    if (m := _WHOLE_MONTH.search(text)) is None:
        return None
    return *_nearest_month(int(m[1]), base), m.group(0)


def _around(side: str, count: str) -> int:
    n = int(count) if count.isdigit() else _CN_DIGIT[count]
    return -n if side == "前" else n
