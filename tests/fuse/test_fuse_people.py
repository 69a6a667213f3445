import pytest

from bilat.fuse.names import same_name
from bilat.fuse.people import fuse_people
from bilat.model import Actor, Evidence, Role


@pytest.mark.parametrize("a, b, same", [
    ("S. Jaishankar", "Subrahmanyam Jaishankar", True),
    ("Jaishankar", "S. Jaishankar", True),
    ("Cho Tae-yul", "Cho Tae Yul", True),
    ("Cho Tae-yul", "Cho Taeyul", True),
    ("Park Yoon-joo", "Yoon-joo Park", True),
    ("Park Jin", "Park Yoon-joo", False),
    ("Kim Sung-han", "Kim Jong-dae", False),
    ("Kim", "Kim Sung-han", False),
    ("Rajnath Singh", "Manmohan Singh", False),
    ("Eom Donghwan", "Eom Dong-hwan", True),
    ("Sanjay Kumar", "S. Kumar", True),
    ("S. Kumar", "Sanjay Kumar", True),
    ("S. Kumar", "R. Kumar", False),
])
def test_name_variants(a, b, same):
    assert same_name(a, b) is same


def person(name, doc, country=None, title=None):
    ev = Evidence(doc, 0, len(name), name)
    roles = (Role(title, None, country, "2024-01-01", (ev,)),) if title else ()
    return Actor(id=f"p:{name.lower().replace(' ', '-')}-{doc}", kind="person", name=name,
                 country=country, roles=roles, evidence=(ev,))


def test_one_person_however_written_keeps_every_alias_and_role():
    actors = [person("S. Jaishankar", "d1", "IND", "External Affairs Minister"),
              person("Subrahmanyam Jaishankar", "d2", "IND"),
              person("Jaishankar", "d3")]
    merged, renamed = fuse_people(actors)
    assert len(merged) == 1
    only = merged[0]
    assert only.name == "Subrahmanyam Jaishankar"
    assert set(only.aliases) == {"S. Jaishankar", "Jaishankar"}
    assert only.country == "IND" and only.roles[0].title == "External Affairs Minister"
    assert set(renamed.values()) == {only.id}


def test_two_ministers_named_kim_stay_apart_and_countries_must_agree():
    actors = [person("Kim Sung-han", "d1", "KOR"), person("Kim Jong-dae", "d2", "KOR"),
              person("Kim", "d3", "KOR"), person("Suh Wook", "d4", "KOR"), person("Suh Wook", "d5", "IND")]
    merged, _ = fuse_people(actors)
    assert len(merged) == 5


def test_people_in_one_document_are_never_merged_by_fusion():
    merged, _ = fuse_people([person("Lee Jae", "d1"), person("Lee Jae", "d1")])
    assert len(merged) == 2


def test_a_bare_surname_never_chains_different_people_together():
    actors = [person("Manmohan Singh", "d1", "IND"), person("Rajnath Singh", "d2", "IND"),
              person("Singh", "d3", "IND"), person("K. Singh", "d4", "IND"), person("Vijay Thakur Singh", "d5", "IND")]
    merged, _ = fuse_people(actors)
    assert sorted(a.name for a in merged) == ["K. Singh", "Manmohan Singh", "Rajnath Singh", "Singh",
                                              "Vijay Thakur Singh"]


def test_a_bare_surname_joins_the_only_person_it_fits_and_same_surnames_join_without_one():
    merged, _ = fuse_people([person("Subrahmanyam Jaishankar", "d1", "IND"), person("Jaishankar", "d2", "IND"),
                             person("Misri", "d3", "IND"), person("Misri", "d4", "IND")])
    assert sorted((a.name, len({e.doc for e in a.evidence})) for a in merged) == [
        ("Misri", 2), ("Subrahmanyam Jaishankar", 2)]


def test_an_alias_that_is_only_a_surname_does_not_link_two_full_names():
    a = Actor(**{**person("Rajnath Singh", "d1", "IND").__dict__, "aliases": ("Singh",)})
    merged, _ = fuse_people([a, person("Manmohan Singh", "d2", "IND")])
    assert len(merged) == 2


@pytest.mark.parametrize("names, people", [
    (["A K Antony", "K. Antony", "Antony"], 1),
    (["K. Antony", "S. Antony", "Antony"], 3),
    (["Kim", "Kim"], 2),
])
def test_short_names_with_one_surname_join_when_their_initials_agree(names, people):
    merged, _ = fuse_people([person(n, f"d{i}", "IND") for i, n in enumerate(names)])
    assert len(merged) == people


def test_one_full_name_is_one_person_whatever_country_a_report_gave_and_ids_stay_unique():
    from bilat.fuse.people import fuse_people
    from bilat.model import Actor, Evidence

    def person(doc, name, country):
        pid = "p:" + name.lower().replace(" ", "-")
        return Actor(pid, "person", name, (), country, (), (Evidence(doc, 0, 3, name[:3]),))
    merged, _ = fuse_people([person("d1", "Han Min-seok", "KOR"), person("d2", "Han Min-seok", "IND"),
                             person("d3", "Kim", "KOR"), person("d4", "Kim", "IND")])
    assert [a.name for a in merged].count("Han Min-seok") == 1
    assert len({a.id for a in merged}) == len(merged)
