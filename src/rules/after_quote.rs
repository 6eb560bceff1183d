//! After the quote: “Q,” X said · “Q,” said X · “Q,” X, a role, told Y —
//! the attribution that follows a quotation.

use super::speaker::{parse_after, parse_before, PhraseKind, SpeakerPhrase};
use crate::rules::according_to::according_to_at;
use crate::rules::before_quote::aside_then_cue_speaker;
use crate::rules::cues::speaker_fits;
use crate::rules::cues::{clause_end, cue_at, skip_aux_back, Found};
use crate::rules::RuleId;
use crate::text::view::Sentence;
use crate::text::words::QUOTE;
use crate::vocab::lexicon::CueClass;
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;

/// Patterns after the quotation `s[k]`, within `s[..hi]`.
pub(crate) fn trailing(s: Sentence<'_>, k: usize, hi: usize) -> Option<Found> {
    let text = s.text;
    let mut i = k + 1;
    while i < hi && s[i].is_punct(',') {
        i += 1;
    }
    if i >= hi {
        return None;
    }
    // “Q” — X (a typed "--" set tight against the mark is a byline's:
    // "…in Spain.”--Kim Lee")
    if s[i].is_dash() {
        let tight = text[s[i].span].starts_with('-')
            && !text[..s[i].span.start].ends_with(char::is_whitespace);
        if tight {
            return None;
        }
        let phrase = parse_after(s, i + 1, hi)?;
        if phrase.kind != PhraseKind::Name || phrase.whole.start != s[i + 1].span.start {
            return None;
        }
        let clause = Span::new(s[i].span.start, phrase.whole.end);
        return Some(Found::new(phrase, None, clause, RuleId::DashSpeaker));
    }
    // a trailing attribution follows a whole utterance: the quote ends in
    // punctuation, or a comma or dash stands between ("“simply replace” its
    // leaders is feared" is no attribution)
    let inner = crate::marks::glyphs::trim_marks_end(&text[s[k].span]);
    let utterance = inner.ends_with([',', '.', '!', '?', '…', '—', '-', ';', ':'])
        || i > k + 1
        || s[i].is_dash();
    // without the comma, only a name or pronoun and a verb of saying that
    // close the sentence: "“We are done” Lee said." ("“simply replace” its
    // leaders is feared" is no attribution)
    let tight = || {
        let speaker = s[i].is_capitalized()
            || s[i].is_word() && super::speaker::is_subject_pronoun(s.word(i));
        // (or a short description: "“…” this Trump look-alike declared.")
        let described = s[i].is_word() && s.is(i, Class::ArticleOrThis);
        let reach = if described { 6 } else { 4 };
        let cue = (i + 1..hi.min(i + reach))
            .find(|&j| cue_at(s, j).is_some_and(|c| c.class == CueClass::Statement));
        (speaker || described)
            && cue.is_some_and(|j| {
                (i + 1..j).all(|x| {
                    s[x].is_capitalized()
                        || s[x].is_punct('.')
                        || described && s[x].is_word() && s[x].is_lowercase()
                }) && s
                    .get(j + 1)
                    .map_or(true, |t| t.is_punct('.') || t.is_punct(','))
            })
    };
    // "“We waited for months” said Nick Marrow": an utterance of several
    // words, then a verb of saying and a name
    let inverted = || {
        inner.split_whitespace().nth(3).is_some()
            && s[i].is_lowercase()
            && cue_at(s, i).is_some_and(|c| c.class == CueClass::Statement)
            && s.get(i + 1).is_some_and(|t| t.is_capitalized())
    };
    if !utterance && !tight() && !inverted() {
        return None;
    }
    // “Q,” according to X
    if let Some(cue) = according_to_at(s, i) {
        let phrase = parse_after(s, cue.last + 1, hi)?;
        let clause = Span::new(cue.span.start, phrase.whole.end);
        return Some(Found::new(phrase, Some(cue), clause, RuleId::AccordingTo));
    }
    // “Q,” said X (not a participle, nor a verb that takes the words after
    // it as its object: "“in the seven figures,” described the emotional
    // impact")
    if let Some(cue) = cue_at(s, i) {
        if s.word(i).ends_in_ing() || Class::NotInvertedLemma.holds(cue.lemma) {
            return None;
        }
        let phrase = parse_after(s, cue.last + 1, hi)?;
        // a subject with a verb after it opens a reported clause: "who calls
        // Trump a “sociopath,” said he doesn’t …", "said the plan will fail"
        let after = s.partition_point(|t| t.span.start < phrase.whole.end);
        if s.get(after).is_some_and(|t| {
            let w = t.text(text);
            t.is_lowercase()
                && (phrase.kind == PhraseKind::Pronoun
                    && !Class::AfterSpeech.holds(w)
                    && !w.ends_in_ly()
                    || Class::FiniteAuxiliary.holds(w))
        }) {
            return None;
        }
        let end = clause_end(s, cue.last + 1, hi).max(cue.last + 1);
        let clause = Span::new(cue.span.start, s[end - 1].span.end.max(phrase.whole.end));
        return Some(Found::new(
            phrase,
            Some(cue),
            clause,
            RuleId::QuoteThenCueSpeaker,
        ));
    }
    // “Q,” X said
    speaker_then_cue(s, i, hi)
}

