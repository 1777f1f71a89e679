//! JSON Lines reading, from the bytes of a file: the size check, binary, compressed and
//! UTF-8 detection, line splitting and each line's fields. Every result is a document or an
//! error naming the file and line; nothing panics.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use armscope_ingest::{read_file, IngestError, ReadOptions};
use libfuzzer_sys::fuzz_target;

/// One scratch file per fuzzing process: the reader takes a path.
fn scratch() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        std::env::temp_dir().join(format!("armscope-fuzz-{}.jsonl", std::process::id()))
    })
}

fuzz_target!(|data: &[u8]| {
    let path = scratch();
    std::fs::write(path, data).expect("scratch file");
    let opts = ReadOptions {
        max_bytes: 1 << 20,
        ..ReadOptions::default()
    };
    let lines = data.split(|&b| b == b'\n').count();
    for result in read_file(path, &opts) {
        match result {
            Ok(doc) => assert!(!doc.text.trim().is_empty() && !doc.id.is_empty()),
            Err(IngestError::BadJsonLine { line, .. } | IngestError::MissingId { line, .. }) => {
                assert!((1..=lines).contains(&line))
            }
            Err(e) => assert!(e.to_string().contains(&*path.to_string_lossy())),
        }
    }
});
