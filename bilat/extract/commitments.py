"""Commitments: what one or both sides said they will do (commitments.md).

A cue ("agreed to", "will explore", "look forward to"; data/commitment_cues.json)
opens a commitment that runs to the next cue or the end of the sentence. Its
strength comes from the cue, its parties from the words before it, its due
date from the time expressions after it.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from bilat.extract.evidence import evidence
from bilat.extract.mechanisms import ordinal_before
from bilat.extract.places import place_of_name
from bilat.extract.topics import span_topics
from bilat.model import Commitment, DateInterval, Document, Mention, Sentence, Timex
from bilat.nlp.countries import find_countries

STRENGTHS = ("firm", "qualified", "aspirational")


@lru_cache(maxsize=1)
def cues() -> dict:
    return json.loads(resources.files("bilat.extract").joinpath("data/commitment_cues.json").read_text())


@lru_cache(maxsize=None)
def cue_pattern(name: str, anchored: bool = False) -> re.Pattern:
    words = "|".join(sorted(cues()[name], key=len, reverse=True))
    body = rf"\s*(?:{words})(?![\w])" if anchored else rf"(?<![\w])(?:{words})(?![\w])"
    return re.compile(body, re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    start: int              # offsets in the sentence
    end: int
    strength: str
    kind: str = "firm"      # the cue list it came from


def find_cues(text: str) -> list[Cue]:
    """Commitment cues in a sentence, strongest reading of each spot, in text order.

    >>> [(c.strength) for c in find_cues("Both sides agreed to explore joint research.")]
    ['qualified']
    """
    found: list[Cue] = []
    for kind in ("signed_documents", "aspirational", "qualified", "firm", "reported_future"):
        for m in cue_pattern(kind).finditer(text):
            if kind == "reported_future" and not _reported(text[:m.start()]):
                continue
            if kind == "signed_documents" and re.search(r"\b(?:on|regarding)$", m.group()) \
                    and not cue_pattern("signing_verbs").search(text):
                continue                # 'the committee oversees the agreement on science': nothing signed here
            if not any(m.start() < c.end and c.start < m.end() for c in found):
                strength = _softened(text, m.end(), "firm" if kind in ("signed_documents", "reported_future") else kind)
                strength = "firm" if kind == "signed_documents" else strength
                found.append(Cue(m.start(), m.end(), strength, kind))
    return _drop_nested(sorted(found, key=lambda c: c.start), text)


def _reported(before: str) -> bool:
    """'Kim said India would ...': 'would' in reported speech is the reported 'will'."""
    verbs = "|".join(cues()["reporting_verbs"])
    return bool(re.search(rf"\b(?:{verbs})\b(?:\s+that)?(?:\s+[\w’'.-]+){{1,6}}\s*$", before, re.IGNORECASE))


def _softened(text: str, end: int, strength: str) -> str:
    """'agreed to explore' is qualified, not firm."""
    if strength == "firm" and cue_pattern("softeners", anchored=True).match(text, end):
        return "qualified"
    return strength


def _drop_nested(found: list[Cue], text: str) -> list[Cue]:
    """'agreed that they will' is one cue; 'will be a boost' is no cue at all."""
    kept: list[Cue] = []
    for c in found:
        if _not_after(text, c) or _denied(text, c):
            continue
        if kept and _inside_previous(text, kept[-1], c):
            continue
        kept.append(c)
    return kept


def _not_after(text: str, cue: Cue) -> bool:
    """'will be a boost', 'would help': no cue; after 'agreed to' the same verbs are promised ('agreed to mark')."""
    decided = cue_pattern("decisions", anchored=True).match(text, cue.start)
    return not decided and bool(cue_pattern("not_after", anchored=True).match(text, cue.end))


def _inside_previous(text: str, previous: Cue, cue: Cue) -> bool:
    """'agreed that the next meeting will be held': the 'will' belongs to 'agreed that';
    'likely to witness the signing of an MoU on': the MoU is the object of the earlier cue."""
    between = text[previous.end:cue.start]
    if cue.start - previous.end < 25 and not re.search(r"[,;]|\band\b|\bbesides\b", between):
        return True
    if _tells_the_object(between):
        return True
    if re.search(r"[,;:]", between):
        return False
    if cue_pattern("noun_cues", anchored=True).match(text, cue.start) and \
            re.search(r"(?:['’]s|\b(?:the|a|an|its|their|his|her|this))\s+$", text[:cue.start], re.IGNORECASE):
        return True                        # 'pledged support for the firm's plan to build': a noun, the object
    that_clause = text[previous.start:previous.end].lower().endswith(" that") and cue.kind == "firm"
    return that_clause or cue.kind == "signed_documents"


def _tells_the_object(between: str) -> bool:
    """'set up a desk that will guide firms', '..., including the possibility of': the earlier promise's object, told."""
    items = "|".join(cues()["item_openers"])
    if re.search(rf"\b(?:{items})\s+(?:the\s+)?$", between, re.IGNORECASE):
        return True
    return bool(re.search(r"\w\s+that\s+$", between)) and not re.search(r"[,;:]", between)


