"""Which province(s) a message is about: 广东, 廣東, 广东省, Guangdong, guang dong, 深圳, 粤找谁 …

The table is data/regions.json (built by tools/build_regions.py from the 民政部 division codes of about 2016 and
the divisions created or renamed since, tools/sources/divisions_added_2023.tsv).
`RegionIndex.find` scans the text once with a single regex made of every Chinese province and city
name form (a character trie, so the scan is linear and longest-match-first), once for the district and
county forms (海淀区, 浦东, 万州: a small trie per two-character prefix, because one regex over ~5 000
forms branches ~900 ways at every character) and once with a regex of the Latin forms.  Provinces and
cities come first: a district form that overlaps one of their matches is not read (三明治 stays a
sandwich, 北京朝阳区 stays 北京).  Small typos in Latin words go through rapidfuzz, one-character
abbreviations are only read when the whole message is abbreviation + "who is the contact".
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, product
from pathlib import Path

from opencc import OpenCC
from pypinyin import Style, lazy_pinyin, pinyin
from rapidfuzz import process
from rapidfuzz.distance import OSA

__all__ = ["SCHOOL_TAIL", "Match", "Province", "RegionIndex"]

# Building the converter reads its dictionaries: once per process.
_T2S = OpenCC("t2s")


@dataclass(frozen=True)
class Province:
    name: str  # canonical short name, as in data/contacts.json: "广东"
    full_name: str  # "广东省", "广西壮族自治区"
    english: str  # "Guangdong", "Inner Mongolia"


@dataclass(frozen=True)
class Match:
    province: str  # canonical short name
    span: tuple[int, int]  # in the text given to find()
    via: str  # what the user typed there: "深圳", "Guangdong", "廣東"; for a region of several provinces the province
    region: str | None = None  # the region word it came through: "江浙沪", "粤西" (data/region_words.yaml)
    # the city a nickname stands for: 羊城 → 广州 (data/city_nicknames.yaml); the new area a short name does: 雄安 →
    # 雄安新区 (data/new_areas.yaml)
    city: str | None = None


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """One-to-one character table: traditional → simplified, full width → half width.

    OpenCC converts phrase by phrase, which may change the length; place names need only the
    character table, and a 1:1 `str.translate` keeps every index valid for the spans we report.
    We take the table from the singleton by converting each CJK code point once (about 10 ms,
    once per process).
    """
    blocks = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
    chars = [chr(c) for lo, hi in blocks for c in range(lo, hi)]
    converted = _T2S.convert("\n".join(chars)).split("\n")
    table = {ord(a): b for a, b in zip(chars, converted, strict=True) if len(b) == 1 and a != b}
    table.update({c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})  # ＡＢＣ１２３ → ABC123
    table[0x3000] = " "  # ideographic space
    return table


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Spaces between two Chinese characters are dropped ("广 东", "四 川省") before matching.
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_CJK_RE = re.compile(f"[{_CJK}]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_LATIN_SEP = r"[\s\-_]*"  # "guang dong", "Inner-Mongolia", "hongkong"
_LATIN_SEP_RE = re.compile(_LATIN_SEP)

# Fuzzy matching is for typos in one word, never for prose: words of 6+ letters, a handful per message.
_FUZZY_MIN_LEN = 6
_FUZZY_MAX_WORDS = 16
# Shanxi and Shaanxi are one letter apart; a word near either is never guessed at.
_NEVER_GUESS_NEAR = ("山西", "陕西")

# Abbreviations: "粤找谁", "川省联系人", "苏浙沪找谁" – the whole message, nothing else.
_ASK_VERB = "找谁|联系谁|问谁|谁负责|由谁负责|谁管|归谁管|怎么联系|联系方式"
_ASK_NOUN = "联系人|负责人|对接人|考务"
# These characters also start ordinary words (新联系人 = a new contact, 云负责人, 黑名单 …):
# they resolve only with a verb ("新找谁") or with 省, never in front of a noun.
_WEAK_ABBREVIATIONS = set("新云黑青台港宁藏")
# 贵省, like 贵校 and 贵司, is the polite "your province", said to anyone: never 贵州 there.
_HONORIFIC = set("贵")
# 晋陕豫三省, 川渝两省: as many abbreviations as the number says, then 省.
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_WORD_RUN = re.compile(r"[^\s\W_]+")  # letters, digits and Chinese: punctuation and spaces out
# A district known only by its full name may be the end of another word that meets 区域 or 县城:
# 新建区域, 教育资源县域, 相应县级, 河北区县.  After these characters such a full name is not read.
_WORD_AFTER = {"区": set("域别分间块位划县"), "县": set("城级域区")}  # 河北区县: Hebei's 区 and 县
# A standalone region word (东北, 华南, 关中) is read only between these: 「我们是东北的学校」「华南地区找谁」, not
# 「东北大学」「华南理工」「有关中级」「辽宁东北部」.
_ALONE_BEFORE = set("在是和与跟及或们的个些于到从自说属找归问、")  # 找东北那位: after a verb of whom to go to
_COUNTED = set("省区份")  # 西北五省区陕甘宁青新: the count of provinces said before the run of their abbreviations
_COUNT_AFTER = re.compile(rf"([{''.join(_COUNTS)}])个?(?:省|地)")  # 云贵川三个省
_ALONE_AFTER = re.compile(
    r"地区|区域|片区|大区|一带|方面|这边|那边|这块|那块|地方|各|几|[两二三四五六]省|省|的|找|联系|负责|谁|管|对接|业务|"
    r"考点|站点|学校|院校|高校|和|与|跟|及|或|、|有|是|也|都|还|分别|那|这|区"
)


# A place name's readings are enumerated; a name of many polyphonic characters keeps its first few.
_MAX_READINGS = 16


@lru_cache(maxsize=8192)
def _readings(ch: str) -> frozenset[str]:
    """Every reading of a character, without tones (厦: sha, xia)."""
    return frozenset(pinyin(ch, style=Style.NORMAL, heteronym=True)[0])


@lru_cache(maxsize=8192)
def _toned_readings(ch: str) -> frozenset[str]:
    """Every reading of a character, with its tone (平: ping2, pian2, bing4, beng1)."""
    return frozenset(pinyin(ch, style=Style.TONE3, heteronym=True)[0])


# After a university's short form, a campus named by its place (威海校区, （威海）, 珠海分校).
_CAMPUS_AFTER_SHORT = re.compile(r"[\u4e00-\u9fff]{0,4}(?:分校|校区|分院)|[（(]")


def _in_order(short: str, name: str) -> bool:
    """Are the characters of `short` characters of `name`, in order, from its first (西南交 in 西南交通)?"""
    if not short or short[0] != name[0]:
        return False
    rest = iter(name[1:])
    return all(c in rest for c in short[1:])


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _first_each(matches: Iterable[Match]) -> list[Match]:
    first: dict[str, Match] = {}
    for m in matches:
        first.setdefault(m.province, m)
    return list(first.values())


def _stands_alone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    if _CJK_RE.fullmatch(before) and before not in _ALONE_BEFORE:
        return False
    return not _CJK_RE.match(text[end : end + 1]) or bool(_ALONE_AFTER.match(text, end))


def _trie_regex(words: Iterable[str]) -> str:
    """A regex alternation shaped like a trie: the engine branches on one character at a time,
    so matching is linear in the text and, with the end-of-word option last, longest first."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return render(trie)


