//! Near-duplicate documents: copies of one text count once as confirmation.

use std::collections::HashMap;

/// Groups of documents that repeat each other's text (syndicated copies, shared wire
/// paragraphs), as near-duplicate detection found them. A document in no group is independent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Copies {
    group_of: HashMap<String, usize>,
}

/// What a document counts as when support is counted: itself, or its group of copies.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Witness {
    Document(String),
    Copies(usize),
}

impl Copies {
    /// Copies from groups of document ids (each group: documents linked as near-duplicates).
    /// A document listed in two groups joins them: being a copy is transitive here.
    pub fn new<G, D, S>(groups: G) -> Copies
    where
        G: IntoIterator<Item = D>,
        D: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut copies = Copies::default();
        for (index, group) in groups.into_iter().enumerate() {
            let ids: Vec<String> = group.into_iter().map(Into::into).collect();
            let target = ids
                .iter()
                .find_map(|id| copies.group_of.get(id).copied())
                .unwrap_or(index);
            for id in ids {
                let old = copies.group_of.insert(id, target);
                if let Some(old) = old.filter(|&old| old != target) {
                    for g in copies.group_of.values_mut().filter(|g| **g == old) {
                        *g = target;
                    }
                }
            }
        }
        copies
    }

    /// Whether two documents are copies of one text.
    pub fn same_text(&self, a: &str, b: &str) -> bool {
        a == b
            || matches!((self.group_of.get(a), self.group_of.get(b)), (Some(x), Some(y)) if x == y)
    }

    pub(crate) fn witness(&self, doc_id: &str) -> Witness {
        match self.group_of.get(doc_id) {
            Some(&group) => Witness::Copies(group),
            None => Witness::Document(doc_id.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_sharing_a_document_merge() {
        let copies = Copies::new([vec!["a", "b"], vec!["c", "d"], vec!["b", "c"]]);
        assert!(copies.same_text("a", "d"));
        assert!(!copies.same_text("a", "e"));
        assert!(copies.same_text("e", "e"));
        assert_eq!(copies.witness("a"), copies.witness("d"));
        assert_eq!(copies.witness("e"), Witness::Document("e".into()));
    }
}
