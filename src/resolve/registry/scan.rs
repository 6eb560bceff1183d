//! Reading a sentence's names into the registry: people by their given
//! names, titles, honorifics and the words around them, organisations by
//! their words and acronyms, places, and the descriptions ("the mayor")
//! that name someone met before.

use super::*;
use crate::rules::speaker::{
    is_determiner_word, is_org_word, is_person_role_noun_word, is_possessive,
};
use crate::text::view::Sentence;

/// Whether two or three capitalised words no list knows name a person by
/// the words around them: a role noun before them ("accountant Babatunji
/// Farinloye"), an age or an office after them ("Mamadou Dia, 41,",
/// "Shanaaz Gokool, president of …"), or a verb after them at the start of
/// a sentence ("Mamadou Dia was …").
fn unlisted_person(names: Sentence<'_>, before: Option<&Token>, next: &[Token]) -> bool {
    let text = names.text;
    if !(2..=3).contains(&names.len()) {
        return false;
    }
    let age_after = matches!(next, [c, n, ..] if c.is_punct(',')
        && crate::rules::speaker::is_age(n.text(text)));
    // a subject that opens its sentence before a verb of a person's: "Mamadou
    // Dia was on a business trip", "Lee Finn told"
    let subject_verb = || {
        before.is_none()
            && matches!(next, [v, ..] if v.is_lowercase()
                && (v.is(Class::FiniteAuxiliary) || v.cue_verb(text).is_some()))
    };
    let role_before =
        || before.is_some_and(|t| t.is_lowercase() && is_person_role_noun_word(text, t));
    // an appositive of office after it: "Shanaaz Gokool, president of …"
    let office_after = || {
        matches!(next.first(), Some(c) if c.is_punct(','))
            && next
                .iter()
                .skip(1)
                .take(3)
                .any(|t| t.is_lowercase() && is_person_role_noun_word(text, t))
    };
    if !(age_after || subject_verb() || role_before() || office_after()) {
        return false;
    }
    names.iter().all(|t| {
        let w = t.text(text);
        t.is_word()
            && !is_org_word(text, t)
            && !crate::rules::speaker::is_acronym(w)
            && !t.is(Class::CapitalisedFunctionWord)
            // ("Should I …", "Many Mexicans", "That Mr. Trump", "One Republican")
            && !t.is_lowered(text, Class::FiniteAuxiliary)
            && !is_determiner_word(text, t)
            && !crate::rules::speaker::is_number_word(w)
            && !t.is(Class::GenericGroupHead)
            && t.pronoun(text).is_none()
    })
}

/// The acronym in parentheses at `toks[i]`, if one stands there: "(CRA)".
fn acronym_after<'t>(toks: Sentence<'t>, i: usize) -> Option<&'t str> {
    let text = toks.text;
    let [open, word, close] = toks.get(i..i + 3)? else {
        return None;
    };
    let w = word.text(text);
    (open.is_punct('(') && close.is_punct(')') && crate::rules::speaker::is_acronym(w)).then_some(w)
}

/// Whether a name is written family name first, as Korean and Chinese
/// names are in English news: a short first word and a hyphenated given
/// name after it ("Kim Jong-un", "Ban Ki-moon", "Moon Jae-in").
pub(super) fn family_first(words: &[&str]) -> bool {
    words.len() == 2 && words[0].len() <= 4 && words[1].contains('-') && !words[1].ends_with('-')
}

/// Whether a word is a preposition, whose object is no subject.
fn after_preposition(t: &Token) -> bool {
    t.is_word() && (t.is(Class::Preposition) || t.is(Class::AtFromInOf) || t.is(Class::InOfOn))
}

impl Registry {
    /// The person a definite description at `toks[the]` names by their
    /// title ("the mayor", "the former mayor"), and the index of its head.
    fn described(&self, toks: Sentence<'_>, the: usize) -> Option<(usize, usize)> {
        let mut k = the + 1;
        while k < toks.len() && k <= the + 3 && toks[k].is_lowercase() {
            if let Some(id) = self.titled(toks.word(k)) {
                // (the head: no noun after it, "the mayor's office" aside)
                let next = toks.get(k + 1);
                if next.map_or(true, |t| !t.is_lowercase() || !t.is_word()) {
                    return Some((id, k));
                }
            }
            k += 1;
        }
        None
    }

