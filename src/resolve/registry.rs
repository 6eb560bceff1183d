//! The people and organisations of one document, for resolving surnames,
//! pronouns and descriptions to the fullest name the document gives.

use crate::record::{Affiliation, EntityKind};
use crate::rules::speaker::strip_possessive;
use crate::text::words::Token;
use crate::vocab::lexicon::{Gender, GIVEN_NAMES, NEWS_AGENCIES, ORG_WORDS, PLACES};
use crate::vocab::table::WordHasher;
use crate::vocab::Class;
use crate::Span;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

mod scan;

use scan::family_first;

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
    /// The number of words of `name`, counted once.
    words: usize,
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

/// Two fifths for each sentence back (tuned on the GGT dev set with the
/// weights of [`Registry::resolve_pronoun`]).
fn decayed(back: usize) -> f64 {
    0.4f64.powi(back.min(30) as i32)
}

/// The last word of a name.
pub(super) fn last_token(name: &str) -> &str {
    name.split_whitespace().next_back().unwrap_or("")
}

impl Registry {
    /// Whether bit `bit` of [`last_bit`] is set: some entity may have a last
    /// name (or a first name it is indexed by) of that bit.
    #[inline]
    fn has_last_bit(&self, bit: usize) -> bool {
        self.last_bits
            .get(bit / 64)
            .is_some_and(|b| b & (1 << (bit % 64)) != 0)
    }

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
        let bit = last_bit(last);
        // (a last name no entity has yet needs no keyed hash: its bit says so)
        let found = self
            .has_last_bit(bit)
            .then(|| self.by_last.get(last))
            .flatten()
            .and_then(|ids| {
                ids.iter().rev().take(SAME_NAME_LIMIT).copied().find(|&id| {
                    let e = &self.entities[id];
                    e.name == name
                        || e.kind == kind
                            && (words == 1
                                || e.words == 1
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
                if words > e.words {
                    e.name = name.to_string();
                    e.words = words;
                    self.index_first(id);
                }
                id
            }
            None => {
                self.entities.push(Entity {
                    name: name.to_string(),
                    words,
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
                self.last_bits[bit / 64] |= 1 << (bit % 64);
                self.by_last.entry(last.to_string()).or_default().push(id);
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
        if !self.has_last_bit(last_bit(word)) {
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
