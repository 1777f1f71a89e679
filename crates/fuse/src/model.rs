//! The input (`Report`) and output (`Deal`) types of fusion.

use armscope_core::{Evidence, Money, Quantity, Span, Status, Transfer, TransferKind, YearRange};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// One transfer as one document reports it, with the document's identity and date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Identifier of the document (a file name, a hash…), unique within a run.
    pub doc_id: String,
    /// Where the document came from, when known.
    pub doc_url: Option<String>,
    /// The document's publication date, when known.
    pub published: Option<Date>,
    /// What the document says about the transfer.
    pub transfer: Transfer,
}

/// One register entry: every report of the same transfer, fused.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Deal {
    /// Stable, readable id: `SUPPLIER-RECIPIENT-family[-kind]-{order year | n}`, e.g.
    /// `RU-CN-su-35-2015`, or `RU-CN-su-35-1` for the first deal without an order year.
    pub id: String,
    /// ISO code of the supplying state, when known.
    pub supplier: Option<String>,
    /// ISO code of the receiving state, when known.
    pub recipient: Option<String>,
    /// The family key the reports were grouped by (catalog family, else the lower-cased system).
    pub family: String,
    /// Display designation: the most frequently reported one (ties: longest, then alphabetical).
    pub system: String,
    /// Category of the item (`fighter aircraft`, `air defence`…), the one most reports give.
    #[serde(default)]
    pub category: Option<String>,
    /// Sale, licence, assistance or joint development.
    pub kind: TransferKind,
    /// Stage of the deal.
    pub status: Field<Status>,
    /// Number of items.
    pub quantity: Field<Quantity>,
    /// Value of the deal as reported (never converted between currencies).
    pub value: Field<Money>,
    /// Year the contract was signed.
    pub order_year: Field<i32>,
    /// First and last year of deliveries.
    pub delivery_years: Field<YearRange>,
    /// Distinct documents behind the deal, documents that copy one text (near-duplicates)
    /// counting once.
    #[serde(default)]
    pub independent_sources: usize,
    /// Every report fused into this deal, in canonical order (doc id, evidence start).
    pub sources: Vec<Source>,
    /// Each stage reported, in stage order, with the earliest report of it.
    pub timeline: Vec<Stage>,
}

/// A fused field: the chosen value and every value the sources reported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Field<T> {
    /// The value the register shows; None when no source reported one.
    pub chosen: Option<T>,
    /// Every distinct reported value with its sources; the chosen one first, then by rank.
    pub values: Vec<Reported<T>>,
    /// True when reported values disagree beyond rounding (see the crate docs).
    pub conflict: bool,
}

/// One distinct value of a field and the sources that reported it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reported<T> {
    /// The value as reported.
    pub value: T,
    /// The reports that gave it, in canonical order.
    pub sources: Vec<SourceRef>,
}

/// A pointer to the sentence a value came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    /// The document.
    pub doc_id: String,
    /// The evidence sentence of the report.
    pub evidence: Evidence,
    /// The span of the field's own text inside the document, when the extractor recorded it.
    pub span: Option<Span>,
}

/// One report of a deal, as the register cites it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The document.
    pub doc_id: String,
    /// Where the document came from, when known.
    pub url: Option<String>,
    /// The document's publication date, when known.
    pub published: Option<Date>,
    /// The designation as this document wrote it.
    pub system: String,
    /// The stage this document reported, if any.
    pub status: Option<Status>,
    /// Whether the document hedged the claim ("reportedly").
    pub hedged: bool,
    /// The evidence sentence.
    pub evidence: Evidence,
    /// When this document repeats the text of another source of the deal (a syndicated copy,
    /// a shared paragraph): that source's document, the earliest of the copies. Copies give no
    /// independent confirmation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<String>,
}

/// A stage of the deal and the earliest report of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stage {
    /// The stage.
    pub status: Status,
    /// Publication date of the earliest report of the stage, if dated.
    pub date: Option<Date>,
    /// The document of that report.
    pub doc_id: String,
}

impl Report {
    /// The key reports are grouped by: catalog family, else the lower-cased designation.
    pub(crate) fn family_key(&self) -> String {
        match &self.transfer.family {
            Some(family) => family.clone(),
            None => self.transfer.system.trim().to_lowercase(),
        }
    }

    /// A pointer to this report's evidence for the field named `field`.
    pub(crate) fn source_ref(&self, field: &str) -> SourceRef {
        let span = self
            .transfer
            .field_spans
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, span)| *span);
        SourceRef {
            doc_id: self.doc_id.clone(),
            evidence: self.transfer.evidence.clone(),
            span,
        }
    }
}
