//! armscope-normalize (placeholder, being written)
