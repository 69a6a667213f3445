"""The briefing report: sections for the period, every row cited, text escaped, a time chart."""
import json
import re
from datetime import date

import pytest
from click.testing import CliRunner
from markupsafe import escape

import bilat
from bilat.cli import cli
from bilat.model import DateInterval
from bilat.query import views
from bilat.query.filters import Period
from bilat.report import build_report, when
from bilat.report.sections import topic_trend
from report_record import DELHI_QUOTE, DRILL_QUOTE, OLD_QUOTE, RECORD, SEOUL_QUOTE, VICE_QUOTE

SECTIONS = ["engagements", "commitments", "topics", "people", "contradictions", "notes"]


def section(html: str, name: str) -> str:
    return re.search(rf'<section id="{name}">(.*?)</section>', html, re.S).group(1)


def notes_cited(fragment: str) -> list[str]:
    return re.findall(r'href="#note-(\d+)"', fragment)


def note(html: str, number: str) -> str:
    return re.search(rf'<li id="note-{number}">(.*?)</li>', html, re.S).group(1)


@pytest.mark.parametrize("name, expected", [
    ("engagements", "Ravi Shankar Iyer"),
    ("engagements", "External Affairs Minister, IND"),
    ("engagements", "14 May 2024"),
    ("commitments", "hold their first joint exercise"),        # made in the period
    ("commitments", "open a trade office in Busan"),           # made before it, overdue as of the date
    ("commitments", "Overdue as of 31 Jan 2025"),
    ("topics", "military cooperation"),
    ("people", "Vice Foreign Minister"),
    ("people", "first seen 14 May 2024"),
    ("contradictions", "Seoul (doc-seoul) vs Busan (doc-delhi)"),
])
def test_each_section_shows_what_the_period_holds(report_2024, name, expected):
    assert expected in section(report_2024, name)


def test_an_engagement_outside_the_period_is_left_out(report_2024):
    assert "State visit of 2019" not in report_2024


@pytest.mark.parametrize("row, quote", [("e-e:seoul", SEOUL_QUOTE), ("e-e:delhi", DELHI_QUOTE),
                                        ("c-c:drill", DRILL_QUOTE), ("c-c:office", OLD_QUOTE)])
def test_every_row_links_to_a_note_quoting_its_source(report_2024, row, quote):
    cells = re.search(rf'<tr id="{row}">(.*?)</tr>', report_2024, re.S).group(1)
    assert any(str(escape(quote)) in note(report_2024, n) for n in notes_cited(cells))


@pytest.mark.parametrize("shown", ["Ministers meet in Seoul", 'href="https://news.example.org/2024/05/14/seoul"',
                                   "doc-seoul", "14 May 2024", "characters 0–"])
def test_a_note_names_the_document(report_2024, shown):
    assert shown in note(report_2024, "1")


def test_an_office_change_cites_both_offices(report_2024):
    cited = notes_cited(section(report_2024, "people"))
    quotes = " ".join(note(report_2024, n) for n in cited)
    assert str(escape(VICE_QUOTE)) in quotes and str(escape(SEOUL_QUOTE)) in quotes


@pytest.mark.parametrize("absent", ["<script", 'href="javascript:'])
def test_document_text_is_escaped(report_2024, absent):
    assert absent not in report_2024


def test_document_markup_shows_as_text(report_2024):
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in report_2024


@pytest.mark.parametrize("fetching", [r"<script", r"<link", r"<img", r"\bsrc=", r"@import", r"url\((?!#)",
                                      r'href="(?!#|https?:)'])
def test_nothing_is_fetched_when_opened(report_2024, fetching):
    assert not re.search(fetching, report_2024)  # the chart's own url(#clip) and href="#marker" stay inside


@pytest.mark.parametrize("label", ["2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4", "quarter", "trade"])
def test_the_trend_chart_is_inline_svg_with_time_labels(report_2024, label):
    chart = re.search(r"<svg.*?</svg>", section(report_2024, "topics"), re.S).group(0)
    assert re.search(rf"<text[^>]*>{label}</text>", chart)


@pytest.mark.parametrize("start, end, labels", [
    ("2024-01-01", "2024-12-31", ["2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4"]),
    ("2024-05-01", "2024-09-30", ["2024 Q2", "2024 Q3"]),
    ("2019-01-01", "2024-12-31", ["2019", "2020", "2021", "2022", "2023", "2024"]),
])
def test_trend_bins_are_quarters_for_short_periods_and_years_for_long(start, end, labels):
    assert topic_trend(RECORD, Period.parse(start, end), ["trade"]).labels == labels


