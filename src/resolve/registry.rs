//! The people and organisations of one document, for resolving surnames,
//! pronouns and descriptions to the fullest name the document gives.

use crate::record::{Affiliation, EntityKind};
use crate::rules::speaker::strip_possessive;
use crate::text::words::Token;
use crate::vocab::lexicon::{
    Gender, GIVEN_NAMES, HONORIFICS, NEWS_AGENCIES, ORG_WORDS, PLACES, TITLES,
};
use crate::vocab::table::WordHasher;
use crate::vocab::Class;
use crate::Span;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// How far back (in mentions) a pronoun looks for its antecedent.
const PRONOUN_LOOKBACK: usize = 40;
/// How many sentences back a pronoun's antecedent may stand.
const SENTENCES_BACK: usize = 4;
/// How far back (sentences, mentions) a pronoun looks when no antecedent
/// stands within [`SENTENCES_BACK`].
const FAR_SENTENCES_BACK: usize = 12;
const FAR_LOOKBACK: usize = 120;

#[derive(Clone, Debug)]
pub(crate) struct Entity {
    pub name: String,
    pub kind: EntityKind,
    pub gender: Gender,
    pub affiliation: Option<Affiliation>,
    /// Byte position of the latest mention.
    last_seen: usize,
    /// The sentence of the first mention.
    introduced: usize,
    /// The sentence where a quote was last attributed to them.
    spoke: Option<usize>,
    /// The pronouns the text used for them, as speakers ("she").
    pub pronouns: Vec<String>,
    /// The honorific the text gave them ("Ms.").
    pub honorific: Option<String>,
    /// Whether the text gave them a title or role ("Mayor …").
    titled: bool,
}

/// One mention of an entity.
#[derive(Clone, Copy, Debug)]
struct Seen {
    /// Byte position.
    pos: usize,
    /// The entity.
    id: usize,
    /// The number of its sentence.
    sentence: usize,
    /// Whether it is the subject of its sentence, as far as its place
    /// tells: the first mention, after no preposition.
    subject: bool,
}

/// How many entities sharing a last name are compared: bounded work.
const SAME_NAME_LIMIT: usize = 16;
/// How far back from the end a mention recorded out of order is placed.
const REORDER_LIMIT: usize = 32;

#[derive(Default, Debug)]
pub(crate) struct Registry {
    pub entities: Vec<Entity>,
    /// The mentions in order of position.
    mentions: Vec<Seen>,
    /// Titles and role nouns of people (lowercase head word), for linking
    /// "the mayor" to "Mayor McCallum".
    titles: HashMap<String, Vec<usize>, BuildHasherDefault<WordHasher>>,
    /// The number of the sentence being read.
    pub sentence: usize,
    /// last name token -> entities (SipHash: the keys come from the input)
    by_last: HashMap<String, Vec<usize>>,
    /// A bit for each last name's cheap hash: most capitalised words are no
    /// known name, and this says so without the keyed hash.
    last_bits: Vec<u64>,
}

const LAST_BITS: usize = 1 << 16;

fn last_bit(word: &str) -> usize {
    use std::hash::{BuildHasher, BuildHasherDefault};
    BuildHasherDefault::<crate::vocab::table::WordHasher>::default().hash_one(word) as usize
        % LAST_BITS
}

