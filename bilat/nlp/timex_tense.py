"""Is a time expression about the past or the future? Read from the nearest tense cue.

A cue is a future marker ("will", "is expected to", "scheduled"), a past marker
("held", "met", "was") or any other lower-case "-ed" verb; the cue closest to the
expression within its sentence decides. No cue: None (the caller picks a default).
"""
from __future__ import annotations

import re
from functools import lru_cache

from bilat.nlp.timex_patterns import alternation, words

# A sentence ends at . ! ? before a capital or quote, or at a line break.
SENTENCE_END = re.compile(r"(?P<word>\b[\w.]+)?[.!?][\"”’)]?\s+(?=[A-Z\"“‘(])|\n+")
VERB_REACH = 12   # "arrived on Monday", "met in Seoul on Friday": the verb sits a few words before the date
ABBREVIATIONS = frozenset("mr mrs ms dr st no gen lt col capt prof rs smt shri sh vs jan feb mar apr jun jul aug sep sept oct nov dec govt dept amb".split())


@lru_cache(maxsize=1)
def cue_pattern() -> re.Pattern:
    """Future cues first so "agreed to" beats the past "-ed" reading of "agreed"."""
    data = words()
    passive = r"(?:will|shall|would|to)\s+(?:be|have\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+"  # "will be held" is future
    return re.compile(rf"\b(?:(?P<future>{passive}|{alternation(data['future_cues'])})|(?P<past>{alternation(data['past_cues'] + data['reporting_verbs'])})"
                      rf"|(?<!-)(?P<ed>[a-z]{{2,}}ed))\b")


@lru_cache(maxsize=1)
def not_past() -> frozenset[str]:
    data = words()
    return frozenset(data["not_past_ed_words"])


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, covering all of it."""
    bounds, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if is_abbreviation(m.group("word")):
            continue
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def is_abbreviation(word: str | None) -> bool:
    """ "Dr." or "S." before a full stop does not end a sentence."""
    return bool(word) and (len(word) == 1 or word.lower() in ABBREVIATIONS or "." in word)


def cues(sentence: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_future) of every tense cue in one sentence.

    A decision ("agreed to", "decided to") is past for what comes before it and future
    for what follows: it is split into a past cue and a future cue on the same words.
    """
    found = []
    for m in cue_pattern().finditer(sentence):
        if m.group("ed") and m.group("ed") in not_past():
            continue
        future = m.group("future") is not None
        if future and re.fullmatch(r"[a-z]+ed\s+to", m.group()):
            found.append((m.start(), m.end(), None))     # past only for an expression before it
        found.append((m.start(), m.end(), future))
    return found


def tense_at(found_cues: list[tuple[int, int, bool]], start: int, end: int, clause_end: int | None = None,
             sentence_text: str = "") -> bool | None:
    """True (future), False (past) or None, from the cue nearest to [start, end) outside it.

    A cue after `clause_end` (the next comma) counts only when no cue comes before the expression:
    "held talks on Wednesday, agreeing to begin" is past, "On Wednesday, they will meet" future.
    """
    best, best_distance = None, None
    before = any(cue_end <= start and is_future is not None for _, cue_end, is_future in found_cues)
    for cue_start, cue_end, is_future in found_cues:
        if cue_end > start and cue_start < end:
            continue  # the expression's own words ("last" in "last Friday") are not a cue
        if is_future is None and cue_end <= start:
            continue    # "agreed to" reads past only for the date before it ("on Monday agreed to")
        if before and clause_end is not None and cue_start >= clause_end:
            continue
        if cue_start >= end and _completes_verb_before(found_cues, start, cue_start, sentence_text):
            continue
        # The verb a date hangs on mostly comes before it; a later cue often belongs to the next clause.
        distance = start - cue_end if cue_end <= start else 2 * (cue_start - end)
        if best_distance is None or distance < best_distance:
            best, best_distance = bool(is_future), distance
    return best


def _completes_verb_before(found_cues: list[tuple[int, int, bool]], start: int, cue_start: int, sentence: str) -> bool:
    """ "agreed on Monday to conclude": an infinitive after the date completes the verb just before it."""
    if not sentence[cue_start:cue_start + 3] == "to ":
        return False
    return any(cue_end <= start and start - cue_end <= VERB_REACH and is_future is not None
               for _, cue_end, is_future in found_cues)
