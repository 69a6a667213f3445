"""The compiled patterns of the time-expression finder, built once from `data/timex.json`.

Each pattern names the kind of expression it finds ("date", "month", "year",
"period", "weekday", "day", "relative", "ago", "within", "vague", "numeric");
`bilat.nlp.timex` turns the named groups into dates.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

YEAR = r"(?:1[89]\d\d|20\d\d)"
SEP = r"\s*(?:-|–|—|to|and|&|until|till|through)\s*"
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"
PARTS = r"early|mid|late|the end of|end of|end|the beginning of|beginning of|the start of|the middle of|middle of"
# Quantities after a year-like number mean it is a count, not a year ("in 2000 tonnes").
QUANTITY = r"(?!\s*(?:%|per ?cent|crore|lakh|million|billion|tonnes?|troops|soldiers|people|units|km|MW|GW|[-+]\d))"


@lru_cache(maxsize=1)
def words() -> dict:
    """The word lists of data/timex.json."""
    return json.loads(resources.files("bilat.nlp").joinpath("data/timex.json").read_text())


def alternation(names) -> str:
    """Longest first, so "September" wins over "Sept"; spaces match any whitespace."""
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))


def month_names(full_only: bool = False) -> str:
    data = words()
    full = list(data["months"]) + [m.upper() for m in data["months"]]
    if full_only:
        return alternation(full)
    abbr = list(data["month_abbreviations"]) + [m.upper() for m in data["month_abbreviations"]]
    return rf"(?:{alternation(full)}|(?:{alternation(abbr)})\b\.?)"


def weekday_names() -> str:
    return alternation(list(words()["weekdays"]))


def number_words() -> str:
    return alternation(words()["numbers"]) + r"|\d{1,3}"


def day(name: str) -> str:
    return rf"(?P<{name}>[0-3]?\d){ORDINAL_SUFFIX}(?!\d)"


def _date_patterns(mon: str) -> dict[str, str]:
    month_day_year = (rf"(?P<m>{mon})\s+{day('d')}(?:{SEP}(?:(?P<m2>{mon})\s+)?{day('d2')})?"
                      rf"(?:,?\s+(?P<y>{YEAR}))?(?![\d%]|:\d)")
    day_month_year = (rf"(?<![\d$£€₹.,/:])(?:the\s+)?{day('d')}(?:\s+(?:of\s+)?(?P<m1>{mon}))?"
                      rf"(?:{SEP}(?:the\s+)?{day('d2')})?\s+(?:of\s+)?(?P<m>{mon})(?:,?\s+(?P<y>{YEAR}))?(?![\d%])")
    return {"date_mdy": month_day_year, "date_dmy": day_month_year}


def _month_patterns(mon: str, full: str) -> dict[str, str]:
    month_year = rf"(?:(?P<part>{PARTS})[\s-]+)?(?P<m>{mon}),?\s+(?P<y>{YEAR})(?![\d%])"
    month_in_context = (rf"(?:\b(?P<prep>(?i:in|since|by|until|till|from|during|before|after|of|for|through|around|between|and|to))\s+)?"
                        rf"(?:(?P<rel>this|last|next|the coming|coming|the past|past)\s+|(?P<part>{PARTS})[\s-]+)?"
                        rf"(?P<m>{full})\b(?:\s+(?:of\s+)?(?P<yrel>last|next|this)\s+year\b|\s+(?P<rel2>last|next)\b(?!\s+(?:week|month|year)))?")
    return {"month_year": month_year, "month": month_in_context, "month_range": _month_range(mon)}


def _month_range(mon: str) -> str:
    """ "between July and September next year", "the January-March period", "April to June 2025"."""
    joiner = r"\s*(?:-|–|—|to|until|till|through|(?(between)and|(?!)))\s*"
    year = rf"(?:,?\s+(?P<y>{YEAR})(?![\d%])|\s+(?:of\s+)?(?P<yrel>last|next|this)\s+year\b)"
    return (rf"\b(?:(?P<between>between)\s+|from\s+)?(?:the\s+)?(?P<m>{mon})(?:{joiner})(?P<m2>{mon})"
            rf"(?:\s+(?:period|quarter))?\b{year}?")


def _year_patterns() -> dict[str, str]:
    prep = r"within|in|on|since|by|until|till|from|during|before|after|of|for|through|throughout|around|between|and|to|the|as of|dated|year|calendar year|FY|fiscal"
    year = (rf"(?:\b(?P<prep>(?i:{prep}))\s+)?(?:(?P<part>{PARTS})[\s-]+)?(?<![\d.,$£€₹/:])(?<!\d[-–])(?P<y>{YEAR})"
            rf"(?:\s*(?:-|–|—|to|and)\s*(?P<y2>{YEAR}|\d\d)(?![\d-]))?(?![\d.,/:]\d|\d){QUANTITY}")
    decade = rf"\b(?:the\s+)?(?P<y>(?:1[89]|20)\d0)'?s\b"
    fiscal = rf"\b(?i:FY\s?|fiscal\s+(?:year\s+)?|financial\s+year\s+)(?P<y>{YEAR})\s*[-–/]\s*(?P<y2>{YEAR}|\d\d)(?!\d)"
    return {"year": year, "decade": decade, "fiscal": fiscal}


def _period_patterns() -> dict[str, str]:
    ordinals = alternation(words()["ordinals"])
    year_spec = rf"(?:the\s+)?(?:(?:this|next|last|current|coming|previous)\s+)?(?:fiscal\s+|calendar\s+)?year|{YEAR}"
    period = (rf"\b(?:(?P<part>{PARTS})\s+)?(?:the\s+)?(?P<ord>{ordinals})\s+(?P<unit>quarter|half)"
              rf"(?:\s+of\s+(?P<yr>{year_spec}))?(?:\s*\(?(?P<y>{YEAR})\)?)?\b")
    short = rf"\b(?P<q>Q[1-4]|H[12])(?:\s*(?:of\s+)?(?:FY\s?)?(?P<y>{YEAR}|'\d\d))?\b"
    return {"period": period, "period_short": short}


def _relative_patterns(wd: str) -> dict[str, str]:
    data = words()
    weekday = (rf"\b(?:(?P<rel>last|next|this coming|this|coming|past)\s+)?(?P<wd>{wd})"
               rf"(?:\s+(?:(?:of\s+)?(?P<wk>last|next|this)\s+week|(?P<rel2>last|next)\b))?")
    rel_day = rf"\b(?P<rd>{alternation(list(data['relative_days']) + ['Today', 'Yesterday', 'Tomorrow'])})\b"
    rel_period = (rf"\b(?:(?P<part>{PARTS}|earlier|later)(?:\s+in)?[\s-]+)?"
                  rf"(?P<rel>this|last|next|the previous|previous|the coming|coming|the current|current|the next|the)\s+"
                  rf"(?P<unit>week|month|year|quarter)\b")
    year_end = r"\b(?P<rel>year)-end\b"
    on_the_day = r"\bon the (?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*[,.;)]|\s+(?:and|to|of (?:this|last|next) month)\b)"
    return {"weekday": weekday, "day": rel_day, "relative": rel_period, "year_end": year_end, "on_the_day": on_the_day}


def _count_patterns() -> dict[str, str]:
    n = number_words()
    ago = rf"\b(?P<n>{n})\s+(?P<unit>day|week|month|year)s?\s+ago\b"
    # "within 60 days of receipt" counts from an event, not from the document date
    within = rf"\bwithin\s+(?:(?P<n>{n})\s+)?(?P<unit>day|week|month|year)s?\b(?P<event>\s+(?:of|after|from|following)\b)?"
    vague = rf"(?<![\w-])(?:{alternation(words()['vague'])})\b"
    shifts = rf"\b(?P<shift>{alternation(words()['day_shifts'])})\b"
    counted = rf"\b(?P<n>{n})\s+days?\s+(?P<dir>earlier|later)\b(?!\s+than)"
    return {"ago": ago, "within": within, "vague": vague, "shift": shifts, "shift_counted": counted}


def _numeric_patterns() -> dict[str, str]:
    iso = rf"(?<![\d/.-])(?P<y>{YEAR})(?P<s>[-/.])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?![\d/.-]?\d)"
    day_first = rf"(?<![\d/.-])(?P<d>[0-3]?\d)(?P<s>[/.-])(?P<m>[01]?\d)(?P=s)(?P<y>{YEAR})(?![\d/.-]?\d)"
    return {"numeric_iso": iso, "numeric_dmy": day_first}


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """(kind, compiled pattern) for every kind of time expression."""
    mon, full = month_names(), month_names(full_only=True)
    table = {**_date_patterns(mon), **_month_patterns(mon, full), **_year_patterns(),
             **_period_patterns(), **_relative_patterns(weekday_names()), **_count_patterns(),
             **_numeric_patterns()}
    return tuple((kind, re.compile(source)) for kind, source in table.items())


@lru_cache(maxsize=1)
def deadline_before() -> re.Pattern:
    """Words just before a date that make it a deadline ("by 2030")."""
    return re.compile(rf"\b(?P<w>{alternation(words()['deadline_words'])})\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def not_dates() -> re.Pattern:
    """Tokens that contain date-like numbers but are names ("2+2", "G20", "COVID-19")."""
    return re.compile(rf"(?<![\w+])(?:{alternation(words()['not_dates'])})(?![\w+])")
