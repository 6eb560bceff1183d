//! One cue and what it reports: "according to", inverted and passive cues,
//! and a cue with its subject and the clause after it.

use crate::rules::according_to::source_phrase;
use crate::rules::after_quote::trailing;
use crate::rules::before_quote::{gap_ok, with_subject};
use crate::rules::clause::content_span;
use crate::rules::clause::next_boundary;
use crate::rules::clause::question_word;
use crate::rules::clause::Reported;
use crate::rules::cues::speaker_fits;
use crate::rules::cues::CueMatch;
use crate::rules::cues::{comma_before, cue_at, is_aux, participle_form, skip_aux_back, Found};
use crate::rules::reported::object::fronted_content;
use crate::rules::reported::object::object_content;
use crate::rules::reported::object::past_tell_object;
use crate::rules::reported::object::that_soon;
use crate::rules::reported::object::trim_clause;
use crate::rules::reported::object::CueSite;
use crate::rules::reported::object::ObjectContent;
use crate::rules::speaker::is_determiner_word;
use crate::rules::speaker::{parse_after, parse_before, SpeakerPhrase};
use crate::rules::subject::{adverbial_opener, sentence_subject, time_opener};
use crate::rules::RuleId;
use crate::text::view::Sentence;
use crate::text::words::QUOTE;
use crate::vocab::lexicon::{cue_verb, CueClass};
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;

/// The record the cue at `site` makes, if any: "according to X", an
/// inverted or passive cue, or a cue with its subject and reported clause.
/// `subject` keeps the sentence's subject once found; `out` holds the
/// records of the cues before.
pub(crate) fn cue_report(
    site: CueSite<'_>,
    according: bool,
    subject: &mut Option<Option<SpeakerPhrase>>,
    out: &[Reported],
) -> Option<Reported> {
    let CueSite {
        s,
        coordinated,
        j,
        cue,
    } = site;
    let text = s.text;
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
        && s.spells(cue.last + 1, "by")
        && j > 0
        && s[j - 1].is_word()
        && s.is(j - 1, Class::FormOfBe)
    {
        return passive_agent_report(site);
    }
    // a passive with no agent names no speaker: "Texas was called for Cruz"
    if cue.class == CueClass::Statement
        && j > 0
        && s[j - 1].is_word()
        && s.is(j - 1, Class::FormOfBe)
        && s.word(j).ends_in_ed()
    {
        return None;
    }
    let m = skip_aux_back(s, j.saturating_sub(6), j);
    let stance = is_stance(site);
    let phrase = cue_subject(site, m, subject, out)?;
    let phrase_start = phrase.whole.start.min(phrase.mention.start);
    let start_of_phrase = s.partition_point(|t| t.span.start < phrase_start);
    let after = cue.last + 1;
    // (", as Clinton supporters point out.": the "as" stands outside the
    // phrase; at the end of the sentence only)
    let as_before = start_of_phrase >= 2
        && s[start_of_phrase - 1].is_word()
        && s.spells(start_of_phrase - 1, "as")
        && comma_before(s, start_of_phrase - 1)
        && s[cue.last + 1..]
            .iter()
            .all(|t| !t.is_word() && !t.is_punct(QUOTE));
    let parenthetical = start_of_phrase > 0 && (comma_before(s, start_of_phrase) || as_before);
    let as_opener = as_opener(site, start_of_phrase);
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
            && s.is(after, Class::AfterSpeech)
            && !(is_determiner_word(text, &s[after]) && cue.lemma == "say")
            // "he referred to the rivals as …": "to" takes the object
            && !(s.spells(after, "to") && Class::ToCueLemma.holds(cue.lemma))
            && that_soon(site, after).is_none());
    // "Ash argued in his email, the incident is …": an adverbial between
    // the cue and its comma
    let after_pp = if parenthetical
        && s.get(after)
            .is_some_and(|t| t.is_word() && t.is(Class::AfterSpeech))
    {
        (after + 1..n.min(after + 7))
            .find(|&c| s[c].is_punct(','))
            .filter(|&c| gap_ok(s.part(after..c)))
            .unwrap_or(after)
    } else {
        after
    };
    let continues_clause = continues_clause(site, after_pp);
    let mid = (parenthetical || as_opener)
        && after_pp + 1 < n
        && s[after_pp].is_punct(',')
        && s[after_pp + 1].is_word();
    let (content, standalone, object) = if parenthetical && continues_clause {
        // in the middle: "Loyalty, he noted, has long been …": the sentence is the clause
        (content_span(s, 0, n), true, false)
    } else if mid
        && !s[..start_of_phrase].iter().any(|t| t.is_punct(QUOTE))
        && (adverbial_opener(s) || start_of_phrase <= 3)
    {
        // "Overall, she said, a number of …": what follows is what was said
        (
            content_span(s, after_pp + 1, next_boundary(coordinated, after_pp + 1, n)),
            true,
            false,
        )
    } else if parenthetical && ends_here && Class::TalkLemma.holds(cue.lemma) {
        // "…, Kasich spoke to voters": speaking takes no clause before it
        return None;
    } else if parenthetical && ends_here && fronted_content(s, start_of_phrase) {
        let cut = if as_before {
            start_of_phrase - 2
        } else if s[start_of_phrase - 1].is_punct(',') {
            start_of_phrase - 1
        } else {
            start_of_phrase
        };
        (content_span(s, 0, cut), true, false)
    } else if let Some(q) = question_asked(site, after) {
        // the question asked: "asked (her) whether …", "asked if …"
        (
            content_span(s, q, next_boundary(coordinated, q, n)),
            true,
            false,
        )
    } else {
        match object_content(site, &phrase, phrase_start, after) {
            ObjectContent::Clause(clause, standalone, object) => (clause, standalone, object),
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
        object,
    })
}

