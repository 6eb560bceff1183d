//! `quote-attribution`: quotes and speakers from text files or JSON Lines.
//!
//! ```text
//! quote-attribution [OPTIONS] [FILE ...]          one JSON object a file: {"file", "quotes", "diagnostics"}
//! quote-attribution --jsonl [OPTIONS] [FILE ...]  one {"id", "text"} a line in, one {"id", "quotes"} a line out
//! quote-attribution --format csv|html|speakers …  a table of records, a review page, a table of speakers
//! ```
//! With no FILE, or FILE `-`, standard input is read. One module an output
//! format besides JSON: `csv`, `html`, `speakers`.

mod csv;
mod html;
mod speakers;

use quote_attribution::{jsonl, jsonl::Document, CharIndex, Extractor, Quote};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;
use std::sync::mpsc;

/// The tool builds and frees many small strings for every record it writes;
/// mimalloc serves those faster than the system allocator (3% of the time
/// on PolNeAR train, `farm-bench` alternating).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// What the output looks like.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    /// A JSON object a file, or a JSON line a document (the default).
    Json,
    /// One of the table formats, written a document at a time.
    Table(Table),
}

/// The formats written from a document's finished records.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Table {
    /// A CSV row a record.
    Csv,
    /// A self-contained review page.
    Html,
    /// A CSV row a speaker a document.
    Speakers,
}

/// One document's records, ready to be written in a table format.
pub struct DocumentOut<'a> {
    /// The file name, or the JSON Lines id (a string as it is, other JSON
    /// values as JSON text, the line's position among the documents when
    /// there is none).
    pub id: String,
    /// The document's text.
    pub text: &'a str,
    /// Its records.
    pub quotes: &'a [Quote],
}

const USAGE: &str = "\
quote-attribution: who said what in news text

USAGE:
    quote-attribution [OPTIONS] [FILE ...]
    quote-attribution --jsonl [OPTIONS] [FILE ...]

With no FILE, or FILE -, standard input is read.

