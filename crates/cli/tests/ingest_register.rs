//! The stored path, end to end with the real binary: ingest, re-ingest, register, show,
//! and bad input that must not stop a batch.

mod common;

use common::{armscope, db_in, ingested_seeds, json_lines, repo};

#[test]
fn ingest_is_idempotent_and_register_lists_deals() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(dir.path());
    let articles = repo().join("testdata/articles");
    let first = armscope(&["ingest", "--db", &db, articles.to_str().unwrap()]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let summary = String::from_utf8_lossy(&first.stderr);
    assert!(summary.contains("skipped (already stored) 0"), "{summary}");

    let again = armscope(&["ingest", "--db", &db, articles.to_str().unwrap()]);
    let summary = String::from_utf8_lossy(&again.stderr);
    assert!(
        summary.contains("stored 0,"),
        "second ingest stored something: {summary}"
    );

    let table = armscope(&["register", "--db", &db]);
    assert!(table.status.success());
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(table.lines().count() > 3, "{table}");

    let deals = json_lines(&armscope(&["register", "--db", &db, "--format", "jsonl"]).stdout);
    assert!(!deals.is_empty());
    let id = deals[0]["id"].as_str().unwrap();
    let show = armscope(&["show", "--db", &db, id]);
    assert!(show.status.success());
    let shown = String::from_utf8_lossy(&show.stdout);
    let evidence = deals[0]["sources"][0]["evidence"]["text"].as_str().unwrap();
    assert!(
        shown.contains(id) && shown.contains(&evidence[..evidence.len().min(40)]),
        "{shown}"
    );

    let missing = armscope(&["show", "--db", &db, "NO-SUCH-DEAL"]);
    assert!(!missing.status.success());
}

#[test]
fn csv_register_parses_back_with_one_row_per_deal() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(dir.path());
    armscope(&[
        "ingest",
        "--db",
        &db,
        repo().join("testdata/articles").to_str().unwrap(),
    ]);
    let deals = json_lines(&armscope(&["register", "--db", &db, "--format", "jsonl"]).stdout);
    let csv = armscope(&["register", "--db", &db, "--format", "csv"]).stdout;
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), deals.len());
}

#[test]
fn filters_narrow_the_register() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(dir.path());
    armscope(&[
        "ingest",
        "--db",
        &db,
        repo().join("testdata/articles").to_str().unwrap(),
    ]);
    let all = json_lines(&armscope(&["register", "--db", &db, "--format", "jsonl"]).stdout);
    let supplier = all[0]["supplier"].as_str().unwrap();
    let some = json_lines(
        &armscope(&[
            "register",
            "--db",
            &db,
            "--format",
            "jsonl",
            "--supplier",
            supplier,
        ])
        .stdout,
    );
    assert!(!some.is_empty() && some.iter().all(|d| d["supplier"] == supplier));
    assert!(some.len() <= all.len());
}

#[test]
fn bad_inputs_are_reported_and_the_rest_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(dir.path());
    let bad = repo().join("testdata/bad");
    let mut args: Vec<String> = vec!["ingest".into(), "--db".into(), db.clone()];
    for name in [
        "binary.bin",
        "invalid-utf8.txt",
        "empty.txt",
        "broken.jsonl",
    ] {
        args.push(bad.join(name).to_str().unwrap().to_string());
    }
    args.push(
        repo()
            .join("testdata/articles/in-ru-s400.txt")
            .to_str()
            .unwrap()
            .to_string(),
    );
    let out = armscope(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    for name in [
        "binary.bin",
        "invalid-utf8.txt",
        "empty.txt",
        "broken.jsonl:",
    ] {
        assert!(stderr.contains(name), "no message naming {name}: {stderr}");
    }
    // The good file and the good lines of the broken JSON Lines file are stored.
    assert!(stderr.contains("stored 3,"), "{stderr}");
}

#[test]
fn missing_database_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = armscope(&["register", "--db", &db_in(dir.path())]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no database"));
}

#[test]
fn seed_register_has_one_su35_and_one_s400_deal() {
    let Some((_dir, db)) = ingested_seeds() else {
        return;
    };
    for (system, min_docs) in [("Su-35", 3), ("S-400", 3)] {
        let deals = json_lines(
            &armscope(&[
                "register",
                "--db",
                &db,
                "--format",
                "jsonl",
                "--supplier",
                "RU",
                "--recipient",
                "CN",
                "--system",
                system,
            ])
            .stdout,
        );
        let sold: Vec<_> = deals.iter().filter(|d| d["kind"] == "sale").collect();
        let docs: std::collections::BTreeSet<&str> = sold
            .iter()
            .flat_map(|d| d["sources"].as_array().unwrap())
            .map(|s| s["doc_id"].as_str().unwrap())
            .collect();
        let biggest = sold
            .iter()
            .map(|d| d["sources"].as_array().unwrap().len())
            .max()
            .unwrap_or(0);
        eprintln!("{system}: {} deal(s), documents {docs:?}", sold.len());
        assert!(
            biggest >= min_docs,
            "{system}: no deal citing {min_docs} documents: {deals:?}"
        );
    }
}

#[test]
fn the_register_does_not_depend_on_ingestion_order() {
    let mut files: Vec<String> = std::fs::read_dir(repo().join("testdata/articles"))
        .unwrap()
        .map(|e| e.unwrap().path().to_str().unwrap().to_string())
        .collect();
    files.sort();
    let dir = tempfile::tempdir().unwrap();
    let mut registers = Vec::new();
    // Three orders: sorted, reversed, and a fixed interleaving.
    let mut orders = vec![
        files.clone(),
        files.iter().rev().cloned().collect::<Vec<_>>(),
    ];
    let (even, odd): (Vec<_>, Vec<_>) = files
        .iter()
        .cloned()
        .enumerate()
        .partition(|(i, _)| i % 2 == 0);
    orders.push(odd.into_iter().chain(even).map(|(_, f)| f).collect());
    for (n, order) in orders.iter().enumerate() {
        let db = dir
            .path()
            .join(format!("order{n}.db"))
            .to_str()
            .unwrap()
            .to_string();
        // Three ingest runs per order, each storing its files in the order given.
        for chunk in order.chunks(order.len().div_ceil(3)) {
            let mut args = vec!["ingest", "--db", db.as_str()];
            args.extend(chunk.iter().map(String::as_str));
            armscope(&args);
        }
        registers.push(armscope(&["register", "--db", &db, "--format", "jsonl"]).stdout);
    }
    assert!(!registers[0].is_empty());
    assert!(
        registers.iter().all(|r| *r == registers[0]),
        "register differs between ingestion orders"
    );
}

#[test]
fn seed_conflicts_show_the_su35_value_disagreement() {
    let Some((_dir, db)) = ingested_seeds() else {
        return;
    };
    let out = armscope(&["conflicts", "--db", &db]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("RU-CN-su-35") && text.contains("value: $2 bn") && text.contains("$2.5 bn"),
        "{text}"
    );
}
