//! The extractor: runs the pipeline text layout → quotation marks → speaker
//! rules → records.

mod continuation;
mod headlines;
mod indirect;
mod run;
mod sentence;

use crate::config::Config;
use crate::error::{Error, ErrorKind};
use crate::marks::{pairing, MarkedQuote};
use crate::record::*;
use crate::resolve::Resolver;
use crate::rules::calibration::{confidence, Convention, Evidence};
use crate::rules::cues::Found;
use crate::rules::speaker::{PhraseKind, SpeakerPhrase};
use crate::rules::RuleId;
use crate::text::paragraphs::paragraphs;
use crate::text::sentences::sentences;
use crate::text::view::Sentence;
use crate::text::words::{tokenize, Token, QUOTE};
use crate::vocab::lexicon::CueClass;
use crate::vocab::Class;
use crate::vocab::Endings;
use crate::Span;
use std::borrow::Cow;

/// Finds quotes and their speakers. Build once, use for many documents.
///
/// An `Extractor` is immutable, cheap to clone and `Send + Sync`: share one
/// across threads. Extraction never fails and never panics.
///
/// ```
/// use quote_attribution::{Extractor, QuoteKind};
/// let extractor = Extractor::builder().min_confidence(0.5).build()?;
/// let quotes = extractor.extract("“We are ready,” said Ana Ortiz, the team’s coach.");
/// assert_eq!(quotes[0].kind, QuoteKind::Direct);
/// assert_eq!(quotes[0].speaker.as_ref().unwrap().name, "Ana Ortiz");
/// assert_eq!(quotes[0].affiliation.as_ref().unwrap().role.as_deref(), Some("team’s coach"));
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    config: Config,
    /// The rules switched off, a bit each (by `RuleId::index`).
    disabled: u64,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

/// A record in the making.
struct Draft {
    quote: Quote,
    /// Entity id of the speaker in the registry, for continuations.
    entity: Option<usize>,
    paragraph: usize,
    /// The weight of the cue that decided (belief and perception cues weigh
    /// less), for the calibrated confidence.
    cue_weight: f64,
    /// The class of the cue that decided (speech, belief, perception).
    cue_class: CueClass,
    /// Whether reported speech is an attribution but no statement: the
    /// cue's object ("X defended the plan"), a topic ("talked about the
    /// economy"), a plan ("vowed to fight on"); see `Reported::object`.
    object_content: bool,
    /// The rule that decided (the record's `rule`, written at the end).
    rule: RuleId,
    /// For a continuation, the evidence of the record that named its
    /// speaker: the continuation is no surer than it.
    origin: Option<Evidence>,
}

impl Draft {
    /// A draft of `text[span]` that no rule has attributed yet.
    pub(super) fn new(
        text: &str,
        span: Span,
        kind: QuoteKind,
        fragments: Vec<Span>,
        context: Context,
        paragraph: usize,
    ) -> Draft {
        Draft {
            quote: Quote {
                text: text[span].to_string(),
                span,
                kind,
                fragments,
                speaker: None,
                affiliation: None,
                cue: None,
                context,
                confidence: 0.0, // calibrated when the records are made
                rule: Cow::Borrowed(RuleId::Unattributed.as_str()),
            },
            entity: None,
            paragraph,
            cue_weight: 1.0,
            cue_class: CueClass::Statement,
            object_content: false,
            rule: RuleId::Unattributed,
            origin: None,
        }
    }

    /// What the draft's confidence is measured by.
    fn evidence(&self) -> Evidence {
        Evidence {
            rule: self.rule,
            kind: self.quote.kind,
            resolution: self.quote.speaker.as_ref().map(|s| s.resolution),
            cue_weight: self.cue_weight,
        }
    }
}

impl Extractor {
    /// An extractor with the default [`Config`].
    pub fn new() -> Extractor {
        Extractor::from_checked(Config::default())
    }

