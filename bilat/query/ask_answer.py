"""Answers from the structured record: engagements, commitments, who held an office."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from bilat.fuse import Record
from bilat.fuse.engagements import span
from bilat.model import Actor, Commitment, Engagement, Evidence, Role
from bilat.nlp.countries import country_name
from bilat.query.ask_match import (Wanted, commitment_texts, engagement_texts, fits, mentions_all, persons,
                                   split_names, takes_part)
from bilat.query.ask_read import Reading, WantedOffice, ask_data
from bilat.query.views import commitments, offices, timeline

NOTHING = "The record does not contain an answer to this question."
PASSAGES = "Not in the structured record; passages that mention it:"


@dataclass(frozen=True)
class Answer:
    """A sentence or short table, the rows behind it, and the evidence for every fact in it."""
    text: str
    rows: tuple[dict, ...] = ()
    citations: tuple[Evidence, ...] = ()
    found: bool = False                       # True only when the structured record answered
    interpretation: dict = field(default_factory=dict)


def cite(ev: Evidence, width: int = 220) -> str:
    """One citation line: document id and the quoted text."""
    quote = ev.quote if len(ev.quote) <= width else ev.quote[:width - 1] + "…"
    return f"  [{ev.doc}] \"{quote}\""


# what a question form asks about unless the question names a status
DEFAULT_STATUS = {"last": "held", "first": "held", "count": "held", "when": "held", "where": "held",
                  "what": "held", "who": "held", "next": "planned"}


def answer(record: Record, reading: Reading) -> Answer:
    """The structured answer, or one with found=False when the record holds none."""
    wanted, unknown = split_names(reading, record)
    words = unknown + reading.terms
    if reading.subject == "people":
        return about_people(record, reading, wanted, unknown)
    if reading.subject == "commitments":
        return about_commitments(record, reading, words)
    return about_engagements(record, reading, wanted, words)


def _answer(text: str, rows: list[dict], citations: list[Evidence], reading: Reading) -> Answer:
    lines = [text] + [cite(ev) for ev in citations]
    return Answer("\n".join(lines), tuple(rows), tuple(citations), True, reading.as_dict())


def _none(reading: Reading) -> Answer:
    return Answer(NOTHING, interpretation=reading.as_dict())


def when(e_date) -> str:
    if e_date is None or not e_date.start:
        return "undated"
    return e_date.start if e_date.end in (None, e_date.start) else f"{e_date.start}..{e_date.end}"


# ------------------------------------------------------------------ engagements
def matching_engagements(record: Record, reading: Reading, wanted: list[Wanted], words) -> list[Engagement]:
    """Engagements that fit every part of the question, in date order."""
    named = reading.status in ask_data()["engagement_statuses"]
    status = reading.status if named else DEFAULT_STATUS.get(reading.intent)
    people = persons(record)

    def keep(e: Engagement) -> bool:
        return ((not reading.kinds or e.kind in reading.kinds)
                and (reading.ordinal is None or (e.mechanism is not None and e.mechanism.ordinal == reading.ordinal))
                and set(reading.topics) <= set(e.topics) and set(reading.countries) <= set(e.countries)
                and (reading.place is None or e.location.country == reading.place)
                and takes_part(e, wanted, people) and mentions_all(engagement_texts(e), words))
    found = timeline(record, reading.period, status=status, mechanism=reading.mechanism)
    return [e for e in found if keep(e)]


def about_engagements(record: Record, reading: Reading, wanted: list[Wanted], words) -> Answer:
    found = matching_engagements(record, reading, wanted, words)
    dated = [e for e in found if span(e.date)]
    if reading.intent == "next":
        dated = [e for e in dated if span(e.date)[1] >= reading.as_of] + [e for e in found if not span(e.date)]
    if not found or (reading.intent in ("last", "first", "next") and not dated):
        return _none(reading)
    if reading.intent in ("last", "first", "next"):
        chosen = dated[-1] if reading.intent == "last" else dated[0]
        label = {"last": "The most recent", "first": "The earliest", "next": "The next one planned"}[reading.intent]
        return _answer(f"{label}: {describe(chosen)}.", [row(chosen)], [best_evidence(chosen)], reading)
    if reading.intent == "count":
        return _listed(f"{len(found)} in the record{_scope(reading)}:", found, reading)
    if reading.intent == "what":
        return what_happened(record, found, reading)
    return _listed(f"{len(found)} found{_scope(reading)}:", found, reading)


def _listed(head: str, found: list[Engagement], reading: Reading) -> Answer:
    lines = [head] + [f"- {describe(e)}\n{cite(best_evidence(e))}" for e in found]
    return Answer("\n".join(lines), tuple(row(e) for e in found), tuple(best_evidence(e) for e in found), True,
                  reading.as_dict())


def _scope(reading: Reading) -> str:
    p = reading.period
    if p.start and p.end:
        return f" between {p.start} and {p.end}"
    return f" from {p.start}" if p.start else (f" up to {p.end}" if p.end else "")


def describe(e: Engagement) -> str:
    """ "2024-03-07 — 5th Strategic Dialogue (dialogue, New Delhi; with Kavita Rao, Jung Hye-won)"."""
    where = e.location.place or (country_name(e.location.country) if e.location.country else None)
    detail = ", ".join(x for x in (e.kind, where, e.status if e.status != "held" else None) if x)
    who = ", ".join(p.name for p in e.participants)
    return f"{when(e.date)} — {e.title} ({detail}{'; with ' + who if who else ''})"


def row(e: Engagement) -> dict:
    ev = best_evidence(e)
    return {"date": when(e.date), "kind": e.kind, "title": e.title, "place": e.location.place,
            "participants": [p.name for p in e.participants], "status": e.status, "topics": list(e.topics),
            "doc": ev.doc, "quote": ev.quote}


def best_evidence(e: Engagement) -> Evidence:
    """Evidence from the document that reports the engagement most (the report, not an earlier plan)."""
    most = Counter(ev.doc for ev in e.evidence).most_common(1)[0][0]
    return next(ev for ev in e.evidence if ev.doc == most)


def what_happened(record: Record, found: list[Engagement], reading: Reading) -> Answer:
    """Each engagement with its place, people, topics and the commitments made at it."""
    lines, rows, cited = [], [], []
    for e in found:
        agreed = made_at(record, e)
        topics = ", ".join(t.replace("_", " ") for t in e.topics)
        lines += [f"{describe(e)}." + (f" Topics: {topics}." if topics else "")]
        lines += [cite(ev) for ev in e.evidence] + [f"- agreed: {c.action}\n{cite(c.evidence[0])}" for c in agreed]
        rows.append(row(e) | {"commitments": [c.action for c in agreed]})
        cited += list(e.evidence) + [c.evidence[0] for c in agreed]
    return Answer("\n".join(lines), tuple(rows), tuple(cited), True, reading.as_dict())


def made_at(record: Record, e: Engagement) -> list[Commitment]:
    """Commitments reported by the same documents within a week of the engagement."""
    s = span(e.date)
    if s is None:
        return []
    def near(c: Commitment) -> bool:
        made = span(c.made)
        return made is not None and s[0] - timedelta(days=1) <= made[0] <= s[1] + timedelta(days=7)
    return [c for c in record.commitments if set(c.documents) & set(e.documents) and near(c) and c.evidence]


# ------------------------------------------------------------------ commitments
def about_commitments(record: Record, reading: Reading, words) -> Answer:
    """Commitments made in the period, by the sides named, on the topics named, with the status asked."""
    words = words + ((reading.mechanism,) if reading.mechanism else ())
    found = [c for c in commitments(record, reading.status, reading.period)
             if set(reading.countries) <= set(c.parties) and set(reading.topics) <= set(c.topics)
             and c.evidence and mentions_all(commitment_texts(c), words)]
    if not found:
        return _none(reading)
    status = f" ({reading.status} as of {reading.as_of})" if reading.status else f" (status as of {reading.as_of})"
    lines = [f"{len(found)} commitment{'s' if len(found) != 1 else ''}{_scope(reading)}{status}:"]
    lines += [f"- {describe_commitment(c)}\n{cite(c.evidence[0])}" for c in found]
    rows = tuple(commitment_row(c) for c in found)
    return Answer("\n".join(lines), rows, tuple(c.evidence[0] for c in found), True, reading.as_dict())


def describe_commitment(c: Commitment) -> str:
    due = when(c.due) if c.due and c.due.start else (c.due_text or "no date")
    return f"{when(c.made)} {'+'.join(c.parties)}: {c.action} ({c.strength}; due {due}; {c.status})"


def commitment_row(c: Commitment) -> dict:
    return {"made": when(c.made), "parties": list(c.parties), "action": c.action, "strength": c.strength,
            "due": when(c.due) if c.due else c.due_text, "status": c.status, "doc": c.evidence[0].doc,
            "quote": c.evidence[0].quote}


# ------------------------------------------------------------------ who's who
def about_people(record: Record, reading: Reading, wanted: list[Wanted], unknown) -> Answer:
    """Who held an office as of a date, or which offices a named person held."""
    if unknown and not any(w.people for w in wanted):
        return _none(reading)
    day = reading.period.end or reading.as_of
    rows, cited, lines = [], [], []
    for w in dict.fromkeys(wanted):   # "the defence ministers" asks for two holders, shown once
        found = office_holders(record, w.office, day) if w.office else [
            (a, r) for a in persons(record).values() if a.id in w.people for r in _latest_roles(a)]
        for actor, role in found:
            lines.append(f"{actor.name}: {_office_text(role, actor)}, shown by a source dated {role.as_of}")
            lines.append(cite(role.evidence[0]))
            rows.append({"name": actor.name, "title": role.title, "country": role.country or actor.country,
                         "as_of": role.as_of, "doc": role.evidence[0].doc, "quote": role.evidence[0].quote})
            cited.append(role.evidence[0])
    if not rows:
        return _none(reading)
    head = f"As of {day}, the latest sources show:" if any(w.office for w in wanted) else "In the record:"
    return Answer("\n".join([head] + lines), tuple(rows), tuple(cited), True, reading.as_dict())


def office_holders(record: Record, office: WantedOffice, day: date) -> list[tuple[Actor, Role]]:
    """Per country, the person most recently shown in the office on or before `day`."""
    latest: dict[str | None, tuple[Actor, Role]] = {}
    for actor in persons(record).values():
        for role in actor.roles:
            if role.as_of and role.as_of <= day.isoformat() and role.evidence and fits(role, actor, office):
                country = role.country or actor.country
                if country not in latest or role.as_of > latest[country][1].as_of:
                    latest[country] = (actor, role)
    return [latest[c] for c in sorted(latest, key=str)]


def _latest_roles(actor: Actor) -> list[Role]:
    """One role per office the person held, the latest source for each."""
    by_title = {o.title.lower(): o for o in offices(actor)}
    chosen = {}
    for role in actor.roles:
        key = role.title.lower()
        if key in by_title and role.evidence and (key not in chosen or (role.as_of or "") > (chosen[key].as_of or "")):
            chosen[key] = role
    return list(chosen.values())


def _office_text(role: Role, actor: Actor) -> str:
    country = role.country or actor.country
    return f"{country_name(country)}'s {role.title}" if country else role.title
