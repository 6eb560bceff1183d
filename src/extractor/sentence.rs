//! One sentence: the rules tried on each quotation in it, in order, and the
//! statements that introduce or follow a quotation.

use super::headlines::{is_headline_term, looks_like_title};
use super::*;
use crate::rules::pipeline::{Fallback, Step, FALLBACKS, SENTENCE_STEPS};

/// Where a sentence stands, for the rules tried on its quotations.
#[derive(Clone, Copy)]
pub(super) struct SentenceAt<'t> {
    /// The sentence's tokens, each top-level quotation one token.
    pub s: Sentence<'t>,
    pub sent: Span,
    pub para: Span,
    /// The paragraph's index.
    pub pi: usize,
    /// Whether the paragraph is the headline.
    pub headline: bool,
    /// Whether the paragraph holds only quotations.
    pub quote_only: bool,
    /// Whether the paragraph is a line of a few words, no sentence of the
    /// story (see [`is_fragment_line`]).
    pub fragment_line: bool,
    /// The first draft of the paragraph.
    pub para_first: usize,
    /// The sentence before, in its paragraph or the one before.
    pub prev: Sentence<'t>,
}

/// A quotation's record as its rules shape it: kind, attribution, span.
struct Shaped {
    kind: QuoteKind,
    found: Option<Found>,
    span: Span,
    fragments: Vec<Span>,
}

/// What the quotations of one sentence share as they are drafted.
#[derive(Default)]
pub(super) struct SentenceState {
    /// The reported clause the last partial quotation joined, and its draft.
    last_clause: Option<(Span, usize)>,
    /// The sentence's reported speech, found once.
    all_reported: Option<Vec<crate::rules::clause::Reported>>,
    /// Whether the sentence holds a cue word, found once.
    has_cue_word: Option<bool>,
}

impl<'a, 's> Run<'a, 's> {
    /// Takes the steps of the pipeline on one sentence, in the order
    /// [`SENTENCE_STEPS`] gives.
    pub(super) fn sentence(&mut self, at: SentenceAt<'_>) {
        let quote_idx: Vec<usize> = (0..at.s.len())
            .filter(|&i| at.s[i].is_punct(QUOTE))
            .collect();
        let sentence_first = self.next_draft();
        let mut state = SentenceState::default();
        for step in SENTENCE_STEPS {
            if !self.ex.opens(step.gate()) {
                continue;
            }
            match step {
                Step::StatementAfter => {
                    if quote_idx.is_empty() && !at.headline {
                        self.statement_after(at.s, at.para, at.prev);
                    }
                }
                Step::Quotations => {
                    for (n, &k) in quote_idx.iter().enumerate() {
                        let lo = if n == 0 { 0 } else { quote_idx[n - 1] + 1 };
                        let hi = quote_idx.get(n + 1).copied().unwrap_or(at.s.len());
                        self.quotation(at, &mut state, lo, k, hi, n == 0);
                    }
                }
                Step::Asked => {
                    if self.ex.config.indirect && !at.headline {
                        self.asked(at.s, at.sent, at.para, at.pi, sentence_first);
                    }
                }
                Step::Reported => self.reported(at, &mut state, sentence_first),
                Step::Headline => self.headline_statement(at, sentence_first),
            }
        }
    }

    /// Reported speech without marks in the sentence.
    fn reported(&mut self, at: SentenceAt<'_>, state: &mut SentenceState, sentence_first: usize) {
        if self.ex.config.indirect && !at.headline && !at.fragment_line {
            let all = state
                .all_reported
                .take()
                .unwrap_or_else(|| crate::rules::reported::reported_all(at.s));
            self.indirect(at.s, &all, at.sent, at.para, at.pi, sentence_first);
        }
    }

    /// A headline "Gingrich: Trump must decide …" or "Trump Says …" says
    /// what its source said (terms in marks may stand in it: "Beck Says
    /// Trump, ‘Alt Right’ Pose A Threat").
    fn headline_statement(&mut self, at: SentenceAt<'_>, sentence_first: usize) {
        let SentenceAt {
            s, sent, para, pi, ..
        } = at;
        if !at.headline || !self.ex.config.indirect {
            return;
        }
        let only_terms = self.drafts[sentence_first - self.flushed..]
            .iter()
            .all(|d| d.quote.kind == QuoteKind::Scare || is_headline_term(&d.quote));
        if !only_terms {
            return;
        }
        let colon = crate::rules::headline::headline_colon(s)
            .filter(|_| self.ex.enabled(RuleId::HeadlineColon))
            .filter(|(f, _)| {
                f.phrase.kind != PhraseKind::Name || self.named_below(&f.phrase, para)
            });
        let says = || {
            crate::rules::headline::headline_says(s)
                .filter(|_| self.ex.enabled(RuleId::HeadlineSays))
        };
        if let Some((found, content)) = colon.or_else(says) {
            self.push_indirect(content, &found, sent, para, pi, false);
        }
    }

