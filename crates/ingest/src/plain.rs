//! Plain text: page noise removal by general line rules.
//!
//! Text copied from a web page carries the page around the article: reader comments,
//! "Previous article" links, contact and advertising blocks, copyright lines, share and
//! newsletter prompts, and lists of other headlines. Each rule below looks at whole lines
//! (or a clearly separable tail of a line), never at words inside a sentence, so the
//! article body is kept as written.

use std::sync::LazyLock;

use regex::Regex;

use crate::format::normalize_newlines;

/// Lines longer than this are article sentences, whatever they contain.
const LONG_LINE: usize = 300;
/// A headline in a list of other articles is at most this many characters.
const TITLE_MAX: usize = 160;

fn re(pattern: &str) -> Regex {
    // The patterns are constants checked by the tests, so a failure here is a bug in this file.
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("bad built-in pattern: {e}"))
}

/// A line that starts the reader-comment section: everything from it onwards is dropped.
static COMMENT_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(?:
        \d+\s+comments?
      | comments?\s*[\[(]\s*\d+\s*[\])]
      | comments?\s*:?\s*\d*
      | (?:leave|post|write|add|submit)\s+(?:a\s+|your\s+|new\s+)?(?:reply|comment|response)\b.*
      | comments\s+(?:are|have\s+been)\s+(?:closed|disabled|turned\s+off|no\s+longer\s+(?:available|accepted))\b.*
      | do\s+you\s+want\s+to\s+(?:leave\s+a\s+|add\s+a\s+)?comment\b.*
      | (?:show|view|read|load|see)\s+(?:all\s+)?(?:\d+\s+)?comments\b.*
      | \d+\s+(?:responses?|replies|thoughts?)\s+(?:to|on)\b.*
      | join\s+the\s+(?:discussion|conversation)\b.*
    )$")
});

/// "Previous article…" / "Next article…" navigation, often glued to the linked headline.
static PREV_NEXT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:previous|prev|next)\s*(?:article|post|story|item)"));

/// A heading that introduces a list of links to other articles.
static RELATED_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(?:
        related(?:\s+(?:articles?|news|stories|posts|content|coverage|reading|topics|links))?
      | read\s+(?:more|also|next)
      | also\s+read | see\s+also
      | you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in|enjoy)
      | recommended(?:\s+(?:for\s+you|articles|stories|reading))?
      | more\s+(?:news|stories|articles|on\s+this(?:\s+(?:topic|story))?)
      | most\s+(?:read|popular|viewed|commented)(?:\s+(?:news|articles|stories|today))?
      | popular\s+(?:news|articles|stories|posts|now)
      | latest\s+(?:news|articles|stories|headlines)
      | top\s+stories | other\s+news | in\s+other\s+news | trending(?:\s+now)? | editor'?s\s+picks
    )\s*:?$")
});

/// "Read more: Some other headline" on one line.
static RELATED_INLINE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^(?:read\s+(?:more|also|next)|see\s+also|also\s+read|related(?:\s+(?:article|story|news|link))?)\s*[:|–—-]\s*\S")
});

/// A heading that starts a contact or advertising block.
static CONTACT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(?:
        for\s+(?:\w+\s+){0,2}(?:inquiries|inquiry|enquiries|enquiry)\b.*
      | (?:contacts?(?:\s+us|\s+the\s+editor|\s+information)?|advertis(?:e|ing)(?:\s+with\s+us|\s+inquiries)?
         |media\s+contacts?|press\s+(?:contacts?|office))\s*:?
    )$")
});

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"));

/// "Telephone:", "Fax:", "e-mail:" labels: contact details, wherever they start.
static PHONE_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:tel(?:ephone)?|phone|fax|e-?mail|mob(?:ile)?)\.?\s*:"));

static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^the\s+rights\s+to\s+this\s+(?:material|article|text)|all\s+rights\s+reserved|©|^\(c\)\s*\d{4}|^copyright\b|\bcopyright\s+holder\b")
});

static FILED_UNDER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^(?:filed\s+under\b|posted\s+in\s*:|(?:tags|tagged(?:\s+with)?|topics|categories)\s*:)")
});

