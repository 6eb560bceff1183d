//! `quote-attribution`: quotes and speakers from text files or JSON Lines.
//!
//! ```text
//! quote-attribution [OPTIONS] [FILE ...]          one JSON object a file: {"file", "quotes", "diagnostics"}
//! quote-attribution --jsonl [OPTIONS] [FILE ...]  one {"id", "text"} a line in, one {"id", "quotes"} a line out
//! ```
//! With no FILE, or FILE `-`, standard input is read.

use quote_attribution::{CharIndex, Extractor, Quote};
use serde_json::{json, Value};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;
use std::sync::mpsc;

const USAGE: &str = "\
quote-attribution: who said what in news text

USAGE:
    quote-attribution [OPTIONS] [FILE ...]
    quote-attribution --jsonl [OPTIONS] [FILE ...]

With no FILE, or FILE -, standard input is read.

OPTIONS:
    --jsonl                 read JSON Lines ({\"id\", \"text\"} a line), write {\"id\", \"quotes\"} a line
    --jobs N                with --jsonl: extract on N threads (output stays in input order)
    --skip-bad-lines        with --jsonl: skip malformed lines (counted on standard error) instead of stopping
    --min-confidence X      drop records below confidence X (0 to 1)
    --no-indirect           leave out reported speech without quotation marks
    --no-scare              leave out scare quotes
    --char-offsets          add \"char_span\" and \"utf16_span\" to each record (Python and JavaScript offsets)
    --disable-rule ID       switch a rule off (repeatable)
    --lossy                 replace invalid UTF-8 instead of stopping
    -h, --help              this text
    -V, --version           the version
";

struct Options {
    jsonl: bool,
    jobs: usize,
    skip_bad: bool,
    char_offsets: bool,
    lossy: bool,
    files: Vec<String>,
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("quote-attribution: {msg}");
            ExitCode::from(1)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let mut builder = Extractor::builder();
    let mut opts = Options { jsonl: false, jobs: 1, skip_bad: false, char_offsets: false, lossy: false, files: Vec::new() };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return Ok(ExitCode::SUCCESS);
            }
            "-V" | "--version" => {
                println!("quote-attribution {}", env!("CARGO_PKG_VERSION"));
                return Ok(ExitCode::SUCCESS);
            }
            "--jsonl" => opts.jsonl = true,
            "--skip-bad-lines" => opts.skip_bad = true,
            "--char-offsets" => opts.char_offsets = true,
            "--lossy" => opts.lossy = true,
            "--no-indirect" => builder = builder.indirect(false),
            "--no-scare" => builder = builder.scare_quotes(false),
            "--jobs" => {
                let v = value("--jobs")?;
                opts.jobs = v.parse().ok().filter(|&n| n > 0).ok_or_else(|| format!("--jobs takes a whole number above 0, not {v:?}"))?;
            }
            "--min-confidence" => {
                let v = value("--min-confidence")?;
                let x: f32 = v.parse().map_err(|_| format!("--min-confidence takes a number, not {v:?}"))?;
                builder = builder.min_confidence(x);
            }
            "--disable-rule" => builder = builder.disable_rule(&value("--disable-rule")?),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s}\n\n{USAGE}")),
            _ => opts.files.push(a),
        }
    }
    let extractor = builder.build().map_err(|e| e.to_string())?;
    if opts.files.is_empty() {
        opts.files.push("-".into());
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut skipped = 0usize;
    for file in &opts.files {
        let name = if file == "-" { "<stdin>" } else { file.as_str() };
        let input: Box<dyn Read> = if file == "-" {
            Box::new(io::stdin())
        } else {
            Box::new(std::fs::File::open(file).map_err(|e| format!("{name}: {e}"))?)
        };
        if opts.jsonl {
            skipped += jsonl(&extractor, &opts, name, BufReader::with_capacity(1 << 16, input), &mut out)?;
        } else {
            plain(&extractor, &opts, name, input, &mut out)?;
        }
    }
    out.flush().map_err(|e| format!("writing output: {e}"))?;
    if skipped > 0 {
        eprintln!("quote-attribution: skipped {skipped} malformed line(s)");
    }
    Ok(ExitCode::SUCCESS)
}

fn decode(bytes: Vec<u8>, lossy: bool, place: &str) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(format!("{place}: invalid UTF-8 at byte {}", e.utf8_error().valid_up_to())),
    }
}

fn records(extractor: &Extractor, text: &str, char_offsets: bool) -> (Value, Vec<Value>) {
    let ex = extractor.extract_with_diagnostics(text);
    let index = char_offsets.then(|| CharIndex::new(text));
    let quotes = Value::Array(ex.quotes.iter().map(|q| record(q, index.as_ref())).collect());
    let diags = ex.diagnostics.iter().map(|d| serde_json::to_value(d).unwrap_or(Value::Null)).collect();
    (quotes, diags)
}

