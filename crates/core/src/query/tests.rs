//! Tests of the query engine, with a reference implementation checked against the index.

use super::*;
use crate::date::IsoDate;
use crate::text::text_of;
use crate::word_forms::{base_forms, indexed_forms, is_form_or_plural, without_inclusive_endings};
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
    // A query that is in no word finds nothing.
    assert!(run(&b, &text("designeuse"), Lang::Fr).is_empty());
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

#[test]
fn finds_a_posting_by_what_its_facet_values_read_in_the_language_shown() {
    use FacetKind::{Classification as C, Location as L};
    let mut labels = crate::model::FacetLabels::default();
    let remote = crate::model::Label {
        en: "Remote".into(),
        fr: "Télétravail".into(),
    };
    labels.set_label(L, "remote", remote);
    let listing = crate::publish(&Bundle {
        schema: crate::SCHEMA_VERSION,
        postings: vec![
            with_facet(
                posting(
                    "advisor",
                    true,
                    Some(content("Advisor", "", "")),
                    Some(content("Conseiller", "", "")),
                ),
                C,
                &["EC-06"],
            ),
            with_facet(en("designer", "Designer"), L, &["remote"]),
            en("lead", "Remote team lead"),
        ],
        labels,
    })
    .listing;
    // No text names the classification or the location: the posting page and the filters do.
    for lang in [Lang::En, Lang::Fr] {
        assert_eq!(run(&listing, &text("EC-06"), lang), ["advisor"]);
        assert_eq!(run(&listing, &text("ec 06"), lang), ["advisor"]);
    }
    // A title that holds the word still ranks above a facet that reads it.
    assert_eq!(
        run(&listing, &text("remote"), Lang::En),
        ["lead", "designer"]
    );
    assert_eq!(run(&listing, &text("teletravail"), Lang::Fr), ["designer"]);
    // Each language reads its own label: the French word finds nothing in English.
    assert!(run(&listing, &text("teletravail"), Lang::En).is_empty());
}

#[test]
fn a_code_finds_itself_not_its_parts_found_apart() {
    use FacetKind::Classification as C;
    let listing = bundle(vec![
        with_facet(en("advisor", "Policy advisor"), C, &["EC-06"]),
        with_facet(en("economist", "Economist"), C, &["CS-06"]),
        en("covid", "COVID-19 Alert developer"),
        en("tracker", "Tracker (COVID 19)"),
    ]);
    assert_eq!(run(&listing, &text("EC-06"), Lang::En), ["advisor"]);
    assert_eq!(run(&listing, &text("ec06"), Lang::En), ["advisor"]);
    // On the way to the code, what it may become.
    assert_eq!(run(&listing, &text("EC-0"), Lang::En), ["advisor"]);
    assert_eq!(run(&listing, &text("S-0"), Lang::En), ["economist"]);
    // Apart, the words are found anywhere, as before (`ec` starts a title word: first).
    assert_eq!(
        run(&listing, &text("ec 06"), Lang::En),
        ["economist", "advisor"]
    );
    assert_eq!(run(&listing, &text("covid-19"), Lang::En), ["covid"]);
    assert_eq!(
        run(&listing, &text("covid 19"), Lang::En),
        ["covid", "tracker"]
    );
}

