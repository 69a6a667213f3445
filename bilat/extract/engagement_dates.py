"""Engagement dates: which time expression of a sentence dates a trigger, 'the
next day' and 'the second day' of a visit, arrival days and stays, the day an
itinerary named, and the report's own date for what it tells undated."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bilat.extract.engagement_cues import _words, cues
from bilat.extract.places import filing_spans
from bilat.extract.triggers import Trigger
from bilat.model import DateInterval, Document, Sentence, Timex


def _sentence_timexes(sentence: Sentence, timexes: list[Timex]) -> list[Timex]:
    return [t for t in timexes if sentence.start <= t.start < sentence.end and t.interval and t.interval.start]


def nearest_timex(sentence: Sentence, trigger: Trigger, timexes: list[Timex],
                  triggers: list[Trigger] = ()) -> Timex | None:
    """The dated time expression closest to the trigger (preferring one after it) that no other trigger is closer to."""
    def distance(t: Timex, other: Trigger) -> int:
        start, end = t.start - sentence.start, t.end - sentence.start
        return start - other.end if start >= other.end else (other.start - end) * 2

    own = _sentence_timexes(sentence, timexes)

    def claims(o: Trigger, t: Timex) -> bool:
        """A trigger with a date of its own right after it ('spoke on the phone last month') claims no date before it."""
        start = t.start - sentence.start
        return start >= o.end or not any(0 <= x.start - sentence.start - o.end <= 25 for x in own)

    found = [t for t in own if all(distance(t, trigger) <= distance(t, o) or not claims(o, t)
                                   for o in triggers if not o.anaphoric)]
    return min(found, key=lambda t: distance(t, trigger)) if found else None


def _deadline_period(timex: Timex) -> Timex:
    """'before the end of 2024' dates a session planned by then to that year; 'by May' to May."""
    iv = timex.interval
    if not iv or iv.start or not iv.end or iv.precision not in ("year", "month"):
        return timex
    start = iv.end[:4] + "-01-01" if iv.precision == "year" else iv.end[:7] + "-01"
    return replace(timex, interval=DateInterval(start, iv.end, iv.precision))


def dates_a_report(sentence: Sentence, trigger, timex: Timex) -> bool:
    """'…, officials said on Friday': the day a statement was made, not the day of what it tells
    (but 'said on Thursday after meeting X': the statement and the meeting share the day)."""
    start, end = timex.start - sentence.start, timex.end - sentence.start
    if end <= trigger.start and re.match(r"[\s,]*(?:after|following|at the end of|during|at|while)\b",
                                         sentence.text[end:trigger.start], re.IGNORECASE):
        return False
    before = sentence.text[max(0, start - 20):start]
    return bool(re.search(rf"\b(?:{_words(cues()['reporting'])})\s+(?:on\s+)?$", before, re.IGNORECASE))


def _counts_from(sentence: Sentence, timex: Timex) -> bool:
    """'the first held in Delhi since 2018', 'his first trip since he took up the post last August':
    a date that starts a count dates nothing that happened."""
    before = sentence.text[max(0, timex.start - sentence.start - 50):timex.start - sentence.start]
    words = _words(cues()['count_from'])
    return bool(re.search(rf"\b(?:{words})\s+$", before[-12:], re.IGNORECASE)
                or re.search(rf"\bsince\s+(?:he|she|they|it|the|[A-Z][\w\-]*)\s+(?:[\w\-]+\s+){{1,5}}$", before))


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
    m = re.search(rf"{lead}(?:a|an|the|his|her|their|its|whose)\s+([\w]+)[\s\-](day|hour)s?\b", before, re.I)
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
