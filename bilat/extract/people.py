"""People and their roles in one document, with every mention of them.

Rules anchored on titles ("South Korean Foreign Minister Park Jin"), forms of
address ("Shri Rajnath Singh"), Korean family names and initials find names and
roles together; spaCy's PERSON entities add what the rules miss. Later bare
surnames ("Misri said"), given names ("Hyun said") and references such as
"the South Korean minister" are resolved to the person named in full.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from bilat.extract import names as nm
from bilat.extract.names import Token, display_name, is_honorific, is_initial, is_name_word, joined, tokenize
from bilat.extract.offices import (TitleMatch, country_before, find_titles, organizations, title_at, title_forms,
                                   writer_words)
from bilat.model import Actor, Document, Evidence, Mention, Published, Role  # noqa: F401  Published: doctest
from bilat.nlp.countries import country_of, find_countries, lexicon

SENTENCE_END = tuple('.!?"”’\')]:;')
BYLINE = re.compile(r"^\W*(?:by|team|(?:additional )?(?:reporting|writing|editing) by|written by|reported by|edited by|compiled by|"
                    r"author|photo|credit|source)\b[:\s]", re.I)
COUNTERPART = {"counterpart", "counterparts"}
ANCHORED = {"title", "honorific", "counterpart", "apposition"}
REFERENCE_NOUNS = ("minister", "president", "prime minister", "leader", "first lady", "foreign minister",
                   "defence minister", "defense minister", "trade minister", "premier", "envoy", "ambassador")


@dataclass(frozen=True)
class Found:
    """One occurrence of a name: tokens [first, last), how it was found, its title there."""
    first: int
    last: int
    start: int
    end: int
    surface: str
    via: str
    title: TitleMatch | None = None
    country: str | None = None
    apposition: TitleMatch | None = None   # a second title after the name: "X, Director General, ICWA"


@dataclass
class Person:
    """A person of the document while mentions are being gathered."""
    name: str
    mentions: list[Found]


def extract_people(doc: Document, parsed=None, *, pair: tuple[str, str] | None = None
                   ) -> tuple[list[Actor], list[Mention]]:
    """Every person named in `doc`, with roles as of its date, and every mention of them.

    >>> text = "Defence Minister Rajnath Singh met Suh Wook. Singh spoke."
    >>> actors, mentions = extract_people(Document("d1", "t", text, text, "h", Published(None)))
    >>> [(a.name, a.roles[0].title if a.roles else None) for a in actors]
    [('Rajnath Singh', 'Defence Minister'), ('Suh Wook', None)]
    """
    if parsed is None:
        from bilat.nlp.parse import parse
        parsed = parse(doc.text)
    text, tokens = doc.text, tokenize(doc.text)
    occurrences = name_occurrences(tokens, text, parsed)
    legends = {display_name(f.surface) for f in occurrences if legendary(f, tokens, text)}
    writers = {display_name(f.surface) for f in occurrences if in_byline(f, text)} | bio_line_names(tokens, text)
    found = [f for f in occurrences if acceptable(f, tokens, text) and display_name(f.surface) not in legends
             and not any(nm.same_person_name(w, display_name(f.surface)) for w in writers)]
    found = with_counterpart_roles(found, tokens, text, parsed, pair)
    people = group_people(found, tokens, text)
    people = [p for p in people if any(in_prose(text, f.start) for f in p.mentions)]
    people = add_references(people, text)
    actors = [to_actor(p, doc, pair) for p in people]
    return actors, mentions_of(actors, people)


# ---------------------------------------------------------------- finding names
def name_occurrences(tokens: list[Token], text: str, parsed) -> list[Found]:
    """Names found by every anchor, longest first, never overlapping."""
    titles = find_titles(tokens, text)
    candidates = (after_titles(titles, tokens, text) + after_honorifics(tokens, text)
                  + after_counterpart(tokens, text) + by_shape(tokens, text) + from_entities(parsed, tokens, text))
    taken: set[int] = set()
    kept = []
    for f in sorted(candidates, key=lambda f: (-(f.last - f.first), ANCHOR_RANK[f.via], f.first)):
        if not taken & set(range(f.first, f.last)):
            taken |= set(range(f.first, f.last))
            kept.append(with_apposition(f, tokens, text, titles))
    return sorted(kept, key=lambda f: f.first)


ANCHOR_RANK = {"title": 0, "honorific": 1, "counterpart": 2, "shape": 3, "entity": 4, "bare": 5}


def make_found(tokens: list[Token], first: int, last: int, text: str, via: str, title=None) -> Found:
    start, end = tokens[first].start, tokens[last - 1].end
    return Found(first, last, start, end, text[start:end], via, title, title.country if title else None)


def skip_honorifics(tokens: list[Token], k: int) -> int:
    """Index after forms of address ("Mr", "Dr.", "Shri") at token k."""
    while k < len(tokens) and is_honorific(tokens[k].text):
        k += 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ".")
    return k


def after_titles(titles: list[TitleMatch], tokens: list[Token], text: str) -> list[Found]:
    """ "Foreign Minister Park Jin", "the President, Ms Pratibha Patil," -> names with titles."""
    found = []
    ends = {t.last: t for t in titles}
    for t in titles:
        k = skip_honorifics(tokens, t.last)
        if any(o.first == k for o in titles):
            continue                        # "Navy spokesperson Cdr. X": the rank next to the name carries it
        office = ends.get(t.first)          # ... and the office before the rank is X's too
        if office and "\n" in text[office.end:t.start]:
            office = None                   # a headline's last words are not the next line's office
        if k < len(tokens) and tokens[k].text == "," and comma_title(tokens, t, text):
            k = skip_honorifics(tokens, k + 1)
        elif k + 1 < len(tokens) and tokens[k].text == "(" and is_honorific(tokens[k + 1].text):
            k = skip_honorifics(tokens, k + 1)   # a transcript's "Official Spokesperson (Shri X):"
        end = nm.name_end(tokens, k, text) if k < len(tokens) else k
        if end > k:
            f = make_found(tokens, k, end, text, "title", t)
            found.append(replace(f, apposition=office, country=f.country or office.country) if office else f)
    return found


def comma_title(tokens: list[Token], t: TitleMatch, text: str) -> bool:
    """ "the President, NAME", "Prime Minister of India, NAME" or a transcript's "Official Spokesperson, NAME:"
    opening its line: a title set off before its name."""
    line_start = not t.first or "\n" in text[tokens[t.first - 1].end:tokens[t.first].start]
    before = "." if line_start else tokens[t.first - 1].text
    return before in {"the", "The", ",", ".", "\n"} or tokens[t.last - 1].text in {")"} or t.country is not None


def after_honorifics(tokens: list[Token], text: str) -> list[Found]:
    """ "Shri Rajnath Singh", "Dr. Kang Eun-ji" -> the names."""
    return names_after(tokens, text, lambda tok: is_honorific(tok.text) and tok.text[0].isupper(), "honorific")


def after_counterpart(tokens: list[Token], text: str) -> list[Found]:
    """ "his South Korean counterpart(,) Suh Wook" -> the name; its role comes later."""
    return names_after(tokens, text, lambda tok: tok.text.lower() in COUNTERPART, "counterpart")


def names_after(tokens: list[Token], text: str, is_cue, via: str) -> list[Found]:
    """Names right after each cue token (a comma and forms of address may come between)."""
    found = []
    for i, tok in enumerate(tokens):
        if is_cue(tok):
            k = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].text == "," and via == "counterpart")
            k = skip_honorifics(tokens, k if via == "counterpart" else i)
            end = nm.name_end(tokens, k, text) if k < len(tokens) else k
            if end > k:
                found.append(make_found(tokens, k, end, text, via))
    return found


def by_shape(tokens: list[Token], text: str) -> list[Found]:
    """Names recognisable by their shape: Korean family name first, or leading initials."""
    found = []
    for i, tok in enumerate(tokens):
        if i and joined(text, tokens[i - 1], tok) and is_name_word(tokens[i - 1].text):
            continue  # inside a longer capitalized run
        end = nm.korean_name_end(tokens, i, text)
        if end == i and initials_start(tok.text):
            end = nm.name_end(tokens, i, text)
            end = end if end > i + 1 else i
        if end > i:
            found.append(make_found(tokens, i, end, text, "shape"))
    return found


def initials_start(word: str) -> bool:
    """ "P.", "V.K.", "D": initials that may open a name ("AI", "UN" are too often acronyms)."""
    return is_initial(word) and (len(word) == 1 or "." in word) and not known_acronym(word) and not is_honorific(word)


def known_acronym(word: str) -> bool:
    """ "MEA", "ROK", "PM": capitals that are not someone's initials."""
    bare = word.replace(".", "")
    return bare in organizations() or bare in lexicon() or (bare.lower(),) in title_forms()