def _denied(text: str, cue: Cue) -> bool:
    """'without agreement on', 'the first to be held in': no promise at all."""
    before = text[:cue.start]
    denied = "|".join(cues()["negations_before"])
    if re.search(rf"(?<![\w-])(?:{denied})\s+(?:the\s+|an?\s+)?$", before, re.IGNORECASE):
        return True
    background = "|".join(cues()["background_before"])  # 'officials have been keen to': a standing wish
    if cue.kind == "aspirational" and re.search(rf"\b(?:{background})\s+$", before, re.IGNORECASE):
        return True
    described = "|".join(cues()["described_before"])   # 'the first joint drill to be held'
    return text[cue.start:cue.end].startswith("to ") and bool(
        re.search(rf"\bthe\s+(?:{described})(?:\s+[\w-]+){{0,3}}\s+$", before, re.IGNORECASE)) and bool(
        cue_pattern("since_then").search(text, cue.end))


def is_not_commitment(text: str, cue: Cue, end: int) -> bool:
    """Welcoming or noting just before the cue cancels it; so does 'agreed that' with nothing to be done.

    >>> is_not_commitment("They agreed that the dialogue has been useful.", find_cues("They agreed that")[0], 47)
    True
    """
    before = re.split(r"[;.]", text[max(0, cue.start - 60):cue.start])[-1]
    if cue_pattern("not_commitments").search(before):
        return True
    return text[cue.start:cue.end].lower().endswith(" that") and not cue_pattern("future").search(text, cue.end, end)


_PREPOSITIONS = {"during", "at", "on", "in", "after", "before", "for", "of", "by", "with", "to", "from", "about",
                 "under", "through", "via"}


def _words(words: str) -> set[str]:
    return set(cues()[words])


def _clause_before(text: str, cue: Cue) -> tuple[int, str]:
    """Where the cue's own clause starts, and its words: 'the visit' in 'He said the visit will ...'."""
    breaks = list(re.finditer(r"[;:–—(]|,\s|\bthat\b|\bsaid\b|\b(?:in|during|at) which\b|\bwhere\b", text[:cue.start]))
    start = breaks[-1].end() if breaks else 0
    return start, text[start:cue.start]


def states_an_effect(text: str, cue: Cue, mentions: list[Mention], offset: int) -> bool:
    """'The visit will give a boost', 'ties will expand': an event or the relationship is the subject.

    >>> states_an_effect("The visit will boost ties.", find_cues("The visit will boost ties.")[0], [], 0)
    True
    """
    if cue_pattern("event_happens", anchored=True).match(text, _past_adverb(text, cue.end)) or \
            cue_pattern("event_happens").search(text, cue.start, cue.end):
        return False                       # 'the visit is expected to take place in May': a plan
    if cue_pattern("decisions", anchored=True).match(text, cue.start):
        return False                       # 'the Dialogue agreed on a working group': its members agreed
    if promised_thing(text, cue):
        return False                       # 'the Dialogue, which the leaders promised to convene': people promised
    start, clause = _clause_before(text, cue)
    opening = re.split(r",\s", text[:cue.start])[0]
    bare = not re.search(r"\w", clause + text[cue.start:cue.end].partition("'")[2]) or \
        bool(cue_pattern("conjunctions", anchored=True).fullmatch(clause.strip()))
    if bare and opening.split(" ")[0].lower() not in _PREPOSITIONS:
        start, clause = 0, opening          # 'The exercise, held off Busan, aims to': the sentence's subject
    subject_after = re.match(r"\s*that\s+(.{1,40}?)\s+(?:will|would|shall|could|can)\b", text[cue.end:])
    if subject_after and _thing_subject(text, cue.end + subject_after.start(1), subject_after.group(1), [], offset):
        return True                        # 'hoped that the visit would open a new chapter'
    return _thing_subject(text, start, clause, mentions, offset)


def _past_adverb(text: str, end: int) -> int:
    """Where the words after a cue go on past an adverb: 'will now be held' reads as 'will be held'."""
    adverb = cue_pattern("event_adverbs", anchored=True).match(text, end)
    return adverb.end() if adverb else end


def promised_thing(text: str, cue: Cue) -> str:
    """What a relative clause's promise is about: 'the Dialogue' in 'the Dialogue, which the leaders promised to convene'.

    >>> promised_thing("The Dialogue, which they promised to hold, met.", find_cues("The Dialogue, which they promised to hold, met.")[0])
    'The Dialogue'
    """
    not_subject = "|".join(cues()["relative_subjects"])
    head = re.search(rf"((?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s)?[^,;()]{{1,80}}?),\s+which\s+"
                     rf"(?!(?:{not_subject})\b)[^,;]{{1,60}}?\s*$", text[:cue.start])
    return head.group(1).strip() if head else ""


def with_promised_thing(text: str, cue: Cue, action: str) -> str:
    """'hold by May' in 'the Dialogue, which they undertook to hold by May, took place': 'hold the Dialogue by May'."""
    thing = promised_thing(text, cue)
    if not thing:
        return action
    particles = "|".join(cues()["verb_particles"])
    verb, rest = re.match(rf"(\S+(?:\s+(?:{particles})\b)?)\s*(.*)", action.split(",")[0]).groups()
    return f"{verb} {thing[0].lower() + thing[1:] if thing[:4] in ('The ', 'Its ') else thing} {rest}".strip()


