"""GraphML for network tools (networkx, Gephi): who met whom, and who belongs where.

Nodes: people, organizations and countries (and, on request, engagements), each with
`kind` and `label`. Edges carry `relation`:
  met          person - person: took part in the same held engagement; `weight` = how many,
               `first` / `last` = earliest and latest date, `engagements` = their ids (";")
  country      person - country
  office       person - organization (`title` = the office)
  attended     person - engagement (only with engagements)
  involves     engagement - country (only with engagements)
"""
from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import networkx as nx

from bilat.model import Engagement
from bilat.nlp.countries import country_name


def _clean(attrs: dict) -> dict:
    # GraphML has no null: an unknown value is simply absent
    return {k: v for k, v in attrs.items() if v is not None}


def _org_id(name: str) -> str:
    return "o:" + "-".join(re.findall(r"[a-z0-9]+", name.lower()))


def add_country(graph: nx.Graph, code: str) -> str:
    node = f"c:{code}"
    graph.add_node(node, kind="country", label=country_name(code), code=code)
    return node


def add_people(graph: nx.Graph, record) -> None:
    """Person nodes, with their country and organizations as nodes joined to them."""
    for a in (a for a in record.actors if a.kind == "person"):
        offices = ";".join(dict.fromkeys(r.title for r in a.roles))
        graph.add_node(a.id, **_clean({"kind": "person", "label": a.name, "country": a.country,
                                       "offices": offices or None}))
        if a.country:
            graph.add_edge(a.id, add_country(graph, a.country), relation="country", weight=1)
        for role in (r for r in a.roles if r.organization):
            org = _org_id(role.organization)
            graph.add_node(org, kind="organization", label=role.organization)
            graph.add_edge(a.id, org, relation="office", title=role.title, weight=1)


def add_met(graph: nx.Graph, engagement: Engagement) -> None:
    """Join every two people of one held engagement; repeated meetings add to the weight."""
    people = sorted({p.actor for p in engagement.participants if p.actor and p.actor in graph})
    day = engagement.date.start if engagement.date else None
    for a, b in combinations(people, 2):
        edge = graph.get_edge_data(a, b) or {"relation": "met", "weight": 0, "engagements": ""}
        dates = [d for d in (edge.get("first"), edge.get("last"), day) if d]
        ids = ";".join(filter(None, [edge["engagements"], engagement.id]))
        graph.add_edge(a, b, **_clean({**edge, "weight": edge["weight"] + 1, "engagements": ids,
                                       "first": min(dates, default=None), "last": max(dates, default=None)}))


def add_engagement(graph: nx.Graph, e: Engagement) -> None:
    """An engagement node, joined to its participants and countries."""
    graph.add_node(e.id, **_clean({"kind": "engagement", "label": e.title, "engagement_kind": e.kind,
                                   "status": e.status, "date": e.date.start if e.date else None,
                                   "mechanism": e.mechanism.name if e.mechanism else None}))
    for p in (p for p in e.participants if p.actor and p.actor in graph):
        graph.add_edge(p.actor, e.id, relation="attended", weight=1)
    for code in e.countries:
        graph.add_edge(e.id, add_country(graph, code), relation="involves", weight=1)


def actor_graph(record, with_engagements: bool = False) -> nx.Graph:
    """The network of actors; `met` edges come from held engagements only.

    >>> actor_graph(record).edges["p:anand-varma", "p:choi-sung-hoon"]["weight"]  # doctest: +SKIP
    2
    """
    graph = nx.Graph(name="bilat actors")
    add_people(graph, record)
    for e in record.engagements:
        if e.status == "held":
            add_met(graph, e)
        if with_engagements:
            add_engagement(graph, e)
    return graph


def write_graphml(output, record, with_engagements: bool = False) -> None:
    """Write the graph to a path or a binary file object."""
    nx.write_graphml(actor_graph(record, with_engagements), str(output) if isinstance(output, Path) else output)
