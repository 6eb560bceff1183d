//! Before the quote: X said: “Q” · X said, “Q” · — X, “Q” · the aside
//! between a speaker and the cue that leads in a quotation.

use super::speaker::{parse_after, parse_before, PhraseKind, SpeakerPhrase};
use crate::record::EntityKind;
use crate::rules::according_to::according_to_at;
use crate::rules::cues::speaker_fits;
use crate::rules::cues::{cue_at, is_passive, skip_aux_back, CueMatch, Found};
use crate::rules::speaker::is_determiner_word;
use crate::rules::subject::sentence_subject;
use crate::rules::RuleId;
use crate::text::view::Sentence;
use crate::text::words::QUOTE;
use crate::vocab::lexicon::GIVEN_NAMES;
use crate::vocab::lexicon::{cue_verb, CueClass};
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;

/// A paragraph that is only a dash and a name, under a quotation: "— Ann
/// Ruiz." It names the speaker of the quotation above it.
pub(crate) fn dash_line(s: Sentence<'_>) -> Option<Found> {
    let first = s.first()?;
    if !first.is_dash() || s.len() < 2 || s.len() > 12 {
        return None;
    }
    let mut end = s.len();
    if s[end - 1].is_punct('.') {
        end -= 1;
    }
    let phrase = parse_after(s, 1, end)?;
    // (a place may close the line: "- Michelle Marks, Philadelphia.")
    let at = s.partition_point(|t| t.span.start < phrase.whole.end);
    let place = at + 1 < end
        && s[at].is_punct(',')
        && end - at <= 5
        && s[at + 1..end]
            .iter()
            .all(|t| t.is_capitalized() || t.is_punct('.') || t.is_punct(','));
    let covers = phrase.kind == PhraseKind::Name
        && phrase.whole.start == s[1].span.start
        && (phrase.whole.end >= s[end - 1].span.end || place);
    let clause = Span::new(first.span.start, s[end - 1].span.end);
    covers.then(|| Found::new(phrase, None, clause, RuleId::DashSpeaker))
}

/// An aside between a quotation and an inverted attribution, where no
/// speaker stands before the cue: "“Q,” like the recent slump, said Ann
/// Ruiz, an economist." `s[i..j]` is the aside and its comma, `s[j]` the cue.
pub(crate) fn aside_then_cue_speaker(
    s: Sentence<'_>,
    i: usize,
    j: usize,
    hi: usize,
    cue: CueMatch,
) -> Option<Found> {
    if j <= i + 1 || !s[j - 1].is_punct(',') || cue.class != CueClass::Statement {
        return None;
    }
    // (a cue of belief or intent may stand in it: "since so many cases were
    // decided by 5-to-4 votes, said Lee Epstein")
    let aside_clean = (i..j - 1).all(|x| {
        !s[x].is_punct(QUOTE) && !cue_at(s, x).is_some_and(|c| c.class == CueClass::Statement)
    });
    if !aside_clean {
        return None;
    }
    let phrase = parse_after(s, cue.last + 1, hi).filter(|p| {
        p.whole.start == s.get(cue.last + 1).map_or(usize::MAX, |t| t.span.start)
            && matches!(p.kind, PhraseKind::Name | PhraseKind::Description)
    })?;
    let clause = Span::new(cue.span.start, phrase.whole.end);
    Some(Found::new(
        phrase,
        Some(cue),
        clause,
        RuleId::QuoteThenCueSpeaker,
    ))
}

/// Whether the words between a leading cue and its quote can stand there:
/// an object ("told reporters", "told CNN"), a prepositional phrase ("of
/// Clinton", "in a statement"), adverbs and names; not a clause.
pub(crate) fn gap_ok(gap: Sentence<'_>) -> bool {
    let text = gap.text;
    gap.iter().enumerate().all(|(x, t)| {
        // a title in marks after "on", "of" or a possessive: "said on ABC's
        // “This Week” that …"
        if t.is_punct(QUOTE) {
            return x > 0 && {
                let w = gap[x - 1].text(text);
                gap[x - 1].is_word()
                    && (Class::InOfOn.holds(w) || super::speaker::strip_possessive(w) != w)
            };
        }
        if !t.is_word() {
            return matches!(t.punct, ',' | ':' | '—' | '–' | '-' | '(' | ')' | '.');
        }
        let w = t.text(text);
        // a noun in a prepositional phrase: "on the convention floor"
        let in_phrase = || {
            x >= 2
                && gap[x - 1].is(Class::ArticleOrPossessive)
                && gap[x - 2].is(Class::TimePreposition)
                || x >= 3
                    && gap[x - 1].is_lowercase()
                    && gap[x - 2].is(Class::Article)
                    && gap[x - 3].is(Class::TimePreposition)
        };
        t.is_capitalized()
            || (w.len() > 3 && w.ends_in_ly())
            || w.chars().all(|c| c.is_ascii_digit())
            || Class::GapWord.holds(w)
            || Class::DiscourseAdverb.holds(w)
            || super::speaker::strip_possessive(w) != w
            || t.is_lowercase() && !Class::GapStop.holds(w) && cue_verb(w).is_none() && in_phrase()
    })
}

