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
//!   other-language content when it has none in L, and the labels of its facet values in L (so
//!   `EC-06` or `remote` finds the postings the filters would, when no text names them);
//! - every query word (see [`crate::fold::words`]) must occur in that text, anywhere, even
//!   inside a longer word (`dev` finds `Développeur`); a code (`EC-06`) is one word, found in
//!   the text's codes, joined (`ec06`), not as its parts found apart;
//! - facets: OR within a facet, AND across facets;
//! - facet counts are disjunctive: the count of value v of facet F is the number of postings
//!   that match the text, the status filter and the selections of every facet other than F, and
//!   have v;
//! - `open_count` and `closed_count` apply the text and the facets but not the status filter;
//! - sort by title in the current language with [`collation_key`], ties broken by the unfolded
//!   title then by id; [`SortOrder::Status`] puts open postings first, each group by title;
//!   [`SortOrder::Newest`] puts the latest `date` first and postings without a (real) date last,
//!   postings of the same day and undated ones by title.

use crate::fold::{fold, words};
use crate::sorted_set::SortedSet;
use crate::word_lists::WordLists;
use crate::{Entry, FacetKind, Lang, Listing, PerFacet};
use bits::{Bits, FxMap};
use order::{newest_order, sort_positions, title_order};
pub use relevance::QueryWord;
use relevance::{query_words, Fields};
use std::sync::{Mutex, OnceLock};

