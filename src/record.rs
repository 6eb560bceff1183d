//! The records extraction returns: quotes, speakers, affiliations, cues.

use crate::vocab::lexicon::CueClass;
use crate::Span;
use std::borrow::Cow;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// One quotation found in the text, with who said it.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Quote {
    /// The quoted words: `text[span]`.
    pub text: String,
    /// Byte span of the quote. For a marked quote, the quotation marks are
    /// excluded and punctuation inside them is kept. For reported speech, the
    /// reported clause (without a leading "that").
    pub span: Span,
    /// What sort of quotation this is.
    pub kind: QuoteKind,
    /// The quoted fragments (inside marks) of a `Partial` or `Indirect` record
    /// whose span is a whole reported clause, or the parts of a quotation
    /// split by its attribution when
    /// [`Config::join_split_quotes`](crate::Config::join_split_quotes) is
    /// set; empty otherwise.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub fragments: Vec<Span>,
    /// Who said it; `None` where the text does not say.
    pub speaker: Option<Speaker>,
    /// The speaker's organisation and role, where the text gives them.
    pub affiliation: Option<Affiliation>,
    /// The word or phrase that marks the speech ("said", "told", "according to").
    pub cue: Option<Cue>,
    /// Where the quote stands.
    pub context: Context,
    /// How often a record like this one is right, in `[0, 1]`, as measured
    /// on annotated news: by default, that the words were said by the
    /// person or organisation the speaker names; with
    /// [`Config::all_attributions`](crate::Config::all_attributions), that
    /// they are attributed to the source the text gives (its mention, as
    /// PolNeAR annotates it).
    pub confidence: f64,
    /// The id of the rule that decided the speaker (see [`rules`](crate::rules)).
    pub rule: Cow<'static, str>,
}

/// The sort of a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// Whole sentences in quotation marks.
    Direct,
    /// A fragment in quotation marks inside a sentence of reported speech.
    Partial,
    /// Reported speech without quotation marks ("X said that ...").
    Indirect,
    /// A quotation in the headline.
    Headline,
    /// A phrase in quotation marks that is nobody's speech (scare quotes,
    /// titles, terms).
    Scare,
}

impl QuoteKind {
    /// The lowercase name used in JSON output.
    pub fn as_str(&self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Headline => "headline",
            QuoteKind::Scare => "scare",
        }
    }
}

/// Who said a quote.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Speaker {
    /// The canonical name: the fullest the document gives ("Malcolm McNeil"
    /// for a later "McNeil", "Doug Keller" for "the mayor"); where no
    /// name is given, the description as the text gives it, article
    /// included ("a source familiar with the talks", "the spokeswoman for
    /// the ministry"); a pronoun nothing resolves, in lowercase ("they"; "I"
    /// stays "I").
    pub name: String,
    /// The words that name the speaker at this quote ("he", "McNeil").
    pub mention: Option<Mention>,
    /// How the mention was tied to the name.
    pub resolution: Resolution,
    /// Whether the speaker is a person, an organisation, a group or a place.
    pub entity: EntityKind,
    /// Evidence the text itself gives about the speaker, up to this quote:
    /// the pronouns it used for them ("she"), in the order first used.
    /// Never guessed from a name.
    #[cfg_attr(feature = "serde", serde(default))]
    pub pronouns: Vec<String>,
    /// Evidence too: the honorific the text gave them ("Ms.", "Dr."), if any.
    #[cfg_attr(feature = "serde", serde(default))]
    pub honorific: Option<String>,
}

/// A mention of a speaker in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Mention {
    /// The mention's words: `text[span]`.
    pub text: String,
    /// Byte span of the mention.
    pub span: Span,
}

