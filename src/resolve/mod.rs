//! Speaker resolution: who a speaker phrase names, as the document has
//! introduced them. A [`Resolver`] holds the document's [`Registry`] of
//! people and organisations, fed sentence by sentence, and turns a phrase
//! ("he", "McNeil", "the company", "a spokeswoman") into a speaker record
//! with its canonical name and how it was resolved.
//!
//! The next accuracy work on resolution (pronoun agreement and salience,
//! descriptions linked to names, acronyms) lives here.

pub(crate) mod registry;

pub(crate) use registry::Registry;

use crate::record::{Mention, Resolution, Speaker};
use crate::rules::speaker::{strip_possessive, PhraseKind, SpeakerPhrase};
use crate::text::view::Sentence;
use crate::vocab::lexicon::{Gender, AGENT_ENDINGS, HONORIFICS, TITLES};
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;

/// Resolves speaker phrases against what the document has said so far.
pub(crate) struct Resolver<'t> {
    text: &'t str,
    /// The people and organisations named so far.
    pub(crate) registry: Registry,
}

impl<'t> Resolver<'t> {
    /// A resolver for `text`, knowing no one yet.
    pub(crate) fn new(text: &'t str) -> Resolver<'t> {
        Resolver {
            text,
            registry: Registry::default(),
        }
    }

    /// Takes in the names of the next sentence (its tokens); a line that
    /// is no sentence (a heading, a byline, "Article continued below")
    /// introduces no one.
    pub(crate) fn scan_sentence(&mut self, toks: Sentence<'_>, fragment_line: bool) {
        self.registry.sentence += 1;
        if !fragment_line {
            self.registry.scan(toks);
        }
    }

    /// Whether a name phrase names a person: by a given name or title, or as
    /// a person the document named before.
    pub(crate) fn known_person(&self, p: &SpeakerPhrase) -> bool {
        let name = &self.text[p.name.unwrap_or(p.mention)];
        p.gender != Gender::Unknown
            || name
                .split_whitespace()
                .last()
                .and_then(|w| self.registry.lookup_surname(w))
                .is_some_and(|id| self.registry.entities[id].kind == crate::EntityKind::Person)
    }

    /// Whether the document has named what a one-word name phrase names,
    /// or the phrase says it is a person (a given name, a title).
    pub(crate) fn known_name(&self, p: &SpeakerPhrase) -> bool {
        let name = strip_possessive(&self.text[p.name.unwrap_or(p.mention)]);
        p.gender != Gender::Unknown || self.registry.lookup_surname(name).is_some()
    }

    /// The speaker record for a phrase, the speaker of the words at `said`,
    /// resolving it against the registry, with the evidence the text has
    /// given about the speaker so far (the pronouns used for them, their
    /// honorific).
    pub(crate) fn resolve(&mut self, p: &SpeakerPhrase, said: Span) -> (Speaker, Option<usize>) {
        let (mut speaker, id) = self.resolve_phrase(p, said);
        let first = self.text[p.mention].split_whitespace().next().unwrap_or("");
        match id {
            Some(id) => {
                let e = &mut self.registry.entities[id];
                if p.kind == PhraseKind::Pronoun {
                    if let Some(pronoun) = subject_form(p.gender) {
                        if !e.pronouns.iter().any(|q| q == pronoun) {
                            e.pronouns.push(pronoun.to_string());
                        }
                    }
                }
                if e.honorific.is_none() && HONORIFICS.contains_key(first) {
                    e.honorific = Some(first.to_string());
                }
                speaker.pronouns = e.pronouns.clone();
                speaker.honorific = e.honorific.clone();
            }
            None if p.kind == PhraseKind::Pronoun => {
                speaker.pronouns = subject_form(p.gender)
                    .into_iter()
                    .map(String::from)
                    .collect();
            }
            None => {}
        }
        (speaker, id)
    }

    fn resolve_phrase(&mut self, p: &SpeakerPhrase, said: Span) -> (Speaker, Option<usize>) {
        let text = self.text;
        let mention = Some(Mention {
            text: text[p.mention].to_string(),
            span: p.mention,
        });
        match p.kind {
            PhraseKind::Name => self.named(p, mention),
            PhraseKind::Pronoun => self.pronoun(p, mention, said),
            // "her statement", "the RCMP statement", "a statement": its author
            PhraseKind::Description if self.names_document(p) => match self.author_of(p, said) {
                Some(id) => self.linked(id, mention, p.mention.start, Resolution::Description),
                None => self.unnamed(p, mention),
            },
            PhraseKind::Description
                if (p.entity == crate::EntityKind::Organization || self.organization_by_possessive(p))
                    && !p.plural
                    // "the Ruiz campaign" names itself
                    && !text[p.mention]
                        .split_whitespace()
                        .skip(1)
                        .any(|w| w.starts_with(char::is_uppercase)) =>
            {
                // "the company said": the organisation named before
                let head = strip_possessive(self.last_word(p));
                match self.registry.resolve_organization(p.mention.start, head) {
                    Some(id) => self.linked(id, mention, p.mention.start, Resolution::Description),
                    None => self.unnamed(p, mention),
                }
            }
            PhraseKind::Description if p.entity == crate::EntityKind::Person && !p.plural => {
                match self.described_person(p) {
                    Some(id) => self.linked(id, mention, p.mention.start, Resolution::Description),
                    None => self.unnamed(p, mention),
                }
            }
            PhraseKind::Description => self.unnamed(p, mention),
        }
    }

    /// A name: the entity it names, met before or new.
    fn named(&mut self, p: &SpeakerPhrase, mention: Option<Mention>) -> (Speaker, Option<usize>) {
        let text = self.text;
        let name_span = p.name.unwrap_or(p.mention);
        let mut name = text[name_span].to_string();
        if p.entity == crate::EntityKind::Organization {
            if let Some(rest) = name
                .strip_prefix("the ")
                .or_else(|| name.strip_prefix("The "))
            {
                name = rest.to_string();
            }
        }
        let single = !name.contains(' ');
        let id = if single {
            match self.registry.lookup_surname(&name) {
                // (a person named so before is no place: "Hamilton")
                Some(id)
                    if self.registry.entities[id].kind == p.entity
                        || p.entity == crate::EntityKind::Place
                            && self.registry.entities[id].kind == crate::EntityKind::Person =>
                {
                    self.registry
                        .mention_name(&name, p.entity, p.gender, p.mention.start, true);
                    id
                }
                _ => self
                    .registry
                    .mention_name(&name, p.entity, p.gender, p.mention.start, true),
            }
        } else {
            self.registry
                .mention_name(&name, p.entity, p.gender, p.mention.start, true)
        };
        self.registry.spoke(id);
        if p.entity == crate::EntityKind::Person {
            for w in p.role.iter().flat_map(|r| r.split_whitespace()) {
                if crate::rules::speaker::is_person_role_noun(w)
                    || crate::vocab::lexicon::TITLES.contains_key(w)
                {
                    self.registry.add_title(w, id);
                }
            }
        }
        let canonical = self.registry.entities[id].name.clone();
        let resolution = if canonical == name {
            Resolution::Named
        } else {
            Resolution::PartialName
        };
        // (a place's name that names a person met before is theirs)
        let entity = match p.entity {
            crate::EntityKind::Place => self.registry.entities[id].kind,
            kind => kind,
        };
        (
            Speaker {
                name: canonical,
                mention,
                resolution,
                entity,
                pronouns: Vec::new(),
                honorific: None,
            },
            Some(id),
        )
    }

    /// A pronoun: the entity it stands for, if one agrees (no one named
    /// inside `said`, the words it is the speaker of).
    fn pronoun(
        &mut self,
        p: &SpeakerPhrase,
        mention: Option<Mention>,
        said: Span,
    ) -> (Speaker, Option<usize>) {
        let text = self.text;
        let who = &text[p.mention];
        let lower = who.to_lowercase();
        // "his statement that …" resolves as "he said" does
        let resolvable = Class::ResolvablePronoun.holds(lower.as_str());
        match resolvable
            .then(|| {
                self.registry
                    .resolve_pronoun(p.mention.start, p.gender, p.plural, said)
            })
            .flatten()
        {
            Some(id) => {
                let e = &mut self.registry.entities[id];
                if e.gender == Gender::Unknown {
                    e.gender = p.gender;
                }
                // the pronoun is a mention of whom it stands for
                self.linked(id, mention, p.mention.start, Resolution::Pronoun)
            }
            // (as a name, the pronoun in lowercase: "They" and
            // "they" are one unknown speaker, "I" stays "I")
            None => (
                Speaker {
                    name: if who == "I" { who.to_string() } else { lower },
                    mention,
                    resolution: Resolution::UnresolvedPronoun,
                    entity: p.entity,
                    pronouns: Vec::new(),
                    honorific: None,
                },
                None,
            ),
        }
    }

    /// Whether a description is an organisation's noun with a possessive,
    /// which the phrase grammar reads as a group: "according to the
    /// union's", "the city's figures".
    fn organization_by_possessive(&self, p: &SpeakerPhrase) -> bool {
        let last = self.last_word(p);
        let head = strip_possessive(last);
        head.len() < last.len()
            && (Class::GenericOrgHead.holds_ascii_lowercase(head)
                || Class::PlaceNoun.holds_ascii_lowercase(head)
                || crate::rules::speaker::is_org_role_noun(head))
    }

    /// Whether a description names a document ("her statement", "the
    /// report", "a memo"): its author speaks through it.
    fn names_document(&self, p: &SpeakerPhrase) -> bool {
        Class::DocumentNoun.holds_ascii_lowercase(strip_possessive(self.last_word(p)))
    }

    /// The last word of a phrase's mention ("the union's" of "according to
    /// the union's").
    fn last_word(&self, p: &SpeakerPhrase) -> &'t str {
        registry::last_token(&self.text[p.mention])
    }