def _thing_subject(text: str, start: int, clause: str, mentions: list[Mention], offset: int) -> bool:
    """Is an event, a document part or the relationship the first subject in `clause` (at `start` in text)?"""
    people = [m.start - offset - start for m in mentions
              if offset + start <= m.start < offset + start + len(clause) and not _possessive(text, m.end - offset)]
    previous = None
    for w in re.finditer(r"[\w’'\-]+", clause):
        word = w.group().lower()
        if previous not in _PREPOSITIONS and (any(p <= w.start() for p in people)
                                              or _names_party(w.group(), text, start + w.end())):
            return False
        if word in _words("thing_subjects") and previous not in _PREPOSITIONS:
            return True
        previous = word
    return False


def _possessive(text: str, end: int) -> bool:
    return bool(re.match(r"['’]s?\b", text[end:end + 2]))


def _names_party(word: str, text: str, end: int) -> bool:
    from bilat.nlp.countries import country_of
    if _possessive(text, end) or word.endswith(("’s", "'s")):
        return False
    return bool(country_of(word)) or bool(cue_pattern("both_sides", anchored=True).fullmatch(word))


def is_vague(action: str) -> bool:
    """'give a major push to ties in key areas' names nothing a later report could show done.

    >>> is_vague("enhance cooperation in key areas"), is_vague("set up a joint working group")
    (True, False)
    """
    words = {w for w in re.findall(r"[A-Za-z][\w\-]*", action) if not _names_country(w)}
    return {w.lower() for w in words} <= _words("relationship_talk") | _words("stopwords")


def _names_country(word: str) -> bool:
    from bilat.nlp.countries import country_of
    return bool(country_of(word) or re.fullmatch(r"(?:[A-Z][a-z]+-)+[A-Z][a-z]+", word) and all(
        country_of(part) for part in word.split("-")))


def unsourced_expectation(text: str, cue: Cue) -> bool:
    """'Kim is expected to meet Rao' with no one saying so: the reporter's guess, not a side's intention."""
    if not cue_pattern("expectations").search(text, cue.start, cue.end):
        return False
    return not re.search(rf"\b(?:{'|'.join(cues()['reporting_verbs'])}|according to)\b", text, re.IGNORECASE)


def is_itinerary(action: str, pair: tuple[str, str]) -> bool:
    """'leave for Guyana on Wednesday', 'tour a plant before leaving for Seoul': the reporter's programme of a trip.

    >>> is_itinerary("leave for Guyana on Wednesday", ("IND", "KOR")), is_itinerary("visit India in May", ("IND", "KOR"))
    (True, False)
    """
    if not cue_pattern("itinerary_verbs", anchored=True).match(action):
        return False
    if cue_pattern("itinerary_legs").search(action):
        return True
    places = _places_named(action)
    return bool(places) and not places & set(pair)


def _places_named(action: str) -> set[str]:
    """The countries of the countries and cities an action names: 'be in Rio de Janeiro' gives BRA."""
    found = {c.country for c in find_countries(action) if c.country}
    for run in re.findall(r"[A-Z][\w-]*(?:\s+(?:de|da|do|del|[A-Z][\w-]*))*", action):
        place = place_of_name(run)
        found |= {place.country} if place and place.country else set()
    return found


def invited_action(text: str, cue: Cue, action: str, before: str = "") -> str:
    """'invited him to visit India, and he accepted the invitation': the promise is what was asked,
    in this sentence or the one before ('... to pay a State Visit. The side accepted the invitation with thanks')."""
    said = text[cue.start:cue.end]
    if not cue_pattern("accepted_invitation", anchored=True).fullmatch(said) or \
            len(_content(action)) >= 2 and said.lower().endswith(" to"):
        return action
    asked = list(re.finditer(r"\binvit\w*\b[^.;]*?\bto\s+(?!(?:the|an?|his|her|their|its)\b)([a-z].+?)"
                             r"(?:,?\s+(?:and|but|which)\s|[.;]|,?\s*$)", f"{before} {text[:cue.start]}"))
    return asked[-1].group(1).strip(" ,") if asked else action


def is_purpose(text: str, cue: Cue) -> bool:
    """'signed six MoUs with an aim to boost ties': a purpose, not a promise."""
    return bool(re.search(rf"(?:{'|'.join(cues()['purpose_before'])})\s*$", text[:cue.start], re.IGNORECASE))


def clauses(text: str, found: list[Cue]) -> list[tuple[Cue, int]]:
    """Each cue with where its clause ends: at the next cue or the sentence end."""
    ends = [c.start for c in found[1:]] + [len(text)]
    return list(zip(found, ends))


def action_text(text: str, cue: Cue, end: int) -> str:
    """The promised action: the words after the cue, tidied ('convene the fifth ... Meeting')."""
    words = re.split(r"[.!?][”\"’']?\d*\s+(?=[A-Z])", text[cue.end:end])[0]
    words = re.split("|".join(cues()["clause_ends"]), words)[0].strip(" ,;:-–—\"“”'")
    words = re.sub(r"^(?:that\s+)?(?:(?:both sides|they|the two sides|it|we|India|Korea)\s+)?(?:will\s+|would\s+|to\s+)?",
                   "", words)
    said = "|".join(cues()["reporting_verbs"])           # '…," Kim told reporters' is who said it
    words = re.sub(rf"[,\s]*[”\"’']?,?\s*(?:(?:he|she|they|it|officials|sources|(?:the|an?|[A-Z]\w*['’]s) [\w ]{{1,30}}?|[A-Z][\w.]*(?: [A-Z][\w.]*){{0,3}})\s+"
                   rf"(?:{said})|(?:{said})\s+[A-Z][\w.]*(?: [A-Z][\w.]*){{0,3}}|according to)\b.*$", "", words)
    for _ in range(2):                                   # 'telecommunications, and' loses both
        words = re.sub(r"\s+(?:and|besides|but|while|as)\s*$|,?\s+(?:which|who)\s*$|[\s,;.”\"]+$", "", words)
    words = re.sub(r"\s+(?:was|were|has been|have been)\s+(?:also\s+)?(?:signed|inked|exchanged|concluded)$", "", words)
    return words