/// Whether an opening "as" clause holds the attribution: "As the Ledger
/// reported, …" (after a conjunction, "But as Clyburn noted, …", or an
/// opening adverbial, "Weeks ago, as the Ledger reported, …").
fn as_opener(site: CueSite<'_>, start_of_phrase: usize) -> bool {
    let CueSite { s, .. } = site;
    let as_at = |x: usize| s[x].is_word() && s.is(x, Class::As);
    start_of_phrase >= 1
        && as_at(start_of_phrase - 1)
        && (start_of_phrase == 1
            || start_of_phrase == 2 && s.is(0, Class::OpeningConjunction)
            || start_of_phrase >= 3
                && s[start_of_phrase - 2].is_punct(',')
                && start_of_phrase <= 8
                && (adverbial_opener(s) || time_opener(s)))
        && !s[..start_of_phrase].iter().any(|t| t.is_punct(QUOTE))
}

/// Whether the sentence goes on after the attribution's comma (`after_pp`)
/// with a verb of its own: "Loyalty, he noted, has long been …".
fn continues_clause(site: CueSite<'_>, after_pp: usize) -> bool {
    let CueSite { s, .. } = site;
    let n = s.len();
    after_pp + 1 < n
        && s[after_pp].is_punct(',')
        && s[after_pp + 1].is_word()
        && (s.is(after_pp + 1, Class::FiniteAfterParticiple)
            // or its own verb in the past: "The breaking point, Ash
            // wrote, came on Friday"
            || s[after_pp + 1].is_lowercase() && {
                let v = s.word(after_pp + 1);
                (v.ends_in_ed() && v.len() > 4 && cue_verb(v).is_none())
                    || Class::LightPastVerb.holds(v)
            })
}

