"""Synthetic documents for the benchmarks, written for bilat (no third-party text)."""
from __future__ import annotations

import random

MINISTERS = [("External Affairs Minister", "Arvind Rao", "Foreign Minister", "Han Min-seo"),
             ("Defence Minister", "Suresh Menon", "Defence Minister", "Oh Jae-won"),
             ("Commerce Minister", "Kavita Iyer", "Trade Minister", "Baek Seung-ho")]
TOPICS = ["shipbuilding and ports", "semiconductors and supply chains", "green hydrogen",
          "defence production", "artificial intelligence", "student mobility and visas"]
PLACES = ["Seoul", "New Delhi", "Busan", "Mumbai"]
MONTHS = ["January", "March", "May", "July", "September", "November"]

RELEVANT = """India and South Korea agree to deepen cooperation in {topic}

New Delhi, {month} {day} (PTI) - {t1} {n1} held talks with South Korean {t2} {n2} in {place} on Tuesday, and the two sides agreed to convene the {ordinal} Joint Committee meeting in the first half of {next_year}.

The ministers reviewed progress in {topic} and said trade between the two countries had grown to ${trade} billion. {n2} said Korean companies were ready to invest further in India.

Both sides will explore a framework for {topic2}, officials said. The South Korean minister is expected to visit Mumbai later this year.

Top News

Rain disrupts traffic in the city
Markets close higher on bank stocks
"""

OTHER = """Local team wins the regional football cup

The city side beat its rivals 3-1 on Saturday in front of a crowd of {crowd}, with two goals in the second half.

The coach praised the young players and said the team would prepare for the national league starting in {month}.

Share this article
"""


def text_document(i: int, relevant: bool) -> str:
    rnd = random.Random(i)
    t1, n1, t2, n2 = rnd.choice(MINISTERS)
    year = 2015 + i % 10
    if not relevant:
        return OTHER.format(crowd=1000 + i, month=rnd.choice(MONTHS))
    return RELEVANT.format(topic=rnd.choice(TOPICS), topic2=rnd.choice(TOPICS), month=rnd.choice(MONTHS),
                           day=1 + i % 27, t1=t1, n1=n1, t2=t2, n2=n2, place=rnd.choice(PLACES),
                           ordinal=["second", "third", "fourth", "fifth"][i % 4], next_year=year + 1,
                           trade=20 + i % 9)


def html_document(i: int, relevant: bool) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in text_document(i, relevant).split("\n\n")[1:4])
    title = text_document(i, relevant).split("\n", 1)[0]
    return (f"<html><head><title>{title}</title><meta property='article:published_time' content='2024-03-0{1 + i % 9}'>"
            f"</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>"
            f"<footer>Copyright News Site. <a href='/terms'>Terms</a> <a href='/privacy'>Privacy</a></footer></body></html>")
