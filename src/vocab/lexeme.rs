//! The lexeme: what the vocabulary knows of one spelling, looked up once
//! when a word is tokenised and carried by its token: its classes
//! (`classes.txt`), the cue verb it is a form of (`cue_verbs.txt`), and the
//! gender it shows as a given name, a title or an honorific.

use super::classes::{classes_of, ClassSet, CLASS_SETS};
use super::lexicon::{cue_verb, CueVerb, Gender, CUE_VERBS, GIVEN_NAMES, HONORIFICS, TITLES};
use super::table::PackedWordMap;
use once_cell::sync::Lazy;

/// What the vocabulary knows of one spelling: the classes it belongs to,
/// and the cue verb it is a form of.
#[derive(Debug, Default)]
pub(crate) struct Lexeme {
    /// The classes the spelling belongs to.
    pub classes: ClassSet,
    /// The cue verb the spelling is a form of ([`cue_verb`] of it).
    pub cue: Option<CueVerb>,
    /// As a given name, the gender it shows (`given_names.txt`).
    pub given: Option<Gender>,
    /// As a title, the gender it shows (`titles.txt`: "Mayor", "Sen.").
    pub title: Option<Gender>,
    /// As an honorific, the gender it shows (`honorifics.txt`: "Ms.").
    pub honorific: Option<Gender>,
}

/// The lexeme of a word the vocabulary does not list.
pub(crate) static UNKNOWN: Lexeme = Lexeme {
    classes: ClassSet([0; 3]),
    cue: None,
    given: None,
    title: None,
    honorific: None,
};

/// The cue verb forms capitalised, as a sentence opens with them ("Said").
static CAPITALISED_CUES: Lazy<Vec<String>> = Lazy::new(|| {
    CUE_VERBS
        .keys()
        .filter_map(|k| {
            let mut c = k.to_string();
            c.get_mut(..1)?.make_ascii_uppercase();
            (c != *k).then_some(c)
        })
        .collect()
});

/// Every listed spelling's lexeme: the spellings of the classes, the cue
/// verb forms as written and capitalised ("said", "Said"), given names,
/// titles and honorifics.
static LEXEMES: Lazy<PackedWordMap<Lexeme>> = Lazy::new(|| {
    let spellings = CLASS_SETS
        .keys()
        .chain(CUE_VERBS.keys().copied())
        .chain(GIVEN_NAMES.keys().copied())
        .chain(TITLES.keys().copied())
        .chain(HONORIFICS.keys().copied())
        .chain(CAPITALISED_CUES.iter().map(String::as_str));
    let mut map: PackedWordMap<Lexeme> = PackedWordMap::default();
    for w in spellings {
        map.get_or_insert_with(w, || Lexeme {
            classes: classes_of(w),
            cue: cue_verb(w),
            given: GIVEN_NAMES.get(w).copied(),
            title: TITLES.get(w).copied(),
            honorific: HONORIFICS.get(w).copied(),
        });
    }
    map
});

/// The lexeme of `word` (exact spelling); [`UNKNOWN`] when not listed.
#[inline]
pub(crate) fn lexeme(word: &str) -> &'static Lexeme {
    LEXEMES.get(word).unwrap_or(&UNKNOWN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Class;

    #[test]
    fn a_lexeme_holds_classes_and_cue() {
        assert!(std::ptr::eq(lexeme("zebra"), &UNKNOWN));
        assert!(lexeme("the").classes.has(Class::Article));
        assert_eq!(lexeme("said").cue.map(|c| c.lemma), Some("say"));
        assert_eq!(lexeme("Said").cue.map(|c| c.lemma), Some("say"));
        assert!(lexeme("the").cue.is_none());
        assert_eq!(lexeme("Maria").given, Some(Gender::Female));
        assert_eq!(lexeme("Ms.").honorific, Some(Gender::Female));
        assert!(lexeme("Mayor").title.is_some() && lexeme("mayor").given.is_none());
    }
}
