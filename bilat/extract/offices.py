"""Office titles next to names: "South Korean Foreign Minister", "Secretary (East)".

A title is a form from `data/titles.json` (case ignored), widened by modifiers
on its left ("First Vice Foreign Minister"), by "of/for ..." on its right
("Second Deputy Director of the National Security Office"), with the country
it names ("South Korea's", "of the ROK", "MEA") read off its surroundings.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from bilat.extract.names import Token
from bilat.nlp.countries import country_of, find_countries

CONNECTORS = {"and", "&"}
OF_WORDS = {"of", "for"}


@dataclass(frozen=True)
class Office:
    """One title entry: how it is shown, the office it stands for, its country if unique."""
    title: str
    office: str | None
    country: str | None
    abbrev: bool


@dataclass(frozen=True)
class TitleMatch:
    """A title found in the text, tokens [first, last) and characters [start, end)."""
    first: int
    last: int
    start: int
    end: int
    title: str
    office: str | None = None
    country: str | None = None
    organization: str | None = None
    kind: str | None = None     # the title entry it was built on ("Secretary" for "Secy")


def _data(name: str) -> dict:
    return json.loads(resources.files("bilat.extract").joinpath(f"data/{name}").read_text(encoding="utf-8"))


def words_of(form: str) -> tuple[str, ...]:
    """Lowercased words of a title form, dots dropped ("Lt. Gen." -> ("lt", "gen"))."""
    return tuple(w.lower() for w in re.findall(r"\([^)]*\)|[\w&'’-]+", form))


@lru_cache(maxsize=1)
def title_forms() -> dict[tuple[str, ...], Office]:
    """Every title form (as lowercased words) -> its Office."""
    forms = {}
    for entry in _data("titles.json")["offices"]:
        for form in entry.get("forms", []):
            forms[words_of(form)] = Office(entry["title"], entry["office"], entry.get("country"), False)
        for form in entry.get("abbrev", []):
            spelled_out = any(len(w) > 1 and w.isupper() for w in form.split())  # "EAM", not "Lt Gen"
            forms[words_of(form)] = Office(entry["title"], entry["office"], entry.get("country"), spelled_out)
    return forms


@lru_cache(maxsize=1)
def title_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(modifiers that may precede a title, words a title may be built of), lowercased."""
    data = _data("titles.json")
    return frozenset(w.lower() for w in data["modifiers"]), frozenset(w.lower() for w in data["words"])


@lru_cache(maxsize=1)
def organizations() -> dict[str, tuple[str, str | None]]:
    """Organization surface form -> (canonical name, ISO alpha-3 or None)."""
    return {form: (o["name"], o["country"]) for o in _data("organizations.json")["organizations"] for form in o["forms"]}


def office_of(title: str) -> str | None:
    """The canonical office of a title, shared across countries.

    >>> office_of("External Affairs Minister"), office_of("Minister of Foreign Affairs")
    ('foreign minister', 'foreign minister')
    """
    words = words_of(title)
    while words and words[0] in title_vocabulary()[0] and words not in title_forms():
        words = words[1:]
    hit = title_forms().get(words)
    return hit.office if hit else None


def token_words(tokens: list[Token], i: int, size: int) -> tuple[tuple[str, ...], int]:
    """`size` words from token i, skipping dots after abbreviations, and the end index."""
    words, j = [], i
    while j < len(tokens) and len(words) < size:
        text = tokens[j].text
        if text == "(":
            close = next((k for k in range(j, min(j + 4, len(tokens))) if tokens[k].text == ")"), None)
            if close is None:
                break
            words.append("(" + " ".join(t.text for t in tokens[j + 1:close]).lower() + ")")
            j = close + 1
            continue
        if text != "." or not words:
            words.append(text.lower())
        j += 1
    return tuple(words), j


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """Words a title form can begin with: a quick test before trying every form."""
    return frozenset(form[0] for form in title_forms())


def core_title(tokens: list[Token], i: int) -> tuple[Office, int] | None:
    """The longest title form starting at token i, with its end index."""
    if tokens[i].text.lower() not in first_words():
        return None
    for size in range(7, 0, -1):
        words, end = token_words(tokens, i, size)
        office = title_forms().get(words) if len(words) == size else None
        if office and (not office.abbrev or tokens[i].text[0].isupper()):
            if len(tokens[end - 1].text) <= 4 and end < len(tokens) and tokens[end].text == ".":
                end += 1  # "Gen." keeps its dot
            return office, end
    return None


def left_edge(tokens: list[Token], i: int, text: str) -> int:
    """Move a title's start left over modifiers and title words ("Commerce and Industry")."""
    modifiers, vocabulary = title_vocabulary()
    while i > 0 and "\n" not in text[tokens[i - 1].end:tokens[i].start]:
        word = tokens[i - 1].text
        lower = word.lower()
        if lower in modifiers or (lower in vocabulary and word[0].isupper()) or word in organizations():
            i -= 1
        elif organization_before(tokens, i, text) is not None:
            i = organization_before(tokens, i, text)    # "Invest India CEO": the organization's own title
        elif lower == "to" and i > 1 and words_of(tokens[i - 2].text) in title_forms():
            i -= 2  # "Adviser to Defence Minister"
        elif lower in CONNECTORS and i > 1 and tokens[i - 2].text.lower() in vocabulary:
            i -= 1
        else:
            return i
    return i


