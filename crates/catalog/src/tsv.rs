//! The TSV layer of the catalog format: comments, header, cells, lists, key order.

use std::collections::HashMap;
use std::sync::Arc;

use crate::Problem;

/// Where an entry was read from, so later checks can point at it.
#[derive(Clone, Debug)]
pub(crate) struct Origin {
    pub file: Arc<str>,
    pub line: usize,
}

impl Origin {
    pub fn problem(&self, message: impl Into<String>) -> Problem {
        Problem {
            file: self.file.to_string(),
            line: self.line,
            message: message.into(),
        }
    }
}

/// One data line, its cells trimmed.
pub(crate) struct Row<'t> {
    pub origin: Origin,
    pub cells: Vec<&'t str>,
}

/// Reads one catalog file. Checks that the header is exactly `columns`, that every row has that
/// many cells, that rows are sorted by the first column and that the key (the first `key_len`
/// cells) is unique. Rows with the wrong cell count are reported and dropped.
pub(crate) fn read<'t>(
    file: &Arc<str>,
    text: &'t str,
    columns: &[&str],
    key_len: usize,
    problems: &mut Vec<Problem>,
) -> Vec<Row<'t>> {
    let at = |line: usize| Origin {
        file: file.clone(),
        line,
    };
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));

    let expected = columns.join("\t");
    let Some((header_line, header)) = lines.next() else {
        problems.push(at(1).problem(format!("no header line; expected `{expected}`")));
        return Vec::new();
    };
    let found: Vec<&str> = header.split('\t').map(str::trim).collect();
    if found != columns {
        // Without the right columns no cell can be read with confidence.
        problems.push(at(header_line).problem(format!(
            "header is `{}`; expected `{expected}`",
            found.join("\t")
        )));
        return Vec::new();
    }

    let mut rows: Vec<Row<'t>> = Vec::new();
    let mut first_seen: HashMap<Vec<&str>, usize> = HashMap::new();
    for (line, text) in lines {
        let origin = at(line);
        let cells: Vec<&str> = text.split('\t').map(str::trim).collect();
        if cells.len() != columns.len() {
            problems.push(origin.problem(format!(
                "{} cells; expected {} ({})",
                cells.len(),
                columns.len(),
                columns.join(", ")
            )));
            continue;
        }
        if let Some(prev) = rows.last() {
            if cells[0] < prev.cells[0] {
                problems.push(origin.problem(format!(
                    "not sorted: `{}` comes after `{}` (line {})",
                    cells[0], prev.cells[0], prev.origin.line
                )));
            }
        }
        let key = cells[..key_len].to_vec();
        if let Some(first) = first_seen.get(&key) {
            problems.push(origin.problem(format!(
                "duplicate `{}` (first at line {first})",
                key.join("\t")
            )));
            continue;
        }
        first_seen.insert(key, line);
        rows.push(Row { origin, cells });
    }
    rows
}

/// A list cell: `|`-separated values, trimmed, empty values dropped.
pub(crate) fn list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
        .collect()
}

/// An optional single-value cell.
pub(crate) fn optional(cell: &str) -> Option<String> {
    (!cell.is_empty()).then(|| cell.to_string())
}
