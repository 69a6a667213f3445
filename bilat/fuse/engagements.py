"""One engagement per real event: block by mechanism+ordinal or by participant and month."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date, timedelta

from bilat.fuse.unionfind import ApartSets
from bilat.model import DateInterval, Engagement, Evidence, Flag, Participant

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5, "unknown": 6}


def span(interval: DateInterval | None) -> tuple[date, date] | None:
    """Full start and end days of an interval ("2023-08" -> Aug 1..Aug 31)."""
    if interval is None or not interval.start:
        return None
    return _day(interval.start, end=False), _day(interval.end or interval.start, end=True)


def _day(value: str, end: bool) -> date:
    y, m, d = (value.split("-") + [None, None])[:3]
    if d:
        return date(int(y), int(m), int(d))
    if m:
        first = date(int(y), int(m), 1)
        return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1) if end else first
    return date(int(y), 12, 31) if end else date(int(y), 1, 1)


def _overlap(a: DateInterval | None, b: DateInterval | None, slack: int = 1) -> bool:
    sa, sb = span(a), span(b)
    if sa is None or sb is None:
        return False
    return sa[0] - timedelta(days=slack) <= sb[1] and sb[0] - timedelta(days=slack) <= sa[1]


def mechanism_key(e: Engagement) -> tuple | None:
    if not e.mechanism or not e.mechanism.ordinal:
        return None
    words = re.findall(r"[a-z0-9]+", e.mechanism.name.lower())
    return ("mechanism", " ".join(w for w in words if w not in {"the", "of", "and", "meeting"}), e.mechanism.ordinal)


def _months(e: Engagement) -> list[str]:
    s = span(e.date)
    if s is None or (s[1] - s[0]).days > 100:
        return []
    months, day = [], s[0].replace(day=1)
    while day <= s[1]:
        months.append(day.strftime("%Y-%m"))
        day = (day + timedelta(days=32)).replace(day=1)
    return months


def _keys(e: Engagement) -> list[tuple]:
    keys = [k for k in [mechanism_key(e)] if k]
    keys += [("who", _family(e.kind), p.actor, m) for p in e.participants if p.actor for m in _months(e)]
    named = distinct_words(e.mechanism.name) if e.mechanism else set()
    keys += [("named", e.kind, word, m) for word in sorted(named) for m in _months(e)]
    return keys


def _docs(e: Engagement) -> set[str]:
    return set(e.documents) | {ev.doc for ev in e.evidence}


def _told_twice(a: Engagement, b: Engagement) -> bool:
    """Within one document, only the same people meeting in the same place a day apart are one event
    (a caption and the story resolving the day differently); extraction decided everything else."""
    people = {p.actor for p in a.participants} - {None}
    places = {a.location.place, b.location.place} - {None}
    return (a.kind == b.kind and a.status == b.status == "held" and len(people) >= 2
            and people == {p.actor for p in b.participants} - {None} and len(places) <= 1
            and _overlap(a.date, b.date) and same_mechanism(a, b))


def _same(a: Engagement, b: Engagement) -> bool:
    if _docs(a) & _docs(b):
        return _told_twice(a, b)
    ka, kb = mechanism_key(a), mechanism_key(b)
    if ka and kb:
        return ka == kb
    shared = {p.actor for p in a.participants} & {p.actor for p in b.participants} - {None}
    named = a.mechanism and b.mechanism and distinct_words(a.mechanism.name) and distinct_words(b.mechanism.name)
    return (_kinds_fit(a, b) and _status_fits(a, b) and bool(shared or named) and _overlap(a.date, b.date)
            and same_mechanism(a, b))


def _family(kind: str) -> str:
    """Blocks put summits with meetings: one outlet's summit is another's meeting of the leaders."""
    return "meeting" if kind == "summit" else kind


def _kinds_fit(a: Engagement, b: Engagement) -> bool:
    """Same kind, or a summit and a meeting whose people all take part in the summit."""
    if a.kind == b.kind:
        return True
    if {a.kind, b.kind} != {"meeting", "summit"}:
        return False
    pa, pb = ({p.actor for p in e.participants} - {None} for e in (a, b))
    return bool(pa and pb) and (pa <= pb or pb <= pa)


def _status_fits(a: Engagement, b: Engagement) -> bool:
    """Reports agree on status, or one announced what the other saw held; a cancellation stands apart."""
    return a.status == b.status or {a.status, b.status} == {"planned", "held"}


def _loose_keys(e: Engagement) -> list[tuple]:
    keys = [("who", _family(e.kind), p.actor) for p in e.participants if p.actor]
    return keys + ([("ordinal", e.kind, e.mechanism.ordinal)] if e.mechanism and e.mechanism.ordinal else [])


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9+]+", name.lower()) if len(w) > 2}


def distinct_words(name: str) -> set[str]:
    """The words that tell one mechanism from another ("Critical Minerals Dialogue" -> critical, minerals)."""
    from bilat.fuse.commitments import rules
    generic = set(rules()["heads"]) | set(rules()["not_names"])
    return _words(name) - generic


def same_mechanism(a: Engagement, b: Engagement) -> bool:
    """One unnamed ("the exercise"), or named alike: at least half their telling words shared."""
    wa = distinct_words(a.mechanism.name) if a.mechanism else set()
    wb = distinct_words(b.mechanism.name) if b.mechanism else set()
    if not wa or not wb:
        return True
    return len(wa & wb) * 2 >= len(wa | wb)


def _loosely_same(undated: Engagement, dated: Engagement) -> bool:
    """Same kind, status, mechanism and country, from different documents."""
    if _docs(undated) & _docs(dated) or not _status_fits(undated, dated) or not _kinds_fit(undated, dated):
        return False
    a, b = undated.location.country, dated.location.country
    if a and b and a != b:
        return False
    return same_mechanism(undated, dated)


def _best_fit(e: Engagement, candidates: list[int], items: list[Engagement], groups: ApartSets) -> int | None:
    """The one event sharing the most people with `e`; None when two fit equally well."""
    people = {p.actor for p in e.participants} - {None}
    shared: dict[int, int] = {}
    for j in candidates:
        if _loosely_same(e, items[j]):
            root = groups.find(j)
            shared[root] = max(shared.get(root, 0), len(people & {p.actor for p in items[j].participants}))
    best = max(shared.values(), default=None)
    winners = [root for root, n in shared.items() if n == best]
    return winners[0] if len(winners) == 1 else None


def _attach_undated(items: list[Engagement], groups: ApartSets) -> None:
    """An undated report joins a dated event only when one event fits it better than any other."""
    dated = defaultdict(list)
    for i, e in enumerate(items):
        if span(e.date):
            for key in _loose_keys(e):
                dated[key].append(i)
    for i, e in enumerate(items):
        if span(e.date) is None:
            fit = _best_fit(e, [j for key in _loose_keys(e) for j in dated.get(key, ())], items, groups)
            if fit is not None:
                groups.union(i, fit)


def _days(e: Engagement, longest: int = 7) -> list[str]:
    """Every day an engagement may have been on, a day's slack each side; [] when undated or vague."""
    s = span(e.date)
    if s is None or (s[1] - s[0]).days > longest:
        return []
    return [(s[0] + timedelta(days=d)).isoformat() for d in range(-1, (s[1] - s[0]).days + 2)]


