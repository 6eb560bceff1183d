//! JSON Lines in and out, as the command-line tool reads and writes them
//! (feature `cli`).
//!
//! Each input line is an object with a string `"text"` and any `"id"`; each
//! output line is `{"id", "quotes": [...]}` with the records of
//! [`Quote`](crate::Quote) as serde serialises them.

use crate::{CharIndex, Extractor};
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
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineError::InvalidUtf8 { position } => {
                write!(f, "invalid UTF-8 at byte {position} of the line")
            }
            LineError::NotJson(e) => write!(f, "not JSON: {e}"),
            LineError::NoText => write!(f, "no string field \"text\""),
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
    let text = match v.get_mut("text") {
        Some(Value::String(s)) => std::mem::take(s),
        _ => return Err(LineError::NoText),
    };
    let id = v.get_mut("id").map(Value::take).unwrap_or(Value::Null);
    Ok(Document { id, text })
}

/// The quote records of `text` as a JSON array; with `char_offsets`, each
/// record also carries `"char_span"` and `"utf16_span"`.
pub fn quotes_json(extractor: &Extractor, text: &str, char_offsets: bool) -> Value {
    let quotes = extractor.extract(text);
    let index = char_offsets.then(|| CharIndex::new(text));
    Value::Array(
        quotes
            .iter()
            .map(|q| {
                let mut v = serde_json::to_value(q).unwrap_or(Value::Null);
                if let (Some(index), Value::Object(map)) = (index.as_ref(), &mut v) {
                    map.insert("char_span".into(), json!(index.to_chars(q.span)));
                    map.insert("utf16_span".into(), json!(index.to_utf16(q.span)));
                }
                v
            })
            .collect(),
    )
}

/// The output line (without newline) for one document.
pub fn output_line(extractor: &Extractor, doc: &Document, char_offsets: bool) -> String {
    json!({"id": doc.id, "quotes": quotes_json(extractor, &doc.text, char_offsets)}).to_string()
}
