"""Engagements: meetings, talks, dialogues, summits, visits, calls, signings,
exercises and hosted events, each with kind, status, date, place, mechanism,
participants and evidence.

Sentence by sentence, trigger words (data/engagement_cues.json) and named
mechanisms open a *frame*; the frame takes its participants from the person
mentions around the trigger, its date from the sentence's time expressions,
its place from "in/to PLACE". Frames that name the same real engagement (same
mechanism, same people, "the meeting") are then merged into one engagement.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from bilat.extract.evidence import evidence, joined_after_titles
from bilat.extract.mechanisms import MechanismHit, find_mechanisms, is_reference, mechanism_data, ordinal_before
from bilat.extract.places import PlaceHit, capital_of, dateline_place, find_places, filing_spans, story_places
from bilat.extract.topics import span_topics
from bilat.model import (DateInterval, Document, Engagement, Flag, Mechanism, Mention, Participant,
                         Place, Sentence, Timex)
from bilat.nlp.countries import find_countries

MEETING_LIKE = {"meeting", "dialogue", "summit", "call"}


@lru_cache(maxsize=1)
def cues() -> dict:
    return json.loads(resources.files("bilat.extract").joinpath("data/engagement_cues.json").read_text())


def _words(phrases) -> str:
    return "|".join(sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _trigger_patterns() -> list[tuple[str, re.Pattern]]:
    return [(kind, re.compile(rf"(?<![\w\-])(?:{_words(words)})(?![\w\-])", re.IGNORECASE))
            for kind, words in cues()["triggers"].items()]


@lru_cache(maxsize=1)
def _status_patterns() -> dict[str, re.Pattern]:
    return {status: re.compile(rf"(?<![\w])(?:{_words(cues()[status])})(?![\w])", re.IGNORECASE)
            for status in ("planned", "cancelled")}


@dataclass(frozen=True)
class Trigger:
    kind: str
    start: int              # offsets in the sentence text
    end: int
    mechanism: MechanismHit | None = None
    anaphoric: bool = False
    takes_people: bool = False     # 'co-chaired the meeting with X': a reference that names who took part


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


# ------------------------------------------------------------------ triggers
def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _absorbed(kind: str, span: tuple[int, int], text: str, hits: list[MechanismHit]) -> bool:
    """A verb or noun that only describes a named mechanism ("co-chaired the 6th FPSD")."""
    if kind not in MEETING_LIKE:
        return False
    for h in (h for h in hits if h.kind != "venue"):     # 'met on the sidelines of the G20 Summit': a meeting of its own
        before = text[span[1]:h.start]
        if 0 <= h.start - span[1] <= 70 and not re.search(r"[.;:,]|\bwith\b|\band\b", before):
            return True
        if 0 <= span[0] - h.end <= 3:
            return True
    return False


def _is_anaphoric(text: str, start: int, end: int) -> bool:
    """'the meeting', 'his visit', 'the bilateral talks' point back to an engagement named before."""
    if (re.match(r"\s+(?:of|by)\s", text[end:end + 5]) and not _tells_length(text[end:])) or " of " in text[start:end]:
        return False                # 'the visit of X', 'the exchange of agreements' introduce the engagement they name
    if text[start:end].lower() in cues()["verb_triggers"]:
        return False                # 'the ministers of both countries met': a verb tells a new engagement
    before = text[:start].split()[-2:]
    determiners = {"the", "this", "that", "his", "her", "their", "its", "these"}
    if before and before[-1].lower() in determiners:
        return True
    return (len(before) == 2 and before[0].lower() in determiners and before[1].islower()
            and ordinal_before(before[1], len(before[1])) is None)


def _tells_length(after: str) -> bool:
    """'the visit of about 30 hours': 'of' gives the engagement's length, not who made it."""
    units = _words(cues()["length_units"])
    return bool(re.match(rf"\s+of\s+(?:about|some|nearly|over|around|just)?\s*[\w\-]+\s+(?:{units})\b", after, re.IGNORECASE))


def find_triggers(text: str) -> list[Trigger]:
    """Engagement triggers in one sentence, in text order, without overlaps.

    >>> [t.kind for t in find_triggers("Singh met his counterpart before the 5th Joint Commission.")]
    ['meeting', 'dialogue']
    """
    hits = [_named_exercise(text, h) for h in find_mechanisms(text)]
    found = [Trigger(h.kind, h.start, h.end, h) for h in hits]
    for kind, pattern in _trigger_patterns():
        for m in pattern.finditer(text):
            span = (m.start(), m.end())
            if any(_overlaps(span, (t.start, t.end)) for t in found):
                continue
            if not _absorbed(kind, span, text, hits):
                found.append(Trigger(kind, m.start(), m.end(), anaphoric=_is_anaphoric(text, m.start(), m.end())))
    found = [_with_exercise_name(text, t) for t in found if t.kind != "venue" and not _is_topic(text, t)]
    return _sessions_of_bodies(_verbs_of_references(sorted(found, key=lambda t: t.start), text), text)


def _sessions_of_bodies(triggers: list[Trigger], text: str) -> list[Trigger]:
    """'launch a Joint Committee and hold its first meeting': the meeting is a session of that body."""
    out: list[Trigger] = []
    for t in triggers:
        body = next((b.mechanism for b in reversed(out) if b.mechanism and b.mechanism.kind == "dialogue"), None)
        if body and t.kind == "meeting" and not t.mechanism and re.search(r"\bits\s+(?:[\w\-]+\s+)?$", text[:t.start]):
            hit = replace(body, start=t.start, end=t.end, ordinal=ordinal_before(text, t.start, reach=20))
            t = Trigger("dialogue", t.start, t.end, hit)
        out.append(t)
    return out


