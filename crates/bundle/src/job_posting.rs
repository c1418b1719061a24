//! schema.org `JobPosting` structured data (JSON-LD) for a posting's page, so that search engines
//! can show it as a job: Google's required properties (`title`, `description`, `datePosted`,
//! `hiringOrganization`, a location) and, where known, `validThrough`, `employmentType`,
//! `identifier` and `directApply`.
//!
//! Only an open, listed posting that exists in the page's language gets one; anything else is
//! the reason why not ([`NoJobPosting`]). Mapping decisions:
//! - location: each named place of the location facet is a `Place` with a `PostalAddress`
//!   (locality, province, `CA`); the National Capital Region is Ottawa, ON; Kitchener-Waterloo
//!   is Waterloo, ON, as the postings name it. A posting whose only location is `remote` is
//!   `TELECOMMUTE` for applicants in Canada; remote plus named places lists the places only.
//!   A value this table does not know is a place named by its label, without a province.
//! - `employmentType` from the tenure facet: indeterminate `FULL_TIME`; term `FULL_TIME` and
//!   `TEMPORARY`; assignment or secondment and Interchange Canada `TEMPORARY` (both are
//!   time-limited, full-time work in the home position's terms, not a hire); student `INTERN`.
//! - `description`: the body as simple HTML ([`description_html`]), else the summary.
//! - `directApply`: true only when the apply target is an `https` form (a Lever form).
//!
//! [`script_text`] writes the value so that it can sit inside `<script>` whatever it holds.

use careers_core::date::IsoDate;
use careers_core::model::{is_safe_href, Block, FacetKind, FacetLabels, Inline, Posting};
use careers_core::Lang;
use serde_json::{json, Value};
use std::fmt;

/// Where the postings are published.
#[derive(Debug, Clone, Copy)]
pub struct Site<'a> {
    /// The site's origin, such as `https://digital.canada.ca`: the hiring organization's page.
    pub origin_url: &'a str,
}

/// Why a posting gets no `JobPosting`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoJobPosting {
    /// It no longer accepts applications.
    Closed,
    /// It is not listed (`hidden` or `linkHidden`).
    Unlisted,
    /// It has no date posted (or one that is not a real date).
    NoDate,
    /// Its location facet names no place and does not say remote.
    NoLocation,
    /// It has no version in the page's language.
    MissingLanguage,
}

impl fmt::Display for NoJobPosting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NoJobPosting::Closed => "closed: no longer accepting applications",
            NoJobPosting::Unlisted => "not listed",
            NoJobPosting::NoDate => "no date posted",
            NoJobPosting::NoLocation => "no location: neither a named place nor remote",
            NoJobPosting::MissingLanguage => "no version in this language",
        })
    }
}

impl std::error::Error for NoJobPosting {}

/// The hiring organization's name.
pub fn organization_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Canadian Digital Service",
        Lang::Fr => "Service numérique canadien",
    }
}

/// Places of the location facet: value, locality in English and in French, province.
const PLACES: [(&str, &str, &str, &str); 9] = [
    ("ncr", "Ottawa", "Ottawa", "ON"),
    ("toronto", "Toronto", "Toronto", "ON"),
    ("montreal", "Montreal", "Montréal", "QC"),
    ("kitchener-waterloo", "Waterloo", "Waterloo", "ON"),
    ("vancouver", "Vancouver", "Vancouver", "BC"),
    ("halifax", "Halifax", "Halifax", "NS"),
    ("winnipeg", "Winnipeg", "Winnipeg", "MB"),
    ("calgary", "Calgary", "Calgary", "AB"),
    ("edmonton", "Edmonton", "Edmonton", "AB"),
];

/// The location facet's value for work done anywhere.
const REMOTE: &str = "remote";

