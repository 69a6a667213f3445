"""Time expressions as an analyst reads them, resolved against the document date."""
import pytest

from bilat.model import DateInterval, Published
from bilat.nlp.timex import find_timexes

TUE = Published("2023-08-22", "day")        # a Tuesday
SUN = Published("2014-08-31", "day")        # a Sunday
WED = Published("2017-03-29", "day")        # a Wednesday
JAN = Published("2022-01-12", "day")        # a Wednesday in January
MONTH = Published("2021-03", "month")
YEAR = Published("2023", "year")
WINDOW = Published("2023", "year", "inferred", "2023-09-01", "2023-12-31")


def day(iso):
    return DateInterval(iso, iso, "day")


def span(start, end, precision):
    return DateInterval(start, end, precision)


ROWS = [
    # absolute dates
    ("The agreement was signed on March 28, 2021 in Seoul.", TUE, "March 28, 2021", day("2021-03-28")),
    ("The agreement was signed on 28 March 2021 in Seoul.", TUE, "28 March 2021", day("2021-03-28")),
    ("The ministers met on 6th November 2018 in Ayodhya.", TUE, "6th November 2018", day("2018-11-06")),
    ("The release is dated 2021-03-28.", TUE, "2021-03-28", day("2021-03-28")),
    ("Posted 28/03/2021 by the ministry.", TUE, "28/03/2021", day("2021-03-28")),
    ("Posted 2009.06.25 by the desk.", TUE, "2009.06.25", day("2009-06-25")),
    ("The pact was signed in September 2023.", TUE, "September 2023", span("2023-09-01", "2023-09-30", "month")),
    ("SEOUL, Aug. 6 (Yonhap) -- The minister arrived.", TUE, "Aug. 6", day("2023-08-06")),
    ("Published : Mar 28, 2021, 8:45 PM IST", TUE, "Mar 28, 2021", day("2021-03-28")),
    ("Friday, September 3, 2010 India and Korea signed two pacts.", TUE, "Friday, September 3, 2010", day("2010-09-03")),
    ("The minister paid a visit on 2-3 September 2010.", TUE, "2-3 September 2010", span("2010-09-02", "2010-09-03", "day")),
    ("He visited Seoul on February 12-13 to co-chair the dialogue.", TUE, "February 12-13", span("2023-02-12", "2023-02-13", "day")),
    ("The delegation toured Korea on 25-27 March.", TUE, "25-27 March", span("2023-03-25", "2023-03-27", "day")),
    ("The minister visited India from March 25 to 27.", TUE, "March 25 to 27", span("2023-03-25", "2023-03-27", "day")),
    ("The fair ran from 30 March to 2 April 2024.", TUE, "30 March to 2 April 2024", span("2024-03-30", "2024-04-02", "day")),
    ("The dialogue was held on the 28th of March, 2021.", TUE, "the 28th of March, 2021", day("2021-03-28")),
    # years only in date-like context
    ("The partnership was upgraded in 2015.", TUE, "2015", span("2015-01-01", "2015-12-31", "year")),
    ("Trade has doubled since 2015.", TUE, "2015", span("2015-01-01", "2015-12-31", "year")),
    ("He served as ambassador in 2015-2017.", TUE, "2015-2017", span("2015-01-01", "2017-12-31", "year")),
    ("In 2007-08, bilateral trade grew fast.", TUE, "2007-08", span("2007-01-01", "2008-12-31", "year")),
    ("He served as ambassador from 2015 to 2017.", TUE, "2015 to 2017", span("2015-01-01", "2017-12-31", "year")),
    ("In 2015, the partnership was upgraded.", TUE, "2015", span("2015-01-01", "2015-12-31", "year")),
    ("In September, the two sides met in Seoul.", TUE, "September", span("2022-09-01", "2022-09-30", "month")),
    ("The summit took place in May.", TUE, "May", span("2023-05-01", "2023-05-31", "month")),
    ("A visit is possible in early 2014.", TUE, "early 2014", span("2014-01-01", "2014-04-30", "year")),
    ("Growth slowed in mid-2019.", TUE, "mid-2019", span("2019-05-01", "2019-08-31", "year")),
    ("Ties were frosty in the 1990s.", TUE, "the 1990s", span("1990-01-01", "1999-12-31", "year")),
    # months without a year
    ("President Yoon will visit India in September.", TUE, "September", span("2023-09-01", "2023-09-30", "month")),
    ("The two sides met in September to review trade.", TUE, "September", span("2022-09-01", "2022-09-30", "month")),
    ("The latter also visited India in April.", TUE, "April", span("2023-04-01", "2023-04-30", "month")),
    ("They met in Seoul this August.", TUE, "this August", span("2023-08-01", "2023-08-31", "month")),
    ("The talks began in October last year.", TUE, "October last year", span("2022-10-01", "2022-10-31", "month")),
    ("A ministerial meeting is scheduled for early October.", TUE, "early October", span("2023-10-01", "2023-10-10", "month")),
    ("They met in Seoul this August.", WINDOW, "this August", span("2023-08-01", "2023-08-31", "month")),
    ("The latter also visited India in April.", WINDOW, "April", span("2023-04-01", "2023-04-30", "month")),
    ("The minister will travel to Delhi in April.", YEAR, "April", span("2023-04-01", "2023-04-30", "month")),
    # weekdays and days
    ("The ministers convened on Tuesday to explore cooperation.", TUE, "Tuesday", day("2023-08-22")),
    # a decision is past for the date before it, whatever it decides for later
    ("The two sides on Monday agreed to launch trade talks.", TUE, "Monday", day("2023-08-21")),
    ("The ministers met on Friday in Seoul.", TUE, "Friday", day("2023-08-18")),
    ("The minister will arrive on Friday.", TUE, "Friday", day("2023-08-25")),
    ("The symposium was held in Seoul on Friday.", SUN, "Friday", day("2014-08-29")),
    ("Seoul's foreign ministry said Tuesday.", WED, "Tuesday", day("2017-03-28")),
    ("The talks held last Friday covered trade.", TUE, "last Friday", day("2023-08-18")),
    ("He was on a three-day visit from Thursday last.", SUN, "Thursday last", day("2014-08-28")),
    ("The talks will resume next Monday.", TUE, "next Monday", day("2023-08-28")),
    ("The envoy arrived on Thursday last week.", TUE, "Thursday last week", day("2023-08-17")),
    ("India today signed a nuclear pact with Korea.", TUE, "today", day("2023-08-22")),
    ("The envoy arrived yesterday.", TUE, "yesterday", day("2023-08-21")),
    ("The envoy leaves tomorrow.", TUE, "tomorrow", day("2023-08-23")),
    ("The tour began on the 21st.", TUE, "on the 21st", day("2023-08-21")),
    # relative periods
    ("The cabinet approved the pact last month.", TUE, "last month", span("2023-07-01", "2023-07-31", "month")),
    ("Talks will resume next month.", JAN, "next month", span("2022-02-01", "2022-02-28", "month")),
    ("The negotiators will meet early next month.", TUE, "early next month", span("2023-09-01", "2023-09-10", "month")),
    ("The first shipment will be delivered later this year.", TUE, "later this year", span("2023-08-23", "2023-12-31", "year")),
    ("Trade hit a record this year.", TUE, "this year", span("2023-01-01", "2023-12-31", "year")),
    ("The president is likely to visit next year.", TUE, "next year", span("2024-01-01", "2024-12-31", "year")),
    ("Trade totalled $15 billion last year.", TUE, "last year", span("2022-01-01", "2022-12-31", "year")),
    ("The leaders met in Hiroshima the previous year.", TUE, "the previous year", span("2022-01-01", "2022-12-31", "year")),
    ("A state visit is expected early next year.", TUE, "early next year", span("2024-01-01", "2024-04-30", "year")),
    ("Officials met twice this week.", TUE, "this week", span("2023-08-21", "2023-08-27", "week")),
    ("The delegation will visit next week.", TUE, "next week", span("2023-08-28", "2023-09-03", "week")),
    ("The president toured Europe earlier this month.", TUE, "earlier this month", span("2023-08-01", "2023-08-21", "month")),
    ("The pact was first proposed two years ago.", TUE, "two years ago", span("2021-01-01", "2021-12-31", "year")),
    # quarters, halves, deadlines
    ("A dialogue will start in the first quarter of 2024.", TUE, "the first quarter of 2024", span("2024-01-01", "2024-03-31", "quarter")),
    ("Deliveries begin in Q1 2024.", TUE, "Q1 2024", span("2024-01-01", "2024-03-31", "quarter")),
    ("The plant opens in the first half of 2024.", TUE, "the first half of 2024", span("2024-01-01", "2024-06-30", "half")),
    ("The plant opens in H1 2024.", TUE, "H1 2024", span("2024-01-01", "2024-06-30", "half")),
    ("Talks will conclude in the second half of next year.", TUE, "the second half of next year", span("2024-07-01", "2024-12-31", "half")),
    ("Exports should rise in the fourth quarter of this year.", TUE, "the fourth quarter of this year", span("2023-10-01", "2023-12-31", "quarter")),
    ("They aim to double trade by 2026.", TUE, "by 2026", span(None, "2026-12-31", "year")),
    ("They agreed to conclude the deal by the end of 2025.", TUE, "by the end of 2025", span(None, "2025-12-31", "year")),
    ("They aim to reach $50 billion before 2030.", TUE, "before 2030", span(None, "2030-12-31", "year")),
    ("He asked Delhi to sign the pact within a month.", JAN, "within a month", span("2022-01-12", "2022-02-12", "month")),
    ("Korea will send a delegation by September.", TUE, "by September", span(None, "2023-09-30", "month")),
    ("Parliament must ratify the accord within 2024.", TUE, "2024", span("2024-01-01", "2024-12-31", "year")),
    ("The task force will report within this year.", TUE, "this year", span("2023-01-01", "2023-12-31", "year")),
    ("The first cargo should sail by the end of the first quarter.", TUE, "by the end of the first quarter",
     span(None, "2024-03-31", "quarter")),
    ("A pilot runs in the first half of next year.", TUE, "the first half of next year", span("2024-01-01", "2024-06-30", "half")),
    ("Exports will peak in Q3 2025.", TUE, "Q3 2025", span("2025-07-01", "2025-09-30", "quarter")),
    # a range of months is one period, a quarter or a half when it is one
    ("The navies will train together between April and June next year.", TUE, "between April and June next year",
     span("2024-04-01", "2024-06-30", "quarter")),
    ("Shipments fell in the October-December period.", TUE, "the October-December period",
     span("2022-10-01", "2022-12-31", "quarter")),
    ("Imports rose in the Jan-Mar quarter.", TUE, "the Jan-Mar quarter", span("2023-01-01", "2023-03-31", "quarter")),
    ("The fair will run from July to December 2024.", TUE, "from July to December 2024", span("2024-07-01", "2024-12-31", "half")),
    ("The winter courses ran from November to February.", TUE, "from November to February",
     span("2022-11-01", "2023-02-28", "month")),
    # an Indian fiscal year runs April to March
    ("The outlay for FY2024-25 was approved.", TUE, "FY2024-25", span("2024-04-01", "2025-03-31", "year")),
    ("Orders grew in fiscal year 2022-2023.", TUE, "fiscal year 2022-2023", span("2022-04-01", "2023-03-31", "year")),
    # days counted from the document date when nothing was dated before
    ("The envoy had landed in Busan the previous day.", TUE, "the previous day", day("2023-08-21")),
    ("The minister had flown in a day earlier.", TUE, "a day earlier", day("2023-08-21")),
    ("The envoy visited the shipyard earlier this week.", TUE, "earlier this week", span("2023-08-21", "2023-08-21", "week")),
    # counted from an event, not from the document: no date
    ("Claims are settled within 30 days of filing.", TUE, "within 30 days of", None),
    # words that keep a due text but name no date
    ("Prices will ease in the coming months.", TUE, "in the coming months", None),
    ("Both sides agreed to convene the meeting at the earliest.", TUE, "at the earliest", None),
    ("The two leaders will meet soon.", TUE, "soon", None),
    ("He accepted the invitation for a visit at an early date.", TUE, "at an early date", None),
    ("They will hold the talks at a mutually convenient time.", TUE, "at a mutually convenient time", None),
    # anchors that are not a day
    ("The ministers met on Friday in Delhi.", MONTH, "Friday", None),
    ("The envoy arrived today.", YEAR, "today", None),
    ("Talks were held last week.", MONTH, "last week", None),
    ("The president will visit next year.", YEAR, "next year", span("2024-01-01", "2024-12-31", "year")),
    ("Talks resume next month.", MONTH, "next month", span("2021-04-01", "2021-04-30", "month")),
    ("The talks began in April.", None, "April", None),
    ("The ministers met on Friday.", None, "Friday", None),
    ("The talks began on 13 October 2025.", None, "13 October 2025", day("2025-10-13")),
    # a plan in the clause after the comma does not make the held day a future one
    ("The envoys held a round of talks in Seoul on Monday, agreeing to begin a new study.", WED, "Monday", day("2017-03-27")),
    ("On Friday, the ministers will meet in Seoul.", WED, "Friday", day("2017-03-31")),
    # an infinitive after the day completes the verb before it: the day is when they agreed
    ("Seoul and New Delhi agreed on Monday to resume the shipping talks.", WED, "Monday", day("2017-03-27")),
    ("The envoy arrived on Monday to attend the forum.", WED, "Monday", day("2017-03-27")),
    ("The ministers will meet on Monday to review the talks.", WED, "Monday", day("2017-04-03")),
]


