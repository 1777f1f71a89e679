//! Date normaliser, with and without a publication date to resolve "last year" against:
//! no panic, spans inside the text on character boundaries, months and days in range.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first two bytes choose the anchor (none, or a day between 1900 and 2155).
    let (anchor, rest) = match data {
        [0, rest @ ..] => (None, rest),
        [a, b, rest @ ..] => {
            let day = u32::from(*a) * 256 + u32::from(*b);
            let start = jiff::civil::date(1900, 1, 1);
            (
                start
                    .checked_add(jiff::Span::new().days(i64::from(day)))
                    .ok(),
                rest,
            )
        }
        _ => return,
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    for m in armscope_normalize::find_dates(text, anchor) {
        assert!(text.get(m.span.start..m.span.end).is_some(), "{:?}", m.span);
        assert!(m.month.is_none_or(|mo| (1..=12).contains(&mo)), "{m:?}");
        assert!(m.day.is_none_or(|d| (1..=31).contains(&d)), "{m:?}");
    }
});
