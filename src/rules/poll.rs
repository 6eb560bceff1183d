//! Polls: a poll or survey that says the sentence ("In the new Post-ABC poll,
//! Clinton leads …").

use super::speaker::{parse_before, PhraseKind, SpeakerPhrase};
use crate::record::EntityKind;
use crate::rules::clause::content_span;
use crate::rules::clause::next_boundary;
use crate::rules::clause::Reported;
use crate::rules::cues::{cue_at, CueMatch, Found};
use crate::rules::speaker::is_determiner_word;
use crate::rules::RuleId;
use crate::text::view::Sentence;
use crate::text::words::QUOTE;
use crate::vocab::lexicon::{CueClass, Gender};
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;

/// How many tokens the "in a poll" phrase may hold ("in an NBC News/Wall
/// Street Journal poll released Monday").
const POLL_PHRASE_TOKENS: usize = 14;

/// A poll or survey that says the sentence: opening it ("In the new
/// Post-ABC poll, Clinton leads …") or closing it ("Cruz had 38 percent
/// support in a Fox poll."). The phrase after "in" speaks; what the rest of
/// the sentence says is the clause.
pub(crate) fn poll_finding(s: Sentence<'_>, coordinated: &[usize]) -> Option<Reported> {
    let text = s.text;
    let n = s.len();
    let is_in = |x: usize| s[x].is_word() && s.spells_any_case(x, "in");
    // the poll phrase from `from` (after "in") to `to`: a determiner first,
    // a poll noun inside, plain words only
    let phrase = |from: usize, to: usize| -> Option<SpeakerPhrase> {
        let words = Sentence::new(s.text, s.get(from..to)?);
        let first = words.first()?;
        // (a possessive stands for the determiner: "In May's Post-ABC poll")
        let possessive = super::speaker::strip_possessive(first.text(text)) != first.text(text);
        if !first.is_word() || !(is_determiner_word(text, first) || possessive) || words.len() < 2 {
            return None;
        }
        let noun = words
            .iter()
            .position(|t| t.is_word() && t.is_lowered(text, Class::PollNoun))?;
        let plain = words.iter().all(|t| {
            t.is_word()
                || t.is_punct('/')
                || t.is_punct('-')
                || t.is_punct('.')
                || t.is_punct('’')
                || t.is_punct('\'')
        });
        // (a verb of its own makes it a clause: "In another study they
        // wrote, …")
        // (but a participle after the poll noun is no verb of its own: "the
        // latest poll released Wednesday")
        let verb = (from..to)
            .any(|x| cue_at(s, x).is_some() && !(x > from + noun && s.word(x).ends_in_ed()));
        if !plain || noun == 0 || verb {
            return None;
        }
        let mention = Span::new(first.span.start, words[words.len() - 1].span.end);
        let plural = words.word(noun).ends_with('s');
        Some(SpeakerPhrase::description(
            mention,
            EntityKind::Unknown,
            Gender::Neuter,
            plural,
            false,
        ))
    };
    let cue_at_in = |x: usize| CueMatch {
        span: s[x].span,
        lemma: "according to",
        weight: 1.0,
        class: CueClass::Statement,
        last: x,
    };
    // opening: "In <poll …>, <clause>"
    if n > 3 && is_in(0) {
        if let Some(c) = (1..n.min(POLL_PHRASE_TOKENS + 1)).find(|&x| s[x].is_punct(',')) {
            // (a named source with its own verb speaks for itself: "In an
            // online poll, Democracy Corps found that …")
            let named_source = || {
                (c + 2..n.min(c + 12))
                    .find(|&y| cue_at(s, y).is_some())
                    .and_then(|y| parse_before(s, c + 1, y))
                    .is_some_and(|q| q.kind == PhraseKind::Name)
            };
            if let Some(p) = phrase(1, c).filter(|_| !named_source()) {
                let clause = content_span(s, c + 1, next_boundary(coordinated, c + 1, n))?;
                let attribution = Span::new(s[0].span.start, p.whole.end);
                return Some(Reported {
                    found: Found::new(p, Some(cue_at_in(0)), attribution, RuleId::PollFinding),
                    clause,
                    standalone: true,
                    object: false,
                });
            }
        }
    }
    // closing: "<clause> in <poll …>." with nothing after but the period
    let end = if n > 0 && s[n - 1].is_punct('.') {
        n - 1
    } else {
        n
    };
    let x = (end.saturating_sub(POLL_PHRASE_TOKENS)..end)
        .rev()
        .find(|&x| is_in(x))?;
    if x < 3 || s[..x].iter().any(|t| t.is_punct(QUOTE)) {
        return None;
    }
    let p = phrase(x + 1, end)?;
    // (not when someone says the clause before: "Carson says he is under
    // attack because of his rise in the polls.")
    let said = (0..x).any(|y| {
        // ("38 percent support": a share's noun, no verb)
        let share = y > 0 && (s[y - 1].is_punct('%') || s.spells(y - 1, "percent"));
        !share && cue_at(s, y).is_some()
    });
    if said {
        return None;
    }
    let clause = content_span(s, 0, x)?;
    let attribution = Span::new(s[x].span.start, p.whole.end);
    Some(Reported {
        found: Found::new(p, Some(cue_at_in(x)), attribution, RuleId::PollFinding),
        clause,
        standalone: true,
        object: false,
    })
}
