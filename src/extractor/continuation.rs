//! Continuation: a quotation no rule attributes takes the speaker of the
//! quote or the reported speech before it, in its paragraph or the one before.

use super::*;

impl<'a, 's> Run<'a, 's> {
    /// The draft whose speaker a quote without attribution continues.
    pub(super) fn continuation(
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
        // (the paragraph before: where the quotation began, or where a
        // quotation of several paragraphs ended, "“…\n\n“…,” X added.")
        let ended_above = || {
            let gap = &self.text[d.quote.span.end.min(para.start)..para.start];
            !gap.trim_end().contains('\n')
        };
        if quote_only && (d.paragraph + 1 == pi || ended_above()) && attributed {
            return self
                .ex
                .enabled(RuleId::ContinuationNextParagraph)
                .then_some((last, RuleId::ContinuationNextParagraph));
        }
        None
    }
}
