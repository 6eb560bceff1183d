//! The public API's promises: thread safety, errors, configuration, offsets.

use quote_attribution::*;
use std::panic::{RefUnwindSafe, UnwindSafe};

fn assert_traits<T: Send + Sync + UnwindSafe + RefUnwindSafe>() {}

#[test]
fn public_types_are_send_sync_unwind_safe() {
    assert_traits::<Extractor>();
    assert_traits::<ExtractorBuilder>();
    assert_traits::<Config>();
    assert_traits::<Quote>();
    assert_traits::<QuoteKind>();
    assert_traits::<Speaker>();
    assert_traits::<Mention>();
    assert_traits::<Resolution>();
    assert_traits::<EntityKind>();
    assert_traits::<Affiliation>();
    assert_traits::<Cue>();
    assert_traits::<Context>();
    assert_traits::<Diagnostic>();
    assert_traits::<DiagnosticKind>();
    assert_traits::<Extraction>();
    assert_traits::<Error>();
    assert_traits::<ErrorKind>();
    assert_traits::<Span>();
    assert_traits::<CharIndex>();
    assert_traits::<rules::Rule>();
    assert_traits::<rules::Example>();
    #[cfg(feature = "cli")]
    {
        assert_traits::<jsonl::Document>();
        assert_traits::<jsonl::LineError>();
        assert_traits::<jsonl::OutputQuote<'static>>();
    }
}

#[test]
fn one_extractor_shared_across_threads() {
    let ex = Extractor::new();
    let text = "“We lost,” Sam Green said.";
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4).map(|_| s.spawn(|| ex.extract(text))).collect();
        for h in handles {
            assert_eq!(
                h.join().unwrap()[0].speaker.as_ref().unwrap().name,
                "Sam Green"
            );
        }
    });
}

#[test]
fn invalid_utf8_names_the_position() {
    let ex = Extractor::new();
    let err = ex.extract_bytes(b"\"Hi,\" he said. \xc3\x28").unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { position: 15 });
    assert_eq!(err.to_string(), "invalid UTF-8 at byte 15");
    let (text, quotes) = ex.extract_bytes_lossy(b"\"Hi,\" he said. \xff");
    assert!(text.ends_with('\u{FFFD}'));
    assert_eq!(quotes[0].text, "Hi,");
}

#[test]
fn bad_configuration_is_an_error() {
    let e = Extractor::builder()
        .min_confidence(1.5)
        .build()
        .unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::InvalidConfig(_)));
    assert!(Extractor::builder().max_quote_len(0).build().is_err());
}

#[test]
fn limits_cut_and_report() {
    let text = format!("“{}” he said.", "word ".repeat(100));
    let ex = Extractor::builder()
        .max_quote_len(50)
        .build()
        .unwrap()
        .extract_with_diagnostics(&text);
    assert_eq!(ex.quotes[0].span.len(), 50);
    assert_eq!(ex.diagnostics[0].kind, DiagnosticKind::QuoteTruncated);
    let ex = Extractor::builder()
        .max_document_len(10)
        .build()
        .unwrap()
        .extract_with_diagnostics("“é é é é é é” he said.");
    assert_eq!(
        ex.diagnostics.last().unwrap().kind,
        DiagnosticKind::DocumentTruncated
    );
    assert!(ex.diagnostics.last().unwrap().span.start <= 10);
}

#[test]
fn min_confidence_filters() {
    let text = "“Unclaimed words.” “More.”";
    assert_eq!(extract(text).len(), 2);
    assert!(Extractor::builder()
        .min_confidence(0.9)
        .build()
        .unwrap()
        .extract(text)
        .is_empty());
}

#[test]
fn span_conversions() {
    let s = Span::from(2..5);
    assert_eq!(std::ops::Range::from(s), 2..5);
    assert_eq!(&"abcdefg"[s], "cde");
    let idx = CharIndex::new("é“x”😀y");
    assert_eq!(idx.char_offset(2), 1);
    assert_eq!(idx.to_chars(Span::new(5, 6)), Span::new(2, 3));
    assert_eq!(idx.utf16_offset("é“x”😀".len()), 6);
    assert_eq!(idx.char_offset("é“x”😀".len()), 5);
}

/// The records of `text` with split quotations joined.
fn extract_joined(text: &str) -> Vec<Quote> {
    Extractor::builder()
        .join_split_quotes(true)
        .build()
        .unwrap()
        .extract(text)
}

