//! The speaker before a cue: the phrase that ends where the cue begins,
//! past asides, relative clauses and appositives ("X, who …, said").

use crate::record::EntityKind;
use crate::rules::speaker::descriptions::parse_np_right;
use crate::rules::speaker::is_determiner_word;
use crate::rules::speaker::names::looks_appositive;
use crate::rules::speaker::names::parse_appositive;
use crate::rules::speaker::words::is_age;
use crate::rules::speaker::words::is_party_designation;
use crate::rules::speaker::words::quote_ends_in_comma;
use crate::rules::speaker::words::role_noun;
use crate::rules::speaker::words::title_gender_of;
use crate::rules::speaker::words::uncontracted;
use crate::rules::speaker::words::RELATIVES;
use crate::rules::speaker::words::{is_aside_opener_word, is_lowercase_pronoun};
use crate::rules::speaker::PhraseKind;
use crate::rules::speaker::SpeakerPhrase;
use crate::rules::speaker::MAX_PHRASE_TOKENS;
use crate::text::view::Sentence;
use crate::text::words::Token;
use crate::vocab::lexicon::{Gender, PLACES};
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;
use std::ops::ControlFlow;

/// Parses the speaker phrase that ends right before `toks[end]` (the cue,
/// after auxiliaries and adverbs were skipped by the caller), looking no
/// further left than `toks[floor]`.
pub(crate) fn parse_before(toks: Sentence<'_>, floor: usize, end: usize) -> Option<SpeakerPhrase> {
    let (chunks, closed_by_comma, end) = chunks_before(toks, floor, end)?;
    if let ControlFlow::Break(phrase) = relative_or_parenthetical(toks, &chunks) {
        return phrase;
    }
    let (pick, aside) = pick_chunk(toks, &chunks, closed_by_comma);
    phrase_of_chunk(toks, &chunks, pick, aside, end)
}

/// A subject the chunks decide by a relative pronoun or a parenthetical:
/// "…, as an American diplomat put it, …", "Rubio, who …", "Voters who say
/// …", "NAFTA, which Trump had called …".
fn relative_or_parenthetical(
    toks: Sentence<'_>,
    chunks: &[(usize, usize)],
) -> ControlFlow<Option<SpeakerPhrase>> {
    let Some(&(first_lo, first_hi)) = chunks.first() else {
        return ControlFlow::Break(None);
    };
    if first_lo >= first_hi {
        return ControlFlow::Break(None);
    }
    // "…, as an American diplomat put it, …": the parenthetical holds its
    // own subject, whatever stands before it
    if first_hi > first_lo + 1 && toks[first_lo].is_word() && toks.spells(first_lo, "as") {
        if let Some(p) = parse_np_right(toks.part(first_lo + 1..first_hi))
            .filter(|p| p.whole.start.min(p.mention.start) == toks[first_lo + 1].span.start)
        {
            return ControlFlow::Break(Some(p));
        }
    }
    // "Sen. Marco Rubio of Florida, who mused": the relative pronoun speaks,
    // standing for the name before it
    if first_hi == first_lo + 1 && toks.spells(first_lo, "who") {
        let who = toks[first_lo].span;
        // (a person stands for "who": past a head that names no one, the
        // name at the end of the chunk: "an awkward situation for Clinton,
        // who …")
        let antecedent = chunks
            .get(1)
            .filter(|&&(lo, hi)| lo < hi)
            .and_then(|&(lo, hi)| {
                let p = parse_np_right(toks.part(lo..hi))?;
                if !(p.kind == PhraseKind::Description && p.generic) {
                    return Some(p);
                }
                let mut n = hi;
                while n > lo && (toks[n - 1].is_capitalized() || toks[n - 1].is_punct('.')) {
                    n -= 1;
                }
                (n < hi && n > lo)
                    .then(|| parse_np_right(toks.part(n..hi)))
                    .flatten()
                    .filter(|q| q.kind == PhraseKind::Name)
                    .or(Some(p))
            });
        return ControlFlow::Break(Some(match antecedent {
            Some(p) => p.through_relative(who),
            None => SpeakerPhrase::pronoun(who, EntityKind::Unknown, Gender::Unknown, false),
        }));
    }
    // a restrictive relative: "Voters who say …", "the respondents who
    // support …": the noun phrase before "who" is who speaks
    if first_hi >= first_lo + 2 && toks.is(first_hi - 1, Class::ThatWhichWho) {
        let who = toks[first_hi - 1].span;
        if let Some(p) = parse_np_right(toks.part(first_lo..first_hi - 1))
            .filter(|p| p.whole.end == toks[first_hi - 2].span.end && p.kind != PhraseKind::Pronoun)
        {
            return ControlFlow::Break(Some(p.through_relative(who)));
        }
    }
    // an object relative with its own subject speaks for itself: "NAFTA,
    // which Trump had called a “disaster”", "Bannon, who Beck called …"
    let (lo0, hi0) = chunks[0];
    if hi0 > lo0 + 1 && toks.is(lo0, Class::RelativePronoun) {
        if let Some(p) = parse_np_right(toks.part(lo0 + 1..hi0)).filter(|p| {
            p.whole.start.min(p.mention.start) == toks[lo0 + 1].span.start
                && matches!(p.kind, PhraseKind::Name | PhraseKind::Pronoun)
        }) {
            return ControlFlow::Break(Some(p));
        }
    }
    ControlFlow::Continue(())
}