    /// The quotation standing as token `s[k]` of the sentence (the
    /// quotations before and after it at `lo - 1` and `hi`; `first`: it is
    /// the sentence's first): its kind, the rule that attributes it, and its
    /// draft.
    fn quotation(
        &mut self,
        at: SentenceAt<'_>,
        state: &mut SentenceState,
        lo: usize,
        k: usize,
        hi: usize,
        first: bool,
    ) {
        let SentenceAt {
            s, para, headline, ..
        } = at;
        let text = self.text;
        let Ok(mi) = self
            .marked
            .binary_search_by_key(&s[k].span.start, |m| m.outer.start)
        else {
            return;
        };
        let mq = self.marked[mi];
        let inner = self.cut(crate::text::trim(text, mq.inner));
        let inner_text = &text[inner];
        let trailing =
            crate::rules::after_quote::trailing(s, k, hi).filter(|f| self.ex.enabled(f.rule));
        let leading = crate::rules::before_quote::leading(s, lo, k)
            .filter(|f| self.ex.enabled(f.rule))
            .filter(|f| {
                f.rule != RuleId::SpeakerColonQuote
                    || self.resolver.known_person(&f.phrase)
                    || (headline && self.named_below(&f.phrase, para))
            });
        let self_ended = crate::marks::glyphs::trim_marks_end(inner_text)
            .ends_with(['.', ',', '!', '?', '…', ':', ';', '—']);
        let only_punct_after = s[k + 1..hi].iter().all(|t| !t.is_word());
        let left_ok = k == lo || leading.is_some() || s[k - 1].is_dash() || s[k - 1].is_punct(':');
        let right_ok = only_punct_after || trailing.is_some() || self_ended;
        let starts_upper = inner_text
            .trim_start()
            .starts_with(|c: char| c.is_uppercase());
        // (its words counted up to eight: no test below tells more apart, and
        // a long quotation is read no further)
        let words = inner_text.split_whitespace().take(8).count();
        let starts_lower = inner_text.trim_start().starts_with(char::is_lowercase);
        let full = left_ok
            && (right_ok || (leading.is_some() && starts_upper && words >= 4))
            && !(starts_lower && k > lo && !(lo > 0 && s[lo - 1].is_punct(QUOTE)));
        let kind = if headline {
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
        let found = if prefer_trailing {
            trailing.or(leading)
        } else {
            leading.or(trailing)
        };
        let mut shaped = Shaped {
            kind,
            found,
            span: inner,
            fragments: Vec::new(),
        };
        if kind == QuoteKind::Partial
            && self.ex.enabled(RuleId::ReportedSpeech)
            && !self.partial_in_reported(at, state, mq, left_ok, &mut shaped)
        {
            return;
        }
        let Shaped {
            mut kind,
            mut found,
            mut span,
            mut fragments,
        } = shaped;
        // a name given by a naming cue is what was said: he called Rubio “Little Marco”
        let named_by_cue = found
            .as_ref()
            .and_then(|f| f.cue)
            .is_some_and(|c| Class::NamingCueLemma.holds(c.lemma));
        let is_title = looks_like_title(inner_text, words) && !named_by_cue;
        let mut no_cue_word = || {
            !*state.has_cue_word.get_or_insert_with(|| {
                (0..s.len())
                    .any(|i| s[i].is_lowercase() && crate::rules::cues::cue_at(s, i).is_some())
            })
        };
        // a title after a preposition is a name, whatever reads as its
        // attribution: "told the hosts of ''Morning Joe,''", "on “Meet the Press”"
        let titled =
            is_title && k > lo && s[k - 1].is_word() && s.is(k - 1, Class::PlaceOrTimePreposition);
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
                        || (words <= 3 && !cue_before(s, lo, k)))));
        if scare && !opening_clause {
            kind = QuoteKind::Scare;
            found = None;
            span = inner;
            fragments.clear();
        }
        // colon lead-in, then continuation
        let mut inherited = None;
        if found.is_none() && kind != QuoteKind::Scare {
            (found, inherited) =
                self.lead_in_or_continuation(at, (lo, k, first), kind, opening_clause);
        }
        // (unless no one's words come before it: a poster's slogan)
        if scare && opening_clause && found.is_none() && inherited.is_none() {
            kind = QuoteKind::Scare;
            span = inner;
            fragments.clear();
        }
        let shaped = Shaped {
            kind,
            found,
            span,
            fragments,
        };
        self.push_draft(at, mq, shaped, inherited);
    }

    /// The draft of a quotation as its rules shaped it, attributed by what
    /// was found or inherited from the draft before (`inherited`).
    fn push_draft(
        &mut self,
        at: SentenceAt<'_>,
        mq: MarkedQuote,
        shaped: Shaped,
        inherited: Option<(usize, RuleId)>,
    ) {
        let text = self.text;
        let context = Context {
            sentence: Span::new(
                at.sent.start,
                at.sent
                    .end
                    .max(mq.outer.end.min(at.para.end.max(at.sent.end))),
            ),
            paragraph: at.para,
            attribution: shaped.found.as_ref().map(|f| f.clause),
        };
        let mut draft = Draft::new(
            text,
            shaped.span,
            shaped.kind,
            shaped.fragments,
            context,
            at.pi,
        );
        if let Some(f) = shaped.found {
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
            draft.origin = Some(p.origin.unwrap_or_else(|| p.evidence()));
            draft.quote.context.attribution = p.quote.context.attribution;
        } else if shaped.kind == QuoteKind::Scare {
            draft.rule = RuleId::ScareQuote;
        }
        self.drafts.push(draft);
    }

    /// The subject of sentence `s` as the speaker of its quotation `s[k]`,
    /// unless it is only the capitalised word that opens the sentence, a
    /// name the document gives no one and no list knows ("Governance
    /// lassitude was on display …" names no speaker).
    fn sentence_subject(&self, s: Sentence<'_>, k: usize) -> Option<Found> {
        crate::rules::subject::sentence_subject_speaker(s, k).filter(|f| {
            let p = &f.phrase;
            !(p.kind == PhraseKind::Name
                && s.first().is_some_and(|t| t.span == p.mention)
                && !self.resolver.known_name(p))
        })
    }

    /// The speaker of a quotation no cue of its own attributes (`s[k]`,
    /// `first` in its sentence, the quotations before it ending at `lo`):
    /// the first of the [`FALLBACKS`], in their order, that attributes it —
    /// a colon lead-in, a statement before it, the sentence's subject, or
    /// the speaker of the quote before it (`inherited`: that draft and the
    /// rule).
    fn lead_in_or_continuation(
        &mut self,
        at: SentenceAt<'_>,
        (lo, k, first): (usize, usize, bool),
        kind: QuoteKind,
        opening_clause: bool,
    ) -> (Option<Found>, Option<(usize, RuleId)>) {
        let SentenceAt {
            s,
            para,
            pi,
            quote_only,
            para_first,
            prev,
            ..
        } = at;
        // (a paragraph that opens with a bare quotation goes on as one of
        // quotation alone does: "“I was on the other side.” He is modest.")
        let opens_paragraph = at.sent.start == para.start
            && k == lo
            && first
            && s[k + 1..].iter().all(|t| !t.is_word());
        let opens_sentence = k == lo && first;
        let after_colon = k > lo && s[k - 1].is_punct(':');
        let direct = kind == QuoteKind::Direct;
        let partial = kind == QuoteKind::Partial;
        let mut found = None;
        let mut inherited = None;
        for fallback in FALLBACKS {
            if found.is_some() || inherited.is_some() {
                break;
            }
            if !self.ex.opens(fallback.gate()) {
                continue;
            }
            match fallback {
                Fallback::ColonLeadIn => {
                    if opens_sentence {
                        found = crate::rules::lead_in::colon_lead_in(prev);
                    }
                }
                Fallback::StatementBefore => {
                    if opens_sentence && direct {
                        found = self.statement_before(prev, para, quote_only);
                    }
                }
                Fallback::SubjectBeforeColon => {
                    if after_colon && direct {
                        found = self.sentence_subject(s, k);
                    }
                }
                Fallback::Continuation => {
                    if direct || opening_clause {
                        let alone = quote_only || opens_paragraph;
                        inherited = self.continuation(pi, para, para_first, alone);
                    }
                }
                Fallback::Subject => {
                    if (partial || after_colon) && k > lo {
                        found = self.sentence_subject(s, k);
                    }
                }
                Fallback::FragmentContinuation => {
                    if partial {
                        inherited = self
                            .continuation(pi, para, para_first, false)
                            .filter(|&(_, r)| r == RuleId::ContinuationSameParagraph);
                    }
                }
            }
        }
        (found, inherited)
    }

    /// A fragment in marks inside reported speech: the reported clause it
    /// stands in becomes the record (the fragment one of its `fragments`),
    /// or the whole quotation when the clause is it; a fragment of a clause
    /// an earlier draft holds joins that draft (`false`: nothing left to do).
    fn partial_in_reported(
        &mut self,
        at: SentenceAt<'_>,
        state: &mut SentenceState,
        mq: MarkedQuote,
        left_ok: bool,
        shaped: &mut Shaped,
    ) -> bool {
        let s = at.s;
        let text = self.text;
        let inner = shaped.span;
        let all = state
            .all_reported
            .get_or_insert_with(|| crate::rules::reported::reported_all(s));
        // (a quotation inside an attribution is part of it: "according
        // to her “clawback” plan, …")
        if let Some(r) = crate::rules::reported::reported_for(text, all, mq.outer).filter(|r| {
            self.ex.enabled(r.found.rule)
                && !(r.found.rule == RuleId::AccordingTo && r.found.clause.contains(mq.outer))
        }) {
            let (f, clause) = (r.found.clone(), r.clause);
            // the cue shaped.found nearer stands inside this reported clause:
            // "X said he was focused on “Y”": the fragment is X's
            // (but an object relative keeps its own subject: "Bannon,
            // who Beck called “…”")
            let relative_subject = |g: &Found| {
                let at = s.partition_point(|t| t.span.end <= g.phrase.whole.start);
                at > 0 && s[at - 1].is_word() && s.is(at - 1, Class::RelativePronoun)
            };
            let nested = shaped.found.as_ref().is_some_and(|g| {
                g.cue.is_some_and(|c| clause.contains(c.span))
                    && f.cue.is_some_and(|c| c.class == CueClass::Statement)
                    && !relative_subject(g)
            });
            if nested && clause.contains(mq.outer) {
                shaped.found = None;
            }
            let same_cue = shaped
                .found
                .as_ref()
                .map_or(true, |g| g.cue.map(|c| c.span) == f.cue.map(|c| c.span));
            if same_cue && clause == mq.outer {
                // the reported clause is the quote itself: “…” whole
                // (but a name given is a fragment: "which Beck
                // called “a costly mistake.”")
                let naming = f.cue.is_some_and(|c| Class::NamingCueLemma.holds(c.lemma));
                if left_ok && !naming {
                    shaped.kind = QuoteKind::Direct;
                }
            } else if same_cue && clause.contains(mq.outer) {
                if let Some((c, at)) = state.last_clause {
                    let at = at - self.flushed;
                    if c == clause && self.drafts[at].quote.span == clause {
                        self.drafts[at].quote.fragments.push(inner);
                        return false;
                    }
                }
                shaped.span = clause;
                shaped.fragments.push(inner);
                state.last_clause = Some((clause, self.next_draft()));
            }
            if shaped.found.is_none() {
                shaped.found = Some(f);
            }
        }
        true
    }

    /// The attribution of the sentence `prev` when it only says who spoke
    /// ("Ann Lee said in a statement."), for the quotation that opens the
    /// next sentence: `prev` stands in paragraph `para` (or in the one
    /// before, when `para` is only quotation), is a whole sentence (not the
    /// tail "she said." after a quotation) and holds no quotation.
    fn statement_before(&self, prev: Sentence<'_>, para: Span, quote_only: bool) -> Option<Found> {
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
            .then(|| crate::rules::lead_in::statement_lead_in(prev))
            .flatten()
    }

    /// "“We will look into it.” Ann Lee said.": a sentence that only says
    /// who spoke, right after a sentence of the same paragraph that ends in
    /// a quotation nothing attributed, attributes it.
    fn statement_after(&mut self, s: Sentence<'_>, para: Span, prev: Sentence<'_>) {
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
        let Some(mut found) = crate::rules::lead_in::statement_lead_in(s) else {
            return;
        };
        found.rule = RuleId::QuoteThenStatement;
        self.attribute_drafts(&[i], &found);
    }
}

/// The most words a line that is no sentence of the story may hold.
const FRAGMENT_LINE_WORDS: usize = 6;

/// Whether a paragraph is a line of a few words with no sentence end and no
/// quotation: a caption, a rubric, a publisher's line between paragraphs
/// ("Story continues below advertisement", "Read more"), never reported
/// speech.
pub(super) fn is_fragment_line(para: &str) -> bool {
    // (a few words are a few dozen bytes: a long paragraph is read no further)
    if para.len() > FRAGMENT_LINE_WORDS * 24 {
        return false;
    }
    let line = para.trim();
    let ends_sentence = line.ends_with(['.', '!', '?', '…', ':', ';']);
    let marked = line.chars().any(crate::marks::glyphs::is_mark_char);
    !ends_sentence
        && !marked
        && !line.contains('\n')
        && line.split_whitespace().count() <= FRAGMENT_LINE_WORDS
}
