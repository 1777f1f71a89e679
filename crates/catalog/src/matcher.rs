//! Finding catalog names in text: one leftmost-longest automaton over every form, with
//! whole-word, case and dash rules applied around it.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use armscope_core::Span;
use serde::Serialize;

use crate::forms::{Form, DASHES};
use crate::CatalogError;

/// Which kind of state form matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StateForm {
    /// The name or an alias (`Russia`, `Russian Federation`).
    Name,
    /// A demonym or adjective (`Russian`).
    Adjective,
    /// A capital or seat (`Moscow`, `Kremlin`).
    Metonym,
}

/// The entry a hit names: an index into [`Catalog::states`](crate::Catalog::states) and the
/// other slices of the same catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    /// `states()[index]`, named by a form of the given kind.
    State {
        /// Index into `states()`.
        index: usize,
        /// Which column the matched form comes from.
        form: StateForm,
    },
    /// `organizations()[i]`.
    Organization(usize),
    /// `systems()[i]`.
    System(usize),
    /// `people()[i]`.
    Person(usize),
}

impl Target {
    /// The entry without the state form, to tell entries apart.
    pub(crate) fn entry(self) -> (u8, usize) {
        match self {
            Target::State { index, .. } => (0, index),
            Target::Organization(i) => (1, i),
            Target::System(i) => (2, i),
            Target::Person(i) => (3, i),
        }
    }
}

/// One catalog name found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Hit {
    /// Byte range in the text searched, without a trailing plural `s`.
    pub span: Span,
    /// The entry named.
    pub target: Target,
    /// The form is listed as ambiguous (an ordinary word, or shared by several entries):
    /// only context can decide.
    pub ambiguous: bool,
}

/// Finds catalog names in text. Built once per [`Catalog`](crate::Catalog).
#[derive(Clone, Debug)]
pub struct Matcher {
    automaton: AhoCorasick,
    /// Per automaton pattern: the entries it may name.
    groups: Vec<Group>,
}

/// The forms that fold to one automaton pattern (the same text up to ASCII case).
#[derive(Clone, Debug)]
struct Group {
    candidates: Vec<Candidate>,
    /// The pattern starts / ends with a CJK character: no word boundary needed on that side.
    cjk_start: bool,
    cjk_end: bool,
}

#[derive(Clone, Debug)]
struct Candidate {
    target: Target,
    /// `Some(text)` when the form matches in exactly this case only.
    exact: Option<String>,
    ambiguous: bool,
}

