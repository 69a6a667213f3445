"""Topic trends: counts per topic and period, and which topics are rising."""
import pytest

from bilat.fuse import Record
from bilat.model import DateInterval, Document, Engagement, Published
from bilat.query.filters import Period
from bilat.query.topics import periods_between, topic_trends


def doc(day, *topics, relevant=True, precision="day"):
    return Document(f"d-{day}-{'-'.join(topics)}", "x.txt", "text", "text", "h", Published(day, precision, "text"),
                    relevant=relevant, topics=topics)


def talks(day, *topics, status="held"):
    return Engagement(f"e-{day}", "meeting", "talks", DateInterval(day, day, "day"), status, topics=topics)


def trends(documents, engagements=(), **options):
    found = topic_trends(Record((), tuple(engagements), (), ()), documents, **options)
    return {t.topic: t for t in found}


def docs_per_year(topic, counts):
    return [doc(f"{year}-0{n + 1}-01", topic) for year, count in counts.items() for n in range(count)]


@pytest.mark.parametrize("counts, expected", [
    ({2021: 1, 2022: 1, 2023: 4}, "rising"),      # 4 against a mean of 1
    ({2021: 2, 2022: 2, 2023: 2}, ""),            # steady
    ({2021: 0, 2022: 0, 2023: 3}, "new"),         # nothing before
    ({2021: 4, 2022: 4, 2023: 1}, "falling"),
    ({2021: 1, 2022: 0, 2023: 1}, ""),            # one mention is not a trend
])
def test_rising_compares_the_latest_period_with_the_mean_of_earlier_ones(counts, expected):
    documents = docs_per_year("semiconductors", counts) + [doc("2021-06-01", "trade"), doc("2023-06-01", "trade")]
    assert trends(documents)["semiconductors"].trend == expected


def test_a_single_period_has_no_trend():
    assert trends(docs_per_year("ai", {2023: 5}))["ai"].trend == ""


def test_counts_documents_and_held_engagements_per_year_with_silent_years_as_zero():
    found = trends([doc("2021-03-01", "space"), doc("2023-03-01", "space"), doc("2023-04-01", "space", relevant=False)],
                   [talks("2023-03-02", "space"), talks("2024-01-01", "space", status="planned")])
    assert [(c.period, c.documents, c.engagements) for c in found["space"].counts] == [
        ("2021", 1, 0), ("2022", 0, 0), ("2023", 1, 1)]


def test_by_month_skips_dates_too_vague_for_a_month_and_honours_the_period():
    documents = [doc("2024-01-10", "ai"), doc("2024-03-05", "ai"), doc("2024", "ai", precision="year"),
                 doc("2023-12-01", "ai")]
    found = trends(documents, by="month", period=Period.parse("2024-01-01", None))
    assert [(c.period, c.documents) for c in found["ai"].counts] == [("2024-01", 1), ("2024-02", 0), ("2024-03", 1)]


def test_rising_topics_come_first():
    documents = docs_per_year("trade", {2022: 3, 2023: 3}) + docs_per_year("cyber", {2022: 1, 2023: 3})
    assert [t.topic for t in topic_trends(Record((), (), (), ()), documents)] == ["cyber", "trade"]


@pytest.mark.parametrize("first, last, by, expected", [
    ("2022", "2024", "year", ["2022", "2023", "2024"]),
    ("2023-11", "2024-02", "month", ["2023-11", "2023-12", "2024-01", "2024-02"]),
])
def test_periods_between(first, last, by, expected):
    assert periods_between(first, last, by) == expected
