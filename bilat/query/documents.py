"""Views over stored documents."""
from __future__ import annotations

from bilat.model import Document


def marked_removed(doc: Document) -> str:
    """The raw text with each dropped part wrapped in [removed: why] ... [/removed].

    Documents whose clean text is not a copy of the raw (HTML) list what was kept instead.
    """
    if not doc.removed:
        return doc.text if not doc.segments else doc.raw
    out, at = [], 0
    for start, end, why in sorted(doc.removed):
        out += [doc.raw[at:start], f"[removed: {why}]", doc.raw[start:end], "[/removed]"]
        at = end
    out.append(doc.raw[at:])
    return "".join(out)
