//! Why a page could not be read.

use core::fmt;

/// An error from reading a page; see [`Error::kind`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    /// For [`ErrorKind::InvalidUtf8`]: the length of the valid UTF-8 prefix.
    valid_up_to: usize,
}

/// The kinds of [`Error`]; more may be added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The page is not valid UTF-8.
    InvalidUtf8,
}

impl Error {
    pub(crate) fn invalid_utf8(err: core::str::Utf8Error) -> Error {
        Error { kind: ErrorKind::InvalidUtf8, valid_up_to: err.valid_up_to() }
    }

    /// What went wrong.
    #[must_use]
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// For invalid UTF-8, the byte offset of the first invalid byte.
    #[must_use]
    pub fn byte_offset(&self) -> Option<usize> {
        match self.kind {
            ErrorKind::InvalidUtf8 => Some(self.valid_up_to),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::InvalidUtf8 => write!(f, "invalid UTF-8 at byte offset {}", self.valid_up_to),
        }
    }
}

impl std::error::Error for Error {}
