//! The search words of one language, computed by the bundler and shipped in the listing, so the
//! widget searches posting bodies without ever downloading them.
//!
//! [`WordLists`] holds every distinct folded word of the listed postings' title, summary and body,
//! and of their facet values' labels (each code once more, joined: see [`crate::fold`]), in
//! byte order, and for each word the postings (indices into the listing) that contain it. In
//! JSON it is two strings:
//! - `words`: each word followed by `\n`;
//! - `lists`: base64 of, for each word in the same order, the number of its postings then the
//!   gaps between them (the first gap counted from 0), each as an unsigned LEB128 varint.
//!
//! Gaps are small, so most take one byte: at 10,000 postings the lists of a language weigh about
//! a byte per (word, posting) pair, where a JSON array of numbers would take four to six.

use crate::base64;
use crate::word_forms;
use crate::Lang;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The words of one language and their postings; see the module documentation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(into = "Wire")]
pub struct WordLists {
    /// Every word followed by `\n`.
    vocab: String,
    /// Where each word starts in `vocab`, then `vocab.len()`.
    word_starts: Vec<u32>,
    /// Where each word's list (its count, then its gaps) starts in `lists`, then `lists.len()`.
    list_starts: Vec<u32>,
    lists: Vec<u8>,
    /// The highest posting index in any list.
    highest: Option<u32>,
}

/// No word at all.
impl Default for WordLists {
    fn default() -> WordLists {
        WordLists {
            vocab: String::new(),
            word_starts: vec![0],
            list_starts: vec![0],
            lists: Vec::new(),
            highest: None,
        }
    }
}

#[derive(Serialize)]
struct Wire {
    words: String,
    lists: String,
}

impl From<WordLists> for Wire {
    fn from(w: WordLists) -> Wire {
        Wire {
            words: w.vocab,
            lists: base64::encode(&w.lists),
        }
    }
}

impl WordLists {
    /// Reads the two strings of the JSON form (see the module documentation), checking that
    /// every word has its list and every list its word.
    pub fn from_wire(words: String, lists: &str) -> Result<WordLists, String> {
        if !(words.is_empty() || words.ends_with('\n'))
            || words.starts_with('\n')
            || words.contains("\n\n")
        {
            return Err("search words: each word must end with a line break".into());
        }
        let lists = base64::decode(lists).ok_or("search lists: not base64")?;
        let mut word_starts = vec![0];
        word_starts.extend(words.match_indices('\n').map(|(i, _)| as_u32(i + 1)));
        let mut list_starts = Vec::with_capacity(word_starts.len());
        let mut highest = None;
        let mut at = 0;
        for _ in 1..word_starts.len() {
            list_starts.push(as_u32(at));
            let count = read_varint(&lists, &mut at).ok_or("search lists: cut short")?;
            let mut posting = 0u32;
            for _ in 0..count {
                let gap = read_varint(&lists, &mut at).ok_or("search lists: cut short")?;
                posting = posting
                    .checked_add(gap)
                    .ok_or("search lists: a posting index overflows")?;
            }
            if count > 0 {
                highest = highest.max(Some(posting));
            }
        }
        if at != lists.len() {
            return Err("search lists: more lists than words".into());
        }
        list_starts.push(as_u32(at));
        Ok(WordLists {
            vocab: words,
            word_starts,
            list_starts,
            lists,
            highest,
        })
    }
}

fn as_u32(n: usize) -> u32 {
    u32::try_from(n).expect("search data fits in u32 offsets")
}

fn push_varint(mut n: u32, out: &mut Vec<u8>) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn read_varint(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let mut n: u32 = 0;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(*at)?;
        *at += 1;
        n |= u32::from(byte & 0x7f).checked_shl(shift)?;
        if byte & 0x80 == 0 {
            return Some(n);
        }
    }
    None
}

