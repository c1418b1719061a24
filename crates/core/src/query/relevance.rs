//! Relevance: the order of results by how well each posting matches the query's words.
//!
//! Each query word scores, in each posting, by where it is found and how:
//! - where: in the title, above in the summary, above only elsewhere (the body);
//! - how: as a whole word (or as one of its [`base_forms`]), above at the start of a word, above
//!   inside a word.
//!
//! A posting's score is the sum of its words' scores; postings of equal score keep title order.
//! The title and summary words are folded once per language, when ranking is prepared or first
//! needed, and kept as their positions in the listing's word lists; where a word is found in the
//! body comes from the word lists too, so no body is downloaded.

use super::bits::{Bits, FxMap};
use crate::word_forms::{base_forms, without_inclusive_endings, PLURAL_SUFFIXES};
use crate::word_lists::{for_each_indexed_word, WordLists};
use crate::{Entry, Lang};

/// One word of the query, with the other forms it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryWord {
    /// The folded word as typed: found inside longer words.
    pub text: String,
    /// Its singular and masculine forms: found as whole words only, or with a plural ending.
    pub forms: Vec<String>,
}

impl QueryWord {
    /// The positions in `words` of this word's forms and of their plurals.
    pub fn forms_in<'a>(&'a self, words: &'a WordLists) -> impl Iterator<Item = usize> + 'a {
        self.forms.iter().flat_map(move |form| {
            PLURAL_SUFFIXES
                .iter()
                .filter_map(move |s| words.position(&format!("{form}{s}")))
        })
    }
}

/// Calls `add` with each posting that has one of `word`'s forms (or their plurals).
pub(super) fn add_form_postings(words: &WordLists, word: &QueryWord, add: &mut dyn FnMut(u32)) {
    for w in word.forms_in(words) {
        words.postings(w).for_each(&mut *add);
    }
}

/// The distinct words of `text`, folded, each with its forms in `lang`.
pub fn query_words(text: &str, lang: Lang) -> Vec<QueryWord> {
    let mut out = super::plain_words(&without_inclusive_endings(text));
    for word in &mut out {
        word.forms = base_forms(&word.text, lang);
    }
    out
}

/// How a word is found: inside a word, at its start, or as the whole word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum How {
    Inside = 0,
    Start = 1,
    Whole = 2,
}

/// Where a word is found, as a weight: one step above every [`How`] of the place below it.
const BODY: u32 = 0;
const SUMMARY: u32 = 3;
const TITLE: u32 = 6;

/// The title and summary of each posting as relevance reads them: the positions in the
/// language's [`WordLists`] of their words and of those words' forms, each once a field, the
/// title's then the summary's, with how many are the title's. Positions, not text: four bytes a
/// word, where its folded text took some ten; one boxed slice a posting, which keeps none of
/// the room its building reserved. Read a few postings at a time ([`Fields::read_some`], so
/// that a page preparing them still answers its input) or when a ranking needs them
/// ([`Fields::read`]); `None` until read.
#[derive(Debug, Default)]
pub(super) struct Fields {
    of: Vec<Option<(Box<[u32]>, u32)>>,
    /// Postings before it are read.
    next: usize,
    /// The positions of the words read so far, each word looked up once: titles and summaries
    /// repeat their words, and a lookup is a binary search of the lists. Dropped once every
    /// posting is read.
    known: FxMap<Box<str>, Option<u32>>,
}

impl Fields {
    /// Reads the fields of postings `ids` (indices into `postings`) not read yet: `words` are
    /// the word lists of `lang`, which hold every word of a listed posting's title and summary;
    /// an unlisted posting has none.
    pub fn read(&mut self, ids: &[usize], postings: &[Entry], words: &WordLists, lang: Lang) {
        for &i in ids {
            self.read_one(i, postings, words, lang);
        }
    }

    /// Reads the fields of `count` more postings (fewer at the end); true once every posting
    /// is read.
    pub fn read_some(
        &mut self,
        count: usize,
        postings: &[Entry],
        words: &WordLists,
        lang: Lang,
    ) -> bool {
        let end = postings.len().min(self.next.saturating_add(count));
        for i in self.next..end {
            self.read_one(i, postings, words, lang);
        }
        self.next = end;
        let done = end == postings.len();
        if done {
            self.known = FxMap::default();
        }
        done
    }

    /// Reads the fields of posting `i`, unless they are read.
    fn read_one(&mut self, i: usize, postings: &[Entry], words: &WordLists, lang: Lang) {
        self.of.resize_with(postings.len(), || None);
        if self.of[i].is_none() {
            self.of[i] = Some(fields_of(&postings[i], words, lang, &mut self.known));
        }
    }

    /// The title's and the summary's words of posting `i` (none if it is not read).
    fn of(&self, i: usize) -> (&[u32], &[u32]) {
        match self.of.get(i) {
            Some(Some((words, title))) => words.split_at(*title as usize),
            _ => (&[], &[]),
        }
    }
}

/// The fields of posting `p` in `lang` (none if it is unlisted), finding its words' positions
/// in `words` through `known`.
fn fields_of(
    p: &Entry,
    words: &WordLists,
    lang: Lang,
    known: &mut FxMap<Box<str>, Option<u32>>,
) -> (Box<[u32]>, u32) {
    let Some((_, c)) = p.content_or_other(lang).filter(|_| p.status.listed) else {
        return Default::default();
    };
    let mut positions = Positions { words, known };
    let mut out = Vec::new();
    add_field(&c.title, &mut positions, lang, &mut out);
    let title = super::as_u32(out.len());
    add_field(&c.summary, &mut positions, lang, &mut out);
    (out.into_boxed_slice(), title)
}

