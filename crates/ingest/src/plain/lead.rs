//! The top of the page: navigation chrome, the headline and the dateline.
//!
//! The lead is the lines before the first body paragraph (at most [`LEAD_LINES`] of them):
//! site name, breadcrumbs, section menus, the headline, a dateline and a byline.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use super::{core, ends_sentence, re};
use crate::date;

/// The lead never runs longer than this many non-blank lines.
const LEAD_LINES: usize = 10;

/// "Home » Land » Armour", "Home / Air Defence / …".
static BREADCRUMB: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^home\s*[»›>/|]|(?:\s[»›>]\s.*){2}"));

/// "LATEST: a | b | c": a ticker of other headlines.
static TICKER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:latest(?:\s+news)?|breaking(?:\s+news)?|top\s+stories|trending(?:\s+now)?|just\s+in|news\s+ticker)\s*:",
    )
});

/// Index of the first body line: long, or a full sentence of eight words or more.
fn lead_end(lines: &[&str]) -> usize {
    let mut seen = 0;
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim();
        if t.is_empty() {
            continue;
        }
        let body =
            t.chars().count() > 200 || (ends_sentence(t) && t.split_whitespace().count() >= 8);
        if body || seen == LEAD_LINES {
            return i;
        }
        seen += 1;
    }
    lines.len()
}

/// Drops breadcrumbs, tickers and section menus from the lead.
pub(super) fn drop_chrome(lines: Vec<&str>) -> Vec<&str> {
    let end = lead_end(&lines);
    lines
        .iter()
        .enumerate()
        .filter(|(i, l)| *i >= end || !is_chrome(core(l.trim())))
        .map(|(_, l)| *l)
        .collect()
}

fn is_chrome(t: &str) -> bool {
    BREADCRUMB.is_match(t) || TICKER.is_match(t) || is_menu(t)
}

/// "Tanks | Artillery | Air": three or more short items without digits.
fn is_menu(t: &str) -> bool {
    let items: Vec<&str> = t.split('|').map(str::trim).collect();
    items.len() >= 3
        && items.iter().all(|s| {
            !s.is_empty()
                && s.split_whitespace().count() <= 4
                && !s.chars().any(|c| c.is_ascii_digit())
        })
}

/// The headline of cleaned text: the longest headline-like line of the lead (short, not a
/// sentence, not a dateline or byline).
pub(crate) fn headline(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let end = lead_end(&lines);
    lines[..end]
        .iter()
        .map(|l| l.trim())
        .filter(|t| {
            !t.is_empty()
                && t.chars().count() <= 200
                && !ends_sentence(t)
                && !t.starts_with("By ")
                && !t.contains(['|', '·', '•'])
                && date::find_written(t).is_none()
        })
        .rev() // max_by_key keeps the last of equals: reversed, that is the first line
        .max_by_key(|t| t.chars().count())
        .map(str::to_owned)
}

/// The publication date from a dateline in the lead ("Published 7 November 2023",
/// "São Paulo, 19 September 2024 — by …"). A date inside a sentence-like line is not a
/// dateline ("relations date back to October 2, 1949").
pub(crate) fn dateline(text: &str) -> Option<Date> {
    let lines: Vec<&str> = text.lines().collect();
    let end = lead_end(&lines);
    lines[..end].iter().find_map(|l| {
        let t = l.trim();
        let (d, span) = date::find_written(t)?;
        let labelled = ["published", "updated", "posted", "date"]
            .iter()
            .any(|w| t.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w)));
        // Words in lower case outside the date: a dateline has few ("by", "at").
        let prose = t[..span.start]
            .split_whitespace()
            .chain(t[span.end..].split_whitespace())
            .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
            .count();
        (labelled || prose <= 3).then_some(d)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn chrome() {
        for c in [
            "Home » Land » Armour",
            "Home / Air Defence / S-400",
            "News › Europe › Poland",
            "LATEST: a | b | c",
            "Defence Ledger | Tanks | Artillery | Air",
            "World | Conflict | Analysis",
        ] {
            assert!(is_chrome(c), "{c}");
        }
        for c in [
            "Analysis | 2 February 2024",
            "India Defence Brief | Make in India",
            "Home guard gets rifles",
            "Published: 10 March 2023, 08:15 | Author: Ewa Kalinowska",
        ] {
            assert!(!is_chrome(c), "{c}");
        }
    }

    #[test]
    fn headline_skips_site_name_dateline_and_byline() {
        let t = "Site Bulletin\nAnalysis | 2 February 2024\n\nNavy orders two frigates from a northern yard\n\nBy Jane Doe\n\nThe navy ordered two frigates from the yard on Monday, officials said.";
        assert_eq!(
            headline(t).as_deref(),
            Some("Navy orders two frigates from a northern yard")
        );
        assert_eq!(dateline(t), Some(date(2024, 2, 2)));
    }

    #[test]
    fn dates_in_sentences_or_in_the_body_are_not_datelines() {
        let t = "Ties with the north\n\nRelations between the two countries date back to October 2, 1949\n\nThe first treaty was signed in the capital, and it was renewed in 2001.";
        assert_eq!(dateline(t), None);
        let t = "Headline\n\nThe first frigate arrived on 3 March 2024, officials said on Monday evening.\nPublished 4 March 2024";
        assert_eq!(dateline(t), None);
    }
}
