//! Where each view of the widget lives: the address of a view, and the view of an address.
//!
//! Two schemes, chosen by the page the widget is on:
//!
//! - [`Scheme::Query`]: the widget is embedded in a page of the host's (any page, any path). Every
//!   view is that page with the widget's `careers-` parameters ([`crate::url_state`]); the host's
//!   own parameters and fragment are kept.
//! - [`Scheme::Pages`]: the widget is on one of the site's pre-rendered pages (or a host page that
//!   mirrors them). The language, the posting and the form are the page, below the site's root;
//!   the listing's search, filters, sort and page of results stay parameters:
//!
//!   | view | page |
//!   |---|---|
//!   | the listing | `en/`, `fr/` |
//!   | a posting | `en/<id>/` |
//!   | the accommodation form for a posting | `en/<id>/accommodation/`, `fr/<id>/adaptation/` |
//!   | the form, posting to choose | `en/accommodation/`, `fr/adaptation/` |
//!
//!   Old links of the query scheme still open their view on these pages: `careers-lang`,
//!   `careers-posting` and `careers-form` override the path ([`PageAddress::is_canonical`] says
//!   when the address should be rewritten to the view's own page).

use crate::lang::Lang;
use crate::url_state::{encode_component, encode_query, is_valid_id, merge_query, ViewState};

/// How the views of the widget map to addresses (see the module documentation).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Scheme {
    /// The host page with `careers-` parameters.
    #[default]
    Query,
    /// A page per language, posting and form below `root`: an absolute path ending in `/` in the
    /// browser (`/careers/`), a relative one where pages are written (`../../`).
    Pages { root: String },
}

/// The last segment of a form page's path, in the language of the page.
pub fn form_segment(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "accommodation",
        Lang::Fr => "adaptation",
    }
}

/// Ids a posting may not have: they name the form's page of the listing (`en/accommodation/`).
pub const RESERVED_IDS: [&str; 2] = ["accommodation", "adaptation"];

/// Why `id` cannot be a posting's, if it cannot: its body file's name and its pages' paths are
/// made of it. The one rule the bundler's publishing and the site's pages both apply.
pub fn id_problem(id: &str) -> Option<&'static str> {
    if !is_valid_id(id) {
        Some("its id is not 1 to 120 lower-case letters, digits and hyphens")
    } else if RESERVED_IDS.contains(&id) {
        Some("its id names the accommodation form's page")
    } else {
        None
    }
}

/// The path of a view's page below the site's root, in [`Scheme::Pages`]: `en/`, `en/<id>/`,
/// `en/<id>/accommodation/`, `fr/adaptation/`. Only the language, posting and form count.
pub fn page_path(lang: Lang, posting: Option<&str>, form: bool) -> String {
    let mut path = format!("{}/", lang.code());
    if let Some(id) = posting {
        path.push_str(id);
        path.push('/');
    }
    if form {
        path.push_str(form_segment(lang));
        path.push('/');
    }
    path
}

/// The page a path below the site's root names: language, posting, form. `None` when the path
/// is not one of the scheme's pages (no language, or segments the scheme does not have).
pub fn read_page_path(relative: &str) -> Option<(Lang, Option<String>, bool)> {
    let relative = relative.strip_suffix("index.html").unwrap_or(relative);
    let mut segments = relative.split('/').filter(|s| !s.is_empty());
    let lang = match segments.next()? {
        "en" => Lang::En,
        "fr" => Lang::Fr,
        _ => return None,
    };
    let rest: Vec<&str> = segments.collect();
    let is_form = |s: &str| RESERVED_IDS.contains(&s);
    match rest.as_slice() {
        [] => Some((lang, None, false)),
        [form] if is_form(form) => Some((lang, None, true)),
        [id] if is_valid_id(id) => Some((lang, Some((*id).to_owned()), false)),
        [id, form] if is_valid_id(id) && !is_form(id) && is_form(form) => {
            Some((lang, Some((*id).to_owned()), true))
        }
        _ => None,
    }
}

/// The parts of the page's address that the widget's links keep: its path, its own parameters
/// (in order) and its fragment, and the scheme its views follow.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageAddress {
    pub scheme: Scheme,
    pub path: String,
    pub pairs: Vec<(String, String)>,
    pub hash: String,
}

