"""Named mechanisms ("fourth India-ROK Strategic Dialogue") and named events.

The mechanism heads, acronyms, ordinal words and event heads are data
(`data/mechanisms.json`); this module only finds them and reads the ordinal
that precedes a mechanism.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class MechanismHit:
    start: int
    end: int
    name: str               # canonical name: "Strategic Dialogue"
    ordinal: int | None
    kind: str               # "dialogue" | "event" | "venue"


@lru_cache(maxsize=1)
def mechanism_data() -> dict:
    return json.loads(resources.files("bilat.extract").joinpath("data/mechanisms.json").read_text())


def _alternation(phrases) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"[\s\-]+") for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern:
    return re.compile(rf"(?<![\w+])(?:{_alternation(mechanism_data()['heads'])})(?![\w+])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _acronym_pattern() -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:{_alternation(mechanism_data()['acronyms'])})(?![\w])")


@lru_cache(maxsize=1)
def _ordinal_pattern() -> re.Pattern:
    words = _alternation(mechanism_data()["ordinals"])
    return re.compile(rf"(?<![\w\-])(?:{words}|\d{{1,2}}(?:st|nd|rd|th))(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _event_pattern() -> re.Pattern:
    heads = "|".join(mechanism_data()["event_heads"])
    word = r"(?:[A-Z][\w&'’.\-]*|&|and|of|the)"
    return re.compile(rf"(?:[A-Z][\w&'’.\-]*\s+)(?:{word}\s+){{0,6}}?(?:{heads})\b")


def ordinal_value(word: str) -> int | None:
    """'fourth' -> 4, '6th' -> 6, 'inaugural' -> 1.

    >>> ordinal_value("10th")
    10
    """
    word = word.lower().replace(" ", "-") if word.lower() != "first ever" else "first-ever"
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    if m:
        return int(m.group(1))
    table = {k.lower(): v for k, v in mechanism_data()["ordinals"].items()}
    return table.get(word) or table.get(word.replace("-", " "))


def ordinal_before(text: str, position: int, reach: int = 90) -> int | None:
    """The ordinal closest before `position` within `reach` characters, if any.

    >>> ordinal_before("the fourth India-ROK Strategic Dialogue", 21)
    4
    """
    window_start = max(0, position - reach)
    window = text[window_start:position]
    window = re.split(r"[.;:!?,]\s", window)[-1]     # 'his second visit, was given the X Prize': not the prize's ordinal
    hits = list(_ordinal_pattern().finditer(window))
    if not hits or re.match(r"\s+(?:session|sitting|day|panel|phase|part)s?\s+of\b", window[hits[-1].end():]):
        return None     # 'the second session of the Dialogue' numbers a part of one meeting
    return ordinal_value(hits[-1].group())


def _known_mechanisms(text: str) -> list[MechanismHit]:
    heads = {k.lower(): v for k, v in mechanism_data()["heads"].items()}
    acronyms = mechanism_data()["acronyms"]
    hits = []
    for m in _head_pattern().finditer(text):
        key = re.sub(r"[\s\-]+", " ", m.group().lower())
        name = heads.get(key) or heads.get(m.group().lower()) or m.group()
        hits.append(MechanismHit(m.start(), m.end(), name, _ordinal_of(text, m), "dialogue"))
    for m in _acronym_pattern().finditer(text):
        hits.append(MechanismHit(m.start(), m.end(), acronyms[m.group()], _ordinal_of(text, m), "dialogue"))
    return hits


def _ordinal_of(text: str, m: re.Match) -> int | None:
    """The session number before a mechanism; 'the first session of X since 2019' counts from a date, not from the start."""
    if re.match(r"[^.;,]{0,25}?\bsince\b", text[m.end():]):
        return None
    return ordinal_before(text, m.start())


def _is_venue(phrase: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(v)}(?!\w)", phrase) for v in mechanism_data()["multilateral_venues"])


def _named_events(text: str) -> list[MechanismHit]:
    hits = []
    for m in _event_pattern().finditer(text):
        name = re.sub(r"^(?:The|A|An|In|At|On|For|During|And)\s+", "", m.group())
        if len(name.split()) < 2 or _is_agent(text, m.end() - len(name)):
            continue
        kind = "venue" if _is_venue(name) else "event"
        hits.append(MechanismHit(m.end() - len(name), m.end(), name, ordinal_before(text, m.start()), kind))
    return hits


def _is_agent(text: str, start: int) -> bool:
    """'co-hosted by the Seoul Forum': a body that organises, not an event."""
    return bool(re.search(r"\bby\s+(?:the\s+)?$|,\s+$", text[max(0, start - 12):start])) and \
        bool(re.search(r"\bby\b", text[max(0, start - 80):start]))


def _generic_dialogues(text: str) -> list[MechanismHit]:
    """'an informal trilateral technology dialogue' -> 'trilateral technology dialogue'."""
    skip = {w.lower() for w in mechanism_data()["modifiers"]}
    hits = []
    masked = re.sub(r"\s\([^()]{1,60}\)(?=\s)", lambda p: " " * len(p.group()), text)   # 'ICWA-KNDA (Korea ...) Dialogue'
    for m in re.finditer(r"((?:[\w\-]+\s+){1,3})dialogue\b", masked, re.IGNORECASE):
        words = list(re.finditer(r"\S+", m.group(1)))
        kept = []
        for w in reversed(words):
            if w.group().lower() in skip or not w.group().isalpha() and "-" not in w.group():
                break
            kept.insert(0, w)
        kept = _without_places(kept)
        if kept:
            name = " ".join([w.group() for w in kept] + ["dialogue"])
            start = m.start(1) + kept[0].start()
            hits.append(MechanismHit(start, m.end(), name, ordinal_before(text, start), "dialogue"))
    return hits


def _without_places(words: list[re.Match]) -> list[re.Match]:
    """'Seoul Security dialogue' -> ['Security']; 'India-US-Korea' names countries, not a mechanism."""
    from bilat.nlp.countries import country_of
    return [w for w in words if not all(country_of(part) for part in w.group().split("-"))]


@lru_cache(maxsize=1)
def _body_pattern() -> re.Pattern:
    """'the India-Korea Shipbuilding Working Group', 'Joint Committee on Science and Technology'."""
    heads = _alternation(mechanism_data()["body_heads"])
    word = r"(?:[A-Z][\w&'’.\-]*|&|and|of)"
    subject = r"(?:\s+on\s+[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|and|&)){0,5})?"
    return re.compile(rf"(?<![\w\-])[A-Z][\w&'’.\-]*\s+(?:{word}\s+){{0,6}}?(?:{heads})(?![\w\-]){subject}")


def body_name(phrase: str) -> tuple[str, int]:
    """A body's own name without determiners, ordinals and the countries it joins, and how many countries led it.

    >>> body_name("the inaugural India-Korea Shipbuilding Working Group")
    ('Shipbuilding Working Group', 2)
    """
    from bilat.nlp.countries import find_countries
    skip, rest, countries = {w.lower() for w in mechanism_data()["modifiers"]}, phrase, 0
    while rest.strip():
        rest = rest.lstrip(" -–—")
        first = rest.split()[0]
        lead = next((c for c in find_countries(rest) if c.start == 0 and c.country), None)
        if first.lower() in skip or ordinal_value(first):
            rest = rest[len(first):]
        elif lead and not re.match(r"['’]", rest[lead.end:]):      # 'Korea's Council' is the country's own body
            rest, countries = rest[lead.end:], countries + 1
        else:
            break
    return rest.strip(), countries


def _named_bodies(text: str) -> list[MechanismHit]:
    """Standing bodies named in capitals: a pair's 'India-Korea X Working Group', any 'Joint/Cooperation … Committee'."""
    markers = mechanism_data()["body_markers"]
    hits = []
    for m in _body_pattern().finditer(text):
        phrase = re.sub(r"\s+(?:and|&)$", "", m.group())
        name, countries = body_name(phrase)
        name = _without_date(name)
        has_subject = " on " in name
        if len(name.split()) < 2 or name.split()[-1] == "Dialogue" and not has_subject:
            continue        # a bare 'Committee'; '… Dialogue' without its subject is read as a generic dialogue
        if countries >= 2 or has_subject or any(re.search(rf"\b{w}\b", name) for w in markers):
            start = m.start() + len(phrase) - len(phrase.lstrip()) + phrase.index(name)
            hits.append(MechanismHit(start, start + len(name), name, _ordinal_of(text, m), "dialogue"))
    return hits


