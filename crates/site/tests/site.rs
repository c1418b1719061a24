//! The site built from the sample content and from the real 2023-06 corpus: every page a complete
//! HTML document that parses without error, with what search engines read (title, description,
//! canonical, `hreflang`, `noindex`, one JobPosting on each open, listed posting with a place and
//! a date, none elsewhere), a sitemap listing exactly the indexable pages with their alternates,
//! posting content that stays text wherever it goes, and nothing written outside the output.

use careers_bundle::{bundle_dir, bundle_dir_with, Options as BundleOptions};
use careers_core::{Bundle, Lang};
use careers_site::{build, Built, Options};
use scraper::{Html, Selector};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const SITE_URL: &str = "https://digital.canada.ca/careers/";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn options() -> Options {
    Options {
        site_url: SITE_URL.into(),
        accommodation_email: Some("CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca".into()),
        accommodation_endpoint: None,
        embeds: Vec::new(),
    }
}

/// A fresh output folder for one test.
fn out_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("careers-site-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn sample() -> Bundle {
    bundle_dir(&repo().join("content")).bundle
}

fn corpus() -> Bundle {
    let dir = repo().join("tests/corpus/2023-06");
    assert!(
        dir.is_dir(),
        "the real corpus must be at {} (tests/corpus in the repository)",
        dir.display()
    );
    // Copied into this repository years after: its first commits say nothing of the postings.
    let options = BundleOptions {
        ignore_git: true,
        ..BundleOptions::default()
    };
    bundle_dir_with(&dir, options).bundle
}

/// Every page of the site in `out`, by its path below the site (`en/<id>/`).
fn pages(out: &Path) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    for lang in ["en", "fr"] {
        walk(&out.join(lang), &format!("{lang}/"), &mut found);
    }
    found
}

fn walk(dir: &Path, path: &str, found: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().into_string().unwrap();
        if entry.file_type().unwrap().is_dir() {
            walk(&entry.path(), &format!("{path}{name}/"), found);
        } else if name == "feed.xml" && path.len() == 3 {
            // The language's feed (see `check_feeds`).
        } else {
            assert_eq!(name, "index.html", "{path}{name}");
            found.insert(
                path.to_owned(),
                std::fs::read_to_string(entry.path()).unwrap(),
            );
        }
    }
}

fn one<'a>(html: &'a Html, selector: &str) -> scraper::ElementRef<'a> {
    let selector_parsed = Selector::parse(selector).unwrap();
    let mut all = html.select(&selector_parsed);
    let first = all.next().unwrap_or_else(|| panic!("no {selector}"));
    assert!(all.next().is_none(), "more than one {selector}");
    first
}

fn count(html: &Html, selector: &str) -> usize {
    html.select(&Selector::parse(selector).unwrap()).count()
}

fn attr<'a>(html: &'a Html, selector: &str, name: &str) -> &'a str {
    one(html, selector)
        .value()
        .attr(name)
        .unwrap_or_else(|| panic!("{selector} has no {name}"))
}

