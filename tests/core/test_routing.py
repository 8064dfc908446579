"""Contact routing: a question goes in, what it names comes out, and the reply names exactly who was asked for."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from bot.knowledge import load
from bot.routing import (
    _ASKS_CONTACT,
    _ASKS_WHO,
    _CORRECTION,
    _DENIAL_CLAUSE,
    _DENIED_AFTER,
    _DENIED_BEFORE,
    _FILING,
    _NOT_A_PLACE,
    _YES_NO,
    EXAM_AFFAIRS,
    TECHNICAL,
    ContactFinding,
    ContactRouter,
)
from bot.text import normalize

DATA = Path(__file__).resolve().parents[2] / "data"
CONTACTS = json.loads((DATA / "contacts.json").read_text(encoding="utf-8"))
ROWS = CONTACTS["provincial"]
PROVINCIAL = {r["name"]: r for r in ROWS}
EVERYONE = set(PROVINCIAL) | {p["name"] for p in CONTACTS["exam_affairs"] + CONTACTS["technical"]}
REGION_WORDS = yaml.safe_load((DATA / "region_words.yaml").read_text(encoding="utf-8"))
WORDS = {
    **REGION_WORDS["across"],
    **REGION_WORDS["macro"],
    **{w: [p] for w, p in REGION_WORDS["within"].items()},
}


def covering(*provinces: str) -> set[str]:
    return {r["name"] for r in ROWS if set(provinces) & set(r["provinces"])}


def named(text: str) -> set[str]:
    """The provincial contacts a reply names."""
    return {name for name in PROVINCIAL if name in text}


@pytest.fixture(scope="module")
def router() -> ContactRouter:
    return ContactRouter(load(DATA))


def find(router: ContactRouter, question: str) -> ContactFinding:
    return router.find(normalize(question))


def ask(router: ContactRouter, question: str) -> str:
    """The reply the engine sends for `question`, or "" when the router leaves it to the FAQ."""
    finding = find(router, question)
    return (router.reply(finding) or "") if finding.routes else ""


# ---------------------------------------------------------------- provinces and cities


@pytest.mark.parametrize("province", sorted({p for r in ROWS for p in r["provinces"]}))
def test_a_province_names_exactly_its_contacts(router: ContactRouter, province: str) -> None:
    """「X联系人」 names each contact of X with phone, e-mail and coverage, and no other provincial contact."""
    text = ask(router, f"{province}联系人")
    assert named(text) == covering(province)
    for name in covering(province):
        assert PROVINCIAL[name]["phone"] in text and PROVINCIAL[name]["email"] in text and "负责" in text
    assert len(text.splitlines()) <= 15


def test_guangdong_has_two_contacts_and_hainan_one(router: ContactRouter) -> None:
    """广东 is 林贺 and 王吉庆; 海南 is 林贺 alone."""
    assert named(ask(router, "广东谁负责")) == {"林贺", "王吉庆"}
    assert named(ask(router, "海南找谁")) == {"林贺"}


@pytest.mark.parametrize("question", ["青海联系人", "台湾找谁", "香港的学校找谁", "澳門聯繫人", "海南州的学校找谁"])
def test_a_province_without_a_contact_gives_exam_affairs(router: ContactRouter, question: str) -> None:
    """A province the table lists nobody for says so and gives the 考务 contacts, never a neighbour's person."""
    text = ask(router, question)
    assert "没有列出" in text and "陈海燕" in text and "张晋静" in text and not named(text)


@pytest.mark.parametrize(
    ("question", "city", "province"),
    [
        ("深圳找谁", "深圳", "广东"),
        ("广州联系人", "广州", "广东"),
        ("宁波的学校联系人", "宁波", "浙江"),
        ("西安找谁", "西安", "陕西"),
        ("吉林市的学校联系谁", "吉林市", "吉林"),
        ("资阳的学校找谁", "资阳", "四川"),
        ("海南州找谁", "海南州", "青海"),
    ],
)
def test_a_city_says_which_province_it_belongs_to(router: ContactRouter, question: str, city: str, province: str):
    """Regional traps: 广州 is not 广西, 宁波 not 宁夏, 西安 not 西藏, 资阳 is 四川, 海南州 is 青海."""
    text = ask(router, question)
    assert f"{city}属于{province}" in text and named(text) == covering(province)


REGIONS = json.loads((DATA / "regions.json").read_text(encoding="utf-8"))
IN_CONTEXT = {c["short_in_context"]: c["province"] for c in REGIONS["cities"] if c.get("short_in_context")}


@pytest.mark.parametrize(
    ("form", "province"), sorted((f, p) for f, p in IN_CONTEXT.items() if not _NOT_A_PLACE.search(f))
)
def test_an_everyday_city_name_is_the_place_before_a_school(router: ContactRouter, form: str, province: str) -> None:
    """「天门的学校找谁」「东方的考点联系人」: a city whose short name is also an everyday word is that city where a
    school or site word follows it, and nothing where none does (「天门找谁」 is not guessed)."""
    text = ask(router, f"我们{form}的学校找谁")
    assert f"{form}属于{province}" in text and named(text) == covering(province)
    assert not find(router, f"{form}找谁").provinces


@pytest.mark.parametrize("city", [c for c in REGIONS["cities"] if c["adcode"][2:4] == "90"], ids=lambda c: c["name"])
def test_every_directly_administered_county_level_unit_is_found(router: ContactRouter, city: dict) -> None:
    """仙桃, 天门, 神农架, 五指山, 石河子 …: each 省/自治区直辖县级行政区划 of the table names its province, by its
    short name or, when that is an everyday word (天门, 东方), before a school word; by its full name when that word
    is one the router never takes for a place (新星: 新 says a new school)."""
    in_context = city.get("short_in_context")
    form = city["short"] or (in_context if in_context and not _NOT_A_PLACE.search(in_context) else city["name"])
    assert find(router, f"{form}的学校找谁").provinces == (city["province"],)


def test_a_shared_place_asks_which_province(router: ContactRouter) -> None:
    """「朝阳区的学校找谁」: 朝阳区 is in 北京 and 吉林; the reply asks which and gives only those two."""
    finding = find(router, "朝阳区的学校找谁")
    assert finding.shared_places == (("朝阳区", ("北京", "吉林")),) and finding.routes
    text = router.reply(finding) or ""
    assert "哪个省" in text and named(text) == covering("北京") | covering("吉林")


def test_several_provinces_are_grouped_by_person(router: ContactRouter) -> None:
    """「北京、天津、河北、山东分别找谁」: 蓝海鹏 once for the three, 贾昕旸 for 山东."""
    text = ask(router, "北京、天津、河北、山东分别找谁")
    assert text.count("蓝海鹏") == 1 and named(text) == {"蓝海鹏", "贾昕旸"} and len(text.splitlines()) == 3


def test_too_many_provinces_are_named_not_dropped(router: ContactRouter) -> None:
    """Eleven provinces: ten answered, the rest named and asked for again, on one screen."""
    text = ask(router, "北京、天津、河北、山东、河南、湖北、广东、广西、海南、四川、江苏找谁")
    assert text.endswith("江苏请另外再问一次。") and "丁熙丽" not in text and len(text.splitlines()) <= 15


# ---------------------------------------------------------------- region words (data/region_words.yaml)


@pytest.mark.parametrize(("word", "provinces"), sorted(WORDS.items()))
def test_each_region_word_names_its_provinces_contacts(router: ContactRouter, word: str, provinces: list[str]):
    """「<region word>的学校找谁」 answers every province of the region, and nobody else."""
    finding = find(router, f"{word}的学校找谁")
    assert list(finding.provinces) == provinces and finding.routes
    text = router.reply(finding) or ""
    assert named(text) == covering(*provinces) and len(text.splitlines()) <= 15


def test_a_sub_province_region_says_its_province(router: ContactRouter) -> None:
    """「粤西的学校找谁」: 粤西属于广东, and 广东's two contacts."""
    text = ask(router, "我们是粤西的一所高职，联系哪位")
    assert "粤西属于广东" in text and named(text) == covering("广东")


@pytest.mark.parametrize(
    ("question", "said"),
    [("云贵两省的学校分别联系谁", "云南、贵州的考核站点业务联系人都是宋菊"), ("京津冀找谁", "都是蓝海鹏")],
)
def test_places_with_the_same_contact_say_it_is_one_person(router: ContactRouter, question: str, said: str) -> None:
    """Asked for each of several places (分别), one person for all of them is said to be one: 都是, not a list that
    reads as if each had its own."""
    assert said in ask(router, question)


@pytest.mark.parametrize(
    ("question", "lead", "others"),
    [
        ("技术方面的问题是不是只找黄超就行", "不是", {"张全伟", "侯仕平"}),
        ("考务方面是不是只找陈海燕", "不是", {"张晋静"}),
        ("技术问题是不是只找张全伟、侯仕平和黄超就行", "是的", set()),
    ],
)
def test_a_groups_matter_claimed_for_some_of_it_names_the_rest(router: ContactRouter, question, lead, others):
    """「技术方面的问题是不是只找黄超就行」: no, and the group's others (as 「除了黄超还有谁」); yes when all are named.
    A place's 只 is judged on the place (「广东是不是只找林贺就行」)."""
    text = ask(router, question)
    assert text.startswith(lead) and all(n in text for n in others), text


def test_a_yes_no_elsewhere_in_the_clause_claims_no_role_for_a_person_named(answerer) -> None:
    """「账户叫张老师…是不是名字的问题」: 张老师 is what the account is called, not someone claimed for the system."""
    reply = answerer.answer("我们老师装的时候账户叫张老师，一启动就闪退。是不是名字的问题？")
    assert reply.kind != "contact" and "张全伟" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "lead", "shown", "not_shown"),
    [
        # the matter, then the person claimed for it: the group's people, and the person wrongly claimed is not carded
        ("考务问题找黄超吗", "不是", {"陈海燕", "张晋静"}, {"黄超"}),
        ("考务上的事是问张全伟老师对吧", "不是", {"陈海燕", "张晋静"}, {"张全伟"}),
        ("考试系统装不上，找张晋静老师对吧", "不是", {"张全伟", "侯仕平", "黄超"}, {"张晋静"}),
        ("考试客户端装好了打不开，是联系陈海燕老师吗", "不是", {"张全伟", "侯仕平", "黄超"}, {"陈海燕"}),
        ("考务员那个线上培训的事，该问技术组张全伟老师不", "不是", {"陈海燕", "张晋静"}, {"15921571656"}),
        ("技术问题找黄超对吧", "是的", {"黄超"}, {"张晋静", "陈海燕"}),
        # a province beside the matter only says where the asker is: the groups serve every province, and the
        # province's business contact (named wrongly, or not named) is not carded
        ("重庆这边考试系统装不上，直接找杨德明老师处理行吧？", "不是", {"张全伟", "侯仕平", "黄超"}, {"杨德明", "13551324832"}),
        ("四川的学校，考试系统报错找雷鹏对吧", "不是", {"张全伟", "侯仕平", "黄超"}, {"雷鹏", "15397640352"}),
        ("我们是湖南的，考务上的事找李雯吗", "不是", {"陈海燕", "张晋静"}, {"李雯", "15386416485"}),
        ("四川的学校，考试系统报错找黄超对吧", "是的", {"黄超"}, {"雷鹏", "15397640352", "张晋静"}),
        # the person, then what they are said to do: what they are, in words, and whom the group's matters go to
        # (their own number is not given: they are not whom the matter goes to)
        ("张晋静是负责技术的吗", "不是，张晋静是考务工作联系人", {"张全伟", "侯仕平", "黄超"}, {"18583932660"}),
        ("黄超是管考务的吗", "不是，黄超是考核站点业务联系人", {"陈海燕", "张晋静"}, {"15928431762"}),
        ("陈海燕是管考务的吧", "是的", {"陈海燕"}, {"黄超", "张全伟"}),
    ],
)
def test_a_person_claimed_for_a_groups_matter_is_judged_on_the_group(
    answerer, question: str, lead: str, shown: set, not_shown: set
) -> None:
    """A yes/no (or 找/问/联系 with the 吗 gone) naming a person for one group's matter (考务, 技术) is judged on the
    group; the answer never cards a person the asker named wrongly for the matter."""
    text = answerer.answer(question).text
    assert text.startswith(lead), text
    assert all(n in text for n in shown) and not any(n in text for n in not_shown), text


@pytest.mark.parametrize(
    ("question", "shown", "not_shown"),
    [
        # a place set aside with 除了 is what the person is known for: the person's card, not the place's others
        ("林贺老师除了广东还管哪个省", {"林贺", "海南"}, {"王吉庆"}),
        ("除了四川以外雷鹏还负责哪些省", {"雷鹏", "山西"}, set()),
        # a clause that only says where something is gives the member's reason: judged without it, not carded
        ("哈工大威海校区的，学校总部在黑龙江，签协议找郁晓东老师对不", {"不是", "贾昕旸"}, {"郁晓东", "18654936008"}),
        ("电子科技大学中山学院想报考点，电子科大在成都，所以也归雷老师管？", {"不是", "林贺"}, {"15397640352"}),
        # (or says what a thing of the school's is: 牌子 is the parent's name, not where the campus is)
        ("中国石油大学（北京）克拉玛依校区要对接，学校牌子是北京的，找蓝海鹏老师没错吧？", {"不是", "黄超"}, {"蓝海鹏", "17858620886"}),
        # a city said to be in (or with) a province: judged, and only the city's province carded
        ("南宁职业技术学院也想报，南宁跟宁夏是一块的吧？", {"不是", "广西", "陈淑"}, {"黄超"}),
        ("南宁是不是属于宁夏", {"不是", "陈淑"}, {"黄超"}),
        ("深圳属于广东吧", {"是的", "林贺", "王吉庆"}, set()),
        # a place the asked one is near is the member's model: an unlisted province stays unlisted, with no yes
        ("青海交通职业技术学院的，表里没找着青海，挨着西藏是不是找黄超老师", {"不是", "青海", "陈海燕"}, {"15928431762"}),
        # places joined by 加上 are asked together
        ("东三省加上内蒙古的学校，是不是都归一个老师管？", {"同一位", "郁晓东"}, set()),
    ],
)
def test_what_a_member_says_beside_a_claim_is_not_asked(answerer, question: str, shown: set, not_shown: set) -> None:
    """Places set aside, given as reasons, likened or near are the member's own reading; the reply judges the claim
    and cards only the contacts of the place asked about (a wrong extra person is the worst reply)."""
    text = answerer.answer(question).text
    assert all(s in text for s in shown) and not any(s in text for s in not_shown), text


def test_the_application_mailbox_typed_with_another_domain_is_corrected(answerer) -> None:
    text = answerer.answer("申报考点发的邮箱是不是sales@zhonghui.com").text
    assert text.startswith("不是") and "sales@zhonghui.vip" in text and "陈海燕" not in text, text


def test_a_multi_province_region_says_what_it_means(router: ContactRouter) -> None:
    """「江浙沪的联系人」 says 江浙沪 is 江苏、浙江、上海; 华东, whose edges differ, says which provinces it took."""
    assert "江浙沪指江苏、浙江、上海" in ask(router, "江浙沪的联系人")
    assert "各家划分不一" in ask(router, "华东地区找谁")


@pytest.mark.parametrize(
    ("question", "provinces"),
    [
        ("西南这块 川渝云贵 分别对接谁", ("四川", "重庆", "云南", "贵州")),  # a region, then regions inside it
        ("西南地区四川的学校找谁", ("四川",)),  # a region, then a province inside it
        ("华东的江苏和浙江分别找谁", ("江苏", "浙江")),
    ],
)
def test_places_named_inside_a_region_are_the_part_of_it_meant(router: ContactRouter, question: str, provinces):
    """A region and then places inside it: the places say which part is meant, and the region's other provinces
    (西南's 西藏, 华东's 安徽) get nobody — an extra person is the worst reply."""
    text = ask(router, question)
    assert named(text) == covering(*provinces) and "各家划分不一" not in text
    # its other provinces perhaps named by an abbreviation we do not read alone (藏): the region stands whole
    assert named(ask(router, "西南片区（川渝云贵藏）的学校分别对接哪位")) == covering("重庆", "四川", "贵州", "云南", "西藏")


def test_a_region_said_apart_is_narrowed_by_the_provinces_asked_after_it(answerer) -> None:
    """「华东的，江苏和浙江分别找谁」: the region said as its own clause is only where the two provinces are."""
    text = answerer.answer("华东的，江苏和浙江分别找谁").text
    assert named(text) == covering("江苏", "浙江")
    assert named(answerer.answer("我们是西南地区的，找谁").text) == covering("重庆", "四川", "贵州", "云南", "西藏")


@pytest.mark.parametrize(
    ("question", "lead", "people"),
    [
        ("宁夏职业技术学院想找业务联系人，是技术组那个黄超老师吗", "是的", {"黄超"}),
        ("广东的业务联系人是技术组那个黄超老师吗", "不是", {"林贺", "王吉庆"}),
    ],
)
def test_a_group_said_of_a_named_person_describes_them(router: ContactRouter, question: str, lead: str, people):
    """「是技术组那个黄超老师吗」: 技术组 says who 黄超 is, not that technical help is wanted; the question still
    asks whether he is the place's contact."""
    text = routed(router, question)
    assert text.startswith(lead) and named(text) == people, text


@pytest.mark.parametrize(
    ("question", "lead"),
    [("江西应用技术职业学院联系人是谁？电话是15386416485吗？", "不是"), ("江西的联系人是谁，电话是15386417485吗", "是的")],
)
def test_a_number_claimed_in_the_next_clause_is_judged_on_the_place_asked(router: ContactRouter, question: str, lead):
    """「…联系人是谁？电话是N吗」: the number is claimed for the place just asked about; whose number it is instead
    is no part of the answer (15386416485 is 李雯's, who is not 江西's)."""
    text = routed(router, question)
    assert text.startswith(lead) and named(text) == covering("江西"), text


def test_whether_two_places_share_a_contact_asked_with_a_not_tail(router: ContactRouter) -> None:
    """「…和河北的学校是同一个联系人不？」: 不 ends the yes/no question; the reply says whether they share one."""
    text = routed(router, "北京信息职业技术学院和河北的学校是同一个联系人不？")
    assert "同一位" in text and named(text) == {"蓝海鹏"}, text


@pytest.mark.parametrize("question", ["东北某某职业学院找谁", "华南某某学院找谁", "西南某某大学的考点找谁"])
def test_a_university_named_after_a_region_asks_where_it_is(router: ContactRouter, question: str) -> None:
    """A school not on the ministry's list whose name begins with a region word: the reply asks for the province
    and names no provincial contact."""
    text = ask(router, question)
    assert "没认出" in text and not named(text)


