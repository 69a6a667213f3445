"""Who held an office when, from hand-built records."""
import pytest

from bilat.fuse import Record
from bilat.model import Actor, Role
from bilat.query.views import people


def minister(name, title, day, country="KOR"):
    return Actor(id=f"p:{name}", kind="person", name=name, country=country,
                 roles=(Role(title, None, country, day),))


RECORD = Record(actors=(minister("Han Ji-ho", "Foreign Minister", "2023-04-02"),
                        minister("Han Ji-ho", "Foreign Minister", "2023-09-12"),
                        minister("Seo Min-a", "Minister of Foreign Affairs", "2026-02-14"),
                        minister("Oh Dae-jin", "Minister of National Defense", "2024-05-01"),
                        minister("Rekha Iyer", "External Affairs Minister", "2024-01-09", "IND")),
                engagements=(), commitments=(), flags=())


@pytest.mark.parametrize("country, office, as_of, expected", [
    ("KOR", "foreign minister", "2023-12-31", ["Han Ji-ho", "Han Ji-ho"]),
    ("KOR", "foreign minister", "2026-06-30", ["Seo Min-a", "Han Ji-ho", "Han Ji-ho"]),
    ("KOR", "Minister of Foreign Affairs", None, ["Seo Min-a", "Han Ji-ho", "Han Ji-ho"]),
    ("IND", "foreign minister", None, ["Rekha Iyer"]),
    ("KOR", "defence minister", "2024-01-01", []),
])
def test_holders_of_an_office_latest_first(country, office, as_of, expected):
    assert [a.name for a in people(RECORD, country, as_of, office)] == expected
