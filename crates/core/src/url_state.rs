//! Every view is a URL: the widget's state as query parameters of the host page's URL.
//!
//! Parameters owned by the widget all start with `careers-`, so that the host page's own
//! parameters are never touched ([`merge_query`]). Defaults are omitted, so the plain listing
//! adds nothing to the URL. Reading never fails: unknown parameters and malformed or unsafe
//! values are ignored, and when a single-valued parameter repeats, the last valid value wins.
//!
//! | parameter | values | default |
//! |---|---|---|
//! | `careers-lang` | `en`, `fr` | none (negotiated) |
//! | `careers-q` | free text (control characters read as spaces, at most 200 characters) | empty |
//! | `careers-status` | `open`, `closed`, `all` | `open` |
//! | `careers-sort` | `relevance`, `title`, `status`, `newest` | `relevance` (by title while there is no word to search for) |
//! | `careers-<facet>` (repeated; facet = [`FacetKind::key`]) | `[A-Za-z0-9._-]{1,64}` | none |
//! | `careers-posting` | `[a-z0-9-]{1,120}` | none |
//! | `careers-form` | `1` | absent |
//! | `careers-page` | integer ≥ 1 | `1` |

use crate::query::{Query, SortOrder, StatusFilter};
use crate::{FacetKind, Lang};

/// The prefix of every parameter the widget owns.
pub const PREFIX: &str = "careers-";

/// Longest free-text query kept from a URL, in characters.
pub const MAX_TEXT_CHARS: usize = 200;

/// Most values kept per facet from a URL.
pub const MAX_FACET_VALUES: usize = 32;

/// What the widget shows, as stored in the URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    /// The language chosen in the widget; `None` lets the page and browser decide.
    pub lang: Option<Lang>,
    pub query: Query,
    /// The open posting's id, if one is open (over the listing).
    pub posting: Option<String>,
    /// 1-based page of results.
    pub page: usize,
    /// The accommodation request form is open (about `posting` when there is one).
    pub form: bool,
}

impl Default for ViewState {
    fn default() -> ViewState {
        ViewState {
            lang: None,
            query: Query::default(),
            posting: None,
            page: 1,
            form: false,
        }
    }
}

/// Whether `id` is a safe posting id: `[a-z0-9-]{1,120}`.
pub fn is_valid_id(id: &str) -> bool {
    (1..=120).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `value` is a safe facet value: `[A-Za-z0-9._-]{1,64}`.
pub fn is_valid_facet_value(value: &str) -> bool {
    (1..=64).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// The query text as the widget keeps it, from a URL or from the search box: control
/// characters (a pasted tab or line break) become spaces, so that the words they separated stay
/// apart, and at most [`MAX_TEXT_CHARS`] characters. So a search survives its URL unchanged.
pub fn clean_text(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_TEXT_CHARS)
        .collect()
}

/// A page number: ASCII digits only, at least 1.
fn parse_page(value: &str) -> Option<usize> {
    if value.is_empty() || value.len() > 9 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse().ok().filter(|&page| page >= 1)
}

impl ViewState {
    /// Reads the widget's parameters among decoded query pairs (host parameters are skipped).
    pub fn from_query_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> ViewState {
        let mut state = ViewState::default();
        for (name, value) in pairs {
            if let Some(name) = name.strip_prefix(PREFIX) {
                state.read_pair(name, &value);
            }
        }
        state
    }

    /// Applies one parameter, `name` without its prefix; ignores it if unknown or malformed.
    fn read_pair(&mut self, name: &str, value: &str) {
        match name {
            "lang" => {
                if let Some(lang) = [Lang::En, Lang::Fr].into_iter().find(|l| l.code() == value) {
                    self.lang = Some(lang);
                }
            }
            "q" => self.query.text = clean_text(value),
            "status" => {
                if let Some(status) = StatusFilter::from_key(value) {
                    self.query.status = status;
                }
            }
            "sort" => {
                if let Some(sort) = SortOrder::from_key(value) {
                    self.query.sort = sort;
                }
            }
            "posting" if is_valid_id(value) => self.posting = Some(value.to_owned()),
            "page" => {
                if let Some(page) = parse_page(value) {
                    self.page = page;
                }
            }
            "form" if value == "1" => self.form = true,
            _ => self.read_facet(name, value),
        }
    }

    fn read_facet(&mut self, name: &str, value: &str) {
        let Some(kind) = FacetKind::from_key(name) else {
            return;
        };
        if !is_valid_facet_value(value) {
            return;
        }
        if self.query.facets[kind].len() < MAX_FACET_VALUES {
            self.query.select(kind, value);
        }
    }

    /// The widget's parameters, defaults omitted, in a fixed order: lang, q, status, sort,
    /// facets (in [`FacetKind::ALL`] order, values sorted), posting, form, page.
    pub fn to_query_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        let mut push =
            |name: &str, value: &str| pairs.push((format!("{PREFIX}{name}"), value.to_owned()));
        if let Some(lang) = self.lang {
            push("lang", lang.code());
        }
        if !self.query.text.is_empty() {
            push("q", &self.query.text);
        }
        if self.query.status != StatusFilter::default() {
            push("status", self.query.status.key());
        }
        if self.query.sort != SortOrder::default() {
            push("sort", self.query.sort.key());
        }
        for (kind, values) in self.query.facets.iter() {
            for value in values {
                push(kind.key(), value);
            }
        }
        if let Some(id) = &self.posting {
            push("posting", id);
        }
        if self.form {
            push("form", "1");
        }
        if self.page != 1 {
            push("page", &self.page.to_string());
        }
        pairs
    }
}

