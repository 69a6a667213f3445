"""Analyst corrections, re-applied on every read of the record.

A correction names its targets by the ids the analyst saw and keeps an *anchor*
for each: a person's name and country, or the evidence spans (document, start,
end) of an engagement or commitment. Re-extraction may change per-document ids,
so on every fusion the anchor finds the current fact holding that name or that
evidence. A correction whose target is gone is kept and reported as not applied.

Automatic fusion runs first and never sees the corrections, so it cannot undo
them: people merges and splits regroup the fused people (engagement participants
follow), engagement rejects, merges, splits and field sets regroup and fix the
fused engagements, and commitment marks replace the automatic rating.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any, Callable

from rapidfuzz import fuzz

from bilat.fuse.commitments import decide, merge_restated, rate, status_as_of, words
from bilat.fuse.engagements import fuse_engagements, group_engagements, merge, span
from bilat.fuse.names import compact, tokens
from bilat.fuse.people import fuse_people, merge_actors
from bilat.model import Actor, Commitment, DateInterval, Engagement, Evidence, Flag, Place

STAGES = {"merge-people": "people", "split-person": "people",
          "reject-engagement": "engagements", "merge-engagements": "engagements",
          "split-engagement": "engagements", "set": "engagements",
          "fulfil": "commitments", "not-fulfilled": "commitments", "not-commitment": "commitments"}
FIELDS = {"date": "date", "place": "location", "status": "status", "kind": "kind"}  # field -> Engagement attribute
STATUSES = ("held", "planned", "cancelled")
KINDS = ("summit", "meeting", "dialogue", "visit", "call", "signing", "exercise", "event", "other")

Span = tuple[str, int, int]


@dataclass(frozen=True)
class Anchor:
    """What a target was when the analyst named it, to find it again after re-extraction."""
    id: str
    name: str | None = None         # a person's name
    country: str | None = None      # a person's country
    kind: str | None = None         # an engagement's kind
    action: str | None = None       # a commitment's action
    spans: tuple[Span, ...] = ()    # an engagement's or commitment's evidence


@dataclass(frozen=True)
class Correction:
    """One entry of the analyst's log: what was changed, on which targets, and why."""
    action: str                     # one of STAGES
    anchors: tuple[Anchor, ...]
    reason: str
    field: str | None = None        # `set`: date | place | status | kind
    value: str | None = None        # as the analyst wrote it: the value set, the alias or document split off
    setting: Any = None             # `set`: the value as bilat reads it (a dict for a date or place)
    id: int | None = None
    made: str | None = None
    undone: str | None = None       # when it was undone

    @property
    def targets(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.anchors)


@dataclass(frozen=True)
class Pile:
    """Per-document facts that make one fused fact, with the analyst's fixes to it."""
    members: tuple
    fixes: tuple[tuple[str, Any], ...] = ()
    rejected: bool = False


# ---------------------------------------------------------------- anchors and values
def spans_of(evidence: tuple[Evidence, ...]) -> tuple[Span, ...]:
    return tuple(dict.fromkeys((e.doc, e.start, e.end) for e in evidence))


def anchor_of(fact) -> Anchor:
    """The anchor of a fused person, engagement or commitment.

    >>> anchor_of(Actor("p:yoon-ji-ho", "person", "Yoon Ji-ho", country="KOR")).name
    'Yoon Ji-ho'
    """
    if isinstance(fact, Actor):
        return Anchor(fact.id, name=fact.name, country=fact.country)
    if isinstance(fact, Engagement):
        return Anchor(fact.id, kind=fact.kind, spans=spans_of(fact.evidence))
    return Anchor(fact.id, action=fact.action, spans=spans_of(fact.evidence))


def anchor_from_dict(data: dict) -> Anchor:
    return Anchor(**{**data, "spans": tuple(tuple(s) for s in data.get("spans", ()))})


def find(record, what: str, fact_id: str):
    """The fused person, engagement or commitment with this id in `record`, or None."""
    facts = {"person": record.actors, "engagement": record.engagements, "commitment": record.commitments}[what]
    return next((f for f in facts if f.id == fact_id), None)


def day_interval(value: str) -> DateInterval:
    """An ISO day, month or year as a date interval with its precision.

    >>> day_interval("2024-02")
    DateInterval(start='2024-02-01', end='2024-02-29', precision='month')
    """
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not m:
        raise ValueError(f"{value!r}: give the date as YYYY-MM-DD, YYYY-MM or YYYY")
    precision = "day" if m[3] else "month" if m[2] else "year"
    try:
        first, last = span(DateInterval(value.strip(), None, precision))
    except ValueError:
        raise ValueError(f"{value!r}: no such date") from None
    return DateInterval(first.isoformat(), last.isoformat(), precision)


