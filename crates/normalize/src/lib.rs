//! Numbers, sums of money and dates as news text writes them, with byte spans into the text.
//!
//! Each finder scans one text (usually a sentence) and returns its matches in order, without
//! overlap, each with a [`Span`](armscope_core::Span) into that text:
//!
//! - [`find_numbers`]: counts ("24", "two dozen", "more than 40", "120+", "12 to 18"), skipping
//!   designations ("Su-35", "Type 054A") and sums of money;
//! - [`find_money`]: amounts with a currency ("$2.5 billion", "Rs 10,000 crore", "€1.3bn");
//! - [`find_dates`]: dates and periods ("October 22, 2019", "early 2018", "1992–2004",
//!   "by 2027"), placing relative ones ("last month") by an anchor date when given one.
//!
//! ```
//! use armscope_core::Qualifier;
//! use armscope_normalize::{find_dates, find_money, find_numbers, DatePrecision};
//!
//! let text = "Russia delivered more than 24 Su-35 fighters worth about $2.5 billion in early 2018.";
//!
//! let numbers = find_numbers(text);
//! assert_eq!(numbers.len(), 2); // the count, and the year flagged as year-like
//! assert!(numbers[1].is_year_like);
//! assert_eq!(numbers[0].value, 24.0);
//! assert_eq!(numbers[0].qualifier, Qualifier::AtLeast);
//! assert_eq!(numbers[0].span.slice(text), "more than 24");
//!
//! let money = find_money(text);
//! assert_eq!(money[0].money.amount, 2.5e9);
//! assert_eq!(money[0].money.currency, "USD");
//! assert_eq!(money[0].span.slice(text), "about $2.5 billion");
//!
//! let dates = find_dates(text, None);
//! assert_eq!(dates[0].text, "early 2018");
//! assert_eq!(dates[0].years.first, Some(2018));
//! assert_eq!(dates[0].precision, DatePrecision::Part);
//! ```

mod absolute;
mod boundary;
mod calendar;
mod currency;
mod date;
mod modifier;
mod money;
mod number;
pub mod pattern;
mod qualifier;
mod relative;
mod scan;
mod token;
mod words;

pub use calendar::is_calendar_word;
pub use date::{find_dates, DateMatch, DatePrecision};
pub use money::{find_money, MoneyMatch};
pub use number::{find_numbers, NumberMatch};
pub use scan::Scan;
pub use words::parse_number_words;