/// The `JobPosting` of `posting` on its page in `lang` (see the module documentation).
pub fn job_posting(
    posting: &Posting,
    lang: Lang,
    labels: &FacetLabels,
    site: &Site,
) -> Result<Value, NoJobPosting> {
    if !posting.status.open {
        return Err(NoJobPosting::Closed);
    }
    if !posting.status.listed {
        return Err(NoJobPosting::Unlisted);
    }
    let content = match lang {
        Lang::En => posting.en.as_ref(),
        Lang::Fr => posting.fr.as_ref(),
    }
    .ok_or(NoJobPosting::MissingLanguage)?;
    let posted = posting
        .date
        .as_deref()
        .and_then(|d| IsoDate::parse(d).ok())
        .ok_or(NoJobPosting::NoDate)?;
    let organization = organization_name(lang);
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": content.title,
        "description": description(&content.body, &content.summary, &content.title),
        "datePosted": posted.to_string(),
        "hiringOrganization": {
            "@type": "Organization",
            "name": organization,
            "sameAs": site.origin_url,
            "url": site.origin_url,
        },
        "identifier": identifiers(posting, organization),
        "directApply": posting.apply.as_deref().is_some_and(is_https),
    });
    let fields = value
        .as_object_mut()
        .expect("a JobPosting is a JSON object");
    let places = places(posting, lang, labels);
    if !places.is_empty() {
        fields.insert("jobLocation".into(), Value::Array(places));
    } else if posting.facets.location.iter().any(|v| v == REMOTE) {
        fields.insert("jobLocationType".into(), "TELECOMMUTE".into());
        fields.insert(
            "applicantLocationRequirements".into(),
            json!({"@type": "Country", "name": "Canada"}),
        );
    } else {
        return Err(NoJobPosting::NoLocation);
    }
    if let Some(through) = posting
        .valid_through
        .as_deref()
        .and_then(|d| IsoDate::parse(d).ok())
    {
        fields.insert("validThrough".into(), through.to_string().into());
    }
    let types = employment_types(&posting.facets.tenure);
    if !types.is_empty() {
        fields.insert("employmentType".into(), types.into());
    }
    Ok(value)
}

fn is_https(url: &str) -> bool {
    url.get(..8)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"))
        && is_safe_href(url)
}

/// The body as HTML; when it has none, the summary, else the title, as a paragraph.
fn description(body: &[Block], summary: &str, title: &str) -> String {
    let html = description_html(body);
    if !html.is_empty() {
        return html;
    }
    let text = if summary.trim().is_empty() {
        title
    } else {
        summary
    };
    let mut out = String::from("<p>");
    escape_into(text, &mut out);
    out.push_str("</p>");
    out
}

/// The organization's id of the posting, then its Lever id when it has one.
fn identifiers(posting: &Posting, organization: &str) -> Value {
    let mut ids =
        vec![json!({"@type": "PropertyValue", "name": organization, "value": posting.id})];
    if let Some(lever) = &posting.lever_id {
        ids.push(json!({"@type": "PropertyValue", "name": "Lever", "value": lever}));
    }
    Value::Array(ids)
}

/// A `Place` for each named place of the location facet, in the facet's order.
fn places(posting: &Posting, lang: Lang, labels: &FacetLabels) -> Vec<Value> {
    posting
        .facets
        .location
        .iter()
        .filter(|v| *v != REMOTE)
        .filter_map(|value| {
            let address = match PLACES.iter().find(|(key, ..)| key == value) {
                Some((_, en, fr, region)) => json!({
                    "@type": "PostalAddress",
                    "addressLocality": if lang == Lang::En { en } else { fr },
                    "addressRegion": region,
                    "addressCountry": "CA",
                }),
                None => {
                    let label = labels.label(FacetKind::Location, value)?;
                    let name = if lang == Lang::En {
                        &label.en
                    } else {
                        &label.fr
                    };
                    json!({
                        "@type": "PostalAddress",
                        "addressLocality": name,
                        "addressCountry": "CA",
                    })
                }
            };
            Some(json!({"@type": "Place", "address": address}))
        })
        .collect()
}

/// Google's employment types of the tenure facet's values, each once, in a fixed order.
pub fn employment_types(tenure: &[String]) -> Vec<&'static str> {
    let of = |value: &str| -> &'static [&'static str] {
        match value {
            "indeterminate" => &["FULL_TIME"],
            "term" => &["FULL_TIME", "TEMPORARY"],
            "assignment" | "interchange" => &["TEMPORARY"],
            "student" => &["INTERN"],
            _ => &[],
        }
    };
    ["FULL_TIME", "TEMPORARY", "INTERN"]
        .into_iter()
        .filter(|t| tenure.iter().any(|v| of(v).contains(t)))
        .collect()
}

