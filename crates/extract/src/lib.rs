//! armscope-extract (placeholder, being written)
