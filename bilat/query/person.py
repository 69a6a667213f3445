"""One person's file: offices over time, engagements attended, and what the sources say, with citations."""
from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from bilat.errors import BilatError
from bilat.extract.evidence import split_sentences
from bilat.model import Actor, Document, Engagement, Evidence, Sentence
from bilat.query.filters import matches
from bilat.query.views import Office, offices, timeline


class UnknownPerson(BilatError):
    """No person (or more than one) answers to the name given; the message suggests names."""


@dataclass(frozen=True)
class PersonView:
    id: str
    name: str
    country: str | None
    aliases: tuple[str, ...]
    offices: tuple[Office, ...]
    engagements: tuple[Engagement, ...]
    quotes: tuple[Evidence, ...]    # the sentences naming the person (just the name without documents)


def _names(a: Actor) -> list[str]:
    return [a.name, *a.aliases]


def suggestion(name: str, persons: list[Actor]) -> str:
    """The one-line error for an unknown name, naming up to three close ones."""
    choices = {n: a.name for a in persons for n in _names(a)}
    close = process.extract(name, list(choices), scorer=fuzz.WRatio, limit=5, score_cutoff=70)
    names = list(dict.fromkeys(choices[c[0]] for c in close))[:3]
    hint = f"did you mean {' or '.join(names)}?" if names else "`bilat people` lists who is in the record"
    return f"no person named {name!r}; {hint}"


def find_person(record, name: str) -> Actor:
    """The person called `name` (full name, alias, or a unique part of one).

    >>> find_person(record, "Varma").name  # doctest: +SKIP
    'Anand Varma'
    """
    persons = [a for a in record.actors if a.kind == "person"]
    # a full name settles it; a surname alone ("Kim") may belong to several people
    found = [a for a in persons if a.name.casefold() == name.casefold()]
    found = found or [a for a in persons if any(matches(n, name) for n in _names(a))]
    if len(found) > 1:
        raise UnknownPerson(f"{name!r} names {len(found)} people: {', '.join(a.name for a in found[:5])}; "
                            "give more of the name")
    if not found:
        raise UnknownPerson(suggestion(name, persons))
    return found[0]


def attended(record, actor: Actor) -> list[Engagement]:
    """Engagements with the person among the participants, in timeline order."""
    mine = [e for e in record.engagements if any(p.actor == actor.id for p in e.participants)]
    return timeline(replace(record, engagements=tuple(mine)))


def sentence_of(ev: Evidence, sentences: list[Sentence]) -> Evidence:
    """Widen a mention to the sentence holding it, so the quote says something."""
    around = next((s for s in sentences if s.start <= ev.start < s.end), None)
    return Evidence(ev.doc, around.start, around.end, around.text) if around else ev


def quotes(actor: Actor, documents: dict[str, Document]) -> list[Evidence]:
    """Each sentence naming the person once, in date, document and text order."""
    mentions = list(actor.evidence) + [ev for r in actor.roles for ev in r.evidence]
    sentences = {d: split_sentences(documents[d].text) for d in {ev.doc for ev in mentions} if d in documents}
    widened = {sentence_of(ev, sentences.get(ev.doc, [])) for ev in mentions}
    dated = {d: doc.published.date or "" for d, doc in documents.items()}
    return sorted(widened, key=lambda ev: (dated.get(ev.doc, ""), ev.doc, ev.start))


def person(record, name: str, documents: list[Document] = ()) -> PersonView:
    """One person's offices over time, engagements attended, and the sentences that name them.

    >>> [o.title for o in person(record, "Anand Varma").offices]  # doctest: +SKIP
    ['Prime Minister']
    """
    actor = find_person(record, name)
    by_id = {d.id: d for d in documents}
    return PersonView(actor.id, actor.name, actor.country, actor.aliases, tuple(offices(actor)),
                      tuple(attended(record, actor)), tuple(quotes(actor, by_id)))