def organization_before(tokens: list[Token], i: int, text: str) -> int | None:
    """The first token of a several-word organization name ending just before token i ("Invest India")."""
    window = text[max(0, tokens[i].start - 80):tokens[i].start]
    hit = next((m for m in organization_pattern().finditer(window) if not window[m.end():].strip()), None)
    if hit is None or " " not in hit.group():
        return None
    start = tokens[i].start - len(window) + hit.start()
    return next((k for k in range(i - 1, -1, -1) if tokens[k].start == start), None)


def right_edge(tokens: list[Token], j: int, text: str, open_words: bool) -> int:
    """Extend a title over "of/for [the] Capitalized Words" ("Director of the Security Office"),
    lowercase portfolios ("minister of state for commerce and industry") and an organization
    right after it ("Chairman ISRO").

    Before a name only title words may follow (so the name is not eaten); after a
    name (`open_words`) any capitalized word may, and "at" opens the organization too.
    """
    _, vocabulary = title_vocabulary()
    if j < len(tokens) and _listed_portfolio(tokens, j, j - 1, vocabulary):
        k = j                               # the core form ended inside the list: "Minister of Trade, ..."
    elif j < len(tokens) and tokens[j].text in organizations():
        return j + 1                        # "Chairman ISRO"
    elif formation_end(tokens, j):
        return formation_end(tokens, j)     # "Flag Officer Commanding Eastern Fleet"
    elif j >= len(tokens) or tokens[j].text.lower() not in OF_WORDS | ({"at"} if open_words else set()):
        return j
    else:
        k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].text.lower() == "the")
    end = k
    while end < len(tokens):
        word = tokens[end].text
        inside = country_in_name(tokens, end, text, open_words)
        if inside is None and starts_country(tokens[end], text):
            break
        fits = (word[0].isupper() and (open_words or word in organizations()) or word.lower() in vocabulary)
        if inside:
            end = inside
        elif fits or (word.lower() in CONNECTORS | {"of", "for"} and end > k) \
                or _listed_portfolio(tokens, end, k - 1, vocabulary):
            end += 1
        else:
            break
    while end > k and tokens[end - 1].text.lower() in CONNECTORS | {"of", "for", ","}:
        end -= 1
    return end if end > k else j


def formation_end(tokens: list[Token], j: int) -> int | None:
    """The index after "Eastern Fleet", "Southern Naval Command": a command's formation right after its title."""
    formations = frozenset(_data("titles.json")["formations"])
    for end in range(j + 1, min(j + 4, len(tokens) + 1)):
        words = [t.text for t in tokens[j:end]]
        if not all(w[:1].isupper() for w in words):
            return None
        if words[-1] in formations:
            return end
    return None


def country_in_name(tokens: list[Token], k: int, text: str, open_words: bool) -> int | None:
    """ "of India's Department of ...", "of the ROK Fleet", "at the Korea Institute": a country that
    opens an organization's name (a capitalized word follows it); the index after the country."""
    after = country_end(tokens, k, text)
    if after is None:
        return None
    while after < len(tokens) and tokens[after].text in {"'", "’", "s", "'s", "’s"}:
        after += 1
    word = tokens[after].text if after < len(tokens) else ""
    fits = word[:1].isupper() and (open_words or word.lower() in title_vocabulary()[1] or word in organizations())
    return after if fits and word.lower() not in CONNECTORS else None


def country_end(tokens: list[Token], k: int, text: str) -> int | None:
    """The token index after a country's name starting at token k, or None if none starts there."""
    hit = next((m for m in find_countries(text[tokens[k].start:tokens[k].start + 40]) if m.start == 0 and m.country), None)
    if hit is None:
        return None
    end = tokens[k].start + hit.end
    while k < len(tokens) and tokens[k].start < end:
        k += 1
    return k


def _listed_portfolio(tokens: list[Token], at: int, k: int, vocabulary: frozenset[str]) -> bool:
    """'Minister of Trade, Industry and Energy': a comma inside a list of portfolios that ends with 'and'."""
    if at <= k or tokens[at].text != ",":
        return False
    rest = [t.text for t in tokens[at + 1:at + 6]]
    words = [w for w in rest[:rest.index("and")]] if "and" in rest else []
    return bool(words) and all(w.lower() in vocabulary or w == "," for w in words)


def starts_country(token: Token, text: str) -> bool:
    """Whether a country's name starts at this token ("Republic of Korea and ...")."""
    return any(m.start == 0 and m.country for m in find_countries(text[token.start:token.start + 40]))


def country_before(text: str, start: int) -> str | None:
    """The country named just before a title: "South Korea's", "Indian", "ROK", "Seoul's"."""
    window = text[max(0, start - 40):start]
    for m in reversed(find_countries(window)):
        rest = window[m.end:]
        if re.fullmatch(r"[ \t]*(?:['’]s)?[ \t]*", rest):
            return m.country
    return None


