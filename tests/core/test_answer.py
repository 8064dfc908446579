"""The answer policy as a member sees it: precise schedules, ticket windows, the clock, choices, abstention."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.answer import FACET_CUE, MARGIN, TIE, Answerer
from bot.faq import Hit
from bot.knowledge import load

DATA = Path(__file__).resolve().parents[2] / "data"
TZ = ZoneInfo("Asia/Shanghai")
LATE = datetime(2026, 11, 25, 10, 0, tzinfo=TZ)  # long after the notice's season


def at(y: int, m: int, d: int, h: int = 10) -> datetime:
    return datetime(y, m, d, h, 0, tzinfo=TZ)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return Answerer(load(DATA))


def ask(answerer: Answerer, q: str, now: datetime = LATE, asker: object = None) -> str:
    return answerer.answer(q, now=now, asker=asker).text


# ---------------------------------------------------------------- the schedule, narrowed to what was asked


def test_level_and_subject_give_that_paper_only(answerer: Answerer) -> None:
    """「中级理论几点开考」names the 中级 day and the theory paper, not the other levels' days or the practical."""
    text = ask(answerer, "中级理论几点开考")
    assert "12月19日" in text and "9:00-10:30" in text
    assert "12月18日" not in text and "12月20日" not in text and "14:00" not in text


def test_practical_duration_is_given_in_minutes(answerer: Answerer) -> None:
    """「高级实操考多久」gives 14:00-16:30 and 150 minutes for the 高级 day only."""
    text = ask(answerer, "高级实操考多久")
    assert "14:00-16:30" in text and "150分钟" in text and "12月20日" in text
    assert "12月18日" not in text and "12月19日" not in text


@pytest.mark.parametrize(
    ("question", "level", "others"),
    [("星期一考什么", "高级", ("初级", "中级")), ("周六考哪个级别", "初级", ("中级", "高级"))],
)
def test_weekday_names_the_level_of_that_day(
    answerer: Answerer, question: str, level: str, others: tuple[str, ...]
) -> None:
    """A weekday question gets the level examined that day and no other."""
    text = ask(answerer, question)
    assert level in text and not any(o in text for o in others)


def test_weekday_without_exams_says_so(answerer: Answerer) -> None:
    """「星期三有考试吗」: there is no exam on a Wednesday, and the real dates follow."""
    text = ask(answerer, "星期三有考试吗")
    assert "星期三没有考试" in text and "12月18日" in text


def test_a_named_date_gives_that_days_exams(answerer: Answerer) -> None:
    """「12月19号考什么」names 中级 and not the other levels."""
    text = ask(answerer, "12月19号考什么")
    assert "中级" in text and "初级" not in text and "高级" not in text


def test_english_level_question(answerer: Answerer) -> None:
    """「when is the junior exam」in English gets the 初级 date only."""
    text = ask(answerer, "when is the junior exam")
    assert "12月18日" in text and "12月19日" not in text


# ---------------------------------------------------------------- admission tickets by level


def test_tickets_for_one_level(answerer: Answerer) -> None:
    """「初级准考证什么时候打印」gives 12月16日至12月18日 and not the later levels' last days."""
    text = ask(answerer, "初级准考证什么时候打印")
    assert "2021年12月16日至12月18日" in text and "1+X" in text
    assert "12月19日" not in text and "12月20日" not in text


def test_tickets_without_level_list_every_level(answerer: Answerer) -> None:
    """「准考证打印时间」lists all three levels' windows."""
    text = ask(answerer, "准考证打印时间")
    assert all(d in text for d in ("12月18日", "12月19日", "12月20日"))


