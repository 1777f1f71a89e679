use serde::{Deserialize, Serialize};

use crate::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    System,
    Organization,
    Person,
    Country,
}

impl EntityKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::System => "system",
            EntityKind::Organization => "organization",
            EntityKind::Person => "person",
            EntityKind::Country => "country",
        }
    }
}

/// A named thing found in a document's text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityMention {
    pub span: Span,
    pub kind: EntityKind,
    /// Catalog id (`su-35`, `rosoboronexport`, `RU`), or a derived id for people.
    pub id: String,
    /// Canonical name as the catalog (or the person recogniser) spells it.
    pub name: String,
    /// Which catalog entry or rule produced the mention, for tracing a value to its origin.
    pub rule: String,
}
