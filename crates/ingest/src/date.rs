//! Publication dates as pages and feeds write them.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/// "19 September 2024", "September 19, 2024", "2024-09-19", "19.09.2024" inside a line of
/// text. Dotted numeric dates are day.month.year as European and Russian sites write them;
/// slashed ones stay unread because their order is ambiguous.
static WRITTEN: LazyLock<[Regex; 4]> = LazyLock::new(|| {
    let build =
        |p: String| Regex::new(&p).unwrap_or_else(|e| unreachable!("bad built-in pattern: {e}"));
    [
        build(format!(
            r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH}\.?,?\s+(\d{{4}})\b"
        )),
        build(format!(
            r"(?i)\b{MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
        )),
        build(r"\b(\d{4})-(\d{2})-(\d{2})\b".to_owned()),
        build(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b".to_owned()),
    ]
});

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
    let ok_shape = head.bytes().enumerate().all(|(i, b)| {
        if i == 4 || i == 7 {
            b == b'-'
        } else {
            b.is_ascii_digit()
        }
    });
    if !ok_shape {
        return None;
    }
    // A following digit means it was not a date at all (e.g. a longer number).
    if s[10..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    head.parse::<Date>().ok()
}

/// The first date written out in `line` (day month year, month day year, or ISO), with
/// the byte range it covers.
pub(crate) fn find_written(line: &str) -> Option<(Date, std::ops::Range<usize>)> {
    // Capture groups of year, month and day in each of the WRITTEN patterns.
    const ORDER: [(usize, usize, usize); 4] = [(3, 2, 1), (3, 1, 2), (1, 2, 3), (3, 2, 1)];
    WRITTEN
        .iter()
        .zip(ORDER)
        .flat_map(|(re, (y, m, d))| {
            re.captures_iter(line).filter_map(move |c| {
                let month = c[m].parse::<i8>().unwrap_or_else(|_| month_number(&c[m]));
                Some((ymd(&c[y], month, &c[d])?, c.get(0)?.range()))
            })
        })
        .min_by_key(|(_, r)| r.start)
}

fn month_number(name: &str) -> i8 {
    let n = name.to_ascii_lowercase();
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|m| n.starts_with(m))
    .map_or(0, |i| i as i8 + 1)
}

fn ymd(year: &str, month: i8, day: &str) -> Option<Date> {
    Date::new(year.parse().ok()?, month, day.parse().ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn strict() {
        assert_eq!(parse_strict("2023-02-23"), Some(date(2023, 2, 23)));
        assert_eq!(
            parse_strict("2023-02-23T23:30:00+03:00"),
            Some(date(2023, 2, 23))
        );
        assert_eq!(
            parse_strict("2023-02-23T23:30:00Z"),
            Some(date(2023, 2, 23))
        );
        assert_eq!(parse_strict("2023-02-30"), None);
        assert_eq!(parse_strict("23 Feb 2023"), None);
        assert_eq!(parse_strict("2023-02-23T25:00:00Z"), None);
    }

    #[test]
    fn written() {
        let d = |s: &str| find_written(s).map(|(d, _)| d);
        assert_eq!(
            d("São Paulo, 19 September 2024 — by X"),
            Some(date(2024, 9, 19))
        );
        assert_eq!(
            d("Published: 10 March 2023, 08:15"),
            Some(date(2023, 3, 10))
        );
        assert_eq!(d("Updated Sept. 3rd, 2021"), Some(date(2021, 9, 3)));
        assert_eq!(d("on 2020-01-31 and 5 May 2021"), Some(date(2020, 1, 31)));
        assert_eq!(d("31 February 2024"), None);
        assert_eq!(d("Moscow. February 23. INTERFAX"), None);
        assert_eq!(d("In May 2024 it was signed"), None);
        assert_eq!(
            d("Analysis | Published 12.04.2024"),
            Some(date(2024, 4, 12))
        );
        assert_eq!(d("13.06.2023 03:19"), Some(date(2023, 6, 13)));
        assert_eq!(d("version 1.2.2024"), Some(date(2024, 2, 1)));
        assert_eq!(d("on 04/12/2024"), None);
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