/// A whole line that only asks the reader to share the page.
static SHARE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(?:
        share(?:\s+(?:this|the))?(?:\s+(?:article|story|post|page|news))?(?:\s+(?:on|via|with)\s+\S+)?
      | tweet(?:\s+this)? | (?:e-?mail|print)\s+this(?:\s+(?:article|story|page))?
      | copy\s+link | follow\s+us(?:\s+on\s+\S+)? | like\s+us\s+on\s+\S+
    )\s*:?$")
});

const SOCIAL: &[&str] = &[
    "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "pinterest", "vk",
    "email", "e-mail", "print", "share", "tweet", "messenger", "flipboard", "threads", "bluesky",
];

static NEWSLETTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)
        ^subscribe\b | ^sign\s+up\b | ^newsletters?\b
      | (?:daily|weekly)\s+(?:mailing|newsletter|digest|briefing|e-?mail)
      | \b(?:subscribe|sign\s+up)\b.*\b(?:newsletter|mailing|updates|inbox|alerts)\b
      | рассылк
    ")
});

/// A timestamp such as "23.02 08:23", "13.06.2023 03:19", "08:23".
static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)$")
});

/// A bare counter such as "153" or "1.2K" (views, comments).
static COUNTER: LazyLock<Regex> = LazyLock::new(|| re(r"^\d+(?:[.,]\d+)?[kKmM]?$"));

const BULLETS: &[char] = &['•', '·', '▪', '‣', '◦', '●', '○', '■', '□', '–', '—', '*', '-'];

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
    let text = normalize_newlines(raw);
    let lines: Vec<&str> = text.split('\n').map(str::trim_end).collect();
    let lines = cut_comments(lines);
    let lines = drop_noise_lines(&lines);
    let lines = trim_tail(lines);
    join(&lines)
}

/// The first line, when it looks like a headline (short, not a sentence).
pub(crate) fn headline(text: &str) -> Option<String> {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    (first.chars().count() <= 200 && !ends_sentence(first)).then(|| first.to_owned())
}

/// Cuts everything from the first comment-section marker, if any body comes before it.
fn cut_comments(mut lines: Vec<&str>) -> Vec<&str> {
    let first_text = lines.iter().position(|l| !l.trim().is_empty());
    let marker = lines.iter().enumerate().position(|(i, l)| {
        let t = l.trim();
        Some(i) > first_text && t.len() <= 100 && !t.is_empty() && COMMENT_MARKER.is_match(t)
    });
    if let Some(m) = marker {
        lines.truncate(m);
    }
    lines
}

/// Drops noise lines (and the short lines that belong to a related or contact heading).
fn drop_noise_lines<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let t = line.trim();
        i += 1;
        if t.is_empty() {
            out.push(line);
            continue;
        }
        if RELATED_HEADING.is_match(t) {
            // The list of other headlines that follows, blank lines between them allowed.
            i = skip_while(lines, i, 10, true, is_title_like);
            continue;
        }
        if t.len() <= 100 && CONTACT_HEADING.is_match(t) {
            // Names and addresses of the contact block, up to the next blank line.
            i = skip_while(lines, i, 5, false, |l| {
                EMAIL.is_match(l) || (l.chars().count() <= 80 && !ends_sentence(l))
            });
            continue;
        }
        if is_noise_line(t) {
            continue;
        }
        out.push(cut_contact_tail(line));
    }
    out
}

/// Index after skipping up to `max` non-blank lines from `i` that satisfy `keep_going`
/// (and, if `over_blank`, the blank lines between them).
fn skip_while(lines: &[&str], mut i: usize, max: usize, over_blank: bool, keep_going: impl Fn(&str) -> bool) -> usize {
    let mut taken = 0;
    let mut end = i;
    while i < lines.len() && taken < max {
        let t = lines[i].trim();
        if t.is_empty() {
            if !over_blank {
                break;
            }
        } else if keep_going(t) {
            taken += 1;
            end = i + 1;
        } else {
            break;
        }
        i += 1;
    }
    end
}

