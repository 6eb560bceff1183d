//! The integration tests: one binary, one module a subject.

mod api;
mod founding_article;
mod hostile;
mod marks;
mod patterns;
mod properties;
mod reported;
mod rules;

#[cfg(feature = "cli")]
mod cli;

/// Reads a fixture from `tests/data/`.
pub fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
