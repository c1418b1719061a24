//! What the widget downloads: the listing, then one body file per posting when that posting opens.
//!
//! The bundler publishes a [`Bundle`] (the whole content model, bodies included) as:
//! - `postings.json`, a [`Listing`]: every posting's id, status, facets, apply link, date posted,
//!   title and summary, the facet labels, and each language's [`WordLists`] so that
//!   search covers bodies without downloading them;
//! - `postings/ID.json`, a [`PostingBody`] per posting: its English and French bodies.
//!
//! So the first listing waits for a file of a few hundred bytes per posting, not for every body,
//! and memory holds only what the listing shows. [`LISTING_SCHEMA`] is the version of both files.
//!
//! The bundler writes both with serde; [`parse_listing`] and [`parse_body`] read them with the
//! widget's own JSON reader ([`crate::json`]), which accepts what serde would.

use crate::model::{Block, Bundle, FacetKind, FacetLabels, Facets, PostingOf};
use crate::text::text_of;
use crate::versioned::{FormatError, Piecewise};
use crate::word_lists::WordLists;
use crate::Lang;
use serde::Serialize;

mod facets;
mod read;

pub use facets::PackedFacets;
use facets::Packer;

/// The version of the listing and body formats this code reads and writes.
pub const LISTING_SCHEMA: u32 = 2;

/// The listing: everything the result list, the filters, search and the form need.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Listing {
    /// Format version; see [`LISTING_SCHEMA`].
    pub schema: u32,
    /// Every published posting, in the bundle's order (by id).
    pub postings: Vec<Entry>,
    /// English and French labels of every facet value used by a posting.
    #[serde(serialize_with = "crate::model::labels_as_map::serialize")]
    pub labels: FacetLabels,
    /// The search words of the listed postings in each language.
    pub search: Search,
}

/// One posting of the listing: all of it but the body, the closing date and the Lever id.
///
/// The widget shows and sorts by `date`; `valid_through` and `lever_id` serve the bundler's
/// structured data only, so [`publish`] leaves them `None` here and they are not written.
pub type Entry = PostingOf<Overview, PackedFacets>;

/// One language's title and summary of a posting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overview {
    pub title: String,
    /// Plain text, one or two sentences.
    pub summary: String,
}

/// The search words of each language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Search {
    pub en: WordLists,
    pub fr: WordLists,
}

impl Search {
    pub fn get(&self, lang: Lang) -> &WordLists {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }
}

/// The bodies of one posting, fetched when it opens.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PostingBody {
    /// Format version; see [`LISTING_SCHEMA`].
    pub schema: u32,
    /// The posting's id, so a body served under the wrong name is noticed.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub en: Option<Vec<Block>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fr: Option<Vec<Block>>,
}

/// The listing and the body files of a bundle.
#[derive(Debug, Clone, PartialEq)]
pub struct Published {
    pub listing: Listing,
    pub bodies: Vec<PostingBody>,
}

/// Splits `bundle` into what the widget downloads. The search words of language L cover each
/// listed posting's title, summary and body in L, or in the other language when it has no L,
/// and the labels of its facet values in L (`facet_text`).
/// Listing entries keep the posting's `date` but not its `valid_through` or `lever_id`.
pub fn publish(bundle: &Bundle) -> Published {
    let words = |lang: Lang| {
        WordLists::build(
            lang,
            bundle.postings.iter().enumerate().filter_map(|(i, p)| {
                let (_, c) = p.content_or_other(lang).filter(|_| p.status.listed)?;
                let i = u32::try_from(i).expect("fewer than 2^32 postings");
                let facets = facet_text(&p.facets, &bundle.labels, lang);
                Some((
                    i,
                    format!("{}\n{}\n{}\n{facets}", c.title, c.summary, text_of(&c.body)),
                ))
            }),
        )
    };
    let overview = |c: &crate::Content| Overview {
        title: c.title.clone(),
        summary: c.summary.clone(),
    };
    Published {
        listing: Listing {
            schema: LISTING_SCHEMA,
            postings: bundle
                .postings
                .iter()
                .map(|p| Entry {
                    id: p.id.clone(),
                    status: p.status,
                    facets: PackedFacets::from(&p.facets),
                    apply: p.apply.clone(),
                    date: p.date.clone(),
                    valid_through: None,
                    lever_id: None,
                    en: p.en.as_ref().map(overview),
                    fr: p.fr.as_ref().map(overview),
                })
                .collect(),
            labels: bundle.labels.clone(),
            search: Search {
                en: words(Lang::En),
                fr: words(Lang::Fr),
            },
        },
        bodies: bundle
            .postings
            .iter()
            .map(|p| PostingBody {
                schema: LISTING_SCHEMA,
                id: p.id.clone(),
                en: p.en.as_ref().map(|c| c.body.clone()),
                fr: p.fr.as_ref().map(|c| c.body.clone()),
            })
            .collect(),
    }
}

