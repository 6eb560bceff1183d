//! One extraction's pass over a document: paragraphs, sentences and their
//! token streams in order, drafts handed on as they become final.

use super::headlines::{headline_paragraph, HEADLINE_WINDOW};
use super::sentence::{is_fragment_line, SentenceAt};
use super::*;

impl<'a, 's> Run<'a, 's> {
    pub(super) fn new(
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
    pub(super) fn next_draft(&self) -> usize {
        self.flushed + self.drafts.len()
    }

    /// Hands on the drafts of paragraphs before `keep_from` whose quotation
    /// ends before byte `bound`: no later paragraph refers to them (one that
    /// runs on over several paragraphs is kept while the next may go on
    /// with its speaker).
    fn flush(&mut self, keep_from: usize, bound: usize) {
        let keep = |d: &Draft| d.paragraph >= keep_from || d.quote.span.end > bound;
        // (records go out in order: none handed on may start after one kept)
        let first_kept = self
            .drafts
            .iter()
            .filter(|d| keep(d))
            .map(|d| d.quote.span.start)
            .min()
            .unwrap_or(usize::MAX);
        let n = self
            .drafts
            .iter()
            .position(|d| keep(d) || d.quote.span.start >= first_kept)
            .unwrap_or(self.drafts.len());
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

    pub(super) fn all(&mut self) {
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
                self.flush(pi - 1, paras[pi - 1].start);
            }
            sents.clear();
            sentences(text, para, &self.outer, &mut sents);
            let para_first_draft = self.next_draft();
            let quote_only = self.quote_only(para);
            let fragment_line = is_fragment_line(&text[para]);
            if pi > 0 && text[para].starts_with(['—', '–', '-']) {
                self.dash_line(para, pi);
            }
            for &sent in &sents {
                stream.clear();
                self.stream(sent, &mut stream);
                self.resolver
                    .scan_sentence(Sentence::new(text, &stream), fragment_line);
                self.sentence(SentenceAt {
                    s: Sentence::new(text, &stream),
                    sent,
                    para,
                    pi,
                    headline: headline == Some(pi),
                    quote_only,
                    fragment_line,
                    para_first: para_first_draft,
                    prev: Sentence::new(text, &prev_sentence),
                });
                std::mem::swap(&mut prev_sentence, &mut stream);
            }
        }
        if headline_until.is_some() {
            self.headlines();
        }
        self.flush(usize::MAX, usize::MAX);
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

    /// An `Indirect` record of `content` in sentence `sent`, attributed by
    /// `found` (its rule, speaker and cue); `object`: the content is the
    /// cue's object, no clause of its own.
    pub(super) fn push_indirect(
        &mut self,
        content: Span,
        found: &Found,
        sent: Span,
        para: Span,
        pi: usize,
        object: bool,
    ) {
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
        draft.object_content = object;
        self.drafts.push(draft);
    }

    /// The quote span cut to the configured maximum length.
    pub(super) fn cut(&mut self, inner: Span) -> Span {
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

    /// Attributes the drafts made before, at indices `at` of `self.drafts`,
    /// to `found`, its clause their attribution.
    pub(super) fn attribute_drafts(&mut self, at: &[usize], found: &Found) {
        // attributing needs the run, not its drafts: lend them out meanwhile
        let mut drafts = std::mem::take(&mut self.drafts);
        for &i in at {
            self.attribute(&mut drafts[i], found);
            drafts[i].quote.context.attribution = Some(found.clause);
        }
        self.drafts = drafts;
    }

    /// Fills the speaker, affiliation and cue of `draft` from `found`.
    pub(super) fn attribute(&mut self, draft: &mut Draft, f: &Found) {
        let text = self.text;
        draft.cue_weight = f.cue.map_or(1.0, |c| c.weight);
        draft.cue_class = f.cue.map_or(CueClass::Statement, |c| c.class);
        draft.rule = f.rule;
        let q = &mut draft.quote;
        q.cue = f.cue.map(|c| Cue {
            text: text[c.span].to_string(),
            span: c.span,
            lemma: Cow::Borrowed(c.lemma),
            class: c.class,
        });
        let (speaker, entity) = self.resolver.resolve(&f.phrase, q.span);
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
}
