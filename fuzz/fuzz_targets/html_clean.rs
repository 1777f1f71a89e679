//! HTML cleaning: any page becomes a Document without panicking, and the text it keeps is
//! no longer than the page (cleaning only drops and collapses).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(html) = std::str::from_utf8(data) else {
        return;
    };
    let doc = armscope_ingest::document_from_html("fuzz", "fuzz.html", html);
    assert!(doc.text.len() <= html.len() + 2 * html.matches('<').count() + 2);
});