@pytest.mark.parametrize("sentence, anchor, words, expected", ROWS)
def test_time_expression_is_found_and_resolved(sentence, anchor, words, expected):
    found = find_timexes(sentence, anchor)
    assert [t.text for t in found] == [words]
    assert found[0].interval == expected
    assert sentence[found[0].start:found[0].end] == words


NOT_DATES = [
    "India and Korea will hold the 2+2 dialogue.",
    "The G20 summit in Delhi drew leaders.",
    "Both sides discussed 5G and 6G networks.",
    "Hanwha will supply 100 K9 Vajra guns.",
    "The navy flies P-8I aircraft.",
    "Trade rose 12.5% to $30 billion.",
    "About 2 million people visited.",
    "The report is on page 12 of 2000 pages.",
    "Travel slowed during COVID-19.",
    "The meeting began at 10:30 am.",
    "Call the embassy on +82 2 3789 9700.",
    "The ministers may meet again.",
    "Theresa May met the minister.",
    "Kumaran also met Lim Woong-soon.",
    "The plan covers 2030 units of housing.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_numbers_and_names_are_not_dates(sentence):
    assert find_timexes(sentence, TUE) == []


TENSE = [
    ("The minister visited on Friday.", True, day("2023-08-25")),
    ("The minister will visit on Friday.", False, day("2023-08-18")),
]


YEAR_FROM_NEARBY = [
    # an undated text: a day without a year takes the year of a full date of the same or next month
    ("The premier left Busan on 4 May 2016 after talks held on May 3.", "May 3", day("2016-05-03")),
    ("The forum closed on 2 January 2018; it had opened on December 30.", "December 30", day("2017-12-30")),
    ("The envoy came on the 9th and signed the pact on 11 June 2012.", "on the 9th", day("2012-06-09")),
    # too far from the only full date to share its year
    ("The pact was signed on 11 June 2012; talks had begun on February 2.", "February 2", None),
]


DAY_SHIFTS = [
    # "the next day" counts from the last single day told before it, else from the document date
    ("The leaders dine in Busan on 14 September and hold their summit the next day.", "the next day", day("2023-09-15")),
    ("Officials confirmed on Friday that the envoys had met the previous day.", "the previous day", day("2023-08-17")),
    ("The fleet reached Chennai on 3 March; the frigates sailed two days later.", "two days later", day("2023-03-05")),
    ("The pact was initialled on 9 May 2021 and signed the following day.", "the following day", day("2021-05-10")),
]


@pytest.mark.parametrize("sentence, words, expected", DAY_SHIFTS)
def test_a_shifted_day_counts_from_the_day_told_before(sentence, words, expected):
    found = {t.text: t.interval for t in find_timexes(sentence, TUE)}
    assert found[words] == expected


def test_the_day_before_an_event_is_not_counted_from_the_document():
    assert find_timexes("The envoys met the day before the summit.", TUE) == []


@pytest.mark.parametrize("sentence, words, expected", YEAR_FROM_NEARBY)
def test_a_day_without_a_year_takes_a_nearby_dates_year(sentence, words, expected):
    found = {t.text: t.interval for t in find_timexes(sentence, None)}
    assert found[words] == expected


@pytest.mark.parametrize("sentence, future, expected", TENSE)
def test_caller_can_force_the_tense(sentence, future, expected):
    assert find_timexes(sentence, TUE, future=future)[0].interval == expected


def test_offsets_point_into_a_whole_document():
    text = "Seoul, Aug 22: The ministers met on Tuesday.\n\nThey will meet again in the first quarter of 2024."
    found = find_timexes(text, TUE)
    assert [text[t.start:t.end] for t in found] == ["Aug 22", "Tuesday", "the first quarter of 2024"]
    assert [t.interval.start for t in found] == ["2023-08-22", "2023-08-22", "2024-01-01"]
