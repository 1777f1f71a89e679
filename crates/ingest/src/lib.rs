//! armscope-ingest (placeholder, being written)
