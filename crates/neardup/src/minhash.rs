//! Word shingles and their MinHash signatures.
//!
//! A shingle is three consecutive words, lower-cased, letters and digits only: "Russia's" and
//! "Russia’s" (two apostrophes) read alike. Words are hashed with FNV-1a and shingles chain
//! three word hashes through splitmix64; the `HASHES` permutations are the shingle hash mixed
//! with a fixed seed; band keys are blake3 of a band's rows. Nothing depends on the run or the
//! build, so stored signatures stay comparable.

/// Words per shingle. Three keeps paraphrased copies (one word changed in four) similar while
/// unrelated texts on the same topic share few shingles.
pub(crate) const SHINGLE_WORDS: usize = 3;
/// Rows per LSH band. With two rows and 40 bands a reworded paragraph pair (Jaccard 0.33)
/// shares a key with probability 0.99, a pair on the same topic (Jaccard 0.02) with 0.016:
/// recall first, since every candidate is then checked exactly (three rows missed one reworded
/// pair in ten).
pub const ROWS: usize = 2;
/// Bands per signature.
pub const BANDS: usize = 40;
/// Length of a MinHash signature.
pub const HASHES: usize = ROWS * BANDS;

/// A sorted set of shingle hashes without repeats: a plain vector, so that building and
/// intersecting sets allocates once.
pub(crate) type Set = Vec<u64>;

/// The words of `text` as hashes: maximal runs of letters and digits, lower-cased on the fly
/// (FNV-1a over the characters, then mixed), so no word is ever allocated.
pub(crate) fn words(text: &str) -> Vec<u64> {
    let mut words = Vec::new();
    let mut hash: Option<u64> = None;
    for c in text.chars() {
        if c.is_alphanumeric() {
            let mut h = hash.unwrap_or(0xcbf2_9ce4_8422_2325);
            for lower in c.to_lowercase() {
                h = (h ^ u64::from(u32::from(lower))).wrapping_mul(0x0000_0100_0000_01b3);
            }
            hash = Some(h);
        } else if let Some(h) = hash.take() {
            words.push(mix(h));
        }
    }
    words.extend(hash.map(mix));
    words
}

/// The set of shingle hashes of `words`; a text shorter than one shingle has none. The three
/// word hashes are chained through the mixer, so word order matters.
pub(crate) fn shingles(words: &[u64]) -> Set {
    let mut set: Set = words
        .windows(SHINGLE_WORDS)
        .map(|w| mix(mix(mix(w[0]) ^ w[1]) ^ w[2]))
        .collect();
    set.sort_unstable();
    set.dedup();
    set
}

/// How many values two sets share (a merge of the sorted vectors).
pub(crate) fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn first_u64(bytes: &[u8; 32]) -> u64 {
    let mut first = [0u8; 8];
    first.copy_from_slice(&bytes[..8]);
    u64::from_le_bytes(first)
}

/// A good 64-bit mixer (Steele et al., splitmix64): one permutation per seed.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// The MinHash signature of a shingle set: for each permutation, the smallest value. Two sets'
/// signatures agree at a position with probability equal to their Jaccard similarity.
pub fn signature(shingles: &[u64]) -> Vec<u64> {
    (0..HASHES as u64)
        .map(|seed| {
            let salt = mix(seed);
            shingles
                .iter()
                .map(|s| mix(s ^ salt))
                .min()
                .unwrap_or(u64::MAX)
        })
        .collect()
}

/// One key per band of `signature`: sets that agree on all rows of any band share a key.
/// The band number is hashed in, so equal rows in different bands do not collide.
pub fn band_keys(signature: &[u64]) -> Vec<i64> {
    signature
        .chunks(ROWS)
        .enumerate()
        .map(|(band, rows)| {
            let mut hasher = blake3::Hasher::new();
            hasher.update(&(band as u64).to_le_bytes());
            for row in rows {
                hasher.update(&row.to_le_bytes());
            }
            // SQLite integers are signed: keep the bits, reinterpret.
            first_u64(hasher.finalize().as_bytes()) as i64
        })
        .collect()
}

/// The Jaccard similarity two signatures estimate: the share of positions that agree.
pub fn estimated_jaccard(a: &[u64], b: &[u64]) -> f64 {
    let n = a.len().min(b.len());
    if n == 0 {
        return 0.0;
    }
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f64 / n as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_ignore_case_and_punctuation() {
        assert_eq!(
            words("Russia’s key-partners"),
            words("russia's KEY partners")
        );
        assert_eq!(words("a b").len(), 2);
        assert_ne!(words("a b"), words("b a"));
        assert_ne!(
            shingles(&words("one two three")),
            shingles(&words("three two one"))
        );
    }

    #[test]
    fn shared_counts_common_values() {
        assert_eq!(shared(&[1, 3, 5, 7], &[2, 3, 4, 7, 9]), 2);
        assert_eq!(shared(&[], &[1]), 0);
    }

    #[test]
    fn identical_sets_have_identical_signatures_and_keys() {
        let a = shingles(&words("one two three four five six seven"));
        let b = shingles(&words("One, two; three four five six seven."));
        assert_eq!(signature(&a), signature(&b));
        assert_eq!(band_keys(&signature(&a)).len(), BANDS);
    }

    #[test]
    fn signatures_estimate_jaccard() {
        let text: Vec<u64> = (0..400).map(mix).collect();
        let a = shingles(&text[..300]);
        let b = shingles(&text[100..]);
        // True Jaccard: 198 shared of 398 in the union, about 0.5.
        let estimate = estimated_jaccard(&signature(&a), &signature(&b));
        assert!((0.38..0.62).contains(&estimate), "{estimate}");
        let c = shingles(&(1000..1300).map(mix).collect::<Vec<_>>());
        assert!(estimated_jaccard(&signature(&a), &signature(&c)) < 0.05);
    }
}