/// What a person reads of `facets` in `lang` (each value's label, or the value without one), a
/// line each: search finds a posting by its classification, location, tenure, language
/// requirement or team, as its page and the filters show them, when no text names them.
fn facet_text(facets: &Facets, labels: &FacetLabels, lang: Lang) -> String {
    let mut text = String::new();
    for kind in FacetKind::ALL {
        for value in facets.values(kind) {
            text.push_str(&labels.label_in(kind, value, lang));
            text.push('\n');
        }
    }
    text
}

impl Listing {
    /// The posting with `id`, listed or not.
    pub fn posting(&self, id: &str) -> Option<&Entry> {
        self.postings.iter().find(|p| p.id == id)
    }
}

impl PostingBody {
    /// The body in `lang`, if the posting has that language.
    pub fn blocks(&self, lang: Lang) -> Option<&[Block]> {
        match lang {
            Lang::En => self.en.as_deref(),
            Lang::Fr => self.fr.as_deref(),
        }
    }
}

/// Reads a listing, and checks that its search words point at its postings.
pub fn parse_listing(json: &str) -> Result<Listing, FormatError> {
    ListingReader::read(json)
}

/// Reads a listing piece by piece ([`Piecewise::feed`] each piece, then
/// [`Piecewise::finish`]): the postings are read one at a time as they arrive, so the whole
/// text is never held beside the listing read from it (wasm memory keeps its peak).
pub type ListingReader = Piecewise<read::ListingParts>;

/// Reads a posting's body file piece by piece (see [`ListingReader`]; nothing is streamed).
pub type BodyReader = Piecewise<read::BodyParts>;

/// Where the body of posting `id` is, given where the listing is: the listing's path without
/// `.json`, then `/ID.json`, with the listing's query string kept (`/c/postings.json?v=3` gives
/// `/c/postings/ID.json?v=3`). Ids are `[a-z0-9-]`, so they need no escaping.
pub fn body_url(listing_url: &str, id: &str) -> String {
    let end = listing_url.find(['?', '#']).unwrap_or(listing_url.len());
    let (path, rest) = listing_url.split_at(end);
    let query = rest.split('#').next().unwrap_or("");
    let stem = path.strip_suffix(".json").unwrap_or(path);
    format!("{stem}/{id}.json{query}")
}

/// Reads the body file of posting `id`.
pub fn parse_body(json: &str, id: &str) -> Result<PostingBody, FormatError> {
    body_of(BodyReader::read(json)?, id)
}

