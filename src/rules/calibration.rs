//! Confidence: how often a rule's record is right, measured.
//!
//! The figures are the share of records right (words inside an annotated
//! quotation, speaker right) per rule, kind and resolution, measured on the
//! PolNeAR training articles with `scripts/calibration.py` and rounded down;
//! cues of belief or perception scale them by their weight in
//! `cue_verbs.txt`. The development articles check them (see the README).

use crate::record::{QuoteKind, Resolution};

/// The confidence of a record decided by `rule`.
pub(crate) fn confidence(
    rule: &str,
    kind: QuoteKind,
    resolution: Option<Resolution>,
    cue_weight: f64,
) -> f64 {
    use QuoteKind::{Direct, Headline, Indirect, Partial};
    use Resolution::{PartialName, Pronoun, Unnamed, UnresolvedPronoun};
    let base = match (rule, kind, resolution) {
        // (a fragment after the paragraph's quotation, or a clause opening
        // its sentence: 34 records on train, 0.735 right)
        ("continuation-same-paragraph", Partial, _) => 0.73,
        ("continuation-same-paragraph", _, _) => 0.95,
        ("continuation-next-paragraph", _, _) => 0.6,
        ("continuation-after-reported", _, _) => 0.4,
        ("headline-echo", _, _) => 0.3,
        ("headline-colon", _, _) => 0.7,
        ("unattributed", _, _) => 0.2,
        ("scare-quote", _, _) => 0.7,
        ("reported-speech", Indirect, Some(UnresolvedPronoun)) => 0.45,
        ("reported-speech", Indirect, _) => 0.65,
        ("reported-speech", _, Some(Pronoun | PartialName)) => 0.86,
        ("reported-speech", _, Some(UnresolvedPronoun)) => 0.5,
        ("reported-speech", _, _) => 0.72,
        ("according-to", _, _) => 0.9,
        ("poll-finding", _, _) => 0.59,
        ("speaker-cue-comma-quote", Direct, Some(Pronoun | PartialName)) => 0.91,
        ("speaker-cue-comma-quote", Direct, _) => 0.78,
        ("speaker-cue-comma-quote", _, Some(Unnamed)) => 0.47,
        ("speaker-cue-comma-quote", _, _) => 0.77,
        ("speaker-cue-colon-quote", _, _) => 0.92,
        ("speaker-colon-quote", _, _) => 0.8,
        ("split-quote", _, _) => 0.83,
        ("quote-then-speaker-cue" | "quote-then-cue-speaker", Direct | Headline, _) => 0.96,
        ("quote-then-speaker-cue" | "quote-then-cue-speaker", _, _) => 0.84,
        ("dash-speaker", _, _) => 0.85,
        ("colon-lead-in", _, _) => 0.85,
        // too rare on train to measure (one record, right): the figure of
        // its sibling, a lead-in ending in a colon
        ("statement-then-quote", _, _) => 0.85,
        // as rare (one record on train, right): its mirror image's figure
        ("quote-then-statement", _, _) => 0.85,
        // a quotation after a colon in its own sentence, mostly
        ("sentence-subject", Direct, _) => 0.85,
        ("sentence-subject", _, _) => 0.5,
        _ => 0.5,
    };
    (base * cue_weight).clamp(0.0, 1.0)
}