    /// Scans `toks` (one paragraph) for person names and mentions of known
    /// entities, recording each.
    pub fn scan(&mut self, toks: Sentence<'_>) {
        let mut i = 0;
        let mut first_mention = true;
        while i < toks.len() {
            // "the mayor", once the document named "Mayor McCallum"
            if !self.titles.is_empty() && toks.is(i, Class::The) {
                if let Some((id, head)) = self.described(toks, i) {
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
            if !toks[i].is_capitalized() {
                i += 1;
                continue;
            }
            // "Said Quist, …": an inverted cue is no part of the name, nor
            // an opening "As", "But", "In" …
            if i == 0
                && (crate::rules::cues::cue_at(toks, 0).is_some()
                    || toks.is(0, Class::NonNameOpener))
            {
                i += 1;
                continue;
            }
            let start = i;
            while i < toks.len()
                && toks[i].is_capitalized()
                // (an article inside starts a new phrase: "The Canadian
                // Press A train derailed")
                && !(i > start
                    && toks.is(i, Class::ArticleAnyCase)
                    && toks.get(i + 1).is_some_and(|t| t.is_lowercase()))
            {
                i += 1;
                if is_possessive(toks.word(i - 1)) {
                    break;
                }
            }
            let seen = self.mentions.len();
            // (the first mention, after no preposition and no possessive:
            // the sentence's subject, as far as places tell)
            let subject = first_mention
                && (start == 0 || !after_preposition(&toks[start - 1]))
                && !is_possessive(toks.word(i - 1));
            let before = (start > 0).then(|| &toks[start - 1]);
            self.scan_run(toks.part(start..i), before, &toks[i..], subject);
            // "the Canada Revenue Agency (CRA)": the acronym names it later
            if let Some(acronym) = acronym_after(toks, i) {
                self.alias(toks.part(start..i), acronym, subject);
            }
            first_mention &= self.mentions.len() == seen;
        }
    }

    /// Makes `acronym` a name of the organisation `run` names (registering
    /// it as one when the run named no one yet): "Export Development
    /// Canada (EDC)" … "EDC said".
    fn alias(&mut self, run: Sentence<'_>, acronym: &str, subject: bool) {
        let text = run.text;
        let run = match run.first() {
            Some(t) if t.is(Class::ArticleAnyCase) => &run[1..],
            _ => &run,
        };
        if run.len() < 2 {
            return;
        }
        let full = strip_possessive(&text[run[0].span.start..run[run.len() - 1].span.end]);
        let known = self.lookup_surname(last_token(full));
        let id = match known {
            Some(id) if self.entities[id].name == full => id,
            _ if run.iter().any(|t| t.lexeme.given.is_some()) => return,
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
        run: Sentence<'_>,
        before: Option<&Token>,
        next: &[Token],
        subject: bool,
    ) {
        let text = run.text;
        let mut gender = Gender::Unknown;
        let mut k = 0;
        let mut titled = false;
        while k < run.len() {
            let lexeme = run[k].lexeme;
            match lexeme.honorific.or(lexeme.title) {
                Some(g) if k + 1 < run.len() => {
                    titled = true;
                    if g != Gender::Unknown {
                        gender = g;
                    }
                    k += 1;
                }
                _ => break,
            }
        }
        let mut names = run.from(k);
        // (an indefinite article opens no one's name: "An RCMP official",
        // though "An" is a given name; "The" stays, a show's or a paper's:
        // "The Kelly File")
        if names.len() > 1 && names.is(0, Class::ArticleAnyCase) && !names.is(0, Class::The) {
            names = names.from(1);
        }
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
                let before = &names[g - 1];
                let title = before.lexeme.title.is_some()
                    || is_person_role_noun_word(text, before) && !before.lexeme.org_word;
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
                    && (names[g].lexeme.given.is_some() && (title || before.lexeme.org_word)
                        || title && names.len() - g >= 2 && plain())
            });
            if let Some(g) = at {
                titled = true;
                names = names.from(g);
                // (past an honorific after the office: "McCain Challenger
                // Dr. Kelli Ward")
                while names.len() > 2 && names[0].lexeme.honorific.is_some() {
                    names = names.from(1);
                }
            }
        }
        let first = names.word(0);
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
            if let Some(g) = names[0].lexeme.given {
                // ("Kim Jong-un": no given name first)
                let words: Vec<&str> = full.split_whitespace().collect();
                let g = if family_first(&words) {
                    Gender::Unknown
                } else {
                    g
                };
                let gender = if gender == Gender::Unknown { g } else { gender };
                let id = self.mention_name(full, EntityKind::Person, gender, pos, subject);
                self.note_titles(run.before(run.len() - names.len()), before, id);
                return;
            }
        }
        if let Some(g) = names[0].lexeme.given.filter(|_| {
            names.len() == 1
                && first.len() > 2
                && run.len() == 1
                && self.lookup_surname(first).is_none()
        }) {
            // a given name alone ("Marcus walked in."): a person known by it
            self.mention_name(first, EntityKind::Person, g, pos, subject);
            return;
        }
        if titled && names.len() <= 3 || unlisted_person(names, before, next) {
            let id = self.mention_name(full, EntityKind::Person, gender, pos, subject);
            self.note_titles(run.before(run.len() - names.len()), before, id);
            return;
        }
        // an organisation: "the Lakeside Water Company", "the State Department"
        if names.len() >= 2 && names.len() <= 6 && names.iter().any(|t| is_org_word(text, t)) {
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
    fn note_titles(&mut self, titles: Sentence<'_>, before: Option<&Token>, id: usize) {
        let text = titles.text;
        for t in titles.iter() {
            let w = t.text(text);
            if t.lexeme.honorific.is_some() {
                // (evidence of how the text addresses them: "Ms. Lind")
                let e = &mut self.entities[id];
                if e.honorific.is_none() {
                    e.honorific = Some(w.to_string());
                }
            } else if t.lexeme.title.is_some() {
                self.add_title(w.trim_end_matches('.'), id);
            }
        }
        if titles.is_empty() {
            if let Some(t) = before.filter(|t| t.is_lowercase()) {
                if is_person_role_noun_word(text, t) {
                    self.add_title(t.text(text), id);
                }
            }
        }
    }
}
