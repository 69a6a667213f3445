"""`bilat ask` over a corpus we wrote (tests/query/ask_corpus), ingested once with the real pipeline."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import bilat
from bilat.cli import cli
from bilat.query.ask import NOTHING, PASSAGES, ask
from bilat.query.ask_read import read

CORPUS = Path(__file__).parent / "ask_corpus"
TODAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("ask") / "ask.db")
    with bilat.open(path) as store:
        bilat.ingest(store, [str(CORPUS)])
    return path


@pytest.fixture(scope="module")
def asked(db):
    """ask(question, as_of) -> (Answer, {document id: corpus file name})."""
    store = bilat.open(db)
    files = {d.id: Path(d.source).stem for d in store.documents()}
    yield lambda question, as_of=TODAY: (ask(store, question, as_of), files)
    store.close()


# (question, as of, words the answer must hold, corpus file it must cite)
ANSWERED = [
    ("When did Rohan Mehra last meet Kang Min-jae?", TODAY, ["2023-06-19", "11th Joint Commission"], "jc11-2023"),
    ("When did Mehra meet Kang?", TODAY, ["2022-04-11", "2023-06-19"], "jc10-2022"),
    ("When did the two defence ministers last meet?", TODAY, ["2025-02-10", "New Delhi"], "defence-2025"),
    ("How many times did the defence ministers meet?", TODAY, ["2 in the record", "2022-11-02"], "defence-2022"),
    ("When did Arjun Bhatia speak to Lee Sang-hoon by phone?", TODAY, ["2023-09-14", "call"], "call-2023"),
    ("Which engagements discussed semiconductors in 2024?", TODAY, ["5th Strategic Dialogue", "Han Dong-soo"],
     "sd5-2024"),
    ("Which engagements discussed chips in 2024?", TODAY, ["Narendra Modi meets Han Dong-soo"], "modi-visit-2024"),
    ("Were chips discussed at the 11th Joint Commission?", TODAY, ["2023-06-19"], "jc11-2023"),
    ("Who is Korea's foreign minister?", TODAY, ["Yoon Ha-neul", "2024-05-22"], "modi-visit-2024"),
    ("Who was South Korea's foreign minister as of March 2023?", TODAY, ["Kang Min-jae", "As of 2023-03-31"],
     "jc10-2022"),
    ("Who is India's defence minister?", date(2024, 1, 1), ["Arjun Bhatia", "2023-09-15"], "call-2023"),
    ("Who was India's external affairs minister in 2023?", TODAY, ["Rohan Mehra", "2023-06-20"], "jc11-2023"),
    ("Who is Kavita Rao?", TODAY, ["Deputy National Security Advisor"], "sd5-2024"),
    ("Who are the defence ministers?", TODAY, ["Arjun Bhatia", "Lee Sang-hoon"], "defence-2025"),
    ("Which commitments from 2023 are overdue?", TODAY, ["3 commitments", "semiconductor supply chains"],
     "jc11-2023"),
    ("Which commitments from 2023 are overdue?", TODAY, ["shipbuilding delegation to Busan"], "call-2023"),
    ("Which commitments made before 2024 were overdue as of 2024-01-05?", TODAY,
     ["1 commitment", "shipbuilding delegation"], "call-2023"),
    ("Which commitments were fulfilled?", TODAY, ["hold the fifth Strategic Dialogue"], "jc11-2023"),
    ("Which commitments are pending?", TODAY, ["naval engineers to Visakhapatnam"], "defence-2025"),
    ("What did India promise about shipbuilding?", TODAY, ["shipbuilding training centre", "2 commitments"],
     "jc11-2023"),
    ("What did Korea promise?", TODAY, ["naval engineers"], "defence-2025"),
    ("What happened at the 10th Joint Commission?", TODAY, ["New Delhi", "hold the 11th Joint Commission"],
     "jc10-2022"),
    ("When was the 11th Joint Commission held?", TODAY, ["2023-06-19", "Seoul"], "jc11-2023"),
    ("Where was the 10th Joint Commission held?", TODAY, ["New Delhi"], "jc10-2022"),
    ("How many Joint Commission meetings were held?", TODAY, ["2 in the record"], "jc11-2023"),
    ("When was the last Strategic Dialogue?", TODAY, ["2024-03-07", "5th Strategic Dialogue"], "sd5-2024"),
    ("Who attended the fifth Strategic Dialogue?", TODAY, ["Kavita Rao", "Jung Hye-won"], "sd5-2024"),
    ("When is the next Joint Commission?", date(2024, 6, 1), ["12th Joint Commission", "planned"],
     "modi-visit-2024"),
    ("List visits by Modi to Korea", TODAY, ["1 found", "2024-05-21"], "modi-visit-2024"),
    ("List summits with Han Dong-soo", TODAY, ["2024-05-22"], "modi-visit-2024"),
    ("Which engagements took place in 2022?", TODAY, ["3 found", "Busan"], "defence-2022"),
    ("Which engagements were in New Delhi in 2024?", TODAY, ["5th Strategic Dialogue"], "sd5-2024"),
    ("When did the Indian defence minister last visit South Korea?", TODAY, ["2022-11-03", "Busan"],
     "defence-2022"),
    ("What engagements were there last year?", date(2023, 3, 1), ["10th Joint Commission"], "jc10-2022"),
]


@pytest.mark.parametrize("question,as_of,expected,cited", ANSWERED)
def test_questions_the_record_answers_come_with_their_source(asked, question, as_of, expected, cited):
    answer, files = asked(question, as_of)
    assert answer.found, answer.text
    assert all(words in answer.text for words in expected), answer.text
    assert cited in {files[ev.doc] for ev in answer.citations}
    assert all(ev.quote and f'[{ev.doc}] "' in answer.text for ev in answer.citations)


# questions the record cannot answer: people never mentioned, a mechanism that never met, an empty year
NOT_IN_RECORD = [
    "When did Rajnath Singh meet Lee Sang-hoon?",
    "Who is Japan's foreign minister?",
    "When was the 2+2 dialogue held?",
    "When was the last Foreign Policy and Security Dialogue?",
    "Which engagements took place in 2021?",
    "What happened at the 13th Joint Commission?",
    "What did Kim Jong-un say about semiconductors?",
    "Which engagements discussed green hydrogen in 2023?",
    "What did India promise about submarines?",
]


@pytest.mark.parametrize("question", NOT_IN_RECORD)
def test_questions_the_record_cannot_answer_say_so(asked, question):
    answer, _ = asked(question)
    assert not answer.found and answer.text == NOTHING and not answer.citations


def test_words_only_in_the_text_come_back_as_passages(asked):
    answer, files = asked("What did Mehra say about Korean builders?")
    assert not answer.found and answer.text.startswith(PASSAGES)
    assert [files[ev.doc] for ev in answer.citations] == ["jc10-2022"]
    assert "learn from Korean builders" in answer.citations[0].quote


@pytest.mark.parametrize("question,expected", [
    ("Which commitments made before 2024 are overdue?", {"subject": "commitments", "status": "overdue",
                                                         "period": {"start": None, "end": "2023-12-31"}}),
    ("When did the two defence ministers last meet?", {"intent": "last", "kinds": ("meeting", "summit", "dialogue"),
                                                       "offices": [{"office": "defence minister", "country": None}] * 2}),
    ("What happened at the tenth JCM?", {"intent": "what", "mechanism": "Joint Commission", "ordinal": 10}),
    ("Who was Korea's foreign minister as of 2023-05-01?", {"subject": "people", "as_of": "2023-05-01"}),
    ("List visits to Seoul since 2023", {"kinds": ("visit",), "place": "KOR",
                                          "period": {"start": "2023-01-01", "end": None}}),
    ("Which engagements discussed chips last year?", {"topics": ("semiconductors",),
                                                      "period": {"start": "2024-01-01", "end": "2024-12-31"}}),
])
def test_a_question_is_read_into_a_query(question, expected):
    reading = read(question, TODAY).as_dict()
    assert {k: reading.get(k) for k in expected} == expected


def test_cli_answers_in_text_and_json(db):
    runner = CliRunner()
    text = runner.invoke(cli, ["--db", db, "ask", "When was the last Strategic Dialogue?", "--as-of", "2025-06-01"])
    assert text.exit_code == 0 and "2024-03-07" in text.output
    out = runner.invoke(cli, ["--db", db, "ask", "Who is Japan's foreign minister?", "--format", "json"])
    answer = json.loads(out.output)
    assert out.exit_code == 0 and answer["found"] is False and answer["text"] == NOTHING


def test_cli_rejects_a_bad_date(db):
    result = CliRunner().invoke(cli, ["--db", db, "ask", "Who is Korea's foreign minister?", "--as-of", "May 2024"])
    assert result.exit_code != 0 and "YYYY-MM-DD" in result.output
