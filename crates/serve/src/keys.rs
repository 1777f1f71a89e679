//! What filters read, packed: one small fixed-size `Key` per deal in one array, strings
//! replaced by interned numbers, and the words free text matches in one vocabulary. A filter
//! is one sequential pass over this memory; it never follows a pointer into a `Deal`, which is what
//! made a filter over 100,000 deals in sort order slow (a cache miss per field).

use std::collections::HashMap;

use armscope_fuse::Deal;

use crate::register::{fold, Row};

/// Whether bit `i` of a bit set over deal indexes is set.
pub(crate) fn has(bits: &[u64], i: usize) -> bool {
    bits[i / 64] & (1 << (i % 64)) != 0
}

/// "No value" for an interned field.
pub(crate) const NONE: u32 = u32::MAX;

/// One deal's filterable values.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Key {
    pub supplier: u32,
    pub recipient: u32,
    pub category: u32,
    pub system: u32,
    pub family: u32,
    /// `i32::MIN` when the deal has no year.
    pub year: i32,
    /// The status as its stage number, `u8::MAX` when none.
    pub status: u8,
    pub conflict: bool,
}

/// Strings to numbers; the same string always gets the same number.
#[derive(Debug, Default)]
pub(crate) struct Interner {
    ids: HashMap<String, u32>,
    names: Vec<String>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(s.to_owned());
        self.ids.insert(s.to_owned(), id);
        id
    }

    /// The string behind `id`; `None` for [`NONE`].
    pub fn name(&self, id: u32) -> Option<&str> {
        self.names.get(id as usize).map(String::as_str)
    }

    /// The number of `s`, or [`NONE`] when no deal has it (so a filter on it matches nothing).
    pub fn get(&self, s: &str) -> u32 {
        self.ids.get(s).copied().unwrap_or(NONE)
    }
}

/// The packed keys of every deal, the interner that names their numbers, and the free text.
#[derive(Debug, Default)]
pub(crate) struct Keys {
    pub keys: Vec<Key>,
    pub names: Interner,
    /// Per interned supplier and recipient, the deals that have it, ascending: a filter on a
    /// party visits only those.
    pub by_supplier: HashMap<u32, Vec<u32>>,
    pub by_recipient: HashMap<u32, Vec<u32>>,
    /// Every distinct word of the deals' search strings (lower-cased), joined by newlines;
    /// word `w` ends at `word_ends[w]` and `word_deals[w]` lists its deals, ascending. Free
    /// text is one substring search through this buffer per query word.
    words: String,
    word_ends: Vec<u32>,
    word_deals: Vec<Vec<u32>>,
}

impl Keys {
    pub fn build(deals: &[Deal], rows: &[Row], search: impl Iterator<Item = String>) -> Keys {
        let mut names = Interner::default();
        let opt = |names: &mut Interner, s: Option<&str>| s.map_or(NONE, |s| names.intern(s));
        let keys = deals
            .iter()
            .zip(rows)
            .map(|(deal, row)| Key {
                supplier: opt(&mut names, deal.supplier.as_deref()),
                recipient: opt(&mut names, deal.recipient.as_deref()),
                category: opt(&mut names, row.category_lc.as_deref()),
                system: names.intern(&fold(&deal.system)),
                family: names.intern(&fold(&deal.family)),
                year: row.year.unwrap_or(i32::MIN),
                status: row.status.map_or(u8::MAX, |s| s as u8),
                conflict: row.conflict,
            })
            .collect::<Vec<Key>>();
        let (mut by_supplier, mut by_recipient) = (HashMap::new(), HashMap::new());
        for (i, key) in keys.iter().enumerate() {
            let list: &mut Vec<u32> = by_supplier.entry(key.supplier).or_default();
            list.push(i as u32);
            let list: &mut Vec<u32> = by_recipient.entry(key.recipient).or_default();
            list.push(i as u32);
        }
        let mut words: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, text) in search.enumerate() {
            for word in text.split_whitespace() {
                let deals = words.entry(word.to_owned()).or_default();
                if deals.last() != Some(&(i as u32)) {
                    deals.push(i as u32);
                }
            }
        }
        let mut vocabulary: Vec<(String, Vec<u32>)> = words.into_iter().collect();
        vocabulary.sort_unstable();
        let (mut words, mut word_ends, mut word_deals) = (String::new(), Vec::new(), Vec::new());
        for (word, deals) in vocabulary {
            words.push_str(&word);
            word_ends.push(words.len() as u32);
            words.push('\n');
            word_deals.push(deals);
        }
        Keys {
            keys,
            names,
            by_supplier,
            by_recipient,
            words,
            word_ends,
            word_deals,
        }
    }

    /// The deals whose search string holds every query word (each inside one of its words),
    /// as a bit set over deal indexes.
    pub fn containing_all(&self, query: &[String]) -> Vec<u64> {
        let n = self.keys.len();
        let mut all = vec![u64::MAX; n.div_ceil(64)];
        for part in query {
            let mut found = vec![0u64; all.len()];
            let mut last = usize::MAX;
            // Words hold no newline, so a match lies inside one word; its end finds it.
            for at in memchr::memmem::find_iter(self.words.as_bytes(), part.as_bytes()) {
                let w = self
                    .word_ends
                    .partition_point(|&end| (end as usize) < at + part.len());
                if w == last {
                    continue;
                }
                last = w;
                for &i in &self.word_deals[w] {
                    found[i as usize / 64] |= 1 << (i % 64);
                }
            }
            all.iter_mut().zip(&found).for_each(|(a, f)| *a &= f);
        }
        all
    }
}
