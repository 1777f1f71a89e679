//! People: the catalog's known figures, plus names the catalog does not know, recognised by a
//! known given name (or an East Asian surname) followed by capitalised name words. A lone
//! surname later in the text ("Zhang said") refers back to the full name it ends (or starts).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use armscope_catalog::Catalog;
use armscope_core::Span;
use regex::Regex;

use crate::mentions::Found;

/// A person named in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonMention {
    pub span: Span,
    /// Canonical name (catalog) or the fullest form written in the text.
    pub name: String,
    pub id: String,
}

static NAME_RUN: LazyLock<Regex> = LazyLock::new(|| {
    // Two or three capitalised words, each possibly hyphenated ("Jean-Yves", "Al-Khalid"),
    // between word boundaries of any script, written as a non-word character (or an end) on
    // each side: a Unicode `\b` would send the search to the slow engines on the first curly
    // quote; this way the lazy DFA finds the run and only the run is read for the group.
    crate::re::build_names(r"(?:^|[^\w])(?P<name>\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}]+)?(?:[ \t]+\p{Lu}[\p{Ll}]+(?:-\p{Lu}?\p{Ll}+)?){1,3})(?:[^\w]|$)").expect("name regex")
});

/// The `name` groups of `re` in `text`, in order, each search starting where the last name
/// ended (the character after it may open the next).
fn names_in<'t>(re: &'t Regex, text: &'t str) -> impl Iterator<Item = regex::Match<'t>> + 't {
    let mut at = 0;
    std::iter::from_fn(move || {
        let name = re.captures_at(text, at)?.name("name")?;
        at = name.end();
        Some(name)
    })
}

/// Words that end a name run: titles, institutions, places seen after names.
const NOT_NAME_WORDS: &[&str] = &[
    "President",
    "Minister",
    "General",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Ministry",
    "Defence",
    "Defense",
    "Corporation",
    "Company",
    "Group",
    "Council",
    "Committee",
    "Commission",
    "Agency",
    "Service",
    "Office",
    "Department",
    "University",
    "Institute",
    "Center",
    "Centre",
    "Club",
    "Party",
    "Republic",
    "Federation",
    "Kingdom",
    "Union",
    "State",
    "States",
    "Street",
    "Plant",
    "Bureau",
    "Airshow",
    "Pool",
    "Photo",
    "News",
    "Times",
    "Post",
    "Daily",
    "The",
    "And",
    "Of",
    "Air",
    "Sea",
    "Land",
    "Space",
    "Region",
    "Province",
    "City",
    "Day",
    "Week",
    "Month",
    "Year",
    "Said",
    "Says",
    "Told",
    "Added",
];

/// Finds people in `text`. `found` are the accepted catalog hits (people among them, and
/// other entries whose spans a name run must not overlap).
pub fn find(
    catalog: &Catalog,
    place_words: &HashSet<String>,
    text: &str,
    found: &[Found],
) -> Vec<PersonMention> {
    use armscope_catalog::Target;
    let mut people: Vec<PersonMention> = found
        .iter()
        .filter_map(|f| match f.target {
            Target::Person(i) => {
                let p = &catalog.people()[i];
                Some(PersonMention {
                    span: f.span,
                    name: p.name.clone(),
                    id: p.id.clone(),
                })
            }
            _ => None,
        })
        .collect();
    let mut taken: Vec<Span> = found.iter().map(|f| f.span).collect();
    taken.sort_by_key(|t| (t.start, t.end));
    for m in names_in(&NAME_RUN, text) {
        let span = Span::new(m.start(), m.end());
        if overlaps_any(&taken, span) {
            continue;
        }
        // A title may open the run ("Colonel Rachel Dunmore", "Vice Admiral Sanjay Rao"):
        // try the run from each of its words.
        let run = m.as_str();
        let starts = std::iter::once(0).chain(run.match_indices(' ').map(|(i, _)| i + 1));
        for start in starts {
            if let Some(name) = trim_name(catalog, place_words, &run[start..]) {
                let begin = m.start() + start;
                people.push(PersonMention {
                    span: Span::new(begin, begin + name.len()),
                    name: name.to_string(),
                    id: slug(name),
                });
                break;
            }
        }
    }
    people.sort_by_key(|p| p.span.start);
    resolve_lone_names(catalog, text, &taken, &mut people);
    people
}

/// Whether `span` overlaps any of `sorted` (sorted by start): a binary search, so that a long
/// document's names are not each compared with every catalog hit.
fn overlaps_any(sorted: &[Span], span: Span) -> bool {
    // Only spans starting before `span` ends can overlap it; the hits and names do not nest,
    // so the last few of those are the only ones that can reach into it.
    let upto = sorted.partition_point(|t| t.start < span.end);
    sorted[..upto]
        .iter()
        .rev()
        .take(8)
        .any(|t| t.overlaps(span))
}