/// Which chunk is the subject (0: the nearest the cue), and whether an
/// aside stands between it and the cue: past a relative clause, a
/// parenthetical ("Voss, during a town hall in Dayton, said"), an
/// appositive ("Wu Ken, the Chinese ambassador, said").
fn pick_chunk(
    toks: Sentence<'_>,
    chunks: &[(usize, usize)],
    closed_by_comma: bool,
) -> (usize, bool) {
    let text = toks.text;
    let (lo0, hi0) = chunks[0];
    let mut pick = 0;
    if let Some(r) = chunks
        .iter()
        .position(|&(lo, hi)| lo < hi && RELATIVES[..3].contains(&uncontracted(toks.word(lo))))
    {
        // the chunks between the cue and the relative clause belong to it when
        // they are a list ("…, which represents England, Wales and Northern
        // Ireland, told"); otherwise the nearest chunk is the subject, a lone
        // pronoun always ("…, which is an outcome, he said")
        let list = chunks[..r].iter().all(|&(lo, hi)| {
            let pronoun = hi == lo + 1 && is_lowercase_pronoun(&toks[lo]);
            !pronoun
                && (toks[lo..hi]
                    .iter()
                    .any(|t| t.is_word() && t.is(Class::AndOr))
                    || toks.get(lo).is_some_and(|t| t.is_lowercase()))
        });
        // the nearest chunk is the relative clause's own verb phrase, past an
        // appositive inside it: "Rubio, whose hometown, Miami, is flooding, argues"
        let predicate =
            r > 0 && lo0 < hi0 && toks[lo0].is_word() && toks.is(lo0, Class::FiniteAuxiliary);
        // (only when a comma closes what stands before the cue: in "The
        // man, who lived in Leeds, worked there, the BBC reported" the words
        // right before the cue are its subject)
        if r == 0 || closed_by_comma && (list || predicate) {
            pick = r + 1;
        }
    }
    // a parenthetical between the subject and the cue: "Voss, during a
    // town hall in Dayton, Ohio, said", "Brun, after a long pause, said"
    let mut aside = false;
    if pick == 0 && closed_by_comma {
        if let Some(r) = chunks.iter().position(|&(lo, hi)| {
            lo < hi && toks[lo].is_lowercase() && is_aside_opener_word(text, &toks[lo])
        }) {
            // (a titled name is no place: "…, after winning Ohio, Gov. John
            // Kasich (R-OH), said")
            let places = chunks[..r].iter().all(|&(lo, hi)| {
                hi - lo <= 3
                    && toks[lo..hi]
                        .iter()
                        .all(|t| t.is_capitalized() || t.is_punct('.'))
                    && !toks[lo..hi].iter().any(|t| title_gender_of(t).is_some())
            });
            if places && r + 1 < chunks.len() {
                pick = r + 1;
                aside = true;
                // past a party and state: "Rubio, R-Fla., appearing on Fox, said"
                while pick + 1 < chunks.len()
                    && is_party_designation(toks.part(chunks[pick].0..chunks[pick].1))
                {
                    pick += 1;
                }
            }
        }
    }
    if pick == 0 && closed_by_comma && chunks.len() >= 2 {
        let (lo, hi) = chunks[0];
        // an aside on the subject: "Tester, himself up for reelection, said"
        // or a participle: "Gingrich — mentioned by Newsmax as a choice —
        // told", "Eastland, wearing a hat, said", "Susan, clad in a red
        // cape, said", "Lee, dressed in black, said"
        let reflexive = lo < hi
            && (toks.is(lo, Class::ReflexivePronoun)
                || toks[lo].is_lowercase()
                    && (toks.word(lo).ends_in_ing()
                        || toks.spells(lo, "clad")
                        || toks.word(lo).ends_in_ed()
                            && toks
                                .get(lo + 1)
                                .is_some_and(|t| t.is(Class::AsidePreposition))));
        // a name in apposition to the description before it: "Ann Vian,
        // the editor of the city's newspaper, the Ledger, said"
        let named_thing = || {
            chunks.len() >= 3 && lo < hi && {
                let (dlo, dhi) = chunks[1];
                let (nlo, nhi) = chunks[2];
                toks[lo..hi]
                    .iter()
                    .all(|t| t.is_capitalized() || !t.is_word())
                    && dlo < dhi
                    && nlo < nhi
                    && is_determiner_word(text, &toks[dlo])
                    && toks[dhi - 1].is_lowercase()
                    && looks_appositive(toks.part(dlo..dhi))
                    && parse_np_right(toks.part(nlo..nhi)).is_some_and(|p| {
                        p.kind == PhraseKind::Name
                            && p.entity == EntityKind::Person
                            && p.whole.start == toks[nlo].span.start
                    })
            }
        };
        if reflexive || named_thing() {
            pick = 1;
        }
    }
    if (closed_by_comma || pick > 0) && !aside {
        pick = past_appositives(toks, chunks, pick);
    }
    if closed_by_comma && !aside {
        pick = name_before_descriptions(toks, chunks, pick).unwrap_or(pick);
    }
    (pick, aside)
}

