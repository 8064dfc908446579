"""ContactDirectory: who to call, by province, person, phone number or e-mail. Every name comes from contacts.json.

The notice lists three kinds of contact: 考务 (exam affairs), 技术 (the exam system) and the business contact of
each province. One person may be several (黄超 is technical and covers 西藏、新疆、宁夏); a card always gives all.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from pypinyin import lazy_pinyin

from .knowledge import Contacts, Person
from .regions import SCHOOL_TAIL

__all__ = ["ContactDirectory", "PersonCard", "ProvincialContact", "phone_keys"]

PROVINCIAL_ROLE = "考核站点业务联系人"
EXAM_AFFAIRS_ROLE = "考务工作联系人"
TECHNICAL_ROLE = "考试系统技术工作联系人"

_NOT_DIGIT = re.compile(r"\D")
# A school is in its province (西北工业大学在陕西); a city or a region word belongs to it (深圳属于广东).
_SCHOOL_NAME = re.compile(f"{SCHOOL_TAIL}$")


def _where(via: str, province: str) -> str:
    return f"{via}{'在' if _SCHOOL_NAME.search(via) else '属于'}{province}。"



def bare_digits(text: str) -> str:
    """The digits of a number as typed or printed (028-85964700 → 02885964700)."""
    return _NOT_DIGIT.sub("", text)


def phone_keys(number: str) -> list[str]:
    """The ways a number may be typed, as bare digits: 028-85964700 is also 02885964700, 2885964700 (after +86)
    and 85964700 (within the city); a mobile number is itself."""
    digits = bare_digits(number)
    keys = [digits]
    if digits.startswith("0") and len(digits) >= 10:  # a landline with its area code
        keys.append(digits[1:])  # +86 28 85964700 drops the trunk 0
        local = 8 if len(digits) - 3 >= 8 else 7
        keys.append(digits[-local:])
    return keys


@dataclass
class ProvincialContact:
    """One person of the province table, with every province their rows cover."""

    name: str
    phone: str
    email: str
    provinces: list[str] = field(default_factory=list)
    also: list[str] = field(default_factory=list)  # the person's other roles (黄超: 考试系统技术工作联系人 too)

    def line(self) -> str:
        email = f" {self.email}" if self.email else ""
        more = f"；也是{'、'.join(self.also)}" if self.also else ""
        return f"{self.name} {self.phone}{email}（负责{'、'.join(self.provinces)}{more}）"


@dataclass
class PersonCard:
    """Everything the notice says about one person, over all their roles."""

    name: str
    phones: list[str] = field(default_factory=list)
    email: str = ""
    provinces: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    def contact(self) -> str:
        """「15928431762 huangchao@zhonghui.vip」"""
        return "、".join(self.phones) + (f" {self.email}" if self.email else "")

    def role_lines(self) -> list[str]:
        return [f"{r}，负责{'、'.join(self.provinces)}" if r == PROVINCIAL_ROLE else r for r in self.roles]

    def summary(self) -> str:
        """One line: 「杨德明 13551324832 yangdeming@zhonghui.vip（负责重庆、陕西）」 or the role for 考务 / 技术."""
        what = f"负责{'、'.join(self.provinces)}" if self.provinces else "、".join(self.roles)
        return f"{self.name} {self.contact()}（{what}）"


def _people_line(people: Iterable[Person]) -> str:
    return "；".join(f"{p.name} {'、'.join(p.phones)}" for p in people)


class ContactDirectory:
    def __init__(self, contacts: Contacts):
        self._contacts = contacts
        self._people: dict[str, ProvincialContact] = {}
        self._by_province: dict[str, list[ProvincialContact]] = {}
        self._cards: dict[str, PersonCard] = {}
        for row in contacts.provincial:
            person = self._people.setdefault(row.name, ProvincialContact(row.name, row.phone, row.email))
            card = self._card(row.name, PROVINCIAL_ROLE, [row.phone])
            card.email = card.email or row.email
            for p in row.provinces:
                if p not in person.provinces:
                    person.provinces.append(p)
                    card.provinces.append(p)
                bucket = self._by_province.setdefault(p, [])
                if person not in bucket:
                    bucket.append(person)
        for role, group in ((EXAM_AFFAIRS_ROLE, contacts.exam_affairs), (TECHNICAL_ROLE, contacts.technical)):
            for p in group:
                self._card(p.name, role, p.phones)
        for person in self._people.values():  # (what else the person is, said wherever their line is)
            person.also = [r for r in self._cards[person.name].roles if r != PROVINCIAL_ROLE]
        # Longest first so that a three-character name is never read as a two-character one inside it.
        self._names = sorted(self._cards, key=len, reverse=True)
        # 贾昕阳 is 贾昕旸 by sound: each name's syllables without tones; a sound two people share names neither.
        self._by_sound: dict[tuple[str, ...], str | None] = {}
        for name in self._names:
            key = tuple(lazy_pinyin(name))
            self._by_sound[key] = None if key in self._by_sound else name
        self._by_phone: dict[str, str] = {}
        self._by_email: dict[str, str] = {}
        self._by_mailbox: dict[str, str] = {}
        for card in self._cards.values():
            for phone in card.phones:
                for key in phone_keys(phone):
                    self._by_phone.setdefault(key, card.name)
            if card.email:
                self._by_email[card.email.lower()] = card.name
                self._by_mailbox[card.email.lower().split("@")[0]] = card.name

    def _card(self, name: str, role: str, phones: Iterable[str]) -> PersonCard:
        card = self._cards.setdefault(name, PersonCard(name))
        if role not in card.roles:
            card.roles.append(role)
        card.phones += [p for p in phones if p not in card.phones]
        return card

    # ------------------------------------------------------------ look-ups

    def for_province(self, province: str) -> list[ProvincialContact]:
        return list(self._by_province.get(province, []))

    def card(self, name: str) -> PersonCard | None:
        return self._cards.get(name)

    def names(self) -> list[str]:
        """Every person the notice names, longest name first."""
        return list(self._names)

    def in_order(self) -> list[str]:
        """Every person the notice names, in the order it names them."""
        return list(self._cards)

    def sounds(self) -> dict[str, tuple[str, ...]]:
        """Each person whose name no other person's name sounds like: their syllables, without tones."""
        return {name: key for key, name in self._by_sound.items() if name is not None}

    def by_phone(self, digits: str) -> str | None:
        """Whose number this is (bare digits, any of the forms `phone_keys` lists)."""
        return self._by_phone.get(digits)

    def by_part(self, digits: str, at_start: bool) -> list[tuple[str, str]]:
        """The numbers (as the table writes them) that start, or end, with these digits, with their owners:
        「028开头的座机」「尾号6370」."""
        found = []
        for card in self._cards.values():
            for phone in card.phones:
                bare = bare_digits(phone)
                if bare.startswith(digits) if at_start else bare.endswith(digits):
                    found.append((phone, card.name))
        return found

    def by_email(self, address: str) -> str | None:
        return self._by_email.get(address.lower())

    def by_mailbox(self, local_part: str) -> str | None:
        """Whose e-mail address starts with this (「liwen」 → 李雯)."""
        return self._by_mailbox.get(local_part.lower())

    def mailboxes(self) -> list[str]:
        return list(self._by_mailbox)

    def names_in(self, text: str) -> list[str]:
        """Every contact named in `text`, in order of appearance."""
        return list(dict.fromkeys(name for _, _, name in self.name_spans(text)))

    def name_spans(self, text: str) -> list[tuple[int, int, str]]:
        """Each mention of a contact's name: (start, end, name), in text order."""
        found: list[tuple[int, int, str]] = []
        for name in self._names:
            start = text.find(name)
            while start >= 0:
                end = start + len(name)
                if not any(s < end and start < e for s, e, _ in found):
                    found.append((start, end, name))
                start = text.find(name, end)
        return sorted(found)

    # ------------------------------------------------------------ replies

    def exam_affairs_line(self) -> str:
        return _people_line(self._contacts.exam_affairs)

    def technical_line(self) -> str:
        return _people_line(self._contacts.technical)

    def _group(self, role: str) -> list[Person]:
        return {EXAM_AFFAIRS_ROLE: self._contacts.exam_affairs, TECHNICAL_ROLE: self._contacts.technical}[role]

    def role_names(self, role: str) -> list[str]:
        """The people of the 考务 or the 技术 group (EXAM_AFFAIRS_ROLE, TECHNICAL_ROLE), in the notice's order."""
        return [p.name for p in self._group(role)]

    def role_line(self, role: str, without: Collection[str] = ()) -> str:
        """「陈海燕 028-85964700、15196102513；张晋静 18583932660」: a group's people, but those set aside."""
        return _people_line(p for p in self._group(role) if p.name not in without)

    def describe_provinces(
        self, provinces: list[str], via: dict[str, str] | None = None, without: Collection[str] = ()
    ) -> str:
        """The business contacts of each province; a province the table lacks says so and names 考务.

        Provinces with the very same contacts share one line (北京、天津、河北 → 蓝海鹏), in the order asked.
        People set aside (`without`: 「广东除了林贺还有谁」) are left out and said to be.
        """
        via = via or {}
        if any(c.name in without for p in provinces for c in self.for_province(p)):
            return self._others(provinces, via, without)
        groups: dict[tuple[str, ...], list[str]] = {}
        missing: list[str] = []
        for p in provinces:
            people = self.for_province(p)
            if people:
                groups.setdefault(tuple(c.name for c in people), []).append(p)
            else:
                missing.append(p)
        lines: list[str] = []
        if len(groups) >= 2:  # provinces with different contacts: one line a person, with what of the asked is theirs
            lines.append(self._by_person([p for members in groups.values() for p in members], via))
            groups = {}
        for names, members in groups.items():
            people = self.for_province(members[0])
            prefix = "".join(_where(via[p], p) for p in members if via.get(p))
            head = f"{prefix}{'、'.join(members)}的考核站点业务联系人"
            # (several places with the very same contacts say so: 「云贵两省分别联系谁」 is one person for both)
            shared = len(members) > 1
            if len(names) == 1:
                lines.append(f"{head}{'都是' if shared else '：'}{people[0].line()}")
            else:
                lines.append(f"{head}都是这 {len(people)} 位：" if shared else f"{head}（共 {len(people)} 位）：")
                lines += [f"· {c.line()}" for c in people]
        if missing:
            lines.append(f"{self.not_listed(missing, via)}，请联系考务工作：{self.exam_affairs_line()}。")
        return "\n".join(lines)

    def _others(self, provinces: list[str], via: dict[str, str], without: Collection[str]) -> str:
        """「广东的考核站点业务联系人除了林贺，还有：王吉庆 …」「海南的考核站点业务联系人只有林贺一位：林贺 …」"""
        lines = []
        anyone_else = any(c.name not in without for p in provinces for c in self.for_province(p))
        for p in provinces:
            people = self.for_province(p)
            left_out = [c.name for c in people if c.name in without]
            others = [c for c in people if c.name not in without]
            head = f"{_where(via[p], p) if via.get(p) else ''}{p}的考核站点业务联系人"
            if not people:
                lines.append(f"{self.not_listed([p], via)}，请联系考务工作：{self.exam_affairs_line()}。")
            elif not left_out:
                lines.append(f"{head}：{'；'.join(c.line() for c in others)}")
            elif not others:
                # (with the card when nobody else is listed: whom to call is what the member asking 还有别的吗 still
                # wants; beside others listed, 「除了林贺还有谁」, the one set aside is only named)
                count = "一位" if len(left_out) == 1 else f"这{len(left_out)}位"
                card = "。" if anyone_else else f"：{'；'.join(c.line() for c in people)}"
                lines.append(f"{head}只有{'、'.join(left_out)}{count}{card}")
            else:
                lines.append(f"{head}除了{'、'.join(left_out)}，还有：{'；'.join(c.line() for c in others)}")
        return "\n".join(lines)

    def not_listed(self, provinces: list[str], via: dict[str, str] | None = None) -> str:
        """「西宁属于青海。通知的联系人表里没有列出青海的业务联系人」, without a full stop: the caller says whom to call."""
        via = via or {}
        prefix = "".join(_where(via[p], p) for p in provinces if via.get(p))
        return f"{prefix}通知的联系人表里没有列出{'、'.join(provinces)}的业务联系人"

    def _by_person(self, provinces: list[str], via: dict[str, str]) -> str:
        """「广东和海南分别找谁」: 林贺 once for both, 王吉庆 for 广东, each person's asked provinces by the name.

        Read by person, not by province, so that nobody is listed twice and no name stands next to a province
        that is not theirs."""
        people: dict[str, tuple[ProvincialContact, list[str]]] = {}
        for p in provinces:
            for c in self.for_province(p):
                people.setdefault(c.name, (c, []))[1].append(p)
        prefix = "".join(_where(via[p], p) for p in provinces if via.get(p))
        lines = [f"{prefix}{'、'.join(provinces)}的考核站点业务联系人："]
        # 「泰州和台州分别找哪位」: two cities or more asked, each said beside its person, not only in the lines above
        cities = {p: via[p] for p in provinces if via.get(p) and not _SCHOOL_NAME.search(via[p])}
        cities = cities if len(cities) >= 2 else {}
        for c, asked in people.values():
            email = f" {c.email}" if c.email else ""
            said = ("；" if any(p in cities for p in asked) else "、").join(
                f"{p}：{cities[p]}" if p in cities else p for p in asked
            )
            lines.append(f"· {c.name}（{said}）{c.phone}{email}")
        return "\n".join(lines)

    def describe_person(self, name: str) -> str:
        """A person's phone, e-mail and every role the notice gives them."""
        card = self._cards.get(name)
        if card is None:
            return ""
        roles = card.role_lines()
        if len(roles) == 1:
            return f"{name}：{card.contact()}\n{roles[0]}。"
        return f"{name}：{card.contact()}\n" + "\n".join(f"· {r}" for r in roles)