/// The checks every page passes; returns its JobPosting, if it has one.
fn check_page(path: &str, text: &str, bundle: &Bundle) -> Option<Value> {
    let html = Html::parse_document(text);
    assert!(html.errors.is_empty(), "{path}: {:?}", html.errors);
    assert!(text.starts_with("<!DOCTYPE html>"), "{path}");
    let lang = &path[..2];
    assert_eq!(attr(&html, "html", "lang"), lang, "{path}");
    assert!(!one(&html, "head > title").inner_html().trim().is_empty());
    assert!(!attr(&html, "meta[name=description]", "content")
        .trim()
        .is_empty());
    let canonical = attr(&html, "link[rel=canonical]", "href");
    assert!(canonical.starts_with(SITE_URL), "{path}: {canonical}");
    attr(&html, "link[rel=stylesheet]", "href");
    assert!(attr(&html, "script[type=module]", "src").ends_with("careers.js"));
    // The host element with the widget's markup.
    let host = one(&html, "main > [data-cds-careers]");
    assert!(host.value().attr("data-site-root").is_some(), "{path}");
    assert_eq!(
        count(&html, "[data-cds-careers] > .cds-careers"),
        1,
        "{path}"
    );
    assert_eq!(count(&html, "h1"), 1, "{path}");

    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let posting = match segments.as_slice() {
        [_, id] => bundle.postings.iter().find(|p| &p.id == id),
        _ => None,
    };
    let in_lang = posting.and_then(|p| p.content(Lang::from_tag(lang).unwrap()));
    let indexable = match segments.as_slice() {
        [_] => true,
        [_, _] => posting.is_some_and(|p| p.status.open && p.status.listed) && in_lang.is_some(),
        _ => false,
    };
    assert_eq!(
        count(&html, "meta[name=robots][content=noindex]"),
        usize::from(!indexable),
        "{path}"
    );
    if indexable {
        assert_eq!(canonical, format!("{SITE_URL}{path}"));
    }
    let alternates: Vec<(&str, &str)> = html
        .select(&Selector::parse("link[rel=alternate][hreflang]").unwrap())
        .map(|l| {
            (
                l.value().attr("hreflang").unwrap(),
                l.value().attr("href").unwrap(),
            )
        })
        .collect();
    if let Some(p) = posting {
        if p.en.is_some() && p.fr.is_some() && segments.len() == 2 {
            assert_eq!(
                alternates,
                [
                    ("en-CA", format!("{SITE_URL}en/{}/", p.id).as_str()),
                    ("fr-CA", format!("{SITE_URL}fr/{}/", p.id).as_str())
                ]
            );
        }
        // A posting with a date shows it, in a <time> element.
        if segments.len() == 2 && p.date.is_some() {
            assert_eq!(
                attr(&html, ".cds-careers__date time", "datetime"),
                p.date.as_deref().unwrap()
            );
        }
    }

    let scripts: Vec<_> = html
        .select(&Selector::parse("script[type=\"application/ld+json\"]").unwrap())
        .collect();
    assert!(scripts.len() <= 1, "{path}");
    let json_ld = scripts.first().map(|s| {
        let text = s.inner_html();
        assert!(!text.contains('<'), "{path}: {text}");
        serde_json::from_str::<Value>(&text).unwrap()
    });
    if json_ld.is_some() {
        assert!(
            indexable,
            "{path}: a JobPosting on a page closed to search engines"
        );
        assert_eq!(
            segments.len(),
            2,
            "{path}: a JobPosting on a page not a posting's"
        );
    }
    json_ld
}

/// Google's required properties of a JobPosting, with valid values.
fn check_job_posting(path: &str, value: &Value, bundle: &Bundle) {
    let id = path.split('/').nth(1).unwrap();
    let lang = Lang::from_tag(&path[..2]).unwrap();
    let posting = bundle.postings.iter().find(|p| p.id == id).unwrap();
    let content = posting.content(lang).unwrap();
    assert_eq!(value["@context"], "https://schema.org");
    assert_eq!(value["@type"], "JobPosting");
    assert_eq!(value["title"], content.title.as_str());
    assert!(value["description"].as_str().unwrap().len() > 100);
    let posted = value["datePosted"].as_str().unwrap();
    careers_core::IsoDate::parse(posted).unwrap();
    assert_eq!(Some(posted), posting.date.as_deref());
    assert_eq!(value["hiringOrganization"]["@type"], "Organization");
    assert!(
        value["hiringOrganization"]["name"]
            .as_str()
            .unwrap()
            .contains("numérique")
            == (lang == Lang::Fr)
    );
    assert!(
        value["jobLocation"].is_array()
            || (value["jobLocationType"] == "TELECOMMUTE"
                && value["applicantLocationRequirements"]["name"] == "Canada"),
        "{path}: {value}"
    );
    assert_eq!(value["identifier"][0]["value"], posting.id.as_str());
}

