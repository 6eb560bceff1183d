//! Reported speech: every cue with a subject in a sentence ("X said (that)
//! …", "…, X said", "according to X, …", "X’s claim that …") with the
//! clause it reports, and the fragments quoted inside it.

use super::speaker::{
    is_determiner, parse_after, parse_before, parse_np_right, quote_ends_in_comma, PhraseKind,
    SpeakerPhrase,
};
use crate::record::EntityKind;
use crate::rules::according_to::{according_to_at, source_phrase};
use crate::rules::after_quote::trailing;
use crate::rules::before_quote::{gap_ok, with_subject};
use crate::rules::clause::content_span;
use crate::rules::clause::next_boundary;
use crate::rules::clause::question_word;
use crate::rules::clause::Reported;
use crate::rules::cues::speaker_fits;
use crate::rules::cues::starts_clause;
use crate::rules::cues::{
    comma_before, cue_at, is_aux, is_passive, is_passive_aux, is_time_word, participle_form,
    skip_aux_back, CueMatch, Found,
};
use crate::rules::poll::poll_finding;
use crate::rules::subject::{adverbial_opener, sentence_subject, time_opener, word_before_phrase};
use crate::rules::RuleId;
use crate::text::words::{Token, QUOTE};
use crate::vocab::lexicon::{cue_verb, CueClass, Gender, CUE_NOUNS};
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;

/// Every cue with a subject in sentence `s` ("X said (that) …", "…, X said",
/// "according to X, …"), in order, with its reported clause. One pass; the
/// work per cue is bounded, so the whole is linear in the sentence.
pub(crate) fn reported_all(text: &str, s: &[Token]) -> Vec<Reported> {
    let n = s.len();
    let (cues, coordinated) = cues_and_boundaries(text, s);
    // "Trump’s claim that …", "the senator’s statement that …"
    // (a day between: "his comment Monday that …")
    let mut out: Vec<Reported> = (1..n.saturating_sub(2))
        .filter_map(|j| noun_report(text, s, j, &coordinated))
        .collect();
    // "In the new Post-ABC poll, Clinton leads …", "… 38 percent support in
    // a Fox poll.": a poll says the sentence
    if let Some(r) = poll_finding(text, s, &coordinated) {
        out.push(r);
    }
    let mut subject: Option<Option<SpeakerPhrase>> = None;
    for (j, cue, according) in cues {
        let site = CueSite {
            text,
            s,
            coordinated: &coordinated,
            j,
            cue,
        };
        if let Some(r) = cue_report(site, according, &mut subject, &out) {
            out.push(r);
        }
    }
    out
}

/// The cues of sentence `s` in order (with whether each is "according to"),
/// and the boundaries where a clause breaks off the one before: a
/// coordinated cue ("and said"), a participle (", adding that"), a
/// contrast (", but"), an opening subordinate clause's comma.
fn cues_and_boundaries(text: &str, s: &[Token]) -> (Vec<(usize, CueMatch, bool)>, Vec<usize>) {
    let n = s.len();
    // "and said", "but added": where a coordinated cue starts a new clause
    let mut coordinated = Vec::new();
    let mut cues = Vec::new();
    // where a clause opened by `s[j]` after a comma breaks off the one
    // before: at the comma, or right before `s[j]` when the comma closes a
    // quotation (which stays in the clause before)
    let break_before = |j: usize| if s[j - 1].is_punct(',') { j - 1 } else { j };
    // (boundaries are sorted and deduplicated after the pass)
    for j in 0..n {
        if let Some(c) = according_to_at(text, s, j) {
            cues.push((j, c, true));
        } else if let Some(c) = cue_at(text, s, j) {
            if j > 0 && s[j - 1].is_word() && s[j - 1].is(Class::AndBut) {
                coordinated.push(j - 1);
            }
            // ", telling reporters …", ", adding that …": a new clause
            if j > 0 && comma_before(text, s, j) && s[j].text(text).ends_in_ing() {
                coordinated.push(break_before(j));
            }
            // ", and Ms. Acosta said …": a new clause with its own subject
            if let Some(x) = conjunction_and_subject(text, s, j) {
                coordinated.push(x);
            }
            cues.push((j, c, false));
        }
        // ", while X said …": a new clause; so is ", and when asked …"
        let subordinate_after_and = || {
            s[j].is(Class::AndBut)
                && s.get(j + 1)
                    .is_some_and(|t| t.is(Class::ClauseSubordinator))
        };
        // ", as she put it": a parenthetical with its own cue
        let as_parenthetical = || {
            s[j].text(text) == "as" && (j + 2..n.min(j + 5)).any(|y| cue_at(text, s, y).is_some())
        };
        // (the comma may close a quotation: "“Islam hates us,” but he …",
        // and the quotation stays in the clause before)
        if j > 0
            && comma_before(text, s, j)
            && s[j].is_word()
            && (s[j].is(Class::ContrastConjunction)
                || subordinate_after_and()
                || as_parenthetical())
        {
            coordinated.push(break_before(j));
        }
    }
    // "While X condemned the plan, the groups say …": an opening
    // subordinate clause ends at its comma
    if n > 0 && s[0].is_word() && s[0].is(Class::OpeningSubordinator) {
        if let Some(c) = s.iter().take(40).position(|t| t.is_punct(',')) {
            coordinated.push(c);
        }
    }
    // (found out of order: ", and Ms. Acosta said" stands before the cue,
    // an opening clause's comma before everything)
    coordinated.sort_unstable();
    coordinated.dedup();
    (cues, coordinated)
}

