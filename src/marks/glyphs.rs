//! The quotation marks this crate reads.

/// Marks pair only with marks of their own family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// `"` “ ” „ ‟ ＂ and TeX's `` ''.
    Double,
    /// `'` ‘ ’ ‚ ‛ and TeX's `.
    Single,
    /// « ».
    Guillemet,
    /// ‹ ›.
    SingleGuillemet,
    /// 「 」.
    Corner,
    /// 『 』.
    WhiteCorner,
}

impl Family {
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// Whether an unclosed mark of this family still makes a quote running
    /// to its paragraph's end. Single marks do not: an unpaired one is far
    /// more often an apostrophe.
    pub(crate) fn quotes_when_unclosed(self) -> bool {
        !matches!(self, Family::Single | Family::SingleGuillemet)
    }
}

/// Which way a glyph leans by its shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lean {
    /// “ ‘ „ ‚ ‛ 「 『 `` `: opens, unless the text around it clearly closes.
    Open,
    /// ” ’ 」 』 '': closes, unless the text around it clearly opens.
    Close,
    /// `"` `'` « » ‹ › ＂: the text around it decides.
    Either,
    /// 」 』: only closes.
    CloseOnly,
    /// 「 『: only opens.
    OpenOnly,
}

/// A quotation mark glyph at some position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Glyph {
    pub family: Family,
    pub lean: Lean,
    /// Length in bytes.
    pub len: usize,
    /// Whether it is the straight apostrophe `'` or the right single mark `’`,
    /// which are far more often apostrophes than quotation marks.
    pub apostrophe_like: bool,
}

const fn g(family: Family, lean: Lean, len: usize) -> Option<Glyph> {
    Some(Glyph {
        family,
        lean,
        len,
        apostrophe_like: false,
    })
}

/// Whether byte `b` can start a quotation mark.
#[inline]
pub(crate) fn may_start_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`' | 0xC2 | 0xE2 | 0xE3 | 0xEF)
}

/// The quotation mark starting at byte `i`, if there is one.
#[inline]
pub(crate) fn glyph_at(bytes: &[u8], i: usize) -> Option<Glyph> {
    use Family::*;
    use Lean::*;
    let b = bytes[i];
    let b1 = bytes.get(i + 1).copied().unwrap_or(0);
    let b2 = bytes.get(i + 2).copied().unwrap_or(0);
    match b {
        b'"' => g(Double, Either, 1),
        b'\'' if b1 == b'\'' => g(Double, Either, 2),
        b'\'' => Some(Glyph {
            family: Single,
            lean: Either,
            len: 1,
            apostrophe_like: true,
        }),
        b'`' if b1 == b'`' => g(Double, Open, 2),
        b'`' => g(Single, Open, 1),
        0xC2 if b1 == 0xAB => g(Guillemet, Either, 2),
        0xC2 if b1 == 0xBB => g(Guillemet, Either, 2),
        0xE2 if b1 == 0x80 => match b2 {
            0x98 | 0x9A | 0x9B => g(Single, Open, 3),
            0x99 => Some(Glyph {
                family: Single,
                lean: Close,
                len: 3,
                apostrophe_like: true,
            }),
            0x9C | 0x9E | 0x9F => g(Double, Open, 3),
            0x9D => g(Double, Close, 3),
            0xB9 | 0xBA => g(SingleGuillemet, Either, 3),
            _ => None,
        },
        0xE3 if b1 == 0x80 => match b2 {
            0x8C => g(Corner, OpenOnly, 3),
            0x8D => g(Corner, CloseOnly, 3),
            0x8E => g(WhiteCorner, OpenOnly, 3),
            0x8F => g(WhiteCorner, CloseOnly, 3),
            _ => None,
        },
        0xEF if b1 == 0xBC && b2 == 0x82 => g(Double, Either, 3),
        _ => None,
    }
}

/// The shape lean of a guillemet: « and ‹ open, » and › close, unless the
/// text around them says otherwise (German »…«).
pub(crate) fn guillemet_lean(bytes: &[u8], i: usize) -> Lean {
    match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
        (0xC2, Some(0xAB), _) | (0xE2, Some(0x80), Some(0xB9)) => Lean::Open,
        _ => Lean::Close,
    }
}

/// The words of a quotation without the marks and white space that end it:
/// `'Vote for her,' "` ends in its comma.
pub(crate) fn trim_marks_end(s: &str) -> &str {
    s.trim_end_matches(|c: char| is_mark_char(c) || c.is_whitespace())
}

/// Whether `c` is a quotation mark char of any family.
#[inline]
pub(crate) fn is_mark_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '«'
            | '»'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '“'
            | '”'
            | '„'
            | '‟'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
            | '＂'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mark_is_known() {
        for (s, fam) in [
            ("\"", Family::Double),
            ("“", Family::Double),
            ("”", Family::Double),
            ("„", Family::Double),
            ("``", Family::Double),
            ("''", Family::Double),
            ("＂", Family::Double),
            ("'", Family::Single),
            ("‘", Family::Single),
            ("’", Family::Single),
            ("‚", Family::Single),
            ("`", Family::Single),
            ("«", Family::Guillemet),
            ("»", Family::Guillemet),
            ("‹", Family::SingleGuillemet),
            ("›", Family::SingleGuillemet),
            ("「", Family::Corner),
            ("」", Family::Corner),
            ("『", Family::WhiteCorner),
            ("』", Family::WhiteCorner),
        ] {
            let glyph = glyph_at(s.as_bytes(), 0).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(glyph.family, fam, "{s}");
            assert_eq!(glyph.len, s.len(), "{s}");
            assert!(may_start_mark(s.as_bytes()[0]));
            assert!(s.chars().all(is_mark_char));
        }
        assert_eq!(glyph_at("—".as_bytes(), 0), None);
        assert_eq!(glyph_at("é".as_bytes(), 0), None);
    }
}