fn record(q: &Quote, index: Option<&CharIndex>) -> Value {
    let mut v = serde_json::to_value(q).unwrap_or(Value::Null);
    if let (Some(index), Value::Object(map)) = (index, &mut v) {
        map.insert("char_span".into(), serde_json::to_value(index.to_chars(q.span)).unwrap_or(Value::Null));
        map.insert("utf16_span".into(), serde_json::to_value(index.to_utf16(q.span)).unwrap_or(Value::Null));
    }
    v
}

fn plain(extractor: &Extractor, opts: &Options, name: &str, mut input: Box<dyn Read>, out: &mut impl Write) -> Result<(), String> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes).map_err(|e| format!("{name}: {e}"))?;
    let text = decode(bytes, opts.lossy, name)?;
    let (quotes, diags) = records(extractor, &text, opts.char_offsets);
    let obj = json!({"file": name, "quotes": quotes, "diagnostics": diags});
    writeln!(out, "{obj}").map_err(|e| format!("writing output: {e}"))
}

/// One parsed input line: its id and text, or why it is malformed.
fn parse_line(bytes: Vec<u8>, opts: &Options, place: &str) -> Result<(Value, String), String> {
    let line = decode(bytes, opts.lossy, place)?;
    let v: Value = serde_json::from_str(&line).map_err(|e| format!("{place}: not JSON: {e}"))?;
    let text = v.get("text").and_then(Value::as_str).ok_or_else(|| format!("{place}: no string field \"text\""))?;
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    Ok((id, text.to_string()))
}

/// Streams JSON Lines; returns how many malformed lines were skipped.
fn jsonl(extractor: &Extractor, opts: &Options, name: &str, mut input: impl BufRead, out: &mut impl Write) -> Result<usize, String> {
    let mut skipped = 0;
    let mut line_no = 0usize;
    let mut next_line = |skipped: &mut usize| -> Result<Option<(Value, String)>, String> {
        loop {
            let mut buf = Vec::new();
            let n = input.read_until(b'\n', &mut buf).map_err(|e| format!("{name}: {e}"))?;
            if n == 0 {
                return Ok(None);
            }
            line_no += 1;
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match parse_line(buf, opts, &format!("{name}:{line_no}")) {
                Ok(item) => return Ok(Some(item)),
                Err(msg) if opts.skip_bad => {
                    eprintln!("quote-attribution: skipping {msg}");
                    *skipped += 1;
                }
                Err(msg) => return Err(msg),
            }
        }
    };
    let write = |out: &mut dyn Write, id: Value, quotes: Value| -> Result<(), String> {
        writeln!(out, "{}", json!({"id": id, "quotes": quotes})).map_err(|e| format!("writing output: {e}"))
    };
    if opts.jobs <= 1 {
        while let Some((id, text)) = next_line(&mut skipped)? {
            let (quotes, _) = records(extractor, &text, opts.char_offsets);
            write(out, id, quotes)?;
        }
        return Ok(skipped);
    }
    // N workers; a bounded window of lines in flight keeps memory flat and
    // the output in input order.
    let window = opts.jobs * 4;
    std::thread::scope(|scope| -> Result<usize, String> {
        let (work_tx, work_rx) = mpsc::sync_channel::<(usize, String)>(window);
        let work_rx = std::sync::Arc::new(std::sync::Mutex::new(work_rx));
        let (done_tx, done_rx) = mpsc::channel::<(usize, Value)>();
        for _ in 0..opts.jobs {
            let rx = work_rx.clone();
            let tx = done_tx.clone();
            scope.spawn(move || loop {
                let job = match rx.lock() {
                    Ok(guard) => guard.recv(),
                    Err(_) => return,
                };
                let Ok((seq, text)) = job else { return };
                let (quotes, _) = records(extractor, &text, opts.char_offsets);
                if tx.send((seq, quotes)).is_err() {
                    return;
                }
            });
        }
        drop(done_tx);
        let mut ids = std::collections::VecDeque::new();
        let mut pending = std::collections::BTreeMap::new();
        let (mut sent, mut written) = (0usize, 0usize);
        let mut drain = |pending: &mut std::collections::BTreeMap<usize, Value>, ids: &mut std::collections::VecDeque<Value>, written: &mut usize, out: &mut dyn Write| -> Result<(), String> {
            while let Some(q) = pending.remove(written) {
                let id = ids.pop_front().unwrap_or(Value::Null);
                write(out, id, q)?;
                *written += 1;
            }
            Ok(())
        };
        while let Some((id, text)) = next_line(&mut skipped)? {
            while sent - written >= window {
                let (seq, q) = done_rx.recv().map_err(|_| "a worker thread stopped".to_string())?;
                pending.insert(seq, q);
                drain(&mut pending, &mut ids, &mut written, out)?;
            }
            ids.push_back(id);
            work_tx.send((sent, text)).map_err(|_| "a worker thread stopped".to_string())?;
            sent += 1;
        }
        drop(work_tx);
        while written < sent {
            let (seq, q) = done_rx.recv().map_err(|_| "a worker thread stopped".to_string())?;
            pending.insert(seq, q);
            drain(&mut pending, &mut ids, &mut written, out)?;
        }
        Ok(skipped)
    })
}
