//! Publication dates as pages and feeds write them.

use jiff::civil::Date;

/// A strict date: `YYYY-MM-DD`, or an RFC 3339 timestamp whose date (as written, in the
/// publisher's own offset) is returned. Used for JSON Lines, where a bad value is an error.
pub(crate) fn parse_strict(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.len() == 10 {
        return s.parse::<Date>().ok();
    }
    // Validate the whole timestamp, but keep the date as written: the local date is what
    // "yesterday" in the article is relative to.
    s.parse::<jiff::Timestamp>().ok()?;
    s.get(..10)?.parse::<Date>().ok()
}

/// A lenient date for HTML metadata: any value that starts with a valid `YYYY-MM-DD`.
pub(crate) fn parse_lenient(s: &str) -> Option<Date> {
    let s = s.trim();
    let head = s.get(..10)?;
    let ok_shape = head
        .bytes()
        .enumerate()
        .all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if !ok_shape {
        return None;
    }
    // A following digit means it was not a date at all (e.g. a longer number).
    if s[10..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    head.parse::<Date>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn strict() {
        assert_eq!(parse_strict("2023-02-23"), Some(date(2023, 2, 23)));
        assert_eq!(parse_strict("2023-02-23T23:30:00+03:00"), Some(date(2023, 2, 23)));
        assert_eq!(parse_strict("2023-02-23T23:30:00Z"), Some(date(2023, 2, 23)));
        assert_eq!(parse_strict("2023-02-30"), None);
        assert_eq!(parse_strict("23 Feb 2023"), None);
        assert_eq!(parse_strict("2023-02-23T25:00:00Z"), None);
    }

    #[test]
    fn lenient() {
        assert_eq!(parse_lenient(" 2023-02-23 08:00 "), Some(date(2023, 2, 23)));
        assert_eq!(parse_lenient("2023-02-23T08:00"), Some(date(2023, 2, 23)));
        assert_eq!(parse_lenient("2023-13-01"), None);
        assert_eq!(parse_lenient("Feb 23"), None);
        assert_eq!(parse_lenient("é"), None);
    }
}
