//! Attribution patterns over a sentence in which each top-level quotation is
//! one token (`QUOTE`): “Q,” X said · “Q,” said X · X said: “Q” · X said, “Q”
//! · “Q1,” X said, “Q2” · according to X · “Q” — X · a colon lead-in.

use super::lexicon::{cue_verb, CueClass, CUE_PHRASES};
use super::speaker::{parse_after, parse_before, PhraseKind, SpeakerPhrase};
use crate::text::words::Token;
use crate::Span;

/// The punctuation value of a token standing for a whole quotation.
pub(crate) const QUOTE: char = '\u{1}';

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

/// A speaker found for a quotation.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    pub phrase: SpeakerPhrase,
    pub cue: Option<CueMatch>,
    /// The attribution clause.
    pub clause: Span,
    pub rule: &'static str,
    pub confidence: f64,
}

const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "was", "is", "were", "are", "would", "will", "also", "later", "then", "further", "again",
    "previously", "once", "earlier", "did", "does", "do", "not", "had", "could", "might", "may", "should", "just",
    "even", "still", "has", "been", "first", "recently", "often", "always", "never", "told", "quickly",
];

fn is_aux(text: &str, t: &Token) -> bool {
    t.is_word() && {
        let w = t.text(text);
        AUXILIARIES.contains(&w) || (w.len() > 4 && w.ends_with("ly") && t.is_lowercase(text))
    }
}

/// The cue verb at `s[i]`, if it is one ("pointed out" and "called for" as units).
pub(crate) fn cue_at(text: &str, s: &[Token], i: usize) -> Option<CueMatch> {
    let t = s.get(i)?;
    if !t.is_word() || !t.is_lowercase(text) {
        return None;
    }
    let w = t.text(text);
    let v = cue_verb(w)?;
    let next = s.get(i + 1).filter(|n| n.is_word()).map(|n| n.text(text));
    let (last, span) = match v.lemma {
        "point" | "call" if next.is_some_and(|n| matches!(n, "out" | "for" | "on")) => (i + 1, Span::new(t.span.start, s[i + 1].span.end)),
        "point" => return None,
        _ => (i, t.span),
    };
    // a possessive or determiner before it makes it a noun: "Wu’s comments", "the report"
    if i > 0 && s[i - 1].is_word() {
        let p = s[i - 1].text(text);
        if super::speaker::strip_possessive(p).len() != p.len() || super::speaker::is_determiner(p) || matches!(p, "to" | "of") {
            return None;
        }
    }
    Some(CueMatch { span, lemma: v.lemma, weight: v.weight, class: v.class, last })
}

/// A multi-word cue ("according to", "in the words of") starting at `s[i]`.
pub(crate) fn according_to_at(text: &str, s: &[Token], i: usize) -> Option<CueMatch> {
    for phrase in CUE_PHRASES.iter() {
        let n = phrase.len();
        if i + n <= s.len() && phrase.iter().zip(&s[i..i + n]).all(|(w, t)| t.is_word() && t.text(text).eq_ignore_ascii_case(w)) {
            let lemma: &'static str = if n == 2 && phrase[0] == "according" { "according to" } else { "in the words of" };
            let span = Span::new(s[i].span.start, s[i + n - 1].span.end);
            return Some(CueMatch { span, lemma, weight: 1.0, class: CueClass::Speech, last: i + n - 1 });
        }
    }
    None
}

fn skip_aux_back(text: &str, s: &[Token], floor: usize, mut j: usize) -> usize {
    while j > floor && is_aux(text, &s[j - 1]) {
        j -= 1;
    }
    j
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

fn confidence(phrase: &SpeakerPhrase, cue: Option<&CueMatch>, base: f64) -> f64 {
    let kind = match phrase.kind {
        PhraseKind::Name => 1.0,
        PhraseKind::Pronoun => 0.93,
        PhraseKind::Description => 0.95,
    };
    (base * kind * cue.map_or(0.9, |c| c.weight)).clamp(0.0, 1.0)
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
    // “Q” — X
    if s[i].is_dash() {
        let phrase = parse_after(text, s, i + 1, hi)?;
        if phrase.kind != PhraseKind::Name || phrase.whole.start != s[i + 1].span.start {
            return None;
        }
        let clause = Span::new(s[i].span.start, phrase.whole.end);
        let confidence = confidence(&phrase, None, 0.9);
        return Some(Found { phrase, cue: None, clause, rule: "dash-speaker", confidence });
    }
    // “Q,” according to X
    if let Some(cue) = according_to_at(text, s, i) {
        let phrase = parse_after(text, s, cue.last + 1, hi)?;
        let clause = Span::new(cue.span.start, phrase.whole.end);
        let confidence = confidence(&phrase, Some(&cue), 0.95);
        return Some(Found { phrase, cue: Some(cue), clause, rule: "according-to", confidence });
    }
    // “Q,” said X
    if let Some(cue) = cue_at(text, s, i) {
        let phrase = parse_after(text, s, cue.last + 1, hi)?;
        let end = clause_end(s, cue.last + 1, hi).max(cue.last + 1);
        let clause = Span::new(cue.span.start, s[end - 1].span.end.max(phrase.whole.end));
        let confidence = confidence(&phrase, Some(&cue), 0.98);
        return Some(Found { phrase, cue: Some(cue), clause, rule: "quote-then-cue-speaker", confidence });
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
            let phrase = parse_before(text, s, i, e)?;
            // the speaker starts right after the quote: "“Q,” and he added" is not this pattern
            if phrase.whole.start.min(phrase.mention.start) > s[i].span.start {
                return None;
            }
            let end = clause_end(s, cue.last + 1, hi).max(cue.last + 1);
            let clause = Span::new(s[i].span.start, s[end - 1].span.end);
            let confidence = confidence(&phrase, Some(&cue), 0.98);
            return Some(Found { phrase, cue: Some(cue), clause, rule: "quote-then-speaker-cue", confidence });
        }
        j += 1;
    }
    None
}

