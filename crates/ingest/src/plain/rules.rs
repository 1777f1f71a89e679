//! Line rules: comment sections, navigation, contact, copyright, share and newsletter lines.

use std::sync::LazyLock;

use regex::Regex;

use super::{core, ends_sentence, is_title_like, re};

/// Lines longer than this are article sentences, whatever they contain.
const LONG_LINE: usize = 300;

/// A line that starts the reader-comment section: everything from it onwards is dropped.
static COMMENT_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(?:
        \d+\s+(?:reader\s+)?comments?
      | (?:reader\s+|readers'?\s+|user\s+)?comments?\s*(?:[\[(]\s*\d+\s*[\])])?\s*:?\s*\d*
      | (?:leave|post|write|add|submit)\s+(?:a\s+|your\s+|new\s+)?(?:reply|comment|response)\b.*
      | comments\s+(?:are|have\s+been)\s+(?:closed|disabled|turned\s+off|no\s+longer\s+(?:available|accepted))\b.*
      | do\s+you\s+want\s+to\s+(?:leave\s+a\s+|add\s+a\s+)?comment\b.*
      | (?:show|view|read|load|see)\s+(?:all\s+)?(?:\d+\s+)?comments\b.*
      | \d+\s+(?:responses?|replies|thoughts?)\s+(?:to|on)\b.*
      | join\s+the\s+(?:discussion|conversation)\b.*
    )$")
});

/// "Previous article…" / "Next: …" navigation, often glued to the linked headline.
static PREV_NEXT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:previous|prev|next)\s*(?:article|post|story|item|:)"));

/// A heading that introduces a list of links to other articles.
static RELATED_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(?:
        related(?:\s+(?:articles?|news|stories|posts|content|coverage|reading|topics|links))?
      | read\s+(?:more|also|next) | also\s+read | see\s+also | also\s+today
      | you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in|enjoy)
      | recommended(?:\s+(?:for\s+you|articles|stories|reading))?
      | more\s+(?:news|stories|articles|headlines|on\s+this(?:\s+(?:topic|story))?)
      | more\s+(?:from|in|on)\s+[\w\s&-]{1,30}
      | (?:most|recently)\s+(?:read|popular|viewed|commented|shared)(?:\s+\w+){0,3}
      | (?:popular|trending|latest|recent|top)(?:\s+(?:news|articles|stories|posts|headlines|now|today|this\s+week))+
      | trending | latest | top\s+stories | other\s+(?:news|stories|articles) | in\s+other\s+news
      | editor'?s\s+picks
    )\s*:?$")
});

/// "Read more: Some other headline" on one line.
static RELATED_INLINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:read\s+(?:more|also|next)|see\s+also|also\s+read|related(?:\s+(?:article|story|news|link))?)\s*[:|–—-]\s*\S",
    )
});

/// A heading that starts a contact or advertising block.
static CONTACT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(?:
        for\s+(?:\w+\s+){0,2}(?:inquiries|inquiry|enquiries|enquiry)\b.*
      | (?:contacts?(?:\s+us|\s+the\s+editor|\s+information)?|advertis(?:e|ing)(?:\s+with\s+us|\s+inquiries)?
         |media\s+contacts?|press\s+(?:contacts?|office))\s*:?
    )$")
});

/// "Editorial office: …", "Write to us: …": the publisher's address line.
static CONTACT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(?:
        editorial(?:\s+office)? | newsroom(?:\s+contact)? | write\s+to\s+us | tips(?:\s+and\s+corrections)?
      | contacts?(?:\s+(?:us|the\s+editors?|the\s+newsroom|information))? | letters\s+to\s+the\s+editor
    )\s*:")
});

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"));

/// "Telephone:", "Fax:", "e-mail:" labels: contact details, wherever they start.
static PHONE_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:tel(?:ephone)?|phone|fax|e-?mail|mob(?:ile)?)\.?\s*:"));

static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^the\s+rights\s+to\s+this\s+(?:material|article|text)|all\s+rights\s+reserved|©|^\(c\)\s*\d{4}|^copyright\b|\bcopyright\s+holder\b",
    )
});

static FILED_UNDER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:filed\s+under\b|posted\s+in\s*:|(?:tags|tagged(?:\s+with)?|topics|categories)\s*:)",
    )
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
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "telegram",
    "reddit",
    "pinterest",
    "vk",
    "email",
    "e-mail",
    "print",
    "share",
    "tweet",
    "messenger",
    "flipboard",
    "threads",
    "bluesky",
];

static NEWSLETTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)
        ^subscribe\b | ^sign\s+up\b | ^newsletters?\b
      | (?:daily|weekly)\s+(?:mailing|newsletter|digest|briefing|e-?mail)
      | \b(?:subscribe|sign\s+up)\b.*\b(?:newsletter|mailing|updates|inbox|alerts)\b
      | рассылк
    ")
});

