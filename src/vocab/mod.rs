//! The vocabulary: every word list the crate knows, as plain text files
//! beside this module (one entry a line, `#` starts a comment), parsed once
//! into lookup tables.
//!
//! A leaf layer: it imports nothing of the crate, and both the text layout
//! (`text/`: abbreviations that do not end a sentence) and the rules read it.
//! To teach the crate a word, edit a `.txt` file here, not code.

pub(crate) mod classes;
pub(crate) mod endings;
pub(crate) mod lexeme;
pub(crate) mod lexicon;
pub(crate) mod table;

pub(crate) use classes::Class;
pub(crate) use endings::Endings;
pub(crate) use lexeme::{lexeme, Lexeme};