def from_entities(parsed, tokens: list[Token], text: str) -> list[Found]:
    """spaCy PERSON entities, re-cut on our tokens (titles and honorifics left out)."""
    starts = {t.start: i for i, t in enumerate(tokens)}
    found = []
    for ent in parsed.ents:
        if ent.label_ != "PERSON":
            continue
        i = starts.get(ent.start_char)
        while i is not None and i < len(tokens) and tokens[i].start < ent.end_char and (
                not is_name_word(tokens[i].text) or title_word(tokens[i].text)):
            i += 1
        end = nm.name_end(tokens, i, text) if i is not None and i < len(tokens) else i
        if end is not None and end > i:
            found.append(make_found(tokens, i, end, text, "entity"))
    return found


def with_apposition(f: Found, tokens: list[Token], text: str, titles: list[TitleMatch]) -> Found:
    """ "P. Kumaran, Secretary of the Ministry of External Affairs," -> that title."""
    k = f.last
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return f
    k += 1 + (tokens[k + 1].text.lower() in {"the", "a", "an"})   # "X, a research fellow at ..."
    title = title_at(tokens, k, text, open_words=True)
    if title and titles_next_name(tokens, title, text):
        return f  # "X, DRDO Chief Controller C.K. Prahlada": the title belongs to the next name
    if title is None:
        i = next((i for i in range(k, min(k + 4, len(tokens))) if title_at(tokens, i, text, True)), None)
        title = title_at(tokens, i, text, True) if i is not None else None
        if title is None or title.first != k and not (title.first - k <= 3 and country_before(text, title.start)):
            return f                        # "Kim, Korea's Ambassador to India": the possessive country may come first
        if titles_next_name(tokens, title, text):
            return f                        # "PM Rao, Korean President Kim": the title is the next name's
    title = with_trailing_context(title, tokens, text)
    if f.title:
        return replace(f, apposition=title, country=f.country or title.country)
    return replace(f, title=title, country=title.country, via=f.via if f.via != "entity" else "apposition")


