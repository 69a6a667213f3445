"""The example corpus in examples/ reads cleanly in every format."""
from collections import Counter
from pathlib import Path

from ingest_helpers import read, skips, sources

EXAMPLES = Path(__file__).parents[2] / "examples"


def test_the_examples_give_a_source_per_article_and_expected_skips():
    items = read(EXAMPLES)
    kinds = Counter(Path(s.origin.split("#")[0].split(":")[0]).suffix or s.origin for s in sources(items))
    assert kinds == {".txt": 2, ".html": 1, ".jsonl": 3, ".gz": 2, ".rss": 3}  # README.md is not a document
    assert sorted(s.reason for s in skips(items)) == ["HTTP 404", "not HTML"]


def test_the_example_records_keep_their_ids():
    assert [s.id for s in read(EXAMPLES / "records.jsonl")] == [
        "statement-2024-03-04-jcm11", "ledger-2024-09-24-trade-dialogue", "sport-2024-12-08-adelaide"]
