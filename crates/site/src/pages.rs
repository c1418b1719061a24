//! Which pages the site has, and what each says to search engines.
//!
//! - the listing in each language (`en/`, `fr/`): its default view;
//! - every posting in both languages (`en/<id>/`, `fr/<id>/`), where a language the posting
//!   lacks shows, as the widget does, that it exists only in the other (that page points
//!   search engines to the other);
//! - the accommodation form of every posting that offers it, and the form reached from the
//!   listing when any posting does (`en/<id>/accommodation/`, `en/accommodation/`).
//!
//! A page is indexable (in the sitemap, no `noindex`) when it is a listing, or an open, listed
//! posting in a language it exists in. Closed postings keep their pages, so that old links work,
//! but ask not to be indexed; so do unlisted postings and the form's pages.

use careers_core::address::{id_problem, page_path};
use careers_core::query::StatusFilter;
use careers_core::url_state::ViewState;
use careers_core::{Entry, Lang, Listing};

/// One page of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub lang: Lang,
    /// The posting shown (or asked about, on a form page).
    pub posting: Option<String>,
    pub form: bool,
    /// Open to search engines and in the sitemap.
    pub indexable: bool,
    /// The page search engines should take for this one: itself, or for a posting in a language
    /// it lacks, the posting in the language it has.
    pub canonical: String,
    /// The same view's pages in each language, for `hreflang`, when both exist in their own
    /// language (empty otherwise).
    pub alternates: Vec<(Lang, String)>,
}

impl Page {
    /// The page's path below the site's root (`en/<id>/`).
    pub fn path(&self) -> String {
        page_path(self.lang, self.posting.as_deref(), self.form)
    }

    /// The view the widget shows on this page.
    pub fn view(&self) -> ViewState {
        ViewState {
            lang: Some(self.lang),
            posting: self.posting.clone(),
            form: self.form,
            ..ViewState::default()
        }
    }

    /// The views whose markup the page's folder of fragments holds, by file name: the page's
    /// own view (`index.html`) and, for a listing, each of its status views
    /// (`status-closed.html`), which an address may ask for (`?careers-status=closed`) and
    /// `careers.js` fetches. (No posting id holds a dot, so no page's folder has these names.)
    pub fn fragment_views(&self) -> Vec<(String, ViewState)> {
        let mut views = vec![("index.html".to_owned(), self.view())];
        if self.posting.is_none() && !self.form {
            for status in StatusFilter::ALL {
                let mut view = self.view();
                view.query.status = status;
                views.push((format!("status-{}.html", status.key()), view));
            }
        }
        views
    }
    /// How many folders below the site's root the page is (`en/<id>/` is 2).
    pub fn depth(&self) -> usize {
        self.path().matches('/').count()
    }
}

/// A posting whose id cannot be a page's path. The widget's reader accepts only valid ids, so
/// this is a listing built by other means; it gets no page, and the build says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub id: String,
    pub reason: &'static str,
}

/// Every page of the site for `listing`, and the postings that cannot have one.
pub fn plan(listing: &Listing) -> (Vec<Page>, Vec<Refused>) {
    let mut pages = Vec::new();
    let mut refused = Vec::new();
    let both = |posting: Option<&str>, form: bool| {
        [Lang::En, Lang::Fr]
            .map(|l| (l, page_path(l, posting, form)))
            .to_vec()
    };
    for lang in [Lang::En, Lang::Fr] {
        pages.push(Page {
            lang,
            posting: None,
            form: false,
            indexable: true,
            canonical: page_path(lang, None, false),
            alternates: both(None, false),
        });
    }
    if listing.postings.iter().any(takes_requests_from_listing) {
        for lang in [Lang::En, Lang::Fr] {
            pages.push(form_page(lang, None, both(None, true)));
        }
    }
    for posting in &listing.postings {
        if let Some(reason) = id_problem(&posting.id) {
            refused.push(Refused {
                id: posting.id.clone(),
                reason,
            });
            continue;
        }
        let id = Some(posting.id.as_str());
        let in_both = posting.en.is_some() && posting.fr.is_some();
        for lang in [Lang::En, Lang::Fr] {
            let has = posting.content(lang).is_some();
            let own = page_path(lang, id, false);
            pages.push(Page {
                lang,
                posting: Some(posting.id.clone()),
                form: false,
                indexable: has && posting.status.open && posting.status.listed,
                canonical: if has {
                    own
                } else {
                    page_path(lang.other(), id, false)
                },
                alternates: if in_both { both(id, false) } else { Vec::new() },
            });
            if posting.status.open && posting.status.form {
                let alternates = if in_both { both(id, true) } else { Vec::new() };
                pages.push(form_page(lang, Some(&posting.id), alternates));
            }
        }
    }
    (pages, refused)
}

fn form_page(lang: Lang, posting: Option<&str>, alternates: Vec<(Lang, String)>) -> Page {
    Page {
        lang,
        posting: posting.map(str::to_owned),
        form: true,
        indexable: false,
        canonical: page_path(lang, posting, true),
        alternates,
    }
}

/// Whether the form reached from the listing offers `posting` (the widget's rule).
fn takes_requests_from_listing(posting: &Entry) -> bool {
    posting.status.open && posting.status.form && posting.status.listed
}

#[cfg(test)]
mod tests {
    use super::*;
    use careers_core::model::Status;
    use careers_core::published::{Overview, Search};