/// The chunk of the person's name before the descriptions that stand
/// between it and the cue, where [`past_appositives`] stopped at a
/// description: "Lee Finn, Alberta-based manager with Dairy Farmers of
/// Canada, said", "after John Moe, Canada's ambassador to China, told",
/// "Will Young, a mechanic based in Kansas City, Mo., and an organizer at
/// Railroad Workers United, said". Each chunk between holds a role noun,
/// or is a place of two words at most.
fn name_before_descriptions(
    toks: Sentence<'_>,
    chunks: &[(usize, usize)],
    pick: usize,
) -> Option<usize> {
    let text = toks.text;
    const MOST_CHUNKS: usize = 4;
    let described = |&(lo, hi): &(usize, usize)| {
        lo < hi
            && toks[lo..hi]
                .iter()
                .any(|t| t.is_lowercase() && t.role_noun(text).is_some())
    };
    // (a place: "Mo.", "Kansas City"; not a name, "Lee Finell")
    let place = |&(lo, hi): &(usize, usize)| {
        lo < hi
            && hi - lo <= 3
            && toks[lo..hi]
                .iter()
                .all(|t| t.is_capitalized() || t.is_punct('.'))
            && (toks[lo..hi]
                .iter()
                .any(|t| t.is_punct('.') || t.text(text).ends_with('.'))
                || PLACES.contains(&text[toks[lo].span.start..toks[hi - 1].span.end]))
    };
    if !chunks.get(pick).is_some_and(described) {
        return None;
    }
    let mut k = pick + 1;
    while k < chunks.len() && k <= pick + MOST_CHUNKS {
        if described(&chunks[k]) || place(&chunks[k]) {
            k += 1;
            continue;
        }
        let (lo, hi) = chunks[k];
        // (the whole chunk, or after a subordinator: "Controversy erupted
        // after John Moe"; not a place's: "a mechanic based in Kansas City")
        let named = parse_np_right(toks.part(lo..hi)).is_some_and(|p| {
            let from = toks[lo..hi].partition_point(|t| t.span.start < p.whole.start);
            p.kind == PhraseKind::Name
                && p.entity == EntityKind::Person
                && p.whole.end == toks[hi - 1].span.end
                && p.role.is_none()
                && (from == 0 || toks.is(lo + from - 1, Class::ClauseSubordinator))
        });
        return named.then_some(k);
    }
    None
}

