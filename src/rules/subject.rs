//! Sentence subjects: who a sentence is about, past its opening phrases
//! (datelines, adverbials, subordinate clauses), for the rules that give a
//! quotation to the subject of the sentence around it.

use super::speaker::{is_year, parse_after, PhraseKind, SpeakerPhrase};
use crate::rules::cues::{cue_at, Found};
use crate::rules::shape::shape;
use crate::rules::RuleId;
use crate::text::view::Sentence;
use crate::text::words::QUOTE;
use crate::vocab::lexicon::{CueClass, GIVEN_NAMES};
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;
use once_cell::sync::Lazy;
use regex::Regex;

/// Whether the sentence opens with an adverbial ("On Friday, …", "If he
/// wins, …", "Facing criticism, …").
pub(crate) fn adverbial_opener(s: Sentence<'_>) -> bool {
    let text = s.text;
    let Some(first) = s.first().filter(|t| t.is_word()) else {
        return false;
    };
    let w = first.text(text);
    // "This week, …", "Last spring, …" (but "This includes …" has a subject)
    let dated = Class::LastThis.holds(w)
        && s.get(1)
            .is_some_and(|t| t.is(Class::TimeWord) || t.is(Class::Season));
    dated
        || Class::AdverbialOpener.holds(w)
        || (first.is_capitalized()
            && (w.ends_in_ing() || w.ends_in_ed())
            && w.len() > 4
            && !GIVEN_NAMES.contains_key(w))
        || time_opener(s)
}

/// A time phrase before the first comma: "Two weeks earlier,", "Seven
/// years ago,", "Back in 2009,", "A few minutes later,", "Fifteen minutes
/// after the vote, …", "Meanwhile,".
pub(crate) fn time_opener(s: Sentence<'_>) -> bool {
    let text = s.text;
    let Some(c) = s.iter().take(9).position(|t| t.is_punct(',')) else {
        return false;
    };
    let mut words = s[..c].iter().filter(|t| t.is_word()).map(|t| t.text(text));
    let Some(first) = words.next() else {
        return false;
    };
    let second = words.next();
    let last = words.next_back().or(second).unwrap_or(first);
    Class::RelativeTimeAdverb.holds(last)
        || Class::TimeOpener.holds(first)
        || second.is_some_and(|w| Class::TimeUnit.holds(w)) && first.starts_with(char::is_uppercase)
}

/// The word right before a speaker phrase ("after" in "after the interview
/// concluded"), or "" when none stands there.
pub(crate) fn word_before_phrase<'t>(text: &'t str, p: &SpeakerPhrase) -> &'t str {
    text[..p.whole.start.min(p.mention.start)]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// The subject of the sentence `s`, before `s[limit]`: after an opening
