"""Answer quality on our evaluation sets, through answer() with no chat platform: a floor per set.

The floors are the engine's measured scores (tools/score_set.py, now fixed at 2021-12-10 10:00) less one
case, so a change that makes answers worse on any set fails here. The sealed set is not in the repository's
tests: it is only ever measured, never tuned against (README, "Answer quality").
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from score_set import score  # noqa: E402

NOW = datetime(2021, 12, 10, 10, 0)
FLOORS = {  # set: least share of cases passed
    "blind3.yaml": 0.939,
    "blind4.yaml": 0.941,
    "blind5.yaml": 0.981,
    "blind6.yaml": 0.980,
    "blind7.yaml": 0.97,
    "blind8.yaml": 0.955,
    "blind10.yaml": 0.925,
    "blind12.yaml": 0.972,  # session 4's sets, at what they measured when the session ended
    "blind13.yaml": 1.0,
    "blind14.yaml": 1.0,
    "blind15.yaml": 0.78,
    "blind16.yaml": 1.0,
    "blind17.yaml": 1.0,
    "blind18.yaml": 0.97,
    "blind19.yaml": 0.98,  # sessions 5 and 6's sets, at what they measured when session 6 ended, less one case
    "blind20.yaml": 0.883,
    "blind21.yaml": 0.98,
    "blind22.yaml": 0.941,
    "blind23.yaml": 0.94,
    "blind24.yaml": 0.966,  # session 7's sets, one case below what they measured when the session ended
    "blind25.yaml": 0.946,
    "blind26.yaml": 0.914,
    "blind27.yaml": 0.978,  # session 8's sets, one case below what they measured when the session ended
    "blind28.yaml": 0.957,  # session 8's set, raised in session 11 to one case below its 135/140 then
    "blind29.yaml": 0.964,  # session 9's set, raised in session 10 to one case below its 136/140 then
    "blind30.yaml": 0.971,  # session 10's sets, one case below what they measured when the session ended (137, 136)
    "blind31.yaml": 0.978,  # raised in session 11 to one case below its 138/140 then
    "blind32.yaml": 0.964,  # session 11's set, one case below what it measured when the session ended (136)
    "blind33.yaml": 0.985,  # session 12's sets (clocks below), one case below what they measured after its changes
    "blind34.yaml": 0.933,  # (139/140, 113/120)
    "blind35.yaml": 0.984,  # session 13's sets (clocks below); blind35 raised in session 29 to one below its 129/130
    "blind36.yaml": 0.983,  # (119/120)
    "blind37.yaml": 0.944,  # session 14's sets (clocks below), one case below what they measured after its changes
    "blind38.yaml": 0.960,  # (121/127, 124/128)
    "blind39.yaml": 0.945,  # (120/128, written at the session's end; raised in session 18, 122 less one)
    "blind40.yaml": 0.890,  # session 15's set; raised in session 28 to one case below its 115/128
    "blind41.yaml": 0.890,  # written at session 15's end (first run 108/128); raised in session 17 (115, less one)
    "blind42.yaml": 0.815,  # session 16's set (first run 90/130); raised in session 19 to one below its 107/130
    "blind43.yaml": 0.843,  # session 16's second set (first run 100/128); raised in session 17 (109, less one)
    "blind44.yaml": 0.804,  # session 17's sets (blind44 raised in session 18: 104 less one) (first runs 95/128 and 96/128), one case below what they measured
    "blind45.yaml": 0.914,  # after the session's changes (103/128, 113/128; raised in session 27: 118 less one)
    "blind46.yaml": 0.953,  # session 18's set (first run 110/128); raised in session 19 to one below its 123/128
    "blind47.yaml": 0.906,  # session 19's set (first run 107/128); raised in session 29 to one below its 117/128
    "blind48.yaml": 0.929,  # session 20's set (first run 113/128); raised in session 28 to one below its 120/128
    "blind49.yaml": 0.968,  # session 21's set (first run 110/128); raised in session 27 to one below its 125/128
    "blind50.yaml": 0.953,  # session 22's set (first run 113/128), one case below its 123/128 after the session
    "blind51.yaml": 0.914,  # session 23's set (first run 103/128), one case below its 118/128 after the session
    "blind52.yaml": 0.898,  # session 24's set (first run 106/128); raised in session 29 to one below its 116/128
    "blind53.yaml": 0.960,  # session 25's set (first run 113/128); raised in session 28 to one below its 124/128
    "blind54.yaml": 0.914,  # session 26's set (first run 104/128); raised in session 29 to one below its 118/128
    "blind55.yaml": 0.921,  # session 27's set (first run 107/128); raised in session 28 to one below its 119/128
    "blind56.yaml": 0.945,  # session 28's set (first run 111/128); raised in session 29 to one below its 122/128
    "blind57.yaml": 0.875,  # session 29's set (first run 104/128); raised in session 30 to one below its 113/128
    "blind58.yaml": 0.890,  # session 30's set (first run 101/128), one case below its 115/128 after the session
    "blind59.yaml": 0.953,  # session 31's set (first run 106/128), one case below its 123/128 after the session
    "blind60.yaml": 0.906,  # session 32's set (first run 96/128), one case below its 117/128 after the session
    "blind61.yaml": 0.89,  # session 33's set (first run 99/128), one case below its 115/128 after the session
    "blind63.yaml": 0.91,  # session 34's set (first run 101/128), one case below its 118/128 after the session
    "blind65.yaml": 0.91,  # session 35's set (first run 101/128), one case below its 118/128 after the session
    "blind67.yaml": 0.953,  # session 36's set (first run 102/128), one case below its 123/128 after the session
    "blind69.yaml": 0.921,  # session 37's set (first run 103/128), one case below its 119/128 after the session
    "blind71.yaml": 0.937,  # session 38's set (first run 97/128), one case below its 121/128 after session 39
    "blind73.yaml": 0.929,  # session 39's set (first run 102/128), one case below its 120/128 after the session
    "blind75.yaml": 0.921,  # session 40's sets (first runs 105/128 and 101/128), one case below their 119/128 and
    "blind77.yaml": 0.875,  # 113/128 after the session
    "blind78.yaml": 0.906,  # session 41's set (first run 106/128), one case below its 117/128 after the session
    "blind80.yaml": 0.953,  # session 42's set (first run 92/128), one case below its 123/128 after the session
    "blind82.yaml": 0.796,  # session 43's set (first run 88/128), one case below its 103/128 after the session
    "blind84.yaml": 0.851,  # session 44's set (first run 94/128), one case below its 110/128 after the session
    "blind86.yaml": 0.867,  # session 45's set (first run 102/128), one case below its 112/128 after the session
    "blind88.yaml": 0.945,  # session 46's set (first run 111/128), one case below its 122/128 after the session
    "blind90.yaml": 0.953,  # session 47's set (first run 110/128), one case below its 123/128 after the session
    "blind92.yaml": 0.921,  # session 48's set (first run 101/128), one case below its 119/128 after session 50
    "blind94.yaml": 0.937,  # session 49's set (first run 102/128), one case below its 121/128 after session 50
    "blind96.yaml": 0.937,  # session 50's set (first run 101/128), one case below its 121/128 after the session
    "blind98.yaml": 0.960,  # session 51's set (first run 105/128), one case below its 124/128 after the session
    "blind100.yaml": 0.859,  # session 52's set (first run 99/128), one case below its 111/128 after the session
    "blind102.yaml": 0.929,  # session 53's set (first run 110/128), one case below its 120/128 after the session
    "blind104.yaml": 0.937,  # session 54's set (first run 111/128), one case below its 121/128 after the session
    "blind106.yaml": 0.890,  # session 55's set (first run 108/128), one case below its 115/128 after the session
    "blind108.yaml": 0.828,  # session 56's set (first run 107/128), one case below it
    "blind110.yaml": 0.836,  # session 56's second set on blind108's clock (first run 108/128), one case below it
}
# A set written for another clock than NOW (its questions' 明天 and 这周六 are counted from it).
CLOCKS = {
    "blind33.yaml": datetime(2021, 12, 14, 9, 30),
    "blind34.yaml": datetime(2021, 12, 17, 15, 0),
    "blind35.yaml": datetime(2021, 12, 8, 10, 40),
    "blind36.yaml": datetime(2021, 12, 16, 8, 20),
    "blind37.yaml": datetime(2021, 12, 3, 14, 10),
    "blind38.yaml": datetime(2021, 11, 24, 16, 0),
    "blind39.yaml": datetime(2021, 12, 18, 11, 0),
    "blind40.yaml": datetime(2021, 11, 10, 10, 15),
    "blind41.yaml": datetime(2021, 12, 19, 16, 40),
    "blind42.yaml": datetime(2021, 12, 1, 9, 20),
    "blind43.yaml": datetime(2021, 12, 16, 14, 40),
    "blind44.yaml": datetime(2021, 11, 30, 16, 30),
    "blind45.yaml": datetime(2021, 12, 20, 12, 10),
    "blind46.yaml": datetime(2021, 12, 15, 17, 0),
    "blind47.yaml": datetime(2021, 11, 20, 20, 15),
    "blind48.yaml": datetime(2021, 12, 12, 9, 40),
    "blind49.yaml": datetime(2021, 11, 5, 15, 30),
    "blind50.yaml": datetime(2021, 12, 5, 14, 20),
    "blind51.yaml": datetime(2021, 11, 15, 10, 5),
    "blind52.yaml": datetime(2021, 12, 10, 11, 20),
    "blind53.yaml": datetime(2021, 11, 26, 9, 50),
    "blind54.yaml": datetime(2021, 12, 2, 14, 40),
    "blind55.yaml": datetime(2021, 11, 28, 19, 30),
    "blind56.yaml": datetime(2021, 12, 7, 8, 40),
    "blind57.yaml": datetime(2021, 12, 13, 13, 50),
    "blind58.yaml": datetime(2021, 12, 9, 16, 20),
    "blind59.yaml": datetime(2021, 12, 11, 15, 30),
    "blind60.yaml": datetime(2021, 12, 6, 9, 20),
    "blind61.yaml": datetime(2021, 12, 4, 14, 10),
    "blind63.yaml": datetime(2021, 11, 18, 16, 20),
    "blind65.yaml": datetime(2021, 11, 29, 10, 30),
    "blind67.yaml": datetime(2021, 12, 2, 15, 10),
    "blind69.yaml": datetime(2021, 12, 8, 9, 40),
    "blind71.yaml": datetime(2021, 11, 26, 16, 40),
    "blind73.yaml": datetime(2021, 11, 22, 10, 15),
    "blind75.yaml": datetime(2021, 12, 13, 9, 50),
    "blind77.yaml": datetime(2021, 12, 13, 9, 50),
    "blind78.yaml": datetime(2021, 11, 25, 14, 30),
    "blind80.yaml": datetime(2021, 11, 23, 15, 40),
    "blind82.yaml": datetime(2021, 11, 27, 10, 50),
    "blind84.yaml": datetime(2021, 11, 19, 16, 10),
    "blind86.yaml": datetime(2021, 12, 17, 9, 10),
    "blind88.yaml": datetime(2021, 11, 21, 14, 30),
    "blind90.yaml": datetime(2021, 11, 16, 15, 20),
    "blind92.yaml": datetime(2021, 11, 12, 11, 40),
    "blind94.yaml": datetime(2021, 11, 13, 10, 20),
    "blind96.yaml": datetime(2021, 11, 8, 9, 15),
    "blind98.yaml": datetime(2021, 12, 16, 19, 30),
    "blind100.yaml": datetime(2021, 12, 22, 11, 30),
    "blind102.yaml": datetime(2021, 12, 24, 9, 20),
    "blind104.yaml": datetime(2021, 12, 14, 16, 50),
    "blind106.yaml": datetime(2021, 11, 6, 14, 20),
    "blind108.yaml": datetime(2021, 11, 2, 10, 15),
    "blind110.yaml": datetime(2021, 11, 2, 10, 15),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_set_stays_above_its_floor(answerer, name: str) -> None:
    """A coordinator asking the set's questions gets at least the measured share of right answers."""
    res = score(ROOT / "tests" / "eval" / name, CLOCKS.get(name, NOW), ROOT / "data", False, answerer=answerer)
    ok, n = sum(r[0] for r in res.values()), sum(r[1] for r in res.values())
    assert ok / n >= FLOORS[name], f"{name}: {ok}/{n}"


