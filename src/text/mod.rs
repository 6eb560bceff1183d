//! Text layout: paragraphs, sentences and words, each with byte offsets.
//!
//! Everything here works on byte offsets into the original text and only ever
//! cuts on char boundaries.

pub(crate) mod paragraphs;
pub(crate) mod scan;
pub(crate) mod sentences;
pub(crate) mod view;
pub(crate) mod words;

/// The char that ends at byte `i` (the one before `i`), if any.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// The char that starts at byte `i`, if any.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

/// Whether `c` is white space, a control char (NUL and the like) or an
/// invisible format char (byte-order mark, zero-width space and joiners,
/// word joiner, direction marks and embeddings): nothing a reader sees.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{feff}' | '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `span` with white space (and invisible format chars) trimmed from both ends.
pub(crate) fn trim(text: &str, span: crate::Span) -> crate::Span {
    let s = &text[span];
    let start = span.start + (s.len() - s.trim_start_matches(is_space).len());
    let end = span.start + s.trim_end_matches(is_space).len();
    crate::Span::new(start, end.max(start))
}
