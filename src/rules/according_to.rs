//! According to: "according to X, …" and "…, according to X", and the
//! source phrase after it when it parses as no name or role.

use super::speaker::SpeakerPhrase;
use crate::record::EntityKind;
use crate::rules::cues::CueMatch;
use crate::text::view::Sentence;
use crate::text::words::QUOTE;
use crate::vocab::lexicon::{CueClass, CUE_PHRASES};
use crate::Span;

/// A multi-word cue ("according to", "in the words of") starting at `s[i]`.
pub(crate) fn according_to_at(s: Sentence<'_>, i: usize) -> Option<CueMatch> {
    let text = s.text;
    let first = s.get(i)?;
    // (most words open no cue phrase, as their lexeme says)
    if !first.is_word()
        || !first.opens_cue_phrase(text)
        || s.get(i + 1).map_or(true, |t| !t.is_word())
    {
        return None;
    }
    for (lemma, phrase) in CUE_PHRASES.iter() {
        let n = phrase.len();
        if i + n <= s.len()
            && phrase
                .iter()
                .zip(&s[i..i + n])
                .all(|(w, t)| t.is_word() && t.text(text).eq_ignore_ascii_case(w))
        {
            let span = Span::new(s[i].span.start, s[i + n - 1].span.end);
            return Some(CueMatch {
                span,
                lemma,
                weight: 1.0,
                class: CueClass::Statement,
                last: i + n - 1,
            });
        }
    }
    None
}

/// The words after "according to", up to the comma, as a source when they
/// parse as no name or role: "according to early results of the exit poll".
pub(crate) fn source_phrase(s: Sentence<'_>, from: usize, to: usize) -> Option<SpeakerPhrase> {
    // a source is a noun phrase of a few words at least: "according to plan" names none
    if to < from + 2
        || to - from > 25
        || !s[from..to]
            .iter()
            .all(|t| t.is_word() || t.is_punct('.') || t.is_punct('-') || t.is_punct(QUOTE))
    {
        return None;
    }
    // without the sentence's final period
    let to = if s[to - 1].is_punct('.') { to - 1 } else { to };
    let mention = Span::new(s[from].span.start, s[to - 1].span.end);
    Some(SpeakerPhrase::description(
        mention,
        EntityKind::Unknown,
        crate::vocab::lexicon::Gender::Unknown,
        false,
        true,
    ))
}