def place(value: str) -> Place:
    """A city or country name as a place ("Busan" -> Busan, KOR; "India" -> IND)."""
    from bilat.extract.places import place_of_name  # geonames loads only when an analyst sets a place
    found = place_of_name(value.strip())
    if found is None:
        raise ValueError(f"{value!r}: not a known city or country; give e.g. 'Busan' or 'India'")
    return found


def setting(field: str, value: str):
    """The value of `bilat curate set FIELD VALUE` as stored; ValueError says what is wrong."""
    if field == "date":
        return day_interval(value).as_dict()
    if field == "place":
        return {"place": place(value).place, "country": place(value).country}
    allowed = {"status": STATUSES, "kind": KINDS}.get(field)
    if allowed is None:
        raise ValueError(f"{field!r}: a field is one of {', '.join(FIELDS)}")
    if value not in allowed:
        raise ValueError(f"{value!r}: {field} is one of {', '.join(allowed)}")
    return value


def _fixed(field: str, stored):
    if field == "date":
        return DateInterval(**stored)
    return Place(**stored) if field == "place" else stored


# ---------------------------------------------------------------- finding targets again
def _overlap(spans: tuple[Span, ...], evidence: tuple[Evidence, ...]) -> int:
    """How many anchored spans some evidence of the fact overlaps."""
    return sum(any(e.doc == doc and e.start < end and start < e.end for e in evidence) for doc, start, end in spans)


def _pick(facts: list, anchor: Anchor, likeness: Callable) -> int | None:
    """Index of the fact holding the anchored evidence, the most like the anchor first."""
    scored = [((like, n, f.id == anchor.id), i) for i, f in enumerate(facts)
              if f is not None and (n := _overlap(anchor.spans, f.evidence))
              and (like := likeness(f, anchor)) is not False]   # False: not this kind of fact at all
    return max(scored, key=lambda s: s[0])[1] if scored else None


def _same_kind(e: Engagement, anchor: Anchor) -> bool:
    """A decision about a signing is not about the meeting whose evidence now includes its sentence."""
    return e.kind == anchor.kind


def _same_action(c: Commitment, anchor: Anchor) -> float:
    return fuzz.ratio(c.action, anchor.action or "")


def _written(actor: Actor, key: str) -> bool:
    return compact(actor.name) == key or key in map(compact, actor.aliases)


def _find_person(piles: list[Pile], anchor: Anchor) -> int | None:
    """The pile holding the anchored name in that country, the one named exactly so first."""
    key = compact(anchor.name or "")
    scored = []
    for i, pile in enumerate(piles):
        named = [a for a in pile.members if _written(a, key) and anchor.country in (None, a.country or anchor.country)]
        if named:
            name = merge_actors(list(pile.members)).name
            scored.append(((name == anchor.name, compact(name) == key, len(named), -i), i))
    return max(scored)[1] if scored else None


# ---------------------------------------------------------------- steps on piles
def _put(piles: list[Pile], i: int, pile: Pile) -> list[Pile]:
    return piles[:i] + [pile] + piles[i + 1:]


def _join(piles: list[Pile], found: list[int | None]) -> list[Pile] | None:
    """The found piles made one (at the first one's place); None when a target is missing."""
    if None in found:
        return None
    keep = sorted(set(found))
    joined = Pile(tuple(m for i in keep for m in piles[i].members), tuple(f for i in keep for f in piles[i].fixes))
    return [joined if i == keep[0] else p for i, p in enumerate(piles) if i not in keep[1:]]


def _split(piles: list[Pile], i: int | None, stay: tuple, leave: tuple) -> list[Pile] | None:
    if i is None or not stay or not leave:
        return None  # nothing to take out, or nothing would remain
    return piles[:i] + [replace(piles[i], members=stay), Pile(leave)] + piles[i + 1:]


def _as_written(name: str) -> str:
    return " ".join(name.split()).casefold()