@pytest.mark.parametrize(
    ("question", "school", "province"),
    [
        ("东北大学找谁", "东北大学", "辽宁"),
        ("华南理工大学找谁", "华南理工大学", "广东"),
        ("西南交通大学的考点找谁", "西南交通大学", "四川"),
        ("老师好，四川外国语大学的考点对接人是哪位", "四川外国语大学", "重庆"),
        ("西安电子科技大学找谁", "西安电子科技大学", "陕西"),
        ("西藏民族大学的站点联系人是谁", "西藏民族大学", "陕西"),  # run by 西藏, in 咸阳
    ],
)
def test_a_listed_school_is_where_the_ministry_lists_it(
    router: ContactRouter, question: str, school: str, province: str
) -> None:
    """A school on the ministry's list is in its province, whatever its name holds: no place (东北大学), another
    province's (四川外国语大学 is in 重庆) or another school's name (西安电子科技大学 holds 电子科技大学, in 成都)."""
    text = routed(router, question)
    assert f"{school}在{province}" in text and named(text) == covering(province), text


# ---------------------------------------------------------------- people, numbers, e-mails


def test_a_person_with_two_roles_gets_both(router: ContactRouter) -> None:
    """「黄超」 is a technical contact and the contact for 西藏、新疆、宁夏: the card says both."""
    text = ask(router, "黄超")
    assert "技术" in text and all(p in text for p in ("西藏", "新疆", "宁夏")) and "15928431762" in text


def test_a_person_card_names_phone_email_and_coverage(router: ContactRouter) -> None:
    """「林贺负责哪些省」: 广东 and 海南, with his phone and e-mail."""
    text = ask(router, "林贺负责哪些省")
    assert all(x in text for x in ("广东", "海南", "18620586370", "linhe@zhonghui.vip"))


@pytest.mark.parametrize(
    "question",
    [
        "18654936008是谁的电话",
        "186 5493 6008 是谁",
        "186-5493-6008是哪位",
        "+86 18654936008",
        "+86-186-5493-6008 是谁的号",
        "008618654936008是谁",
        "yuxiaodong@zhonghui.vip 这个邮箱是谁",
        "YuXiaoDong@ZhongHui.VIP是谁",
        "yuxiaodong是谁的邮箱",
    ],
)
def test_reverse_lookup_by_phone_or_email(router: ContactRouter, question: str) -> None:
    """A number in any spacing or prefix, or an e-mail whole or by its local part, names 郁晓东 and his provinces."""
    text = ask(router, question)
    assert "郁晓东" in text and "内蒙古" in text and named(text) == {"郁晓东"}


@pytest.mark.parametrize("question", ["028-85964700是谁", "(028)85964700 是哪位", "85964700是谁的座机"])
def test_reverse_lookup_of_a_landline(router: ContactRouter, question: str) -> None:
    """The 考务 landline, with or without its area code, is 陈海燕's."""
    text = ask(router, question)
    assert "陈海燕" in text and "考务" in text and not named(text)


@pytest.mark.parametrize("question", ["13800000000是谁的电话", "abc@qq.com 是谁的邮箱"])
def test_a_number_or_email_that_is_nobodys(router: ContactRouter, question: str) -> None:
    """A number or address nobody in the notice has: said so, no person guessed, 考务 offered."""
    text = ask(router, question)
    assert "没有" in text and not named(text) and "陈海燕" in text


def test_the_application_mailbox_is_nobodys_but_said_what_it_is(router: ContactRouter) -> None:
    """sales@ is where site applications go, not a person."""
    text = ask(router, "sales@zhonghui.vip是谁的邮箱")
    assert "申报" in text and not named(text)


def test_a_name_in_pinyin(router: ContactRouter) -> None:
    """「What is Huang Chao's phone」 is 黄超."""
    assert "15928431762" in ask(router, "What is Huang Chao's phone")


def test_a_person_named_in_passing_stays_with_the_faq(router: ContactRouter) -> None:
    """「王吉庆老师让我问一下准考证什么时候打印」 asks about tickets, not about 王吉庆."""
    assert not find(router, "王吉庆老师让我问一下准考证什么时候打印").routes


# ---------------------------------------------------------------- denials and corrections


@pytest.mark.parametrize(
    "question",
    [
        "不是广东，是广西",
        "我要找的是广西，不是广东",
        "是广西不是广东，找谁",
        "广东不对，应该是广西",
        "广东，打错了，是广西",
        "我们是广西的不是广东的，找谁",
    ],
)
def test_a_correction_answers_what_is_left(router: ContactRouter, question: str) -> None:
    """「不是X，是Y」「是Y不是X」「X不对，应该是Y」「打错了，是Y」 answer 广西 only: 广东's contacts are never named."""
    finding = find(router, question)
    assert finding.provinces == ("广西",) and finding.routes
    assert named(router.reply(finding) or "") == covering("广西")


def test_a_denied_person_is_not_carded(router: ContactRouter) -> None:
    """「不是林贺，是王吉庆的电话」 gives 王吉庆 only."""
    assert named(ask(router, "不是林贺，是王吉庆的电话")) == {"王吉庆"}


def test_is_it_not_is_no_denial(router: ContactRouter) -> None:
    """「是不是广东」 asks about 广东; it denies nothing."""
    assert find(router, "深圳是不是广东的").provinces == ("广东",)


def test_a_denial_holds_across_clauses(router: ContactRouter) -> None:
    """「广东，不对，是广西」 read clause by clause still answers 广西 only."""
    findings = router.find_clauses(["广东", "不对", "是广西"])
    replies = "\n".join(router.reply(f) or "" for f in findings if f.routes)
    assert named(replies) == covering("广西")


# ---------------------------------------------------------------- confirmations


@pytest.mark.parametrize(
    ("question", "verdict", "people"),
    [
        ("贵州的是不是也归杨德明管", "不是", {"宋菊"}),
        ("黄超也管新疆吗", "是的", {"黄超"}),
        ("新疆也找黄超吗", "是的", {"黄超"}),
        ("林贺负责海南吗", "是的", {"林贺"}),
        ("王吉庆管海南吗", "不是", {"林贺"}),
        ("宋菊负责四川吗", "不是", {"雷鹏"}),
        ("上海是赵江负责吗", "不是", {"丁熙丽"}),
        ("宁夏找雷鹏对吗", "不是", {"黄超"}),
        ("Is Lin He responsible for Hainan", "是的", {"林贺"}),
    ],
)
def test_a_confirmation_answers_yes_or_no_first(router: ContactRouter, question: str, verdict: str, people: set):
    """「X 是不是 P 管」「X 也找 P 吗」「P 负责 X 吗」: yes or no first, then the right person with the number; a
    person guessed wrong is not carded again (a second card under 「不是」 reads as a second answer)."""
    finding = find(router, question)
    assert finding.confirmation and finding.routes
    text = router.reply(finding) or ""
    assert text.startswith(verdict) and named(text) == people
    for name in people:
        assert PROVINCIAL[name]["phone"] in text


@pytest.mark.parametrize(
    ("question", "verdict", "people"),
    [
        ("广东的学校是不是只找林贺就行？", "不是，广东还有王吉庆。", {"林贺", "王吉庆"}),
        ("广东是不是只有王吉庆一个联系人", "不是，广东还有林贺。", {"林贺", "王吉庆"}),
        ("海南是不是只找林贺就行", "是的。", {"林贺"}),
        ("湖南是不是就李雯一个人管", "是的。", {"李雯"}),
        ("广东是不是找林贺", "是的。", {"林贺", "王吉庆"}),
    ],
)
def test_a_confirmation_that_claims_only_those_named(router: ContactRouter, question: str, verdict: str, people: set):
    """「是不是只找林贺就行」 claims 林贺 is all 广东 has: 不是, and who else; a place with only that person is 是的."""
    text = ask(router, question)
    assert text.startswith(verdict) and named(text) == people, text


@pytest.mark.parametrize(
    ("question", "verdict", "people"),
    [
        ("广东只有林贺吗", "不是，广东还有王吉庆。", {"林贺", "王吉庆"}),
        ("深圳职业技术学院申报考点，广东的对接人就林贺一个吗？", "不是，广东还有王吉庆。", {"林贺", "王吉庆"}),
        ("四川就雷鹏一个吗", "是的。", {"雷鹏"}),
    ],
)
def test_a_person_said_to_be_a_places_only_one_is_a_claim(router: ContactRouter, question: str, verdict: str, people: set):
    """「广东只有林贺吗」「…就林贺一个吗」 (the 吗 normalised away) claim 林贺 is all 广东 has, as 是不是只有 does."""
    text = ask(router, question)
    assert text.startswith(verdict) and named(text) == people, text


def test_only_a_persons_thing_claims_nothing_of_the_person(router: ContactRouter) -> None:
    """「我只有林贺的电话」: what the asker has of 林贺 is the only thing, no claim that 林贺 is 广东's only one."""
    assert not ask(router, "我只有林贺的电话，广东还有谁").startswith("不是")


def test_guizhou_is_song_ju_not_yang_deming(router: ContactRouter) -> None:
    """The issue's case word for word: 「不是。贵州的业务联系人是宋菊 …」."""
    text = ask(router, "贵州的是不是也归杨德明管")
    assert re.match(r"不是。贵州的\S*联系人\S*宋菊 15397642175", text)


@pytest.mark.parametrize(
    ("question", "verdict"), [("18620586370是不是林贺的电话", "是的"), ("18600001111是不是林贺的电话", "不是")]
)
def test_a_number_confirmation(router: ContactRouter, question: str, verdict: str) -> None:
    """「N 是不是 P 的电话」: yes or no, then P's card."""
    text = ask(router, question)
    assert text.startswith(verdict) and "18620586370" in text and named(text) == {"林贺"}


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("15397642175是雷鹏老师的号吗？", "不是"),  # the number first, then whose it is claimed to be
        ("雷鹏的号是15397642175吗", "不是"),
        ("15397640352是雷鹏的电话吗", "是的"),
    ],
)
def test_a_number_claimed_for_a_person_with_a_final_question_particle(
    router: ContactRouter, question: str, verdict: str
) -> None:
    """The claim is judged whichever comes first, the number or the person, though normalising drops the 吗."""
    text = ask(router, question)
    assert text.startswith(verdict) and "15397640352" in text, text


def test_a_number_claimed_for_a_person_of_a_place_is_judged_as_a_number(router: ContactRouter) -> None:
    """「15386417485是湖南李雯老师的号吧」: the number (梁眉's, one digit from 李雯's) is what is claimed; it got 「不是，
    梁眉不负责湖南」, as though 梁眉 had been named. The reply says whose the number is, and gives 李雯's."""
    text = ask(router, "15386417485是湖南李雯老师的号吧？")
    assert text.startswith("不是。李雯的号码不是15386417485，它是梁眉的号码。") and "15386416485" in text, text


# ---------------------------------------------------------------- two parts, roles


def test_exam_affairs_and_technical_in_one_question(router: ContactRouter) -> None:
    """「考务和技术分别找谁」 gives both groups of contacts."""
    finding = find(router, "考务和技术分别找谁")
    assert set(finding.roles) == {EXAM_AFFAIRS, TECHNICAL}
    text = router.reply(finding) or ""
    assert "陈海燕" in text and "张全伟" in text and not named(text) - {"黄超"}


def test_a_province_and_a_technical_question(router: ContactRouter) -> None:
    """「广东找谁，技术问题找谁」 (one clause once punctuation is gone): 广东's contacts and the technical ones."""
    text = ask(router, "广东找谁，技术问题找谁")
    assert named(text) - {"黄超"} == covering("广东") and "张全伟" in text


def test_a_technical_problem_at_a_place_goes_to_technical(router: ContactRouter) -> None:
    """「广东的考点考试系统装不上找谁」: the place is where the problem is; the technical contacts answer."""
    text = ask(router, "广东的考点考试系统装不上找谁")
    assert "张全伟" in text and named(text) <= {"黄超"}


def test_a_province_and_a_person(router: ContactRouter) -> None:
    """「林贺的电话和广西的联系人」 answers both parts."""
    text = ask(router, "林贺的电话和广西的联系人")
    assert named(text) == {"林贺", "陈淑"} and "18620586370" in text


def test_two_provinces_each(router: ContactRouter) -> None:
    """「湖南和湖北分别找谁」: 李雯 and 梁眉."""
    assert named(ask(router, "湖南和湖北分别找谁")) == {"李雯", "梁眉"}


def test_a_contact_clause_and_a_faq_clause(router: ContactRouter) -> None:
    """「广东找谁，准考证什么时候打印」: the first clause is the router's, the second the FAQ's."""
    first, second = router.find_clauses(["广东找谁", "准考证什么时候打印"])
    assert first.routes and not second.routes


# ---------------------------------------------------------------- places wherever they stand


@pytest.mark.parametrize(
    ("question", "province"),
    [
        ("四川大学考点找谁", "四川"),
        ("广州市技师学院的考点找谁", "广东"),
        ("深圳职业技术学院联系人", "广东"),
        ("广东省考点找谁", "广东"),
        ("老师好，我们学校在山东淄博，想申报考核站点，请问联系哪位老师", "山东"),
        ("各位老师好，我是新来的，负责我们学校的1+X考试，想问下福建这边联系谁", "福建"),
        ("你好，请问河北保定这边的学校对接人是谁呀", "河北"),
        ("我是湖南某职院的老师，业务上找谁", "湖南"),
    ],
)
def test_a_place_is_found_wherever_it_stands(router: ContactRouter, question: str, province: str) -> None:
    """After greetings and context, inside a school's name: the place is found, a school name is no tech problem."""
    assert named(ask(router, question)) == covering(province)


def test_a_school_name_without_a_place_names_no_province(router: ContactRouter) -> None:
    """「人工智能学院找谁」 names no place: no province, nothing guessed."""
    finding = find(router, "人工智能学院找谁")
    assert not finding.provinces and not finding.unknown_place


@pytest.mark.parametrize(("question", "place"), [("火星的学校找谁", "火星"), ("某某县的学校找谁", "某某县")])
def test_an_unknown_place_asks_for_the_province(router: ContactRouter, question: str, place: str) -> None:
    """「火星的学校找谁」: the place it did not recognise, a request for the province, the 考务 contacts."""
    text = ask(router, question)
    assert f"「{place}」" in text and "省份" in text and "陈海燕" in text and not named(text)


@pytest.mark.parametrize("question", ["我们学校找谁", "新申报的考点找谁", "民办的学校找谁", "其他省的学校找谁"])
def test_no_place_named_is_not_an_unknown_place(router: ContactRouter, question: str) -> None:
    """「我们学校找谁」 names no place: the FAQ answers it."""
    assert find(router, question).unknown_place is None


@pytest.mark.parametrize(("question", "province"), [("广冬联系人", "广东"), ("安微联系人", "安徽")])
def test_typos_of_a_province(router: ContactRouter, question: str, province: str) -> None:
    """广冬 sounds like 广东; 安微 is the usual misspelling of 安徽."""
    assert named(ask(router, question)) == covering(province)


def test_a_word_of_the_notice_is_no_typo(router: ContactRouter) -> None:
    """附件 sounds like 福建 but is the notice's own word: no province."""
    assert not find(router, "附件2的联系方式").provinces


@pytest.mark.parametrize("question", ["一个宿舍四个人想共用一部手机注册", "一个宿舍用一部手机注册行不行", "中慧云启招实习生不简历投哪个邮箱"])
def test_a_province_by_sound_is_a_run_of_its_own_not_two_words_pieces(router: ContactRouter, question: str) -> None:
    """个宿 (一个 + 宿舍) reads gan su through a rare reading of 个, 不简 (不 + 简历) fu jian: no province."""
    assert not find(router, question).provinces


# ---------------------------------------------------------------- what routes, and the general words


@pytest.mark.parametrize(
    "question",
    [
        "广东什么时候考试",
        "广东的考点可以报名吗",
        "山东的学校考务负责人联系方式几号前填报",
        "广东的学校申报材料发哪个邮箱",
    ],
)
def test_a_place_in_another_question_stays_with_the_faq(router: ContactRouter, question: str) -> None:
    """A place that is only context of a FAQ question (dates, registration, filing, where to send) is not routed."""
    assert not find(router, question).routes


@pytest.mark.parametrize("question", ["广东", "广东？", "那广西呢", "成都的学校", "黄超", "朝阳区？"])
def test_a_name_standing_alone_routes(router: ContactRouter, question: str) -> None:
    """A place or a person and little else is a contact question."""
    assert find(router, question).routes


@pytest.mark.parametrize(
    ("pattern", "yes", "no"),
    [
        (
            _ASKS_CONTACT,
            ["广东找谁", "四川的联系人", "谁负责山西", "林贺的电话", "who handles guangdong"],
            ["广东什么时候考"],
        ),
        (_ASKS_WHO, ["技术问题找谁", "考务电话", "考务负责人是谁"], ["技术负责人要做哪些事"]),
        (_FILING, ["联系方式几号前填报", "在哪填", "发哪个邮箱", "什么时候前要报上去"], ["广东找谁"]),
        (_DENIED_BEFORE, ["不是", "并非", "我们不是在"], ["是不是", "是"]),
        (_DENIED_AFTER, ["不对", "打错了", "的不对"], ["找谁"]),
        (_CORRECTION, ["打错了", "应该是", "说错了"], ["是"]),
        (_YES_NO, ["是不是", "是否", "对吗", "is lin he"], ["找谁"]),
        (_NOT_A_PLACE, ["我们", "新申报", "民办", "其他省"], ["火星"]),
    ],
)
def test_general_word_classes(pattern: re.Pattern[str], yes: list[str], no: list[str]) -> None:
    """Each class of general words (asking, filing, denial, correction, yes/no, technical, not-a-place) reads as named."""
    assert all(pattern.search(w) for w in yes) and not any(pattern.search(w) for w in no)


def test_alone_words(router: ContactRouter) -> None:
    """What may stand around a lone place: 「我们是…的学校」「…呢」「不是…是…」, not a question of its own."""
    alone = router._words.alone
    assert alone.fullmatch("我们是的学校") and alone.fullmatch("不是是") and alone.fullmatch("那呢")
    assert not alone.fullmatch("什么时候考试")


def test_technical_words(router: ContactRouter) -> None:
    """The notice's words for the exam system (contact_words.yaml) and the language of a computer in trouble."""
    technical = router._words.technical
    assert all(technical.search(w) for w in ["系统装不上", "客户端闪退", "蓝屏", "部署"])
    assert not technical.search("签协议")


