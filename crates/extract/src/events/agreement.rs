//! Agreements: a memorandum, treaty or intergovernmental agreement that the text says was
//! signed, or names, or dates. A paper "for the supply of 24 jets" is a contract for arms,
//! which the transfer rules report, not an agreement of its own.

use armscope_core::{EntityKind, Event, EventDetail, Span};

use super::{distinct, words, View};

pub(crate) fn find(v: &View) -> Vec<Event> {
    let signed = words::SIGNING.is_match(v.text);
    let mut out = Vec::new();
    for hit in words::AGREEMENTS.find(v.text) {
        let cue = Span::new(hit.start, hit.end);
        if is_for_arms(v, cue) || words::NEGATED_BEFORE.is_match(&v.text[..cue.start]) {
            continue;
        }
        let name = name_around(v, cue);
        let date = v.date_near(cue, None).filter(|d| {
            // "of November 24, 1992", "a 2008 agreement": a date attached to the paper.
            let gap = if d.span.start >= cue.end {
                &v.text[name.map_or(cue.end, |n| n.end)..d.span.start]
            } else {
                &v.text[d.span.end..cue.start]
            };
            signed || gap.trim().is_empty() || gap.trim() == "of" || gap.trim() == ","
        });
        if !signed && name.is_none() && date.is_none() {
            continue;
        }
        let parties = distinct(
            v.named
                .iter()
                .filter(|n| n.actor.kind != EntityKind::Person && !v.is_place(n))
                .map(|n| n.actor.clone()),
        );
        if parties.is_empty() && name.is_none() {
            continue;
        }
        let mut spans = vec![("form".to_string(), v.absolute(cue))];
        if let Some(n) = name {
            spans.push(("name".into(), v.absolute(n)));
        }
        let detail = EventDetail::Agreement {
            form: hit.value.to_string(),
            name: name.map(|n| n.slice(v.text).to_string()),
            parties,
        };
        out.push(v.event(detail, date, spans));
    }
    out
}

/// Whether the paper is a contract for arms, which the transfer rules report: it is "for
/// the supply of" something, priced ("a $4.75 billion agreement"), or its sentence names a
/// system or counts items after it ("covers five squadrons").
fn is_for_arms(v: &View, cue: Span) -> bool {
    let priced = v.money.iter().any(|m| {
        m.span.end <= cue.start && words::PRICED_GAP.is_match(&v.text[m.span.end..cue.start])
    });
    let counts_after = v.numbers.iter().any(|n| {
        n.span.start >= cue.end
            && !n.is_year_like
            && !v.dates.iter().any(|d| d.span.overlaps(n.span))
            && !words::PERCENT_AFTER.is_match(&v.text[n.span.end..])
    });
    words::FOR_ARMS_AFTER.is_match(&v.text[cue.end..])
        || priced
        || counts_after
        || !v.systems.is_empty()
}

/// The agreement's own name when the text capitalises it: the capitalised words before the
/// noun and the "of/on/between …" words after it ("Intergovernmental Agreement on Military
/// and Technical Cooperation"), stopping at a date.
fn name_around(v: &View, cue: Span) -> Option<Span> {
    let noun = cue.slice(v.text);
    if !noun.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let mut start = cue.start;
    for (i, word) in words_before(v.text, cue.start) {
        if !word.starts_with(|c: char| c.is_uppercase()) || STOP.contains(&word) {
            break;
        }
        start = i;
    }
    let mut end = cue.end;
    let rest = &v.text[cue.end..];
    if let Some(m) = words::CAPITALISED_TAIL.find(rest) {
        let tail_end = cue.end + m.end();
        // Not into a date ("… Cooperation of December 18, 1992").
        let cut = v
            .dates
            .iter()
            .filter(|d| d.span.start >= cue.end && d.span.start < tail_end)
            .map(|d| d.span.start)
            .min()
            .unwrap_or(tail_end);
        end = cut;
        let trimmed = v.text[cue.end..end].trim_end_matches(|c: char| !c.is_alphanumeric());
        let trimmed = trimmed
            .strip_suffix(" of")
            .or_else(|| trimmed.strip_suffix(" on"))
            .unwrap_or(trimmed);
        end = cue.end + trimmed.len();
    }
    // A lone capitalised "Agreement" at the start of a sentence is not a name.
    (start < cue.start || end > cue.end).then(|| Span::new(start, end))
}

/// Sentence-initial and function words that never open a name.
const STOP: &[&str] = &[
    "The", "A", "An", "In", "On", "Under", "This", "That", "Its", "Their",
];

/// The words before `at`, nearest first, with their start offsets.
fn words_before(text: &str, at: usize) -> impl Iterator<Item = (usize, &str)> {
    let before = &text[..at];
    let mut end = before.trim_end().len();
    std::iter::from_fn(move || {
        let head = &before[..end];
        let start = head.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        if start >= end {
            return None;
        }
        let word = &head[start..];
        end = head[..start].trim_end().len();
        Some((start, word))
    })
}
