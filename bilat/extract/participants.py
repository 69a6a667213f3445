"""Participants: who took part in what a trigger tells (the visitor, the people
named in the trigger's stretch of the sentence), and who 'he' or 'the Korean
minister' is."""
from __future__ import annotations

import re
from dataclasses import replace

from bilat.extract.engagement_cues import MEETING_LIKE, _words, cues
from bilat.extract.triggers import Trigger
from bilat.model import Mention, Sentence
from bilat.nlp.countries import find_countries


def _in_span(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if start <= m.start < end]


def _unique(mentions: list[Mention]) -> list[Mention]:
    return list({m.actor: m for m in reversed(mentions)}.values())[::-1]


def visitor(sentence: Sentence, trigger: Trigger, mentions: list[Mention]) -> list[Mention]:
    """The person who travels: 'X's visit', 'visit of X', or the nearest person before the trigger."""
    at = sentence.start + trigger.start
    after = _in_span(mentions, sentence.start + trigger.end, sentence.start + trigger.end + 90)     # 'visit of President X'
    if after and re.match(r"\s+(?:of|by)\s", sentence.text[trigger.end:trigger.end + 5]) and (
            after[0].start - sentence.start - trigger.end <= 25 or _titles_only(sentence.text[trigger.end:after[0].start - sentence.start])):
        return after[:1]       # 'the visit of the Foreign Minister of the Republic of Korea, H.E. Mr. X'
    by = re.match(r"\s+to\s+[^,;.]{1,40}?\bby\s+", sentence.text[trigger.end:])        # 'a visit to India by Minister X'
    later = _in_span(mentions, sentence.start + trigger.end + by.end(), sentence.start + trigger.end + by.end() + 45) if by else []
    if later and re.fullmatch(r"(?:(?:the|of|[A-Z][\w.’'\-]*)\s+)*", sentence.text[trigger.end + by.end():later[0].start - sentence.start]):
        return later[:1]       # 'by Defence Minister X', not 'by invitation of X'
    before = _in_span(mentions, sentence.start, at)
    if before and _reports(sentence.text[before[-1].end - sentence.start:trigger.start]):
        return []       # 'X said the visit …': X tells of the visit
    return before[-1:] if before else []


def _titles_only(between: str) -> bool:
    """Only the words of a title and an honorific between a trigger and a name."""
    return bool(re.fullmatch(r"\s+(?:of|by)\s+(?:(?:the|of|and|[A-Z][\w.’'\-]*),?\s+)*", between))


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
    resolved, last_subject, named = list(mentions), None, []
    for s in sentences:
        own = _subject_of(s, mentions)
        resolved += _latter_or_former(s, mentions, named) + _office_holders(s, mentions)
        named = _unique(_in_span(mentions, s.start, s.end)) or named
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


_LATTER = re.compile(r"\bthe\s+(latter|former)\b(?!\s+(?:is|was|'s|’s))", re.IGNORECASE)


def _latter_or_former(sentence: Sentence, mentions: list[Mention], named: list[Mention]) -> list[Mention]:
    """'X met Y in Seoul. The latter also visited India': the last (or first) person named before."""
    found = []
    for m in _LATTER.finditer(sentence.text):
        at = sentence.start + m.start()
        people = _unique(_in_span(mentions, sentence.start, at))
        people = people if len(people) >= 2 else _unique(named + people)    # the pair named last, here or just before
        if len(people) >= 2:
            target = people[-1] if m.group(1).lower() == "latter" else people[0]
            found.append(replace(target, start=at, end=sentence.start + m.end()))
    return found


_OFFICE = re.compile(r"\b[Tt]he\s+((?:[A-Z][a-z]+\s+){0,3}(?:Minister|President|Secretary|Ambassador|Advis[eo]r))\b")


def _office_holders(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """'The Prime Minister's return visit': the one person named before with that very title."""
    found = []
    for m in _OFFICE.finditer(sentence.text):
        at = sentence.start + m.start()
        if any(x.start <= at < x.end or at <= x.start < sentence.start + m.end() for x in mentions):
            continue        # 'the Prime Minister Arvind Mehrotra': a name follows
        holders = _unique([x for x in mentions if x.start < at and (x.title or "").lower() == m.group(1).lower()])
        if len(holders) == 1:
            found.append(replace(holders[0], start=at, end=sentence.start + m.end()))
    return found


def _possessor(sentence: Sentence, at: int, mentions: list[Mention]) -> Mention | None:
    """"President Lee's hope for his visit": 'his' is the person just named in the possessive."""
    for m in reversed(_in_span(mentions, sentence.start, at)):
        if at - m.end <= 40 and re.match(r"['’]s?\b", sentence.text[m.end - sentence.start:]):
            return m
    return None


def _described(match: re.Match, at: int, mentions: list[Mention]) -> Mention | None:
    """'the South Korean minister' -> the last person before it from that country (holding that office,
    when it names one: 'the Korean President')."""
    from bilat.nlp.countries import country_of
    country = country_of(match.group(1))
    office = match.group(2).lower()
    earlier = [m for m in mentions if m.start < at and m.country and m.country == country
               and (office in ("minister", "leader", "official", "delegation", "side", "envoy", "dignitary")
                    or office in (m.title or "").lower())]     # 'the Korean President' is no foreign minister
    return earlier[-1] if earlier else None


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