/// Words that cannot stand between a leading cue and its quote: they start
/// a reported clause ("said the fund would “…”").
const GAP_STOPS: &[&str] = &[
    "that", "if", "whether", "would", "will", "could", "can", "should", "might", "must", "is", "was", "are", "were",
    "has", "have", "had", "be", "been", "it", "they", "he", "she", "there", "this", "these", "its",
];

/// Whether the words between a leading cue and its quote can stand there:
/// an object ("told reporters", "told CNN"), a prepositional phrase ("of
/// Clinton", "in a statement"), adverbs and names; not a clause.
fn gap_ok(text: &str, gap: &[Token]) -> bool {
    gap.iter().all(|t| {
        if !t.is_word() {
            return matches!(t.punct, ',' | ':' | '—' | '–' | '-' | '(' | ')' | '.');
        }
        let w = t.text(text);
        t.is_capitalized(text)
            || (w.len() > 3 && w.ends_with("ly"))
            || w.chars().all(|c| c.is_ascii_digit())
            || GAP_WORDS.contains(&w)
    })
}

const GAP_WORDS: &[&str] = &[
    "of", "to", "in", "on", "at", "during", "with", "about", "for", "from", "after", "before", "the", "a", "an", "his",
    "her", "their", "its", "our", "my", "us", "me", "him", "them", "you", "reporters", "audiences", "audience",
    "supporters", "crowd", "crowds", "interview", "statement", "speech", "tweet", "email", "letter", "rally", "post",
    "message", "news", "conference", "television", "radio", "program", "show", "town", "hall", "event", "debate",
    "week", "day", "morning", "afternoon", "evening", "night", "year", "month", "later", "earlier", "then", "simply",
    "again", "also", "once", "last", "this", "that", "recently", "flatly", "bluntly", "told", "asked", "recent",
    "written", "prepared", "remarks", "an", "release", "press", "online", "twitter", "facebook", "video", "ad",
    "campaign", "stop", "this", "past", "earlier", "host", "hosts", "anchor", "appearance", "briefing", "members",
];

/// Patterns before the quotation `s[k]`, within `s[lo..k]`.
pub(crate) fn leading(text: &str, s: &[Token], lo: usize, k: usize) -> Option<Found> {
    let mut e = k;
    let mut colon = false;
    while e > lo && (s[e - 1].is_punct(',') || s[e - 1].is_punct(':') || s[e - 1].is_dash()) {
        colon |= s[e - 1].is_punct(':');
        e -= 1;
    }
    if e == lo {
        return None;
    }
    let split = lo > 0 && s[lo - 1].is_punct(QUOTE);
    let floor = lo.max(e.saturating_sub(8));
    let mut j = e;
    while j > floor {
        j -= 1;
        if s[j].is_punct(QUOTE) || (s[j].is_word() && GAP_STOPS.contains(&s[j].text(text))) {
            return None;
        }
        if let Some(cue) = according_to_at(text, s, j) {
            let phrase = parse_after(text, s, cue.last + 1, e)?;
            let clause = Span::new(cue.span.start, s[e - 1].span.end);
            let confidence = confidence(&phrase, Some(&cue), 0.95);
            return Some(Found { phrase, cue: Some(cue), clause, rule: "according-to", confidence });
        }
        if let Some(cue) = cue_at(text, s, j) {
            if cue.class != CueClass::Speech && !colon {
                return None;
            }
            if !colon && !gap_ok(text, &s[cue.last + 1..e]) {
                return None;
            }
            let m = skip_aux_back(text, s, lo, j);
            let participle = s[j].text(text).ends_with("ing") && j > lo && s[j - 1].is_punct(',');
            let phrase = if participle { sentence_subject(text, &s[..k], j)? } else { parse_before(text, s, lo, m)? };
            let clause = Span::new(phrase.whole.start.min(phrase.mention.start), s[e - 1].span.end);
            let (rule, base) = match (split, colon) {
                (true, _) => ("split-quote", 0.98),
                (false, true) => ("speaker-cue-colon-quote", 0.97),
                (false, false) => ("speaker-cue-comma-quote", 0.96),
            };
            let confidence = confidence(&phrase, Some(&cue), base);
            return Some(Found { phrase, cue: Some(cue), clause, rule, confidence });
        }
    }
    None
}