/// The leading part of a capitalised run that is a person's name, if it is one.
fn trim_name<'a>(
    catalog: &Catalog,
    place_words: &HashSet<String>,
    run: &'a str,
) -> Option<&'a str> {
    let words: Vec<(usize, &str)> = run
        .split_whitespace()
        .scan(0usize, |pos, w| {
            let start = run[*pos..].find(w).map(|i| i + *pos).unwrap_or(*pos);
            *pos = start + w.len();
            Some((start, w))
        })
        .collect();
    let first = words.first()?.1.trim_end_matches(['’', '\'']);
    let opens = catalog.is_given_name(first) || catalog.is_surname(first);
    if !opens || place_words.contains(first) {
        return None;
    }
    let mut end = 1;
    while end < words.len().min(3)
        && !NOT_NAME_WORDS.contains(&words[end].1)
        && !armscope_normalize::is_calendar_word(words[end].1)
        && !place_words.contains(words[end].1)
    {
        end += 1;
    }
    if end < 2 {
        return None;
    }
    let (last_start, last) = words[end - 1];
    Some(&run[..last_start + last.len()])
}

/// Turns a lone surname ("Zhang", "Shoigu") into a mention of the full name it belongs to.
fn resolve_lone_names(
    catalog: &Catalog,
    text: &str,
    taken: &[Span],
    people: &mut Vec<PersonMention>,
) {
    let full: Vec<(String, String, String)> = people
        .iter()
        .filter(|p| p.name.contains(' '))
        .map(|p| {
            let parts: Vec<&str> = p.name.split_whitespace().collect();
            let last = parts.last().copied().unwrap_or_default().to_string();
            let first = parts.first().copied().unwrap_or_default().to_string();
            (first, last, p.name.clone())
        })
        .collect();
    // A lone word names the first full name it ends, or (East Asian names put the surname
    // first) the first it opens with a surname that is no given name. Maps, not a scan per
    // word: a long document has thousands of names.
    let mut by_last: HashMap<&str, usize> = HashMap::new();
    let mut by_first: HashMap<&str, usize> = HashMap::new();
    for (i, (first, last, _)) in full.iter().enumerate() {
        by_last.entry(last.as_str()).or_insert(i);
        if catalog.is_surname(first) && !catalog.is_given_name(first) {
            by_first.entry(first.as_str()).or_insert(i);
        }
    }
    let mut id_of: HashMap<&str, String> = HashMap::new();
    for p in people.iter() {
        id_of.entry(p.name.as_str()).or_insert_with(|| p.id.clone());
    }
    let mut people_spans: Vec<Span> = people.iter().map(|p| p.span).collect();
    people_spans.sort_by_key(|t| (t.start, t.end));
    static WORD: LazyLock<Regex> = LazyLock::new(|| {
        crate::re::build_names(r"(?:^|[^\w])(?P<name>\p{Lu}\p{Ll}+)(?:[^\w]|$)")
            .expect("word regex")
    });
    let mut extra = Vec::new();
    for m in names_in(&WORD, text) {
        let span = Span::new(m.start(), m.end());
        if overlaps_any(taken, span) || overlaps_any(&people_spans, span) {
            continue;
        }
        let word = m.as_str();
        let owner = [by_last.get(word), by_first.get(word)]
            .into_iter()
            .flatten()
            .min()
            .map(|&i| &full[i].2);
        if let Some(name) = owner {
            let id = id_of.get(name.as_str()).cloned().unwrap_or_default();
            extra.push(PersonMention {
                span,
                name: name.clone(),
                id,
            });
        }
    }
    people.extend(extra);
    people.sort_by_key(|p| p.span.start);
}

fn slug(name: &str) -> String {
    let mut s = String::from("person:");
    for c in name.chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        } else if !s.ends_with('-') {
            s.push('-');
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<&str> {
        names_in(&NAME_RUN, text).map(|m| m.as_str()).collect()
    }

    /// The boundaries written out behave as Unicode `\b` would: any script's letters are word
    /// characters, quotes and dashes are not, and a run inside a word is no name.
    #[test]
    fn name_runs_have_word_boundaries_of_any_script() {
        assert_eq!(
            runs("“Éric Idriss” met Michał Nowak—twice."),
            ["Éric Idriss", "Michał Nowak"]
        );
        assert_eq!(
            runs("Jean-Yves Le Drian,Olga Smirnova"),
            ["Jean-Yves Le Drian", "Olga Smirnova"]
        );
        // "Donald Duck" inside "McDonald Duck Jones" starts mid-word: only the run after it.
        assert_eq!(runs("McDonald Duck Jones"), ["Duck Jones"]);
        // A digit right after a word is no boundary: the run stops a word earlier.
        assert_eq!(runs("Anna Maria Smith2 left"), ["Anna Maria"]);
        assert!(runs("no names here").is_empty());
    }
}
