-- 0002: near-duplicate documents, and the fused register kept up to date incrementally.

-- MinHash signature of each document's whole text (armscope-neardup), kept so that the
-- similarity of any two documents can be estimated without their texts.
CREATE TABLE doc_signatures (
    doc_key  INTEGER PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE,
    shingles INTEGER NOT NULL CHECK (shingles >= 0),
    minhash  BLOB NOT NULL              -- the signature's u64 values, little-endian
) STRICT;

-- LSH band keys of the whole text and of every paragraph: documents sharing a key are the
-- only candidates a new document is compared with (no pass over the whole store).
CREATE TABLE doc_bands (
    band_key INTEGER NOT NULL,
    doc_key  INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
    PRIMARY KEY (band_key, doc_key)
) STRICT, WITHOUT ROWID;

CREATE INDEX doc_bands_doc ON doc_bands (doc_key);

-- Confirmed near-duplicates: `doc_key` was stored after `other_key` and repeats its text,
-- whole or a paragraph at a time.
CREATE TABLE near_duplicates (
    doc_key          INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
    other_key        INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
    shared_units     INTEGER NOT NULL CHECK (shared_units >= 0),  -- paragraphs with a counterpart
    unit_containment REAL NOT NULL,     -- best paragraph pair: shared shingles / smaller's
    containment      REAL NOT NULL,     -- whole texts: shared shingles / smaller's
    jaccard          REAL NOT NULL,     -- whole texts
    PRIMARY KEY (doc_key, other_key),
    CHECK (other_key < doc_key)
) STRICT;

CREATE INDEX near_duplicates_other ON near_duplicates (other_key);

-- The register: fused deals, one row each, rewritten only when their deal group changes.
CREATE TABLE deals (
    id         TEXT PRIMARY KEY,
    group_key  TEXT NOT NULL,           -- supplier|recipient|family slug|kind
    ordinal    INTEGER NOT NULL CHECK (ordinal >= 0),  -- position in its group's fusion
    supplier   TEXT,
    recipient  TEXT,
    json       TEXT NOT NULL CHECK (json_valid(json)),
    updated_at TEXT NOT NULL            -- RFC 3339, UTC: when this row last changed
) STRICT;

CREATE INDEX deals_group ON deals (group_key, ordinal);

-- Documents whose transfers are not fused into `deals` yet. The trigger writes the row in the
-- transaction that stores the document, so a crash between storing and fusing loses nothing:
-- the next update picks it up.
CREATE TABLE fusion_pending (
    doc_key INTEGER PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE
) STRICT;

CREATE TRIGGER documents_pending_fusion AFTER INSERT ON documents
BEGIN
    INSERT INTO fusion_pending (doc_key) VALUES (new.key);
END;

INSERT INTO fusion_pending (doc_key) SELECT key FROM documents;