    pub(crate) fn from_checked(config: Config) -> Extractor {
        // (the builder checked that every id names a rule)
        let disabled = config
            .disabled_rules
            .iter()
            .filter_map(|id| RuleId::from_id(id))
            .fold(0, |bits, r| bits | 1 << r.index());
        Extractor { config, disabled }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The quotes of `text`, ordered by position.
    pub fn extract(&self, text: &str) -> Vec<Quote> {
        self.extract_with_diagnostics(text).quotes
    }

    /// The quotes of `bytes`, which must be UTF-8.
    ///
    /// ```
    /// use quote_attribution::{Extractor, ErrorKind};
    /// let err = Extractor::new().extract_bytes(b"ok \xff bad").unwrap_err();
    /// assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { position: 3 });
    /// ```
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<Vec<Quote>, Error> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(self.extract(text)),
            Err(e) => Err(Error::new(ErrorKind::InvalidUtf8 {
                position: e.valid_up_to(),
            })),
        }
    }

    /// The quotes of `bytes`, with each invalid UTF-8 sequence replaced by
    /// U+FFFD first. Spans are offsets into the repaired text, which is
    /// returned too.
    pub fn extract_bytes_lossy(&self, bytes: &[u8]) -> (String, Vec<Quote>) {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let quotes = self.extract(&text);
        (text, quotes)
    }

    /// The quotes of `text` and what was passed over or cut.
    pub fn extract_with_diagnostics(&self, text: &str) -> Extraction {
        let mut sink = Sink::Collect(Vec::new());
        let diagnostics = self.run(text, &mut sink);
        let Sink::Collect(quotes) = sink else {
            unreachable!("the sink made to collect")
        };
        Extraction {
            quotes,
            diagnostics,
        }
    }

    /// Hands each record of `text` to `f` as soon as it is final, in text
    /// order (the order of [`extract`](Extractor::extract)), and returns the
    /// diagnostics. The records are the same as `extract`'s; only the last
    /// two paragraphs' records (and, near the top, those within 64 KiB of a
    /// headline, which may yet echo it) are held at a time, so memory stays
    /// flat on texts of any length.
    ///
    /// ```
    /// use quote_attribution::Extractor;
    /// let mut speakers = Vec::new();
    /// Extractor::new().for_each_quote("“We won,” Ann Lee said.", |q| {
    ///     speakers.push(q.speaker.map(|s| s.name));
    /// });
    /// assert_eq!(speakers, [Some("Ann Lee".to_string())]);
    /// ```
    pub fn for_each_quote(&self, text: &str, mut f: impl FnMut(Quote)) -> Vec<Diagnostic> {
        self.run(text, &mut Sink::Each(&mut f))
    }

    /// Extracts `text` into `sink`; returns the diagnostics.
    fn run(&self, text: &str, sink: &mut Sink<'_>) -> Vec<Diagnostic> {
        let mut diagnostics = Vec::new();
        let mut limit = self.config.max_document_len.min(text.len());
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        if limit < text.len() {
            diagnostics.push(Diagnostic {
                kind: DiagnosticKind::DocumentTruncated,
                span: Span::new(limit, text.len()),
            });
        }
        let mut run = Run::new(self, text, limit, diagnostics, sink);
        run.all();
        let mut diagnostics = run.diagnostics;
        diagnostics.sort_by_key(|d| d.span.start);
        diagnostics
    }

    /// Makes records of finished drafts: joins split quotations if asked,
    /// sets the calibrated confidence, filters and orders them.
    fn finish(&self, text: &str, mut drafts: Vec<Draft>, sink: &mut Sink<'_>) {
        sort_by_span(&mut drafts);
        if self.config.join_split_quotes {
            join_split(text, &mut drafts);
        }
        let min = self.config.min_confidence;
        let convention = if self.config.all_attributions {
            Convention::SourceMention
        } else {
            Convention::WhoSaidIt
        };
        for d in &mut drafts {
            let mut c = confidence(d.evidence(), convention);
            if let Some(origin) = d.origin {
                c = c.min(confidence(origin, convention));
            }
            let q = &mut d.quote;
            q.rule = Cow::Borrowed(d.rule.as_str());
            q.confidence = (c * 1000.0).round() / 1000.0;
        }
        drafts.retain(|d| {
            let q = &d.quote;
            q.confidence >= min
                && (self.config.scare_quotes || q.kind != QuoteKind::Scare)
                && (self.config.indirect || q.kind != QuoteKind::Indirect)
                // reported speech is a statement unless every attribution is asked for
                && (self.config.all_attributions
                    || q.kind != QuoteKind::Indirect
                    || d.cue_class == CueClass::Statement
                        && !d.object_content
                        && !asks(&q.text)
                        && !negated(text, q))
        });
        match sink {
            Sink::Each(f) => drafts.into_iter().for_each(|d| f(d.quote)),
            // the whole document at once: the records take the drafts' memory
            Sink::Collect(quotes) if quotes.is_empty() => {
                *quotes = drafts.into_iter().map(|d| d.quote).collect();
            }
            Sink::Collect(quotes) => quotes.extend(drafts.into_iter().map(|d| d.quote)),
        }
    }

    fn enabled(&self, rule: RuleId) -> bool {
        self.disabled & (1 << rule.index()) == 0
    }

    /// Whether a step of the pipeline gated by `gate` runs: one of its
    /// rules is on, or it has none.
    fn opens(&self, gate: &[RuleId]) -> bool {
        gate.is_empty() || gate.iter().any(|&r| self.enabled(r))
    }
}