/// Cuts everything from the first comment-section marker, if any text comes before it.
pub(super) fn cut_comments(mut lines: Vec<&str>) -> Vec<&str> {
    let first_text = lines.iter().position(|l| !l.trim().is_empty());
    let marker = lines.iter().enumerate().position(|(i, l)| {
        let t = core(l.trim());
        Some(i) > first_text && t.len() <= 100 && !t.is_empty() && COMMENT_MARKER.is_match(t)
    });
    if let Some(m) = marker {
        lines.truncate(m);
    }
    lines
}

/// Drops noise lines (and the short lines that belong to a related or contact heading).
pub(super) fn drop_noise_lines<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let t = line.trim();
        let c = core(t);
        i += 1;
        if t.is_empty() {
            out.push(line);
            continue;
        }
        if RELATED_HEADING.is_match(c) {
            // The list of other headlines that follows, blank lines between them allowed.
            i = skip_while(lines, i, 10, true, is_title_like);
            continue;
        }
        if c.len() <= 100 && CONTACT_HEADING.is_match(c) {
            // Names and addresses of the contact block, up to the next blank line.
            i = skip_while(lines, i, 5, false, |l| {
                EMAIL.is_match(l) || (l.chars().count() <= 80 && !ends_sentence(l))
            });
            continue;
        }
        if let Some(m) = PREV_NEXT.find(c).filter(|_| c.chars().count() <= 200) {
            // "Previous article" alone on its line: the linked headline is on the next one.
            if c[m.end()..].trim_matches([' ', ':']).is_empty() {
                i = skip_while(lines, i, 1, false, is_title_like);
            }
            continue;
        }
        if is_noise_line(t, c) {
            continue;
        }
        out.push(cut_contact_tail(line));
    }
    out
}

/// Index after skipping up to `max` non-blank lines from `i` that satisfy `keep_going`
/// (and, if `over_blank`, the blank lines between them).
fn skip_while(
    lines: &[&str],
    mut i: usize,
    max: usize,
    over_blank: bool,
    keep_going: impl Fn(&str) -> bool,
) -> usize {
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

/// One line (`t` trimmed, `c` without leading symbols) that is page furniture whatever
/// surrounds it.
fn is_noise_line(t: &str, c: &str) -> bool {
    let len = t.chars().count();
    if len > LONG_LINE {
        return false;
    }
    (RELATED_INLINE.is_match(c) && len <= 200)
        || (EMAIL.is_match(t) && len <= 150)
        || PHONE_LABEL.find(c).is_some_and(|m| m.start() == 0)
        || (CONTACT_LABEL.is_match(c) && len <= 200)
        || (COPYRIGHT.is_match(t) && len <= 200)
        || FILED_UNDER.is_match(c)
        || SHARE.is_match(c)
        || is_social_row(t)
        || (NEWSLETTER.is_match(c) && len <= 150)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_compile() {
        for r in [
            &COMMENT_MARKER,
            &PREV_NEXT,
            &RELATED_HEADING,
            &RELATED_INLINE,
            &CONTACT_HEADING,
            &CONTACT_LABEL,
            &EMAIL,
            &PHONE_LABEL,
            &COPYRIGHT,
            &FILED_UNDER,
            &SHARE,
            &NEWSLETTER,
        ] {
            let _ = r.is_match("");
        }
    }

    #[test]
    fn comment_markers() {
        for m in [
            "1 COMMENT",
            "12 Comments",
            "Comments [3]",
            "Comments (0)",
            "COMMENTS (2)",
            "Reader comments (2)",
            "LEAVE A REPLY",
            "Leave a comment",
            "Comments are closed.",
            "Comments are no longer available on this story",
            "Do you want to leave a comment? Register",
            "Add comment",
            "Join the discussion",
            "LEAVE A REPLY | Log in",
        ] {
            assert!(COMMENT_MARKER.is_match(m), "{m}");
        }
        for m in [
            "Commentary on the deal",
            "The comment was made in 2019.",
            "Add-on armour",
            "Comments by the minister",
        ] {
            assert!(!COMMENT_MARKER.is_match(m), "{m}");
        }
    }

    #[test]
    fn related_headings() {
        for h in [
            "MOST VIEWED",
            "Most read today",
            "READ NEXT",
            "Recent headlines",
            "POPULAR THIS WEEK",
            "TRENDING",
            "More stories",
            "MORE FROM WORLD",
            "Other news",
            "ALSO TODAY",
            "TOP STORIES THIS WEEK",
            "LATEST",
        ] {
            assert!(RELATED_HEADING.is_match(h), "{h}");
        }
        for h in [
            "Latest deliveries slipped to 2026",
            "Top brass meet in Warsaw",
            "More from the same yard is expected.",
        ] {
            assert!(!RELATED_HEADING.is_match(h), "{h}");
        }
    }

    #[test]
    fn contact_tail_is_cut_after_a_sentence() {
        assert_eq!(
            cut_contact_tail("Office in town. Telephone: 1-2-3, fax: 4"),
            "Office in town."
        );
        assert_eq!(cut_contact_tail("Call the phone: no"), "Call the phone: no");
    }
}