# ---------------------------------------------------------------- windows and the clock


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(2021, 10, 1), "还没开始，离开始还有 19 天"),
        (at(2021, 11, 1), "现在正在进行，离截止还有 19 天"),
        (at(2021, 11, 20), "今天是最后一天"),
        (at(2021, 11, 25), "已于2021年11月20日截止"),
    ],
)
def test_registration_window_status(answerer: Answerer, now: datetime, expected: str) -> None:
    """「现在还能报名吗」says before / open / last day / closed for the day it is asked."""
    assert expected in ask(answerer, "现在还能报名吗", now=now)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(2021, 11, 25), "还没开始，离开始还有 6 天"),
        (at(2021, 12, 10), "现在正在进行，离截止还有 5 天"),
        (at(2021, 12, 16), "已于2021年12月15日截止"),
    ],
)
def test_room_arrangement_window_status(answerer: Answerer, now: datetime, expected: str) -> None:
    """「考场编排时间」adds where the 12月1日-15日 window stands on that day."""
    assert expected in ask(answerer, "考场编排时间", now=now)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(2021, 12, 1), "还没开始，离开始还有 15 天"),
        (at(2021, 12, 17), "正在打印期内"),
        (at(2021, 12, 21), "已于2021年12月20日截止"),
    ],
)
def test_ticket_window_status(answerer: Answerer, now: datetime, expected: str) -> None:
    """The ticket answer says whether printing has not started, is open, or is over."""
    assert expected in ask(answerer, "准考证什么时候打印", now=now)


def test_level_ticket_status_uses_that_levels_window(answerer: Answerer) -> None:
    """On 12月19日 the 初级 window is over while the 高级 one is still open."""
    assert "已于2021年12月18日截止" in ask(answerer, "初级准考证什么时候打印", now=at(2021, 12, 19))
    assert "正在打印期内" in ask(answerer, "高级准考证什么时候打印", now=at(2021, 12, 19))


def test_schedule_says_when_exams_are_over(answerer: Answerer) -> None:
    """Asked in 2026, 「考试结束了吗」says the exams ended on 12月20日; asked before, it adds no such line."""
    assert "已于2021年12月20日结束" in ask(answerer, "考试结束了吗")
    assert "结束" not in ask(answerer, "初级考试哪天", now=at(2021, 12, 1))


def test_countdown_is_never_negative(answerer: Answerer) -> None:
    """「离考试还有多少天」on every day from Oct 2021 to 2027: never a negative or zero count."""
    day = at(2021, 10, 1)
    while day < at(2027, 1, 1):
        text = ask(answerer, "离考试还有多少天", now=day)
        assert not re.search(r"-\s*\d+\s*天|还有 0 天", text), (day, text)
        day += timedelta(days=3)
    assert "还有 2 天" in ask(answerer, "离考试还有多少天", now=at(2021, 12, 16))
    assert "今天" in ask(answerer, "离考试还有多少天", now=at(2021, 12, 19))
    assert "全部结束" in ask(answerer, "离考试还有多少天")


def test_window_question_beats_the_exam_countdown(answerer: Answerer) -> None:
    """「报名截止还有几天」is about 报名: it says registration closed, not how far the exams are."""
    text = ask(answerer, "报名截止还有几天")
    assert "已于2021年11月20日截止" in text


# ---------------------------------------------------------------- choices


def test_clarification_then_number_from_the_same_asker(answerer: Answerer) -> None:
    """A vague 「截止时间」 offers numbered choices; 「2」 from the same member answers the second one."""
    first = answerer.answer("截止时间", now=LATE, asker="group:1:member:7")
    assert first.kind == "clarify" and "1." in first.text and "2." in first.text
    second = answerer.answer("2", now=LATE, asker="group:1:member:7")
    assert second.kind == "faq" and second.entry_id == first.choices[1]


def test_number_from_another_asker_does_not_pick(answerer: Answerer) -> None:
    """Someone else's 「1」 is not an answer to my choices."""
    first = answerer.answer("截止时间", now=LATE, asker="group:1:member:8")
    assert first.kind == "clarify"
    other = answerer.answer("1", now=LATE, asker="group:1:member:9")
    assert other.entry_id != first.choices[0]


def test_choices_expire(answerer: Answerer) -> None:
    """A 「1」 an hour later is not taken as a choice."""
    first = answerer.answer("截止时间", now=LATE, asker="member:10")
    assert first.kind == "clarify"
    late = answerer.answer("1", now=LATE + timedelta(hours=1), asker="member:10")
    assert late.entry_id != first.choices[0]


