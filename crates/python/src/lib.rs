//! The compiled core of the `newsclip` Python package (`newsclip._core`).
//!
//! Python users install `newsclip` from PyPI and never see this crate: the
//! package's `python/newsclip/__init__.py` wraps what it returns into typed
//! `Article`, `Quote`, `Entity` … objects. Rust users want the
//! [`newsclip`](https://docs.rs/newsclip) crate itself; this one is not
//! published on crates.io.
//!
//! # What it does
//!
//! - [`Extractor`] holds one [`newsclip::Extractor`] and extracts a page
//!   (text or HTML, `str` or `bytes`) or a batch of pages with the GIL
//!   released, a batch on several threads, results in input order.
//! - Each article is kept in Rust as the JSON the CLI prints (the contract,
//!   so new fields reach Python unchanged) with every span's byte offsets
//!   re-counted in code points and the way back to bytes (module `offsets`),
//!   in an [`Extracted`] that becomes Python objects only when a field is
//!   read: the GIL-bound part of a batch is one small object per page, so
//!   batches scale with threads.
//! - A page that cannot be extracted (not `str`/`bytes`, invalid UTF-8, a
//!   panic) is an error for a single page and an error *value* in a batch, so
//!   one bad record never loses the others.
//!
//! # Crates used, and why
//!
//! - [`pyo3`]: the bindings, with the stable ABI (`abi3-py39`) so that one
//!   wheel serves every CPython from 3.9 on. Its `extension-module` feature
//!   is left off: maturin (≥ 1.9.4) sets `PYO3_BUILD_EXTENSION_MODULE` when it
//!   builds the wheel, and without the feature `cargo test --workspace` links
//!   this crate's tests like any other.
//! - maturin (Python side, `pyproject.toml`): builds and packs the wheel.
//! - `serde_json` turns an [`newsclip::Article`] into the JSON the CLI prints
//!   (Python reads it with its C `json` module); `serde-transcode` re-indents
//!   it for `to_json(indent=…)` without a tree that would reorder its keys.
//! - No thread pool crate: module `parallel` says why (fork safety).
//!
//! # Input copies
//!
//! `bytes` are read in place; a `str` is encoded to UTF-8 once (the stable ABI
//! of Python 3.9 has no zero-copy access to a `str`'s UTF-8), and nothing else
//! copies the page.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod extracted;
mod offsets;
mod page;
mod parallel;

use std::num::NonZeroUsize;
use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use pyo3::IntoPyObjectExt;

pub use crate::extracted::Extracted;
use crate::page::{Failure, Page};

/// Extracts articles from pages: the compiled half of `newsclip.Extractor`.
///
/// Returns articles as [`Extracted`] values, and failed pages of a batch as
/// `(kind, message, byte_offset | None)` tuples.
#[pyclass(frozen, module = "newsclip._core")]
#[derive(Debug)]
pub struct Extractor {
    extractor: newsclip::Extractor,
    strip: bool,
    quotes: bool,
    entities: bool,
}