/// Whether two or three capitalised words no list knows name a person by
/// the words around them: a role noun before them ("accountant Babatunji
/// Farinloye"), an age or an office after them ("Mamadou Dia, 41,",
/// "Shanaaz Gokool, president of …"), or a verb after them at the start of
/// a sentence ("Mamadou Dia was …").
fn unlisted_person(text: &str, names: &[Token], before: Option<&Token>, next: &[Token]) -> bool {
    if !(2..=3).contains(&names.len()) {
        return false;
    }
    let age_after = matches!(next, [c, n, ..] if c.is_punct(',')
        && crate::rules::speaker::is_age(n.text(text)));
    // a subject that opens its sentence before a verb of a person's: "Mamadou
    // Dia was on a business trip", "Lee Finn told"
    let subject_verb = || {
        before.is_none()
            && matches!(next, [v, ..] if v.is_lowercase(text)
                && (v.is(Class::FiniteAuxiliary) || v.cue_verb(text).is_some()))
    };
    let role_before = || {
        before.is_some_and(|t| {
            t.is_lowercase(text) && crate::rules::speaker::is_person_role_noun(t.text(text))
        })
    };
    // an appositive of office after it: "Shanaaz Gokool, president of …"
    let office_after = || {
        matches!(next.first(), Some(c) if c.is_punct(','))
            && next.iter().skip(1).take(3).any(|t| {
                t.is_lowercase(text) && crate::rules::speaker::is_person_role_noun(t.text(text))
            })
    };
    if !(age_after || subject_verb() || role_before() || office_after()) {
        return false;
    }
    names.iter().all(|t| {
        let w = t.text(text);
        t.is_word()
            && !ORG_WORDS.contains(strip_possessive(w))
            && !crate::rules::speaker::is_acronym(w)
            && !Class::CapitalisedFunctionWord.holds(w)
            // ("Should I …", "Many Mexicans", "That Mr. Trump", "One Republican")
            && !Class::FiniteAuxiliary.holds_ascii_lowercase(w)
            && !crate::rules::speaker::is_determiner(w)
            && !crate::rules::speaker::is_number_word(w)
            && !Class::GenericGroupHead.holds(w)
            && crate::vocab::table::find_any_case(w, |k| {
                crate::vocab::lexicon::PRONOUNS.get(k).map(|_| ())
            })
            .is_none()
    })
}

/// The acronym in parentheses at `toks[i]`, if one stands there: "(CRA)".
fn acronym_after<'t>(text: &'t str, toks: &[Token], i: usize) -> Option<&'t str> {
    let [open, word, close] = toks.get(i..i + 3)? else {
        return None;
    };
    let w = word.text(text);
    (open.is_punct('(') && close.is_punct(')') && crate::rules::speaker::is_acronym(w)).then_some(w)
}

/// Whether a name is written family name first, as Korean and Chinese
/// names are in English news: a short first word and a hyphenated given
/// name after it ("Kim Jong-un", "Ban Ki-moon", "Moon Jae-in").
fn family_first(words: &[&str]) -> bool {
    words.len() == 2 && words[0].len() <= 4 && words[1].contains('-') && !words[1].ends_with('-')
}

/// Whether a word is a preposition, whose object is no subject.
fn after_preposition(t: &Token) -> bool {
    t.is_word() && (t.is(Class::Preposition) || t.is(Class::AtFromInOf) || t.is(Class::InOfOn))
}

/// Two fifths for each sentence back (tuned on the GGT dev set with the
/// weights of [`Registry::resolve_pronoun`]).
fn decayed(back: usize) -> f64 {
    0.4f64.powi(back.min(30) as i32)
}

fn last_token(name: &str) -> String {
    name.split_whitespace().last().unwrap_or("").to_string()
}

impl Registry {
    /// Adds (or finds) the entity named `name` and records a mention at `pos`.
    pub fn mention_name(
        &mut self,
        name: &str,
        kind: EntityKind,
        gender: Gender,
        pos: usize,
        subject: bool,
    ) -> usize {
        let last = last_token(name);
        let words = name.split_whitespace().count();
        let found = self.by_last.get(&last).and_then(|ids| {
            ids.iter().rev().take(SAME_NAME_LIMIT).copied().find(|&id| {
                let e = &self.entities[id];
                e.name == name
                    || e.kind == kind
                        && (words == 1
                            || e.name.split_whitespace().count() == 1
                            || e.name.ends_with(name)
                            || name.ends_with(e.name.as_str()))
            })
        });
        let id = match found {
            Some(id) => {
                let e = &mut self.entities[id];
                if e.gender == Gender::Unknown {
                    e.gender = gender;
                }
                if words > e.name.split_whitespace().count() {
                    e.name = name.to_string();
                    self.index_first(id);
                }
                id
            }
            None => {
                self.entities.push(Entity {
                    name: name.to_string(),
                    kind,
                    gender,
                    affiliation: None,
                    last_seen: pos,
                    introduced: self.sentence,
                    spoke: None,
                    pronouns: Vec::new(),
                    honorific: None,
                    titled: false,
                });
                let id = self.entities.len() - 1;
                if self.last_bits.is_empty() {
                    self.last_bits = vec![0; LAST_BITS / 64];
                }
                let bit = last_bit(&last);
                self.last_bits[bit / 64] |= 1 << (bit % 64);
                self.by_last.entry(last).or_default().push(id);
                self.index_first(id);
                id
            }
        };
        self.push_mention(pos, id, subject);
        id
    }

