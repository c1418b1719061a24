//! The content model ([`Bundle`]): every posting with its bodies, as the bundler
//! (`careers-bundle`) builds it.
//!
//! The bundler publishes it for the widget as a listing and one body file per posting (see
//! [`crate::published`]); as one JSON file it is what the bundler also reads back, so that tests
//! and benchmarks can describe content without Markdown. Every type here is plain data with a
//! stable serde shape; [`SCHEMA_VERSION`] changes whenever that shape changes incompatibly.

pub use crate::versioned::FormatError;
use serde::{Deserialize, Serialize};

/// The version of the bundle format this code reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// Format version; see [`SCHEMA_VERSION`].
    pub schema: u32,
    /// Every published posting, once, in a stable order (by id).
    pub postings: Vec<Posting>,
    /// English and French labels of every facet value used by a posting.
    #[serde(default, with = "labels_as_map")]
    pub labels: FacetLabels,
}

/// One posting, with its English and French versions (of type `C`) side by side: whole in the
/// content model ([`Posting`]), without the body in the listing ([`crate::Entry`]). Its facets
/// are a [`Facets`] in the content model, packed in the listing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "C: Deserialize<'de>, F: Deserialize<'de> + Default"))]
pub struct PostingOf<C, F = Facets> {
    /// Stable identifier, safe in a URL (`[a-z0-9-]`).
    pub id: String,
    pub status: Status,
    #[serde(default)]
    pub facets: F,
    /// Where to apply, when applying is possible (an `https` URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply: Option<String>,
    /// The day the posting went up, `YYYY-MM-DD` (see [`crate::date`]), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The day the posting closes, `YYYY-MM-DD`, when known. Not in the listing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_through: Option<String>,
    /// The posting's id on Lever (the front matter's `leverId`), when it has one. Not in the
    /// listing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lever_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<C>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<C>,
}

/// A posting of the content model, bodies included.
pub type Posting = PostingOf<Content>;

/// Where a posting stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Status {
    /// Accepting applications (not `archived`).
    pub open: bool,
    /// Shown in the listing (not `linkHidden` or `hidden`); an unlisted posting still opens from its link.
    pub listed: bool,
    /// The application and accommodation forms are offered (not `formHidden`).
    pub form: bool,
}

/// One language's version of a posting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Content {
    pub title: String,
    /// Plain text, one or two sentences.
    pub summary: String,
    /// The structured body; its top headings are level 1 (one below the posting title).
    pub body: Vec<Block>,
    /// The source file, relative to the content folder, for traceability.
    pub source: String,
}

/// A block of the structured body. Nothing here is HTML: the widget renders each variant itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Block {
    /// A heading; `level` 1 is the body's top level, rendered one below the posting title.
    Heading {
        level: u8,
        text: Vec<Inline>,
    },
    Paragraph(Vec<Inline>),
    /// A list; each item is a sequence of blocks (usually one paragraph, sometimes a nested list).
    List {
        ordered: bool,
        items: Vec<Vec<Block>>,
    },
}

/// Inline content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Inline {
    Text(String),
    Strong(Vec<Inline>),
    Emphasis(Vec<Inline>),
    /// A link; `href` is always `http:`, `https:` or `mailto:`.
    Link {
        href: String,
        text: Vec<Inline>,
    },
}

/// The facet values of a posting: canonical keys, the same in both languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    /// Classification codes such as `EC-06`, `CS-03`, `EX-01`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub classification: Vec<String>,
    /// Language requirement such as `english-essential`, `bilingual-imperative-cbc`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub language: Vec<String>,
    /// Tenure such as `indeterminate`, `term`, `assignment`, `interchange`, `student`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tenure: Vec<String>,
    /// Location such as `ncr`, `remote`, `toronto`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub location: Vec<String>,
    /// Team or business line such as `partnerships`, `product`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub team: Vec<String>,
}

/// The kinds of facet, in the order the widget shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FacetKind {
    Classification,
    Language,
    Location,
    Tenure,
    Team,
}

impl FacetKind {
    pub const ALL: [FacetKind; 5] = [
        FacetKind::Classification,
        FacetKind::Language,
        FacetKind::Location,
        FacetKind::Tenure,
        FacetKind::Team,
    ];

