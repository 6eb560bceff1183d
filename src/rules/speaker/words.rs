//! Word tests of the speaker grammar: pronouns, determiners, possessives,
//! acronyms, role nouns (with compounds such as "co-founder"), party
//! designations and the words that stop a name.

use crate::text::view::Sentence;
use crate::text::words::{Token, QUOTE};
use crate::vocab::lexicon::{Gender, ORG_WORDS};
use crate::vocab::Class;
use crate::vocab::Endings;

pub(crate) const RELATIVES: &[&str] = &["who", "which", "whose", "whom", "where", "that"];

/// A personal pronoun that can be the subject of a cue right after it
/// ("he said", "she now says").
pub(crate) fn is_subject_pronoun(w: &str) -> bool {
    Class::SubjectPronoun.holds(w)
}

/// Whether `t` is a quotation whose words end in a comma (“…,”): it closes
/// a clause or a chunk as a comma does.
pub(crate) fn quote_ends_in_comma(text: &str, t: &Token) -> bool {
    t.is_punct(QUOTE) && crate::marks::glyphs::trim_marks_end(&text[t.span]).ends_with(',')
}

/// A word without its contracted verb: "who's" and "who’d" are "who".
pub(crate) fn uncontracted(w: &str) -> &str {
    w.split(['\'', '’']).next().unwrap_or(w)
}

pub(crate) fn is_determiner(w: &str) -> bool {
    w.len() <= 7 && Class::SpeakerDeterminer.holds_any_case(w)
}

/// [`is_determiner`] of the word `t`, read from its lexeme.
pub(crate) fn is_determiner_word(text: &str, t: &Token) -> bool {
    t.span.len() <= 7 && t.is_any_case(text, Class::SpeakerDeterminer)
}

/// Strips a possessive `’s` / `'s` / trailing `’`.
pub(crate) fn strip_possessive(w: &str) -> &str {
    // (most words are told apart by their last byte: a possessive ends in
    // "s", "S" or an apostrophe; 0x99 is the last byte of ’)
    if !matches!(w.as_bytes().last(), Some(b's' | b'S' | b'\'' | 0x99)) {
        return w;
    }
    for suffix in ["’s", "'s", "’S", "'S"] {
        if let Some(s) = w.strip_suffix(suffix) {
            return s;
        }
    }
    if let Some(s) = w.strip_suffix('’').or_else(|| w.strip_suffix('\'')) {
        if s.ends_with('s') {
            return s;
        }
    }
    w
}

pub(crate) fn is_possessive(w: &str) -> bool {
    strip_possessive(w).len() != w.len()
}

pub(crate) fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

/// Whether a word is written in camel case past a syllable, as brands and
/// agencies are ("TransLink", "BlackBerry") and surnames ("McCallum",
/// "MacDonald", "DeSantis", "VanVleet") are not: a capital after three
/// lowercase letters or more.
pub(crate) fn is_camel_case(w: &str) -> bool {
    let mut lower_run = 0;
    for c in w.chars() {
        if c.is_uppercase() {
            if lower_run >= 3 {
                return true;
            }
            lower_run = 0;
        } else if c.is_lowercase() {
            lower_run += 1;
        } else {
            return false;
        }
    }
    false
}

/// Whether a capitalised word can be part of a name or organisation.
pub(crate) fn is_name_word(t: &Token) -> bool {
    t.is_capitalized() || t.is(Class::NameParticle)
}

/// Whether the word `t` is a form of a cue verb that stops a description:
/// any but the bare form of one as often a noun ("campaign manager",
/// "state senator").
pub(crate) fn cue_verb_form_of(text: &str, t: &Token) -> bool {
    t.cue_verb(text)
        .is_some_and(|v| t.text(text) != v.lemma || !v.lemma_is(Class::NounishLemma))
}

/// Whether the word `t`, its possessive stripped, marks an organisation
/// ("Institute", "Ministry’s"): read from its lexeme but for a possessive.
pub(crate) fn is_org_word(text: &str, t: &Token) -> bool {
    let w = t.text(text);
    let stem = strip_possessive(w);
    if stem.len() == w.len() {
        t.lexeme.org_word
    } else {
        ORG_WORDS.contains(stem)
    }
}

/// Whether the word `t` is a pronoun as the list spells it, in lowercase
/// ("he", not "He"): read from its lexeme.
pub(crate) fn is_lowercase_pronoun(t: &Token) -> bool {
    // (the list holds lowercase ASCII spellings, a test checks)
    t.lexeme.pronoun.is_some() && t.is_lowercase() && t.is_plain()
}

/// Whether `w` heads a description of a speaker ("officials", "aide").
pub(crate) fn is_role_noun(w: &str) -> bool {
    role_noun(w).is_some()
}

