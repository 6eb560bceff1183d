//! The integration tests: one binary, one module a subject.

mod api;
mod founding_article;
mod hostile;
mod marks;
mod patterns;
mod properties;
mod reported;
mod resolution;
mod rules;

#[cfg(feature = "cli")]
mod cli;
#[cfg(feature = "cli")]
mod formats;

/// The span of the only occurrence of `needle` in `text` (panics when it is
/// missing or not unique): exact spans without counting bytes by hand.
pub fn only(text: &str, needle: &str) -> quote_attribution::Span {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    assert!(
        text[start + needle.len()..].find(needle).is_none(),
        "{needle:?} is not unique in {text:?}"
    );
    quote_attribution::Span::new(start, start + needle.len())
}

/// Reads a fixture from `tests/data/`.
pub fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
