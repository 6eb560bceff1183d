//! Finding the next byte of a small set eight bytes at a time: the front
//! end's scans (paragraph breaks, sentence ends, quotation marks) read every
//! byte of the text, and most bytes are none they look for.

/// `b` in each byte of a word.
const fn splat(b: u8) -> u64 {
    (b as u64) * 0x0101_0101_0101_0101
}

/// The high bit set in each byte of `x` that is zero, and maybe in bytes
/// above a zero byte (a borrow runs up), never below the lowest zero byte.
#[inline]
fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(splat(1)) & !x & splat(0x80)
}

/// The index of the first byte of `bytes[from..to]` that is one of
/// `targets`, or beyond ASCII when `non_ascii` is set; `to` when there is
/// none.
#[inline]
pub(crate) fn find_byte<const N: usize>(
    bytes: &[u8],
    from: usize,
    to: usize,
    targets: [u8; N],
    non_ascii: bool,
) -> usize {
    let to = to.min(bytes.len());
    let hit = |b: u8| targets.contains(&b) || non_ascii && !b.is_ascii();
    let mut i = from;
    while i + 8 <= to {
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[i..i + 8]);
        let x = u64::from_le_bytes(word);
        let mut found = if non_ascii { x & splat(0x80) } else { 0 };
        for t in targets {
            found |= zero_bytes(x ^ splat(t));
        }
        if found != 0 {
            // (the lowest bit set marks the first byte found: little-endian)
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < to && !hit(bytes[i]) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-at-a-time answer.
    fn naive(bytes: &[u8], from: usize, to: usize, targets: &[u8], non_ascii: bool) -> usize {
        (from..to.min(bytes.len()))
            .find(|&i| targets.contains(&bytes[i]) || non_ascii && !bytes[i].is_ascii())
            .unwrap_or(to.min(bytes.len()))
    }

    #[test]
    fn finds_the_first_byte_of_the_set_at_any_offset() {
        let texts: [&[u8]; 5] = [
            b"plain words with no end and more plain words here",
            b"one. two! three? four\nfive \x01\x00\x7f\xff.",
            "“quoted,” she said — and ‘then’ «this» 「that」.".as_bytes(),
            b"\x00\x01\x01\x00\x2e\x2d\x2f\x2e.\x0a",
            b"",
        ];
        for t in texts {
            for from in 0..=t.len() {
                for to in [from, (from + 3).min(t.len()), t.len(), t.len() + 5] {
                    let got = find_byte(t, from, to, [b'.', b'!', b'?', b'\n'], false);
                    assert_eq!(
                        got,
                        naive(t, from, to, b".!?\n", false),
                        "{t:?} {from} {to}"
                    );
                    let got = find_byte(t, from, to, [b'\n', b'"', b'\'', b'`'], true);
                    assert_eq!(
                        got,
                        naive(t, from, to, b"\n\"'`", true),
                        "{t:?} {from} {to}"
                    );
                }
            }
        }
    }
}
