//! A small builder for reports, so each test states only what it is about.
#![allow(dead_code)]

use armscope_core::{
    Evidence, Money, Qualifier, Quantity, Span, Status, Transfer, TransferKind, YearRange,
};
use armscope_fuse::Report;

pub struct Builder(Report);

/// A sale reported by `doc` in the sentence `text` (at offset 0), with nothing else known.
pub fn report(
    doc: &str,
    supplier: &str,
    recipient: &str,
    system: &str,
    family: Option<&str>,
    text: &str,
) -> Builder {
    Builder(Report {
        doc_id: doc.into(),
        doc_url: None,
        published: None,
        transfer: Transfer {
            supplier: Some(supplier.into()),
            recipient: Some(recipient.into()),
            system: system.into(),
            system_id: None,
            family: family.map(str::to_string),
            category: None,
            kind: TransferKind::Sale,
            status: None,
            quantity: None,
            value: None,
            order_year: None,
            delivery_years: None,
            hedged: false,
            evidence: Evidence {
                text: text.into(),
                start: 0,
                end: text.len(),
            },
            field_spans: vec![],
        },
    })
}

impl Builder {
    pub fn status(mut self, s: Status) -> Self {
        self.0.transfer.status = Some(s);
        self
    }
    pub fn category(mut self, category: &str) -> Self {
        self.0.transfer.category = Some(category.into());
        self
    }
    pub fn qty(mut self, n: u64) -> Self {
        self.0.transfer.quantity = Some(Quantity {
            value: n,
            unit: None,
            qualifier: Qualifier::Exact,
        });
        self
    }
    pub fn qty_q(mut self, n: u64, qualifier: Qualifier, unit: Option<&str>) -> Self {
        self.0.transfer.quantity = Some(Quantity {
            value: n,
            unit: unit.map(str::to_string),
            qualifier,
        });
        self
    }
    pub fn usd(mut self, amount: f64) -> Self {
        self.0.transfer.value = Some(Money {
            amount,
            currency: "USD".into(),
            qualifier: Qualifier::Exact,
        });
        self
    }
    pub fn year(mut self, y: i32) -> Self {
        self.0.transfer.order_year = Some(y);
        self
    }
    pub fn delivered(mut self, first: Option<i32>, last: Option<i32>) -> Self {
        self.0.transfer.delivery_years = Some(YearRange { first, last });
        self
    }
    pub fn published(mut self, date: &str) -> Self {
        self.0.published = Some(date.parse().expect("a date"));
        self
    }
    pub fn url(mut self, url: &str) -> Self {
        self.0.doc_url = Some(url.into());
        self
    }
    pub fn hedged(mut self) -> Self {
        self.0.transfer.hedged = true;
        self
    }
    pub fn kind(mut self, kind: TransferKind) -> Self {
        self.0.transfer.kind = kind;
        self
    }
    pub fn no_recipient(mut self) -> Self {
        self.0.transfer.recipient = None;
        self
    }
    pub fn no_supplier(mut self) -> Self {
        self.0.transfer.supplier = None;
        self
    }
    /// Moves the evidence to `start` in the document (several reports from one document).
    pub fn at(mut self, start: usize) -> Self {
        let e = &mut self.0.transfer.evidence;
        e.end = start + e.text.len();
        e.start = start;
        self
    }
    pub fn span(mut self, field: &str, start: usize, end: usize) -> Self {
        self.0
            .transfer
            .field_spans
            .push((field.into(), Span::new(start, end)));
        self
    }
    pub fn build(self) -> Report {
        self.0
    }
}

/// A deterministic permutation of `items` (Fisher–Yates driven by a linear congruential generator).
pub fn shuffled<T: Clone>(items: &[T], seed: u64) -> Vec<T> {
    let mut out = items.to_vec();
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    for i in (1..out.len()).rev() {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let j = ((state >> 33) % (i as u64 + 1)) as usize;
        out.swap(i, j);
    }
    out
}

/// Three documents on one fighter deal: 24 jets throughout, two different prices.
pub fn fighter_reports() -> Vec<Report> {
    vec![
        report("000.txt", "RU", "CN", "Su-35", Some("su-35"),
            "Beijing has now received every one of the 24 Su-35 jets it bought for $2.5 billion, a Russian official said.")
            .status(Status::Delivered).qty(24).usd(2.5e9).published("2018-04-16").url("https://example.org/000")
            .span("value", 70, 82).build(),
        report("001.txt", "RU", "CN", "Su-35S", Some("su-35"),
            "A first group of four out of 24 Su-35S fighters flew in to a Chinese air base this week.")
            .status(Status::Delivering).qty(24).published("2016-12-28").build(),
        report("002.txt", "RU", "CN", "Su-35", Some("su-35"),
            "Moscow and Beijing signed a $2 billion contract for 24 Su-35 aircraft, the newspaper said, citing sources.")
            .status(Status::Ordered).qty(24).usd(2.0e9).year(2015).published("2015-11-20").hedged().build(),
    ]
}
