//! [`Sentence`]: a sentence's tokens with the text they index, the one
//! argument every rule takes.

use std::ops::Deref;
use std::slice::SliceIndex;

use crate::text::words::Token;
use crate::vocab::Class;
use crate::Span;

/// A sentence as the rules see it: its tokens (words, punctuation, each
/// top-level quotation one token) and the text their spans index.
///
/// It dereferences to its tokens, so `s[i]`, `s.len()` and `s.iter()` read
/// them; [`word`](Sentence::word) and [`is`](Sentence::is) read one word.
/// A view is two references: copy it freely.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sentence<'t> {
    /// The document the tokens' spans index.
    pub text: &'t str,
    /// The tokens, in order.
    pub tokens: &'t [Token],
}

impl<'t> Sentence<'t> {
    /// The view of `tokens`, whose spans index `text`.
    #[inline]
    pub fn new(text: &'t str, tokens: &'t [Token]) -> Sentence<'t> {
        Sentence { text, tokens }
    }

    /// The text of token `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    /// Whether token `i` is spelled `word` exactly ([`Token::spells`]).
    #[inline]
    pub fn spells(&self, i: usize, word: &str) -> bool {
        self.tokens[i].spells(self.text, word)
    }

    /// Whether token `i` is spelled `word` in any ASCII case.
    #[inline]
    pub fn spells_any_case(&self, i: usize, word: &str) -> bool {
        self.tokens[i].spells_any_case(self.text, word)
    }

    /// Whether token `i` is a word of `class`.
    #[inline]
    pub fn is(&self, i: usize, class: Class) -> bool {
        self.tokens[i].is(class)
    }

    /// The view of the tokens in `range` (their indices start again at 0).
    #[inline]
    pub fn part<R: SliceIndex<[Token], Output = [Token]>>(&self, range: R) -> Sentence<'t> {
        Sentence::new(self.text, &self.tokens[range])
    }

    /// The view of the tokens before `end`.
    #[inline]
    pub fn before(&self, end: usize) -> Sentence<'t> {
        self.part(..end)
    }

    /// The view of the tokens from `start` on.
    #[inline]
    pub fn from(&self, start: usize) -> Sentence<'t> {
        self.part(start..)
    }

    /// The text from the first token's start to the last token's end (the
    /// view must hold a token).
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(
            self.tokens[0].span.start,
            self.tokens[self.tokens.len() - 1].span.end,
        )
    }
}

impl Deref for Sentence<'_> {
    type Target = [Token];

    #[inline]
    fn deref(&self) -> &[Token] {
        self.tokens
    }
}

impl<'t> IntoIterator for Sentence<'t> {
    type Item = &'t Token;
    type IntoIter = std::slice::Iter<'t, Token>;

    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.tokens.iter()
    }
}
