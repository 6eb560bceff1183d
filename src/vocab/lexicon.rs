//! The word lists of `src/vocab/*.txt`, parsed once into lookup tables.
//!
//! Each list is a plain text file compiled into the binary with
//! `include_str!`; `#` starts a comment line. Edit the files, not this code.

use super::table::{find_any_case, lines, with_ascii_lowercase, WordMap, WordSet};
use crate::vocab::classes::ClassSet;
use crate::vocab::Class;
use once_cell::sync::Lazy;
use std::collections::HashSet;

/// A gender a word shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Gender {
    Male,
    Female,
    Neuter,
    Unknown,
}

impl Gender {
    fn parse(s: &str) -> Gender {
        match s {
            "m" => Gender::Male,
            "f" => Gender::Female,
            "n" => Gender::Neuter,
            _ => Gender::Unknown,
        }
    }
}

/// What a cue reports: the class of its verb or noun, so that a reader can
/// keep statements apart from beliefs, plans and findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CueClass {
    /// Something said or written: "said", "told", "according to".
    Statement,
    /// A belief or feeling: "believes", "thinks", "fears".
    Belief,
    /// A plan, wish or intention: "plans", "wants", "supports".
    Intent,
    /// A perception or finding: "found", "shows", "saw".
    Perception,
}

impl CueClass {
    /// The snake_case name used in JSON output ("statement").
    pub fn as_str(&self) -> &'static str {
        match self {
            CueClass::Statement => "statement",
            CueClass::Belief => "belief",
            CueClass::Intent => "intent",
            CueClass::Perception => "perception",
        }
    }
}

/// A cue verb form.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CueVerb {
    pub lemma: &'static str,
    pub class: CueClass,
    pub weight: f64,
    /// The word classes of the lemma, looked up once.
    pub lemma_classes: ClassSet,
}

impl CueVerb {
    /// Whether the lemma ("say" for "said") belongs to `class`.
    #[inline]
    pub(crate) fn lemma_is(&self, class: Class) -> bool {
        self.lemma_classes.has(class)
    }
}

/// A noun that heads a description of a speaker.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RoleNoun {
    pub gender: Gender,
    pub plural: bool,
}

/// A pronoun that can name a speaker.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Pronoun {
    pub gender: Gender,
    pub plural: bool,
}

/// Cue verb forms (lowercase) to their lemma and class.
pub(crate) static CUE_VERBS: Lazy<WordMap<CueVerb>> = Lazy::new(|| {
    let mut map = WordMap::default();
    let (mut class, mut weight) = (CueClass::Statement, 1.0);
    for line in lines(include_str!("cue_verbs.txt")) {
        if let Some(header) = line.strip_prefix('@') {
            let mut parts = header.split_whitespace();
            class = match parts.next() {
                Some("belief") => CueClass::Belief,
                Some("intent") => CueClass::Intent,
                Some("perception") => CueClass::Perception,
                _ => CueClass::Statement,
            };
            weight = parts.next().and_then(|w| w.parse().ok()).unwrap_or(1.0);
            continue;
        }
        let mut forms = line.split_whitespace();
        let Some(lemma) = forms.next() else { continue };
        for form in std::iter::once(lemma).chain(forms) {
            map.entry(form).or_insert(CueVerb {
                lemma,
                class,
                weight,
                lemma_classes: super::classes::classes_of(lemma),
            });
        }
    }
    map
});

/// Multi-word cues ("according to"), lowercase: the phrase as written (its
/// lemma) and its words.
pub(crate) static CUE_PHRASES: Lazy<Vec<(&'static str, Vec<&'static str>)>> = Lazy::new(|| {
    lines(include_str!("cue_phrases.txt"))
        .map(|l| (l, l.split_whitespace().collect()))
        .collect()
});

/// Whether `word` (in any ASCII case) is the first word of a multi-word
/// cue ("According" of "according to").
pub(crate) fn opens_cue_phrase(word: &str) -> bool {
    CUE_PHRASES
        .iter()
        .any(|(_, p)| p[0].len() == word.len() && p[0].eq_ignore_ascii_case(word))
}

/// Nouns of speech ("statement", "remarks"), lowercase.
pub(crate) static CUE_NOUNS: Lazy<WordSet> = Lazy::new(|| {
    lines(include_str!("cue_nouns.txt"))
        .flat_map(str::split_whitespace)
        .collect()
});

