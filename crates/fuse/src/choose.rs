//! Field choice: which reported value a deal shows, and whether the values conflict.

use std::cmp::{Ordering, Reverse};
use std::collections::BTreeSet;

use armscope_core::{Money, Qualifier, Quantity, Status, Transfer, YearRange};
use jiff::civil::Date;

use crate::compat::{money_agrees, quantities_agree, years_agree};
use crate::copies::DealCopies;
use crate::model::{Field, Report, Reported};

/// What field choice needs to know about a kind of value.
pub(crate) trait Value: Clone + PartialEq {
    /// Higher is more specific: an exact figure beats "about", which beats a bound.
    fn specificity(&self) -> u8;
    /// A total order used only to break the last tie, so that choice never depends on input order.
    fn canonical(&self, other: &Self) -> Ordering;
    /// Whether two values can both be true of one deal (see `compat`).
    fn agrees(&self, other: &Self) -> bool;
}

fn qualifier_rank(q: Qualifier) -> u8 {
    match q {
        Qualifier::Exact => 3,
        Qualifier::Approx => 2,
        Qualifier::AtLeast | Qualifier::UpTo => 1,
    }
}

impl Value for Money {
    fn specificity(&self) -> u8 {
        qualifier_rank(self.qualifier)
    }
    fn canonical(&self, other: &Self) -> Ordering {
        (self.currency.as_str(), qualifier_rank(self.qualifier))
            .cmp(&(other.currency.as_str(), qualifier_rank(other.qualifier)))
            .then(self.amount.total_cmp(&other.amount))
    }
    fn agrees(&self, other: &Self) -> bool {
        money_agrees(self, other)
    }
}

impl Value for Quantity {
    fn specificity(&self) -> u8 {
        qualifier_rank(self.qualifier)
    }
    fn canonical(&self, other: &Self) -> Ordering {
        (self.value, &self.unit, qualifier_rank(self.qualifier)).cmp(&(
            other.value,
            &other.unit,
            qualifier_rank(other.qualifier),
        ))
    }
    fn agrees(&self, other: &Self) -> bool {
        quantities_agree(self, other)
    }
}

impl Value for YearRange {
    fn specificity(&self) -> u8 {
        u8::from(self.first.is_some()) + u8::from(self.last.is_some())
    }
    fn canonical(&self, other: &Self) -> Ordering {
        (self.first, self.last).cmp(&(other.first, other.last))
    }
    fn agrees(&self, other: &Self) -> bool {
        years_agree(self, other)
    }
}

impl Value for i32 {
    fn specificity(&self) -> u8 {
        0
    }
    fn canonical(&self, other: &Self) -> Ordering {
        self.cmp(other)
    }
    fn agrees(&self, other: &Self) -> bool {
        self == other
    }
}

impl Value for Status {
    fn specificity(&self) -> u8 {
        *self as u8
    }
    fn canonical(&self, other: &Self) -> Ordering {
        self.cmp(other)
    }
    // Stages are cumulative; the one real disagreement (a cancellation) is judged in `status`.
    fn agrees(&self, _other: &Self) -> bool {
        true
    }
}

/// A distinct value with what ranking needs: its independent witnesses (documents, a group of
/// copies counting once) and latest publication.
struct Tally<T> {
    reported: Reported<T>,
    docs: BTreeSet<usize>,
    latest: Option<Date>,
}

/// Distinct values of one field across `members` (canonical order), ranked best first:
/// most distinct documents (copies of one text counting once), then most specific, then latest
/// publication, then canonical order.
fn ranked<T: Value>(
    members: &[&Report],
    copies: &DealCopies,
    name: &str,
    get: impl Fn(&Transfer) -> Option<T>,
) -> Vec<Tally<T>> {
    let mut tallies: Vec<Tally<T>> = Vec::new();
    for report in members {
        let Some(value) = get(&report.transfer) else {
            continue;
        };
        let i = match tallies.iter().position(|t| t.reported.value == value) {
            Some(i) => i,
            None => {
                let reported = Reported {
                    value,
                    sources: Vec::new(),
                };
                tallies.push(Tally {
                    reported,
                    docs: BTreeSet::new(),
                    latest: None,
                });
                tallies.len() - 1
            }
        };
        let tally = &mut tallies[i];
        tally.reported.sources.push(report.source_ref(name));
        tally.docs.insert(copies.witness(&report.doc_id));
        tally.latest = tally.latest.max(report.published);
    }
    tallies.sort_by(|a, b| {
        let key = |t: &Tally<T>| {
            (
                Reverse(t.docs.len()),
                Reverse(t.reported.value.specificity()),
                Reverse(t.latest),
            )
        };
        key(a)
            .cmp(&key(b))
            .then_with(|| a.reported.value.canonical(&b.reported.value))
    });
    tallies
}

/// True when some pair of distinct values cannot both hold.
fn conflicting<T: Value>(values: &[Reported<T>]) -> bool {
    values
        .iter()
        .enumerate()
        .any(|(i, a)| values[i + 1..].iter().any(|b| !a.value.agrees(&b.value)))
}

/// A field chosen by support (see [`ranked`]); `name` selects the field's span in the evidence.
pub(crate) fn field<T: Value>(
    members: &[&Report],
    copies: &DealCopies,
    name: &str,
    get: impl Fn(&Transfer) -> Option<T>,
) -> Field<T> {
    let values: Vec<Reported<T>> = ranked(members, copies, name, get)
        .into_iter()
        .map(|t| t.reported)
        .collect();
    let conflict = conflicting(&values);
    Field {
        chosen: values.first().map(|r| r.value.clone()),
        values,
        conflict,
    }
}

/// The status field. Stages are cumulative, so the most advanced stage reported wins, whatever
/// its support; a cancellation wins only when no report with a status is more recent than it
/// (undated counts as oldest). A conflict is flagged when a reported cancellation is overridden
/// by later reports, or when a cancellation wins over a reported completed delivery.
pub(crate) fn status(members: &[&Report], copies: &DealCopies) -> Field<Status> {
    let tallies = ranked(members, copies, "status", |t| t.status);
    let latest_any = tallies.iter().map(|t| t.latest).max().flatten();
    let cancelled = tallies
        .iter()
        .find(|t| t.reported.value == Status::Cancelled);
    let cancelled_wins = cancelled.is_some_and(|t| t.latest >= latest_any);
    let advanced = tallies
        .iter()
        .map(|t| t.reported.value)
        .filter(|s| *s != Status::Cancelled)
        .max();
    let chosen = if cancelled_wins {
        Some(Status::Cancelled)
    } else {
        advanced
    };

    let delivered = tallies
        .iter()
        .any(|t| t.reported.value == Status::Delivered);
    let conflict = (cancelled.is_some() && !cancelled_wins) || (cancelled_wins && delivered);

    let mut values: Vec<Reported<Status>> = tallies.into_iter().map(|t| t.reported).collect();
    if let Some(i) = values.iter().position(|r| Some(r.value) == chosen) {
        let first = values.remove(i);
        values.insert(0, first);
    }
    Field {
        chosen,
        values,
        conflict,
    }
}
