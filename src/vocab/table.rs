//! The tables the word lists are loaded into, and how a list file is read:
//! one entry a line, `#` starting a comment line.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A fast hasher for looking words up in the fixed lists (the multiply-rotate
/// of rustc's FxHash). The lists never take keys from input, so a hash
/// flooding attack has nothing to fill.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // (byte by byte: a copy of a few bytes is a call to memcpy)
            let w = rest
                .iter()
                .rev()
                .fold(0u64, |w, &b| (w << 8) | u64::from(b));
            self.add(w);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by the words of a list.
pub(crate) type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<WordHasher>>;
/// A set of the words of a list.
pub(crate) type WordSet = HashSet<&'static str, BuildHasherDefault<WordHasher>>;

/// The entries of a list file: its lines, trimmed, without blank lines and
/// comments.
pub(crate) fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// `f` of `word` with its ASCII capitals lowercased, on the stack for short
/// words ("In" and "IN" are "in"; other chars stay as they are).
pub(crate) fn with_ascii_lowercase<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    let mut buf = [0u8; 32];
    match buf.get_mut(..word.len()) {
        Some(lower) => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            // (ASCII lowercasing keeps UTF-8 valid)
            f(std::str::from_utf8(lower).unwrap_or(word))
        }
        None => f(&word.to_ascii_lowercase()),
    }
}

/// `find(word)`, or, for a word with capitals that `find` does not know,
/// `find` of it lowercased (ASCII on the stack; a word with other chars
/// through Unicode lowercasing).
pub(crate) fn find_any_case<T>(word: &str, find: impl Fn(&str) -> Option<T>) -> Option<T> {
    if let Some(v) = find(word) {
        return Some(v);
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    if !word.is_ascii() {
        return find(&word.to_lowercase());
    }
    with_ascii_lowercase(word, find)
}
