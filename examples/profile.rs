//! Runs extraction over a file many times, for profilers:
//! `cargo run --release --example profile -- FILE [ROUNDS]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: profile FILE [ROUNDS]");
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let text = std::fs::read_to_string(&path).expect("a UTF-8 file");
    let indirect = std::env::var("NO_INDIRECT").is_err();
    let ex = quote_attribution::Extractor::builder()
        .indirect(indirect)
        .build()
        .expect("a valid configuration");
    let start = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        n += ex.extract(&text).len();
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{n} quotes, {:.1} MB/s",
        (text.len() * rounds) as f64 / secs / 1e6
    );
}
