"""Engagements: meetings, talks, dialogues, summits, visits, calls, signings,
exercises and hosted events, each with kind, status, date, place, mechanism,
participants and evidence.

Sentence by sentence, trigger words (data/engagement_cues.json) and named
mechanisms open a *frame*; the frame takes its participants from the person
mentions around the trigger, its date from the sentence's time expressions,
its place from "in/to PLACE". Frames that name the same real engagement (same
mechanism, same people, "the meeting") are then merged into one engagement.

This module is the stage's entry point; its steps live beside it, in order:
triggers.py -> status.py, engagement_dates.py, participants.py -> frames.py ->
merging.py -> borrowing.py, all reading engagement_cues.py.
"""
from __future__ import annotations

import hashlib
import re

from bilat.extract.borrowing import (_attach_follow_ups, _borrow_date, _borrow_location, _date_from_day_visit,
                                     _delegation_leaders,
                                     _date_from_lead, _date_from_setting, _dateline_location, _signings_during_visits)
from bilat.extract.engagement_cues import _words, cues
from bilat.extract.engagement_dates import default_date, with_relative_days
from bilat.extract.evidence import evidence, joined_after_titles
from bilat.extract.frames import Frame, frame_place, sentence_frames, with_named_antecedents, with_next_ordinals
from bilat.extract.mechanisms import mechanism_data
from bilat.extract.merging import _join_named_next, merge_frames
from bilat.extract.participants import resolve_references
from bilat.extract.topics import span_topics
from bilat.extract.triggers import find_triggers
from bilat.model import DateInterval, Document, Engagement, Flag, Mention, Participant, Place, Sentence, Timex
from bilat.nlp.countries import find_countries

__all__ = ["extract_engagements", "location_flags", "to_engagement", "engagement_id", "involves_pair", "is_anchored",
           "involved_countries", "unnamed_visit", "find_triggers", "frame_place"]     # find_triggers, frame_place: imported from here by tests


def involved_countries(group: Frame) -> set[str]:
    """Countries an engagement involves: its people, its place, and the countries its sentences name."""
    found = {m.country for m in group.participants if m.country}
    found |= {f.place.country for f in group.members if f.place and f.place.country}
    for f in group.members:
        found |= {c.country for c in find_countries(f.sentence.text) if c.country}
    return found or (involved_countries(group.series) if group.series else found)     # an edition of the series told before


def is_anchored(group: Frame, pair: tuple[str, str]) -> bool:
    """A bare 'visit' or 'meeting' stands only with a participant, a mechanism, or a city between the pair.

    A signing, exercise or dialogue may have the two countries themselves as its parties.
    """
    if group.mechanism and (_process_only(group) or _institution_only(group)):
        return False
    if group.participants or group.mechanism:
        return True
    if all(f.sentence.text[f.trigger.start:f.trigger.end].lower() in cues()["generic_plurals"] for f in group.members):
        return False        # 'several other dialogues', 'regular visits': no one engagement
    if unnamed_visit(group, pair):
        return True
    if group.kind in cues()["country_parties"]:
        return set(pair) <= _named_countries(group)
    place = next((f.place for f in group.members if f.place and f.place.place), None)
    return bool(place) and set(pair) <= involved_countries(group)


def _institution_only(group: Frame) -> bool:
    """'the Joint Commission has met only twice in a decade': a dialogue told as held with no session of
    it (no number, date, place or people) is the institution, not one engagement; a plan to hold it is one."""
    return (group.status == "held" and group.kind == "dialogue" and not group.mechanism.ordinal
            and not group.explicit_date and not group.participants and not any(f.place for f in group.members))


def _process_only(group: Frame) -> bool:
    """'watching the CEPA upgrade negotiations', 'conclude negotiations to upgrade the pact': a process
    named, no session of it; a round, an ordinal or a verb of holding makes one."""
    if not group.mechanism.name.lower().endswith(tuple(cues()["process_nouns"])) or group.mechanism.ordinal:
        return False
    sessions = re.compile(rf"\b(?:{_words(cues()['session_cues'])})\b", re.IGNORECASE)
    return not any(sessions.search(f.sentence.text[max(0, f.trigger.start - 40):f.trigger.end + 60]) for f in group.members)


def _named_countries(group: Frame) -> set[str]:
    return {c.country for f in group.members for c in find_countries(f.sentence.text) if c.country}


