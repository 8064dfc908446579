"""Contact routing: what a question names (places, people, numbers, e-mails) and who answers it.

`ContactRouter.find(clause)` reads one normalised clause into a `ContactFinding`; `ContactRouter.reply(finding)`
writes the message. The engine calls `find` on each clause and sends `reply` when `finding.routes`.

What is read, in this order:
- numbers and e-mail addresses, in any spacing, with +86 / 0086, a landline with or without its area code, an
  address whole or only its part before the @ (「liwen」), any case;
- the names of the notice's contacts;
- places, through the region index (provinces, cities, districts, region words, Latin names), wherever they
  stand: after greetings, inside a school's name (四川大学, 广州市技师学院);
- what is denied (「不是广东，是广西」「广东不对，应该是广西」「打错了，是广西」): only what is left counts;
- whether a contact is asked for (找谁, 联系人, 电话, who …), for which role (考务, 技术), and whether it is a
  yes/no question about a person and a place (「贵州的是不是也归杨德明管」).

Only general language lives here (negation, question and contact words); every name, number and place comes
from the data folder.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, pairwise

from pypinyin import Style, lazy_pinyin, pinyin
from rapidfuzz.distance import OSA, Levenshtein

from .contacts import EXAM_AFFAIRS_ROLE, TECHNICAL_ROLE, ContactDirectory, bare_digits
from .knowledge import ContactWords, Knowledge
from .lexicon import TAGGER, TOKENIZER
from .regions import SCHOOL_TAIL, Match
from .text import DUTY_WORDS, EMAIL, OWN, TITLES
from .thesaurus import an_act, tells
from .understand import INTERROGATIVE, cn_value

__all__ = ["EXAM_AFFAIRS", "TECHNICAL", "ContactFinding", "ContactRouter"]

EXAM_AFFAIRS = "考务"
TECHNICAL = "技术"

# The notice's name of each contact group asked by its role word.
_ROLE_NAMES = {EXAM_AFFAIRS: EXAM_AFFAIRS_ROLE, TECHNICAL: TECHNICAL_ROLE}

MAX_PEOPLE = 3  # cards in one reply
MAX_PROVINCES = 10  # provinces in one reply; grouped by person that still fits a phone screen
MAX_LINES = 15  # a reply fits on one phone screen
# Characters of a clause read: a question is short (the engine reads 300), and some checks compare each mention
# with each other one, so a pasted document must not make them quadratic in its length.
MAX_TEXT = 600

# ---------------------------------------------------------------- general language

# Who, as Chinese asks it of a person (老师 is gone after normalisation: 「哪个老师管」 arrives as 哪个管).
_WHO = r"(?:谁|哪[一几]?位|哪一?个人?|哪几个人|哪些人|什么人|啥人)"
# Asking who is in charge of someone: 「我们归哪个老师管」「由哪位老师负责」「谁来管我们」「我们归谁」. 管 is no 管理,
# 管道 or 管用 (「哪个管用」 asks which works); 「归哪个省」 asks where a place belongs, and a bare 「由谁」 by whom a
# task is done (「考场由谁来安排」, the duty asks below), not who is in charge.
_WHO_IN_CHARGE = rf"(?:归|由)?{_WHO}来?(?:管(?![理道控制用])|负责|分管|对接)|归{_WHO}(?![省市县区部单])"
# A verb of reaching or asking someone, then who (找谁, 咨询谁, 请教哪位, 反映给谁): whom to turn to.
_REACH_WHO = (
    rf"(?:找|问|联系|咨询|请教|求助|反映给?|打给)(?:{_WHO}|哪个(?:人|老师)?)"
    # (找哪几个老师, normalised to 找哪几个: whom, the noun gone)
    r"|找哪几个(?=$|[，。,？?！!\s])"
)
# Asking for a contact: 「广东找谁」「四川的联系人」「谁负责山西」「林贺的电话」「who handles Guangdong」.
_ASKS_CONTACT = re.compile(
    rf"{_WHO_IN_CHARGE}|{_REACH_WHO}|"
    r"联系人|联系方式|联系电话|联络|谁负责|负责人|负责的|负责|对接|谁管|归谁|管[着了过]?哪|也管|"
    r"还管|都管|找(?:啥|什么)(?:人|老师)|(?:跟|和|与|同)谁|"
    # whose people to go to, asked as an either-or (「找湖南的还是湖北的老师」, its 老师 normalised away)
    r"找[^\W的]{1,8}的(?:人|老师)?还是|"
    # a way to reach someone, asked for — not the mailbox something is sent to (还没发邮箱, 交邮件)
    # (nor the thing something is compared with, 比手机慢了, nor the device as a place, 手机上能看吗)
    # (「…这三个省，业务老师分别是？」: each one's, asked by leaving the name to fill in)
    r"(?:分别|各自|各)(?:是|为)$|"
    # (or how the work is divided, or to be listed: 「云贵川三个省的站点业务是怎么分的」「各自的业务老师列一下」)
    r"(?:怎么|如何|咋)分(?:的|工|配)|分工|(?<![排队系])(?:列|捋)(?:一下|一列|一遍|下|出来)?(?=不|吗|呗|呢|$|[，,。？?])|"
    r"是谁|哪位|哪个老师|(?<![发交寄传投比])(?:电话|手机|座机|固话|邮箱|邮件|微信)(?![上里])|怎么联系|联系|要找|我找|"
    r"叫(?:啥|什么)(?:名字)?|"
    # (an aspect particle may stand between the verb and what it governs: 管着哪些地方, 负责过什么)
    r"(?:是|在|管|负责)[着了过]?(?:哪个|哪些|哪几个|什么|啥)(?:省|地区|地方)|负责[着了过]?哪|(?:管|负责)[着了过]?(?:什么|啥)|"
    r"\bwho\b|\bwhom\b|\bcontact|\bhandles?\b|in charge|responsible|\bphone\b|e-?mail|\bcovers?\b"
)
# What a person handles, asked yes or no (「侯仕平是不是也分片管站点」「是不是管考务的」): a question about that person,
# when no place is named (not the person described by a duty, 「是不是找管新疆宁夏的黄超老师」)
_DUTY_ASKED = re.compile(r"(?:是不是|是否)(?:也|还|都)?(?:(?![找问联归])[\u4e00-\u9fff]){0,2}?管(?![理道控制用])")
# What a person does, asked the way a chat asks it (「黄超老师是干啥的」「林贺做什么的」): a contact ask only when a
# person is named, since 「考生要做什么」 asks for no contact.
_ASKS_PERSON_ROLE = re.compile(r"(?:干|做|搞|管)(?:什么|啥|嘛|哪块|哪一块)|干嘛")
# ... or as an either/or (「黄超老师是管技术的还是管省的」「林贺负责业务还是负责考务」): 还是 before a duty verb, or
# role words of two different groups on its two sides (`ContactRouter._asks_either_role`).
_EITHER = "还是"
_EITHER_DUTY = re.compile(r"(?:是|在)?(?:管|负责|分管|对接|做|搞)")
_PROVINCE_WORD = re.compile(r"省|地区|地方")
# An explicit "who" for a role: 「技术问题找谁」, but not 「技术负责人要做哪些事」 (a FAQ about the duty).
_ASKS_WHO = re.compile(
    rf"{_WHO_IN_CHARGE}|{_REACH_WHO}|"
    r"联系人|联系方式|联系电话|联络|谁负责|谁管|是谁|哪位|哪几位|哪些人|哪个老师|电话|手机|座机|固话|"
    r"找(?:啥|什么)(?:人|老师)|(?:跟|和|与|同)谁|"
    r"邮箱|怎么联系|\bwho\b|\bcontact"
)
# The same asks typed in pinyin (「guangxi lianxiren shi shui」「yunnan shei fuze」): each word's syllables, in any of
# their readings (谁 is shui or shei), spaces optional, as a word of its own.
_PINYIN_ASK_WORDS = ("谁", "联系人", "联系", "负责", "对接", "电话", "哪位")
_PINYIN_ASKS = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(
        r"\s?".join("(?:" + "|".join(readings) + ")" for readings in pinyin(word, style=Style.NORMAL, heteronym=True))
        for word in _PINYIN_ASK_WORDS
    )
    + r")(?![a-z])"
)
# Filling in the site's own contacts, or sending material, is not asking for one: 「考务负责人联系方式几号前填报」,
# 「考务负责人的联系方式还没填，还能填吗」.
_FILING = re.compile(
    r"填报|填写|补填|补报|报送|上报|提交|登记|发到|发哪|发送|发给|寄到|寄给|链接|网址|二维码|扫码|截止|截至|截到|到期|期限|"
    r"(?:怎么|[在去往向到]哪|哪里)(?:儿)?(?:填|报)|(?:几号|哪天|什么时候|啥时候|何时).{0,4}?(?:报|交|填)"
    # a date, or lateness, said of the sending (「是不是11月30号前报」「现在报算逾期吗」): its deadline, not whom to call
    r"|\d{1,2}[日号](?:前|之前|以前)?(?:报|交|填)|逾期|按时|(?:报|交|填)(?:晚|迟)了"
    # ... or a time said in words (月底前交, 下周报), and a verb of giving sent up (交上去, 报上去: handed in)
    r"|(?:月底|月初|月中|月末|年底|周末|下周|这周|本周|明天|今天|后天)(?:前|之前|以前)?(?:报|交|填)|(?:交|报|传|送)上去"
    # ... or the last day it may be sent by, asked (「最晚下周几交」「最迟哪天得报上」)
    r"|(?:最晚|最迟)[^，,。？?]{0,6}?(?:报|交|填)"
    # (its deadline, 截 after a day: 「是今天截还是明天截」「是这周二截还是下周二截」)
    r"|(?:月底|周末|(?:下下|下|这|本|上)?(?:周|礼拜|星期)[一二三四五六日天]?|明天|今天|后天|\d{1,2}[日号])就?截"
    # (a weekday said so, 「赶在下礼拜二前交上」)
    r"|(?:下下|下|这|本)?(?:周|礼拜|星期)[一二三四五六日天](?:前|之前|以前)(?:报|交|填)"
)
# Saying one got it wrong: a verb of saying or typing with 错, its object and 了 optional (打错了, 打错字了, 写错了,
# 说错, 搞错省份了, 输错), never after 没/不/别 (「我没说错，是湖南」 insists on 湖南).
_MISTAKE = r"(?<![没不别])(?:打|写|说|搞|弄|输|敲|记|看|选|问)错(?:了|啦)?(?:字|名字|地名|省份|省名|地方)?(?:了|啦)?"
# Denial: 「不是广东」「并非广东」 (not 「是不是广东」); 「广东不对」「广东打错了」; a correction names what follows.
_DENIED_BEFORE = re.compile(r"(?<!是)(?:不是|并非|而非|而不是|不在|不属于|不找|不归)(?:在|找|属于)?$")
_DENIED_AFTER = re.compile(rf"的?(?:\.{{2,}}|…+|\s)*[哦噢啊额呃嗯唉哎呀]{{0,2}}(?:不对|错了|{_MISTAKE}|有误)")
# 「我们是宁夏…啊不，宁波的」「广东哦不」「广西不不」「广西…不是，广东的」: a clause that ends on 啊不 / 哦不 / 不不
# (after a trailing ellipsis or not), or on 不是 / 不对 after an ellipsis, takes back what it said; read as 说错了, since
# its clauses joined (「宁夏啊不宁波」「广西不是广东的联系人」) would leave 不 before the next word and deny the place
# meant. A bare final 不 with no interjection asks yes or no (「…是我们的联系人不」), and a final 不是 with no pause
# before it may be a tag (「是广东的不是」).
_RETRACTING_END = re.compile(
    r"(?:\.{2,}|…+|\s)*(?:[哦噢啊额呃嗯唉哎呀]+不+|不不+)[。.…\s]*$"
    r"|(?<!是)(?:\.{2,}|…+)\s*[哦噢啊额呃嗯唉哎呀]*(?:不是|不对)[的啊呀哦]*[。.…\s]*$"
)
# An apology before what is said instead (「湖南的联系人……不好意思，是湖北」「sorry，是广西」): as 说错了 when 是 follows,
# not when it opens a question (「不好意思，是这样的」「不好意思，是不是找林贺」) or adds something (「不好意思，还有广西」).
_APOLOGY = r"(?:不好意思|抱歉|对不起|sorry|sry)"
# 「湖南找谁？哦不对，是湖北」: a bare 不对 or 错了 retracts what came before (not 「对不对」「不对吧」「没错了」).
# 「吉林不是我说的是吉安」「广东，不是是广西」: a 不是 that denies what was said before it, since what follows
# restates it (我说的是, 我问的是, 应该是 …) rather than saying what the place is not.
_CORRECTION = re.compile(
    rf"{_MISTAKE}|{_APOLOGY}[啊哈哦呀了]*\s*(?=(?:应该|其实|我们|咱们|我)?是(?!不是|否|这|那|吧|吗|么))|"
    # 「宁夏…啊不宁波的」「宁夏 哦不 宁波」: after a pause an interjection and 不, and 哦不 anywhere, take back what
    # came before (not 「…啊不知道」)
    r"(?:\.{2,}|…+|\s)[哦噢啊额呃嗯唉哎呀]+不+(?![知会能行要用太过然])|[哦噢]不+(?![知会能行要用太过然])|"
    r"更正|纠正|应该是|改成|改为|(?<!对)不对(?![吧吗劲外])|(?<![不没对])错了|"
    r"(?<!是)不是(?=[啊哦噢呃嗯]?(?:我|咱)?们?(?:是|想|要)?(?:说|问|找|指|查|写)的?是|我是说|我是问|应该是|而是|是)"
)
# A clause that is only a denial (「吉林？不是，我说的是吉安」「广东？不对，广西」「不不不，是广西」): it retracts the
# place said in the clauses before. Read as 说错了 when the message is read whole, since 「吉林不是吉安」 joined
# without its commas would deny the wrong place (and 「…对吗？不对」 would join into 对不对).
_DENIAL_CLAUSE = re.compile(
    r"(?:刚才|刚刚|我|抱歉|不好意思|对不起|sorry|\s)*[啊哦噢额呃嗯唉哎呀]*"
    rf"(?:不是|不对|不+|错了|{_MISTAKE}|no|nope)(?:的|了|啦|哦|啊|呀)*"
)
# 「重庆跟四川一样找雷鹏是吗」「贵州和云南一样也归宋菊吗」: a place said after 跟 and before 一样 and a relation to a
# person is the comparison, not a place asked about.
# 「南宁是不是属于宁夏」「南宁算宁夏的吗」: one place said to be in another; 「南宁跟宁夏是一块的吧」: together with it
_PLACED_BETWEEN = re.compile(r"(?:的?学校|这边|那边)?(?:是不是|是否|应该|也)?(?:属于|算|归|在)")
_LIKENED_BETWEEN = re.compile(r"(?:这边|那边)?(?:跟|和|与|同)")
_WHICH_ONE_BETWEEN = re.compile(r"(?:省|市)?(?:那个|这个|那边的|这边的|的)?")  # 浙江那个台州: the province says which
_TOGETHER_AFTER = re.compile(r"(?:是不是|是|算|应该)?(?:一块|一起|一片|一个(?:地方|地儿|片区|区域|省)|同一个?(?:地方|地儿|片区|区域|省))")
_NEAR = re.compile(r"(?:挨着|靠着|紧挨|靠近|邻近|临近|毗邻|紧邻|挨|靠)$")
# ... said to open a clause of its own, its subject the place said before (「香港有所院校想办考点，挨着深圳，…」)
_NEAR_CLAUSE = re.compile(_NEAR.pattern.removesuffix("$"))
_NEAR_OPENS = re.compile(r"(?:^|[，,。；;！!？?\s])" + _NEAR.pattern)
_NEAR_AFTER = re.compile(r"(?:紧)?(?:挨着|靠着|挨得近|离得近|相邻|邻近|接壤|连着)")  # 跟广东挨着
# 「六安是不是陕西西安那一带」: a place guessed to be in another's area (是不是 …那一带/附近): the guess, not the place asked
_GUESSED_IN = re.compile(r"(?:是不是|是|在|属于|算)$")
_AREA_OF = re.compile(r"(?:那|这)?(?:一带|附近|周边|旁边)")
_COMPARED_WITH = re.compile(r"(?:跟|和|同|与|像)$")
# 「汉中听着像武汉那边的」: 像 (not 好像, "it seems") says likeness by itself, with no 一样 or 差不多 after the place
_LIKE = re.compile(r"(?<!好)像$")
# 「…是不是都归山西的雷鹏老师」: 都 (all of them) gathers what the clauses before named
_ALL_OF_THEM = re.compile(r"都(?:归|是|找|由|属于|算)")
# 「找管西藏的黄超老师」: a verb of duty before the place said of a person
_DUTIES = f"(?:{'|'.join(DUTY_WORDS)})"
_DUTY_BEFORE = re.compile(_DUTIES + "$")
# A person described by what they handle, as a relative clause before the name: 「对接东北的」「负责西北几个省的」.
_DUTY_CLAUSE = re.compile(_DUTIES + r"[\u4e00-\u9fff]{1,8}?的$")
# 「香港能不能算广东」「澳门能不能挂在广东」「…可以归到广东吗」: a place right after a whether-modal and a verb of
# placing with its preposition (在, 到, 进, 入, 靠) is where the member would file the place asked before (not
# 「是不是也管湖北」: a person's duty)
_COUNTED_AS = re.compile(r"(?:能不能|可不可以|能否|是不是|可以|能)(?:算(?:是|作|成|在)?|[\u4e00-\u9fff][在到进入靠])$")
_FROM = re.compile(r"(?:离|距离?)$")  # the distance from a place: 离珠海近
# (or a short way said as steps: 离承德就一步远, 几步路)
_CLOSE = re.compile(r"(?:很|挺|比较|特别|最|也|就|只有?|才)?(?:近|不远|没多远|[一几两]步(?:路|远|之遥)?)")
_ALIKE = re.compile(r"(?:差不多|差不离|类似|相似|相近|很像|挺像)")
_AS_FOR = re.compile(r"的?(?:一样|似的|那样)(?:的)?(?:也|都|还)?(?:是|找|归|由|问|联系|对接|有?[一两二三四五\d](?:个|位))")
# 「广西挨着广东，应该也是林贺吧」「广西靠近广东，林贺也负责吧」: a place said after the place asked, in a relation to
# it (not joined to it by 和, 跟, 、 …), when the person is asked about with 也 (also): the second place is the one
# whose person the asker knows, the reference, and only the first is asked. Joined places (「广西和广东也是林贺吗」)
# are both asked.
_ALSO = re.compile(r"(?:也|同样|一样)的?(?:是|找|归|由|问|联系|对接|管|负责|属于)")
_ALSO_AFTER = re.compile(r"(?:那边|这边|那块|的学校|的站点|省)?(?:是不是|应该)?" + _ALSO.pattern)
_JOINED_PLACES = re.compile(r"(?:和|跟|与|同|及|以及|、|还有|(?:再|外)?加上?|连同|或者?|或是|省|市|的|都|\s)*")
_RELATION_SPAN = 8  # characters between the place asked and the reference: a relation, not a sentence
_EACH_ASKED = re.compile(r"分别|各自|各是|[两俩二三几]个?(?:省|地方|地)")
# 「考务除了陈海燕还有谁」「广东除了林贺还有哪位」「陈海燕之外的考务是谁」「考务一个是陈海燕，另一个是谁」: a person set
# aside, and the others of their group asked for (the group the clause names, or else the person's own).
_ASIDE_BEFORE = re.compile(r"除(?:了|去|开)?$")
_ASIDE_AFTER = re.compile(r"(?:老师)?(?:之外|以外)")
# 「学校总部在黑龙江」「电子科大在成都」: a clause that says where something is, and asks nothing
_PARENT_SITE = re.compile(r"本部|总部|总校|主校区|老校区")  # the parent school's seat, beside a campus'
# (or what a thing of the school's is said to be, 「学校牌子是北京的」: the asker's reason too, not who asks)
_PLACING_CLAUSE = re.compile(r"^[^谁哪吗找归管问]*(?:在|位于)[\u4e00-\u9fff]{2,8}$|^[^谁哪吗找归管问我咱]+是[\u4e00-\u9fff]{2,8}的$")
_PLACE_ASIDE_AFTER = re.compile(r"(?:以外|之外)?的?(?:$|[，,]?[^，,。？?]{0,8}?(?:还|另外|也|其他|其它|别的))")
_OTHERS = re.compile(r"还有|另外|另一|其他|其它|别的|其余|剩下")
# (said of people, counted or asked which — 「两个老师都行吗」, 老师 normalised away — not 「三个级别都能报吗」)
_ANY_WILL_DO = re.compile(r"(?:[两二俩几]个|[两二俩几]位|人|哪个|哪位)都(?:行|可以|成)|随便(?:找|联系)")
_OTHER_ONE = re.compile(r"另(?:外)?一(?:个|位)|另外(?:那|的)(?:个|位)|另外(?:还有)?(?:谁|哪)")
# Who is asked, then the options for it (跟谁签？考务那边的老师还是各省的老师): 谁 before an either-or.
_OPTIONS_FOR_WHO = re.compile(r"谁[^还]{0,12}还是")
# An open question, not a yes/no one: 「蓝海鹏管哪几个省」「林贺负责哪里」「电话多少」.
# (a question word before 都 or 也 is "any", no question: 哪个都行, 谁都可以, 找哪位也一样)
_OPEN_ASK = re.compile(r"(?:哪|几|什么|啥|谁|多少)(?![个位些]?(?:老师|人)?[都也])")
# A region pointed at as where one is (西北这块, 华东这边, 东北片区): the asker's part of it.
_THIS_AREA = re.compile(r"[这那](?:块|边|片)|片区")


def _points_at(clause: str, region: str) -> bool:
    """Is the region pointed at right where it is named (西北这块, 华东片区), not a city after it (东三省加上包头那边)?"""
    at = clause.find(region)
    return at >= 0 and _THIS_AREA.match(clause, at + len(region)) is not None


# A number of people claimed in a yes/no (「是不是也是两个人」「广东是两位老师负责吧」).
# (what kind of people may be said between the count and them: 两个不同的老师, 三位对接的老师)
_SUCH = r"(?:[^，,。？?的]{1,4}的)?"
# (俩 and 仨 are 两个 and 三个 said as one word: 「是仨老师分别管吧」)
# (好几个, 几位 in a yes/no: several, a count above one — 「是不是得分开找好几个老师」)
_COUNT = r"(?:[一两二三四五\d](?:位|个)|[俩仨]|好?几(?:位|个))"
# How several people do a duty: each their own part, or together (分别管, 一起管)
_SHARED_DUTY = r"(?:分别|各自|一起|一块儿?|共同|一同)"
_DUTY_ADVERB = r"(?:就|都|能|可以|全|也|一起)"  # what may stand between people counted and their duty (就能全管)
_COUNT_CLAIMED = re.compile(  # (位 counts only people)
    rf"(?:是|有)(?:[一两二三四五\d](?:位|个{_SUCH}(?:人|老师|联系人|负责人))|[俩仨]{_SUCH}(?:人|老师|联系人|负责人))"
    # 「是不是得分别找三个老师」 (老师 is gone after normalisation: a count of whom to go to, at the clause's end)
    rf"|(?:找|问|联系){_COUNT}{_SUCH}(?:人|老师|联系人|负责人)?(?=$|[，,。？?!！])"
    # 「是跟广东一样两个老师都能找吗」: a count of people any of whom will do; 「两位老师是不是都得联系一遍」: all of whom
    # must be gone to; 「是三个老师分别管吧」: each of whom does the duty (a count of whom to go to)
    rf"|{_COUNT}(?:人|老师|联系人)?(?:是不是|是否)?都(?:能|可以|行|得|要|需要)"
    rf"|{_COUNT}(?:人|老师|联系人)?{_SHARED_DUTY}(?:管|负责|对接)"
    # 「海南是不是两个老师管」: a count, then the duty, ending the clause (一个 so said asks whether it is the same one)
    rf"|(?:[两二三四五\d](?:位|个)|[俩仨])(?:人|老师|联系人)?(?:管|负责|对接)的?(?=$|[，,。？?!！])"
    # 「是不是一个老师就能全管了」: a count, then the duty after its adverbs (就, 都, 能, 全), asked yes or no
    # (or one group of them, 「是一拨老师对接吗」: the same people)
    rf"|(?:{_COUNT}(?:人|老师|联系人)?{_DUTY_ADVERB}+|一[拨批](?:人|老师|联系人)?{_DUTY_ADVERB}*){_DUTIES}"
)
# Of those, the counts of whom to go to (找三个, 三个分别管), and the number said
_COUNT_SOUGHT = re.compile(r"^(?:找|问|联系)|(?:分别|各自)(?:管|负责|对接)$")
_COUNT_SAID = re.compile(r"[一两二三四五\d俩仨几]")
SEVERAL = -1  # the count claimed when it is 几 (several): any above one holds
# A third person standing for someone named before (他, 她): not a name of its own.
_PRONOUN = re.compile(r"[他她](?![们人])")
# Who handles a place, said (管, 归, 负责, 对接): 「陕西、山西是同一个老师管」.
_HANDLED = re.compile(r"管|归|负责|对接")
# A clause that opens with the copula, its subject left out (「是杨德明老师吗」, not 「是不是…」, which asks whether).
_COPULA_FIRST = re.compile(r"是(?!不是|否)")
# A yes/no question: 「是不是」「是否」「对吗」 (a final 吗 is gone after normalisation, so relations count too), and
# the colloquial final 不 / 没 (「张孙慧是我们的联系人不？」「报了没？」), not 还没 / 都不 / 并不.
_YES_NO = re.compile(
    r"是不是|是否|对吗|对不对|对吧|没错吧|是吧|还是|吗|(?<=[\u4e00-\u9fff])(?<![还都也并从仍])(?:不|没有?)$|"
    r"^(?:is|does|do|are|can)\b"
)
# A number claimed for a person either way round: 「雷鹏的号是15397640352吗」「15397642175是雷鹏的号吗」 (the 吗 normalised away).
# (normalising drops the 吧 and 吗 after them: 「…没错吧」 reaches us as 「…没错」)
_YES_NO_NUMBER = re.compile(
    r"是不是|是否|对吗|对不对|对吧|没错吧|是吧|吗|是\d|是[a-z]|[\da-z]是|的?(?:电话|号码|号|手机|邮箱)是|"
    r"(?:没错|对|正确|有误|错了?)$|"
    # the colloquial final 不 of a clause, as _YES_NO reads it: 「手机17305315568对不？打过去是空号」
    r"(?<=[\u4e00-\u9fff])(?<![还都也并从仍])不(?=$|[，。,.?？!！;；\s])"
)
# Whether a value is wrong is what is asked: 「是不是记错了」「号码有误吗」 (not 「没错吧」, which asks whether it is right,
# nor 打错了 and 写错了, which take back what was typed: _RETRACTING)
# (or a character too few or too many asked: 「少没少字母」「是不是多了一位」)
_ASKS_WRONG = re.compile(
    r"(?<![没不])(?:记|弄|搞|存|抄)错|是不是错|有误|不对|[少多](?:没[少多]|不[少多]|了)?一?[个位]?(?:字母|字符|数字|位)"
)
_PERSON_RELATION_BEFORE = ("找", "归", "是", "由", "问", "联系", "对接", "打", "打给", "拨")  # (打: 「打雷鹏老师电话」, a call)
# 「张孙慧负责湖北」「梁眉也管」「侯仕平也能帮咱签」, and a person said to be the asker's contact: 「张孙慧是我们的联系人」「黄超是这边的对接人」
# 「雷鹏是我们省的联系人」.
_PERSON_RELATION_AFTER = re.compile(
    r"(?:老师)?(?:也|还|都|就)?(?:能|可以|会)?(?:负责|管|对接|分管|签|帮|替|"
    r"是(?:我们|咱们|我校|本校|这边|那边)?(?:省|市|区|学校|这边)?的?(?:业务)?(?:联系人|负责人|对接人|对接老师))"
)
# 「黄超是管考务的」「张晋静是负责技术的」: what a person is said to do (a role claimed, judged on the groups); the
# rhetorical 不是…吗 (「黄超老师不是管考试系统技术的吗」, its 吗 normalised away) claims it too
_DUTY_AFTER = re.compile(r"(?:老师)?(?:也|还|都|就)?(?:是不是|是否|不是|是)?(?:也|还|都|就)?(?:负责|管|对接|分管|搞|做)")
# 「广东只有林贺」「广东就林贺一个」: a person said to be a place's only one is a claim (its 吗 normalised away).
_ONLY_BEFORE = re.compile(r"(?:只|仅|单单|就)(?:有|是)?$")
# 「我们是福建的」 says who asks, not whom a place belongs to.
_PLACE_RELATION_BEFORE = re.compile(r"(?:负责|管|(?<!我们|咱们|我校|学校)(?<![我咱])是|归|属于|对接|找)的?$")
# A question of any kind, by the question words of Chinese (a final 吗 and the question mark are gone after
# normalisation, so this is what is left): 「中级几点考」「准考证怎么打印」「有没有补考」.
_QUESTION = re.compile(
    r"什么|啥|几|哪|多少|多久|多长|怎么|怎样|如何|咋|是否|能不能|能否|可不可以|可以|有没有|要不要|会不会|是不是|需不需要|"
    r"谁|\bwhen\b|\bwhat\b|\bhow\b|\bwhere\b|\bwhich\b"
)
# How Chinese says a computer is in trouble (装不上, 闪退, 蓝屏 …): a technical question whatever the notice calls its
# system. The words of the roles themselves (考务; 系统, 安装, 部署 …) are the notice's: data/contact_words.yaml.
_SYSTEM_TROUBLE = r"装不上|报错|故障|登不上|登录不了|闪退|卡顿|卡住|白屏|黑屏|蓝屏|死机|崩溃|断网|没反应"
# Something that does not work, said the way Chinese says it: a verb with 不了/不上/不开/不进/不出 (打印不了, 登不上,
# 打不开), or 失败/出错/出问题. Asked with 找谁 and no word of the exam system, it is a 考务 matter.
_FAILS = re.compile(
    r"(?<=[\u4e00-\u9fff])不(?:了(?!解)|上(?![课班网学])|开(?!心)|进去?|出来)|失败|出错|出问题|有问题|坏了"
)
# Asking whose duty something is, rather than whom to call: 「部署归谁管」「安装由谁负责」.
_DUTY_ASK = re.compile(rf"{_WHO_IN_CHARGE}|{_WHO}来|由{_WHO}")
# A problem, which wants someone to call: a failure, or the word 问题 itself (「技术问题谁负责」).
_TROUBLE = re.compile(f"{_SYSTEM_TROUBLE}|{_FAILS.pattern}|问题")
# A school's name says who asks and where; the words inside it ask for no role: 江西应用技术职业学院, 武汉软件工程
# 职业学院, 成都信息工程大学, 广州市技师学院. A name is a run of characters that holds no question word, pronoun,
# particle or conjunction (「考试系统在学校装不上」 names no school), ending in what a school is called.
_SCHOOL_NAME = re.compile(
    r"[^\W\d的是在吗呢么什怎几哪谁找问我你他她们咱这和跟及或还也了到给去装不没要想让被把请]{1,14}?"
    r"(?:大学|学院|学校|职院|中专|技校|中学|高专|职校)"
)
# A clause that only asks how to reach someone (「电话多少」「邮箱呢」) asks it of the contacts of the clause before:
# 「广东找谁，电话多少」. Normalisation has taken 一下 away, so 「电话给一下」「电话发我一下」 arrive as 电话给, 电话发我.
_DETAILS_ONLY = re.compile(
    r"(?:是的话|如果是|那|还有|另外|他们?|她们?|的|联系|顺便|麻烦|请|再|也|把)*"
    r"(?:电话|手机号?|号码|座机|邮箱|微信|联系方式|怎么联系)(?:号码)?"
    r"(?:(?:和|跟|及|以及|、)(?:电话|手机号?|号码|座机|邮箱|微信|联系方式)(?:号码)?)*"
    r"(?:是|多少|呢|有吗|也|再|都|能|可以|方便|是什么|是啥|吗|"
    r"(?:发|给|说|报|告诉|留|来)(?:我|下|个|一个|一下)?)*"
)
# The province asked is the one named before: 「云南的，考务找谁，本省的联系人呢」.
_OWN_PROVINCE = r"本省|我省|我们省|咱们?省|省里|省内"
# 「还有省里对接人」「我们省的负责人」「本省对接老师」: the province's own person, named by what they are, asks who
# it is without a question word (老师 is gone after normalisation, so 对接老师 arrives as 对接).
_OWN_PROVINCE_PERSON = re.compile(
    rf"(?:{_OWN_PROVINCE})(?:的|那边的?|这边的?)?(?:业务)?(?:联系人|负责人|对接人|对接的?|负责的|联系的)"
)
# 「浙江和福建是同一个老师管吗」「江浙的联系人一样吗」「广东和海南是不是分开管的」: whether the places named share a
# contact (老师 and a final 吗 are gone after normalisation). What is left once the places are cut out must be this
# and nothing else, so that 「广东和广西考试时间一样吗」 stays a question about the exam. {sites} and {provincial}
# are the words of data/contact_words.yaml (学校, 考点 …; 业务 …).
_SAME_CUE = r"同一(?:个|位)?|同样|一样|相同|不同|不一样|分开|分着|各自|各?(?:一|两|俩|三|四|五|几)(?:个|位)"
_SAME_GLUE = (
    # (the verbs asked A-not-A too: 「这俩城市归不归同一个老师管」)
    r"的|和|跟|与|及|、|(?:再|外)?加上?|连同|是不是|归不归|由不由|在不在|不是|是|都|也|由|归|在|呢|还是|人|联系人|负责人|对接人|负责|"
    r"(?:统一?)?管|对接|联系|找|省|地区|"
    r"这边|那边|\s|{sites}|{provincial}|"
    # 「云贵两省」「川渝两地」「俩学校」「两边」「这俩城市」: the places just named
    r"(?:这|那)?(?:两|俩|二|三|四|五|六|几)(?:个|所)?(?:省|地|城?市|边|{sites})"
    r"|(?:这|那)?俩"  # 「是不是一个老师管俩」「这俩对接人一样不」: 俩 alone is "the two of them"
)
# (ended, as a question, by its A-not-A tail: 「是同一个联系人不」)
_SAME_PERSON = f"(?:{_SAME_GLUE})*(?:{_SAME_CUE})(?:{_SAME_CUE}|{_SAME_GLUE})*(?:不|没有?|吗|么)?"
# 「宿州和苏州读音一样，是不是一个老师」: whether one person serves the places, asked at the clause's end, whatever the
# member said of the places before it (老师 is gone after normalisation)
# A clause that opens likening what it names to what was said before (「…，跟浙江的兄弟院校是一个对接老师吗」).
_ALONGSIDE = re.compile(r"(?:那|那就|就)?(?:跟|和|与|同)")
_SAME_ASKED_TAIL = re.compile(
    r"(?:是不是|是否|是)(?:都|也|由|归)?(?:同一|一)(?:个|位)(?:对接)?(?:人|联系人|负责人|老师)?(?:全|都|统一)?(?:管|负责|对接|包)?了?"
    r"(?:啊|呀|呢|吗|么|不)?$"
)
# 「一个在江苏一个在安徽」「一个校区在江苏，另一个在安徽」「有的在…有的在…」: one … the other, each place in turn. Its
# 一个 is no 同一个: the places are listed, not compared.
_ONE_AND_THE_OTHER = re.compile(r"一(?:个|位|所|边)\S{0,12}?一(?:个|位|所|边)|有的\S{0,12}?有的")
# A clause that only asks whether what was said before is right: a pointer to it, what it is, and a confirming tag
# (这个号对吧, 这个邮箱没错吧, 是这个吗, 对不对).
_CONFIRMS_ONLY = re.compile(
    r"(?:这|那)?(?:个|一)?(?:号码?|电话|手机号?|邮箱|地址|人|位)?(?:是|就是)?(?:这个|这位)?"
    r"(?:对|对的|对吧|对吗|对不对|没错|没错吧|正确|准确|没问题|吗|吧|是吧|是不是)"
    # (or that the asker did not get it wrong: 「我没抄错吧」「没记错吧」)
    r"|(?:我|我们)?(?:应该)?没(?:有)?(?:抄|记|写|存|输|打|弄|看)错(?:吧|吗)?"
)
# A clause that only asks whom to call (「分别联系谁」「那找谁呢」) asks it of what the clause before named.
_ASK_ONLY = re.compile(
    r"(?:请问|那么?|分别|各自|又|都|应该|该|要|去)*(?:联系|找|问|打给)(?:谁|哪位|哪个|哪个人)(?:呢|啊|呀)?"
    rf"|(?:那么?|分别|各自|又|都)*(?:是谁|{_WHO_IN_CHARGE})(?:呢|啊|呀)?"
)
# Where one ask ends and the next may begin: 「广东找谁，技术问题找谁」 (one clause once punctuation is gone).
_ASK_END = re.compile(rf"{_REACH_WHO}|是谁|{_WHO_IN_CHARGE}")
# ... or an asked-for contact joined to the next ask: 「四川的联系人和技术支持电话」.
_ASK_JOINED = re.compile(r"(?:联系人|联系方式|联系电话|负责人|对接人|电话|手机|邮箱)(?=和|跟|与|及|以及|还有|、)")
# What may stand around a place, a person or a number standing alone: 「广东？」「我们是四川的学校」「成都这边」
# 「黄超」, and a correction of the place asked before: 「不是广东，是广西」「我要找的是广西」「湖南打错字了，是河南」.
# {sites} is where the site words of data/contact_words.yaml go (学校, 考点 …), {mistake} is `_MISTAKE`.
_ALONE = (
    r"(?:那|那么|还有|另外|(?:我们?|咱们?)?(?:要|想)?(?:找|问|说|指|查|写)的|我们|我校|咱们|我|应该|而|刚才|刚刚|抱歉|"
    r"不好意思)*"
    r"(?:不是|是|在|不对|{mistake}(?:我们|咱们|我校|我)?)*"  # 「说错了，我们是…」
    r"(?:的)?(?:{sites}|这边|那边|地区|区域|省|市|呢|这个人|这位|这个号|\s|"
    r"不是|是|不对|应该是|而是|{mistake}|的|和|、|找|问|联系|"
    r"(?:我们?|咱们?)?(?:要|想)?(?:找|问|说|指|查|写)的|我是说|我是问)*"
)
# A school's name around a place (福州职业技术学院, 四川大学): what is left of it once the place is cut out.
_SCHOOL_REST = re.compile(r"[^\W\d的是在吗呢么什怎几哪谁找问]{0,10}?(?:大学|学院|职院|学校|中专|技校|中学)")
# 「火星的学校找谁」「某某县找谁」: what stands before 的 and a school or site word, or a name with a place suffix.
_PLACE_BEFORE_SITE = (
    r"(?P<place>[\u4e00-\u9fffa-z]{{2,10}}?)的(?:{sites}|这边|那边|地区)"
    r"|(?P<place2>[\u4e00-\u9fff]{{1,8}}(?:省|市|县|区|州|盟|旗|镇|乡))(?=的|找|联系|谁|负责|$)"
)
# Where the words around a run make it a place, for a place typed by its sound (和肥的学校, 夏门这边, 我们在蓉城,
# 正州找谁): before a site word, 这边 or 那边; after 我们在 / 我们是 to the clause's end or 的; or a clause that is
# only the run and a contact ask. {sites} as above.
_PLACE_SLOT = (
    r"(?P<a>[\u4e00-\u9fff]{{2,10}}?)(?:这边|那边)?的?(?:{sites}|这边|那边)"
    r"|(?:我们|咱们|我校|我)(?:在|是)(?P<b>[\u4e00-\u9fff]{{2,5}}?)(?:的|这边|那边|$)"
    r"|^(?P<c>[\u4e00-\u9fff]{{2,5}}?)(?:的|这边|那边)?(?:找谁|联系谁|问谁|谁负责|归谁管|的?(?:联系人|负责人|对接人))"
)
# A place typed by its sound is a run of two to five characters ending where the slot ends.
_SOUND_RUN = (2, 5)
# Conjunctions joining two places (安庆和安康, 安康、安庆).
_JOINED_AFTER = re.compile(r"(?:和|跟|与|及|、|还有|以及|或者?)")
_JOINED_BEFORE = re.compile(r"(?:和|跟|与|及|、|还有|以及|或者?)$")
_PLACE_TAIL = re.compile(r"(?:这边|那边|这里|那里|一带)$")
_ASKER_PREFIX = re.compile(r"^(?:我们|我校|咱们|我|这里|这边|那边)?(?:是|在)?")
# Words that say which school or which kind, not where: 「我们的学校」「新申报的考点」「民办的学校」「其他省的学校」.
_NOT_A_PLACE = re.compile(
    r"我|你|他|她|咱|本|该|这|那|哪|其他|其它|别的|外|各|每|所有|全部|全|部分|一些|有些|某个|新|老|原|"
    r"民办|公办|私立|公立|高职|中职|本科|专科|技工|职业|普通|重点|试点|合作|申报|报名|考试|参加|已|没|"
    r"附近|周边|偏远|农村|城市|乡镇|县城|市里|省里|区里|下属|同一|什么|多少|哪些|"
    # a count (「是不是一个省的」) or a yes/no said of a place, which no name holds
    r"[一两二三四五六七八九十几]个|不是"
)
# A name typed by sound (贾昕阳 for 贾昕旸) counts only where a person is spoken of: 「张孙惠老师」「找张孙惠」
# 「张孙惠是负责哪里的」「贾昕阳的手机号」, or the name ending the clause.
_PERSON_CUE_BEFORE = re.compile(r"(?:找|问|联系|给|请|是|和|跟|、)$")
_PERSON_CUE_AFTER = re.compile(
    r"老师|的?(?:电话|手机|号码|邮箱|微信|联系方式)|负责|分管|管|是|在|呢|吗|也|还|对接|和|跟|、|$"
)
# A person spoken of by surname and title (「贾老师负责哪个省」「找林总」), as Chinese addresses people it does not
# know closely. Not a colleague of the asker's own side (「我们学校王老师让我问」「本校的李老师」).
_TITLES = "(?:" + "|".join(TITLES) + r"|总(?![结共计体部是数额]))"
_OWN_SIDE = re.compile("(?:" + "|".join([*OWN, "学校", "校", "院", "系", "班", "单位", "同事", "领导"]) + ")的?$")
# ... and with what they do there, 「我们监考的王老师」「我们机房的李老师」 — not whom the asker deals with (我们对接的),
# nor where they are (我们广东的, 我们这边的, 我们省的: a place's contact claimed)
_OWN_ROLE = re.compile("(?:" + "|".join(OWN) + r")([\u4e00-\u9fff]{1,4})的$")
_NOT_A_ROLE = re.compile(r"对接|联系|找|问|负责|管|签|边|省|市|区|县|地|里|方")
# 谁 typed by its sound (找水, 问税, 找睡): the readings of 谁, where an ask ends.
_WHO_SOUNDS = frozenset({"shui", "shei"})
_WHO_TYPED = re.compile(r"(?<=找|问)([^\W\d谁a-z])(?=$|[呢啊呀吧嘛哈]|负责|管)")
# ... and the verb right after 谁 typed by its sound (谁负则, 谁队接): the duty verbs an ask for a person says there.
_AFTER_WHO_VERBS = ("负责", "对接")
_AFTER_WHO_TYPED = re.compile(r"(?<=谁)([^\W\d谁a-z]{2})")
_NUMBER_PIECE = re.compile(r"\d+")
# An e-mail spoken of (邮箱, 邮件, email): a Latin word beside it may be an address typed by its mailbox.
_MAIL_SAID = re.compile(r"邮箱|邮件|电邮|e-?mail|mail", re.IGNORECASE)
MAILBOX_LEAST = 4  # letters of a mailbox typed a little off (shorter words are too many: qq, vip)
_LATIN_WORD = re.compile(r"(?<![a-z0-9@._\-])[a-z][a-z0-9._\-]*[a-z0-9](?![a-z0-9@_\-]|\.[a-z])")
_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{9,11}")


def _either(words: Sequence[str]) -> str:
    """An alternation of literal words, longest first (考核站点 before 站点)."""
    return "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Words:
    """The notice's words for its contact groups and for a member's site (data/contact_words.yaml), compiled."""

    technical: re.Pattern[str]
    exam_affairs: re.Pattern[str]
    not_a_role: re.Pattern[str] | None
    # the matters of the provincial business contacts, and 本省 (which means the province named before)
    provincial: re.Pattern[str]
    alone: re.Pattern[str]
    place_before_site: re.Pattern[str]
    place_slot: re.Pattern[str]
    same_person: re.Pattern[str]
    site_word: re.Pattern[str]
    # a group said of a person named right after it (「技术组那个黄超老师」): who the person is, not a role asked
    describes: re.Pattern[str]

    @classmethod
    def build(cls, words: ContactWords) -> _Words:
        sites = _either(words.sites)
        provincial = _either(words.provincial)
        return cls(
            technical=re.compile(f"{_either(words.technical)}|{_SYSTEM_TROUBLE}"),
            exam_affairs=re.compile(_either(words.exam_affairs)),
            not_a_role=re.compile(_either(words.not_a_role)) if words.not_a_role else None,
            provincial=re.compile(f"{provincial}|{_OWN_PROVINCE}" if provincial else _OWN_PROVINCE),
            alone=re.compile(_ALONE.format(sites=sites, mistake=_MISTAKE)),
            place_before_site=re.compile(_PLACE_BEFORE_SITE.format(sites=sites)),
            place_slot=re.compile(_PLACE_SLOT.format(sites=sites)),
            same_person=re.compile(_SAME_PERSON.format(sites=sites, provincial=provincial or sites)),
            site_word=re.compile(sites),
            describes=re.compile(
                f"(?:{_either([*words.technical, *words.exam_affairs])})(?:组|部|口|那边|方面)?(?:的|那个|那位|这个|这位)?$"
            ),
        )

    def without_names(self, text: str) -> str:
        """`text` with the names that hold a role word blanked out (考务助手 asks nothing of 考务)."""
        return self.not_a_role.sub(lambda m: " " * len(m.group()), text) if self.not_a_role else text


@dataclass(frozen=True)
class ContactFinding:
    """What one clause names and asks about contacts."""

    # provinces asked about, after corrections and denials, regions expanded (粤西 → 广东; 江浙沪 → 江苏, 浙江, 上海)
    provinces: tuple[str, ...] = ()
    # contacts named: by name, by a phone number in any format, by an e-mail address or its local part
    people: tuple[str, ...] = ()
    # a place several provinces share (朝阳区 → 北京, 吉林)
    shared_places: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # a place-like name we cannot resolve (「火星的学校」): ask for the province
    unknown_place: str | None = None
    # the clause asks for a contact (找谁, 联系人, 电话, who …) or confirms one (是不是…管, 也找…吗)
    asks_contact: bool = False
    # a yes/no question about a person covering a place
    confirmation: bool = False
    # each phone number or e-mail named, as typed, with its owner (None: nobody in the notice)
    numbers: tuple[tuple[str, str | None], ...] = ()
    # roles asked for: 考务 (exam affairs), 技术 (the exam system)
    roles: tuple[str, ...] = ()
    # the province named through a city or a region word: {province: what was typed} (深圳属于广东, 粤西属于广东)
    via: tuple[tuple[str, str], ...] = ()
    # region words of several provinces named (江浙沪), to say which provinces they were taken to mean
    regions: tuple[str, ...] = ()
    # 「陕西是杨德明还是雷鹏」: which of the people named it is
    which_one: bool = False
    # provinces and people the clause denies and names no other way (「不是广东，是广西」 → 广东)
    denied: tuple[str, ...] = ()
    # the clause is a place, a person or a number and little else (「广东？」「成都的学校」「黄超」「不是广东，是广西」)
    alone: bool = False
    # the clause asks who handles a matter of the provincial business contacts (「协议找谁签」「本省的联系人呢」)
    asks_provincial: bool = False
    # 「浙江和福建是同一个老师管吗」: whether the provinces asked share a contact
    same_person: bool = False
    # people set aside (「考务除了陈海燕还有谁」): the others of their group are asked for
    aside: tuple[str, ...] = ()
    # provinces named that the table lists no business contact for (青海), even where only context (「西宁一所高职，
    # 表里没看到青海，考务和技术分别找谁」), so that the reply says so rather than leave the asker wondering
    unlisted: tuple[str, ...] = ()
    # a surname and title several contacts bear (陈老师 → 陈海燕, 陈淑): all of them are named, and said to be
    surnames: tuple[tuple[str, tuple[str, ...]], ...] = ()
    claimed_count: int | None = None  # 「是不是也是两个人」: how many people a yes/no claims a place has
    # 「两个老师都行吗」「找哪个都可以吧」: whether any of a place's people will do
    any_will_do: bool = False
    # 「广东是不是只找林贺就行」: a yes/no that claims the people named are all the place has
    only: bool = False
    # 「是不是记错了」「有误吗」: the yes/no asks whether the value is wrong, so a plain 是 or 不是 would read backwards
    asks_wrong: bool = False
    asks_landline: bool = False  # a desk phone asked for (座机, 固话): said plainly when the person has none
    # 「王吉庆老师跟林贺老师用的是同一个邮箱吗」: whether the people named share a mailbox or a phone ("邮箱", "电话")
    shared_asked: str = ""
    asks_places: bool = False  # 「侯仕平负责哪个省」: which places a person named covers is asked
    # 「…是找上海那边的老师吗」: places whose people are claimed as whom the places asked about go to
    claimed_places: tuple[str, ...] = ()
    # 「考务问题找黄超吗」: the verdict on a person claimed for a group's matter (「是的。」 or 「不是。」)
    claimed_role: str | None = None
    # the provinces whose cards a yes/no's reply gives, when fewer than those it judges: the one a clause before placed
    # the asker's school in (「山西职业技术学院在太原，…陕西、山西是同一个老师管，是杨德明老师吗」 cards 山西)
    carded: tuple[str, ...] = ()

    def empty(self) -> bool:
        return not (
            self.provinces or self.people or self.shared_places or self.unknown_place or self.numbers or self.roles
        )

    @property
    def context_only(self) -> bool:
        """Routed only because a place or a person stands alone (「我们是四川的学校」): nothing was asked of them."""
        return (
            self.routes
            and self.alone
            and not (self.asks_contact or self.confirmation or self.asks_wrong or any(owner for _, owner in self.numbers))
        )

    @property
    def routes(self) -> bool:
        """Should the contact reply answer this clause (rather than the FAQ)?

        A contact's number or e-mail always; a person, an unknown number or a place when a contact is asked for,
        when it stands alone, or in a yes/no question about them; a role (考务, 技术) or a place we cannot
        resolve when a contact is asked for. 「王吉庆老师让我问准考证什么时候打印」 is the FAQ's.
        """
        if self.confirmation or any(owner for _, owner in self.numbers):
            return True
        if self.numbers and self.asks_wrong:  # 「我这儿存的yuxiaodon@…，少没少字母」: whether it is right, asked
            return True
        named = bool(self.people or self.numbers or self.provinces or self.shared_places)
        if named and (self.asks_contact or self.alone):
            return True
        if self.people and self.provinces:  # 「广东的林贺」
            return True
        return bool(self.asks_contact and (self.roles or self.unknown_place))


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    key: str  # a province, a person's name
    denied: bool = False


# Part of a number said as its start or its end (at least three digits: an area code, the last four).
_NUMBER_PART = re.compile(
    r"(?<!\d)(?:(?P<head>\d{3,})(?:开头|打头)|(?:尾号|尾数|末尾|后[三四五六3456]位)(?:是|为)?(?P<tail>\d{3,})|(?P<end>\d{3,})(?:结尾))(?!\d)"
)


def _near_or_like(text: str, before: str, end: int) -> bool:
    """Is the place that ends at `end` said as one the place before it is near or like, or guessed to be in: 离珠海近,
    跟石家庄差不多, 跟广东挨着, 是不是陕西西安那一带?"""
    return bool(
        (_FROM.search(before) and _CLOSE.match(text, end))
        or (_COMPARED_WITH.search(before) and (_ALIKE.match(text, end) or _NEAR_AFTER.match(text, end)))
        or (_GUESSED_IN.search(before) and _AREA_OF.match(text, end))
    )


def _run_end(m: _Mention, places: Sequence[_Mention]) -> int:
    """Where the places said one right after another from `m` end (河北承德: the province, then its city)."""
    end = m.end
    while nxt := next((p for p in places if p.start == end and p.end > end), None):
        end = nxt.end
    return end


@lru_cache(maxsize=8192)
def _char_sounds(ch: str) -> frozenset[str]:
    """Every reading of a character, without tones: 厦 is sha and xia, so 宁厦 may be 宁夏."""
    return frozenset(pinyin(ch, style=Style.NORMAL, heteronym=True)[0]) if "\u4e00" <= ch <= "\u9fff" else frozenset()


def _verb_by_sound(m: re.Match[str]) -> str:
    """The two characters after 谁 as the duty verb they sound like (负则 → 负责), else as typed."""
    typed = m[1]
    return next(
        (
            verb
            for verb in _AFTER_WHO_VERBS
            if all(_char_sounds(t) & _char_sounds(v) for t, v in zip(typed, verb, strict=True))
        ),
        typed,
    )


def _keeping(f: ContactFinding, provinces: tuple[str, ...]) -> ContactFinding:
    """The finding narrowed to `provinces`, with what it said through them (via, unlisted)."""
    return replace(
        f,
        provinces=provinces,
        via=tuple((p, v) for p, v in f.via if p in provinces),
        unlisted=tuple(p for p in f.unlisted if p in provinces),
    )


def _said_before(mentions: list[_Mention], m: _Mention) -> _Mention | None:
    """The mention said last before m (mentions in the order said), if any."""
    return next((k for k in reversed(mentions) if k.end <= m.start), None)


@dataclass
class ContactRouter:
    """Built from the loaded data folder: contacts.json (the directory), regions.json (places), notice.yaml."""

    knowledge: Knowledge
    directory: ContactDirectory = field(init=False)

    def __post_init__(self) -> None:
        self.directory = ContactDirectory(self.knowledge.contacts)
        self._found: dict[str, ContactFinding] = {}  # `find`'s findings by text (see there)
        # each name by its first syllable, so that a clause is read once, not once per name
        self._names_from: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for name, key in self.directory.sounds().items():
            if len(key) >= 2:
                self._names_from.setdefault(key[0], []).append((name, key))
        TOKENIZER.check_initialized()  # the dictionary that tells a typed name from a word (陈述, not 陈淑)
        self._regions = self.knowledge.regions
        self._regions.sounding("和肥")  # builds the table of places by sound at start-up, not on a question
        if self.knowledge.words is None:  # bot.loader.load always reads contact_words.yaml
            raise ValueError(
                "ContactRouter needs the knowledge of contact_words.yaml (load it with bot.knowledge.load)"
            )
        self._words = _Words.build(self.knowledge.words)
        sounds: dict[str, list[str]] = {}
        for p in self._regions.provinces():
            sounds.setdefault("".join(lazy_pinyin(p.name)), []).append(p.name)
        # 广冬 sounds like 广东; a sound two provinces share (山西/陕西) is never guessed
        self._province_sounds = {names[0]: tuple(lazy_pinyin(names[0])) for names in sounds.values() if len(names) == 1}
        # 「Lin He」「linhe」「huang chao」: a contact's name in pinyin, surname first as Chinese names go.
        sounds = {name: [lazy_pinyin(ch)[0] for ch in name] for name in self.directory.names()}
        self._pinyin_names = {
            re.compile(r"(?<![a-z])" + r"[\s\-]?".join(parts) + r"(?![a-z])"): name
            for name, parts in sounds.items()
            if len(parts) >= 2 and all(p.isascii() and p.isalpha() for p in parts)
        }
        # each surname with the people who bear it, in the notice's order (陈 → 陈海燕, 陈淑)
        self._by_surname: dict[str, list[str]] = {}
        for name in self.directory.in_order():
            if len(name) >= 2:
                self._by_surname.setdefault(name[0], []).append(name)
        self._titled = re.compile(f"([{''.join(self._by_surname)}]){_TITLES}") if self._by_surname else None
        mailboxes = sorted(self.directory.mailboxes(), key=len, reverse=True)
        self._mailboxes = mailboxes
        # every address of ours, for one typed a letter or two off (`_nearest_mailbox`)
        self._addresses = [
            c.email.lower() for name in self.directory.in_order() if (c := self.directory.card(name)) and c.email
        ]
        # every phone number of ours, digits only, with its owner and as printed (`_nearest_phone`)
        self._phones = [
            (bare_digits(phone), name, phone)
            for name in self.directory.in_order()
            if (c := self.directory.card(name))
            for phone in c.phones
        ]
        self._mailbox_re = (
            re.compile(r"(?<![a-z0-9._\-])(" + "|".join(map(re.escape, mailboxes)) + r")(?![a-z0-9_\-])")
            if mailboxes
            else None
        )
        standalone = self._regions.standalone_region_words()
        # 华南理工大学, 东北大学: a name built on a region word we do not read alone; ask where it is.
        self._region_school = (
            re.compile(f"(?:{'|'.join(map(re.escape, standalone))})[\u4e00-\u9fff]{{0,8}}?{SCHOOL_TAIL}")
            if standalone
            else None
        )
        # Words the notice and the FAQ use are never a typo of a province: 附件 (fù jiàn) is not 福建.
        faq = self.knowledge.faq.faqs
        self._own_words = "\n".join([*self.knowledge.context.values(), *(q for e in faq for q in e.questions)])
        self._own_words += "\n".join(e.answer for e in faq)
        self._application_email = self.knowledge.notice.application_email.lower()
        self._application_form = self.knowledge.notice.application_form

    # ------------------------------------------------------------ reading

    def find_clauses(self, clauses: Sequence[str]) -> list[ContactFinding]:
        """One finding per normalised clause of a message, read with the rest of the message in mind.

        - A denial in one clause holds for the others: 「广东，不对，是广西」 keeps 广西 only.
        - A clause that only asks (「…，请问联系哪位」) asks about what the clauses before it named, back to the
          previous ask: 「我们学校在山东淄博，想申报考核站点，请问联系哪位」 routes 山东 on the asking clause.
        - A yes/no question split over clauses is still one: 「我们是新疆的，找黄超老师对吗」 confirms 黄超 for 新疆.
        - A place that only stands alone is context when another clause asks something else: 「我们是四川的学校，
          中级几点考」 gets the exam time, not 四川's contact; 「我们四川的，考试系统出问题找谁」 the technical contacts.
        - A clause that asks for a matter of the provincial contacts and names no place takes the place given as
          context, past other asks: 「山东的，考务问题找谁，协议又找谁签」 → 考务, then 山东's contact.
        Clauses that route on their own keep their own finding, so 「广东找谁，准考证什么时候打印」 is a contact
        clause and a FAQ clause.
        """
        clauses = [_RETRACTING_END.sub("说错了", c) for c in clauses]
        whole = self.find("".join("说错了" if _DENIAL_CLAUSE.fullmatch(c) else c for c in clauses))
        read = [self._within(self.find(c), whole) for c in clauses]
        # 「江西的学校，挨着湖南，是李雯老师吗」: a clause that opens with a word of nearness says what the place before is
        # near — a reference, no place asked about
        near = [
            i
            for i, c in enumerate(clauses)
            if i and _NEAR_CLAUSE.match(c) and any(g.provinces or g.unlisted for g in read[:i])
        ]
        if near:  # (the message read whole, its clauses run together, no longer asks of them either)
            referred = {p for i in near for p in read[i].provinces} - {p for i, f in enumerate(read) if i not in near for p in f.unlisted}
            whole = replace(
                whole,
                provinces=tuple(p for p in whole.provinces if p not in referred),
                via=tuple((p, v) for p, v in whole.via if p not in referred),
            )
            read = [ContactFinding() if i in near else f for i, f in enumerate(read)]
            if whole.unlisted and not whole.provinces:
                # 「香港有所院校想办考点，挨着深圳，是不是也找广东的林贺老师」: the place asked about is unlisted, whoever
                # the near place's person is; the message's one finding is the whole's
                at = next((i for i, f in enumerate(read) if f.routes), 0)
                read = [whole if i == at else ContactFinding() for i in range(len(read))]
        # 「号码是173…68，一直打不通，是不是记错了」: whether the value is wrong may be asked in a clause of its own
        read = [replace(f, asks_wrong=True) if f.numbers and whole.asks_wrong else f for f in read]
        # 「华东的，江苏和浙江分别找谁」: a region the message then narrows to provinces named in it (`_narrowed`) is
        # no place of its own
        read = [
            ContactFinding() if f.regions and not set(f.regions) & set(whole.regions) and not f.asks_contact else f
            for f in read
        ]
        # 「考务负责人的电话那些，最迟几号交」: contacts named without a question word, then sent in the next clause, are
        # what is sent — the site's own — not asked for (a place or a person of ours named with them is still asked about)
        for i, (c, after) in enumerate(pairwise(clauses)):
            f = read[i]
            sent = _FILING.search(after) or _fills(after) or _not_sent(after)
            if f.asks_contact and sent and not (f.provinces or f.people or INTERROGATIVE.search(c)):
                read[i] = ContactFinding()
        findings = self._corrected(list(read))
        for i in range(1, len(findings)):
            # 「…要联系杨德明老师，电话13551324833没错吧」「给张孙慧老师发邮件，地址写的zhangshunhui@…」: a value said in a
            # clause that names no one and no place is said for the people the clause before names — one claim, judged
            # on them (never a yes to the person, then the value apart)
            # (the people it names only as the values' owners: 「找丁熙丽老师签协议，我存的是18268819525」, 项露琪's)
            f, before = findings[i], findings[i - 1]
            owners = {owner for _, owner in f.numbers}
            # (a whole value, typed out — not part of one, 「我存了个028开头的座机」, which says whose it is)
            whole_values = all(bare_digits(typed) in clauses[i] or "@" in typed for typed, _ in f.numbers)
            if f.numbers and whole_values and set(f.people) <= owners and not f.provinces and before.people and not before.numbers:
                # (with a clause after that only confirms: 「…李雯老师，邮箱liwen@…，这个没错吧」 is one yes/no)
                end = i + 2 if i + 1 < len(clauses) and _CONFIRMS_ONLY.fullmatch(clauses[i + 1]) else i + 1
                joined = self._within(self.find("".join(clauses[i - 1 : end])), whole)
                if joined.numbers and set(before.people) <= set(joined.people):
                    findings[i - 1 : end] = [joined] * (end - i + 1)
        if whole.claimed_places and whole.provinces:
            # 「同济大学浙江学院想当考点，是找上海那边的老师吗」: the place claimed and the place asked about stand in
            # clauses of their own; the message's one finding is the clause's that makes the claim
            claims = [i for i, f in enumerate(findings) if f.provinces and set(f.provinces) <= set(whole.claimed_places)]
            if claims:  # (every clause of the places claimed gives way: 「…广东海南两位老师是不是都得联系一遍」)
                findings = _whole_stands_for(findings, whole, claims[0], claims)
        if whole.claimed_role and not whole.provinces:
            # 「机房考试系统装完一直连不上服务器，找广东的林贺老师能解决不」: a person claimed in one clause for the matter
            # of a group another clause says is one claim, judged on the group (the place said of them says which person;
            # a school's place is asked: 「石河子大学对接的是黄超老师，跟搞考试系统技术那个黄超是一个人不」)
            judged = [i for i, f in enumerate(findings) if f.people and f.confirmation and not (f.claimed_role or f.via)]
            if judged:
                findings = _whole_stands_for(findings, whole, judged[0], judged)
        whole, reasons = self._without_reasons(clauses, whole)
        # 「陈海燕老师的座机是028开头，…她是不是管四川站点的」「广西的陈老师是不是就是陈海燕？我存了个028开头的座机」: part of
        # a number (028开头, 尾号6370) that says whose it is of a person another clause's yes/no is about is the member's
        # reason for taking them so: the yes/no is judged, the number is not claimed
        parts = {
            i
            for i, f in enumerate(findings)
            if f.numbers
            and all(bare_digits(typed) not in clauses[i] for typed, _ in f.numbers)
            and not _OPEN_ASK.search(clauses[i])
            # (whom the part names is named by name: 「尾号6370那位，是不是管广东」 asks of her through it)
            and {owner for _, owner in f.numbers} <= set(self.directory.names_in("".join(clauses)))
            and any(j != i and g.provinces and _YES_NO.search(clauses[j]) for j, g in enumerate(findings))
        }
        if parts:  # (the person stays said: 「她是不是…」 after it asks of them)
            whole = self.find(
                "".join(
                    _NUMBER_PART.sub("", c) if i in parts else c for i, c in enumerate(clauses) if i not in reasons
                )
            )
        findings = [
            ContactFinding() if i in reasons else ContactFinding(people=f.people) if i in parts else f
            for i, f in enumerate(findings)
        ]
        if whole.confirmation and whole.provinces and not whole.numbers:
            # 「四川外国语大学这边想申报，应该找四川的雷老师吧」: a place said of the person (which 雷老师) in the asking
            # clause is no place asked about when the message asks about another (the school, in 重庆): the yes/no is
            # the whole message's, judged on the place asked about
            judged = [i for i, f in enumerate(findings) if f.confirmation and set(f.people) == set(whole.people)]
            # (and so is one whose places the message names beyond the asking clause's, each only as context: 「晋中有
            # 一所、晋江有一所…是不是都归山西的雷鹏老师」 claims 晋江's school too)
            beyond = set(whole.provinces) - set().union(*(findings[i].provinces for i in judged)) if judged else set()
            said = [f for i, f in enumerate(findings) if i not in judged and set(f.provinces) & beyond]
            if any(not set(findings[i].provinces) <= set(whole.provinces) for i in judged) or (
                beyond
                and said
                and not any(f.asks_contact or f.confirmation for f in said)
                and _ALL_OF_THEM.search(clauses[judged[0]])
            ):
                findings = _whole_stands_for(findings, whole, judged[0], judged)
            elif judged:
                # 「我们在成都，找四川的雷老师吧」: the place given as context is the one the yes/no judges (one reply)
                claimed = set(findings[judged[0]].provinces)
                findings = [
                    ContactFinding() if f.context_only and set(f.provinces) <= claimed else f for f in findings
                ]
        for i, c in enumerate(clauses):
            # 「刚才说错了，应该是河南」: a clause that only retracts belongs to the place said after it
            if _DENIAL_CLAUSE.fullmatch(c) and not findings[i].routes:
                findings[i] = next((g for g in findings[i + 1 :] if g.routes), findings[i])
        context = [i for i, f in enumerate(findings) if f.context_only]
        start = 0  # first clause after the previous ask
        for i, f in enumerate(findings):
            if f.asks_contact and f.empty() and i > start:
                joined = self._within(self.find("".join(clauses[start : i + 1])), whole)
                if joined.routes:
                    # a place given as context carries the joined finding (one reply, sent once), so that no
                    # other answer reads it again (「我们四川的」 is no question about the provinces' contacts)
                    findings[start:i] = [
                        joined if g.context_only else ContactFinding() if not g.routes else g for g in findings[start:i]
                    ]
                    findings[i] = joined
            if f.asks_contact or (findings[i].routes and not findings[i].context_only):
                start = i + 1
        for i, c in enumerate(clauses):
            f = findings[i]
            if (
                i
                and len(f.provinces) >= 2
                and not (f.people or f.same_person)
                and (self._words.same_person.fullmatch(c) or _SAME_ASKED_TAIL.search(c))
                and not _ONE_AND_THE_OTHER.search(c)
            ):  # (the places lent it by the clauses before: 「贵阳和桂阳各有一所学校，读音一样，这俩对接人一样不」)
                same = replace(f, same_person=True, asks_contact=True)
                findings = [same if g == f else g for g in findings]
                continue
            if (
                i
                and len(f.provinces) == 1
                and not (f.people or f.same_person)
                and _ALONGSIDE.match(c)
                and _SAME_ASKED_TAIL.search(c)
                and (j := next((j for j in range(i - 1, -1, -1) if findings[j].provinces), None)) is not None
                and set(findings[j].provinces) - set(f.provinces)
                and (joined := self._within(self.find(clauses[j] + c), whole)).same_person
            ):  # 「我们江苏的，跟浙江的兄弟院校是一个对接老师吗」: the place the clause is likened to is the one said before
                findings[j] = findings[i] = joined
                continue
            if not i or findings[i].routes:
                continue
            if findings[i - 1].routes and (_DETAILS_ONLY.fullmatch(c) or _ASK_ONLY.fullmatch(c)):
                findings[i] = findings[i - 1]  # the same reply, sent once
            elif (
                findings[i - 1].routes
                and (findings[i - 1].numbers or findings[i - 1].people)
                and not findings[i - 1].confirmation
                and _CONFIRMS_ONLY.fullmatch(c)
                and (start := self._confirmed_from(clauses, findings, i, whole)) is not None
            ):  # 「蓝海鹏老师手机17858620886，这个号对吧」: a clause that only confirms makes the one before a yes/no
                # (from the clause naming whose the number is: 「黑龙江的郁晓东老师，手机186…，这个号没错吧」)
                joined = self._within(self.find("".join(clauses[start : i + 1])), whole)
                findings[start : i + 1] = [joined] * (i + 1 - start)
            elif (
                # (the places named in the nearest clause naming any: 「贵阳和桂阳各有一所学校，读音一样，这俩对接人一样不」)
                (j := next((j for j in range(i - 1, -1, -1) if findings[j].provinces), None)) is not None
                and len(findings[j].provinces) >= 2
                and not findings[j].people
                and (self._words.same_person.fullmatch(c) or _SAME_ASKED_TAIL.search(c))
                and not _ONE_AND_THE_OTHER.search(c)
            ):  # 「浙江和福建分别是谁负责，是同一个人吗」「温州…和厦门…都想报，俩学校是同一个老师管不」
                findings[j] = findings[i] = replace(findings[j], same_person=True, asks_contact=True)
        # 「安徽职业技术学院在合肥，安徽挨着江苏，是丁熙丽老师对接吧」: a last clause that opens with 是 and names only a
        # person, its subject left out, is the message's yes/no on the places it named (a school's place before is
        # the asker's reason, no claim to say 是的 to)
        if whole.confirmation and whole.provinces and set(whole.people) and not whole.numbers:
            last = max((i for i, f in enumerate(findings) if f.routes), default=None)
            if (
                last is not None
                and _COPULA_FIRST.match(clauses[last])
                and findings[last].people
                and not (findings[last].provinces or findings[last].numbers or findings[last].confirmation)
                and set(findings[last].people) == set(whole.people)
            ):
                findings = _whole_stands_for(findings, whole, last)
        for i in range(1, len(clauses)):
            f, g = findings[i - 1], findings[i]
            # (a clause that opens with 是, its subject left out, says it of what the clause before named: 「…陕西、山西是
            # 同一个老师管，是杨德明老师吗」, its 吗 gone once normalised)
            elided = _COPULA_FIRST.match(clauses[i]) is not None
            if (
                g.people
                and not (g.provinces or g.numbers or g.roles)
                and (_YES_NO.search(clauses[i]) or elided)
                and f.provinces
                and not (f.people or f.numbers)
                # (elided after a clause that says who handles the places: 「陕西、山西是同一个老师管」, not one that only
                # names them, 「河南湖南我老是弄混」)
                and (_PLACING_CLAUSE.search(clauses[i - 1]) or (elided and _HANDLED.search(clauses[i - 1]) is not None))
            ):  # 「渤海大学在锦州，是不是算环渤海那片归蓝海鹏」: the person claimed for the place the clause before placed
                joined = self._within(self.find(clauses[i - 1] + clauses[i]), whole)
                if joined.confirmation and joined.provinces:
                    # (a place claimed before, 「山西职业技术学院在太原」, is the asker's reason, one the reply cards)
                    placed = [
                        k
                        for k, h in enumerate(findings[: i - 1])
                        if h.claimed_places and not h.people and set(h.provinces) <= set(joined.provinces)
                    ]
                    if placed:
                        carded = tuple(p for k in placed for p in findings[k].provinces)
                        joined = replace(joined, carded=tuple(dict.fromkeys(carded)))
                    findings = [ContactFinding() if k in placed else h for k, h in enumerate(findings)]
                    findings[i - 1] = findings[i] = joined
                    continue
            if (
                f.routes
                and g.routes
                and g.provinces
                and set(g.provinces) == set(f.provinces)
                and not (g.numbers or f.people or f.numbers)
                # (a person claimed for the place the clause before placed the school in: 「三亚学院在海南，海南是不是也
                # 能找王吉庆老师」 is one yes/no, the person's)
                and (not g.people or g.confirmation)
            ):  # 「东三省是不是三个老师分着管？黑吉辽各一个」: the same places asked again, in other words: one reply, the
                # one that claims something of them if one does (「海南职业技术学院的，海南跟广东一样也是两位老师吧」)
                claims = g.claimed_count is not None or g.confirmation
                if not claims and g.asks_contact and not f.asks_contact:
                    # (「新疆农业职业技术学院的，新疆这块是哪位老师对接」: the clause that asks is the reply, placed as said)
                    findings[i - 1] = findings[i] = replace(g, via=g.via or f.via)
                else:
                    findings[i - 1 if claims else i] = g if claims else f
        for i, f in enumerate(findings):
            before = [j for j in context if j < i]
            if not (f.asks_provincial and before) or f.provinces or f.shared_places or f.people:
                continue
            joined = self._within(self.find("".join(clauses[j] for j in [*before, i])), whole)
            if joined.provinces or joined.shared_places:
                # Each context clause carries the finding of the first ask after it (a reply sent once, in the
                # order asked), so that no other answer reads it again.
                findings[i] = joined
                for j in reversed(before):
                    findings[j] = next(g for g in findings[j + 1 :] if g.routes and not g.context_only)
        # 「王吉庆对接的是哪个省的学校？海南的学校也归他管吗」: 他 / 她 is the one person named in a clause before
        for i, f in enumerate(findings):
            named = [g.people[0] for g in findings[:i] if len(g.people) == 1]
            if f.people or not named or not _PRONOUN.search(clauses[i]):
                continue
            # (with the place a clause before only stood there as, the asker's: 「…？我们是江苏的学校，站点申报能找他吗」)
            where = "".join(clauses[j] for j in range(i) if findings[j].alone and findings[j].provinces and not findings[j].people)
            meant = self._within(self.find(where + _PRONOUN.sub(named[-1], clauses[i], count=1)), whole)
            claim = next((g for g in reversed(findings[:i]) if g.people == (named[-1],)), None)
            if (
                claim is not None
                and claim.confirmation
                and not (meant.provinces or meant.roles or meant.numbers or self._groups_named(clauses[i]))
            ):
                # 「我记得张全伟老师负责江苏，直接联系他行不」: going to the person claimed is that claim, judged once
                findings[i] = claim
            # (or what the person is asked about: 「黄超老师不是管新疆那块的吗，考试系统调试的问题也能找他」)
            elif meant.confirmation or (meant.people and meant.routes):
                findings[i] = meant
                if meant.confirmation and meant.provinces and not self.covered_by(named[-1]):
                    # (「张全伟老师是管哪块的？…站点申报能找他吗」: the no says what one who covers no place is; the card
                    # asked for before would say it again, with a number nobody needs for the place)
                    findings = [
                        ContactFinding() if k < i and g.people == (named[-1],) and not (g.provinces or g.confirmation) else g
                        for k, g in enumerate(findings)
                    ]
        # 「新疆农业职业技术学院对接黄超老师，他不是搞考试系统技术的吗？是同一个人不」: one person named, and whether the
        # one of another role is the same person asked: their card, every role they hold, answers (and the clause asking
        # about their role through 他 is that question too)
        named_once = {p for f in findings for p in f.people}
        if len(named_once) == 1 and (card := self.directory.card(name := next(iter(named_once)))) and len(card.roles) >= 2:
            asked = [i for i, c in enumerate(clauses) if self._words.same_person.fullmatch(c) and not findings[i].routes]
            if asked:
                same = ContactFinding(people=(name,), asks_contact=True, claimed_role="是的，是同一个人。")
                for i, c in enumerate(clauses):
                    if i in asked or (_PRONOUN.search(c) and set(findings[i].people) <= {name} and not findings[i].provinces):
                        findings[i] = same
        # 「电子科技大学中山学院的，咱们是找四川的老师还是广东的」: an either-or of places is settled by where the asker
        # said it is (a clause of its own): that place's contact, and not the other's (a wrong extra person)
        dropped: set[str] = set()  # the places it settled against: no reply says they are unlisted either
        for i, f in enumerate(findings):
            # (or a region pointed at as the asker's own: 「西北民族大学想申报，西北这块是哪位老师对接」)
            if len(f.provinces) < 2 or f.people or f.numbers or not (
                "还是" in clauses[i] or any(_points_at(clauses[i], r) for r in f.regions)
            ):
                continue
            said = [j for j, g in enumerate(findings) if j != i and g.provinces and not (g.asks_contact or g.people)]
            # (or in the same clause, through a school or a city: 「哈尔滨工业大学（威海）的站点业务是找东北的联系人还是
            # 山东的」)
            known = {p for j in said for p in findings[j].provinces} | {p for p, _ in f.via}
            chosen = tuple(p for p in f.provinces if p in known)
            teams = self._teams(f.provinces)
            if chosen and all(teams) and all(t == teams[0] for t in teams):
                # 「河北工业大学其实在天津，那该找河北的老师还是天津的老师」: the either-or's places share their people,
                # so either is right: said as one person's, every place named
                findings[i] = replace(f, same_person=True, asks_contact=True)
                continue
            if chosen and len(chosen) < len(f.provinces):
                settled = replace(_keeping(f, chosen), asks_contact=True, regions=())
                dropped |= set(f.provinces) - set(chosen)
                for j in [*said, i]:
                    findings[j] = settled  # one reply, sent once
            elif not chosen and said and len({findings[j].provinces for j in said}) == 1:
                # 「芜湖职业技术学院要签协议…那是找湖南的还是湖北的老师」: the asker's place is neither option: neither
                # is theirs (judged, not carded), their own place is
                settled = replace(findings[said[0]], asks_contact=True, claimed_role="都不是。")
                dropped |= set(f.provinces)
                for j in [*said, i]:
                    findings[j] = settled
        # 「洛阳的站点联系人是谁？另外郁晓东老师管哪几个省」: two open asks, each of its own clause, are two questions,
        # not one yes/no question about the person and the place.
        # A clause that only claims a number (「…联系人是谁？电话是15386416485吗」) claims it for the place asked
        # before: no ask of its own.
        own_asks = [
            i
            for i, f in enumerate(findings)
            if f.routes
            and f.asks_contact
            and not f.context_only
            and not _YES_NO.search(clauses[i])
            and not (
                f.numbers and not f.provinces and _YES_NO_NUMBER.search(clauses[i]) and not _OPEN_ASK.search(clauses[i])
            )
        ]
        # 「我们是福建的，顺便问下蓝海鹏管哪几个省」: a person's clause asking an open question (哪, 几, 谁 …) asks it;
        # the place said as context is no yes/no about that person.
        asks_openly = any(findings[i].people and _OPEN_ASK.search(clauses[i]) for i in own_asks)
        # (the same places asked again in other words are one ask: 「衡水有所学校要对接，衡水是湖南的吧？找李雯？」)
        asked_of = {(findings[i].provinces, findings[i].people, findings[i].numbers) for i in own_asks}
        if whole.confirmation and len(asked_of) < 2 and not asks_openly and not any(f.confirmation for f in findings):
            # every clause of the confirmation carries it (one reply, sent once), so that no other answer reads
            # one of them again (「宜昌的，张孙慧是我们的联系人不」 is no question about how contacts are assigned); the
            # places an either-or settled against are not asked there either (「湖州是湖南的还是湖北的？该找李雯还是梁眉」)
            if dropped and (kept := tuple(p for p in whole.provinces if p not in dropped)):
                whole = _keeping(whole, kept)
            findings = [whole if f.routes else f for f in findings]
        if whole.aside and whole.routes and not any(f.routes for f in findings):
            # 「考务那边除了陈海燕，还有谁」: the person set aside in one clause, the others asked in the next; each
            # clause carries the whole (one reply, sent once)
            findings = [
                whole if set(f.people) & set(whole.aside) or _OTHERS.search(c) else f
                for c, f in zip(clauses, findings, strict=True)
            ]
        if whole.claimed_role and not any(f.claimed_role for f in findings):
            # 「考试客户端装好了打不开，是联系陈海燕老师吗」: the matter in one clause, the person claimed for it in the
            # next; the message's finding is the claiming clause's (one reply, sent once)
            claims = [i for i, f in enumerate(findings) if f.people and not f.provinces]
            if len(claims) == 1:
                findings = _whole_stands_for(findings, whole, claims[0])
        asks_else = any(
            not (f.routes or f.asks_contact) and _QUESTION.search(c) for c, f in zip(clauses, findings, strict=True)
        )
        # 「我们四川的，考试系统出问题找谁」: the place is where the problem is, and the ask is for a role.
        asks_role = any(f.roles and f.asks_contact for f in findings)
        if asks_else or asks_role:
            # the place carries the role's finding (one reply, sent once), so that no other answer reads it again
            roles_after = [
                next((g for g in findings[j + 1 :] if g.roles and g.asks_contact), ContactFinding())
                for j in range(len(findings))
            ]
            findings = [roles_after[j] if f.context_only else f for j, f in enumerate(findings)]
        if whole.any_will_do:  # 「…申报站点能找哪位？两个老师都行吗」: asked of the place the clause before named
            findings = [replace(f, any_will_do=True) if f.provinces else f for f in findings]
        return self._with_unlisted(self._with_count_claimed(findings), read, whole, dropped)

    def find_message(self, text: str, clauses: Sequence[str]) -> ContactFinding:
        """The message `text` (normalised) read whole, as `find`, less those of its `clauses` that only give the
        member's reason for a claim (`_without_reasons`)."""
        return self._without_reasons(clauses, self.find(text), text)[0]

    def _confirmed_from(
        self, clauses: Sequence[str], findings: list[ContactFinding], i: int, whole: ContactFinding
    ) -> int | None:
        """The first clause of the yes/no that clause i (only 对吧, 没错吧) closes: the one before it, or, when that one
        only gives a number, the clause before that naming whose it is; None when joined they claim nothing."""
        for start in (i - 1, i - 2):
            if start < 0 or (start < i - 1 and not (findings[start].people and findings[i - 1].numbers)):
                break
            if self._within(self.find("".join(clauses[start : i + 1])), whole).confirmation:
                return start
        return None

    def _without_reasons(
        self, clauses: Sequence[str], whole: ContactFinding, text: str | None = None
    ) -> tuple[ContactFinding, set[int]]:
        """「哈工大威海校区的，学校总部在黑龙江，签协议找郁晓东老师对不」「…，电子科大在成都，所以也归雷老师管？」: a
        clause that only says where something is (X在Y) is the member's reason for the claim, not a place asked about,
        when the message names another: the yes/no is judged without it, and its contact is not carded. The message's
        finding without those clauses, and which clauses they are."""
        if not (whole.confirmation and len(whole.provinces) >= 2 and whole.people):
            return whole, set()
        reasons = {i for i, c in enumerate(clauses) if _PLACING_CLAUSE.search(c) and self.find(c).provinces}
        # (of two such, where the parent school is, 「同济本部在上海」, is the reason; where its campus is, the place)
        if parents := {i for i in reasons if _PARENT_SITE.search(clauses[i])}:
            reasons = parents
        if not reasons or len(reasons) == len(clauses):
            return whole, set()
        # (a place named only where it is asked of openly, 「…顺便问下荆州职业技术学院找谁」, is another question: the
        # place said where it is remains the one the claim is about)
        if all(_OPEN_ASK.search(c) for i, c in enumerate(clauses) if i not in reasons and self.find(c).provinces):
            return whole, set()
        left = "".join(c for i, c in enumerate(clauses) if i not in reasons)
        if text is not None:  # (the message may hold more than the clauses: a statement taken for context)
            left = text
            for i in sorted(reasons):
                left = left.replace(clauses[i], "", 1)
        rest = self.find(left)
        return (rest, reasons) if rest.confirmation and rest.provinces else (whole, set())

    @staticmethod
    def _with_count_claimed(findings: list[ContactFinding]) -> list[ContactFinding]:
        """「海南的学校申报找谁？是不是跟广东一样也是两个人」: a count claimed in a clause that routes nothing itself (广东 is
        only compared with) is claimed of the one place asked before."""
        for i, f in enumerate(findings):
            if f.claimed_count is None or f.routes:
                continue
            before = [j for j in range(i) if findings[j].routes and len(findings[j].provinces) == 1]
            if before:
                findings[before[-1]] = replace(findings[before[-1]], claimed_count=f.claimed_count)
        return findings

    @staticmethod
    def _with_unlisted(
        findings: list[ContactFinding], read: list[ContactFinding], whole: ContactFinding, dropped: set[str]
    ) -> list[ContactFinding]:
        """「西宁一所高职，表里没看到青海，我们的考务和技术分别找谁」: a province the table lacks, named in any clause,
        goes with the first contact reply that does not name it already, so that the reply says it is not listed."""
        said = {p for f in findings if f.routes for p in [*f.provinces, *f.unlisted]}  # by a reply already
        missing = [p for f in read for p in f.unlisted if p not in whole.denied and p not in said and p not in dropped]
        first = next((f for f in findings if f.routes and f.asks_contact), None)
        if first is None or not missing:
            return findings
        missing = list(dict.fromkeys(missing))
        via = {p: v for f in read for p, v in f.via if p in missing}
        carried = replace(
            first,
            unlisted=tuple(dict.fromkeys([*first.unlisted, *missing])),
            via=tuple({**via, **dict(first.via)}.items()),
        )
        return [carried if f is first else f for f in findings]

    @staticmethod
    def _corrected(findings: list[ContactFinding]) -> list[ContactFinding]:
        """「山西的联系人…啊不是山西，是陕西，榆林的」, the clauses of a correction: the clause whose place was denied
        asks of the place said instead, and clauses that only restate a place said before (「榆林的」) join its
        reply, so that the corrected place is answered once."""
        out = list(findings)
        first: int | None = None
        for i, f in enumerate(out):
            if not f.routes or not f.provinces:
                continue
            if first is None:
                first = i
            elif (
                f.alone
                and not (f.people or f.numbers or f.shared_places)
                and set(f.provinces) <= set(out[first].provinces)
            ):
                earlier = out[first]  # the place said last is the one meant: 「广州？不是，深圳」 → 深圳属于广东
                merged = replace(earlier, via=tuple({**dict(earlier.via), **dict(f.via)}.items()))
                out = [merged if g is earlier else g for g in out]
                out[i] = merged
        for i, f in enumerate(out):
            if f.denied and f.empty():
                instead = next((g for g in [*out[i + 1 :], *reversed(out[:i])] if g.routes), None)
                if instead is not None:  # keeps its denial: the reply is a correction's, not context
                    out[i] = replace(instead, denied=tuple(dict.fromkeys([*instead.denied, *f.denied])))
        return out

    @staticmethod
    def _within(f: ContactFinding, whole: ContactFinding) -> ContactFinding:
        """`f` without what the whole message denies, and with whom it sets aside (「除了陈海燕，还有哪位考务老师」);
        a surname the clause leaves to several people is the one the whole message narrows it to (「考务方面的事找谁？
        陈老师和张老师的电话都发一下」: the 陈 and 张 of the 考务 group named in the clause before)."""
        shared = dict(whole.surnames)
        for surname, bearers in f.surnames:
            chosen = [n for n in bearers if n in whole.people]
            if surname not in shared and len(chosen) == 1:
                f = replace(
                    f,
                    people=tuple(n for n in f.people if n not in bearers or n in chosen),
                    surnames=tuple((s, ns) for s, ns in f.surnames if s != surname),
                )
        if whole.aside and f.asks_contact:
            f = replace(
                f,
                people=tuple(p for p in f.people if p not in whole.aside),
                aside=tuple(dict.fromkeys([*f.aside, *whole.aside])),
            )
        provinces = tuple(p for p in f.provinces if p not in whole.denied)
        people = tuple(p for p in f.people if p not in whole.denied)
        if provinces == f.provinces and people == f.people:
            return f
        removed = [p for p in [*f.provinces, *f.people] if p not in [*provinces, *people]]
        return replace(
            f,
            provinces=provinces,
            people=people,
            denied=tuple(dict.fromkeys([*f.denied, *removed])),
            via=tuple((p, v) for p, v in f.via if p in provinces),
            confirmation=f.confirmation and bool(provinces and people),
        )

    def role_words(self, text: str) -> list[tuple[int, int]]:
        """Where `text` says a role's word (系统, 技术, 考务 …), as spans."""
        said = self._words.without_names(text)
        return [m.span() for m in self._words.technical.finditer(said)]

    def find(self, text: str) -> ContactFinding:
        """What `text` (one normalised clause, `bot.text.normalize`) names and asks about contacts."""
        # A message's clause is read up to three times (the engine's A与B分别 check, find_clauses alone and as the
        # whole message, the engine's whole message): half of the calls at 10× (bench_scale), ~0.3 ms a question.
        # A finding is frozen and a pure function of the text and this router, so it is kept (a bounded memo).
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= 4096:
                self._found.clear()
            found = self._found[text] = self._read(text)
        return found

    def _narrowed(self, matches: list[Match], text: str) -> list[Match]:
        """「西南这块 川渝云贵 分别对接谁」: a region, and then places inside it said by name, are those places — the
        names say which part of the region is meant. The region's other provinces are dropped (an extra person is the
        worst reply); a region none of whose provinces is named again stands whole, and so does one whose every other
        province may be named by an abbreviation we do not read alone (「西南片区（川渝云贵藏）」: 藏)."""
        by_region: dict[str, set[str]] = {}
        for m in matches:
            if m.region and len(self._regions.region_members(m.region)) > 1:
                by_region.setdefault(m.region, set()).add(m.province)
        broad = set()
        for region, provinces in by_region.items():
            others = [m for m in matches if m.region != region]
            if (
                others
                # (a place the region holds, said with 也 — 「两广…都找林贺老师？广西那边也归他吧」 — is asked besides)
                and not any(_ALSO_AFTER.match(text, m.span[1]) for m in others)
                and all(
                    m.province in provinces
                    and len(self._regions.region_members(m.region) if m.region else (m.province,)) < len(provinces)
                    for m in others
                )
                and not all(
                    self._regions.abbreviated(p, text) for p in provinces - {m.province for m in others}
                )
            ):
                broad.add(region)
        return [m for m in matches if m.region not in broad] if broad else matches

    def _read(self, text: str) -> ContactFinding:
        text = _WHO_TYPED.sub(lambda m: "谁" if _char_sounds(m[1]) & _WHO_SOUNDS else m[1], text[:MAX_TEXT])
        text = _AFTER_WHO_TYPED.sub(_verb_by_sound, text)
        numbers, number_spans = self._numbers(text)
        matches = self._regions.find_all(text)
        if not matches and (in_context := self._in_context(text)):
            matches = [in_context]
        matches = self._coordinated(text, matches)
        matches, sounded_shared = self._by_sound(text, matches)
        matches = self._narrowed(matches, text)
        spans = [*self.directory.name_spans(text), *self._latin_names(text)]
        taken = [*((s, e) for s, e, _ in spans), *number_spans, *(m.span for m in matches)]
        spans += self._names_by_sound(text, taken)
        titled, surnames = self._names_by_title(text, [*taken, *((s, e) for s, e, _ in spans)], matches)
        spans += titled
        people = self._deny(text, [_Mention(s, e, n) for s, e, n in sorted(spans)], number_spans)
        aside = [m for m in people if not m.denied and self._set_aside(text, m)]
        people = [m for m in people if m not in aside]
        segments = _segments(text)
        roles_text = self._words.without_names(text)
        for m in people:
            if d := self._words.describes.search(roles_text, 0, m.start):
                roles_text = roles_text[: d.start()] + " " * (d.end() - d.start()) + roles_text[d.end() :]
        technical_segments = [
            seg for seg in segments if self._words.technical.search(_SCHOOL_NAME.sub("", roles_text[seg[0] : seg[1]]))
        ]
        problem_segments = [
            seg for seg in segments if seg in technical_segments or _FAILS.search(text[seg[0] : seg[1]])
        ]
        # 「山东的学校，技术问题和协议分别找谁」: a matter of the provincial contacts, asked with who
        provincial_segments = [
            seg
            for seg in segments
            if self._words.provincial.search(part := _SCHOOL_NAME.sub("", roles_text[seg[0] : seg[1]]))
            and (_ASKS_WHO.search(part) or _OWN_PROVINCE_PERSON.search(part))
        ]
        places = self._deny(text, [_Mention(*m.span, m.province) for m in matches], number_spans)
        filing = bool(_FILING.search(text)) or _fills(text) or _not_sent(text)
        # 「黄超到底是技术还是省里的联系人」: the role words say what the person is, not which role is wanted
        # (and with no one named, 「协议是跟谁签？考务那边的老师还是各省的老师」 offers the answer's options: which one the
        # matter is for is the FAQ's to say, not a role to card)
        either_role = self._asks_either_role(text) and (
            any(not m.denied for m in people) or bool(_OPTIONS_FOR_WHO.search(text))
        )
        asks = (
            bool(
                _asks_contact(text)
                or _PINYIN_ASKS.search(text)
                or either_role
                or (any(not m.denied for m in people) and _ASKS_PERSON_ROLE.search(text))
                or aside
            )
            and not filing
        )

        # In a clause about the exam system, a place is where the problem is, not whose contact is asked, unless
        # the same ask wants the provincial contact too.
        def in_technical(m: _Mention) -> bool:
            return asks and any(s <= m.start < e for s, e in problem_segments if (s, e) not in provincial_segments)

        kept = [m for m in places if not m.denied and not in_technical(m)]
        if any(not m.denied for m in people):
            # 「林贺老师除了广东还管哪个省」: a place set aside is what the person is known for, not a place asked about
            kept = [
                m
                for m in kept
                if not (_ASIDE_BEFORE.search(_before(text, m.start)) and _PLACE_ASIDE_AFTER.match(text, m.end))
            ]
        if not any(not m.denied for m in people) and not _EACH_ASKED.search(text):
            # 「九江挨着湖北安徽，咱到底归哪位老师管」: a place the one before it is near (or like) is the member's
            # reason, not a place asked about, whoever is asked for (places joined to it share its part) — unless each
            # place's is asked (「湖北挨着湖南，两个省分别找谁」)
            near: list[_Mention] = []
            for m in kept:
                k = _said_before(kept, m)
                if (k is not None and self._nearby(text, k, m, kept)) or (
                    k in near and _JOINED_PLACES.fullmatch(text, k.end, m.start)
                ):
                    near.append(m)
            kept = [m for m in kept if m not in near] or kept
        whose: list[_Mention] = []
        references: list[_Mention] = []
        count = _claimed_count(text)  # (how many people a yes/no claims, read once)
        if any(not m.denied for m in people) or count is not None:
            # 「重庆跟四川一样找雷鹏是吗」: the place compared with is not asked about, only the place before it
            # (and so with a count claimed: 「海南是跟广东一样两个老师都能找吗」)
            # (places joined to a reference share its part: 「挨着西藏新疆，是不是也找黄超老师」)
            for m in kept:
                k = _said_before(kept, m)
                if self._is_reference(text, m, kept, people) or (
                    k in references and _JOINED_PLACES.fullmatch(text, k.end, m.start)
                ):
                    references.append(m)
            kept = [m for m in kept if m not in references]
            # 「西北民族大学归陕西杨老师管吗」: a place said of the person (which 杨老师) is not a place asked about,
            # when another place is
            whose = [m for m in kept if self._says_whose(text, m, kept, people)]
            kept = [m for m in kept if m not in whose] or kept
            # 「广东王吉庆老师的邮箱多少」: the one place, said of the person asked for (which 王老师), is no place asked
            # about either — unless who else is asked (「广东王吉庆和另一位是谁」) or a yes/no judges the place
            if (
                len(kept) == 1
                and (person := self._of_person(text, kept[0], people)) is not None
                and _PERSON_VALUE.match(text, person.end)
                and not (_YES_NO.search(text) or re.search(_WHO, text) or _OTHERS.search(text))
            ):
                whose, kept = kept, []
        # 「同济大学浙江学院想当考点，是找上海那边的老师吗」: a place's people claimed as whom to go to, for another place
        # (a school's, a city's) asked about: the claim is judged, and only the place asked about is carded
        claimed = [
            m
            for m in kept
            # a yes/no (its 吗 normalised away), not 「上海那边的老师是谁」 nor an either-or (「找北京的老师还是广东的」)
            if not _WH_WORD.search(text) and "还是" not in text
            and _PLACES_PEOPLE.match(text, m.end)
            and _before(text, m.start).endswith(_CLAIMED_BEFORE)
            # (the province of the place asked about claimed holds: 「广州的学校是不是找广东的老师」 gets a yes)
            and any(k is not m for k in kept)
        ]
        # 「四川美术学院签考点协议，按四川找雷鹏对吧」: a province said as it stands in the name of a school placed
        # elsewhere (the academy is in 重庆) is the member's reading of that name — claimed for the school, not asked
        misread = [
            m
            for m in kept
            if m not in claimed
            and any(
                s.province != m.key
                and (
                    (_SCHOOL_NAME.fullmatch(s.via) and (text[m.start : m.end] in s.via or _said_of_name(text, m, s.via)))
                    # 「哈尔滨工业大学（威海）的，属于黑龙江那边吗」: the province the school's name places it in, said of
                    # its campus placed elsewhere
                    or (
                        not (_WH_WORD.search(text) or "还是" in text or _SCHOOL_NAME.match(text, m.start))
                        and m.key in self._regions.parent_places(text, s.span[0])
                    )
                )
                for s in matches
                if s.span != (m.start, m.end)
            )
            and any(k.key != m.key for k in kept)
        ]
        claimed += misread
        # 「南宁是不是属于宁夏」「南宁跟宁夏是一块的吧」「深圳属于广东吧」: a city or a school said to be in a province, or
        # together with it, names the province the member takes it for: claimed, judged, and not carded (the city's
        # province is the place asked about)
        claimed += [
            m
            for m in kept
            if m not in claimed
            and (k := _said_before(kept, m)) is not None
            # (with a person named, only for a place the table lists no one for: 「香港算广东片区吧，找林贺老师行不」)
            and (not people or not self.directory.for_province(k.key))
            # a city or a school said to be in a province, or a place the table lists no one for (「香港算广东片区吧」)
            and (not self._regions.is_province_form(text[k.start : k.end]) or not self.directory.for_province(k.key))
            and not _SCHOOL_NAME.match(text, m.start)  # (a place, not another school: both schools are asked of)
            and (
                _PLACED_BETWEEN.fullmatch(text, k.end, m.start)
                or (_LIKENED_BETWEEN.fullmatch(text, k.end, m.start) and _TOGETHER_AFTER.match(text, m.end))
            )
        ]
        # 「泰州跟浙江那个台州是一个地方吧」: a place said with its province first (浙江那个台州: which 台州), likened to the
        # place asked about as one place, is the member's confusion: both mentions claimed, judged, not carded
        for m, n in pairwise(kept):
            if (
                m not in claimed
                and n.key == m.key
                and _WHICH_ONE_BETWEEN.fullmatch(text, m.end, n.start)
                and (k := _said_before(kept, m)) is not None
                and k.key != m.key
                and _LIKENED_BETWEEN.fullmatch(text, k.end, m.start)
                and _TOGETHER_AFTER.match(text, n.end)
            ):
                claimed += [m, n]
        # 「张家界那边有所学院…是跟河北一起找蓝老师吗」: a place the asked one is likened to (跟河北一起, 和广东一样) is
        # the member's model for whom to go to, claimed, not asked (a count likened is judged as a count)
        claimed += [
            m
            for m in kept
            # a person or a count the asker takes from it, or whom to go to for a place the table does not list
            # (「香港跟广东一起报吗？找谁」: 广东's people are not 香港's)
            if (people or count is not None or any(not self.directory.for_province(k.key) for k in kept if k.key != m.key))
            and m not in claimed
            and _before(text, m.start).endswith(_LIKENED_BEFORE)
            # (a school is one a member speaks for, never a model: 「宁夏大学和南宁职业技术学院一起找我」 asks of both)
            and not _SCHOOL_NAME.match(text, m.start)
            # (跟宜春是一个省的吧: said to be one place with it is likened too)
            and (_LIKENED_AFTER.match(text, m.end) or _TOGETHER_AFTER.match(text, m.end))
            and any(k.key != m.key for k in kept)
        ]
        # 「西北工业大学算西北那片，是不是找管新疆宁夏的黄超老师」「贵港是贵州的吧，找宋菊老师」: in a yes/no about a
        # person, a school or a city is the place asked about; a province named bare beside it, in another province, is
        # the member's reading of where that place belongs: claimed and judged, not carded
        # (a contact asked for in between is asked of the school or city: the province after it is a question of its own,
        # 「我们江西九江的，联系人电话发一下，另外梁眉老师是不是也管湖北」)
        # (and so, in a yes/no about a count of people, are the provinces said as whose those people are: 「琼台师范学院在
        # 海口，广东海南两位老师是不是都得联系一遍」; not those the asker has schools in, 「东三省加上内蒙古包头那边都有学校」)
        counted = _COUNT_CLAIMED.search(text) if count is not None and not any(not m.denied for m in people) else None
        if (any(not m.denied for m in people) or counted) and not _WH_WORD.search(text) and "还是" not in text:
            # (a region named bare reads the same way: 「东北大学秦皇岛分校的，东北的学校是不是都找郁晓东老师」)
            bare = [
                k
                for k in kept
                if (self._regions.is_province_form(form := text[k.start : k.end]) or self._regions.region_members(form))
                and (counted is None or _JOINED_PLACES.fullmatch(_blanked(text, kept), k.end, counted.start()))
            ]
            located = [k for k in kept if k not in bare]
            if len({k.key for k in located}) == 1:
                claimed += [
                    m
                    for m in bare
                    if m not in claimed
                    and m.key != located[0].key
                    # (judged from where the place was said nearest: 「衡水有所学校要对接，衡水是湖南的吧？找李雯？」)
                    and not (
                        _ASKS_CONTACT.search(
                            text,
                            *min(((min(k.end, m.start), max(k.start, m.start)) for k in located), key=lambda g: g[1] - g[0]),
                        )
                        # (and the place is what the person is said to handle, named after them — not a reason given
                        # before the claim: 「重庆电子工程职业学院问对接人，川渝不分家，找雷鹏老师也一样吧」)
                        and any(p.end <= m.start for p in people if not p.denied)
                    )
                ]
        kept = [m for m in kept if m not in claimed]
        provinces = list(dict.fromkeys(m.key for m in kept))
        by_name = list(dict.fromkeys(m.key for m in people if not m.denied))
        owners = [owner for _, owner in numbers if owner]
        named = list(dict.fromkeys([*by_name, *owners]))

        roles: list[str] = []
        if asks and not either_role:
            for s, e in segments:
                part = _SCHOOL_NAME.sub("", roles_text[s:e])
                if not (_ASKS_WHO.search(part) or (aside and _OTHERS.search(part))):
                    continue
                # 「考试环境部署归谁管」 asks whose duty a task is (the notice answers: the site's own 技术负责人);
                # 「考试系统装不上找谁」「技术问题谁负责」 ask for someone to call.
                duty = not (_ASKS_WHO.search(_DUTY_ASK.sub("", part)) or aside)
                if duty and not _TROUBLE.search(part) and not self._words.exam_affairs.search(part):
                    continue
                if (s, e) in technical_segments:
                    roles.append(TECHNICAL)
                if self._words.exam_affairs.search(part) or (
                    (s, e) in problem_segments and (s, e) not in technical_segments
                ):
                    roles.append(EXAM_AFFAIRS)
        if aside and not (roles or provinces):
            # 「除了陈海燕还有谁」 names no group: the others of each group the person is in
            for m in aside:
                card = self.directory.card(m.key)
                roles += [role for role, name in _ROLE_NAMES.items() if card and name in card.roles]
                provinces += [p for p in self.covered_by(m.key) if p not in provinces]
        roles = list(dict.fromkeys(roles))
        if by_name and not aside and not re.search(_WHO, text):
            # 「考试系统装不上，找侯仕平老师，他电话多少」: the matter is the role's, but the member asks for one of its
            # people by name, not who (「技术问题除了黄超还能找谁」 asks who): that person is the one to call
            roles = [r for r in roles if not set(by_name) & set(self.directory.role_names(_ROLE_NAMES[r]))]
        # 「技术方面的问题是不是只找黄超就行」: a yes/no that a group's matter goes to the people named alone; the others
        # of the group are the answer (as 「除了黄超还有谁」), after a no
        only_role = False
        # (「黄超是不是只管考试系统技术」 is no such claim: the person said first, 只 before their duty, limits what they
        # do, not who does it — their card says all they do)
        scope = any(
            _SCOPE_AFTER.match(text[m.end :]) for m in people if not m.denied
        )
        if by_name and not provinces and not roles and _ONLY.search(text) and _YES_NO.search(text) and not scope:
            roles = [
                role
                for role in self._groups_named(roles_text)
                if set(by_name) <= set(self.directory.role_names(_ROLE_NAMES[role]))
            ]
            only_role = bool(roles)
        # 「考务问题找黄超吗」「考试系统装不上，找张晋静老师对吧」: a person claimed as whom one group's matter goes to. The
        # claim is judged on the group, whose people are the answer; the person wrongly claimed is not carded. Said the
        # other way round (「张晋静是负责技术的吗」), the person is what is asked: the card says what they are.
        claimed_role: str | None = None
        if (
            by_name
            # (a province beside it only says where the asker is: the groups' people serve every province, 「重庆这边
            # 考试系统装不上，直接找杨德明老师处理行吧」)
            and not (aside or numbers or claimed or only_role)
            # (a group the clause asks a phone of is still the group claimed: 「…报错，直接打雷鹏老师电话行吧」)
            and set(roles) <= set(self._groups_named(roles_text))
            and not self._asks_after_matter(text, roles_text)
            and _EITHER not in text
            # (the person in a relation said right beside them, 找黄超 or 黄超是管…的, a place said of them between, 找广东的
            # 林贺: not any yes/no in the clause, 「账户叫张老师…是不是名字的问题」)
            and any(self._in_relation(text, m, after=_DUTY_AFTER, whose=kept) for m in people if not m.denied)
            and len(groups := self._groups_named(roles_text)) == 1
        ):
            members = set(self.directory.role_names(_ROLE_NAMES[groups[0]]))
            claimed_role = "是的。" if set(by_name) <= members else "不是。"
            provinces = []
            first = min(m.start for m in people if not m.denied)
            said = self._group_words(groups[0])
            if claimed_role == "不是。":  # whom the group's matters go to; the person wrongly claimed is not carded
                roles = groups
                named = [n for n in named if n in members]
                if (
                    not said.search(roles_text, 0, first)
                    and len(by_name) == 1
                    and self.directory.card(by_name[0]) is not None
                ):
                    # (said of the person, 「侯仕平是管考务的吧」: what they are, in words)
                    claimed_role = f"不是，{self._what_they_are(by_name[0])}。"

        via: dict[str, str] = {}
        kept_at = {(k.start, k.key) for k in kept}
        # 「西宁的学校，考试系统装不上找谁」: a province without a business contact, kept even where it is context
        unlisted = list(dict.fromkeys(m.key for m in places if not (m.denied or self.directory.for_province(m.key))))
        regions: list[str] = []
        for m in matches:
            if m.province in via:
                continue
            if m.province not in provinces or (m.span[0], m.province) not in kept_at:
                if m.province in unlisted and not m.region and self._is_city(m):
                    via[m.province] = f"{m.via}（{m.city}）" if m.city else m.via
                continue
            if m.region and len(self._regions.region_members(m.region)) > 1:
                if m.region not in regions:
                    regions.append(m.region)
            elif self._is_city(m):
                via[m.province] = f"{m.via}（{m.city}）" if m.city else m.via

        shared: list[tuple[str, tuple[str, ...]]] = []
        if not places and not (technical_segments and asks):
            shared = [(form, tuple(ps)) for form, ps in self._regions.ambiguous(text)] + sounded_shared
        if not places and not shared and asks and not named and not roles:
            for m in self._sound_alike(text):
                provinces.append(m.province)
        unknown = None
        if not places and not shared and not provinces and not named and asks and not roles:
            unknown = self._unknown_place(text)

        mentioned = [(m.start, m.end) for m in [*places, *people]] + number_spans
        rest = _cut(text, mentioned)
        for form, _ in shared:
            rest = rest.replace(form, "", 1)
        alone = (
            bool(kept or named or numbers or shared)
            and self._words.alone.fullmatch(_SCHOOL_REST.sub("", rest)) is not None
        )
        # 「贵州是不是也归杨德明管」 (a person and a place), 「18600001111是不是林贺的电话」 (a person and a number)
        confirmation = bool(named and provinces and self._confirms(text, people, kept, whose)) or bool(
            (by_name or provinces) and numbers and _YES_NO_NUMBER.search(text)
        )  # 「江苏联系人电话是18268819525吗」: a number claimed for a place is judged on the place
        # 「13551324833对吗」「chenshu@zhonghui.vip没错吧」: a value with only a yes/no beside it asks whether it is right
        confirmation = confirmation or bool(numbers and _CONFIRMS_ONLY.fullmatch(rest))
        # 「三亚学院想报站点，林贺和王吉庆俩老师随便找哪个都行吧」: whether any of the people named will do for the place
        # is whether each of them covers it
        confirmation = confirmation or bool(len(named) > 1 and provinces and _ANY_WILL_DO.search(text))
        # 「黄超到底是管技术的，还是管西藏新疆宁夏站点业务的」: which of a person's roles, an either-or, is no yes/no,
        # and the places said are what the person is said to cover: their card, every role, answers
        if either_role and by_name and not numbers:
            confirmation, provinces = False, []
        same_person = (
            # (or two places of one province: 「深圳和珠海是一个老师吗」)
            (len(provinces) >= 2 or len({text[m.start : m.end] for m in kept}) >= 2)
            and not (named or numbers or filing or _ONE_AND_THE_OTHER.search(text))
            and (
                self._words.same_person.fullmatch(_SCHOOL_REST.sub("", _cut(text, [(m.start, m.end) for m in places])))
                or _SAME_ASKED_TAIL.search(text)
            )
            is not None
        )
        if only_role:
            aside = [m for m in people if not m.denied]
            named = [n for n in named if n not in by_name]
        return ContactFinding(
            provinces=tuple(provinces),
            people=tuple(named),
            shared_places=tuple(shared),
            unknown_place=unknown,
            asks_contact=asks
            or confirmation
            or same_person
            or only_role
            or bool(claimed or claimed_role)
            # 「京津冀…是不是得分别找三个老师」: how many people to go to, claimed, asks for them, of the places it names
            # or of those before (「东三省加上内蒙古都有学校，是不是得找两个不同的老师」); so does a count claimed of a
            # place likened to another (「天津跟广东一样也是两位老师吧」)
            or (count is not None and (_count_sought(text) or bool(provinces and references)))
            or (bool(named) and not provinces and _DUTY_ASKED.search(text) is not None),
            confirmation=confirmation,
            numbers=tuple(numbers),
            roles=tuple(roles),
            via=tuple(via.items()),
            regions=tuple(regions),
            alone=alone,
            which_one=confirmation and len(named) > 1 and "还是" in text,
            asks_provincial=asks and bool(provincial_segments),
            same_person=same_person,
            unlisted=tuple(unlisted),
            surnames=tuple((n, ps) for n, ps in surnames if any(p in named for p in ps)),
            claimed_count=count,
            any_will_do=_ANY_WILL_DO.search(text) is not None,
            only=(confirmation or only_role) and _ONLY.search(text) is not None,
            asks_wrong=bool(numbers) and _ASKS_WRONG.search(text) is not None,
            asks_landline=_LANDLINE_ASKED.search(text) is not None,
            shared_asked=_shared_asked(text) if len(named) >= 2 else "",
            asks_places=bool(named) and _WHICH_PLACES.search(text) is not None,
            claimed_places=tuple(dict.fromkeys(m.key for m in claimed)),
            claimed_role=claimed_role,
            aside=tuple(dict.fromkeys(m.key for m in aside)),
            denied=tuple(
                dict.fromkeys(m.key for m in [*places, *people] if m.denied and m.key not in [*provinces, *named])
            ),
        )

    @staticmethod
    def _set_aside(text: str, m: _Mention) -> bool:
        """「除了陈海燕还有谁」「陈海燕之外的」「陈海燕，另一位是谁」: is the person named only to be left out?"""
        after = text[m.end :]
        return bool(
            (_ASIDE_BEFORE.search(_before(text, m.start)) and _OTHERS.search(after))
            or _ASIDE_AFTER.match(text, m.end)
            or _OTHER_ONE.search(after)
        )

    def _says_whose(self, text: str, m: _Mention, kept: list[_Mention], people: list[_Mention]) -> bool:
        """Does the place `m` stand right before a person it belongs to (陕西杨老师, 陕西的杨德明, 陕西那边的杨老师),
        saying which person is meant, while another place is what is asked about?"""
        return self._of_person(text, m, people) is not None and any(k.key != m.key for k in kept)

    def _of_person(self, text: str, m: _Mention, people: list[_Mention]) -> _Mention | None:
        """The person the place `m` stands right before, when they cover it (陕西杨老师, 广东的王吉庆); else None."""
        after = next((p for p in people if not p.denied and p.start >= m.end), None)
        if after is None or _OF_PERSON.fullmatch(text, m.end, after.start) is None:
            return None
        return after if m.key in self.covered_by(after.key) else None

    def _is_reference(self, text: str, m: _Mention, kept: list[_Mention], people: list[_Mention]) -> bool:
        """Is the place `m` only what the place asked is compared with, in a yes/no question about a person?

        「重庆跟四川一样找雷鹏是吗」 (跟 … 一样), 「广西挨着广东，应该也是林贺吧」 (a relation to the place before, and 也).
        """
        before = [k for k in kept if k.end <= m.start]
        if not before:
            return False
        if _COMPARED_WITH.search(_before(text, m.start)) and (_AS_FOR.match(text, m.end) or _LIKE.search(_before(text, m.start))):
            return True
        # 「香港能不能算广东找林贺老师」: the place the one asked is counted as is the member's model
        if _COUNTED_AS.search(_before(text, m.start)):
            return True
        # 「澳门离珠海近」「石河子跟石家庄差不多」: the place the one asked is near, or like, is the member's model
        if _near_or_like(text, _before(text, m.start), _run_end(m, kept)):
            return True
        k = before[-1]
        between = text[k.end : m.start]
        if _NEAR_OPENS.search(between) and not any(k.end <= p.start < m.start for p in people):
            return True  # 「香港有所院校想合作办考点，挨着深圳，是不是也找…」: what the place before is near
        return (
            0 < len(between) <= _RELATION_SPAN
            and not _JOINED_PLACES.fullmatch(between)
            and not self._words.site_word.search(between)
            and not any(k.end <= p.start < m.start for p in people)
            # 「青海…，挨着西藏是不是找黄超老师」: a place the asked one is near is the member's model, also or not
            and (_ALSO.search(text, m.end) is not None or _NEAR.search(between) is not None)
        )

    @staticmethod
    def _nearby(text: str, k: _Mention, m: _Mention, kept: Sequence[_Mention] = ()) -> bool:
        """Is place `m` said as one the place `k` before it is near or like (九江挨着湖北, 澳门离珠海近, 石河子跟石家庄
        差不多)? (What is said of it follows the places said with it: 离河北承德就一步远.)"""
        between = text[k.end : m.start]
        if not 0 < len(between) <= _RELATION_SPAN:
            return False
        return bool(_NEAR.search(between)) or _near_or_like(text, between, _run_end(m, kept))

    def _asks_either_role(self, text: str) -> bool:
        """「黄超是管技术的还是管省的」「黄超是技术老师还是业务老师」: which of a person's roles, as an either/or.

        Role words of one group on both sides (「先装系统还是先装客户端」) ask about the system, not the person.
        """
        at = text.find(_EITHER)
        if at < 0:
            return False
        before, after = text[max(0, at - 8) : at], text[at + len(_EITHER) :]
        if _EITHER_DUTY.match(after):
            return True
        words = self._words
        groups = (words.technical, words.exam_affairs, words.provincial, _PROVINCE_WORD)
        sides = [{i for i, g in enumerate(groups) if g.search(side)} for side in (before, after)]
        return bool(sides[0] and sides[1] and sides[0] != sides[1])

    def _names_by_sound(self, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """贾昕阳 → 贾昕旸, 张孙惠 → 张孙慧: a name typed by its sound, where a person is spoken of.

        Strict, since a wrong extra person is the worst reply there is: every syllable of the full name (tones
        aside) must be a reading of the character typed, no other contact's name may sound the same, the typed
        word must be no word of general Chinese (陈述 sounds like 陈淑) and not stand where a name, a number or a
        place was read, a two-character name keeps its surname as typed, and a person must be spoken of around
        it (老师, 找…, …的电话, …负责, or the name ending the clause).
        """
        found: list[tuple[int, int, str]] = []
        sounds = [_char_sounds(ch) for ch in text]
        for i, first in enumerate(sounds):
            for name, syllables in (n for s in first for n in self._names_from.get(s, ())):
                size = len(syllables)
                if i + size > len(text) or not all(syllables[k] in sounds[i + k] for k in range(1, size)):
                    continue
                end = i + size
                window = text[i:end]
                if window == name or (size == 2 and window[0] != name[0]):
                    continue  # two syllables are too few to guess a surname by: 找江老师 is not 赵江
                if any(s < end and i < e for s, e in [*taken, *((a, b) for a, b, _ in found)]):
                    continue
                if TOKENIZER.FREQ.get(window) or window in self._own_words:
                    continue
                if _PERSON_CUE_BEFORE.search(text[max(0, i - 2) : i]) or _PERSON_CUE_AFTER.match(text, end):
                    found.append((i, end, name))
        return found

    def _names_by_title(
        self, text: str, taken: list[tuple[int, int]], places: list[Match]
    ) -> tuple[list[tuple[int, int, str]], list[tuple[str, tuple[str, ...]]]]:
        """「贾老师」→ 贾昕旸: a surname with a title, where only one contact bears it; or where the place or the
        group named leaves one (「广西的陈老师」→ 陈淑, 「考务张老师」→ 张晋静). A surname several still share is
        all of them, and said to be (`surnames`: 陈 → 陈海燕, 陈淑), so that the asker picks rather than we guess.
        """
        if self._titled is None:
            return [], []
        found: list[tuple[int, int, str]] = []
        shared: list[tuple[str, tuple[str, ...]]] = []
        provinces = {m.province for m in places}
        for m in self._titled.finditer(text):
            start, end = m.span()  # the title with the surname: 「找林老师」 is a person and 找, as 「找林贺」 is
            if any(s < end and start < e for s, e in taken) or _OWN_SIDE.search(text[:start]):
                continue
            if (role := _OWN_ROLE.search(text[:start])) and not (
                _NOT_A_ROLE.search(role[1]) or any(p.span[1] > role.start(1) and p.span[0] < start for p in places)
            ):
                continue
            people = self._by_surname[m[1]]
            if len(people) > 1:
                narrowed = [n for n in people if provinces & set(self.covered_by(n))] or [
                    n for n in people if self._in_group_named(text, n)
                ]
                people = narrowed if len(narrowed) == 1 else people
            if len(people) > 1:
                shared.append((m[1], tuple(people)))
            found += [(start, end, name) for name in people]
        return found, shared

    def _groups_named(self, text: str) -> list[str]:
        """The groups (TECHNICAL, EXAM_AFFAIRS) whose words `text` names (not inside a school's name: 青海交通职业技术学院)."""
        text = _SCHOOL_NAME.sub(lambda m: " " * len(m[0]), text)
        return [role for role in (TECHNICAL, EXAM_AFFAIRS) if self._group_words(role).search(text)]

    def _group_words(self, group: str) -> re.Pattern[str]:
        """The words that name a group (TECHNICAL, EXAM_AFFAIRS)."""
        return self._words.technical if group == TECHNICAL else self._words.exam_affairs

    def _asks_after_matter(self, text: str, roles_text: str) -> bool:
        """A question word after the last word naming a group: one in the matter's own description (「监考员配多少、考场
        咋布置这些考务上的事，问侯仕平老师对吧」) asks nothing."""
        last = max((m.end() for g in self._groups_named(roles_text) for m in self._group_words(g).finditer(text)), default=0)
        return _WH_WORD.search(text, last) is not None

    def _in_group_named(self, text: str, name: str) -> bool:
        """Is `name` in the 考务 or the 技术 group, and that group named in `text`?"""
        card = self.directory.card(name)
        return bool(card) and any(_ROLE_NAMES[role] in card.roles for role in self._groups_named(text))

    def _latin_names(self, text: str) -> list[tuple[int, int, str]]:
        if not re.search(r"[a-z]", text):
            return []
        return [(m.start(), m.end(), name) for rx, name in self._pinyin_names.items() for m in rx.finditer(text)]

    def _numbers(self, text: str) -> tuple[list[tuple[str, str | None]], list[tuple[int, int]]]:
        """Phone numbers and e-mail addresses named, each with its owner; and where they stand (no place there)."""
        found: list[tuple[int, str, str | None]] = []
        spans: list[tuple[int, int]] = []
        for m in EMAIL.finditer(text):
            address = m.group()
            owner = self.directory.by_email(address) or self.directory.by_mailbox(address.split("@")[0])
            found.append((m.start(), address, owner))
            spans.append(m.span())
        if self._mailbox_re is not None:
            for m in self._mailbox_re.finditer(text):
                if any(s <= m.start() < e for s, e in spans):
                    continue
                found.append((m.start(), m.group(), self.directory.by_mailbox(m.group())))
                spans.append(m.span())
        if _MAIL_SAID.search(text):
            # 「蓝海鹏的邮箱前缀是lanhaipen吧」: a mailbox typed a letter or two off ours, where an e-mail is spoken of,
            # is a value said (and judged: never confirmed), though no one owns it
            for m in _LATIN_WORD.finditer(text):
                if any(s <= m.start() < e for s, e in spans) or len(m.group()) < MAILBOX_LEAST:
                    continue
                if any(0 < Levenshtein.distance(m.group(), box, score_cutoff=2) <= 2 for box in self._mailboxes):
                    found.append((m.start(), m.group(), None))
                    spans.append(m.span())
        pieces = [m for m in _NUMBER_PIECE.finditer(text) if not any(s <= m.start() < e for s, e in spans)]
        i = 0
        while i < len(pieces):
            taken = self._phone_at(text, pieces, i)
            if taken is None:
                i += 1
                continue
            j, typed, owner = taken
            start = pieces[i].start() - (text[: pieces[i].start()].rstrip(" -").endswith("+"))
            found.append((start, text[start : pieces[i].start()].replace(" ", "") + typed, owner))
            spans.append((start, pieces[j].end()))
            i = j + 1
        for m in _NUMBER_PART.finditer(text):
            # 「通知上那个028开头的座机」「尾号6370的是谁」: part of a number said as such names the one number it is part
            # of (none, or several: no number named)
            digits, at_start = (m["head"], True) if m["head"] else (m["tail"] or m["end"], False)
            matches = self.directory.by_part(digits, at_start)
            if len(matches) == 1 and not any(s <= m.start() < e for s, e in spans):
                found.append((m.start(), *matches[0]))
                spans.append(m.span())
        found.sort()
        return [(typed, owner) for _, typed, owner in found], spans

    def _phone_at(self, text: str, pieces: list[re.Match[str]], i: int) -> tuple[int, str, str | None] | None:
        """The phone number starting at digit group i (「186 2058 6370」「+86-186…」「(028)85964700」), if any:
        (last group used, as typed, owner)."""
        digits = ""
        best: tuple[int, str, str | None] | None = None
        for j in range(i, min(i + 5, len(pieces))):
            if j > i and not re.fullmatch(r"[\s\-.]{1,2}", text[pieces[j - 1].end() : pieces[j].start()]):
                break
            digits += pieces[j].group()
            typed = text[pieces[i].start() : pieces[j].end()]
            for key in _without_country_code(digits):
                owner = self.directory.by_phone(key)
                if owner:
                    best = (j, typed, owner)
                elif best is None and (_MOBILE.fullmatch(key) or _LANDLINE.fullmatch(key)):
                    best = (j, typed, None)
            if best and best[2]:
                return best
        return best

    def _deny(self, text: str, mentions: list[_Mention], skip: list[tuple[int, int]]) -> list[_Mention]:
        """Mark what the clause denies: 「不是X」, 「X不对」, anything before 「打错了」 when a correction follows."""
        mentions = [m for m in mentions if not any(s <= m.start < e for s, e in skip)]
        # (「云浮应该是云南的」: 应该是 right after a place says what the asker takes that place to be, no correction)
        corrections = [
            c.end()
            for c in _CORRECTION.finditer(text)
            if not (c.group() == "应该是" and any(m.end == c.start() for m in mentions))
        ]
        out = []
        for m in mentions:
            denied = bool(_DENIED_BEFORE.search(_before(text, m.start)) or _DENIED_AFTER.match(text, m.end))
            if not denied:
                # 「广东，打错了，是广西」: corrected when a mention of its kind follows the correction
                denied = any(m.end <= c and any(o.start >= c for o in mentions) for c in corrections)
            out.append(_Mention(m.start, m.end, m.key, denied))
        # 「山西的联系人…啊不是山西，是陕西」: a denial retracts the same place said before it, when something of its
        # kind is said after it instead.
        for d in [m for m in out if m.denied and any(o.start >= m.end and not o.denied for o in out)]:
            out = [replace(m, denied=True) if m.key == d.key and m.end <= d.start else m for m in out]
        # A clause that only denies (「不是广东」) asks about nothing; one that corrects keeps what is left.
        return out

    def _in_relation(
        self, text: str, m: _Mention, after: re.Pattern[str] = _PERSON_RELATION_AFTER, whose: Sequence[_Mention] = ()
    ) -> bool:
        """Is the person in a relation said right beside them: 找黄超, 问技术组张全伟 (the group said of them before),
        a place said of them before (`whose`: 找陕西杨老师), or what `after` says right after the name (张孙慧负责湖北;
        _DUTY_AFTER: 黄超是管考务的)?"""
        said = self._words.describes.search(text, 0, m.start)  # 「问技术组张全伟」「是技术组那个黄超」: its description
        start = said.start() if said else m.start
        start = next((w.start for w in whose if _OF_PERSON.fullmatch(text, w.end, start)), start)
        if whose and (duty := _DUTY_BEFORE.search(_before(text, start))):
            start -= len(duty.group())  # 「找管西藏的黄超老师」: the duty said with the place is the person's description
        elif duty := _DUTY_CLAUSE.search(_before(text, start)):
            start -= len(duty.group())  # 「是对接东北的郁晓东老师吗」: a relative clause of duty (a region's) says who
        return _before(text, start).endswith(_PERSON_RELATION_BEFORE) or after.match(text, m.end) is not None

    def _confirms(
        self, text: str, people: list[_Mention], places: list[_Mention], whose: list[_Mention] = ()
    ) -> bool:
        """`whose`: places said of a person (`_says_whose`), which stand between the person and what is said of them
        (「兰州的学校找陕西杨老师对吗」)."""
        if _YES_NO.search(text):
            return True
        if any(self._in_relation(text, m, whose=whose) for m in people if not m.denied):
            return True
        # (not one whose thing is said to be the only one: 「我只有林贺的电话，广东还有谁」)
        if any(_ONLY_BEFORE.search(_before(text, m.start)) and text[m.end : m.end + 1] != "的" for m in people if not m.denied):
            return True
        return any(_PLACE_RELATION_BEFORE.search(_before(text, m.start)) for m in places)

    def _is_city(self, m: Match) -> bool:
        """Was the province named through a city or a part of it (so the reply says 深圳属于广东)?"""
        form = m.via.strip()
        return bool(re.search(r"[\u4e00-\u9fff]", form)) and not self._regions.is_province_form(form)

    def _sound_alike(self, text: str) -> list[Match]:
        """广冬 → 广东: a run of characters that sounds exactly like one province (pinyin without tones).

        Only for a contact question that named nothing else; a word the notice or the FAQ uses (附件 sounds like
        福建) is no typo.
        """
        sounds = [_char_sounds(ch) for ch in text]
        # Where the dictionary's words start and end: a typed place is a run of its own, never the tail of one word
        # and the head of the next (个宿 in 一个宿舍 sounds like 甘肃 through a rare reading of 个).
        bounds = {0, *accumulate(map(len, TOKENIZER.lcut(text)))}
        found: dict[str, Match] = {}
        for province, syllables in self._province_sounds.items():
            size = len(syllables)
            if len(province) != size:
                continue
            for i in range(len(text) - size + 1):
                if not all(syllable in sounds[i + k] for k, syllable in enumerate(syllables)):
                    continue
                window = text[i : i + size]
                if i not in bounds or i + size not in bounds:
                    continue
                if window != province and window not in self._own_words:
                    found.setdefault(province, Match(province, (i, i + size), window))
                    break
        spans = [m.span for m in found.values()]
        # A run that reads as two provinces (through two readings of one character) is guessed as neither.
        return sorted((m for m in found.values() if spans.count(m.span) == 1), key=lambda m: m.span)

    def _by_sound(self, text: str, matches: list[Match]) -> tuple[list[Match], list[tuple[str, tuple[str, ...]]]]:
        """和肥 → 合肥, 哈儿滨 → 哈尔滨, 沙平坝 → 沙坪坝 (not the 平坝 inside it): a place typed by its sound.

        Strict, since a wrong province names a wrong person: the run must stand where the words around it make
        it a place (和肥的学校, 夏门这边, 我们在…, 正州找谁), sound exactly like one place's name (toneless pinyin;
        `RegionIndex.sounding`), be no word of general Chinese nor of ours, and hold no word that says which
        school rather than where. Longest run first; a place found inside the run yields to it (沙平坝 is
        沙坪坝, not 平坝). A run that sounds like places of several provinces is asked about, never guessed.
        Returns the matches, with those replaced, and the places to ask about.
        """
        shared: list[tuple[str, tuple[str, ...]]] = []
        lo, hi = _SOUND_RUN
        for slot in self._words.place_slot.finditer(text):
            group = next(g for g in ("a", "b", "c") if slot.group(g))
            start, end = slot.span(group)
            start += len(_ASKER_PREFIX.match(text[start:end]).group())  # type: ignore[union-attr]
            end = start + len(_PLACE_TAIL.sub("", text[start:end]))
            for s in range(max(start, end - hi), end - lo + 1):
                run = text[s:end]
                if any(m.span[0] < s < m.span[1] or (s <= m.span[0] < end < m.span[1]) for m in matches):
                    continue  # the run cuts a place in two
                if any(m.span == (s, end) for m in matches) or _NOT_A_PLACE.search(run) or "的" in run:
                    continue  # (的 is the particle before the site word: 「Python证的站点」 is no 承德)
                if TOKENIZER.FREQ.get(run) or run in self._own_words:
                    continue
                places = self._regions.sounding(run)
                if not places:
                    continue
                matches = [m for m in matches if not (s <= m.span[0] and m.span[1] <= end)]
                if len(places) == 1:
                    form, province = places[0]
                    matches = sorted([*matches, Match(province, (s, end), form)], key=lambda m: m.span)
                else:
                    shared.append((run, tuple(p for _, p in places)))
                break
        return matches, shared

    def _unknown_place(self, text: str) -> str | None:
        """「火星的学校找谁」「某某县找谁」「华南理工大学找谁」: a place-like name that resolves to no province."""
        if self._region_school is not None and (m := self._region_school.search(text)):
            return m.group()
        found = self._place_before_site(text)
        return found[2] if found else None

    def _place_before_site(self, text: str) -> tuple[int, int, str] | None:
        """「我们天门的学校」「某某县找谁」: where a name stands that the words around it make a place, and the name."""
        m = self._words.place_before_site.search(text)
        if m is None:
            return None
        group = "place" if m.group("place") else "place2"
        typed = m.group(group)
        start = m.start(group) + len(_ASKER_PREFIX.match(typed).group())  # type: ignore[union-attr]
        place = _PLACE_TAIL.sub("", text[start : m.end(group)])
        if len(place) < 2 or _NOT_A_PLACE.search(place) or not re.fullmatch(r"[\u4e00-\u9fff]+", place):
            return None
        return start, start + len(place), place

    def _in_context(self, text: str) -> Match | None:
        """「天门的学校找谁」「顺德职业技术学院的」: a city's or district's name that is also an everyday word (天门, 东方,
        顺德; regions.json's short_in_context) is the place where a school or site word follows it."""
        found = self._place_before_site(text) or self._place_naming_school(text)
        if found is None or (province := self._regions.in_context(found[2])) is None:
            return None
        return Match(province, (found[0], found[1]), found[2], city=self._regions.nickname_city(found[2]))

    def _coordinated(self, text: str, matches: list[Match]) -> list[Match]:
        """「安庆和安康的两所职院」「安康、安庆」: a city's short form that is also an everyday word (安康, 天门) is a place
        where it is joined to a place by a conjunction: words joined so are of one kind."""
        found = list(matches)
        for m in matches:
            after = _JOINED_AFTER.match(text, m.span[1])
            before = _JOINED_BEFORE.search(text[: m.span[0]])
            spans = []
            if after:
                spans += [(after.end(), after.end() + n) for n in range(_SOUND_RUN[1] - 1, 1, -1)]
            if before:
                spans += [(before.start() - n, before.start()) for n in range(_SOUND_RUN[1] - 1, 1, -1)]
            for start, end in spans:
                if start < 0 or end > len(text) or any(start < f.span[1] and f.span[0] < end for f in found):
                    continue
                if (province := self._regions.in_context(word := text[start:end])) is not None:
                    found.append(Match(province, (start, end), word, city=self._regions.nickname_city(word)))
                    break
        return sorted(found, key=lambda m: m.span) if len(found) > len(matches) else matches

    def _place_naming_school(self, text: str) -> tuple[int, int, str] | None:
        """「顺德职业技术学院的」「我们是天门职业技术学院」: a school's name that begins the clause with a place's name
        that is also an everyday word (regions.json's short_in_context) is that place's school."""
        start = len(_ASKER_PREFIX.match(text).group())  # type: ignore[union-attr]
        for end in range(start + _SOUND_RUN[1], start + 1, -1):
            if self._regions.in_context(word := text[start:end]) and _SCHOOL_REST.match(text, end):
                return start, end, word
        return None

    # ------------------------------------------------------------ replying

    def _shared(self, people: Sequence[str], kind: str) -> str:
        """Whether the people named share a mailbox or a phone: 是的 or 不是, and each one's."""
        cards = [c for name in people if (c := self.directory.card(name)) is not None]
        values = [({c.email} if kind == "邮箱" else set(c.phones)) for c in cards]
        same = len(values) >= 2 and bool(set.intersection(*values))
        each = "；".join(f"{c.name} {c.email if kind == '邮箱' else '、'.join(c.phones)}" for c in cards)
        return f"{'是的，是同一个' if same else '不是，各用各的'}{kind}：{each}。"

    def reply(self, finding: ContactFinding) -> str | None:
        """The message for a finding (plain text, one phone screen), or None when there is nothing to say."""
        if finding.shared_asked and len(finding.people) >= 2:
            # 「王吉庆老师跟林贺老师用的是同一个邮箱吗」: each one's, compared, before their cards
            shared = replace(finding, shared_asked="")
            return f"{self._shared(finding.people, finding.shared_asked)}\n{self.reply(shared) or ''}".strip()
        if finding.confirmation:
            return self._confirmation(finding)
        lines: list[str] = []
        verdict = ""
        if finding.claimed_places and finding.provinces and finding.claimed_count is None:  # (a count: judged below)
            mine = {c.name for p in finding.provinces for c in self.directory.for_province(p)}
            theirs = {c.name for p in finding.claimed_places for c in self.directory.for_province(p)}
            verdict = "是的。" if mine and mine <= theirs else "不是。"
        elif finding.claimed_role:
            verdict = finding.claimed_role
        if finding.claimed_count is not None and len(finding.provinces) == 1:
            place, claimed = finding.provinces[0], finding.claimed_count
            n = len(self.directory.for_province(place))
            if n:  # 「是不是也是两个人」: yes or no to the count first
                only = "只" if n < (2 if claimed == SEVERAL else claimed) else ""
                lines.append(f"{'是的' if _count_holds(n, claimed) else '不是'}，{place}{only}有 {n} 位业务联系人。")
        elif finding.claimed_count is not None and len(finding.provinces) >= 2:
            # 「京津冀三地是不是得分别找三个老师」: the people of every place asked, counted once each
            claimed = finding.claimed_count
            n = len({c.name for p in finding.provinces for c in self.directory.for_province(p)})
            if n:
                together = "都是同一位" if n == 1 else f"一共有 {n} 位"
                lines.append(f"{'是的' if _count_holds(n, claimed) else '不是'}，{'、'.join(finding.provinces)}{together}业务联系人。")
        elif (
            finding.any_will_do
            and len(finding.provinces) == 1
            and not finding.people
            and (n := len(self.directory.for_province(finding.provinces[0]))) > 1
        ):  # 「两个老师都行吗」
            lines.append(f"都可以，{finding.provinces[0]}的 {n} 位业务联系人找哪一位都行。")
        unknown_numbers = False
        for typed, owner in finding.numbers:
            if finding.people and owner not in finding.people and typed.lower() != self._application_email:
                # 「张孙慧老师电话15966325036咋一直打不通」: a number said for a person it is not theirs
                lines.append(self._judged_not_theirs(typed, owner, finding.people))
            elif owner and (right := self._as_printed(typed, owner)) is not None:
                lines.append(f"{owner}的邮箱是 {right}，不是{typed}（有误）。")
            else:
                lines.append(self._number_line(typed, owner))
            unknown_numbers |= (
                owner is None
                and typed.lower() != self._application_email
                and not self._like_application(typed)
                and (_kind(typed) != "邮箱" or self._nearest_mailbox(typed) is None)
            )
        for surname, people in finding.surnames:
            lines.append(f"通知里姓{surname}的联系人有 {len(people)} 位，请看是哪一位：")
        people = finding.people
        if verdict == "不是。" and finding.claimed_places:  # 「…是找北京那块的蓝老师吧」: the person wrongly claimed is not carded under the no
            people = tuple(n for n in people if set(self.covered_by(n)) & set(finding.provinces))
        for name in people[:MAX_PEOPLE]:
            card = self.directory.card(name)
            if finding.asks_landline and card is not None and not any(p.startswith("0") for p in card.phones):
                # 「张晋静老师的座机号多少」: the notice gives her a mobile only
                lines.append(f"通知里没有列出{name}的座机，只有手机 {'、'.join(card.phones)}。")
            if finding.asks_places and not finding.provinces and card is not None and not card.provinces:
                # 「侯仕平老师负责哪个省的站点」: one who covers no place is told so, not only carded
                lines.append(f"{name}不负责哪个省的站点业务，站点业务按省找各省的业务联系人。")
            lines.append(self.directory.describe_person(name))
        if len(people) > MAX_PEOPLE:
            lines.append(f"{'、'.join(people[MAX_PEOPLE:])}请另外再问一次。")
        # A province without a business contact, named as context or asked (青海): said first when 考务 is asked too,
        # since the 考务 line that follows is whom to call; otherwise after the roles, with the 考务 contacts.
        shown = [*finding.provinces, *(p for p in finding.unlisted if p not in finding.provinces)]
        missing = [p for p in shown if not self.directory.for_province(p)]
        if missing and EXAM_AFFAIRS in finding.roles:
            lines.append(f"{self.directory.not_listed(missing, dict(finding.via))}。")
            shown = [p for p in shown if p not in missing]
        for role, head in ((TECHNICAL, "考试系统技术问题请找技术工作联系人"), (EXAM_AFFAIRS, "考务问题请联系考务工作")):
            if role not in finding.roles:
                continue
            line = self._role_line(role, head, finding.aside)
            if finding.only and finding.aside and not finding.provinces:  # 「是不是只找黄超就行」: no, when others are
                others = set(self.directory.role_names(_ROLE_NAMES[role])) - set(finding.aside)
                line = f"{'不是' if others else '是的'}，{line}"
            lines.append(line)
        if shown:
            lines.append(self._provinces(finding, shown))
        elif finding.provinces or finding.unlisted:
            pass  # every province named is said above to have no business contact
        elif finding.shared_places:
            lines.append(self._ask_which_province(finding.shared_places))
        elif finding.unknown_place:
            lines.append(
                f"我没认出「{finding.unknown_place}」在哪个省。请告诉我省份或城市（例如「广东谁负责」），"
                "我把该省的业务联系人发给你。"
            )
            if EXAM_AFFAIRS not in finding.roles:
                lines.append(f"考务问题也可以联系考务工作：{self.directory.exam_affairs_line()}。")
        elif finding.asks_provincial and finding.roles and not finding.people:
            # 「技术问题和协议分别找谁」: the second part is a province's, and no province was named
            lines.append("本省的考核站点业务联系人，请告诉我省份或城市（例如「广东谁负责」），我把该省的联系人发给你。")
        if unknown_numbers and EXAM_AFFAIRS not in finding.roles and not finding.people:
            lines.append(f"考务问题请联系考务工作：{self.directory.exam_affairs_line()}。")
        text = "\n".join(line for line in lines if line)
        return _fit(verdict + text) if text else None

    def _role_line(self, role: str, head: str, aside: Sequence[str]) -> str:
        """「考务问题请联系考务工作：陈海燕 …；张晋静 …。」, or the others when someone is set aside:
        「考务工作联系人除了陈海燕，还有：张晋静 18583932660。」"""
        group = _ROLE_NAMES[role]
        left_out = [n for n in self.directory.role_names(group) if n in aside]
        if not left_out:
            return f"{head}：{self.directory.role_line(group)}。"
        others = self.directory.role_line(group, without=left_out)
        if not others:
            return f"{group}只有{'、'.join(left_out)}。"
        return f"{group}除了{'、'.join(left_out)}，还有：{others}。"

    def _number_line(self, typed: str, owner: str | None) -> str:
        is_email = _kind(typed) == "邮箱"
        if owner:
            card = self.directory.card(owner)
            if is_email and card is not None and card.email:
                return f"{card.email} 是{owner}的邮箱。"
            return f"{typed} 是{owner}的{'邮箱' if is_email else '电话'}。"
        if typed.lower() == self._application_email:
            # no 「不是」 in it: 「备案表是发这个邮箱不」 is answered yes, and the reply must not read as a no
            return f"{typed} 是考核站点申报的收件邮箱：{self._application_form}发送到这里（它是收件邮箱，不属于哪位联系人）。"
        if self._like_application(typed):  # 「是不是sales@zhonghui.com」: the mailbox known, another domain typed
            return f"不是。考核站点申报的收件邮箱是 {self._application_email}，不是{typed}（有误）；{self._application_form}发送到这里。"
        if is_email and (meant := self._nearest_mailbox(typed)) is not None:
            # 「备案表投到了sale@zhonghui.vip」「chenshu@」: an address a letter or two off one of ours is that one mistyped
            if meant == self._application_email:
                return f"不是。考核站点申报的收件邮箱是 {meant}，不是{typed}（有误）；{self._application_form}发送到这里。"
            return f"应为 {meant}（{self.directory.by_email(meant)}的邮箱），不是{typed}（有误）。"
        if not is_email and (near := self._nearest_phone(typed)) is not None:
            # 「13551324833对吗」: a number one digit off one of ours (or two digits swapped) is that one mistyped
            return f"通知的联系人里没有号码 {typed}；相近的是{near[0]}的 {near[1]}（差一位，请核对）。"
        return f"通知的联系人里没有{'邮箱' if is_email else '号码'} {typed}。"

    def _judged_not_theirs(self, typed: str, owner: str | None, asked: Sequence[str]) -> str:
        """`_not_theirs`, or, when the value is one of the asked person's own mistyped (a letter or a digit off), theirs
        as printed: 「郁晓东的邮箱应为 yuxiaodong@zhonghui.vip，不是yuxiaodon@zhonghui.vip（有误）。」"""
        if owner is None and len(asked) == 1:
            if _kind(typed) == "邮箱":
                meant = self._nearest_mailbox(typed)
                if meant is not None and self.directory.by_email(meant) == asked[0]:
                    return f"{asked[0]}的邮箱应为 {meant}，不是{typed}（有误）。"
            elif (near := self._nearest_phone(typed)) is not None and near[0] == asked[0]:
                return f"{asked[0]}的号码应为 {near[1]}，不是{typed}（有误，差一位）。"
        return _not_theirs(typed, owner, asked)

    def _nearest_phone(self, typed: str) -> tuple[str, str] | None:
        """The one number of ours (its owner and the number as printed) that `typed` is one digit or one swap of two
        neighbouring digits from (none when two are as near)."""
        digits = bare_digits(typed)
        near = {
            (name, printed)
            for number, name, printed in self._phones
            if len(number) == len(digits) and OSA.distance(digits, number, score_cutoff=1) == 1
        }
        return near.pop() if len(near) == 1 else None

    def _nearest_mailbox(self, typed: str) -> str | None:
        """The one address of ours (a person's or the application mailbox) whose mailbox `typed`'s is one or two
        edits from (none when two are as near)."""
        box = typed.lower().partition("@")[0]
        addresses = {*self._addresses, *([self._application_email] if self._application_email else [])}
        near = [(Levenshtein.distance(box, a.partition("@")[0]), a) for a in addresses]
        near = [(d, a) for d, a in near if 0 < d <= min(2, len(box) // 4)]
        if not near:
            return None
        least = min(d for d, _ in near)
        best = [a for d, a in near if d == least]
        return best[0] if len(best) == 1 else None

    def _provinces(self, finding: ContactFinding, named: list[str]) -> str:
        provinces = named[:MAX_PROVINCES]
        lines = []
        for word in finding.regions:
            members = "、".join(self._regions.region_members(word))
            if self._regions.region_is_partial(word):
                lines.append(f"「{word}」各家划分不一，这里按{members}回答；别的省请直接说省名。")
            else:
                lines.append(f"{word}指{members}。")
        # (a count claimed of them is answered already: 「云贵川是不是三位老师」)
        counted = finding.claimed_count is not None and len(finding.provinces) >= 2
        if finding.same_person and not counted and (verdict := self._same_person(provinces)):
            lines.append(verdict)
        lines.append(self.directory.describe_provinces(provinces, dict(finding.via), without=finding.aside))
        if len(named) > len(provinces):  # say what was left out rather than drop it silently
            lines.append(f"{'、'.join(named[len(provinces) :])}请另外再问一次。")
        return "\n".join(lines)

    def _teams(self, provinces: Sequence[str]) -> list[set[str]]:
        """The names of each province's business contacts (an empty set for a province with none listed)."""
        return [{c.name for c in self.directory.for_province(p)} for p in provinces]

    def _same_person(self, provinces: Sequence[str]) -> str:
        """Whether the provinces asked share their business contacts; who they are follows, grouped by person.

        Empty when a province has none listed: the lines after say so, and no verdict would be true.
        """
        teams = self._teams(provinces)
        if not all(teams):
            return ""
        if len(provinces) == 1:  # places of one province (深圳和珠海): its contacts serve them all
            return f"是的，都在{provinces[0]}，是{'同一位联系人' if len(teams[0]) == 1 else '同样的几位联系人'}。"
        places = "、".join(provinces)
        if all(t == teams[0] for t in teams):
            return f"{places}是同一位联系人。" if len(teams[0]) == 1 else f"{places}是同样的几位联系人。"
        common = set.intersection(*teams)
        if common:
            names = "、".join(c.name for c in self.directory.for_province(provinces[0]) if c.name in common)
            return f"{places}都有{names}，但不全相同。"
        shared = any(a & b for i, a in enumerate(teams) for b in teams[i + 1 :])
        # (「云贵川是同一个老师吗」: no, first — two sharing one is only part of the answer)
        return f"不是，{places}不全是同一位联系人。" if shared else f"{places}不是同一位联系人。"

    def _ask_which_province(self, shared: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
        """Name every province the place could be in, ask which, and give each one's contacts meanwhile."""
        form, provinces = shared[0]
        head = f"「{form}」在{'、'.join(provinces)}都有，请问是哪个省的？各省的业务联系人："
        return head + "\n" + self.directory.describe_provinces(list(provinces[:4]))

    def _confirmation(self, finding: ContactFinding) -> str:
        """Yes or no first, then the right contact of each province asked, and nobody else.

        The person the question guessed wrong is not carded again: 「贵州的是不是也归杨德明管」 gets 「不是。」 and
        宋菊, since a second card under the verdict reads as a second answer. Their own provinces are one
        question away (「杨德明负责哪些省」).
        """
        exam_affairs = set(self.directory.role_names(_ROLE_NAMES[EXAM_AFFAIRS]))
        if not finding.provinces and finding.unlisted and finding.people and not finding.numbers and not set(finding.people) & exam_affairs:
            # 「香港有所院校想办考点，挨着深圳，是不是也找广东的林贺老师」: the place asked has nobody in the table
            listed = self.directory.not_listed(list(finding.unlisted), dict(finding.via))
            return _fit(f"不是。{listed}，请联系考务工作：{self.directory.exam_affairs_line()}。")
        if not finding.provinces:
            return self._number_confirmation(finding)
        owners = {owner for _, owner in finding.numbers}
        if finding.people and finding.numbers and (
            set(finding.people) - owners
            or None in owners
            # (「重庆的杨德明老师，他邮箱是yangdeming@zhonghui.com吧」: an address known by its mailbox only)
            or any(owner and self._as_printed(typed, owner) for typed, owner in finding.numbers)
        ):
            # 「广西陈淑老师的邮箱是chenshu@…吧」「15386417485是湖南李雯老师的号吧」: the value claimed is what is
            # asked (its owner is named through it, not by the question); the place only says whose
            return self._number_confirmation(finding)
        provinces = list(finding.provinces[:MAX_PROVINCES])
        people = list(finding.people[:MAX_PEOPLE])
        verdict = self._verdict(people, provinces, finding.only)
        if len(people) > 1 and len(provinces) == 1 and finding.which_one:  # 「陕西是杨德明还是雷鹏」: which one
            right = [n for n in people if provinces[0] in self.covered_by(n)]
            verdict = (
                "都是。"
                if len(right) == len(people)
                # 「三亚学院在海南，是找林贺还是王吉庆」: the one, and that the place has only them
                else f"是{'、'.join(right)}，{provinces[0]}只有{'这一位' if len(right) == 1 else f'这{len(right)}位'}业务联系人。"
                if right
                else "都不是。"
            )
        return _fit(verdict + self.directory.describe_provinces(list(finding.carded) or provinces, dict(finding.via)))

    def _what_they_are(self, name: str) -> str:
        """「侯仕平是考试系统技术工作联系人」: the person and every role their card gives (one with a card)."""
        card = self.directory.card(name)
        assert card is not None
        return f"{name}是{'，也是'.join(card.role_lines())}"

    def _verdict(self, people: list[str], provinces: list[str], only: bool = False) -> str:
        """「是的。」, 「不是。」, or 「不是，丁熙丽不负责安徽。」 when the question is partly wrong: a plain no that says which
        part, since 「不全是」 reads as hedging. Several people are read together (「四川和重庆是雷鹏和杨德明负责吗」
        is right when each place is someone's and each person has one of the places). `only`: the question claims
        they are all the places have (「广东是不是只找林贺就行」): not so when a place has someone else too."""
        covers = {n: set(self.covered_by(n)) for n in people}
        uncovered = [p for p in provinces if not any(p in c for c in covers.values())]
        idle = [n for n in people if not covers[n] & set(provinces)]
        if not uncovered and not idle:
            if only and (others := [c.name for p in provinces for c in self.directory.for_province(p) if c.name not in people]):
                return f"不是，{'、'.join(provinces)}还有{'、'.join(dict.fromkeys(others))}。"
            return "是的。"
        if len(uncovered) == len(provinces):
            # (「侯仕平是管四川站点业务的吧」: one who covers no place at all is told for what they are)
            unplaced = [n for n in people if not covers[n] and self.directory.card(n) is not None]
            if unplaced and len(unplaced) == len(people):
                return "不是，" + "；".join(self._what_they_are(n) for n in unplaced) + "。"
            return "不是。"
        # (the person first: 「青海不归黄超」 reads, in part, as the very claim 青海…归黄超)
        wrong = [f"{'、'.join(people)}不负责{'、'.join(uncovered)}"] if uncovered else []
        wrong += [f"{n}不负责{'、'.join(provinces)}" for n in idle]
        # (「河南那位张老师，是不是就是管考试系统技术的张全伟」: one who covers no place is told for what they are)
        wrong += [self._what_they_are(n) for n in idle if not covers[n] and self.directory.card(n) is not None]
        return f"不是，{'，'.join(wrong)}。"

    def _number_confirmation(self, finding: ContactFinding) -> str:
        """「18600001111是不是林贺的电话」: yes or no, whose it is if anyone's, and the asked person's card."""
        owners = {owner for _, owner in finding.numbers if owner}
        asked = [n for n in finding.people if n not in owners or len(owners) > 1] or list(finding.people)
        lines = []
        for typed, owner in finding.numbers:
            if not asked:  # 「13551324833对吗」: the value alone, judged on the table
                line = self._number_line(typed, owner)
                receiving = typed.lower() == self._application_email  # (the application mailbox, no one's: a yes)
                lines.append(line if line.startswith("不是") else f"{'是的' if receiving else '不是'}。{line}")
            elif owner in asked and (right := self._as_printed(typed, owner)) is not None:
                # 「jiaxinyang@zhonghui.com对吧」: the mailbox is 贾昕旸's, the address is not
                lines.append(f"不是。{owner}的邮箱是 {right}，不是{typed}（有误）。")
            elif owner in asked:
                lines.append(f"{'没错' if finding.asks_wrong else '是的'}。{self._number_line(typed, owner)}")
            else:
                verdict = f"{_kind(typed)}不对。" if finding.asks_wrong else "不是。"  # 「是不是记错了」: 不是 would say no
                lines.append(verdict + self._judged_not_theirs(typed, owner, asked))
        lines += [self.directory.describe_person(n) for n in asked[:MAX_PEOPLE]]
        return _fit("\n".join(lines))

    def _like_application(self, typed: str) -> bool:
        """The application mailbox typed with another domain (sales@zhonghui.com for sales@zhonghui.vip)."""
        mailbox = self._application_email.partition("@")[0] if self._application_email else ""
        return bool(mailbox) and "@" in typed and typed.lower().partition("@")[0] == mailbox and (
            typed.lower() != self._application_email
        )

    def _as_printed(self, typed: str, owner: str) -> str | None:
        """The owner's address as printed, when `typed` is an address known by its mailbox only (another domain); else
        None."""
        card = self.directory.card(owner)
        if "@" not in typed or card is None or not card.email or typed.lower() == card.email.lower():
            return None
        return card.email

    def covered_by(self, name: str) -> list[str]:
        """The provinces a person of ours covers (none for the 考务 and technical contacts)."""
        card = self.directory.card(name)
        return card.provinces if card else []


# ---------------------------------------------------------------- helpers


# Which places are asked: 「负责哪个省」「管哪几个省」「对接哪些地区」「管哪里」.
_WHICH_PLACES = re.compile(r"(?:哪|几)(?:个|些|几个)?(?:省|市|地区|地方|片区|区域|片)|哪(?:里|儿)")
# A way to reach a person, asked right after their name (王吉庆老师的邮箱, 雷鹏电话): their card is what is asked.
_LANDLINE_ASKED = re.compile(r"座机|固话|固定电话|办公(?:室)?电话")
_PERSON_VALUE = re.compile(r"(?:老师)?的?(?:电话|手机|邮箱|号码|联系方式|联系电话|微信|座机)")
# Whether people share a way to reach them: a mailbox or a phone, said the same (同一个邮箱, 电话一样吗, 共用一个号).
_CONTACT_KINDS = r"(?P<kind>邮箱|邮件地址|email|e-mail|电话|手机|号码|号)"
_SHARED = (
    re.compile(rf"(?:同一|一样|相同|共用|公用|合用|一)个?(?:的)?{_CONTACT_KINDS}"),
    re.compile(rf"{_CONTACT_KINDS}[^，,。？?]{{0,6}}?(?:一样|相同|同一个|是一个|共用|公用|不一样|不同)"),
)


def _shared_asked(text: str) -> str:
    """The way to reach people asked as shared by them (「…用的是同一个邮箱吗」: 邮箱), else ""."""
    said = next(filter(None, (rx.search(text) for rx in _SHARED)), None)
    if said is None:
        return ""
    return "邮箱" if said["kind"] in ("邮箱", "邮件地址", "email", "e-mail") else "电话"


# What may stand between a place and the person it says is meant: 陕西杨老师, 陕西的杨德明, 陕西那边的杨老师
_OF_PERSON = re.compile(r"(?:省|市)?(?:这边|那边|这里|那里)?(?:的)?(?:那位|这位|那个|这个)?")
# A place's people claimed as whom to go to: 「是找上海那边的老师吗」「归江苏的联系人管吧」
# (老师 after 的 is dropped as filler before the router reads the clause: 「找上海那边的」 is what is left)
_PLACES_PEOPLE = re.compile(
    # (who, pointed at and counted: 那两位, 这俩, 的两位老师)
    r"(?:省|市)?(?:这边|那边|这里|那里|这块|那块|这片|那片|[这那](?:[一两二三几]|俩)?(?:位|个|些)?)?的?"
    r"(?:(?:[一两二三几]|俩)(?:位|个)?)?(?:业务)?(?:老师|联系人|负责人|对接人|对接老师|(?=对|没错|是吧|吧|吗|呢|都|$))"
)


def _blanked(text: str, mentions: Sequence[_Mention]) -> str:
    """`text` with the places mentioned blanked out (spaces: what stands between them is what is left)."""
    for m in mentions:
        text = text[: m.start] + " " * (m.end - m.start) + text[m.end :]
    return text


def _whole_stands_for(
    findings: list[ContactFinding], whole: ContactFinding, at: int, also: Sequence[int] = ()
) -> list[ContactFinding]:
    """The message's one finding, read whole, in clause `at`; the clauses `also` and those naming only places the
    whole names give way to it (one reply, sent once)."""
    inside = set(whole.provinces)
    return [
        whole if i == at else ContactFinding() if i in also or set(f.provinces) <= inside else f
        for i, f in enumerate(findings)
    ]


_CLAIMED_BEFORE = ("找", "归", "是", "由", "问", "联系")
_PLACED_BY = ("是不是", "是否", "属于", "是", "在", "归")


def _said_of_name(text: str, m: _Mention, name: str) -> bool:
    """「重庆三峡职业学院这边，三峡是湖北的吧」: the place is said of a part of the school's name (三峡 是 湖北)."""
    before = _before(text, m.start)
    verb = next((v for v in _PLACED_BY if before.endswith(v)), None)
    if verb is None:
        return False
    head = before[: -len(verb)]
    return any(len(head) >= k and head[-k:] in name for k in (2, 3, 4))


_LIKENED_BEFORE = ("跟", "和", "同", "与", "像")
_LIKENED_AFTER = re.compile(r"(?:省|市)?(?:一起|一样|同样|似的)")
_WH_WORD = re.compile(r"谁|哪|多少|什么|啥|几|怎么|咋")
_NOT_DONE = "没未忘漏"  # not yet, or forgotten (忘报了, 漏交): the site's own form not filled in or sent
# ... or to be sent: after a modal verb (「联系方式还能报吗」「还要交吗」)
# (with 把 the thing sent stands between: 「还没把考务负责人电话报给中慧」)
_NOT_SENT = re.compile(
    rf"(?:(?:[{_NOT_DONE}]|忘记|忘了)(?:把[^，,。？?！!]{{1,14}}?)?|能|要|可以|需要|得|来[得的]及|赶[得的]上)(报|交)"
)


# A way to reach someone said as the first part of another thing's name (手机镜头, 电话会议, 邮件附件): the noun it
# begins or stands before is what is spoken of — unless that noun is a part of the way itself (手机号, 邮箱地址).
_REACH_WORDS = frozenset({"电话", "手机", "座机", "固话", "邮箱", "邮件", "微信"})
_REACH_PARTS = ("号", "地址", "方式", "账号", "多少")


def _asks_contact(text: str) -> bool:
    """Does the clause ask for a contact (`_ASKS_CONTACT`), read on jieba's words: a way to reach someone that only
    names another thing (「对着手机镜头卖货」「电话会议几点开」) asks for none."""
    cut: list[str] | None = None
    begins: dict[int, int] = {}  # where each word of the cut begins: its index
    for m in _ASKS_CONTACT.finditer(text):
        if m[0] not in _REACH_WORDS:
            return True
        if cut is None:
            cut = TOKENIZER.lcut(text, HMM=False)
            begins = {at: k for k, at in enumerate(accumulate((len(w) for w in cut[:-1]), initial=0))}
        k = begins.get(m.start())
        if k is None or not cut[k].startswith(m[0]):
            return True  # (it begins inside another word: what the regex allows, as before)
        rest, after = cut[k][len(m[0]) :], cut[k + 1] if k + 1 < len(cut) else ""
        before = cut[k - 1] if k else ""
        if not rest and an_act(before) and TAGGER.word_tag_tab.get(before, "")[:1] == "v" and not tells(before):
            continue  # 「检查手机用的那根扫描棒」: the device a verb acts on (检查, 携带, 上交: 词林 H), not a number asked for
        if rest:  # the word goes on past it: 电话会议 is a meeting, 手机号 a number
            if rest.startswith(_REACH_PARTS):
                return True
        elif not (len(after) >= 2 and TAGGER.word_tag_tab.get(after, "")[:1] == "n" and not after.startswith(_REACH_PARTS)):
            return True
    return False


def _not_sent(text: str) -> bool:
    """「联系方式我们还没报」「还没交」「还能报吗」: the site's own form not yet sent, or still to be — 报 or 交
    standing alone as the verb, not the first character of another word (没交接, 没报名: jieba's dictionary lists
    交接 and 报名)."""
    for m in _NOT_SENT.finditer(text):
        if m.end() < len(text) and TOKENIZER.FREQ.get(m[1] + text[m.end()], 0) > 0:
            continue
        # after a modal the contacts asked about stand before the verb, as what is sent (「联系方式还能报吗」); an ask
        # after it is an ask (「烟台技师学院能报不？联系人是谁」)
        if m[0][0] in _NOT_DONE or not _ASKS_CONTACT.search(text, m.end()):
            return True
    return False


def _fills(text: str) -> bool:
    """「还来得及填不」「还没填」「填好了吗」「电话填哪」: 填 is the verb, as its own word (or after 没/未, which jieba
    joins to it), whatever surrounds it; not the first character of another word (填表的老师)."""
    return any(w == "填" or (len(w) == 2 and w[1] == "填" and w[0] in _NOT_DONE) for w in TOKENIZER.lcut(text))


# What a person does, limited (黄超只管技术): 只 before a duty, right after the person.
_SCOPE_AFTER = re.compile(r"[^，,。？?]{0,6}?只(?:管|负责|做|对接)")
# Words that restrict a claim to what it names (只, 仅, 单单; 找他就行: he is enough).
# (and one person said of them: 「广东是不是就林贺老师一个人对接」, not 「是同一个人吗」)
_ONLY = re.compile(r"只|仅|单单|就(?:行|够|可以)|(?<!同)一(?:个人|位|人)(?:对接|管|负责|联系)|就[^，,。？?]{1,8}?(?<!同)一(?:个人|位|人|个$)")


# A count that ends the clause (its 老师 and 吧 gone after normalisation: 「也是两位老师吧」) is said to be confirmed.
_CLAIM_END = re.compile(r"(?:吧|吗)?[?？!！。~～]*$")


def _count_sought(text: str) -> bool:
    """Is the count claimed one of people to go to (「是不是得分别找三个老师」), not one a place is said to have?"""
    m = _COUNT_CLAIMED.search(text)
    if m is None:
        return False
    # (or, asked yes or no, how many people handle the place: 「海南是不是两个老师管」「是两位一起管吗」 — not a count
    # only reported: 「听说广东那边是两个老师一起管」)
    duty = _DUTY_ENDS.search(m.group()) or _DUTY_NEXT.match(text, m.end())
    return _COUNT_SOUGHT.search(m.group()) is not None or (duty is not None and _YES_NO.search(text) is not None)


_DUTY_ENDS = re.compile(_DUTIES + "的?$")
# 「是两位一起管」: the duty said right after the count (the count read as 是两位)
_DUTY_NEXT = re.compile(rf"(?:人|老师|联系人)?(?:{_SHARED_DUTY}|都)?{_DUTIES}")


def _claimed_count(text: str) -> int | None:
    m = _COUNT_CLAIMED.search(text)
    if m is None or not (_YES_NO.search(text) or _CLAIM_END.search(text, m.end())):
        return None
    said = _COUNT_SAID.search(m.group()).group()  # type: ignore[union-attr]
    said = {"俩": "两", "仨": "三"}.get(said, said)
    return SEVERAL if said == "几" else int(said) if said.isdigit() else cn_value(said)


def _count_holds(n: int, claimed: int) -> bool:
    """Does a place's (or places') n people make the count claimed (several: more than one)?"""
    return n > 1 if claimed == SEVERAL else n == claimed


def _segments(text: str) -> list[tuple[int, int]]:
    """The asks of one clause: 「广东找谁技术问题找谁」 → 「广东找谁」「技术问题找谁」."""
    ends = [*_ASK_END.finditer(text), *_ASK_JOINED.finditer(text)]
    cuts = sorted({m.end() for m in ends if m.end() < len(text)})
    bounds = [0, *cuts, len(text)]
    return [(a, b) for a, b in pairwise(bounds) if a < b] or [(0, len(text))]


def _before(text: str, start: int) -> str:
    """The few characters before `start`: what a denial or a relation word needs, in constant time."""
    return text[max(0, start - 8) : start]


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` without the given spans (which may repeat: a region word's provinces share one)."""
    keep = [True] * len(text)
    for s, e in spans:
        keep[s:e] = [False] * (e - s)
    return "".join(ch for ch, k in zip(text, keep, strict=True) if k)


def _without_country_code(digits: str) -> list[str]:
    """「8618620586370」「008618620586370」 are 18620586370; a landline after +86 lost its leading 0."""
    keys = [digits]
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) - len(prefix) >= 9:
            rest = digits[len(prefix) :]
            keys += [rest] if rest.startswith(("0", "1")) else [rest, "0" + rest]
    return keys


def _kind(typed: str) -> str:
    """邮箱 for an address or a mailbox typed (linhe), 号码 for a number."""
    return "邮箱" if "@" in typed or not (typed[:1].isdigit() or typed.startswith("+")) else "号码"


def _not_theirs(typed: str, owner: str | None, asked: Sequence[str]) -> str:
    """「张孙慧的号码不是15966325036，通知的联系人里没有这个号码。」: a value said for people it does not belong to
    (the value after the 不是 that denies it, so that no one reads it as given)."""
    kind = _kind(typed)
    whose = f"它是{owner}的{kind}" if owner else f"通知的联系人里没有这个{kind}"
    return f"{'、'.join(asked)}的{kind}不是{typed}，{whose}。"


def _fit(text: str) -> str:
    """At most MAX_LINES lines: what does not fit is named as left out, never cut mid-line."""
    lines = text.splitlines()
    if len(lines) <= MAX_LINES:
        return text
    return "\n".join([*lines[: MAX_LINES - 1], "（内容较多，其余请分开再问。）"])
