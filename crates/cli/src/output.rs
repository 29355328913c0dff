//! Where lines go: standard output or a file, gzip or zstd by extension.
//!
//! Lines are buffered and handed to the operating system only as whole
//! lines, so an interrupted run never leaves half a line behind; on standard
//! output the buffer is flushed whenever the writer has nothing else to do,
//! so a record that arrives alone comes out at once.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;

/// Buffered bytes written in one go.
const FLUSH_BYTES: usize = 1 << 16;

enum Sink {
    Stdout(io::Stdout),
    File(BufWriter<File>),
    Gzip(GzEncoder<BufWriter<File>>),
    Zstd(zstd::Encoder<'static, BufWriter<File>>),
}

impl Sink {
    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Sink::Stdout(out) => out,
            Sink::File(out) => out,
            Sink::Gzip(out) => out,
            Sink::Zstd(out) => out,
        }
    }
}

/// The output of a run.
pub(crate) struct Output {
    sink: Sink,
    buffer: Vec<u8>,
    path: Option<PathBuf>,
}

impl Output {
    pub(crate) fn stdout() -> Output {
        Output { sink: Sink::Stdout(io::stdout()), buffer: Vec::with_capacity(FLUSH_BYTES), path: None }
    }

    /// Creates `path`, compressed when its name ends in `.gz` or `.zst`.
    pub(crate) fn create(path: &Path) -> io::Result<Output> {
        let file = BufWriter::new(File::create(path)?);
        let name = path.to_string_lossy().to_ascii_lowercase();
        let sink = if name.ends_with(".gz") {
            Sink::Gzip(GzEncoder::new(file, flate2::Compression::default()))
        } else if name.ends_with(".zst") || name.ends_with(".zstd") {
            Sink::Zstd(zstd::Encoder::new(file, 0)?)
        } else {
            Sink::File(file)
        };
        Ok(Output { sink, buffer: Vec::with_capacity(FLUSH_BYTES), path: Some(path.to_owned()) })
    }

    /// What to call the output in a message.
    pub(crate) fn name(&self) -> String {
        self.path.as_ref().map_or_else(|| "standard output".to_owned(), |p| p.display().to_string())
    }

    pub(crate) fn write_line(&mut self, line: &str) -> io::Result<()> {
        self.buffer.extend_from_slice(line.as_bytes());
        self.buffer.push(b'\n');
        if self.buffer.len() >= FLUSH_BYTES {
            self.drain()?;
        }
        Ok(())
    }

    fn drain(&mut self) -> io::Result<()> {
        if !self.buffer.is_empty() {
            self.sink.writer().write_all(&self.buffer)?;
            self.buffer.clear();
        }
        Ok(())
    }

    /// On standard output, writes what is buffered now (a pipe reader is
    /// waiting for it); a file is left to fill its buffer.
    pub(crate) fn flush_if_interactive(&mut self) -> io::Result<()> {
        if matches!(self.sink, Sink::Stdout(_)) && !self.buffer.is_empty() {
            self.drain()?;
            self.sink.writer().flush()?;
        }
        Ok(())
    }

    /// Writes everything and ends the compressed stream.
    pub(crate) fn finish(mut self) -> io::Result<()> {
        self.drain()?;
        match self.sink {
            Sink::Stdout(mut out) => out.flush(),
            Sink::File(mut out) => out.flush(),
            Sink::Gzip(out) => out.finish()?.flush(),
            Sink::Zstd(out) => out.finish()?.flush(),
        }
    }
}