/// Calls `new_word` with each word `text` is indexed under in `lang`: each of its words, after
/// inclusive endings are removed (codes joined too: [`crate::fold::for_each_index_word`]), and,
/// when `new_word` says it had not seen that word, the word's
/// [`indexed_forms`](crate::word_forms::indexed_forms). [`WordLists::build`] indexes a text so,
/// and ranking reads a title or a summary so, to find its words in the lists.
pub fn for_each_indexed_word(text: &str, lang: Lang, mut new_word: impl FnMut(&str) -> bool) {
    let text = word_forms::without_inclusive_endings(text);
    crate::fold::for_each_index_word(&text, |word| {
        if new_word(word) {
            for form in word_forms::indexed_forms(word, lang) {
                new_word(&form);
            }
        }
    });
}

impl WordLists {
    /// Indexes `texts` of language `lang`: each posting index with its searchable text, indices
    /// in increasing order. Each word is indexed under its own form and its
    /// [`indexed_forms`](crate::word_forms::indexed_forms), after inclusive endings are removed.
    pub fn build(lang: Lang, texts: impl IntoIterator<Item = (u32, String)>) -> WordLists {
        let mut by_word: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        let mut seen: BTreeSet<String> = BTreeSet::new();
        for (posting, text) in texts {
            for_each_indexed_word(&text, lang, |word| {
                !seen.contains(word) && seen.insert(word.to_owned())
            });
            for word in std::mem::take(&mut seen) {
                by_word.entry(word).or_default().push(posting);
            }
        }
        let mut out = WordLists::default();
        out.list_starts.clear();
        for (word, postings) in by_word {
            out.vocab.push_str(&word);
            out.vocab.push('\n');
            out.word_starts.push(as_u32(out.vocab.len()));
            out.list_starts.push(as_u32(out.lists.len()));
            push_varint(as_u32(postings.len()), &mut out.lists);
            let mut previous = 0;
            for p in postings {
                push_varint(p - previous, &mut out.lists);
                previous = p;
            }
            out.highest = out.highest.max(Some(previous));
        }
        out.list_starts.push(as_u32(out.lists.len()));
        out
    }

    /// The number of distinct words.
    pub fn len(&self) -> usize {
        self.word_starts.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Word `w`, without its line break.
    pub fn word(&self, w: usize) -> &str {
        &self.vocab[self.word_starts[w] as usize..self.word_starts[w + 1] as usize - 1]
    }

    /// The postings of word `w`, in increasing order.
    pub fn postings(&self, w: usize) -> impl Iterator<Item = u32> + '_ {
        let mut at = self.list_starts[w] as usize;
        let count = read_varint(&self.lists, &mut at).unwrap_or(0);
        let mut posting = 0u32;
        (0..count).map(move |_| {
            posting += read_varint(&self.lists, &mut at).unwrap_or(0);
            posting
        })
    }

    /// The highest posting index in any list, to check the lists against the listing.
    pub fn max_posting(&self) -> Option<u32> {
        self.highest
    }

    /// The position of `word` among the words, if it is one.
    pub fn position(&self, word: &str) -> Option<usize> {
        let first = self.first_not_before(word);
        (first < self.len() && self.word(first) == word).then_some(first)
    }

    /// The range `first..end` of the words that start with `prefix` (words are in byte order).
    pub fn starting_with(&self, prefix: &str) -> (usize, usize) {
        let first = self.first_not_before(prefix);
        let rest = &self.word_starts[first..self.len()];
        let end = first + rest.partition_point(|&start| self.word_from(start).starts_with(prefix));
        (first, end)
    }

    /// The position of the first word not before `text` in byte order (the number of words
    /// when all are before it).
    fn first_not_before(&self, text: &str) -> usize {
        // `word_starts` without its final end: one start per word, in word order.
        self.word_starts[..self.len()].partition_point(|&start| self.word_from(start) < text)
    }

    /// The word that starts at byte `start` of the vocabulary.
    fn word_from(&self, start: u32) -> &str {
        let rest = &self.vocab[start as usize..];
        &rest[..rest.find('\n').unwrap_or(rest.len())]
    }

