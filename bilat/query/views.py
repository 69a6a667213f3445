"""The analyst's views over the fused record; each returns plain dataclasses."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bilat.fuse import Record, fuse
from bilat.fuse.engagements import span
from bilat.model import Actor, Commitment, Engagement, Flag
from bilat.query.filters import Period, matches


def load(store, as_of: date | None = None) -> Record:
    """The fused record of everything in the store, corrections applied, commitments rated as of `as_of`."""
    return fuse(store.facts(), {d.id: d for d in store.documents()}, as_of, store.corrections())


def _sort_key(e: Engagement) -> tuple:
    s = span(e.date)
    return (s is None, s[0] if s else date.max, e.title)


def timeline(record: Record, period: Period = Period(), kind: str | None = None, country: str | None = None,
             topic: str | None = None, person: str | None = None, mechanism: str | None = None,
             status: str | None = None) -> list[Engagement]:
    """Engagements in date order, filtered.

    >>> timeline(record, Period.parse("2024-01-01", None), kind="dialogue")  # doctest: +SKIP
    """
    def keep(e: Engagement) -> bool:
        return (period.holds(e.date) and (not kind or e.kind == kind) and (not status or e.status == status)
                and (not country or country.upper() in e.countries) and (not topic or topic in e.topics)
                and (not person or any(matches(p.name, person) for p in e.participants))
                and (not mechanism or (e.mechanism is not None and matches(e.mechanism.name, mechanism))))
    return sorted((e for e in record.engagements if keep(e)), key=_sort_key)


@dataclass(frozen=True)
class Office:
    title: str
    organization: str | None
    country: str | None
    first_seen: str | None
    last_seen: str | None
    documents: tuple[str, ...]


def offices(actor: Actor) -> list[Office]:
    """Each office a person held, with the first and last date a source shows it."""
    found: dict[str, list] = {}
    for r in actor.roles:
        found.setdefault(r.title.lower(), []).append(r)
    out = []
    for roles in found.values():
        seen = sorted(r.as_of for r in roles if r.as_of)
        docs = tuple(dict.fromkeys(ev.doc for r in roles for ev in r.evidence))
        out.append(Office(roles[0].title, roles[0].organization, roles[0].country,
                          seen[0] if seen else None, seen[-1] if seen else None, docs))
    return sorted(out, key=lambda o: o.first_seen or "")


def people(record: Record, country: str | None = None, as_of: str | None = None,
           office: str | None = None) -> list[Actor]:
    """Persons, by name; with `as_of`, only those seen in office on or before that date; with `office`
    ("foreign minister", "Minister of Foreign Affairs"...), its holders, the latest seen first.

    >>> [a.name for a in people(record, "KOR", "2023-12-31", "foreign minister")][:1]  # doctest: +SKIP
    ['Park Jin']
    """
    keep = [a for a in record.actors if a.kind == "person" and (not country or a.country == country.upper())]
    if as_of:
        keep = [a for a in keep if any(r.as_of and r.as_of <= as_of for r in a.roles)]
    if office:
        return holders(keep, office, as_of)
    return sorted(keep, key=lambda a: a.name)


def holds(actor: Actor, office: str, as_of: str | None = None) -> str | None:
    """The latest day (on or before `as_of`) a source shows `actor` in `office`, else None."""
    from bilat.extract.offices import office_of
    wanted = office_of(office) or office.lower()
    days = [r.as_of or "" for r in actor.roles if (office_of(r.title) or r.title.lower()) == wanted
            and (not as_of or (r.as_of and r.as_of <= as_of))]
    return max(days, default=None)


def holders(actors: list[Actor], office: str, as_of: str | None = None) -> list[Actor]:
    """People shown in an office, the one seen in it most recently (by `as_of`) first."""
    seen = [(holds(a, office, as_of), a) for a in actors]
    return [a for day, a in sorted(((d, a) for d, a in seen if d is not None), key=lambda x: x[0], reverse=True)]


def commitments(record: Record, status: str | None = None, period: Period = Period(),
                party: str | None = None, topic: str | None = None) -> list[Commitment]:
    """Commitments made in the period, with their status as of the record's date."""
    def keep(c: Commitment) -> bool:
        return ((not status or c.status == status) and period.holds(c.made)
                and (not party or party.upper() in c.parties) and (not topic or topic in c.topics))
    return sorted((c for c in record.commitments if keep(c)), key=lambda c: (c.made.start if c.made else "", c.id))


def flags(record: Record, field: str | None = None) -> list[Flag]:
    return [f for f in record.flags if not field or f.field == field]
