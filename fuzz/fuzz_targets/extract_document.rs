//! Whole-document extraction with the built-in catalog: plain-text cleaning, then every
//! rule. No panic, and every evidence span and mention span lies inside the text on
//! character boundaries.
#![no_main]

use std::sync::OnceLock;

use armscope_catalog::Catalog;
use armscope_extract::Extractor;
use libfuzzer_sys::fuzz_target;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::builder().build().expect("built-in catalog"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else {
        return;
    };
    let doc = armscope_ingest::document_from_text("fuzz", "fuzz.txt", raw);
    let found = Extractor::new(catalog()).extract(&doc);
    for m in &found.mentions {
        assert!(doc.text.get(m.span.start..m.span.end).is_some(), "{m:?}");
    }
    for t in &found.transfers {
        let e = &t.evidence;
        assert_eq!(doc.text.get(e.start..e.end), Some(e.text.as_str()), "{e:?}");
    }
});
