//! Query parameters of the deal list and the statistics: parsed strictly, so a typo is a 400
//! that names the parameter instead of a filter silently ignored.

use armscope_core::Status;

use crate::errors::ApiError;
use crate::keys::{has, Keys, NONE};
use crate::register::{fold, Register};
use crate::sort::SortKey;

/// The raw `key=value` pairs of a query string, in order.
pub(crate) type Pairs = Vec<(String, String)>;

/// Which deals to keep. Every condition given must hold; a list (`supplier=RU,FR`) is any of.
#[derive(Debug, Default)]
pub(crate) struct Filter {
    supplier: Vec<String>,
    recipient: Vec<String>,
    system: Option<String>,
    category: Vec<String>,
    status: Vec<Status>,
    year_from: Option<i32>,
    year_to: Option<i32>,
    has_conflict: Option<bool>,
    words: Vec<String>,
}

/// The deal list's request: a filter, an order and a page.
#[derive(Debug)]
pub(crate) struct ListQuery {
    pub filter: Filter,
    pub sort: SortKey,
    pub descending: bool,
    pub limit: usize,
    pub offset: usize,
}

/// Parameters the filter reads.
pub(crate) const FILTER_PARAMS: &[&str] = &[
    "supplier",
    "recipient",
    "system",
    "category",
    "status",
    "year_from",
    "year_to",
    "has_conflict",
    "q",
];

pub(crate) const DEFAULT_LIMIT: usize = 50;
pub(crate) const MAX_LIMIT: usize = 500;

impl Filter {
    /// Reads the filter parameters from `pairs`; any other name is an error unless `extra` allows it.
    pub fn parse(pairs: &Pairs, extra: &[&str]) -> Result<Filter, ApiError> {
        let mut f = Filter::default();
        for (key, value) in pairs {
            let value = value.trim();
            let list = || -> Vec<String> {
                value
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect()
            };
            match key.as_str() {
                "supplier" => f.supplier = list().into_iter().map(|s| s.to_uppercase()).collect(),
                "recipient" => f.recipient = list().into_iter().map(|s| s.to_uppercase()).collect(),
                "system" => f.system = Some(fold(value)).filter(|s| !s.is_empty()),
                "category" => f.category = list().into_iter().map(|s| s.to_lowercase()).collect(),
                "status" => {
                    f.status = list()
                        .iter()
                        .map(|s| parse_status(s))
                        .collect::<Result<_, _>>()?
                }
                "year_from" => f.year_from = Some(parse_year(key, value)?),
                "year_to" => f.year_to = Some(parse_year(key, value)?),
                "has_conflict" => f.has_conflict = Some(parse_bool(key, value)?),
                "q" => {
                    f.words = value
                        .to_lowercase()
                        .split_whitespace()
                        .map(str::to_owned)
                        .collect()
                }
                other if extra.contains(&other) => {}
                other => {
                    return Err(ApiError::BadRequest(format!(
                        "unknown parameter {other:?}; known: {}",
                        FILTER_PARAMS
                            .iter()
                            .chain(extra)
                            .copied()
                            .collect::<Vec<_>>()
                            .join(", ")
                    )))
                }
            }
        }
        if let (Some(from), Some(to)) = (f.year_from, f.year_to) {
            if from > to {
                return Err(ApiError::BadRequest(format!(
                    "year_from {from} is after year_to {to}"
                )));
            }
        }
        Ok(f)
    }

    /// The filter against one register: its strings looked up once as interned numbers.
    pub fn matcher<'r>(&'r self, register: &'r Register) -> Matcher<'r> {
        let names = &register.keys.names;
        let ids = |want: &[String]| -> Option<Vec<u32>> {
            (!want.is_empty()).then(|| want.iter().map(|w| names.get(w)).collect())
        };
        Matcher {
            keys: &register.keys,
            supplier: ids(&self.supplier),
            recipient: ids(&self.recipient),
            category: ids(&self.category),
            system: self.system.as_deref().map(|s| names.get(s)),
            status: self.status.iter().map(|&s| s as u8).collect(),
            // A deal without a year (i32::MIN) fails any year bound.
            years: (self.year_from.is_some() || self.year_to.is_some()).then(|| {
                (
                    self.year_from.unwrap_or(i32::MIN + 1),
                    self.year_to.unwrap_or(i32::MAX),
                )
            }),
            has_conflict: self.has_conflict,
            words: &self.words,
        }
    }
}

/// A [`Filter`] ready to test deals of one register by index.
pub(crate) struct Matcher<'r> {
    keys: &'r Keys,
    supplier: Option<Vec<u32>>,
    recipient: Option<Vec<u32>>,
    category: Option<Vec<u32>>,
    system: Option<u32>,
    status: Vec<u8>,
    years: Option<(i32, i32)>,
    has_conflict: Option<bool>,
    words: &'r [String],
}

