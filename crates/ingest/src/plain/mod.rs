//! Plain text: page noise removal by general line rules.
//!
//! Text copied from a web page carries the page around the article: navigation and
//! breadcrumbs above it; reader comments, "Previous article" links, contact and
//! advertising blocks, copyright lines, share and newsletter prompts, and lists of other
//! headlines below it. Each rule looks at whole lines (or a clearly separable tail of a
//! line), never at words inside a sentence, so the article body is kept as written.

mod lead;
mod rules;
mod tail;

use regex::Regex;

use crate::format::normalize_newlines;

pub(crate) use lead::{dateline, headline};

/// A headline in a list of other articles is at most this many characters.
const TITLE_MAX: usize = 160;

/// Cleans plain text copied from a web page: keeps the headline and the article body,
/// drops the page noise around them.
///
/// Line endings become `\n`, a BOM is stripped, trailing spaces are trimmed from each line
/// and runs of blank lines become one; every kept line is otherwise unchanged, byte for byte.
///
/// ```
/// let raw = "Headline\n\nThe ministry signed the contract.\n\nShare this\n\n2 Comments\nGreat article!";
/// assert_eq!(
///     armscope_ingest::clean_plain_text(raw),
///     "Headline\n\nThe ministry signed the contract."
/// );
/// ```
pub fn clean_plain_text(raw: &str) -> String {
    clean(raw, true)
}

/// The line rules on text made from an HTML page's blocks: as [`clean_plain_text`], but a
/// trailing run of short title lines stays unless timestamps or counters mark it as a list.
pub(crate) fn clean_html_text(text: &str) -> String {
    clean(text, false)
}

fn clean(raw: &str, titles_alone: bool) -> String {
    let text = normalize_newlines(raw);
    let lines: Vec<&str> = text.split('\n').map(str::trim_end).collect();
    let lines = rules::cut_comments(lines);
    let lines = rules::drop_noise_lines(&lines);
    let lines = lead::drop_chrome(lines);
    let lines = tail::trim_tail(lines, titles_alone);
    join(&lines)
}

fn re(pattern: &str) -> Regex {
    // The patterns are constants checked by the tests, so a failure here is a bug in this crate.
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("bad built-in pattern: {e}"))
}

/// Ends like a sentence: `.`, `!`, `?`, `…`, `;` or `:` before any closing quotes or brackets.
fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '›')
    });
    t.ends_with(['.', '!', '?', '…', ';', ':', '。', '！', '？'])
}

/// Short and not a sentence: a headline, or a headline in a list of links.
fn is_title_like(t: &str) -> bool {
    t.chars().count() <= TITLE_MAX && !ends_sentence(t)
}

/// The line without leading bullets, arrows and other symbols ("<< Previous article").
fn core(t: &str) -> &str {
    t.trim_start_matches(|c: char| {
        !c.is_alphanumeric() && !matches!(c, '"' | '“' | '«' | '‘' | '\'' | '(' | '©' | '[')
    })
}

/// Joins lines, one blank line at most between paragraphs, none at either end.
fn join(lines: &[&str]) -> String {
    let mut out = String::new();
    let mut blank = false;
    for line in lines {
        if line.trim().is_empty() {
            blank = true;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        out.push_str(line);
        blank = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("He said so.”"));
        assert!(ends_sentence("Really?"));
        assert!(!ends_sentence("Tanks for export (Agency, City)"));
        assert!(!ends_sentence("Headline"));
    }

    #[test]
    fn core_strips_symbols_but_not_quotes() {
        assert_eq!(core("<< Previous article"), "Previous article");
        assert_eq!(core("  • Share"), "Share");
        assert_eq!(core("“Quote”"), "“Quote”");
    }
}
