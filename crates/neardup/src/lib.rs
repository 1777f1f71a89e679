//! Near-duplicate detection: which documents repeat each other's text, whole or in part.
//!
//! Syndicated news is copied whole, shortened, or quoted a paragraph at a time, often with a
//! word changed or a different translation of the same wire. Counting each copy as one more
//! source would inflate the confirmation a claim gets, so the register needs to know.
//!
//! - A **shingle** is three consecutive words of one paragraph (lower-cased, letters and
//!   digits only).
//! - A **unit** is a paragraph: a line of the text of at least [`MIN_UNIT_WORDS`] words, or a
//!   run of shorter lines (headlines, datelines, a paragraph broken over lines) joined together.
//! - [`fingerprint`] gives a document's MinHash signature and its **band keys**: LSH bands
//!   ([`BANDS`] of [`ROWS`] rows) of the whole text's signature and of every unit's signature.
//!   Two documents that share a band key are *candidates*; a store indexes the keys, so finding
//!   the candidates of a new document never compares it with every stored one.
//! - [`overlap`] then checks a candidate pair exactly. They are near-duplicates when the whole
//!   texts have a Jaccard similarity of at least [`COPY_JACCARD`] (a copy), or when some pair of
//!   units shares at least [`UNIT_CONTAINMENT`] of the smaller unit's shingles (a shared
//!   paragraph, possibly reworded). Containment rather than Jaccard, because a quoted paragraph
//!   inside a long article is a small part of it.
//!
//! ```
//! use armscope_neardup::{fingerprint, overlap};
//!
//! let wire = "Russia has completed deliveries of 24 Su-35 fighter jets to China under a \
//!             contract signed in 2015, the head of the Federal Service said on Tuesday, \
//!             adding that the total value of the deal was about $2.5 billion.";
//! let a = format!("Moscow, Feb 23.\n{wire}\nOther news of the day followed in this text.");
//! let b = format!("An analysis of the Russian arms trade.\n{wire}");
//! let shared = fingerprint(&a).band_keys.iter().any(|k| fingerprint(&b).band_keys.contains(k));
//! assert!(shared);
//! let found = overlap(&a, &b).expect("a shared paragraph");
//! assert_eq!(found.shared_units, 1);
//! assert!(overlap(&a, "Completely different words about naval exercises in the Baltic sea.").is_none());
//! ```

#![warn(missing_docs)]

mod minhash;

use std::collections::BTreeSet;

pub use minhash::{band_keys, estimated_jaccard, signature, BANDS, HASHES, ROWS};
use minhash::{shared, shingles, words, Set, SHINGLE_WORDS};

/// Words a unit must hold; shorter lines are joined to the next ones.
pub const MIN_UNIT_WORDS: usize = 20;
/// Share of the smaller unit's shingles another unit must hold for the two to count as one
/// paragraph. Two translations of one wire paragraph measured 0.51 on the seed corpus; the
/// closest pair of unrelated paragraphs there, 0.17.
pub const UNIT_CONTAINMENT: f64 = 0.4;
/// A shared paragraph must also share this many shingles, so that two short formulas do not
/// make a copy.
pub const MIN_SHARED_SHINGLES: usize = 12;
/// Whole-text Jaccard similarity from which two documents are copies of each other.
pub const COPY_JACCARD: f64 = 0.5;

/// What a store keeps of a document to find its near-duplicates later.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    /// Number of distinct shingles in the whole text.
    pub shingles: usize,
    /// MinHash signature of the whole text ([`HASHES`] values).
    pub signature: Vec<u64>,
    /// LSH band keys of the whole text and of every unit, sorted, without repeats.
    pub band_keys: Vec<i64>,
}

/// How much two documents share, when they are near-duplicates.
#[derive(Clone, Debug, PartialEq)]
pub struct Overlap {
    /// Units of the first document that have a counterpart in the second.
    pub shared_units: usize,
    /// The best unit pair's containment (shared shingles over the smaller unit's).
    pub unit_containment: f64,
    /// Share of the smaller document's shingles found in the other document.
    pub containment: f64,
    /// Jaccard similarity of the two whole texts.
    pub jaccard: f64,
}

/// A text's shingles, whole and per unit: computed once, compared with many candidates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shingled {
    all: Set,
    /// Number of shingles of each unit.
    unit_lens: Vec<usize>,
    /// Every unit's shingles tagged with the unit's number, sorted: one merge of two such
    /// lists counts the shared shingles of every pair of units at once.
    tagged: Vec<(u64, u32)>,
}

impl Shingled {
    /// Shingles `text`: the whole text's shingles are those of its units (shingles do not
    /// cross paragraph boundaries).
    pub fn new(text: &str) -> Shingled {
        let units = units(text);
        let unit_lens = units.iter().map(Vec::len).collect();
        let mut tagged: Vec<(u64, u32)> = units
            .iter()
            .enumerate()
            .flat_map(|(n, unit)| {
                let n = u32::try_from(n).unwrap_or(u32::MAX);
                unit.iter().map(move |&s| (s, n))
            })
            .collect();
        tagged.sort_unstable();
        let mut all: Set = tagged.iter().map(|&(s, _)| s).collect();
        all.dedup();
        Shingled {
            all,
            unit_lens,
            tagged,
        }
    }

