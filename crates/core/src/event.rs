use serde::{Deserialize, Serialize};

use crate::{Money, Quantity, Span, YearRange};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TransferKind {
    /// Supply, purchase, export, delivery, gift.
    Sale,
    /// Licensed production: the recipient builds the supplier's design.
    Licence,
    /// Help designing or building.
    Assistance,
    JointDevelopment,
}

impl TransferKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            TransferKind::Sale => "sale",
            TransferKind::Licence => "licence",
            TransferKind::Assistance => "assistance",
            TransferKind::JointDevelopment => "joint-development",
        }
    }
}

/// Stage of a transfer, in the order a deal moves through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Talks,
    Ordered,
    Delivering,
    Delivered,
    Cancelled,
}

impl Status {
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Talks => "talks",
            Status::Ordered => "ordered",
            Status::Delivering => "delivering",
            Status::Delivered => "delivered",
            Status::Cancelled => "cancelled",
        }
    }
}

/// The sentence a fact came from: its text and byte offsets into the document's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

impl Evidence {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// One arms transfer as one document reports it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Transfer {
    /// ISO 3166-1 alpha-2 code of the supplying state (`SU` for the USSR).
    pub supplier: Option<String>,
    pub recipient: Option<String>,
    /// Designation as the catalog names it, or a generic noun ("missiles").
    pub system: String,
    /// Catalog id of the system, when it is a catalogued one.
    pub system_id: Option<String>,
    /// Catalog id of the system's family (Su-35S and Su-35SK → `su-35`).
    pub family: Option<String>,
    pub category: Option<String>,
    pub kind: TransferKind,
    pub status: Option<Status>,
    pub quantity: Option<Quantity>,
    pub value: Option<Money>,
    pub order_year: Option<i32>,
    pub delivery_years: Option<YearRange>,
    /// Reported with a hedge ("reportedly", "could", "according to sources").
    pub hedged: bool,
    pub evidence: Evidence,
    /// Span of the text each filled field came from (`"quantity"`, `"value"`, `"order_year"`…).
    #[serde(default)]
    pub field_spans: Vec<(String, Span)>,
}
