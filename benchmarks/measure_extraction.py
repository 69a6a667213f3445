"""Extraction quality on the shared gold corpora (seeds, dev), scored by eval/score.py.

    .venv/bin/python benchmarks/measure_extraction.py [--problems]

Documents are built from docs/*.txt as ingestion would (clean + date) when those
stages exist, else from the raw text with the gold date; extract() runs on the
gold-relevant ones and the export-format dict goes to score().
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from bilat.extract import extract
from bilat.model import Document, Published, Source

SHARED = Path(__file__).resolve().parents[2] / "shared"
PAIR = ("IND", "KOR")
FIGURES = ["engagements", "eng_date_exact", "eng_kind", "eng_status", "eng_place", "eng_country",
           "eng_mechanism", "eng_ordinal", "eng_participants_f1", "eng_topics_f1",
           "commitments", "com_strength", "com_due", "doc_topics_f1", "persons"]


def build(doc_id: str, raw: str, gold_date: str | None, url: str | None = None) -> Document:
    """A Document as ingestion would make it, or the raw text with the gold date."""
    try:
        from bilat.pipeline import build_document
        return build_document(Source(origin=f"{doc_id}.txt", body=raw, format="text", id=doc_id, url=url), PAIR)
    except ImportError:
        precision = {10: "day", 7: "month", 4: "year"}.get(len(gold_date or ""), "unknown")
        return Document(id=doc_id, source=f"{doc_id}.txt", text=raw, raw=raw, content_hash=doc_id,
                        published=Published(gold_date, precision, "metadata" if gold_date else "none"))


def document_dict(doc: Document, facts) -> dict:
    p = doc.published
    return {"id": doc.id, "text": doc.text, "relevant": facts is not None, "topics": list(facts.topics) if facts else [],
            "published": {"date": p.date, "precision": p.precision, "basis": p.basis}}


def export_of(docs: list[tuple[Document, object]]) -> dict:
    """The export-format.md dict for a list of (document, facts)."""
    facts = [f for _, f in docs if f is not None]
    return {"schema": "bilat.export/1", "pair": list(PAIR),
            "documents": [document_dict(d, f) for d, f in docs],
            "actors": [asdict(a) for f in facts for a in f.actors],
            "engagements": [asdict(e) for f in facts for e in f.engagements],
            "commitments": [asdict(c) for f in facts for c in f.commitments]}


def run(corpus: Path) -> tuple[dict, list[str]]:
    sys.path.insert(0, str(SHARED / "eval"))
    from score import score
    out = []
    index = [json.loads(line) for line in (corpus / "index.jsonl").read_text().splitlines() if line.strip()]
    urls = {record["id"]: record.get("url") for record in index}
    for line in (corpus / "gold.jsonl").read_text().splitlines():
        gold = json.loads(line)
        doc = build(gold["id"], (corpus / "docs" / f"{gold['id']}.txt").read_text(), gold.get("published"),
                    urls.get(gold['id']))
        facts = extract(doc, PAIR) if gold["relevant"] else None
        out.append((doc, facts))
    return score(corpus, export_of(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--problems", action="store_true", help="list every miss and extra")
    args = ap.parse_args()
    for name in ("seeds", "dev"):
        figures, problems = run(SHARED / "corpus" / name)
        print(f"== {name}")
        for key in FIGURES:
            value = figures.get(key)
            if isinstance(value, dict):
                value = " ".join(f"{k}={value[k]}" for k in ("p", "r", "f1", "tp", "fp", "fn"))
            print(f"  {key:22} {value}")
        if args.problems:
            print("\n".join("  - " + p for p in problems if "person" not in p))


if __name__ == "__main__":
    main()
