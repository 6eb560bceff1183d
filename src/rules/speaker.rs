//! Speaker phrases: the words that name who speaks, split into name, role
//! and organisation.
//!
//! "the Hudson Institute’s Rob Spalding, a retired Air Force general" gives
//! the name "Rob Spalding", the organisation "Hudson Institute" and the role
//! "retired Air Force general"; "Foreign Ministry spokeswoman Hua Chunying"
//! gives "Hua Chunying", "Foreign Ministry" and "spokeswoman".

use crate::record::EntityKind;
use crate::text::words::{Token, QUOTE};
use crate::vocab::lexicon::{
    Gender, GIVEN_NAMES, HONORIFICS, ORG_WORDS, PRONOUNS, ROLE_NOUNS, TITLES,
};
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;

/// What sort of words name the speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PhraseKind {
    /// A proper name, possibly with titles ("Sen. Elizabeth Warren").
    Name,
    /// A pronoun ("he", "they", "who").
    Pronoun,
    /// A description ("a spokeswoman for the ministry", "officials").
    Description,
}

/// A parsed speaker phrase.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct SpeakerPhrase {
    pub kind: PhraseKind,
    /// The mention: the name, pronoun or description (without appositive).
    pub mention: Span,
    /// The proper name inside the mention, titles and possessives removed.
    pub name: Option<Span>,
    /// All the phrase covers, appositive included.
    pub whole: Span,
    pub organization: Option<String>,
    pub role: Option<String>,
    pub entity: EntityKind,
    pub gender: Gender,
    pub plural: bool,
    /// A description whose head is not a known role noun ("the narrator"):
    /// trusted only beside an unmistakable verb of speech.
    pub generic: bool,
}

impl SpeakerPhrase {
    /// A description of people spanning `mention`: a group when plural
    /// ("47%", "those surveyed", "the aides"), else a person ("one reader").
    pub(crate) fn people(mention: Span, plural: bool, generic: bool) -> SpeakerPhrase {
        let entity = if plural {
            EntityKind::Group
        } else {
            EntityKind::Person
        };
        SpeakerPhrase::description(mention, entity, Gender::Unknown, plural, generic)
    }

    /// This phrase as the antecedent of the relative pronoun at `who`
    /// ("Bernie Sanders, who said …", "the voters who say …"): the pronoun is
    /// the mention, and a description keeps its words as the name.
    fn through_relative(mut self, who: Span) -> SpeakerPhrase {
        if self.kind == PhraseKind::Description {
            self.name = Some(self.mention);
        }
        self.mention = who;
        self.whole = Span::new(self.whole.start, who.end);
        self
    }

    /// A pronoun ("he", "her", "their") spanning `mention`.
    pub(crate) fn pronoun(
        mention: Span,
        entity: EntityKind,
        gender: Gender,
        plural: bool,
    ) -> SpeakerPhrase {
        let mut p = SpeakerPhrase::description(mention, entity, gender, plural, false);
        p.kind = PhraseKind::Pronoun;
        p
    }

    /// A description ("the two", "43 percent", "the narrator") spanning `mention`.
    pub(crate) fn description(
        mention: Span,
        entity: EntityKind,
        gender: Gender,
        plural: bool,
        generic: bool,
    ) -> SpeakerPhrase {
        SpeakerPhrase {
            kind: PhraseKind::Description,
            mention,
            name: None,
            whole: mention,
            organization: None,
            role: None,
            entity,
            gender,
            plural,
            generic,
        }
    }
}

/// The longest speaker phrase, appositive included, in tokens.
const MAX_PHRASE_TOKENS: usize = 60;

/// The longest description before its "of …", "familiar with …" or
/// "released …", in tokens: the prefix parsed for it is no longer, which
/// bounds the work on long chains ("the thing of stuff of stuff …").
const MAX_HEAD_TOKENS: usize = 8;

/// The last `MAX_HEAD_TOKENS` tokens of `toks[..k]`.
fn head_before(toks: &[Token], k: usize) -> &[Token] {
    &toks[k.saturating_sub(MAX_HEAD_TOKENS)..k]
}

const RELATIVES: &[&str] = &["who", "which", "whose", "whom", "where", "that"];

/// A personal pronoun that can be the subject of a cue right after it
/// ("he said", "she now says").
pub(crate) fn is_subject_pronoun(w: &str) -> bool {
    Class::SubjectPronoun.holds(w)
}

/// Whether `t` is a quotation whose words end in a comma (“…,”): it closes
/// a clause or a chunk as a comma does.
pub(crate) fn quote_ends_in_comma(text: &str, t: &Token) -> bool {
    t.is_punct(QUOTE) && crate::marks::glyphs::trim_marks_end(&text[t.span]).ends_with(',')
}

/// A word without its contracted verb: "who's" and "who’d" are "who".
fn uncontracted(w: &str) -> &str {
    w.split(['\'', '’']).next().unwrap_or(w)
}

pub(crate) fn is_determiner(w: &str) -> bool {
    w.len() <= 7 && Class::SpeakerDeterminer.holds_any_case(w)
}

fn is_particle(w: &str) -> bool {
    Class::NameParticle.holds(w)
}

/// Strips a possessive `’s` / `'s` / trailing `’`.
pub(crate) fn strip_possessive(w: &str) -> &str {
    for suffix in ["’s", "'s", "’S", "'S"] {
        if let Some(s) = w.strip_suffix(suffix) {
            return s;
        }
    }
    if let Some(s) = w.strip_suffix('’').or_else(|| w.strip_suffix('\'')) {
        if s.ends_with('s') {
            return s;
        }
    }
    w
}

