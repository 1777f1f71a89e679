//! `GET /api/v1/stats`: counts and dollar values by year, supplier, recipient and category,
//! over the deals the same filters as the deal list keep — what the page's charts draw.

use std::collections::{BTreeMap, HashMap};

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use armscope_fuse::Deal;

use crate::errors::ApiError;
use crate::keys::{has, Key};
use crate::query::{Filter, Params};
use crate::register::{Register, Row};
use crate::AppState;

/// Flows (supplier → recipient pairs) beyond this many, by deal count, are left out.
const MAX_FLOWS: usize = 100;
/// Recipients with a per-year series (the small multiples), by deal count.
const MAX_RECIPIENT_SERIES: usize = 12;
/// A delivery period longer than this counts only its first years (guards absurd ranges).
const MAX_DELIVERY_SPAN: i32 = 40;
/// Deals with no known category are counted under this name.
const NO_CATEGORY: &str = "other";
/// An unknown supplier or recipient, as deal ids spell it.
const NO_PARTY: &str = "XX";

#[derive(Debug, Default, Serialize)]
pub(crate) struct Stats {
    deals: usize,
    by_year: Vec<YearCount>,
    by_supplier: Vec<Count>,
    by_recipient: Vec<Count>,
    by_category: Vec<Count>,
    flows: Vec<Flow>,
    recipient_years: Vec<RecipientYears>,
}

#[derive(Debug, Default, Clone, Serialize)]
struct Totals {
    deals: usize,
    value_usd: f64,
}

#[derive(Debug, Serialize)]
struct Count {
    key: String,
    #[serde(flatten)]
    totals: Totals,
}

#[derive(Debug, Default, Clone, Serialize)]
struct YearCount {
    year: i32,
    category: String,
    /// Deals ordered that year.
    orders: usize,
    /// Deals with a delivery that year.
    deliveries: usize,
    /// Dollar value of the deals ordered that year.
    value_usd: f64,
}

#[derive(Debug, Serialize)]
struct Flow {
    supplier: String,
    recipient: String,
    #[serde(flatten)]
    totals: Totals,
}

#[derive(Debug, Serialize)]
struct RecipientYears {
    recipient: String,
    years: Vec<YearCount>,
}

pub(crate) async fn get(
    State(state): State<AppState>,
    Params(pairs): Params,
) -> Result<Response, ApiError> {
    let filter = Filter::parse(&pairs, &[])?;
    let register = state.register();
    if pairs.is_empty() {
        // The unfiltered statistics (every page load asks for them) are computed once per register.
        let all = register
            .all_stats
            .get_or_init(|| compute(&register, &filter));
        return Ok(Json(all).into_response());
    }
    Ok(Json(compute(&register, &filter)).into_response())
}

/// Years a deal was delivered in: its delivery period, or the one known end.
fn delivery_years(deal: &Deal) -> impl Iterator<Item = i32> {
    let range = deal
        .delivery_years
        .chosen
        .and_then(|y| match (y.first, y.last) {
            (Some(a), Some(b)) if a <= b => Some((a, b.min(a + MAX_DELIVERY_SPAN - 1))),
            (Some(a), _) => Some((a, a)),
            (None, Some(b)) => Some((b, b)),
            (None, None) => None,
        });
    range.into_iter().flat_map(|(a, b)| a..=b)
}

/// Counts keyed by interned numbers (see `keys.rs`): no string is built per deal; names are
/// looked up once per distinct key at the end.
#[derive(Default)]
struct Tally {
    by_year: HashMap<(i32, u32), YearCount>,
    by_supplier: HashMap<u32, Totals>,
    by_recipient: HashMap<u32, Totals>,
    by_category: HashMap<u32, Totals>,
    flows: HashMap<(u32, u32), Totals>,
    recipient_years: HashMap<u32, BTreeMap<i32, YearCount>>,
}