impl PageAddress {
    /// The view this address shows. `negotiated` is the language when the address names none: in
    /// the query scheme the view keeps no language (the page and browser decide); in the pages
    /// scheme every view has one.
    pub fn view(&self, negotiated: Lang) -> ViewState {
        let Scheme::Pages { root } = &self.scheme else {
            return ViewState::from_query_pairs(self.pairs.iter().cloned());
        };
        let mut state = ViewState::from_query_pairs(self.pairs.iter().cloned());
        let page = self
            .path
            .strip_prefix(root.as_str())
            .and_then(read_page_path);
        let old_link = self.has_old_parameters();
        if let Some((lang, posting, form)) = page.filter(|_| !old_link) {
            state.lang = Some(lang);
            state.posting = posting;
            state.form = form;
        }
        state.lang = state.lang.or(Some(negotiated));
        state
    }

    /// Whether the address bar already shows its view's own page (always, in the query scheme).
    /// In the pages scheme, an old link (`?careers-posting=…`, `?careers-lang=…`) or a path that
    /// is not one of the pages (the site's root) should be rewritten to [`PageAddress::href`].
    pub fn is_canonical(&self) -> bool {
        let Scheme::Pages { root } = &self.scheme else {
            return true;
        };
        !self.has_old_parameters()
            && self
                .path
                .strip_prefix(root.as_str())
                .and_then(read_page_path)
                .is_some()
    }

    /// Parameters of the query scheme that the pages scheme holds in the path.
    fn has_old_parameters(&self) -> bool {
        self.pairs.iter().any(|(name, _)| {
            matches!(
                name.as_str(),
                "careers-lang" | "careers-posting" | "careers-form"
            )
        })
    }

    /// The address of `state` on this page: path, host parameters, the widget's, fragment.
    pub fn href(&self, state: &ViewState) -> String {
        match &self.scheme {
            Scheme::Query => self.href_with(&self.link_path(), &merge_query(&self.pairs, state)),
            Scheme::Pages { root } => self.href_with(
                &format!("{root}{}", state_page_path(state)),
                &merge_query(&self.pairs, &listing_part(state)),
            ),
        }
    }

    /// The page goes to `state` (its parameters become the host's plus the state's), and this is
    /// its new address, the same as [`PageAddress::href`] gave before.
    pub fn follow(&mut self, state: &ViewState) -> String {
        let href = self.href(state);
        match &self.scheme {
            Scheme::Query => self.pairs = merge_query(&self.pairs, state),
            Scheme::Pages { root } => {
                self.path = format!("{root}{}", state_page_path(state));
                self.pairs = merge_query(&self.pairs, &listing_part(state));
            }
        }
        href
    }

    fn href_with(&self, path: &str, pairs: &[(String, String)]) -> String {
        let query = encode_query(pairs);
        // A page rendered for inclusion in an unknown page links with parameters alone
        // (`?careers-posting=…`); its plain view is `?`, since an empty link is the current
        // address, parameters included.
        let separator = if query.is_empty() && !path.is_empty() {
            ""
        } else {
            "?"
        };
        format!("{path}{separator}{query}{}", self.hash)
    }

    /// The path as a link begins. A path that starts with `//` (the page at
    /// `https://host//elsewhere.example/jobs`) would make the link another host's address
    /// (`//elsewhere.example/jobs?…`); `/.//elsewhere.example/jobs` is the same page's path.
    fn link_path(&self) -> String {
        if self.path.starts_with("//") {
            format!("/.{}", self.path)
        } else {
            self.path.clone()
        }
    }

    /// The addresses of the postings opened from `state` (see [`PostingLinks`]).
    pub fn posting_links(&self, state: &ViewState) -> PostingLinks {
        if let Scheme::Pages { root } = &self.scheme {
            let lang = state.lang.unwrap_or_default();
            let query = encode_query(&merge_query(&self.pairs, &listing_part(state)));
            let separator = if query.is_empty() { "" } else { "?" };
            return PostingLinks {
                before: format!("{root}{}/", lang.code()),
                after: format!("/{separator}{query}{}", self.hash),
            };
        }
        // The id is the only part that differs: encode the view once around a marker, then
        // split there. The marker encodes as `%00`; only `careers-form` and `careers-page`
        // (never `%00`) follow `careers-posting`, so the last `%00` of the query is the marker.
        let marked = ViewState {
            posting: Some(MARKER.to_owned()),
            ..state.clone()
        };
        let query = encode_query(&merge_query(&self.pairs, &marked));
        let (before, after) = query
            .rsplit_once("%00")
            .expect("the marked posting is in the query");
        PostingLinks {
            before: format!("{}?{before}", self.link_path()),
            after: format!("{after}{}", self.hash),
        }
    }
}

