//! An extracted article held in Rust until Python asks for it.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::offsets;

/// One article: the JSON the CLI prints, with its spans in code points, and
/// the way back to bytes.
///
/// Built by the worker threads without the GIL; `newsclip.Article` wraps it
/// and turns it into Python objects only when a field is read, so a batch
/// costs the GIL one small object per page.
#[pyclass(frozen, module = "newsclip._core")]
#[derive(Debug)]
pub struct Extracted {
    /// Compact JSON, offsets in code points.
    json: String,
    /// `(code point, byte)` for every offset where the two differ, sorted
    /// (by either: both grow together).
    byte_offsets: Vec<(u64, u64)>,
}

impl Extracted {
    /// `article`, whose spans index `text`, with its offsets in code points.
    pub(crate) fn new(article: &newsclip::Article, text: &str) -> serde_json::Result<Extracted> {
        let (json, byte_offsets) = offsets::serialize(article, text)?;
        Ok(Extracted { json, byte_offsets })
    }
}

#[pymethods]
impl Extracted {
    /// The article as JSON: compact (one line, as `newsclip extract --jsonl`
    /// prints it) or indented by `indent` spaces (`2`: the CLI's pretty
    /// print); offsets in code points or, with `byte_offsets`, in bytes.
    #[pyo3(signature = (byte_offsets = false, indent = None))]
    fn to_json(&self, byte_offsets: bool, indent: Option<usize>) -> PyResult<String> {
        let converted;
        let json = if byte_offsets && !self.byte_offsets.is_empty() {
            converted = offsets::to_bytes(&self.json, &self.byte_offsets);
            &converted
        } else {
            &self.json
        };
        match indent {
            None => Ok(json.clone()),
            Some(n) => pretty(json, n).map_err(|err| PyValueError::new_err(err.to_string())),
        }
    }

    /// `{code point: byte}` for the offsets where the two differ, or `None`
    /// when they never do (ASCII text).
    fn byte_offsets<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        if self.byte_offsets.is_empty() {
            return Ok(None);
        }
        let map = PyDict::new(py);
        for &(code_point, byte) in &self.byte_offsets {
            map.set_item(code_point, byte)?;
        }
        Ok(Some(map))
    }
}

/// Compact JSON re-indented by serde_json's pretty printer, keys in order
/// (serde-transcode streams it: no tree, no reordering).
fn pretty(json: &str, indent: usize) -> Result<String, serde_json::Error> {
    let indent = b" ".repeat(indent);
    let mut out = Vec::with_capacity(json.len() * 2);
    let formatter = serde_json::ser::PrettyFormatter::with_indent(&indent);
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    serde_transcode::transcode(&mut serde_json::Deserializer::from_str(json), &mut serializer)?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}
