//! Words and punctuation with byte offsets.

use crate::vocab::lexeme::{
    any_case_classes, ascii_lower_classes, is_plain, opens_cue_phrase_of, pronoun_of, role_noun_of,
};
use crate::vocab::lexicon::{cue_verb, is_abbreviation, CueVerb, Pronoun, RoleNoun};
use crate::vocab::{lexeme, Class, Lexeme};
use crate::Span;

/// The punctuation value of a token standing for a whole quotation (the
/// extractor's sentence stream holds each top-level quotation as one).
pub(crate) const QUOTE: char = '\u{1}';

/// A token: a word or one punctuation char.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub span: Span,
    /// For punctuation, the char; for a word, `'\0'`.
    pub punct: char,
    /// The case of a word's first letter, read once.
    initial: Initial,
    /// Whether the token is a word of ASCII chars with no capital after its
    /// first: its facts in any case are its lexeme's, or none when no list
    /// holds it (see `vocab::lexeme::any_case`). Read once.
    plain: bool,
    /// What the vocabulary knows of the word, looked up once.
    pub lexeme: &'static Lexeme,
}

/// The case of a word's first char.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Initial {
    Upper,
    Lower,
    /// A digit, a mark, or punctuation.
    Neither,
}

impl Initial {
    /// The case of the first char of `word`.
    #[inline]
    fn of(word: &str) -> Initial {
        let (upper, lower) = match word.as_bytes().first() {
            Some(b) if b.is_ascii() => (b.is_ascii_uppercase(), b.is_ascii_lowercase()),
            _ => word
                .chars()
                .next()
                .map_or((false, false), |c| (c.is_uppercase(), c.is_lowercase())),
        };
        if upper {
            Initial::Upper
        } else if lower {
            Initial::Lower
        } else {
            Initial::Neither
        }
    }
}

impl Token {
    /// A punctuation token.
    #[inline]
    pub fn punct(span: Span, punct: char) -> Token {
        Token {
            span,
            punct,
            initial: Initial::Neither,
            plain: false,
            lexeme: &crate::vocab::lexeme::UNKNOWN,
        }
    }

    /// A word token, its lexeme looked up in `text`.
    #[inline]
    pub fn word(text: &str, span: Span) -> Token {
        let word = &text[span];
        Token {
            span,
            punct: '\0',
            initial: Initial::of(word),
            plain: is_plain(word),
            lexeme: lexeme(word),
        }
    }

    /// Whether the token is a word of `class`.
    #[inline]
    pub fn is(&self, class: Class) -> bool {
        self.lexeme.classes.has(class)
    }

    /// The cue verb the word is a form of, as [`cue_verb`] of its text says:
    /// known from its lexeme, but for a spelling with capitals after its
    /// first letter ("SAID"), which no list holds.
    #[inline]
    pub fn cue_verb(&self, text: &str) -> Option<CueVerb> {
        if !self.lexeme.is_unknown() {
            return self.lexeme.cue.copied();
        }
        if self.plain {
            return None;
        }
        let w = self.text(text);
        if self.is_word() && w.bytes().skip(1).any(|b| b.is_ascii_uppercase()) {
            cue_verb(w)
        } else {
            None
        }
    }

