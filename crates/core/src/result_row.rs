//! What a row of results shows of one posting in one language, as plain text. The widget keeps
//! a page's rows in place and gives each the text of the posting now at its place, so a new
//! search changes the text of rows, not the rows themselves; [`crate::row_markup`] writes only
//! the parts of a row that differ.

use crate::messages::posting_date;
use crate::model::FacetLabels;
use crate::{Entry, Lang, Msg, PerFacet};

/// One posting as a result row shows it in the interface language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultRow {
    pub id: String,
    /// The language of the title and summary when it is not the interface's (the posting has
    /// no content in the interface language).
    pub foreign: Option<Lang>,
    pub title: String,
    pub summary: String,
    /// When the posting went up, as an ISO date; empty when it has no (real) date.
    pub date: String,
    /// The same date in words.
    pub date_in_words: String,
    /// The values of each facet in words, joined by ", "; empty where it has none.
    pub facets: PerFacet<String>,
    pub open: bool,
    /// The status in words.
    pub status: &'static str,
}

impl ResultRow {
    /// `posting` in `lang`; `None` when it has content in neither language.
    pub fn new(posting: &Entry, labels: &FacetLabels, lang: Lang) -> Option<ResultRow> {
        let (content_lang, content) = posting.content_or_other(lang)?;
        let (date, date_in_words) = posting
            .date
            .as_ref()
            .and_then(|iso| Some((iso.clone(), posting_date(lang, iso)?)))
            .unwrap_or_default();
        Some(ResultRow {
            id: posting.id.clone(),
            foreign: (content_lang != lang).then_some(content_lang),
            title: content.title.clone(),
            summary: content.summary.clone(),
            date,
            date_in_words,
            facets: PerFacet::from_fn(|kind| {
                labels.values_in(kind, posting.facets.values(kind), lang)
            }),
            open: posting.status.open,
            status: if posting.status.open {
                Msg::StatusOpen
            } else {
                Msg::StatusClosed
            }
            .text(lang),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Facets, Label};
    use crate::published::{Overview, PackedFacets};
    use crate::{Entry, FacetKind};

    fn overview(title: &str) -> Overview {
        Overview {
            title: title.into(),
            summary: format!("{title}, in short."),
        }
    }

    fn labels() -> FacetLabels {
        let mut labels = FacetLabels::default();
        let label = |en: &str, fr: &str| Label {
            en: en.into(),
            fr: fr.into(),
        };
        labels.set_label(
            FacetKind::Location,
            "ottawa",
            label("Ottawa", "Ottawa (Ont.)"),
        );
        labels.set_label(FacetKind::Location, "remote", label("Remote", "À distance"));
        labels
    }

    #[test]
    fn a_row_shows_the_interface_language_with_facets_and_date_in_words() {
        let mut posting = Entry::for_test(
            "dev",
            Some(overview("Developer")),
            Some(overview("Développeur")),
        );
        posting.date = Some("2026-11-22".into());
        posting.facets = PackedFacets::from(&Facets {
            location: vec!["ottawa".into(), "remote".into()],
            ..Facets::default()
        });
        let row = ResultRow::new(&posting, &labels(), Lang::Fr).unwrap();
        assert_eq!(row.title, "Développeur");
        assert_eq!(row.summary, "Développeur, in short.");
        assert_eq!(row.foreign, None);
        assert_eq!(row.date, "2026-11-22");
        assert_eq!(row.date_in_words, "22 novembre 2026");
        assert_eq!(row.facets[FacetKind::Location], "Ottawa (Ont.), À distance");
        assert_eq!(row.facets[FacetKind::Team], "");
        assert!(row.open);
        assert_eq!(row.status, "Ouvert\u{a0}: candidatures acceptées");
        let en = ResultRow::new(&posting, &labels(), Lang::En).unwrap();
        assert_eq!(en.facets[FacetKind::Location], "Ottawa, Remote");
        assert_eq!(en.date_in_words, "22 November 2026");
    }

    #[test]
    fn a_posting_without_content_in_the_interface_language_shows_the_other_marked_as_foreign() {
        let posting = Entry::for_test("en-only", Some(overview("Designer")), None);
        let row = ResultRow::new(&posting, &labels(), Lang::Fr).unwrap();
        assert_eq!(row.title, "Designer");
        assert_eq!(row.foreign, Some(Lang::En));
        assert_eq!((row.date.as_str(), row.date_in_words.as_str()), ("", ""));
        let none = Entry::for_test("empty", None, None);
        assert_eq!(ResultRow::new(&none, &labels(), Lang::En), None);
    }

    #[test]
    fn the_same_posting_gives_an_equal_row_and_another_a_different_one() {
        let a = Entry::for_test("a", Some(overview("Analyst")), None);
        let b = Entry::for_test("b", Some(overview("Analyst")), None);
        let row = |p| ResultRow::new(p, &labels(), Lang::En);
        assert_eq!(row(&a), row(&a));
        assert_ne!(row(&a), row(&b));
    }
}
