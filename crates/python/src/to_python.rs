//! Turning an extracted article into Python objects.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyNone};
use pyo3::IntoPyObjectExt;

use crate::tree::Node;

/// An article ready for Python, built without the GIL: its serde form with
/// spans in code points, and the way back to bytes.
#[derive(Debug)]
pub(crate) struct Extracted {
    pub(crate) tree: Node,
    /// `(code point, byte)` for every span offset where the two differ.
    pub(crate) byte_offsets: Vec<(u64, u64)>,
}

impl Extracted {
    /// `(dict, {code point: byte} | None)`: what `newsclip.Article` wraps.
    pub(crate) fn into_py(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let tree = to_py(py, &self.tree)?;
        let byte_offsets = if self.byte_offsets.is_empty() {
            PyNone::get(py).to_owned().into_any()
        } else {
            let map = PyDict::new(py);
            for (code_point, byte) in self.byte_offsets {
                map.set_item(code_point, byte)?;
            }
            map.into_any()
        };
        (tree, byte_offsets).into_py_any(py)
    }
}

/// The Python value of a JSON-like tree: `dict` (ordered), `list`, `str`,
/// `int`, `float`, `bool` or `None`.
fn to_py<'py>(py: Python<'py>, node: &Node) -> PyResult<Bound<'py, PyAny>> {
    Ok(match node {
        Node::Null => PyNone::get(py).to_owned().into_any(),
        Node::Bool(v) => v.into_bound_py_any(py)?,
        Node::Int(v) => v.into_bound_py_any(py)?,
        Node::UInt(v) => v.into_bound_py_any(py)?,
        Node::Float(v) => v.into_bound_py_any(py)?,
        Node::Str(v) => v.into_bound_py_any(py)?,
        Node::List(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        Node::Map(entries) => {
            let dict = PyDict::new(py);
            for (key, value) in entries {
                dict.set_item(key, to_py(py, value)?)?;
            }
            dict.into_any()
        }
    })
}
