//! Reading the files the widget downloads, the listing and a posting's body, with the small
//! reader of [`crate::json`].
//!
//! The shapes are serde's (the bundler writes these files with the `Serialize` derives of
//! [`crate::published`] and [`crate::bundle`]): optional keys may be absent or `null`, unknown
//! keys are skipped, enums are externally tagged (`{"paragraph": [...]}`). The tests of
//! [`crate::published`] write with serde and read with these functions.

use super::{Entry, Listing, Overview, PackedFacets, Packer, PostingBody, Search, LISTING_SCHEMA};
use crate::json::{required, shape, Piece, Read, Reader};
use crate::model::{Block, FacetKind, FacetLabels, Inline, Label, Status};
use crate::versioned::Parts;
use crate::word_lists::WordLists;
use crate::Lang;

/// The parts of a listing read so far, as its text arrives.
#[derive(Default)]
pub struct ListingParts {
    postings: Option<Vec<Entry>>,
    labels: Option<FacetLabels>,
    search: Option<Search>,
}

impl Parts for ListingParts {
    type File = Listing;
    const SCHEMA: u32 = LISTING_SCHEMA;
    const STREAMED: Option<&'static str> = Some("postings");

    /// Reads the value of `key`, or one posting of `postings`, the key read item by item.
    fn read(&mut self, r: &mut Reader, key: &str, piece: Piece) -> Read<()> {
        match (key, piece) {
            ("postings", Piece::Opened) => self.postings = Some(Vec::new()),
            ("postings", Piece::Item) => {
                // How many will come is not known: room for a quarter more at a time, not
                // double, so that little stays reserved for postings that never come.
                let postings = self.postings.get_or_insert_default();
                if postings.len() == postings.capacity() {
                    postings.reserve_exact(postings.len() / 4 + 16);
                }
                postings.push(entry(r)?)
            }
            ("postings", Piece::Value) => return shape("`postings` is not an array"),
            ("labels", _) => self.labels = Some(facet_labels(r)?),
            ("search", _) => self.search = Some(search_words(r)?),
            _ => r.skip()?,
        }
        Ok(())
    }

    /// The listing, if its search words point at its postings.
    fn file(self) -> Read<Listing> {
        let listing = Listing {
            schema: Self::SCHEMA,
            postings: required(self.postings, "postings")?,
            labels: self.labels.unwrap_or_default(),
            search: required(self.search, "search")?,
        };
        let len = listing.postings.len();
        for lang in [Lang::En, Lang::Fr] {
            if listing
                .search
                .get(lang)
                .max_posting()
                .is_some_and(|max| max as usize >= len)
            {
                return shape(format!(
                    "search words in {} name a posting beyond the {len} of the listing",
                    lang.code()
                ));
            }
        }
        Ok(listing)
    }
}

/// The parts of a posting's body file read so far.
#[derive(Default)]
pub struct BodyParts {
    id: Option<String>,
    en: Option<Vec<Block>>,
    fr: Option<Vec<Block>>,
}

impl Parts for BodyParts {
    type File = PostingBody;
    const SCHEMA: u32 = LISTING_SCHEMA;

    fn read(&mut self, r: &mut Reader, key: &str, _: Piece) -> Read<()> {
        match key {
            "id" => self.id = Some(r.string()?),
            "en" => self.en = r.option(blocks)?,
            "fr" => self.fr = r.option(blocks)?,
            _ => r.skip()?,
        }
        Ok(())
    }

    fn file(self) -> Read<PostingBody> {
        Ok(PostingBody {
            schema: Self::SCHEMA,
            id: required(self.id, "id")?,
            en: self.en,
            fr: self.fr,
        })
    }
}

/// Reads a listing entry. `valid_through` and `lever_id` are not published in the listing
/// (see [`Entry`]): when a listing has them anyway, they are skipped like any unknown key.
fn entry(r: &mut Reader) -> Read<Entry> {
    let (mut id, mut status, mut facets, mut apply) = (None, None, PackedFacets::default(), None);
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

fn facet_values(r: &mut Reader) -> Read<PackedFacets> {
    let mut packer = Packer::default();
    r.object(&mut |r, key| match FacetKind::from_key(key) {
        Some(kind) => r.array(&mut |r| {
            packer.push(kind, &r.str()?);
            Ok(())
        }),
        None => r.skip(),
    })?;
    Ok(packer.finish())
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
    let [title, summary] = r.fields(["title", "summary"], Reader::string)?;
    Ok(Overview { title, summary })
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
