//! armscope-catalog (placeholder, being written)
