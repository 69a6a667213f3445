"""Country knowledge: names, codes, demonyms and capitals -> ISO 3166 alpha-3.

pycountry supplies every official and common name; `data/countries.json` adds
short forms ("ROK", "S Korea"), demonyms, capitals used as metonyms ("Seoul
said"), names in other languages ("Corea del Sur", "인도", which may carry a
Korean particle: "인도와") and phrases that name no country ("Korean Peninsula").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    text: str
    country: str | None     # ISO alpha-3; None for phrases such as "Korean Peninsula"
    kind: str               # name | demonym | capital | native | none


def _data() -> dict:
    return json.loads(resources.files("bilat.nlp").joinpath("data/countries.json").read_text())


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str | None, str]]:
    """Surface form -> (ISO alpha-3 or None, kind)."""
    data = _data()
    table: dict[str, tuple[str | None, str]] = {}
    for c in pycountry.countries:
        for name in {c.name, getattr(c, "common_name", c.name)}:
            if "," not in name:
                table[name] = (c.alpha_3, "name")
    for kind in ("names", "demonyms", "capitals", "native"):
        for iso, forms in data[kind].items():
            for form in forms:
                table[form] = (iso, kind.rstrip("s") if kind != "native" else "native")
    for phrase in data["not_countries"]:
        table[phrase] = (None, "none")
    return table


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    forms = sorted(lexicon(), key=len, reverse=True)
    body = "|".join(re.escape(f) for f in forms)
    particles = "|".join(sorted(_data()["korean_particles"], key=len, reverse=True))
    # letters on either side would make this part of another word; a Korean name may carry a particle ("인도와")
    return re.compile(rf"(?<![\w.])(?P<name>{body})(?P<particle>(?<=[가-힣])(?:{particles}))?(?![\w])")


def find_countries(text: str) -> list[CountryMention]:
    """Every country reference in `text`, longest forms first; other languages too.

    >>> [m.country for m in find_countries("Seoul and New Delhi; North Korea; 인도와 Corea del Sur")]
    ['KOR', 'IND', 'PRK', 'IND', 'KOR']
    """
    table = lexicon()
    return [CountryMention(m.start(), m.end("name"), m.group("name"), *table[m.group("name")])
            for m in _pattern().finditer(text)]


@lru_cache(maxsize=4096)  # pycountry's fuzzy lookup is slow and the same words recur
def country_of(surface: str) -> str | None:
    """The ISO alpha-3 code a name, demonym or capital stands for, else None."""
    hit = lexicon().get(surface.strip())
    if hit:
        return hit[0]
    try:
        return pycountry.countries.lookup(surface.strip()).alpha_3
    except LookupError:
        return None


def country_name(iso3: str) -> str:
    """A readable name for an ISO alpha-3 code ("KOR" -> "South Korea")."""
    c = pycountry.countries.get(alpha_3=iso3)
    return getattr(c, "common_name", None) or (c.name if c else iso3)
