//! Property tests: no input panics, spans lie inside the text on char boundaries, matches are
//! in order and do not overlap.

use armscope_core::Span;
use armscope_normalize::{find_dates, find_money, find_numbers, parse_number_words, Scan};
use jiff::civil::date;
use proptest::prelude::*;

fn check_spans(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for s in spans {
        prop_assert!(s.start < s.end, "empty span {s:?} in {text:?}");
        prop_assert!(s.end <= text.len(), "span {s:?} past the end of {text:?}");
        prop_assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "span {s:?} off char boundaries in {text:?}"
        );
        prop_assert!(
            s.start >= prev_end,
            "span {s:?} overlaps or precedes the previous one in {text:?}"
        );
        prev_end = s.end;
    }
    Ok(())
}

fn check_all(text: &str) -> Result<(), TestCaseError> {
    let _ = parse_number_words(text);
    // One scan gives what the three functions give one by one.
    let scan = Scan::new(text);
    prop_assert_eq!(scan.numbers(), find_numbers(text), "Scan numbers differ");
    let money = find_money(text);
    prop_assert_eq!(scan.money(), money.as_slice(), "Scan money differs");
    check_spans(
        text,
        &find_numbers(text)
            .iter()
            .map(|m| m.span)
            .collect::<Vec<_>>(),
    )?;
    check_spans(
        text,
        &find_money(text).iter().map(|m| m.span).collect::<Vec<_>>(),
    )?;
    for anchor in [
        None,
        Some(date(2020, 6, 17)),
        Some(date(-9999, 1, 1)),
        Some(date(9999, 12, 31)),
    ] {
        let dates = find_dates(text, anchor);
        check_spans(text, &dates.iter().map(|m| m.span).collect::<Vec<_>>())?;
        prop_assert_eq!(&Scan::new(text).dates(anchor), &dates, "Scan dates differ");
        for d in &dates {
            prop_assert_eq!(d.text.as_str(), d.span.slice(text));
        }
    }
    Ok(())
}

/// Pieces that exercise the grammars, glued together with multi-byte characters.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("$".to_string()),
        Just("US$".to_string()),
        Just("€".to_string()),
        Just("Rs.".to_string()),
        Just("₹".to_string()),
        Just("bn".to_string()),
        Just("billion".to_string()),
        Just("crore".to_string()),
        Just("lakh".to_string()),
        Just("-".to_string()),
        Just("–".to_string()),
        Just("+".to_string()),
        Just("++".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just("/".to_string()),
        Just(" ".to_string()),
        Just("\u{2009}".to_string()),
        Just("\u{00A0}".to_string()),
        Just("twenty".to_string()),
        Just("four".to_string()),
        Just("hundred".to_string()),
        Just("and".to_string()),
        Just("a".to_string()),
        Just("dozen".to_string()),
        Just("of".to_string()),
        Just("between".to_string()),
        Just("from".to_string()),
        Just("to".to_string()),
        Just("about".to_string()),
        Just("up".to_string()),
        Just("more than".to_string()),
        Just("October".to_string()),
        Just("May".to_string()),
        Just("in".to_string()),
        Just("early".to_string()),
        Just("mid".to_string()),
        Just("the".to_string()),
        Just("late".to_string()),
        Just("1990s".to_string()),
        Just("'90s".to_string()),
        Just("last".to_string()),
        Just("year".to_string()),
        Just("Wednesday".to_string()),
        Just("ago".to_string()),
        Just("by".to_string()),
        Just("since".to_string()),
        Just("Su".to_string()),
        Just("é".to_string()),
        Just("Су".to_string()),
        Just("日本".to_string()),
        Just("🚀".to_string()),
        Just("\u{301}".to_string()),
        Just("FY".to_string()),
        Just("Q3".to_string()),
        "[0-9]{1,5}",
        "[0-9]{1,3}(,[0-9]{3}){0,2}(\\.[0-9]{1,2})?",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        check_all(&text)?;
    }

    #[test]
    fn digits_next_to_multibyte_chars(text in "[0-9é€£¥₹日🚀\u{2009}\u{00A0}$ ,.+–-]{0,24}") {
        check_all(&text)?;
    }

    #[test]
    fn grammar_pieces(pieces in proptest::collection::vec(piece(), 0..14), spaces in proptest::collection::vec(any::<bool>(), 14)) {
        let mut text = String::new();
        for (p, sp) in pieces.iter().zip(spaces) {
            text.push_str(p);
            if sp {
                text.push(' ');
            }
        }
        check_all(&text)?;
    }
}
