//! Exercises: "joint naval drills", "the exercise Zapad-2021". "exercise" as a verb
//! ("exercise its option", "to exercise restraint") is not one. An exercise needs a name or
//! a state or organisation taking part.

use armscope_core::{EntityKind, Event, EventDetail, Span};

use super::{distinct, words, View};

pub(crate) fn find(v: &View) -> Vec<Event> {
    let noun = words::EXERCISE_NOUN.find_iter(v.text).find(|m| {
        let is_verb = m.as_str().eq_ignore_ascii_case("exercise")
            && (words::EXERCISE_VERB_BEFORE.is_match(&v.text[..m.start()])
                || words::EXERCISE_VERB_AFTER.is_match(&v.text[m.end()..]));
        !is_verb
    });
    let known = words::KNOWN_EXERCISE.find(v.text);
    let cue = match (noun, known) {
        (Some(n), _) => Span::new(n.start(), n.end()),
        // A known name with its year ("Vostok-2018") needs no noun.
        (None, Some(m)) if m.as_str().ends_with(|c: char| c.is_ascii_digit()) => {
            Span::new(m.start(), m.end())
        }
        _ => return Vec::new(),
    };
    // Any "Name-2022" next to the noun names it, unless it is a forum ("Army-2022 forum").
    let named = known.or_else(|| {
        words::NAME_WITH_YEAR
            .find_iter(v.text)
            .find(|m| !words::NOT_AN_EXERCISE_AFTER.is_match(&v.text[m.end()..]))
    });
    if words::NEGATED_BEFORE.is_match(&v.text[..cue.start]) {
        return Vec::new();
    }
    let name = named
        .map(|m| Span::new(m.start(), m.end()))
        .or_else(|| quoted_near(v, cue));
    // Parties of the cue's clause; of the sentence when the clause names none ("Belarus and
    // Russia form the Union State; in 2022 the two countries held the exercise …").
    let (from, to) = super::clause_around(v.text, cue);
    let parties_in = |from: usize, to: usize| {
        distinct(
            v.named_in(from, to)
                .filter(|n| n.actor.kind != EntityKind::Person && !v.is_place(n))
                .filter(|n| name.is_none_or(|s| !s.overlaps(v.local(n.actor.span))))
                .map(|n| n.actor.clone()),
        )
    };
    let mut parties = parties_in(from, to);
    if parties.is_empty() {
        parties = parties_in(0, v.text.len());
    }
    if name.is_none() && parties.is_empty() {
        return Vec::new();
    }
    let mut domains: Vec<String> = Vec::new();
    for hit in words::DOMAINS.find(&v.text[from..to]) {
        if !domains.iter().any(|d| d == hit.value) {
            domains.push(hit.value.to_string());
        }
    }
    let mut spans = vec![("cue".to_string(), v.absolute(cue))];
    if let Some(n) = name {
        spans.push(("name".into(), v.absolute(n)));
    }
    let date = v.date_near(cue, name);
    let detail = EventDetail::Exercise {
        name: name.map(|n| n.slice(v.text).to_string()),
        parties,
        domains,
    };
    vec![v.event(detail, date, spans)]
}

/// A quoted name within a few words of the noun: the exercise "Union Resolve-2022".
fn quoted_near(v: &View, cue: Span) -> Option<Span> {
    words::QUOTED
        .captures_iter(v.text)
        .filter_map(|c| c.get(1))
        .map(|m| Span::new(m.start(), m.end()))
        .find(|q| {
            let gap = if q.start >= cue.end {
                &v.text[cue.end..q.start]
            } else {
                &v.text[q.end..cue.start]
            };
            gap.split_whitespace().count() <= 3
        })
}
