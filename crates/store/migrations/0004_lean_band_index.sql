-- 0004: the band index without its second index. `doc_bands_doc` (doc_key) only served a
-- cascade when a document is deleted, which armscope never does, and it cost as much as the
-- band index itself: a second B-tree insert for each of the ~300 band keys of every stored
-- document. A delete still works, by a scan of doc_bands.
DROP INDEX IF EXISTS doc_bands_doc;
