//! Attribution patterns over a sentence in which each top-level quotation is
//! one token (`QUOTE`): “Q,” X said · “Q,” said X · X said: “Q” · X said, “Q”
//! · “Q1,” X said, “Q2” · according to X · “Q” — X · a colon lead-in.

use super::speaker::{
    is_determiner, parse_after, parse_before, parse_np_right, quote_ends_in_comma, PhraseKind,
    SpeakerPhrase,
};
use crate::record::EntityKind;
use crate::text::words::{Token, QUOTE};
use crate::vocab::lexicon::{cue_verb, CueClass, Gender, CUE_NOUNS, CUE_PHRASES, GIVEN_NAMES};
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;

/// A cue found in the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct CueMatch {
    pub span: Span,
    pub lemma: &'static str,
    pub weight: f64,
    pub class: CueClass,
    /// Index of the cue's last token.
    pub last: usize,
}

impl CueMatch {
    /// A cue of one word: the verb `v` at `s[j]`.
    fn word(s: &[Token], j: usize, v: crate::vocab::lexicon::CueVerb) -> CueMatch {
        CueMatch {
            span: s[j].span,
            lemma: v.lemma,
            weight: v.weight,
            class: v.class,
            last: j,
        }
    }
}

impl Found {
    /// A finding: who, by which cue, in which clause, by which rule.
    pub(crate) fn new(
        phrase: SpeakerPhrase,
        cue: Option<CueMatch>,
        clause: Span,
        rule: &'static str,
    ) -> Found {
        Found {
            phrase,
            cue,
            clause,
            rule,
        }
    }
}

/// A speaker found for a quotation.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    pub phrase: SpeakerPhrase,
    pub cue: Option<CueMatch>,
    /// The attribution clause.
    pub clause: Span,
    pub rule: &'static str,
}

/// Whether a cue form can be a past participle, as a passive needs ("was
/// labeled", "was told").
fn is_past_participle(w: &str) -> bool {
    w.ends_in_ed() || Class::IrregularParticiple.holds(w)
}

/// Whether the cue `s[j]` is a passive past the auxiliaries and adverbs
/// `s[m..j]` before it ("was often labeled").
fn is_passive(text: &str, s: &[Token], m: usize, j: usize) -> bool {
    m < j
        && is_past_participle(s[j].text(text))
        && s[m..j]
            .iter()
            .any(|t| t.is_word() && is_passive_aux(t.text(text)))
}

/// A form of "be" that makes the participle after it passive ("was
/// criticised", "is called").
fn is_passive_aux(w: &str) -> bool {
    Class::FormOfBe.holds(w)
}

fn is_aux(text: &str, t: &Token) -> bool {
    t.is_word() && {
        let w = t.text(text);
        Class::Auxiliary.holds(w)
            || (w.len() > 4 && w.ends_in_ly() && t.is_lowercase(text) && !Class::LyNoun.holds(w))
    }
}

/// Whether "state" at `s[i]` is the verb of speech, not the noun (see
/// `cue_at`).
fn state_speaks(text: &str, s: &[Token], i: usize) -> bool {
    let counted = i.checked_sub(1).map(|b| &s[b]).is_some_and(|b| {
        let bw = b.text(text);
        b.is_word() && (bw.bytes().all(|c| c.is_ascii_digit()) || Class::StatesQuantifier.holds(bw))
    });
    !counted
        && match s.get(i + 1) {
            None => true,
            Some(n) if !n.is_word() => !n.is_punct('-'),
            Some(n) => {
                let nw = n.text(text);
                Class::AfterStateVerb.holds(nw)
                    || (n.is_capitalized(text) || starts_clause(text, s, i + 1))
                        && !Class::StateAsNoun.holds(nw)
            }
        }
}

/// The cue verb at `s[i]`, if it is one ("pointed out" and "called for" as units).
pub(crate) fn cue_at(text: &str, s: &[Token], i: usize) -> Option<CueMatch> {
    let t = s.get(i)?;
    if !t.is_word() {
        return None;
    }
    let w = t.text(text);
    if let Some(cue) = idiom_at(text, s, i) {
        return Some(cue);
    }
    let v = if t.is_lowercase(text) {
        cue_verb(w)?
    } else {
        // inverted at the start of a sentence: "Said Quist, …", "Wrote one fan: …"
        if i != 0 || !s.get(i + 1).is_some_and(|n| n.is_word()) {
            return None;
        }
        let v = cue_verb(w)?; // cue_verb looks capitalised words up in lowercase
        let past = w.ends_in_ed() || Class::InvertedPastCue.holds_ascii_lowercase(w);
        if v.class != CueClass::Speech || !past {
            return None;
        }
        v
    };
    let next = s.get(i + 1).filter(|n| n.is_word()).map(|n| n.text(text));
    // "state" speaks before "that", a clause, an adverbial or punctuation,
    // and not after a number or a word that counts or sorts states ("11
    // states", "swing states like Ohio", "Republican states where …")
    if v.lemma == "state" && !state_speaks(text, s, i) {
        return None;
    }
    let (last, span) = match v.lemma {
        "point" | "call" if next.is_some_and(|n| Class::CallParticle.holds(n)) => {
            (i + 1, Span::new(t.span.start, s[i + 1].span.end))
        }
        // "pointed to the report": the object follows "to"
        "point" if next == Some("to") => (i, t.span),
        "point" => return None,
        _ => (i, t.span),
    };
    // a noun before a verb of saying or a role is no verb: "the Ruiz
    // campaign says", "campaign officials said", "state reports say"
    // (unless a noun of its own stands before it as its subject: "polls show
    // voters trust …")
    let subject_before = || i > 0 && super::speaker::is_role_noun(s[i - 1].text(text));
    if w == v.lemma || w.strip_suffix('s') == Some(v.lemma) {
        if let Some(n) = s.get(i + 1).filter(|n| n.is_word() && n.is_lowercase(text)) {
            let n = n.text(text);
            if Class::NounishLemma.holds(v.lemma)
                && (cue_verb(n).is_some_and(|c| c.class == CueClass::Speech)
                    || super::speaker::is_role_noun(n))
                && !subject_before()
            {
                return None;
            }
        }
        // after a determiner and a name, before punctuation or an auxiliary:
        // "After the Paris attacks, …", "The Trump campaign has denied …"
        // (after a year it is a noun whatever follows: "the 2012 attacks that …")
        // (nor after a month: "her March comment that …")
        let year = i >= 1
            && s[i - 1].is_word()
            && (s[i - 1].text(text).len() == 4
                && s[i - 1].text(text).bytes().all(|b| b.is_ascii_digit())
                || s[i - 1].is(Class::Month));
        let named = i >= 2
            && (s[i - 1].is_capitalized(text) || year)
            && s[i - 2].is_word()
            && is_determiner(s[i - 2].text(text));
        let closes = s.get(i + 1).map_or(true, |n| {
            !n.is_word() && !n.is_punct(QUOTE) || n.is(Class::FiniteAuxiliary)
        });
        if named && (closes || year) && Class::NounishLemma.holds(v.lemma) {
            return None;
        }
        // after an article and lowercase modifiers, the bare form is a noun:
        // "won 82 percent of the nationwide vote", "a recent report", "a $1
        // million ad campaign this week praising …" (numbers and currency
        // may stand between; a singular noun takes no bare verb, so "the ad
        // campaign" is a noun phrase; but "the officials vote", "the voters
        // say", and before a clause "supporters of the law hope this is …")
        let modifier = |t: &Token| {
            let tw = t.text(text);
            t.is_word()
                && (t.is_lowercase(text) && !tw.ends_with('s')
                    || tw
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b'.' || b == b','))
                || t.is_punct('$')
        };
        let described = w == v.lemma
            && i >= 2
            && s[i - 1].is_word()
            && s[i - 1].is_lowercase(text)
            && (i.saturating_sub(5)..i - 1)
                .rev()
                .any(|x| s[x].is(Class::ArticleAnyCase) && s[x + 1..i].iter().all(modifier))
            && (!starts_clause(text, s, i + 1)
                || s[i + 1].is(Class::NextLastThis)
                    && s.get(i + 2).is_some_and(|t| is_time_word(t.text(text))));
        if described && Class::NounishLemma.holds(v.lemma) {
            return None;
        }
    }
    // a thing named: "a warm-up band called Sophistafunk", "a group dubbed
    // the Gang of Eight" (but "the senator called …" speaks)
    if Class::NamingLemma.holds(v.lemma)
        && w.ends_in_ed()
        && i >= 2
        && s[i - 1].is_lowercase(text)
        && !super::speaker::is_role_noun(s[i - 1].text(text))
        && !is_aux(text, &s[i - 1])
        && (i.saturating_sub(3)..i - 1).any(|x| s[x].is_word() && is_determiner(s[x].text(text)))
        && s.get(i + 1)
            .is_some_and(|n| n.is_capitalized(text) || n.is_punct(QUOTE))
    {
        return None;
    }
    // a possessive or determiner before it makes it a noun: "Wu’s comments", "the report"
    if i > 0 && s[i - 1].is_word() {
        let p = s[i - 1].text(text);
        // "He’s predicting": a pronoun's 's is "is" or "has", no possessive
        let possessive = || {
            let stem = super::speaker::strip_possessive(p);
            stem.len() != p.len() && !Class::SubjectStem.holds(stem)
        };
        // a quantifier can stand alone as the subject: "Most say", "Many
        // argued", "Another tweeted"
        let quantifier = || Class::SubjectQuantifier.holds_ascii_lowercase(p);
        // "Another report found": after a singular quantifier, a word that is
        // as often a noun is one
        let singular_noun = || {
            Class::OneOfQuantifier.holds(p)
                && Class::NounishLemma.holds(v.lemma)
                && (w == v.lemma || w.strip_suffix('s') == Some(v.lemma))
        };
        // "271 pledged delegates": a number before it makes it an adjective
        let counted = || {
            p.bytes().all(|b| b.is_ascii_digit() || b == b',')
                && w.ends_in_ed()
                && s.get(i + 1)
                    .is_some_and(|n| n.is_word() && n.is_lowercase(text))
        };
        if Class::OfTo.holds(p)
            || super::speaker::is_determiner(p) && !quantifier()
            || possessive()
            || singular_noun()
            || counted()
        {
            return None;
        }
    }
    Some(CueMatch {
        span,
        lemma: v.lemma,
        weight: v.weight,
        class: v.class,
        last,
    })
}

