//! Sentences: split at terminal punctuation, never inside a quotation.

use crate::marks::glyphs::is_mark_char;
use crate::vocab::lexicon::is_abbreviation;
use crate::vocab::Class;
use crate::Span;

/// A sentence longer than this (in bytes, quotations aside) is cut at the
/// next space: it is a list or a scrape, not prose, and bounded sentences
/// keep every later stage's working set small.
pub(crate) const MAX_SENTENCE_LEN: usize = 4096;

/// Appends the sentences of the paragraph `para` to `out`, trimmed.
///
/// `quotes` are the outer spans (marks included) of the top-level quotes,
/// sorted; a sentence never ends inside one, but may end right after one
/// whose last words end a sentence (`… claw them back.” Then …`).
pub(crate) fn sentences(text: &str, para: Span, quotes: &[Span], out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let mut qi = quotes.partition_point(|q| q.end <= para.start);
    let mut start = para.start;
    let mut i = para.start;
    while i < para.end {
        if qi < quotes.len() && quotes[qi].start <= i {
            let q = quotes[qi];
            qi += 1;
            if q.end <= i {
                continue;
            }
            let inner_last = text[..q.end.min(para.end)]
                .trim_end_matches(is_mark_char)
                .chars()
                .next_back();
            i = q.end.min(para.end);
            let attribution_follows =
                matches!(inner_last, Some('!' | '?')) && cue_follows(text, i, para.end);
            if matches!(inner_last, Some('.' | '!' | '?'))
                && next_starts_sentence(text, i, para.end)
                && !attribution_follows
            {
                push(text, start, i, out);
                start = i;
            }
            continue;
        }
        // skip to the next byte that can end a sentence, stopping at the next
        // quotation and at the length bound
        if i - start <= MAX_SENTENCE_LEN {
            let next_quote = quotes.get(qi).map_or(usize::MAX, |q| q.start);
            let stop = para.end.min(next_quote).min(start + MAX_SENTENCE_LEN + 1);
            i = super::scan::find_byte(bytes, i, stop, [b'.', b'!', b'?', b'\n'], false);
            if i >= para.end || i >= next_quote {
                continue;
            }
        }
        let b = bytes[i];
        match b {
            b'.' | b'!' | b'?' => {
                let mut j = i + 1;
                while j < para.end && matches!(bytes[j], b')' | b']' | b'.' | b'!' | b'?') {
                    j += 1;
                }
                // white space after it, a no-break space too ("Clinton.\u{a0}Reprising")
                if (j == para.end
                    || bytes[j].is_ascii_whitespace()
                    || text[j..].starts_with(super::is_space))
                    && next_starts_sentence(text, j, para.end)
                    && !(b == b'.'
                        && ends_abbreviation(text, para.start, i)
                        && !opens_sentence(text, j, para.end))
                {
                    push(text, start, j, out);
                    start = j;
                }
                i = j;
            }
            b'\n' => {
                let mut back = text[start..i].trim_end().chars().rev();
                let before = back.next();
                let before_mark = back.next();
                let after = text[i..para.end].trim_start().chars().next();
                let ends_sentence = matches!(before, Some('.' | '!' | '?' | ':'))
                    || (before.is_some_and(is_mark_char)
                        && matches!(before_mark, Some('.' | '!' | '?')));
                if ends_sentence || after.is_some_and(is_mark_char) {
                    push(text, start, i, out);
                    start = i;
                }
                i += 1;
            }
            // no prose sentence runs this long: cut at white space so that
            // the work per sentence stays bounded
            b' ' | b'\t' if i - start > MAX_SENTENCE_LEN => {
                push(text, start, i, out);
                start = i;
                i += 1;
            }
            _ => i += 1,
        }
    }
    push(text, start, para.end, out);
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let span = super::trim(text, Span::new(start, end));
    if !span.is_empty() {
        out.push(span);
    }
}

