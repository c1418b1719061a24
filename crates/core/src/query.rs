//! The query engine: free text, facets, status filter and sort over the postings of a listing.
//!
//! The bundler has already folded every listed posting's text in each language into the
//! listing's [`WordLists`]: distinct words with, for each word, the postings that contain it.
//! [`Index::new`] records the postings of each facet value and of each status as bit sets; the
//! title order and the bit sets of one- and two-character strings of each language are built
//! when first needed. [`Index::run`] then folds only the query, finds its words in the
//! vocabulary and combines bit sets, so a keystroke costs no folding of posting text and no
//! allocation per posting.
//!
//! Rules:
//! - only `status.listed` postings are ever in results or counts;
//! - a posting's text in language L is the title, summary and body of its L content, or of its
//!   other-language content when it has none in L;
//! - every query word (see [`crate::fold::words`]) must occur in that text, anywhere, even
//!   inside a longer word (`dev` finds `Développeur`);
//! - facets: OR within a facet, AND across facets;
//! - facet counts are disjunctive: the count of value v of facet F is the number of postings
//!   that match the text, the status filter and the selections of every facet other than F, and
//!   have v;
//! - `open_count` and `closed_count` apply the text and the facets but not the status filter;
//! - sort by title in the current language with [`collation_key`], ties broken by the unfolded
//!   title then by id; [`SortOrder::Status`] puts open postings first, each group by title;
//!   [`SortOrder::Newest`] puts the latest `date` first and postings without a (real) date last,
//!   postings of the same day and undated ones by title.

use crate::date::IsoDate;
use crate::fold::{fold, words};
use crate::sorted_set::SortedSet;
use crate::word_lists::WordLists;
use crate::{Entry, FacetKind, Lang, Listing, PerFacet};
use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// Which postings to show by status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum StatusFilter {
    /// Postings accepting applications.
    #[default]
    Open,
    Closed,
    All,
}

impl StatusFilter {
    /// The value used in URLs.
    pub fn key(self) -> &'static str {
        match self {
            StatusFilter::Open => "open",
            StatusFilter::Closed => "closed",
            StatusFilter::All => "all",
        }
    }

    pub fn from_key(key: &str) -> Option<StatusFilter> {
        [StatusFilter::Open, StatusFilter::Closed, StatusFilter::All]
            .into_iter()
            .find(|s| s.key() == key)
    }
}

/// The order of results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortOrder {
    /// By title in the current language.
    #[default]
    Title,
    /// Open postings first, then closed ones, each by title.
    Status,
    /// The latest date posted first; postings without a date after all dated ones; postings of
    /// the same day, and undated ones, by title.
    Newest,
}

impl SortOrder {
    /// The value used in URLs.
    pub fn key(self) -> &'static str {
        match self {
            SortOrder::Title => "title",
            SortOrder::Status => "status",
            SortOrder::Newest => "newest",
        }
    }

    /// Every order, as the sort menu lists them.
    pub const ALL: [SortOrder; 3] = [SortOrder::Title, SortOrder::Status, SortOrder::Newest];

    pub fn from_key(key: &str) -> Option<SortOrder> {
        SortOrder::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// What the user asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Free text, as typed.
    pub text: String,
    /// Selected values of each facet; none means no filter on that facet.
    pub facets: PerFacet<SortedSet<String>>,
    pub status: StatusFilter,
    pub sort: SortOrder,
}

impl Query {
    /// Whether anything narrows the results: non-blank text, a selected facet value, or a
    /// status filter other than the default. The sort order is not a filter.
    pub fn is_filtered(&self) -> bool {
        !self.text.trim().is_empty()
            || self.facets.iter().any(|(_, values)| !values.is_empty())
            || self.status != StatusFilter::default()
    }

    /// How many filters are chosen: each selected facet value, and a status other than the
    /// default (the text is not counted: it is the search).
    pub fn filter_count(&self) -> usize {
        let values: usize = self.facets.iter().map(|(_, v)| v.len()).sum();
        values + usize::from(self.status != StatusFilter::default())
    }

    /// Removes every filter (text, facets, status); keeps the sort order.
    pub fn clear(&mut self) {
        *self = Query {
            sort: self.sort,
            ..Query::default()
        };
    }

    /// Whether `value` is selected in facet `kind`.
    pub fn is_selected(&self, kind: FacetKind, value: &str) -> bool {
        self.facets[kind].contains(value)
    }

    /// Selects `value` in facet `kind` (once, however often it is selected).
    pub fn select(&mut self, kind: FacetKind, value: &str) {
        self.facets[kind].insert(value.to_owned());
    }

    /// Selects `value` in facet `kind` if it was not, else unselects it.
    pub fn toggle_facet(&mut self, kind: FacetKind, value: &str) {
        let selected = !self.is_selected(kind, value);
        self.facets[kind].set(value.to_owned(), selected);
    }
}

/// The primary sort key of a title: folded (so `É` sorts with `E` and `Œ` with `OE`), with
/// runs of whitespace collapsed to one space and no leading or trailing whitespace.
pub fn collation_key(s: &str) -> String {
    let folded = fold(s);
    let mut key = String::with_capacity(folded.len());
    for part in folded.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(part);
    }
    key
}

/// The outcome of a query.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    /// Indices into `bundle.postings`, in sort order.
    pub matches: Vec<usize>,
    /// For every facet kind, every value present among listed postings (plus any selected value,
    /// even if absent), sorted by value key, with its disjunctive count.
    pub facet_counts: PerFacet<Vec<FacetCount>>,
    /// Postings matching the text and facets that are open, whatever the status filter.
    pub open_count: usize,
    /// Postings matching the text and facets that are closed, whatever the status filter.
    pub closed_count: usize,
}

/// One facet value with the number of results it would give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    pub value: String,
    pub count: usize,
    pub selected: bool,
}

