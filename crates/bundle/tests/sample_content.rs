//! The project's own sample content (`content/`): every seed in both languages, clean, and a
//! bundle the widget reads.

use careers_bundle::{bundle_dir, bundle_dir_with, Options};
use careers_core::form_text::CONTACT_EMAIL;
use std::path::Path;

fn content_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// The sample as `./dev` builds it: with the recruitment address as the site's contact.
fn sample() -> careers_bundle::Outcome {
    bundle_dir_with(
        &content_dir(),
        Options {
            contact: Some(CONTACT_EMAIL.into()),
            ..Options::default()
        },
    )
}

#[test]
fn every_sample_posting_is_paired_and_clean() {
    let outcome = sample();
    assert_eq!(outcome.summary.postings, 5);
    assert_eq!(outcome.summary.pairs, 5);
    assert_eq!(outcome.summary.warnings, 0, "{:?}", outcome.diagnostics);
    assert_eq!(outcome.summary.errors, 0, "{:?}", outcome.diagnostics);
}

#[test]
fn every_open_sample_posting_says_how_to_apply() {
    let outcome = sample();
    let apply = |id: &str| {
        let posting = outcome.bundle.postings.iter().find(|p| p.id == id).unwrap();
        posting.apply.clone()
    };
    // Lever, the address its own text gives, and the site's contact.
    assert!(apply("head-product-management")
        .unwrap()
        .starts_with("https://jobs.lever.co/"));
    let mailto = format!("mailto:{CONTACT_EMAIL}");
    assert_eq!(apply("senior-product-manager"), Some(mailto.clone()));
    assert_eq!(apply("director-engagement"), Some(mailto));
    // Without the site's contact, the posting that gives no address is reported.
    let without = bundle_dir(&content_dir());
    let warned: Vec<&str> = without
        .diagnostics
        .iter()
        .map(|d| d.path.as_str())
        .collect();
    assert_eq!(warned, ["en/careers/positions/director-engagement.txt"]);
    assert!(without.diagnostics[0].message.contains("no way to apply"));
}

#[test]
fn the_published_sample_is_what_the_widget_reads() {
    let published = careers_core::publish(&sample().bundle);
    let json = serde_json::to_string(&published.listing).unwrap();
    let listing = careers_core::parse_listing(&json).expect("the widget reads the sample listing");
    assert_eq!(listing, published.listing);
    for body in &published.bodies {
        let json = serde_json::to_string(body).unwrap();
        let read = careers_core::parse_body(&json, &body.id).expect("and every body");
        assert_eq!(&read, body);
        assert!(read.en.is_some() && read.fr.is_some(), "{}", body.id);
    }
    let titles: Vec<_> = listing
        .postings
        .iter()
        .map(|p| (p.en.as_ref().unwrap().title.as_str(), p.status.open))
        .collect();
    assert_eq!(
        titles,
        [
            ("Director, Engagement", true),
            ("Head of Partnerships", false),
            ("Head of Product Management", true),
            ("Partnerships Advisor", false),
            ("Senior Product Manager", true),
        ]
    );
}

#[test]
fn a_position_description_keeps_its_own_level_not_the_positions_it_names() {
    // The French version names the reporting line (EX-03, CS-05, AS-07); the level is EX-01.
    let bundle = sample().bundle;
    let director = bundle
        .postings
        .iter()
        .find(|p| p.id == "director-engagement")
        .unwrap();
    assert_eq!(director.facets.classification, ["EX-01"]);
    assert!(director
        .fr
        .as_ref()
        .unwrap()
        .title
        .starts_with("Directeur ou directrice"));
}

#[test]
fn french_text_keeps_its_no_break_spaces() {
    let bundle = sample().bundle;
    let mut checked = 0;
    for posting in &bundle.postings {
        let fr = posting
            .fr
            .as_ref()
            .expect("every sample posting is in French");
        let body = careers_bundle::markdown::blocks_text(&fr.body);
        for text in [&fr.title, &fr.summary, &body] {
            for mark in [" :", " ;", " ?", " !", "« ", " »"] {
                assert!(!text.contains(mark), "{}: {mark:?} in {text:?}", posting.id);
            }
            checked += text.matches(['\u{a0}', '\u{202f}']).count();
        }
    }
    // The sample's French texts do use them.
    assert!(checked > 20, "{checked} no-break spaces");
}

#[test]
fn every_sample_file_has_a_date_the_same_in_both_languages() {
    let bundle = sample().bundle;
    let mut days_by_status = Vec::new();
    for posting in &bundle.postings {
        let days: Vec<Option<String>> = [&posting.en, &posting.fr]
            .into_iter()
            .flatten()
            .map(|c| {
                let text = std::fs::read_to_string(content_dir().join(&c.source)).unwrap();
                let parsed = careers_bundle::frontmatter::parse(&text).unwrap();
                parsed.front.and_then(|f| f.date)
            })
            .collect();
        assert_eq!(days.len(), 2, "{}", posting.id);
        assert!(
            days[0].is_some(),
            "{}: no `date` in its front matter",
            posting.id
        );
        assert_eq!(
            days[0], days[1],
            "{}: English and French dates differ",
            posting.id
        );
        assert_eq!(posting.date, days[0], "{}", posting.id);
        let day = careers_core::IsoDate::parse(posting.date.as_deref().unwrap()).unwrap();
        assert_eq!(day.year(), 2026, "{}", posting.id);
        assert!(day < careers_core::IsoDate::parse("2026-12-03").unwrap());
        days_by_status.push((posting.status.open, day));
    }
    let last_closed = days_by_status
        .iter()
        .filter(|(open, _)| !open)
        .map(|(_, d)| d)
        .max();
    let first_open = days_by_status
        .iter()
        .filter(|(open, _)| *open)
        .map(|(_, d)| d)
        .min();
    assert!(
        last_closed.is_some() && last_closed < first_open,
        "closed postings went up before the open ones: {last_closed:?} {first_open:?}"
    );
    // The listing shows them; newest first puts the latest open one first.
    let listing = careers_core::publish(&bundle).listing;
    let index = careers_core::Index::new(&listing);
    let query = careers_core::Query {
        sort: careers_core::SortOrder::Newest,
        ..careers_core::Query::default()
    };
    let newest = index.run(&listing, &query, careers_core::Lang::En).matches;
    let ids: Vec<&str> = newest
        .iter()
        .map(|&i| listing.postings[i].id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "senior-product-manager",
            "head-product-management",
            "director-engagement"
        ]
    );
}

#[test]
fn the_open_sample_postings_name_the_places_their_text_names() {
    // What a JobPosting needs: named offices, the NCR, or fully remote (no named place). Only
    // Head of Product Management says where its work is done (its 2019 text); the others get no
    // JobPosting rather than a made-up place.
    let bundle = sample().bundle;
    let locations: Vec<(&str, Vec<&str>)> = bundle
        .postings
        .iter()
        .filter(|p| p.status.open)
        .map(|p| {
            let values = p.facets.location.iter().map(String::as_str).collect();
            (p.id.as_str(), values)
        })
        .collect();
    assert_eq!(
        locations,
        [
            ("director-engagement", vec![]),
            (
                "head-product-management",
                vec!["kitchener-waterloo", "montreal", "ncr", "toronto"]
            ),
            ("senior-product-manager", vec![]),
        ]
    );
}
