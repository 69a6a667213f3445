"""The shared spaCy parse: loaded once, sentences with offsets into the text."""
import pytest

from bilat.nlp.parse import get_nlp, parse, sentences


def test_the_model_is_loaded_once_without_the_lemmatizer():
    assert get_nlp() is get_nlp()
    assert "lemmatizer" not in get_nlp().pipe_names
    assert "ner" in get_nlp().pipe_names


@pytest.mark.parametrize("text, expected", [
    ("The envoy met Kim Min-su in Busan. They talked for an hour.",
     ["The envoy met Kim Min-su in Busan.", "They talked for an hour."]),
    ("Dr. R. Sen arrived on Monday. He left on Friday.",
     ["Dr. R. Sen arrived on Monday.", "He left on Friday."]),
    ("", []),
])
def test_sentences_point_into_the_text(text, expected):
    found = sentences(text)
    assert [s.text for s in found] == expected
    assert all(text[s.start:s.end] == s.text for s in found)


def test_a_parsed_doc_is_reused():
    text = "Foreign Minister Lee Ha-na visited Chennai."
    doc = parse(text)
    assert [s.text for s in sentences(text, doc)] == [text]
