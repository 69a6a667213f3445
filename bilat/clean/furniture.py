"""What a single line of site furniture looks like; the phrases live in data/furniture.json."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from bilat.clean.lines import Line, words
from bilat.nlp.published import find_dateline, is_date_line

BYLINE = re.compile(r"^\s*(?:by|from|reported by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$", re.IGNORECASE)
BULLETS = "•·*|-–"
AGENCY_CREDIT = re.compile(r"^\s*(?:[-–—]\s*\(?[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*)?\)?|\(?(?:END|ENDS)\)?)\s*$")


@lru_cache(maxsize=1)
def data() -> dict:
    return json.loads(resources.files("bilat.clean").joinpath("data/furniture.json").read_text())


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, re.Pattern]]:
    return [(why, re.compile(p, re.IGNORECASE if why != "page widget" else 0))
            for why, forms in data()["patterns"].items() for p in forms]


def normal(text: str) -> str:
    """Lower case, punctuation dropped, spaces collapsed: how phrases are compared."""
    return " ".join(re.sub(r"[^\w'’&+ -]+", " ", text.lower()).replace("’", "'").split())


def section_header(text: str) -> str | None:
    """'comments' or 'headline list' when the line opens such a section ("Related Articles More", "3 Comments")."""
    line = re.sub(r"^\d+\s+", "", normal(text))  # a count before the header: "12 Comments"
    for why, headers in data()["section_headers"].items():
        for header in headers:
            if line == header or (line.startswith(header + " ") and len(line.split()) - len(header.split()) <= 2):
                return why
    return None


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[str]]:
    return {why: [normal(p) for p in phrases] for why, phrases in data()["phrases"].items()}


def _phrase(line: str) -> str | None:
    if len(line.split()) > 30:
        return None
    return next((why for why, phrases in _phrases().items() if any(p in line for p in phrases)), None)


def _exact(line: str) -> str | None:
    return next((why for why, forms in data()["exact_lines"].items() if line in forms), None)


def _share_buttons(line: str, bulleted: bool) -> str | None:
    # "• fb", "• Tweet", "Share Email Print": sharing words only; a bare "Comments" opens a section instead
    tokens = line.replace("-", " ").split()
    buttons = tokens and all(t in data()["social_words"] for t in tokens)
    return "share buttons" if buttons and (bulleted or len(tokens) > 1) else None


def _site_chrome(line: str) -> str | None:
    hits = sum(phrase in line for phrase in data()["site_chrome"])
    return "navigation" if hits >= 2 else None


def _promo(line: str) -> str | None:
    # "(Catch all the Business News, Breaking News and Latest News Updates on ...)"
    hits = sum(phrase in line for phrase in data()["promo_phrases"])
    return "site promotion" if hits >= 2 and len(line.split()) <= 30 else None


def _headline_item(text: str) -> str | None:
    """'Also Read | Markets close higher': a section header opening a one-line link."""
    pieces = re.split(r"\s*[|:]\s*", text.strip(), maxsplit=1)
    if len(pieces) != 2 or not pieces[1] or len(pieces[0].split()) > 4:
        return None
    return "headline list" if section_header(pieces[0]) == "headline list" else None


def line_furniture(text: str) -> str | None:
    """Why this one line is furniture ("share prompt", "read-time", ...), or None.

    >>> line_furniture("3 min read")
    'read-time'
    """
    line = normal(text)
    if not line:
        return None
    bulleted = text.lstrip()[:1] in BULLETS
    why = (_exact(line) or _phrase(line) or _share_buttons(line, bulleted) or _site_chrome(line)
           or _promo(line) or _headline_item(text))
    if why:
        return why
    return next((why for why, p in patterns() if p.search(text.strip())), None)


def article_mark(text: str) -> bool:
    """Short lines that belong to the article: bylines, date lines, datelines, agency credits."""
    return bool(BYLINE.match(text) or AGENCY_CREDIT.match(text) or is_date_line(text) or find_dateline(text))


def list_item(text: str) -> bool:
    """A bullet point of the article ("• Joint working group by December")."""
    stripped = text.lstrip()
    return stripped[:1] in "•·*" and len(words(stripped)) >= 3


def avatar_start(line: Line, following: Line | None) -> bool:
    """A comment begins with an avatar letter over the commenter's name ("S" / "Sarah B")."""
    letter = line.text.strip()
    if following is None or len(letter) != 1 or not letter.isupper():
        return False
    name = following.text.strip()
    return name.startswith(letter) and 1 <= len(words(name)) <= 3
