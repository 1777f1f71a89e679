//! Turns the rows of each file into typed entries, checking what one row alone can show:
//! required cells, enum values, id and code shapes.

use std::sync::Arc;

use crate::model::{NameKind, Organization, Person, Spelled, State, StateKind, System};
use crate::tsv::{self, list, optional, Origin, Row};
use crate::Problem;

/// An entry and the line it came from.
#[derive(Clone, Debug)]
pub(crate) struct Entry<T> {
    pub value: T,
    pub origin: Origin,
}

pub(crate) const STATES: &[&str] = &["code", "name", "kind", "aliases", "adjectives", "metonyms"];
pub(crate) const ORGANIZATIONS: &[&str] = &[
    "id",
    "name",
    "state",
    "type",
    "parent",
    "aliases",
    "ambiguous",
];
pub(crate) const SYSTEMS: &[&str] = &[
    "id",
    "name",
    "family",
    "copy_of",
    "category",
    "un_category",
    "origin",
    "manufacturers",
    "aliases",
    "ambiguous",
];
pub(crate) const PEOPLE: &[&str] = &["id", "name", "state", "role", "organization", "aliases"];
pub(crate) const PERSON_NAMES: &[&str] = &["name", "kind"];

/// Collects the problems of one row.
struct Check<'a> {
    origin: &'a Origin,
    problems: &'a mut Vec<Problem>,
}

impl Check<'_> {
    fn report(&mut self, message: String) {
        self.problems.push(self.origin.problem(message));
    }

    fn required(&mut self, column: &str, cell: &str) -> String {
        if cell.is_empty() {
            self.report(format!("`{column}` is empty"));
        }
        cell.to_string()
    }

    fn spelled<E: Spelled>(&mut self, column: &str, cell: &str) -> Option<E> {
        let value = E::parse(cell);
        if value.is_none() {
            let allowed: Vec<&str> = E::ALL.iter().map(|v| v.as_str()).collect();
            self.report(format!(
                "`{column}` is `{cell}`; expected one of {}",
                allowed.join(", ")
            ));
        }
        value
    }

    fn slug(&mut self, column: &str, cell: &str) -> String {
        let ok = !cell.is_empty()
            && !cell.starts_with('-')
            && !cell.ends_with('-')
            && cell
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            self.report(format!(
                "`{column}` `{cell}` is not a lower-case slug (a-z, 0-9, -)"
            ));
        }
        cell.to_string()
    }
}

/// Two upper-case letters, or `X-` and upper-case letters, digits and dashes.
pub(crate) fn is_state_code(code: &str) -> bool {
    match code.strip_prefix("X-") {
        Some(rest) => {
            !rest.is_empty()
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        }
        None => code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()),
    }
}

/// Reads `text` as one kind's file and converts each row with `convert`; rows whose enum cells
/// do not parse are dropped (their problems are reported).
fn entries<T>(
    file: &Arc<str>,
    text: &str,
    columns: &[&str],
    key_len: usize,
    problems: &mut Vec<Problem>,
    convert: impl Fn(&Row<'_>, &mut Check<'_>) -> Option<T>,
) -> Vec<Entry<T>> {
    let rows = tsv::read(file, text, columns, key_len, problems);
    rows.iter()
        .filter_map(|row| {
            let mut check = Check {
                origin: &row.origin,
                problems: &mut *problems,
            };
            let value = convert(row, &mut check)?;
            Some(Entry {
                value,
                origin: row.origin.clone(),
            })
        })
        .collect()
}

pub(crate) fn states(
    file: &Arc<str>,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Vec<Entry<State>> {
    entries(file, text, STATES, 1, problems, |row, check| {
        let c = &row.cells;
        let kind = check.spelled::<StateKind>("kind", c[2])?;
        if !is_state_code(c[0]) {
            check.report(format!(
                "code `{}` is neither two upper-case letters nor `X-...`",
                c[0]
            ));
        } else if c[0].starts_with("X-") != (kind == StateKind::NonState) {
            check.report(format!(
                "code `{}` has kind `{kind}`: `X-...` codes are exactly the `non-state` ones",
                c[0]
            ));
        }
        Some(State {
            code: c[0].to_string(),
            name: check.required("name", c[1]),
            kind,
            aliases: list(c[3]),
            adjectives: list(c[4]),
            metonyms: list(c[5]),
        })
    })
}

pub(crate) fn organizations(
    file: &Arc<str>,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Vec<Entry<Organization>> {
    entries(file, text, ORGANIZATIONS, 1, problems, |row, check| {
        let c = &row.cells;
        Some(Organization {
            org_type: check.spelled("type", c[3])?,
            id: check.slug("id", c[0]),
            name: check.required("name", c[1]),
            state: optional(c[2]),
            parent: optional(c[4]),
            aliases: list(c[5]),
            ambiguous: list(c[6]),
        })
    })
}

pub(crate) fn systems(
    file: &Arc<str>,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Vec<Entry<System>> {
    entries(file, text, SYSTEMS, 1, problems, |row, check| {
        let c = &row.cells;
        let category = check.spelled("category", c[4])?;
        let un_category = match c[5] {
            "" => None,
            cell => Some(check.spelled("un_category", cell)?),
        };
        let origin = list(c[6]);
        if origin.is_empty() {
            check.report("`origin` is empty".to_string());
        }
        Some(System {
            id: check.slug("id", c[0]),
            name: check.required("name", c[1]),
            family: check.required("family", c[2]),
            copy_of: optional(c[3]),
            category,
            un_category,
            origin,
            manufacturers: list(c[7]),
            aliases: list(c[8]),
            ambiguous: list(c[9]),
        })
    })
}

pub(crate) fn people(
    file: &Arc<str>,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Vec<Entry<Person>> {
    entries(file, text, PEOPLE, 1, problems, |row, check| {
        let c = &row.cells;
        Some(Person {
            id: check.slug("id", c[0]),
            name: check.required("name", c[1]),
            state: check.required("state", c[2]),
            role: optional(c[3]),
            organization: optional(c[4]),
            aliases: list(c[5]),
        })
    })
}

pub(crate) fn person_names(
    file: &Arc<str>,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Vec<Entry<(String, NameKind)>> {
    // A word may be both a given name and a surname, so the key is the pair.
    entries(file, text, PERSON_NAMES, 2, problems, |row, check| {
        let kind = check.spelled("kind", row.cells[1])?;
        Some((check.required("name", row.cells[0]), kind))
    })
}
