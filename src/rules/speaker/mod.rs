//! Speaker phrases: the words that name who speaks, split into name, role
//! and organisation.
//!
//! "the Hudson Institute’s Rob Spalding, a retired Air Force general" gives
//! the name "Rob Spalding", the organisation "Hudson Institute" and the role
//! "retired Air Force general"; "Foreign Ministry spokeswoman Hua Chunying"
//! gives "Hua Chunying", "Foreign Ministry" and "spokeswoman".

mod after;
mod before;
mod descriptions;
mod generic;
mod names;
mod words;

pub(crate) use after::parse_after;
pub(crate) use before::parse_before;
pub(crate) use descriptions::parse_np_right;
pub(crate) use words::{
    is_acronym, is_age, is_determiner, is_determiner_word, is_number_word, is_org_role_noun,
    is_org_word, is_person_role_noun, is_person_role_noun_word, is_possessive, is_role_noun,
    is_subject_pronoun, is_year, quote_ends_in_comma, strip_possessive,
};

use crate::record::EntityKind;
use crate::text::view::Sentence;
use crate::text::words::Token;
use crate::vocab::lexicon::Gender;
use crate::Span;

/// What sort of words name the speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PhraseKind {
    /// A proper name, possibly with titles ("Sen. Elizabeth Warren").
    Name,
    /// A pronoun ("he", "they", "who").
    Pronoun,
    /// A description ("a spokeswoman for the ministry", "officials").
    Description,
}

/// A parsed speaker phrase.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct SpeakerPhrase {
    pub kind: PhraseKind,
    /// The mention: the name, pronoun or description (without appositive).
    pub mention: Span,
    /// The proper name inside the mention, titles and possessives removed.
    pub name: Option<Span>,
    /// All the phrase covers, appositive included.
    pub whole: Span,
    pub organization: Option<String>,
    pub role: Option<String>,
    pub entity: EntityKind,
    pub gender: Gender,
    pub plural: bool,
    /// A description whose head is not a known role noun ("the narrator"):
    /// trusted only beside an unmistakable verb of speech.
    pub generic: bool,
}

impl SpeakerPhrase {
    /// A description of people spanning `mention`: a group when plural
    /// ("47%", "those surveyed", "the aides"), else a person ("one reader").
    pub(crate) fn people(mention: Span, plural: bool, generic: bool) -> SpeakerPhrase {
        let entity = if plural {
            EntityKind::Group
        } else {
            EntityKind::Person
        };
        SpeakerPhrase::description(mention, entity, Gender::Unknown, plural, generic)
    }

    /// This phrase as the antecedent of the relative pronoun at `who`
    /// ("Bernie Sanders, who said …", "the voters who say …"): the pronoun is
    /// the mention, and a description keeps its words as the name.
    fn through_relative(mut self, who: Span) -> SpeakerPhrase {
        if self.kind == PhraseKind::Description {
            self.name = Some(self.mention);
        }
        self.mention = who;
        self.whole = Span::new(self.whole.start, who.end);
        self
    }

    /// A pronoun ("he", "her", "their") spanning `mention`.
    pub(crate) fn pronoun(
        mention: Span,
        entity: EntityKind,
        gender: Gender,
        plural: bool,
    ) -> SpeakerPhrase {
        let mut p = SpeakerPhrase::description(mention, entity, gender, plural, false);
        p.kind = PhraseKind::Pronoun;
        p
    }

    /// A description ("the two", "43 percent", "the narrator") spanning `mention`.
    pub(crate) fn description(
        mention: Span,
        entity: EntityKind,
        gender: Gender,
        plural: bool,
        generic: bool,
    ) -> SpeakerPhrase {
        SpeakerPhrase {
            kind: PhraseKind::Description,
            mention,
            name: None,
            whole: mention,
            organization: None,
            role: None,
            entity,
            gender,
            plural,
            generic,
        }
    }
}

/// The longest speaker phrase, appositive included, in tokens.
pub(crate) const MAX_PHRASE_TOKENS: usize = 60;

/// The longest description before its "of …", "familiar with …" or
/// "released …", in tokens: the prefix parsed for it is no longer, which
/// bounds the work on long chains ("the thing of stuff of stuff …").
const MAX_HEAD_TOKENS: usize = 8;

/// The length of a phrase, its last token and that token's word, when it
/// ends in a word (the shapes of a phrase are read from its last word).
pub(crate) fn last_word<'t>(toks: Sentence<'t>) -> Option<(usize, &'t Token, &'t str)> {
    let text = toks.text;
    let last = toks.tokens.last().filter(|t| t.is_word())?;
    Some((toks.len(), last, last.text(text)))
}

/// The last `MAX_HEAD_TOKENS` tokens of `toks[..k]`.
pub(crate) fn head_before(toks: Sentence<'_>, k: usize) -> Sentence<'_> {
    toks.part(k.saturating_sub(MAX_HEAD_TOKENS)..k)
}

pub(crate) fn text_of(toks: Sentence<'_>) -> String {
    let text = toks.text;
    text[toks.span()].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words::tokenize;

    fn before(t: &str) -> SpeakerPhrase {
        let mut toks = Vec::new();
        tokenize(t, Span::new(0, t.len()), &mut toks);
        parse_before(Sentence::new(t, &toks), 0, toks.len()).unwrap_or_else(|| panic!("{t}"))
    }

    fn show(
        t: &str,
        p: &SpeakerPhrase,
    ) -> (String, Option<String>, Option<String>, Option<String>) {
        (
            t[p.mention].to_string(),
            p.name.map(|n| t[n].to_string()),
            p.organization.clone(),
            p.role.clone(),
        )
    }

    #[test]
    fn names_roles_and_organisations() {
        let t = "the Hudson Institute’s Rob Spalding, a retired Air Force general,";
        let p = before(t);
        assert_eq!(show(t, &p).1.as_deref(), Some("Rob Spalding"));
        assert_eq!(p.organization.as_deref(), Some("Hudson Institute"));
        assert_eq!(p.role.as_deref(), Some("retired Air Force general"));
        assert_eq!(p.gender, Gender::Male);

        let t = "Chinese authorities defended it. Foreign Ministry spokeswoman Hua Chunying";
        let p = before(t);
        assert_eq!(
            show(t, &p),
            (
                "Foreign Ministry spokeswoman Hua Chunying".into(),
                Some("Hua Chunying".into()),
                Some("Foreign Ministry".into()),
                Some("spokeswoman".into())
            )
        );
        assert_eq!(p.gender, Gender::Female);

        let t = "Wu Ken, the Chinese ambassador to Germany,";
        let p = before(t);
        assert_eq!(
            show(t, &p),
            (
                "Wu Ken".into(),
                Some("Wu Ken".into()),
                None,
                Some("Chinese ambassador to Germany".into())
            )
        );

        let t = "Those pledges are hollow, McNeil";
        assert_eq!(show(t, &before(t)).0, "McNeil");
        let t = "he";
        assert_eq!(before(t).kind, PhraseKind::Pronoun);
        let t = "the clown";
        assert_eq!(before(t).kind, PhraseKind::Description);
        let t = "The New York Post";
        assert_eq!(before(t).entity, EntityKind::Organization);
    }
}