def test_an_empty_period_says_so_in_every_section(empty_report):
    for name in SECTIONS:
        assert "None in this period." in section(empty_report, name)


@pytest.mark.parametrize("interval, shown", [
    (DateInterval("2024-05-14", "2024-05-14", "day"), "14 May 2024"),
    (DateInterval("2024-05-14", "2024-05-16", "day"), "14 May 2024 – 16 May 2024"),
    (DateInterval("2024-05-01", "2024-05-31", "month"), "May 2024"),
    (DateInterval("2024-07-01", "2024-09-30", "quarter"), "Q3 2024"),
    (DateInterval("2025-07-01", "2025-12-31", "half"), "H2 2025"),
    (DateInterval("2025-01-01", "2025-12-31", "year"), "2025"),
    (None, "undated"),
])
def test_dates_read_as_an_analyst_writes_them(interval, shown):
    assert when(interval) == shown


ARTICLES = [
    {"id": "seoul-2024-05", "url": "https://news.example.org/2024/05/14/naval-drill", "published": "2024-05-14",
     "title": "India and South Korea to hold naval drill next year after ministers meet in Seoul",
     "text": "Seoul, 14 May 2024 – India's External Affairs Minister Ravi Shankar Iyer met South Korean Foreign "
             "Minister Yoon Ji-ho in Seoul on Tuesday and India and South Korea agreed to hold their first joint "
             "naval exercise by the end of 2025, the Ministry of External Affairs said.\n\nThe ministers discussed "
             "semiconductors, critical minerals and shipbuilding. Yoon said Seoul saw India as a partner for "
             "supply chain resilience.\n"},
    {"id": "delhi-2024-09", "url": "javascript:alert(1)", "published": "2024-09-03",
     "title": 'Korean trade minister in New Delhi for talks <script>alert("x")</script>',
     "text": "New Delhi, 3 September 2024 – South Korean Trade Minister Kang Seo-yeon held talks with Commerce "
             "Minister Devika Rao in New Delhi on Monday on upgrading the Comprehensive Economic Partnership "
             "Agreement, the Commerce Ministry said.\n\nThe two ministers agreed to raise bilateral trade to USD 50 "
             "billion by 2030 and to hold the next round of trade talks in Seoul in early 2025.\n"},
]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> str:
    """A record file holding the two articles above, ingested by the real pipeline."""
    folder = tmp_path_factory.mktemp("report")
    (folder / "articles.jsonl").write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n")
    db = str(folder / "bilat.db")
    with bilat.open(db) as store:
        bilat.ingest(store, [str(folder / "articles.jsonl")], pair=("IND", "KOR"))
    return db


def test_a_report_on_ingested_articles_cites_their_sentences(ingested):
    with bilat.open(ingested) as store:
        html = build_report(views.load(store, date(2025, 6, 30)), {d.id: d for d in store.documents()},
                            Period.parse("2024-01-01", "2024-12-31"), date(2025, 6, 30), ("IND", "KOR"))
    row = re.search(r'<tr id="e-[^"]*">(?:(?!</tr>).)*Ravi Shankar Iyer.*?</tr>', html, re.S).group(0)
    assert any("Seoul, 14 May 2024" in note(html, n) for n in notes_cited(row))
    assert "<script" not in html and "&lt;script&gt;" in html


def test_the_command_writes_the_report(ingested, tmp_path):
    out = tmp_path / "brief.html"
    result = CliRunner().invoke(cli, ["--db", ingested, "report", "--from", "2024-01-01", "--to", "2024-12-31",
                                      "--as-of", "2025-06-30", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "India – South Korea" in out.read_text() and "status as of 30 Jun 2025" in out.read_text()


@pytest.mark.parametrize("args, message", [
    (["--from", "2024-13-01"], "is not a date"),
    (["--from", "2024-12-31", "--to", "2024-01-01"], "is after"),
])
def test_the_command_refuses_bad_dates_in_one_line(ingested, args, message):
    result = CliRunner().invoke(cli, ["--db", ingested, "report", *args, "-o", "-"])
    assert result.exit_code == 2 and message in result.output