def _attach_anonymous(items: list[Engagement], groups: ApartSets) -> None:
    """A report naming nobody (and no mechanism) but its day joins the one same-kind event of that
    day, give or take one, or of that month when the other report gives only the month."""
    by_day = defaultdict(list)
    for i, e in enumerate(items):
        for day in _days(e, longest=31):
            by_day[(e.kind, day)].append(i)
    for i, e in enumerate(items):
        if e.participants or e.mechanism or e.date is None or e.date.precision != "day" or not _days(e):
            continue
        fits = {groups.find(j) for j in by_day[(e.kind, span(e.date)[0].isoformat())]
                if j != i and _loosely_same(e, items[j])}
        if len(fits) == 1:
            groups.union(i, fits.pop())


def _rename(e: Engagement, renamed: dict[str, str]) -> Engagement:
    people = tuple(replace(p, actor=renamed.get(p.actor, p.actor)) for p in e.participants)
    return replace(e, participants=people)


def group_engagements(items: list[Engagement]) -> list[list[int]]:
    """Which reports are one event: blocking, pairwise checks inside blocks, then clusters built
    from the closest pairs first, never joining two events one document told apart."""
    groups = ApartSets([_docs(e) for e in items])
    blocks = defaultdict(list)
    for i, e in enumerate(items):
        for key in _keys(e):
            blocks[key].append(i)
    pairs = set()
    for members in blocks.values():
        for i, x in enumerate(members[:50]):  # a block larger than that is not one event
            pairs.update((x, y) for y in members[i + 1:50] if x != y and _same(items[x], items[y]))
    for x, y in sorted(sorted(pairs), key=lambda pair: _affinity(items[pair[0]], items[pair[1]]), reverse=True):
        groups.union(x, y, same_document=bool(_docs(items[x]) & _docs(items[y])))
    _attach_undated(items, groups)
    _attach_anonymous(items, groups)
    return groups.groups()