/// The sitemap lists exactly the indexable pages, each with its alternates.
fn check_sitemap(out: &Path, pages: &BTreeMap<String, String>) {
    let text = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("sitemap.xml parses");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "urlset");
    let mut listed = BTreeSet::new();
    for url in root.children().filter(|n| n.has_tag_name("url")) {
        let loc = url
            .children()
            .find(|n| n.has_tag_name("loc"))
            .and_then(|n| n.text())
            .unwrap();
        let path = loc.strip_prefix(SITE_URL).unwrap().to_owned();
        let links: Vec<(&str, &str)> = url
            .children()
            .filter(|n| n.has_tag_name("link"))
            .map(|n| {
                (
                    n.attribute("hreflang").unwrap(),
                    n.attribute("href").unwrap(),
                )
            })
            .collect();
        // The same alternates as the page's own head says.
        let html = Html::parse_document(&pages[&path]);
        let head: Vec<(&str, &str)> = html
            .select(&Selector::parse("link[rel=alternate][hreflang]").unwrap())
            .map(|l| {
                (
                    l.value().attr("hreflang").unwrap(),
                    l.value().attr("href").unwrap(),
                )
            })
            .collect();
        assert_eq!(links, head, "{path}");
        assert!(listed.insert(path));
    }
    let indexable: BTreeSet<String> = pages
        .iter()
        .filter(|(_, text)| !text.contains("<meta name=\"robots\" content=\"noindex\">"))
        .map(|(path, _)| path.clone())
        .collect();
    assert_eq!(listed, indexable);
}

/// Each language's feed is Atom and lists exactly the open, listed postings, by their pages.
fn check_feeds(out: &Path, bundle: &Bundle) {
    const ATOM: &str = "http://www.w3.org/2005/Atom";
    for lang in ["en", "fr"] {
        let text = std::fs::read_to_string(out.join(lang).join("feed.xml")).unwrap();
        let doc = roxmltree::Document::parse(&text).expect("the feed parses");
        let feed = doc.root_element();
        assert_eq!(
            (feed.tag_name().namespace(), feed.tag_name().name()),
            (Some(ATOM), "feed")
        );
        let child = |node: roxmltree::Node, name: &str| {
            node.children()
                .find(|n| n.tag_name().namespace() == Some(ATOM) && n.tag_name().name() == name)
                .and_then(|n| n.text().map(str::to_owned))
        };
        for required in ["id", "title", "updated"] {
            assert!(child(feed, required).is_some(), "{lang}: no {required}");
        }
        let mut ids = BTreeSet::new();
        for entry in feed.children().filter(|n| n.has_tag_name((ATOM, "entry"))) {
            for required in ["id", "title", "updated"] {
                assert!(
                    child(entry, required).is_some(),
                    "{lang}: an entry without {required}"
                );
            }
            assert!(child(entry, "updated").unwrap().ends_with('Z'));
            ids.insert(child(entry, "id").unwrap());
        }
        let expected: BTreeSet<String> = bundle
            .postings
            .iter()
            .filter(|p| p.status.open && p.status.listed)
            .map(|p| format!("{SITE_URL}{lang}/{}/", p.id))
            .collect();
        assert_eq!(ids, expected, "{lang}");
    }
}

fn check_site(name: &str, bundle: &Bundle) -> (Built, BTreeMap<String, String>, usize) {
    let out = out_dir(name);
    let built = build(bundle, &out, &options()).unwrap();
    let pages = pages(&out);
    assert_eq!(pages.len(), built.pages);
    let mut job_postings = 0;
    for (path, text) in &pages {
        if let Some(value) = check_page(path, text, bundle) {
            check_job_posting(path, &value, bundle);
            job_postings += 1;
        }
    }
    assert_eq!(job_postings, built.job_postings);
    check_sitemap(&out, &pages);
    check_feeds(&out, bundle);
    std::fs::remove_dir_all(out).unwrap();
    (built, pages, job_postings)
}

#[test]
fn the_sample_site() {
    let bundle = sample();
    let (built, pages, job_postings) = check_site("sample", &bundle);
    // Two listings, five postings in both languages, the form of each of the three open ones and
    // of the listing.
    assert_eq!(pages.len(), 2 + 10 + 6 + 2);
    // Each page's view for two kinds of host, and beside each listing its three status views.
    assert_eq!(built.fragments, 2 * (pages.len() + 2 * 3));
    // Head of Product Management names its offices; the other two open postings name no place
    // and get no JobPosting, which the build reports by source file.
    assert_eq!(job_postings, 2);
    assert_eq!(
        built.without_job_posting.len(),
        4,
        "{:?}",
        built.without_job_posting
    );
    assert!(built
        .without_job_posting
        .iter()
        .all(|line| line.contains("positions/") || line.contains("postes/")));
    // A closed posting keeps its page, with the closed banner.
    let closed = Html::parse_document(&pages["en/head-of-partnerships/"]);
    assert_eq!(count(&closed, ".cds-careers__banner"), 1);
    // The email way to request an accommodation, for a browser without JavaScript.
    let open = &pages["en/head-product-management/"];
    assert!(open.contains("<noscript><p class=\"cds-careers__email-request\">Or request it by email: <a href=\"mailto:CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca?subject=Accommodation%20request%3A%20Head%20of%20Product%20Management\">CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca</a></p></noscript>"));
}

