//! armscope-fuse (placeholder, being written)