#[test]
fn a_code_in_a_title_ranks_as_a_title_word() {
    use FacetKind::Classification as C;
    let listing = bundle(vec![
        with_facet(en("advisor", "Advisor"), C, &["EC-06"]),
        en("analyst", "Analyst (EC-06)"),
    ]);
    assert_eq!(
        run(&listing, &text("EC-06"), Lang::En),
        ["analyst", "advisor"]
    );
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
    for s in StatusFilter::ALL {
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
    // Its parts apart: `ec 06` finds it, `ec-06` does not.
    "Économiste CS-06",
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
    // Some values with labels in both languages, the others read as their key.
    let mut labels = crate::model::FacetLabels::default();
    for (kind, value, en, fr) in [
        (
            FacetKind::Location,
            "ncr",
            "National Capital Region",
            "Région de la capitale nationale",
        ),
        (FacetKind::Location, "remote", "Remote", "Télétravail"),
        (FacetKind::Team, "design", "Design", "Conception"),
    ] {
        let label = crate::model::Label {
            en: en.into(),
            fr: fr.into(),
        };
        labels.set_label(kind, value, label);
    }
    Bundle {
        schema: crate::SCHEMA_VERSION,
        postings,
        labels,
    }
}

/// The results `q` should give, computed from the whole model by brute force.
/// The words of `text` as search sees them: each word of the text without its inclusive endings
/// (and each code joined), and each of its base forms that it does not contain.
fn reference_words(text: &str, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    crate::fold::for_each_index_word(&without_inclusive_endings(text), |w| {
        out.extend(indexed_forms(w, lang));
        out.push(w.to_owned());
    });
    out
}

/// How well query word `w` (with its `forms`) is found in `hay`: 2 whole, 1 at a word's start,
/// 0 inside a word.
fn reference_how(hay: &[String], w: &str, forms: &[String]) -> Option<u32> {
    if hay
        .iter()
        .any(|h| h == w || forms.iter().any(|f| is_form_or_plural(h, f)))
    {
        Some(2)
    } else if hay.iter().any(|h| h.starts_with(w)) {
        Some(1)
    } else {
        hay.iter().any(|h| h.contains(w)).then_some(0)
    }
}

fn reference(b: &Bundle, q: &Query, lang: Lang) -> Results {
    let ws: Vec<(String, Vec<String>)> = {
        let mut ws: Vec<(String, Vec<String>)> = Vec::new();
        for w in words(&without_inclusive_endings(&q.text)) {
            if !ws.iter().any(|(seen, _)| *seen == w) {
                let forms = base_forms(&w, lang);
                ws.push((w, forms));
            }
        }
        ws
    };
    // What a person reads of a posting's facets in `lang`: each value's label, or the value.
    let facets = |p: &Posting| {
        let mut read = String::new();
        for kind in FacetKind::ALL {
            for v in p.facets.values(kind) {
                let label = b.labels.label(kind, v);
                read.push_str(match (label, lang) {
                    (Some(l), Lang::En) => &l.en,
                    (Some(l), Lang::Fr) => &l.fr,
                    (None, _) => v,
                });
                read.push(' ');
            }
        }
        read
    };
    let fields = |p: &Posting| {
        p.content_or_other(lang)
            .map_or(Default::default(), |(_, c)| {
                [
                    reference_words(&c.title, lang),
                    reference_words(&c.summary, lang),
                    reference_words(
                        &format!(
                            "{}\n{}\n{}\n{}",
                            c.title,
                            c.summary,
                            text_of(&c.body),
                            facets(p)
                        ),
                        lang,
                    ),
                ]
            })
    };
    let scores: Vec<Option<u32>> = b
        .postings
        .iter()
        .map(|p| {
            let [title, summary, all] = fields(p);
            let mut score = 0;
            for (w, forms) in &ws {
                score += if let Some(how) = reference_how(&title, w, forms) {
                    6 + how
                } else if let Some(how) = reference_how(&summary, w, forms) {
                    3 + how
                } else {
                    reference_how(&all, w, forms)?
                };
            }
            p.status.listed.then_some(score)
        })
        .collect();
    let text_ok: Vec<bool> = scores.iter().map(Option::is_some).collect();
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
        let best = match q.sort_in_effect() {
            SortOrder::Relevance => u32::MAX - scores[i].unwrap_or(0),
            _ => 0,
        };
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
        (
            group,
            day,
            best,
            t.is_empty(),
            collation_key(&t),
            t,
            p.id.clone(),
        )
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
        // Facet values: labelled in each language (location, team), or read as their key.
        text("remote capitale"),
        text("télétravail conception"),
        // A code: `ec-06` is the classification, not an `ec` with a `06`; `EC-0` is typed on
        // the way to it; `ec 06` asks for both words, anywhere.
        text("ec-06"),
        text("EC-0"),
        text("ec 06"),
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
    let started = std::time::Instant::now();
    index.prepare_ranking(&b, Lang::Fr);
    eprintln!("ranking prepared: {:?}", started.elapsed());
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

#[test]
fn relevance_puts_title_words_first_then_summary_then_body() {
    let b = bundle(vec![
        posting(
            "admin",
            true,
            Some(content(
                "Administrative Officer",
                "Internal operations",
                "Supports the design team",
            )),
            None,
        ),
        posting(
            "systems",
            true,
            Some(content("Developer", "Builds our design system", "")),
            None,
        ),
        en("designer", "Product Designer"),
        en("lead", "Design Lead"),
    ]);
    // A whole word in a title, a word starting with it in a title, a whole word in a summary,
    // then the body.
    assert_eq!(
        run(&b, &text("design"), Lang::En),
        ["lead", "designer", "systems", "admin"]
    );
    // Without a query, relevance is title order; with one, another order can be chosen.
    assert_eq!(
        run(&b, &text(""), Lang::En),
        ["admin", "lead", "systems", "designer"]
    );
    let by_title = Query {
        sort: SortOrder::Title,
        ..text("design")
    };
    assert_eq!(
        run(&b, &by_title, Lang::En),
        ["admin", "lead", "systems", "designer"]
    );
    assert_eq!(text("").sort_in_effect(), SortOrder::Title);
    assert_eq!(text("design").sort_in_effect(), SortOrder::Relevance);
}

#[test]
fn ranking_is_the_same_however_much_of_it_was_prepared() {
    // The widget prepares ranking a slice at a time; a search typed meanwhile ranks with what
    // is read and reads the rest of its results itself.
    let b = crate::publish(&generated(300)).listing;
    let whole = Index::new(&b);
    whole.prepare_ranking(&b, Lang::Fr);
    let mut reordered = 0;
    for q in [
        "design",
        "équipe numérique",
        "service",
        "dé",
        "principal emploi",
    ] {
        let query = Query {
            status: StatusFilter::All,
            ..text(q)
        };
        let expected = ids(&b, &whole.run(&b, &query, Lang::Fr));
        let by_title = Query {
            sort: SortOrder::Title,
            ..query.clone()
        };
        if ids(&b, &whole.run(&b, &by_title, Lang::Fr)) != expected {
            reordered += 1;
        }
        for slice in [0, 1, 7, 150, 299] {
            let index = Index::new(&b);
            if slice > 0 {
                assert!(!index.prepare_ranking_some(&b, Lang::Fr, slice));
            }
            assert_eq!(
                ids(&b, &index.run(&b, &query, Lang::Fr)),
                expected,
                "{q:?} after {slice}"
            );
            // The slices go on after a search, and end.
            let mut slices = 0;
            while !index.prepare_ranking_some(&b, Lang::Fr, 64) {
                slices += 1;
                assert!(slices < 5, "preparing ranking does not end");
            }
            assert_eq!(
                ids(&b, &index.run(&b, &query, Lang::Fr)),
                expected,
                "{q:?} once read"
            );
        }
    }
    assert!(
        reordered >= 3,
        "relevance reordered {reordered} queries only"
    );
}

#[test]
fn relevance_adds_up_the_words_of_the_query() {
    let b = bundle(vec![
        en("one", "Product Manager"),
        posting(
            "both",
            true,
            Some(content(
                "Product Lead",
                "Reports to the manager of the roadmap",
                "",
            )),
            None,
        ),
        en("title-both", "Senior Product Manager, Data"),
        en("neither", "Data scientist"),
    ]);
    // Every word must match; the titles holding both words whole come first, by title.
    assert_eq!(
        run(&b, &text("product manager"), Lang::En),
        ["one", "title-both", "both"]
    );
}

#[test]
fn french_feminine_and_inclusive_forms_find_the_masculine_and_the_reverse() {
    let fr = |id: &str, title: &str| posting(id, true, None, Some(content(title, "", "")));
    let b = bundle(vec![
        fr("dev-m", "Développeur principal"),
        fr("dev-f", "Développeuse Web"),
        fr("dev-i", "Développeur·euse de données"),
        fr("cherch", "Chercheur UX"),
        fr("concept", "Conceptrice de contenu"),
        fr("tech", "Techniciennes"),
        fr("dev-p", "Équipe de développeurs"),
    ]);
    let devs = ["dev-f", "dev-i", "dev-m", "dev-p"];
    for q in [
        "développeur",
        "développeuse",
        "développeur·se",
        "développeur(euse)",
        "développeur.euse",
        "Développeuses",
        "developpeurs",
    ] {
        let mut got = run(&b, &text(q), Lang::Fr);
        got.sort();
        assert_eq!(got, devs, "{q}");
    }
    assert_eq!(run(&b, &text("chercheuse"), Lang::Fr), ["cherch"]);
    assert_eq!(run(&b, &text("concepteur"), Lang::Fr), ["concept"]);
    assert_eq!(run(&b, &text("technicien"), Lang::Fr), ["tech"]);
    // A word being typed still finds what contains it.
    let mut typed = run(&b, &text("développeu"), Lang::Fr);
    typed.sort();
    assert_eq!(typed, devs);
}

#[test]
fn english_plurals_find_singulars() {
    let b = bundle(vec![
        en("designer", "Product Designer"),
        en("policy", "Policy Analyst"),
        en("policies", "Analyst, digital policies"),
    ]);
    assert_eq!(run(&b, &text("designers"), Lang::En), ["designer"]);
    // `policies` is indexed under `policy` too: both titles hold the word whole.
    for q in ["policies", "policy"] {
        assert_eq!(run(&b, &text(q), Lang::En), ["policies", "policy"], "{q}");
    }
    assert_eq!(run(&b, &text("polic"), Lang::En), ["policies", "policy"]);
}

#[test]
fn without_refinements_words_match_inside_words_and_relevance_is_title_order() {
    let fr = |id: &str, title: &str| posting(id, true, None, Some(content(title, "", "")));
    let b = bundle(vec![
        fr("a", "Analyste, développeuse"),
        fr("z", "Développeuse Web"),
        fr("m", "Développeur principal"),
    ]);
    let index = Index::new(&b);
    let plain = index.run_with(&b, &text("développeuse"), Lang::Fr, None);
    assert_eq!(ids(&b, &plain), ["a", "z"]);
    let refined = index.run_with(&b, &text("développeuse"), Lang::Fr, Some(REFINED));
    assert_eq!(ids(&b, &refined), ["a", "m", "z"]);
    assert_eq!(refined, index.run(&b, &text("développeuse"), Lang::Fr));
}