def _named_exercise(text: str, hit: MechanismHit) -> MechanismHit:
    """'the Bilateral Maritime Exercise 'Sea Bridge'': an exercise, known by the name after it."""
    if hit.kind != "event" or not re.search(rf"\b(?:{_words(cues()['exercise_heads'])})$", hit.name, re.IGNORECASE):
        return hit
    name = exercise_name(text, hit.end - len(hit.name.split()[-1]))
    ordinal = hit.ordinal or ordinal_before(hit.name, len(hit.name))      # 'First Bilateral Maritime Exercise'
    return replace(hit, kind="exercise", name=name[0] if name else hit.name, ordinal=ordinal,
                   end=name[2] if name else hit.end)


def _with_exercise_name(text: str, trigger: Trigger) -> Trigger:
    """'the bilateral maritime exercise, Sea Bridge': the exercise carries its name as its mechanism."""
    if trigger.kind != "exercise" or trigger.mechanism:
        return trigger
    word = text[trigger.start:trigger.end].split()[-1]
    named = exercise_name(text, trigger.end - len(word))
    if not named:
        return trigger
    hit = MechanismHit(trigger.start, named[2], named[0], ordinal_before(text, trigger.start, reach=60), "exercise")
    return replace(trigger, end=named[2], mechanism=hit)


def exercise_name(text: str, at: int) -> tuple[str, int, int] | None:
    """The name given to the exercise whose head word starts at `at`: 'exercise, Sea Bridge', 'drill named 'Blue Wave''.

    >>> exercise_name("the naval exercise, Sea Bridge, began.", 10)[0]
    'Sea Bridge'
    """
    m = re.compile(rf"(?i:{_words(cues()['exercise_heads'])})\s*[,:]?\s+(?:(?i:{_words(cues()['namings'])})\s+)?['‘\"“]?"
                   r"((?!The\b|This\b)[A-Z][\w\-‑]+(?:\s+[A-Z][\w\-‑]+){0,2})").match(text, at)
    if not m or find_countries(m.group(1)):
        return None
    return m.group(1), m.start(1), m.end(1)


def _verbs_of_references(triggers: list[Trigger], text: str) -> list[Trigger]:
    """'co-chaired the meeting', 'held the talks': the verb and its noun are one reference back."""
    out: list[Trigger] = []
    for t in triggers:
        verb = out[-1] if out else None
        if (t.anaphoric and verb and not verb.anaphoric and not verb.mechanism and verb.kind == "meeting"
                and re.fullmatch(r"\s+\w+\s+", text[verb.end:t.start])):
            out[-1] = replace(t, start=verb.start, takes_people=True)
            continue
        out.append(t)
    return out


def _is_topic(text: str, trigger: Trigger) -> bool:
    """'discussed naval exercises', 'cooperation in joint exercises': a subject of talks, not an engagement."""
    if trigger.mechanism or trigger.kind not in cues()["topic_kinds"]:
        return False
    before = text[max(0, trigger.start - 45):trigger.start]
    return bool(re.search(rf"\b(?:{_words(cues()['topic_verbs'])})\s+(?:[\w\-]+\s+){{0,3}}$", before, re.IGNORECASE))


# ------------------------------------------------------------------ status and date
def _clause_window(text: str, trigger: Trigger, left: int = 55, right: int = 30) -> str:
    """The words around a trigger that can change its status, cut at clause breaks."""
    before = re.split(r"[;:(]|,\s(?:where|which|while|but)\b", text[max(0, trigger.start - left):trigger.start])[-1]
    after = re.split(r"[;,.(]" if right < 60 else r"[;.]", text[trigger.end:trigger.end + right])[0]
    after = _before_second_verb(after)
    return " ".join(f"{before} {text[trigger.start:trigger.end]} {after}".split())     # 'to  visit' still reads 'to visit'


def _before_second_verb(after: str) -> str:
    """'met in Seoul and agreed to form a task force': the second verb's plan is not the meeting's."""
    return re.split(rf"\b(?:{_words(cues()['second_verbs'])})\b", after, flags=re.IGNORECASE)[0]


def status_of(text: str, trigger: Trigger, date: DateInterval | None, anchor: str | None) -> str:
    """held | planned | cancelled, from cue words near the trigger and the date against the anchor.

    >>> status_of("The leaders will meet in May.", find_triggers("The leaders will meet in May.")[0], None, None)
    'planned'
    """
    window = _clause_window(text, trigger, right=0 if _is_setting(text, trigger) else 30)
    window = re.sub(rf"\b(?:{_words(cues()['purposes'])})\s+to\b", " ", window, flags=re.I)     # 'a function to sign': what it was for
    if _status_patterns()["cancelled"].search(_clause_window(text, trigger, right=90)):
        return "cancelled"
    if date and anchor and date.start and date.start[:10] > anchor[:10]:
        return "planned"
    if date and anchor and date.end and date.end[:10] < anchor[:10]:
        return "held"
    planned = _status_patterns()["planned"].search(window) or _listed_after_plan(text, trigger)
    return "planned" if planned else "held"


def _is_setting(text: str, trigger: Trigger) -> bool:
    """'during their talks … agreed to', 'at the meeting, they will': what follows is the main clause's, not the trigger's."""
    before = text[max(0, trigger.start - 40):trigger.start]
    return bool(re.search(rf"\b(?:{_words(cues()['settings'])})\s+(?:the|their|his|her|its|this|that)\s+(?:[\w\-]+\s+){{0,2}}$",
                          before, re.IGNORECASE))


def _listed_after_plan(text: str, trigger: Trigger) -> bool:
    """'agreed to deepen ties through visits, including a summit': the items of a planned list are planned."""
    before = text[:trigger.start]
    lists = list(re.finditer(rf"\b(?:{_words(cues()['list_heads'])})\b", before, re.IGNORECASE))
    return bool(lists) and bool(_status_patterns()["planned"].search(before[:lists[-1].start()]))


