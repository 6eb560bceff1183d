//! The crate's one error type: opaque, with a `#[non_exhaustive]` kind.

/// An error from building an [`Extractor`](crate::Extractor) or from decoding
/// bytes with [`extract_bytes`](crate::Extractor::extract_bytes).
///
/// Extraction from a `&str` never fails; see [`ErrorKind`] for what can.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(transparent)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input bytes are not UTF-8: the first invalid sequence starts at
    /// byte `position`.
    #[error("invalid UTF-8 at byte {position}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        position: usize,
    },
    /// A rule id given to the configuration names no rule.
    #[error("unknown rule id {0:?}")]
    UnknownRule(String),
    /// A configuration value is out of its range.
    #[error("invalid configuration: {0}")]
    InvalidConfig(String),
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}