@pytest.mark.parametrize(
    "question",
    [
        "不是广东，是广西",
        "贵州的是不是也归杨德明管",
        "江浙沪的联系人",
        "18654936008是谁",
        "朝阳区找谁",
        "深圳找谁",
        "两广地区联系人分别是谁",
        "北京和上海分别找谁",
        "西北五省的联系人",
    ],
)
def test_never_a_person_the_question_did_not_ask_for(router: ContactRouter, question: str) -> None:
    """Every provincial contact in a reply covers a province asked about, or was named in the question."""
    finding = find(router, question)
    text = router.reply(finding) or ""
    places = set(finding.provinces) | {p for _, ps in finding.shared_places for p in ps}
    assert named(text) <= covering(*places) | set(finding.people)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("陕西省是杨德明还是雷鹏", "是杨德明，陕西只有这一位业务联系人。"),
        ("三亚学院在海南，是找林贺还是王吉庆", "是林贺，海南只有这一位业务联系人。"),
        ("广东是林贺还是王吉庆", "都是。"),
        ("海南是陈淑还是黄超", "都不是。"),
    ],
)
def test_which_of_two_people(router: ContactRouter, question: str, verdict: str) -> None:
    """「X是A还是B」 says which (and that X has only them, when the other is not X's), then X's contacts."""
    assert ask(router, question).startswith(verdict)


def test_the_bots_own_name_is_no_exam_affairs_question(router: ContactRouter) -> None:
    """「@考务助手 江西省的对接老师是哪位」 asks about 江西, not about 考务."""
    assert EXAM_AFFAIRS not in find(router, "考务助手 江西省的对接老师是哪位").roles


def test_a_denial_after_an_interjection(router: ContactRouter) -> None:
    """「湖南？哦不对，湖北」 is 湖北 only."""
    findings = router.find_clauses(["湖南", "哦不对", "湖北"])
    assert named("\n".join(router.reply(f) or "" for f in findings if f.routes)) == covering("湖北")


def test_a_pasted_document_is_read_in_bounded_time(router: ContactRouter) -> None:
    """A 100 000-character paste is read only as far as a question goes (timing: tools/bench_contacts.py)."""
    filler = "各位老师好请问本次考试的报名截止时间是什么时候不是广东是广西林贺18620586370 "
    finding = router.find((filler * 3000)[:100_000])
    assert finding.provinces == ("广西",) and "林贺" in finding.people


# ---------------------------------------------------------------- classes found on held-out sets (issue 12)


def routed(router: ContactRouter, message: str) -> str:
    """The contact replies for a whole message read clause by clause, as the engine reads it."""
    from bot.understand import clauses

    # as the engine does, a finding several clauses share is replied once
    replies = (router.reply(f) or "" for f in router.find_clauses(clauses(message)) if f.routes)
    return "\n".join(dict.fromkeys(replies))


def test_a_confirmation_split_over_clauses_is_one(router: ContactRouter) -> None:
    """「我们是新疆的，找黄超老师对吗」: the place in one clause, the person in the next, one yes."""
    text = routed(router, "我们是新疆的，找黄超老师对吗")
    assert text.startswith("是的。") and named(text) == {"黄超"}


@pytest.mark.parametrize(
    ("message", "province"),
    [
        ("湖南找谁？哦不对，是湖北", "湖北"),  # a bare retraction after the ask
        ("湖南找谁？错了，是湖北", "湖北"),
        ("我说的是山西，不是陕西", "山西"),  # a cleft: what I meant is …
        ("我指的是吉林", "吉林"),
    ],
)
def test_a_retraction_or_a_cleft_answers_what_is_meant(router: ContactRouter, message: str, province: str) -> None:
    """「X找谁？不对，是Y」「我说的是Y，不是X」: Y's contacts only."""
    assert named(routed(router, message)) == covering(province)


def test_is_it_right_is_no_retraction(router: ContactRouter) -> None:
    """「广东是林贺对不对」 confirms; its 不对 retracts nothing."""
    finding = find(router, "广东是林贺对不对")
    assert finding.confirmation and finding.provinces == ("广东",)


def test_a_person_corrected(router: ContactRouter) -> None:
    """「不是找林贺，是找陈淑」: 陈淑's card alone."""
    assert named(routed(router, "不是找林贺，是找陈淑")) == {"陈淑"}


@pytest.mark.parametrize("message", ["我们是四川的学校，中级几点考", "老师好，我是广州市技师学院的，准考证怎么打印"])
def test_a_place_given_as_context_of_another_question_is_not_routed(router: ContactRouter, message: str) -> None:
    """A place that only stands alone, beside a clause asking something else, gets no contact reply."""
    assert routed(router, message) == ""


def test_a_place_given_as_context_of_a_role_question(router: ContactRouter) -> None:
    """「我们四川的，考试系统出问题找谁」: the technical contacts, not 四川's business contact."""
    text = routed(router, "我们四川的，考试系统出问题找谁")
    assert "张全伟" in text and named(text) <= {"黄超"}


def test_an_asked_contact_joined_by_and_ends_its_ask(router: ContactRouter) -> None:
    """「四川的联系人和技术支持电话」: 四川's contact and the technical contacts."""
    text = ask(router, "四川的联系人和技术支持电话")
    assert named(text) - {"黄超"} == {"雷鹏"} and "张全伟" in text


@pytest.mark.parametrize("question", ["准考证打印不了找谁", "平台登不进去找谁", "缴费失败联系谁"])
def test_a_failure_asked_with_who_is_exam_affairs(router: ContactRouter, question: str) -> None:
    """Something that does not work (打印不了, 登不进去, 失败), asked with 找谁 and no system word: 考务."""
    finding = find(router, question)
    assert finding.roles == (EXAM_AFFAIRS,) and finding.routes


def test_two_parts_a_site_and_a_failure(router: ContactRouter) -> None:
    """「签协议找谁，准考证打印不了又找谁」: the second part routes to 考务; the first is the FAQ's."""
    first, second = router.find_clauses(["签协议找谁", "准考证打印不了又找谁"])
    assert not first.routes and second.roles == (EXAM_AFFAIRS,)


@pytest.mark.parametrize(("question", "routes"), [("考试环境部署归谁管", False), ("技术问题谁负责", True)])
def test_whose_duty_is_not_whom_to_call(router: ContactRouter, question: str, routes: bool) -> None:
    """「部署归谁管」 asks whose duty (the notice: the site's 技术负责人, a FAQ); 「技术问题谁负责」 asks for someone."""
    assert find(router, question).routes is routes


@pytest.mark.parametrize(
    ("question", "province"),
    [
        ("guangxi lianxiren shi shui", "广西"),
        ("sichuan zhao shui", "四川"),
        ("yunnan shei fuze", "云南"),
        ("hubei de lianxiren", "湖北"),
    ],
)
def test_an_ask_typed_in_pinyin(router: ContactRouter, question: str, province: str) -> None:
    """The province and the ask both in pinyin: the province's contacts."""
    assert named(ask(router, question)) == covering(province)


@pytest.mark.parametrize(
    ("question", "expect"), [("考务那边的座机", "028-85964700"), ("陈海燕老师座机多少", "028-85964700")]
)
def test_a_number_asked_for_as_a_landline(router: ContactRouter, question: str, expect: str) -> None:
    """座机 and 固话 ask for a number as 电话 does."""
    assert expect in ask(router, question)


@pytest.mark.parametrize(("question", "province"), [("宁厦找谁", "宁夏"), ("甘素的学校找谁", "甘肃")])
def test_a_typo_through_any_reading_of_a_character(router: ContactRouter, question: str, province: str) -> None:
    """厦 reads sha as well as xia: 宁厦 sounds like 宁夏."""
    assert named(ask(router, question)) == covering(province)


@pytest.mark.parametrize(("question", "province"), [("福州职业技术学院", "福建"), ("四川大学", "四川")])
def test_a_schools_name_standing_alone(router: ContactRouter, question: str, province: str) -> None:
    """A school's name alone is a contact question about where it is."""
    assert named(ask(router, question)) == covering(province)


def test_role_and_site_words_come_from_the_data(tmp_path: Path) -> None:
    """contact_words.yaml decides what reads as the exam system: a word added there is read, with no code change."""
    import shutil

    for f in DATA.iterdir():
        shutil.copy(f, tmp_path / f.name)
    words = tmp_path / "contact_words.yaml"
    words.write_text(words.read_text(encoding="utf-8").replace("technical: [", "technical: [机房, "), encoding="utf-8")
    before, after = ContactRouter(load(DATA)), ContactRouter(load(tmp_path))
    assert TECHNICAL not in find(before, "机房的电脑找谁").roles
    assert TECHNICAL in find(after, "机房的电脑找谁").roles


# ---------------------------------------------------------------- classes found on blind10 (issue 12)


@pytest.mark.parametrize(
    ("message", "verdict", "people"),
    [
        ("浙江和福建是同一个老师管吗", "浙江、福建是同一位联系人。", {"赵江"}),
        ("江西和湖北是同一个老师吗", "江西、湖北是同一位联系人。", {"梁眉"}),
        ("辽宁吉林和黑龙江是一个老师吗", "辽宁、吉林、黑龙江是同一位联系人。", {"郁晓东"}),
        ("浙江跟福建的学校是同一个对接老师吗", "浙江、福建是同一位联系人。", {"赵江"}),
        ("四川和重庆是同一个老师负责吗", "四川、重庆不是同一位联系人。", {"雷鹏", "杨德明"}),
        ("湖南和湖北的联系人一样吗", "湖南、湖北不是同一位联系人。", {"李雯", "梁眉"}),
        ("江浙沪是同一个老师负责吗", "不是，江苏、浙江、上海不全是同一位联系人。", {"丁熙丽", "赵江"}),
        ("广东和海南是同一个人吗", "广东、海南都有林贺，但不全相同。", {"林贺", "王吉庆"}),
        ("重庆邮电大学和四川大学是同一个老师吗", "重庆、四川不是同一位联系人。", {"杨德明", "雷鹏"}),
        # the place likened to stands in the clause before (the asker's own)
        ("我们江苏的，跟浙江的兄弟院校是一个对接老师吗", "江苏、浙江不是同一位联系人。", {"丁熙丽", "赵江"}),
        ("我们是辽宁的，跟吉林的学校是同一个老师吗", "辽宁、吉林是同一位联系人。", {"郁晓东"}),
    ],
)
def test_whether_provinces_share_a_contact(router: ContactRouter, message: str, verdict: str, people: set) -> None:
    """「浙江和福建是同一个老师管吗」: whether they share one, then each province's contacts grouped by person."""
    text = routed(router, message)
    assert verdict in text.splitlines()[:2] and named(text) == people


@pytest.mark.parametrize("message", ["广东和广西考试时间一样吗", "四川和重庆的考试是同一天吗"])
def test_the_same_asked_of_something_else_is_no_contact_question(router: ContactRouter, message: str) -> None:
    """Two provinces and 一样 about the exam: the FAQ's, with no contact."""
    assert routed(router, message) == ""


@pytest.mark.parametrize(
    ("question", "province"),
    [
        ("江西应用技术职业学院 业务联系人？", "江西"),
        ("武汉软件工程职业学院找谁", "湖北"),
        ("黑龙江信息技术职业学院找谁", "黑龙江"),
        ("天津电子信息职业技术学院 业务对接人", "天津"),
        ("湖南软件职业技术大学的对接人", "湖南"),
        ("四川大学软件学院找谁", "四川"),
    ],
)
def test_a_role_word_inside_a_schools_name_is_no_role(router: ContactRouter, question: str, province: str) -> None:
    """技术, 软件, 信息 inside a school's name ask for no technical contact; the place in it is the asker's."""
    finding = find(router, question)
    assert finding.roles == () and finding.provinces == (province,)
    assert named(ask(router, question)) == covering(province)


@pytest.mark.parametrize(
    "question", ["河南应用技术职业学院考试系统装不上找谁", "考试系统在学校装不上找谁", "我们学院考试系统装不上找谁"]
)
def test_a_role_word_beside_a_schools_name_is_a_role(router: ContactRouter, question: str) -> None:
    """A school's name ends at its 学院 or 学校, and a word around it or after it still asks for its role."""
    assert find(router, question).roles == (TECHNICAL,)


@pytest.mark.parametrize(
    ("message", "people", "also"),
    [
        ("山东的，考务问题找谁，协议又找谁签", {"贾昕旸"}, "陈海燕"),
        ("我们四川的，考试系统出问题找谁，签协议找谁", {"雷鹏"}, "张全伟"),
        ("我们是湖南的学校，技术问题找谁，站点申报找谁", {"李雯"}, "张全伟"),
        ("广东的，考务找谁，业务联系人是谁", {"林贺", "王吉庆"}, "陈海燕"),
        ("云南的，考务找谁，本省的联系人呢", {"宋菊"}, "陈海燕"),
        ("江西的，考务和签协议分别找谁", {"梁眉"}, "陈海燕"),
        ("山东的学校，技术问题和协议分别找谁", {"贾昕旸"}, "张全伟"),
        ("我们在成都，考务问题找谁，申报考点找谁", {"雷鹏"}, "陈海燕"),
    ],
)
def test_a_provincial_matter_after_a_place_given_as_context(
    router: ContactRouter, message: str, people: set, also: str
) -> None:
    """The place said first, a role asked, then what the province's business contact handles (协议, 申报, 本省):
    that province's contact for the last part, the role's contacts for the other."""
    text = routed(router, message)
    assert named(text) - {"黄超"} == people and also in text


@pytest.mark.parametrize("message", ["山东的，考务问题找谁", "我们四川的，考试系统出问题找谁"])
def test_a_role_after_a_place_given_as_context_names_no_province(router: ContactRouter, message: str) -> None:
    """Without a provincial matter, the place stays context: the role's contacts only."""
    assert named(routed(router, message)) <= {"黄超"}


def test_a_provincial_matter_with_no_place_asks_for_it(router: ContactRouter) -> None:
    """「技术问题和协议分别找谁」: the technical contacts, and a request for the province, with nobody guessed."""
    text = ask(router, "技术问题和协议分别找谁")
    assert "张全伟" in text and "省份" in text and named(text) <= {"黄超"}


@pytest.mark.parametrize("message", ["广东找谁，电话多少", "考务问题找谁，电话多少", "四川和重庆分别找谁，电话多少"])
def test_a_follow_up_asking_only_the_number_shares_the_reply(router: ContactRouter, message: str) -> None:
    """「…找谁，电话多少」: the number is in the contact reply; the second clause is not answered again."""
    from bot.understand import clauses

    findings = [f for f in router.find_clauses(clauses(message)) if f.routes]
    assert len(findings) == 2 and findings[0] is findings[1]


@pytest.mark.parametrize("message", ["浙江和福建分别是谁负责，是同一个人吗", "湖南和湖北找谁，是一个人吗"])
def test_whether_they_share_a_contact_asked_in_a_second_clause(router: ContactRouter, message: str) -> None:
    """The provinces in one clause, 「是同一个人吗」 in the next: one reply with the verdict."""
    text = routed(router, message)
    assert "同一位联系人" in text.splitlines()[0] and text.count("考核站点业务联系人") <= 2


@pytest.mark.parametrize("message", ["青海和甘肃是同一个老师吗", "台湾和香港是同一个人负责吗"])
def test_no_verdict_for_a_province_without_a_contact(router: ContactRouter, message: str) -> None:
    """A province the table does not list has no contact to compare: no verdict, the 考务 contacts for it."""
    text = routed(router, message)
    assert "同一位" not in text and "没有列出" in text


def test_a_place_given_as_context_of_a_role_shares_its_reply(router: ContactRouter) -> None:
    """「我们是河北的，准考证打不出来找谁」: the place clause is the role's (one reply), never a FAQ of its own."""
    from bot.understand import clauses

    first, second = router.find_clauses(clauses("我们是河北的，准考证打不出来找谁"))
    assert first is second and second.roles == (EXAM_AFFAIRS,) and not second.provinces


def test_the_parts_are_answered_in_the_order_asked(router: ContactRouter) -> None:
    """「山东的，考务问题找谁，协议又找谁签」: 考务 first, then 山东's contact, as the question asks them."""
    text = routed(router, "山东的，考务问题找谁，协议又找谁签")
    assert text.index("陈海燕") < text.index("贾昕旸")


# ---------------------------------------------------------------- names typed by sound, asked the way a chat asks


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("张孙惠老师是负责哪里的", "张孙慧"),  # 惠 for 慧: hui both
        ("贾昕阳老师手机号多少", "贾昕旸"),  # 阳 for 旸: yang both
        ("找章孙慧", "张孙慧"),  # a three-syllable name may lose its surname's character too
        ("李文老师电话", "李雯"),
        ("贾昕阳", "贾昕旸"),  # the name alone
    ],
)
def test_a_name_typed_by_its_sound_finds_the_person(router: ContactRouter, question: str, person: str) -> None:
    """A contact's name typed with other characters of the same sound (tones aside) is that person's card."""
    finding = find(router, question)
    assert finding.people == (person,) and finding.routes
    text = ask(router, question)
    assert PROVINCIAL[person]["phone"] in text and named(text) == {person}


@pytest.mark.parametrize(
    "question",
    [
        "请陈述理由",  # 陈述 sounds like 陈淑, but it is a word
        "找江老师",  # zhao jiang: a two-character name keeps its surname as typed
        "我们要找江苏的老师",
        "临河的学校找谁",  # lin he: a place, not 林贺
        "考场没水喝去哪找水",
    ],
)
def test_a_sound_alike_that_is_no_name_finds_nobody(router: ContactRouter, question: str) -> None:
    """Words, places and a surname typed otherwise never become a contact: a wrong extra person is the worst reply."""
    assert not find(router, question).people


def test_a_sound_two_people_share_names_neither(tmp_path: Path) -> None:
    """With 张孙慧 and 张荪慧 both in the table, 「张孙惠老师电话」 names nobody; each is still found by name."""
    from dataclasses import replace

    from bot.schema import Person

    knowledge = load(DATA)
    contacts = knowledge.contacts.model_copy(
        update={"technical": [*knowledge.contacts.technical, Person(name="张荪慧", phones=["13900000001"])]}
    )
    twin = ContactRouter(replace(knowledge, contacts=contacts))
    assert not twin.find(normalize("张孙惠老师电话")).people
    assert twin.find(normalize("张荪慧老师电话")).people == ("张荪慧",)
    assert twin.find(normalize("张孙慧老师电话")).people == ("张孙慧",)


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("黄超老师是管啥的", ["西藏", "新疆", "宁夏", "技术"]),
        ("林贺老师是干嘛的", ["广东", "海南"]),
        ("宋菊负责啥", ["贵州", "云南"]),
    ],
)
def test_what_a_person_does_asked_in_chat_words(router: ContactRouter, question: str, expect: list[str]) -> None:
    """啥, 干嘛, 做什么: asked of a person, the card with every role and province."""
    text = ask(router, question)
    assert all(e in text for e in expect)


