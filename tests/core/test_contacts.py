"""Contact questions as a member asks them: provinces in any form, cities, people, several places, topics."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.answer import Answerer
from bot.knowledge import load

DATA = Path(__file__).resolve().parents[2] / "data"
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
ROWS = json.loads((DATA / "contacts.json").read_text(encoding="utf-8"))["provincial"]
PEOPLE = {r["name"]: r for r in ROWS}


def covering(province: str) -> set[str]:
    return {r["name"] for r in ROWS if province in r["provinces"]}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return Answerer(load(DATA))


def ask(answerer: Answerer, q: str) -> str:
    return answerer.answer(q, now=NOW).text


def named(text: str) -> set[str]:
    return {name for name in PEOPLE if name in text}


@pytest.mark.parametrize("province", sorted({p for r in ROWS for p in r["provinces"]}))
def test_every_province_reply_has_name_phone_email_and_coverage(answerer: Answerer, province: str) -> None:
    """「X联系人」names each contact of X with phone, e-mail and the provinces they cover, and nobody else."""
    text = ask(answerer, f"{province}联系人")
    assert named(text) - {"黄超"} <= covering(province) or named(text) <= covering(province)
    for name in covering(province):
        row = PEOPLE[name]
        assert name in text and row["phone"] in text and row["email"] in text and "负责" in text


@pytest.mark.parametrize("question", ["青海联系人", "香港的学校找谁", "澳門聯繫人", "海南州的学校找谁"])
def test_province_without_contact_names_exam_affairs_not_a_neighbour(answerer: Answerer, question: str) -> None:
    """A place the table lists nobody for says so and gives the 考务 contacts, never another province's person."""
    text = ask(answerer, question)
    assert "没有列出" in text and "陈海燕" in text and not named(text)


@pytest.mark.parametrize(
    ("question", "city", "province"),
    [
        ("广州联系人", "广州", "广东"),
        ("宁波的学校联系人", "宁波", "浙江"),
        ("西安找谁", "西安", "陕西"),
        ("吉林市的学校联系谁", "吉林", "吉林"),
        ("义乌的学校找谁", "义乌", "浙江"),
    ],
)
def test_city_is_placed_in_its_province(answerer: Answerer, question: str, city: str, province: str) -> None:
    """A city is answered with its own province's contacts and says which province that is (广州 is not 广西)."""
    text = ask(answerer, question)
    assert named(text) == covering(province)
    if city != province:
        assert f"属于{province}" in text


def test_reverse_lookup_by_person(answerer: Answerer) -> None:
    """「林贺负责哪些省」lists 广东 and 海南 with his phone and e-mail."""
    text = ask(answerer, "林贺负责哪些省")
    assert "广东" in text and "海南" in text and "18620586370" in text and "linhe@zhonghui.vip" in text


def test_person_with_two_roles(answerer: Answerer) -> None:
    """「黄超」is both a technical contact and the contact for 西藏、新疆、宁夏."""
    text = ask(answerer, "黄超")
    assert "技术" in text and all(p in text for p in ("西藏", "新疆", "宁夏"))


def test_email_of_a_person(answerer: Answerer) -> None:
    """「梁眉的邮箱」gives her e-mail address."""
    assert "liangmei@zhonghui.vip" in ask(answerer, "梁眉的邮箱")


def test_several_provinces_in_one_question(answerer: Answerer) -> None:
    """「江苏和浙江分别找谁」names both provinces' contacts and nobody else."""
    text = ask(answerer, "江苏和浙江分别找谁")
    assert named(text) == covering("江苏") | covering("浙江")
    assert "江苏" in text and "浙江" in text


def test_technical_problem_goes_to_technical_contacts(answerer: Answerer) -> None:
    """「广东的考点考试系统装不上找谁」is a technical problem: the technical contacts answer it."""
    text = ask(answerer, "广东的考点考试系统装不上找谁")
    assert "张全伟" in text and "15921571656" in text and named(text) <= {"黄超"}


def test_school_name_is_not_a_technical_problem(answerer: Answerer) -> None:
    """「深圳职业技术学院联系人」is a 广东 school, not a technical question."""
    assert named(ask(answerer, "深圳职业技术学院联系人")) == covering("广东")


def test_exam_affairs_question_with_province(answerer: Answerer) -> None:
    """「浙江考点考务问题找谁」gives the 考务 contacts and the 浙江 contact."""
    text = ask(answerer, "浙江考点考务问题找谁")
    assert "陈海燕" in text and named(text) == covering("浙江")


