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


def fulfils(e: Engagement, c: Commitment) -> bool:
    """commitments.md rules 1-5."""
    made, held = span(c.made), span(e.date)
    return (e.status == "held" and held is not None and (made is None or held[0] >= made[0])
            and e.kind in fitting_kinds(c.action or c.statement)
            and set(c.parties) <= set(e.countries) | {p.country for p in e.participants}
            and _instance_agrees(c, e))


def _grace(precision: str) -> timedelta:
    days = rules()["grace_days"]
    return timedelta(days=days.get(precision, days["default"]))


def status_as_of(c: Commitment, engagements: list[Engagement], as_of: date) -> Commitment:
    """The commitment with `status` and `fulfilled_by` decided as of `as_of`."""
    done = sorted((e for e in engagements if fulfils(e, c) and span(e.date)[0] <= as_of),
                  key=lambda e: span(e.date)[0])
    if done:
        return replace(c, status="fulfilled", fulfilled_by=done[0].id)
    due, made = span(c.due), span(c.made)
    if due and as_of > due[1] + _grace(c.due.precision):
        return replace(c, status="lapsed" if c.strength == "aspirational" else "overdue", fulfilled_by=None)
    if not due and made and as_of > made[1] + timedelta(days=rules()["lapse_days"]):
        return replace(c, status="lapsed", fulfilled_by=None)
    return replace(c, status="pending", fulfilled_by=None)


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


def rate(commitments: list[Commitment], engagements: list[Engagement], as_of: date) -> list[Commitment]:
    """Merge restatements, then give each live commitment its status as of `as_of`."""
    merged = merge_restated(commitments)
    return [c if c.status == "superseded" else status_as_of(c, engagements, as_of) for c in merged]