/// The positions of words in the word lists, each word looked up once.
struct Positions<'a> {
    words: &'a WordLists,
    known: &'a mut FxMap<Box<str>, Option<u32>>,
}

impl Positions<'_> {
    fn of(&mut self, word: &str) -> Option<u32> {
        if let Some(&known) = self.known.get(word) {
            return known;
        }
        let position = self.words.position(word).map(super::as_u32);
        self.known.insert(word.into(), position);
        position
    }
}

/// Adds to `out` the positions in the word lists of `text`'s words and of their forms, each once.
fn add_field(text: &str, positions: &mut Positions, lang: Lang, out: &mut Vec<u32>) {
    let start = out.len();
    for_each_indexed_word(text, lang, |word| match positions.of(word) {
        Some(w) if out[start..].contains(&w) => false,
        Some(w) => {
            out.push(w);
            true
        }
        None => true,
    });
}

/// The words of the listing that a query word finds whole (itself, or one of its forms or their
/// plurals: a few) and at their start (a range, as words are in order), as positions in the word
/// lists and as the postings that have one.
struct WordSets<'a> {
    text: &'a str,
    words: &'a WordLists,
    whole_words: Vec<u32>,
    start_words: std::ops::Range<usize>,
    whole: Bits,
    start: Bits,
}

impl<'a> WordSets<'a> {
    fn new(words: &'a WordLists, word: &'a QueryWord, len: usize) -> WordSets<'a> {
        let whole_words: Vec<u32> = words
            .position(&word.text)
            .into_iter()
            .chain(word.forms_in(words))
            .map(super::as_u32)
            .collect();
        let (first, end) = words.starting_with(&word.text);
        let postings_of = |ws: &mut dyn Iterator<Item = usize>| {
            let mut bits = Bits::empty(len);
            ws.for_each(|w| words.postings(w).for_each(|p| bits.set(p as usize)));
            bits
        };
        WordSets {
            text: &word.text,
            words,
            whole: postings_of(&mut whole_words.iter().map(|&w| w as usize)),
            start: postings_of(&mut (first..end)),
            whole_words,
            start_words: first..end,
        }
    }

    /// How the word is found in a posting's body (or anywhere in its text: every result has it).
    fn how(&self, posting: usize) -> How {
        if self.whole.contains(posting) {
            How::Whole
        } else if self.start.contains(posting) {
            How::Start
        } else {
            How::Inside
        }
    }

    /// How the word is found in `field`, if it is.
    fn how_in(&self, field: &[u32]) -> Option<How> {
        if field.iter().any(|w| self.whole_words.contains(w)) {
            Some(How::Whole)
        } else if field
            .iter()
            .any(|&w| self.start_words.contains(&(w as usize)))
        {
            Some(How::Start)
        } else {
            let inside = |&w: &u32| self.words.word(w as usize).contains(self.text);
            field.iter().any(inside).then_some(How::Inside)
        }
    }
}

/// The score of each posting of `ordered` (indices into the listing), in that order.
pub(super) fn scores(
    ordered: &[usize],
    query: &[QueryWord],
    fields: &Fields,
    words: &WordLists,
    len: usize,
) -> Vec<u32> {
    let sets: Vec<WordSets> = query.iter().map(|w| WordSets::new(words, w, len)).collect();
    ordered
        .iter()
        .map(|&i| {
            let (title, summary) = fields.of(i);
            sets.iter()
                .map(|set| {
                    if let Some(how) = set.how_in(title) {
                        TITLE + how as u32
                    } else if let Some(how) = set.how_in(summary) {
                        SUMMARY + how as u32
                    } else {
                        BODY + set.how(i) as u32
                    }
                })
                .sum()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str) -> QueryWord {
        query_words(text, Lang::Fr).remove(0)
    }

    #[test]
    fn a_word_is_found_whole_at_a_start_or_inside() {
        let title = "Développeuse web principale";
        let other = "Design";
        let words = WordLists::build(Lang::Fr, [(0, title.into()), (1, other.into())]);
        let mut field = Vec::new();
        let mut known = FxMap::default();
        let mut positions = Positions {
            words: &words,
            known: &mut known,
        };
        add_field(title, &mut positions, Lang::Fr, &mut field);
        let how = |query: &str| WordSets::new(&words, &word(query), 2).how_in(&field);
        assert_eq!(how("web"), Some(How::Whole));
        assert_eq!(how("développeur"), Some(How::Whole));
        assert_eq!(how("développeuses"), Some(How::Whole));
        assert_eq!(how("dévelop"), Some(How::Start));
        assert_eq!(how("eloppeu"), Some(How::Inside));
        assert_eq!(how("design"), None);
        assert_eq!(how("zzz"), None);
    }

    #[test]
    fn query_words_are_distinct_and_carry_their_forms() {
        let words = query_words("Développeuses développeuses", Lang::Fr);
        assert_eq!(
            words,
            [QueryWord {
                text: "developpeuses".into(),
                forms: vec!["developpeur".into(), "developpeuse".into()],
            }]
        );
        assert_eq!(
            query_words("développeur·euse", Lang::Fr)[0].text,
            "developpeur"
        );
    }
}
