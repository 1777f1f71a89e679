//! Concurrent use: `armscope register` runs again and again, and `armscope serve` answers
//! requests, while an ingest writes to the same database (WAL); every run and request
//! succeeds with whole JSON, and never sees less than the one before (no torn or rolled-back
//! reads).

mod common;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::synthetic::{self, Lcg};
use common::{armscope, json_lines};

/// A third as many in a debug build, where extraction is some twenty times slower.
const DOCS: usize = if cfg!(debug_assertions) { 1_000 } else { 3_000 };

#[test]
fn register_reads_while_ingest_writes() {
    let mut rng = Lcg::new(synthetic::seed("concurrent_read"));
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    synthetic::write_corpus(&corpus, DOCS, &mut rng);
    let db = dir.path().join("shared.db");
    let db_arg = db.to_str().unwrap();

    let mut writer = Command::new(env!("CARGO_BIN_EXE_armscope"))
        .args(["ingest", "--db", db_arg])
        .arg(&corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run armscope ingest");
    // Readers start once the file exists: before that `register` rightly says "no database".
    while !db.exists() && writer.try_wait().unwrap().is_none() {
        std::thread::sleep(Duration::from_millis(10));
    }
    let mut runs_during = 0;
    let mut seen = 0;
    while writer.try_wait().unwrap().is_none() {
        let docs = documents_in_register(db_arg);
        assert!(
            docs >= seen,
            "register went back from {seen} to {docs} documents"
        );
        seen = docs;
        runs_during += 1;
    }
    assert!(writer.wait().unwrap().success());
    assert!(runs_during > 0, "the ingest ended before a reader ran");
    eprintln!("{runs_during} register runs while ingesting; {seen} documents cited");
    assert!(
        documents_in_register(db_arg) >= seen,
        "the final register cites fewer documents"
    );
}

/// Runs `register --format jsonl`, which must succeed and print only whole JSON lines, and
/// returns how many distinct documents the deals cite.
fn documents_in_register(db: &str) -> usize {
    let out = armscope(&["register", "--db", db, "--format", "jsonl"]);
    assert!(
        out.status.success(),
        "register failed during ingest: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let deals = json_lines(&out.stdout);
    let docs: BTreeSet<&str> = deals
        .iter()
        .flat_map(|d| d["sources"].as_array().expect("sources"))
        .map(|s| s["doc_id"].as_str().expect("doc_id"))
        .collect();
    docs.len()
}

#[test]
fn api_answers_while_ingest_writes() {
    let mut rng = Lcg::new(synthetic::seed("concurrent_api"));
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let ids = synthetic::write_corpus(&corpus, DOCS, &mut rng);
    let db = dir.path().join("shared.db");
    let db_arg = db.to_str().unwrap();

    let mut writer = spawn_quiet(&["ingest", "--db", db_arg, corpus.to_str().unwrap()]);
    while !db.exists() && writer.try_wait().unwrap().is_none() {
        std::thread::sleep(Duration::from_millis(10));
    }
    let (mut server, addr) = serve(db_arg);
    // The first and the last document read: each is absent until its chunk commits, then
    // whole for good.
    let watched = [&ids[0], &ids[ids.len() - 1]];
    let mut stored = [false, false];
    let mut requests_during = 0;
    while writer.try_wait().unwrap().is_none() {
        let (status, stats) = get(&addr, "/api/v1/stats");
        assert_eq!(status, 200, "stats during ingest: {stats}");
        for (doc, was_stored) in watched.iter().zip(stored.iter_mut()) {
            let (status, body) = get(&addr, &format!("/api/v1/documents/{doc}"));
            match status {
                200 => {
                    assert_eq!(body["id"].as_str(), Some(doc.as_str()), "{body}");
                    *was_stored = true;
                }
                404 => assert!(!*was_stored, "{doc} was served, then not found: {body}"),
                other => panic!("document {doc} during ingest: {other} {body}"),
            }
        }
        requests_during += 3;
    }
    assert!(writer.wait().unwrap().success());
    assert!(requests_during > 0, "the ingest ended before a request ran");
    eprintln!("{requests_during} API requests while ingesting; stored seen: {stored:?}");
    for doc in watched {
        let (status, body) = get(&addr, &format!("/api/v1/documents/{doc}"));
        assert_eq!(status, 200, "{doc} after the ingest: {body}");
    }
    server.kill().unwrap();
    server.wait().unwrap();
}

fn spawn_quiet(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_armscope"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run armscope")
}

/// Starts `armscope serve` on a free port; returns it and the address its first line names.
fn serve(db: &str) -> (Child, String) {
    let mut server = Command::new(env!("CARGO_BIN_EXE_armscope"))
        .args(["serve", "--db", db, "--addr", "127.0.0.1:0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run armscope serve");
    let mut line = String::new();
    BufReader::new(server.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in the server's first line: {line:?}"))
        .to_string();
    (server, addr)
}

/// One HTTP/1.1 GET; the status and the body, which must be whole JSON.
fn get(addr: &str, path: &str) -> (u16, serde_json::Value) {
    let mut stream = TcpStream::connect(addr).expect("connect to armscope serve");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let response = String::from_utf8(response).expect("UTF-8 response");
    let (head, body) = response.split_once("\r\n\r\n").expect("a header block");
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {head:?}"));
    let body = serde_json::from_str(body)
        .unwrap_or_else(|e| panic!("{path}: not whole JSON ({e}): {body:?}"));
    (status, body)
}