mod bits;
mod order;
mod relevance;

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
    /// Every status filter, in the order the filters list them.
    pub const ALL: [StatusFilter; 3] =
        [StatusFilter::Open, StatusFilter::Closed, StatusFilter::All];

    /// The value used in URLs.
    pub fn key(self) -> &'static str {
        match self {
            StatusFilter::Open => "open",
            StatusFilter::Closed => "closed",
            StatusFilter::All => "all",
        }
    }

    pub fn from_key(key: &str) -> Option<StatusFilter> {
        StatusFilter::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// The order of results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortOrder {
    /// With a query, the best matches first (see [`relevance`]); without one, by title.
    #[default]
    Relevance,
    /// By title in the current language.
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
            SortOrder::Relevance => "relevance",
            SortOrder::Title => "title",
            SortOrder::Status => "status",
            SortOrder::Newest => "newest",
        }
    }

    /// Every order, as the sort menu lists them.
    pub const ALL: [SortOrder; 4] = [
        SortOrder::Relevance,
        SortOrder::Title,
        SortOrder::Status,
        SortOrder::Newest,
    ];

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

    /// Whether the text holds a word to search for.
    pub fn has_words(&self) -> bool {
        // A letter or digit folds to one (`ß` to `ss`): no need to fold to know.
        self.text.chars().any(char::is_alphanumeric)
    }

    /// The order results are in: the chosen one, except that relevance without a word to search
    /// for is title order.
    pub fn sort_in_effect(&self) -> SortOrder {
        match self.sort {
            SortOrder::Relevance if !self.has_words() => SortOrder::Title,
            sort => sort,
        }
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
    /// Titles and summaries as relevance reads them, read a slice at a time or as rankings
    /// need them.
    fields: Mutex<Fields>,
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

    fn fields(&self) -> std::sync::MutexGuard<'_, Fields> {
        self.fields
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
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
            for (kind, value) in posting.facets.iter() {
                let values = &mut facets[kind];
                // Facets have tens of values, not thousands: a sorted insert is cheap.
                let at = match values.binary_search_by(|(v, _)| v.as_str().cmp(value)) {
                    Ok(at) => at,
                    Err(at) => {
                        values.insert(at, (value.to_owned(), Bits::empty(len)));
                        at
                    }
                };
                values[at].1.set(i);
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

    /// Runs `query` with texts and titles in `lang`, with every [`Refinements`]. `listing` must
    /// be the indexed one.
    pub fn run(&self, listing: &Listing, query: &Query, lang: Lang) -> Results {
        self.run_with(listing, query, lang, Some(REFINED))
    }

    /// Runs `query` as [`Index::run`] does, with `refinements` if given; without them, query
    /// words match only inside words and relevance is title order.
    pub fn run_with(
        &self,
        listing: &Listing,
        query: &Query,
        lang: Lang,
        refinements: Option<Refinements>,
    ) -> Results {
        debug_assert_eq!(
            listing.postings.len(),
            self.len,
            "Index::run given another listing"
        );
        let query_words = match refinements {
            Some(refinements) => (refinements.words)(&query.text, lang),
            None => plain_words(&query.text),
        };
        let text = self.text_matches(listing, &query_words, lang, refinements);
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
            matches: self.ordered(listing, &filtered, query, lang, |out| {
                if let Some(refinements) = refinements {
                    (refinements.rank)(self, listing, &query_words, lang, out);
                }
            }),
            facet_counts: self.facet_counts(query, &text_and_status, &selections),
            open_count,
            closed_count,
        }
    }

    /// Listed postings with every word of the query in `lang`: inside a word, or as one of its
    /// forms (see [`crate::word_forms`]).
    fn text_matches(
        &self,
        listing: &Listing,
        query_words: &[QueryWord],
        lang: Lang,
        refinements: Option<Refinements>,
    ) -> Bits {
        let mut matched = self.listed.clone();
        if query_words.is_empty() {
            return matched;
        }
        let words = listing.search.get(lang);
        let mut word_postings = Bits::empty(self.len);
        for query_word in query_words {
            let word = &query_word.text;
            word_postings.clear();
            if word.chars().nth(2).is_none() {
                self.langs[slot(lang)].add_short(words, word, self.len, &mut word_postings);
            } else {
                add_postings_of(words, word, &mut word_postings);
            }
            if let Some(refinements) = refinements {
                (refinements.add_form_postings)(words, query_word, &mut |p| {
                    word_postings.set(p as usize)
                });
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

    /// The postings of `set` in the order `query` asks for; `rank` reorders them by relevance.
    fn ordered(
        &self,
        listing: &Listing,
        set: &Bits,
        query: &Query,
        lang: Lang,
        rank: impl FnOnce(&mut Vec<usize>),
    ) -> Vec<usize> {
        let order = self.title_order(listing, lang);
        let mut out = Vec::with_capacity(set.count());
        let in_set = |&&i: &&u32| set.contains(i as usize);
        match query.sort_in_effect() {
            SortOrder::Title => out.extend(order.iter().filter(in_set).map(|&i| i as usize)),
            SortOrder::Relevance => {
                out.extend(order.iter().filter(in_set).map(|&i| i as usize));
                rank(&mut out);
            }
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

    /// Reads what ranking in `lang` needs (every title and summary), which rankings would
    /// otherwise do for the postings they rank. `listing` must be the indexed one.
    pub fn prepare_ranking(&self, listing: &Listing, lang: Lang) {
        self.prepare_ranking_some(listing, lang, usize::MAX);
    }

    /// Reads what ranking in `lang` needs for `count` more postings: a slice of
    /// [`Index::prepare_ranking`], short enough to run between a person's inputs. True once
    /// every posting is read.
    pub fn prepare_ranking_some(&self, listing: &Listing, lang: Lang, count: usize) -> bool {
        let words = listing.search.get(lang);
        self.langs[slot(lang)]
            .fields()
            .read_some(count, &listing.postings, words, lang)
    }

    /// Reorders `matches`, in title order, by relevance to `query_words` (stable: equal scores
    /// keep title order).
    fn rank(
        &self,
        listing: &Listing,
        query_words: &[QueryWord],
        lang: Lang,
        matches: &mut Vec<usize>,
    ) {
        let words = listing.search.get(lang);
        let mut fields = self.langs[slot(lang)].fields();
        fields.read(matches, &listing.postings, words, lang);
        let scores = relevance::scores(matches, query_words, &fields, words, self.len);
        drop(fields);
        let mut positions: Vec<usize> = (0..matches.len()).collect();
        sort_positions(&mut positions, &|a, b| scores[b].cmp(&scores[a]));
        *matches = positions.into_iter().map(|k| matches[k]).collect();
    }
}

/// The parts of search that make its answers better but that the first listing does not need:
/// the forms of the query's words ([`crate::word_forms`]) and the order by relevance. The widget
/// fetches their code as a module of its own once the listing shows; until it has it, results
/// are what [`Index::run_with`] gives without them.
#[derive(Debug, Clone, Copy)]
pub struct Refinements {
    /// The query's distinct words, each with its forms.
    pub words: fn(&str, Lang) -> Vec<QueryWord>,
    /// Calls its last argument with each posting that has one of a query word's forms.
    pub add_form_postings: fn(&WordLists, &QueryWord, &mut dyn FnMut(u32)),
    /// Reorders results in title order by relevance.
    pub rank: fn(&Index, &Listing, &[QueryWord], Lang, &mut Vec<usize>),
}

/// Every refinement.
pub const REFINED: Refinements = Refinements {
    words: query_words,
    add_form_postings: relevance::add_form_postings,
    rank: Index::rank,
};

/// The query's distinct words, without their forms.
fn plain_words(text: &str) -> Vec<QueryWord> {
    let mut out: Vec<QueryWord> = Vec::new();
    for word in words(text) {
        if !out.iter().any(|q| q.text == word) {
            out.push(QueryWord {
                text: word,
                forms: Vec::new(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;
