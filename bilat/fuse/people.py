"""One actor per person across documents."""
from __future__ import annotations

from collections import Counter, defaultdict

from bilat.fuse.names import parts, same_name
from bilat.fuse.unionfind import UnionFind
from bilat.model import Actor


def _docs(actor: Actor) -> set[str]:
    return {e.doc for e in actor.evidence}


def _compatible(a: Actor, b: Actor) -> bool:
    if a.kind != b.kind or (a.country and b.country and a.country != b.country):
        return False
    if _docs(a) & _docs(b):
        return False  # extraction already kept them apart within a document
    names_a, names_b = (a.name, *a.aliases), (b.name, *b.aliases)
    return same_name(a.name, b.name) or any(same_name(x, y) for x in names_a[:1] for y in names_b)


def _blocks(actors: list[Actor]) -> dict[str, list[int]]:
    """Actors sharing any name token (of two letters or more) are candidates; nothing else is compared."""
    blocks = defaultdict(list)
    for i, a in enumerate(actors):
        for token in {p for p in parts(a.name) if len(p) > 1}:
            blocks[token].append(i)
    return blocks


def fuse_people(actors: list[Actor]) -> tuple[list[Actor], dict[str, str]]:
    """Merged actors, and a map from every per-document actor id to its merged id."""
    groups = UnionFind(len(actors))
    for members in _blocks(actors).values():
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                if groups.find(x) != groups.find(y) and _compatible(actors[x], actors[y]):
                    groups.union(x, y)
    merged, renamed = [], {}
    for members in groups.groups():
        actor = merge_actors([actors[i] for i in members])
        merged.append(actor)
        renamed.update({actors[i].id: actor.id for i in members})
    return merged, renamed


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
