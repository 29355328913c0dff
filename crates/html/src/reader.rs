//! [`Reader`], its options and its builder.

use crate::charset;
use crate::content;
use crate::document::Document;
use crate::metadata;

/// Reads HTML pages into [`Document`]s. Cheap to create and to clone; holds only options.
///
/// ```
/// use newsclip_html::Reader;
///
/// let reader = Reader::builder().max_bytes(1 << 20).build();
/// let page = reader.read(b"<title>Hi</title><p>One paragraph of text.</p>", None);
/// assert_eq!(page.text, "Hi\nOne paragraph of text.\n");
/// ```
#[derive(Clone, Debug)]
pub struct Reader {
    max_bytes: usize,
}

impl Default for Reader {
    fn default() -> Reader {
        Reader { max_bytes: 64 << 20 }
    }
}

impl Reader {
    /// A reader with the default options.
    #[must_use]
    pub fn new() -> Reader {
        Reader::default()
    }

    /// A builder to set options.
    #[must_use]
    pub fn builder() -> ReaderBuilder {
        ReaderBuilder { config: Reader::default() }
    }

    /// Reads `html`, fetched from `url` when known.
    #[must_use]
    pub fn read(&self, html: &[u8], url: Option<&str>) -> Document {
        self.read_with_content_type(html, url, None)
    }

    /// Reads `html` with the `Content-Type` the server sent (`text/html; charset=ISO-8859-1`),
    /// whose charset outranks the page's own declaration.
    #[must_use]
    pub fn read_with_content_type(&self, html: &[u8], url: Option<&str>, content_type: Option<&str>) -> Document {
        let html = &html[..html.len().min(self.max_bytes)];
        let charset = charset::detect(html, content_type);
        let (mut document, raw) = crate::parse::parse(html, charset);
        // The metadata rules read the markup rules' findings; the container model then decides.
        let (rules, chosen) = content::find(&document);
        document.content = rules;
        document.metadata = metadata::read(&document, &raw, url);
        document.content = chosen;
        document
    }
}

/// Builds a [`Reader`] with non-default options.
#[derive(Clone, Debug)]
pub struct ReaderBuilder {
    config: Reader,
}

impl ReaderBuilder {
    /// Reads at most this many bytes of a page (default 64 MiB); the rest is ignored.
    pub fn max_bytes(&mut self, max_bytes: usize) -> &mut ReaderBuilder {
        self.config.max_bytes = max_bytes;
        self
    }

    /// The reader.
    #[must_use]
    pub fn build(&self) -> Reader {
        self.config.clone()
    }
}