/// The body as simple HTML: `<p>`, `<ul>`/`<ol>`/`<li>`, `<strong>`, `<em>`, headings one level
/// below the page's (`<h3>` for level 1, down to `<h6>`), links (`<a href>`) only to `http:`,
/// `https:` and `mailto:` (others keep their text). All text is escaped, so `<b>` in a posting
/// stays text.
pub fn description_html(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        block_html(block, &mut out);
    }
    out
}

fn block_html(block: &Block, out: &mut String) {
    match block {
        Block::Heading { level, text } => {
            let h = level.max(&1).saturating_add(2).min(6);
            out.push_str(&format!("<h{h}>"));
            inlines_html(text, out);
            out.push_str(&format!("</h{h}>"));
        }
        Block::Paragraph(text) => {
            out.push_str("<p>");
            inlines_html(text, out);
            out.push_str("</p>");
        }
        Block::List { ordered, items } => {
            let tag = if *ordered { "ol" } else { "ul" };
            out.push_str(&format!("<{tag}>"));
            for item in items {
                out.push_str("<li>");
                match item.as_slice() {
                    // The usual item, one paragraph, needs no `<p>` of its own.
                    [Block::Paragraph(text)] => inlines_html(text, out),
                    blocks => blocks.iter().for_each(|b| block_html(b, out)),
                }
                out.push_str("</li>");
            }
            out.push_str(&format!("</{tag}>"));
        }
    }
}

fn inlines_html(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => escape_into(text, out),
            Inline::Strong(inner) => {
                out.push_str("<strong>");
                inlines_html(inner, out);
                out.push_str("</strong>");
            }
            Inline::Emphasis(inner) => {
                out.push_str("<em>");
                inlines_html(inner, out);
                out.push_str("</em>");
            }
            Inline::Link { href, text } if is_safe_href(href) => {
                out.push_str("<a href=\"");
                escape_into(href.trim(), out);
                out.push_str("\">");
                inlines_html(text, out);
                out.push_str("</a>");
            }
            Inline::Link { text, .. } => inlines_html(text, out),
        }
    }
}

