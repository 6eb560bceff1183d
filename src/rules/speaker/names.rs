//! Names: runs of capitalised words split into titles, names and
//! organisations ("Foreign Ministry spokeswoman Hua Chunying"), and the
//! appositive after a name ("…, a retired Air Force general").

use crate::record::EntityKind;
use crate::rules::speaker::last_word;
use crate::rules::speaker::text_of;
use crate::rules::speaker::words::cue_verb_form_of;
use crate::rules::speaker::words::is_acronym;
use crate::rules::speaker::words::is_camel_case;
use crate::rules::speaker::words::is_determiner;
use crate::rules::speaker::words::is_determiner_word;
use crate::rules::speaker::words::is_digits;
use crate::rules::speaker::words::is_lowercase_pronoun;
use crate::rules::speaker::words::is_name_word;
use crate::rules::speaker::words::is_org_word;
use crate::rules::speaker::words::is_possessive;
use crate::rules::speaker::words::joins_name;
use crate::rules::speaker::words::strip_possessive;
use crate::rules::speaker::words::title_gender_of;
use crate::rules::speaker::words::RELATIVES;
use crate::rules::speaker::PhraseKind;
use crate::rules::speaker::SpeakerPhrase;
use crate::text::view::Sentence;
use crate::text::words::Token;
use crate::vocab::lexicon::{Gender, GIVEN_NAMES, PLACES};
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;
use std::ops::ControlFlow;

/// Splits an appositive ("a retired Air Force general", "a political
/// scientist at Christopher Newport University") into role and organisation.
pub(crate) fn parse_appositive(toks: Sentence<'_>) -> (Option<String>, Option<String>) {
    let text = toks.text;
    let mut toks = toks;
    // cut at a relative clause: "a detective who has been chasing ..."
    if let Some(p) = toks
        .iter()
        .position(|t| t.is_word() && RELATIVES[..3].contains(&t.text(text)))
    {
        toks = toks.before(p);
    }
    if toks.is_empty() {
        return (None, None);
    }
    let first = toks.word(0);
    if first.chars().all(|c| c.is_ascii_digit()) {
        return (None, None); // an age: "Quina Jones, 25,"
    }
    if first == "of" || first == "from" {
        // "of the campaign group Culture Unstained"
        let org = capital_run_from(toks.from(1));
        return (None, org);
    }
    if Class::Article.holds(first.to_ascii_lowercase().as_str()) {
        toks = toks.from(1);
    }
    if toks.is_empty() {
        return (None, None);
    }
    // "political scientist at Christopher Newport University in X's district"
    for (i, t) in toks.iter().enumerate() {
        let w = t.text(text);
        if i > 0 && Class::AppositivePreposition.holds(w) {
            if let Some(org) = capital_run_from(toks.from(i + 1)) {
                let role = text_of(toks.before(i));
                return (Some(role), Some(org));
            }
        }
    }
    (Some(text_of(toks)), None)
}

/// The capitalised run (an organisation) at the start of `toks`, after an
/// optional "the", up to the first word that is not part of it.
fn capital_run_from(toks: Sentence<'_>) -> Option<String> {
    let text = toks.text;
    let mut i = 0;
    if toks.first().is_some_and(|t| t.spells_any_case(text, "the")) {
        i = 1;
    }
    let start = i;
    while i < toks.len() {
        let t = &toks[i];
        let w = t.text(text);
        if t.is_capitalized()
            || (i > start
                && Class::NameRunJoiner.holds(w)
                && toks.get(i + 1).is_some_and(|n| n.is_capitalized()))
        {
            i += 1;
            if is_possessive(w) {
                break;
            }
        } else {
            break;
        }
    }
    // a run of capitalised words that starts with a lowercase noun phrase
    // ("campaign group Culture Unstained"): take the capitalised tail.
    if i == start {
        let tail_start = toks.iter().position(|t| t.is_capitalized())?;
        let rest = toks.from(tail_start);
        let end = rest
            .iter()
            .position(|t| !t.is_capitalized())
            .unwrap_or(rest.len());
        if end == 0 {
            return None;
        }
        return Some(strip_possessive(&text_of(rest.before(end))).to_string());
    }
    Some(strip_possessive(&text_of(toks.part(start..i))).to_string())
}