/// A fixed-size set of posting indices.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Bits(Vec<u64>);

impl Bits {
    fn empty(len: usize) -> Bits {
        Bits(vec![0; len.div_ceil(64)])
    }

    fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }

    fn clear(&mut self) {
        self.0.fill(0);
    }

    fn copy_from(&mut self, other: &Bits) {
        self.0.copy_from_slice(&other.0);
    }

    fn and(&mut self, other: &Bits) {
        self.0.iter_mut().zip(&other.0).for_each(|(a, b)| *a &= b);
    }

    fn or(&mut self, other: &Bits) {
        self.0.iter_mut().zip(&other.0).for_each(|(a, b)| *a |= b);
    }

    fn count(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    fn count_and(&self, other: &Bits) -> usize {
        self.0
            .iter()
            .zip(&other.0)
            .map(|(a, b)| (a & b).count_ones() as usize)
            .sum()
    }

    fn is_empty(&self) -> bool {
        self.0.iter().all(|&w| w == 0)
    }
}

/// A fast, non-cryptographic hasher (FxHash) for the index's private maps: their keys come from
/// the bundle, not from the user, and building the index hashes every word of every posting.
#[derive(Default)]
struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.write_u64(u64::from(byte));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

/// What an index keeps of one language, each part built the first time it is needed: the title
/// order for the first listing, the postings of a one- or two-character string for the first
/// query word that short. So the first postings show without waiting for work nobody needs yet.
#[derive(Debug, Default)]
struct LangIndex {
    /// Postings with a word containing a string of one or two characters, for each such string
    /// searched so far: those strings are in most words, so their lists are the costliest to
    /// combine, and a person types them again and again.
    short: Mutex<FxMap<Box<str>, Bits>>,
    title_order: OnceLock<Vec<u32>>,
    newest_order: OnceLock<Vec<u32>>,
}

impl LangIndex {
    /// Adds to `out` the postings with a word containing `part` (one or two characters).
    fn add_short(&self, words: &WordLists, part: &str, len: usize, out: &mut Bits) {
        let mut short = self
            .short
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let bits = short.entry(part.into()).or_insert_with(|| {
            let mut bits = Bits::empty(len);
            add_postings_of(words, part, &mut bits);
            bits
        });
        out.or(bits);
    }

    fn title_order(&self, postings: &[Entry], lang: Lang) -> &[u32] {
        self.title_order.get_or_init(|| title_order(postings, lang))
    }

    fn newest_order(&self, postings: &[Entry], lang: Lang) -> &[u32] {
        self.newest_order
            .get_or_init(|| newest_order(postings, self.title_order(postings, lang)))
    }
}

fn as_u32(n: usize) -> u32 {
    u32::try_from(n).expect("index fits in u32")
}

/// Adds to `out` the postings with a word containing `part`.
fn add_postings_of(words: &WordLists, part: &str, out: &mut Bits) {
    words.for_each_word_containing(part, |w| {
        for posting in words.postings(w) {
            out.set(posting as usize);
        }
    });
}

/// Listed postings sorted by title in `lang` (see [`compare_titles`]).
fn title_order(postings: &[Entry], lang: Lang) -> Vec<u32> {
    let titled: Vec<(usize, String, &str)> = postings
        .iter()
        .enumerate()
        .filter(|(_, p)| p.status.listed)
        .map(|(i, p)| {
            let title = p
                .content_or_other(lang)
                .map_or("", |(_, c)| c.title.as_str());
            (i, collation_key(title), title)
        })
        .collect();
    let mut order: Vec<usize> = (0..titled.len()).collect();
    sort_positions(&mut order, &|a, b| {
        let (ia, ka, ta) = &titled[a];
        let (ib, kb, tb) = &titled[b];
        compare_titles((ka, ta, &postings[*ia].id), (kb, tb, &postings[*ib].id))
    });
    order.into_iter().map(|k| as_u32(titled[k].0)).collect()
}

/// Sorts `positions` (stable) by `compare`. Both orders go through this one function, so the
/// wasm holds one instance of the standard library's sort rather than one per order.
fn sort_positions(positions: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    positions.sort_by(|&a, &b| compare(a, b));
}

/// The postings of `title_order` by date posted, latest first, undated (or with a date that is
/// not a real one) last; a stable sort, so each day's postings and the undated keep title order.
fn newest_order(postings: &[Entry], title_order: &[u32]) -> Vec<u32> {
    let date = |i: u32| {
        postings[i as usize]
            .date
            .as_deref()
            .and_then(|d| IsoDate::parse(d).ok())
    };
    let dates: Vec<Option<IsoDate>> = title_order.iter().map(|&i| date(i)).collect();
    let mut order: Vec<usize> = (0..title_order.len()).collect();
    sort_positions(&mut order, &|a, b| match (dates[a], dates[b]) {
        (Some(a), Some(b)) => b.cmp(&a),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    });
    order.into_iter().map(|k| title_order[k]).collect()
}

/// Title order: by collation key, untitled last; ties by unfolded title, then by id.
fn compare_titles(a: (&str, &str, &str), b: (&str, &str, &str)) -> Ordering {
    (a.0.is_empty(), a.0, a.1, a.2).cmp(&(b.0.is_empty(), b.0, b.1, b.2))
}

/// Precomputed search structures for one listing; build once, query on every keystroke.
#[derive(Debug)]
pub struct Index {
    len: usize,
    listed: Bits,
    /// Listed and open.
    open: Bits,
    /// Listed and not open.
    closed: Bits,
    /// English then French.
    langs: [LangIndex; 2],
    /// Every value of each facet among listed postings, sorted, with its postings.
    facets: PerFacet<Vec<(String, Bits)>>,
}

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Fr => 1,
    }
}

