//! An extracted article held in Rust until Python asks for it.

use std::collections::HashMap;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyNone, PyString};
use pyo3::IntoPyObjectExt;
use serde::Serialize;

use crate::tree::Node;

/// One article: its serde form with spans in code points, and the way back
/// to bytes.
///
/// Built by the worker threads without the GIL; `newsclip.Article` wraps it
/// and turns it into Python objects only when a field is read, so a batch
/// costs the GIL one small object per page.
#[pyclass(frozen, module = "newsclip._core")]
#[derive(Debug)]
pub struct Extracted {
    tree: Node,
    /// `(code point, byte)` for every span offset where the two differ,
    /// sorted (by either: both grow together).
    byte_offsets: Vec<(u64, u64)>,
}

impl Extracted {
    pub(crate) fn new(tree: Node, byte_offsets: Vec<(u64, u64)>) -> Extracted {
        Extracted { tree, byte_offsets }
    }

    /// The tree with offsets in bytes, as the CLI prints it.
    fn in_bytes(&self) -> Node {
        let mut tree = self.tree.clone();
        let pairs = &self.byte_offsets;
        tree.map_offsets(|cp| pairs.binary_search_by_key(&cp, |&(c, _)| c).map_or(cp, |i| pairs[i].1));
        tree
    }
}

#[pymethods]
impl Extracted {
    /// The article as a fresh `dict` (keys in the JSON contract's order),
    /// offsets in code points or, with `byte_offsets`, in UTF-8 bytes.
    #[pyo3(signature = (byte_offsets = false))]
    fn to_dict(&self, py: Python<'_>, byte_offsets: bool) -> PyResult<Py<PyAny>> {
        let mut keys = HashMap::new();
        if byte_offsets && !self.byte_offsets.is_empty() {
            Ok(to_py(py, &self.in_bytes(), &mut keys)?.unbind())
        } else {
            Ok(to_py(py, &self.tree, &mut keys)?.unbind())
        }
    }

    /// The article as JSON, compact (one line) or indented by `indent`
    /// spaces, with serde_json: the very bytes the CLI prints.
    #[pyo3(signature = (byte_offsets = false, indent = None))]
    fn to_json(&self, byte_offsets: bool, indent: Option<usize>) -> PyResult<String> {
        let converted;
        let tree = if byte_offsets && !self.byte_offsets.is_empty() {
            converted = self.in_bytes();
            &converted
        } else {
            &self.tree
        };
        let json = match indent {
            None => serde_json::to_vec(tree),
            Some(n) => {
                let indent = b" ".repeat(n);
                let mut out = Vec::new();
                let formatter = serde_json::ser::PrettyFormatter::with_indent(&indent);
                tree.serialize(&mut serde_json::Serializer::with_formatter(&mut out, formatter)).map(|()| out)
            }
        };
        let json = json.map_err(|err| PyValueError::new_err(err.to_string()))?;
        String::from_utf8(json).map_err(|err| PyValueError::new_err(err.to_string()))
    }

    /// `{code point: byte}` for the span offsets where the two differ, or
    /// `None` when they never do (ASCII text).
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

/// The Python value of a JSON-like tree: `dict` (ordered), `list`, `str`,
/// `int`, `float`, `bool` or `None`. Keys repeat (`text`, `start`, `end` in
/// every span), so each is made once per tree.
fn to_py<'py, 'a>(
    py: Python<'py>,
    node: &'a Node,
    keys: &mut HashMap<&'a str, Bound<'py, PyString>>,
) -> PyResult<Bound<'py, PyAny>> {
    Ok(match node {
        Node::Null => PyNone::get(py).to_owned().into_any(),
        Node::Bool(v) => v.into_bound_py_any(py)?,
        Node::Int(v) => v.into_bound_py_any(py)?,
        Node::UInt(v) => v.into_bound_py_any(py)?,
        Node::Float(v) => v.into_bound_py_any(py)?,
        Node::Str(v) => PyString::new(py, v).into_any(),
        Node::List(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item, keys)?)?;
            }
            list.into_any()
        }
        Node::Map(entries) => {
            let dict = PyDict::new(py);
            for (key, value) in entries {
                let key = keys.entry(key.as_str()).or_insert_with(|| PyString::new(py, key)).clone();
                dict.set_item(key, to_py(py, value, keys)?)?;
            }
            dict.into_any()
        }
    })
}
