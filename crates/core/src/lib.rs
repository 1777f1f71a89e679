//! The types shared by every stage of armscope's data path:
//!
//! ```text
//! ingest ──► Document ──► Mention ──► Event (Transfer, Agreement, Meeting, …) ──► Deal (fuse) ──► outputs
//! ```
//!
//! This crate holds data only (serde derives, small helpers); every behaviour lives in the
//! stage crate that owns it.

mod document;
mod event;
mod events;
mod mention;
mod span;
mod value;

pub use document::{Document, SourceFormat};
pub use event::{Evidence, Status, Transfer, TransferKind};
pub use events::{Actor, Event, EventDate, EventDetail, PersonRole};
pub use mention::{EntityKind, EntityMention};
pub use span::Span;
pub use value::{Money, Qualifier, Quantity, YearRange};