def _sentence_timexes(sentence: Sentence, timexes: list[Timex]) -> list[Timex]:
    return [t for t in timexes if sentence.start <= t.start < sentence.end and t.interval and t.interval.start]


def nearest_timex(sentence: Sentence, trigger: Trigger, timexes: list[Timex],
                  triggers: list[Trigger] = ()) -> Timex | None:
    """The dated time expression closest to the trigger (preferring one after it) that no other trigger is closer to."""
    def distance(t: Timex, other: Trigger) -> int:
        start, end = t.start - sentence.start, t.end - sentence.start
        return start - other.end if start >= other.end else (other.start - end) * 2

    found = [t for t in _sentence_timexes(sentence, timexes)
             if all(distance(t, trigger) <= distance(t, o) for o in triggers if not o.anaphoric)]
    return min(found, key=lambda t: distance(t, trigger)) if found else None


def _deadline_period(timex: Timex) -> Timex:
    """'before the end of 2024' dates a session planned by then to that year; 'by May' to May."""
    iv = timex.interval
    if not iv or iv.start or not iv.end or iv.precision not in ("year", "month"):
        return timex
    start = iv.end[:4] + "-01-01" if iv.precision == "year" else iv.end[:7] + "-01"
    return replace(timex, interval=DateInterval(start, iv.end, iv.precision))


def _counts_from(sentence: Sentence, timex: Timex) -> bool:
    """'the first held in Delhi since 2018': a date that starts a count dates nothing that happened."""
    before = sentence.text[max(0, timex.start - sentence.start - 12):timex.start - sentence.start]
    return bool(re.search(rf"\b(?:{_words(cues()['count_from'])})\s+$", before, re.IGNORECASE))


def _dates_a_decision(sentence: Sentence, trigger: Trigger, timex: Timex) -> bool:
    """'on Monday agreed to hold talks': Monday is when they agreed, not when the talks are."""
    start, end = timex.start - sentence.start, timex.end - sentence.start
    if end > trigger.start or re.search(r",\s+(?:as|when|while|after)\s", sentence.text[end:trigger.start]):
        return False        # 'agreed Wednesday to …, as X held talks with Y': the talks that day occasioned it
    between = " ".join((sentence.text[max(0, start - 12):start] + " " + sentence.text[end:trigger.start]).split())
    return bool(re.search(rf"\b(?:{_words(cues()['decisions'])})\b", between, re.IGNORECASE))     # also 'agreed Friday to'


def default_date(doc: Document) -> DateInterval | None:
    """A held engagement reported without a date is dated by the document."""
    published = doc.published
    if not published or not published.date:
        return None
    if published.precision == "day" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", published.date):
        return DateInterval(published.date, published.date, "day")
    start = published.start or published.date
    end = published.end or published.date
    return DateInterval(start, end, published.precision if published.precision != "unknown" else "month")


def with_relative_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """'the same day', 'the following day' dated from the last day named before them.

    >>> [t.interval.start for t in with_relative_days("Rao came on May 2. He met Kim the next day.",
    ...     [Timex(12, 17, "May 2", DateInterval("2024-05-02", "2024-05-02", "day"))])][-1]
    '2024-05-03'
    """
    words = cues()["relative_days"]
    pattern = re.compile(rf"(?<!\w)(?:{_words(words)})(?!\w)", re.IGNORECASE)
    found = list(timexes)
    for m in pattern.finditer(text):
        days = [t for t in found if t.end <= m.start() and t.interval and t.interval.precision == "day"
                and t.interval.start and t.interval.start == t.interval.end]
        if days and not any(t.start <= m.start() < t.end for t in found):
            day = _shift(days[-1].interval.start, words[m.group().lower()])
            found.append(Timex(m.start(), m.end(), m.group(), DateInterval(day, day, "day")))
    return _with_visit_days(text, sorted(found, key=lambda t: t.start))


def _with_visit_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """'On the second day' of a visit: the day after the one a visit word names ('will arrive in Delhi on Tuesday')."""
    words = cues()["visit_days"]
    visit = re.compile(rf"\b(?:{_words(cues()['visit_verbs'])})\b[^.;,]{{0,30}}$", re.IGNORECASE)
    found = list(timexes)
    for m in re.finditer(rf"(?<!\w)(?:{_words(words)})(?!\w)", text, re.IGNORECASE):
        days = [t for t in timexes if t.end <= m.start() and t.interval and t.interval.precision == "day" and t.interval.start]
        arrivals = [t for t in days if visit.search(text[max(0, t.start - 40):t.start])]
        base = (arrivals or days)[-1:] if days else []
        if base and not any(t.start <= m.start() < t.end for t in found):
            day = _shift(base[0].interval.start, words[m.group().lower()])
            found.append(Timex(m.start(), m.end(), m.group(), DateInterval(day, day, "day")))
    return sorted(found, key=lambda t: t.start)


def _shift(day: str, offset: int) -> str:
    from datetime import date, timedelta
    return (date.fromisoformat(day[:10]) + timedelta(days=offset)).isoformat()


# ------------------------------------------------------------------ places
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


# ------------------------------------------------------------------ participants
def _in_span(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if start <= m.start < end]


def _unique(mentions: list[Mention]) -> list[Mention]:
    return list({m.actor: m for m in reversed(mentions)}.values())[::-1]