/// One line that is page furniture whatever surrounds it.
fn is_noise_line(t: &str) -> bool {
    let len = t.chars().count();
    if len > LONG_LINE {
        return false;
    }
    PREV_NEXT.is_match(t)
        || (RELATED_INLINE.is_match(t) && len <= 200)
        || (EMAIL.is_match(t) && len <= 150)
        || PHONE_LABEL.find(t).is_some_and(|m| m.start() == 0)
        || (COPYRIGHT.is_match(t) && len <= 200)
        || FILED_UNDER.is_match(t)
        || SHARE.is_match(t)
        || is_social_row(t)
        || (NEWSLETTER.is_match(t) && len <= 150)
}

/// "Facebook | Twitter | Email": a row of share buttons.
fn is_social_row(t: &str) -> bool {
    let mut words = t
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '•' | '·' | '/' | ','))
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some() && words.all(|w| SOCIAL.contains(&w.to_lowercase().as_str()))
}

/// A sentence followed by "Telephone: …, fax: …": keeps the sentence only.
fn cut_contact_tail(line: &str) -> &str {
    if let Some(m) = PHONE_LABEL.find(line) {
        let head = line[..m.start()].trim_end();
        if ends_sentence(head) {
            return head;
        }
    }
    line
}

/// Ends like a sentence: `.`, `!`, `?`, `…`, `;` or `:` before any closing quotes or brackets.
fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '›')
    });
    t.ends_with(['.', '!', '?', '…', ';', ':', '。', '！', '？'])
}

/// Short and not a sentence: a headline in a list of links.
fn is_title_like(t: &str) -> bool {
    t.chars().count() <= TITLE_MAX && !ends_sentence(t)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Blank,
    /// Timestamp, counter or bare bullet: never article text.
    Marker,
    /// Written in another script than the article.
    Foreign,
    /// Short, no sentence punctuation.
    Title,
    /// A title-like line after a bullet ("• Other news").
    Bullet,
    /// Short sentence: part of a headline list only between two markers.
    Short,
    Body,
}

/// Drops a trailing list of other headlines (timestamps, counters, bullets, short titles)
/// and a trailing block in another script than the article.
fn trim_tail(mut lines: Vec<&str>) -> Vec<&str> {
    let Some(first) = lines.iter().position(|l| !l.trim().is_empty()) else {
        return lines;
    };
    let script = dominant_script(&lines);
    let kinds: Vec<Kind> = lines.iter().map(|l| classify(l.trim(), script)).collect();
    let prev_nonblank = |i: usize| (0..i).rev().find(|&j| kinds[j] != Kind::Blank);

    let mut start = lines.len();
    let mut next_kind = None; // kind of the nearest non-blank line below `start`
    while start > first + 1 {
        let i = start - 1;
        let ok = match kinds[i] {
            Kind::Blank | Kind::Marker | Kind::Foreign | Kind::Title | Kind::Bullet => true,
            Kind::Short => {
                next_kind == Some(Kind::Marker)
                    && prev_nonblank(i).is_some_and(|j| kinds[j] == Kind::Marker)
            }
            Kind::Body => false,
        };
        if !ok {
            break;
        }
        if kinds[i] != Kind::Blank {
            next_kind = Some(kinds[i]);
        }
        start = i;
    }
    // The run must stop at article text, not run into the headline.
    if start <= first + 1 {
        return lines;
    }
    let run: Vec<Kind> = kinds[start..].iter().copied().filter(|k| *k != Kind::Blank).collect();
    let foreign_block = run.contains(&Kind::Foreign)
        && run.iter().all(|k| matches!(k, Kind::Foreign | Kind::Marker));
    // Bulleted link lines at the very end ("• More news") are page furniture at any count.
    let bullet_block = run.iter().all(|k| matches!(k, Kind::Bullet | Kind::Marker));
    // A list introduced by a colon ("The package includes:") is article content.
    let introduced = prev_nonblank(start).is_some_and(|j| lines[j].trim_end().ends_with(':'));
    if (run.len() >= 3 || foreign_block || bullet_block) && !introduced {
        lines.truncate(start);
    }
    lines
}

