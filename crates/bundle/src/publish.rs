//! Writing what the widget downloads: the listing file and, in the folder named after it, one
//! body file per posting (`postings.json` and `postings/ID.json`). See [`careers_core::published`].

use careers_core::address::id_problem;
use careers_core::model::{is_safe_href, Block, Inline};
use careers_core::{parse_body, parse_listing, publish, Bundle, Listing, PostingBody};
use std::path::{Path, PathBuf};

/// The folder of body files that goes with the listing file `listing`: its path without `.json`.
pub fn bodies_dir(listing: &Path) -> PathBuf {
    listing.with_extension("")
}

/// The files written, as the widget reads them (each was read back before any was written): the
/// site renders its pages from these, with no second reading.
#[derive(Debug, Clone)]
pub struct ReadBack {
    pub listing: Listing,
    pub bodies: Vec<PostingBody>,
}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub listing_bytes: usize,
    pub bodies: usize,
    pub body_bytes: usize,
}

/// What the widget could not open or would not show is refused before anything is written,
/// naming the posting and its source file (a content model is not checked when it is read):
/// an id that is not a file name of its own or names the form's page, and a link that is not
/// `http`, `https` or `mailto`
/// (the Markdown reader keeps only those; a content model may hold anything).
fn check_postings(bundle: &Bundle) -> std::io::Result<()> {
    let mut seen = std::collections::HashSet::new();
    for posting in &bundle.postings {
        let unsafe_link = posting
            .apply
            .iter()
            .map(String::as_str)
            .chain(
                [&posting.en, &posting.fr]
                    .into_iter()
                    .flatten()
                    .flat_map(|content| links(&content.body)),
            )
            .find(|href| !is_safe_href(href));
        let problem = if let Some(problem) = id_problem(&posting.id) {
            problem.to_owned()
        } else if !seen.insert(posting.id.as_str()) {
            "its id is the id of another posting too".to_owned()
        } else if let Some(href) = unsafe_link {
            format!("its link {href:?} is not an http, https or mailto address")
        } else {
            continue;
        };
        return Err(invalid(posting, &problem));
    }
    Ok(())
}

/// The error for `posting`, named with its source files.
fn invalid(posting: &careers_core::model::Posting, problem: &str) -> std::io::Error {
    let sources: Vec<&str> = [&posting.en, &posting.fr]
        .into_iter()
        .flatten()
        .map(|content| content.source.as_str())
        .filter(|source| !source.is_empty())
        .collect();
    let from = if sources.is_empty() {
        String::new()
    } else {
        format!(" ({})", sources.join(", "))
    };
    std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        format!("posting {:?}{from}: {problem}", posting.id),
    )
}