def titles_next_name(tokens: list[Token], title: TitleMatch, text: str) -> bool:
    """A name right after the title, or after its comma and a form of address ("..., Dr. Lata Raman")."""
    k = title.last
    if k + 1 < len(tokens) and tokens[k].text == "," and is_honorific(tokens[k + 1].text):
        k += 1
    if k >= len(tokens):
        return False
    start = skip_honorifics(tokens, k)
    return (start > k or k == title.last) and nm.name_end(tokens, start, text) > start


def with_trailing_context(t: TitleMatch, tokens: list[Token], text: str) -> TitleMatch:
    """ "First Vice Foreign Minister, Ministry of Foreign Affairs, ROK," -> organization and country."""
    tail = re.match(r"(?:\s*,\s*(?:the\s+)?[A-Z][^,.;\n]{1,59}){1,3}", text[t.end:])  # a lowercase clause ends it
    context = tail.group() if tail else ""
    context = re.split(r",\s*(?:and|who|which|said|has|had|was|is)\b", context)[0]
    from bilat.extract.offices import country_in, organization_in
    country = t.country or country_in(context)
    return replace(t, country=country, organization=t.organization or organization_in(context))


# ---------------------------------------------------------------- keeping names
def acceptable(f: Found, tokens: list[Token], text: str) -> bool:
    """Not a place, country, organization, deity or byline; a name of one to five words."""
    name = display_name(f.surface)
    words = name.split()
    if not words or country_of(name) or name in organizations() or name in lexicon() or nm.is_region(name):
        return False
    if any(part in lexicon() for w in words for part in w.split("-")):
        return False  # "Indo-Korean", "Aatmanirbhar Bharat"
    if len(words) > 1 and words[-1].lower() in nm.word_list("place_suffixes.txt") or place_follows(f, tokens):
        return False
    if legendary(f, tokens, text) or ends_in_region(words):
        return False
    if written_by(f, text) or on_furniture_line(text, f.start) or part_of_place(f, tokens, text):
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    return not BYLINE.match(text[line_start:f.start]) or f.title is not None


