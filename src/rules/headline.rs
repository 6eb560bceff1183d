//! Headlines: "Name: …" and "Name Says …" headlines, newsroom rubrics that
//! credit no one, and a headline's claim.

use super::speaker::{parse_before, PhraseKind};
use crate::record::EntityKind;
use crate::rules::cues::{CueMatch, Found};
use crate::rules::RuleId;
use crate::text::view::Sentence;
use crate::text::words::QUOTE;
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;

/// Whether the words before a headline's colon are a newsroom's rubric, not
/// a source: "The Latest: …", "UPDATE: …", "Watch: …".
pub(crate) fn is_rubric(label: &str) -> bool {
    let label = label.trim();
    let label = label.strip_prefix("The ").unwrap_or(label);
    Class::Rubric.holds_ascii_lowercase(label)
}

/// A headline that names a source before a colon and says what it said,
/// without marks: "Gingrich: Trump Must Decide If He Wants a Running Mate",
/// "Poll: Voters Sour on the Plan". The source and the words after the colon.
pub(crate) fn headline_colon(s: Sentence<'_>) -> Option<(Found, Span)> {
    let text = s.text;
    let c = s.iter().take(6).position(|t| t.is_punct(':'))?;
    if c > 0 && is_rubric(&text[s[0].span.start..s[c - 1].span.end]) {
        return None;
    }
    if c == 0 || !s[..c].iter().all(|t| t.is_capitalized() || t.is_punct('.')) {
        return None;
    }
    let phrase = super::speaker::parse_before(s, 0, c)?;
    let whole = phrase.whole.start.min(phrase.mention.start) == s[0].span.start;
    let source = match phrase.kind {
        PhraseKind::Name => phrase.entity != EntityKind::Organization || c == 1,
        PhraseKind::Description => true,
        PhraseKind::Pronoun => false,
    };
    if !whole || !source {
        return None;
    }
    let content = headline_content(s, c + 1)?;
    let clause = Span::new(s[0].span.start, s[c].span.end);
    Some((
        Found::new(phrase, None, clause, RuleId::HeadlineColon),
        content,
    ))
}

/// What a headline says from `s[from]` on: three words or more, without
/// marks, final punctuation left out.
fn headline_content(s: Sentence<'_>, from: usize) -> Option<Span> {
    let mut end = s.len();
    // (a term in marks at the end stays: "… Seems Like An ‘Act Of
    // Terrorism.’")
    while end > from && !s[end - 1].is_word() && !s[end - 1].is_punct(QUOTE) {
        end -= 1;
    }
    let words = s[from..end].iter().filter(|t| t.is_word()).count();
    if words < 3 {
        return None;
    }
    Some(Span::new(s[from].span.start, s[end - 1].span.end))
}

/// A headline in title case that reports speech without marks: "Trump Says
/// He Never Pledged to Kill Families", "Former Pollster Warns Clinton Is in
/// Trouble". The subject before the capitalised cue, and the words after it.
pub(crate) fn headline_says(s: Sentence<'_>) -> Option<(Found, Span)> {
    let text = s.text;
    let j =
        (1..s.len().min(12)).find(|&j| s[j].is_capitalized() && s.is(j, Class::HeadlineVerb))?;
    let v = s[j].cue_verb(text)?;
    // (an adverb before the cue is no part of the subject: "Trump Finally
    // Endorses …")
    let mut end = j;
    if end > 1 && {
        let w = s.word(end - 1);
        w.len() > 4 && w.ends_in_ly() && s[end - 1].is_capitalized()
    } {
        end -= 1;
    }
    let phrase = parse_before(s, 0, end)?;
    if phrase.whole.start.min(phrase.mention.start) != s[0].span.start
        || phrase.kind == PhraseKind::Pronoun
    {
        return None;
    }
    let content = headline_content(s, j + 1)?;
    let cue = CueMatch::word(s, j, v);
    let clause = Span::new(s[0].span.start, s[j].span.end);
    Some((
        Found::new(phrase, Some(cue), clause, RuleId::HeadlineSays),
        content,
    ))
}
