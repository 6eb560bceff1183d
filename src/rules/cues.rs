//! Cues: the verbs, idioms and phrases that mark speech ("said", "went on",
//! "made clear"), found at a token with their lemma, weight and class, and
//! the tests of a cue's neighbourhood every family of rules shares (passive,
//! auxiliaries before it, the end of its clause).

use super::speaker::{is_year, quote_ends_in_comma, SpeakerPhrase};
use crate::rules::speaker::is_determiner_word;
use crate::rules::RuleId;
use crate::text::view::Sentence;
use crate::text::words::{Token, QUOTE};
use crate::vocab::lexicon::{CueClass, CueVerb};
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
    pub(crate) fn word(s: Sentence<'_>, j: usize, v: crate::vocab::lexicon::CueVerb) -> CueMatch {
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
        rule: RuleId,
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
    pub rule: RuleId,
}

/// Whether a cue form can be a past participle, as a passive needs ("was
/// labeled", "was told").
fn is_past_participle(w: &str) -> bool {
    w.ends_in_ed() || Class::IrregularParticiple.holds(w)
}

/// Whether the cue `s[j]` is a passive past the auxiliaries and adverbs
/// `s[m..j]` before it ("was often labeled").
pub(crate) fn is_passive(s: Sentence<'_>, m: usize, j: usize) -> bool {
    m < j
        && is_past_participle(s.word(j))
        && s[m..j].iter().any(|t| t.is_word() && t.is(Class::FormOfBe))
}

pub(crate) fn is_aux(text: &str, t: &Token) -> bool {
    t.is_word()
        && (t.is(Class::Auxiliary) || {
            let w = t.text(text);
            w.len() > 4 && w.ends_in_ly() && t.is_lowercase() && !t.is(Class::LyNoun)
        })
}

/// Whether "state" at `s[i]` is the verb of speech, not the noun (see
/// `cue_at`).
fn state_speaks(s: Sentence<'_>, i: usize) -> bool {
    let text = s.text;
    let counted = i.checked_sub(1).map(|b| &s[b]).is_some_and(|b| {
        let bw = b.text(text);
        b.is_word() && (bw.bytes().all(|c| c.is_ascii_digit()) || b.is(Class::StatesQuantifier))
    });
    !counted
        && match s.get(i + 1) {
            None => true,
            Some(n) if !n.is_word() => !n.is_punct('-'),
            Some(n) => {
                n.is(Class::AfterStateVerb)
                    || (n.is_capitalized() || starts_clause(s, i + 1)) && !n.is(Class::StateAsNoun)
            }
        }
}

