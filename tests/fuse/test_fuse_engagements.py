import pytest

from bilat.fuse.engagements import fuse_engagements
from bilat.model import DateInterval, Engagement, Evidence, Mechanism, Participant, Place


def meeting(doc, start, end=None, precision="day", place=None, who=("p:a", "p:b"), mech=None, kind="meeting"):
    return Engagement(
        id=f"e:{doc}", kind=kind, title="talks", date=DateInterval(start, end or start, precision),
        status="held", location=Place(place, "KOR" if place else None), mechanism=mech,
        participants=tuple(Participant(a, a[2:]) for a in who), documents=(doc,),
        evidence=(Evidence(doc, 0, 5, "talks"),))


def test_three_outlets_one_meeting_date_off_by_a_day_place_missing():
    reports = [meeting("d1", "2024-03-05", place="Seoul"), meeting("d2", "2024-03-06", place="Seoul"),
               meeting("d3", "2024-03", precision="month")]
    merged, flags = fuse_engagements(reports, {})
    assert len(merged) == 1
    e = merged[0]
    assert set(e.documents) == {"d1", "d2", "d3"} and len(e.evidence) == 3
    assert e.location.place == "Seoul" and e.date.precision == "day"
    assert [f.field for f in flags] == ["date"] or flags == []


def test_same_mechanism_and_ordinal_is_one_engagement_even_without_shared_people():
    a = meeting("d1", "2024-02-12", who=("p:x",), mech=Mechanism("Joint Commission", 10), kind="dialogue")
    b = meeting("d2", "2024", precision="year", who=(), mech=Mechanism("Joint Commission Meeting", 10), kind="dialogue")
    c = meeting("d3", "2024", precision="year", who=(), mech=Mechanism("Joint Commission", 9), kind="dialogue")
    merged, _ = fuse_engagements([a, b, c], {})
    assert sorted(len(e.documents) for e in merged) == [1, 2]


def test_places_that_disagree_are_flagged_not_silently_picked():
    merged, flags = fuse_engagements([meeting("d1", "2024-03-05", place="Seoul"),
                                      meeting("d2", "2024-03-05", place="Busan")], {})
    assert len(merged) == 1
    assert flags[0].field == "location" and "Seoul" in flags[0].message and "Busan" in flags[0].message


def test_meetings_months_apart_or_with_other_people_stay_apart():
    merged, _ = fuse_engagements([meeting("d1", "2024-03-05"), meeting("d2", "2024-07-05"),
                                  meeting("d3", "2024-03-05", who=("p:c", "p:d"))], {})
    assert len(merged) == 3


def test_fused_people_ids_are_used_for_matching():
    a = meeting("d1", "2024-03-05", who=("p:a1",))
    b = meeting("d2", "2024-03-05", who=("p:a2",))
    merged, _ = fuse_engagements([a, b], {"p:a1": "p:a", "p:a2": "p:a"})
    assert len(merged) == 1 and merged[0].participants[0].actor == "p:a"


def undated(doc, who=("p:a",), kind="visit", country="IND"):
    e = meeting(doc, "2000-01-01", who=who, kind=kind)
    return Engagement(**{**e.__dict__, "date": None, "location": Place(None, country)})


def test_an_undated_report_joins_the_only_event_that_fits_it():
    dated = meeting("d1", "2018-11-05", who=("p:a",), kind="visit")
    merged, _ = fuse_engagements([dated, undated("d2")], {})
    assert len(merged) == 1 and set(merged[0].documents) == {"d1", "d2"}


def test_an_undated_report_stays_alone_when_several_events_fit():
    merged, _ = fuse_engagements([meeting("d1", "2018-11-05", who=("p:a",), kind="visit"),
                                  meeting("d2", "2019-02-21", who=("p:a",), kind="visit"), undated("d3")], {})
    assert len(merged) == 3


def test_an_announced_visit_and_the_report_of_it_held_are_one_event_but_a_cancellation_is_not():
    planned = Engagement(**{**meeting("d1", "2019-02-21", kind="visit").__dict__, "status": "planned"})
    held = meeting("d2", "2019-02-21", kind="visit")
    cancelled = Engagement(**{**meeting("d3", "2019-02-21", kind="visit").__dict__, "status": "cancelled"})
    merged, _ = fuse_engagements([planned, held, cancelled], {})
    assert sorted((e.status, len(e.documents)) for e in merged) == [("cancelled", 1), ("held", 2)]


