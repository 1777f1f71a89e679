//! Sort orders of the register, computed once per key and direction so a list request never
//! sorts: it walks the precomputed order and keeps the deals its filter accepts.

use std::cmp::Ordering;

use armscope_fuse::Deal;

use crate::register::Row;

/// What the deal list can be sorted by (`sort=year`, `sort=-value`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SortKey {
    Id,
    Supplier,
    Recipient,
    System,
    Category,
    Status,
    Year,
    Quantity,
    Value,
    Sources,
}

impl SortKey {
    pub const ALL: [SortKey; 10] = [
        SortKey::Id,
        SortKey::Supplier,
        SortKey::Recipient,
        SortKey::System,
        SortKey::Category,
        SortKey::Status,
        SortKey::Year,
        SortKey::Quantity,
        SortKey::Value,
        SortKey::Sources,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SortKey::Id => "id",
            SortKey::Supplier => "supplier",
            SortKey::Recipient => "recipient",
            SortKey::System => "system",
            SortKey::Category => "category",
            SortKey::Status => "status",
            SortKey::Year => "year",
            SortKey::Quantity => "quantity",
            SortKey::Value => "value",
            SortKey::Sources => "sources",
        }
    }

    pub fn parse(name: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// A sortable value; `None` sorts last in both directions.
#[derive(PartialEq, PartialOrd)]
enum Key<'a> {
    Text(&'a str),
    Number(f64),
}

fn key<'a>(k: SortKey, deal: &'a Deal, row: &'a Row) -> Option<Key<'a>> {
    match k {
        SortKey::Id => Some(Key::Text(&deal.id)),
        SortKey::Supplier => deal.supplier.as_deref().map(Key::Text),
        SortKey::Recipient => deal.recipient.as_deref().map(Key::Text),
        SortKey::System => Some(Key::Text(&row.system_lc)),
        SortKey::Category => row.category_lc.as_deref().map(Key::Text),
        SortKey::Status => row.status.map(|s| Key::Number(s as u8 as f64)),
        SortKey::Year => row.year.map(|y| Key::Number(y.into())),
        SortKey::Quantity => deal
            .quantity
            .chosen
            .as_ref()
            .map(|q| Key::Number(q.value as f64)),
        SortKey::Value => row.usd.map(Key::Number),
        SortKey::Sources => Some(Key::Number(deal.sources.len() as f64)),
    }
}

fn compare(a: &Option<Key<'_>>, b: &Option<Key<'_>>, descending: bool) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(a), Some(b)) => {
            let o = a.partial_cmp(b).unwrap_or(Ordering::Equal);
            if descending {
                o.reverse()
            } else {
                o
            }
        }
    }
}

/// For every key, the deal indexes ascending and descending (ties by deal id, ascending).
#[derive(Debug)]
pub(crate) struct SortOrders {
    orders: Vec<[Vec<u32>; 2]>,
}

impl SortOrders {
    pub fn build(deals: &[Deal], rows: &[Row]) -> SortOrders {
        let by_id = {
            let mut ids: Vec<u32> = (0..deals.len() as u32).collect();
            ids.sort_by(|&a, &b| deals[a as usize].id.cmp(&deals[b as usize].id));
            ids
        };
        let orders = SortKey::ALL
            .iter()
            .map(|&k| {
                [false, true].map(|descending| {
                    let mut ids = by_id.clone();
                    // Stable sort over the id order: ties stay by id.
                    ids.sort_by(|&a, &b| {
                        let (a, b) = (a as usize, b as usize);
                        compare(
                            &key(k, &deals[a], &rows[a]),
                            &key(k, &deals[b], &rows[b]),
                            descending,
                        )
                    });
                    ids
                })
            })
            .collect();
        SortOrders { orders }
    }

    pub fn get(&self, key: SortKey, descending: bool) -> &[u32] {
        let i = SortKey::ALL.iter().position(|&k| k == key).unwrap_or(0);
        &self.orders[i][usize::from(descending)]
    }
}