def _without_date(name: str) -> str:
    """'Rail Working Group on Tuesday': a day after 'on' is when, not what."""
    from bilat.nlp.timex_patterns import words
    days = {w.lower() for w in list(words()["weekdays"]) + list(words()["months"])}
    head, _, subject = name.partition(" on ")
    return head if subject and subject.split()[0].lower() in days else name


@lru_cache(maxsize=1)
def _upgrade_pattern() -> re.Pattern:
    data = mechanism_data()["upgrade_talks"]
    agreements = "|".join(map(re.escape, sorted(data["agreements"], key=len, reverse=True)))
    return re.compile(rf"(?i:(?:the\s+)?(?:(\d+(?:st|nd|rd|th)|{_alternation(mechanism_data()['ordinals'])})\s+round\s+of\s+)?"
                      rf"(?:negotiations|talks)\s+(?:{'|'.join(data['links'])})\s+(?:the\s+|their\s+)?(?:bilateral\s+)?)"
                      rf"(?:[A-Z][\w\-]*\s+){{0,2}}?(?i:({agreements}))")


def _upgrade_talks(text: str) -> list[MechanismHit]:
    """'negotiations on upgrading the Comprehensive Economic Partnership Agreement' -> CEPA upgrade negotiations;
    'the next round of upgrade talks' -> upgrade negotiations."""
    agreements = {k.lower(): v for k, v in mechanism_data()["upgrade_talks"]["agreements"].items()}
    hits = []
    for m in _upgrade_pattern().finditer(text):
        name = f"{agreements[m.group(2).lower()]} upgrade negotiations".strip()
        hits.append(MechanismHit(m.start(), m.end(), name, ordinal_value(m.group(1)) if m.group(1) else None, "dialogue"))
    for m in re.finditer(r"(?i:(?:the\s+)?(?:(\w+)\s+round\s+of\s+)?(?:upgrade|upgradation)\s+(?:talks|negotiations))\b", text):
        if not any(h.start <= m.start() < h.end for h in hits):
            ordinal = ordinal_value(m.group(1)) if m.group(1) else None
            hits.append(MechanismHit(m.start(), m.end(), "upgrade negotiations", ordinal, "dialogue"))
    return hits


