use serde::{Deserialize, Serialize};

/// How exact a stated number is: "about", "at least"/"more than", "up to".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    Approx,
    AtLeast,
    UpTo,
}

/// An amount of money as written: amount in units of `currency` (ISO 4217: USD, EUR, RUB…).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Money {
    pub amount: f64,
    pub currency: String,
    #[serde(default)]
    pub qualifier: Qualifier,
}

impl Money {
    /// The amount in dollars, only when the text itself gave dollars (never converted).
    pub fn usd(&self) -> Option<f64> {
        (self.currency == "USD").then_some(self.amount)
    }
}

/// A count of units of an item, with the unit the text uses ("divisions", "battalions").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quantity {
    pub value: u64,
    pub unit: Option<String>,
    #[serde(default)]
    pub qualifier: Qualifier,
}

/// First and last year of a period; either end may be unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct YearRange {
    pub first: Option<i32>,
    pub last: Option<i32>,
}