def test_entries_staff_add_with_two_samples_are_reached(knowledge) -> None:
    """fewshot10's 20 entries join faq.yaml as staff add them (two samples, no keywords); members' paraphrases
    reach them at least as often as measured (63/80 less one), and its negatives leak no more than 7 of 15.
    4 until session 6, 3 until session 5 (「监考员需要持证上岗吗」 was refused only because 持证, a verb, read as a
    kind of 证). Session 6's answer evidence (bot.faq.W_ANSWER) took paraphrases 53 → 63 and let three negatives
    reach entries whose answers speak of what they ask: 补考费 (retake), 多交了考试费能退回来吗 (refund), 借考的学生
    考试费交给哪个学校 (borrow-site)."""
    from bench_fewshot import added

    hit, n, wrong, negs = added(knowledge, ROOT / "tests" / "eval" / "fewshot10.yaml", False)
    assert hit >= 62 and wrong <= 8, (hit, n, wrong, negs)


@pytest.mark.parametrize(
    ("name", "least", "most_wrong"),
    [
        ("fewshot13.yaml", 34, 7),
        # (session 46: a few-sample entry STAFF_CLEAR_LEAD ahead of the rest takes a thing said in new words, 吹手的机器;
        # over every staff set 35 more paraphrases reached it and 10 more negatives (9 net) — fewshot14, 22, 32, 33, 35,
        # 37 and 49 answer one or two more; the sealed staff sets gained 2 and 2 with no negative lost)
        ("fewshot14.yaml", 31, 4),
        ("fewshot15.yaml", 42, 4),
        ("fewshot16.yaml", 33, 11),
        ("fewshot17.yaml", 32, 13),
        ("fewshot18.yaml", 33, 16),
        ("fewshot19.yaml", 37, 15),
        ("fewshot20.yaml", 41, 10),
        ("fewshot21.yaml", 37, 12),
        # (fewshot22: 「成绩排行榜会公布吗？学生都挺好奇的」 was reached only through its bare second clause; since
        # session 41 that clause goes on about 排行榜, the other subject the clause before named)
        ("fewshot22.yaml", 38, 14),
        ("fewshot23.yaml", 44, 13),
        ("fewshot24.yaml", 40, 14),
        ("fewshot25.yaml", 45, 11),
        ("fewshot26.yaml", 37, 2),  # (session 36's STAFF_LEAD: one more negative, see below)
        ("fewshot27.yaml", 37, 2),
        ("fewshot28.yaml", 38, 1),
        ("fewshot29.yaml", 46, 1),
        ("fewshot30.yaml", 39, 9),  # session 19 (first run 36/64, 9 negatives answered)
        ("fewshot31.yaml", 31, 7),  # session 20 (first run 29/64, 7 negatives answered)
        ("fewshot32.yaml", 36, 12),  # session 21 (first run 33/64, 8 negatives answered)
        ("fewshot33.yaml", 45, 11),  # session 22 (first run 45/64, 10 negatives answered)
        ("fewshot34.yaml", 42, 7),  # session 23 (first run 45/64, 7 negatives answered; 43 on session 24's machine)
        ("fewshot35.yaml", 33, 7),  # session 24 (first run 34/64, 6 negatives answered)
        ("fewshot36.yaml", 43, 8),  # session 25 (first run 44/64, 8 negatives answered; 45 after the session; 43 in session 30, see below)
        ("fewshot37.yaml", 40, 7),  # session 26 (first run 39/64, 5 negatives answered; 41 after the session; 6 since session 36)
        # session 27 (first run 33/64, 14 negatives answered; 33 after the session). 15 since session 45: 「…九江职业技术
        # 学院的。考场里手机信号要不要用屏蔽仪屏蔽」 was kept away only by a wrong contact card read off the substring 手机;
        # read on words, it reaches the projector entry (also wrong)
        ("fewshot38.yaml", 32, 15),
        ("fewshot39.yaml", 39, 12),  # session 28 (first run 40/64, 12 negatives answered; the same after the session)
        ("fewshot40.yaml", 30, 13),  # session 29 (first run 31/64, 13 negatives answered; the same after the session)
        ("fewshot41.yaml", 35, 13),  # session 30 (first run 38/64, 12 negatives answered; 36/64, 13 after the session)
        ("fewshot42.yaml", 40, 14),  # session 31 (first run 41/64, 14 negatives answered; the same after the session)
        ("fewshot43.yaml", 35, 15),  # session 32 (first run 36/64, 15 negatives answered; the same after the session)
        ("fewshot44.yaml", 37, 13),  # session 33 (first run 36/64, 13 negatives answered; 38/64 and 13 after the session)
        ("fewshot45.yaml", 41, 15),  # session 34 (first run 41/64, 15 negatives answered)
        ("fewshot46.yaml", 38, 15),  # session 35 (first run 38/64, 15 negatives answered; the same after the session)
        ("fewshot47.yaml", 34, 16),  # session 36 (first run 35/64, 16 negatives answered; 37/64 and 16 after the session)
        ("fewshot48.yaml", 45, 13),  # session 37 (first run 46/64, 13 negatives answered; the same after the session)
        ("fewshot49.yaml", 39, 13),  # session 38 (first run 38/64, 12 negatives answered; 40/64 and 12 after the session)
        ("fewshot50.yaml", 47, 15),  # session 39 (first run 48/64, 15 negatives answered)
        ("fewshot51.yaml", 57, 18),  # session 40 (first run 56/64, 18 negatives answered; 58/64 and 18 after the session)
        # session 41 (first run 51/64, 14 negatives answered; 55/64 after the session); session 54: 15 negatives on its
        # machine at the session's start (912121e) as at its end — one more than session 53's machine read
        ("fewshot52.yaml", 54, 15),
        ("fewshot53.yaml", 47, 16),  # session 42 (first run 47/64, 16 negatives answered; 48/64 and 16 after)
        ("fewshot54.yaml", 50, 16),  # session 43 (first run 51/64, 16 negatives answered; the same after)
        ("fewshot55.yaml", 36, 13),  # session 44 (first run 36/64, 13 negatives answered; 37/64 and 13 after)
        ("fewshot56.yaml", 45, 14),  # session 45 (first run 46/64, 14 negatives answered)
        ("fewshot57.yaml", 50, 14),  # session 46 (first run 48/64, 14 negatives answered; 51/64 after the session)
        ("fewshot58.yaml", 50, 17),  # session 47 (first run 51/64, 17 negatives answered; the same after the session)
        ("fewshot59.yaml", 49, 15),  # session 48 (first run 50/64, 15 negatives answered)
        ("fewshot60.yaml", 53, 16),  # session 49 (first run 54/64, 16 negatives answered)
        ("fewshot61.yaml", 56, 16),  # session 50 (first run 57/64, 16 negatives answered)
        # session 51 (first run 55/64, 15 negatives answered); session 54: 16 on its machine, at the start as at the end
        ("fewshot62.yaml", 54, 16),
        # session 52 (first run 55/64, 11 negatives answered; the 12th, 「…紫外消毒灯管…去哪儿买、找谁来换」, was
        # answered at the first run too, by the same entry's text behind 浙江's contact card, which the count, reading the
        # reply's kind, missed: no longer carded, it is counted)
        ("fewshot63.yaml", 54, 12),
        ("fewshot64.yaml", 48, 15),  # session 53 (first run 49/64, 15 negatives answered)
        ("fewshot65.yaml", 55, 15),  # session 54 (first run 56/64, 15 negatives answered)
        ("fewshot66.yaml", 54, 14),  # session 55 (first run 55/64, 14 negatives answered)
        ("fewshot67.yaml", 49, 17),  # session 56 (first run 50/64, 17 negatives answered)
    ],
)
def test_blind_staff_sets_stay_above_their_floors(knowledge, name: str, least: int, most_wrong: int) -> None:
    """Sessions 5 to 9's staff sets, written blind: paraphrases reaching their entry at least as often as measured
    when session 6 ended (28/64, 23/64, 30/60; fewshot16 at session 7's end, 23/64; fewshot17 and 18 at session 8's
    end, 26/64 each; fewshot19 at session 9's end, 25/64) less one, and no more negatives reaching an added entry — but for fewshot18's 13th: 「中级和高级考的
    内容区别大吗，学生不知道报哪个」 tied two entries (a clarifying question) until session 9 added the timeline entry,
    whose samples shifted the word weights by 0.004 past the tie. fewshot13 26: session 10 reads two characters jieba
    cuts alone as one name new to us (教资), and 挂 / 水 in 「在医院挂水…咋整」 is read so too; the reply asks which of two
    entries (measured: +6 hard negatives on seven sets, fewshot14 +1, fewshot13 −1). fewshot16 13 wrong: session 10's
    fresh install (numpy 2.4.6) gives 13 at session 9's last commit, 18464cb, before any change: a near miss on a
    tie that the float rounding of another BLAS build turns. fewshot22 11 wrong: session 13's answer words
    (bot.faq.W_ANSWER_WORDS, +17 paraphrases on the staff sets) let 「学生名字太长准考证上显示不全怎么办」 reach the
    entry whose answer speaks of 名单 and 准考证. Session 18 gave every staff entry its answer's evidence, not only the
    five its samples ranked closest (bot.faq.W_ANSWER): paraphrases 659 → 751 of 1316 on these sets, each floor
    raised to one below; eight negatives more reach an added entry whose answer is near what they ask (「考点需要
    准备几把额温枪」 → the health-check entry, 「考试倒计时结束系统会自动交卷吗」 → the exam-bell entry), and the
    ceilings of fewshot13, 17, 19, 22 and 25 rose by them; W_ANSWER 0.2 → 0.25 (paraphrases 753 → 770) one more in
    fewshot17 and two fewer in fewshot16. At session 18's end every floor is one below what the set measures and
    ceilings stay (fewshot27 36 again once a clause typed with 吗 no longer sets the next one's topic). Session 21
    let a question that reads as what a two-sample entry's answer says pass the "new words" refusal
    (bot.answer._reads_answer; paraphrases 835 → 868 of 1444 over all staff sets): floors one below again, and four
    ceilings rose by a negative each whose nearest answer is the entry's (「发票开错了能不能作废重开」 → the invoice
    entry, which adds that the notice does not say 作废重开; 「来帮忙的学生志愿者能开志愿时长证明吗」 → the entry whose
    answer names a 专业学习证明). 机房 read as a room, not a subject of its own, one more in fewshot13 (「我们机房有几台
    电脑坏了，能找你们借设备吗」 → the power-failure entry); 补报, 续签, 补交 read as our acts done again (补 + the 报
    of 报名), one more each in fewshot18, 19 and 20 (「下一次站点协议什么时候续签」 → the next-batch entry).
    Session 22: another season (明年, ６月) no longer refuses an entry whose answer tells nothing of this one, and a
    noun after 叫/让 is who acts (paraphrases 952 → 964 of 1572): floors one below, ceilings at what each measures
    (six fell); fewshot20, 21 and 32 rose by one each (「违纪的考生明年还能再报名吗」 → the violation appeal entry,
    「补报名的学生能单独安排到１月份再考吗」 → late registration, 「学校期末机考系统交卷后能显示分数，是哪家做的」 → the
    instant-score entry); fewshot31's 7th is 「学生的学费能让家长单位代缴吗」 → the third-party payer.
    Session 24 ran on another machine (x86_64 AMD EPYC, AVX2, no AVX-512), where the same code, data and package
    versions answer a few staff paraphrases otherwise (fewshot34 43 for 46, fewshot18 34 for 35; one more negative
    each in fewshot15, 18 and 29); the FAQ and contact sets and the sealed sets measure the same. Adding noise of
    1e-4 to every vector, or computing the cosines in float64, changes none of these answers here, so it is no tie
    broken by float rounding; the cause was not found. Each floor and ceiling holds on both machines: the lower
    paraphrase count less one, the higher count of negatives.
    Session 30: a statement before the question whose verb is its own is context, no subject for what follows
    (bot.answer: 「学生名单昨天才定下来，这会儿报名还赶趟不」); 「签到表那些纸质的东西最后要戳个印，用我们系里的可以吗」
    ends on 印, which jieba tags a verb, so its clause no longer lends the next one its subject and fewshot36 reaches
    43 (one fewer); the session's changes are +9 −1 over the staff sets before it.
    Session 36: an entry staff added that stands STAFF_LEAD clear of every other, for a question naming nothing of
    ours, takes the question's new words (bot.answer; paraphrases 1518 → 1533 of 2468 over every staff set, 4 more of
    676 negatives answered): fewshot26's and fewshot37's ceilings rose by one each, and fewshot13 and fewshot40 read
    one paraphrase fewer (34 and 35, still above their floors).
    Session 40's machine (AMD EPYC again, a fresh install) measures e60c618, whose `.ci/run` passed on session 39's,
    with fewshot47 at 35 (37 there) and one more negative in fewshot15 (4): both floors hold on either machine now.
    Session 40: words only an entry's answer uses (not its samples) are the entry's own, not another thing of ours,
    when the entry staff added stands STAFF_LEAD clear (bot.answer._answer_only_words; paraphrases 1720 → 1748 of 2724
    over every staff set, negatives kept 324 → 322 of 748): fewshot21's 「实操代码写了注释会加分吗」 now reaches the
    code-similarity entry (ceiling 12), and fewshot17's 「…３０个学生的教室就派１个人盯可以吧」 the sick-candidate entry
    (floor 32)."""
    from bench_fewshot import added

    hit, n, wrong, negs = added(knowledge, ROOT / "tests" / "eval" / name, False)
    assert hit >= least and wrong <= most_wrong, (hit, n, wrong, negs)