/// A sentence ending in a colon that introduces the quotation after it:
/// "Caddell continued:" or "And from Chairwoman Rosenworcel:".
pub(crate) fn colon_lead_in(text: &str, s: &[Token]) -> Option<Found> {
    let n = s.len();
    if n < 2 || !s[n - 1].is_punct(':') {
        return None;
    }
    if let Some(mut found) = leading(text, s, 0, n) {
        found.rule = "colon-lead-in";
        found.confidence *= 0.95;
        return Some(found);
    }
    let from = s.iter().rposition(|t| t.is_word() && t.text(text).eq_ignore_ascii_case("from"))?;
    let phrase = parse_after(text, s, from + 1, n - 1)?;
    if phrase.kind != PhraseKind::Name {
        return None;
    }
    let clause = Span::new(s[from].span.start, s[n - 2].span.end);
    let confidence = confidence(&phrase, None, 0.85);
    Some(Found { phrase, cue: None, clause, rule: "colon-lead-in", confidence })
}

/// The speaker of reported speech in sentence `s`: the first cue verb with a
/// subject ("X said (that) …", "…, X said", "according to X, …"). Returns the
/// attribution and the reported clause. `strict` asks for a clause that
/// reads as one on its own: after "that", or starting with a subject.
pub(crate) fn reported(text: &str, s: &[Token], min_class: CueClass, strict: bool) -> Option<(Found, Span)> {
    reported_from(text, s, 0, min_class, strict)
}

/// Reported speech in `s` whose clause holds `target` (a quoted fragment):
/// of the cues with a subject, the last one before the fragment whose clause
/// holds it; else the first one with a subject.
pub(crate) fn reported_for(text: &str, s: &[Token], target: Span, min_class: CueClass) -> Option<(Found, Span)> {
    let mut first = None;
    let mut holding = None;
    let mut from = 0;
    while let Some((f, clause)) = reported_from(text, s, from, min_class, false) {
        let Some(cue) = f.cue else { break };
        let next = s.iter().position(|t| t.span.start > cue.span.start).unwrap_or(s.len());
        if cue.span.start > target.start && first.is_some() {
            break;
        }
        if clause.contains(target) {
            holding = Some((f.clone(), clause));
        }
        if first.is_none() {
            first = Some((f, clause));
        }
        from = next;
        if from >= s.len() {
            break;
        }
    }
    holding.or(first)
}

