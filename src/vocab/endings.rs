//! Spelling clues to a word's part of speech: the endings the rules test
//! ("-ed" past forms, "-ly" adverbs, "-ing" participles, "-n't"
//! negations), named once here.

/// Endings of a word, as the rules test them.
pub(crate) trait Endings {
    /// Ends in "ed" ("warned", and also "red", "Ted").
    fn ends_in_ed(&self) -> bool;
    /// Ends in "ly" ("flatly", and also "family", "July").
    fn ends_in_ly(&self) -> bool;
    /// Ends in "ing" ("saying", and also "king").
    fn ends_in_ing(&self) -> bool;
    /// Ends in a negation contracted, "n't" or "n’t" ("doesn't", "didn’t").
    fn ends_in_nt(&self) -> bool;
}

impl Endings for str {
    #[inline]
    fn ends_in_ed(&self) -> bool {
        self.ends_with("ed")
    }

    #[inline]
    fn ends_in_ly(&self) -> bool {
        self.ends_with("ly")
    }

    #[inline]
    fn ends_in_ing(&self) -> bool {
        self.ends_with("ing")
    }

    #[inline]
    fn ends_in_nt(&self) -> bool {
        self.ends_with("n't") || self.ends_with("n’t")
    }
}