/// The cue verb at `s[i]`, if it is one ("pointed out" and "called for" as units).
pub(crate) fn cue_at(s: Sentence<'_>, i: usize) -> Option<CueMatch> {
    let text = s.text;
    let t = s.get(i)?;
    // most words are no cue verb and have no idiom's particle after them
    let particle = |k: usize| s.get(k).is_some_and(|n| n.is(Class::IdiomParticle));
    if !t.is_word() || t.cue_verb(text).is_none() && !particle(i + 1) && !particle(i + 2) {
        return None;
    }
    if let Some(cue) = idiom_at(s, i) {
        return Some(cue);
    }
    let v = if t.is_lowercase() {
        t.cue_verb(text)?
    } else {
        // inverted at the start of a sentence: "Said Quist, …", "Wrote one fan: …"
        if i != 0 || !s.get(i + 1).is_some_and(|n| n.is_word()) {
            return None;
        }
        let v = t.cue_verb(text)?; // cue_verb looks capitalised words up in lowercase
        let w = t.text(text);
        let past = w.ends_in_ed() || t.is_lowered(text, Class::InvertedPastCue);
        if v.class != CueClass::Statement || !past {
            return None;
        }
        v
    };
    let w = t.text(text);
    let next_token = s.get(i + 1).filter(|n| n.is_word());
    let next = next_token.map(|n| n.text(text));
    // "state" speaks before "that", a clause, an adverbial or punctuation,
    // and not after a number or a word that counts or sorts states ("11
    // states", "swing states like Ohio", "Republican states where …")
    if v.lemma == "state" && !state_speaks(s, i) {
        return None;
    }
    let (last, span) = match v.lemma {
        "point" | "call" if next_token.is_some_and(|n| n.is(Class::CallParticle)) => {
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
    let subject_before = || i > 0 && s[i - 1].role_noun(text).is_some();
    if w == v.lemma || w.strip_suffix('s') == Some(v.lemma) {
        if let Some(n) = s.get(i + 1).filter(|n| n.is_word() && n.is_lowercase()) {
            if v.lemma_is(Class::NounishLemma)
                && (n
                    .cue_verb(text)
                    .is_some_and(|c| c.class == CueClass::Statement)
                    || n.role_noun(text).is_some())
                && !subject_before()
            {
                return None;
            }
        }
        // after a determiner and a name, before punctuation or an auxiliary:
        // "After the Paris attacks, …", "The Trump campaign has denied …"
        // (after a year it is a noun whatever follows: "the 2012 attacks that …")
        // (nor after a month: "her March comment that …")
        let year =
            i >= 1 && s[i - 1].is_word() && (is_year(s.word(i - 1)) || s.is(i - 1, Class::Month));
        let named = i >= 2
            && (s[i - 1].is_capitalized() || year)
            && s[i - 2].is_word()
            && is_determiner_word(text, &s[i - 2]);
        let closes = s.get(i + 1).map_or(true, |n| {
            !n.is_word() && !n.is_punct(QUOTE) || n.is(Class::FiniteAuxiliary)
        });
        if named && (closes || year) && v.lemma_is(Class::NounishLemma) {
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
                && (t.is_lowercase() && !tw.ends_with('s')
                    || tw
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b'.' || b == b','))
                || t.is_punct('$')
        };
        let described = w == v.lemma
            && i >= 2
            && s[i - 1].is_word()
            && s[i - 1].is_lowercase()
            && (i.saturating_sub(5)..i - 1)
                .rev()
                .any(|x| s.is(x, Class::ArticleAnyCase) && s[x + 1..i].iter().all(modifier))
            && (!starts_clause(s, i + 1)
                || s.is(i + 1, Class::NextLastThis)
                    && s.get(i + 2).is_some_and(|t| t.is(Class::TimeWord)));
        if described && v.lemma_is(Class::NounishLemma) {
            return None;
        }
    }
    // a thing named: "a warm-up band called Sophistafunk", "a group dubbed
    // the Gang of Eight" (but "the senator called …" speaks)
    if v.lemma_is(Class::NamingLemma)
        && w.ends_in_ed()
        && i >= 2
        && s[i - 1].is_lowercase()
        && s[i - 1].role_noun(text).is_none()
        && !is_aux(text, &s[i - 1])
        && (i.saturating_sub(3)..i - 1).any(|x| s[x].is_word() && is_determiner_word(text, &s[x]))
        && s.get(i + 1)
            .is_some_and(|n| n.is_capitalized() || n.is_punct(QUOTE))
    {
        return None;
    }
    // a possessive or determiner before it makes it a noun: "Wu’s comments", "the report"
    if noun_after(s, i, w, v) {
        return None;
    }
    Some(CueMatch {
        span,
        lemma: v.lemma,
        weight: v.weight,
        class: v.class,
        last,
    })
}

/// Whether the word before the cue at `s[i]` (`w`, a form of `v`) makes it
/// a noun: a possessive or determiner ("Wu’s comments", "the report"), a
/// singular quantifier ("Another report"), a number ("271 pledged
/// delegates"), "of" or "to".
fn noun_after(s: Sentence<'_>, i: usize, w: &str, v: CueVerb) -> bool {
    if i == 0 || !s[i - 1].is_word() {
        return false;
    }
    let text = s.text;
    let (before, p) = (&s[i - 1], s.word(i - 1));
    // "He’s predicting": a pronoun's 's is "is" or "has", no possessive
    let possessive = || {
        let stem = super::speaker::strip_possessive(p);
        stem.len() != p.len() && !Class::SubjectStem.holds(stem)
    };
    // a quantifier can stand alone as the subject: "Most say", "Many
    // argued", "Another tweeted"
    let quantifier = || before.is_lowered(text, Class::SubjectQuantifier);
    // "Another report found": after a singular quantifier, a word that is
    // as often a noun is one
    let singular_noun = || {
        before.is(Class::OneOfQuantifier)
            && v.lemma_is(Class::NounishLemma)
            && (w == v.lemma || w.strip_suffix('s') == Some(v.lemma))
    };
    // "271 pledged delegates": a number before it makes it an adjective
    let counted = || {
        p.bytes().all(|b| b.is_ascii_digit() || b == b',')
            && w.ends_in_ed()
            && s.get(i + 1)
                .is_some_and(|n| n.is_word() && n.is_lowercase())
    };
    before.is(Class::OfTo)
        || is_determiner_word(text, before) && !quantifier()
        || possessive()
        || singular_noun()
        || counted()
}

/// A verb and particle that together cue speech though the verb alone does
/// not: "went on", "shot back", "fired back", "puts it".
fn idiom_at(s: Sentence<'_>, i: usize) -> Option<CueMatch> {
    let text = s.text;
    let t = &s[i];
    let mut next = s.get(i + 1).filter(|n| n.is_word())?;
    let mut last = i + 1;
    // "made it clear that …": the object "it" inside the idiom
    if t.is(Class::FormOfMake)
        && next.spells(text, "it")
        && s.get(i + 2)
            .is_some_and(|c| c.is_word() && c.spells(text, "clear"))
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
        class: CueClass::Statement,
        last,
    })
}