/// Honorifics ("Mr.", "Ms") to the gender they show.
pub(crate) static HONORIFICS: Lazy<WordMap<Gender>> =
    Lazy::new(|| word_gender(include_str!("honorifics.txt")));

/// Titles before a name ("Sen.", "spokeswoman") to the gender they show.
pub(crate) static TITLES: Lazy<WordMap<Gender>> =
    Lazy::new(|| word_gender(include_str!("titles.txt")));

/// Given names ("Malcolm") to their usual gender.
pub(crate) static GIVEN_NAMES: Lazy<WordMap<Gender>> = Lazy::new(|| {
    let stop: HashSet<&str> = lines(include_str!("not_given_names.txt")).collect();
    let mut map = word_gender(include_str!("given_names.txt"));
    map.retain(|k, _| !stop.contains(k));
    map
});

/// Nouns heading a speaker description ("spokeswoman", "officials").
pub(crate) static ROLE_NOUNS: Lazy<WordMap<RoleNoun>> = Lazy::new(|| {
    lines(include_str!("role_nouns.txt"))
        .filter_map(|l| {
            let mut p = l.split_whitespace();
            let word = p.next()?;
            let gender = Gender::parse(p.next().unwrap_or("u"));
            let plural = p.next() == Some("p");
            Some((word, RoleNoun { gender, plural }))
        })
        .collect()
});

/// The role nouns of six letters or more by their last five letters, to find
/// one at the end of a compound ("neurosurgeon", "co-founder").
pub(crate) static ROLE_SUFFIXES: Lazy<WordMap<Vec<&'static str>>> = Lazy::new(|| {
    let mut map: WordMap<Vec<&'static str>> = WordMap::default();
    for &w in ROLE_NOUNS.keys() {
        if w.len() >= 6 && w.is_ascii() {
            map.entry(&w[w.len() - 5..]).or_default().push(w);
        }
    }
    map
});

/// The role noun `word` is, in any case ("Officials", "OFFICIALS") or as
/// a compound ([`compound_role_noun`]), read from the lists; the lexeme of
/// a listed spelling holds it, looked up once.
pub(crate) fn find_role_noun(word: &str) -> Option<RoleNoun> {
    find_any_case(word, |k| ROLE_NOUNS.get(k).copied()).or_else(|| compound_role_noun(word))
}

/// A lowercase compound ending in a role noun of six letters or more after
/// three letters or more ("neurosurgeon", "co-founder", "grandmother"), or
/// an age as a noun ("the 46-year-old").
pub(crate) fn compound_role_noun(w: &str) -> Option<RoleNoun> {
    if w.len() < 9 || !w.is_ascii() || w.as_bytes()[0].is_ascii_uppercase() {
        return None;
    }
    if w.ends_with("-year-old") || w.ends_with("-year-olds") {
        return Some(RoleNoun {
            gender: Gender::Unknown,
            plural: w.ends_with('s'),
        });
    }
    let nouns = ROLE_SUFFIXES.get(&w[w.len() - 5..])?;
    nouns
        .iter()
        .find(|n| w.len() >= n.len() + 3 && w.ends_with(*n))
        .and_then(|n| ROLE_NOUNS.get(n).copied())
}

/// The pronoun `word` is, in any case ("He", "THEY"), read from the list.
pub(crate) fn find_pronoun(word: &str) -> Option<Pronoun> {
    find_any_case(word, |k| PRONOUNS.get(k).copied())
}

/// Words marking an organisation name ("Institute", "Ministry").
pub(crate) static ORG_WORDS: Lazy<WordSet> =
    Lazy::new(|| lines(include_str!("org_words.txt")).collect());

/// Places (`places.txt`): countries, states, provinces and large cities,
/// whole names ("Nova Scotia").
pub(crate) static PLACES: Lazy<WordSet> = Lazy::new(|| lines(include_str!("places.txt")).collect());

/// News agencies and publishers (`news_agencies.txt`), whole names: in
/// credits and bylines, never what "the company" or "it" stands for.
pub(crate) static NEWS_AGENCIES: Lazy<WordSet> =
    Lazy::new(|| lines(include_str!("news_agencies.txt")).collect());

/// Endings of nouns for a person by what they are or do
/// (`agent_endings.txt`): "proprietor", "resident", "cartoonist".
pub(crate) static AGENT_ENDINGS: Lazy<Vec<&'static str>> =
    Lazy::new(|| lines(include_str!("agent_endings.txt")).collect());

