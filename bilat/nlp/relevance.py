"""Is a document about the relations between the two countries of a pair?

Evidence, from strong to weak: sentences that name both countries together with
a word of relations between states ("talks", "minister", "agreed", ...); how
many sentences name both; whether both appear in the title or the lead; and how
much of the document's country talk is about the pair rather than third
countries. A country name inside a company name ("Hyundai Motor India") is not
the country. Text not in English is judged on names alone, since the relation
words are English.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from bilat.nlp.countries import CountryMention, find_countries, lexicon
from bilat.nlp.language import detect_language

__all__ = ["relevance"]

SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
LEAD_SENTENCES = 2
GLUED = re.compile(r"(\S*)\s+[A-Z][\w&-]*[ \t]+$")


@dataclass(frozen=True)
class Evidence:
    """What the decision rests on, counted over the document's sentences."""
    counts: tuple[int, int]     # mentions of each country of the pair
    together: int               # sentences naming both
    related: int                # ... that also carry a relations word
    early: bool                 # both in the title or the lead
    share: float                # pair mentions / all country mentions
    rival: int = 0              # mentions of the most-named third country


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("bilat.nlp").joinpath("data/relevance.json").read_text())


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    words = sorted(_data()["cues"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(map(re.escape, words)), re.IGNORECASE)


@lru_cache(maxsize=1)
def _offices() -> tuple[re.Pattern, dict[str, str]]:
    """Offices whose name tells the country: 'External Affairs Minister' is India's."""
    table = {office: iso for iso, offices in _data()["offices"].items() for office in offices}
    body = "|".join(map(re.escape, sorted(table, key=len, reverse=True)))
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])"), table


@lru_cache(maxsize=1)
def _travel() -> re.Pattern:
    words = "|".join(map(re.escape, sorted(_data()["travel"], key=len, reverse=True)))
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?$", re.IGNORECASE)


def _in_company_name(text: str, mention: CountryMention) -> bool:
    # "Hyundai Motor India", "Air India": a capitalised word glued before the name, not opening a sentence
    if mention.kind != "name":
        return False
    line = " " + text[text.rfind("\n", 0, mention.start) + 1:mention.start]
    glued = GLUED.search(line)
    return bool(glued and glued.group(1)) and glued.group(1)[-1] not in ".!?:\"“("


def country_mentions(text: str) -> list[CountryMention]:
    """Country references that stand for the country: names (other languages too), demonyms, capitals, offices.

    >>> [m.country for m in country_mentions("Hyundai Motor India and the External Affairs Minister")]
    ['IND']
    """
    found = [m for m in find_countries(text) if m.country and not _in_company_name(text, m)]
    pattern, table = _offices()
    found += [CountryMention(m.start(), m.end(), m.group(), table[m.group()], "office") for m in pattern.finditer(text)
              if not any(f.start < m.end() and m.start() < f.end for f in found)]
    return sorted(found, key=lambda m: m.start)


def travel_to(sentence: str, pair: tuple[str, str]) -> str | None:
    """The country of the pair whose capital or name a sentence travels to ('left for Seoul' -> 'KOR').

    >>> travel_to("Modi left for Seoul on Thursday.", ("IND", "KOR"))
    'KOR'
    """
    for m in country_mentions(sentence):
        if m.country in pair and _travel().search(sentence[:m.start]):
            return m.country
    return None


def sentences(text: str) -> list[str]:
    """Sentences, reading hard-wrapped lines of a paragraph as one."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    return [s for p in paragraphs for s in SENTENCE.split(p) if s]


def _countries_in(sentence: str) -> set[str]:
    return {m.country for m in country_mentions(sentence)}


def gather(text: str, pair: tuple[str, str], title: str | None = None) -> Evidence:
    """Count the evidence for `pair` in `text` (title counted as part of the lead)."""
    mentions = country_mentions(text)
    counts = tuple(sum(m.country == iso for m in mentions) for iso in pair)
    named = {m.country for m in mentions}
    both = [s for s in sentences(text) if set(pair) <= _countries_in(s) | _traveller(s, pair, named)]
    lead = " ".join(sentences(text)[:LEAD_SENTENCES])
    early = set(pair) <= _countries_in(title or "") or set(pair) <= _countries_in(lead)
    share = sum(counts) / len(mentions) if mentions else 0.0
    related = sum(bool(_cue().search(s) or travel_to(s, pair)) for s in both)
    rival = max([sum(m.country == iso for m in mentions) for iso in named - set(pair)] or [0])
    return Evidence(counts, len(both), related, early, share, rival)


def _traveller(sentence: str, pair: tuple[str, str], named: set[str]) -> set[str]:
    """'left for Seoul': the traveller is from the other side when the document names it."""
    destination = travel_to(sentence, pair)
    other = next((iso for iso in pair if iso != destination), None)
    return {other} if destination and other in named else set()


def _decide(evidence: Evidence, english: bool) -> bool:
    if not all(evidence.counts):
        return False
    related = evidence.related if english else evidence.together
    return related >= 2 or (related >= 1 and evidence.share >= _data()["pair_share"] and _pair_is_subject(evidence))


def _pair_is_subject(evidence: Evidence) -> bool:
    """One relation sentence is enough only when the pair leads the text or no third country dwarfs one side."""
    return evidence.early or min(evidence.counts) * _data()["rival_ratio"] >= evidence.rival


def _strength(evidence: Evidence) -> float:
    """0..1: how strongly the document is about the pair, all signals together."""
    parts = (min(1.0, evidence.related / 3), min(1.0, evidence.together / 4), float(evidence.early),
             min(1.0, min(evidence.counts) / 4), evidence.share)
    return sum(parts) / len(parts)


def relevance(text: str, pair: tuple[str, str], title: str | None = None) -> tuple[float, bool]:
    """A 0..1 score and the decision: is `text` about relations between the two countries?

    >>> relevance("Seoul and New Delhi agreed on Friday to deepen defence ties.", ("IND", "KOR"))[1]
    True
    """
    evidence = gather(text, pair, title)
    relevant = _decide(evidence, detect_language(text) == "en")
    strength = _strength(evidence)
    score = 0.5 + 0.5 * strength if relevant else 0.49 * strength
    return round(score, 3), relevant
