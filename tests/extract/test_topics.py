import pytest

from bilat.extract.topics import document_topics, span_topics, topic_hits, topic_phrases

TAXONOMY = {"defence_industry", "defence_technology", "military_cooperation", "security", "cyber",
            "regional_security", "space", "critical_emerging_tech", "semiconductors", "ai", "telecom",
            "science_technology", "nuclear_energy", "green_hydrogen", "clean_energy", "trade", "investment",
            "supply_chains", "critical_minerals", "shipbuilding_maritime", "infrastructure", "culture_people",
            "education_mobility", "health", "multilateral"}


def test_topic_ids_are_exactly_the_taxonomy():
    assert set(topic_phrases()) == TAXONOMY


@pytest.mark.parametrize("text, topics", [
    ("The ministers agreed on joint production of K9 Vajra howitzers.", ("defence_industry",)),
    # keyword gaps: export credit, qualifications and skilled workers, quantum, mobile networks
    ("The state lender will offer financing for new dry docks.", ("investment",)),
    ("Both sides will recognise each other's nursing qualifications.", ("education_mobility",)),
    ("The labs will pool work on quantum sensors.", ("science_technology",)),
    ("Engineers will test next-generation mobile networks in Pune.", ("telecom",)),
    ("DRDO and DAPA will pursue technology transfer.", ("defence_technology",)),
    ("The navies held a joint exercise off Busan.", ("military_cooperation",)),
    ("They discussed the Korean Peninsula and the Indo-Pacific.", ("regional_security",)),
    ("Cooperation in critical and emerging technologies was the focus.", ("critical_emerging_tech",)),
    ("Korean firms may build chip fabs; semiconductor supply chains were discussed.",
     ("semiconductors", "supply_chains")),
    ("They talked about AI and 6G networks.", ("ai", "telecom")),
    ("Both sides agreed to upgrade the CEPA to boost trade.", ("trade",)),
    ("Green hydrogen and civil nuclear cooperation were on the table.", ("green_hydrogen", "nuclear_energy")),
    ("More student exchanges and tourist visas were promised.", ("education_mobility", "culture_people")),
    ("India backed Korea's UN peacekeeping ministerial.", ("multilateral",)),
    ("The ministers said they would aim for peace.", ()),
    # a title or an office names no subject
    ("The Deputy National Security Advisor briefed reporters.", ()),
    ("She called on officials of the Ministry of Shipping and Ports.", ()),
    ("The mayor opened an Indo-Korean Friendship Park in Pune.", ()),
    # the longest phrase wins its words
    ("The pact covers joint research and development of drones.", ("defence_technology",)),
    ("They agreed to work together in political and security areas.", ("security",)),
    ("Both sides sought closer economic cooperation.", ("trade",)),
    ("He addressed the Indian community in Busan.", ("culture_people",)),
    # word forms and trade remedies
    ("The two firms will co-produce light tanks in Gujarat.", ("defence_industry",)),
    ("Seoul asked New Delhi to lift anti-dumping duties on its steel.", ("trade",)),
    ("They reviewed cooperation in science, technology and space.", ("science_technology", "space")),
    # words that also name other things count only in a phrase that fixes their sense
    ("Exporters said cargo sat at ports for weeks.", ()),
    ("The shipyard builds naval vessels and commercial tankers.", ("shipbuilding_maritime",)),
    ("Sailors joined a yoga session on the pier.", ()),
    ("Trade has doubled since the pandemic.", ("trade",)),
    ("Both sides agreed on customs cooperation and pandemic preparedness.", ("trade", "health")),
    ("The plan trains skilled workers for the shipyards.", ("education_mobility", "shipbuilding_maritime")),
])
def test_span_topics(text, topics):
    assert span_topics(text) == topics


def test_acronyms_match_only_in_capitals():
    assert span_topics("The aim is to visit the main plant.") == ()


def test_hits_point_at_the_words():
    text = "Talks covered cyber security."
    assert [(t, text[s:e]) for t, s, e in topic_hits(text)] == [("cyber", "cyber security")]


def test_document_topics():
    assert document_topics("Trade rose. Investment followed.") == ("trade", "investment")
