"""One person's file: offices over time, engagements attended, cited sentences; helpful errors."""
import pytest

from bilat.fuse import Record
from bilat.model import Actor, DateInterval, Document, Engagement, Evidence, Participant, Role
from bilat.query.person import UnknownPerson, person

TEXT = "Seoul, May 2 – Foreign Minister Kim Ji-ho met his Indian counterpart today. Kim said ties were strong."
DOC = Document("d1", "d1.txt", TEXT, TEXT, "h")
KIM = Actor("p:kim-ji-ho", "person", "Kim Ji-ho", ("Kim", "Kim Jiho"), "KOR",
            (Role("Trade Minister", None, "KOR", "2021-04-01", (Evidence("d0", 0, 5, "Trade"),)),
             Role("Foreign Minister", "Ministry of Foreign Affairs", "KOR", "2023-05-02",
                  (Evidence("d1", 14, 40, TEXT[14:40]),)),
             Role("Foreign Minister", None, "KOR", "2024-05-02", ())),
            (Evidence("d1", 31, 40, "Kim Ji-ho"), Evidence("d1", 76, 79, "Kim")))
KIM_MIN = Actor("p:kim-min-jun", "person", "Kim Min-jun", ("Kim Minjun",), "KOR")
RAO = Actor("p:anita-rao", "person", "Anita Rao", ("Rao",), "IND")


def talks(eid, day, *who):
    return Engagement(eid, "meeting", f"talks {eid}", DateInterval(day, day, "day"), "held",
                      participants=tuple(Participant(a.id, a.name) for a in who))


RECORD = Record((KIM, KIM_MIN, RAO), (talks("e:2", "2024-05-02", KIM, RAO), talks("e:1", "2023-05-02", KIM),
                                      talks("e:3", "2023-06-01", KIM_MIN, RAO)), (), ())


@pytest.mark.parametrize("name", ["Kim Ji-ho", "kim jiho", "Ji-ho"])
def test_a_person_is_found_by_name_alias_or_a_unique_part(name):
    assert person(RECORD, name).id == "p:kim-ji-ho"


def test_offices_over_time_in_order():
    view = person(RECORD, "Kim Ji-ho")
    assert [(o.title, o.first_seen, o.last_seen) for o in view.offices] == [
        ("Trade Minister", "2021-04-01", "2021-04-01"), ("Foreign Minister", "2023-05-02", "2024-05-02")]


def test_engagements_attended_in_date_order_and_no_one_elses():
    assert [e.id for e in person(RECORD, "Kim Ji-ho").engagements] == ["e:1", "e:2"]


def test_quotes_are_whole_sentences_with_their_document_when_the_text_is_known():
    view = person(RECORD, "Kim Ji-ho", [DOC])
    assert [(q.doc, q.quote) for q in view.quotes] == [
        ("d0", "Trade"),
        ("d1", "Seoul, May 2 – Foreign Minister Kim Ji-ho met his Indian counterpart today."),
        ("d1", "Kim said ties were strong.")]
    assert all(TEXT[q.start:q.end] == q.quote for q in view.quotes if q.doc == "d1")


@pytest.mark.parametrize("name, message", [
    ("Kim Ji-hoo", "no person named 'Kim Ji-hoo'; did you mean Kim Ji-ho"),
    ("Kim", "'Kim' names 2 people: Kim Ji-ho, Kim Min-jun; give more of the name"),
    ("Zorawar Singh", "no person named 'Zorawar Singh'; `bilat people` lists who is in the record"),
])
def test_unknown_or_ambiguous_names_get_one_helpful_line(name, message):
    with pytest.raises(UnknownPerson) as error:
        person(RECORD, name)
    assert str(error.value).startswith(message) and "\n" not in str(error.value)