def test_two_questions_in_one_get_both_answers(answerer: Answerer) -> None:
    """「报名时间和考试时间分别是什么时候」answers both instead of asking which."""
    text = ask(answerer, "报名时间和考试时间分别是什么时候")
    assert "10月20日" in text and "12月18日" in text


# ---------------------------------------------------------------- what the notice does not answer

OFFTOPIC_FACTS = re.compile(r"\d{1,2}月\d{1,2}[日号]|\d{1,2}:\d{2}|sales@|1\+X|准考证|机考")


@pytest.mark.parametrize(
    "question",
    [
        "英语四级什么时候考",
        "计算机二级Python什么时候考试",
        "Java 1+X 证书考试时间是什么时候",
        "雅思考试多少钱",
        "研究生什么时候报名",
        "考博几号考",
        "CCNA考试时间",
        "MOS认证准考证打印",
        "blender 考证什么时候",
        "华为认证什么时候报名",
    ],
)
def test_other_exams_get_no_fact(answerer: Answerer, question: str) -> None:
    """Another exam is turned away without a date, time or detail of this notice."""
    reply = answerer.answer(question, now=LATE)
    assert reply.kind == "offtopic" and not OFFTOPIC_FACTS.search(reply.text)


@pytest.mark.parametrize("question", ["pyhton考试时间", "Phyton 证书考试哪天", "PY考试几号", "python exam考试时间"])
def test_python_spelled_loosely_before_the_exam_word_is_still_this_exam(answerer: Answerer, question: str) -> None:
    """Python (or a typo of it, or English) right before 考试/证书 still gets the timetable, not a turn-away."""
    text = ask(answerer, question)
    assert "12月18日" in text and "12月20日" in text


@pytest.mark.parametrize("question", ["成绩什么时候出来", "没考过可以补考吗", "考试费多少钱一个人", "考试能带计算器吗"])
def test_unaddressed_topics_say_so_and_name_exam_affairs(answerer: Answerer, question: str) -> None:
    """A question the notice does not answer says so plainly and names the 考务 contacts, with no date."""
    text = ask(answerer, question)
    assert "没有写" in text and "陈海燕" in text and not OFFTOPIC_FACTS.search(text)


@pytest.mark.parametrize("question", ["你是谁", "在吗", "你好", "谢谢"])
def test_small_talk_gets_an_introduction_without_facts(answerer: Answerer, question: str) -> None:
    """Greetings get a short introduction, not a date or a ticket detail."""
    reply = answerer.answer(question, now=LATE)
    assert reply.kind == "help" and "考务助手" in reply.text and not OFFTOPIC_FACTS.search(reply.text)


def test_confident_answer_offers_the_close_runner_up(answerer: Answerer) -> None:
    """「报名」: the best entry answers at once, the close ones are offered as numbers; 「1」 picks the first."""
    first = answerer.answer("报名", now=LATE, asker="member:21")
    assert first.kind == "faq" and "统一报名" in first.text
    assert "你也可能想问：1." in first.text and first.choices and first.entry_id not in first.choices
    picked = answerer.answer("1", now=LATE, asker="member:21")
    assert picked.kind == "faq" and picked.entry_id == first.choices[0]


def test_countdown_for_one_level_names_only_that_level(answerer: Answerer) -> None:
    """「离初级考试还有几天」 counts to the 初级 date and names no other level's date."""
    before = ask(answerer, "离初级考试还有几天", now=at(2021, 12, 1))
    assert "还有 17 天" in before and "12月19日" not in before and "12月20日" not in before
    after = ask(answerer, "离初级考试还有几天")
    assert "已于2021年12月18日结束" in after and "12月19日" not in after


# ---------------------------------------------------------------- what blind set 3 taught (general mechanisms)


