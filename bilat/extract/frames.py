"""Frames: one mention of an engagement in one sentence, with the kind, status,
date, place, mechanism and people its trigger's clause gives. merging.py then
joins the frames that tell one engagement."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from bilat.extract.engagement_cues import MEETING_LIKE, _words, cues
from bilat.extract.engagement_dates import (_arrival, _counts_from, _dates_a_decision, _deadline_period, _filing_spans,
                                            _sentence_timexes, _stay_from, dates_a_report, ends_a_stay, nearest_timex)
from bilat.extract.mechanisms import MechanismHit, is_reference, ordinal_before
from bilat.extract.participants import (_is_participant, _names_the_group, _segments, _unique, _visitor_of_purpose,
                                        meeting_people, visitor)
from bilat.extract.places import PlaceHit, capital_of, dateline_place, find_places, story_places
from bilat.extract.status import status_of
from bilat.extract.triggers import Trigger, _attach_events_to_visits, find_triggers
from bilat.model import DateInterval, Document, Mechanism, Mention, Sentence, Timex


@dataclass
class Frame:
    """One mention of an engagement in one sentence (merged later)."""
    kind: str
    status: str
    sentence: Sentence
    trigger: Trigger
    date: DateInterval | None = None
    explicit_date: bool = False
    place: PlaceHit | None = None
    mechanism: Mechanism | None = None
    participants: list[Mention] = field(default_factory=list)
    members: list["Frame"] = field(default_factory=list)
    follow_ups: list[Sentence] = field(default_factory=list)     # 'Both sides discussed …' after it: evidence and topics
    series: "Frame | None" = None     # 'the first edition of the exercise': the other edition it was told after


def frame_place(text: str, trigger: Trigger, until: int | None = None) -> PlaceHit | None:
    """The place the trigger's clause names: 'in Seoul', 'visit to India', 'arrived in Busan'.

    A place after the next trigger (`until`) is that trigger's: 'during the meeting, he spoke of his visit to India'.
    """
    found = sorted(find_places(text[:until]) + story_places(text[:until]), key=lambda h: h.start)
    hits = [h for h in found if h.start >= trigger.start - 2 or trigger.kind != "visit"]
    if trigger.kind == "visit":
        hits = [h for h in hits if h.start >= trigger.start - 2 and h.start - trigger.end < 60]
    if not hits:
        return None
    after = [h for h in hits if h.start >= trigger.end - 1]
    best = min(after or hits, key=lambda h: abs(h.start - trigger.end))
    return best


def sentence_frames(doc: Document, sentence: Sentence, mentions: list[Mention], timexes: list[Timex],
                    previous: list[Frame]) -> list[Frame]:
    """The engagement frames one sentence opens or refers back to."""
    triggers = _attach_events_to_visits(find_triggers(sentence.text))
    bounds = _segments(sentence.text, triggers, mentions, sentence.start)
    frames = []
    for trigger, span in zip(triggers, bounds):
        if not _only_hoped_for(sentence.text, trigger):
            frames.extend(_frames_for(doc, sentence, trigger, span, mentions, timexes, previous + frames, triggers))
    return _called_off_together(frames)


def _only_hoped_for(text: str, trigger: Trigger) -> bool:
    """'expressed the hope to meet in person once travel resumes': a wish, no engagement held or planned."""
    before = text[max(0, trigger.start - 40):trigger.start]
    return bool(re.search(rf"\b(?:{_words(cues()['hoped_for'])})\s+(?:[\w\-]+\s+){{0,2}}$", before, re.IGNORECASE))


def _called_off_together(frames: list[Frame]) -> list[Frame]:
    """'X was to have held talks with Y on May 2, the first meeting of the two': a plan told with its cancellation is off too."""
    off = [f for f in frames if f.status == "cancelled"]
    for f in frames:
        if f.status == "planned" and any(_actors(f) & _actors(c) for c in off):
            f.status = "cancelled"
    return frames


def _frames_for(doc, sentence, trigger, span, mentions, timexes, earlier, triggers) -> list[Frame]:
    own = [t for t in _sentence_timexes(sentence, [_deadline_period(t) for t in timexes])
           if not _dates_a_decision(sentence, trigger, t) and not _counts_from(sentence, t) and not dates_a_report(sentence, trigger, t)
           and not any(a <= t.start < b for a, b in _filing_spans(doc.text))
           and (trigger.kind == "visit" or not ends_a_stay(sentence, t))]
    timex = nearest_timex(sentence, trigger, own, triggers)
    date = timex.interval if timex else None
    status = status_of(sentence.text, trigger, date, doc.published.anchor if doc.published else None)
    people = (visitor(sentence, trigger, mentions) if trigger.kind == "visit"
              else meeting_people(sentence, trigger, span, mentions))
    people = _unique(_visitor_of_purpose(sentence, trigger, mentions, triggers) + people)
    people = [m for m in people if _is_participant(m, sentence, trigger)]
    if (status == "held" or status == "planned" and not people and not trigger.mechanism) and not trigger.anaphoric \
            and trigger.kind != "visit" \
            and _names_the_group(sentence.text[span[0]:span[1]]):     # a plan: the group acts in it ("the two leaders will witness the signing"), a future session has its own people
        people = _unique(people + _last_group(earlier))
    people = people or _shared_subject(sentence, trigger, earlier)
    mechanism = (Mechanism(trigger.mechanism.name, trigger.mechanism.ordinal) if trigger.mechanism
                 else _ordinal_only(sentence.text, trigger))
    date = _arrival(sentence.text, trigger, date, timex and ends_a_stay(sentence, timex)) if trigger.kind == "visit" else date
    date = (timex and _stay_from(sentence, timex)) or date
    frame = Frame(trigger.kind, status, sentence, trigger, date, date is not None,
                  _known_place(doc, frame_place(sentence.text, trigger, _next_start(trigger, triggers))), mechanism, people)
    return _split_separate(frame, sentence, mentions)


def _known_place(doc: Document, hit: PlaceHit | None) -> PlaceHit | None:
    """'here' is where the story was filed; 'the capital' that city when it is one, else the first capital the story names."""
    if not hit or hit.place or hit.preposition not in ("here", "capital"):
        return hit
    filed = _filed_from(doc.text)
    if filed and (hit.preposition == "here" or filed.place == capital_of(filed.country)):
        return replace(hit, place=filed.place, country=filed.country)
    named = next((h for h in find_places(doc.text) if h.place and h.place == capital_of(h.country)), None)
    return replace(hit, place=named.place, country=named.country) if named and hit.preposition == "capital" else None


@lru_cache(maxsize=8)
def _filed_from(text: str):
    return dateline_place(text)


def _next_start(trigger: Trigger, triggers: list[Trigger]) -> int | None:
    later = [t.start for t in triggers if t.start > trigger.start and t.kind != "event"]     # 'sidelines of the X Summit in Hanoi'
    return min(later) if later else None


def _ordinal_only(text: str, trigger: Trigger) -> Mechanism | None:
    """'the first-ever bilateral exercise': an ordinal with no named mechanism."""
    ordinal = ordinal_before(text, trigger.start, reach=30)
    if ordinal is None or trigger.kind not in ("exercise", "dialogue", "summit"):
        return None
    return Mechanism(text[trigger.start:trigger.end].strip(), ordinal)


def _shared_subject(sentence: Sentence, trigger: Trigger, earlier: list[Frame]) -> list[Mention]:
    """'X and Y met in Vientiane in July and spoke on the phone last month': a verb after 'and'
    with no subject of its own shares the people of the verb before it."""
    if trigger.anaphoric or not re.search(r"\band\s+(?:also\s+|later\s+|then\s+)?$", sentence.text[:trigger.start]):
        return []
    before = [f for f in earlier if f.sentence.start == sentence.start and f.trigger.end <= trigger.start]
    verb = before and sentence.text[before[-1].trigger.start:before[-1].trigger.end].lower() in cues()["verb_triggers"]
    return list(before[-1].participants) if verb else []


def _last_group(frames: list[Frame]) -> list[Mention]:
    for f in reversed(frames):
        if len(f.participants) >= 2:
            return f.participants
    return []


def _split_separate(frame: Frame, sentence: Sentence, mentions: list[Mention]) -> list[Frame]:
    """'held separate meetings with A and B' is one meeting with A and one with B."""
    words = sentence.text[max(0, frame.trigger.start - 12):frame.trigger.end].lower()
    if not ("separate" in words or words.endswith("s")) or frame.kind not in MEETING_LIKE or frame.trigger.mechanism:
        return [frame]
    at = sentence.start + frame.trigger.end
    hosts = [m for m in frame.participants if m.start < at]
    guests = [m for m in frame.participants if m.start >= at]
    if len(guests) < 2 or not hosts:
        return [frame]
    return [replace(frame, participants=_unique(hosts + [g])) for g in guests]


def with_next_ordinals(frames: list[Frame]) -> list[Frame]:
    """'the next round of the Joint Commission' after 'the 11th Joint Commission' is the 12th."""
    out, last = [], {}
    for f in frames:
        m = f.mechanism
        if m and f.trigger.mechanism and m.ordinal is None and m.name in last and _says_next(f):
            f = replace(f, mechanism=Mechanism(m.name, last[m.name] + 1))
        if f.mechanism and f.mechanism.ordinal:
            last[f.mechanism.name] = f.mechanism.ordinal
        out.append(f)
    return out


def with_named_antecedents(frames: list[Frame]) -> list[Frame]:
    """'the working group', 'the second round of the Dialogue': the body of that kind named before, if any.

    A reference to a body no sentence named ('the committee' alone) opens no engagement.
    """
    out, named = [], []
    for f in frames:
        m = f.mechanism
        if m and is_reference(m.name):
            head = m.name.lower()
            antecedent = next((n for n in reversed(named) if n.lower().endswith(head) or n.lower().startswith(head + " on")), None)
            if antecedent:
                hit = MechanismHit(f.trigger.start, f.trigger.end, antecedent, m.ordinal, "dialogue")
                anaphoric = f.trigger.anaphoric and m.ordinal is None     # 'the second round of the Dialogue' is a session of its own
                f = replace(f, mechanism=Mechanism(antecedent, m.ordinal),
                            trigger=replace(f.trigger, mechanism=hit, anaphoric=anaphoric))
            elif f.trigger.mechanism and head != "dialogue":
                continue
        elif m and f.trigger.mechanism:
            named.append(m.name)
        out.append(f)
    return out


def _says_next(frame: Frame) -> bool:
    before = frame.sentence.text[max(0, frame.trigger.start - 40):frame.trigger.start]
    return bool(re.search(r"\b(?:next|following|subsequent)\b(?:\s+[\w\-]+){0,4}\s*$", re.split(r"[,;]", before)[-1]))


def _actors(frame: Frame) -> set[str]:
    return {m.actor for m in frame.participants}
