//! The lexeme: what the vocabulary knows of one spelling, looked up once
//! when a word is tokenised and carried by its token: its classes
//! (`classes.txt`), as it stands and in any case, the cue verb it is a form
//! of (`cue_verbs.txt`), the gender it shows as a given name, a title or an
//! honorific, whether it marks an organisation, and the role noun and
//! pronoun it is in any case.
//!
//! A word's facts "in any case" (`Class::holds_any_case`, `role_noun`) are
//! those of its spelling or its spelling lowercased. Every listed spelling
//! that starts with a lowercase letter is listed capitalised too ("the",
//! "The"), so a word of ASCII letters with no capital after its first
//! letter that no table lists has no such facts, and one lookup answers
//! for it; only a word with a capital inside ("OFFICIALS") or a letter
//! beyond ASCII is looked up again by its letters ([`any_case`]).

use super::classes::{classes_of, ClassSet, CLASS_SETS};
use super::lexicon::{
    compound_role_noun, cue_verb_entry, find_pronoun, find_role_noun, opens_cue_phrase, CueVerb,
    Gender, Pronoun, RoleNoun, CUE_PHRASES, CUE_VERBS, GIVEN_NAMES, HONORIFICS, ORG_WORDS,
    PRONOUNS, ROLE_NOUNS, TITLES,
};
use super::table::{with_ascii_lowercase, with_lowercase, PackedWordMap};
use super::Class;
use once_cell::sync::Lazy;

/// What the vocabulary knows of one spelling: the classes it belongs to,
/// and the cue verb it is a form of. (In C order: the fields every word is
/// asked for first, in the lexeme's first cache line.)
#[derive(Debug, Default)]
#[repr(C)]
pub(crate) struct Lexeme {
    /// The classes the spelling belongs to.
    pub classes: ClassSet,
    /// The cue verb the spelling is a form of ([`cue_verb_entry`] of it).
    pub cue: Option<&'static CueVerb>,
    /// As a given name, the gender it shows (`given_names.txt`).
    pub given: Option<Gender>,
    /// As a title, the gender it shows (`titles.txt`: "Mayor", "Sen.").
    pub title: Option<Gender>,
    /// As an honorific, the gender it shows (`honorifics.txt`: "Ms.").
    pub honorific: Option<Gender>,
    /// The role noun it is in any case or as a compound ([`find_role_noun`]).
    pub role: Option<RoleNoun>,
    /// The pronoun it is in any case ([`find_pronoun`]).
    pub pronoun: Option<Pronoun>,
    /// Whether it opens a multi-word cue in any ASCII case
    /// ([`opens_cue_phrase`]: "according", "According").
    pub opens_cue_phrase: bool,
    /// Whether it marks an organisation's name, as spelled
    /// (`org_words.txt`: "Institute", "Ministry").
    pub org_word: bool,
    /// The classes of the spelling as it stands or lowercased
    /// ([`Class::holds_any_case`]).
    pub any_case: ClassSet,
    /// The classes of the spelling with its ASCII capitals lowercased
    /// ([`Class::holds_ascii_lowercase`]).
    pub ascii_lower: ClassSet,
}

impl Lexeme {
    /// What the lists say of `w`.
    fn of(w: &str) -> Lexeme {
        Lexeme {
            classes: classes_of(w),
            ascii_lower: with_ascii_lowercase(w, classes_of),
            any_case: any_case_classes_spelled(w),
            cue: cue_verb_entry(w),
            given: GIVEN_NAMES.get(w).copied(),
            title: TITLES.get(w).copied(),
            honorific: HONORIFICS.get(w).copied(),
            role: find_role_noun(w),
            pronoun: find_pronoun(w),
            opens_cue_phrase: opens_cue_phrase(w),
            org_word: ORG_WORDS.contains(w),
        }
    }

    /// Whether this is [`UNKNOWN`], the lexeme of no listed spelling.
    #[inline]
    pub(crate) fn is_unknown(&'static self) -> bool {
        std::ptr::eq(self, &UNKNOWN)
    }
}