    /// The shingle sets of the units, in text order.
    fn units(&self) -> Vec<Set> {
        let mut units: Vec<Set> = self
            .unit_lens
            .iter()
            .map(|&n| Vec::with_capacity(n))
            .collect();
        // `tagged` is sorted by shingle, so every unit's list comes out sorted.
        for &(s, n) in &self.tagged {
            units[n as usize].push(s);
        }
        units
    }

    /// The signature and band keys of the text.
    pub fn fingerprint(&self) -> Fingerprint {
        let signature = signature(&self.all);
        let mut keys: BTreeSet<i64> = BTreeSet::new();
        if !self.all.is_empty() {
            keys.extend(band_keys(&signature));
        }
        for unit in &self.units() {
            keys.extend(band_keys(&minhash::signature(unit)));
        }
        Fingerprint {
            shingles: self.all.len(),
            signature,
            band_keys: keys.into_iter().collect(),
        }
    }
}

/// The signature and band keys of `text`.
pub fn fingerprint(text: &str) -> Fingerprint {
    Shingled::new(text).fingerprint()
}

/// Compares two texts exactly; `Some` when they are near-duplicates (see the crate docs).
/// Symmetric: `overlap(a, b)` and `overlap(b, a)` agree on whether they are linked.
pub fn overlap(a: &str, b: &str) -> Option<Overlap> {
    compare(&Shingled::new(a), &Shingled::new(b))
}

