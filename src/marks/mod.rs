//! Quotation marks: finding them, telling them from apostrophes, pairing them.
//!
//! [`glyphs`] knows every mark this crate reads and which way it leans;
//! [`pairing`] walks the text once, pairs openers with closers on a stack,
//! keeps nested quotes inside their outer quote, joins quotes that run over
//! several paragraphs, and reports what it cannot pair.

pub(crate) mod glyphs;
pub(crate) mod pairing;

use crate::Span;

/// A top-level quotation in marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MarkedQuote {
    /// From the opening mark's first byte to the closing mark's last byte
    /// (or the paragraph end for an unclosed quote).
    pub outer: Span,
    /// The words between the marks.
    pub inner: Span,
    /// Whether a closing mark was found.
    pub closed: bool,
}
