//! Token shapes: a sentence's opening written as one ASCII char a token, so
//! that a rule about the form of words ("a place in capitals, a date, a
//! dash") reads as a regular expression over the string (`regex`, compiled
//! once).
//!
//! | char | token |
//! | --- | --- |
//! | `N` / `n` | digits only, three bytes or more / fewer |
//! | `U` / `u` | ASCII capitals only ("AP", "WASHINGTON"), three bytes or more / two |
//! | `K` / `k` | no lowercase letter, three bytes or more ("O’NEILL", "3M"), capitalised / not |
//! | `T` | any other capitalised word |
//! | `w` | any other word |
//! | `d` | a dash other than a hyphen |
//! | `,` `.` `(` `)` | that punctuation |
//! | `?` | any other punctuation, or a quotation |

use crate::text::view::Sentence;
use crate::text::words::Token;

/// The shapes of the first `limit` tokens of `s`.
pub(crate) fn shape(s: Sentence<'_>, limit: usize) -> String {
    let text = s.text;
    s.iter().take(limit).map(|t| shape_of(text, t)).collect()
}

fn shape_of(text: &str, t: &Token) -> char {
    if !t.is_word() {
        return match t.punct {
            ',' | '.' | '(' | ')' => t.punct,
            _ if t.is_dash() && !t.is_punct('-') => 'd',
            _ => '?',
        };
    }
    let w = t.text(text);
    let long = w.len() >= 3;
    if w.bytes().all(|b| b.is_ascii_digit()) {
        if long {
            'N'
        } else {
            'n'
        }
    } else if w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()) {
        if long {
            'U'
        } else {
            'u'
        }
    } else if long && w.chars().all(|c| !c.is_lowercase()) {
        if t.is_capitalized() {
            'K'
        } else {
            'k'
        }
    } else if t.is_capitalized() {
        'T'
    } else {
        'w'
    }
}

#[cfg(test)]
mod tests {
    use super::shape;
    use crate::text::view::Sentence;
    use crate::text::words::tokenize;
    use crate::Span;

    #[test]
    fn shapes() {
        let t = "WASHINGTON, July 25 (AP) — Ann Lee said 2016 3MX O’NEILL É";
        let mut toks = Vec::new();
        tokenize(t, Span::new(0, t.len()), &mut toks);
        assert_eq!(shape(Sentence::new(t, &toks), 40), "U,Tn(u)dTTwNkKT");
    }
}
