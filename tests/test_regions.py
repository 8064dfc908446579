"""bot.regions: which province a question is about, in every way people write it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from opencc import OpenCC

from bot.regions import Match, Province, RegionIndex

DATA = Path(__file__).resolve().parents[1] / "data" / "regions.json"
RAW = json.loads(DATA.read_text(encoding="utf-8"))
PROVINCES: dict[str, dict] = RAW["provinces"]
CITIES: list[dict] = RAW["cities"]
DISTRICTS: list[dict] = RAW["districts"]
DROPPED: dict[str, dict] = RAW["district_forms_dropped"]

CANONICAL = [
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "重庆",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
    "台湾",
]


@pytest.fixture(scope="module")
def index() -> RegionIndex:
    return RegionIndex.load(DATA)


def provinces_in(index: RegionIndex, text: str) -> list[str]:
    return [m.province for m in index.find(text)]


def _province_forms() -> list[tuple[str, str, str]]:
    """(province, kind, form) for every Chinese and Latin form the table lists."""
    s2tw = OpenCC("s2tw")
    out: list[tuple[str, str, str]] = []
    for name, p in PROVINCES.items():
        out += [(name, "short", name), (name, "full", p["full_name"])]
        out += [(name, "alias", a) for a in p["aliases"]]
        out.append((name, "traditional", s2tw.convert(p["full_name"])))
        syllables = p["pinyin_syllables"]
        out += [
            (name, "pinyin", p["pinyin"]),
            (name, "pinyin spaced", " ".join(syllables)),
            (name, "pinyin camel", "".join(s.capitalize() for s in syllables)),
            (name, "pinyin upper", p["pinyin"].upper()),
        ]
        out += [(name, "english", e) for e in p["english"]]
    return out


def _city_forms() -> list[tuple[str, str]]:
    forms = []
    for c in CITIES:
        forms.append((c["name"], c["province"]))
        forms += [(c[k], c["province"]) for k in ("short", "short_zhou") if c.get(k)]
    return forms


# --- the data file ---------------------------------------------------------------------------


def test_json_names_its_source() -> None:
    """The data file says where its names come from."""
    assert RAW["source"] == (
        "cpca 0.5.5 resources/adcodes.csv (民政部行政区划代码) + tools/sources/divisions_added_2023.tsv "
        "(china-division 2.7.0, 国家统计局统计用区划代码 2023: divisions created or renamed since)"
    )


def test_json_has_all_provinces_and_only_cities() -> None:
    """The table holds the 34 provinces, and its cities are cities: no districts, counties or placeholders."""
    assert list(PROVINCES) == CANONICAL
    names = {c["name"] for c in CITIES}
    assert len(CITIES) > 600
    assert not names & {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
    assert all(n.endswith(("市", "地区", "盟", "自治州")) or n == "神农架林区" for n in names)
    assert all(c["short"] is None or len(c["short"]) >= 2 for c in CITIES)
    assert {"仙桃市", "济源市", "石河子市", "义乌市", "昆山市", "江阴市"} <= names


def test_provinces_lists_all_34(index: RegionIndex) -> None:
    """The bot can list the 34 provinces with full and English names."""
    provinces = index.provinces()
    assert [p.name for p in provinces] == CANONICAL
    assert Province("广西", "广西壮族自治区", "Guangxi") in provinces
    assert Province("内蒙古", "内蒙古自治区", "Inner Mongolia") in provinces
    assert Province("香港", "香港特别行政区", "Hong Kong") in provinces


def test_hand_edited_clash_is_refused() -> None:
    """Staff who edit regions.json so that one name means two provinces get a clear error."""
    data = json.loads(json.dumps(RAW))
    data["cities"].append({"name": "广州市", "short": None, "province": "广西", "level": "prefecture"})
    with pytest.raises(ValueError, match="广州市"):
        RegionIndex(data)


def test_json_districts_are_districts_and_counties() -> None:
    """The districts list holds the county-level 区/县/旗 of the mainland, each with the forms that name it."""
    names = {d["name"] for d in DISTRICTS}
    assert len(DISTRICTS) > 2400
    assert all(d["name"].endswith(("区", "县", "旗")) for d in DISTRICTS)
    assert not names & {"市辖区", "县", "神农架林区"}
    assert {"海淀区", "浦东新区", "滨海新区", "万州区", "萧山区", "武侯区", "长沙县", "鄂托克旗"} <= names
    assert all(set(d["forms"]) <= {d["name"], *(f for f in d["forms"] if f in d["name"])} for d in DISTRICTS)
    added = sum(len(d["forms"]) for d in DISTRICTS)
    assert added > 4000, added


def test_json_district_forms_never_take_a_city_or_province_name() -> None:
    """No district form names two provinces or shadows a city or province (中山 stays 广东, 朝阳 stays 辽宁)."""
    owner: dict[str, str] = {}
    for name, p in PROVINCES.items():
        owner.update({f: name for f in (name, p["full_name"], *p["aliases"])})
    for c in CITIES:
        owner.update({f: c["province"] for f in (c["name"], c["short"], c.get("short_zhou")) if f})
    province_of_form: dict[str, set[str]] = {}
    for d in DISTRICTS:
        for form in d["forms"]:
            assert form not in owner, form
            assert len(form) >= 2, form
            province_of_form.setdefault(form, set()).add(d["province"])
    assert all(len(p) == 1 for p in province_of_form.values())
    # What was left out is written down, with the reason.
    assert DROPPED["city_or_province"]["中山"] == "广东"
    assert DROPPED["city_or_province"]["长沙"] == "湖南"
    assert DROPPED["ambiguous"]["朝阳区"] == ["北京", "吉林"]
    assert DROPPED["ambiguous"]["鼓楼区"] == ["江苏", "河南", "福建"]
    assert {"鼓楼", "比如", "吉利", "城区", "东区", "南郊", "城东"} <= set(DROPPED["everyday_word"]) | set(
        DROPPED["ambiguous"]
    )
    assert {"示范县", "恍然大悟", "最大化"} <= set(RAW["district_not_places"])


def _district_forms() -> list[tuple[str, str]]:
    return [(form, d["province"]) for d in DISTRICTS for form in d["forms"]]


@pytest.mark.parametrize(("form", "province"), _district_forms())
def test_every_district(index: RegionIndex, form: str, province: str) -> None:
    """A user naming a district or county (海淀区, 浦东, 长沙县) is routed to its province."""
    assert provinces_in(index, f"我在{form}，找谁报名？") == [province]
    assert index.province_of(form) == province


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("浦东的学校找谁", ["上海"]),
        ("海淀区的学校联系人", ["北京"]),
        ("海淀联系人", ["北京"]),
        ("滨海新区联系人", ["天津"]),
        ("万州联系人", ["重庆"]),
        ("昆山市", ["江苏"]),
        ("义乌", ["浙江"]),
        ("萧山区", ["浙江"]),
        ("武侯区", ["四川"]),
        ("长沙县", ["湖南"]),
        ("长沙", ["湖南"]),
        ("南京市鼓楼区", ["江苏"]),
        ("中山区", ["辽宁"]),
        ("大连中山区", ["辽宁"]),
        ("中山的联系人", ["广东"]),
        ("朝阳找谁", ["辽宁"]),
        ("北京朝阳区", ["北京"]),
        ("北京市海淀区和上海浦东", ["北京", "上海"]),
        ("峰峰矿区", ["河北"]),
        ("長沙縣", ["湖南"]),
        ("海 淀 区", ["北京"]),
        ("比如县联系人", ["西藏"]),
        ("河北区联系人", ["天津"]),
        ("河北区县的考点联系人", ["河北"]),
        ("龙泉驿区", ["四川"]),
        ("龙泉", ["浙江"]),
        ("乾安县", ["吉林"]),
    ],
)
def test_districts_resolve(index: RegionIndex, text: str, expected: list[str]) -> None:
    """A coordinator who names a district or county gets that province's contact."""
    assert provinces_in(index, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "朝阳区的学校联系人",
        "鼓楼区联系人",
        "鼓楼",
        "和平区",
        "城区的学校找谁",
        "东区考点联系人",
        "城东中学联系人",
        "示范县的考点找谁",
        "恍然大悟",
        "效果最大化",
        "新建区域的考点找谁",
        "相应县级考点联系人",
        "比如说联系人是谁",
        "比如县级单位",
        "吉利",
        "开发区的学校",
        "高新区联系人",
    ],
)
def test_districts_never_misfire(index: RegionIndex, text: str) -> None:
    """Names shared by several provinces and everyday words that look like districts resolve nothing."""
    assert provinces_in(index, text) == []