/// A verb and particle that together cue speech though the verb alone does
/// not: "went on", "shot back", "fired back", "puts it".
fn idiom_at(text: &str, s: &[Token], i: usize) -> Option<CueMatch> {
    let t = &s[i];
    let mut next = s.get(i + 1).filter(|n| n.is_word())?;
    let mut last = i + 1;
    // "made it clear that …": the object "it" inside the idiom
    if next.text(text) == "it"
        && t.is(Class::FormOfMake)
        && s.get(i + 2)
            .is_some_and(|c| c.is_word() && c.text(text) == "clear")
    {
        next = &s[i + 2];
        last = i + 2;
    }
    if !next.is(Class::IdiomParticle) {
        return None;
    }
    let lemma = crate::vocab::lexicon::idiom(t.text(text), next.text(text))?;
    // "went on the attack", "went on television": a place or an object,
    // not speech ("went on to say", "went on, …", "went on about" are)
    if lemma == "go on"
        && s.get(i + 2)
            .is_some_and(|w| w.is_word() && !w.is(Class::AfterIdiom))
    {
        return None;
    }
    Some(CueMatch {
        span: Span::new(t.span.start, next.span.end),
        lemma,
        weight: 1.0,
        class: CueClass::Speech,
        last,
    })
}

/// The first letters (lowercase) of the multi-word cues.
static PHRASE_FIRST_LETTERS: once_cell::sync::Lazy<Vec<u8>> = once_cell::sync::Lazy::new(|| {
    let mut v: Vec<u8> = CUE_PHRASES
        .iter()
        .map(|(_, p)| p[0].as_bytes()[0])
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// A multi-word cue ("according to", "in the words of") starting at `s[i]`.
pub(crate) fn according_to_at(text: &str, s: &[Token], i: usize) -> Option<CueMatch> {
    let first = s.get(i)?;
    if !first.is_word() || s.get(i + 1).map_or(true, |t| !t.is_word()) {
        return None;
    }
    // most words start with a letter no cue phrase starts with
    let b = text.as_bytes()[first.span.start].to_ascii_lowercase();
    if !PHRASE_FIRST_LETTERS.contains(&b) {
        return None;
    }
    let w = first.text(text);
    if !CUE_PHRASES
        .iter()
        .any(|(_, p)| p[0].len() == w.len() && p[0].eq_ignore_ascii_case(w))
    {
        return None;
    }
    for (lemma, phrase) in CUE_PHRASES.iter() {
        let n = phrase.len();
        if i + n <= s.len()
            && phrase
                .iter()
                .zip(&s[i..i + n])
                .all(|(w, t)| t.is_word() && t.text(text).eq_ignore_ascii_case(w))
        {
            let span = Span::new(s[i].span.start, s[i + n - 1].span.end);
            return Some(CueMatch {
                span,
                lemma,
                weight: 1.0,
                class: CueClass::Speech,
                last: i + n - 1,
            });
        }
    }
    None
}

fn skip_aux_back(text: &str, s: &[Token], floor: usize, mut j: usize) -> usize {
    loop {
        // an -ly word after a determiner or a possessive is a noun: "at the
        // rally said", "Beck's family said"
        while j > floor
            && is_aux(text, &s[j - 1])
            && !(j >= 2 && s[j - 2].is_word() && s[j - 1].text(text).ends_in_ly() && {
                let w = s[j - 2].text(text);
                is_determiner(w) || super::speaker::strip_possessive(w) != w
            })
        {
            j -= 1;
        }
        // "Trump at the time said", "X in the past argued"
        let aside = [
            ["at", "the", "time"],
            ["at", "that", "time"],
            ["in", "the", "past"],
        ]
        .iter()
        .any(|a| {
            j >= floor + 3
                && (0..3).all(|x| s[j - 3 + x].is_word() && s[j - 3 + x].text(text) == a[x])
        });
        if aside {
            j -= 3;
            continue;
        }
        // "Trump in his announcement speech called", "Ruiz at a rally said":
        // a place or occasion after a name
        let occasion = (j.saturating_sub(5).max(floor + 1)..j.saturating_sub(1))
            .rev()
            .find(|&p| {
                s[p].is_word()
                    && s[p].is(Class::AtDuringIn)
                    && s[p + 1].is_word()
                    && is_determiner(s[p + 1].text(text))
                    && s[p - 1].is_capitalized(text)
                    && s[p + 2..j].iter().all(|t| t.is_lowercase(text))
                    // (not a share: "Two in three voters said")
                    && !super::speaker::is_number_word(s[p - 1].text(text))
            });
        if let Some(p) = occasion {
            j = p;
            continue;
        }
        // "The poll has, however, revealed …": an adverb set off by commas
        if j >= floor + 3
            && s[j - 1].is_punct(',')
            && s[j - 3].is_punct(',')
            && s[j - 2].is_word()
            && s[j - 2].is(Class::DiscourseAdverb)
        {
            j -= 3;
            continue;
        }
        // "Officials here said", "residents there say": the place after the
        // subject
        if j > floor + 1
            && s[j - 2].is_word()
            && s[j - 1].is_word()
            && s[j - 1].is(Class::HereThere)
        {
            j -= 1;
            continue;
        }
        // "X on Tuesday said", "X last week told"
        if j > floor && s[j - 1].is_word() && is_time_word(s[j - 1].text(text)) {
            let mut k = j - 1;
            if k > floor && s[k - 1].is_word() && s[k - 1].is(Class::TimeModifier) {
                k -= 1;
            }
            j = k;
            continue;
        }
        return j;
    }
}

fn is_time_word(w: &str) -> bool {
    Class::TimeWord.holds(w)
}

/// The end of an attribution clause that starts at `from`: the last token
/// before the sentence end, a quotation, or a semicolon.
fn clause_end(s: &[Token], from: usize, hi: usize) -> usize {
    let mut j = from;
    while j < hi && !s[j].is_punct(QUOTE) && !s[j].is_punct(';') {
        j += 1;
    }
    while j > from && !s[j - 1].is_word() {
        j -= 1;
    }
    j
}

/// Whether `phrase` may be the speaker of the cue at `s[j]`: a generic
/// description ("the narrator") only beside an unmistakable verb of speech
/// (a past tense, or a form of say, tell, write, ask, add).
fn speaker_fits(text: &str, phrase: &SpeakerPhrase, s: &[Token], j: usize) -> bool {
    let w = s[j].text(text);
    // a plural noun after a preposition: "Alongside BLM calls for action, …",
    // "amid Democrats' demands"
    let after_preposition = || {
        let start = phrase.whole.start.min(phrase.mention.start);
        let at = s.partition_point(|t| t.span.start < start);
        at > 0 && s[at - 1].is_word() && {
            let before = s[at - 1].text(text);
            Class::Preposition.holds_ascii_lowercase(before)
        }
    };
    let Some(v) = cue_verb(w) else {
        return !phrase.generic;
    };
    let nounish = Class::NounishLemma.holds(v.lemma);
    if w.ends_with('s') && nounish && after_preposition() {
        return false;
    }
    if !phrase.generic {
        return true;
    }
    w.ends_in_ed()
        || Class::PastReportVerb.holds(w)
        || (w.ends_with('s') && !nounish)
        // a plural with its bare verb: "his colleagues argue"
        || (phrase.plural && w == v.lemma && !nounish)
}

/// Patterns after the quotation `s[k]`, within `s[..hi]`.
pub(crate) fn trailing(text: &str, s: &[Token], k: usize, hi: usize) -> Option<Found> {
    let mut i = k + 1;
    while i < hi && s[i].is_punct(',') {
        i += 1;
    }
    if i >= hi {
        return None;
    }
    // “Q” — X (a typed "--" set tight against the mark is a byline's:
    // "…in Spain.”--Kim Lee")
    if s[i].is_dash() {
        let tight = text[s[i].span].starts_with('-')
            && !text[..s[i].span.start].ends_with(char::is_whitespace);
        if tight {
            return None;
        }
        let phrase = parse_after(text, s, i + 1, hi)?;
        if phrase.kind != PhraseKind::Name || phrase.whole.start != s[i + 1].span.start {
            return None;
        }
        let clause = Span::new(s[i].span.start, phrase.whole.end);
        return Some(Found::new(phrase, None, clause, "dash-speaker"));
    }
    // a trailing attribution follows a whole utterance: the quote ends in
    // punctuation, or a comma or dash stands between ("“simply replace” its
    // leaders is feared" is no attribution)
    let inner = crate::marks::glyphs::trim_marks_end(&text[s[k].span]);
    let utterance = inner.ends_with([',', '.', '!', '?', '…', '—', '-', ';', ':'])
        || i > k + 1
        || s[i].is_dash();
    // without the comma, only a name or pronoun and a verb of saying that
    // close the sentence: "“We are done” Lee said." ("“simply replace” its
    // leaders is feared" is no attribution)
    let tight = || {
        let speaker = s[i].is_capitalized(text)
            || s[i].is_word() && super::speaker::is_subject_pronoun(s[i].text(text));
        // (or a short description: "“…” this Trump look-alike declared.")
        let described = s[i].is_word() && s[i].is(Class::ArticleOrThis);
        let reach = if described { 6 } else { 4 };
        let cue = (i + 1..hi.min(i + reach))
            .find(|&j| cue_at(text, s, j).is_some_and(|c| c.class == CueClass::Speech));
        (speaker || described)
            && cue.is_some_and(|j| {
                (i + 1..j).all(|x| {
                    s[x].is_capitalized(text)
                        || s[x].is_punct('.')
                        || described && s[x].is_word() && s[x].is_lowercase(text)
                }) && s
                    .get(j + 1)
                    .map_or(true, |t| t.is_punct('.') || t.is_punct(','))
            })
    };
    // "“We waited for months” said Nick Marrow": an utterance of several
    // words, then a verb of saying and a name
    let inverted = || {
        inner.split_whitespace().nth(3).is_some()
            && s[i].is_lowercase(text)
            && cue_at(text, s, i).is_some_and(|c| c.class == CueClass::Speech)
            && s.get(i + 1).is_some_and(|t| t.is_capitalized(text))
    };
    if !utterance && !tight() && !inverted() {
        return None;
    }
    // “Q,” according to X
    if let Some(cue) = according_to_at(text, s, i) {
        let phrase = parse_after(text, s, cue.last + 1, hi)?;
        let clause = Span::new(cue.span.start, phrase.whole.end);
        return Some(Found::new(phrase, Some(cue), clause, "according-to"));
    }
    // “Q,” said X (not a participle, nor a verb that takes the words after
    // it as its object: "“in the seven figures,” described the emotional
    // impact")
    if let Some(cue) = cue_at(text, s, i) {
        if s[i].text(text).ends_in_ing() || Class::NotInvertedLemma.holds(cue.lemma) {
            return None;
        }
        let phrase = parse_after(text, s, cue.last + 1, hi)?;
        // a subject with a verb after it opens a reported clause: "who calls
        // Trump a “sociopath,” said he doesn’t …", "said the plan will fail"
        let after = s.partition_point(|t| t.span.start < phrase.whole.end);
        if s.get(after).is_some_and(|t| {
            let w = t.text(text);
            t.is_lowercase(text)
                && (phrase.kind == PhraseKind::Pronoun
                    && !Class::AfterSpeech.holds(w)
                    && !w.ends_in_ly()
                    || Class::FiniteAuxiliary.holds(w))
        }) {
            return None;
        }
        let end = clause_end(s, cue.last + 1, hi).max(cue.last + 1);
        let clause = Span::new(cue.span.start, s[end - 1].span.end.max(phrase.whole.end));
        return Some(Found::new(
            phrase,
            Some(cue),
            clause,
            "quote-then-cue-speaker",
        ));
    }
    // “Q,” X said
    let limit = hi.min(i + 40);
    let mut j = i + 1;
    while j < limit {
        if s[j].is_punct(QUOTE) || s[j].is_punct(';') {
            return None;
        }
        if let Some(cue) = cue_at(text, s, j) {
            let e = skip_aux_back(text, s, i, j);
            // no speaker before this cue: it may be a noun ("the Ohio state
            // firefighters union, said"); a later cue may still have one
            let Some(phrase) = parse_before(text, s, i, e).filter(|p| speaker_fits(text, p, s, j))
            else {
                if let Some(found) = aside_then_cue_speaker(text, s, i, j, hi, cue) {
                    return Some(found);
                }
                j += 1;
                continue;
            };
            // the speaker starts right after the quote ("“Q,” and he added" is
            // not this pattern), or after one description and a comma
            // ("“Q,” Rep. Hunter’s chief of staff, Joe Kasper, said")
            let start = phrase.whole.start.min(phrase.mention.start);
            let at = s.partition_point(|t| t.span.start < start);
            let described = at > i + 1
                && s[at - 1].is_punct(',')
                && !s[i..at - 1].iter().any(|t| t.is_punct(','));
            // ("“Q,” as she put it on Wednesday": after "as")
            let after_as = at == i + 1 && s[i].is_word() && s[i].text(text) == "as";
            if start > s[i].span.start && !described && !after_as {
                if let Some(found) = aside_then_cue_speaker(text, s, i, j, hi, cue) {
                    return Some(found);
                }
                // this cue's subject is not right after the quote; a later
                // cue's may be
                j += 1;
                continue;
            }
            // "“Q,” Warren, who has not endorsed anyone, told reporters": the
            // cue inside a relative clause set off by commas is not the one
            // that attributes; the cue after the clause's closing comma is,
            // with the name before it
            if let Some(found) = past_relative_clause(text, s, &phrase, j, limit) {
                return Some(found);
            }
            let end = clause_end(s, cue.last + 1, hi).max(cue.last + 1);
            let clause = Span::new(s[i].span.start, s[end - 1].span.end);
            return Some(Found::new(
                phrase,
                Some(cue),
                clause,
                "quote-then-speaker-cue",
            ));
        }
        j += 1;
    }
    None
}

/// For a `phrase` whose mention is the relative pronoun of a clause set off
/// by commas ("Warren, who has not endorsed anyone, told"), and the cue at
/// `j` inside that clause: the attribution by a verb of speech right after
/// the clause's closing comma, with the noun phrase before "who" as the
/// speaker.
fn past_relative_clause(
    text: &str,
    s: &[Token],
    phrase: &SpeakerPhrase,
    j: usize,
    limit: usize,
) -> Option<Found> {
    let who = s.partition_point(|t| t.span.start < phrase.mention.start);
    if phrase.kind == PhraseKind::Description
        || who == 0
        || who >= j
        || !s[who].is_word()
        || s[who].text(text) != "who"
        || !s[who - 1].is_punct(',')
    {
        return None;
    }
    let c = (j + 1..limit)
        .take_while(|&x| !s[x].is_punct(QUOTE))
        .find(|&x| s[x].is_punct(','))?;
    let cue = cue_at(text, s, c + 1).filter(|c| c.class == CueClass::Speech)?;
    let lo = s.partition_point(|t| t.span.start < phrase.whole.start);
    let name = parse_before(text, s, lo, who - 1)?;
    let end = clause_end(s, cue.last + 1, limit).max(cue.last + 1);
    let clause = Span::new(s[lo].span.start, s[end - 1].span.end);
    Some(Found::new(
        name,
        Some(cue),
        clause,
        "quote-then-speaker-cue",
    ))
}

/// Whether the words before a headline's colon are a newsroom's rubric, not
/// a source: "The Latest: …", "UPDATE: …", "Watch: …".
pub(crate) fn is_rubric(label: &str) -> bool {
    let label = label.trim();
    let label = label.strip_prefix("The ").unwrap_or(label);
    Class::Rubric.holds_ascii_lowercase(label)
}

/// A headline that names a source before a colon and says what it said,
/// without marks: "Gingrich: Trump Must Decide If He Wants a Running Mate",
/// "Poll: Voters Sour on the Plan". The source and the words after the colon.
pub(crate) fn headline_colon(text: &str, s: &[Token]) -> Option<(Found, Span)> {
    let c = s.iter().take(6).position(|t| t.is_punct(':'))?;
    if c > 0 && is_rubric(&text[s[0].span.start..s[c - 1].span.end]) {
        return None;
    }
    if c == 0
        || !s[..c]
            .iter()
            .all(|t| t.is_capitalized(text) || t.is_punct('.'))
    {
        return None;
    }
    let phrase = super::speaker::parse_before(text, s, 0, c)?;
    let whole = phrase.whole.start.min(phrase.mention.start) == s[0].span.start;
    let source = match phrase.kind {
        PhraseKind::Name => phrase.entity != EntityKind::Organization || c == 1,
        PhraseKind::Description => true,
        PhraseKind::Pronoun => false,
    };
    if !whole || !source {
        return None;
    }
    let content = headline_content(s, c + 1)?;
    let clause = Span::new(s[0].span.start, s[c].span.end);
    Some((Found::new(phrase, None, clause, "headline-colon"), content))
}

/// What a headline says from `s[from]` on: three words or more, without
/// marks, final punctuation left out.
fn headline_content(s: &[Token], from: usize) -> Option<Span> {
    let mut end = s.len();
    // (a term in marks at the end stays: "… Seems Like An ‘Act Of
    // Terrorism.’")
    while end > from && !s[end - 1].is_word() && !s[end - 1].is_punct(QUOTE) {
        end -= 1;
    }
    let words = s[from..end].iter().filter(|t| t.is_word()).count();
    if words < 3 {
        return None;
    }
    Some(Span::new(s[from].span.start, s[end - 1].span.end))
}

/// A question put to someone, in the passive: "Asked whether he would run,
/// Ortiz smiled", "when asked by a reporter if …", "was asked by host Ann
/// Lee whether …".
pub(crate) struct Asked {
    /// The question: from "whether", "if" or the question word.
    pub content: Span,
    pub cue: CueMatch,
    /// The one who asked, when "by" names them.
    pub asker: Option<SpeakerPhrase>,
    /// From the cue to the asker or the question.
    pub clause: Span,
}

/// The passive questions of sentence `s`.
pub(crate) fn asked_questions(text: &str, s: &[Token]) -> Vec<Asked> {
    let mut out = Vec::new();
    for j in 0..s.len() {
        // (the length first: most words are not five letters)
        if s[j].span.len() != 5 || !s[j].is_word() || !s[j].is(Class::Asked) {
            continue;
        }
        let passive = j == 0 || s[j - 1].is_word() && s[j - 1].is(Class::BeforeAsked);
        if !passive {
            continue;
        }
        // the question word, past an asker and a time or place ("Asked in
        // Iowa recently whether …")
        // (or what it was about, or what one was asked to do: "Asked about
        // Cruz's charges, Rubio …", "Asked to respond, she …")
        let topic = |q: usize| {
            s[q].is_word()
                && s[q].is(Class::AboutTo)
                && (q == j + 1
                    || s[q - 1].is_punct(',')
                    || s[q - 1].is_word() && is_time_word(s[q - 1].text(text)))
        };
        let Some(q) = (j + 1..s.len().min(j + 12)).find(|&q| question_word(s, q) || topic(q))
        else {
            continue;
        };
        if !s[j + 1..q].iter().all(|t| {
            t.is_word() && cue_verb(t.text(text)).is_none() && !t.is(Class::GapStop)
                || t.is_punct('.')
                || t.is_punct('(')
                || t.is_punct(')')
                || t.is_punct('-')
        }) {
            continue;
        }
        let asker = (s[j + 1].is_word() && s[j + 1].text(text) == "by")
            .then(|| super::speaker::parse_after(text, s, j + 2, q))
            .flatten()
            .filter(|p| s.partition_point(|t| t.span.start < p.whole.end) <= q);
        let end = (q + 1..s.len())
            .find(|&x| s[x].is_punct(',') || s[x].is_punct(';') || s[x].is_punct(QUOTE))
            .unwrap_or(s.len());
        let Some(content) = content_span(s, q, end) else {
            continue;
        };
        if end - q < 3 {
            continue;
        }
        let Some(v) = cue_verb("asked") else { continue };
        let cue = CueMatch::word(s, j, v);
        let clause = Span::new(
            s[j].span.start,
            asker.as_ref().map_or(s[j].span.end, |p| p.whole.end),
        );
        out.push(Asked {
            content,
            cue,
            asker,
            clause,
        });
    }
    out
}

/// A headline in title case that reports speech without marks: "Trump Says
/// He Never Pledged to Kill Families", "Former Pollster Warns Clinton Is in
/// Trouble". The subject before the capitalised cue, and the words after it.
pub(crate) fn headline_says(text: &str, s: &[Token]) -> Option<(Found, Span)> {
    let j = (1..s.len().min(12))
        .find(|&j| s[j].is_capitalized(text) && s[j].is(Class::HeadlineVerb))?;
    let v = cue_verb(s[j].text(text))?;
    // (an adverb before the cue is no part of the subject: "Trump Finally
    // Endorses …")
    let mut end = j;
    if end > 1 && {
        let w = s[end - 1].text(text);
        w.len() > 4 && w.ends_in_ly() && s[end - 1].is_capitalized(text)
    } {
        end -= 1;
    }
    let phrase = parse_before(text, s, 0, end)?;
    if phrase.whole.start.min(phrase.mention.start) != s[0].span.start
        || phrase.kind == PhraseKind::Pronoun
    {
        return None;
    }
    let content = headline_content(s, j + 1)?;
    let cue = CueMatch::word(s, j, v);
    let clause = Span::new(s[0].span.start, s[j].span.end);
    Some((
        Found::new(phrase, Some(cue), clause, "headline-says"),
        content,
    ))
}

/// A paragraph that is only a dash and a name, under a quotation: "— Ann
/// Ruiz." It names the speaker of the quotation above it.
pub(crate) fn dash_line(text: &str, s: &[Token]) -> Option<Found> {
    let first = s.first()?;
    if !first.is_dash() || s.len() < 2 || s.len() > 12 {
        return None;
    }
    let mut end = s.len();
    if s[end - 1].is_punct('.') {
        end -= 1;
    }
    let phrase = parse_after(text, s, 1, end)?;
    // (a place may close the line: "- Michelle Marks, Philadelphia.")
    let at = s.partition_point(|t| t.span.start < phrase.whole.end);
    let place = at + 1 < end
        && s[at].is_punct(',')
        && end - at <= 5
        && s[at + 1..end]
            .iter()
            .all(|t| t.is_capitalized(text) || t.is_punct('.') || t.is_punct(','));
    let covers = phrase.kind == PhraseKind::Name
        && phrase.whole.start == s[1].span.start
        && (phrase.whole.end >= s[end - 1].span.end || place);
    let clause = Span::new(first.span.start, s[end - 1].span.end);
    covers.then(|| Found::new(phrase, None, clause, "dash-speaker"))
}

/// An aside between a quotation and an inverted attribution, where no
/// speaker stands before the cue: "“Q,” like the recent slump, said Ann
/// Ruiz, an economist." `s[i..j]` is the aside and its comma, `s[j]` the cue.
fn aside_then_cue_speaker(
    text: &str,
    s: &[Token],
    i: usize,
    j: usize,
    hi: usize,
    cue: CueMatch,
) -> Option<Found> {
    if j <= i + 1 || !s[j - 1].is_punct(',') || cue.class != CueClass::Speech {
        return None;
    }
    // (a cue of belief or intent may stand in it: "since so many cases were
    // decided by 5-to-4 votes, said Lee Epstein")
    let aside_clean = (i..j - 1).all(|x| {
        !s[x].is_punct(QUOTE) && !cue_at(text, s, x).is_some_and(|c| c.class == CueClass::Speech)
    });
    if !aside_clean {
        return None;
    }
    let phrase = parse_after(text, s, cue.last + 1, hi).filter(|p| {
        p.whole.start == s.get(cue.last + 1).map_or(usize::MAX, |t| t.span.start)
            && matches!(p.kind, PhraseKind::Name | PhraseKind::Description)
    })?;
    let clause = Span::new(cue.span.start, phrase.whole.end);
    Some(Found::new(
        phrase,
        Some(cue),
        clause,
        "quote-then-cue-speaker",
    ))
}

/// Whether the words between a leading cue and its quote can stand there:
/// an object ("told reporters", "told CNN"), a prepositional phrase ("of
/// Clinton", "in a statement"), adverbs and names; not a clause.
fn gap_ok(text: &str, gap: &[Token]) -> bool {
    gap.iter().enumerate().all(|(x, t)| {
        // a title in marks after "on", "of" or a possessive: "said on ABC's
        // “This Week” that …"
        if t.is_punct(QUOTE) {
            return x > 0 && {
                let w = gap[x - 1].text(text);
                gap[x - 1].is_word()
                    && (Class::InOfOn.holds(w) || super::speaker::strip_possessive(w) != w)
            };
        }
        if !t.is_word() {
            return matches!(t.punct, ',' | ':' | '—' | '–' | '-' | '(' | ')' | '.');
        }
        let w = t.text(text);
        // a noun in a prepositional phrase: "on the convention floor"
        let in_phrase = || {
            x >= 2
                && gap[x - 1].is(Class::ArticleOrPossessive)
                && gap[x - 2].is(Class::TimePreposition)
                || x >= 3
                    && gap[x - 1].is_lowercase(text)
                    && gap[x - 2].is(Class::Article)
                    && gap[x - 3].is(Class::TimePreposition)
        };
        t.is_capitalized(text)
            || (w.len() > 3 && w.ends_in_ly())
            || w.chars().all(|c| c.is_ascii_digit())
            || Class::GapWord.holds(w)
            || Class::DiscourseAdverb.holds(w)
            || super::speaker::strip_possessive(w) != w
            || t.is_lowercase(text)
                && !Class::GapStop.holds(w)
                && cue_verb(w).is_none()
                && in_phrase()
    })
}

/// Patterns before the quotation `s[k]`, within `s[lo..k]`.
pub(crate) fn leading(text: &str, s: &[Token], lo: usize, k: usize) -> Option<Found> {
    let mut e = k;
    let mut colon = false;
    while e > lo && (s[e - 1].is_punct(',') || s[e - 1].is_punct(':') || s[e - 1].is_dash()) {
        colon |= s[e - 1].is_punct(':');
        e -= 1;
    }
    // "Trump said, and I quote, “…”": the writer's aside
    let word = |i: usize| s.get(i).filter(|t| t.is_word()).map(|t| t.text(text));
    if e >= lo + 4 && word(e - 1) == Some("quote") && word(e - 2) == Some("I") {
        let mut a = e - 2;
        if word(a - 1) == Some("and") {
            a -= 1;
        }
        if s[a - 1].is_punct(',') {
            e = a - 1;
        }
    }
    if e == lo {
        return None;
    }
    // a transcript line: "Clinton: “Our goal is …”", also after a title and
    // a dash, as newsletters credit their excerpts ("POLLS NOT WRONG, JUST
    // EARLY - Mark Blumenthal: “…”")
    let credit = (lo..e)
        .rev()
        .take(5)
        .find(|&d| s[d].is_dash())
        .map_or(lo, |d| d + 1);
    if colon
        && e > credit
        && e - credit <= 4
        && s[credit..e]
            .iter()
            .all(|t| t.is_capitalized(text) || t.is_punct('.'))
    {
        if let Some(phrase) = parse_before(text, s, credit, e)
            .filter(|p| p.kind == PhraseKind::Name && p.whole.start == s[credit].span.start)
        {
            let clause = Span::new(s[credit].span.start, s[e - 1].span.end);
            return Some(Found::new(phrase, None, clause, "speaker-colon-quote"));
        }
    }
    let split = lo > 0 && s[lo - 1].is_punct(QUOTE);
    let floor = lo.max(e.saturating_sub(8));
    let mut j = e;
    while j > floor {
        j -= 1;
        // ("put it" is a cue, though "it" alone starts a clause)
        let idiom_end = j > lo
            && s[j - 1].is_word()
            && s[j].is(Class::IdiomParticle)
            && crate::vocab::lexicon::idiom(s[j - 1].text(text), s[j].text(text)).is_some();
        if s[j].is_punct(QUOTE) || (s[j].is_word() && s[j].is(Class::GapStop) && !idiom_end) {
            return None;
        }
        if let Some(cue) = according_to_at(text, s, j) {
            let phrase = parse_after(text, s, cue.last + 1, e)?;
            let clause = Span::new(cue.span.start, s[e - 1].span.end);
            return Some(Found::new(phrase, Some(cue), clause, "according-to"));
        }
        if let Some(cue) = cue_at(text, s, j).or_else(|| infinitive_cue(text, s, lo, j, e)) {
            if cue.class != CueClass::Speech && !colon {
                return None;
            }
            if !colon && !gap_ok(text, &s[cue.last + 1..e]) {
                return None;
            }
            let m = skip_aux_back(text, s, lo, j);
            // a passive with its agent after the quotation: "The inquiry
            // was labeled a “witch hunt” by Democrats" is the Democrats'
            // (without one, the subject stands in, as PolNeAR annotates)
            let passive = is_passive(text, s, m, j);
            let by = s
                .get(k + 1)
                .is_some_and(|t| t.is_word() && t.text(text) == "by");
            if let Some(agent) = (passive && by)
                .then(|| parse_after(text, s, k + 2, s.len().min(k + 12)))
                .flatten()
            {
                let clause = Span::new(cue.span.start, agent.whole.end);
                return Some(Found::new(
                    agent,
                    Some(cue),
                    clause,
                    "speaker-cue-comma-quote",
                ));
            }
            let participle = s[j].text(text).ends_in_ing() && j > lo;
            // "…, Nefzi said, adding, “…”": the speaker of the cue before
            let after_cue = participle
                && j >= lo + 3
                && s[j - 1].is_punct(',')
                && cue_at(text, s, j - 2).is_some();
            // inverted after a fronted clause: "Because of how they built
            // the schedule, explained Rosenberg, “…”"
            let inverted_mid = (!colon
                && j > lo + 1
                && s[j - 1].is_punct(',')
                && s[j].text(text).ends_in_ed()
                // verbs that invert, not those that take a person as object
                // ("X, a candidate, labeled Mr. Trump “unfit”")
                && Class::StatementLemma.holds(cue.lemma))
            .then(|| parse_after(text, s, cue.last + 1, e))
            .flatten()
            .filter(|p| {
                p.kind == PhraseKind::Name && s.partition_point(|t| t.span.start < p.whole.end) >= e
            });
            let phrase = if let Some(p) = inverted_mid {
                p
            } else if after_cue {
                parse_before(text, s, lo, skip_aux_back(text, s, lo, j - 2))?
            } else if participle {
                with_subject(text, s, lo, j).or_else(|| sentence_subject(text, &s[..k], j))?
            } else if (m == lo && j == lo && !colon) || (colon && inverted_opening(text, s, lo, j))
            {
                // inverted, at the start: "Said Quist, “…”", "In other
                // words, explained Ann Beck: “…”"
                parse_after(text, s, cue.last + 1, e)
                    .filter(|p| s.partition_point(|t| t.span.start < p.whole.end) >= e)?
            } else if m >= lo + 3 && s[m - 1].is_word() && s[m - 1].text(text) == "to" {
                // an infinitive: "Trump was prompted to say, “…”", "she went
                // on to say"; the subject of the verb before "to"
                let verb = m - 2;
                if !s[verb].is_lowercase(text) || is_determiner(s[verb].text(text)) {
                    return None;
                }
                let before =
                    if verb > lo && s[verb].text(text) == "on" && s[verb - 1].is_lowercase(text) {
                        verb - 1
                    } else {
                        verb
                    };
                parse_before(text, s, lo, skip_aux_back(text, s, lo, before))?
            } else if m > lo && s[m - 1].is_word() && s[m - 1].is(Class::AndBut) && lo == 0 {
                // "The president noted …, and added: “…”": the subject goes on;
                // a pronoun right before the verb before is it ("…, he
                // laughed and said")
                let pronoun = (m.saturating_sub(6).max(lo)..m - 1).rev().find(|&x| {
                    s[x].is_word() && super::speaker::is_subject_pronoun(s[x].text(text))
                });
                let opens = |x: usize| x == 0 || s[x - 1].is_punct(',');
                match pronoun
                    .filter(|&x| opens(x) && s[x + 1..m - 1].iter().all(|t| t.is_lowercase(text)))
                {
                    Some(x) => super::speaker::parse_np_right(text, &s[x..=x])?,
                    None => sentence_subject(text, &s[..k], m - 1)?,
                }
            } else {
                parse_before(text, s, lo, m)?
            };
            if !speaker_fits(text, &phrase, s, j) {
                return None;
            }
            let clause = Span::new(
                phrase.whole.start.min(phrase.mention.start),
                s[e - 1].span.end,
            );
            let rule = match (split, colon) {
                (true, _) => "split-quote",
                (false, true) => "speaker-cue-colon-quote",
                (false, false) => "speaker-cue-comma-quote",
            };
            return Some(Found::new(phrase, Some(cue), clause, rule));
        }
    }
    if colon {
        return colon_clause(text, s, lo, e);
    }
    None
}

/// Whether the cue `s[j]` opens its sentence, or follows only a short
/// opening phrase and a comma ("In other words, explained …").
fn inverted_opening(text: &str, s: &[Token], lo: usize, j: usize) -> bool {
    j == lo
        || (j >= lo + 2
            && j - lo <= 4
            && s[j - 1].is_punct(',')
            && s[lo..j - 1].iter().all(|t| t.is_word())
            && s[j].is_lowercase(text))
}

/// "to say" right before the quotation ("was prompted to say, “…”"): the
/// infinitive cue that `cue_at` passes over inside a clause.
fn infinitive_cue(text: &str, s: &[Token], lo: usize, j: usize, e: usize) -> Option<CueMatch> {
    if j + 1 != e || j < lo + 2 || !s[j - 1].is_word() || s[j - 1].text(text) != "to" {
        return None;
    }
    let w = s[j].text(text);
    let v = cue_verb(w)
        .filter(|v| v.class == CueClass::Speech && v.lemma == w && s[j].is_lowercase(text))?;
    Some(CueMatch::word(s, j, v))
}

/// The subject of a participle after "with": "with Senator Ann Ruiz
/// telling reporters …" (the sentence's own subject speaks otherwise).
fn with_subject(text: &str, s: &[Token], lo: usize, j: usize) -> Option<SpeakerPhrase> {
    let w = (lo..j)
        .rev()
        .take(8)
        .find(|&x| s[x].is_word() && s[x].is(Class::With))?;
    // (past an adverb: "with Cruz recently promising")
    let j = skip_aux_back(text, s, w + 1, j);
    let phrase = parse_after(text, s, w + 1, j)?;
    let at = s.partition_point(|t| t.span.start < phrase.whole.end);
    if !matches!(phrase.kind, PhraseKind::Name | PhraseKind::Description) {
        return None;
    }
    if at == j {
        return Some(phrase);
    }
    // two noun phrases joined: "with many marchers and spectators chanting"
    let and = at < j && s[at].is_word() && s[at].text(text) == "and";
    let second = and.then(|| parse_after(text, s, at + 1, j)).flatten()?;
    let ends = s.partition_point(|t| t.span.start < second.whole.end) == j;
    ends.then(|| {
        SpeakerPhrase::people(
            Span::new(
                phrase.whole.start.min(phrase.mention.start),
                second.whole.end,
            ),
            true,
            false,
        )
    })
}

/// A clause ending in a colon, with no cue, that introduces the quote: its
/// subject speaks ("Kasich resisted: “…”"), or the source after "from"
/// ("More from the report: “…”"). Not a generic description ("The menu
/// lists: …").
fn colon_clause(text: &str, s: &[Token], lo: usize, e: usize) -> Option<Found> {
    let clause = Span::new(s[lo].span.start, s[e - 1].span.end);
    if let Some(from) = (lo..e)
        .rev()
        .find(|&x| s[x].is_word() && s[x].text(text).eq_ignore_ascii_case("from"))
    {
        let phrase = parse_after(text, s, from + 1, e)?;
        let ends = s.partition_point(|t| t.span.start < phrase.whole.end) >= e;
        return (ends && !phrase.generic)
            .then(|| Found::new(phrase, None, clause, "colon-lead-in"));
    }
    // a person named right before the colon, after the clause's verb: "The
    // surge doesn't surprise pollster Daron Shaw: “…”"
    if let Some(phrase) = super::speaker::parse_before(text, s, lo, e).filter(|p| {
        let at = s.partition_point(|t| t.span.start < p.whole.start.min(p.mention.start));
        p.kind == PhraseKind::Name
            && p.entity == EntityKind::Person
            && (p.role.is_some()
                || GIVEN_NAMES.contains_key(
                    text[p.name.unwrap_or(p.mention)]
                        .split(' ')
                        .next()
                        .unwrap_or(""),
                ))
            && at > lo
            && s[at - 1].is_word()
            && s[at - 1].is_lowercase(text)
            && !is_function_word_before_name(s[at - 1].text(text))
    }) {
        return Some(Found::new(phrase, None, clause, "colon-lead-in"));
    }
    if lo != 0 || e - lo > 20 {
        return None;
    }
    let phrase = sentence_subject(text, &s[..e], e)?;
    // ("Wait, it gets better:" has no subject "Wait": a lone word before a
    // comma opens the sentence as an interjection)
    let after = s.partition_point(|t| t.span.start < phrase.whole.end);
    let interjection = after == 1 && s.get(1).is_some_and(|t| t.is_punct(','));
    let fits = matches!(phrase.kind, PhraseKind::Name | PhraseKind::Pronoun)
        && phrase.entity != EntityKind::Organization
        && !interjection;
    fits.then(|| Found::new(phrase, None, clause, "colon-lead-in"))
}

/// Words before a name that make it no speaker of what follows a colon:
/// prepositions and conjunctions ("a message to Ann Lee:", "and Tom Ruiz:").
fn is_function_word_before_name(w: &str) -> bool {
    Class::FunctionWordBeforeName.holds(w)
}

/// A sentence of attribution alone that introduces the quotation opening
/// the next sentence: "Ann Lee said in a statement. “…”", "He told
/// reporters. “…”". A verb of speech, nothing reported after it (only an
/// object or adverbials), and no quotation marks of its own.
pub(crate) fn statement_lead_in(text: &str, s: &[Token]) -> Option<Found> {
    let n = s.len();
    if !(3..=24).contains(&n) || !s[n - 1].is_punct('.') || s.iter().any(|t| t.is_punct(QUOTE)) {
        return None;
    }
    let mut found = leading(text, s, 0, n - 1)?;
    found.cue?;
    // the speaker opens the sentence: "…, the Guardian reported." reports
    // what stands before it
    let p = &found.phrase;
    if p.whole.start.min(p.mention.start) != s[0].span.start {
        return None;
    }
    found.rule = "statement-then-quote";
    Some(found)
}

/// A sentence ending in a colon that introduces the quotation after it:
/// "Caddell continued:" or "And from Chairwoman Rosenworcel:".
pub(crate) fn colon_lead_in(text: &str, s: &[Token]) -> Option<Found> {
    let n = s.len();
    if n < 2 || !s[n - 1].is_punct(':') {
        return None;
    }
    // "As Ann Lee reported after the vote:": the "as" clause's own cue and
    // subject, whatever follows them
    if n > 3 && s[0].is_word() && s[0].text(text) == "As" {
        if let Some(j) = (2..n.min(10)).find(|&j| {
            s[j].is_lowercase(text)
                && cue_at(text, s, j).is_some_and(|c| c.class == CueClass::Speech)
        }) {
            let cue = cue_at(text, s, j)?;
            if let Some(phrase) = super::speaker::parse_before(text, s, 1, j).filter(|p| {
                p.whole.start.min(p.mention.start) == s[1].span.start
                    && matches!(p.kind, PhraseKind::Name | PhraseKind::Description)
            }) {
                let clause = Span::new(s[0].span.start, s[n - 2].span.end);
                return Some(Found::new(phrase, Some(cue), clause, "colon-lead-in"));
            }
        }
    }
    if let Some(mut found) = leading(text, s, 0, n) {
        found.rule = "colon-lead-in";
        return Some(found);
    }
    let from = s
        .iter()
        .rposition(|t| t.is_word() && t.text(text).eq_ignore_ascii_case("from"));
    if let Some(from) = from {
        let phrase = parse_after(text, s, from + 1, n - 1)?;
        if phrase.kind != PhraseKind::Name {
            return None;
        }
        let clause = Span::new(s[from].span.start, s[n - 2].span.end);
        return Some(Found::new(phrase, None, clause, "colon-lead-in"));
    }
    // a clause with no cue whose subject introduces it: "Cruz called them
    // on it:\n\n“…”"
    colon_clause(text, s, 0, n - 1)
}

/// Reported speech found in a sentence: the attribution, the reported
/// clause, and whether the clause reads as one on its own (after "that", or
/// starting with a subject), as an `Indirect` record needs.
#[derive(Clone, Debug)]
pub(crate) struct Reported {
    pub found: Found,
    pub clause: Span,
    pub standalone: bool,
}

/// How many tokens a clause may be trimmed of punctuation before it is
/// given up: keeps the work per cue bounded.
const TRIM_LIMIT: usize = 64;

/// Every cue with a subject in sentence `s` ("X said (that) …", "…, X said",
/// "according to X, …"), in order, with its reported clause. One pass; the
/// work per cue is bounded, so the whole is linear in the sentence.
pub(crate) fn reported_all(text: &str, s: &[Token]) -> Vec<Reported> {
    let n = s.len();
    let mut out = Vec::new();
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
    // "Trump’s claim that …", "the senator’s statement that …"
    // (a day between: "his comment Monday that …")
    for j in 1..n.saturating_sub(2) {
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
            continue;
        };
        if !t.is_lowercase(text) || !CUE_NOUNS.contains(t.text(text)) {
            continue;
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
                continue;
            }
            pronoun
        } else {
            // (a description owns it too: "an inspector general's report that")
            if !owner.is_word() || super::speaker::strip_possessive(w).len() == w.len() {
                continue;
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
                while lo > floor && s[lo - 1].is_lowercase(text) && !is_determiner(s[lo].text(text))
                {
                    lo -= 1;
                }
                if !is_determiner(s[lo].text(text)) {
                    continue;
                }
            }
            let Some(mut phrase) = parse_before(text, s, lo, j) else {
                continue;
            };
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
        let Some(clause) = content_span(s, that + 1, next_boundary(&coordinated, that + 1, n))
        else {
            continue;
        };
        let cue = CueMatch {
            span: t.span,
            lemma: "statement",
            weight: 0.8,
            class: CueClass::Speech,
            last: j,
        };
        let attribution = Span::new(phrase.whole.start.min(phrase.mention.start), t.span.end);
        out.push(Reported {
            found: Found::new(phrase, Some(cue), attribution, "reported-speech"),
            clause,
            standalone: true,
        });
    }
    // "In the new Post-ABC poll, Clinton leads …", "… 38 percent support in
    // a Fox poll.": a poll says the sentence
    if let Some(r) = poll_finding(text, s, &coordinated) {
        out.push(r);
    }
    let mut subject: Option<Option<SpeakerPhrase>> = None;
    for (j, cue, according) in cues {
        if according {
            let mut e = cue.last + 1;
            // (a title in marks inside the source is part of it: "according
            // to her “clawback” plan, …")
            let inside = |e: usize| {
                e > cue.last + 1
                    && s.get(e + 1)
                        .is_some_and(|t| t.is_word() && t.is_lowercase(text))
            };
            while e < n
                && e < cue.last + 40
                && !s[e].is_punct(',')
                && (!s[e].is_punct(QUOTE) || inside(e))
            {
                e += 1;
            }
            let Some(phrase) =
                parse_after(text, s, cue.last + 1, e).or_else(|| source_phrase(s, cue.last + 1, e))
            else {
                continue;
            };
            // "The council reported that, according to an analysis, the fund
            // …": the verb before holds the clause, source and all
            if j >= 2
                && s[j - 1].is_punct(',')
                && s[j - 2].is_word()
                && s[j - 2].text(text) == "that"
            {
                continue;
            }
            // "But according to X, …": a conjunction before it opens nothing,
            // nor a parenthesis, nor a short opening phrase and its comma
            // ("In addition, according to the department, …")
            let opens = j == 0
                || j == 1
                    && (s[0].is_punct('(') || s[0].is_word() && s[0].is(Class::OpeningLinkAlso))
                || ((2..=4).contains(&j)
                    && s[j - 1].is_punct(',')
                    && s[..j - 1].iter().all(|t| {
                        t.is_word()
                            && !t.is(Class::FiniteAuxiliary)
                            && cue_verb(t.text(text)).is_none()
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
                !(0..hi).any(|x| {
                    s[x].is_word() && (s[x].text(text) == "that" || cue_at(text, s, x).is_some())
                })
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
                content_span(s, first, next_boundary(&coordinated, e + 1, n))
            } else if opens && e + 1 < n {
                content_span(s, e + 1, next_boundary(&coordinated, e + 1, n))
            } else if j > 0 && (s[j - 1].is_punct(',') || s[j - 1].is_dash()) {
                content_span(s, 0, j - 1)
            } else if closing {
                content_span(s, 0, j)
            } else {
                None
            };
            let Some(clause) = clause else { continue };
            let attribution = Span::new(cue.span.start, phrase.whole.end);
            out.push(Reported {
                found: Found::new(phrase, Some(cue), attribution, "according-to"),
                clause,
                standalone: true,
            });
            continue;
        }
        // inverted, after the reported words: "… ''profoundly irresponsible,'' said Steve Bell."
        if j > 0 && comma_before(text, s, j) && !participle_form(text, &s[j]) {
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
                let ends = rest >= n
                    || s[rest].is_punct(',')
                    || s[rest].is_punct('.')
                    || s[rest].is_punct(';');
                if ends && phrase.whole.start == s[cue.last + 1].span.start {
                    if let Some(clause) = content_span(s, 0, j) {
                        let attribution = Span::new(cue.span.start, phrase.whole.end);
                        out.push(Reported {
                            found: Found::new(phrase, Some(cue), attribution, "reported-speech"),
                            clause,
                            standalone: true,
                        });
                        continue;
                    }
                }
            }
        }
        // passive, with its agent: "Facebook was criticised by the tribunal for …"
        if cue.last + 1 < n
            && s[cue.last + 1].is_word()
            && s[cue.last + 1].text(text) == "by"
            && j > 0
            && s[j - 1].is_word()
            && is_passive_aux(s[j - 1].text(text))
        {
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
                if let Some(clause) = content_span(s, e, next_boundary(&coordinated, e, n)) {
                    let attribution = Span::new(cue.span.start, phrase.whole.end);
                    out.push(Reported {
                        found: Found::new(phrase, Some(cue), attribution, "reported-speech"),
                        clause,
                        standalone: false,
                    });
                }
            }
            continue;
        }
        // a passive with no agent names no speaker: "Texas was called for Cruz"
        if cue.class == CueClass::Speech
            && j > 0
            && s[j - 1].is_word()
            && is_passive_aux(s[j - 1].text(text))
            && s[j].text(text).ends_in_ed()
        {
            continue;
        }
        let m = skip_aux_back(text, s, j.saturating_sub(6), j);
        let participle = s[j].text(text).ends_in_ing() && j > 0;
        let coordinated_cue = j > 0 && s[j - 1].is_word() && s[j - 1].is(Class::AndBut);
        let after_cue = participle
            && comma_before(text, s, j)
            && out.last().is_some_and(|r: &Reported| {
                r.found.cue.is_some_and(|c| c.span.end < s[j].span.start)
            });
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
        let stance = participle
            && cue.class == CueClass::Belief
            && s[j - 1].is_word()
            && !is_aux(text, &s[j - 1]);
        let phrase = if after_belief {
            participle_subject(text, s, j, &mut subject)
                .filter(|p| speaker_fits(text, p, s, j))
                .or_else(|| out.last().map(|r| r.found.phrase.clone()))
        } else if after_cue {
            // "… Trump said, adding that …": the speaker of the cue before
            out.last().map(|r| r.found.phrase.clone())
        } else if participle && comma_before(text, s, j) && out.is_empty() {
            after_quote().or_else(|| participle_subject(text, s, j, &mut subject))
        } else if stance {
            // a stance held by the noun phrase right before it: "a super PAC
            // supporting Rubio", "pastors backing Cruz"
            parse_before(text, s, 0, j).filter(|p| p.whole.end == s[j - 1].span.end)
        } else if participle {
            participle_subject(text, s, j, &mut subject)
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
        let Some(phrase) = phrase.filter(|p| speaker_fits(text, p, s, j)) else {
            continue;
        };
        let phrase_start = phrase.whole.start.min(phrase.mention.start);
        let start_of_phrase = s.partition_point(|t| t.span.start < phrase_start);
        let after = cue.last + 1;
        // "said (on Monday, in a statement) that …": the complementizer, with
        // only adverbials before it (not the determiner of "… to that conclusion")
        let that_soon = |from: usize| {
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
        };
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
                && that_soon(after).is_none());
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
                content_span(
                    s,
                    after_pp + 1,
                    next_boundary(&coordinated, after_pp + 1, n),
                ),
                true,
            )
        } else if parenthetical && ends_here && Class::TalkLemma.holds(cue.lemma) {
            // "…, Kasich spoke to voters": speaking takes no clause before it
            continue;
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
                s[after..q].iter().all(|t| {
                    t.is_word() && !t.is(Class::GapStop) && cue_verb(t.text(text)).is_none()
                })
            })
        {
            // the question asked: "asked (her) whether …", "asked if …"
            (content_span(s, q, next_boundary(&coordinated, q, n)), true)
        } else {
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
                while c < n
                    && s[c].is_word()
                    && s[c].text(text) != "that"
                    && (c < after + 4 || outlet(c))
                {
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
                .filter(|w| Class::TopicPreposition.holds(*w));
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
                    continue;
                }
                if fits {
                    let clause = content_span(s, c + 1, next_boundary(&coordinated, c + 1, n));
                    if let Some(clause) = clause {
                        let attribution = Span::new(phrase_start, s[c].span.end);
                        let cue = CueMatch {
                            span: Span::new(cue.span.start, s[c].span.end),
                            last: c,
                            ..cue
                        };
                        let found = Found::new(phrase, Some(cue), attribution, "reported-speech");
                        out.push(Reported {
                            found,
                            clause,
                            standalone: true,
                        });
                    }
                    continue;
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
            let c = if that_soon(c).is_none()
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
            let that = that_soon(c).or_else(|| tell_like.then(told_that).flatten());
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
            (
                content_span(s, from, next_boundary(&coordinated, from, n)),
                standalone,
            )
        };
        let Some(mut clause) = content else { continue };
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
                    None => continue,
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
                let to = s.partition_point(|t| t.span.start <= c.span.start)
                    - usize::from(c.is_punct(','));
                match content_span(s, from, to) {
                    Some(cut) => clause = cut,
                    None => continue,
                }
            }
        }
        let attribution = Span::new(phrase_start, cue.span.end);
        let found = Found::new(phrase, Some(cue), attribution, "reported-speech");
        out.push(Reported {
            found,
            clause,
            standalone,
        });
    }
    out
}