pub(crate) fn skip_aux_back(s: Sentence<'_>, floor: usize, mut j: usize) -> usize {
    let text = s.text;
    loop {
        // an -ly word after a determiner or a possessive is a noun: "at the
        // rally said", "Beck's family said"
        while j > floor
            && is_aux(text, &s[j - 1])
            && !(j >= 2 && s[j - 2].is_word() && s.word(j - 1).ends_in_ly() && {
                let w = s.word(j - 2);
                is_determiner_word(text, &s[j - 2]) || super::speaker::strip_possessive(w) != w
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
            j >= floor + 3 && (0..3).all(|x| s[j - 3 + x].is_word() && s.word(j - 3 + x) == a[x])
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
                    && s.is(p, Class::AtDuringIn)
                    && s[p + 1].is_word()
                    && is_determiner_word(text, &s[p + 1])
                    && s[p - 1].is_capitalized()
                    && s[p + 2..j].iter().all(|t| t.is_lowercase())
                    // (not a share: "Two in three voters said")
                    && !super::speaker::is_number_word(s.word(p - 1))
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
            && s.is(j - 2, Class::DiscourseAdverb)
        {
            j -= 3;
            continue;
        }
        // "Officials here said", "residents there say": the place after the
        // subject
        if j > floor + 1
            && s[j - 2].is_word()
            && s[j - 1].is_word()
            && s.is(j - 1, Class::HereThere)
        {
            j -= 1;
            continue;
        }
        // "X on Tuesday said", "X last week told"
        if j > floor && s[j - 1].is_word() && s.is(j - 1, Class::TimeWord) {
            let mut k = j - 1;
            if k > floor && s[k - 1].is_word() && s.is(k - 1, Class::TimeModifier) {
                k -= 1;
            }
            j = k;
            continue;
        }
        return j;
    }
}

/// The end of an attribution clause that starts at `from`: the last token
/// before the sentence end, a quotation, or a semicolon.
pub(crate) fn clause_end(s: Sentence<'_>, from: usize, hi: usize) -> usize {
    let mut j = from;
    while j < hi && !s[j].is_punct(QUOTE) && !s[j].is_punct(';') {
        j += 1;
    }
    while j > from && !s[j - 1].is_word() {
        j -= 1;
    }
    j
}

/// Whether `s[i]` follows a comma: a comma token, or a quotation whose words
/// end in one (“…,” said X).
pub(crate) fn comma_before(s: Sentence<'_>, i: usize) -> bool {
    let text = s.text;
    s.get(i.wrapping_sub(1))
        .is_some_and(|t| t.is_punct(',') || quote_ends_in_comma(text, t))
}

/// Whether a cue token is an -ing form ("saying").
pub(crate) fn participle_form(text: &str, t: &Token) -> bool {
    t.text(text).ends_in_ing()
}

/// Whether a reported clause can start at `s[i]` without "that": with a
/// subject (a pronoun, a determiner, a name), not a preposition or adverb.
pub(crate) fn starts_clause(s: Sentence<'_>, i: usize) -> bool {
    let text = s.text;
    let Some(t) = s.get(i) else { return false };
    if !t.is_word() {
        return false;
    }
    let w = t.text(text);
    if t.is_capitalized() {
        return !t.is(Class::Weekday);
    }
    // a pronoun with its verb: "he’s", "they're", "it'll"
    let w = w.split(['’', '\'']).next().unwrap_or(w);
    Class::ClauseStartWord.holds(w) || plural_subject(s, i)
}

/// A bare plural noun of people and its verb: "(polls show) voters trust …",
/// "(she said) officials knew …"; not an object before its own object
/// ("showed voters the plan") or an infinitive ("urged voters to").
fn plural_subject(s: Sentence<'_>, i: usize) -> bool {
    let text = s.text;
    s[i].role_noun(text).is_some_and(|r| r.plural)
        && s.get(i + 1).is_some_and(|v| {
            v.is_lowercase()
                && !is_determiner_word(text, v)
                && !v.is(Class::FunctionAfterObject)
                && v.role_noun(text).is_none()
                && !v.text(text).ends_in_ly()
        })
}

/// Whether `phrase` may be the speaker of the cue at `s[j]`: a generic
/// description ("the narrator") only beside an unmistakable verb of speech
/// (a past tense, or a form of say, tell, write, ask, add).
pub(crate) fn speaker_fits(phrase: &SpeakerPhrase, s: Sentence<'_>, j: usize) -> bool {
    let text = s.text;
    let w = s.word(j);
    // a plural noun after a preposition: "Alongside BLM calls for action, …",
    // "amid Democrats' demands"
    let after_preposition = || {
        let start = phrase.whole.start.min(phrase.mention.start);
        let at = s.partition_point(|t| t.span.start < start);
        at > 0 && s[at - 1].is_word() && s[at - 1].is_lowered(text, Class::Preposition)
    };
    let Some(v) = s[j].cue_verb(text) else {
        return !phrase.generic;
    };
    let nounish = v.lemma_is(Class::NounishLemma);
    if w.ends_with('s') && nounish && after_preposition() {
        return false;
    }
    if !phrase.generic {
        return true;
    }
    w.ends_in_ed()
        || s.is(j, Class::PastReportVerb)
        || (w.ends_with('s') && !nounish)
        // a plural with its bare verb: "his colleagues argue"
        || (phrase.plural && w == v.lemma && !nounish)
}

#[cfg(test)]
mod tests {
    use super::is_aux;
    use crate::text::words::tokenize;
    use crate::Span;

    /// Auxiliaries and adverbs stand between a subject and its cue ("has
    /// said", "had earlier told"); a verb of speech is none ("told" was
    /// listed among them).
    #[test]
    fn auxiliaries_are_no_verbs_of_speech() {
        let t = "has had told said quickly family";
        let mut toks = Vec::new();
        tokenize(t, Span::new(0, t.len()), &mut toks);
        let aux: Vec<bool> = toks.iter().map(|w| is_aux(t, w)).collect();
        assert_eq!(aux, [true, true, false, false, true, false]);
    }
}