    /// Makes the first word of a person's name a name of theirs too, for
    /// names whose first word is the one used alone ("Wang Qishan" …
    /// "Wang", "Mahathir Mohamad" … "Mahathir"); a last name still wins
    /// over it in [`Registry::lookup_surname`].
    fn index_first(&mut self, id: usize) {
        let e = &self.entities[id];
        if e.kind != EntityKind::Person {
            return;
        }
        // (two or three capitalised words, the first no given name: a name
        // whose first word is its family's, "Wang Qishan", "Mahathir Mohamad")
        let words: Vec<&str> = e.name.split_whitespace().collect();
        let first = words[0];
        let plain = words.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        });
        if !(2..=3).contains(&words.len())
            || !plain
            || first.len() < 3
            || GIVEN_NAMES.contains_key(first) && !family_first(&words)
        {
            return;
        }
        let first = first.to_string();
        let bit = last_bit(&first);
        self.last_bits[bit / 64] |= 1 << (bit % 64);
        let ids = self.by_last.entry(first).or_default();
        if !ids.contains(&id) {
            ids.push(id);
        }
    }

    /// Records a mention of entity `id` at `pos` in the sentence being read.
    pub fn push_mention(&mut self, pos: usize, id: usize, subject: bool) {
        let m = Seen {
            pos,
            id,
            sentence: self.sentence,
            subject,
        };
        let e = &mut self.entities[id];
        e.last_seen = e.last_seen.max(pos);
        let len = self.mentions.len();
        let mut at = len;
        while at > 0 && len - at < REORDER_LIMIT && self.mentions[at - 1].pos > pos {
            at -= 1;
        }
        if at > 0 && self.mentions[at - 1].pos == pos {
            self.mentions[at - 1] = m; // the same words, now known better
        } else {
            self.mentions.insert(at, m);
        }
    }

    /// The entity a single surname (or partial name) refers to, if known.
    pub fn lookup_surname(&self, word: &str) -> Option<usize> {
        let bit = last_bit(word);
        if self
            .last_bits
            .get(bit / 64)
            .map_or(true, |b| b & (1 << (bit % 64)) == 0)
        {
            return None;
        }
        let ids = self.by_last.get(word)?;
        // the most recently mentioned one, by last name before first
        ids.iter()
            .rev()
            .take(SAME_NAME_LIMIT)
            .copied()
            .max_by_key(|&id| {
                let e = &self.entities[id];
                (last_token(&e.name) == word, e.last_seen)
            })
    }

    /// The organisation a description at `pos` ("the company", "the
    /// ministry") refers to: the nearest one mentioned before it, one whose
    /// name holds the description's head noun first.
    pub fn resolve_organization(&self, pos: usize, head: &str) -> Option<usize> {
        let upto = self.mentions.partition_point(|m| m.pos < pos);
        let window = &self.mentions[upto.saturating_sub(PRONOUN_LOOKBACK)..upto];
        let orgs = || {
            window
                .iter()
                .rev()
                .map(|m| m.id)
                .filter(|&id| self.is_organization_in_story(id))
        };
        orgs()
            .find(|&id| {
                self.entities[id]
                    .name
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case(head))
            })
            .or_else(|| {
                // a generic head stands for the organisation last named ("the
                // company" for Huawei, or a one-word name the story gave no
                // person's marks: "Facebook"); a specific one only for its
                // namesake ("the campaign" is no department)
                Class::GenericOrgHead
                    .holds_ascii_lowercase(head)
                    .then(|| {
                        self.most_salient(pos, |id| {
                            self.is_organization_in_story(id) || self.maybe_organization(id)
                        })
                    })
                    .flatten()
            })
            .or_else(|| {
                // "the city", "the province": the place the story is in
                Class::PlaceNoun
                    .holds_ascii_lowercase(head)
                    .then(|| {
                        self.salient_near_or_far(pos, Span::default(), |id| {
                            self.entities[id].kind == EntityKind::Place
                        })
                    })
                    .flatten()
            })
    }

    /// Whether a person entity may as well be an organisation: a name of one
    /// word ("Facebook", "Suncor") with no given name, title, honorific or
    /// gendered pronoun the text gave it.
    fn maybe_organization(&self, id: usize) -> bool {
        let e = &self.entities[id];
        e.kind == EntityKind::Person
            && !e.name.contains(' ')
            && e.gender == Gender::Unknown
            && e.honorific.is_none()
            && e.pronouns.is_empty()
            && !GIVEN_NAMES.contains_key(e.name.as_str())
            && !e.titled
    }

    /// The person (or, for "it", the organisation) a pronoun at `pos`
    /// refers to: the most salient compatible entity of the last few
    /// sentences. Each mention adds to its entity's salience, the more as a
    /// subject, two fifths for each sentence back; having been quoted lately
    /// adds more (in news, "he said" most often goes on with the last
    /// speaker), and so does having been brought in a sentence ago.
    /// Agreement first: a person for "he" and "she" (of the same gender
    /// where known), an organisation for "it". With none in the last four
    /// sentences, the last twelve.
    pub fn resolve_pronoun(
        &self,
        pos: usize,
        gender: Gender,
        plural: bool,
        said: Span,
    ) -> Option<usize> {
        if plural {
            return None;
        }
        let compatible = |id: usize| {
            let e = &self.entities[id];
            match gender {
                Gender::Neuter => self.is_organization_in_story(id),
                g => {
                    e.kind == EntityKind::Person
                        && (e.gender == g || e.gender == Gender::Unknown || g == Gender::Unknown)
                }
            }
        };
        self.salient_near_or_far(pos, said, compatible)
    }

    /// The most salient entity that `fits` of the last four sentences, or,
    /// none so near, of the last twelve: the one the story has been about
    /// (a feature quotes its subject paragraphs after naming her).
    /// Mentions inside `said`, the words attributed, stand for no speaker:
    /// in "Macharia hid under desks, he said" he is someone else.
    fn salient_near_or_far(
        &self,
        pos: usize,
        said: Span,
        fits: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        self.most_salient_within(pos, SENTENCES_BACK, PRONOUN_LOOKBACK, said, &fits)
            .or_else(|| {
                self.most_salient_within(pos, FAR_SENTENCES_BACK, FAR_LOOKBACK, said, &fits)
            })
    }

    /// The most salient entity before `pos` that `fits` (see
    /// [`Registry::resolve_pronoun`]), over the last four sentences.
    fn most_salient(&self, pos: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
        self.most_salient_within(pos, SENTENCES_BACK, PRONOUN_LOOKBACK, Span::default(), fits)
    }

    /// [`Registry::most_salient`] over the last `sentences` sentences and
    /// `lookback` mentions at most, those inside `said` aside.
    fn most_salient_within(
        &self,
        pos: usize,
        sentences: usize,
        lookback: usize,
        said: Span,
        fits: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        const SUBJECT: f64 = 0.8;
        const SPOKE: f64 = 0.3;
        const INTRODUCED: f64 = 0.4;
        let upto = self.mentions.partition_point(|m| m.pos < pos);
        let window = &self.mentions[upto.saturating_sub(lookback)..upto];
        // (entity, salience, latest position): a handful at most
        let mut found: Vec<(usize, f64, usize)> = Vec::new();
        for m in window.iter().rev() {
            let back = self.sentence.saturating_sub(m.sentence);
            if back > sentences {
                break;
            }
            if !fits(m.id) || said.contains_offset(m.pos) {
                continue;
            }
            let weight = (1.0 + if m.subject { SUBJECT } else { 0.0 }) * decayed(back);
            match found.iter_mut().find(|c| c.0 == m.id) {
                Some(c) => c.1 += weight,
                None => found.push((m.id, weight, m.pos)),
            }
        }
        for c in &mut found {
            // (someone brought in a sentence ago is about to speak)
            if self.sentence.saturating_sub(self.entities[c.0].introduced) <= 1 {
                c.1 += INTRODUCED;
            }
            if let Some(s) = self.entities[c.0].spoke {
                let back = self.sentence.saturating_sub(s);
                if back <= sentences {
                    c.1 += SPOKE * decayed(back);
                }
            }
        }
        found
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1).then(a.2.cmp(&b.2)))
            .map(|c| c.0)
    }

    /// The person most salient before `pos`, whoever it is: what a
    /// description standing for someone named ("the bow-tied maverick")
    /// refers to.
    pub fn salient_person(&self, pos: usize) -> Option<usize> {
        self.salient_near_or_far(pos, Span::default(), |id| {
            self.entities[id].kind == EntityKind::Person
        })
    }

    /// Whether entity `id` is an organisation the story can be about: no
    /// news agency of a credit or byline.
    fn is_organization_in_story(&self, id: usize) -> bool {
        let e = &self.entities[id];
        e.kind == EntityKind::Organization && !NEWS_AGENCIES.contains(e.name.as_str())
    }

    /// The organisation most salient before `pos`: what "the statement"
    /// or "the report" speaks for.
    pub fn salient_organization(&self, pos: usize) -> Option<usize> {
        self.most_salient(pos, |id| self.is_organization_in_story(id))
    }

    /// Records `word` (a title or role noun, any case) as what entity `id`
    /// is: "Mayor McCallum", "rookie defenceman Caleb Jones".
    pub fn add_title(&mut self, word: &str, id: usize) {
        let ids = self.titles.entry(word.to_lowercase()).or_default();
        if !ids.contains(&id) {
            ids.push(id);
        }
        self.entities[id].titled = true;
    }

    /// The person a definite description at `toks[the]` names by their
    /// title ("the mayor", "the former mayor"), and the index of its head.
    fn described(&self, text: &str, toks: &[Token], the: usize) -> Option<(usize, usize)> {
        let mut k = the + 1;
        while k < toks.len() && k <= the + 3 && toks[k].is_lowercase(text) {
            if let Some(id) = self.titled(toks[k].text(text)) {
                // (the head: no noun after it, "the mayor's office" aside)
                let next = toks.get(k + 1);
                if next.map_or(true, |t| !t.is_lowercase(text) || !t.is_word()) {
                    return Some((id, k));
                }
            }
            k += 1;
        }
        None
    }

    /// The person last mentioned of those with title `word` (lowercase):
    /// "the mayor" for "Mayor McCallum".
    pub fn titled(&self, word: &str) -> Option<usize> {
        self.titles
            .get(word)?
            .iter()
            .copied()
            .max_by_key(|&id| self.entities[id].last_seen)
    }

    /// Marks entity `id` as quoted in the sentence being read.
    pub fn spoke(&mut self, id: usize) {
        self.entities[id].spoke = Some(self.sentence);
    }

    /// Scans `toks` (one paragraph) for person names and mentions of known
    /// entities, recording each.
    pub fn scan(&mut self, text: &str, toks: &[Token]) {
        let mut i = 0;
        let mut first_mention = true;
        while i < toks.len() {
            // "the mayor", once the document named "Mayor McCallum"
            if !self.titles.is_empty() && toks[i].is(Class::The) {
                if let Some((id, head)) = self.described(text, toks, i) {
                    let subject = first_mention && (i == 0 || !after_preposition(&toks[i - 1]));
                    self.push_mention(toks[i].span.start, id, subject);
                    first_mention = false;
                    i = head + 1;
                    continue;
                }
            }
            // a credit names no one in the story: "(Luis Tato/AFP/Getty Images)"
            if toks[i].is_punct('(') {
                let close = toks[i..].iter().position(|t| t.is_punct(')'));
                if let Some(c) = close.filter(|&c| toks[i..i + c].iter().any(|t| t.is_punct('/'))) {
                    i += c + 1;
                    continue;
                }
            }
            if !toks[i].is_capitalized(text) {
                i += 1;
                continue;
            }
            // "Said Quist, …": an inverted cue is no part of the name, nor
            // an opening "As", "But", "In" …
            if i == 0
                && (crate::rules::cues::cue_at(text, toks, 0).is_some()
                    || toks[0].is(Class::NonNameOpener))
            {
                i += 1;
                continue;
            }
            let start = i;
            while i < toks.len()
                && toks[i].is_capitalized(text)
                // (an article inside starts a new phrase: "The Canadian
                // Press A train derailed")
                && !(i > start
                    && toks[i].is(Class::ArticleAnyCase)
                    && toks.get(i + 1).is_some_and(|t| t.is_lowercase(text)))
            {
                i += 1;
                if crate::rules::speaker::strip_possessive(toks[i - 1].text(text)).len()
                    != toks[i - 1].text(text).len()
                {
                    break;
                }
            }
            let seen = self.mentions.len();
            // (the first mention, after no preposition and no possessive:
            // the sentence's subject, as far as places tell)
            let subject = first_mention
                && (start == 0 || !after_preposition(&toks[start - 1]))
                && strip_possessive(toks[i - 1].text(text)).len() == toks[i - 1].text(text).len();
            let before = (start > 0).then(|| &toks[start - 1]);
            self.scan_run(text, &toks[start..i], before, &toks[i..], subject);
            // "the Canada Revenue Agency (CRA)": the acronym names it later
            if let Some(acronym) = acronym_after(text, toks, i) {
                self.alias(text, &toks[start..i], acronym, subject);
            }
            first_mention &= self.mentions.len() == seen;
        }
    }

    /// Makes `acronym` a name of the organisation `run` names (registering
    /// it as one when the run named no one yet): "Export Development
    /// Canada (EDC)" … "EDC said".
    fn alias(&mut self, text: &str, run: &[Token], acronym: &str, subject: bool) {
        let run = match run.first() {
            Some(t) if t.is(Class::ArticleAnyCase) => &run[1..],
            _ => run,
        };
        if run.len() < 2 {
            return;
        }
        let full = strip_possessive(&text[run[0].span.start..run[run.len() - 1].span.end]);
        let known = self.lookup_surname(last_token(full).as_str());
        let id = match known {
            Some(id) if self.entities[id].name == full => id,
            _ if run.iter().any(|t| GIVEN_NAMES.contains_key(t.text(text))) => return,
            _ => self.mention_name(
                full,
                EntityKind::Organization,
                Gender::Neuter,
                run[0].span.start,
                subject,
            ),
        };
        if self.entities[id].kind != EntityKind::Organization {
            return;
        }
        let ids = self.by_last.entry(acronym.to_string()).or_default();
        if !ids.contains(&id) {
            ids.push(id);
        }
        let bit = last_bit(acronym);
        self.last_bits[bit / 64] |= 1 << (bit % 64);
    }

    fn scan_run(
        &mut self,
        text: &str,
        run: &[Token],
        before: Option<&Token>,
        next: &[Token],
        subject: bool,
    ) {
        let mut gender = Gender::Unknown;
        let mut k = 0;
        let mut titled = false;
        while k < run.len() {
            let w = run[k].text(text);
            match HONORIFICS.get(w).or_else(|| TITLES.get(w)) {
                Some(&g) if k + 1 < run.len() => {
                    titled = true;
                    if g != Gender::Unknown {
                        gender = g;
                    }
                    k += 1;
                }
                _ => break,
            }
        }
        let mut names = &run[k..];
        if names.is_empty() {
            return;
        }
        // a person inside the run, at the last place that follows a title
        // or an organisation word: a given name there ("House Speaker Paul
        // Ryan", "(Secretary of) State John Kerry", "Attorney General Michael
        // Mukasey", and "Fox News President Roger Ailes", whose first word is
        // a given name too), or two or three plain words after a title
        // ("Committee Chairman Reince Priebus", "Public Advocate Trish James")
        if names.len() >= 3 {
            let at = (1..names.len() - 1).rev().find(|&g| {
                let before = names[g - 1].text(text);
                let title = TITLES.contains_key(before)
                    || crate::rules::speaker::is_person_role_noun(before)
                        && !ORG_WORDS.contains(before);
                // (no organisation nor role among the words of the name:
                // "Republican Jewish Coalition" is no person)
                let plain = || {
                    names[g..].iter().all(|t| {
                        let w = strip_possessive(t.text(text));
                        !ORG_WORDS.contains(w)
                            && !crate::rules::speaker::is_role_noun(w)
                            // (a headline's words: "Texas Gov. Hears About Obama")
                            && !Class::CapitalisedFunctionWord.holds(w)
                    })
                };
                names.len() - g <= 3
                    && (GIVEN_NAMES.contains_key(names[g].text(text))
                        && (title || ORG_WORDS.contains(before))
                        || title && names.len() - g >= 2 && plain())
            });
            if let Some(g) = at {
                titled = true;
                names = &names[g..];
                // (past an honorific after the office: "McCain Challenger
                // Dr. Kelli Ward")
                while names.len() > 2 && HONORIFICS.get(names[0].text(text)).is_some() {
                    names = &names[1..];
                }
            }
        }
        let first = names[0].text(text);
        let pos = names[0].span.start;
        let full = &text[names[0].span.start..names[names.len() - 1].span.end];
        let full = strip_possessive(full);
        // (a place is no one, whatever its first word: "Nova Scotia"; nor
        // the calendar: "January")
        if names.iter().all(|t| t.is(Class::CalendarName)) {
            return;
        }
        if !titled && PLACES.contains(full) {
            self.mention_name(full, EntityKind::Place, Gender::Neuter, pos, subject);
            return;
        }
        if names.len() >= 2 && names.len() <= 4 {
            if let Some(&g) = GIVEN_NAMES.get(first) {
                // ("Kim Jong-un": no given name first)
                let words: Vec<&str> = full.split_whitespace().collect();
                let g = if family_first(&words) {
                    Gender::Unknown
                } else {
                    g
                };
                let gender = if gender == Gender::Unknown { g } else { gender };
                let id = self.mention_name(full, EntityKind::Person, gender, pos, subject);
                self.note_titles(text, &run[..run.len() - names.len()], before, id);
                return;
            }
        }
        if names.len() == 1
            && GIVEN_NAMES.contains_key(first)
            && first.len() > 2
            && run.len() == 1
            && self.lookup_surname(first).is_none()
        {
            // a given name alone ("Marcus walked in."): a person known by it
            self.mention_name(first, EntityKind::Person, GIVEN_NAMES[first], pos, subject);
            return;
        }
        if titled && names.len() <= 3 || unlisted_person(text, names, before, next) {
            let id = self.mention_name(full, EntityKind::Person, gender, pos, subject);
            self.note_titles(text, &run[..run.len() - names.len()], before, id);
            return;
        }
        // an organisation: "the Lakeside Water Company", "the State Department"
        if names.len() >= 2
            && names.len() <= 6
            && names
                .iter()
                .any(|t| ORG_WORDS.contains(strip_possessive(t.text(text))))
        {
            let full = full.strip_prefix("The ").unwrap_or(full);
            self.mention_name(full, EntityKind::Organization, Gender::Neuter, pos, subject);
            return;
        }
        // a known surname alone ("Spalding views …")
        for t in names {
            let w = strip_possessive(t.text(text));
            if let Some(id) = self.lookup_surname(w) {
                if self.entities[id].kind == EntityKind::Person {
                    self.push_mention(t.span.start, id, subject);
                }
            }
        }
    }

    /// Notes what a person is from the words before their name: titles in
    /// the run ("Mayor", "Prime Minister") and a lowercase role noun right
    /// before it ("rookie defenceman Caleb Jones").
    fn note_titles(&mut self, text: &str, titles: &[Token], before: Option<&Token>, id: usize) {
        for t in titles {
            let w = t.text(text);
            if HONORIFICS.contains_key(w) {
                // (evidence of how the text addresses them: "Ms. Lind")
                let e = &mut self.entities[id];
                if e.honorific.is_none() {
                    e.honorific = Some(w.to_string());
                }
            } else if TITLES.contains_key(w) {
                self.add_title(w.trim_end_matches('.'), id);
            }
        }
        if titles.is_empty() {
            if let Some(t) = before.filter(|t| t.is_lowercase(text)) {
                let w = t.text(text);
                if crate::rules::speaker::is_person_role_noun(w) {
                    self.add_title(w, id);
                }
            }
        }
    }

    /// Sets the affiliation of `id` where it has none yet.
    pub fn affiliate(&mut self, id: usize, affiliation: Option<Affiliation>) {
        if let Some(a) = affiliation {
            let e = &mut self.entities[id];
            match &mut e.affiliation {
                None => e.affiliation = Some(a),
                Some(old) => {
                    if old.organization.is_none() {
                        old.organization = a.organization;
                    }
                    if old.role.is_none() {
                        old.role = a.role;
                    }
                }
            }
        }
    }
}