def _affinity(a: Engagement, b: Engagement) -> tuple:
    """How alike two reports are: shared mechanism instance, shared people, same day, same place."""
    people = len({p.actor for p in a.participants} & {p.actor for p in b.participants} - {None})
    key = mechanism_key(a)
    named = bool(a.mechanism and b.mechanism and distinct_words(a.mechanism.name) & distinct_words(b.mechanism.name))
    return (key is not None and key == mechanism_key(b), named, people, a.date == b.date,
            a.location.place is not None and a.location.place == b.location.place)


def fuse_engagements(engagements: list[Engagement], renamed: dict[str, str]) -> tuple[list[Engagement], list[Flag]]:
    """Merged engagements and the contradictions found while merging."""
    items = [_rename(e, renamed) for e in engagements]
    merged, flags = [], []
    for members in group_engagements(items):
        e, found = merge([items[i] for i in members])
        merged.append(e)
        flags += found
    return merged, flags


def merge(same: list[Engagement]) -> tuple[Engagement, list[Flag]]:
    """Reconcile reports of one engagement: precise date, most-cited place, all participants."""
    if len(same) == 1:
        return same[0], []
    first = same[0]
    places = Counter(e.location.place for e in same if e.location.place)
    location = next((e.location for e in same if places and e.location.place == places.most_common(1)[0][0]),
                    next((e.location for e in same if e.location.country), first.location))
    people: dict[str, Participant] = {}
    for p in (p for e in same for p in e.participants):
        people.setdefault(p.actor or p.name, p)
    status = "held" if any(e.status == "held" for e in same) else first.status
    kinds = Counter(e.kind for e in same)
    kind = max(kinds, key=lambda k: (kinds[k], k != "meeting"))     # on a tie the more telling kind (a summit)
    dated = _best_dated(same, status)
    fused = replace(
        first, kind=kind, date=dated.date if dated else None,
        date_basis=dated.date_basis if dated else None,
        location=location, participants=tuple(people.values()),
        mechanism=_best_mechanism(same), status=status,
        countries=tuple(sorted({c for e in same for c in e.countries})),
        topics=tuple(sorted({t for e in same for t in e.topics})),
        documents=tuple(dict.fromkeys(d for e in same for d in e.documents)),
        evidence=tuple(ev for e in same for ev in e.evidence))
    return fused, _contradictions(fused.id, same)


def _best_mechanism(same: list[Engagement]):
    """The name most reports give, numbered if any report numbers it; dated reports count first."""
    named = [e for e in same if e.mechanism]
    if not named:
        return None
    votes = Counter(e.mechanism.name.lower() for e in named)
    best = max(named, key=lambda e: (votes[e.mechanism.name.lower()], span(e.date) is not None,
                                     e.mechanism.ordinal is not None, len(e.mechanism.name)))
    ordinal = best.mechanism.ordinal or next((e.mechanism.ordinal for e in named if e.mechanism.ordinal), None)
    return replace(best.mechanism, ordinal=ordinal)