/// The host page's parameters (all those not starting with `careers-`, in order) followed by
/// the widget's.
pub fn merge_query(host_pairs: &[(String, String)], state: &ViewState) -> Vec<(String, String)> {
    host_pairs
        .iter()
        .filter(|(name, _)| !name.starts_with(PREFIX))
        .cloned()
        .chain(state.to_query_pairs())
        .collect()
}

/// Encodes pairs as a query string the way `URLSearchParams` does (`application/x-www-form-urlencoded`:
/// letters, digits and `*-._` kept, space as `+`, every other byte as `%XX`), without a leading `?`.
pub fn encode_query(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        encode_component(name, &mut out);
        out.push('=');
        encode_component(value, &mut out);
    }
    out
}

/// Appends `text` form-urlencoded (see [`encode_query`]) to `out`.
pub(crate) fn encode_component(text: &str, out: &mut String) {
    crate::percent::encode_into(text, |b| matches!(b, b'*' | b'-' | b'.' | b'_'), true, out);
}

/// Whether going from `old` to `new` deserves a history entry of its own, rather than being
/// typing (which makes one entry for a whole search). Everything but the query text counts:
/// language, posting, form, facets, status, sort, page. Typing alone does not, nor does the page
/// reset that typing causes: a change of text ignores the page.
pub fn is_meaningful_change(old: &ViewState, new: &ViewState) -> bool {
    let typing = old.query.text != new.query.text;
    let comparable = |s: &ViewState| ViewState {
        query: Query {
            text: String::new(),
            ..s.query.clone()
        },
        page: if typing { 1 } else { s.page },
        ..s.clone()
    };
    comparable(old) != comparable(new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_a_query_like_url_search_params() {
        let query = encode_query(&pairs(&[
            ("careers-q", "développeur «senior» & co"),
            ("from", "a+b=c"),
            ("x", ""),
        ]));
        assert_eq!(
            query,
            "careers-q=d%C3%A9veloppeur+%C2%ABsenior%C2%BB+%26+co&from=a%2Bb%3Dc&x="
        );
        assert_eq!(encode_query(&[]), "");
    }

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    fn read(items: &[(&str, &str)]) -> ViewState {
        ViewState::from_query_pairs(pairs(items))
    }

    fn full_state() -> ViewState {
        let mut query = Query {
            text: "développeur l’équipe".into(),
            status: StatusFilter::All,
            sort: SortOrder::Status,
            ..Query::default()
        };
        query.toggle_facet(FacetKind::Classification, "EC-06");
        query.toggle_facet(FacetKind::Classification, "CS-03");
        query.toggle_facet(FacetKind::Team, "product");
        ViewState {
            lang: Some(Lang::Fr),
            query,
            posting: Some("senior-developer-2".into()),
            page: 3,
            form: true,
        }
    }

    #[test]
    fn the_default_state_adds_nothing_to_the_url() {
        assert!(ViewState::default().to_query_pairs().is_empty());
        assert_eq!(read(&[]), ViewState::default());
        assert_eq!(ViewState::default().page, 1);
    }

    #[test]
    fn writes_every_parameter_in_a_fixed_order() {
        assert_eq!(
            full_state().to_query_pairs(),
            pairs(&[
                ("careers-lang", "fr"),
                ("careers-q", "développeur l’équipe"),
                ("careers-status", "all"),
                ("careers-sort", "status"),
                ("careers-classification", "CS-03"),
                ("careers-classification", "EC-06"),
                ("careers-team", "product"),
                ("careers-posting", "senior-developer-2"),
                ("careers-form", "1"),
                ("careers-page", "3"),
            ])
        );
    }

    #[test]
    fn round_trips() {
        let states = [
            ViewState::default(),
            full_state(),
            ViewState {
                lang: Some(Lang::En),
                ..ViewState::default()
            },
            ViewState {
                form: true,
                ..ViewState::default()
            },
            ViewState {
                query: Query {
                    sort: SortOrder::Newest,
                    ..Query::default()
                },
                ..ViewState::default()
            },
            ViewState {
                query: Query {
                    status: StatusFilter::Closed,
                    ..Query::default()
                },
                ..ViewState::default()
            },
        ];
        for state in states {
            assert_eq!(ViewState::from_query_pairs(state.to_query_pairs()), state);
        }
    }

    #[test]
    fn reads_and_writes_every_sort_order() {
        assert_eq!(
            read(&[("careers-sort", "newest")]).query.sort,
            SortOrder::Newest
        );
        for sort in SortOrder::ALL {
            let state = ViewState {
                query: Query {
                    sort,
                    ..Query::default()
                },
                ..ViewState::default()
            };
            let pairs = state.to_query_pairs();
            // The default order adds nothing; every other one is written by its key.
            let expected = (sort != SortOrder::Relevance)
                .then(|| ("careers-sort".to_string(), sort.key().to_string()));
            assert_eq!(pairs.into_iter().next(), expected);
            assert_eq!(ViewState::from_query_pairs(state.to_query_pairs()), state);
        }
        assert_eq!(
            read(&[("careers-sort", "Newest")]).query.sort,
            SortOrder::Relevance
        );
    }

    #[test]
    fn keeps_host_parameters_in_order_and_replaces_ours() {
        let host = pairs(&[
            ("utm_source", "x"),
            ("careers-q", "old"),
            ("lang", "en"),
            ("careers-page", "9"),
            ("utm_source", "y"),
        ]);
        let state = ViewState {
            posting: Some("a".into()),
            ..ViewState::default()
        };
        assert_eq!(
            merge_query(&host, &state),
            pairs(&[
                ("utm_source", "x"),
                ("lang", "en"),
                ("utm_source", "y"),
                ("careers-posting", "a")
            ])
        );
        // Host parameters do not leak into the state.
        assert_eq!(ViewState::from_query_pairs(host).query.text, "old");
        assert_eq!(
            read(&[("q", "x"), ("page", "2"), ("lang", "fr")]),
            ViewState::default()
        );
    }

    #[test]
    fn ignores_malformed_values() {
        let state = read(&[
            ("careers-page", "abc"),
            ("careers-page", "0"),
            ("careers-page", "-2"),
            ("careers-page", "+2"),
            ("careers-page", "99999999999999999999"),
            ("careers-status", "zzz"),
            ("careers-sort", "Title"),
            ("careers-lang", "de"),
            ("careers-form", "yes"),
            ("careers-salary", "100000"),
            ("careers-posting", "<script>alert(1)</script>"),
            ("careers-posting", ""),
            ("careers-posting", "Upper-Case"),
            ("careers-classification", "EC 06"),
            ("careers-classification", "<b>"),
            ("careers-classification", ""),
        ]);
        assert_eq!(state, ViewState::default());
        let long_id = "a".repeat(121);
        assert_eq!(read(&[("careers-posting", &long_id)]).posting, None);
        assert_eq!(
            read(&[("careers-posting", &long_id[1..])])
                .posting
                .unwrap()
                .len(),
            120
        );
        assert!(
            read(&[("careers-team", &"x".repeat(65))]).query.facets[FacetKind::Team].is_empty()
        );
    }

    #[test]
    fn malformed_values_do_not_erase_valid_ones() {
        let state = read(&[
            ("careers-page", "4"),
            ("careers-page", "abc"),
            ("careers-posting", "good-id"),
            ("careers-posting", "<script>"),
            ("careers-status", "closed"),
            ("careers-status", "zzz"),
        ]);
        assert_eq!(state.page, 4);
        assert_eq!(state.posting.as_deref(), Some("good-id"));
        assert_eq!(state.query.status, StatusFilter::Closed);
    }

    #[test]
    fn the_last_valid_single_value_wins() {
        let state = read(&[
            ("careers-lang", "en"),
            ("careers-lang", "fr"),
            ("careers-page", "2"),
            ("careers-page", "5"),
        ]);
        assert_eq!((state.lang, state.page), (Some(Lang::Fr), 5));
    }

    #[test]
    fn collects_repeated_facet_values_up_to_a_limit() {
        let state = read(&[
            ("careers-location", "ncr"),
            ("careers-location", "remote"),
            ("careers-location", "ncr"),
            ("careers-language", "bilingual-imperative-cbc"),
        ]);
        assert!(state.query.is_selected(FacetKind::Location, "ncr"));
        assert!(state.query.is_selected(FacetKind::Location, "remote"));
        assert_eq!(state.query.facets[FacetKind::Location].len(), 2);
        assert!(state
            .query
            .is_selected(FacetKind::Language, "bilingual-imperative-cbc"));

        let many: Vec<(String, String)> = (0..100)
            .map(|i| ("careers-team".to_string(), format!("team-{i:03}")))
            .collect();
        assert_eq!(
            ViewState::from_query_pairs(many).query.facets[FacetKind::Team].len(),
            MAX_FACET_VALUES
        );
    }

    #[test]
    fn cleans_the_query_text() {
        assert_eq!(
            read(&[("careers-q", "dev\u{0}\n ops")]).query.text,
            "dev   ops"
        );
        // A tab or line break keeps apart the words it separated, as a search does.
        let typed = "senior\tdeveloper";
        assert_eq!(read(&[("careers-q", typed)]).query.text, "senior developer");
        assert_eq!(
            crate::fold::words(&clean_text(typed)),
            crate::fold::words(typed)
        );
        let long = "é".repeat(500);
        assert_eq!(
            read(&[("careers-q", &long)]).query.text.chars().count(),
            MAX_TEXT_CHARS
        );
    }

    #[test]
    fn typing_replaces_and_everything_else_pushes() {
        let base = ViewState {
            page: 3,
            ..ViewState::default()
        };
        let mut typed = base.clone();
        typed.query.text = "dev".into();
        assert!(!is_meaningful_change(&base, &typed));
        // The page reset that typing causes is part of typing.
        typed.page = 1;
        assert!(!is_meaningful_change(&base, &typed));
        assert!(!is_meaningful_change(&base, &base.clone()));

        let changes: [fn(&mut ViewState); 8] = [
            |s| s.posting = Some("a".into()),
            |s| s.form = true,
            |s| s.lang = Some(Lang::Fr),
            |s| s.query.toggle_facet(FacetKind::Tenure, "term"),
            |s| s.query.status = StatusFilter::All,
            |s| s.query.sort = SortOrder::Status,
            |s| s.page = 4,
            |s| {
                s.query.text = "dev".into();
                s.posting = Some("a".into());
            },
        ];
        for (i, change) in changes.iter().enumerate() {
            let mut new = base.clone();
            change(&mut new);
            assert!(is_meaningful_change(&base, &new), "change {i}");
            assert!(is_meaningful_change(&new, &base), "change {i} undone");
        }
    }

    #[test]
    fn validators() {
        assert!(is_valid_id("a") && is_valid_id("senior-dev-2024"));
        assert!(!is_valid_id("a_b") && !is_valid_id("a/b") && !is_valid_id("é"));
        assert!(is_valid_facet_value("EC-06") && is_valid_facet_value("v1.2_x"));
        assert!(
            !is_valid_facet_value("a b")
                && !is_valid_facet_value("a&b")
                && !is_valid_facet_value("é")
        );
    }
}