fn is_possessive(w: &str) -> bool {
    strip_possessive(w).len() != w.len()
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

/// Whether a capitalised word can be part of a name or organisation.
fn is_name_word(text: &str, t: &Token) -> bool {
    t.is_capitalized(text) || (t.is_word() && is_particle(t.text(text)))
}

/// Looks `w` up in a word list as it stands, then lowercased (without
/// allocating for the short ASCII words lists hold).
fn lookup_any_case<V: Copy>(map: &crate::vocab::lexicon::WordMap<V>, w: &str) -> Option<V> {
    if let Some(v) = map.get(w) {
        return Some(*v);
    }
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let mut buf = [0u8; 32];
    if w.len() > buf.len() || !w.is_ascii() {
        return map.get(w.to_lowercase().as_str()).copied();
    }
    buf[..w.len()].copy_from_slice(w.as_bytes());
    buf[..w.len()].make_ascii_lowercase();
    std::str::from_utf8(&buf[..w.len()])
        .ok()
        .and_then(|l| map.get(l).copied())
}

/// Whether `w` is a form of a cue verb that stops a description: any but
/// the bare form of one as often a noun ("campaign manager", "state
/// senator").
fn cue_verb_form(w: &str) -> bool {
    crate::vocab::lexicon::cue_verb(w)
        .is_some_and(|v| w != v.lemma || !Class::NounishLemma.holds(v.lemma))
}

/// Whether `w` heads a description of a speaker ("officials", "aide").
pub(crate) fn is_role_noun(w: &str) -> bool {
    role_noun(w).is_some()
}

/// Whether `w` (any case) is a role noun that names a person by office or
/// trade: not a party ("Republican") nor an institution ("County").
pub(crate) fn is_person_role_noun(w: &str) -> bool {
    role_noun(w).is_some() && !Class::PartyNoun.holds_ascii_lowercase(w) && !is_org_role_noun(w)
}

/// Whether `w` (any case) is a role noun that names an organisation ("the
/// company", "the city").
fn is_org_role_noun(w: &str) -> bool {
    Class::OrgRoleNoun.holds_ascii_lowercase(w)
}

/// The role noun entry for `w` (any case), if any.
pub(crate) fn role_noun(w: &str) -> Option<crate::vocab::lexicon::RoleNoun> {
    lookup_any_case(&ROLE_NOUNS, w).or_else(|| compound_role_noun(w))
}

/// A lowercase compound ending in a role noun of six letters or more after
/// three letters or more ("neurosurgeon", "co-founder", "grandmother"), or
/// an age as a noun ("the 46-year-old").
fn compound_role_noun(w: &str) -> Option<crate::vocab::lexicon::RoleNoun> {
    use crate::vocab::lexicon::{RoleNoun, ROLE_SUFFIXES};
    if w.len() < 9 || !w.is_ascii() || w.as_bytes()[0].is_ascii_uppercase() {
        return None;
    }
    if w.ends_with("-year-old") || w.ends_with("-year-olds") {
        return Some(RoleNoun {
            gender: Gender::Unknown,
            plural: w.ends_with('s'),
        });
    }
    let nouns = ROLE_SUFFIXES.get(&w[w.len() - 5..])?;
    nouns
        .iter()
        .find(|n| w.len() >= n.len() + 3 && w.ends_with(*n))
        .and_then(|n| ROLE_NOUNS.get(n).copied())
}

fn title_gender(w: &str) -> Option<Gender> {
    TITLES.get(w).or_else(|| HONORIFICS.get(w)).copied()
}

fn span_of(toks: &[Token]) -> Span {
    Span::new(toks[0].span.start, toks[toks.len() - 1].span.end)
}

fn text_of(text: &str, toks: &[Token]) -> String {
    text[span_of(toks)].to_string()
}

/// Splits an appositive ("a retired Air Force general", "a political
/// scientist at Christopher Newport University") into role and organisation.
pub(crate) fn parse_appositive(text: &str, toks: &[Token]) -> (Option<String>, Option<String>) {
    let mut toks = toks;
    // cut at a relative clause: "a detective who has been chasing ..."
    if let Some(p) = toks
        .iter()
        .position(|t| t.is_word() && RELATIVES[..3].contains(&t.text(text)))
    {
        toks = &toks[..p];
    }
    if toks.is_empty() {
        return (None, None);
    }
    let first = toks[0].text(text);
    if first.chars().all(|c| c.is_ascii_digit()) {
        return (None, None); // an age: "Quina Jones, 25,"
    }
    if first == "of" || first == "from" {
        // "of the campaign group Culture Unstained"
        let org = capital_run_from(text, &toks[1..]);
        return (None, org);
    }
    if Class::Article.holds(first.to_ascii_lowercase().as_str()) {
        toks = &toks[1..];
    }
    if toks.is_empty() {
        return (None, None);
    }
    // "political scientist at Christopher Newport University in X's district"
    for (i, t) in toks.iter().enumerate() {
        let w = t.text(text);
        if i > 0 && Class::AppositivePreposition.holds(w) {
            if let Some(org) = capital_run_from(text, &toks[i + 1..]) {
                let role = text_of(text, &toks[..i]);
                return (Some(role), Some(org));
            }
        }
    }
    (Some(text_of(text, toks)), None)
}

/// The capitalised run (an organisation) at the start of `toks`, after an
/// optional "the", up to the first word that is not part of it.
fn capital_run_from(text: &str, toks: &[Token]) -> Option<String> {
    let mut i = 0;
    if toks
        .first()
        .is_some_and(|t| t.text(text).eq_ignore_ascii_case("the"))
    {
        i = 1;
    }
    let start = i;
    while i < toks.len() {
        let t = &toks[i];
        let w = t.text(text);
        if t.is_capitalized(text)
            || (i > start
                && Class::NameRunJoiner.holds(w)
                && toks.get(i + 1).is_some_and(|n| n.is_capitalized(text)))
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
        let tail_start = toks.iter().position(|t| t.is_capitalized(text))?;
        let rest = &toks[tail_start..];
        let end = rest
            .iter()
            .position(|t| !t.is_capitalized(text))
            .unwrap_or(rest.len());
        if end == 0 {
            return None;
        }
        return Some(strip_possessive(&text_of(text, &rest[..end])).to_string());
    }
    Some(strip_possessive(&text_of(text, &toks[start..i])).to_string())
}

/// Parses a proper-name run `toks` (capitalised words with titles and a
/// possessive organisation before the name).
fn parse_name_run(text: &str, toks: &[Token], mention: Span, whole: Span) -> Option<SpeakerPhrase> {
    let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
    let mut start = 0;
    if words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        start = 1;
    }
    let mut organization = None;
    let mut role_parts: Vec<Span> = Vec::new();
    let mut gender = Gender::Unknown;
    // a possessive organisation: "the Hudson Institute’s Rob Spalding"
    if let Some(p) = words[..words.len().saturating_sub(1)]
        .iter()
        .rposition(|w| is_possessive(w))
    {
        if p >= start {
            let org = text_of(text, &toks[start..=p]);
            organization = Some(strip_possessive(&org).to_string());
            start = p + 1;
        }
    }
    // a party before a given name is a role: "Democrat Hillary Clinton"
    // (but "Republican National Committee" is a name)
    if words.len() > start + 2
        && Class::PartyAdjective.holds(words[start])
        && (GIVEN_NAMES.contains_key(words[start + 1]) || title_gender(words[start + 1]).is_some())
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
    let capitalised_role = |x: usize, w: &str| {
        let rest = &words[start + x + 1..];
        (2..=3).contains(&rest.len())
            && role_noun(w).is_some()
            && !ORG_WORDS.contains(w)
            && rest.iter().all(|r| {
                r.starts_with(char::is_uppercase)
                    && !ORG_WORDS.contains(strip_possessive(r))
                    && role_noun(r).is_none()
                    && title_gender(r).is_none()
            })
    };
    let last_title = words[start..].iter().enumerate().rposition(|(x, w)| {
        let lowercase = w.chars().next().is_some_and(char::is_lowercase);
        title_gender(w).is_some()
            || role_noun(w).is_some() && (lowercase || capitalised_role(x, w))
            || x == 0 && start == 1 && lowercase && words.len() > 2
    });
    let mut name_start = start;
    if let Some(lt) = last_title {
        let lt = start + lt;
        if lt + 1 < words.len() {
            // everything before the title that holds an org word is the organisation
            let prefix = &toks[start..lt];
            let title_from = prefix
                .iter()
                .rposition(|t| !(title_gender(t.text(text)).is_some() || t.is_lowercase(text)))
                .map_or(start, |p| start + p + 1);
            let pre = &toks[start..title_from];
            if !pre.is_empty() {
                let pre_text = text_of(text, pre);
                if pre
                    .iter()
                    .any(|t| ORG_WORDS.contains(t.text(text)) || is_acronym(t.text(text)))
                    && organization.is_none()
                {
                    organization = Some(pre_text);
                } else {
                    role_parts.push(span_of(pre));
                }
            }
            for w in &words[title_from..=lt] {
                if let Some(g) = title_gender(w) {
                    if g != Gender::Unknown {
                        gender = g;
                    }
                }
                if let Some(r) = role_noun(w) {
                    if r.gender != Gender::Unknown {
                        gender = r.gender;
                    }
                }
            }
            let honorific_only = words[title_from..=lt]
                .iter()
                .all(|w| HONORIFICS.contains_key(w));
            if !honorific_only {
                role_parts.push(span_of(&toks[title_from..=lt]));
            }
            name_start = lt + 1;
        }
    }
    let name_toks = &toks[name_start..];
    if name_toks.is_empty() {
        return None;
    }
    let first = name_toks[0].text(text);
    let is_org = organization.is_none()
        && role_parts.is_empty()
        && (name_toks
            .iter()
            .any(|t| ORG_WORDS.contains(strip_possessive(t.text(text))))
            || (name_toks.len() == 1 && is_acronym(first)));
    if gender == Gender::Unknown {
        if let Some(&g) = GIVEN_NAMES.get(first) {
            gender = g;
        }
    }
    let name = span_of(name_toks);
    let name = Span::new(name.start, name.start + strip_possessive(&text[name]).len());
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
        entity: if is_org {
            EntityKind::Organization
        } else {
            EntityKind::Person
        },
        gender: if is_org { Gender::Neuter } else { gender },
        plural: false,
        generic: false,
    })
}

