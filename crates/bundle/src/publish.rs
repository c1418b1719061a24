//! Writing what the widget downloads: the listing file and, in the folder named after it, one
//! body file per posting (`postings.json` and `postings/ID.json`). See [`careers_core::published`].

use careers_core::{publish, Bundle};
use std::path::{Path, PathBuf};

/// The folder of body files that goes with the listing file `listing`: its path without `.json`.
pub fn bodies_dir(listing: &Path) -> PathBuf {
    listing.with_extension("")
}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub listing_bytes: usize,
    pub bodies: usize,
    pub body_bytes: usize,
}

/// Every id names a file of its own inside the body folder, and the widget can open it: refused
/// before anything is written, naming the posting (a content model's ids are not checked when it
/// is read).
fn check_ids(bundle: &Bundle) -> std::io::Result<()> {
    let mut seen = std::collections::HashSet::new();
    for posting in &bundle.postings {
        let problem = if !careers_core::url_state::is_valid_id(&posting.id) {
            "is not 1 to 120 lower-case letters, digits and hyphens"
        } else if !seen.insert(posting.id.as_str()) {
            "is the id of another posting too"
        } else {
            continue;
        };
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("posting {:?}: its id {problem}", posting.id),
        ));
    }
    Ok(())
}

/// Compact JSON and a final newline, byte-identical for the same value; a value that cannot be
/// serialized stops the run (nothing is published in its place).
fn compact<T: serde::Serialize>(value: &T) -> std::io::Result<String> {
    let mut s = serde_json::to_string(value)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
    s.push('\n');
    Ok(s)
}

/// Publishes `bundle` at `listing` (for example `dist/postings.json`) with its bodies beside it
/// (`dist/postings/`). The body folder is written whole under a temporary name and swapped in,
/// then the listing is written atomically, so no reader ever sees a half-written file and no
/// body of a removed posting lingers.
pub fn write_published(listing: &Path, bundle: &Bundle) -> std::io::Result<Written> {
    check_ids(bundle)?;
    let published = publish(bundle);
    let dir = bodies_dir(listing);
    let fresh = crate::sibling(&dir, "new")?;
    let stale = crate::sibling(&dir, "old")?;
    let mut body_bytes = 0;
    let written = (|| {
        std::fs::create_dir_all(&fresh)?;
        for body in &published.bodies {
            let text = compact(body)?;
            body_bytes += text.len();
            std::fs::write(fresh.join(format!("{}.json", body.id)), text)?;
        }
        if dir.exists() {
            std::fs::rename(&dir, &stale)?;
        }
        std::fs::rename(&fresh, &dir)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_dir_all(&fresh);
        return Err(e);
    }
    let _ = std::fs::remove_dir_all(&stale);
    let text = compact(&published.listing)?;
    crate::write_atomically(listing, &text)?;
    Ok(Written {
        listing_bytes: text.len(),
        bodies: published.bodies.len(),
        body_bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use careers_core::model::{Content, Posting};

    fn posting(id: &str) -> Posting {
        let en = Content {
            title: "T".into(),
            summary: String::new(),
            body: Vec::new(),
            source: "en/t.md".into(),
        };
        Posting::for_test(id, Some(en), None)
    }

    /// A value whose serialization fails, as a map with a non-string key would.
    struct Unserializable;

    impl serde::Serialize for Unserializable {
        fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(serde::ser::Error::custom("cannot be written as JSON"))
        }
    }

    #[test]
    fn a_serialization_failure_is_an_error_not_an_empty_object() {
        let error = compact(&Unserializable).unwrap_err();
        assert!(
            error.to_string().contains("cannot be written as JSON"),
            "{error}"
        );
        assert_eq!(compact(&vec![1, 2]).unwrap(), "[1,2]\n");
    }

    #[test]
    fn ids_that_are_not_file_names_of_their_own_are_refused_before_anything_is_written() {
        let dir = std::env::temp_dir().join(format!("careers-publish-ids-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let out = dir.join("site");
        std::fs::create_dir_all(&out).unwrap();
        for (ids, named) in [
            (vec!["ok", "../../x"], "\"../../x\""),
            (vec!["same", "same"], "\"same\""),
            (vec!["Upper"], "\"Upper\""),
        ] {
            let bundle = Bundle {
                schema: careers_core::SCHEMA_VERSION,
                postings: ids.iter().map(|id| posting(id)).collect(),
                labels: Default::default(),
            };
            let error = write_published(&out.join("postings.json"), &bundle).unwrap_err();
            assert!(error.to_string().contains(named), "{error}");
            assert_eq!(std::fs::read_dir(&out).unwrap().count(), 0, "{ids:?}");
            assert!(!dir.join("x.json").exists());
        }
        std::fs::remove_dir_all(dir).unwrap();
    }
}
