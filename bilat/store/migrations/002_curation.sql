-- The analyst's corrections: a log of what was changed, on which targets, when and why.
-- Entries are never deleted; undoing one stamps undone_at, so the log keeps the history.
CREATE TABLE corrections (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    made_at   TEXT NOT NULL,
    action    TEXT NOT NULL,          -- merge-people | split-person | reject-engagement | ... (bilat.curate.STAGES)
    anchors   TEXT NOT NULL,          -- JSON: each target's id and what finds it again (name, evidence spans)
    field     TEXT,                   -- `set`: date | place | status | kind
    value     TEXT,                   -- as the analyst wrote it
    setting   TEXT,                   -- JSON: the value as bilat reads it
    reason    TEXT NOT NULL,
    undone_at TEXT
);
