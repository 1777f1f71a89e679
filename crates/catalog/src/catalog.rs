//! The loaded catalog and its lookups.

use std::collections::HashSet;

use crate::forms::forms;
use crate::load::Tables;
use crate::model::{NameKind, Organization, Person, State, System};
use crate::{CatalogBuilder, CatalogError, Matcher, Stats};

/// The catalog: states, organisations, systems, people and person-name parts, with a matcher
/// over all their names. Immutable once built, so it can be shared between threads.
#[derive(Clone, Debug)]
pub struct Catalog {
    states: Vec<State>,
    organizations: Vec<Organization>,
    systems: Vec<System>,
    people: Vec<Person>,
    /// Lower-cased name parts from `person_names.tsv`.
    given: HashSet<String>,
    surnames: HashSet<String>,
    matcher: Matcher,
}

impl Catalog {
    /// The built-in catalog.
    pub fn embedded() -> Result<Catalog, CatalogError> {
        Catalog::builder().build()
    }

    /// Starts configuring a catalog: built-in files (by default) plus user folders.
    pub fn builder() -> CatalogBuilder {
        CatalogBuilder::default()
    }

    pub(crate) fn from_tables(t: Tables) -> Result<Catalog, CatalogError> {
        let matcher = Matcher::new(&forms(&t))?;
        let names = |kind| {
            t.names
                .iter()
                .filter(|(_, k)| *k == kind)
                .map(|(n, _)| n.to_lowercase())
                .collect()
        };
        Ok(Catalog {
            given: names(NameKind::Given),
            surnames: names(NameKind::Surname),
            states: t.states,
            organizations: t.organizations,
            systems: t.systems,
            people: t.people,
            matcher,
        })
    }

    /// All states, sorted by code.
    pub fn states(&self) -> &[State] {
        &self.states
    }

    /// All organisations, sorted by id.
    pub fn organizations(&self) -> &[Organization] {
        &self.organizations
    }

    /// All systems, sorted by id.
    pub fn systems(&self) -> &[System] {
        &self.systems
    }

    /// All people, sorted by id.
    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// The state with this code (`RU`, `X-HEZBOLLAH`).
    pub fn state(&self, code: &str) -> Option<&State> {
        find(&self.states, code, |s| &s.code)
    }

    /// The organisation with this id.
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        find(&self.organizations, id, |o| &o.id)
    }

    /// The system with this id.
    pub fn system(&self, id: &str) -> Option<&System> {
        find(&self.systems, id, |s| &s.id)
    }

    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        find(&self.people, id, |p| &p.id)
    }

    /// Whether `word` is a known given name, in any case: the caller judges capitalisation.
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given.contains(&word.to_lowercase())
    }

    /// Whether `word` is a known surname, in any case: the caller judges capitalisation.
    pub fn is_surname(&self, word: &str) -> bool {
        self.surnames.contains(&word.to_lowercase())
    }

    /// The matcher over every name, alias, adjective and metonym.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// Counts of entries by kind, systems by category and by origin state.
    pub fn stats(&self) -> Stats {
        let mut stats = Stats {
            states: self.states.len(),
            organizations: self.organizations.len(),
            systems: self.systems.len(),
            people: self.people.len(),
            given_names: self.given.len(),
            surnames: self.surnames.len(),
            ..Stats::default()
        };
        for system in &self.systems {
            *stats
                .systems_by_category
                .entry(system.category)
                .or_default() += 1;
            for code in &system.origin {
                *stats.systems_by_origin.entry(code.clone()).or_default() += 1;
            }
        }
        stats
    }
}

/// Binary search in a slice sorted by `key` (loading sorts every kind by id).
fn find<'a, T>(items: &'a [T], id: &str, key: impl Fn(&T) -> &String) -> Option<&'a T> {
    items
        .binary_search_by(|item| key(item).as_str().cmp(id))
        .ok()
        .map(|i| &items[i])
}
