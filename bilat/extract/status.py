"""Status: whether an engagement was held, is planned or was called off, from the
cue words of its trigger's clause and its date against the report's own."""
from __future__ import annotations

import re
from functools import lru_cache

from bilat.extract.engagement_cues import _words, cues
from bilat.extract.triggers import Trigger
from bilat.model import DateInterval


@lru_cache(maxsize=1)
def _status_patterns() -> dict[str, re.Pattern]:
    return {status: re.compile(rf"(?<![\w])(?:{_words(cues()[status])})(?![\w])", re.IGNORECASE)
            for status in ("planned", "cancelled")}


def _clause_window(text: str, trigger: Trigger, left: int = 55, right: int = 30) -> str:
    """The words around a trigger that can change its status, cut at clause breaks."""
    before = re.split(r"[;:(]|,\s(?:where|which|while|but)\b", text[max(0, trigger.start - left):trigger.start])[-1]
    after = re.split(r"[;,.(]" if right < 60 else r"[;.]", text[trigger.end:trigger.end + right])[0]
    after = _before_second_verb(after)
    return " ".join(f"{before} {text[trigger.start:trigger.end]} {after}".split())     # 'to  visit' still reads 'to visit'


def _before_second_verb(after: str) -> str:
    """'met in Seoul and agreed to form a task force': the second verb's plan is not the meeting's."""
    return re.split(rf"\b(?:{_words(cues()['second_verbs'])})\b", after, flags=re.IGNORECASE)[0]


def status_of(text: str, trigger: Trigger, date: DateInterval | None, anchor: str | None) -> str:
    """held | planned | cancelled, from cue words near the trigger and the date against the anchor.

    >>> status_of("The leaders will meet in May.", find_triggers("The leaders will meet in May.")[0], None, None)
    'planned'
    """
    main = _main_clause_status(text, trigger)
    if main:
        return main
    window = _clause_window(text, trigger, right=0 if _is_setting(text, trigger) else 30)
    window = re.sub(rf"\b(?:{_words(cues()['purposes'])})\s+to\b", " ", window, flags=re.I)     # 'a function to sign': what it was for
    if _status_patterns()["cancelled"].search(_clause_window(text, trigger, right=90)):
        return "cancelled"
    if date and anchor and date.start and date.start[:10] > anchor[:10]:
        return "planned"
    if date and anchor and date.end and date.end[:10] < anchor[:10]:
        return "held"
    planned = _status_patterns()["planned"].search(window) or _listed_after_plan(text, trigger)
    return "planned" if planned else "held"


def _main_clause_status(text: str, trigger: Trigger) -> str | None:
    """'The visit of X to India, which had been planned for May, has been postponed', '… will now be
    held at an early date': when the engagement is the sentence's subject, the main verb after its
    relative clauses tells its status."""
    before = text[:trigger.start].split()
    if len(before) > 6 or re.search(r"[,;:]", text[:trigger.start]) or any(w.lower() in cues()["not_subject"] for w in before):
        return None
    after = re.sub(r",\s+(?:which|who|that)\b[^,;]*,", " ", text[trigger.end:])
    verb = re.search(r"\b(?:has|have|had|was|were|is|are|will|would)\b.{0,40}", after)
    if not verb:
        return None
    if _status_patterns()["cancelled"].search(verb.group()):
        return "cancelled"
    happens = rf"(?:will|would)\s+(?:now\s+|still\s+|also\s+)?(?:{_words(cues()['happens'])})\b"
    return "planned" if re.match(happens, verb.group(), re.IGNORECASE) else None


def _is_setting(text: str, trigger: Trigger) -> bool:
    """'during their talks … agreed to', 'at the meeting, they will': what follows is the main clause's, not the trigger's."""
    before = text[max(0, trigger.start - 40):trigger.start]
    return bool(re.search(rf"\b(?:{_words(cues()['settings'])})\s+(?:the|their|his|her|its|this|that)\s+(?:[\w\-]+\s+){{0,2}}$",
                          before, re.IGNORECASE))


def _listed_after_plan(text: str, trigger: Trigger) -> bool:
    """'agreed to deepen ties through visits, including a summit': the items of a planned list are planned."""
    before = text[:trigger.start]
    lists = list(re.finditer(rf"\b(?:{_words(cues()['list_heads'])})\b", before, re.IGNORECASE))
    return bool(lists) and bool(_status_patterns()["planned"].search(before[:lists[-1].start()]))