# --- divisions created or renamed after cpca's codes (tools/sources/divisions_added_2023.tsv) ---------------------

ADDED = Path(__file__).resolve().parents[1] / "tools" / "sources" / "divisions_added_2023.tsv"
ADDED_ROWS = [
    line.split("\t") for line in ADDED.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("彬州的学校找谁", ["陕西"]),  # 彬县 became 彬州市 in 2018
        ("彬州市的考点", ["陕西"]),
        ("彬县的学校", ["陕西"]),  # cpca's old name stays: people still say it
        ("坪山区的考点联系谁", ["广东"]),  # 深圳's, 2016
        ("坪山的学校", ["广东"]),
        ("漠河市联系人", ["黑龙江"]),  # 漠河县 became a city in 2018
        ("漠河的学校", ["黑龙江"]),
        ("京山市的学校", ["湖北"]),  # 2018
        ("襄都区的学校", ["河北"]),  # 邢台's 桥东区, renamed in 2020 under its code
        ("郫都区", ["四川"]),  # 郫县, 2016
        ("可克达拉的考点", ["新疆"]),  # a 兵团 city of 2019
        ("那曲市", ["西藏"]),  # 那曲地区 became a city in 2017
        ("加格达奇区", ["黑龙江"]),
        ("临平区的学校", ["浙江"]),  # 2021
    ],
)
def test_divisions_created_or_renamed_after_2016_route_to_their_province(
    index: RegionIndex, text: str, expected: list[str]
) -> None:
    """A school or city named by today's name (a division created or renamed after cpca's 2016 codes) is routed."""
    assert provinces_in(index, text) == expected