fn reported_from(text: &str, s: &[Token], from: usize, min_class: CueClass, strict: bool) -> Option<(Found, Span)> {
    let n = s.len();
    for j in from..n {
        if let Some(cue) = according_to_at(text, s, j) {
            let mut e = cue.last + 1;
            while e < n && !s[e].is_punct(',') && !s[e].is_punct(QUOTE) {
                e += 1;
            }
            let phrase = parse_after(text, s, cue.last + 1, e)?;
            let clause = if j == 0 && e + 1 < n {
                content_span(s, e + 1, n)
            } else if j > 0 && s[j - 1].is_punct(',') {
                content_span(s, 0, j - 1)
            } else {
                None
            };
            let clause = clause.unwrap_or(Span::new(s[0].span.start, s[n - 1].span.end));
            let attribution = Span::new(cue.span.start, phrase.whole.end);
            let confidence = confidence(&phrase, Some(&cue), 0.9);
            return Some((Found { phrase, cue: Some(cue), clause: attribution, rule: "according-to", confidence }, clause));
        }
        let Some(cue) = cue_at(text, s, j) else { continue };
        if min_class == CueClass::Speech && cue.class != CueClass::Speech {
            continue;
        }
        let m = skip_aux_back(text, s, 0, j);
        let participle = s[j].text(text).ends_with("ing") && j > 0 && (s[j - 1].is_punct(',') || !s[j - 1].is_word() || m < j);
        let phrase = if participle { sentence_subject(text, s, j) } else { parse_before(text, s, 0, m) };
        let Some(phrase) = phrase else { continue };
        let start_of_phrase = s.iter().position(|t| t.span.start >= phrase.whole.start.min(phrase.mention.start)).unwrap_or(0);
        let after = cue.last + 1;
        let parenthetical = start_of_phrase > 0 && s[start_of_phrase - 1].is_punct(',');
        let ends_here = after >= n
            || s[after].is_punct(',')
            || s[after].is_punct('.')
            || !(starts_clause(text, s, after) || (after..n.min(after + 8)).any(|x| s[x].is_word() && s[x].text(text) == "that"));
        let content = if parenthetical && ends_here {
            content_span(s, 0, start_of_phrase - 1)
        } else {
            let mut c = after;
            // an object of "tell": "told reporters", "told the Washington Examiner"
            if matches!(cue.lemma, "tell" | "inform" | "assure" | "warn" | "remind" | "advise") {
                while c < n && s[c].is_word() && s[c].text(text) != "that" && c < after + 4 {
                    c += 1;
                }
            }
            let that = (c..n.min(c + 8)).find(|&x| s[x].is_word() && s[x].text(text) == "that");
            let tell_like = c > after;
            let from = match that {
                Some(x) => x + 1,
                None if strict && (tell_like || !starts_clause(text, s, c)) => continue,
                None => c,
            };
            // the clause ends at a coordinated new cue: "… and said it …"
            let mut to = from;
            while to < n {
                if to > from && s[to].is_word() && matches!(s[to].text(text), "and" | "but") && cue_at(text, s, to + 1).is_some() {
                    break;
                }
                to += 1;
            }
            content_span(s, from, to)
        };
        let Some(content) = content else { continue };
        let attribution = Span::new(phrase.whole.start.min(phrase.mention.start), cue.span.end);
        let confidence = confidence(&phrase, Some(&cue), 0.85);
        return Some((Found { phrase, cue: Some(cue), clause: attribution, rule: "reported-speech", confidence }, content));
    }
    None
}

/// The subject of the sentence `s`, before `s[limit]`: after an opening
/// adverbial ("On Monday, …", "In an interview with X, …"), the first noun
/// phrase. For participial cues: "She went on, saying …".
fn sentence_subject(text: &str, s: &[Token], limit: usize) -> Option<SpeakerPhrase> {
    let mut start = 0;
    let first = s.first()?;
    let comma = s[..limit].iter().position(|t| t.is_punct(','));
    let adverbial_opener = first.is_word()
        && matches!(
            first.text(text),
            "On" | "In" | "At" | "After" | "Before" | "During" | "Later" | "Earlier" | "Last" | "This" | "Then" | "But" | "And"
                | "Still" | "Meanwhile" | "Asked" | "Speaking" | "When" | "While" | "Hours" | "Days" | "Minutes" | "Moments"
                | "Weeks" | "Months" | "Years" | "Shortly" | "Soon" | "Since" | "Yesterday" | "Today" | "Instead" | "Also"
                | "However" | "Now" | "Separately" | "Asked" | "Responding" | "Addressing" | "Writing" | "Despite" | "For" | "With"
        );
    let time_chunk = comma.is_some_and(|c| c > 0 && c <= 4 && s[c - 1].is_word() && matches!(s[c - 1].text(text), "later" | "ago" | "earlier" | "afterward" | "afterwards"));
    if adverbial_opener || time_chunk {
        start = comma? + 1;
    }
    let phrase = parse_after(text, s, start, limit)?;
    (phrase.whole.start.min(phrase.mention.start) == s[start].span.start).then_some(phrase)
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
        return !matches!(w, "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday");
    }
    matches!(
        w,
        "he" | "she" | "it" | "they" | "we" | "i" | "there" | "this" | "these" | "those" | "his" | "her" | "their" | "its"
            | "our" | "the" | "a" | "an" | "no" | "some" | "many" | "most" | "all" | "both" | "every" | "nobody" | "nothing"
            | "everyone" | "everything" | "someone" | "something" | "one" | "two" | "more" | "few"
    )
}

/// The span of `s[from..to]` without trailing punctuation, if it holds a word.
fn content_span(s: &[Token], from: usize, to: usize) -> Option<Span> {
    let mut to = to.min(s.len());
    while to > from && !(s[to - 1].is_word() || s[to - 1].is_punct(QUOTE)) {
        to -= 1;
    }
    let mut from = from;
    while from < to && !(s[from].is_word() || s[from].is_punct(QUOTE)) {
        from += 1;
    }
    (from < to).then(|| Span::new(s[from].span.start, s[to - 1].span.end))
}