def _written_as(actors: tuple[Actor, ...], alias: str) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """The per-document persons, and the mentions written with `alias` taken out of them."""
    key, stay, leave = _as_written(alias), [], []
    for a in actors:
        said = tuple(e for e in a.evidence if _as_written(e.quote) == key)
        if _as_written(a.name) == key or (said and len(said) == len(a.evidence)):
            leave.append(a)
            continue
        if said:  # the same document also writes the other person
            leave.append(Actor("p:" + "-".join(tokens(alias)), a.kind, alias, evidence=said))
        stay.append(replace(a, evidence=tuple(e for e in a.evidence if e not in said),
                            aliases=tuple(x for x in a.aliases if _as_written(x) != key)))
    return tuple(stay), tuple(leave)


def _people_step(piles: list[Pile], c: Correction) -> list[Pile] | None:
    if c.action == "merge-people":
        return _join(piles, [_find_person(piles, a) for a in c.anchors])
    i = _find_person(piles, c.anchors[0])
    return _split(piles, i, *_written_as(piles[i].members, c.value or "")) if i is not None else None


def _engagement_step(piles: list[Pile], c: Correction, find: Callable) -> list[Pile] | None:
    if c.action == "merge-engagements":
        return _join(piles, [find(a) for a in c.anchors])
    i = find(c.anchors[0])
    if i is None:
        return None
    if c.action == "reject-engagement":
        return _put(piles, i, replace(piles[i], rejected=True))
    if c.action == "set":
        return _put(piles, i, replace(piles[i], fixes=piles[i].fixes + ((c.field, _fixed(c.field, c.setting)),)))
    stay = tuple(e for e in piles[i].members if c.value not in _documents(e))
    return _split(piles, i, stay, tuple(e for e in piles[i].members if c.value in _documents(e)))


def _replay(piles: list[Pile], corrections: list[Correction], step: Callable) -> tuple[list[Pile], set[int]]:
    """Apply the corrections in the order they were made; those that find no target are set aside."""
    missed = set()
    for c in corrections:
        try:
            changed = step(piles, c)
        except (ValueError, TypeError, KeyError, IndexError):  # a malformed entry must not make the record unreadable
            changed = None
        if changed is None:
            missed.add(c.id)
        else:
            piles = changed
    return piles, missed


def _of_stage(corrections, stage: str) -> list[Correction]:
    return [c for c in corrections if not c.undone and STAGES.get(c.action) == stage]


# ---------------------------------------------------------------- the three stages of fusion
def correct_people(actors: list[Actor], corrections=()) -> tuple[list[Actor], dict, set[int]]:
    """Automatic fusion of people, then the analyst's merges and splits.

    Returns the fused actors, the map from per-document actor id (and, after
    corrections, (document, actor id)) to fused id, and the ids of corrections
    that found no target.
    """
    fused, renamed = fuse_people(actors)
    mine = _of_stage(corrections, "people")
    if not mine:
        return fused, renamed, set()
    groups: dict[str, list[Actor]] = {}
    for a in actors:
        groups.setdefault(renamed[a.id], []).append(a)
    piles, missed = _replay([Pile(tuple(g)) for g in groups.values()], mine, _people_step)
    merged = _distinct_ids([merge_actors(list(p.members)) for p in piles])
    renamed = {a.id: m.id for p, m in zip(piles, merged) for a in p.members}
    renamed.update({(e.doc, a.id): m.id for p, m in zip(piles, merged) for a in p.members for e in a.evidence[:1]})
    return merged, renamed, missed


def _distinct_ids(actors: list[Actor]) -> list[Actor]:
    """A person split off under the same name slug gets its own id ("p:cho-tae-yul-2")."""
    seen: dict[str, int] = {}
    out = []
    for a in actors:
        seen[a.id] = seen.get(a.id, 0) + 1
        out.append(a if seen[a.id] == 1 else replace(a, id=f"{a.id}-{seen[a.id]}"))
    return out


def _documents(e: Engagement) -> set[str]:
    return set(e.documents) | {ev.doc for ev in e.evidence}


def _follow(e: Engagement, renamed: dict) -> Engagement:
    """Participants take their fused person's id (looked up within the report's document first)."""
    doc = (e.documents or ("",))[0]
    return replace(e, participants=tuple(replace(p, actor=renamed.get((doc, p.actor), renamed.get(p.actor, p.actor)))
                                         for p in e.participants))


def engagement_groups(engagements: list[Engagement]) -> list[tuple[Engagement, ...]]:
    """The reports automatic fusion puts together, group by group."""
    return [tuple(engagements[i] for i in members) for members in group_engagements(engagements)]


def _settle(pile: Pile) -> tuple[Engagement, list[Flag]]:
    """The fused engagement of a pile with the analyst's fields; their flags are settled too."""
    e, flags = merge(list(pile.members))
    for field, value in pile.fixes:
        e = replace(e, **{FIELDS[field]: value})
    fixed = {FIELDS[f] for f, _ in pile.fixes}
    return e, [f for f in flags if f.field not in fixed]


