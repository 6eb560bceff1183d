//! Every kind of quotation mark, apostrophes that are not marks, nesting,
//! quotes over several paragraphs, and unclosed marks.

use crate::only;
use quote_attribution::{extract, DiagnosticKind, Extractor, QuoteKind};

/// Asserts the quotes of `text` are exactly `expected`, spans and all.
fn quotes_are(text: &str, expected: &[&str]) {
    let got: Vec<_> = extract(text)
        .into_iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .collect();
    let texts: Vec<_> = got.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, expected, "in {text:?}");
    for (q, e) in got.iter().zip(expected) {
        assert_eq!(q.span, only(text, e), "span of {e:?} in {text:?}");
    }
}

#[test]
fn straight_double_and_single() {
    quotes_are(
        r#""Hello," he said, "how are you doing?""#,
        &["Hello,", "how are you doing?"],
    );
    quotes_are(
        "'Hello,' he said, 'how are you doing?'",
        &["Hello,", "how are you doing?"],
    );
}

#[test]
fn curly_double_and_single() {
    quotes_are(
        "“Hello,” he said, “how are you?”",
        &["Hello,", "how are you?"],
    );
    quotes_are(
        "‘Hello,’ he said, ‘how are you?’",
        &["Hello,", "how are you?"],
    );
    // a closing mark turned the wrong way
    quotes_are(
        "“Hello,“ he said, “how are you?”",
        &["Hello,", "how are you?"],
    );
}

#[test]
fn guillemets_both_directions() {
    quotes_are("« Bonjour », dit-il.", &["Bonjour"]);
    quotes_are("»Guten Tag«, sagte er.", &["Guten Tag"]);
    quotes_are("‹Hi there›, she said.", &["Hi there"]);
    quotes_are("›Hi there‹, she said.", &["Hi there"]);
}

#[test]
fn german_low_marks() {
    quotes_are("„Wir schaffen das“, sagte sie.", &["Wir schaffen das"]);
    quotes_are("‚Wir schaffen das‘, sagte sie.", &["Wir schaffen das"]);
}

#[test]
fn cjk_corner_brackets() {
    quotes_are("他说「我们会赢」。", &["我们会赢"]);
    quotes_are("她说『明天见』。", &["明天见"]);
}

#[test]
fn tex_quotes() {
    quotes_are("``How are you?'' he asked.", &["How are you?"]);
    quotes_are("`Hi,' he said.", &["Hi,"]);
}

#[test]
fn apostrophes_are_not_marks() {
    quotes_are(
        "Huawei’s engineers said we’re in the ’90s now; rock ’n’ roll; the students’ union.",
        &[],
    );
    quotes_are("It's the '90s. Jones' cow. Rock 'n' roll. 'Tis so.", &[]);
    quotes_are(
        "“Where is the dog‘s ball?” she asked.",
        &["Where is the dog‘s ball?"],
    );
    quotes_are("John`s dog barked.", &[]);
}

#[test]
fn nested_quotes_stay_inside() {
    let text = "“He told me ‘never again,’ and left,” she said.";
    quotes_are(text, &["He told me ‘never again,’ and left,"]);
    quotes_are(
        "\"She said 'no' twice,\" he said.",
        &["She said 'no' twice,"],
    );
    quotes_are(
        "“Hel «lo “how” are you» doing?” she asked.",
        &["Hel «lo “how” are you» doing?"],
    );
}

#[test]
fn quote_over_several_paragraphs_is_one() {
    let text = "Mayor Ines Duarte said: “We start today.\n\n“We finish in June.”";
    let q = extract(text);
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].span,
        only(text, "We start today.\n\n“We finish in June.")
    );
    assert_eq!(q[0].speaker.as_ref().unwrap().name, "Ines Duarte");
}

#[test]
fn unclosed_mark_ends_at_paragraph_end_and_is_reported() {
    let text = "He said, “we are going home.\n\nThe next day it rained.";
    let ex = Extractor::new().extract_with_diagnostics(text);
    assert_eq!(ex.quotes.len(), 1);
    assert_eq!(ex.quotes[0].span, only(text, "we are going home."));
    assert_eq!(ex.diagnostics.len(), 1);
    assert_eq!(ex.diagnostics[0].kind, DiagnosticKind::UnclosedMark);
    assert_eq!(ex.diagnostics[0].span, only(text, "“"));
}

#[test]
fn unmatched_closing_mark_is_reported() {
    let text = "It ended” there.";
    let ex = Extractor::new().extract_with_diagnostics(text);
    assert!(ex.quotes.is_empty());
    assert_eq!(ex.diagnostics[0].kind, DiagnosticKind::UnmatchedClosingMark);
    assert_eq!(ex.diagnostics[0].span, only(text, "”"));
}

#[test]
fn empty_quotes_are_skipped() {
    assert!(extract("\"\"=").is_empty());
    assert!(extract("“ ” and ''").is_empty());
}

#[test]
fn tex_marks_closing_two_quotes_at_once() {
    quotes_are(
        "''We are told, 'Kosovo is a special case,''' Mr. Putin said.",
        &["We are told, 'Kosovo is a special case,'"],
    );
    let q = &extract("''We are told, 'Kosovo is a special case,''' Mr. Putin said.")[0];
    assert_eq!(q.speaker.as_ref().unwrap().name, "Putin");
}

#[test]
fn closing_mark_turned_the_wrong_way_opens() {
    quotes_are(
        "He says,” there are a lot of people.”",
        &["there are a lot of people."],
    );
}

#[test]
fn a_title_with_an_ampersand_after_a_preposition_is_a_title() {
    let text = "Ann Lee appeared on “Fox & Friends” to defend her plan.";
    let quotes = extract(text);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    assert_eq!(quotes[0].kind, QuoteKind::Scare);
    assert_eq!(quotes[0].span, only(text, "Fox & Friends"));
    assert!(quotes[0].speaker.is_none());
}
