//! Word shingles and their MinHash signatures.
//!
//! A shingle is three consecutive words, lower-cased, letters and digits only: "Russia's" and
//! "Russia’s" (two apostrophes) read alike, as do reflowed lines. Each shingle is hashed once
//! with blake3; the `HASHES` permutations are that hash mixed with a fixed seed (splitmix64), so
//! signatures never change between runs or builds.

use std::collections::BTreeSet;

/// Words per shingle. Three keeps paraphrased copies (one word changed in four) similar while
/// unrelated texts on the same topic share few shingles.
pub(crate) const SHINGLE_WORDS: usize = 3;
/// Rows per LSH band. With two rows and 60 bands a reworded paragraph pair (Jaccard 0.33)
/// shares a key with probability 0.999, a pair on the same topic (Jaccard 0.02) with 0.02:
/// recall first, since every candidate is then checked exactly (three rows missed one reworded
/// pair in ten).
pub const ROWS: usize = 2;
/// Bands per signature.
pub const BANDS: usize = 60;
/// Length of a MinHash signature.
pub const HASHES: usize = ROWS * BANDS;

/// The words of `text`: maximal runs of letters and digits, lower-cased.
pub(crate) fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The set of shingle hashes of `words`; a text shorter than one shingle has none.
pub(crate) fn shingles(words: &[String]) -> BTreeSet<u64> {
    words
        .windows(SHINGLE_WORDS)
        .map(|w| {
            let mut hasher = blake3::Hasher::new();
            for word in w {
                hasher.update(word.as_bytes());
                hasher.update(&[0]);
            }
            first_u64(hasher.finalize().as_bytes())
        })
        .collect()
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
pub fn signature(shingles: &BTreeSet<u64>) -> Vec<u64> {
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
            ["russia", "s", "key", "partners"]
        );
        assert_eq!(
            words("Russia's KEY partners"),
            ["russia", "s", "key", "partners"]
        );
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
        let text: Vec<String> = (0..400).map(|i| format!("w{i}")).collect();
        let a = shingles(&text[..300]);
        let b = shingles(&text[100..]);
        // True Jaccard: 198 shared of 398 in the union, about 0.5.
        let estimate = estimated_jaccard(&signature(&a), &signature(&b));
        assert!((0.38..0.62).contains(&estimate), "{estimate}");
        let c = shingles(&(0..300).map(|i| format!("x{i}")).collect::<Vec<_>>());
        assert!(estimated_jaccard(&signature(&a), &signature(&c)) < 0.05);
    }
}