    /// Who a document speaks for: the possessor ("her statement", "Foster's
    /// book"), the name before it ("the RCMP statement"), or else the
    /// organisation the story is about at that point ("the company issued a
    /// statement … The statement said"); a possessive pronoun as a pronoun
    /// does, past the words at `said`.
    fn author_of(&self, p: &SpeakerPhrase, said: Span) -> Option<usize> {
        let words: Vec<&str> = self.text[p.mention].split_whitespace().collect();
        let (first, modifiers) = (words[0], &words[..words.len() - 1]);
        let pos = p.mention.start;
        if Class::PossessiveDeterminer.holds(first) {
            let gender = if Class::MasculinePossessive.holds(first) {
                Gender::Male
            } else if Class::FemininePossessive.holds(first) {
                Gender::Female
            } else {
                return None;
            };
            return self.registry.resolve_pronoun(pos, gender, false, said);
        }
        if let Some(name) = modifiers
            .iter()
            .rev()
            .map(|w| strip_possessive(w))
            .find(|w| w.starts_with(char::is_uppercase) && !Class::ArticleAnyCase.holds(w))
        {
            return self.registry.lookup_surname(name);
        }
        self.registry.salient_organization(pos)
    }

    /// The speaker record of a phrase (a pronoun, a description) that
    /// stands for entity `id`, a mention of it at `pos`.
    fn linked(
        &mut self,
        id: usize,
        mention: Option<Mention>,
        pos: usize,
        resolution: Resolution,
    ) -> (Speaker, Option<usize>) {
        self.registry.push_mention(pos, id, true);
        self.registry.spoke(id);
        let e = &self.registry.entities[id];
        let speaker = Speaker {
            name: e.name.clone(),
            mention,
            resolution,
            entity: e.kind,
            pronouns: Vec::new(),
            honorific: None,
        };
        (speaker, Some(id))
    }

