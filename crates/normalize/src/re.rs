//! How this crate compiles its patterns.

use regex::{Error, Regex, RegexBuilder};

/// A regex whose lazy DFA may grow to 64 MiB before it starts over. With the default 2 MiB,
/// the case-insensitive Unicode patterns (and those ending in a bounded run before `$`, which
/// run in reverse) filled the cache within a sentence or two and rebuilt states on every
/// search: more than a quarter of all extraction work went into that.
pub(crate) fn build(pattern: &str) -> Result<Regex, Error> {
    RegexBuilder::new(pattern).dfa_size_limit(64 << 20).build()
}
