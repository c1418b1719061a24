//! JobPosting structured data of the sample content (`content/`): every open posting that names
//! where the work is done gets one in both languages, with Google's required properties and valid
//! values; the others get the reason why not; nothing in a posting can break out of its
//! `<script>` element.

use careers_bundle::bundle_dir;
use careers_bundle::job_posting::{job_posting, script_text, NoJobPosting, Site};
use careers_core::model::{Block, Bundle, Inline, Posting};
use careers_core::{IsoDate, Lang};
use serde_json::Value;
use std::path::Path;

const SITE: Site = Site {
    origin_url: "https://digital.canada.ca",
};

fn sample() -> Bundle {
    bundle_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")).bundle
}

fn get<'a>(bundle: &'a Bundle, id: &str) -> &'a Posting {
    bundle.postings.iter().find(|p| p.id == id).unwrap()
}

fn string<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` is not a string: {value}"))
}

/// Google's required properties, with the types and values it accepts.
fn check_required(value: &Value, posting: &Posting, lang: Lang) {
    let content = if lang == Lang::En {
        posting.en.as_ref()
    } else {
        posting.fr.as_ref()
    }
    .unwrap();
    assert_eq!(value["@context"], "https://schema.org");
    assert_eq!(value["@type"], "JobPosting");
    assert_eq!(string(value, "title"), content.title);
    let description = string(value, "description");
    assert!(
        description.starts_with('<') && description.len() > 200,
        "{description}"
    );
    IsoDate::parse(string(value, "datePosted")).expect("datePosted is a date");
    assert_eq!(value["datePosted"].as_str(), posting.date.as_deref());
    if let Some(through) = value.get("validThrough") {
        let through = IsoDate::parse(through.as_str().unwrap()).expect("validThrough is a date");
        assert!(through > IsoDate::parse(string(value, "datePosted")).unwrap());
    }
    let organization = &value["hiringOrganization"];
    assert_eq!(organization["@type"], "Organization");
    let name = string(organization, "name");
    assert_eq!(
        name,
        match lang {
            Lang::En => "Canadian Digital Service",
            Lang::Fr => "Service numérique canadien",
        }
    );
    assert_eq!(organization["sameAs"], "https://digital.canada.ca");
    match (value.get("jobLocation"), value.get("jobLocationType")) {
        (Some(places), None) => {
            let places = places.as_array().unwrap();
            assert!(!places.is_empty());
            for place in places {
                assert_eq!(place["@type"], "Place");
                let address = &place["address"];
                assert_eq!(address["@type"], "PostalAddress");
                assert_eq!(address["addressCountry"], "CA");
                assert!(!string(address, "addressLocality").is_empty());
                let region = string(address, "addressRegion");
                assert!(region.len() == 2 && region.chars().all(|c| c.is_ascii_uppercase()));
            }
        }
        (None, Some(kind)) => {
            assert_eq!(kind, "TELECOMMUTE");
            assert_eq!(value["applicantLocationRequirements"]["@type"], "Country");
            assert_eq!(value["applicantLocationRequirements"]["name"], "Canada");
        }
        other => panic!("a JobPosting needs a location: {other:?}"),
    }
    let ids = value["identifier"].as_array().unwrap();
    assert_eq!(ids[0]["@type"], "PropertyValue");
    assert_eq!(
        (&ids[0]["name"], &ids[0]["value"]),
        (&name.into(), &posting.id.clone().into())
    );
    assert!(value["directApply"].is_boolean());
    // What goes in the page reads back as the same value.
    let text = script_text(value);
    assert_eq!(&serde_json::from_str::<Value>(&text).unwrap(), value);
    assert!(!text.contains('<'));
}

#[test]
fn every_open_sample_posting_that_names_a_place_gets_a_job_posting_in_both_languages() {
    let bundle = sample();
    let mut made = Vec::new();
    let mut unplaced = Vec::new();
    for posting in bundle.postings.iter().filter(|p| p.status.open) {
        for lang in [Lang::En, Lang::Fr] {
            match job_posting(posting, lang, &bundle.labels, &SITE) {
                Ok(value) => {
                    check_required(&value, posting, lang);
                    made.push(posting.id.as_str());
                }
                // The postings as written say nothing of where the work is done: no location
                // is made up for them.
                Err(NoJobPosting::NoLocation) => {
                    assert!(posting.facets.location.is_empty(), "{}", posting.id);
                    unplaced.push(posting.id.as_str());
                }
                Err(why) => panic!("{} in {lang:?}: {why}", posting.id),
            }
        }
    }
    made.dedup();
    unplaced.dedup();
    assert_eq!(made, ["head-product-management"]);
    assert_eq!(unplaced, ["director-engagement", "senior-product-manager"]);

    // Head of Product Management: four offices, a Lever form, an expiry date.
    let head = get(&bundle, "head-product-management");
    let fr = job_posting(head, Lang::Fr, &bundle.labels, &SITE).unwrap();
    let places: Vec<(&str, &str)> = fr["jobLocation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["address"]["addressLocality"].as_str().unwrap(),
                p["address"]["addressRegion"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        places,
        [
            ("Waterloo", "ON"),
            ("Montréal", "QC"),
            ("Ottawa", "ON"),
            ("Toronto", "ON")
        ]
    );
    assert_eq!(fr["directApply"], true);
    assert_eq!(fr["validThrough"], "2026-12-18");
    assert_eq!(fr["datePosted"], "2026-10-26");
    assert_eq!(
        fr["identifier"][1]["value"],
        "009af27c-525c-47ea-8161-850273915cb6"
    );
    assert!(string(&fr, "description").contains("<h3>Assurer le leadership"));

    // Senior Product Manager, were it fully remote: no apply form of its own.
    let mut senior = get(&bundle, "senior-product-manager").clone();
    senior.facets.location = vec!["remote".into()];
    let en = job_posting(&senior, Lang::En, &bundle.labels, &SITE).unwrap();
    check_required(&en, &senior, Lang::En);
    assert_eq!(en["jobLocationType"], "TELECOMMUTE");
    assert!(en.get("jobLocation").is_none());
    assert_eq!(en["directApply"], false);
    assert_eq!(en["identifier"].as_array().unwrap().len(), 1);
    // Remote or in an office: the offices only.
    senior.facets.location = vec!["ncr".into(), "remote".into()];
    let en = job_posting(&senior, Lang::En, &bundle.labels, &SITE).unwrap();
    assert!(en.get("jobLocationType").is_none());
    assert_eq!(en["jobLocation"][0]["address"]["addressLocality"], "Ottawa");

    // Director, Engagement, were it placed: the position description's lists and headings.
    let mut director = get(&bundle, "director-engagement").clone();
    director.facets.location = vec!["ncr".into()];
    let en = job_posting(&director, Lang::En, &bundle.labels, &SITE).unwrap();
    check_required(&en, &director, Lang::En);
    assert!(string(&en, "description").contains("<ol><li>"));
}

#[test]
fn closed_unlisted_and_undated_postings_get_none() {
    let bundle = sample();
    for id in ["head-of-partnerships", "partnerships-advisor"] {
        for lang in [Lang::En, Lang::Fr] {
            let got = job_posting(get(&bundle, id), lang, &bundle.labels, &SITE);
            assert_eq!(got, Err(NoJobPosting::Closed), "{id}");
        }
    }
    let mut unlisted = get(&bundle, "senior-product-manager").clone();
    unlisted.status.listed = false;
    assert_eq!(
        job_posting(&unlisted, Lang::En, &bundle.labels, &SITE),
        Err(NoJobPosting::Unlisted)
    );
    let mut undated = get(&bundle, "director-engagement").clone();
    undated.date = None;
    assert_eq!(
        job_posting(&undated, Lang::Fr, &bundle.labels, &SITE),
        Err(NoJobPosting::NoDate)
    );
    let mut nowhere = get(&bundle, "director-engagement").clone();
    nowhere.facets.location.clear();
    assert_eq!(
        job_posting(&nowhere, Lang::En, &bundle.labels, &SITE),
        Err(NoJobPosting::NoLocation)
    );
    let mut english_only = get(&bundle, "director-engagement").clone();
    english_only.fr = None;
    assert_eq!(
        job_posting(&english_only, Lang::Fr, &bundle.labels, &SITE),
        Err(NoJobPosting::MissingLanguage)
    );
}

#[test]
fn markup_in_a_title_or_body_stays_text_and_cannot_close_the_script() {
    let bundle = sample();
    let mut posting = get(&bundle, "head-product-management").clone();
    let hostile = "Developer </script><b>now</b> & <script>alert(1)</script>";
    let en = posting.en.as_mut().unwrap();
    en.title = hostile.into();
    en.body = vec![
        Block::Heading {
            level: 1,
            text: vec![Inline::Text(hostile.into())],
        },
        Block::Paragraph(vec![Inline::Strong(vec![Inline::Text(hostile.into())])]),
    ];
    let value = job_posting(&posting, Lang::En, &bundle.labels, &SITE).unwrap();
    // The title is plain text, as schema.org wants it: the very characters, nothing added.
    assert_eq!(value["title"], hostile);
    let description = string(&value, "description");
    assert_eq!(
        description,
        "<h3>Developer &lt;/script&gt;&lt;b&gt;now&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;</h3>\
         <p><strong>Developer &lt;/script&gt;&lt;b&gt;now&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;</strong></p>"
    );
    assert!(!description.contains("<b>") && !description.contains("</script"));
    let text = script_text(&value);
    assert!(!text.contains("</") && !text.contains('<'), "{text}");
    assert!(!text.contains('>') && !text.contains('&'), "{text}");
    assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value);
}