def test_what_to_do_asked_of_nobody_is_no_contact_question(router: ContactRouter) -> None:
    """「广东考生要做什么」 asks what to do, not whom: no contact reply."""
    assert not find(router, "广东考生要做什么").routes


@pytest.mark.parametrize(("question", "province"), [("江西找水", "江西"), ("广东找睡", "广东"), ("四川问谁呢", "四川")])
def test_who_typed_by_its_sound(router: ContactRouter, question: str, province: str) -> None:
    """找水, 找睡: 谁 typed by its sound (shui) at the end of an ask is still 找谁."""
    assert named(ask(router, question)) == covering(province)


# ---------------------------------------------------------------- one … the other, and a clause that only asks


@pytest.mark.parametrize(
    "message",
    [
        "我们学校两个校区，一个在江苏一个在安徽，分别联系谁？",
        "有两个校区，一个在江苏，另一个在安徽，找谁",
        "有的在江苏有的在安徽，联系谁",
    ],
)
def test_one_place_and_the_other_are_listed_not_compared(router: ContactRouter, message: str) -> None:
    """「一个在江苏一个在安徽」 lists two places: each one's contact, no 「是不是同一位」 verdict, nobody else."""
    text = routed(router, message)
    assert "同一位" not in text and named(text) == covering("江苏") | covering("安徽")


@pytest.mark.parametrize("ask_only", ["分别联系谁", "那找谁呢", "分别是谁"])
def test_a_clause_that_only_asks_shares_the_reply_before(router: ContactRouter, ask_only: str) -> None:
    """「江苏和安徽是同一个人吗，分别联系谁」: the bare ask is the contact reply's (sent once), so no FAQ answer
    (the technical contacts) is added to it."""
    from bot.understand import clauses

    first, second = router.find_clauses(clauses(f"江苏和安徽是同一个人吗，{ask_only}"))
    assert first.routes and second is first


# ---------------------------------------------------------------- places typed by sound, nicknames, 简称 (blind13)

NICKNAMES = json.loads((DATA / "regions.json").read_text(encoding="utf-8"))["nicknames"]


@pytest.mark.parametrize(
    ("question", "province", "said"),
    [
        ("和肥的学校找谁啊，急", "安徽", "合肥属于安徽"),
        ("夏门这边的考点联系人是谁呀", "福建", "厦门属于福建"),
        ("正州的站点对接人是哪个老师", "河南", "郑州属于河南"),
        ("我们蓝州的学校，对接老师是谁", "甘肃", "兰州属于甘肃"),
        ("请问一下哈儿滨的学校找哪个老师", "黑龙江", "哈尔滨属于黑龙江"),
        ("蓝州找谁", "甘肃", "兰州属于甘肃"),
        ("我们在和肥，申报找谁", "安徽", "合肥属于安徽"),
    ],
)
def test_a_place_typed_by_its_sound_where_a_place_stands(
    router: ContactRouter, question: str, province: str, said: str
) -> None:
    """A run that sounds exactly like one place, standing where a place stands, is that place: the reply says
    which place it was read as, and names that province's contacts only."""
    text = routed(router, question)
    assert said in text and named(text) == covering(province)


@pytest.mark.parametrize(
    "question",
    [
        "和肥",  # no word around it says it is a place
        "我们想问和肥的事情",  # nor here
        "报名的学校找谁",  # a word, not a typo
        "我们新的学校找谁",  # which school, not where
        "考点的联系人是谁",
        "Python证的站点协议跟哪位签",  # 的 is the particle before the site word: 证的 is no 承德
    ],
)
def test_a_sound_alike_where_no_place_stands_finds_none(router: ContactRouter, question: str) -> None:
    """Where nothing says a place stands, or the run is a word, nothing is read by sound."""
    assert not named(routed(router, question))


def test_a_place_inside_a_typo_yields_to_the_place_it_sounds_like(router: ContactRouter) -> None:
    """「沙平坝的站点找谁」 is 沙坪坝 (重庆), not the 平坝 (贵州) inside it; 「平坝的站点找谁」 stays 贵州."""
    text = routed(router, "沙平坝的站点找谁")
    assert "沙坪坝属于重庆" in text and named(text) == covering("重庆")
    assert named(routed(router, "平坝的站点找谁")) == covering("贵州")


def test_a_sound_several_provinces_share_is_asked_not_guessed(router: ContactRouter) -> None:
    """「闪西的学校找谁」 sounds like 山西 and 陕西: the reply asks which, and says no one of them is the answer."""
    finding = find(router, "闪西的学校找谁")
    assert not finding.provinces and finding.shared_places and "哪个省" in (router.reply(finding) or "")


@pytest.mark.parametrize("word", sorted(NICKNAMES))
def test_each_city_nickname_names_its_citys_contacts(router: ContactRouter, word: str) -> None:
    """「<nickname>这边的学校找谁」 names the city (羊城（广州）属于广东) and that province's contacts only."""
    nick = NICKNAMES[word]
    text = routed(router, f"{word}这边的学校找谁")
    assert named(text) == covering(nick["province"])
    if nick["city"] != nick["province"]:
        assert f"{word}（{nick['city']}）属于{nick['province']}" in text


@pytest.mark.parametrize("word", sorted(w for w, n in NICKNAMES.items() if n.get("in_context")))
def test_a_nickname_that_is_an_everyday_word_needs_a_place_around_it(router: ContactRouter, word: str) -> None:
    """金陵, 京城 …: alone before 找谁 they name nobody."""
    assert not find(router, f"{word}找谁").provinces


@pytest.mark.parametrize(
    ("question", "provinces"),
    [
        ("黑省的业务联系人是谁哈，群里翻了半天没找着", ["黑龙江"]),
        ("晋陕豫三省的学校各自找哪位", ["山西", "陕西", "河南"]),
    ],
)
def test_province_abbreviations_with_sheng(router: ContactRouter, question: str, provinces: list[str]) -> None:
    """黑省, 晋陕豫三省: each province's contacts, and no 「黑属于黑龙江」."""
    text = routed(router, question)
    assert named(text) == covering(*provinces) and "属于" not in text


@pytest.mark.parametrize(
    ("question", "province"),
    [
        ("您好，重庆电子工程职业学院这边，站点协议要跟谁签呢", "重庆"),
        ("我们在蓉城，考点申报找谁呀", "四川"),
        ("敦煌这边有学校想考，该找啥人呀", "甘肃"),
        ("四川的学校找什么人签协议", "四川"),
    ],
)
def test_a_provincial_matter_asked_in_chat_words(router: ContactRouter, question: str, province: str) -> None:
    """跟谁签, 找啥人 ask for a contact: the place said before (in a school's name, as 蓉城) gets its contact."""
    assert named(routed(router, question)) == covering(province)


@pytest.mark.parametrize("ask_word", ["跟谁签", "和谁联系", "找啥人", "找什么老师"])
def test_chat_words_that_ask_for_a_contact(ask_word: str) -> None:
    """跟谁签, 找啥人: a contact is asked for, in general Chinese."""
    assert _ASKS_CONTACT.search(ask_word) and _ASKS_WHO.search(ask_word)


def test_a_province_and_a_person_in_one_message_are_each_answered(router: ContactRouter) -> None:
    """「我们是福建的，福建找谁？另外侯仕平老师电话多少」: 福建's contact and 侯仕平's number, no 「不是」: 我们是福建的
    says who asks, not whom 福建 belongs to."""
    text = routed(router, "我们是福建的，福建找谁？另外侯仕平老师电话多少")
    assert named(text) == covering("福建") and "18382082006" in text and "不是" not in text


# ---------------------------------------------------------------- blind14: corrections, details, two asks, either/or


@pytest.mark.parametrize(
    ("message", "province"),
    [
        ("山西的联系人…啊不是山西，是陕西，榆林的", "陕西"),  # the denial after the first place, an interjection
        ("四川的联系人呃不是四川，是重庆的", "重庆"),
        ("湖南的联系人，哦不是湖南，应该是湖北", "湖北"),
        ("吉林？不是，我说的是吉安，江西那个", "江西"),  # 不是 alone, in a clause of its own
        ("湖南？不是，我问的是湖北", "湖北"),
        ("广东？不是，广西", "广西"),  # joined without its commas, this would read 「不是广西」
        ("广东？不对，广西", "广西"),
        ("广东找谁？不不不，是广西", "广西"),
        ("吉林不是我说的是吉安", "江西"),  # 不是 before 我说的是, in one clause
        ("黑龙江？呃不是，应该是河南", "河南"),
        ("江苏的，啊不，浙江的，联系人是谁", "浙江"),  # a bare 不
        ("我们是山西的，呃不是，陕西的，找谁", "陕西"),
        ("广东找谁？我说错了，是广西", "广西"),  # the denying clause is the correction's, not context
        ("郑州的学校找谁？不是，我说错了，是福州", "福建"),
        ("苏南的学校找谁？不是，我问的是粤西", "广东"),
        ("内蒙古的联系人是谁…不对不对，是蒙自，云南的", "云南"),
    ],
)
def test_a_correction_after_the_first_place_names_only_the_place_meant(
    router: ContactRouter, message: str, province: str
) -> None:
    """「X…啊不是X，是Y」「X？不是，我说的是Y」: Y's contact alone, once; never the denied place's person."""
    text = routed(router, message)
    assert named(text) == covering(province)
    assert text.count("考核站点业务联系人：") + text.count("考核站点业务联系人（") == 1


@pytest.mark.parametrize("message", ["林贺？不是，我说的是黄超", "找杨德明…啊不对，是宋菊"])
def test_a_corrected_person_is_not_carded(router: ContactRouter, message: str) -> None:
    """「P？不是，我说的是Q」: Q's card, and the person denied is not named."""
    denied, meant = ("林贺", "黄超") if "林贺" in message else ("杨德明", "宋菊")
    text = routed(router, message)
    assert meant in text and denied not in text


@pytest.mark.parametrize(
    "message", ["广东找谁？不是，我想问考试时间", "深圳不是广东的吗，找谁", "江西省的站点找谁呢？是江西不是山西哈"]
)
def test_a_denial_with_no_place_after_it_retracts_nothing(router: ContactRouter, message: str) -> None:
    """A bare 不是 retracts a place only when another place is said after it."""
    province = "江西" if "江西" in message else "广东"
    assert named(routed(router, message)) == covering(province)


@pytest.mark.parametrize("bare", ["不是", "不对", "啊不是", "不不不", "说错了"])
def test_a_clause_that_only_denies(bare: str) -> None:
    """A clause that is only 不是, 不对, 不不不 … retracts what was said before it."""
    assert _DENIAL_CLAUSE.fullmatch(normalize(bare))


@pytest.mark.parametrize(
    "message",
    [
        "雷朋老师负责哪几个省，电话给一下",  # normalisation takes 一下 away: 「电话给」
        "林贺负责哪些省，电话发一下",
        "广东找谁，把电话给一下",
        "四川谁负责，电话说一下",
        "广东找谁，电话也给一下",
        "广东找谁，手机号告诉我一下",
        "雷鹏管哪些省？电话和邮箱都给一下",  # two details, 都
    ],
)
def test_a_number_asked_with_a_verb_shares_the_reply(router: ContactRouter, message: str) -> None:
    """「…，电话给一下」: the number is in the contact reply; the FAQ's technical contacts are not added."""
    from bot.understand import clauses

    findings = [f for f in router.find_clauses(clauses(message)) if f.routes]
    assert len(findings) == 2 and findings[0] is findings[1]


@pytest.mark.parametrize(
    ("message", "place", "person"),
    [
        ("洛阳的站点联系人是谁？另外郁晓东老师管哪几个省", "河南", "郁晓东"),
        ("四川的联系人是谁，另外杨德明老师电话多少", "四川", "杨德明"),
        ("杭州的学校找谁？顺便问下林贺老师负责哪里", "浙江", "林贺"),
    ],
)
def test_a_place_then_a_person_are_two_questions(router: ContactRouter, message: str, place: str, person: str) -> None:
    """Two open asks, one of a place and one of a person: both answered, and no 「不是。」 verdict."""
    text = routed(router, message)
    assert named(text) == covering(place) | {person} and "不是" not in text
    assert "、".join(PROVINCIAL[person]["provinces"]) in text


def test_a_yes_no_split_over_clauses_stays_one_after_an_open_ask(router: ContactRouter) -> None:
    """「洛阳找谁？郁晓东管吗」: the second clause asks yes or no, so the verdict stays."""
    text = routed(router, "洛阳找谁？郁晓东管吗")
    assert text.startswith("不是。") and named(text) == covering("河南")


@pytest.mark.parametrize(
    "question",
    [
        "黄超老师是管技术的还是管省的？",
        "黄超是技术老师还是业务老师",
        "黄超管系统还是管省里",
        "林贺老师负责业务还是负责考务",
        "张晋静老师是考务还是技术",
    ],
)
def test_a_persons_roles_asked_as_either_or(router: ContactRouter, question: str) -> None:
    """「P是管技术的还是管省的」: P's card, with every role and province P has."""
    text = ask(router, question)
    person = next(n for n in EVERYONE if n in normalize(question))
    assert text.startswith(person)
    if person == "黄超":
        assert "技术" in text and all(p in text for p in ("西藏", "新疆", "宁夏"))


def test_a_role_word_in_an_either_or_describes_the_person(router: ContactRouter) -> None:
    """「黄超到底是技术还是省里的联系人」: 黄超's card; 技术 says what he is, so no technical contacts line."""
    finding = find(router, "黄超到底是技术还是省里的联系人")
    assert finding.people == ("黄超",) and not finding.roles


@pytest.mark.parametrize("question", ["黄超老师说先装系统还是先装客户端", "王吉庆老师让我问准考证是打印还是下载"])
def test_an_either_or_about_something_else_is_no_role_question(router: ContactRouter, question: str) -> None:
    """An either/or of two things of one kind, or of no role at all, asks nothing of the person named."""
    assert not find(router, question).asks_contact


@pytest.mark.parametrize(
    ("message", "said"), [("广州？不是，深圳", "深圳属于广东"), ("吉林？不是吉林省，是吉林市", "吉林市属于吉林")]
)
def test_a_correction_within_one_province_is_answered_once(router: ContactRouter, message: str, said: str) -> None:
    """Two places of one province, the first denied: one reply, by the place said last."""
    text = routed(router, message)
    assert text.startswith(said) and text.count("考核站点业务联系人") == 1


def test_a_confirmation_whose_place_is_corrected_asks_of_the_place_meant(router: ContactRouter) -> None:
    """「宁夏找雷鹏对吗？不是，我说的是宁波」: joined, 「对吗」 and 「不是」 must not read as 对不对; the verdict is for
    宁波 (浙江), and 宁夏's contact is not named."""
    text = routed(router, "宁夏找雷鹏对吗？不是，我说的是宁波")
    assert text.startswith("不是。") and named(text) == covering("浙江")


@pytest.mark.parametrize(
    ("message", "province"), [("刚才说错了，应该是河南", "河南"), ("抱歉我说错了，是广西", "广西")]
)
def test_a_clause_that_only_retracts_belongs_to_the_place_after_it(
    router: ContactRouter, message: str, province: str
) -> None:
    """「刚才说错了，应该是河南」 (the wrong place was in an earlier message): the retraction shares 河南's reply, so the
    engine does not take it for a question of another subject."""
    from bot.understand import clauses

    first, second = router.find_clauses(clauses(message))
    assert first is second and first.provinces == (province,)


CORRECTIONS = [
    "{x}的联系人…啊不是{x}，是{y}",
    "{x}？不是，我说的是{y}",
    "{x}？不是，{y}",
    "{x}找谁？不对，{y}",
    "{x}，哦不，{y}的学校",
    "{x}的学校找谁？不是，我问的是{y}",
    "{x}？不是{x}，是{y}",
    "{x}找谁？我说错了，应该是{y}",
    "{x}？呃不是，{y}的，电话多少",
    "是{y}不是{x}",
    "我们不是{x}的，是{y}的",
    "{x}不对，应该是{y}",
]


@pytest.mark.parametrize("template", CORRECTIONS)
def test_no_correction_names_the_denied_places_person(router: ContactRouter, template: str) -> None:
    """For every pair of provinces with different contacts, a correction from X to Y names Y's contacts, only."""
    provinces = sorted({p for r in ROWS for p in r["provinces"]})
    wrong = []
    for x in provinces:
        for y in provinces:
            if x != y and not covering(x) & covering(y):
                question = template.format(x=x, y=y)
                if named(routed(router, question)) != covering(y):
                    wrong.append(question)
    assert not wrong, wrong[:5]


# ---------------------------------------------------------------- blind16: 打错字了 said between spaces, 青海, 不？

MISTAKES = [
    "刚才问的{x} 打错字了 是{y}的 重新问下联系人",
    "刚才问的{x}打错字了是{y}的重新问下联系人",
    "{x} 打错了 {y}的联系人",
    "{x}打错 是{y} 找谁",
    "{x} 写错了 是{y}的 联系人是谁",
    "{x}的联系人 说错 {y}的",
    "{x}的学校 搞错省份了 是{y} 找谁",
    "{x}找谁 不好意思输错了 是{y}",
]


@pytest.mark.parametrize("template", MISTAKES)
def test_a_mistake_said_without_punctuation_names_only_the_place_meant(router: ContactRouter, template: str) -> None:
    """「刚才问的湖南 打错字了 是河南的 重新问下联系人」: 打错/写错/说错/搞错, with or without 字 and 了, spaces or
    nothing between, correct X to Y for every pair of provinces; X's person is never named."""
    provinces = sorted({p for r in ROWS for p in r["provinces"]})
    wrong = []
    for x in provinces:
        for y in provinces:
            if x != y and not covering(x) & covering(y):
                question = template.format(x=x, y=y)
                if named(routed(router, question)) != covering(y):
                    wrong.append(question)
    assert not wrong, wrong[:5]


@pytest.mark.parametrize(
    ("question", "province"), [("我没说错，是湖南，联系人是谁", "湖南"), ("湖南没打错，湖南的联系人", "湖南")]
)
def test_not_having_got_it_wrong_is_no_correction(router: ContactRouter, question: str, province: str) -> None:
    """「我没说错，是湖南」 insists on 湖南: 没/不 before 说错 denies nothing."""
    assert named(routed(router, question)) == covering(province)


