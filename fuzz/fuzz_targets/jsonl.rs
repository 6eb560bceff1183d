//! The JSON Lines reader and writer over any bytes: a typed error or a line
//! of output, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quote_attribution::{jsonl, Extractor};

fuzz_target!(|data: &[u8]| {
    let ex = Extractor::new();
    for lossy in [false, true] {
        if let Ok(doc) = jsonl::parse_line(data, lossy) {
            let line = jsonl::output_line(&ex, &doc, true);
            assert!(!line.contains('\n'));
        }
    }
});
