//! One document often names the same deal several times ("the supply of Su-35 fighters",
//! later "China's purchase of the Su-35"). Reports of one system between the same parties
//! that do not contradict each other become one transfer, keeping the first evidence and
//! filling what it lacks from the others. Talks merge into a later stage of the same deal
//! unless the sentence speaks of a further deal ("additional batches").

use armscope_core::{Status, Transfer};

/// A transfer with whether its sentence announces a further deal.
pub struct Candidate {
    pub transfer: Transfer,
    pub new_deal: bool,
    /// Index of the sentence it came from.
    pub sentence: usize,
}

/// Merges compatible reports of the same deal within one document, keeping text order.
/// `published` is the document's date: deliveries that end after it are still under way.
pub fn merge(candidates: Vec<Candidate>, published: Option<i32>) -> Vec<Transfer> {
    let mut kept: Vec<Candidate> = Vec::new();
    // Reports can only merge within one bucket (parties, kind, family): look there, not at
    // every kept report, so a long document stays linear.
    let mut buckets: std::collections::HashMap<Bucket, Vec<usize>> = Default::default();
    for c in candidates {
        let slot = buckets.entry(bucket(&c.transfer)).or_default();
        // A report that is not itself of a further deal goes on about the latest deal it fits:
        // "A third contract, for 48 jets, followed" and then "deliveries began".
        let found = slot.iter().rev().copied().find(|&i| {
            let k = &kept[i];
            same_deal(&k.transfer, &c.transfer, c.new_deal)
        });
        match found {
            Some(i) => absorb(&mut kept[i].transfer, c.transfer),
            None => {
                slot.push(kept.len());
                kept.push(c);
            }
        }
    }
    kept.into_iter()
        .map(|c| {
            let mut t = c.transfer;
            let ends_later = t
                .delivery_years
                .and_then(|y| y.last)
                .zip(published)
                .is_some_and(|(last, now)| last > now);
            if t.status == Some(Status::Delivered) && ends_later {
                t.status = Some(Status::Delivering);
            }
            t
        })
        .collect()
}

type Bucket = (
    Option<String>,
    Option<String>,
    armscope_core::TransferKind,
    String,
);

/// Everything [`same_item`] requires to be equal: parties, kind, and the family (else the
/// item's own name).
fn bucket(t: &Transfer) -> Bucket {
    let item = t
        .family
        .clone()
        .or_else(|| t.system_id.clone())
        .unwrap_or_else(|| t.system.to_lowercase());
    (t.supplier.clone(), t.recipient.clone(), t.kind, item)
}

fn key(
    t: &Transfer,
) -> (
    Option<&str>,
    Option<&str>,
    String,
    armscope_core::TransferKind,
) {
    let item = t
        .system_id
        .clone()
        .unwrap_or_else(|| t.system.to_lowercase());
    (t.supplier.as_deref(), t.recipient.as_deref(), item, t.kind)
}

/// "24 F-15EX fighters" and, later, "36 F-15 aircraft": a mention of the family root names the
/// variant the document is about.
fn same_item(a: &Transfer, b: &Transfer) -> bool {
    if key(a) == key(b) {
        return true;
    }
    let root = |t: &Transfer| t.system_id.is_some() && t.system_id == t.family;
    (&a.supplier, &a.recipient, a.kind) == (&b.supplier, &b.recipient, b.kind)
        && a.family.is_some()
        && a.family == b.family
        && (root(a) || root(b))
        // A later stage of the family may be another deal (the air force's Rafales delivered,
        // the navy's Rafale M still in talks): only reports at one stage are taken as one.
        && (a.status.is_none() || b.status.is_none() || a.status == b.status)
}

fn same_deal(a: &Transfer, b: &Transfer, new_deal: bool) -> bool {
    if !same_item(a, b) {
        return false;
    }
    let agree = |x: Option<i64>, y: Option<i64>| x.is_none() || y.is_none() || x == y;
    let quantity = |t: &Transfer| t.quantity.as_ref().map(|q| q.value as i64);
    if !agree(quantity(a), quantity(b))
        || !agree(a.order_year.map(i64::from), b.order_year.map(i64::from))
    {
        return false;
    }
    if let (Some(x), Some(y)) = (a.delivery_years, b.delivery_years) {
        // "first deliveries in 2019" and "the last arrived in 2022" describe one period.
        if !agree(x.first.map(i64::from), y.first.map(i64::from))
            || !agree(x.last.map(i64::from), y.last.map(i64::from))
        {
            return false;
        }
    }
    match (a.status, b.status) {
        (None, _) | (_, None) => true,
        (Some(x), Some(y)) if x == y => true,
        (Some(Status::Talks), Some(_)) | (Some(_), Some(Status::Talks)) => !new_deal,
        // Ordered, delivering, delivered and cancelled are stages of one deal.
        (Some(_), Some(_)) => !new_deal,
    }
}