@pytest.mark.parametrize("question", ["考试可以穿拖鞋吗", "考试可以带书吗", "考试要带笔吗"])
def test_countdown_does_not_answer_a_question_that_asks_no_time(answerer: Answerer, question: str) -> None:
    """「考试可以带书吗」 asks nothing about days left: the reply is no countdown and gives no exam date."""
    reply = answerer.answer(question, now=LATE)
    assert reply.entry_id != "countdown", reply.text
    assert "12月18日" not in reply.text and "12月20日" not in reply.text


@pytest.mark.parametrize("question", ["还有几天考试", "明天考试吗", "离考试还有多久"])
def test_countdown_still_answers_time_questions(answerer: Answerer, question: str) -> None:
    """A question about days left or a day still gets the countdown, saying the exams are over."""
    reply = answerer.answer(question, now=LATE)
    assert reply.entry_id == "countdown", reply.text
    assert "已" in reply.text and not re.search(r"-\d+\s*天", reply.text)


@pytest.mark.parametrize("question", ["高级报名时间是什么时候", "初级的报名时间", "中级考场编排时间"])
def test_a_named_window_is_not_turned_into_the_schedule_by_a_level(answerer: Answerer, question: str) -> None:
    """「高级报名时间是什么时候」 gets the registration window (10月20日…), not the 高级 exam day."""
    reply = answerer.answer(question, now=LATE)
    assert reply.entry_id in ("registration-window", "room-arrangement"), reply.text
    assert "12月20日" not in reply.text and "12月18日" not in reply.text


def test_a_level_alone_still_narrows_the_schedule(answerer: Answerer) -> None:
    """「1+X 初级证书什么时候考」 still gets the 初级 exam day (the level boost is kept where no window is named)."""
    text = ask(answerer, "1+X 初级证书什么时候考")
    assert "12月18日" in text and "12月19日" not in text


def test_the_topic_named_last_wins_a_near_tie(answerer: Answerer) -> None:
    """「考完多久出成绩」 asks about 成绩 (not in the notice), not about when the exams end."""
    reply = answerer.answer("考完多久出成绩", now=LATE)
    assert reply.entry_id == "not-in-notice", reply.text
    assert "陈海燕" in reply.text


@pytest.mark.parametrize(("question", "entry"), [("烤试费咋交", "fees"), ("准考正咋打", "tickets")])
def test_typos_that_jieba_splits_are_mended_by_sound(answerer: Answerer, question: str, entry: str) -> None:
    """A homophone typo split across words (烤试费) and 咋 still reach the right entry."""
    assert answerer.answer(question, now=LATE).entry_id == entry


def test_a_province_is_never_mended_into_a_faq_word(answerer: Answerer) -> None:
    """「福建的老师是哪位」 gets 福建's contact, not the attachments (福建 sounds like 附件)."""
    reply = answerer.answer("福建的老师是哪位", now=LATE)
    assert reply.kind == "contact" and "赵江" in reply.text, reply.text
    assert answerer.index.canonical("福建的考试") == "福建的考试"


@pytest.mark.parametrize("question", ["考试当天电脑蓝屏了找谁", "考试那天断网了怎么办", "机考客户端死机了"])
def test_more_technical_failures_reach_the_technical_contacts(answerer: Answerer, question: str) -> None:
    """A blue screen, a lost network or a frozen client gets the technical contacts' phone numbers."""
    text = ask(answerer, question)
    assert re.search("15921571656|18382082006|15928431762", text), text


@pytest.mark.parametrize("question", ["考试地点在哪", "在哪里考试"])
def test_exam_venue_says_the_notice_names_none(answerer: Answerer, question: str) -> None:
    """「考试地点在哪」 is told the notice names no place, that sites arrange the rooms, and whom to ask."""
    reply = answerer.answer(question, now=LATE)
    assert reply.entry_id == "exam-venue", reply.text
    assert "没有" in reply.text and "考核站点" in reply.text and "陈海燕" in reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("how do students register", "registration-how"),
        ("where do I send the filing form", "application-email"),
        ("how is the exam fee paid", "fees"),
    ],
)
def test_english_question_words_are_read(answerer: Answerer, question: str, entry: str) -> None:
    """English 「how」 and 「filing form」 are understood like 怎么 and 备案表."""
    assert answerer.answer(question, now=LATE).entry_id == entry