def visitor(sentence: Sentence, trigger: Trigger, mentions: list[Mention]) -> list[Mention]:
    """The person who travels: 'X's visit', 'visit of X', or the nearest person before the trigger."""
    at = sentence.start + trigger.start
    after = _in_span(mentions, sentence.start + trigger.end, sentence.start + trigger.end + 25)     # 'visit of President X'
    if after and re.match(r"\s+(?:of|by)\s", sentence.text[trigger.end:trigger.end + 5]):
        return after[:1]
    by = re.match(r"\s+to\s+[^,;.]{1,40}?\bby\s+", sentence.text[trigger.end:])        # 'a visit to India by Minister X'
    later = _in_span(mentions, sentence.start + trigger.end + by.end(), sentence.start + trigger.end + by.end() + 45) if by else []
    if later and re.fullmatch(r"(?:(?:the|of|[A-Z][\w.’'\-]*)\s+)*", sentence.text[trigger.end + by.end():later[0].start - sentence.start]):
        return later[:1]       # 'by Defence Minister X', not 'by invitation of X'
    before = _in_span(mentions, sentence.start, at)
    if before and _reports(sentence.text[before[-1].end - sentence.start:trigger.start]):
        return []       # 'X said the visit …': X tells of the visit
    return before[-1:] if before else []


def _reports(between: str) -> bool:
    return bool(re.search(rf"\b(?:{_words(cues()['reporting'])})\b", between)) and not _PRONOUN.search(between)


def meeting_people(sentence: Sentence, trigger: Trigger, bounds: tuple[int, int],
                   mentions: list[Mention]) -> list[Mention]:
    """Everyone named in the trigger's stretch of the sentence."""
    return _unique(_in_span(mentions, sentence.start + bounds[0], sentence.start + bounds[1]))


def _segments(text: str, triggers: list[Trigger], mentions: list[Mention], offset: int) -> list[tuple[int, int]]:
    """Each trigger's stretch: from just after the previous trigger's object to the next trigger."""
    bounds = []
    for i, t in enumerate(triggers):
        start = 0 if i == 0 else _object_end(triggers[i - 1], mentions, offset)
        end = triggers[i + 1].start if i + 1 < len(triggers) else len(text)
        bounds.append((min(start, t.start), max(end, t.end)))
    return bounds


def _object_end(trigger: Trigger, mentions: list[Mention], offset: int) -> int:
    """Where a trigger's 'with X' object ends, so the next trigger does not inherit X."""
    following = [m for m in mentions if 0 <= m.start - offset - trigger.end <= 25]
    return following[0].end - offset if following else trigger.end


_GROUP = re.compile(r"\b(?:the two|both)\s+(?:ministers|leaders|sides|dignitaries|officials|heads|secretaries|presidents)\b"
                    r"|\b(?:ministers|leaders|heads|secretaries)\s+of\s+(?:the two|both)\s+(?:the\s+)?(?:countries|sides|nations)\b",
                    re.IGNORECASE)


def _names_the_group(text: str) -> bool:
    """'the two sides met' is the pair told before; 'negotiators from the two sides met' are other people."""
    return any(not re.search(r"\b(?:from|of)\s+$", text[:m.start()]) for m in _GROUP.finditer(text))


# ------------------------------------------------------------------ references
_PRONOUN = re.compile(r"\b(?:he|his|she|her|him)\b", re.IGNORECASE)
_DESCRIPTOR = re.compile(r"\b(?i:the)\s+((?:South\s+|S\.?\s+)?[A-Z][a-z]+)\s+((?i:minister|president|prime minister|secretary|"
                         r"ambassador|leader|envoy|official|delegation|side|dignitary))\b")