/// Whether `w` (any case) is a role noun that names a person by office or
/// trade: not a party ("Republican") nor an institution ("County").
pub(crate) fn is_person_role_noun(w: &str) -> bool {
    role_noun(w).is_some() && !Class::PartyNoun.holds_ascii_lowercase(w) && !is_org_role_noun(w)
}

/// [`is_person_role_noun`] of the word `t`, read from its lexeme.
pub(crate) fn is_person_role_noun_word(text: &str, t: &Token) -> bool {
    t.role_noun(text).is_some()
        && !t.is_lowered(text, Class::PartyNoun)
        && !t.is_lowered(text, Class::OrgRoleNoun)
}

/// Whether `w` (any case) is a role noun that names an organisation ("the
/// company", "the city").
pub(crate) fn is_org_role_noun(w: &str) -> bool {
    Class::OrgRoleNoun.holds_ascii_lowercase(w)
}

/// The role noun entry for `w` (any case, or a compound), if any.
pub(crate) fn role_noun(w: &str) -> Option<crate::vocab::lexicon::RoleNoun> {
    crate::vocab::lexeme::role_noun(w)
}

/// The gender the word `t` shows as a title or, failing that, an
/// honorific ("Sen.", "Ms."), read from its lexeme.
pub(crate) fn title_gender_of(t: &Token) -> Option<Gender> {
    t.lexeme.title.or(t.lexeme.honorific)
}

/// Whether a chunk is a party and state after a politician's name: "R-Ky.",
/// "D-Calif.", "I-Vt" (the word, and its period if it stands apart).
pub(crate) fn is_party_designation(chunk: Sentence<'_>) -> bool {
    let text = chunk.text;
    let Some((first, rest)) = chunk.split_first() else {
        return false;
    };
    let b = first.text(text).as_bytes();
    rest.iter().all(|t| t.is_punct('.'))
        && b.len() >= 4
        && b.len() <= 8
        && matches!(b[0], b'R' | b'D' | b'I')
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && b[3..].iter().all(|c| c.is_ascii_alphabetic() || *c == b'.')
}

/// Words that open a parenthetical between a subject and its verb: a
/// preposition of time or place, or an adverb ("during a town hall", "in a
/// statement", "after a long pause", "also campaigning in Ohio").
pub(crate) fn is_aside_opener_word(text: &str, t: &Token) -> bool {
    t.is(Class::AsideOpener) || (t.span.len() > 4 && t.text(text).ends_in_ly())
}

/// Whether `w` is a fraction in words: "two-thirds", "Three-quarters".
pub(crate) fn is_fraction(w: &str) -> bool {
    ["-thirds", "-quarters", "-fifths"]
        .iter()
        .any(|f| w.ends_with(f))
}

/// Whether `w` is written in digits alone ("50", "2015").
pub(crate) fn is_digits(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `w` is a year in digits ("2015").
pub(crate) fn is_year(w: &str) -> bool {
    w.len() == 4 && is_digits(w)
}

/// Whether `w` is an age in digits, as after a name ("Ann Lee, 50,").
pub(crate) fn is_age(w: &str) -> bool {
    w.len() <= 3 && is_digits(w)
}

/// Whether `w` is a number in digits or a small one in words ("one" to "ten").
pub(crate) fn is_number_word(w: &str) -> bool {
    is_digits(w) || w.eq_ignore_ascii_case("one") || Class::NumberWord.holds_ascii_lowercase(w)
}

/// Whether a lowercase word is a plural noun of people by its ending
/// ("forecasters", "organizers", "economists", "residents", "attendees").
pub(crate) fn is_agent_plural(w: &str) -> bool {
    w.len() >= 6
        && ["ers", "ors", "ists", "ians", "ants", "ents", "ees"]
            .iter()
            .any(|e| w.ends_with(e))
        && !Class::ThingPlural.holds(w)
}

/// Whether `toks[j]` joins the capitalised words of a name, a capitalised
/// word before it: "and", "for", "of" ("Bank of Canada"), "on" after an
/// organisation's word ("the National Institute on Drug Abuse"), or "the"
/// after "of" ("University of the Fraser Valley").
pub(crate) fn joins_name(toks: Sentence<'_>, j: usize) -> bool {
    let text = toks.text;
    let t = &toks[j];
    let capital_at = |k: Option<usize>| k.is_some_and(|k| toks[k].is_capitalized());
    t.is_word()
        && ((t.is(Class::AndForOf) || t.spells(text, "on") && j > 0 && toks[j - 1].lexeme.org_word)
            && capital_at(j.checked_sub(1))
            || t.spells(text, "the")
                && j >= 2
                && toks[j - 1].is_word()
                && toks.spells(j - 1, "of")
                && capital_at(Some(j - 2)))
}
