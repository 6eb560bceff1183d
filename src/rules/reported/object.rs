//! What follows a cue: its object ("told reporters"), the complementizer
//! "that", a preposition ("talked about"), and where the reported clause
//! ends.

use crate::rules::before_quote::gap_ok;
use crate::rules::clause::content_span;
use crate::rules::clause::next_boundary;
use crate::rules::clause::question_word;
use crate::rules::clause::Reported;
use crate::rules::cues::starts_clause;
use crate::rules::cues::{cue_at, is_passive, CueMatch, Found};
use crate::rules::speaker::is_determiner_word;
use crate::text::view::Sentence;

use crate::rules::speaker::{
    is_determiner, is_year, parse_np_right, quote_ends_in_comma, PhraseKind, SpeakerPhrase,
};
use crate::rules::subject::{adverbial_opener, time_opener};
use crate::rules::RuleId;
use crate::text::words::QUOTE;
use crate::vocab::lexicon::{CueClass, CUE_NOUNS};
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;

/// Past the object of "tell" when it closes the attribution: "…, Phil Smith
/// told POLITICO.", "The solution, the partner told them, was simple"
/// (`after`: the token after the cue).
pub(crate) fn past_tell_object(site: CueSite<'_>, after: usize) -> usize {
    let CueSite { s, .. } = site;
    let text = s.text;
    let n = s.len();
    let mut t = after;
    // ("the New York Daily News": an outlet with its article)
    if s.get(t)
        .is_some_and(|w| w.is_word() && w.spells(text, "the"))
        && s.get(t + 1).is_some_and(|w| w.is_capitalized())
    {
        t += 1;
    }
    while t < n
        && t < after + 7
        && s[t].is_word()
        && (s[t].is_capitalized() || s.is(t, Class::HearerObject))
    {
        t += 1;
    }
    let closes =
        |t: usize| t >= n || s[t].is_punct(',') || s[t].is_punct('.') || s[t].is_punct(';');
    // ("a Senate panel", "a local radio station": a short noun
    // phrase that closes the sentence is whom it was told)
    let noun_phrase = || {
        let mut u = after;
        if !s
            .get(u)
            .is_some_and(|w| w.is_word() && is_determiner_word(text, w))
        {
            return None;
        }
        u += 1;
        while u < n && u < after + 6 && s[u].is_word() && cue_at(s, u).is_none() {
            u += 1;
        }
        (u > after + 1 && closes(u)).then_some(u)
    };
    if t > after && closes(t) {
        t
    } else if let Some(u) = noun_phrase() {
        u
    } else {
        after
    }
}

/// The reported clause cut where what was said ends: before a passive's
/// agent ("was labeled a “witch hunt” by Tom Ruiz"), after a quotation
/// ending in its comma right after the cue, at the comma ending a relative
/// or a stance's clause ("Graham, who says allies should send troops,
/// tweeted …"). `m`: where the auxiliaries before the cue begin.
pub(crate) fn trim_clause(
    site: CueSite<'_>,
    m: usize,
    stance: bool,
    phrase: &SpeakerPhrase,
    mut clause: Span,
) -> Option<Span> {
    let CueSite { s, j, cue, .. } = site;
    let text = s.text;
    let n = s.len();
    // a passive's agent is no part of what was said: "was labeled a
    // “witch hunt” by Tom Ruiz"
    if is_passive(s, m, j) {
        if let Some(by) = s.iter().find(|t| {
            t.is_word()
                && t.spells(text, "by")
                && clause.contains(t.span)
                && t.span.start > clause.start
        }) {
            let from = s.partition_point(|t| t.span.start < clause.start);
            let to = s.partition_point(|t| t.span.start < by.span.start);
            match content_span(s, from, to) {
                Some(cut) => clause = cut,
                None => return None,
            }
        }
    }
    // "shouted, “Cruz,” Beck joked, …": a quotation ending in its comma
    // right after the cue is what was said, and the clause ends with it
    let lead = cue.last + 1;
    if lead + 1 < n
        && (s[lead].is_punct(',') || s[lead].is_punct(':'))
        && quote_ends_in_comma(text, &s[lead + 1])
        && clause.contains(s[lead + 1].span)
    {
        clause = Span::new(clause.start, s[lead + 1].span.end);
    }
    // a relative clause ends at its comma: "Graham, who says allies
    // should send troops, tweeted …"; so does a participle's ("A super
    // PAC supporting Rubio, Forward Ohio, spent …")
    // (or at a quotation that ends in its comma: "Humphrey, who calls
    // Trump a “sociopath,” said he …")
    let relative = Class::WhichWho.holds(&text[phrase.mention]);
    if (relative || stance) && phrase.mention.start < clause.start {
        if let Some(c) = s.iter().find(|t| {
            (t.is_punct(',') || quote_ends_in_comma(text, t))
                && t.span.start > clause.start
                && t.span.end <= clause.end
        }) {
            let from = s.partition_point(|t| t.span.start < clause.start);
            let to =
                s.partition_point(|t| t.span.start <= c.span.start) - usize::from(c.is_punct(','));
            match content_span(s, from, to) {
                Some(cut) => clause = cut,
                None => return None,
            }
        }
    }
    Some(clause)
}