/// A noun of speech owned by its speaker and followed by "that": "Trump’s
/// claim that …", "the senator’s statement that …" (a day between: "his
/// comment Monday that …"), with `s[j]` the noun.
fn noun_report(text: &str, s: &[Token], j: usize, coordinated: &[usize]) -> Option<Reported> {
    let n = s.len();
    let t = &s[j];
    let that_at = |x: usize| {
        s.get(x)
            .is_some_and(|w| w.is_word() && w.text(text) == "that")
    };
    let that = if that_at(j + 1) {
        j + 1
    } else if that_at(j + 2) && s[j + 1].is_word() && is_time_word(s[j + 1].text(text)) {
        j + 2
    } else {
        return None;
    };
    if !t.is_lowercase(text) || !CUE_NOUNS.contains(t.text(text)) {
        return None;
    }
    let owner = &s[j - 1];
    let w = owner.text(text);
    // (past a month or a year: "her March comment that …")
    let dated = j >= 2
        && owner.is_word()
        && (Class::Month.holds(w) || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
    let pronoun = possessive_pronoun(owner.span, w).or_else(|| {
        dated
            .then(|| possessive_pronoun(s[j - 2].span, s[j - 2].text(text)))
            .flatten()
    });
    let phrase = if let Some(pronoun) = pronoun {
        // "her claim that she …": the possessive pronoun speaks, unless a
        // verb of speech before it has a subject who does ("De Blasio
        // repeated his claim that …", "stressing in his remarks that …")
        // (a passive is no such verb: "He was challenged over his
        // statement that …")
        let passive = |x: usize| x > 0 && is_passive_aux(s[x - 1].text(text));
        let verb_before = (j.saturating_sub(POSSESSIVE_LOOKBACK)..j - 1)
            .any(|x| cue_at(text, s, x).is_some() && !passive(x));
        if verb_before {
            return None;
        }
        pronoun
    } else {
        // (a description owns it too: "an inspector general's report that")
        if !owner.is_word() || super::speaker::strip_possessive(w).len() == w.len() {
            return None;
        }
        // the owner's own words: a run of capitalised words ("the
        // Hudson Institute's"), or a description back to its determiner
        // ("an inspector general's"); never a verb before them ("Critics
        // pointed to Lee's claim")
        let floor = (j - 1).saturating_sub(4);
        let mut lo = j - 1;
        if owner.is_capitalized(text) {
            while lo > floor && (s[lo - 1].is_capitalized(text) || s[lo - 1].is_punct('.')) {
                lo -= 1;
            }
            if lo > floor && s[lo - 1].is(Class::The) {
                lo -= 1;
            }
        } else {
            while lo > floor && s[lo - 1].is_lowercase(text) && !is_determiner(s[lo].text(text)) {
                lo -= 1;
            }
            if !is_determiner(s[lo].text(text)) {
                return None;
            }
        }
        let mut phrase = parse_before(text, s, lo, j)?;
        if let Some(name) = phrase.name {
            phrase.mention = name;
        }
        // the owner without its possessive: "an inspector general"
        let m = &text[phrase.mention];
        let stem = super::speaker::strip_possessive(m);
        if stem.len() < m.len() && !stem.is_empty() {
            phrase.mention = Span::new(phrase.mention.start, phrase.mention.start + stem.len());
        }
        phrase
    };
    let clause = content_span(s, that + 1, next_boundary(coordinated, that + 1, n))?;
    let cue = CueMatch {
        span: t.span,
        lemma: "statement",
        weight: 0.8,
        class: CueClass::Speech,
        last: j,
    };
    let attribution = Span::new(phrase.whole.start.min(phrase.mention.start), t.span.end);
    Some(Reported {
        found: Found::new(phrase, Some(cue), attribution, RuleId::ReportedSpeech),
        clause,
        standalone: true,
    })
}

/// A cue of the sentence and what it reports.
#[derive(Clone, Copy)]
struct CueSite<'a> {
    text: &'a str,
    s: &'a [Token],
    /// Where clauses break off (see [`cues_and_boundaries`]).
    coordinated: &'a [usize],
    /// The cue's first token.
    j: usize,
    cue: CueMatch,
}