def test_an_undated_report_joins_the_event_sharing_the_most_people():
    best = meeting("d1", "2011-07-25", who=("p:patil", "p:lee"), kind="summit")
    other = meeting("d2", "2009-06-23", who=("p:singh", "p:lee"), kind="summit")
    merged, _ = fuse_engagements([best, other, undated("d3", who=("p:patil", "p:lee"), kind="summit")], {})
    assert sorted(sorted(e.documents) for e in merged) == [["d1", "d3"], ["d2"]]


def test_a_report_naming_nobody_joins_the_one_same_kind_event_of_that_day():
    named = meeting("d1", "2019-02-22", kind="signing")
    anonymous = meeting("d2", "2019-02-21", who=(), kind="signing")
    elsewhere = meeting("d3", "2019-03-02", who=(), kind="signing")
    merged, _ = fuse_engagements([named, anonymous, elsewhere], {})
    assert sorted(sorted(e.documents) for e in merged) == [["d1", "d2"], ["d3"]]


def test_a_report_naming_nobody_joins_the_one_event_of_that_month():
    month = meeting("d1", "2010-09", precision="month", kind="signing")
    anonymous = meeting("d2", "2010-09-03", who=(), kind="signing")
    merged, _ = fuse_engagements([month, anonymous], {})
    assert len(merged) == 1 and merged[0].date.start == "2010-09-03"


def test_an_undated_inaugural_session_of_another_mechanism_does_not_join():
    held = meeting("d1", "2025-11-14", who=(), mech=Mechanism("Dialogue on Critical and Emerging Technologies", 1),
                   kind="dialogue")
    other = Engagement(**{**meeting("d2", "2025-01-01", who=(), mech=Mechanism("Critical Minerals Dialogue", 1),
                                    kind="dialogue").__dict__, "date": None})
    same = Engagement(**{**meeting("d3", "2025-01-01", who=(), mech=Mechanism("Critical and Emerging Technologies dialogue", 1),
                                   kind="dialogue").__dict__, "date": None})
    merged, _ = fuse_engagements([held, other, same], {})
    assert sorted(sorted(e.documents) for e in merged) == [["d1", "d3"], ["d2"]]


def test_two_named_events_with_the_same_guest_on_one_day_stay_apart():
    prize = meeting("d1", "2019-02-22", who=("p:modi",), mech=Mechanism("Seoul Peace Prize ceremony"), kind="event")
    forum = meeting("d2", "2019-02-22", who=("p:modi",), mech=Mechanism("India-Korea Business Symposium"), kind="event")
    again = meeting("d3", "2019-02-22", who=("p:modi",), mech=Mechanism("Business Symposium"), kind="event")
    merged, _ = fuse_engagements([prize, forum, again], {})
    assert sorted(sorted(e.documents) for e in merged) == [["d1"], ["d2", "d3"]]


def test_one_document_telling_the_same_meeting_a_day_apart_is_one_meeting():
    story = meeting("d1", "2022-01-11", place="Seoul")
    caption = Engagement(**{**meeting("d1", "2022-01-10").__dict__, "id": "e:d1-caption"})
    other = Engagement(**{**meeting("d1", "2022-01-11", who=("p:a", "p:c")).__dict__, "id": "e:d1-other"})
    merged, _ = fuse_engagements([story, caption, other], {})
    assert sorted(len(e.evidence) for e in merged) == [1, 2]
    assert next(e for e in merged if len(e.evidence) == 2).date.start == "2022-01-11"


TENTH = Mechanism("Joint Commission", 10)


def report(doc, start, end=None, precision="day", status="held", basis="text", **kw):
    e = meeting(doc, start, end, precision, **kw)
    return Engagement(**{**e.__dict__, "status": status, "date_basis": basis})


