//! A guard against very deep HTML.
//!
//! html5ever's tree builder scans its stack of open elements for many tags, so parsing time
//! grows with the square of the nesting depth: a file of a million `<div>`s would take
//! hours. Browsers cap the depth (Chromium at 512); we do the same before parsing, by
//! dropping start tags (and their end tags) that would nest deeper than the cap. Text is
//! never dropped, only the markup that nests too deep.

use std::borrow::Cow;
use std::ops::Range;

/// Deepest nesting of elements kept as markup.
pub(crate) const MAX_DEPTH: usize = 512;

/// How far down the stack an end tag looks for its start tag (misnested inline tags).
const END_TAG_SEARCH: usize = 16;

/// Elements with no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "frame", "basefont", "bgsound", "image",
];

/// Elements whose end tag is optional, so they are often left open: not counted.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
];

/// Elements whose content is text, not markup: skipped to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// The page with markup deeper than [`MAX_DEPTH`] removed; borrowed when nothing was.
pub(crate) fn flatten_deep(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut stack: Vec<(String, bool)> = Vec::new(); // (tag name, start tag was cut)
    let mut cut: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        let lt = i + off;
        let rest = &b[lt + 1..];
        if rest.starts_with(b"!--") {
            i = find(b, lt + 4, b"-->").map_or(b.len(), |p| p + 3);
            continue;
        }
        let is_end = rest.first() == Some(&b'/');
        let name_start = lt + 1 + usize::from(is_end);
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            // "<!doctype", "<?xml", or a lone "<" in text.
            i = if matches!(rest.first(), Some(b'!' | b'?')) {
                tag_end(b, lt + 1)
            } else {
                lt + 1
            };
            continue;
        }
        let name_end = name_start
            + b[name_start..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':'))
                .count();
        let name = html[name_start..name_end].to_ascii_lowercase();
        let end = tag_end(b, name_end);
        let self_closing = end >= 2 && b.get(end - 2) == Some(&b'/');
        if is_end {
            let found = stack
                .iter()
                .rev()
                .take(END_TAG_SEARCH)
                .position(|(n, _)| *n == name);
            if let Some(depth) = found {
                let at = stack.len() - 1 - depth;
                if stack[at].1 {
                    cut.push(lt..end);
                }
                stack.truncate(at);
            }
            i = end;
        } else if RAW_TEXT.contains(&name.as_str()) {
            // Jump to the closing tag; it is then read as an unmatched end tag.
            let close = format!("</{name}");
            i = find_ci(b, end, close.as_bytes()).unwrap_or(b.len());
        } else {
            if !self_closing
                && !VOID.contains(&name.as_str())
                && !OPTIONAL_END.contains(&name.as_str())
            {
                let too_deep = stack.len() >= MAX_DEPTH;
                if too_deep {
                    cut.push(lt..end);
                }
                stack.push((name, too_deep));
            }
            i = end;
        }
    }
    if cut.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for r in cut {
        out.push_str(&html[from..r.start]);
        from = r.end;
    }
    out.push_str(&html[from..]);
    Cow::Owned(out)
}

/// Index just past the `>` that ends the tag starting before `from`, skipping quoted
/// attribute values; the end of the input if the tag never closes.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (k, &c) in b.iter().enumerate().skip(from) {
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(c),
            (None, b'>') => return k + 1,
            _ => {}
        }
    }
    b.len()
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn find_ci(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_untouched() {
        let html = "<!doctype html><html><body><div><p>a<br>b<img src='x>y'></div><!-- <div> --></body></html>";
        assert!(matches!(flatten_deep(html), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_markup_is_cut_and_text_kept() {
        let n = MAX_DEPTH + 100;
        let html = format!("{}text{}", "<div class='x'>".repeat(n), "</div>".repeat(n));
        let out = flatten_deep(&html);
        assert_eq!(
            out,
            format!(
                "{}text{}",
                "<div class='x'>".repeat(MAX_DEPTH),
                "</div>".repeat(MAX_DEPTH)
            )
        );
    }

    #[test]
    fn script_content_is_not_read_as_tags() {
        let inner = "<div>".repeat(MAX_DEPTH + 5);
        let html = format!("<script>var s = '{inner}';</script><p>x</p>");
        assert!(matches!(flatten_deep(&html), Cow::Borrowed(_)));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for h in [
            "<", "</", "<a", "<!--", "<div '>", "<é>", "</div>", "<script>", "<a/>", "<<<>>>",
        ] {
            let _ = flatten_deep(h);
        }
    }
}