def involves_pair(group: Frame, pair: tuple[str, str]) -> bool:
    """Both sides take part, or one side with no third country in sight."""
    if group.kind == "visit" and all(_to_a_region(f) for f in group.members):
        return False        # 'his tour of Europe': a trip elsewhere
    found = involved_countries(group)
    people = {m.country for m in group.participants if m.country}
    if set(pair) <= found:
        return True
    if not found and _standing_mechanism(group):
        return True     # 'the two sides agreed to convene the 7th Joint Committee': the pair's own body
    return bool(found & set(pair)) and found <= set(pair) and bool(people or group.trigger.mechanism
                                                                   or unnamed_visit(group, pair))


def _without_echoes(groups: list[Frame], pair: tuple[str, str]) -> list[Frame]:
    """An unnamed visit to where a named visitor of the story went is that visit told again
    ('the minister's three-day visit to India'), not another one."""
    named = [g for g in groups if g.kind == "visit" and g.participants]
    return [g for g in groups if not unnamed_visit(g, pair) or not any(_same_trip(g, v) for v in named)]


def _same_trip(unnamed: Frame, named: Frame) -> bool:
    where = {f.place.country for f in unnamed.members if f.place}
    there = {f.place.country for f in named.members if f.place}
    when = named.date if named.explicit_date else None
    return bool(where & there) and (when is None or not (unnamed.date.end < when.start or when.end < unnamed.date.start))


def _to_a_region(frame: Frame) -> bool:
    after = frame.sentence.text[frame.trigger.end:frame.trigger.end + 40]
    regions = _words(cues()["regions_elsewhere"])
    return bool(re.match(rf"\s+(?:of|to|in|across)\s+(?:the\s+)?(?:{regions})\b", after))


def unnamed_visit(group: Frame, pair: tuple[str, str]) -> bool:
    """'A prime ministerial visit to Seoul in 2015': a dated visit to one side, its visitor unnamed, in
    sentences that name no third country, is the other side's visit."""
    destination = next((f.place.country for f in group.members if f.place and f.place.country), None)
    return (group.kind == "visit" and not group.participants and group.explicit_date
            and destination in pair and involved_countries(group) <= set(pair))


def _standing_mechanism(group: Frame) -> bool:
    """A known standing mechanism of a relationship (data/mechanisms.json), not a named event or venue."""
    hit = group.trigger.mechanism
    return bool(hit) and hit.kind == "dialogue" and hit.name in mechanism_data()["heads"].values()


def _final_kind(group: Frame) -> str:
    """A meeting of two heads of state or government is a summit."""
    leaders = [m for m in group.participants if m.title and any(
        re.search(rf"\b{re.escape(w)}\b", m.title) for w in cues()["leaders"])]
    countries = {m.country for m in leaders}
    if group.kind == "meeting" and len(leaders) >= 2 and len(countries) >= 2:
        return "summit"
    return group.kind


def _final_date(group: Frame, doc: Document) -> tuple[DateInterval | None, str | None]:
    """The engagement's date and where it came from: the text, or the report's own date."""
    date = group.date if group.explicit_date else (default_date(doc) if group.status == "held" else None)
    if date and group.kind == "visit" and date.precision == "day" and date.start != date.end:
        date = DateInterval(date.start, date.start, "day")     # a visit is dated by its arrival day
    return date, (None if date is None else "text" if group.explicit_date else "document")


def _title(kind: str, group: Frame) -> str:
    people = [m.name for m in group.participants]
    if group.mechanism and group.trigger.mechanism:
        ordinal = group.mechanism.ordinal
        return f"{_ordinal_text(ordinal)} {group.mechanism.name}".strip()
    if kind == "visit" and people:
        where = (group.place.place or group.place.country) if group.place else None
        return f"{people[0]} visits {where}" if where else f"Visit of {people[0]}"
    where = (group.place.place or group.place.country) if group.place else None
    if kind == "call" and len(people) >= 2:
        return f"Call between {', '.join(people[:-1])} and {people[-1]}"
    if kind == "signing" and (people or where):
        return "Signing: " + (" and ".join(people[:2]) if people else f"in {where}")
    if len(people) >= 2:
        return f"{people[0]} meets {', '.join(people[1:])}"
    return kind.capitalize() + (f" with {people[0]}" if people else f" in {where}" if where else "")


def _ordinal_text(n: int | None) -> str:
    if not n:
        return ""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def engagement_id(doc: Document, kind: str, key: str) -> str:
    return "e:" + hashlib.sha1(f"{doc.id}|{kind}|{key}".encode()).hexdigest()[:12]


