//! The speaker after a cue: "said X, a role at Y", read from the cue on.

use crate::record::EntityKind;
use crate::rules::speaker::descriptions::knows_at;
use crate::rules::speaker::descriptions::one_in_n;
use crate::rules::speaker::descriptions::parse_np_right;
use crate::rules::speaker::generic::generic_description;
use crate::rules::speaker::is_determiner_word;
use crate::rules::speaker::names::looks_appositive;
use crate::rules::speaker::names::parse_appositive;
use crate::rules::speaker::words::is_digits;
use crate::rules::speaker::words::is_name_word;
use crate::rules::speaker::words::is_possessive;
use crate::rules::speaker::words::joins_name;
use crate::rules::speaker::words::strip_possessive;
use crate::rules::speaker::PhraseKind;
use crate::rules::speaker::SpeakerPhrase;
use crate::rules::speaker::MAX_PHRASE_TOKENS;
use crate::text::view::Sentence;
use crate::text::words::Token;
use crate::vocab::lexicon::Gender;
use crate::vocab::Class;
use crate::Span;

/// Parses a speaker phrase starting at `toks[start]` ("said Paul Martin, a
/// Pinellas sheriff's detective"); `end` bounds it.
pub(crate) fn parse_after(toks: Sentence<'_>, start: usize, end: usize) -> Option<SpeakerPhrase> {
    let text = toks.text;
    let end = end.min(start + MAX_PHRASE_TOKENS).min(toks.len());
    let i = start;
    if i >= end {
        return None;
    }
    // pronoun
    let w0 = toks.word(i);
    if toks[i].is_word() && toks[i].pronoun(text).is_some() {
        return parse_np_right(toks.part(i..=i));
    }
    // "He’s predicting": a pronoun with a contracted "is" or "has"
    let stem = strip_possessive(w0);
    if toks[i].is_word() && stem.len() < w0.len() && Class::HeSheIt.holds(stem) {
        let span = Span::new(toks[i].span.start, toks[i].span.start + stem.len());
        let p = crate::vocab::lexeme::pronoun(stem)?;
        let entity = if p.gender == Gender::Neuter {
            EntityKind::Organization
        } else {
            EntityKind::Person
        };
        return Some(SpeakerPhrase::pronoun(span, entity, p.gender, false));
    }
    // a share as polls give it: "Two in three (voters) said"
    if end >= i + 3 && toks.spells(i + 1, "in") {
        if let Some(p) = (i + 3..=end.min(i + 10))
            .rev()
            .find_map(|e| one_in_n(toks.part(i..e)))
        {
            return Some(p);
        }
    }
    // determiner + description or name
    let mut j = i;
    if toks[j].is_word() && is_determiner_word(text, &toks[j]) {
        j += 1;
        // a partitive: "one of those advisers"
        if toks.get(j).is_some_and(|t| t.spells(text, "of"))
            && toks.get(j + 1).is_some_and(|t| is_determiner_word(text, t))
        {
            j += 2;
        }
    }
    let digits = |t: &Token| t.is_word() && is_digits(t.text(text));
    while j < end
        && (toks[j].is_word()
            // ("9/11 widow": a slash between numbers)
            || toks[j].is_punct('/') && j > i && digits(&toks[j - 1]) && toks.get(j + 1).is_some_and(digits))
        && !(j > i && text[toks[j - 1].span.end..toks[j].span.start].contains('\n'))
        && (is_name_word(&toks[j])
            || toks[j].is_punct('/')
            || (toks[j].is_lowercase() && !toks.is(j, Class::NameStop))
            || toks[j].role_noun(text).is_some()
            // a year or number inside a description: "a 2008 Clinton
            // veteran", "9/11 widow Terry Strada"
            || ((j > i || toks[j].is_word())
                && toks.word(j).bytes().all(|b| b.is_ascii_digit() || b == b'/')
                && toks[j + 1..end.min(j + 5)]
                    .iter()
                    .any(|t| t.is_word() && t.role_noun(text).is_some()))
            || (j > i
                && toks[j - 1].is_capitalized()
                && joins_name(toks, j)
                && toks.get(j + 1).is_some_and(|t| t.is_capitalized())))
    {
        let _w = toks.word(j);
        // after the head noun, a word that is no noun ends the phrase: "The
        // company | issued a statement"
        if j > i
            && toks[j].is_lowercase()
            && toks[j - 1].is_lowercase()
            && toks[j - 1].role_noun(text).is_some()
            && toks[j].role_noun(text).is_none()
            && toks[j].lexeme.title.is_none()
        {
            break;
        }
        let joiner = j > i
            && joins_name(toks, j)
            && toks[j - 1].is_capitalized()
            && toks.get(j + 1).is_some_and(|t| t.is_capitalized());
        if !joiner
            && toks[j].is_lowercase()
            && toks[j].role_noun(text).is_none()
            && toks[j].lexeme.title.is_none()
            && !toks.is(j, Class::NameParticle)
        {
            // an adjective inside a description: keep going only while a role noun follows
            if !toks[j + 1..end.min(j + 6)]
                .iter()
                .any(|t| t.is_word() && (t.role_noun(text).is_some() || t.lexeme.title.is_some()))
            {
                break;
            }
        }
        j += 1;
        if is_possessive(toks.word(j - 1)) && toks.get(j).is_some_and(|t| t.is_lowercase()) {
            // "a Pinellas sheriff's detective": possessive inside a description
            continue;
        }
    }
    // an office: "the secretary of state", "a professor of history"
    let (officer, after_office) = office_at(toks, i, j, end);
    j = after_office;
    while j > i && !toks[j - 1].is_word() {
        j -= 1;
    }
    if j <= i + 1 && toks[i].is_word() && is_determiner_word(text, &toks[i]) {
        j = generic_end(toks, i, end).unwrap_or(j);
    }
    if j == i {
        return None;
    }
    // the longest start that is a noun phrase: "Clinton" of "Clinton celebrated"
    let mut phrase = officer.or_else(|| {
        (i + 1..=j).rev().find_map(|e| {
            parse_np_right(toks.part(i..e))
                .filter(|p| p.whole.start.min(p.mention.start) == toks[i].span.start)
                .map(|p| (p, e))
        })
    });
    if let Some((_, e)) = phrase {
        j = e;
    }
    if let Some((known, e)) = phrase
        .as_ref()
        .and_then(|(p, _)| in_the_know(toks, p, j, end))
    {
        phrase = Some((known, e));
        j = e;
    }
    if let Some(p) = phrase.as_ref().and_then(|&(_, e)| whose(toks, i, e, end)) {
        return Some(p);
    }
    let phrase = phrase.take()?.0;
    Some(with_appositive(toks, j, end, phrase))
}

