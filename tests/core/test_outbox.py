"""What one chat's send queue sends next: priorities, merging, the bound and freshness, with time passed in."""

from __future__ import annotations

import random

from bot.outbox import (
    FORWARD_NODES,
    LATE_NOTICE,
    PLAIN_ASKERS,
    SCREEN_LINES,
    STALE_AFTER,
    Asker,
    Batch,
    Kind,
    Letter,
    Outbox,
)

ONE_SECOND = 1.0


def reply(user: int, text: str, at: float = 0.0, question: str = "问题") -> Letter:
    return Letter(text, asker=Asker(str(user), f"u{user}"), question=question, quote=user * 10, asked_at=at)


def post(text: str) -> Letter:
    return Letter(text)


def filled(*letters: Letter, mergeable: bool = True, bound: int = 500) -> Outbox:
    box = Outbox(mergeable=mergeable, bound=bound)
    for letter in letters:
        box.put(letter)
    return box


def drain(box: Outbox, now: float = 0.0, interval: float = ONE_SECOND, forward: bool = True) -> list[Batch]:
    out = []
    while (batch := box.take(now, interval, forward)) is not None:
        out.append(batch)
        now += interval
    return out


def test_a_single_reply_leaves_alone_quoting_its_question():
    """One question in a quiet group: its answer goes out by itself, quoting the question, as always."""
    [batch] = drain(filled(reply(1, "答案")))
    assert batch.kind is Kind.ALONE and batch.text == "答案" and batch.quote == 10


def test_a_few_replies_still_leave_one_by_one():
    """Three replies at one a second all leave within 3 s: each goes alone, quoted, in the order asked."""
    batches = drain(filled(*(reply(u, f"答案{u}") for u in (1, 2, 3))))
    assert [b.kind for b in batches] == [Kind.ALONE] * 3
    assert [b.quote for b in batches] == [10, 20, 30]


def test_a_reminder_goes_ahead_of_every_waiting_reply():
    """A reminder queued behind 200 replies is the very next message."""
    box = filled(*(reply(u, f"答案{u}") for u in range(200)))
    box.put(post("提醒：报名明天截止"))
    first = box.take(0.0, ONE_SECOND)
    assert first is not None and first.kind is Kind.ALONE and first.text == "提醒：报名明天截止"


def test_reminders_are_never_merged_and_keep_their_order():
    """Two reminders and a crowd of replies: the two reminders leave first, one message each, in order."""
    box = filled(*(reply(u, "答案") for u in range(10)), post("提醒一"), post("提醒二"))
    batches = drain(box)
    assert [b.text for b in batches[:2]] == ["提醒一", "提醒二"]
    assert all(b.kind is Kind.ALONE for b in batches[:2])


def test_a_crowd_is_merged_into_one_message_naming_each_asker():
    """Five short answers waiting at one a second: one message, each part for its own askers."""
    box = filled(*(reply(u, f"答案{u % 2}") for u in range(5)))
    [batch] = drain(box)
    assert batch.kind is Kind.MERGED
    assert [p.text for p in batch.parts] == ["答案0", "答案1"]
    assert [[a.user_id for a in p.askers] for p in batch.parts] == [["0", "2", "4"], ["1", "3"]]


def test_the_same_answer_for_several_members_goes_out_once():
    """Eight members ask the same thing: one part, one copy of the answer, eight names."""
    [batch] = drain(filled(*(reply(u, "中级实操 14:00-16:30") for u in range(8))))
    assert len(batch.parts) == 1 and len(batch.parts[0].askers) == 8 and len(batch.letters) == 8


def test_one_askers_repeats_leave_as_one_quoted_reply():
    """One member asks the same thing five times at once: one reply, quoting the first question."""
    [batch] = drain(filled(*(reply(7, "答案") for _ in range(5))))
    assert batch.kind is Kind.ALONE and batch.quote == 70 and len(batch.letters) == 5


def test_a_merged_message_stays_within_one_screen():
    """Answers of four lines each: what does not fit one screen goes as a merged-forward message instead."""
    four_lines = "\n".join(["一行"] * 4)
    box = filled(*(reply(u, f"{four_lines}\n第{u}条") for u in range(6)))
    [batch] = drain(box)
    assert batch.kind is Kind.FORWARD and len(batch.parts) == 6


def test_many_answers_go_as_forward_messages_of_bounded_size():
    """Over a hundred distinct answers: forwards of FORWARD_NODES answers, then the seven left fit one screen."""
    box = filled(*(reply(u, f"答案{u}") for u in range(2 * FORWARD_NODES + 7)))
    batches = drain(box)
    assert [b.kind for b in batches] == [Kind.FORWARD, Kind.FORWARD, Kind.MERGED]
    assert [len(b.parts) for b in batches] == [FORWARD_NODES, FORWARD_NODES, 7]


