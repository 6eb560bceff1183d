//! Byte spans into the input text, and their conversion to char offsets.

use std::fmt;
use std::ops::{Index, Range};

/// A half-open byte range `start..end` into the text given to the extractor.
///
/// Every span this crate returns lies within the input and both of its ends
/// fall on UTF-8 char boundaries, so `&text[span]` never panics for the text
/// the span came from.
///
/// ```
/// use quote_attribution::Span;
/// let text = "“Hi,” she said.";
/// let span = Span::new(3, 6);
/// assert_eq!(&text[span], "Hi,");
/// assert_eq!(span.len(), 3);
/// assert_eq!(std::ops::Range::from(span), 3..6);
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`. `end` is clamped up to `start`.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: if end < start { start } else { end },
        }
    }

    /// The number of bytes covered.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside this span.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share a byte.
    #[inline]
    pub(crate) const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether the byte offset `pos` lies inside this span.
    #[inline]
    pub const fn contains_offset(&self, pos: usize) -> bool {
        self.start <= pos && pos < self.end
    }

    /// The span as a `Range<usize>`.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.start..s.end
    }
}

impl Index<Span> for str {
    type Output = str;
    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

/// Converts byte offsets of one text into char (Unicode scalar value) offsets,
/// as Python's `str` counts, and UTF-16 offsets, as JavaScript's `String` counts.
///
/// Building the index reads the text once; each conversion is a binary search
/// over the text's non-ASCII chars, so plain ASCII text costs almost nothing.
///
/// ```
/// use quote_attribution::{CharIndex, Span};
/// let text = "“Hi,” she said.";
/// let index = CharIndex::new(text);
/// assert_eq!(index.to_chars(Span::new(3, 6)), Span::new(1, 4));
/// assert_eq!(index.char_offset(text.len()), text.chars().count());
/// ```
#[derive(Clone, Debug, Default)]
pub struct CharIndex {
    /// For each non-ASCII char: its byte offset, and how many bytes more than
    /// chars (and than UTF-16 units) the text holds up to and including it.
    wide: Vec<(usize, usize, usize)>,
}

impl CharIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> CharIndex {
        let (mut extra_chars, mut extra_utf16) = (0, 0);
        let wide = text
            .char_indices()
            .filter(|(_, c)| !c.is_ascii())
            .map(|(i, c)| {
                extra_chars += c.len_utf8() - 1;
                extra_utf16 += c.len_utf8() - c.len_utf16();
                (i, extra_chars, extra_utf16)
            })
            .collect();
        CharIndex { wide }
    }

    fn extra(&self, byte: usize) -> (usize, usize) {
        match self.wide.partition_point(|&(i, _, _)| i < byte) {
            0 => (0, 0),
            n => (self.wide[n - 1].1, self.wide[n - 1].2),
        }
    }

    /// The char offset of the char boundary at byte offset `byte`.
    pub fn char_offset(&self, byte: usize) -> usize {
        byte - self.extra(byte).0
    }

    /// The UTF-16 code unit offset of the char boundary at byte offset `byte`.
    pub fn utf16_offset(&self, byte: usize) -> usize {
        byte - self.extra(byte).1
    }

    /// A byte span converted to char offsets.
    pub fn to_chars(&self, span: Span) -> Span {
        Span::new(self.char_offset(span.start), self.char_offset(span.end))
    }

    /// A byte span converted to UTF-16 offsets.
    pub fn to_utf16(&self, span: Span) -> Span {
        Span::new(self.utf16_offset(span.start), self.utf16_offset(span.end))
    }
}

impl Index<Span> for String {
    type Output = str;
    #[inline]
    fn index(&self, span: Span) -> &str {
        &self.as_str()[span]
    }
}
