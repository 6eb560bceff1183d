//! Hostile inputs: each yields valid records and the right diagnostics, and
//! never panics. (Their time is measured in `benches/`, not here.)

use quote_attribution::{DiagnosticKind, Extractor, QuoteKind};

/// The hostile inputs, shared with the benchmarks' list by name and shape.
fn extract(text: &str) -> quote_attribution::Extraction {
    let ex = Extractor::new().extract_with_diagnostics(text);
    for q in &ex.quotes {
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        assert!(q.span.end <= text.len());
    }
    ex
}

#[test]
fn ten_megabytes_of_straight_quotes() {
    let text = "\"".repeat(10 << 20);
    let ex = extract(&text);
    assert!(ex.quotes.is_empty(), "pairs of marks hold nothing");
}

#[test]
fn three_million_unclosed_curly_quotes() {
    let text = "“".repeat(3_000_000);
    let ex = extract(&text);
    assert!(ex.quotes.len() <= 1);
    // reported, and merged into few diagnostics rather than millions
    assert!(!ex.diagnostics.is_empty());
    assert!(ex.diagnostics.len() < 10, "{}", ex.diagnostics.len());
    assert!(ex
        .diagnostics
        .iter()
        .any(|d| d.kind == DiagnosticKind::NestingTooDeep));
}

#[test]
fn a_million_right_double_marks() {
    let text = "”x ".repeat(1_000_000);
    let ex = extract(&text);
    assert!(ex.quotes.len() <= 500_000);
    let text = format!("{}\n\n{}", "” a".repeat(300_000), "b”");
    extract(&text);
}

#[test]
fn fifteen_hundred_thousand_deep_nests() {
    let nest = format!("{}x{}", "“".repeat(1000), "”".repeat(1000));
    let text = format!("{} ", nest).repeat(1500);
    let ex = extract(&text);
    assert_eq!(ex.quotes.len(), 1500);
    assert!(ex.quotes.iter().all(|q| q.kind != QuoteKind::Indirect));
}

#[test]
fn ten_megabyte_line_without_punctuation() {
    let text = "he said that we ".repeat((10 << 20) / 16);
    let ex = extract(&text);
    // cut into bounded sentences: at most one reported clause for each
    assert!(
        ex.quotes.len() <= text.len() / 4096 + 1,
        "{}",
        ex.quotes.len()
    );
    assert!(ex
        .quotes
        .iter()
        .all(|q| q.kind == QuoteKind::Indirect && q.span.len() <= 4096));
}

#[test]
fn apostrophes_everywhere() {
    let text = "it's rock 'n' roll, the '90s, Jones' cow, we’re ’til ‘tis o'clock ".repeat(20_000);
    let ex = extract(&text);
    assert!(
        ex.quotes.is_empty(),
        "{:?}",
        &ex.quotes[..ex.quotes.len().min(3)]
    );
}

#[test]
fn crlf_nul_bom_and_scripts() {
    let text = "\u{feff}“We won,”\r\nsaid Ana Ortiz.\r\n\r\n\0“שלום,” she said. «Привет», — сказал он. “مرحبا” 「你好」\r\n";
    let ex = extract(text);
    let texts: Vec<_> = ex.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts[0], "We won,");
    assert_eq!(ex.quotes[0].speaker.as_ref().unwrap().name, "Ana Ortiz");
    assert!(texts.contains(&"שלום,"));
    assert!(texts.contains(&"Привет"));
    assert!(texts.contains(&"你好"));
}

#[test]
fn many_cues_in_one_sentence() {
    let text = format!(
        "“x” {}",
        "he said, she said, they said that ".repeat(50_000)
    );
    extract(&text);
}

#[test]
fn many_names_and_pronouns() {
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!(
            "Mr. Name{i} Smith met Ms. Other{i} Jones. “Fine,” he said. “Yes,” Smith said.\n\n"
        ));
    }
    let ex = extract(&text);
    assert_eq!(ex.quotes.len(), 40_000);
}

#[test]
fn a_cue_that_ends_the_text() {
    // "tell" with nothing after it: no object, no outlet, no record
    for text in [
        "Ann Lee told",
        "As Ann Lee told",
        "Ann Lee warned",
        "“No,” she told",
    ] {
        let quotes = quote_attribution::extract(text);
        assert!(
            quotes
                .iter()
                .all(|q| q.kind != quote_attribution::QuoteKind::Indirect),
            "{text}"
        );
    }
}
