"""Time-expression speed: microseconds per sentence over the shared corpora (or the examples)."""
import sys
import time
from pathlib import Path

from bilat.model import Published
from bilat.nlp.timex import find_timexes
from bilat.nlp.timex_tense import sentence_bounds


def sentences(root: Path) -> list[str]:
    texts = [p.read_text(errors="replace") for p in sorted(root.rglob("*.txt"))]
    return [t[a:b] for t in texts for a, b in sentence_bounds(t) if b - a > 20]


def main(root: str) -> None:
    found = sentences(Path(root))
    anchor = Published("2023-08-22", "day")
    find_timexes("warm up on Tuesday", anchor)
    start = time.perf_counter()
    for sentence in found:
        find_timexes(sentence, anchor)
    took = time.perf_counter() - start
    print(f"{len(found)} sentences, {took / len(found) * 1e6:.0f} µs per sentence, "
          f"mean length {sum(map(len, found)) / len(found):.0f} chars")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