class _Text:
    """The folded text handed to the regexes, with a map back to positions in the original."""

    def __init__(self, original: str, table: dict[int, str]) -> None:
        self.original = original
        folded = original.translate(table)
        pieces = _CJK_GAP.split(folded)
        # starts[i] is where piece i begins in `compact`, origins[i] where it began in `folded`
        self.starts: list[int] = []
        self.origins: list[int] = []
        pos = orig = 0
        for gap_match, piece in zip([None, *_CJK_GAP.finditer(folded)], pieces, strict=True):
            if gap_match is not None:
                orig = gap_match.end()
            self.starts.append(pos)
            self.origins.append(orig)
            pos += len(piece)
        self.compact = "".join(pieces)

    def span(self, start: int, end: int) -> tuple[int, int]:
        def to_original(i: int) -> int:
            k = bisect_right(self.starts, i) - 1
            return self.origins[k] + i - self.starts[k]

        return to_original(start), to_original(end - 1) + 1


# What a school's name ends with (四川大学, 广州市技师学院, 成都职院 …).
SCHOOL_TAIL = r"(?:大学|学院|职业学院|职院|学校|中专|技校|中学)"
# A listed name right after a university's or college's name is that school's faculty, not a school.
_SCHOOL_ENDS = ("大学", "学院")
# A campus of a school, named after the school's name and its own place (…大学秦皇岛分校, …大学珠海学院).
_CAMPUS_WORDS = ("分校", "校区", "分院")  # words that say a campus whatever comes before (学院 also names a school)
_CAMPUS = (*_CAMPUS_WORDS, "学院")
_CAMPUS_OF = re.compile(r"的?(?:分校|校区|分院)")
_SCHOOL_IN = re.compile("|".join(_SCHOOL_ENDS))
# The school's name a campus follows: one run of name characters ending in 大学 or 学院 (no 的, 和 or 还是 inside, nor
# 有个 / 有所: 「延安有个学院、延边也有一个」 says there is a school, it names none).
_CAMPUS_PARENT = re.compile(r"(?:(?!有[个所一])[^\W\d的和与及或还是在]){2,16}?(?:大学|学院)")


