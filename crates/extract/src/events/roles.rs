//! The roles the text gives people: "Russian President Vladimir Putin", "Rosoboronexport CEO
//! Alexander Mikheev", "the head of Rostec, Sergey Chemezov", "Dmitry Shugaev, director of
//! the FSVTS". A role phrase right before the name wins over one right after it; the
//! organisation is the catalogued body (else state) inside the phrase, else the one right
//! before the role words, else the capitalised words after "of".

use armscope_core::{Actor, EntityKind, PersonRole, Span};

use super::{words, Named};
use crate::mentions::containing;
use crate::sentences::Sentence;

pub(crate) fn find(text: &str, sentences: &[Sentence], named: &[Named]) -> Vec<PersonRole> {
    named
        .iter()
        .filter(|n| n.is_person())
        .filter_map(|person| {
            let sentence = containing(sentences, person.actor.span)?;
            // Only the sentence's actors can be in or next to its role phrase.
            let named = crate::starting_in(named, |n| n.actor.span, sentence.start, sentence.end);
            let span = person.actor.span;
            let before = Span::new(sentence.start, span.start);
            let after = Span::new(span.end, sentence.end);
            let phrase = words::ROLE_BEFORE
                .find(before.slice(text))
                .map(|m| Span::new(m.start(), m.end()).shifted(before.start))
                .or_else(|| {
                    words::ROLE_AFTER
                        .find(after.slice(text))
                        .map(|m| Span::new(m.start(), m.end()).shifted(after.start))
                })?;
            role(text, named, person, phrase)
        })
        .collect()
}

/// The role in `phrase` (document coordinates), with its organisation.
fn role(text: &str, named: &[Named], person: &Named, phrase: Span) -> Option<PersonRole> {
    let words_match = words::ROLE_WORDS.find(phrase.slice(text))?;
    let role_words = Span::new(words_match.start(), words_match.end()).shifted(phrase.start);
    let bodies = |from: usize, to: usize| {
        named
            .iter()
            .filter(move |n| !n.is_person() && n.actor.span.start >= from && n.actor.span.end <= to)
    };
    // "of the Federal Service for Military-Technical Cooperation of Russia": the service,
    // not Russia; a state only when no body is named.
    let inside = bodies(role_words.end, phrase.end)
        .find(|n| n.actor.kind == EntityKind::Organization)
        .or_else(|| bodies(role_words.end, phrase.end).next());
    // "Rosoboronexport CEO", "Russian President", "India's Defence Minister".
    let adjacent = named
        .iter()
        .filter(|n| !n.is_person() && n.actor.span.end <= phrase.start.max(role_words.start))
        .rfind(|n| {
            let gap = &text[n.actor.span.end..role_words.start];
            let gap = gap.trim_start_matches(['\'', '’', 's']);
            gap.trim().is_empty() || gap.trim().eq_ignore_ascii_case("the")
        });
    let organization = inside
        .or(adjacent)
        .map(|n| n.actor.clone())
        .or_else(|| of_words(text, role_words.end, phrase.end));
    let start = adjacent.map_or(phrase.start, |n| n.actor.span.start.min(phrase.start));
    let end = phrase.end;
    let role_span = trim(text, Span::new(start, end));
    Some(PersonRole {
        person_id: person.actor.id.clone().unwrap_or_default(),
        person_span: person.actor.span,
        role: role_words.slice(text).to_string(),
        organization,
        role_span,
    })
}

/// An organisation the catalog does not know, by the capitalised words after "of".
fn of_words(text: &str, from: usize, to: usize) -> Option<Actor> {
    let tail = Span::new(from, to).slice(text);
    let of = tail.find(" of ")?;
    let at = from + of + " of ".len();
    let run = super::capitalised_run(&text[..to], at)?;
    let words = run.slice(text).trim_end_matches([',', ' ']);
    let name = words.strip_prefix("the ").unwrap_or(words);
    let start = run.start + (words.len() - name.len());
    Some(Actor {
        kind: EntityKind::Organization,
        id: None,
        name: name.to_string(),
        role: None,
        span: Span::new(start, start + name.len()),
    })
}

/// The span without surrounding spaces and commas.
fn trim(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let lead = s.len() - s.trim_start_matches([',', ' ']).len();
    let body = s.trim_matches([',', ' ']);
    Span::new(span.start + lead, span.start + lead + body.len())
}