def ends_in_region(words: list[str]) -> bool:
    """ "Guidance Tamil Nadu", "Invest Uttar Pradesh": an agency named after a state ends in it; a person does not.
    (One-word regions such as "Van" are also family names, so only longer ones count.)"""
    return any(nm.is_region(" ".join(words[-n:])) for n in (2, 3) if len(words) > n)


def written_by(f: Found, text: str) -> bool:
    """ "By Lee Chi-dong": the writer."""
    return bool(re.search(r"(?i)\bby\s*$", text[max(0, f.start - 12):f.start])) and f.via != "title"


def in_byline(f: Found, text: str) -> bool:
    """ "By V. Rao | May 2": the writer, whose bio line below names no one of the story either."""
    line_start = text.rfind("\n", 0, f.start) + 1
    return f.title is None and bool(BYLINE.match(text[line_start:f.start]))


def bio_line_names(tokens: list[Token], text: str) -> set[str]:
    """ "Rhea Sen is a senior fellow at a Delhi think tank." opening a line: the writer's bio, so the
    name is the writer's wherever it appears."""
    line_starts = (i for i, tok in enumerate(tokens) if not i or "\n" in text[tokens[i - 1].end:tok.start])
    return {name for i in line_starts if (name := writer_named_at(tokens, i, text))}


def writer_named_at(tokens: list[Token], i: int, text: str) -> str | None:
    """The name opening the line at token i when the line is the writer's bio or other furniture."""
    opened = writer_opening(tokens, i)
    first = skip_honorifics(tokens, opened)
    end = nm.name_end(tokens, first, text) if first < len(tokens) else first
    if end == first:
        return None
    rest = text[tokens[end - 1].end:].split("\n", 1)[0].lower()
    bio = re.match(r"\s*,?\s*(?:is|was|has been)\s+(?:a|an|the)\b", rest)
    bio = bio and (opened > i or set(re.findall(r"[a-z]+", rest)) & writer_words())
    return display_name(text[tokens[first].start:tokens[end - 1].end]) if bio or on_furniture_line(text, tokens[i].start) else None


def writer_opening(tokens: list[Token], i: int) -> int:
    """Index after "The writer," / "Author:" opening a line at token i (i when none)."""
    k = i + (tokens[i].text.lower() == "the")
    if k + 1 < len(tokens) and tokens[k].text.lower() in writer_words() and tokens[k + 1].text in {",", ":"}:
        return k + 2
    return i


