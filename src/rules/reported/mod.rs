//! Reported speech: every cue with a subject in a sentence ("X said (that)
//! …", "…, X said", "according to X, …", "X’s claim that …") with the
//! clause it reports, and the fragments quoted inside it.

mod cue;
mod object;

use crate::record::EntityKind;
use crate::rules::according_to::according_to_at;
use crate::rules::clause::content_span;
use crate::rules::clause::next_boundary;
use crate::rules::clause::Reported;
use crate::rules::cues::{comma_before, cue_at, CueMatch, Found};
use crate::rules::poll::poll_finding;
use crate::rules::reported::cue::cue_report;
use crate::rules::reported::object::CueSite;
use crate::rules::speaker::is_determiner_word;
use crate::rules::speaker::is_year;
use crate::rules::speaker::{parse_before, PhraseKind, SpeakerPhrase};
use crate::rules::subject::word_before_phrase;
use crate::rules::RuleId;
use crate::text::view::Sentence;
use crate::text::words::QUOTE;
use crate::vocab::lexicon::{CueClass, Gender, CUE_NOUNS};
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;

/// Every cue with a subject in sentence `s` ("X said (that) …", "…, X said",
/// "according to X, …"), in order, with its reported clause. One pass; the
/// work per cue is bounded, so the whole is linear in the sentence.
pub(crate) fn reported_all(s: Sentence<'_>) -> Vec<Reported> {
    let n = s.len();
    let cues = cues_of(s);
    // many sentences hold no cue, no noun of speech before "that" and no
    // poll: nothing to report, and no clause to find
    if cues.is_empty() && !noun_or_poll(s) {
        return Vec::new();
    }
    let coordinated = boundaries(s, &cues);
    // "Trump’s claim that …", "the senator’s statement that …"
    // (a day between: "his comment Monday that …")
    let mut out: Vec<Reported> = (1..n.saturating_sub(2))
        .filter_map(|j| noun_report(s, j, &coordinated))
        .collect();
    // "In the new Post-ABC poll, Clinton leads …", "… 38 percent support in
    // a Fox poll.": a poll says the sentence
    if let Some(r) = poll_finding(s, &coordinated) {
        out.push(r);
    }
    let mut subject: Option<Option<SpeakerPhrase>> = None;
    for (j, cue, according) in cues {
        let site = CueSite {
            s,
            coordinated: &coordinated,
            j,
            cue,
        };
        if let Some(r) = cue_report(site, according, &mut subject, &out) {
            out.push(r);
        }
    }
    out
}

/// The cues of sentence `s` in order, with whether each is "according to".
fn cues_of(s: Sentence<'_>) -> Vec<(usize, CueMatch, bool)> {
    (0..s.len())
        .filter_map(|j| {
            according_to_at(s, j)
                .map(|c| (j, c, true))
                .or_else(|| cue_at(s, j).map(|c| (j, c, false)))
        })
        .collect()
}

/// Whether sentence `s` may hold a noun of speech before "that" ("her
/// claim that") or a poll's noun, which report without a cue verb.
fn noun_or_poll(s: Sentence<'_>) -> bool {
    let text = s.text;
    let that_at = |x: usize| s.get(x).is_some_and(|w| w.is(Class::That));
    s.iter().enumerate().any(|(j, t)| {
        t.is_word() && (that_at(j + 1) || that_at(j + 2) || t.is_lowered(text, Class::PollNoun))
    })
}

