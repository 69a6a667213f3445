"""Merging: the frames that tell one real engagement (same mechanism, same people,
'the meeting') joined into one group, which fills its gaps from every member."""
from __future__ import annotations

import re
from dataclasses import replace

from bilat.extract.engagement_cues import MEETING_LIKE, cues
from bilat.extract.frames import Frame, _actors
from bilat.extract.participants import _names_the_group, _unique
from bilat.extract.status import _clause_window, _listed_after_plan, _status_patterns
from bilat.model import DateInterval, Mechanism, Sentence


def _dates_agree(a: Frame, b: Frame) -> bool:
    if not (a.explicit_date and b.explicit_date):
        return True
    return not (a.date.end < b.date.start or b.date.end < a.date.start)


def same_engagement(a: Frame, b: Frame) -> bool:
    """Do two frames name one real engagement? Same mechanism, or same kind and the same people."""
    if a.mechanism and b.mechanism and a.trigger.mechanism and b.trigger.mechanism:
        same_name = _names_fit(a.mechanism.name, b.mechanism.name)
        ordinals = {a.mechanism.ordinal, b.mechanism.ordinal}
        both_stated = None not in ordinals      # 'the 11th' held and 'the next round' planned are two sessions
        return same_name and len(ordinals - {None}) <= 1 and (both_stated or a.status == b.status) and _dates_agree(a, b)
    if not _kinds_agree(a.kind, b.kind) or a.status != b.status or not _dates_agree(a, b):
        return False
    if bool(a.trigger.mechanism) != bool(b.trigger.mechanism):
        return False
    pa, pb = _actors(a), _actors(b)
    if _headline(a) and a.kind == b.kind and a.kind in cues()["country_parties"]:
        return True     # 'India, Korea sign five pacts as …' heads the story that tells the signing
    if a.kind == "visit":
        return pa == pb and (bool(pa) or _same_place(a, b))
    if not pa or not pb:    # a signing reported once with its signatories and once without
        return (not (pa or pb) or a.kind in cues()["country_parties"]
                or a.kind in MEETING_LIKE and a.status == "held" and _same_place(a, b))   # 'the defence chiefs met in Seoul'

    return pa <= pb or pb <= pa


def _headline(frame: Frame) -> bool:
    """A frame in the story's first line when that line is a headline (no closing full stop)."""
    return frame.sentence.start == 0 and not re.search(r"[.!?][\"'”’)]*\s*$", frame.sentence.text)


def _kinds_agree(a: str, b: str) -> bool:
    """'The summit took place where the President met X': a summit is also told as a meeting."""
    return a == b or {a, b} == {"meeting", "summit"}