/// Parses a proper-name run `toks` (capitalised words with titles and a
/// possessive organisation before the name).
pub(crate) fn parse_name_run(
    toks: Sentence<'_>,
    mention: Span,
    whole: Span,
) -> Option<SpeakerPhrase> {
    let text = toks.text;
    let n = toks.len();
    let mut start = 0;
    if toks.first().is_some_and(|t| t.spells_any_case(text, "the")) {
        start = 1;
    }
    let mut organization = None;
    let mut role_parts: Vec<Span> = Vec::new();
    let mut gender = Gender::Unknown;
    // a possessive organisation: "the Hudson Institute’s Rob Spalding"
    if let Some(p) = toks[..n.saturating_sub(1)]
        .iter()
        .rposition(|t| is_possessive(t.text(text)))
    {
        if p >= start {
            let org = text_of(toks.part(start..=p));
            organization = Some(strip_possessive(&org).to_string());
            start = p + 1;
        }
    }
    // a party before a given name is a role: "Democrat Hillary Clinton"
    // (but "Republican National Committee" is a name)
    if n > start + 2
        && toks.is(start, Class::PartyAdjective)
        && (toks[start + 1].lexeme.given.is_some() || title_gender_of(&toks[start + 1]).is_some())
    {
        role_parts.push(toks[start].span);
        start += 1;
    }
    // titles before the name: "Foreign Ministry spokeswoman", "Sen.", "Mr."
    // (a lowercase word first, before the name, is a title too: "the
    // novelist Mario Vargas")
    // (a capitalised role noun is one too before the two or three words of
    // a name: "Public Advocate Trish James", "White House Counsel W. Neil
    // Eggleston")
    let capitalised_role = |x: usize, t: &Token| {
        let rest = &toks[start + x + 1..];
        (2..=3).contains(&rest.len())
            && t.role_noun(text).is_some()
            && !t.lexeme.org_word
            && rest.iter().all(|r| {
                r.is_capitalized()
                    && !is_org_word(text, r)
                    && r.role_noun(text).is_none()
                    && title_gender_of(r).is_none()
            })
    };
    let last_title = toks[start..].iter().enumerate().rposition(|(x, t)| {
        let lowercase = t.is_lowercase();
        title_gender_of(t).is_some()
            || t.role_noun(text).is_some() && (lowercase || capitalised_role(x, t))
            || x == 0 && start == 1 && lowercase && n > 2
    });
    let mut name_start = start;
    if let Some(lt) = last_title {
        let lt = start + lt;
        if lt + 1 < n {
            // everything before the title that holds an org word is the organisation
            let prefix = &toks[start..lt];
            let title_from = prefix
                .iter()
                .rposition(|t| !(title_gender_of(t).is_some() || t.is_lowercase()))
                .map_or(start, |p| start + p + 1);
            let pre = toks.part(start..title_from);
            if !pre.is_empty() {
                let pre_text = text_of(pre);
                if pre
                    .iter()
                    .any(|t| t.lexeme.org_word || is_acronym(t.text(text)))
                    && organization.is_none()
                {
                    organization = Some(pre_text);
                } else {
                    role_parts.push(pre.span());
                }
            }
            for t in &toks[title_from..=lt] {
                if let Some(g) = title_gender_of(t) {
                    if g != Gender::Unknown {
                        gender = g;
                    }
                }
                if let Some(r) = t.role_noun(text) {
                    if r.gender != Gender::Unknown {
                        gender = r.gender;
                    }
                }
            }
            let honorific_only = toks[title_from..=lt]
                .iter()
                .all(|t| t.lexeme.honorific.is_some());
            if !honorific_only {
                role_parts.push(toks.part(title_from..=lt).span());
            }
            name_start = lt + 1;
            // the office's complement, up to the person's given name:
            // "Secretary of State Mike Pompeo", "Minister of Finance Bill
            // Morneau" (a given name no list holds leaves it as it was)
            if toks.spells(name_start, "of") {
                if let Some(g) =
                    (name_start + 1..n).find(|&g| toks[g].lexeme.given.is_some() && n - g <= 3)
                {
                    role_parts.push(toks.part(name_start..g).span());
                    name_start = g;
                }
            }
        }
    }
    the_name(
        toks.from(name_start),
        (mention, whole),
        organization,
        &role_parts,
        gender,
    )
}

