//! Extraction over any bytes: never a panic, and every span valid.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quote_attribution::{Extractor, Span};

fn valid(text: &str, s: Span) -> bool {
    s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
}

fuzz_target!(|data: &[u8]| {
    let ex = Extractor::new();
    let _ = ex.extract_bytes(data);
    let (text, _) = ex.extract_bytes_lossy(data);
    let out = ex.extract_with_diagnostics(&text);
    for q in &out.quotes {
        assert!(valid(&text, q.span));
        assert_eq!(q.text, &text[q.span]);
        if let Some(m) = q.speaker.as_ref().and_then(|s| s.mention.as_ref()) {
            assert!(valid(&text, m.span));
        }
        if let Some(c) = &q.cue {
            assert!(valid(&text, c.span));
        }
        assert!(valid(&text, q.context.sentence) && valid(&text, q.context.paragraph));
    }
    for d in &out.diagnostics {
        assert!(valid(&text, d.span));
    }
    let joined = Extractor::builder().join_split_quotes(true).build().unwrap().extract(&text);
    assert!(joined.len() <= out.quotes.len());
    for q in &joined {
        assert!(valid(&text, q.span));
        assert!(q.fragments.iter().all(|f| q.span.contains(*f)));
    }
});
