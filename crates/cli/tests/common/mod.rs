//! Helpers for the integration tests: run the real binary, find the repository and the
//! shared evaluation folder, and score predictions the way `../shared/eval/score.py` does.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub mod synthetic;

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

/// `../shared` beside the checkout, when it is there (CI has it; a bare clone may not), or
/// `ARMSCOPE_SHARED` when set (a git worktree sits one folder deeper).
pub fn shared() -> Option<PathBuf> {
    let dir = std::env::var_os("ARMSCOPE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared"));
    dir.join("eval/dev/seeds.gold.jsonl")
        .exists()
        .then_some(dir)
}

/// A database holding the shared seed corpus, or `None` (saying so) when `../shared` is absent.
pub fn ingested_seeds() -> Option<(tempfile::TempDir, String)> {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared not found beside the checkout");
        return None;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(dir.path());
    let out = armscope(&[
        "ingest",
        "--db",
        &db,
        shared.join("corpus/seeds").to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some((dir, db))
}

/// `DIR/test.db` as a string argument.
pub fn db_in(dir: &Path) -> String {
    dir.join("test.db").to_str().unwrap().to_string()
}

pub fn armscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_armscope"))
        .args(args)
        .output()
        .expect("run armscope")
}

pub fn json_lines(bytes: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(bytes)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// Lower-case, letters and digits only, one trailing plural `s` dropped (as score.py does).
pub fn norm(name: &str) -> String {
    let s: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if s.chars().count() > 3 && s.ends_with('s') && !s.ends_with("ss") {
        s[..s.len() - 1].to_string()
    } else {
        s
    }
}

#[derive(Debug, Default)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    /// Field name → (right, scored).
    pub fields: std::collections::BTreeMap<String, (usize, usize)>,
    pub misses: Vec<String>,
}

impl Score {
    pub fn f1(&self) -> f64 {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn field(&self, name: &str) -> f64 {
        self.fields
            .get(name)
            .map_or(1.0, |(a, b)| *a as f64 / (*b).max(1) as f64)
    }
}

pub const FIELDS: &[&str] = &[
    "kind",
    "status",
    "quantity",
    "value_usd",
    "order_year",
    "delivery_years",
];

fn field_ok(field: &str, gold: &Value, pred: &Value) -> bool {
    match field {
        "value_usd" => match (gold.as_f64(), pred.as_f64()) {
            (Some(g), Some(p)) => (p - g).abs() <= 0.02 * g.abs(),
            _ => gold.is_null() && pred.is_null(),
        },
        "delivery_years" => {
            if gold.is_null() {
                return pred.is_null();
            }
            match (gold.as_array(), pred.as_array()) {
                (Some(g), Some(p)) if p.len() == 2 => {
                    g.iter().zip(p).all(|(g, p)| g.is_null() || g == p)
                }
                _ => false,
            }
        }
        _ => gold == pred,
    }
}

/// Transfer matching and field accuracy as in score.py (greedy, best agreement first).
pub fn score(gold_path: &Path, preds: &[Value]) -> Score {
    let gold_text = std::fs::read_to_string(gold_path).expect("gold file");
    let mut score = Score::default();
    for line in gold_text.lines().filter(|l| !l.trim().is_empty()) {
        let g: Value = serde_json::from_str(line).expect("gold line");
        let doc = g["doc"].as_str().unwrap_or_default();
        let golds = g["transfers"].as_array().cloned().unwrap_or_default();
        let ps: Vec<&Value> = preds
            .iter()
            .filter(|p| p["type"] == "transfer" && p["doc"] == doc)
            .collect();
        let mut pairs = Vec::new();
        for (gi, gt) in golds.iter().enumerate() {
            let names: Vec<String> = gt["system"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str())
                .map(norm)
                .collect();
            for (pi, p) in ps.iter().enumerate() {
                if p["supplier"] != gt["supplier"] || p["recipient"] != gt["recipient"] {
                    continue;
                }
                if !names.contains(&norm(p["system"].as_str().unwrap_or_default())) {
                    continue;
                }
                let agree = FIELDS
                    .iter()
                    .filter(|f| gt.get(**f).is_some() && field_ok(f, &gt[**f], &p[**f]))
                    .count();
                let required = if gt["optional"].as_bool().unwrap_or(false) {
                    0
                } else {
                    100
                };
                pairs.push((-((agree + required) as i64), gi, pi));
            }
        }
        pairs.sort();
        let (mut used_g, mut used_p) = (Vec::new(), Vec::new());
        for (_, gi, pi) in pairs {
            if used_g.contains(&gi) || used_p.contains(&pi) {
                continue;
            }
            used_g.push(gi);
            used_p.push(pi);
            let gt = &golds[gi];
            if gt["optional"].as_bool().unwrap_or(false) {
                continue;
            }
            score.tp += 1;
            for f in FIELDS {
                if gt.get(*f).is_some() {
                    let e = score.fields.entry(f.to_string()).or_default();
                    e.1 += 1;
                    if field_ok(f, &gt[*f], &ps[pi][*f]) {
                        e.0 += 1;
                    } else {
                        score.misses.push(format!(
                            "{doc} {} {f}: gold {} got {}",
                            gt["system"][0], gt[*f], ps[pi][*f]
                        ));
                    }
                }
            }
        }
        for (gi, gt) in golds.iter().enumerate() {
            if !used_g.contains(&gi) && !gt["optional"].as_bool().unwrap_or(false) {
                score.fn_ += 1;
                score.misses.push(format!(
                    "{doc} missed {}->{} {}",
                    gt["supplier"], gt["recipient"], gt["system"][0]
                ));
            }
        }
        for (pi, p) in ps.iter().enumerate() {
            if !used_p.contains(&pi) {
                score.fp += 1;
                score.misses.push(format!(
                    "{doc} false {}->{} {}",
                    p["supplier"], p["recipient"], p["system"]
                ));
            }
        }
    }
    score
}
