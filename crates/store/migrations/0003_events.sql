-- 0003: events other than transfers (agreement, meeting, exercise, sanction, figure) and
-- the roles the text gives people (type `role`), per document. `json` holds the whole record;
-- the evidence offsets are columns so a document view can order and locate them.
-- Numbered 0003 because 0002 is taken by another change (near-duplicates and deals).

CREATE TABLE events (
    doc_key        INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL CHECK (ordinal >= 0),
    type           TEXT NOT NULL,
    evidence_start INTEGER NOT NULL CHECK (evidence_start >= 0),
    evidence_end   INTEGER NOT NULL,
    json           TEXT NOT NULL CHECK (json_valid(json)),
    PRIMARY KEY (doc_key, ordinal),
    CHECK (evidence_end >= evidence_start)
) STRICT;

CREATE INDEX events_type ON events (type);
