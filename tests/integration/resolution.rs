//! Speaker resolution, from the cases of `tests/data/resolution.jsonl`:
//! invented sentences, each with the record whose speaker it checks (its
//! exact span, the canonical name, how it was resolved and, where given,
//! the entity's type, the evidence of pronouns and honorific, and the cue's
//! class).

use crate::{fixture, only};
use quote_attribution::Extractor;
use serde_json::Value;

#[test]
fn every_resolution_case() {
    let extractor = Extractor::new();
    let mut failures = Vec::new();
    for line in fixture("resolution.jsonl").lines() {
        let case: Value = serde_json::from_str(line).unwrap();
        let field = |k: &str| case[k].as_str().map(str::to_string);
        let (text, quote) = (field("text").unwrap(), field("quote").unwrap());
        let span = only(&text, &quote);
        let records = extractor.extract(&text);
        let Some(q) = records.iter().find(|q| q.span == span) else {
            failures.push(format!("{}: no record {quote:?}", field("case").unwrap()));
            continue;
        };
        let s = q.speaker.as_ref();
        let got = (
            s.map(|s| s.name.clone()),
            s.map(|s| s.resolution.as_str().to_string()),
            s.map(|s| s.entity.as_str().to_string()),
        );
        let want = (
            field("speaker"),
            field("resolution"),
            field("entity").or_else(|| got.2.clone()),
        );
        if got != want {
            failures.push(format!(
                "{}: got {got:?}, want {want:?}",
                field("case").unwrap()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
