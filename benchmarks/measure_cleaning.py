#!/usr/bin/env python3
"""Cleaning, dating and relevance measured on the shared gold corpora.

    .venv/bin/python benchmarks/measure_cleaning.py [--problems] [--corpus PATH ...]

Each corpus folder (index.jsonl, gold.jsonl, docs/*.txt) is read as text sources,
run through clean + date_document + relevance, exported in the JSON contract's
document shape and scored with shared/eval/score.py.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bilat.clean import clean
from bilat.model import Source
from bilat.nlp.published import date_document
from bilat.nlp.relevance import relevance

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIGURES = ("content_kept", "furniture_removed", "published_exact")


def load_score():
    sys.path.insert(0, str(SHARED / "eval"))
    from score import score
    return score


def sources(corpus: Path) -> list[Source]:
    index = [json.loads(l) for l in (corpus / "index.jsonl").read_text().splitlines() if l.strip()]
    return [Source(str(corpus / "docs" / f"{o['id']}.txt"), (corpus / "docs" / f"{o['id']}.txt").read_text(),
                   "text", id=o["id"], url=o.get("url")) for o in index]


def document(source: Source, pair: tuple[str, str]) -> dict:
    cleaned = clean(source)
    published = date_document(cleaned.text, raw=source.body, url=source.url, metadata=source.published)
    score, relevant = relevance(cleaned.text, pair, title=cleaned.title)
    return {"id": source.id, "text": cleaned.text, "relevant": relevant, "relevance": score,
            "published": {"date": published.date, "precision": published.precision, "basis": published.basis}}


def evaluate(corpus: Path, pair: tuple[str, str] = ("IND", "KOR")) -> tuple[dict, list[str], dict]:
    """Score figures, the scorer's problem list and the export itself for one corpus folder."""
    export = {"documents": [document(s, pair) for s in sources(corpus)],
              "actors": [], "engagements": [], "commitments": []}
    figures, problems = load_score()(corpus, export)
    return figures, problems, export


def measure(corpus: Path, pair: tuple[str, str], problems: bool) -> None:
    figures, found, export = evaluate(corpus, pair)
    print(f"== {corpus.name}: {figures['documents']} documents")
    for name in FIGURES:
        print(f"{name:20} {figures.get(name)}")
    print(f"{'relevance':20} accuracy={figures['relevance']['accuracy']} f1={figures['relevance']['f1']}")
    if problems:
        print("\n".join(p for p in found if "published" in p or "missing" in p))
        print("\n".join(f"{d['id']}: relevant={d['relevant']} ({d['relevance']})" for d in export["documents"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", help="gold corpus folder (default: seeds and dev)")
    parser.add_argument("--pair", default="IND,KOR", help="ISO alpha-3 pair, e.g. IND,KOR")
    parser.add_argument("--problems", action="store_true", help="list dating problems and every relevance call")
    args = parser.parse_args()
    pair = tuple(args.pair.split(","))
    for corpus in args.corpus or [SHARED / "corpus" / "seeds", SHARED / "corpus" / "dev"]:
        measure(corpus, pair, args.problems)


if __name__ == "__main__":
    main()
