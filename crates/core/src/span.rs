use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers; empty if the span does not lie on char boundaries of `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The same span moved by `offset` bytes (for spans found in a slice of a larger text).
    pub fn shifted(&self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_contains_overlaps() {
        let text = "Su-35 to China";
        let a = Span::new(0, 5);
        assert_eq!(a.slice(text), "Su-35");
        assert!(Span::new(0, 14).contains(a));
        assert!(!a.contains(Span::new(4, 7)));
        assert!(a.overlaps(Span::new(4, 7)));
        assert!(!a.overlaps(Span::new(5, 7)));
        assert_eq!(a.shifted(3), Span::new(3, 8));
    }

    #[test]
    fn slice_off_char_boundary_is_empty() {
        let text = "Су-35";
        assert_eq!(Span::new(1, 3).slice(text), "");
    }
}