/// Whether the cue at `site` is a participle of belief after a noun phrase,
/// a stance that phrase holds: "a super PAC supporting Rubio".
fn is_stance(site: CueSite<'_>) -> bool {
    let CueSite { s, j, cue, .. } = site;
    let text = s.text;
    let participle = s.word(j).ends_in_ing() && j > 0;
    participle
        && matches!(cue.class, CueClass::Belief | CueClass::Intent)
        && s[j - 1].is_word()
        && !is_aux(text, &s[j - 1])
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
    let CueSite { s, j, .. } = site;
    let participle = s.word(j).ends_in_ing() && j > 0;
    let coordinated_cue = j > 0 && s[j - 1].is_word() && s.is(j - 1, Class::AndBut);
    let after_cue = participle
        && comma_before(s, j)
        && out
            .last()
            .is_some_and(|r: &Reported| r.found.cue.is_some_and(|c| c.span.end < s[j].span.start));
    // a belief or an intent before it is a weaker attribution to go on
    // from than the sentence's subject: "X gave no details about how he
    // planned to …, saying …" is X's
    let after_belief = after_cue
        && out
            .last()
            .is_some_and(|r| r.found.cue.is_some_and(|c| c.class != CueClass::Statement));
    // "“Q,” said Ann Lee, adding that …": the speaker of the quotation's
    // attribution
    let after_quote = || {
        let k = (0..j).rev().find(|&k| s[k].is_punct(QUOTE))?;
        let f = trailing(s, k, j)?;
        (f.clause.end <= s[j - 1].span.start).then_some(f.phrase)
    };
    let stance = is_stance(site);
    let phrase = if after_belief {
        participle_subject(s, j, subject)
            .filter(|p| speaker_fits(p, s, j))
            .or_else(|| out.last().map(|r| r.found.phrase.clone()))
    } else if after_cue {
        // "… Trump said, adding that …": the speaker of the cue before
        out.last().map(|r| r.found.phrase.clone())
    } else if participle && comma_before(s, j) && out.is_empty() {
        after_quote().or_else(|| participle_subject(s, j, subject))
    } else if stance {
        // a stance held by the noun phrase right before it: "a super PAC
        // supporting Rubio", "pastors backing Cruz"
        parse_before(s, 0, j).filter(|p| p.whole.end == s[j - 1].span.end)
    } else if participle {
        participle_subject(s, j, subject)
    } else if coordinated_cue {
        // "The CMA said … and said it …": the subject goes on
        match out.last() {
            Some(r) => Some(r.found.phrase.clone()),
            None => subject
                .get_or_insert_with(|| sentence_subject(s, j))
                .clone(),
        }
    } else {
        parse_before(s, 0, m)
    };
    phrase.filter(|p| speaker_fits(p, s, j))
}

/// "according to X, …", "…, according to X", "The implication, according
/// to X, is …": the cue at `site` is "according to", and the source and
/// the clause it attributes.
fn according_report(site: CueSite<'_>) -> Option<Reported> {
    let CueSite {
        s,
        coordinated,
        j,
        cue,
    } = site;
    let text = s.text;
    let n = s.len();
    let mut e = cue.last + 1;
    // (a title in marks inside the source is part of it: "according
    // to her “clawback” plan, …")
    let inside = |e: usize| {
        e > cue.last + 1
            && s.get(e + 1)
                .is_some_and(|t| t.is_word() && t.is_lowercase())
    };
    while e < n && e < cue.last + 40 && !s[e].is_punct(',') && (!s[e].is_punct(QUOTE) || inside(e))
    {
        e += 1;
    }
    let phrase = parse_after(s, cue.last + 1, e).or_else(|| source_phrase(s, cue.last + 1, e))?;
    // "The council reported that, according to an analysis, the fund
    // …": the verb before holds the clause, source and all
    if j >= 2 && s[j - 1].is_punct(',') && s[j - 2].is_word() && s.spells(j - 2, "that") {
        return None;
    }
    // "But according to X, …": a conjunction before it opens nothing,
    // nor a parenthesis, nor a short opening phrase and its comma
    // ("In addition, according to the department, …")
    let opens = j == 0
        || j == 1 && (s[0].is_punct('(') || s[0].is_word() && s.is(0, Class::OpeningLinkAlso))
        || ((2..=4).contains(&j)
            && s[j - 1].is_punct(',')
            && s[..j - 1].iter().all(|t| {
                t.is_word() && !t.is(Class::FiniteAuxiliary) && t.cue_verb(text).is_none()
            }));
    // "The implication, according to X, is that …": in the middle,
    // the sentence around it is what X says
    let middle = j > 0
        && s[j - 1].is_punct(',')
        && e + 1 < n
        && s[e].is_punct(',')
        && s[e + 1].is_word()
        && s.is(e + 1, Class::FiniteAuxiliary);
    // "But the next day, according to X, Trump made …": set off by
    // commas after an opening phrase, it attributes the sentence
    // around it (a conjunction before aside)
    // (and no verb of saying or "that" before it holds it: "The AP
    // reported that, according to …")
    let plain = |hi: usize| {
        !(0..hi).any(|x| s[x].is_word() && (s.spells(x, "that") || cue_at(s, x).is_some()))
    };
    let set_off = !opens
        && j > 1
        && s[j - 1].is_punct(',')
        && e + 1 < n
        && s[e].is_punct(',')
        && s[e + 1].is_word()
        && !s[..j - 1].iter().any(|t| t.is_punct(','))
        && plain(j - 1);
    let first = usize::from(s[0].is_word() && s.is(0, Class::OpeningLink));
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
    Some(source_after_cue(
        phrase,
        cue,
        clause,
        true,
        RuleId::AccordingTo,
    ))
}