fn absorb(into: &mut Transfer, other: Transfer) {
    let rank = |s: Option<Status>| s.map_or(0, |s| s as u8 + 1);
    // "Deliveries began" and "were delivered" of one deal, with no end given: still delivering.
    let pair = (into.status, other.status);
    let open_ended = into.delivery_years.and_then(|y| y.last).is_none()
        && other.delivery_years.and_then(|y| y.last).is_none();
    if matches!(
        pair,
        (Some(Status::Delivering), Some(Status::Delivered))
            | (Some(Status::Delivered), Some(Status::Delivering))
    ) && open_ended
    {
        into.status = Some(Status::Delivering);
    } else if rank(other.status) > rank(into.status) {
        into.status = other.status;
    }
    if into.quantity.is_none() {
        into.quantity = other.quantity;
    }
    if into.value.is_none() {
        into.value = other.value;
    }
    if into.order_year.is_none() {
        into.order_year = other.order_year;
    }
    into.delivery_years = match (into.delivery_years, other.delivery_years) {
        (Some(a), Some(b)) => Some(armscope_core::YearRange {
            first: a.first.or(b.first),
            last: a.last.or(b.last),
        }),
        (a, b) => a.or(b),
    };
    into.hedged &= other.hedged;
    for (field, span) in other.field_spans {
        if !into.field_spans.iter().any(|(f, _)| *f == field) {
            into.field_spans.push((field, span));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use armscope_core::{Evidence, Quantity, TransferKind};

    fn t(system: &str, status: Option<Status>, quantity: Option<u64>) -> Transfer {
        Transfer {
            supplier: Some("RU".into()),
            recipient: Some("CN".into()),
            system: system.into(),
            system_id: Some(system.to_lowercase()),
            family: None,
            category: None,
            kind: TransferKind::Sale,
            status,
            quantity: quantity.map(|value| Quantity {
                value,
                unit: None,
                qualifier: Default::default(),
            }),
            value: None,
            order_year: None,
            delivery_years: None,
            hedged: false,
            evidence: Evidence {
                text: String::new(),
                start: 0,
                end: 0,
            },
            field_spans: Vec::new(),
        }
    }

    fn merge_all(candidates: Vec<Candidate>) -> Vec<Transfer> {
        merge(candidates, None)
    }

    fn c(transfer: Transfer, new_deal: bool) -> Candidate {
        Candidate {
            transfer,
            new_deal,
            sentence: 0,
        }
    }

    #[test]
    fn later_mention_without_details_merges() {
        let merged = merge_all(vec![
            c(t("S-400", Some(Status::Delivered), None), false),
            c(t("S-400", None, None), false),
        ]);
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].status, Some(Status::Delivered));
    }

    #[test]
    fn different_quantities_stay_apart() {
        let merged = merge_all(vec![
            c(t("Mi-171", Some(Status::Ordered), Some(68)), false),
            c(t("Mi-171", Some(Status::Ordered), Some(14)), false),
        ]);
        assert_eq!(merged.len(), 2);
    }

    #[test]
    fn talks_of_additional_batches_stay_apart() {
        let merged = merge_all(vec![
            c(t("Su-35", Some(Status::Delivered), Some(24)), false),
            c(t("Su-35", Some(Status::Talks), None), true),
        ]);
        assert_eq!(merged.len(), 2);
        let merged = merge_all(vec![
            c(t("Su-35", Some(Status::Ordered), Some(24)), false),
            c(t("Su-35", Some(Status::Talks), None), false),
        ]);
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].status, Some(Status::Ordered));
    }

    #[test]
    fn a_later_report_goes_on_about_the_latest_deal() {
        // A first deal, a further deal, then news of deliveries: the further deal's.
        let merged = merge_all(vec![
            c(t("Su-35", Some(Status::Delivered), Some(24)), false),
            c(t("Su-35", Some(Status::Ordered), Some(12)), true),
            c(t("Su-35", Some(Status::Delivering), None), false),
        ]);
        assert_eq!(merged.len(), 2);
        assert_eq!(merged[1].status, Some(Status::Delivering));
        assert_eq!(merged[1].quantity.as_ref().map(|q| q.value), Some(12));
    }

    #[test]
    fn a_cancellation_ends_the_deal_it_follows() {
        let merged = merge_all(vec![
            c(t("Su-35", Some(Status::Ordered), Some(11)), false),
            c(t("Su-35", Some(Status::Cancelled), None), false),
        ]);
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].status, Some(Status::Cancelled));
    }

    #[test]
    fn deliveries_ending_after_publication_are_under_way() {
        let mut t1 = t("K2", Some(Status::Delivered), None);
        t1.delivery_years = Some(armscope_core::YearRange {
            first: Some(2022),
            last: Some(2025),
        });
        let merged = merge(vec![c(t1, false)], Some(2023));
        assert_eq!(merged[0].status, Some(Status::Delivering));
    }

    #[test]
    fn delivery_ends_combine() {
        let mut first = t("Rafale", Some(Status::Delivering), None);
        first.delivery_years = Some(armscope_core::YearRange {
            first: Some(2019),
            last: None,
        });
        let mut last = t("Rafale", Some(Status::Delivered), None);
        last.delivery_years = Some(armscope_core::YearRange {
            first: None,
            last: Some(2022),
        });
        let merged = merge_all(vec![c(first, false), c(last, false)]);
        assert_eq!(merged.len(), 1);
        assert_eq!(
            merged[0].delivery_years,
            Some(armscope_core::YearRange {
                first: Some(2019),
                last: Some(2022)
            })
        );
    }
}
