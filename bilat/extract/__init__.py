"""Extraction: one cleaned, dated, relevant English document -> its Facts.

The text is parsed once; people, time expressions, engagements, commitments
and topics are then read from the same sentences, and every fact carries
evidence that quotes the document text exactly.
"""
from __future__ import annotations

from bilat.extract.commitments import extract_commitments
from bilat.extract.engagements import extract_engagements, location_flags
from bilat.extract.evidence import split_sentences_within
from bilat.extract.topics import document_topics
from bilat.model import Document, Facts, Mention, Sentence

__all__ = ["extract"]


def extract(doc: Document, pair: tuple[str, str], parsed=None) -> Facts:
    """Actors, engagements, commitments and topics of one document of the pair.

    `parsed` is spaCy's Doc of doc.text when the caller parsed a batch at once.

    >>> extract(doc, ("IND", "KOR")).engagements[0].kind
    'meeting'
    """
    parsed = parsed if parsed is not None else _parse(doc.text)
    sentences = _sentences(doc.text, parsed)
    actors, mentions = _people(doc, parsed, pair)
    timexes = _timexes(doc)
    engagements = extract_engagements(doc, sentences, mentions, timexes, pair)
    return Facts(
        actors=tuple(actors),
        engagements=tuple(engagements),
        commitments=tuple(extract_commitments(doc, sentences, mentions, timexes, pair)),
        topics=document_topics(doc.text),
        flags=tuple(location_flags(engagements)))


def _parse(text: str):
    from bilat.nlp.parse import parse
    return parse(text)


def _sentences(text: str, parsed) -> list[Sentence]:
    """The parser's sentences, also cut at line breaks (headlines, list items)."""
    from bilat.nlp.parse import sentences
    return [piece for s in sentences(text, parsed) for piece in split_sentences_within(text, s)]


def _people(doc: Document, parsed, pair) -> tuple[list, list[Mention]]:
    try:
        from bilat.extract.people import extract_people
    except ImportError:     # the people stage is built separately; extraction still runs without it
        return [], []
    return extract_people(doc, parsed, pair=pair)


def _timexes(doc: Document) -> list:
    from bilat.nlp.timex import find_timexes
    return find_timexes(doc.text, doc.published)