/// An inverted cue after the reported words: "… ”profoundly
/// irresponsible,” said Steve Bell."
fn inverted_report(site: CueSite<'_>) -> Option<Reported> {
    let CueSite {
        s,
        coordinated: _,
        j,
        cue,
    } = site;
    let text = s.text;
    let n = s.len();
    if !(j > 0 && comma_before(s, j) && !participle_form(text, &s[j])) {
        return None;
    }
    let mut e = cue.last + 1;
    while e < n && e < cue.last + 40 && !s[e].is_punct(QUOTE) && !s[e].is_punct(';') {
        e += 1;
    }
    if let Some(phrase) = parse_after(s, cue.last + 1, e) {
        let mut rest = s.partition_point(|t| t.span.start < phrase.whole.end);
        // a place after the name: "says Asel Nur in Almaty."
        if rest + 1 < n
            && s[rest].is_word()
            && s.is(rest, Class::AtFromInOf)
            && s[rest + 1].is_capitalized()
        {
            rest += 2;
            while rest < n && s[rest].is_capitalized() {
                rest += 1;
            }
        }
        let ends =
            rest >= n || s[rest].is_punct(',') || s[rest].is_punct('.') || s[rest].is_punct(';');
        if ends && phrase.whole.start == s[cue.last + 1].span.start {
            if let Some(clause) = content_span(s, 0, j) {
                return Some(source_after_cue(
                    phrase,
                    cue,
                    clause,
                    true,
                    RuleId::ReportedSpeech,
                ));
            }
        }
    }
    None
}

/// A passive cue with its agent: "Facebook was criticised by the tribunal
/// for …"; a passive whose agent does not parse names no one.
fn passive_agent_report(site: CueSite<'_>) -> Option<Reported> {
    let CueSite {
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
        && !(s[e].is_word() && s.is(e, Class::ClauseLinkAfterCue))
    {
        e += 1;
    }
    if let Some(phrase) = parse_after(s, cue.last + 2, e) {
        if let Some(clause) = content_span(s, e, next_boundary(coordinated, e, n)) {
            return Some(source_after_cue(
                phrase,
                cue,
                clause,
                false,
                RuleId::ReportedSpeech,
            ));
        }
    }
    None
}

/// The subject of the participle cue `s[j]`: after "with" ("with Ruiz
/// saying …"), else the sentence's subject before it (`subject` keeps the
/// sentence's subject once found).
fn participle_subject(
    s: Sentence<'_>,
    j: usize,
    subject: &mut Option<Option<SpeakerPhrase>>,
) -> Option<SpeakerPhrase> {
    with_subject(s, 0, j).or_else(|| {
        subject
            .get_or_insert_with(|| sentence_subject(s, j))
            .clone()
            .filter(|p| p.whole.end <= s[j].span.start)
    })
}

/// The record of a cue whose source follows it ("according to X", "said
/// Steve Bell", "criticised by the tribunal"): the attribution runs from
/// the cue to the end of the source's phrase.
fn source_after_cue(
    phrase: SpeakerPhrase,
    cue: CueMatch,
    clause: Span,
    standalone: bool,
    rule: RuleId,
) -> Reported {
    let attribution = Span::new(cue.span.start, phrase.whole.end);
    Reported {
        found: Found::new(phrase, Some(cue), attribution, rule),
        clause,
        standalone,
        object: false,
    }
}

/// Where the question asked after an "ask" cue starts, from `s[after]`:
/// "asked (her) whether …", "asked if …".
fn question_asked(site: CueSite<'_>, after: usize) -> Option<usize> {
    let CueSite { s, cue, .. } = site;
    let text = s.text;
    let n = s.len();
    Class::AskLemma
        .holds(cue.lemma)
        .then(|| (after..n.min(after + 6)).find(|&q| question_word(s, q)))
        .flatten()
        .filter(|&q| {
            s[after..q]
                .iter()
                .all(|t| t.is_word() && !t.is(Class::GapStop) && t.cue_verb(text).is_none())
        })
}