    /// The short name used in URLs and in the bundle.
    pub fn key(self) -> &'static str {
        match self {
            FacetKind::Classification => "classification",
            FacetKind::Language => "language",
            FacetKind::Location => "location",
            FacetKind::Tenure => "tenure",
            FacetKind::Team => "team",
        }
    }

    pub fn from_key(key: &str) -> Option<FacetKind> {
        FacetKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The id of the checkbox for `value`: unique per value (`EC.06`, `EC-06` and `EC_06` get
    /// three ids). ASCII letters and digits are kept; any other character becomes `_`, its code
    /// point in hex, and `_`, so no two values meet.
    pub fn choice_id(self, value: &str) -> String {
        use std::fmt::Write;
        let mut id = format!("cds-careers-{}-", self.key());
        for c in value.chars() {
            if c.is_ascii_alphanumeric() {
                id.push(c);
            } else {
                let _ = write!(id, "_{:x}_", u32::from(c));
            }
        }
        id
    }
}

/// One `T` for each [`FacetKind`]: a map over the five kinds, held as an array. The widget's
/// query, results and index keep their per-facet parts in it: it cannot lack a kind, and it
/// costs the wasm none of a map's code.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PerFacet<T>([T; 5]);

impl<T> PerFacet<T> {
    /// The value of each kind, as `value_of` gives it.
    pub fn from_fn(value_of: impl FnMut(FacetKind) -> T) -> PerFacet<T> {
        PerFacet(FacetKind::ALL.map(value_of))
    }

    /// Each kind with its value, in [`FacetKind::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (FacetKind, &T)> {
        FacetKind::ALL.into_iter().zip(&self.0)
    }
}

impl<T> std::ops::Index<FacetKind> for PerFacet<T> {
    type Output = T;

    fn index(&self, kind: FacetKind) -> &T {
        &self.0[kind as usize]
    }
}

impl<T> std::ops::IndexMut<FacetKind> for PerFacet<T> {
    fn index_mut(&mut self, kind: FacetKind) -> &mut T {
        &mut self.0[kind as usize]
    }
}

impl Facets {
    pub fn values(&self, kind: FacetKind) -> &[String] {
        match kind {
            FacetKind::Classification => &self.classification,
            FacetKind::Language => &self.language,
            FacetKind::Location => &self.location,
            FacetKind::Tenure => &self.tenure,
            FacetKind::Team => &self.team,
        }
    }

    pub fn values_mut(&mut self, kind: FacetKind) -> &mut Vec<String> {
        match kind {
            FacetKind::Classification => &mut self.classification,
            FacetKind::Language => &mut self.language,
            FacetKind::Location => &mut self.location,
            FacetKind::Tenure => &mut self.tenure,
            FacetKind::Team => &mut self.team,
        }
    }
}

/// An English and a French label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    pub en: String,
    pub fr: String,
}

/// Labels of facet values: for each kind, its values with their labels, sorted by value key,
/// each once.
pub type FacetLabels = PerFacet<Vec<(String, Label)>>;

impl PerFacet<Vec<(String, Label)>> {
    /// The label of `value` of facet `kind`.
    pub fn label(&self, kind: FacetKind, value: &str) -> Option<&Label> {
        let labels = &self[kind];
        let at = labels
            .binary_search_by(|(v, _)| v.as_str().cmp(value))
            .ok()?;
        Some(&labels[at].1)
    }

    /// What a person reads for `value` of facet `kind` in `lang`: its label, or the value itself
    /// when it has none.
    pub fn label_in(&self, kind: FacetKind, value: &str, lang: crate::Lang) -> String {
        self.label(kind, value)
            .map(|l| match lang {
                crate::Lang::En => l.en.clone(),
                crate::Lang::Fr => l.fr.clone(),
            })
            .unwrap_or_else(|| value.to_owned())
    }

    /// What a person reads for `values` of facet `kind` in `lang`: their labels joined by ", ".
    pub fn values_in<'a>(
        &self,
        kind: FacetKind,
        values: impl Iterator<Item = &'a str>,
        lang: crate::Lang,
    ) -> String {
        let labels: Vec<String> = values.map(|v| self.label_in(kind, v, lang)).collect();
        labels.join(", ")
    }

    /// Gives `value` of facet `kind` the label `label`, in place of any it had.
    pub fn set_label(&mut self, kind: FacetKind, value: &str, label: Label) {
        let labels = &mut self[kind];
        match labels.binary_search_by(|(v, _)| v.as_str().cmp(value)) {
            Ok(at) => labels[at].1 = label,
            Err(at) => labels.insert(at, (value.to_owned(), label)),
        }
    }
}

/// [`FacetLabels`] in JSON: an object with a key for each kind that has labels, whose value maps
/// each value key to its label.
pub(crate) mod labels_as_map {
    use super::{FacetKind, FacetLabels, Label};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::BTreeMap;

