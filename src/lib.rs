//! Who said what: quotations in news text, with their speakers.
//!
//! ```
//! let text = "“We will not back down,” the Riverside Union’s Dana Whitfield, \
//!             a veteran organiser, told reporters. “Not this time.”";
//! let quotes = quote_attribution::extract(text);
//! assert_eq!(quotes.len(), 2);
//!
//! let q = &quotes[0];
//! assert_eq!(q.text, "We will not back down,");
//! assert_eq!(&text[q.span], q.text);
//! let speaker = q.speaker.as_ref().unwrap();
//! assert_eq!(speaker.name, "Dana Whitfield");
//! let affiliation = q.affiliation.as_ref().unwrap();
//! assert_eq!(affiliation.organization.as_deref(), Some("Riverside Union"));
//! assert_eq!(affiliation.role.as_deref(), Some("veteran organiser"));
//! assert_eq!(q.cue.as_ref().unwrap().text, "told");
//!
//! // the second quote continues the same speaker
//! assert_eq!(quotes[1].speaker.as_ref().unwrap().name, "Dana Whitfield");
//! assert_eq!(quotes[1].rule, "continuation-same-paragraph");
//! ```
//!
//! # Overview
//!
//! [`extract`] takes raw text and returns [`Quote`] records: the quoted text
//! and its [`Span`], its [`QuoteKind`] (direct, partial, indirect, headline,
//! scare), the [`Speaker`] (canonical name and the [`Mention`] that names
//! them at this quote), the [`Affiliation`] (organisation and role as
//! separate fields), the [`Cue`], the [`Context`] (sentence, paragraph and
//! attribution clause), a confidence, and the id of the rule that decided.
//!
//! The pipeline, one module a stage (`src/ARCHITECTURE.md` has the map):
//!
//! 1. text layout: paragraphs, sentences and words with byte offsets, each
//!    word's classes looked up once in the vocabulary (word lists as data
//!    files);
//! 2. quotation marks: straight, curly, low, guillemets, CJK corners and TeX
//!    quotes, told apart from apostrophes and paired on a stack; nested
//!    quotes stay inside; a quote running over several paragraphs is one
//!    quote; an unclosed mark ends at its paragraph end and is reported;
//! 3. speaker rules ([`rules`]): attribution patterns with typed ids
//!    ([`rules::RuleId`]), families and examples;
//! 4. speaker resolution: a per-document registry of people and
//!    organisations that resolves surnames, pronouns and descriptions;
//! 5. records ([`Quote`] and friends) with a calibrated confidence.
//!
//! # Examples
//!
//! Reported speech, and a fragment inside it:
//!
//! ```
//! use quote_attribution::{extract, QuoteKind};
//! let text = "Omar Haddad said the fund would “simply vanish” by spring.";
//! let q = &extract(text)[0];
//! assert_eq!(q.kind, QuoteKind::Partial);
//! assert_eq!(q.text, "the fund would “simply vanish” by spring");
//! assert_eq!(&text[q.fragments[0]], "simply vanish");
//!
//! let q = &extract("The ministry said that prices would rise.")[0];
//! assert_eq!((q.kind, q.text.as_str()), (QuoteKind::Indirect, "prices would rise"));
//! ```
//!
//! Pronouns and surnames resolve to the fullest name, and the record says how:
//!
//! ```
//! use quote_attribution::{extract, Resolution};
//! let text = "Maria Lopez runs the clinic. “We are full,” she said.";
//! let speaker = extract(text)[0].speaker.clone().unwrap();
//! assert_eq!((speaker.name.as_str(), speaker.resolution), ("Maria Lopez", Resolution::Pronoun));
//! assert_eq!(speaker.mention.unwrap().text, "she");
//! ```
//!
//! What could not be paired is reported, not lost:
//!
//! ```
//! use quote_attribution::{DiagnosticKind, Extractor};
//! let ex = Extractor::new().extract_with_diagnostics("He said, “we are going home.\n\nNext day.");
//! assert_eq!(ex.quotes[0].text, "we are going home.");
//! assert_eq!(ex.diagnostics[0].kind, DiagnosticKind::UnclosedMark);
//! ```
//!
//! Offsets for Python (chars) and JavaScript (UTF-16 units):
//!
//! ```
//! use quote_attribution::{extract, CharIndex};
//! let text = "“Ça va,” dit-elle. “We won,” Ana Ortiz said.";
//! let q = &extract(text)[1];
//! let index = CharIndex::new(text);
//! let chars = index.to_chars(q.span);
//! assert_eq!(text.chars().skip(chars.start).take(chars.len()).collect::<String>(), "We won,");
//! ```
//!
//! # Offsets
//!
//! Every span is a byte range into the input text, on char boundaries, so
//! `&text[span]` never panics. Python and JavaScript callers count chars or
//! UTF-16 units instead: [`CharIndex`] converts.
//!
//! # Configuration
//!
//! Build an [`Extractor`] once with [`Extractor::builder`] (which checks
//! the configuration and fails on unknown rule ids), then extract from as many
//! documents as you like, from as many threads as you like.
//!
//! # Errors and diagnostics
//!
//! Extraction from `&str` never fails. Marks that cannot be paired, quotes cut
//! at the length limit and documents cut at the size limit are reported as
//! [`Diagnostic`]s by [`Extractor::extract_with_diagnostics`]; nothing is
//! dropped silently. Bytes that are not UTF-8 give an [`Error`] from
//! [`Extractor::extract_bytes`] naming the position.
//!
//! # Performance
//!
//! One pass over the text for marks, one for words, with work proportional to
//! the text: no input makes it slower than linear. On news text one core of
//! this project's (shared) machine extracts about 27 MB/s with reported
//! speech, 43 MB/s without ([`Config::indirect`]); `benches/` and the
//! README's Performance section have the figures and the commands behind
//! them. [`Extractor::for_each_quote`] hands records on
//! as they become final, so memory stays flat on texts of any length.
//!
//! # Features
//!
//! - `serde`: `Serialize`/`Deserialize` for every record type.
//! - `cli`: the `quote-attribution` command-line tool (JSON and JSON Lines
//!   in; JSON, CSV, a table of speakers or an HTML review page out), and the
//!   `jsonl` module it reads and writes with.
//!
//! The Python package `quote_attribution` (`bindings/python`, a workspace
//! member) wraps this crate.
//!
//! # Limits
//!
//! English news text; rules, not a parser: long-distance and nested
//! attributions, and speakers named only by a description far away, can be
//! missed. A speaker the text does not name is `None`, not a guess. A
//! headline quote takes the speaker of a body quote that repeats it, and a
//! headline "Name: …" names its speaker only when the story names them,
//! within 64 KiB after the headline.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod builder;
mod config;
mod error;
mod extractor;
#[cfg(feature = "cli")]
pub mod jsonl;
mod marks;
mod record;
mod resolve;
pub mod rules;
mod span;
mod text;
mod vocab;

pub use builder::ExtractorBuilder;
pub use config::Config;
pub use error::{Error, ErrorKind};
pub use extractor::Extractor;
pub use record::{
    Affiliation, Context, Cue, Diagnostic, DiagnosticKind, EntityKind, Extraction, Mention, Quote,
    QuoteKind, Resolution, Speaker,
};
pub use span::{CharIndex, Span};
pub use vocab::lexicon::CueClass;

use once_cell::sync::Lazy;

static DEFAULT: Lazy<Extractor> = Lazy::new(Extractor::new);

/// The quotes of `text` with the default configuration.
///
/// ```
/// let quotes = quote_attribution::extract("\"It works,\" she said.");
/// assert_eq!(quotes[0].text, "It works,");
/// ```
pub fn extract(text: &str) -> Vec<Quote> {
    DEFAULT.extract(text)
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