/// Patterns before the quotation `s[k]`, within `s[lo..k]`.
pub(crate) fn leading(s: Sentence<'_>, lo: usize, k: usize) -> Option<Found> {
    let text = s.text;
    let mut e = k;
    let mut colon = false;
    while e > lo && (s[e - 1].is_punct(',') || s[e - 1].is_punct(':') || s[e - 1].is_dash()) {
        colon |= s[e - 1].is_punct(':');
        e -= 1;
    }
    // "Trump said, and I quote, “…”": the writer's aside
    let word = |i: usize| s.get(i).filter(|t| t.is_word()).map(|t| t.text(text));
    if e >= lo + 4 && word(e - 1) == Some("quote") && word(e - 2) == Some("I") {
        let mut a = e - 2;
        if word(a - 1) == Some("and") {
            a -= 1;
        }
        if s[a - 1].is_punct(',') {
            e = a - 1;
        }
    }
    if e == lo {
        return None;
    }
    // a transcript line: "Clinton: “Our goal is …”", also after a title and
    // a dash, as newsletters credit their excerpts ("POLLS NOT WRONG, JUST
    // EARLY - Mark Blumenthal: “…”")
    let credit = (lo..e)
        .rev()
        .take(5)
        .find(|&d| s[d].is_dash())
        .map_or(lo, |d| d + 1);
    if colon
        && e > credit
        && e - credit <= 4
        && s[credit..e]
            .iter()
            .all(|t| t.is_capitalized() || t.is_punct('.'))
    {
        if let Some(phrase) = parse_before(s, credit, e)
            .filter(|p| p.kind == PhraseKind::Name && p.whole.start == s[credit].span.start)
        {
            let clause = Span::new(s[credit].span.start, s[e - 1].span.end);
            return Some(Found::new(phrase, None, clause, RuleId::SpeakerColonQuote));
        }
    }
    cue_before_quote(s, lo, k, e, colon)
}

