import pytest

from bilat.extract.commitments import extract_commitments
from extraction_inputs import inputs

PAIR = ("IND", "KOR")
PEOPLE = {"Kim Min-seo": ("Kim Min-seo", "KOR", "Foreign Minister")}
DATES = {
    "in the first quarter of 2025": ("2025-01-01", "2025-03-31", "quarter"),
    "by 2030": ("2030-01-01", "2030-12-31", "year"),
    "in September": ("2024-09-01", "2024-09-30", "month"),
    "at the earliest": None,
}


def commitments(text):
    return extract_commitments(*inputs(text, PEOPLE, DATES), PAIR)


@pytest.mark.parametrize("text, strength", [
    ("Both sides agreed to convene the third Steering Committee meeting.", "firm"),
    ("India and South Korea decided to set up a joint working group on shipbuilding.", "firm"),
    ("India will send a delegation to the defence exhibition in Seoul in September.", "firm"),
    ("During the visit, he'll hold talks with the Korean trade minister.", "firm"),
    ("She is also scheduled to attend the opening of the Korean cultural centre.", "firm"),
    ("The second MoU signed is for cooperation in shipbuilding research.", "firm"),
    ("The two sides agreed to explore cooperation in critical minerals.", "qualified"),
    ("Both countries will continue to work on a smoother visa regime.", "qualified"),
    ("Kim Min-seo expressed hope that the trade pact would be upgraded soon.", "aspirational"),
    ("Indian shipyards are gearing up to bid for Korean orders.", "aspirational"),
    ("Kim Min-seo is expected to visit New Delhi in September.", "aspirational"),
    ("The two leaders look forward to doubling bilateral trade by 2030.", "aspirational"),
])
def test_strength(text, strength):
    assert [c.strength for c in commitments(text)] == [strength]


@pytest.mark.parametrize("text", [
    "The two ministers welcomed the progress made in defence industry cooperation.",
    "Both sides noted the growing trade between the two countries.",
    "The Korean side appreciated India's role in the Indo-Pacific.",
    "They reaffirmed the importance of the Special Strategic Partnership.",
])
def test_not_commitments(text):
    assert commitments(text) == []


@pytest.mark.parametrize("text, due, due_text", [
    ("The two sides will launch a trilateral technology dialogue in the first quarter of 2025.",
     ("2025-01-01", "2025-03-31", "quarter"), "in the first quarter of 2025"),
    ("Both sides agreed to double bilateral trade to 50 billion dollars by 2030.",
     ("2030-01-01", "2030-12-31", "year"), "by 2030"),
    ("Both sides agreed to convene the next Joint Commission at the earliest.", None, "at the earliest"),
    ("Both sides agreed to deepen cooperation in shipbuilding.", None, None),
])
def test_due(text, due, due_text):
    c = commitments(text)[0]
    found = (c.due.start, c.due.end, c.due.precision) if c.due else None
    assert (found, c.due_text) == (due, due_text)


@pytest.mark.parametrize("text, parties", [
    ("Both sides agreed to hold the next round of talks in Seoul.", ("IND", "KOR")),
    ("India will host the Korean defence minister in September.", ("IND",)),
    ("Kim Min-seo promised to send a trade mission to Mumbai.", ("KOR",)),
])
def test_parties(text, parties):
    assert commitments(text)[0].parties == parties


@pytest.mark.parametrize("text, actions", [
    ("The two sides decided to focus on joint research, joint production and joint export.",
     ["focus on joint research, joint production and joint export"]),
    ("The ministers agreed to hold the 2+2 dialogue and the Joint Commission meeting in September.",
     ["hold the 2+2 dialogue", "hold the Joint Commission meeting in September"]),
])
def test_bundles_and_separate_commitments(text, actions):
    assert [c.action for c in commitments(text)] == actions


def test_commitment_evidence_quotes_the_sentence():
    text = "Trade grew. Both sides agreed to convene the fifth Steering Committee meeting at the earliest."
    c = commitments(text)[0]
    assert (c.evidence[0].quote, c.statement) == (text[12:], text[12:])
