"""Furniture removal on plain text: the clean text is verbatim slices of the raw body.

The passes look at structure, not at particular sites: lines that are furniture on
their own (share prompts, ad-blocker notices, "3 min read"); sections that run to
the end of the page once a header such as "Top News" or "Reader Comments" (or a
comment's avatar letter) appears after the article has begun; short labels above
the headline; and a run of short lines after the last paragraph of prose.
"""
from __future__ import annotations

from bilat.clean.furniture import article_mark, avatar_start, data, line_furniture, list_item, section_header
from bilat.clean.lines import Line, is_prose, paragraphs, split_lines, words
from bilat.model import Cleaned, Segment

Marks = dict[int, str]          # line index -> why it was dropped


def _line_marks(lines: list[Line]) -> Marks:
    marks = {i: why for i, l in enumerate(lines) if not l.blank and (why := line_furniture(l.text))}
    return marks | _breadcrumbs(lines)


def _breadcrumbs(lines: list[Line]) -> Marks:
    # "Home India Corner Bilateral Relations <headline>": a path ending in a line of the page
    texts = {l.text.strip() for l in lines if len(words(l.text)) >= 4}
    return {i: "breadcrumb" for i, l in enumerate(lines)
            if l.text.strip().startswith("Home ")
            and any(t != l.text.strip() and l.text.strip().endswith(" " + t) for t in texts)}


def _prose(lines: list[Line], marks: Marks) -> list[int]:
    """Indexes of lines in paragraphs of article prose, furniture lines read as blank."""
    visible = [Line(l.number, l.start, l.start, "") if i in marks else l for i, l in enumerate(lines)]
    glue = frozenset(data()["continuation_words"])
    index = {l.number: i for i, l in enumerate(lines)}
    return sorted(index[l.number] for p in paragraphs(visible, glue) if is_prose(p) for l in p)


def _next_text(lines: list[Line], i: int) -> Line | None:
    return next((l for l in lines[i + 1:] if not l.blank), None)


RESUMED_PROSE_WORDS = 25   # a paragraph this long after a headline box means the article goes on


def _resumes(lines: list[Line], start: int, prose: set[int]) -> int | None:
    """The first line after a headline box where long article prose starts again, if any."""
    for j in range(start + 1, len(lines)):
        if j in prose and len(words(lines[j].text)) >= RESUMED_PROSE_WORDS:
            return j
    return None


def _sections(lines: list[Line], marks: Marks, lead: int, prose: set[int] = frozenset()) -> Marks:
    """From a comments/headline-list header (or an avatar letter) to the end of the page; a headline
    box set inside the article ("Most Read" between paragraphs) ends where long prose resumes."""
    for i in range(lead + 1, len(lines)):
        if lines[i].blank or i in marks:
            continue
        why = section_header(lines[i].text) or ("comments" if avatar_start(lines[i], _next_text(lines, i)) else None)
        if not why:
            continue
        back = _resumes(lines, i, prose) if why == "headline list" else None
        if back is None:
            return {j: why for j in range(i, len(lines))}
        return {j: why for j in range(i, back)} | _sections(lines, marks, back, prose)
    return {}


def _head(lines: list[Line], marks: Marks, lead: int) -> Marks:
    """Short labels above the headline ("National", "Press Releases", "You are here")."""
    head = [i for i in range(lead) if not lines[i].blank and i not in marks and not article_mark(lines[i].text)]
    titles = [i for i in head if len(words(lines[i].text)) >= 4]
    if not titles:
        return {}
    return {i: "page header" for i in head if i < titles[-1] and len(words(lines[i].text)) <= 3}


def _tail(lines: list[Line], marks: Marks, last_prose: int) -> Marks:
    """A run of short lines after the last paragraph: headlines, links, credits."""
    tail = [i for i in range(last_prose + 1, len(lines))
            if not lines[i].blank and i not in marks and not article_mark(lines[i].text)
            and not list_item(lines[i].text)]
    return {i: "headline list" for i in tail} if len(tail) >= 2 else {}


SITE_LINE_WORDS = 15     # longer lines are prose even when a site repeats them


def site_line(text: str) -> str | None:
    """The key under which a short line is compared across a site's pages (None: not short)."""
    key = " ".join(text.split())
    return key if key and len(words(key)) <= SITE_LINE_WORDS else None


def _repeated(lines: list[Line], seen: frozenset[str]) -> Marks:
    return {i: "repeated on the site" for i, l in enumerate(lines) if seen and site_line(l.text) in seen}


def furniture_marks(lines: list[Line], seen: frozenset[str] = frozenset()) -> Marks:
    """Every furniture line of the page with the reason it is furniture.

    `seen` holds short lines that other pages of the same site repeat (navigation, promos).
    """
    marks = _line_marks(lines) | _repeated(lines, seen)
    prose = _prose(lines, marks)
    if not prose:
        return marks
    marks |= _sections(lines, marks, prose[0], set(prose))
    marks |= _head(lines, marks, prose[0])
    last = max((i for i in prose if i not in marks), default=prose[0])
    return marks | _tail(lines, marks, last)


def _line_status(lines: list[Line], marks: Marks) -> list[str | None]:
    """Each line's removal reason (None: kept); blank lines follow the line above."""
    status, current = [], None
    for i, line in enumerate(lines):
        current = marks.get(i) if not line.blank else current
        status.append(current)
    return status


def _runs(lines: list[Line], status: list[str | None], raw_length: int) -> list[tuple[int, int, str | None]]:
    """Consecutive lines with the same status as (raw_start, raw_end, status), line breaks included."""
    runs: list[tuple[int, int, str | None]] = []
    for i, line in enumerate(lines):
        end = lines[i + 1].start if i + 1 < len(lines) else raw_length
        if runs and runs[-1][2] == status[i]:
            runs[-1] = (runs[-1][0], end, status[i])
        else:
            runs.append((line.start, end, status[i]))
    return runs


def clean_text(raw: str, title: str | None = None, seen: frozenset[str] = frozenset()) -> Cleaned:
    """Drop site furniture from plain text, keeping verbatim slices of `raw`.

    >>> clean_text("Talks held\\n\\nThe two ministers met in Seoul on Friday and agreed to meet again.\\n\\n3 min read\\n").text
    'Talks held\\n\\nThe two ministers met in Seoul on Friday and agreed to meet again.'
    """
    lines = split_lines(raw)
    status = _line_status(lines, furniture_marks(lines, seen))
    text, segments, removed = "", [], []
    for start, end, why in _runs(lines, status, len(raw)):
        if why:
            removed.append((start, end, why))
        else:
            segments.append(Segment(len(text), start, end - start))
            text += raw[start:end]
    return _trimmed(text, segments, removed, title)


def _trimmed(text: str, segments: list[Segment], removed: list, title: str | None) -> Cleaned:
    """Trailing white space cut from the text and from the last segment alike."""
    cut = len(text) - len(text.rstrip())
    while cut and segments:
        last = segments.pop()
        keep = max(0, last.length - cut)
        cut -= last.length - keep
        if keep:
            segments.append(Segment(last.start, last.raw_start, keep))
    return Cleaned(text.rstrip(), tuple(segments), tuple(removed), title=title)