/// X said: “Q” · X said, “Q”: the cue and its speaker before the quotation
/// at `s[k]`, their words ending at `e` (`colon`: a colon stands between).
fn cue_before_quote(s: Sentence<'_>, lo: usize, k: usize, e: usize, colon: bool) -> Option<Found> {
    let text = s.text;
    let split = lo > 0 && s[lo - 1].is_punct(QUOTE);
    let floor = lo.max(e.saturating_sub(8));
    let mut j = e;
    while j > floor {
        j -= 1;
        // ("put it" is a cue, though "it" alone starts a clause)
        let idiom_end = j > lo
            && s[j - 1].is_word()
            && s.is(j, Class::IdiomParticle)
            && crate::vocab::lexicon::idiom(s.word(j - 1), s.word(j)).is_some();
        if s[j].is_punct(QUOTE) || (s[j].is_word() && s.is(j, Class::GapStop) && !idiom_end) {
            return None;
        }
        if let Some(cue) = according_to_at(s, j) {
            let phrase = parse_after(s, cue.last + 1, e)?;
            let clause = Span::new(cue.span.start, s[e - 1].span.end);
            return Some(Found::new(phrase, Some(cue), clause, RuleId::AccordingTo));
        }
        if let Some(cue) = cue_at(s, j).or_else(|| infinitive_cue(s, lo, j, e)) {
            if cue.class != CueClass::Statement && !colon {
                return None;
            }
            if !colon && !gap_ok(s.part(cue.last + 1..e)) {
                return None;
            }
            let m = skip_aux_back(s, lo, j);
            // a passive with its agent after the quotation: "The inquiry
            // was labeled a “witch hunt” by Democrats" is the Democrats'
            // (without one, the subject stands in, as PolNeAR annotates)
            let passive = is_passive(s, m, j);
            let by = s
                .get(k + 1)
                .is_some_and(|t| t.is_word() && t.spells(text, "by"));
            if let Some(agent) = (passive && by)
                .then(|| parse_after(s, k + 2, s.len().min(k + 12)))
                .flatten()
            {
                let clause = Span::new(cue.span.start, agent.whole.end);
                return Some(Found::new(
                    agent,
                    Some(cue),
                    clause,
                    RuleId::SpeakerCueCommaQuote,
                ));
            }
            let participle = s.word(j).ends_in_ing() && j > lo;
            // "…, Nefzi said, adding, “…”": the speaker of the cue before
            let after_cue =
                participle && j >= lo + 3 && s[j - 1].is_punct(',') && cue_at(s, j - 2).is_some();
            // inverted after a fronted clause: "Because of how they built
            // the schedule, explained Rosenberg, “…”"
            let inverted_mid = (!colon
                && j > lo + 1
                && s[j - 1].is_punct(',')
                && s.word(j).ends_in_ed()
                // verbs that invert, not those that take a person as object
                // ("X, a candidate, labeled Mr. Trump “unfit”")
                && Class::StatementLemma.holds(cue.lemma))
            .then(|| parse_after(s, cue.last + 1, e))
            .flatten()
            .filter(|p| {
                p.kind == PhraseKind::Name && s.partition_point(|t| t.span.start < p.whole.end) >= e
            });
            let phrase = if let Some(p) = inverted_mid {
                p
            } else if after_cue {
                parse_before(s, lo, skip_aux_back(s, lo, j - 2))?
            } else if participle {
                with_subject(s, lo, j).or_else(|| sentence_subject(s.before(k), j))?
            } else if (m == lo && j == lo && !colon) || (colon && inverted_opening(s, lo, j)) {
                // inverted, at the start: "Said Quist, “…”", "In other
                // words, explained Ann Beck: “…”"
                parse_after(s, cue.last + 1, e)
                    .filter(|p| s.partition_point(|t| t.span.start < p.whole.end) >= e)?
            } else if m >= lo + 3 && s[m - 1].is_word() && s.spells(m - 1, "to") {
                // an infinitive: "Trump was prompted to say, “…”", "she went
                // on to say"; the subject of the verb before "to"
                let verb = m - 2;
                if !s[verb].is_lowercase() || is_determiner_word(text, &s[verb]) {
                    return None;
                }
                let before = if verb > lo && s.spells(verb, "on") && s[verb - 1].is_lowercase() {
                    verb - 1
                } else {
                    verb
                };
                parse_before(s, lo, skip_aux_back(s, lo, before))?
            } else if m > lo && s[m - 1].is_word() && s.is(m - 1, Class::AndBut) && lo == 0 {
                // "The president noted …, and added: “…”": the subject goes on;
                // a pronoun right before the verb before is it ("…, he
                // laughed and said")
                let pronoun = (m.saturating_sub(6).max(lo)..m - 1)
                    .rev()
                    .find(|&x| s[x].is_word() && super::speaker::is_subject_pronoun(s.word(x)));
                let opens = |x: usize| x == 0 || s[x - 1].is_punct(',');
                match pronoun
                    .filter(|&x| opens(x) && s[x + 1..m - 1].iter().all(|t| t.is_lowercase()))
                {
                    Some(x) => super::speaker::parse_np_right(s.part(x..=x))?,
                    None => sentence_subject(s.before(k), m - 1)?,
                }
            } else {
                parse_before(s, lo, m)?
            };
            if !speaker_fits(&phrase, s, j) {
                return None;
            }
            let clause = Span::new(
                phrase.whole.start.min(phrase.mention.start),
                s[e - 1].span.end,
            );
            let rule = match (split, colon) {
                (true, _) => RuleId::SplitQuote,
                (false, true) => RuleId::SpeakerCueColonQuote,
                (false, false) => RuleId::SpeakerCueCommaQuote,
            };
            return Some(Found::new(phrase, Some(cue), clause, rule));
        }
    }
    if colon {
        return colon_clause(s, lo, e);
    }
    None
}

/// Whether the cue `s[j]` opens its sentence, or follows only a short
/// opening phrase and a comma ("In other words, explained …").
fn inverted_opening(s: Sentence<'_>, lo: usize, j: usize) -> bool {
    j == lo
        || (j >= lo + 2
            && j - lo <= 4
            && s[j - 1].is_punct(',')
            && s[lo..j - 1].iter().all(|t| t.is_word())
            && s[j].is_lowercase())
}

