"""The plain, frozen dataclasses that flow through bilat's pipeline.

Readers yield `Source`s (or `Skip`s); cleaning, dating and relevance turn a
source into a `Document`; extraction adds `Facts`; the store persists both.
"""
from __future__ import annotations

from dataclasses import dataclass, field

PRECISIONS = ("day", "week", "month", "quarter", "half", "year", "unknown")


@dataclass(frozen=True)
class Source:
    """One document as read from its origin, before cleaning."""
    origin: str                 # path, "path:LINE", "path#record-N" or URL: what error messages name
    body: str                   # decoded text or HTML
    format: str                 # "text" | "html"
    id: str | None = None       # caller-given id (JSONL "id"), kept as the document id
    url: str | None = None
    title: str | None = None
    published: str | None = None  # date string given by metadata (JSONL, feed, HTTP, WARC)


@dataclass(frozen=True)
class Skip:
    """A source that could not be read; `message` is one line naming origin and problem."""
    origin: str
    reason: str                 # short category for the summary: "binary", "empty", "too large", ...
    message: str


@dataclass(frozen=True)
class Segment:
    """Clean text [start, start+length) was copied from raw text at raw_start."""
    start: int
    raw_start: int
    length: int


@dataclass(frozen=True)
class Cleaned:
    text: str                                   # the article text that evidence offsets point into
    segments: tuple[Segment, ...] = ()          # map back to the raw body (empty when not a copy)
    removed: tuple[tuple[int, int, str], ...] = ()  # (raw_start, raw_end, why) of dropped parts
    title: str | None = None
    published: str | None = None                # date found by the main-text extractor's metadata


@dataclass(frozen=True)
class DateInterval:
    """A normalized time: ISO `start`/`end` (inclusive) and how precise it is."""
    start: str | None
    end: str | None
    precision: str = "day"      # one of PRECISIONS

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "precision": self.precision}


@dataclass(frozen=True)
class Published:
    date: str | None = None     # ISO day, "YYYY-MM" or "YYYY"; None when unknown
    precision: str = "unknown"
    basis: str = "none"         # metadata | text | url | inferred | none
    start: str | None = None    # for an inferred window: its bounds
    end: str | None = None

    @property
    def anchor(self) -> str | None:
        """The day relative expressions resolve against (latest day of a window)."""
        return self.end or self.date


@dataclass(frozen=True)
class Document:
    id: str
    source: str
    text: str
    raw: str
    content_hash: str
    published: Published = field(default_factory=Published)
    url: str | None = None
    title: str | None = None
    language: str | None = None
    relevant: bool = False
    relevance: float = 0.0
    segments: tuple[Segment, ...] = ()
    removed: tuple[tuple[int, int, str], ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    doc: str
    start: int
    end: int
    quote: str

    def as_dict(self) -> dict:
        return {"doc": self.doc, "start": self.start, "end": self.end, "quote": self.quote}


@dataclass(frozen=True)
class Role:
    title: str
    organization: str | None
    country: str | None
    as_of: str | None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Actor:
    """A person (or organization, country, place) as found in one document."""
    id: str                     # "p:vikram-misri"
    kind: str                   # person | organization | country | place
    name: str                   # fullest form seen, without titles
    aliases: tuple[str, ...] = ()
    country: str | None = None  # ISO alpha-3
    roles: tuple[Role, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Participant:
    actor: str | None
    name: str
    role: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Mechanism:
    name: str
    ordinal: int | None = None


@dataclass(frozen=True)
class Place:
    place: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Engagement:
    id: str
    kind: str                   # summit|meeting|dialogue|visit|call|signing|exercise|event|other
    title: str
    date: DateInterval | None
    status: str                 # held | planned | cancelled
    location: Place = field(default_factory=Place)
    mechanism: Mechanism | None = None
    participants: tuple[Participant, ...] = ()
    countries: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    date_basis: str | None = None   # text | document: stated in the text, or the report's own date


@dataclass(frozen=True)
class Commitment:
    id: str
    statement: str
    action: str
    parties: tuple[str, ...]
    strength: str               # firm | qualified | aspirational
    made: DateInterval | None
    due: DateInterval | None = None
    due_text: str | None = None
    status: str = "unrated"
    fulfilled_by: str | None = None
    topics: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    superseded_by: str | None = None   # the later restatement with a new due date
    status_date: str | None = None     # the day the status was decided (held, due + grace ended, lapsed)
    status_evidence: tuple[Evidence, ...] = ()  # what decided it: the fulfilling or breaking report
    late: bool | None = None           # fulfilled after its due interval plus grace


@dataclass(frozen=True)
class Flag:
    kind: str                   # "contradiction"
    subject: str                # engagement / actor id
    field: str
    message: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Facts:
    """Everything extraction found in one document."""
    actors: tuple[Actor, ...] = ()
    engagements: tuple[Engagement, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    topics: tuple[str, ...] = ()
    flags: tuple[Flag, ...] = ()


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """One mention of a person in a document, resolved to that document's person."""
    actor: str                  # Actor.id
    name: str                   # the person's full name in this document
    start: int                  # span of the mention in Document.text
    end: int
    title: str | None = None    # office as of the document ("Foreign Minister")
    country: str | None = None  # ISO alpha-3


@dataclass(frozen=True)
class Timex:
    """A time expression found in text, resolved against an anchor date."""
    start: int
    end: int
    text: str
    interval: DateInterval | None   # None: a time expression with no date ("at the earliest")