/// The titles of the results a fragment shows, in order.
fn result_titles(out: &Path, fragment: &str) -> Vec<String> {
    let text = std::fs::read_to_string(out.join("fragments").join(fragment)).unwrap();
    let html = Html::parse_fragment(&text);
    let selector = Selector::parse(".cds-careers__result-title a").unwrap();
    html.select(&selector)
        .map(|a| a.text().collect::<String>().trim().to_owned())
        .collect()
}

#[test]
fn the_listing_of_each_status_is_a_fragment_of_its_own_for_both_kinds_of_host() {
    let bundle = sample();
    let out = out_dir("statuses");
    build(&bundle, &out, &options()).unwrap();
    let titles = |open: Option<bool>, lang: Lang| -> BTreeSet<String> {
        bundle
            .postings
            .iter()
            .filter(|p| p.status.listed && open.is_none_or(|o| p.status.open == o))
            .filter_map(|p| p.content(lang).map(|c| c.title.clone()))
            .collect()
    };
    for folder in ["site", "embed"] {
        for lang in [Lang::En, Lang::Fr] {
            let code = lang.code();
            let shown = |file: &str| -> BTreeSet<String> {
                result_titles(&out, &format!("{folder}/{code}/{file}"))
                    .into_iter()
                    .collect()
            };
            assert_eq!(shown("index.html"), titles(Some(true), lang));
            assert_eq!(shown("status-open.html"), titles(Some(true), lang));
            assert_eq!(shown("status-closed.html"), titles(Some(false), lang));
            assert_eq!(shown("status-all.html"), titles(None, lang));
            assert!(!titles(Some(false), lang).is_empty());
        }
    }
    std::fs::remove_dir_all(out).unwrap();
}

#[test]
fn the_site_of_the_real_2023_corpus() {
    let bundle = corpus();
    let (built, pages, job_postings) = check_site("corpus", &bundle);
    // Every posting in both languages; none is open, so no form and no JobPosting.
    assert_eq!(pages.len(), 2 + 2 * bundle.postings.len());
    assert_eq!(job_postings, 0);
    assert!(built.refused.is_empty());
}

#[test]
fn posting_content_stays_text_in_the_page_and_in_its_job_posting() {
    let mut bundle = sample();
    let hostile = "Lead </script><b>now</b> & <script>alert(1)</script>";
    let posting = bundle
        .postings
        .iter_mut()
        .find(|p| p.id == "head-product-management")
        .unwrap();
    posting.en.as_mut().unwrap().title = hostile.into();
    posting.en.as_mut().unwrap().summary = hostile.into();
    let out = out_dir("hostile");
    build(&bundle, &out, &options()).unwrap();
    let text = std::fs::read_to_string(out.join("en/head-product-management/index.html")).unwrap();
    let html = Html::parse_document(&text);
    assert!(html.errors.is_empty(), "{:?}", html.errors);
    assert_eq!(one(&html, "h1").text().collect::<String>(), hostile);
    assert!(one(&html, "title")
        .text()
        .collect::<String>()
        .starts_with(hostile));
    assert_eq!(attr(&html, "meta[name=description]", "content"), hostile);
    assert_eq!(count(&html, "b"), 0);
    // One script of each kind: the JobPosting and careers.js; the title closed none.
    assert_eq!(count(&html, "script"), 2);
    let json_ld = one(&html, "script[type=\"application/ld+json\"]").inner_html();
    let value: Value = serde_json::from_str(&json_ld).unwrap();
    assert_eq!(value["title"], hostile);
    assert!(!json_ld.contains("</"));
    // The listing too.
    let listing =
        Html::parse_document(&std::fs::read_to_string(out.join("en/index.html")).unwrap());
    assert!(listing.errors.is_empty());
    assert_eq!(count(&listing, "b"), 0);
    assert_eq!(
        one(&listing, "#cds-careers-link-head-product-management")
            .text()
            .collect::<String>(),
        hostile
    );
    std::fs::remove_dir_all(out).unwrap();
}