    pub fn serialize<S: Serializer>(labels: &FacetLabels, to: S) -> Result<S::Ok, S::Error> {
        let map: BTreeMap<FacetKind, BTreeMap<&str, &Label>> = labels
            .iter()
            .filter(|(_, values)| !values.is_empty())
            .map(|(kind, values)| (kind, values.iter().map(|(v, l)| (v.as_str(), l)).collect()))
            .collect();
        map.serialize(to)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(from: D) -> Result<FacetLabels, D::Error> {
        let mut labels = FacetLabels::default();
        for (kind, values) in BTreeMap::<FacetKind, BTreeMap<String, Label>>::deserialize(from)? {
            labels[kind] = values.into_iter().collect();
        }
        Ok(labels)
    }
}

impl<C, F> PostingOf<C, F> {
    /// The version in `lang`, if the posting has one.
    pub fn content(&self, lang: crate::Lang) -> Option<&C> {
        match lang {
            crate::Lang::En => self.en.as_ref(),
            crate::Lang::Fr => self.fr.as_ref(),
        }
    }

    /// The version in `lang`, else in the other language.
    pub fn content_or_other(&self, lang: crate::Lang) -> Option<(crate::Lang, &C)> {
        self.content(lang)
            .map(|c| (lang, c))
            .or_else(|| self.content(lang.other()).map(|c| (lang.other(), c)))
    }
}

#[cfg(any(test, feature = "test-support"))]
impl<C, F: Default> PostingOf<C, F> {
    /// An open, listed posting that takes requests and has no facet: the usual test subject
    /// (for other crates' tests, with the feature `test-support`).
    pub fn for_test(id: &str, en: Option<C>, fr: Option<C>) -> PostingOf<C, F> {
        PostingOf {
            id: id.into(),
            status: Status {
                open: true,
                listed: true,
                form: true,
            },
            facets: F::default(),
            apply: None,
            date: None,
            valid_through: None,
            lever_id: None,
            en,
            fr,
        }
    }
}

impl crate::versioned::Versioned for Bundle {
    fn schema(&self) -> u32 {
        self.schema
    }
}

/// Reads a whole content model from JSON text (see [`crate::versioned::parse_versioned`]).
pub fn parse_bundle(json: &str) -> Result<Bundle, FormatError> {
    crate::versioned::parse_versioned(json, SCHEMA_VERSION)
}

/// Whether a link target may reach the page: only `http:`, `https:` and `mailto:` URLs.
/// White space and control characters inside are ignored, as browsers do (`java\nscript:`), and
/// a scheme with nothing after it (`https://`) is refused.
pub fn is_safe_href(href: &str) -> bool {
    let lower: String = href
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme))
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_value_reads_as_its_label_in_each_language_else_as_itself() {
        use super::{FacetKind, FacetLabels, Label};
        let mut labels = FacetLabels::default();
        let label = Label {
            en: "Remote".into(),
            fr: "À distance".into(),
        };
        labels.set_label(FacetKind::Location, "remote", label);
        let read = |value, lang| labels.label_in(FacetKind::Location, value, lang);
        assert_eq!(read("remote", crate::Lang::En), "Remote");
        assert_eq!(read("remote", crate::Lang::Fr), "À distance");
        assert_eq!(read("toronto", crate::Lang::Fr), "toronto");
    }

    #[test]
    fn choice_ids_are_unique_per_value() {
        use super::FacetKind;
        let values = [
            "EC.06",
            "EC-06",
            "EC_06",
            "EC 06",
            "EC06",
            "ec-06",
            "Montréal",
            "Montre\u{301}al",
            "_2e_",
            "",
            "-",
            ".",
        ];
        let ids: std::collections::HashSet<String> = values
            .iter()
            .map(|v| FacetKind::Classification.choice_id(v))
            .collect();
        assert_eq!(ids.len(), values.len());
        assert_eq!(
            FacetKind::Location.choice_id("toronto"),
            "cds-careers-location-toronto"
        );
        assert_eq!(
            FacetKind::Classification.choice_id("EC-06"),
            "cds-careers-classification-EC_2d_06"
        );
        // Only characters an id and a CSS selector take without escaping.
        for id in &ids {
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                "{id}"
            );
        }
    }

    use super::*;

    #[test]
    fn per_facet_holds_one_value_for_each_kind() {
        let keys = PerFacet::from_fn(FacetKind::key);
        for kind in FacetKind::ALL {
            assert_eq!(keys[kind], kind.key());
        }
        let listed: Vec<_> = keys.iter().map(|(kind, key)| (kind, *key)).collect();
        assert_eq!(listed, FacetKind::ALL.map(|k| (k, k.key())));
        let mut counts = PerFacet::<u32>::default();
        counts[FacetKind::Team] += 2;
        assert_eq!(counts.iter().map(|(_, n)| *n).sum::<u32>(), 2);
        assert_eq!(counts[FacetKind::Team], 2);
    }

    #[test]
    fn refuses_text_that_is_not_json() {
        assert!(matches!(
            parse_bundle("<html>"),
            Err(FormatError::NotJson(_))
        ));
        assert!(matches!(parse_bundle(""), Err(FormatError::NotJson(_))));
        assert!(matches!(
            parse_bundle("{\"schema\": 1,"),
            Err(FormatError::NotJson(_))
        ));
    }

    #[test]
    fn only_web_and_mail_links_are_safe() {
        assert!(is_safe_href("https://example.gc.ca/x"));
        assert!(is_safe_href("HTTP://example.gc.ca"));
        assert!(is_safe_href("mailto:a@b.ca"));
        assert!(!is_safe_href("javascript:alert(1)"));
        assert!(!is_safe_href(" data:text/html,x"));
        assert!(!is_safe_href("/relative"));
        assert!(!is_safe_href(""));
        assert!(!is_safe_href("java\nscript:alert(1)"));
        assert!(!is_safe_href("https://"));
    }

    #[test]
    fn a_posting_gives_the_asked_language_else_the_other() {
        use crate::Lang;
        let posting = |en, fr| PostingOf::<&str>::for_test("a", en, fr);
        let both = posting(Some("e"), Some("f"));
        assert_eq!(both.content_or_other(Lang::Fr), Some((Lang::Fr, &"f")));
        assert_eq!(both.content_or_other(Lang::En), Some((Lang::En, &"e")));
        let english = posting(Some("e"), None);
        assert_eq!(english.content_or_other(Lang::Fr), Some((Lang::En, &"e")));
        assert_eq!(posting(None, None).content_or_other(Lang::En), None);
    }

    #[test]
    fn refuses_an_unknown_schema_before_checking_shape() {
        assert_eq!(
            parse_bundle(r#"{"schema": 7, "x": 1}"#),
            Err(FormatError::UnknownSchema(7))
        );
    }

    #[test]
    fn refuses_json_of_the_wrong_shape() {
        assert!(matches!(
            parse_bundle(r#"{"schema": 1, "postings": 3}"#),
            Err(FormatError::WrongShape(_))
        ));
        assert!(matches!(
            parse_bundle("[1, 2]"),
            Err(FormatError::WrongShape(_))
        ));
        assert!(matches!(
            parse_bundle(r#"{"postings": []}"#),
            Err(FormatError::WrongShape(_))
        ));
    }

    #[test]
    fn reads_a_minimal_bundle() {
        let b = parse_bundle(
            r#"{"schema":1,"postings":[{"id":"a","status":{"open":true,"listed":true,"form":true},
            "en":{"title":"T","summary":"S","body":[{"paragraph":[{"text":"x"}]}],"source":"en/a.md"}}]}"#,
        )
        .unwrap();
        assert_eq!(b.postings[0].en.as_ref().unwrap().title, "T");
        assert!(b.postings[0].fr.is_none());
        assert_eq!(b.postings[0].date, None);
    }

    #[test]
    fn dates_and_the_lever_id_are_optional_keys_both_ways() {
        let mut posting = PostingOf::<u8>::for_test("a", Some(1), None);
        let bare = serde_json::to_value(&posting).unwrap();
        for key in ["date", "valid_through", "lever_id"] {
            assert!(bare.get(key).is_none(), "{key} written when absent: {bare}");
        }
        posting.date = Some("2026-11-22".into());
        posting.valid_through = Some("2026-12-18".into());
        posting.lever_id = Some("009af27c".into());
        let json = serde_json::to_value(&posting).unwrap();
        assert_eq!(json["date"], "2026-11-22");
        assert_eq!(json["valid_through"], "2026-12-18");
        assert_eq!(json["lever_id"], "009af27c");
        let back: PostingOf<u8> = serde_json::from_value(json).unwrap();
        assert_eq!(back, posting);
        let old: PostingOf<u8> = serde_json::from_value(bare).unwrap();
        assert_eq!(
            (old.date, old.valid_through, old.lever_id),
            (None, None, None)
        );
    }
}
