//! Throughput of extraction on real news text, against a bare scan of the
//! same bytes for quotation marks (the floor any extractor stands on), and
//! on hostile inputs at 1 MB and 10 MB (cost must stay linear).
//!
//! News text: the founding article (in `tests/data/`), and about 4 MB
//! assembled from the texts of `../shared/eval/polnear/train.jsonl`, read at
//! run time (the articles are not ours to ship); when that file is absent
//! the news benches say so and are skipped.
//!
//! `cargo bench --bench throughput`

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use quote_attribution::Extractor;
use std::time::Duration;

fn founding_article() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/huawei-claw-them-back.txt"
    ))
    .expect("tests/data/huawei-claw-them-back.txt")
}

/// About `target` bytes of news: PolNeAR train texts, blank line between
/// articles, repeated if needed.
fn polnear_news(target: usize) -> Option<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/eval/polnear/train.jsonl"
    );
    let data = match std::fs::read_to_string(path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("note: {path} is not readable ({e}); the PolNeAR news benches are skipped");
            return None;
        }
    };
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_owned))
        .collect();
    if texts.is_empty() {
        eprintln!("note: {path} holds no texts; the PolNeAR news benches are skipped");
        return None;
    }
    let mut out = String::with_capacity(target + 64 * 1024);
    'fill: loop {
        for t in &texts {
            out.push_str(t);
            out.push_str("\n\n");
            if out.len() >= target {
                break 'fill;
            }
        }
    }
    Some(out)
}

/// The floor: find every byte that can start a quotation mark.
fn bare_scan(text: &str) -> usize {
    memchr::memchr3_iter(b'"', b'\'', 0xE2, text.as_bytes()).count()
}

fn news(c: &mut Criterion) {
    let ex = Extractor::new();
    let mut group = c.benchmark_group("news");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    let article = founding_article();
    let mut inputs = vec![("founding-article", article)];
    if let Some(n) = polnear_news(4 << 20) {
        inputs.push(("polnear-4MB", n));
    }
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("extract", name), text, |b, t| {
            b.iter(|| ex.extract(black_box(t)))
        });
        group.bench_with_input(BenchmarkId::new("bare-scan", name), text, |b, t| {
            b.iter(|| bare_scan(black_box(t)))
        });
    }
    group.finish();
}

/// Inputs that would expose anything worse than linear, at 1 MB and 10 MB.
fn hostile_inputs(size: usize) -> Vec<(&'static str, String)> {
    let fill = |unit: &str| unit.repeat(size / unit.len());
    vec![
        ("straight-quotes", fill("\"")),
        ("unclosed-curly", fill("“")),
        (
            "deep-nests",
            fill(&format!("{}x{} ", "“".repeat(1000), "”".repeat(1000))),
        ),
        ("no-punctuation-line", fill("he said that we ")),
        (
            "apostrophes",
            fill("it's rock 'n' roll, Jones' cow, we’re ’90s "),
        ),
        ("mark-every-few-bytes", fill("“a,” b said. ")),
        (
            "no-marks",
            fill("The committee met on Tuesday and voted to adjourn. "),
        ),
        ("right-marks-only", fill("” a ")),
        (
            "crlf-nul-bom-scripts",
            fill("\u{feff}“We won,”\r\nsaid Ana Ortiz.\r\n\r\n\0«Привет», сказал он. “שלום,” she said. 「你好」 مرحبا\r\n"),
        ),
    ]
}

fn hostile(c: &mut Criterion) {
    let ex = Extractor::new();
    let mut group = c.benchmark_group("hostile");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for size in [1 << 20, 10 << 20] {
        for (name, text) in hostile_inputs(size) {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(name, format!("{}MB", size >> 20)),
                &text,
                |b, t| b.iter(|| ex.extract(black_box(t))),
            );
        }
    }
    group.finish();
}

criterion_group!(benches, news, hostile);
criterion_main!(benches);