def on_furniture_line(text: str, at: int) -> bool:
    """A press contact, a journalist's question or the writer's bio ("Views are personal") names no one of the story."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:len(text) if end < 0 else end]
    return any(re.search(cue, line, re.IGNORECASE) for cue in nm.word_list("furniture_line_cues.txt"))


def part_of_place(f: Found, tokens: list[Token], text: str) -> bool:
    """ "Sri Lanka": a word before the name that makes it a country."""
    if f.first == 0:
        return False
    before = tokens[f.first - 1]
    return joined(text, before, tokens[f.first]) and bool(country_of(f"{before.text} {display_name(f.surface)}"))


def place_follows(f: Found, tokens: list[Token]) -> bool:
    """ "Ho Chi Minh City": the name is the start of a place."""
    after = tokens[f.last].text if f.last < len(tokens) else ""
    return after[:1].isupper() and after.lower() in nm.word_list("place_suffixes.txt")


def legendary(f: Found, tokens: list[Token], text: str) -> bool:
    """ "King Kim-Suro", "Queen Suriratna (Heo Hwang-ok)": royals, deities and legends."""
    cues = nm.word_list("not_person_cues.txt")
    before = tokens[f.first - 1].text.lower() if f.first > 0 else ""
    if before == "(":
        return bool(re.search(rf"(?i)\b(?:{'|'.join(cues)})\s+[\w-]+(?:\s+[\w-]+)?\s*\($", text[max(0, f.start - 60):f.start]))
    if before in {",", "'", "‘", '"', "“", ":"} and f.first > 1:
        before = tokens[f.first - 2].text.lower()    # "the exercise, Haeyang Sagar"
    return before in cues


def in_prose(text: str, at: int) -> bool:
    """The line holding `at` reads as running text, not a headline list or a comment signature."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    neighbours = [text[:max(start - 1, 0)].rsplit("\n", 1)[-1], text[end + 1:].split("\n", 1)[0]]
    # a paragraph broken into lines has a long running-text line next to this one
    wrapped = len(line) >= 40 and any(len(n.strip()) >= 40 and not title_case(n) for n in neighbours)
    return line.endswith(SENTENCE_END) or (len(line) >= 100 and not title_case(line)) or wrapped \
        or in_wrapped_sentence(text, start, end)


def in_wrapped_sentence(text: str, start: int, end: int) -> bool:
    """A line inside a sentence wrapped over several lines of one paragraph, ended by a full stop
    ("...a delegation that\nincludes Defence Secretary X, Navy Vice Admiral Y,\nand Z.")."""
    para_start = text.rfind("\n\n", 0, start) + 2 if "\n\n" in text[:start] else 0
    para_end = text.find("\n\n", end)
    para = text[para_start:len(text) if para_end < 0 else para_end]
    at, stop = start - para_start, end - para_start
    opening = max(para.rfind(p, 0, at) for p in ".!?") + 1
    closing = re.search(r"[.!?](?=\s|$)", para[stop:])
    sentence = para[opening:stop + closing.end()] if closing else ""
    above = para[:max(at - 1, 0)].rsplit("\n", 1)[-1]
    # the sentence began on a line above, and both lines are as long as a wrapped paragraph's
    runs_on = bool(para[opening:at].strip()) and min(len(above.strip()), stop - at) >= 40
    return runs_on and not title_case(sentence) and len(sentence) < 600


def title_case(line: str) -> bool:
    """ "PM Modi Accepts Seoul Peace Prize": most words capitalized, as in headlines."""
    words = re.findall(r"[^\W\d_]+", line)
    return len(words) > 4 and sum(w[0].isupper() for w in words) > 0.7 * len(words)


# ---------------------------------------------------------------- roles of counterparts
def with_counterpart_roles(found: list[Found], tokens: list[Token], text: str, parsed, pair) -> list[Found]:
    """ "X ... his South Korean counterpart Y": Y holds X's office, in the named or the other country."""
    sentences = [(s.start_char, s.end_char) for s in parsed.sents]
    out = []
    for f in found:
        if f.via == "counterpart" and f.title is None:
            f = counterpart_role(f, found, tokens, text, sentences, pair)
        out.append(f)
    return out


def counterpart_role(f: Found, found: list[Found], tokens: list[Token], text: str, sentences, pair) -> Found:
    span = next(((a, b) for a, b in sentences if a <= f.start < b), (0, len(text)))
    before = [o for o in found if o.start < f.start and span[0] <= o.start]  # the sentence's subject comes first
    other = max((o for o in before if o.title), key=lambda o: o.start, default=None)
    party = other or max(before, key=lambda o: o.start, default=None)
    cue = text.rfind("counterpart", span[0], f.start)
    country = country_before(text, cue) if cue >= 0 else None
    party_country = party and (party.country or name_origin_country(display_name(party.surface), pair))
    if country is None and party_country and pair and party_country in pair:
        country = pair[1] if party_country == pair[0] else pair[0]
    title = None
    if other:
        title = replace(other.title, start=f.start, end=f.end, country=country)
    elif country:
        title = TitleMatch(f.first, f.last, f.start, f.end, "", None, country)
    return replace(f, title=title, country=country)


