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

/// Compact JSON and a final newline, byte-identical for the same value.
fn compact<T: serde::Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string(value).unwrap_or_else(|_| String::from("{}"));
    s.push('\n');
    s
}

/// Publishes `bundle` at `listing` (for example `dist/postings.json`) with its bodies beside it
/// (`dist/postings/`). The body folder is written whole under a temporary name and swapped in,
/// then the listing is written atomically, so no reader ever sees a half-written file and no
/// body of a removed posting lingers.
pub fn write_published(listing: &Path, bundle: &Bundle) -> std::io::Result<Written> {
    let published = publish(bundle);
    let dir = bodies_dir(listing);
    let fresh = crate::sibling(&dir, "new")?;
    let stale = crate::sibling(&dir, "old")?;
    let mut body_bytes = 0;
    let written = (|| {
        std::fs::create_dir_all(&fresh)?;
        for body in &published.bodies {
            let text = compact(body);
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
    let text = compact(&published.listing);
    crate::write_atomically(listing, &text)?;
    Ok(Written {
        listing_bytes: text.len(),
        bodies: published.bodies.len(),
        body_bytes,
    })
}
