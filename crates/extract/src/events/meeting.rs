//! Meetings: officials meeting, holding talks or visiting. Participants are the people of
//! the sentence (with the roles the text gives them) and the states or organisations named
//! as actors, not as places; a meeting needs two participants, or one and a place.

use armscope_core::{EntityKind, Event, EventDetail, Span};

use super::{distinct, words, View};

pub(crate) fn find(v: &View) -> Vec<Event> {
    let Some(hit) = words::MEETINGS.find(v.text).into_iter().find(|h| {
        !words::NOT_A_MEETING_AFTER.is_match(&v.text[h.end..])
            && !words::NOT_A_MEETING_BEFORE.is_match(&v.text[..h.start])
    }) else {
        return Vec::new();
    };
    let cue = Span::new(hit.start, hit.end);
    if words::NEGATED_BEFORE.is_match(&v.text[..cue.start]) {
        return Vec::new();
    }
    let people: Vec<_> = v
        .named
        .iter()
        .filter(|n| n.actor.kind == EntityKind::Person)
        .map(|n| n.actor.clone())
        .collect();
    let (from, to) = super::clause_around(v.text, cue);
    let others = v
        .named_in(from, to)
        .filter(|n| n.actor.kind != EntityKind::Person && !v.is_place(n))
        .filter(|n| n.form != Some(armscope_catalog::StateForm::Adjective))
        .map(|n| n.actor.clone());
    // Two people are the meeting; states and bodies take part only when fewer are named.
    let participants = if people.len() >= 2 {
        distinct(people)
    } else {
        distinct(people.into_iter().chain(others))
    };
    let place = place(v, cue, hit.value == "visit");
    if participants.len() < 2 && !(participants.len() == 1 && place.is_some()) {
        return Vec::new();
    }
    let mut spans = vec![("cue".to_string(), v.absolute(cue))];
    let (place_name, place_state) = match place {
        Some(p) => {
            spans.push(("place".into(), v.absolute(p)));
            let state = v
                .named
                .iter()
                .find(|n| n.actor.kind == EntityKind::Country && p.contains(v.local(n.actor.span)))
                .and_then(|n| n.actor.id.clone());
            (Some(p.slice(v.text).to_string()), state)
        }
        None => (None, None),
    };
    let date = v.date_near(cue, None);
    let detail = EventDetail::Meeting {
        participants,
        place: place_name,
        place_state,
    };
    vec![v.event(detail, date, spans)]
}

/// The place nearest the cue: "in Moscow", "at the Novo-Ogaryovo residence", "visited
/// Beijing". A month or weekday is a date, not a place; a person is not a place.
fn place(v: &View, cue: Span, visit: bool) -> Option<Span> {
    // The object of a visit is its place ("visited Beijing", "a visit by X to Beijing").
    let visited = visit
        .then(|| {
            let by = words::VISIT_TO
                .find(&v.text[cue.end..])
                .map_or(0, |m| m.end());
            super::capitalised_run(v.text, cue.end + by)
        })
        .flatten();
    let candidates = words::PLACE
        .captures_iter(v.text)
        .filter_map(|c| c.get(1))
        .map(|m| Span::new(m.start(), m.end()))
        .chain(visited)
        .filter(|p| {
            // "in the Chinese press": an adjective is no place.
            let adjective = v.named.iter().any(|n| {
                n.form == Some(armscope_catalog::StateForm::Adjective)
                    && v.local(n.actor.span) == *p
            });
            !adjective
                && !v.dates.iter().any(|d| d.span.overlaps(*p))
                && !v.named.iter().any(|n| {
                    n.actor.kind != EntityKind::Country && p.overlaps(v.local(n.actor.span))
                })
        });
    candidates.min_by_key(|p| {
        if p.start >= cue.end {
            p.start - cue.end
        } else {
            // Places after the cue read more naturally as its place; before, only if nothing follows.
            1000 + cue.start.saturating_sub(p.end)
        }
    })
}