/// `body` if it is the body of posting `id`.
pub fn body_of(body: PostingBody, id: &str) -> Result<PostingBody, FormatError> {
    if body.id != id {
        return Err(FormatError::WrongShape(format!(
            "the body of `{}` was served for `{id}`",
            body.id
        )));
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Content, FacetKind, Inline, Label, Posting};

    fn posting(id: &str, listed: bool, title: &str, body: &str) -> Posting {
        let en = Content {
            title: title.into(),
            summary: "Summary".into(),
            body: vec![Block::Paragraph(vec![Inline::Text(body.into())])],
            source: format!("en/{id}.md"),
        };
        let mut p = Posting::for_test(id, Some(en), None);
        p.status.listed = listed;
        p
    }

    fn sample() -> Bundle {
        Bundle {
            schema: crate::SCHEMA_VERSION,
            postings: vec![
                posting("a", true, "Developer", "Rust and Python"),
                posting("b", false, "Hidden", "Secret words"),
                posting("c", true, "Designer", "Figma"),
            ],
            labels: Default::default(),
        }
    }

    fn words(lists: &WordLists) -> Vec<&str> {
        (0..lists.len()).map(|w| lists.word(w)).collect()
    }

    #[test]
    fn the_listing_has_no_body_and_each_body_its_own_file() {
        let published = publish(&sample());
        let listing = serde_json::to_string(&published.listing).unwrap();
        assert!(!listing.contains("Python"), "{listing}");
        assert!(listing.contains(r#""title":"Developer""#));
        let ids: Vec<&str> = published.bodies.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
        assert_eq!(
            published.bodies[0].blocks(Lang::En),
            sample().postings[0].en.as_ref().map(|c| c.body.as_slice())
        );
        assert_eq!(published.bodies[0].blocks(Lang::Fr), None);
    }

    #[test]
    fn search_words_cover_listed_postings_in_their_other_language_too() {
        let published = publish(&sample());
        let en = words(published.listing.search.get(Lang::En));
        assert!(en.contains(&"python") && en.contains(&"figma") && en.contains(&"summary"));
        assert!(
            !en.contains(&"secret"),
            "unlisted postings are never searched"
        );
        assert_eq!(
            published.listing.search.get(Lang::Fr),
            published.listing.search.get(Lang::En),
            "English-only postings are searched in French in English"
        );
    }

    #[test]
    fn both_files_round_trip_through_their_readers() {
        let published = publish(&sample());
        let json = serde_json::to_string(&published.listing).unwrap();
        assert_eq!(parse_listing(&json), Ok(published.listing));
        let body = serde_json::to_string(&published.bodies[2]).unwrap();
        assert_eq!(parse_body(&body, "c"), Ok(published.bodies[2].clone()));
        assert!(matches!(
            parse_body(&body, "a"),
            Err(FormatError::WrongShape(_))
        ));
    }

    #[test]
    fn reads_every_kind_of_block_and_inline_and_skips_what_it_does_not_know() {
        let text = |t: &str| Inline::Text(t.into());
        let blocks = vec![
            Block::Heading {
                level: 1,
                text: vec![text("Qui nous sommes « CDS » \"quoted\" \u{1F600}")],
            },
            Block::Paragraph(vec![
                Inline::Strong(vec![text("bold")]),
                Inline::Emphasis(vec![Inline::Strong(vec![text("both")])]),
                Inline::Link {
                    href: "mailto:a@b.ca".into(),
                    text: vec![text("write\n")],
                },
            ]),
            Block::List {
                ordered: true,
                items: vec![vec![Block::List {
                    ordered: false,
                    items: vec![vec![Block::Paragraph(vec![text("nested")])], vec![]],
                }]],
            },
        ];
        let mut bundle = sample();
        bundle.postings[0].en.as_mut().unwrap().body = blocks;
        bundle.postings[0].apply = Some("https://jobs.example/apply".into());
        bundle.postings[0].facets.classification = vec!["CS-03".into(), "EC-06".into()];
        bundle.postings[0].facets.team = vec!["product".into()];
        let label = |en: &str, fr: &str| Label {
            en: en.into(),
            fr: fr.into(),
        };
        bundle
            .labels
            .set_label(FacetKind::Team, "product", label("Product", "Produit"));
        let published = publish(&bundle);
        for json in [
            serde_json::to_string(&published.listing).unwrap(),
            serde_json::to_string_pretty(&published.listing).unwrap(),
        ] {
            assert_eq!(
                parse_listing(&json),
                Ok(published.listing.clone()),
                "{json}"
            );
        }
        let body = &published.bodies[0];
        let json = serde_json::to_string_pretty(body).unwrap();
        assert_eq!(parse_body(&json, "a").as_ref(), Ok(body));

        // What a later bundler may add is skipped; an absent or null option is none.
        let mut value = serde_json::to_value(body).unwrap();
        value["fr"] = serde_json::Value::Null;
        value["generator"] = serde_json::json!({"name": "next", "features": [1, 2.5, null]});
        let read = parse_body(&value.to_string(), "a").unwrap();
        assert_eq!((read.en.as_ref(), read.fr), (body.en.as_ref(), None));
        let mut listing = serde_json::to_value(&published.listing).unwrap();
        listing["postings"][0]["en"]["subtitle"] = "new".into();
        listing["postings"][0]["facets"]["grade"] = serde_json::json!(["x"]);
        listing["postings"][0]["apply"] = serde_json::Value::Null;
        let read = parse_listing(&listing.to_string()).unwrap();
        assert_eq!(read.postings[0].apply, None);
        assert_eq!(read.postings[0].en, published.listing.postings[0].en);
    }

    #[test]
    fn the_listing_carries_the_date_posted_but_not_the_closing_date_lever_id_or_source_file() {
        let mut bundle = sample();
        for p in &mut bundle.postings[..2] {
            p.date = Some("2026-11-22".into());
            p.valid_through = Some("2026-12-18".into());
            p.lever_id = Some("009af27c-525c".into());
        }
        let published = publish(&bundle);
        let entry = &published.listing.postings[0];
        assert_eq!(entry.date.as_deref(), Some("2026-11-22"));
        assert_eq!((&entry.valid_through, &entry.lever_id), (&None, &None));
        let json = serde_json::to_string(&published.listing).unwrap();
        assert!(json.contains(r#""date":"2026-11-22""#), "{json}");
        assert!(!json.contains("valid_through") && !json.contains("lever_id"));
        assert!(!json.contains("2026-12-18") && !json.contains("009af27c"));
        assert!(
            !json.contains("source") && !json.contains("en/a.md"),
            "{json}"
        );
        let read = parse_listing(&json).unwrap();
        assert_eq!(read, published.listing);
        assert_eq!(read.postings[2].date, None);

        // A listing that has them anyway (a hand-made one, or one written before the listing
        // dropped `source`): skipped, as any unknown key; a null
        // date is no date.
        let mut value = serde_json::to_value(&published.listing).unwrap();
        value["postings"][0]["valid_through"] = "2026-12-18".into();
        value["postings"][0]["lever_id"] = serde_json::json!({"nested": [1]});
        value["postings"][1]["date"] = serde_json::Value::Null;
        value["postings"][0]["en"]["source"] = "en/a.md".into();
        let read = parse_listing(&value.to_string()).unwrap();
        assert_eq!(read.postings[0], published.listing.postings[0]);
        assert_eq!(read.postings[1].date, None);
        value["postings"][0]["date"] = 20261122.into();
        assert!(matches!(
            parse_listing(&value.to_string()),
            Err(FormatError::WrongShape(_))
        ));
    }

    #[test]
    fn tells_apart_not_json_unknown_version_and_wrong_shape() {
        for text in ["<html>", "", r#"{"schema": 2,"#] {
            assert!(matches!(parse_listing(text), Err(FormatError::NotJson(_))));
        }
        assert_eq!(
            parse_listing(r#"{"schema": 7, "x": 1}"#),
            Err(FormatError::UnknownSchema(7))
        );
        for text in [
            r#"{"schema": 2, "postings": 3}"#,
            "[1, 2]",
            r#"{"postings": []}"#,
            r#"{"schema": 2, "postings": []}"#,
            r#"{"schema": 2, "postings": [], "search": {"en": {"words": "", "lists": ""}}}"#,
            r#"{"schema": "2", "postings": []}"#,
            r#"{"schema": 2, "postings": [{"id": "a", "status": {"open": true}}]}"#,
            r#"{"schema": 2, "postings": [], "labels": {"grade": {}}}"#,
        ] {
            assert!(
                matches!(parse_listing(text), Err(FormatError::WrongShape(_))),
                "{text}"
            );
        }
    }

    /// What `text` reads as when it arrives in pieces of `size` bytes.
    fn read_in_pieces(text: &str, size: usize) -> Result<Listing, FormatError> {
        let mut reader = ListingReader::default();
        for piece in text.as_bytes().chunks(size) {
            reader.feed(piece)?;
        }
        reader.finish()
    }

    #[test]
    fn a_listing_read_as_it_downloads_is_the_listing_read_whole() {
        let mut bundle = sample();
        bundle.postings[0].en.as_mut().unwrap().title =
            "Développeur « principal » \u{1F600}".into();
        let published = publish(&bundle);
        let compact = serde_json::to_string(&published.listing).unwrap();
        let pretty = serde_json::to_string_pretty(&published.listing).unwrap();
        // Pieces that end inside a character, a string, an escape, a number and a key.
        for size in [1, 2, 3, 5, 8, 13, 64, 1000] {
            for json in [&compact, &pretty] {
                assert_eq!(read_in_pieces(json, size), Ok(published.listing.clone()));
            }
        }
        // However it arrives, a bad file is told apart as when it is read whole; and when a
        // value of the wrong shape comes first, what follows it still decides.
        let bad = [
            ("<html>", "not JSON"),
            ("", "not JSON"),
            (r#"{"schema": 2,"#, "not JSON"),
            (
                r#"{"schema": 2, "postings": [{"id": "a"}], "x": tru}"#,
                "not JSON",
            ),
            (r#"{"schema": 2, "postings": [1, 2}"#, "not JSON"),
            (r#"{"schema": 2, "postings": []} x"#, "not JSON"),
            (
                r#"{"postings": [{"id": "a"}], "schema": 7}"#,
                "unknown schema",
            ),
            (r#"{"schema": 2.5}"#, "unknown schema"),
            (
                r#"{"schema": 2, "postings": {"a": 1}, "x": "\u00e9"}"#,
                "wrong shape",
            ),
            ("[1, 2]", "wrong shape"),
        ];
        for (text, expected) in bad {
            let whole = parse_listing(text);
            let kind = match &whole {
                Err(FormatError::NotJson(_)) => "not JSON",
                Err(FormatError::UnknownSchema(_)) => "unknown schema",
                Err(FormatError::WrongShape(_)) => "wrong shape",
                Ok(_) => "read",
            };
            assert_eq!(kind, expected, "{text}");
            for size in [1, 2, 3, 7] {
                assert_eq!(
                    read_in_pieces(text, size),
                    whole,
                    "{text} in pieces of {size}"
                );
            }
        }
        // A character cut between two pieces waits for its end; bytes that are no UTF-8 are
        // not JSON, however they arrive.
        let latin1 = b"{\"schema\": 2, \"x\": \"caf\xe9\"}";
        for size in [1, 2, 64] {
            let mut reader = ListingReader::default();
            let fed: Result<(), _> = latin1.chunks(size).try_for_each(|p| reader.feed(p));
            assert!(matches!(
                fed.and_then(|()| reader.finish().map(drop)),
                Err(FormatError::NotJson(_))
            ));
        }
    }

    #[test]
    fn refuses_search_words_that_point_past_the_postings() {
        let mut listing = publish(&sample()).listing;
        listing.postings.truncate(1);
        let json = serde_json::to_string(&listing).unwrap();
        assert!(matches!(
            parse_listing(&json),
            Err(FormatError::WrongShape(_))
        ));
    }

    #[test]
    fn a_body_lives_beside_its_listing() {
        let cases = [
            ("postings.json", "postings/a-1.json"),
            ("/careers/postings.json", "/careers/postings/a-1.json"),
            (
                "https://x.ca/c/jobs.json?v=3#top",
                "https://x.ca/c/jobs/a-1.json?v=3",
            ),
            ("/c/feed", "/c/feed/a-1.json"),
        ];
        for (listing, body) in cases {
            assert_eq!(body_url(listing, "a-1"), body, "{listing}");
        }
    }
}