/// Past the appositives between the subject and the cue, from chunk
/// `pick`: an age or a place ("Cory James, 22, of Flint, Mich., said"), a
/// chain of descriptions ("Mike Shields, president of the Fund, a super PAC
/// allied with House leaders, said"), while the chunk before is a noun
/// phrase from its first word.
fn past_appositives(toks: Sentence<'_>, chunks: &[(usize, usize)], mut pick: usize) -> usize {
    let text = toks.text;
    while pick + 1 < chunks.len() {
        let (lo, hi) = chunks[pick];
        // "Cory James, 22, of Flint, Mich., said": a place after "of X,"
        let (nlo, nhi) = chunks[pick + 1];
        // or after "a nurse in Dover," ("…, a nurse in Dover, Del., said")
        let ends_in_place = || {
            (nlo..nhi).rev().take(4).any(|x| {
                toks.is(x, Class::FromInOf)
                    && x + 1 < nhi
                    && toks[x + 1..nhi].iter().all(|t| t.is_capitalized())
            })
        };
        let place = hi - lo <= 2
            && nlo < nhi
            && toks[lo].is_capitalized()
            && (toks.is(nlo, Class::FromInOf) || ends_in_place());
        // an age after a name, whatever stands before the name:
        // "Mississauga accountant Ann Lee, 50, says"
        let age = hi == lo + 1
            && is_age(toks.word(lo))
            && nlo < nhi
            && parse_np_right(toks.part(nlo..nhi)).is_some_and(|p| {
                p.kind == PhraseKind::Name
                    && p.entity == EntityKind::Person
                    && p.whole.end == toks[nhi - 1].span.end
            });
        if place || age || is_party_designation(toks.part(lo..hi)) {
            pick += 1;
            continue;
        }
        if lo >= hi || !looks_appositive(toks.part(lo..hi)) {
            break;
        }
        // the chunk before must be a noun phrase from its first word
        // (after "as": "Or, as Tom Ridge, a former secretary, put it")
        let (plo, phi) = chunks[pick + 1];
        let np_from = if plo + 1 < phi && toks.is(plo, Class::As) {
            plo + 1
        } else {
            plo
        };
        let whole_np = plo < phi
            && parse_np_right(toks.part(plo..phi))
                .is_some_and(|p| p.whole.start.min(p.mention.start) <= toks[np_from].span.start);
        // a chain of appositives: "Mike Shields, president of the Fund, a
        // super PAC allied with House leaders, said"
        let chained = plo < phi && pick + 2 < chunks.len() && looks_appositive(toks.part(plo..phi))
            || (plo < phi
                && pick + 2 < chunks.len()
                && toks[plo].is_lowercase()
                && toks[plo].role_noun(text).is_some());
        if !whole_np && !chained {
            break;
        }
        pick += 1;
    }
    pick
}

