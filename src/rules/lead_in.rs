//! Lead-ins: a clause ending in a colon that introduces a quotation ("The
//! ministry’s statement:"), in the sentence or in the next paragraph.

use super::speaker::{parse_after, PhraseKind};
use crate::rules::before_quote::colon_clause;
use crate::rules::before_quote::leading;
use crate::rules::cues::{cue_at, Found};
use crate::rules::RuleId;
use crate::text::view::Sentence;
use crate::text::words::QUOTE;
use crate::vocab::lexicon::CueClass;
use crate::Span;

/// A sentence of attribution alone that introduces the quotation opening
/// the next sentence: "Ann Lee said in a statement. “…”", "He told
/// reporters. “…”". A verb of speech, nothing reported after it (only an
/// object or adverbials), and no quotation marks of its own.
pub(crate) fn statement_lead_in(s: Sentence<'_>) -> Option<Found> {
    let n = s.len();
    if !(3..=24).contains(&n) || !s[n - 1].is_punct('.') || s.iter().any(|t| t.is_punct(QUOTE)) {
        return None;
    }
    let mut found = leading(s, 0, n - 1)?;
    found.cue?;
    // the speaker opens the sentence: "…, the Guardian reported." reports
    // what stands before it
    let p = &found.phrase;
    if p.whole.start.min(p.mention.start) != s[0].span.start {
        return None;
    }
    found.rule = RuleId::StatementThenQuote;
    Some(found)
}

/// A sentence ending in a colon that introduces the quotation after it:
/// "Caddell continued:" or "And from Chairwoman Rosenworcel:".
pub(crate) fn colon_lead_in(s: Sentence<'_>) -> Option<Found> {
    let text = s.text;
    let n = s.len();
    if n < 2 || !s[n - 1].is_punct(':') {
        return None;
    }
    // "As Ann Lee reported after the vote:": the "as" clause's own cue and
    // subject, whatever follows them
    if n > 3 && s[0].is_word() && s.spells(0, "As") {
        if let Some(j) = (2..n.min(10)).find(|&j| {
            s[j].is_lowercase() && cue_at(s, j).is_some_and(|c| c.class == CueClass::Statement)
        }) {
            let cue = cue_at(s, j)?;
            if let Some(phrase) = super::speaker::parse_before(s, 1, j).filter(|p| {
                p.whole.start.min(p.mention.start) == s[1].span.start
                    && matches!(p.kind, PhraseKind::Name | PhraseKind::Description)
            }) {
                let clause = Span::new(s[0].span.start, s[n - 2].span.end);
                return Some(Found::new(phrase, Some(cue), clause, RuleId::ColonLeadIn));
            }
        }
    }
    if let Some(mut found) = leading(s, 0, n) {
        found.rule = RuleId::ColonLeadIn;
        return Some(found);
    }
    let from = s
        .iter()
        .rposition(|t| t.is_word() && t.spells_any_case(text, "from"));
    if let Some(from) = from {
        let phrase = parse_after(s, from + 1, n - 1)?;
        if phrase.kind != PhraseKind::Name {
            return None;
        }
        let clause = Span::new(s[from].span.start, s[n - 2].span.end);
        return Some(Found::new(phrase, None, clause, RuleId::ColonLeadIn));
    }
    // a clause with no cue whose subject introduces it: "Cruz called them
    // on it:\n\n“…”"
    colon_clause(s, 0, n - 1)
}
