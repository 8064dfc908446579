"""ContactDirectory: who to call, by province, city, person or topic. Every name comes from contacts.json."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .knowledge import Contacts, Person

__all__ = ["ContactDirectory", "ProvincialContact"]


@dataclass
class ProvincialContact:
    """One person of the province table, with every province their rows cover."""

    name: str
    phone: str
    email: str
    provinces: list[str] = field(default_factory=list)

    def line(self) -> str:
        email = f" {self.email}" if self.email else ""
        return f"{self.name} {self.phone}{email}（负责{'、'.join(self.provinces)}）"


def _people_line(people: Iterable[Person]) -> str:
    return "；".join(f"{p.name} {'、'.join(p.phones)}" for p in people)


class ContactDirectory:
    def __init__(self, contacts: Contacts):
        self._contacts = contacts
        self._people: dict[str, ProvincialContact] = {}
        self._by_province: dict[str, list[ProvincialContact]] = {}
        for row in contacts.provincial:
            person = self._people.setdefault(row.name, ProvincialContact(row.name, row.phone, row.email))
            for p in row.provinces:
                if p not in person.provinces:
                    person.provinces.append(p)
                bucket = self._by_province.setdefault(p, [])
                if person not in bucket:
                    bucket.append(person)
        names = {p.name for p in contacts.exam_affairs} | {p.name for p in contacts.technical} | set(self._people)
        # Longest first so that a three-character name is never read as a two-character one inside it.
        self._names = sorted(names, key=len, reverse=True)

    # ------------------------------------------------------------ look-ups

    def for_province(self, province: str) -> list[ProvincialContact]:
        return list(self._by_province.get(province, []))

    def names_in(self, text: str) -> list[str]:
        """Every contact named in `text`, in order of appearance."""
        found: list[tuple[int, str]] = []
        taken: list[tuple[int, int]] = []
        for name in self._names:
            start = text.find(name)
            while start >= 0:
                end = start + len(name)
                if not any(s < end and start < e for s, e in taken):
                    taken.append((start, end))
                    found.append((start, name))
                start = text.find(name, end)
        return list(dict.fromkeys(name for _, name in sorted(found)))

    # ------------------------------------------------------------ replies

    def exam_affairs_line(self) -> str:
        return _people_line(self._contacts.exam_affairs)

    def technical_line(self) -> str:
        return _people_line(self._contacts.technical)

    def describe_provinces(self, provinces: list[str], via: dict[str, str] | None = None) -> str:
        """The business contacts of each province; a province the table lacks says so and names 考务.

        Provinces with the very same contacts share one line (北京、天津、河北 → 蓝海鹏), in the order asked.
        """
        via = via or {}
        groups: dict[tuple[str, ...], list[str]] = {}
        missing: list[str] = []
        for p in provinces:
            people = self.for_province(p)
            if people:
                groups.setdefault(tuple(c.name for c in people), []).append(p)
            else:
                missing.append(p)
        lines: list[str] = []
        for names, members in groups.items():
            people = self.for_province(members[0])
            prefix = "".join(f"{via[p]}属于{p}。" for p in members if via.get(p))
            head = f"{prefix}{'、'.join(members)}的考核站点业务联系人"
            if len(names) == 1:
                lines.append(f"{head}：{people[0].line()}")
            else:
                lines.append(f"{head}（共 {len(people)} 位）：")
                lines += [f"· {c.line()}" for c in people]
        if missing:
            prefix = "".join(f"{via[p]}属于{p}。" for p in missing if via.get(p))
            lines.append(
                f"{prefix}通知的联系人表里没有列出{'、'.join(missing)}的业务联系人，请联系考务工作：{self.exam_affairs_line()}。"
            )
        return "\n".join(lines)

    def describe_person(self, name: str) -> str:
        """A person's phone, e-mail and every role the notice gives them."""
        roles: list[str] = []
        phones: list[str] = []
        email = ""
        provincial = self._people.get(name)
        if provincial:
            phones.append(provincial.phone)
            email = provincial.email
            roles.append(f"考核站点业务联系人，负责{'、'.join(provincial.provinces)}")
        for role, group in (
            ("考务工作联系人", self._contacts.exam_affairs),
            ("考试系统技术工作联系人", self._contacts.technical),
        ):
            for p in group:
                if p.name == name:
                    phones += [x for x in p.phones if x not in phones]
                    roles.append(role)
        contact = "、".join(phones) + (f" {email}" if email else "")
        if len(roles) == 1:
            return f"{name}：{contact}\n{roles[0]}。"
        return f"{name}：{contact}\n" + "\n".join(f"· {r}" for r in roles)
