//! Descriptions: a speaker phrase read rightwards from its start, naming a
//! person, a group or an organisation ("the ministry’s spokeswoman", "a
//! majority of voters", "officials familiar with the talks").

use crate::record::EntityKind;
use crate::rules::speaker::generic::generic_description;
use crate::rules::speaker::generic::numbered_group;
use crate::rules::speaker::head_before;
use crate::rules::speaker::is_determiner_word;
use crate::rules::speaker::last_word;
use crate::rules::speaker::names::name_phrase;
use crate::rules::speaker::names::parse_name_run;
use crate::rules::speaker::text_of;
use crate::rules::speaker::words::cue_verb_form_of;
use crate::rules::speaker::words::is_digits;
use crate::rules::speaker::words::is_fraction;
use crate::rules::speaker::words::is_number_word;
use crate::rules::speaker::words::is_possessive;
use crate::rules::speaker::words::strip_possessive;
use crate::rules::speaker::PhraseKind;
use crate::rules::speaker::SpeakerPhrase;
use crate::text::view::Sentence;
use crate::text::words::Token;
use crate::vocab::lexicon::{Gender, ROLE_NOUNS};
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;
use std::ops::ControlFlow;

/// A reading of a phrase by one of its shapes: `Break` with what the shape
/// decides (a speaker, or none), `Continue` when the phrase has another
/// shape.
type Shape = fn(Sentence<'_>) -> ControlFlow<Option<SpeakerPhrase>>;

/// Parses the noun phrase at the right end of `toks` (a chunk with no
/// commas), trying its shapes in order.
pub(crate) fn parse_np_right(toks: Sentence<'_>) -> Option<SpeakerPhrase> {
    // a time after the phrase is none of it: "federal prosecutors in April"
    if let [rest @ .., prep, day] = toks.tokens {
        if !rest.is_empty()
            && day.is(Class::CalendarName)
            && prep.is_word()
            && prep.is(Class::TimePreposition)
        {
            return parse_np_right(toks.before(rest.len()));
        }
    }
    let shapes: [Shape; 6] = [
        quantity_or_group,
        pronoun_or_partitive,
        description_for_named,
        office_document_or_source,
        name_phrase,
        numbered_group,
    ];
    for shape in shapes {
        if let ControlFlow::Break(phrase) = shape(toks) {
            return phrase;
        }
    }
    common_description(toks)
}

/// Quantities, shares and groups: "Nearly half", "two in three", "47%",
/// "those polled", "Another", "the senator and presidential candidate".
fn quantity_or_group(toks: Sentence<'_>) -> ControlFlow<Option<SpeakerPhrase>> {
    let text = toks.text;
    let n = toks.len();
    let Some(last) = toks.last() else {
        return ControlFlow::Break(None);
    };
    // a conjunction opening the sentence is no part of the phrase: "But
    // security experts say …", "And voters say …"
    if n >= 2 && toks[0].is_word() && toks.is(0, Class::SentenceConjunction) {
        return ControlFlow::Break(parse_np_right(toks.from(1)).map(|mut p| {
            // (the phrase still starts where its words do, for callers
            // that look for one there)
            if p.whole.start.min(p.mention.start) == toks[1].span.start {
                p.whole = Span::new(toks[0].span.start, p.whole.end);
            }
            p
        }));
    }
    // "Nearly half", "Only 8 percent", "just 36 percent of Democrats"
    if n >= 2 && toks[0].is_lowered(text, Class::Approximator) {
        if n == 2 && toks[1].is_lowered(text, Class::ApproximatedGroup) {
            return ControlFlow::Break(Some(SpeakerPhrase::people(toks.span(), true, false)));
        }
        if let Some(mut p) = parse_np_right(toks.from(1)).filter(|p| {
            p.kind == PhraseKind::Description && p.plural && p.whole.start == toks[1].span.start
        }) {
            p.mention = Span::new(toks[0].span.start, p.mention.end);
            p.whole = Span::new(toks[0].span.start, p.whole.end);
            return ControlFlow::Break(Some(p));
        }
    }
    // "two in three", "eight in 10 Democratic voters overall"
    if let Some(p) = one_in_n(toks) {
        return ControlFlow::Break(Some(p));
    }
    // a share as polls give it: "47%", "Most", "Many"
    let digits = |t: &Token| t.is_word() && is_digits(t.text(text));
    let percent = last.is_punct('%') && n >= 2 && digits(&toks[n - 2]);
    // ("three-quarters", "two-thirds")
    let fraction = n == 1 && is_fraction(last.text(text));
    let lone_share = fraction || n == 1 && last.is(Class::GroupQuantifier);
    // "those surveyed", "those polled"
    let those = n == 2
        && toks.spells_any_case(0, "those")
        && last.is_lowercase()
        && last.text(text).ends_in_ed();
    if those {
        return ControlFlow::Break(Some(SpeakerPhrase::people(toks.span(), true, false)));
    }
    // "Another tweeted", "read one": one more of the people or things
    // just quoted ("Still another said"; "Yet another", "And another" lose
    // their conjunction at the top of this function)
    let opener = n == 2 && toks.spells(0, "Still");
    if (n == 1 || opener) && last.is(Class::OneAnother) {
        return ControlFlow::Break(Some(SpeakerPhrase::people(last.span, false, false)));
    }
    // one person by two roles: "the Florida senator and Republican
    // presidential candidate"
    if let Some(a) = (2..n.saturating_sub(1)).find(|&a| toks[a].is_word() && toks.spells(a, "and"))
    {
        let first = parse_np_right(toks.before(a));
        let shared_determiner =
            toks[0].is_word() && toks.is(0, Class::The) && !is_determiner_word(text, &toks[a + 1]);
        if shared_determiner
            && first.is_some_and(|p| {
                p.kind == PhraseKind::Description
                    && p.whole.start == toks[0].span.start
                    && !p.plural
            })
        {
            if let Some(mut second) = parse_np_right(toks.from(a + 1)).filter(|p| {
                p.kind == PhraseKind::Description
                    && !p.plural
                    && p.whole.start == toks[a + 1].span.start
            }) {
                second.mention = Span::new(toks[0].span.start, second.mention.end);
                second.whole = Span::new(toks[0].span.start, second.whole.end);
                return ControlFlow::Break(Some(second));
            }
        }
    }
    if percent || lone_share {
        let from = if percent { n - 2 } else { 0 };
        return ControlFlow::Break(Some(SpeakerPhrase::people(
            toks.part(from..).span(),
            true,
            false,
        )));
    }
    if !last.is_word() {
        return ControlFlow::Break(None);
    }
    ControlFlow::Continue(())
}

/// A pronoun ("he", "they") or a partitive of a group ("one of those
/// advisers", "some of the donors").
fn pronoun_or_partitive(toks: Sentence<'_>) -> ControlFlow<Option<SpeakerPhrase>> {
    let text = toks.text;
    let Some((n, last, lw)) = last_word(toks) else {
        return ControlFlow::Break(None);
    };
    // pronoun
    if let Some(p) = last.pronoun(text).as_ref() {
        if lw == "I"
            || lw.chars().next().is_some_and(char::is_lowercase)
            || n == 1
            || !toks[n - 2].is_word()
            || (toks[n - 2].is_word() && !toks[n - 2].is_capitalized())
        {
            let entity = if p.gender == Gender::Neuter {
                EntityKind::Organization
            } else if p.plural {
                EntityKind::Group
            } else {
                EntityKind::Person
            };
            return ControlFlow::Break(Some(SpeakerPhrase::pronoun(
                last.span, entity, p.gender, p.plural,
            )));
        }
    }
    // "one of those advisers", "some of the donors": a partitive of a group
    if n >= 3 && toks.spells(1, "of") && toks[0].is_word() {
        let w0 = toks.word(0).to_ascii_lowercase();
        if Class::PartitiveHead.holds(w0.as_str()) || is_fraction(&w0) {
            // "some of them", "many of us": people just named
            if n == 3 && toks.is(2, Class::ThemThoseUs) {
                return ControlFlow::Break(Some(SpeakerPhrase::people(
                    toks.span(),
                    w0 != "one" && w0 != "each",
                    false,
                )));
            }
            let Some(group) = parse_np_right(toks.from(2)) else {
                return ControlFlow::Break(None);
            };
            if group.kind != PhraseKind::Description || !group.plural {
                return ControlFlow::Break(None);
            }
            let plural = w0 != "one" && w0 != "each" && w0 != "none";
            let mut p = SpeakerPhrase::people(toks.span(), plural, false);
            p.organization = group.organization;
            return ControlFlow::Break(Some(p));
        }
    }
    ControlFlow::Continue(())
}

/// A description and what it works for, ending in a name: "a spokesman
/// for committee Democrats", "an aide to Sen. Ann Ruiz".
fn description_for_named(toks: Sentence<'_>) -> ControlFlow<Option<SpeakerPhrase>> {
    let text = toks.text;
    let Some((n, last, _)) = last_word(toks) else {
        return ControlFlow::Break(None);
    };
    // "a spokesman for committee Democrats", "an aide to Sen. Ann Ruiz": a
    // description, and what it works for
    if last.is_capitalized() && n >= 3 {
        if let Some(prep) = (n.saturating_sub(6).max(1)..n - 1)
            .rev()
            .find(|&k| toks[k].is_word() && toks.is(k, Class::RolePreposition))
        {
            // a titled office before a person: "Secretary of State John
            // Kerry", "Chief of Staff Denis McDonough" (the person speaks)
            // ("Speaker of the House Rep. Paul Ryan": "the" after "of", and
            // a title of the person's own)
            let the = usize::from(
                toks.get(prep + 1)
                    .is_some_and(|t| t.is_word() && t.spells(text, "the")),
            );
            let person = (toks.spells(prep, "of")
                && toks[..prep]
                    .iter()
                    .all(|t| t.is_capitalized() && t.lexeme.title.is_some())
                && toks[prep + 1 + the..]
                    .iter()
                    .all(|t| t.is_capitalized() || t.is_punct('.')))
            .then(|| {
                (prep + 2 + the..n - 1).find(|&g| toks[g].lexeme.given.is_some() && n - g <= 3)
            })
            .flatten();
            if let Some(g) = person {
                // (the person's own title starts the name run: "Rep.")
                let mut from = g;
                while from > prep + 2 + the && toks[from - 1].lexeme.title.is_some() {
                    from -= 1;
                }
                let all = toks.span();
                if let Some(mut p) = parse_name_run(toks.from(g), all, all) {
                    p.role = Some(text[toks.part(..from).span()].to_string());
                    return ControlFlow::Break(Some(p));
                }
            }
            // (its head right before the preposition: not "A woman asked |
            // for a photo and Clinton")
            if let Some(mut outer) = parse_np_right(toks.before(prep)).filter(|p| {
                p.kind == PhraseKind::Description
                    && !p.generic
                    && !toks[..prep].iter().any(|t| {
                        t.span.start >= p.mention.end
                            && t.is_lowercase()
                            && t.cue_verb(text).is_some()
                    })
            }) {
                let rest = toks.part(prep + 1..).span();
                if toks[prep + 1..]
                    .iter()
                    .all(|t| t.is_word() || t.is_punct('.'))
                {
                    let org = text[rest].trim_start_matches("the ").to_string();
                    if outer.organization.is_none() {
                        outer.organization = Some(org);
                    }
                    outer.mention = Span::new(outer.mention.start, rest.end);
                    outer.whole = Span::new(outer.whole.start.min(outer.mention.start), rest.end);
                    return ControlFlow::Break(Some(outer));
                }
            }
        }
    }
    ControlFlow::Continue(())
}

/// An office ("the secretary of state"), a document and its author ("a
/// review by The Times"), a quantity of a group, a description of what
/// it belongs to, an anonymous source, a person where they stood, a name
/// stressed ("Cruz himself") or with its organisation.
fn office_document_or_source(toks: Sentence<'_>) -> ControlFlow<Option<SpeakerPhrase>> {
    let text = toks.text;
    let Some((n, last, lw)) = last_word(toks) else {
        return ControlFlow::Break(None);
    };
    // an office: "the secretary of state", "Clinton's chief of staff", "the
    // director of communications"
    if n >= 3 && last.is_lowercase() {
        let k = n - 2;
        let office = toks[k].is_word()
            && toks.spells(k, "of")
            && !last.is(Class::FunctionWord)
            && !ROLE_NOUNS.contains_key(lw);
        if let Some(mut p) = office
            .then(|| parse_np_right(head_before(toks, k)))
            .flatten()
            .filter(|p| {
                p.kind == PhraseKind::Description
                    && !p.plural
                    && !p.generic
                    && p.whole.end == toks[k - 1].span.end
                    && p.mention.end == toks[k - 1].span.end
            })
        {
            p.mention = Span::new(p.mention.start, last.span.end);
            p.whole = Span::new(p.whole.start.min(p.mention.start), last.span.end);
            return ControlFlow::Break(Some(p));
        }
    }
    // "a statement released Friday", "a memo obtained by CNN": a
    // description, then how it came out
    if let Some(p) = described_by_participle(toks) {
        return ControlFlow::Break(Some(p));
    }
    // "a review by The Times", "an analysis by the Post": a document and
    // its author
    if let Some(p) = document_by(toks) {
        return ControlFlow::Break(Some(p));
    }
    // "a growing number of senators", "a majority of voters": a quantity of
    // a group is the group
    if let Some(p) = quantity_of_group(toks) {
        return ControlFlow::Break(Some(p));
    }
    // "critics of the plan", "leaders of both parties", "an aide to the
    // senator": a description and what it belongs to
    if let Some(p) = description_of(toks) {
        return ControlFlow::Break(Some(p));
    }
    // "a source familiar with the talks", "a person close to the campaign":
    // an anonymous source and what they know
    if let Some(p) = source_in_the_know(toks) {
        return ControlFlow::Break(Some(p));
    }
    // "a staffer in the room", "one woman at the rally": a description and
    // where the person stood; the place names no organisation
    if last.is_lowercase() && n >= 4 {
        let place = (n - 3..n - 2)
            .chain(n.saturating_sub(4).max(1)..n - 3)
            .find(|&k| {
                toks[k].is_word()
                    && toks.is(k, Class::LocationPreposition)
                    // (any determiner: "in both parties", "in all five states")
                    && is_determiner_word(text, &toks[k + 1])
            });
        if let Some(prep) = place {
            let rest = &toks[prep + 2..];
            let plain = rest
                .iter()
                .all(|t| t.is_lowercase() && !t.is(Class::FunctionWord));
            if let Some(mut outer) = parse_np_right(head_before(toks, prep)).filter(|p| {
                plain && p.kind == PhraseKind::Description && p.whole.end == toks[prep - 1].span.end
            }) {
                outer.whole = Span::new(outer.whole.start.min(outer.mention.start), last.span.end);
                return ControlFlow::Break(Some(outer));
            }
        }
    }
    // "Cruz himself said": the name, stressed
    if n >= 2 && last.is(Class::ReflexivePronoun) && toks[n - 2].is_capitalized() {
        let Some(mut p) = parse_np_right(toks.before(n - 1)) else {
            return ControlFlow::Break(None);
        };
        p.whole = Span::new(p.whole.start, last.span.end);
        return ControlFlow::Break(Some(p));
    }
    // "Ann Beck of the Fairview Institute": a person, and where they work
    if let Some(p) = name_of_the_org(toks) {
        return ControlFlow::Break(Some(p));
    }
    ControlFlow::Continue(())
}

/// A description: "the clown", "a source", "officials", "a spokeswoman for
/// the ministry".
fn common_description(toks: Sentence<'_>) -> Option<SpeakerPhrase> {
    let text = toks.text;
    let n = toks.len();
    let last = toks.last()?;
    // a description: "the clown", "a source", "officials", "a spokeswoman for the ministry"
    let head = match last.role_noun(text) {
        Some(h) => h,
        None => return generic_description(toks),
    };
    let mut i = n - 1;
    let mut modifiers = 0;
    while i > 0 && modifiers < 4 {
        let t = &toks[i - 1];
        if !t.is_word() {
            break;
        }
        let w = t.text(text);
        // ("that" or "this" before a plural is no determiner of it but a
        // conjunction or a relative: "said that Republicans think …",
        // "information that investigators said …")
        if t.is(Class::ThisThat) && head.plural {
            break;
        }
        if is_determiner_word(text, t) {
            i -= 1;
            break;
        }
        if is_possessive(w) {
            i -= 1;
            // the owner's own modifiers: "the prime minister’s", "the
            // Clinton campaign’s", "Mr. Trump’s"
            let mut o = i;
            while o > 0 && i - o < 4 && (toks[o - 1].is_word() || toks[o - 1].is_punct('.')) {
                let v = &toks[o - 1];
                if is_determiner_word(text, v)
                    || v.is(Class::FunctionWord)
                    || cue_verb_form_of(text, v)
                    || v.pronoun(text).is_some()
                {
                    break;
                }
                o -= 1;
            }
            let determined =
                o > 0 && toks[o - 1].is_word() && is_determiner_word(text, &toks[o - 1]);
            if determined {
                i = o - 1;
            } else if o < i
                && toks[o..i]
                    .iter()
                    .all(|t| t.is_capitalized() || t.is_punct('.'))
            {
                i = o;
            }
            break;
        }
        if t.pronoun(text).is_some()
            || cue_verb_form_of(text, t)
            || t.is(Class::NamePhraseStop)
            // (nor a negated auxiliary: "The surge doesn't surprise pollster
            // Ann Lee")
            || w.ends_in_nt()
        {
            break;
        }
        // a verb is no modifier: "stood firm" (but a participle right after
        // a determiner is: "the unsigned opinion", "a retired general")
        let after_determiner =
            i >= 2 && toks[i - 2].is_word() && is_determiner_word(text, &toks[i - 2]);
        if t.is_lowercase()
            && (w.ends_in_ed() && !after_determiner || w == "stood" || w == "was" || w == "is")
            && t.role_noun(text).is_none()
        {
            break;
        }
        i -= 1;
        modifiers += 1;
    }
    let mut lo = i;
    // "a spokeswoman for the ministry": extend over "for|of|at" to a role noun
    if lo >= 2 && toks.is(lo - 1, Class::OrgPreposition) {
        if let Some(outer) = parse_np_right(toks.before(lo - 1)) {
            if outer.kind == PhraseKind::Description {
                let mut p = outer;
                let org_span = toks.part(lo..).span();
                let org = text[org_span].trim_start_matches("the ").to_string();
                p.organization = Some(org);
                p.mention = Span::new(p.mention.start, org_span.end);
                p.whole = p.mention;
                return Some(p);
            }
        }
    }
    // bare singular common noun without determiner is rarely a speaker
    if lo == n - 1 && !head.plural && !last.is_capitalized() && n > 1 && !toks[n - 2].is_punct(',')
    {
        return None;
    }
    if lo == n - 1 && !head.plural && n == 1 {
        // "Another annotator" handled by determiner; a lone singular noun is not
        if !last.is_capitalized() {
            return None;
        }
    }
    while lo < n - 1 && !toks[lo].is_word() {
        lo += 1;
    }
    let mention = toks.part(lo..).span();
    let mut org = None;
    if let Some(p) = toks[lo..]
        .iter()
        .position(|t| t.is_capitalized() && is_possessive(t.text(text)))
    {
        org = Some(
            strip_possessive(&text_of(toks.part(lo..=lo + p)))
                .trim_start_matches("the ")
                .to_string(),
        );
    }
    let is_group = head.plural;
    let org_like = last.is_lowered(text, Class::OrgRoleNoun);
    Some(SpeakerPhrase {
        kind: PhraseKind::Description,
        mention,
        name: None,
        whole: mention,
        organization: org,
        role: None,
        entity: if org_like {
            EntityKind::Organization
        } else if is_group {
            EntityKind::Group
        } else {
            EntityKind::Person
        },
        gender: head.gender,
        plural: head.plural,
        generic: false,
    })
}

/// A share as polls give it, a number in a number: "Two in three", "eight in
/// 10 Democratic voters overall", "one in four of them" (the whole chunk).
pub(crate) fn one_in_n(toks: Sentence<'_>) -> Option<SpeakerPhrase> {
    let text = toks.text;
    let number = |t: &Token| t.is_word() && is_number_word(t.text(text));
    if toks.len() < 3 || !number(&toks[0]) || !toks.spells(1, "in") || !number(&toks[2]) {
        return None;
    }
    // then who they are: "Democratic voters", "of those polled", and "overall"
    let fits = |rest: &[Token]| match rest {
        [] => true,
        [of, group @ ..] if of.spells(text, "of") => {
            !group.is_empty()
                && parse_np_right(Sentence::new(text, group)).is_some_and(|g| {
                    g.plural && g.whole.start.min(g.mention.start) == group[0].span.start
                })
        }
        group => parse_np_right(Sentence::new(text, group)).is_some_and(|g| {
            g.kind == PhraseKind::Description
                && g.plural
                && g.whole.start.min(g.mention.start) == group[0].span.start
        }),
    };
    let rest = &toks[3..];
    let qualified = rest
        .last()
        .is_some_and(|t| t.is(Class::PollParticiple) && fits(&rest[..rest.len() - 1]));
    (fits(rest) || qualified).then(|| SpeakerPhrase::people(toks.span(), true, false))
}

/// "a growing number of senators", "a majority of voters", "hundreds of
/// protesters": a quantity noun (after a determiner and an adjective or
/// two), "of", and a group of people, who speak as one plural.
fn quantity_of_group(toks: Sentence<'_>) -> Option<SpeakerPhrase> {
    let text = toks.text;
    let n = toks.len();
    let k = (1..n.saturating_sub(1).min(5)).find(|&k| toks.spells(k, "of"))?;
    // (compared without lowercasing a copy of every phrase head before "of")
    let _head = toks.word(k - 1);
    let quantity = toks[k - 1].is_lowered(text, Class::QuantityNoun);
    let opened = k == 1 || is_determiner_word(text, &toks[0]) || toks.spells_any_case(0, "a");
    if !quantity || !opened || !toks[..k].iter().all(|t| t.is_word()) {
        return None;
    }
    let group = toks.from(k + 1);
    parse_np_right(group)
        .filter(|g| {
            g.kind == PhraseKind::Description
                && g.plural
                && g.whole.start.min(g.mention.start) == group[0].span.start
        })
        .map(|_| SpeakerPhrase::people(toks.span(), true, false))
}

/// "critics of the plan", "leaders of both parties", "an aide to the
/// senator", "supporters of Mr. Ruiz’s bill": a description, then "of",
/// "for", "to" or "from" and a short noun phrase (a capitalised one names an
/// organisation, taken earlier).
fn description_of(toks: Sentence<'_>) -> Option<SpeakerPhrase> {
    let text = toks.text;
    let n = toks.len();
    let k = (1..n.saturating_sub(1))
        .find(|&k| toks[k].is_word() && toks.is(k, Class::DescriptionPreposition))?;
    let rest = &toks[k + 1..];
    let plain = rest.len() <= 6
        && rest.iter().all(|t| {
            t.is_punct('’')
                || t.is_punct('\'')
                || t.is_punct('.')
                || t.is_word()
                    && (is_determiner_word(text, t)
                        || t.is(Class::OfThe)
                        || !t.is(Class::FunctionWord)
                            && !cue_verb_form_of(text, t)
                            && t.pronoun(text).is_none())
        });
    if !plain {
        return None;
    }
    let mut p = parse_np_right(head_before(toks, k)).filter(|p| {
        p.kind == PhraseKind::Description
            && p.whole.end == toks[k - 1].span.end
            && p.mention.end == toks[k - 1].span.end
    })?;
    p.mention = Span::new(p.mention.start, toks[n - 1].span.end);
    p.whole = Span::new(p.whole.start.min(p.mention.start), toks[n - 1].span.end);
    Some(p)
}

/// "a statement released Friday", "a memo obtained by CNN", "a letter sent
/// to donors on Monday": a description, then a past participle and what
/// says when, by whom or to whom (not a name: "a man named Joe" is Joe).
fn described_by_participle(toks: Sentence<'_>) -> Option<SpeakerPhrase> {
    let n = toks.len();
    if n < 2 {
        return None;
    }
    let k = (1..n).find(|&k| {
        let w = toks.word(k);
        toks[k].is_lowercase()
            && (w.len() > 4 && w.ends_in_ed() || toks.is(k, Class::NonSpeakingParticiple))
            && !toks.is(k, Class::NamingParticiple)
    })?;
    // (the participle may end the phrase: callers cut a time off its end,
    // "the report released | Friday said")
    let rest = &toks[k + 1..];
    let how = rest.first().map_or(true, |t| {
        t.is_word() && (t.is(Class::ParticipleModifier) || t.is_capitalized())
    });
    if !how {
        return None;
    }
    description_stretched(toks, k, k + 1, 10)
}

/// "a review by The Times", "a study by Harvard economists": a description
/// whose head is a role noun, then "by" and its author.
fn document_by(toks: Sentence<'_>) -> Option<SpeakerPhrase> {
    let text = toks.text;
    let k =
        (2..toks.len().saturating_sub(1)).find(|&k| toks[k].is_word() && toks.spells(k, "by"))?;
    if !toks[k - 1].is_lowercase() || toks[k - 1].role_noun(text).is_none() {
        return None;
    }
    description_stretched(toks, k, k + 1, 8)
}

/// The description that ends right before `toks[k]`, its phrase stretched
/// to the end of `toks` when `toks[rest..]` is a run of at most `max_rest`
/// words (no clause: no punctuation but periods and apostrophes).
fn description_stretched(
    toks: Sentence<'_>,
    k: usize,
    rest: usize,
    max_rest: usize,
) -> Option<SpeakerPhrase> {
    let words = &toks[rest.min(toks.len())..];
    if words.len() > max_rest
        || !words
            .iter()
            .all(|t| t.is_word() || t.is_punct('.') || t.is_punct('’') || t.is_punct('\''))
    {
        return None;
    }
    let mut p = parse_np_right(head_before(toks, k)).filter(|p| {
        p.kind == PhraseKind::Description && p.whole.end == toks[k - 1].span.end && !p.generic
    })?;
    let end = toks.last()?.span.end;
    p.whole = Span::new(p.whole.start.min(p.mention.start), end);
    Some(p)
}

/// "a source familiar with Cruz’s thinking", "two people close to the
/// campaign", "an official briefed on the talks", "a source speaking to Fox
/// News": a description, then what the anonymous source knows or whom it
/// told (which names no organisation: the campaign is not the source's
/// employer).
fn source_in_the_know(toks: Sentence<'_>) -> Option<SpeakerPhrase> {
    let n = toks.len();
    let k = (1..n.saturating_sub(2)).find(|&k| knows_at(toks, k))?;
    // what they know is a short noun phrase
    description_stretched(toks, k, k + 2, 8)
}

/// Whether `toks[k]` and the word after it say what an anonymous source
/// knows or whom it told: "familiar with", "close to", "briefed on".
pub(crate) fn knows_at(toks: Sentence<'_>, k: usize) -> bool {
    toks[k].is_word()
        && toks.get(k + 1).is_some_and(|t| t.is_word())
        && matches!(
            (toks.word(k), toks.word(k + 1)),
            ("familiar", "with")
                | ("close", "to")
                | ("briefed", "on")
                | ("knowledgeable", "about")
                | ("with", "knowledge")
                | ("with", "direct")
                | ("speaking", "to" | "with" | "on")
        )
}

/// "Ann Beck of the Fairview Institute", "Tom Ward from the Ohio State
/// University": a person's name, then "of/at/from the" and a capitalised
/// name, which is where they work. (Without "the", "Bank of America" is one
/// name, read as such by the name run.)
fn name_of_the_org(toks: Sentence<'_>) -> Option<SpeakerPhrase> {
    let text = toks.text;
    let n = toks.len();
    let p = (1..n.saturating_sub(2))
        .find(|&p| toks[p].is_word() && toks.is(p, Class::AtFromOf) && toks.spells(p + 1, "the"))?;
    let org = toks.from(p + 2);
    let org_ok = org[0].is_capitalized()
        && org.last().is_some_and(|t| t.is_capitalized())
        && org.iter().all(|t| {
            t.is_capitalized()
                || t.is_punct('.')
                || t.is_punct('&')
                || t.is_word() && t.is(Class::AndForOf)
        });
    if !org_ok {
        return None;
    }
    let mut person = parse_np_right(toks.before(p)).filter(|q| {
        q.kind == PhraseKind::Name
            && q.entity == EntityKind::Person
            && q.whole.end == toks[p - 1].span.end
    })?;
    let org_span = org.span();
    if person.organization.is_none() {
        person.organization = Some(text[org_span].to_string());
    }
    person.whole = Span::new(person.whole.start, org_span.end);
    Some(person)
}
