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

/// A word of at most [`PACKED_MAX`] bytes as a key that compares without
/// reading the word again: its first and last eight bytes (overlapping in a
/// shorter word, or its first, middle and last byte in one of three bytes at
/// most) and its length. Together these hold every byte of the word.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Packed {
    lo: u64,
    hi: u64,
    len: usize,
}

/// The longest word [`Packed`] holds.
const PACKED_MAX: usize = 16;

impl Packed {
    #[inline]
    fn of(w: &[u8]) -> Option<Packed> {
        let n = w.len();
        let u32_at = |i: usize| {
            w.get(i..i + 4)
                .and_then(|b| b.try_into().ok())
                .map(u32::from_le_bytes)
        };
        let u64_at = |i: usize| {
            w.get(i..i + 8)
                .and_then(|b| b.try_into().ok())
                .map(u64::from_le_bytes)
        };
        let (lo, hi) = match n {
            0 => (0, 0),
            1..=3 => {
                let byte = |i: usize| u64::from(w[i]);
                (byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16, 0)
            }
            4..=7 => (u64::from(u32_at(0)?), u64::from(u32_at(n - 4)?)),
            8..=PACKED_MAX => (u64_at(0)?, u64_at(n - 8)?),
            _ => return None,
        };
        Some(Packed { lo, hi, len: n })
    }

    /// The key's hash: one folded 128-bit multiply of its two halves.
    #[inline]
    fn mix(&self) -> u64 {
        let a = self.lo ^ 0x243f_6a88_85a3_08d3;
        let b = self.hi ^ (self.len as u64).rotate_right(8) ^ 0x1319_8a2e_0370_7344;
        let m = u128::from(a) * u128::from(b);
        (m as u64) ^ ((m >> 64) as u64)
    }
}

impl std::hash::Hash for Packed {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.mix());
    }
}

/// The hasher of [`Packed`] keys, which hash themselves: it keeps the one
/// `u64` it is given.
#[derive(Default, Clone, Copy)]
struct PackedHasher(u64);

impl Hasher for PackedHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // (only `write_u64` is called; any other input still hashes)
        let mut w = WordHasher(self.0);
        w.write(bytes);
        self.0 = w.finish();
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.0 = i;
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map from the words of lists to values, for the lookups made once a
/// token: a word of [`PACKED_MAX`] bytes or fewer is found by comparing two
/// machine words in a small bucket, never by following a pointer to the
/// listed spelling; the values stand apart in one vector.
pub(crate) struct PackedWordMap<V> {
    short: HashMap<Packed, u32, BuildHasherDefault<PackedHasher>>,
    long: WordMap<u32>,
    keys: Vec<&'static str>,
    values: Vec<V>,
}

impl<V> Default for PackedWordMap<V> {
    fn default() -> Self {
        PackedWordMap {
            short: HashMap::default(),
            long: WordMap::default(),
            keys: Vec::new(),
            values: Vec::new(),
        }
    }
}

impl<V> PackedWordMap<V> {
    /// An empty map with room for `n` words.
    pub(crate) fn with_capacity(n: usize) -> Self {
        PackedWordMap {
            short: HashMap::with_capacity_and_hasher(n, BuildHasherDefault::default()),
            long: WordMap::default(),
            keys: Vec::with_capacity(n),
            values: Vec::with_capacity(n),
        }
    }

    /// The value of `word` (exact spelling), if listed.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        let i = match Packed::of(word.as_bytes()) {
            Some(key) => self.short.get(&key),
            None => self.long.get(word),
        }?;
        self.values.get(*i as usize)
    }

    /// The words listed, in the order they were first inserted.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.keys.iter().copied()
    }

    /// The value of `word`, made by `make` if the word has none yet.
    pub(crate) fn get_or_insert_with(
        &mut self,
        word: &'static str,
        make: impl FnOnce() -> V,
    ) -> &mut V {
        let next = u32::try_from(self.values.len()).expect("fewer than 2^32 listed words");
        let i = match Packed::of(word.as_bytes()) {
            Some(key) => *self.short.entry(key).or_insert(next),
            None => *self.long.entry(word).or_insert(next),
        };
        if i == next {
            self.keys.push(word);
            self.values.push(make());
        }
        &mut self.values[i as usize]
    }
}

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

/// `f` of `word` lowercased, for a word with ASCII capitals (ASCII on the
/// stack; a word with other chars through Unicode lowercasing); `None` for
/// a word without.
pub(crate) fn with_lowercase<T>(word: &str, f: impl FnOnce(&str) -> T) -> Option<T> {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    Some(if word.is_ascii() {
        with_ascii_lowercase(word, f)
    } else {
        f(&word.to_lowercase())
    })
}

/// `find(word)`, or, for a word with capitals that `find` does not know,
/// `find` of it lowercased ([`with_lowercase`]).
pub(crate) fn find_any_case<T>(word: &str, find: impl Fn(&str) -> Option<T>) -> Option<T> {
    find(word).or_else(|| with_lowercase(word, &find).flatten())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_words_are_told_apart_by_every_byte_and_their_length() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "acb",
            "abcd",
            "abdc",
            "abcde",
            "abcdf",
            "aaaaaaaa",
            "aaaaaaaaa",
            "aaaaaaaaaa",
            "abcdefghijklmnop",
            "abcdefghijklmnoq",
            "abcdefghXjklmnop",
            "a much longer word than sixteen bytes",
            "a much longer word than sixteen byteZ",
        ];
        let mut map: PackedWordMap<usize> = PackedWordMap::default();
        for (i, w) in words.iter().enumerate() {
            *map.get_or_insert_with(w, || i) = i;
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(map.get(w), Some(&i), "{w:?}");
        }
        assert_eq!(map.get("abcdefghijklmnoX"), None);
        assert_eq!(map.get("aaaaaaaaaaa"), None);
        assert_eq!(map.keys().count(), words.len());
        // (the first value made stays: a word inserted again keeps its value)
        assert_eq!(*map.get_or_insert_with("ab", || 99), 2);
    }
}
