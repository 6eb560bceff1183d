//! `quote_attribution._native`: the Python face of the `quote-attribution`
//! crate. The Python package re-exports it; see `python/quote_attribution`.
//!
//! Records are built as plain Python dicts with the keys and nesting of the
//! CLI's JSON, every offset converted from the crate's UTF-8 byte offsets to
//! Python string indices (code points). Batch extraction runs with the GIL
//! released, on as many threads as it is given.

#![forbid(unsafe_code)]

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use quote_attribution as qa;
use quote_attribution::{CharIndex, Quote, Span};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex, OnceLock};

/// The extractor of the module-level `extract`, built on first use.
static DEFAULT: OnceLock<qa::Extractor> = OnceLock::new();

/// Finds quotations and their speakers; build once, call many times.
///
/// All options are keyword-only and mirror the Rust builder:
/// `min_confidence` (0 to 1), `indirect`, `scare_quotes`,
/// `join_split_quotes`, `all_attributions` (reported speech is every
/// attribution, not statements alone, and a confidence the chance that the
/// source is the one the text gives rather than the person who said it),
/// `disabled_rules` (rule ids), `max_quote_len` and
/// `max_document_len` (in UTF-8 bytes). A bad value or an unknown rule id
/// raises `ValueError`.
#[pyclass(frozen, module = "quote_attribution")]
struct Extractor {
    inner: qa::Extractor,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (
        *,
        min_confidence = 0.0,
        indirect = true,
        scare_quotes = true,
        join_split_quotes = false,
        all_attributions = false,
        disabled_rules = None,
        max_quote_len = None,
        max_document_len = None
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        min_confidence: f64,
        indirect: bool,
        scare_quotes: bool,
        join_split_quotes: bool,
        all_attributions: bool,
        disabled_rules: Option<Vec<String>>,
        max_quote_len: Option<usize>,
        max_document_len: Option<usize>,
    ) -> PyResult<Self> {
        let mut builder = qa::Extractor::builder()
            .min_confidence(min_confidence)
            .indirect(indirect)
            .scare_quotes(scare_quotes)
            .join_split_quotes(join_split_quotes)
            .all_attributions(all_attributions);
        for id in disabled_rules.unwrap_or_default() {
            builder = builder.disable_rule(&id);
        }
        if let Some(n) = max_quote_len {
            builder = builder.max_quote_len(n);
        }
        if let Some(n) = max_document_len {
            builder = builder.max_document_len(n);
        }
        let inner = builder
            .build()
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok(Extractor { inner })
    }

    /// The records of one text, as a list of dicts.
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        let text = text_of(text, None)?;
        let quotes = py.detach(|| extract_chars(&self.inner, &text));
        records(&mut Names::new(py), &quotes)
    }

    /// The records of each text, in input order, extracted on `threads`
    /// threads (default: one per core) with the GIL released. Python's
    /// cyclic garbage collector is paused while the records are built (they
    /// hold no cycles) and resumes as it was.
    #[pyo3(signature = (texts, threads = None))]
    fn extract_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let threads = match threads {
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, usize::from),
        };
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "extract_batch takes an iterable of str, not a str (use extract for one text)",
            ));
        }
        let texts = texts
            .try_iter()?
            .enumerate()
            .map(|(i, t)| text_of(&t?, Some(i)))
            .collect::<PyResult<Vec<String>>>()?;
        extract_parallel(py, &self.inner, &texts, threads)
    }

    /// The configuration, as a dict of the constructor's keyword arguments.
    #[getter]
    fn config<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let c = self.inner.config();
        let d = PyDict::new(py);
        d.set_item(intern!(py, "min_confidence"), c.min_confidence)?;
        d.set_item(intern!(py, "indirect"), c.indirect)?;
        d.set_item(intern!(py, "scare_quotes"), c.scare_quotes)?;
        d.set_item(intern!(py, "join_split_quotes"), c.join_split_quotes)?;
        d.set_item(intern!(py, "all_attributions"), c.all_attributions)?;
        d.set_item(intern!(py, "disabled_rules"), c.disabled_rules.clone())?;
        d.set_item(intern!(py, "max_quote_len"), c.max_quote_len)?;
        d.set_item(intern!(py, "max_document_len"), c.max_document_len)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        let c = self.inner.config();
        format!(
            "Extractor(min_confidence={}, indirect={}, scare_quotes={}, join_split_quotes={}, all_attributions={}, disabled_rules={:?})",
            c.min_confidence,
            py_bool(c.indirect),
            py_bool(c.scare_quotes),
            py_bool(c.join_split_quotes),
            py_bool(c.all_attributions),
            c.disabled_rules
        )
    }
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// The text of a Python `str`; `TypeError` for anything else, and Python's
/// own `UnicodeEncodeError` for a str holding a lone surrogate.
fn text_of(obj: &Bound<'_, PyAny>, position: Option<usize>) -> PyResult<String> {
    let s = obj.cast::<PyString>().map_err(|_| {
        let type_name = obj
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
        match position {
            Some(i) => PyTypeError::new_err(format!("texts[{i}] must be str, not {type_name}")),
            None => PyTypeError::new_err(format!("text must be str, not {type_name}")),
        }
    })?;
    Ok(s.to_cow()?.into_owned())
}

