//! `armscope catalog check|stats` on the built-in catalog and on a user's folder.

mod common;

use common::armscope;

#[test]
fn built_in_catalog_checks_clean_and_counts() {
    let out = armscope(&["catalog", "check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("catalog ok"));
    let stats = armscope(&["catalog", "stats", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&stats.stdout).expect("stats JSON");
    assert!(v["systems"].as_u64().unwrap() >= 1000, "{v}");
    assert!(v["organizations"].as_u64().unwrap() >= 300, "{v}");
}

#[test]
fn a_users_bad_file_is_reported_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("states.tsv"),
        "code\tname\tkind\taliases\tadjectives\tmetonyms\nzz\tNowhere\tstate\t\t\t\n",
    )
    .unwrap();
    let out = armscope(&[
        "--catalog",
        dir.path().to_str().unwrap(),
        "catalog",
        "check",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("states.tsv:2"), "{text}");
}
