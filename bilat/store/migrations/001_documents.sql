-- Documents, their extracted facts, and a full-text index over the clean text.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE documents (
    id                  TEXT PRIMARY KEY,
    source              TEXT NOT NULL,
    url                 TEXT,
    title               TEXT,
    published_date      TEXT,
    published_precision TEXT NOT NULL DEFAULT 'unknown',
    published_basis     TEXT NOT NULL DEFAULT 'none',
    published_start     TEXT,
    published_end       TEXT,
    language            TEXT,
    relevant            INTEGER NOT NULL DEFAULT 0,
    relevance           REAL NOT NULL DEFAULT 0,
    pair                TEXT,
    topics              TEXT NOT NULL DEFAULT '[]',
    content_hash        TEXT NOT NULL,
    text                TEXT NOT NULL,
    raw                 TEXT NOT NULL,
    segments            TEXT NOT NULL DEFAULT '[]',
    removed             TEXT NOT NULL DEFAULT '[]',
    ingested_at         TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents(content_hash);

CREATE TABLE facts (
    doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL,           -- actor | engagement | commitment | flag
    fact_id  TEXT NOT NULL,
    payload  TEXT NOT NULL,           -- the fact as JSON (bilat.model dataclass)
    PRIMARY KEY (doc_id, kind, fact_id)
);
CREATE INDEX facts_kind ON facts(kind);

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
