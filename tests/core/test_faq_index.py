"""The retrieval index: repeated questions give the same ranking, whatever a caller does with it."""

from __future__ import annotations

import pytest

from bot import semantic
from bot.faq import FaqIndex


def test_repeated_question_gets_the_same_hits(knowledge) -> None:
    """The second 「准考证什么时候打印」 ranks exactly like the first, even if a caller changed the first list."""
    index = FaqIndex(knowledge.faq)
    first = index.search("准考证什么时候打印")
    assert first[0].entry.id == "tickets"
    first.clear()
    again = index.search("准考证什么时候打印")
    assert again and again == index.search("准考证什么时候打印") and again[0].entry.id == "tickets"


def test_a_new_index_does_not_reuse_an_old_ones_results(knowledge) -> None:
    """After a reload (a new index over edited entries) a question is scored against the new entries."""
    from bot.knowledge import FaqEntry, FaqFile

    old = FaqIndex(knowledge.faq)
    assert old.search("考点停车场在哪里")[0].entry.id != "parking"
    parking = FaqEntry(id="parking", questions=["考点停车场在哪里"], answer="东门停车。")
    new = FaqIndex(FaqFile(faqs=[*knowledge.faq.faqs, parking], synonyms=knowledge.faq.synonyms))
    assert new.search("考点停车场在哪里")[0].entry.id == "parking"


def test_hits_found_in_bulk_are_those_of_a_single_question(knowledge) -> None:
    """check's retrieval in advance (bulk) ranks every sample as asking it alone does (scores to 1e-5)."""
    index = FaqIndex(knowledge.faq)
    texts = [s for _, s in index.samples]
    alone = {t: index.search(t, limit=6) for t in texts}
    with index.bulk(texts):
        for t in texts:
            found = index.search(t, limit=6)
            assert [h.entry.id for h in found] == [h.entry.id for h in alone[t]]
            assert [h.score for h in found] == pytest.approx([h.score for h in alone[t]], abs=1e-5)
    assert index.search(texts[0], limit=6) == alone[texts[0]]  # after bulk, questions are scored afresh


def test_nearest_sample_of_another_entry_is_the_same_in_and_out_of_bulk(knowledge) -> None:
    """Each sample's nearest sample of another entry (check's near-identical test) never depends on how it is found."""
    index = FaqIndex(knowledge.faq)
    outside = index.nearest_other(block=7)  # blocks that split entries
    with index.bulk([s for _, s in index.samples]):
        inside = index.nearest_other()
    assert inside == outside
    owner = {j: index.samples[j][0].id for j in range(len(index.samples))}
    assert all(k == -1 or owner[k] != owner[j] for j, k in outside)


def test_an_entry_whose_questions_normalise_to_nothing_is_never_a_hit(knowledge) -> None:
    """An entry whose only question is punctuation has no sample; the others rank as before."""
    from bot.knowledge import FaqEntry, FaqFile

    blank = FaqEntry(id="blank", questions=["？？"], answer="无。")
    index = FaqIndex(FaqFile(faqs=[blank, *knowledge.faq.faqs], synonyms=knowledge.faq.synonyms))
    hits = index.search("准考证什么时候打印", limit=40)
    assert hits[0].entry.id == "tickets" and "blank" not in {h.entry.id for h in hits}
    assert index.by_id("blank") is blank


PC_SPEC = ("pc-spec", ["考试电脑配置有什么要求", "考试机最低配置是多少"], "考试电脑需要 8G 内存、i5 以上处理器，Windows 10 64 位，屏幕分辨率不低于 1366×768。")
ASKED = "老师好，我们机房电脑有点老，４G内存的能用来考吗"  # fewshot12's words: none of the samples', the answer's 内存


def _with(knowledge, entry_id: str, questions: list[str], answer: str, answers: bool):
    from bot.knowledge import FaqEntry, FaqFile

    faq = FaqFile(faqs=[*knowledge.faq.faqs, FaqEntry(id=entry_id, questions=questions, answer=answer)], synonyms={})
    return FaqIndex(faq, answers=[knowledge.render(e.answer) for e in faq.faqs] if answers else None)


def test_a_staff_entrys_answer_is_evidence_for_it(knowledge) -> None:
    """An entry added with two samples is described by its answer too: a member asking what the answer says, in
    words the samples never use, reaches it; without the answers the samples alone do not."""
    from bot.text import normalize

    q = normalize(ASKED)
    assert _with(knowledge, *PC_SPEC, answers=False).search(q)[0].entry.id != "pc-spec"
    assert _with(knowledge, *PC_SPEC, answers=True).search(q)[0].entry.id == "pc-spec"


def test_answers_add_nothing_to_entries_with_many_samples(knowledge) -> None:
    """Our entries (four samples or more) are ranked by their samples alone: same scores with answers or without."""
    with_answers = FaqIndex(knowledge.faq, answers=[knowledge.render(e.answer) for e in knowledge.faq.faqs])
    plain = FaqIndex(knowledge.faq)
    for q in ["准考证什么时候打印", "考试费怎么交", "中级几点考"]:
        assert with_answers.search(q) == plain.search(q)


WAITING = ("waiting-area", ["候考的地方在哪", "提前到的考生在哪等"], "考生提前到达的，请在一楼大厅的候考区等候，开考前20分钟由监考员引导进入考场。")