/// "to say" right before the quotation ("was prompted to say, “…”"): the
/// infinitive cue that `cue_at` passes over inside a clause.
fn infinitive_cue(s: Sentence<'_>, lo: usize, j: usize, e: usize) -> Option<CueMatch> {
    if j + 1 != e || j < lo + 2 || !s[j - 1].is_word() || !s.spells(j - 1, "to") {
        return None;
    }
    let w = s.word(j);
    let v = cue_verb(w)
        .filter(|v| v.class == CueClass::Statement && v.lemma == w && s[j].is_lowercase())?;
    Some(CueMatch::word(s, j, v))
}

/// The subject of a participle after "with": "with Senator Ann Ruiz
/// telling reporters …" (the sentence's own subject speaks otherwise).
pub(crate) fn with_subject(s: Sentence<'_>, lo: usize, j: usize) -> Option<SpeakerPhrase> {
    let w = (lo..j)
        .rev()
        .take(8)
        .find(|&x| s[x].is_word() && s.is(x, Class::With))?;
    // (past an adverb: "with Cruz recently promising")
    let j = skip_aux_back(s, w + 1, j);
    let phrase = parse_after(s, w + 1, j)?;
    let at = s.partition_point(|t| t.span.start < phrase.whole.end);
    if !matches!(phrase.kind, PhraseKind::Name | PhraseKind::Description) {
        return None;
    }
    if at == j {
        return Some(phrase);
    }
    // two noun phrases joined: "with many marchers and spectators chanting"
    let and = at < j && s[at].is_word() && s.spells(at, "and");
    let second = and.then(|| parse_after(s, at + 1, j)).flatten()?;
    let ends = s.partition_point(|t| t.span.start < second.whole.end) == j;
    ends.then(|| {
        SpeakerPhrase::people(
            Span::new(
                phrase.whole.start.min(phrase.mention.start),
                second.whole.end,
            ),
            true,
            false,
        )
    })
}

/// A clause ending in a colon, with no cue, that introduces the quote: its
/// subject speaks ("Kasich resisted: “…”"), or the source after "from"
/// ("More from the report: “…”"). Not a generic description ("The menu
/// lists: …").
pub(crate) fn colon_clause(s: Sentence<'_>, lo: usize, e: usize) -> Option<Found> {
    let text = s.text;
    let clause = Span::new(s[lo].span.start, s[e - 1].span.end);
    if let Some(from) = (lo..e)
        .rev()
        .find(|&x| s[x].is_word() && s.spells_any_case(x, "from"))
    {
        let phrase = parse_after(s, from + 1, e)?;
        let ends = s.partition_point(|t| t.span.start < phrase.whole.end) >= e;
        return (ends && !phrase.generic)
            .then(|| Found::new(phrase, None, clause, RuleId::ColonLeadIn));
    }
    // a person named right before the colon, after the clause's verb: "The
    // surge doesn't surprise pollster Daron Shaw: “…”"
    if let Some(phrase) = super::speaker::parse_before(s, lo, e).filter(|p| {
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
            && s[at - 1].is_lowercase()
            && !is_function_word_before_name(s.word(at - 1))
    }) {
        return Some(Found::new(phrase, None, clause, RuleId::ColonLeadIn));
    }
    if lo != 0 || e - lo > 20 {
        return None;
    }
    let phrase = sentence_subject(s.before(e), e)?;
    // ("Wait, it gets better:" has no subject "Wait": a lone word before a
    // comma opens the sentence as an interjection)
    let after = s.partition_point(|t| t.span.start < phrase.whole.end);
    let interjection = after == 1 && s.get(1).is_some_and(|t| t.is_punct(','));
    let fits = matches!(phrase.kind, PhraseKind::Name | PhraseKind::Pronoun)
        && phrase.entity != EntityKind::Organization
        && !interjection;
    fits.then(|| Found::new(phrase, None, clause, RuleId::ColonLeadIn))
}

/// Words before a name that make it no speaker of what follows a colon:
/// prepositions and conjunctions ("a message to Ann Lee:", "and Tom Ruiz:").
fn is_function_word_before_name(w: &str) -> bool {
    Class::FunctionWordBeforeName.holds(w)
}
