//! Rule ids: one typed name for each rule, written in records as its
//! kebab-case id ("quote-then-speaker-cue").

use std::fmt;

macro_rules! rule_ids {
    ($($(#[$doc:meta])* $variant:ident = $id:literal,)*) => {
        /// The id of a rule: the `rule` field of each [`Quote`](crate::Quote)
        /// (as [`RuleId::as_str`] spells it) and the key of its entry in the
        /// catalogue ([`rules::all`](crate::rules::all)).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum RuleId {
            $($(#[$doc])* $variant,)*
        }

        impl RuleId {
            /// Every rule id, in catalogue order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant,)*];

            /// The kebab-case id, as records and the configuration spell it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $id,)*
                }
            }
        }
    };
}

rule_ids! {
    /// “Q,” X said.
    QuoteThenSpeakerCue = "quote-then-speaker-cue",
    /// “Q,” said X.
    QuoteThenCueSpeaker = "quote-then-cue-speaker",
    /// X said: “Q”.
    SpeakerCueColonQuote = "speaker-cue-colon-quote",
    /// X: “Q”.
    SpeakerColonQuote = "speaker-colon-quote",
    /// X said, “Q”.
    SpeakerCueCommaQuote = "speaker-cue-comma-quote",
    /// “Q1,” X said, “Q2”.
    SplitQuote = "split-quote",
    /// According to X, …
    AccordingTo = "according-to",
    /// A poll that says the sentence.
    PollFinding = "poll-finding",
    /// “Q” — X.
    DashSpeaker = "dash-speaker",
    /// A clause ending in a colon before a quotation.
    ColonLeadIn = "colon-lead-in",
    /// A statement, then the quotation it introduces.
    StatementThenQuote = "statement-then-quote",
    /// A quotation, then a sentence that says who spoke.
    QuoteThenStatement = "quote-then-statement",
    /// The speaker of the quote before, in the same paragraph.
    ContinuationSameParagraph = "continuation-same-paragraph",
    /// The speaker of the reported speech before.
    ContinuationAfterReported = "continuation-after-reported",
    /// The speaker of the paragraph before.
    ContinuationNextParagraph = "continuation-next-paragraph",
    /// Asked about X, Y said …
    AskedQuestion = "asked-question",
    /// Name: “Q” in a headline.
    HeadlineColon = "headline-colon",
    /// Name Says … in a headline.
    HeadlineSays = "headline-says",
    /// A headline quotation a body quotation repeats.
    HeadlineEcho = "headline-echo",
    /// X said (that) …
    ReportedSpeech = "reported-speech",
    /// The subject of the sentence around the quotation.
    SentenceSubject = "sentence-subject",
    /// A phrase in marks that is nobody's speech.
    ScareQuote = "scare-quote",
    /// A quotation no rule attributes.
    Unattributed = "unattributed",
}

impl RuleId {
    /// The rule with the kebab-case id `id`, if any.
    ///
    /// ```
    /// use quote_attribution::rules::RuleId;
    /// assert_eq!(RuleId::from_id("according-to"), Some(RuleId::AccordingTo));
    /// assert_eq!(RuleId::from_id("no-such-rule"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<RuleId> {
        RuleId::ALL.iter().copied().find(|r| r.as_str() == id)
    }

    /// The rule's place in [`RuleId::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::RuleId;

    #[test]
    fn ids_are_unique_and_round_trip() {
        for (i, &r) in RuleId::ALL.iter().enumerate() {
            assert_eq!(r.index(), i);
            assert_eq!(RuleId::from_id(r.as_str()), Some(r));
        }
        let mut ids: Vec<&str> = RuleId::ALL.iter().map(|r| r.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RuleId::ALL.len());
    }
}