/// adverbial ("On Monday, …", "In an interview with X, …"), the first noun
/// phrase. For participial cues: "She went on, saying …".
pub(crate) fn sentence_subject(s: Sentence<'_>, limit: usize) -> Option<SpeakerPhrase> {
    let text = s.text;
    // past a dateline, the sentence proper: "WASHINGTON (UPI) — In response
    // to …, Abedin rallied supporters"
    let d = dateline_end(s.before(limit.min(s.len())));
    if d > 0 && d < limit {
        return sentence_subject(s.from(d), limit - d);
    }
    let mut start = 0;
    let first = s.first()?;
    let comma = s[..limit.min(12)].iter().position(|t| t.is_punct(','));
    let adverbial_opener = first.is_word()
        && (first.is(Class::OpeningPreposition)
            || first.is(Class::NonSubjectOpener))
        // a weekday: "Tuesday at the rally, …"
        || first.is_capitalized() && first.is(Class::TimeWord)
        // an adverb: "Immediately after the attacks, …", "Finally, …"
        || first.is_capitalized() && {
            let w = first.text(text);
            w.len() > 5 && w.ends_in_ly() && !GIVEN_NAMES.contains_key(w)
        };
    let time_chunk = comma.is_some_and(|c| {
        c > 0 && c <= 4 && s[c - 1].is_word() && s.is(c - 1, Class::RelativeTimeAdverb)
    });
    let participle_opener = first.is_capitalized() && {
        let w = first.text(text);
        (w.ends_in_ing() || w.ends_in_ed()) && w.len() > 4 && !GIVEN_NAMES.contains_key(w)
    };
    // a conjunction before the subject itself opens no phrase to skip:
    // "But many of the people interviewed, including …, worry" (but "But
    // on Monday, X said …", "But a few days later, X …")
    let conjunction = first.is_word()
        && first.is(Class::OpeningLinkShort)
        && s.get(1).is_some_and(|t| {
            t.is_word()
                && !t.is(Class::TimeWord)
                && !t.is(Class::Preposition)
                && !t.is(Class::SubjectOpenerTail)
        });
    // "And then Trump went on the attack, saying …": past an adverb of
    // sequence after the conjunction, not set off by a comma
    let then = usize::from(
        first.is_word()
            && first.is(Class::AndButCapitalised)
            && s.get(1).is_some_and(|t| t.is_word() && t.is(Class::SoThen))
            && s.get(2).is_some_and(|t| t.is_word()),
    );
    if conjunction || then == 1 {
        // (a time is no subject: "But a few days later, …")
        let subject = parse_after(s, 1 + then, limit).filter(|p| {
            let end = s.partition_point(|t| t.span.start < p.whole.end);
            p.whole.start.min(p.mention.start) == s[1 + then].span.start
                && !s[1 + then..end]
                    .iter()
                    .any(|t| t.is_word() && (t.is(Class::TimeWord) || t.is(Class::TimeSpanWord)))
        });
        if subject.is_some() {
            return subject;
        }
    }
    // (an opening participle's phrase may run longer: "Challenged by ABC
    // News's Diane Sawyer on her post-administration speaking fees, Clinton")
    let comma = comma.or_else(|| {
        participle_opener
            .then(|| s[..limit.min(30)].iter().position(|t| t.is_punct(',')))
            .flatten()
    });
    // (a cue inside that phrase has no subject yet: "… her speaking fees")
    if participle_opener && comma.is_none() && s.word(0).ends_in_ed() {
        return None;
    }
    if adverbial_opener
        || time_chunk
        || (participle_opener && comma.is_some())
        || time_opener(s.before(limit))
    {
        // (a long opening phrase of a preposition: "In response to Donald
        // Trump’s proposal to bar Muslims from entering the United States,
        // Clinton’s aide …"; not a clause of "While …" or "As …", which may
        // hold a subject of its own)
        let preposition = first.is(Class::OpeningPreposition);
        let far = || {
            preposition
                .then(|| {
                    s[..limit.min(30)]
                        .iter()
                        .position(|t| t.is_punct(',') || t.is_punct(QUOTE))
                        .filter(|&c| s[c].is_punct(','))
                })
                .flatten()
        };
        start = comma.or_else(far)? + 1;
        // a place, a day or a year set off by commas: "At a rally in Salem,
        // Oregon, on Sunday, Holt …"
        for _ in 0..2 {
            let Some(c) = s[start..limit.min(start + 5).max(start)]
                .iter()
                .position(|t| t.is_punct(','))
            else {
                break;
            };
            let chunk = s.part(start..start + c);
            let place =
                !chunk.is_empty() && chunk.iter().all(|t| t.is_capitalized() || t.is_punct('.'));
            let day = chunk.len() == 2
                && chunk.is(0, Class::TimeChunkStart)
                && (chunk.is(1, Class::TimeWord) || chunk[1].is_capitalized());
            // (or a year: "On July 6, 2015, Sanders …")
            let year = chunk.len() == 1 && is_year(chunk.word(0));
            if (place || day || year) && s.get(start + c + 1).is_some_and(|t| t.is_word()) {
                start += c + 1;
            } else {
                break;
            }
        }
    }
    let phrase = parse_after(s, start, limit)?;
    // an adverb is no name: "Hastily politicizing the tragedy ― … ― Trump
    // cast the blame" (but "Early results of the poll show")
    let adverb = phrase.kind == PhraseKind::Name
        && phrase.whole == s[start].span
        && s.word(start).ends_in_ly()
        && !GIVEN_NAMES.contains_key(s.word(start))
        && !s.get(start + 1).is_some_and(|t| {
            t.is_lowercase() && t.text(text).ends_with('s') && !t.text(text).ends_with("ss")
        });
    (phrase.whole.start.min(phrase.mention.start) == s[start].span.start && !adverb)
        .then_some(phrase)
}