def test_added_divisions_and_regions_json_agree() -> None:
    """Every row of divisions_added_2023.tsv that names a city or district is in regions.json under its code, and a
    renamed one keeps its cpca name there too: the only code two entries share (build_regions.py reads the file with
    cpca's csv; .ci/run checks that regenerating gives regions.json)."""
    entries = [(e["adcode"], e["name"]) for e in [*CITIES, *DISTRICTS]]
    assert len(ADDED_ROWS) > 100
    for code, name, cpca_name in ADDED_ROWS:
        assert len(code) == 12 and code.endswith("000000"), code
        if code[4:6] == "00" or name.endswith(("市", "区", "县", "旗")):  # not 大柴旦行政委员会: neither
            assert (code, name) in entries, name
        if cpca_name:  # 襄都区, once 桥东区
            assert (code, cpca_name) in entries, cpca_name
    codes = [code for code, _ in entries]
    assert {c for c in codes if codes.count(c) > 1} == {code for code, _, cpca_name in ADDED_ROWS if cpca_name}


@pytest.mark.parametrize(
    ("text", "expected", "shared"),
    [
        # 深圳's 龙华区 (2016) and 海口's: asked back, each found through its city
        ("龙华区的学校找谁", [], ["广东", "海南"]),
        ("深圳龙华区的学校", ["广东"], None),
        ("海口龙华区的学校", ["海南"], None),
        # a city created later takes no name a district bore: 龙港市 (浙江, 2019) and 葫芦岛's 龙港区 (辽宁)
        ("龙港的学校找谁", [], ["浙江", "辽宁"]),
        ("葫芦岛龙港的学校", ["辽宁"], None),
        ("温州龙港的考点", ["浙江"], None),
        ("龙港区的学校", ["辽宁"], None),
        # 沙湾市 (新疆, 2021) and 乐山's 沙湾区: as before, asked back
        ("沙湾的学校找谁", [], ["四川", "新疆"]),
        ("乐山沙湾的考点", ["四川"], None),
    ],
)
def test_a_new_division_sharing_a_name_leaves_it_shared(
    index: RegionIndex, text: str, expected: list[str], shared: list[str] | None
) -> None:
    assert provinces_in(index, text) == expected
    if shared:
        ((_, provinces),) = index.ambiguous(text)
        assert sorted(provinces) == sorted(shared)


@pytest.mark.parametrize(
    ("text", "word", "province"),
    [
        # 同仁市 (2020): an everyday word, read only as a place in context
        ("各位同仁，考点联系人是谁", "同仁", "青海"),
        ("这次考试要一视同仁", "同仁", "青海"),
        ("无为而治", "无为", "安徽"),  # 无为市 (2019)
        ("超新星", "新星", "新疆"),  # 新星市 (2021)
        ("白杨树下", "白杨", "新疆"),
        ("怀仁堂", None, None),  # 怀仁市 (2018): words that held 怀仁县's short form stay no place
        ("南怀仁", None, None),
        ("杨玉环", None, None),
        ("京山线", None, None),
    ],
)
def test_a_new_citys_everyday_word_names_no_place(
    index: RegionIndex, text: str, word: str | None, province: str | None
) -> None:
    assert provinces_in(index, text) == []
    if word:
        assert index.in_context(word) == province


def test_hand_edited_district_clash_is_refused() -> None:
    """Staff who give a district a city's name, or one name to two provinces, get a clear error."""
    data = json.loads(json.dumps(RAW))
    data["districts"].append({"name": "广州区", "province": "广西", "forms": ["广州"]})
    with pytest.raises(ValueError, match="广州"):
        RegionIndex(data)
    data = json.loads(json.dumps(RAW))
    data["districts"].append({"name": "海淀县", "province": "河北", "forms": ["海淀"]})
    with pytest.raises(ValueError, match="海淀"):
        RegionIndex(data)


# --- every province, every form --------------------------------------------------------------


@pytest.mark.parametrize(("province", "kind", "form"), _province_forms())
def test_every_province_form(index: RegionIndex, province: str, kind: str, form: str) -> None:
    """A user naming a province in any form (广东, 广东省, 廣東, guang dong, Guangdong) gets it."""
    text = f"{form} 的考务联系人是谁" if kind.startswith(("pinyin", "english")) else f"{form}的考务联系人是谁"
    assert index.find(text) == [Match(province, (0, len(form)), form)], kind


@pytest.mark.parametrize("province", CANONICAL)
def test_every_province_via_province_of(index: RegionIndex, province: str) -> None:
    """A staff member typing a province name in the table gets its canonical name."""
    p = PROVINCES[province]
    for form in (province, p["full_name"], p["pinyin"], *p["english"], *p["aliases"]):
        assert index.province_of(form) == province, form


# --- every city --------------------------------------------------------------------------------