/// The lexeme of a word the vocabulary does not list.
pub(crate) static UNKNOWN: Lexeme = Lexeme {
    classes: ClassSet([0; 3]),
    ascii_lower: ClassSet([0; 3]),
    any_case: ClassSet([0; 3]),
    cue: None,
    given: None,
    title: None,
    honorific: None,
    role: None,
    pronoun: None,
    opens_cue_phrase: false,
    org_word: false,
};

/// `w` with its first letter capitalised, if that changes it ("the": "The").
fn capitalised(w: &str) -> Option<String> {
    let mut c = w.to_string();
    c.get_mut(..1)?.make_ascii_uppercase();
    (c != w).then_some(c)
}

/// The first words of multi-word cues ("according").
fn cue_phrase_openers() -> impl Iterator<Item = &'static str> {
    CUE_PHRASES.iter().map(|(_, p)| p[0])
}

/// The spellings that start with a lowercase letter in the lists whose
/// facts a word has in any case (classes, cue verbs, role nouns, pronouns,
/// the openers of multi-word cues), capitalised, as a sentence opens with
/// them ("Said", "The", "Officials", "According").
static CAPITALISED: Lazy<Vec<String>> = Lazy::new(|| {
    CLASS_SETS
        .keys()
        .chain(CUE_VERBS.keys().copied())
        .chain(ROLE_NOUNS.keys().copied())
        .chain(PRONOUNS.keys().copied())
        .chain(cue_phrase_openers())
        .filter_map(capitalised)
        .collect()
});

/// Every listed spelling's lexeme: the spellings of the classes, cue verb
/// forms, role nouns and pronouns as written and capitalised ("said",
/// "Said"), titles, honorifics and organisation words, then given names.
static LEXEMES: Lazy<PackedWordMap<Lexeme>> = Lazy::new(|| {
    let spellings: Vec<&'static str> = CLASS_SETS
        .keys()
        .chain(CUE_VERBS.keys().copied())
        .chain(ROLE_NOUNS.keys().copied())
        .chain(PRONOUNS.keys().copied())
        .chain(cue_phrase_openers())
        .chain(TITLES.keys().copied())
        .chain(HONORIFICS.keys().copied())
        .chain(ORG_WORDS.iter().copied())
        .chain(CAPITALISED.iter().map(String::as_str))
        .collect();
    let mut map = PackedWordMap::with_capacity(spellings.len() + GIVEN_NAMES.len());
    for w in spellings {
        map.get_or_insert_with(w, || Lexeme::of(w));
    }
    // a given name no other list holds in any case is a given name and
    // nothing else (as `any_case` reasons for an unlisted word), but for
    // one with a capital inside or a letter beyond ASCII ("DeShawn",
    // "José"): most of the thousands are made without a lookup
    for (&w, &gender) in GIVEN_NAMES.iter() {
        map.get_or_insert_with(w, || {
            if w.as_bytes().first().is_some_and(u8::is_ascii_uppercase) && is_plain(w) {
                Lexeme {
                    given: Some(gender),
                    ..Lexeme::default()
                }
            } else {
                Lexeme::of(w)
            }
        });
    }
    map
});

/// The lexeme of `word` (exact spelling); [`UNKNOWN`] when not listed.
#[inline]
pub(crate) fn lexeme(word: &str) -> &'static Lexeme {
    LEXEMES.get(word).unwrap_or(&UNKNOWN)
}

