//! `armscope catalog check|stats|find` on the built-in catalog and on a user's folder or file
//! (`--catalog` or `ARMSCOPE_CATALOG`).

mod common;

use std::process::Command;

use common::{armscope, json_lines};

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

/// A `states.tsv` that gives Russia one more alias, "Rossiya", which the built-in file lacks.
fn states_override(dir: &std::path::Path) -> std::path::PathBuf {
    let file = dir.join("states.tsv");
    std::fs::write(
        &file,
        "code\tname\tkind\taliases\tadjectives\tmetonyms\n\
         RU\tRussia\tstate\tRussian Federation|Rossiya\tRussian\tMoscow|Kremlin\n",
    )
    .unwrap();
    file
}

#[test]
fn find_resolves_an_alias_to_its_system() {
    let out = armscope(&["catalog", "find", "S-400 Triumf"]);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("\"S-400 Triumf\""), "{text}");
    assert!(text.contains("system s-400 \"S-400\""), "{text}");
    assert!(text.contains("family s-400"), "{text}");
    assert!(text.contains("category air-defence"), "{text}");
    assert!(text.contains("origin RU"), "{text}");

    let json = armscope(&["catalog", "find", "--json", "S-400 Triumf"]);
    assert!(json.status.success(), "{json:?}");
    let hits = json_lines(&json.stdout);
    assert_eq!(hits.len(), 1, "{hits:?}");
    let hit = &hits[0];
    assert_eq!(hit["text"], "S-400 Triumf");
    assert_eq!(
        (hit["start"].as_u64(), hit["end"].as_u64()),
        (Some(0), Some(12))
    );
    assert_eq!(hit["kind"], "system");
    assert_eq!(hit["id"], "s-400");
    assert_eq!(hit["name"], "S-400");
    assert_eq!(hit["family"], "s-400");
    assert_eq!(hit["category"], "air-defence");
    assert_eq!(hit["origin"], serde_json::json!(["RU"]));
    assert_eq!(hit["ambiguous"], false);
}

#[test]
fn find_shows_a_variants_family() {
    let out = armscope(&["catalog", "find", "Su-35S"]);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("system su-35s \"Su-35S\""), "{text}");
    assert!(text.contains("family su-35,"), "{text}");
    let hits = json_lines(&armscope(&["catalog", "find", "--json", "Su-35S"]).stdout);
    assert_eq!(hits[0]["family"], "su-35", "{hits:?}");
}

#[test]
fn find_reports_state_forms_and_ambiguous_names() {
    let out = armscope(&[
        "catalog",
        "find",
        "--json",
        "Moscow sent a Tor to Indian units",
    ]);
    assert!(out.status.success(), "{out:?}");
    let hits = json_lines(&out.stdout);
    let by_text = |t: &str| {
        hits.iter()
            .find(|h| h["text"] == t)
            .unwrap_or_else(|| panic!("no hit {t}: {hits:?}"))
    };
    assert_eq!(by_text("Moscow")["kind"], "state");
    assert_eq!(by_text("Moscow")["id"], "RU");
    assert_eq!(by_text("Moscow")["form"], "metonym");
    assert_eq!(by_text("Indian")["form"], "adjective");
    assert_eq!(by_text("Tor")["ambiguous"], true);
    let text = armscope(&["catalog", "find", "a Tor battery"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("ambiguous: needs context"), "{text}");
}

#[test]
fn find_on_nonsense_exits_1() {
    let out = armscope(&["catalog", "find", "qwzx blorp"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("no catalog name found"));
    // With --json stdout holds no objects at all.
    let json = armscope(&["catalog", "find", "--json", "qwzx blorp"]);
    assert_eq!(json.status.code(), Some(1), "{json:?}");
    assert!(json.stdout.is_empty(), "{json:?}");
}

#[test]
fn armscope_catalog_env_loads_a_folder_on_top() {
    let without = armscope(&["catalog", "find", "Rossiya"]);
    assert_eq!(without.status.code(), Some(1), "{without:?}");

    let dir = tempfile::tempdir().unwrap();
    states_override(dir.path());
    let out = Command::new(env!("CARGO_BIN_EXE_armscope"))
        .args(["catalog", "find", "--json", "Rossiya"])
        .env("ARMSCOPE_CATALOG", dir.path())
        .output()
        .expect("run armscope");
    assert!(out.status.success(), "{out:?}");
    let hits = json_lines(&out.stdout);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0]["kind"], "state");
    assert_eq!(hits[0]["id"], "RU");
    assert_eq!(hits[0]["form"], "name");

    // --catalog wins over the environment.
    let other = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_armscope"))
        .args([
            "--catalog",
            other.path().to_str().unwrap(),
            "catalog",
            "find",
            "Rossiya",
        ])
        .env("ARMSCOPE_CATALOG", dir.path())
        .output()
        .expect("run armscope");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
}

#[test]
fn catalog_takes_a_single_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = states_override(dir.path());
    let out = armscope(&[
        "--catalog",
        file.to_str().unwrap(),
        "catalog",
        "find",
        "Rossiya",
    ]);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("state RU \"Russia\" (name)"), "{text}");
    let check = armscope(&["--catalog", file.to_str().unwrap(), "catalog", "check"]);
    assert!(check.status.success(), "{check:?}");

    // Any other file name is refused, naming the file and the accepted names.
    let wrong = dir.path().join("russia.tsv");
    std::fs::copy(&file, &wrong).unwrap();
    let out = armscope(&[
        "--catalog",
        wrong.to_str().unwrap(),
        "catalog",
        "find",
        "Rossiya",
    ]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("russia.tsv"), "{err}");
    assert!(
        err.contains("states.tsv") && err.contains("person_names.tsv"),
        "{err}"
    );
}