/// A description at `toks[..j]` going on with what the source knows, to
/// the end of a short run of words: "according to a person familiar with
/// the talks" (the phrase and where it ends).
fn in_the_know(
    toks: Sentence<'_>,
    p: &SpeakerPhrase,
    j: usize,
    end: usize,
) -> Option<(SpeakerPhrase, usize)> {
    if p.kind != PhraseKind::Description || j + 2 >= end || !knows_at(toks, j) {
        return None;
    }
    // (a noun phrase: no clause after it, "but unauthorized to speak")
    let mut k = j + 2;
    while k < end
        && k < j + 10
        && toks[k].is_word()
        && (!toks.is(k, Class::FunctionWord) || toks.is(k, Class::OfTo))
    {
        k += 1;
    }
    if k == j + 2 {
        return None;
    }
    let mut known = p.clone();
    known.whole = Span::new(known.whole.start, toks[k - 1].span.end);
    Some((known, k))
}

/// Where a description with a head the role list lacks ends, from its
/// determiner at `toks[i]`: "the county engineer".
fn generic_end(toks: Sentence<'_>, i: usize, end: usize) -> Option<usize> {
    let mut g = i + 1;
    while g < end
        && g < i + 5
        && toks[g].is_lowercase()
        && !toks.is(g, Class::NameStop)
        && !toks.is(g, Class::FunctionWord)
    {
        g += 1;
    }
    (g > i + 1 && generic_description(toks.part(i..g)).is_some()).then_some(g)
}

