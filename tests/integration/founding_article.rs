//! The article the project started from: every quote, span, speaker,
//! affiliation and cue of `tests/data/huawei-claw-them-back.gold.json`.

use crate::fixture;
use quote_attribution::{extract, CharIndex, QuoteKind, Resolution, Span};
use serde_json::Value;

fn kind(s: &str) -> QuoteKind {
    match s {
        "direct" => QuoteKind::Direct,
        "partial" => QuoteKind::Partial,
        "headline" => QuoteKind::Headline,
        "scare" => QuoteKind::Scare,
        "indirect" => QuoteKind::Indirect,
        other => panic!("unknown kind {other}"),
    }
}

/// Byte offset of char offset `c` in `text`.
fn byte_of(text: &str, c: usize) -> usize {
    text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
}

#[test]
fn every_quote_field_by_field() {
    let text = fixture("huawei-claw-them-back.txt");
    let gold: Value = serde_json::from_str(&fixture("huawei-claw-them-back.gold.json")).unwrap();
    let quotes = extract(&text);
    let marked: Vec<_> = quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .collect();
    let expected = gold["quotes"].as_array().unwrap();
    assert_eq!(
        marked.len(),
        expected.len(),
        "{:#?}",
        marked.iter().map(|q| &q.text).collect::<Vec<_>>()
    );
    for (q, g) in marked.iter().zip(expected) {
        let span = Span::new(
            byte_of(&text, g["start"].as_u64().unwrap() as usize),
            byte_of(&text, g["end"].as_u64().unwrap() as usize),
        );
        assert_eq!(q.span, span, "span of {:?}", g["quote"]);
        assert_eq!(q.text, g["quote"].as_str().unwrap());
        assert_eq!(&text[q.span], q.text);
        assert_eq!(
            q.kind,
            kind(g["kind"].as_str().unwrap()),
            "kind of {:?}",
            q.text
        );
        assert_eq!(
            q.speaker.as_ref().map(|s| s.name.as_str()),
            g["speaker"].as_str(),
            "speaker of {:?}",
            q.text
        );
        let aff = q.affiliation.as_ref();
        assert_eq!(
            aff.and_then(|a| a.organization.as_deref()),
            g["affiliation"].as_str(),
            "organisation of {:?}",
            q.text
        );
        assert_eq!(
            aff.and_then(|a| a.role.as_deref()),
            g["role"].as_str(),
            "role of {:?}",
            q.text
        );
        assert_eq!(
            q.cue.as_ref().map(|c| c.text.as_str()),
            g["cue"].as_str(),
            "cue of {:?}",
            q.text
        );
        assert!((0.0..=1.0).contains(&q.confidence));
    }
}

#[test]
fn mentions_and_resolutions() {
    let text = fixture("huawei-claw-them-back.txt");
    let quotes = extract(&text);
    let by_text = |start: &str| {
        quotes
            .iter()
            .find(|q| q.text.starts_with(start))
            .unwrap_or_else(|| panic!("{start}"))
    };

    let he = by_text("I think they’ve lost").speaker.as_ref().unwrap();
    assert_eq!(
        (he.name.as_str(), he.resolution),
        ("Rob Spalding", Resolution::Pronoun)
    );
    let m = he.mention.as_ref().unwrap();
    assert_eq!((m.text.as_str(), &text[m.span]), ("he", "he"));

    let mcneil = by_text("And there’s very little remedy")
        .speaker
        .as_ref()
        .unwrap();
    assert_eq!(
        (mcneil.name.as_str(), mcneil.resolution),
        ("Malcolm McNeil", Resolution::PartialName)
    );
    assert_eq!(mcneil.mention.as_ref().unwrap().text, "McNeil");

    let cont = by_text("China realizes").speaker.as_ref().unwrap();
    assert_eq!(cont.resolution, Resolution::Continuation);
    assert_eq!(
        by_text("Claw them back")
            .speaker
            .as_ref()
            .unwrap()
            .resolution,
        Resolution::Headline
    );
    assert_eq!(by_text("Claw them back").rule, "headline-echo");

    let first = by_text("Before, it was kind of Huawei");
    assert_eq!(first.rule, "quote-then-speaker-cue");
    let clause = first.context.attribution.unwrap();
    assert_eq!(&text[clause], "the Hudson Institute’s Rob Spalding, a retired Air Force general, told the Washington Examiner");
    assert!(text[first.context.sentence].starts_with("“Before"));
    assert!(first.context.paragraph.contains(first.context.sentence));
    assert_eq!(
        &text[first
            .speaker
            .as_ref()
            .unwrap()
            .mention
            .as_ref()
            .unwrap()
            .span],
        "the Hudson Institute’s Rob Spalding"
    );

    let index = CharIndex::new(&text);
    assert_eq!(index.to_chars(first.span), Span::new(310, 394));
}

#[test]
fn indirect_statements() {
    let text = fixture("huawei-claw-them-back.txt");
    let gold: Value = serde_json::from_str(&fixture("huawei-claw-them-back.gold.json")).unwrap();
    let quotes = extract(&text);
    for g in gold["indirect"].as_array().unwrap() {
        let want = g["text"].as_str().unwrap();
        let q = quotes
            .iter()
            .find(|q| q.kind == QuoteKind::Indirect && q.text.starts_with(want))
            .unwrap_or_else(|| panic!("no indirect record for {want:?}"));
        assert_eq!(
            q.speaker.as_ref().unwrap().name,
            g["speaker"].as_str().unwrap(),
            "{want}"
        );
        assert_eq!(
            q.cue.as_ref().unwrap().text,
            g["cue"].as_str().unwrap(),
            "{want}"
        );
    }
}