OUR_CONTACT = [
    "{x}的，{p}是我们的联系人不？",
    "{x}的学校，{p}是我们的联系人没？",
    "我们是{x}的，{p}老师是我们这边的对接人不",
    "{x}，联系人是{p}不",
    "我们{x}的 {p}是我们的负责人吗",
]


@pytest.mark.parametrize("template", OUR_CONTACT)
def test_a_person_asked_as_our_contact_is_confirmed_or_denied(router: ContactRouter, template: str) -> None:
    """「宜昌的，张孙慧是我们的联系人不？」: yes or no first, then the province's own contacts; the person guessed
    wrong is never carded (their number is not in the reply). Over every province and every provincial contact."""
    from bot.understand import clauses

    wrong = []
    for x in sorted({p for r in ROWS for p in r["provinces"]}):
        for p, row in PROVINCIAL.items():
            question = template.format(x=x, p=p)
            findings = [f for f in router.find_clauses(clauses(question)) if f.routes]
            text = routed(router, question)
            mine = p in covering(x)  # a person may have several rows (林贺: 广东, 海南)
            verdict = "是的。" if mine else "不是。"
            if (
                not text.startswith(verdict)
                or named(text) != covering(x)
                or (not mine and row["phone"] in text)
                or len(set(map(id, findings))) != 1  # one reply: no clause is left for the FAQ to read again
            ):
                wrong.append((question, text))
    assert not wrong, wrong[:3]


@pytest.mark.parametrize(
    ("clause", "yes_no"),
    [("张孙慧是我们的联系人不", True), ("报了没", True), ("还没", False), ("都不", False), ("装不上", False)],
)
def test_a_final_bu_or_mei_asks_yes_or_no(clause: str, yes_no: bool) -> None:
    """The colloquial final 不 / 没 makes a yes/no question; 还没 and 都不 are answers, not questions."""
    assert bool(_YES_NO.search(clause)) is yes_no


UNLISTED = sorted(set(REGIONS["provinces"]) - {p for r in ROWS for p in r["provinces"]})
TECHNICAL_NAMES = {p["name"] for p in CONTACTS["technical"]}


def no_provincial_contact(text: str) -> bool:
    """No business contact is carded (黄超 may stand in the technical line, never with a province)."""
    return "负责" not in text and not named(text) - TECHNICAL_NAMES


UNLISTED_ASKS = [
    ("{x}一所高职，表里没看到{x}，我们的考务和技术分别找谁？", "技术"),
    ("我们是{x}的，考务和技术找谁", "技术"),
    ("{x}的考务找谁", ""),
    ("{x}的学校 考务和技术联系人", "技术"),
    ("{x}的学校，考试系统装不上找谁", "技术"),
    ("{x}找谁", ""),
]


@pytest.mark.parametrize("province", UNLISTED)
@pytest.mark.parametrize(("template", "technical"), UNLISTED_ASKS)
def test_a_province_without_a_contact_is_said_to_have_none_wherever_it_stands(
    router: ContactRouter, province: str, template: str, technical: str
) -> None:
    """「西宁一所高职，表里没看到青海，我们的考务和技术分别找谁？」: a province the table lists nobody for, named as
    context or asked, is said plainly to have no business contact, then the 考务 (and 技术) contacts, each once;
    no provincial contact is named."""
    text = routed(router, template.format(x=province))
    assert f"没有列出{province}" in text and no_provincial_contact(text)
    assert text.count("陈海燕") == 1 and text.count("张晋静") == 1
    assert ("张全伟" in text) is bool(technical)


@pytest.mark.parametrize(
    ("question", "city"),
    [
        ("西宁一所高职，考务和技术分别找谁", "西宁"),
        ("格尔木的学校，考务找谁", "格尔木"),
        ("海东的考点，考试系统装不上找谁", "海东"),
    ],
)
def test_a_city_of_a_province_without_a_contact_says_where_it_is(
    router: ContactRouter, question: str, city: str
) -> None:
    """A 青海 city given as context says 「西宁属于青海」 and that 青海 has no business contact listed."""
    text = routed(router, question)
    assert f"{city}属于青海" in text and "没有列出青海" in text and no_provincial_contact(text)


def test_a_listed_province_as_context_of_a_role_adds_nothing(router: ContactRouter) -> None:
    """「我们是四川的，考务和技术找谁」: 四川 has its contact, and a role was asked: the reply is the roles alone."""
    text = routed(router, "我们是四川的，考务和技术找谁")
    assert "张全伟" in text and "陈海燕" in text and no_provincial_contact(text) and "没有列出" not in text


def test_a_province_without_a_contact_said_by_one_reply_is_not_said_again(router: ContactRouter) -> None:
    """「我们是青海的，广东找谁」: 青海 is said to have no contact once, then 广东's contacts."""
    text = routed(router, "我们是青海的，广东找谁")
    assert text.count("没有列出青海") == 1 and named(text) == covering("广东")


# ---------------------------------------------------------------- a school named after a district (blind17)

DISTRICT_IN_CONTEXT = {d["short_in_context"]: d["province"] for d in REGIONS["districts"] if d.get("short_in_context")}


@pytest.mark.parametrize(("form", "province"), sorted(DISTRICT_IN_CONTEXT.items()))
def test_an_everyday_district_name_is_the_place_before_a_school(
    router: ContactRouter, form: str, province: str
) -> None:
    """「顺德的学校找谁」「武昌职业学院的，找哪位老师」: a district whose short name is also an everyday word is that
    district before a school word or as the start of a school's name, and nothing alone (「顺德找谁」) unless its
    ending says it is a place (黄州)."""
    for question in (f"{form}的学校找谁", f"{form}职业技术学院的，请问我们找哪位老师"):
        text = routed(router, question)
        # (a school on the ministry's list is placed by the list: 「顺德职业技术学院在广东」)
        said = (f"{form}属于{province}", f"{form}职业技术学院在{province}")
        assert any(s in text for s in said) and named(text) == covering(province), question
    if not form.endswith(("市", "州")):  # 沙市, 黄州 say they are places by their ending
        assert not find(router, f"{form}找谁").provinces


@pytest.mark.parametrize(
    ("question", "province"),
    [
        ("杨凌职业技术学院的，请问我们这边联系人是谁", "陕西"),
        ("我们是杨凌的学校，找谁", "陕西"),
        ("顺德职业技术学院的，请问我们找哪位老师", "广东"),
        ("我们是天门职业技术学院，联系人是哪位", "湖北"),
        ("黄州的考点对接人是谁", "湖北"),
    ],
)
def test_a_school_named_after_its_district_names_the_province(router: ContactRouter, question: str, province: str):
    """A school named after its district or zone (杨凌 is 咸阳's 杨陵区, 顺德 is 佛山's) gets that province alone."""
    assert named(routed(router, question)) == covering(province)


@pytest.mark.parametrize("question", ["新建的学校找谁", "资源的学校找谁", "南部的学校找谁", "江南学院找谁"])
def test_an_everyday_word_before_a_school_is_no_district(router: ContactRouter, question: str) -> None:
    """新建 (a 南昌 district) and 资源, 南部, 江南 are words first: before a school they name no province."""
    assert not find(router, question).provinces


@pytest.mark.parametrize(
    ("question", "provinces"),
    [
        ("云贵两省是同一个老师吗", ("云南", "贵州")),
        ("闽浙两省是不是同一个联系人", ("福建", "浙江")),
        ("湘鄂两省是一个老师管吗", ("湖南", "湖北")),
        ("川黔两个省是同一位老师吗", ("四川", "贵州")),
    ],
)
def test_how_many_provinces_were_named_asks_nothing_else(router: ContactRouter, question: str, provinces: tuple):
    """「云贵两省是同一个老师吗」: 两省 counts the provinces the region word named; the reply says whether they share
    a contact and names exactly theirs."""
    text = routed(router, question)
    same = len({n for p in provinces for n in covering(p)}) == 1
    verdict = "是同一位联系人" if same else "不是同一位联系人"
    assert verdict in text and named(text) == set().union(*map(covering, provinces))


# ---------------------------------------------------------------- a retraction after a pause (blind17)


@pytest.mark.parametrize(
    ("question", "meant", "denied"),
    [
        ("我们是宁夏…啊不，宁波的学校，找谁", "浙江", "宁夏"),
        ("我们是宁夏...啊不，宁波的学校，找谁", "浙江", "宁夏"),
        ("我们是宁夏…啊不宁波的学校找谁", "浙江", "宁夏"),
        ("我们是宁夏 哦不 宁波的学校找谁", "浙江", "宁夏"),
        ("我们是江苏的…哦不，浙江的，联系人", "浙江", "江苏"),
        ("江西不不，是山西，找谁", "山西", "江西"),
        ("我们是宁夏…不对，宁波的学校，找谁", "浙江", "宁夏"),
        ("刚才说错了 我们不是广西的 是广东的", "广东", "广西"),
        ("刚才说错了 我们是广东的", "广东", None),
        ("不好意思打错了 咱们是河南的", "河南", None),
    ],
)
def test_a_retraction_after_a_pause_names_only_the_place_meant(
    router: ContactRouter, question: str, meant: str, denied: str | None
) -> None:
    """「宁夏…啊不，宁波」: 啊不 / 哦不 / 不不 after an ellipsis take back the place before; 宁夏's 黄超 is never named."""
    text = routed(router, question)
    assert named(text) == covering(meant), text
    if denied:
        assert not covering(denied) - covering(meant) & named(text)


@pytest.mark.parametrize("question", ["广东的…啊不知道找谁", "广东哦不知道找谁"])
def test_bu_zhidao_after_a_place_is_no_retraction(router: ContactRouter, question: str) -> None:
    """「…啊不知道找谁」 does not know whom to call: the place stays."""
    assert named(routed(router, question)) == covering("广东")


# ---------------------------------------------------------------- a place compared with (blind17)


@pytest.mark.parametrize(
    ("question", "asked", "person"),
    [
        ("重庆跟四川一样找雷鹏是吗", "重庆", "雷鹏"),
        ("重庆是不是跟四川一样找雷鹏", "重庆", "雷鹏"),
        ("湖南和湖北一样也归梁眉管吗", "湖南", "梁眉"),
        ("贵州和云南一样也归宋菊吗", "贵州", "宋菊"),
        ("山西跟四川一样找雷鹏吗", "山西", "雷鹏"),
        ("海南同广东一样找王吉庆对吧", "海南", "王吉庆"),
    ],
)
def test_a_place_compared_with_is_not_asked_about(router: ContactRouter, question: str, asked: str, person: str):
    """「重庆跟四川一样找雷鹏是吗」: yes or no for 重庆 first, then 重庆's contacts; 四川 is only the comparison, so a
    person guessed wrong is never carded with their number."""
    text = routed(router, question)
    mine = person in covering(asked)
    assert text.startswith("是的。" if mine else "不是。"), text
    assert named(text) == covering(asked)
    if not mine:
        assert PROVINCIAL[person]["phone"] not in text


@pytest.mark.parametrize(
    ("question", "asked", "person"),
    [
        ("西北民族大学归陕西杨老师管吗", "甘肃", "杨德明"),
        ("兰州的学校找陕西杨老师对吗", "甘肃", "杨德明"),
        ("西北民族大学是陕西那边的杨德明负责吗", "甘肃", "杨德明"),
        ("西安的学校找陕西杨老师对吗", "陕西", "杨德明"),
        ("海口的学校是不是找广东的林贺", "海南", "林贺"),
    ],
)
def test_a_place_said_of_a_person_is_not_asked_about(router: ContactRouter, question: str, asked: str, person: str):
    """「西北民族大学归陕西杨老师管吗」: 陕西 says which 杨老师 is meant; the place asked about is the school's (甘肃).
    A person guessed wrong is never carded, nor is the place they were named by."""
    text = routed(router, question)
    mine = person in covering(asked)
    assert text.startswith("是的。" if mine else "不是。"), text
    assert named(text) == covering(asked), text


@pytest.mark.parametrize(
    ("question", "lead", "asked"),
    [
        ("西北民族大学归陕西的联系人管吧", "不是", "甘肃"),
        ("昆山的学校找上海的老师对吗", "是的", "江苏"),
        ("三亚学院是找广东那边的老师吗", "是的", "海南"),
    ],
)
def test_a_places_people_claimed_for_another_place_are_judged(router: ContactRouter, question, lead, asked):
    """「西北民族大学归陕西的联系人管吧」: the people of a place (陕西的联系人) claimed as whom another place (the
    school's 甘肃) goes to: yes when that place's contacts are among them, else no; only the place asked about is
    carded (昆山's 江苏 was refused outright before)."""
    text = routed(router, question)
    assert text.startswith(lead) and named(text) == covering(asked), text


# ---------------------------------------------------------------- a place as context, then a person's coverage (blind17)


@pytest.mark.parametrize(
    ("question", "province", "person"),
    [
        ("我们是福建的，顺便问下蓝海鹏管哪几个省", "福建", "蓝海鹏"),
        ("我们是福建的，另外蓝海鹏管哪几个省", "福建", "蓝海鹏"),
        ("我们是山东的，顺带问一下郁晓东负责哪些省份", "山东", "郁晓东"),
        ("我们学校在湖南，顺便问问黄超老师是管哪里的", "湖南", "黄超"),
        ("我们是广东的，林贺老师负责哪几个省", "广东", "林贺"),
    ],
)
def test_a_place_as_context_then_a_persons_coverage_answers_both(
    router: ContactRouter, question: str, province: str, person: str
) -> None:
    """「我们是福建的，顺便问下蓝海鹏管哪几个省」: an open question about a person is no yes/no about the place said as
    context; the reply never starts with 不是 and gives the person's provinces."""
    text = routed(router, question)
    assert not text.startswith(("不是", "是的")), text
    assert person in text and all(
        p in text for p in {p for r in ROWS if r["name"] == person for p in r["provinces"]}
    ), text
    assert named(text) <= covering(province) | {person}


# ---------------------------------------------------------------- "who is in charge of us" (blind18)


@pytest.mark.parametrize(
    "ask",
    ["我们归哪个老师管", "归谁管", "由哪位老师负责", "哪个老师管我们", "谁来管我们", "我们归哪位", "哪一位老师对接"],
)
def test_who_is_in_charge_of_us_asks_for_a_person(ask: str) -> None:
    """「归哪个老师管」「由哪位老师负责」: who is in charge, with or without 谁 (老师 after 哪位 is gone after
    normalisation; after 哪个 it is kept, the person asked for)."""
    assert _ASKS_CONTACT.search(normalize(ask)) and _ASKS_WHO.search(normalize(ask))


@pytest.mark.parametrize("text", ["宿州归哪个省", "哪个管理平台", "归哪个部门", "哪个管用", "考场由谁来安排"])
def test_which_province_or_which_system_asks_for_no_person(text: str) -> None:
    """「宿州归哪个省」 asks where a place belongs, 「哪个管理平台」 about a system, 「考场由谁来安排」 whose duty a task
    is: no person is asked for."""
    assert not _ASKS_CONTACT.search(normalize(text))


@pytest.mark.parametrize(
    ("question", "province"),
    [
        ("宿州职业技术学院，我们归哪个老师管", "安徽"),
        ("苏州职业技术学院，我们归哪个老师管", "江苏"),  # 苏州 and 宿州 sound alike: each is its own city
        ("滁州职业技术学院的，我们由哪位老师负责", "安徽"),
        ("泉州职业技术大学，谁管我们", "福建"),
        ("我们是柳州职业技术学院，归谁管", "广西"),
        ("宿州的学校归哪个老师管", "安徽"),
        ("宿州学院这边归哪位老师管", "安徽"),
    ],
)
def test_who_is_in_charge_of_a_school_named_after_its_city(router: ContactRouter, question: str, province: str):
    """A 'who is in charge of us' ask with a school named after its city: that province's contact, nobody else's."""
    text = routed(router, question)
    assert named(text) == covering(province), text


def test_whose_duty_a_task_is_stays_a_duty_question(router: ContactRouter) -> None:
    """「考试环境部署归哪个老师管」 asks whose duty the task is (the site's own 技术负责人, a FAQ), like 「…归谁管」."""
    assert find(router, "考试环境部署归哪个老师管").roles == find(router, "考试环境部署归谁管").roles == ()


def test_a_role_in_charge_is_that_roles_contacts(router: ContactRouter) -> None:
    """「宿州的，考务归哪个老师管」: the 考务 contacts; 宿州 is where the asker is."""
    text = routed(router, "宿州的，考务归哪个老师管")
    assert "陈海燕" in text and not named(text)


# ---------------------------------------------------------------- a state-level new area (blind18)