/// The boundaries in sentence `s` (with its `cues`, in order) where a
/// clause breaks off the one before: a coordinated cue ("and said"), a
/// participle (", adding that"), a contrast (", but"), an opening
/// subordinate clause's comma.
fn boundaries(s: Sentence<'_>, cues: &[(usize, CueMatch, bool)]) -> Vec<usize> {
    let n = s.len();
    // "and said", "but added": where a coordinated cue starts a new clause
    let mut coordinated = Vec::new();
    // where a clause opened by `s[j]` after a comma breaks off the one
    // before: at the comma, or right before `s[j]` when the comma closes a
    // quotation (which stays in the clause before)
    let break_before = |j: usize| if s[j - 1].is_punct(',') { j - 1 } else { j };
    // (boundaries are sorted and deduplicated after the pass)
    for &(j, _, according) in cues {
        if according {
            continue;
        }
        if j > 0 && s[j - 1].is_word() && s.is(j - 1, Class::AndBut) {
            coordinated.push(j - 1);
        }
        // ", telling reporters …", ", adding that …": a new clause
        if j > 0 && comma_before(s, j) && s.word(j).ends_in_ing() {
            coordinated.push(break_before(j));
        }
        // ", and Ms. Acosta said …": a new clause with its own subject
        if let Some(x) = conjunction_and_subject(s, j) {
            coordinated.push(x);
        }
    }
    for j in 1..n {
        // ", while X said …": a new clause; so is ", and when asked …"
        let subordinate_after_and = || {
            s.is(j, Class::AndBut)
                && s.get(j + 1)
                    .is_some_and(|t| t.is(Class::ClauseSubordinator))
        };
        // ", as she put it": a parenthetical with its own cue
        let as_parenthetical =
            || s.spells(j, "as") && (j + 2..n.min(j + 5)).any(|y| cue_at(s, y).is_some());
        // (the comma may close a quotation: "“Islam hates us,” but he …",
        // and the quotation stays in the clause before)
        if comma_before(s, j)
            && s[j].is_word()
            && (s.is(j, Class::ContrastConjunction)
                || subordinate_after_and()
                || as_parenthetical())
        {
            coordinated.push(break_before(j));
        }
    }
    // "While X condemned the plan, the groups say …": an opening
    // subordinate clause ends at its comma
    if n > 0 && s[0].is_word() && s.is(0, Class::OpeningSubordinator) {
        if let Some(c) = s.iter().take(40).position(|t| t.is_punct(',')) {
            coordinated.push(c);
        }
    }
    // (found out of order: ", and Ms. Acosta said" stands before the cue,
    // an opening clause's comma before everything)
    coordinated.sort_unstable();
    coordinated.dedup();
    coordinated
}

