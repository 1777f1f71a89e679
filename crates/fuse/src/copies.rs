//! Near-duplicate documents: copies of one text count once as confirmation.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::model::Report;

/// The near-duplicate links between documents (syndicated copies, shared wire paragraphs), as
/// detection found them. Links are followed only among the documents of one deal: a chain
/// of links through documents outside it (A shares a paragraph with X, X with B) does not make
/// A and B copies, so one background paragraph quoted everywhere cannot merge a whole corpus.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Copies {
    links: HashMap<String, HashSet<String>>,
}

/// Which of a deal's documents are copies of one text: each document's group (documents linked
/// directly or through other documents of the deal).
#[derive(Debug)]
pub(crate) struct DealCopies {
    group: HashMap<String, usize>,
}

impl Copies {
    /// Copies from groups of document ids, every document of a group linked with every other
    /// (a link is a group of two).
    pub fn new<G, D, S>(groups: G) -> Copies
    where
        G: IntoIterator<Item = D>,
        D: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut copies = Copies::default();
        for group in groups {
            let ids: Vec<String> = group.into_iter().map(Into::into).collect();
            for a in &ids {
                for b in ids.iter().filter(|b| *b != a) {
                    copies.links.entry(a.clone()).or_default().insert(b.clone());
                }
            }
        }
        copies
    }

    /// The copy groups among the documents of `members`.
    pub(crate) fn within(&self, members: &[&Report]) -> DealCopies {
        self.among(members.iter().map(|r| r.doc_id.as_str()))
    }

    /// The copy groups among `docs`.
    fn among<'d>(&self, docs: impl IntoIterator<Item = &'d str>) -> DealCopies {
        // Documents in id order, so group numbers never depend on input order.
        let docs: BTreeMap<&str, usize> = docs
            .into_iter()
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .enumerate()
            .map(|(i, d)| (d, i))
            .collect();
        let mut parent: Vec<usize> = (0..docs.len()).collect();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        for (doc, &i) in &docs {
            for other in self.links.get(*doc).into_iter().flatten() {
                if let Some(&j) = docs.get(other.as_str()) {
                    let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                    parent[a.max(b)] = a.min(b);
                }
            }
        }
        let group = docs
            .iter()
            .map(|(doc, &i)| (doc.to_string(), root(&mut parent, i)))
            .collect();
        DealCopies { group }
    }
}

impl DealCopies {
    /// The group a document counts as when support is counted.
    pub(crate) fn witness(&self, doc_id: &str) -> usize {
        self.group.get(doc_id).copied().unwrap_or(usize::MAX)
    }

    /// Whether two documents of the deal are copies of one text.
    #[cfg(test)]
    fn same_text(&self, a: &str, b: &str) -> bool {
        a == b || self.witness(a) == self.witness(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_followed_only_through_the_deals_own_documents() {
        let copies = Copies::new([["a", "x"], ["x", "b"], ["b", "c"]]);
        // x is not a source of this deal: a and b are independent, b and c are copies.
        let deal = copies.among(["a", "b", "c"]);
        assert!(!deal.same_text("a", "b"));
        assert!(deal.same_text("b", "c"));
        assert!(deal.same_text("a", "a"));
        assert!(copies.among(["a", "b", "c", "x"]).same_text("a", "c"));
    }
}
