use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::Category;

/// How much the catalog holds (see [`Catalog::stats`](crate::Catalog::stats)).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Entries of `states.tsv`.
    pub states: usize,
    /// Entries of `organizations.tsv`.
    pub organizations: usize,
    /// Entries of `systems.tsv`.
    pub systems: usize,
    /// Entries of `people.tsv`.
    pub people: usize,
    /// Distinct given names in `person_names.tsv` (case-insensitive).
    pub given_names: usize,
    /// Distinct surnames in `person_names.tsv` (case-insensitive).
    pub surnames: usize,
    /// Systems per category.
    pub systems_by_category: BTreeMap<Category, usize>,
    /// Systems per origin state code; a system designed by two states counts for both.
    pub systems_by_origin: BTreeMap<String, usize>,
}
