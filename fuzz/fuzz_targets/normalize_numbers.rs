//! Number normaliser: no panic, spans inside the text on character boundaries, in order.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut last = 0;
    for m in armscope_normalize::find_numbers(text) {
        assert!(text.get(m.span.start..m.span.end).is_some(), "{:?}", m.span);
        assert!(m.span.start >= last, "out of order at {:?}", m.span);
        last = m.span.start;
        assert!(!m.value.is_nan());
    }
});