/// How many tokens the "in a poll" phrase may hold ("in an NBC News/Wall
/// Street Journal poll released Monday").
const POLL_PHRASE_TOKENS: usize = 14;

/// A poll or survey that says the sentence: opening it ("In the new
/// Post-ABC poll, Clinton leads …") or closing it ("Cruz had 38 percent
/// support in a Fox poll."). The phrase after "in" speaks; what the rest of
/// the sentence says is the clause.
fn poll_finding(text: &str, s: &[Token], coordinated: &[usize]) -> Option<Reported> {
    let n = s.len();
    let is_in = |x: usize| s[x].is_word() && s[x].text(text).eq_ignore_ascii_case("in");
    // the poll phrase from `from` (after "in") to `to`: a determiner first,
    // a poll noun inside, plain words only
    let phrase = |from: usize, to: usize| -> Option<SpeakerPhrase> {
        let words = s.get(from..to)?;
        let first = words.first()?;
        // (a possessive stands for the determiner: "In May's Post-ABC poll")
        let possessive = super::speaker::strip_possessive(first.text(text)) != first.text(text);
        if !first.is_word() || !(is_determiner(first.text(text)) || possessive) || words.len() < 2 {
            return None;
        }
        let noun = words
            .iter()
            .position(|t| t.is_word() && Class::PollNoun.holds_ascii_lowercase(t.text(text)))?;
        let plain = words.iter().all(|t| {
            t.is_word()
                || t.is_punct('/')
                || t.is_punct('-')
                || t.is_punct('.')
                || t.is_punct('’')
                || t.is_punct('\'')
        });
        // (a verb of its own makes it a clause: "In another study they
        // wrote, …")
        // (but a participle after the poll noun is no verb of its own: "the
        // latest poll released Wednesday")
        let verb = (from..to).any(|x| {
            cue_at(text, s, x).is_some() && !(x > from + noun && s[x].text(text).ends_in_ed())
        });
        if !plain || noun == 0 || verb {
            return None;
        }
        let mention = Span::new(first.span.start, words[words.len() - 1].span.end);
        let plural = words[noun].text(text).ends_with('s');
        Some(SpeakerPhrase::description(
            mention,
            EntityKind::Unknown,
            Gender::Neuter,
            plural,
            false,
        ))
    };
    let cue_at_in = |x: usize| CueMatch {
        span: s[x].span,
        lemma: "according to",
        weight: 1.0,
        class: CueClass::Speech,
        last: x,
    };
    // opening: "In <poll …>, <clause>"
    if n > 3 && is_in(0) {
        if let Some(c) = (1..n.min(POLL_PHRASE_TOKENS + 1)).find(|&x| s[x].is_punct(',')) {
            // (a named source with its own verb speaks for itself: "In an
            // online poll, Democracy Corps found that …")
            let named_source = || {
                (c + 2..n.min(c + 12))
                    .find(|&y| cue_at(text, s, y).is_some())
                    .and_then(|y| parse_before(text, s, c + 1, y))
                    .is_some_and(|q| q.kind == PhraseKind::Name)
            };
            if let Some(p) = phrase(1, c).filter(|_| !named_source()) {
                let clause = content_span(s, c + 1, next_boundary(coordinated, c + 1, n))?;
                let attribution = Span::new(s[0].span.start, p.whole.end);
                return Some(Reported {
                    found: Found::new(p, Some(cue_at_in(0)), attribution, "poll-finding"),
                    clause,
                    standalone: true,
                });
            }
        }
    }
    // closing: "<clause> in <poll …>." with nothing after but the period
    let end = if n > 0 && s[n - 1].is_punct('.') {
        n - 1
    } else {
        n
    };
    let x = (end.saturating_sub(POLL_PHRASE_TOKENS)..end)
        .rev()
        .find(|&x| is_in(x))?;
    if x < 3 || s[..x].iter().any(|t| t.is_punct(QUOTE)) {
        return None;
    }
    let p = phrase(x + 1, end)?;
    // (not when someone says the clause before: "Carson says he is under
    // attack because of his rise in the polls.")
    let said = (0..x).any(|y| {
        // ("38 percent support": a share's noun, no verb)
        let share = y > 0 && (s[y - 1].is_punct('%') || s[y - 1].text(text) == "percent");
        !share && cue_at(text, s, y).is_some()
    });
    if said {
        return None;
    }
    let clause = content_span(s, 0, x)?;
    let attribution = Span::new(s[x].span.start, p.whole.end);
    Some(Reported {
        found: Found::new(p, Some(cue_at_in(x)), attribution, "poll-finding"),
        clause,
        standalone: true,
    })
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

/// The words after "according to", up to the comma, as a source when they
/// parse as no name or role: "according to early results of the exit poll".
fn source_phrase(s: &[Token], from: usize, to: usize) -> Option<SpeakerPhrase> {
    // a source is a noun phrase of a few words at least: "according to plan" names none
    if to < from + 2
        || to - from > 25
        || !s[from..to]
            .iter()
            .all(|t| t.is_word() || t.is_punct('.') || t.is_punct('-') || t.is_punct(QUOTE))
    {
        return None;
    }
    // without the sentence's final period
    let to = if s[to - 1].is_punct('.') { to - 1 } else { to };
    let mention = Span::new(s[from].span.start, s[to - 1].span.end);
    Some(SpeakerPhrase::description(
        mention,
        EntityKind::Unknown,
        crate::vocab::lexicon::Gender::Unknown,
        false,
        true,
    ))
}

/// Whether the sentence opens with an adverbial ("On Friday, …", "If he
/// wins, …", "Facing criticism, …").
fn adverbial_opener(text: &str, s: &[Token]) -> bool {
    let Some(first) = s.first().filter(|t| t.is_word()) else {
        return false;
    };
    let w = first.text(text);
    // "This week, …", "Last spring, …" (but "This includes …" has a subject)
    let dated = Class::LastThis.holds(w)
        && s.get(1)
            .is_some_and(|t| is_time_word(t.text(text)) || t.is(Class::Season));
    dated
        || Class::AdverbialOpener.holds(w)
        || (first.is_capitalized(text)
            && (w.ends_in_ing() || w.ends_in_ed())
            && w.len() > 4
            && !GIVEN_NAMES.contains_key(w))
        || time_opener(text, s)
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

/// A time phrase before the first comma: "Two weeks earlier,", "Seven
/// years ago,", "Back in 2009,", "A few minutes later,", "Fifteen minutes
/// after the vote, …", "Meanwhile,".
fn time_opener(text: &str, s: &[Token]) -> bool {
    let Some(c) = s.iter().take(9).position(|t| t.is_punct(',')) else {
        return false;
    };
    let mut words = s[..c].iter().filter(|t| t.is_word()).map(|t| t.text(text));
    let Some(first) = words.next() else {
        return false;
    };
    let second = words.next();
    let last = words.next_back().or(second).unwrap_or(first);
    Class::RelativeTimeAdverb.holds(last)
        || Class::TimeOpener.holds(first)
        || second.is_some_and(|w| Class::TimeUnit.holds(w)) && first.starts_with(char::is_uppercase)
}

/// Whether "that" at `s[x]` points at a noun ("interjected that warning
/// into the debate") rather than opening a clause.
fn that_is_determiner(text: &str, s: &[Token], x: usize) -> bool {
    let word = |i: usize| s.get(i).filter(|t| t.is_word()).map(|t| t.text(text));
    let noun = word(x + 1).is_some_and(|w| CUE_NOUNS.contains(w));
    let then = word(x + 2).map_or(true, |w| Class::AfterThatNoun.holds(w));
    noun && then
}

/// Whether `s[i]` follows a comma: a comma token, or a quotation whose words
/// end in one (“…,” said X).
fn comma_before(text: &str, s: &[Token], i: usize) -> bool {
    s.get(i.wrapping_sub(1))
        .is_some_and(|t| t.is_punct(',') || quote_ends_in_comma(text, t))
}

/// Whether a cue token is an -ing form ("saying").
fn participle_form(text: &str, t: &Token) -> bool {
    t.text(text).ends_in_ing()
}

/// The first coordinated cue after `from` (exclusive), or `n`.
fn next_boundary(coordinated: &[usize], from: usize, n: usize) -> usize {
    let i = coordinated.partition_point(|&p| p <= from);
    coordinated.get(i).copied().unwrap_or(n)
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

/// The word right before a speaker phrase ("after" in "after the interview
/// concluded"), or "" when none stands there.
fn word_before_phrase<'t>(text: &'t str, p: &SpeakerPhrase) -> &'t str {
    text[..p.whole.start.min(p.mention.start)]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// The subject of the sentence `s`, before `s[limit]`: after an opening
/// adverbial ("On Monday, …", "In an interview with X, …"), the first noun
/// phrase. For participial cues: "She went on, saying …".
fn sentence_subject(text: &str, s: &[Token], limit: usize) -> Option<SpeakerPhrase> {
    // past a dateline, the sentence proper: "WASHINGTON (UPI) — In response
    // to …, Abedin rallied supporters"
    let d = dateline_end(text, &s[..limit.min(s.len())]);
    if d > 0 && d < limit {
        return sentence_subject(text, &s[d..], limit - d);
    }
    let mut start = 0;
    let first = s.first()?;
    let comma = s[..limit.min(12)].iter().position(|t| t.is_punct(','));
    let adverbial_opener = first.is_word()
        && (first.is(Class::OpeningPreposition)
            || first.is(Class::NonSubjectOpener))
        // a weekday: "Tuesday at the rally, …"
        || first.is_capitalized(text) && is_time_word(first.text(text))
        // an adverb: "Immediately after the attacks, …", "Finally, …"
        || first.is_capitalized(text) && {
            let w = first.text(text);
            w.len() > 5 && w.ends_in_ly() && !GIVEN_NAMES.contains_key(w)
        };
    let time_chunk = comma.is_some_and(|c| {
        c > 0 && c <= 4 && s[c - 1].is_word() && s[c - 1].is(Class::RelativeTimeAdverb)
    });
    let participle_opener = first.is_capitalized(text) && {
        let w = first.text(text);
        (w.ends_in_ing() || w.ends_in_ed()) && w.len() > 4 && !GIVEN_NAMES.contains_key(w)
    };
    // a conjunction before the subject itself opens no phrase to skip:
    // "But many of the people interviewed, including …, worry" (but "But
    // on Monday, X said …", "But a few days later, X …")
    let conjunction = first.is_word()
        && first.is(Class::OpeningLinkShort)
        && s.get(1).is_some_and(|t| {
            let w = t.text(text);
            t.is_word()
                && !is_time_word(w)
                && !Class::Preposition.holds(w)
                && !Class::SubjectOpenerTail.holds(w)
        });
    // "And then Trump went on the attack, saying …": past an adverb of
    // sequence after the conjunction, not set off by a comma
    let then = usize::from(
        first.is_word()
            && first.is(Class::AndButCapitalised)
            && s.get(1).is_some_and(|t| t.is_word() && t.is(Class::SoThen))
            && s.get(2).is_some_and(|t| t.is_word()),
    );
    if conjunction || then == 1 {
        // (a time is no subject: "But a few days later, …")
        let subject = parse_after(text, s, 1 + then, limit).filter(|p| {
            let end = s.partition_point(|t| t.span.start < p.whole.end);
            p.whole.start.min(p.mention.start) == s[1 + then].span.start
                && !s[1 + then..end].iter().any(|t| {
                    t.is_word() && (is_time_word(t.text(text)) || t.is(Class::TimeSpanWord))
                })
        });
        if subject.is_some() {
            return subject;
        }
    }
    // (an opening participle's phrase may run longer: "Challenged by ABC
    // News's Diane Sawyer on her post-administration speaking fees, Clinton")
    let comma = comma.or_else(|| {
        participle_opener
            .then(|| s[..limit.min(30)].iter().position(|t| t.is_punct(',')))
            .flatten()
    });
    // (a cue inside that phrase has no subject yet: "… her speaking fees")
    if participle_opener && comma.is_none() && s[0].text(text).ends_in_ed() {
        return None;
    }
    if adverbial_opener
        || time_chunk
        || (participle_opener && comma.is_some())
        || time_opener(text, &s[..limit])
    {
        // (a long opening phrase of a preposition: "In response to Donald
        // Trump’s proposal to bar Muslims from entering the United States,
        // Clinton’s aide …"; not a clause of "While …" or "As …", which may
        // hold a subject of its own)
        let preposition = first.is(Class::OpeningPreposition);
        let far = || {
            preposition
                .then(|| {
                    s[..limit.min(30)]
                        .iter()
                        .position(|t| t.is_punct(',') || t.is_punct(QUOTE))
                        .filter(|&c| s[c].is_punct(','))
                })
                .flatten()
        };
        start = comma.or_else(far)? + 1;
        // a place or a day set off by commas: "At a rally in Salem, Oregon,
        // on Sunday, Holt …"
        for _ in 0..2 {
            let Some(c) = s[start..limit.min(start + 5).max(start)]
                .iter()
                .position(|t| t.is_punct(','))
            else {
                break;
            };
            let chunk = &s[start..start + c];
            let place = !chunk.is_empty()
                && chunk
                    .iter()
                    .all(|t| t.is_capitalized(text) || t.is_punct('.'));
            let day = chunk.len() == 2
                && chunk[0].is(Class::TimeChunkStart)
                && (is_time_word(chunk[1].text(text)) || chunk[1].is_capitalized(text));
            if (place || day) && s.get(start + c + 1).is_some_and(|t| t.is_word()) {
                start += c + 1;
            } else {
                break;
            }
        }
    }
    let phrase = parse_after(text, s, start, limit)?;
    // an adverb is no name: "Hastily politicizing the tragedy ― … ― Trump
    // cast the blame" (but "Early results of the poll show")
    let adverb = phrase.kind == PhraseKind::Name
        && phrase.whole == s[start].span
        && s[start].text(text).ends_in_ly()
        && !GIVEN_NAMES.contains_key(s[start].text(text))
        && !s.get(start + 1).is_some_and(|t| {
            t.is_lowercase(text) && t.text(text).ends_with('s') && !t.text(text).ends_with("ss")
        });
    (phrase.whole.start.min(phrase.mention.start) == s[start].span.start && !adverb)
        .then_some(phrase)
}

/// Where the text of a sentence starts after its dateline, if it opens with
/// one: a place in capitals, then a date or an agency, up to a dash
/// ("WASHINGTON —", "PHILADELPHIA, July 25 (UPI) —"), or a place in plain
/// case with its agency ("Washington (AFP) –"); else 0.
fn dateline_end(text: &str, s: &[Token]) -> usize {
    let Some(first) = s.first().filter(|t| t.is_word()) else {
        return 0;
    };
    let w = first.text(text);
    let capitals = w.len() >= 3 && w.chars().all(|c| !c.is_lowercase());
    if !capitals && !first.is_capitalized(text) {
        return 0;
    }
    let Some(dash) = s
        .iter()
        .take(10)
        .position(|t| t.is_dash() && !t.is_punct('-'))
    else {
        return 0;
    };
    // a place in plain case needs its agency: "Washington (AFP) –"
    let agency = || {
        s[..dash].windows(3).any(|w| {
            w[0].is_punct('(')
                && w[2].is_punct(')')
                && w[1].text(text).len() >= 2
                && w[1].text(text).chars().all(|c| c.is_ascii_uppercase())
        })
    };
    if !capitals && !agency() {
        return 0;
    }
    let plain = s[..dash].iter().all(|t| {
        t.is_capitalized(text)
            || t.is_punct(',')
            || t.is_punct('.')
            || t.is_punct('(')
            || t.is_punct(')')
            || t.text(text).bytes().all(|b| b.is_ascii_digit())
    });
    if plain && dash + 1 < s.len() {
        dash + 1
    } else {
        0
    }
}

/// The subject of the sentence as the speaker of a quotation `s[k]` that no
/// cue attributes, where a verb follows the subject: "Cruz knocked Rubio and
/// dubbed him a “moderate”", "McConnell delivered a blunt message: “…”".
/// Weaker than any cue: the verb may be no verb of saying.
pub(crate) fn sentence_subject_speaker(text: &str, s: &[Token], k: usize) -> Option<Found> {
    let phrase = sentence_subject(text, &s[..k], k)?;
    if phrase.generic {
        return None;
    }
    // a verb after the subject: a lowercase word that is no preposition or
    // conjunction ("Trump vowed to …", not "Trump and …", "Trump’s …")
    let after = s.partition_point(|t| t.span.start < phrase.whole.end);
    let verb = s[after..k].iter().find(|t| !t.is_punct(','))?;
    let w = verb.text(text);
    if !verb.is_word()
        || !verb.is_lowercase(text)
        || Class::LinkWord.holds(w)
        || verb.span.start > s[k].span.start
        || super::speaker::strip_possessive(&text[phrase.mention]).len() != phrase.mention.len()
    {
        return None;
    }
    // a dummy subject speaks for no one: "It was “a new day.”"
    if Class::ItAnyCase.holds(&text[phrase.mention]) && Class::AfterIt.holds(w) {
        return None;
    }
    // the quotation in a clause of its own has that clause's subject:
    // "X's comments came after reports that an official “…”"
    // (but after a colon, what follows "X said that …:" is X's too)
    let v = s.partition_point(|t| t.span.start < verb.span.start);
    let said_then_colon = k > 0
        && s[k - 1].is_punct(':')
        && cue_at(text, s, v).is_some_and(|c| c.class == CueClass::Speech);
    if !said_then_colon
        && s[v..k]
            .iter()
            .any(|t| t.is_punct(';') || t.is_word() && t.is(Class::That))
    {
        return None;
    }
    let clause = Span::new(phrase.whole.start.min(phrase.mention.start), verb.span.end);
    Some(Found::new(phrase, None, clause, "sentence-subject"))
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

/// "if", "whether" and the question words open a reported question.
fn question_word(s: &[Token], i: usize) -> bool {
    s.get(i)
        .is_some_and(|t| t.is_word() && t.is(Class::QuestionWord))
}

/// Whether a reported clause can start at `s[i]` without "that": with a
/// subject (a pronoun, a determiner, a name), not a preposition or adverb.
fn starts_clause(text: &str, s: &[Token], i: usize) -> bool {
    let Some(t) = s.get(i) else { return false };
    if !t.is_word() {
        return false;
    }
    let w = t.text(text);
    if t.is_capitalized(text) {
        return !Class::Weekday.holds(w);
    }
    // a pronoun with its verb: "he’s", "they're", "it'll"
    let w = w.split(['’', '\'']).next().unwrap_or(w);
    Class::ClauseStartWord.holds(w) || plural_subject(text, s, i)
}

/// A bare plural noun of people and its verb: "(polls show) voters trust …",
/// "(she said) officials knew …"; not an object before its own object
/// ("showed voters the plan") or an infinitive ("urged voters to").
fn plural_subject(text: &str, s: &[Token], i: usize) -> bool {
    let w = s[i].text(text);
    super::speaker::role_noun(w).is_some_and(|r| r.plural)
        && s.get(i + 1).is_some_and(|v| {
            let vw = v.text(text);
            v.is_lowercase(text)
                && !is_determiner(vw)
                && !Class::FunctionAfterObject.holds(vw)
                && super::speaker::role_noun(vw).is_none()
                && !vw.ends_in_ly()
        })
}

/// The span of `s[from..to]` without leading and trailing punctuation, if
/// it holds a word (given up after `TRIM_LIMIT` punctuation tokens).
fn content_span(s: &[Token], from: usize, to: usize) -> Option<Span> {
    let mut to = to.min(s.len());
    let keep = |t: &Token| t.is_word() || t.is_punct(QUOTE);
    let floor = to.saturating_sub(TRIM_LIMIT).max(from);
    while to > floor && !keep(&s[to - 1]) {
        to -= 1;
    }
    let mut from = from;
    let ceil = (from + TRIM_LIMIT).min(to);
    while from < ceil && !keep(&s[from]) {
        from += 1;
    }
    (from < to && keep(&s[from]) && keep(&s[to - 1]))
        .then(|| Span::new(s[from].span.start, s[to - 1].span.end))
}
