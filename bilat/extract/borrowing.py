"""Borrowing: what an engagement told sparsely takes from those told around it:
the visit it happened during (its day, its city, the signings told with it), the
sentence before it (its day), the dateline (its city), and the sentences after
it that say what the talks were about."""
from __future__ import annotations

import re
from functools import lru_cache

from bilat.extract.engagement_cues import MEETING_LIKE, _words, cues
from bilat.extract.engagement_dates import _itinerary_day, _sentence_timexes, default_date
from bilat.extract.frames import Frame, _actors
from bilat.extract.participants import _in_span, _unique
from bilat.extract.places import PlaceHit, dateline_place
from bilat.extract.status import _is_setting
from bilat.model import Document, Mention, Sentence, Timex


def _signings_during_visits(merged: list[Frame], kept: list[Frame], sentences: list[Sentence]) -> list[Frame]:
    """'X's visit opened a new chapter. The signing of two MoUs …': a signing naming no one, told with a visit of the pair, was signed during it."""
    before = {b.start: a.start for a, b in zip(sentences, sentences[1:])}
    visits = [v for v in kept if v.kind == "visit" and v.status == "held" and v.participants]
    out, ids = [], {id(k) for k in kept}
    for g in merged:
        told = {f.sentence.start for f in g.members} | {before.get(g.members[0].sentence.start)}
        host = next((v for v in visits if told & {f.sentence.start for f in v.members}), None)
        if id(g) in ids or (host and g.kind == "signing" and g.status == "held" and not g.participants and not g.mechanism):
            if id(g) not in ids and host.explicit_date and not g.explicit_date:
                g.date, g.explicit_date = host.date, True
            out.append(g)
    return out


def _borrow_location(groups: list[Frame]) -> None:
    """A meeting during a visit happened where the visitor went; a visit 'to Korea' went to the city its meetings name."""
    for g in groups:
        if g.place and g.place.place:
            continue
        hosts = [v for v in groups if v is not g and v.place and _actors(v) & _actors(g) and v.status == g.status
                 and (not g.place or (v.place.place and v.place.country == g.place.country))]
        host = next((v for v in hosts if v.kind == "visit"), hosts[0] if hosts else None)
        if host and g.kind != "visit" or host and host.place.place:
            g.place = host.place


def _borrow_date(groups: list[Frame]) -> None:
    """In an undated text, what was held during a dated visit (its visitor's, or any when there is one) took place then."""
    visits = [v for v in groups if v.kind == "visit" and v.status == "held" and v.explicit_date and v.date.precision == "day"]
    for g in groups:
        if g.explicit_date or g.status != "held" or g.kind == "visit":
            continue
        host = next((v for v in visits if _actors(v) & _actors(g)), None)
        host = host or (visits[0] if len(visits) == 1 and not g.participants else None)
        if host:
            g.date, g.explicit_date = host.date, True


def _date_from_lead(groups: list[Frame], sentences: list[Sentence], frames: list[Frame], timexes: list[Timex],
                    doc: Document) -> None:
    """'The ministers agreed on Tuesday to … During their talks they also …': held talks take the day of the sentence before.

    Only when that sentence tells no engagement of its own and names one day; planned ones, see _itinerary_day.
    """
    framed = {f.sentence.start for f in frames}
    for g in groups:
        if g.explicit_date or g.status == "cancelled" or g.kind == "visit":
            continue
        i = next(i for i, s in enumerate(sentences) if s.start == g.members[0].sentence.start)
        if g.status == "planned":
            days = _itinerary_day(sentences[i], sentences[:i], doc, timexes)
        else:
            days = _sentence_timexes(sentences[i - 1], timexes) if i and sentences[i - 1].start not in framed else []
        if len(days) == 1 and days[0].interval.precision == "day":
            g.date, g.explicit_date = days[0].interval, True


@lru_cache(maxsize=1)
def _follow_up_patterns() -> tuple[re.Pattern, re.Pattern]:
    verbs = re.compile(rf"(?<!\w)(?:{_words(cues()['follow_ups'])})(?!\w)", re.IGNORECASE)
    return verbs, re.compile(rf"(?<!\w)(?:{_words(cues()['follow_up_subjects'])})(?!\w)", re.IGNORECASE)


def is_follow_up(sentence: Sentence, people: set[str], mentions: list[Mention]) -> bool:
    """'Both sides also discussed …', 'Rao and Kim reviewed …': what the talks told before were about.

    >>> is_follow_up(Sentence(0, 34, "The two sides discussed shipping."), set(), [])
    True
    """
    verbs, subjects = _follow_up_patterns()
    verb = verbs.search(sentence.text)
    if not verb:
        return False
    named = {m.actor for m in _in_span(mentions, sentence.start, sentence.start + verb.start())}
    return bool(subjects.search(sentence.text[:verb.start()]) or named & people)


