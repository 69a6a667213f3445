"""Quality gate: cleaning, dating and relevance on the shared gold corpora never fall below these floors."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT.parent / "shared" / "corpus"

FLOORS = {   # only ever raised
    "seeds": {"content_kept": 0.98, "furniture_removed": 0.95, "published_exact": 1.0, "relevance": 1.0},
    "dev": {"content_kept": 0.98, "furniture_removed": 0.95, "published_exact": 0.93, "relevance": 0.97},
}


def _benchmark():
    spec = importlib.util.spec_from_file_location("measure_cleaning", ROOT / "benchmarks" / "measure_cleaning.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not CORPORA.exists(), reason="../shared corpora not present")
@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_gold_figures_stay_above_floors(corpus):
    figures, _, _ = _benchmark().evaluate(CORPORA / corpus)
    measured = {name: figures[name] for name in FLOORS[corpus] if name != "relevance"}
    measured["relevance"] = figures["relevance"]["accuracy"]
    assert all(measured[name] >= floor for name, floor in FLOORS[corpus].items()), measured
