"""The retrieval index: repeated questions give the same ranking, whatever a caller does with it."""

from __future__ import annotations

import pytest

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