    /// The lexeme whose facts in any case are the word's (see
    /// `vocab::lexeme::any_case`): its own, or `None` when only its text
    /// can tell.
    #[inline]
    fn any_case(&self) -> Option<&'static Lexeme> {
        (!self.lexeme.is_unknown() || self.plain).then_some(self.lexeme)
    }

    /// A fact of the word in any case: `read` from its lexeme when that
    /// tells, else found from its text by `spelled`.
    #[inline]
    fn in_any_case<T>(
        &self,
        text: &str,
        read: impl FnOnce(&'static Lexeme) -> T,
        spelled: impl FnOnce(&str, &'static Lexeme) -> T,
    ) -> T {
        match self.any_case() {
            Some(lexeme) => read(lexeme),
            None => spelled(self.text(text), self.lexeme),
        }
    }

    /// Whether the word, as it stands or lowercased, is of `class`
    /// ([`Class::holds_any_case`] of its text, read from its lexeme).
    #[inline]
    pub fn is_any_case(&self, text: &str, class: Class) -> bool {
        self.in_any_case(text, |l| l.any_case, any_case_classes)
            .has(class)
    }

    /// Whether the word with its ASCII capitals lowercased is of `class`
    /// ([`Class::holds_ascii_lowercase`] of its text).
    #[inline]
    pub fn is_lowered(&self, text: &str, class: Class) -> bool {
        self.in_any_case(text, |l| l.ascii_lower, ascii_lower_classes)
            .has(class)
    }

    /// The role noun the word is in any case or as a compound ("officials",
    /// "Officials", "co-founder").
    #[inline]
    pub fn role_noun(&self, text: &str) -> Option<RoleNoun> {
        match self.any_case() {
            // (a compound is no listed spelling, and has nine letters at least)
            Some(lexeme) if lexeme.is_unknown() && self.span.len() < 9 => None,
            Some(lexeme) if !lexeme.is_unknown() => lexeme.role,
            _ => role_noun_of(self.text(text), self.lexeme),
        }
    }

    /// Whether the word opens a multi-word cue in any ASCII case
    /// ("according", "According").
    #[inline]
    pub fn opens_cue_phrase(&self, text: &str) -> bool {
        self.in_any_case(text, |l| l.opens_cue_phrase, opens_cue_phrase_of)
    }

    /// The pronoun the word is in any case ("she", "She").
    #[inline]
    pub fn pronoun(&self, text: &str) -> Option<Pronoun> {
        self.in_any_case(text, |l| l.pronoun, pronoun_of)
    }

    #[inline]
    pub fn is_word(&self) -> bool {
        self.punct == '\0'
    }

    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.punct == c
    }

    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span]
    }

    /// Whether the token is spelled `word` exactly (compared by length
    /// first, then bytes: most tokens are told apart without reading them).
    #[inline]
    pub fn spells(&self, text: &str, word: &str) -> bool {
        self.span.len() == word.len()
            && text.as_bytes().get(self.span.start..self.span.end) == Some(word.as_bytes())
    }

    /// Whether the token is spelled `word` in any ASCII case ("The", "THE").
    #[inline]
    pub fn spells_any_case(&self, text: &str, word: &str) -> bool {
        self.span.len() == word.len()
            && text
                .as_bytes()
                .get(self.span.start..self.span.end)
                .is_some_and(|b| b.eq_ignore_ascii_case(word.as_bytes()))
    }

    /// Whether the token is a word that starts with an uppercase letter.
    #[inline]
    pub fn is_capitalized(&self) -> bool {
        self.initial == Initial::Upper
    }

    /// Whether the token is a word that starts with a lowercase letter.
    #[inline]
    pub fn is_lowercase(&self) -> bool {
        self.initial == Initial::Lower
    }

    /// Whether the token is a word of ASCII chars with no capital after its
    /// first.
    #[inline]
    pub fn is_plain(&self) -> bool {
        self.plain
    }

    /// Whether the token is a dash of any length.
    #[inline]
    pub fn is_dash(&self) -> bool {
        matches!(self.punct, '—' | '–' | '-' | '―' | '‒')
    }
}

/// The char starting at byte `i` (a char boundary) and its length.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
        (c, c.len_utf8())
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

#[inline]
fn is_connector(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.' | '&' | '‘' | '`')
}

/// Splits `text[span]` into tokens, appending them to `out`.
///
/// A word is a run of letters and digits, with `'`, `’`, `-`, `.` or `&`
/// inside it when a letter or digit follows ("don’t", "U.S", "AT&T"), and a
/// final `’` or `'` after an "s" (a possessive: "Sanders’"); a
/// period joins only after a one-letter segment or between digits ("U.S",
/// "3.5", not "end.Next"). A final period joins the word when the word is an
/// abbreviation, an initial or holds periods already ("Mr.", "J.", "U.S."),
/// and such a word joins a hyphen and a capital after it ("A.F.L.-C.I.O.").
/// A typed "--" is one dash token, as "—" is.
pub(crate) fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let end = span.end;
    let mut i = span.start;
    while i < end {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                i = word(text, i, end, out);
            } else if b.is_ascii_whitespace() || b.is_ascii_control() {
                i += 1;
            } else if b == b'-' && bytes.get(i + 1) == Some(&b'-') && i + 1 < end {
                // "--" (or "---") stands for a dash, as typewriters wrote it
                let mut j = i + 2;
                while j < end && bytes[j] == b'-' {
                    j += 1;
                }
                out.push(Token::punct(Span::new(i, j), '—'));
                i = j;
            } else {
                out.push(Token::punct(Span::new(i, i + 1), b as char));
                i += 1;
            }
            continue;
        }
        let (c, len) = char_at(text, i);
        if c.is_alphanumeric() {
            i = word(text, i, end, out);
        } else {
            if !super::is_space(c) {
                out.push(Token::punct(Span::new(i, i + len), c));
            }
            i += len;
        }
    }
}

