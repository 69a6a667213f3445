"""Find time expressions in text and resolve them against the document date.

Absolute forms ("28 March 2021", "first quarter of 2024") resolve on their own;
relative ones ("on Tuesday", "next month", "this August") need the anchor, and
weekdays and yearless months read the tense of their sentence: in a past-tense
sentence "on Tuesday" is the latest Tuesday on or before the document date, in a
future one the next. Lists of words live in `data/timex.json`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from bilat.model import DateInterval, Published, Timex
from bilat.nlp.timex_calendar import Anchor, anchor_of, interval, parse_iso
from bilat.nlp.timex_patterns import deadline_before, not_dates, patterns
from bilat.nlp.timex_resolve import RESOLVERS
from bilat.nlp.timex_tense import cues, sentence_bounds, tense_at

__all__ = ["find_timexes", "Found", "scan"]

MAY_PREPOSITIONS = ("in", "since", "by", "until", "till", "during", "of")


@dataclass(frozen=True)
class Found:
    """A time expression before resolution: its span, kind, named parts and tense."""
    start: int
    end: int
    kind: str
    parts: dict = field(default_factory=dict)
    future: bool | None = None
    deadline: bool = False


def find_timexes(text: str, anchor: Published | None, *, future: bool | None = None) -> list[Timex]:
    """Every time expression in `text`, resolved against the document date `anchor`.

    >>> [t.interval.start for t in find_timexes("They met on Tuesday.", Published("2023-08-24", "day"))]
    ['2023-08-22']
    """
    window = anchor_of(anchor)
    found = scan(text, future=future)
    resolved = [resolve(f, window) for f in found]
    for i, f in enumerate(found):
        if f.kind == "shift":
            resolved[i] = resolve(f, _day_told_before(f, found, resolved) or window)
    if not window.year_known:
        resolved = [iv or _year_from_nearby(f, found, resolved) for f, iv in zip(found, resolved)]
    return [Timex(f.start, f.end, text[f.start:f.end], iv) for f, iv in zip(found, resolved)]


def _day_told_before(found: Found, everything: list[Found], resolved: list) -> Anchor | None:
    """ "met on February 21 ... the next day": a shifted day counts from the last single day told before it."""
    days = [iv for f, iv in zip(everything, resolved)
            if f.end <= found.start and iv and iv.precision == "day" and iv.start and iv.start == iv.end]
    return Anchor(parse_iso(days[-1].start), parse_iso(days[-1].start)) if days else None


def _year_from_nearby(found: Found, everything: list[Found], resolved: list) -> DateInterval | None:
    """'February 21' in an undated text that says '22 February 2019' elsewhere: the same year.

    Only a full date of the same or an adjacent month lends its year; 'on the 21st' takes its month too.
    """
    if found.kind not in ("date", "on_the_day"):
        return None
    full = [(abs(f.start - found.start), iv) for f, iv in zip(everything, resolved)
            if f.kind == "date" and f.parts.get("y") and iv and iv.precision == "day"]
    if not full:
        return None
    near = parse_iso(min(full, key=lambda pair: pair[0])[1].start)
    if found.kind == "on_the_day":
        return resolve(found, Anchor(near, near))
    years = [y for y in (near.year - 1, near.year, near.year + 1)
             if abs((y * 12 + _month(found)) - (near.year * 12 + near.month)) <= 1]
    return resolve(Found(found.start, found.end, found.kind, {**found.parts, "y": str(years[0])}), Anchor()) if years else None


def _month(found: Found) -> int:
    from bilat.nlp.timex_resolve import month_of
    return month_of(found.parts.get("m1") or found.parts["m"])


def resolve(found: Found, window: Anchor) -> DateInterval | None:
    """The interval a found expression stands for, or None when it names no date or cannot be placed."""
    span = RESOLVERS[found.kind](found.parts, window, found.future)
    if span is None:
        return None
    start, end, precision = span
    if found.deadline:
        return interval(None, end, precision)
    return interval(start, end, precision)


def scan(text: str, *, future: bool | None = None) -> list[Found]:
    """Find the expressions of `text` with their tense (forced by `future` when given)."""
    found = [with_deadline(f, text) for f in merged(candidates(text), text)]
    if future is not None:
        return [Found(f.start, f.end, f.kind, f.parts, future, f.deadline) for f in found]
    return with_tense(found, text)


def candidates(text: str) -> list[Found]:
    """Non-overlapping matches, the leftmost-longest winning; names such as "G20" are masked first."""
    masked = not_dates().sub(lambda m: "#" * len(m.group()), text)
    raw = []
    for kind, pattern in patterns():
        for m in pattern.finditer(masked):
            found = accept(kind, m)
            if found is not None:
                raw.append(found)
    return leftmost_longest(raw)


def leftmost_longest(raw: list[Found]) -> list[Found]:
    kept, last_end = [], -1
    for f in sorted(raw, key=lambda f: (f.start, -(f.end - f.start))):
        if f.start >= last_end:
            kept.append(f)
            last_end = f.end
    return kept


def accept(kind: str, m) -> Found | None:
    """A match as a Found, or None when its context shows it is not a date."""
    parts = {k: v for k, v in m.groupdict().items() if v is not None}
    if not context_ok(kind, parts, m):
        return None
    start = _skip_space(m.string, m.end("prep")) if parts.get("prep") else m.start()
    return Found(start, m.end(), kind.split("_")[0] if kind.startswith(("date", "numeric", "shift")) else kind, parts)


def _skip_space(text: str, start: int) -> int:
    """The span starts after the preposition ("in September" -> "September")."""
    while text[start].isspace():
        start += 1
    return start


def context_ok(kind: str, parts: dict, m) -> bool:
    """Bare month names and years count only in date-like context ("in 2019", "this August")."""
    if kind == "month":
        return _month_in_context(parts)
    if kind == "year":
        return bool(parts.get("part") or parts.get("y2")) or bool(parts.get("prep")) and not _counted(parts, m)
    if kind == "relative":
        return parts["rel"] != "the" or bool(parts.get("part"))
    if kind == "period":
        return not (parts["ord"] in ("last", "final") and not (parts.get("yr") or parts.get("y"))) and \
            (parts["unit"] == "quarter" or bool(parts.get("yr") or parts.get("y")))
    if kind == "period_short":
        return parts["q"].startswith("Q") or bool(parts.get("y"))
    if kind == "shift" and parts["shift"].lower().endswith(("before", "after")):
        return not re.match(r"\s*\w", m.string[m.end():])   # "the day before the summit" counts from the summit
    if kind == "day":
        return not (parts["rd"][0].isupper() and _capitalised_word_before(m))
    return True


def _month_in_context(parts: dict) -> bool:
    """ "this August", "in September"; "May" needs a preposition that a modal verb never takes."""
    if any(parts.get(k) for k in ("rel", "part", "rel2", "yrel")):
        return True
    prep = (parts.get("prep") or "").lower()
    return prep in MAY_PREPOSITIONS if parts["m"].lower() == "may" else bool(prep)


def _counted(parts: dict, m) -> bool:
    """ "of 2000 pages": after a weak preposition, a plural noun makes the number a count."""
    if parts["prep"].lower() not in ("of", "the", "and", "to", "for"):
        return False
    following = m.string[m.end():m.end() + 20].split()
    return bool(following) and following[0].islower() and following[0].rstrip(".,;:").endswith("s")


def _capitalised_word_before(m) -> bool:
    """ "India Today" is a title, not a date."""
    before = m.string[max(0, m.start() - 20):m.start()].split()
    return bool(before) and before[-1][:1].isupper() and not before[-1].endswith((".", ":", '"'))


def merged(found: list[Found], text: str) -> list[Found]:
    """Join a weekday to the date it names ("Friday, September 3, 2010") and ranges ("from March 25 to 27")."""
    out: list[Found] = []
    for f in found:
        if out and out[-1].kind == "weekday" and f.kind == "date" and _joined(text[out[-1].end:f.start], ","):
            out[-1] = Found(out[-1].start, f.end, f.kind, f.parts)
        else:
            out.append(f)
    return out


def _joined(between: str, *joiners: str) -> bool:
    return between.strip() in joiners or not between.strip() and between != ""


def with_deadline(found: Found, text: str) -> Found:
    """ "by 2030": the span takes in "by" and the interval keeps only its end."""
    if found.kind in ("vague", "within", "ago"):
        return found
    m = deadline_before().search(text, max(0, found.start - 20), found.start)
    if m is None:
        return found
    return Found(m.start(), found.end, found.kind, found.parts, found.future, True)


def with_tense(found: list[Found], text: str) -> list[Found]:
    """Each expression gets the tense of the nearest cue in its own sentence."""
    out, bounds, index, sentence_cues = [], sentence_bounds(text), 0, {}
    for f in found:
        while bounds[index][1] <= f.start and index < len(bounds) - 1:
            index += 1
        s_start, s_end = bounds[index]
        if index not in sentence_cues:
            sentence_cues[index] = cues(text[s_start:s_end])
        comma = text.find(",", f.end, s_end)
        tense = tense_at(sentence_cues[index], f.start - s_start, f.end - s_start, comma - s_start if comma >= 0 else None,
                         text[s_start:s_end])
        out.append(Found(f.start, f.end, f.kind, f.parts, tense, f.deadline))
    return out