    /// The person named before whom a definite description stands for: by
    /// their title ("the mayor" after "Mayor McCallum"), or, for an epithet
    /// ("the bow-tied maverick", "the rookie defenceman"), the person the
    /// story is about at that point. A description that brings in a source
    /// of its own ("the senior official") stands for no one named.
    fn described_person(&self, p: &SpeakerPhrase) -> Option<usize> {
        let m = &self.text[p.mention];
        let mut words = m.split_whitespace();
        let first = words.next()?;
        if !Class::The.holds(first) {
            return None;
        }
        // (the head: the last word before a preposition, "the former
        // sergeant-at-arms of the House")
        let rest: Vec<&str> = words
            .take_while(|w| !Class::Preposition.holds(w) && !Class::InOfOn.holds(w))
            .collect();
        let head = strip_possessive(rest.last()?);
        if head.starts_with(char::is_uppercase) {
            return None;
        }
        if let Some(id) = self.registry.titled(head) {
            return Some(id);
        }
        // an epithet names a person by what they are or do: a known role
        // noun, or a word of an agent's shape ("proprietor", "resident")
        // (a bare noun only when it names an office: "the mayor", not "the
        // clown")
        let office = || {
            let mut cap = head.to_string();
            if let Some(f) = cap.get_mut(..1) {
                f.make_ascii_uppercase();
            }
            TITLES.contains_key(cap.as_str())
        };
        let epithet = (rest.len() >= 2 || !p.generic && office())
            && !Class::SourceNoun.holds(head)
            && (!p.generic || is_agent_noun(head));
        epithet
            .then(|| self.registry.salient_person(p.mention.start))
            .flatten()
    }

