//! A synthetic corpus for the crash and concurrency tests: small documents recombined from
//! paragraphs of the team's sample articles, each with its own first line so that no two
//! texts are the same (the store would keep only one of two equal texts).

use std::path::{Path, PathBuf};

use super::repo;

/// A tiny deterministic generator (64-bit LCG, Knuth's constants): enough to pick
/// paragraphs and moments to kill, and reproducible from the printed seed.
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Lcg {
        Lcg(seed ^ 0x9e37_79b9_7f4a_7c15)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// The seed from `ARMSCOPE_TEST_SEED`, else a new one; printed so a failure can be repeated.
pub fn seed(test: &str) -> u64 {
    let seed = std::env::var("ARMSCOPE_TEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_secs())
        });
    eprintln!("{test}: seed {seed} (repeat with ARMSCOPE_TEST_SEED={seed})");
    seed
}

/// Body paragraphs of the sample plain-text articles: sentences, not page furniture.
pub fn paragraphs() -> Vec<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("testdata/articles"))
        .expect("testdata/articles")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("sample article");
        out.extend(
            text.split("\n\n")
                .map(str::trim)
                .filter(|p| (120..700).contains(&p.len()) && p.ends_with('.'))
                .map(str::to_owned),
        );
    }
    assert!(out.len() > 20, "too few sample paragraphs: {}", out.len());
    out
}

/// Writes `n` documents of one or two paragraphs under `dir`, 1,000 per subfolder, and
/// returns their ids (file names) in the order ingest reads them.
pub fn write_corpus(dir: &Path, n: usize, rng: &mut Lcg) -> Vec<String> {
    let paras = paragraphs();
    let mut ids = Vec::with_capacity(n);
    for i in 0..n {
        let shard = dir.join(format!("shard-{:03}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&shard).expect("shard folder");
        }
        let mut text = format!("Wire report {i:06}\n\n");
        for _ in 0..=rng.below(2) {
            text.push_str(&paras[rng.below(paras.len() as u64) as usize]);
            text.push_str("\n\n");
        }
        let id = format!("doc-{i:06}.txt");
        std::fs::write(shard.join(&id), text).expect("write document");
        ids.push(id);
    }
    ids
}
