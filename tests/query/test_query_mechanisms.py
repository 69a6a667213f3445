"""Mechanisms: sessions by ordinal and date, missing ordinals and long silences."""
import pytest

from bilat.fuse import Record
from bilat.model import DateInterval, Engagement, Mechanism
from bilat.query.mechanisms import mechanisms, ordinal


def session(name, number, day, status="held"):
    date = DateInterval(day, day, "day" if day and len(day) == 10 else "year") if day else None
    return Engagement(f"e:{name}-{number}-{day}", "dialogue", f"{name} {number}", date, status,
                      mechanism=Mechanism(name, number), documents=("d1",))


def gaps_of(*sessions):
    (found,) = mechanisms(Record((), tuple(sessions), (), ()))
    return [g.message for g in found.gaps]


@pytest.mark.parametrize("sessions, expected", [
    ([("Joint Commission", 9, "2018-05-10"), ("Joint Commission", 10, "2024-03-04")],
     ["no session between the 9th in 2018 and the 10th in 2024 (5.8 years)"]),
    ([("Strategic Dialogue", 3, "2019-01-10"), ("Strategic Dialogue", 6, "2020-02-01")],
     ["no record of the 4th and 5th (between the 3rd in 2019 and the 6th in 2020)"]),
    ([("Strategic Dialogue", 1, "2015-01-10"), ("Strategic Dialogue", 3, "2016-02-01")],
     ["no record of the 2nd (between the 1st in 2015 and the 3rd in 2016)"]),
    ([("2+2", 1, "2021-04-01"), ("2+2", 2, "2022-05-01"), ("2+2", 3, "2023-06-01")], []),
    # a cancelled session does not break a silence
    ([("2+2", 1, "2019-04-01"), ("2+2", 2, "2021-01-01", "cancelled"), ("2+2", 3, "2022-06-01")],
     ["no record of the 2nd (between the 1st in 2019 and the 3rd in 2022)",
      "no session between the 1st in 2019 and the 3rd in 2022 (3.2 years)"]),
    # an unnumbered session in between fills the silence
    ([("Joint Commission", 9, "2018-05-10"), ("Joint Commission", None, "2019-12-02"),
      ("Joint Commission", 10, "2021-06-04")], []),
    ([("Joint Commission", 12, "2025-04-15"), ("Joint Commission", 13, "2028", "planned")],
     ["no session between the 12th in 2025 and the 13th planned for 2028 (2.7 years)"]),
])
def test_gaps(sessions, expected):
    assert gaps_of(*(session(*s) for s in sessions)) == expected


def test_sessions_come_in_ordinal_order_under_one_name():
    sessions = (session("joint commission", 11, "2024-03-04"), session("Joint Commission Meeting", 10, "2022-01-05"),
                session("Joint Commission", 12, None, "planned"), session("Strategic Dialogue", 4, "2023-08-22"))
    record = Record((), sessions, (), ())
    found = mechanisms(record)
    assert [m.name for m in found] == ["Joint Commission", "Strategic Dialogue"]
    assert [s.ordinal for s in found[0].sessions] == [10, 11, 12]
    assert [m.name for m in mechanisms(record, "strategic")] == ["Strategic Dialogue"]


@pytest.mark.parametrize("n, expected", [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"),
                                         (12, "12th"), (13, "13th"), (21, "21st"), (102, "102nd")])
def test_ordinal_words(n, expected):
    assert ordinal(n) == expected
