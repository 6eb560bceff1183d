//! `--format html`: a self-contained review page (no network, no script).
//!
//! One `<section>` a document: its text with every record highlighted (one
//! colour a speaker; scare quotes dashed; records nobody is named for grey;
//! low confidence outlined in red), the document's speakers with their
//! counts, and a table of its records with speaker, cue, affiliation,
//! confidence and rule. Each highlight is a `<mark>` carrying
//! `data-record` (the record's index in the document), `data-rule`,
//! `data-speaker`, `data-kind` and `data-confidence`; a record drawn in
//! several pieces (across a nested record, or overlapping another) repeats
//! its `data-record` on each.

use crate::DocumentOut;
use quote_attribution::{Quote, QuoteKind};
use std::fmt::Write;

/// Records below this confidence are outlined as doubtful.
const LOW_CONFIDENCE: f64 = 0.5;
/// Records at or above this confidence are shown as trusted.
const HIGH_CONFIDENCE: f64 = 0.9;

const STYLE: &str = r#"
body { font: 15px/1.55 system-ui, sans-serif; margin: 0 auto; max-width: 70rem; padding: 1rem 2rem; color: #222; }
h1 { font-size: 1.3rem; } h2 { font-size: 1.05rem; margin: 0 0 .5rem; }
section.document { border-top: 2px solid #ccc; padding: 1rem 0 2rem; }
.text { white-space: pre-wrap; background: #fcfcfa; border: 1px solid #e4e4e0; padding: .8rem 1rem; }
mark { background: var(--c); border-radius: 2px; padding: 0 1px; color: inherit; }
mark.scare { background: transparent; border: 1px dashed #888; }
mark.nobody { background: #e6e6e6; }
mark.low { outline: 2px dotted #c0392b; }
.legend span, .speakers li { margin-right: 1rem; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -.1em; margin-right: .3em; background: var(--c); }
.speakers { list-style: none; padding: 0; display: flex; flex-wrap: wrap; }
table { border-collapse: collapse; width: 100%; margin-top: .8rem; font-size: 13px; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #e4e4e0; padding: .25rem .4rem; }
td.conf { font-variant-numeric: tabular-nums; }
td.conf.low { color: #fff; background: #c0392b; } td.conf.mid { background: #f7dc6f; } td.conf.high { background: #abebc6; }
"#;

/// The page's head and legend; `documents` names the input.
pub fn header(documents: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>quote-attribution review: {input}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <h1>Who said what: {input}</h1>\n<p class=\"legend\">\
         <span><span class=\"swatch\" style=\"--c:hsl(200 70% 84%)\"></span>a speaker's quote (one colour a speaker)</span>\
         <span><mark class=\"scare\">scare quote</mark></span>\
         <span><mark class=\"nobody\">no speaker named</mark></span>\
         <span><mark class=\"low\" style=\"--c:#fff\">confidence below {LOW_CONFIDENCE}</mark></span>\
         <span>confidence ≥ {HIGH_CONFIDENCE} in green</span></p>\n",
        input = escape(documents)
    )
}

/// The page's end.
pub fn footer() -> String {
    "</body>\n</html>\n".to_string()
}

/// One document's section.
pub fn document(doc: &DocumentOut<'_>) -> String {
    let speakers = speakers(doc.quotes);
    let mut out = String::new();
    let _ = write!(
        out,
        "<section class=\"document\" data-document=\"{id}\">\n<h2>{id} · {n} record{s}</h2>\n",
        id = escape(&doc.id),
        n = doc.quotes.len(),
        s = if doc.quotes.len() == 1 { "" } else { "s" }
    );
    out.push_str("<ul class=\"speakers\">");
    for (i, (name, count)) in speakers.iter().enumerate() {
        let _ = write!(
            out,
            "<li><span class=\"swatch\" style=\"--c:{}\"></span>{} ({count})</li>",
            colour(i),
            escape(name)
        );
    }
    out.push_str("</ul>\n<div class=\"text\">");
    highlighted_text(&mut out, doc, &speakers);
    out.push_str("</div>\n");
    records_table(&mut out, doc.quotes, &speakers);
    out.push_str("</section>\n");
    out
}

/// The speakers of the records, in order of first record, with their counts.
fn speakers(quotes: &[Quote]) -> Vec<(String, usize)> {
    let mut list: Vec<(String, usize)> = Vec::new();
    for q in quotes {
        let Some(s) = &q.speaker else { continue };
        match list.iter_mut().find(|(name, _)| *name == s.name) {
            Some((_, n)) => *n += 1,
            None => list.push((s.name.clone(), 1)),
        }
    }
    list
}

/// A speaker's colour: hues spread by the golden angle.
fn colour(i: usize) -> String {
    format!("hsl({:.0} 70% 84%)", (i as f64 * 137.508) % 360.0)
}

/// The text cut at every record boundary; each piece wrapped in one
/// `<mark>` for each record covering it, outermost first. One sweep over
/// the records sorted by start: the marks open at a piece are those of the
/// records begun and not yet ended.
fn highlighted_text(out: &mut String, doc: &DocumentOut<'_>, speakers: &[(String, usize)]) {
    let (text, quotes) = (doc.text, doc.quotes);
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for q in quotes {
        cuts.extend([q.span.start, q.span.end]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    // by start, longer first: outer marks open first
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&i| (quotes[i].span.start, usize::MAX - quotes[i].span.end));
    let mut next = 0; // the first record in `order` not yet begun
    let mut open: Vec<usize> = Vec::new();
    for piece in cuts.windows(2) {
        let (start, end) = (piece[0], piece[1]);
        open.retain(|&i| quotes[i].span.end > start);
        while next < order.len() && quotes[order[next]].span.start <= start {
            let i = order[next];
            if quotes[i].span.is_empty() {
                // drawn as an empty mark where it stands
                open_mark(out, i, &quotes[i], speakers);
                out.push_str("</mark>");
            } else {
                open.push(i);
            }
            next += 1;
        }
        for &i in &open {
            open_mark(out, i, &quotes[i], speakers);
        }
        out.push_str(&escape(&text[start..end]));
        for _ in &open {
            out.push_str("</mark>");
        }
    }
    for &i in &order[next..] {
        open_mark(out, i, &quotes[i], speakers);
        out.push_str("</mark>");
    }
}

fn open_mark(out: &mut String, index: usize, q: &Quote, speakers: &[(String, usize)]) {
    let speaker = q.speaker.as_ref().map(|s| s.name.as_str());
    let mut class = String::new();
    let mut style = String::new();
    match speaker.and_then(|name| speakers.iter().position(|(n, _)| n == name)) {
        _ if q.kind == QuoteKind::Scare => class.push_str("scare"),
        Some(i) => style = format!(" style=\"--c:{}\"", colour(i)),
        None => class.push_str("nobody"),
    }
    if q.confidence < LOW_CONFIDENCE {
        class.push_str(if class.is_empty() { "low" } else { " low" });
    }
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(" class=\"{class}\"")
    };
    let _ = write!(
        out,
        "<mark{class}{style} data-record=\"{index}\" data-kind=\"{kind}\" data-rule=\"{rule}\" \
         data-speaker=\"{speaker}\" data-confidence=\"{conf}\" title=\"{title}\">",
        kind = q.kind.as_str(),
        rule = escape(&q.rule),
        speaker = escape(speaker.unwrap_or_default()),
        conf = q.confidence,
        title = escape(&summary(index, q)),
    );
}

/// What a highlight's tooltip says.
fn summary(index: usize, q: &Quote) -> String {
    let mut s = format!("#{index} {}", q.kind.as_str());
    if let Some(sp) = &q.speaker {
        let _ = write!(s, " · {} ({})", sp.name, sp.resolution.as_str());
    }
    if let Some(c) = &q.cue {
        let _ = write!(s, " · cue “{}”", c.text);
    }
    let _ = write!(s, " · confidence {} · {}", q.confidence, q.rule);
    s
}

fn records_table(out: &mut String, quotes: &[Quote], speakers: &[(String, usize)]) {
    if quotes.is_empty() {
        return;
    }
    out.push_str(
        "<table class=\"records\"><thead><tr><th>#</th><th>kind</th><th>quote</th><th>speaker</th>\
         <th>cue</th><th>affiliation</th><th>confidence</th><th>rule</th></tr></thead><tbody>\n",
    );
    for (i, q) in quotes.iter().enumerate() {
        let speaker = match &q.speaker {
            Some(s) => {
                let at = speakers.iter().position(|(n, _)| *n == s.name).unwrap_or(0);
                format!(
                    "<span class=\"swatch\" style=\"--c:{}\"></span>{} <small>({})</small>",
                    colour(at),
                    escape(&s.name),
                    s.resolution.as_str()
                )
            }
            None => "—".to_string(),
        };
        let affiliation = q.affiliation.as_ref().map_or(String::new(), |a| {
            let parts: Vec<&str> = [a.organization.as_deref(), a.role.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            escape(&parts.join("; "))
        });
        let level = if q.confidence < LOW_CONFIDENCE {
            "low"
        } else if q.confidence < HIGH_CONFIDENCE {
            "mid"
        } else {
            "high"
        };
        let _ = writeln!(
            out,
            "<tr data-row=\"{i}\"><td>{i}</td><td>{kind}</td><td>{text}</td><td>{speaker}</td><td>{cue}</td>\
             <td>{affiliation}</td><td class=\"conf {level}\">{conf:.2}</td><td>{rule}</td></tr>",
            kind = q.kind.as_str(),
            text = escape(&shorten(&q.text, 160)),
            cue = escape(q.cue.as_ref().map_or("", |c| c.text.as_str())),
            conf = q.confidence,
            rule = escape(&q.rule),
        );
    }
    out.push_str("</tbody></table>\n");
}

/// `text` cut to about `max` chars, with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// Text made safe for HTML content and attribute values.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn shortens_on_char_boundaries() {
        assert_eq!(shorten("ééé", 2), "éé…");
        assert_eq!(shorten("ab", 2), "ab");
    }
}