@pytest.mark.parametrize("reports, date", [
    # a schedule announced before gives way to the day the event was reported held
    ([report("d1", "2009-08-06", status="planned"), report("d2", "2009-08-07")], ("2009-08-07", "day")),
    # but a scheduled day inside the month the held reports give is the more precise
    ([report("d1", "2023-11-21", status="planned"), report("d2", "2023-11", precision="month"),
      report("d3", "2023-11", precision="month")], ("2023-11-21", "day")),
    # a day the text states outranks the day a report was published
    ([report("d1", "2017-03-29", basis="document"), report("d2", "2017-03-28")], ("2017-03-28", "day")),
    # one day inside a stay of three is more precise than the stay
    ([report("d1", "2017-03-27", "2017-03-29"), report("d2", "2017-03-28")], ("2017-03-28", "day")),
    # the session called off in March and held in December is dated by the day it was held
    ([report("d1", "2021-12-07", mech=TENTH), report("d2", "2021-03", precision="month", status="cancelled", mech=TENTH)],
     ("2021-12-07", "day")),
    # a report at odds with most others (a background piece's wrong year) is left out
    ([report("d1", "2025-09-22", mech=TENTH), report("d2", "2025-09-22", mech=TENTH),
      report("d3", "2025-09", precision="month", mech=TENTH), report("d4", "2019", precision="year", mech=TENTH)],
     ("2025-09-22", "day")),
])
def test_which_report_dates_the_event(reports, date):
    merged, _ = fuse_engagements(reports, {})
    assert len(merged) == 1
    assert (merged[0].date.end, merged[0].date.precision) == date


def test_a_third_report_never_chains_two_meetings_one_document_told_apart():
    with_b = report("d1", "2023-08-22", who=("p:a", "p:b"))
    with_c = Engagement(**{**report("d1", "2023-08-22", who=("p:a", "p:c")).__dict__, "id": "e:d1-c"})
    other = report("d2", "2023-08", precision="month", who=("p:a", "p:b"))
    merged, _ = fuse_engagements([with_c, with_b, other], {})
    assert sorted(sorted(p.actor for p in e.participants) for e in merged) == [["p:a", "p:b"], ["p:a", "p:c"]]
    assert [set(e.documents) for e in merged if len(e.participants) == 2 and e.participants[1].actor == "p:b"] \
        == [{"d1", "d2"}]


def test_a_named_event_told_with_and_without_its_guests_is_one():
    a = report("d1", "2019-02-21", who=("p:modi",), mech=Mechanism("India-Korea Business Symposium"), kind="event")
    b = report("d2", "2019-02-21", "2019-02-22", who=(), mech=Mechanism("India-ROK Business Symposium"), kind="event")
    c = report("d3", "2019-02-22", who=(), mech=Mechanism("Seoul Peace Prize"), kind="event")
    merged, _ = fuse_engagements([a, b, c], {})
    assert sorted(sorted(e.documents) for e in merged) == [["d1", "d2"], ["d3"]]


def test_one_outlets_summit_is_anothers_meeting_of_the_leaders_but_not_of_their_ministers():
    summit = report("d1", "2011-07-25", who=("p:patil", "p:lee"), kind="summit")
    told_as_meeting = report("d2", "2011-07-25", who=("p:lee",), kind="meeting")
    ministers = report("d3", "2011-07-25", who=("p:patil", "p:kim"), kind="meeting")
    merged, _ = fuse_engagements([told_as_meeting, summit, ministers], {})
    assert sorted((e.kind, sorted(e.documents)) for e in merged) == [("meeting", ["d3"]), ("summit", ["d1", "d2"])]


def test_a_participant_given_two_offices_is_flagged_two_wordings_of_one_are_not():
    def told(doc, role):
        e = report(doc, "2024-03-05", who=("p:a", "p:b"))
        people = (Participant("p:a", "Ahn Ji-su", role, "KOR"), Participant("p:b", "b", None, "IND"))
        return Engagement(**{**e.__dict__, "participants": people})
    _, flags = fuse_engagements([told("d1", "Foreign Minister"), told("d2", "Trade Minister")], {})
    assert [(f.field, f.message) for f in flags] == [("role", "Ahn Ji-su: Foreign Minister (d1) vs Ahn Ji-su: Trade Minister (d2)")]
    _, flags = fuse_engagements([told("d1", "Foreign Minister"), told("d2", "Minister of Foreign Affairs")], {})
    assert flags == []
