//! Names of months, weekdays and seasons, and the small calendar arithmetic the date rules need.

use jiff::civil::Date;

/// Month names, full names first so "June" wins over "Jun" in a regex alternation.
const MONTHS: &[(&str, u8)] = &[
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sept", 9),
    ("Sep", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];

/// Regex source for a capitalised month name or abbreviation (with an optional dot), in the
/// capture group `mon`.
pub(crate) fn month_pattern() -> String {
    let names: Vec<&str> = MONTHS.iter().map(|(n, _)| *n).collect();
    format!(r"(?P<mon>{})\b\.?", names.join("|"))
}

pub(crate) fn month_number(name: &str) -> Option<u8> {
    let name = name.trim_end_matches('.');
    MONTHS.iter().find(|(n, _)| *n == name).map(|&(_, m)| m)
}

pub(crate) const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Whether `word` is a month or weekday name as written in running text ("May", "Tuesday"),
/// for rules elsewhere that must not take one for a name.
pub fn is_calendar_word(word: &str) -> bool {
    MONTHS.iter().any(|(n, _)| *n == word) || WEEKDAYS.contains(&word)
}

/// Seasons of the northern hemisphere as (first, last) month; winter runs across New Year.
pub(crate) fn season_months(name: &str) -> Option<(u8, u8)> {
    match name.to_ascii_lowercase().as_str() {
        "spring" => Some((3, 5)),
        "summer" => Some((6, 8)),
        "fall" | "autumn" => Some((9, 11)),
        "winter" => Some((12, 2)),
        _ => None,
    }
}

/// The years this crate accepts as calendar years.
pub(crate) fn plausible_year(y: i32) -> bool {
    (1900..=2100).contains(&y)
}

/// `(year, month)` moved by `delta` months.
pub(crate) fn add_months(year: i32, month: u8, delta: i32) -> (i32, u8) {
    let index = year * 12 + i32::from(month) - 1 + delta;
    (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
}

/// The date `days` days from `d` (negative: before), clamped to jiff's range.
pub(crate) fn add_days(d: Date, days: i64) -> Date {
    match jiff::Span::new().try_days(days) {
        Ok(span) => d.saturating_add(span),
        Err(_) => d,
    }
}

/// Whether year/month/day form a real date (a leap year stands in when the year is unknown).
pub(crate) fn valid_day(year: Option<i32>, month: u8, day: u8) -> bool {
    let y = year.unwrap_or(2000);
    let (Ok(y), Ok(m), Ok(d)) = (i16::try_from(y), i8::try_from(month), i8::try_from(day)) else {
        return false;
    };
    Date::new(y, m, d).is_ok()
}

/// Small counts in words for "two years ago".
pub(crate) fn small_count(w: &str) -> Option<i64> {
    const WORDS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    let lower = w.to_ascii_lowercase();
    if matches!(lower.as_str(), "a" | "an") {
        return Some(1);
    }
    WORDS
        .iter()
        .position(|x| *x == lower)
        .map(|i| i as i64 + 1)
        .or_else(|| lower.parse().ok())
}
