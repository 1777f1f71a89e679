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
    // Some editors start UTF-8 files with a byte-order mark; it is not part of the header.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_order_mark_crlf_comments_and_blank_lines_are_skipped() {
        let file: Arc<str> = Arc::from("t.tsv");
        let text = "\u{feff}# comment\r\nname\tkind\r\n\r\nIvan \t given\r\n";
        let mut problems = Vec::new();
        let rows = read(&file, text, &["name", "kind"], 2, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(rows[0].cells, ["Ivan", "given"]);
        assert_eq!(rows[0].origin.line, 4);
    }

    #[test]
    fn list_cells_are_trimmed_and_empty_values_dropped() {
        assert_eq!(list(" a | b||c "), ["a", "b", "c"]);
        assert!(list("").is_empty());
    }
}
