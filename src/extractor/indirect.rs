//! Reported speech in a sentence: indirect records, the fragments quoted
//! inside them, nested attributions, and questions put to a speaker.

use super::*;

impl<'a, 's> Run<'a, 's> {
    /// `Indirect` records for the reported speech of sentence `s`: each
    /// clause that stands on its own, holds no quotation, is not the clause
    /// of a record already made, and overlaps no clause taken before it.
    pub(super) fn indirect(
        &mut self,
        s: Sentence<'_>,
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
            if holds_quote || used || text[clause].split_whitespace().take(2).count() < 2 {
                continue;
            }
            self.push_indirect(clause, f, sent, para, pi, r.object);
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
        s: Sentence<'_>,
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
            && self.text[clause.start..end]
                .split_whitespace()
                .take(3)
                .count()
                >= 3)
            .then_some(end)
    }

    /// `Indirect` records for the questions of sentence `s` put in the
    /// passive ("Asked whether he would run, …"): the asker where "by" names
    /// them, else no one (the text does not say who asked).
    pub(super) fn asked(
        &mut self,
        s: Sentence<'_>,
        sent: Span,
        para: Span,
        pi: usize,
        sentence_first: usize,
    ) {
        let text = self.text;
        for a in crate::rules::asked::asked_questions(s) {
            let taken = self.drafts[sentence_first - self.flushed..]
                .iter()
                .any(|d| d.quote.span.overlaps(a.content));
            if taken {
                continue;
            }
            if let Some(phrase) = a.asker {
                let found = Found::new(phrase, Some(a.cue), a.clause, RuleId::AskedQuestion);
                self.push_indirect(a.content, &found, sent, para, pi, false);
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
            draft.cue_class = a.cue.class;
            draft.rule = RuleId::AskedQuestion;
            draft.quote.cue = Some(Cue {
                text: text[a.cue.span].to_string(),
                span: a.cue.span,
                lemma: Cow::Borrowed(a.cue.lemma),
                class: a.cue.class,
            });
            self.drafts.push(draft);
        }
    }
}
