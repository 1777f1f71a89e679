//! Every surface form (name, alias, adjective, metonym) of every entry, as the matcher and the
//! alias-conflict check both see them.

use crate::load::Tables;
use crate::{StateForm, Target};

/// Characters written for a hyphen in running text; all stand for `-` in aliases.
pub(crate) const DASHES: [char; 8] = [
    '-', '\u{2010}', '\u{2011}', '\u{2012}', '–', '—', '\u{2015}', '−',
];

/// The comparison key of an alias: lower-case, every dash as `-`.
pub(crate) fn fold(text: &str) -> String {
    text.chars()
        .map(|c| if DASHES.contains(&c) { '-' } else { c })
        .collect::<String>()
        .to_lowercase()
}

/// One way the text may name one entry.
pub(crate) struct Form<'a> {
    pub target: Target,
    pub text: &'a str,
    /// Listed in the entry's `ambiguous` column.
    pub ambiguous: bool,
}

/// All forms, entry by entry: names first, then aliases, adjectives, metonyms.
pub(crate) fn forms(t: &Tables) -> Vec<Form<'_>> {
    let mut out = Vec::new();
    for (index, s) in t.states.iter().enumerate() {
        let state = |form| Target::State { index, form };
        push(
            &mut out,
            state(StateForm::Name),
            std::iter::once(&s.name).chain(&s.aliases),
            &[],
        );
        push(&mut out, state(StateForm::Adjective), &s.adjectives, &[]);
        push(&mut out, state(StateForm::Metonym), &s.metonyms, &[]);
    }
    for (i, o) in t.organizations.iter().enumerate() {
        let names = std::iter::once(&o.name).chain(&o.aliases);
        push(&mut out, Target::Organization(i), names, &o.ambiguous);
    }
    for (i, s) in t.systems.iter().enumerate() {
        push(
            &mut out,
            Target::System(i),
            std::iter::once(&s.name).chain(&s.aliases),
            &s.ambiguous,
        );
    }
    for (i, p) in t.people.iter().enumerate() {
        push(
            &mut out,
            Target::Person(i),
            std::iter::once(&p.name).chain(&p.aliases),
            &[],
        );
    }
    out
}

fn push<'a>(
    out: &mut Vec<Form<'a>>,
    target: Target,
    names: impl IntoIterator<Item = &'a String>,
    ambiguous: &[String],
) {
    let ambiguous: Vec<String> = ambiguous.iter().map(|a| fold(a)).collect();
    for text in names {
        out.push(Form {
            target,
            text,
            ambiguous: ambiguous.contains(&fold(text)),
        });
    }
}