class RegionIndex:
    """Province lookup over every name form in data/regions.json."""

    def __init__(self, data: dict) -> None:
        self._provinces: list[Province] = []
        # form -> province; None marks a phrase that contains a place name but is not one (三明治)
        self._zh: dict[str, str | None] = {}
        self._city_shorts: set[str] = set()  # 朝阳 in 朝阳区 is a district, not 辽宁's 朝阳市
        self._latin: dict[str, str] = {}  # lower-case, no spaces: "guangdong", "innermongolia"
        self._latin_patterns: dict[str, str] = {}  # regex -> key; "guang dong" and "Guangdong" both
        self._abbreviations: dict[str, str] = {}
        # 海淀区, 海淀, 浦东, 长沙县 -> province; None for a word that holds one but is no place (示范县)
        self._districts: dict[str, str | None] = {}
        self._lone_names: set[str] = set()  # districts known only by their full name: 比如县, 成县
        # 天门, 东方: a city's short form that is an everyday word, a place only where the words around say so
        self._in_context: dict[str, str] = {}

        self._province_forms: set[str] = set()  # 广东, 广东省, 廣東, 安微: the province itself, not a place in it
        for name, p in data["provinces"].items():
            self._provinces.append(Province(name, p["full_name"], p["english"][0]))
            for form in (name, p["full_name"], *p["aliases"]):
                self._add_zh(form, name)
                self._province_forms.add(form.translate(_fold_table()))
            for latin in (" ".join(p["pinyin_syllables"]), *p["english"]):
                words = latin.lower().split()
                key = "".join(words)
                self._latin[key] = name
                self._latin_patterns[_LATIN_SEP.join(re.escape(w) for w in words)] = key
            for abbreviation in p["abbreviations"]:
                self._abbreviations[abbreviation] = name
                self._province_forms.update([abbreviation, f"{abbreviation}省"])  # 晋, 黑省: the province itself
        for city in data["cities"]:
            self._add_zh(city["name"], city["province"])
            if city.get("short_zhou"):
                self._add_zh(city["short_zhou"], city["province"])
            if city["short"]:
                self._add_zh(city["short"], city["province"])
                self._city_shorts.add(city["short"].translate(_fold_table()))
            if city.get("short_in_context"):
                self._in_context[city["short_in_context"].translate(_fold_table())] = city["province"]
        for phrase in data.get("not_places", []):
            self._zh.setdefault(phrase.translate(_fold_table()), None)
        for district in data.get("districts", []):
            for form in district["forms"]:
                self._add_district(form, district["province"])
            if district["forms"] == [district["name"]]:
                self._lone_names.add(district["name"].translate(_fold_table()))
            if district.get("short_in_context"):  # 顺德: an everyday word that names 佛山's 顺德区 in 「顺德的学校」
                self._in_context[district["short_in_context"].translate(_fold_table())] = district["province"]
        for phrase in data.get("district_not_places", []):
            self._districts.setdefault(phrase.translate(_fold_table()), None)
        # Names several provinces share (朝阳区: 北京 and 吉林), which find() never resolves: kept to ask back.
        self._shared: dict[str, list[str]] = {}
        shared = {**data.get("ambiguous_shorts", {}), **data.get("district_forms_dropped", {}).get("ambiguous", {})}
        for form, provinces in shared.items():
            folded = form.translate(_fold_table())
            if folded not in self._zh and folded not in self._districts and len(folded) >= 2:
                self._shared[folded] = list(provinces)
        self._shared_re = re.compile(_trie_regex(self._shared)) if self._shared else None
        # Regional names for several provinces at once (江浙沪, 川渝, 东三省): each names exactly its provinces.
        self._groups = {name.translate(_fold_table()): list(ps) for name, ps in data.get("groups", {}).items()}
        self._groups_standalone = {w.translate(_fold_table()) for w in data.get("groups_standalone", [])}
        self._groups_partial = {w.translate(_fold_table()) for w in data.get("groups_partial", [])}
        self._groups_re = re.compile(_trie_regex(self._groups)) if self._groups else None

        # 羊城, 蓉城, 庐州: a city's nickname or old name names the city's province; one that is an everyday word
        # (金陵, 京城) only where the words around it make it a place, like 天门.
        self._nickname_city: dict[str, str] = {}
        for word, nick in data.get("nicknames", {}).items():
            folded = word.translate(_fold_table())
            if nick.get("in_context"):
                self._in_context.setdefault(folded, nick["province"])
            else:
                self._add_zh(word, nick["province"])
            self._nickname_city[folded] = nick["city"]
        # 国家级新区 (两江新区, 雄安): no division, read like a district; a name that is also a word (天府) only where a
        # school or site word follows it. A short name stands for its area as a nickname for its city (「雄安（雄安新区）
        # 属于河北」), and like one it is never guessed by sound.
        for area in data.get("new_areas", []):
            for form in area["forms"]:
                if form.translate(_fold_table()) not in self._districts:  # 浦东新区 is a district already
                    self._add_district(form, area["province"])
            if short := area.get("short_in_context"):
                self._in_context.setdefault(short.translate(_fold_table()), area["province"])
            for form in [*area["forms"], short]:
                if form and form != area["name"]:
                    self._nickname_city[form.translate(_fold_table())] = area["name"]
        for phrase in data.get("new_area_not_places", []):
            self._districts.setdefault(phrase.translate(_fold_table()), None)
        # Schools whose names do not say their own province (清华大学; 四川外国语大学 is in 重庆): the whole name is
        # read as a place, so it wins over the places inside it. Never guessed by sound.
        self._schools: set[str] = set()
        self._bracketed: dict[str, str] = {}  # a school's name read without its brackets → the name as listed
        # Universities by their first character, for a name shortened the usual way (西南交大, 北师大, 哈工大)
        self._universities: dict[str, list[tuple[str, str, str]]] = {}  # first character → (stem, province, name)
        for name, province in data.get("schools", {}).items():
            # (a campus in brackets is also read without them, as a question reaches us normalised: 中国石油大学（华东）
            # is 中国石油大学华东 there)
            for form in dict.fromkeys([name, re.sub(r"[（()）]", "", name)]):
                self._add_zh(form, province)
                folded = form.translate(_fold_table())
                self._schools.add(folded)
                if form != name:
                    self._bracketed[folded] = name
            folded = name.translate(_fold_table())
            if folded.endswith("大学") and len(folded) >= 5 and "（" not in name and "(" not in name:
                self._universities.setdefault(folded[0], []).append((folded[:-2], province, name))
        # Every province, city and long district form by its sound (toneless pinyin), built on first use.
        self._sound_forms: dict[str, str] = {
            **{
                f: p
                for f, p in self._zh.items()
                if p is not None and f not in self._nickname_city and f not in self._schools
            },
            **{f: p for f, p in self._districts.items() if p is not None and len(f) >= 3},
            **{f: p for f, p in self._in_context.items() if f not in self._nickname_city},
        }
        self._by_sound: dict[tuple[str, ...], set[tuple[str, str, int]]] | None = None
        self._spelt_sounds: frozenset[str] | None = None  # each of them in pinyin letters, run together

        self._zh_re = re.compile(_trie_regex(self._zh))
        by_prefix: dict[str, list[str]] = {}
        for form in self._districts:
            by_prefix.setdefault(form[:2], []).append(form)
        self._district_tries = {prefix: _trie_regex(forms) for prefix, forms in by_prefix.items()}
        self._district_compiled: dict[str, re.Pattern[str]] = {}  # compiled on first use
        first = "".join(sorted({form[0] for form in self._districts}))
        self._district_start = re.compile(f"[{re.escape(first)}]") if first else None
        latin = sorted(self._latin_patterns, key=lambda p: len(self._latin_patterns[p]), reverse=True)
        self._latin_re = re.compile(
            "(?<![a-z])(?:" + "|".join(latin) + ")(?![a-z])",
            re.IGNORECASE,
        )
        # Typo candidates: 6+ letters (Tibet, Macau, Hebei are too short to guess), not Peking
        # (peeking), and not within reach of Shanxi/Shaanxi.
        self._fuzzy_keys = {k for k in self._latin if len(k) >= _FUZZY_MIN_LEN and k != "peking"}
        self._latin_keys = list(self._latin)
        self._near_never = [k for k, p in self._latin.items() if p in _NEVER_GUESS_NEAR]
        abbr = "[" + "".join(self._abbreviations) + "]"
        self._abbr_re = re.compile(
            f"(?:请问|问下|问一下)?(?P<abbrs>{abbr}省?(?:[和与及跟]?{abbr}省?)*)"
            # 粤的联系人, 川的考点找谁: a 的 and the school or site may stand between the place and the ask
            "(?P<de>(?:的?(?:学校|院校|考点|考核站点|考核点))?的?)"
            f"(?:(?P<verb>{_ASK_VERB})|(?P<noun>{_ASK_NOUN}))(?:{_ASK_VERB}|{_ASK_NOUN})*"
            "(?:是谁|是哪位|呢|吗|啊|呀|哈|谢谢)*"
        )
        self._abbr_char_re = re.compile(f"{abbr}(?P<sheng>省)?")
        # 黑省的联系人, 晋陕豫三省: abbreviations before 省, anywhere in a message
        count = "".join(_COUNTS)
        self._abbr_sheng_re = re.compile(f"(?P<run>{abbr}(?:、?{abbr})*)(?P<count>[{count}])?省")
        self._abbr_run_re = re.compile(f"{abbr}{{3,}}")

    def _add_zh(self, form: str, province: str) -> None:
        form = form.translate(_fold_table())  # the text is folded before matching: 乾安 is read as 干安
        previous = self._zh.setdefault(form, province)
        if previous != province:  # the generator drops ambiguous forms: the JSON was edited by hand
            raise ValueError(f"regions: {form} names both {previous} and {province}")

    def _add_district(self, form: str, province: str) -> None:
        if len(form) < 2:
            raise ValueError(f"regions: district form {form} is shorter than two characters")
        form = form.translate(_fold_table())
        if form in self._zh:  # the generator leaves out district forms that a province or city owns
            raise ValueError(f"regions: district form {form} is also a province or city form")
        previous = self._districts.setdefault(form, province)
        if previous != province:
            raise ValueError(f"regions: {form} names both {previous} and {province}")

    @classmethod
    def load(cls, path: Path) -> RegionIndex:
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def provinces(self) -> list[Province]:
        return list(self._provinces)

    def find(self, text: str) -> list[Match]:
        """Every province mentioned in `text`, in order of first appearance, each once."""
        return _first_each(self.find_all(text))

    def find_all(self, text: str) -> list[Match]:
        """Every place mention in `text`, in text order, a province as often as it is named (for negation:
        「不是广东，是广州」 names 广东 twice, once denied)."""
        t = _Text(text, _fold_table())
        places = list(self._find_zh(t))
        # A region word beats a place inside it (河西走廊 is 甘肃, not 天津's 河西区) and loses to a place it
        # straddles (江苏中级 is 江苏, no 苏中).
        groups = [
            g
            for g in self._find_groups(t)
            if not any(_overlap(m.span, g.span) and not _inside(m.span, g.span) for m in places)
        ]
        found = [m for m in places if not any(_inside(m.span, g.span) for g in groups)]
        found += [*self._find_latin(t), *groups]
        # (a place right after the short form is its campus's: 哈工大（深圳）, read normalised as 哈工大深圳)
        found += [
            a
            for a in self._find_universities_shortened(t)
            if not any(_overlap(a.span, m.span) or m.span[0] == a.span[1] for m in found)
        ]
        if not found and len(t.compact) <= 24:
            found = list(self._find_abbreviations(t))
        found += [a for a in self._find_abbreviations_sheng(t) if not any(_overlap(a.span, m.span) for m in found)]
        found += [a for a in self._find_abbreviation_runs(t) if not any(_overlap(a.span, m.span) for m in found)]
        found.sort(key=lambda m: m.span)
        return found

    def in_context(self, word: str) -> str | None:
        """The province of a city's short form that is also an everyday word (天门, 东方), for a caller whose
        words around it already say it is a place (「天门的学校」); None for anything else."""
        return self._in_context.get(word.strip().translate(_fold_table()))

    def nickname_city(self, word: str) -> str | None:
        """The city a nickname or old name stands for (羊城 → 广州, 金陵 → 南京), or the new area a short name does
        (雄安 → 雄安新区), else None."""
        return self._nickname_city.get(word.strip().translate(_fold_table()))

    def sounding(self, word: str) -> list[tuple[str, str]]:
        """The places whose name sounds exactly like `word` (toneless pinyin): [(the place's name, its province)],
        each province once. 「和肥」 → [("合肥", "安徽")], 「夏门」 → [("厦门", "福建")].

        The typed word is read the way an input method offers it, each character by its usual reading (和 he, 肥
        fei: 鹤壁 he bi is no match). A place's name may be read by any reading of its characters (厦 is sha or
        xia), since the phrase tables that would say which are not loaded; where two places sound alike, the one
        read with fewer unusual readings is meant (蓝州 is 兰州, not 郴州 read lan). A place's own name sounds like
        nothing else here. Where a name matches only through an unusual reading of a character, the typed character
        must match that reading's tone too (夏门 is 厦门, xià for xià; 南片 is no 南平, piàn is not 平's rare pián):
        a member types a place by the sound they know it by, not by a reading its character almost never has.
        """
        folded = word.strip().translate(_fold_table())
        if folded in self._sound_forms or not _CJK_RE.fullmatch(folded[:1]):
            return []
        if self._by_sound is None:
            self._by_sound = {}
            for form, province in self._sound_forms.items():
                usual = lazy_pinyin(form)
                readings = [[usual[i], *sorted(_readings(ch) - {usual[i]})] for i, ch in enumerate(form)]
                for key in islice(product(*readings), _MAX_READINGS):
                    unusual = sum(a != b for a, b in zip(key, usual, strict=True))
                    self._by_sound.setdefault(key, set()).add((form, province, unusual))
        typed = tuple(lazy_pinyin(folded))
        toned = lazy_pinyin(folded, style=Style.TONE3)

        def heard(form: str) -> bool:  # every unusual reading the match needs is the typed character's, tone too
            usual = lazy_pinyin(form)
            return all(toned[i] in _toned_readings(ch) for i, ch in enumerate(form) if typed[i] != usual[i])

        candidates = {c for c in self._by_sound.get(typed, set()) if not c[2] or heard(c[0])}
        if not candidates:
            return []
        fewest = min(u for _, _, u in candidates)
        found: dict[str, str] = {}
        for form, province, _ in sorted(c for c in candidates if c[2] == fewest):
            found.setdefault(province, form)
        return [(form, province) for province, form in found.items()]

    def region_members(self, word: str) -> list[str]:
        """The provinces a region word names (江浙沪 → 江苏, 浙江, 上海); [] for anything else."""
        return list(self._groups.get(word.translate(_fold_table()), []))

    def abbreviated(self, province: str, text: str) -> bool:
        """Does `text` hold a one-character abbreviation of `province` (藏 in 川渝云贵藏), read as a place or not?"""
        folded = text.translate(_fold_table())
        return any(name == province and ch in folded for ch, name in self._abbreviations.items())

    def is_province_form(self, form: str) -> bool:
        """Is `form` a name of the province itself (广东省, 廣東, 安微), rather than of a place inside it (深圳)?"""
        return form.strip().translate(_fold_table()) in self._province_forms

    def standalone_region_words(self) -> list[str]:
        """Region words read only as a word of their own (东北, 华南): they also begin names (东北大学)."""
        return sorted(self._groups_standalone)

    def region_is_partial(self, word: str) -> bool:
        """华东, 华南 …: writers draw its edges differently; the table keeps only what all of them include."""
        return word.translate(_fold_table()) in self._groups_partial

    def ambiguous(self, text: str) -> list[tuple[str, list[str]]]:
        """Place names in `text` that several provinces share, as typed, with those provinces, each once.

        「朝阳区的学校找谁」 → [("朝阳区", ["北京", "吉林"])]. find() never guesses between them; this says which
        provinces to ask about. Meant for a text where find() found nothing.
        """
        t = _Text(text, _fold_table())
        out: dict[str, tuple[str, list[str]]] = {}
        if self._shared_re is not None:
            for m in self._shared_re.finditer(t.compact):
                start, end = t.span(m.start(), m.end())
                out.setdefault(m.group(), (text[start:end], self._shared[m.group()]))
        # (a university's short form that two or three provinces' universities share: 西交大 is 西安交通大学 in 陕西 or
        # 西南交通大学 in 四川)
        for (start, end), provinces, _ in self._short_university_names(t):
            if 2 <= len(provinces) <= 3:
                form = t.original[start:end]
                out.setdefault(form, (form, provinces))
        return list(out.values())

    def parent_places(self, text: str, start: int) -> set[str]:
        """The provinces named by the school's name right before a campus placed at `start` (哈尔滨工业大学 before 威海:
        黑龙江, where the campus is not), or none when no school's name ends there."""
        if not text[:start].endswith(_SCHOOL_ENDS):
            return set()
        name = next(
            (text[k:start] for k in range(max(0, start - 16), start - 1) if _CAMPUS_PARENT.fullmatch(text, k, start)),
            "",
        )
        return {m.province for m in self.find_all(name)} if name else set()

    def province_of(self, place: str) -> str | None:
        """Canonical province for one place name (城市, province, pinyin, English, 粤), else None."""
        t = _Text(place.strip(), _fold_table())
        key = t.compact
        if key in self._zh:
            return self._zh[key]
        if key in self._districts:
            return self._districts[key]
        if (latin := self._latin.get(_LATIN_SEP_RE.sub("", key.lower()))) is not None:
            return latin
        # An explicit place argument may be just an abbreviation, but not one of the weak ones.
        if self._abbr_char_re.fullmatch(key) and key[0] not in _WEAK_ABBREVIATIONS:
            return self._abbreviations[key[0]]
        provinces = {m.province for m in self.find(place)}
        return provinces.pop() if len(provinces) == 1 else None

    def _find_abbreviations_sheng(self, t: _Text) -> Iterator[Match]:
        """「黑省的联系人」「我们是豫省的」「晋陕豫三省的学校」: one abbreviation and 省, or as many as the number
        before 省 says, standing as a word of its own (江苏省 holds 苏省, 贵省 is "your province")."""
        text = t.compact
        for m in self._abbr_sheng_re.finditer(text):
            chars = [c for c in m.group("run") if c != "、"]
            count = m.group("count")
            if count is None:
                chars = chars[-1:]  # 「川渝省」 is no form: only the one before 省
                start = m.end() - 2
                if chars[0] in _HONORIFIC:
                    continue
            else:
                start = m.start()
                if len(chars) != _COUNTS[count] or len(chars) < 2:
                    continue
            if not _stands_alone(text, start, m.end()):
                continue
            for i, ch in enumerate(text[start : m.end()]):
                if ch in self._abbreviations:
                    yield self._match(t, self._abbreviations[ch], start + i, start + i + 1)

    def _find_abbreviation_runs(self, t: _Text) -> Iterator[Match]:
        """「陕甘宁青新」「云贵川三个省」: three or more provinces' abbreviations run together, each once, standing as a
        word of their own, list those provinces (as 京津冀 does, whether or not a region word names the run)."""
        text = t.compact
        for m in self._abbr_run_re.finditer(text):
            run = m.group()
            if len(set(run)) < len(run) or set(run) <= _WEAK_ABBREVIATIONS:
                continue
            before = text[m.start() - 1] if m.start() else ""
            if _CJK_RE.fullmatch(before) and before not in _ALONE_BEFORE | _COUNTED:
                continue
            if (count := _COUNT_AFTER.match(text, m.end())) and _COUNTS[count[1]] != len(run):
                continue  # 「晋陕豫两省」: three abbreviations are no 两省
            if _CJK_RE.match(text[m.end() : m.end() + 1]) and not (_ALONE_AFTER.match(text, m.end()) or count):
                continue
            for i, ch in enumerate(run):
                yield self._match(t, self._abbreviations[ch], m.start() + i, m.start() + i + 1)

    def _find_groups(self, t: _Text) -> Iterator[Match]:
        if self._groups_re is None:
            return
        text = t.compact
        for m in self._groups_re.finditer(text):
            word = m.group()
            if word in self._groups_standalone and not _stands_alone(text, m.start(), m.end()):
                continue
            span = t.span(m.start(), m.end())
            provinces = self._groups[word]
            # One span for all (find's sort is stable, so they keep the group's order). `via` is what a reply may
            # say 属于 the province: 「粤西属于广东」, but 「江浙沪」 is no place inside one of its provinces.
            for province in provinces:
                via = t.original[span[0] : span[1]] if len(provinces) == 1 else province
                yield Match(province, span, via, region=word)
            # 「陕甘宁新青」: a word of abbreviations said on with more of them, to where the run stands alone, names
            # those provinces too (新青 there is 新疆 and 青海, not 伊春's 新青区)
            end = m.end()
            while end < len(text) and text[end] in self._abbreviations:
                end += 1
            if end > m.end() and all(c in self._abbreviations for c in word) and _stands_alone(text, m.start(), end):
                more = t.span(m.end(), end)
                for c in dict.fromkeys(text[m.end() : end]):
                    if (province := self._abbreviations[c]) not in provinces:
                        yield Match(province, more, province)

    def _find_universities_shortened(self, t: _Text) -> Iterator[Match]:
        """「西南交大的老师」「北师大」「哈工大」: a university named the way Chinese shortens names — characters of its name,
        in order, from its first, then 大 for 大学. Read only where every listed university the short form can stand
        for is in one province (西北大 could be 西北大学 in 陕西 or 西北师范大学 in 甘肃: `ambiguous` offers both), and
        never a short form of two characters (浙大, 川大, 很大: too many readings to guess)."""
        for span, provinces, names in self._short_university_names(t):
            if len(provinces) == 1:
                via = names[0] if len(names) == 1 else t.original[span[0] : span[1]]
                yield Match(provinces[0], span, via)

    def _short_university_names(self, t: _Text) -> Iterator[tuple[tuple[int, int], list[str], list[str]]]:
        """Each short form of a university's name in the text: its span, the provinces and the names it can stand
        for. Longest first at each 大: 华东师大 is 华东师范大学, not the 东北师范大学 that 东师大 inside it could be."""
        text = t.compact
        for end in (i + 1 for i, c in enumerate(text) if c == "大" and text[i + 1 : i + 2] != "学"):
            for start in range(max(0, end - 6), end - 2):
                short = text[start : end - 1]
                if not _CJK_RE.fullmatch(short[:1]) or short[0] not in self._universities:
                    continue
                meant = [(p, n) for stem, p, n in self._universities[short[0]] if _in_order(short, stem)]
                if meant and _CAMPUS_AFTER_SHORT.match(text, end):
                    break  # 哈工大威海校区, 哈工大（威海）: the campus's own place says where it is
                if meant:
                    yield t.span(start, end), list(dict.fromkeys(p for p, _ in meant)), [n for _, n in meant]
                    break

    def _match(self, t: _Text, province: str, start: int, end: int) -> Match:
        span = t.span(start, end)
        form = t.compact[start:end]
        via = self._bracketed.get(form) or t.original[span[0] : span[1]]
        return Match(province, span, via, city=self._nickname_city.get(form))

    def _named_by_place(self, school: str) -> bool:
        """Does a listed school's name begin with a province's or a city's name (沧州职业技术学院, 四川大学)?"""
        return any(self._zh.get(school[:k]) is not None for k in range(2, len(school)))

    def _find_zh(self, t: _Text) -> Iterator[Match]:
        text = t.compact
        # Provinces and cities (and not-place phrases, province None) first, in text order.
        places: list[tuple[int, int, str | None]] = []
        for m in self._zh_re.finditer(text):
            form = m.group()
            province = self._zh[form]
            if province is not None and form in self._city_shorts and text[m.end() : m.end() + 1] in ("区", "县"):
                continue  # 朝阳区, 中山区: a district that shares a city's name; the district scan decides
            if form in self._schools and (
                (text[: m.start()].endswith(_SCHOOL_ENDS) and not self._named_by_place(form))
                or (places and places[-1][1] == m.start() and not text[places[-1][0] : m.start()].endswith(_SCHOOL_ENDS))
            ):
                # 厦门大学国际关系学院: a school's faculty that shares another school's name (a faculty is not named
                # by a city: 常州技师学院、沧州职业技术学院 are two schools, the comma normalised away); 广州电子科技大学
                # (not on the list): a place and a listed name, one school of that place
                continue
            places.append((m.start(), m.end(), province))
        beaten: set[int] = set()  # places inside a longer district name: 河北 in 河北区 (天津)
        k = 0  # both are in text order: one pass
        for m in self._district_matches(text):
            form = m.group()
            province = self._districts[form]
            if province is None:
                continue  # 示范县, 恍然大悟: a word, not 范县 or 大悟
            if form in self._lone_names and text[m.end() : m.end() + 1] in _WORD_AFTER.get(form[-1], ()):
                continue  # 新建区域, 相应县级, 河北区县
            while k < len(places) and places[k][1] <= m.start():
                k += 1
            inside = []
            j = k
            while j < len(places) and places[j][0] < m.end():
                inside.append(j)
                j += 1
            # A district overlapping a province or city loses, unless it holds it whole (龙泉驿区 holds 龙泉).
            if any(places[i][2] is None or places[i][0] < m.start() or places[i][1] > m.end() for i in inside):
                continue
            beaten.update(inside)
            yield self._match(t, province, m.start(), m.end())
        for j, (start, end, _) in enumerate(places):
            # (a city right after the school's name is its campus too: 哈尔滨工业大学（威海）, typed without 分校)
            campus = text[end : end + 2] in _CAMPUS or text[start:end] not in self._province_forms
            # (a listed school named by its own place is a school of its own: 常州技师学院、沧州职业技术学院)
            own_school = text[start:end] in self._schools and self._named_by_place(text[start:end])
            if campus and text[:start].endswith(_SCHOOL_ENDS) and not own_school:
                # 东北大学秦皇岛分校, 北京理工大学珠海学院: a campus named by its own place after its school's name is
                # in that place; the places of the school's name before it are not where it is
                beaten.update(i for i in range(j) if _CAMPUS_PARENT.fullmatch(text, places[i][0], start))
            elif text[end : end + 2] in _CAMPUS_WORDS:
                # 中国石油大学（北京）克拉玛依校区: a listed school's name ending in a place of its own, then a campus
                # named by its place and a word for campus: the school's name is not where the campus is
                beaten.update(
                    i for i in range(j) if places[i][1] == start and _SCHOOL_IN.search(text, places[i][0], start)
                )
            elif (
                text[start:end] in self._schools
                and _CAMPUS_OF.match(text, end)
                and any(p is not None and text[s:e] not in self._schools and start - e <= 8 for s, e, p in places[:j])
            ):
                # 克拉玛依那边有个中国石油大学（北京）的校区: a listed school's campus, at a place named just before it
                beaten.add(j)
        for i, (start, end, province) in enumerate(places):
            if province is not None and i not in beaten:
                yield self._match(t, province, start, end)

    def _district_matches(self, text: str) -> Iterator[re.Match[str]]:
        """Leftmost-longest, non-overlapping district forms, like `finditer` over one big trie."""
        if self._district_start is None:
            return
        i = 0
        while (start := self._district_start.search(text, i)) is not None:
            s = start.start()
            prefix = text[s : s + 2]
            m = None
            if prefix in self._district_tries:
                if (trie := self._district_compiled.get(prefix)) is None:
                    trie = self._district_compiled[prefix] = re.compile(self._district_tries[prefix])
                m = trie.match(text, s)
            if m is None:
                i = s + 1
                continue
            yield m
            i = m.end()

    def _find_latin(self, t: _Text) -> Iterator[Match]:
        text = t.compact
        if not _LATIN_WORD.search(text):
            return
        exact = [(m.start(), m.end()) for m in self._latin_re.finditer(text)]
        for start, end in exact:
            key = _LATIN_SEP_RE.sub("", text[start:end].lower())
            yield self._match(t, self._latin[key], start, end)
        # First occurrence of each distinct long word not already matched, a handful at most.
        fuzzy_words: dict[str, re.Match[str]] = {}
        k = 0  # both lists are in text order: one pass, however many matches
        for w in _LATIN_WORD.finditer(text):
            if len(fuzzy_words) >= _FUZZY_MAX_WORDS:
                break
            while k < len(exact) and exact[k][1] <= w.start():
                k += 1
            inside_exact = k < len(exact) and exact[k][0] <= w.start()
            if len(w.group()) >= _FUZZY_MIN_LEN and not inside_exact:
                fuzzy_words.setdefault(w.group().lower(), w)
        for word, w in fuzzy_words.items():
            if (province := self._guess(word)) is not None:
                yield self._match(t, province, w.start(), w.end())

    def _guess(self, word: str) -> str | None:
        """The province whose Latin name `word` is a typo of, if exactly one is close enough; none when `word` is
        spelt right as another place's sound ("huizhou", 惠州 or 徽州, is no typo of "guizhou")."""
        if process.extractOne(word, self._near_never, scorer=OSA.distance, score_cutoff=2):
            return None
        if self._spelt_sounds is None:
            self._spelt_sounds = frozenset("".join(lazy_pinyin(form)) for form in self._sound_forms)
        if word in self._spelt_sounds:
            return None
        limit = 1 if len(word) < 10 else 2
        # Against every name, short ones included, so that "hunnan" (Hunan? Yunnan?) stays unresolved.
        hits = process.extract(word, self._latin_keys, scorer=OSA.distance, score_cutoff=limit + 1, limit=None)
        if not hits:
            return None
        best = min(d for _, d, _ in hits)
        # Unambiguous: every name within one more edit belongs to the same province ...
        provinces = {self._latin[k] for k, d, _ in hits if d <= best + 1}
        if best > limit or len(provinces) != 1:
            return None
        # ... and the nearest one is long enough to be worth guessing at.
        return provinces.pop() if any(k in self._fuzzy_keys for k, d, _ in hits if d == best) else None

    def _find_abbreviations(self, t: _Text) -> Iterator[Match]:
        # Only the whole message counts: punctuation and spaces out, then a full match.
        kept = [(m.start(), m.group()) for m in _WORD_RUN.finditer(t.compact)]
        bare = "".join(g for _, g in kept)
        m = self._abbr_re.fullmatch(bare)
        if m is None:
            return
        parts = list(self._abbr_char_re.finditer(m.group("abbrs")))
        # 新的考点找谁 is a new site, not 新疆: after 的 or a school word only the strong characters count.
        weak_ok = (m.group("verb") is not None and not m.group("de")) or all(p.group("sheng") for p in parts)
        if not weak_ok and any(p.group()[0] in _WEAK_ABBREVIATIONS for p in parts):
            return
        offsets = [start + i for start, g in kept for i in range(len(g))]
        base = m.start("abbrs")
        for p in parts:
            i = offsets[base + p.start()]
            yield self._match(t, self._abbreviations[p.group()[0]], i, i + 1)