/// The name phrase of `name_toks` (the words after any titles and
/// organisation), with what the words before it gave: the organisation,
/// the parts of the role, the gender of a title.
fn the_name(
    name_toks: Sentence<'_>,
    (mention, whole): (Span, Span),
    organization: Option<String>,
    role_parts: &[Span],
    mut gender: Gender,
) -> Option<SpeakerPhrase> {
    let text = name_toks.text;
    let mut name_toks = name_toks;
    // (an article is no part of a name, nor a day: "An RCMP officer", "On
    // Wednesday Suncor said")
    while name_toks.len() > 1
        && (name_toks[0].is(Class::ArticleAnyCase) || name_toks[0].is(Class::CalendarName))
    {
        name_toks = name_toks.from(1);
    }
    if name_toks.is_empty() {
        return None;
    }
    let given = name_toks[0].lexeme.given;
    if names_no_one(name_toks) {
        return None;
    }
    let is_org = organization.is_none() && role_parts.is_empty() && names_organization(name_toks);
    // a person's place is no part of their name: "Sen. Richard Shelby of
    // Alabama"
    if !is_org && given.is_some() {
        if let Some(of) = (2..name_toks.len()).find(|&k| name_toks[k].spells(text, "of")) {
            name_toks = name_toks.before(of);
        }
    }
    if gender == Gender::Unknown {
        if let Some(g) = given {
            gender = g;
        }
    }
    let name = name_toks.span();
    let name = Span::new(name.start, name.start + strip_possessive(&text[name]).len());
    // a country or city speaks as its government or team ("Ottawa said")
    let is_place = !is_org && role_parts.is_empty() && names_place(&text[name], name_toks.len());
    let role = if role_parts.is_empty() {
        None
    } else {
        let s = Span::new(role_parts[0].start, role_parts[role_parts.len() - 1].end);
        Some(text[s].to_string())
    };
    Some(SpeakerPhrase {
        kind: PhraseKind::Name,
        mention,
        name: Some(name),
        whole,
        organization,
        role,
        entity: match (is_org, is_place) {
            (true, _) => EntityKind::Organization,
            (_, true) => EntityKind::Place,
            _ => EntityKind::Person,
        },
        gender: if is_org || is_place {
            Gender::Neuter
        } else {
            gender
        },
        plural: false,
        generic: false,
    })
}

/// Where a lowercase description before the name starting at `toks[i]`
/// begins ("Latvian journalist Dainis Ivans", "the novelist Mario Vargas",
/// "University of the Fraser Valley political scientist Hamish Telford",
/// "9/11 widow Terry Strada"); `i` where there is none.
fn description_before(toks: Sentence<'_>, mut i: usize) -> usize {
    let text = toks.text;
    let the_noun = |i: usize| {
        i >= 2
            && toks.is(i - 2, Class::The)
            && !toks.is(i - 1, Class::FunctionWord)
            && !cue_verb_form_of(text, &toks[i - 1])
            && !toks.word(i - 1).ends_in_ly()
    };
    if !(i > 0
        && toks[i - 1].is_lowercase()
        && (toks[i - 1].role_noun(text).is_some() || the_noun(i)))
    {
        return i;
    }
    i -= 1;
    let mut modifiers = 0;
    while i > 0 && modifiers < 4 {
        let t = &toks[i - 1];
        let w = t.text(text);
        // (a number too: "9/11 widow Terry Strada")
        let number =
            t.is_word() && is_digits(w) || t.is_punct('/') && i >= 2 && is_digits(toks.word(i - 2));
        let modifier = (t.is_lowercase() || number)
            && !is_determiner_word(text, t)
            && !t.is(Class::FunctionWord)
            && !cue_verb_form_of(text, t);
        // ("University of the Fraser Valley political scientist …")
        let joiner = t.is_word()
            && (w == "of" && i >= 2 && toks[i - 2].is_capitalized()
                || w == "the"
                    && i >= 3
                    && toks.spells(i - 2, "of")
                    && toks[i - 3].is_capitalized());
        if t.is_capitalized() && !t.is(Class::NonNameOpener) || joiner {
            i -= 1;
        } else if modifier {
            modifiers += 1;
            i -= 1;
        } else {
            break;
        }
    }
    i
}