@pytest.mark.parametrize(("form", "province"), _city_forms())
def test_every_city(index: RegionIndex, form: str, province: str) -> None:
    """A user naming a city (成都, 成都市, 延边州) is routed to its province."""
    assert provinces_in(index, f"我在{form}，找谁报名？") == [province]
    assert index.province_of(form) == province


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("广州", ["广东"]),
        ("广州市考点", ["广东"]),
        ("宁波", ["浙江"]),
        ("宁波的老师", ["浙江"]),
        ("西安", ["陕西"]),
        ("西安找谁", ["陕西"]),
        ("吉林市", ["吉林"]),
        ("海南", ["海南"]),
        ("海南省", ["海南"]),
        ("海南州", ["青海"]),
        ("海南藏族自治州", ["青海"]),
        ("海东", ["青海"]),
        ("山东", ["山东"]),
        ("山西", ["山西"]),
        ("内蒙古", ["内蒙古"]),
        ("内蒙", ["内蒙古"]),
        ("南京", ["江苏"]),
        ("天津", ["天津"]),
        ("苏州", ["江苏"]),
        ("深圳", ["广东"]),
        ("义乌", ["浙江"]),
        ("石河子", ["新疆"]),
        ("仙桃", ["湖北"]),
        ("济源", ["河南"]),
        ("延边", ["吉林"]),
        ("湘西州", ["湖南"]),
    ],
)
def test_traps(index: RegionIndex, text: str, expected: list[str]) -> None:
    """Look-alike names go to the right province (广州 is 广东, 海南州 is 青海)."""
    assert provinces_in(index, text) == expected


@pytest.mark.parametrize(
    ("text", "province", "via"),
    [
        ("廣州的聯繫人", "广东", "廣州"),
        ("瀋陽考點找誰", "辽宁", "瀋陽"),
        ("烏魯木齊", "新疆", "烏魯木齊"),
        ("貴陽市", "贵州", "貴陽市"),
        ("臺灣", "台湾", "臺灣"),
        ("請問廣東省聯繫人", "广东", "廣東省"),
    ],
)
def test_traditional_text_keeps_what_user_typed(index: RegionIndex, text: str, province: str, via: str) -> None:
    """A question in traditional characters resolves, and the answer quotes the user's own spelling."""
    (m,) = index.find(text)
    assert (m.province, m.via, text[m.span[0] : m.span[1]]) == (province, via, via)


@pytest.mark.parametrize(
    ("text", "province", "via"),
    [
        ("广 东找谁", "广东", "广 东"),
        ("四 川省 的联系人", "四川", "四 川省"),
        ("内  蒙古", "内蒙古", "内  蒙古"),
        ("ＧＵＡＮＧＤＯＮＧ ｃｏｎｔａｃｔ", "广东", "ＧＵＡＮＧＤＯＮＧ"),
        ("我在Guangdong", "广东", "Guangdong"),
        ("Inner-Mongolia", "内蒙古", "Inner-Mongolia"),
        ("hongkong", "香港", "hongkong"),
    ],
)
def test_spaces_and_width(index: RegionIndex, text: str, province: str, via: str) -> None:
    """Stray spaces, full-width letters and hyphens do not hide the province."""
    (m,) = index.find(text)
    assert (m.province, m.via, text[m.span[0] : m.span[1]]) == (province, via, via)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("who handles Guangdong", ["广东"]),
        ("Inner Mongolia contact", ["内蒙古"]),
        ("Tibet", ["西藏"]),
        ("Xizang", ["西藏"]),
        ("Shaanxi contact", ["陕西"]),
        ("Shanxi", ["山西"]),
        ("shan xi", ["山西"]),
        ("shaan xi", ["陕西"]),
        ("Macao or Macau", ["澳门"]),
        ("Peking", ["北京"]),
        ("Hong Kong and Taiwan", ["香港", "台湾"]),
        ("HK的学校联系谁", ["香港"]),
        ("HKSAR contact", ["香港"]),
        ("TW的学校找谁", ["台湾"]),
        ("Macau SAR", ["澳门"]),
        ("hkust", []),
        ("chinese", []),
        ("guangdongese", []),
    ],
)
def test_english(index: RegionIndex, text: str, expected: list[str]) -> None:
    """English and pinyin names work, and Shanxi/Shaanxi stay apart."""
    assert provinces_in(index, text) == expected


# --- several provinces -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("江苏和浙江分别找谁", ["江苏", "浙江"]),
        ("北京、河北、天津", ["北京", "河北", "天津"]),
        ("深圳和成都的考点", ["广东", "四川"]),
        ("广东 广州 深圳", ["广东"]),
        ("Sichuan 和 廣西", ["四川", "广西"]),
        ("上海还是Shanghai", ["上海"]),
        ("河南河北湖南湖北", ["河南", "河北", "湖南", "湖北"]),
    ],
)
def test_multiple_provinces_in_order(index: RegionIndex, text: str, expected: list[str]) -> None:
    """A question about several provinces lists each once, in the order they were written."""
    assert provinces_in(index, text) == expected


# --- typos ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guangdon", ["广东"]),
        ("who handles Sichaun", ["四川"]),
        ("Zhejaing", ["浙江"]),
        ("Heilongjaing", ["黑龙江"]),
        ("Xinjing", ["新疆"]),
    ],
)
def test_typos_resolve(index: RegionIndex, text: str, expected: list[str]) -> None:
    """A one-letter slip in a long English/pinyin name still finds the province."""
    assert provinces_in(index, text) == expected


