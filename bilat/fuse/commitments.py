"""Commitments across documents: merge restatements, link fulfilment, rate status as of a date.

The rules are those of ../shared/spec/commitments.md: an engagement fulfils a commitment
only if kinds fit, parties agree, the instance agrees exactly, it was held, and it came after.
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from bilat.fuse.engagements import span
from bilat.model import Commitment, Engagement

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "inaugural": 1}


@lru_cache(maxsize=1)
def rules() -> dict:
    return json.loads(resources.files("bilat.fuse").joinpath("data/fulfilment.json").read_text())


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9+]+", text.lower())


def fitting_kinds(action: str) -> set[str]:
    """Engagement kinds that can fulfil an action ("convene the 5th meeting" -> dialogue, meeting...)."""
    said = set(words(action))
    return {k for rule in rules()["kinds"] if said & set(rule["words"]) for k in rule["kinds"]}


def ordinal_in(text: str) -> int | None:
    for w in words(text):
        if w in ORDINALS:
            return ORDINALS[w]
        m = re.fullmatch(r"(\d+)(st|nd|rd|th)", w)
        if m:
            return int(m.group(1))
    return None


def named_words(action: str) -> set[str]:
    """The words that name the promised thing: those just before a head noun such as "dialogue".

    >>> sorted(named_words("hold the fifth India-Korea Defence Policy Dialogue in Seoul"))
    ['defence', 'policy']
    """
    said, heads, skip = words(action), set(rules()["heads"]), set(rules()["not_names"])
    named = set()
    for i, w in enumerate(said):
        if w in heads:
            named |= {x for x in said[max(0, i - 4):i] if x not in skip and x not in heads and not x.isdigit()
                      and not re.fullmatch(r"\d+(st|nd|rd|th)", x)}
    return named


def _place_agrees(c: Commitment, e: Engagement) -> bool:
    """A promise to meet or visit somewhere is kept only there."""
    from bilat.nlp.countries import find_countries
    named = {m.country for m in find_countries(c.action) if m.country and m.kind in ("capital", "name")}
    named -= set(c.parties) if len(named) > 1 else set()
    return not named or e.location.country in named


def _instance_agrees(c: Commitment, e: Engagement) -> bool:
    """commitments.md rule 3: ordinals and names agree exactly."""
    ordinal = ordinal_in(c.action or c.statement)
    if ordinal and (not e.mechanism or e.mechanism.ordinal != ordinal):
        return False
    named = named_words(c.action or c.statement)
    if named:
        target = set(words(e.mechanism.name if e.mechanism else e.title))
        return len(named & target) * 2 >= len(named) and _place_agrees(c, e)
    return (e.mechanism is None or e.kind in ("visit", "summit")) and _place_agrees(c, e)


def fits(e: Engagement, c: Commitment) -> bool:
    """commitments.md rules 1-3 and 5: kinds fit, parties agree, same instance, not before the promise."""
    made, when = span(c.made), span(e.date)
    return (when is not None and (made is None or when[0] >= made[0])
            and e.kind in fitting_kinds(c.action or c.statement)
            and set(c.parties) <= set(e.countries) | {p.country for p in e.participants}
            and _instance_agrees(c, e))


def fulfils(e: Engagement, c: Commitment) -> bool:
    """commitments.md rules 1-5: a fitting engagement reported as held."""
    return e.status == "held" and fits(e, c)


def _grace(precision: str) -> timedelta:
    days = rules()["grace_days"]
    return timedelta(days=days.get(precision, days["default"]))


def decide(c: Commitment, status: str, day: date | None, by: Engagement | None = None) -> Commitment:
    return replace(c, status=status, fulfilled_by=by.id if by and status == "fulfilled" else None,
                   status_date=day.isoformat() if day else None,
                   status_evidence=by.evidence[:1] if by else (), late=is_late(c, by) if status == "fulfilled" else None)


def _first(c: Commitment, engagements: list[Engagement], status: str, as_of: date) -> Engagement | None:
    found = [e for e in engagements if e.status == status and fits(e, c) and span(e.date)[0] <= as_of]
    return min(found, key=lambda e: span(e.date)[0], default=None)


def status_as_of(c: Commitment, engagements: list[Engagement], as_of: date,
                 published: dict[str, str] | None = None) -> Commitment:
    """The commitment with `status`, `fulfilled_by` and what decided them, as of `as_of`.

    fulfilled > broken (the engagement was cancelled) > overdue / lapsed > in_progress (a fitting
    engagement is announced) > pending, as in commitments.md.
    """
    for status, outcome in (("held", "fulfilled"), ("cancelled", "broken")):
        by = _first(c, engagements, status, as_of)
        if by:
            return decide(c, outcome, span(by.date)[0], by)
    due, made = span(c.due), span(c.made)
    if due and as_of > due[1] + _grace(c.due.precision):
        ended = due[1] + _grace(c.due.precision)
        return decide(c, "lapsed" if c.strength == "aspirational" else "overdue", ended)
    if not due and made and as_of > made[1] + timedelta(days=rules()["lapse_days"]):
        return decide(c, "lapsed", made[1] + timedelta(days=rules()["lapse_days"]))
    announced = [e for e in engagements if e.status == "planned" and fits(e, c) and _known(e, as_of, published)]
    if announced:
        return decide(c, "in_progress", as_of, announced[0])
    return decide(c, "pending", None)


def _known(e: Engagement, as_of: date, published: dict[str, str] | None) -> bool:
    """An announcement counts once a report of it was out by `as_of` (undated reports count)."""
    days = [(published or {}).get(d) for d in e.documents]
    return any(not d or d[:10] <= as_of.isoformat() for d in days) if days else True


def is_late(c: Commitment, by: Engagement) -> bool:
    """Fulfilled after its due interval plus grace."""
    due, held = span(c.due), span(by.date)
    return bool(due and held and held[0] > due[1] + _grace(c.due.precision))


def merge_restated(commitments: list[Commitment]) -> list[Commitment]:
    """One commitment per (parties, action); a restatement with a new due date supersedes the old."""
    out: list[Commitment] = []
    where: dict[tuple, int] = {}
    for c in sorted(commitments, key=lambda c: (span(c.made) or (date.min,))[0]):
        key = (tuple(sorted(c.parties)), " ".join(words(c.action)))
        if key in where and out[where[key]].due == c.due:
            old = out[where[key]]
            out[where[key]] = replace(old, documents=tuple(dict.fromkeys(old.documents + c.documents)),
                                      evidence=old.evidence + c.evidence)
            continue
        if key in where:
            out[where[key]] = replace(out[where[key]], status="superseded", superseded_by=c.id)
        where[key] = len(out)
        out.append(c)
    return out


def rate(commitments: list[Commitment], engagements: list[Engagement], as_of: date,
         published: dict[str, str] | None = None) -> list[Commitment]:
    """Merge restatements, then give each live commitment its status as of `as_of`.

    `published` maps document ids to their dates, so an announcement counts only once it was out.
    """
    merged = merge_restated(commitments)
    return [c if c.status == "superseded" else status_as_of(c, engagements, as_of, published) for c in merged]
