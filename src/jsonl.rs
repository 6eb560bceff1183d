//! JSON Lines in and out, as the command-line tool reads and writes them
//! (feature `cli`).
//!
//! Each input line is an object with a string `"text"` and any `"id"`; each
//! output line is `{"id", "quotes": [...]}` with the records of
//! [`Quote`] as serde serialises them.

use crate::{CharIndex, Extractor, Quote, Span};
use serde_json::{json, Value};
use std::fmt;

/// One input document.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The document's `"id"` as given (any JSON value; `null` when absent).
    pub id: Value,
    /// The document's `"text"`.
    pub text: String,
}

/// Why an input line could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum LineError {
    /// The line is not UTF-8: the first invalid sequence starts at this byte
    /// of the line.
    InvalidUtf8 {
        /// Byte offset within the line.
        position: usize,
    },
    /// The line is not JSON.
    NotJson(String),
    /// The line is JSON but has no string field `"text"`.
    NoText,
    /// The line is JSON but has no string field of this name (the text
    /// field chosen with [`parse_line_with`]).
    NoTextField(String),
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineError::InvalidUtf8 { position } => {
                write!(f, "invalid UTF-8 at byte {position} of the line")
            }
            LineError::NotJson(e) => write!(f, "not JSON: {e}"),
            LineError::NoText => write!(f, "no string field \"text\""),
            LineError::NoTextField(name) => write!(f, "no string field {name:?}"),
        }
    }
}

impl std::error::Error for LineError {}

/// Parses one input line (without its newline). With `lossy`, invalid UTF-8
/// is replaced by U+FFFD instead of refused.
///
/// ```
/// use quote_attribution::jsonl::{parse_line, LineError};
/// let doc = parse_line(br#"{"id": 7, "text": "Hi"}"#, false).unwrap();
/// assert_eq!((doc.id, doc.text.as_str()), (serde_json::json!(7), "Hi"));
/// assert_eq!(parse_line(b"{}", false), Err(LineError::NoText));
/// ```
pub fn parse_line(line: &[u8], lossy: bool) -> Result<Document, LineError> {
    parse_line_with(line, lossy, "text", "id")
}

/// Parses one input line whose text and id stand in the fields named
/// `text_field` and `id_field` (the CLI's `--text-field` and `--id-field`).
///
/// ```
/// use quote_attribution::jsonl::{parse_line_with, LineError};
/// let doc = parse_line_with(br#"{"url": "a", "body": "Hi"}"#, false, "body", "url").unwrap();
/// assert_eq!((doc.id, doc.text.as_str()), (serde_json::json!("a"), "Hi"));
/// let err = parse_line_with(br#"{"text": "Hi"}"#, false, "body", "url").unwrap_err();
/// assert_eq!(err, LineError::NoTextField("body".into()));
/// ```
pub fn parse_line_with(
    line: &[u8],
    lossy: bool,
    text_field: &str,
    id_field: &str,
) -> Result<Document, LineError> {
    let line = match std::str::from_utf8(line) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) if lossy => String::from_utf8_lossy(line),
        Err(e) => {
            return Err(LineError::InvalidUtf8 {
                position: e.valid_up_to(),
            })
        }
    };
    let mut v: Value =
        serde_json::from_str(&line).map_err(|e| LineError::NotJson(e.to_string()))?;
    let text = match v.get_mut(text_field) {
        Some(Value::String(s)) => std::mem::take(s),
        _ if text_field == "text" => return Err(LineError::NoText),
        _ => return Err(LineError::NoTextField(text_field.to_string())),
    };
    let id = v.get_mut(id_field).map(Value::take).unwrap_or(Value::Null);
    Ok(Document { id, text })
}

/// A quote record as written out: the record's own fields, and with
/// `--char-offsets` its span in chars and in UTF-16 units.
#[derive(serde::Serialize)]
pub struct OutputQuote<'a> {
    #[serde(flatten)]
    quote: &'a Quote,
    #[serde(skip_serializing_if = "Option::is_none")]
    char_span: Option<Span>,
    #[serde(skip_serializing_if = "Option::is_none")]
    utf16_span: Option<Span>,
}

/// The records of `quotes` (from `text`) ready to serialise.
pub fn output_quotes<'a>(
    text: &str,
    quotes: &'a [Quote],
    char_offsets: bool,
) -> Vec<OutputQuote<'a>> {
    let index = char_offsets.then(|| CharIndex::new(text));
    quotes
        .iter()
        .map(|q| output_quote(q, index.as_ref()))
        .collect()
}

/// One record ready to serialise, with its char and UTF-16 spans when an
/// index of the text is given.
pub fn output_quote<'a>(quote: &'a Quote, index: Option<&CharIndex>) -> OutputQuote<'a> {
    OutputQuote {
        quote,
        char_span: index.map(|i| i.to_chars(quote.span)),
        utf16_span: index.map(|i| i.to_utf16(quote.span)),
    }
}

/// The output line (without newline) for one document:
/// `{"id": …, "quotes": […]}`.
pub fn output_line(extractor: &Extractor, doc: &Document, char_offsets: bool) -> String {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        id: &'a Value,
        quotes: Vec<OutputQuote<'a>>,
    }
    let quotes = extractor.extract(&doc.text);
    let line = Line {
        id: &doc.id,
        quotes: output_quotes(&doc.text, &quotes, char_offsets),
    };
    serde_json::to_string(&line)
        .unwrap_or_else(|e| json!({"id": doc.id, "error": e.to_string()}).to_string())
}
