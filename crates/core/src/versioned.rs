//! Reading a versioned JSON file (the content model, the listing, a body) so that each way it
//! can be wrong is told apart: not JSON, a version this code does not know, the wrong shape.

use serde::de::DeserializeOwned;
use serde::Deserialize;

/// Why a downloaded file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// Not JSON at all; the text is serde's, for the console only.
    NotJson(String),
    /// JSON, but not of the expected shape; the text says why, for the console only.
    WrongShape(String),
    /// A `schema` version this code does not know.
    UnknownSchema(u64),
}

/// Something with a `schema` version.
pub trait Versioned: DeserializeOwned {
    fn schema(&self) -> u32;
}

/// Reads a `T` of version `version` from JSON text: first whether it is JSON at all, then its
/// `schema` version (so that a file from a newer bundler is reported as such rather than as
/// "wrong shape"), then its shape.
pub fn parse_versioned<T: Versioned>(json: &str, version: u32) -> Result<T, FormatError> {
    // The common case parses once; the diagnosis below runs only for a bad file.
    let shape_error = match serde_json::from_str::<T>(json) {
        Ok(t) if t.schema() == version => return Ok(t),
        Ok(t) => return Err(FormatError::UnknownSchema(u64::from(t.schema()))),
        Err(e) => e,
    };
    #[derive(Deserialize)]
    struct Version {
        schema: Option<serde_json::Value>,
    }
    serde_json::from_str::<serde::de::IgnoredAny>(json)
        .map_err(|e| FormatError::NotJson(e.to_string()))?;
    match serde_json::from_str::<Version>(json) {
        Ok(Version {
            schema: Some(serde_json::Value::Number(n)),
        }) if n.as_u64() != Some(u64::from(version)) => {
            Err(FormatError::UnknownSchema(n.as_u64().unwrap_or(0)))
        }
        _ => Err(FormatError::WrongShape(shape_error.to_string())),
    }
}
