"""Engagements as event records in the PLOVER / POLECAT style, one JSON object per line.

The kind -> event type mapping is data (data/plover.json). The actor is the side that
acts (the visitor on a visit, else the pair's first country); the recipient the other.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from bilat.model import Document, Engagement


@lru_cache(maxsize=1)
def plover_rules() -> dict:
    """The mapping in data/plover.json."""
    return json.loads(resources.files("bilat.export").joinpath("data/plover.json").read_text())


def event_type(e: Engagement, sides: list[str]) -> tuple[str, str | None]:
    """(PLOVER event type, mode) for an engagement; talks held in neither side's country are third-party."""
    rules = plover_rules()
    rule = rules["kinds"].get(e.kind, rules["default"])
    abroad = e.location.country and sides and e.location.country not in sides
    if rule["event_type"] == "CONSULT" and e.kind != "call" and abroad:
        return "CONSULT", rules["third_party_mode"]
    return rule["event_type"], rule["mode"]


def sides(e: Engagement, pair: tuple[str, ...]) -> list[str]:
    """The countries taking part: the pair's own first, in pair order."""
    found = set(e.countries) | {p.country for p in e.participants if p.country}
    return [c for c in pair if c in found] + sorted(found - set(pair))


def actor_and_recipient(e: Engagement, countries: list[str]) -> tuple[str | None, str | None]:
    """On a visit the host country receives; otherwise the first side acts on the second."""
    host = e.location.country if e.kind == "visit" and e.location.country in countries else None
    if host:
        visitor = next((c for c in countries if c != host), None)
        return visitor, host
    padded = countries + [None, None]
    return padded[0], padded[1]


def party(e: Engagement, country: str | None) -> dict:
    people = [p for p in e.participants if country and p.country == country]
    return {"country": country, "names": [p.name for p in people], "roles": [p.role for p in people]}


def sources(e: Engagement, documents: dict[str, Document]) -> list[dict]:
    """Each reporting document with its URL and the quotes that support the event."""
    def source(doc_id: str) -> dict:
        doc = documents.get(doc_id)
        quotes = [ev.as_dict() for ev in e.evidence if ev.doc == doc_id]
        return {"doc": doc_id, "url": doc.url if doc else None, "title": doc.title if doc else None,
                "quotes": quotes}
    return [source(d) for d in e.documents]


def plover_event(e: Engagement, documents: dict[str, Document], pair: tuple[str, ...]) -> dict:
    """One engagement as a PLOVER-style event.

    >>> plover_event(engagement, {}, ("IND", "KOR"))["event_type"]  # doctest: +SKIP
    'CONSULT'
    """
    countries = sides(e, pair)
    kind, mode = event_type(e, countries)
    actor, recipient = actor_and_recipient(e, countries)
    contexts = plover_rules()["contexts"]
    return {"event_id": e.id, "bilat_id": e.id, "event_type": kind, "mode": mode,
            "context": sorted({contexts[t] for t in e.topics if t in contexts}),
            "event_date": e.date.start if e.date else None, "event_date_end": e.date.end if e.date else None,
            "date_precision": e.date.precision if e.date else "unknown", "status": e.status,
            "actor": party(e, actor), "recipient": party(e, recipient),
            "location": {"place": e.location.place, "country": e.location.country},
            "title": e.title, "kind": e.kind, "topics": list(e.topics),
            "mechanism": {"name": e.mechanism.name, "ordinal": e.mechanism.ordinal} if e.mechanism else None,
            "sources": sources(e, documents)}


def plover_events(record, documents: list[Document], pair: tuple[str, ...]) -> list[dict]:
    by_id = {d.id: d for d in documents}
    return [plover_event(e, by_id, pair) for e in record.engagements]


def plover_lines(record, documents: list[Document], pair: tuple[str, ...]) -> str:
    """The JSON Lines text: one event per line."""
    return "".join(json.dumps(ev, ensure_ascii=False) + "\n" for ev in plover_events(record, documents, pair))