impl Index {
    /// Indexes `listing`; `run` must then be given the same listing.
    pub fn new(listing: &Listing) -> Index {
        let postings = &listing.postings;
        let len = postings.len();
        let mut listed = Bits::empty(len);
        let mut open = Bits::empty(len);
        let mut closed = Bits::empty(len);
        let mut facets: PerFacet<Vec<(String, Bits)>> = PerFacet::default();
        for (i, posting) in postings.iter().enumerate().filter(|(_, p)| p.status.listed) {
            listed.set(i);
            if posting.status.open {
                open.set(i);
            } else {
                closed.set(i);
            }
            for kind in FacetKind::ALL {
                let values = &mut facets[kind];
                for value in posting.facets.values(kind) {
                    // Facets have tens of values, not thousands: a sorted insert is cheap.
                    let at = match values.binary_search_by(|(v, _)| v.cmp(value)) {
                        Ok(at) => at,
                        Err(at) => {
                            values.insert(at, (value.clone(), Bits::empty(len)));
                            at
                        }
                    };
                    values[at].1.set(i);
                }
            }
        }
        Index {
            len,
            listed,
            open,
            closed,
            langs: Default::default(),
            facets,
        }
    }

    /// The number of postings (listed or not) of the indexed listing.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The listed postings by title in `lang`, as [`SortOrder::Title`] lists them: indices into
    /// the postings of `listing`, which must be the indexed one.
    pub fn title_order(&self, listing: &Listing, lang: Lang) -> &[u32] {
        self.langs[slot(lang)].title_order(&listing.postings, lang)
    }

    /// Runs `query` with texts and titles in `lang`. `listing` must be the indexed one.
    pub fn run(&self, listing: &Listing, query: &Query, lang: Lang) -> Results {
        debug_assert_eq!(
            listing.postings.len(),
            self.len,
            "Index::run given another listing"
        );
        let text = self.text_matches(listing, &query.text, lang);
        let selections = self.selections(query);
        let status = match query.status {
            StatusFilter::Open => &self.open,
            StatusFilter::Closed => &self.closed,
            StatusFilter::All => &self.listed,
        };

        let mut filtered = text.clone();
        for (_, mask) in &selections {
            filtered.and(mask);
        }
        let open_count = filtered.count_and(&self.open);
        let closed_count = filtered.count_and(&self.closed);
        filtered.and(status);

        let mut text_and_status = text;
        text_and_status.and(status);
        Results {
            matches: self.ordered(listing, &filtered, query.sort, lang),
            facet_counts: self.facet_counts(query, &text_and_status, &selections),
            open_count,
            closed_count,
        }
    }

    /// Listed postings containing every word of `text` in `lang`.
    fn text_matches(&self, listing: &Listing, text: &str, lang: Lang) -> Bits {
        // Each word once: a query has a handful, so a look back finds the repeats.
        let mut query_words: Vec<String> = Vec::new();
        for word in words(text) {
            if !query_words.contains(&word) {
                query_words.push(word);
            }
        }
        let mut matched = self.listed.clone();
        if query_words.is_empty() {
            return matched;
        }
        let words = listing.search.get(lang);
        let mut word_postings = Bits::empty(self.len);
        for word in &query_words {
            word_postings.clear();
            if word.chars().nth(2).is_none() {
                self.langs[slot(lang)].add_short(words, word, self.len, &mut word_postings);
            } else {
                add_postings_of(words, word, &mut word_postings);
            }
            matched.and(&word_postings);
            if matched.is_empty() {
                break;
            }
        }
        matched
    }

    /// For each facet with a selection, the postings having any selected value.
    fn selections(&self, query: &Query) -> Vec<(FacetKind, Bits)> {
        query
            .facets
            .iter()
            .filter(|(_, selected)| !selected.is_empty())
            .map(|(kind, selected)| {
                let mut mask = Bits::empty(self.len);
                for (_, bits) in self
                    .values(kind)
                    .iter()
                    .filter(|(v, _)| selected.contains(v))
                {
                    mask.or(bits);
                }
                (kind, mask)
            })
            .collect()
    }

    fn values(&self, kind: FacetKind) -> &[(String, Bits)] {
        &self.facets[kind]
    }

    /// Disjunctive counts: for facet F, `base` narrowed by every selection but F's.
    fn facet_counts(
        &self,
        query: &Query,
        base: &Bits,
        selections: &[(FacetKind, Bits)],
    ) -> PerFacet<Vec<FacetCount>> {
        let mut others = base.clone();
        PerFacet::from_fn(|kind| {
            others.copy_from(base);
            for (_, mask) in selections.iter().filter(|(k, _)| *k != kind) {
                others.and(mask);
            }
            self.counts_of(kind, query, &others)
        })
    }

    fn counts_of(&self, kind: FacetKind, query: &Query, others: &Bits) -> Vec<FacetCount> {
        let present = self.values(kind);
        let mut counts: Vec<FacetCount> = present
            .iter()
            .map(|(value, bits)| FacetCount {
                value: value.clone(),
                count: others.count_and(bits),
                selected: query.is_selected(kind, value),
            })
            .collect();
        // A value selected (from the address) that no listed posting has still shows, with 0.
        for value in &query.facets[kind] {
            if let Err(at) = counts.binary_search_by(|c| c.value.cmp(value)) {
                counts.insert(
                    at,
                    FacetCount {
                        value: value.clone(),
                        count: 0,
                        selected: true,
                    },
                );
            }
        }
        counts
    }

