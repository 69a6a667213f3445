"""Matching a reading against the record: people by name, office holders, words in the evidence."""
from __future__ import annotations

from dataclasses import dataclass

from bilat.extract.offices import office_of
from bilat.fuse import Record
from bilat.fuse.names import same_name
from bilat.model import Actor, Commitment, Engagement, Role
from bilat.query.ask_read import Reading, WantedOffice


@dataclass(frozen=True)
class Wanted:
    """Who must take part: one of some people, or a holder of an office."""
    people: frozenset[str] = frozenset()       # actor ids (a name may fit several)
    office: WantedOffice | None = None


def persons(record: Record) -> dict[str, Actor]:
    return {a.id: a for a in record.actors if a.kind == "person"}


def people_named(name: str, record: Record) -> frozenset[str]:
    """Ids of the persons a written name can be ("Modi" -> p:narendra-modi); fuzzy, as fusion matches names.

    >>> people_named("Cho Tae Yul", record)  # doctest: +SKIP
    frozenset({'p:cho-tae-yul'})
    """
    return frozenset(a.id for a in persons(record).values()
                     if any(same_name(name, written) for written in (a.name, *a.aliases)))


def split_names(reading: Reading, record: Record) -> tuple[list[Wanted], tuple[str, ...]]:
    """(people the question names, capitalised words that name nobody: places and unknown names)."""
    wanted, others = [], []
    for name in reading.names:
        ids = people_named(name, record)
        if ids:
            wanted.append(Wanted(people=ids))
        else:
            others.append(name)
    return wanted + [Wanted(office=o) for o in reading.offices], tuple(others)


def holds(actor: Actor | None, office: WantedOffice) -> bool:
    """The person held the office (of the country asked) in some source."""
    return actor is not None and any(fits(r, actor, office) for r in actor.roles)


def fits(role: Role, actor: Actor, office: WantedOffice) -> bool:
    country = role.country or actor.country
    return office_of(role.title) == office.office and (office.country is None or country == office.country)


def takes_part(e: Engagement, wanted: list[Wanted], people: dict[str, Actor]) -> bool:
    """Each wish met by a different participant (two defence ministers are two people)."""
    free = [p.actor for p in e.participants if p.actor]
    for w in wanted:
        match = next((a for a in free if a in w.people or (w.office and holds(people.get(a), w.office))), None)
        if match is None:
            return False
        free.remove(match)
    return True


def mentions_all(texts: list[str], words: tuple[str, ...]) -> bool:
    """Every word (or its stem: "shipyards" -> "shipyard") appears in the fact's text."""
    blob = " ".join(texts).lower()
    return all(stem(w.lower()) in blob for w in words)


def stem(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def engagement_texts(e: Engagement) -> list[str]:
    return [e.title, e.location.place or "", *(ev.quote for ev in e.evidence)]


def commitment_texts(c: Commitment) -> list[str]:
    return [c.statement, c.action, *(ev.quote for ev in c.evidence)]
