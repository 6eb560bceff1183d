//! Generic phrases: groups named by a share or a number ("43 percent",
//! "the two") and descriptions no role noun heads ("the narrator", "one
//! woman").

use crate::rules::speaker::is_determiner_word;
use crate::rules::speaker::last_word;
use crate::rules::speaker::words::is_agent_plural;
use crate::rules::speaker::words::is_possessive;
use crate::rules::speaker::words::{cue_verb_form_of, is_lowercase_pronoun};
use crate::rules::speaker::SpeakerPhrase;
use crate::span::Span;
use crate::text::view::Sentence;
use crate::vocab::Class;
use crate::vocab::Endings;
use std::ops::ControlFlow;

/// A share of people as polls report them ("43 percent", "most") or a
/// group named by its number ("the two").
pub(crate) fn numbered_group(toks: Sentence<'_>) -> ControlFlow<Option<SpeakerPhrase>> {
    let Some((n, last, lw)) = last_word(toks) else {
        return ControlFlow::Break(None);
    };
    // a share of people, as polls report them: "43 percent", "one in three", "most"
    let share = lw.eq_ignore_ascii_case("percent")
        || lw.eq_ignore_ascii_case("everyone")
        || (lw
            .chars()
            .all(|c| c.is_ascii_digit() || c == '%' || c == '.')
            && lw.chars().any(|c| c.is_ascii_digit())
            && n >= 1)
        || last.is(Class::FractionWord) && n >= 3 && toks.spells(n - 2, "in")
        || (n == 1 && last.is(Class::GenericGroupHead));
    // "the two", "the three": a group named by its number
    let numbered = n >= 2 && last.is(Class::NumberWord) && toks.spells_any_case(n - 2, "the");
    let group_from = if share {
        let mut lo = n - 1;
        while lo > 0
            && n - lo < 5
            && toks[lo - 1].is_word()
            && !toks.is(lo - 1, Class::FunctionWord)
            && !toks.is(lo - 1, Class::NonNameOpener)
            || (lo > 0 && n - lo < 5 && toks.is(lo - 1, Class::InOf))
        {
            lo -= 1;
        }
        Some(lo)
    } else {
        numbered.then(|| n - 2)
    };
    if let Some(lo) = group_from {
        return ControlFlow::Break(Some(SpeakerPhrase::people(
            toks.part(lo..).span(),
            true,
            false,
        )));
    }
    ControlFlow::Continue(())
}

/// A description whose head noun is not in the role list: "the real estate
/// developer", "the narrator". A determiner, then up to four lowercase
/// content words, ending the chunk.
pub(crate) fn generic_description(toks: Sentence<'_>) -> Option<SpeakerPhrase> {
    let text = toks.text;
    let n = toks.len();
    let last = toks.last()?;
    // a verb is no head: "The company issued" (a statement …)
    if !last.is_lowercase()
        || last.text(text).len() < 3
        || last.text(text).ends_in_ly()
        || last.text(text).ends_in_ed()
        || last.is(Class::FunctionWord)
        || cue_verb_form_of(text, last)
    {
        return None;
    }
    // a plural agent noun alone, as groups of people are named:
    // "forecasters say", "…, organizers said"
    if n == 1 && is_agent_plural(last.text(text)) {
        return Some(SpeakerPhrase::people(last.span, true, false));
    }
    let mut i = n - 1;
    while i > 0 && n - i <= 4 {
        let t = &toks[i - 1];
        let w = t.text(text);
        if !t.is_word() {
            return None;
        }
        // a quantifier before a plural: "Several prominent GOP elders"
        let plural_head = last.text(text).ends_with('s') && !last.text(text).ends_with("ss");
        let quantifier = plural_head && t.is_lowered(text, Class::GenericQuantifier);
        if t.is_lowered(text, Class::DescriptionDeterminer)
            || quantifier
            || (is_possessive(w) && t.is_capitalized())
        {
            let mention = Span::new(t.span.start, last.span.end);
            return Some(SpeakerPhrase::people(mention, plural_head, true));
        }
        // (a verb in the past after a noun makes it a clause: "The files
        // held little", "the group voted")
        let past = i >= 2
            && !is_determiner_word(text, &toks[i - 2])
            && {
                // (after a noun: "files held", "groups voted", not "own
                // published guidelines")
                let before = toks.word(i - 2);
                before.ends_with('s') && !before.ends_with("ss") && !is_possessive(before)
            }
            && (w.ends_in_ed() || t.is(Class::PastVerb));
        if t.is(Class::FunctionWord)
            || past
            || is_lowercase_pronoun(t)
            || t.cue_verb(text).is_some()
            || w.chars().any(|c| c.is_ascii_digit())
        {
            return None;
        }
        i -= 1;
    }
    None
}