/// The record the cue at `site` makes, if any: "according to X", an
/// inverted or passive cue, or a cue with its subject and reported clause.
/// `subject` keeps the sentence's subject once found; `out` holds the
/// records of the cues before.
fn cue_report(
    site: CueSite<'_>,
    according: bool,
    subject: &mut Option<Option<SpeakerPhrase>>,
    out: &[Reported],
) -> Option<Reported> {
    let CueSite {
        text,
        s,
        coordinated,
        j,
        cue,
    } = site;
    let n = s.len();
    if according {
        return according_report(site);
    }
    // inverted, after the reported words: "… ''profoundly irresponsible,'' said Steve Bell."
    if let Some(r) = inverted_report(site) {
        return Some(r);
    }
    // passive, with its agent: "Facebook was criticised by the tribunal for …"
    if cue.last + 1 < n
        && s[cue.last + 1].is_word()
        && s[cue.last + 1].text(text) == "by"
        && j > 0
        && s[j - 1].is_word()
        && is_passive_aux(s[j - 1].text(text))
    {
        return passive_agent_report(site);
    }
    // a passive with no agent names no speaker: "Texas was called for Cruz"
    if cue.class == CueClass::Speech
        && j > 0
        && s[j - 1].is_word()
        && is_passive_aux(s[j - 1].text(text))
        && s[j].text(text).ends_in_ed()
    {
        return None;
    }
    let m = skip_aux_back(text, s, j.saturating_sub(6), j);
    let stance = is_stance(site);
    let phrase = cue_subject(site, m, subject, out)?;
    let phrase_start = phrase.whole.start.min(phrase.mention.start);
    let start_of_phrase = s.partition_point(|t| t.span.start < phrase_start);
    let after = cue.last + 1;
    // (", as Clinton supporters point out.": the "as" stands outside the
    // phrase; at the end of the sentence only)
    let as_before = start_of_phrase >= 2
        && s[start_of_phrase - 1].is_word()
        && s[start_of_phrase - 1].text(text) == "as"
        && comma_before(text, s, start_of_phrase - 1)
        && s[cue.last + 1..]
            .iter()
            .all(|t| !t.is_word() && !t.is_punct(QUOTE));
    let parenthetical =
        start_of_phrase > 0 && (comma_before(text, s, start_of_phrase) || as_before);
    // "As the Ledger reported, …": an opening "as" clause
    // (after a conjunction, "But as Clyburn noted, …", or after an
    // opening adverbial, "Weeks ago, as the Ledger reported, …")
    let as_at = |x: usize| s[x].is_word() && s[x].is(Class::As);
    let as_opener = start_of_phrase >= 1
        && as_at(start_of_phrase - 1)
        && (start_of_phrase == 1
            || start_of_phrase == 2 && s[0].is(Class::OpeningConjunction)
            || start_of_phrase >= 3
                && s[start_of_phrase - 2].is_punct(',')
                && start_of_phrase <= 8
                && (adverbial_opener(text, s) || time_opener(text, s)))
        && !s[..start_of_phrase].iter().any(|t| t.is_punct(QUOTE));
    // "…, Phil Smith told POLITICO.", "The solution, the partner told
    // them, was simple": past the object of "tell" when it closes the
    // attribution
    let after = if cue.lemma == "tell" && (parenthetical || as_opener) {
        past_tell_object(site, after)
    } else {
        after
    };
    let ends_here = after >= n
        || s[after].is_punct(',')
        || s[after].is_punct('.')
        || s[after].is_punct(';')
        || (s[after].is_word()
            && s[after].is(Class::AfterSpeech)
            && !(is_determiner(s[after].text(text)) && cue.lemma == "say")
            // "he referred to the rivals as …": "to" takes the object
            && !(s[after].text(text) == "to" && Class::ToCueLemma.holds(cue.lemma))
            && that_soon(site, after).is_none());
    // "Ash argued in his email, the incident is …": an adverbial between
    // the cue and its comma
    let after_pp = if parenthetical
        && s.get(after)
            .is_some_and(|t| t.is_word() && t.is(Class::AfterSpeech))
    {
        (after + 1..n.min(after + 7))
            .find(|&c| s[c].is_punct(','))
            .filter(|&c| gap_ok(text, &s[after..c]))
            .unwrap_or(after)
    } else {
        after
    };
    let continues_clause = after_pp + 1 < n
        && s[after_pp].is_punct(',')
        && s[after_pp + 1].is_word()
        && (s[after_pp + 1].is(Class::FiniteAfterParticiple)
            // or its own verb in the past: "The breaking point, Ash
            // wrote, came on Friday"
            || s[after_pp + 1].is_lowercase(text) && {
                let v = s[after_pp + 1].text(text);
                (v.ends_in_ed() && v.len() > 4 && cue_verb(v).is_none())
                    || Class::LightPastVerb.holds(v)
            });
    let mid = (parenthetical || as_opener)
        && after_pp + 1 < n
        && s[after_pp].is_punct(',')
        && s[after_pp + 1].is_word();
    let (content, standalone) = if parenthetical && continues_clause {
        // in the middle: "Loyalty, he noted, has long been …": the sentence is the clause
        (content_span(s, 0, n), true)
    } else if mid
        && !s[..start_of_phrase].iter().any(|t| t.is_punct(QUOTE))
        && (adverbial_opener(text, s) || start_of_phrase <= 3)
    {
        // "Overall, she said, a number of …": what follows is what was said
        (
            content_span(s, after_pp + 1, next_boundary(coordinated, after_pp + 1, n)),
            true,
        )
    } else if parenthetical && ends_here && Class::TalkLemma.holds(cue.lemma) {
        // "…, Kasich spoke to voters": speaking takes no clause before it
        return None;
    } else if parenthetical && ends_here && fronted_content(text, s, start_of_phrase) {
        let cut = if as_before {
            start_of_phrase - 2
        } else if s[start_of_phrase - 1].is_punct(',') {
            start_of_phrase - 1
        } else {
            start_of_phrase
        };
        (content_span(s, 0, cut), true)
    } else if let Some(q) = Class::AskLemma
        .holds(cue.lemma)
        .then(|| (after..n.min(after + 6)).find(|&q| question_word(s, q)))
        .flatten()
        .filter(|&q| {
            s[after..q]
                .iter()
                .all(|t| t.is_word() && !t.is(Class::GapStop) && cue_verb(t.text(text)).is_none())
        })
    {
        // the question asked: "asked (her) whether …", "asked if …"
        (content_span(s, q, next_boundary(coordinated, q, n)), true)
    } else {
        match object_content(site, &phrase, phrase_start, after) {
            ObjectContent::Clause(clause, standalone) => (clause, standalone),
            ObjectContent::Decided(record) => return record.map(|r| *r),
        }
    };
    let clause = trim_clause(site, m, stance, &phrase, content?)?;
    let attribution = Span::new(phrase_start, cue.span.end);
    let found = Found::new(phrase, Some(cue), attribution, RuleId::ReportedSpeech);
    Some(Reported {
        found,
        clause,
        standalone,
    })
}

