//! Money normaliser: no panic, spans inside the text on character boundaries, amounts that
//! are numbers.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for m in armscope_normalize::find_money(text) {
        assert!(text.get(m.span.start..m.span.end).is_some(), "{:?}", m.span);
        assert!(!m.money.amount.is_nan());
    }
});
