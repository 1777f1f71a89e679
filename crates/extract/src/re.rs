//! Patterns are compiled as the normaliser compiles its own: ASCII word boundaries, a large
//! lazy-DFA cache (see `armscope_normalize::pattern`).

pub(crate) use armscope_normalize::pattern::{build, build_names};