/// Past the object of "tell" when it closes the attribution: "…, Phil Smith
/// told POLITICO.", "The solution, the partner told them, was simple"
/// (`after`: the token after the cue).
fn past_tell_object(site: CueSite<'_>, after: usize) -> usize {
    let CueSite { text, s, .. } = site;
    let n = s.len();
    let mut t = after;
    // ("the New York Daily News": an outlet with its article)
    if s.get(t)
        .is_some_and(|w| w.is_word() && w.text(text) == "the")
        && s.get(t + 1).is_some_and(|w| w.is_capitalized(text))
    {
        t += 1;
    }
    while t < n
        && t < after + 7
        && s[t].is_word()
        && (s[t].is_capitalized(text) || s[t].is(Class::HearerObject))
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
            .is_some_and(|w| w.is_word() && is_determiner(w.text(text)))
        {
            return None;
        }
        u += 1;
        while u < n && u < after + 6 && s[u].is_word() && cue_at(text, s, u).is_none() {
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
fn trim_clause(
    site: CueSite<'_>,
    m: usize,
    stance: bool,
    phrase: &SpeakerPhrase,
    mut clause: Span,
) -> Option<Span> {
    let CueSite {
        text, s, j, cue, ..
    } = site;
    let n = s.len();
    // a passive's agent is no part of what was said: "was labeled a
    // “witch hunt” by Tom Ruiz"
    if is_passive(text, s, m, j) {
        if let Some(by) = s.iter().find(|t| {
            t.is_word()
                && t.text(text) == "by"
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
fn that_soon(site: CueSite<'_>, from: usize) -> Option<usize> {
    let CueSite { text, s, .. } = site;
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
        .find(|&x| s[x].is_word() && s[x].text(text) == "that")
        .filter(|&x| gap_ok(text, &s[from..x]))
        .filter(|&x| !that_is_determiner(text, s, x))
        // "polls show that has reversed": "that" is the subject
        .filter(|&x| {
            !s.get(x + 1)
                .is_some_and(|t| t.is_word() && t.is(Class::FiniteAuxiliary))
        })
}

/// What a cue's object makes of it.
enum ObjectContent {
    /// The reported clause, if any, and whether it stands on its own.
    Clause(Option<Span>, bool),
    /// The cue's record is decided: a preposition's own, or none.
    Decided(Option<Box<Reported>>),
}

/// What a cue followed by its object or a preposition reports: "told
/// reporters (that) …", "talked about the economy", "called for a ban".
fn object_content(
    site: CueSite<'_>,
    phrase: &SpeakerPhrase,
    phrase_start: usize,
    after: usize,
) -> ObjectContent {
    let CueSite {
        text,
        s,
        coordinated,
        cue,
        ..
    } = site;
    let n = s.len();
    let mut c = after;
    // an object of "tell": "told reporters", "told the Washington Examiner"
    if Class::AddresseeLemma.holds(cue.lemma) {
        // (a named outlet may be longer: "told The Star-Ledger of Newark")
        let named = s.get(after).is_some_and(|t| t.is_capitalized(text))
            || (s.get(after).is_some_and(|t| t.text(text) == "the")
                && s.get(after + 1).is_some_and(|t| t.is_capitalized(text)));
        let outlet = |c: usize| {
            named
                && c < after + 7
                && (s[c].is_capitalized(text) || s[c].text(text) == "of")
                && s[after..c].iter().all(|t| t.is_word())
        };
        while c < n && s[c].is_word() && s[c].text(text) != "that" && (c < after + 4 || outlet(c)) {
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
                    || Class::Determiner.holds(w) && !is_determiner(s[c - 1].text(text))
            });
            if subject {
                break;
            }
        }
    }
    let tell_like = c > after;
    // "announced Sunday she will resign": a day between cue and clause
    // ("said today he will run", "says tonight he’s a step closer")
    while c < n
        && c < after + 2
        && (s[c].is_capitalized(text) && is_time_word(s[c].text(text))
            || s[c].is_word()
                && s[c].is(Class::DeicticDay)
                // (not the subject: "said today was the best day")
                && !s
                    .get(c + 1)
                    .is_some_and(|t| t.is(Class::FiniteAuxiliary)))
        && s.get(c + 1).is_some_and(|t| t.is_word())
    {
        c += 1;
    }
    // "vowed to fight on", "talked about the economy", "called for a ban"
    let prep = (c < n && (s[c].is_word() || s[c].is_punct(':')))
        .then(|| s[c].text(text))
        .filter(|w| Class::TopicPreposition.holds(w));
    if let Some(p) = prep {
        let infinitive = p == "to"
            && s.get(c + 1)
                .is_some_and(|t| t.is_lowercase(text) && !is_determiner(t.text(text)));
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
            return ObjectContent::Decided(None);
        }
        if fits {
            let clause = content_span(s, c + 1, next_boundary(coordinated, c + 1, n));
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
                return ObjectContent::Decided(Some(Box::new(Reported {
                    found,
                    clause,
                    standalone: true,
                })));
            }
            return ObjectContent::Decided(None);
        }
    }
    // "told a crowded hall at a hotel in Baltimore that …": the object
    // of "tell" may be long, but holds no verb
    let told_that = || {
        (c..n.min(c + 12))
            .find(|&x| s[x].is_word() && s[x].text(text) == "that")
            .filter(|&x| {
                s[c..x].iter().all(|t| {
                    t.is_word() && !t.is(Class::GapStop) && cue_verb(t.text(text)).is_none()
                })
            })
            .filter(|&x| !that_is_determiner(text, s, x))
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
                    && Class::ClauseSubject
                        .holds(s[x].text(text).split(['’', '\'']).next().unwrap_or(""))
            })
            .filter(|&x| {
                s[c + 1..x].iter().all(|t| {
                    t.is_word()
                        && !t.is(Class::GapStop)
                        && !t.is(Class::AndButOr)
                        && cue_verb(t.text(text)).is_none()
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
            (!tell_like || starts_clause(text, s, c))
                && (starts_clause(text, s, c)
                    // an object is what was said, but a name given
                    // ("call him the robber"), a plea, or what follows
                    // a verb that takes no object ("spoke first") is not
                    || (content_word(text, s, c)
                        && !Class::IntransitiveSpeechLemma.holds(cue.lemma)
                        && s[c].text(text) != "not")
                    // "called him a liar", "call him competent": a
                    // judgment ("call him the robber" names him)
                    || (cue.lemma == "call" && called_a_judgment(text, s, c))
                    || (Class::SayingLemma.holds(cue.lemma) && question_word(s, c))),
        ),
    };
    ObjectContent::Clause(
        content_span(s, from, next_boundary(coordinated, from, n)),
        standalone,
    )
}

/// Whether the cue at `site` is a participle of belief after a noun phrase,
/// a stance that phrase holds: "a super PAC supporting Rubio".
fn is_stance(site: CueSite<'_>) -> bool {
    let CueSite {
        text, s, j, cue, ..
    } = site;
    let participle = s[j].text(text).ends_in_ing() && j > 0;
    participle && cue.class == CueClass::Belief && s[j - 1].is_word() && !is_aux(text, &s[j - 1])
}

/// The speaker of the cue at `site`: the subject before it (`m`: where the
/// auxiliaries before the cue begin), or, for a participle or a coordinated
/// cue, the speaker of the cue or quotation before (`out`), or the
/// sentence's subject (kept in `subject` once found).
fn cue_subject(
    site: CueSite<'_>,
    m: usize,
    subject: &mut Option<Option<SpeakerPhrase>>,
    out: &[Reported],
) -> Option<SpeakerPhrase> {
    let CueSite { text, s, j, .. } = site;
    let participle = s[j].text(text).ends_in_ing() && j > 0;
    let coordinated_cue = j > 0 && s[j - 1].is_word() && s[j - 1].is(Class::AndBut);
    let after_cue = participle
        && comma_before(text, s, j)
        && out
            .last()
            .is_some_and(|r: &Reported| r.found.cue.is_some_and(|c| c.span.end < s[j].span.start));
    // a belief or an intent before it is a weaker attribution to go on
    // from than the sentence's subject: "X gave no details about how he
    // planned to …, saying …" is X's
    let after_belief = after_cue
        && out
            .last()
            .is_some_and(|r| r.found.cue.is_some_and(|c| c.class != CueClass::Speech));
    // "“Q,” said Ann Lee, adding that …": the speaker of the quotation's
    // attribution
    let after_quote = || {
        let k = (0..j).rev().find(|&k| s[k].is_punct(QUOTE))?;
        let f = trailing(text, s, k, j)?;
        (f.clause.end <= s[j - 1].span.start).then_some(f.phrase)
    };
    let stance = is_stance(site);
    let phrase = if after_belief {
        participle_subject(text, s, j, subject)
            .filter(|p| speaker_fits(text, p, s, j))
            .or_else(|| out.last().map(|r| r.found.phrase.clone()))
    } else if after_cue {
        // "… Trump said, adding that …": the speaker of the cue before
        out.last().map(|r| r.found.phrase.clone())
    } else if participle && comma_before(text, s, j) && out.is_empty() {
        after_quote().or_else(|| participle_subject(text, s, j, subject))
    } else if stance {
        // a stance held by the noun phrase right before it: "a super PAC
        // supporting Rubio", "pastors backing Cruz"
        parse_before(text, s, 0, j).filter(|p| p.whole.end == s[j - 1].span.end)
    } else if participle {
        participle_subject(text, s, j, subject)
    } else if coordinated_cue {
        // "The CMA said … and said it …": the subject goes on
        match out.last() {
            Some(r) => Some(r.found.phrase.clone()),
            None => subject
                .get_or_insert_with(|| sentence_subject(text, s, j))
                .clone(),
        }
    } else {
        parse_before(text, s, 0, m)
    };
    phrase.filter(|p| speaker_fits(text, p, s, j))
}

/// "according to X, …", "…, according to X", "The implication, according
/// to X, is …": the cue at `site` is "according to", and the source and
/// the clause it attributes.
fn according_report(site: CueSite<'_>) -> Option<Reported> {
    let CueSite {
        text,
        s,
        coordinated,
        j,
        cue,
    } = site;
    let n = s.len();
    let mut e = cue.last + 1;
    // (a title in marks inside the source is part of it: "according
    // to her “clawback” plan, …")
    let inside = |e: usize| {
        e > cue.last + 1
            && s.get(e + 1)
                .is_some_and(|t| t.is_word() && t.is_lowercase(text))
    };
    while e < n && e < cue.last + 40 && !s[e].is_punct(',') && (!s[e].is_punct(QUOTE) || inside(e))
    {
        e += 1;
    }
    let phrase =
        parse_after(text, s, cue.last + 1, e).or_else(|| source_phrase(s, cue.last + 1, e))?;
    // "The council reported that, according to an analysis, the fund
    // …": the verb before holds the clause, source and all
    if j >= 2 && s[j - 1].is_punct(',') && s[j - 2].is_word() && s[j - 2].text(text) == "that" {
        return None;
    }
    // "But according to X, …": a conjunction before it opens nothing,
    // nor a parenthesis, nor a short opening phrase and its comma
    // ("In addition, according to the department, …")
    let opens = j == 0
        || j == 1 && (s[0].is_punct('(') || s[0].is_word() && s[0].is(Class::OpeningLinkAlso))
        || ((2..=4).contains(&j)
            && s[j - 1].is_punct(',')
            && s[..j - 1].iter().all(|t| {
                t.is_word() && !t.is(Class::FiniteAuxiliary) && cue_verb(t.text(text)).is_none()
            }));
    // "The implication, according to X, is that …": in the middle,
    // the sentence around it is what X says
    let middle = j > 0
        && s[j - 1].is_punct(',')
        && e + 1 < n
        && s[e].is_punct(',')
        && s[e + 1].is_word()
        && s[e + 1].is(Class::FiniteAuxiliary);
    // "But the next day, according to X, Trump made …": set off by
    // commas after an opening phrase, it attributes the sentence
    // around it (a conjunction before aside)
    // (and no verb of saying or "that" before it holds it: "The AP
    // reported that, according to …")
    let plain = |hi: usize| {
        !(0..hi)
            .any(|x| s[x].is_word() && (s[x].text(text) == "that" || cue_at(text, s, x).is_some()))
    };
    let set_off = !opens
        && j > 1
        && s[j - 1].is_punct(',')
        && e + 1 < n
        && s[e].is_punct(',')
        && s[e + 1].is_word()
        && !s[..j - 1].iter().any(|t| t.is_punct(','))
        && plain(j - 1);
    let first = usize::from(s[0].is_word() && s[0].is(Class::OpeningLink));
    // "… by 271 delegates according to a count by the AP": at the end
    // without a comma
    let closing = j > 2
        && s[j - 1].is_word()
        && (e >= n || s[e].is_punct(',') || s[e].is_punct('.'))
        && !s[..j].iter().any(|t| t.is_punct(QUOTE))
        && plain(j);
    let clause = if middle {
        content_span(s, 0, n)
    } else if set_off {
        content_span(s, first, next_boundary(coordinated, e + 1, n))
    } else if opens && e + 1 < n {
        content_span(s, e + 1, next_boundary(coordinated, e + 1, n))
    } else if j > 0 && (s[j - 1].is_punct(',') || s[j - 1].is_dash()) {
        content_span(s, 0, j - 1)
    } else if closing {
        content_span(s, 0, j)
    } else {
        None
    };
    let clause = clause?;
    let attribution = Span::new(cue.span.start, phrase.whole.end);
    Some(Reported {
        found: Found::new(phrase, Some(cue), attribution, RuleId::AccordingTo),
        clause,
        standalone: true,
    })
}

/// An inverted cue after the reported words: "… ”profoundly
/// irresponsible,” said Steve Bell."
fn inverted_report(site: CueSite<'_>) -> Option<Reported> {
    let CueSite {
        text,
        s,
        coordinated: _,
        j,
        cue,
    } = site;
    let n = s.len();
    if !(j > 0 && comma_before(text, s, j) && !participle_form(text, &s[j])) {
        return None;
    }
    let mut e = cue.last + 1;
    while e < n && e < cue.last + 40 && !s[e].is_punct(QUOTE) && !s[e].is_punct(';') {
        e += 1;
    }
    if let Some(phrase) = parse_after(text, s, cue.last + 1, e) {
        let mut rest = s.partition_point(|t| t.span.start < phrase.whole.end);
        // a place after the name: "says Asel Nur in Almaty."
        if rest + 1 < n
            && s[rest].is_word()
            && s[rest].is(Class::AtFromInOf)
            && s[rest + 1].is_capitalized(text)
        {
            rest += 2;
            while rest < n && s[rest].is_capitalized(text) {
                rest += 1;
            }
        }
        let ends =
            rest >= n || s[rest].is_punct(',') || s[rest].is_punct('.') || s[rest].is_punct(';');
        if ends && phrase.whole.start == s[cue.last + 1].span.start {
            if let Some(clause) = content_span(s, 0, j) {
                let attribution = Span::new(cue.span.start, phrase.whole.end);
                return Some(Reported {
                    found: Found::new(phrase, Some(cue), attribution, RuleId::ReportedSpeech),
                    clause,
                    standalone: true,
                });
            }
        }
    }
    None
}

/// A passive cue with its agent: "Facebook was criticised by the tribunal
/// for …"; a passive whose agent does not parse names no one.
fn passive_agent_report(site: CueSite<'_>) -> Option<Reported> {
    let CueSite {
        text,
        s,
        coordinated,
        j: _,
        cue,
    } = site;
    let n = s.len();
    let mut e = cue.last + 2;
    while e < n
        && e < cue.last + 40
        && !s[e].is_punct(QUOTE)
        && !s[e].is_punct(',')
        && !(s[e].is_word() && s[e].is(Class::ClauseLinkAfterCue))
    {
        e += 1;
    }
    if let Some(phrase) = parse_after(text, s, cue.last + 2, e) {
        if let Some(clause) = content_span(s, e, next_boundary(coordinated, e, n)) {
            let attribution = Span::new(cue.span.start, phrase.whole.end);
            return Some(Reported {
                found: Found::new(phrase, Some(cue), attribution, RuleId::ReportedSpeech),
                clause,
                standalone: false,
            });
        }
    }
    None
}

/// The index of the "and" or "but" after a comma that opens a clause whose
/// short subject (a name or a subject pronoun) stands right before the cue
/// at `j`: ", and Ms. Acosta said …", ", but he added …".
fn conjunction_and_subject(text: &str, s: &[Token], j: usize) -> Option<usize> {
    let x = (j.saturating_sub(5)..j)
        .rev()
        .find(|&x| s[x].is_word() && s[x].is(Class::AndBut))?;
    if x == 0 || x + 1 == j {
        return None;
    }
    // (without a comma, only before the quotation it introduces: "a woman
    // asked for a photo and Clinton said, “…”")
    let introduces = || {
        let mut e = j + 1;
        while s.get(e).is_some_and(|t| t.is_punct(',') || t.is_punct(':')) {
            e += 1;
        }
        e > j + 1 && s.get(e).is_some_and(|t| t.is_punct(QUOTE))
    };
    if !comma_before(text, s, x) && !introduces() {
        return None;
    }
    let subject = &s[x + 1..j];
    let pronoun = subject.len() == 1 && super::speaker::is_subject_pronoun(subject[0].text(text));
    let name = subject[0].is_capitalized(text)
        && subject
            .iter()
            .all(|t| t.is_capitalized(text) || t.is_punct('.'));
    (pronoun || name).then_some(x)
}

/// How far before "his claim that" a verb of speech is looked for, in
/// tokens (bounds the work per noun).
const POSSESSIVE_LOOKBACK: usize = 24;

/// A possessive pronoun as the owner of a noun of speech ("his statement
/// that", "their claim that"), as a pronoun phrase with its gender.
fn possessive_pronoun(span: Span, w: &str) -> Option<SpeakerPhrase> {
    let (gender, plural) = match w {
        "his" | "His" => (Gender::Male, false),
        "her" | "Her" => (Gender::Female, false),
        "their" | "Their" => (Gender::Unknown, true),
        _ => return None,
    };
    let entity = if plural {
        EntityKind::Group
    } else {
        EntityKind::Person
    };
    Some(SpeakerPhrase::pronoun(span, entity, gender, plural))
}

/// The subject of the participle cue `s[j]`: after "with" ("with Ruiz
/// saying …"), else the sentence's subject before it (`subject` keeps the
/// sentence's subject once found).
fn participle_subject(
    text: &str,
    s: &[Token],
    j: usize,
    subject: &mut Option<Option<SpeakerPhrase>>,
) -> Option<SpeakerPhrase> {
    with_subject(text, s, 0, j).or_else(|| {
        subject
            .get_or_insert_with(|| sentence_subject(text, s, j))
            .clone()
            .filter(|p| p.whole.end <= s[j].span.start)
    })
}

/// Whether the words before "…, X said" (X starting at `s[start]`) are
/// what was said: not an opening adverbial without a verb ("On Friday,
/// Obama said"), nor a time ("Fifteen minutes after the vote was called,"),
/// nor a subject with its appositive ("The novelist Mario Vargas, one of the
/// signatories, told …").
fn fronted_content(text: &str, s: &[Token], start: usize) -> bool {
    let cut = if s[start - 1].is_punct(',') {
        start - 1
    } else {
        start
    };
    let one_chunk = !s[..cut]
        .iter()
        .any(|t| t.is_punct(QUOTE) || t.is_punct(','));
    if !one_chunk {
        return true;
    }
    let no_verb = !s[..cut]
        .iter()
        .any(|t| t.is_word() && t.is(Class::FiniteAuxiliary));
    let named = || {
        cut <= 8
            && parse_np_right(text, &s[..cut]).is_some_and(|p| {
                p.whole.start.min(p.mention.start) == s[0].span.start && p.kind == PhraseKind::Name
            })
    };
    !(adverbial_opener(text, s) && no_verb || time_opener(text, s) || named())
}

/// Whether "that" at `s[x]` points at a noun ("interjected that warning
/// into the debate") rather than opening a clause.
fn that_is_determiner(text: &str, s: &[Token], x: usize) -> bool {
    let word = |i: usize| s.get(i).filter(|t| t.is_word()).map(|t| t.text(text));
    let noun = word(x + 1).is_some_and(|w| CUE_NOUNS.contains(w));
    let then = word(x + 2).map_or(true, |w| Class::AfterThatNoun.holds(w));
    noun && then
}

/// The reported speech whose clause holds `target` (a quoted fragment): of
/// the cues before the fragment, the last whose clause holds it; else the
/// first cue of the sentence.
pub(crate) fn reported_for<'r>(
    text: &str,
    all: &'r [Reported],
    target: Span,
) -> Option<&'r Reported> {
    let speech = |r: &&Reported| r.found.cue.is_some_and(|c| c.class == CueClass::Speech);
    let first = all.iter().find(speech);
    let before = all.iter().filter(speech).take_while(|r| {
        r.found.cue.is_some_and(|c| c.span.start < target.start)
            || first.is_some_and(|f| std::ptr::eq(*r, f))
    });
    // a relative clause's cue yields to the main clause's: "Trump, who
    // once questioned whether …, said Friday that Curiel “…”"
    // and so does a subordinate clause's: "Asked about what he wrote …,
    // Cross said he “…”", "after the interview concluded, Maher stated
    // that …"
    let relative = |r: &&Reported| {
        let p = &r.found.phrase;
        let word_before = word_before_phrase(text, p);
        // ("after the interview concluded, Maher stated …": a clause of time
        // that ends at its cue's comma; but "after Quick said the front-runner
        // had …" holds what was said)
        let ends_at_cue = r
            .found
            .cue
            .is_some_and(|c| text[c.span.end..].trim_start().starts_with(','));
        Class::ThatWhichWho.holds(&text[p.mention])
            || ends_at_cue && Class::TemporalSubordinator.holds(word_before)
            || Class::ClauseIntroducer.holds(word_before)
    };
    let mut holding = before
        .clone()
        .filter(|r| r.clause.contains(target))
        .peekable();
    let outer = holding.peek().copied();
    // a clause of its own inside the outer one, opened by a conjunction or
    // a relative with its own subject, holds it: "He pledged reform and he,
    // once again, pledged a “political revolution”", "Obama, who he noted
    // was “in his final year”" (but "X said he was focused on “Y”" is X's)
    let own_clause = |r: &&Reported| {
        let p = &r.found.phrase;
        let word_before = word_before_phrase(text, p);
        matches!(p.kind, PhraseKind::Pronoun | PhraseKind::Name)
            && !Class::ThatWhichWho.holds(&text[p.mention])
            && Class::ClauseJoiner.holds(word_before)
    };
    if let Some(inner) = outer.and_then(|o| {
        before
            .clone()
            .filter(|r| r.clause.contains(target) && !std::ptr::eq(*r, o))
            .filter(own_clause)
            .last()
    }) {
        return Some(inner);
    }
    // then a cue of belief or perception whose clause holds it, when it is
    // more than one word: "Pew found that “about twice as many …”" (but
    // "Burton thinks that cats are “cuties”" quotes no one)
    let believed = || {
        let words = text[target].split_whitespace().count();
        all.iter().rev().find(|r| {
            words >= 2
                && r.found.cue.is_some_and(|c| c.span.start < target.start)
                && r.clause.contains(target)
        })
    };
    // a name or a title of a few words that no clause holds, before any
    // cue, is no one's words: "Gov. C.L. "Butch" Otter … talking about",
    // "the CNN “reporter,” saying"
    let few_words = text[target].split_whitespace().count() <= 3;
    holding
        .find(|r| !relative(r))
        .or(outer)
        .or_else(believed)
        .or_else(|| {
            before.last().filter(|r| {
                !few_words
                    || r.found.cue.is_some_and(|c| {
                        c.span.end <= target.start || Class::LabellingLemma.holds(c.lemma)
                    })
            })
        })
        .or_else(|| first.filter(|_| !few_words))
}

/// Whether the object of "call" at `s[c]` is a person judged: a pronoun,
/// then "a" or "an" or an adjective ("called him a liar", "call him
/// competent"), not "the" and a name ("call him the robber").
fn called_a_judgment(text: &str, s: &[Token], c: usize) -> bool {
    let word = |i: usize| s.get(i).filter(|t| t.is_word()).map(|t| t.text(text));
    let object = word(c).is_some_and(|w| Class::ObjectPronoun.holds(w));
    object
        && word(c + 1).is_some_and(|w| {
            Class::IndefiniteArticle.holds(w)
                || s[c + 1].is_lowercase(text)
                    && !is_determiner(w)
                    && !Class::FiniteAuxiliary.holds(w)
                    && !Class::AfterCalled.holds(w)
        })
}

/// Whether `s[i]` is a word that can open a clause without "that": not a
/// preposition, adverb, time word or conjunction.
fn content_word(text: &str, s: &[Token], i: usize) -> bool {
    let Some(t) = s.get(i) else { return false };
    t.is_word() && {
        let w = t.text(text);
        let function_word = Class::NonContentWord.holds(w);
        !(Class::AfterSpeech.holds(w) || (w.len() > 3 && w.ends_in_ly()) || function_word)
    }
}