/// The records of `text` with every span in chars (code points).
fn extract_chars(extractor: &qa::Extractor, text: &str) -> Vec<Quote> {
    let mut quotes = extractor.extract(text);
    let index = CharIndex::new(text);
    let chars = |s: &mut Span| *s = index.to_chars(*s);
    for q in &mut quotes {
        chars(&mut q.span);
        q.fragments.iter_mut().for_each(chars);
        if let Some(m) = q.speaker.as_mut().and_then(|s| s.mention.as_mut()) {
            chars(&mut m.span);
        }
        if let Some(c) = &mut q.cue {
            chars(&mut c.span);
        }
        chars(&mut q.context.sentence);
        chars(&mut q.context.paragraph);
        q.context.attribution.iter_mut().for_each(chars);
    }
    quotes
}

/// Python's cyclic garbage collector, paused while records are built: each
/// record is a handful of new dicts, and the collections their numbers set
/// off would walk every record built so far (a quarter of a batch's time).
/// Records hold no cycles; the collector resumes, as it was, on drop.
struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> GcPause<'py> {
        let gc = py.import("gc").ok().filter(|gc| {
            gc.call_method0("isenabled")
                .and_then(|on| on.extract::<bool>())
                .unwrap_or(false)
                && gc.call_method0("disable").is_ok()
        });
        GcPause { gc }
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            let _ = gc.call_method0("enable");
        }
    }
}

/// The records of every text, in input order. `threads` threads extract
/// with the GIL released while this one, holding the GIL only while it
/// builds them, turns finished results into Python lists in order.
fn extract_parallel<'py>(
    py: Python<'py>,
    extractor: &qa::Extractor,
    texts: &[String],
    threads: usize,
) -> PyResult<Bound<'py, PyList>> {
    let out = PyList::empty(py);
    let mut names = Names::new(py);
    let _paused = GcPause::new(py);
    if threads <= 1 || texts.len() <= 1 {
        for text in texts {
            let quotes = py.detach(|| extract_chars(extractor, text));
            out.append(records(&mut names, &quotes)?)?;
        }
        return Ok(out);
    }
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Vec<Quote>)>();
    std::thread::scope(|scope| -> PyResult<()> {
        for _ in 0..threads.min(texts.len()) {
            let (tx, next) = (tx.clone(), &next);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(text) = texts.get(i) else { break };
                if tx.send((i, extract_chars(extractor, text))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        // a Receiver is not Sync: the GIL-free wait borrows it through a lock
        let rx = Mutex::new(rx);
        let mut pending = BTreeMap::new();
        let mut written = 0;
        while written < texts.len() {
            let received = py.detach(|| rx.lock().ok().and_then(|rx| rx.recv().ok()));
            let Some((i, quotes)) = received else {
                return Err(PyRuntimeError::new_err("an extraction thread stopped"));
            };
            pending.insert(i, quotes);
            while let Some(quotes) = pending.remove(&written) {
                out.append(records(&mut names, &quotes)?)?;
                written += 1;
            }
        }
        Ok(())
    })?;
    Ok(out)
}

/// Python strings made once for the crate's static names (kinds, rule ids,
/// lemmas), which every record repeats.
struct Names<'py> {
    py: Python<'py>,
    made: HashMap<&'static str, Bound<'py, PyString>>,
}

impl<'py> Names<'py> {
    fn new(py: Python<'py>) -> Self {
        Names {
            py,
            made: HashMap::new(),
        }
    }

    #[allow(clippy::ptr_arg)] // the Cow itself tells a static name from an owned one
    fn get(&mut self, name: &Cow<'static, str>) -> Bound<'py, PyString> {
        match name {
            Cow::Borrowed(s) => self.of(s),
            Cow::Owned(s) => PyString::new(self.py, s),
        }
    }

    fn of(&mut self, name: &'static str) -> Bound<'py, PyString> {
        let py = self.py;
        self.made
            .entry(name)
            .or_insert_with(|| PyString::new(py, name))
            .clone()
    }
}

/// Python dicts of records whose spans are already in chars.
fn records<'py>(names: &mut Names<'py>, quotes: &[Quote]) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(names.py);
    for q in quotes {
        list.append(record(names, q)?)?;
    }
    Ok(list)
}