/// Appends `text` with `&`, `<`, `>`, `"` and `'` written as entities.
fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The text to put between `<script type="application/ld+json">` and `</script>`: compact JSON
/// with `<`, `>`, `&`, U+2028 and U+2029 written as `\u` escapes, so that no content can close
/// the element or be read as markup, and the same value when read back as JSON.
pub fn script_text(value: &Value) -> String {
    let json = value.to_string();
    let mut out = String::with_capacity(json.len());
    // These characters can only be inside JSON strings, where a `\u` escape means the same.
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use careers_core::model::{Content, Label};

    fn text(t: &str) -> Inline {
        Inline::Text(t.into())
    }

    fn content(title: &str, body: Vec<Block>) -> Content {
        Content {
            title: title.into(),
            summary: "Summary".into(),
            body,
            source: "en/x.md".into(),
        }
    }

    fn open_posting() -> Posting {
        let mut posting = Posting::for_test(
            "developer",
            Some(content(
                "Developer",
                vec![Block::Paragraph(vec![text("Build.")])],
            )),
            Some(content(
                "Développeur",
                vec![Block::Paragraph(vec![text("Bâtir.")])],
            )),
        );
        posting.facets.location = vec!["ncr".into()];
        posting.date = Some("2026-11-19".into());
        posting
    }

    const SITE: Site = Site {
        origin_url: "https://digital.canada.ca",
    };

    fn build(posting: &Posting, lang: Lang) -> Result<Value, NoJobPosting> {
        job_posting(posting, lang, &FacetLabels::default(), &SITE)
    }

    /// A change to a posting that should cost it its JobPosting.
    type Change = fn(&mut Posting);

    #[test]
    fn each_reason_for_no_job_posting() {
        let cases: [(Change, NoJobPosting); 6] = [
            (|p| p.status.open = false, NoJobPosting::Closed),
            (|p| p.status.listed = false, NoJobPosting::Unlisted),
            (|p| p.date = None, NoJobPosting::NoDate),
            (|p| p.date = Some("2026-02-30".into()), NoJobPosting::NoDate),
            (|p| p.facets.location.clear(), NoJobPosting::NoLocation),
            (|p| p.fr = None, NoJobPosting::MissingLanguage),
        ];
        for (change, reason) in cases {
            let mut posting = open_posting();
            change(&mut posting);
            assert_eq!(build(&posting, Lang::Fr), Err(reason), "{reason}");
        }
        let mut english_only = open_posting();
        english_only.fr = None;
        assert!(build(&english_only, Lang::En).is_ok());
    }

    #[test]
    fn named_places_are_addresses_and_only_remote_is_telecommute() {
        let mut posting = open_posting();
        posting.facets.location = vec!["montreal".into(), "ncr".into(), "remote".into()];
        let fr = build(&posting, Lang::Fr).unwrap();
        assert_eq!(
            fr["jobLocation"],
            json!([
                {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Montréal", "addressRegion": "QC", "addressCountry": "CA"}},
                {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Ottawa", "addressRegion": "ON", "addressCountry": "CA"}},
            ])
        );
        assert!(fr.get("jobLocationType").is_none());
        assert!(fr.get("applicantLocationRequirements").is_none());

        posting.facets.location = vec!["remote".into()];
        let en = build(&posting, Lang::En).unwrap();
        assert_eq!(en["jobLocationType"], "TELECOMMUTE");
        assert_eq!(
            en["applicantLocationRequirements"],
            json!({"@type": "Country", "name": "Canada"})
        );
        assert!(en.get("jobLocation").is_none());
    }

    #[test]
    fn an_unknown_place_is_named_by_its_label_or_not_at_all() {
        let mut posting = open_posting();
        posting.facets.location = vec!["iqaluit".into()];
        assert_eq!(build(&posting, Lang::En), Err(NoJobPosting::NoLocation));
        let mut labels = FacetLabels::default();
        labels.set_label(
            FacetKind::Location,
            "iqaluit",
            Label {
                en: "Iqaluit".into(),
                fr: "Iqaluit (Nunavut)".into(),
            },
        );
        let fr = job_posting(&posting, Lang::Fr, &labels, &SITE).unwrap();
        assert_eq!(
            fr["jobLocation"][0]["address"],
            json!({"@type": "PostalAddress", "addressLocality": "Iqaluit (Nunavut)", "addressCountry": "CA"})
        );
    }

    #[test]
    fn employment_types_follow_the_tenure() {
        let types = |values: &[&str]| {
            employment_types(&values.iter().map(|v| v.to_string()).collect::<Vec<_>>())
        };
        assert_eq!(types(&["indeterminate"]), ["FULL_TIME"]);
        assert_eq!(types(&["term"]), ["FULL_TIME", "TEMPORARY"]);
        assert_eq!(types(&["assignment"]), ["TEMPORARY"]);
        assert_eq!(types(&["interchange"]), ["TEMPORARY"]);
        assert_eq!(types(&["student"]), ["INTERN"]);
        assert_eq!(
            types(&["student", "term", "indeterminate"]),
            ["FULL_TIME", "TEMPORARY", "INTERN"]
        );
        assert!(types(&["casual-unknown"]).is_empty());
        let mut posting = open_posting();
        assert!(build(&posting, Lang::En)
            .unwrap()
            .get("employmentType")
            .is_none());
        posting.facets.tenure = vec!["term".into()];
        assert_eq!(
            build(&posting, Lang::En).unwrap()["employmentType"],
            json!(["FULL_TIME", "TEMPORARY"])
        );
    }

    #[test]
    fn identifiers_direct_apply_and_valid_through() {
        let mut posting = open_posting();
        let en = build(&posting, Lang::En).unwrap();
        assert_eq!(
            en["identifier"],
            json!([{"@type": "PropertyValue", "name": "Canadian Digital Service", "value": "developer"}])
        );
        assert_eq!(en["directApply"], false);
        assert!(en.get("validThrough").is_none());
        posting.lever_id = Some("009af27c-525c".into());
        posting.apply = Some("https://jobs.lever.co/cds/009af27c-525c/apply".into());
        posting.valid_through = Some("2026-12-18".into());
        let fr = build(&posting, Lang::Fr).unwrap();
        assert_eq!(fr["identifier"][0]["name"], "Service numérique canadien");
        assert_eq!(
            fr["identifier"][1],
            json!({"@type": "PropertyValue", "name": "Lever", "value": "009af27c-525c"})
        );
        assert_eq!(fr["directApply"], true);
        assert_eq!(fr["validThrough"], "2026-12-18");
        assert_eq!(
            fr["hiringOrganization"]["sameAs"],
            "https://digital.canada.ca"
        );
        for not_a_form in [
            "mailto:jobs@cds-snc.ca",
            "http://example.com/apply",
            "https://",
        ] {
            posting.apply = Some(not_a_form.into());
            assert_eq!(build(&posting, Lang::En).unwrap()["directApply"], false);
        }
        posting.valid_through = Some("soon".into());
        assert!(build(&posting, Lang::En)
            .unwrap()
            .get("validThrough")
            .is_none());
    }

    #[test]
    fn the_body_is_simple_html_with_every_text_escaped() {
        let blocks = vec![
            Block::Heading {
                level: 1,
                text: vec![text("Who <we> are")],
            },
            Block::Heading {
                level: 9,
                text: vec![text("Deep")],
            },
            Block::Paragraph(vec![
                Inline::Strong(vec![text("Bold & \"quoted\"")]),
                text(" "),
                Inline::Emphasis(vec![text("it's")]),
                text(" "),
                Inline::Link {
                    href: "mailto:jobs@cds-snc.ca?subject=a&b=\"c\"".into(),
                    text: vec![text("write")],
                },
                Inline::Link {
                    href: "javascript:alert(1)".into(),
                    text: vec![text(" kept")],
                },
            ]),
            Block::List {
                ordered: true,
                items: vec![
                    vec![Block::Paragraph(vec![text("one")])],
                    vec![
                        Block::Paragraph(vec![text("two")]),
                        Block::List {
                            ordered: false,
                            items: vec![vec![Block::Paragraph(vec![text("nested")])]],
                        },
                    ],
                ],
            },
        ];
        assert_eq!(
            description_html(&blocks),
            "<h3>Who &lt;we&gt; are</h3><h6>Deep</h6>\
             <p><strong>Bold &amp; &quot;quoted&quot;</strong> <em>it&#39;s</em> \
             <a href=\"mailto:jobs@cds-snc.ca?subject=a&amp;b=&quot;c&quot;\">write</a> kept</p>\
             <ol><li>one</li><li><p>two</p><ul><li>nested</li></ul></li></ol>"
        );
        assert_eq!(description_html(&[]), "");
        let mut posting = open_posting();
        posting.en.as_mut().unwrap().body.clear();
        let en = build(&posting, Lang::En).unwrap();
        assert_eq!(en["description"], "<p>Summary</p>");
    }

    #[test]
    fn script_text_escapes_what_could_end_the_element() {
        let value = json!({"a<b": "</script><!-- & \u{2028}\u{2029} >", "n": [1, 2.5, null, true]});
        let text = script_text(&value);
        for bad in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
            assert!(!text.contains(bad), "{bad:?} in {text}");
        }
        assert_eq!(
            text,
            r#"{"a\u003cb":"\u003c/script\u003e\u003c!-- \u0026 \u2028\u2029 \u003e","n":[1,2.5,null,true]}"#
        );
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value);
    }

    #[test]
    fn script_text_is_safe_for_every_character() {
        let all: String = (0..=0x10FFFF).filter_map(char::from_u32).collect();
        let value = json!({ all.clone(): [all.clone(), "\\<", "\\\\>"] });
        let text = script_text(&value);
        assert!(!text.contains(['<', '>', '&', '\u{2028}', '\u{2029}']));
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value);
    }
}
