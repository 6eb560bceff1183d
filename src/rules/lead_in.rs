//! Lead-ins: a clause ending in a colon that introduces a quotation ("The
//! ministry’s statement:"), in the sentence or in the next paragraph.

use super::speaker::{parse_after, PhraseKind};
use crate::record::EntityKind;
use crate::rules::before_quote::leading;
use crate::rules::cues::{cue_at, Found};
use crate::rules::subject::sentence_subject;
use crate::text::words::{Token, QUOTE};
use crate::vocab::lexicon::{CueClass, GIVEN_NAMES};
use crate::vocab::Class;
use crate::Span;

/// A clause ending in a colon, with no cue, that introduces the quote: its
/// subject speaks ("Kasich resisted: “…”"), or the source after "from"
/// ("More from the report: “…”"). Not a generic description ("The menu
/// lists: …").
pub(crate) fn colon_clause(text: &str, s: &[Token], lo: usize, e: usize) -> Option<Found> {
    let clause = Span::new(s[lo].span.start, s[e - 1].span.end);
    if let Some(from) = (lo..e)
        .rev()
        .find(|&x| s[x].is_word() && s[x].text(text).eq_ignore_ascii_case("from"))
    {
        let phrase = parse_after(text, s, from + 1, e)?;
        let ends = s.partition_point(|t| t.span.start < phrase.whole.end) >= e;
        return (ends && !phrase.generic)
            .then(|| Found::new(phrase, None, clause, "colon-lead-in"));
    }
    // a person named right before the colon, after the clause's verb: "The
    // surge doesn't surprise pollster Daron Shaw: “…”"
    if let Some(phrase) = super::speaker::parse_before(text, s, lo, e).filter(|p| {
        let at = s.partition_point(|t| t.span.start < p.whole.start.min(p.mention.start));
        p.kind == PhraseKind::Name
            && p.entity == EntityKind::Person
            && (p.role.is_some()
                || GIVEN_NAMES.contains_key(
                    text[p.name.unwrap_or(p.mention)]
                        .split(' ')
                        .next()
                        .unwrap_or(""),
                ))
            && at > lo
            && s[at - 1].is_word()
            && s[at - 1].is_lowercase(text)
            && !is_function_word_before_name(s[at - 1].text(text))
    }) {
        return Some(Found::new(phrase, None, clause, "colon-lead-in"));
    }
    if lo != 0 || e - lo > 20 {
        return None;
    }
    let phrase = sentence_subject(text, &s[..e], e)?;
    // ("Wait, it gets better:" has no subject "Wait": a lone word before a
    // comma opens the sentence as an interjection)
    let after = s.partition_point(|t| t.span.start < phrase.whole.end);
    let interjection = after == 1 && s.get(1).is_some_and(|t| t.is_punct(','));
    let fits = matches!(phrase.kind, PhraseKind::Name | PhraseKind::Pronoun)
        && phrase.entity != EntityKind::Organization
        && !interjection;
    fits.then(|| Found::new(phrase, None, clause, "colon-lead-in"))
}

/// Words before a name that make it no speaker of what follows a colon:
/// prepositions and conjunctions ("a message to Ann Lee:", "and Tom Ruiz:").
fn is_function_word_before_name(w: &str) -> bool {
    Class::FunctionWordBeforeName.holds(w)
}

/// A sentence of attribution alone that introduces the quotation opening
/// the next sentence: "Ann Lee said in a statement. “…”", "He told
/// reporters. “…”". A verb of speech, nothing reported after it (only an
/// object or adverbials), and no quotation marks of its own.
pub(crate) fn statement_lead_in(text: &str, s: &[Token]) -> Option<Found> {
    let n = s.len();
    if !(3..=24).contains(&n) || !s[n - 1].is_punct('.') || s.iter().any(|t| t.is_punct(QUOTE)) {
        return None;
    }
    let mut found = leading(text, s, 0, n - 1)?;
    found.cue?;
    // the speaker opens the sentence: "…, the Guardian reported." reports
    // what stands before it
    let p = &found.phrase;
    if p.whole.start.min(p.mention.start) != s[0].span.start {
        return None;
    }
    found.rule = "statement-then-quote";
    Some(found)
}

/// A sentence ending in a colon that introduces the quotation after it:
/// "Caddell continued:" or "And from Chairwoman Rosenworcel:".
pub(crate) fn colon_lead_in(text: &str, s: &[Token]) -> Option<Found> {
    let n = s.len();
    if n < 2 || !s[n - 1].is_punct(':') {
        return None;
    }
    // "As Ann Lee reported after the vote:": the "as" clause's own cue and
    // subject, whatever follows them
    if n > 3 && s[0].is_word() && s[0].text(text) == "As" {
        if let Some(j) = (2..n.min(10)).find(|&j| {
            s[j].is_lowercase(text)
                && cue_at(text, s, j).is_some_and(|c| c.class == CueClass::Speech)
        }) {
            let cue = cue_at(text, s, j)?;
            if let Some(phrase) = super::speaker::parse_before(text, s, 1, j).filter(|p| {
                p.whole.start.min(p.mention.start) == s[1].span.start
                    && matches!(p.kind, PhraseKind::Name | PhraseKind::Description)
            }) {
                let clause = Span::new(s[0].span.start, s[n - 2].span.end);
                return Some(Found::new(phrase, Some(cue), clause, "colon-lead-in"));
            }
        }
    }
    if let Some(mut found) = leading(text, s, 0, n) {
        found.rule = "colon-lead-in";
        return Some(found);
    }
    let from = s
        .iter()
        .rposition(|t| t.is_word() && t.text(text).eq_ignore_ascii_case("from"));
    if let Some(from) = from {
        let phrase = parse_after(text, s, from + 1, n - 1)?;
        if phrase.kind != PhraseKind::Name {
            return None;
        }
        let clause = Span::new(s[from].span.start, s[n - 2].span.end);
        return Some(Found::new(phrase, None, clause, "colon-lead-in"));
    }
    // a clause with no cue whose subject introduces it: "Cruz called them
    // on it:\n\n“…”"
    colon_clause(text, s, 0, n - 1)
}