NEW_AREAS = yaml.safe_load((DATA / "new_areas.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("area", "province"), sorted(NEW_AREAS.items()))
def test_a_new_area_names_its_province(router: ContactRouter, area: str, province: str) -> None:
    """「两江新区那边的学校找哪个老师」: a 国家级新区 is no division, but names the province it lies in."""
    for question in (f"{area}那边的学校找哪个老师", f"我们在{area}，联系人是谁"):
        text = routed(router, question)
        assert named(text) == covering(province), question


@pytest.mark.parametrize(
    ("question", "province"),
    [("雄安的学校找谁", "河北"), ("我们在贵安", "贵州"), ("天府的学校找谁", "四川"), ("赣江这边的考点找谁", "江西")],
)
def test_a_new_areas_short_name(router: ContactRouter, question: str, province: str) -> None:
    """雄安, 贵安 alone; 天府, 赣江 (a word, a river) only before a school or site word; the reply says which area."""
    text = routed(router, question)
    assert named(text) == covering(province) and "新区）属于" in text, text


@pytest.mark.parametrize(
    ("question", "provinces"), [("江北的学校找谁", ("浙江", "重庆")), ("滨海的学校找谁", ("天津", "江苏"))]
)
def test_a_new_areas_short_name_that_other_places_bear_is_asked_about(router: ContactRouter, question, provinces):
    """江北 (重庆's and 宁波's 江北区) and 滨海 (江苏's 滨海县) stay what they were: asked about, never 南京's or
    天津's new area guessed."""
    finding = find(router, question)
    assert not finding.provinces and set(finding.shared_places[0][1]) == set(provinces)


@pytest.mark.parametrize("question", ["天府之国找谁", "湘江找谁", "西海岸找谁"])
def test_a_new_areas_short_name_that_is_a_word_is_no_place_alone(router: ContactRouter, question: str) -> None:
    """天府, 湘江, 西海岸 are words (a river, "west coast") first: alone they name no province."""
    assert not find(router, question).provinces


# ---------------------------------------------------------------- our province's person among several asks (blind18)


@pytest.mark.parametrize(
    ("message", "province", "roles"),
    [
        ("老师好，湖南的，想问下考务找谁、技术找谁，还有省里对接人", "湖南", ("陈海燕", "张全伟")),
        ("湖南的，考务找谁，还有我们省的负责人", "湖南", ("陈海燕",)),
        ("我们是广西的学校，技术找谁，本省对接人", "广西", ("张全伟",)),
        ("甘肃的，考务和技术分别找谁，省里的对接老师", "甘肃", ("陈海燕", "张全伟")),
        ("山东这边，考务问题找谁，咱们省的联系人", "山东", ("陈海燕",)),
    ],
)
def test_a_place_as_context_then_several_asks_one_for_our_provinces_person(
    router: ContactRouter, message: str, province: str, roles: tuple
) -> None:
    """A place stated once as context, then several asks of which one asks for "our province's" person named by what
    they are (省里对接人, 我们省的负责人, with no 谁): each role's contacts, and that province's contact."""
    text = routed(router, message)
    assert named(text) - {"黄超"} == covering(province) - {"黄超"} and all(r in text for r in roles), text


def test_our_provinces_person_with_no_place_asks_for_it(router: ContactRouter) -> None:
    """「考务找谁，还有省里对接人」: no province was said, so none is guessed."""
    assert named(routed(router, "考务找谁，还有省里对接人")) == set()


# ---------------------------------------------------------------- a correction said with an apology (blind19)


@pytest.mark.parametrize(
    ("message", "meant", "denied"),
    [
        ("湖南的联系人……不好意思，是湖北，我们在武汉", "湖北", "湖南"),
        ("湖南的联系人，抱歉，是湖北", "湖北", "湖南"),
        ("湖南找谁 对不起 是湖北", "湖北", "湖南"),
        ("广东的联系人 sorry 是广西", "广西", "广东"),
        ("湖南的联系人…不好意思，我们是湖北的", "湖北", "湖南"),
        ("江苏的联系人…抱歉是浙江", "浙江", "江苏"),
        ("湖南的联系人……打错了，是湖北", "湖北", "湖南"),
    ],
)
def test_a_correction_said_with_an_apology_replaces_the_place_before(
    router: ContactRouter, message: str, meant: str, denied: str
) -> None:
    """「X…不好意思，是Y」: an apology followed by 是 takes back the place said before it, like 说错了; X's person is
    never named."""
    text = routed(router, message)
    assert named(text) == covering(meant), text
    assert not (covering(denied) - covering(meant)) & named(text)


@pytest.mark.parametrize(
    ("message", "province"),
    [
        ("不好意思，是这样的，湖南的联系人是谁", "湖南"),
        ("不好意思，湖南的联系人是谁", "湖南"),
        ("湖南的联系人是谁？不好意思，是不是李雯", "湖南"),
        ("湖南的联系人…不好意思，还有湖北", "湖南"),
    ],
)
def test_an_apology_that_corrects_nothing_keeps_the_place(router: ContactRouter, message: str, province: str) -> None:
    """An apology that opens a question (「不好意思，是这样的」「…是不是」) or adds one retracts nothing."""
    assert covering(province) <= named(routed(router, message))


# ---------------------------------------------------------------- 「X…不是，Y」: a correction after a pause (blind19)


@pytest.mark.parametrize(
    ("message", "meant", "denied"),
    [
        ("请问广西…不是，广东的联系人", "广东", "广西"),
        ("广西…不对，广东找谁", "广东", "广西"),
        ("广西……不是的，广东", "广东", "广西"),
        ("我们是湖南...不是，湖北的学校，找谁", "湖北", "湖南"),
    ],
)
def test_bu_shi_after_an_ellipsis_ending_a_clause_is_a_correction(
    router: ContactRouter, message: str, meant: str, denied: str
) -> None:
    """「X…不是，Y的联系人」: the 不是 after a pause and before the comma takes X back; it does not deny Y (joined, the
    clauses read 「X不是Y的联系人」)."""
    text = routed(router, message)
    assert named(text) == covering(meant), text
    assert not (covering(denied) - covering(meant)) & named(text)


@pytest.mark.parametrize("message", ["广东的…不是很清楚找谁", "是广东的不是，找谁"])
def test_bu_shi_with_no_pause_or_not_ending_the_clause_retracts_nothing(router: ContactRouter, message: str) -> None:
    assert covering("广东") <= named(routed(router, message))


# ---------------------------------------------------------------- a place related to the place asked, with 也 (blind19)


@pytest.mark.parametrize(
    ("question", "asked", "person"),
    [
        ("广西挨着广东，应该也是林贺老师吧", "广西", "林贺"),
        ("广西靠近广东，也找林贺吗", "广西", "林贺"),
        ("广西旁边就是广东，应该也归林贺管吧", "广西", "林贺"),
        ("广西靠近广东，林贺也负责吧", "广西", "林贺"),
        ("海南挨着广东，也是林贺吧", "海南", "林贺"),
        ("甘肃离四川不远，也找雷鹏吗", "甘肃", "雷鹏"),
    ],
)
def test_a_place_related_to_the_place_asked_is_the_reference(
    router: ContactRouter, question: str, asked: str, person: str
) -> None:
    """「X挨着Y，应该也是P吧」: the 也 says P is known for Y; only X is asked. Yes or no for X, then X's contacts, and
    nobody of Y's; a person guessed wrong is not carded with their number."""
    text = ask(router, question)
    mine = person in covering(asked)
    assert text.startswith("是的。" if mine else "不是。"), text
    assert named(text) == covering(asked), text
    if not mine:
        assert PROVINCIAL[person]["phone"] not in text


@pytest.mark.parametrize("question", ["广西和广东也是林贺吗", "广西、广东都是林贺吗"])
def test_places_joined_are_both_asked(router: ContactRouter, question: str) -> None:
    """「X和Y也是P吗」: both places are asked, and both get their contacts."""
    assert named(ask(router, question)) == covering("广西", "广东")


# ---------------------------------------------------------------- a partly wrong confirmation says plainly which part (blind19)


@pytest.mark.parametrize(
    ("question", "verdict", "people"),
    [
        ("安徽和江苏都是丁熙丽负责，没错吧", "不是，丁熙丽不负责安徽。", {"项露琪", "丁熙丽"}),
        ("江苏和浙江是不是都归丁熙丽管", "不是，丁熙丽不负责浙江。", {"丁熙丽", "赵江"}),
        ("陕西是杨德明和雷鹏负责吗", "不是，雷鹏不负责陕西。", {"杨德明", "雷鹏"}),  # 雷鹏 without his phone
        ("四川和重庆是雷鹏和杨德明负责吗", "是的。", {"雷鹏", "杨德明"}),
        ("江苏和上海都是丁熙丽负责吧", "是的。", {"丁熙丽"}),
    ],
)
def test_a_partly_wrong_confirmation_says_no_and_which_part(
    router: ContactRouter, question: str, verdict: str, people: set
) -> None:
    """「安徽和江苏都是丁熙丽负责，没错吧」: 「不全是」 read as hedging; a plain 不是 names the place that is not the
    person's, then each place's contacts by person. Several people are read together."""
    text = routed(router, question) or ask(router, question)
    assert text.startswith(verdict) and named(text) == people, text
    assert "不全是" not in text
    carded = {n for n in people if PROVINCIAL[n]["phone"] in text}
    assert carded == covering(*(p for p in ("安徽", "江苏", "浙江", "上海", "陕西", "四川", "重庆") if p in question))


# ---------------------------------------------------------------- 「除了X还有谁」: the others of X's group (blind19)


@pytest.mark.parametrize(
    ("question", "expect", "absent"),
    [
        ("考务老师除了陈海燕还有谁", ["张晋静 18583932660", "除了陈海燕"], ["15196102513"]),
        ("陈海燕之外的考务老师是谁", ["张晋静 18583932660"], ["15196102513"]),
        ("除了陈海燕，还有哪位考务老师", ["张晋静 18583932660"], ["15196102513"]),
        ("考务那边除了陈海燕，还有谁", ["张晋静 18583932660"], ["15196102513"]),
        ("技术除了黄超还有哪位", ["张全伟 15921571656", "侯仕平 18382082006"], ["15928431762"]),
        ("广东除了林贺还有谁", ["王吉庆 17780592401"], ["18620586370"]),
        # when there are no others, the one there is is whom to call: carded
        ("广西除了陈淑还有别的老师吗", ["只有陈淑一位", "17780496349"], ["18620586370"]),
    ],
)
def test_the_others_of_a_persons_group(router: ContactRouter, question: str, expect: list, absent: list) -> None:
    """「除了X还有谁」「X之外」: the others of the group asked (考务, 技术, a province), or of X's own group; X is named
    as set aside, without their number, and nobody outside the group is."""
    text = routed(router, question)
    assert all(e in text for e in expect) and not any(a in text for a in absent), text


def test_the_others_of_a_person_with_no_group_named_are_their_own_groups(router: ContactRouter) -> None:
    """「除了林贺还有谁」: 林贺 covers 广东 and 海南; 广东's other contact, and 海南 has only him."""
    text = routed(router, "除了林贺还有谁")
    assert "王吉庆 17780592401" in text and "海南的考核站点业务联系人只有林贺一位" in text
    assert named(text) == {"林贺", "王吉庆"} and "18620586370" not in text


# ---------------------------------------------------------------- a university not named after its place (blind19)


@pytest.mark.parametrize("question", ["西南某某学院这边也有学生报考，我们对接哪位老师", "三峡某某学院的考点找谁"])
def test_a_university_not_named_after_its_place_is_asked_about_never_guessed(
    router: ContactRouter, question: str
) -> None:
    """A school not on the ministry's list (regions.json's schools) whose name holds no place of one province: the
    bot asks for the province and names no provincial contact (三峡 is a region, not a city; 西南 a region word)."""
    text = routed(router, question)
    assert "哪个省" in text and not named(text), text


@pytest.mark.parametrize(
    ("question", "province"),
    [("西南交通大学这边也有学生报考，我们对接哪位老师", "四川"), ("三峡大学的考点找谁", "湖北")],
)
def test_a_listed_university_not_named_after_its_place_is_placed(router: ContactRouter, question: str, province: str):
    text = routed(router, question)
    assert named(text) == covering(province), text


def test_a_word_for_the_other_side_is_no_other_body(answerer) -> None:
    """「对方联系人」: 对方 refers to the other side of the dealing (ours, to a school), as a pronoun does; it is not
    another body whose contact is asked."""
    text = answerer.answer("重庆城市管理职业学院准备签站点协议了，对方联系人是？").text
    assert named(text) == covering("重庆"), text


@pytest.mark.parametrize(
    "question",
    [
        "考务负责人的电话那些，最迟几号交？",
        "考务负责人的电话，几号前要报",
        # (a deadline said of them in any word for it: 截止, 到期, 期限)
        "考务负责人联系方式是不是明天就到期了？",
        "考务负责人联系方式的填报期限是哪天",
    ],
)
def test_contacts_named_and_then_sent_are_the_sites_own(answerer, question: str) -> None:
    """A clause that names contacts without asking, then a clause that sends them: the site's own contacts are
    filed (by 11月30日), and no contact of ours is given."""
    text = answerer.answer(question).text
    assert "11月30日" in text and "陈海燕" not in text, text


@pytest.mark.parametrize(
    ("question", "provinces"),
    [
        ("川渝两地的业务联系人各是谁？", ("四川", "重庆")),
        ("四川重庆两地的联系人是谁", ("四川", "重庆")),
        ("江浙两省找谁", ("江苏", "浙江")),
    ],
)
def test_a_count_of_the_places_named_is_no_other_body(answerer, question: str, provinces: tuple[str, ...]) -> None:
    """「两地的联系人」: 两地 counts the places named before it; it was read as another body owning the contact, and the
    question was turned away."""
    text = answerer.answer(question).text
    assert named(text) == set().union(*(covering(p) for p in provinces)), text


@pytest.mark.parametrize("question", ["安徽职业技术学院 站点协议要跟哪个老师签", "安徽的站点协议找哪位老师签"])
def test_which_teacher_asks_who(answerer, question: str) -> None:
    """哪个老师 asks for a person: its 老师 is no vocative to strip (the question lost its ask and got the how-to)."""
    text = answerer.answer(question).text
    assert named(text) == covering("安徽"), text


@pytest.mark.parametrize(
    ("question", "province"),
    [
        ("东北大学秦皇岛分校的老师问对接人是谁", "河北"),
        ("山东大学威海校区找谁", "山东"),
        ("北京理工大学珠海学院找谁", "广东"),
        ("哈尔滨工业大学（威海）的站点业务找谁", "山东"),  # a city in brackets after the name: the campus
    ],
)
def test_a_campus_named_by_its_own_place_is_in_that_place(router: ContactRouter, question: str, province: str) -> None:
    """A campus named after its school's name by its own place is there: 东北大学秦皇岛分校 added 辽宁's contact beside
    河北's (a wrong extra person)."""
    text = routed(router, question)
    assert named(text) == covering(province), text


def test_a_claimed_address_is_judged_even_where_a_place_is_named(router: ContactRouter) -> None:
    """「广西陈淑老师的邮箱是chenshu@…吧」: the notice prints chenxu@; 广西 and 陈淑 agree, the address does not."""
    text = ask(router, "广西陈淑老师的邮箱是chenshu@zhonghui.vip吧")
    assert text.startswith("不是") and "chenxu@zhonghui.vip" in text, text
    assert ask(router, "广西陈淑老师的邮箱是chenxu@zhonghui.vip吧").startswith("是的")


def test_a_shared_surname_is_narrowed_by_the_group_another_clause_names(router: ContactRouter) -> None:
    """「考务方面的事找谁？陈老师和张老师的电话都发一下」: the 考务 group's 陈 and 张, not every 陈 and 张."""
    findings = router.find_clauses([normalize("考务方面的事找谁"), normalize("陈老师和张老师的电话都发一下")])
    assert {p for f in findings for p in f.people} == {"陈海燕", "张晋静"}, findings


@pytest.mark.parametrize(
    "clauses",
    [
        ["电子科技大学中山学院的", "咱们是找四川的老师还是广东的"],
        ["北京理工大学珠海学院想做站点", "应该找北京的老师还是广东的"],
        ["西北民族大学想申报", "西北这块是哪位老师对接"],
    ],
)
def test_an_either_or_of_places_is_settled_by_where_the_asker_is(router: ContactRouter, clauses: list[str]) -> None:
    """The school said first is in the place that answers (广东; 西北民族大学 is in 甘肃, and 西北这块 is its part of the
    region): the other places' contacts, and the region's unlisted 青海, would be wrong extra replies."""
    findings = router.find_clauses([normalize(c) for c in clauses])
    provinces = {p for f in findings if f.routes for p in f.provinces}
    assert len(provinces) == 1 and not any(f.unlisted for f in findings), findings


@pytest.mark.parametrize(
    ("clauses", "lead"),
    [
        (["王吉庆对接的是哪个省的学校", "海南的学校也归他管吗"], "不是"),
        (["林贺负责哪些省", "海南也是她管吗"], "是的"),
    ],
)
def test_he_or_she_is_the_person_named_in_the_clause_before(router: ContactRouter, clauses: list[str], lead: str) -> None:
    """A yes/no about 他 / 她 and a place is judged for the one person named before: 海南 is 林贺's alone."""
    findings = router.find_clauses([normalize(c) for c in clauses])
    assert findings[1].confirmation and (router.reply(findings[1]) or "").startswith(lead), findings


@pytest.mark.parametrize("question", ["我们湖州职业技术学院站点申报的表还没发邮箱", "材料交邮件就行吗"])
def test_the_mailbox_something_is_sent_to_asks_for_no_contact(router: ContactRouter, question: str) -> None:
    """发邮箱 / 交邮件 say where a thing goes, not whose mailbox is wanted: the school there is who asks."""
    assert not find(router, question).asks_contact


@pytest.mark.parametrize(
    ("clauses", "lead"),
    [
        (["海南的学校申报找谁", "是不是跟广东一样也是两个人"], "不是，海南只有 1 位业务联系人。"),
        (["广东是不是两个联系人"], "是的，广东有 2 位业务联系人。"),
    ],
)
def test_a_count_of_people_claimed_for_a_place_is_confirmed_or_denied(
    router: ContactRouter, clauses: list[str], lead: str
) -> None:
    """「是不是…也是两个人」 is answered yes or no on the count, for the place asked (广东 is only compared with)."""
    findings = router.find_clauses([normalize(c) for c in clauses])
    replies = [router.reply(f) or "" for f in findings if f.routes]
    assert replies and replies[0].startswith(lead), replies


@pytest.mark.parametrize(
    ("question", "province"),
    [
        ("河南工业职业技术学院在南阳，站点业务咨询谁", "河南"),
        ("我们是贵州的，签协议的事请教哪位", "贵州"),
        ("山西这边站点的问题反映给谁", "山西"),
    ],
)
def test_whom_to_turn_to_is_asked_with_any_verb_of_reaching(router: ContactRouter, question: str, province: str) -> None:
    """找谁, 咨询谁, 请教哪位, 反映给谁: a verb of reaching or asking someone, then who, asks for a contact."""
    f = router.find(question)
    assert f.asks_contact and f.provinces == (province,), f


@pytest.mark.parametrize("question", ["考务负责人的联系方式我们忘报了", "技术负责人电话漏交了", "联系方式忘记报了"])
def test_a_form_the_site_forgot_to_send_asks_for_no_contact(router: ContactRouter, question: str) -> None:
    """忘报了, 漏交: forgetting is not yet having done it (没报): the site's own filing, not whom to call."""
    assert not router.find(question).asks_contact


@pytest.mark.parametrize(
    "question", ["四川美术学院签考点协议，按四川找雷鹏对吧？", "四川美术学院签协议找四川的雷鹏吗", "我们是四川美术学院的，按四川算找谁"]
)
def test_a_province_read_off_a_schools_name_is_no_place_asked(router: ContactRouter, question: str) -> None:
    """四川美术学院 is in 重庆: 四川 said again is the member's reading of the name, claimed for the school — never
    四川's 雷鹏 carded beside, or instead of, 重庆's 杨德明."""
    reply = routed(router, question)
    assert "杨德明" in reply and "15397640352" not in reply and not reply.startswith("是"), reply


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("贾昕旸老师手机17305315568对不？打过去是空号", "不是"),
        ("贾昕旸老师手机17305315567对不", "是的"),
    ],
)
def test_a_number_claimed_with_a_final_bu_is_judged(router: ContactRouter, question: str, verdict: str) -> None:
    """The colloquial final 不 asks yes or no of a number claimed for a person, as 对吗 does."""
    text = routed(router, question)
    assert text.startswith(verdict), text
    assert "17305315567" in text and named(text) == {"贾昕旸"}, text