@pytest.mark.parametrize(
    "text",
    ["Shanxii", "Shaanx", "Shanxy", "Shaanxy", "Shannxi", "Shaxni", "Shanxxi", "Shhanxi", "shanxi1"],
)
def test_typos_never_confuse_shanxi_shaanxi(index: RegionIndex, text: str) -> None:
    """A misspelt Shanxi/Shaanxi is never guessed as the other (or anything)."""
    result = provinces_in(index, text)
    assert result in ([], ["山西"]) if text.startswith("shanxi") else result == []


@pytest.mark.parametrize("text", ["speaking", "peeking", "changing", "Hunnan", "taiwanese people", "examination"])
def test_typos_do_not_invent_provinces(index: RegionIndex, text: str) -> None:
    """Ordinary English words and ambiguous slips resolve nothing."""
    assert provinces_in(index, text) == []


# --- abbreviations -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("abbreviation", "province"),
    [(a, name) for name, p in PROVINCES.items() for a in p["abbreviations"]],
)
def test_every_abbreviation_alone(index: RegionIndex, abbreviation: str, province: str) -> None:
    """ "粤找谁" style questions resolve for every abbreviation."""
    assert index.find(f"{abbreviation}找谁？") == [Match(province, (0, 1), abbreviation)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("粤找谁", ["广东"]),
        ("川省联系人", ["四川"]),
        ("请问 川省 联系人是谁？", ["四川"]),
        ("苏浙沪找谁", ["江苏", "浙江", "上海"]),
        ("京津冀联系人", ["北京", "天津", "河北"]),
        ("陕省对接人", ["陕西"]),
        ("滇负责人", ["云南"]),
        ("新找谁", ["新疆"]),
    ],
)
def test_abbreviations_positive(index: RegionIndex, text: str, expected: list[str]) -> None:
    """A message that is only abbreviations plus "who do I contact" resolves."""
    assert provinces_in(index, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "新的",
        "新的联系人是谁",
        "新联系人",
        "新负责人",
        "吉利",
        "黑色",
        "平台",
        "一台电脑",
        "1+X平台",
        "港口",
        "青年",
        "云端",
        "云负责人",
        "宁可",
        "粤",
        "粤语怎么说",
        "川菜好吃",
        "晋级了吗",
        "鲁莽",
        "京东",
        "苏打水",
        "秦老师",
        "请问考务联系人是谁",
        "东方",
        "合作",
        "三明治",
        "北海道",
        "大理石地面",
        "大同小异",
        "平台上的新闻",
        "台上",
        "北京时间下午三点开考",
        "试卷开封后请检查",
    ],
)
def test_abbreviations_and_words_negative(index: RegionIndex, text: str) -> None:
    """Ordinary words that contain a province's character resolve nothing."""
    assert provinces_in(index, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("北京朝阳区", ["北京"]), ("朝阳市", ["辽宁"]), ("朝阳找谁", ["辽宁"]), ("吉林省通化县", ["吉林"])],
)
def test_districts_sharing_a_city_name(index: RegionIndex, text: str, expected: list[str]) -> None:
    """朝阳区 (a district of 北京) is not 辽宁's 朝阳市."""
    assert provinces_in(index, text) == expected


# --- names several provinces share --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("朝阳区的学校找谁", [("朝阳区", ["北京", "吉林"])]),
        ("通州找谁", [("通州", ["北京", "江苏"])]),
        ("鼓樓區的考點", [("鼓樓區", ["江苏", "河南", "福建"])]),
        ("海南找谁", []),  # 海南 the province, not 青海's 海南州
        ("广东谁负责", []),
        ("", []),
    ],
)
def test_ambiguous_names_list_every_province(index: RegionIndex, text: str, expected: list) -> None:
    """「朝阳区」 is in 北京 and in 吉林: find() guesses neither, ambiguous() says both, as the user typed it."""
    assert index.ambiguous(text) == expected
    if expected:
        assert provinces_in(index, text) == []


def test_every_dropped_ambiguous_district_form_is_reported(index: RegionIndex) -> None:
    """Each district form the generator dropped as shared is reported with exactly the provinces it lists."""
    for form, provinces in DROPPED["ambiguous"].items():
        assert index.ambiguous(f"{form}的学校找谁")[0] == (form, provinces), form


# --- province_of ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("深圳", "广东"),
        ("深圳市", "广东"),
        (" 廣州 ", "广东"),
        ("Guang Dong", "广东"),
        ("Tibet", "西藏"),
        ("粤", "广东"),
        ("川省", "四川"),
        ("海南州", "青海"),
        ("海南", "海南"),
        ("新", None),
        ("平台", None),
        ("", None),
        ("火星", None),
        ("东方", None),
        ("东方市", "海南"),
        ("广东和广西", None),
    ],
)
def test_province_of(index: RegionIndex, place: str, expected: str | None) -> None:
    """A staff member looking up one place name gets one province or nothing."""
    assert index.province_of(place) == expected