/// The speaker a possessive name only introduces, when a noun and a name
/// follow it: "Campbell’s partner, Jason Louth" (not "Campbell").
fn whose(toks: Sentence<'_>, i: usize, e: usize, end: usize) -> Option<SpeakerPhrase> {
    let _text = toks.text;
    let noun = toks.get(e).filter(|t| t.is_word() && t.is_lowercase())?;
    if e + 1 > end || !is_possessive(toks.word(e - 1)) || noun.is(Class::NameStop) {
        return None;
    }
    // (the noun: a word or two, "partner", "running mate")
    let mut e = e;
    if toks
        .get(e + 1)
        .is_some_and(|t| t.is_word() && t.is_lowercase())
    {
        e += 1;
    }
    if e + 2 < end && toks[e + 1].is_punct(',') {
        let from = e + 2;
        let mut to = from;
        while to < end && to < from + 5 && is_name_word(&toks[to]) {
            to += 1;
        }
        let named = (to > from)
            .then(|| parse_np_right(toks.part(from..to)))
            .flatten()
            .filter(|p| p.kind == PhraseKind::Name && p.entity == EntityKind::Person);
        if let Some(mut p) = named {
            p.whole = Span::new(toks[i].span.start, toks[to - 1].span.end);
            return Some(p);
        }
    }
    None
}

/// The phrase with its appositive after a comma, up to the next comma or
/// stop (", a retired general,", ", a detective who …"), from `toks[j]`.
fn with_appositive(
    toks: Sentence<'_>,
    j: usize,
    end: usize,
    mut phrase: SpeakerPhrase,
) -> SpeakerPhrase {
    // appositive: ", a retired general," or ", a detective who ..." to the end
    if j < end && toks[j].is_punct(',') {
        let a_start = j + 1;
        let mut a_end = a_start;
        while a_end < end
            && !toks[a_end].is_punct(',')
            && !toks[a_end].is_punct('.')
            && !toks[a_end].is_punct(';')
        {
            a_end += 1;
        }
        if a_end > a_start && looks_appositive(toks.part(a_start..a_end)) {
            let (role, org) = parse_appositive(toks.part(a_start..a_end));
            if phrase.role.is_none() {
                phrase.role = role;
            }
            if phrase.organization.is_none() {
                phrase.organization = org;
            }
            phrase.whole = Span::new(phrase.whole.start, toks[a_end - 1].span.end);
        }
    }
    phrase
}

/// An office and the name after it, from `toks[i]` with the office's head
/// at `toks[j - 1]`: "secretary of state John Kerry"; with where the
/// phrase ends (`j`, past "of state" when no name follows).
fn office_at(
    toks: Sentence<'_>,
    i: usize,
    mut j: usize,
    end: usize,
) -> (Option<(SpeakerPhrase, usize)>, usize) {
    let text = toks.text;
    let mut officer = None;
    if j > i
        && j + 1 < end
        && toks[j].is_word()
        && toks.spells(j, "of")
        && toks[j - 1].is_lowercase()
        && toks[j - 1].role_noun(text).is_some()
        && toks[j + 1].is_lowercase()
        && !toks.is(j + 1, Class::FunctionWord)
        && !is_determiner_word(text, &toks[j + 1])
        && !toks
            .get(j + 2)
            .is_some_and(|t| t.is_lowercase() && !t.is(Class::FunctionWord))
    {
        j += 2;
        // and the name it comes before: "secretary of state John Kerry"
        let name_start = j;
        while j < end && is_name_word(&toks[j]) {
            j += 1;
        }
        if j > name_start {
            let office = toks.part(i..name_start).span();
            if let Some(mut p) = parse_np_right(toks.part(name_start..j)).filter(|p| {
                p.kind == PhraseKind::Name && p.whole.start == toks[name_start].span.start
            }) {
                p.name = Some(p.name.unwrap_or(p.mention));
                p.mention = Span::new(office.start, p.mention.end);
                p.whole = Span::new(office.start, p.whole.end);
                p.role = Some(text[office].to_string());
                officer = Some((p, j));
            } else {
                j = name_start;
            }
        }
    }
    (officer, j)
}