/// Orders drafts as records are ordered: by span, then kind.
fn sort_by_span(drafts: &mut [Draft]) {
    drafts.sort_unstable_by_key(|d| (d.quote.span.start, d.quote.span.end, d.quote.kind as u8));
}

/// Joins each part of a quotation split by its attribution to the part
/// before it (`Config::join_split_quotes`): a part a continuation rule
/// attributed joins the last record in marks of its paragraph, past
/// reported speech between. `drafts` come ordered by span and leave so.
fn join_split(text: &str, drafts: &mut Vec<Draft>) {
    const CONTINUING: &[RuleId] = &[RuleId::SplitQuote, RuleId::ContinuationSameParagraph];
    let mut out: Vec<Draft> = Vec::with_capacity(drafts.len());
    for d in drafts.drain(..) {
        let continues = matches!(d.quote.kind, QuoteKind::Direct | QuoteKind::Partial)
            && d.quote.fragments.is_empty()
            && CONTINUING.contains(&d.rule);
        // the record it continues: the last one of its paragraph in marks,
        // past reported speech between ("“Q1,” X said, adding that …. “Q2”")
        let before = continues
            .then(|| {
                out.iter().rposition(|a| {
                    a.paragraph != d.paragraph || !matches!(a.quote.kind, QuoteKind::Indirect)
                })
            })
            .flatten()
            .filter(|&i| {
                let a = &out[i];
                a.paragraph == d.paragraph
                    && matches!(a.quote.kind, QuoteKind::Direct | QuoteKind::Partial)
                    && a.quote.span.end <= d.quote.span.start
                    && a.quote.speaker.is_some()
            });
        match before {
            Some(i) => {
                let q = &mut out[i].quote;
                // a quotation in marks stays direct; a reported clause around
                // fragments stays partial
                if q.fragments.is_empty() {
                    q.fragments.push(q.span);
                    q.kind = QuoteKind::Direct;
                }
                q.fragments.push(d.quote.span);
                q.span = Span::new(q.span.start, d.quote.span.end);
                q.text = text[q.span].to_string();
            }
            None => out.push(d),
        }
    }
    // in span order again: a joined record may now hold reported speech
    // that stood between its parts
    sort_by_span(&mut out);
    *drafts = out;
}

/// Whether the cue of a record is negated, so that nothing was said: "did
/// not say that …", "has never claimed that …" (the three words before it).
fn negated(text: &str, q: &Quote) -> bool {
    let Some(cue) = &q.cue else {
        return false;
    };
    // (in the cue's own sentence, after its speaker)
    let mut from = q.context.sentence.start.min(cue.span.start);
    if let Some(m) = q.speaker.as_ref().and_then(|s| s.mention.as_ref()) {
        if m.span.end <= cue.span.start {
            from = from.max(m.span.end);
        }
    }
    text[from..cue.span.start]
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| Class::Negation.holds(w) || w.ends_in_nt())
}

/// Whether reported words are a question, not a statement: "(asked)
/// whether he was overstating the debt", "(asked) what he would tell the
/// mayor".
fn asks(content: &str) -> bool {
    content
        .split_whitespace()
        .next()
        .is_some_and(|w| crate::vocab::Class::QuestionOpener.holds(w))
}

/// Whether a cue verb stands right before the quotation `s[k]` (past a
/// comma or colon), an infinitive too: "to say ‘Drink me,’" is speech,
/// however short.
fn cue_before(s: Sentence<'_>, lo: usize, k: usize) -> bool {
    let text = s.text;
    let mut j = k;
    while j > lo && (s[j - 1].is_punct(',') || s[j - 1].is_punct(':')) {
        j -= 1;
    }
    j > lo
        && s[j - 1].is_lowercase()
        && s[j - 1]
            .cue_verb(text)
            .is_some_and(|c| c.class == CueClass::Statement)
}

/// The state of one extraction.
struct Run<'a, 's> {
    ex: &'a Extractor,
    text: &'a str,
    marked: Vec<MarkedQuote>,
    outer: Vec<Span>,
    resolver: Resolver<'a>,
    /// The drafts not yet handed on; indices into the drafts count from the
    /// first draft of the document (`flushed` of them were handed on).
    drafts: Vec<Draft>,
    flushed: usize,
    diagnostics: Vec<Diagnostic>,
    sink: &'a mut Sink<'s>,
}

/// Where finished records go: a caller's function, or a vector.
enum Sink<'a> {
    Each(&'a mut dyn FnMut(Quote)),
    Collect(Vec<Quote>),
}

impl<'a, 's> Run<'a, 's> {}
