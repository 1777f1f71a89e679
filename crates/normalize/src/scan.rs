//! One sentence read once: numbers, sums and dates from the same tokens.

use armscope_core::Span;
use jiff::civil::Date;

use crate::date::{dates_in, DateMatch};
use crate::money::{money_in, MoneyMatch};
use crate::number::{numbers_in, NumberMatch};
use crate::token::{tokenize, Token};

/// A text tokenized once, with its sums found, so that numbers, sums and dates come from one
/// pass instead of each function tokenizing again (and numbers and dates each finding the sums
/// they must leave out). Gives the same results as [`find_numbers`](crate::find_numbers),
/// [`find_money`](crate::find_money) and [`find_dates`](crate::find_dates).
///
/// ```
/// use armscope_normalize::Scan;
/// let scan = Scan::new("In 2019 Egypt ordered 24 jets for $2 billion.");
/// assert_eq!(scan.numbers().len(), 2);
/// assert_eq!(scan.money()[0].money.usd(), Some(2_000_000_000.0));
/// assert_eq!(scan.dates(None)[0].years.first, Some(2019));
/// ```
pub struct Scan<'t> {
    text: &'t str,
    tokens: Vec<Token<'t>>,
    money: Vec<MoneyMatch>,
    money_spans: Vec<Span>,
}

impl<'t> Scan<'t> {
    pub fn new(text: &'t str) -> Scan<'t> {
        let tokens = tokenize(text);
        let money = money_in(text, &tokens);
        let money_spans = money.iter().map(|m| m.span).collect();
        Scan {
            text,
            tokens,
            money,
            money_spans,
        }
    }

    /// As [`find_numbers`](crate::find_numbers).
    pub fn numbers(&self) -> Vec<NumberMatch> {
        numbers_in(self.text, &self.tokens, &self.money_spans)
    }

    /// As [`find_money`](crate::find_money).
    pub fn money(&self) -> &[MoneyMatch] {
        &self.money
    }

    /// As [`find_dates`](crate::find_dates) with the same anchor.
    pub fn dates(&self, anchor: Option<Date>) -> Vec<DateMatch> {
        dates_in(self.text, anchor, &self.money_spans)
    }
}