def test_an_answer_reaches_its_entry_wherever_the_samples_ranked_it(knowledge) -> None:
    """Two samples say little: 「一楼大厅能不能让学生先坐着」 shares no meaning with 「候考的地方在哪」 that the samples
    alone find (nine entries rank above it), and the answer, which speaks of 一楼大厅 and 候考, brings it first."""
    from bot.text import normalize

    q = normalize("一楼大厅能不能让学生先坐着")
    plain = [h.entry.id for h in _with(knowledge, *WAITING, answers=False).search(q, limit=40)]
    assert plain.index("waiting-area") >= 5
    assert _with(knowledge, *WAITING, answers=True).search(q)[0].entry.id == "waiting-area"


def test_an_answer_does_not_take_our_own_questions(knowledge) -> None:
    """An added entry whose answer speaks of 准考证打印 gains from it, yet 「准考证什么时候打印」 is still answered by our
    entry, whose samples ask it."""
    parking = ("parking", ["停车场在哪", "能开车进学校吗"], "准考证请在考试前打印，打印时间见通知。")
    q = "准考证什么时候打印"
    score = {
        answers: {h.entry.id: h.score for h in _with(knowledge, *parking, answers=answers).search(q, limit=40)}
        for answers in (False, True)
    }
    assert score[True]["parking"] > score[False]["parking"]
    assert max(score[True], key=score[True].get) == "tickets"


class _Counting:
    """A stand-in model that records every text it is asked to encode (vectors from the text's characters)."""

    dim = 8

    def __init__(self, name: str) -> None:
        self.name = name
        self.encoded: list[str] = []

    def encode(self, texts, *, question: bool = False):
        import numpy as np

        self.encoded += list(texts)
        return np.array([[float(ord(c) % 7) for c in (t + "12345678")[:8]] for t in texts], np.float32)


def test_adding_the_first_plain_entry_encodes_only_its_own_texts(knowledge, monkeypatch) -> None:
    """The answers the entries are compared with are ready before staff add their first two-sample entry, so its
    reload encodes that entry's samples and answer, not the whole reference (which took 3.5 s and missed 5 s)."""
    from bot.knowledge import FaqEntry, FaqFile
    from bot.text import normalize

    monkeypatch.setattr(semantic, "cache", semantic.EmbeddingCache(None))  # this test's own, empty
    enc = _Counting("counting-first-plain")
    faq = knowledge.faq
    FaqIndex(faq, encoder=enc, answers=[knowledge.render(e.answer) for e in faq.faqs])
    parking = FaqEntry(id="parking", questions=["考点停车场在哪里", "能开车去考点吗"], answer="考点东门有临时停车位。")
    added = FaqFile(faqs=[*faq.faqs, parking], synonyms=faq.synonyms)
    enc.encoded.clear()
    FaqIndex(added, encoder=enc, answers=[knowledge.render(e.answer) for e in added.faqs])
    assert sorted(enc.encoded) == sorted(map(normalize, ["考点停车场在哪里", "能开车去考点吗", "考点东门有临时停车位。"]))


def test_the_reference_answers_stay_put_when_entries_come_and_go(knowledge, monkeypatch) -> None:
    """With more entries than the reference holds, adding one (of many samples) before all the others re-encodes no
    answer but perhaps its own: the reference is picked by id, not by place in the file."""
    from bot import faq as faq_module
    from bot.knowledge import FaqEntry, FaqFile
    from bot.text import normalize

    monkeypatch.setattr(faq_module, "ANSWER_REFERENCE", 10)
    monkeypatch.setattr(semantic, "cache", semantic.EmbeddingCache(None))
    enc = _Counting("counting-reference")
    faq = knowledge.faq
    plain = FaqEntry(id="plain", questions=["考点停车场在哪里", "能开车去考点吗"], answer="考点东门有临时停车位。")
    before = FaqFile(faqs=[plain, *faq.faqs], synonyms=faq.synonyms)
    FaqIndex(before, encoder=enc, answers=[knowledge.render(e.answer) for e in before.faqs])
    asked = ["食堂几点开门", "中午在哪吃饭", "考点有食堂吗", "午饭怎么解决"]
    first = FaqEntry(id="canteen", questions=asked, answer="食堂十一点开门。")
    after = FaqFile(faqs=[first, plain, *faq.faqs], synonyms=faq.synonyms)
    enc.encoded.clear()
    FaqIndex(after, encoder=enc, answers=[knowledge.render(e.answer) for e in after.faqs])
    assert set(enc.encoded) <= set(map(normalize, [*asked, "食堂十一点开门。"]))


def test_a_staff_entrys_answer_words_are_evidence_for_it(knowledge, monkeypatch) -> None:
    """The rarer words a member uses that only the answer of a two-sample entry holds (空调, 多少度) raise it, by
    their share of the question's words; a question none of whose words the answer holds gains nothing."""
    import bot.faq as faq_module

    heating = ("room-heating", ["考场冷不冷", "冬天考场温度"], "冬季考场室温宜保持在18℃至26℃，可开空调，但空调出风口不要正对考试机。")
    asked, unrelated = "考场空调开到多少度合适", "冬天考场温度要求"

    def score(q: str, weight: float) -> float:
        monkeypatch.setattr(faq_module, "W_ANSWER_WORDS", weight)
        hits = _with(knowledge, *heating, answers=True).search(q, limit=40)
        return next(h.score for h in hits if h.entry.id == "room-heating")

    assert score(asked, faq_module.W_ANSWER_WORDS) > score(asked, 0.0)
    assert score(unrelated, faq_module.W_ANSWER_WORDS) == score(unrelated, 0.0)
