//! Reading a versioned JSON file (the content model, the listing, a body) so that each way it
//! can be wrong is told apart: not JSON, a version this code does not know, the wrong shape.
//! The files the widget downloads are read piece by piece as they arrive ([`Piecewise`]); the
//! content model is read whole, with serde ([`parse_versioned`]).

use crate::json::{or_default, required, JsonError, Piece, Pieces, Read, Reader};
use serde::de::DeserializeOwned;

/// Why a downloaded file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// Not JSON at all; the text says where, for the console only.
    NotJson(String),
    /// JSON, but not of the expected shape; the text says why, for the console only.
    WrongShape(String),
    /// A `schema` version this code does not know.
    UnknownSchema(u64),
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatError::NotJson(why) => write!(f, "not JSON: {why}"),
            FormatError::WrongShape(why) => write!(f, "JSON of the wrong shape: {why}"),
            FormatError::UnknownSchema(v) => write!(f, "unknown schema version {v}"),
        }
    }
}

impl std::error::Error for FormatError {}

/// Something with a `schema` version.
pub trait Versioned {
    fn schema(&self) -> u32;
}

/// Reads a `T` of version `version` from JSON text with serde (the bundler's content model).
pub fn parse_versioned<T: Versioned + DeserializeOwned>(
    json: &str,
    version: u32,
) -> Result<T, FormatError> {
    match serde_json::from_str::<T>(json) {
        Ok(t) => check_version(t, version),
        Err(e) => Err(diagnose(json, version, e.to_string())),
    }
}

/// The parts of a versioned file read so far, as its text arrives (see [`Piecewise`]).
pub trait Parts: Default {
    /// The file they make.
    type File;
    /// The version of the file this code reads.
    const SCHEMA: u32;
    /// The key whose array is read item by item, if any.
    const STREAMED: Option<&'static str> = None;
    /// Reads the value of `key` (not `schema`, which [`Piecewise`] reads), or one item of the
    /// streamed key's array.
    fn read(&mut self, r: &mut Reader, key: &str, piece: Piece) -> Read<()>;
    /// The file (of version [`Parts::SCHEMA`]), if every part it needs was there and they agree.
    fn file(self) -> Read<Self::File>;
}

/// Reads a versioned file (the listing, a body) piece by piece:
/// [`Piecewise::feed`] each piece of its text, then [`Piecewise::finish`]. Only the value being
/// waited for is held, never the whole text (see [`Pieces`]).
pub struct Piecewise<P> {
    pieces: Pieces,
    /// The `schema` number as written, or 0 for one that is not a whole number.
    schema: Option<u64>,
    parts: P,
}

impl<P: Parts> Default for Piecewise<P> {
    fn default() -> Piecewise<P> {
        Piecewise::new()
    }
}

impl<P: Parts> Piecewise<P> {
    /// A reader of the file's first piece on.
    pub fn new() -> Piecewise<P> {
        Piecewise {
            pieces: Pieces::new(P::STREAMED),
            schema: None,
            parts: P::default(),
        }
    }

    /// Reads the whole of `text`, as if it had arrived in one piece.
    pub fn read(text: &str) -> Result<P::File, FormatError> {
        let mut reader = Piecewise::<P>::new();
        reader.feed(text.as_bytes())?;
        reader.finish()
    }

    /// Reads what `bytes` completes; fails at once if the text is not JSON (or not UTF-8).
    pub fn feed(&mut self, bytes: &[u8]) -> Result<(), FormatError> {
        self.pieces
            .feed(bytes, &mut |r, key, piece| {
                read_part(r, key, piece, &mut self.schema, &mut self.parts)
            })
            .map_err(|e| FormatError::NotJson(e.to_string()))
    }

    /// The file, once the text has all arrived. Not JSON, then a `schema` other than
    /// [`Parts::SCHEMA`], then the wrong shape, is the error: a file from a newer bundler is
    /// reported as such rather than as "wrong shape".
    pub fn finish(mut self) -> Result<P::File, FormatError> {
        let read = self.pieces.finish(&mut |r, key, piece| {
            read_part(r, key, piece, &mut self.schema, &mut self.parts)
        });
        if let Err(e @ JsonError::Syntax { .. }) = read {
            return Err(FormatError::NotJson(e.to_string()));
        }
        if let Some(n) = self.schema.filter(|n| *n != u64::from(P::SCHEMA)) {
            return Err(FormatError::UnknownSchema(n));
        }
        read.and_then(|()| self.parts.file())
            .and_then(|file| required(self.schema, "schema").map(|_| file))
            .map_err(|e| FormatError::WrongShape(e.to_string()))
    }
}

/// Reads `schema` as a number whatever its shape, so that a version this code does not know is
/// told apart from a wrong shape; hands `parts` every other key.
fn read_part<P: Parts>(
    r: &mut Reader,
    key: &str,
    piece: Piece,
    schema: &mut Option<u64>,
    parts: &mut P,
) -> Read<()> {
    if key != "schema" {
        return parts.read(r, key, piece);
    }
    *schema = or_default(r.number().map(Some))?.map(version_of);
    Ok(())
}

/// The version a `schema` number names: a number that is not a whole one (`2.5`, `-1`, `2e0`)
/// is no version this code knows, 0; one beyond `u64` is `u64::MAX`.
fn version_of(number: &str) -> u64 {
    number
        .bytes()
        .try_fold(0u64, |version, digit| {
            digit.is_ascii_digit().then(|| {
                version
                    .saturating_mul(10)
                    .saturating_add(u64::from(digit - b'0'))
            })
        })
        .unwrap_or(0)
}

fn check_version<T: Versioned>(t: T, version: u32) -> Result<T, FormatError> {
    match t.schema() {
        v if v == version => Ok(t),
        v => Err(FormatError::UnknownSchema(u64::from(v))),
    }
}

/// Why `json` could not be read as a `T`, given the reader's `shape_error`: first whether it is
/// JSON at all, then its `schema` version (so that a file from a newer bundler is reported as
/// such rather than as "wrong shape"). Runs only for a bad file.
fn diagnose(json: &str, version: u32, shape_error: String) -> FormatError {
    // One pass: the top-level `schema` is read, everything else skipped, which also checks that
    // the whole text is JSON (a text that is not an object is skipped as a whole).
    let mut schema = None;
    let scan = Reader::document(json, |r| {
        r.object(&mut |r, key| {
            if key != "schema" {
                return r.skip();
            }
            schema = or_default(r.number().map(Some))?.map(version_of);
            Ok(())
        })
    });
    if let Err(e @ JsonError::Syntax { .. }) = scan {
        return FormatError::NotJson(e.to_string());
    }
    match schema {
        Some(n) if n != u64::from(version) => FormatError::UnknownSchema(n),
        _ => FormatError::WrongShape(shape_error),
    }
}

#[cfg(test)]
mod tests {
    use super::FormatError;

    #[test]
    fn says_what_is_wrong_in_words() {
        let e: Box<dyn std::error::Error> = Box::new(FormatError::UnknownSchema(9));
        assert_eq!(e.to_string(), "unknown schema version 9");
        assert_eq!(
            FormatError::WrongShape("missing field `postings`".into()).to_string(),
            "JSON of the wrong shape: missing field `postings`"
        );
        assert!(FormatError::NotJson("line 1".into())
            .to_string()
            .starts_with("not JSON: "));
    }
}