/// Parses the speaker phrase that ends right before `toks[end]` (the cue,
/// after auxiliaries and adverbs were skipped by the caller), looking no
/// further left than `toks[floor]`.
pub(crate) fn parse_before(
    text: &str,
    toks: &[Token],
    floor: usize,
    end: usize,
) -> Option<SpeakerPhrase> {
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
    let (first_lo, first_hi) = *chunks.first()?;
    if first_lo >= first_hi {
        return None;
    }
    // "…, as an American diplomat put it, …": the parenthetical holds its
    // own subject, whatever stands before it
    if first_hi > first_lo + 1 && toks[first_lo].is_word() && toks[first_lo].text(text) == "as" {
        if let Some(p) = parse_np_right(text, &toks[first_lo + 1..first_hi])
            .filter(|p| p.whole.start.min(p.mention.start) == toks[first_lo + 1].span.start)
        {
            return Some(p);
        }
    }
    // a relative clause in between: the name stands before it
    // ("the NHS Confederation, which represents ..., told")
    let mut pick = 0;
    // "Sen. Marco Rubio of Florida, who mused": the relative pronoun speaks,
    // standing for the name before it
    if first_hi == first_lo + 1 && toks[first_lo].text(text) == "who" {
        let who = toks[first_lo].span;
        // (a person stands for "who": past a head that names no one, the
        // name at the end of the chunk: "an awkward situation for Clinton,
        // who …")
        let antecedent = chunks
            .get(1)
            .filter(|&&(lo, hi)| lo < hi)
            .and_then(|&(lo, hi)| {
                let p = parse_np_right(text, &toks[lo..hi])?;
                if !(p.kind == PhraseKind::Description && p.generic) {
                    return Some(p);
                }
                let mut n = hi;
                while n > lo && (toks[n - 1].is_capitalized(text) || toks[n - 1].is_punct('.')) {
                    n -= 1;
                }
                (n < hi && n > lo)
                    .then(|| parse_np_right(text, &toks[n..hi]))
                    .flatten()
                    .filter(|q| q.kind == PhraseKind::Name)
                    .or(Some(p))
            });
        return Some(match antecedent {
            Some(p) => p.through_relative(who),
            None => SpeakerPhrase::pronoun(who, EntityKind::Unknown, Gender::Unknown, false),
        });
    }
    // a restrictive relative: "Voters who say …", "the respondents who
    // support …": the noun phrase before "who" is who speaks
    if first_hi >= first_lo + 2 && toks[first_hi - 1].is(Class::ThatWhichWho) {
        let who = toks[first_hi - 1].span;
        if let Some(p) = parse_np_right(text, &toks[first_lo..first_hi - 1])
            .filter(|p| p.whole.end == toks[first_hi - 2].span.end && p.kind != PhraseKind::Pronoun)
        {
            return Some(p.through_relative(who));
        }
    }
    // an object relative with its own subject speaks for itself: "NAFTA,
    // which Trump had called a “disaster”", "Bannon, who Beck called …"
    let (lo0, hi0) = chunks[0];
    if hi0 > lo0 + 1 && toks[lo0].is(Class::RelativePronoun) {
        if let Some(p) = parse_np_right(text, &toks[lo0 + 1..hi0]).filter(|p| {
            p.whole.start.min(p.mention.start) == toks[lo0 + 1].span.start
                && matches!(p.kind, PhraseKind::Name | PhraseKind::Pronoun)
        }) {
            return Some(p);
        }
    }
    if let Some(r) = chunks.iter().position(|&(lo, hi)| {
        lo < hi && RELATIVES[..3].contains(&uncontracted(toks[lo].text(text)))
    }) {
        // the chunks between the cue and the relative clause belong to it when
        // they are a list ("…, which represents England, Wales and Northern
        // Ireland, told"); otherwise the nearest chunk is the subject, a lone
        // pronoun always ("…, which is an outcome, he said")
        let list = chunks[..r].iter().all(|&(lo, hi)| {
            let pronoun = hi == lo + 1 && PRONOUNS.contains_key(toks[lo].text(text));
            !pronoun
                && (toks[lo..hi]
                    .iter()
                    .any(|t| t.is_word() && t.is(Class::AndOr))
                    || toks.get(lo).is_some_and(|t| t.is_lowercase(text)))
        });
        // the nearest chunk is the relative clause's own verb phrase, past an
        // appositive inside it: "Rubio, whose hometown, Miami, is flooding, argues"
        let predicate =
            r > 0 && lo0 < hi0 && toks[lo0].is_word() && toks[lo0].is(Class::FiniteAuxiliary);
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
            lo < hi && toks[lo].is_lowercase(text) && is_aside_opener(toks[lo].text(text))
        }) {
            // (a titled name is no place: "…, after winning Ohio, Gov. John
            // Kasich (R-OH), said")
            let places = chunks[..r].iter().all(|&(lo, hi)| {
                hi - lo <= 3
                    && toks[lo..hi]
                        .iter()
                        .all(|t| t.is_capitalized(text) || t.is_punct('.'))
                    && !toks[lo..hi]
                        .iter()
                        .any(|t| title_gender(t.text(text)).is_some())
            });
            if places && r + 1 < chunks.len() {
                pick = r + 1;
                aside = true;
                // past a party and state: "Rubio, R-Fla., appearing on Fox, said"
                while pick + 1 < chunks.len()
                    && is_party_designation(text, &toks[chunks[pick].0..chunks[pick].1])
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
            && (toks[lo].is(Class::ReflexivePronoun)
                || toks[lo].is_lowercase(text)
                    && (toks[lo].text(text).ends_in_ing()
                        || toks[lo].text(text) == "clad"
                        || toks[lo].text(text).ends_in_ed()
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
                    .all(|t| t.is_capitalized(text) || !t.is_word())
                    && dlo < dhi
                    && nlo < nhi
                    && is_determiner(toks[dlo].text(text))
                    && toks[dhi - 1].is_lowercase(text)
                    && looks_appositive(text, &toks[dlo..dhi])
                    && parse_np_right(text, &toks[nlo..nhi]).is_some_and(|p| {
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
        while pick + 1 < chunks.len() {
            let (lo, hi) = chunks[pick];
            // "Cory James, 22, of Flint, Mich., said": a place after "of X,"
            let (nlo, nhi) = chunks[pick + 1];
            // or after "a nurse in Dover," ("…, a nurse in Dover, Del., said")
            let ends_in_place = || {
                (nlo..nhi).rev().take(4).any(|x| {
                    toks[x].is(Class::FromInOf)
                        && x + 1 < nhi
                        && toks[x + 1..nhi].iter().all(|t| t.is_capitalized(text))
                })
            };
            let place = hi - lo <= 2
                && nlo < nhi
                && toks[lo].is_capitalized(text)
                && (toks[nlo].is(Class::FromInOf) || ends_in_place());
            if place || is_party_designation(text, &toks[lo..hi]) {
                pick += 1;
                continue;
            }
            if lo >= hi || !looks_appositive(text, &toks[lo..hi]) {
                break;
            }
            // the chunk before must be a noun phrase from its first word
            // (after "as": "Or, as Tom Ridge, a former secretary, put it")
            let (plo, phi) = chunks[pick + 1];
            let np_from = if plo + 1 < phi && toks[plo].is(Class::As) {
                plo + 1
            } else {
                plo
            };
            let whole_np = plo < phi
                && parse_np_right(text, &toks[plo..phi]).is_some_and(|p| {
                    p.whole.start.min(p.mention.start) <= toks[np_from].span.start
                });
            // a chain of appositives: "Mike Shields, president of the Fund, a
            // super PAC allied with House leaders, said"
            let chained =
                plo < phi && pick + 2 < chunks.len() && looks_appositive(text, &toks[plo..phi])
                    || (plo < phi
                        && pick + 2 < chunks.len()
                        && toks[plo].is_lowercase(text)
                        && role_noun(toks[plo].text(text)).is_some());
            if !whole_np && !chained {
                break;
            }
            pick += 1;
        }
    }
    let (lo, hi) = *chunks.get(pick)?;
    if lo >= hi {
        return None;
    }
    // a relative clause without commas: "People who have battled the
    // threats say": the noun phrase before "who" speaks
    let relative =
        (lo + 1..hi.saturating_sub(1)).find(|&r| toks[r].is_word() && toks[r].is(Class::WhoWhose));
    // (a "who" that opens no relative clause of the subject, as in "over
    // who supported which bill that Gov. Chris Christie said", leaves the
    // noun phrase before the cue to speak)
    // (nor one whose clause gives the cue a subject pronoun of its own:
    // "the congressman who gained attention when he yelled “…”")
    let own_subject = hi >= lo + 2
        && toks[hi - 1].is_word()
        && is_subject_pronoun(toks[hi - 1].text(text))
        && !toks[hi - 2].is_punct(',');
    let before_relative = relative.filter(|_| !own_subject).and_then(|r| {
        let mut p = parse_np_right(text, &toks[lo..r])
            .filter(|p| p.whole.start.min(p.mention.start) == toks[lo].span.start)?;
        p.whole = Span::new(p.whole.start, toks[hi - 1].span.end);
        Some(p)
    });
    let mut phrase = match before_relative {
        Some(p) => p,
        None => parse_np_right(text, &toks[lo..hi])?,
    };
    if aside {
        phrase.whole = Span::new(phrase.whole.start, toks[end - 1].span.end);
    } else if pick > 0 {
        let (alo, ahi) = chunks[pick - 1];
        let appositive = &toks[alo..ahi];
        if !appositive.is_empty() && !RELATIVES[..3].contains(&appositive[0].text(text)) {
            let (role, org) = parse_appositive(text, appositive);
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
        if rhi == rlo + 1 && toks[rlo].is(Class::WhichWho) {
            let whole_end = phrase.whole.end;
            phrase = phrase.through_relative(toks[rlo].span);
            phrase.whole = Span::new(phrase.whole.start, whole_end.max(phrase.whole.end));
            return Some(phrase);
        }
    }
    // a description before the name: "the White House spokesman, Josh Earnest,"
    if phrase.kind == PhraseKind::Name && phrase.whole.start == toks[lo].span.start {
        if let Some(&(plo, phi)) = chunks.get(pick + 1) {
            let pre = &toks[plo..phi];
            // (a role: "The problem, Ms. Bigbee said, is …" describes no one)
            let described = !pre.is_empty()
                && parse_np_right(text, pre).is_some_and(|d| {
                    d.kind == PhraseKind::Description
                        && !d.generic
                        && d.whole.start.min(d.mention.start) <= pre[0].span.start
                        // (the whole chunk: "Officials soured on the plan,
                        // the Post reported" holds a clause)
                        && d.mention.end >= pre[pre.len() - 1].span.end
                });
            if described {
                if phrase.role.is_none() {
                    let (role, org) = parse_appositive(text, pre);
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

/// Whether a chunk is a party and state after a politician's name: "R-Ky.",
/// "D-Calif.", "I-Vt" (the word, and its period if it stands apart).
fn is_party_designation(text: &str, chunk: &[Token]) -> bool {
    let Some((first, rest)) = chunk.split_first() else {
        return false;
    };
    let b = first.text(text).as_bytes();
    rest.iter().all(|t| t.is_punct('.'))
        && b.len() >= 4
        && b.len() <= 8
        && matches!(b[0], b'R' | b'D' | b'I')
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && b[3..].iter().all(|c| c.is_ascii_alphabetic() || *c == b'.')
}

/// Words that open a parenthetical between a subject and its verb: a
/// preposition of time or place, or an adverb ("during a town hall", "in a
/// statement", "after a long pause", "also campaigning in Ohio").
fn is_aside_opener(w: &str) -> bool {
    Class::AsideOpener.holds(w) || (w.len() > 4 && w.ends_in_ly())
}

/// Whether a chunk names a role by whose it is: "Rivers’ campaign manager",
/// "President Ruiz's former chief of staff": capitalised words up to a
/// possessive among the first three, then a role noun.
fn possessive_role(text: &str, toks: &[Token]) -> bool {
    let Some(p) = (0..toks.len().min(3)).find(|&p| {
        let t = &toks[p];
        t.is_capitalized(text)
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
        .all(|t| t.is_capitalized(text) || t.is_punct('.'))
        && toks[p + 1..]
            .iter()
            .any(|t| t.is_lowercase(text) && role_noun(t.text(text)).is_some())
}

/// Whether a chunk looks like an appositive rather than a speaker: it starts
/// with a determiner, a number or "of".
fn looks_appositive(text: &str, toks: &[Token]) -> bool {
    let w = toks[0].text(text);
    is_determiner(w) && !w.eq_ignore_ascii_case("his") && !w.eq_ignore_ascii_case("her")
        || w.chars().all(|c| c.is_ascii_digit())
        // "now 81 and retired in Cambridge", "then a senator"
        || Class::FormerAdverb.holds(w)
        || w == "of"
        || w == "from"
        || (toks[0].is_lowercase(text) && toks.iter().any(|t| role_noun(t.text(text)).is_some()))
        // "Sanders’ campaign manager", "the mayor’s chief of staff"
        || possessive_role(text, toks)
        || (toks.len() <= 3
            && toks
                .iter()
                .all(|t| t.is_lowercase(text) && !PRONOUNS.contains_key(t.text(text))))
        || (toks[0].is_lowercase(text) && (w.ends_in_ing() || w.ends_in_ed()) && w.len() > 4)
        || (toks.len() >= 2
            && is_possessive(w)
            && toks[1].is_lowercase(text)
            && role_noun(toks[1].text(text)).is_some())
}

/// Parses the noun phrase at the right end of `toks` (a chunk with no commas).
pub(crate) fn parse_np_right(text: &str, toks: &[Token]) -> Option<SpeakerPhrase> {
    let n = toks.len();
    let last = toks.last()?;
    // a conjunction opening the sentence is no part of the phrase: "But
    // security experts say …", "And voters say …"
    if n >= 2 && toks[0].is_word() && toks[0].is(Class::SentenceConjunction) {
        return parse_np_right(text, &toks[1..]).map(|mut p| {
            // (the phrase still starts where its words do, for callers
            // that look for one there)
            if p.whole.start.min(p.mention.start) == toks[1].span.start {
                p.whole = Span::new(toks[0].span.start, p.whole.end);
            }
            p
        });
    }
    // "Nearly half", "Only 8 percent", "just 36 percent of Democrats"
    // (compared without lowercasing a copy of every phrase head before "of")
    let one_of = |t: &Token, class: Class| class.holds_ascii_lowercase(t.text(text));
    if n >= 2 && one_of(&toks[0], Class::Approximator) {
        if n == 2 && one_of(&toks[1], Class::ApproximatedGroup) {
            return Some(SpeakerPhrase::people(span_of(toks), true, false));
        }
        if let Some(mut p) = parse_np_right(text, &toks[1..]).filter(|p| {
            p.kind == PhraseKind::Description && p.plural && p.whole.start == toks[1].span.start
        }) {
            p.mention = Span::new(toks[0].span.start, p.mention.end);
            p.whole = Span::new(toks[0].span.start, p.whole.end);
            return Some(p);
        }
    }
    // "two in three", "eight in 10 Democratic voters overall"
    if let Some(p) = one_in_n(text, toks) {
        return Some(p);
    }
    // a share as polls give it: "47%", "Most", "Many"
    let digits = |t: &Token| t.is_word() && t.text(text).bytes().all(|b| b.is_ascii_digit());
    let percent = last.is_punct('%') && n >= 2 && digits(&toks[n - 2]);
    // ("three-quarters", "two-thirds")
    let fraction = n == 1 && is_fraction(last.text(text));
    let lone_share = fraction || n == 1 && last.is(Class::GroupQuantifier);
    // "those surveyed", "those polled"
    let those = n == 2
        && toks[0].text(text).eq_ignore_ascii_case("those")
        && last.is_lowercase(text)
        && last.text(text).ends_in_ed();
    if those {
        return Some(SpeakerPhrase::people(span_of(toks), true, false));
    }
    // "Another tweeted", "read one": one more of the people or things
    // just quoted ("Still another said"; "Yet another", "And another" lose
    // their conjunction at the top of this function)
    let opener = n == 2 && toks[0].text(text) == "Still";
    if (n == 1 || opener) && last.is(Class::OneAnother) {
        return Some(SpeakerPhrase::people(last.span, false, false));
    }
    // one person by two roles: "the Florida senator and Republican
    // presidential candidate"
    if let Some(a) =
        (2..n.saturating_sub(1)).find(|&a| toks[a].is_word() && toks[a].text(text) == "and")
    {
        let first = parse_np_right(text, &toks[..a]);
        let shared_determiner =
            toks[0].is_word() && toks[0].is(Class::The) && !is_determiner(toks[a + 1].text(text));
        if shared_determiner
            && first.is_some_and(|p| {
                p.kind == PhraseKind::Description
                    && p.whole.start == toks[0].span.start
                    && !p.plural
            })
        {
            if let Some(mut second) = parse_np_right(text, &toks[a + 1..]).filter(|p| {
                p.kind == PhraseKind::Description
                    && !p.plural
                    && p.whole.start == toks[a + 1].span.start
            }) {
                second.mention = Span::new(toks[0].span.start, second.mention.end);
                second.whole = Span::new(toks[0].span.start, second.whole.end);
                return Some(second);
            }
        }
    }
    if percent || lone_share {
        let from = if percent { n - 2 } else { 0 };
        return Some(SpeakerPhrase::people(span_of(&toks[from..]), true, false));
    }
    if !last.is_word() {
        return None;
    }
    let lw = last.text(text);
    // pronoun
    if let Some(p) = lookup_any_case(&PRONOUNS, lw).as_ref() {
        if lw == "I"
            || lw.chars().next().is_some_and(char::is_lowercase)
            || n == 1
            || !toks[n - 2].is_word()
            || (toks[n - 2].is_word() && !toks[n - 2].is_capitalized(text))
        {
            let entity = if p.gender == Gender::Neuter {
                EntityKind::Organization
            } else if p.plural {
                EntityKind::Group
            } else {
                EntityKind::Person
            };
            return Some(SpeakerPhrase::pronoun(
                last.span, entity, p.gender, p.plural,
            ));
        }
    }
    // "one of those advisers", "some of the donors": a partitive of a group
    if n >= 3 && toks[1].text(text) == "of" && toks[0].is_word() {
        let w0 = toks[0].text(text).to_ascii_lowercase();
        if Class::PartitiveHead.holds(w0.as_str()) || is_fraction(&w0) {
            // "some of them", "many of us": people just named
            if n == 3 && toks[2].is(Class::ThemThoseUs) {
                return Some(SpeakerPhrase::people(
                    span_of(toks),
                    w0 != "one" && w0 != "each",
                    false,
                ));
            }
            let group = parse_np_right(text, &toks[2..])?;
            if group.kind != PhraseKind::Description || !group.plural {
                return None;
            }
            let plural = w0 != "one" && w0 != "each" && w0 != "none";
            let mut p = SpeakerPhrase::people(span_of(toks), plural, false);
            p.organization = group.organization;
            return Some(p);
        }
    }
    // "a spokesman for committee Democrats", "an aide to Sen. Ann Ruiz": a
    // description, and what it works for
    if last.is_capitalized(text) && n >= 3 {
        if let Some(prep) = (n.saturating_sub(6).max(1)..n - 1)
            .rev()
            .find(|&k| toks[k].is_word() && toks[k].is(Class::RolePreposition))
        {
            // a titled office before a person: "Secretary of State John
            // Kerry", "Chief of Staff Denis McDonough" (the person speaks)
            // ("Speaker of the House Rep. Paul Ryan": "the" after "of", and
            // a title of the person's own)
            let the = usize::from(
                toks.get(prep + 1)
                    .is_some_and(|t| t.is_word() && t.text(text) == "the"),
            );
            let person = (toks[prep].text(text) == "of"
                && toks[..prep]
                    .iter()
                    .all(|t| t.is_capitalized(text) && TITLES.contains_key(t.text(text)))
                && toks[prep + 1 + the..]
                    .iter()
                    .all(|t| t.is_capitalized(text) || t.is_punct('.')))
            .then(|| {
                (prep + 2 + the..n - 1)
                    .find(|&g| GIVEN_NAMES.contains_key(toks[g].text(text)) && n - g <= 3)
            })
            .flatten();
            if let Some(g) = person {
                // (the person's own title starts the name run: "Rep.")
                let mut from = g;
                while from > prep + 2 + the && TITLES.contains_key(toks[from - 1].text(text)) {
                    from -= 1;
                }
                let all = span_of(toks);
                if let Some(mut p) = parse_name_run(text, &toks[g..], all, all) {
                    p.role = Some(text[span_of(&toks[..from])].to_string());
                    return Some(p);
                }
            }
            // (its head right before the preposition: not "A woman asked |
            // for a photo and Clinton")
            if let Some(mut outer) = parse_np_right(text, &toks[..prep]).filter(|p| {
                p.kind == PhraseKind::Description
                    && !p.generic
                    && !toks[..prep].iter().any(|t| {
                        t.span.start >= p.mention.end
                            && t.is_lowercase(text)
                            && crate::vocab::lexicon::cue_verb(t.text(text)).is_some()
                    })
            }) {
                let rest = span_of(&toks[prep + 1..]);
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
                    return Some(outer);
                }
            }
        }
    }
    // an office: "the secretary of state", "Clinton's chief of staff", "the
    // director of communications"
    if n >= 3 && last.is_lowercase(text) {
        let k = n - 2;
        let office = toks[k].is_word()
            && toks[k].text(text) == "of"
            && !is_function_word(lw)
            && !ROLE_NOUNS.contains_key(lw);
        if let Some(mut p) = office
            .then(|| parse_np_right(text, head_before(toks, k)))
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
            return Some(p);
        }
    }
    // "a statement released Friday", "a memo obtained by CNN": a
    // description, then how it came out
    if let Some(p) = described_by_participle(text, toks) {
        return Some(p);
    }
    // "a review by The Times", "an analysis by the Post": a document and
    // its author
    if let Some(p) = document_by(text, toks) {
        return Some(p);
    }
    // "a growing number of senators", "a majority of voters": a quantity of
    // a group is the group
    if let Some(p) = quantity_of_group(text, toks) {
        return Some(p);
    }
    // "critics of the plan", "leaders of both parties", "an aide to the
    // senator": a description and what it belongs to
    if let Some(p) = description_of(text, toks) {
        return Some(p);
    }
    // "a source familiar with the talks", "a person close to the campaign":
    // an anonymous source and what they know
    if let Some(p) = source_in_the_know(text, toks) {
        return Some(p);
    }
    // "a staffer in the room", "one woman at the rally": a description and
    // where the person stood; the place names no organisation
    if last.is_lowercase(text) && n >= 4 {
        let place = (n - 3..n - 2)
            .chain(n.saturating_sub(4).max(1)..n - 3)
            .find(|&k| {
                toks[k].is_word()
                    && toks[k].is(Class::LocationPreposition)
                    // (any determiner: "in both parties", "in all five states")
                    && is_determiner(toks[k + 1].text(text))
            });
        if let Some(prep) = place {
            let rest = &toks[prep + 2..];
            let plain = rest
                .iter()
                .all(|t| t.is_lowercase(text) && !is_function_word(t.text(text)));
            if let Some(mut outer) = parse_np_right(text, head_before(toks, prep)).filter(|p| {
                plain && p.kind == PhraseKind::Description && p.whole.end == toks[prep - 1].span.end
            }) {
                outer.whole = Span::new(outer.whole.start.min(outer.mention.start), last.span.end);
                return Some(outer);
            }
        }
    }
    // "Cruz himself said": the name, stressed
    if n >= 2 && Class::ReflexivePronoun.holds(lw) && toks[n - 2].is_capitalized(text) {
        let mut p = parse_np_right(text, &toks[..n - 1])?;
        p.whole = Span::new(p.whole.start, last.span.end);
        return Some(p);
    }
    // "Ann Beck of the Fairview Institute": a person, and where they work
    if let Some(p) = name_of_the_org(text, toks) {
        return Some(p);
    }
    // a capitalised role noun alone or after a lowercase word is a
    // description: "Democrats", "one senior Democrat"
    if is_name_word(text, last)
        && !((n == 1 || toks[n - 2].is_lowercase(text))
            && last.is_capitalized(text)
            && role_noun(lw).is_some()
            && !ORG_WORDS.contains(lw))
    {
        // the capitalised run, with lowercase titles between capitalised words
        let mut i = n - 1;
        while i > 0 {
            let t = &toks[i - 1];
            let w = t.text(text);
            let lowercase_title = t.is_lowercase(text)
                && (TITLES.contains_key(w) || role_noun(w).is_some())
                && i >= 2
                && toks[i - 2].is_capitalized(text);
            let joiner = t.is_word()
                && Class::AndForOf.holds(w)
                && i >= 2
                && toks[i - 2].is_capitalized(text);
            let line_break = text[t.span.end..toks[i].span.start].contains('\n');
            // a modifier of an acronym: "super PAC spokeswoman Kellyanne Conway"
            let acronym_modifier = t.is_lowercase(text)
                && is_acronym(toks[i].text(text))
                && !is_function_word(w)
                && !is_determiner(w)
                && !cue_verb_form(w);
            if !line_break
                && (is_name_word(text, t)
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
        let the_noun = |i: usize| {
            i >= 2
                && toks[i - 2].is(Class::The)
                && !is_function_word(toks[i - 1].text(text))
                && !cue_verb_form(toks[i - 1].text(text))
                && !toks[i - 1].text(text).ends_in_ly()
        };
        if i > 0
            && toks[i - 1].is_lowercase(text)
            && (role_noun(toks[i - 1].text(text)).is_some() || the_noun(i))
        {
            i -= 1;
            let mut modifiers = 0;
            while i > 0 && modifiers < 4 {
                let t = &toks[i - 1];
                let w = t.text(text);
                let modifier = t.is_lowercase(text)
                    && !is_determiner(w)
                    && !is_function_word(w)
                    && !cue_verb_form(w);
                if t.is_capitalized(text) && !Class::NonNameOpener.holds(w) || modifier {
                    modifiers += usize::from(modifier);
                    i -= 1;
                } else {
                    break;
                }
            }
        }
        // (a possessive determiner too: "his nephew Ali Soheil")
        let described = i < n && toks[i].is_lowercase(text);
        if i > 0
            && (toks[i - 1].is(Class::ArticleOrOne)
                || described && toks[i - 1].is(Class::PossessiveDeterminer))
        {
            i -= 1;
        }
        let run = &toks[i..];
        // a sentence-initial function word is not part of a name
        let skip = run
            .iter()
            .take_while(|t| {
                let w = t.text(text);
                t.is_capitalized(text)
                    && ((is_determiner(w) && !w.eq_ignore_ascii_case("the"))
                        || Class::NonNameOpener.holds(w))
            })
            .count();
        let run = &run[skip..];
        if run.is_empty() {
            return None;
        }
        let mention = span_of(run);
        let mut phrase = parse_name_run(text, run, mention, mention)?;
        // "former Fox News host Sam Reed": a role adjective before a titled name
        if skip == 0 && i > 0 && phrase.role.is_some() {
            let mut a = i;
            while a > 0 && i - a < 2 && toks[a - 1].is(Class::RoleAdjective) {
                a -= 1;
            }
            if a < i {
                let adjectives = span_of(&toks[a..i]);
                let role = phrase.role.take().unwrap_or_default();
                phrase.role = Some(format!("{} {role}", &text[adjectives]));
                phrase.mention = Span::new(adjectives.start, phrase.mention.end);
                phrase.whole = Span::new(adjectives.start, phrase.whole.end);
            }
        }
        // one adjective before the name, and nothing else: "embattled
        // Trump", "warm-and-fuzzy Trump" (the name is the mention)
        if skip == 0 && i == 1 && phrase.whole.start == toks[1].span.start {
            let w = toks[i - 1].text(text);
            if toks[i - 1].is_lowercase(text)
                && w.len() > 2
                && !is_determiner(w)
                && !is_function_word(w)
                && !cue_verb_form(w)
                && !PRONOUNS.contains_key(w)
                && !w.ends_in_ly()
            {
                phrase.whole = Span::new(toks[0].span.start, phrase.whole.end);
            }
        }
        return Some(phrase);
    }
    // a share of people, as polls report them: "43 percent", "one in three", "most"
    let share = lw.eq_ignore_ascii_case("percent")
        || lw.eq_ignore_ascii_case("everyone")
        || (lw
            .chars()
            .all(|c| c.is_ascii_digit() || c == '%' || c == '.')
            && lw.chars().any(|c| c.is_ascii_digit())
            && n >= 1)
        || Class::FractionWord.holds(lw) && n >= 3 && toks[n - 2].text(text) == "in"
        || (n == 1 && Class::GenericGroupHead.holds(lw));
    // "the two", "the three": a group named by its number
    let numbered =
        n >= 2 && Class::NumberWord.holds(lw) && toks[n - 2].text(text).eq_ignore_ascii_case("the");
    let group_from = if share {
        let mut lo = n - 1;
        while lo > 0
            && n - lo < 5
            && toks[lo - 1].is_word()
            && !is_function_word(toks[lo - 1].text(text))
            && !toks[lo - 1].is(Class::NonNameOpener)
            || (lo > 0 && n - lo < 5 && toks[lo - 1].is(Class::InOf))
        {
            lo -= 1;
        }
        Some(lo)
    } else {
        numbered.then(|| n - 2)
    };
    if let Some(lo) = group_from {
        return Some(SpeakerPhrase::people(span_of(&toks[lo..]), true, false));
    }
    // a description: "the clown", "a source", "officials", "a spokeswoman for the ministry"
    let head = match role_noun(lw) {
        Some(h) => h,
        None => return generic_description(text, toks),
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
        if Class::ThisThat.holds(w) && head.plural {
            break;
        }
        if is_determiner(w) {
            i -= 1;
            break;
        }
        if is_possessive(w) {
            i -= 1;
            // the owner's own modifiers: "the prime minister’s", "the
            // Clinton campaign’s", "Mr. Trump’s"
            let mut o = i;
            while o > 0 && i - o < 4 && (toks[o - 1].is_word() || toks[o - 1].is_punct('.')) {
                let v = toks[o - 1].text(text);
                if is_determiner(v)
                    || is_function_word(v)
                    || cue_verb_form(v)
                    || lookup_any_case(&PRONOUNS, v).is_some()
                {
                    break;
                }
                o -= 1;
            }
            let determined =
                o > 0 && toks[o - 1].is_word() && is_determiner(toks[o - 1].text(text));
            if determined {
                i = o - 1;
            } else if o < i
                && toks[o..i]
                    .iter()
                    .all(|t| t.is_capitalized(text) || t.is_punct('.'))
            {
                i = o;
            }
            break;
        }
        if lookup_any_case(&PRONOUNS, w).is_some()
            || cue_verb_form(w)
            || Class::NamePhraseStop.holds(w)
            // (nor a negated auxiliary: "The surge doesn't surprise pollster
            // Ann Lee")
            || w.ends_with("n't")
            || w.ends_with("n’t")
        {
            break;
        }
        // a verb is no modifier: "stood firm" (but a participle right after
        // a determiner is: "the unsigned opinion", "a retired general")
        let after_determiner =
            i >= 2 && toks[i - 2].is_word() && is_determiner(toks[i - 2].text(text));
        if t.is_lowercase(text)
            && (w.ends_in_ed() && !after_determiner || w == "stood" || w == "was" || w == "is")
            && role_noun(w).is_none()
        {
            break;
        }
        i -= 1;
        modifiers += 1;
    }
    let mut lo = i;
    // "a spokeswoman for the ministry": extend over "for|of|at" to a role noun
    if lo >= 2 {
        let prep = toks[lo - 1].text(text);
        if Class::OrgPreposition.holds(prep) {
            if let Some(outer) = parse_np_right(text, &toks[..lo - 1]) {
                if outer.kind == PhraseKind::Description {
                    let mut p = outer;
                    let org_span = span_of(&toks[lo..]);
                    let org = text[org_span].trim_start_matches("the ").to_string();
                    p.organization = Some(org);
                    p.mention = Span::new(p.mention.start, org_span.end);
                    p.whole = p.mention;
                    return Some(p);
                }
            }
        }
    }
    // bare singular common noun without determiner is rarely a speaker
    if lo == n - 1
        && !head.plural
        && !last.is_capitalized(text)
        && n > 1
        && !toks[n - 2].is_punct(',')
    {
        return None;
    }
    if lo == n - 1 && !head.plural && n == 1 {
        // "Another annotator" handled by determiner; a lone singular noun is not
        if !last.is_capitalized(text) {
            return None;
        }
    }
    while lo < n - 1 && !toks[lo].is_word() {
        lo += 1;
    }
    let mention = span_of(&toks[lo..]);
    let mut org = None;
    if let Some(p) = toks[lo..]
        .iter()
        .position(|t| is_possessive(t.text(text)) && t.is_capitalized(text))
    {
        org = Some(
            strip_possessive(&text_of(text, &toks[lo..=lo + p]))
                .trim_start_matches("the ")
                .to_string(),
        );
    }
    let is_group = head.plural;
    let org_like = is_org_role_noun(lw);
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

/// Whether `w` is a fraction in words: "two-thirds", "Three-quarters".
fn is_fraction(w: &str) -> bool {
    ["-thirds", "-quarters", "-fifths"]
        .iter()
        .any(|f| w.ends_with(f))
}

/// Whether `w` is a number in digits or a small one in words ("one" to "ten").
pub(crate) fn is_number_word(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
        || w.eq_ignore_ascii_case("one")
        || Class::NumberWord.holds_ascii_lowercase(w)
}

/// A share as polls give it, a number in a number: "Two in three", "eight in
/// 10 Democratic voters overall", "one in four of them" (the whole chunk).
fn one_in_n(text: &str, toks: &[Token]) -> Option<SpeakerPhrase> {
    let number = |t: &Token| t.is_word() && is_number_word(t.text(text));
    if toks.len() < 3 || !number(&toks[0]) || toks[1].text(text) != "in" || !number(&toks[2]) {
        return None;
    }
    // then who they are: "Democratic voters", "of those polled", and "overall"
    let fits = |rest: &[Token]| match rest {
        [] => true,
        [of, group @ ..] if of.text(text) == "of" => {
            !group.is_empty()
                && parse_np_right(text, group).is_some_and(|g| {
                    g.plural && g.whole.start.min(g.mention.start) == group[0].span.start
                })
        }
        group => parse_np_right(text, group).is_some_and(|g| {
            g.kind == PhraseKind::Description
                && g.plural
                && g.whole.start.min(g.mention.start) == group[0].span.start
        }),
    };
    let rest = &toks[3..];
    let qualified = rest
        .last()
        .is_some_and(|t| t.is(Class::PollParticiple) && fits(&rest[..rest.len() - 1]));
    (fits(rest) || qualified).then(|| SpeakerPhrase::people(span_of(toks), true, false))
}

/// "a growing number of senators", "a majority of voters", "hundreds of
/// protesters": a quantity noun (after a determiner and an adjective or
/// two), "of", and a group of people, who speak as one plural.
fn quantity_of_group(text: &str, toks: &[Token]) -> Option<SpeakerPhrase> {
    let n = toks.len();
    let k = (1..n.saturating_sub(1).min(5)).find(|&k| toks[k].text(text) == "of")?;
    // (compared without lowercasing a copy of every phrase head before "of")
    let head = toks[k - 1].text(text);
    let quantity = Class::QuantityNoun.holds_ascii_lowercase(head);
    let opened =
        k == 1 || is_determiner(toks[0].text(text)) || toks[0].text(text).eq_ignore_ascii_case("a");
    if !quantity || !opened || !toks[..k].iter().all(|t| t.is_word()) {
        return None;
    }
    let group = &toks[k + 1..];
    parse_np_right(text, group)
        .filter(|g| {
            g.kind == PhraseKind::Description
                && g.plural
                && g.whole.start.min(g.mention.start) == group[0].span.start
        })
        .map(|_| SpeakerPhrase::people(span_of(toks), true, false))
}

/// "critics of the plan", "leaders of both parties", "an aide to the
/// senator", "supporters of Mr. Ruiz’s bill": a description, then "of",
/// "for", "to" or "from" and a short noun phrase (a capitalised one names an
/// organisation, taken earlier).
fn description_of(text: &str, toks: &[Token]) -> Option<SpeakerPhrase> {
    let n = toks.len();
    let k = (1..n.saturating_sub(1))
        .find(|&k| toks[k].is_word() && toks[k].is(Class::DescriptionPreposition))?;
    let rest = &toks[k + 1..];
    let plain = rest.len() <= 6
        && rest.iter().all(|t| {
            let w = t.text(text);
            t.is_punct('’')
                || t.is_punct('\'')
                || t.is_punct('.')
                || t.is_word()
                    && (is_determiner(w)
                        || Class::OfThe.holds(w)
                        || !is_function_word(w)
                            && !cue_verb_form(w)
                            && lookup_any_case(&PRONOUNS, w).is_none())
        });
    if !plain {
        return None;
    }
    let mut p = parse_np_right(text, head_before(toks, k)).filter(|p| {
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
fn described_by_participle(text: &str, toks: &[Token]) -> Option<SpeakerPhrase> {
    let n = toks.len();
    if n < 2 {
        return None;
    }
    let k = (1..n).find(|&k| {
        let w = toks[k].text(text);
        toks[k].is_lowercase(text)
            && (w.len() > 4 && w.ends_in_ed() || Class::NonSpeakingParticiple.holds(w))
            && !Class::NamingParticiple.holds(w)
    })?;
    // (the participle may end the phrase: callers cut a time off its end,
    // "the report released | Friday said")
    let rest = &toks[k + 1..];
    let how = rest.first().map_or(true, |t| {
        t.is_word() && (t.is(Class::ParticipleModifier) || t.is_capitalized(text))
    });
    if !how {
        return None;
    }
    description_stretched(text, toks, k, k + 1, 10)
}

/// "a review by The Times", "a study by Harvard economists": a description
/// whose head is a role noun, then "by" and its author.
fn document_by(text: &str, toks: &[Token]) -> Option<SpeakerPhrase> {
    let k = (2..toks.len().saturating_sub(1))
        .find(|&k| toks[k].is_word() && toks[k].text(text) == "by")?;
    if !toks[k - 1].is_lowercase(text) || role_noun(toks[k - 1].text(text)).is_none() {
        return None;
    }
    description_stretched(text, toks, k, k + 1, 8)
}

/// The description that ends right before `toks[k]`, its phrase stretched
/// to the end of `toks` when `toks[rest..]` is a run of at most `max_rest`
/// words (no clause: no punctuation but periods and apostrophes).
fn description_stretched(
    text: &str,
    toks: &[Token],
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
    let mut p = parse_np_right(text, head_before(toks, k)).filter(|p| {
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
fn source_in_the_know(text: &str, toks: &[Token]) -> Option<SpeakerPhrase> {
    let n = toks.len();
    let k = (1..n.saturating_sub(2)).find(|&k| {
        toks[k].is_word()
            && toks[k + 1].is_word()
            && matches!(
                (toks[k].text(text), toks[k + 1].text(text)),
                ("familiar", "with")
                    | ("close", "to")
                    | ("briefed", "on")
                    | ("knowledgeable", "about")
                    | ("with", "knowledge")
                    | ("with", "direct")
                    | ("speaking", "to" | "with" | "on")
            )
    })?;
    // what they know is a short noun phrase
    description_stretched(text, toks, k, k + 2, 8)
}

/// "Ann Beck of the Fairview Institute", "Tom Ward from the Ohio State
/// University": a person's name, then "of/at/from the" and a capitalised
/// name, which is where they work. (Without "the", "Bank of America" is one
/// name, read as such by the name run.)
fn name_of_the_org(text: &str, toks: &[Token]) -> Option<SpeakerPhrase> {
    let n = toks.len();
    let p = (1..n.saturating_sub(2)).find(|&p| {
        toks[p].is_word() && toks[p].is(Class::AtFromOf) && toks[p + 1].text(text) == "the"
    })?;
    let org = &toks[p + 2..];
    let org_ok = org[0].is_capitalized(text)
        && org.last().is_some_and(|t| t.is_capitalized(text))
        && org.iter().all(|t| {
            t.is_capitalized(text)
                || t.is_punct('.')
                || t.is_punct('&')
                || t.is_word() && t.is(Class::AndForOf)
        });
    if !org_ok {
        return None;
    }
    let mut person = parse_np_right(text, &toks[..p]).filter(|q| {
        q.kind == PhraseKind::Name
            && q.entity == EntityKind::Person
            && q.whole.end == toks[p - 1].span.end
    })?;
    let org_span = span_of(org);
    if person.organization.is_none() {
        person.organization = Some(text[org_span].to_string());
    }
    person.whole = Span::new(person.whole.start, org_span.end);
    Some(person)
}

/// Function words that never sit inside a speaker description.
fn is_function_word(w: &str) -> bool {
    Class::FunctionWord.holds(w)
}

/// Whether a lowercase word is a plural noun of people by its ending
/// ("forecasters", "organizers", "economists", "residents", "attendees").
fn is_agent_plural(w: &str) -> bool {
    w.len() >= 6
        && ["ers", "ors", "ists", "ians", "ants", "ents", "ees"]
            .iter()
            .any(|e| w.ends_with(e))
        && !Class::ThingPlural.holds(w)
}

/// A description whose head noun is not in the role list: "the real estate
/// developer", "the narrator". A determiner, then up to four lowercase
/// content words, ending the chunk.
fn generic_description(text: &str, toks: &[Token]) -> Option<SpeakerPhrase> {
    let n = toks.len();
    let last = toks.last()?;
    // a verb is no head: "The company issued" (a statement …)
    if !last.is_lowercase(text)
        || last.text(text).len() < 3
        || last.text(text).ends_in_ly()
        || last.text(text).ends_in_ed()
        || is_function_word(last.text(text))
        || cue_verb_form(last.text(text))
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
        let lower = w.to_ascii_lowercase();
        // a quantifier before a plural: "Several prominent GOP elders"
        let plural_head = last.text(text).ends_with('s') && !last.text(text).ends_with("ss");
        let quantifier = plural_head && Class::GenericQuantifier.holds(lower.as_str());
        if Class::DescriptionDeterminer.holds(lower.as_str())
            || quantifier
            || (is_possessive(w) && t.is_capitalized(text))
        {
            let mention = Span::new(t.span.start, last.span.end);
            return Some(SpeakerPhrase::people(mention, plural_head, true));
        }
        // (a verb in the past after a noun makes it a clause: "The files
        // held little", "the group voted")
        let past = i >= 2
            && !is_determiner(toks[i - 2].text(text))
            && {
                // (after a noun: "files held", "groups voted", not "own
                // published guidelines")
                let before = toks[i - 2].text(text);
                before.ends_with('s') && !before.ends_with("ss") && !is_possessive(before)
            }
            && (w.ends_in_ed() || Class::PastVerb.holds(w));
        if is_function_word(w)
            || past
            || PRONOUNS.contains_key(w)
            || crate::vocab::lexicon::cue_verb(w).is_some()
            || w.chars().any(|c| c.is_ascii_digit())
        {
            return None;
        }
        i -= 1;
    }
    None
}

/// Parses a speaker phrase starting at `toks[start]` ("said Paul Martin, a
/// Pinellas sheriff's detective"); `end` bounds it.
pub(crate) fn parse_after(
    text: &str,
    toks: &[Token],
    start: usize,
    end: usize,
) -> Option<SpeakerPhrase> {
    let end = end.min(start + MAX_PHRASE_TOKENS).min(toks.len());
    let i = start;
    if i >= end {
        return None;
    }
    // pronoun
    let w0 = toks[i].text(text);
    if toks[i].is_word() && lookup_any_case(&PRONOUNS, w0).is_some() {
        return parse_np_right(text, &toks[i..=i]);
    }
    // "He’s predicting": a pronoun with a contracted "is" or "has"
    let stem = strip_possessive(w0);
    if toks[i].is_word() && stem.len() < w0.len() && Class::HeSheIt.holds(stem) {
        let span = Span::new(toks[i].span.start, toks[i].span.start + stem.len());
        let p = lookup_any_case(&PRONOUNS, stem)?;
        let entity = if p.gender == Gender::Neuter {
            EntityKind::Organization
        } else {
            EntityKind::Person
        };
        return Some(SpeakerPhrase::pronoun(span, entity, p.gender, false));
    }
    // a share as polls give it: "Two in three (voters) said"
    if end >= i + 3 && toks[i + 1].text(text) == "in" {
        if let Some(p) = (i + 3..=end.min(i + 10))
            .rev()
            .find_map(|e| one_in_n(text, &toks[i..e]))
        {
            return Some(p);
        }
    }
    // determiner + description or name
    let mut j = i;
    if toks[j].is_word() && is_determiner(w0) {
        j += 1;
        // a partitive: "one of those advisers"
        if toks.get(j).is_some_and(|t| t.text(text) == "of")
            && toks.get(j + 1).is_some_and(|t| is_determiner(t.text(text)))
        {
            j += 2;
        }
    }
    while j < end
        && toks[j].is_word()
        && !(j > i && text[toks[j - 1].span.end..toks[j].span.start].contains('\n'))
        && (is_name_word(text, &toks[j])
            || (toks[j].is_lowercase(text) && !is_name_stop(toks[j].text(text)))
            || role_noun(toks[j].text(text)).is_some()
            // a year or number inside a description: "a 2008 Clinton veteran"
            || (j > i
                && toks[j].text(text).bytes().all(|b| b.is_ascii_digit())
                && toks[j + 1..end.min(j + 5)]
                    .iter()
                    .any(|t| t.is_word() && role_noun(t.text(text)).is_some()))
            || (j > i
                && toks[j - 1].is_capitalized(text)
                && toks[j].is(Class::AndForOf)
                && toks.get(j + 1).is_some_and(|t| t.is_capitalized(text))))
    {
        let w = toks[j].text(text);
        // after the head noun, a word that is no noun ends the phrase: "The
        // company | issued a statement"
        if j > i
            && toks[j].is_lowercase(text)
            && toks[j - 1].is_lowercase(text)
            && role_noun(toks[j - 1].text(text)).is_some()
            && role_noun(w).is_none()
            && TITLES.get(w).is_none()
        {
            break;
        }
        let joiner = Class::AndForOf.holds(w)
            && j > i
            && toks[j - 1].is_capitalized(text)
            && toks.get(j + 1).is_some_and(|t| t.is_capitalized(text));
        if !joiner
            && toks[j].is_lowercase(text)
            && role_noun(w).is_none()
            && TITLES.get(w).is_none()
            && !is_particle(w)
        {
            // an adjective inside a description: keep going only while a role noun follows
            if !toks[j + 1..end.min(j + 6)].iter().any(|t| {
                t.is_word()
                    && (role_noun(t.text(text)).is_some() || TITLES.contains_key(t.text(text)))
            }) {
                break;
            }
        }
        j += 1;
        if is_possessive(toks[j - 1].text(text))
            && toks.get(j).is_some_and(|t| t.is_lowercase(text))
        {
            // "a Pinellas sheriff's detective": possessive inside a description
            continue;
        }
    }
    // an office: "the secretary of state", "a professor of history"
    let mut officer = None;
    if j > i
        && j + 1 < end
        && toks[j].is_word()
        && toks[j].text(text) == "of"
        && toks[j - 1].is_lowercase(text)
        && role_noun(toks[j - 1].text(text)).is_some()
        && toks[j + 1].is_lowercase(text)
        && !is_function_word(toks[j + 1].text(text))
        && !is_determiner(toks[j + 1].text(text))
        && !toks
            .get(j + 2)
            .is_some_and(|t| t.is_lowercase(text) && !is_function_word(t.text(text)))
    {
        j += 2;
        // and the name it comes before: "secretary of state John Kerry"
        let name_start = j;
        while j < end && is_name_word(text, &toks[j]) {
            j += 1;
        }
        if j > name_start {
            let office = span_of(&toks[i..name_start]);
            if let Some(mut p) = parse_np_right(text, &toks[name_start..j]).filter(|p| {
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
    while j > i && !toks[j - 1].is_word() {
        j -= 1;
    }
    // a description with a head the role list lacks: "the county engineer"
    if j <= i + 1 && toks[i].is_word() && is_determiner(toks[i].text(text)) {
        let mut g = i + 1;
        while g < end
            && g < i + 5
            && toks[g].is_lowercase(text)
            && !is_name_stop(toks[g].text(text))
            && !is_function_word(toks[g].text(text))
        {
            g += 1;
        }
        if g > i + 1 && generic_description(text, &toks[i..g]).is_some() {
            j = g;
        }
    }
    if j == i {
        return None;
    }
    // the longest start that is a noun phrase: "Clinton" of "Clinton celebrated"
    let mut phrase = officer.or_else(|| {
        (i + 1..=j).rev().find_map(|e| {
            parse_np_right(text, &toks[i..e])
                .filter(|p| p.whole.start.min(p.mention.start) == toks[i].span.start)
                .map(|p| (p, e))
        })
    });
    if let Some((_, e)) = phrase {
        j = e;
    }
    let mut phrase = phrase.take()?.0;
    // "for|of the ministry" after a description
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
        if a_end > a_start && looks_appositive(text, &toks[a_start..a_end]) {
            let (role, org) = parse_appositive(text, &toks[a_start..a_end]);
            if phrase.role.is_none() {
                phrase.role = role;
            }
            if phrase.organization.is_none() {
                phrase.organization = org;
            }
            phrase.whole = Span::new(phrase.whole.start, toks[a_end - 1].span.end);
        }
    }
    Some(phrase)
}

fn is_name_stop(w: &str) -> bool {
    Class::NameStop.holds(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words::tokenize;

    fn before(t: &str) -> SpeakerPhrase {
        let mut toks = Vec::new();
        tokenize(t, Span::new(0, t.len()), &mut toks);
        parse_before(t, &toks, 0, toks.len()).unwrap_or_else(|| panic!("{t}"))
    }

    fn show(
        t: &str,
        p: &SpeakerPhrase,
    ) -> (String, Option<String>, Option<String>, Option<String>) {
        (
            t[p.mention].to_string(),
            p.name.map(|n| t[n].to_string()),
            p.organization.clone(),
            p.role.clone(),
        )
    }

    #[test]
    fn names_roles_and_organisations() {
        let t = "the Hudson Institute’s Rob Spalding, a retired Air Force general,";
        let p = before(t);
        assert_eq!(show(t, &p).1.as_deref(), Some("Rob Spalding"));
        assert_eq!(p.organization.as_deref(), Some("Hudson Institute"));
        assert_eq!(p.role.as_deref(), Some("retired Air Force general"));
        assert_eq!(p.gender, Gender::Male);

        let t = "Chinese authorities defended it. Foreign Ministry spokeswoman Hua Chunying";
        let p = before(t);
        assert_eq!(
            show(t, &p),
            (
                "Foreign Ministry spokeswoman Hua Chunying".into(),
                Some("Hua Chunying".into()),
                Some("Foreign Ministry".into()),
                Some("spokeswoman".into())
            )
        );
        assert_eq!(p.gender, Gender::Female);

        let t = "Wu Ken, the Chinese ambassador to Germany,";
        let p = before(t);
        assert_eq!(
            show(t, &p),
            (
                "Wu Ken".into(),
                Some("Wu Ken".into()),
                None,
                Some("Chinese ambassador to Germany".into())
            )
        );

        let t = "Those pledges are hollow, McNeil";
        assert_eq!(show(t, &before(t)).0, "McNeil");
        let t = "he";
        assert_eq!(before(t).kind, PhraseKind::Pronoun);
        let t = "the clown";
        assert_eq!(before(t).kind, PhraseKind::Description);
        let t = "The New York Post";
        assert_eq!(before(t).entity, EntityKind::Organization);
    }
}