def test_when_question_with_contact_words_is_a_faq(answerer: Answerer) -> None:
    """「山东的学校考务负责人联系方式几号前填报」asks a deadline: 11月30日, not a phone list."""
    assert "11月30日" in ask(answerer, "山东的学校考务负责人联系方式几号前填报")


@pytest.mark.parametrize(
    ("question", "province"), [("粤的联系人是谁", "广东"), ("川的考点找谁", "四川"), ("广冬联系人", "广东")]
)
def test_abbreviations_and_sound_alike_typos(answerer: Answerer, question: str, province: str) -> None:
    """粤 and 川 are provinces; 广冬 sounds exactly like 广东."""
    assert named(ask(answerer, question)) == covering(province)


@pytest.mark.parametrize("question", ["新的考点找谁", "附件2的联系方式"])
def test_ordinary_words_are_not_places(answerer: Answerer, question: str) -> None:
    """A new site (新的考点) is not 新疆, and 附件 (fù jiàn) is not 福建: no province's contact is given."""
    text = ask(answerer, question)
    assert "huangchao@" not in text and "赵江" not in text


def test_provinces_sharing_a_contact_share_a_line(answerer) -> None:
    """「北京、天津、河北、山东分别找谁」: 蓝海鹏 once for the three, 贾昕旸 for 山东, nobody else, one line a
    person with the provinces asked that are theirs by the name."""
    text = answerer.answer("北京、天津、河北、山东分别找谁").text
    lines = text.splitlines()
    assert lines[1].startswith("· 蓝海鹏（北京、天津、河北）17858620886")
    assert text.count("蓝海鹏") == 1 and "贾昕旸（山东）17305315567" in text and len(lines) == 3


def test_two_provinces_sharing_one_of_their_contacts_list_each_person_once(answerer) -> None:
    """「广东和海南分别找谁」: 林贺 once with 广东、海南, 王吉庆 with 广东 alone, and no name beside a province not theirs."""
    text = answerer.answer("广东和海南分别找谁").text
    assert text.count("林贺") == 1 and "林贺（广东、海南）" in text and "王吉庆（广东）" in text


def test_too_many_provinces_are_named_not_dropped(answerer) -> None:
    """Eleven provinces in one question: ten answered, the rest named and asked for again."""
    question = "北京、天津、河北、山东、河南、湖北、广东、广西、海南、四川、江苏找谁"
    text = answerer.answer(question).text
    assert text.endswith("江苏请另外再问一次。") and "丁熙丽" not in text
    assert len(text.splitlines()) <= 15


# ---------------------------------------------------------------- the directory itself


@pytest.fixture(scope="module")
def directory():
    from bot.contacts import ContactDirectory

    return ContactDirectory(load(DATA).contacts)


def test_phone_keys_of_a_landline() -> None:
    """028-85964700 may be typed with its area code, after +86 without the 0, or within the city."""
    from bot.contacts import phone_keys

    assert phone_keys("028-85964700") == ["02885964700", "2885964700", "85964700"]
    assert phone_keys("186 2058 6370") == ["18620586370"]


def test_one_card_per_person_over_all_roles(directory) -> None:
    """黄超 has one card: his phone once, his e-mail, his provinces, and both roles."""
    card = directory.card("黄超")
    assert card.phones == ["15928431762"] and card.email == "huangchao@zhonghui.vip"
    assert card.provinces == ["西藏", "新疆", "宁夏"] and len(card.roles) == 2


def test_look_ups_by_phone_and_email(directory) -> None:
    """A number (any of its forms), an address (any case) or its local part finds the person."""
    assert directory.by_phone("85964700") == "陈海燕" and directory.by_phone("18620586370") == "林贺"
    assert directory.by_email("LinHe@ZhongHui.vip") == "林贺" and directory.by_mailbox("chenxu") == "陈淑"
    assert directory.by_phone("13800000000") is None and directory.by_email("sales@zhonghui.vip") is None


@pytest.mark.parametrize(
    "question", ["我们学校两个校区，一个在江苏一个在安徽，分别联系谁？", "江苏和安徽是同一个人吗，分别联系谁"]
)
def test_two_places_then_a_bare_ask_get_no_technical_line(answerer: Answerer, question: str) -> None:
    """「…，分别联系谁」 after the places is their contacts' question: no technical contacts line (黄超) added."""
    text = ask(answerer, question)
    assert named(text) == covering("江苏") | covering("安徽") and "技术" not in text
