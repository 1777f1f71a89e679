-- 0001: documents and what was extracted from them.
-- Columns that queries filter on are real columns; `transfers.json` holds the full record
-- so nothing is lost when the Transfer type grows.

CREATE TABLE documents (
    key         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    hash        TEXT NOT NULL UNIQUE,   -- blake3 of `text`, lowercase hex
    url         TEXT,
    title       TEXT,
    published   TEXT,                   -- YYYY-MM-DD
    source      TEXT NOT NULL,
    format      TEXT NOT NULL,
    text        TEXT NOT NULL,
    ingested_at TEXT NOT NULL           -- RFC 3339, UTC
) STRICT;

CREATE TABLE mentions (
    doc_key    INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL CHECK (ordinal >= 0),
    span_start INTEGER NOT NULL CHECK (span_start >= 0),
    span_end   INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    name       TEXT NOT NULL,
    rule       TEXT NOT NULL,
    PRIMARY KEY (doc_key, ordinal),
    CHECK (span_end >= span_start)
) STRICT;

CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE transfers (
    doc_key    INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL CHECK (ordinal >= 0),
    supplier   TEXT,
    recipient  TEXT,
    system     TEXT NOT NULL,
    system_id  TEXT,
    family     TEXT,
    kind       TEXT NOT NULL,
    status     TEXT,
    order_year INTEGER,
    value_usd  REAL,                    -- only when the text gave dollars
    json       TEXT NOT NULL CHECK (json_valid(json)),
    PRIMARY KEY (doc_key, ordinal)
) STRICT;

CREATE INDEX transfers_parties ON transfers (supplier, recipient, family);