# --- size and speed ------------------------------------------------------------------------------


def test_huge_input_is_scanned_to_the_end(index: RegionIndex) -> None:
    """A pasted 100 000-character document still has its provinces found (timing: tools/bench_regions.py)."""
    filler = "各位老师好，请问本次考试的报名截止时间是什么时候？平台上一直没有审核通过。Thanks for checking! "
    text = (filler * (100_000 // len(filler)))[:99_980] + "最后是广东和Sichaun"
    assert provinces_in(index, text) == ["广东", "四川"]


def test_district_at_the_end_of_a_huge_input(index: RegionIndex) -> None:
    """A district named at the end of a pasted 100 000-character document is still found."""
    filler = "各位老师好，请问本次考试的报名截止时间是什么时候？平台上一直没有审核通过。示范县、最大化。"
    text = (filler * (100_000 // len(filler)))[:99_980] + "最后是海淀区和万州"
    assert provinces_in(index, text) == ["北京", "重庆"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("江浙沪的联系人", ["江苏", "浙江", "上海"]),
        ("川渝地区联系人", ["四川", "重庆"]),
        ("东三省找谁", ["黑龙江", "吉林", "辽宁"]),
        ("两广的学校找谁", ["广东", "广西"]),
        ("北京和江浙沪", ["北京", "江苏", "浙江", "上海"]),
        ("港澳台联系人", ["香港", "澳门", "台湾"]),
    ],
)
def test_regional_names_for_several_provinces(index: RegionIndex, text: str, expected: list[str]) -> None:
    """江浙沪, 川渝, 东三省 …: each of its provinces, in the order the name gives them."""
    assert provinces_in(index, text) == expected


# --- region words (data/region_words.yaml) ----------------------------------------------------------

REGION_TABLE = yaml.safe_load((DATA.parent / "region_words.yaml").read_text(encoding="utf-8"))
REGION_WORDS = {
    **REGION_TABLE["across"],
    **REGION_TABLE["macro"],
    **{word: [province] for word, province in REGION_TABLE["within"].items()},
}


def test_region_table_and_regions_json_agree() -> None:
    """regions.json carries exactly the table's words (run tools/build_regions.py --region-words after an edit)."""
    assert RAW["groups"] == REGION_WORDS
    assert RAW["groups_standalone"] == REGION_TABLE["standalone"]
    assert RAW["groups_partial"] == list(REGION_TABLE["macro"])


@pytest.mark.parametrize(("word", "provinces"), sorted(REGION_WORDS.items()))
def test_each_region_word(index: RegionIndex, word: str, provinces: list[str]) -> None:
    """A region word alone, before a site word and after 我们是 names exactly its provinces, in the table's order."""
    for text in (word, f"{word}的学校找谁", f"我们是{word}的", f"{word}地区联系人"):
        assert provinces_in(index, text) == provinces, text
    assert all(p in PROVINCES for p in provinces)


@pytest.mark.parametrize(("word", "province"), sorted(REGION_TABLE["within"].items()))
def test_a_region_inside_one_province_is_typed_as_a_place_in_it(index: RegionIndex, word: str, province: str):
    """粤西 comes through as what was typed (so a reply can say 粤西属于广东), a region of several as the province."""
    (m,) = index.find(f"{word}找谁")
    assert (m.province, m.via, m.region) == (province, word, word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("东北某某职业学院找谁", []),
        ("华南某某学院", []),
        ("有关中级考试的问题", []),
        ("相关中级证书", []),
        ("辽宁东北部的学校", ["辽宁"]),
        ("我们是东北的学校", ["黑龙江", "吉林", "辽宁"]),
        ("关中地区找谁", ["陕西"]),
        ("西北五省", ["陕西", "甘肃", "青海", "宁夏", "新疆"]),
    ],
)
def test_standalone_region_words_only_stand_alone(index: RegionIndex, text: str, expected: list[str]) -> None:
    """东北, 华南, 关中 … begin university names and ordinary words; they count only as a word of their own."""
    assert provinces_in(index, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no place in the name: the ministry's list says where
        ("东北大学找谁", ["辽宁"]),
        ("华南理工大学", ["广东"]),
        ("西南交通大学的考点", ["四川"]),
        ("我们是华中科技大学的", ["湖北"]),
        ("清华大学和南开大学分别找谁", ["北京", "天津"]),
        # another province's place in the name: the school is where the list puts it
        ("四川外国语大学找谁", ["重庆"]),
        ("南华大学的考点", ["湖南"]),
        # run by one province, in another: the school is where it is (its 所在地), not whose it is
        ("西藏民族大学找谁", ["陕西"]),
        ("河北工业大学的考点", ["天津"]),
        # a faculty that shares a listed school's name belongs to the school before it
        ("厦门大学国际关系学院找谁", ["福建"]),
        ("國際關係學院", ["北京"]),
    ],
)
def test_schools_are_where_the_ministry_lists_them(index: RegionIndex, text: str, expected: list[str]) -> None:
    """A school whose name does not say its own province is read through the school list (regions.json's schools)."""
    assert provinces_in(index, text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "via"),
    [("河西走廊的学校", ["甘肃"], "河西走廊"), ("江苏中级考试", ["江苏"], "江苏"), ("陕西关中", ["陕西"], "陕西")],
)
def test_region_words_and_places_overlapping(index: RegionIndex, text: str, expected: list[str], via: str) -> None:
    """A region word beats a place inside it (河西走廊, not 天津's 河西区) and loses to one it straddles (江苏中级)."""
    found = index.find(text)
    assert [m.province for m in found] == expected and found[0].via == via


