"""A reload rebuilds only what staff changed: what it takes from the last build is what a fresh build makes."""

from __future__ import annotations

import dataclasses

import numpy as np

from bot import answer, faq
from bot.answer import Answerer
from bot.faq import FaqIndex
from bot.knowledge import FaqEntry, FaqFile


def edited(knowledge):
    """faq.yaml after an edit: one sample question reworded, one entry added."""
    entries = list(knowledge.faq.faqs)
    first = entries[0]
    entries[0] = first.model_copy(update={"questions": ["考场里" + first.questions[0], *first.questions[1:]]})
    entries.append(
        FaqEntry(id="parking", questions=["考点停车场在哪里", "能开车去考点吗"], answer="考点东门有临时停车位。")
    )
    return dataclasses.replace(knowledge, faq=FaqFile(faqs=entries, synonyms=knowledge.faq.synonyms))


def fresh(build):
    """What `build` makes in a process that never built anything before."""
    faq._last_forms, answer._last_pairs = {}, {}
    answer._prepared.clear()
    return build()


def same_index(a: FaqIndex, b: FaqIndex) -> None:
    assert a.samples == b.samples and a.origins == b.origins
    assert a.vocabulary == b.vocabulary and a.entry_words == b.entry_words
    for mine, theirs in ((a._words, b._words), (a._sounds, b._sounds)):
        assert np.array_equal(mine.mass, theirs.mass) and mine.post.keys() == theirs.post.keys()
        for term, (ids, weights) in mine.post.items():
            assert np.array_equal(ids, theirs.post[term][0]) and np.array_equal(weights, theirs.post[term][1])


def test_an_index_after_an_edit_is_the_index_built_afresh(knowledge) -> None:
    """The index of the edited entries, built right after the old one, equals one built from nothing."""
    FaqIndex(knowledge.faq, encoder=None)
    new = edited(knowledge)
    after = FaqIndex(new.faq, encoder=None)
    assert any(s.startswith("考场里") for _, s in after.samples)  # the reworded question, normalised anew
    assert any(s == "考点停车场在哪里" for _, s in after.samples)
    same_index(after, fresh(lambda: FaqIndex(new.faq, encoder=None)))


def test_an_answerer_after_an_edit_is_the_answerer_built_afresh(knowledge) -> None:
    """Its word pairs and its answers are those of an answerer built from nothing."""
    Answerer(knowledge)
    new = edited(knowledge)
    after = Answerer(new)
    again = fresh(lambda: Answerer(new))
    assert after.topics.pairs == again.topics.pairs and ("考点", "停车场") in after.topics.pairs
    same_index(after.index, again.index)
    for q in ("考点停车场在哪里", "准考证什么时候打印", "广东谁负责"):
        assert after.answer(q) == again.answer(q)