/// The lexeme whose facts in any case are those of `word` (`own`: the
/// lexeme of its spelling): its own when listed; [`UNKNOWN`] when no
/// spelling of it in any case is listed, as the capitalised spellings
/// listed tell of a word of ASCII letters with no capital after its first;
/// `None` when only its letters can tell ("OFFICIALS", "École").
#[inline]
pub(crate) fn any_case(word: &str, own: &'static Lexeme) -> Option<&'static Lexeme> {
    if !own.is_unknown() {
        return Some(own);
    }
    is_plain(word).then_some(&UNKNOWN)
}

/// Whether `word` is ASCII with no capital after its first char: a word
/// whose facts in any case its spelling or its lowercase first letter holds
/// (one pass over it).
#[inline]
pub(crate) fn is_plain(word: &str) -> bool {
    let Some((&first, rest)) = word.as_bytes().split_first() else {
        return true;
    };
    // (without a branch a byte: a byte beyond ASCII sets its high bit, a
    // capital counts as one)
    let odd = rest.iter().fold(0u8, |odd, &b| {
        odd | (b & 0x80) | u8::from(b.wrapping_sub(b'A') < 26)
    });
    first.is_ascii() && odd == 0
}

/// The classes of `w` as it stands or lowercased, read from the lists.
fn any_case_classes_spelled(w: &str) -> ClassSet {
    let lower = with_lowercase(w, classes_of).unwrap_or_default();
    classes_of(w).union(lower)
}

/// A fact of `word` in any case (`own`: its lexeme): `read` from the
/// lexeme [`any_case`] gives, or found from its letters by `spelled` when
/// only they can tell.
#[inline]
fn in_any_case<T>(
    word: &str,
    own: &'static Lexeme,
    read: impl FnOnce(&'static Lexeme) -> T,
    spelled: impl FnOnce(&str) -> T,
) -> T {
    match any_case(word, own) {
        Some(lexeme) => read(lexeme),
        None => spelled(word),
    }
}

/// The classes of `word` as it stands or lowercased (`own`: its lexeme).
#[inline]
pub(crate) fn any_case_classes(word: &str, own: &'static Lexeme) -> ClassSet {
    in_any_case(word, own, |l| l.any_case, any_case_classes_spelled)
}

/// The classes of `word` with its ASCII capitals lowercased (`own`: its
/// lexeme).
#[inline]
pub(crate) fn ascii_lower_classes(word: &str, own: &'static Lexeme) -> ClassSet {
    in_any_case(
        word,
        own,
        |l| l.ascii_lower,
        |w| with_ascii_lowercase(w, classes_of),
    )
}

/// The role noun `word` is in any case or as a compound (`own`: its lexeme).
#[inline]
pub(crate) fn role_noun_of(word: &str, own: &'static Lexeme) -> Option<RoleNoun> {
    match any_case(word, own) {
        // (a compound is no listed spelling: "neurosurgeon")
        Some(lexeme) if lexeme.is_unknown() => compound_role_noun(word),
        Some(lexeme) => lexeme.role,
        None => find_role_noun(word),
    }
}

/// The role noun `word` is in any case or as a compound.
#[inline]
pub(crate) fn role_noun(word: &str) -> Option<RoleNoun> {
    role_noun_of(word, lexeme(word))
}

/// The pronoun `word` is in any case (`own`: its lexeme).
#[inline]
pub(crate) fn pronoun_of(word: &str, own: &'static Lexeme) -> Option<Pronoun> {
    in_any_case(word, own, |l| l.pronoun, find_pronoun)
}

/// Whether `word` opens a multi-word cue in any ASCII case (`own`: its
/// lexeme).
#[inline]
pub(crate) fn opens_cue_phrase_of(word: &str, own: &'static Lexeme) -> bool {
    in_any_case(word, own, |l| l.opens_cue_phrase, opens_cue_phrase)
}

/// The pronoun `word` is in any case.
#[inline]
pub(crate) fn pronoun(word: &str) -> Option<Pronoun> {
    pronoun_of(word, lexeme(word))
}

impl Class {
    /// Whether `word` with its ASCII letters lowercased belongs to the class
    /// (for classes listed in lowercase: "In" and "IN" are "in").
    #[inline]
    pub(crate) fn holds_ascii_lowercase(self, word: &str) -> bool {
        ascii_lower_classes(word, lexeme(word)).has(self)
    }

    /// Whether `word` as it stands, or lowercased, belongs to the class.
    #[inline]
    pub(crate) fn holds_any_case(self, word: &str) -> bool {
        any_case_classes(word, lexeme(word)).has(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::classes::ALL;
    use crate::vocab::table::find_any_case;
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

    #[test]
    fn pronouns_are_listed_in_lowercase_ascii() {
        // (`is_lowercase_pronoun` in rules/speaker/words.rs relies on it)
        for w in PRONOUNS.keys() {
            assert!(
                w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w:?} is no lowercase ASCII"
            );
        }
    }

    #[test]
    fn facts_in_any_case_are_read_once() {
        let role = |w: &str| role_noun(w).map(|r| r.plural);
        assert_eq!(role("officials"), Some(true));
        assert_eq!(role("Officials"), Some(true));
        assert_eq!(role("OFFICIALS"), Some(true));
        assert_eq!(role("neurosurgeon"), Some(false));
        assert_eq!(role("Neurosurgeon"), None);
        assert_eq!(role("economy"), None);
        assert!(Class::Article.holds_any_case("THE") && Class::Article.holds_any_case("The"));
        assert!(Class::Article.holds_ascii_lowercase("The"));
        assert!(!Class::Article.holds_any_case("Theory"));
        assert!(pronoun("She").is_some() && pronoun("SHE").is_some() && pronoun("Shea").is_none());
    }

    /// Every listed spelling, capitalised, in capitals and with a letter
    /// beyond ASCII, and words no list holds: the facts read from the
    /// lexeme are those the lists give when read word by word.
    #[test]
    fn facts_in_any_case_match_the_lists() {
        let listed: Vec<&str> = LEXEMES.keys().collect();
        let mut words: Vec<String> = listed.iter().map(|w| w.to_string()).collect();
        words.extend(listed.iter().map(|w| w.to_uppercase()));
        words.extend(listed.iter().filter_map(|w| capitalised(w)));
        words.extend(listed.iter().map(|w| format!("{w}é")));
        words.extend(
            [
                "zebra",
                "Zebra",
                "ZEBRA",
                "co-founders",
                "grandmothers",
                "École",
                "46-year-old",
            ]
            .map(String::from),
        );
        for w in &words {
            let w = w.as_str();
            let slow_any_case =
                |c: Class| find_any_case(w, |k| classes_of(k).has(c).then_some(())).is_some();
            let slow_lower = |c: Class| with_ascii_lowercase(w, |k| classes_of(k).has(c));
            for &c in ALL {
                assert_eq!(
                    c.holds_any_case(w),
                    slow_any_case(c),
                    "{w:?} {c:?} any case"
                );
                assert_eq!(
                    c.holds_ascii_lowercase(w),
                    slow_lower(c),
                    "{w:?} {c:?} lowercased"
                );
            }
            let plural = |r: Option<RoleNoun>| r.map(|r| (r.plural, r.gender));
            assert_eq!(
                plural(role_noun(w)),
                plural(find_role_noun(w)),
                "{w:?} role noun"
            );
            let pro = |p: Option<Pronoun>| p.map(|p| (p.plural, p.gender));
            assert_eq!(pro(pronoun(w)), pro(find_pronoun(w)), "{w:?} pronoun");
            let opens = opens_cue_phrase_of(w, lexeme(w));
            assert_eq!(opens, opens_cue_phrase(w), "{w:?} cue phrase");
            assert_eq!(lexeme(w).org_word, ORG_WORDS.contains(w), "{w:?} org word");
            let l = lexeme(w);
            assert_eq!(l.given, GIVEN_NAMES.get(w).copied(), "{w:?} given name");
            assert_eq!(l.title, TITLES.get(w).copied(), "{w:?} title");
            assert_eq!(l.honorific, HONORIFICS.get(w).copied(), "{w:?} honorific");
        }
    }
}