    /// Calls `f` with every word that contains `part` (which must hold no line break).
    pub fn for_each_word_containing(&self, part: &str, mut f: impl FnMut(usize)) {
        let mut from = 0;
        while let Some(found) = self.vocab[from..].find(part) {
            let at = as_u32(from + found);
            let w = self.word_starts.partition_point(|&start| start <= at) - 1;
            f(w);
            from = self.word_starts[w + 1] as usize;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> WordLists {
        WordLists::build(
            Lang::En,
            [
                (0, "Développeur web\nOttawa".to_owned()),
                (2, "Web designer".to_owned()),
                (300, "développeuse, web".to_owned()),
            ],
        )
    }

    fn postings_of(lists: &WordLists, word: &str) -> Vec<u32> {
        let w = (0..lists.len()).find(|&w| lists.word(w) == word).unwrap();
        lists.postings(w).collect()
    }

    #[test]
    fn folds_and_orders_the_words_with_their_postings() {
        let lists = sample();
        let words: Vec<&str> = (0..lists.len()).map(|w| lists.word(w)).collect();
        assert_eq!(
            words,
            ["designer", "developpeur", "developpeuse", "ottawa", "web"]
        );
        assert_eq!(postings_of(&lists, "web"), [0, 2, 300]);
        assert_eq!(postings_of(&lists, "developpeuse"), [300]);
        assert_eq!(lists.max_posting(), Some(300));
    }

    #[test]
    fn finds_words_by_any_part() {
        let lists = sample();
        let mut found = Vec::new();
        lists.for_each_word_containing("eveloppeu", |w| found.push(lists.word(w).to_owned()));
        assert_eq!(found, ["developpeur", "developpeuse"]);
        found.clear();
        lists.for_each_word_containing("zz", |w| found.push(lists.word(w).to_owned()));
        assert!(found.is_empty());
    }

    /// The word lists of their JSON form, as the listing's reader takes them.
    fn from_json(json: &str) -> Result<WordLists, String> {
        let wire: serde_json::Value = serde_json::from_str(json).unwrap();
        let field = |key: &str| wire[key].as_str().unwrap().to_owned();
        WordLists::from_wire(field("words"), &field("lists"))
    }

    #[test]
    fn survives_a_json_round_trip_and_stays_compact() {
        let lists = sample();
        let json = serde_json::to_string(&lists).unwrap();
        assert!(
            json.starts_with(r#"{"words":"designer\ndeveloppeur\n"#),
            "{json}"
        );
        assert_eq!(from_json(&json).unwrap(), lists);
        // Five counts and seven gaps; those under 128 take one byte, the two of 300 and 298 two.
        assert_eq!(lists.lists.len(), 5 + 7 + 2);
    }

    #[test]
    fn no_text_gives_no_word_and_survives_a_round_trip() {
        for lists in [WordLists::build(Lang::En, []), WordLists::default()] {
            assert!(lists.is_empty());
            assert_eq!(lists.max_posting(), None);
            let json = serde_json::to_string(&lists).unwrap();
            assert_eq!(json, r#"{"words":"","lists":""}"#);
            assert_eq!(from_json(&json).unwrap(), lists);
        }
    }

    #[test]
    fn refuses_lists_that_do_not_match_the_words() {
        let bad = [
            r#"{"words":"a\n","lists":""}"#,
            r#"{"words":"a\n","lists":"AgA="}"#,
            r#"{"words":"a\n","lists":"AQABAA=="}"#,
            r#"{"words":"a","lists":"AQA="}"#,
            r#"{"words":"a\n\nb\n","lists":"AQA="}"#,
            r#"{"words":"\na\n","lists":"AQA="}"#,
            r#"{"words":"a\n","lists":"*"}"#,
        ];
        for json in bad {
            assert!(from_json(json).is_err(), "{json}");
        }
        assert!(from_json(r#"{"words":"a\n","lists":"AQA="}"#).is_ok());
    }
}
