"""Dating a document: metadata, text, URL, in that order; never a guess shown as a day."""
import pytest

from bilat.nlp import published
from bilat.nlp.published import date_document

BODY = "The trade ministers of Chile and Vietnam met on Tuesday and agreed to cut tariffs on fruit."


@pytest.fixture(autouse=True)
def no_inference(monkeypatch):
    # the content-based window is another module's business; keep these rows about the explicit sources
    monkeypatch.setattr(published, "_inferred", lambda text: None)


@pytest.mark.parametrize("text, kwargs, expected", [
    # metadata first
    (BODY, {"metadata": "2024-03-04T10:15:00Z"}, ("2024-03-04", "day", "metadata")),
    (BODY, {"metadata": "Mon, 04 Mar 2024 10:15:00 GMT"}, ("2024-03-04", "day", "metadata")),
    (BODY, {"metadata": "2024-03"}, ("2024-03", "month", "metadata")),
    (BODY, {"cleaned_meta": "2023-11-30"}, ("2023-11-30", "day", "metadata")),
    (" date 2023-08-22 " + BODY, {"metadata": "2024-01-05"}, ("2024-01-05", "day", "metadata")),
    # date header and bylines
    (" date 2023-08-22 " + BODY, {}, ("2023-08-22", "day", "text")),
    ("Vietnam, Chile cut tariffs\n\nLedger Staff, Mar 28, 2021, 8:45 PM IST\n\n" + BODY, {}, ("2021-03-28", "day", "text")),
    ("Updated: 12 Jan 2022\n" + BODY, {}, ("2022-01-12", "day", "text")),
    ("Posted On:\n26 MAR 2021 4:34PM by Press Desk\n" + BODY, {}, ("2021-03-26", "day", "text")),
    (BODY + "\n\nBy Ana Torres\n\n2009.06.25\n", {}, ("2009-06-25", "day", "text")),
    # a release line joining the month name with dashes
    ("Ministry of Agriculture\n03-November-2019 11:05 IST\nChile and Vietnam cut tariffs\n" + BODY, {},
     ("2019-11-03", "day", "text")),
    ("Press Office\n21-Feb-2018\n" + BODY, {}, ("2018-02-21", "day", "text")),
    # a date inside an article sentence is an event date, not the publication date
    ("The ministers will meet in Santiago on 19 March 2024 to sign the pact, officials said on Tuesday.", {},
     (None, "unknown", "none")),
    # a dated point deep inside a long story is an event, not a byline
    ("Timeline of the talks\n\n" + "\n\n".join([BODY] * 14) + "\n\n• 19 March 2024: talks in Santiago\n\n"
     + "\n\n".join([BODY] * 10), {}, (None, "unknown", "none")),
    # datelines
    ("SANTIAGO, July 24, 2011 (Reuters) - " + BODY, {}, ("2011-07-24", "day", "text")),
    ("Santiago, 24 July 2011 – " + BODY, {}, ("2011-07-24", "day", "text")),
    ("Hanoi, March 4\n\n" + BODY + " The pact takes effect in 2025.", {}, ("2025-03-04", "day", "text")),
    ("HANOI, July 24 (VNA) -- " + BODY, {"url": "https://news.example.com/2011/07/tariffs.html"},
     ("2011-07-24", "day", "text")),
    ("Hanoi, March 4\n\n" + BODY, {}, (None, "unknown", "none")),
    # a dated reference later in the same year: the dateline may be next year's, so no answer
    ("Hanoi, August 7: " + BODY + " Negotiations concluded in September 2008.", {}, (None, "unknown", "none")),
    # a target year is not the year of writing
    ("Hanoi, March 4\n\n" + BODY + " They aim to double trade by 2030.", {}, (None, "unknown", "none")),
    # URLs
    (BODY, {"url": "https://news.example.com/world/2019/11/tariffs.html"}, ("2019-11", "month", "url")),
    (BODY, {"url": "https://news.example.com/2017/03/29/politics/tariffs/1.html"}, ("2017-03-29", "day", "url")),
    (BODY, {"url": "http://www.example.com/view.php?ud=20170329000239"}, ("2017-03-29", "day", "url")),
    # an article id that opens with its date ('AEN' + YYYYMMDD + a serial)
    (BODY, {"url": "https://news.example.kr/view/AEN20190905004700315"}, ("2019-09-05", "day", "url")),
    (BODY, {"url": "https://example.com/news/article-20170329.html"}, ("2017-03-29", "day", "url")),
    (BODY, {"url": "https://example.com/news/article-11708949132292.html"}, (None, "unknown", "none")),
    # things that only look like dates
    ("India and Vietnam will hold a 2+2 dialogue before the G20 summit.", {}, (None, "unknown", "none")),
    ("", {}, (None, "unknown", "none")),
])
def test_publication_date(text, kwargs, expected):
    found = date_document(text, **kwargs)
    assert (found.date, found.precision, found.basis) == expected


def test_raw_text_is_read_for_dates_the_cleaner_dropped():
    found = date_document(BODY, raw="• September 07, 2010\n\n" + BODY)
    assert (found.date, found.basis) == ("2010-09-07", "text")


def test_inferred_window_is_the_last_resort(monkeypatch):
    window = published.Published("2023", "year", "inferred", "2023-07-01", "2023-12-31")
    monkeypatch.setattr(published, "_inferred", lambda text: window)
    assert date_document(BODY) == window
    assert date_document(BODY, url="https://example.com/2019/11/x.html").basis == "url"