def with_event(text: str, cue: Cue, action: str) -> str:
    """'the visit is expected to take place in May': the event is what will happen."""
    if not (cue_pattern("event_happens", anchored=True).match(text, cue.end)
            or cue_pattern("event_happens").search(text, cue.start, cue.end)):
        return action
    return f"{_clause_before(text, cue)[1].strip()} {text[cue.start:cue.end]} {action}".strip()


def split_actions(action: str) -> list[str]:
    """'hold the 2+2 dialogue and the JCM' -> two actions; a bundle of other objects stays one.

    >>> split_actions("hold the 2+2 dialogue and the Joint Commission meeting")
    ['hold the 2+2 dialogue', 'hold the Joint Commission meeting']
    """
    head, sep, tail = action.partition(" including ")
    verb, _, objects = ("", "", tail) if sep else action.partition(" ")
    objects, setting = _setting_apart(objects)
    pieces = _list_items(objects)
    pieces[-1:] = [pieces[-1] + setting] if pieces else []
    if sum(bool(_names_engagement(p)) for p in pieces) < 2:
        return [action]
    specific = [f"{verb} {p}".strip() for p in pieces if not is_generic(p)]
    return specific or [action]     # 'advance ties through engagements, including ...': the items are the promises


def _setting_apart(objects: str) -> tuple[str, str]:
    """'talks on X during a meeting between A, B and C': the list is before the setting, not in it."""
    m = cue_pattern("settings").search(objects)
    return (objects[:m.start()], objects[m.start():]) if m else (objects, "")


def is_generic(item: str) -> bool:
    """'ministerial visits', 'other senior official-level dialogues': no one engagement a report could show held.

    >>> is_generic("several ministerial visits"), is_generic("the 2+2 dialogue")
    (True, False)
    """
    words = item.split()
    named = any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]) or ordinal_before(item, len(item)) is not None
    last = words[-1] if words else ""
    return not named and last.endswith("s") and _names_engagement(last)


def item_strength(item: str, strength: str) -> str:
    """'agreed to ... including a planned summit': the item's own 'planned' makes it aspirational."""
    return "aspirational" if cue_pattern("tentative_items").search(item) else strength


def _names_engagement(text: str) -> bool:
    nouns = "|".join(cues()["engagement_nouns"])
    return bool(re.search(rf"(?<!\w)(?:{nouns})s?(?!\w)", text, re.IGNORECASE))


def _list_items(objects: str) -> list[str]:
    """Comma-separated items, the last 'and' splitting only two engagements; other words stay attached."""
    items = [p for p in re.split(r",\s*(?:and\s+)?", objects) if p.strip()]
    if items:
        last = re.split(r"\s+and\s+", items[-1], maxsplit=1)
        if len(last) == 2 and all(_names_engagement(x) for x in last):
            items[-1:] = last
    merged: list[str] = []
    for item in items:
        if merged and not _names_engagement(item):
            merged[-1] += ", " + item
        else:
            merged.append(item)
    return merged


def parties_of(text: str, cue: Cue, pair: tuple[str, str], mentions: list[Mention], offset: int) -> tuple[str, ...]:
    """Who commits: both sides, the subject's country, or a named official's country.

    >>> parties_of("Kim said India would", find_cues("Kim said India would")[0], ("IND", "KOR"), [], 0)
    ('IND',)
    """
    before = re.split(r"[;:]", text[:cue.start])[-1]
    if cue_pattern("both_sides").search(before):
        return _two_sides(text[:cue.start], pair)
    base = cue.start - len(before)
    named = [(m.start - offset, m.country) for m in mentions
             if offset + base <= m.start < offset + cue.start and m.country]
    candidates = sorted(named + [(base + c.start, c.country) for c in find_countries(before) if c.country])
    candidates = _subjects(text, candidates)
    if _pair_together(text, candidates, pair):
        return tuple(pair)
    segments = [0] + [m.end() + base for m in re.finditer(r"\b(?:said|says|told|added|that)\b", before)]
    for seg in reversed(segments):
        inside = [iso for at, iso in candidates if at >= seg]
        if inside:
            return (inside[0],)
        if re.match(r"[\s\"“‘']*(?:he|she)\b", text[seg:], re.IGNORECASE):
            return _last_speaker(mentions, offset + seg) or tuple(pair)
    return tuple(pair)


