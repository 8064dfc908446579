"""The retrieval index: repeated questions give the same ranking, whatever a caller does with it."""

from __future__ import annotations

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