/// The complementizer "that" soon after `from`, with only adverbials
/// before it ("said (on Monday, in a statement) that …"; not the
/// determiner of "… to that conclusion").
pub(crate) fn that_soon(site: CueSite<'_>, from: usize) -> Option<usize> {
    let CueSite { s, .. } = site;
    let n = s.len();
    // past an aside in dashes: "said — on Twitter, as it happens — that"
    let from = if s.get(from).is_some_and(|t| t.is_dash() && !t.is_punct('-')) {
        (from + 1..n.min(from + 12))
            .find(|&x| s[x].is_dash() && !s[x].is_punct('-'))
            .map_or(from, |x| x + 1)
    } else {
        from
    };
    (from..n.min(from + 12))
        .find(|&x| s[x].is_word() && s.spells(x, "that"))
        .filter(|&x| gap_ok(s.part(from..x)))
        .filter(|&x| !that_is_determiner(s, x))
        // "polls show that has reversed": "that" is the subject
        .filter(|&x| {
            !s.get(x + 1)
                .is_some_and(|t| t.is_word() && t.is(Class::FiniteAuxiliary))
        })
}

/// What a cue's object makes of it.
pub(crate) enum ObjectContent {
    /// The reported clause, if any, whether it stands on its own, and
    /// whether it is the cue's object rather than a clause.
    Clause(Option<Span>, bool, bool),
    /// The cue's record is decided: a preposition's own, or none.
    Decided(Option<Box<Reported>>),
}

/// What a cue followed by its object or a preposition reports: "told
/// reporters (that) …", "talked about the economy", "called for a ban".
pub(crate) fn object_content(
    site: CueSite<'_>,
    phrase: &SpeakerPhrase,
    phrase_start: usize,
    after: usize,
) -> ObjectContent {
    let CueSite {
        s,
        coordinated,
        cue,
        ..
    } = site;
    let text = s.text;
    let n = s.len();
    let mut c = past_addressee(site, after);
    let tell_like = c > after;
    // "announced Sunday she will resign": a day between cue and clause
    // ("said today he will run", "says tonight he’s a step closer")
    while c < n
        && c < after + 2
        && (s[c].is_capitalized() && s.is(c, Class::TimeWord)
            || s[c].is_word()
                && s.is(c, Class::DeicticDay)
                // (not the subject: "said today was the best day")
                && !s
                    .get(c + 1)
                    .is_some_and(|t| t.is(Class::FiniteAuxiliary)))
        && s.get(c + 1).is_some_and(|t| t.is_word())
    {
        c += 1;
    }
    // "vowed to fight on", "talked about the economy", "called for a ban"
    if let Some(decided) = preposition_report(site, phrase, phrase_start, c, tell_like) {
        return decided;
    }
    // "told a crowded hall at a hotel in Baltimore that …": the object
    // of "tell" may be long, but holds no verb
    let told_that = || {
        (c..n.min(c + 12))
            .find(|&x| s[x].is_word() && s.spells(x, "that"))
            .filter(|&x| {
                s[c..x]
                    .iter()
                    .all(|t| t.is_word() && !t.is(Class::GapStop) && t.cue_verb(text).is_none())
            })
            .filter(|&x| !that_is_determiner(s, x))
    };
    // "said in politics it takes time", "said at the rally they
    // would win", "told CNN last week she would": a short phrase of
    // place or time, then a clause with a pronoun for subject
    let c = if that_soon(site, c).is_none()
        && s.get(c)
            .is_some_and(|t| t.is_word() && t.is(Class::TimeLead))
    {
        (c + 2..n.min(c + 6))
            .find(|&x| {
                s[x].is_word()
                    && Class::ClauseSubject.holds(s.word(x).split(['’', '\'']).next().unwrap_or(""))
            })
            .filter(|&x| {
                s[c + 1..x].iter().all(|t| {
                    t.is_word()
                        && !t.is(Class::GapStop)
                        && !t.is(Class::AndButOr)
                        && t.cue_verb(text).is_none()
                })
            })
            .unwrap_or(c)
    } else {
        c
    };
    let that = that_soon(site, c).or_else(|| tell_like.then(told_that).flatten());
    let (from, standalone) = match that {
        Some(x) => (x + 1, true),
        None => (
            c,
            (!tell_like || starts_clause(s, c))
                && (starts_clause(s, c)
                    // an object is what was said, but a name given
                    // ("call him the robber"), a plea, or what follows
                    // a verb that takes no object ("spoke first") is not
                    || (content_word(s, c)
                        && !Class::IntransitiveSpeechLemma.holds(cue.lemma)
                        && !s.spells(c, "not"))
                    // "called him a liar", "call him competent": a
                    // judgment ("call him the robber" names him)
                    || (cue.lemma == "call" && called_a_judgment(s, c))
                    || (Class::SayingLemma.holds(cue.lemma) && question_word(s, c))),
        ),
    };
    let to = next_boundary(coordinated, from, n);
    // (after a verb of saying the words are what was said, a clause or not)
    // ("added a goal", "wrote off assets": a verb of saying in another
    // sense says nothing without a clause)
    let saying = Class::SayingLemma.holds(cue.lemma) && !Class::ClauseOnlyLemma.holds(cue.lemma);
    let object = that.is_none()
        && !saying
        && (!starts_clause(s, c) || !holds_verb(s.part(from.min(to)..to)));
    ObjectContent::Clause(content_span(s, from, to), standalone, object)
}

