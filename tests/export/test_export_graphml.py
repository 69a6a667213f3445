"""GraphML export: read back by networkx with the expected nodes, edges and weights."""
import networkx as nx
import pytest
from export_records import RECORD

from bilat.export.graphml import actor_graph, write_graphml


@pytest.fixture
def graph(tmp_path):
    path = tmp_path / "actors.graphml"
    write_graphml(path, RECORD)
    return nx.read_graphml(path)


@pytest.mark.parametrize("node, kind, label", [
    ("p:anita-rao", "person", "Anita Rao"),
    ("p:kim-ji-ho", "person", "Kim Ji-ho"),
    ("c:IND", "country", "India"),
    ("c:KOR", "country", "South Korea"),
    ("o:ministry-of-external-affairs", "organization", "Ministry of External Affairs"),
])
def test_people_countries_and_organizations_are_nodes(graph, node, kind, label):
    assert graph.nodes[node]["kind"] == kind and graph.nodes[node]["label"] == label


@pytest.mark.parametrize("a, b, expected", [
    # two held engagements a year apart: weight 2, first and last dates
    ("p:anita-rao", "p:kim-ji-ho", {"relation": "met", "weight": 2, "first": "2023-03-01", "last": "2024-05-02",
                                    "engagements": "e:1;e:2"}),
    # the planned visit adds nothing: they have only spoken on the phone
    ("p:anita-rao", "p:lee-min-seo", {"relation": "met", "weight": 1, "first": "2024-06-10",
                                      "last": "2024-06-10", "engagements": "e:3"}),
    ("p:kim-ji-ho", "c:KOR", {"relation": "country", "weight": 1}),
    ("p:anita-rao", "o:ministry-of-external-affairs", {"relation": "office", "title": "External Affairs Minister"}),
])
def test_edges_say_who_met_whom_how_often_and_when(graph, a, b, expected):
    edge = graph.edges[a, b]
    assert {k: edge[k] for k in expected} == expected


def test_people_who_never_took_part_together_are_not_joined(graph):
    assert not graph.has_edge("p:kim-ji-ho", "p:lee-min-seo")
    assert graph.number_of_nodes() == 6


def test_engagements_become_nodes_on_request(tmp_path):
    path = tmp_path / "with-engagements.graphml"
    write_graphml(path, RECORD, with_engagements=True)
    graph = nx.read_graphml(path)
    assert graph.nodes["e:1"]["kind"] == "engagement" and graph.nodes["e:1"]["mechanism"] == "Joint Commission"
    assert graph.edges["p:kim-ji-ho", "e:1"]["relation"] == "attended"
    assert graph.edges["e:4", "c:KOR"]["relation"] == "involves"
    assert "date" not in graph.nodes["e:4"]  # undated: no attribute rather than an empty one


def test_the_graph_is_plain_networkx():
    assert isinstance(actor_graph(RECORD), nx.Graph)
