//! Asked questions: "Asked about X, Y said …", "asked to …", "was asked
//! whether": what a question in the passive was about, and who answered.

use super::speaker::SpeakerPhrase;
use crate::rules::clause::content_span;
use crate::rules::clause::question_word;
use crate::rules::cues::CueMatch;
use crate::text::view::Sentence;
use crate::text::words::QUOTE;
use crate::vocab::lexicon::cue_verb;
use crate::vocab::Class;
use crate::Span;

/// A question put to someone, in the passive: "Asked whether he would run,
/// Ortiz smiled", "when asked by a reporter if …", "was asked by host Ann
/// Lee whether …".
pub(crate) struct Asked {
    /// The question: from "whether", "if" or the question word.
    pub content: Span,
    pub cue: CueMatch,
    /// The one who asked, when "by" names them.
    pub asker: Option<SpeakerPhrase>,
    /// From the cue to the asker or the question.
    pub clause: Span,
}

/// The passive questions of sentence `s`.
pub(crate) fn asked_questions(s: Sentence<'_>) -> Vec<Asked> {
    let text = s.text;
    let mut out = Vec::new();
    for j in 0..s.len() {
        // (the length first: most words are not five letters)
        if s[j].span.len() != 5 || !s[j].is_word() || !s.is(j, Class::Asked) {
            continue;
        }
        let passive = j == 0 || s[j - 1].is_word() && s.is(j - 1, Class::BeforeAsked);
        if !passive {
            continue;
        }
        // the question word, past an asker and a time or place ("Asked in
        // Iowa recently whether …")
        // (or what it was about, or what one was asked to do: "Asked about
        // Cruz's charges, Rubio …", "Asked to respond, she …")
        let topic = |q: usize| {
            s[q].is_word()
                && s.is(q, Class::AboutTo)
                && (q == j + 1
                    || s[q - 1].is_punct(',')
                    || s[q - 1].is_word() && s.is(q - 1, Class::TimeWord))
        };
        let Some(q) = (j + 1..s.len().min(j + 12)).find(|&q| question_word(s, q) || topic(q))
        else {
            continue;
        };
        if !s[j + 1..q].iter().all(|t| {
            t.is_word() && t.cue_verb(text).is_none() && !t.is(Class::GapStop)
                || t.is_punct('.')
                || t.is_punct('(')
                || t.is_punct(')')
                || t.is_punct('-')
        }) {
            continue;
        }
        let asker = (s[j + 1].is_word() && s.spells(j + 1, "by"))
            .then(|| super::speaker::parse_after(s, j + 2, q))
            .flatten()
            .filter(|p| s.partition_point(|t| t.span.start < p.whole.end) <= q);
        let end = (q + 1..s.len())
            .find(|&x| s[x].is_punct(',') || s[x].is_punct(';') || s[x].is_punct(QUOTE))
            .unwrap_or(s.len());
        let Some(content) = content_span(s, q, end) else {
            continue;
        };
        if end - q < 3 {
            continue;
        }
        let Some(v) = cue_verb("asked") else { continue };
        let cue = CueMatch::word(s, j, v);
        let clause = Span::new(
            s[j].span.start,
            asker.as_ref().map_or(s[j].span.end, |p| p.whole.end),
        );
        out.push(Asked {
            content,
            cue,
            asker,
            clause,
        });
    }
    out
}