/// Every link's address in `blocks`, nested lists and inlines included.
fn links(blocks: &[Block]) -> Vec<&str> {
    fn inline<'a>(inlines: &'a [Inline], found: &mut Vec<&'a str>) {
        for item in inlines {
            match item {
                Inline::Text(_) => {}
                Inline::Strong(inner) | Inline::Emphasis(inner) => inline(inner, found),
                Inline::Link { href, text } => {
                    found.push(href);
                    inline(text, found);
                }
            }
        }
    }
    fn block<'a>(blocks: &'a [Block], found: &mut Vec<&'a str>) {
        for item in blocks {
            match item {
                Block::Heading { text, .. } | Block::Paragraph(text) => inline(text, found),
                Block::List { items, .. } => items.iter().for_each(|item| block(item, found)),
            }
        }
    }
    let mut found = Vec::new();
    block(blocks, &mut found);
    found
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
pub fn write_published(listing: &Path, bundle: &Bundle) -> std::io::Result<(Written, ReadBack)> {
    check_postings(bundle)?;
    let published = publish(bundle);
    let text = compact(&published.listing)?;
    let listing_read = parse_listing(&text).map_err(|e| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("the widget could not read the listing: {e}"),
        )
    })?;
    // Each body as the widget will read it, all before anything is written.
    let mut bodies = Vec::with_capacity(published.bodies.len());
    let mut bodies_read = Vec::with_capacity(published.bodies.len());
    for body in &published.bodies {
        let body_text = compact(body)?;
        match parse_body(&body_text, &body.id) {
            Ok(read) => bodies_read.push(read),
            Err(e) => {
                let posting = bundle.postings.iter().find(|p| p.id == body.id);
                let problem = format!("the widget could not read its body: {e}");
                return Err(posting.map_or_else(
                    || std::io::Error::new(std::io::ErrorKind::InvalidData, problem.clone()),
                    |posting| invalid(posting, &problem),
                ));
            }
        }
        bodies.push((&body.id, body_text));
    }
    let dir = bodies_dir(listing);
    let fresh = crate::sibling(&dir, "new")?;
    let stale = crate::sibling(&dir, "old")?;
    let mut body_bytes = 0;
    let written = (|| {
        std::fs::create_dir_all(&fresh)?;
        for (id, body_text) in &bodies {
            body_bytes += body_text.len();
            std::fs::write(fresh.join(format!("{id}.json")), body_text)?;
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
    crate::write_atomically(listing, &text)?;
    let written = Written {
        listing_bytes: text.len(),
        bodies: published.bodies.len(),
        body_bytes,
    };
    let read_back = ReadBack {
        listing: listing_read,
        bodies: bodies_read,
    };
    Ok((written, read_back))
}

#[cfg(test)]
mod tests {
    use super::*;
    use careers_core::model::{Block, Content, Inline, Posting};

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
            (
                vec!["ok", "adaptation"],
                "\"adaptation\" (en/t.md): its id names the accommodation form's page",
            ),
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

    /// A bundle of `postings` published into a fresh folder: the error, and that nothing was
    /// written.
    fn refused(name: &str, postings: Vec<Posting>) -> String {
        let dir =
            std::env::temp_dir().join(format!("careers-publish-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let bundle = Bundle {
            schema: careers_core::SCHEMA_VERSION,
            postings,
            labels: Default::default(),
        };
        let error = write_published(&dir.join("postings.json"), &bundle).unwrap_err();
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0, "{name}");
        std::fs::remove_dir_all(dir).unwrap();
        error.to_string()
    }

    #[test]
    fn links_the_widget_would_not_show_are_refused_naming_the_posting() {
        let link = |href: &str| {
            Block::Paragraph(vec![Inline::Link {
                href: href.into(),
                text: vec![Inline::Text("here".into())],
            }])
        };
        for href in [
            "javascript:alert(1)",
            " JAVASCRIPT:x",
            "data:text/html,x",
            "/relative",
        ] {
            let mut apply = posting("analyst");
            apply.apply = Some(href.into());
            let error = refused("apply", vec![posting("ok"), apply]);
            assert!(error.contains("posting \"analyst\" (en/t.md)"), "{error}");
            assert!(
                error.contains(&format!("{href:?} is not an http, https or mailto")),
                "{error}"
            );

            let mut body = posting("nested");
            let content = body.en.as_mut().unwrap();
            content.body = vec![Block::List {
                ordered: false,
                items: vec![vec![
                    Block::Paragraph(vec![Inline::Strong(vec![])]),
                    link(href),
                ]],
            }];
            let error = refused("body", vec![body]);
            assert!(
                error.contains(&format!("posting \"nested\" (en/t.md): its link {href:?}")),
                "{error}"
            );
        }
    }

    #[test]
    fn a_body_the_widget_could_not_read_is_refused_naming_its_source() {
        let mut deep = posting("deep");
        let mut blocks = vec![Block::Paragraph(vec![Inline::Text("a".into())])];
        for _ in 0..40 {
            blocks = vec![Block::List {
                ordered: false,
                items: vec![blocks],
            }];
        }
        deep.en.as_mut().unwrap().body = blocks;
        let error = refused("deep", vec![posting("ok"), deep]);
        assert!(
            error.contains("posting \"deep\" (en/t.md): the widget could not read its body"),
            "{error}"
        );
        assert!(error.contains("nested more than"), "{error}");
    }
}
