"""answer(question, now) → Reply: contacts, the schedule, the FAQ, or an honest fallback.

The order matters and is the whole policy:
1. a bare number right after a clarification picks that choice;
2. another exam or chit-chat gets no fact from this notice;
3. a contact's name, or a province or city with a contact word, goes to the ContactDirectory; a place several
   provinces share (朝阳区) names them and asks which, a place we cannot resolve asks for the province;
4. everything else goes to the FAQ index; its facet (exams, tickets, …) narrows the answer to what was asked;
5. too unsure: numbered choices; not found: say so and name the 考务 contacts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal

from pypinyin import lazy_pinyin

from .contacts import ContactDirectory
from .dates import WEEKDAYS, format_date, format_span
from .faq import FaqIndex, Hit, in_dictionary, intents, last_word, tokens
from .knowledge import Exam, FaqEntry, Knowledge, LevelWindow, Window
from .regions import Match
from .text import normalize, to_simplified

__all__ = ["Answerer", "Reply"]

ReplyKind = Literal["faq", "contact", "clarify", "fallback", "offtopic", "help"]

# Above ACCEPT an entry answers outright; between CLARIFY and ACCEPT, or when the runner-up is within MARGIN,
# the member is offered choices. Measured on the dev set and our own paraphrases (tools/bench_answer.py).
ACCEPT = 0.5
CLARIFY = 0.38
MARGIN = 0.04
# Closer than TIE the engine cannot tell the entries apart at all (「截止时间」: which one?): only then does a
# confident match become a pure clarification instead of an answer with the others offered.
TIE = 0.01
# A runner-up this close whose topic word the question names beats a best entry that named none of its own.
TOPIC_GAP = 0.2
FACET_CUE = 0.15  # what a named level / paper / exam day adds to the entries whose facet narrows by it
MAX_PROVINCES = 10  # provinces answered in one reply (grouped by contact, that still fits a phone screen)
MAX_QUESTION = 300  # characters looked at; a wall of text is not a question
CLARIFY_TTL = timedelta(minutes=10)

_CONTACT_WORDS = re.compile(
    r"联系人|联系方式|联系谁|找谁|找哪位|谁负责|负责人|负责|对接|电话|手机|号码|邮箱|邮件|微信|联系|"
    r"哪位|是谁|哪个老师|哪一位|"
    r"\bwho\b|\bcontact|\bhandles?\b|\bphone\b|\bemail\b|\bresponsible\b"
)
_TECH_WORDS = re.compile(
    r"系统|技术|软件|安装|装不上|调试|环境|部署|报错|故障|登不上|登录不了|闪退|卡顿|卡住|白屏|黑屏|蓝屏|死机|"
    r"崩溃|断网|没反应|客户端"
)
# A school's name is not a technical problem: 深圳职业技术学院, 成都信息工程大学, 某某科技学院.
_SCHOOL_NAME = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:职业技术|技术|工程|科技|信息)(?:师范)?(?:大学|学院|学校|职院)")
_EXAM_AFFAIRS_WORDS = re.compile(r"考务")
# 「火星的学校找谁」「某某县找谁」: what stands before 的 and the school / site word, or a name with a place suffix.
# The 的 is needed: 民办学校, 高职院校 are kinds of school, not places.
_PLACE_BEFORE_SITE = re.compile(
    r"(?P<place>[\u4e00-\u9fffa-z]{2,10}?)的(?:学校|院校|高校|考点|考核站点|考核点|站点|这边|那边|地区)"
    r"|(?P<place2>[\u4e00-\u9fff]{1,8}(?:省|市|县|区|州|盟|旗|镇|乡))(?=的|找|联系|谁|负责|$)"
)
_PLACE_SUFFIX = re.compile(r"[省市县区州盟旗镇乡]$")
_PLACE_ALONE = re.compile(r"(?:的?(?:学校|院校|考点|考核站点|站点|这边|那边))?")
_ASKER_PREFIX = re.compile(r"^(?:我们|我校|咱们|我|这里|这边)?(?:是|在)?")
# Chat about the bot itself, after normalisation (在吗 → 在, 谢谢你 → 你): a short self-introduction, no facts.
_ABOUT_BOT = re.compile(
    r"(?:在|在不在|有人|你|你是谁|你是谁啊|你是机器人|你是人|你是真人|你叫什么|你叫啥|你会什么|你能做什么|你能干什么|机器人|"
    r"who are you|are you a bot|are you a robot|are you there)"
)
# Another profession's qualification exam (经济师, 药师, 建造师 …): not this notice, whatever level it names.
# 老师 is a greeting, 师范 part of a school's name.
_PROFESSION_EXAM = re.compile(r"[\u4e00-\u9fff](?<![老讲导])师(?!范|傅)|护士|职称")
# 「CCNA考试」「MOS认证」: a Latin name right before an exam word names some other exam, unless it is Python
# itself, typos included (pyhton, pyton, phyton are all p + letters of "python"), or the group or the exam in English.
# 「体育考试几号」「导游证考试时间」: a word right before 考试/考证/认证 that this notice never uses names another
# exam. Words that only say which sitting or whose exam (这次, 我们, 学生 …) are not names.
_EXAM_NAMED = re.compile(r"(考试|考证|认证|资格证)")
_SITTING_WORDS = frozenset(
    [
        "这次",
        "本次",
        "此次",
        "下次",
        "上次",
        "今年",
        "明年",
        "本季",
        "这季",
        "这个",
        "那个",
        "我们",
        "咱们",
        "我校",
        "学生",
        "考生",
        "学校",
        "线上",
        "线下",
        "正式",
        "整个",
        "全部",
        "所有",
        "这场",
        "本场",
        "参加",
        "组织",
        "各级",
        "全国",
        "统一",
        "这边",
        "那边",
        "相关",
        "职业",
        "技能",
        "等级",
        "证书",
        "什么",
        "哪些",
        "怎么",
        "如何",
        "还有",
        "一下",
        "请问",
        "老师",
        "同学",
        "大家",
        "首次",
        "第一次",
        "第二次",
        "今天",
        "明天",
        "后天",
        "周末",
        "上午",
        "下午",
        "年底",
        "月底",
        "年初",
        "月份",
    ]
)
_LATIN_EXAM = re.compile(r"(?<![a-z0-9+])([a-z]{2,12}) ?(?:考试|认证|考证|证书)")
_LATIN_OURS = frozenset({"qq", "exam", "test"})
_CLAUSE_SPLIT = re.compile(r"[，,。.！!？?；;～~\n]+")
_QUESTION_END = re.compile(r"[吗么呢]$|谁|哪|几|多少")
_WHEN_WORDS = re.compile(r"什么时候|啥时候|几号|哪天|几点|截止|时间|多久|几天|when|deadline")
_DAY_WORDS = re.compile(
    r"今天|明天|后天|昨天|下周|这周|本周|周末|今年|明年|马上|快要|快到|过了|完了|考完|结束|几天后|几天以后|over|\bdays?\b"
)
_BOTH_WORDS = re.compile(r"和|以及|还有|分别|与|、|\band\b")
MAX_LINES = 15  # a reply fits on one phone screen


@lru_cache(maxsize=8192)
def _char_sound(ch: str) -> str:
    return lazy_pinyin(ch)[0] if "\u4e00" <= ch <= "\u9fff" else ""


# 12月20日, 20号, 12月20, and the dotted 12.20 / 12/20 (a two-digit part, so 1.5 小时 or 2.5 is no date).
_DATE_IN_TEXT = re.compile(
    r"(?:(\d{1,2})月)?(\d{1,2})[日号]|(\d{1,2})月(\d{1,2})"
    r"|(?<![\d:.])(1[0-2]|0?[1-9](?=[./]\d\d))[./](3[01]|[12]\d|0?[1-9])(?![\d:.])"
)
_LEVELS = {"初级": "初级", "中级": "中级", "高级": "高级", "初": "初级", "中": "中级", "高": "高级"}
_LEVEL_RE = re.compile(r"(初|中|高)级|\b(junior|intermediate|senior|elementary|advanced)\b")
_LEVEL_EN = {"junior": "初级", "elementary": "初级", "intermediate": "中级", "senior": "高级", "advanced": "高级"}
_THEORY_RE = re.compile(r"理论|笔试|选择题|theory")
_PRACTICAL_RE = re.compile(r"实操|上机|操作|实践|实训|practical")
_DURATION_RE = re.compile(r"多久|多长|几个小时|几小时|几个钟|时长|多少分钟|几分钟|多少时间|how long")
_WEEKDAY_RE = re.compile(r"(?:星期|周|礼拜)([一二三四五六日天])|(周末|双休|weekend)")
_WEEKDAY_INDEX = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_AM_RE = re.compile(r"上午|早上|morning")
_PM_RE = re.compile(r"下午|afternoon")


@dataclass(frozen=True)
class Reply:
    text: str
    kind: ReplyKind
    entry_id: str | None = None
    choices: tuple[str, ...] = ()

    @property
    def answered(self) -> bool:
        """False for the replies staff should look at: fallbacks and clarifications."""
        return self.kind not in ("fallback", "clarify")


@dataclass
class _Pending:
    choices: tuple[str, ...]
    question: str
    expires: datetime


@dataclass
class Answerer:
    knowledge: Knowledge
    index: FaqIndex = field(init=False)
    contacts: ContactDirectory = field(init=False)
    _pending: dict[object, _Pending] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        places = [n for p in self.knowledge.regions.provinces() for n in (p.name, p.full_name)]
        # The certificate's own name (Python 程序开发职业技能等级证书) says which exam, not which question.
        naming = tokens(normalize(self.knowledge.notice.certificate))
        self.index = FaqIndex(self.knowledge.faq, keep=places, neutral=naming)  # 福建 is never mended into 附件
        self.contacts = ContactDirectory(self.knowledge.contacts)
        self._other_topics = [normalize(w) for w in self.knowledge.faq.other_topics if normalize(w)]
        # Words of the notice itself (程序开发, 职业技能 …) never name another exam.
        notice_text = " ".join([*self.knowledge.context.values(), *(e.answer for e in self.knowledge.faq.faqs)])
        self._notice_words = frozenset(tokens(self.index.canonical(notice_text[:20_000])))
        sounds: dict[str, list[str]] = {}
        for p in self.knowledge.regions.provinces():
            sounds.setdefault("".join(lazy_pinyin(p.name)), []).append(p.name)
        self._province_sounds = {sound: names[0] for sound, names in sounds.items() if len(names) == 1}
        self.knowledge.regions.find("广东")  # builds its folding table now (~0.3 s), not on a member's question

    # ------------------------------------------------------------ the policy

    def answer(self, question: str, now: datetime | None = None, asker: object = None) -> Reply:
        now = self._local(now)
        text = normalize(question[: MAX_QUESTION * 4])[:MAX_QUESTION]
        if not text:  # only an @, or only 你好/谢谢: greet without a wall of examples
            return self.help() if not question.strip() else self.about()

        pending = self._pending.pop(asker, None) if asker is not None else None
        if pending and pending.expires > now and text.isdigit() and 1 <= int(text) <= len(pending.choices):
            entry = self.index.by_id(pending.choices[int(text) - 1])
            if entry is not None:
                return self._entry_reply(entry, pending.question, now)

        if _ABOUT_BOT.fullmatch(text):
            return self.about()
        if self._is_other_topic(text):
            return self.offtopic()

        hits = self._prefer_named_window(self._route_facets(self.index.search(text, limit=5), text), text)
        hits = self._window_only_when_asked(hits, text)
        hits = self._prefer_named_topic(hits, text)
        hits = self._prefer_later_topic(hits, text)[:3]
        # 「山东的学校考务负责人联系方式几号前填报」asks when, not who: a confident FAQ entry answers it.
        asks_when = _WHEN_WORDS.search(text) and hits and hits[0].score >= ACCEPT
        reply = None if asks_when else self._contact_reply(text, confident=bool(hits) and hits[0].score >= ACCEPT)
        if reply is not None:
            return reply

        both = self._two_questions(hits, text, now)
        if both is not None:
            return both
        if hits and hits[0].score >= ACCEPT and (len(hits) < 2 or hits[0].score - hits[1].score >= MARGIN):
            return self._entry_reply(hits[0].entry, text, now)
        asked = self._asking_clause(question)
        if asked:  # 「我们是新申报的考点，想问下准考证啥时候能打呀？」: the context is not the question
            clause_hits = self._route_facets(self.index.search(asked), asked)
            if (
                clause_hits
                and clause_hits[0].score >= ACCEPT
                and (len(clause_hits) < 2 or clause_hits[0].score - clause_hits[1].score >= MARGIN)
            ):
                return self._entry_reply(clause_hits[0].entry, text, now)
        provinces = self.knowledge.regions.find(text)
        if provinces:  # "广东？" – a place and little else is a contact question
            return self._provinces_reply(provinces)
        shared = self.knowledge.regions.ambiguous(text)
        if shared and _PLACE_ALONE.fullmatch(text.replace(normalize(shared[0][0]), "", 1)):
            return self._ask_which_province(shared)  # 「朝阳区？」 alone; 「新华书店几点关门」 is no place question
        close = [h for h in hits if h.score >= CLARIFY and hits[0].score - h.score < 0.12]
        if hits and hits[0].score >= ACCEPT and (len(hits) < 2 or hits[0].score - hits[1].score >= TIE):
            # Confident, but a runner-up is close: answer the best entry and offer the others as numbered
            # choices, rather than making the member ask twice for what is most likely the answer.
            return self._answer_and_offer(hits[0], close[1:3], text, now, asker)
        if close and hits[0].score >= CLARIFY and len(close) >= 2:
            return self._clarify(close[:3], text, now, asker)
        return self.fallback()

    # ------------------------------------------------------------ fixed replies

    def help(self) -> Reply:
        # The person in the example comes from this season's table, so the help never names someone gone.
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
            f"这个问题通知里没有写到，我没法确定答案。考务问题请联系：{self.contacts.exam_affairs_line()}。",
            "fallback",
        )

    def offtopic(self) -> Reply:
        return Reply(
            "我只回答本季 Python 程序开发职业技能等级证书考核的问题：考试时间、站点申报、报名、考场编排、缴费和各省联系人。"
            "其他问题恕我帮不上忙。",
            "offtopic",
        )

    # ------------------------------------------------------------ contacts

    def _contact_reply(self, text: str, confident: bool = False) -> Reply | None:
        """`confident`: the FAQ has a sure answer, which a place we cannot resolve does not override."""
        names = self.contacts.names_in(text)
        if names:
            return Reply("\n".join(self.contacts.describe_person(n) for n in names[:3]), "contact")
        if not _CONTACT_WORDS.search(text):
            return None
        matches = self.knowledge.regions.find(text) or self._sound_alike_provinces(text)
        shared = [] if matches else self.knowledge.regions.ambiguous(text)  # 朝阳区: like a known place
        if not matches and not shared:
            return None if confident else self._unknown_place(text)
        topic = _SCHOOL_NAME.sub("", text)
        if _TECH_WORDS.search(topic):
            return Reply(f"考试系统技术问题请找技术工作联系人：{self.contacts.technical_line()}", "contact")
        reply = self._provinces_reply(matches) if matches else self._ask_which_province(shared)
        if _EXAM_AFFAIRS_WORDS.search(topic):
            head = f"考务问题请联系考务工作：{self.contacts.exam_affairs_line()}。"
            return Reply(head + "\n" + reply.text, "contact")
        return reply

    def _unknown_place(self, text: str) -> Reply | None:
        """「火星的学校找谁」「某某县找谁」: a place we cannot resolve; ask for the province, never guess one."""
        m = _PLACE_BEFORE_SITE.search(text)
        if m is None:
            return None
        place = _ASKER_PREFIX.sub("", m.group("place") or m.group("place2"))
        unknown = [w for w in self.index.unknown_words(place) if len(w) >= 2]
        if not unknown and not _PLACE_SUFFIX.search(place):
            return None  # 我们学校, 新申报的考点: no place was named
        return Reply(
            f"我没认出「{place}」在哪个省。请告诉我省份或城市（例如「广东谁负责」），我把该省的业务联系人发给你。\n"
            f"考务问题也可以联系考务工作：{self.contacts.exam_affairs_line()}。",
            "contact",
        )

    def _ask_which_province(self, shared: list[tuple[str, list[str]]]) -> Reply:
        """Name every province the place could be in, ask which, and give each one's contacts meanwhile."""
        form, provinces = shared[0]
        head = f"「{form}」在{'、'.join(provinces)}都有，请问是哪个省的？各省的业务联系人："
        return Reply(head + "\n" + self.contacts.describe_provinces(provinces[:4]), "contact")

    def _sound_alike_provinces(self, text: str) -> list[Match]:
        """广冬 → 广东: a run of characters that sounds exactly like one province (pinyin without tones).

        Only for a contact question that named no place. A word the FAQ itself uses (附件 sounds like 福建) is
        never a typo, and a sound two provinces share (山西/陕西) is never guessed.
        """
        sounds = [_char_sound(ch) for ch in text]  # "" for anything not Chinese
        found: dict[str, Match] = {}
        for size in sorted({len(p) for p in self._province_sounds.values()}):
            for i in range(len(text) - size + 1):
                part = sounds[i : i + size]
                if not all(part):
                    continue
                province = self._province_sounds.get("".join(part))
                window = text[i : i + size]
                if province and len(province) == size and window != province and window not in self.index.vocabulary:
                    found.setdefault(province, Match(province, (i, i + size), window))
        return sorted(found.values(), key=lambda m: m.span)

    def _provinces_reply(self, matches: list) -> Reply:
        named = list(dict.fromkeys(m.province for m in matches))
        provinces = named[:MAX_PROVINCES]
        via = {m.province: m.via for m in matches if self._is_city(m.via, m.province)}
        text = self.contacts.describe_provinces(provinces, via)
        if len(named) > len(provinces):  # say what was left out rather than drop it silently
            text += f"\n{'、'.join(named[len(provinces) :])}请另外再问一次。"
        return Reply(text, "contact")

    def _is_city(self, via: str, province: str) -> bool:
        """Was the province found through a city name (so the reply says 深圳属于广东)?"""
        form = to_simplified(via).strip()
        if not re.search(r"[\u4e00-\u9fff]", form):
            return False
        full = next((p.full_name for p in self.knowledge.regions.provinces() if p.name == province), province)
        return province not in form and form not in full

    # ------------------------------------------------------------ FAQ entries and their facets

    def _entry_reply(self, entry: FaqEntry, text: str, now: datetime) -> Reply:
        body = None
        if entry.facet == "exams":
            body, shown = self._exams(text)
            body = (body or self.knowledge.render(entry.answer)) + self._exams_status(shown, now)
        elif entry.facet == "tickets":
            body, windows = self._tickets(text)
            body = (body or self.knowledge.render(entry.answer)) + self._spans_status(windows, now)
        elif entry.facet == "countdown":
            body = self._countdown(now, self._levels(text))
        if body is None:
            body = self.knowledge.render(entry.answer)
            if entry.facet == "window_status" and entry.window:
                body += "\n" + self._window_status(entry.window, now)
        return Reply(body.strip(), "faq", entry.id)

    def _levels(self, text: str) -> list[str]:
        """The levels a question names, also through a mended typo (处级 → 初级) or a synonym the FAQ folds."""
        found = []
        for source in (text, self.index.canonical(text)):
            for m in _LEVEL_RE.finditer(source):
                found.append(_LEVELS[m.group(1)] if m.group(1) else _LEVEL_EN[m.group(2)])
        return list(dict.fromkeys(found))

    @staticmethod
    def _weekdays(text: str) -> set[int]:
        """Weekday numbers (Monday 0) the question names; 周末 is Saturday and Sunday."""
        out: set[int] = set()
        for m in _WEEKDAY_RE.finditer(text):
            out |= {_WEEKDAY_INDEX[m.group(1)]} if m.group(1) else {5, 6}
        return out

    def _exams(self, text: str) -> tuple[str | None, list[Exam]]:
        """The exams the question narrows to (level, subject, weekday, date), or None for the whole schedule."""
        notice = self.knowledge.notice
        levels = self._levels(text)
        weekdays = self._weekdays(text)
        days = self._days_named(text)
        theory, practical = bool(_THEORY_RE.search(text)), bool(_PRACTICAL_RE.search(text))
        morning, afternoon = bool(_AM_RE.search(text)), bool(_PM_RE.search(text))
        if not (theory or practical) and morning != afternoon:  # 「下午考什么」: the paper(s) of that half-day

            def in_half(subject: str) -> bool:
                return any((e.paper(subject).start.hour < 12) == morning for e in notice.exams)  # type: ignore[arg-type]

            theory, practical = in_half("theory"), in_half("practical")
        exams = [e for e in notice.exams if (not levels or e.level in levels)]
        if weekdays or days:
            exams = [
                e
                for e in exams
                if (not weekdays or e.date.weekday() in weekdays) and (not days or (e.date.month, e.date.day) in days)
            ]
            if not exams:
                asked = "、".join([WEEKDAYS[d] for d in sorted(weekdays)] + [f"{m}月{d}日" for m, d in sorted(days)])
                return f"{asked}没有考试。考试日期：{self.knowledge.context['exam_dates']}。", []
        if not (levels or weekdays or days or theory or practical):
            return None, list(notice.exams)  # a general question: the whole schedule as the entry writes it
        subjects = [s for s, on in (("theory", theory), ("practical", practical)) if on] or ["theory", "practical"]
        with_minutes = bool(_DURATION_RE.search(text))
        half_day = morning or afternoon
        lines = []
        for e in exams:
            parts = []
            for s in subjects:
                span = e.paper(s)  # type: ignore[arg-type]
                label = "理论考试" if s == "theory" else "实操考试"
                if half_day:  # 「实操是上午考吗」: say 上午 / 下午 in words, not only as a clock time
                    label += " 上午" if span.start.hour < 12 else " 下午"
                parts.append(f"{label} {span}" + (f"（{span.minutes}分钟）" if with_minutes else ""))
            lines.append(f"{e.level}：{format_date(e.date, weekday=True)} {'，'.join(parts)}")
        return "\n".join(lines) + f"\n考核方式：{notice.exam_mode}。", exams

    def _days_named(self, text: str) -> set[tuple[int, int]]:
        """(month, day) of each date the question names; a bare 19号 means the exam month's day."""
        months = {e.date.month for e in self.knowledge.notice.exams}
        out = set()
        for m in _DATE_IN_TEXT.finditer(text):
            if m.group(5):
                month, day = m.group(5), m.group(6)
            else:
                month, day = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
            if month:
                out.add((int(month), int(day)))
            else:
                out |= {(mo, int(day)) for mo in months}
        return out

    def _exams_status(self, exams: list[Exam], now: datetime) -> str:
        """A line saying the exams shown are over, or are today; nothing while they are ahead."""
        if not exams:
            return ""
        today = now.date()
        last = max(e.date for e in exams)
        if today > last:
            return f"\n（以上考试已于{format_date(last)}结束，今天是{format_date(today)}。）"
        if any(e.date == today for e in exams):
            return f"\n今天（{format_date(today)}）就有考试。"
        return ""

    def _spans_status(self, windows: list[LevelWindow], now: datetime) -> str:
        if not windows:
            return ""
        today = now.date()
        start, end = min(w.start for w in windows), max(w.end for w in windows)
        if today > end:
            return f"\n（已于{format_date(end)}截止，今天是{format_date(today)}。）"
        if today < start:
            return f"\n（还没开始，离开始还有 {(start - today).days} 天。）"
        return "\n（现在正在打印期内。）"

    def _tickets(self, text: str) -> tuple[str | None, list[LevelWindow]]:
        levels = self._levels(text)
        if not levels:
            return None, list(self.knowledge.notice.ticket_printing)
        windows = [w for w in self.knowledge.notice.ticket_printing if w.level in levels]
        lines = [f"{w.level}准考证打印时间：{format_span(w.start, w.end)}" for w in windows]
        return "\n".join(lines) + "\n已报名考生登录 1+X 平台打印准考证。", windows

    def _countdown(self, now: datetime, levels: list[str]) -> str:
        """Days to the next exam (of the levels asked about, if any); never a negative count."""
        today = now.date()
        exams = [e for e in self.knowledge.notice.exams if not levels or e.level in levels]
        exams = exams or self.knowledge.notice.exams
        dates = "、".join(f"{e.level} {format_date(e.date, weekday=True)}" for e in exams)
        upcoming = [e for e in exams if e.date >= today]
        if not upcoming:
            last = max(e.date for e in exams)
            every = len(exams) == len(self.knowledge.notice.exams)
            which = "本季考试" if every else "、".join(e.level for e in exams) + "考试"
            ended = "全部结束" if every else "结束"
            return f"{which}已于{format_date(last)}{ended}（今天是{format_date(today)}）。\n考试日期：{dates}。"
        nxt = upcoming[0]
        if nxt.date == today:
            head = f"今天（{format_date(today)}）就是{nxt.level}考试。"
        else:
            head = f"离{nxt.level}考试（{format_date(nxt.date, weekday=True)}）还有 {(nxt.date - today).days} 天。"
        return head + f"\n考试日期：{dates}。"

    def _window_status(self, window: str, now: datetime) -> str:
        """One line: has this window passed, is it open, or how long until it opens (never a negative count)."""
        notice = self.knowledge.notice
        today = now.date()
        spans: list[tuple[date, date]]
        if window == "contact_filing":
            spans = [
                (
                    today if today <= notice.contact_filing_deadline else notice.contact_filing_deadline,
                    notice.contact_filing_deadline,
                )
            ]
        elif window == "ticket_printing":
            spans = [(w.start, w.end) for w in notice.ticket_printing]
        elif window == "exams":
            spans = [(e.date, e.date) for e in notice.exams]
        else:
            w: Window | LevelWindow = getattr(notice, window)
            spans = [(w.start, w.end)]
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        if today > end:
            return f"已于{format_date(end)}截止（今天是{format_date(today)}）。"
        if today < start:
            return f"还没开始，离开始还有 {(start - today).days} 天。"
        left = (end - today).days
        return "今天是最后一天。" if left == 0 else f"现在正在进行，离截止还有 {left} 天。"

    # ------------------------------------------------------------ clarification and topics

    def _two_questions(self, hits: list[Hit], text: str, now: datetime) -> Reply | None:
        """「报名时间和考试时间分别是什么时候」: two close, confident entries joined by 和/分别 get both answers."""
        if len(hits) < 2 or not _BOTH_WORDS.search(text):
            return None
        first, second = hits[0], hits[1]
        close = second.score >= ACCEPT and first.score - second.score < 0.12
        if not close and not (second.score >= CLARIFY and self._topics_either_side(first, second, text)):
            return None
        bodies = [self._entry_reply(h.entry, text, now).text for h in (first, second)]
        body = "\n".join(bodies)
        if body.count("\n") >= MAX_LINES:
            return None
        return Reply(body, "faq", first.entry.id)

    def _topics_either_side(self, first: Hit, second: Hit, text: str) -> bool:
        """「报名和打印准考证分别什么时候」: each entry's own topic word stands on its own side of the 和.

        Then the second entry is asked for, however much better the first matches the whole question.
        """
        canon = self.index.canonical(text)
        joint = _BOTH_WORDS.search(canon)
        if joint is None:
            return False
        sides = []
        for this, other in ((first, second), (second, first)):
            own = [w for w in self.index.heads_named(this.entry, text) if not self.index.centrality(other.entry, w)]
            before = {canon.find(w) < joint.start() for w in own}
            if len(before) != 1:  # no own topic word, or some on either side
                return False
            sides.append(before.pop())
        return sides[0] != sides[1]

    def _prefer_named_window(self, hits: list[Hit], text: str) -> list[Hit]:
        """「报名截止还有几天」asks about 报名, not the exams: a close window entry beats the exams countdown."""
        if len(hits) < 2 or hits[0].entry.facet != "countdown":
            return hits
        narrows = bool(self._levels(text) or _WEEKDAY_RE.search(text) or self._days_named(text))
        for h in hits[1:]:
            # 「星期三有考试吗」 names a day: the schedule answers it (no exam that day), not the countdown
            wanted = h.entry.facet == "window_status" or (h.entry.facet == "exams" and narrows)
            if wanted and hits[0].score - h.score < 0.12:
                rest = [x for x in hits[1:] if x is not h]
                return [Hit(h.entry, hits[0].score), *rest]  # the countdown drops out: it is not what was asked
        return hits

    def _window_only_when_asked(self, hits: list[Hit], text: str) -> list[Hit]:
        """「考点申报要发邮件吗」 asks no date: in a near tie, the entry about a window's dates yields to the other.

        A window entry answers when / is it still open / how long left; a question that asks none of these is
        about the procedure, so the window entry drops just below the other (still offered as the runner-up).
        """
        if len(hits) < 2 or hits[0].score - hits[1].score >= MARGIN:
            return hits
        windows = [h for h in hits[:2] if h.entry.facet == "window_status"]
        if len(windows) != 1:
            return hits
        if intents(self.index.canonical(text)) & {"when", "left", "status"} or _DAY_WORDS.search(text):
            return hits
        window, other = windows[0], next(h for h in hits[:2] if h is not windows[0])
        top = hits[0].score
        below = top - (TIE + MARGIN) / 2  # clearly second, yet close enough to be offered
        return [Hit(other.entry, top), Hit(window.entry, min(window.score, below)), *hits[2:]]

    def _prefer_named_topic(self, hits: list[Hit], text: str) -> list[Hit]:
        """「报名到几号结束」: an entry whose topic the question names beats one that matched only its time words.

        The schedule's samples are full of 几号/开始/结束, so a when-question about another window can look more
        like them than like its own entry. When the best entry names none of its topic words and a close
        runner-up names one of its own and asks what the question asks, the runner-up is what was meant.
        """
        if len(hits) < 2 or self.index.heads_named(hits[0].entry, text):
            return hits
        for h in hits[1:]:
            if hits[0].score - h.score >= TOPIC_GAP or h.score < CLARIFY:
                break
            # the runner-up's topic word must be foreign to the best entry: 技术 is not, for 技术负责人
            foreign = [w for w in self.index.heads_named(h.entry, text) if not self.index.centrality(hits[0].entry, w)]
            if foreign and self.index.answers_asked(h.entry, text):
                rest = [x for x in hits if x is not h]
                return [Hit(h.entry, hits[0].score), *[Hit(x.entry, min(x.score, h.score)) for x in rest]]
        return hits

    def _prefer_later_topic(self, hits: list[Hit], text: str) -> list[Hit]:
        """「考完多久出成绩」: when two entries are too close to tell, the topic named last is what is asked.

        A question tells its context first and its subject last (考完 … 成绩); only for a near tie, where the
        scores cannot decide anyway, and only when each entry has a topic word of its own in the question.
        """
        if len(hits) < 2 or hits[0].score - hits[1].score >= MARGIN:
            return hits
        first, second = hits[0], hits[1]
        canon = self.index.canonical(text)
        own_first = self.index.heads_named(first.entry, text) - self.index.heads_named(second.entry, text)
        own_second = self.index.heads_named(second.entry, text) - self.index.heads_named(first.entry, text)
        if not own_first or not own_second:
            return hits
        last_first = max(canon.rfind(w) for w in own_first)
        last_second = max(canon.rfind(w) for w in own_second)
        if last_second <= last_first:
            return hits
        return [Hit(second.entry, first.score), Hit(first.entry, second.score), *hits[2:]]

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

    def _answer_and_offer(self, best: Hit, others: list[Hit], text: str, now: datetime, asker: object) -> Reply:
        reply = self._entry_reply(best.entry, text, now)
        if not others:
            return reply
        choices = self._remember_choices(others, text, now, asker)
        offer = " ".join(f"{i}. {h.entry.questions[0]}" for i, h in enumerate(others, 1))
        return Reply(f"{reply.text}\n你也可能想问：{offer}（回复数字）", reply.kind, reply.entry_id, choices)

    def _is_other_topic(self, text: str) -> bool:
        return (
            any(w in text for w in self._other_topics)
            or bool(_PROFESSION_EXAM.search(text))
            or any(not _is_python(w) for w in _LATIN_EXAM.findall(text) if w not in _LATIN_OURS)
            or self._names_another_exam(text)
        )

    def _names_another_exam(self, text: str) -> bool:
        """「体育考试几号」: the word before 考试 is one this notice never uses, and no place, level or sitting."""
        canon = self.index.canonical(text)
        for m in _EXAM_NAMED.finditer(canon):
            word = last_word(canon[: m.start()])
            if (
                len(word) >= 2
                and re.fullmatch(r"[\u4e00-\u9fff]+", word)
                and word not in self.index.vocabulary
                and word not in self._notice_words
                and word not in _SITTING_WORDS
                and in_dictionary(word)
                and not self._levels(word)
                and not self.knowledge.regions.find(word)
            ):
                return True
        return False

    def _asking_clause(self, question: str) -> str | None:
        """The clause that asks, when a message tells some context first: the last one with a question word."""
        clauses = [normalize(c) for c in _CLAUSE_SPLIT.split(question[: MAX_QUESTION * 4])]
        clauses = [c for c in clauses if c]
        if len(clauses) < 2:
            return None
        asking = [c for c in clauses if intents(c) or _QUESTION_END.search(c)]
        return asking[-1] if asking else None

    def _route_facets(self, hits: list[Hit], text: str) -> list[Hit]:
        """A level, a paper or an exam day in the question is read by the entries whose facet narrows by it.

        「初级？」「高级是不是周一考」「1+X 初级证书什么时候考」name a level and little else the schedule's samples
        use; the level is still what the schedule (and the ticket windows) answer by, so those entries gain.
        """
        hits = self._countdown_only_when_asked(hits, text)
        levels = bool(self._levels(text))
        exam_months = {e.date.month for e in self.knowledge.notice.exams}
        days = bool(_WEEKDAY_RE.search(text) or any(m in exam_months for m, _ in self._days_named(text)))
        paper = bool(_THEORY_RE.search(text) or _PRACTICAL_RE.search(text))
        if not (levels or days or paper):
            return hits
        wanted = {"exams"} | ({"tickets"} if levels else set())
        top = hits[0] if hits else None
        if top is not None and top.entry.facet == "window_status" and self.index.heads_named(top.entry, text):
            # 「高级报名时间是什么时候」: the question names another window (报名时间); the same window holds for
            # every level, so the level does not turn it into a question about the exam days.
            return hits
        # A cue and a clock or calendar question (「上机考几点到几点」) is what those facets are for: a second cue.
        # Only a question word counts here: a date the question names (「12.12购物节」) asks nothing by itself.
        asks_when = "when" in intents(self.index.canonical(_DATE_IN_TEXT.sub("", text)))
        cue = FACET_CUE * (2 if asks_when else 1)
        boosted = [Hit(h.entry, min(1.0, h.score + cue)) if h.entry.facet in wanted else h for h in hits]
        return sorted(boosted, key=lambda h: h.score, reverse=True)

    def _countdown_only_when_asked(self, hits: list[Hit], text: str) -> list[Hit]:
        """The countdown answers a question about time left or a day, never 「考试可以带书吗」.

        Its sample questions are short (「考试过了吗」), so any short 「考试…吗」 looks like them by characters; a
        question that asks no when / how-long-left / status and names no day drops it to the clarify band.
        """
        if not hits or hits[0].entry.facet != "countdown":
            return hits
        if intents(text) & {"when", "left", "status"} or _DAY_WORDS.search(text):
            return hits
        demoted = Hit(hits[0].entry, min(hits[0].score, CLARIFY - 0.01))
        return sorted([demoted, *hits[1:]], key=lambda h: h.score, reverse=True)

    def _local(self, now: datetime | None) -> datetime:
        tz = self.knowledge.tz
        if now is None:
            return datetime.now(tz)
        return now.astimezone(tz) if now.tzinfo else now.replace(tzinfo=tz)


def _is_python(word: str) -> bool:
    """py, python and its typos (pyhton, pyton, phyton): p followed by letters of "python" only."""
    return word[0] == "p" and len(word) <= 7 and set(word) <= set("python")
