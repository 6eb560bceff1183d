//! The extractor: runs the pipeline text layout → quotation marks → speaker
//! rules → records.

use crate::config::Config;
use crate::error::{Error, ErrorKind};
use crate::marks::{pairing, MarkedQuote};
use crate::record::*;
use crate::resolve::Resolver;
use crate::rules::cues::Found;
use crate::rules::speaker::{PhraseKind, SpeakerPhrase};
use crate::rules::RuleId;
use crate::text::paragraphs::paragraphs;
use crate::text::sentences::sentences;
use crate::text::words::{tokenize, Token, QUOTE};
use crate::vocab::lexicon::CueClass;
use crate::vocab::Class;
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
    /// The rule that decided (the record's `rule`, written at the end).
    rule: RuleId,
}

impl Draft {
    /// A draft of `text[span]` that no rule has attributed yet.
    fn new(
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
            rule: RuleId::Unattributed,
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
        for d in &mut drafts {
            let q = &mut d.quote;
            q.rule = Cow::Borrowed(d.rule.as_str());
            let c = crate::rules::calibration::confidence(
                d.rule,
                q.kind,
                q.speaker.as_ref().map(|s| s.resolution),
                d.cue_weight,
            );
            q.confidence = (c * 1000.0).round() / 1000.0;
        }
        drafts.retain(|d| {
            let q = &d.quote;
            q.confidence >= min
                && (self.config.scare_quotes || q.kind != QuoteKind::Scare)
                && (self.config.indirect || q.kind != QuoteKind::Indirect)
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

/// Whether a cue verb stands right before the quotation `s[k]` (past a
/// comma or colon), an infinitive too: "to say ‘Drink me,’" is speech,
/// however short.
fn cue_before(text: &str, s: &[Token], lo: usize, k: usize) -> bool {
    let mut j = k;
    while j > lo && (s[j - 1].is_punct(',') || s[j - 1].is_punct(':')) {
        j -= 1;
    }
    j > lo
        && s[j - 1].is_lowercase(text)
        && crate::vocab::lexicon::cue_verb(s[j - 1].text(text))
            .is_some_and(|c| c.class == CueClass::Speech)
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

/// How far past the headline a body quote may echo it (and so how long the
/// records after the headline are held).
const HEADLINE_WINDOW: usize = 64 << 10;

impl<'a, 's> Run<'a, 's> {
    fn new(
        ex: &'a Extractor,
        full: &'a str,
        limit: usize,
        diagnostics: Vec<Diagnostic>,
        sink: &'a mut Sink<'s>,
    ) -> Run<'a, 's> {
        Run {
            ex,
            text: &full[..limit],
            marked: Vec::new(),
            outer: Vec::new(),
            resolver: Resolver::new(&full[..limit]),
            drafts: Vec::new(),
            flushed: 0,
            diagnostics,
            sink,
        }
    }

    /// The index the next draft will have.
    fn next_draft(&self) -> usize {
        self.flushed + self.drafts.len()
    }

    /// Hands on the drafts of paragraphs before `keep_from`: no later
    /// paragraph refers to them.
    fn flush(&mut self, keep_from: usize) {
        let n = self.drafts.partition_point(|d| d.paragraph < keep_from);
        if n == 0 {
            return;
        }
        let done: Vec<Draft> = if n == self.drafts.len() {
            std::mem::take(&mut self.drafts)
        } else {
            self.drafts.drain(..n).collect()
        };
        self.flushed += n;
        self.ex.finish(self.text, done, self.sink);
    }

    fn all(&mut self) {
        let text = self.text;
        pairing::pair(text, &mut self.marked, &mut self.diagnostics);
        self.marked.retain(|m| !text[m.inner].trim().is_empty());
        self.outer = self.marked.iter().map(|m| m.outer).collect();
        let paras = paragraphs(text);
        let headline = headline_paragraph(text, &paras, &self.outer);
        let mut sents = Vec::new();
        let mut stream = Vec::new();
        let mut prev_sentence: Vec<Token> = Vec::new();
        let mut headline_until = headline.map(|h| paras[h].end.saturating_add(HEADLINE_WINDOW));
        for (pi, &para) in paras.iter().enumerate() {
            if headline_until.is_some_and(|end| para.start > end) {
                self.headlines();
                headline_until = None;
            }
            if headline_until.is_none() && pi >= 2 {
                self.flush(pi - 1);
            }
            sents.clear();
            sentences(text, para, &self.outer, &mut sents);
            let para_first_draft = self.next_draft();
            let quote_only = self.quote_only(para);
            if pi > 0 && text[para].starts_with(['—', '–', '-']) {
                self.dash_line(para, pi);
            }
            for &sent in &sents {
                stream.clear();
                self.stream(sent, &mut stream);
                self.resolver.scan_sentence(&stream);
                self.sentence(
                    &stream,
                    sent,
                    para,
                    pi,
                    headline == Some(pi),
                    quote_only,
                    para_first_draft,
                    &prev_sentence,
                );
                std::mem::swap(&mut prev_sentence, &mut stream);
            }
        }
        if headline_until.is_some() {
            self.headlines();
        }
        self.flush(usize::MAX);
    }

    /// Whether the paragraph holds nothing but quotations and punctuation.
    fn quote_only(&self, para: Span) -> bool {
        let mut qi = self.outer.partition_point(|q| q.end <= para.start);
        let mut pos = para.start;
        let mut any = false;
        let has_word =
            |from: usize, to: usize| self.text[from..to].chars().any(char::is_alphanumeric);
        while qi < self.outer.len() && self.outer[qi].start < para.end {
            let q = self.outer[qi];
            if q.start > pos && has_word(pos, q.start) {
                return false;
            }
            any = true;
            pos = pos.max(q.end.min(para.end));
            qi += 1;
        }
        any && !has_word(pos, para.end)
    }

    /// The tokens of `sent` outside quotations, each top-level quotation
    /// that starts in the sentence standing as one token. Words inside
    /// quotations are never tokenised.
    fn stream(&self, sent: Span, out: &mut Vec<Token>) {
        let mut qi = self.outer.partition_point(|q| q.end <= sent.start);
        let mut pos = sent.start;
        while qi < self.outer.len() && self.outer[qi].start < sent.end {
            let q = self.outer[qi];
            if q.start > pos {
                tokenize(self.text, Span::new(pos, q.start), out);
            }
            // a quote begun in an earlier paragraph is not this sentence's
            if q.start >= sent.start {
                out.push(Token::punct(q, QUOTE));
            }
            pos = pos.max(q.end);
            qi += 1;
        }
        if pos < sent.end {
            tokenize(self.text, Span::new(pos, sent.end), out);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn sentence(
        &mut self,
        s: &[Token],
        sent: Span,
        para: Span,
        pi: usize,
        headline: bool,
        quote_only: bool,
        para_first: usize,
        prev: &[Token],
    ) {
        let text = self.text;
        let quote_idx: Vec<usize> = (0..s.len()).filter(|&i| s[i].is_punct(QUOTE)).collect();
        if quote_idx.is_empty() && !headline {
            self.statement_after(s, para, prev);
        }
        let sentence_first = self.next_draft();
        let mut last_clause: Option<(Span, usize)> = None;
        let mut all_reported: Option<Vec<crate::rules::clause::Reported>> = None;
        let mut has_cue_word: Option<bool> = None;
        for (n, &k) in quote_idx.iter().enumerate() {
            let lo = if n == 0 { 0 } else { quote_idx[n - 1] + 1 };
            let hi = quote_idx.get(n + 1).copied().unwrap_or(s.len());
            let Ok(mi) = self
                .marked
                .binary_search_by_key(&s[k].span.start, |m| m.outer.start)
            else {
                continue;
            };
            let mq = self.marked[mi];
            let inner = self.cut(crate::text::trim(text, mq.inner));
            let inner_text = &text[inner];
            let trailing = crate::rules::after_quote::trailing(text, s, k, hi)
                .filter(|f| self.ex.enabled(f.rule));
            let leading = crate::rules::before_quote::leading(text, s, lo, k)
                .filter(|f| self.ex.enabled(f.rule))
                .filter(|f| {
                    f.rule != RuleId::SpeakerColonQuote
                        || self.resolver.known_person(&f.phrase)
                        || (headline && self.named_below(&f.phrase, para))
                });
            let self_ended = crate::marks::glyphs::trim_marks_end(inner_text)
                .ends_with(['.', ',', '!', '?', '…', ':', ';', '—']);
            let only_punct_after = s[k + 1..hi].iter().all(|t| !t.is_word());
            let left_ok =
                k == lo || leading.is_some() || s[k - 1].is_dash() || s[k - 1].is_punct(':');
            let right_ok = only_punct_after || trailing.is_some() || self_ended;
            let starts_upper = inner_text
                .trim_start()
                .starts_with(|c: char| c.is_uppercase());
            let words = inner_text.split_whitespace().count();
            let starts_lower = inner_text.trim_start().starts_with(char::is_lowercase);
            let full = left_ok
                && (right_ok || (leading.is_some() && starts_upper && words >= 4))
                && !(starts_lower && k > lo && !(lo > 0 && s[lo - 1].is_punct(QUOTE)));
            let mut kind = if headline {
                QuoteKind::Headline
            } else if full {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            };
            let tight_leading = leading
                .as_ref()
                .is_some_and(|f| f.rule != RuleId::AccordingTo)
                && k > lo
                && (s[k - 1].is_punct(':') || s[k - 1].is_punct(','));
            let prefer_trailing = leading.is_none()
                || (inner_text.trim_end().ends_with([',', '?', '!']) && !tight_leading)
                || inner_text.trim_end().ends_with(',');
            let mut found = if prefer_trailing {
                trailing.or(leading)
            } else {
                leading.or(trailing)
            };
            let mut span = inner;
            let mut fragments = Vec::new();
            if kind == QuoteKind::Partial && self.ex.enabled(RuleId::ReportedSpeech) {
                let all = all_reported
                    .get_or_insert_with(|| crate::rules::reported::reported_all(text, s));
                // (a quotation inside an attribution is part of it: "according
                // to her “clawback” plan, …")
                if let Some(r) =
                    crate::rules::reported::reported_for(text, all, mq.outer).filter(|r| {
                        self.ex.enabled(r.found.rule)
                            && !(r.found.rule == RuleId::AccordingTo
                                && r.found.clause.contains(mq.outer))
                    })
                {
                    let (f, clause) = (r.found.clone(), r.clause);
                    // the cue found nearer stands inside this reported clause:
                    // "X said he was focused on “Y”": the fragment is X's
                    // (but an object relative keeps its own subject: "Bannon,
                    // who Beck called “…”")
                    let relative_subject = |g: &Found| {
                        let at = s.partition_point(|t| t.span.end <= g.phrase.whole.start);
                        at > 0 && s[at - 1].is_word() && s[at - 1].is(Class::RelativePronoun)
                    };
                    let nested = found.as_ref().is_some_and(|g| {
                        g.cue.is_some_and(|c| clause.contains(c.span))
                            && f.cue.is_some_and(|c| c.class == CueClass::Speech)
                            && !relative_subject(g)
                    });
                    if nested && clause.contains(mq.outer) {
                        found = None;
                    }
                    let same_cue = found
                        .as_ref()
                        .map_or(true, |g| g.cue.map(|c| c.span) == f.cue.map(|c| c.span));
                    if same_cue && clause == mq.outer {
                        // the reported clause is the quote itself: “…” whole
                        // (but a name given is a fragment: "which Beck
                        // called “a costly mistake.”")
                        let naming = f.cue.is_some_and(|c| Class::NamingCueLemma.holds(c.lemma));
                        if left_ok && !naming {
                            kind = QuoteKind::Direct;
                        }
                    } else if same_cue && clause.contains(mq.outer) {
                        if let Some((c, at)) = last_clause {
                            let at = at - self.flushed;
                            if c == clause && self.drafts[at].quote.span == clause {
                                self.drafts[at].quote.fragments.push(inner);
                                continue;
                            }
                        }
                        span = clause;
                        fragments.push(inner);
                        last_clause = Some((clause, self.next_draft()));
                    }
                    if found.is_none() {
                        found = Some(f);
                    }
                }
            }
            // a name given by a naming cue is what was said: he called Rubio “Little Marco”
            let named_by_cue = found
                .as_ref()
                .and_then(|f| f.cue)
                .is_some_and(|c| Class::NamingCueLemma.holds(c.lemma));
            let is_title = looks_like_title(inner_text, words) && !named_by_cue;
            let mut no_cue_word = || {
                !*has_cue_word.get_or_insert_with(|| {
                    (0..s.len()).any(|i| {
                        s[i].is_lowercase(text) && crate::rules::cues::cue_at(text, s, i).is_some()
                    })
                })
            };
            // a title after a preposition is a name, whatever reads as its
            // attribution: "told the hosts of ''Morning Joe,''", "on “Meet the Press”"
            let titled = is_title
                && k > lo
                && s[k - 1].is_word()
                && s[k - 1].is(Class::PlaceOrTimePreposition);
            // a clause of five words or more in marks that opens its
            // sentence is someone's words, though the writer's own run on
            // after it: "“Q1,” said Ann Lee. “After a long review, I have
            // found …” or its farms."
            let opening_clause = kind == QuoteKind::Partial
                && k == lo
                && words >= 5
                && !is_title
                && inner_text.starts_with(|c: char| c.is_uppercase());
            let scare = (kind == QuoteKind::Partial || titled)
                && kind != QuoteKind::Headline
                && self.ex.enabled(RuleId::ScareQuote)
                && (is_title
                    || (found.is_none()
                        && ((!self_ended && (words <= 4 || no_cue_word()))
                            || (words <= 3 && !cue_before(text, s, lo, k)))));
            if scare && !opening_clause {
                kind = QuoteKind::Scare;
                found = None;
                span = inner;
                fragments.clear();
            }
            // colon lead-in, then continuation
            let mut inherited = None;
            if found.is_none() && kind != QuoteKind::Scare {
                if k == lo && n == 0 && self.ex.enabled(RuleId::ColonLeadIn) {
                    found = crate::rules::lead_in::colon_lead_in(text, prev);
                }
                if found.is_none()
                    && k == lo
                    && n == 0
                    && kind == QuoteKind::Direct
                    && self.ex.enabled(RuleId::StatementThenQuote)
                {
                    found = self.statement_before(prev, para, quote_only);
                }
                // a quotation after a colon in its own sentence: the
                // sentence's subject introduces it ("Asked which county was his
                // favourite, he demurred: “…”"), before any continuation
                let after_colon = k > lo && s[k - 1].is_punct(':');
                if found.is_none()
                    && after_colon
                    && kind == QuoteKind::Direct
                    && self.ex.enabled(RuleId::SentenceSubject)
                {
                    found = crate::rules::subject::sentence_subject_speaker(text, s, k);
                }
                if found.is_none() && (kind == QuoteKind::Direct || opening_clause) {
                    inherited = self.continuation(pi, para, para_first, quote_only);
                }
                // a fragment, or a quotation after a colon, in a sentence whose
                // subject nothing else displaces
                if found.is_none()
                    && inherited.is_none()
                    && (kind == QuoteKind::Partial || after_colon)
                    && k > lo
                    && self.ex.enabled(RuleId::SentenceSubject)
                {
                    found = crate::rules::subject::sentence_subject_speaker(text, s, k);
                }
                // a fragment nothing in its sentence attributes, after a
                // quotation of the same paragraph with a speaker: theirs
                // ("“We won,” Lee said. The win was “a long time coming.”")
                if found.is_none() && inherited.is_none() && kind == QuoteKind::Partial {
                    inherited = self
                        .continuation(pi, para, para_first, false)
                        .filter(|&(_, r)| r == RuleId::ContinuationSameParagraph);
                }
            }
            // (unless no one's words come before it: a poster's slogan)
            if scare && opening_clause && found.is_none() && inherited.is_none() {
                kind = QuoteKind::Scare;
                span = inner;
                fragments.clear();
            }
            let context = Context {
                sentence: Span::new(
                    sent.start,
                    sent.end.max(mq.outer.end.min(para.end.max(sent.end))),
                ),
                paragraph: para,
                attribution: found.as_ref().map(|f| f.clause),
            };
            let mut draft = Draft::new(text, span, kind, fragments, context, pi);
            if let Some(f) = found {
                self.attribute(&mut draft, &f);
            } else if let Some((prev_draft, rule)) = inherited {
                let p = &self.drafts[prev_draft - self.flushed];
                draft.quote.speaker = p.quote.speaker.clone().map(|mut sp| {
                    sp.resolution = Resolution::Continuation;
                    sp
                });
                draft.quote.affiliation = p.quote.affiliation.clone();
                draft.entity = p.entity;
                draft.rule = rule;
                draft.quote.context.attribution = p.quote.context.attribution;
            } else if kind == QuoteKind::Scare {
                draft.rule = RuleId::ScareQuote;
            }
            self.drafts.push(draft);
        }
        // reported speech without marks
        // questions put in the passive first: the reported speech around
        // them yields ("Asked whether he would run, Ortiz smiled")
        if self.ex.config.indirect && self.ex.enabled(RuleId::AskedQuestion) && !headline {
            self.asked(s, sent, para, pi, sentence_first);
        }
        if self.ex.config.indirect && self.ex.enabled(RuleId::ReportedSpeech) && !headline {
            let all = all_reported.unwrap_or_else(|| crate::rules::reported::reported_all(text, s));
            self.indirect(s, &all, sent, para, pi, sentence_first);
        }
        // a headline "Gingrich: Trump must decide …" or "Trump Says …" says
        // what its source said
        // (terms in marks may stand in it: "Beck Says Trump, ‘Alt Right’
        // Pose A Threat")
        let only_terms = self.drafts[sentence_first - self.flushed..]
            .iter()
            .all(|d| d.quote.kind == QuoteKind::Scare || is_headline_term(&d.quote));
        if headline && only_terms && self.ex.config.indirect {
            let colon = crate::rules::headline::headline_colon(text, s)
                .filter(|_| self.ex.enabled(RuleId::HeadlineColon))
                .filter(|(f, _)| {
                    f.phrase.kind != PhraseKind::Name || self.named_below(&f.phrase, para)
                });
            let says = || {
                crate::rules::headline::headline_says(text, s)
                    .filter(|_| self.ex.enabled(RuleId::HeadlineSays))
            };
            if let Some((found, content)) = colon.or_else(says) {
                self.push_indirect(content, &found, sent, para, pi);
            }
        }
    }

    /// The attribution of the sentence `prev` when it only says who spoke
    /// ("Ann Lee said in a statement."), for the quotation that opens the
    /// next sentence: `prev` stands in paragraph `para` (or in the one
    /// before, when `para` is only quotation), is a whole sentence (not the
    /// tail "she said." after a quotation) and holds no quotation.
    fn statement_before(&self, prev: &[Token], para: Span, quote_only: bool) -> Option<Found> {
        let (a, b) = (prev.first()?, prev.last()?);
        if a.span.start < para.start && !quote_only {
            return None;
        }
        let before = &self.text[..a.span.start];
        let trimmed = before.trim_end();
        let whole = trimmed.ends_with(['.', '!', '?'])
            || trimmed.is_empty()
            || before[trimmed.len()..].contains('\n');
        let at = self.outer.partition_point(|q| q.end <= a.span.start);
        let unquoted = self.outer.get(at).map_or(true, |q| q.start >= b.span.end);
        (whole && unquoted)
            .then(|| crate::rules::lead_in::statement_lead_in(self.text, prev))
            .flatten()
    }

    /// "“We will look into it.” Ann Lee said.": a sentence that only says
    /// who spoke, right after a sentence of the same paragraph that ends in
    /// a quotation nothing attributed, attributes it.
    fn statement_after(&mut self, s: &[Token], para: Span, prev: &[Token]) {
        if !self.ex.enabled(RuleId::QuoteThenStatement) {
            return;
        }
        let Some(q) = prev.last().filter(|t| t.is_punct(QUOTE)) else {
            return;
        };
        if prev[0].span.start < para.start {
            return;
        }
        let Some(i) = self.drafts.iter().rposition(|d| {
            q.span.contains(d.quote.span)
                && d.quote.kind == QuoteKind::Direct
                && d.quote.speaker.is_none()
        }) else {
            return;
        };
        let Some(mut found) = crate::rules::lead_in::statement_lead_in(self.text, s) else {
            return;
        };
        found.rule = RuleId::QuoteThenStatement;
        self.attribute_drafts(&[i], &found);
    }

    /// `Indirect` records for the reported speech of sentence `s`: each
    /// clause that stands on its own, holds no quotation, is not the clause
    /// of a record already made, and overlaps no clause taken before it.
    fn indirect(
        &mut self,
        s: &[Token],
        all: &[crate::rules::clause::Reported],
        sent: Span,
        para: Span,
        pi: usize,
        sentence_first: usize,
    ) {
        let text = self.text;
        let mut taken: Option<Span> = None;
        // "…, according to X." speaks for the whole sentence before it, the
        // reported speech inside included: it goes first
        let on =
            |r: &&crate::rules::clause::Reported| r.standalone && self.ex.enabled(r.found.rule);
        let according = all
            .iter()
            .filter(on)
            .filter(|r| r.found.rule == RuleId::AccordingTo);
        let others = all
            .iter()
            .filter(on)
            .filter(|r| r.found.rule != RuleId::AccordingTo);
        for r in according.chain(others) {
            let (f, clause) = (&r.found, r.clause);
            if taken.is_some_and(|t| t.overlaps(clause)) {
                continue;
            }
            let whole = clause;
            let mut clause = clause;
            let holds_quote = s
                .iter()
                .any(|t| t.is_punct(QUOTE) && t.span.overlaps(clause));
            // a quotation a clause of its own attributes, inside this one,
            // ends what this cue reports: "Ferrero said observers were sent
            // with the marchers, whom he described as “peaceful,” …"
            let nested_from = holds_quote
                .then(|| self.nested_attribution(s, f, clause, sentence_first))
                .flatten();
            if let Some(cut) = nested_from {
                clause = Span::new(clause.start, cut);
            }
            let holds_quote = holds_quote && nested_from.is_none();
            let used = self.drafts[sentence_first - self.flushed..]
                .iter()
                .any(|d| {
                    d.quote.span == clause
                        || (d.quote.kind == QuoteKind::Direct
                            && d.quote.cue.as_ref().map(|c| c.span) == f.cue.map(|c| c.span))
                        || (d.rule == RuleId::AskedQuestion && d.quote.span.overlaps(clause))
                });
            if holds_quote || used || text[clause].split_whitespace().count() < 2 {
                continue;
            }
            self.push_indirect(clause, f, sent, para, pi);
            // (the whole clause, cut or not, is this cue's: "Ferrero said …,
            // whom he described as “…”" leaves no room for another cue's)
            taken = Some(whole);
        }
    }

    /// Where the clause `clause` that `f`'s cue reports ends when every
    /// quotation in it belongs to a clause of its own nested inside it (a
    /// relative or a coordinated clause with its own subject and cue): right
    /// before that clause, past the words that open it (", whom he", ",
    /// which"). `None` when some quotation is this cue's own, or nothing of
    /// three words or more is left.
    fn nested_attribution(
        &self,
        s: &[Token],
        f: &Found,
        clause: Span,
        sentence_first: usize,
    ) -> Option<usize> {
        let cue = f.cue?;
        let mut cut = usize::MAX;
        for t in s
            .iter()
            .filter(|t| t.is_punct(QUOTE) && t.span.overlaps(clause))
        {
            let d = self.drafts[sentence_first - self.flushed..]
                .iter()
                .find(|d| d.quote.span.overlaps(t.span))?;
            let own = d.quote.cue.as_ref().map_or(true, |c| c.span == cue.span);
            let at = d.quote.context.attribution?;
            if own
                || d.quote.kind == QuoteKind::Scare
                || at.start <= cue.span.end
                || !clause.contains(at)
            {
                return None;
            }
            let from = d
                .quote
                .speaker
                .as_ref()
                .and_then(|sp| sp.mention.as_ref())
                .map_or(at.start, |m| m.span.start.min(at.start));
            cut = cut.min(from);
        }
        // back over what opens the nested clause (", whom", ", and"): a
        // comma, semicolon or dash must set it off
        let mut e = s.partition_point(|t| t.span.end <= cut);
        let mut set_off = false;
        while e > 0 && s[e - 1].span.start >= clause.start {
            let t = &s[e - 1];
            let opener = t.is_word() && t.is(Class::NestedClauseStart);
            if t.is_punct(',') || t.is_punct(';') || t.is_dash() {
                set_off = true;
                e -= 1;
            } else if opener && !set_off {
                e -= 1;
            } else {
                break;
            }
        }
        let end = s.get(e.checked_sub(1)?)?.span.end;
        (set_off
            && end > clause.start
            && self.text[clause.start..end].split_whitespace().count() >= 3)
            .then_some(end)
    }

    /// `Indirect` records for the questions of sentence `s` put in the
    /// passive ("Asked whether he would run, …"): the asker where "by" names
    /// them, else no one (the text does not say who asked).
    fn asked(&mut self, s: &[Token], sent: Span, para: Span, pi: usize, sentence_first: usize) {
        let text = self.text;
        for a in crate::rules::asked::asked_questions(text, s) {
            let taken = self.drafts[sentence_first - self.flushed..]
                .iter()
                .any(|d| d.quote.span.overlaps(a.content));
            if taken {
                continue;
            }
            if let Some(phrase) = a.asker {
                let found = Found::new(phrase, Some(a.cue), a.clause, RuleId::AskedQuestion);
                self.push_indirect(a.content, &found, sent, para, pi);
                continue;
            }
            let context = Context {
                sentence: sent,
                paragraph: para,
                attribution: Some(a.clause),
            };
            let mut draft = Draft::new(
                text,
                a.content,
                QuoteKind::Indirect,
                Vec::new(),
                context,
                pi,
            );
            draft.cue_weight = a.cue.weight;
            draft.rule = RuleId::AskedQuestion;
            draft.quote.cue = Some(Cue {
                text: text[a.cue.span].to_string(),
                span: a.cue.span,
                lemma: Cow::Borrowed(a.cue.lemma),
            });
            self.drafts.push(draft);
        }
    }

    /// An `Indirect` record of `content` in sentence `sent`, attributed by
    /// `found` (its rule, speaker and cue).
    fn push_indirect(&mut self, content: Span, found: &Found, sent: Span, para: Span, pi: usize) {
        let context = Context {
            sentence: sent,
            paragraph: para,
            attribution: Some(found.clause),
        };
        let mut draft = Draft::new(
            self.text,
            content,
            QuoteKind::Indirect,
            Vec::new(),
            context,
            pi,
        );
        self.attribute(&mut draft, found);
        self.drafts.push(draft);
    }

    /// Whether the last word of a name phrase in the headline `para` stands
    /// in the text below it, within the headline window: "Kasich: ‘We will
    /// win’" over a story that names Kasich.
    fn named_below(&self, p: &SpeakerPhrase, para: Span) -> bool {
        let name = &self.text[p.name.unwrap_or(p.mention)];
        let Some(last) = name.split_whitespace().last() else {
            return false;
        };
        let mut end = para
            .end
            .saturating_add(HEADLINE_WINDOW)
            .min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        p.kind == PhraseKind::Name && last.len() >= 3 && self.text[para.end..end].contains(last)
    }

    /// The quote span cut to the configured maximum length.
    fn cut(&mut self, inner: Span) -> Span {
        let max = self.ex.config.max_quote_len;
        if inner.len() <= max {
            return inner;
        }
        let mut end = inner.start + max;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        self.diagnostics.push(Diagnostic {
            kind: DiagnosticKind::QuoteTruncated,
            span: Span::new(end, inner.end),
        });
        Span::new(inner.start, end)
    }

    /// The draft whose speaker a quote without attribution continues.
    fn continuation(
        &self,
        pi: usize,
        para: Span,
        para_first: usize,
        quote_only: bool,
    ) -> Option<(usize, RuleId)> {
        // reported speech just before, in this paragraph, in a sentence of
        // its own: "X says she got a call from her niece. “She called me …”"
        // ("“Q1,” X said, adding that …. “Q2”" continues Q1)
        if let Some(at) = self
            .drafts
            .iter()
            .rposition(|d| d.quote.kind != QuoteKind::Scare)
        {
            let d = &self.drafts[at];
            let last = self.flushed + at;
            let own_sentence = || {
                !self.drafts[..at].iter().rev().take(8).any(|q| {
                    q.quote.kind != QuoteKind::Indirect
                        && q.quote.context.sentence == d.quote.context.sentence
                })
            };
            // (or the paragraph before, when this one is only quotation:
            // "Howard went on with his remarks.\n\n“Eight years ago …”")
            let here = last >= para_first && d.paragraph == pi;
            let above = quote_only && d.paragraph + 1 == pi;
            if d.quote.kind == QuoteKind::Indirect
                && (here || above)
                && d.quote.speaker.is_some()
                && own_sentence()
            {
                return self
                    .ex
                    .enabled(RuleId::ContinuationAfterReported)
                    .then_some((last, RuleId::ContinuationAfterReported));
            }
        }
        let at = self
            .drafts
            .iter()
            .rposition(|d| !matches!(d.quote.kind, QuoteKind::Indirect | QuoteKind::Scare))?;
        let d = &self.drafts[at];
        let last = self.flushed + at;
        d.quote.speaker.as_ref()?;
        if !matches!(d.quote.kind, QuoteKind::Direct | QuoteKind::Partial) {
            return None;
        }
        // a quotation of several paragraphs that ends in this one counts as
        // this paragraph's ("…\n\n“Q2,” X said. “Q3”")
        let ends_here = d.quote.span.end > para.start;
        if (last >= para_first && d.paragraph == pi) || ends_here {
            return self
                .ex
                .enabled(RuleId::ContinuationSameParagraph)
                .then_some((last, RuleId::ContinuationSameParagraph));
        }
        // (a fragment a verb of saying attributes counts too: "X shot back,
        // saying he’s “made money in down markets.”\n\n“Frankly, …”")
        let attributed = d.quote.kind == QuoteKind::Direct
            || d.quote.kind == QuoteKind::Partial && d.quote.cue.is_some();
        if quote_only && d.paragraph + 1 == pi && attributed {
            return self
                .ex
                .enabled(RuleId::ContinuationNextParagraph)
                .then_some((last, RuleId::ContinuationNextParagraph));
        }
        None
    }

    /// Attributes the drafts made before, at indices `at` of `self.drafts`,
    /// to `found`, its clause their attribution.
    fn attribute_drafts(&mut self, at: &[usize], found: &Found) {
        // attributing needs the run, not its drafts: lend them out meanwhile
        let mut drafts = std::mem::take(&mut self.drafts);
        for &i in at {
            self.attribute(&mut drafts[i], found);
            drafts[i].quote.context.attribution = Some(found.clause);
        }
        self.drafts = drafts;
    }

    /// Fills the speaker, affiliation and cue of `draft` from `found`.
    fn attribute(&mut self, draft: &mut Draft, f: &Found) {
        let text = self.text;
        draft.cue_weight = f.cue.map_or(1.0, |c| c.weight);
        draft.rule = f.rule;
        let q = &mut draft.quote;
        q.cue = f.cue.map(|c| Cue {
            text: text[c.span].to_string(),
            span: c.span,
            lemma: Cow::Borrowed(c.lemma),
        });
        let (speaker, entity) = self.resolver.resolve(&f.phrase);
        let local = Affiliation {
            organization: f.phrase.organization.clone(),
            role: f.phrase.role.clone(),
        };
        let has_local = local.organization.is_some() || local.role.is_some();
        if let Some(id) = entity {
            if has_local {
                self.resolver.registry.affiliate(id, Some(local.clone()));
            }
            q.affiliation = self.resolver.registry.entities[id].affiliation.clone();
        } else if has_local {
            q.affiliation = Some(local);
        }
        q.speaker = Some(speaker);
        draft.entity = entity;
    }

    /// A paragraph of a dash and a name ("— Ann Ruiz.") under a paragraph
    /// of quotations nobody was named for: they are that person's.
    fn dash_line(&mut self, para: Span, pi: usize) {
        if !self.ex.enabled(RuleId::DashSpeaker) {
            return;
        }
        let mut toks = Vec::new();
        tokenize(self.text, para, &mut toks);
        let Some(found) = crate::rules::before_quote::dash_line(self.text, &toks) else {
            return;
        };
        let above: Vec<usize> = (0..self.drafts.len())
            .filter(|&i| {
                let d = &self.drafts[i];
                // (a credit under the quotation beats a speaker continued
                // from the paragraph before)
                d.paragraph + 1 == pi
                    && d.quote.kind == QuoteKind::Direct
                    && d.quote
                        .speaker
                        .as_ref()
                        .map_or(true, |s| s.resolution == Resolution::Continuation)
            })
            .collect();
        self.attribute_drafts(&above, &found);
    }

    /// Headline quotes take the speaker of the body quote holding their words.
    fn headlines(&mut self) {
        if !self.ex.enabled(RuleId::HeadlineEcho) {
            return;
        }
        for i in 0..self.drafts.len() {
            // the body's words outrank the headline's own attribution
            let colon = matches!(
                self.drafts[i].rule,
                RuleId::HeadlineColon | RuleId::HeadlineSays
            );
            if self.drafts[i].quote.kind != QuoteKind::Headline && !colon {
                continue;
            }
            let needle = normalize(&self.drafts[i].quote.text);
            if needle.is_empty() {
                continue;
            }
            let source = (!colon)
                .then(|| {
                    let home = self.drafts[i].paragraph;
                    self.drafts.iter().position(|d| {
                        d.quote.kind != QuoteKind::Headline
                            // (not the headline's own claim around it)
                            && d.paragraph != home
                            && d.quote.speaker.is_some()
                            && normalize(&d.quote.text).contains(&needle)
                    })
                })
                .flatten();
            if let Some(j) = source {
                let speaker = self.drafts[j].quote.speaker.clone();
                // the headline's own mention of them, before the quotation
                // ("Gillibrand on …: ‘I Think She Will.’")
                let para = self.drafts[i].quote.context.paragraph;
                let before = Span::new(para.start, self.drafts[i].quote.span.start.max(para.start));
                let text = self.text;
                self.drafts[i].rule = RuleId::HeadlineEcho;
                let q = &mut self.drafts[i].quote;
                q.speaker = speaker.map(|mut s| {
                    s.resolution = Resolution::Headline;
                    s.mention = headline_mention(text, before, &s.name);
                    s
                });
            } else if let Some(sp) = self.drafts[i].quote.speaker.as_mut() {
                // a surname in the headline, the full name in the story below
                let fuller = (!sp.name.contains(' '))
                    .then(|| self.resolver.registry.lookup_surname(&sp.name))
                    .flatten()
                    .map(|id| &self.resolver.registry.entities[id])
                    .filter(|e| {
                        e.kind == crate::EntityKind::Person && e.name.len() > sp.name.len()
                    });
                if let Some(e) = fuller {
                    sp.name = e.name.clone();
                    sp.resolution = Resolution::PartialName;
                }
            } else if self.ex.enabled(RuleId::ScareQuote) && is_headline_term(&self.drafts[i].quote)
            {
                self.drafts[i].rule = RuleId::ScareQuote;
                self.drafts[i].quote.kind = QuoteKind::Scare;
            }
        }
    }
}

/// A headline quotation of three words or fewer that nothing attributes: a
/// term, in the headline as in the story ("Obama’s ‘Refurbished’ Plan").
fn is_headline_term(q: &Quote) -> bool {
    q.kind == QuoteKind::Headline && q.speaker.is_none() && q.text.split_whitespace().count() <= 3
}

/// The last word of `name` (a surname) standing as a word in
/// `text[within]`, as a mention.
fn headline_mention(text: &str, within: Span, name: &str) -> Option<Mention> {
    let surname = name.split_whitespace().last()?;
    if surname.len() < 3 || !surname.starts_with(char::is_uppercase) {
        return None;
    }
    let hay = &text[within];
    let mut from = 0;
    while let Some(at) = hay[from..].find(surname) {
        let start = from + at;
        let end = start + surname.len();
        let word_before = hay[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let word_after = hay[end..].chars().next().is_some_and(char::is_alphanumeric);
        if !word_before && !word_after {
            let span = Span::new(within.start + start, within.start + end);
            return Some(Mention {
                text: text[span].to_string(),
                span,
            });
        }
        from = end;
    }
    None
}

/// Whether the words in marks read as a title ("Meet the Press,", "One
/// Hundred Years of Solitude."): two to six words, each capitalised but for
/// small function words, with no sentence inside; or a lone handle or
/// number ("@realDonaldTrump").
fn looks_like_title(words_text: &str, words: usize) -> bool {
    let handle_or_number = words == 1
        && words_text
            .trim()
            .starts_with(|c: char| c == '@' || c == '#' || c.is_ascii_digit());
    handle_or_number
        || (2..=6).contains(&words)
            && !words_text.trim_end().ends_with(['!', '?'])
            && !words_text
                .trim_end()
                .trim_end_matches('.')
                .contains(['.', '!', '?'])
            && words_text.split_whitespace().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || Class::TitleSmallWord.holds(w)
            })
}

/// Lowercase words joined by single spaces, punctuation dropped.
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'') {
        if !w.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(w.chars().flat_map(char::to_lowercase));
        }
    }
    out
}

/// The first paragraph, when it reads as a headline: one short line,
/// followed by more text, that does not end like a sentence or is in title
/// case.
fn headline_paragraph(text: &str, paras: &[Span], outer: &[Span]) -> Option<usize> {
    let first = *paras.first()?;
    let t = text[first].trim_end();
    if paras.len() < 2 || t.contains('\n') || t.len() > 250 {
        return None;
    }
    // a closing mark ends a sentence only after terminal punctuation
    let sentence_end =
        crate::marks::glyphs::trim_marks_end(t).ends_with(['.', '!', '?', ':', ',', ';']);
    let long_words: Vec<&str> = t
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitalised = long_words
        .iter()
        .filter(|w| {
            w.trim_start_matches(crate::marks::glyphs::is_mark_char)
                .starts_with(char::is_uppercase)
        })
        .count();
    let title_case = long_words.len() >= 3 && capitalised * 10 >= long_words.len() * 7;
    // a source and a colon open it, as headlines credit a claim: "Poll:
    // Trump and Clinton hold narrow leads." (without marks: a sentence that
    // quotes is read as one)
    let unquoted = outer.first().map_or(true, |q| q.start >= first.end);
    let credited = unquoted
        && t.split_once(':').is_some_and(|(label, claim)| {
            let words: Vec<&str> = label.split_whitespace().collect();
            (1..=5).contains(&words.len())
                && !crate::rules::headline::is_rubric(label)
                && words
                    .iter()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
                && claim.split_whitespace().count() >= 3
        });
    (!sentence_end || title_case || credited).then_some(0)
}
