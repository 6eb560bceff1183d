//! `--format speakers`: one row a speaker a document, the table that
//! source-diversity audits start from.

use crate::DocumentOut;
use quote_attribution::QuoteKind;

/// The header line (CSV, as `--format csv`).
pub fn header() -> String {
    "document,speaker,entity,quotes,direct,partial,indirect,headline,scare,mentions\r\n".to_string()
}

/// Everything one speaker of one document is credited with.
struct Tally {
    name: String,
    entity: &'static str,
    by_kind: [usize; 5],
    mentions: Vec<String>,
}

/// The rows of one document: a speaker a row, in order of their first
/// record; records without a speaker (most scare quotes) are counted
/// nowhere.
pub fn document(doc: &DocumentOut<'_>) -> String {
    let mut tallies: Vec<Tally> = Vec::new();
    for q in doc.quotes {
        let Some(speaker) = &q.speaker else { continue };
        let entity = speaker.entity.as_str();
        let at = match tallies
            .iter()
            .position(|t| t.name == speaker.name && t.entity == entity)
        {
            Some(at) => at,
            None => {
                tallies.push(Tally {
                    name: speaker.name.clone(),
                    entity,
                    by_kind: [0; 5],
                    mentions: Vec::new(),
                });
                tallies.len() - 1
            }
        };
        let tally = &mut tallies[at];
        let column = match q.kind {
            QuoteKind::Direct => 0,
            QuoteKind::Partial => 1,
            QuoteKind::Indirect => 2,
            QuoteKind::Headline => 3,
            _ => 4,
        };
        tally.by_kind[column] += 1;
        if let Some(m) = &speaker.mention {
            if !tally.mentions.contains(&m.text) {
                tally.mentions.push(m.text.clone());
            }
        }
    }
    let mut out = String::new();
    for t in tallies {
        let total: usize = t.by_kind.iter().sum();
        let [direct, partial, indirect, headline, scare] = t.by_kind;
        let fields = [
            doc.id.to_string(),
            t.name,
            t.entity.to_string(),
            total.to_string(),
            direct.to_string(),
            partial.to_string(),
            indirect.to_string(),
            headline.to_string(),
            scare.to_string(),
            t.mentions.join("; "),
        ];
        out.push_str(&crate::csv::line(&fields));
    }
    out
}