/// Whether capitalised words name no one: the calendar ("May and
/// October"), a rubric in capitals ("WATCH", "READ MORE").
fn names_no_one(name_toks: Sentence<'_>) -> bool {
    let text = name_toks.text;
    name_toks
        .iter()
        .all(|t| t.is(Class::CalendarName) || t.is(Class::AndOr) || !t.is_word())
        || name_toks
            .iter()
            .all(|t| is_acronym(t.text(text)) && t.is_lowered(text, Class::Rubric))
}

/// Whether a name of `words` words is a place's ("Nova Scotia"), a single
/// word not a given name too.
fn names_place(name: &str, words: usize) -> bool {
    PLACES.contains(name) && (words > 1 || !GIVEN_NAMES.contains_key(name))
}

/// Whether a name (no role before it) is an organisation's: by an
/// organisation word ("Institute"), an acronym or camel case alone ("NATO",
/// "TransLink"), or an acronym after a place ("Burnaby RCMP"; not a line in
/// capitals, "READ MORE").
fn names_organization(name_toks: Sentence<'_>) -> bool {
    let text = name_toks.text;
    let first = name_toks[0].text(text);
    let last = strip_possessive(name_toks[name_toks.len() - 1].text(text));
    name_toks.iter().any(|t| is_org_word(text, t))
        || (name_toks.len() == 1 && (is_acronym(first) || is_camel_case(first)))
        || (name_toks.len() >= 2
            && is_acronym(last)
            && !is_acronym(first)
            && name_toks[0].lexeme.given.is_none())
}

/// Whether a chunk names a role by whose it is: "Rivers’ campaign manager",
/// "President Ruiz's former chief of staff": capitalised words up to a
/// possessive among the first three, then a role noun.
fn possessive_role(toks: Sentence<'_>) -> bool {
    let text = toks.text;
    let Some(p) = (0..toks.len().min(3)).find(|&p| {
        let t = &toks[p];
        t.is_capitalized()
            && (is_possessive(t.text(text))
                || t.text(text).ends_with('s')
                    && toks
                        .get(p + 1)
                        .is_some_and(|n| n.is_punct('’') || n.is_punct('\'')))
    }) else {
        return false;
    };
    toks[..p]
        .iter()
        .all(|t| t.is_capitalized() || t.is_punct('.'))
        && toks[p + 1..]
            .iter()
            .any(|t| t.is_lowercase() && t.role_noun(text).is_some())
}

/// Whether a chunk looks like an appositive rather than a speaker: it starts
/// with a determiner, a number or "of".
pub(crate) fn looks_appositive(toks: Sentence<'_>) -> bool {
    let text = toks.text;
    let w = toks.word(0);
    is_determiner(w) && !w.eq_ignore_ascii_case("his") && !w.eq_ignore_ascii_case("her")
        || w.chars().all(|c| c.is_ascii_digit())
        // "now 81 and retired in Cambridge", "then a senator"
        || Class::FormerAdverb.holds(w)
        || w == "of"
        || w == "from"
        || (toks[0].is_lowercase() && toks.iter().any(|t| t.role_noun(text).is_some()))
        // "Sanders’ campaign manager", "the mayor’s chief of staff"
        || possessive_role(toks)
        || (toks.len() <= 3
            && toks
                .iter()
                .all(|t| t.is_lowercase() && !is_lowercase_pronoun(t)))
        || (toks[0].is_lowercase() && (w.ends_in_ing() || w.ends_in_ed()) && w.len() > 4)
        || (toks.len() >= 2
            && is_possessive(w)
            && toks[1].is_lowercase()
            && toks[1].role_noun(text).is_some())
        // a title in capitals and where it is held: "Chief Market
        // Strategist at FXTM"
        || (toks.len() >= 3
            && toks[0].is_capitalized()
            && (1..toks.len()).any(|k| {
                toks.is(k, Class::RolePreposition)
                    && toks[k].is_lowercase()
                    && toks[k - 1].role_noun(text).is_some()
            }))
}

