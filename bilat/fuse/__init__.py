"""Fusion across documents: blocking -> scoring -> clustering, never all pairs."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from bilat import curate
from bilat.model import Actor, Commitment, Document, Engagement, Facts, Flag


@dataclass(frozen=True)
class Record:
    actors: tuple[Actor, ...]
    engagements: tuple[Engagement, ...]
    commitments: tuple[Commitment, ...]
    flags: tuple[Flag, ...]
    not_applied: tuple[int, ...] = ()   # ids of analyst corrections whose target is gone


def fuse(facts: dict[str, Facts], documents: dict[str, Document], as_of: date | None = None,
         corrections=()) -> Record:
    """One actor per person, one engagement per real event, commitments rated as of a date.

    The analyst's `corrections` (bilat.curate) are applied after each automatic step,
    so automatic fusion never undoes them.
    """
    actors, renamed, missed = curate.correct_people([a for f in facts.values() for a in f.actors], corrections)
    engagements, flags, missed_e = curate.correct_engagements(
        [e for f in facts.values() for e in f.engagements], renamed, corrections)
    commitments, missed_c = curate.correct_commitments(
        [c for f in facts.values() for c in f.commitments], engagements, as_of or date.today(), corrections,
        {d.id: d.published.date for d in documents.values() if d.published.date})
    doc_flags = tuple(_follow(fl, engagements) for f in facts.values() for fl in f.flags)
    return Record(tuple(actors), tuple(engagements), tuple(commitments), doc_flags + tuple(flags),
                  tuple(sorted(missed | missed_e | missed_c)))


def _follow(flag: Flag, engagements) -> Flag:
    """A document's flag names its own engagement; after fusion it names the fused one holding that evidence."""
    spans = {(ev.doc, ev.start, ev.end) for ev in flag.evidence}
    for e in engagements:
        if e.id == flag.subject:
            return flag
        if spans & {(ev.doc, ev.start, ev.end) for ev in e.evidence}:
            return replace(flag, subject=e.id)
    return flag
