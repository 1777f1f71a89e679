//! Checking FtM output against the real schema: the schemata armscope emits and their
//! property names, from `crates/fuse/data/ftm_schema.json` (see its `origin` for the upstream
//! YAML files and versions it was read from).

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use serde_json::Value;

const SCHEMA: &str = include_str!("../../data/ftm_schema.json");

/// Properties whose values are entity ids, in the schemata armscope emits.
const REFERENCES: [&str; 7] = [
    "authority",
    "supplier",
    "contract",
    "document",
    "entity",
    "proof",
    "parent",
];

#[derive(Deserialize)]
struct SchemaFile {
    schemata: BTreeMap<String, BTreeSet<String>>,
}

/// Every problem of an FtM JSON Lines text: a line that is no entity, a schema or property
/// outside the allowed list, a repeated id, a reference to an id that is not in the text.
/// Empty when the whole text is valid.
pub fn ftm_problems(json_lines: &str) -> Vec<String> {
    let schema: SchemaFile = match serde_json::from_str(SCHEMA) {
        Ok(schema) => schema,
        Err(err) => return vec![format!("ftm_schema.json does not parse: {err}")],
    };
    let mut problems = Vec::new();
    let mut ids: BTreeSet<String> = BTreeSet::new();
    let mut references: Vec<(String, String)> = Vec::new();
    for (n, line) in json_lines
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let line_no = n + 1;
        let entity: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(err) => {
                problems.push(format!("line {line_no}: not JSON: {err}"));
                continue;
            }
        };
        let id = entity["id"].as_str().unwrap_or_default().to_string();
        if id.is_empty() || !ids.insert(id.clone()) {
            problems.push(format!("line {line_no}: missing or repeated id {id:?}"));
        }
        let name = entity["schema"].as_str().unwrap_or_default();
        let Some(allowed) = schema.schemata.get(name) else {
            problems.push(format!(
                "{id}: schema {name:?} is not an allowed FtM schema"
            ));
            continue;
        };
        let Some(properties) = entity["properties"].as_object() else {
            problems.push(format!("{id}: no properties object"));
            continue;
        };
        for (property, values) in properties {
            if !allowed.contains(property) {
                problems.push(format!("{id}: {name} has no property {property:?}"));
            }
            let Some(values) = values.as_array() else {
                problems.push(format!("{id}: {property} is not a list"));
                continue;
            };
            for value in values {
                match value.as_str() {
                    Some(text) if REFERENCES.contains(&property.as_str()) => {
                        references.push((id.clone(), text.to_string()))
                    }
                    Some(_) => {}
                    None => problems.push(format!("{id}: {property} holds a non-string")),
                }
            }
        }
    }
    for (from, to) in references {
        if !ids.contains(&to) {
            problems.push(format!(
                "{from}: refers to {to:?}, which is not in the output"
            ));
        }
    }
    problems
}