/// “Q,” X said: the speaker, then the cue, after a quotation,
/// from `s[i]` (the sentence ends at `hi`).
fn speaker_then_cue(s: Sentence<'_>, i: usize, hi: usize) -> Option<Found> {
    let limit = hi.min(i + 40);
    let mut j = i + 1;
    while j < limit {
        if s[j].is_punct(QUOTE) || s[j].is_punct(';') {
            return None;
        }
        if let Some(cue) = cue_at(s, j) {
            let e = skip_aux_back(s, i, j);
            // no speaker before this cue: it may be a noun ("the Ohio state
            // firefighters union, said"); a later cue may still have one
            let Some(phrase) = parse_before(s, i, e).filter(|p| speaker_fits(p, s, j)) else {
                if let Some(found) = aside_then_cue_speaker(s, i, j, hi, cue) {
                    return Some(found);
                }
                j += 1;
                continue;
            };
            // the speaker starts right after the quote ("“Q,” and he added" is
            // not this pattern), or after one description and a comma
            // ("“Q,” Rep. Hunter’s chief of staff, Joe Kasper, said")
            let start = phrase.whole.start.min(phrase.mention.start);
            let at = s.partition_point(|t| t.span.start < start);
            let described = at > i + 1
                && s[at - 1].is_punct(',')
                && !s[i..at - 1].iter().any(|t| t.is_punct(','));
            // ("“Q,” as she put it on Wednesday": after "as")
            let after_as = at == i + 1 && s[i].is_word() && s.spells(i, "as");
            if start > s[i].span.start && !described && !after_as {
                if let Some(found) = aside_then_cue_speaker(s, i, j, hi, cue) {
                    return Some(found);
                }
                // this cue's subject is not right after the quote; a later
                // cue's may be
                j += 1;
                continue;
            }
            // "“Q,” Warren, who has not endorsed anyone, told reporters": the
            // cue inside a relative clause set off by commas is not the one
            // that attributes; the cue after the clause's closing comma is,
            // with the name before it
            if let Some(found) = past_relative_clause(s, &phrase, j, limit) {
                return Some(found);
            }
            let end = clause_end(s, cue.last + 1, hi).max(cue.last + 1);
            let clause = Span::new(s[i].span.start, s[end - 1].span.end);
            return Some(Found::new(
                phrase,
                Some(cue),
                clause,
                RuleId::QuoteThenSpeakerCue,
            ));
        }
        j += 1;
    }
    None
}

/// For a `phrase` whose mention is the relative pronoun of a clause set off
/// by commas ("Warren, who has not endorsed anyone, told"), and the cue at
/// `j` inside that clause: the attribution by a verb of speech right after
/// the clause's closing comma, with the noun phrase before "who" as the
/// speaker.
fn past_relative_clause(
    s: Sentence<'_>,
    phrase: &SpeakerPhrase,
    j: usize,
    limit: usize,
) -> Option<Found> {
    let who = s.partition_point(|t| t.span.start < phrase.mention.start);
    if phrase.kind == PhraseKind::Description
        || who == 0
        || who >= j
        || !s[who].is_word()
        || !s.spells(who, "who")
        || !s[who - 1].is_punct(',')
    {
        return None;
    }
    let c = (j + 1..limit)
        .take_while(|&x| !s[x].is_punct(QUOTE))
        .find(|&x| s[x].is_punct(','))?;
    let cue = cue_at(s, c + 1).filter(|c| c.class == CueClass::Statement)?;
    let lo = s.partition_point(|t| t.span.start < phrase.whole.start);
    let name = parse_before(s, lo, who - 1)?;
    let end = clause_end(s, cue.last + 1, limit).max(cue.last + 1);
    let clause = Span::new(s[lo].span.start, s[end - 1].span.end);
    Some(Found::new(
        name,
        Some(cue),
        clause,
        RuleId::QuoteThenSpeakerCue,
    ))
}
