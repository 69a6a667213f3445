"""Small fused records written by hand for the export tests."""
from __future__ import annotations

from bilat.fuse import Record
from bilat.model import (Actor, Commitment, DateInterval, Document, Engagement, Evidence, Flag, Mechanism,
                         Participant, Place, Published, Role)

COUNTRY = {"p:anita-rao": "IND", "p:kim-ji-ho": "KOR", "p:lee-min-seo": "KOR"}


def person(actor_id: str, name: str, title: str, organization: str | None = None) -> Actor:
    ev = Evidence("d1", 0, len(name), name)
    role = Role(title, organization, COUNTRY[actor_id], "2024-03-05", (ev,))
    return Actor(actor_id, "person", name, (name.split()[-1],), COUNTRY[actor_id], (role,), (ev,))


def engagement(eid: str, kind: str, day: str | None, who: tuple[str, ...], status: str = "held",
               place: Place = Place("Seoul", "KOR"), mechanism: Mechanism | None = None,
               topics: tuple[str, ...] = ()) -> Engagement:
    people = tuple(Participant(a, a[2:].replace("-", " ").title(), "Minister", COUNTRY[a]) for a in who)
    date = DateInterval(day, day, "day") if day else None
    return Engagement(eid, kind, f"{kind} {eid}", date, status, place, mechanism, people,
                      tuple(sorted({COUNTRY[a] for a in who})), topics, ("d1",),
                      (Evidence("d1", 10, 40, f"the {kind} took place"),))


PEOPLE = (person("p:anita-rao", "Anita Rao", "External Affairs Minister", "Ministry of External Affairs"),
          person("p:kim-ji-ho", "Kim Ji-ho", "Foreign Minister"),
          person("p:lee-min-seo", "Lee Min-seo", "Trade Minister"))

ENGAGEMENTS = (
    engagement("e:1", "dialogue", "2023-03-01", ("p:anita-rao", "p:kim-ji-ho"),
               mechanism=Mechanism("Joint Commission", 10), topics=("trade",)),
    engagement("e:2", "meeting", "2024-05-02", ("p:anita-rao", "p:kim-ji-ho"), place=Place("New Delhi", "IND")),
    engagement("e:3", "call", "2024-06-10", ("p:anita-rao", "p:lee-min-seo")),
    engagement("e:4", "visit", None, ("p:anita-rao", "p:lee-min-seo"), status="planned"),
)

COMMITMENT = Commitment("c:1", "The two sides agreed to meet again next year.", "meet again", ("IND", "KOR"),
                        "firm", DateInterval("2024-05-02", "2024-05-02", "day"),
                        DateInterval("2025-01-01", "2025-12-31", "year"), "next year", "pending",
                        topics=("trade",), documents=("d1",),
                        evidence=(Evidence("d1", 50, 95, "The two sides agreed to meet again next year."),))

RECORD = Record(PEOPLE, ENGAGEMENTS, (COMMITMENT,),
                (Flag("contradiction", "e:2", "location", "New Delhi (d1) vs Seoul (d2)",
                      (Evidence("d1", 0, 9, "New Delhi"),)),))

DOCUMENT = Document("d1", "notes/d1.txt", "text", "text", "hash", Published("2024-05-02", "day", "metadata"),
                    url="https://news.example.org/d1", title="Ministers meet", language="en", relevant=True,
                    relevance=0.9, topics=("trade", "investment"))