fn classify(t: &str, script: Script) -> Kind {
    if t.is_empty() {
        return Kind::Blank;
    }
    let bare = t.trim_start_matches(|c: char| BULLETS.contains(&c) || c.is_whitespace());
    if bare.is_empty() || TIMESTAMP.is_match(bare) || COUNTER.is_match(bare) {
        return Kind::Marker;
    }
    if script != Script::None && line_script(t).is_some_and(|s| s != script) {
        return Kind::Foreign;
    }
    let len = t.chars().count();
    if is_title_like(bare) {
        if bare.len() < t.len() { Kind::Bullet } else { Kind::Title }
    } else if len <= 200 {
        Kind::Short
    } else {
        Kind::Body
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    None,
    Latin,
    Cyrillic,
    Other,
}

fn char_script(c: char) -> Script {
    match c {
        _ if !c.is_alphabetic() => Script::None,
        'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => Script::Latin,
        '\u{0400}'..='\u{052F}' => Script::Cyrillic,
        _ => Script::Other,
    }
}

/// Letter counts per script, in the order Latin, Cyrillic, Other.
fn count_scripts(chars: impl Iterator<Item = char>) -> [usize; 3] {
    let mut n = [0usize; 3];
    for c in chars {
        match char_script(c) {
            Script::Latin => n[0] += 1,
            Script::Cyrillic => n[1] += 1,
            Script::Other => n[2] += 1,
            Script::None => {}
        }
    }
    n
}

fn majority(n: [usize; 3]) -> Script {
    let total: usize = n.iter().sum();
    let scripts = [Script::Latin, Script::Cyrillic, Script::Other];
    match n.iter().zip(scripts).max_by_key(|(c, _)| **c) {
        // More than half of the letters: mixed lines are not called foreign.
        Some((&c, s)) if c * 2 > total && total > 0 => s,
        _ => Script::None,
    }
}

fn dominant_script(lines: &[&str]) -> Script {
    majority(count_scripts(lines.iter().flat_map(|l| l.chars())))
}

fn line_script(t: &str) -> Option<Script> {
    match majority(count_scripts(t.chars())) {
        Script::None => None,
        s => Some(s),
    }
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
    fn patterns_compile() {
        for r in [
            &COMMENT_MARKER, &PREV_NEXT, &RELATED_HEADING, &RELATED_INLINE, &CONTACT_HEADING, &EMAIL,
            &PHONE_LABEL, &COPYRIGHT, &FILED_UNDER, &SHARE, &NEWSLETTER, &TIMESTAMP, &COUNTER,
        ] {
            let _ = r.is_match("");
        }
    }

    #[test]
    fn comment_markers() {
        for m in [
            "1 COMMENT", "12 Comments", "Comments [3]", "Comments (0)", "LEAVE A REPLY", "Leave a comment",
            "Comments are closed.", "Comments are no longer available on this story",
            "Do you want to leave a comment? Register", "Add comment", "Join the discussion",
        ] {
            assert!(COMMENT_MARKER.is_match(m), "{m}");
        }
        for m in ["Commentary on the deal", "The comment was made in 2019.", "Add-on armour"] {
            assert!(!COMMENT_MARKER.is_match(m), "{m}");
        }
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("He said so.”"));
        assert!(ends_sentence("Really?"));
        assert!(!ends_sentence("Tanks for export (Agency, City)"));
        assert!(!ends_sentence("Headline"));
    }

    #[test]
    fn timestamps_and_counters() {
        for t in ["23.02 08:23", "13.06.2023 03:19", "08:23", "1/2/2024"] {
            assert!(TIMESTAMP.is_match(t), "{t}");
        }
        for c in ["153", "0", "1.2K"] {
            assert!(COUNTER.is_match(c), "{c}");
        }
        assert!(!COUNTER.is_match("24 Su-35"));
    }

    #[test]
    fn scripts() {
        assert_eq!(line_script("Танки"), Some(Script::Cyrillic));
        assert_eq!(line_script("Tanks"), Some(Script::Latin));
        assert_eq!(line_script("123"), None);
    }

    #[test]
    fn contact_tail_is_cut_after_a_sentence() {
        assert_eq!(cut_contact_tail("Office in town. Telephone: 1-2-3, fax: 4"), "Office in town.");
        assert_eq!(cut_contact_tail("Call the phone: no"), "Call the phone: no");
    }
}