def test_another_companys_customer_service_gets_no_fact(answerer: Answerer) -> None:
    """「京东的客服邮箱是多少」 is about another company: no e-mail address from the notice."""
    reply = answerer.answer("京东的客服邮箱是多少", now=LATE)
    assert "sales@" not in reply.text and reply.kind == "offtopic", reply.text


# ---------------------------------------------------------------- blind set 4: the mechanisms it taught


@pytest.mark.parametrize(
    ("question", "entry"),
    [("申报到几号结束", "site-application-window"), ("报名到几号结束", "registration-window")],
)
def test_a_named_topic_beats_the_schedules_time_words(answerer: Answerer, question: str, entry: str) -> None:
    """「申报到几号结束」 gets the application window, not the exam schedule it shares 几号/结束 with."""
    assert answerer.answer(question, now=LATE).entry_id == entry


def test_a_topic_word_the_best_entry_also_uses_does_not_move_it(answerer: Answerer) -> None:
    """「技术负责人怎么报」 stays with the technical-lead filing: 技术 is its word too, not only the hotline's."""
    reply = answerer.answer("技术负责人怎么报", now=LATE)
    assert reply.entry_id == "technical-lead" and "扫码" in reply.text


def test_two_topics_either_side_of_and_get_both_answers(answerer: Answerer) -> None:
    """「报名和打印准考证分别什么时候」 gets the registration window and the ticket windows, though one matches far better."""
    text = ask(answerer, "报名和打印准考证分别什么时候")
    assert "10月20日" in text and "12月16日" in text


def test_topics_on_one_side_of_and_are_not_split(answerer: Answerer) -> None:
    """Both entries' words before the 和 is not two questions: 「准考证打印和」 gives no second answer."""
    hits = answerer.index.search("报名打印准考证和", limit=2)
    assert not answerer._topics_either_side(hits[0], hits[1], "报名打印准考证和")


@pytest.mark.parametrize(("question", "level"), [("12.18考什么", "初级"), ("12.20上午考什么", "高级")])
def test_a_dotted_date_narrows_the_schedule(answerer: Answerer, question: str, level: str) -> None:
    """「12.18考什么」 reads 12.18 as 12月18日 and names only that day's level."""
    text = ask(answerer, question)
    assert level in text and sum(lv in text for lv in ("初级", "中级", "高级")) == 1


def test_a_duration_is_not_read_as_a_date(answerer: Answerer) -> None:
    """「理论考1.5小时吗」 is not 1月5日: the theory times of every level, no 「没有考试」."""
    text = ask(answerer, "理论考1.5小时吗")
    assert "9:00-10:30" in text and "没有考试" not in text


def test_weekend_means_saturday_and_sunday(answerer: Answerer) -> None:
    """「双休日考哪几个级别」 gets the 初级 (Saturday) and 中级 (Sunday) days, not 高级 on Monday."""
    text = ask(answerer, "双休日考哪几个级别")
    assert "初级" in text and "中级" in text and "高级" not in text


def test_a_level_typo_still_narrows(answerer: Answerer) -> None:
    """「高鸡考试几号」 (a homophone typo) gets the 高级 day only."""
    text = ask(answerer, "高鸡考试几号")
    assert "12月20日" in text and "12月18日" not in text and "12月19日" not in text


def test_a_half_day_question_is_answered_in_words(answerer: Answerer) -> None:
    """「理论是下午考吗」 hears 上午 in the reply, not only a clock time."""
    text = ask(answerer, "理论是下午考吗")
    assert "理论考试 上午 9:00-10:30" in text and "14:00" not in text


def test_a_half_day_names_its_paper(answerer: Answerer) -> None:
    """「下午考哪门」 gets the practical paper (下午 14:00-16:30), not the morning theory."""
    text = ask(answerer, "下午考哪门")
    assert "实操考试 下午 14:00-16:30" in text and "9:00" not in text