    /// The postings of `set` in the order `sort` asks for.
    fn ordered(&self, listing: &Listing, set: &Bits, sort: SortOrder, lang: Lang) -> Vec<usize> {
        let order = self.title_order(listing, lang);
        let mut out = Vec::with_capacity(set.count());
        let in_set = |&&i: &&u32| set.contains(i as usize);
        match sort {
            SortOrder::Title => out.extend(order.iter().filter(in_set).map(|&i| i as usize)),
            SortOrder::Newest => {
                let order = self.langs[slot(lang)].newest_order(&listing.postings, lang);
                out.extend(order.iter().filter(in_set).map(|&i| i as usize));
            }
            SortOrder::Status => {
                for group in [&self.open, &self.closed] {
                    let in_group = order.iter().filter(|&&i| group.contains(i as usize));
                    out.extend(in_group.filter(in_set).map(|&i| i as usize));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::text_of;
    use crate::{Block, Bundle, Content, Inline, Posting};
    use std::collections::BTreeSet;

    fn content(title: &str, summary: &str, body: &str) -> Content {
        Content {
            title: title.into(),
            summary: summary.into(),
            body: vec![Block::Paragraph(vec![Inline::Text(body.into())])],
            source: String::new(),
        }
    }

    fn posting(id: &str, open: bool, en: Option<Content>, fr: Option<Content>) -> Posting {
        let mut p = Posting::for_test(id, en, fr);
        p.status.open = open;
        p
    }

    fn en(id: &str, title: &str) -> Posting {
        posting(id, true, Some(content(title, "", "")), None)
    }

    fn with_facet(mut p: Posting, kind: FacetKind, values: &[&str]) -> Posting {
        p.facets
            .values_mut(kind)
            .extend(values.iter().map(|v| v.to_string()));
        p
    }

    /// The listing the bundler would publish for `postings`.
    fn bundle(postings: Vec<Posting>) -> Listing {
        crate::publish(&Bundle {
            schema: crate::SCHEMA_VERSION,
            postings,
            labels: Default::default(),
        })
        .listing
    }

    fn text(q: &str) -> Query {
        Query {
            text: q.into(),
            ..Query::default()
        }
    }

    fn ids(b: &Listing, r: &Results) -> Vec<String> {
        r.matches
            .iter()
            .map(|&i| b.postings[i].id.clone())
            .collect()
    }

    fn run(b: &Listing, q: &Query, lang: Lang) -> Vec<String> {
        ids(b, &Index::new(b).run(b, q, lang))
    }

    fn select(q: &mut Query, kind: FacetKind, values: &[&str]) {
        for v in values {
            q.toggle_facet(kind, v);
        }
    }

    fn counts(r: &Results, kind: FacetKind) -> Vec<(&str, usize, bool)> {
        r.facet_counts[kind]
            .iter()
            .map(|c| (c.value.as_str(), c.count, c.selected))
            .collect()
    }

    #[test]
    fn unlisted_postings_never_appear() {
        let mut hidden = with_facet(en("h", "Developer"), FacetKind::Team, &["secret"]);
        hidden.status.listed = false;
        let b = bundle(vec![hidden, en("v", "Developer")]);
        let r = Index::new(&b).run(
            &b,
            &Query {
                status: StatusFilter::All,
                ..text("developer")
            },
            Lang::En,
        );
        assert_eq!(ids(&b, &r), ["v"]);
        assert_eq!((r.open_count, r.closed_count), (1, 0));
        assert!(r.facet_counts[FacetKind::Team].is_empty());
    }

    #[test]
    fn status_filter_defaults_to_open_and_counts_ignore_it() {
        let b = bundle(vec![
            en("a", "A"),
            posting("b", false, Some(content("B", "", "")), None),
            posting("c", false, Some(content("C", "", "")), None),
        ]);
        let index = Index::new(&b);
        let mut q = Query::default();
        let r = index.run(&b, &q, Lang::En);
        assert_eq!(ids(&b, &r), ["a"]);
        assert_eq!((r.open_count, r.closed_count), (1, 2));
        q.status = StatusFilter::Closed;
        assert_eq!(ids(&b, &index.run(&b, &q, Lang::En)), ["b", "c"]);
        q.status = StatusFilter::All;
        assert_eq!(ids(&b, &index.run(&b, &q, Lang::En)), ["a", "b", "c"]);
        q.text = "c".into();
        let r = index.run(&b, &q, Lang::En);
        assert_eq!(ids(&b, &r), ["c"]);
        assert_eq!((r.open_count, r.closed_count), (0, 1));
    }

    #[test]
    fn text_is_case_and_accent_insensitive_and_matches_inside_words() {
        let b = bundle(vec![
            posting(
                "fr",
                true,
                None,
                Some(content("Développeur principal", "", "Rejoignez l’équipe")),
            ),
            en("other", "Designer"),
        ]);
        for q in [
            "developpeur",
            "DÉVELOPPEUR",
            "dev",
            "equipe",
            "l'équipe",
            "PRINCIPAL développeur",
        ] {
            assert_eq!(run(&b, &text(q), Lang::Fr), ["fr"], "{q}");
        }
        assert!(run(&b, &text("développeuse"), Lang::Fr).is_empty());
    }

    #[test]
    fn every_word_must_appear_somewhere_in_title_summary_or_body() {
        let b = bundle(vec![
            posting(
                "a",
                true,
                Some(content(
                    "Product manager",
                    "Lead the roadmap",
                    "Work with SNC partners",
                )),
                None,
            ),
            posting(
                "b",
                true,
                Some(content("Product designer", "Design things", "")),
                None,
            ),
        ]);
        assert_eq!(run(&b, &text("product"), Lang::En), ["b", "a"]);
        assert_eq!(run(&b, &text("product roadmap snc"), Lang::En), ["a"]);
        assert_eq!(
            run(&b, &text("product roadmap design"), Lang::En),
            Vec::<String>::new()
        );
        assert_eq!(run(&b, &text("  ,  "), Lang::En), ["b", "a"]);
    }

    #[test]
    fn searches_the_current_language_else_the_other_one() {
        let b = bundle(vec![
            posting(
                "both",
                true,
                Some(content("Developer", "", "")),
                Some(content("Développeur", "", "")),
            ),
            posting(
                "en-only",
                true,
                Some(content("Developer advocate", "", "")),
                None,
            ),
        ]);
        assert_eq!(run(&b, &text("developer"), Lang::En), ["both", "en-only"]);
        // In French, "both" is searched in French only; "en-only" falls back to English.
        assert_eq!(run(&b, &text("developer"), Lang::Fr), ["en-only"]);
        assert_eq!(run(&b, &text("developpeur"), Lang::Fr), ["both"]);
        assert!(run(&b, &text("developpeur"), Lang::En).is_empty());
    }

    #[test]
    fn searches_the_whole_body_including_lists_and_links() {
        let mut p = en("p", "Job");
        p.en.as_mut().unwrap().body = vec![Block::List {
            ordered: false,
            items: vec![vec![Block::Paragraph(vec![Inline::Link {
                href: "https://example.com/kubernetes".into(),
                text: vec![Inline::Strong(vec![Inline::Text("Terraform".into())])],
            }])]],
        }];
        let b = bundle(vec![p]);
        assert_eq!(run(&b, &text("terraform"), Lang::En), ["p"]);
        assert!(run(&b, &text("kubernetes"), Lang::En).is_empty());
    }

    fn facet_bundle() -> Listing {
        use FacetKind::{Classification as C, Location as L};
        bundle(vec![
            with_facet(with_facet(en("a", "A"), C, &["EC-06"]), L, &["ncr"]),
            with_facet(
                with_facet(en("b", "B"), C, &["CS-03"]),
                L,
                &["ncr", "remote"],
            ),
            with_facet(with_facet(en("c", "C"), C, &["CS-03"]), L, &["toronto"]),
            with_facet(en("d", "D"), C, &["EX-01"]),
        ])
    }

    #[test]
    fn facets_are_or_within_and_across() {
        use FacetKind::{Classification as C, Location as L};
        let b = facet_bundle();
        let mut q = Query::default();
        select(&mut q, C, &["CS-03", "EC-06"]);
        assert_eq!(run(&b, &q, Lang::En), ["a", "b", "c"]);
        select(&mut q, L, &["ncr"]);
        assert_eq!(run(&b, &q, Lang::En), ["a", "b"]);
        select(&mut q, L, &["remote"]);
        assert_eq!(run(&b, &q, Lang::En), ["a", "b"]);
        select(&mut q, C, &["EC-06"]);
        assert_eq!(run(&b, &q, Lang::En), ["b"]);
    }

    #[test]
    fn facet_counts_are_disjunctive() {
        use FacetKind::{Classification as C, Location as L};
        let b = facet_bundle();
        let index = Index::new(&b);
        let r = index.run(&b, &Query::default(), Lang::En);
        assert_eq!(
            counts(&r, C),
            [
                ("CS-03", 2, false),
                ("EC-06", 1, false),
                ("EX-01", 1, false)
            ]
        );
        assert_eq!(
            counts(&r, L),
            [
                ("ncr", 2, false),
                ("remote", 1, false),
                ("toronto", 1, false)
            ]
        );
        assert!(counts(&r, FacetKind::Team).is_empty());

        let mut q = Query::default();
        select(&mut q, C, &["CS-03"]);
        let r = index.run(&b, &q, Lang::En);
        // Classification counts ignore the classification selection itself...
        assert_eq!(
            counts(&r, C),
            [("CS-03", 2, true), ("EC-06", 1, false), ("EX-01", 1, false)]
        );
        // ...but location counts apply it.
        assert_eq!(
            counts(&r, L),
            [
                ("ncr", 1, false),
                ("remote", 1, false),
                ("toronto", 1, false)
            ]
        );

        select(&mut q, L, &["toronto"]);
        let r = index.run(&b, &q, Lang::En);
        assert_eq!(ids(&b, &r), ["c"]);
        assert_eq!(
            counts(&r, C),
            [("CS-03", 1, true), ("EC-06", 0, false), ("EX-01", 0, false)]
        );
        assert_eq!(
            counts(&r, L),
            [
                ("ncr", 1, false),
                ("remote", 1, false),
                ("toronto", 1, true)
            ]
        );
    }

    #[test]
    fn facet_counts_apply_text_and_status() {
        let b = facet_bundle();
        let index = Index::new(&b);
        let r = index.run(&b, &text("b"), Lang::En);
        assert_eq!(
            counts(&r, FacetKind::Classification),
            [
                ("CS-03", 1, false),
                ("EC-06", 0, false),
                ("EX-01", 0, false)
            ]
        );
        let r = index.run(
            &b,
            &Query {
                status: StatusFilter::Closed,
                ..Query::default()
            },
            Lang::En,
        );
        assert!(r.facet_counts[FacetKind::Location]
            .iter()
            .all(|c| c.count == 0));
    }

    #[test]
    fn selected_values_absent_from_the_bundle_are_kept_at_zero() {
        let b = facet_bundle();
        let mut q = Query::default();
        select(&mut q, FacetKind::Classification, &["AA-99", "EC-06"]);
        let r = Index::new(&b).run(&b, &q, Lang::En);
        assert_eq!(ids(&b, &r), ["a"]);
        assert_eq!(
            counts(&r, FacetKind::Classification),
            [
                ("AA-99", 0, true),
                ("CS-03", 2, false),
                ("EC-06", 1, true),
                ("EX-01", 1, false)
            ]
        );
        select(&mut q, FacetKind::Team, &["nobody"]);
        let r = Index::new(&b).run(&b, &q, Lang::En);
        assert!(r.matches.is_empty());
        assert_eq!(counts(&r, FacetKind::Team), [("nobody", 0, true)]);
    }

    #[test]
    fn collation_key_folds_and_normalises_spaces() {
        assert_eq!(
            collation_key("  Économiste\u{a0} principal "),
            "economiste principal"
        );
        assert_eq!(collation_key("Œuvre"), "oeuvre");
        assert!(collation_key("Élan") < collation_key("Fable"));
        assert!(collation_key("Oeil") < collation_key("Œuvre"));
        assert!(collation_key("Œuvre") < collation_key("Ombre"));
    }

    #[test]
    fn sorts_by_folded_title_then_title_then_id() {
        let b = bundle(vec![
            en("z", "Zèbre"),
            en("f", "Fable"),
            en("e2", "Élan"),
            en("e1", "élan"),
            en("e0", "Élan"),
            en("o", "Ombre"),
            en("oe", "Œuvre"),
            en("none", ""),
            en("a", "abc"),
        ]);
        // "Élan" < "élan" unfolded; the two "Élan" by id; untitled last.
        assert_eq!(
            run(&b, &Query::default(), Lang::En),
            ["a", "e0", "e2", "e1", "f", "oe", "o", "z", "none"]
        );
    }

    #[test]
    fn sorts_by_the_title_in_the_current_language() {
        let b = bundle(vec![
            posting(
                "x",
                true,
                Some(content("Analyst", "", "")),
                Some(content("Responsable", "", "")),
            ),
            posting(
                "y",
                true,
                Some(content("Writer", "", "")),
                Some(content("Autrice", "", "")),
            ),
            posting("z", true, Some(content("Manager", "", "")), None),
        ]);
        assert_eq!(run(&b, &Query::default(), Lang::En), ["x", "z", "y"]);
        assert_eq!(run(&b, &Query::default(), Lang::Fr), ["y", "z", "x"]);
    }

    #[test]
    fn status_sort_puts_open_postings_first() {
        let b = bundle(vec![
            posting("c1", false, Some(content("Alpha", "", "")), None),
            en("o1", "Delta"),
            posting("c2", false, Some(content("Charlie", "", "")), None),
            en("o2", "Bravo"),
        ]);
        let mut q = Query {
            status: StatusFilter::All,
            ..Query::default()
        };
        assert_eq!(run(&b, &q, Lang::En), ["c1", "o2", "c2", "o1"]);
        q.sort = SortOrder::Status;
        assert_eq!(run(&b, &q, Lang::En), ["o2", "o1", "c1", "c2"]);
    }

    fn dated(mut p: Posting, date: &str) -> Posting {
        p.date = Some(date.into());
        p
    }

    #[test]
    fn newest_sort_puts_the_latest_date_first_and_undated_postings_last() {
        let b = bundle(vec![
            en("undated-z", "Zeta"),
            dated(en("old", "Omega"), "2026-03-02"),
            dated(en("new-b", "Bravo"), "2026-11-19"),
            en("undated-a", "Alpha"),
            dated(en("new-a", "Alpha"), "2026-11-19"),
            dated(en("bad", "Aardvark"), "2026-02-30"),
            dated(en("mid", "Mike"), "2026-10-26"),
            posting("closed", false, Some(content("Closed", "", "")), None),
        ]);
        let mut q = Query {
            sort: SortOrder::Newest,
            ..Query::default()
        };
        // Same day: by title; a date that does not exist counts as none; undated by title.
        assert_eq!(
            run(&b, &q, Lang::En),
            [
                "new-a",
                "new-b",
                "mid",
                "old",
                "bad",
                "undated-a",
                "undated-z"
            ]
        );
        // Filters apply as with any order; the closed one (undated) comes last.
        q.status = StatusFilter::All;
        q.text = "a".into();
        let got = run(&b, &q, Lang::En);
        assert_eq!(got.first().map(String::as_str), Some("new-a"));
        assert_eq!(got.last().map(String::as_str), Some("undated-z"));
        q.text.clear();
        q.status = StatusFilter::Closed;
        assert_eq!(run(&b, &q, Lang::En), ["closed"]);
    }

    #[test]
    fn newest_ties_follow_the_title_order_of_the_language() {
        let both = |id: &str, en: &str, fr: &str| {
            dated(
                posting(
                    id,
                    true,
                    Some(content(en, "", "")),
                    Some(content(fr, "", "")),
                ),
                "2026-11-19",
            )
        };
        let b = bundle(vec![
            both("x", "Analyst", "Responsable"),
            both("y", "Writer", "Autrice"),
            dated(en("z", "Zoologist"), "2026-11-20"),
        ]);
        let q = Query {
            sort: SortOrder::Newest,
            ..Query::default()
        };
        assert_eq!(run(&b, &q, Lang::En), ["z", "x", "y"]);
        assert_eq!(run(&b, &q, Lang::Fr), ["z", "y", "x"]);
    }

    #[test]
    fn is_filtered_and_clear() {
        let mut q = Query::default();
        assert!(!q.is_filtered());
        q.sort = SortOrder::Status;
        assert!(!q.is_filtered());
        q.text = "  ".into();
        assert!(!q.is_filtered());
        q.text = "dev".into();
        assert!(q.is_filtered());
        q.clear();
        assert_eq!(
            q,
            Query {
                sort: SortOrder::Status,
                ..Query::default()
            }
        );
        q.status = StatusFilter::All;
        assert!(q.is_filtered());
        q.clear();
        q.toggle_facet(FacetKind::Team, "product");
        assert!(q.is_filtered() && q.is_selected(FacetKind::Team, "product"));
        q.toggle_facet(FacetKind::Team, "product");
        assert!(!q.is_filtered());
        assert_eq!(q.facets, PerFacet::default());
    }

    #[test]
    fn the_title_order_is_the_order_of_all_listed_results_by_title() {
        let mut hidden = en("hidden", "Aardvark");
        hidden.status.listed = false;
        let b = bundle(vec![
            en("w", "Écrivain"),
            en("z", "Zoologist"),
            hidden,
            en("a", "Analyste"),
            en("e", "Evaluateur"),
        ]);
        let index = Index::new(&b);
        let all = Query {
            status: StatusFilter::All,
            ..Query::default()
        };
        for lang in [Lang::En, Lang::Fr] {
            let order: Vec<usize> = index
                .title_order(&b, lang)
                .iter()
                .map(|&i| i as usize)
                .collect();
            assert_eq!(order, index.run(&b, &all, lang).matches);
            let ids: Vec<&str> = order.iter().map(|&i| b.postings[i].id.as_str()).collect();
            // `É` sorts with `E`: `ecrivain` before `evaluateur`, not after `zoologist`.
            assert_eq!(ids, ["a", "w", "e", "z"]);
        }
    }

    #[test]
    fn selected_values_stay_sorted_and_unique() {
        let mut q = Query::default();
        for value in ["ncr", "remote", "halifax", "ncr"] {
            q.select(FacetKind::Location, value);
        }
        let selected =
            |q: &Query| -> Vec<String> { q.facets[FacetKind::Location].iter().cloned().collect() };
        assert_eq!(selected(&q), ["halifax", "ncr", "remote"]);
        q.toggle_facet(FacetKind::Location, "ncr");
        q.toggle_facet(FacetKind::Location, "montreal");
        assert_eq!(selected(&q), ["halifax", "montreal", "remote"]);
        assert!(q.is_selected(FacetKind::Location, "montreal"));
        assert!(!q.is_selected(FacetKind::Location, "ncr"));
        assert!(!q.is_selected(FacetKind::Team, "montreal"));
    }

    #[test]
    fn status_and_sort_keys_round_trip() {
        for s in [StatusFilter::Open, StatusFilter::Closed, StatusFilter::All] {
            assert_eq!(StatusFilter::from_key(s.key()), Some(s));
        }
        for s in SortOrder::ALL {
            assert_eq!(SortOrder::from_key(s.key()), Some(s));
        }
        assert_eq!(SortOrder::from_key("newest"), Some(SortOrder::Newest));
        assert_eq!(StatusFilter::from_key("Open"), None);
        assert_eq!(SortOrder::from_key(""), None);
    }

    #[test]
    fn empty_bundle_gives_empty_results() {
        let b = bundle(vec![]);
        let r = Index::new(&b).run(&b, &text("x"), Lang::Fr);
        assert!(r.matches.is_empty());
        assert!(r.facet_counts.iter().all(|(_, counts)| counts.is_empty()));
    }

    // --- A large generated bundle, checked against a straightforward reference implementation.

    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((self.0 >> 33) % n as u64) as usize
        }

        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[self.below(items.len())]
        }

        fn phrase(&mut self, items: &[&str], n: usize) -> String {
            (0..n)
                .map(|_| self.pick(items))
                .collect::<Vec<_>>()
                .join(" ")
        }
    }

    const WORDS: &[&str] = &[
        "Développeur",
        "développeuse",
        "l’équipe",
        "Œuvre",
        "données",
        "produit",
        "partenariats",
        "SÉCURITÉ",
        "cloud",
        "analyste",
        "gestionnaire",
        "ingénieur·e",
        "design",
        "recherche",
        "politique",
        "Straße",
        "naïf",
        "EC-06",
        "senior",
        "principal",
        "Zoë",
        "cœur",
        "Ærø",
        "numérique",
        "service",
        "Canada",
        "accessibilité",
        "Élan",
        "emploi",
        "ÉQUIPE",
    ];

    /// A seeded content model of `n` postings, bodies included.
    fn generated(n: usize) -> Bundle {
        let mut rng = Rng(42);
        let postings = (0..n)
            .map(|i| {
                let make = |rng: &mut Rng| {
                    let words = 1 + rng.below(3);
                    let body = 5 + rng.below(20);
                    content(
                        &rng.phrase(WORDS, words),
                        &rng.phrase(WORDS, 4),
                        &rng.phrase(WORDS, body),
                    )
                };
                let (en, fr) = match rng.below(10) {
                    0 => (Some(make(&mut rng)), None),
                    1 => (None, Some(make(&mut rng))),
                    2 if i % 7 == 0 => (None, None),
                    _ => (Some(make(&mut rng)), Some(make(&mut rng))),
                };
                let mut p = posting(&format!("p-{i:05}"), rng.below(5) < 3, en, fr);
                p.status.listed = rng.below(10) != 0;
                // Few distinct days, so that many postings share one; some undated, some wrong.
                p.date = match rng.below(12) {
                    0 => None,
                    1 => Some("2026-02-30".into()),
                    n => Some(format!("2026-{:02}-{:02}", 1 + n % 3, 1 + rng.below(4))),
                };
                for (kind, values) in [
                    (
                        FacetKind::Classification,
                        &["EC-06", "CS-03", "EX-01", "AS-02"][..],
                    ),
                    (FacetKind::Location, &["ncr", "remote", "toronto"][..]),
                    (
                        FacetKind::Team,
                        &["product", "partnerships", "platform", "research", "design"][..],
                    ),
                ] {
                    for _ in 0..rng.below(3) {
                        let v = rng.pick(values).to_string();
                        p.facets.values_mut(kind).push(v);
                    }
                }
                p
            })
            .collect();
        Bundle {
            schema: crate::SCHEMA_VERSION,
            postings,
            labels: Default::default(),
        }
    }

    /// The results `q` should give, computed from the whole model by brute force.
    fn reference(b: &Bundle, q: &Query, lang: Lang) -> Results {
        let ws = words(&q.text);
        let text_ok: Vec<bool> = b
            .postings
            .iter()
            .map(|p| {
                let hay = p.content_or_other(lang).map_or(String::new(), |(_, c)| {
                    fold(&format!("{}\n{}\n{}", c.title, c.summary, text_of(&c.body)))
                });
                p.status.listed && ws.iter().all(|w| hay.contains(w.as_str()))
            })
            .collect();
        let status_ok = |p: &Posting| match q.status {
            StatusFilter::Open => p.status.open,
            StatusFilter::Closed => !p.status.open,
            StatusFilter::All => true,
        };
        let facet_ok = |p: &Posting, kind: FacetKind| {
            let selected = &q.facets[kind];
            selected.is_empty() || p.facets.values(kind).iter().any(|v| selected.contains(v))
        };
        let all_facets_ok = |p: &Posting| FacetKind::ALL.iter().all(|&k| facet_ok(p, k));
        let candidates = || {
            b.postings
                .iter()
                .enumerate()
                .filter(|(i, _)| text_ok[*i])
                .map(|(_, p)| p)
        };

        let title = |p: &Posting| {
            p.content_or_other(lang)
                .map_or(String::new(), |(_, c)| c.title.clone())
        };
        let mut matches: Vec<usize> = (0..b.postings.len())
            .filter(|&i| text_ok[i] && status_ok(&b.postings[i]) && all_facets_ok(&b.postings[i]))
            .collect();
        matches.sort_by_key(|&i| {
            let p = &b.postings[i];
            let t = title(p);
            let group = q.sort == SortOrder::Status && !p.status.open;
            // Newest: real dates, latest first, then the rest (a "negative" date sorts after).
            let day = match q.sort {
                SortOrder::Newest => p
                    .date
                    .as_deref()
                    .and_then(|d| IsoDate::parse(d).ok())
                    .map_or(i64::MAX, |d| {
                        let (y, m, day) = d.parts();
                        -(i64::from(y) * 10_000 + i64::from(m) * 100 + i64::from(day))
                    }),
                _ => 0,
            };
            (group, day, t.is_empty(), collation_key(&t), t, p.id.clone())
        });

        let mut facet_counts = PerFacet::default();
        for kind in FacetKind::ALL {
            let mut values: BTreeSet<String> = b
                .postings
                .iter()
                .filter(|p| p.status.listed)
                .flat_map(|p| p.facets.values(kind).iter().cloned())
                .collect();
            values.extend(q.facets[kind].iter().cloned());
            let list = values
                .into_iter()
                .map(|v| FacetCount {
                    count: candidates()
                        .filter(|p| status_ok(p) && p.facets.values(kind).contains(&v))
                        .filter(|p| FacetKind::ALL.iter().all(|&k| k == kind || facet_ok(p, k)))
                        .count(),
                    selected: q.is_selected(kind, &v),
                    value: v,
                })
                .collect();
            facet_counts[kind] = list;
        }
        Results {
            matches,
            facet_counts,
            open_count: candidates()
                .filter(|p| p.status.open && all_facets_ok(p))
                .count(),
            closed_count: candidates()
                .filter(|p| !p.status.open && all_facets_ok(p))
                .count(),
        }
    }

    #[test]
    fn ten_thousand_postings_agree_with_the_reference() {
        let model = generated(10_000);
        let b = crate::publish(&model).listing;
        let index = Index::new(&b);
        let mut queries = vec![
            Query::default(),
            text("dev"),
            text("équipe DONNÉES"),
            text("zzz"),
            text("oe coeur"),
        ];
        let mut q = text("ingenieur");
        select(&mut q, FacetKind::Classification, &["EC-06", "CS-03"]);
        select(&mut q, FacetKind::Location, &["remote"]);
        queries.push(q.clone());
        q.status = StatusFilter::All;
        q.sort = SortOrder::Status;
        queries.push(q.clone());
        q.sort = SortOrder::Newest;
        queries.push(q.clone());
        q.text.clear();
        q.status = StatusFilter::Closed;
        select(&mut q, FacetKind::Team, &["design", "unknown-team"]);
        queries.push(q.clone());
        queries.push(Query {
            sort: SortOrder::Newest,
            status: StatusFilter::All,
            ..Query::default()
        });
        queries.push(Query {
            sort: SortOrder::Newest,
            ..text("dev")
        });

        let mut non_trivial = 0;
        for q in &queries {
            for lang in [Lang::En, Lang::Fr] {
                let got = index.run(&b, q, lang);
                let want = reference(&model, q, lang);
                assert_eq!(got, want, "{q:?} in {lang:?}");
                if !got.matches.is_empty() && got.matches.len() < 9_000 {
                    non_trivial += 1;
                }
            }
        }
        assert!(
            non_trivial >= 8,
            "the generated queries should select proper subsets"
        );
    }

    /// `cargo test -p careers-core --release -- --ignored --nocapture timing`
    #[test]
    #[ignore]
    fn timing_on_ten_thousand_postings() {
        // Realistic bodies: about 300 words each from a vocabulary of some 20,000 words.
        let mut b = generated(10_000);
        let syllables = [
            "ba", "ré", "ti", "on", "que", "men", "ter", "pro", "duc", "lé", "sa", "vi",
        ];
        let mut rng = Rng(7);
        for p in &mut b.postings {
            for c in p.en.iter_mut().chain(p.fr.iter_mut()) {
                let text: Vec<String> = (0..300)
                    .map(|_| {
                        (0..2 + rng.below(3))
                            .map(|_| rng.pick(&syllables))
                            .collect()
                    })
                    .collect();
                c.body
                    .push(Block::Paragraph(vec![Inline::Text(text.join(" "))]));
            }
        }
        let started = std::time::Instant::now();
        let b = crate::publish(&b).listing;
        eprintln!("publish: {:?}", started.elapsed());
        let started = std::time::Instant::now();
        let index = Index::new(&b);
        eprintln!("index: {:?}", started.elapsed());
        for q in ["", "e", "a", "de", "dev", "ré pro", "équipe données", "zzz"] {
            let mut query = text(q);
            query.status = StatusFilter::All;
            query.toggle_facet(FacetKind::Team, "design");
            let started = std::time::Instant::now();
            let runs = 100;
            for _ in 0..runs {
                std::hint::black_box(index.run(&b, &query, Lang::Fr));
            }
            eprintln!("{q:?}: {:?} per run", started.elapsed() / runs);
        }
    }
}