/// The speaker phrase of chunk `pick` of `chunks` (see [`chunks_before`]):
/// the noun phrase, past a relative clause without commas, with the
/// appositive chunk after it (`aside`: a parenthetical stands between it
/// and the cue, whose words end at `end`), a relative pronoun set off by
/// an aside, a description before a name.
fn phrase_of_chunk(
    toks: Sentence<'_>,
    chunks: &[(usize, usize)],
    pick: usize,
    aside: bool,
    end: usize,
) -> Option<SpeakerPhrase> {
    let text = toks.text;
    let (lo, hi) = *chunks.get(pick)?;
    if lo >= hi {
        return None;
    }
    // a relative clause without commas: "People who have battled the
    // threats say": the noun phrase before "who" speaks
    let relative =
        (lo + 1..hi.saturating_sub(1)).find(|&r| toks[r].is_word() && toks.is(r, Class::WhoWhose));
    // (a "who" that opens no relative clause of the subject, as in "over
    // who supported which bill that Gov. Chris Christie said", leaves the
    // noun phrase before the cue to speak)
    // (nor one whose clause gives the cue a subject pronoun of its own:
    // "the congressman who gained attention when he yelled “…”")
    let own_subject = hi >= lo + 2
        && toks[hi - 1].is_word()
        && toks.is(hi - 1, Class::SubjectPronoun)
        && !toks[hi - 2].is_punct(',');
    let before_relative = relative.filter(|_| !own_subject).and_then(|r| {
        let mut p = parse_np_right(toks.part(lo..r))
            .filter(|p| p.whole.start.min(p.mention.start) == toks[lo].span.start)?;
        p.whole = Span::new(p.whole.start, toks[hi - 1].span.end);
        Some(p)
    });
    let mut phrase = match before_relative {
        Some(p) => p,
        None => parse_np_right(toks.part(lo..hi))?,
    };
    if aside {
        phrase.whole = Span::new(phrase.whole.start, toks[end - 1].span.end);
    } else if pick > 0 {
        let (alo, ahi) = chunks[pick - 1];
        let appositive = toks.part(alo..ahi);
        if !appositive.is_empty() && !RELATIVES[..3].contains(&appositive[0].text(text)) {
            let (role, org) = parse_appositive(appositive);
            if phrase.role.is_none() {
                phrase.role = role;
            }
            if phrase.organization.is_none() {
                phrase.organization = org;
            }
            if let Some(r) = &phrase.role {
                for w in r.split_whitespace() {
                    if let Some(n) = role_noun(w) {
                        if n.gender != Gender::Unknown && phrase.gender == Gender::Unknown {
                            phrase.gender = n.gender;
                        }
                    }
                }
            }
        }
        phrase.whole = Span::new(phrase.whole.start, toks[end - 1].span.end);
    }
    // the subject was a relative pronoun set off from its cue by an aside:
    // "Bret Stephens, who, after trading insults, said": "who" is the
    // mention, standing for the name
    if pick >= 1 && phrase.kind != PhraseKind::Pronoun {
        let (rlo, rhi) = chunks[pick - 1];
        if rhi == rlo + 1 && toks.is(rlo, Class::WhichWho) {
            let whole_end = phrase.whole.end;
            phrase = phrase.through_relative(toks[rlo].span);
            phrase.whole = Span::new(phrase.whole.start, whole_end.max(phrase.whole.end));
            return Some(phrase);
        }
    }
    // a description before the name: "the White House spokesman, Josh Earnest,"
    if phrase.kind == PhraseKind::Name && phrase.whole.start == toks[lo].span.start {
        if let Some(&(plo, phi)) = chunks.get(pick + 1) {
            let pre = toks.part(plo..phi);
            // (a role: "The problem, Ms. Bigbee said, is …" describes no one)
            let described = !pre.is_empty()
                && parse_np_right(pre).is_some_and(|d| {
                    d.kind == PhraseKind::Description
                        && !d.generic
                        && d.whole.start.min(d.mention.start) <= pre[0].span.start
                        // (the whole chunk: "Officials soured on the plan,
                        // the Post reported" holds a clause)
                        && d.mention.end >= pre[pre.len() - 1].span.end
                });
            if described {
                if phrase.role.is_none() {
                    let (role, org) = parse_appositive(pre);
                    phrase.role = role;
                    if phrase.organization.is_none() {
                        phrase.organization = org;
                    }
                }
                phrase.whole = Span::new(pre[0].span.start, phrase.whole.end);
            }
        }
    }
    Some(phrase)
}

/// Token ranges `(lo, hi)`, right to left.
type Chunks = Vec<(usize, usize)>;