def _attach_follow_ups(groups: list[Frame], sentences: list[Sentence], frames: list[Frame],
                       mentions: list[Mention]) -> None:
    """Sentences with no engagement of their own join the held talks told last before them."""
    framed = {f.sentence.start for f in frames}
    talks = [g for g in groups if g.status == "held" and g.kind in MEETING_LIKE]
    for s in sentences:
        told = [(max(f.sentence.start for f in g.members if f.sentence.start < s.start), i)
                for i, g in enumerate(talks) if g.members[0].sentence.start < s.start]
        if s.start in framed or not told:
            continue
        target = talks[max(told)[1]]
        if is_follow_up(s, _actors(target), mentions):
            target.follow_ups.append(s)


LED_BY = re.compile(r"\b(?:delegation|side|team)\b[^.;]{0,40}?\b(?:was|were|is|are|will be)\s+(?:led|headed)\s+by\b", re.I)


def _delegation_leaders(groups: list[Frame], sentences: list[Sentence], frames: list[Frame],
                        mentions: list[Mention]) -> None:
    """'The Indian delegation was led by X … The Korean delegation was headed by Y': sentences right after
    talks, with no engagement of their own, name who took part in them."""
    framed = {f.sentence.start for f in frames}
    talks = [g for g in groups if g.kind in MEETING_LIKE]
    for i, s in enumerate(sentences):
        if s.start in framed or not LED_BY.search(s.text):
            continue
        before = [p.start for p in sentences[max(0, i - 3):i]]
        target = next((g for g in reversed(talks) if {f.sentence.start for f in g.members} & set(before)), None)
        if target:
            named = [m for m in mentions if s.start <= m.start < s.end]
            target.participants = _unique(target.participants + named)


def _date_from_day_visit(groups: list[Frame], doc: Document) -> None:
    """'X visited Seoul on Monday. The summit took place where X met Y': what X held undated was held that day.

    Only for a visit told in the past on one day before the document date ('visited', not 'arrived').
    """
    anchor = default_date(doc).start
    visits = [v for v in groups if v.kind == "visit" and v.status == "held" and v.explicit_date and v.date.precision == "day"
              and v.date.start == v.date.end and v.date.start < anchor
              and v.sentence.text[v.trigger.start:v.trigger.end].lower() in cues()["day_visits"]]
    for g in groups:
        host = next((v for v in visits if _actors(v) & _actors(g)), None)
        if host and not g.explicit_date and g.status == "held" and g.kind != "visit":
            g.date, g.explicit_date = host.date, True


def _date_from_setting(groups: list[Frame]) -> None:
    """'The pact was signed at the summit': undated, it took place on the day of the engagement that is its
    setting; and the setting ('during the visit') on the day of what was done in it."""
    for g in groups:
        if g.explicit_date or g.status != "held":
            continue
        sentences = {f.sentence.start for f in g.members}
        host = next((h for h in groups if h is not g and h.explicit_date and any(
            f.sentence.start in sentences and _is_setting(f.sentence.text, f.trigger) for f in h.members)), None)
        settings = {f.sentence.start for f in g.members if _is_setting(f.sentence.text, f.trigger)}
        held_in = next((h for h in groups if h is not g and h.explicit_date and h.status == "held"
                        and any(f.sentence.start in settings for f in h.members)), None)
        host = host or held_in or _named_setting(g, groups)   # 'was signed in July 2018, during the India visit of X': the visit then too
        if host:
            g.date, g.explicit_date = host.date, True


def _named_setting(g: Frame, groups: list[Frame]) -> Frame | None:
    """'On the sidelines of the Committee, the two sides co-hosted a roundtable': the dated body named as its setting."""
    for f in g.members:
        m = re.search(r"\b(?i:on the sidelines of|at|during) the ((?:[A-Z][\w\-]+\s+){0,3}[A-Z][\w\-]+)", f.sentence.text[:f.trigger.start])
        if m:
            named = m.group(1).lower()
            return next((h for h in groups if h is not g and h.explicit_date and h.mechanism
                         and h.mechanism.name.lower().endswith(named)), None)
    return None


def _dateline_location(groups: list[Frame], doc: Document) -> None:
    """Talks held with a visitor from the other side, or that side's visit, no city stated: the city the story was filed from."""
    filed = dateline_place(doc.text)
    if not filed:
        return
    for g in groups:
        if g.kind not in cues()["dateline_kinds"] or (g.kind != "visit" and g.status != "held") or (g.place and g.place.place):
            continue
        if (g.place and g.place.country != filed.country) or not any(
                m.country and m.country != filed.country for m in g.participants):
            continue
        g.place = PlaceHit(-1, -1, filed.place, filed.country, "dateline")