impl Matcher<'_> {
    /// Whether deal `i` passes every condition but the free text (see [`Matcher::select`]).
    fn keep_key(&self, i: usize) -> bool {
        let key = &self.keys.keys[i];
        let any = |want: &Option<Vec<u32>>, have: u32| {
            want.as_ref()
                .is_none_or(|w| have != NONE && w.contains(&have))
        };
        any(&self.supplier, key.supplier)
            && any(&self.recipient, key.recipient)
            && any(&self.category, key.category)
            && self
                .system
                .is_none_or(|s| s != NONE && (key.system == s || key.family == s))
            && (self.status.is_empty() || self.status.contains(&key.status))
            && self
                .years
                .is_none_or(|(from, to)| (from..=to).contains(&key.year))
            && self.has_conflict.is_none_or(|want| key.conflict == want)
    }

    /// The deals worth testing: those of the wanted recipients (else suppliers), from the
    /// posting lists, or every deal.
    fn candidates(&self) -> Box<dyn Iterator<Item = usize> + '_> {
        let lists = |want: &Option<Vec<u32>>,
                     postings: &'_ std::collections::HashMap<u32, Vec<u32>>| {
            want.as_ref().map(|ids| {
                let mut all: Vec<usize> = ids
                    .iter()
                    .filter_map(|id| postings.get(id))
                    .flatten()
                    .map(|&i| i as usize)
                    .collect();
                all.sort_unstable();
                all
            })
        };
        match lists(&self.recipient, &self.keys.by_recipient)
            .or_else(|| lists(&self.supplier, &self.keys.by_supplier))
        {
            Some(list) => Box::new(list.into_iter()),
            None => Box::new(0..self.keys.keys.len()),
        }
    }

    /// True when no condition was given: every deal passes.
    fn accepts_all(&self) -> bool {
        self.supplier.is_none()
            && self.recipient.is_none()
            && self.category.is_none()
            && self.system.is_none()
            && self.status.is_empty()
            && self.years.is_none()
            && self.has_conflict.is_none()
            && self.words.is_empty()
    }

    /// Every deal that passes, as a bit set over deal indexes, and how many there are: one
    /// sequential pass, or none when no condition was given.
    pub fn select(&self) -> (Vec<u64>, usize) {
        let n = self.keys.keys.len();
        if self.accepts_all() {
            return (vec![u64::MAX; n.div_ceil(64)], n);
        }
        let text = (!self.words.is_empty()).then(|| self.keys.containing_all(self.words));
        let mut bits = vec![0u64; n.div_ceil(64)];
        let mut count = 0;
        for i in self.candidates() {
            let has_text = text.as_ref().is_none_or(|t| has(t, i));
            if has_text && self.keep_key(i) {
                bits[i / 64] |= 1 << (i % 64);
                count += 1;
            }
        }
        (bits, count)
    }
}

impl ListQuery {
    pub fn parse(pairs: &Pairs) -> Result<ListQuery, ApiError> {
        let filter = Filter::parse(pairs, &["sort", "limit", "offset"])?;
        let mut query = ListQuery {
            filter,
            sort: SortKey::Id,
            descending: false,
            limit: DEFAULT_LIMIT,
            offset: 0,
        };
        for (key, value) in pairs {
            match key.as_str() {
                "sort" => {
                    let (descending, name) = match value.strip_prefix('-') {
                        Some(name) => (true, name),
                        None => (false, value.as_str()),
                    };
                    query.sort = SortKey::parse(name).ok_or_else(|| {
                        ApiError::BadRequest(format!(
                            "sort {value:?} is not one of {} (prefix - for descending)",
                            SortKey::ALL.map(SortKey::name).join(", ")
                        ))
                    })?;
                    query.descending = descending;
                }
                "limit" => {
                    query.limit = parse_count(key, value)?;
                    if !(1..=MAX_LIMIT).contains(&query.limit) {
                        return Err(ApiError::BadRequest(format!(
                            "limit must be between 1 and {MAX_LIMIT}, not {}",
                            query.limit
                        )));
                    }
                }
                "offset" => query.offset = parse_count(key, value)?,
                _ => {}
            }
        }
        Ok(query)
    }
}

fn parse_status(s: &str) -> Result<Status, ApiError> {
    serde_json::from_value(serde_json::Value::String(s.to_lowercase())).map_err(|_| {
        ApiError::BadRequest(format!(
            "status {s:?} is not one of talks, ordered, delivering, delivered, cancelled"
        ))
    })
}

fn parse_year(key: &str, value: &str) -> Result<i32, ApiError> {
    value
        .parse::<i32>()
        .ok()
        .filter(|y| (1900..=2200).contains(y))
        .ok_or_else(|| {
            ApiError::BadRequest(format!("{key} must be a year like 2015, not {value:?}"))
        })
}

fn parse_bool(key: &str, value: &str) -> Result<bool, ApiError> {
    match value {
        "true" | "1" | "yes" => Ok(true),
        "false" | "0" | "no" => Ok(false),
        _ => Err(ApiError::BadRequest(format!(
            "{key} must be true or false, not {value:?}"
        ))),
    }
}

pub(crate) fn parse_count(key: &str, value: &str) -> Result<usize, ApiError> {
    value
        .parse::<usize>()
        .map_err(|_| ApiError::BadRequest(format!("{key} must be a whole number, not {value:?}")))
}

/// The query string as `key=value` pairs; a malformed one is a 400 like any bad parameter.
pub(crate) struct Params(pub Pairs);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Params {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Params, ApiError> {
        axum::extract::Query::<Pairs>::from_request_parts(parts, state)
            .await
            .map(|q| Params(q.0))
            .map_err(|e| ApiError::BadRequest(e.body_text()))
    }
}