/// A noun of speech owned by its speaker and followed by "that": "Trump’s
/// claim that …", "the senator’s statement that …" (a day between: "his
/// comment Monday that …"), with `s[j]` the noun.
fn noun_report(s: Sentence<'_>, j: usize, coordinated: &[usize]) -> Option<Reported> {
    let text = s.text;
    let n = s.len();
    let t = &s[j];
    let that_at = |x: usize| s.get(x).is_some_and(|w| w.is(Class::That));
    let that = if that_at(j + 1) {
        j + 1
    } else if that_at(j + 2) && s[j + 1].is_word() && s.is(j + 1, Class::TimeWord) {
        j + 2
    } else {
        return None;
    };
    if !t.is_lowercase() || !CUE_NOUNS.contains(t.text(text)) {
        return None;
    }
    let owner = &s[j - 1];
    let w = owner.text(text);
    // (past a month or a year: "her March comment that …")
    let dated = j >= 2 && owner.is_word() && (Class::Month.holds(w) || is_year(w));
    let pronoun = possessive_pronoun(owner.span, w).or_else(|| {
        dated
            .then(|| possessive_pronoun(s[j - 2].span, s.word(j - 2)))
            .flatten()
    });
    let phrase = if let Some(pronoun) = pronoun {
        // "her claim that she …": the possessive pronoun speaks, unless a
        // verb of speech before it has a subject who does ("De Blasio
        // repeated his claim that …", "stressing in his remarks that …")
        // (a passive is no such verb: "He was challenged over his
        // statement that …")
        let passive = |x: usize| x > 0 && s.is(x - 1, Class::FormOfBe);
        let verb_before = (j.saturating_sub(POSSESSIVE_LOOKBACK)..j - 1)
            .any(|x| cue_at(s, x).is_some() && !passive(x));
        if verb_before {
            return None;
        }
        pronoun
    } else {
        // (a description owns it too: "an inspector general's report that")
        if !owner.is_word() || super::speaker::strip_possessive(w).len() == w.len() {
            return None;
        }
        // the owner's own words: a run of capitalised words ("the
        // Hudson Institute's"), or a description back to its determiner
        // ("an inspector general's"); never a verb before them ("Critics
        // pointed to Lee's claim")
        let floor = (j - 1).saturating_sub(4);
        let mut lo = j - 1;
        if owner.is_capitalized() {
            while lo > floor && (s[lo - 1].is_capitalized() || s[lo - 1].is_punct('.')) {
                lo -= 1;
            }
            if lo > floor && s.is(lo - 1, Class::The) {
                lo -= 1;
            }
        } else {
            while lo > floor && s[lo - 1].is_lowercase() && !is_determiner_word(text, &s[lo]) {
                lo -= 1;
            }
            if !is_determiner_word(text, &s[lo]) {
                return None;
            }
        }
        let mut phrase = parse_before(s, lo, j)?;
        if let Some(name) = phrase.name {
            phrase.mention = name;
        }
        // the owner without its possessive: "an inspector general"
        let m = &text[phrase.mention];
        let stem = super::speaker::strip_possessive(m);
        if stem.len() < m.len() && !stem.is_empty() {
            phrase.mention = Span::new(phrase.mention.start, phrase.mention.start + stem.len());
        }
        phrase
    };
    let clause = content_span(s, that + 1, next_boundary(coordinated, that + 1, n))?;
    let cue = CueMatch {
        span: t.span,
        lemma: "statement",
        weight: 0.8,
        class: CueClass::Statement,
        last: j,
    };
    let attribution = Span::new(phrase.whole.start.min(phrase.mention.start), t.span.end);
    Some(Reported {
        found: Found::new(phrase, Some(cue), attribution, RuleId::ReportedSpeech),
        clause,
        standalone: true,
        object: false,
    })
}

/// The index of the "and" or "but" after a comma that opens a clause whose
/// short subject (a name or a subject pronoun) stands right before the cue
/// at `j`: ", and Ms. Acosta said …", ", but he added …".
fn conjunction_and_subject(s: Sentence<'_>, j: usize) -> Option<usize> {
    let text = s.text;
    let x = (j.saturating_sub(5)..j)
        .rev()
        .find(|&x| s[x].is_word() && s.is(x, Class::AndBut))?;
    if x == 0 || x + 1 == j {
        return None;
    }
    // (without a comma, only before the quotation it introduces: "a woman
    // asked for a photo and Clinton said, “…”")
    let introduces = || {
        let mut e = j + 1;
        while s.get(e).is_some_and(|t| t.is_punct(',') || t.is_punct(':')) {
            e += 1;
        }
        e > j + 1 && s.get(e).is_some_and(|t| t.is_punct(QUOTE))
    };
    if !comma_before(s, x) && !introduces() {
        return None;
    }
    let subject = &s[x + 1..j];
    let pronoun = subject.len() == 1 && super::speaker::is_subject_pronoun(subject[0].text(text));
    let name = subject[0].is_capitalized()
        && subject
            .iter()
            .all(|t| t.is_capitalized() || t.is_punct('.'));
    (pronoun || name).then_some(x)
}

/// How far before "his claim that" a verb of speech is looked for, in
/// tokens (bounds the work per noun).
const POSSESSIVE_LOOKBACK: usize = 24;

/// A possessive pronoun as the owner of a noun of speech ("his statement
/// that", "their claim that"), as a pronoun phrase with its gender.
fn possessive_pronoun(span: Span, w: &str) -> Option<SpeakerPhrase> {
    let (gender, plural) = if Class::MasculinePossessive.holds(w) {
        (Gender::Male, false)
    } else if Class::FemininePossessive.holds(w) {
        (Gender::Female, false)
    } else if matches!(w, "their" | "Their") {
        (Gender::Unknown, true)
    } else {
        return None;
    };
    let entity = if plural {
        EntityKind::Group
    } else {
        EntityKind::Person
    };
    Some(SpeakerPhrase::pronoun(span, entity, gender, plural))
}