# ---------------------------------------------------------------- one person, many mentions
def group_people(found: list[Found], tokens: list[Token], text: str) -> list[Person]:
    """Full names make people; single names join the person they shorten, or stand alone if titled."""
    people: list[Person] = []
    for f in sorted(found, key=lambda f: -len(display_name(f.surface).split())):
        name = display_name(f.surface)
        if len(name.split()) > 1:
            same = next((p for p in people if nm.same_person_name(p.name, name)), None)
            if same:
                same.mentions.append(f)
            else:
                people.append(Person(name, [f]))
    for f in found:
        if len(display_name(f.surface).split()) == 1:
            attach_single(f, people, text)
    add_bare_mentions(people, tokens, text)
    for p in people:
        p.mentions.sort(key=lambda f: f.start)
    return people


def attach_single(f: Found, people: list[Person], text: str) -> None:
    """ "Foreign Minister Park" -> Park Jin; an unknown titled "EAM Jaishankar" becomes a person."""
    word = display_name(f.surface)
    owner = nearest_owner(word, people, f.start, f.title)
    if owner:
        owner.mentions.append(f)
    elif f.via in ANCHORED and f.title is not None or f.via == "honorific":
        same = next((p for p in people if p.name == word), None)
        if same:
            same.mentions.append(f)
        else:
            people.append(Person(word, [f]))


def short_forms(name: str) -> set[str]:
    """Words a name is shortened to: the family name, a one-word given name ("Hyun")."""
    words = name.split()
    if len(words) < 2:
        return {words[0]} if words else set()
    forms = {words[-1]}
    if nm.is_korean_surname(words[0]):
        forms |= {words[0]} | ({words[1]} if len(words) == 2 and "-" not in words[1] else set())
    return {w for w in forms if (len(w) > 2 or nm.is_korean_surname(w) and w == words[0]) and not is_initial(w)}


def nearest_owner(word: str, people: list[Person], at: int, title: TitleMatch | None) -> Person | None:
    """The person `word` shortens, preferring the one mentioned last before `at`."""
    owners = [p for p in people if word in short_forms(p.name) and titles_agree(p, title)]
    def last_before(p: Person) -> int:
        starts = [f.start for f in p.mentions if f.start <= at]
        return max(starts) if starts else -min(f.start for f in p.mentions)
    return max(owners, key=last_before, default=None)


def titles_agree(p: Person, title: TitleMatch | None) -> bool:
    """A titled short mention ("President Park") cannot join someone with only other offices."""
    known = {w for f in p.mentions if f.title for w in title_words(f.title)}
    if title is None or not title.title or not known:
        return True
    return bool(title_words(title) & known)


def title_words(t: TitleMatch) -> set[str]:
    return set(f"{t.title} {t.kind or ''}".lower().split()) - {"of", "the", "for", "and"}


def add_bare_mentions(people: list[Person], tokens: list[Token], text: str) -> None:
    """Later "Misri said", "Kumaran's visit": short forms standing alone in the text."""
    taken = {i for p in people for f in p.mentions for i in range(f.first, f.last)}
    forms = {form: [p for p in people if form in short_forms(p.name)] for p in people for form in short_forms(p.name)}
    for i, tok in enumerate(tokens):
        owners = forms.get(tok.text)
        if not owners or i in taken or part_of_run(tokens, i, text):
            continue
        f = make_found(tokens, i, i + 1, text, "bare")
        owner = nearest_owner(tok.text, owners, tok.start, None)
        owner.mentions.append(f)


def part_of_run(tokens: list[Token], i: int, text: str) -> bool:
    """Whether token i sits inside a longer capitalized run ("Ram Katha Park")."""
    left = i > 0 and joined(text, tokens[i - 1], tokens[i]) and tokens[i - 1].text[:1].isupper()
    right = i + 1 < len(tokens) and joined(text, tokens[i], tokens[i + 1]) and is_name_word(tokens[i + 1].text)
    return bool(left and not title_word(tokens[i - 1].text) or right)