/// What a cue followed by a preposition at `s[c]` reports, when the
/// preposition takes what was said: "vowed to fight on", "talked about the
/// economy", "called for a ban", "said: …" (`None`: no such preposition, the
/// object decides).
fn preposition_report(
    site: CueSite<'_>,
    phrase: &SpeakerPhrase,
    phrase_start: usize,
    c: usize,
    tell_like: bool,
) -> Option<ObjectContent> {
    let (text, s, cue, n) = (site.s.text, site.s, site.cue, site.s.len());
    let p = (c < n && (s[c].is_word() || s[c].is_punct(':')))
        .then(|| s.word(c))
        .filter(|w| Class::TopicPreposition.holds(w))?;
    let infinitive = p == "to"
        && s.get(c + 1)
            .is_some_and(|t| t.is_lowercase() && !is_determiner_word(text, t));
    let fits = match p {
        "to" => infinitive || Class::ToCueLemma.holds(cue.lemma),
        ":" => true,
        other => crate::vocab::lexicon::PREP_CUES
            .get(other)
            .is_some_and(|lemmas| lemmas.contains(&cue.lemma)),
    };
    // "spoke on (the) condition of anonymity", "on background": the
    // terms of speaking, not what was said
    let terms = p == "on"
        && s[c + 1..n.min(c + 3)]
            .iter()
            .any(|t| t.is_word() && t.is(Class::SourcingNoun));
    if terms {
        return Some(ObjectContent::Decided(None));
    }
    if fits {
        // what a preposition's object names is a topic, not words said
        // ("talked about the economy", "referring to the alliance"): an
        // attribution, no statement; an infinitive is a plan or a
        // promise ("vowed to fight on", "is said to have"), but with an
        // addressee an instruction ("urged voters to stay home")
        let no_statement = match p {
            ":" => false,
            "to" if infinitive => !tell_like && cue.class == CueClass::Statement,
            _ => true,
        };
        let clause = content_span(s, c + 1, next_boundary(site.coordinated, c + 1, n));
        if let Some(clause) = clause {
            let attribution = Span::new(phrase_start, s[c].span.end);
            let cue = CueMatch {
                span: Span::new(cue.span.start, s[c].span.end),
                last: c,
                ..cue
            };
            let found = Found::new(
                phrase.clone(),
                Some(cue),
                attribution,
                RuleId::ReportedSpeech,
            );
            return Some(ObjectContent::Decided(Some(Box::new(Reported {
                found,
                clause,
                standalone: true,
                object: no_statement,
            }))));
        }
        return Some(ObjectContent::Decided(None));
    }
    None
}

/// Past the addressee of a cue that takes one ("told reporters", "told the
/// Washington Examiner", "told The Star-Ledger of Newark"), up to where a
/// clause starts; `after` when the cue takes none.
fn past_addressee(site: CueSite<'_>, after: usize) -> usize {
    let CueSite { s, cue, .. } = site;
    let text = s.text;
    let n = s.len();
    let mut c = after;
    // an object of "tell": "told reporters", "told the Washington Examiner"
    if Class::AddresseeLemma.holds(cue.lemma) {
        // (a named outlet may be longer: "told The Star-Ledger of Newark")
        let named = s.get(after).is_some_and(|t| t.is_capitalized())
            || (s.get(after).is_some_and(|t| t.spells(text, "the"))
                && s.get(after + 1).is_some_and(|t| t.is_capitalized()));
        let outlet = |c: usize| {
            named
                && c < after + 7
                && (s[c].is_capitalized() || s.spells(c, "of"))
                && s[after..c].iter().all(|t| t.is_word())
        };
        while c < n && s[c].is_word() && !s.spells(c, "that") && (c < after + 4 || outlet(c)) {
            c += 1;
            // the object ends where a clause starts: "told reporters
            // she was leaving", "told CNN the plan would fail"
            // ("he’s", "this was", "his firm worked")
            let next = s
                .get(c)
                .filter(|t| t.is_word())
                .map(|t| t.text(text).split(['’', '\'']).next().unwrap_or(""));
            let subject = next.is_some_and(|w| {
                Class::SubjectWordLower.holds(w)
                    || Class::Determiner.holds(w) && !is_determiner_word(text, &s[c - 1])
            });
            if subject {
                break;
            }
        }
    }
    c
}

