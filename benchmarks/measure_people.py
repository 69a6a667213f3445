"""Persons, titles and countries of `extract_people` against the gold corpora.

    .venv/bin/python benchmarks/measure_people.py [--problems] [--raw]

Runs on /work/shared/corpus/{seeds,dev}: documents from docs/*.txt (cleaned
with bilat.clean when that exists), dated from gold "published", scored with
the shared evaluator.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from bilat.extract.people import extract_people
from bilat.model import Document, Published, Source
from bilat.nlp.parse import parse

SHARED = Path(__file__).resolve().parents[2] / "shared"
sys.path.insert(0, str(SHARED / "eval"))
from score import score  # noqa: E402  the shared evaluator


def clean_text(raw: str, path: Path) -> str:
    """The cleaning stage's text when it is available, else the raw text."""
    try:
        from bilat.clean import clean
    except ImportError:
        return raw
    if "--raw" in sys.argv:
        return raw
    return clean(Source(str(path), raw, "text")).text


def document(path: Path, gold: dict) -> Document:
    raw = path.read_text(errors="replace")
    day = gold.get("published")
    published = Published(day, "day", "text") if day else Published(None)
    return Document(path.stem, str(path), clean_text(raw, path), raw, path.stem, published, relevant=True)


def actor_dict(actor) -> dict:
    ev = lambda e: e.as_dict()
    roles = [{"title": r.title, "organization": r.organization, "country": r.country, "as_of": r.as_of,
              "evidence": [ev(e) for e in r.evidence]} for r in actor.roles]
    return {"id": actor.id, "kind": actor.kind, "name": actor.name, "aliases": list(actor.aliases),
            "country": actor.country, "roles": roles, "evidence": [ev(e) for e in actor.evidence]}


def export_for(corpus: Path) -> tuple[dict, int, float]:
    golds = [json.loads(line) for line in (corpus / "gold.jsonl").read_text().splitlines() if line.strip()]
    documents, actors, words, seconds = [], [], 0, 0.0
    for gold in golds:
        doc = document(corpus / "docs" / f"{gold['id']}.txt", gold)
        began = time.perf_counter()
        found, _ = extract_people(doc, parse(doc.text), pair=("IND", "KOR"))
        seconds += time.perf_counter() - began
        words += len(doc.text.split())
        documents.append({"id": doc.id, "text": doc.text, "relevant": True})
        actors += [{**actor_dict(a), "id": f"{a.id}@{doc.id}"} for a in found]  # scored per document
    return {"documents": documents, "actors": actors, "engagements": [], "commitments": []}, words, seconds


def role_problems(corpus: Path, export: dict) -> list[str]:
    """Matched persons whose title or country disagrees with the gold."""
    from score import same_person, token_f1
    golds = [json.loads(line) for line in (corpus / "gold.jsonl").read_text().splitlines() if line.strip()]
    out = []
    for gold in (g for g in golds if g["relevant"]):
        preds = [a for a in export["actors"] if any(e["doc"] == gold["id"] for e in a["evidence"])]
        for person in gold.get("persons", []):
            hit = next((a for a in preds if any(same_person(person["name"], n) for n in [a["name"], *a["aliases"]])), None)
            if hit is None:
                continue
            titles = [r["title"] for r in hit["roles"]]
            bad_title = person.get("title") and max([token_f1(person["title"], t) for t in titles] or [0]) < 0.5
            bad_country = person.get("country") and hit["country"] != person["country"]
            if bad_title or bad_country:
                out.append(f"{gold['id']}: {person['name']}: gold {person.get('title')!r}/{person.get('country')} "
                           f"got {titles}/{hit['country']}")
    return out


def main() -> None:
    for name in ("seeds", "dev"):
        corpus = SHARED / "corpus" / name
        export, words, seconds = export_for(corpus)
        out, problems = score(corpus, export)
        p = out["persons"]
        print(f"{name:6} persons P={p['p']} R={p['r']} F1={p['f1']} (tp={p['tp']} fp={p['fp']} fn={p['fn']}) "
              f"title={out.get('person_title')} country={out.get('person_country')} "
              f"furniture_persons={out['furniture_persons']} evidence_valid={out.get('evidence_valid')} "
              f"words/s={words / seconds:.0f}")
        if "--problems" in sys.argv:
            print("\n".join("   " + x for x in problems if "person" in x))
            print("\n".join("   " + x for x in role_problems(corpus, export)))


if __name__ == "__main__":
    main()