def _subject_of(sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    inside = _in_span(mentions, sentence.start, sentence.end)
    return inside[0] if inside else None


def resolve_references(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Mentions plus pronouns and descriptions ('he', 'the Korean minister') resolved to persons.

    A pronoun takes the subject of its own sentence when named before it, else
    the subject of the last sentence that named someone.
    """
    resolved, last_subject = list(mentions), None
    for s in sentences:
        own = _subject_of(s, mentions)
        for m in _PRONOUN.finditer(s.text):
            at = s.start + m.start()
            target = _possessor(s, at, mentions) if m.group().lower() in ("his", "her") else None
            target = target or (own if own and own.start < at else last_subject)
            if target and not any(x.start <= at < x.end for x in mentions):
                resolved.append(replace(target, start=at, end=s.start + m.end()))
        for m in (d for d in _DESCRIPTOR.finditer(s.text) if not re.match(r"\s+of\s+[A-Z]", s.text[d.end():])):     # 'the Korean Minister of Defence': another office
            target = _described(m, s.start + m.start(), mentions)
            if target:
                resolved.append(replace(target, start=s.start + m.start(), end=s.start + m.end()))
        last_subject = own or last_subject
    return sorted(resolved, key=lambda m: m.start)


def _possessor(sentence: Sentence, at: int, mentions: list[Mention]) -> Mention | None:
    """"President Lee's hope for his visit": 'his' is the person just named in the possessive."""
    for m in reversed(_in_span(mentions, sentence.start, at)):
        if at - m.end <= 40 and re.match(r"['’]s?\b", sentence.text[m.end - sentence.start:]):
            return m
    return None


def _described(match: re.Match, at: int, mentions: list[Mention]) -> Mention | None:
    """'the South Korean minister' -> the last person before it from that country."""
    from bilat.nlp.countries import country_of
    country = country_of(match.group(1))
    earlier = [m for m in mentions if m.start < at and m.country and m.country == country]
    return earlier[-1] if earlier else None


# ------------------------------------------------------------------ frames
def sentence_frames(doc: Document, sentence: Sentence, mentions: list[Mention], timexes: list[Timex],
                    previous: list[Frame]) -> list[Frame]:
    """The engagement frames one sentence opens or refers back to."""
    triggers = _attach_events_to_visits(find_triggers(sentence.text))
    bounds = _segments(sentence.text, triggers, mentions, sentence.start)
    frames = []
    for trigger, span in zip(triggers, bounds):
        frames.extend(_frames_for(doc, sentence, trigger, span, mentions, timexes, previous + frames, triggers))
    return _called_off_together(frames)


def _called_off_together(frames: list[Frame]) -> list[Frame]:
    """'X was to have held talks with Y on May 2, the first meeting of the two': a plan told with its cancellation is off too."""
    off = [f for f in frames if f.status == "cancelled"]
    for f in frames:
        if f.status == "planned" and any(_actors(f) & _actors(c) for c in off):
            f.status = "cancelled"
    return frames


def _attach_events_to_visits(triggers: list[Trigger]) -> list[Trigger]:
    """'a visit to India for the AI Impact Summit': the named event is the visit's occasion."""
    out = []
    for t in triggers:
        host = next((v for v in reversed(out) if v.kind == "visit" and not v.anaphoric), None)
        if t.kind == "event" and t.mechanism and host and 0 <= t.start - host.end < 120:
            out[out.index(host)] = replace(host, mechanism=t.mechanism)
            continue
        out.append(t)
    return out


def _frames_for(doc, sentence, trigger, span, mentions, timexes, earlier, triggers) -> list[Frame]:
    own = [t for t in _sentence_timexes(sentence, [_deadline_period(t) for t in timexes])
           if not _dates_a_decision(sentence, trigger, t) and not _counts_from(sentence, t)
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
    mechanism = (Mechanism(trigger.mechanism.name, trigger.mechanism.ordinal) if trigger.mechanism
                 else _ordinal_only(sentence.text, trigger))
    date = _arrival(sentence.text, trigger, date, timex and ends_a_stay(sentence, timex)) if trigger.kind == "visit" else date
    date = (timex and _stay_from(sentence, timex)) or date
    frame = Frame(trigger.kind, status, sentence, trigger, date, date is not None,
                  _known_place(doc, frame_place(sentence.text, trigger, _next_start(trigger, triggers))), mechanism, people)
    return _split_separate(frame, sentence, mentions)


def _visitor_of_purpose(sentence: Sentence, trigger: Trigger, mentions: list[Mention], triggers: list[Trigger]) -> list[Mention]:
    """'X will visit Seoul next week for talks with Y': the talks a visit is for are the visitor's too."""
    visits = [t for t in triggers if t.kind == "visit" and not t.anaphoric and t.end <= trigger.start]
    if trigger.kind not in MEETING_LIKE or not visits or trigger.anaphoric:
        return []
    between = sentence.text[visits[-1].end:trigger.start]
    if not re.search(rf"\b(?:{_words(cues()['visit_purposes'])})\s+(?:[\w\-]+\s+){{0,2}}$", between, re.IGNORECASE) \
            or re.search(r"[;.]|,\s+(?:and|but|while)\b", between):
        return []
    return visitor(sentence, visits[-1], mentions)


def _is_participant(mention: Mention, sentence: Sentence, trigger: Trigger) -> bool:
    """An exercise's own name ('Sea Bridge') or a lone 'Republic' is no one who took part."""
    if trigger.mechanism and sentence.start + trigger.mechanism.start <= mention.start < sentence.start + trigger.mechanism.end:
        return trigger.mechanism.kind not in ("exercise", "event")
    if _speaks_for_others(mention, sentence):
        return False
    return not (" " not in mention.name.strip() and (mention.name in cues()["not_participants"] or find_countries(mention.name)))


def _speaks_for_others(mention: Mention, sentence: Sentence) -> bool:
    """A questioner in a transcript label ('Question (A. Sen, WION): …'), a spokesperson or a reporter takes no part."""
    roles = rf"\b(?:{_words(cues()['label_roles'])})\b"
    if mention.title and re.search(roles, mention.title, re.IGNORECASE):
        return True
    label = re.match(r"[^:.]{0,70}:\s", sentence.text)
    return bool(label) and mention.start - sentence.start < label.end() and bool(re.search(roles, label.group(), re.IGNORECASE))


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


@lru_cache(maxsize=8)
def _filing_spans(text: str) -> list[tuple[int, int]]:
    return filing_spans(text)     # 'date 2019-02-15 X will visit …': the filing date dates no engagement


def _arrival(text: str, trigger: Trigger, date: DateInterval | None, ends: bool = False) -> DateInterval | None:
    """'completed a two-day visit on May 3', 'wrapped up a 31-hour tour on May 3', 'a three-day stay,
    which ends on May 3' (`ends`): the visit began days before."""
    if not date or date.precision != "day" or date.start != date.end:
        return date
    before = text[max(0, trigger.start - 40):trigger.start]
    lead = "" if ends else rf"\b(?:{_words(cues()['visit_ends'])})\s+"
    m = re.search(rf"{lead}(?:a|an|the|his|her|their)\s+([\w]+)[\s\-](day|hour)s?\b", before, re.I)
    if not m:
        return date
    count = int(m.group(1)) if m.group(1).isdigit() else cues()["numbers"].get(m.group(1).lower(), 1)
    days = count if m.group(2).lower() == "day" else -(-count // 24)
    return DateInterval(_shift(date.start, 1 - days), date.end, "day")


def _stay_from(sentence: Sentence, timex: Timex) -> DateInterval | None:
    """'will arrive on Aug. 6 for a three-day stay, during which he will sign …': the days of the stay,
    when the date is an arrival day followed by the stay's length."""
    iv, at, end = timex.interval, timex.start - sentence.start, timex.end - sentence.start
    if not iv or iv.precision != "day" or iv.start != iv.end:
        return None
    arrival = re.search(rf"\b(?:{_words(cues()['visit_verbs'])})\b[^.;,]{{0,30}}$", sentence.text[max(0, at - 40):at], re.I)
    length = re.match(rf"\s+for\s+(?:a|an)\s+([\w]+)[\s\-]days?\s+(?:{_words(cues()['visit_verbs'])})\b",
                      sentence.text[end:], re.I)
    if not (arrival and length):
        return None
    count = int(length.group(1)) if length.group(1).isdigit() else cues()["numbers"].get(length.group(1).lower())
    return DateInterval(iv.start, _shift(iv.start, count - 1), "day") if count else None


def ends_a_stay(sentence: Sentence, timex: Timex) -> bool:
    """'his three-day stay in India, which ends on Wednesday': the date is the stay's last day."""
    before = sentence.text[max(0, timex.start - sentence.start - 25):timex.start - sentence.start]
    return bool(re.search(rf"\b(?:{_words(cues()['stay_ends'])})\s+(?:on\s+)?$", before, re.IGNORECASE))


def _next_start(trigger: Trigger, triggers: list[Trigger]) -> int | None:
    later = [t.start for t in triggers if t.start > trigger.start and t.kind != "event"]     # 'sidelines of the X Summit in Hanoi'
    return min(later) if later else None


def _ordinal_only(text: str, trigger: Trigger) -> Mechanism | None:
    """'the first-ever bilateral exercise': an ordinal with no named mechanism."""
    ordinal = ordinal_before(text, trigger.start, reach=30)
    if ordinal is None or trigger.kind not in ("exercise", "dialogue", "summit"):
        return None
    return Mechanism(text[trigger.start:trigger.end].strip(), ordinal)


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


# ------------------------------------------------------------------ merging
def _dates_agree(a: Frame, b: Frame) -> bool:
    if not (a.explicit_date and b.explicit_date):
        return True
    return not (a.date.end < b.date.start or b.date.end < a.date.start)


def _actors(frame: Frame) -> set[str]:
    return {m.actor for m in frame.participants}


def same_engagement(a: Frame, b: Frame) -> bool:
    """Do two frames name one real engagement? Same mechanism, or same kind and the same people."""
    if a.mechanism and b.mechanism and a.trigger.mechanism and b.trigger.mechanism:
        same_name = _names_fit(a.mechanism.name, b.mechanism.name)
        ordinals = {a.mechanism.ordinal, b.mechanism.ordinal}
        both_stated = None not in ordinals      # 'the 11th' held and 'the next round' planned are two sessions
        return same_name and len(ordinals - {None}) <= 1 and (both_stated or a.status == b.status) and _dates_agree(a, b)
    if not _kinds_agree(a.kind, b.kind) or a.status != b.status or not _dates_agree(a, b):
        return False
    if bool(a.trigger.mechanism) != bool(b.trigger.mechanism):
        return False
    pa, pb = _actors(a), _actors(b)
    if a.kind == "visit":
        return pa == pb and (bool(pa) or _same_place(a, b))
    if not pa or not pb:    # a signing reported once with its signatories and once without
        return not (pa or pb) or a.kind in cues()["country_parties"]
    return pa <= pb or pb <= pa


def _kinds_agree(a: str, b: str) -> bool:
    """'The summit took place where the President met X': a summit is also told as a meeting."""
    return a == b or {a, b} == {"meeting", "summit"}


def _names_fit(a: str, b: str) -> bool:
    """'Security dialogue' is a short form of 'Foreign Policy and Security Dialogue'."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa


def _same_place(a: Frame, b: Frame) -> bool:
    return bool(a.place and b.place) and a.place.country == b.place.country


def _kind_fits(anaphor: Frame, frame: Frame) -> bool:
    """'the meeting' may be a dialogue or summit; 'the dialogue' is a dialogue."""
    if anaphor.kind == "meeting":
        return frame.kind in MEETING_LIKE and frame.status == anaphor.status
    return anaphor.kind == frame.kind


def _tells_effect(anaphor: Frame) -> bool:
    """'the meeting between them will give ties the necessary impetus': a plan word only after a
    reference back, with no date of its own, tells what the engagement will do, not a new plan."""
    text, trigger = anaphor.sentence.text, anaphor.trigger
    return (anaphor.status == "planned" and not anaphor.explicit_date and not _listed_after_plan(text, trigger)
            and not _status_patterns()["planned"].search(re.split(r"\band\b", _clause_window(text, trigger, right=0))[-1]))


def merge_frames(frames: list[Frame]) -> list[Frame]:
    """Group frames into engagements; each group keeps its member frames.

    An anaphoric mention ('the meeting') joins the latest engagement of a fitting
    kind; other frames join an engagement they agree with (see same_engagement).
    """
    groups: list[Frame] = []
    for f in frames:
        target = None
        if f.trigger.anaphoric:
            fitting = ([g for g in reversed(groups) if _kind_fits(f, g)]
                       or [g for g in reversed(groups) if _tells_effect(f) and _kind_fits(replace(f, status=g.status), g)])
            fitting = [g for g in fitting if g.participants or g.mechanism] or fitting    # not another bare 'the summit'
            target = next((g for g in fitting if _actors(f) & _actors(g)), fitting[0] if fitting else None)
        if target is None:
            target = next((g for g in groups if any(same_engagement(m, f) for m in _defining(g))), None)
        if target is None:
            groups.append(replace(f, members=[f]))
        else:
            target.members.append(f)
            _absorb(target, f)
    return groups


def _defining(group: Frame) -> list[Frame]:
    """The members that say who took part: 'after the talks, Rao said' names a speaker, not a participant."""
    return [m for m in group.members if not (m.trigger.anaphoric and m.participants) or m is group.members[0]]


def _absorb(group: Frame, f: Frame) -> None:
    """Fill what the group lacks from a new member frame."""
    if not f.trigger.anaphoric or f.trigger.takes_people:     # 'during the meeting, X said ...' names no new participant
        group.participants = _unique(group.participants + f.participants)
    if f.status == "planned" and f.explicit_date and not group.explicit_date and group.status == "held":
        group.status = "planned"     # 'the visit is expected in the second half': what was told undated is the plan
    if f.explicit_date and (not group.explicit_date or _narrower(f.date, group.date) and not _told_span(group)):
        group.date, group.explicit_date = f.date, True
    if f.place and (not group.place or (f.place.place and not group.place.place)):
        group.place = f.place
    if f.mechanism and (not group.mechanism or (group.mechanism.ordinal is None and f.mechanism.ordinal)):
        group.mechanism = f.mechanism if f.mechanism.ordinal or not group.mechanism else group.mechanism


def _told_span(group: Frame) -> bool:
    """'paid a visit from 12-14 September … visited Bengaluru on 14 September': a day of the stated span is a stop, not the visit's date."""
    d = group.date
    return group.kind == "visit" and d.precision == "day" and bool(d.start and d.end) and d.start[:10] != d.end[:10]


_ORDER = {p: i for i, p in enumerate(("day", "week", "month", "quarter", "half", "year", "unknown"))}


def _narrower(a: DateInterval, b: DateInterval) -> bool:
    if _ORDER.get(a.precision, 9) != _ORDER.get(b.precision, 9):
        return _ORDER.get(a.precision, 9) < _ORDER.get(b.precision, 9)
    return (a.end or "") < (b.end or "") and a.start == b.start or (a.start or "") > (b.start or "") and a.end == b.end


# ------------------------------------------------------------------ engagements
def involved_countries(group: Frame) -> set[str]:
    """Countries an engagement involves: its people, its place, and the countries its sentences name."""
    found = {m.country for m in group.participants if m.country}
    found |= {f.place.country for f in group.members if f.place and f.place.country}
    for f in group.members:
        found |= {c.country for c in find_countries(f.sentence.text) if c.country}
    return found


def is_anchored(group: Frame, pair: tuple[str, str]) -> bool:
    """A bare 'visit' or 'meeting' stands only with a participant, a mechanism, or a city between the pair.

    A signing, exercise or dialogue may have the two countries themselves as its parties.
    """
    if group.participants or group.mechanism:
        return True
    if all(f.sentence.text[f.trigger.start:f.trigger.end].lower() in cues()["generic_plurals"] for f in group.members):
        return False        # 'several other dialogues', 'regular visits': no one engagement
    if group.kind in cues()["country_parties"]:
        return set(pair) <= _named_countries(group)
    place = next((f.place for f in group.members if f.place and f.place.place), None)
    return bool(place) and set(pair) <= involved_countries(group)


def _named_countries(group: Frame) -> set[str]:
    return {c.country for f in group.members for c in find_countries(f.sentence.text) if c.country}


def involves_pair(group: Frame, pair: tuple[str, str]) -> bool:
    """Both sides take part, or one side with no third country in sight."""
    found = involved_countries(group)
    people = {m.country for m in group.participants if m.country}
    if set(pair) <= found:
        return True
    if not found and _standing_mechanism(group):
        return True     # 'the two sides agreed to convene the 7th Joint Committee': the pair's own body
    return bool(found & set(pair)) and found <= set(pair) and bool(people or group.trigger.mechanism)


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


def _join_named_next(groups: list[Frame], sentences: list[Sentence]) -> list[Frame]:
    """'The ministers of both countries met in Delhi. Rao and Kim held talks on …': the next sentence names who met."""
    following = {a.start: b.start for a, b in zip(sentences, sentences[1:])}
    out: list[Frame] = []
    for g in groups:
        last = out[-1] if out else None
        if (last and not last.participants and not last.mechanism and g.participants and not g.trigger.mechanism
                and last.kind in MEETING_LIKE and _kinds_agree(last.kind, g.kind) and last.status == g.status
                and following.get(last.members[-1].sentence.start) == g.members[0].sentence.start
                and _names_the_group(last.sentence.text) and _dates_agree(last, g)):
            for f in g.members:
                last.members.append(f)
                _absorb(last, f)
            continue
        out.append(g)
    return out


def _signings_during_visits(merged: list[Frame], kept: list[Frame], sentences: list[Sentence]) -> list[Frame]:
    """'X's visit opened a new chapter. The signing of two MoUs …': a signing naming no one, told with a visit of the pair, was signed during it."""
    before = {b.start: a.start for a, b in zip(sentences, sentences[1:])}
    visits = [v for v in kept if v.kind == "visit" and v.status == "held" and v.participants]
    out, ids = [], {id(k) for k in kept}
    for g in merged:
        told = {f.sentence.start for f in g.members} | {before.get(g.members[0].sentence.start)}
        host = next((v for v in visits if told & {f.sentence.start for f in v.members}), None)
        if id(g) in ids or (host and g.kind == "signing" and g.status == "held" and not g.participants and not g.mechanism):
            if id(g) not in ids and host.explicit_date and not g.explicit_date:
                g.date, g.explicit_date = host.date, True
            out.append(g)
    return out


def _borrow_location(groups: list[Frame]) -> None:
    """A meeting during a visit happened where the visitor went; a visit 'to Korea' went to the city its meetings name."""
    for g in groups:
        if g.place and g.place.place:
            continue
        hosts = [v for v in groups if v is not g and v.place and _actors(v) & _actors(g) and v.status == g.status
                 and (not g.place or (v.place.place and v.place.country == g.place.country))]
        host = next((v for v in hosts if v.kind == "visit"), hosts[0] if hosts else None)
        if host and g.kind != "visit" or host and host.place.place:
            g.place = host.place


def _borrow_date(groups: list[Frame]) -> None:
    """In an undated text, what was held during a dated visit (its visitor's, or any when there is one) took place then."""
    visits = [v for v in groups if v.kind == "visit" and v.status == "held" and v.explicit_date and v.date.precision == "day"]
    for g in groups:
        if g.explicit_date or g.status != "held" or g.kind == "visit":
            continue
        host = next((v for v in visits if _actors(v) & _actors(g)), None)
        host = host or (visits[0] if len(visits) == 1 and not g.participants else None)
        if host:
            g.date, g.explicit_date = host.date, True


def _date_from_lead(groups: list[Frame], sentences: list[Sentence], frames: list[Frame], timexes: list[Timex],
                    doc: Document) -> None:
    """'The ministers agreed on Tuesday to … During their talks they also …': held talks take the day of the sentence before.

    Only when that sentence tells no engagement of its own and names one day; planned ones, see _itinerary_day.
    """
    framed = {f.sentence.start for f in frames}
    for g in groups:
        if g.explicit_date or g.status == "cancelled" or g.kind == "visit":
            continue
        i = next(i for i, s in enumerate(sentences) if s.start == g.members[0].sentence.start)
        if g.status == "planned":
            days = _itinerary_day(sentences[i], sentences[:i], doc, timexes)
        else:
            days = _sentence_timexes(sentences[i - 1], timexes) if i and sentences[i - 1].start not in framed else []
        if len(days) == 1 and days[0].interval.precision == "day":
            g.date, g.explicit_date = days[0].interval, True


def _itinerary_day(sentence: Sentence, before: list[Sentence], doc: Document, timexes: list[Timex]) -> list[Timex]:
    """'On Wednesday, X will hold talks … He will then meet Y': a plan told undated takes the last day its paragraph named.

    Only a day after the document date: an itinerary, not the day it was announced.
    """
    anchor = default_date(doc)
    if not before or not anchor:
        return []
    paragraph = doc.text.rfind("\n\n", 0, sentence.start) + 1
    days = [t for s in before if s.start >= paragraph for t in _sentence_timexes(s, timexes)]
    return [t for t in days[-1:] if t.interval.start > anchor.end]


@lru_cache(maxsize=1)
def _follow_up_patterns() -> tuple[re.Pattern, re.Pattern]:
    verbs = re.compile(rf"(?<!\w)(?:{_words(cues()['follow_ups'])})(?!\w)", re.IGNORECASE)
    return verbs, re.compile(rf"(?<!\w)(?:{_words(cues()['follow_up_subjects'])})(?!\w)", re.IGNORECASE)


def is_follow_up(sentence: Sentence, people: set[str], mentions: list[Mention]) -> bool:
    """'Both sides also discussed …', 'Rao and Kim reviewed …': what the talks told before were about.

    >>> is_follow_up(Sentence(0, 34, "The two sides discussed shipping."), set(), [])
    True
    """
    verbs, subjects = _follow_up_patterns()
    verb = verbs.search(sentence.text)
    if not verb:
        return False
    named = {m.actor for m in _in_span(mentions, sentence.start, sentence.start + verb.start())}
    return bool(subjects.search(sentence.text[:verb.start()]) or named & people)


def _attach_follow_ups(groups: list[Frame], sentences: list[Sentence], frames: list[Frame],
                       mentions: list[Mention]) -> None:
    """Sentences with no engagement of their own join the held talks told last before them."""
    framed = {f.sentence.start for f in frames}
    talks = [g for g in groups if g.status == "held" and g.kind in MEETING_LIKE]
    for s in sentences:
        told = [(max(f.sentence.start for f in g.members if f.sentence.start < s.start), i)
                for i, g in enumerate(talks) if g.members[0].sentence.start < s.start]
        if s.start in framed or not told:
            continue
        target = talks[max(told)[1]]
        if is_follow_up(s, _actors(target), mentions):
            target.follow_ups.append(s)


def _date_from_day_visit(groups: list[Frame], doc: Document) -> None:
    """'X visited Seoul on Monday. The summit took place where X met Y': what X held undated was held that day.

    Only for a visit told in the past on one day before the document date ('visited', not 'arrived').
    """
    anchor = default_date(doc).start
    visits = [v for v in groups if v.kind == "visit" and v.status == "held" and v.explicit_date and v.date.precision == "day"
              and v.date.start == v.date.end and v.date.start < anchor
              and v.sentence.text[v.trigger.start:v.trigger.end].lower() in cues()["day_visits"]]
    for g in groups:
        host = next((v for v in visits if _actors(v) & _actors(g)), None)
        if host and not g.explicit_date and g.status == "held" and g.kind != "visit":
            g.date, g.explicit_date = host.date, True


def _date_from_setting(groups: list[Frame]) -> None:
    """'The pact was signed at the summit': undated, it took place on the day of the engagement that is its setting."""
    for g in groups:
        if g.explicit_date or g.status != "held":
            continue
        sentences = {f.sentence.start for f in g.members}
        host = next((h for h in groups if h is not g and h.explicit_date and any(
            f.sentence.start in sentences and _is_setting(f.sentence.text, f.trigger) for f in h.members)), None)
        if host:
            g.date, g.explicit_date = host.date, True


def _named_in_mechanism(group: Frame) -> set[str]:
    """'the India-ROK Strategic Dialogue', 'Korea–India talks': the countries the mechanism's name joins."""
    found = set()
    for f in group.members:
        before = re.split(r"[,;:]|\b(?:with|between|by|of the|and the)\b", f.sentence.text[max(0, f.trigger.start - 35):f.trigger.start])[-1]
        names = {c.country for c in find_countries(before) if c.country} if re.search(r"\w[-–—]\w", before) else set()
        found |= names if len(names) >= 2 else set()
    return found


def _dateline_location(groups: list[Frame], doc: Document) -> None:
    """Talks held with a visitor from the other side, or that side's visit, no city stated: the city the story was filed from."""
    filed = dateline_place(doc.text)
    if not filed:
        return
    for g in groups:
        if g.kind not in cues()["dateline_kinds"] or (g.kind != "visit" and g.status != "held") or (g.place and g.place.place):
            continue
        if (g.place and g.place.country != filed.country) or not any(
                m.country and m.country != filed.country for m in g.participants):
            continue
        g.place = PlaceHit(-1, -1, filed.place, filed.country, "dateline")


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
    groups = [g for g in merged if involves_pair(g, pair) and is_anchored(g, pair)]
    groups = _signings_during_visits(merged, groups, sentences)
    _attach_follow_ups(groups, sentences, frames, mentions)
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
