//! Confidence: how often a rule's record is right, measured.
//!
//! The figures are the share of records right (words inside an annotated
//! quotation, speaker right) per rule, kind and resolution, measured on the
//! PolNeAR training articles with `scripts/calibration.py` and rounded down;
//! cues of belief or perception scale them by their weight in
//! `cue_verbs.txt`. The development articles check them (see the README).

use crate::record::{QuoteKind, Resolution};
use crate::rules::RuleId;

/// The confidence of a record decided by `rule`.
pub(crate) fn confidence(
    rule: RuleId,
    kind: QuoteKind,
    resolution: Option<Resolution>,
    cue_weight: f64,
) -> f64 {
    use QuoteKind::{Direct, Headline, Indirect, Partial};
    use Resolution::{PartialName, Pronoun, Unnamed, UnresolvedPronoun};
    let base = match (rule, kind, resolution) {
        // (a fragment after the paragraph's quotation, or a clause opening
        // its sentence: 34 records on train, 0.735 right)
        (RuleId::ContinuationSameParagraph, Partial, _) => 0.73,
        (RuleId::ContinuationSameParagraph, _, _) => 0.95,
        (RuleId::ContinuationNextParagraph, _, _) => 0.6,
        (RuleId::ContinuationAfterReported, _, _) => 0.4,
        (RuleId::HeadlineEcho, _, _) => 0.3,
        (RuleId::HeadlineColon, _, _) => 0.7,
        (RuleId::ScareQuote, _, _) => 0.7,
        (RuleId::ReportedSpeech, Indirect, Some(UnresolvedPronoun)) => 0.45,
        (RuleId::ReportedSpeech, Indirect, _) => 0.65,
        (RuleId::ReportedSpeech, _, Some(Pronoun | PartialName)) => 0.86,
        (RuleId::ReportedSpeech, _, Some(UnresolvedPronoun)) => 0.5,
        (RuleId::ReportedSpeech, _, _) => 0.72,
        (RuleId::AccordingTo, _, _) => 0.9,
        (RuleId::PollFinding, _, _) => 0.59,
        (RuleId::SpeakerCueCommaQuote, Direct, Some(Pronoun | PartialName)) => 0.91,
        (RuleId::SpeakerCueCommaQuote, Direct, _) => 0.78,
        (RuleId::SpeakerCueCommaQuote, _, Some(Unnamed)) => 0.47,
        (RuleId::SpeakerCueCommaQuote, _, _) => 0.77,
        (RuleId::SpeakerCueColonQuote, _, _) => 0.92,
        (RuleId::SpeakerColonQuote, _, _) => 0.8,
        (RuleId::SplitQuote, _, _) => 0.83,
        (RuleId::QuoteThenSpeakerCue | RuleId::QuoteThenCueSpeaker, Direct | Headline, _) => 0.96,
        (RuleId::QuoteThenSpeakerCue | RuleId::QuoteThenCueSpeaker, _, _) => 0.84,
        (RuleId::DashSpeaker, _, _) => 0.85,
        (RuleId::ColonLeadIn, _, _) => 0.85,
        // too rare on train to measure (one record, right): the figure of
        // its sibling, a lead-in ending in a colon
        (RuleId::StatementThenQuote, _, _) => 0.85,
        // as rare (one record on train, right): its mirror image's figure
        (RuleId::QuoteThenStatement, _, _) => 0.85,
        // a quotation after a colon in its own sentence, mostly
        (RuleId::SentenceSubject, Direct, _) => 0.85,
        (RuleId::SentenceSubject, _, _) => 0.5,
        // (102 records on train, 0.755 right)
        (RuleId::AskedQuestion, _, _) => 0.75,
        // (30 records on train, 0.900 right)
        (RuleId::HeadlineSays, _, _) => 0.9,
        (RuleId::Unattributed, _, _) => 0.2,
    };
    (base * cue_weight).clamp(0.0, 1.0)
}
