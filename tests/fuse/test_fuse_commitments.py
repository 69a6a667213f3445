from datetime import date

import pytest

from bilat.fuse.commitments import is_late, rate, status_as_of
from bilat.model import Commitment, DateInterval, Engagement, Evidence, Mechanism, Participant, Place


def day(d, precision="day"):
    return DateInterval(d, d, precision)


def commitment(action, due=None, strength="firm", made="2023-08-22", parties=("IND", "KOR")):
    return Commitment(id="c:1", statement=f"both sides agreed to {action}", action=action, parties=parties,
                      strength=strength, made=day(made), due=due, documents=("d1",))


def engagement(kind, when, mech=None, status="held", countries=("IND", "KOR"), eid="e:1", where=None):
    return Engagement(id=eid, kind=kind, title="x", date=day(when), status=status, mechanism=mech,
                      location=Place(None, where),
                      countries=countries, participants=(Participant(None, "A", country="IND"),))


Q1_2024 = DateInterval("2024-01-01", "2024-03-31", "quarter")
FIFTH = "convene the fifth Steering Committee meeting"


@pytest.mark.parametrize("c, engagements, as_of, status", [
    # fulfilled by a later report of the exact instance
    (commitment(FIFTH), [engagement("dialogue", "2024-02-01", Mechanism("Steering Committee", 5))], "2024-06-01", "fulfilled"),
    # the fourth is not the fifth
    (commitment(FIFTH), [engagement("dialogue", "2024-02-01", Mechanism("Steering Committee", 4))], "2024-06-01", "pending"),
    # planned is not held: an announced session is progress, not fulfilment
    (commitment(FIFTH), [engagement("dialogue", "2024-02-01", Mechanism("Steering Committee", 5), "planned")], "2024-06-01", "in_progress"),
    # held before the promise was made
    (commitment(FIFTH), [engagement("dialogue", "2023-01-01", Mechanism("Steering Committee", 5))], "2024-06-01", "pending"),
    # not yet happened as of the date asked
    (commitment(FIFTH), [engagement("dialogue", "2024-02-01", Mechanism("Steering Committee", 5))], "2024-01-15", "pending"),
    # due interval passed (plus 30 days' grace) with nothing: overdue
    (commitment("launch a trilateral technology dialogue", due=Q1_2024), [], "2024-06-30", "overdue"),
    (commitment("launch a trilateral technology dialogue", due=Q1_2024), [], "2024-04-15", "pending"),
    # no due date and a year with nothing: lapsed
    (commitment(FIFTH), [], "2024-09-01", "lapsed"),
    # an expected visit that never happens is aspirational: lapsed, never overdue
    (commitment("visit India", due=DateInterval("2023-09-01", "2023-09-30", "month"), strength="aspirational",
                parties=("KOR",)), [], "2024-01-01", "lapsed"),
    # a visit fulfils a visit by the party
    (commitment("visit India", due=DateInterval("2023-09-01", "2023-09-30", "month"), strength="aspirational",
                parties=("KOR",)), [engagement("visit", "2023-09-09", countries=("KOR", "IND"), where="IND")], "2024-01-01", "fulfilled"),
    # ... but a visit elsewhere does not keep a promise to visit India
    (commitment("visit India", strength="aspirational", parties=("KOR",)),
     [engagement("visit", "2023-09-09", countries=("KOR", "IND"), where="JPN")], "2023-12-01", "pending"),
    # a promise to launch trade talks is not kept by any meeting of the two
    (commitment("launch a Trade Dialogue at the level of Commerce Secretary"),
     [engagement("meeting", "2024-02-01")], "2024-06-01", "pending"),
    (commitment("launch a Trade Dialogue at the level of Commerce Secretary"),
     [engagement("dialogue", "2024-02-01", Mechanism("Trade Dialogue", 1))], "2024-06-01", "fulfilled"),
])
def test_status_as_of(c, engagements, as_of, status):
    assert status_as_of(c, engagements, date.fromisoformat(as_of)).status == status


def test_fulfilled_late_is_still_fulfilled_and_shown_late():
    c = commitment("launch a trilateral technology dialogue", due=Q1_2024)
    e = engagement("dialogue", "2024-07-10", Mechanism("trilateral technology dialogue"))
    rated = status_as_of(c, [e], date(2024, 12, 31))
    assert rated.status == "fulfilled" and rated.fulfilled_by == "e:1" and is_late(c, e)


def test_restated_commitments_merge_and_a_new_due_date_supersedes():
    a = commitment("hold the next Joint Commission", due=Q1_2024)
    b = Commitment(**{**a.__dict__, "id": "c:2", "documents": ("d2",)})
    c = Commitment(**{**a.__dict__, "id": "c:3", "made": day("2024-02-01"),
                      "due": DateInterval("2024-07-01", "2024-12-31", "half"), "documents": ("d3",)})
    rated = rate([a, b, c], [], date(2024, 5, 1))
    assert [(x.id, x.status) for x in rated] == [("c:1", "superseded"), ("c:3", "pending")]
    assert rated[0].documents == ("d1", "d2") and rated[0].superseded_by == "c:3"


def test_a_cancelled_engagement_breaks_and_an_announced_one_is_progress():
    c = commitment(FIFTH)
    cancelled = engagement("dialogue", "2024-02-01", Mechanism("Steering Committee", 5), "cancelled")
    announced = engagement("dialogue", "2024-09-01", Mechanism("Steering Committee", 5), "planned")
    assert status_as_of(c, [cancelled], date(2024, 6, 1)).status == "broken"
    rated = status_as_of(c, [announced], date(2024, 6, 1))
    assert rated.status == "in_progress" and rated.status_evidence == announced.evidence[:1]


def test_each_status_keeps_the_day_it_was_decided_and_its_evidence():
    e = Engagement(**{**engagement("dialogue", "2024-02-01", Mechanism("Steering Committee", 5)).__dict__,
                      "evidence": (Evidence("d9", 0, 4, "held"),)})
    done = status_as_of(commitment(FIFTH), [e], date(2024, 6, 1))
    assert (done.status_date, done.status_evidence, done.late) == ("2024-02-01", e.evidence, False)
    overdue = status_as_of(commitment("launch a trilateral technology dialogue", due=Q1_2024), [], date(2024, 6, 30))
    assert overdue.status_date == "2024-04-30" and overdue.status_evidence == ()
