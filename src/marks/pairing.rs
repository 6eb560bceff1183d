//! Pairing quotation marks in one left-to-right pass.
//!
//! Each mark is judged by its glyph (“ leans open, ” leans close, `"` leans
//! neither) and by the text around it: a mark with a space before and a word
//! after can open; one with a word before and a space or punctuation after
//! can close. Openers go on a stack; a closer closes the innermost open mark
//! of its family, and marks left open inside it are passed over. When the
//! stack empties, a top-level quote is complete. A quote still open at a
//! blank line continues when the next paragraph opens with a mark of its
//! family (the newspaper convention for quotes of several paragraphs);
//! otherwise it ends at the paragraph end and is reported.
//!
//! Every mark is pushed and popped at most once, so the pass is linear.

use super::glyphs::{glyph_at, guillemet_lean, is_mark_char, may_start_mark, Family, Glyph, Lean};
use super::MarkedQuote;
use crate::record::{Diagnostic, DiagnosticKind};
use crate::text::scan::find_byte;
use crate::text::{char_at, char_before};
use crate::vocab::Class;
use crate::Span;

/// How deep marks may nest; deeper openers are passed over and reported.
pub(crate) const MAX_DEPTH: usize = 64;

#[derive(Clone, Copy, Debug)]
struct Open {
    family: Family,
    mark: Span,
    apostrophe_like: bool,
}

enum Action {
    Open,
    Close,
    Apostrophe,
    Unmatched,
}

struct Pairer<'a> {
    text: &'a str,
    stack: Vec<Open>,
    open_per_family: [usize; 6],
    /// A mark consumed as the continuation of a quote over a paragraph break.
    skip: Option<usize>,
    /// A stretch of text known to hold no right double mark.
    no_closer: Option<(usize, usize)>,
    out: &'a mut Vec<MarkedQuote>,
    diagnostics: &'a mut Vec<Diagnostic>,
}

/// Finds the top-level quotations of `text`, in order, appending them to `out`;
/// what cannot be paired is appended to `diagnostics`.
pub(crate) fn pair(text: &str, out: &mut Vec<MarkedQuote>, diagnostics: &mut Vec<Diagnostic>) {
    let mut p = Pairer {
        no_closer: None,
        text,
        stack: Vec::new(),
        open_per_family: [0; 6],
        skip: None,
        out,
        diagnostics,
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // (past the bytes that are no line break and start no mark)
        i = find_byte(bytes, i, bytes.len(), [b'\n', b'"', b'\'', b'`'], true);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if b == b'\n' {
            if !p.stack.is_empty() {
                p.line_break(i);
            }
            i += 1;
            continue;
        }
        if !may_start_mark(b) {
            i += 1;
            continue;
        }
        match glyph_at(bytes, i) {
            Some(glyph) => {
                // ,''' closing both a single and a double TeX quote: the
                // single one first
                let glyph = if glyph.len == 2
                    && b == b'\''
                    && bytes.get(i + 2) == Some(&b'\'')
                    && p.stack.last().is_some_and(|o| o.family == Family::Single)
                {
                    glyph_at(&bytes[i..i + 1], 0).unwrap_or(glyph)
                } else {
                    glyph
                };
                if p.skip == Some(i) {
                    p.skip = None;
                } else {
                    p.mark(i, glyph);
                }
                i += glyph.len;
            }
            None => i += 1,
        }
    }
    let end = text.trim_end().len();
    p.close_all(end);
}

/// Whether a mark between `prev` and `next` can open and can close a quote.
fn flanking(prev: Option<char>, next: Option<char>) -> (bool, bool) {
    // invisible chars (direction marks, byte-order marks) count as space
    let prev = prev.map(|c| if crate::text::is_space(c) { ' ' } else { c });
    let next = next.map(|c| if crate::text::is_space(c) { ' ' } else { c });
    let can_open = match next {
        Some(n) => {
            !n.is_whitespace()
                && !matches!(n, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}')
                && prev.map_or(true, |p| {
                    p.is_whitespace()
                        || matches!(
                            p,
                            '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | ';' | ',' | '<' | '…'
                        )
                        || is_mark_char(p)
                })
        }
        None => false,
    };
    let can_close = match prev {
        Some(p) => {
            !p.is_whitespace()
                && (matches!(p, '.' | ',' | '!' | '?' | '…')
                    || next.map_or(true, |n| {
                        n.is_whitespace()
                            || matches!(
                                n,
                                '.' | ','
                                    | ';'
                                    | ':'
                                    | '!'
                                    | '?'
                                    | ')'
                                    | ']'
                                    | '}'
                                    | '—'
                                    | '–'
                                    | '-'
                                    | '…'
                                    | '/'
                            )
                            || is_mark_char(n)
                    }))
        }
        None => false,
    };
    (can_open, can_close)
}

