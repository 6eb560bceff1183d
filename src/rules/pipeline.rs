//! The order of the pipeline, as data: the steps the extractor takes on each
//! sentence, and the attributions it falls back on, in turn, for a quotation
//! no cue of its own attributes.
//!
//! The extractor (`extractor/sentence.rs`) walks these tables in order and
//! runs each step's code; a step's guard (its rule switched off, a headline,
//! a fragment line) stays with its code. To add a step, add it here, in the
//! place it runs, with the rules it decides, and give it an arm there.

use super::RuleId;

/// A step of the extractor's pass over one sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    /// A sentence with no quotation that says who spoke the bare quotation
    /// ending the sentence before it (“Q.” Ann Lee said so in a statement.).
    StatementAfter,
    /// Each quotation in turn: its own cue after or before it, a cue of
    /// reported speech around a fragment, a scare quote, or else the
    /// [`FALLBACKS`].
    Quotations,
    /// Questions put to the speaker, in the passive ("Asked whether …, Ortiz
    /// said"), before the reported speech around them.
    Asked,
    /// Reported speech without marks ("X said that …", "according to X, …",
    /// a poll's finding).
    Reported,
    /// A headline that says what its source said ("Gingrich: …", "Trump
    /// Says …").
    Headline,
}

/// The steps, in the order the extractor takes them on every sentence.
pub(crate) const SENTENCE_STEPS: [Step; 5] = [
    Step::StatementAfter,
    Step::Quotations,
    Step::Asked,
    Step::Reported,
    Step::Headline,
];

/// A step the extractor takes on the document around its sentences
/// (`extractor/run.rs`): a paragraph's dash line as it comes, the headline's
/// echoes once the paragraphs under it are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DocumentStep {
    /// A paragraph of a dash and a name ("— Ann Ruiz.") under quotations
    /// nobody was named for.
    DashLine,
    /// A headline quotation that repeats one the story attributes.
    HeadlineEcho,
}

/// An attribution tried for a quotation no cue of its own attributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fallback {
    /// A clause ending in a colon just before (the quotation opens its
    /// sentence).
    ColonLeadIn,
    /// A sentence before that only says who spoke (a whole quotation opening
    /// its sentence).
    StatementBefore,
    /// The subject of the sentence, for a whole quotation after its colon
    /// ("Asked which county was his favourite, he demurred: “…”").
    SubjectBeforeColon,
    /// The speaker of the quotation before (a whole quotation, or a clause
    /// that opens its sentence).
    Continuation,
    /// The subject of the sentence, for a fragment or a quotation after a
    /// colon.
    Subject,
    /// The speaker of a quotation before in the same paragraph, for a
    /// fragment nothing in its sentence attributes.
    FragmentContinuation,
}

/// The fallbacks, in the order they are tried: the first that attributes
/// the quotation decides.
pub(crate) const FALLBACKS: [Fallback; 6] = [
    Fallback::ColonLeadIn,
    Fallback::StatementBefore,
    Fallback::SubjectBeforeColon,
    Fallback::Continuation,
    Fallback::Subject,
    Fallback::FragmentContinuation,
];

/// The rules each continuation may decide.
#[cfg(test)]
const CONTINUATIONS: &[RuleId] = &[
    RuleId::ContinuationSameParagraph,
    RuleId::ContinuationAfterReported,
    RuleId::ContinuationNextParagraph,
];

impl Step {
    /// The rules of which one must be on for the step to run (none: it
    /// always runs).
    pub(crate) const fn gate(self) -> &'static [RuleId] {
        match self {
            Step::StatementAfter => &[RuleId::QuoteThenStatement],
            Step::Quotations => &[],
            Step::Asked => &[RuleId::AskedQuestion],
            Step::Reported => &[RuleId::ReportedSpeech],
            Step::Headline => &[RuleId::HeadlineColon, RuleId::HeadlineSays],
        }
    }

    /// The rules whose records this step makes or attributes.
    #[cfg(test)]
    const fn rules(self) -> &'static [RuleId] {
        match self {
            Step::StatementAfter => &[RuleId::QuoteThenStatement],
            Step::Quotations => &[
                RuleId::QuoteThenSpeakerCue,
                RuleId::QuoteThenCueSpeaker,
                RuleId::SplitQuote,
                RuleId::SpeakerCueColonQuote,
                RuleId::SpeakerColonQuote,
                RuleId::SpeakerCueCommaQuote,
                RuleId::AccordingTo,
                RuleId::ReportedSpeech,
                RuleId::ScareQuote,
                RuleId::Unattributed,
            ],
            Step::Asked => &[RuleId::AskedQuestion],
            Step::Reported => &[
                RuleId::ReportedSpeech,
                RuleId::AccordingTo,
                RuleId::PollFinding,
            ],
            Step::Headline => &[RuleId::HeadlineColon, RuleId::HeadlineSays],
        }
    }
}

impl DocumentStep {
    /// The rules whose records this step attributes; it runs when one is on.
    pub(crate) const fn rules(self) -> &'static [RuleId] {
        match self {
            DocumentStep::DashLine => &[RuleId::DashSpeaker],
            DocumentStep::HeadlineEcho => &[RuleId::HeadlineEcho],
        }
    }
}

impl Fallback {
    /// The rules of which one must be on for the fallback to be tried
    /// (none: it always is).
    pub(crate) const fn gate(self) -> &'static [RuleId] {
        match self {
            Fallback::ColonLeadIn => &[RuleId::ColonLeadIn],
            Fallback::StatementBefore => &[RuleId::StatementThenQuote],
            Fallback::SubjectBeforeColon | Fallback::Subject => &[RuleId::SentenceSubject],
            Fallback::Continuation | Fallback::FragmentContinuation => &[],
        }
    }

    /// The rules whose records this fallback attributes.
    #[cfg(test)]
    const fn rules(self) -> &'static [RuleId] {
        match self {
            Fallback::ColonLeadIn => &[RuleId::ColonLeadIn],
            Fallback::StatementBefore => &[RuleId::StatementThenQuote],
            Fallback::SubjectBeforeColon | Fallback::Subject => &[RuleId::SentenceSubject],
            Fallback::Continuation => CONTINUATIONS,
            Fallback::FragmentContinuation => &[RuleId::ContinuationSameParagraph],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_its_place_in_the_pipeline() {
        let placed: Vec<RuleId> = SENTENCE_STEPS
            .iter()
            .flat_map(|s| s.rules())
            .chain(FALLBACKS.iter().flat_map(|f| f.rules()))
            .chain(
                [DocumentStep::DashLine, DocumentStep::HeadlineEcho]
                    .iter()
                    .flat_map(|d| d.rules()),
            )
            .copied()
            .collect();
        for id in RuleId::ALL {
            assert!(
                placed.contains(id),
                "{id:?} is run by no step of the pipeline"
            );
        }
    }

    #[test]
    fn steps_and_fallbacks_are_listed_once() {
        for (i, s) in SENTENCE_STEPS.iter().enumerate() {
            assert!(!SENTENCE_STEPS[..i].contains(s), "{s:?} twice");
        }
        for (i, f) in FALLBACKS.iter().enumerate() {
            assert!(!FALLBACKS[..i].contains(f), "{f:?} twice");
        }
    }
}