/// A dateline opening a sentence, over the shapes of its first tokens (see
/// [`shape`](crate::rules::shape)): a place in capitals, then a date or an
/// agency, up to a dash ("WASHINGTON —", "PHILADELPHIA, July 25 (UPI) —"),
/// or a place in plain case with its agency ("Washington (AFP) –"). The
/// dash is the first in the sentence, among its first ten tokens, and a
/// token follows it.
static DATELINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:[UKN][UuKTNn,.()]*|[uT][UuKTNn,.()]*\([Uu]\)[UuKTNn,.()]*)d.")
        .expect("the dateline pattern compiles")
});

/// The tokens a dateline may run to, its dash included.
const DATELINE_TOKENS: usize = 10;

/// Where the text of a sentence starts after its dateline, if it opens with
/// one ([`DATELINE`]); else 0.
fn dateline_end(s: Sentence<'_>) -> usize {
    let shapes = shape(s, DATELINE_TOKENS + 1);
    match DATELINE.find(&shapes) {
        // the match ends one token past the dash
        Some(m) if m.end() - 1 <= DATELINE_TOKENS => m.end() - 1,
        _ => 0,
    }
}

/// The subject of the sentence as the speaker of a quotation `s[k]` that no
/// cue attributes, where a verb follows the subject: "Cruz knocked Rubio and
/// dubbed him a “moderate”", "McConnell delivered a blunt message: “…”".
/// Weaker than any cue: the verb may be no verb of saying.
pub(crate) fn sentence_subject_speaker(s: Sentence<'_>, k: usize) -> Option<Found> {
    let text = s.text;
    let phrase = sentence_subject(s.before(k), k)?;
    if phrase.generic {
        return None;
    }
    // a verb after the subject: a lowercase word that is no preposition or
    // conjunction ("Trump vowed to …", not "Trump and …", "Trump’s …")
    let after = s.partition_point(|t| t.span.start < phrase.whole.end);
    let verb = s[after..k].iter().find(|t| !t.is_punct(','))?;
    let w = verb.text(text);
    if !verb.is_word()
        || !verb.is_lowercase()
        || Class::LinkWord.holds(w)
        || verb.span.start > s[k].span.start
        || super::speaker::strip_possessive(&text[phrase.mention]).len() != phrase.mention.len()
    {
        return None;
    }
    // a dummy subject speaks for no one: "It was “a new day.”"
    if Class::ItAnyCase.holds(&text[phrase.mention]) && Class::AfterIt.holds(w) {
        return None;
    }
    // the quotation in a clause of its own has that clause's subject:
    // "X's comments came after reports that an official “…”"
    // (but after a colon, what follows "X said that …:" is X's too)
    let v = s.partition_point(|t| t.span.start < verb.span.start);
    let said_then_colon = k > 0
        && s[k - 1].is_punct(':')
        && cue_at(s, v).is_some_and(|c| c.class == CueClass::Statement);
    if !said_then_colon
        && s[v..k]
            .iter()
            .any(|t| t.is_punct(';') || t.is_word() && t.is(Class::That))
    {
        return None;
    }
    let clause = Span::new(phrase.whole.start.min(phrase.mention.start), verb.span.end);
    Some(Found::new(phrase, None, clause, RuleId::SentenceSubject))
}
