"""Synthetic engagements for the fusion benchmark: many events, each reported by 1-3 outlets."""
from __future__ import annotations

import random
from datetime import date, timedelta

from bilat.model import DateInterval, Engagement, Evidence, Mechanism, Participant, Place


def engagements(n: int, seed: int = 7) -> list[Engagement]:
    rnd = random.Random(seed)
    people = [f"p:person-{i}" for i in range(max(50, n // 20))]
    out = []
    while len(out) < n:
        event = len(out)
        day = date(2000, 1, 1) + timedelta(days=rnd.randrange(9000))
        who = tuple(Participant(p, p[2:]) for p in rnd.sample(people, 2))
        mech = Mechanism(f"Dialogue {event % 40}", event // 40 + 1) if rnd.random() < 0.2 else None
        for report in range(rnd.choice([1, 1, 2, 3])):
            when = day + timedelta(days=rnd.choice([0, 0, 1]))
            doc = f"d{event}-{report}"
            out.append(Engagement(
                id=f"e:{event}-{report}", kind=rnd.choice(["meeting", "dialogue"]) if mech is None else "dialogue",
                title="talks", date=DateInterval(when.isoformat(), when.isoformat(), "day"), status="held",
                location=Place("Seoul", "KOR"), mechanism=mech, participants=who, documents=(doc,),
                evidence=(Evidence(doc, 0, 5, "talks"),)))
    return out[:n]