def title_word(word: str) -> bool:
    return any(word.lower() in form for form in title_forms()) or is_honorific(word)


def add_references(people: list[Person], text: str) -> list[Person]:
    """ "the South Korean minister" -> the one South Korean person whose office fits."""
    nouns = "|".join(sorted(REFERENCE_NOUNS, key=len, reverse=True))
    for c in find_countries(text):
        m = re.match(rf"\s*(?:['’]s\s+)?({nouns})\b", text[c.end:])
        if not c.country or not m or not re.search(r"(?i)\bthe\s+$", text[max(0, c.start - 5):c.start]):
            continue
        fits = [p for p in people if person_country(p) == c.country and office_fits(p, m.group(1))]
        if len(fits) == 1:
            start = c.start - 4 if text[c.start - 4:c.start].lower() == "the " else c.start
            fits[0].mentions.append(Found(-1, -1, start, c.end + m.end(), text[start:c.end + m.end()], "reference"))
    return people


def office_fits(p: Person, noun: str) -> bool:
    titles = " ".join(f.title.title.lower() for f in p.mentions if f.title)
    return noun == "leader" and any(w in titles for w in ("president", "prime minister")) or noun in titles


# ---------------------------------------------------------------- results
def person_country(p: Person) -> str | None:
    counts = Counter(f.country for f in p.mentions if f.country)
    return counts.most_common(1)[0][0] if counts else None


def korean_shaped(name: str) -> bool:
    """ "Park Yoon-joo", or a Korean family name standing alone ("General Park")."""
    return nm.looks_korean(name) or len(name.split()) == 1 and nm.is_korean_surname(name)


NAME_ORIGINS = {"KOR": korean_shaped}


def name_origin_country(name: str, pair) -> str | None:
    """When nothing else tells: a Korean-shaped name ("Cho Hyun") points to Korea, and in a
    document about a pair where only one side's names are recognisable, any other name
    points to the other side."""
    fitting = [iso for iso, fits in NAME_ORIGINS.items() if fits(name)]
    if fitting and (pair is None or fitting[0] in pair):
        return fitting[0]
    known = [iso for iso in pair or () if iso in NAME_ORIGINS]
    if pair and len(known) == 1 and not fitting:
        return next(iso for iso in pair if iso != known[0])
    return None


def full_name(p: Person) -> str:
    forms = [display_name(f.surface) for f in p.mentions if f.via != "reference"]
    return max(forms, key=lambda n: (len(n.split()), len(n)), default=p.name)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", nm.unidecode_lower(name)).strip("-")


def evidence(doc: Document, start: int, end: int) -> Evidence:
    return Evidence(doc.id, start, end, doc.text[start:end])


def roles_of(p: Person, doc: Document, country: str | None) -> tuple[Role, ...]:
    """One role per distinct title, with the text that gives it."""
    roles: dict[str, Role] = {}
    for f, t in ((f, t) for f in p.mentions for t in (f.title, f.apposition)):
        if t is None or not t.title:
            continue
        start, end = min(t.start, f.start), max(t.end, f.end)
        key = t.title.lower()
        old = roles.get(key)
        ev = (old.evidence if old else ()) + (evidence(doc, start, end),)
        roles[key] = Role(t.title, t.organization, t.country or country, doc.published.date, ev)
    return tuple(roles.values())


def to_actor(p: Person, doc: Document, pair) -> Actor:
    name = full_name(p)
    country = person_country(p) or name_origin_country(name, pair)
    aliases = sorted({display_name(f.surface) for f in p.mentions if f.via != "reference"} - {name})
    return Actor("p:" + slug(name), "person", name, tuple(aliases), country, roles_of(p, doc, country),
                 tuple(evidence(doc, f.start, f.end) for f in p.mentions))


def mentions_of(actors: list[Actor], people: list[Person]) -> list[Mention]:
    out = []
    for a, p in zip(actors, people):
        main_title = a.roles[0].title if a.roles else None
        for f in p.mentions:
            title = f.title.title if f.title and f.title.title else main_title
            out.append(Mention(a.id, a.name, f.start, f.end, title, f.country or a.country))
    return sorted(out, key=lambda m: m.start)
