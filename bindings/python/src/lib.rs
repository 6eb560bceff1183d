//! `quote_attribution._native`: the Python face of the `quote-attribution`
//! crate. The Python package re-exports it; see `python/quote_attribution`.
//!
//! Records are built as plain Python dicts with the keys and nesting of the
//! CLI's JSON, every offset converted from the crate's UTF-8 byte offsets to
//! Python string indices (code points). Batch extraction runs with the GIL
//! released, on as many threads as it is given.

#![forbid(unsafe_code)]

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use quote_attribution as qa;
use quote_attribution::{CharIndex, Quote, Span};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Finds quotations and their speakers; build once, call many times.
///
/// All options are keyword-only and mirror the Rust builder:
/// `min_confidence` (0 to 1), `indirect`, `scare_quotes`,
/// `join_split_quotes`, `disabled_rules` (rule ids), `max_quote_len` and
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
        disabled_rules: Option<Vec<String>>,
        max_quote_len: Option<usize>,
        max_document_len: Option<usize>,
    ) -> PyResult<Self> {
        let mut builder = qa::Extractor::builder()
            .min_confidence(min_confidence)
            .indirect(indirect)
            .scare_quotes(scare_quotes)
            .join_split_quotes(join_split_quotes);
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
        let quotes = py.detach(|| self.inner.extract(&text));
        records(py, &text, &quotes)
    }

    /// The records of each text, in input order, extracted on `threads`
    /// threads (default: one per core) with the GIL released.
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
        let results = py.detach(|| extract_parallel(&self.inner, &texts, threads));
        let out = PyList::empty(py);
        for (text, quotes) in texts.iter().zip(&results) {
            out.append(records(py, text, quotes)?)?;
        }
        Ok(out)
    }

    /// The configuration, as a dict of the constructor's keyword arguments.
    #[getter]
    fn config<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let c = self.inner.config();
        let d = PyDict::new(py);
        d.set_item("min_confidence", c.min_confidence)?;
        d.set_item("indirect", c.indirect)?;
        d.set_item("scare_quotes", c.scare_quotes)?;
        d.set_item("join_split_quotes", c.join_split_quotes)?;
        d.set_item("disabled_rules", c.disabled_rules.clone())?;
        d.set_item("max_quote_len", c.max_quote_len)?;
        d.set_item("max_document_len", c.max_document_len)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        let c = self.inner.config();
        format!(
            "Extractor(min_confidence={}, indirect={}, scare_quotes={}, join_split_quotes={}, disabled_rules={:?})",
            c.min_confidence,
            py_bool(c.indirect),
            py_bool(c.scare_quotes),
            py_bool(c.join_split_quotes),
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

/// Extracts from every text on `threads` threads; results in input order.
fn extract_parallel(
    extractor: &qa::Extractor,
    texts: &[String],
    threads: usize,
) -> Vec<Vec<Quote>> {
    if threads <= 1 || texts.len() <= 1 {
        return texts.iter().map(|t| extractor.extract(t)).collect();
    }
    let next = AtomicUsize::new(0);
    let done = Mutex::new(Vec::with_capacity(texts.len()));
    std::thread::scope(|scope| {
        for _ in 0..threads.min(texts.len()) {
            scope.spawn(|| {
                let mut mine = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(text) = texts.get(i) else { break };
                    mine.push((i, extractor.extract(text)));
                }
                done.lock().unwrap_or_else(|e| e.into_inner()).extend(mine);
            });
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, quotes)| quotes).collect()
}

/// The records of `text` as Python dicts, offsets in code points.
fn records<'py>(py: Python<'py>, text: &str, quotes: &[Quote]) -> PyResult<Bound<'py, PyList>> {
    let index = CharIndex::new(text);
    let list = PyList::empty(py);
    for q in quotes {
        list.append(record(py, q, &index)?)?;
    }
    Ok(list)
}

fn span<'py>(py: Python<'py>, s: Span, index: &CharIndex) -> PyResult<Bound<'py, PyDict>> {
    let s = index.to_chars(s);
    let d = PyDict::new(py);
    d.set_item("start", s.start)?;
    d.set_item("end", s.end)?;
    Ok(d)
}

/// One record, with the keys of the CLI's JSON (`fragments` only when there
/// are some, as there).
fn record<'py>(py: Python<'py>, q: &Quote, index: &CharIndex) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("text", &q.text)?;
    d.set_item("span", span(py, q.span, index)?)?;
    d.set_item("kind", q.kind.as_str())?;
    if !q.fragments.is_empty() {
        let fragments = PyList::empty(py);
        for f in &q.fragments {
            fragments.append(span(py, *f, index)?)?;
        }
        d.set_item("fragments", fragments)?;
    }
    d.set_item("speaker", speaker(py, q, index)?)?;
    d.set_item(
        "affiliation",
        match &q.affiliation {
            Some(a) => {
                let ad = PyDict::new(py);
                ad.set_item("organization", a.organization.as_deref())?;
                ad.set_item("role", a.role.as_deref())?;
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
                cd.set_item("text", &c.text)?;
                cd.set_item("span", span(py, c.span, index)?)?;
                cd.set_item("lemma", c.lemma.as_ref())?;
                Some(cd)
            }
            None => None,
        },
    )?;
    let context = PyDict::new(py);
    context.set_item("sentence", span(py, q.context.sentence, index)?)?;
    context.set_item("paragraph", span(py, q.context.paragraph, index)?)?;
    context.set_item(
        "attribution",
        q.context
            .attribution
            .map(|a| span(py, a, index))
            .transpose()?,
    )?;
    d.set_item("context", context)?;
    d.set_item("confidence", q.confidence)?;
    d.set_item("rule", q.rule.as_ref())?;
    Ok(d)
}

fn speaker<'py>(
    py: Python<'py>,
    q: &Quote,
    index: &CharIndex,
) -> PyResult<Option<Bound<'py, PyDict>>> {
    let Some(s) = &q.speaker else { return Ok(None) };
    let d = PyDict::new(py);
    d.set_item("name", &s.name)?;
    let mention = match &s.mention {
        Some(m) => {
            let md = PyDict::new(py);
            md.set_item("text", &m.text)?;
            md.set_item("span", span(py, m.span, index)?)?;
            Some(md)
        }
        None => None,
    };
    d.set_item("mention", mention)?;
    d.set_item("resolution", s.resolution.as_str())?;
    d.set_item("entity", s.entity.as_str())?;
    Ok(Some(d))
}

/// The records of one text with the default configuration.
#[pyfunction]
fn extract<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    let text = text_of(text, None)?;
    let quotes = py.detach(|| qa::extract(&text));
    records(py, &text, &quotes)
}

/// The rule catalogue: one dict a rule (`id`, `description`, `examples`).
#[pyfunction]
fn rules(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let out = PyList::empty(py);
    for rule in qa::rules::all() {
        let d = PyDict::new(py);
        d.set_item("id", rule.id)?;
        d.set_item("description", rule.description)?;
        let examples = PyList::empty(py);
        for ex in rule.examples {
            let e = PyDict::new(py);
            e.set_item("text", ex.text)?;
            e.set_item("quote", ex.quote)?;
            e.set_item("speaker", ex.speaker)?;
            examples.append(e)?;
        }
        d.set_item("examples", examples)?;
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
