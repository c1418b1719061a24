//! Relevance: the order of results by how well each posting matches the query's words.
//!
//! Each query word scores, in each posting, by where it is found and how:
//! - where: in the title, above in the summary, above only elsewhere (the body);
//! - how: as a whole word (or as one of its [`base_forms`]), above at the start of a word, above
//!   inside a word.
//!
//! A posting's score is the sum of its words' scores; postings of equal score keep title order.
//! The title and summary words are folded once per language, the first time a query is ordered
//! by relevance; where a word is found in the body comes from the listing's word lists, so no
//! body is downloaded.

use super::bits::Bits;
use crate::fold::for_each_index_word;
use crate::word_forms::{base_forms, indexed_forms, without_inclusive_endings, PLURAL_SUFFIXES};
use crate::word_lists::WordLists;
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

/// The title and summary of each posting as searchable text: its folded words and their forms,
/// each followed by a space and the whole starting with one, so ` word ` finds a whole word.
/// Boxed, so that they keep none of the room their building reserved (a third of them at 10,000
/// postings: 1.2 MB of wasm memory).
#[derive(Debug, Default)]
pub(super) struct Fields(Vec<[Box<str>; 2]>);

impl Fields {
    /// The fields of every posting in `lang` (empty for unlisted ones).
    pub fn new(postings: &[Entry], lang: Lang) -> Fields {
        Fields(
            postings
                .iter()
                .map(
                    |p| match p.content_or_other(lang).filter(|_| p.status.listed) {
                        Some((_, c)) => [field(&c.title, lang), field(&c.summary, lang)],
                        None => Default::default(),
                    },
                )
                .collect(),
        )
    }
}

/// `text`'s words and their forms, as [`Fields`] keeps them.
fn field(text: &str, lang: Lang) -> Box<str> {
    let mut out = String::from(" ");
    for_each_index_word(&without_inclusive_endings(text), |word| {
        out.push_str(word);
        out.push(' ');
        for form in indexed_forms(word, lang) {
            out.push_str(&form);
            out.push(' ');
        }
    });
    out.into_boxed_str()
}

/// How `word` is found in `field`, if it is.
fn how_in_field(field: &str, word: &QueryWord) -> Option<How> {
    // `w` as a whole word, followed by one of `endings` (no allocation: this runs per result).
    let whole = |w: &str, endings: &[&str]| {
        field.match_indices(w).any(|(at, _)| {
            let after = &field[at + w.len()..];
            field[..at].ends_with(' ')
                && endings.iter().any(|e| {
                    after
                        .strip_prefix(e)
                        .is_some_and(|rest| rest.starts_with(' '))
                })
        })
    };
    if whole(&word.text, &[""]) || word.forms.iter().any(|f| whole(f, &PLURAL_SUFFIXES)) {
        return Some(How::Whole);
    }
    let mut found = field.match_indices(word.text.as_str()).peekable();
    found.peek()?;
    Some(if found.any(|(at, _)| field[..at].ends_with(' ')) {
        How::Start
    } else {
        How::Inside
    })
}

/// Where each query word is found in the listing's words, whole or at a word's start (a match
/// inside a word needs no set: every result has one).
struct WordSets {
    whole: Bits,
    start: Bits,
}

impl WordSets {
    fn new(words: &WordLists, word: &QueryWord, len: usize) -> WordSets {
        let mut whole = Bits::empty(len);
        let mut start = Bits::empty(len);
        let add = |w: usize, to: &mut Bits| words.postings(w).for_each(|p| to.set(p as usize));
        for w in words
            .position(&word.text)
            .into_iter()
            .chain(word.forms_in(words))
        {
            add(w, &mut whole);
        }
        let (first, end) = words.starting_with(&word.text);
        for w in first..end {
            add(w, &mut start);
        }
        WordSets { whole, start }
    }

    fn how(&self, posting: usize) -> How {
        if self.whole.contains(posting) {
            How::Whole
        } else if self.start.contains(posting) {
            How::Start
        } else {
            How::Inside
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
            let [title, summary] = &fields.0[i];
            query
                .iter()
                .zip(&sets)
                .map(|(word, set)| {
                    if let Some(how) = how_in_field(title, word) {
                        TITLE + how as u32
                    } else if let Some(how) = how_in_field(summary, word) {
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
        let title = field("Développeuse web principale", Lang::Fr);
        assert_eq!(how_in_field(&title, &word("web")), Some(How::Whole));
        assert_eq!(how_in_field(&title, &word("développeur")), Some(How::Whole));
        assert_eq!(how_in_field(&title, &word("dévelop")), Some(How::Start));
        assert_eq!(how_in_field(&title, &word("eloppeu")), Some(How::Inside));
        assert_eq!(how_in_field(&title, &word("design")), None);
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
