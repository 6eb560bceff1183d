//! Words and punctuation with byte offsets.

use crate::rules::lexicon::is_abbreviation;
use crate::Span;

/// A token: a word or one punctuation char.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub span: Span,
    /// For punctuation, the char; for a word, `'\0'`.
    pub punct: char,
}

impl Token {
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

    /// Whether the token is a word that starts with an uppercase letter.
    #[inline]
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.is_word() && text[self.span].chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the token is a word that starts with a lowercase letter.
    #[inline]
    pub fn is_lowercase(&self, text: &str) -> bool {
        self.is_word() && text[self.span].chars().next().is_some_and(char::is_lowercase)
    }

    /// Whether the token is a dash of any length.
    #[inline]
    pub fn is_dash(&self) -> bool {
        matches!(self.punct, '—' | '–' | '-' | '―' | '‒')
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

#[inline]
fn is_connector(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.' | '&' | '‘' | '`')
}

/// Splits `text[span]` into tokens, appending them to `out`.
///
/// A word is a run of letters and digits, with `'`, `’`, `-`, `.` or `&`
/// inside it when a letter or digit follows ("don’t", "U.S", "AT&T"). A
/// final period joins the word when the word is an abbreviation, an initial
/// or holds periods already ("Mr.", "J.", "U.S.").
pub(crate) fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = &text[span];
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if !is_word_char(c) {
            let start = span.start + i;
            out.push(Token { span: Span::new(start, start + c.len_utf8()), punct: c });
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut segment_start = i;
        let mut has_period = false;
        loop {
            match it.peek() {
                Some(&(j, d)) if is_word_char(d) => {
                    end = j + d.len_utf8();
                    it.next();
                }
                Some(&(j, d)) if is_connector(d) => {
                    let after = j + d.len_utf8();
                    let Some(n) = s[after..].chars().next() else { break };
                    let before = s[..j].chars().next_back().unwrap_or(' ');
                    let joins = is_word_char(n)
                        && (d != '.'
                            || s[segment_start..j].chars().count() == 1
                            || (before.is_ascii_digit() && n.is_ascii_digit()));
                    if !joins {
                        break;
                    }
                    if d == '.' {
                        has_period = true;
                        segment_start = after;
                    }
                    it.next();
                    end = after;
                }
                _ => break,
            }
        }
        if s[end..].starts_with('.') {
            let word = &s[i..end + 1];
            let initial = end - i == 1 || (word.chars().count() == 2 && word.starts_with(char::is_uppercase));
            if has_period || initial || is_abbreviation(word) {
                it.next();
                end += 1;
            }
        }
        out.push(Token { span: Span::new(span.start + i, span.start + end), punct: '\0' });
    }
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
            vec!["the", "Hudson", "Institute’s", "Rob", "Spalding", ",", "a", "retired", "general", ",", "told"]
        );
        assert_eq!(words("Mr. Obama of the U.S. said."), vec!["Mr.", "Obama", "of", "the", "U.S.", "said", "."]);
        assert_eq!(words("we’re in ’90s — Beijing-backed AT&T"), vec!["we’re", "in", "’", "90s", "—", "Beijing-backed", "AT&T"]);
        assert_eq!(words("J. Smith"), vec!["J.", "Smith"]);
        assert_eq!(words("end.Next 3.5 D.C."), vec!["end", ".", "Next", "3.5", "D.C."]);
        assert_eq!(words("“Hi,” he"), vec!["“", "Hi", ",", "”", "he"]);
    }
}
