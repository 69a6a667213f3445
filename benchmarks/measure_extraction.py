"""Extraction quality on the shared gold corpora (seeds, dev), before and after fusion.

    .venv/bin/python benchmarks/measure_extraction.py [--problems]

Documents are built from docs/*.txt as ingestion builds them (clean, date, language,
relevance) and read by the pipeline's per-document stage. The same facts are scored
twice by eval/score.py: each document's own facts ("per document"), and the record
fusion makes of them ("fused") -- so the cost or gain of fusion is measured on its own.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from bilat.export.json import export_record
from bilat.fuse import fuse
from bilat.model import Document, Source
from bilat.pipeline import build_document, extract_facts

SHARED = Path(__file__).resolve().parents[2] / "shared"
PAIR = ("IND", "KOR")
FIGURES = ["engagements", "eng_date_exact", "eng_kind", "eng_status", "eng_place", "eng_country",
           "eng_mechanism", "eng_ordinal", "eng_participants_f1", "eng_topics_f1",
           "commitments", "com_strength", "com_due", "doc_topics_f1", "persons", "person_title",
           "person_country", "cross_doc_pairs"]


def build(doc_id: str, raw: str, url: str | None = None) -> Document:
    """A Document as ingestion makes it."""
    return build_document(Source(origin=f"{doc_id}.txt", body=raw, format="text", id=doc_id, url=url), PAIR)


def per_document(docs: list[Document], facts: dict) -> dict:
    """The export-format.md dict with each document's facts as they are, unfused (actor ids made
    per document, as the scorer keys actors by id)."""
    return {"schema": "bilat.export/1", "pair": list(PAIR),
            "documents": [{"id": d.id, "text": d.text, "relevant": d.relevant, "topics": list(d.topics),
                           "published": asdict(d.published)} for d in docs],
            "actors": [{**asdict(a), "id": f"{doc}/{a.id}"} for doc, f in facts.items() for a in f.actors],
            "engagements": [asdict(e) for f in facts.values() for e in f.engagements],
            "commitments": [asdict(c) for f in facts.values() for c in f.commitments]}


def fused(docs: list[Document], facts: dict) -> dict:
    """The export of the record fusion makes from the same facts."""
    return export_record(PAIR, docs, fuse(facts, {d.id: d for d in docs}), with_text=True)


def run(corpus: Path) -> tuple[tuple[dict, list[str]], tuple[dict, list[str]]]:
    """(figures, problems) per document and fused."""
    sys.path.insert(0, str(SHARED / "eval"))
    from score import score
    index = [json.loads(line) for line in (corpus / "index.jsonl").read_text().splitlines() if line.strip()]
    docs, facts = [], {}
    for record in index:
        doc = build(record["id"], (corpus / "docs" / f"{record['id']}.txt").read_text(), record.get("url"))
        doc, found = extract_facts(doc, PAIR)
        docs.append(doc)
        if doc.relevant:
            facts[doc.id] = found
    return score(corpus, per_document(docs, facts)), score(corpus, fused(docs, facts))


def _shown(value) -> str:
    if isinstance(value, dict):
        return f"{value['f1']:.3f} (tp={value['tp']} fp={value['fp']} fn={value['fn']})"
    return "-" if value is None else f"{value:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--problems", action="store_true", help="list every miss and extra of the fused record")
    args = ap.parse_args()
    for name in ("seeds", "dev"):
        (before, _), (after, problems) = run(SHARED / "corpus" / name)
        print(f"== {name}: {'figure':20} {'per document':>28} {'fused':>28}")
        for key in FIGURES:
            print(f"  {key:28} {_shown(before.get(key)):>28} {_shown(after.get(key)):>28}")
        if args.problems:
            print("\n".join("  - " + p for p in problems if "person" not in p))


if __name__ == "__main__":
    main()