fn span(py: Python<'_>, s: Span) -> PyResult<Bound<'_, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "start"), s.start)?;
    d.set_item(intern!(py, "end"), s.end)?;
    Ok(d)
}

/// One record, with the keys of the CLI's JSON (`fragments` only when there
/// are some, as there).
fn record<'py>(names: &mut Names<'py>, q: &Quote) -> PyResult<Bound<'py, PyDict>> {
    let py = names.py;
    let d = PyDict::new(py);
    d.set_item(intern!(py, "text"), &q.text)?;
    d.set_item(intern!(py, "span"), span(py, q.span)?)?;
    d.set_item(intern!(py, "kind"), names.of(q.kind.as_str()))?;
    if !q.fragments.is_empty() {
        let fragments = PyList::empty(py);
        for f in &q.fragments {
            fragments.append(span(py, *f)?)?;
        }
        d.set_item(intern!(py, "fragments"), fragments)?;
    }
    d.set_item(intern!(py, "speaker"), speaker(names, q)?)?;
    d.set_item(
        "affiliation",
        match &q.affiliation {
            Some(a) => {
                let ad = PyDict::new(py);
                ad.set_item(intern!(py, "organization"), a.organization.as_deref())?;
                ad.set_item(intern!(py, "role"), a.role.as_deref())?;
                Some(ad)
            }
            None => None,
        },
    )?;
    d.set_item(
        "cue",
        match &q.cue {
            Some(c) => {
                let cd = PyDict::new(py);
                cd.set_item(intern!(py, "text"), &c.text)?;
                cd.set_item(intern!(py, "span"), span(py, c.span)?)?;
                cd.set_item(intern!(py, "lemma"), names.get(&c.lemma))?;
                cd.set_item(intern!(py, "class"), names.of(c.class.as_str()))?;
                Some(cd)
            }
            None => None,
        },
    )?;
    let context = PyDict::new(py);
    context.set_item(intern!(py, "sentence"), span(py, q.context.sentence)?)?;
    context.set_item(intern!(py, "paragraph"), span(py, q.context.paragraph)?)?;
    context.set_item(
        "attribution",
        q.context.attribution.map(|a| span(py, a)).transpose()?,
    )?;
    d.set_item(intern!(py, "context"), context)?;
    d.set_item(intern!(py, "confidence"), q.confidence)?;
    d.set_item(intern!(py, "rule"), names.get(&q.rule))?;
    Ok(d)
}

fn speaker<'py>(names: &mut Names<'py>, q: &Quote) -> PyResult<Option<Bound<'py, PyDict>>> {
    let py = names.py;
    let Some(s) = &q.speaker else { return Ok(None) };
    let d = PyDict::new(py);
    d.set_item(intern!(py, "name"), &s.name)?;
    let mention = match &s.mention {
        Some(m) => {
            let md = PyDict::new(py);
            md.set_item(intern!(py, "text"), &m.text)?;
            md.set_item(intern!(py, "span"), span(py, m.span)?)?;
            Some(md)
        }
        None => None,
    };
    d.set_item(intern!(py, "mention"), mention)?;
    d.set_item(intern!(py, "resolution"), names.of(s.resolution.as_str()))?;
    d.set_item(intern!(py, "entity"), names.of(s.entity.as_str()))?;
    let pronouns = PyList::empty(py);
    for p in &s.pronouns {
        pronouns.append(p)?;
    }
    d.set_item(intern!(py, "pronouns"), pronouns)?;
    d.set_item(intern!(py, "honorific"), s.honorific.as_deref())?;
    Ok(Some(d))
}

/// The records of one text with the default configuration.
#[pyfunction]
fn extract<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    let text = text_of(text, None)?;
    let quotes = py.detach(|| extract_chars(DEFAULT.get_or_init(qa::Extractor::new), &text));
    records(&mut Names::new(py), &quotes)
}

/// The rule catalogue: one dict a rule (`id`, `description`, `examples`).
#[pyfunction]
fn rules(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let out = PyList::empty(py);
    for rule in qa::rules::all() {
        let d = PyDict::new(py);
        d.set_item(intern!(py, "id"), rule.id.as_str())?;
        d.set_item(intern!(py, "description"), rule.description)?;
        let examples = PyList::empty(py);
        for ex in rule.examples {
            let e = PyDict::new(py);
            e.set_item(intern!(py, "text"), ex.text)?;
            e.set_item(intern!(py, "quote"), ex.quote)?;
            e.set_item(intern!(py, "speaker"), ex.speaker)?;
            examples.append(e)?;
        }
        d.set_item(intern!(py, "examples"), examples)?;
        out.append(d)?;
    }
    Ok(out)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Extractor>()?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