/// The comma-separated chunks of the words before a cue, right to left
/// (`toks[floor..end]`, trimmed of closing punctuation and a parenthesis
/// after a name: "Wu Ken, the Chinese ambassador to Germany,"), and
/// whether a comma (or a quotation ending in one) closed them, and where
/// the phrase's words end.
fn chunks_before(toks: Sentence<'_>, floor: usize, end: usize) -> Option<(Chunks, bool, usize)> {
    let text = toks.text;
    // a speaker phrase is never longer than this many tokens: bounded work
    let floor = floor.max(end.saturating_sub(MAX_PHRASE_TOKENS));
    let mut end = end;
    let closes = |t: &Token| t.is_punct(',') || t.is_dash() && !t.is_punct('-');
    while end > floor && closes(&toks[end - 1]) {
        end -= 1;
    }
    // (a quotation ending in its comma closes a chunk as a comma does:
    // "Humphrey, who calls Trump a “sociopath,” said")
    let quote_comma = |t: &Token| quote_ends_in_comma(text, t);
    let mut closed_by_quote = false;
    if end > floor + 1 && quote_comma(&toks[end - 1]) && toks[end - 2].is_word() {
        end -= 1;
        closed_by_quote = true;
    }
    // "Wu Ken, the ambassador, said": an appositive is closed by a comma;
    // "Clinton, a top aide said, …": without one, the description speaks
    let closed_by_comma = closed_by_quote || end < toks.len() && closes(&toks[end]);
    // a parenthesis after the name: "Sen. Marco Rubio (R-Fla.) said"
    if end > floor && toks[end - 1].is_punct(')') {
        if let Some(open) = (end.saturating_sub(10).max(floor)..end - 1)
            .rev()
            .find(|&k| toks[k].is_punct('('))
        {
            end = open;
        }
    }
    if end <= floor {
        return None;
    }
    // comma-separated chunks, right to left: "Wu Ken, the Chinese ambassador to Germany,"
    let mut chunks: Vec<(usize, usize)> = Vec::new();
    let mut hi = end;
    let mut i = end;
    while i > floor {
        i -= 1;
        let t = &toks[i];
        if t.is_punct(',') || t.is_dash() && !t.is_punct('-') || quote_comma(t) && i + 1 < end {
            chunks.push((i + 1, hi));
            hi = i;
        } else if !t.is_word()
            && !t.is_punct('.')
            && !t.is_punct('&')
            && !t.is_punct('%')
            && !t.is_punct('$')
            && !t.is_punct('€')
            && !t.is_punct('£')
            && !t.is_punct('\'')
            && !t.is_punct('’')
            // a hyphen inside a word: "the U.S.-based Centre"
            && !(t.is_punct('-')
                && i > floor
                && i + 1 < hi
                && toks[i - 1].span.end == t.span.start
                && t.span.end == toks[i + 1].span.start)
            // a party and state in parentheses before a comma: "Rep. Zoe
            // Lofgren (D-Calif.), who …, said" (not "(UPI) —")
            && !(t.is_punct(')') && toks.get(i + 1).is_some_and(|n| n.is_punct(',')))
            && !(t.is_punct('(') && i + 1 < hi && toks[i + 1..hi].iter().any(|n| n.is_punct(')')))
        {
            break;
        }
        if chunks.len() > 5 {
            break;
        }
    }
    if i == floor && !(toks[floor].is_punct(',') || toks[floor].is_dash()) {
        chunks.push((floor, hi));
    } else if hi > i + 1 {
        chunks.push((i + 1, hi));
    }
    // a party and state in parentheses ends a chunk it does not name:
    // "Rep. Zoe Lofgren (D-Calif.), who …, said"
    for c in chunks.iter_mut() {
        let (lo, hi) = *c;
        if hi > lo + 1 && toks[hi - 1].is_punct(')') {
            if let Some(open) = (lo..hi - 1).rev().find(|&k| toks[k].is_punct('(')) {
                *c = (lo, open);
            }
        }
    }
    Some((chunks, closed_by_comma, end))
}
