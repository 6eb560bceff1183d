//! Paragraphs: blocks of text separated by blank lines.

use crate::Span;

/// The paragraphs of `text`, trimmed of surrounding white space, in order.
///
/// A paragraph ends at a blank line (a line holding only white space). A text
/// that has no blank line but several lines takes each line as a paragraph,
/// as scraped news often does.
pub(crate) fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let has_blank_line = has_blank_line(bytes);
    let mut para_start: Option<usize> = None;
    let mut para_end = 0;
    let mut line_start = 0;
    while line_start <= bytes.len() {
        let line_end = memchr_newline(bytes, line_start).unwrap_or(bytes.len());
        let line = &text[line_start..line_end];
        let trimmed = line.trim();
        // without blank lines, a line is a paragraph unless it carries on the
        // sentence of the line before (hard-wrapped text)
        let carries_on = || {
            let prev = text[..para_end].trim_end().chars().next_back();
            let first = trimmed.chars().next();
            first.is_some_and(char::is_lowercase)
                || !matches!(
                    prev,
                    Some('.' | '!' | '?' | ':' | '”' | '"' | '’' | '\'' | ')' | '»' | '」')
                )
        };
        if trimmed.is_empty() || (!has_blank_line && para_start.is_some() && !carries_on()) {
            if let Some(s) = para_start.take() {
                out.push(Span::new(s, para_end));
            }
        }
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            if para_start.is_none() {
                para_start = Some(line_start + lead);
            }
            para_end = line_start + line.trim_end().len();
        }
        line_start = line_end + 1;
    }
    if let Some(s) = para_start {
        out.push(Span::new(s, para_end));
    }
    out
}

fn memchr_newline(bytes: &[u8], from: usize) -> Option<usize> {
    let i = super::scan::find_byte(bytes, from, bytes.len(), [b'\n'], false);
    (i < bytes.len()).then_some(i)
}

fn has_blank_line(bytes: &[u8]) -> bool {
    let mut seen_newline = false;
    for &b in bytes {
        match b {
            b'\n' if seen_newline => return true,
            b'\n' => seen_newline = true,
            b' ' | b'\t' | b'\r' => {}
            _ => seen_newline = false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        paragraphs(t).into_iter().map(|s| &t[s]).collect()
    }

    #[test]
    fn blank_lines_separate() {
        assert_eq!(texts("A b.\n\n  C d.\r\n \r\nE"), vec!["A b.", "C d.", "E"]);
    }

    #[test]
    fn single_newlines_join_when_blank_lines_exist() {
        assert_eq!(texts("A\nb\n\nC"), vec!["A\nb", "C"]);
    }

    #[test]
    fn lines_are_paragraphs_without_blank_lines() {
        assert_eq!(texts("A.\nB.\nC"), vec!["A.", "B.", "C"]);
        assert_eq!(
            texts("“We won,”\nsaid Ana.\nThe end"),
            vec!["“We won,”\nsaid Ana.", "The end"]
        );
        assert!(paragraphs("").is_empty());
        assert!(paragraphs(" \n\n ").is_empty());
    }
}
