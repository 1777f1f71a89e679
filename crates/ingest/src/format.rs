//! Deciding a file's format and turning its bytes into text.

use std::path::Path;

use armscope_core::SourceFormat;

use crate::IngestError;

/// How far into a file we look for NUL bytes: enough to catch every common binary header.
const BINARY_SNIFF: usize = 8 * 1024;

const BOM: &str = "\u{feff}";

/// Signatures of compressed files and archives. Compressed input is not read (a small file
/// could expand without bound); it gets its own message instead of "binary file".
const COMPRESSED: &[(&[u8], &str)] = &[
    (b"\x1f\x8b", "gzip"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
];

/// The format of a file: by extension first, then by a look at the content, since pages
/// saved without an `.html` name are common.
pub(crate) fn detect(path: &Path, text: &str) -> SourceFormat {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("html" | "htm" | "xhtml") => SourceFormat::Html,
        Some("jsonl" | "ndjson") => SourceFormat::Jsonl,
        _ if looks_like_html(text) => SourceFormat::Html,
        _ => SourceFormat::Text,
    }
}

/// True when the content starts (after whitespace and a BOM) with `<!doctype html` or `<html`.
pub(crate) fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start_matches(BOM).trim_start();
    let head = head.get(..14).unwrap_or(head);
    let lower = head.to_ascii_lowercase();
    lower.starts_with("<!doctype html") || lower.starts_with("<html")
}

/// Checks raw bytes (binary, UTF-8, empty) and returns the text without a BOM.
pub(crate) fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, IngestError> {
    if let Some(kind) = compressed(&bytes) {
        return Err(IngestError::Compressed {
            path: path.to_path_buf(),
            kind,
        });
    }
    let sniff = &bytes[..bytes.len().min(BINARY_SNIFF)];
    if sniff.contains(&0) {
        return Err(IngestError::Binary {
            path: path.to_path_buf(),
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| IngestError::NotUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    let text = match text.strip_prefix(BOM) {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    if text.trim().is_empty() {
        return Err(IngestError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(text)
}

/// The kind of compressed file or archive `bytes` start with, if any.
fn compressed(bytes: &[u8]) -> Option<&'static str> {
    let (_, kind) = COMPRESSED
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))?;
    // "BZh" alone is also how a text could start: bzip2 has a level digit and a block magic.
    if *kind == "bzip2"
        && !bytes
            .get(3..10)
            .is_some_and(|b| b[0].is_ascii_digit() && &b[1..] == b"1AY&SY")
    {
        return None;
    }
    Some(kind)
}

/// Strips a BOM and turns `\r\n` and lone `\r` into `\n`; nothing else changes.
pub(crate) fn normalize_newlines(raw: &str) -> String {
    let raw = raw.strip_prefix(BOM).unwrap_or(raw);
    if !raw.contains('\r') {
        return raw.to_owned();
    }
    raw.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_wins_then_content() {
        assert_eq!(detect(Path::new("a.HTM"), "plain"), SourceFormat::Html);
        assert_eq!(detect(Path::new("a.ndjson"), "{}"), SourceFormat::Jsonl);
        assert_eq!(
            detect(Path::new("a.txt"), "\n  <!DOCTYPE html><p>x"),
            SourceFormat::Html
        );
        assert_eq!(detect(Path::new("a"), "\u{feff}<HTML>"), SourceFormat::Html);
        assert_eq!(
            detect(Path::new("a.txt"), "<p>not a page</p>"),
            SourceFormat::Text
        );
    }

    #[test]
    fn decode_reports_offset_and_strips_bom() {
        let err = decode(Path::new("x.txt"), b"ab\xffcd".to_vec()).unwrap_err();
        assert!(matches!(err, IngestError::NotUtf8 { offset: 2, .. }));
        assert_eq!(decode(Path::new("x"), "\u{feff}hi".into()).unwrap(), "hi");
        assert!(matches!(
            decode(Path::new("x"), b" \n\t".to_vec()),
            Err(IngestError::Empty { .. })
        ));
        assert!(matches!(
            decode(Path::new("x"), b"a\0b".to_vec()),
            Err(IngestError::Binary { .. })
        ));
    }

    #[test]
    fn compressed_input_is_named() {
        for (bytes, kind) in [
            (&b"\x1f\x8b\x08\x00rest"[..], "gzip"),
            (b"PK\x03\x04\x14\x00", "zip"),
            (b"BZh91AY&SYxx", "bzip2"),
            (b"\xfd7zXZ\x00\x00", "xz"),
        ] {
            let err = decode(Path::new("x.gz"), bytes.to_vec()).unwrap_err();
            assert!(
                matches!(err, IngestError::Compressed { kind: k, .. } if k == kind),
                "{err}"
            );
        }
        // Text that happens to start like a signature is still text.
        assert!(decode(Path::new("x"), b"BZh is not bzip2".to_vec()).is_ok());
        assert!(decode(Path::new("x"), b"PK-3 rockets".to_vec()).is_ok());
    }

    #[test]
    fn newlines() {
        assert_eq!(normalize_newlines("\u{feff}a\r\nb\rc\n"), "a\nb\nc\n");
    }
}
