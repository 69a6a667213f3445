"""Fusion across documents: blocking -> scoring -> clustering, never all pairs."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bilat.fuse.commitments import rate
from bilat.fuse.engagements import fuse_engagements
from bilat.fuse.people import fuse_people
from bilat.model import Actor, Commitment, Document, Engagement, Facts, Flag


@dataclass(frozen=True)
class Record:
    actors: tuple[Actor, ...]
    engagements: tuple[Engagement, ...]
    commitments: tuple[Commitment, ...]
    flags: tuple[Flag, ...]


def fuse(facts: dict[str, Facts], documents: dict[str, Document], as_of: date | None = None) -> Record:
    """One actor per person, one engagement per real event, commitments rated as of a date."""
    actors, renamed = fuse_people([a for f in facts.values() for a in f.actors])
    engagements, flags = fuse_engagements([e for f in facts.values() for e in f.engagements], renamed)
    commitments = rate([c for f in facts.values() for c in f.commitments], engagements, as_of or date.today())
    doc_flags = tuple(fl for f in facts.values() for fl in f.flags)
    return Record(tuple(actors), tuple(engagements), tuple(commitments), doc_flags + tuple(flags))