OPTIONS:
    --jsonl                 read JSON Lines ({\"id\", \"text\"} a line), write {\"id\", \"quotes\"} a line
    --text-field NAME       with --jsonl: the field holding the text (default \"text\")
    --id-field NAME         with --jsonl: the field holding the document id (default \"id\")
    --format FORMAT         json (the default), csv (a row a record, offsets in chars),
                            html (a self-contained review page), speakers (a row a speaker a document)
    --jobs N                with --jsonl: extract on N threads (output stays in input order)
    --skip-bad-lines        with --jsonl: skip malformed lines (counted on standard error) instead of stopping
    --min-confidence X      drop records below confidence X (0 to 1)
    --no-indirect           leave out reported speech without quotation marks
    --no-scare              leave out scare quotes
    --join-split-quotes     one record for a quotation split by its attribution
                            (“Q1,” X said. “Q2”), as PolNeAR and PARC annotate
    --all-attributions      reported speech is every attribution (beliefs, findings, plans), as PolNeAR
                            annotates; by default it is statements
    --char-offsets          add \"char_span\" and \"utf16_span\" to each record (Python and JavaScript offsets)
    --disable-rule ID       switch a rule off (repeatable)
    --lossy                 replace invalid UTF-8 instead of stopping
    --list-rules            print the rule catalogue (id and description, tab-separated) and stop
    -h, --help              this text
    -V, --version           the version
";

struct Options {
    jsonl: bool,
    format: Format,
    text_field: String,
    id_field: String,
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
    let mut opts = Options {
        jsonl: false,
        format: Format::Json,
        text_field: "text".into(),
        id_field: "id".into(),
        jobs: 1,
        skip_bad: false,
        char_offsets: false,
        lossy: false,
        files: Vec::new(),
    };
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
            "--list-rules" => {
                for rule in quote_attribution::rules::all() {
                    println!("{}\t{}", rule.id, rule.description);
                }
                return Ok(ExitCode::SUCCESS);
            }
            "--jsonl" => opts.jsonl = true,
            "--text-field" => opts.text_field = value("--text-field")?,
            "--id-field" => opts.id_field = value("--id-field")?,
            "--format" => {
                opts.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "csv" => Format::Table(Table::Csv),
                    "html" => Format::Table(Table::Html),
                    "speakers" => Format::Table(Table::Speakers),
                    other => {
                        return Err(format!(
                            "--format takes json, csv, html or speakers, not {other:?}"
                        ))
                    }
                }
            }
            "--skip-bad-lines" => opts.skip_bad = true,
            "--char-offsets" => opts.char_offsets = true,
            "--lossy" => opts.lossy = true,
            "--no-indirect" => builder = builder.indirect(false),
            "--no-scare" => builder = builder.scare_quotes(false),
            "--join-split-quotes" => builder = builder.join_split_quotes(true),
            "--all-attributions" => builder = builder.all_attributions(true),
            "--jobs" => {
                let v = value("--jobs")?;
                opts.jobs = v
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--jobs takes a whole number above 0, not {v:?}"))?;
            }
            "--min-confidence" => {
                let v = value("--min-confidence")?;
                let x: f64 = v
                    .parse()
                    .map_err(|_| format!("--min-confidence takes a number, not {v:?}"))?;
                builder = builder.min_confidence(x);
            }
            "--disable-rule" => builder = builder.disable_rule(&value("--disable-rule")?),
            s if s.starts_with('-') && s != "-" => {
                return Err(format!("unknown option {s}\n\n{USAGE}"))
            }
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
    let header = match opts.format {
        Format::Json => String::new(),
        Format::Table(Table::Csv) => csv::header(),
        Format::Table(Table::Speakers) => speakers::header(),
        Format::Table(Table::Html) => {
            let names: Vec<&str> = opts
                .files
                .iter()
                .map(|f| {
                    if f == "-" {
                        "standard input"
                    } else {
                        f.as_str()
                    }
                })
                .collect();
            html::header(&names.join(", "))
        }
    };
    out.write_all(header.as_bytes())
        .map_err(|e| format!("writing output: {e}"))?;
    for file in &opts.files {
        let name = if file == "-" {
            "<stdin>"
        } else {
            file.as_str()
        };
        let input: Box<dyn Read> = if file == "-" {
            Box::new(io::stdin())
        } else {
            Box::new(std::fs::File::open(file).map_err(|e| format!("{name}: {e}"))?)
        };
        if opts.jsonl {
            skipped += jsonl(
                &extractor,
                &opts,
                name,
                BufReader::with_capacity(1 << 16, input),
                &mut out,
            )?;
        } else {
            plain(&extractor, &opts, name, input, &mut out)?;
        }
    }
    if opts.format == Format::Table(Table::Html) {
        out.write_all(html::footer().as_bytes())
            .map_err(|e| format!("writing output: {e}"))?;
    }
    out.flush().map_err(|e| format!("writing output: {e}"))?;
    if skipped > 0 {
        eprintln!("quote-attribution: skipped {skipped} malformed line(s)");
    }
    Ok(ExitCode::SUCCESS)
}

fn plain(
    extractor: &Extractor,
    opts: &Options,
    name: &str,
    mut input: Box<dyn Read>,
    out: &mut impl Write,
) -> Result<(), String> {
    let mut bytes = Vec::new();
    input
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{name}: {e}"))?;
    let text = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) if opts.lossy => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        Err(e) => {
            return Err(format!(
                "{name}: invalid UTF-8 at byte {}",
                e.utf8_error().valid_up_to()
            ))
        }
    };
    if let Format::Table(table) = opts.format {
        let quotes = extractor.extract(&text);
        let doc = DocumentOut {
            id: name.to_string(),
            text: &text,
            quotes: &quotes,
        };
        return out
            .write_all(render(table, &doc).as_bytes())
            .map_err(|e| format!("writing output: {e}"));
    }
    // {"file":…,"quotes":[…],"diagnostics":[…]}, each record written as soon
    // as it is final: memory holds the text, not its records
    let index = opts.char_offsets.then(|| CharIndex::new(&text));
    let write_err = |e: &dyn std::fmt::Display| format!("writing output: {e}");
    write!(out, "{{\"file\":").map_err(|e| write_err(&e))?;
    serde_json::to_writer(&mut *out, name).map_err(|e| write_err(&e))?;
    write!(out, ",\"quotes\":[").map_err(|e| write_err(&e))?;
    let mut first = true;
    let mut failed = None;
    let diagnostics = extractor.for_each_quote(&text, |q| {
        if failed.is_some() {
            return;
        }
        let sep = if first { "" } else { "," };
        first = false;
        let written = out
            .write_all(sep.as_bytes())
            .map_err(|e| write_err(&e))
            .and_then(|()| {
                serde_json::to_writer(&mut *out, &jsonl::output_quote(&q, index.as_ref()))
                    .map_err(|e| write_err(&e))
            });
        failed = written.err();
    });
    if let Some(e) = failed {
        return Err(e);
    }
    write!(out, "],\"diagnostics\":").map_err(|e| write_err(&e))?;
    serde_json::to_writer(&mut *out, &diagnostics).map_err(|e| write_err(&e))?;
    writeln!(out, "}}").map_err(|e| write_err(&e))
}

/// Streams JSON Lines; returns how many malformed lines were skipped.
fn jsonl(
    extractor: &Extractor,
    opts: &Options,
    name: &str,
    mut input: impl BufRead,
    out: &mut impl Write,
) -> Result<usize, String> {
    let mut skipped = 0;
    let mut line_no = 0usize;
    // (one buffer for every line: a long document grows it once)
    let mut buf = Vec::new();
    let mut next_line = |skipped: &mut usize| -> Result<Option<Document>, String> {
        loop {
            buf.clear();
            let n = input
                .read_until(b'\n', &mut buf)
                .map_err(|e| format!("{name}: {e}"))?;
            if n == 0 {
                return Ok(None);
            }
            line_no += 1;
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            if buf.ends_with(b"\n") {
                buf.pop();
            }
            match jsonl::parse_line_with(&buf, opts.lossy, &opts.text_field, &opts.id_field) {
                Ok(doc) => return Ok(Some(doc)),
                Err(e) if opts.skip_bad => {
                    eprintln!("quote-attribution: skipping {name}:{line_no}: {e}");
                    *skipped += 1;
                }
                Err(e) => return Err(format!("{name}:{line_no}: {e}")),
            }
        }
    };
    let write = |out: &mut dyn Write, output: String| -> Result<(), String> {
        out.write_all(output.as_bytes())
            .map_err(|e| format!("writing output: {e}"))
    };
    if opts.jobs <= 1 {
        let mut seq = 0;
        while let Some(doc) = next_line(&mut skipped)? {
            write(out, document_output(extractor, opts, seq, &doc))?;
            seq += 1;
        }
        return Ok(skipped);
    }
    // N workers; a bounded window of lines in flight keeps memory flat and
    // the output in input order.
    let window = opts.jobs * 4;
    std::thread::scope(|scope| -> Result<usize, String> {
        let (work_tx, work_rx) = mpsc::sync_channel::<(usize, Document)>(window);
        let work_rx = std::sync::Arc::new(std::sync::Mutex::new(work_rx));
        let (done_tx, done_rx) = mpsc::channel::<(usize, String)>();
        for _ in 0..opts.jobs {
            let rx = work_rx.clone();
            let tx = done_tx.clone();
            scope.spawn(move || loop {
                let job = match rx.lock() {
                    Ok(guard) => guard.recv(),
                    Err(_) => return,
                };
                let Ok((seq, doc)) = job else { return };
                let line = document_output(extractor, opts, seq, &doc);
                if tx.send((seq, line)).is_err() {
                    return;
                }
            });
        }
        drop(done_tx);
        let mut pending = std::collections::BTreeMap::new();
        let (mut sent, mut written) = (0usize, 0usize);
        let drain = |pending: &mut std::collections::BTreeMap<usize, String>,
                     written: &mut usize,
                     out: &mut dyn Write|
         -> Result<(), String> {
            while let Some(line) = pending.remove(written) {
                write(out, line)?;
                *written += 1;
            }
            Ok(())
        };
        while let Some(doc) = next_line(&mut skipped)? {
            while sent - written >= window {
                let (seq, line) = done_rx
                    .recv()
                    .map_err(|_| "a worker thread stopped".to_string())?;
                pending.insert(seq, line);
                drain(&mut pending, &mut written, out)?;
            }
            work_tx
                .send((sent, doc))
                .map_err(|_| "a worker thread stopped".to_string())?;
            sent += 1;
        }
        drop(work_tx);
        while written < sent {
            let (seq, line) = done_rx
                .recv()
                .map_err(|_| "a worker thread stopped".to_string())?;
            pending.insert(seq, line);
            drain(&mut pending, &mut written, out)?;
        }
        Ok(skipped)
    })
}

/// What one JSON Lines document (the `seq`-th of its file) is written as.
fn document_output(extractor: &Extractor, opts: &Options, seq: usize, doc: &Document) -> String {
    let Format::Table(table) = opts.format else {
        let mut line = jsonl::output_line(extractor, doc, opts.char_offsets);
        line.push('\n');
        return line;
    };
    let quotes = extractor.extract(&doc.text);
    let id = match &doc.id {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => seq.to_string(),
        other => other.to_string(),
    };
    render(
        table,
        &DocumentOut {
            id,
            text: &doc.text,
            quotes: &quotes,
        },
    )
}

/// One document in a table format.
fn render(table: Table, doc: &DocumentOut<'_>) -> String {
    match table {
        Table::Csv => csv::document(doc),
        Table::Speakers => speakers::document(doc),
        Table::Html => html::document(doc),
    }
}
