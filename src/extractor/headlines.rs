//! Headlines: the headline's quotations echoing the body, "Name: …" and
//! "Name Says …" headlines, and dash lines under quotations.

use super::*;
use crate::rules::pipeline::DocumentStep;

impl<'a, 's> Run<'a, 's> {
    /// Whether the last word of a name phrase in the headline `para` stands
    /// in the text below it, within the headline window: "Kasich: ‘We will
    /// win’" over a story that names Kasich.
    pub(super) fn named_below(&self, p: &SpeakerPhrase, para: Span) -> bool {
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

    /// A paragraph of a dash and a name ("— Ann Ruiz.") under a paragraph
    /// of quotations nobody was named for: they are that person's.
    pub(super) fn dash_line(&mut self, para: Span, pi: usize) {
        if !self.ex.opens(DocumentStep::DashLine.rules()) {
            return;
        }
        let mut toks = Vec::new();
        tokenize(self.text, para, &mut toks);
        let Some(found) = crate::rules::before_quote::dash_line(Sentence::new(self.text, &toks))
        else {
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
    pub(super) fn headlines(&mut self) {
        if !self.ex.opens(DocumentStep::HeadlineEcho.rules()) {
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

/// How far past the headline a body quote may echo it (and so how long the
/// records after the headline are held).
pub(super) const HEADLINE_WINDOW: usize = 64 << 10;

/// A headline quotation of three words or fewer that nothing attributes: a
/// term, in the headline as in the story ("Obama’s ‘Refurbished’ Plan").
pub(super) fn is_headline_term(q: &Quote) -> bool {
    q.kind == QuoteKind::Headline
        && q.speaker.is_none()
        && q.text.split_whitespace().take(4).count() <= 3
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
pub(super) fn looks_like_title(words_text: &str, words: usize) -> bool {
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
pub(super) fn headline_paragraph(text: &str, paras: &[Span], outer: &[Span]) -> Option<usize> {
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
                && claim.split_whitespace().take(3).count() >= 3
        });
    (!sentence_end || title_case || credited).then_some(0)
}
