//! What a job seeker finds first on the real 2023-06 corpus: the first results of the queries of
//! issue 17, in both languages, with every status shown.

use careers_bundle::{bundle_dir_with, Options};
use careers_core::{publish, Index, Lang, Listing, Query, StatusFilter};
use std::path::PathBuf;

fn corpus() -> Listing {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/2023-06");
    let outcome = bundle_dir_with(
        &dir,
        Options {
            ignore_git: true,
            ..Options::default()
        },
    );
    publish(&outcome.bundle).listing
}

/// The number of results and the titles of the first `n` of `text` in `lang`.
fn first(
    listing: &Listing,
    index: &Index,
    text: &str,
    lang: Lang,
    n: usize,
) -> (usize, Vec<String>) {
    let query = Query {
        text: text.into(),
        status: StatusFilter::All,
        ..Query::default()
    };
    let results = index.run(listing, &query, lang);
    let titles = results
        .matches
        .iter()
        .take(n)
        .map(|&i| {
            let (_, c) = listing.postings[i].content_or_other(lang).unwrap();
            c.title.clone()
        })
        .collect();
    (results.matches.len(), titles)
}

/// The postings `text` finds in French, in listing order.
fn found(listing: &Listing, index: &Index, text: &str) -> Vec<usize> {
    let query = Query {
        text: text.into(),
        status: StatusFilter::All,
        ..Query::default()
    };
    let mut matches = index.run(listing, &query, Lang::Fr).matches;
    matches.sort();
    matches
}

/// Whether every title holds `part` (folded).
fn all_hold(titles: &[String], part: &str) -> bool {
    titles.iter().all(|t| careers_core::fold(t).contains(part))
}

#[test]
fn titles_that_match_come_first() {
    let listing = corpus();
    let index = Index::new(&listing);
    for (q, lang, part) in [
        ("design", Lang::En, "design"),
        ("developer", Lang::En, "developer"),
        ("front end", Lang::En, "front"),
        ("designers", Lang::En, "designer"),
        ("développeur", Lang::Fr, "developpeu"),
        ("gestion produits", Lang::Fr, "produit"),
        ("chercheuse", Lang::Fr, "chercheu"),
        ("conceptrice", Lang::Fr, "concept"),
    ] {
        let (count, titles) = first(&listing, &index, q, lang, 3);
        assert!(count > 3, "{q}: {count} results");
        assert!(all_hold(&titles, part), "{q}: {titles:?}");
    }
}

#[test]
fn feminine_and_inclusive_forms_find_what_the_masculine_finds() {
    let listing = corpus();
    let index = Index::new(&listing);
    for (masculine, others) in [
        (
            "développeur",
            &[
                "développeuse",
                "développeur·se",
                "développeur(euse)",
                "développeuses",
            ][..],
        ),
        ("chercheur", &["chercheuse"]),
        ("concepteur", &["conceptrice"]),
    ] {
        let expected = found(&listing, &index, masculine);
        // Before forms were folded, the feminine forms found 8, 3 and 6 postings.
        assert!(expected.len() >= 20, "{masculine}: {}", expected.len());
        let top = first(&listing, &index, masculine, Lang::Fr, 3);
        for other in others {
            assert_eq!(found(&listing, &index, other), expected, "{other}");
            assert_eq!(first(&listing, &index, other, Lang::Fr, 3), top, "{other}");
        }
    }
}
