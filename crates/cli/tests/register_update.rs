//! The stored register with the real binary, on the team's sample articles (no `../shared`
//! needed): ingesting in two runs gives the register of one run and re-fuses only what the
//! second run touched; the CSV keeps the SIPRI layout and parses back; the FtM export is valid.

mod common;

use common::{armscope, db_in, json_lines, repo};

fn articles() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(repo().join("testdata/articles"))
        .unwrap()
        .map(|e| e.unwrap().path().to_str().unwrap().to_string())
        .collect();
    files.sort();
    files
}

fn ingest(db: &str, files: &[String]) -> String {
    let mut args = vec!["ingest", "--db", db];
    args.extend(files.iter().map(String::as_str));
    let out = armscope(&args);
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn register(db: &str, format: &str) -> Vec<u8> {
    let out = armscope(&["register", "--db", db, "--format", format]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// `register: N deal group(s) re-fused` from an ingest summary.
fn groups_fused_again(summary: &str) -> usize {
    let line = summary
        .lines()
        .find(|l| l.starts_with("register: "))
        .unwrap_or_else(|| panic!("no register line in {summary}"));
    line["register: ".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
fn two_ingest_runs_give_the_register_of_one_and_fuse_again_only_touched_groups() {
    let files = articles();
    let dir = tempfile::tempdir().unwrap();
    let at_once = dir.path().join("once.db").to_str().unwrap().to_string();
    let all = ingest(&at_once, &files);

    // One article alone in the second run: it touches its own groups only.
    let split = dir.path().join("split.db").to_str().unwrap().to_string();
    let (last, rest) = files.split_last().unwrap();
    ingest(&split, rest);
    let second = ingest(&split, std::slice::from_ref(last));

    assert_eq!(register(&split, "jsonl"), register(&at_once, "jsonl"));
    let total = groups_fused_again(&all);
    let touched = groups_fused_again(&second);
    assert!(
        touched >= 1 && touched < total,
        "{touched} of {total}: {second}"
    );

    // Reading the register re-fuses nothing more, and ingesting the same files again neither.
    let again = ingest(&split, &files);
    assert_eq!(groups_fused_again(&again), 0, "{again}");
}

/// The register CSV header, in order: SIPRI's trade-register columns plus armscope's sources.
const SIPRI_COLUMNS: [&str; 18] = [
    "deal_id",
    "supplier",
    "recipient",
    "designation",
    "category",
    "number_ordered",
    "order_year",
    "delivery_years",
    "number_delivered",
    "status",
    "value",
    "currency",
    "value_qualifier",
    "sources",
    "independent_sources",
    "source_documents",
    "conflicts",
    "comments",
];

#[test]
fn the_csv_has_the_sipri_layout_and_parses_back_to_the_deals() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(dir.path());
    ingest(&db, &articles());
    let deals = json_lines(&register(&db, "jsonl"));
    let csv = register(&db, "csv");
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, SIPRI_COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), deals.len());
    for deal in &deals {
        let row = rows
            .iter()
            .find(|r| r[0] == *deal["id"].as_str().unwrap())
            .unwrap_or_else(|| panic!("no row for {}", deal["id"]));
        let text = |v: &serde_json::Value| match v {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        assert_eq!(row[1], text(&deal["supplier"]));
        assert_eq!(row[3], text(&deal["system"]));
        assert_eq!(row[4], text(&deal["category"]));
        assert_eq!(row[6], text(&deal["order_year"]["chosen"]));
        assert_eq!(row[9], text(&deal["status"]["chosen"]));
        assert_eq!(
            row[13],
            deal["sources"].as_array().unwrap().len().to_string()
        );
        assert_eq!(row[14], text(&deal["independent_sources"]));
        let conflict = [
            "status",
            "quantity",
            "value",
            "order_year",
            "delivery_years",
        ]
        .iter()
        .any(|f| deal[*f]["conflict"] == true);
        assert_eq!(!row[16].is_empty(), conflict, "{row:?}");
    }
}

#[test]
fn the_sample_register_exports_as_valid_followthemoney() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(dir.path());
    ingest(&db, &articles());
    let out = armscope(&["export", "ftm", "--db", &db]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let problems = armscope_fuse::render::ftm_problems(&text);
    assert!(problems.is_empty(), "{problems:#?}");
    let contracts = json_lines(text.as_bytes())
        .into_iter()
        .filter(|e| e["schema"] == "Contract")
        .count();
    assert_eq!(contracts, json_lines(&register(&db, "jsonl")).len());
}