def _vagueness(d: DateInterval) -> tuple[int, int]:
    """How vague a date is: its precision, then how many days it spans (one day before three)."""
    first, last = span(d)
    return PRECISION_RANK.get(d.precision, 6), (last - first).days


def _trusted(same: list[Engagement]) -> list[Engagement]:
    """The dated reports to believe: a day the text states outranks a report's own date."""
    dated = [e for e in same if span(e.date)]
    return [e for e in dated if e.date_basis != "document"] or dated


def _best_dated(same: list[Engagement], status: str) -> Engagement | None:
    """The report whose date the event takes. Reports of the event as it was (held) set the frame,
    one at odds with most of the others left out; a schedule or cancelled plan counts only where it
    fits them all. Then the most precise date that agrees with every coarser report of the frame;
    among equals, the most reported, then the fullest account."""
    dated = sorted(_trusted(same), key=lambda e: _vagueness(e.date))
    frame = _agreeing([e for e in dated if e.status == status] or dated)
    fits = [e for e in dated if e in frame or all(_overlap(e.date, o.date, slack=0) for o in frame)]
    for e in fits:
        if all(_overlap(e.date, o.date, slack=0) for o in frame if _vagueness(o.date) > _vagueness(e.date)):
            peers = [o for o in fits if _vagueness(o.date) == _vagueness(e.date)]
            votes = Counter(o.date for o in peers)
            return max(peers, key=lambda o: (votes[o.date], o.status == status, len(o.participants), len(o.evidence)))
    return frame[0] if frame else None


def _agreeing(reports: list[Engagement]) -> list[Engagement]:
    """Reports without the one that overlaps fewer than half of the others (of three or more)."""
    if len(reports) < 3:
        return reports
    kept = [e for e in reports if 2 * sum(_overlap(e.date, o.date) for o in reports if o is not e) >= len(reports) - 1]
    return kept or reports


def _contradictions(subject: str, same: list[Engagement]) -> list[Flag]:
    flags = []
    places = {}
    for e in same:
        if e.location.place:
            places.setdefault(e.location.place, e)
    if len(places) > 1:
        flags.append(_flag(subject, "location", places, lambda e: e.location.place))
    ordinals = {e.mechanism.ordinal: e for e in same if e.mechanism and e.mechanism.ordinal}
    if len(ordinals) > 1:
        flags.append(_flag(subject, "ordinal", ordinals, lambda e: e.mechanism.ordinal))
    dated = [e for e in same if span(e.date)]
    if any(not _overlap(a.date, b.date) for a in dated for b in dated):
        flags.append(_flag(subject, "date", {e.date.start: e for e in dated}, lambda e: e.date.start))
    return flags + _role_contradictions(subject, same)


def _role_contradictions(subject: str, same: list[Engagement]) -> list[Flag]:
    """One participant given two different offices by the reports ('Foreign Minister' vs 'Trade Minister');
    two wordings of one office ('External Affairs Minister', 'Foreign Minister') agree."""
    from bilat.extract.offices import office_of
    offices: dict[str, dict[str, Engagement]] = defaultdict(dict)
    names = {}
    for e in same:
        for p in e.participants:
            office = office_of(p.role) if p.actor and p.role else None
            if office:
                offices[p.actor].setdefault(office, replace(e, title=p.role))
                names[p.actor] = p.name
    return [_flag(subject, "role", found, lambda e, who=names[actor]: f"{who}: {e.title}")
            for actor, found in offices.items() if len(found) > 1]


def _flag(subject: str, field: str, values: dict, show) -> Flag:
    parts = [f"{show(e)} ({', '.join(e.documents)})" for e in values.values()]
    evidence: tuple[Evidence, ...] = tuple(e.evidence[0] for e in values.values() if e.evidence)
    return Flag("contradiction", subject, field, " vs ".join(parts), evidence)