/// Reads the word starting at byte `start`; returns where it ends.
pub(crate) fn word(text: &str, start: usize, end: usize, out: &mut Vec<Token>) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut has_period = false;
    loop {
        i = word_part(text, i, end, &mut has_period);
        // abbreviations joined by a hyphen to a capital: "A.F.L.-C.I.O.",
        // "U.S.-Mexico" (not "D.C.-based")
        let hyphen = has_period
            && bytes[i - 1] == b'.'
            && i + 1 < end
            && bytes[i] == b'-'
            && bytes[i + 1].is_ascii_uppercase();
        if !hyphen {
            break;
        }
        i += 1;
    }
    out.push(Token::word(text, Span::new(start, i)));
    i
}

/// Reads one part of a word from byte `start` (up to a hyphen after an
/// abbreviation); returns where it ends. `has_period` is set when a period
/// joined inside it.
fn word_part(text: &str, start: usize, end: usize, has_period: &mut bool) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut segment_chars = 0usize;
    let mut prev_digit = false;
    while i < end {
        // a run of ASCII letters and digits, counted once it ends
        let run = i;
        while i < end && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i > run {
            segment_chars += i - run;
            prev_digit = bytes[i - 1].is_ascii_digit();
            if i == end {
                break;
            }
        }
        let b = bytes[i];
        let (c, len) = char_at(text, i);
        if b >= 0x80 && c.is_alphanumeric() {
            prev_digit = false;
            segment_chars += 1;
            i += len;
            continue;
        }
        let digit_comma = c == ',' && prev_digit;
        if !(is_connector(c) || digit_comma) || i + len >= end {
            break;
        }
        let (n, _) = char_at(text, i + len);
        if digit_comma && !n.is_ascii_digit() {
            break;
        }
        let joins = is_word_char(n)
            && (c != '.' || segment_chars == 1 || (prev_digit && n.is_ascii_digit()));
        if !joins {
            break;
        }
        if c == '.' {
            *has_period = true;
            segment_chars = 0;
        }
        i += len;
    }
    // a possessive of a plural or a name in s: "Sanders’ campaign", "the
    // voters' choice" (the mark no pair took: pairs were cut out before)
    if i > start + 1 && matches!(bytes[i - 1], b's' | b'S') && i < end {
        let (c, len) = char_at(text, i);
        if matches!(c, '’' | '\'') && !(i + len < end && is_word_char(char_at(text, i + len).0)) {
            i += len;
        }
    }
    if i < end && bytes[i] == b'.' {
        let word = &text[start..i + 1];
        let letters = i - start;
        let initial =
            letters == 1 || (word.chars().count() == 2 && word.starts_with(char::is_uppercase));
        if *has_period || initial || is_abbreviation(word) {
            i += 1;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        let mut v = Vec::new();
        tokenize(t, Span::new(0, t.len()), &mut v);
        v.iter().map(|k| &t[k.span]).collect()
    }

    #[test]
    fn words_and_punctuation() {
        assert_eq!(
            words("the Hudson Institute’s Rob Spalding, a retired general, told"),
            vec![
                "the",
                "Hudson",
                "Institute’s",
                "Rob",
                "Spalding",
                ",",
                "a",
                "retired",
                "general",
                ",",
                "told"
            ]
        );
        assert_eq!(
            words("Mr. Obama of the U.S. said."),
            vec!["Mr.", "Obama", "of", "the", "U.S.", "said", "."]
        );
        assert_eq!(
            words("we’re in ’90s — Beijing-backed AT&T"),
            vec!["we’re", "in", "’", "90s", "—", "Beijing-backed", "AT&T"]
        );
        assert_eq!(words("J. Smith"), vec!["J.", "Smith"]);
        assert_eq!(
            words("Lee -- who -- said"),
            vec!["Lee", "--", "who", "--", "said"]
        );
        assert_eq!(
            words("the A.F.L.-C.I.O. and a D.C.-based host"),
            vec![
                "the",
                "A.F.L.-C.I.O.",
                "and",
                "a",
                "D.C.",
                "-",
                "based",
                "host"
            ]
        );
        assert_eq!(
            words("end.Next 3.5 D.C."),
            vec!["end", ".", "Next", "3.5", "D.C."]
        );
        assert_eq!(words("“Hi,” he"), vec!["“", "Hi", ",", "”", "he"]);
        // a possessive in s keeps its mark; a mark before a word stays apart
        assert_eq!(
            words("Sanders’ campaign, the voters' say, its ’s"),
            vec![
                "Sanders’",
                "campaign",
                ",",
                "the",
                "voters'",
                "say",
                ",",
                "its",
                "’",
                "s"
            ]
        );
    }
}
