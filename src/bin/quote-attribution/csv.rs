//! `--format csv`: one row a record, RFC 4180, offsets in chars.

use crate::DocumentOut;
use quote_attribution::{CharIndex, Quote};
use std::fmt::Write;

/// The header row: the columns of every row, in order (the Python
/// package's `COLUMNS`).
pub const COLUMNS: &[&str] = &[
    "document",
    "record",
    "kind",
    "text",
    "start",
    "end",
    "speaker",
    "mention",
    "mention_start",
    "mention_end",
    "resolution",
    "entity",
    "pronouns",
    "honorific",
    "organization",
    "role",
    "cue",
    "cue_lemma",
    "cue_class",
    "confidence",
    "rule",
];

/// The header line.
pub fn header() -> String {
    let columns: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    line(&columns)
}

/// The rows of one document.
pub fn document(doc: &DocumentOut<'_>) -> String {
    let index = CharIndex::new(doc.text);
    let mut out = String::new();
    for (i, q) in doc.quotes.iter().enumerate() {
        out.push_str(&line(&fields(&doc.id, i, q, &index)));
    }
    out
}

fn fields(document: &str, i: usize, q: &Quote, index: &CharIndex) -> Vec<String> {
    let span = index.to_chars(q.span);
    let speaker = q.speaker.as_ref();
    let mention = speaker.and_then(|s| s.mention.as_ref());
    let mention_span = mention.map(|m| index.to_chars(m.span));
    let affiliation = q.affiliation.as_ref();
    let opt = |s: Option<&str>| s.unwrap_or_default().to_string();
    let num = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_default();
    vec![
        document.to_string(),
        i.to_string(),
        q.kind.as_str().to_string(),
        q.text.clone(),
        span.start.to_string(),
        span.end.to_string(),
        opt(speaker.map(|s| s.name.as_str())),
        opt(mention.map(|m| m.text.as_str())),
        num(mention_span.map(|s| s.start)),
        num(mention_span.map(|s| s.end)),
        opt(speaker.map(|s| s.resolution.as_str())),
        opt(speaker.map(|s| s.entity.as_str())),
        speaker.map(|s| s.pronouns.join(" ")).unwrap_or_default(),
        opt(speaker.and_then(|s| s.honorific.as_deref())),
        opt(affiliation.and_then(|a| a.organization.as_deref())),
        opt(affiliation.and_then(|a| a.role.as_deref())),
        opt(q.cue.as_ref().map(|c| c.text.as_str())),
        opt(q.cue.as_ref().map(|c| c.lemma.as_ref())),
        opt(q.cue.as_ref().map(|c| c.class.as_str())),
        q.confidence.to_string(),
        q.rule.to_string(),
    ]
}

/// One row, fields quoted where RFC 4180 needs it, ended by CRLF.
pub fn line(fields: &[String]) -> String {
    let mut out = String::new();
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            let _ = write!(out, "\"{}\"", field.replace('"', "\"\""));
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn fields_are_quoted_as_rfc_4180_says() {
        let fields = ["plain", "a,b", "say \"hi\"", "two\nlines", ""].map(String::from);
        assert_eq!(
            super::line(&fields),
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"
        );
    }
}
