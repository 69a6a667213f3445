"""Reading a question: dates, mechanism, offices, countries, topics, kinds, statuses and its form.

Each recognizer finds its spans in the question and blanks them out, so a word
is read once: "last year" is a date, not the word "last"; the "Security" of
"Foreign Policy and Security Dialogue" is part of a mechanism, not a topic.
The words themselves are data (`data/ask.json`); nothing here names a person.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from bilat.extract.mechanisms import find_mechanisms, ordinal_value
from bilat.extract.offices import title_forms
from bilat.extract.topics import topic_hits
from bilat.fuse.engagements import span
from bilat.model import Published
from bilat.nlp.countries import find_countries
from bilat.nlp.timex import find_timexes
from bilat.query.filters import Period

WORD = re.compile(r"[\w&'’+\-]+")


@lru_cache(maxsize=1)
def ask_data() -> dict:
    return json.loads(resources.files("bilat.query").joinpath("data/ask.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class WantedOffice:
    """An office the question names: "Korea's foreign minister" -> ("foreign minister", "KOR")."""
    office: str
    country: str | None = None


@dataclass(frozen=True)
class Reading:
    """What a question asks, before it is matched against the record's people."""
    question: str
    intent: str = "list"
    subject: str = "engagements"            # engagements | commitments | people
    as_of: date = date.min
    period: Period = Period()
    mechanism: str | None = None
    ordinal: int | None = None
    offices: tuple[WantedOffice, ...] = ()
    kinds: tuple[str, ...] | None = None    # None: the question names no kind
    status: str | None = None
    topics: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()          # the sides the question names
    place: str | None = None                 # the country an engagement took place in
    names: tuple[str, ...] = ()              # capitalised words no recognizer claimed: people, places
    terms: tuple[str, ...] = ()              # other content words
    search_words: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict:
        """The interpretation as plain values, for JSON and for showing the analyst."""
        out = {k: v for k, v in self.__dict__.items() if v not in (None, (), "") and k != "question"}
        out["as_of"] = self.as_of.isoformat()
        out["period"] = {"start": _iso(self.period.start), "end": _iso(self.period.end)}
        out["offices"] = [o.__dict__ for o in self.offices]
        return out


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


class _Text:
    """The question with the spans already read blanked out."""

    def __init__(self, question: str):
        self.original = question
        self.text = question

    def take(self, start: int, end: int) -> str:
        taken = self.original[start:end]
        self.text = self.text[:start] + " " * (end - start) + self.text[end:]
        return taken


def read(question: str, today: date) -> Reading:
    """Interpret a question against `today` (the date relative words resolve against).

    >>> read("Which commitments from 2023 are overdue?", date(2025, 6, 1)).status
    'overdue'
    """
    text = _Text(question)
    as_of, period = read_dates(text, today)
    intent = read_intent(text.text)
    mechanism, ordinal, mechanism_words = read_mechanism(text)
    offices = read_offices(text)
    countries, place = read_countries(text)
    topics, topic_words = read_topics(text)
    commitment = read_words(text, ask_data()["commitment_words"])
    status = read_status(text)
    kinds = read_kinds(text)
    names, terms = read_rest(text)
    subject = _subject(intent, commitment, status, kinds, mechanism, offices, names)
    return Reading(question, intent, subject, as_of, period, mechanism, ordinal, offices, kinds, status,
                   topics, countries, place, names, terms, search_words(names, mechanism_words, topic_words, terms))


def _subject(intent, commitment, status, kinds, mechanism, offices, names) -> str:
    if commitment or status in ("overdue", "fulfilled", "pending", "lapsed", "broken", "in_progress", "superseded"):
        return "commitments"
    if intent == "who" and kinds is None and not mechanism and (offices or names):
        return "people"
    return "engagements"


# ------------------------------------------------------------------ dates
def read_dates(text: _Text, today: date) -> tuple[date, Period]:
    """The as-of day ("as of March 2024") and the period asked about ("in 2023", "since 2022")."""
    as_of, period = today, Period()
    for t in find_timexes(_bounds_as_in(text.text), Published(today.isoformat(), "day", "given")):
        days = span(t.interval) if t.interval and t.interval.start else None
        if days is None:
            continue
        cue = _cue_before(text.text, t.start, ask_data()["as_of_cues"])
        bound = _cue_before(text.text, t.start, ask_data()["bounds"])
        text.take(cue[0] if cue else (bound[0] if bound else t.start), t.end)
        if cue:
            as_of = days[1]
        else:
            period = _bounded(days, ask_data()["bounds"].get(bound[1]) if bound else None)
    return as_of, period


def _bounds_as_in(text: str) -> str:
    # "before 2024" would read as a deadline; replaced by a same-length word it reads as the year itself
    return re.sub(r"\b(before|after)\b", lambda m: "during" if m.group() == "before" else "since", text,
                  flags=re.IGNORECASE)


def _cue_before(text: str, start: int, cues) -> tuple[int, str] | None:
    """(start, cue) of a cue phrase ending right before `start`."""
    before = text[:start].rstrip()
    for cue in sorted(cues, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(cue)}$", before, re.IGNORECASE):
            return len(before) - len(cue), cue.lower()
    return None


def _bounded(days: tuple[date, date], bound: str | None) -> Period:
    if bound == "before":
        return Period(None, days[0] - timedelta(days=1))
    if bound == "since":
        return Period(days[0], None)
    if bound == "after":
        return Period(days[1] + timedelta(days=1), None)
    return Period(*days)


