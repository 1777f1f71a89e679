//! Sanctions imposed, threatened or lifted: who imposes them (the subject, or "by X" in the
//! passive, or "US sanctions"), on whom ("on X", "against X", "added X to the Entity List"),
//! and under which law. Sanctions merely mentioned ("Western sanctions") are not an event.

use armscope_core::{Actor, EntityKind, Event, EventDetail, Span};

use super::{capitalised_run, clause_start, distinct, words, View};

pub(crate) fn find(v: &View, next: Option<&View>) -> Vec<Event> {
    let Some(hit) = words::SANCTIONS.find(v.text).into_iter().next() else {
        return Vec::new();
    };
    let cue = Span::new(hit.start, hit.end);
    if words::NEGATED_BEFORE.is_match(&v.text[..cue.start]) {
        return Vec::new();
    }
    let passive = words::PASSIVE.is_match(cue.slice(v.text))
        || words::PASSIVE.is_match(&v.text[cue.start.saturating_sub(12)..cue.end]);
    let actors_in = |from: usize, to: usize| -> Vec<Actor> {
        v.named_in(from, to)
            .filter(|n| n.actor.kind != EntityKind::Person || hit.value == "imposed")
            .filter(|n| !v.is_place(n))
            .map(|n| n.actor.clone())
            .collect()
    };
    let clause_start = clause_start(v.text, cue.start);
    let targets_end = cue.end
        + words::TARGETS_END
            .find(&v.text[cue.end..])
            .map_or(v.text.len() - cue.end, |m| m.start());
    let (imposer, targets) = if passive {
        // "Five firms were blacklisted by the Commerce Department."
        let by = words::BY_AFTER
            .find(&v.text[cue.end..])
            .map(|m| cue.end + m.end());
        let imposer = by.and_then(|b| actors_in(b, targets_end).into_iter().next());
        (imposer, actors_in(clause_start, cue.start))
    } else {
        // "US sanctions" names the imposer inside the cue; else the nearest actor before it.
        let inside = actors_in(cue.start, cue.end);
        let before = actors_in(clause_start, cue.start).into_iter().last();
        let listing = hit.value == "imposed" && words::LISTING.is_match(cue.slice(v.text));
        let (imposer, listed_inside) = if !listing {
            (inside.first().cloned().or(before), Vec::new())
        } else {
            // "added three firms to the Entity List": the words inside name the targets.
            (before, inside)
        };
        // "on X", "against X", or the object of "blacklisted X".
        let mut targets = listed_inside;
        if let Some(m) = words::ON_OR_AGAINST.find(&v.text[cue.end..]) {
            let from = cue.end + m.end();
            targets.extend(capitalised_run(v.text, from).and_then(|run| uncatalogued(v, run)));
            targets.extend(actors_in(from, targets_end));
        } else {
            // A direct object follows at once: "blacklisted Rostec".
            targets.extend(actors_in(cue.end, targets_end).into_iter().filter(|a| {
                let gap = &v.text[cue.end..v.local(a.span).start];
                !gap.contains(',') && gap.split_whitespace().count() <= 2
            }));
        }
        (imposer, targets)
    };
    let targets = distinct(
        targets
            .into_iter()
            .filter(|t| imposer.as_ref().is_none_or(|i| i.span != t.span)),
    );
    // The basis may come in the next sentence ("Restrictive measures were introduced within
    // the framework of CAATSA."); the evidence then spans both.
    let basis_in = |view: &View| {
        words::SANCTION_BASIS.find(view.text).map(|m| {
            (
                m.as_str().to_string(),
                view.absolute(Span::new(m.start(), m.end())),
            )
        })
    };
    let continued = next.filter(|_| basis_in(v).is_none());
    let basis = basis_in(v).or_else(|| continued.and_then(basis_in));
    if imposer.is_none() && targets.is_empty() {
        return Vec::new();
    }
    let mut spans = vec![("action".to_string(), v.absolute(cue))];
    if let Some((_, span)) = &basis {
        spans.push(("basis".into(), *span));
    }
    let date = v.date_near(cue, None);
    let detail = EventDetail::Sanction {
        action: hit.value.to_string(),
        imposer,
        targets,
        basis: basis.as_ref().map(|(text, _)| text.clone()),
    };
    let mut event = v.event(detail, date, spans);
    if let (Some(n), Some((_, span))) = (continued, &basis) {
        if span.start >= n.offset {
            event.evidence = v.evidence_through(n);
        }
    }
    vec![event]
}

/// A target the catalog does not know, by its words up to the first name it does know
/// ("the Technology Development Department" of "… of the Central Military Commission").
fn uncatalogued(v: &View, run: Span) -> Option<Actor> {
    let end = v
        .named
        .iter()
        .map(|n| v.local(n.actor.span).start)
        .filter(|s| (run.start..run.end).contains(s))
        .min()
        .unwrap_or(run.end);
    let phrase = v.text[run.start..end].trim_end();
    let phrase = [" of the", " of", " the"]
        .iter()
        .find_map(|w| phrase.strip_suffix(w))
        .unwrap_or(phrase)
        .trim();
    let name = phrase.strip_prefix("the ").unwrap_or(phrase);
    let start = run.start + v.text[run.start..].find(name)?;
    (!name.is_empty()).then(|| Actor {
        kind: EntityKind::Organization,
        id: None,
        name: name.to_string(),
        role: None,
        span: v.absolute(Span::new(start, start + name.len())),
    })
}