def _subjects(text: str, candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop countries after a preposition; 'from Korea and India': the second shares the first's preposition."""
    kept, dropped = [], False
    for at, iso in candidates:
        joined = re.search(r"\b(?:and|&)\s+(?:the\s+)?$", text[max(0, at - 10):at]) is not None
        dropped = dropped if joined else _after_preposition(text, at)
        if not dropped:
            kept.append((at, iso))
    return kept


def _pair_together(text: str, candidates: list[tuple[int, str]], pair: tuple[str, str]) -> bool:
    """'India and Korea agreed', 'India-Korea talks', 'Kim and his Indian counterpart': the two named side by side."""
    for (a, first), (b, second) in zip(candidates, candidates[1:]):
        if {first, second} == set(pair) and re.fullmatch(r"\S[^,;]{0,40}?(?:\s+(?:and|&)\s+(?:the\s+|his\s+|her\s+|their\s+)?|-)", text[a:b]):
            return True
    return False


def _after_preposition(text: str, at: int) -> bool:
    """'conveyed to the Korean side': a country after a preposition is not the subject."""
    words = re.findall(r"[\w’']+", text[max(0, at - 30):at].lower())[-2:]
    return bool(words) and (words[-1] in _PREPOSITIONS or len(words) == 2 and words[-1] in {"the", "a", "an", "its",
                                                                                           "their"} and words[0] in _PREPOSITIONS)


def _last_speaker(mentions: list[Mention], before: int) -> tuple[str, ...] | None:
    """'She will attend ...': the country of the last person named before the pronoun."""
    earlier = [m.country for m in mentions if m.start < before and m.country]
    return (earlier[-1],) if earlier else None


def _two_sides(text: str, pair: tuple[str, str]) -> tuple[str, ...]:
    """'the two sides' of a dialogue between two other countries are those two, not the pair."""
    named = list(dict.fromkeys(c.country for c in find_countries(text) if c.country))
    return tuple(named) if len(named) == 2 and set(named) != set(pair) else tuple(pair)


def due_of(sentence: Sentence, cue: Cue, end: int, timexes: list[Timex]) -> tuple[DateInterval | None, str | None]:
    """The due interval and its words from the clause after the cue; 'at the earliest' has no interval.
    A date after ', which' tells of the thing described ('the CEPA, which took effect in 2010'), not the promise."""
    described = re.compile("|".join(cues()["clause_ends"])).search(sentence.text, cue.end, end)
    end = described.start() if described else end
    inside = [t for t in timexes if sentence.start + cue.end <= t.start < sentence.start + end
              and not tells_past_event(sentence.text[cue.end:t.start - sentence.start])]
    dated = [t for t in inside if t.interval and (t.interval.start or t.interval.end)]
    if dated:
        return deadline_period(dated[0].interval), dated[0].text
    if inside:
        return None, inside[0].text
    words = cue_pattern("undated_due").search(sentence.text, cue.end, end)
    return None, words.group() if words else None


def tells_past_event(before: str) -> bool:
    """'... as the ministers met on Tuesday', 'was signed in Seoul on Friday': the date of what happened, not a due date.

    >>> tells_past_event(" sign the pact, officials said on"), tells_past_event(" sign the pact by")
    (True, False)
    """
    verbs = [v for v in cue_pattern("past_event_verbs").finditer(before)
             if not re.search(r"\b(?:be|being)\s+$", before[:v.start()])]   # 'will be held in 2026' is to come
    return bool(verbs) and not re.search(r"\b(?:to|by|before|within|until|till)\b", before[verbs[-1].end():])


_PERIOD_START = {"year": lambda e: e[:4] + "-01-01", "month": lambda e: e[:7] + "-01", "day": lambda e: e[:10],
                 "quarter": lambda e: f"{e[:4]}-{(int(e[5:7]) - 1) // 3 * 3 + 1:02d}-01",
                 "half": lambda e: e[:4] + ("-01-01" if int(e[5:7]) <= 6 else "-07-01")}


def deadline_period(due: DateInterval) -> DateInterval | None:
    """'by 2030' is due within 2030: the open interval ending then becomes the whole period it names.

    >>> deadline_period(DateInterval(None, "2030-12-31", "year"))
    DateInterval(start='2030-01-01', end='2030-12-31', precision='year')
    """
    if due.start or not due.end:
        return due
    start = _PERIOD_START.get(due.precision)
    return DateInterval(start(due.end), due.end, due.precision) if start else None


def made_date(doc: Document) -> DateInterval | None:
    """The commitment was made (or reported) on the document's date."""
    p = doc.published
    if not p or not p.date:
        return None
    start, end = p.start or p.date, p.end or p.date
    return DateInterval(start, end, p.precision if p.precision != "unknown" else "day")


def commitment_id(doc: Document, start: int, action: str) -> str:
    return "c:" + hashlib.sha1(f"{doc.id}|{start}|{action}".encode()).hexdigest()[:12]


def sentence_commitments(doc: Document, sentence: Sentence, mentions: list[Mention], timexes: list[Timex],
                         pair: tuple[str, str], previous: Sentence | None = None) -> list[Commitment]:
    """Every commitment one sentence states (the sentence before may hold an invitation it accepts)."""
    found = []
    if is_question(sentence.text):
        return found
    for cue, end in clauses(sentence.text, find_cues(sentence.text)):
        if _not_a_promise(doc, sentence.text, cue, end, mentions, sentence.start):
            continue
        parties = parties_of(sentence.text, cue, pair, mentions, sentence.start)
        for part, part_end in coordinated(sentence.text, cue, end):
            said = action_text(sentence.text, part, part_end)
            action = invited_action(sentence.text, cue, said, previous.text if previous else "")
            action = with_event(sentence.text, cue, action) if part is cue else action
            action = with_promised_thing(sentence.text, part, action)
            if len(_content(action)) < 2 or is_vague(action) or is_itinerary(action, pair) \
                    or is_programme_step(sentence.text, action) or is_briefing_chrome(action) or is_housekeeping(action):
                continue
            due, due_text = due_of(sentence, part, part_end, timexes)
            if action != said and due is None:
                due, due_text = _due_in_words(action, timexes, previous or sentence, sentence)
            for piece in split_actions(action):
                if found and re.match(r"its\s", piece, re.IGNORECASE):   # '…, and agreed that its first meeting …'
                    found[-1] = follow_up(found[-1], piece, due, due_text)
                    continue
                found.append(Commitment(
                    id=commitment_id(doc, sentence.start + part.start, piece), statement=sentence.text,
                    action=piece, parties=parties,
                    strength=item_strength(piece, cue.strength) if piece != action else cue.strength,
                    made=made_date(doc), due=due, due_text=due_text, topics=span_topics(sentence.text),
                    documents=(doc.id,), evidence=(evidence(doc, sentence.start, sentence.end),)))
    return found


def follow_up(promise: Commitment, step: str, due: DateInterval | None, due_text: str | None) -> Commitment:
    """'launch a Dialogue, and agreed that its first meeting would be held in May': one promise, due in May."""
    return replace(promise, action=f"{promise.action}, and {step}", due=promise.due or due,
                   due_text=promise.due_text or due_text)


def _due_in_words(action: str, timexes: list[Timex], first: Sentence, last: Sentence) -> tuple[DateInterval | None, str | None]:
    """The date named inside an action taken from elsewhere ('to pay a State Visit in 2026')."""
    inside = [t for t in timexes if first.start <= t.start < last.end and t.text in action and t.interval]
    return (deadline_period(inside[0].interval), inside[0].text) if inside else (None, None)


def _not_a_promise(doc: Document, text: str, cue: Cue, end: int, mentions: list[Mention], offset: int) -> bool:
    """Cues that open no promise: welcomed, denied, a guess, a purpose, an effect, a company's, an opinion."""
    return (is_not_commitment(text, cue, end) or unsourced_expectation(text, cue) or is_purpose(text, cue)
            or states_an_effect(text, cue, mentions, offset) or by_a_company(text, cue, companies(doc.text))
            or quotes_a_non_official(text, cue) or is_opinion(text, cue) or addresses_the_reader(text, cue)
            or was_planned(text, cue))


def addresses_the_reader(text: str, cue: Cue) -> bool:
    """'By continuing to browse, you agree to our cookie policy': a website's notice to its reader.

    >>> addresses_the_reader("By continuing, you agree to our terms.", find_cues("By continuing, you agree to our terms.")[0])
    True
    """
    return bool(cue_pattern("reader_subjects").search(_clause_before(text, cue)[1]))


def was_planned(text: str, cue: Cue) -> bool:
    """'a session that was to be held in March was called off': a past plan, not a promise made now."""
    past = "|".join(cues()["past_plan_before"])
    return text[cue.start:cue.end].lower().startswith("to ") and bool(
        re.search(rf"\b(?:{past})\s+$", text[:cue.start], re.IGNORECASE))


def is_briefing_chrome(action: str) -> bool:
    """'take your questions', 'share details as they are finalised', 'a detailed briefing will be held tomorrow':
    a spokesperson's promise about the briefing itself, nothing between the countries.

    >>> is_briefing_chrome("take your questions"), is_briefing_chrome("hold the Joint Commission in May")
    (True, False)
    """
    return bool(cue_pattern("briefing_chrome", anchored=True).match(action))


def is_question(text: str) -> bool:
    """'Question (A. Rao, Daily News): Will the pact be signed?' asks; it promises nothing.

    >>> is_question("Will the pact be signed this year?"), is_question("The pact will be signed.")
    (True, False)
    """
    labels = "|".join(cues()["question_labels"])
    return text.rstrip(" \"”’'").endswith("?") or bool(re.match(rf"\s*(?:{labels})\b[^:]{{0,80}}:", text, re.IGNORECASE))


def coordinated(text: str, cue: Cue, end: int) -> list[tuple[Cue, int]]:
    """'agreed to hold the drill in 2025 and to set up a hotline': each 'to' verb after a 'to' cue is its own promise;
    'and to hold its first meeting' still speaks of the one before, and a signed MoU's aims are one purpose."""
    if not text[cue.start:cue.end].lower().endswith(" to") or cue.kind == "signed_documents":
        return [(cue, end)]
    parts, start = [], cue
    for m in re.finditer(r",?\s+and\s+(?:also\s+)?to\s+(?=[a-z])(?![a-z]+\s+(?:its|their)\b)", text[cue.end:end]):
        parts.append((start, cue.end + m.start()))
        start = Cue(cue.end + m.start(), cue.end + m.end(), cue.strength, cue.kind)
    return parts + [(start, end)]


def is_housekeeping(action: str) -> bool:
    """'keep in close contact', 'work out the dates through diplomatic channels': upkeep of a promise, not one.

    >>> is_housekeeping("keep in close contact"), is_housekeeping("set up a hotline")
    (True, False)
    """
    return bool(cue_pattern("housekeeping", anchored=True).match(action))


def is_programme_step(text: str, action: str) -> bool:
    """'pay homage at the memorial', 'On Wednesday, hold talks with ...': a visit's schedule told by the reporter;
    a step that also launches or signs something is kept.

    >>> is_programme_step("He will then lay a wreath.", "lay a wreath"), is_programme_step("x", "hold talks")
    (True, False)
    """
    if cue_pattern("programme_deliverables").search(action):
        return False
    if cue_pattern("programme_steps", anchored=True).match(action):
        return True
    framed = cue_pattern("programme_frames").search(text)
    return bool(framed) and bool(cue_pattern("programme_meetings", anchored=True).match(action))


@lru_cache(maxsize=64)
def companies(text: str) -> frozenset[str]:
    """Company names in a text and their first words: 'Hanil Aerospace' gives both it and 'Hanil'."""
    suffixes = "|".join(cues()["company_suffixes"])
    found = set()
    for m in re.finditer(rf"\b((?:[A-Z][\w&-]*\s+){{1,3}}?)(?:{suffixes})\b", text):
        words = m.group(1).split()
        if words and not _names_country(words[0]) and words[0] not in ("The", "A", "An"):
            found |= {m.group(0), words[0]}
    return frozenset(found)


def by_a_company(text: str, cue: Cue, names: frozenset[str]) -> bool:
    """'Under the deal, Hanil will supply the engines', 'the firm would open an office', 'Hanil said it
    will': a company's (or a trade body's) undertaking; 'the frigates will carry out drills': an exercise's programme."""
    start, clause = _clause_before(text, cue)
    subject = re.sub(r"^\s*(?:while|and|but|whereas|as)\s+", "", clause, flags=re.IGNORECASE).strip()
    if re.fullmatch(r"(?i)(?:\w+ly\s+)?(?:it|they)", subject):
        speaker = re.search(rf"([^;:\"“]*?),?\s+(?:{'|'.join(cues()['reporting_verbs'])})\b[^,;]*$", text[:start])
        subject = speaker.group(1).strip() if speaker else subject    # 'Hanil said it will': the speaker
    if _business_subject(subject, text, cue.end):
        return True
    first = re.match(r"[A-Z][\w&-]*", subject)
    head = re.split(r"\s+(?:with|to|for|from|by|and|of|on|in|at|under)\s", subject)[0]   # 'Korean conglomerate Hanil Group on Wednesday'
    return bool(first) and first.group() in names or any(re.search(rf"\b{re.escape(n)}$", head) for n in names)


def _business_subject(subject: str, text: str, end: int) -> bool:
    """'the firm', 'a Pune-based maker of gears', 'the first 20 vehicles'; 'the frigates' too, unless they pay a visit."""
    if cue_pattern("company_nouns", anchored=True).match(subject) or \
            any(cue_pattern(kind).search(subject) for kind in ("company_descriptions", "goods_subjects")):
        return True
    return bool(cue_pattern("unit_subjects").search(subject)) and \
        not cue_pattern("unit_engagements", anchored=True).match(text, end)


def quotes_a_non_official(text: str, cue: Cue) -> bool:
    """'..., said Lee Jun, a fellow at a think tank': an analyst's or an executive's words are an opinion
    (the speaker's side only: 'would launch a CEO Forum' is what is promised, not who said it)."""
    verbs = "|".join(cues()["reporting_verbs"])
    said_after = list(re.finditer(rf"\b(?:{verbs}|according to)\b", text[cue.end:], re.IGNORECASE))
    if not said_after and not re.search(rf"\b(?:{verbs}|according to)\b", text[:cue.start], re.IGNORECASE):
        return False
    quote_end = re.search(r"[”\"]", text[cue.end:])        # '…," Kim, chief executive of X, told ET'
    after = quote_end.end() if quote_end else said_after[-1].start() if said_after else len(text) - cue.end
    speaker_side = text[:cue.start] + " " + text[cue.end + after:]
    roles = "|".join(cues()["non_official_roles"])
    return bool(re.search(rf"\b(?:{roles})\b", speaker_side, re.IGNORECASE))


def is_opinion(text: str, cue: Cue) -> bool:
    """'In my view, India should …', 'Seoul must accept that its firms will …': the writer's view, not a promise."""
    return bool(cue_pattern("opinion_markers").search(text, 0, cue.start))


def extract_commitments(doc: Document, sentences: list[Sentence], mentions: list[Mention],
                        timexes: list[Timex], pair: tuple[str, str]) -> list[Commitment]:
    """The commitments a document reports, sentence by sentence.

    >>> [c.strength for c in extract_commitments(doc, sentences, [], [], ("IND", "KOR"))]
    ['firm']
    """
    sentences = [part for s in sentences for part in headline_apart(s)]
    headlines = {s.start for s in sentences if is_headline(s.text)}
    told = [(c, s.start in headlines) for s, previous in zip(sentences, [None] + sentences[:-1])
            for c in sentence_commitments(doc, s, mentions, timexes, pair, previous)]
    body = merge_restatements([c for c, headline in told if not headline])
    return fold_headlines(body, [c for c, headline in told if headline])


def headline_apart(sentence: Sentence) -> list[Sentence]:
    """A headline line glued to the body's first sentence ('India, Korea agree to X\nThe two sides ...') stands apart.

    >>> [s.text for s in headline_apart(Sentence(0, 20, "Pact signed\nIt will."))]
    ['Pact signed', 'It will.']
    """
    line = re.match(r"([^\n]*[^\s.!?\"”’'):])\n+\s*(?=[A-Z\"“])", sentence.text)
    if not line:
        return [sentence]
    rest = sentence.start + line.end()
    return [Sentence(sentence.start, sentence.start + len(line.group(1)), line.group(1)),
            *headline_apart(Sentence(rest, sentence.end, sentence.text[line.end():]))]


def is_headline(text: str) -> bool:
    """A line with no closing stop: a headline or title over the story."""
    return not re.search(r"[.!?\"”’'):]\s*$", text)


def fold_headlines(body: list[Commitment], headlines: list[Commitment]) -> list[Commitment]:
    """A headline's promise told again in the body ('aim to wrap up the upgrade' / 'to close the upgrade by June') is that one."""
    for h in merge_restatements(headlines):
        i = next((i for i, c in enumerate(body) if _shares_subject(h, c)), None)
        if i is None:
            body.append(h)
        else:
            body[i] = replace(body[i], evidence=tuple(dict.fromkeys(body[i].evidence + h.evidence)))
    return body


def _shares_subject(a: Commitment, b: Commitment) -> bool:
    same_side = set(a.parties) <= set(b.parties) or set(b.parties) <= set(a.parties)
    shared = (_content(a.action) & _content(b.action)) - _words("relationship_talk")
    return same_side and bool(shared) and not _different_instance(a, b)


def _content(action: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][\w\-]+", action)} - _words("stopwords")


def is_restatement(a: Commitment, b: Commitment) -> bool:
    """A headline or pull quote saying again what the body says: same parties, nearly the same words."""
    wa, wb = _content(a.action), _content(b.action)
    small = min(len(wa), len(wb))
    same_side = set(a.parties) <= set(b.parties) or set(b.parties) <= set(a.parties)
    if not same_side or _different_instance(a, b):
        return False
    return bool(small) and len(wa & wb) >= 0.75 * small or _same_trip(a, b) or _same_deadline(a, b)


def _same_deadline(a: Commitment, b: Commitment) -> bool:
    """'conclude talks to upgrade the pact by March next year' and 'wrap up the upgrade by March 2024':
    one promise when a deadline of a month or finer holds the other and a subject word is shared."""
    da, db = a.due, b.due
    if not (da and db and da.start and db.start and da.end and db.end) or \
            not {da.precision, db.precision} <= {"day", "week", "month"} or not (da.start <= db.start <= db.end <= da.end
                                                          or db.start <= da.start <= da.end <= db.end):
        return False
    if a.statement == b.statement:
        return False                       # pieces of one sentence are separate promises
    stems = [{w[:6] for w in _content(c.action.partition(" ")[2]) - _content(c.due_text or "")
              - _words("relationship_talk")} for c in (a, b)]   # the verb ('hold') names no subject
    return bool(stems[0] & stems[1])


def _wording_rank(c: Commitment) -> tuple[bool, int]:
    """The wording that names which session ('the 11th round', not 'the next round') wins, then the fullest."""
    ordinals = "|".join(cues()["ordinal_words"])
    named = re.search(rf"\b(?:\d+(?:st|nd|rd|th)|{ordinals})\b", c.action, re.IGNORECASE)
    return bool(named), len(_content(c.action))


def _different_instance(a: Commitment, b: Commitment) -> bool:
    """'hold the 10th Dialogue in 2026' is not 'hold the inaugural Dialogue in May': numbers or dues differ."""
    ma, mb = _instance_marks(a.action), _instance_marks(b.action)
    if ma and mb and not ma & mb:
        return True
    da, db = a.due, b.due
    return bool(da and db and da.start and db.start and da.end and db.end and (da.end < db.start or db.end < da.start))


def _instance_marks(action: str) -> set[str]:
    ordinals = "|".join(cues()["ordinal_words"])
    return {w.lower() for w in re.findall(rf"\b(?:\d+(?:st|nd|rd|th)?|{ordinals})\b", action, re.IGNORECASE)}


def _same_trip(a: Commitment, b: Commitment) -> bool:
    """'travel to India next week' and 'be in India from May 2 to 5': one visit told twice."""
    trips = [cue_pattern("itinerary_verbs", anchored=True).match(c.action) for c in (a, b)]
    places = [{c.country for c in find_countries(x.action) if c.country} for x in (a, b)]
    return all(trips) and bool(places[0]) and places[0] == places[1] and a.parties == b.parties


def merge_restatements(found: list[Commitment]) -> list[Commitment]:
    """Each commitment once, told by its fullest wording, with the evidence of every restatement."""
    kept: list[Commitment] = []
    for c in found:
        i = next((i for i, k in enumerate(kept) if is_restatement(k, c)), None)
        if i is None:
            kept.append(c)
            continue
        fuller = max((kept[i], c), key=_wording_rank)
        kept[i] = replace(fuller, evidence=tuple(dict.fromkeys(kept[i].evidence + c.evidence)),
                          due=fuller.due or kept[i].due or c.due,
                          due_text=fuller.due_text or kept[i].due_text or c.due_text)
    return kept
