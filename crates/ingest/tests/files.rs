//! Files and folders: format choice, bad files, size limit, walk order.

use std::path::Path;

use armscope_core::SourceFormat;
use armscope_ingest::{read_file, read_path, IngestError, ReadOptions};

fn one(path: &str, opts: &ReadOptions) -> Result<armscope_core::Document, IngestError> {
    let mut results = read_file(Path::new(path), opts);
    assert_eq!(results.len(), 1);
    results.remove(0)
}

fn err(path: &str) -> IngestError {
    one(path, &ReadOptions::default()).unwrap_err()
}

#[test]
fn binary_file_is_rejected() {
    let e = err("tests/fixtures/bad/binary.bin");
    assert!(matches!(e, IngestError::Binary { .. }), "{e:?}");
    assert!(e.to_string().contains("binary.bin"), "{e}");
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let e = err("tests/fixtures/bad/invalid_utf8.txt");
    // "café ok then " is 14 bytes (é is two).
    assert!(
        matches!(e, IngestError::NotUtf8 { offset: 14, .. }),
        "{e:?}"
    );
    assert!(
        e.to_string().contains("invalid_utf8.txt") && e.to_string().contains("14"),
        "{e}"
    );
}

#[test]
fn empty_and_whitespace_only_files_are_rejected() {
    for f in [
        "tests/fixtures/bad/empty.txt",
        "tests/fixtures/bad/whitespace_only.txt",
    ] {
        let e = err(f);
        assert!(matches!(e, IngestError::Empty { .. }), "{e:?}");
        assert!(
            e.to_string()
                .contains(Path::new(f).file_name().unwrap().to_str().unwrap()),
            "{e}"
        );
    }
}

#[test]
fn oversized_file_is_rejected_with_sizes() {
    let opts = ReadOptions {
        max_bytes: 10,
        ..ReadOptions::default()
    };
    let e = one("tests/fixtures/walk/c.txt", &opts).unwrap_err();
    assert!(
        matches!(e, IngestError::TooLarge { limit: 10, .. }),
        "{e:?}"
    );
    assert!(e.to_string().contains("c.txt"), "{e}");
    assert_eq!(ReadOptions::default().max_bytes, 64 * 1024 * 1024);
}

#[test]
fn missing_file_is_an_io_error_naming_it() {
    let e = err("tests/fixtures/no_such_file.txt");
    assert!(matches!(e, IngestError::Io { .. }), "{e:?}");
    assert!(e.to_string().contains("no_such_file.txt"), "{e}");
    let all = read_path(
        Path::new("tests/fixtures/no_such_dir"),
        &ReadOptions::default(),
    );
    assert!(matches!(all.as_slice(), [Err(IngestError::Io { .. })]));
}

#[test]
fn text_file_id_source_and_title() {
    let doc = one(
        "tests/fixtures/text/noisy_article.txt",
        &ReadOptions::default(),
    )
    .unwrap();
    assert_eq!(doc.id, "noisy_article.txt");
    assert_eq!(doc.source, "tests/fixtures/text/noisy_article.txt");
    assert_eq!(doc.format, SourceFormat::Text);
    assert_eq!(doc.published, None);
}

#[test]
fn html_content_in_a_txt_file_is_read_as_html() {
    let doc = one(
        "tests/fixtures/text/sniffed_page.txt",
        &ReadOptions::default(),
    )
    .unwrap();
    assert_eq!(doc.format, SourceFormat::Html);
    assert_eq!(doc.published, Some(jiff::civil::date(2021, 6, 7)));
    assert!(
        doc.text
            .starts_with("Sniffed page headline\n\nThis page has a .txt name"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains('<'), "{}", doc.text);
}

#[test]
fn folder_walk_is_sorted_recursive_and_skips_hidden_files() {
    let results = read_path(Path::new("tests/fixtures/walk"), &ReadOptions::default());
    let ids: Vec<_> = results
        .iter()
        .map(|r| r.as_ref().unwrap().id.as_str())
        .collect();
    assert_eq!(ids, ["1.txt", "2.html", "3.txt", "c.txt"]);
    assert_eq!(results[1].as_ref().unwrap().format, SourceFormat::Html);
    assert_eq!(
        results[1].as_ref().unwrap().text,
        "Walk second, an HTML page inside folder a."
    );
}

#[test]
fn files_lists_in_read_order_and_names_a_missing_path() {
    let mut walk = armscope_ingest::files(Path::new("tests/fixtures/walk"));
    assert!(walk.next().unwrap().unwrap().ends_with("a/1.txt"));
    let rest: Vec<_> = walk.map(|f| f.unwrap()).collect();
    assert!(rest[0].ends_with("a/2.html") && rest[1].ends_with("b/3.txt"));
    assert_eq!(rest.len(), 3);
    let missing: Vec<_> = armscope_ingest::files(Path::new("tests/fixtures/nope")).collect();
    assert!(matches!(&missing[..], [Err(IngestError::Io { path, .. })] if path.ends_with("nope")));
}

#[test]
fn a_bad_file_in_a_folder_does_not_stop_the_walk() {
    let results = read_path(Path::new("tests/fixtures/bad"), &ReadOptions::default());
    let kinds: Vec<_> = results
        .iter()
        .map(|r| match r {
            Err(IngestError::Binary { .. }) => "binary",
            Err(IngestError::Empty { .. }) => "empty",
            Err(IngestError::NotUtf8 { .. }) => "utf8",
            other => panic!("unexpected {other:?}"),
        })
        .collect();
    assert_eq!(kinds, ["binary", "empty", "utf8", "empty"]);
}

#[test]
fn a_page_with_no_text_left_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("menu_only.html");
    std::fs::write(
        &page,
        "<html><body><nav>Home News Sport</nav></body></html>",
    )
    .unwrap();
    let results = read_file(&page, &ReadOptions::default());
    assert!(
        matches!(results.as_slice(), [Err(IngestError::NoText { .. })]),
        "{results:?}"
    );
}