impl Matcher {
    pub(crate) fn new(forms: &[Form<'_>]) -> Result<Matcher, CatalogError> {
        let mut patterns: Vec<String> = Vec::new();
        let mut groups: Vec<Group> = Vec::new();
        let mut by_key: HashMap<String, usize> = HashMap::new();
        for form in forms {
            let exact = !is_case_insensitive(form.text);
            // An empty pattern would match everywhere; validation keeps names non-empty.
            for variant in spellings(form.text).into_iter().filter(|v| !v.is_empty()) {
                let key = variant.to_ascii_lowercase();
                let g = *by_key.entry(key.clone()).or_insert_with(|| {
                    patterns.push(key);
                    groups.push(Group {
                        candidates: Vec::new(),
                        cjk_start: variant.chars().next().is_some_and(is_cjk),
                        cjk_end: variant.chars().next_back().is_some_and(is_cjk),
                    });
                    groups.len() - 1
                });
                let exact = exact.then_some(variant);
                let candidates = &mut groups[g].candidates;
                // One hit per entry: a second form of the same entry (other case, name and alias
                // alike) only narrows what counts as ambiguous.
                match candidates
                    .iter_mut()
                    .find(|c| c.target.entry() == form.target.entry())
                {
                    Some(c) if c.exact.is_none() || exact.is_none() => {
                        c.exact = None;
                        c.ambiguous &= form.ambiguous;
                    }
                    Some(_) | None => candidates.push(Candidate {
                        target: form.target,
                        exact,
                        ambiguous: form.ambiguous,
                    }),
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            // Anchored searches find the next shorter form when the longest one is rejected.
            .start_kind(StartKind::Both)
            .build(&patterns)
            .map_err(|e| CatalogError::Matcher(e.to_string()))?;
        Ok(Matcher { automaton, groups })
    }

    /// Every catalog name in `text`, leftmost-longest and non-overlapping, in text order.
    /// A form shared by several entries gives one hit per entry, all with the same span.
    pub fn find_all(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let Some(found) = self.automaton.find(Input::new(text).range(at..)) else {
                break;
            };
            let start = found.start();
            let mut candidate = Some(found);
            at = start + 1;
            // The longest form may fail the word or case rules while a shorter one at the same
            // start passes ("Russian" in "Russian Helicoptersx").
            while let Some(m) = candidate {
                if let Some(end) =
                    self.accept(text, m.pattern().as_usize(), start, m.end(), &mut hits)
                {
                    at = end;
                    break;
                }
                candidate = self.automaton.find(
                    Input::new(text)
                        .range(start..m.end() - 1)
                        .anchored(Anchored::Yes),
                );
            }
        }
        hits
    }

    /// Checks one automaton match against the word and case rules; pushes its hits and returns
    /// their end when it passes.
    fn accept(
        &self,
        text: &str,
        pattern: usize,
        start: usize,
        end: usize,
        hits: &mut Vec<Hit>,
    ) -> Option<usize> {
        let group = &self.groups[pattern];
        let matched = text.get(start..end)?;
        let before = text.get(..start)?.chars().next_back();
        if !group.cjk_start && !before.is_none_or(is_boundary) {
            return None;
        }
        let mut after = text.get(end..)?.chars();
        let ends_word = match after.next() {
            None => true,
            Some(c) if group.cjk_end || is_boundary(c) => true,
            // A plural `s` may follow (`S-400s`); it stays outside the span.
            Some('s') => after.next().is_none_or(is_boundary),
            Some(_) => false,
        };
        if !ends_word {
            return None;
        }
        let span = Span::new(start, end);
        let first = hits.len();
        for c in &group.candidates {
            if c.exact.as_deref().is_none_or(|exact| exact == matched) {
                hits.push(Hit {
                    span,
                    target: c.target,
                    ambiguous: c.ambiguous,
                });
            }
        }
        (hits.len() > first).then_some(end)
    }
}

/// Forms of four or more characters with a lower-case letter match in any ASCII case; short
/// or all-caps ones (`Tor`, `PLA`, `S-400`) only as written, so ordinary words do not match.
fn is_case_insensitive(form: &str) -> bool {
    form.chars().count() >= 4 && form.chars().any(char::is_lowercase)
}

/// The spellings a form is searched under: every dash as each dash character, and for
/// designations (`S-400`, `Su-35`) also as a space and as nothing. All dashes of one form are
/// replaced alike.
fn variants(form: &str) -> Vec<String> {
    let form: String = form
        .chars()
        .map(|c| if DASHES.contains(&c) { '-' } else { c })
        .collect();
    if !form.contains('-') {
        return vec![form];
    }
    let mut separators = vec!["-", "–", "—", "\u{2011}"];
    if is_designation(&form) {
        separators.extend([" ", ""]);
    }
    separators
        .iter()
        .map(|sep| form.replace('-', sep))
        .collect()
}

/// `variants`, plus the same spellings with typographic apostrophes (`China’s`, `People’s`):
/// news text uses either.
fn spellings(form: &str) -> Vec<String> {
    let mut out = variants(form);
    // "S-300PMU-1" is also written "S-300PMU1": later dashes of a designation may drop.
    let folded: String = form
        .chars()
        .map(|c| if DASHES.contains(&c) { '-' } else { c })
        .collect();
    if folded.matches('-').count() > 1 && is_designation(&folded) {
        if let Some((head, tail)) = folded.split_once('-') {
            out.extend(variants(&format!("{head}-{}", tail.replace('-', ""))));
        }
    }
    let curly: Vec<String> = out
        .iter()
        .filter(|v| v.contains('\''))
        .map(|v| v.replace('\'', "’"))
        .collect();
    out.extend(curly);
    out
}

/// A single token whose every dash stands between a letter and a digit (`Mi-171Sh`, `歼-10`).
fn is_designation(form: &str) -> bool {
    let chars: Vec<char> = form.chars().collect();
    !chars.iter().any(|c| c.is_whitespace())
        && chars.iter().enumerate().all(|(i, &c)| {
            c != '-'
                || (i > 0
                    && chars[i - 1].is_alphabetic()
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        })
}

/// A neighbour that ends a word: not alphanumeric, or CJK (written without spaces).
fn is_boundary(c: char) -> bool {
    !c.is_alphanumeric() || is_cjk(c)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x9FFF      // radicals, kana, CJK symbols, unified ideographs (and ext. A)
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0xF900..=0xFAFF    // compatibility ideographs
        | 0xFF66..=0xFF9F    // half-width katakana
        | 0x20000..=0x3134F) // ideograph extensions B–G
}

#[cfg(test)]
mod spelling_tests {
    use super::*;

    #[test]
    fn apostrophes_match_in_both_styles() {
        let forms = spellings("People's Liberation Army");
        assert!(forms.contains(&"People's Liberation Army".to_string()));
        assert!(forms.contains(&"People’s Liberation Army".to_string()));
        assert_eq!(
            spellings("S-400")
                .iter()
                .filter(|f| f.contains('’'))
                .count(),
            0
        );
        assert!(spellings("S-300PMU-1").contains(&"S-300PMU1".to_string()));
    }
}
