//! Configuration, and the builder that checks it (`Extractor::builder`
//! lives here, so that the extractor need not know its builder).

use crate::error::{Error, ErrorKind};
use crate::extractor::Extractor;

/// Settings for an [`Extractor`]. Build one with [`Extractor::builder`].
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
        }
    }
}

impl Extractor {
    /// A builder to configure an extractor.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }
}

/// Builds an [`Extractor`], checking the configuration.
///
/// ```
/// use quote_attribution::Extractor;
/// let extractor = Extractor::builder()
///     .min_confidence(0.5)
///     .disable_rule("continuation-next-paragraph")
///     .build()
///     .unwrap();
/// assert!(Extractor::builder().disable_rule("no-such-rule").build().is_err());
/// # let _ = extractor;
/// ```
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    config: Config,
}

impl ExtractorBuilder {
    /// A builder with the default configuration.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// A builder starting from `config`.
    pub fn from_config(config: Config) -> ExtractorBuilder {
        ExtractorBuilder { config }
    }

    /// Sets [`Config::max_quote_len`].
    pub fn max_quote_len(mut self, bytes: usize) -> Self {
        self.config.max_quote_len = bytes;
        self
    }

    /// Sets [`Config::max_document_len`].
    pub fn max_document_len(mut self, bytes: usize) -> Self {
        self.config.max_document_len = bytes;
        self
    }

    /// Sets [`Config::min_confidence`].
    pub fn min_confidence(mut self, confidence: f64) -> Self {
        self.config.min_confidence = confidence;
        self
    }

    /// Sets [`Config::indirect`].
    pub fn indirect(mut self, yes: bool) -> Self {
        self.config.indirect = yes;
        self
    }

    /// Sets [`Config::scare_quotes`].
    pub fn scare_quotes(mut self, yes: bool) -> Self {
        self.config.scare_quotes = yes;
        self
    }

    /// Sets [`Config::join_split_quotes`].
    pub fn join_split_quotes(mut self, yes: bool) -> Self {
        self.config.join_split_quotes = yes;
        self
    }

    /// Switches off the rule with this id.
    pub fn disable_rule(mut self, id: &str) -> Self {
        self.config.disabled_rules.push(id.to_string());
        self
    }

    /// Checks the configuration and builds the extractor.
    ///
    /// Fails on an unknown rule id, a confidence outside `[0, 1]`, or a zero
    /// length limit.
    pub fn build(self) -> Result<Extractor, Error> {
        let c = &self.config;
        if !(0.0..=1.0).contains(&c.min_confidence) {
            return Err(Error::new(ErrorKind::InvalidConfig(format!(
                "min_confidence {} is not in [0, 1]",
                c.min_confidence
            ))));
        }
        if c.max_quote_len == 0 || c.max_document_len == 0 {
            return Err(Error::new(ErrorKind::InvalidConfig(
                "length limits must be above zero".into(),
            )));
        }
        for id in &c.disabled_rules {
            if crate::rules::get(id).is_none() {
                return Err(Error::new(ErrorKind::UnknownRule(id.clone())));
            }
        }
        Ok(Extractor::from_checked(self.config))
    }
}