/// Pronouns that can name a speaker, lowercase.
pub(crate) static PRONOUNS: Lazy<WordMap<Pronoun>> = Lazy::new(|| {
    lines(include_str!("pronouns.txt"))
        .filter_map(|l| {
            let mut p = l.split_whitespace();
            let word = p.next()?;
            let gender = Gender::parse(p.next().unwrap_or("u"));
            let num = p.next().unwrap_or("s");
            Some((
                word,
                Pronoun {
                    gender,
                    plural: num == "p",
                },
            ))
        })
        .collect()
});

/// Words a period follows without ending a sentence ("Mr.", "Sept.").
pub(crate) static ABBREVIATIONS: Lazy<WordSet> =
    Lazy::new(|| lines(include_str!("abbreviations.txt")).collect());

fn word_gender(src: &'static str) -> WordMap<Gender> {
    lines(src)
        .filter_map(|l| {
            let mut p = l.split_whitespace();
            let w = p.next()?;
            Some((w, Gender::parse(p.next().unwrap_or("u"))))
        })
        .collect()
}

/// Lengths and first letters of the cue verb forms: a cheap test that
/// turns most words away before hashing.
static CUE_SHAPE: Lazy<(usize, usize, u32, [u32; 26])> = Lazy::new(|| {
    let min = CUE_VERBS.keys().map(|k| k.len()).min().unwrap_or(0);
    let max = CUE_VERBS.keys().map(|k| k.len()).max().unwrap_or(0);
    let letters = CUE_VERBS
        .keys()
        .filter_map(|k| k.bytes().next())
        .fold(0u32, |m, b| m | letter_bit(b));
    // for each first letter, the second letters that follow it
    let mut seconds = [0u32; 26];
    for k in CUE_VERBS.keys() {
        let b = k.as_bytes();
        if b.len() >= 2 && b[0].is_ascii_lowercase() {
            seconds[usize::from(b[0] - b'a')] |= letter_bit(b[1]);
        }
    }
    (min, max, letters, seconds)
});

/// The index of a word's first three letters (ASCII, any case) among the
/// 26³ three-letter prefixes, if they are letters.
#[inline]
fn prefix3(b: &[u8]) -> Option<usize> {
    if b.len() < 3 {
        return None;
    }
    let l = |x: u8| {
        let x = x.to_ascii_lowercase();
        x.is_ascii_lowercase().then(|| usize::from(x - b'a'))
    };
    Some((l(b[0])? * 26 + l(b[1])?) * 26 + l(b[2])?)
}

/// A bit for each three-letter prefix a cue verb form starts with: a word
/// whose prefix has no bit is no cue, with no hashing.
static CUE_PREFIXES: Lazy<Vec<u64>> = Lazy::new(|| {
    let mut bits = vec![0u64; (26usize * 26 * 26).div_ceil(64)];
    for k in CUE_VERBS.keys() {
        if let Some(i) = prefix3(k.as_bytes()) {
            bits[i / 64] |= 1 << (i % 64);
        }
    }
    bits
});

#[inline]
fn letter_bit(b: u8) -> u32 {
    let b = b.to_ascii_lowercase();
    if b.is_ascii_lowercase() {
        1 << (b - b'a')
    } else {
        0
    }
}

/// The cue verb `word` is a form of, if any (`word` in any case).
#[inline]
pub(crate) fn cue_verb(word: &str) -> Option<CueVerb> {
    cue_verb_entry(word).copied()
}

/// The entry of the cue verb `word` is a form of, if any (`word` in any
/// case).
pub(crate) fn cue_verb_entry(word: &str) -> Option<&'static CueVerb> {
    let (min, max, letters, ref seconds) = *CUE_SHAPE;
    let b = word.as_bytes();
    if b.len() < min.max(2) || b.len() > max || letter_bit(b[0]) & letters == 0 {
        return None;
    }
    let first = b[0].to_ascii_lowercase();
    if first.is_ascii_lowercase() && letter_bit(b[1]) & seconds[usize::from(first - b'a')] == 0 {
        return None;
    }
    if let Some(i) = prefix3(b) {
        if CUE_PREFIXES[i / 64] & (1 << (i % 64)) == 0 {
            return None;
        }
    }
    let verbs: &'static WordMap<CueVerb> = &CUE_VERBS;
    if let Some(v) = verbs.get(word) {
        return Some(v);
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    // (a capitalised word lowercased on the stack: no allocation)
    with_ascii_lowercase(word, |l| verbs.get(l))
}

/// Whether `word` (ending in its period) is an abbreviation.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(word)
}