def test_find_all_keeps_every_mention(index: RegionIndex) -> None:
    """「不是广州，是深圳」 names 广东 twice: find_all keeps both mentions (for denial), find one."""
    assert [m.via for m in index.find_all("不是广州是深圳")] == ["广州", "深圳"]
    assert len(index.find("不是广州是深圳")) == 1


def test_province_forms_are_not_places_inside_it(index: RegionIndex) -> None:
    """广东省, 廣東, 安微 name the province itself; 深圳 is a place in it."""
    assert index.is_province_form("广东省") and index.is_province_form("廣東") and index.is_province_form("安微")
    assert not index.is_province_form("深圳")


# --- city nicknames (data/city_nicknames.yaml) ------------------------------------------------------

NICKNAMES = yaml.safe_load((DATA.parent / "city_nicknames.yaml").read_text(encoding="utf-8"))


def test_nickname_table_and_regions_json_agree() -> None:
    """regions.json carries exactly the table's nicknames, each with its city's province from the same JSON."""
    assert {w: n["city"] for w, n in RAW["nicknames"].items()} == NICKNAMES
    for nick in RAW["nicknames"].values():
        cities = {c["province"] for c in CITIES if nick["city"] in (c["short"], c.get("short_in_context"))}
        assert cities == {nick["province"]} or nick["city"] == nick["province"] in PROVINCES


@pytest.mark.parametrize("word", sorted(NICKNAMES))
def test_each_city_nickname(index: RegionIndex, word: str) -> None:
    """A nickname names its city's province; one that is an everyday word (金陵, 京城) only where the words
    around it make it a place, which the router reads through in_context."""
    nick = RAW["nicknames"][word]
    assert index.nickname_city(word) == nick["city"]
    if nick.get("in_context"):
        assert index.find(f"{word}找谁") == [] and index.in_context(word) == nick["province"]
    else:
        for text in (f"{word}的学校找谁", f"我们在{word}", f"{word}这边的考点"):
            (m,) = index.find(text)
            assert (m.province, m.via, m.city) == (nick["province"], word, nick["city"]), text


# --- province abbreviations with 省 -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("黑省的业务联系人是谁哈，群里翻了半天没找着", ["黑龙江"]),
        ("我们是豫省的学校", ["河南"]),
        ("晋陕豫三省的学校各自找哪位", ["山西", "陕西", "河南"]),
        ("晋、陕两省找谁", ["山西", "陕西"]),
        ("江苏省的学校", ["江苏"]),  # 苏省 inside 江苏省 is no abbreviation
        ("老师您好，贵省今年的考点申报材料我们已经准备好了", []),  # 贵省 is "your province"
        ("晋陕豫两省找谁", []),  # three abbreviations are no 两省
        ("节省时间", []),
        ("新省份的考点", []),
    ],
)
def test_abbreviations_before_sheng(index: RegionIndex, text: str, expected: list[str]) -> None:
    """One abbreviation and 省, or as many as the number before 省 says, standing as a word of its own."""
    assert provinces_in(index, text) == expected


def test_an_abbreviation_is_the_province_itself(index: RegionIndex) -> None:
    """黑省 is 黑龙江, not a place in it (no 「黑属于黑龙江」)."""
    assert index.is_province_form("黑") and index.is_province_form("黑省")


# --- places typed by their sound --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "place", "province"),
    [
        ("和肥", "合肥", "安徽"),
        ("夏门", "厦门", "福建"),  # 厦 read xia, its second reading
        ("正州", "郑州", "河南"),
        ("蓝州", "兰州", "甘肃"),  # not 郴州, whose 郴 reads lan only as a rare reading
        ("哈儿滨", "哈尔滨", "黑龙江"),
        ("沙平坝", "沙坪坝", "重庆"),  # a district of three characters
    ],
)
def test_a_place_typed_by_its_sound(index: RegionIndex, typed: str, place: str, province: str) -> None:
    """The toneless pinyin of the typed word is exactly one place's."""
    assert index.sounding(typed) == [(place, province)]


@pytest.mark.parametrize("typed", ["合肥", "厦门", "海淀", "考点", "学校"])
def test_a_place_or_a_word_that_sounds_like_no_place(index: RegionIndex, typed: str) -> None:
    """A place's own name sounds like nothing else; words that sound like no place find none."""
    assert index.sounding(typed) == []


