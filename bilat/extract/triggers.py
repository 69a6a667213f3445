"""Triggers: the words and named mechanisms in a sentence that tell an engagement
('met', 'the visit', 'the 5th Joint Commission', 'the exercise Sea Bridge'), and
whether they point back to one told before ('the meeting')."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from bilat.extract.engagement_cues import MEETING_LIKE, _words, cues
from bilat.extract.mechanisms import MechanismHit, find_mechanisms, ordinal_before
from bilat.nlp.countries import find_countries


@lru_cache(maxsize=1)
def _trigger_patterns() -> list[tuple[str, re.Pattern]]:
    return [(kind, re.compile(rf"(?<![\w\-])(?:{_words(words)})(?![\w\-])", re.IGNORECASE))
            for kind, words in cues()["triggers"].items()]


@dataclass(frozen=True)
class Trigger:
    kind: str
    start: int              # offsets in the sentence text
    end: int
    mechanism: MechanismHit | None = None
    anaphoric: bool = False
    takes_people: bool = False     # 'co-chaired the meeting with X': a reference that names who took part


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
    found = [_with_exercise_name(text, t) for t in found
             if t.kind != "venue" and not _is_topic(text, t) and not _is_mass_noun(text, t) and not _is_founded(text, t)]
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
    named = exercise_name(text, trigger.end - len(word)) or _name_before(text, trigger.start)
    if not named:
        return trigger
    start, end = min(trigger.start, named[1]), max(trigger.end, named[2])
    hit = MechanismHit(start, end, named[0], ordinal_before(text, start, reach=60), "exercise")
    return replace(trigger, start=start, end=end, mechanism=hit)


def _name_before(text: str, at: int) -> tuple[str, int, int] | None:
    """'the second IN-ROKN exercise', 'a JIMEX drill': a code name in capitals just before the head word."""
    m = re.search(r"\b([A-Z][A-Z0-9]+(?:[-‑][A-Z0-9]+)*)\s+$", text[max(0, at - 30):at])
    if not m or find_countries(m.group(1)) or len(m.group(1)) < 4:
        return None
    start = max(0, at - 30) + m.start(1)
    return m.group(1), start, start + len(m.group(1))


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


def _is_founded(text: str, trigger: Trigger) -> bool:
    """'agreed to set up a Joint Working Group on shipbuilding': a body being founded, not a session of it."""
    if not trigger.mechanism or "dialogue" in text[trigger.start:trigger.end].lower():
        return False        # 'set up a 2+2 ministerial dialogue' launches a dialogue: its first session is planned
    before = text[max(0, trigger.start - 40):trigger.start]
    return bool(re.search(rf"\b(?:{_words(cues()['founding_verbs'])})\s+(?:(?:a|an|the|new|joint|bilateral)\s+)*$", before, re.IGNORECASE))


def _is_mass_noun(text: str, trigger: Trigger) -> bool:
    """'support for dialogue and diplomacy', 'resolved through dialogue': the practice, not one engagement."""
    word = text[trigger.start:trigger.end]
    before = text[:trigger.start].split()[-1:]
    return (not trigger.mechanism and word in cues()["mass_nouns"] and bool(before)
            and before[0].lower() in cues()["mass_before"] and not re.match(r"\s+(?:with|between)\b", text[trigger.end:]))


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
