"""Infer when an undated document was written from its own time references.

Plans bound it from above (a visit "will" happen "in the first quarter of 2024":
written before 2024), reported events from below ("announced in 2022", "met this
August"). With no plan there is no upper bound and no guess: the result is None.
The window is kept inside the calendar year before the earliest plan, and a
guess is never a day.
"""
from __future__ import annotations

from datetime import date, timedelta

from bilat.model import Published
from bilat.nlp.timex import Found, resolve, scan
from bilat.nlp.timex_calendar import Anchor, parse_iso

ONE_DAY = timedelta(days=1)


def infer_published(text: str) -> Published | None:
    """A window for the writing date of `text`, or None when nothing supports one.

    >>> infer_published("They met this August. A dialogue will start in the first quarter of 2024.").end
    '2023-12-31'
    """
    found = plans_kept_as_plans([f for f in scan(text) if f.kind != "vague"], text)
    upper = earliest_plan(found)
    if upper is None or undated_mention_after(found, upper):
        return None
    lower = max([date(upper.year, 1, 1)] + reported_after(found, Anchor()))
    if lower > upper:
        return None
    lower = max([lower] + reported_after(found, Anchor(lower, upper)))
    return window(lower, upper) if lower <= upper else None


def plans_kept_as_plans(found: list[Found], text: str) -> list[Found]:
    """A date read once as a plan is a plan wherever it recurs ("in the first quarter of 2024" twice)."""
    planned = {text[f.start:f.end].lower() for f in found if f.future}
    return [f if f.future or text[f.start:f.end].lower() not in planned else
            Found(f.start, f.end, f.kind, f.parts, True, f.deadline) for f in found]


def undated_mention_after(found: list[Found], upper: date) -> bool:
    """A full date of unknown tense after the bound (a byline, a caption) contradicts the guess."""
    for f in found:
        iv = resolve(f, Anchor()) if f.future is None else None
        if iv is not None and iv.start and iv.precision in ("day", "month") and parse_iso(iv.start) > upper:
            return True
    return False


def earliest_plan(found: list[Found]) -> date | None:
    """The latest writing day the dated plans allow: before "February 2015", by the end of "2015"."""
    bounds = []
    for f in found:
        iv = resolve(f, Anchor()) if f.future and not f.deadline else None
        if iv is not None and iv.start:
            bounds.append(parse_iso(iv.end) if iv.precision == "year" else parse_iso(iv.start) - ONE_DAY)
    return min(bounds, default=None)


def reported_after(found: list[Found], anchor: Anchor) -> list[date]:
    """Earliest writing days the reported events allow: the day after a whole month ("met this August"), else its start."""
    bounds = []
    for f in found:
        iv = resolve(f, anchor) if f.future is False and not f.deadline else None
        if iv is None or not iv.start:
            continue
        bounds.append(parse_iso(iv.end) + ONE_DAY if iv.precision == "month" else parse_iso(iv.start))
    return bounds


def window(lower: date, upper: date) -> Published:
    """A coarse date for the window: its month when it lies in one, else its year."""
    if (lower.year, lower.month) == (upper.year, upper.month):
        return Published(f"{lower:%Y-%m}", "month", "inferred", lower.isoformat(), upper.isoformat())
    precision = "quarter" if (upper - lower).days < 92 else "year"
    return Published(f"{upper:%Y}", precision, "inferred", lower.isoformat(), upper.isoformat())
