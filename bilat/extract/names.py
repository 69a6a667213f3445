"""Person names in news text: tokens, name runs, and how two names compare.

Names here are Korean family-name-first ("Park Yoon-joo", "Eom Donghwan",
"Cho Tae Yul"), Indian names with initials ("P. Kumaran", "D Y Chandrachud")
and plain capitalized runs. Word lists live in `data/`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

UP, LO = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
# a possessive 's stays outside the word ("Misri's" -> "Misri", "'", "s")
TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s)|[^\W\d_]+(?:[-'’](?!s\b)[^\W\d_]+)*|\d+|\S")
NAME_WORD = re.compile(rf"(?:Mc|Mac|O')?[{UP}][{LO}]+(?:[{UP}][{LO}]+)*(?:[-'’][{UP}{LO}][{LO}]*)*")
INITIALS = re.compile(r"[A-Z]\.?|(?:[A-Z]\.){2,}|[A-Z]{2}")
CAMEL = re.compile(rf"(?<=[{LO}])(?=[{UP}][{LO}])")
ONSET = "(?:kk|tt|pp|ss|jj|ch|k|g|n|d|t|r|l|m|b|p|s|j|h|y|w)?"
VOWEL = "(?:yae|yeo|wae|ae|eo|eu|ui|oe|wa|wo|we|wi|ya|yo|yu|ye|oo|ee|a|e|i|o|u)"
SYLLABLES = re.compile(rf"(?:{ONSET}{VOWEL}(?:ng|n|m|k|l|p|t|r)?){{1,3}}")
MAX_NAME_WORDS = 5


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def _lines(name: str) -> list[str]:
    raw = resources.files("bilat.extract").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The lowercased words of data file `name` (e.g. "honorifics.txt")."""
    return frozenset(w.lower().rstrip(".") if name == "honorifics.txt" else w.lower() for w in _lines(name))


def tokenize(text: str) -> list[Token]:
    """Words, dotted initials and single punctuation marks with their offsets.

    >>> [t.text for t in tokenize("V.K. Singh met Misri's team")]
    ['V.K.', 'Singh', 'met', 'Misri', "'", 's', 'team']
    """
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def is_name_word(word: str) -> bool:
    """A capitalized word that may be part of a name and is not a known common word
    ("Vice-Ministerial": a hyphenated word ending in a long common word is none either)."""
    last = word.rsplit("-", 1)[-1].lower()
    common = word.lower() in word_list("non_names.txt") or len(last) >= 5 and last in word_list("non_names.txt")
    return bool(NAME_WORD.fullmatch(word)) and not common and not is_honorific(word)


def is_initial(word: str) -> bool:
    return bool(INITIALS.fullmatch(word))


def is_honorific(word: str) -> bool:
    return word.lower().rstrip(".") in word_list("honorifics.txt")


def is_korean_surname(word: str) -> bool:
    return word.lower() in word_list("korean_surnames.txt")


def is_korean_given(word: str) -> bool:
    """ "Yoon-joo", "Donghwan", "Wook": every part reads as romanized Korean syllables."""
    parts = re.split(r"[-'’]", word.lower())
    return all(SYLLABLES.fullmatch(p) for p in parts) and len(parts) <= 3


def joined(text: str, left: Token, right: Token) -> bool:
    """Two tokens of one name: only spaces between, at most one line break, and that one only in
    hard-wrapped prose (a short line such as a byline 'Priya Nair' ends its name)."""
    gap = text[left.end:right.start]
    if not (0 < len(gap) <= 3 and not gap.strip() and gap.count("\n") <= 1):
        return False
    return "\n" not in gap or left.end - (text.rfind("\n", 0, left.start) + 1) >= WRAPPED_LINE


WRAPPED_LINE = 40      # characters: a line this long that breaks mid-name is wrapped prose


def name_end(tokens: list[Token], i: int, text: str) -> int:
    """End (exclusive) of the name starting at token i; i when none starts there.

    Initials may lead ("D Y Chandrachud"); the name ends on a name word.
    """
    j = i
    while j < len(tokens) and is_initial(tokens[j].text) and (j == i or joined(text, tokens[j - 1], tokens[j])):
        j += 1
    k = j
    while (k < len(tokens) and k - i < MAX_NAME_WORDS and is_name_word(tokens[k].text)
           and (k == i or joined(text, tokens[k - 1], tokens[k]) and not repeated_on_next_line(tokens, j, k, text))):
        k += 1
    if k > j and k < len(tokens) - 1 and middle_initial(tokens, k, text):
        return name_end(tokens, k + 1, text)             # 'Rohan K. Bhalla': the family name follows
    return k if k > j else i