def test_a_sound_several_provinces_share_names_them_all(index: RegionIndex) -> None:
    """闪西 sounds like 山西 and 陕西: both come back, for the router to ask which."""
    assert sorted(p for _, p in index.sounding("闪西")) == ["山西", "陕西"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("云贵两省的学校", ["云南", "贵州"]),
        ("湘鄂两省找谁", ["湖南", "湖北"]),
        ("湘鄂赣的考点", ["湖南", "湖北", "江西"]),
        ("鄂豫皖三省", ["湖北", "河南", "安徽"]),
        ("闽浙地区联系人", ["福建", "浙江"]),
        ("浙闽的学校", ["浙江", "福建"]),
        ("闽粤两省", ["福建", "广东"]),
        ("粤桂的学校找谁", ["广东", "广西"]),
        ("黔桂两省", ["贵州", "广西"]),
        ("滇黔的考点", ["云南", "贵州"]),
        ("川滇地区", ["四川", "云南"]),
        ("川黔两省", ["四川", "贵州"]),
        ("川滇黔三省", ["四川", "云南", "贵州"]),
        ("滇黔桂的学校", ["云南", "贵州", "广西"]),
        ("陕甘两省", ["陕西", "甘肃"]),
        ("陕甘宁", ["陕西", "甘肃", "宁夏"]),
        ("甘宁两省", ["甘肃", "宁夏"]),
        ("甘青地区", ["甘肃", "青海"]),
        ("青藏两省", ["青海", "西藏"]),
        ("青藏地区的学校", ["青海", "西藏"]),
        ("青藏高原的学校", []),
        ("冀鲁豫三省", ["河北", "山东", "河南"]),
        ("晋冀鲁豫四省", ["山西", "河北", "山东", "河南"]),
        ("苏皖两省", ["江苏", "安徽"]),
    ],
)
def test_abbreviation_combinations(index: RegionIndex, text: str, expected: list[str]) -> None:
    """湘鄂, 闽浙, 黔桂 …: like 川渝 and 云贵, the abbreviations joined name exactly those provinces; 青藏高原 is a
    plateau, not 青海 and 西藏."""
    assert provinces_in(index, text) == expected


# --- state-level new areas (data/new_areas.yaml) ----------------------------------------------------

NEW_AREAS = yaml.safe_load((DATA.parent / "new_areas.yaml").read_text(encoding="utf-8"))


def test_new_area_table_and_regions_json_agree() -> None:
    """regions.json carries exactly the table's 19 areas, each with its province (--region-words after an edit)."""
    assert {a["name"]: a["province"] for a in RAW["new_areas"]} == NEW_AREAS
    assert len(NEW_AREAS) == 19 and set(NEW_AREAS.values()) <= set(PROVINCES)


@pytest.mark.parametrize(("area", "province"), sorted(NEW_AREAS.items()))
def test_each_new_area(index: RegionIndex, area: str, province: str) -> None:
    """An area's full name names its province wherever it stands; a short name it may be read by stands for it."""
    for text in (area, f"{area}的学校找谁", f"我们在{area}", f"{area}那边的考点"):
        assert provinces_in(index, text) == [province], text
    entry = next(a for a in RAW["new_areas"] if a["name"] == area)
    for form in entry["forms"]:
        if form != area:  # 雄安, 贵安: alone, and the reply can say 雄安（雄安新区）
            assert provinces_in(index, f"{form}的学校找谁") == [province] and index.nickname_city(form) == area
    if short := entry.get("short_in_context"):  # 天府, 湘江: a word first, a place before a school word
        holds_a_city = any(c["short"] and c["short"] in short for c in CITIES)  # 舟山群岛 holds the city 舟山
        alone = [province] if holds_a_city else []
        assert provinces_in(index, f"{short}找谁") == alone and index.in_context(short) == province
        assert index.sounding(short) == []  # never guessed by sound


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("江北区的学校", []),  # 重庆's and 宁波's: asked about, as before
        ("滨海县的学校", ["江苏"]),
        ("滨海新区的学校", ["天津"]),
        ("江北新区的学校", ["江苏"]),
        ("南沙的学校", ["广东"]),
        ("金普斯", []),  # a name jieba knows, not 金普
    ],
)
def test_new_area_names_other_places_bear_stay_theirs(index: RegionIndex, text: str, expected: list[str]) -> None:
    """江北, 滨海 and 南沙 without 新区 are the districts and counties of those names; only the full name is the area."""
    assert provinces_in(index, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("常州技师学院沧州职业技术学院的老师都来问", ["江苏", "河北"]),
        ("南宁职业技术学院柳州职业技术学院两所学校", ["广西"]),
        ("湖南大学郑州大学都要报", ["湖南", "河南"]),
        ("厦门大学国际关系学院", ["福建"]),
        ("东北大学秦皇岛分校", ["河北"]),
    ],
)
def test_a_school_named_by_its_place_after_another_schools_name_is_a_school_of_its_own(
    index: RegionIndex, text: str, expected: list[str]
) -> None:
    """Two schools listed one after the other (the 、 between them normalised away): a listed school whose name begins
    with a place is no faculty nor campus of the school before it; a faculty (国际关系学院) and a campus named by its
    place (秦皇岛分校) still are."""
    assert provinces_in(index, text) == expected
