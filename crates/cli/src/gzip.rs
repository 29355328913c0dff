//! Multi-member gzip that survives a corrupt member.
//!
//! A `.warc.gz` (and many `.jsonl.gz` written by appending) is a sequence of
//! gzip members. [`flate2::bufread::MultiGzDecoder`] reads such a file but stops
//! for good at the first corrupt member; [`GzipMembers`] decodes member by
//! member with [`flate2::bufread::GzDecoder`] and, when one fails, returns one
//! [`io::ErrorKind::InvalidData`] error naming the member's offset, then
//! carries on from the next gzip header it finds. A stream that ends inside a
//! member gives an [`io::ErrorKind::UnexpectedEof`] error.
//!
//! ```
//! use std::io::{Read, Write};
//! use flate2::{write::GzEncoder, Compression};
//! use newsclip_cli::gzip::GzipMembers;
//!
//! let member = |text: &str| {
//!     let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
//!     gz.write_all(text.as_bytes()).unwrap();
//!     gz.finish().unwrap()
//! };
//! let mut bad = member("lost");
//! let crc = bad.len() - 8;
//! bad[crc] ^= 0xff; // break the member's checksum
//! let file = [member("one "), bad, member("two")].concat();
//!
//! let mut reader = GzipMembers::new(&file[..]);
//! let mut out = String::new();
//! let err = reader.read_to_string(&mut out).unwrap_err();
//! assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);
//! reader.read_to_string(&mut out).unwrap();
//! assert_eq!(out, "one two");
//! ```

use std::io::{self, BufRead, Read};

use flate2::bufread::GzDecoder;

/// The first three bytes of every gzip member (magic and the deflate method).
const MEMBER_MAGIC: &[u8] = &[0x1f, 0x8b, 0x08];

/// Members that decode to at most this many bytes are checked before use.
pub const VERIFIED_MEMBER_BYTES: usize = 8 << 20;

/// A reader of the concatenated, decompressed members of a gzip stream.
#[derive(Debug)]
pub struct GzipMembers<R> {
    state: State<R>,
}

#[derive(Debug)]
enum State<R> {
    /// Between members: the next bytes should be a gzip header.
    Between(Counted<R>),
    /// Inside a member.
    Member(Box<Member<R>>),
    /// After a corrupt member: looking for the next gzip header.
    Scanning(Counted<R>),
    /// Only while switching states.
    Empty,
}

/// A member being decoded: the first bytes are held until the member has
/// been checked or has grown past [`VERIFIED_MEMBER_BYTES`].
#[derive(Debug)]
struct Member<R> {
    decoder: GzDecoder<Counted<R>>,
    /// The compressed offset of its header.
    start: u64,
    held: Vec<u8>,
    /// How much of `held` was returned.
    served: usize,
    /// The member is larger than what is held: read on without holding.
    streaming: bool,
    /// The decoder reached the member's end (its check passed).
    ended: bool,
}

impl<R: BufRead> Member<R> {
    /// Decodes until the member ends or `held` passes the limit.
    fn hold(&mut self) -> io::Result<()> {
        // `read_to_end` grows the buffer without zeroing it first.
        let limit = VERIFIED_MEMBER_BYTES as u64 + 1;
        (&mut self.decoder).take(limit).read_to_end(&mut self.held)?;
        if self.held.len() > VERIFIED_MEMBER_BYTES {
            self.streaming = true;
        } else {
            self.ended = true;
        }
        Ok(())
    }
}

impl<R: BufRead> GzipMembers<R> {
    /// Decompresses the gzip members read from `inner`.
    pub fn new(inner: R) -> GzipMembers<R> {
        GzipMembers { state: State::Between(Counted { inner, position: 0 }) }
    }
}

impl<R: BufRead> Read for GzipMembers<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            match std::mem::replace(&mut self.state, State::Empty) {
                State::Empty => return Ok(0),
                State::Between(mut inner) => {
                    if inner.fill_buf()?.is_empty() {
                        self.state = State::Between(inner);
                        return Ok(0);
                    }
                    let start = inner.position;
                    let decoder = GzDecoder::new(inner);
                    let member = Member { decoder, start, held: Vec::new(), served: 0, streaming: false, ended: false };
                    self.state = State::Member(Box::new(member));
                }
                State::Scanning(mut inner) => {
                    let found = skip_to_magic(&mut inner)?;
                    self.state = if found { State::Between(inner) } else { State::Scanning(inner) };
                    if !found {
                        return Ok(0);
                    }
                }
                State::Member(mut member) => match member.read_into(buf) {
                    Ok(0) => self.state = State::Between(member.decoder.into_inner()),
                    Ok(n) => {
                        self.state = State::Member(member);
                        return Ok(n);
                    }
                    Err(err) => {
                        let start = member.start;
                        let mut inner = member.decoder.into_inner();
                        let at_end = inner.fill_buf().map_or(true, <[u8]>::is_empty);
                        self.state = State::Scanning(inner);
                        if at_end || err.kind() == io::ErrorKind::UnexpectedEof {
                            let message = format!("gzip stream truncated in the member at byte {start}");
                            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, message));
                        }
                        let message = format!("corrupt gzip member at byte {start}: {err}");
                        return Err(io::Error::new(io::ErrorKind::InvalidData, message));
                    }
                },
            }
        }
    }
}