def to_engagement(doc: Document, group: Frame) -> Engagement:
    kind = _final_kind(group)
    spans = sorted({(f.sentence.start, f.sentence.end) for f in group.members}
                   | {(s.start, s.end) for s in group.follow_ups})
    place = Place(group.place.place, group.place.country) if group.place else Place()
    participants = tuple(Participant(m.actor, m.name, m.title, m.country) for m in group.participants)
    countries = tuple(sorted({p.country for p in participants if p.country} | ({place.country} - {None})
                             | _named_in_mechanism(group)))
    key = (f"{group.mechanism.name}|{group.mechanism.ordinal}" if group.mechanism
           else f"{spans[0][0]}|{'|'.join(p.actor for p in participants)}")     # 'separate meetings with A and B' are two
    date, basis = _final_date(group, doc)
    return Engagement(
        id=engagement_id(doc, kind, key), kind=kind, title=_title(kind, group),
        date=date, date_basis=basis, status=group.status, location=place, mechanism=group.mechanism,
        participants=participants, countries=countries,
        topics=span_topics(" ".join(doc.text[s:e] for s, e in spans)),
        documents=(doc.id,), evidence=tuple(evidence(doc, s, e) for s, e in spans))


def _named_in_mechanism(group: Frame) -> set[str]:
    """'the India-ROK Strategic Dialogue', 'Korea–India talks': the countries the mechanism's name joins."""
    found = set()
    for f in group.members:
        before = re.split(r"[,;:]|\b(?:with|between|by|of the|and the)\b", f.sentence.text[max(0, f.trigger.start - 35):f.trigger.start])[-1]
        names = {c.country for c in find_countries(before) if c.country} if re.search(r"\w[-–—]\w", before) else set()
        found |= names if len(names) >= 2 else set()
    return found


def extract_engagements(doc: Document, sentences: list[Sentence], mentions: list[Mention],
                        timexes: list[Timex], pair: tuple[str, str]) -> list[Engagement]:
    """The engagements of the pair that one document reports, each once, with all its evidence.

    >>> [e.kind for e in extract_engagements(doc, sentences, mentions, timexes, ("IND", "KOR"))]
    ['meeting', 'visit']
    """
    sentences = joined_after_titles(doc.text, sentences)
    mentions = resolve_references(sentences, mentions)
    timexes = with_relative_days(doc.text, timexes)
    frames: list[Frame] = []
    for s in sentences:
        frames.extend(sentence_frames(doc, s, mentions, timexes, frames))
    frames = with_next_ordinals(with_named_antecedents(frames))
    merged = _join_named_next(merge_frames(frames), sentences)
    groups = _without_echoes([g for g in merged if involves_pair(g, pair) and is_anchored(g, pair)], pair)
    groups = _signings_during_visits(merged, groups, sentences)
    _attach_follow_ups(groups, sentences, frames, mentions)
    _delegation_leaders(groups, sentences, frames, mentions)
    _date_from_lead(groups, sentences, frames, timexes, doc)
    _dateline_location(groups, doc)
    _borrow_location(groups)
    if default_date(doc) is None:
        _borrow_date(groups)
    else:
        _date_from_day_visit(groups, doc)
    _date_from_setting(groups)
    return [to_engagement(doc, g) for g in groups]


def _concurrent(a: Engagement, b: Engagement) -> bool:
    if not (a.date and b.date and a.date.start and b.date.start):
        return True
    return not ((a.date.end or a.date.start) < b.date.start or (b.date.end or b.date.start) < a.date.start)


def location_flags(engagements: list[Engagement]) -> list[Flag]:
    """An engagement placed in one city while its participant's visit of the same time is to another.

    >>> [f.message for f in location_flags(found)]
    ['New Delhi (t1) vs Seoul (t1)']
    """
    flags = []
    for e in engagements:
        for v in engagements:
            if (e.kind == "visit" or v.kind != "visit" or not (e.location.place and v.location.place)
                    or e.location.place == v.location.place or e.status != v.status or not _concurrent(e, v)
                    or not {p.actor for p in e.participants} & {p.actor for p in v.participants}):
                continue
            doc = e.documents[0] if e.documents else ""
            flags.append(Flag("contradiction", e.id, "location",
                              f"{e.location.place} ({doc}) vs {v.location.place} ({doc})",
                              evidence=(e.evidence[0], _evidence_naming(v, v.location.place))))
    return flags


def _evidence_naming(e: Engagement, words: str):
    """The engagement's evidence that names the place, else its first."""
    return next((ev for ev in e.evidence if words in ev.quote), e.evidence[0])