/// A name: a run of capitalised words, with its titles and organisation,
/// or a capitalised role noun as a description ("Democrats").
pub(crate) fn name_phrase(toks: Sentence<'_>) -> ControlFlow<Option<SpeakerPhrase>> {
    let text = toks.text;
    let Some((n, last, _)) = last_word(toks) else {
        return ControlFlow::Break(None);
    };
    // a capitalised role noun alone or after a lowercase word is a
    // description: "Democrats", "one senior Democrat"
    if is_name_word(last)
        && !((n == 1 || toks[n - 2].is_lowercase())
            && last.is_capitalized()
            && last.role_noun(text).is_some()
            && !last.lexeme.org_word)
    {
        // the capitalised run, with lowercase titles between capitalised words
        let mut i = n - 1;
        while i > 0 {
            let t = &toks[i - 1];
            let lowercase_title = t.is_lowercase()
                && (t.lexeme.title.is_some() || t.role_noun(text).is_some())
                && i >= 2
                && toks[i - 2].is_capitalized();
            let joiner = joins_name(toks, i - 1);
            let line_break = text[t.span.end..toks[i].span.start].contains('\n');
            // a modifier of an acronym: "super PAC spokeswoman Kellyanne Conway"
            let acronym_modifier = t.is_lowercase()
                && is_acronym(toks.word(i))
                && !t.is(Class::FunctionWord)
                && !is_determiner_word(text, t)
                && !cue_verb_form_of(text, t);
            if !line_break
                && (is_name_word(t)
                    || lowercase_title
                    || joiner
                    || acronym_modifier
                    || t.is_punct('&'))
            {
                i -= 1;
            } else {
                break;
            }
        }
        // a lowercase description before a name: "Latvian journalist Dainis
        // Ivans", or any noun between "the" and a name ("the novelist Mario
        // Vargas")
        i = description_before(toks, i);
        // (a possessive determiner too: "his nephew Ali Soheil")
        let described = i < n && toks[i].is_lowercase();
        if i > 0
            && (toks.is(i - 1, Class::ArticleOrOne)
                || described && toks.is(i - 1, Class::PossessiveDeterminer))
        {
            i -= 1;
        }
        let run = toks.from(i);
        // a sentence-initial function word is not part of a name
        let skip = run
            .iter()
            .take_while(|t| {
                t.is_capitalized()
                    && ((is_determiner_word(text, t) && !t.spells_any_case(text, "the"))
                        || t.is(Class::NonNameOpener))
            })
            .count();
        let run = run.from(skip);
        if run.is_empty() {
            return ControlFlow::Break(None);
        }
        let mention = run.span();
        let Some(mut phrase) = parse_name_run(run, mention, mention) else {
            return ControlFlow::Break(None);
        };
        // "former Fox News host Sam Reed": a role adjective before a titled name
        if skip == 0 && i > 0 && phrase.role.is_some() {
            let mut a = i;
            while a > 0 && i - a < 2 && toks.is(a - 1, Class::RoleAdjective) {
                a -= 1;
            }
            if a < i {
                let adjectives = toks.part(a..i).span();
                let role = phrase.role.take().unwrap_or_default();
                phrase.role = Some(format!("{} {role}", &text[adjectives]));
                phrase.mention = Span::new(adjectives.start, phrase.mention.end);
                phrase.whole = Span::new(adjectives.start, phrase.whole.end);
            }
        }
        // one adjective before the name, and nothing else: "embattled
        // Trump", "warm-and-fuzzy Trump" (the name is the mention)
        if skip == 0 && i == 1 && phrase.whole.start == toks[1].span.start {
            let (t, w) = (&toks[i - 1], toks.word(i - 1));
            if t.is_lowercase()
                && w.len() > 2
                && !is_determiner_word(text, t)
                && !t.is(Class::FunctionWord)
                && !cue_verb_form_of(text, t)
                && !is_lowercase_pronoun(t)
                && !w.ends_in_ly()
            {
                phrase.whole = Span::new(toks[0].span.start, phrase.whole.end);
            }
        }
        return ControlFlow::Break(Some(phrase));
    }
    ControlFlow::Continue(())
}