def repeated_on_next_line(tokens: list[Token], first: int, k: int, text: str) -> bool:
    """ "Kavita Rao\nKavita Rao is a fellow...": a word of the name again past a line break starts a new line's name."""
    return "\n" in text[tokens[k - 1].end:tokens[k].start] and tokens[k].text in {t.text for t in tokens[first:k]}


def middle_initial(tokens: list[Token], k: int, text: str) -> bool:
    """A dotted initial between two name words ('Rohan K. Bhalla')."""
    return (bool(re.fullmatch(r"[A-Z]\.", tokens[k].text)) and joined(text, tokens[k - 1], tokens[k])
            and joined(text, tokens[k], tokens[k + 1]) and is_name_word(tokens[k + 1].text))


def korean_name_end(tokens: list[Token], i: int, text: str) -> int:
    """End of a Korean name starting with a family name at i ("Cho Tae Yul"); i if none."""
    if not is_korean_surname(tokens[i].text):
        return i
    k = i + 1
    while (k < len(tokens) and k - i <= 2 and is_name_word(tokens[k].text)
           and is_korean_given(tokens[k].text) and joined(text, tokens[k - 1], tokens[k])):
        k += 1
    return k if k > i + 1 else i


def display_name(surface: str) -> str:
    """The name as shown: one space between words, joined words split.

    >>> display_name("Dr.  ChoiWooseon")
    'Choi Wooseon'
    """
    words = [w for w in surface.split() if not is_honorific(w)]
    words = [CAMEL.sub(" ", w) if len(w) > 7 and not w.startswith(("Mc", "Mac")) else w for w in words]
    text = " ".join(words)
    return re.sub(r"^(?:[A-Za-z]{1,4}\.)(?=[A-Z])", "", text)


def name_tokens(name: str) -> list[str]:
    """Lowercased words of a name, hyphens kept inside words."""
    return [w for w in re.split(r"[^\w\-]+", name.lower()) if w]


def compact(name: str) -> str:
    """Letters only: "Jung-sook" and "Jungsook" and "Jung Sook" agree."""
    return re.sub(r"[^a-z]", "", name.lower())


def initials_fit(short: list[str], full: list[str]) -> bool:
    """ "p. kumaran" fits "periasamy kumaran": same last word, initials start the first words."""
    if len(short) < 2 or short[-1] != full[-1]:
        return False
    letters = "".join(compact(w) for w in short[:-1])
    firsts = "".join(w[0] for w in full[:-1])
    return len(letters) <= len(firsts) and firsts.startswith(letters) and all(len(compact(w)) <= 2 for w in short[:-1])


def same_person_name(a: str, b: str) -> bool:
    """Whether two full names in one document name one person.

    >>> same_person_name("Cho Tae-yul", "Cho Tae Yul"), same_person_name("P. Kumaran", "Periasamy Kumaran")
    (True, True)
    """
    if compact(a) == compact(b):
        return True
    ta, tb = name_tokens(a), name_tokens(b)
    short, full = sorted((ta, tb), key=len)
    return set(short) <= set(full) and len(short) >= 2 or initials_fit(short, full)


def unidecode_lower(name: str) -> str:
    """ASCII lowercase form for ids: "Jürgen" -> "jurgen"."""
    import unicodedata
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def looks_korean(name: str) -> bool:
    """A Korean family name followed by romanized Korean given names ("Park Yoon-joo")."""
    words = name.split()
    return len(words) >= 2 and is_korean_surname(words[0]) and all(is_korean_given(w) for w in words[1:])


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    import pycountry
    return frozenset(unidecode_lower(s.name) for s in pycountry.subdivisions)


def is_region(name: str) -> bool:
    """A state or province of any country ("Tamil Nadu", "Gyeonggi-do") is a place, not a person.

    >>> is_region("Tamil Nadu"), is_region("Rohan Bhalla")
    (True, False)
    """
    return unidecode_lower(name) in _regions()

