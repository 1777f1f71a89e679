//! The end of the page: lists of other headlines and blocks in another script.

use std::sync::LazyLock;

use regex::Regex;

use super::{is_title_like, re};

/// A timestamp such as "23.02 08:23", "13.06.2023 03:19", "08:23".
static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)$",
    )
});

/// A bare counter such as "153" or "1.2K" (views, comments).
static COUNTER: LazyLock<Regex> = LazyLock::new(|| re(r"^\d+(?:[.,]\d+)?[kKmM]?$"));

const BULLETS: &[char] = &[
    '•', '·', '▪', '‣', '◦', '●', '○', '■', '□', '–', '—', '*', '-',
];

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
/// and a trailing block in another script than the article. With `titles_alone` false, a
/// run of short title lines needs a timestamp or counter among them to go: text from an
/// HTML article has its link lists removed by structure already, and its last `<li>`s
/// without full stops are more likely content.
pub(super) fn trim_tail(mut lines: Vec<&str>, titles_alone: bool) -> Vec<&str> {
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
    let run: Vec<Kind> = kinds[start..]
        .iter()
        .copied()
        .filter(|k| *k != Kind::Blank)
        .collect();
    let foreign_block = run.contains(&Kind::Foreign)
        && run
            .iter()
            .all(|k| matches!(k, Kind::Foreign | Kind::Marker));
    // Bulleted link lines at the very end ("• More news") are page furniture at any count.
    let bullet_block = run.iter().all(|k| matches!(k, Kind::Bullet | Kind::Marker));
    // A list introduced by a colon ("The package includes:") is article content.
    let introduced = prev_nonblank(start).is_some_and(|j| lines[j].trim_end().ends_with(':'));
    let list = run.len() >= 3 && (titles_alone || run.contains(&Kind::Marker));
    if (list || foreign_block || bullet_block) && !introduced {
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
        if bare.len() < t.len() {
            Kind::Bullet
        } else {
            Kind::Title
        }
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
