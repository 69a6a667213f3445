"""The hand-built record rendered once per session."""
import pytest

from bilat.fuse import Record
from bilat.report import build_report
from report_record import AS_OF, DOCUMENTS, RECORD, YEAR_2024


@pytest.fixture(scope="session")
def report_2024() -> str:
    """The report for 2024 of the hand-built record."""
    return build_report(RECORD, DOCUMENTS, YEAR_2024, AS_OF, ("IND", "KOR"))


@pytest.fixture(scope="session")
def empty_report() -> str:
    return build_report(Record((), (), (), ()), {}, YEAR_2024, AS_OF, ("IND", "KOR"))