def _names_fit(a: str, b: str) -> bool:
    """'Security dialogue' is a short form of 'Foreign Policy and Security Dialogue'."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa


def _same_place(a: Frame, b: Frame) -> bool:
    return bool(a.place and b.place) and a.place.country == b.place.country


def _other_edition(anaphor: Frame, group: Frame) -> bool:
    """'The first edition of the exercise' after 'the second edition': another session of the series."""
    ordinals = {anaphor.mechanism.ordinal if anaphor.mechanism else None, group.mechanism.ordinal if group.mechanism else None}
    return None not in ordinals and len(ordinals) == 2


def _edition_of(anaphor: Frame, series: Frame) -> Frame:
    """The anaphor as a session of its own, named like the series it belongs to."""
    mechanism = Mechanism(series.mechanism.name, anaphor.mechanism.ordinal)
    trigger = replace(anaphor.trigger, mechanism=series.trigger.mechanism and replace(
        series.trigger.mechanism, ordinal=anaphor.mechanism.ordinal))
    return replace(anaphor, mechanism=mechanism, trigger=trigger, series=series)


def _kind_fits(anaphor: Frame, frame: Frame) -> bool:
    """'the meeting' may be a dialogue or summit; 'the dialogue' is a dialogue; 'the negotiations'
    are no named Dialogue (a process noun the name lacks)."""
    if not _word_fits(anaphor, frame):
        return False
    if anaphor.kind == "meeting":
        return frame.kind in MEETING_LIKE and frame.status == anaphor.status
    return anaphor.kind == frame.kind


def _word_fits(anaphor: Frame, frame: Frame) -> bool:
    word = anaphor.sentence.text[anaphor.trigger.start:anaphor.trigger.end].lower()
    return word not in cues()["process_nouns"] or not frame.mechanism or word in frame.mechanism.name.lower()


def _tells_effect(anaphor: Frame) -> bool:
    """'the meeting between them will give ties the necessary impetus': a plan word only after a
    reference back, with no date of its own, tells what the engagement will do, not a new plan."""
    text, trigger = anaphor.sentence.text, anaphor.trigger
    return (anaphor.status == "planned" and not anaphor.explicit_date and not _listed_after_plan(text, trigger)
            and not _status_patterns()["planned"].search(re.split(r"\band\b", _clause_window(text, trigger, right=0))[-1]))


def merge_frames(frames: list[Frame]) -> list[Frame]:
    """Group frames into engagements; each group keeps its member frames.

    An anaphoric mention ('the meeting') joins the latest engagement of a fitting
    kind; other frames join an engagement they agree with (see same_engagement).
    """
    groups: list[Frame] = []
    for f in frames:
        target = None
        if f.trigger.anaphoric:
            fitting = ([g for g in reversed(groups) if _kind_fits(f, g)]
                       or [g for g in reversed(groups) if _tells_effect(f) and _kind_fits(replace(f, status=g.status), g)])
            fitting = [g for g in fitting if g.participants or g.mechanism] or fitting    # not another bare 'the summit'
            fitting = sorted(fitting, key=lambda g: g.status != f.status)     # 'after the exercise' told as a plan: the planned one
            series = next((g for g in fitting if _other_edition(f, g)), None)
            fitting = [g for g in fitting if not _other_edition(f, g)]
            target = next((g for g in fitting if _actors(f) & _actors(g)), fitting[0] if fitting else None)
            f = _edition_of(f, series) if series and target is None else f
        if target is None:
            target = next((g for g in groups if any(same_engagement(m, f) for m in _defining(g))), None)
        if target is None:
            groups.append(replace(f, members=[f]))
        else:
            target.members.append(f)
            _absorb(target, f)
    return groups


def _defining(group: Frame) -> list[Frame]:
    """The members that say who took part: 'after the talks, Rao said' names a speaker, not a participant."""
    return [m for m in group.members if not (m.trigger.anaphoric and m.participants) or m is group.members[0]]


def _absorb(group: Frame, f: Frame) -> None:
    """Fill what the group lacks from a new member frame."""
    if not f.trigger.anaphoric or f.trigger.takes_people:     # 'during the meeting, X said ...' names no new participant
        group.participants = _unique(group.participants + f.participants)
    if f.status == "planned" and f.explicit_date and not group.explicit_date and group.status == "held":
        group.status = "planned"     # 'the visit is expected in the second half': what was told undated is the plan
    if f.explicit_date and (not group.explicit_date or _narrower(f.date, group.date) and not _told_span(group)):
        group.date, group.explicit_date = f.date, True
    if f.place and (not group.place or (f.place.place and not group.place.place)):
        group.place = f.place
    if f.mechanism and (not group.mechanism or (group.mechanism.ordinal is None and f.mechanism.ordinal)):
        group.mechanism = f.mechanism if f.mechanism.ordinal or not group.mechanism else group.mechanism


def _told_span(group: Frame) -> bool:
    """'paid a visit from 12-14 September … visited Bengaluru on 14 September': a day of the stated span is a stop, not the visit's date."""
    d = group.date
    return group.kind == "visit" and d.precision == "day" and bool(d.start and d.end) and d.start[:10] != d.end[:10]


_ORDER = {p: i for i, p in enumerate(("day", "week", "month", "quarter", "half", "year", "unknown"))}


def _narrower(a: DateInterval, b: DateInterval) -> bool:
    if _ORDER.get(a.precision, 9) != _ORDER.get(b.precision, 9):
        return _ORDER.get(a.precision, 9) < _ORDER.get(b.precision, 9)
    return (a.end or "") < (b.end or "") and a.start == b.start or (a.start or "") > (b.start or "") and a.end == b.end


def _join_named_next(groups: list[Frame], sentences: list[Sentence]) -> list[Frame]:
    """'The ministers of both countries met in Delhi. Rao and Kim held talks on …': the next sentence names who met."""
    following = {a.start: b.start for a, b in zip(sentences, sentences[1:])}
    out: list[Frame] = []
    for g in groups:
        last = out[-1] if out else None
        if (last and not last.participants and not last.mechanism and g.participants and not g.trigger.mechanism
                and last.kind in MEETING_LIKE and _kinds_agree(last.kind, g.kind) and last.status == g.status
                and following.get(last.members[-1].sentence.start) == g.members[0].sentence.start
                and _names_the_group(last.sentence.text) and _dates_agree(last, g)):
            for f in g.members:
                last.members.append(f)
                _absorb(last, f)
            continue
        out.append(g)
    return out