#[test]
fn join_split_quotes_makes_one_record_of_a_split_quotation() {
    let text = "“We fix roads,” Ana Petrov said. “Then we fix bridges.” Later she left.";
    let parts = quote_attribution::extract(text);
    assert_eq!(parts.len(), 2);
    let joined = extract_joined(text);
    assert_eq!(joined.len(), 1, "{joined:?}");
    let q = &joined[0];
    let first = crate::only(text, "We fix roads,");
    let second = crate::only(text, "Then we fix bridges.");
    assert_eq!(q.span, Span::new(first.start, second.end));
    assert_eq!(q.text, &text[q.span]);
    assert_eq!(q.fragments, vec![first, second]);
    assert_eq!(q.speaker.as_ref().unwrap().name, "Ana Petrov");
    assert_eq!(q.rule, "quote-then-speaker-cue");
    // quotes of different paragraphs stay apart
    let text = "“We fix roads,” Ana Petrov said.\n\n“Then we fix bridges.”";
    let joined = extract_joined(text);
    assert_eq!(joined.len(), 2);
}

#[test]
fn for_each_quote_streams_the_records_of_extract() {
    // a long text: a headline quote, its echo, then many paragraphs of quotes
    let mut text = String::from("Mayor: ‘We Will Rebuild’\n\n");
    text.push_str("“We will rebuild,” Mayor Ana Ruiz said on Monday.\n\n");
    for i in 0..3000 {
        text.push_str(&format!(
            "“Item {i} is done,” Tom Berg said. “More soon.” He left.\n\n"
        ));
    }
    let all = extract(&text);
    let mut streamed = Vec::new();
    let diagnostics = Extractor::new().for_each_quote(&text, |q| streamed.push(q));
    assert!(diagnostics.is_empty());
    assert_eq!(streamed, all);
    assert_eq!(all.len(), 1 + 1 + 2 * 3000);
    assert!(all.windows(2).all(|w| w[0].span.start < w[1].span.start));
    assert_eq!(all[0].kind, QuoteKind::Headline);
    assert_eq!(all[0].rule, "headline-echo");
    assert_eq!(all[0].speaker.as_ref().unwrap().name, "Ana Ruiz");
    assert_eq!(
        all.last().unwrap().speaker.as_ref().unwrap().name,
        "Tom Berg"
    );
}

#[test]
fn headline_echo_looks_64_kib_past_the_headline() {
    // the body quote that echoes the headline comes after 70 KB of text
    let mut text = String::from("Mayor: ‘We Will Rebuild the Bridge’\n\n");
    while text.len() < 70_000 {
        text.push_str("The council met again and nothing was decided.\n\n");
    }
    text.push_str("“We will rebuild the bridge,” Mayor Ana Ruiz said on Monday.\n");
    let quotes = extract(&text);
    assert_eq!(quotes[0].kind, QuoteKind::Headline);
    assert_ne!(quotes[0].rule, "headline-echo");
}

#[test]
fn join_split_quotes_passes_reported_speech_between_the_parts() {
    let text = "“We fix roads,” Ana Petrov said, adding that costs rose. “Then we fix bridges.”";
    let joined = extract_joined(text);
    let first = crate::only(text, "We fix roads,");
    let second = crate::only(text, "Then we fix bridges.");
    let q = joined.iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
    assert_eq!(q.span, Span::new(first.start, second.end));
    assert_eq!(q.fragments, vec![first, second]);
    // the reported clause between stays a record of its own, in span order
    let costs = crate::only(text, "costs rose");
    assert_eq!(
        joined.iter().map(|q| q.span).collect::<Vec<_>>(),
        vec![q.span, costs]
    );
}

#[test]
fn an_unresolved_pronoun_is_named_in_lowercase() {
    let q = extract("They said the road would close. “It will,” they added.");
    let names: Vec<&str> = q
        .iter()
        .map(|q| q.speaker.as_ref().unwrap().name.as_str())
        .collect();
    assert_eq!(names, ["they", "they"]);
    let first = q[0].speaker.as_ref().unwrap();
    assert_eq!(first.mention.as_ref().unwrap().text, "They");
    let q = extract("“I will run,” I said.");
    assert_eq!(q[0].speaker.as_ref().unwrap().name, "I");
}

#[cfg(feature = "serde")]
#[test]
fn enum_names_are_the_json_names() {
    use quote_attribution::{EntityKind, QuoteKind, Resolution};
    let json = |v: serde_json::Value| v.as_str().unwrap().to_string();
    for k in [
        QuoteKind::Direct,
        QuoteKind::Partial,
        QuoteKind::Indirect,
        QuoteKind::Headline,
        QuoteKind::Scare,
    ] {
        assert_eq!(k.as_str(), json(serde_json::to_value(k).unwrap()));
    }
    for r in [
        Resolution::Named,
        Resolution::PartialName,
        Resolution::Pronoun,
        Resolution::UnresolvedPronoun,
        Resolution::Description,
        Resolution::Unnamed,
        Resolution::Continuation,
        Resolution::Headline,
    ] {
        assert_eq!(r.as_str(), json(serde_json::to_value(r).unwrap()));
    }
    for e in [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Group,
        EntityKind::Unknown,
    ] {
        assert_eq!(e.as_str(), json(serde_json::to_value(e).unwrap()));
    }
}