/// Whether the words before "…, X said" (X starting at `s[start]`) are
/// what was said: not an opening adverbial without a verb ("On Friday,
/// Obama said"), nor a time ("Fifteen minutes after the vote was called,"),
/// nor a subject with its appositive ("The novelist Mario Vargas, one of the
/// signatories, told …").
pub(crate) fn fronted_content(s: Sentence<'_>, start: usize) -> bool {
    let cut = if s[start - 1].is_punct(',') {
        start - 1
    } else {
        start
    };
    let no_verb = !s[..cut]
        .iter()
        .any(|t| t.is_word() && t.is(Class::FiniteAuxiliary));
    // (a time that ends in a day, month or year is no clause: "And until
    // Thursday, Trump has refused to …", "After meeting his wife on June 30,
    // 2000, Loden confessed")
    let dated =
        cut > 0 && no_verb && { s.is(cut - 1, Class::CalendarName) || is_year(s.word(cut - 1)) };
    if dated {
        return false;
    }
    let one_chunk = !s[..cut]
        .iter()
        .any(|t| t.is_punct(QUOTE) || t.is_punct(','));
    if !one_chunk {
        return true;
    }
    let named = || {
        cut <= 8
            && parse_np_right(s.before(cut)).is_some_and(|p| {
                p.whole.start.min(p.mention.start) == s[0].span.start && p.kind == PhraseKind::Name
            })
    };
    !(adverbial_opener(s) && no_verb || time_opener(s) || named())
}

/// Whether "that" at `s[x]` points at a noun ("interjected that warning
/// into the debate") rather than opening a clause.
fn that_is_determiner(s: Sentence<'_>, x: usize) -> bool {
    let text = s.text;
    let word = |i: usize| s.get(i).filter(|t| t.is_word()).map(|t| t.text(text));
    let noun = word(x + 1).is_some_and(|w| CUE_NOUNS.contains(w));
    let then = word(x + 2).map_or(true, |w| Class::AfterThatNoun.holds(w));
    noun && then
}

/// Whether the object of "call" at `s[c]` is a person judged: a pronoun,
/// then "a" or "an" or an adjective ("called him a liar", "call him
/// competent"), not "the" and a name ("call him the robber").
fn called_a_judgment(s: Sentence<'_>, c: usize) -> bool {
    let text = s.text;
    let word = |i: usize| s.get(i).filter(|t| t.is_word()).map(|t| t.text(text));
    let object = word(c).is_some_and(|w| Class::ObjectPronoun.holds(w));
    object
        && word(c + 1).is_some_and(|w| {
            Class::IndefiniteArticle.holds(w)
                || s[c + 1].is_lowercase()
                    && !is_determiner(w)
                    && !Class::FiniteAuxiliary.holds(w)
                    && !Class::AfterCalled.holds(w)
        })
}

/// Whether `s[i]` is a word that can open a clause without "that": not a
/// preposition, adverb, time word or conjunction.
fn content_word(s: Sentence<'_>, i: usize) -> bool {
    let text = s.text;
    let Some(t) = s.get(i) else { return false };
    t.is_word() && {
        let w = t.text(text);
        let function_word = Class::NonContentWord.holds(w);
        !(Class::AfterSpeech.holds(w) || (w.len() > 3 && w.ends_in_ly()) || function_word)
    }
}

/// A cue of the sentence and what it reports.
#[derive(Clone, Copy)]
pub(crate) struct CueSite<'a> {
    pub(super) s: Sentence<'a>,
    /// Where clauses break off (see [`boundaries`](super::boundaries)).
    pub(super) coordinated: &'a [usize],
    /// The cue's first token.
    pub(super) j: usize,
    pub(super) cue: CueMatch,
}

/// Whether words hold a verb of their own, as a clause does: a finite
/// auxiliary, a common past form, or a lowercase word in "-ed" ("the
/// company will close", "Smith was leaving", "the mill closed"; not "the
/// dialogue", "reports of a rift").
fn holds_verb(words: Sentence<'_>) -> bool {
    let text = words.text;
    words.iter().any(|t| {
        t.is(Class::FiniteAuxiliary)
            || t.is(Class::LightPastVerb)
            || t.is(Class::PastVerb)
            || t.is_lowercase() && t.text(text).ends_in_ed()
    })
}