/// One page of a batch, read and ready for a worker thread.
struct Job<'a> {
    bytes: &'a [u8],
    from_str: bool,
    url: Option<&'a str>,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (strip = true, quotes = true, entities = true))]
    fn new(strip: bool, quotes: bool, entities: bool) -> Extractor {
        let extractor = newsclip::Extractor::builder().strip(strip).quotes(quotes).entities(entities).build();
        Extractor { extractor, strip, quotes, entities }
    }

    /// Whether boilerplate is stripped.
    #[getter]
    fn strip(&self) -> bool {
        self.strip
    }

    /// Whether quotations are found.
    #[getter]
    fn quotes(&self) -> bool {
        self.quotes
    }

    /// Whether people, countries and institutions are tagged.
    #[getter]
    fn entities(&self) -> bool {
        self.entities
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let this = slf.get();
        (slf.get_type(), (this.strip, this.quotes, this.entities)).into_pyobject(slf.py())
    }

    /// Extracts one page dump (`str`, or UTF-8 `bytes`).
    fn extract(&self, py: Python<'_>, page: &Bound<'_, PyAny>) -> PyResult<Py<Extracted>> {
        let page = Page::of(page).map_err(|f| f.into_err("extract"))?;
        let job = Job { bytes: page.bytes(), from_str: page.is_str(), url: None };
        let extracted = py.detach(|| self.run(&job, false));
        Py::new(py, extracted.map_err(|f| f.into_err("extract"))?)
    }

    /// Extracts one HTML page (`bytes` in any charset, or `str`).
    #[pyo3(signature = (html, url = None))]
    fn extract_html(&self, py: Python<'_>, html: &Bound<'_, PyAny>, url: Option<&str>) -> PyResult<Py<Extracted>> {
        let page = Page::of(html).map_err(|f| f.into_err("extract_html"))?;
        let job = Job { bytes: page.bytes(), from_str: page.is_str(), url };
        let extracted = py.detach(|| self.run(&job, true));
        Py::new(py, extracted.map_err(|f| f.into_err("extract_html"))?)
    }

    /// Extracts a list of pages on `threads` threads (default: every core),
    /// one result per page, in order; a page that fails is an error value.
    #[pyo3(signature = (pages, urls = None, html = false, threads = None))]
    fn extract_batch(
        &self,
        py: Python<'_>,
        pages: Vec<Bound<'_, PyAny>>,
        urls: Option<Vec<Option<String>>>,
        html: bool,
        threads: Option<usize>,
    ) -> PyResult<Vec<Py<PyAny>>> {
        let threads = match threads {
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, NonZeroUsize::get),
        };
        if let Some(urls) = &urls {
            if urls.len() != pages.len() {
                let message = format!("{} pages but {} urls", pages.len(), urls.len());
                return Err(PyValueError::new_err(message));
            }
        }
        let read: Vec<Result<Page<'_>, Failure>> = pages.iter().map(Page::of).collect();
        let jobs: Vec<Result<Job<'_>, Failure>> = read
            .iter()
            .enumerate()
            .map(|(i, page)| {
                let url = urls.as_ref().and_then(|urls| urls[i].as_deref());
                page.as_ref()
                    .map(|page| Job { bytes: page.bytes(), from_str: page.is_str(), url })
                    .map_err(Failure::clone)
            })
            .collect();
        let results = py.detach(|| {
            parallel::map_ordered(&jobs, threads, |job| {
                job.as_ref().map_err(Failure::clone).and_then(|job| self.run(job, html))
            })
        });
        results
            .into_iter()
            .map(|result| match result {
                Ok(extracted) => Py::new(py, extracted)?.into_py_any(py),
                Err(failure) => (failure.kind(), failure.message(), failure.byte_offset()).into_py_any(py),
            })
            .collect()
    }
}

impl Extractor {
    /// Extracts one page; never panics (a panic is caught as [`Failure::Internal`]).
    fn run(&self, job: &Job<'_>, html: bool) -> Result<Extracted, Failure> {
        let extract = || if html { self.run_html(job) } else { self.run_text(job) };
        catch_unwind(AssertUnwindSafe(extract)).unwrap_or_else(|panic| Err(Failure::Internal(panic_message(&*panic))))
    }

    fn run_text(&self, job: &Job<'_>) -> Result<Extracted, Failure> {
        let text = std::str::from_utf8(job.bytes).map_err(|err| {
            debug_assert!(!job.from_str, "a str encodes to valid UTF-8");
            Failure::Utf8 { byte_offset: err.valid_up_to() }
        })?;
        let article = self.extractor.extract(text);
        Extracted::new(&article, text).map_err(internal)
    }

    fn run_html(&self, job: &Job<'_>) -> Result<Extracted, Failure> {
        // A `str` was encoded to UTF-8 here: that, not the page's own
        // `<meta charset>`, is how its bytes are to be read.
        let content_type = job.from_str.then_some("text/html; charset=utf-8");
        let article = self.extractor.extract_html_with_content_type(job.bytes, job.url, content_type);
        let text = article.text.as_deref().unwrap_or_default();
        Extracted::new(&article, text).map_err(internal)
    }
}

/// What a caught panic said.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    match (panic.downcast_ref::<&str>(), panic.downcast_ref::<String>()) {
        (Some(message), _) => (*message).to_owned(),
        (_, Some(message)) => message.clone(),
        _ => "the extractor panicked".to_owned(),
    }
}

/// A failure to serialize an article (none is known to happen).
fn internal(err: serde_json::Error) -> Failure {
    Failure::Internal(err.to_string())
}

/// The extension module `newsclip._core`.
#[pymodule(name = "_core")]
fn core_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Extractor>()?;
    m.add_class::<Extracted>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
