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
    let mut de = serde_json::Deserializer::from_str(&line);
    let fields = Fields {
        text: text_field,
        id: id_field,
    };
    let found = serde::de::DeserializeSeed::deserialize(fields, &mut de)
        .and_then(|found| de.end().map(|()| found))
        .map_err(|e| LineError::NotJson(e.to_string()))?;
    let (text, id) = found.unwrap_or_default();
    let text = match text {
        Some(Value::String(s)) => s,
        _ if text_field == "text" => return Err(LineError::NoText),
        _ => return Err(LineError::NoTextField(text_field.to_string())),
    };
    // the same field for both: the id is what is left of it, as when the
    // text was taken out of a parsed object
    let id = if text_field == id_field {
        Value::String(String::new())
    } else {
        id.unwrap_or(Value::Null)
    };
    Ok(Document { id, text })
}

/// The two fields of an input line worth keeping, read without building
/// the rest of the line (which in annotated corpora is most of it).
struct Fields<'f> {
    text: &'f str,
    id: &'f str,
}

/// The text and id fields of a JSON object (the last of each name, as a
/// parsed object keeps), or `None` when the line is no object.
pub(crate) type Found = Option<(Option<Value>, Option<Value>)>;

impl<'de> serde::de::DeserializeSeed<'de> for Fields<'_> {
    type Value = Found;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Found, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Fields<'_> {
    type Value = Found;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Found, A::Error> {
        let (mut text, mut id) = (None, None);
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == self.text {
                text = Some(map.next_value::<Value>()?);
            } else if key == self.id {
                id = Some(map.next_value::<Value>()?);
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(Some((text, id)))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Found, A::Error> {
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(None)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Found, E> {
        Ok(None)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Found, E> {
        Ok(None)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Found, E> {
        Ok(None)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Found, E> {
        Ok(None)
    }

    fn visit_str<E>(self, _: &str) -> Result<Found, E> {
        Ok(None)
    }

    fn visit_unit<E>(self) -> Result<Found, E> {
        Ok(None)
    }
}

/// A quote record as written out: the record's own fields, and with
/// `--char-offsets` its span in chars and in UTF-16 units.
pub struct OutputQuote<'a> {
    quote: &'a Quote,
    char_span: Option<Span>,
    utf16_span: Option<Span>,
}

impl serde::Serialize for OutputQuote<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct WithOffsets<'a> {
            #[serde(flatten)]
            quote: &'a Quote,
            #[serde(skip_serializing_if = "Option::is_none")]
            char_span: Option<Span>,
            #[serde(skip_serializing_if = "Option::is_none")]
            utf16_span: Option<Span>,
        }
        match (self.char_span, self.utf16_span) {
            // the record alone: serialised as a struct, the same JSON as the
            // map `flatten` makes, without its buffering
            (None, None) => self.quote.serialize(s),
            (char_span, utf16_span) => WithOffsets {
                quote: self.quote,
                char_span,
                utf16_span,
            }
            .serialize(s),
        }
    }
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
