"""Undated articles: a window from their own time references, or no guess at all."""
import pytest

from bilat.nlp.inferdate import infer_published

WINDOWS = [
    # a plan for Q1 2024 and a meeting "this August": late 2023
    ("Seoul and Delhi will open a trilateral technology dialogue in the first quarter of 2024. "
     "The idea was raised when the two ministers met in Seoul this August. "
     "The Korean minister also visited India in April.",
     ("2023", "year", "2023-09-01", "2023-12-31")),
    # a plan in February 2015 and a meeting "in May": written in January 2015 at the latest
    ("The ministers agreed to hold a trade review during a visit in February 2015. "
     "It was their first meeting since the new government took office in May.",
     ("2015-01", "month", "2015-01-01", "2015-01-31")),
    # a plan for 2026 and a past posting from 2015 to 2017: some time in 2026
    ("The two leaders will hold a summit in 2026. He served as ambassador from 2015 to 2017.",
     ("2026", "year", "2026-01-01", "2026-12-31")),
    # a plan for the first half of 2025, and a dialogue launched in 2024
    ("The navies plan to hold a joint drill in the first half of 2025. "
     "A maritime dialogue was launched in 2024.",
     ("2024", "year", "2024-01-01", "2024-12-31")),
    # a plan stated twice, once in a past-tense sentence
    ("Both sides will start the talks in the first quarter of 2024. "
     "The decision to start talks in the first quarter of 2024 was taken at the meeting held last week.",
     ("2023", "year", "2023-01-01", "2023-12-31")),
]


@pytest.mark.parametrize("text, expected", WINDOWS)
def test_window_is_inferred_from_plans_and_reports(text, expected):
    published = infer_published(text)
    assert (published.date, published.precision, published.start, published.end) == expected
    assert published.basis == "inferred"


NO_GUESS = [
    "The two foreign ministers met in New Delhi on Wednesday to review ties.",
    "The partnership was upgraded in 2015, and the leaders met again the previous year.",
    "Trade reached $21.5 billion in 2018, and both sides want $50 billion by 2030.",
    "September 07, 2010. The minister said the navies will exercise together in January 2010.",
    "The ministers will meet at the earliest.",
    "",
]


@pytest.mark.parametrize("text", NO_GUESS)
def test_no_window_without_a_dated_plan_or_when_the_clues_disagree(text):
    assert infer_published(text) is None


def test_an_inferred_window_is_never_a_day():
    published = infer_published("The talks were held on 3 March 2024. The next round will be held on 4 March 2024.")
    assert published.precision in ("month", "quarter", "year")