def test_where_a_site_sends_its_own_contact_is_filing_not_a_contact_question(router: ContactRouter) -> None:
    """「技术负责人手机号往哪报」 asks where to send the site's own number (往哪, as 在哪), not for a contact."""
    assert not find(router, "技术负责人手机号往哪报").routes
    assert not find(router, "技术那边负责人的手机号往哪报").routes


@pytest.mark.parametrize("question", ["西北五省的学校分别找哪几位老师呀", "陕西找哪几位老师", "陕西的学校找哪几个老师"])
def test_which_several_people_asks_for_contacts(router: ContactRouter, question: str) -> None:
    """哪几位 / 哪几个(老师) ask who, as 哪位 does (「西北五省…找哪几位老师」 was refused)."""
    finding = find(router, question)
    assert finding.routes and finding.asks_contact
    assert "杨德明" in (router.reply(finding) or "")


@pytest.mark.parametrize(
    ("question", "person"),
    [("广东王吉庆老师的邮箱多少哈，要发点材料过去", "王吉庆"), ("四川雷鹏老师的电话", "雷鹏"), ("广东的王吉庆老师电话多少", "王吉庆")],
)
def test_a_place_said_of_the_person_asked_cards_only_that_person(router: ContactRouter, question: str, person) -> None:
    """「广东王吉庆老师的邮箱」: 广东 says which 王老师; carding 广东 too named 林贺, a wrong extra person."""
    text = routed(router, question)
    assert named(text) == {person}, text


def test_who_else_beside_a_person_still_cards_the_place(router: ContactRouter) -> None:
    """「广东除了王吉庆还有谁」 and a yes/no of the place keep the place's card."""
    assert "林贺" in routed(router, "广东除了王吉庆还有谁")
    assert routed(router, "广东王吉庆老师是负责广东吗").startswith("是的")


def test_an_address_known_only_by_its_mailbox_is_not_confirmed(router: ContactRouter) -> None:
    """「jiaxinyang@zhonghui.com对吧」: the mailbox is 贾昕旸's, the domain is not: 不是, and the address as printed."""
    text = routed(router, "贾昕旸老师的邮箱是jiaxinyang@zhonghui.com对吧")
    assert text.startswith("不是") and "jiaxinyang@zhonghui.vip" in text, text
    assert routed(router, "贾昕旸老师的邮箱是jiaxinyang@zhonghui.vip对吧").startswith("是的")


def test_a_number_said_for_a_person_that_is_not_theirs_is_said_to_be_wrong(router: ContactRouter) -> None:
    """「张孙慧老师电话15966325036咋一直打不通」: no yes/no asked, yet the number is not hers: say so, then hers."""
    text = routed(router, "张孙慧老师电话15966325036咋一直打不通")
    # (one digit off hers: said as hers mistyped)
    assert "张孙慧的号码应为 15966325037，不是15966325036（有误" in text, text
    far = routed(router, "张孙慧老师电话13800000000咋一直打不通")
    assert "张孙慧的号码不是13800000000" in far and "15966325037" in far, far


def test_the_person_asked_for_is_the_one_of_their_role_to_call(router: ContactRouter) -> None:
    """「考试系统装不上，找侯仕平老师，他电话多少」: the problem names the technical role, but the member asks for one
    of its people by name: that person's card, not every technical contact (an extra person is the worst error).
    Who else is asked (「…，技术问题还能找谁」) still lists them."""
    one = routed(router, "考试系统装不上，找侯仕平老师，他电话多少")
    assert "侯仕平" in one and "张全伟" not in one and "黄超" not in one, one
    others = routed(router, "侯仕平老师电话多少，技术问题还能找谁")
    assert "张全伟" in others, others


@pytest.mark.parametrize("who", ["东三省那位老师", "东三省那边的老师", "辽宁那位老师"])
def test_a_regions_person_claimed_for_a_school_placed_elsewhere_is_judged(router: ContactRouter, who: str) -> None:
    """「我们是东北大学秦皇岛分校的，对接人是不是东三省那位老师」: the school is in 河北; the region's person (那位, 那边的)
    is the member's claim, judged no, and only 河北's contact is carded."""
    text = routed(router, f"我们是东北大学秦皇岛分校的，对接人是不是{who}")
    assert text.startswith("不是") and named(text) == covering("河北"), text


@pytest.mark.parametrize(
    ("q", "province", "person"),
    [
        ("各位好，华北水利水电大学这边想做考核站点，归京津冀那块的老师对接不", "河南", "张孙慧"),
        ("西交利物浦大学也想参加Python考核，是归陕西那边的老师管吗", "江苏", "丁熙丽"),
    ],
)
def test_another_places_people_claimed_for_a_school_are_denied(answerer, q: str, province: str, person: str) -> None:
    """那块 / 那片 say a place's people as 那边 does, and 老师 after 的 is the person spoken of (not the vocative):
    the claim is denied and only the school's own contact is carded."""
    text = answerer.answer(q).text
    assert text.startswith("不是。") and person in text, text
    others = {"蓝海鹏", "杨德明", "雷鹏", "黄超"}
    assert not any(o in text for o in others), text


def test_abbreviations_said_on_after_a_region_word_are_provinces(answerer) -> None:
    """「陕甘宁新青」: 新青 there is 新疆 and 青海 (not listed), not 伊春's 新青区 (黑龙江's 郁晓东 would be a wrong person)."""
    text = answerer.answer("西北那几个省分别找谁？陕甘宁新青").text
    assert "郁晓东" not in text and "黄超" in text and "青海" in text, text
    assert "郁晓东" in answerer.answer("新青区的学校找谁").text


@pytest.mark.parametrize("q", ["我们监考的王老师家里娃没人看，能带来吗", "我们机房的李老师说考试机要重装"])
def test_a_colleague_said_with_what_they_do_on_our_side_is_no_contact(answerer, q: str) -> None:
    """「我们监考的王老师」: the asker's own invigilator, not 王吉庆; 「我们对接的王老师」「我们广东的王老师」 still are."""
    assert "王吉庆" not in answerer.answer(q).text and "林贺" not in answerer.answer(q).text
    assert "王吉庆" in answerer.answer("我们对接的王老师电话多少").text
    assert "王吉庆" in answerer.answer("我们广东的王老师电话多少").text


# ---------------------------------------------------------------- classes found on blind71 (session 38)


def test_a_place_the_one_asked_is_near_is_no_place_asked(router: ContactRouter) -> None:
    """「九江挨着湖北安徽」: the provinces 九江 is near are the member's reason; only 江西's contact is asked."""
    text = routed(router, "九江职业技术学院的，九江挨着湖北安徽，咱到底归哪位老师管？")
    assert named(text) == {"梁眉"} and "项露琪" not in text, text
    both = routed(router, "湖北挨着湖南，两个省分别找谁")  # (each place's asked: both stand)
    assert named(both) == {"梁眉", "李雯"}, both


def test_one_person_for_all_asked_in_other_words(router: ContactRouter) -> None:
    text = routed(router, "两湖的学校是不是一个老师全包了啊？")
    assert "湖南、湖北不是同一位联系人。" in text and named(text) == {"李雯", "梁眉"}, text


def test_a_place_said_with_also_after_its_region_does_not_narrow_it(router: ContactRouter) -> None:
    """「两广…？广西那边也归他吧」: 广西 is asked besides 广东, not instead of the region."""
    text = routed(router, "两广的站点是不是都找林贺老师？广西那边也归他吧")
    assert text.startswith("不是") and named(text) == {"林贺", "王吉庆", "陈淑"}, text


def test_the_place_an_unlisted_one_is_counted_as_is_the_members_model(router: ContactRouter) -> None:
    """「香港能不能算广东找林贺老师」: 香港 is judged; 广东's people are no answer for it."""
    text = routed(router, "香港能不能算广东找林贺老师")
    assert text.startswith("不是") and "香港" in text and "林贺" not in text and "王吉庆" not in text, text



def test_a_desk_phone_asked_of_a_person_with_none_is_said_absent(router: ContactRouter) -> None:
    text = routed(router, "张晋静老师的座机号多少？我这只存了她手机哈")
    assert text.startswith("通知里没有列出张晋静的座机") and "18583932660" in text and not named(text), text
    assert not routed(router, "陈海燕老师的座机多少").startswith("通知里没有")  # (hers is listed)


def test_a_pronoun_asked_of_stands_for_the_person_named_before(router: ContactRouter) -> None:
    """「…，考试系统调试的问题也能找他」: 他 is 黄超; his card gives every role, the technical one too."""
    text = routed(router, "黄超老师不是管新疆那块的吗，考试系统调试的问题也能找他？")
    assert "考试系统技术工作联系人" in text and named(text) == {"黄超"}, text


@pytest.mark.parametrize(
    "message",
    [
        "澳门有所大学想合作，表里没看到澳门，能不能挂在广东找王吉庆老师？",
        "香港的学院可不可以归到广东找林贺老师",
    ],
)
def test_where_the_member_would_file_an_unlisted_place_is_their_model(router: ContactRouter, message: str) -> None:
    """A place after a whether-modal and a verb of placing (挂在, 归到, 算) is where the member would file the place
    asked: never confirmed, and its people never carded."""
    text = routed(router, message)
    assert text.startswith("不是") and "没有列出" in text and not named(text) - {"陈海燕", "张晋静"}, text


def test_a_persons_duty_over_a_place_is_no_filing(router: ContactRouter) -> None:
    text = routed(router, "我们江西九江的，另外梁眉老师是不是也管湖北")
    assert "是的" in text and named(text) == {"梁眉"}, text


@pytest.mark.parametrize(
    ("message", "role"),
    [("侯仕平老师是管四川站点业务的吧？", "侯仕平是考试系统技术工作联系人"), ("陈海燕负责广东站点吗", "陈海燕是考务工作联系人")],
)
def test_a_staff_member_claimed_for_a_place_is_told_for_what_they_are(router: ContactRouter, message: str, role: str) -> None:
    text = routed(router, message)
    assert text.startswith("不是，" + role), text


# ------------------------------------------------------------ session 40 (blind75, blind77)


@pytest.mark.parametrize(
    ("message", "right", "wrong"),
    [
        # 像 says likeness by itself: 武汉 is what 汉中 is likened to, 湖北 said of 梁眉 only says which 梁眉
        ("汉中职业技术学院的老师问，汉中听着像武汉那边的，是不是找湖北的梁眉老师？", "杨德明", "梁眉"),
        # a verb of duty before the place said of a person (管西藏的黄超) is the person's description
        ("格尔木有所职校想申报，那边离西藏近，能不能找管西藏的黄超老师？", "陈海燕", "黄超"),
    ],
)
def test_a_place_said_of_the_person_claimed_is_not_the_place_asked(
    router: ContactRouter, message: str, right: str, wrong: str
) -> None:
    text = routed(router, message)
    assert text.startswith("不是") and right in text and wrong not in named(text), text


def test_all_of_them_gathers_the_places_the_clauses_before_named(router: ContactRouter) -> None:
    """「…是不是都归山西的雷鹏老师」: 都 claims 晋江's school (福建) too."""
    text = routed(router, "晋中有一所、晋江有一所，名字都带个晋，是不是都归山西的雷鹏老师？")
    assert text.startswith("不是") and "赵江" in text, text


def test_each_city_of_a_pair_is_said_beside_its_person(router: ContactRouter) -> None:
    text = routed(router, "泰州和台州各有一所职院要对接，俩地名一个音，分别找哪位？")
    assert re.search(r"丁熙丽（江苏：泰州）", text) and re.search(r"赵江（浙江：台州）", text), text


def test_calling_a_person_for_a_matter_of_another_group_is_judged_on_the_group(router: ContactRouter) -> None:
    """「打雷鹏老师电话」 is a call to a person (打 before the name); the matter (报错) is the technical group's."""
    text = routed(router, "考试系统调试一直报错，我们是四川的，直接打雷鹏老师电话行吧？")
    assert text.startswith("不是") and "张全伟" in text and "雷鹏" not in named(text), text


def test_the_clause_that_asks_is_the_reply_for_a_place_said_twice(router: ContactRouter) -> None:
    text = routed(router, "新疆农业职业技术学院的，新疆这块是哪位老师对接？邮箱也发我一下")
    assert "黄超" in text and "huangchao@" in text, text


def test_going_to_a_person_claimed_is_that_claim_judged_once(router: ContactRouter) -> None:
    text = routed(router, "无锡有所学校要签站点协议，我记得张全伟老师负责江苏，直接联系他行不？")
    assert text.startswith("不是") and "15921571656" not in text and "丁熙丽" in text, text


def test_which_of_a_persons_roles_is_their_card(router: ContactRouter) -> None:
    text = routed(router, "黄超老师到底是管考试系统技术的，还是管西藏新疆宁夏站点业务的？电话多少")
    assert not text.startswith("是的") and "考试系统技术工作联系人" in text and text.count("15928431762") == 1, text


@pytest.mark.parametrize(
    ("message", "places"),
    [
        # a count of people to go to, with what kind of people said between (两个不同的老师), asked of the places the
        # clause before named: answered for all of them, one person
        ("东三省加上内蒙古包头那边都有学校，是不是得找两个不同的老师？", ("黑龙江", "吉林", "辽宁", "内蒙古")),
        ("京津冀都有学校，是不是得分别找三位对接的老师", ("北京", "天津", "河北")),
    ],
)
def test_a_count_of_people_claimed_after_the_places_is_judged_on_all_of_them(
    router: ContactRouter, message: str, places: tuple[str, ...]
) -> None:
    text = routed(router, message)
    assert text.startswith("不是") and "同一位" in text and all(p in text for p in places), text
    assert named(text) == covering(*places), text


def test_a_city_pointed_at_is_no_region_pointed_at(router: ContactRouter) -> None:
    """「…内蒙古包头那边」 points at 包头, not at the region named before it (东三省 is still asked)."""
    text = routed(router, "东三省加上内蒙古包头那边都有学校，分别找谁")
    assert named(text) == covering("黑龙江", "内蒙古") and "黑龙江" in text, text


def test_a_school_placed_then_a_person_claimed_for_that_place_is_one_yes_no(router: ContactRouter) -> None:
    """「三亚学院在海南，海南是不是也能找王吉庆老师」: the placing is the claim's ground; one verdict, the person's."""
    text = routed(router, "三亚学院在海南，海南是不是也能找王吉庆老师？")
    assert text.startswith("不是") and "是的" not in text and named(text) == {"林贺"}, text


def test_an_either_or_of_places_sharing_their_person_says_so(router: ContactRouter) -> None:
    """「…其实在天津，那该找河北的老师还是天津的老师」: either is right, one person; said so, not settled to one."""
    text = routed(router, "河北工业大学其实在天津，那该找河北的老师还是天津的老师？")
    assert "同一位" in text and "河北" in text and "天津" in text and named(text) == {"蓝海鹏"}, text
    settled = routed(router, "电子科技大学中山学院的，咱们是找四川的老师还是广东的")
    assert named(settled) == covering("广东") and "同一位" not in settled, settled


@pytest.mark.parametrize(
    "message",
    ["云浮那边的技工学校来问，云浮应该是云南的，找宋菊老师吧", "湛江应该是广西的吧，找陈淑老师对吗"],
)
def test_a_place_the_asker_says_should_be_elsewhere_is_a_claim_judged(router: ContactRouter, message: str) -> None:
    """「云浮应该是云南的」: 应该是 right after a place is what the asker takes it to be (no self-correction, as in
    「广东的，哦应该是广西」): judged, and the person the wrong province would give is no yes."""
    text = routed(router, message)
    assert text.startswith("不是") and named(text) == covering("广东"), text


def test_should_be_after_a_pause_still_corrects_the_place_before(router: ContactRouter) -> None:
    text = routed(router, "广东的联系人，哦应该是广西，找谁")
    assert named(text) == covering("广西"), text


@pytest.mark.parametrize(
    "message",
    ["机房考试系统装完一直连不上服务器，找广东的林贺老师能解决不？", "考试系统老报错，找四川的雷鹏老师处理行吧"],
)
def test_a_person_claimed_for_another_clauses_system_trouble_is_judged_on_the_group(
    router: ContactRouter, message: str
) -> None:
    """The trouble in one clause, the person (placed: 广东的林贺) claimed in the next: one claim, the technical group's;
    no provincial contact is carded."""
    text = routed(router, message)
    assert text.startswith("不是") and "张全伟" in text and named(text) <= {"黄超"}, text  # (黄超: technical too)


def test_a_person_said_to_do_a_provinces_matter_for_the_asker_is_a_claim(router: ContactRouter) -> None:
    """「侯仕平老师也能帮咱四川的站点把协议签了吧」: 能帮 after a name is what they are claimed to do."""
    text = routed(router, "侯仕平老师也能帮咱四川的站点把协议签了吧？")
    assert text.startswith("不是") and named(text) == covering("四川"), text


@pytest.mark.parametrize(
    "message",
    ["京津冀三地我们各有一个点，是仨老师分别管吧？", "京津冀是三个老师分别管吧", "北京天津河北是俩老师分别管吧"],
)
def test_a_count_of_people_each_doing_the_duty_is_a_count_claimed(router: ContactRouter, message: str) -> None:
    """仨/俩 are counts of people; N个老师分别管 claims how many people the places have."""
    text = routed(router, message)
    assert text.startswith("不是") and "同一位" in text and named(text) == {"蓝海鹏"}, text


def test_a_count_claimed_for_a_school_and_the_province_likened_cards_only_the_schools(router: ContactRouter) -> None:
    """「琼台师范学院在海口，广东海南两位老师是不是都得联系一遍」: the school is 海南's, whose one person is the answer;
    广东, said in the asker's count, is not carded (王吉庆 would be a wrong extra person)."""
    text = routed(router, "琼台师范学院在海口，广东海南两位老师是不是都得联系一遍")
    assert text.startswith("不是") and named(text) == {"林贺"}, text


def test_a_province_likened_to_a_place_the_table_does_not_list_is_not_carded(router: ContactRouter) -> None:
    """「香港跟广东一起报吗？找谁」: 广东 is the asker's model for 香港, which the table does not list; 广东's people
    are no answer for 香港 (a wrong extra person)."""
    text = routed(router, "香港一所大学的合作项目也想考这个证，香港跟广东一起报吗？找谁")
    assert "香港" in text and not named(text), text