def test_a_when_question_with_a_cue_counts_twice_for_the_schedule(answerer: Answerer) -> None:
    """A paper named in a clock question lifts the schedule twice as much as a date alone (「12.12购物节」)."""
    entry = answerer.index.by_id("exam-schedule")
    assert entry is not None
    lifted = {q: answerer._route_facets([Hit(entry, 0.3)], q)[0].score for q in ("上机考几点", "上机考", "12月19号")}
    assert lifted["上机考几点"] == pytest.approx(0.3 + 2 * FACET_CUE)
    assert lifted["上机考"] == lifted["12月19号"] == pytest.approx(0.3 + FACET_CUE)


def test_a_date_in_chat_gets_no_fact(answerer: Answerer) -> None:
    """「12.12购物节」 and 「12月12号购物节」 are chat about a shopping day: no date from the notice."""
    for q in ("12.12购物节", "12月12号购物节"):
        assert not OFFTOPIC_FACTS.search(ask(answerer, q)), q


def test_a_window_yields_a_near_tie_to_a_question_that_asks_no_date(answerer: Answerer) -> None:
    """「考点申报要发邮件吗」 asks how, not when: the application procedure answers, not the window's dates."""
    how, window = answerer.index.by_id("site-application"), answerer.index.by_id("site-application-window")
    assert how is not None and window is not None
    tie = [Hit(window, 0.6), Hit(how, 0.595)]
    assert answerer._window_only_when_asked(tie, "考点申报要发邮件")[0].entry is how
    assert 0.6 - MARGIN < answerer._window_only_when_asked(tie, "考点申报要发邮件")[1].score < 0.6 - TIE
    assert answerer._window_only_when_asked(tie, "考点申报几号截止")[0].entry is window
    assert "sales@zhonghui.vip" in ask(answerer, "考点申报要发邮件吗")


@pytest.mark.parametrize(
    ("question", "entry"),
    [("还来得及申报吗", "site-application-window"), ("需要交纸质材料吗", "site-application")],
)
def test_everyday_words_fold_to_the_entries_words(answerer: Answerer, question: str, entry: str) -> None:
    """来得及 reads as 还能, 纸质材料 as 材料: the question lands on its entry instead of a fallback."""
    assert answerer.answer(question, now=LATE).entry_id == entry


@pytest.mark.parametrize("question", ["兵团联系人", "新疆生产建设兵团的学校找谁"])
def test_the_production_corps_is_xinjiang(answerer: Answerer, question: str) -> None:
    """A 兵团 school gets 新疆's contact (黄超 and phone), no other provincial contact."""
    text = ask(answerer, question)
    assert "黄超" in text and "15928431762" in text and "雷鹏" not in text
    assert [m.province for m in answerer.knowledge.regions.find("兵团")] == ["新疆"]


# ---------------------------------------------------------------- places we cannot resolve to one province

PROVINCIAL_PEOPLE = ("雷鹏", "杨德明", "宋菊", "李雯", "陈淑", "项露琪", "赵江", "丁熙丽", "贾昕旸", "张孙慧", "蓝海鹏")


@pytest.mark.parametrize("question", ["朝阳区的学校找谁", "朝阳区？", "朝阳区的考点联系人"])
def test_a_shared_place_name_asks_which_province(answerer: Answerer, question: str) -> None:
    """「朝阳区的学校找谁」 says 朝阳区 is in 北京 and 吉林, asks which, and gives both provinces' contacts only."""
    reply = answerer.answer(question, now=LATE)
    assert reply.kind == "contact"
    assert "北京" in reply.text and "吉林" in reply.text and "哪个省" in reply.text
    assert "蓝海鹏" in reply.text and "郁晓东" in reply.text
    assert not [p for p in PROVINCIAL_PEOPLE if p in reply.text and p != "蓝海鹏"]


def test_a_shared_place_with_a_technical_problem_gets_the_technical_contacts(answerer: Answerer) -> None:
    """「朝阳区的学校技术问题找谁」 is a technical question wherever 朝阳区 is: the technical contacts answer."""
    text = ask(answerer, "朝阳区的学校技术问题找谁")
    assert "15921571656" in text and "哪个省" not in text