def _dialogue_on(text: str) -> list[MechanismHit]:
    """'their first dialogue on critical and emerging technologies in Delhi': the subject after 'on' names it."""
    stops = set(mechanism_data()["name_stops"])
    hits = []
    for m in re.finditer(r"(?<![\w\-])(?i:dialogue)\s+on\s+((?:[a-z][\w\-]*\s*){1,7})", text):
        words = []
        for w in m.group(1).split():
            if w in stops or len(words) == 6 or w.endswith("ed") and w not in mechanism_data()["subject_ed_words"]:
                break
            words.append(w)
        while words and words[-1] in ("and", "or"):
            words.pop()
        if words:
            name = f"{text[m.start():m.start() + 8]} on {' '.join(words)}"
            end = m.start(1) + m.group(1).index(words[-1]) + len(words[-1])
            hits.append(MechanismHit(m.start(), end, name, ordinal_before(text, m.start()), "dialogue"))
    return hits


def _references(text: str) -> list[MechanismHit]:
    """'the working group', 'the committee': a body named before (resolved by the caller, else nothing)."""
    heads = _alternation(h.lower() for h in mechanism_data()["body_heads"] if h != "Dialogue")
    ordinals = rf"\d+(?:st|nd|rd|th)|{_alternation(mechanism_data()['ordinals'])}"
    return [MechanismHit(m.start(2), m.end(2), m.group(2), ordinal_value(m.group(1)) if m.group(1) else _ordinal_of(text, m),
                         "dialogue")   # 'the 3rd Committee meeting'
            for m in re.finditer(rf"\b(?:[Tt]he|[Ii]ts)\s+(?:((?i:{ordinals}))\s+)?((?i:{heads}))(?![\w\-])", text)]


def is_reference(name: str) -> bool:
    """A mechanism named only by its head ('working group', 'Dialogue'): the body named before."""
    return name.lower() in {h.lower() for h in mechanism_data()["body_heads"]}


def find_mechanisms(text: str) -> list[MechanismHit]:
    """Mechanisms and named events in `text`, in text order, without overlaps.

    >>> [(h.name, h.ordinal) for h in find_mechanisms("the 6th FPSD was held")]
    [('Foreign Policy and Security Dialogue', 6)]
    """
    chosen: list[MechanismHit] = []
    found = (_known_mechanisms(text) + _upgrade_talks(text) + _named_bodies(text) + _named_events(text)
             + _dialogue_on(text) + _generic_dialogues(text))
    for hit in found + _references(text):
        if not any(hit.start < c.end and c.start < hit.end for c in chosen):
            chosen.append(hit)
    return _joined(sorted(chosen, key=lambda h: h.start), text)


def _joined(hits: list[MechanismHit], text: str) -> list[MechanismHit]:
    """'the first 2+2 Ministerial Dialogue': two names side by side are one mechanism, called by
    the one the data knows."""
    known = set(mechanism_data()["heads"].values())
    out: list[MechanismHit] = []
    for hit in hits:
        last = out[-1] if out else None
        if last and last.kind == hit.kind and not text[last.end:hit.start].strip():
            name = last.name if last.name in known or hit.name not in known and len(last.name) >= len(hit.name) else hit.name
            out[-1] = MechanismHit(last.start, hit.end, name, last.ordinal or hit.ordinal, hit.kind)
        else:
            out.append(hit)
    return out