@pytest.mark.parametrize(
    ("message", "province"),
    [
        ("九江学院要报站点，是对接华中的张孙慧老师吗", "江西"),
        ("我们在遵义，是负责西南的宋菊老师吧", "贵州"),
    ],
)
def test_a_person_described_by_the_region_they_handle_is_a_claim(router: ContactRouter, message: str, province: str) -> None:
    """「是对接东北的郁晓东老师吗」: a relative clause of duty before the name (对接/负责 + a region + 的) says which
    person is meant; the yes/no is judged on the asker's place, and only its people are carded."""
    text = routed(router, message)
    assert named(text) == covering(province), text


@pytest.mark.parametrize(
    ("message", "person"),
    [("通知上那个028开头的座机是谁的", "陈海燕"), ("尾号6370是哪位老师", "林贺"), ("后四位2175的号码是谁的", "宋菊")],
)
def test_part_of_a_number_names_the_one_number_it_is_part_of(router: ContactRouter, message: str, person: str) -> None:
    """028开头, 尾号6370, 后四位2175: part of a number said as its start or end finds the one number of ours it is part
    of, and its owner."""
    text = routed(router, message)
    assert text.startswith(next(p for p in router.directory.card(person).phones)) or person in text.split("\n")[0], text


def test_part_of_a_number_several_numbers_share_names_no_one(router: ContactRouter) -> None:
    """「153开头的是谁」: several of our numbers start so; none is named (a wrong person would be worse than none)."""
    assert not named(routed(router, "153开头的是谁")), routed(router, "153开头的是谁")


@pytest.mark.parametrize("message", ["两广的学校是不是一个老师统一管", "广东广西是不是一个老师统一管"])
def test_whether_one_person_uniformly_handles_places_is_the_same_person_question(
    router: ContactRouter, message: str
) -> None:
    """统一 (uniformly) between the count and the verb still asks whether the places share one person."""
    text = routed(router, message)
    assert "同一位" in text, text


@pytest.mark.parametrize(
    "message", ["沧州和常州归不归同一个老师管？", "沧州职业技术学院跟常州技师学院都来问，这俩城市归不归同一个老师管？", "沧州和常州由不由一个老师管"]
)
def test_whether_places_share_a_person_asked_a_not_a_is_the_same_person_question(router: ContactRouter, message: str) -> None:
    """归不归, 由不由: the verb asked A-not-A (like 是不是), and 这俩城市 naming the places just said, still ask whether
    one person serves both (it was turned away)."""
    text = routed(router, message)
    assert "不是同一位" in text and named(text) == {"蓝海鹏", "丁熙丽"}, text


# ---------------------------------------------------------------- classes found on session 44's blind84


def test_two_schools_said_together_are_both_asked_not_one_the_others_model(router: ContactRouter) -> None:
    """「宁夏大学和南宁职业技术学院一起找我…是一个人不」: a school is one a member speaks for, never a model nor a place
    another is said to be in: both are asked, and one person for both is denied."""
    text = routed(router, "宁夏大学和南宁职业技术学院一起找我，俩地名都带个宁，对接老师是一个人不？")
    assert text.startswith("不是") and named(text) == {"黄超", "陈淑"}, text


@pytest.mark.parametrize(
    ("message", "people"),
    [("川渝两地的学校想组团申报，是不是一个老师就能全管了？", {"雷鹏", "杨德明"}), ("江门、荆门各有所学校来问，是一拨老师对接吗", {"林贺", "王吉庆", "梁眉"})],
)
def test_one_person_or_one_group_claimed_for_several_places_is_judged(router: ContactRouter, message: str, people: set) -> None:
    """A count of one (一个老师就能全管, 一拨老师对接) claimed for several places, the duty after its adverbs, is judged."""
    text = routed(router, message)
    assert text.startswith("不是") and named(text) == people, text


@pytest.mark.parametrize(
    "message",
    ["芜湖职业技术学院要签协议，芜湖带个湖字，那是找湖南的还是湖北的老师？", "我们是安徽的学校，找湖南的还是湖北的老师"],
)
def test_an_either_or_of_places_neither_the_askers_is_denied_and_not_carded(router: ContactRouter, message: str) -> None:
    """找A的还是B的老师 asks whose people to go to; when the asker's place is neither, neither's people are carded."""
    text = routed(router, message)
    assert text.startswith("都不是") and named(text) == {"项露琪"}, text


@pytest.mark.parametrize(
    "message", ["香港一所大学的持续教育学院也想考这个证，香港算广东片区吧，直接找林贺老师行不", "澳门的学校找林贺老师对吗"]
)
def test_a_place_the_table_lists_no_one_for_is_asked_never_a_model(router: ContactRouter, message: str) -> None:
    """香港, 澳门 (no one listed) said to belong to 广东, or beside 林贺: 广东's people are not carded for them."""
    text = routed(router, message)
    assert text.startswith("不是") and not named(text), text


@pytest.mark.parametrize("message", ["侯仕平老师是不是也分片管站点", "侯仕平是不是管业务的", "张晋静是不是管考务的"])
def test_what_a_person_of_ours_handles_asked_yes_or_no_is_answered(router: ContactRouter, message: str) -> None:
    """A person of ours named in a yes/no about what they handle is a contact question (it was refused)."""
    name = message[:3]
    assert name in routed(router, message)


# ---------------------------------------------------------------- classes found on session 45's blind86


def test_a_region_given_as_a_reason_is_not_carded_beside_the_schools_place(router: ContactRouter) -> None:
    """「重庆电子工程职业学院问对接人，川渝不分家，找雷鹏老师也一样吧」: the school is in 重庆; 川渝 is the member's reason,
    said before the claim, so 四川's person is judged, never carded (an extra person is the worst error)."""
    text = routed(router, "重庆电子工程职业学院问对接人，川渝不分家，找雷鹏老师也一样吧？")
    assert text.startswith("不是") and named(text) == {"杨德明"}, text


@pytest.mark.parametrize(
    ("message", "lead"),
    [("东三省加内蒙古都有合作校，是不是得分开找好几个老师？", "不是"), ("广东是不是得找好几个老师", "是的")],
)
def test_several_people_claimed_is_judged_as_more_than_one(router: ContactRouter, message: str, lead: str) -> None:
    """好几个 (several) claimed: more than one holds; 东三省 and 内蒙古 have one person."""
    assert routed(router, message).startswith(lead), routed(router, message)


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("金华职业技术学院的，周末同学们对着手机镜头卖货", False),
        ("广东的学校，电话会议几点开", False),
        ("林贺的邮箱地址多少", True),
        ("我要林贺手机号", True),
        ("林贺电话多少", True),
    ],
)
def test_a_way_to_reach_someone_inside_another_things_name_asks_no_contact(message: str, asks: bool) -> None:
    """Read on jieba's words, not substrings: 手机 before 镜头, 电话 in 电话会议 name other things; 手机号 and 邮箱地址 are
    still the ways to reach someone."""
    from bot.routing import _asks_contact

    assert _asks_contact(normalize(message)) is asks


@pytest.mark.parametrize(
    ("message", "lead"),
    [("黄超老师是搞考试系统的吗", "是的"), ("张晋静老师是做技术的吗", "不是"), ("张晋静老师是做考务的吧", "是的")],
)
def test_a_role_claimed_with_any_verb_of_duty_is_judged(router: ContactRouter, message: str, lead: str) -> None:
    """搞 and 做 say what a person does as 管 and 负责 do: the role claimed is judged, yes or no."""
    assert routed(router, message).startswith(lead), routed(router, message)


@pytest.mark.parametrize(
    ("message", "lead", "people"),
    [
        ("广州的学校是不是找广东的老师", "是的", {"林贺", "王吉庆"}),
        ("广州的学校是不是找广东那两位老师", "是的", {"林贺", "王吉庆"}),
        ("成都的学校是找广东的老师吗", "不是", {"雷鹏"}),
        ("澳门的学校对接人是不是广东那两位？", "不是", set()),
        ("海南的学校，是不是广东那两位老师都能对接？", "不是", {"林贺"}),
        ("湛江的学校，是不是广西那位老师都能对接？", "不是", {"林贺", "王吉庆"}),
    ],
)
def test_a_provinces_people_claimed_for_a_place_are_judged(router: ContactRouter, message: str, lead: str, people) -> None:
    """A province's people claimed as whom a place goes to (找广东的老师, 广东那两位: pointed at and counted) are judged,
    the same province too: yes for 广州; no for 成都 (四川's person) and for 澳门, whom the table lists no one for."""
    text = routed(router, message)
    assert text.startswith(lead) and named(text) == people, text


@pytest.mark.parametrize(
    ("message", "people"),
    [
        ("泰州职业技术学院想报，泰州跟浙江那个台州是一个地方吧？归赵江老师？", {"丁熙丽"}),
        ("柳州的学校，柳州跟四川那个泸州是一个地儿吧？找雷鹏老师？", {"陈淑"}),
    ],
)
def test_a_place_likened_to_the_one_asked_with_its_province_first_is_claimed(router: ContactRouter, message: str, people) -> None:
    """「泰州跟浙江那个台州是一个地方吧」: 浙江那个台州 (the province says which) is the member's confusion, judged and not
    carded; the person claimed for it is a wrong extra person. The place asked about is the school's."""
    text = routed(router, message)
    assert text.startswith("不是") and named(text) == people, text



@pytest.mark.parametrize(
    ("message", "lead", "people"),
    [
        ("南京信息职业技术学院在南京，听说江苏浙江是一个老师管，是赵江老师吗？", "不是", {"丁熙丽"}),
        ("湖南工业职业技术学院在株洲，湖南挨着湖北，是梁眉老师对接吧？", "不是", {"李雯"}),
        ("江苏农林职业技术学院在句容，听说江苏上海一个老师管，是丁熙丽老师吗？", "是的", {"丁熙丽"}),
    ],
)
def test_a_person_claimed_in_a_clause_that_opens_with_shi_is_judged_for_the_places_before(
    router: ContactRouter, message: str, lead: str, people
) -> None:
    """「…，是X老师吗」: a clause that opens with 是, its subject left out, claims the person for the places the clause
    before named; the school placed before is the asker's reason, not a claim of its own to say 是的 to, and only
    its province is carded (the person wrongly claimed is no extra card)."""
    text = routed(router, message)
    carded = {name for name in PROVINCIAL if PROVINCIAL[name]["phone"] in text}
    assert text.startswith(lead) and carded == people, text


@pytest.mark.parametrize(
    ("message", "people"),
    [("浙江是不是就赵江老师一个人负责？", {"赵江"}), ("广东那边是不是就王吉庆一位老师管", {"林贺", "王吉庆"})],
)
def test_one_person_claimed_for_a_place_is_judged_as_all_it_has(router: ContactRouter, message: str, people) -> None:
    """「就X一个人」 claims the person is all the place has: 是的 for 浙江 (赵江 alone), 不是 for 广东 (林贺 too)."""
    text = routed(router, message)
    lead = "是的" if len(people) == 1 else "不是，广东还有林贺"
    assert text.startswith(lead) and named(text) == people, text


@pytest.mark.parametrize(
    ("message", "people"),
    [
        ("泰州和台州各有一所高职要申报，俩地名念着差不多，是一个省的吗？分别联系谁", {"丁熙丽", "赵江"}),
        ("福州和抚州各有一所学校想报站点，听着一样，是同一个省吗？分别找哪位", {"赵江", "梁眉"}),
    ],
)
def test_places_that_each_have_a_school_are_each_carded(answerer, message: str, people) -> None:
    """「A和B各有一所…」 is no respective question to split into a clause a place (one clause too many for a
    message's clauses, and the first place was lost): the two places are read together, each carded."""
    from datetime import datetime

    text = answerer.answer(message, now=datetime(2021, 11, 13, 10, 20)).text
    assert named(text) == people, text


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("吉林那边对接的郁晓东老师，手机18654936008，我没记错吧？", "是的"),
        ("浙江的赵江老师，手机15267035903，我应该没抄错吧", "不是"),
    ],
)
def test_a_clause_that_says_the_asker_got_nothing_wrong_confirms_the_number_before(
    router: ContactRouter, message: str, lead: str
) -> None:
    """「我没抄错吧」「没记错吧」 ask whether the number the clause before gave is right, as 这个号没错吧 does: one yes/no
    (a digit off is corrected, never confirmed)."""
    assert routed(router, message).startswith(lead), routed(router, message)


# ---------------------------------------------------------------- classes found on session 50's blind96
@pytest.mark.parametrize(
    ("message", "lead", "absent"),
    [
        ("江西的学校，挨着湖南，是李雯老师吗", "不是", "15386416485"),
        ("香港有所院校想合作办考点，挨着深圳，是不是也找广东的林贺老师？", "不是。通知的联系人表里没有列出香港", "林贺"),
    ],
)
def test_a_clause_opening_with_nearness_names_a_reference_not_the_place_asked(
    router: ContactRouter, message: str, lead: str, absent: str
) -> None:
    """「…，挨着湖南，…」: the place a clause of nearness names is what the school's place is near, the member's reason:
    never carded as asked, nor its person confirmed (香港 has nobody in the table)."""
    text = routed(router, message)
    assert text.startswith(lead) and absent not in text, text


def test_whether_an_address_stated_in_a_clause_of_its_own_lacks_a_letter_is_judged(answerer) -> None:
    """「我这儿存的yuxiaodon@zhonghui.vip，少没少字母」: the address one letter short is what is asked about (a character
    too few asked), corrected — never left out beside the person's card as if it were right."""
    from datetime import datetime

    text = answerer.answer(
        "吉林那边郁晓东老师的邮箱，我这儿存的yuxiaodon@zhonghui.vip，少没少字母？", now=datetime(2021, 11, 8, 9, 15)
    ).text
    assert "应为 yuxiaodong@zhonghui.vip" in text and "有误" in text, text


def test_a_province_line_says_what_else_its_person_is(router: ContactRouter) -> None:
    """黄超 is 新疆's business contact and a technical contact too: his line says both, so 「这位老师还兼管考试系统技术」
    is answered by the card itself."""
    text = routed(router, "石河子大学在新疆，想申报站点该联系谁？听说这位老师还兼管考试系统技术")
    assert "黄超" in text and "也是考试系统技术工作联系人" in text, text
    assert "也是" not in routed(router, "四川找谁"), routed(router, "四川找谁")


def test_a_person_asked_through_a_pronoun_for_a_place_said_as_context_is_judged_on_that_place(answerer) -> None:
    """「张全伟老师是管哪块的？我们是江苏的学校，站点申报能找他吗」: 他 is 张全伟, asked for 江苏's matter: 不是, what he is,
    and 江苏's own contact — not his card and number beside it."""
    from datetime import datetime

    text = answerer.answer("张全伟老师是管哪块的？我们是江苏的学校，站点申报能找他吗", now=datetime(2021, 11, 13, 10, 20)).text
    assert text.startswith("不是，张全伟是考试系统技术工作联系人") and "丁熙丽" in text and "15921571656" not in text, text


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("重庆电子工程职业学院要联系杨德明老师，电话13551324833没错吧？打了两次没人接", "不是。杨德明的号码应为 13551324832，不是13551324833（有误"),
        ("上海这边找丁熙丽老师签协议，我手机里存的是18268819525，对吧？", "不是。丁熙丽的号码不是18268819525，它是项露琪的号码"),
        ("打扰一下，考试系统的事要找侯仕平老师，他手机是18382082008吧？", "不是。侯仕平的号码应为 18382082006，不是18382082008（有误"),
        ("河南这边给张孙慧老师发邮件，地址写的zhangshunhui@zhonghui.vip，老被退信咋回事？", "张孙慧的邮箱应为 zhangsunhui@zhonghui.vip，不是zhangshunhui@"),
    ],
)
def test_a_value_in_a_clause_of_its_own_is_judged_for_the_person_before(answerer, q: str, lead: str) -> None:
    """A number or address said in a clause that names no one is said for the person the clause before names: one
    claim, judged on them — never 「是的」 to the person first and the value apart."""
    from datetime import datetime

    text = answerer.answer(q, now=datetime(2021, 12, 16, 19, 30)).text
    assert text.startswith(lead) and not text.startswith("是的"), text


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("13551324833对吗", "不是。通知的联系人里没有号码 13551324833；相近的是杨德明的 13551324832"),
        ("zhangshunhui@zhonghui.vip 对吗", "不是。应为 zhangsunhui@zhonghui.vip"),
        ("13551324832对吗", "是的。13551324832 是杨德明的电话"),
    ],
)
def test_a_value_with_only_a_yes_no_is_judged_on_the_table(answerer, q: str, lead: str) -> None:
    """「13551324833对吗」: a value alone with a yes/no asks whether it is right; one digit off ours says whose it is near."""
    from datetime import datetime

    assert answerer.answer(q, now=datetime(2021, 12, 16, 19, 30)).text.startswith(lead)


def test_a_person_of_no_place_claimed_for_a_place_is_told_what_they_are(router: ContactRouter) -> None:
    """「河南那位张老师，是不是就是管考试系统技术的张全伟」: no, and 张全伟 is a technical contact."""
    text = routed(router, "河南那位张老师，是不是就是管考试系统技术的张全伟？")
    assert text.startswith("不是，张全伟不负责河南，张全伟是考试系统技术工作联系人") and "张孙慧" in text, text


def test_a_count_of_provinces_is_no_place_name(router: ContactRouter) -> None:
    """「丽江和丽水…是不是一个省的」: 一个省 counts, it names no place (no 「我没认出」, no 考务 line)."""
    text = routed(router, "丽江和丽水的学校都来问对接人，是不是一个省的？分别找谁")
    assert "宋菊" in text and "赵江" in text and "没认出" not in text and "陈海燕" not in text, text


def test_a_phone_a_verb_acts_on_is_the_device(router: ContactRouter) -> None:
    """「武汉职业技术学院的。检查手机用的那根扫描棒」: the phones checked at the door, no number asked for; the school only
    says who asks. 「林贺手机多少」 still asks for 林贺's."""
    findings = router.find_clauses([normalize(c) for c in ("武汉职业技术学院的", "检查手机用的那根扫描棒")])
    assert not any(f.asks_contact for f in findings)
    assert find(router, "林贺手机多少").asks_contact


def test_whether_two_people_share_a_mailbox_or_a_phone(answerer) -> None:
    """「王吉庆老师跟林贺老师用的是同一个邮箱吗」: each one's, compared (不是), before their cards."""
    text = answerer.answer("广州番禺职业技术学院要发邮件，王吉庆老师跟林贺老师用的是同一个邮箱吗？").text
    assert text.startswith("不是，各用各的邮箱：王吉庆 wangjiqing@zhonghui.vip；林贺 linhe@zhonghui.vip"), text
    assert answerer.answer("陈海燕和张晋静电话一样吗").text.startswith("不是，各用各的电话")
