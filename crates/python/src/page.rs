//! What a Python caller passed as a page, and why it could not be extracted.

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

/// A page as UTF-8 (or, for HTML, any charset) bytes, held by a Python
/// `bytes` object: the caller's own for `bytes`, or the one copy made by
/// encoding a `str` to UTF-8.
pub(crate) struct Page<'py> {
    bytes: Bound<'py, PyBytes>,
    /// The bytes came from a `str`, so they are valid UTF-8.
    from_str: bool,
}

impl<'py> Page<'py> {
    /// Takes a `str` or `bytes`; anything else is a [`Failure::Type`].
    pub(crate) fn of(value: &Bound<'py, PyAny>) -> Result<Page<'py>, Failure> {
        if let Ok(bytes) = value.cast::<PyBytes>() {
            Ok(Page { bytes: bytes.clone(), from_str: false })
        } else if let Ok(text) = value.cast::<PyString>() {
            // Lone surrogates cannot be encoded: Python's message names the position.
            let bytes = text.encode_utf8().map_err(|err| Failure::Encoding(err.to_string()))?;
            Ok(Page { bytes, from_str: true })
        } else {
            let type_name = value.get_type().name().map_or_else(|_| "?".to_owned(), |n| n.to_string());
            Err(Failure::Type(type_name))
        }
    }

    /// The bytes, valid as long as the page is, readable without the GIL.
    pub(crate) fn bytes(&self) -> &[u8] {
        self.bytes.as_bytes()
    }

    /// Whether the page was a `str`.
    pub(crate) fn is_str(&self) -> bool {
        self.from_str
    }
}

/// Why one page gave no article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Failure {
    /// Neither `str` nor `bytes`: the name of the type that was passed.
    Type(String),
    /// A `str` that is not encodable as UTF-8 (lone surrogates).
    Encoding(String),
    /// `bytes` that are not UTF-8, with the offset of the first invalid byte.
    Utf8 { byte_offset: usize },
    /// A bug: the extractor panicked on this page.
    Internal(String),
}

impl Failure {
    /// A short name for the kind of failure, stable for callers to match on.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Failure::Type(_) => "type",
            Failure::Encoding(_) | Failure::Utf8 { .. } => "encoding",
            Failure::Internal(_) => "internal",
        }
    }

    /// The message users read.
    pub(crate) fn message(&self) -> String {
        match self {
            Failure::Type(name) => format!("expected str or bytes, got {name}"),
            Failure::Encoding(message) => message.clone(),
            Failure::Utf8 { byte_offset } => format!("invalid UTF-8 at byte offset {byte_offset}"),
            Failure::Internal(message) => format!("internal error (please report it): {message}"),
        }
    }

    /// The byte offset of the first invalid byte, for invalid UTF-8.
    pub(crate) fn byte_offset(&self) -> Option<usize> {
        match self {
            Failure::Utf8 { byte_offset } => Some(*byte_offset),
            _ => None,
        }
    }

    /// The exception a single-page call raises: `TypeError`, `ValueError`
    /// (for encodings, like Python's own `UnicodeError`s) or `RuntimeError`.
    pub(crate) fn into_err(self, function: &str) -> PyErr {
        let message = format!("{function}: {}", self.message());
        match self {
            Failure::Type(_) => PyTypeError::new_err(message),
            Failure::Encoding(_) | Failure::Utf8 { .. } => PyValueError::new_err(message),
            Failure::Internal(_) => PyRuntimeError::new_err(message),
        }
    }
}