/// Whether the word after an opening single mark is an elision or a year
/// ('tis, 'em, rock 'n' roll, ’90s), so that the mark is an apostrophe.
fn is_elision(text: &str, after: usize) -> bool {
    let rest = &text[after..];
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let word_len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..word_len];
    Class::Elision.holds(word.to_ascii_lowercase().as_str())
}

impl Pairer<'_> {
    fn mark(&mut self, i: usize, glyph: Glyph) {
        let end = i + glyph.len;
        let (can_open, can_close) = flanking(char_before(self.text, i), char_at(self.text, end));
        let family = glyph.family;
        let has_open = self.open_per_family[family.index()] > 0;
        let lean = match family {
            Family::Guillemet | Family::SingleGuillemet => guillemet_lean(self.text.as_bytes(), i),
            _ => glyph.lean,
        };
        let single = family == Family::Single;
        let action = match lean {
            Lean::OpenOnly => Action::Open,
            Lean::CloseOnly if has_open => Action::Close,
            Lean::CloseOnly => Action::Unmatched,
            Lean::Open => {
                if has_open && can_close && !can_open {
                    Action::Close
                } else if single && (!can_open || is_elision(self.text, end)) {
                    Action::Apostrophe
                } else {
                    Action::Open
                }
            }
            Lean::Close => {
                let inside_word = char_before(self.text, i).is_some_and(char::is_alphanumeric)
                    && char_at(self.text, end).is_some_and(char::is_alphanumeric);
                if glyph.apostrophe_like && inside_word {
                    Action::Apostrophe
                } else if has_open && (can_close || !can_open) {
                    Action::Close
                } else if glyph.apostrophe_like {
                    Action::Apostrophe
                } else if can_open && !can_close {
                    Action::Open
                } else if !has_open && self.closes_later(end) {
                    // a closing mark turned the wrong way as an opener:
                    // 'He says,” there are …”'
                    Action::Open
                } else {
                    Action::Unmatched
                }
            }
            Lean::Either => {
                let adjacent = self
                    .stack
                    .last()
                    .is_some_and(|o| o.family == family && o.mark.end == i);
                if has_open && (can_close || adjacent) {
                    Action::Close
                } else if can_open {
                    if single && is_elision(self.text, end) {
                        Action::Apostrophe
                    } else {
                        Action::Open
                    }
                } else if glyph.apostrophe_like {
                    Action::Apostrophe
                } else if has_open {
                    Action::Close
                } else if can_close {
                    Action::Unmatched
                } else {
                    Action::Open
                }
            }
        };
        let mark = Span::new(i, end);
        match action {
            Action::Open => self.open(Open {
                family,
                mark,
                apostrophe_like: glyph.apostrophe_like,
            }),
            Action::Close => self.close(family, mark),
            Action::Apostrophe => {}
            Action::Unmatched => self.report(DiagnosticKind::UnmatchedClosingMark, mark),
        }
    }

    /// Whether another right double mark (”) follows byte `from` in the same
    /// paragraph. A failed search is remembered, so the scans stay linear.
    fn closes_later(&mut self, from: usize) -> bool {
        if let Some((lo, hi)) = self.no_closer {
            if from >= lo && from < hi {
                return false;
            }
        }
        let bytes = self.text.as_bytes();
        let mut i = from;
        let mut line_start = false;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' if line_start => break, // a blank line ends the paragraph
                b'\n' => line_start = true,
                b' ' | b'\t' | b'\r' => {}
                0xE2 if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0x9D) => {
                    return true
                }
                _ => line_start = false,
            }
            i += 1;
        }
        self.no_closer = Some((from, i));
        false
    }

    fn open(&mut self, open: Open) {
        if self.stack.len() >= MAX_DEPTH {
            self.report(DiagnosticKind::NestingTooDeep, open.mark);
            return;
        }
        self.open_per_family[open.family.index()] += 1;
        self.stack.push(open);
    }

    fn pop(&mut self) -> Option<Open> {
        let open = self.stack.pop()?;
        self.open_per_family[open.family.index()] -= 1;
        Some(open)
    }

    /// Closes the innermost open mark of `family`; marks left open inside it
    /// are passed over.
    fn close(&mut self, family: Family, mark: Span) {
        while let Some(open) = self.pop() {
            if open.family == family {
                if self.stack.is_empty() {
                    self.out.push(MarkedQuote {
                        outer: Span::new(open.mark.start, mark.end),
                        inner: Span::new(open.mark.end, mark.start),
                        closed: true,
                    });
                }
                return;
            }
            if !open.apostrophe_like {
                self.report(DiagnosticKind::UnclosedMark, open.mark);
            }
        }
    }

    /// Ends every open quote at byte `end` (a paragraph's end).
    fn close_all(&mut self, end: usize) {
        let Some(&outer) = self.stack.first() else {
            return;
        };
        let open: Vec<Open> = self.stack.drain(..).collect();
        self.open_per_family = [0; 6];
        for o in open {
            if !o.apostrophe_like {
                self.report(DiagnosticKind::UnclosedMark, o.mark);
            }
        }
        if outer.family.quotes_when_unclosed() && end > outer.mark.end {
            self.out.push(MarkedQuote {
                outer: Span::new(outer.mark.start, end),
                inner: Span::new(outer.mark.end, end),
                closed: false,
            });
        }
    }

    /// A newline at byte `i` while a quote is open: at a blank line the quote
    /// ends, unless the next paragraph opens with a mark of its family; at a
    /// single newline it goes on (and that same opening mark is skipped).
    fn line_break(&mut self, i: usize) {
        let bytes = self.text.as_bytes();
        let mut j = i + 1;
        let mut blank = false;
        while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r' | b'\n') {
            blank |= bytes[j] == b'\n';
            j += 1;
        }
        let rest = &self.text[j..];
        let lead = rest.len() - rest.trim_start().len();
        let j = j + lead;
        if let (Some(glyph), Some(outer)) = (
            (j < bytes.len()).then(|| glyph_at(bytes, j)).flatten(),
            self.stack.first(),
        ) {
            let opens = !matches!(glyph.lean, Lean::Close | Lean::CloseOnly)
                && char_at(self.text, j + glyph.len).is_some_and(|c| !c.is_whitespace());
            if glyph.family == outer.family && opens {
                self.skip = Some(j);
                return;
            }
        }
        if blank {
            let end = self.text[..i].trim_end().len();
            self.close_all(end);
        }
    }

    /// Records a diagnostic, merging it into the previous one of the same
    /// kind when only white space lies between them.
    fn report(&mut self, kind: DiagnosticKind, span: Span) {
        if let Some(last) = self.diagnostics.last_mut() {
            if last.kind == kind
                && last.span.end <= span.start
                && self.text[last.span.end..span.start].trim().is_empty()
            {
                last.span.end = span.end;
                return;
            }
        }
        self.diagnostics.push(Diagnostic { kind, span });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(t: &str) -> Vec<&str> {
        let (mut out, mut d) = (Vec::new(), Vec::new());
        pair(t, &mut out, &mut d);
        out.iter().map(|q| &t[q.inner]).collect()
    }

    #[test]
    fn straight_and_curly() {
        assert_eq!(
            quotes(r#""Hello," he said, "how are you?""#),
            vec!["Hello,", "how are you?"]
        );
        assert_eq!(
            quotes("“Hello,“ he said, “how are you doing?”"),
            vec!["Hello,", "how are you doing?"]
        );
        assert_eq!(quotes("„Hallo“, sagte er."), vec!["Hallo"]);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            quotes("Huawei’s we’re ’90s rock ’n’ roll the students’ book"),
            Vec::<&str>::new()
        );
        assert_eq!(
            quotes(r#""Jones' cow is cuter!""#),
            vec!["Jones' cow is cuter!"]
        );
        assert_eq!(
            quotes("'Tis the season, 'n' all. 'Hi,' she said."),
            vec!["Hi,"]
        );
    }

    #[test]
    fn nesting_stays_inside() {
        assert_eq!(
            quotes("“Hel «lo “how” are you» doing?”"),
            vec!["Hel «lo “how” are you» doing?"]
        );
        assert_eq!(
            quotes("``Hel ``lo ``how'' are you'' doing?''"),
            vec!["Hel ``lo ``how'' are you'' doing?"]
        );
    }

    #[test]
    fn paragraphs_continue_and_unclosed_end() {
        let t = "He said: “One.\n\n“Two.”\n\nNext “open\n\nAfter.";
        assert_eq!(quotes(t), vec!["One.\n\n“Two.", "open"]);
        let (mut out, mut d) = (Vec::new(), Vec::new());
        pair(t, &mut out, &mut d);
        let open = t.rfind("“open").unwrap();
        assert_eq!(
            d,
            vec![Diagnostic {
                kind: DiagnosticKind::UnclosedMark,
                span: Span::new(open, open + 3)
            }]
        );
        assert!(!out[1].closed);
    }
}
