"""One actor per person across documents."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from bilat.fuse.names import parts, same_name
from bilat.fuse.unionfind import UnionFind
from bilat.model import Actor


def _docs(actor: Actor) -> set[str]:
    return {e.doc for e in actor.evidence}


def _named(name: str) -> set[str]:
    return {p for p in parts(name) if len(p) > 1 and "-" not in p}


def is_weak(name: str) -> bool:
    """A name with one telling word ("Singh", "K. Singh"): it fits many people, so it never links two."""
    return len(_named(name)) <= 1


def _compatible(a: Actor, b: Actor) -> bool:
    if a.kind != b.kind or _docs(a) & _docs(b):
        return False  # extraction already kept them apart within a document
    if a.id == b.id and not is_weak(a.name):
        return True   # one full name: one person, whatever country a report gave by mistake
    if a.country and b.country and a.country != b.country:
        return False
    strong_b = [b.name] + [x for x in b.aliases if not is_weak(x)]
    return any(same_name(a.name, y) for y in strong_b)


def _blocks(actors: list[Actor], members: list[int]) -> dict[str, list[int]]:
    """Actors sharing any name token (of two letters or more) are candidates; nothing else is compared."""
    blocks = defaultdict(list)
    for i in members:
        for token in _named(actors[i].name) | {p for p in parts(actors[i].name) if len(p) > 1}:
            blocks[token].append(i)
    return blocks


def _link_strong(actors: list[Actor], strong: list[int], groups: UnionFind) -> None:
    for members in _blocks(actors, strong).values():
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                if groups.find(x) != groups.find(y) and _compatible(actors[x], actors[y]):
                    groups.union(x, y)


def _link_weak(actors: list[Actor], strong: list[int], weak: list[int], groups: UnionFind) -> None:
    """A short name joins the one person it fits; with no full name known, same short names join."""
    blocks = _blocks(actors, strong)
    for w in weak:
        fits = {groups.find(s) for token in _named(actors[w].name) for s in blocks.get(token, ())
                if _compatible(actors[w], actors[s])}
        if len(fits) == 1:
            groups.union(w, fits.pop())
    alone = defaultdict(list)
    for w in weak:
        if groups.find(w) == w and not any(_compatible(actors[w], actors[s]) for t in _named(actors[w].name)
                                           for s in blocks.get(t, ())):
            alone[(frozenset(_named(actors[w].name)), actors[w].country)].append(w)
    for same in alone.values():
        _join_alike(actors, same, groups)


def _initials(name: str) -> frozenset[str]:
    return frozenset(p for p in parts(name) if len(p) == 1)


def _join_alike(actors: list[Actor], same: list[int], groups: UnionFind) -> None:
    """Short names with one surname ("A K Antony", "K. Antony", "Antony") are one person when their
    initials never disagree; a common family name alone ("Kim") never joins anyone."""
    if _too_common(actors[same[0]].name):
        return
    initials = [_initials(actors[i].name) for i in same]
    if all(a <= b or b <= a for a in initials for b in initials):
        for other in same[1:]:
            if not (_docs(actors[same[0]]) & _docs(actors[other])):
                groups.union(same[0], other)


def _too_common(name: str) -> bool:
    from bilat.fuse.names import common_family_names
    return bool(_named(name) & common_family_names())


def fuse_people(actors: list[Actor]) -> tuple[list[Actor], dict[str, str]]:
    """Merged actors, and a map from every per-document actor id to its merged id."""
    groups = UnionFind(len(actors))
    strong = [i for i, a in enumerate(actors) if not is_weak(a.name)]
    weak = [i for i, a in enumerate(actors) if is_weak(a.name)]
    _link_strong(actors, strong, groups)
    _link_weak(actors, strong, weak, groups)
    merged, renamed = [], {}
    for members in groups.groups():
        actor = merge_actors([actors[i] for i in members])
        merged.append(actor)
        renamed.update({actors[i].id: actor.id for i in members})
    return _unique_ids(merged), renamed


def _unique_ids(actors: list[Actor]) -> list[Actor]:
    """Two people left apart under one short name ('Kim') keep ids of their own: 'p:kim', 'p:kim~2'."""
    seen: Counter = Counter()
    out = []
    for a in actors:
        seen[a.id] += 1
        out.append(a if seen[a.id] == 1 else replace(a, id=f"{a.id}~{seen[a.id]}"))
    return out


def merge_actors(same: list[Actor]) -> Actor:
    """One actor from several that are the same person: fullest name, every alias, role and mention."""
    if len(same) == 1:
        return same[0]
    best = max(same, key=lambda a: (len(parts(a.name)), len(a.name)))
    names = {n for a in same for n in (a.name, *a.aliases)} - {best.name}
    country = Counter(a.country for a in same if a.country).most_common(1)
    roles = {(r.title, r.as_of, r.country): r for a in same for r in a.roles}
    return Actor(id=best.id, kind=best.kind, name=best.name, aliases=tuple(sorted(names)),
                 country=country[0][0] if country else None,
                 roles=tuple(sorted(roles.values(), key=lambda r: r.as_of or "")),
                 evidence=tuple(e for a in same for e in a.evidence))