/// Whether a cue verb comes within the next few words after byte `i`,
/// before any terminal punctuation: `“Why?” Trump asked.` is one sentence.
fn cue_follows(text: &str, i: usize, end: usize) -> bool {
    let mut cut = end.min(i + 120).max(i);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let rest = &text[i..cut];
    // the sentence ends at terminal punctuation, but not at an
    // abbreviation's period ("”, Mrs. Clinton said")
    let mut stop = rest.len();
    for (p, c) in rest.char_indices() {
        if matches!(c, '!' | '?' | '“' | '"') || c == '.' && !ends_abbreviation(text, i, i + p) {
            stop = p;
            break;
        }
    }
    let mut words = rest[..stop]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(14)
        .peekable();
    while let Some(w) = words.next() {
        if !w.starts_with(char::is_lowercase) {
            continue;
        }
        let mut idiom = || {
            words
                .peek()
                .is_some_and(|&p| crate::vocab::lexicon::idiom(w, p).is_some())
        };
        if crate::vocab::lexicon::cue_verb(w).is_some() || idiom() {
            return true;
        }
    }
    false
}

/// Whether the text after byte `i` (after white space) starts a sentence.
fn next_starts_sentence(text: &str, i: usize, end: usize) -> bool {
    let rest = text[i..end].trim_start();
    if rest.len() == text[i..end].len() && !rest.is_empty() {
        return false; // no white space after the terminal punctuation
    }
    match rest.chars().next() {
        None => true,
        Some(c) => {
            c.is_uppercase() || c.is_ascii_digit() || is_mark_char(c) || matches!(c, '(' | '[')
        }
    }
}

/// Whether the word after byte `i` is one that starts sentences and never
/// follows an abbreviation inside one ("… in the U.S. He said …").
fn opens_sentence(text: &str, i: usize, end: usize) -> bool {
    let rest = text[i..end].trim_start();
    let word = rest
        .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
        .next()
        .unwrap_or("");
    Class::SentenceOpener.holds(word)
}

/// Whether the period at byte `dot` ends an abbreviation or an initial.
fn ends_abbreviation(text: &str, floor: usize, dot: usize) -> bool {
    // look back no further than a long word: bounded work per period
    let mut floor = floor.max(dot.saturating_sub(24));
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let word_start = text[floor..dot]
        .rfind(|c: char| c.is_whitespace() || c == '(' || is_mark_char(c))
        .map_or(floor, |p| {
            floor + p + text[floor + p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &text[word_start..dot + 1];
    let letters = word.len() - 1;
    is_abbreviation(word)
        || (letters == 1 && word.starts_with(|c: char| c.is_ascii_uppercase()))
        || word[..letters].contains('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split<'a>(t: &'a str, quotes: &[Span]) -> Vec<&'a str> {
        let mut v = Vec::new();
        sentences(t, Span::new(0, t.len()), quotes, &mut v);
        v.into_iter().map(|s| &t[s]).collect()
    }

    #[test]
    fn an_abbreviation_ends_a_sentence_before_a_pronoun() {
        assert_eq!(
            split(
                "Attacks in the U.S. He says more. Mr. Lee and Dr. Ruiz agreed.",
                &[]
            ),
            [
                "Attacks in the U.S.",
                "He says more.",
                "Mr. Lee and Dr. Ruiz agreed."
            ]
        );
    }

    #[test]
    fn splits_at_terminal_punctuation() {
        assert_eq!(
            split("Mr. Smith went. He said so! Then U.S. troops left.", &[]),
            vec!["Mr. Smith went.", "He said so!", "Then U.S. troops left."]
        );
        assert_eq!(
            split("It cost 3.5 dollars. J. Smith agreed.", &[]),
            vec!["It cost 3.5 dollars.", "J. Smith agreed."]
        );
    }

    #[test]
    fn never_inside_quotes() {
        let t = "“One. Two,” he said. “Three.” Then four.";
        let a = t.find("“Three").unwrap();
        let q = [Span::new(0, 15), Span::new(a, a + 12)];
        assert_eq!(&t[q[0]], "“One. Two,”");
        assert_eq!(&t[q[1]], "“Three.”");
        assert_eq!(
            split(t, &q),
            vec!["“One. Two,” he said.", "“Three.”", "Then four."]
        );
    }
}
