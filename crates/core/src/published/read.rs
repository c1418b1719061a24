//! Reading the files the widget downloads, the listing and a posting's body, with the small
//! reader of [`crate::json`].
//!
//! The shapes are serde's (the bundler writes these files with the `Serialize` derives of
//! [`crate::published`] and [`crate::bundle`]): optional keys may be absent or `null`, unknown
//! keys are skipped, enums are externally tagged (`{"paragraph": [...]}`). The tests of
//! [`crate::published`] write with serde and read with these functions.

use super::{Entry, Listing, Overview, PostingBody, Search};
use crate::json::{required, shape, Read, Reader};
use crate::model::{Block, FacetKind, FacetLabels, Facets, Inline, Label, Status};
use crate::word_lists::WordLists;

/// Reads a listing (its shape only; [`crate::parse_listing`] checks the rest).
pub(crate) fn listing(r: &mut Reader) -> Read<Listing> {
    let (mut schema, mut postings, mut labels, mut search) = (None, None, None, None);
    r.object(&mut |r, key| {
        match key {
            "schema" => schema = Some(r.u32()?),
            "postings" => postings = Some(r.list(entry)?),
            "labels" => labels = Some(facet_labels(r)?),
            "search" => search = Some(search_words(r)?),
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(Listing {
        schema: required(schema, "schema")?,
        postings: required(postings, "postings")?,
        labels: labels.unwrap_or_default(),
        search: required(search, "search")?,
    })
}

/// Reads a posting's body file.
pub(crate) fn body(r: &mut Reader) -> Read<PostingBody> {
    let (mut schema, mut id, mut en, mut fr) = (None, None, None, None);
    r.object(&mut |r, key| {
        match key {
            "schema" => schema = Some(r.u32()?),
            "id" => id = Some(r.string()?),
            "en" => en = r.option(blocks)?,
            "fr" => fr = r.option(blocks)?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(PostingBody {
        schema: required(schema, "schema")?,
        id: required(id, "id")?,
        en,
        fr,
    })
}

/// Reads a listing entry. `valid_through` and `lever_id` are not published in the listing
/// (see [`Entry`]): when a listing has them anyway, they are skipped like any unknown key.
fn entry(r: &mut Reader) -> Read<Entry> {
    let (mut id, mut status, mut facets, mut apply) = (None, None, Facets::default(), None);
    let (mut date, mut en, mut fr) = (None, None, None);
    r.object(&mut |r, key| {
        match key {
            "id" => id = Some(r.string()?),
            "status" => status = Some(posting_status(r)?),
            "facets" => facets = facet_values(r)?,
            "apply" => apply = r.option(Reader::string)?,
            "date" => date = r.option(Reader::string)?,
            "en" => en = r.option(overview)?,
            "fr" => fr = r.option(overview)?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(Entry {
        id: required(id, "id")?,
        status: required(status, "status")?,
        facets,
        apply,
        date,
        valid_through: None,
        lever_id: None,
        en,
        fr,
    })
}

fn posting_status(r: &mut Reader) -> Read<Status> {
    let [open, listed, form] = r.fields(["open", "listed", "form"], Reader::bool)?;
    Ok(Status { open, listed, form })
}

fn facet_values(r: &mut Reader) -> Read<Facets> {
    let mut facets = Facets::default();
    r.object(&mut |r, key| match FacetKind::from_key(key) {
        Some(kind) => {
            *facets.values_mut(kind) = r.list(Reader::string)?;
            Ok(())
        }
        None => r.skip(),
    })?;
    Ok(facets)
}

fn facet_labels(r: &mut Reader) -> Read<FacetLabels> {
    let mut labels = FacetLabels::default();
    r.object(&mut |r, key| {
        let Some(kind) = FacetKind::from_key(key) else {
            return shape(format!("unknown facet kind `{key}`"));
        };
        r.object(&mut |r, value| {
            labels.set_label(kind, value, label(r)?);
            Ok(())
        })
    })?;
    Ok(labels)
}

fn label(r: &mut Reader) -> Read<Label> {
    let [en, fr] = r.fields(["en", "fr"], Reader::string)?;
    Ok(Label { en, fr })
}

fn overview(r: &mut Reader) -> Read<Overview> {
    let [title, summary, source] = r.fields(["title", "summary", "source"], Reader::string)?;
    Ok(Overview {
        title,
        summary,
        source,
    })
}

fn search_words(r: &mut Reader) -> Read<Search> {
    let [en, fr] = r.fields(["en", "fr"], word_lists)?;
    Ok(Search { en, fr })
}

fn word_lists(r: &mut Reader) -> Read<WordLists> {
    let (mut words, mut lists) = (None, None);
    r.object(&mut |r, key| {
        match key {
            "words" => words = Some(r.string()?),
            "lists" => lists = Some(r.str()?),
            _ => r.skip()?,
        }
        Ok(())
    })?;
    WordLists::from_wire(required(words, "words")?, &required(lists, "lists")?).or_else(shape)
}

fn blocks(r: &mut Reader) -> Read<Vec<Block>> {
    r.list(block)
}

fn inlines(r: &mut Reader) -> Read<Vec<Inline>> {
    r.list(inline)
}

/// Reads `{"kind": value}`, with `read` reading the value for its kind: serde's externally
/// tagged enums.
fn tagged<T>(r: &mut Reader, read: fn(&mut Reader, &str) -> Read<T>) -> Read<T> {
    let mut value = None;
    r.object(&mut |r, kind| {
        if value.is_some() {
            return shape(format!("a second kind `{kind}` in one value"));
        }
        value = Some(read(r, kind)?);
        Ok(())
    })?;
    required(value, "kind")
}

fn block(r: &mut Reader) -> Read<Block> {
    tagged(r, |r, kind| match kind {
        "heading" => {
            let (mut level, mut text) = (None, None);
            r.object(&mut |r, key| {
                match key {
                    "level" => level = Some(r.u32()?),
                    "text" => text = Some(inlines(r)?),
                    _ => r.skip()?,
                }
                Ok(())
            })?;
            let level = required(level, "level")?;
            Ok(Block::Heading {
                level: u8::try_from(level).or_else(|_| shape("a heading level above 255"))?,
                text: required(text, "text")?,
            })
        }
        "paragraph" => Ok(Block::Paragraph(inlines(r)?)),
        "list" => {
            let (mut ordered, mut items) = (None, None);
            r.object(&mut |r, key| {
                match key {
                    "ordered" => ordered = Some(r.bool()?),
                    "items" => items = Some(r.list(blocks)?),
                    _ => r.skip()?,
                }
                Ok(())
            })?;
            Ok(Block::List {
                ordered: required(ordered, "ordered")?,
                items: required(items, "items")?,
            })
        }
        other => shape(format!("unknown block `{other}`")),
    })
}

fn inline(r: &mut Reader) -> Read<Inline> {
    tagged(r, |r, kind| match kind {
        "text" => Ok(Inline::Text(r.string()?)),
        "strong" => Ok(Inline::Strong(inlines(r)?)),
        "emphasis" => Ok(Inline::Emphasis(inlines(r)?)),
        "link" => {
            let (mut href, mut text) = (None, None);
            r.object(&mut |r, key| {
                match key {
                    "href" => href = Some(r.string()?),
                    "text" => text = Some(inlines(r)?),
                    _ => r.skip()?,
                }
                Ok(())
            })?;
            Ok(Inline::Link {
                href: required(href, "href")?,
                text: required(text, "text")?,
            })
        }
        other => shape(format!("unknown inline `{other}`")),
    })
}