    fn entry(id: &str, open: bool, listed: bool, form: bool, langs: &[Lang]) -> Entry {
        let overview = || Overview {
            title: format!("Title of {id}"),
            summary: String::new(),
        };
        let mut entry = Entry::for_test(
            id,
            langs.contains(&Lang::En).then(overview),
            langs.contains(&Lang::Fr).then(overview),
        );
        entry.status = Status { open, listed, form };
        entry
    }

    fn listing(postings: Vec<Entry>) -> Listing {
        Listing {
            schema: careers_core::LISTING_SCHEMA,
            postings,
            labels: Default::default(),
            search: Search::default(),
        }
    }

    fn find<'a>(pages: &'a [Page], path: &str) -> &'a Page {
        pages
            .iter()
            .find(|p| p.path() == path)
            .unwrap_or_else(|| panic!("no page {path}"))
    }

    #[test]
    fn a_listing_holds_the_fragment_of_each_status_a_posting_and_a_form_only_their_own() {
        let both = [Lang::En, Lang::Fr];
        let (pages, _) = plan(&listing(vec![entry("open", true, true, true, &both)]));
        let files = |path: &str| -> Vec<(String, Option<String>, bool, &'static str)> {
            find(&pages, path)
                .fragment_views()
                .into_iter()
                .map(|(file, view)| (file, view.posting, view.form, view.query.status.key()))
                .collect()
        };
        let listing_view = |file: &str, status| (file.to_owned(), None, false, status);
        assert_eq!(
            files("fr/"),
            [
                listing_view("index.html", "open"),
                listing_view("status-open.html", "open"),
                listing_view("status-closed.html", "closed"),
                listing_view("status-all.html", "all"),
            ]
        );
        assert_eq!(
            files("en/open/"),
            [(
                "index.html".to_owned(),
                Some("open".to_owned()),
                false,
                "open"
            )]
        );
        assert_eq!(
            files("en/accommodation/"),
            [("index.html".to_owned(), None, true, "open")]
        );
        assert!(find(&pages, "fr/")
            .fragment_views()
            .iter()
            .all(|(_, view)| view.lang == Some(Lang::Fr)));
    }

    #[test]
    fn every_posting_has_a_page_in_both_languages_and_the_form_where_offered() {
        let both = [Lang::En, Lang::Fr];
        let (pages, refused) = plan(&listing(vec![
            entry("open", true, true, true, &both),
            entry("closed", false, true, true, &both),
            entry("english", true, true, false, &[Lang::En]),
            entry("hidden", true, false, true, &both),
        ]));
        assert!(refused.is_empty());
        let paths: Vec<String> = pages.iter().map(Page::path).collect();
        for path in [
            "en/",
            "fr/",
            "en/accommodation/",
            "fr/adaptation/",
            "en/open/",
            "fr/open/",
            "en/open/accommodation/",
            "fr/open/adaptation/",
            "en/closed/",
            "fr/closed/",
            "en/english/",
            "fr/english/",
            "en/hidden/",
            "en/hidden/accommodation/",
        ] {
            assert!(
                paths.contains(&path.to_owned()),
                "{path} missing: {paths:?}"
            );
        }
        assert!(!paths.contains(&"en/closed/accommodation/".to_owned()));
        assert!(!paths.contains(&"en/english/accommodation/".to_owned()));
        assert_eq!(paths.len(), 16);

        let indexable: Vec<&str> = pages
            .iter()
            .filter(|p| p.indexable)
            .map(|p| p.canonical.as_str())
            .collect();
        assert_eq!(
            indexable,
            ["en/", "fr/", "en/open/", "fr/open/", "en/english/"]
        );

        let missing = find(&pages, "fr/english/");
        assert!(!missing.indexable);
        assert_eq!(missing.canonical, "en/english/");
        assert!(missing.alternates.is_empty());
        assert_eq!(
            find(&pages, "fr/open/").alternates,
            [
                (Lang::En, "en/open/".to_owned()),
                (Lang::Fr, "fr/open/".to_owned())
            ]
        );
    }

    #[test]
    fn no_form_page_of_the_listing_when_no_posting_takes_requests() {
        let (pages, _) = plan(&listing(vec![entry(
            "closed",
            false,
            true,
            true,
            &[Lang::En, Lang::Fr],
        )]));
        assert!(pages.iter().all(|p| !p.form));
    }

    #[test]
    fn ids_that_cannot_be_paths_get_no_page() {
        let (pages, refused) = plan(&listing(vec![
            entry("../../x", true, true, true, &[Lang::En]),
            entry("accommodation", true, true, true, &[Lang::En]),
            entry("Upper", true, true, true, &[Lang::En]),
        ]));
        assert_eq!(
            refused.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            ["../../x", "accommodation", "Upper"]
        );
        assert!(pages
            .iter()
            .all(|p| p.posting.is_none() || p.posting.as_deref() == Some("x")));
        assert_eq!(pages.iter().filter(|p| p.posting.is_some()).count(), 0);
    }

    #[test]
    fn depth_counts_folders() {
        let (pages, _) = plan(&listing(vec![entry(
            "a",
            true,
            true,
            true,
            &[Lang::En, Lang::Fr],
        )]));
        assert_eq!(find(&pages, "en/").depth(), 1);
        assert_eq!(find(&pages, "en/a/").depth(), 2);
        assert_eq!(find(&pages, "en/a/accommodation/").depth(), 3);
    }
}