# ------------------------------------------------------------------ form of the question
def read_intent(text: str) -> str:
    """The question form: count, next, first, last, who, what, where, when or list."""
    for intent, cues in ask_data()["intents"]:
        if any(re.search(cue, text, re.IGNORECASE) for cue in cues):
            return intent
    return "list"


# ------------------------------------------------------------------ record vocabulary
def read_mechanism(text: _Text) -> tuple[str | None, int | None, str | None]:
    """The first named mechanism, its ordinal and the words naming it.

    "the 10th Joint Commission" -> ("Joint Commission", 10, "10th Joint Commission")
    """
    hits = [h for h in find_mechanisms(text.text) if h.kind == "dialogue"]
    if not hits:
        return None, None, None
    hit = hits[0]
    words = text.take(_ordinal_start(text.text, hit.start) if hit.ordinal else hit.start, hit.end)
    return hit.name, hit.ordinal, words


def _ordinal_start(text: str, start: int) -> int:
    """Where the ordinal before a mechanism begins: "10th India-Korea Joint Commission" -> at "10th"."""
    words = list(WORD.finditer(text[max(0, start - 60):start]))
    for m in reversed(words[-4:]):
        if ordinal_value(m.group()) is not None:
            return max(0, start - 60) + m.start()
    return start


def read_offices(text: _Text) -> tuple[WantedOffice, ...]:
    """Offices named in the question, with the country just before each; "the two defence ministers" asks for two."""
    found = []
    words = list(WORD.finditer(text.text))
    i = 0
    while i < len(words):
        hit = _office_at(words, i)
        if hit is None:
            i += 1
            continue
        office, last, plural = hit
        country = _country_before(text, words[i].start())
        pair = plural or i > 0 and words[i - 1].group().lower() in ask_data()["pair_words"]
        found += [WantedOffice(office, country)] * (2 if pair and not country else 1)
        text.take(words[i].start(), words[last].end())
        i = last + 1
    return tuple(found)


def _office_at(words, i: int) -> tuple[str, int, bool] | None:
    """(office, index of its last word, plural) for the longest title form starting at word i."""
    for size in range(min(8, len(words) - i), 0, -1):
        form = tuple(w.group().lower() for w in words[i:i + size])
        for candidate, plural in ((form, False), (form[:-1] + (form[-1].rstrip("s"),), True)):
            office = title_forms().get(candidate)
            if office and office.office and (not plural or form[-1].endswith("s")):
                return office.office, i + size - 1, plural
    return None


def _country_before(text: _Text, start: int) -> str | None:
    """ "Korea's", "Indian", "South Korean" right before an office."""
    before = text.text[:start].rstrip()
    for m in reversed(find_countries(before)):
        if m.country and re.fullmatch(r"(?:['’]s)?", before[m.end:]):
            text.take(m.start, m.end)
            return m.country
    return None


def read_countries(text: _Text) -> tuple[tuple[str, ...], str | None]:
    """(sides named, place country): a country after "to"/"in"/"visit" is where it happened."""
    sides, place = [], None
    for m in find_countries(text.text):
        if not m.country:
            continue
        if _cue_before(text.text, m.start, ask_data()["location_cues"]) and place is None:
            place = m.country
        elif m.country not in sides:
            sides.append(m.country)
        text.take(m.start, m.end)
    return tuple(sides), place


def read_topics(text: _Text) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(topic ids, the words that named them): "chips" -> semiconductors."""
    hits = topic_hits(text.text)
    words = tuple(text.take(start, end) for _, start, end in hits)
    return tuple(dict.fromkeys(topic for topic, _, _ in hits)), words


def read_words(text: _Text, phrases) -> str | None:
    """The first of `phrases` found in the question (whole words); every one found is taken out of it."""
    first = None
    for phrase in sorted(phrases, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text.text, re.IGNORECASE):
            text.take(m.start(), m.end())
            first = first or phrase.lower()
    return first


def read_status(text: _Text) -> str | None:
    for status, words in ask_data()["statuses"].items():
        if read_words(text, words):
            return status
    return None


def read_kinds(text: _Text) -> tuple[str, ...] | None:
    """Engagement kinds the question names; () for "engagements" (any kind); None when it names none."""
    found = None
    for words, kinds in ask_data()["kind_words"]:
        if read_words(text, words):
            found = (found or ()) + tuple(k for k in kinds if k not in (found or ()))
    return found


def read_rest(text: _Text) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(capitalised runs such as names and places, other content words) left unread."""
    fillers = set(ask_data()["fillers"])
    names, terms, run, last_end = [], [], [], 0
    for m in WORD.finditer(text.text):
        word = m.group().strip("'’-")
        lower = re.sub(r"['’]s$", "", word.lower())
        if run and m.start() - last_end > 1:   # a word read in between ends the name
            names.append(" ".join(run))
            run = []
        last_end = m.end()
        if word[:1].isupper() and lower not in fillers:
            run.append(re.sub(r"['’]s$", "", word))
            continue
        if run:
            names.append(" ".join(run))
            run = []
        if lower not in fillers and len(lower) > 2 and not lower.isdigit():
            terms.append(lower)
    return tuple(names + ([" ".join(run)] if run else [])), tuple(terms)


def search_words(names, mechanism_words: str | None, topic_words, terms) -> tuple[str, ...]:
    """The words a full-text search should look for: names, mechanism, topic words, unread content words."""
    words = list(names) + ([mechanism_words] if mechanism_words else []) + list(topic_words) + list(terms)
    return tuple(w for phrase in words for w in phrase.split())