/// The reported speech whose clause holds `target` (a quoted fragment): of
/// the cues before the fragment, the last whose clause holds it; else the
/// first cue of the sentence.
pub(crate) fn reported_for<'r>(
    text: &str,
    all: &'r [Reported],
    target: Span,
) -> Option<&'r Reported> {
    let speech = |r: &&Reported| r.found.cue.is_some_and(|c| c.class == CueClass::Statement);
    let first = all.iter().find(speech);
    let before = all.iter().filter(speech).take_while(|r| {
        r.found.cue.is_some_and(|c| c.span.start < target.start)
            || first.is_some_and(|f| std::ptr::eq(*r, f))
    });
    // a relative clause's cue yields to the main clause's: "Trump, who
    // once questioned whether …, said Friday that Curiel “…”"
    // and so does a subordinate clause's: "Asked about what he wrote …,
    // Cross said he “…”", "after the interview concluded, Maher stated
    // that …"
    let relative = |r: &&Reported| {
        let p = &r.found.phrase;
        let word_before = word_before_phrase(text, p);
        // ("after the interview concluded, Maher stated …": a clause of time
        // that ends at its cue's comma; but "after Quick said the front-runner
        // had …" holds what was said)
        let ends_at_cue = r
            .found
            .cue
            .is_some_and(|c| text[c.span.end..].trim_start().starts_with(','));
        Class::ThatWhichWho.holds(&text[p.mention])
            || ends_at_cue && Class::TemporalSubordinator.holds(word_before)
            || Class::ClauseIntroducer.holds(word_before)
    };
    let mut holding = before
        .clone()
        .filter(|r| r.clause.contains(target))
        .peekable();
    let outer = holding.peek().copied();
    // a clause of its own inside the outer one, opened by a conjunction or
    // a relative with its own subject, holds it: "He pledged reform and he,
    // once again, pledged a “political revolution”", "Obama, who he noted
    // was “in his final year”" (but "X said he was focused on “Y”" is X's)
    let own_clause = |r: &&Reported| {
        let p = &r.found.phrase;
        let word_before = word_before_phrase(text, p);
        matches!(p.kind, PhraseKind::Pronoun | PhraseKind::Name)
            && !Class::ThatWhichWho.holds(&text[p.mention])
            && Class::ClauseJoiner.holds(word_before)
    };
    if let Some(inner) = outer.and_then(|o| {
        before
            .clone()
            .filter(|r| r.clause.contains(target) && !std::ptr::eq(*r, o))
            .filter(own_clause)
            .last()
    }) {
        return Some(inner);
    }
    // then a cue of belief or perception whose clause holds it, when it is
    // more than one word: "Pew found that “about twice as many …”" (but
    // "Burton thinks that cats are “cuties”" quotes no one)
    let believed = || {
        let words = text[target].split_whitespace().take(2).count();
        all.iter().rev().find(|r| {
            words >= 2
                && r.found.cue.is_some_and(|c| c.span.start < target.start)
                && r.clause.contains(target)
        })
    };
    // a name or a title of a few words that no clause holds, before any
    // cue, is no one's words: "Gov. C.L. "Butch" Otter … talking about",
    // "the CNN “reporter,” saying"
    let few_words = text[target].split_whitespace().take(4).count() <= 3;
    holding
        .find(|r| !relative(r))
        .or(outer)
        .or_else(believed)
        .or_else(|| {
            before.last().filter(|r| {
                !few_words
                    || r.found.cue.is_some_and(|c| {
                        c.span.end <= target.start || Class::LabellingLemma.holds(c.lemma)
                    })
            })
        })
        .or_else(|| first.filter(|_| !few_words))
}