/// The lemma of a verb and particle that together cue speech though the verb
/// alone does not ("went on", "shot back", "puts it", "made clear"; "made it
/// clear" too, its "it" skipped by the caller), from `cue_idioms.txt`.
pub(crate) fn idiom(verb: &str, particle: &str) -> Option<&'static str> {
    // the particle first, cheaply: it rules out almost every word pair
    if !Class::IdiomParticle.holds(particle) {
        return None;
    }
    IDIOMS
        .get(verb)?
        .iter()
        .find(|(p, _)| *p == particle)
        .map(|&(_, lemma)| lemma)
}

/// Verb forms of the cue idioms to their particle and the idiom's lemma.
static IDIOMS: Lazy<WordMap<Vec<(&'static str, &'static str)>>> = Lazy::new(|| {
    let mut map: WordMap<Vec<(&str, &str)>> = WordMap::default();
    for line in lines(include_str!("cue_idioms.txt")) {
        let Some((lemma, forms)) = line.split_once(':') else {
            continue;
        };
        let lemma = lemma.trim();
        let Some(particle) = lemma.split_whitespace().last() else {
            continue;
        };
        for form in forms.split_whitespace() {
            map.entry(form).or_default().push((particle, lemma));
        }
    }
    map
});

/// Prepositions whose object is what was said, to the cue lemmas they go
/// with (`prep_cues.txt`): "talked about", "called for", "warned against".
pub(crate) static PREP_CUES: Lazy<WordMap<Vec<&'static str>>> = Lazy::new(|| {
    lines(include_str!("prep_cues.txt"))
        .filter_map(|l| {
            let (prep, lemmas) = l.split_once(':')?;
            Some((prep.trim(), lemmas.split_whitespace().collect()))
        })
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idiom_particles_are_the_idioms_last_words() {
        for line in lines(include_str!("cue_idioms.txt")) {
            let lemma = line.split(':').next().unwrap_or_default();
            let particle = lemma.split_whitespace().last().unwrap_or_default();
            assert!(
                Class::IdiomParticle.holds(particle),
                "{particle} of {lemma}"
            );
        }
        assert_eq!(idiom("went", "on"), Some("go on"));
        assert_eq!(idiom("made", "clear"), Some("make clear"));
        assert_eq!(idiom("went", "back"), None);
        assert!(PREP_CUES["against"].contains(&"warn"));
    }

    #[test]
    fn lists_load() {
        assert!(CUE_VERBS.len() > 400, "{}", CUE_VERBS.len());
        let lemmas: std::collections::HashSet<_> = CUE_VERBS
            .values()
            .filter(|v| v.class == CueClass::Statement)
            .map(|v| v.lemma)
            .collect();
        assert!(lemmas.len() >= 70, "{}", lemmas.len());
        assert_eq!(cue_verb("told").unwrap().lemma, "tell");
        assert_eq!(cue_verb("Said").unwrap().lemma, "say");
        assert_eq!(cue_verb("thought").unwrap().class, CueClass::Belief);
        assert_eq!(GIVEN_NAMES.get("Malcolm"), Some(&Gender::Male));
        assert_eq!(GIVEN_NAMES.get("Angela"), Some(&Gender::Female));
        assert!(!GIVEN_NAMES.contains_key("China"));
        assert_eq!(HONORIFICS.get("Mrs."), Some(&Gender::Female));
        assert!(ORG_WORDS.contains("Institute"));
        assert!(PRONOUNS["they"].plural);
        assert!(is_abbreviation("Sen."));
        assert_eq!(CUE_PHRASES[0], ("according to", vec!["according", "to"]));
    }

    /// A form listed twice would silently keep its first class: each form
    /// of the cue verbs and each role noun stands once.
    #[test]
    fn no_word_is_listed_twice() {
        for (name, src) in [
            ("cue_verbs.txt", include_str!("cue_verbs.txt")),
            ("role_nouns.txt", include_str!("role_nouns.txt")),
        ] {
            let mut seen = HashSet::new();
            let forms = lines(src).filter(|l| !l.starts_with('@')).flat_map(|l| {
                if name == "role_nouns.txt" {
                    l.split_whitespace().take(1).collect::<Vec<_>>()
                } else {
                    l.split_whitespace().collect()
                }
            });
            let twice: Vec<&str> = forms.filter(|f| !seen.insert(*f)).collect();
            assert!(twice.is_empty(), "{name} lists twice: {twice:?}");
        }
    }
}