def country_in(text: str) -> str | None:
    """The first country or country-marked organization named in a stretch of text."""
    found = [(m.start, m.country) for m in find_countries(text) if m.country]
    found += [(m.start(), organizations()[m.group()][1]) for m in organization_pattern().finditer(text)
              if organizations()[m.group()][1]]
    return min(found)[1] if found else None


def organization_in(text: str) -> str | None:
    """The organization named in a stretch of text ("Ministry of External Affairs")."""
    hit = organization_pattern().search(text)
    return organizations()[hit.group()][0] if hit else None


@lru_cache(maxsize=1)
def organization_pattern() -> re.Pattern:
    """Any organization form, longest first, as a whole word."""
    forms = sorted(organizations(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(re.escape(f) for f in forms))


def title_text(tokens: list[Token], first: int, last: int, text: str, office: Office, core: tuple[int, int]) -> str:
    """The title as shown: abbreviations spelled out, trailing "of COUNTRY" and acronyms dropped."""
    if office.abbrev:
        left = text[tokens[first].start:tokens[core[0]].start]
        right = text[tokens[core[1] - 1].end:tokens[last - 1].end] if last > core[1] else ""
        shown = f"{left}{office.title}{right}"
    else:
        shown = text[tokens[first].start:tokens[last - 1].end]
    shown = re.sub(r"\s*\([A-Z][a-z]*[A-Z][A-Za-z]*\)", "", shown)  # "(NSA)" goes, "(East)" stays
    shown = re.sub(r"\s+(?:of|for)\s+(?:the\s+)?([^,]+)$",
                   lambda m: "" if country_of(m.group(1)) else m.group(0), shown)
    return " ".join(shown.split()).rstrip(".")


def acronym_end(tokens: list[Token], j: int) -> int:
    """Skip a parenthesized acronym after a title: "Advisor (NSA)"."""
    if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")" and tokens[j + 1].text[:1].isupper():
        return j + 3
    return j


def country_suffix_end(tokens: list[Token], j: int, text: str) -> int:
    """Skip "of [the] COUNTRY [(ACRONYM)]" after a title: "Minister of Defence of the ROK"."""
    if j >= len(tokens) or tokens[j].text.lower() != "of":
        return j
    k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].text.lower() == "the")
    if k >= len(tokens):
        return j
    after = country_end(tokens, k, text)
    return j if after is None else acronym_end(tokens, after)


@lru_cache(maxsize=1)
def posted_offices() -> frozenset[str]:
    return frozenset(_data("titles.json").get("posted_offices", []))


@lru_cache(maxsize=1)
def writer_words() -> frozenset[str]:
    """Words of a writer's bio line ("fellow", "columnist", "writes")."""
    return frozenset(_data("titles.json").get("writer_words", []))


def posting_end(tokens: list[Token], j: int, text: str, office: Office) -> int:
    """ "Ambassador to India": an envoy's posting is part of the title (and not the envoy's country)."""
    if office.office not in posted_offices() or j + 1 >= len(tokens) or tokens[j].text.lower() != "to":
        return j
    after = country_end(tokens, j + 1, text)
    return j if after is None else after


def title_at(tokens: list[Token], i: int, text: str, open_words: bool = False) -> TitleMatch | None:
    """The title whose core form starts at token i, widened left and right; None if none."""
    core = core_title(tokens, i)
    if core is None:
        return None
    office, j = core
    first = left_edge(tokens, i, text)
    words_end = right_edge(tokens, j, text, open_words)
    posted = posting_end(tokens, words_end, text, office)
    last = country_suffix_end(tokens, acronym_end(tokens, posted), text)
    span = text[tokens[first].start:tokens[words_end - 1].end]
    title = title_text(tokens, first, posted, text, office, (i, j))
    suffix = text[tokens[posted].start:tokens[last - 1].end] if last > posted else ""   # "of the Republic of Korea"
    country = country_before(text, tokens[first].start) or country_in(span) or country_in(suffix) or office.country
    return TitleMatch(first, last, tokens[first].start, tokens[last - 1].end, title,
                      office_of(title) or office.office, country, organization_in(span), office.title)


def find_titles(tokens: list[Token], text: str) -> list[TitleMatch]:
    """Every title in the text, left to right, not overlapping.

    >>> [t.title for t in find_titles(tokenize("Deputy NSA Vikram Misri met ROK Foreign Minister Park Jin"), "Deputy NSA Vikram Misri met ROK Foreign Minister Park Jin")]
    ['Deputy National Security Advisor', 'Foreign Minister']
    """
    found, i = [], 0
    while i < len(tokens):
        match = title_at(tokens, i, text) if tokens[i].text[:1].isalpha() else None
        if match and found and match.first <= found[-1].first:
            found[-1] = match  # "Adviser to Defence Minister" outgrows "Adviser"
            i = match.last
        elif match and (not found or match.first >= found[-1].last):
            found.append(match)
            i = match.last
        else:
            i += 1
    return found
