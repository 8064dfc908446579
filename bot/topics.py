"""Is a question about our notice? Decided on positive evidence, and on what the question is about.

Two things only, both read from tokens (jieba words with their part of speech), never from substrings:
- **another subject**: the thing asked about is another exam, certificate, meeting, project, group or mailbox.
  A kind-of-thing noun (考试, 证书, 会, 项目, 群, 邮箱 …) is modified by a noun that nothing of ours uses
  (计算机二级考试, WPS的证书, 教研会, 隔壁项目的邮箱) or by a word that means "another" (别的, 其他, 另一个).
  "Ours" is every word of the notice, the FAQ's samples and answers, and the contact table: a word staff add to
  faq.yaml becomes ours at once. Places, levels and numbers are never "another subject".
- **positive evidence** is the caller's: a contact of ours named, or a FAQ entry similar enough (bot.answer).
Nothing here lists other exams: 雅思 and 计算机二级 are recognised as *not ours*, not as *on a list*.
"""

from __future__ import annotations

import threading

from pypinyin import lazy_pinyin

from .faq import informativeness, words
from .lexicon import TAGGER

__all__ = ["Topics"]

# Kinds of things a question can be about (language, not this notice): exams and certificates, meetings,
# projects, groups, mailboxes, contests, courses.
SUBJECT_KINDS = ("考试", "考证", "证书", "认证", "证", "考", "会议", "例会", "会", "项目", "群", "邮箱", "比赛", "大赛", "竞赛", "课程", "课")
# Kinds of institution: a school's name tells who asks (…学院, …大学, …技师), never what is asked.
INSTITUTIONS = ("学院", "大学", "学校", "技师", "职院", "中专", "技校", "职校", "高职", "院校")
# Words that say "another one" of a kind.
ANOTHER = ("别的", "其他", "其它", "另外", "另一个", "另一", "另个", "隔壁", "其余")
# Parts of speech that name things (jieba's tag set): nouns, proper nouns, abbreviations, Latin words,
# verbal nouns, idioms used as names.
_NAMING = ("n", "nz", "nt", "nr", "j", "eng", "vn", "l", "b", "x")
# A question whose naming words carry at least this share of weight in words nothing of ours uses is about
# something else (英语四六级哪天考, 升旗仪式几点). Measured on blind8's negatives against its FAQ questions.
FOREIGN_SHARE = 0.2
_POS_LOCK = threading.Lock()
_POS = TAGGER


def _tagged(text: str) -> list[tuple[str, str]]:
    with _POS_LOCK:  # posseg's tokenizer keeps per-call state
        return [(p.word, p.flag) for p in _POS.cut(text)]


class Topics:
    def __init__(self, ours: frozenset[str], is_place, is_level) -> None:
        self.ours = ours
        # A word that sounds exactly like one of ours is that word misspelt (考式 for 考试), not a new subject.
        self._our_sounds = frozenset("".join(lazy_pinyin(w)) for w in ours if len(w) >= 2)
        self._is_place = is_place
        self._is_level = is_level

    def _foreign(self, word: str, flag: str) -> bool:
        """A naming word nothing of ours uses, that is no place, level or number."""
        if word in self.ours or not flag.startswith(_NAMING) or flag.startswith(("ns", "m", "t", "r")):
            return False
        if any(ch.isdigit() for ch in word) or self._is_place(word) or self._is_level(word):
            return False
        if flag == "nt" or word.endswith(INSTITUTIONS):  # who is asking (广州市技师学院), not what is asked
            return False
        if "".join(lazy_pinyin(word)) in self._our_sounds:
            return False
        if word.isascii() and word.startswith("p") and set(word) <= set("python"):  # py, pyhton: ours, misspelt
            return False
        # A word made of words of ours is ours (考点 and 申报 are; 考点申报 is too).
        parts = [w for w in words(word) if w != word]
        if parts and all(p in self.ours for p in parts):
            return False
        return informativeness(word) >= 7.0

    def foreign_share(self, text: str) -> tuple[float, list[str]]:
        """How much of what the question names is nothing of ours: the share of its naming words' weight
        (general-Chinese rarity) carried by words no part of our data uses, and those words."""
        total = 0.0
        foreign: list[str] = []
        mass = 0.0
        for word, flag in _tagged(text):
            if not (flag.startswith(_NAMING) or flag.startswith("v")) or (len(word) < 2 and not word.isascii()):
                continue
            weight = informativeness(word)
            total += weight
            if self._foreign(word, flag):
                foreign.append(word)
                mass += weight
        return (mass / total if total else 0.0), foreign

    def other_subject(self, text: str) -> str | None:
        """The word that makes the question about something else (计算机二级, 教研, 别的), or None."""
        share, foreign = self.foreign_share(text)
        if share >= FOREIGN_SHARE:
            return foreign[0]
        return self.names_another(text)

    def names_another(self, text: str) -> str | None:
        """A kind of thing (考试, 证书, 会, 群 …) named as another one: 计算机二级考试, 教研会, 别的群."""
        tagged = _tagged(text)
        for j, (word, _flag) in enumerate(tagged):
            kind = next((k for k in SUBJECT_KINDS if word == k or (word.endswith(k) and len(word) > len(k))), None)
            if kind is None:
                continue
            if word != kind:  # 教研会, 期末考: the modifier is inside the word
                head = word[: -len(kind)]
                if word not in self.ours and self._foreign(head, "n"):
                    return head
            i = j - 1
            while i >= 0 and tagged[i][0] in ("的", "之"):
                i -= 1
            seen = 0
            while i >= 0 and seen < 2:
                mod, mflag = tagged[i]
                if mod in ANOTHER or any(mod.startswith(a) for a in ANOTHER):
                    return mod
                if self._foreign(mod, mflag):
                    return mod
                if not mflag.startswith(_NAMING) and mflag not in ("m", "q"):
                    break
                i -= 1
                seen += 1
        return None
