"""The engagement cue words (data/engagement_cues.json), read once, and the
regex alternation they make: every engagement step reads its rules from here."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


MEETING_LIKE = {"meeting", "dialogue", "summit", "call"}


@lru_cache(maxsize=1)
def cues() -> dict:
    return json.loads(resources.files("bilat.extract").joinpath("data/engagement_cues.json").read_text())


def _words(phrases) -> str:
    return "|".join(sorted(phrases, key=len, reverse=True))