impl Tally {
    fn add(&mut self, deal: &Deal, row: &Row, key: &Key) {
        let usd = row.usd.unwrap_or(0.0);
        for totals in [
            self.by_supplier.entry(key.supplier).or_default(),
            self.by_recipient.entry(key.recipient).or_default(),
            self.by_category.entry(key.category).or_default(),
            self.flows.entry((key.supplier, key.recipient)).or_default(),
        ] {
            totals.deals += 1;
            totals.value_usd += usd;
        }
        let per_recipient = self.recipient_years.entry(key.recipient).or_default();
        let mut count = |year: i32, f: &dyn Fn(&mut YearCount)| {
            f(self
                .by_year
                .entry((year, key.category))
                .or_insert_with(|| YearCount {
                    year,
                    ..YearCount::default()
                }));
            f(per_recipient.entry(year).or_insert_with(|| YearCount {
                year,
                ..YearCount::default()
            }));
        };
        if let Some(year) = deal.order_year.chosen {
            count(year, &|c| {
                c.orders += 1;
                c.value_usd += usd;
            });
        }
        for year in delivery_years(deal) {
            count(year, &|c| c.deliveries += 1);
        }
    }
}

/// Largest first; ties by key so the answer is stable.
fn ranked(map: HashMap<u32, Totals>, name: impl Fn(u32) -> String) -> Vec<Count> {
    let mut list: Vec<Count> = map
        .into_iter()
        .map(|(key, totals)| Count {
            key: name(key),
            totals,
        })
        .collect();
    list.sort_by(|a, b| {
        b.totals
            .deals
            .cmp(&a.totals.deals)
            .then_with(|| a.key.cmp(&b.key))
    });
    list
}

pub(crate) fn compute(register: &Register, filter: &Filter) -> Stats {
    let mut tally = Tally::default();
    let mut deals = 0;
    let (matches, _) = filter.matcher(register).select();
    let keys = &register.keys;
    for (i, (deal, row)) in register.deals.iter().zip(&register.rows).enumerate() {
        if has(&matches, i) {
            deals += 1;
            tally.add(deal, row, &keys.keys[i]);
        }
    }
    let name = |id: u32, none: &str| keys.names.name(id).unwrap_or(none).to_owned();
    let party = |id| name(id, NO_PARTY);
    let category = |id| name(id, NO_CATEGORY);
    let mut flows: Vec<Flow> = tally
        .flows
        .into_iter()
        .map(|((supplier, recipient), totals)| Flow {
            supplier: party(supplier),
            recipient: party(recipient),
            totals,
        })
        .collect();
    flows.sort_by(|a, b| {
        b.totals
            .deals
            .cmp(&a.totals.deals)
            .then_with(|| (&a.supplier, &a.recipient).cmp(&(&b.supplier, &b.recipient)))
    });
    flows.truncate(MAX_FLOWS);
    let mut recipients: Vec<(u32, usize)> = tally
        .by_recipient
        .iter()
        .map(|(&id, t)| (id, t.deals))
        .collect();
    recipients.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| party(a.0).cmp(&party(b.0))));
    let recipient_years = recipients
        .iter()
        .take(MAX_RECIPIENT_SERIES)
        .map(|&(id, _)| RecipientYears {
            recipient: party(id),
            years: tally
                .recipient_years
                .remove(&id)
                .unwrap_or_default()
                .into_values()
                .collect(),
        })
        .collect();
    let mut by_year: Vec<YearCount> = tally
        .by_year
        .into_iter()
        .map(|((_, id), count)| YearCount {
            category: category(id),
            ..count
        })
        .collect();
    by_year.sort_by(|a, b| (a.year, &a.category).cmp(&(b.year, &b.category)));
    Stats {
        deals,
        by_year,
        by_supplier: ranked(tally.by_supplier, party),
        by_recipient: ranked(tally.by_recipient, party),
        by_category: ranked(tally.by_category, category),
        flows,
        recipient_years,
    }
}