@pytest.mark.parametrize(("question", "place"), [("火星的学校找谁", "火星"), ("某某县的学校找谁", "某某县")])
def test_an_unknown_place_asks_for_the_province(answerer: Answerer, question: str, place: str) -> None:
    """「火星的学校找谁」 gets no guessed province: it names the place it did not recognise, asks, and names 考务."""
    reply = answerer.answer(question, now=LATE)
    assert reply.kind == "contact" and f"「{place}」" in reply.text and "省份" in reply.text
    assert "陈海燕" in reply.text
    assert not [p for p in PROVINCIAL_PEOPLE if p in reply.text]


@pytest.mark.parametrize(
    ("question", "entry"), [("我们学校找谁", "province-contacts"), ("技术问题找谁", "technical-contacts")]
)
def test_no_place_named_is_not_an_unknown_place(answerer: Answerer, question: str, entry: str) -> None:
    """「我们学校找谁」 names no place: the FAQ answers as before, with no 「没认出」."""
    reply = answerer.answer(question, now=LATE)
    assert reply.entry_id == entry and "没认出" not in reply.text


@pytest.mark.parametrize("question", ["纸质书推荐", "有什么电子书"])
def test_a_book_is_not_a_paper_exam(answerer: Answerer, question: str) -> None:
    """「纸质书推荐」 gets no fact from the notice: a paper book is not the exam's mode."""
    assert not OFFTOPIC_FACTS.search(ask(answerer, question))


@pytest.mark.parametrize(
    ("question", "entry"),
    [("考试是纸质的吗", "exam-mode"), ("Python证书考试哪天", "exam-schedule"), ("1+X证书考试几号", "exam-schedule")],
)
def test_paper_and_certificate_exam_words_fold(answerer: Answerer, question: str, entry: str) -> None:
    """纸质的 alone is about the exam's mode, 证书考试 is the exam: neither lands on materials or certificates."""
    assert answerer.answer(question, now=LATE).entry_id == entry


def test_the_technical_lead_question_says_what_to_prepare(answerer: Answerer) -> None:
    """Asked about the technical lead, the reply also says they install and test the exam system before the exam."""
    text = ask(answerer, "技术负责人要做哪些事")
    assert "安装" in text and "调试" in text


@pytest.mark.parametrize("question", ["民办学校联系谁", "高职院校找谁"])
def test_a_kind_of_school_is_not_an_unknown_place(answerer: Answerer, question: str) -> None:
    """「民办学校联系谁」 names a kind of school, not a place: no 「没认出「民办」在哪个省」."""
    assert "没认出" not in ask(answerer, question)


@pytest.mark.parametrize("question", ["新华书店几点关门", "和平精英怎么玩", "白云机场怎么去"])
def test_a_shared_place_word_inside_other_talk_is_no_contact_question(answerer: Answerer, question: str) -> None:
    """「新华书店几点关门」 holds 新华 (河北 and 河南) but asks nothing about contacts: no 「哪个省」, no contact."""
    reply = answerer.answer(question, now=LATE)
    assert reply.kind != "contact" and "哪个省" not in reply.text


@pytest.mark.parametrize("question", ["体育考试几号", "导游证考试时间", "C语言考试几点", "期末考试什么时候"])
def test_an_exam_the_notice_never_names_gets_no_fact(answerer: Answerer, question: str) -> None:
    """「导游证考试时间」 names another exam (a word the notice never uses, before 考试): no date or time."""
    reply = answerer.answer(question)
    assert reply.kind == "offtopic" and not re.search(r"\d+月\d+日|\d+:\d\d", reply.text)


@pytest.mark.parametrize(
    "question", ["这次考试几号", "我们学校考试几点", "山东考试时间", "Python程序开发考试哪天", "职业技能等级证书考试"]
)
def test_this_exam_named_any_way_still_gets_the_schedule(answerer: Answerer, question: str) -> None:
    """Which sitting, whose school, which province, or the certificate's own name before 考试: the timetable."""
    assert "12月18日" in answerer.answer(question).text
