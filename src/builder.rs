//! The builder that checks a [`Config`] and makes an [`Extractor`] of it.
//! `Extractor::builder` lives here, so that the extractor need not know its
//! builder.

use crate::config::Config;
use crate::error::{Error, ErrorKind};
use crate::extractor::Extractor;

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

    /// Sets [`Config::all_attributions`].
    pub fn all_attributions(mut self, yes: bool) -> Self {
        self.config.all_attributions = yes;
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