    /// The words of a description with what follows its head and tells whom
    /// it means: "a person familiar with the talks", "people arrested last
    /// week" (the mention is "a person"); no appositive after a comma.
    fn described_span(&self, p: &SpeakerPhrase) -> Span {
        let (m, w) = (p.mention, p.whole);
        if w.start > m.start || w.end <= m.end {
            return m;
        }
        // (the sentence's period is not the description's: "according to
        // a person familiar with the talks.")
        let end = if self.text[..w.end].ends_with('.') {
            w.end - 1
        } else {
            w.end
        };
        let tail = &self.text[m.end..end];
        let plain = tail
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '\'' || c == '’');
        // (no verb of its own: "results for the first 500 enrolled are")
        // (nor a participle cut from its complement: "a report released")
        let verb = tail
            .split_whitespace()
            .any(|w| Class::FiniteAuxiliary.holds(w))
            || tail.split_whitespace().take(2).count() == 1 && tail.trim().ends_in_ed();
        if plain && !verb && tail.starts_with(' ') && tail.split_whitespace().take(9).count() <= 8 {
            Span::new(m.start, end)
        } else {
            m
        }
    }

    /// The speaker record for a description no name stands behind ("a source").
    pub(crate) fn unnamed(
        &self,
        p: &SpeakerPhrase,
        mention: Option<Mention>,
    ) -> (Speaker, Option<usize>) {
        // (a description a relative pronoun stands for keeps its words as
        // the name: "the Daily Beast editor who wrote")
        let span = p.name.unwrap_or_else(|| self.described_span(p));
        // (as the text gives it, its article too: "a spokesperson for the
        // ministry" is one source, "the officials" some named before)
        let name = self.text[span].to_string();
        (
            Speaker {
                name,
                mention,
                resolution: Resolution::Unnamed,
                entity: p.entity,
                pronouns: Vec::new(),
                honorific: None,
            },
            None,
        )
    }
}

/// Whether a lowercase noun has the shape of a word for a person by what
/// they are or do: "proprietor", "resident", "defenceman", "cartoonist"
/// (`vocab/agent_endings.txt`).
fn is_agent_noun(w: &str) -> bool {
    w.len() >= 5 && AGENT_ENDINGS.iter().any(|e| w.ends_with(e))
}

/// The subject pronoun of a gender, as evidence records it.
fn subject_form(gender: Gender) -> Option<&'static str> {
    match gender {
        Gender::Male => Some("he"),
        Gender::Female => Some("she"),
        Gender::Neuter => Some("it"),
        Gender::Unknown => None,
    }
}
