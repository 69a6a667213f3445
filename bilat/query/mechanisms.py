"""Recurring mechanisms (Joint Commission, Strategic Dialogue, 2+2...): their sessions and the gaps between them."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bilat.fuse.engagements import span
from bilat.model import DateInterval, Engagement

LONG_GAP_DAYS = 730   # two years without a session is worth an analyst's attention
_FILLER = {"the", "of", "and", "meeting", "session"}


@dataclass(frozen=True)
class Session:
    ordinal: int | None
    date: DateInterval | None
    status: str
    place: str | None
    engagement: str
    documents: tuple[str, ...]


@dataclass(frozen=True)
class Gap:
    kind: str                   # "missing" (ordinals absent between two sessions) | "long" (years between)
    before: int | None          # ordinal of the session before the gap
    after: int | None           # ordinal of the session after it
    missing: tuple[int, ...]    # the ordinals not in the record
    days: int | None            # days between the two sessions
    message: str


@dataclass(frozen=True)
class Mechanism:
    name: str
    sessions: tuple[Session, ...]
    gaps: tuple[Gap, ...]


def ordinal(n: int | None) -> str:
    """11 -> '11th', 2 -> '2nd'; None -> 'a session'."""
    if n is None:
        return "a session"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def mechanism_key(name: str) -> str:
    """'Joint Commission Meeting' and 'joint commission' are one mechanism."""
    return " ".join(w for w in re.findall(r"[a-z0-9+]+", name.lower()) if w not in _FILLER)


def _display_name(names: list[str]) -> str:
    # the form written most often, capitalized forms first on a tie
    counts = Counter(names)
    return max(counts, key=lambda n: (counts[n], n[:1].isupper(), -len(n)))


def _session(e: Engagement) -> Session:
    return Session(e.mechanism.ordinal, e.date, e.status, e.location.place or e.location.country, e.id, e.documents)


def _order(s: Session) -> tuple:
    when = span(s.date)
    return (s.ordinal is None, s.ordinal or 0, when is None, when[0] if when else None)


def _label(s: Session) -> str:
    """'the 9th in 2018', 'the 13th planned for 2026', 'a session in 2021'."""
    verb = " planned for" if s.status == "planned" else " in"
    when = f"{verb} {s.date.start[:4]}" if s.date and s.date.start else ""
    return f"the {ordinal(s.ordinal)}{when}" if s.ordinal else f"a session{when}"


def missing_gap(a: Session, b: Session) -> Gap | None:
    """Ordinals between two sessions that no source mentions."""
    if a.ordinal is None or b.ordinal is None or b.ordinal - a.ordinal < 2:
        return None
    missing = tuple(range(a.ordinal + 1, b.ordinal))
    joiner = " and " if len(missing) == 2 else " to "
    names = joiner.join(dict.fromkeys([ordinal(missing[0]), ordinal(missing[-1])]))
    return Gap("missing", a.ordinal, b.ordinal, missing, None,
               f"no record of the {names} (between {_label(a)} and {_label(b)})")


def long_gap(a: Session, b: Session, max_days: int = LONG_GAP_DAYS) -> Gap | None:
    """More than `max_days` between the end of one session and the start of the next."""
    sa, sb = span(a.date), span(b.date)
    if sa is None or sb is None or (sb[0] - sa[1]).days <= max_days:
        return None
    days = (sb[0] - sa[1]).days
    return Gap("long", a.ordinal, b.ordinal, (), days,
               f"no session between {_label(a)} and {_label(b)} ({days / 365.25:.1f} years)")


def gaps(sessions: list[Session], max_days: int = LONG_GAP_DAYS) -> list[Gap]:
    """Missing ordinals (in ordinal order) and long silences (in date order); cancelled sessions do not count."""
    kept = [s for s in sessions if s.status != "cancelled"]
    numbered = sorted({s.ordinal: s for s in reversed(kept) if s.ordinal}.values(), key=lambda s: s.ordinal)
    dated = sorted((s for s in kept if span(s.date)), key=lambda s: span(s.date))
    found = [g for a, b in zip(numbered, numbered[1:]) if (g := missing_gap(a, b))]
    return found + [g for a, b in zip(dated, dated[1:]) if (g := long_gap(a, b, max_days))]


def mechanisms(record, name: str | None = None, max_days: int = LONG_GAP_DAYS) -> list[Mechanism]:
    """Each mechanism with its sessions by ordinal and date, and the gaps between them.

    >>> [g.message for g in mechanisms(record, "Joint Commission")[0].gaps]  # doctest: +SKIP
    ['no session between the 9th in 2018 and the 10th in 2024 (5.8 years)']
    """
    groups: dict[str, list[Engagement]] = {}
    for e in (e for e in record.engagements if e.mechanism and e.mechanism.name):
        groups.setdefault(mechanism_key(e.mechanism.name), []).append(e)
    found = []
    for engagements in groups.values():
        sessions = sorted((_session(e) for e in engagements), key=_order)
        display = _display_name([e.mechanism.name for e in engagements])
        found.append(Mechanism(display, tuple(sessions), tuple(gaps(sessions, max_days))))
    wanted = mechanism_key(name) if name else ""
    return sorted((m for m in found if wanted in mechanism_key(m.name)), key=lambda m: m.name.lower())
