"""Which language a document is written in (py3langid, offline)."""
from __future__ import annotations

from functools import lru_cache

import py3langid

SAMPLE = 2000   # characters: enough for a stable answer, cheap on long pages


@lru_cache(maxsize=64)  # relevance and the pipeline both ask about the same text
def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; "und" when there is nothing to read.

    >>> detect_language("Les deux ministres se sont rencontrés à Séoul vendredi.")
    'fr'
    """
    sample = text[:SAMPLE]
    if not any(ch.isalpha() for ch in sample):
        return "und"
    return py3langid.classify(sample)[0]