#[test]
fn a_posting_whose_id_is_not_a_path_gets_no_page_and_nothing_leaves_the_output() {
    let mut bundle = sample();
    bundle.postings[0].id = "../../escaped".into();
    let parent = out_dir("escape");
    let out = parent.join("site");
    let result = build(&bundle, &out, &options());
    // The published files refuse it first (the listing's reader takes only valid ids), or the
    // pages leave it out: either way, with its id named, and nothing above the output folder.
    match result {
        Ok(built) => assert!(built.refused.iter().any(|r| r.contains("../../escaped"))),
        Err(e) => assert!(e.contains("escaped"), "{e}"),
    }
    let mut above: Vec<String> = std::fs::read_dir(&parent)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    above.sort();
    assert!(above.iter().all(|name| name == "site"), "{above:?}");
    assert!(!parent.join("escaped").exists());
    std::fs::remove_dir_all(parent).unwrap();
}

#[test]
fn a_build_that_fails_leaves_the_previous_site_whole() {
    let out = out_dir("fails");
    build(&sample(), &out, &options()).unwrap();
    let before = |path: &str| std::fs::read(out.join(path)).unwrap();
    let (listing, page) = (before("postings.json"), before("en/index.html"));
    // A body nested deeper than the widget reads: the listing would name a posting whose body
    // it cannot open.
    let mut bundle = sample();
    bundle.postings[0].id = "deep".into();
    let content = bundle.postings[0].en.as_mut().unwrap();
    let mut blocks = content.body.clone();
    for _ in 0..40 {
        blocks = vec![careers_core::model::Block::List {
            ordered: false,
            items: vec![blocks],
        }];
    }
    content.body = blocks;
    let source = content.source.clone();
    let error = build(&bundle, &out, &options()).unwrap_err();
    assert!(
        error.contains(&format!("posting \"deep\" ({source}"))
            && error.contains("could not read its body"),
        "{error}"
    );
    assert_eq!(before("postings.json"), listing);
    assert_eq!(before("en/index.html"), page);
    assert!(!out.join("postings/deep.json").exists());
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert!(names.iter().all(|name| !name.starts_with('.')), "{names:?}");
    std::fs::remove_dir_all(out).unwrap();
}

#[test]
fn a_host_page_reached_through_a_link_to_another_folder_is_not_written() {
    let parent = out_dir("embed-link");
    let (out, elsewhere) = (parent.join("site"), parent.join("elsewhere"));
    std::fs::create_dir_all(&out).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    let host = "<main><!--careers-view en/--><!--/careers-view--></main>";
    std::fs::write(elsewhere.join("embed.html"), host).unwrap();
    std::os::unix::fs::symlink(&elsewhere, out.join("demo")).unwrap();
    let options = Options {
        embeds: vec![PathBuf::from("demo/embed.html")],
        ..options()
    };
    let error = build(&sample(), &out, &options).unwrap_err();
    assert!(
        error.contains("demo/embed.html leads outside the output folder"),
        "{error}"
    );
    // Refused before anything was published.
    assert!(!out.join("postings.json").exists() && !out.join("en").exists());
    assert_eq!(
        std::fs::read_to_string(elsewhere.join("embed.html")).unwrap(),
        host
    );
    // The same page inside the output is filled.
    std::fs::remove_file(out.join("demo")).unwrap();
    std::fs::create_dir_all(out.join("demo")).unwrap();
    std::fs::write(out.join("demo/embed.html"), host).unwrap();
    build(&sample(), &out, &options).unwrap();
    let filled = std::fs::read_to_string(out.join("demo/embed.html")).unwrap();
    assert!(filled.contains("cds-careers__result-title"), "{filled}");
    std::fs::remove_dir_all(parent).unwrap();
}