/// [`overlap`] of two texts already shingled.
pub fn compare(a: &Shingled, b: &Shingled) -> Option<Overlap> {
    let common = shared(&a.all, &b.all);
    let union = a.all.len() + b.all.len() - common;
    let jaccard = ratio(common, union);
    let containment = ratio(common, a.all.len().min(b.all.len()));

    // Shared shingles of every unit pair, from one merge of the tagged lists (a shingle may
    // be in several units of one text: each pair of its occurrences counts once).
    let (na, nb) = (a.unit_lens.len(), b.unit_lens.len());
    let mut pair_common = vec![0usize; na * nb];
    if common >= MIN_SHARED_SHINGLES {
        let (ta, tb) = (&a.tagged, &b.tagged);
        let (mut i, mut j) = (0, 0);
        while i < ta.len() && j < tb.len() {
            let (x, y) = (ta[i].0, tb[j].0);
            match x.cmp(&y) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let i_end = i + ta[i..].iter().take_while(|t| t.0 == x).count();
                    let j_end = j + tb[j..].iter().take_while(|t| t.0 == x).count();
                    for &(_, ua) in &ta[i..i_end] {
                        for &(_, ub) in &tb[j..j_end] {
                            pair_common[ua as usize * nb + ub as usize] += 1;
                        }
                    }
                    (i, j) = (i_end, j_end);
                }
            }
        }
    }
    // (With fewer shared shingles over the whole texts no unit pair can reach the minimum.)

    let mut shared_units = 0;
    let mut unit_containment: f64 = 0.0;
    for (ua, &len_a) in a.unit_lens.iter().enumerate() {
        let mut best: f64 = 0.0;
        for (ub, &len_b) in b.unit_lens.iter().enumerate() {
            let common = pair_common[ua * nb + ub];
            if common >= MIN_SHARED_SHINGLES {
                best = best.max(ratio(common, len_a.min(len_b)));
            }
        }
        unit_containment = unit_containment.max(best);
        if best >= UNIT_CONTAINMENT {
            shared_units += 1;
        }
    }
    (jaccard >= COPY_JACCARD || shared_units > 0).then_some(Overlap {
        shared_units,
        unit_containment,
        containment,
        jaccard,
    })
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// The shingle sets of the text's units: each line of [`MIN_UNIT_WORDS`] words or more, and
/// runs of shorter lines joined together. A short line is never joined to a long one: a
/// headline glued to a copied paragraph would hide the copy.
fn units(text: &str) -> Vec<Set> {
    let mut units: Vec<Vec<u64>> = Vec::new();
    let mut short: Vec<u64> = Vec::new();
    let flush = |short: &mut Vec<u64>, units: &mut Vec<Vec<u64>>| {
        if short.len() >= SHINGLE_WORDS {
            units.push(std::mem::take(short));
        }
        short.clear();
    };
    for line in text.lines() {
        let words = words(line);
        if words.len() >= MIN_UNIT_WORDS {
            flush(&mut short, &mut units);
            units.push(words);
        } else {
            short.extend(words);
            if short.len() >= MIN_UNIT_WORDS {
                flush(&mut short, &mut units);
            }
        }
    }
    flush(&mut short, &mut units);
    units.iter().map(|u| shingles(u)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHARED: &str = "China is one of Russia's key partners in military-technical \
        cooperation. In January 2019 the head of the Federal Service announced that the order \
        portfolio with China is more than 7 billion dollars.";
    const REWORDED: &str = "China is one of Russia’s key partners in the field of defence \
        technology. In January 2019 the head of the Federal Service said that the portfolio of \
        orders with China is more than US$ 7 billion.";

    fn article(lead: &str, body: &str, tail: &str) -> String {
        format!("{lead}\n\n{body}\n\n{tail}")
    }

    #[test]
    fn a_reworded_shared_paragraph_links_two_different_articles() {
        let a = article(
            "The ambassador spoke of high technology in an interview given to a news agency in Moscow on the eve of the holiday.",
            SHARED,
            "Sanctions were introduced against the department in the fall of 2017 for the purchase of fighters.",
        );
        let b = article(
            "The president said at a meeting of a discussion club that a military alliance was not needed but could be imagined.",
            REWORDED,
            "The annual report of the holding disclosed contracts for helicopters of several types signed during the year.",
        );
        let found = overlap(&a, &b).expect("shared paragraph");
        assert_eq!(found.shared_units, 1);
        assert!(found.unit_containment >= UNIT_CONTAINMENT, "{found:?}");
        assert!(found.jaccard < COPY_JACCARD, "{found:?}");
        assert_eq!(overlap(&b, &a).map(|o| o.shared_units), Some(1));
    }

    #[test]
    fn articles_on_the_same_topic_are_not_linked() {
        let a = article(
            "Russia delivered the last of 24 Su-35 fighters to China, the agency said, completing a contract signed in 2015.",
            "The fighters were built at the Komsomolsk-on-Amur plant and flown to China in three batches over two years.",
            "China also received S-400 air defence systems under a separate contract for four battalions.",
        );
        let b = article(
            "India took delivery of the first S-400 squadron from Russia despite the threat of American sanctions last year.",
            "The five squadrons were ordered in 2018 for about 5.4 billion dollars and are to arrive by 2026 under the deal.",
            "Turkey bought the same system in 2017 and was removed from the F-35 programme as a result of the purchase.",
        );
        assert!(overlap(&a, &b).is_none());
    }

    #[test]
    fn a_whole_copy_is_linked_even_without_paragraphs() {
        let text = "Egypt signed a contract for two dozen Su-35 fighters worth about two billion dollars in 2018 according to Kommersant";
        let copy = format!("{text} (reprinted)");
        let found = overlap(text, &copy).expect("copy");
        assert!(found.jaccard >= COPY_JACCARD);
        let keys = |t: &str| fingerprint(t).band_keys;
        assert!(keys(text).iter().any(|k| keys(&copy).contains(k)));
    }

    #[test]
    fn fingerprints_do_not_depend_on_line_endings_or_case() {
        let a = article("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty.", SHARED, "");
        assert_eq!(fingerprint(&a), fingerprint(&a.replace('\n', "\r\n")));
        assert_eq!(fingerprint(&a), fingerprint(&a.to_uppercase()));
    }

    /// The unit comparison as it was first written: every unit pair merged on its own.
    fn naive_units(a: &Shingled, b: &Shingled) -> (usize, f64) {
        let (ua, ub) = (a.units(), b.units());
        let mut shared_units = 0;
        let mut unit_containment: f64 = 0.0;
        for x in &ua {
            let mut best: f64 = 0.0;
            for y in &ub {
                let common = shared(x, y);
                if common >= MIN_SHARED_SHINGLES {
                    best = best.max(ratio(common, x.len().min(y.len())));
                }
            }
            unit_containment = unit_containment.max(best);
            if best >= UNIT_CONTAINMENT {
                shared_units += 1;
            }
        }
        (shared_units, unit_containment)
    }

    #[test]
    fn one_merge_counts_unit_pairs_as_pairwise_merges_do() {
        // Texts made of a few paragraphs drawn from a small pool, some repeated within a
        // text (a shingle in two units of one text), some shared with the other text.
        let words = [
            "arms",
            "deal",
            "russia",
            "china",
            "jets",
            "signed",
            "the",
            "contract",
            "for",
            "two",
            "dozen",
            "fighters",
            "delivered",
            "in",
            "navy",
            "frigates",
        ];
        let mut seed = 7u64;
        let mut next = move |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        let pool: Vec<String> = (0..12)
            .map(|_| {
                (0..20 + next(30))
                    .map(|_| words[next(words.len())])
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        for _ in 0..200 {
            let mut text = || {
                (0..1 + next(6))
                    .map(|_| pool[next(pool.len())].clone())
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            let (a, b) = (Shingled::new(&text()), Shingled::new(&text()));
            let naive = naive_units(&a, &b);
            let found = compare(&a, &b);
            match found {
                Some(o) => assert_eq!((o.shared_units, o.unit_containment), naive),
                None => assert_eq!(naive.0, 0),
            }
        }
    }

    #[test]
    fn empty_text_has_no_keys() {
        let print = fingerprint("");
        assert_eq!(print.shingles, 0);
        assert!(print.band_keys.is_empty());
        assert!(overlap("", "").is_none());
    }
}
