"""A small fused record built by hand: two engagements in 2024, one in 2019, commitments, a flag."""
from datetime import date

from bilat.fuse import Record
from bilat.model import (Actor, Commitment, DateInterval, Document, Engagement, Evidence, Flag, Participant, Place,
                         Published, Role)
from bilat.query.filters import Period

SEOUL_QUOTE = "Foreign Minister Yoon Ji-ho received External Affairs Minister Ravi Shankar Iyer in Seoul on Tuesday."
DELHI_QUOTE = 'Trade Minister Kang Seo-yeon arrived for talks <script>alert("x")</script> in New Delhi on Monday.'
DRILL_QUOTE = "The two navies will hold their first joint exercise by the end of 2025."
OLD_QUOTE = "Both sides will open a trade office in Busan by the end of 2023."
VICE_QUOTE = "Vice Foreign Minister Yoon Ji-ho said the talks were useful."
BUSAN_QUOTE = "The ministers met in Busan, the ministry said."


def day(iso: str) -> DateInterval:
    return DateInterval(iso, iso, "day")


def doc(doc_id: str, title: str, url: str, published: str) -> Document:
    return Document(doc_id, f"{doc_id}.txt", "", "", doc_id, Published(published, "day", "metadata"), url, title)


def ev(doc_id: str, quote: str) -> Evidence:
    return Evidence(doc_id, 0, len(quote), quote)


DOCUMENTS = {d.id: d for d in [
    doc("doc-seoul", "Ministers meet in Seoul", "https://news.example.org/2024/05/14/seoul", "2024-05-14"),
    doc("doc-delhi", 'Talks in New Delhi <script>alert("x")</script>', "javascript:alert(1)", "2024-09-03"),
    doc("doc-old", "Trade office plan", "https://news.example.org/2023/03/01/office", "2023-03-01"),
    doc("doc-2022", "Vice minister on talks", "https://news.example.org/2022/03/01/vice", "2022-03-01")]}

YOON = Actor("p:yoon-ji-ho", "person", "Yoon Ji-ho", country="KOR", roles=(
    Role("Vice Foreign Minister", None, "KOR", "2022-03-01", (ev("doc-2022", VICE_QUOTE),)),
    Role("Foreign Minister", None, "KOR", "2024-05-14", (ev("doc-seoul", SEOUL_QUOTE),))))

SEOUL = Engagement("e:seoul", "meeting", "Ravi Shankar Iyer meets Yoon Ji-ho", day("2024-05-14"), "held",
                   Place("Seoul", "KOR"), participants=(
                       Participant("p:ravi", "Ravi Shankar Iyer", "External Affairs Minister", "IND"),
                       Participant("p:yoon-ji-ho", "Yoon Ji-ho", "Foreign Minister", "KOR")),
                   countries=("IND", "KOR"), topics=("semiconductors", "trade"), documents=("doc-seoul",),
                   evidence=(ev("doc-seoul", SEOUL_QUOTE),))
DELHI = Engagement("e:delhi", "meeting", "Kang Seo-yeon in New Delhi", day("2024-09-02"), "held",
                   Place("New Delhi", "IND"), participants=(Participant("p:kang", "Kang Seo-yeon", "Trade Minister",
                                                                        "KOR"),),
                   countries=("IND", "KOR"), topics=("trade",), documents=("doc-delhi",),
                   evidence=(ev("doc-delhi", DELHI_QUOTE),))
OLD_VISIT = Engagement("e:old", "visit", "State visit of 2019", day("2019-02-21"), "held",
                       evidence=(ev("doc-old", OLD_QUOTE),))

DRILL = Commitment("c:drill", DRILL_QUOTE, "hold their first joint exercise", ("IND", "KOR"), "firm",
                   day("2024-05-14"), DateInterval("2025-01-01", "2025-12-31", "year"), "by the end of 2025",
                   "pending", topics=("military_cooperation",), documents=("doc-seoul",),
                   evidence=(ev("doc-seoul", DRILL_QUOTE),))
OFFICE = Commitment("c:office", OLD_QUOTE, "open a trade office in Busan", ("IND", "KOR"), "firm", day("2023-03-01"),
                    DateInterval("2023-01-01", "2023-12-31", "year"), "by the end of 2023", "overdue",
                    topics=("trade",), documents=("doc-old",), evidence=(ev("doc-old", OLD_QUOTE),))

PLACE_FLAG = Flag("contradiction", "e:seoul", "location", "Seoul (doc-seoul) vs Busan (doc-delhi)",
                  (ev("doc-seoul", SEOUL_QUOTE), ev("doc-delhi", BUSAN_QUOTE)))

RECORD = Record((YOON,), (SEOUL, DELHI, OLD_VISIT), (DRILL, OFFICE), (PLACE_FLAG,))
YEAR_2024 = Period.parse("2024-01-01", "2024-12-31")
AS_OF = date(2025, 1, 31)

