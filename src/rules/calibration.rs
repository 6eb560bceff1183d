//! Confidence: how often a rule's record is right, measured.
//!
//! What "right" means depends on the question the configuration asks
//! ([`Convention`]). With `all_attributions`, PolNeAR's notion of an
//! attribution, a record is right when its words are annotated and its
//! speaker's mention is the source the text gives ("he", "a source"): the
//! figures are the share of such records per rule, kind and resolution,
//! measured on the PolNeAR training articles with `scripts/calibration.py`
//! and rounded down; cues of belief or perception scale them by their
//! weight in `cue_verbs.txt`. By default the question is who said it: the
//! record is right when the speaker is the person or organisation who did,
//! which PolNeAR (no coreference) cannot measure; where the two differ the
//! default takes the share measured on the Gender Gap Tracker's development
//! articles, whose speakers are resolved ([`who_said_it`]). Either way a
//! continuation is no surer than the record whose speaker it continues.
//! The development articles check them (see the README).

use crate::record::{QuoteKind, Resolution};
use crate::rules::RuleId;

/// What a record's confidence is the chance of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Convention {
    /// The default: the words were said, and by the person or organisation
    /// the speaker names.
    WhoSaidIt,
    /// `all_attributions`: the words are attributed, to the source the text
    /// names where it names it (PolNeAR's convention).
    SourceMention,
}

/// What a record's confidence is measured by: the rule that decided, the
/// record's kind, how its speaker was resolved and the weight of its cue.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Evidence {
    pub rule: RuleId,
    pub kind: QuoteKind,
    pub resolution: Option<Resolution>,
    pub cue_weight: f64,
}

/// The confidence of a record with `evidence`, in `convention`.
pub(crate) fn confidence(evidence: Evidence, convention: Convention) -> f64 {
    let measured = source_mention(evidence);
    let c = match convention {
        Convention::SourceMention => measured,
        Convention::WhoSaidIt => {
            who_said_it(evidence.rule, evidence.resolution).map_or(measured, |c| measured.min(c))
        }
    };
    (c * evidence.cue_weight).clamp(0.0, 1.0)
}

/// The share of records right by who said them where it falls below the
/// share right by their mention, measured on the Gender Gap Tracker's
/// development articles (49 articles, all desks; records at any
/// confidence, right when `calibration.py` counts them end to end).
fn who_said_it(rule: RuleId, resolution: Option<Resolution>) -> Option<f64> {
    use Resolution::{Description, Pronoun, Unnamed, UnresolvedPronoun};
    let said_by = matches!(
        rule,
        RuleId::QuoteThenSpeakerCue
            | RuleId::QuoteThenCueSpeaker
            | RuleId::SpeakerCueCommaQuote
            | RuleId::SpeakerCueColonQuote
    );
    match (rule, resolution) {
        // a pronoun the text gives no one for says no one (0 of 14)
        (_, Some(UnresolvedPronoun)) => Some(0.3),
        // "according to the memo", "according to sources": the article
        // resolves the source elsewhere or to its author (7 of 20), and a
        // name after "according to" is often the outlet, not the speaker
        // (5 of 8)
        (RuleId::AccordingTo, Some(Unnamed | Description)) => Some(0.35),
        (RuleId::AccordingTo, _) => Some(0.62),
        // a description answers "who" only where the article leaves it at
        // that: quotations 17 of 27, reported speech 36 of 80
        (RuleId::ReportedSpeech, Some(Unnamed | Description)) => Some(0.45),
        (_, Some(Unnamed | Description)) if said_by => Some(0.63),
        // a pronoun's antecedent, where the mention alone is always right
        // (70 of 77)
        (_, Some(Pronoun)) if said_by => Some(0.9),
        // (71 of 77)
        (RuleId::ContinuationSameParagraph, _) => Some(0.92),
        _ => None,
    }
}

/// The share of records right by their mention (PolNeAR train).
fn source_mention(evidence: Evidence) -> f64 {
    use QuoteKind::{Direct, Headline, Indirect, Partial};
    use Resolution::{PartialName, Pronoun, Unnamed, UnresolvedPronoun};
    let Evidence {
        rule,
        kind,
        resolution,
        ..
    } = evidence;
    match (rule, kind, resolution) {
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
    }
}
