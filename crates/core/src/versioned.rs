//! Reading a versioned JSON file (the content model, the listing, a body) so that each way it
//! can be wrong is told apart: not JSON, a version this code does not know, the wrong shape.

use crate::json::{or_default, JsonError, Read, Reader};
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

/// Reads a `T` of version `version` from JSON text with `read` (the files the widget downloads;
/// see [`crate::json`]).
pub fn read_versioned<T: Versioned>(
    json: &str,
    version: u32,
    read: fn(&mut Reader) -> Read<T>,
) -> Result<T, FormatError> {
    match Reader::document(json, read) {
        Ok(t) => check_version(t, version),
        Err(e) => Err(diagnose(json, version, e.to_string())),
    }
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
            // A number that is not a whole one is no version this code knows either.
            let number = or_default(r.number().map(Some))?;
            schema = number.map(|n| n.parse::<u64>().unwrap_or(0));
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