impl<R: BufRead> Member<R> {
    /// Returns held bytes first; holds the member's start before anything.
    fn read_into(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.held.is_empty() && !self.streaming && !self.ended {
            self.hold()?;
        }
        if self.served < self.held.len() {
            let n = buf.len().min(self.held.len() - self.served);
            buf[..n].copy_from_slice(&self.held[self.served..self.served + n]);
            self.served += n;
            if self.served == self.held.len() {
                self.held = Vec::new();
                self.served = 0;
            }
            return Ok(n);
        }
        if self.ended {
            return Ok(0);
        }
        loop {
            match self.decoder.read(buf) {
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                result => return result,
            }
        }
    }
}

/// Consumes bytes up to the next gzip member header; `false` at the end.
fn skip_to_magic(inner: &mut impl BufRead) -> io::Result<bool> {
    loop {
        let buf = inner.fill_buf()?;
        if buf.is_empty() {
            return Ok(false);
        }
        if let Some(at) = memchr::memmem::find(buf, MEMBER_MAGIC) {
            inner.consume(at);
            return Ok(true);
        }
        // Keep the last two bytes: the magic may straddle two buffers.
        let keep = if buf.len() >= MEMBER_MAGIC.len() { MEMBER_MAGIC.len() - 1 } else { 0 };
        let skip = buf.len() - keep;
        if skip == 0 {
            // Fewer bytes than a header remain and no more come: nothing to find.
            let len = buf.len();
            inner.consume(len);
            return Ok(false);
        }
        inner.consume(skip);
    }
}

/// A [`BufRead`] that counts the bytes consumed (the compressed offset).
#[derive(Debug)]
struct Counted<R> {
    inner: R,
    position: u64,
}

impl<R: BufRead> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.position += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        self.position += amt as u64;
        self.inner.consume(amt);
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use flate2::write::GzEncoder;
    use flate2::Compression;

    use super::*;

    fn member(text: &[u8]) -> Vec<u8> {
        let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
        gz.write_all(text).expect("in memory");
        gz.finish().expect("in memory")
    }

    /// Reads to the end, collecting the data and the error kinds on the way.
    fn drain(data: &[u8]) -> (Vec<u8>, Vec<io::ErrorKind>) {
        let mut reader = GzipMembers::new(data);
        let (mut out, mut errors) = (Vec::new(), Vec::new());
        let mut buf = [0; 7];
        for _ in 0..10_000 {
            match reader.read(&mut buf) {
                Ok(0) => return (out, errors),
                Ok(n) => out.extend_from_slice(&buf[..n]),
                Err(err) => errors.push(err.kind()),
            }
        }
        panic!("the reader does not end");
    }

    #[test]
    fn concatenated_members_read_as_one_stream() {
        let data = [member(b"alpha "), member(b""), member(b"beta")].concat();
        assert_eq!(drain(&data), (b"alpha beta".to_vec(), vec![]));
    }

    #[test]
    fn a_corrupt_member_is_one_error_and_the_next_member_is_read() {
        let mut bad = member(b"some text that is lost");
        let middle = bad.len() / 2;
        bad[middle] ^= 0x55;
        bad[middle + 1] ^= 0x55;
        let data = [member(b"first "), bad, member(b"last")].concat();
        let (out, errors) = drain(&data);
        assert!(out.starts_with(b"first ") && out.ends_with(b"last"), "{}", String::from_utf8_lossy(&out));
        assert_eq!(errors, [io::ErrorKind::InvalidData]);
    }

    #[test]
    fn a_truncated_last_member_is_an_unexpected_eof() {
        let last = member(b"the last record, cut short by a failed download");
        let data = [member(b"whole "), last[..last.len() / 2].to_vec()].concat();
        let (out, errors) = drain(&data);
        assert!(out.starts_with(b"whole "));
        assert_eq!(errors, [io::ErrorKind::UnexpectedEof]);
    }

    #[test]
    fn trailing_garbage_is_reported() {
        let data = [member(b"data"), b"not gzip at all".to_vec()].concat();
        let (out, errors) = drain(&data);
        assert_eq!(out, b"data");
        assert_eq!(errors.len(), 1);
    }
}
