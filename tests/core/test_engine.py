"""The answering engine, one test per class of question (not per phrase): what a coordinator asks, and what
must come back. Each class is probed with several real shapes: school names around the question, a date the
member states, two clauses, words new to us. The whole sets are in test_answer_quality.py.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from bot.text import normalize
from bot.understand import understand

NOW = datetime(2021, 12, 10, 10, 0)
EXAM_DATES = ("12月18日", "12月19日", "12月20日")
TURNED_AWAY = ("offtopic", "fallback")


def ask(answerer, q: str, now: datetime = NOW):
    return answerer.answer(q, now=now)


# ------------------------------------------------------------ never refused: ours is named


@pytest.mark.parametrize(
    "q",
    [
        "广东省考点找谁",
        "四川大学考点找谁",
        "广州市技师学院的考点找谁",
        "深圳职业技术学院的，广东找哪位老师",
        "江苏省的学校找谁签协议",
    ],
)
def test_a_place_inside_a_school_or_province_name_is_routed(answerer, q: str) -> None:
    reply = ask(answerer, q)
    assert reply.kind == "contact", reply.text


@pytest.mark.parametrize(
    ("q", "province"),
    [
        ("彬州市的学校找谁", "陕西"),
        ("光明区的学校找谁", "广东"),
        ("横州市的考点联系谁", "广西"),
        ("观山湖区的学校找谁", "贵州"),
    ],
)
def test_a_place_name_jieba_cuts_apart_is_no_other_subject(answerer, q: str, province: str) -> None:
    """彬州市 cut 彬 / 州市, 光明区 cut 光明 / 区: the piece is the place's, not another body whose contact is asked."""
    reply = ask(answerer, q)
    assert reply.kind == "contact" and province in reply.text, reply.text


@pytest.mark.parametrize(
    "q",
    [
        "12月考试几号",
        "下个月考试吗",
        "实操考几个小时",
        "１２月１９号考的是初级还是中级？",
        "19号下午是什么科目",
        "各位老师好，我是成都工业学院的，中级理论几点开始",
        "考试电脑需要安装python吗",
    ],
)
def test_core_questions_are_answered_whatever_words_surround_them(answerer, q: str) -> None:
    reply = ask(answerer, q)
    assert reply.kind not in TURNED_AWAY, reply.text


def test_a_cut_between_two_words_of_ours_is_not_a_new_subject(answerer) -> None:
    """jieba's HMM guesses 操考 in 实操考 and 号考 in 19号考; the gate reads dictionary words only."""
    assert answerer.topics.other_subject("实操考几个小时") is None
    assert answerer.topics.other_subject("19号考的是初级还是中级") is None
    assert answerer.topics.other_subject("考场编牌时间") is None  # 编排 misspelt: lone characters are no name


@pytest.mark.parametrize(
    "word, core",
    [("行不行", "行"), ("算不算", "算"), ("要不要", "要"), ("收上来", "收"), ("寄过来", "寄"), ("交上去", "交"),
     ("咋办", "办"), ("怎么弄", "弄"), ("考试", "考试"), ("下雨", "下雨")],
)
def test_a_verb_in_a_grammatical_frame_weighs_as_its_core_verb(word: str, core: str) -> None:
    from bot.topics import verb_core

    assert verb_core(word) == core


@pytest.mark.parametrize("q", ["学生自己带电脑来考行不行", "准考证考完要收上来吗", "备案表要交上去吗", "考点电脑不够咋办"])
def test_common_verbs_in_question_forms_are_no_new_subject(answerer, q: str) -> None:
    """jieba lists 行不行, 收上来, 咋办 as rare words of their own; they are common verbs asked about."""
    assert answerer.topics.other_subject(q) is None, answerer.topics.foreign_share(q)


def test_a_word_is_ours_only_when_words_of_ours_make_all_of_it(answerer) -> None:
    """考点申报 is 考点 + 申报, both ours; 教务处 holds 教务 but is an office nothing of ours names."""
    assert answerer.topics.other_subject("考点申报几号截止") is None
    assert answerer.topics.names_another("教务处的邮箱是多少") == "教务处"
    assert "sales@" not in ask(answerer, "教务处的邮箱是多少").text


def test_an_exam_date_is_evidence_of_ours(answerer) -> None:
    reply = ask(answerer, "19号下午是什么科目")
    assert "中级" in reply.text and "实操" in reply.text
    assert "12月18日" not in reply.text and "12月20日" not in reply.text


# ------------------------------------------------------------ another subject: nothing of ours leaks


@pytest.mark.parametrize(
    "q, leak",
    [
        ("智能财税1+X的备案表发哪个邮箱", "sales@"),
        ("国赛集训队的报名表发哪个邮箱", "sales@"),
        ("WPS办公应用证书的考务QQ群号是多少", "594707089"),
        ("我们学校Java课程的学生群号多少", "594707089"),
        ("计算机二级考试哪天考", "12月18日"),
        ("隔壁项目的邮箱是多少", "sales@"),
        ("考研什么时候考", "12月18日"),
        ("Web前端的考务群号是多少", "594707089"),
        ("Web前端开发职业技能等级证书的报名截止是哪天", "11月20日"),
        ("专升本的考试费按啥标准交", "打印准考证前"),
        ("大数据应用开发（Python）1+X证书12月哪天考", "12月18日"),  # 1, + and X are one name's pieces, not words  # 考试费, tagged a verb, is named as a thing after 的
    ],
)
def test_a_thing_of_ours_named_as_another_ones_gets_none_of_our_facts(answerer, q: str, leak: str) -> None:
    reply = ask(answerer, q)
    assert leak not in reply.text, reply.text
    assert reply.kind in TURNED_AWAY


def test_people_before_de_say_which_people_not_whose(answerer) -> None:
    """「困难生的考试费」: a word for people (…生, …员, …师) before 的 says which people the thing is for, as 学生的
    准考证 does, not whose exam it is; a rare word after 的 is a thing whatever jieba tags it, a common one (要求,
    时间) what is asked of the words before it."""
    assert answerer.topics.names_another("专升本的考试费按啥标准交") == "专升本"
    assert answerer.topics.names_another("困难生的考试费能不能免") is None
    assert answerer.topics.names_another("考场有没有视频监控的要求") is None


@pytest.mark.parametrize(
    "q",
    [
        "明天会下雨吗",
        "考试那天成都会不会下雨",
        "今年考研是几号，几点开考",
        "计算机二级考试哪天考？几点开始",
        # (a clause naming only who sits it goes on about the exam named before)
        "普通话水平测试也是机考吧？学生下个月要考",
    ],
)
def test_a_question_about_something_else_gets_no_dates(answerer, q: str) -> None:
    reply = ask(answerer, q)
    assert not any(d in reply.text for d in EXAM_DATES), reply.text


@pytest.mark.parametrize(
    "q, leak",
    [
        ("2022年第一批考核站点申报啥时候截止", "11月20日"),
        ("明年上半年的Python考核报名什么时候开始", "10月20日"),
    ],
)
def test_another_season_gets_none_of_this_seasons_dates(answerer, q: str, leak: str) -> None:
    reply = ask(answerer, q)
    assert leak not in reply.text, reply.text


def test_this_seasons_year_is_ours(answerer) -> None:
    reply = ask(answerer, "2021年12月的考试初级是哪天")
    assert "12月18日" in reply.text and reply.kind == "faq"


# ------------------------------------------------------------ time: the day asked, the day stated


def test_relative_days_are_read_against_the_day_the_member_states(answerer) -> None:
    reply = ask(answerer, "今天是12月18号，我们中级的学生今天要考吗")
    assert "不" in reply.text and "12月19日" in reply.text


def test_relative_days_and_years_in_understanding(answerer) -> None:
    u = understand("高级是不是明天考", answerer.vocabulary, year=2021, now=datetime(2021, 12, 19).date())
    assert (20, 12) in u.days and not u.relative_days  # 明天 names a day as a date does
    u = understand("今天考吗", answerer.vocabulary, year=2021, now=datetime(2021, 12, 19).date())
    assert u.days == u.relative_days == {(19, 12)}  # 今天 says when the member asks
    u = understand("明年的报名什么时候", answerer.vocabulary, year=2021, now=NOW.date())
    assert [y for y, _ in u.years] == [2022]
    assert understand("2021级的学生能报吗", answerer.vocabulary, year=2021, now=NOW.date()).years == ()


def test_today_alone_is_no_cue_that_the_exams_are_asked(answerer) -> None:
    for q in ["今天星期几", "今天天气怎么样"]:
        assert not any(d in ask(answerer, q).text for d in EXAM_DATES), q


def test_a_window_question_answers_with_the_stated_day(answerer) -> None:
    reply = ask(answerer, "今天都11月22号了还能报名吗")
    assert "11月20日" in reply.text and "截止" in reply.text


@pytest.mark.parametrize(
    "q, wanted, unwanted",
    [
        # a day without its month is this month's (the clock says December)
        ("早上好，今天19号，中级还有学生没打准考证，还能打吗？来得及不", ("可以", "最后一天"), ("还不能",)),
        ("今天都15号了，我们考场还没排，还来得及不？", ("可以", "最后一天"), ("还有 5 天",)),
        ("今天18号，中级是明天考吧？", ("12月19日",), ("12月11日", "没有考试")),
        ("今天２１号了，高级准考证还能打吗", ("不能", "12月20日"), ("可以",)),
    ],
)
def test_a_day_stated_without_its_month_is_today(answerer, q: str, wanted, unwanted) -> None:
    """「今天19号」 is the 19th of the month nearest the clock, for every clause of the message (明天 included)."""
    text = ask(answerer, q).text
    assert all(w in text for w in wanted) and not any(w in text for w in unwanted), text


@pytest.mark.parametrize(
    "q, lead", [("今天18号，中级是明天考吧？", "是的"), ("今天17号，初级是后天考吗", "不是"), ("今天能打准考证吗", "")]
)
def test_a_day_claimed_relative_to_today_is_confirmed_or_denied(answerer, q: str, lead: str) -> None:
    """明天 and 后天 claim a day (checked against the answer's); 今天 only says when the member asks."""
    text = ask(answerer, q).text
    assert text.startswith(lead) and not (lead == "" and text.startswith(("是的", "不是"))), text


@pytest.mark.parametrize(
    "q, lead",
    [("今天11月28号，考务负责人的联系方式现在填还算按时吗", "可以"), ("今天12月2号，初级准考证现在打算逾期吗", "还没有")],
)
def test_whether_it_is_still_on_time_is_a_windows_status(answerer, q: str, lead: str) -> None:
    """按时, 逾期: whether a step is on time is asked of its window, and the verdict comes first."""
    text = ask(answerer, q).text
    assert text.startswith(lead), text


@pytest.mark.parametrize(
    "q, stated",
    [
        ("考试系统安装包去哪下载", False),  # the entry is about installing; it names no place to get it
        ("考务员培训在哪参加", False),
        ("准考证在哪打印", True),  # 登录 1+X 平台
        ("备案表发到哪里", True),  # an e-mail address
        ("技术问题去哪问", True),  # its samples ask 找谁: people are where to ask
        ("考务咨询群在哪加", True),  # a group's number
        ("各级别准考证打到哪天", True),  # 到哪天 asks which day, not where
        ("理论考试在哪个级别最难", True),  # (which level: no place asked)
    ],
)
def test_a_where_question_says_when_the_notice_names_no_place(answerer, q: str, stated: bool) -> None:
    """As for a time, so for a place: the right entry, led by 「通知里没有写明在哪里」 when its answer names none."""
    text = ask(answerer, q).text
    assert text.startswith("通知里没有写明在哪里") is not stated, text


@pytest.mark.parametrize(
    "q, lead",
    [("高级理论考试是否安排在下午进行？", "不是"), ("实操是下午考吗", "是的"), ("中级是下午考吗", "中级")],
)
def test_a_half_day_claimed_for_a_paper_is_confirmed_or_denied(answerer, q: str, lead: str) -> None:
    """上午/下午 claimed for a paper gets its yes or no; for a level alone (one paper each half-day) neither."""
    text = ask(answerer, q).text
    assert text.startswith(lead), text


@pytest.mark.parametrize(
    "q, lead",
    [
        ("老师好，我们是江苏的一所技师学院，实操是考两个小时吧？", "不是"),  # 14:00-16:30 is 150 minutes
        ("理论考试是一个半小时吗", "是的"),
        ("实操考150分钟对吧", "是的"),
        ("理论考几个小时", "初级"),  # asked, not claimed
    ],
)
def test_a_length_of_time_claimed_is_confirmed_or_denied(answerer, q: str, lead: str) -> None:
    """A length claimed (两个小时, 一个半小时, 150分钟) is checked against the spans the answer gives."""
    text = ask(answerer, q).text
    assert text.startswith(lead), text


@pytest.mark.parametrize(
    "q, lead",
    [
        ("实操考试要考多久啊，两个半小时吗", "是的"),
        ("各位老师好，理论考多长时间？两个小时吗", "不是"),
        ("中级实操几点结束，４点半对吗", "是的"),
    ],
)
def test_a_claim_in_a_second_clause_is_confirmed_or_denied(answerer, q: str, lead: str) -> None:
    """「要考多久，两个半小时吗」: the question word is in one clause, what the member expects in the next; both are
    answered by one entry, and the claim is still checked."""
    text = ask(answerer, q).text
    assert text.startswith(lead), text


@pytest.mark.parametrize(
    "q, now, days",
    [
        ("这周末就考试了吗？", datetime(2021, 12, 3, 14, 10), {(4, 12), (5, 12)}),
        ("下周末考试吗", datetime(2021, 12, 10, 10, 0), {(18, 12), (19, 12)}),
        ("这个周末考啥", datetime(2021, 12, 13, 9, 0), {(18, 12), (19, 12)}),
    ],
)
def test_a_named_weeks_weekend_is_its_two_days(answerer, q: str, now: datetime, days: set) -> None:
    """这周末, 下周末: the Saturday and Sunday of that week, as 这周六 is one day; 周末 alone is any weekend."""
    u = understand(q, answerer.vocabulary, year=2021, now=now.date())
    assert set(u.days) == days and not u.weekdays


def test_this_weekend_without_exams_is_denied(answerer) -> None:
    text = ask(answerer, "这周末就考试了吗？", datetime(2021, 12, 3, 14, 10)).text
    assert "没有考试" in text and not text.startswith("是的"), text


@pytest.mark.parametrize(
    "q, now, lead",
    [
        ("老师，今天11月29号，考务负责人联系方式还要报吗？截止是哪天", datetime(2021, 11, 29, 9, 0), "要"),
        ("考场还需要编排吗", datetime(2021, 12, 3, 9, 0), "要"),
        ("考务负责人联系方式还要报吗", datetime(2021, 12, 3, 9, 0), "不能了"),
        ("今天11月28号，考务负责人联系方式还来得及报吗", datetime(2021, 11, 24, 16, 0), "可以"),
    ],
)
def test_whether_it_is_still_to_be_done_is_a_windows_status(answerer, q: str, now: datetime, lead: str) -> None:
    """「还要报吗」「还需要…吗」 ask where the window stands: 要 while it is open, its closing when it is over; a
    form still to be sent (报, 交 after a modal) is the site's own, not a contact asked for."""
    reply = ask(answerer, q, now)
    assert reply.kind != "contact" and reply.text.startswith(lead), reply.text


@pytest.mark.parametrize(
    ("q", "now", "lead"),
    [
        ("中级那批准考证开放打印没", datetime(2021, 12, 17, 9, 0), "可以"),
        ("高级的准考证开打了吧", datetime(2021, 12, 16, 9, 0), "可以"),
        ("准考证开放打印了没有", datetime(2021, 12, 10, 9, 0), "还不能"),
    ],
)
def test_whether_it_has_happened_yet_is_a_windows_status(answerer, q: str, now: datetime, lead: str) -> None:
    """「…没」「…了没有」 at a question's end ask whether it has happened yet, and 开打了 whether it has opened: where
    today stands in the window, first."""
    assert ask(answerer, q, now).text.startswith(lead), ask(answerer, q, now).text


def test_what_else_is_to_be_done_is_no_status(answerer) -> None:
    text = ask(answerer, "报名还要交什么材料", datetime(2021, 11, 10, 9, 0)).text
    assert not text.startswith(("要", "可以", "不能")), text


def test_a_clause_that_asks_again_of_the_act_before_asks_of_its_thing(answerer) -> None:
    """「年会在哪开，啥时候开」: the second clause names no thing and asks of the same act (开, one character), so
    it asks of the 年会 too, not of any window that opens."""
    text = ask(answerer, "1+X证书制度试点工作年会在哪开，啥时候开？", datetime(2021, 12, 3, 14, 10)).text
    assert "2021年" not in text and "报名" not in text, text


@pytest.mark.parametrize(
    "q, now, level, shown, hidden",
    [
        ("下午考啥", datetime(2021, 12, 19, 8, 0), "中级", "14:00", ("初级", "高级", "9:00")),
        ("今天１２月１８号，下午考啥？几点开始", datetime(2021, 11, 24, 16, 0), "初级", "14:00", ("中级", "高级", "9:00")),
        ("今天是12月20号周一，今天上午几点考试？考哪个级别", datetime(2021, 11, 24, 16, 0), "高级", "9:00", ("14:00",)),
    ],
)
def test_a_half_day_asked_on_an_exam_day_is_that_days(answerer, q, now, level, shown, hidden) -> None:
    """「下午考啥」 asked on an exam day (by the clock or the member's own 「今天…号」) is this afternoon's paper; a
    half-day said in one clause holds for the next that names none (「今天上午几点考试？考哪个级别」)."""
    text = ask(answerer, q, now).text
    assert level in text and shown in text and not any(h in text for h in hidden), text


def test_a_half_day_asked_on_another_day_is_every_levels(answerer) -> None:
    text = ask(answerer, "下午考啥", datetime(2021, 12, 10, 10, 0)).text
    assert all(level in text for level in ("初级", "中级", "高级")) and "9:00" not in text, text


@pytest.mark.parametrize("q", ["12月份考试几号", "１２月份啥时候考", "11月份报名截止了吗", "10月份就能报名了吗"])
def test_a_month_of_ours_said_with_its_unit_is_ours(answerer, q: str) -> None:
    """月份 is a unit of time like 月: 「12月份考试几号」 was refused as a question about 月份."""
    reply = ask(answerer, q, datetime(2021, 11, 24, 16, 0))
    assert reply.kind not in TURNED_AWAY and "月份" not in reply.text, reply.text


@pytest.mark.parametrize("q", ["春季３月份那次Python考核安排在哪几天？", "明年6月还有考试吗", "听说7月有一次补考，几号考"])
def test_a_month_none_of_the_notices_dates_fall_in_is_another_sitting(answerer, q: str) -> None:
    reply = ask(answerer, q, datetime(2021, 11, 24, 16, 0))
    assert "12月18日" not in reply.text and "9:00" not in reply.text, reply.text


@pytest.mark.parametrize(
    "q, lead",
    [("中级理论是周日上午吧？几点结束啊", "是的"), ("中级理论是周六上午吧？几点结束啊", "不是")],
)
def test_a_claim_joined_with_a_question_tail_is_confirmed_or_denied(answerer, q: str, lead: str) -> None:
    """「是周日上午吧？几点结束」: the tail that only asks is joined to the claim; the claim is still judged."""
    text = ask(answerer, q, datetime(2021, 12, 18, 11, 0)).text
    assert text.startswith(lead), text


@pytest.mark.parametrize(
    "q, level, hidden",
    [("明儿考哪个级别？上午几点开始", "中级", "初级"), ("今儿个下午考啥", "初级", "9:00"), ("明儿个中级考吗", "中级", "高级")],
)
def test_spoken_forms_of_today_and_tomorrow_are_those_days(answerer, q: str, level: str, hidden: str) -> None:
    """明儿, 今儿个: the spoken 明天 and 今天 (and 今儿个下午 is this afternoon, not a whole afternoon spent)."""
    text = ask(answerer, q, datetime(2021, 12, 18, 11, 0)).text
    assert level in text and hidden not in text, text


@pytest.mark.parametrize("q", ["实操也是机考吗", "考试是不是机考"])
def test_a_value_the_answer_says_in_words_is_confirmed(answerer, q: str) -> None:
    """「实操也是机考吗」: what 是 is said of, found in the answer (「都是机考」), is confirmed."""
    assert ask(answerer, q).text.startswith("是的")


def test_a_value_the_answer_does_not_say_is_not_confirmed(answerer) -> None:
    assert not ask(answerer, "理论考试是线上考吗").text.startswith("是的")


def test_a_day_without_its_month_takes_the_month_nearest_the_clock() -> None:
    from bot.understand import stated_today

    assert stated_today("今天19号", year=2021, now=date(2021, 12, 10))[0] == date(2021, 12, 19)
    assert stated_today("今天30号", year=2021, now=date(2021, 12, 2))[0] == date(2021, 11, 30)
    assert stated_today("今天2号", year=2021, now=date(2021, 12, 30))[0] == date(2022, 1, 2)
    assert stated_today("今天19号", year=2021)[0] is None  # no clock: no month to put it in


def test_a_question_joined_to_the_next_keeps_what_it_asked(answerer) -> None:
    """「能打准考证了吗？能打到啥时候」 is one question (the second names nothing), and it still asks whether printing
    has opened: the reply leads with the verdict, though normalising dropped the 吗 that ended the first clause."""
    text = ask(answerer, "今天16号，高级的学生能打准考证了吗？能打到啥时候").text
    assert text.startswith("可以") and "12月20日" in text, text
    text = ask(answerer, "高级的学生能打准考证了吗？能打到几号").text
    assert text.startswith("还不能") and "12月20日" in text, text


# ------------------------------------------------------------ two clauses


def test_a_clause_speaks_of_the_level_named_before_it(answerer) -> None:
    reply = ask(answerer, "我们学校只报了高级，考试时间和准考证打印时间分别是？")
    assert "12月20日" in reply.text
    assert "12月18日" not in reply.text and "12月19日" not in reply.text


def test_two_clauses_on_one_entry_are_answered_together(answerer) -> None:
    reply = ask(answerer, "现在12月20号下午3点，高级实操还在考吧？几点结束")
    assert "16:30" in reply.text
    assert "12月18日" not in reply.text and "12月19日" not in reply.text
    reply = ask(answerer, "初级几点考，中级呢")
    assert "初级" in reply.text and "中级" in reply.text and "高级" not in reply.text


def test_two_questions_get_two_answers(answerer) -> None:
    reply = ask(answerer, "中级几号考？准考证啥时候能打？")
    assert "12月19日" in reply.text and "12月16日" in reply.text


@pytest.mark.parametrize(
    ("q", "school", "person", "other"),
    [
        ("中国石油大学（华东）这边找哪个老师签协议", "中国石油大学（华东）", "贾昕旸", "北京"),
        ("中国地质大学(武汉)的联系人是谁", "中国地质大学（武汉）", "梁眉", "北京"),
    ],
)
def test_a_campus_in_brackets_is_read_through_the_normalised_question(answerer, q, school, person, other) -> None:
    """A question reaches the router normalised, its brackets dropped: the listed campus (中国石油大学（华东）, in 青岛)
    is still read, and shown as listed; the school's other campus's province is not named."""
    reply = ask(answerer, q)
    assert reply.kind == "contact" and school in reply.text and person in reply.text and other not in reply.text


def test_a_schools_name_is_one_name(answerer) -> None:
    """工程 and 技术 inside 四川工程职业技术学院 say who asks, not what is asked."""
    reply = ask(answerer, "各位老师好，我是四川工程职业技术学院的，想问下初级是哪天考啊？")
    assert "12月18日" in reply.text and "12月19日" not in reply.text


@pytest.mark.parametrize(
    "q, lead",
    [
        ("今天都12月17号了，中级准考证还能打印吗", "可以"),
        ("今天10月15号，能报名了不", "还不能"),
        ("今天12月10号 可以编排考场了吗", "可以"),
        ("考点申报还能交吗", "不能了"),
        ("报名截止了吗", "是的"),
        ("今天11月1号，报名截止了吗", "还没有"),
        # 截止 with the day asked after it asks when, and the yes or no is the can's
        ("今天11月28号礼拜天，考务负责人联系方式还能填吗？截止是哪天", "可以"),
        ("今天11月10号，报名还能报吗？截止时间是啥时候", "可以"),
    ],
)
def test_a_yes_no_question_about_a_window_is_answered_yes_or_no_first(answerer, q: str, lead: str) -> None:
    assert ask(answerer, q).text.startswith(lead)


def test_a_yes_no_question_about_something_else_in_the_entry_gets_no_window_verdict(answerer) -> None:
    """「考完准考证要收上来不」 asks about the ticket, not whether printing is open: no 可以/还不能 first."""
    text = ask(answerer, "打印准考证之前要先做什么").text
    assert not text.startswith(("可以", "还不能", "不能了"))


@pytest.mark.parametrize(
    "q, want",
    [("中级的准考证几号开始打", "12月16日"), ("报名是几号开始的", "10月20日")],
)
def test_the_questions_rarest_word_of_ours_outweighs_a_level_and_a_when(answerer, q: str, want: str) -> None:
    """准考证 and 报名 say which entry; 中级 and 几号 are shared by every schedule question."""
    assert want in ask(answerer, q).text


@pytest.mark.parametrize(
    "q, want, not_want",
    [
        ("When is the intermediate exam?", "12月19日", "12月18日"),
        ("what time does the practical exam start", "14:00", None),
    ],
)
def test_a_question_in_english_is_matched_by_meaning(answerer, q: str, want: str, not_want: str | None) -> None:
    text = ask(answerer, q).text
    assert want in text and (not_want is None or not_want not in text), text


def test_english_about_something_else_is_still_turned_away(answerer) -> None:
    assert ask(answerer, "what's the weather like tomorrow").kind in TURNED_AWAY


def test_a_window_question_about_another_day_gets_no_verdict_for_today(answerer) -> None:
    """「高级考试当天还能打准考证不」 asks about the 20th, not today (the 10th): no 「还不能」 for today, but the
    exam day's own verdict."""
    text = ask(answerer, "高级考试当天还能打准考证不").text
    assert text.startswith("可以，考试当天") and not text.startswith(("还不能", "不能了")) and "12月20日" in text


@pytest.mark.parametrize(
    "q, lead",
    [
        ("12月20号还能打中级准考证吗", "12月20日已经不能了"),  # 中级 closes on the 19th
        ("12月17号能打印初级准考证了吗", "12月17日可以"),
        ("12月15号能打准考证了吗", "12月15日还不能"),
        ("11月25号还能报名吗", "11月25日已经不能了"),
        ("１１月１０号还能申报考点吗", "11月10日可以"),
    ],
)
def test_a_window_question_about_a_named_day_gets_that_days_verdict(answerer, q: str, lead: str) -> None:
    """The verdict is for the day the member names (the clock says 12月10日), with the window's edge as reason."""
    text = ask(answerer, q).text
    assert text.startswith(lead), text
    assert "今天是" not in text.splitlines()[0]


def _with_entries(knowledge, *entries: dict):
    import dataclasses

    from bot.answer import Answerer
    from bot.knowledge import FaqEntry, FaqFile

    given = {e["id"]: FaqEntry(**e) for e in entries}  # an entry of ours given again is edited, else added
    faqs = [given.pop(e.id, e) for e in knowledge.faq.faqs] + list(given.values())
    faq = FaqFile(faqs=faqs, synonyms=knowledge.faq.synonyms)
    return Answerer(dataclasses.replace(knowledge, faq=faq))


LUNCH = {
    "id": "lunch-break",
    "questions": ["理论和实操中间午饭怎么安排", "监考老师中午吃饭考点管吗"],
    "answer": "理论和实操之间的午餐由各考点自行安排：考生回食堂或宿舍就餐，13:30前回到候考区签到。",
}
SCRATCH = {
    "id": "scratch-paper",
    "questions": ["考试能带草稿纸吗", "草稿纸考点提供吗"],
    "answer": "理论和实操考试都由考点统一发放草稿纸，考后收回；考生不得自带纸张。",
}


@pytest.mark.parametrize(
    "q, want", [("中间午休学生能回寝室不？下午几点前得到", "lunch-break"), ("学生能不能自己带几张白纸进去打草稿", "scratch-paper")]
)
def test_a_staff_entrys_word_said_otherwise_reaches_the_entry(knowledge, q: str, want: str) -> None:
    """寝室 for the answer's 宿舍, 白纸 for 草稿纸: words new to us that mean a word of the entry."""
    reply = _with_entries(knowledge, LUNCH, SCRATCH).answer(q, now=NOW)
    assert reply.entry_id == want, reply.text


@pytest.mark.parametrize("q", ["考生能带水杯进考场吗", "今年考研是几号"])
def test_a_new_word_near_no_word_of_the_entry_is_still_another_subject(knowledge, q: str) -> None:
    reply = _with_entries(knowledge, LUNCH, SCRATCH).answer(q, now=NOW)
    assert reply.entry_id not in ("lunch-break", "scratch-paper") and reply.kind in TURNED_AWAY, reply.text


OTHER_CLIENT = {
    "id": "other-vendor-client",
    "questions": ["机房装了别的考试客户端要卸载吗", "其他1+X证书的考试软件能留着吗"],
    "answer": "其他考试的客户端可以保留，不必卸载，考前退出这些程序并关闭开机自启即可。",
}
CLEANERS = {
    "id": "cleaners-exam-hours",
    "questions": ["考试期间保洁能进考场楼吗", "考试时保洁要停吗"],
    "answer": "考试时段暂停考场所在楼层的保洁作业，保洁人员不进入考场。",
}


def test_an_entry_about_anothers_thing_is_asked_when_another_is_said_its_way(knowledge) -> None:
    """The entry's own samples ask of another exam's software (别的考试客户端, 其他1+X证书): 「别的证」 asks it too."""
    reply = _with_entries(knowledge, OTHER_CLIENT).answer("别的证的考试程序留着行不", now=NOW)
    assert reply.entry_id == "other-vendor-client", reply.text


@pytest.mark.parametrize("q", ["别的证书什么时候报名", "其他考试几点开始", "别的群的群号是多少"])
def test_another_subject_is_still_turned_away_beside_an_entry_about_anothers_thing(knowledge, q: str) -> None:
    reply = _with_entries(knowledge, OTHER_CLIENT).answer(q, now=NOW)
    assert reply.entry_id is None and reply.kind in TURNED_AWAY, reply.text


@pytest.mark.parametrize("q", ["考式的时候保洁阿姨还能在楼道里干活吗", "考试的时候保洁阿姨还能干活吗", "考试时保洁能在楼道里拖地吗"])
def test_where_a_thing_is_done_and_who_does_it_name_no_new_subject(knowledge, q: str) -> None:
    """在楼道里 says where it is done; 保洁阿姨 (阿姨, to jieba a person's name) says who does it: the entry's question."""
    reply = _with_entries(knowledge, CLEANERS).answer(q, now=NOW)
    assert reply.entry_id == "cleaners-exam-hours", reply.text


@pytest.mark.parametrize(
    "q, person",
    [
        ("云南国防工业职业技术学院的，想提前问下考试期间机子出故障的应急流程", "宋菊"),
        ("安徽职业技术学院的，实操那场做完了能提前走吗", "项露琪"),
    ],
)
def test_a_school_named_as_context_gets_no_provincial_contact_when_something_else_is_asked(
    answerer, q: str, person: str
) -> None:
    """The school says who asks; the question is the other clause, and nobody asked for 云南's contact."""
    assert person not in ask(answerer, q).text


def test_a_correction_after_a_preamble_is_still_routed(answerer) -> None:
    text = ask(answerer, "说错了，不是宁夏，是宁波").text
    assert "赵江" in text and "黄超" not in text


def test_a_word_that_may_be_cut_across_another_is_no_evidence_of_another(answerer) -> None:
    """哪一级别的 cuts as 一级 + 别的, but 级别 is the word: no "another" (别的) in it."""
    text = ask(answerer, "星期六举行的是哪一级别的考试？").text
    assert "初级" in text and "12月19日" not in text


def test_a_lone_digit_before_ri_is_a_count_not_a_day(answerer) -> None:
    from bot.understand import arabic_numbers

    assert arabic_numbers("同一日") == "同一日" and arabic_numbers("三日内") == "三日内"
    assert arabic_numbers("十二月一日") == "12月1日" and arabic_numbers("十八日") == "18日"
    assert "12月1日" not in ask(answerer, "同一级别的理论考试与实操考试是否在同一日举行？").text


def test_a_verb_our_text_uses_on_a_noun_acts_on_it_and_names_no_other_subject(answerer) -> None:
    """途径打印准考证: 打印 acts on 准考证 (our own samples say 打印准考证), so 途径 names nothing of it."""
    assert answerer.topics.names_another("考生可通过何种途径打印准考证") is None
    assert ask(answerer, "考生可通过何种途径打印准考证？").entry_id == "tickets"
    assert answerer.topics.names_another("智能财税1+X的备案表发哪个邮箱")  # a name before 的 still counts


def test_the_written_register_states_a_day_and_asks_whether_still(answerer) -> None:
    """截至 X 日 is "as of", 仍可/仍在 the written 还能: the same verdict as the chat register gets."""
    text = ask(answerer, "截至2021年11月23日，是否仍可报名参加本次考核？", now=datetime(2021, 12, 10)).text
    assert text.startswith("不能了") and "2021年11月23日" in text.splitlines()[0]


def test_a_clause_that_only_asks_about_the_other_takes_its_question_to_it(answerer) -> None:
    text = ask(answerer, "若于2021年11月25日提交考核站点申报，是否仍在规定期限内？").text
    assert text.startswith("11月25日已经不能了"), text


@pytest.mark.parametrize(
    "q, parts",
    [
        ("宝鸡职业技术学院，1 联系人是谁 2 中级考试是哪天", ["宝鸡职业技术学院", "联系人是谁", "中级考试是哪天"]),
        ("1.报名时间 2.考试时间", ["报名时间", "考试时间"]),
        ("１．报名时间　２．考试时间", ["报名时间", "考试时间"]),
        ("①初级几号考②准考证几号打", ["初级几号考", "准考证几号打"]),
        ("我们1个学生没带证，2个迟到", ["我们1个学生没带证", "2个迟到"]),  # counts, not items
        ("12月18号考什么", ["12月18号考什么"]),
    ],
)
def test_numbered_items_are_clauses(q: str, parts: list[str]) -> None:
    from bot.understand import clauses

    assert clauses(q) == parts


def test_every_numbered_item_is_answered(answerer) -> None:
    text = ask(answerer, "宝鸡职业技术学院，1 联系人是谁 2 中级考试是哪天").text
    assert "杨德明" in text and "12月19日" in text and "12月18日" not in text


@pytest.mark.parametrize("q", ["现在几点了", "明天几号", "今天星期几"])
def test_a_question_that_only_asks_the_time_or_date_names_nothing_of_ours(answerer, q: str) -> None:
    reply = ask(answerer, q)
    assert reply.kind == "help" and not any(d in reply.text for d in EXAM_DATES), reply.text


@pytest.mark.parametrize("q", ["几点考", "明天考吗", "几号打准考证"])
def test_a_time_question_about_a_thing_of_ours_is_still_answered(answerer, q: str) -> None:
    assert ask(answerer, q).kind == "faq"


# ------------------------------------------------------------ session 5: what blind20 showed, by class


@pytest.mark.parametrize(
    ("q", "kept"),
    [("周一下午几点开始考", "周一下午"), ("星期一下午考什么", "星期一下午"), ("监考老师几点到", "监考")],
)
def test_filler_is_taken_out_only_as_whole_words(q: str, kept: str) -> None:
    """问一下 is filler; the 一下 inside 周一下午 (周一 + 下午) is not."""
    from bot.text import normalize

    assert kept in normalize(q)
    assert normalize("老师好，问一下准考证") == "准考证"


def test_a_weekday_afternoon_narrows_to_that_days_level(answerer) -> None:
    reply = ask(answerer, "周一下午几点开始考")
    assert "高级" in reply.text and "14:00" in reply.text
    assert "初级" not in reply.text and "9:00" not in reply.text


@pytest.mark.parametrize(
    ("q", "want", "not_want"),
    [
        ("１２月１８号上午考的是理论还是实操？", "理论考试 上午 9:00-10:30", "14:00"),  # of the papers named, that half-day's
        ("实操是上午考吗", "实操考试 下午 14:00-16:30", "9:00"),  # none is: say when it is
    ],
)
def test_a_half_day_narrows_the_papers_named(answerer, q: str, want: str, not_want: str) -> None:
    reply = ask(answerer, q)
    assert want in reply.text and not_want not in reply.text, reply.text


@pytest.mark.parametrize("q", ["各位好，考试一共考几天啊？从哪天到哪天", "总共考几天", "考试合计几天"])
def test_a_word_that_totals_a_count_names_no_other_subject(answerer, q: str) -> None:
    """jieba tags 一共 an abbreviation and 总共 an attribute word, as if they named something: they count."""
    reply = ask(answerer, q)
    assert reply.kind == "faq" and all(d in reply.text for d in EXAM_DATES), reply.text


@pytest.mark.parametrize(
    ("q", "verdict", "state"),
    [
        ("今天都１２月８号了，我们还有几个学生想报名，还来得及吗", "不能", "11月20日"),
        ("今天12月14号，我们考场还没排，还来得及吗？", "可以", "12月15日"),
        ("考务负责人信息还没填，这个截止了吗", "是的", "11月30日"),
    ],
)
def test_a_clause_that_only_asks_asks_about_the_clause_before(answerer, q: str, verdict: str, state: str) -> None:
    """「…，还来得及吗」「…，截止了没」: the bare question tail is the window's status question."""
    reply = ask(answerer, q)
    assert reply.text.startswith(verdict), reply.text
    assert state in reply.text


def test_a_question_tail_asking_who_stays_with_the_contact_router(answerer) -> None:
    reply = ask(answerer, "我们学校主校区在四川，新疆还有个分校区，两边各找谁")
    assert "雷鹏" in reply.text and "黄超" in reply.text


@pytest.mark.parametrize(
    ("q", "want", "not_want"),
    [
        ("中级准考正什么时候打", "12月16日", "9:00"),  # 准考证, typed by sound
        ("中级理伦几点到几点", "9:00-10:30", "14:00"),  # 理论
        ("高极考试是１２月几号", "12月20日", "12月18日"),  # 高级
        ("考务负责人联系方式在哪填", "docs.qq.com", "12月16日"),  # 哪填 is no misspelt 哪天
        ("各位老师，中及的实操是几点到几点", "12月19日", "12月18日"),  # 中级: 中 stays, 及 is the typo
        ("中极考试是周六还是周日", "12月19日", "12月18日"),  # 中极 is a dictionary word, but jieba cut it apart here
        ("初级实超考试几点开始几点结束啊", "14:00-16:30", "9:00"),  # 实操 typed shichao (模糊音: ch for c)
    ],
)
def test_a_word_typed_by_its_sound_is_read_as_ours(answerer, q: str, want: str, not_want: str) -> None:
    reply = ask(answerer, q)
    assert want in reply.text and not_want not in reply.text, reply.text


def test_a_folded_sound_is_a_typo_only_where_a_character_stays(answerer) -> None:
    """笑死 (xiaosi) folds to 小时's sound (xiaoshi) but keeps none of its characters: a word of its own, no typo."""
    assert answerer._respelt("哈哈哈哈这个表情包谁做的笑死") == "哈哈哈哈这个表情包谁做的笑死"
    assert ask(answerer, "哈哈哈哈这个表情包谁做的，笑死").kind in TURNED_AWAY


def test_a_common_word_that_would_change_is_no_typo(answerer) -> None:
    """是 is written as meant: 是点 is not 试点, though both sound shi dian."""
    assert answerer._respelt("我们是点吗") == "我们是点吗"


def test_people_and_places_are_never_respelt(answerer) -> None:
    """李文 sounds like 李雯: whether that is a typo or another person is the contact router's call."""
    assert answerer._respelt("李文负责哪里") == "李文负责哪里"
    assert answerer._respelt("宿州的学校") == "宿州的学校"


def test_a_verb_before_a_thing_of_ours_says_what_sort_not_whose(answerer) -> None:
    """起止时间 is a sort of 时间; 智能财税1+X的备案表 is another programme's."""
    reply = ask(answerer, "请问考核站点申报的起止时间是什么时候？")
    assert "10月20日" in reply.text and "11月20日" in reply.text
    assert ask(answerer, "智能财税1+X的备案表发哪个邮箱").kind in TURNED_AWAY


def test_things_asked_respectively_each_get_an_answer(answerer) -> None:
    reply = ask(answerer, "请问考场编排与准考证打印分别在何时进行？")
    assert "12月1日" in reply.text and "12月15日" in reply.text  # 考场编排
    assert "12月16日" in reply.text  # 准考证打印


def test_respectively_asked_about_another_subject_is_still_turned_away(answerer) -> None:
    reply = ask(answerer, "本次考核理论考试与实操考试的合格分数线分别为多少分？")
    assert not any(d in reply.text for d in EXAM_DATES), reply.text


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("三个级别是在同一天考吗", "不是同一天"),
        ("初中高三个级别理论考试的时间一样吗", "相同，都是 9:00-10:30"),
        ("中级和高级的实操时间一样吗", "相同，都是 14:00-16:30"),
        ("实操是不是三个级别都一个时间段？", "相同，都是 14:00-16:30"),  # 都一个: all one, the same
        ("三个级别都是一个时间考吗", "不是同一天"),
    ],
)
def test_a_comparison_of_levels_gets_a_verdict(answerer, q: str, lead: str) -> None:
    reply = ask(answerer, q)
    assert reply.text.splitlines()[0].find(lead) >= 0, reply.text


def test_a_greetings_leftover_takes_no_place_from_the_questions(answerer) -> None:
    """老师们好 leaves 好; with a school, a level and 理论和实操分别 the message has five clauses, and the last
    asked one must still be read."""
    reply = ask(answerer, "老师们好，我们是成都技师学院，报的中级，理论和实操分别几点？")
    assert "9:00-10:30" in reply.text and "14:00-16:30" in reply.text
    assert "初级" not in reply.text and "高级" not in reply.text


@pytest.mark.parametrize(
    "q",
    ["考生想从我们这转去隔壁学院考，行不行", "学生能不能去别的考点考", "证书编号在哪个网可以验证"],
)
def test_another_place_or_a_verb_ending_in_a_kind_is_no_other_subject(answerer, q: str) -> None:
    """「隔壁学院」「别的考点」 are another place to sit our exam; 验证 is a verb, not a kind of 证; 证书编号 is a
    certificate's number, not another certificate."""
    c = answerer._clause(q)
    assert answerer.topics.names_another(c.u.text) is None, c.u.text


@pytest.mark.parametrize(("q", "another"), [("其他考试几号", "其他"), ("别的群号是多少", "别的"), ("期末考几号", "期末")])
def test_another_of_a_kind_is_still_another_subject(answerer, q: str, another: str) -> None:
    assert answerer.topics.names_another(q) == another


def test_a_relational_noun_names_no_other_subject(answerer) -> None:
    """技术方面的问题: 方面 relates 问题 to 技术 (ours); it names nothing of its own. 何人 asks who."""
    reply = ask(answerer, "考试系统技术方面的问题应向何人咨询？")
    assert "张全伟" in reply.text and "15921571656" in reply.text


@pytest.mark.parametrize(("q", "short"), [("今年下半年软考的成绩什么时候出", "软考"), ("学考几号", "学考")])
def test_a_short_name_jieba_cuts_in_two_is_another_exam(answerer, q: str, short: str) -> None:
    """软考: jieba knows no such word and cuts 软 / 考; one naming character before a one-character kind."""
    assert answerer.topics.names_another(q) == short


@pytest.mark.parametrize(
    "q", ["12月考试几号", "广东省考点找谁", "四川大学考点找谁", "初级考几门", "这次考什么", "周日下午那门考啥", "每门考多久"]
)
def test_our_exam_said_with_a_one_character_kind_is_not_another(answerer, q: str) -> None:
    assert answerer.topics.names_another(q) is None


def test_a_long_story_before_the_question_does_not_crowd_it_out(answerer) -> None:
    """Context comes first and the question last: with more clauses than are read, the last ones are kept."""
    q = "您好，我是新来的教务，接手学校的1+X工作，之前的老师离职了没交接，我们是烟台的，想问下业务对接人是谁，电话多少"
    reply = ask(answerer, q)
    assert "贾昕旸" in reply.text and "17305315567" in reply.text


@pytest.mark.parametrize("q", ["安徽、江苏、浙江都归丁熙丽吗", "都归丁西丽吗"])
def test_a_name_is_never_part_of_a_respelt_run(answerer, q: str) -> None:
    """归丁 sounds like 规定 (ours); 丁 begins 丁熙丽, written or typed by sound."""
    assert "归丁" in answerer._respelt(q)


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("中级高级的考场编排时间跟初级一样吧？", "一样，初级、中级、高级都是2021年12月1日至12月15日"),
        ("中级和高级准考证打印时间一样吗", "不一样：中级 2021年12月16日至12月19日；高级 2021年12月16日至12月20日"),
    ],
)
def test_a_comparison_of_levels_windows_gets_a_verdict(answerer, q: str, lead: str) -> None:
    """One window for every level is the same for all; the ticket windows end on each level's exam day."""
    assert ask(answerer, q).text.startswith(lead)


@pytest.mark.parametrize(
    "q",
    ["咱们考务那块负责人的联系方式，是不是月底前交上去就行？", "考务负责人的电话报上去了没", "考务负责人信息下周交可以吗"],
)
def test_contacts_said_to_be_handed_in_are_the_sites_own(answerer, q: str) -> None:
    """A time said in words before 交 (月底前交, 下周交), or a verb of giving sent up (交上去, 报上去), says the
    contacts are the site's own, handed in: the filing entry and its deadline, not our 考务 contacts."""
    reply = ask(answerer, q, datetime(2021, 11, 15, 10, 5))
    assert reply.entry_id == "contact-filing" and "11月30日" in reply.text and "陈海燕" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "want", "not_want"),
    [("下午那科考到几点", "16:30", "9:00"), ("周一考的那个级别，下午那科考到几点", "16:30", "10:30")],
)
def test_a_classifier_after_a_demonstrative_is_no_other_subject(answerer, q: str, want: str, not_want: str) -> None:
    """那科考到几点: 科 is the classifier after 那 (that paper), not the 科 of 科考 (an expedition) that the dictionary
    cuts across them; the afternoon paper's time is the answer, and nothing is "not in the notice"."""
    text = ask(answerer, q).text
    assert want in text and not_want not in text and "没有写到" not in text, text


@pytest.mark.parametrize(
    ("text", "word", "flag"),
    [("证上那串数字里哪几位代表我们学校", "那串", "r"), ("下午那科考到几点", "科", "q")],
)
def test_a_demonstrative_with_its_classifier_points(answerer, text: str, word: str, flag: str) -> None:
    """那串 (tagged a person's name by the dictionary) points, as a pronoun does; a classifier cut into the next
    word (那 / 科考) stands alone. None of them names a thing new to us."""
    tagged = dict(answerer.topics.read(text))
    assert tagged.get(word) == flag, tagged
    assert word not in answerer.topics.foreign_share(text)[1]


# ------------------------------------------------------------ session 6: blind22's classes


def test_a_clause_that_only_says_what_day_it_is_is_no_question(answerer) -> None:
    """「今天都12月1号了」 is `today` for the question after it, never a question of its own."""
    reply = ask(answerer, "今天都１２月１号了，我们考务负责人的联系方式还没填，还能填吗")
    assert reply.entry_id == "contact-filing" and "11月30日" in reply.text, reply.text
    assert "报名" not in reply.text and "陈海燕" not in reply.text  # no registration window, no contact card


def test_a_tail_placing_the_act_before_in_time_gets_no_other_window(answerer) -> None:
    """「最晚卡在哪天」 names no thing (卡 is tagged a noun, yet 卡在哪天 only asks which day): it asks of the fee
    before it, and the registration window, which its words alone drew, is not printed."""
    text = ask(answerer, "考试费是不是这几天就得交了？最晚卡在哪天", datetime(2021, 12, 12, 9, 40)).text
    assert "打印准考证前" in text and "报名时间" not in text, text


@pytest.mark.parametrize(
    ("q", "joined"),
    [
        ("联系方式还没填，还能填吗", True),  # the verb said before, asked about yes-or-no
        ("考场还没编完，还能弄吗", True),  # 弄 stands for 编
        ("考试费用应于何时缴纳，以何种方式缴纳", False),  # a question word of its own: a second question
        ("考试费是不是这几天就得交了，最晚卡在哪天", True),  # 卡在哪天 only places the act before in time
        ("编排考场什么时候开始，定在几号截止", True),
    ],
)
def test_a_tail_that_repeats_or_stands_for_the_verb_before_asks_about_that_clause(answerer, q, joined) -> None:
    from bot.understand import clauses

    assert (len(answerer._tails_joined(clauses(q))) == 1) == joined


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("兰州石化职业技术学院的，初级的准考证１７号能打吗？", "12月17日可以"),
        ("12月14号能编排考场吗", "12月14日可以"),
        ("中级准考证12月20号能打吗", "12月20日已经不能了"),
    ],
)
def test_whether_one_can_on_a_named_day_gets_that_days_verdict(answerer, q: str, lead: str) -> None:
    assert ask(answerer, q).text.startswith(lead)


@pytest.mark.parametrize(
    ("q", "now", "lead"),
    [
        ("明天是不是就能在1+X平台上编排考场了", datetime(2021, 11, 30, 16, 30), "是的，明天（12月1日）就可以"),
        ("12月20号是不是还能编排考场", NOW, "不是，12月20日已经不能了"),
        ("平台上考场编排开放了吧", datetime(2021, 12, 3, 9, 0), "是的，已经开始了"),
        ("报名通道应该已经开了吧", datetime(2021, 10, 25, 9, 0), "是的，已经开始了"),
        ("考场编排开放了吗", datetime(2021, 11, 25, 9, 0), "还没有"),
    ],
)
def test_a_claim_that_a_window_has_opened_or_can_be_used_on_a_day_is_confirmed_first(
    answerer, q: str, now: datetime, lead: str
) -> None:
    """「…开放了吧」 asks whether the window has begun; 「明天是不是就能…」 claims a day (said as 明天) and gets 是的 or 不是."""
    text = ask(answerer, q, now).text
    assert text.startswith(lead), text


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("老师好，备案表是不是发到sales@zhonghui.vip这个邮箱", "是的"),
        ("备案表是发到abc@qq.com吗", "不是"),
        ("高级的考场编排截止也是15号吗", "是的"),
        ("报名是15号截止吗", "不是"),
        ("咨询群是594707089吗", "是的"),
    ],
)
def test_a_yes_no_question_stating_a_value_is_confirmed_or_denied_first(answerer, q: str, lead: str) -> None:
    assert ask(answerer, q).text.startswith(lead), ask(answerer, q).text


@pytest.mark.parametrize(
    ("q", "lead"),
    [("初级是不是下个月１８号考啊？那天星期几", "是的"), ("初级是不是下个月19号考啊？那天星期几", "不是")],
)
def test_a_yes_no_put_as_a_verb_and_its_negation_states_its_value_before_an_open_question(
    answerer, q: str, lead: str
) -> None:
    """是不是…考啊 is a yes/no question though it ends in 啊: joined with 「那天星期几」, its day is still judged."""
    text = ask(answerer, q).text
    assert text.startswith(lead), text


@pytest.mark.parametrize("q", ["报名截止时间是几号", "备案表发到哪个邮箱"])
def test_a_question_with_a_question_word_gets_no_confirmation(answerer, q: str) -> None:
    text = ask(answerer, q).text
    assert not text.startswith(("是的", "不是")), text


def test_filling_in_the_sites_own_contact_is_not_asking_for_ours(answerer) -> None:
    reply = ask(answerer, "考务负责人联系方式填了吗")
    assert reply.kind == "faq" and reply.entry_id == "contact-filing", reply.text


def test_the_second_part_of_a_question_about_another_exam_is_still_about_it(answerer) -> None:
    """「…二级Python没过，什么时候能补考」: 时候 (of 什么时候) names no thing, so the second clause keeps the
    first clause's other subject."""
    assert ask(answerer, "全国计算机等级考试二级Python没过，什么时候能补考").kind in TURNED_AWAY
    assert not answerer.topics.names_a_thing("什么时候能补考")


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("请问三个级别准考证打印的开始时间是否相同？", "一样，初级、中级、高级都是12月16日开始"),  # every level, the start
        ("三个级别准考证打印截止时间一样吗", "不一样：初级 12月18日截止"),  # the end
        ("中级高级准考证打印时间一样吗", "不一样：中级"),  # the span, the levels named
    ],
)
def test_a_comparison_of_every_level_on_one_edge_gets_that_edges_verdict(answerer, q: str, lead: str) -> None:
    assert ask(answerer, q).text.startswith(lead), ask(answerer, q).text


@pytest.mark.parametrize(
    ("q", "lead"),
    [("准考证考试那天能打吗", "可以，考试当天"), ("高级考试当天能打准考证吗", "可以，考试当天还在时间内：高级 12月20日截止")],
)
def test_the_exam_day_is_each_levels_own(answerer, q: str, lead: str) -> None:
    assert ask(answerer, q).text.startswith(lead), ask(answerer, q).text


def test_a_closed_window_says_already_closed_in_so_many_words(answerer) -> None:
    """已经截止, as members write it, with the day it closed and today."""
    text = ask(answerer, "今天都１２月１号了，考务负责人的联系方式还能填吗").text
    assert text.startswith("不能了，已经截止（2021年11月30日截止，今天是2021年12月1日）"), text


@pytest.mark.parametrize(
    ("q", "another"),
    [("技能大赛省赛赛场要全程录像吗", "大赛"), ("考试期间有会议吗", "会议"), ("学校篮球比赛几号开始", "比赛")],
)
def test_a_kind_of_thing_nothing_of_ours_is_is_another_subject(answerer, q: str, another: str) -> None:
    """We hold no contest, meeting or course: whatever names one, the question is about something else."""
    assert another in (answerer.topics.names_another(answerer._clause(q).u.text) or "")
    assert ask(answerer, q).kind in TURNED_AWAY


@pytest.mark.parametrize(
    ("q", "word"),
    [("登陆的密码是不是统一的", "是不是"), ("考完试以后纸质的东西还要交哪些", "考完试"), ("传到哪里", "传到"), ("报了名还能退吗", "报名")],
)
def test_question_forms_and_split_verbs_name_no_other_subject(answerer, q: str, word: str) -> None:
    """是不是 (A-not-A), 考完试 and 报了名 (a separable verb split by 完, 了: 报了名 is read as 报名 itself), 传到 (a
    resultative complement): the verb inside is what counts, whatever jieba tags the whole (考完试 a person's name, 是不是
    an idiom)."""
    assert word in answerer._clause(q).u.text
    assert word not in answerer.topics.foreign_share(answerer._clause(q).u.text)[1]


# ------------------------------------------------------------ session 6: blind23's classes


def test_a_person_said_to_be_our_provinces_contact_is_confirmed_or_denied(answerer) -> None:
    """「雷鹏是我们省的联系人吗」 with the province as context: a yes/no about him, never his card beside another's."""
    text = ask(answerer, "福建福州的，请问雷鹏老师是我们省的联系人吗").text
    assert text.startswith("不是") and "赵江" in text and "15397640352" not in text, text
    assert ask(answerer, "我们是成都的，雷鹏是我们省的联系人吗").text.startswith("是的")


def test_a_word_that_says_how_much_of_a_thing_names_no_other_subject(answerer) -> None:
    """整体, 具体, 全部 modify a thing of ours; they do not say whose it is."""
    q = "请问2021年12月Python程序开发考核的整体时间安排是怎样的？"
    assert answerer._clause(q).other is None and ask(answerer, q).kind == "faq"
    reply = ask(answerer, "考试的具体时间安排是怎样的")
    assert reply.kind == "faq" and all(d in reply.text for d in EXAM_DATES), reply.text


@pytest.mark.parametrize(
    ("q", "lead"),
    [("咱们高级是12.20号考吗", "是的"), ("我们这边只有初级的考生，１８号一天就考完了吧？", "是的"), ("初级是19号考吗", "不是。初级在")],
)
def test_a_yes_no_question_about_an_exams_day_is_confirmed_or_denied(answerer, q: str, lead: str) -> None:
    assert ask(answerer, q).text.startswith(lead), ask(answerer, q).text


@pytest.mark.parametrize(
    "q", ["Java的1+X考核有QQ群吗，群号多少有人知道吗", "大数据应用开发（Python）证书的准考证１２月几号能打？"]
)
def test_a_thing_of_ours_named_as_another_certificates_is_turned_away(answerer, q: str) -> None:
    """考核 is a verbal noun of ours (as 报名 is); the space a bracket leaves is no modifier of its own."""
    reply = ask(answerer, q)
    assert reply.kind in TURNED_AWAY and "594707089" not in reply.text and "12月16日" not in reply.text, reply.text


def test_a_question_asked_word_for_word_as_a_sample_is_that_entrys(knowledge) -> None:
    """Staff taught 「考场能停车吗」 to exam-venue; a parking entry added with two samples reaches the 1.0 cap too
    (its few samples' bonus and its answer's evidence), but the entry that holds the very question answers it."""
    venue = next(e for e in knowledge.faq.faqs if e.id == "exam-venue").model_dump()
    venue["questions"] = [*venue["questions"], "考场能停车吗"]
    parking = {"id": "parking", "questions": ["考点停车场在哪里", "能开车去考点吗"], "answer": "考点东门有临时停车位，考试当天开放。"}
    answerer = _with_entries(knowledge, venue, parking)
    assert ask(answerer, "考场能停车吗").entry_id == "exam-venue"
    assert ask(answerer, "考点停车场在哪里").entry_id == "parking"


# ------------------------------------------------------------ session 7: classes from blind24 / blind25


@pytest.mark.parametrize(
    ("q", "person"),
    [
        ("想问下贾老师管哪个省", "贾昕旸"),
        ("找林老师", "林贺"),
        ("郁老师电话发我一下", "郁晓东"),
        ("广西那边的陈老师邮箱", "陈淑"),
        # a whole name before the title, cut character by character, typed by its sound (梁媚 for 梁眉)
        ("梁媚老师都管哪些省份呀", "梁眉"),
        ("张孙惠老师负责哪里", "张孙慧"),
        ("宋菊老师管哪", "宋菊"),
    ],
)
def test_a_surname_with_a_title_is_the_one_contact_who_bears_it(answerer, q: str, person: str) -> None:
    """贾老师 is the one contact surnamed 贾; 老师 after a whole name is a title too, kept as after a lone surname,
    so the name before it is read (by its sound where typed wrong), and only that one."""
    reply = ask(answerer, q)
    assert reply.kind == "contact" and person in reply.text, reply.text
    others = [n for n in answerer.router.directory.names() if n != person and n in reply.text]
    assert not others, reply.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [("梁媚老师都管哪些省份", True), ("张全伟老师电话", True), ("林老师", True), ("那就问老师吧", False), ("监考老师几个", False)],
)
def test_title_kept_only_after_a_name(text: str, kept: bool) -> None:
    from bot.text import normalize

    assert ("老师" in normalize(text)) is kept


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("我存的贾昕旸老师号码是17305315568，一直打不通，是不是记错了", "号码不对"),
        ("贾昕旸老师号码是17305315567，是不是记错了", "没错"),
        ("林贺的号码18620586371有误吗", "号码不对"),
        ("赵江老师手机号15267035903没错吧", "不是"),
        ("赵江老师手机号15267035902没错吧", "是的"),
    ],
)
def test_a_number_claimed_is_judged_the_way_the_question_asks(answerer, q: str, lead: str) -> None:
    """「是不是记错了」 asks whether the number is wrong, so a plain 不是 would say it is right: the reply says 号码不对
    or 没错. 「…没错吧」 (its 吧 normalised away) still asks whether the number is the person's."""
    reply = ask(answerer, q)
    assert reply.kind == "contact" and reply.text.startswith(lead), reply.text


def test_a_place_claimed_in_a_clause_of_its_own_is_judged_for_the_school_before(answerer) -> None:
    """「同济大学浙江学院想当考点，是找上海那边的老师吗」: the school (in 嘉兴, 浙江) and the place claimed stand in
    clauses of their own; the claim is judged for the school's province, and 上海's contact is not carded."""
    reply = ask(answerer, "同济大学浙江学院想当考点，是找上海那边的老师吗", datetime(2021, 11, 15, 10, 5))
    assert reply.text.startswith("不是") and "赵江" in reply.text and "丁熙丽" not in reply.text, reply.text
    # an either-or claims nothing: the school's province alone, and no 不是
    reply = ask(answerer, "北京理工大学珠海学院想做站点，应该找北京的老师还是广东的？")
    assert "林贺" in reply.text and "蓝海鹏" not in reply.text and "不是" not in reply.text, reply.text


def test_a_surname_several_contacts_bear_names_them_all_and_says_so(answerer) -> None:
    reply = ask(answerer, "陈老师的手机号多少")
    assert "姓陈的联系人有 2 位" in reply.text and "陈海燕" in reply.text and "陈淑" in reply.text, reply.text


def test_a_colleague_of_the_askers_own_side_is_no_contact_of_ours(answerer) -> None:
    reply = ask(answerer, "我们学校的王老师让我问下准考证几号开始打")
    assert "王吉庆" not in reply.text and "12月16日" in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("高级是星期一考对吧", "是的"),
        ("中级是礼拜六吗", "不是"),
        ("初级理论是9点开考吧", "是的"),
        ("中级实操是不是下午3点开始", "不是"),
        ("高级实操4点半结束吧", "是的"),
    ],
)
def test_a_weekday_or_clock_time_the_question_states_is_confirmed_or_denied(answerer, q: str, lead: str) -> None:
    assert ask(answerer, q).text.startswith(lead), ask(answerer, q).text


def test_a_denied_day_is_not_set_beside_the_level_it_is_denied_for(answerer) -> None:
    """「初级…19日」 reads as the claim itself: the no says when the level is, not the day asked."""
    for q in ("初级是19号考吧", "初级是19号考吗"):
        text = ask(answerer, q).text
        assert text.startswith("不是。") and text.count("不是") == 1, text  # the exams' own no, not a second one
        assert "12月18日" in text and "19日" not in text, text


def test_a_day_the_member_names_without_an_exam_gets_a_no(answerer) -> None:
    text = ask(answerer, "后天就要考试了吗", now=datetime(2021, 12, 14, 9)).text
    assert "12月16日没有考试" in text, text


@pytest.mark.parametrize("q", ["还有个问题，高级理论几点开始", "另外请教一件事，中级理论几点开考"])
def test_a_clause_that_announces_a_question_is_no_question_of_its_own(answerer, q: str) -> None:
    text = ask(answerer, q).text
    assert "9:00" in text and "联系人" not in text, text


@pytest.mark.parametrize(
    "q, lead",
    [
        ("中级的理论和实操是不是同一天", "是的"),
        ("请问中级的理论考试和实操考试是否在同一天进行？", "是的"),
        ("理论跟实操分两天考吗", "不是"),
        ("初级理论实操是同一天还是分开考", "初级的"),  # which, not whether: no yes or no
    ],
)
def test_the_papers_of_a_level_are_compared_by_day(answerer, q: str, lead: str) -> None:
    """Each level's papers share its day; a yes-no question about it gets its yes or no first."""
    text = ask(answerer, q).text
    assert text.startswith(lead) and "在同一天考" in text and "上午理论" in text, text


@pytest.mark.parametrize(
    "q",
    ["江苏省教育考试院的电话多少", "浙江省职业技能鉴定中心联系人是谁", "我们是河南的，四六级报名找谁", "福建计算机二级的负责人是谁"],
)
def test_another_bodys_contact_in_a_province_of_ours_names_no_person(answerer, q: str) -> None:
    text = ask(answerer, q).text
    assert not [n for n in answerer.router.directory.names() if n in text], text


@pytest.mark.parametrize("q", ["江苏地区的联系人是谁", "川渝地区的对接人分别是谁", "贵州的，省里对接的老师电话"])
def test_a_region_or_a_duty_word_before_the_ask_is_no_other_body(answerer, q: str) -> None:
    assert ask(answerer, q).kind == "contact", ask(answerer, q).text


def test_a_numbered_grade_is_another_scale_but_which_level_is_ours(answerer) -> None:
    assert answerer.topics.names_another("大学英语六级几号考") in ("六级", "英语六级")
    assert answerer.topics.names_another("四六级报名截止了吗") == "四六级"
    assert answerer.topics.names_another("哪一级考试在周日") is None
    assert answerer.topics.names_another("哪一级别的考核在周一") is None


def test_people_a_contact_reply_gave_are_not_listed_again(answerer) -> None:
    text = ask(answerer, "考试系统登不上去，找谁").text
    assert text.count("张全伟") == 1, text


@pytest.mark.parametrize("q", ["理论科目考多长时间", "实操部分一共考几个小时"])
def test_a_kind_noun_after_a_word_of_ours_names_that_thing_of_ours(answerer, q: str) -> None:
    reply = ask(answerer, q)
    assert reply.kind == "faq" and reply.entry_id == "exam-schedule", reply.text


def test_a_value_the_answer_gives_under_a_label_is_confirmed(answerer) -> None:
    text = ask(answerer, "中级的实操考试也是采用机考吗").text
    assert text.startswith("是的"), text


@pytest.mark.parametrize(
    ("q", "level"), [("中级别的考核安排在星期几", "中级"), ("12月20日那天考的是哪一个级别", "高级")]
)
def test_a_question_that_asks_or_names_a_time_gets_an_answer_that_states_one(answerer, q: str, level: str) -> None:
    reply = ask(answerer, q)
    assert reply.entry_id == "exam-schedule" and level in reply.text, reply.text


def test_whether_a_window_is_still_open_or_closed_is_its_status(answerer) -> None:
    assert ask(answerer, "学生报名入口现在还开放吗").text.startswith("不能了，已经截止"), ask(answerer, "学生报名入口现在还开放吗").text
    assert ask(answerer, "报名是不是已经关闭了").text.startswith("是的，已经截止"), ask(answerer, "报名是不是已经关闭了").text


def test_the_printing_state_is_a_sentence_of_its_own(answerer) -> None:
    text = ask(answerer, "准考证在哪打印", now=datetime(2021, 12, 22, 9)).text
    assert text.endswith("已经截止（2021年12月20日截止，今天是2021年12月22日）。") and "（已经" not in text, text


@pytest.mark.parametrize(
    ("q", "entry"),
    [
        ("各考核站点应当在什么时候之前交考试费", "fees"),
        ("考核站点需要在哪段时间里把考场编排好", "room-arrangement"),
        # words that say when or whether (现在, 可以, 开始) between who acts and the act
        ("今天是12月1日，考核站点现在可以开始编排考场了吗？", "room-arrangement"),
    ],
)
def test_who_must_act_before_a_modal_verb_is_not_what_is_asked(answerer, q: str, entry: str) -> None:
    """考核站点 opens nearly every textbook question: said as who must act, it does not pull the site entries."""
    assert ask(answerer, q).entry_id == entry, ask(answerer, q).text


def test_an_actor_few_entries_speak_of_stays_in_the_question(answerer) -> None:
    assert answerer._without_actor("考核站点应在哪个时间段内完成考场编排") == "应在哪个时间段内完成考场编排"
    assert answerer._without_actor("监考老师应该几点到") == "监考老师应该几点到"


def test_a_question_particle_typed_in_pinyin_is_filler() -> None:
    from bot.text import normalize

    assert normalize("报名截止了ma") == normalize("报名截止了吗") == "报名截止了"
    assert normalize("我们在hainan") == "我们在hainan"


@pytest.mark.parametrize("q", ["湖北省教育厅职成处的电话多少", "学校教务处的邮箱是什么", "我们市人社局的联系人是谁"])
def test_a_bodys_own_contact_is_that_bodys_not_ours(answerer, q: str) -> None:
    text = ask(answerer, q).text
    assert "@" not in text and not [n for n in answerer.router.directory.names() if n in text], text


def test_a_body_of_the_askers_own_is_no_other_subject_when_its_things_are_ours(answerer) -> None:
    assert ask(answerer, "信息中心的电脑需要提前装考试系统吗").kind == "faq"


@pytest.mark.parametrize(("q", "level"), [("gaoji是哪天考", "高级"), ("chuji lilun几点开始", "初级")])
def test_a_level_typed_in_pinyin_is_that_level(answerer, q: str, level: str) -> None:
    text = ask(answerer, q).text
    assert level in text and not [o for o in ("初级", "中级", "高级") if o != level and f"{o}：" in text], text


def test_how_many_days_are_left_is_the_countdowns(answerer) -> None:
    assert ask(answerer, "距中级开考还有几天").entry_id == "countdown"


@pytest.mark.parametrize("q", ["要是考试那几天当地疫情又紧张了，通知是咋要求的", "前几天学生问我，疫情防控有啥要求"])
def test_a_few_days_after_a_demonstrative_asks_no_count(answerer, q: str) -> None:
    """几 after 这/那/前/后/好 is "a few" (考试那几天, 前几天), not "how many": no countdown, the matter asked."""
    text = ask(answerer, q).text
    assert "疫情" in text and "还有" not in text, text


def test_asking_what_a_contact_is_called_asks_for_the_contact(answerer) -> None:
    reply = ask(answerer, "安徽这边管站点的老师叫什么名字")
    assert reply.kind == "contact" and "项露琪" in reply.text, reply.text


def test_a_form_not_yet_sent_is_the_sites_own_filing(answerer) -> None:
    reply = ask(answerer, "考务负责人信息我们还没交，还能补吗")
    assert reply.entry_id == "contact-filing", reply.text


@pytest.mark.parametrize("q", ["思科CCNA认证在哪考，是机考吗", "今年考研几号考，也要打准考证吗"])
def test_a_clause_that_opens_with_its_verb_speaks_of_the_subject_before(answerer, q: str) -> None:
    text = ask(answerer, q).text
    assert "机考" not in text and "准考证" not in text and not any(d in text for d in EXAM_DATES), text


def test_a_clause_that_only_says_where_the_asker_is_gets_no_answer_of_its_own(answerer) -> None:
    text = ask(answerer, "我们是福建的，理论是机考吗").text
    assert "机考" in text and "省份" not in text and "赵江" not in text, text


@pytest.mark.parametrize(("q", "unit"), [("我们班的QQ群号是多少来着", "班"), ("我校教务处的电话多少", "教务处")])
def test_a_group_or_number_of_the_askers_own_unit_is_not_ours(answerer, q: str, unit: str) -> None:
    assert answerer.topics.names_another(normalize(q)) == unit
    assert "594707089" not in ask(answerer, q).text


def test_the_contacts_of_the_askers_own_province_are_ours(answerer) -> None:
    assert answerer.topics.names_another("我们省的联系人是谁") is None
    assert answerer.topics.names_another("我们学校的联系人是谁") is None


def test_the_name_of_another_programme_before_1_x_is_read_across_the_plus(answerer) -> None:
    assert ask(answerer, "物联网工程1+X初级考试几号").kind in TURNED_AWAY


def test_a_contact_asked_for_in_one_clause_and_placed_in_another_is_answered_once(answerer) -> None:
    text = ask(answerer, "我们省的对接人是谁，江西的").text
    assert "宋菊" not in text and "省份或城市" not in text and text.count("江西") >= 1, text


def test_earlier_or_later_than_another_level_is_a_comparison(answerer) -> None:
    text = ask(answerer, "中级的准考证是不是比初级晚一天截止").text
    assert text.startswith("不一样") and "12月18日截止" in text and "12月19日截止" in text, text


@pytest.mark.parametrize(
    ("q", "day"),
    [("这周六就考初级了是吧", (11, 12)), ("本周六考试吗", (11, 12)), ("下周日考哪一级", (19, 12)),
     ("下下周一考高级吗", (20, 12)), ("这个星期天考试吗", (12, 12)), ("上周五报名截止了吗", (3, 12))],
)
def test_a_weekday_of_a_named_week_is_one_date(answerer, q: str, day: tuple[int, int]) -> None:
    u = understand(q, answerer.vocabulary, year=2021, now=NOW.date())
    assert u.days == {day} and not u.weekdays
    assert understand("周六考初级吗", answerer.vocabulary, year=2021, now=NOW.date()).weekdays == {5}


@pytest.mark.parametrize(
    ("q", "lead"), [("这周六就考初级了是吧", "不是"), ("下周一有考试吗", "12月13日没有考试"), ("下下周一考高级吗", "是的")]
)
def test_a_yes_no_question_about_a_weekday_of_a_named_week_is_judged_on_that_date(answerer, q: str, lead: str) -> None:
    text = ask(answerer, q).text
    assert text.startswith(lead), text


@pytest.mark.parametrize("q", ["下周一考高级吗", "下下周一考什么", "大后天考试吗"])
def test_a_time_expression_jieba_keeps_as_one_word_is_no_subject(answerer, q: str) -> None:
    assert answerer.topics.foreign_share(normalize(q))[1] == []
    assert ask(answerer, q).kind not in TURNED_AWAY


@pytest.mark.parametrize("q", ["昨晚那场NBA谁赢了", "周一要开会吗", "你们谁知道附近哪家火锅好吃"])
def test_the_exam_affairs_contacts_are_offered_only_when_something_of_ours_is_asked(answerer, q: str) -> None:
    text = ask(answerer, q).text
    assert not [n for n in answerer.router.directory.names() if n in text], text


def test_a_department_inside_another_bodys_name_keeps_the_contact_that_bodys(answerer) -> None:
    text = ask(answerer, "四川省教育厅职业教育与成人教育处的联系电话是多少？").text
    assert not [n for n in answerer.router.directory.names() if n in text] and "@" not in text, text


@pytest.mark.parametrize("q", ["西安电子科技大学所在省份的业务联系人为何人？", "兰州大学所属省份的联系人是谁"])
def test_the_province_a_school_is_in_is_no_other_subject(answerer, q: str) -> None:
    reply = ask(answerer, q)
    assert reply.kind == "contact", reply.text


def test_a_subjectless_question_after_a_statement_of_ours_is_one_question_with_it(answerer) -> None:
    text = ask(answerer, "下周日我们站点要开考，是考哪一级的？").text
    assert text.startswith("中级") and "初级" not in text and "高级" not in text, text
    assert ask(answerer, "我是新来的，要进哪个群").entry_id == "qq-group"  # a statement of nothing of ours


def test_an_enumeration_comma_between_two_questions_splits_them(answerer) -> None:
    from bot.understand import clauses

    assert clauses("考试费用应按照什么标准、在什么时间缴纳？") == ["考试费用应按照什么标准", "在什么时间缴纳"]
    assert clauses("初级、中级、高级分别是哪天") == ["初级中级高级分别是哪天"]  # 、 lists levels here
    assert "打印准考证前" in ask(answerer, "考试费用应按照什么标准、在什么时间缴纳？").text


@pytest.mark.parametrize(
    ("typed", "ours"),
    [("kaochang bianpai shenme shihou", "考场编排什么时候"), ("kaoshifei zenme jiao", "考试费"), ("baoming jiezhi le ma", "报名")],
)
def test_a_word_of_ours_typed_in_pinyin_is_that_word(answerer, typed: str, ours: str) -> None:
    assert ours in answerer._respelt(normalize(typed))


def test_latin_in_an_address_or_a_place_typed_in_pinyin_stays_as_typed(answerer) -> None:
    assert "sales@zhonghui.vip" in answerer._respelt(normalize("备案表发到sales@zhonghui.vip吗"))
    reply = ask(answerer, "guangxi lianxiren shi shui")
    assert reply.kind == "contact" and "陈淑" in reply.text, reply.text


@pytest.mark.parametrize("q", ["实践操作考试的持续时间为多长？", "报名的最后期限是哪一天", "考场编排的时间段是什么"])
def test_a_span_of_time_in_the_written_register_is_the_time_asked(answerer, q: str) -> None:
    assert ask(answerer, q).kind not in TURNED_AWAY
@pytest.mark.parametrize(
    "q",
    [
        "雅思报名时间是什么时候",
        "托福报名时间是什么时候",
        "华为HCIA报名时间是什么时候",
        "PMP报名截止了没？",  # a name before our word, and nothing of ours beside: the whole question is its
        "Linux系统管理1+X初级哪天考",  # a level named does not make another certificate's exam ours
    ],
)
def test_a_proper_name_before_our_words_says_whose_they_are(answerer, q: str) -> None:
    text = ask(answerer, q).text
    assert "11月20日" not in text and not any(d in text for d in EXAM_DATES), text


@pytest.mark.parametrize("q", ["请问考核站点申报的起止时间是什么时候？", "集体报名什么时候截止", "备案表是邮寄纸质版还是发邮件"])
def test_a_common_word_new_to_us_before_our_words_says_how_not_whose(answerer, q: str) -> None:
    assert ask(answerer, q).kind == "faq"


def test_levels_named_side_by_side_leave_the_entry_to_the_rest_of_the_question(answerer) -> None:
    text = ask(answerer, "初级、中级、高级考生的报名时间分别是什么？").text
    assert "10月20日" in text and "11月20日" in text and not any(d in text for d in EXAM_DATES), text
    assert ask(answerer, "初级和中级分别几号考").entry_id == "exam-schedule"


def test_a_word_cut_across_a_locative_is_read_as_our_words(answerer) -> None:
    """「在平台上排考场」: jieba cuts 平台 / 上排 / 考场; 上 belongs with 平台 and 排考场 is ours."""
    assert answerer.topics.foreign_share("现在还能在平台上排考场不")[1] == []
    assert ask(answerer, "现在还能在平台上排考场不？").entry_id == "room-arrangement"


@pytest.mark.parametrize(
    ("q", "lead"),
    [("若今日为12月17日，初级考生是否仍可打印准考证？", "可以"), ("初级准考证打印截至是12月19号吧？", "不是")],
)
def test_today_said_in_writing_is_today_and_a_deadline_is_no_today(answerer, q: str, lead: str) -> None:
    text = ask(answerer, q).text
    assert text.startswith(lead) and "今天是2021年12月19日" not in text, text


def test_a_span_claimed_with_one_wrong_end_is_denied(answerer) -> None:
    assert ask(answerer, "报名时间是10月20到11月30对吗？").text.startswith("不是")
    assert ask(answerer, "报名是10月20号到11月20号吧").text.startswith("是的")


def test_a_number_claimed_for_a_place_is_judged_on_that_place(answerer) -> None:
    wrong = ask(answerer, "江苏联系人电话是18268819525吗？").text
    assert wrong.startswith("不是") and "丁熙丽" in wrong and "18268819525" not in wrong, wrong
    assert ask(answerer, "江苏联系人电话是18268809626吗？").text.startswith("是的")


def test_asking_which_few_people_to_contact_asks_for_a_contact(answerer) -> None:
    reply = ask(answerer, "考务工作方面应联系哪几位工作人员？")
    assert reply.kind == "contact" and "陈海燕" in reply.text and "张晋静" in reply.text, reply.text


def test_an_enumeration_comma_before_another_ask_splits_the_questions(answerer) -> None:
    text = ask(answerer, "想问下中级的理论考试时间、还有中级准考证打印截止时间").text
    assert "9:00" in text and "12月19日" in text and "初级" not in text, text


# ------------------------------------------------------------ session 9: classes from blind28 and blind29


@pytest.mark.parametrize(
    "q", ["四六级准考证在哪打印？学生问我", "学生问我，雅思的准考证在哪打", "领导让我问下，中考准考证在哪打印"]
)
def test_a_clause_that_says_who_asks_is_no_question_of_its_own(answerer, q: str) -> None:
    """「学生问我」 asks nothing: the other clause, about another exam, decides the reply."""
    reply = ask(answerer, q)
    assert reply.kind in TURNED_AWAY and "12月" not in reply.text, reply.text


def test_who_asks_said_before_our_question_leaves_it_answered(answerer) -> None:
    text = ask(answerer, "学生问我，中级准考证在哪打？").text
    assert "1+X" in text, text


@pytest.mark.parametrize(
    ("q", "day"),
    [("初级考试前一天是几号？我们打算那天布置考场", "12月17日（星期五）"), ("中级考完后一天是几号", "12月20日（星期一）")],
)
def test_a_day_counted_from_the_exam_is_that_day(answerer, q: str, day: str) -> None:
    text = ask(answerer, q).text
    assert day in text and "高级" not in text, text


def test_how_early_is_not_a_day_counted_from_the_exam(answerer) -> None:
    """提前一天 says how early; 头一天要干嘛 asks what, not when."""
    assert understand("需要提前一天到考场吗", _vocabulary(answerer), year=2021).around == 0
    assert "前一天是" not in ask(answerer, "高级考试头一天要干嘛").text


@pytest.mark.parametrize("q", ["理论考完到实操开考中间隔多长时间", "中级上午和下午中间休息多久"])
def test_the_time_between_the_papers_is_stated(answerer, q: str) -> None:
    text = ask(answerer, q).text
    assert "中间相隔 3个半小时" in text, text


@pytest.mark.parametrize(
    "q", ["老师们，今年高考报名是几号截止来着？", "中考的准考证在哪打", "自考报名什么时候截止"]
)
def test_another_exam_named_by_its_kind_is_another_subject(answerer, q: str) -> None:
    """高考, 中考, 自考: a word new to us ending as an exam's name does, before a word of ours it modifies."""
    reply = ask(answerer, q)
    assert reply.kind in TURNED_AWAY and "12月" not in reply.text and "11月" not in reply.text, reply.text


def test_a_verb_acting_on_an_exam_is_not_another_exam(answerer) -> None:
    """参考人数 (those sitting the exam): 参 acts on the exam, it does not name one."""
    reply = ask(answerer, "考试费按报名人数交还是按实际参考人数交")
    assert reply.kind not in TURNED_AWAY and "准考证前" in reply.text, reply.text


@pytest.mark.parametrize(
    "q", ["今天都12月3号了，还有学生想补报名，还来得及不？", "本站考试工作人员需要参加考务员培训吗"]
)
def test_our_word_with_a_prefix_or_this_is_still_ours(answerer, q: str) -> None:
    """补报名 is 报名 done late; 本站 is this site: neither is a new subject."""
    assert ask(answerer, q).kind not in TURNED_AWAY


@pytest.mark.parametrize("q", ["今天是周五吧，终于要放周末了", "来个笑话提提神呗，改了一上午材料", "下周一又要上班了"])
def test_talk_that_only_says_a_time_gets_no_schedule(answerer, q: str) -> None:
    text = ask(answerer, q).text
    assert "12月18日" not in text and "9:00" not in text, text


@pytest.mark.parametrize(("q", "part"), [("周一下午几点开始考", "下午 14:00"), ("这周六有考试吗？", "12月11日没有考试")])
def test_a_day_named_with_its_half_is_still_asked(answerer, q: str, part: str) -> None:
    """周一下午 is Monday's afternoon, not 一下午 (a whole afternoon spent)."""
    assert part in ask(answerer, q).text


def test_a_level_asking_about_the_act_just_named_narrows_it(answerer) -> None:
    text = ask(answerer, "１２月１６号开始打准考证，初级的能打到哪天？").text
    assert "12月18日" in text and "12月19日" not in text and "12月20日" not in text, text


def test_confirming_the_application_mailbox_reads_as_yes(answerer) -> None:
    text = ask(answerer, "备案表是发sales@zhonghui.vip这个邮箱不？").text
    assert "收件邮箱" in text and "不是" not in text, text


def _vocabulary(answerer):
    return answerer.vocabulary


@pytest.mark.parametrize(
    ("now", "past", "open_", "ahead"),
    [
        (datetime(2021, 12, 10, 10), "考生报名（11月20日截止）", "考场编排（12月1日至12月15日，还剩 5 天）", "打印准考证"),
        (datetime(2021, 11, 25, 10), "考核站点申报（11月20日截止）", "填报考务负责人联系方式（11月30日前，还剩 5 天）", "考场编排"),
    ],
)
def test_every_dated_step_is_placed_by_today(answerer, now, past: str, open_: str, ahead: str) -> None:
    """「哪些时间节点已经过了」「现在这个时间点该干啥了」: the timeline facet, by the clock."""
    for q in ("到今天为止，通知里哪些时间节点已经过了？", "现在这个时间点我们站点该干啥了？"):
        text = ask(answerer, q, now=now).text
        done, going, coming = (line for line in text.splitlines()[1:4])
        assert done.startswith("已经过了") and past in done, text
        assert going.startswith("正在进行") and open_ in going, text
        assert coming.startswith("还没开始") and ahead in coming, text


@pytest.mark.parametrize(
    ("q", "said"),
    [
        ("疫情防控有啥要求？要不要48小时核酸阴性证明呀", "核酸阴性证明"),
        ("江苏省常州技师学院，监考老师要配几个人？有没有劳务费", "劳务费"),
        ("初级几点考？顺便问下四六级几号考", "四六级"),
    ],
)
def test_a_part_the_notice_does_not_cover_is_said_so(answerer, q: str, said: str) -> None:
    """The part of ours is answered; the other part gets a plain 「通知里没有写到」, naming what it asked about."""
    reply = ask(answerer, q)
    assert reply.kind not in TURNED_AWAY and reply.text.endswith(f"通知里没有写到「{said}」。"), reply.text


@pytest.mark.parametrize("q", ["这个通知是哪天发的呀？", "通知什么时候发布的"])
def test_a_time_asked_of_an_entry_that_states_none_is_said_missing(answerer, q: str) -> None:
    text = ask(answerer, q).text
    assert text.startswith("通知里没有写明具体时间。") and "中慧云启" in text, text


@pytest.mark.parametrize("q", ["考试费用应于何时缴纳？", "考试费什么时候交"])
def test_a_time_asked_prefers_the_entry_that_states_one(answerer, q: str) -> None:
    """何时 asks for a time: the entry whose answer gives one (打印准考证前) before the fee amount's, which has none."""
    text = ask(answerer, q).text
    assert "打印准考证前" in text and "没有写明具体时间" not in text, text


def test_a_yes_no_tail_about_new_words_is_said_missing(answerer) -> None:
    text = ask(answerer, "理论考试可以提前交卷不？最少要坐多久").text
    assert "9:00-10:30" in text and text.endswith("通知里没有写到「交卷」。"), text


def test_that_one_points_back_to_the_other_subject_named_before(answerer) -> None:
    reply = ask(answerer, "我们学校同时在搞Web前端开发的1+X证书，那个证书12月是哪天考？")
    assert reply.kind in TURNED_AWAY and "陈海燕" not in reply.text and "12月18日" not in reply.text, reply.text


@pytest.mark.parametrize("q", ["我们是四川的，准考证几号能打", "我们是江苏的，那个准考证几号能打"])
def test_where_the_asker_is_from_is_no_question_of_its_own(answerer, q: str) -> None:
    text = ask(answerer, q).text
    assert text.startswith("已报名考生登录 1+X 平台打印准考证") and "按省份分工" not in text, text


@pytest.mark.parametrize("q", ["有个已经毕业的学生也想考，社会人员能报吗？", "已经毕业的学生可以报名参加考核吗"])
def test_which_people_is_no_other_subject(answerer, q: str) -> None:
    """毕业的学生, 社会人员: a modifier describes which people; it does not name another exam's students."""
    reply = ask(answerer, q)
    assert reply.kind not in TURNED_AWAY and "报名" in reply.text, reply.text


def test_a_common_word_ending_in_a_kind_names_no_other_thing(answerer) -> None:
    """社会 and 机会 end in 会 but are no meetings; 教研会 and 晚会 are."""
    topics = answerer.topics
    assert topics.names_another("社会人员能报") is None
    assert topics.names_another("机会难得能报") is None
    assert topics.names_another("明天晚会几点开始") is not None


def test_a_yes_no_about_new_words_answered_by_its_entry_says_what_the_notice_lacks(answerer) -> None:
    text = ask(answerer, "有个已经毕业的学生也想考，社会人员能报吗？").text
    assert text.endswith("通知里没有写到「社会人员」。"), text


@pytest.mark.parametrize("q", ["考核站点编排考场的依据是什么？", "考核站点编排考场时应依据哪些情况？"])
def test_who_acts_before_a_verb_of_ours_is_not_what_is_asked(answerer, q: str) -> None:
    """考核站点 opens most textbook questions; before 编排 it says who acts, and 编排考场 is the question."""
    text = ask(answerer, q).text
    assert "报名人数" in text and "实际情况" in text, text


def test_who_acts_before_an_auxiliary_stays(answerer) -> None:
    """「考核站点是否需要…培训」: 是否 and 需要 carry no topic, so the site's own duty (work requirements) is asked."""
    assert "业务培训" in ask(answerer, "考核站点是否需要对本站考试工作人员进行培训？").text


@pytest.mark.parametrize("q", ["明天下午学院开教学工作会，几点开始来着？", "明天下午学校的期末考务工作会几点开"])
def test_a_meeting_cut_apart_is_another_subject(answerer, q: str) -> None:
    """工作 / 会: 会 after a noun, with no verb after it, is a meeting, not the modal "will"."""
    reply = ask(answerer, q)
    assert reply.kind in TURNED_AWAY and "12月" not in reply.text, reply.text


@pytest.mark.parametrize("q", ["考试会推迟吗", "初级考试会几点开始", "考试会不会取消"])
def test_the_modal_will_is_no_meeting(answerer, q: str) -> None:
    assert answerer.topics.names_another(normalize(q)) is None


@pytest.mark.parametrize("q", ["实操要考几个钟头啊", "理论考几个小时"])
def test_a_unit_of_time_is_no_subject(answerer, q: str) -> None:
    """钟头, 小时: how long is asked, in the language's own units; not a thing new to us."""
    reply = ask(answerer, q)
    assert reply.kind == "faq" and "分钟" in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "now"),
    [("今天11月28号，考务负责人联系方式还来得及填不？", NOW), ("考务负责人的联系方式还没填，还能填吗", NOW)],
)
def test_filling_in_the_sites_own_contact_is_not_asking_for_one(answerer, q: str, now: datetime) -> None:
    """填 as the verb, in any form (填不, 没填, 填好了吗): the site's own form, answered with its deadline."""
    reply = ask(answerer, q, now)
    assert reply.kind == "faq" and "11月30日" in reply.text and "陈海燕" not in reply.text, reply.text


@pytest.mark.parametrize("word", ["没填", "好了吗", "完了没"])
def test_a_denied_verb_or_a_question_tail_is_no_new_word(answerer, word: str) -> None:
    """没 before a verb, and 好了吗 after one, are grammar: never 「通知里没有写到「没填」」."""
    assert answerer.topics.foreign_share(f"联系方式{word}")[1] == []


@pytest.mark.parametrize("q", ["普通话测试报名啥时候截止呀", "英语口语测验几号考"])
def test_a_test_is_a_kind_of_exam(answerer, q: str) -> None:
    """测试 and 测验 are kinds of exam: a name new to us before them names another one."""
    reply = ask(answerer, q)
    assert reply.kind in TURNED_AWAY and "11月20日" not in reply.text and "12月" not in reply.text, reply.text


@pytest.mark.parametrize("q", ["学生医保缴费截止到哪天呀？", "社保缴费找谁"])
def test_an_abbreviation_new_to_us_says_whose_it_is(answerer, q: str) -> None:
    """医保, 社保 (jieba's abbreviations) name a programme as a proper noun does: 医保缴费 is its payment, not ours."""
    reply = ask(answerer, q)
    assert reply.kind in TURNED_AWAY and "协议" not in reply.text and "陈海燕" not in reply.text, reply.text


def test_testing_our_system_is_still_ours(answerer) -> None:
    assert "调试" in ask(answerer, "考前要测试一下考试系统吗").text


@pytest.mark.parametrize("q", ["请确认：实操考试是否同样采用机考方式？", "初级理论是什么考核方式"])
def test_how_an_exam_is_done_is_not_its_day(answerer, q: str) -> None:
    """A paper or a level named while how (方式, 怎么) is asked, and no time, cues the exam's mode, not its day."""
    reply = ask(answerer, q)
    assert reply.kind == "faq" and "机考" in reply.text and "9:00" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "now", "verdict"),
    [
        ("我们学校考场还没排完", NOW, "正在进行"),
        ("考场排好了没", NOW, "正在进行"),
        ("今天12月16了，我们考场还没排完，咋整", NOW, "已经截止"),
    ],
)
def test_an_act_not_yet_complete_asks_where_its_window_stands(answerer, q: str, now: datetime, verdict: str) -> None:
    """还没排完, 排好了没: completion (完, 好) of a step of ours is judged against that step's window, not read as
    a place (考场在哪)."""
    text = ask(answerer, q, now).text
    assert verdict in text and "12月15日" in text and "考试地点" not in text, text


@pytest.mark.parametrize(
    "q", ["教资什么时候考", "有没有老师知道教资面试几号考啊", "教资面试在哪里报名", "明天下午系部开会，会议室在哪来着？"]
)
def test_a_short_name_jieba_cuts_apart_is_one_name_new_to_us(answerer, q: str) -> None:
    """教资 (教 / 资), 系部 (系 / 部): two characters jieba could only cut alone, a word and a noun head, that make no
    word of its dictionary nor of ours, name something of their own, and what is asked is asked of it."""
    reply = ask(answerer, q)
    assert reply.kind in TURNED_AWAY and "12月" not in reply.text and "11月20日" not in reply.text, reply.text


def test_an_office_suffix_stays_with_its_body(answerer) -> None:
    """职 / 成 / 处: 处 ends an office's name; the province before it says where that body is, not whose contact."""
    reply = ask(answerer, "广东省教育厅职成处的联系人是谁")
    assert "林贺" not in reply.text and "王吉庆" not in reply.text, reply.text


@pytest.mark.parametrize("q", ["林贺老师让我问一下考场编排截止时间", "考务员培训的参训人员包括哪些？"])
def test_a_name_or_a_bound_morpheme_is_not_put_together(answerer, q: str) -> None:
    """林 / 贺 (a person's name) and 参 / 训vn (no noun head) stay as they are: still our questions."""
    assert ask(answerer, q).kind == "faq"


def test_a_refusal_names_none_of_our_topics(answerer) -> None:
    """Turned away, a question about another contest must not read 「报名、缴费」 of ours beside its own words."""
    reply = ask(answerer, "请问蓝桥杯Python组省赛的报名费是多少？")
    assert reply.kind == "offtopic" and not any(w in reply.text for w in ("报名", "缴费", "站点", "准考证")), reply.text


@pytest.mark.parametrize("q", ["费用是学生自己交还是学校统一交呀", "准考证是学生自己打还是学校统一打"])
def test_a_cut_across_either_or_is_no_new_word(answerer, q: str) -> None:
    """交还 + 是 is 交 + 还是: a word of grammar (either-or) taken apart by the cut leaves no new word behind."""
    assert answerer.topics.foreign_share(normalize(q))[1] == []
    assert ask(answerer, q).kind == "faq"


def test_an_either_or_is_keyed_by_its_subject(answerer) -> None:
    """「X是A还是B」: X (考生报名) is asked about; 考核站点 in one of the ways offered is no key to site application."""
    text = ask(answerer, "考生报名是个人自行报名还是由考核站点统一组织？").text
    assert "统一报名" in text and "sales@" not in text, text


def test_a_word_that_begins_with_before_states_no_time(answerer) -> None:
    """前提 (premise) is no 「…前」: the eligibility answer states no time, so a question asking whether there is
    still time (还来得及吗) is the registration window's, not a tie with eligibility."""
    assert not answerer._timed(answerer.by_id("eligibility"))
    assert answerer._timed(answerer.by_id("fees"))  # 于打印准考证前缴纳: 前 as a word of its own
    text = ask(answerer, "今天都１２月８号了，我们还有几个学生想报名，还来得及吗").text
    assert text.startswith("不能") and "11月20日" in text, text


def test_it_was_someone_else_who_asked_is_no_question(answerer) -> None:
    """「学生问的」: the asker before the verb, 的 after it (是…的); the question is the other clause's."""
    assert answerer._reports_asking("学生问的") and not answerer._reports_asking("学生问的问题在哪看")


@pytest.mark.parametrize("q", ["12月18号下午的英语六级几点开考哈，学生问的", "计算机二级哪天考"])
def test_a_name_ending_in_a_numbered_grade_is_another_exam(answerer, q: str) -> None:
    reply = ask(answerer, q)
    assert reply.kind in TURNED_AWAY and "14:00" not in reply.text and "自愿" not in reply.text, reply.text


def test_an_exam_day_and_a_time_asked_of_it_is_the_timetable(answerer) -> None:
    """「１２月２０号上午几点到几点」: the day is one of ours and a time is asked of it, however short the words."""
    text = ask(answerer, "１２月２０号上午几点到几点呀").text
    assert "高级" in text and "9:00-10:30" in text and "14:00" not in text, text


def test_a_thing_of_our_notice_is_ours_however_described(answerer) -> None:
    """本通知的发文单位: 发文 is new to us, but the unit is our notice's (owned by 通知 through 的)."""
    assert "中慧云启" in ask(answerer, "本通知的发文单位是哪家？").text


@pytest.mark.parametrize("q", ["我们学校的Java证书考试是哪天", "学校的期末考试几号"])
def test_a_units_own_things_are_not_ours(answerer, q: str) -> None:
    """A school owns things of every kind: 我们学校的 … 考试 is still another exam."""
    reply = ask(answerer, q)
    assert reply.kind in TURNED_AWAY and "12月18日" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "owned"), [("学生的毕业设计代码怎么提交", False), ("考务人员的保密承诺书要签吗", False), ("本通知的发文单位是哪家", True)]
)
def test_only_a_thing_of_ours_owns_what_follows_it(answerer, q: str, owned: bool) -> None:
    """学生的毕业设计: a person owns things of every kind, as a unit does; 本通知的 owns only things of ours."""
    topics = answerer.topics
    tagged = topics.read(normalize(q))
    after = next(i for i, (w, _) in enumerate(tagged) if w == "的") + 1
    assert topics._owned_by_ours(tagged, after) is owned


# ------------------------------------------------------------ session 12: blind33's classes

TUESDAY = datetime(2021, 12, 14, 9, 30)


@pytest.mark.parametrize(
    ("q", "days"),
    [("今天距离中级考试还有几天？", "5 天"), ("12月15号离高级考试还有几天", "5 天"), ("明天离初级考试还有几天", "4 天")],
)
def test_a_day_before_distance_is_counted_from(answerer, q: str, days: str) -> None:
    """「今天距离…还有几天」: the day before 距离/离 is where the count starts, not a day asked about (it got
    「12月14日没有考试」). A date there counts from that date; 今天 and 明天 from the clock."""
    text = ask(answerer, q, TUESDAY).text
    assert "没有考试" not in text and days in text, text


@pytest.mark.parametrize(
    ("q", "verdict"),
    [
        ("后天可以打准考证吗", "后天（12月16日）可以"),
        ("后天还能编排考场吗", "后天（12月16日）已经不能了"),
        ("明天还能编排考场吗", "明天（12月15日）可以"),
    ],
)
def test_tomorrow_names_a_day_a_window_is_judged_on(answerer, q: str, verdict: str) -> None:
    """明天 and 后天 name a day as a date does: the window's verdict is for that day, not for today."""
    assert ask(answerer, q, TUESDAY).text.startswith(verdict)


@pytest.mark.parametrize(
    ("q", "has", "lacks"),
    [
        ("今天11月25号 站点申报还能交吗 考务负责人信息呢", ("11月20日截止", "11月30日"), ()),
        ("我们是广州番禺职业技术学院的考点 这周六上午和下午分别考啥", ("9:00", "14:00", "12月18日"), ("12月19日",)),
    ],
)
def test_a_space_between_two_clauses_parts_them(answerer, q: str, has: tuple[str, ...], lacks: tuple[str, ...]) -> None:
    """Members use a space for a comma: after 吗/呢 or between two clause-long runs it parts two questions (they were
    run into one, and the first was answered from the second's window)."""
    text = ask(answerer, q, datetime(2021, 11, 25, 10) if "11月25号" in q else TUESDAY).text
    assert all(h in text for h in has) and not any(w in text for w in lacks), text


def test_a_space_between_short_words_parts_nothing() -> None:
    from bot.understand import clauses

    assert clauses("初级 理论 几点考") == ["初级理论几点考"]
    assert clauses("站点申报还能交吗 考务负责人信息呢") == ["站点申报还能交", "考务负责人信息"]


def test_a_thing_and_ne_asks_what_the_clause_before_asked(answerer) -> None:
    """「…还能交吗 考务负责人信息呢」: 信息呢 asks whether it can still be sent, of that thing."""
    text = ask(answerer, "站点申报还能交吗，考务负责人信息呢", datetime(2021, 11, 25, 10)).text
    assert "不能了" in text and "可以" in text and "11月30日" in text, text


@pytest.mark.parametrize(
    ("q", "parts"),
    [
        ("这周六上午和下午分别考啥", ["这周六上午考啥", "这周六下午考啥"]),
        ("中级的理论和实操分别几点考", ["中级的理论几点考", "中级的实操几点考"]),
        ("考场编排与准考证打印分别在何时进行", ["考场编排在何时进行", "准考证打印在何时进行"]),
        ("请问中级和高级的准考证分别什么时候打印", ["请问中级的准考证什么时候打印", "高级的准考证什么时候打印"]),
    ],
)
def test_words_before_the_first_of_two_alike_things_are_said_of_both(q: str, parts: list[str]) -> None:
    from bot.understand import respective

    assert respective(q) == parts


def test_a_day_the_clause_before_named_narrows_the_next_to_its_level(answerer) -> None:
    """「这周日考哪个级别 准考证打到哪天为止」: the second part is of the level whose day the first named (中级)."""
    text = ask(answerer, "这周日考哪个级别 准考证打到哪天为止", TUESDAY).text
    assert "中级" in text and "12月19日" in text and "12月18日" not in text and "12月20日" not in text, text


def test_another_exams_day_narrows_nothing(answerer) -> None:
    reply = ask(answerer, "考研是不是下周六啊？我弟今年考")
    assert "9:00" not in reply.text, reply.text


@pytest.mark.parametrize("q", ["@考务助手 下周一考哪个级别啊", "＠考务助手　下周一考哪个级别"])
def test_a_mention_typed_as_text_is_no_part_of_the_question(answerer, q: str) -> None:
    text = ask(answerer, q, TUESDAY).text
    assert "高级" in text and "12月20日" in text, text


def test_an_address_is_no_mention(answerer) -> None:
    assert ask(answerer, "备案表发sales@zhonghui.vip吗").text.startswith("是的")


@pytest.mark.parametrize("q", ["请问目前还能为学生办理考核报名吗？", "现在还可以办理报名吗"])
def test_after_an_auxiliary_comes_a_verb_not_a_name(answerer, q: str) -> None:
    """jieba's dictionary tags 办理 a noun; after 能/可以 (and 为学生) it is the verb, not whose exam (计算机二级考试)."""
    text = ask(answerer, q, TUESDAY).text
    assert "11月20日" in text and "不能" in text and "办理" not in text, text


def test_a_name_after_an_auxiliary_still_names_another_exam(answerer) -> None:
    assert ask(answerer, "能报计算机二级考试吗").kind in TURNED_AWAY


# ------------------------------------------------------------ session 12: blind34's classes

FRIDAY = datetime(2021, 12, 17, 15, 0)


@pytest.mark.parametrize(
    ("q", "has", "lacks"),
    [
        ("今天是12月18号晚上了 明天考什么 几点", ("中级", "12月19日", "9:00", "14:00"), ("12月20日",)),
        ("明天考试吗", ("是的", "12月18日", "初级", "9:00"), ("12月19日",)),
        ("明天下午考什么", ("初级", "14:00"), ("9:00", "12月19日")),
    ],
)
def test_tomorrow_narrows_the_exams_as_a_date_does(answerer, q: str, has: tuple[str, ...], lacks: tuple[str, ...]):
    """明天 and 后天 name a day (今天 only says when the member asks): 「明天考什么」 is that day's exam; the countdown
    had answered 「今天就是初级考试」 on the 18th."""
    text = ask(answerer, q, FRIDAY).text
    assert all(h in text for h in has) and not any(w in text for w in lacks), text


def test_which_grade_asked_by_a_question_word_is_our_level(answerer) -> None:
    """考几级: 几 asks which level; it is no numbered grade of another scale (四六级, 计算机二级)."""
    text = ask(answerer, "这周日考几级", FRIDAY).text
    assert "中级" in text and "12月19日" in text, text


def test_de_for_de_in_a_status_question(answerer) -> None:
    """来的及 is 来得及 typed with 的 for 得, the commonest slip in written Chinese."""
    text = ask(answerer, "今天是11月25号 站点申报还来的及吗", FRIDAY).text
    assert text.startswith("不能了") and "11月20日" in text, text


def test_a_clause_that_only_says_when_is_talk_beside_another_question(answerer) -> None:
    """「明天周末了 大家有啥电影推荐」: 明天周末了 asks nothing as typed; it drew the countdown because the message
    (with 有啥) asks."""
    reply = ask(answerer, "明天周末了 大家有啥电影推荐", FRIDAY)
    assert reply.kind in TURNED_AWAY and "12月18日" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "lead"),
    [("中级实操几点结束，１６：３０对吗", "是的"), ("中级实操几点结束，是16:30吧", "是的"), ("初级几点开考，10点对吗", "不是")],
)
def test_a_value_offered_after_the_question_is_confirmed_or_denied(answerer, q: str, lead: str) -> None:
    """「几点结束，16:30对吗」: the member asks and says what they expect; the clause with the value joins the
    question and the answer leads with yes or no (it was dropped as a clause asking nothing)."""
    assert ask(answerer, q, FRIDAY).text.startswith(lead)


@pytest.mark.parametrize("q", ["考务负责人联系方式是不是１１月３０号前报", "考务负责人联系方式现在报算逾期吗"])
def test_a_deadline_said_of_sending_the_contact_form_is_the_filing(answerer, q: str) -> None:
    """A date before 报/交/填, or lateness (逾期), is said of sending the site's form: its deadline, not whom to call
    (both got the 考务 contacts)."""
    reply = ask(answerer, q, FRIDAY)
    assert reply.kind == "faq" and "11月30日" in reply.text and "陈海燕" not in reply.text, reply.text


def test_an_act_asked_again_is_asked_of_the_same_thing(answerer) -> None:
    """「考场在哪编排 什么时候编」: 什么时候编 names nothing, and 编 is the act the clause before named (编排): it asks
    when 考场 are arranged (it went to the training's time)."""
    text = ask(answerer, "考场在哪编排 什么时候编", FRIDAY).text
    assert "12月1日" in text and "12月15日" in text and "培训" not in text, text


def test_a_clause_naming_its_own_thing_carries_nothing(answerer) -> None:
    assert answerer._object_carried("如因疫情原因考试延期", "延期后的考试日期是哪一天") == "延期后的考试日期是哪一天"


def test_a_tie_between_date_facets_goes_to_the_one_the_cues_ask(answerer) -> None:
    """「今天下午有考试吗」: the timetable and the countdown tie on their samples; a half-day is the timetable's to
    answer, so no clarifying question (a tie with an entry of no facet still asks: 高级理论一共多少道题)."""
    reply = ask(answerer, "今天下午有考试吗", FRIDAY)
    assert reply.kind == "faq" and "没有考试" in reply.text, reply.text
    assert ask(answerer, "高级理论一共多少道题").kind != "faq"


WEDNESDAY = datetime(2021, 12, 8, 10, 40)  # room arrangement open, tickets not yet printable


@pytest.mark.parametrize(("q", "lead"), [("实操是考两个半小时对吧", "是的"), ("理论是考两个半小时吧", "不是")])
def test_an_amount_of_time_is_no_subject(answerer, q: str, lead: str) -> None:
    """半小时 (a numeral and a unit, one word to jieba) says how long, like 小时 and 分钟: it was read as another
    subject and the question refused."""
    reply = ask(answerer, q, WEDNESDAY)
    assert reply.kind == "faq" and reply.text.startswith(lead), reply.text


def test_a_respelling_leaves_a_word_of_ours_whole(answerer) -> None:
    """考实操: 考实 sounds like 考试, but 实 begins 实操; respelt, the paper was lost (and 准考正 is still 准考证)."""
    assert answerer._respelt("下午几点接着考实操") == "下午几点接着考实操"
    assert answerer._respelt("中级准考正什么时候能打") == "中级准考证什么时候能打"


@pytest.mark.parametrize(
    ("q", "now", "lead"),
    [("今天10月18号，学校能开始给学生报名了吗", WEDNESDAY, "还不能"), ("今天11月20号，备案表今天发还来得及不", WEDNESDAY, "可以")],
)
def test_whether_a_window_is_open_is_told_by_any_answer_that_prints_it(answerer, q: str, now: datetime, lead: str):
    """An entry without a facet whose answer prints one window ({registration}) tells where the day stands in it
    when asked (能…了吗, 来得及): the member got the dates and had to count."""
    text = ask(answerer, q, now).text
    assert text.startswith(lead), text


def test_an_adverb_joined_to_the_verb_before_is_no_new_word(answerer) -> None:
    """交还来得及: jieba joins 交 and 还 into 交还 (to return); before a verb 还 is the adverb of 还来得及, and the
    reply said 「通知里没有写到「交还」」."""
    text = ask(answerer, "考试费现在交还来得及不", WEDNESDAY).text
    assert "交还" not in text and "打印准考证前" in text, text


@pytest.mark.parametrize(("q", "lead"), [("考试是不是星期天开始？", "不是"), ("考试是从18号开始吧", "是的")])
def test_the_exams_begin_on_their_first_day(answerer, q: str, lead: str) -> None:
    """A day said with 开始 and no level is claimed as the first exam day (中级's Sunday had confirmed it); with a
    clock time it is that day's start (「周日是不是9点开始」)."""
    text = ask(answerer, q, WEDNESDAY).text
    assert text.startswith(lead) and "12月18日" in text, text
    assert ask(answerer, "周日是不是9点开始", WEDNESDAY).text.startswith("是的")


def test_a_question_typed_in_pinyin_names_no_other_subject(answerer) -> None:
    """In 「qingwen xieyi yuanjian ji dao nali」 every Latin word is Chinese typed with the input method off: none
    is the name of another body's thing (as WPS is in 「WPS的证书什么时候考」), so it is not turned away."""
    assert ask(answerer, "qingwen xieyi yuanjian ji dao nali").kind not in TURNED_AWAY
    assert ask(answerer, "WPS的证书什么时候考").kind in TURNED_AWAY


THURSDAY = datetime(2021, 12, 16, 8, 20)  # the first morning of ticket printing


def test_a_clause_that_only_says_the_day_it_already_is_states_today(answerer) -> None:
    """「已经12月21号了，…」 says what day it is as 「今天都12月21号了」 does: the exams are over that day."""
    text = ask(answerer, "已经12月21号了，还有考试没考完吗", THURSDAY).text
    assert "已经结束" in text or "已经全部结束" in text, text
    assert understand("报名已经11月20号截止了", answerer.vocabulary, year=2021, now=THURSDAY.date()).today is None


def test_whether_one_can_today_is_asked_against_the_window(answerer) -> None:
    """「今天能打吗」「现在可以报名吗」 ask where today stands in the window, as 还能 does: a plain yes or no."""
    assert ask(answerer, "初级准考证今天能打吗？最晚打到哪天", THURSDAY).text.startswith("可以")
    assert ask(answerer, "现在可以报名吗", THURSDAY).text.startswith("不能了")


def test_an_answer_that_prints_the_window_answers_its_status_without_a_choice(answerer) -> None:
    """「还能申报考核站点吗」 tied the how-to entry (whose answer prints the window) with the window's own: both
    tell the status, so no clarifying question."""
    reply = ask(answerer, "今天11月21号了，我们学校还能申报考核站点吗？", THURSDAY)
    assert reply.kind == "faq" and reply.text.startswith("不能了"), reply.text


def test_a_head_noun_named_with_another_modifier_is_another_thing(answerer) -> None:
    """「技术负责人联系方式咋填？有截止时间不」: the samples of the 11-30 filing name 负责人 only as 考务负责人, so the
    entry is about another 负责人; the 技术负责人's entry answers (it gave the 考务负责人's deadline)."""
    reply = ask(answerer, "技术负责人联系方式咋填？有截止时间不", THURSDAY)
    assert "及时扫码填报" in reply.text and "11月30日" not in reply.text, reply.text
    assert "11月30日" in ask(answerer, "考务负责人联系方式什么时候填", THURSDAY).text


def test_a_modifier_the_answer_uses_is_no_other_kind_and_no_key(answerer) -> None:
    """「麻烦再发下那个填联系人的网页链接」: 联系人 says which 链接 (the head comes last), so it is not the key word that
    drew the technical contacts; and 网页 链接 is the 网页填报链接 the link entry's answer gives, not another kind of
    链接 than its samples' 填报链接."""
    reply = ask(answerer, "麻烦再发下那个填联系人的网页链接，之前的找不着了", datetime(2021, 12, 5, 14, 20))
    assert reply.entry_id == "contact-form-url" and "docs.qq.com" in reply.text, reply.text


@pytest.mark.parametrize("said", ["今天", "今儿", "今儿个"])
def test_today_stated_in_any_form_of_today_is_now(answerer, said: str) -> None:
    """「今儿12月17号，明天考的是哪个级别」: every form of 今天 states the day, and 明天 counts from it (it was read as
    a claim about 12月17日 and answered 不是)."""
    text = answerer.answer(f"{said}12月17号，明天考的是哪个级别？", now=datetime(2021, 12, 19, 16, 40)).text
    assert "初级" in text and "12月18日" in text and "不是" not in text and "中级" not in text, text


@pytest.mark.parametrize("q", ["１２月１８、１９、２０号分别考哪个级别", "18和19号考啥"])
def test_days_listed_before_the_one_with_hao_are_days_too(answerer, q: str) -> None:
    """Days listed before the one that carries 号 share it (and the month said before the first): each is asked."""
    text = ask(answerer, q).text
    assert "初级" in text and "中级" in text, text


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("今儿周五（17号）", date(2021, 12, 17)),  # the weekday picks the month: 11-17 was a Wednesday
        ("今天是周三17号", date(2021, 11, 17)),
        ("今天11.29号", date(2021, 11, 29)),
        ("现在已经12.17了", date(2021, 12, 17)),
        ("今儿12.19，高级有个娃的准考证没弄", date(2021, 12, 19)),  # the dotted day before a comma or a word
        ("今天12.6高级的学生还能报吗", date(2021, 12, 6)),
        ("都12.22了，有个考高级的学生准考证没打", date(2021, 12, 22)),  # 都 … 了 with no 今天: the day it already is
        ("都12.18了，初级考完没", date(2021, 12, 18)),
    ],
)
def test_today_stated_with_its_weekday_or_a_dotted_date(said: str, day: date) -> None:
    """A member states today with the weekday first, or the month written with a dot; neither was read."""
    from bot.text import normalize
    from bot.understand import stated_today

    assert stated_today(normalize(said), year=2021, now=date(2021, 12, 1))[0] == day
    assert stated_today("今天3.5小时够吗", year=2021, now=date(2021, 12, 1))[0] is None  # an amount, not a date
    assert stated_today("今天1.5个小时够吗", year=2021, now=date(2021, 12, 1))[0] is None


def test_a_stated_weekday_and_day_set_tomorrow(answerer) -> None:
    text = answerer.answer("今儿周五（17号），我在排明天的监考，明天是哪个级别", now=datetime(2021, 12, 1, 9, 20)).text
    assert "初级" in text and "12月18日" in text and "中级" not in text, text


@pytest.mark.parametrize("q", ["明天周日有考试安排不？第一场是哪天", "明天周日有考试吗"])
def test_a_weekday_said_after_tomorrow_is_tomorrow(answerer, q: str) -> None:
    """明天周日: the weekday says which day 明天 is; it names no other Sunday (12-19 is 中级's)."""
    text = answerer.answer(q, now=datetime(2021, 11, 20, 20, 15)).text
    assert "没有考试" in text and "11月21日" in text, text
    assert not text.startswith("中级"), text


@pytest.mark.parametrize(
    ("q", "now", "lead"),
    [
        # a deadline named as what one is in time for is no question whether it is over
        ("今天11.29号，考务负责人那个表我们还空着，赶得上截止吗", datetime(2021, 12, 1, 9, 20), "可以"),
        ("考场编排现在弄会不会晚了", datetime(2021, 12, 1, 9, 20), "不晚"),
        ("考场编排现在弄会不会晚了", datetime(2021, 12, 17, 9, 20), "已经晚了"),
        ("报名现在还赶趟不", datetime(2021, 12, 1, 9, 20), "不能了"),
    ],
)
def test_in_time_or_too_late_is_answered_by_where_today_stands(answerer, q: str, now: datetime, lead: str) -> None:
    text = answerer.answer(q, now=now).text
    assert text.startswith(lead), text
    assert "没有写到" not in text, text  # 赶趟 asks; it names nothing new


@pytest.mark.parametrize(
    ("q", "want", "not_want"),
    [
        ("初级准考证一共能打几天", "共 3 天", "共 5 天"),
        ("准考证总共能打多少天", "高级 共 5 天", None),
        ("考场编排前后一共几天", "共 15 天", None),
        ("考试一共考几天", "考试共 3 天", None),
        ("打扰下，算上今天，考场编排还剩几天可以弄？", "算上今天还有 15 天", "共 15 天"),
        # with nothing said of what remains, the days it can be done in are its length, and no other count is given
        ("麻烦问下，中级考生的准考证有几天能打？从哪天到哪天", "共 4 天", "离开始还有"),
        ("准考证能打几天", "中级 共 4 天", "离开始还有"),
        ("高级准考证还能打几天", "离开始还有 15 天", "共 5 天"),
    ],
)
def test_a_window_length_counts_its_first_and_last_day(answerer, q: str, want: str, not_want: str | None) -> None:
    """「一共能打几天」 asks a window's length (it was answered with the days until it opens); 「算上今天还剩几天」
    counts today in, said in a clause of its own. 「有几天能打」 asks the length too (「还能打几天」 the days left)."""
    text = answerer.answer(q, now=datetime(2021, 12, 1, 9, 20)).text
    assert want in text, text
    assert not_want is None or not_want not in text, text


def test_a_gap_asked_in_a_second_clause_is_answered(answerer) -> None:
    """「上午理论考完到下午实操开考，中间空几个小时」: both clauses reach the timetable and are answered together; the
    gap the second asks was lost when they were joined."""
    text = answerer.answer("上午理论考完到下午实操开考，中间空几个小时", now=datetime(2021, 12, 1, 9, 20)).text
    assert "3个半小时" in text, text


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("疫情这块要求学生做核酸不？", ("疫情防控", "没有写到「核酸」")),
        ("备案表现在补发还赶得上吗", ("已经截止", "sales@zhonghui.vip")),
        ("中慧那个陪训定日子了没？要去现场不", ("另行通知",)),
    ],
)
def test_new_words_asked_of_our_key_word_are_asked_of_our_topic(answerer, q: str, want: tuple[str, ...]) -> None:
    """A question whose rarest word of ours is the entry's (疫情, 备案表, 培训) and whose new words follow it asks our
    topic something: answered, saying what the notice does not say; it was turned away as another subject."""
    text = answerer.answer(q, now=datetime(2021, 12, 1, 9, 20)).text
    assert all(w in text for w in want), text


@pytest.mark.parametrize(
    "q",
    [
        "教资面试在哪里报名",  # new words before the key: whose 报名
        "本次考核的合格分数线是多少？",  # after the key and 的: a thing of its own
        "腾讯文档的在线表格怎么设置只读权限",
        "有没有蓝桥杯Python组的QQ群号，发我一个",
    ],
)
def test_new_words_that_say_whose_or_name_a_thing_of_their_own_stay_another_subject(answerer, q: str) -> None:
    reply = answerer.answer(q, now=datetime(2021, 12, 10, 10, 0))
    assert not reply.answered and "594707089" not in reply.text and "10月20日" not in reply.text, reply.text


def test_a_question_word_jieba_joins_to_its_noun_names_the_noun(answerer) -> None:
    """jieba lists 哪些因素 as one word: its weight was a rare word's, and 「排考场要参考哪些因素」 was turned away."""
    text = answerer.answer("排考场要参考哪些因素？", now=datetime(2021, 12, 1, 9, 20)).text
    assert "根据报名人数与考场实际情况" in text, text


@pytest.mark.parametrize("q", ["明年3月那批Python考核，站点申报几号开始？", "2022年上半年那次，报名什么时候开始"])
def test_a_season_named_in_one_clause_is_the_one_the_next_asks_about(answerer, q: str) -> None:
    """「明年3月那批…，站点申报几号开始」: another season named before, and none in the clause that asks, is the
    season asked about; our window was given."""
    reply = answerer.answer(q, now=datetime(2021, 12, 1, 9, 20))
    assert not reply.answered and "10月20日" not in reply.text, reply.text


def test_a_clause_naming_its_own_season_keeps_it(answerer) -> None:
    text = answerer.answer("去年考过初级的学生，今年还能报中级吗", now=datetime(2021, 11, 10, 10, 15)).text
    assert "11月20日" in text, text


@pytest.mark.parametrize(
    ("q", "now", "want", "not_want"),
    [
        # 最后一天/最晚/期限 ask a time: the window's entry, not the venue's
        ("今儿12月15号，是不是排考场的最后一天？", datetime(2021, 12, 16, 14, 40), "今天是最后一天", "考试地点"),
        # 「今天是不是就能…」 asks where today stands; 「最晚排到几号」 asks of the same act (排 in 排考场)
        ("今天是不是就能在1+X平台上排考场了？最晚排到几号", datetime(2021, 12, 1, 9, 20), "可以", "理论考试"),
        # 「…没问题吧」: whether it is fine to do now
        ("今天已经１２月１６号了，让学生去1+X平台下载准考证没问题吧", datetime(2021, 12, 1, 9, 20), "可以", None),
    ],
)
def test_where_today_stands_is_asked_in_more_ways(answerer, q: str, now: datetime, want: str, not_want) -> None:
    text = answerer.answer(q, now=now).text
    assert want in text, text
    assert not_want is None or not_want not in text, text


def test_days_named_by_date_and_by_weekday_are_each_asked(answerer) -> None:
    """「这周六周日分别考啥」: 这周六 is a date, 周日 a weekday; an exam on either is asked about (both were required
    of one day, and the reply said neither had an exam)."""
    text = answerer.answer("这周六周日分别考啥", now=datetime(2021, 12, 16, 14, 40)).text
    assert "初级" in text and "中级" in text and "没有考试" not in text and "高级" not in text, text


def test_a_noun_after_the_last_of_two_things_is_each_ones() -> None:
    """「中级和高级准考证分别打到几号」: 准考证 is 中级's too (「中级打到几号」 got the timetable)."""
    from bot.understand import respective

    assert respective("中级和高级准考证分别打到几号") == ["中级准考证打到几号", "高级准考证打到几号"]
    assert respective("考场编排与准考证打印分别在何时进行") == ["考场编排在何时进行", "准考证打印在何时进行"]
    # two things of different kinds: 考场 is no word of 报名's kind, and 编排 is no noun they share
    assert respective("报名和考场编排分别是什么时间") == ["报名是什么时间", "考场编排是什么时间"]


def test_a_day_claimed_to_be_the_deadline_that_is_the_deadline_is_confirmed(answerer) -> None:
    """「是不是打到后天就截止了」 on 12-16: 12-18 is the last day; it was answered 还没有."""
    text = answerer.answer("学生问初级准考证是不是打到后天就截止了", now=datetime(2021, 12, 16, 14, 40)).text
    assert text.startswith("是的") and "12月18日" in text, text


def test_days_to_an_exam_finished_say_when_its_last_paper_ends(answerer) -> None:
    text = answerer.answer("离高级最后一场考完还剩几天，我好订回程票", now=datetime(2021, 12, 16, 14, 40)).text
    assert "4 天" in text and "16:30 结束" in text and "初级" not in text, text


def test_each_level_asked_until_when_gets_its_last_day(answerer) -> None:
    """「中级和高级准考证分别打到几号」: each level's own last day, beside its window (中级 had got the timetable)."""
    text = answerer.answer("中级和高级准考证分别打到几号？", now=datetime(2021, 12, 16, 14, 40)).text
    assert "中级准考证打印到12月19日截止" in text and "高级准考证打印到12月20日截止" in text and "初级" not in text, text


@pytest.mark.parametrize(
    "q",
    [
        "人工智能训练师那个证，广东这边找谁对接",
        "英语四六级12月那场，考场是不是也得我们学校自己在平台上编排",
        "中慧的Web前端开发证书，准考证也是16号开始打吗",
        "人社部的信息安全管理员职业技能等级认定，站点咋申报",
    ],
)
def test_a_clause_that_only_names_another_exam_or_certificate_is_the_topic_of_the_next(answerer, q: str) -> None:
    """Topic, then comment: the question after 「…那个证，」 asks about that certificate, and gets no answer (nor any
    person) of ours."""
    reply = ask(answerer, q)
    assert reply.kind in TURNED_AWAY and not [n for n in answerer.router.directory.names() if n in reply.text], reply


@pytest.mark.parametrize(
    ("q", "kind"),
    [
        ("西宁那边有所中职想做这个证，我该把他们推给中慧哪位老师", "contact"),
        ("佛山顺德的学校，业务联系人是哪位", "contact"),
        ("广州市工贸技师学院有意承办这次考核，归谁管", "contact"),
        ("南昌理工学院想承办本次考试，归谁管", "contact"),
    ],
)
def test_a_statement_of_who_asks_sets_no_other_topic(answerer, q: str, kind: str) -> None:
    """这个证, 这次考核, 本次考试 are ours (this one), and a place's school says who asks: the question after them is
    still ours, whatever new word (承办) the statement holds."""
    assert ask(answerer, q).kind == kind


@pytest.mark.parametrize(
    ("q", "now", "expected"),
    [
        ("现在离高级实操开考还剩多长时间？", datetime(2021, 12, 20, 12, 10), "还有1小时50分钟：高级实操考试 12月20日 14:00 开考"),
        ("问一下，离今天最后一场交卷还有几个钟头", datetime(2021, 12, 20, 12, 10), "还有4小时20分钟：高级实操考试 12月20日 16:30 结束"),
        ("现在离初级开考还有多少个钟头？", datetime(2021, 12, 16, 14, 40), "还有42小时20分钟：初级理论考试 12月18日 09:00 开考"),
    ],
)
def test_the_time_left_asked_in_hours_is_counted_from_when_it_is_asked(
    answerer, q: str, now: datetime, expected: str
) -> None:
    assert ask(answerer, q, now).text.startswith(expected), ask(answerer, q, now).text


@pytest.mark.parametrize(
    ("q", "days"),
    [("高级那场离现在还有多久？", "还有 8 天"), ("初级离现在还剩多长时间", "还有 6 天"), ("初级离开考还剩几天啊？", "还有 6 天")],
)
def test_the_time_left_asked_in_no_unit_a_week_ahead_is_counted_in_days(answerer, q: str, days: str) -> None:
    """多久 a week ahead is days, as people count them, not 191 hours; a unit asked (几个钟头) is still answered in it.
    The days lead whichever facet the question drew (离开考 is cut 离开/考, and the timetable answers it)."""
    text = ask(answerer, q, datetime(2021, 12, 12, 9, 40)).text
    assert days in text and "小时" not in text, text


@pytest.mark.parametrize(
    ("q", "now", "said"),
    [
        ("今天周五１７号，初级是明儿考吧？上午几点开始", datetime(2021, 12, 12, 9, 40), "2021年12月18日（星期六，明天）"),
        ("中级实操几点考", datetime(2021, 12, 17, 9, 40), "2021年12月19日（星期日，后天）"),
        ("中级实操几点考", datetime(2021, 12, 12, 9, 40), "2021年12月19日（星期日） "),
    ],
)
def test_an_exam_day_near_today_is_called_what_it_is(answerer, q: str, now: datetime, said: str) -> None:
    """An exam today, tomorrow or the day after is called so beside its date, counted from the day the member
    states when they state one."""
    text = ask(answerer, q, now).text
    assert said in text, text


def test_hours_left_from_a_day_the_member_states_are_not_guessed(answerer) -> None:
    """The clock's hour is not the hour of a day the member says it is: days, not hours."""
    text = ask(answerer, "今天12月17号，离初级开考还有多少个钟头？", datetime(2021, 12, 16, 14, 40)).text
    assert "小时" not in text and "1 天" in text, text


@pytest.mark.parametrize(
    ("q", "now", "lead"),
    [
        ("初级、中级都考完了吧？今天考完是不是这批就全结束了", datetime(2021, 12, 20, 12, 10), "是的，初级（12月18日）、中级（12月19日）都已经考完了"),
        ("高级考完了吗", datetime(2021, 12, 20, 12, 10), "还没有考完：高级今天（12月20日）考，实操考试 16:30 结束"),
        ("中级考完了吗", datetime(2021, 12, 19, 18, 10), "是的，中级（12月19日）已经考完了"),
        ("考试都结束了吗", datetime(2021, 12, 19, 18, 10), "还没有全部考完：初级、中级已经考完了；高级在"),
    ],
)
def test_whether_exams_are_over_is_judged_by_when_it_is_asked(answerer, q: str, now: datetime, lead: str) -> None:
    text = ask(answerer, q, now).text
    assert text.startswith(lead), text


def test_three_days_ago_is_a_day_named(answerer) -> None:
    """大前天 is three days back, as 大后天 is three ahead."""
    text = ask(answerer, "大前天有考试吗", datetime(2021, 12, 20, 12, 10)).text
    assert text.startswith("12月17日没有考试"), text


def test_a_level_named_with_its_day_and_paper_asks_that_sitting_not_the_countdown(answerer) -> None:
    """「今天考的中级吧？下午实操几点开始几点结束」: the countdown is not cued by a level that comes with a day and a paper."""
    text = ask(answerer, "今天12.19，今天考的中级吧？下午实操几点开始几点结束", datetime(2021, 12, 20, 12, 10)).text
    assert text.startswith("是的。中级") and "14:00-16:30" in text, text


def test_a_level_of_another_exam_is_not_carried_to_the_next_clause(answerer) -> None:
    """「软考中级的成绩出来没，在哪查」: 中级 is 软考's; 在哪查 asks about 软考 too, and gets nothing of ours."""
    reply = ask(answerer, "软考中级的成绩出来没，在哪查")
    assert reply.kind in TURNED_AWAY and not [n for n in answerer.router.directory.names() if n in reply.text], reply


def test_a_countdown_asked_with_daoshu_is_a_countdown(answerer) -> None:
    """倒数 counts down as 倒计时 does: 「初级那场倒数还有几天」 is no word new to us."""
    text = ask(answerer, "现在是１２月１４日，初级那场倒数还有几天？", datetime(2021, 12, 20, 12, 10)).text
    assert text.startswith("离初级考试") and "还有 4 天" in text, text


def test_an_exam_that_is_over_is_said_so_without_another_levels_date(answerer) -> None:
    """On the 20th (高级's day), 中级's timetable says it is over without naming today's date, 12月20日."""
    text = ask(answerer, "中级那天上午下午各考哪科？", datetime(2021, 12, 20, 12, 10)).text
    assert "已经结束" in text and "12月20日" not in text and "高级" not in text, text


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("今天周日12月19号，高级的学生准考证还能打几天", "算上今天还能打 2 天（12月20日（明天）截止）"),
        ("今天12月16号，中级准考证离截止还有几天", "离截止还有 3 天（12月19日截止）"),
    ],
)
def test_the_days_left_to_print_tickets_are_counted(answerer, q: str, expected: str) -> None:
    """还能打几天 counts today among the days one can still print; 离截止还有几天 counts the days before the last."""
    text = ask(answerer, q).text
    assert expected in text, text


def test_a_half_day_said_of_one_paper_does_not_narrow_the_other(answerer) -> None:
    """「中级那天理论几点结束，下午实操几点开始」: 下午 is the practical's; the theory paper is asked too (each with its
    half-day in words, as one was named)."""
    text = ask(answerer, "中级那天理论几点结束，下午实操几点开始？").text
    assert "理论考试 上午 9:00-10:30" in text and "实操考试 下午 14:00-16:30" in text, text


def test_shang_xia_wu_asks_both_halves_of_the_day(answerer) -> None:
    """上下午几点: the morning's and the afternoon's papers, not the afternoon's alone (下午 inside 上下午)."""
    text = ask(answerer, "三个级别分别哪天考、上下午几点").text
    assert "9:00-10:30" in text and "14:00-16:30" in text, text


@pytest.mark.parametrize(
    ("clause", "asks"),
    [("一个考场一个人行不行", True), ("学生能不能带水", True), ("监考老师不够", False), ("我们学校机房不大", False)],
)
def test_a_verb_said_twice_around_a_negation_asks(answerer, clause: str, asks: bool) -> None:
    """行不行, 能不能, 有没有: the A-not-A form asks a yes-or-no wherever it stands in the clause."""
    from bot.answer import _asks

    u = understand(normalize(clause), answerer.vocabulary, year=answerer.year)
    assert _asks(u, clause) is asks


@pytest.mark.parametrize(
    ("q", "said"),
    [
        ("排考场的截止日是几号、星期几", "12月15日是星期三"),
        ("报名从星期几开始", "10月20日是星期三"),
        ("高级准考证打印截止是礼拜几", "12月20日是星期一"),
    ],
)
def test_the_weekday_asked_of_a_windows_day_is_said(answerer, q: str, said: str) -> None:
    """星期几 / 周几 / 礼拜几 asked of a window: the weekday of its last day, or of its first when only the start is
    asked."""
    assert said in ask(answerer, q, datetime(2021, 12, 13, 9, 0)).text


@pytest.mark.parametrize(
    "q", ["寒假那期Python师资培训是线上还是线下办", "暑假的考核几号报名", "元旦那批考试几点开考", "我们学院期末机考几点开始"]
)
def test_a_holiday_none_of_our_months_holds_names_another_sitting(answerer, q: str) -> None:
    """寒假, 暑假, 元旦 name months of the year as 3月 does: none is a month of this notice, so the sitting is
    another one, and nothing of ours answers it."""
    reply = ask(answerer, q)
    assert reply.kind in TURNED_AWAY, reply


def test_a_clause_ending_with_another_project_is_the_topic_of_the_next(answerer) -> None:
    """「…那个产教融合实训基地项目，」 ends naming another project: the e-mail asked next is that project's."""
    reply = ask(answerer, "中慧云启那个产教融合实训基地项目，申报材料发哪个邮箱")
    assert reply.kind in TURNED_AWAY and "sales@" not in reply.text, reply


@pytest.mark.parametrize("clause", ["你们有录波课", "人工智能训练师那个证"])
def test_a_clause_typed_as_a_question_sets_no_topic(answerer, clause: str) -> None:
    """「你们有录波课吗，给学生课后看的」: normalising drops the 吗, yet the clause as typed asks; only a clause that
    asks nothing is the next one's topic."""
    said = answerer._clause(clause, today=date(2021, 12, 10), message=clause)
    typed = answerer._clause(clause, today=date(2021, 12, 10), message=clause, typed=clause + "吗")
    assert answerer._sets_topic(said) and not answerer._sets_topic(typed)


def test_two_entries_saying_the_same_are_said_once(answerer) -> None:
    """「申报材料发过去以后，多久能出审核结果？」: the how-to of applying and where the form goes both answer, and the one
    says nearly all the other does: the fuller is said, once; contact cards, alike in wording, are each kept."""
    text = ask(answerer, "申报材料发过去以后，多久能出审核结果？").text
    assert text.count("sales@zhonghui.vip") == 1, text
    cards = ask(answerer, "江西找谁？湖南又是哪位").text
    assert "江西" in cards and "湖南" in cards, cards


@pytest.mark.parametrize("q", ["报名今天几点截止？晚上十二点前都行吗", "准考证几点开始打", "考场编排最后一天几点关"])
def test_an_hour_asked_of_a_window_is_said_not_given(answerer, q: str) -> None:
    """A window is kept by the day: asked its hour, the reply says the notice gives only the dates."""
    text = ask(answerer, q, datetime(2021, 11, 20, 20, 15)).text
    assert "没有写具体几点" in text, text


def test_a_window_asked_by_the_day_gets_no_word_on_hours(answerer) -> None:
    assert "几点" not in ask(answerer, "考场编排几号截止", datetime(2021, 11, 20, 20, 15)).text


@pytest.mark.parametrize("opening", ["打扰下，", "打扰一下哈，", "冒昧问下，"])
def test_an_opening_that_only_acts_lends_no_subject_to_the_question(answerer, opening: str) -> None:
    """「打扰下，…还能加进去不？」: the opening clause names no thing, only an act new to us (打扰); it is no other
    subject the question after it asks about."""
    q = opening + "我们这还有三个娃想报，这都晚上八点多了，还能加进去不？"
    reply = answerer.answer(q, now=datetime(2021, 11, 20, 20, 15))
    assert reply.kind == "faq" and "最后一天" in reply.text, reply


@pytest.mark.parametrize(("q", "thing"), [("考过高级能抵几个学分？", "学分"), ("初级考完发多少补贴", "补贴")])
def test_an_open_question_counting_a_thing_new_to_us_says_the_notice_has_none(answerer, q: str, thing: str) -> None:
    """「考过高级能抵几个学分」 means what the timetable's samples mean, yet asks for 学分, which no entry gives: the reply
    says the notice does not write it, whatever else it shows."""
    text = ask(answerer, q).text
    assert f"没有写到「{thing}" in text, text


@pytest.mark.parametrize("q", ["审核没通过的话还能组织考试吗", "申报审核要是没通过，还能组织考试吗"])
def test_an_act_asked_without_the_condition_it_waits_for_is_denied(answerer, q: str) -> None:
    """The answer says 审核通过后方可组织考试; the question denies the condition (没通过) and asks whether the act may be
    done: 不能, whatever the application window's state (「可以，今天是最后一天」 answered a question not asked)."""
    text = ask(answerer, q, datetime(2021, 11, 20, 20, 15)).text
    assert text.startswith("不能"), text


def test_an_act_asked_with_its_condition_met_is_not_denied(answerer) -> None:
    text = ask(answerer, "审核通过了能组织考试吗", datetime(2021, 11, 20, 20, 15)).text
    assert not text.startswith("不能"), text


@pytest.mark.parametrize("q", ["站点材料交上去以后，是不是要审核过了才能组织考试？", "是不是审核通过后才能组织考试"])
def test_the_order_the_answer_states_asked_back_is_confirmed(answerer, q: str) -> None:
    """「是不是要审核过了才能组织考试」 states the notice's own order (审核通过后方可组织考试): 是的, not the closed
    window's 不能了, which answered whether one may still apply."""
    text = ask(answerer, q, datetime(2021, 12, 12, 9, 40)).text
    assert text.startswith("是的") and "审核通过后方可组织考试" in text, text


def test_things_listed_with_a_pause_mark_are_asked_respectively(answerer) -> None:
    """「考务负责人、技术负责人的信息分别在哪填」: normalising drops the 、 between the two, and 分别 then had nothing
    to share out; each of them is asked, as with 和."""
    text = ask(answerer, "考务负责人、技术负责人的信息分别在哪填、啥时候截止", datetime(2021, 11, 20, 20, 15)).text
    assert "11月30日" in text and "及时扫码填报" in text, text


@pytest.mark.parametrize("q", ["今晚备案表发了邮箱就算申报完了吧？还差啥没", "备案表发完就算申报成功了不？还差啥步骤"])
def test_one_step_claimed_as_the_whole_is_answered_with_the_step_left(answerer, q: str) -> None:
    """The answer joins a second step to the one asked about (…发送至 sales@…，并与…签订协议): the one step is not
    the whole, and the reply leads with what is still to do."""
    text = ask(answerer, q, datetime(2021, 11, 20, 20, 15)).text
    assert text.startswith("不算，还需要") and "签订协议" in text.splitlines()[0], text


def test_a_question_that_claims_nothing_gets_no_verdict(answerer) -> None:
    assert not ask(answerer, "备案表发哪个邮箱").text.startswith("不算")


@pytest.mark.parametrize(
    ("q", "lead"),
    [("每天都是上午考理论下午考实操对吧", "是的"), ("每天都是上午考实操下午考理论对吧", "不是"), ("是不是上午考理论下午考实操", "是的")],
)
def test_half_days_claimed_with_their_papers_are_checked(answerer, q: str, lead: str) -> None:
    """Both halves of the day claimed, each with the paper it holds: checked against the papers' clock times."""
    assert ask(answerer, q).text.startswith(lead)


def test_a_tail_asking_what_to_do_asks_it_of_the_clause_before(answerer) -> None:
    """「…想走申报流程，具体要做啥？」: 做啥 asks how to go about it, and 具体 only how fully; the tail is the clause
    before's question, not one of its own (alone it drew the system-install entry and its three technical contacts)."""
    text = ask(answerer, "老师好，四川信息职业技术学院这边想走申报流程，具体要做啥？", datetime(2021, 11, 20, 20, 15)).text
    assert "sales@zhonghui.vip" in text and "张全伟" not in text and "黄超" not in text, text


@pytest.mark.parametrize("q", ["目前处在考务工作的哪个阶段？接下来的节点是什么", "后续还有哪些工作要做", "接下来的节点是什么"])
def test_time_said_as_what_comes_next_names_no_other_subject(answerer, q: str) -> None:
    """接下来, 后续 (what comes next) and 处在 (where things stand) say when, like 目前: they are not words of
    another subject, so the question is answered (they refused it as about something else)."""
    assert ask(answerer, q, datetime(2021, 12, 12, 9, 40)).kind == "faq"


@pytest.mark.parametrize(("q", "days"), [("高级那场距今还有多久？", 15), ("中级考试距今还有几天", 14)])
def test_time_counted_from_now_names_no_other_subject(answerer, q: str, days: int) -> None:
    """距今 (from now) counts from today, as 离现在 does: the countdown is answered (it was refused as about 距今)."""
    assert f"还有 {days} 天" in ask(answerer, q, datetime(2021, 12, 5, 14, 20)).text


SCORE_EXPORT = {
    "id": "score-export",
    "questions": ["成绩能导出Excel吗", "考生成绩怎么批量下载"],
    "answer": "成绩发布后，站点账号在平台成绩查询页点“导出本站点成绩”，可一次下载全部考生的xlsx文件。需要理论、实操分开列示的，"
    "勾选“分项明细表”后再导出，可直接交教务录入或存档。",
}
DEPOSIT = {
    "id": "performance-deposit",
    "questions": ["签协议要交保证金吗", "站点押金要交多少"],
    "answer": "考核站点签约“不收取任何保证金或押金”，站点只需按协议标准缴纳考试费用。如有人以公司名义索要保证金、风险金，"
    "请先向本省业务联系人核实，并拨打“公司廉洁监督电话”举报。",
}


@pytest.mark.parametrize(
    "q, want",
    [("考完以后全体学生的分能打包拿到不，要存档", "score-export"), ("杨凌职业技术学院的，成为考核站点要不要额外缴履约金，账上没这笔钱", "performance-deposit")],
)
def test_a_question_that_reads_as_a_staff_answer_reaches_it(knowledge, q: str, want: str) -> None:
    """打包 (for 批量下载), 履约金 (for 保证金): words new to us, so the question once read as about something else;
    it is near what the two-sample entry's answer says and not nearer its samples, so it asks that answer."""
    reply = _with_entries(knowledge, SCORE_EXPORT, DEPOSIT).answer(q, now=NOW)
    assert reply.entry_id == want, reply.text


@pytest.mark.parametrize("q", ["工信部的Python工程师证书在哪报名，有学生问", "雅思报名费多少钱", "今年考研是几号"])
def test_another_ones_thing_named_is_not_read_as_a_staff_answer(knowledge, q: str) -> None:
    """Another body's certificate (names_another) or whose registration (names_whose) stays another subject, however
    near a staff answer the question reads."""
    reply = _with_entries(knowledge, SCORE_EXPORT, DEPOSIT, LUNCH, SCRATCH).answer(q, now=NOW)
    assert reply.kind in TURNED_AWAY, reply.text


def test_a_level_confirmed_for_a_day_then_another_asked_gets_both(answerer) -> None:
    """「中级是今天考吧？那高级是哪天」: 是 links, it is no act the second clause narrows (the two are two questions), and
    of the two levels the day's is confirmed and the other's day given."""
    text = ask(answerer, "今天12月19日星期天，中级是今天考吧？那高级是哪天", datetime(2021, 11, 5, 15, 30)).text
    assert "中级就是今天考" in text and "高级：2021年12月20日（星期一，明天）" in text, text


@pytest.mark.parametrize("q", ["机房的电脑要提前装系统吗", "老师好，机房的考试环境要提前部署吗？由谁负责", "这周六我们机房要不要空出来给考试用？"])
def test_a_room_says_where_and_is_no_subject_of_its_own(answerer, q: str) -> None:
    """机房, 教室 (a noun ending in a room or building) say where our things are, as 考场 does; they are not
    another one's (names_another) nor words new to us that make the question about something else."""
    assert ask(answerer, q).kind == "faq"


@pytest.mark.parametrize("q", ["教务处的邮箱是多少", "院里下周一的教学工作例会几点开？在哪个会议室"])
def test_an_office_or_a_meeting_room_is_still_anothers(answerer, q: str) -> None:
    """处 ends an office (a body, whose mailbox is its own); a room asked after another subject asks where that is."""
    assert ask(answerer, q).kind in TURNED_AWAY


@pytest.mark.parametrize("q", ["还能补报吗", "今天都11月22号了，我们漳州职业技术学院还有几个学生没报上，还能补报吗？"])
def test_a_verb_of_ours_done_again_by_its_first_character_is_ours(answerer, q: str) -> None:
    """补报 (补 + the 报 of 报名): our act done late or again, as 补报名 is; not a word new to us that makes the
    question about something else."""
    assert ask(answerer, q, datetime(2021, 11, 5, 15, 30)).entry_id == "registration-window"


@pytest.mark.parametrize(
    ("q", "days"),
    [
        ("今天到中级考试那天还差多少天？", 44),
        ("今天距离中级考试还有几天", 44),
        ("中级离今天还差多少天", 44),
        ("高级考试距今天还有几天", 45),
    ],
)
def test_today_counted_from_is_no_day_asked_about(answerer, q: str, days: int) -> None:
    """今天 before 距离, or before 到 when days are counted after it, is where the count starts, not an exam day asked
    about (「11月5日没有考试」); so is 今天 after 离 or 距 (中级离今天还差多少天)."""
    text = ask(answerer, q, datetime(2021, 11, 5, 15, 30)).text
    assert f"还有 {days} 天" in text and "没有考试" not in text, text


@pytest.mark.parametrize(
    ("q", "now", "left"),
    [
        ("今天１１月１９号，学生报名还剩几天", datetime(2021, 11, 15, 10, 5), "离截止还有 1 天"),
        ("学生报名还剩几天", datetime(2021, 11, 15, 10, 5), "离截止还有 5 天"),
    ],
)
def test_days_left_asked_of_a_how_to_are_its_windows(answerer, q: str, now: datetime, left: str) -> None:
    """The how-to prints the window it is done in: asked how many days are left, it answers as the window's status
    does, not with the window's dates alone."""
    assert left in ask(answerer, q, now).text


def test_today_inside_what_is_counted_to_is_that_day(answerer) -> None:
    """离今天最后一场交卷: 今天 names the day of what is counted to, not where the count starts."""
    text = ask(answerer, "问一下，离今天最后一场交卷还有几个钟头", datetime(2021, 12, 20, 15, 0)).text
    assert "1小时30分钟" in text and "16:30" in text, text


@pytest.mark.parametrize(
    ("q", "noted"),
    [
        ("监考老师一个考场要配几个啊", True),
        ("报名要交几张照片", True),
        ("考试分几个级别", False),
        ("证书分几个等级", False),
        ("我们还有几个学生想报名，怎么报", False),  # 有几个: "a few", a statement
    ],
)
def test_a_count_asked_of_an_answer_that_states_none_is_said_not_to_be_there(answerer, q: str, noted: bool) -> None:
    """A count of people or things asked (几个, 多少人) of an entry whose answer states none gets 「通知里没有写明具体
    数量」 first, as a time or a place asked of an answer without one does; a facet's list (the three levels) or
    an answer's 三个级别 is a count; 几个 after 有 is "a few", no count asked."""
    assert ask(answerer, q).text.startswith("通知里没有写明具体数量") is noted


def test_a_day_before_going_somewhere_is_still_that_day(answerer) -> None:
    """明天到考场: 到 is going there; 明天 is the day asked about (no count of days follows)."""
    assert "还有" not in ask(answerer, "明天到考场几点", datetime(2021, 12, 17, 15, 0)).text.splitlines()[0]


def test_a_tail_asking_what_is_left_asks_it_of_the_clause_before(answerer) -> None:
    """「站点申报这会儿还开着不？还剩几天」: 剩 only counts what is left, as 还有 does; the tail asks the window's days
    left, not how far off the exams are (it added 离初级考试还有 43 天)."""
    text = ask(answerer, "站点申报这会儿还开着不？还剩几天", datetime(2021, 11, 5, 15, 30)).text
    assert "离截止还有 15 天" in text and "43" not in text, text


@pytest.mark.parametrize("q", ["今儿12.03，考场编排能开始弄了吧？到哪天截止", "考场编排可以弄了吗？几号结束"])
def test_the_day_asked_before_the_end_asks_when_not_whether_it_is_over(answerer, q: str) -> None:
    """「到哪天截止」 asks when it ends, as 「截止是哪天」 does: the lead answers whether one can (可以), not whether it
    is over (还没有)."""
    text = ask(answerer, q, datetime(2021, 12, 3, 10, 0)).text
    assert text.startswith("可以") and "12月15日" in text, text


@pytest.mark.parametrize(
    ("q", "now", "said"),
    [
        ("刚看了下日历今天是12月16，学生说准考证打不了，是还没开放吗", datetime(2021, 11, 5, 15, 30), "今天开始打印"),
        ("考场编排开始了吗", datetime(2021, 12, 1, 10, 0), "是的，今天开始，现在正在进行"),
    ],
)
def test_a_window_on_its_first_day_says_it_opened_today(answerer, q: str, now: datetime, said: str) -> None:
    """On a window's first day the reply says it opened today (the member may think it has not)."""
    assert said in ask(answerer, q, now).text


@pytest.mark.parametrize("q", ["自考12月份那次的准考证在哪打", "计算机二级这次的准考证在哪打"])
def test_another_exam_named_before_a_pointing_measure_word_is_still_anothers(answerer, q: str) -> None:
    """那次, 这次 (a demonstrative and a measure word) point back at the name before them, as 那个 does: 自考's tickets,
    not ours, whatever month is named between."""
    assert ask(answerer, q).kind in TURNED_AWAY


@pytest.mark.parametrize("q", ["初级那场的准考证在哪打", "12月份那次的准考证在哪打"])
def test_our_own_sitting_pointed_at_is_ours(answerer, q: str) -> None:
    assert ask(answerer, q).entry_id == "tickets"


@pytest.mark.parametrize("q", ["准考证从几号开始打", "准考正从几号开始打"])
def test_when_ticket_printing_starts_is_asked_of_the_tickets(answerer, q: str) -> None:
    """「准考证从几号开始打」 is about printing tickets: the exam's 「考试从几号开始」 sample was nearer in meaning (e5
    reads 准考证 as an exam word) until the tickets entry said when printing starts in a sample of its own."""
    assert ask(answerer, q, datetime(2021, 11, 5, 15, 30)).entry_id == "tickets"


@pytest.mark.parametrize("q", ["学校机房的监控系统坏了，报修电话多少", "学校OA系统的密码忘了找谁重置"])
def test_a_role_word_that_is_anothers_names_no_contact_of_ours(answerer, q: str) -> None:
    """系统 asks for the technical contacts only when it is the exam's: 监控系统, OA系统 are another one's (a name new
    to us right before the role's word), in the clause that asks or in the one before; no person of ours is named."""
    text = ask(answerer, q).text
    assert not any(p in text for p in ("张全伟", "侯仕平", "黄超")), text


@pytest.mark.parametrize("q", ["考试系统坏了找谁", "我们的考试系统装不上，技术电话多少"])
def test_the_exam_systems_trouble_still_reaches_the_technical_contacts(answerer, q: str) -> None:
    assert "张全伟" in ask(answerer, q).text


@pytest.mark.parametrize("q", ["我是襄阳职业技术学院的，三个级别是连着三天考吗", "考试是连续三天吗"])
def test_days_claimed_to_follow_one_another_are_checked(answerer, q: str) -> None:
    """连着, 连续: whether the exam days follow one another, answered yes or no before the timetable."""
    assert ask(answerer, q).text.startswith("是的，连着 3 天考（12月18日至12月20日）")


def test_days_apart_are_not_consecutive() -> None:
    from datetime import date

    from bot.facets import _consecutive

    assert _consecutive([date(2021, 12, 18), date(2021, 12, 20)]).startswith("不是")


@pytest.mark.parametrize("q", ["考试费用的缴纳时间和方式，文件里是怎么写的？", "考试费用能否在考试结束后再缴纳？"])
def test_paying_the_fee_in_the_notices_words_reaches_the_payment_entry(answerer, q: str) -> None:
    """缴纳考试费用 is the notice's own wording of paying; asked so, it is the payment rule (before tickets are
    printed), not the amount (the amount entry's 考试费用是多少 shared more words)."""
    reply = ask(answerer, q)
    assert reply.entry_id == "fees" and "打印准考证前" in reply.text, reply.text


def test_whether_there_is_still_time_takes_the_windows_entry_on_less_similarity(answerer) -> None:
    """「考场还没编完，来得及不？」 is near the room-arrangement window only at 0.50 (编 for 编排): asking whether there
    is still time is what a window answers, so its entry answers that part and the ticket part is answered too."""
    text = ask(answerer, "今儿12.10号，考场还没编完，来得及不？准考证哪天开始打", datetime(2021, 11, 5, 15, 30)).text
    assert text.startswith("可以") and "12月15日" in text and "12月16日" in text, text


@pytest.mark.parametrize(
    "q", ["省教育厅要的1+X试点年度质量报告，交到哪个邮箱？截止哪天", "1+X试点院校年度绩效评价的材料交给谁，发哪个邮箱"]
)
def test_a_clause_opening_with_its_verb_asks_of_the_other_subject_before(answerer, q: str) -> None:
    """「交到哪个邮箱」 has no subject of its own (its first word is a verb): it asks about the report the clause before
    named, another one's, so sales@ is not given."""
    text = ask(answerer, q, datetime(2021, 11, 5, 15, 30)).text
    assert "sales@" not in text, text


def test_levels_named_on_a_day_named_before_are_that_days(answerer) -> None:
    """「礼拜天那场是中级还是高级？上午那门几点结束」: of the levels the first clause names, the day it names holds 中级
    only; the second clause asks of that one, and 高级's date (12月20日) is not given."""
    text = ask(answerer, "礼拜天那场是中级还是高级？上午那门几点结束", datetime(2021, 12, 5, 14, 20)).text
    assert "中级" in text and "10:30" in text and "高级" not in text and "12月20日" not in text, text


def test_a_day_claimed_for_levels_it_does_not_all_hold_is_denied(answerer) -> None:
    """「周六考初级和中级吗」: 星期六 holds 初级 only, so no, and when 中级 is (it had 是的 and 初级's timetable)."""
    text = ask(answerer, "周六考初级和中级吗", datetime(2021, 12, 5, 14, 20)).text
    assert text.startswith("不是，星期六只考初级") and "中级在 2021年12月19日" in text, text


def test_either_or_gets_no_yes(answerer) -> None:
    """「周日考中级还是高级」 states no one thing to confirm: the answer is 中级's day, not 是的."""
    text = ask(answerer, "周日考中级还是高级", datetime(2021, 12, 5, 14, 20)).text
    assert text.startswith("中级：2021年12月19日"), text


def test_two_clauses_on_one_entry_asking_different_things_of_different_levels_get_two_answers(answerer) -> None:
    """「初级中级应该都考完了吧？高级今天上午几点开考」: one entry (the timetable), but the first asks whether 初级 and
    中级 are over and the second when 高级 starts: both are answered (read together, only the first was)."""
    text = ask(answerer, "今天12月20号，初级中级应该都考完了吧？高级今天上午几点开考", datetime(2021, 12, 5, 14, 20)).text
    assert text.startswith("是的，初级") and "9:00" in text and "16:30" not in text, text


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("这个星期站点有哪些事要办完", (date(2021, 12, 13), date(2021, 12, 19), "这个星期")),
        ("下周要做啥", (date(2021, 12, 20), date(2021, 12, 26), "下周")),
        ("这个月内我们站点有哪些事得办完", (date(2021, 12, 1), date(2021, 12, 31), "这个月")),
        ("下个月的事", (date(2022, 1, 1), date(2022, 1, 31), "下个月")),
        ("这周六考啥", None),  # one day of the week, not the week
        ("12月份有哪些事", None),  # a month named by its number is no period counted from today
        # a part of a month: its first, middle or last ten days; up to it from today when 前 follows
        ("这个月底前要考试不", (date(2021, 12, 13), date(2021, 12, 31), "这个月底前")),
        ("月底有啥事", (date(2021, 12, 21), date(2021, 12, 31), "月底")),
        ("下个月初呢", (date(2022, 1, 1), date(2022, 1, 10), "下个月初")),
        ("12月中旬考试吗", (date(2021, 12, 11), date(2021, 12, 20), "12月中旬")),
        ("１月下旬", (date(2022, 1, 21), date(2022, 1, 31), "1月下旬")),  # the month nearest today
        ("几月底考", None),
    ],
)
def test_a_week_or_month_named_from_today_is_a_period(text: str, period) -> None:
    from bot.understand import _period, arabic_numbers

    assert _period(normalize(arabic_numbers(text)), date(2021, 12, 13)) == period


@pytest.mark.parametrize(
    ("q", "now", "lead"),
    [
        ("这个月底前要考试不", datetime(2021, 11, 28, 19, 30), "这个月底前没有考试（11月28日至11月30日）"),
        ("各位老师好，下周有考试吗", datetime(2021, 11, 28, 19, 30), "下周没有考试（11月29日至12月5日）"),
        ("下个月考试吗", datetime(2021, 11, 28, 19, 30), "考试安排（机考）"),
        ("今天12月12号礼拜天，下周都有哪几个级别要考", datetime(2021, 11, 28, 19, 30), "初级：2021年12月18日"),
        ("中级是这个月考吗", datetime(2021, 11, 20, 9, 0), "不是。中级在 2021年12月19日"),
        # a whole month is said by its name, not as thirty days (no January date that reads as an exam's)
        ("下个月还安排Python考试不", datetime(2021, 12, 7, 8, 40), "下个月（1月）没有考试。"),
    ],
)
def test_whether_a_week_or_month_named_holds_an_exam(answerer, q: str, now: datetime, lead: str) -> None:
    """A week or month named as a whole (下周, 这个月底前) is asked of as a date is: the exams in it, or none."""
    text = ask(answerer, q, now).text
    assert text.startswith(lead), text


@pytest.mark.parametrize(
    ("q", "now", "lead"),
    [
        (
            "今儿12.13礼拜一，这个星期站点有哪些事要办完",
            datetime(2021, 12, 5, 14, 20),
            "这个星期（12月13日至12月19日）要办的：考场编排（12月15日截止）；打印准考证（12月16日开始）；"
            "考试（初级 12月18日、中级 12月19日）。",
        ),
        ("这个月内我们站点有哪些事得办完？", datetime(2021, 11, 5, 15, 30), "这个月（11月5日至11月30日）要办的：考核站点申报"),
        # the matters described between (啥…的事项), and 事项 a word that relates, naming no other subject; what closes
        # is asked, so the steps that close in the week
        ("这周有啥要截止的事项不，怕漏了", datetime(2021, 11, 15, 10, 5), "这周（11月15日至11月21日）截止的：考核站点申报"),
        # tied with the work requirements (no facet): the week's matters are what is asked, the timeline's cue
        ("下周咱们站点都要忙些啥，给理一下呗", datetime(2021, 12, 10, 11, 20), "下周（12月13日至12月19日）要办的：考场编排"),
    ],
)
def test_the_things_to_do_in_a_week_or_month_are_the_timelines(answerer, q: str, now: datetime, lead: str) -> None:
    """「这个星期站点有哪些事要办完」: the steps due or open in that week, from the timeline (it got the work
    requirements, which share 工作 and 要求 but say nothing of the week)."""
    reply = ask(answerer, q, now)
    assert reply.entry_id == "timeline" and reply.text.startswith(lead), reply.text


CERT_REISSUE = {
    "id": "cert-reissue",
    "questions": ["证书丢了能补办吗", "证书遗失怎么办"],
    "answer": "证书遗失的，由站点汇总学生的“补办申请表”和身份证复印件，发给本省业务联系人，公司核实后重新制证寄出，"
    "工本费每本“20元”。",
}


@pytest.mark.parametrize("q", ["前年拿到证书的学生把证弄丢了，能补一本吗", "去年考过的学生证书找不着了咋办"])
def test_another_season_named_does_not_turn_away_an_entry_that_tells_nothing_of_this_one(knowledge, q: str) -> None:
    """去年, 前年 name another sitting; a staff entry whose answer draws on nothing of this season (no fact of the
    notice, no date) is not contradicted by it, and a question its answer reads as asking reaches it."""
    assert _with_entries(knowledge, CERT_REISSUE).answer(q, now=NOW).entry_id == "cert-reissue"


@pytest.mark.parametrize("q", ["明年3月那批Python考核，站点申报几号开始", "去年那批的准考证几号开始打印"])
def test_another_season_still_turns_away_this_seasons_facts(knowledge, q: str) -> None:
    reply = _with_entries(knowledge, CERT_REISSUE).answer(q, now=NOW)
    assert reply.kind in TURNED_AWAY and "12月16日" not in reply.text and "11月20日" not in reply.text, reply.text


PICKUP = {
    "id": "alumni-pickup",
    "questions": ["已经毕业的学生证书怎么领", "离校学生的证书能邮寄吗"],
    "answer": "证书统一寄到站点，已离校的学生由站点联系本人领取，也可凭本人签字的“委托代领说明”由他人代领。",
}


def test_a_noun_after_a_pivot_verb_is_who_acts_not_whose(knowledge) -> None:
    """「能不能叫同学代领」: after 叫 (让, 请, 派) the noun does the next verb; 同学 is not whose 代领 is, so the
    question is not about another one's thing. Answered by a staff entry that draws nothing from the notice, the
    reply adds no 「通知里没有写到…」 for its new words: the entry's answer is what staff know of them."""
    from bot.text import normalize

    answerer = _with_entries(knowledge, PICKUP)
    assert answerer.topics.names_another(normalize("毕业生的证书能不能叫同学代领")) is None
    # (with 的 a name before is whose: 智能财税1+X's form; people own things of every kind, a classmate's ticket is ours)
    assert answerer.topics.names_another(normalize("智能财税1+X的备案表")) == "财税"
    assert answerer.topics.names_another(normalize("同学的准考证")) is None
    reply = answerer.answer("毕业生的证书能不能叫同学代领", now=NOW)
    assert reply.entry_id == "alumni-pickup" and "通知里没有写到" not in reply.text, reply.text


# ------------------------------------------------------------ session 24 (blind52's first run)


@pytest.mark.parametrize(
    ("q", "right", "wrong"),
    [
        # the school is in 重庆 whatever its name says; 四川 says which 雷老师, in a clause of its own
        ("四川外国语大学这边想申报，应该找四川的雷老师吧？", "杨德明", "雷鹏"),
        ("重庆的学校，找四川的雷老师对吧", "杨德明", "雷鹏"),
    ],
)
def test_a_yes_no_split_over_clauses_is_judged_on_the_place_asked_about(answerer, q: str, right: str, wrong: str) -> None:
    """A place said of the person in the asking clause (which 雷老师) is no place asked about when the message asks
    about another: the claim is judged on the school's province, and the person claimed is not carded."""
    reply = ask(answerer, q)
    assert reply.text.startswith("不是") and right in reply.text and wrong not in reply.text, reply.text


def test_a_place_given_as_context_and_the_same_claimed_is_one_reply(answerer) -> None:
    reply = ask(answerer, "我们在成都，找四川的雷老师吧")
    assert reply.text.startswith("是的") and reply.text.count("15397640352") == 1, reply.text


@pytest.mark.parametrize("q", ["帮我写首关于冬天的小诗", "帮我写首关于冬天的小诗呗"])
def test_a_guessed_typo_of_a_common_word_is_no_evidence_of_ours(answerer, q: str) -> None:
    """小诗 sounds like 小时, but a word that common guessed from a typo names nothing of ours: no 考务 contacts
    for a poem."""
    reply = ask(answerer, q)
    assert reply.kind == "offtopic" and "陈海燕" not in reply.text, reply.text


@pytest.mark.parametrize(("q", "level_date"), [("中级理伦几点到几点？", "12月19日"), ("老师好，高极理伦几点开始啊", "12月20日")])
def test_a_typo_of_a_level_or_paper_is_still_read(answerer, q: str, level_date: str) -> None:
    reply = ask(answerer, q)
    assert level_date in reply.text and "9:00" in reply.text and "14:00" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [("今天十一月二十八，考务", "今天11月28，考务"), ("十二月二十了", "12月20了"), ("十二月一次", "12月一次"), ("十一月三个人", "11月三个人")],
)
def test_a_day_in_words_after_a_month_needs_no_hao(text: str, expected: str) -> None:
    from bot.understand import arabic_numbers

    assert arabic_numbers(text) == expected


def test_a_date_stated_in_words_is_today(answerer) -> None:
    reply = ask(answerer, "今天十一月二十八，考务负责人联系方式还来得及报吗", datetime(2021, 12, 10, 11, 20))
    assert reply.text.startswith("可以") and "还有 2 天" in reply.text and "已经截止" not in reply.text, reply.text
    assert "今天开始" not in reply.text  # the filing names no first day: today is not when it opened


def test_a_level_said_before_carries_to_a_clause_that_names_only_a_paper(answerer) -> None:
    reply = ask(answerer, "我们云南交通职业技术学院今年只报了高级，实操那门安排在哪天下午几点？")
    assert "12月20日" in reply.text and "14:00" in reply.text, reply.text
    assert "12月18日" not in reply.text and "12月19日" not in reply.text and "9:00" not in reply.text, reply.text


def test_morning_or_afternoon_is_answered_in_words(answerer) -> None:
    reply = ask(answerer, "实操考试排在上午还是下午")
    assert "下午" in reply.text and "9:00" not in reply.text, reply.text


def test_riqi_said_as_rizi_asks_when(answerer) -> None:
    """日子 is the spoken 日期 and 起止 "from when to when": both ask a time, neither is a word new to the notice."""
    reply = ask(answerer, "中高级排考场的起止日子，跟初级是同一段吗")
    assert reply.entry_id == "room-arrangement" and "12月15日" in reply.text and "起止" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "lead"),
    [("后天礼拜天，中级是不是那天考？", "不是"), ("19号周日，中级是不是那天考", "是的")],
)
def test_that_day_is_the_day_the_clause_before_named(answerer, q: str, lead: str) -> None:
    """那天 points back to the one day said before (not a 哪天 mistyped): the yes/no judges that day."""
    reply = ask(answerer, q, datetime(2021, 12, 10, 11, 20))
    assert reply.text.startswith(lead) and "12月19日" in reply.text, reply.text


def test_a_level_alone_does_not_settle_a_tie_with_an_entry_of_no_facet(answerer) -> None:
    """「高级理论一共多少道题」 ties the timetable with the results entry: a level narrows the timetable's answer but
    is not what is asked, so the member is asked which one is meant, not given the timetable."""
    reply = ask(answerer, "高级理论一共多少道题")
    assert reply.kind != "faq" or reply.entry_id != "exam-schedule", reply.text


@pytest.mark.parametrize(
    ("q", "day"),
    [("听说高级定在下下周的周一，是这样吗", "12月6日"), ("下个礼拜的星期天有考试吗", "12月5日"), ("这周的周六考什么", "11月27日")],
)
def test_a_week_said_whole_before_its_day_names_that_day(answerer, q: str, day: str) -> None:
    """下下周的周一 is one date, as 下下周一 is (a Friday, 2021-11-26): 的 between the week and its day changes nothing."""
    reply = ask(answerer, q, datetime(2021, 11, 26, 9, 50))
    assert day in reply.text and not reply.text.startswith("是的"), reply.text


@pytest.mark.parametrize("q", ["报的是初级，从今天算起离考试还差几天？", "从今天数，离初级考试还差几天", "自今日起算，初级考试还有几天"])
def test_a_day_counted_from_is_not_the_day_asked(answerer, q: str) -> None:
    """从今天算起 says where a count starts: the days to the exam are asked, not what is on today."""
    reply = ask(answerer, q, datetime(2021, 11, 26, 9, 50))
    assert "还有 22 天" in reply.text and "11月26日没有考试" not in reply.text, reply.text


def test_a_pro_verb_stands_for_the_verb_said_before(answerer) -> None:
    """「考场还没排完，还能弄吗」: 弄 is 排, and 考场 before 排完 is what is arranged, not who acts."""
    reply = ask(answerer, "今天是12月15号，我们考场还没排完，还能弄吗？", datetime(2021, 11, 26, 9, 50))
    assert reply.entry_id == "room-arrangement" and reply.text.startswith("可以"), reply.text


def test_a_form_not_yet_sent_with_ba_asks_whether_there_is_time(answerer) -> None:
    """「还没把考务负责人电话报给中慧那边，现在报来得及么」: with 把 the thing sent stands before 报; the contacts are
    the site's own to send, and the next clause asks of that act."""
    reply = ask(answerer, "我们学院还没把考务负责人电话报给中慧那边，现在报来得及么", datetime(2021, 11, 26, 9, 50))
    assert reply.entry_id == "contact-filing" and reply.text.startswith("可以"), reply.text
    assert "陈海燕" not in reply.text and "11月20日" not in reply.text, reply.text


def test_a_day_said_in_words_is_the_day_the_next_clause_asks_of(answerer) -> None:
    """「明天礼拜六，咱这边是不是就要开考了」 (a Friday, 11-26): the first clause only says which day tomorrow is; the
    yes/no after it asks of that day, so it is 不是 (the first exam is 12-18), not the timetable alone."""
    reply = ask(answerer, "明天礼拜六，咱这边是不是就要开考了？", datetime(2021, 11, 26, 9, 50))
    assert reply.text.startswith("不是") and "12月18日" in reply.text, reply.text


def test_a_day_said_by_its_number_states_the_calendar_and_is_not_lent(answerer) -> None:
    """「明天就18号了」 says what today is (the 17th); the next clause asks of now, inside the 初级 ticket window."""
    reply = ask(answerer, "明天就18号了，初级准考证还能打吗", datetime(2021, 12, 17, 10, 0))
    assert reply.text.startswith("可以，现在"), reply.text


def test_a_weeks_matters_asked_go_to_the_timeline_over_a_close_plain_entry(answerer) -> None:
    """「下周咱们站点有哪些事要赶的」 names a week and asks its matters: the timeline's whole question, even when the
    work requirements (no facet, no week) score a little higher."""
    reply = ask(answerer, "下周咱们站点有哪些事要赶的，帮忙捋一下", datetime(2021, 11, 26, 9, 50))
    assert reply.entry_id == "timeline" and "12月1日" in reply.text and "11月30日" in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "other"),
    [
        ("有个娃考急了把鼠标摔地上摔裂了", None),  # 考 with its complement 急: the verb, no exam called 娃考
        ("软考报名什么时候", "软考"),
        ("学考成绩出来没", "学考"),
        ("教研会开到几点", "教研会"),
        ("1+X证书试点工作年终总结会是线上开吗", "年终总结"),
    ],
)
def test_a_one_character_kind_is_a_short_name_only_where_it_names(answerer, q: str, other: str | None) -> None:
    """软考, 学考: a one-character kind after one naming character is another exam's short name — but not where the
    kind is the clause's verb (考 with a complement of its own: 考急, 考砸)."""
    assert answerer.topics.names_another(q) == other


@pytest.mark.parametrize("q", ["初、中、高这三级是一天考完吗，还是分开考", "这三级是一天考完吗"])
def test_a_count_of_levels_after_a_demonstrative_is_no_grade_of_another_scale(answerer, q: str) -> None:
    """这三级 counts our levels (计算机三级 names another scale's grade): the timetable, not a refusal."""
    reply = ask(answerer, q, datetime(2021, 11, 26, 9, 50))
    assert reply.entry_id == "exam-schedule" and all(d in reply.text for d in ("12月18日", "12月19日", "12月20日")), reply.text
    assert "三级" not in reply.text, reply.text
    assert ask(answerer, "计算机三级是哪天考").kind == "offtopic"


@pytest.mark.parametrize(
    "q, person, others",
    [
        ("考试系统装不上，侯仕平老师的联系电话是多少？", "侯仕平", ("张全伟", "黄超")),
        ("我们是广东的，林贺电话多少", "林贺", ("王吉庆",)),
        ("准考证打印不出来，陈海燕老师电话多少", "陈海燕", ("12月16日", "张晋静")),
    ],
)
def test_a_person_asked_by_name_is_the_answer_and_what_is_only_said_is_why(
    answerer, q: str, person: str, others: tuple[str, ...]
) -> None:
    """A clause that asks nothing (what went wrong, where the asker is) says why the person is asked for: no entry of
    its own and no place's card beside the person's."""
    text = ask(answerer, q).text
    assert person in text and not any(o in text for o in others), text


def test_a_clause_that_asks_is_still_answered_beside_a_person_asked_by_name(answerer) -> None:
    text = ask(answerer, "准考证几号开始打印，陈海燕老师电话多少").text
    assert "陈海燕" in text and "12月16日" in text, text


@pytest.mark.parametrize(
    "q, lead, person, wrong",
    [
        ("我是哈尔滨工业大学（威海）的，咱这属于黑龙江那边对接吗", "不是", "贾昕旸", "郁晓东"),
        ("中国石油大学（北京）克拉玛依校区申报考核站点，应联系哪位老师？", "", "黄超", "蓝海鹏"),
    ],
)
def test_a_campus_is_where_it_is_not_where_its_schools_name_says(
    answerer, q: str, lead: str, person: str, wrong: str
) -> None:
    """哈尔滨 in the name places the university in 黑龙江; its 威海 campus is in 山东, and 黑龙江 said of it is the
    member's reading of the name. 中国石油大学（北京）'s 克拉玛依 campus is in 新疆."""
    text = ask(answerer, q).text
    assert text.startswith(lead) and person in text and wrong not in text, text


def test_a_province_said_as_a_school_of_its_own_beside_a_campus_is_asked(answerer) -> None:
    text = ask(answerer, "哈尔滨工业大学（威海）和黑龙江大学分别找谁").text
    assert "贾昕旸" in text and "郁晓东" in text and not text.startswith("不是"), text


@pytest.mark.parametrize(
    "q, person",
    [
        ("芜湖职业技术学院的老师，安徽这块儿谁负则", "项露琪"),  # 负则 typed for 负责
        ("贵州交通职院这边，签站点协议该跟谁打交道呀", "宋菊"),  # 跟谁: with whom
        ("宋菊老师那边管着哪些地方的考点呀", "云南"),  # 管着哪些: the aspect particle between verb and object
    ],
)
def test_an_ask_for_a_person_in_its_other_shapes_is_routed(answerer, q: str, person: str) -> None:
    text = ask(answerer, q).text
    assert person in text and text.count("18268819525") <= 1, text


def test_a_place_the_person_asked_by_name_does_not_cover_is_still_carded(answerer) -> None:
    """蓝海鹏 covers 北京, 河北, 天津: the asker's own 福建 wants its own contact too."""
    text = ask(answerer, "我们是福建的，顺便问下蓝海鹏管哪几个省").text
    assert "赵江" in text and "蓝海鹏" in text, text


def test_a_day_lent_to_a_question_keeps_its_question_mark(knowledge) -> None:
    """「后天礼拜六，要考试吗」: the day said in words is the day the next clause asks of, and that clause still asks
    (its 吗, which normalising drops, is read as typed)."""
    from bot.answer import Answerer

    text = Answerer(knowledge).answer("后天礼拜六，要考试吗", now=datetime(2021, 12, 2, 14, 40)).text
    assert text.startswith("12月4日没有考试"), text


@pytest.mark.parametrize("q", ["理论和实操各要多少分才算过呀", "理论考试一共多少道题？"])
def test_a_count_of_points_or_questions_is_not_in_the_timetables_list(answerer, q: str) -> None:
    """No facet's list counts points or questions: the notice states neither, and says so first."""
    assert ask(answerer, q).text.startswith("通知里没有写明"), ask(answerer, q).text


def test_minutes_are_no_count_of_points(answerer) -> None:
    text = ask(answerer, "理论考试考多少分钟").text
    assert "通知里没有" not in text and "90分钟" in text, text


def test_a_condition_denied_whole_is_a_no_to_what_waits_for_it(answerer) -> None:
    """「还没审核通过」 denies all of 审核通过 (not only 通过): 审核通过后方可组织考试, so no."""
    text = ask(answerer, "站点申报交上去了还没审核通过，能先组织学生考试不").text
    assert text.startswith("不能"), text


@pytest.mark.parametrize(
    "q", ["有谁知道1+X物联网智能家居那个证，考点资格申请到哪天为止？", "有谁知道人工智能训练师那个证吗，考点申请到哪天"]
)
def test_asking_whether_anyone_knows_another_certificate_sets_it_as_the_topic(answerer, q: str) -> None:
    """有谁知道 asks the group, not about the certificate: the certificate is what the next clause asks of."""
    reply = ask(answerer, q)
    assert reply.kind in TURNED_AWAY and "11月20日" not in reply.text, reply.text


def test_asking_whether_anyone_knows_a_thing_of_ours_is_still_answered(answerer) -> None:
    assert "11月20日" in ask(answerer, "有谁知道考点申报到哪天为止？").text


@pytest.mark.parametrize(
    ("question", "verdict", "dates"),
    [
        ("报名时间和站点申报时间一样吗", "是的，一样", ["10月20日至11月20日"]),
        ("申报考点的起止日子跟学生报名是同一段吗？都是几号到几号", "是的，一样", ["10月20日至11月20日"]),
        ("考场编排和准考证打印是同一段时间吗", "不一样", ["12月1日至12月15日", "12月16日"]),
    ],
)
def test_two_windows_compared_are_judged_and_each_answered(answerer, question: str, verdict: str, dates) -> None:
    """「A跟B是同一段吗」 of two windows: the verdict first, then each one's answer (only one of them was answered,
    with no verdict)."""
    text = answerer.answer(question, now=datetime(2021, 12, 2, 14, 40)).text
    assert text.startswith(verdict), text
    assert all(d in text for d in dates), text
    assert "段时间" not in text and "起止日子" not in text, text  # the comparison's words are no words new to us


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a step's end to an exam's day, from the one to the other (到) or the two joined (和)
        ("报名截止到初级开考中间隔几天", "报名截止（11月20日）到初级开考（12月18日）相差 28 天"),
        ("老师好，我们是番禺职业技术学院的，开始编排考场到初级开考隔几天？", "（12月1日）到初级开考（12月18日）相差 17 天"),
        ("报名截止和考场编排开始隔了几天", "报名截止（11月20日）到考场编排开始（12月1日）相差 11 天"),
        ("准考证开始打印到高级考试差几天", "（12月16日）到高级考试（12月20日）相差 4 天"),
        ("站点申报截止到学生报名截止差几天", "是同一天（11月20日），相差 0 天"),
        # the gap asked in a clause of its own, or the second thing said after the days, or from the one 离 the other
        ("从报名截止到开始排考场，中间空了几天？", "报名截止（11月20日）到开始编排考场（12月1日）相差 11 天"),
        ("打扰了，报名截止以后隔几天开始排考场？", "报名截止（11月20日）到开始编排考场（12月1日）相差 11 天"),
        ("考场编排截止那天离初级正式开考差几天？", "（12月15日）到初级正式开考（12月18日）相差 3 天"),
    ],
)
def test_the_days_between_two_dated_things_of_different_kinds_are_counted(answerer, question: str, verdict: str) -> None:
    """「A到B中间隔几天」 of two steps of the notice (a window's first or last day, an exam's day): the days between
    them, then each one's answer (the first step's window alone was answered, counting down to its own end)."""
    text = ask(answerer, question).text
    assert verdict in text.splitlines()[0], text


@pytest.mark.parametrize(
    ("question", "levels"),
    [("初级中级分别是星期几", ["初级", "中级"]), ("中高级分别是星期几", ["中级", "高级"]), ("初级中级各是周几", ["初级", "中级"])],
)
def test_levels_side_by_side_asked_each_get_their_days(answerer, question: str, levels: list[str]) -> None:
    """「初级中级分别是星期几」: 分别 says the question is asked of each level named; it asks nothing of its own
    (kept, it drew the score under the bar and a menu was offered)."""
    reply = ask(answerer, question)
    assert reply.kind == "faq", reply.text
    days = {"初级": "12月18日（星期六）", "中级": "12月19日（星期日）", "高级": "12月20日（星期一）"}
    assert all(days[lv] in reply.text for lv in levels), reply.text
    assert not any(d in reply.text for lv, d in days.items() if lv not in levels), reply.text


@pytest.mark.parametrize("question", ["初级和高级会不会撞车", "中级跟高级考试会不会冲突"])
def test_two_levels_asked_whether_they_clash_are_judged_on_the_timetable(answerer, question: str) -> None:
    """「初级和高级会不会撞车」: with the levels taken out nothing of ours is left to search for (会不会撞车); the levels
    are what is asked of, and the timetable judges them (it was a fallback)."""
    reply = ask(answerer, question)
    assert reply.kind == "faq" and reply.text.startswith("不冲突"), reply.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("报名周日还能报吗", "周日（11月21日）已经不能了"),
        ("报名周六还能报吗", "周六（11月20日）可以，那天是最后一天"),
        ("准考证周一还能打吗", "周一（11月22日）还不能（12月16日开始）"),
    ],
)
def test_whether_one_can_on_a_weekday_said_alone_is_judged_on_its_next_one(answerer, question: str, said: str) -> None:
    """「周日还能报吗」 on a Friday: the weekday said alone is the coming one (today's or after), judged against the
    window (it was today's status: 可以, with the window closing the day before)."""
    assert ask(answerer, question, datetime(2021, 11, 19, 11, 30)).text.startswith(said)


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("报名是不是明天截止？周日还能报吗", "是的", "周日（11月21日）已经不能了"),
        ("今天11月19号周五，有个系学生的报名信息还没录完，是不是明天截止？周日还能补吗", "是的", "周日（11月21日）已经不能了"),
    ],
)
def test_two_clauses_asking_of_a_window_on_days_of_their_own_get_a_verdict_each(
    answerer, question: str, first: str, second: str
) -> None:
    """「是不是明天截止？周日还能补吗」: each clause asks of its own day; one verdict (on the first day) answered both,
    and the second clause's weekday drew the timetable (中级 sits on a Sunday)."""
    text = ask(answerer, question, datetime(2021, 11, 19, 11, 30)).text
    assert text.startswith(first) and second in text, text
    assert "中级" not in text, text


def test_a_count_from_now_is_no_gap_between_two_things(answerer) -> None:
    """「从今天数到开考还差几天」「今天离初级考试还差几天」 count the days left, not the days between two steps."""
    for q in ("咱们班想给初级做个倒数牌，从今天数到开考还差几天", "今天离初级考试还差几天"):
        text = ask(answerer, q, datetime(2021, 12, 2, 10)).text
        assert "还有 16 天" in text and "相差" not in text, text


@pytest.mark.parametrize(
    ("question", "said"),
    [("初级和高级是不是都在周末考", "不是"), ("初级和中级是不是都在周末考", "是的"), ("周六是不是考初级和中级", "不是，星期六只考初级")],
)
def test_levels_claimed_of_a_day_asked_whether_are_judged_on_each(answerer, question: str, said: str) -> None:
    """「初级和高级是不是都赶在周末考」: asked whether, it is the claim 「都在周末考吧」 makes (是的 was said from 初级's
    Saturday, 高级 left out)."""
    text = ask(answerer, question).text
    assert text.startswith(said), text


@pytest.mark.parametrize(
    ("question", "now", "said"),
    [
        ("平台排考场的活儿是下礼拜三收口吧？留给咱的时间还剩几天", datetime(2021, 12, 3, 10), ["不是", "离截止还有 12 天"]),
        ("学生报名是这周六收口吧", datetime(2021, 11, 17, 10), ["是的"]),
    ],
)
def test_a_day_said_of_a_thing_of_ours_with_a_new_verb_is_asked_of_that_thing(answerer, question, now, said) -> None:
    """「排考场的活儿是下礼拜三收口吧」: a thing of ours before 是 and a day after it say when that thing falls; the
    word for what happens that day (收口, new to us) is no other subject (it was turned away), and 「留给咱的时间还剩几
    天」 after it counts that thing's days (the time left is the count's, no thing of its own)."""
    reply = ask(answerer, question, now)
    assert reply.kind == "faq" and all(s in reply.text for s in said), reply.text
    assert "离初级考试" not in reply.text, reply.text


def test_a_clause_naming_only_another_day_asks_the_same_of_that_day(answerer) -> None:
    """「明天上考场的是哪个级别？后天又轮到谁」: the second clause names a day and nothing else; it asks the first
    clause's question of its day (only tomorrow's level was given)."""
    for q in ("明天上考场的是哪个级别？后天呢", "周五好，今天12月17号，明天上考场的是哪个级别？后天又轮到谁"):
        text = ask(answerer, q, datetime(2021, 12, 17, 11, 30)).text
        assert "初级：" in text and "中级：" in text and "高级：" not in text, text


@pytest.mark.parametrize(
    "question", ["计算机二级考试的考务负责人是谁", "全国计算机等级考试的考务联系人是谁", "1+X WPS办公应用证书的考务负责人是谁？我们想对接一下"]
)
def test_a_role_asked_of_another_exam_named_outright_is_not_ours(answerer, question: str) -> None:
    """The 考务负责人 of an exam or certificate the clause names (计算机二级, WPS办公应用) is that one's: our 考务
    contacts were carded, a wrong person for another programme."""
    reply = ask(answerer, question)
    assert reply.kind in TURNED_AWAY and "陈海燕" not in reply.text, reply.text
    assert "陈海燕" in ask(answerer, "Python考试的考务负责人是谁").text


@pytest.mark.parametrize("question", ["星期日上午那门的交卷时间定在几点", "监考老师问，星期日上午那门的交卷时间定在几点？"])
def test_a_sitting_pointed_at_by_its_day_half_day_and_measure_word_is_the_timetables(answerer, question: str) -> None:
    """「星期日上午那门」: an exam weekday, its half-day and 那门 (a paper counted) name one sitting of ours, whatever
    new word asks of it (交卷: it was turned away, or a menu)."""
    reply = ask(answerer, question, datetime(2021, 12, 22, 11, 30))
    assert reply.kind == "faq" and "中级" in reply.text and "10:30" in reply.text and "14:00" not in reply.text, reply.text


def test_a_relative_day_claimed_as_the_deadline_is_said_back_as_the_member_said_it(answerer) -> None:
    """「是不是明天截止」 on the day before: 是的, 明天 (with its date), the day as the member said it."""
    text = ask(answerer, "今天11月19号周五，有个系学生的报名信息还没录完，是不是明天截止？周日还能补吗").text
    assert text.startswith("是的，明天（11月20日）截止"), text


@pytest.mark.parametrize("question", ["内蒙古在表里有没有联系人", "呼伦贝尔职业技术学院想办考点，内蒙古在表里有没有联细人？"])
def test_where_a_contact_is_looked_for_is_no_owner_of_it(answerer, question: str) -> None:
    """「在表里」 says where the contact is looked for (after 在), not whose contact it is (表里's, another body's): the
    province's contact is carded (it was turned away)."""
    reply = ask(answerer, question)
    assert reply.kind == "contact" and "郁晓东" in reply.text, reply.text


def test_a_persons_scope_claimed_is_answered_by_their_card_not_their_group(answerer) -> None:
    """「黄超是不是只管考试系统技术」 limits what 黄超 does (只 after the person, before the duty), not who does the
    group's work: his card, with both duties; and said before a province's question, no list of the whole technical
    group beside it (张全伟 and 侯仕平 were extra people)."""
    text = ask(answerer, "黄超是不是只管考试系统技术").text
    assert "负责西藏、新疆、宁夏" in text and "张全伟" not in text, text
    text = ask(answerer, "黄超老师不是只管考试系统技术嘛，拉萨的西藏职业技术学院申报该找谁？").text
    assert "黄超" in text and "张全伟" not in text and "侯仕平" not in text, text
    assert "张全伟" in ask(answerer, "技术方面的问题是不是只找黄超就行").text  # (only he, claimed: the others are named)


def test_whom_to_get_for_a_job_that_is_no_act_of_ours_is_no_provinces_contact(answerer) -> None:
    """「…树枝蹭玻璃，要找谁来修」: whom to get to repair a thing is a worker, not the school's province contact (贵州's
    宋菊 was carded); 「申报站点要找谁来对接」「找谁来办」 (verbs of handling an affair) still get her."""
    text = ask(answerer, "各位老师好，遵义职业技术学院的。外面的桂花树枝子伸到考场窗边了，起风就蹭玻璃，要找谁来修").text
    assert "宋菊" not in text, text
    for q in ("遵义职业技术学院申报站点要找谁来对接", "遵义职业技术学院想申报，找谁来办"):
        assert "宋菊" in ask(answerer, q).text


def test_a_difference_asked_between_two_things_is_no_verdict_on_their_days(answerer) -> None:
    """「报名和站点申报有啥区别」 asks more than their days: no 没有区别 from the dates alone."""
    text = answerer.answer("报名和站点申报有啥区别", now=datetime(2021, 12, 2, 14, 40)).text
    assert "区别" not in text and "一样" not in text, text
    assert "10月20日" in text, text


def test_two_things_compared_split_each_whole() -> None:
    """The things before a comparison are each asked; a first thing that is a whole noun phrase (…的起止日子) lends
    none of its words to the next."""
    from bot.understand import compared

    assert compared("报名时间和站点申报时间一样") == ["报名时间", "站点申报时间"]
    assert compared("申报考点的起止日子跟学生报名是同一段") == ["申报考点的起止日子", "学生报名"]
    assert compared("初级考试几点开始") == ["初级考试几点开始"]


def test_the_day_of_a_thing_of_ours_is_no_new_word(answerer) -> None:
    """截止日 and 截止期 are the day of 截止, not a subject the notice does not cover."""
    now = datetime(2021, 12, 2, 14, 40)
    text = answerer.answer("考场编排的截止日", now=now).text
    assert "12月15日" in text and "没有写到" not in text, text
    assert "11月20日" in answerer.answer("报名的截止期是哪天", now=now).text


def test_days_left_until_a_deadline_count_to_the_deadline_not_the_exam(answerer) -> None:
    """「离排考场的截止日还剩多少天」 counts to the room arrangement's end (12-15), not to the first exam."""
    text = answerer.answer("离排考场的截止日还剩多少天", now=datetime(2021, 12, 2, 14, 40)).text
    assert "13 天" in text and "12月15日" in text, text
    assert "16 天" not in text, text
    assert "16 天" in answerer.answer("离考试还剩多少天", now=datetime(2021, 12, 2, 14, 40)).text


def test_the_weekday_said_with_todays_date_is_no_day_asked(answerer) -> None:
    """「今天12月13号礼拜一，这周六考的是哪个级别」: 礼拜一 is the stated day's, not lent to the next clause (it read
    as the Monday exam, 高级)."""
    text = answerer.answer("今天12月13号礼拜一，这周六考的是哪个级别呀？", now=datetime(2021, 11, 28, 19, 30)).text
    assert "初级" in text and "12月18日" in text and "高级" not in text, text


def test_days_counted_with_zai_guo_from_a_date_the_asker_states(answerer) -> None:
    """「我们这边已经12月8日了，初级再过多少天开考」: the day stated after where the asker is; 再过 asks what is left;
    多少天开考 is no new subject (jieba cuts 多少 / 天开 / 考)."""
    text = answerer.answer("我们这边已经12月8日了，初级再过多少天开考？具体哪天", now=datetime(2021, 11, 28, 19, 30)).text
    assert "10 天" in text and "12月18日" in text, text


def test_a_clause_asking_only_the_days_left_asks_of_the_window_before(answerer) -> None:
    """「编排啥时候关？还有几天工夫」: 还有几天 (工夫 an amount of time) asks of 编排, not of the exam (it counted to
    初级's day too)."""
    text = answerer.answer("今天是12月14号，我们机房考场还没排完，编排啥时候关？还有几天工夫", now=datetime(2021, 11, 28, 19, 30)).text
    assert "12月15日" in text and "1 天" in text, text
    assert "离初级考试" not in text and "工夫" not in text, text


def test_can_it_be_done_yet_with_a_long_verb_phrase_gets_a_verdict(answerer) -> None:
    """「可以上1+X平台编排考场了吧」: 可以 … 了 asks whether it has opened, however long what is done between."""
    text = answerer.answer("今天已经12月3号了，咱们这边可以上1+X平台编排考场了吧？最晚排到哪天", now=datetime(2021, 11, 28, 19, 30)).text
    assert text.startswith("可以"), text
    assert "12月15日" in text, text


def test_a_time_asked_of_another_of_the_entrys_kind_is_not_the_entrys(answerer) -> None:
    """「技术负责人的联系方式明天就截止了吧」: the 考务负责人 filing's deadline answered a question about the 技术负责人
    (its window's cue outweighed the other modifier); the 技术负责人 entry says 及时, with no date."""
    now = datetime(2021, 11, 28, 19, 30)
    text = answerer.answer("技术负责人的联系方式明天就截止了吧？", now=now).text
    assert "及时" in text and "11月30日" not in text, text
    assert "11月30日" in answerer.answer("考务负责人的联系方式明天就截止了吧", now=now).text


def test_whether_sending_now_still_counts_asks_the_windows_status(answerer) -> None:
    """「备案表…今晚八点前发邮箱，还作数不」: 还作数 / 还算数 ask whether it is still in time — past 11-20, no."""
    now = datetime(2021, 11, 28, 19, 30)
    for question in ("站点申报那个备案表我们今晚八点前发邮箱，还作数不？", "备案表现在发还算数吗"):
        text = answerer.answer(question, now=now).text
        assert "已经截止" in text and "11月20日" in text, text


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("三个级别的准考证是不是统统能打到20号", "不是，12月20日只有高级可以（初级至12月18日、中级至12月19日截止）"),
        ("准考证能打到19号吗", "不是每个级别都可以：12月19日只有中级、高级可以"),
        ("准考证17号能打吗", "12月17日可以"),  # inside every level's window: one yes
        ("中级准考证能打到20号吗", "12月20日已经不能了"),  # a level named: its own window
    ],
)
def test_a_day_inside_some_levels_windows_is_judged_level_by_level(answerer, q: str, lead: str) -> None:
    """Ticket printing ends on each level's exam day: a day inside some levels' windows is no yes for all."""
    text = ask(answerer, q, datetime(2021, 12, 7, 8, 40)).text
    assert text.startswith(lead), text


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("初级和高级中间隔了几天", "初级 12月18日、高级 12月20日，相差 2 天（中间隔 1 天）"),
        ("老师好，初级跟中级相隔多少天", "初级 12月18日、中级 12月19日，相差 1 天"),
        ("理论和实操中间隔多久", "理论考试 10:30 结束，实操考试 14:00 开始"),  # the papers' gap: hours
    ],
)
def test_the_gap_between_two_levels_is_counted_in_days(answerer, q: str, lead: str) -> None:
    """How far apart two levels' exams are (隔了几天, 相隔多少天): their days and the days between, not a refusal
    (间隔, 相隔 are amounts of time, no subject) nor the days until the first."""
    text = ask(answerer, q, datetime(2021, 12, 7, 8, 40)).text
    assert text.startswith(lead), text


@pytest.mark.parametrize("q", ["准考证下礼拜哪天能开始打", "下周哪天截止编排考场"])
def test_a_day_asked_within_a_week_named_is_said_by_its_weekday(answerer, q: str) -> None:
    """「下礼拜哪天…」: the week is named by its days, so the day asked is said with its weekday."""
    text = ask(answerer, q, datetime(2021, 12, 7, 8, 40)).text
    assert re.search(r"12月1[56]日是星期[三四]", text), text


@pytest.mark.parametrize("q", ["考试软件得在哪个节点前装好", "考场编排要在什么节点前完成"])
def test_which_point_asks_when(answerer, q: str) -> None:
    """哪个节点 / 什么节点 ask a point in time (时间节点), as 什么时候 does."""
    u = understand(q, answerer.vocabulary, year=2021, now=NOW.date())
    assert "when" in u.asks
    assert ask(answerer, q).kind == "faq"


@pytest.mark.parametrize(
    ("q", "levels"),
    [
        ("初中级什么时候考", ("初级", "中级")),
        ("中、高级分别哪天", ("中级", "高级")),
        ("这期初中高三级是不是全考完了", ("初级", "中级", "高级")),
        ("初中两个级别的准考证", ("初级", "中级")),
        ("初中的学生能报吗", ()),  # no head after them: 初中 is junior high
    ],
)
def test_levels_said_with_one_head_are_each_named(answerer, q: str, levels: tuple) -> None:
    """Shared-head coordination (初中级 = 初级 and 中级): each level is named, and the phrase reads as them."""
    assert understand(q, answerer.vocabulary, year=2021).levels == levels
    if levels:
        assert "初中" not in answerer.vocabulary.spelt_out(q)


def test_all_levels_said_with_one_head_are_no_other_exam(answerer) -> None:
    text = ask(answerer, "今天都12月21号了，这期初中高三级是不是全考完啦", NOW).text
    assert "已经结束" in text and "本季通知里没有写到" not in text, text


@pytest.mark.parametrize(
    ("q", "now", "lead"),
    [
        ("考试费拖到下个月再交行不行", datetime(2021, 12, 7, 8, 40), "不行，下个月就晚了（12月15日截止）"),
        ("考试费这周内交来得及吗", datetime(2021, 12, 7, 8, 40), "可以，这周来得及（12月15日截止）"),
        ("今天11月25号，考务负责人还没报，赶在月底前交就行吧", datetime(2021, 12, 7, 8, 40), "可以，月底前来得及（11月30日截止）"),
    ],
)
def test_a_week_or_month_claimed_for_a_step_is_judged_against_its_window(answerer, q: str, now, lead: str) -> None:
    """「拖到下个月再交行不行」: a period claimed is in time, too late, or partly; the fee's window is data
    (window: before_ticket_printing: due before tickets print)."""
    text = ask(answerer, q, now).text
    assert text.startswith(lead), text


def test_a_step_due_before_a_window_closes_the_day_before_it_opens(answerer) -> None:
    text = ask(answerer, "考试费还来得及交吗", datetime(2021, 12, 16, 9, 0)).text
    assert "已经截止（2021年12月15日截止" in text, text


def test_a_clause_reporting_what_others_ask_lends_its_thing_and_week(answerer) -> None:
    """「学生老问准考证，下礼拜哪天能开始打」: what the students ask about is the thing the next clause asks of, and
    that clause's week is kept when both are answered as one."""
    text = ask(answerer, "学生老问准考证，下礼拜哪天能开始打哈", datetime(2021, 12, 7, 8, 40)).text
    assert "12月16日是星期四" in text, text


@pytest.mark.parametrize(
    ("q", "now", "wanted"),
    [
        ("今天１２月１６号，学生名单有点变动，排好的考场还能再调不？", datetime(2021, 12, 7, 8, 40), "已经截止"),
        ("学生名单有点变动，考场编排还能改吗", datetime(2021, 12, 7, 8, 40), "可以"),
    ],
)
def test_a_verb_with_de_opens_a_subject_not_a_predicate(answerer, q: str, now, wanted: str) -> None:
    """「排好的考场…」 names its own subject (the rooms): it does not take the clause before's new word as its subject."""
    reply = ask(answerer, q, now)
    assert reply.entry_id == "room-arrangement" and wanted in reply.text, reply.text


def test_a_past_day_said_with_now_asks_about_now(answerer) -> None:
    text = ask(answerer, "今天12月19日，昨天初级有个学生没打准考证，现在补打还来得及吗", NOW).text
    assert text.startswith("不能了，已经截止（2021年12月18日截止"), text


def test_which_level_is_no_where(answerer) -> None:
    """到哪一级 / 在哪一天: 哪 with a classifier asks which, not where."""
    text = ask(answerer, "今天12月19日，明天轮到哪一级考了？", NOW).text
    assert "高级" in text and "在哪里" not in text, text


def test_a_countdown_asked_as_such_is_answered_on_less_similarity(answerer) -> None:
    reply = ask(answerer, "高级那场距现在差几天哈", datetime(2021, 12, 7, 8, 40))
    assert reply.entry_id == "countdown" and "13 天" in reply.text, reply.text


def test_a_verb_asked_in_its_a_not_a_form_is_no_new_word(answerer) -> None:
    """再交行不行: 交 + 行不行, not 交行 (a bank)."""
    text = ask(answerer, "考试费拖到下个月再交行不行", datetime(2021, 12, 7, 8, 40)).text
    assert "交行" not in text, text


def test_a_common_word_misspelt_beside_its_partner_is_respelt(answerer) -> None:
    """技数负责人: 技数 sounds as 技术, which ours say right before 负责人 (a pair of our words)."""
    reply = ask(answerer, "站点技数负责人的信息我们一直没填，这会儿补还来得及吗？在哪填", datetime(2021, 12, 13, 13, 50))
    assert reply.entry_id == "technical-lead" and "截止" not in reply.text, reply.text


@pytest.mark.parametrize("q", ["本次考核分为几个级别，采用何种考核形式？", "有几个级别"])
def test_how_many_levels_is_answered_with_the_count(answerer, q: str) -> None:
    assert ask(answerer, q).text.startswith("共三个级别：初级、中级、高级。")


def test_the_steps_due_on_a_day_named_are_the_timelines(answerer) -> None:
    """「后天截止的是哪一项工作」: a day named and which matters asked: the steps due that day."""
    reply = ask(answerer, "后天截止的是哪一项工作？", datetime(2021, 12, 13, 13, 50))
    assert reply.text.startswith("12月15日截止的：考场编排（12月15日截止）"), reply.text


def test_days_to_wait_are_days_left(answerer) -> None:
    text = ask(answerer, "现在是１２月１０日礼拜五，学生问初级那场还得等多少天").text
    assert "还有 8 天" in text, text


def test_each_of_a_list_summed_up_is_asked_of_each(answerer) -> None:
    """「报名、排考场、打准考证这三步各是哪几天」: 各 as 分别, and 这三步 sums the list up (no thing of its own)."""
    from bot.understand import respective

    assert respective("报名、排考场、打准考证这三步各是哪几天") == ["报名是哪几天", "排考场是哪几天", "打准考证是哪几天"]
    assert respective("各考核站点各是哪天") == ["各考核站点各是哪天"]


def test_which_days_asks_when_not_how_many(answerer) -> None:
    u = understand("报名是哪几天", answerer.vocabulary, year=2021)
    assert "when" in u.asks and "left" not in u.asks


@pytest.mark.parametrize(
    ("q", "asked", "other"),
    [
        ("今天12月19日，明天轮到哪一级考了？下午实操几点收尾", "14:00-16:30", "9:00"),
        ("今天12月18号了，中级是不是明天？明早那门理论考试啥时候开考", "9:00-10:30", "14:00"),
        ("今天12月17日，明天周六考哪一级？下午那门几点到几点", "14:00-16:30", "10:30"),
    ],
)
def test_the_one_paper_a_message_names_narrows_every_part(answerer, q: str, asked: str, other: str) -> None:
    """A paper (or a half-day) one clause names is the sitting the message asks about: the clause that asks which
    level gives that paper's times, not the other paper's."""
    text = ask(answerer, q, NOW).text
    assert asked in text and other not in text, text


def test_two_papers_named_keep_both(answerer) -> None:
    text = ask(answerer, "今天12月19日，明天轮到哪一级考了？上午理论和下午实操各几点开始", NOW).text
    assert "9:00" in text and "14:00" in text, text


@pytest.mark.parametrize("q", ["今天12月18号，明早第一门几点开始", "今天12月18号，明早考哪一级"])
def test_a_day_said_with_its_morning_in_one_word(answerer, q: str) -> None:
    """明早 is 明天早上: tomorrow's morning paper, not a word new to us."""
    text = ask(answerer, q, NOW).text
    assert "中级" in text and "9:00" in text and "14:00" not in text, text


def test_a_time_word_before_a_kind_is_no_short_name(answerer) -> None:
    """今早考的: 早 ends 今早, a time word; it names no exam as 软 of 软考 does."""
    reply = ask(answerer, "今天12月18号，今早考的是哪一级", NOW)
    assert reply.kind != "offtopic", reply.text


@pytest.mark.parametrize(
    ("q", "right", "wrong"),
    [
        # the place claimed with the person (北京那块的蓝老师): 不是, and no card of the wrong guess
        ("我们是北京理工大学珠海学院的，申报站点是找北京那块的蓝老师吧", "18620586370", "17858620886"),
        # a region before the person (找东北那位郁老师), after a verb of whom to go to
        ("东北大学秦皇岛分校想申请当考点，是找东北那位郁老师吗", "17858620886", "18654936008"),
        # the place likened to (跟河北一起): the member's model, not a place asked about
        ("张家界那边有所学院想当站点，是跟河北一起找蓝老师吗", "15386416485", "17858620886"),
        # the person one signs with (跟…杨老师签)
        ("三峡电力职业学院的，协议是跟重庆的杨老师签吗", "15386417485", "13551324832"),
        # a place said of a part of the school's name (三峡是湖北的)
        ("重庆三峡职业学院这边，三峡是湖北的吧，协议跟梁老师签？", "13551324832", "15386417485"),
    ],
)
def test_a_person_claimed_wrongly_gets_no_and_no_card(answerer, q: str, right: str, wrong: str) -> None:
    """A yes/no that claims the wrong person for a school or city: 不是, the right contact, and never the wrong
    person's phone (a wrong extra person is the worst error)."""
    text = ask(answerer, q, datetime(2021, 12, 9, 16, 20)).text
    assert text.startswith("不是") and right in text and wrong not in text, text


BLIND58_CLOCK = datetime(2021, 12, 9, 16, 20)  # blind58's clock: room arrangement open until next Wednesday


def test_a_statement_before_with_a_verb_of_its_own_is_context(answerer) -> None:
    """「学生名单昨天才定下来，这会儿报名还赶趟不」: the clause before states a fact (its verb its own); the question is
    about 报名, not about the 名单 new to us."""
    reply = ask(answerer, "我们这批学生名单昨天才定下来，这会儿报名还赶趟不", BLIND58_CLOCK)
    assert reply.entry_id == "registration-window" and "截止" in reply.text, reply.text


@pytest.mark.parametrize(
    "q", ["省教育厅要的1+X试点年度质量报告，交到哪个邮箱？截止哪天", "我们还挂了个1+X网络系统建设与运维的考点，那边排考场啥时候截止？"]
)
def test_a_topic_said_before_is_what_follows_asks_about(answerer, q: str) -> None:
    """A clause ending on a thing of another's (a report, another certificate's site) sets the topic: not ours."""
    reply = ask(answerer, q, BLIND58_CLOCK)
    assert reply.kind == "offtopic", reply.text


def test_a_weekday_asked_in_a_clause_of_its_own_is_given(answerer) -> None:
    text = ask(answerer, "考场编排还剩几天截止？最后一天是周几", BLIND58_CLOCK).text
    assert "6 天" in text and "星期三" in text, text


def test_a_word_of_ours_said_short_is_ours(answerer) -> None:
    """上机 begins 上机操作 (the practical, in our data): 「初级上机几点开始」 is about the practical."""
    text = ask(answerer, "中级上机实操那场从几点整到几点", BLIND58_CLOCK).text
    assert "14:00-16:30" in text, text


def test_each_day_named_gives_its_own_level(answerer) -> None:
    """「下周六和下周日分别考哪一级」: the second day's level is its own, not the first day's carried over."""
    text = ask(answerer, "下周六和下周日分别考哪一级", BLIND58_CLOCK).text
    assert "初级" in text and "中级" in text, text


def test_a_day_claimed_for_a_deadline_is_judged(answerer) -> None:
    """The fee is due before tickets print (12-16): 下周五 (12-17) is too late."""
    text = ask(answerer, "考试费拖到下周五再交行不行", BLIND58_CLOCK).text
    assert "不能" in text and "12月15日" in text, text


def test_a_month_with_nothing_due_is_not_spelt_out(answerer) -> None:
    """「下个月还有啥要办的」: no January dates the notice never names."""
    text = ask(answerer, "下个月还有啥要我们站点办的不？", BLIND58_CLOCK).text
    assert "下个月没有" in text and "1月1日" not in text, text


def test_days_said_to_follow_one_another_are_no_new_subject(answerer) -> None:
    """挨着 says how the days stand (as 连着 does): the question is ours, and its verdict is given."""
    text = ask(answerer, "中级跟高级是挨着的两天吗？分别礼拜几", BLIND58_CLOCK).text
    assert text.startswith("是的，连着 2 天") and "星期日" in text and "星期一" in text, text


@pytest.mark.parametrize(
    "q",
    [
        "各考场技术负责人的联系方式是不是也11月30号前就截止了？",
        "技术负责人联系方式是不是12月1号前交",
        "技术负责任也是这个月30号前填吧？跟考务负责人一块报",
    ],
)
def test_a_deadline_claimed_where_the_notice_gives_no_day_is_said_to_have_none(answerer, q: str) -> None:
    """The technical contacts are filed 及时, with no day: a claimed deadline is denied (it is no day of the
    notice's), not confirmed, nor left unanswered."""
    text = ask(answerer, q, BLIND58_CLOCK).text
    assert text.startswith("不是，通知里没有给这项定具体日期") and "是的" not in text, text


def test_a_day_claimed_where_the_answer_gives_one_is_judged_as_before(answerer) -> None:
    text = ask(answerer, "考场编排是不是12月15号截止", BLIND58_CLOCK).text
    assert "具体日期" not in text and "12月15日" in text, text


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("考试费下周一交可以吗", "12月13日可以"),  # before the fee falls due (the day before tickets print, 12-15)
        ("考试费下周五交可以吗", "12月17日已经不能了"),
        ("考试费最迟啥时候交齐？拖到下周五再交行不行", "12月17日已经不能了"),  # the day claimed in a clause of its own
    ],
)
def test_a_day_claimed_for_the_fee_is_judged_against_its_deadline(answerer, q: str, lead: str) -> None:
    text = ask(answerer, q, BLIND58_CLOCK).text
    assert text.startswith(lead), text


SATURDAY = datetime(2021, 12, 11, 15, 30)  # blind59's clock: 编排 open until Wednesday 12-15, 初级 next Saturday


@pytest.mark.parametrize("q", ["从1加到100等于多少？", "1+1等于几", "1到100的整数加起来是多少？"])
def test_a_question_naming_nothing_of_ours_gets_no_fact_and_no_contact(answerer, q: str) -> None:
    """Close to a sample in form (多少, 几) but naming no thing, act, level, paper or time of ours: no entry answers,
    not even the "not in the notice" one with its contacts."""
    reply = ask(answerer, q, SATURDAY)
    assert reply.kind == "offtopic" and not re.search(r"\d{11}", reply.text), reply.text


@pytest.mark.parametrize(
    ("q", "entry"),
    [
        ("群号多少", "qq-group"),  # a thing of ours in one character
        ("啥时候考", "exam-schedule"),  # an act of ours in one character, rare enough to say something
        ("今天11月18号，娃们还能报上名不？截至哪天", "registration-window"),  # asked in the form its window answers
        ("when is the exam", "exam-schedule"),  # English is read by meaning alone
        ("现在这个时间点该做什么", "timeline"),  # a time (现在) and nothing else: the season's matters
    ],
)
def test_a_question_of_ours_in_few_words_is_still_answered(answerer, q: str, entry: str) -> None:
    assert ask(answerer, q, SATURDAY).entry_id == entry


def test_whether_today_is_the_deadline_on_the_last_day_is_yes(answerer) -> None:
    text = ask(answerer, "今天12月20号星期一，高级准考证今天还能打吗？是不是今天就截止了", SATURDAY).text
    assert text.startswith("是的") and "今天是最后一天" in text, text


def test_a_day_claimed_for_a_deadline_and_the_days_left_asked_too(answerer) -> None:
    """「这礼拜天就截止了吧？还剩几天」: the claim is judged, and the days left are counted as well."""
    text = ask(answerer, "排考场这礼拜天就截止了吧？还剩几天", SATURDAY).text
    assert text.startswith("不是，12月12日还没截止，12月15日才截止") and "还有 4 天" in text, text


def test_days_left_for_each_level_named(answerer) -> None:
    text = ask(answerer, "中级和高级分别还剩几天开考？", SATURDAY).text
    assert "中级考试（2021年12月19日（星期日））还有 8 天" in text and "高级考试（2021年12月20日（星期一））还有 9 天" in text, text


@pytest.mark.parametrize(
    ("q", "said"),
    [("高级到底是下周一还是下下周一考？", "高级是下下周一（12月20日）考"), ("初级是这周六还是下周六", "初级是下周六（12月18日）考")],
)
def test_an_either_or_of_days_names_the_one_in_the_members_words(answerer, q: str, said: str) -> None:
    assert said in ask(answerer, q, SATURDAY).text


def test_whether_the_levels_fall_within_a_month_named(answerer) -> None:
    text = ask(answerer, "这个月底之前三个级别能全部考完吗", SATURDAY).text
    assert text.startswith("能，") and "12月31日" in text, text


def test_whether_something_is_asked_of_the_day_the_clause_before_named(answerer) -> None:
    """「后天礼拜一…有啥要弄的？有考试没」: the day's matters, and that day has no exam (not the next exam's countdown)."""
    text = ask(answerer, "后天礼拜一我们站点有啥要弄的？有考试没", SATURDAY).text
    assert "12月13日要办的：考场编排" in text and "12月13日没有考试" in text and "截至今天" not in text, text


@pytest.mark.parametrize("q", ["高级安排在12月几号？那天一共考几门", "初级考几门"])
def test_how_many_papers_a_day_holds(answerer, q: str) -> None:
    text = ask(answerer, q, SATURDAY).text
    assert "考两门：理论和实操" in text, text


def test_a_clause_that_only_asks_is_asked_of_the_thing_named_before(answerer) -> None:
    """「到哪天为止」 names nothing (为止 only bounds the time): it asks about 排考场, not about the 报名 window."""
    reply = ask(answerer, "今天１２月２号，平台上排考场是昨天开始的吧？到哪天为止", SATURDAY)
    assert reply.entry_id == "room-arrangement" and "12月15日" in reply.text and "报名时间" not in reply.text, reply.text


@pytest.mark.parametrize("q", ["下个月有啥要办的", "下个月有什么要办的事"])
def test_the_matters_of_a_month_reach_the_timeline_whatever_its_samples(answerer, q: str) -> None:
    """The timeline answers the very form of the question (the matters of a period): weighed by that cue even when
    its samples are not among the six closest."""
    reply = ask(answerer, q, SATURDAY)
    assert reply.entry_id == "timeline" and reply.text.startswith("下个月没有通知里安排的事项"), reply.text


@pytest.mark.parametrize(
    ("q", "right", "wrong"),
    [
        ("西北工业大学算西北那片，是不是找管新疆宁夏的黄超老师", "杨德明", "黄超"),
        ("宁德职业技术学院的，宁德跟宁夏是一个地方吧？找黄超老师？", "赵江", "黄超"),
        ("贵港有个中职想了解，贵港是贵州的吧，找宋菊老师？", "陈淑", "宋菊"),
        ("兰州石化职业技术学院想申报，甘肃跟宁夏挨着，也归黄超老师？", "雷鹏", "黄超"),
        ("东南大学这边，东南沿海是不是归浙江福建的赵江老师", "丁熙丽", "赵江"),
    ],
)
def test_a_province_named_bare_beside_a_located_school_is_the_members_reading(answerer, q: str, right: str, wrong: str) -> None:
    """A yes/no about a person, where a school or a city says which place is asked: a province the member names
    beside it (where they think it belongs, what it is near, whom they think covers it) is judged, not carded."""
    reply = ask(answerer, q)
    assert reply.kind == "contact" and reply.text.startswith("不是") and right in reply.text, reply.text
    assert wrong not in reply.text, reply.text


def test_a_province_asked_after_a_contact_asked_for_the_city_is_a_question_of_its_own(answerer) -> None:
    reply = ask(answerer, "我们江西九江的，联系人电话发一下，另外梁眉老师是不是也管湖北")
    assert "九江属于江西" in reply.text and "是的" in reply.text and "湖北" in reply.text, reply.text


def test_a_place_a_short_name_points_back_to_is_the_one_named_before(answerer) -> None:
    """「青海海南州…，海南是林贺老师管吧」: 海南 is what the member calls 海南州 (青海), not the province 海南."""
    reply = ask(answerer, "青海海南州有个职业学校想报，海南是林贺老师管吧？")
    assert reply.text.startswith("不是") and "青海" in reply.text and "林贺" not in reply.text, reply.text


def test_there_is_a_school_names_no_school_whose_campus_follows(answerer) -> None:
    """「延安有个学院、延边也有一个」: 有个学院 names no school, so 延边 is no campus of it and 延安 stays a place."""
    reply = ask(answerer, "延安有个学院、延边也有一个，想报站点，各自该联系哪位")
    assert "杨德明" in reply.text and "郁晓东" in reply.text, reply.text


def test_whether_any_of_a_places_contacts_will_do_is_answered(answerer) -> None:
    reply = ask(answerer, "广州番禺职业技术学院的，申报站点能找哪位？两个老师都行吗")
    assert reply.text.startswith("都可以") and "林贺" in reply.text and "王吉庆" in reply.text, reply.text
    assert not ask(answerer, "广州番禺职业技术学院的，申报站点能找哪位").text.startswith("都可以")


@pytest.mark.parametrize(
    ("q", "now", "lead"),
    [
        ("大后天12月9号机房想借给别的系上课，跟考试冲突不？", datetime(2021, 12, 6, 9, 20), "不冲突，12月9日没有考试"),
        ("下礼拜一我们学院要开大会，跟高级考试撞不撞？", datetime(2021, 12, 6, 9, 20), "不冲突"),
        ("12月18号机房借给别的系上课，跟考试冲突不", datetime(2021, 12, 6, 9, 20), "会冲突"),
    ],
)
def test_whether_a_day_falls_with_the_exam_is_answered_in_those_terms(answerer, q: str, now: datetime, lead: str) -> None:
    """冲突 and 撞 relate a day to the exam: no subject of another's, and the yes or no is said in their terms."""
    reply = ask(answerer, q, now)
    assert reply.kind == "faq" and reply.text.startswith(lead), reply.text


def test_an_either_or_of_days_named_from_today_is_answered_in_those_words(answerer) -> None:
    reply = ask(answerer, "今儿12月19号礼拜天，高级是明天考还是后天考？")
    assert reply.text.startswith("高级是明天（12月20日）考"), reply.text


def test_the_last_day_is_no_day_after(answerer) -> None:
    reply = ask(answerer, "三个级别连着考几天？最后一天礼拜几")
    assert "后一天" not in reply.text and "3 天" in reply.text, reply.text


def test_days_from_today_counted_as_a_number_of_days(answerer) -> None:
    reply = ask(answerer, "高级考试距今天数是多少？", datetime(2021, 12, 6, 9, 20))
    assert "还有 14 天" in reply.text and "没有考试" not in reply.text, reply.text


def test_whether_any_level_is_left_is_answered_after_the_claim(answerer) -> None:
    reply = ask(answerer, "今天都12月21号了，高级是昨天考完的吧？这批还有没考的级别不")
    assert reply.text.startswith("是的") and "没有了" in reply.text, reply.text
    reply = ask(answerer, "还有哪个级别没考", datetime(2021, 12, 19, 9, 20))
    assert reply.text.startswith("还有") and "高级" in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "now", "expected"),
    [
        ("今天礼拜一刚上班，这周咱站点有啥截止的事没？", datetime(2021, 12, 6, 9, 20), "没有要截止的事项；接下来是考场编排，12月15日截止"),
        ("下周有啥要截止的事项", datetime(2021, 12, 6, 9, 20), "下周（12月13日至12月19日）截止的：考场编排"),
        ("下周有哪些事要办", datetime(2021, 12, 6, 9, 20), "下周（12月13日至12月19日）要办的"),
    ],
)
def test_the_matters_of_a_week_are_the_timelines_whatever_entry_is_closest(answerer, q: str, now: datetime, expected: str) -> None:
    """Which matters fall in a week is asked of no one window, nor of the countdown: the timeline answers, and what
    closes in it when closing is asked."""
    reply = ask(answerer, q, now)
    assert reply.entry_id == "timeline" and expected in reply.text, reply.text


def test_when_a_thing_is_fixed_for_is_asked_of_the_thing_before(answerer) -> None:
    reply = ask(answerer, "给考务员的那个陪训，是网上搞还是得去现场？定了日子没")
    assert reply.entry_id == "training" and "11月20日" not in reply.text, reply.text


def test_a_value_described_by_how_it_begins_is_ours(answerer) -> None:
    """「sales开头的邮箱」: 开头 says what the address looks like, it names no one else's mailbox."""
    reply = ask(answerer, "通知里那个sales开头的邮箱，是收啥材料用的？")
    assert reply.kind != "offtopic" and "备案表" in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "entry"),
    [
        ("平台排考场是不是今天才开的？", "room-arrangement"),
        ("排考场从几号开始", "room-arrangement"),
    ],
)
def test_a_verb_of_ours_said_by_one_character_before_its_object_is_that_verb(answerer, q: str, entry: str) -> None:
    """排考场 is 编排考场 said short: the one verb of ours that ends in 排 and that our text says with 考场."""
    reply = ask(answerer, q, datetime(2021, 12, 6, 9, 20))
    assert reply.entry_id == entry and "12月1日" in reply.text, reply.text


def test_a_clause_that_says_the_verb_before_is_unfinished_asks_about_it(answerer) -> None:
    """「排考场还剩几天就关了？我们还没排完」: 还没排完 says where the clause before's act stands, no question of its own."""
    reply = ask(answerer, "排考场还剩几天就关了？我们还没排完", datetime(2021, 12, 6, 9, 20))
    assert reply.entry_id == "room-arrangement" and "11月20日" not in reply.text, reply.text


def test_today_said_of_when_a_window_opens_is_a_claim(answerer) -> None:
    """「是不是今天才开的」 claims today as the first day (今天 otherwise says when the member asks)."""
    reply = ask(answerer, "平台排考场是不是今天才开的？", datetime(2021, 12, 6, 9, 20))
    assert reply.text.startswith("不是") and "12月1日" in reply.text, reply.text
    assert not ask(answerer, "今天能打准考证吗", datetime(2021, 12, 6, 9, 20)).text.startswith("不是")


def test_whether_a_person_of_two_roles_is_one_person_is_answered_with_their_card(answerer) -> None:
    reply = ask(answerer, "新疆农业职业技术学院对接黄超老师，他不是搞考试系统技术的吗？是同一个人不")
    assert "是同一个人" in reply.text and "考试系统技术工作联系人" in reply.text, reply.text
    assert "张全伟" not in reply.text and "陈海燕" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "entry", "wanted"),
    [
        ("初级那批孩子的准考证，拖到12月几号就打不了了？", "tickets", "12月18日"),  # 孩子: 词林's people
        ("家长问我初级的准考证哪天能打", "tickets", "12月16日"),
    ],
)
def test_people_a_thesaurus_knows_are_who_is_spoken_of_not_another_subject(answerer, q: str, entry: str, wanted: str) -> None:
    """Words for people (孩子, 家长, from 词林's category A) say whose our thing is, never what else is asked about."""
    reply = ask(answerer, q, datetime(2021, 12, 4, 14, 10))
    assert reply.entry_id == entry and wanted in reply.text, reply.text


@pytest.mark.parametrize("q", ["研究生考试的准考证什么时候打印", "中级会计师准考证打印时间", "教师资格证几号报名"])
def test_occupations_and_ranks_still_name_another_exam(answerer, q: str) -> None:
    """词林's occupations, ranks and titles (研究生, 会计师, 教师) also name exams: those stay another subject's."""
    assert ask(answerer, q).kind in ("offtopic", "fallback"), ask(answerer, q).text


def test_an_idiom_said_of_how_names_no_subject(answerer) -> None:
    """「满打满算还剩几天」: a set phrase before the verb says how the days are counted."""
    reply = ask(answerer, "初级满打满算还剩几天考试？", datetime(2021, 12, 4, 14, 10))
    assert "14 天" in reply.text, reply.text


def test_a_clause_that_is_only_a_day_and_its_le_states_today(answerer) -> None:
    """「11月5号了，…」: the day and the 了 of a new state, alone in a clause, say what day it is now."""
    reply = ask(answerer, "11月5号了，咱学校想当考核站点，现在离截止还剩几天？", datetime(2021, 12, 4, 14, 10))
    assert "15 天" in reply.text and "已经截止" not in reply.text, reply.text


def test_a_time_of_day_the_member_states_is_now_for_the_papers(answerer) -> None:
    """「这会儿下午两点十分了，初级实操应该已经开考了吧」: judged at the hour said, on the day said."""
    reply = ask(answerer, "今天12月18号，这会儿下午两点十分了，初级实操应该已经开考了吧？几点结束", datetime(2021, 12, 4, 14, 10))
    assert reply.text.startswith("是的，已经开考了") and "16:30" in reply.text, reply.text
    early = ask(answerer, "初级开考了吗", datetime(2021, 12, 18, 8, 10))
    assert early.text.startswith("还没有") and "9:00" in early.text, early.text


def test_the_days_since_a_window_opened_are_counted_with_today(answerer) -> None:
    reply = ask(answerer, "排考场是哪天开放的？到今儿一共开了几天了", datetime(2021, 12, 4, 14, 10))
    assert "第 4 天" in reply.text and not reply.text.startswith("可以"), reply.text
    left = ask(answerer, "考场还能排几天", datetime(2021, 12, 14, 10, 0))
    assert "第 " not in left.text and "1 天" in left.text, left.text


def test_a_deadline_alone_is_not_going_on_before_it_passes(answerer) -> None:
    reply = ask(answerer, "考务负责人那个表今天还赶趟不", datetime(2021, 11, 29, 10, 0))
    assert "还没截止" in reply.text and "正在进行" not in reply.text, reply.text


def test_the_one_level_a_later_clause_names_is_asked_of_an_earlier_one(answerer) -> None:
    reply = ask(answerer, "学生催着打准考证，还要等几天？初级哪天考来着", datetime(2021, 12, 12, 10, 0))
    assert "初级" in reply.text and "12月19日" not in reply.text and "12月20日" not in reply.text, reply.text


def test_a_second_question_about_nothing_of_ours_is_said_to_be_unanswered(answerer) -> None:
    """「…中间得等多长时间？中午学校管不管饭」: the first part answered, the second said not to be in the notice."""
    reply = ask(answerer, "两门中间学生得等多长时间？中午学校管不管饭")
    assert "3个半小时" in reply.text and "通知里没有写到「中午学校管不管饭」" in reply.text, reply.text
    narrowed = ask(answerer, "考试用的Python是哪个版本，3.8还是3.9？")
    assert "「3.8还是3.9」" not in narrowed.text, narrowed.text


def test_a_state_said_without_a_question_form_asks_nothing(answerer) -> None:
    """「礼拜天还在加班」 tells (还在 asks only as a question: 还在报名吗)."""
    reply = ask(answerer, "礼拜天还在加班，今儿是12月12号，学生催着打准考证，还要等几天？", datetime(2021, 12, 4, 14, 10))
    assert "加班" not in reply.text and "4 天" in reply.text, reply.text


def test_a_pro_verb_asks_what_to_do_next_of_the_thing_before(answerer) -> None:
    """「站点申报今天还能交不？交完还得干啥」: 干啥 asks what follows the act said before, of the same thing."""
    reply = ask(answerer, "今天11月20号，站点申报今天还能交不？交完还得干啥")
    assert reply.text.startswith("可以") and "协议" in reply.text, reply.text


def test_a_trouble_of_another_thing_is_not_the_exam_systems(answerer) -> None:
    reply = ask(answerer, "学生宿舍断网了，报修找哪个老师？")
    assert "张全伟" not in reply.text and reply.kind != "contact", reply.text
    ours = ask(answerer, "考试时机房断网了，找哪个老师？")
    assert "张全伟" in ours.text, ours.text


def test_a_clause_about_people_after_another_subject_continues_it(answerer) -> None:
    """「帮我写一句新年祝福语，发给学生的」: whom the thing before is for; no thing of ours is asked."""
    reply = ask(answerer, "帮我写一句新年祝福语，发给学生的")
    assert reply.kind == "offtopic" and "sales@" not in reply.text, reply.text


def test_a_school_that_only_says_who_asks_is_not_carded_beside_any_question(answerer) -> None:
    """「重庆电子工程职业学院的。前面墙上的表比手机慢了…这回咋弄」: the school says who asks; 比手机 compares with a
    phone, it asks for no number."""
    reply = ask(answerer, "各位老师好，重庆电子工程职业学院的。前面墙上的表比手机慢了将近10分钟，上回期末就有学生说被它坑了，这回咋弄")
    assert reply.kind != "contact" and "杨德明" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "lead", "carded", "not_carded"),
    [
        ("三亚学院想报站点，林贺和王吉庆俩老师随便找哪个都行吧？", "不是，王吉庆不负责海南", "林贺", "17780592401"),
        ("广州大学想报站点，林贺和王吉庆俩老师随便找哪个都行吧？", "是的", "王吉庆", "15397640352"),
    ],
)
def test_whether_any_of_the_people_named_will_do_is_asked_of_each(answerer, q: str, lead: str, carded: str, not_carded: str) -> None:
    """「随便找哪个都行吧」 with people named: 哪个 before 都 is "any", no open question; each person is judged against
    the place, and only those who cover it are carded."""
    reply = ask(answerer, q)
    assert reply.text.startswith(lead) and carded in reply.text and not_carded not in reply.text, reply.text


def test_a_city_likened_to_the_school_asked_is_the_members_reading(answerer) -> None:
    """「宜宾职业技术学院的，跟宜春是一个省的吧？都找梁眉老师？」: the school is the place asked; 宜春, said to be one
    province with it, is claimed, not carded."""
    reply = ask(answerer, "宜宾职业技术学院的，跟宜春是一个省的吧？都找梁眉老师？")
    assert reply.text.startswith("不是") and "雷鹏" in reply.text and "15386417485" not in reply.text, reply.text


def test_a_number_denied_comes_after_the_no(answerer) -> None:
    reply = ask(answerer, "贾昕旸老师的邮箱是jiaxingyang@zhonghui.vip吧？发了两次都退回来了")
    # (a letter off hers: said as hers mistyped, hers first)
    assert "贾昕旸的邮箱应为 jiaxinyang@zhonghui.vip，不是jiaxingyang@zhonghui.vip（有误）" in reply.text, reply.text


def test_an_either_or_after_a_question_word_offers_its_answers(answerer) -> None:
    """「协议是跟谁签？考务那边的老师还是各省的老师」: the options the member has in mind; the entry that says who
    answers, and no role is carded for the options."""
    reply = ask(answerer, "协议是跟谁签？考务那边的老师还是各省的老师")
    assert reply.entry_id == "site-application" and "陈海燕" not in reply.text and "培训" not in reply.text, reply.text


def test_days_left_counted_to_nothing_named_count_to_the_statement_before(answerer) -> None:
    reply = ask(answerer, "12月1号开始排考场，算下来离今天还有几天哈", datetime(2021, 11, 28, 19, 30))
    assert "3 天" in reply.text and "20 天" not in reply.text, reply.text
    asked = ask(answerer, "中级准考证最后哪天能打？离现在还有几天", datetime(2021, 12, 3, 10, 0))
    assert "12月19日" in asked.text, asked.text


def test_a_yes_no_typed_in_a_clause_of_its_own_asks(answerer) -> None:
    """「高级那场是下下周一吧，我记得是周一」: the 吧 of the first clause asks, whatever the message ends with."""
    reply = ask(answerer, "高级那场是下下周一吧，我记得是周一", datetime(2021, 12, 4, 14, 10))
    assert reply.text.startswith("不是") and "12月20日" in reply.text, reply.text


def test_the_message_read_whole_keeps_its_clauses_apart(answerer) -> None:
    """「…联系方式还要报吗？考务那个11月底就截了」: no 报考 across the question mark, so no contact is asked."""
    reply = ask(answerer, "管机房的技术负责人联系方式还要报吗？考务那个11月底就截了，这个也过期了没", datetime(2021, 12, 4, 14, 10))
    assert reply.kind != "contact" and "张全伟" not in reply.text and "陈海燕" not in reply.text, reply.text


def test_places_joined_to_a_reference_are_references_too(answerer) -> None:
    """「甘肃挨着宁夏新疆，是不是也归黄超老师管」: 新疆, joined to 宁夏 after 挨着, is the member's model as 宁夏 is:
    not carded; only the place asked (甘肃) is."""
    reply = ask(answerer, "咱们是甘肃的，甘肃挨着宁夏新疆，是不是也归黄超老师管", datetime(2021, 11, 18, 16, 20))
    assert reply.text.startswith("不是") and "雷鹏" in reply.text and "15928431762" not in reply.text, reply.text


def test_a_count_likened_to_another_place_is_judged_for_the_place_asked(answerer) -> None:
    """「天津跟广东一样也是两位老师吧」: a count claimed (its 老师 and 吧 normalised away) of the place asked, the place
    likened only the member's model: judged, and no contact of 广东 carded."""
    reply = ask(answerer, "我们是天津的，天津跟广东一样也是两位老师吧", datetime(2021, 11, 18, 16, 20))
    assert reply.text.startswith("不是，天津只有 1 位") and "林贺" not in reply.text, reply.text
    assert "王吉庆" not in reply.text, reply.text


def test_a_joined_question_keeps_the_subject_its_first_clause_named(answerer) -> None:
    """「…教研工作会，定在几点」: the member's comma ends the meeting's name (会 is no modal before 定)."""
    reply = ask(answerer, "下周学校那个教研工作会，定在几点", datetime(2021, 11, 18, 16, 20))
    assert reply.kind == "offtopic", reply.text


def test_what_every_exam_has_asked_after_another_exam_is_that_exams(answerer) -> None:
    """A question about another exam, then its fee with nothing saying it is ours: the other exam's; 咱们这个 says ours."""
    assert ask(answerer, "英语四级下次啥时候考？报名费多少钱").kind == "offtopic"
    ours = ask(answerer, "软考啥时候？咱们这个报名费多少")
    assert ours.entry_id == "fee-amount", ours.text


def test_of_two_days_offered_the_window_edge_is_named(answerer) -> None:
    now = datetime(2021, 11, 18, 16, 20)  # a Thursday
    opens = ask(answerer, "考场编排是下周三开始还是下下周三开始", now)
    assert opens.text.startswith("是下下周三（12月1日）开始"), opens.text
    closes = ask(answerer, "申报是周五截止还是周六截止", now)
    assert closes.text.startswith("是这周六（11月20日）截止"), closes.text


def test_a_verb_with_still_asked_a_not_a_asks_the_windows_status(answerer) -> None:
    reply = ask(answerer, "准考证还打不", datetime(2021, 12, 17, 10, 0))
    assert reply.text.startswith("可以"), reply.text


def test_days_gone_since_a_window_opened_are_no_span(answerer) -> None:
    reply = ask(answerer, "考场编排一共进行了几天了", datetime(2021, 12, 5, 10, 0))
    assert "今天是第 5 天" in reply.text and "共 15 天" not in reply.text, reply.text


def test_a_clause_that_waits_asks_the_days_left_of_the_one_before(answerer) -> None:
    reply = ask(answerer, "准考证哪天能打？还得等几天", datetime(2021, 11, 18, 16, 20))
    assert "离开始还有 28 天" in reply.text and "初级考试" not in reply.text, reply.text


def test_places_counted_in_a_clause_of_their_own_ask_whether_one_person_serves_them(answerer) -> None:
    """「湖北和湖南的学校都有，两边是一个人吗」: the count (两边, 两地, 俩学校) stands for the places the clause before
    named, and the clause asks whether they share a contact."""
    reply = ask(answerer, "湖北和湖南的学校都有，两边是一个人吗")
    assert reply.text.startswith("湖北、湖南不是同一位联系人"), reply.text
    joint = ask(answerer, "浙江和福建两地是不是一个老师统管")
    assert joint.text.startswith("浙江、福建是同一位联系人"), joint.text


def test_a_mailbox_typed_a_letter_off_is_judged_not_confirmed(answerer) -> None:
    reply = ask(answerer, "李雯老师邮箱是liwne吧")
    assert "李雯的邮箱不是liwne" in reply.text and "liwen@zhonghui.vip" in reply.text, reply.text
    assert not reply.text.startswith("是"), reply.text


def test_a_paper_still_going_is_judged_at_the_hour_stated(answerer) -> None:
    """「这会儿4点二十，…还在考吧」: a bare 4 o'clock in a working day is the afternoon's, and whether the paper is
    still going is judged at it."""
    reply = ask(answerer, "今天12月18号，这会儿3点二十，初级实操还在考吧")
    assert reply.text.startswith("是的，还在考"), reply.text


def test_whether_a_thing_has_a_deadline_is_answered_when_the_notice_gives_none(answerer) -> None:
    reply = ask(answerer, "技术负责人联系方式有截止日期吗", datetime(2021, 11, 18, 16, 20))
    assert reply.text.startswith("通知里没有给这项定具体日期"), reply.text
    dated = ask(answerer, "考务负责人联系方式有截止日期吗", datetime(2021, 11, 18, 16, 20))
    assert "11月30日" in dated.text and "没有给这项定具体日期" not in dated.text, dated.text
    bounded = ask(answerer, "考试系统安装有期限吗", datetime(2021, 11, 18, 16, 20))
    assert bounded.text.startswith("通知里没有给这项定具体日期，只要求在考试前完成"), bounded.text  # the bound leads


def test_a_region_named_beside_a_school_elsewhere_is_the_members_reading(answerer) -> None:
    """「东北大学秦皇岛分校的，东北的学校是不是都找郁晓东老师」: the school (in 河北) is the place asked; the region its
    name suggests is claimed and judged, its contact not carded."""
    reply = ask(answerer, "我们是东北大学秦皇岛分校的，东北那片的学校是不是都归郁晓东老师")
    assert reply.text.startswith("不是") and "蓝海鹏" in reply.text and "18654936008" not in reply.text, reply.text


def test_a_weekday_deadline_said_of_handing_in_is_filing_not_a_contact_ask(answerer) -> None:
    reply = ask(answerer, "考务负责人那张联系方式的表，这周五前交上行吧", datetime(2021, 11, 23, 10, 0))
    assert reply.kind != "contact" and "11月30日" in reply.text, reply.text


def test_days_gone_asked_alone_give_no_second_count(answerer) -> None:
    reply = ask(answerer, "考场编排到今天开了几天了", datetime(2021, 12, 5, 10, 0))
    assert "今天是第 5 天" in reply.text and "还有 10 天" not in reply.text and "12月15日截止" in reply.text, reply.text


def test_a_day_counted_from_a_levels_exam_holds_the_level_asked(answerer) -> None:
    """「中级考完第二天考哪一级」: the level named is where the count starts, not the level asked."""
    reply = ask(answerer, "中级考完第二天考哪一级", datetime(2021, 11, 18, 16, 20))
    assert reply.text.startswith("中级考试（12月19日）后一天是 2021年12月20日") and "考高级" in reply.text, reply.text
    none = ask(answerer, "高级考完的次日还有考试吗", datetime(2021, 11, 18, 16, 20))
    assert "没有考试" in none.text, none.text


def test_a_day_claimed_to_be_the_last_is_judged_as_the_deadline(answerer) -> None:
    """「明天就到最后一天了吧？明天还能交不」: the claim and the ask, on one window, get one verdict that answers both
    (the day as the member said it, with its date)."""
    reply = ask(answerer, "今天12月14号，考场编排明天就到最后一天了吧？明天还能排不")
    assert reply.text.startswith("是的，明天（12月15日）截止（当天还可以") and "不能" not in reply.text, reply.text


def test_a_unit_after_a_pronoun_owns_the_thing_after_it(answerer) -> None:
    """「我们系的工作群」: 系 after 我们 is the asker's department (the dictionary also tags it the copula), and its
    group is its own, not ours."""
    assert ask(answerer, "我们系的工作群群号多少").kind == "offtopic"
    assert "594707089" in ask(answerer, "考核站点的工作群群号多少").text


# ------------------------------------------------------------ session 35: classes from blind65


def test_a_greeting_asks_nothing_whoever_it_greets(answerer) -> None:
    """「各位领导好」: people addressed (领导 is a rank, a word for people all the same) and 好 is a greeting, never a
    question for the FAQ (领导 is also a word of the notice's 加强组织领导)."""
    reply = ask(answerer, "各位领导好，考试是哪天", datetime(2021, 11, 29, 10, 30))
    assert reply.entry_id == "exam-schedule" and "工作要求" not in reply.text, reply.text


def test_whether_one_person_serves_the_places_is_asked_at_the_clause_end(answerer) -> None:
    """「…名字挺像的，是不是一个老师」「…老搞混，是不是一个老师管俩」「…是不是三个老师分着管」: whatever the member says of
    the places first, the clause's end asks whether they share a contact."""
    alike = ask(answerer, "滁州学院和徐州工程学院名字挺像的，是不是一个老师", datetime(2021, 11, 29, 10, 30))
    assert alike.kind == "contact" and "不是同一位" in alike.text, alike.text
    assert "项露琪" in alike.text and "丁熙丽" in alike.text, alike.text
    both = ask(answerer, "广西和广东老搞混，是不是一个老师管俩", datetime(2021, 11, 29, 10, 30))
    assert both.kind == "contact" and "不是同一位" in both.text, both.text
    three = ask(answerer, "江浙沪是不是三个老师分着管", datetime(2021, 11, 29, 10, 30))
    assert three.kind == "contact" and "不全是同一位" in three.text, three.text


def test_the_same_places_asked_again_in_other_words_get_one_reply(answerer) -> None:
    reply = ask(answerer, "东三省是不是一个老师管？黑吉辽各一个", datetime(2021, 11, 29, 10, 30))
    assert reply.text.count("18654936008") == 1, reply.text


def test_places_an_either_or_settled_against_are_not_carded(answerer) -> None:
    """「衢州是贵州的还是江西的？找宋菊还是梁眉」: the school is in 浙江; the places guessed and their people are not
    the answer (a wrong extra person)."""
    reply = ask(answerer, "衢州职业技术学院的，衢州是贵州的还是江西的？找宋菊还是梁眉", datetime(2021, 11, 29, 10, 30))
    assert "赵江" in reply.text and "15386417485" not in reply.text and "宋菊 " not in reply.text, reply.text


def test_a_duty_claimed_by_a_rhetorical_question_is_judged(answerer) -> None:
    """「X不是管…的吗」 (its 吗 normalised away) claims the duty: the person's card, not their whole group."""
    reply = ask(answerer, "张晋静老师不是管考务的吗", datetime(2021, 11, 29, 10, 30))
    assert reply.text.startswith("是的") and "陈海燕" not in reply.text, reply.text


def test_question_words_inside_the_matter_described_do_not_block_the_claimed_person(answerer) -> None:
    reply = ask(answerer, "学生座位咋排、监考怎么安排这些考务上的事，找张全伟老师对吧", datetime(2021, 11, 29, 10, 30))
    assert reply.text.startswith("不是") and "陈海燕" in reply.text and "15921571656" not in reply.text, reply.text


def test_a_person_claimed_for_the_place_the_clause_before_placed(answerer) -> None:
    reply = ask(answerer, "长春大学在吉林，是不是归蓝海鹏", datetime(2021, 11, 29, 10, 30))
    assert reply.text.startswith("不是") and "郁晓东" in reply.text and "蓝海鹏 1" not in reply.text, reply.text


def test_an_either_or_of_today_and_tomorrow_is_answered_in_the_members_words(answerer) -> None:
    reply = ask(answerer, "考务负责人的联系方式今天截还是明天截", datetime(2021, 11, 29, 10, 30))
    assert reply.entry_id == "contact-filing" and reply.text.startswith("是明天（11月30日）截止"), reply.text


def test_days_since_a_window_closed_and_its_first_days_weekday(answerer) -> None:
    since = ask(answerer, "考生报名截止到今天过去几天了", datetime(2021, 11, 29, 10, 30))
    assert "已经截止 9 天了" in since.text, since.text
    first = ask(answerer, "报名第一天是星期几", datetime(2021, 11, 29, 10, 30))
    assert "10月20日是星期三" in first.text and "11月20日是" not in first.text, first.text
    total = ask(answerer, "考场编排一共给了多少天", datetime(2021, 11, 29, 10, 30))
    assert "共 15 天" in total.text, total.text


def test_a_clause_with_the_same_common_verb_or_a_pro_verb_carries_the_thing_before(answerer) -> None:
    """「准考证现在能打了吗？我们中级的学生最晚打到哪天」: 打 again, with who and which level only: 中级's tickets;
    「考务员培训有消息没？是这周还是下周搞」: 搞 stands for the training's act, not the exams'."""
    level = ask(answerer, "准考证现在能打了吗？我们中级的学生最晚打到哪天", datetime(2021, 12, 16, 10, 30))
    assert "12月19日" in level.text and "12月20日" not in level.text and "12月18日" not in level.text, level.text
    pro = ask(answerer, "考务员培训有消息没？是这周还是下周搞", datetime(2021, 11, 29, 10, 30))
    assert pro.entry_id == "training" and "没有考试" not in pro.text, pro.text


def test_an_office_of_ones_own_owns_its_group_a_place_of_ours_does_not(answerer) -> None:
    office = ask(answerer, "我们办公室的群号多少", datetime(2021, 11, 29, 10, 30))
    assert "594707089" not in office.text, office.text
    site = ask(answerer, "咱们考点的群号多少", datetime(2021, 11, 29, 10, 30))
    assert "594707089" in site.text, site.text


def test_a_week_asked_whether_anything_is_due(answerer) -> None:
    reply = ask(answerer, "下周有没有要交的", datetime(2021, 11, 29, 10, 30))
    assert reply.entry_id == "timeline" and "下周" in reply.text, reply.text


def test_a_yes_no_kept_when_its_reply_is_said_within_another(answerer) -> None:
    reply = ask(answerer, "站点申报是这周六截吧？协议现在签还来得及不", datetime(2021, 11, 16, 10, 30))
    assert reply.text.startswith("是的。可以"), reply.text


def test_a_negated_verb_weighs_as_its_core_verb(answerer) -> None:
    """「还没拿到准考证」: 没 + 拿 + 到 is the everyday verb 拿 negated (jieba lists 没拿到 as one idiom), no new subject."""
    reply = ask(answerer, "有个学生还没拿到准考证，今天去补打还来得及吗", datetime(2021, 12, 17, 10, 30))
    assert reply.entry_id == "tickets" and reply.text.startswith("可以"), reply.text


def test_a_window_asked_in_its_own_form_is_decisive_over_an_entry_of_no_facet(answerer) -> None:
    """「考场还没编完，还能弄吗」: whether there is still time is the window's question; an entry of no facet tied with it
    (the catch-all's samples) is no choice to offer."""
    reply = ask(answerer, "考场还没编完，还能弄吗", datetime(2021, 12, 10, 10, 30))
    assert reply.kind == "faq" and reply.entry_id == "room-arrangement" and reply.text.startswith("可以"), reply.text


def test_the_spoken_er_suffix_adds_no_word_of_its_own(answerer) -> None:
    """事儿, 会儿 (隔会儿, 这事儿): the spoken 儿 makes no new word; what it is said on is judged (女儿, 幼儿 keep theirs)."""
    assert answerer.topics.foreign_share("平台隔会儿就退出来")[1] == []
    assert answerer.topics.foreign_share("这事儿找谁")[1] == []


def test_a_place_is_heard_by_a_rare_reading_only_with_its_tone(answerer) -> None:
    """「西南片的学校」: 南片 (nán piàn) is no 南平 read by 平's rare pián; 夏门 (xià) still is 厦门."""
    regions = answerer.router._regions
    assert regions.sounding("南片") == [] and regions.sounding("夏门") == [("厦门", "福建")]
    reply = ask(answerer, "我们这种西南片的学校是不是都找宋菊老师", datetime(2021, 12, 2, 15, 10))
    assert "赵江" not in reply.text and "福建" not in reply.text, reply.text


def test_a_university_named_by_its_short_form(answerer) -> None:
    """西南交大, 华东师大: characters of the name in order, then 大; a short form two provinces' universities share
    (西交大) is asked about, a campus after it (哈工大（深圳）) says where."""
    one = ask(answerer, "西南交大的老师问，我们这种西南片的学校是不是都找宋菊老师", datetime(2021, 12, 2, 15, 10))
    assert one.text.startswith("不是") and "雷鹏" in one.text and "宋菊 1" not in one.text, one.text
    assert "丁熙丽" in ask(answerer, "华东师大的联系人", datetime(2021, 12, 2, 15, 10)).text
    shared = ask(answerer, "西交大找谁", datetime(2021, 12, 2, 15, 10))
    assert "陕西" in shared.text and "四川" in shared.text and "请问是哪个省" in shared.text, shared.text
    campus = ask(answerer, "哈工大（深圳）要申报当考点，该联系谁", datetime(2021, 12, 2, 15, 10))
    assert "林贺" in campus.text and "郁晓东" not in campus.text, campus.text
    for words in ("内存得多大", "问题不大", "压力很大"):
        assert answerer.router._regions.find_all(words) == [], words


def test_a_place_joined_to_a_place_is_a_place(answerer) -> None:
    """安康 (an everyday word, 安康 in 陕西) joined by 和 to 安庆 is a place too."""
    reply = ask(answerer, "安庆和安康的两所职院都想申报，对接人各是哪位", datetime(2021, 12, 2, 15, 10))
    assert "项露琪" in reply.text and "杨德明" in reply.text, reply.text
    assert ask(answerer, "祝大家平安和安康", datetime(2021, 12, 2, 15, 10)).kind != "contact"


def test_the_same_place_asked_again_is_one_ask_of_a_claim(answerer) -> None:
    """「衡水有所学校要对接，衡水是湖南的吧？找李雯？」: 衡水 twice is one ask; the claim (湖南, 李雯) is judged, not carded."""
    reply = ask(answerer, "衡水有所学校要对接，衡水是湖南的吧？找李雯？", datetime(2021, 12, 2, 15, 10))
    assert reply.text.startswith("不是") and "蓝海鹏" in reply.text and "15386416485" not in reply.text, reply.text


def test_each_ones_asked_by_leaving_the_name_to_fill_in(answerer) -> None:
    reply = ask(answerer, "湖南、湖北、河南这三个省，业务老师分别是？", datetime(2021, 12, 2, 15, 10))
    assert all(n in reply.text for n in ("李雯", "梁眉", "张孙慧")), reply.text


def test_whether_a_level_sits_on_a_day_named_is_the_timetables_question(answerer) -> None:
    reply = ask(answerer, "大后天礼拜天是不是中级那场", datetime(2021, 12, 2, 15, 10))
    assert reply.entry_id == "exam-schedule" and reply.text.startswith("不是"), reply.text


def test_a_weekday_said_again_is_the_day_the_clause_before_named(answerer) -> None:
    """「机房这个周末想借给别的系用，周末会不会撞上考试」: the second 周末 is this weekend, not any weekend."""
    this = ask(answerer, "机房这个周末想借给别的系用，周末会不会撞上咱们的考试？", datetime(2021, 12, 2, 15, 10))
    assert this.text.startswith("不冲突") and "没有考试" in this.text, this.text
    later = ask(answerer, "下下周末机房要借出去，周六会不会撞上考试", datetime(2021, 12, 2, 15, 10))
    assert later.text.startswith("会冲突") and "12月18日" in later.text and "12月19日" not in later.text, later.text


def test_how_long_between_asked_in_a_clause_of_its_own(answerer) -> None:
    reply = ask(answerer, "理论考完到实操开考，中间空几个钟头？", datetime(2021, 12, 2, 15, 10))
    assert "3个半小时" in reply.text, reply.text


def test_the_clause_that_asks_is_answered_narrowed_by_the_statement_before(answerer) -> None:
    reply = ask(answerer, "报了中级的考生，理论和实操是一天考完还是分两天？", datetime(2021, 12, 2, 15, 10))
    assert "同一天" in reply.text and "12月18日" not in reply.text, reply.text


def test_papers_lengths_compared_and_summed(answerer) -> None:
    same = ask(answerer, "理论的时长是不是跟实操一样长？", datetime(2021, 12, 2, 15, 10))
    assert same.text.startswith("不是") and "90分钟" in same.text and "150分钟" in same.text, same.text
    total = ask(answerer, "咱这就初级一个级别，那天学生上机一共得考几个钟头？", datetime(2021, 12, 2, 15, 10))
    assert "一共考 4小时" in total.text and "12月19日" not in total.text, total.text
    days = ask(answerer, "考试一共考几天", datetime(2021, 12, 2, 15, 10))
    assert "共 3 天" in days.text and "4小时" not in days.text, days.text
    in_one = ask(answerer, "我们这边只有初级的考生，１８号一天就考完了吧？", datetime(2021, 11, 30, 16, 30))
    assert in_one.text.startswith("是的"), in_one.text


def test_days_left_asked_from_now_in_a_clause_of_its_own(answerer) -> None:
    """「准考证哪天能打？离今天还差几天」: the count is of the thing before (the tickets), not a countdown to the exam;
    asked of its last day, to that day."""
    start = ask(answerer, "学生急着要准考证，哪天能打？离今天还差几天", datetime(2021, 12, 2, 15, 10))
    assert "离开始还有 14 天" in start.text and "离初级考试" not in start.text, start.text
    last = ask(answerer, "中级准考证最后哪天能打？离现在还有几天", datetime(2021, 11, 30, 16, 30))
    assert "还有 19 天" in last.text, last.text


def test_a_weekday_asked_within_a_week_is_said_in_that_weeks_words(answerer) -> None:
    said = ask(answerer, "考务负责人联系方式最晚哪天报？下周几", datetime(2021, 11, 26, 10, 0))
    assert "下周二" in said.text, said.text
    which = ask(answerer, "编排考场截止那天落在这周还是下周？", datetime(2021, 12, 6, 10, 0))
    assert "下周三" in which.text, which.text


def test_a_count_of_people_introduces_them_and_asks_no_day(answerer) -> None:
    """「学生报名是上礼拜六截的吧？有几个娃漏报了还能补不」: 有几个 introduces who, so 还能补不 asks of now."""
    reply = ask(answerer, "学生报名是上礼拜六截的吧？有几个娃漏报了还能补不", datetime(2021, 11, 22, 10, 0))
    assert "不能" in reply.text and "11月20日可以" not in reply.text, reply.text


def test_a_verbs_potential_complement_asks_whether_one_can(answerer) -> None:
    """打得了 is 能打; 得了吧 is particles, no word new to us."""
    reply = ask(answerer, "初级的准考证今天还打得了吧", datetime(2021, 12, 17, 10, 0))
    assert reply.text.startswith("可以") and "得了吧" not in reply.text, reply.text


def test_the_matter_due_on_a_past_day_named(answerer) -> None:
    reply = ask(answerer, "前天截止的那项是啥来着？出差两天脑子有点乱", datetime(2021, 12, 2, 15, 10))
    assert "考务负责人" in reply.text and "11月30日" in reply.text and "站点申报" not in reply.text, reply.text
    none = ask(answerer, "后天有没有要截止的", datetime(2021, 11, 29, 10, 30))
    assert not none.text.startswith("是的") and "没有要截止" in none.text, none.text


def test_everyday_words_for_a_piece_of_work_name_no_new_subject(answerer) -> None:
    """排考场的活儿, 这摊子事: the work is the thing named with them, no subject of its own."""
    work = ask(answerer, "平台上排考场的活儿，离截止还剩多少天？", datetime(2021, 12, 2, 15, 10))
    assert work.entry_id == "room-arrangement" and "离截止还有 13 天" in work.text, work.text
    week = ask(answerer, "下礼拜这摊子事该忙点啥？", datetime(2021, 12, 2, 15, 10))
    assert week.entry_id == "timeline" and "12月6日至12月12日" in week.text, week.text


def test_those_days_are_the_period_the_clause_before_named(answerer) -> None:
    reply = ask(answerer, "下礼拜我整周都在学校坐班，这摊子事那几天该忙点啥？", datetime(2021, 12, 2, 15, 10))
    assert reply.entry_id == "timeline" and "12月6日至12月12日" in reply.text, reply.text


def test_a_period_asked_to_be_listed_is_the_timelines(answerer) -> None:
    reply = ask(answerer, "这个月剩下的节点按先后给我列一列呗", datetime(2021, 12, 2, 15, 10))
    assert reply.entry_id == "timeline" and "12月15日" in reply.text and "12月16日" in reply.text, reply.text


def test_days_since_a_window_closed_its_doors(answerer) -> None:
    """关门 closes a window as 截止 does; 多少日子 counts days as 多少天."""
    reply = ask(answerer, "站点申报关门到今天有多少日子了", datetime(2021, 12, 2, 15, 10))
    assert "已经截止 12 天了" in reply.text, reply.text


def test_a_partly_wrong_claim_names_the_person_first(answerer) -> None:
    """「青海、西藏挨着，两边的学校都找黄超老师吧」: 黄超不负责青海 (「青海不归黄超」 reads in part as the claim)."""
    reply = ask(answerer, "青海、西藏挨着，两边的学校都找黄超老师吧？", datetime(2021, 12, 2, 15, 10))
    assert reply.text.startswith("不是，黄超不负责青海") and "不归" not in reply.text, reply.text



@pytest.mark.parametrize(
    "q",
    ["挑战杯校内选拔答辩下午几点开始？在哪个楼", "教资面试明天下午几点开始？要带啥", "考研是几号？在哪考"],
)
def test_a_clause_naming_nothing_goes_on_about_the_other_subject_before(answerer, q: str) -> None:
    """The half-day the clause before lent it is no word of ours in its own words."""
    reply = ask(answerer, q, datetime(2021, 12, 2, 15, 10))
    assert reply.kind == "offtopic", reply.text


def test_whether_there_is_any_work_in_a_period_is_the_timelines(answerer) -> None:
    reply = ask(answerer, "下个月还有活儿没", datetime(2021, 12, 2, 15, 10))
    assert reply.entry_id == "timeline" and reply.text.startswith("下个月没有通知里安排的事项"), reply.text


def test_a_holiday_placed_around_is_a_time_not_another_sitting(answerer) -> None:
    """元旦前后 says when; 寒假那期培训 is another sitting's."""
    around = ask(answerer, "元旦前后学生能打准考证吗", datetime(2021, 12, 2, 15, 10))
    assert around.entry_id == "tickets", around.text
    other = ask(answerer, "寒假那期培训啥时候报名", datetime(2021, 12, 2, 15, 10))
    assert other.kind == "offtopic", other.text


CLOCK_37 = datetime(2021, 12, 8, 9, 40)


def test_a_latin_word_spelt_as_a_places_sound_is_no_typo_of_a_province(answerer) -> None:
    """huizhou is 惠州's (or 徽州's) sound, not guizhou mistyped."""
    reply = ask(answerer, "惠州有个学院、徽州区（黄山）有个职校，俩huizhou，分别对接谁", CLOCK_37)
    assert "林贺" in reply.text and "项露琪" in reply.text and "宋菊" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "person", "wrong"),
    [
        ("澳门有所大学想参加，澳门离珠海近，归广东林贺老师管吗？", "陈海燕", "18620586370"),
        ("石河子跟石家庄差不多，是不是找河北蓝海鹏", "黄超", "17858620886"),
        ("广西离广东近，林贺管吗", "陈淑", "18620586370"),
    ],
)
def test_a_place_the_asked_one_is_near_or_like_is_no_place_asked(answerer, q: str, person: str, wrong: str) -> None:
    reply = ask(answerer, q, CLOCK_37)
    assert reply.text.startswith("不是") and person in reply.text and wrong not in reply.text, reply.text


def test_where_the_parent_school_sits_is_the_reason_not_the_place(answerer) -> None:
    reply = ask(answerer, "同济大学浙江学院在嘉兴，同济本部在上海，我们是找丁熙丽老师还是赵江老师", CLOCK_37)
    assert "赵江" in reply.text and "丁熙丽" not in reply.text, reply.text


def test_a_campus_at_a_place_named_before_its_school_is_there(answerer) -> None:
    reply = ask(answerer, "克拉玛依那边有个中国石油大学（北京）的校区，本部在首都，业务该不该找蓝海鹏？", CLOCK_37)
    assert reply.text.startswith("不是") and "黄超" in reply.text and "蓝海鹏（北京）" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "people"),
    [
        ("西北五省区陕甘宁青新，各自的业务老师能帮我列一下不？", ("杨德明", "雷鹏", "黄超")),
        ("云贵川三个省的站点业务是怎么分的？", ("宋菊", "雷鹏")),
    ],
)
def test_provinces_abbreviations_run_together_are_each_asked(answerer, q: str, people: tuple[str, ...]) -> None:
    reply = ask(answerer, q, CLOCK_37)
    assert reply.kind == "contact" and all(p in reply.text for p in people), reply.text


def test_a_person_claimed_for_a_role_not_theirs_says_what_they_are_and_who_is(answerer) -> None:
    reply = ask(answerer, "侯仕平老师是管考务的吧？我们排考场碰到点问题想问他", CLOCK_37)
    assert reply.text.startswith("不是，侯仕平是考试系统技术工作联系人") and "陈海燕" in reply.text, reply.text
    assert "18382082006" not in reply.text, reply.text


def test_whether_places_share_a_contact_asked_clauses_later(answerer) -> None:
    reply = ask(answerer, "贵阳和桂阳各有一所学校，读音一样，这俩对接人一样不？", CLOCK_37)
    assert reply.text.startswith("贵州、湖南不是同一位联系人"), reply.text


def test_an_address_a_letter_off_ours_is_corrected(answerer) -> None:
    app = ask(answerer, "我们的备案表投到了sale@zhonghui.vip，一直没动静，邮箱写对了没？", CLOCK_37)
    assert app.text.startswith("不是。考核站点申报的收件邮箱是 sales@zhonghui.vip，不是sale@zhonghui.vip"), app.text
    person = ask(answerer, "lanhaipen@zhonghui.vip是谁的", CLOCK_37)
    assert "应为 lanhaipeng@zhonghui.vip" in person.text and "陈海燕" not in person.text, person.text


@pytest.mark.parametrize("q", ["元月份这个考核还有啥要我们做的没？想放寒假前把事都清了", "1月份还有啥要做的"])
def test_a_month_named_whose_matters_are_asked_is_a_period_of_ours(answerer, q: str) -> None:
    reply = ask(answerer, q, CLOCK_37)
    assert reply.entry_id == "timeline" and reply.text.startswith("1月份没有通知里安排的事项"), reply.text


def test_the_matter_due_on_a_day_asked_which_it_was(answerer) -> None:
    reply = ask(answerer, "上礼拜二截止的是哪项来着？", CLOCK_37)
    assert "考务负责人" in reply.text and "11月30日" in reply.text, reply.text


def test_a_denied_day_says_the_week_the_level_sits_in(answerer) -> None:
    reply = ask(answerer, "有学生说初级大后天就考了，是这周六吗？我记得没这么快", CLOCK_37)
    assert reply.text.startswith("不是。初级在下周六"), reply.text


@pytest.mark.parametrize(
    ("q", "now", "said"),
    [
        ("编排考场我们想这周弄完，实在不行最晚能拖到下礼拜哪天？", CLOCK_37, "下周三"),
        ("今天11月29号周一，考务负责人的联系方式我们还没报，截止是这周几？", CLOCK_37, "这周二"),
    ],
)
def test_a_clause_naming_no_thing_asks_of_the_thing_before(answerer, q: str, now: datetime, said: str) -> None:
    reply = ask(answerer, q, now)
    assert said in reply.text and "初级：" not in reply.text and "考生报名" not in reply.text, reply.text


def test_a_time_limit_is_a_deadline_not_the_exams_countdown(answerer) -> None:
    reply = ask(answerer, "编排期限还有几天", CLOCK_37)
    assert reply.entry_id == "room-arrangement" and "离截止还有 7 天" in reply.text, reply.text


def test_a_day_claimed_of_every_level_must_hold_for_each(answerer) -> None:
    reply = ask(answerer, "中级跟高级的准考证都是打到19号为止吧？", CLOCK_37)
    assert reply.text.startswith("不是"), reply.text
    both = ask(answerer, "中级跟高级的准考证都是16号开始打吧？", CLOCK_37)
    assert both.text.startswith("是的"), both.text


def test_whether_there_is_a_thing_new_to_us_is_not_in_the_notice(answerer) -> None:
    reply = ask(answerer, "监考老师有没有劳务补贴？一场给多少", CLOCK_37)
    assert "通知里没有写到「劳务补贴」" in reply.text, reply.text

CLOCK_38 = datetime(2021, 11, 26, 16, 40)  # a Friday


@pytest.mark.parametrize(
    "q",
    ["月底要交工作计划，下个月咱这边要盯的时间点有哪些", "月初要开部门会，下个月咱这摊子事按日子捋一遍呗"],
)
def test_a_statement_before_a_periods_matters_is_only_why(answerer, q: str) -> None:
    """A statement naming the member's own thing, then a month's matters asked: the timeline's, not the thing's."""
    reply = ask(answerer, q, CLOCK_38)
    assert reply.entry_id == "timeline" and "12月15日" in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "said"),
    [
        ("考务负责人联系方式是这周二截还是下周二截", "是下周二（11月30日）截止"),
        ("考场编排是周一开始还是周三开始", "是下周三（12月1日）开始"),
        ("考场编排是周一开始还是周二开始", "都不是，12月1日（星期三）开始"),
    ],
)
def test_which_of_two_days_a_window_turns_on(answerer, q: str, said: str) -> None:
    reply = ask(answerer, q, CLOCK_38)
    assert reply.text.startswith(said), reply.text


def test_a_claim_asked_is_judged_not_the_one_heard_after_it(answerer) -> None:
    """Two clauses each placing a paper on a half-day: the one asked is judged, not cancelled by the one heard."""
    reply = ask(answerer, "中级理论是放下午考吧？有同事说上午考的是实操", CLOCK_37)
    assert reply.text.startswith("不是") and "上午 9:00-10:30" in reply.text, reply.text
    both = ask(answerer, "上午考理论，下午考实操对吧", CLOCK_37)  # (one claim of both papers, asked at its end)
    assert both.text.startswith("是的") and "9:00-10:30" in both.text and "14:00-16:30" in both.text, both.text


def test_a_thing_to_finish_before_a_time_asks_what_falls_due(answerer) -> None:
    """赶在…之前弄完: what closes in the week, or that nothing does and what closes next."""
    reply = ask(answerer, "周四周五我去省里开两天会，这礼拜有啥必须赶在走之前弄完的不？", CLOCK_37)
    assert "没有要截止的事项" in reply.text and "考场编排，12月15日截止" in reply.text, reply.text


def test_any_verb_asked_a_not_a_asks_whether(answerer) -> None:
    """撞不撞 asks whether, as 是不是 does: whether a day named clashes with the exam."""
    reply = ask(answerer, "大后天周六跟咱这个考核撞不撞？", CLOCK_37)
    assert reply.text.startswith("不冲突，12月11日没有考试"), reply.text


def test_an_adverb_the_dictionary_tags_a_noun_names_no_other_subject(answerer) -> None:
    """全都 (词林 K, a function word) before 考完 is no other exam's name."""
    reply = ask(answerer, "今天12月21号，这一轮Python考核是不是全都考完了？高级是哪天考的来着", CLOCK_38)
    assert reply.entry_id == "exam-schedule" and "已经结束" in reply.text and "12月20日" in reply.text, reply.text


def test_a_day_said_before_its_that_day_is_its_own(answerer) -> None:
    """下周二那天: the clause's own day, not the one the clause before named (下礼拜一二)."""
    reply = ask(answerer, "下礼拜一二我出差不在，下周二那天是不是有啥东西得交？", CLOCK_38)
    assert reply.entry_id == "timeline" and "考务负责人" in reply.text and "11月30日" in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "said", "unsaid"),
    [
        ("准考证下个月啥时候开打？从今儿算还剩几天", "离开始还有 20 天", "离初级考试"),
        ("现在报名口子还开着不？关了几天了", "已经截止 6 天了", "离初级考试"),
    ],
)
def test_a_count_asked_after_a_dated_thing_counts_for_it(answerer, q: str, said: str, unsaid: str) -> None:
    """还剩几天 / 关了几天: a count or an asking word is no thing of the clause's own; the thing before is counted."""
    reply = ask(answerer, q, CLOCK_38)
    assert said in reply.text and unsaid not in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "entry", "said"),
    [
        ("周一例会刚散，今天11月1日，学生报名离截止还剩多少天？", "registration-window", "离截止还有 19 天"),
        ("离排考场的截止日还剩多少天", "room-arrangement", "离截止还有 19 天"),
    ],
)
def test_the_days_left_until_a_deadline_are_its_windows(answerer, q: str, entry: str, said: str) -> None:
    reply = ask(answerer, q, CLOCK_38)
    assert reply.entry_id == entry and said in reply.text, reply.text


def test_days_named_in_a_run_are_a_period_and_a_statement_of_oneself_is_why(answerer) -> None:
    """上周末: two days, one period; 「我出去培训了一礼拜刚回来」 asks nothing and says why (no training entry)."""
    reply = ask(answerer, "上周末截止了啥事来着？我出去培训了一礼拜刚回来", CLOCK_38)
    assert reply.entry_id == "timeline" and "考生报名" in reply.text and "考核站点申报" in reply.text, reply.text
    assert "培训" not in reply.text, reply.text


def test_a_deadline_said_to_be_yesterday_is_past(answerer) -> None:
    reply = ask(answerer, "考场编排昨天截止了，我们还有俩考场没排进去，还能改不", datetime(2021, 12, 16, 14, 40))
    assert reply.text.startswith("是的，12月15日已经截止了，现在不能了"), reply.text


def test_today_is_no_day_of_the_clauses_own(answerer) -> None:
    """「明天初级…？…今天还能打不」: 今天 says when the member asks; the level before still narrows the tickets."""
    reply = ask(answerer, "今天12月17号了，明天初级上午几点开考？有学生准考证还没打，今天还能打不", CLOCK_38)
    assert "初级准考证打印时间" in reply.text and "12月19日" not in reply.text, reply.text


def test_a_verb_begun_with_kai_asks_the_first_day(answerer) -> None:
    """开打: the tickets' first day (its weekday), not each level's last."""
    reply = ask(answerer, "今儿周五１２月１０号，编排考场还剩几天？准考证是下礼拜几开打", CLOCK_38)
    assert "12月16日是星期四，下周四" in reply.text and "下下周" not in reply.text, reply.text


def test_a_span_asked_after_a_window_counts_its_days(answerer) -> None:
    """算下来 (a verb and its complement) names nothing new; 中级, lent by the clause before, is no level of its own."""
    reply = ask(answerer, "中级准考正从哪天打到哪天？算下来一共几天呐", CLOCK_38)
    assert reply.entry_id == "tickets" and "共 4 天" in reply.text, reply.text


def test_which_level_sits_on_a_day_named_is_the_timetables(answerer) -> None:
    reply = ask(answerer, "12月20号那天轮到哪一级？", CLOCK_38)
    assert reply.entry_id == "exam-schedule" and "高级" in reply.text and "初级" not in reply.text, reply.text


@pytest.mark.parametrize("q", ["新疆的省级业务联系人是哪位", "石河子大学拟申请成为考核站点，对应的省级业务联系人是哪位？"])
def test_a_units_rank_is_no_other_subject(answerer, q: str) -> None:
    """省级: the rank of a unit (a province's contact), not a grade of another scale (四六级)."""
    reply = ask(answerer, q, CLOCK_38)
    assert reply.kind == "contact" and "黄超" in reply.text, reply.text
    assert ask(answerer, "英语四六级几号考", CLOCK_38).kind == "offtopic"


@pytest.mark.parametrize(
    "q",
    [
        "下周四学院开1+X试点推进会，几点开始？在哪个会议室来着",  # 开 … 会: a meeting held, whatever cuts 推进会
        "计算机二级Python是机考吧？报名费多少钱",  # a grade of another scale names its exam; the fee asked after is its
    ],
)
def test_another_subject_named_by_its_frame_holds_for_the_clause_after(answerer, q: str) -> None:
    assert ask(answerer, q, CLOCK_38).kind == "offtopic"


def test_days_left_after_the_timetable_are_the_countdowns(answerer) -> None:
    """The timetable's answer counts no days: 还差几天 after it is the countdown's, not merged into it."""
    reply = ask(answerer, "中级安排在礼拜几？从今天数还差几天", NOW)
    assert "离中级考试（2021年12月19日（星期日））还有 9 天" in reply.text, reply.text


def test_a_level_a_statement_lends_is_the_later_questions_own(answerer) -> None:
    """「有个学生…说要考初级，还能给他报上不」: 报上 asks the registration window, not the 初级 timetable's time."""
    reply = ask(answerer, "有个学生今天才来找我说要考初级，还能给他报上不", NOW)
    assert "不能了，已经截止" in reply.text and "考生报名时间" in reply.text, reply.text


def test_a_day_asked_of_an_entry_that_names_none_is_said_absent(answerer) -> None:
    """在考试前 is a time, no day: 哪天 asked of it is said to be absent."""
    reply = ask(answerer, "考试系统最晚哪天得装好", CLOCK_38)
    assert reply.entry_id == "system-install" and reply.text.startswith("通知里没有规定具体日期"), reply.text


def test_what_the_notice_lacks_is_named_as_cut_not_the_whole_clause(answerer) -> None:
    reply = ask(answerer, "考试费能开专票不？咱财务那边要", CLOCK_38)
    assert "通知里没有写到「开专票」" in reply.text, reply.text


RATS = {
    "id": "rats-in-lab",
    "questions": ["机房有老鼠怎么办", "考场发现老鼠咋处理"],
    "answer": "考前请后勤在机房墙角布置粘鼠板，封堵线槽和门缝；考试当天发现老鼠，监考员先安抚考生，不要追赶。",
}
DRAUGHT = {
    "id": "window-draught",
    "questions": ["考场窗户漏风怎么办", "窗户关不严冷风进来"],
    "answer": "考前用密封条把窗缝贴好；考试时靠窗座位的考生可以穿外套，监考员留意室温。",
}


@pytest.mark.parametrize("q", ["屋里窜出一只大耗子，吱吱乱叫", "耗子把网线咬断了咋整"])
def test_a_staff_entry_clear_of_every_other_takes_new_words(knowledge, q: str) -> None:
    """耗子 for 老鼠, said with nothing of ours: the entry staff added stands STAFF_LEAD clear of the rest."""
    reply = _with_entries(knowledge, RATS, DRAUGHT).answer(q, now=NOW)
    assert reply.entry_id == "rats-in-lab", reply.text



# ------------------------------------------------------------ session 39's classes

CLOCK_39 = datetime(2021, 11, 22, 10, 15)  # a Monday morning: registration closed 前天 (11-20)


@pytest.mark.parametrize(
    ("q", "day"),
    [
        ("我们今天（12月18号）初级在考，明天考中级的学生还能补打准考证不", "（12月19日）可以"),
        ("今天 (12月18号) 明天考中级的学生还能打准考证不", "（12月19日）可以"),
    ],
)
def test_a_day_stated_in_brackets_after_today_is_today(answerer, q: str, day: str) -> None:
    """「我们今天（12月18号）…」: normalising leaves the brackets a space; the day is still the member's today."""
    reply = ask(answerer, q, CLOCK_39)
    assert day in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "days"),
    [("明后天有考试吗", ("11月23日", "11月24日")), ("今明两天有考试吗", ("11月23日",))],
)
def test_two_days_said_as_one_name_each(answerer, q: str, days: tuple[str, ...]) -> None:
    """明后天 is 明天 and 后天: each is a day asked about."""
    reply = ask(answerer, q, CLOCK_39)
    assert "没有考试" in reply.text and all(d in reply.text for d in days), reply.text


@pytest.mark.parametrize(
    ("q", "verdict"),
    [
        ("QQ群594707098对吗", "不是"),
        ("新同事要进答疑的那个QQ群，号码是594707098不？我看着像", "不是"),
        ("咨询群号是594707089吗", "是的"),
    ],
)
def test_a_value_of_ours_stated_or_a_key_off_says_which_entry_and_is_judged(answerer, q: str, verdict: str) -> None:
    """A long number an answer holds, or one a digit or two off it, is positive evidence of that entry — and judged."""
    reply = ask(answerer, q, CLOCK_39)
    assert reply.entry_id == "qq-group" and reply.text.startswith(verdict) and "594707089" in reply.text, reply.text


def test_a_value_no_answer_holds_is_no_evidence(answerer) -> None:
    reply = ask(answerer, "我家快递单号是594123456吗", CLOCK_39)
    assert reply.kind in TURNED_AWAY, reply.text


@pytest.mark.parametrize(
    "q",
    ["技术负责人那个扫码填报现在还能填不？我怕过了截止日期", "考试系统现在装还来得及吗"],
)
def test_still_in_time_asked_of_a_matter_with_no_day_is_yes_within_its_bound(answerer, q: str) -> None:
    """及时, 在考试前: no day — it can still be done (and the statement of worry after it asks nothing)."""
    reply = ask(answerer, q, CLOCK_39)
    assert reply.text.startswith("可以，通知里没有给这项定具体日期"), reply.text
    assert "已经截止" not in reply.text and "考生报名" not in reply.text, reply.text


def test_still_in_time_of_a_matter_the_notice_does_not_cover_is_not_yes(answerer) -> None:
    reply = ask(answerer, "缺考的学生后面还能补考不", CLOCK_39)
    assert not reply.text.startswith("可以"), reply.text


def test_after_the_season_no_yes_for_a_matter_bound_by_the_exam(answerer) -> None:
    reply = ask(answerer, "考试系统现在装还来得及吗", datetime(2021, 12, 22, 10, 0))
    assert not reply.text.startswith("可以"), reply.text


def test_a_clause_that_only_says_where_a_count_starts_is_how_the_other_is_put(answerer) -> None:
    reply = ask(answerer, "从今天算，平台上编排考场的功能还得等几天才开？", CLOCK_39)
    assert reply.entry_id == "room-arrangement" and "9 天" in reply.text and "26 天" not in reply.text, reply.text


@pytest.mark.parametrize("q", ["高级上午那门几点交卷", "今天12月20号礼拜一，高级上午那门几点交卷？"])
def test_a_time_asked_of_a_sitting_takes_new_words_as_its_event(answerer, q: str) -> None:
    """A level of ours with its half-day or paper, asked a time: 交卷 is a new word for the paper's end."""
    reply = ask(answerer, q, CLOCK_39)
    assert reply.entry_id == "exam-schedule" and "10:30" in reply.text, reply.text


@pytest.mark.parametrize("q", ["初级护师上午几点考", "初级会计师考试上午几点开始"])
def test_a_level_before_a_noun_new_to_us_is_that_nouns_grade(answerer, q: str) -> None:
    reply = ask(answerer, q, CLOCK_39)
    assert reply.kind in TURNED_AWAY, reply.text


def test_one_clause_asks_which_levels_another_asks_of_a_level_it_names(answerer) -> None:
    reply = ask(answerer, "周末那两天分别考哪两个级别？高级也在周末不", CLOCK_39)
    assert "初级" in reply.text and "中级" in reply.text and "不是。高级" in reply.text, reply.text


def test_papers_lengths_compared_say_by_how_much(answerer) -> None:
    reply = ask(answerer, "实操比理论多考多长时间啊？", CLOCK_39)
    assert "实操考试比理论考试多 1小时（60分钟）" in reply.text, reply.text


def test_a_whole_seasons_end_counts_to_the_last_level_in_weeks_when_asked(answerer) -> None:
    reply = ask(answerer, "整个考核全部考完离现在还有几个礼拜？", CLOCK_39)
    assert "离高级考试" in reply.text and "28 天（正好 4 周）" in reply.text, reply.text
    weeks = ask(answerer, "初级离现在还有几周", CLOCK_39)
    assert "26 天（3 周多）" in weeks.text, weeks.text


def test_a_day_named_with_what_was_due_then_is_its_own_question(answerer) -> None:
    reply = ask(answerer, "昨天礼拜天没看群消息，前天那天是不是有啥截止了？", CLOCK_39)
    assert reply.entry_id == "timeline" and "考生报名" in reply.text and "考核站点申报" in reply.text, reply.text


def test_a_term_of_ours_after_a_claimed_time_is_a_thing_of_its_own(answerer) -> None:
    """考试费 (which the dictionary tags a verb) in 「…是不是也得赶在这周交掉」: a second question, not a time claimed."""
    reply = ask(answerer, "周一好，今天12月13号，编排考场是这周三截止吧？考试费是不是也得赶在这周交掉", CLOCK_39)
    assert "考场编排" in reply.text and "缴纳考试费用" in reply.text, reply.text


def test_the_first_matter_of_a_month_asked_is_the_timelines(answerer) -> None:
    reply = ask(answerer, "下个月头一件要办的事是啥", CLOCK_39)
    assert reply.entry_id == "timeline" and reply.text.index("考场编排") < reply.text.index("准考证"), reply.text


def test_a_scope_word_says_how_much_never_whose(answerer) -> None:
    """整个, 全部 (词林 Eb02) before our thing: how much of it."""
    assert answerer.topics.names_another("整个考核全部考完离现在还有几个礼拜") is None


@pytest.mark.parametrize(
    ("q", "now", "said"),
    [
        ("中级考试前一天还能打准考证吗", CLOCK_39, "可以，考试前一天（12月18日）"),
        ("我们中级的学生有几个考试前一天才返校，那天再打准考证还来得及吗？", CLOCK_39, "可以，考试前一天（12月18日）"),
        ("初级开考的头一天是礼拜几？那天娃们还能打初级的准考证不", CLOCK_38, "可以，考试前一天（12月17日）"),
        ("考试后一天还能打准考证吗", CLOCK_39, "不能，考试后一天"),
    ],
)
def test_a_day_counted_from_the_exams_is_the_day_a_window_is_judged_on(answerer, q: str, now: datetime, said: str) -> None:
    """考试前一天, and 那天 pointing back at it: each level's exam day moved, not today."""
    reply = ask(answerer, q, now)
    assert said in reply.text, reply.text


def test_the_act_begun_before_asked_again_of_a_level_is_one_question(answerer) -> None:
    """「准考证是16号开打吧？高级的能打到几号」: 开打 holds 打; the level's window, not the timetable."""
    reply = ask(answerer, "准考证是１６号开打吧？高级的能打到几号", CLOCK_39)
    assert reply.entry_id == "tickets" and "高级准考证打印时间" in reply.text and "12月18日" not in reply.text, reply.text


def test_an_adverb_and_a_verb_the_dictionary_lists_as_a_noun_name_nothing(answerer) -> None:
    """先签 (jieba: a noun) is 先 + 签: how the act is done, not whose 协议."""
    reply = ask(answerer, "站点申报先发备案表还是先签协议", CLOCK_39)
    assert reply.entry_id in ("site-application", "application-email"), reply.text


def test_a_time_stated_of_a_sitting_takes_new_words_as_its_time(answerer) -> None:
    """「下午实操到底是一点整还是两点」 after 「中级那天上午九点考理论」: 点整 is how the time is said, the paper's."""
    reply = ask(answerer, "中级那天上午九点考理论，下午实操到底是一点整还是两点啊？", CLOCK_39)
    assert "实操考试 下午 14:00-16:30" in reply.text, reply.text


# ------------------------------------------------------------ session 40 (blind75, blind77, fewshot51)

CLOCK_40 = datetime(2021, 12, 13, 9, 50)  # a Monday: room arrangement open to 12-15, tickets from 12-16


def test_an_act_on_what_is_at_hand_sets_no_subject(answerer) -> None:
    """「刚接手这摊活儿」: 接手 is new to us, but 这摊活儿 points at the work at hand; the QQ group is still ours."""
    reply = ask(answerer, "刚接手这摊活儿，那个QQ工作群号多少来着？想拉新同事进去", CLOCK_40)
    assert reply.entry_id == "qq-group" and "594707089" in reply.text, reply.text


def test_the_weekend_denied_is_the_working_days(answerer) -> None:
    reply = ask(answerer, "仨级别里头哪个不在周末考？那天学生还有课", CLOCK_40)
    assert "高级" in reply.text and "初级" not in reply.text and "中级" not in reply.text, reply.text
    reply = ask(answerer, "三场考试里只有一场落在工作日吧？是哪一级", CLOCK_40)
    assert "高级" in reply.text and "12月18日" not in reply.text, reply.text


def test_a_length_claimed_within_a_day_is_not_whether_it_is_over(answerer) -> None:
    reply = ask(answerer, "每个级别是一天之内理论实操都考完，还是分两天考？", CLOCK_40)
    assert "同一天" in reply.text and "还没有考完" not in reply.text, reply.text


def test_whether_it_may_be_done_later_is_its_windows_status(answerer) -> None:
    """「明天再报行不行」: 再 … 行不行 asks whether the window still holds then: 可以, for that day."""
    reply = ask(answerer, "今儿11月19号礼拜五，班上还有俩学生犹豫着没报名，明天再报行不行？", CLOCK_40)
    assert reply.text.startswith("明天（11月20日）可以"), reply.text


def test_a_clause_naming_nothing_keeps_the_entry_the_one_before_asked(answerer) -> None:
    """「编排考场还能调整不？截到哪天，从今儿算还剩几天」: the days left are the arrangement's, not the exams'."""
    reply = ask(answerer, "早上好各位，编排考场这两天还能在平台上调整不？截到哪天，从今儿算还剩几天", CLOCK_40)
    assert "离截止还有 2 天" in reply.text and "考试日期" not in reply.text, reply.text


def test_the_next_term_is_another_season(answerer) -> None:
    reply = ask(answerer, "教务处让报下学期编排考场的需求，截止哪天来着？", CLOCK_40)
    assert reply.kind in TURNED_AWAY and "12月15日" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("months", "term"),
    [({11, 12}, {2, 3, 4, 5, 6, 7}), ({12, 1}, {2, 3, 4, 5, 6, 7}), ({4, 5, 6}, {9, 10, 11, 12, 1})],
)
def test_the_next_term_follows_the_notices_own(months, term) -> None:
    """下学期 is the spring term's months for an autumn notice, and the autumn term's for a spring one."""
    from bot.answer import next_term

    assert next_term(months) == term


def test_that_week_is_the_week_the_clause_before_named(answerer) -> None:
    reply = ask(answerer, "下下周想请几天假回老家，那周还有啥要办的吗？", CLOCK_40)
    assert reply.entry_id == "timeline" and reply.text.startswith("下下周（12月27日至1月2日）没有"), reply.text


def test_a_weekday_sitting_with_its_half_day_is_ours_whatever_verb(answerer) -> None:
    """「礼拜天那场上午几点开门考」: 开门 is new, but 礼拜天那场上午 is 中级's morning paper."""
    reply = ask(answerer, "礼拜天那场上午几点开门考？我得提前去开机房", CLOCK_40)
    assert "9:00" in reply.text and "中级" in reply.text and "初级" not in reply.text, reply.text


def test_that_day_after_a_day_named_is_that_day(answerer) -> None:
    reply = ask(answerer, "准考证下礼拜一当天还能打不", CLOCK_40)
    assert "12月20日只有高级可以" in reply.text, reply.text


def test_a_yes_about_a_staff_entry_is_never_invented(answerer) -> None:
    """An entry staff added says nothing of what may still be done: no 「可以，通知里没有给这项定具体日期」 before it."""
    from tools.bench_fewshot import _answerer

    FaqEntry = type(answerer.knowledge.faq.faqs[0])
    added = FaqEntry(
        id="marathon-closure",
        questions=["马拉松封路进不了学校", "考试那天有马拉松比赛"],
        answer="冬天不少城市办马拉松，赛道沿线一早就交通管制。考前查清管制公告，让送考车辆提前出发。",
    )
    staff = _answerer(answerer.knowledge, [*answerer.knowledge.faq.faqs, added])
    reply = staff.answer("有考生想考完去跑马拉松，能提前交卷吗", now=CLOCK_40)
    assert not reply.text.startswith("可以"), reply.text


@pytest.mark.parametrize(
    ("q", "verdict"),
    [
        ("京津冀三地我们都有合作校，是不是得分别找三个老师？", "不是，北京、天津、河北都是同一位业务联系人。"),
        ("云贵川是不是三位老师", "不是，云南、贵州、四川一共有 2 位业务联系人。"),
        ("海南经贸职业技术学院，海南是不是跟广东一样两位老师都能找？", "不是，海南只有 1 位业务联系人。"),
    ],
)
def test_a_count_of_people_claimed_is_answered_first(answerer, q: str, verdict: str) -> None:
    """How many people to go to (找三个老师, its 老师 normalised away), or any of a count (两位老师都能找) of a place
    likened to another (跟广东一样): the count is judged first, once, and the place likened is not carded."""
    text = ask(answerer, q, CLOCK_40).text
    assert text.startswith(verdict) and text.count("不是") == 1 and "王吉庆" not in text, text


def test_context_about_the_asker_is_not_gathered_into_a_claim(answerer) -> None:
    text = ask(answerer, "我们是广东的学校，林贺老师也管海南吧", CLOCK_40).text
    assert text.startswith("是的") and "王吉庆" not in text, text


def test_a_value_a_key_off_is_corrected_whichever_way_it_is_asked(answerer) -> None:
    """「我抄的号码是594707080，是不是抄错了」: 不是 would read as "you did not copy it wrong"; the value is said wrong."""
    reply = ask(answerer, "考核站点的QQ工作群，我抄的号码是594707080，搜不到，是不是抄错了？", CLOCK_40)
    assert reply.text.startswith("594707080不对，正确的是594707089"), reply.text
    reply = ask(answerer, "申报材料是发sale@zhonghui.vip吧", CLOCK_40)
    assert "sale@zhonghui.vip不对，正确的是sales@zhonghui.vip" in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("编排考场是今天才开放的吧？我刚看到系统里能点了", "不是，12月1日就开始了"),
        ("编排考场是12月1号开始的吗", "是的，12月1日开始"),
    ],
)
def test_a_day_claimed_as_a_windows_first_is_judged(answerer, q: str, lead: str) -> None:
    reply = ask(answerer, q, CLOCK_40)
    assert reply.text.startswith(lead), reply.text


def test_the_days_since_a_window_closed_said_as_its_gate(answerer) -> None:
    """关口子 is a window's end said in the group's words: the days since it closed are counted."""
    reply = ask(answerer, "考核站点申报关口子到今天已经过了几天啦？有个新建的学院还想挤进来", CLOCK_40)
    assert "已经截止 23 天了" in reply.text, reply.text


def test_the_gap_between_a_levels_papers_is_a_time_of_that_sitting(answerer) -> None:
    """「初级理论跟实操中间歇多久」: jieba cuts 间歇, new to us, but the gap of a level's two papers is asked."""
    reply = ask(answerer, "初级理论跟实操中间歇多久？中午学生能回宿舍歇会儿不", CLOCK_40)
    assert "中间相隔 3个半小时" in reply.text, reply.text


def test_a_tag_asking_whether_it_holds_is_no_subject(answerer) -> None:
    understood = answerer._clause("真的假的")
    assert understood.other is None


def test_a_weekday_claimed_for_a_windows_end_is_told_its_own(answerer) -> None:
    reply = ask(answerer, "今天１１月８号周一，学生报名是下周五截止吧？", CLOCK_40)
    assert reply.text.startswith("不是") and "11月20日是星期六" in reply.text, reply.text


def test_a_day_asked_to_be_in_time_by_is_the_thing_befores(answerer) -> None:
    """「考务负责人的联系方式我们还没报，下礼拜二之前报上还来得及不」: the day is the filing's, not another window's."""
    reply = ask(answerer, "今天11月26日，考务负责人的联系方式我们还没报，下礼拜二之前报上还来得及不？离截止还有几天", CLOCK_40)
    assert reply.entry_id == "contact-filing" and "11月20日截止" not in reply.text, reply.text
    assert reply.text.startswith("11月30日可以"), reply.text


def test_another_ones_group_named_by_a_verb_stays_another_ones(answerer) -> None:
    """迎新QQ群: a verb before a kind that is no verb itself (群) still says whose; 开门考's 考 is a verb."""
    reply = ask(answerer, "学院迎新QQ群群号多少呀？有家长想进", CLOCK_40)
    assert "594707089" not in reply.text, reply.text


@pytest.mark.parametrize("q", ["编排考场的功能现在平台上能用了没？要是还没开，下周几开？", "编排考场下周几开", "编排考场下礼拜哪天开放"])
def test_the_day_a_window_opens_asked_within_a_week_is_its_first(answerer, q: str) -> None:
    """开 (开放, 开通) after the word asking when is the opening: its weekday, in the week's words; 下周 framing the
    day asked is no week claimed for doing it (no 「可以」 before a window not open yet)."""
    text = ask(answerer, q, datetime(2021, 11, 25, 14, 30)).text
    assert "12月1日是星期三，下周三" in text and not text.startswith("可以"), text


def test_what_the_asker_does_is_why_they_ask_not_another_subject(answerer) -> None:
    """「明后两天我出差」: a verb whose subject is the asker is their circumstance; the matters falling due are asked."""
    text = ask(answerer, "明后两天我出差，平台上有啥到期的事儿不？别给我耽误了", datetime(2021, 11, 25, 14, 30)).text
    assert "11月30日" in text and "没有要截止" in text, text


@pytest.mark.parametrize("who", ["领导让我算算", "主任让我算算", "院长问"])
def test_who_asks_for_the_days_left_is_no_thing_of_their_own(answerer, who: str) -> None:
    """「…领导让我算算还有几天」: a person (词林 A, ranks too) and the verb of the days left name nothing new; the days
    are left to the window the clause before asked of, not to the exams."""
    q = f"今天１１月８号，考核站点的申报是这周六到期还是下周六到期啊？{who}还有几天"
    text = ask(answerer, q, datetime(2021, 11, 8, 10, 0)).text
    assert "离截止还有 12 天" in text and "离初级考试" not in text, text


@pytest.mark.parametrize(
    "q", ["高级的准考证最晚哪天打？跟初级截止是一样的不", "高级的准考证最晚哪天打，跟初级一样吗", "初级准考证几号开始打？跟高级的一样吗"]
)
def test_a_level_compared_with_is_the_same_things_at_that_level(answerer, q: str) -> None:
    """「…？跟初级…一样吗」 names a level and no thing: the thing before, at both levels, compared (not 初级's exams,
    not another window)."""
    text = ask(answerer, q, datetime(2021, 11, 25, 14, 30)).text
    assert "考生报名" not in text and "理论考试" not in text, text
    if "开始" in q:
        assert text.startswith("一样") and "12月16日" in text, text
    else:
        assert text.startswith("不一样") and "12月18日" in text and "12月20日" in text, text


@pytest.mark.parametrize(
    ("q", "day"),
    [
        ("我这儿日历上是11月22号", date(2021, 11, 22)),
        ("我这儿12月2号", date(2021, 12, 2)),
        ("我们这边是12月2号", date(2021, 12, 2)),
        # (a day of the notice's, or of an event, is no day said to be today)
        ("通知上是12月18号", None),
        ("我们这边12月18号考", None),
    ],
)
def test_the_day_it_is_where_the_asker_is_is_today(q: str, day: date | None) -> None:
    """「我这儿（日历上）是11月22号」: a clause that only says the day it is where the asker is states today."""
    from bot.understand import stated_today

    assert stated_today(normalize(q), year=2021, now=date(2021, 11, 25))[0] == day


def test_a_day_stated_where_the_asker_is_counts_the_days_left(answerer) -> None:
    text = ask(answerer, "我这儿日历上是11月22号，考务负责人的联系方式还剩几天截止", datetime(2021, 11, 25, 14, 30)).text
    assert "8 天" in text, text


def test_a_pro_verb_never_stands_for_a_verbal_noun_that_says_which_thing(answerer) -> None:
    """「考试软件得我们自个儿部署吗？…哪天前弄好」: 考试 before 软件 says which software; 弄 is not 考."""
    meant = answerer._pro_verb_meant("有没有规定哪天前弄好", "机房的考试软件得我们技术自个儿部署")
    assert "考试好" not in meant, meant
    assert answerer._pro_verb_meant("还能弄吗", "考场还没排完") == "还能排吗"


@pytest.mark.parametrize("q", ["站点申报截止多久了", "考核站点申报截止几天了", "站点申报截止有多长时间了"])
def test_how_long_since_a_window_closed_is_counted_in_days(answerer, q: str) -> None:
    """多久 / 多长时间 of a window's end gone by, in no unit, is counted in days as 几天 is."""
    text = ask(answerer, q, datetime(2021, 11, 25, 14, 30)).text
    assert "已经截止 5 天了" in text, text


CLOCK_42 = datetime(2021, 11, 23, 15, 40)  # a Tuesday: the 考务 contact form open to 11-30, arrangement from 12-01


@pytest.mark.parametrize(
    "message",
    [
        # a clause about the asker between (「我下礼拜去考」) still lends the other subject the first clause named
        "驾照科目一是机考吧？我下礼拜去考，抱名费多少",
        # a meeting named by its kind inside the last word (总结会) is the topic of the clause after
        "下周二的1+X证书试点工作总结会，每个专业都得交材料吗",
        # a word of ours said before as another's (教学成果奖申报), named again (申报书)
        "省教育厅教学成果奖申报截止是哪天？申报书要盖学校公章不",
    ],
)
def test_a_later_clause_about_the_other_subject_before_is_not_ours(answerer, message: str) -> None:
    reply = ask(answerer, message, CLOCK_42)
    assert reply.kind in TURNED_AWAY and not re.search(r"\d+月\d+日|sales@|陈海燕", reply.text), reply.text


def test_a_later_clause_of_ours_after_another_subject_is_still_answered(answerer) -> None:
    reply = ask(answerer, "今年教学成果奖申报结束了，咱们Python考核的站点申报截止是哪天", CLOCK_42)
    assert "11月20日" in reply.text, reply.text


def test_an_idiom_of_time_before_an_exam_word_names_no_other_exam(answerer) -> None:
    """一天到晚 (词林 Eb24, how long) before 考试 says when, not whose exam: the clause is no other subject."""
    from bot.text import normalize

    assert answerer.topics.names_another(normalize("学生一天到晚考试不合格，咋办")) is None
    assert answerer.topics.names_another(normalize("计算机二级考试不合格，咋办")) is not None


def test_two_dated_claims_listed_with_a_pause_mark_are_each_judged(answerer) -> None:
    """「考务负责人是后天截止、编排考场大后天开，没记错吧」: 、 between two things each on a day of its own lists two
    claims; 没记错吧 only asks to confirm them (no subject of its own), and the days count from the day stated."""
    reply = ask(answerer, "礼拜天在家加班，今天11月28号。我理解考务负责人是后天截止、编排考场大后天开，没记错吧？", CLOCK_42)
    assert reply.text.startswith("是的") and "不是" not in reply.text and "记错" not in reply.text, reply.text
    assert "12月1日" in reply.text and "11月30日" in reply.text, reply.text


@pytest.mark.parametrize("message", ["周六、周日分别考啥", "初级、中级分别是哪天"])
def test_days_or_levels_listed_stay_one_question(message: str) -> None:
    from bot.understand import clauses

    assert len(clauses(message)) == 1, clauses(message)


def test_a_weekday_offered_in_two_weeks_is_answered_by_its_week(answerer) -> None:
    reply = ask(answerer, "考务负责人联系方式截止那天，算这周二还是下周二？", CLOCK_42)
    assert reply.text.startswith("是下周二（11月30日）截止") and "不是" not in reply.text, reply.text


def test_two_days_offered_after_a_statement_are_still_chosen_between(answerer) -> None:
    reply = ask(answerer, "我们还有两个考场没编完，编排截止是明天还是后天啊", datetime(2021, 12, 14, 10, 0))
    assert reply.text.startswith("是明天（12月15日）截止"), reply.text


def test_not_yet_open_claimed_of_the_thing_named_before_is_judged(answerer) -> None:
    """「有学生说准考证打不出来，是不是还没开放」: a yes/no naming nothing asks of the tickets the clause before named."""
    reply = ask(answerer, "有学生说准考证打不出来，是不是还没开放？", datetime(2021, 12, 17, 10, 0))
    assert reply.text.startswith("不是，已经开始了"), reply.text
    before = ask(answerer, "编排考场是不是还没开始", CLOCK_42)
    assert before.text.startswith("是的，还没开始"), before.text


def test_today_claimed_as_the_day_it_must_be_done_by_is_judged(answerer) -> None:
    reply = ask(answerer, "考务负责人那个联系方式是不是今天就得报完？", CLOCK_42)
    assert reply.text.startswith("不是"), reply.text


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("考务负责人联系方式离截止还有7天吧", "是的"),
        ("考务负责人联系方式离截止还有一个礼拜吧", "是的"),
        ("初级离现在是不是还有一个来月？学生说还早着呢", "不是，不到一个来月"),
        ("离初级考试还有3天吧", "不是"),
        ("离初级考试还有25天对吧", "是的"),
    ],
)
def test_a_count_of_days_left_claimed_is_judged(answerer, message: str, lead: str) -> None:
    reply = ask(answerer, message, CLOCK_42)
    assert reply.text.startswith(lead), reply.text


@pytest.mark.parametrize(
    ("message", "lead"),
    [("高级那天是不是工作日？有学生在企业实习得提前请假", "是的"), ("中级是周末吧", "是的"), ("高级是周末吧", "不是")],
)
def test_a_kind_of_day_claimed_is_judged_on_each_day_given(answerer, message: str, lead: str) -> None:
    """工作日 and 周末 are sets of weekdays: the claim holds when every day the answer gives is one of them."""
    reply = ask(answerer, message, CLOCK_42)
    assert reply.text.startswith(lead), reply.text


@pytest.mark.parametrize(
    ("message", "lead"), [("中级跟高级是一天考完吗", "不是同一天"), ("初级是一天考完吗", "是的")]
)
def test_done_within_one_day_compares_the_days(answerer, message: str, lead: str) -> None:
    reply = ask(answerer, message, CLOCK_42)
    assert reply.text.startswith(lead), reply.text


def test_a_sitting_pinned_by_its_day_half_day_and_place_is_ours_whatever_is_asked(answerer) -> None:
    """「礼拜一早晨头一场是啥科目」: 头一场 points at one sitting (as 那场 does); which subject it is, the timetable's."""
    reply = ask(answerer, "礼拜一早晨头一场是啥科目？", CLOCK_42)
    assert reply.entry_id == "exam-schedule" and "高级" in reply.text and "理论" in reply.text, reply.text
    assert "实操" not in reply.text and "初级" not in reply.text, reply.text


def test_the_week_of_a_date_is_a_week_and_those_days_point_back_at_it(answerer) -> None:
    """「12月6号那一周」 is the week that day falls in; 「那几天」, past a clause between, is that week; and what the asker
    does then (我带队去参赛) is why they ask, no subject the question is about."""
    reply = ask(answerer, "12月6号那一周我带队去省里参赛，整周不在，那几天有要到期的事吗", CLOCK_42)
    assert reply.entry_id == "timeline" and "12月6日至12月12日" in reply.text and "12月15日" in reply.text, reply.text


def test_a_colon_between_words_ends_a_clause_not_a_time() -> None:
    from bot.understand import clauses

    assert clauses("班主任想发个倒计时：准考证开打那天离今天差多少天") == ["班主任想发个倒计时", "准考证开打那天离今天差多少天"]
    assert clauses("实操是１４：００开始吧") == ["实操是14:00开始"]


def test_days_left_to_the_tickets_named_are_the_tickets(answerer) -> None:
    reply = ask(answerer, "班主任想在班群发个倒计时：准考证开打那天离今天差多少天", CLOCK_42)
    assert reply.entry_id == "tickets" and "离开始还有 23 天" in reply.text, reply.text


def test_whether_anyone_sits_the_exam_today_is_the_countdowns(answerer) -> None:
    """「今天有没有站点在考」: the exam verb in progress, asked of a day, is whether that day is an exam day (站点, the
    word of site applications, is only who would sit it)."""
    reply = ask(answerer, "今天有没有站点在考", CLOCK_42)
    assert reply.entry_id == "countdown" and "11月23日没有考试" in reply.text, reply.text


def test_the_day_after_a_level_done_is_counted_from_its_exam(answerer) -> None:
    reply = ask(answerer, "考完初级的第二天上午考哪个？", CLOCK_42)
    assert "考中级" in reply.text, reply.text


def test_days_to_wait_are_counted_beside_the_span_asked(answerer) -> None:
    reply = ask(answerer, "编排考场从今天算还得等几天？整个编排期一共几天", CLOCK_42)
    assert "共 15 天" in reply.text and "离开始还有 8 天" in reply.text, reply.text
    alone = ask(answerer, "编排期一共几天", CLOCK_42)
    assert "离开始" not in alone.text, alone.text


@pytest.mark.parametrize(("message", "lead"), [("编排考场一共１５天对吧？从哪天排到哪天", "是的"), ("编排考场一共14天对吧", "不是")])
def test_a_span_of_days_claimed_is_judged_on_the_days_counted(answerer, message: str, lead: str) -> None:
    reply = ask(answerer, message, CLOCK_42)
    assert reply.text.startswith(lead) and "共 15 天" in reply.text and "离开始" not in reply.text, reply.text


def test_whether_a_day_said_before_clashes_with_the_exam_is_judged(answerer) -> None:
    reply = ask(answerer, "高级班有学生下个月20号想请假回家，跟高级考试撞不撞？离现在还有几天", CLOCK_42)
    assert reply.text.startswith("会冲突") and "27 天" in reply.text, reply.text


def test_what_a_paper_of_ours_is_said_to_be_is_asked_of_it(answerer) -> None:
    """「实操是现场上机敲代码，还是交纸质报告」: words new to us said of our paper (its subject, before 是) describe it;
    the clause opening on 还是 offers another answer to the same question."""
    reply = ask(answerer, "实操是现场上机敲代码，还是交纸质报告？", CLOCK_42)
    assert reply.kind == "faq" and "机考" in reply.text, reply.text


def test_an_amount_asked_of_a_thing_new_to_us_is_said_not_in_the_notice(answerer) -> None:
    """「监考老师的劳务费一场给多少」: 多少 asked last, of 劳务费 said before it; no entry gives it."""
    reply = ask(answerer, "监考老师的劳务费一场给多少啊？", CLOCK_42)
    assert "没有写到「劳务费」" in reply.text, reply.text


def test_how_long_asked_after_the_sitting_described_is_its_total(answerer) -> None:
    """「一个学生同一天上午理论下午实操，两场加起来…一共坐多久」: how long, asked naming nothing, of the papers just said;
    the total beside the day compared."""
    reply = ask(answerer, "一个学生同一天上午理论下午实操，两场加起来在机房里一共坐多久", CLOCK_42)
    assert "4小时" in reply.text and "240分钟" in reply.text, reply.text


def test_a_gap_asked_after_the_papers_named_is_theirs(answerer) -> None:
    """「上午理论一交卷到下午开考，中间能给我们留多长」: 多长 asks, names no thing; the gap between the papers said."""
    reply = ask(answerer, "实操开考前机房要重启，上午理论一交卷到下午开考，中间能给我们留多长", CLOCK_42)
    assert "210分钟" in reply.text, reply.text


def test_a_periods_matters_asked_in_one_clause_of_two_are_the_timelines(answerer) -> None:
    reply = ask(answerer, "这个月还剩一个礼拜，月底前我们站点还有啥要交？12月份又有哪些事", CLOCK_42)
    assert reply.entry_id == "timeline" and "考务负责人" in reply.text and "11月30日" in reply.text, reply.text
    assert "12月份" in reply.text and "sales@" not in reply.text, reply.text


def test_two_weekdays_said_together_are_the_days_pointed_back_at(answerer) -> None:
    reply = ask(answerer, "我礼拜四礼拜五去外地培训，这两天平台上有啥要截止的事不？别给我误了", CLOCK_42)
    assert reply.entry_id == "timeline" and "11月25日至11月26日" in reply.text and "没有" in reply.text, reply.text
    assert "11月30日" in reply.text, reply.text


def test_weeks_offered_then_days_left_ask_of_the_deadline_before(answerer) -> None:
    """「…截止那天，算下周二还是下下周二？离现在几天」 on a stated Sunday: the days offered are answers for the deadline
    named before, not days of their own; counted from the day stated."""
    reply = ask(answerer, "今儿11月21号。考务负责人联系方式截止那天，算下周二还是下下周二？离现在几天", CLOCK_42)
    assert reply.text.startswith("是下下周二（11月30日）截止") and "还有 9 天" in reply.text, reply.text
    assert "没有考试" not in reply.text, reply.text


def test_the_week_of_a_day_that_does_not_exist_is_no_week(answerer) -> None:
    reply = ask(answerer, "2月30号那一周有啥事", CLOCK_42)
    assert "2月30" not in reply.text, reply.text


_PROVINCIAL = ("雷鹏", "杨德明", "宋菊", "李雯", "陈淑", "项露琪", "赵江", "丁熙丽", "贾昕旸", "张孙慧", "蓝海鹏", "郁晓东", "梁眉", "林贺", "王吉庆")


@pytest.mark.parametrize(
    ("q", "people"),
    [
        ("内蒙古科技大学托我问一声，包头离山西大同就一步远，找雷鹏老师对接应该可以吧", {"郁晓东"}),
        ("澳门有所学校想报，澳门跟广东挨着，找林贺老师就行吧", set()),
        ("六安职业技术学院想报，六安是不是陕西西安那一带，找杨德明老师吧", {"项露琪"}),
        ("九江学院要报站点，九江听着像九寨沟，是对接西南的宋菊老师吗", {"梁眉"}),
    ],
)
def test_a_place_said_as_near_like_or_around_the_asked_one_is_not_carded(answerer, q: str, people: set[str]) -> None:
    """A place the asked one is said to be a step from (离X就一步远), beside (跟X挨着) or guessed to be around (是不是X
    那一带), said with its city too (山西大同), is the asker's model; and a person described by the region they handle
    (对接西南的) is the person claimed. The claim is judged on the asked place; the model's people are not carded (a
    wrong extra person)."""
    reply = ask(answerer, q, datetime(2021, 11, 27, 10, 50))
    assert reply.text.startswith("不是") and {p for p in _PROVINCIAL if p in reply.text} == people, reply.text


CLOCK_43 = datetime(2021, 11, 27, 10, 50)  # a Saturday morning; the 考务 contact form is due on 11-30 (Tuesday)


@pytest.mark.parametrize(
    ("q", "span"),
    [
        ("最近三天有什么要办的", "11月27日至11月29日"),
        ("这两天平台上有啥要截止的不", "11月27日至11月28日"),
        ("后天大后天，这两天有啥到期的不", "11月29日至11月30日"),
        ("明天礼拜天后天礼拜一，这两天有啥到期的不？想安心歇个周末", "11月28日至11月29日"),
    ],
)
def test_days_counted_from_today_are_a_period_whose_matters_are_asked(answerer, q: str, span: str) -> None:
    """这两天, 最近三天: today and the days after it; or the days named one after another before it. What falls due
    in them (有啥到期的不: asked with its A-not-A tail) is the timeline's, with the next deadline when none does."""
    reply = ask(answerer, q, CLOCK_43)
    assert reply.entry_id == "timeline" and span in reply.text and "11月30日" in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "said"),
    [("下周有没有要掐着点办的", "考场编排"), ("中级考试那天学生得调课吗？还有几天", "22 天"), ("下下周有没有要掐着日子办的？", "考场编排")],
)
def test_an_act_or_manner_new_to_us_said_of_a_thing_of_ours_is_no_other_subject(answerer, q: str, said: str) -> None:
    """掐着点 (how it is done), 调课 (what the asker must do): a word new to us that names no thing, in a clause about a
    period's matters or a level's exam day, does not make the question about something else."""
    reply = ask(answerer, q, CLOCK_43)
    assert reply.kind == "faq" and said in reply.text, reply.text


def test_a_name_before_an_aspect_particle_is_an_act(answerer) -> None:
    """「教务科换人了」: 换人, a name to the dictionary, takes 了: an act the asker tells, not another's subject."""
    reply = ask(answerer, "教务科换人了，工作群号多少", CLOCK_43)
    assert "594707089" in reply.text, reply.text


def test_a_day_that_holds_no_exam_says_no_level_for_its_clause(answerer) -> None:
    """「今天12月16日，准考证今天就能打了吧？初级的学生是后天考对吧」: today holds no exam, so the level the later
    clause names is the level the tickets are asked of too; the other levels' last days are not given."""
    reply = ask(answerer, "今天12月16日，准考证今天就能打了吧？初级的学生是后天考对吧", CLOCK_43)
    assert "12月18日" in reply.text and "12月19日" not in reply.text and "12月20日" not in reply.text, reply.text


@pytest.mark.parametrize(("q", "verdict"), [("离初级开考还剩多少天？是不是正好三个礼拜", "是的"), ("离中级考试还有几天？是不是刚好三个礼拜", "不是")])
def test_days_left_claimed_as_exactly_a_count_are_judged(answerer, q: str, verdict: str) -> None:
    """正好/刚好 N个礼拜: a count of days left claimed exactly (21 days to 初级, 22 to 中级 on 11-27)."""
    reply = ask(answerer, q, CLOCK_43)
    assert reply.text.startswith(verdict), reply.text


@pytest.mark.parametrize("q", ["十一月眼看到头了，本月里咱考点还差哪样材料没报？", "这个月还有啥没交的"])
def test_which_matters_are_not_done_yet_is_a_periods_matters(answerer, q: str) -> None:
    """哪样…没报, 啥没交: what is not done yet in a period named is the period's matters."""
    reply = ask(answerer, q, CLOCK_43)
    assert reply.entry_id == "timeline" and "考务负责人" in reply.text and "11月30日" in reply.text, reply.text


def test_a_weekday_said_with_a_level_is_that_levels_day_not_the_day_before(answerer) -> None:
    """「准考证明天能打了吧？中级的学生是礼拜天考对吧」: 明天 is a Sunday too, yet 礼拜天 said with 中级 is 中级's
    exam day (12-19), which the claim is judged on."""
    reply = ask(answerer, "准考证明天能打了吧？中级的学生是礼拜天考对吧", CLOCK_43)
    assert "是的。中级" in reply.text and "不是。中级" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "verdict", "people"),
    [("海南是不是两个老师管", "不是", {"林贺"}), ("广东是不是两个老师管", "是的", {"林贺", "王吉庆"}), ("海南是不是两位老师一起管", "不是", {"林贺"})],
)
def test_a_count_of_people_doing_the_duty_is_a_contact_question(answerer, q: str, verdict: str, people: set[str]) -> None:
    """「海南是不是两个老师管」: a count of people said to handle a place (管, 一起管) is judged on the table and the
    place's people carded; it was refused."""
    reply = ask(answerer, q, CLOCK_43)
    assert reply.text.startswith(verdict) and {p for p in _PROVINCIAL if p in reply.text} == people, reply.text


@pytest.mark.parametrize(("q", "day"), [("三个级别里，最后考的那一级是礼拜几考？", "12月20日"), ("最早考的是哪个级别", "12月18日")])
def test_a_level_named_by_its_place_among_the_exam_days(answerer, q: str, day: str) -> None:
    """最后考的那一级, 最早考的是哪个级别: the level whose exam day comes last (or first), and only its day."""
    reply = ask(answerer, q, CLOCK_43)
    assert day in reply.text and sum(d in reply.text for d in EXAM_DATES) == 1, reply.text


def test_the_arrangements_said_by_themselves_are_a_periods_matters(answerer) -> None:
    """「下个月都有哪些安排，帮我从头到尾捋一遍」: 哪些安排 of a period is its matters (not only the exams)."""
    reply = ask(answerer, "下个月都有哪些安排，帮我从头到尾捋一遍", CLOCK_43)
    assert reply.entry_id == "timeline" and "考场编排" in reply.text and "12月16日" in reply.text, reply.text


@pytest.mark.parametrize("q", ["会计初级职称是机考吧", "初级职称什么时候考", "中级会计师几号考"])
def test_a_level_said_inside_another_things_grade_is_not_ours(answerer, q: str) -> None:
    """初级职称, 中级会计师: a level said as one word with a noun new to us is that thing's grade; the question is
    about it, and none of our exam facts is given (a fact leaked on a negative)."""
    reply = ask(answerer, q, CLOCK_43)
    assert reply.kind in TURNED_AWAY and not any(d in reply.text for d in EXAM_DATES) and "机考" not in reply.text, reply.text


def test_a_verb_and_its_negation_before_a_clause_that_asks_on_is_a_yes_no(answerer) -> None:
    """「是下周二截止不？离今天几天」: V不, the second verb left out, asks yes or no, though the count asked after it
    joins the two; the claim (下周二, from the stated 11-22) is judged."""
    reply = ask(answerer, "今天11月22号，考务负责人联系方式是下周二截止不？离今天几天", CLOCK_43)
    assert reply.text.startswith("是的") and "8 天" in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("站点申报是上礼拜六截的吧？我们备案表还压在手里没发，这会儿补发还赶趟不", "是的，11月20日就已经截止了，现在不能了"),
        ("编排是12月15号截止的吧？现在还能编吗", "是的，12月15日截止，现在还不能"),
    ],
)
def test_a_day_claimed_as_the_deadline_beside_now_is_judged_then_now_answered(answerer, q: str, lead: str) -> None:
    """The day said with 截的/截止的 is the deadline claimed (judged), and the yes/no asked with 这会儿/现在 is about
    today, not about that day (「11月20日可以」 read the claim as a day offered)."""
    reply = ask(answerer, q, CLOCK_43)
    assert reply.text.startswith(lead), reply.text


@pytest.mark.parametrize("q", ["15号16号这两天有啥到期的", "2月30号31号这两天有啥要办的", "下礼拜三礼拜四这两天有事吗"])
def test_days_ahead_with_days_said_without_a_month_or_none_such(answerer, q: str) -> None:
    """这两天 beside days said with no month (15号) or no such day (2月30号): answered, never an error."""
    reply = ask(answerer, q, CLOCK_43)
    assert reply.text and reply.kind in ("faq", "clarify", "fallback", "offtopic"), reply.text


@pytest.mark.parametrize(
    ("q", "verdict"),
    [("理论是纸笔考吗", "不是"), ("理论能不能改成纸笔考", "不是"), ("实操也是机考吗", "是的"), ("中级实操也是上机考吗", "是的")],
)
def test_a_way_of_examining_claimed_is_judged_on_the_answers(answerer, q: str, verdict: str) -> None:
    """纸笔考, 机考: a way of examining claimed (a word ending in 考 or 试) is judged on the way the answer says."""
    reply = ask(answerer, q, CLOCK_43)
    assert reply.text.startswith(verdict) and "机考" in reply.text, reply.text


CLOCK_44 = datetime(2021, 11, 19, 16, 10)  # a Friday afternoon; applications and registration close tomorrow (11-20)


@pytest.mark.parametrize(
    ("q", "said"),
    [
        ("11月8号礼拜一，备案表刚盖完章，离申报考核站点的最后一天还剩多少天", "12 天"),
        ("12月6号周一，编排考场还剩几天截止", "9 天"),
        ("周日在考点值班，12月19号，高级准考证这会儿打行不行", "可以"),
    ],
)
def test_a_clause_of_only_a_date_and_its_own_weekday_says_what_day_it_is(answerer, q: str, said: str) -> None:
    """A clause that is only a date with the weekday it falls on (or only a date after a clause that names that
    weekday) is the member saying what day it is: counts and verdicts are from it, not from the clock."""
    reply = ask(answerer, q, CLOCK_44)
    assert said in reply.text, reply.text


@pytest.mark.parametrize("q", ["12月18号，初级考什么", "12月18号周五，考什么", "12月18号周六，12月19号考中级吗"])
def test_a_date_without_its_own_weekday_or_beside_other_dates_is_asked_about(answerer, q: str) -> None:
    """A date alone, with a weekday not its own, or one of several days said is a day asked about, not today."""
    reply = ask(answerer, q, CLOCK_44)
    assert ("12月18日" in reply.text or "12月19日" in reply.text) and "今天" not in reply.text, reply.text


def test_todays_weekday_in_a_statement_and_a_past_day_beside_today_asked(answerer) -> None:
    """「周日在家赶材料」 on a Sunday says what day it is (no 中级 exam asked); 昨天 in 「昨天没顾上发」 is when it was not
    done, and 今儿 in the question is the day judged."""
    reply = ask(answerer, "周日在家赶材料，今天11月21号，备案表昨天没顾上发，今儿补发到sales邮箱还算数不", CLOCK_44)
    assert reply.text.startswith("不能了") and "12月19日" not in reply.text, reply.text


def test_a_weekday_greeted_is_no_day_asked(answerer) -> None:
    """「周三好」 greets; the 周三 is no day claimed for the deadline asked after it."""
    reply = ask(answerer, "周三好，今儿11月24日，考务负责人联系方式是不是下个礼拜二截止，还剩几天", CLOCK_44)
    assert reply.text.startswith("是的") and "6 天" in reply.text, reply.text


@pytest.mark.parametrize("q", ["财务说考试费想拖到下礼拜四再交，赶趟不", "领导问考试费下礼拜四交来得及吗"])
def test_who_said_it_is_no_subject_of_the_question(answerer, q: str) -> None:
    """A noun before a verb of telling or asking (词林 Hi12A, Hi15A, Hi18A) is who said it; what they said is asked."""
    reply = ask(answerer, q, CLOCK_44)
    assert reply.entry_id == "fees", reply.text


@pytest.mark.parametrize("q", ["领导说期末考试几号开始", "财务说发票什么时候开"])
def test_what_another_said_of_another_thing_is_still_not_ours(answerer, q: str) -> None:
    reply = ask(answerer, q, CLOCK_44)
    assert reply.kind in TURNED_AWAY and not any(d in reply.text for d in EXAM_DATES), reply.text


@pytest.mark.parametrize("q", ["高级准考证现在打行不行", "高级准考证这会儿打可以吗"])
def test_now_then_a_verb_then_may_i_asks_where_today_stands(answerer, q: str) -> None:
    reply = ask(answerer, q, datetime(2021, 12, 19, 10, 0))
    assert reply.text.startswith("可以"), reply.text


@pytest.mark.parametrize(
    "q",
    ["校内技能节Python编程比赛在哪个机房？是下午两点开始吗", "教研室俩老师报了软考中级系统集成，他们准考证哪天能打？"],
)
def test_a_clause_after_anothers_event_asks_of_it_by_half_day_or_their_thing(answerer, q: str) -> None:
    """下午 narrows any event's time, and 他们的准考证 is the people's of the clause before: both still ask about the other
    subject that clause named, so no fact of ours is given."""
    reply = ask(answerer, q, CLOCK_44)
    assert reply.kind in TURNED_AWAY and not any(d in reply.text for d in EXAM_DATES), reply.text


def test_a_half_day_after_our_own_level_still_narrows_our_exam(answerer) -> None:
    reply = ask(answerer, "初级是周六吧？是下午两点开始吗", CLOCK_44)
    assert reply.text.startswith("是的") and "14:00" in reply.text, reply.text


@pytest.mark.parametrize(("q", "said"), [("理论考试时长多少分钟？初级、中级、高级都一样吗", "理论考试时间相同"), ("实操几点开始？初级中级高级一样吗", "实操考试时间相同")])
def test_levels_compared_in_a_clause_of_their_own_are_compared_on_the_paper_before(answerer, q: str, said: str) -> None:
    reply = ask(answerer, q, CLOCK_44)
    assert said in reply.text, reply.text


def test_a_count_of_days_for_an_act_of_ours_is_not_lent_to_the_statement_before(answerer) -> None:
    """「写周报要用，报名从开始到今天一共过去多少天了」: the count names 报名 (an act of ours, a verb to the tagger), so
    it is not joined to the statement about 周报 before it."""
    reply = ask(answerer, "写周报要用，报名从开始到今天一共过去多少天了？", CLOCK_44)
    assert reply.entry_id == "registration-window" and "10月20日" in reply.text, reply.text


@pytest.mark.parametrize("q", ["1+X平台上眼下能先把考场排起来不", "现在能先把考场排起来吗"])
def test_now_may_i_asks_where_today_stands_against_a_window(answerer, q: str) -> None:
    """眼下/现在 (先) 能…: whether one can now asks where today stands, so a window's entry, not the exam venue."""
    reply = ask(answerer, q, CLOCK_44)
    assert reply.entry_id == "room-arrangement" and reply.text.startswith("还不能"), reply.text


def test_the_earliest_one_may_asks_the_first_day(answerer) -> None:
    """「还要等几天才能打？是下礼拜几」: 才能 asks the earliest day one may, so the weekday said is the first day's."""
    reply = ask(answerer, "今天12月9日，学生准考证还要等几天才能打？是下礼拜几", CLOCK_44)
    assert "12月16日是星期四，下周四" in reply.text, reply.text


def test_a_body_that_tells_announces_its_own_affairs(answerer) -> None:
    """「教务处说下周开考务培训会」: an office that tells is no reporter of our facts (财务说 is); its meeting's room is
    its own affair."""
    reply = ask(answerer, "教务处说下周开考务培训会，会议室定在几楼了？", datetime(2021, 11, 29, 10, 30))
    assert reply.kind in TURNED_AWAY, reply.text


@pytest.mark.parametrize("q", ["周四下午困得不行，谁来聊两句提提神", "周一考的那个级别，下午那科考到几点"])
def test_a_weekday_on_the_clocks_own_day_is_not_taken_for_today(answerer, q: str) -> None:
    """Only a day the member states makes its weekday today; by the clock alone a weekday is a day spoken of."""
    reply = ask(answerer, q, datetime(2021, 11, 25, 14, 30) if "周四" in q else datetime(2021, 11, 15, 10, 5))
    assert ("周四" in q and reply.kind in TURNED_AWAY) or ("16:30" in reply.text and "高级" in reply.text), reply.text


def test_a_count_after_a_statement_about_our_thing_counts_to_it(answerer) -> None:
    """「学生天天追着问准烤证，离能打印还差多少天」: the count is to the tickets the statement named (typed 准烤证)."""
    reply = ask(answerer, "学生天天追着问准烤证，离能打印还差多少天？", datetime(2021, 11, 22, 10, 15))
    assert reply.entry_id == "tickets" and "24 天" in reply.text, reply.text


@pytest.mark.parametrize("q", ["学生自己在网上报名算数吗", "有个学生说他自个儿在网上已经报好了，这样算数吗"])
def test_whether_a_thing_done_counts_names_no_other_subject(answerer, q: str) -> None:
    """算数, 作数 (a noun to the tagger) only ask whether what was done counts: never a subject of another's."""
    reply = ask(answerer, q, CLOCK_44)
    assert reply.kind != "offtopic", reply.text


def test_a_description_far_nearer_the_asking_clauses_second_entry_decides(answerer) -> None:
    """「烤漆间排风一开冲鼻子的油漆气，闻着头晕，能让汽车学院停一天吗」 with fewshot55's entries: the asking clause barely
    tells two entries apart, and the clause describing the matter is far nearer its second: the message is about that
    one (it was answered with the other)."""
    import yaml

    from tools.bench_fewshot import _answerer

    FaqEntry = type(answerer.knowledge.faq.faqs[0])
    spec = yaml.safe_load((Path(__file__).parents[1] / "eval" / "fewshot55.yaml").read_text(encoding="utf-8"))
    added = [FaqEntry(id=e["id"], questions=e["questions"], answer=e["answer"]) for e in spec["entries"]]
    staff = _answerer(answerer.knowledge, [*answerer.knowledge.faq.faqs, *added])
    reply = staff.answer("烤漆间排风一开冲鼻子的油漆气，闻着头晕，能让汽车学院停一天吗", now=CLOCK_44)
    assert reply.entry_id == "auto-body-spray-booth", reply.text


@pytest.mark.parametrize("q", ["哈喽，周末愉快，下周一要交啥不", "下礼拜二得报些啥"])
def test_what_is_to_be_handed_in_on_a_day_named_is_that_days_matters(answerer, q: str) -> None:
    """要交啥, 得报些啥 on a day named asks that day's matters (the timeline), not the days to the exams."""
    reply = ask(answerer, q, CLOCK_44)
    assert reply.entry_id == "timeline" and "考务负责人" in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "lead", "left"),
    [
        ("今儿11月24日，报考务负责人电话的截止日，是不是落在下个礼拜二？还剩几天", "是的", "6 天"),
        ("考务负责人电话的截止日是不是下周二？还剩几天", "不是", "11 天"),
    ],
)
def test_a_day_claimed_in_a_joined_yes_no_is_the_things_before(answerer, q: str, lead: str, left: str) -> None:
    """「…截止日，是不是落在下个礼拜二？还剩几天」: the day said in the yes/no is claimed for the deadline the clause
    before named (judged), and the days left are that deadline's, not a count to the day claimed."""
    reply = ask(answerer, q, CLOCK_44)
    assert reply.text.startswith(lead) and left in reply.text and "没有考试" not in reply.text, reply.text


# ---------------------------------------------------------------- classes found on session 45's blind86

CLOCK_45 = datetime(2021, 12, 17, 9, 10)


@pytest.mark.parametrize(("q", "asks"), [("几百人一起过街车又快", False), ("十几个学生没带证", False), ("有几个学生没报", True)])
def test_a_few_said_with_a_power_of_ten_is_no_question_word(q: str, asks: bool) -> None:
    """几百, 十几 say a number (several hundred, ten-odd); 几个 alone still asks how many."""
    from bot.understand import INTERROGATIVE

    assert bool(INTERROGATIVE.search(q)) is asks


def test_a_matter_described_with_de_is_asked_not_announced(answerer) -> None:
    """「那几天有要到期的事吗」: a matter described (…的事) is what is asked about, no "I have a question" opener."""
    reply = ask(answerer, "12月6号那一周我带队去省里参赛，整周不在，那几天有要到期的事吗", datetime(2021, 11, 23, 15, 40))
    assert reply.entry_id == "timeline", reply.text


def test_places_whose_schools_ask_are_the_places_the_question_is_about(answerer) -> None:
    """「福州跟抚州各有学校问，…是不是都归福建的赵江老师」: a clause saying the schools of places ask names who the
    yes/no is about: 抚州 (江西) is not 赵江's."""
    reply = ask(answerer, "福州跟抚州各有学校问，俩地名一个音，是不是都归福建的赵江老师", CLOCK_45)
    assert reply.text.startswith("不是") and "梁眉" in reply.text and "赵江" in reply.text, reply.text


def test_where_someone_asked_is_no_other_group(answerer) -> None:
    """「家长群里问中级那场离今天还有几天」: the parents' group is where it was asked; the countdown is what is asked."""
    reply = ask(answerer, "家长群里问中级那场离今天还有几天，我咋回", CLOCK_45)
    assert reply.entry_id == "countdown" and "2 天" in reply.text and "12月19日" in reply.text, reply.text


@pytest.mark.parametrize("q", ["高级是礼拜二考吧？离现在几天", "高级是下个月考吧？离现在几天"])
def test_a_wrong_day_claimed_is_denied_and_the_days_left_still_given(answerer, q: str) -> None:
    """A level's day claimed wrongly, with the days left asked too: no, when it is, and how many days are left."""
    reply = ask(answerer, q, CLOCK_45)
    assert reply.text.startswith("不是") and "还有 3 天" in reply.text, reply.text


def test_days_left_for_a_windows_thing_are_the_windows(answerer) -> None:
    """「学生报名还有几天能报」: the days are counted to registration's close, not to the exams."""
    reply = ask(answerer, "学生报名还有几天能报", datetime(2021, 11, 12, 10, 0))
    assert reply.entry_id == "registration-window" and "8 天" in reply.text, reply.text


@pytest.mark.parametrize("q", ["新开的教研室ＱＱ群，群号多少来着？我要拉２个新同事", "教研室的QQ群号多少"])
def test_an_offices_own_group_is_not_ours(answerer, q: str) -> None:
    """A group or number an office (教研室) has is its own, not our QQ group."""
    reply = ask(answerer, q, CLOCK_45)
    assert "594707089" not in reply.text, reply.text


@pytest.mark.parametrize(
    "q", ["教研室有同事报了教师资格证面试，面试的准考证啥时候能打？", "全国计算机等级考试二级Python，我们学校能不能申请当考点？"]
)
def test_a_clause_after_another_exam_goes_on_about_it(answerer, q: str) -> None:
    """The other exam's own word said again (面试), or a clause that is only another exam's name, sets what follows."""
    reply = ask(answerer, q, CLOCK_45)
    assert reply.kind in TURNED_AWAY, reply.text


def test_a_whole_day_over_asks_the_papers_total_whatever_idiom_says_how(answerer) -> None:
    """「一天下来…实打实要考几个钟头」: over a whole day is a total (both papers summed); an idiom before the verb (实打实)
    says how, no new thing asked of."""
    reply = ask(answerer, "理论加实操，一天下来学生实打实要考几个钟头？", CLOCK_45)
    assert "240分钟" in reply.text and "实打实" not in reply.text, reply.text


def test_what_the_member_states_of_one_level_is_context_for_the_others_asked(answerer) -> None:
    """「初级明天考，那中级、高级分别排在礼拜几」: the statement about 初级 is what the member knows; the other levels' days
    are what is asked (it was answered 「是的。初级…」 alone)."""
    reply = ask(answerer, "今儿礼拜五，初级明天考，那中级、高级分别排在礼拜几？", CLOCK_45)
    assert "星期日" in reply.text and "星期一" in reply.text and not reply.text.startswith("是的"), reply.text


CLOCK_46 = datetime(2021, 11, 21, 14, 30)


@pytest.mark.parametrize(
    "q",
    [
        "全国职业院校技能大塞软件测试赛项，省赛报名截止了没？",  # 大塞: 大赛 misspelt by its sound
        "全国职业院校技能大赛软件测试赛项，省赛的实操啥时候考？",  # the contest named by its kind alone (大赛)
        "省级精品在线开放课程项目申报，备案表在哪下载？",  # a kind (项目) and the act done for it (申报)
        "全国职业院校技能大赛报名，备案表要交吗",
        "我爱人考中级会计职称，今年也是机考吗？几号考",  # 职称: a professional title's exam is a kind of its own
    ],
)
def test_another_contest_project_or_title_named_first_is_what_follows_asks_of(answerer, q: str) -> None:
    """A clause naming another's contest, project or professional title (a kind of subject, even misspelt by sound, or
    a kind followed by the act done for it) sets what the question after it is about: no fact of ours."""
    reply = ask(answerer, q, CLOCK_46)
    assert reply.kind in TURNED_AWAY, reply.text


def test_a_way_asked_for_is_a_question_word_not_a_thing_of_ours(answerer) -> None:
    """「有啥办法没」: 办法 asks how (our answers use it, 退费办法, but it names nothing of ours): no 考务 contacts offered
    for a barking dog."""
    reply = ask(answerer, "我家狗老是半夜叫，有啥办法没", CLOCK_46)
    assert reply.kind == "offtopic", reply.text


def test_a_persons_other_role_said_of_them_lists_no_one_else(answerer) -> None:
    """「黄超老师不是搞考试系统技术的吗，咋也管宁夏」: the role is said of the person named (搞, a verb of duty); the
    other technical contacts are not listed beside him (a wrong extra person is the worst error)."""
    reply = ask(answerer, "宁夏职业技术学院问对接人，黄超老师不是搞考试系统技术的吗，咋也管宁夏？", CLOCK_46)
    assert "黄超" in reply.text and "张全伟" not in reply.text and "侯仕平" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "now", "ran", "left"),
    [
        # this hour of the exam day, asked the day before it (the member's clock 14:30): every level's 实操 alike
        ("我看了下表现在两点半，要是搁考试当天这个钟点，实操那场已经进行多久了？再过多久收卷", CLOCK_46, "30分钟", "2小时"),
        # that hour two days ago, the level named
        ("拿现在这个钟点说，前天同一时刻中级那场理论已经考了几分钟了？", datetime(2021, 12, 21, 10, 20), "80分钟", "10分钟"),
        # on the exam day itself, no other day said
        ("理论考试开考多久了", datetime(2021, 12, 19, 10, 20), "80分钟", "10分钟"),
    ],
)
def test_how_long_a_paper_has_run_at_an_hour_is_counted_on_its_timetable(
    answerer, q: str, now: datetime, ran: str, left: str
) -> None:
    """How long a paper has run, and how long is left, at the hour asked: on its own day, or at this same hour of the
    day asked of (这个钟点, 同一时刻)."""
    reply = ask(answerer, q, now)
    assert f"已经考了{ran}" in reply.text or f"（{ran}）" in reply.text.split("收卷")[0], reply.text
    assert left in reply.text.split("收卷")[-1], reply.text


@pytest.mark.parametrize(
    ("q", "now", "level"),
    [
        ("刚翻日历算了下，中级是不是正好四个礼拜后的今天？也是礼拜天考吧", CLOCK_46, "中级"),  # 11-21 + 28 days
        ("3天后有考试吗", datetime(2021, 12, 15, 14, 30), "初级"),
        ("今天起两周后考哪个级别", datetime(2021, 12, 5, 10, 0), "中级"),  # 12-05 + 14 days
    ],
)
def test_a_day_counted_in_days_or_weeks_from_today_is_that_date(answerer, q: str, now: datetime, level: str) -> None:
    """「四个礼拜后的今天」「3天后」「今天起两周后」: that many days (or weeks) on from today is the day asked about."""
    reply = ask(answerer, q, now)
    others = {"初级", "中级", "高级"} - {level}
    assert level in reply.text and not any(o in reply.text for o in others), reply.text
    assert not reply.text.startswith("不是"), reply.text


def test_a_count_of_days_after_another_event_is_no_day_from_today(answerer) -> None:
    """「截止3天后」 counts from the deadline, 「3天考完」 is a length: no day named from today."""
    for q in ("报名截止3天后还能改吗", "3天考完吗", "两天都考吗"):
        assert not understand(q, answerer.vocabulary, year=2021, now=date(2021, 12, 6)).days, q


@pytest.mark.parametrize(
    ("q", "now", "lead", "verdict"),
    [
        ("昨天礼拜六是报名最后一天吧？今天有个班主任还想给娃补报，还行不？", CLOCK_46, "是的", "现在不能了"),
        ("明天是报名最后一天吧？今天补报还行不？", datetime(2021, 11, 19, 14, 30), "是的", "现在还来得及"),
    ],
)
def test_a_last_day_claimed_is_judged_and_today_said_elsewhere_is_when_one_asks(
    answerer, q: str, now: datetime, lead: str, verdict: str
) -> None:
    """The day claimed as a window's last is judged; today, said in another clause (「今天有个班主任还想补报」), is when
    the member asks whether it can still be done — not on the day claimed."""
    reply = ask(answerer, q, now)
    assert reply.text.startswith(lead) and verdict in reply.text, reply.text


def test_a_week_that_runs_past_the_close_is_in_time_up_to_the_close(answerer) -> None:
    """「这礼拜之内发出去，还来得及不」 on a Wednesday, the window closing that Saturday: yes, before the close."""
    reply = ask(answerer, "今天11月17日周三，备案表这礼拜之内发出去，还来得及不？", CLOCK_46)
    assert reply.text.startswith("来得及") and "11月20日" in reply.text, reply.text


@pytest.mark.parametrize(("q", "lead", "length"), [("理论考试是两个钟头吧？", "不是", "90分钟"), ("实操是两个半小时吧", "是的", "150分钟")])
def test_a_length_claimed_is_judged_with_the_real_length(answerer, q: str, lead: str, length: str) -> None:
    """A paper's length claimed (两个钟头): yes or no, and the length it really is."""
    reply = ask(answerer, q, CLOCK_46)
    assert reply.text.startswith(lead) and length in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "has", "lacks"),
    [
        ("上周到这周截止的都有啥？我写周报要用", "考生报名", "填报考务负责人"),  # two weeks joined by 到, all their days
        ("这周截止的都有啥", "考生报名", "填报考务负责人"),  # on a Sunday: Saturday's deadlines are this week's
        ("这周还有啥要截止的", "填报考务负责人", "考生报名（"),  # still to close: from today on, none; the next one
    ],
)
def test_what_closes_in_a_period_is_asked_of_all_its_days_unless_still_ahead(answerer, q: str, has: str, lacks: str) -> None:
    """Matters described only by what they do (截止的都有啥) are the timeline's; a period joined to another by 到 runs from
    the first one's start to the second's end."""
    reply = ask(answerer, q, CLOCK_46)
    assert reply.entry_id == "timeline" and has in reply.text and lacks not in reply.text, reply.text


def _staff(answerer, name: str):
    import yaml

    from tools.bench_fewshot import _answerer

    FaqEntry = type(answerer.knowledge.faq.faqs[0])
    spec = yaml.safe_load((Path(__file__).parents[1] / "eval" / name).read_text(encoding="utf-8"))
    added = [FaqEntry(id=e["id"], questions=e["questions"], answer=e["answer"]) for e in spec["entries"]]
    return _answerer(answerer.knowledge, [*answerer.knowledge.faq.faqs, *added])


@pytest.mark.parametrize(
    ("q", "entry"),
    [
        ("校门外运蔗拖拉机排成一条长龙，早高峰寸步难行", "sugar-mill-cane-trucks"),  # 外运: jieba's cut, no subject
        ("家属区空地上拿柏树枝谷壳炕香肠，呛得人直咳嗽", "cured-meat-smoking"),  # 家属区's 空地: where, in new words
    ],
)
def test_a_thing_said_in_new_words_reaches_the_staff_entry_standing_clear(answerer, q: str, entry: str) -> None:
    """A few-sample entry staff added, STAFF_CLEAR_LEAD ahead of every other, is asked about whatever new words modify
    the thing it names — unless they name another subject of a kind (an exam, a meeting, a project)."""
    reply = _staff(answerer, "fewshot57.yaml").answer(q, now=CLOCK_46)
    assert reply.entry_id == entry, reply.text


@pytest.mark.parametrize(
    ("text", "kind"),
    [("期末考试的机房能借吗", True), ("教研会的签到表在哪", True), ("校门外运蔗拖拉机排成一条长龙", False)],
)
def test_another_subject_of_a_kind_is_told_from_a_thing_in_new_words(answerer, text: str, kind: bool) -> None:
    assert answerer._names_another_kind(normalize(text)) is kind


def test_the_exams_span_asked_of_the_countdown_is_how_long_they_last(answerer) -> None:
    """「考试前后跨几天」: how many days the exams span (first to last), not how far off the first one is."""
    reply = ask(answerer, "考试前后跨几天", datetime(2021, 12, 17, 9, 10))
    assert "共 3 天" in reply.text and "还有 1 天" not in reply.text, reply.text


CLOCK_47 = datetime(2021, 11, 16, 15, 20)  # a Tuesday afternoon: registration and applications open until 11-20


def test_a_clause_that_only_says_todays_weekday_names_no_day_asked(answerer) -> None:
    """「周二了，今天12月7日…离那天还有几天」: 周二了 only says what day it is (the 了 of a state reached); 那天 is the
    deadline asked before it, not today."""
    reply = ask(answerer, "周二了，今天12月7日，考试费最迟哪天交？离那天还有几天", CLOCK_47)
    assert reply.entry_id == "fees" and "还有 8 天" in reply.text and "没有考试" not in reply.text, reply.text


@pytest.mark.parametrize("q", ["初级那场考完到今天几天了", "初级考完几天了", "离初级考试过去几天了"])
def test_the_days_since_a_past_exam_are_counted(answerer, q: str) -> None:
    """The days gone since a level's exam, asked after it: counted (12-18 to 12-21 is 3), and 到今天 is where the count
    ends, no day claimed for the exam."""
    reply = ask(answerer, q, datetime(2021, 12, 21, 10, 0))
    assert re.search(r"(?<!\d)3 天", reply.text) and not reply.text.startswith("不是"), reply.text


def test_a_person_named_and_then_claimed_for_a_place_is_judged_once(answerer) -> None:
    """「对接人是张孙慧老师没错吧？我记得她管山东」: the clause naming her is the claim the next clause makes; she covers
    河南, so the reply is no and 山东's person — her card would be a wrong extra person."""
    reply = ask(answerer, "山东一所高职托我问，对接人是张孙慧老师没错吧？我记得她管山东", CLOCK_47)
    assert reply.text.startswith("不是") and "贾昕旸" in reply.text, reply.text
    assert "15966325037" not in reply.text and "zhangsunhui" not in reply.text, reply.text


@pytest.mark.parametrize(("number", "lead"), [("17858620886", "是的"), ("17858620887", "不是")])
def test_a_clause_that_only_confirms_makes_the_number_before_it_a_claim(answerer, number: str, lead: str) -> None:
    """「…蓝海鹏老师手机17858620886，这个号对吧」: 这个号对吧 asks whether the number said before is right, after a
    school's clause too."""
    reply = ask(answerer, f"石家庄职业技术学院明天要跟省里对接，蓝海鹏老师手机{number}，这个号对吧？", CLOCK_47)
    assert lead in reply.text, reply.text


@pytest.mark.parametrize(
    "q", ["明天后天我要去外地开会，这两天有啥截止的吗？", "我要去省城参加培训，这周还有啥要截止的没"]
)
def test_where_the_asker_goes_and_what_they_do_there_is_context(answerer, q: str) -> None:
    """「我要去外地开会」: the place the asker goes to and what they do there are why they ask (the words are new to us,
    yet name nothing asked about); the question is what falls due."""
    reply = ask(answerer, q, CLOCK_47)
    assert reply.kind not in TURNED_AWAY and "11月20日" in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "ours"),
    [
        ("1+X云计算平台运维与开发证书的考试费一个人多少钱？在哪交", False),
        ("我们还报了1+X网店运营推广的证书，那个证的理论考试几号", False),
        ("1+X证书的考试费交给谁", True),
        ("1+X Python程序开发证书考试费多少", True),
        ("1+X中级证书理论考试几点", True),
    ],
)
def test_another_certificate_of_the_programme_is_told_by_its_name(answerer, q: str, ours: bool) -> None:
    """A programme's certificate named by a name ours does not bear (云计算平台运维与开发, 网店运营推广) is another
    certificate, though 平台 and 开发 are words of ours; the programme alone, our name or a level is ours."""
    reply = ask(answerer, q, CLOCK_47)
    assert (reply.kind not in TURNED_AWAY) is ours, reply.text


def test_a_count_after_a_demonstrative_asks_none(answerer) -> None:
    """那几个娃: 几 after 那 is "those few", no count asked; the clause asks whether tickets print on the exam day."""
    reply = ask(answerer, "高级那几个娃准考证能拖到考试当天再打不？", CLOCK_47)
    assert reply.text.startswith("可以") and "12月20日" in reply.text, reply.text


def test_the_time_between_the_papers_asked_in_a_clause_of_its_own(answerer) -> None:
    """「…，中间隔多久」: jieba reads 间隔 as a noun; it is the time between, asked of the papers the clause before named."""
    reply = ask(answerer, "初级理论考完到实操开始，中间隔多久？", CLOCK_47)
    assert "210分钟" in reply.text, reply.text


@pytest.mark.parametrize(("q", "lead"), [("中级实操是不是跟理论一样也考90分钟？", "不是"), ("理论是不是跟实操一样考90分钟？", "是的")])
def test_a_length_claimed_with_the_other_paper_likened_is_judged_on_the_first(answerer, q: str, lead: str) -> None:
    """跟理论一样 names the measure: the length is claimed of the paper said first (实操 150 minutes, 理论 90)."""
    assert ask(answerer, q, CLOCK_47).text.startswith(lead), ask(answerer, q, CLOCK_47).text


def test_exactly_a_month_is_to_the_same_day_of_the_next_month(answerer) -> None:
    """正好一个月 from 11-16 is 12-16; 中级 on 12-19 is 33 days off: not exactly a month."""
    reply = ask(answerer, "中级那场距今天还差几天？是不是正好１个月", CLOCK_47)
    assert reply.text.startswith("不是") and "33 天" in reply.text, reply.text


@pytest.mark.parametrize(("q", "gone"), [("学生报名开始到今天过去多少天了", True), ("报名到今天算第几天了", False)])
def test_days_gone_since_a_window_opened_come_with_todays_ordinal(answerer, q: str, gone: bool) -> None:
    """Asked how many days have gone: 27 (10-20 to 11-16) and today's ordinal, 第 28 天; asked which day: the ordinal."""
    text = ask(answerer, q, CLOCK_47).text
    assert "第 28 天" in text and ("已经过去 27 天" in text) is gone, text


@pytest.mark.parametrize(
    ("q", "refused"),
    [
        ("学院实训基地建设项目的申报书，２５号前交给谁？", True),
        ("学生名单都齐了，这礼拜之内能不能把考场排上？", False),  # a statement, not a topic named
    ],
)
def test_a_clause_that_only_names_anothers_thing_is_the_next_clauses_topic(answerer, q: str, refused: bool) -> None:
    """「…建设项目的申报书」 names another's thing and says nothing of it: 「25号前交给谁」 asks of it, not of our fee."""
    reply = ask(answerer, q, CLOCK_47)
    assert (reply.kind in TURNED_AWAY) is refused, reply.text


@pytest.mark.parametrize(
    ("q", "lead", "person", "number"),
    [
        ("梁眉老师手机尾号7485，湖北的号，她是不是也管湖南？", "不是", "李雯", "15386417485"),
        ("湖南的李老师是不是就是梁眉老师？我存的号尾号是7485", "不是", "李雯", "15386417485"),
        ("侯仕平老师的手机是183开头，他是不是管四川站点的", "不是", "雷鹏", "18382082006"),
    ],
)
def test_part_of_a_number_said_of_the_person_a_yes_no_is_about_is_the_askers_reason(
    answerer, q: str, lead: str, person: str, number: str
) -> None:
    """A number's first or last digits (X开头, 尾号) said of a person named, beside a clause asking yes or no about a
    place, say why the member takes that person so: the claim is judged, the number is neither confirmed nor carded."""
    text = ask(answerer, q).text
    assert text.startswith(lead) and person in text and number not in text, text


@pytest.mark.parametrize(("q", "owner"), [("028开头的座机是谁的", "陈海燕"), ("尾号6370那位老师，是不是管广东的", "林贺")])
def test_part_of_a_number_asked_of_still_names_its_owner(answerer, q: str, owner: str) -> None:
    """Asked whose it is, or standing for the person a yes/no asks of, the part still names the number's owner."""
    assert owner in ask(answerer, q).text


@pytest.mark.parametrize(
    ("q", "lead", "right"),
    [
        ("山东的贾昕旸老师，邮箱是jiaxinyang@zhonghui.com吧", "不是", "jiaxinyang@zhonghui.vip"),
        ("材料要寄给湖南的李雯老师，她邮箱我存的liwen@zhonghui.cn，对不对", "不是", "liwen@zhonghui.vip"),
        ("山东的贾昕旸老师，邮箱是jiaxinyang@zhonghui.vip吧", "是的", "jiaxinyang@zhonghui.vip"),
    ],
)
def test_an_address_claimed_of_a_person_said_with_their_place_is_judged_on_the_address(
    answerer, q: str, lead: str, right: str
) -> None:
    """The place before the person says which person; the yes/no is about the address: another domain is wrong."""
    text = ask(answerer, q).text
    assert text.startswith(lead) and right in text, text


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("河北那边的蓝海鹏老师，手机17858620886，这个号对吧？", "是的"),
        ("河北那边的蓝海鹏老师，手机17858620868，这个号对吧？", "不是"),
        ("湖南对接的李雯老师，邮箱liwen@zhonghui.vip，这个没错吧", "是的"),
    ],
)
def test_a_value_confirmed_in_a_clause_of_its_own_is_judged_with_whose_it_is(answerer, q: str, lead: str) -> None:
    """「这个号对吧」 after a clause that only gives the number, itself after the clause naming whose it is: one yes/no
    over the three, its verdict first."""
    text = ask(answerer, q).text
    assert text.startswith(lead), text


@pytest.mark.parametrize(
    ("q", "says"),
    [
        ("侯仕平老师负责哪个省的站点？", "侯仕平不负责"),
        ("张晋静老师管哪几个省啊，有学校一直找她签协议", "张晋静不负责"),
        ("林贺老师管哪几个省", "负责广东、海南"),
    ],
)
def test_which_places_a_person_covers_is_answered_even_when_none(answerer, q: str, says: str) -> None:
    """Asked which provinces a person covers, one who covers none (考务, technical) is told so, not only carded."""
    assert says in ask(answerer, q).text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("是不是统一月底交", "是不是统一月底交"),
        ("唯一一点要注意", "唯一一点要注意"),
        ("第一点，报名", "第一点，报名"),
        ("十一月底交", "11月底交"),
        ("一月份考吗", "1月份考吗"),
        ("下午一点开考", "下午1点开考"),
    ],
)
def test_a_digit_that_ends_a_word_with_the_character_before_is_that_words(text: str, read: str) -> None:
    """统一 + 月底 is no 统 + 1月底 (January): a numeral the dictionary joins to the character before it stays a word."""
    from bot.understand import arabic_numbers

    assert arabic_numbers(text) == read


@pytest.mark.parametrize(
    "q",
    ["考务负责人的联系方式截到哪天", "考务负责人、技术负责人这两样联系方式，是不是统一月底交？"],
)
def test_a_deadline_asked_of_the_sites_own_contacts_is_the_filing_deadline(answerer, q: str) -> None:
    """The site's contacts said as what is sent, its deadline asked (截到哪天, 月底交): the filing entry, not our cards."""
    text = ask(answerer, q, datetime(2021, 11, 12, 11, 40)).text
    assert "11月30日" in text and "陈海燕" not in text, text


@pytest.mark.parametrize(
    "q", ["初级、中级两拨学生打准考证，最后期限是不是同一天？", "我们有三批学生，准考证哪天开始打", "几拨学生的考试费是一起交吗"]
)
def test_a_number_and_its_measure_names_no_other_subject(answerer, q: str) -> None:
    """两拨, 三批: a count of batches (which jieba may tag a verb) is no thing of another's: the question is answered
    (二级 is no count: another scale's grade, 计算机二级, is still another exam)."""
    assert ask(answerer, q).kind not in TURNED_AWAY
    assert ask(answerer, "计算机二级的准考证哪天打").kind in TURNED_AWAY


@pytest.mark.parametrize(
    ("q", "held"),
    [("12月20号礼拜一那场是中级吧？", "高级"), ("中级是礼拜六考吧", "初级"), ("初级是19号考的吧", "中级")],
)
def test_a_day_claimed_for_a_level_that_holds_another_says_which(answerer, q: str, held: str) -> None:
    """No, when the level sits, and which level the day named holds (said as the member named the day, not by its
    date, which beside another level would read as that level's)."""
    text = ask(answerer, q).text
    assert text.startswith("不是") and f"考的是{held}" in text, text


@pytest.mark.parametrize(
    ("q", "lead", "count"),
    [
        ("今天礼拜五，离初级开考那天正好五个星期整，对吧？", "不是", "36 天"),
        ("离初级考试正好36天吧", "是的", "36 天"),
        ("离初级考试是不是还有一个多月", "是的", "36 天"),
        ("离初级考试是不是还有两个多月", "不是，不到两个月", "36 天"),
    ],
)
def test_a_span_claimed_from_a_day_is_the_count_judged(answerer, q: str, lead: str, count: str) -> None:
    """「离X正好五个星期」: a span claimed from the exam day (离 … N天/周/个月) asks the count of days left, judged
    (一个多月: more than one month, fewer than two); 今天礼拜五 on a Friday only says what today is."""
    text = ask(answerer, q, datetime(2021, 11, 12, 11, 40)).text
    assert text.startswith(lead) and count in text, text


@pytest.mark.parametrize(("q", "day"), [("今天礼拜五，初级是哪天考", "12月18日"), ("今儿周五了，中级几号考", "12月19日")])
def test_today_said_with_its_weekday_names_no_day_asked(answerer, q: str, day: str) -> None:
    """「今天礼拜五，…」 on a Friday says what today is: the weekday is no day asked about, and no exam is denied on it."""
    text = ask(answerer, q, datetime(2021, 11, 12, 11, 40)).text
    assert day in text and not text.startswith("不是"), text


@pytest.mark.parametrize(
    ("q", "now", "says"),
    [
        ("今儿12月2号，编排考场昨天已经开了吧", datetime(2021, 11, 12, 11, 40), "是的，12月1日开始了"),
        ("今天11月30号，编排考场昨天已经开了吧", datetime(2021, 11, 12, 11, 40), "不是，12月1日才开始"),
        ("12月15号还能编排考场吗", datetime(2021, 12, 3, 9, 0), "最后一天"),
        ("下周六再交备案表还来得及吗", datetime(2021, 11, 12, 11, 40), "最后一天"),
    ],
)
def test_a_window_judged_on_a_day_named_says_when_it_opened_or_that_it_is_the_last(
    answerer, q: str, now: datetime, says: str
) -> None:
    """Open by a day gone (昨天已经开了吧): yes when it had begun, no when it began later; the last day named: it can,
    and it is the last."""
    text = ask(answerer, q, now).text
    assert says in text, text


@pytest.mark.parametrize(
    ("q", "now", "says"),
    [
        ("现在十点五十了，要是搁考试当天，这会儿学生在考场吗？离下午开考还有多久", datetime(2021, 11, 8, 10, 50), "190分钟"),
        ("要是换成考试那天，这个点实操开考了没", datetime(2021, 11, 8, 12, 0), "还有2小时"),
        ("假如是考试那天，这个点实操考了多久了", datetime(2021, 11, 8, 15, 0), "已经考了1小时"),
    ],
)
def test_an_exam_day_supposed_at_this_hour_is_read_against_the_timetable(answerer, q: str, now: datetime, says: str) -> None:
    """「要是换成考试那天，这个点…」: the hour now, on an exam day: the paper going and how long is left, or the one ended
    and the next one's start, counted from that hour."""
    text = ask(answerer, q, now).text
    assert says in text, text


@pytest.mark.parametrize("q", ["本周内有没有哪项要到期的？", "下周有没有哪件要交的"])
def test_which_matter_asked_with_a_measure_word_lists_the_periods_matters(answerer, q: str) -> None:
    """哪项, 哪件 ask which matters as 哪些 and 啥 do: the week's matters are listed, not a menu offered."""
    reply = ask(answerer, q, datetime(2021, 11, 12, 11, 40))
    assert reply.entry_id == "timeline" and "11月20日" in reply.text, reply.text


@pytest.mark.parametrize("q", ["初级和中级的考试会不会撞车", "中级跟高级考试时间冲突吗"])
def test_whether_two_levels_clash_is_judged_on_their_days(answerer, q: str) -> None:
    """撞车, 冲突 of two levels asked: they are not on one day, said first."""
    assert ask(answerer, q).text.startswith("不冲突，不是同一天")


@pytest.mark.parametrize("q", ["省教育厅组织的培训是线上还是线下", "人社局组织的考评员培训在哪儿"])
def test_a_body_before_a_verb_of_ours_used_as_a_noun_names_whose_it_is(answerer, q: str) -> None:
    """A body's (教育厅组织的) training is that body's, not ours: 培训 after 的 is a thing, named as another's."""
    assert "中慧" not in ask(answerer, q).text


@pytest.mark.parametrize(
    ("q", "lead"),
    [("考务负责人的联系方式是月底交吧？截止就是30号吧", "是的"), ("考务负责人的联系方式是月底交吧？截止是20号吧", "不是")],
)
def test_a_day_claimed_with_a_tag_in_a_clause_of_its_own_is_the_thing_befores(answerer, q: str, lead: str) -> None:
    """「…？截止就是30号吧」: a day claimed (its 吧 gone once normalised) for the thing the clause before named is that
    thing's deadline, judged, not another window's day."""
    reply = ask(answerer, q, datetime(2021, 11, 12, 11, 40))
    assert reply.entry_id == "contact-filing" and reply.text.startswith(lead), reply.text


def test_a_deadline_without_a_first_day_is_said_by_its_end(answerer) -> None:
    """A window the notice gives only an end (于11月30日前) has no first day to print: not today's date as its start."""
    text = ask(answerer, "考务负责人联系方式11月25号交还来得及吗", datetime(2021, 11, 12, 11, 40)).text
    assert "11月30日截止" in text and "11月12日至" not in text, text


@pytest.mark.parametrize("q", ["中级开考那一天还能打准考证吗", "高级考试那天还能打准考证吗"])
def test_the_exam_day_said_with_natian_is_each_levels_own(answerer, q: str) -> None:
    """开考那一天, 考试那天: the level's own exam day, judged against its printing window, as 考试当天 is."""
    assert ask(answerer, q, datetime(2021, 11, 12, 11, 40)).text.startswith("可以，考试当天还在时间内")


@pytest.mark.parametrize(
    ("q", "refused"),
    [
        ("我们学院1+X试点的年度工作总结，什么时候要交到省教育厅", True),
        ("备案表啥时候要发到邮箱", False),  # where our form goes: still ours
    ],
)
def test_where_a_thing_goes_names_no_thing_of_the_clause_that_only_asks(answerer, q: str, refused: bool) -> None:
    """A noun after 报到, 寄给, 发到 is where or to whom the thing goes, not a thing asked of: the clause asks of the
    thing the clause before named (another's work report), as one naming nothing would."""
    reply = ask(answerer, q, datetime(2021, 11, 12, 11, 40))
    assert (reply.kind in TURNED_AWAY) is refused, reply.text


@pytest.mark.parametrize(
    "q",
    ["学院双高建设项目的申报材料几号截止？科研处还没通知"],
)
def test_a_statement_after_a_question_about_another_subject_says_why(answerer, q: str) -> None:
    """A clause that asks nothing (「科研处还没通知」), after one that asks about another's project or contest, says why
    the member asks, whatever words of ours it holds (通知 as a verb): it gets no fact of ours."""
    reply = ask(answerer, q, datetime(2021, 11, 12, 11, 40))
    assert reply.kind in TURNED_AWAY and "附件" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "lead"),
    [("中级那天离今天正好五周吗", "不是"), ("初级那天离今天是不是刚好五个礼拜", "是的"), ("咱初级考试离今天整整五周吧", "是的")],
)
def test_today_in_a_count_of_days_left_is_where_it_starts(answerer, q: str, lead: str) -> None:
    """「X那天离今天正好五周吗」: 今天 is where the count starts, not a day claimed for the level (no 「11月13日没有考试」);
    the weeks claimed are judged (初级 35 days, 中级 36, 高级 37 from 11-13; five weeks is 35)."""
    reply = ask(answerer, q, datetime(2021, 11, 13, 10, 20))
    assert reply.text.startswith(lead) and "没有考试" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("中级有个学生12月19号才能回学校，那时候再打准考证来得及吗", "12月19日可以"),
        ("高级有俩娃12月21号才从企业回来，到时候打准考证来得及不", "12月21日已经不能了"),
    ],
)
def test_a_clause_pointing_back_at_a_time_asks_of_the_day_said_before(answerer, q: str, lead: str) -> None:
    """「…12月19号才能回学校，那时候再打准考证还行吗」: 那时候 (那会儿, 到时候) is the day the clause before said, for the
    level it named; the window is judged on that day, not on today (11-13, before printing opens)."""
    reply = ask(answerer, q, datetime(2021, 11, 13, 10, 20))
    assert reply.text.startswith(lead), reply.text


@pytest.mark.parametrize(
    ("q", "now", "says"),
    [
        ("学生报名是从哪天起算？离开放还差几天", datetime(2021, 10, 17, 9, 0), "离开始还有 3 天"),
        ("考务负责人信息填报开了几天了？离关门还剩几天", datetime(2021, 11, 25, 9, 0), "离截止还有 5 天"),
    ],
)
def test_a_count_to_where_a_thing_opens_or_closes_counts_to_the_thing_asked_before(
    answerer, q: str, now: datetime, says: str
) -> None:
    """「…哪天开始弄？离开放还差几天」: a count to 开放 or 关门, naming no thing, counts to the bound of the thing the
    question before asked about (编排's opening, printing's close), not to the next exam."""
    text = ask(answerer, q, now).text
    assert says in text and "离初级考试" not in text and "关门" not in text, text


@pytest.mark.parametrize(("q", "level"), [("中及的两门是同一天考吗？分别几点到几点", "中级"), ("初及的两场分别几点开始", "初级")])
def test_a_misspelt_level_is_no_and_to_split_a_respective_question_at(answerer, q: str, level: str) -> None:
    """中及 is 中级 misspelt: its 及 is no "and" (A及B分别…), so the question is the one level's, not every level's."""
    text = ask(answerer, q).text
    others = {"初级", "中级", "高级"} - {level}
    assert level in text and not any(o in text for o in others), text


@pytest.mark.parametrize(
    "q", ["今天11月20号，学生报名今天还能报吗？晚上几点关", "编排考场今天最后一天了吧？几点关闭"]
)
def test_when_a_thing_closes_asked_of_no_thing_is_the_thing_befores(answerer, q: str) -> None:
    """「…还能报吗？晚上几点关」: 几点关 names no thing: it asks when the thing the clause before named closes, by the
    hour, which the notice does not give (a window is kept by the day)."""
    text = ask(answerer, q, datetime(2021, 11, 20, 9, 0) if "11月20" in q else datetime(2021, 12, 15, 9, 0)).text
    assert "没有写具体几点" in text, text


@pytest.mark.parametrize("q", ["初级理论几点开考？中间学生能出去喝水吗", "高级实操几点结束？考试途中能上厕所吗"])
def test_a_yes_no_part_asked_with_ma_about_words_new_to_us_is_said_to_be_beyond_the_notice(answerer, q: str) -> None:
    """A second part asked only by its 吗 (normalising drops it) still asks: the notice does not say, said so."""
    text = ask(answerer, q).text
    assert "通知里没有写到" in text and ":" in text, text


# ---------------------------------------------------------------- classes found on session 50's blind96
MONDAY_50 = datetime(2021, 11, 8, 9, 15)


@pytest.mark.parametrize(
    ("q", "says"),
    [
        ("我们专业主要报中级，中级下午那场实操跟今天隔了几天？想给学生排机房练习", ("41 天", "14:00")),
        ("高级考试那天跟今天隔了正好六个礼拜吗？", ("是的", "42 天")),
    ],
)
def test_a_span_from_today_is_the_days_left_not_whether_it_is_today(answerer, q: str, says: tuple[str, ...]) -> None:
    """「X跟今天隔了几天」: 今天 is one end of the span counted, not a day claimed for the exam (「不是。中级在…」)."""
    text = ask(answerer, q, MONDAY_50).text
    assert all(s in text for s in says) and not text.startswith("不是"), text


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("初级离现在还剩多少天？够不够六个礼拜的复习时间", "不够，差 2 天"),
        ("离高级考试还有几天，留两周准备够吗", "够"),
    ],
)
def test_whether_the_days_left_are_enough_for_a_span_said_is_answered(answerer, q: str, lead: str) -> None:
    """「够不够六个礼拜」: the days left (40) against the span said (42): 不够, by how much — in a clause of its own too."""
    text = ask(answerer, q, MONDAY_50).text
    assert text.startswith(lead) and "还有" in text, text


@pytest.mark.parametrize(
    ("q", "now"),
    [
        ("今天12月10号，财务想知道考试费最迟啥时候打款，是下周还是下个月？", datetime(2021, 12, 10, 9, 0)),
        ("今天12月6日礼拜一，财务问考试费最迟得哪天打过去，这周还是下周？", datetime(2021, 12, 6, 9, 0)),
    ],
)
def test_a_week_or_month_offered_for_a_deadline_is_chosen(answerer, q: str, now: datetime) -> None:
    """Two periods offered for the fee's last day (before tickets print on 12-16): the one it falls in, said so —
    not the exams of the week named."""
    text = ask(answerer, q, now).text
    assert text.startswith("是下周三（12月15日）"), text


def test_a_clause_that_points_back_at_a_statements_time_asks_of_that_time_not_its_subject(answerer) -> None:
    """「学院后天才开动员会，那会儿…还来得及吗？到时候离截止剩几天」: the meeting is the school's own; 那会儿 and 到时候 are
    后天, the day the count starts from."""
    text = ask(answerer, "学院后天才开动员会，那会儿再发动学生报名还来得及吗？到时候离截止剩几天", MONDAY_50).text
    assert "可以" in text and "离截止还有 10 天" in text and "12 天" not in text, text


@pytest.mark.parametrize(
    ("q", "says"),
    [
        ("学校打算大后天才开始动员学生报名，会不会太晚了？", "不晚，11月16日还来得及"),
        ("下周五再报名会不会太晚", "不晚，11月19日还来得及"),
    ],
)
def test_whether_a_day_is_too_late_is_answered_not_read_as_the_windows_first_day(answerer, q: str, says: str) -> None:
    """「大后天才开始动员学生报名，会不会太晚了」: the day is when the asker acts; its 才开始 claims no first day."""
    text = ask(answerer, q, datetime(2021, 11, 13, 10, 20)).text
    assert text.startswith(says), text


def test_contacts_named_with_the_last_day_they_are_sent_by_are_the_filing_not_whom_to_call(answerer) -> None:
    """「考务负责人的联系方式最晚下周几交」: the site's own contacts, sent by a last day asked — the filing's deadline, not
    the 考务 contacts' phones."""
    reply = ask(answerer, "今天11月26日周五，考务负责人的联系方式最晚下周几交？满打满算还有几天", MONDAY_50)
    assert reply.entry_id == "contact-filing" and "下周二" in reply.text and "4 天" in reply.text, reply.text


def test_whether_a_room_is_needed_on_days_the_levels_asked_do_not_sit_is_no(answerer) -> None:
    """「就组织了初级，19号、20号两天机房还用留吗」: 不用 (not 不是), each day named by its date with the level it holds."""
    text = ask(answerer, "我们站点这回就组织了初级，19号、20号两天机房还用留吗？", MONDAY_50).text
    assert text.startswith("不用。初级在") and "12月19日考的是中级" in text and "12月20日考的是高级" in text, text


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("准考正是学校教务处统一打还是考生自己上平台打", "准考证是学校教务处统一打还是考生自己上平台打"), ("离初级考试正好36天", "离初级考试正好36天")],
)
def test_a_typo_whose_last_character_the_cut_gave_to_the_next_word_is_respelt(answerer, typed: str, meant: str) -> None:
    """准考正是 cuts as 准 / 考 / 正是: the word of ours (a staff synonym of 准考证) runs into the next word and is
    respelt; 考试正好 cuts as 考试 / 正好, a word whole before it, and stands."""
    assert answerer._respelt(typed) == meant


@pytest.mark.parametrize(
    ("q", "now"),
    [
        ("十一月份里面还有哪几件事有截止日期？我给教务处列个单子", MONDAY_50),
        ("本月剩下的日子里，咱站点还要盯哪几个截止日？月底我要休假", datetime(2021, 11, 13, 10, 20)),
    ],
)
def test_which_deadlines_fall_in_a_month_is_the_timeline_of_that_month(answerer, q: str, now: datetime) -> None:
    """「还有哪几件事」: a count of matters (几件事, one word to the cut) names nothing new; a clause that only names a period
    frames the matters the next one asks for. Both deadlines left in November, the 20th's and the 30th's."""
    reply = ask(answerer, q, now)
    assert reply.entry_id == "timeline" and "11月20日截止" in reply.text and "11月30日截止" in reply.text, reply.text


@pytest.mark.parametrize("q", ["站点申报要跟哪边签协议？签完一般几天能审批下来", "站点申报审核要几天"])
def test_how_many_days_an_act_takes_is_said_to_be_beyond_the_notice_with_no_count_left(answerer, q: str) -> None:
    """「审核要几天」「几天能审批下来」 ask how long the review takes, which the notice does not give: said so, and no
    count of days left (12 天) that would read as the answer."""
    text = ask(answerer, q, MONDAY_50).text
    assert "没有写明需要几天" in text and "12 天" not in text, text


@pytest.mark.parametrize(
    ("q", "level", "says"),
    [("考试排的最后那天，上午考的是哪门？", "高级", "理论考试 上午 9:00-10:30"), ("考试的第一天考哪个级别", "初级", "12月18日")],
)
def test_an_exam_day_named_by_its_place_in_the_order_is_that_days(answerer, q: str, level: str, says: str) -> None:
    """「最后那天」「第一天」: the exam day by its place in the order (the last: 12-20, 高级), only that day's level."""
    text = ask(answerer, q, MONDAY_50).text
    others = {"初级", "中级", "高级"} - {level}
    assert level in text and says in text and not any(o in text for o in others), text


@pytest.mark.parametrize("q", ["校庆志愿者的培训是线上还是线下？是不是也说另行通知", "学院下周的辅导员培训会是线上开还是去报告厅？"])
def test_a_thing_of_ours_said_to_be_for_other_people_is_theirs(answerer, q: str) -> None:
    """Our text says the training is for 考务(员); 志愿者's or 辅导员's training is another one, however near our sample
    「培训是线上还是线下」 the words come: not our training's date or form."""
    reply = ask(answerer, q, MONDAY_50)
    assert reply.entry_id != "training" and "中慧" not in reply.text, reply.text


def test_our_own_people_trained_still_reach_our_training(answerer) -> None:
    reply = ask(answerer, "考务员培训是线上还是线下", MONDAY_50)
    assert reply.entry_id == "training", reply.text


def test_the_official_one_is_the_matters_own_authority_not_another_body(answerer) -> None:
    """「官方那个工作Q群」: 官方 is the authority of the matter spoken of — ours — not another body whose group it is."""
    reply = ask(answerer, "新来的同事想加官方那个工作Q群，号码发一下呗", datetime(2021, 11, 13, 10, 20))
    assert "594707089" in reply.text, reply.text


def test_a_thing_of_another_programmes_certificate_is_another_subject(answerer) -> None:
    """「1+X云计算平台运维的考核站点申报」: a 1+X programme named by a name ours does not bear, with a thing of its own after
    的, is another certificate's — not our application's window or mailbox."""
    reply = ask(answerer, "信息中心在弄1+X云计算平台运维的考核站点申报，他们的备案表交了没？交到哪个部门了", MONDAY_50)
    assert "sales@" not in reply.text and "11月20日" not in reply.text, reply.text


@pytest.mark.parametrize("q", ["同事下个月考教资面试，面试的考场分配出来没？", "同事下个月考教资面试，面试的准考证啥时候能打"])
def test_a_word_of_another_exam_said_again_keeps_the_question_on_that_exam(answerer, q: str) -> None:
    """「…考教资面试，面试的考场…」: 面试, said after the other exam's name and nothing of ours, said again — that exam's
    rooms and tickets, not our 考场编排 or printing days."""
    reply = ask(answerer, q, MONDAY_50)
    assert reply.entry_id is None and "12月" not in reply.text, reply.text


def test_a_count_to_the_deadline_is_no_question_whether_it_is_over(answerer) -> None:
    """「…已经能弄了吧？到截止还剩几天」: 截止 with the days left to it counts to it; it does not ask whether it has passed
    (「还没有」 to an open window)."""
    text = ask(answerer, "各位周五好，今天12月3号，编排考场现在应该已经能弄了吧？到截止还剩几天", datetime(2021, 12, 3, 10, 0)).text
    assert text.startswith("可以") and "12 天" in text, text


def test_a_bound_said_by_a_weekday_alone_is_its_next_one(answerer) -> None:
    """「初级准考证是不是也能打到礼拜一」 on Friday 12-17: 礼拜一 is 12-20, past 初级's printing (12-18): 不是, the day said as
    the member said it (12-20 beside 初级 would read as its date)."""
    text = ask(answerer, "初级准考证是不是也能打到礼拜一？", datetime(2021, 12, 17, 9, 10)).text
    assert text.startswith("不是，礼拜一已经不能了") and "12月20日" not in text, text


def test_a_period_in_which_nothing_opens_or_closes_says_so(answerer) -> None:
    """「我下下周要出差一整周，那几天…有没有要交的材料」: nothing falls due in 11-22…11-28; the filing stays open through
    it (due 11-30), said as such — not as a thing to hand in that week."""
    text = ask(answerer, "我下下周要出差一整周，那几天咱站点有没有要交的材料？", MONDAY_50).text
    assert "没有要截止或开始的事项" in text and "11月30日截止" in text, text


def test_a_count_to_a_sitting_named_gives_that_sittings_hours(answerer) -> None:
    """「今天11月8号，中级下午那场实操跟今天隔了几天」: the days left, and the hours of the sitting named (实操, 14:00)."""
    text = ask(answerer, "今天11月8号，中级下午那场实操跟今天隔了几天？想给学生排机房练习", MONDAY_50).text
    assert "41 天" in text and "实操考试 14:00-16:30" in text and "9:00" not in text, text


THURSDAY_51 = datetime(2021, 12, 16, 19, 30)


@pytest.mark.parametrize(
    "q",
    ["高级那天理论和实操是不是都在上午考完？", "高级那天两门是不是都在上午考完？"],
)
def test_a_half_day_claimed_of_every_paper_is_judged_on_all_of_them(answerer, q: str) -> None:
    """「两门是不是都在上午考完」: 实操 is in the afternoon, so no — and both papers shown with their half-days, not only
    the morning's (which read as a yes)."""
    text = ask(answerer, q, THURSDAY_51).text
    assert text.startswith("不是") and "实操考试 下午 14:00-16:30" in text, text


def test_every_level_claimed_on_the_weekend_is_answered_through_a_tag(answerer) -> None:
    """「三个级别全排在周末，真的假的」: 高级 is on Monday; the tag asks of the clause before, not of the weekend's levels."""
    text = ask(answerer, "听说这次三个级别全排在周末，真的假的？", THURSDAY_51).text
    assert text.startswith("不是") and "高级在 2021年12月20日（星期一）考" in text, text


def test_a_clause_doing_our_act_to_the_thing_before_asks_of_that_thing(answerer) -> None:
    """「高级的准考证还没弄，明儿上午现打赶趟不」 on 12-19: 打 is what our text does to 准考证; 明儿 (12-20) is 高级's last
    printing day — not the exam timetable for 上午."""
    text = ask(answerer, "今天12月19号，还有个娃高级的准考证还没弄，明儿上午现打赶趟不", THURSDAY_51).text
    assert text.startswith("12月20日可以，那天是最后一天"), text


def test_papers_of_levels_on_days_of_their_own_never_clash(answerer) -> None:
    """「初级和高级的实操会不会撞车」: the same hours on different days: 不冲突 — never 「时间相同」 alone."""
    text = ask(answerer, "有个学生初级和高级都报了，两场实操会不会撞车？", THURSDAY_51).text
    assert "不冲突" in text and "时间相同" not in text, text


def test_a_week_named_before_is_what_a_clash_with_our_exam_asks_of(answerer) -> None:
    """「机房下下周检修，会不会跟考试撞上」: 下下周 (12-27…01-02) holds no exam — the member's own 检修 is why they ask."""
    text = ask(answerer, "机房下下周检修，会不会跟考试撞上", THURSDAY_51).text
    assert text.startswith("不冲突") and "12月27日" in text, text


@pytest.mark.parametrize("q", ["中级那天中午能歇多久？", "理论交卷到实操开考这段多久"])
def test_a_rest_or_a_span_between_two_ends_is_the_gap_between_papers(answerer, q: str) -> None:
    """歇 is 休息 said plainly, and 「A到B这段」 a span by its two ends: the time between the papers, 210 minutes."""
    text = ask(answerer, q, THURSDAY_51).text
    assert "3个半小时（210分钟）" in text, text


def test_a_word_of_what_sort_names_no_other_subject(answerer) -> None:
    """「这礼拜剩下几天都有啥关键节点」: 关键 (词林 Ed, a property) says which 节点, not whose."""
    reply = ask(answerer, "这礼拜剩下几天都有啥关键节点？我列个清单发给系主任", THURSDAY_51)
    assert reply.entry_id == "timeline" and "12月18日" in reply.text, reply.text


def test_an_either_or_of_words_new_to_us_is_not_settled_by_the_notice(answerer) -> None:
    """「考试系统要装在Windows还是Linux上」: the install entry, and that the notice does not say which."""
    text = ask(answerer, "考试系统要装在Windows还是Linux上？", THURSDAY_51).text
    assert "通知里没有写明是「windows」还是「linux」" in text, text


def test_a_holiday_named_is_its_day_and_a_january_day_in_december_is_the_next_one(answerer) -> None:
    """「财务处打算元旦后再把这笔考试费用转过去」 on 12-09: 元旦 is 1月1日, the January after the season — past the fee's
    deadline (12-15), not a day before the window opened."""
    text = ask(answerer, "今儿12月9号周四，财务处打算元旦后再把这笔考试费用转过去，这么拖行不行？", datetime(2021, 12, 9, 10, 0)).text
    assert text.startswith("1月1日已经不能了（12月15日截止）"), text


def test_a_day_with_nothing_due_names_the_next_dated_step_an_exam_too(answerer) -> None:
    """「站点这边明天有啥到期要交的不」 on 12-16: nothing falls due on 12-17 (its 不 tail still asks which matters), and
    the next dated step is 初级's exam on 12-18 — not the site application's how-to."""
    reply = ask(answerer, "明儿周五，站点这边明天有啥到期要交的不？我想请一天假", THURSDAY_51)
    assert reply.entry_id == "timeline" and "12月17日没有要截止的事项" in reply.text and "初级考试，12月18日" in reply.text


@pytest.mark.parametrize(
    ("q", "said"),
    [("技数那边说机房今晚才开始装考试系统，最晚得哪天前弄好？", "最早的一场是初级，2021年12月18日"), ("高级的考试系统最晚哪天得装好", "高级在2021年12月20日")],
)
def test_a_day_asked_of_a_matter_bound_by_the_exam_gives_the_exams_first_day(answerer, q: str, said: str) -> None:
    """「最晚得哪天前弄好」 of the install (在考试前): no day of its own, so the exam's first day (of the level named) —
    not 「可以」, which answers whether it can still be done."""
    text = ask(answerer, q, THURSDAY_51).text
    assert text.startswith("通知里没有规定具体日期，只要求在考试前完成") and said in text, text


def test_two_levels_differing_by_days_is_the_gap_between_them(answerer) -> None:
    """「初级和高级相差几天」「前后差几天」: the days between the two exam days."""
    assert "相差 2 天" in ask(answerer, "初级和高级相差几天", THURSDAY_51).text
    assert "相差 1 天" in ask(answerer, "初级、中级前后差几天考", THURSDAY_51).text


def test_by_how_many_days_one_levels_window_outlasts_anothers(answerer) -> None:
    """「高级的准考证比初级能多打几天」: the difference (2), not each window's length, which reads as the answer."""
    text = ask(answerer, "高级的准考证比初级能多打几天？", THURSDAY_51).text
    assert text.startswith("高级比初级多 2 天") and "共 5 天" not in text, text


def test_people_a_word_before_a_thing_of_ours_names_are_whose_it_is(answerer) -> None:
    """「教务处组织的新教师岗前培训」: 新教师's training (岗前 says when), not our 考务员 training."""
    reply = ask(answerer, "教务处组织的新教师岗前培训是线上还是线下？具体安排出来没", THURSDAY_51)
    assert reply.kind in TURNED_AWAY and "中慧" not in reply.text, reply.text


FRIDAY_53 = datetime(2021, 12, 24, 9, 20)  # a Friday morning: every step and every exam past


def test_a_paper_asked_after_another_event_is_that_events(answerer) -> None:
    """「…省技能大赛软件测试赛项，实操是上午还是下午考」: any exam has a practical part, as any event has an afternoon;
    the contest named before is what is asked about, not our 实操."""
    reply = ask(answerer, "咱学校承办的省技能大赛软件测试赛项，实操是上午还是下午考？", FRIDAY_53)
    assert reply.kind in TURNED_AWAY and "14:00" not in reply.text, reply.text
    assert "14:00" in ask(answerer, "实操是上午还是下午考", FRIDAY_53).text


def test_a_half_day_asked_is_no_half_day_claimed(answerer) -> None:
    """「只报了高级，实操那门安排在哪天下午几点」: the statement before claims nothing of the afternoon it asks about."""
    text = ask(answerer, "只报了高级，实操那门安排在哪天下午几点", FRIDAY_53).text
    assert text.startswith("高级：2021年12月20日") and "是的" not in text, text
    assert ask(answerer, "中级实操是下午吧", FRIDAY_53).text.startswith("是的")


def test_the_weekday_of_a_windows_edge_is_the_windows_to_say(answerer) -> None:
    """「学生报名最后一天是周几」: the registration window's last day and its weekday, not how to register."""
    reply = ask(answerer, "学生报名最后一天是周几", FRIDAY_53)
    assert reply.entry_id == "registration-window" and "11月20日是星期六" in reply.text, reply.text


def test_a_numeral_with_its_classifier_is_no_weekday_and_every_level_claimed_for_a_week(answerer) -> None:
    """「这周三个级别都考了吗」 is 这周 + 三个 (not Wednesday); every level claimed for a week that holds only some: no,
    and when the others were."""
    for q in ("这周三个级别都考了吗", "这周考了三个级别吧？"):
        text = ask(answerer, q, FRIDAY_53).text
        assert text.startswith("不是，这周（12月20日至12月26日）只考高级；初级在 2021年12月18日"), text
    assert ask(answerer, "这周三考试吗", FRIDAY_53).text.startswith("12月22日没有考试")


def test_by_how_many_days_one_levels_window_closes_after_anothers(answerer) -> None:
    """「比初级晚几天停」, also as a clause after the first asks 高级's close: the days between the two last days."""
    for q in ("高级准考证的打印几号关？比初级晚几天停", "高级准考证比初级晚几天截止"):
        assert ask(answerer, q, FRIDAY_53).text.startswith("高级比初级晚 2 天截止"), q
    assert ask(answerer, "初级准考证比高级早几天截止", FRIDAY_53).text.startswith("初级比高级早 2 天截止")


def test_the_days_since_a_closed_window_opened(answerer) -> None:
    """「准考证是哪天开始打印的？离今天多少天了」: 12-16 to 12-24, 8 days, its start said (its end said counts from the
    close, as before)."""
    assert "12月16日开始，到今天已经过去 8 天" in ask(answerer, "准考证是哪天开始打印的？离今天多少天了", FRIDAY_53).text
    assert "已经截止 9 天了" in ask(answerer, "考场编排截止多少天了", FRIDAY_53).text


def test_the_hours_since_a_paper_ended(answerer) -> None:
    """「离高级实操收卷过去多少个钟头了」: from 12-20 16:30 to 12-24 09:20."""
    text = ask(answerer, "今儿周五，离高级实操收卷过去多少个钟头了？", FRIDAY_53).text
    assert text.startswith("已经过去88小时50分钟：高级实操考试 12月20日 16:30 结束"), text


def test_a_thing_named_as_one_entrys_samples_name_it_is_that_entrys(answerer) -> None:
    """「技术负责人的联系方式什么时候报」: contact-filing's samples say 考务负责人 and technical-lead's 技术负责人: the
    latter answers (及时, no date), not the other's deadline; 分别 after a comma asks both."""
    assert ask(answerer, "技术负责人的联系方式什么时候报", FRIDAY_53).entry_id == "technical-lead"
    text = ask(answerer, "考务负责人跟技术负责人的联系方试，分别啥时候报？", FRIDAY_53).text
    assert "2021年11月30日前" in text and "及时扫码" in text, text


def test_this_exam_claimed_to_be_the_last_one(answerer) -> None:
    """「…下午实操几点收卷？收完这场整个考试就算全结束了吧」: whether the exam asked is the season's last."""
    text = ask(answerer, "今天12月20号，高级在考，下午实操几点收卷？收完这场整个考试就算全结束了吧", datetime(2021, 12, 20, 10, 0)).text
    assert text.startswith("是的，高级是最后一场") and "16:30" in text, text
    text = ask(answerer, "初级实操几点收卷？考完这场就全结束了吧", datetime(2021, 12, 18, 10, 0)).text
    assert text.startswith("不是，之后还有：中级"), text


def test_every_step_past_is_said_plainly(answerer) -> None:
    """「这个月还有啥节点没走完」 after the last exam: every dated step is over, said so, not only listed as past."""
    text = ask(answerer, "这个月还有啥节点没走完", FRIDAY_53).text
    assert "通知里的节点都已经结束了：考核站点申报（11月20日截止）" in text and "正在进行" not in text, text


def test_a_fee_for_an_act_is_a_thing_of_its_own(answerer) -> None:
    """「有没有监考费」: 费 after an act (监考 + 费, as the dictionary cuts it) is a fee the notice does not mention,
    said so; 「有没有考试费」 is ours."""
    assert "通知里没有写到「监考费」" in ask(answerer, "监考老师这回有没有监考费？大伙都在打听", FRIDAY_53).text
    assert ask(answerer, "有没有考试费", FRIDAY_53).entry_id == "fee-amount"


def test_the_order_of_the_steps_is_the_timelines(answerer) -> None:
    """「站点申报、学生报名、编排考场，这几件事先后顺序能捋一下不」: every step by its dates."""
    text = ask(answerer, "站点申报、学生报名、编排考场，这几件事先后顺序能捋一下不？", FRIDAY_53).text
    assert "考场编排（12月15日截止）" in text and "考生报名（11月20日截止）" in text, text


def test_a_claim_said_not_asked_that_holds_gets_no_card(answerer) -> None:
    """「哈尔滨的学校是郁晓东老师管，威海这边也找他吧？」: the first claim is the asker's reason (and right); only 威海's
    contact is asked — 郁晓东's card would be an extra person. Asked, it is confirmed."""
    text = ask(answerer, "哈工大威海校区想申报考点，哈尔滨的学校是郁晓东老师管，威海这边也找他吧？", FRIDAY_53).text
    assert text.startswith("不是。威海属于山东") and "贾昕旸" in text and "郁晓东" not in text, text
    assert "18654936008" in ask(answerer, "哈尔滨是郁晓东管吗，威海呢", FRIDAY_53).text


def test_whether_a_window_opens_within_a_week_named(answerer) -> None:
    """「考场编排这周能开始吗」 on Monday 11-29: 能 with no question word asks whether, of the week named (its 开始 asks
    no when); the arrangement opens 12-01, this week."""
    text = ask(answerer, "考场编排这周能开始吗", datetime(2021, 11, 29, 10, 0)).text
    assert text.startswith("可以，12月1日开始"), text


TUESDAY_54 = datetime(2021, 12, 14, 16, 50)  # session 54's tunable set: the day before 考场编排 closes


def test_a_person_said_before_a_question_lends_it_no_subject(answerer) -> None:
    """「新来的同事，群号能发下不」: a person new to us, said and not asked of, is who the question is for; the group's
    number is ours. Asked of (「中慧云启招实习生不？简历投哪个邮箱」), the person is the subject."""
    assert ask(answerer, "新来的同事，群号能发下不", TUESDAY_54).entry_id == "qq-group"
    assert ask(answerer, "中慧云启招实习生不？简历投哪个邮箱", TUESDAY_54).kind == "offtopic"


def test_asking_said_twice_is_no_thing_asked_about(answerer) -> None:
    """「想进工作群问问」: 问问, the tentative form of asking (tagged a noun by the dictionary), names nothing new."""
    text = ask(answerer, "新来的同事想进工作群问问，群号能发下不", TUESDAY_54).text
    assert "594707089" in text and "问问" not in text, text


def test_each_paper_moved_to_another_half_day_is_denied(answerer) -> None:
    """「听说这回理论挪到下午了，实操改到上午，是真的吗」: each clause's claim (a paper, then its half-day) is judged;
    both are wrong. Right ones are confirmed."""
    assert ask(answerer, "听说这回理论挪到下午了，实操改到上午，是真的吗", TUESDAY_54).text.startswith("不是。")
    assert ask(answerer, "理论在上午，实操在下午，对吧", TUESDAY_54).text.startswith("是的。")


def test_a_time_said_as_after_the_exams_is_judged_against_the_deadline(answerer) -> None:
    """「考试费是不是等考完了再交也行」: 考完再交 is after the last exam (12-20), long after the fee's deadline (12-15);
    its 完了 asks nothing over."""
    text = ask(answerer, "考试费是不是等考完了再交也行？", TUESDAY_54).text
    assert text.startswith("不是，考完以后（12月21日起）已经不能了（12月15日截止）"), text
    assert ask(answerer, "考试费考完再交行不行", TUESDAY_54).text.startswith("考完以后（12月21日起）已经不能了")


def test_what_the_askers_office_did_is_why_they_ask(answerer) -> None:
    """「考试费最迟哪天交？我们财务今天才批下来，还来得及吧」: 我们财务 acts (批下来): the asker's side, no subject; the
    clause asks whether the fee is still in time (来得及, its 还 cut apart from 交还 too: 「今天交还来得及吧」)."""
    assert ask(answerer, "考试费最迟哪天交？我们财务今天才批下来，还来得及吧", TUESDAY_54).text.startswith("可以，还没截止")
    assert ask(answerer, "考试费最迟哪天交？今天交还来得及吧", TUESDAY_54).text.startswith("可以，还没截止")


def test_the_days_between_a_past_end_and_today(answerer) -> None:
    """「考生报名截止那天离今天差多少天」 on 12-14: the end is gone, so the days counted are those since (24); 还有几天
    asks what is left, and none is."""
    assert "已经截止 24 天了" in ask(answerer, "写年终报表用：考生报名截止那天离今天差多少天？", TUESDAY_54).text
    assert "已经截止 24 天" not in ask(answerer, "考生报名截止还有几天", TUESDAY_54).text


def test_a_day_with_no_step_and_no_exam_says_so(answerer) -> None:
    """「大后天周五有啥安排没？学生问那天要不要来学校」: 12-17 holds no step's edge and no exam, said so."""
    text = ask(answerer, "大后天周五有啥安排没？学生问那天要不要来学校", TUESDAY_54).text
    assert text.startswith("12月17日没有要截止或开始的事项，也没有考试"), text


def test_a_kind_named_as_the_answer_names_it(answerer) -> None:
    """「专业负责人跟教务负责人那个培训咋参加」: the training's answer names 考务员（专业负责人、教务负责人等）; the
    technical lead's samples name another 负责人 — the training answers."""
    assert ask(answerer, "专业负责人跟教务负责人那个培训咋参加？", TUESDAY_54).entry_id == "training"
    assert ask(answerer, "技术负责人的联系方式什么时候报", TUESDAY_54).entry_id == "technical-lead"


def test_a_person_claimed_as_where_a_form_goes_is_judged_by_its_address(answerer) -> None:
    """「附件2那个表直接发雷鹏老师邮箱就行了吧」: the form goes to sales@, not to 雷鹏's mailbox — said so, with the
    form's entry, not 雷鹏's card. 「协议发给雷鹏老师签吗」: one who then signs is no address."""
    text = ask(answerer, "我们四川的，附件2那个表直接发雷鹏老师邮箱就行了吧？", TUESDAY_54).text
    assert text.startswith("不是，不发雷鹏老师，通知要求发送至 sales@zhonghui.vip") and "15397640352" not in text, text
    assert ask(answerer, "备案表是发给林贺老师吗", TUESDAY_54).text.startswith("不是，不发林贺老师")
    assert not ask(answerer, "协议发给雷鹏老师签吗", TUESDAY_54).text.startswith("不是")


def test_an_hour_said_as_a_bound_gets_the_notice_has_no_hour(answerer) -> None:
    """「站点申报是不是今天最后一天？晚上十点前交还算数不」: the hour is said in a clause of its own; the window's days
    are all the notice gives, said so (and no 「交还」 cut across 交 and 还)."""
    text = ask(answerer, "周六还在加班，今天11月20号，站点申报是不是今天最后一天？晚上十点前交还算数不", TUESDAY_54).text
    assert text.startswith("可以，今天是最后一天。通知只写了日期，没有写具体几点") and "交还" not in text, text


def test_asking_after_a_body_is_a_verb(answerer) -> None:
    """「财务问考试费啥时候交」: 问 after a noun is a verb whatever the dictionary tags it, so 财务 is who asks, not
    whose fee it is."""
    assert ask(answerer, "我们是无锡职业技术学院的，财务问考试费啥时候交", TUESDAY_54).entry_id == "fees"
    assert ask(answerer, "软考中级的报名费多少钱？我们想组织２０个老师一块考", TUESDAY_54).kind == "offtopic"


SATURDAY_55 = datetime(2021, 11, 6, 14, 20)


def test_a_separable_verb_split_by_a_particle_is_the_verb(answerer) -> None:
    """「还有三十来个学生没报上名，明天是不是最后一天」: 报上名 is 报名 split by 上 (a separable verb), so the students'
    registration answers, not the site application; 「报上名单」 hands in a list and is left alone."""
    reply = ask(answerer, "今天11月19号，还有三十来个学生没报上名，明天是不是最后一天？现在弄还赶趟不", SATURDAY_55)
    assert reply.entry_id == "registration-window" and "11月20日" in reply.text, reply.text
    assert ask(answerer, "报了名的学生什么时候打印准考证", SATURDAY_55).entry_id == "tickets"
    assert answerer._rejoined(["报上", "名单"]) == ["报上", "名单"]
    assert answerer._rejoined(["交", "了", "费"]) == ["交费"]
    # (a token that is itself a verb of ours ending in 了, before 了 again, is no split verb: 去不了了)
    verbs = answerer._verbs
    try:
        answerer._verbs = verbs | {"不了"}
        assert answerer._rejoined(["去", "不了", "了"]) == ["去", "不了", "了"]
    finally:
        answerer._verbs = verbs


def test_a_word_of_a_time_is_no_other_exam(answerer) -> None:
    """「三天考期中排在星期一的是哪个级别」: 考期 begins with 考 like 考研, but the thesaurus files it under times (词林
    Ca): the exam's own period, whose Monday is 高级's day. 考研 is still another exam."""
    reply = ask(answerer, "三天考期中排在星期一的是哪个级别？", SATURDAY_55)
    assert reply.kind == "faq" and reply.text.startswith("高级"), reply.text
    assert ask(answerer, "考研什么时候报名", SATURDAY_55).kind == "offtopic"


def test_a_period_claimed_as_a_must_is_judged_against_the_close(answerer) -> None:
    """「考试费是不是这个月就得交上去」 (asked in November): 就得 claims the month as the time it must be done by; the fee
    closes on 12-15, so no — not the 「可以，这个月来得及」 that whether one may do it then gets."""
    text = ask(answerer, "财务问考试费是不是这个月就得交上去", SATURDAY_55).text
    assert text.startswith("不是，不用非得这个月") and "12月15日" in text, text
    assert ask(answerer, "考试费这个月交来得及吗", SATURDAY_55).text.startswith("可以，这个月来得及")


def test_a_date_said_with_its_weekday_and_le_is_today(answerer) -> None:
    """「12月16号礼拜四了，准考证能打了吗」 (asked in November): a clause of only a date, its weekday and 了 says it has
    come to be that day, so the window is judged on it (open today), not on the clock (not yet open)."""
    text = ask(answerer, "12月16号礼拜四了，准考证能打了吗", SATURDAY_55).text
    assert text.startswith("可以，今天开始打印"), text
    text = ask(answerer, "12月21号礼拜二了，最后那场高级是哪天考的", SATURDAY_55).text
    assert "以上考试已经结束" in text, text


def test_what_follows_a_colon_asks_though_a_comma_parts_it(answerer) -> None:
    """「给领导写周报要用：申报考点这事儿到最后一天，连今天在内还剩多少天？」: the colon ends the asker's reason even when
    the question after it runs over a comma; 周报 is why they ask, not what. A colon before words to translate, which
    ask nothing, still parts nothing."""
    text = ask(answerer, "给领导写周报要用：申报考点这事儿到最后一天，连今天在内还剩多少天？", SATURDAY_55).text
    assert "算上今天还有 15 天" in text, text
    from bot.understand import raw_clauses

    assert raw_clauses("帮我把这句话翻译成英文：我们下周开会，谢谢")[0].startswith("帮我把这句话翻译成英文")


def test_a_month_before_ban_names_an_edition_not_a_sitting(answerer) -> None:
    """「手头那本考务工作手册是9月版的，通知里说要照哪一版来」: 9月版 is an edition named by its month, no time anything is
    held, so no other sitting: the manual's entry answers with its 10月版. 「3月份那次考核」 is still another sitting."""
    text = ask(answerer, "手头那本考务工作手册是9月版的，通知里说要照哪一版来？", SATURDAY_55).text
    assert "2021年10月版" in text, text
    assert ask(answerer, "3月份那次考核什么时候报名", SATURDAY_55).kind == "offtopic"


def test_a_kind_done_by_the_people_says_which_people(answerer) -> None:
    """「没学完Python课程的学生也能报吗」: 课程 is what the students did (a verb before it, 的 and 学生 after), so it
    says which students of ours; who may sign up answers. 「Python课程什么时候上」 is still another subject."""
    reply = ask(answerer, "没学完Python课程的学生也能报吗？需要对照哪个标准", SATURDAY_55)
    assert reply.entry_id == "eligibility" and "等级标准" in reply.text, reply.text
    assert ask(answerer, "Python课程什么时候上", SATURDAY_55).kind == "offtopic"
    assert ask(answerer, "技能大赛的考生什么时候考", SATURDAY_55).kind == "offtopic"


def test_weeks_asked_in_a_clause_of_their_own_are_counted(answerer) -> None:
    """「初级那场离现在还差多少天？折合几周」: the weeks are asked in a clause joined to the count's; the days are said
    in weeks too (42 days, 正好 6 周)."""
    text = ask(answerer, "班上娃们想掐着日子复习，初级那场离现在还差多少天？折合几周", SATURDAY_55).text
    assert "还有 42 天（正好 6 周）" in text, text


def test_others_before_the_people_asked_for_ask_for_more_of_ours(answerer) -> None:
    """「别的技术联系人还有谁」: 别的 before a run of nouns that ends in a word for people (技术 联系人) asks for more of
    those people, ours — not another's thing (别的群 still is another's)."""
    assert ask(answerer, "别的技术联系人还有谁", SATURDAY_55).text.startswith("考试系统技术问题请找技术工作联系人")
    assert ask(answerer, "别的群的老师说报名延期了", SATURDAY_55).kind == "offtopic"


SATURDAY_56 = datetime(2021, 11, 6, 14, 20)


def test_a_half_day_said_of_one_paper_labels_each_papers_half_day(answerer) -> None:
    """「听隔壁学校说实操也在上午考，跟理论一块儿？」: the half-day belongs to 实操 alone (the next clause names 理论), so it
    narrows nothing; it was still named, and the answer says each paper's half-day in words."""
    text = ask(answerer, "听隔壁学校说实操也在上午考，跟理论一块儿？", SATURDAY_56).text
    assert text.startswith("不是") and "实操考试 下午 14:00-16:30" in text and "理论考试 上午 9:00-10:30" in text, text


def test_a_level_asked_after_every_exam_says_all_are_over(answerer) -> None:
    """「…三场考试还有没结束的吗？最后那场高级是哪天考的」 on 12月21日: 高级's day, and, since no exam is left, that in
    words; all three shown are 全部结束."""
    text = ask(answerer, "12月21号礼拜二了，咱这三场考试还有没结束的吗？最后那场高级是哪天考的", datetime(2021, 12, 21, 9)).text
    assert "12月20日" in text and "全部考试都已考完" in text and "12月18日" not in text, text
    assert "全部考试都已经结束" in ask(answerer, "考试日程是怎么安排的", datetime(2021, 12, 21, 9)).text


def test_how_many_after_you_asks_a_count_the_notice_does_not_give(answerer) -> None:
    """「办考点最少得有多少个考生报名」: 有多少个 asks a count (only 有几个 may be "a few"); the notice states none."""
    text = ask(answerer, "办考点最少得有多少个考生报名？", SATURDAY_56).text
    assert text.startswith("通知里没有写明具体数量"), text
    assert not ask(answerer, "我们还有几个学生想报名，怎么报", SATURDAY_56).text.startswith("通知里没有写明具体数量")


def test_a_specific_deadline_asked_of_an_undated_duty_is_said_to_be_none(answerer) -> None:
    """「考试系统安装调试有没有具体截止日期」: the notice only asks it done before the exams, which the answer says."""
    text = ask(answerer, "考试系统安装调试有没有具体截止日期", SATURDAY_56).text
    assert text.startswith("通知里没有规定具体日期，只要求在考试前完成"), text


def test_a_time_asked_after_an_undated_matter_is_that_matters(answerer) -> None:
    """「考务员培训我们系主任也得去，是网上开还是要跑现场？定哪天了」: the clause that asks names nothing of its own
    (网上, 现场 are no thing of ours), so it asks of the training just named, not of registration."""
    reply = ask(answerer, "考务员培训我们系主任也得去，是网上开还是要跑现场？定哪天了", SATURDAY_56)
    assert reply.entry_id == "training" and "报名" not in reply.text and "在线" in reply.text, reply.text


def test_the_days_between_two_levels_are_counted_not_dated(answerer) -> None:
    """「初级跟高级隔了几天？是同一个礼拜吗」: the day between is 中级's, not asked: it is counted, not named."""
    text = ask(answerer, "初级跟高级隔了几天？是同一个礼拜吗", SATURDAY_56).text
    assert "中间隔 1 天" in text and "19日" not in text, text


TUESDAY_56 = datetime(2021, 11, 2, 10, 15)


def test_a_count_not_counting_today_leaves_today_out(answerer) -> None:
    """「…到截止日还剩多少天？不算今天」: 不算今天 denies what 算今天 would take in (18 days after 11月2日, not 19)."""
    text = ask(answerer, "从今天往后数，申报考点到截止日还剩多少天？不算今天", TUESDAY_56).text
    assert "还有 18 天" in text and "19 天" not in text, text
    assert "算上今天还有 19 天" in ask(answerer, "申报考点到截止日还剩多少天？算上今天", TUESDAY_56).text


def test_a_number_with_ji_after_a_numeral_is_said_not_asked(answerer) -> None:
    """「还有二十几个学生没报上名」: 二十几个 is a number said ("twenty-odd"), no count asked of the notice."""
    text = ask(answerer, "今天11月16号，还有二十几个学生没报上名，是不是这礼拜六就截了？", TUESDAY_56).text
    assert "通知里没有写明具体数量" not in text, text


def test_whether_the_day_after_a_level_holds_an_exam_is_answered_yes_or_no(answerer) -> None:
    """「中级考完第二天还有考试吗」: 有 (高级's day) first; after 高级, 没有."""
    q = "深圳技师学院这边问：中级考完第二天还有考试吗？礼拜一想把机房还给系里上课"
    assert ask(answerer, q, TUESDAY_56).text.startswith("有，中级考试"), ask(answerer, q, TUESDAY_56).text
    assert ask(answerer, "高级考完第二天还有考试吗", TUESDAY_56).text.startswith("没有，高级考试")


def test_a_day_before_the_deadline_claimed_as_it_is_denied(answerer) -> None:
    """「隔壁学院说站点申报下周日就关了，真的假的？」: 下周日 (11月14日) is not the deadline: 不是, and the real one."""
    text = ask(answerer, "隔壁学院说站点申报下周日就关了，真的假的？我们这边还没弄完", TUESDAY_56).text
    assert text.startswith("不是，11月14日还没截止，11月20日才截止"), text


def test_two_places_of_one_province_share_its_contacts(answerer) -> None:
    """「深圳和珠海是一个老师吗」: both are 广东's, whose contacts serve them; not a question for nobody."""
    reply = ask(answerer, "深圳和珠海是一个老师吗", TUESDAY_56)
    assert reply.kind == "contact" and reply.text.startswith("是的，都在广东"), reply.text


def test_whether_two_levels_share_a_week_or_weekend_is_judged(answerer) -> None:
    """「中级和高级是在同一个周末吗」: one weekend names no days of its own; 中级 (Sunday) and 高级 (Monday) are not in
    one, 初级 and 中级 are; weeks run Monday to Sunday."""
    text = ask(answerer, "中级和高级是在同一个周末吗？我们想连着安排监考", TUESDAY_56).text
    assert text.startswith("不是同一个周末：中级 12月19日（星期日）、高级 12月20日（星期一）"), text
    assert ask(answerer, "初级和中级是一个周末考吗", TUESDAY_56).text.startswith("是同一个周末")
    assert ask(answerer, "初级跟高级是同一个礼拜吗", TUESDAY_56).text.startswith("不是同一周")


def test_training_the_sites_own_staff_is_the_sites_duty(answerer) -> None:
    """「咱监考老师考前要不要站点自己先培训一遍」: the notice asks each site to train its exam staff (做好考前业务培训);
    the company's online training is for 考务员."""
    assert ask(answerer, "咱监考老师考前要不要站点自己先培训一遍？", TUESDAY_56).entry_id == "discipline"
    assert ask(answerer, "考务员培训怎么安排", TUESDAY_56).entry_id == "training"


def test_a_form_sent_to_the_provinces_contact_by_role_is_denied(answerer) -> None:
    """「备案表能不能直接交给本省对接老师」: the province's contact, named by role (对接 is what our contacts do), is no
    address the notice gives the form: 不行, and where it goes."""
    text = ask(answerer, "备案表能不能直接交给本省对接老师，省得再发总部邮箱？", TUESDAY_56).text
    assert text.startswith("不行，不发本省对接老师，通知要求发送至 sales@zhonghui.vip") and "没有写到" not in text, text
