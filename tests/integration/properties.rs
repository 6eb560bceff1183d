//! Property tests: any input gives valid, ordered, deterministic records and
//! never panics.

use proptest::prelude::*;
use quote_attribution::{Extractor, QuoteKind, Span};

fn valid(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

fn check(text: &str) {
    let ex = Extractor::new();
    let a = ex.extract_with_diagnostics(text);
    let b = ex.extract_with_diagnostics(text);
    assert_eq!(a, b, "not deterministic");
    // joined split quotations: valid spans holding their parts, never more records
    let joined = Extractor::builder()
        .join_split_quotes(true)
        .build()
        .unwrap()
        .extract(text);
    assert!(joined.len() <= a.quotes.len());
    for q in &joined {
        assert!(valid(text, q.span), "{q:?}");
        assert_eq!(q.text, &text[q.span]);
        assert!(q.fragments.iter().all(|f| q.span.contains(*f)), "{q:?}");
    }
    for q in &a.quotes {
        assert!(valid(text, q.span), "{q:?}");
        assert_eq!(q.text, &text[q.span]);
        assert!((0.0..=1.0).contains(&q.confidence));
        for f in &q.fragments {
            assert!(valid(text, *f) && q.span.contains(*f));
        }
        if let Some(m) = q.speaker.as_ref().and_then(|s| s.mention.as_ref()) {
            assert!(valid(text, m.span));
            assert_eq!(m.text, &text[m.span]);
        }
        if let Some(c) = &q.cue {
            assert!(valid(text, c.span));
            assert_eq!(c.text, &text[c.span]);
        }
        assert!(valid(text, q.context.sentence) && valid(text, q.context.paragraph));
        if let Some(at) = q.context.attribution {
            assert!(valid(text, at));
        }
    }
    // the words in marks (a record's span, or a partial record's fragments)
    // never overlap from one record to the next
    let mut marked: Vec<Span> = a
        .quotes
        .iter()
        .flat_map(|q| match q.kind {
            QuoteKind::Indirect => Vec::new(),
            QuoteKind::Partial if !q.fragments.is_empty() => q.fragments.clone(),
            _ => vec![q.span],
        })
        .collect();
    marked.sort();
    for w in marked.windows(2) {
        assert!(w[0].end <= w[1].start, "overlap: {:?} {:?}", w[0], w[1]);
    }
    for w in a.quotes.windows(2) {
        assert!(w[0].span.start <= w[1].span.start, "not ordered");
    }
    for d in &a.diagnostics {
        assert!(valid(text, d.span));
    }
}

const PIECES: &[&str] = &[
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "‚",
    "‹",
    "›",
    "「",
    "」",
    "『",
    "』",
    "``",
    "''",
    "`",
    " ",
    "\n",
    "\n\n",
    ",",
    ".",
    ":",
    "—",
    "-",
    "said",
    "he",
    "she",
    "told",
    "according to",
    "Mr.",
    "Rob",
    "Spalding",
    "the",
    "Institute’s",
    "a",
    "retired",
    "general",
    "?",
    "!",
    "asked",
    "Trump",
    "’s",
    "é",
    "😀",
    "\u{0}",
    "\r\n",
    "\u{feff}",
    "שלום",
    "مرحبا",
    "who",
    "that",
    "Hua",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_string(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn quote_like_text(parts in proptest::collection::vec(proptest::sample::select(PIECES), 0..80)) {
        let text: String = parts.concat();
        check(&text);
    }
}

#[test]
fn regressions() {
    for text in [
        "\"\"=",
        "\"Bob.\"\n\n\"What.\"",
        "“",
        "”",
        "'",
        "a'b'c'",
        "„“",
        "«»«",
        "``''''",
        "\u{feff}“x” he said.",
        "“x\r\n\r\n“y”",
    ] {
        check(text);
    }
}

/// Inputs the fuzzer kept for the coverage they reach (`tests/data/fuzz/`,
/// picked from `fuzz/corpus/extract`: small ones holding marks and cues).
#[test]
fn fuzz_corpus_regressions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        check(&text);
        let _ = Extractor::new().extract_bytes(&bytes);
        n += 1;
    }
    assert!(n >= 20, "only {n} fuzz inputs in {}", dir.display());
}
