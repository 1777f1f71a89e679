//! Aggregate figures: "an order portfolio of more than $7 billion", "China accounts for
//! 15 % of exports", "Russia's share of global exports fell to 11 %". Each sum or share
//! with a measure near it becomes a figure about a subject; without a subject there is no
//! figure. Trade words in a sentence that names a system report a deal, not an aggregate.

use armscope_core::{Actor, EntityKind, Event, EventDetail, Money, Span};

use super::{words, Named, View};

/// A sum or a share in the sentence.
enum Amount {
    Money(Money),
    Percent(f64),
}

pub(crate) fn find(v: &View) -> Vec<Event> {
    let measures = words::MEASURES.find(v.text);
    if measures.is_empty() {
        return Vec::new();
    }
    let amounts = v
        .money
        .iter()
        .map(|m| (m.span, Amount::Money(m.money.clone())))
        .chain(
            v.numbers
                .iter()
                .filter(|n| words::PERCENT_AFTER.is_match(&v.text[n.span.end..]))
                .map(|n| {
                    let end = n.span.end
                        + words::PERCENT_AFTER
                            .find(&v.text[n.span.end..])
                            .map_or(0, |m| m.end());
                    (Span::new(n.span.start, end), Amount::Percent(n.value))
                }),
        );
    let mut out = Vec::new();
    for (span, amount) in amounts {
        // The measure this amount is a figure of: the nearest one, before it if any.
        let Some(measure) = measures
            .iter()
            .rfind(|m| m.end <= span.start)
            .or_else(|| measures.iter().find(|m| m.start >= span.end))
        else {
            continue;
        };
        let cue = Span::new(measure.start, measure.end);
        let aggregate = matches!(amount, Amount::Percent(_))
            || measure.value == "order-portfolio"
            || (words::AGGREGATE.is_match(v.text) && v.systems.is_empty());
        if !aggregate {
            continue;
        }
        let Some(subject) = subject(v, cue, span) else {
            continue;
        };
        let spans = vec![
            ("measure".to_string(), v.absolute(cue)),
            ("value".to_string(), v.absolute(span)),
            ("subject".to_string(), subject.span),
        ];
        let (value, percent) = match amount {
            Amount::Money(m) => (Some(m), None),
            Amount::Percent(p) => (None, Some(p)),
        };
        let detail = EventDetail::Figure {
            measure: measure.value.to_string(),
            subject,
            value,
            percent,
        };
        out.push(v.event(detail, v.date_near(cue, None), spans));
    }
    out
}

/// Who the figure is about, by the first of: "X accounts for <amount>", "X's share of",
/// "Russian exports", "its portfolio" (the clause's subject), "orders from X".
fn subject(v: &View, measure: Span, amount: Span) -> Option<Actor> {
    let actors: Vec<&Named> = v
        .named
        .iter()
        .filter(|n| n.actor.kind != EntityKind::Person)
        .collect();
    let local = |n: &&Named| v.local(n.actor.span);
    let before_amount = &v.text[..amount.start];
    if let Some(m) = words::ACCOUNTS_FOR.find_iter(before_amount).last() {
        if v.text[m.end()..amount.start].split_whitespace().count() <= 1 {
            let clause = super::clause_start(v.text, m.start());
            let named = actors
                .iter()
                .rfind(|n| local(n).start >= clause && local(n).end <= m.start());
            return named
                .map(|n| n.actor.clone())
                .or_else(|| uncatalogued(v, &v.text[..m.start()]));
        }
    }
    // "…, and Turkey's about 1.7 percent": a possessive between the measure and the amount.
    let between = actors
        .iter()
        .filter(|n| local(n).start >= measure.end && local(n).end <= amount.start)
        .rfind(|n| words::POSSESSIVE_S.is_match(&v.text[local(n).end..]));
    if let Some(n) = between {
        return Some(n.actor.clone());
    }
    let owner = actors.iter().rfind(|n| local(n).end <= measure.start);
    if let Some(n) =
        owner.filter(|n| words::POSSESSIVE_GAP.is_match(&v.text[local(n).end..measure.start]))
    {
        return Some(n.actor.clone());
    }
    if words::ITS_BEFORE.is_match(&v.text[..measure.start]) {
        let clause = super::clause_start(v.text, measure.start);
        return actors
            .iter()
            .find(|n| local(n).start >= clause && local(n).end <= measure.start)
            .map(|n| n.actor.clone());
    }
    actors
        .iter()
        .filter(|n| {
            local(n).start >= measure.end && local(n).start < amount.start.max(measure.end + 60)
        })
        .find(|n| words::WITH_OR_FROM.is_match(&v.text[..local(n).start]))
        .map(|n| n.actor.clone())
}

/// A subject the catalog does not know, by the capitalised words before "accounts for"
/// ("Southeast Asia").
fn uncatalogued(v: &View, before: &str) -> Option<Actor> {
    let m = words::SUBJECT_BEFORE.captures(before)?.get(1)?;
    Some(Actor {
        kind: EntityKind::Country,
        id: None,
        name: m.as_str().to_string(),
        role: None,
        span: v.absolute(Span::new(m.start(), m.end())),
    })
}
