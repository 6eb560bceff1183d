//! Configuration: what an [`Extractor`](crate::Extractor) is set to do.

/// Settings for an [`Extractor`](crate::Extractor). Build one with
/// [`Extractor::builder`](crate::Extractor::builder).
///
/// New settings may be added in any release: start from
/// `Config::default()` (or the builder), never from a struct literal.
///
/// ```
/// use quote_attribution::{Config, ExtractorBuilder};
/// let mut config = Config::default();
/// config.indirect = false;
/// let extractor = ExtractorBuilder::from_config(config).build().unwrap();
/// assert!(!extractor.config().indirect);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Config {
    /// Longest quote kept whole, in bytes; longer quotes are cut and reported
    /// ([`DiagnosticKind::QuoteTruncated`](crate::DiagnosticKind::QuoteTruncated)).
    /// Default 20,000.
    pub max_quote_len: usize,
    /// Longest document read, in bytes; the rest is reported
    /// ([`DiagnosticKind::DocumentTruncated`](crate::DiagnosticKind::DocumentTruncated)).
    /// Default 64 MiB.
    pub max_document_len: usize,
    /// Records below this confidence are dropped. Default 0.
    pub min_confidence: f64,
    /// Whether reported speech without marks is returned as `Indirect`
    /// records. Default true.
    pub indirect: bool,
    /// Whether scare quotes are returned (as `Scare` records). Default true.
    pub scare_quotes: bool,
    /// Ids of rules switched off (see [`rules::all`](crate::rules::all)).
    pub disabled_rules: Vec<String>,
    /// Whether a quotation split by its attribution (“Q1,” X said. “Q2”) is
    /// one record rather than one per part. Default false: one record per
    /// part. When true, a part that only continues the speaker of the quote
    /// before it in its paragraph joins that record: its span (and `text`)
    /// then runs from the first part to the last, the attribution between
    /// included, and its `fragments` are the parts. Reported speech between
    /// the parts ("…, X said, adding that … . “Q2”") stays a record of its
    /// own, inside the joined span. The convention
    /// of attribution corpora such as PolNeAR and PARC, which annotate one
    /// content per act of speech.
    pub join_split_quotes: bool,
    /// Whether reported speech is every attribution — beliefs, findings,
    /// perceptions, plans ("officials believe …", "the study found …",
    /// "she plans to …") — as attribution corpora such as PolNeAR annotate,
    /// rather than statements alone ("the ministry said that …"). Default
    /// false: `Indirect` records are statements. Quotations in marks are
    /// reported whatever their cue. It also sets what a confidence is the
    /// chance of (see [`Quote::confidence`](crate::Quote::confidence)): the
    /// source as the text gives it, rather than the person who said it.
    pub all_attributions: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            max_quote_len: 20_000,
            max_document_len: 64 << 20,
            min_confidence: 0.0,
            indirect: true,
            scare_quotes: true,
            disabled_rules: Vec::new(),
            join_split_quotes: false,
            all_attributions: false,
        }
    }
}
