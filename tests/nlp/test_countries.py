"""Country lookups: names, demonyms, capitals and names in other languages -> ISO alpha-3."""
import pytest

from bilat.nlp.countries import country_of, find_countries


@pytest.mark.parametrize("text, countries", [
    ("Seoul and New Delhi signed a pact.", ["KOR", "IND"]),
    ("The Indian envoy met South Korean officials.", ["IND", "KOR"]),
    ("North Korea fired a missile; the ROK protested.", ["PRK", "KOR"]),
    # a phrase that names no country
    ("Peace on the Korean Peninsula was discussed.", [None]),
    # other languages
    ("La India y Corea del Sur firmaron un acuerdo.", ["IND", "KOR"]),
    ("L'Inde et la Corée du Sud ont signé un accord.", ["IND", "KOR"]),
    ("Indien und Südkorea vereinbarten Gespräche.", ["IND", "KOR"]),
    ("A Índia e a Coreia do Sul assinaram um acordo.", ["IND", "KOR"]),
    # a Korean name with its particle attached
    ("인도와 한국은 협력에 합의했다.", ["IND", "KOR"]),
    ("भारत और दक्षिण कोरिया ने समझौता किया।", ["IND", "KOR"]),
])
def test_find_countries(text, countries):
    assert [m.country for m in find_countries(text)] == countries


def test_a_particle_is_not_part_of_the_name():
    assert [m.text for m in find_countries("인도와 한국은")] == ["인도", "한국"]


@pytest.mark.parametrize("surface, iso", [("Korean", "KOR"), ("New Delhi", "IND"), ("Corée du Sud", "KOR"),
                                          ("Atlantis", None)])
def test_country_of(surface, iso):
    assert country_of(surface) == iso