/// How a speaker's mention was resolved to their canonical name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Resolution {
    /// The full name stands at the quote.
    Named,
    /// A surname or part of a name given in full earlier.
    PartialName,
    /// A pronoun, resolved to the most salient compatible person or
    /// organisation named earlier.
    Pronoun,
    /// A pronoun with no antecedent in the text.
    UnresolvedPronoun,
    /// A description ("the company", "a spokeswoman") resolved to an entity
    /// named earlier.
    Description,
    /// A description with no named antecedent ("a source").
    Unnamed,
    /// No attribution at the quote: the speaker of the previous quote, or of
    /// the reported speech just before it, goes on.
    Continuation,
    /// A headline quote, given the speaker of the body quote with its words
    /// (the mention is the headline's own use of their surname, if any).
    Headline,
}

impl Resolution {
    /// The snake_case name used in JSON output ("partial_name").
    pub fn as_str(&self) -> &'static str {
        match self {
            Resolution::Named => "named",
            Resolution::PartialName => "partial_name",
            Resolution::Pronoun => "pronoun",
            Resolution::UnresolvedPronoun => "unresolved_pronoun",
            Resolution::Description => "description",
            Resolution::Unnamed => "unnamed",
            Resolution::Continuation => "continuation",
            Resolution::Headline => "headline",
        }
    }
}

/// Whether a speaker is a person, an organisation or a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EntityKind {
    /// A named or described person.
    Person,
    /// An organisation, institution or publication.
    Organization,
    /// A group of people ("officials", "Democrats", "they").
    Group,
    /// A country, province, state or city; speaking, its government or team
    /// ("Ottawa said").
    Place,
    /// Not known.
    Unknown,
}

impl EntityKind {
    /// The snake_case name used in JSON output ("organization").
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Group => "group",
            EntityKind::Place => "place",
            EntityKind::Unknown => "unknown",
        }
    }
}

/// A speaker's organisation and role, as separate fields.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Affiliation {
    /// The organisation ("Hudson Institute", "Foreign Ministry").
    pub organization: Option<String>,
    /// The role or title ("retired Air Force general", "spokeswoman").
    pub role: Option<String>,
}

/// The cue that marks speech.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Cue {
    /// The cue's words: `text[span]` ("said", "told", "according to").
    pub text: String,
    /// Byte span of the cue.
    pub span: Span,
    /// The dictionary form of the cue verb ("say" for "said").
    pub lemma: Cow<'static, str>,
    /// What the cue reports: a statement, a belief, an intention or a
    /// perception. By default reported speech is statements;
    /// `Config::all_attributions` adds the others.
    pub class: CueClass,
}

/// Where a quote stands in the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Context {
    /// The sentence (or sentences) holding the quote and its attribution.
    pub sentence: Span,
    /// The paragraph holding the quote's start.
    pub paragraph: Span,
    /// The attribution clause ("the Hudson Institute’s Rob Spalding, a retired
    /// Air Force general, told the Washington Examiner"), where there is one.
    pub attribution: Option<Span>,
}

/// Something extraction passed over or cut, reported rather than lost.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Diagnostic {
    /// What happened.
    pub kind: DiagnosticKind,
    /// Where it happened.
    pub span: Span,
}

/// The sort of a [`Diagnostic`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// An opening mark with no closing mark: the quote was ended at the end of
    /// its paragraph (the span is the mark).
    UnclosedMark,
    /// A closing mark with no opening mark; it was passed over (the span is the mark).
    UnmatchedClosingMark,
    /// Quotation marks nested deeper than the limit; the inner ones were
    /// passed over (the span is the mark).
    NestingTooDeep,
    /// A quote longer than `Config::max_quote_len` was cut to that length
    /// (the span is the part cut off).
    QuoteTruncated,
    /// The document is longer than `Config::max_document_len`; the rest was
    /// not read (the span is the part not read).
    DocumentTruncated,
}

/// All that one extraction returns: the quotes and the diagnostics.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Extraction {
    /// The quotes, ordered by start.
    pub quotes: Vec<Quote>,
    /// What was passed over or cut, ordered by position.
    pub diagnostics: Vec<Diagnostic>,
}
