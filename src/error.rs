//! The crate's one error type.

use std::fmt;

/// An error from building an [`Extractor`](crate::Extractor) or from decoding
/// bytes with [`extract_bytes`](crate::Extractor::extract_bytes).
///
/// Extraction from a `&str` never fails; see [`ErrorKind`] for what can.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input bytes are not UTF-8: the first invalid sequence starts at
    /// byte `position`.
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        position: usize,
    },
    /// A rule id given to the configuration names no rule.
    UnknownRule(String),
    /// A configuration value is out of its range.
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

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::InvalidUtf8 { position } => {
                write!(f, "invalid UTF-8 at byte {position}")
            }
            ErrorKind::UnknownRule(id) => write!(f, "unknown rule id {id:?}"),
            ErrorKind::InvalidConfig(msg) => write!(f, "invalid configuration: {msg}"),
        }
    }
}

impl std::error::Error for Error {}
