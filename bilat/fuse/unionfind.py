"""Disjoint sets: the clustering step of fusion."""
from __future__ import annotations


class UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        """Members of each set, sets in order of their first member."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())


class ApartSets(UnionFind):
    """Disjoint sets that never join two sets holding different reports from one document:
    extraction already told a document's events apart, so a third report that resembles two of
    them must not chain them into one (cannot-link)."""

    def __init__(self, docs: list[set[str]]):
        super().__init__(len(docs))
        self.docs = [set(d) for d in docs]

    def union(self, a: int, b: int, same_document: bool = False) -> bool:
        """Join the sets of a and b unless they share a document; `same_document` pairs (one
        document telling one event twice) may. True when a and b are now in one set."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.docs[ra] & self.docs[rb] and not same_document:
            return False
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self.docs[keep] |= self.docs[gone]
        self.docs[gone] = set()
        return True