def test_without_forward_messages_each_merged_message_fits_one_screen():
    """A chat that refuses forwards gets plain merged messages, each within the screen and @ limits."""
    box = filled(*(reply(u, f"答案{u}\n第二行") for u in range(40)))
    batches = drain(box, forward=False)
    assert all(b.kind is Kind.MERGED for b in batches[:-1])
    assert all(sum(p.lines for p in b.parts) <= SCREEN_LINES for b in batches)
    assert all(b.askers <= PLAIN_ASKERS for b in batches)
    assert sum(len(b.letters) for b in batches) == 40


def test_a_reply_past_a_minute_becomes_the_short_notice():
    """A reply still waiting a minute after its question (say after a disconnect) is the notice, not the answer."""
    box = filled(reply(1, "答案", at=0.0))
    [batch] = drain(box, now=STALE_AFTER + 1)
    assert batch.kind is Kind.ALONE and batch.text == LATE_NOTICE and batch.quote == 10


def test_stale_replies_are_noted_together_and_fresh_ones_answered():
    """After a long wait, the stale askers share one notice part and the fresh ones get their answers."""
    stale = [reply(u, f"旧答案{u}", at=0.0) for u in range(3)]
    fresh = [reply(u, "新答案", at=STALE_AFTER) for u in range(10, 13)]
    [batch] = drain(filled(*stale, *fresh), now=STALE_AFTER + 5)
    assert batch.kind is Kind.MERGED
    assert [p.text for p in batch.parts] == [LATE_NOTICE, "新答案"]
    assert [len(p.askers) for p in batch.parts] == [3, 3]


def test_past_the_bound_a_reply_keeps_only_its_asker_for_the_notice():
    """The queue holds `bound` answers; the asker of one more gets the notice, never silence."""
    box = filled(*(reply(u, f"答案{u}") for u in range(5)), bound=3)
    batches = drain(box, forward=True)
    texts = {(a.user_id, p.text) for b in batches for p in b.parts for a in p.askers}
    assert ("0", "答案0") in texts and ("2", "答案2") in texts
    assert ("3", LATE_NOTICE) in texts and ("4", LATE_NOTICE) in texts


def test_askers_of_an_answer_already_waiting_always_join_it():
    """The bound counts distinct answers: a hundred more askers of a waiting answer cost no room."""
    box = filled(*(reply(u, f"答案{u % 3}") for u in range(100)), bound=3)
    assert box.answers_waiting == 3
    [batch] = drain(box)
    assert LATE_NOTICE not in [p.text for p in batch.parts] and len(batch.letters) == 100


def test_letters_put_back_after_a_lost_connection_keep_their_order():
    """A batch that did not leave waits again ahead of what came after it."""
    box = filled(reply(1, "一"), reply(2, "二"))
    first = box.take(0.0, 0.0)
    box.put(reply(3, "三"))
    assert first is not None
    box.put_back(first.letters)
    assert [b.text for b in drain(box, interval=0.0)] == ["一", "二", "三"]


def test_a_private_chat_is_never_merged():
    """Replies to one person in private leave one by one, however many wait."""
    batches = drain(filled(*(reply(1, f"答案{i}") for i in range(6)), mergeable=False))
    assert [b.kind for b in batches] == [Kind.ALONE] * 6


def test_a_person_whose_private_questions_all_came_too_late_gets_one_notice():
    """Three private questions waited out a long disconnect: one notice for all three, then a fresh answer."""
    box = filled(*(reply(1, f"答案{i}", at=0.0) for i in range(3)), reply(1, "新答案", at=STALE_AFTER), mergeable=False)
    batches = drain(box, now=STALE_AFTER + 5)
    assert [(b.kind, b.text, len(b.letters)) for b in batches] == [
        (Kind.ALONE, LATE_NOTICE, 3),
        (Kind.ALONE, "新答案", 1),
    ]


def test_every_reply_leaves_exactly_once_as_its_answer_or_the_notice():
    """Random traffic, random turns, a small bound: each letter comes out once, with its answer or the notice."""
    rng = random.Random(15)
    box = Outbox(bound=40)
    letters: list[Letter] = []
    out: list[Letter] = []
    now = 0.0
    for _ in range(400):
        now += rng.choice([0.0, 0.0, 0.3, 1.0, 5.0])
        for _ in range(rng.randint(0, 6)):
            user = rng.randint(1, 60)
            letter = reply(user, f"答案{rng.randint(1, 30)}" + "\n行" * rng.randint(0, 5), at=now)
            letters.append(letter)
            box.put(letter)
        if rng.random() < 0.1:
            box.put(post("提醒"))
        batch = box.take(now, ONE_SECOND, forward=rng.random() < 0.7)
        waiting = [x for x in letters if x not in out and (batch is None or x not in batch.letters)]
        assert box.answers_waiting == len({x.text for x in waiting if not x.late})
        assert box.answers_waiting <= 40
        if batch is not None:
            assert batch.kind is Kind.ALONE or all(not x.urgent for x in batch.letters)
            for part in batch.parts:
                assert all(x.late for x in part.letters) == (part.text == LATE_NOTICE)
                assert all(x.late or x.text == part.text for x in part.letters)
            out += [x for x in batch.letters if not x.urgent]
    out += [x for b in drain(box, now) for x in b.letters if not x.urgent]
    assert sorted(map(id, out)) == sorted(map(id, letters))