/// The page of `state` below the root (a view without a language is in English).
fn state_page_path(state: &ViewState) -> String {
    page_path(
        state.lang.unwrap_or_default(),
        state.posting.as_deref(),
        state.form,
    )
}

/// What of `state` the pages scheme keeps in parameters: the listing's search, filters, sort and
/// page (the path holds the rest).
fn listing_part(state: &ViewState) -> ViewState {
    ViewState {
        lang: None,
        posting: None,
        form: false,
        ..state.clone()
    }
}

/// Stands for the posting id in [`PageAddress::posting_links`]; no valid id contains it.
const MARKER: &str = "\0";

/// The addresses of the postings a view links to, sharing everything but the id, so that a
/// page of results costs one encoding of the view rather than one per result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostingLinks {
    before: String,
    after: String,
}

impl PostingLinks {
    /// The address of posting `id`, with the view's filters, page and language.
    pub fn href(&self, id: &str) -> String {
        let mut out = String::with_capacity(self.before.len() + id.len() + self.after.len());
        out.push_str(&self.before);
        encode_component(id, &mut out);
        out.push_str(&self.after);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::StatusFilter;
    use crate::FacetKind;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    fn query_address(path: &str, items: &[(&str, &str)], hash: &str) -> PageAddress {
        PageAddress {
            scheme: Scheme::Query,
            path: path.into(),
            pairs: pairs(items),
            hash: hash.into(),
        }
    }

    fn pages_address(root: &str, path: &str, items: &[(&str, &str)]) -> PageAddress {
        PageAddress {
            scheme: Scheme::Pages { root: root.into() },
            path: path.into(),
            pairs: pairs(items),
            hash: String::new(),
        }
    }

    #[test]
    fn a_posting_link_is_the_view_with_that_posting_open() {
        let address = query_address(
            "/en/jobs",
            &[("ref", "a%00b"), ("careers-q", "stale")],
            "#x%00",
        );
        let mut state = ViewState::default();
        let plain = address.posting_links(&state);
        assert_eq!(
            plain.href("ux-designer"),
            "/en/jobs?ref=a%2500b&careers-posting=ux-designer#x%00"
        );

        // Text with the marker's own encoding, facets, status, language and a later page.
        state.lang = Some(Lang::Fr);
        state.query.text = "nul \0 %00 «x»".into();
        state.query.status = StatusFilter::All;
        state.query.select(FacetKind::Location, "ottawa");
        state.page = 3;
        let links = address.posting_links(&state);
        for id in ["ux-designer", "a", "policy-analyst-2"] {
            let open = ViewState {
                posting: Some(id.into()),
                ..state.clone()
            };
            assert_eq!(links.href(id), address.href(&open));
        }
        assert!(links.href("a").contains("careers-page=3"));
    }

    #[test]
    fn following_a_view_gives_its_address_and_keeps_the_host_parameters() {
        let mut address = query_address("/jobs", &[("ref", "mail"), ("careers-q", "old")], "#top");
        let mut state = ViewState::default();
        state.query.text = "new".into();
        let expected = address.href(&state);
        assert_eq!(address.follow(&state), expected);
        assert_eq!(expected, "/jobs?ref=mail&careers-q=new#top");
        assert_eq!(address.href(&state), expected);
    }

    #[test]
    fn links_stay_on_the_page_when_its_path_starts_with_two_slashes() {
        let address = query_address("//elsewhere.example/jobs", &[], "");
        let mut state = ViewState::default();
        assert_eq!(address.href(&state), "/.//elsewhere.example/jobs");
        state.query.text = "x".into();
        assert_eq!(
            address.href(&state),
            "/.//elsewhere.example/jobs?careers-q=x"
        );
        assert_eq!(
            address.posting_links(&state).href("a"),
            "/.//elsewhere.example/jobs?careers-q=x&careers-posting=a"
        );
    }

    #[test]
    fn an_address_without_parameters_has_no_question_mark() {
        let address = query_address("/jobs", &[], "");
        assert_eq!(address.href(&ViewState::default()), "/jobs");
    }

    #[test]
    fn a_page_of_unknown_path_links_with_parameters_alone() {
        let address = PageAddress::default();
        assert_eq!(address.href(&ViewState::default()), "?");
        let open = ViewState {
            posting: Some("a".into()),
            ..ViewState::default()
        };
        assert_eq!(address.href(&open), "?careers-posting=a");
        assert_eq!(
            address.posting_links(&ViewState::default()).href("a"),
            "?careers-posting=a"
        );
    }

    #[test]
    fn page_paths_round_trip() {
        for lang in [Lang::En, Lang::Fr] {
            for posting in [None, Some("senior-developer-2")] {
                for form in [false, true] {
                    let path = page_path(lang, posting, form);
                    assert_eq!(
                        read_page_path(&path),
                        Some((lang, posting.map(str::to_owned), form)),
                        "{path}"
                    );
                    assert_eq!(
                        read_page_path(&format!("{path}index.html")),
                        read_page_path(&path)
                    );
                }
            }
        }
        assert_eq!(page_path(Lang::Fr, Some("a"), true), "fr/a/adaptation/");
        assert_eq!(page_path(Lang::En, None, true), "en/accommodation/");
    }

    #[test]
    fn paths_that_are_not_pages_are_refused() {
        for path in [
            "",
            "de/",
            "en/Upper/",
            "en/a/b/",
            "en/a/accommodation/x/",
            "en/accommodation/accommodation/",
            "index.html",
            "en/../x/",
        ] {
            assert_eq!(read_page_path(path), None, "{path}");
        }
    }

    #[test]
    fn each_page_reads_as_its_view_and_the_listing_state_stays_in_parameters() {
        let address = pages_address(
            "/careers/",
            "/careers/fr/ux-designer/",
            &[("utm", "x"), ("careers-q", "design"), ("careers-page", "2")],
        );
        let state = address.view(Lang::En);
        assert_eq!(state.lang, Some(Lang::Fr));
        assert_eq!(state.posting.as_deref(), Some("ux-designer"));
        assert!(!state.form);
        assert_eq!(state.query.text, "design");
        assert_eq!(state.page, 2);
        assert!(address.is_canonical());
        assert_eq!(
            address.href(&state),
            "/careers/fr/ux-designer/?utm=x&careers-q=design&careers-page=2"
        );
        let back = ViewState {
            posting: None,
            ..state.clone()
        };
        assert_eq!(
            address.href(&back),
            "/careers/fr/?utm=x&careers-q=design&careers-page=2"
        );
        let form = ViewState {
            form: true,
            ..state
        };
        assert_eq!(
            address.href(&form),
            "/careers/fr/ux-designer/adaptation/?utm=x&careers-q=design&careers-page=2"
        );
    }

    #[test]
    fn old_links_open_their_view_on_the_pages_and_ask_to_be_rewritten() {
        let address = pages_address(
            "/",
            "/",
            &[("careers-posting", "ux-designer"), ("careers-lang", "fr")],
        );
        assert!(!address.is_canonical());
        let state = address.view(Lang::En);
        assert_eq!(state.lang, Some(Lang::Fr));
        assert_eq!(state.posting.as_deref(), Some("ux-designer"));
        assert_eq!(address.href(&state), "/fr/ux-designer/");

        // The site's root: the negotiated language's listing.
        let root = pages_address("/", "/", &[]);
        assert!(!root.is_canonical());
        assert_eq!(root.href(&root.view(Lang::Fr)), "/fr/");

        // An old link on a page of the scheme wins over the page.
        let mixed = pages_address("/", "/en/a/", &[("careers-posting", "b")]);
        assert_eq!(mixed.view(Lang::En).posting.as_deref(), Some("b"));
        assert!(!mixed.is_canonical());
    }

    #[test]
    fn posting_links_of_the_pages_scheme_are_the_postings_pages() {
        let mut address = pages_address("../../", "", &[("utm", "1")]);
        let mut state = address.view(Lang::En);
        state.query.text = "dev ops".into();
        let links = address.posting_links(&state);
        let open = ViewState {
            posting: Some("a-b".into()),
            ..state.clone()
        };
        assert_eq!(links.href("a-b"), address.href(&open));
        assert_eq!(links.href("a-b"), "../../en/a-b/?utm=1&careers-q=dev+ops");
        assert_eq!(
            address.follow(&open),
            "../../en/a-b/?utm=1&careers-q=dev+ops"
        );
        assert_eq!(address.path, "../../en/a-b/");
        let plain = pages_address("/", "/en/", &[]);
        assert_eq!(
            plain
                .posting_links(&plain.view(Lang::En))
                .href("ux-designer"),
            "/en/ux-designer/"
        );
    }
}
