//! The reported clause: what a cue reports, its span trimmed of the
//! attribution's words and punctuation, where one clause ends and the next
//! begins, and the questions reported after "asked".

use crate::rules::cues::Found;
use crate::text::view::Sentence;
use crate::text::words::{Token, QUOTE};
use crate::vocab::Class;
use crate::Span;

/// Reported speech found in a sentence: the attribution, the reported
/// clause, and whether the clause reads as one on its own (after "that", or
/// starting with a subject), as an `Indirect` record needs.
#[derive(Clone, Debug)]
pub(crate) struct Reported {
    pub found: Found,
    pub clause: Span,
    pub standalone: bool,
    /// Whether the words are an attribution but no statement: the cue's
    /// object, no clause of its own ("X defended the plan"), the topic after
    /// a preposition ("talked about the economy"), or a plan or promise
    /// ("vowed to fight on").
    pub object: bool,
}

/// How many tokens a clause may be trimmed of punctuation before it is
/// given up: keeps the work per cue bounded.
const TRIM_LIMIT: usize = 64;

/// The first coordinated cue after `from` (exclusive), or `n`.
pub(crate) fn next_boundary(coordinated: &[usize], from: usize, n: usize) -> usize {
    let i = coordinated.partition_point(|&p| p <= from);
    coordinated.get(i).copied().unwrap_or(n)
}

/// "if", "whether" and the question words open a reported question.
pub(crate) fn question_word(s: Sentence<'_>, i: usize) -> bool {
    s.get(i)
        .is_some_and(|t| t.is_word() && t.is(Class::QuestionWord))
}

/// The span of `s[from..to]` without leading and trailing punctuation, if
/// it holds a word (given up after `TRIM_LIMIT` punctuation tokens).
pub(crate) fn content_span(s: Sentence<'_>, from: usize, to: usize) -> Option<Span> {
    let mut to = to.min(s.len());
    let keep = |t: &Token| t.is_word() || t.is_punct(QUOTE);
    let floor = to.saturating_sub(TRIM_LIMIT).max(from);
    while to > floor && !keep(&s[to - 1]) {
        to -= 1;
    }
    let mut from = from;
    let ceil = (from + TRIM_LIMIT).min(to);
    while from < ceil && !keep(&s[from]) {
        from += 1;
    }
    (from < to && keep(&s[from]) && keep(&s[to - 1]))
        .then(|| Span::new(s[from].span.start, s[to - 1].span.end))
}