def correct_engagements(engagements: list[Engagement], renamed: dict[str, str],
                        corrections=()) -> tuple[list[Engagement], list[Flag], set[int]]:
    """Automatic fusion of engagements, then the analyst's rejects, merges, splits and fields."""
    items = [_follow(e, renamed) for e in engagements]
    mine = _of_stage(corrections, "engagements")
    if not mine:
        return (*fuse_engagements(items, {}), set())
    piles = [Pile(g) for g in engagement_groups(items)]
    settle = lru_cache(maxsize=None)(_settle)

    def step(piles: list[Pile], c: Correction) -> list[Pile] | None:
        views = [None if p.rejected else settle(p)[0] for p in piles]
        return _engagement_step(piles, c, lambda anchor: _pick(views, anchor, _same_kind))
    piles, missed = _replay(piles, mine, step)
    settled = [settle(p) for p in piles if not p.rejected]
    return [e for e, _ in settled], [f for _, flags in settled for f in flags], missed


def _restates(c: Commitment, target: Commitment) -> bool:
    """`c` is one of the statements fusion merged into `target`."""
    same = (sorted(c.parties), words(c.action)) == (sorted(target.parties), words(target.action))
    return c.id == target.id or (same and set(c.evidence) <= set(target.evidence))


def _mark(rated: list[Commitment], c: Correction, engagements: list[Engagement], as_of: date):
    i = _pick(rated, c.anchors[0], _same_action)
    if i is None:
        return None
    if c.action == "not-fulfilled":
        done = rated[i] if rated[i].status == "superseded" else status_as_of(rated[i], [], as_of)
        return _put(rated, i, done)
    j = _pick(engagements, c.anchors[1], _same_kind)
    if j is None:
        return None
    held = span(engagements[j].date)
    if held and held[0] > as_of:
        return rated  # not yet held as of that date: the automatic rating stands
    return _put(rated, i, decide(rated[i], "fulfilled", held[0] if held else None, engagements[j]))


def _not_commitments(commitments: list[Commitment], drops: list[Correction]) -> tuple[list[Commitment], set[int]]:
    """The statements left once those the analyst says are no commitments are taken out."""
    merged = merge_restated(commitments)
    found = [_pick(merged, c.anchors[0], _same_action) for c in drops]
    targets = [merged[i] for i in found if i is not None]
    kept = [k for k in commitments if not any(_restates(k, t) for t in targets)]
    return kept, {c.id for c, i in zip(drops, found) if i is None}


def correct_commitments(commitments: list[Commitment], engagements: list[Engagement], as_of: date,
                        corrections=(), published: dict[str, str] | None = None) -> tuple[list[Commitment], set[int]]:
    """Commitments rated as of a date: statements that are no commitments go first, marks replace the rating."""
    mine = _of_stage(corrections, "commitments")
    drops = [c for c in mine if c.action == "not-commitment"]
    commitments, missed = _not_commitments(commitments, drops) if drops else (commitments, set())
    rated = rate(commitments, engagements, as_of, published)
    marks, more = _replay(rated, [c for c in mine if c not in drops],
                          lambda rated, c: _mark(rated, c, engagements, as_of))
    return marks, missed | more


# ---------------------------------------------------------------- the log as the analyst reads it
def describe(c: Correction) -> tuple[str, str]:
    """(target, value) as shown in `bilat curate log`."""
    if c.action == "merge-people" or c.action == "merge-engagements":
        return " + ".join(c.targets), ""
    if c.action == "fulfil":
        return c.targets[0], f"fulfilled by {c.targets[1]}"
    if c.action == "set":
        return c.targets[0], f"{c.field} = {c.value}"
    return c.targets[0], c.value or ""


def state(c: Correction, not_applied) -> str:
    if c.undone:
        return f"undone {c.undone}"
    return "not applied" if c.id in not_applied else "applied"


def log_entry(c: Correction, not_applied=()) -> dict:
    """One correction as exported and listed: what, when, why, and whether it applies now."""
    return {"id": c.id, "made": c.made, "action": c.action, "targets": list(c.targets), "field": c.field,
            "value": c.value, "reason": c.reason, "undone": c.undone,
            "applied": not c.undone and c.id not in not_applied,
            "anchors": [{k: v for k, v in a.__dict__.items() if v not in (None, ())} for a in c.anchors]}
