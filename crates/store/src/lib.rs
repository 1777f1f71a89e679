//! armscope-store (placeholder, being written)
