//! Property tests: no input makes the parsers panic; no string escapes a JSON-LD script.

use careers_bundle::job_posting::script_text;
use careers_bundle::{frontmatter, markdown, pdf_text, posting, timestamp};
use careers_core::Lang;
use proptest::prelude::*;

/// Where links to the site's own pages point in these runs.
const ORIGIN: &str = markdown::DEFAULT_SITE_ORIGIN;

/// Front-matter lines as editors write and break them.
fn near_valid_line() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "title",
        "description",
        "archived",
        "translationKey",
        "leverId",
        "draft",
        "hidden",
        "layout",
        "x",
        "",
    ]);
    let value = prop::sample::select(vec![
        "'It's broken'",
        "\"unclosed",
        "'",
        "\"",
        ">-",
        "|",
        "true",
        "maybe",
        "[a, b",
        "{",
        "- item",
        "null",
        "  indented",
        "\\u12",
        "''''",
        "a: b: c",
    ]);
    // Indentation as editors leave it, no-break and ideographic spaces included.
    let pad = prop::sample::select(vec![
        "", "", " ", "  ", "\t", "\u{a0}", " \u{a0}", "\u{3000}",
    ]);
    (key, value, pad, "[ -~éà’\t]{0,12}").prop_map(|(k, v, pad, junk)| match k {
        "" => format!("{pad}{v}{junk}"),
        k => format!("{pad}{k}: {v}{junk}"),
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048), txt in any::<bool>()) {
        let _ = posting::read_bytes(&bytes, "en/x.md", Lang::En, txt, ORIGIN);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,600}") {
        let _ = frontmatter::parse(&text);
        let _ = markdown::to_blocks(&text, 1, ORIGIN);
        let _ = pdf_text::parse(&text, 1);
        let _ = posting::read_bytes(text.as_bytes(), "en/x.txt", Lang::Fr, true, ORIGIN);
    }

    #[test]
    fn near_valid_front_matter_never_panics(lines in prop::collection::vec(near_valid_line(), 0..12), close in any::<bool>(), body in "[ -~<>&#\n]{0,200}") {
        let mut text = String::from("---\n");
        for l in &lines {
            text.push_str(l);
            text.push('\n');
        }
        if close {
            text.push_str("---\n");
        }
        text.push_str(&body);
        match frontmatter::parse(&text) {
            Ok(p) => prop_assert!(p.findings.iter().all(|f| f.line <= lines.len() + 2)),
            Err(e) => prop_assert!(!e.is_empty()),
        }
        let _ = posting::read_bytes(text.as_bytes(), "fr/x.md", Lang::Fr, false, ORIGIN);
    }

    #[test]
    fn html_soup_never_panics_and_never_leaks_tags(parts in prop::collection::vec(prop::sample::select(vec![
        "<p>", "</p>", "<a href=\"javascript:x\">", "<a href='https://a.ca'>", "</a>", "<li>", "</li>", "<ul>", "</ol>",
        "<script>", "</script>", "<strong>", "</b>", "<h2>", "</h3>", "&amp;", "&#x110000;", "&", "<", ">", "text ", "**", "\n\n", "* ", "1. ", "<br/>", "<!--", "-->",
    ]), 0..40)) {
        let html: String = parts.concat();
        let (blocks, _) = markdown::to_blocks(&html, 1, ORIGIN);
        let text = markdown::blocks_text(&blocks);
        prop_assert!(!text.contains("<script"));
        prop_assert!(!text.contains("javascript:"));
    }

    #[test]
    fn script_text_never_holds_markup_and_reads_back(
        key in "\\PC{0,20}|[<>&/\u{2028}\u{2029}\\\"]{0,8}",
        values in prop::collection::vec(any::<String>(), 0..6),
        markup in prop::collection::vec(prop::sample::select(vec![
            "</script>", "<!--", "-->", "<b>", "&amp;", "\u{2028}", "\u{2029}", "\\", "\"", "\u{0}", "<\\/",
        ]), 0..6),
    ) {
        let mut strings = values;
        strings.push(markup.concat());
        let value = serde_json::json!({ key: strings, "nested": {"title": markup.concat()} });
        let text = script_text(&value);
        prop_assert!(!text.contains(['<', '>', '&', '\u{2028}', '\u{2029}']), "{}", text);
        prop_assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), value);
    }

    #[test]
    fn front_matter_dates_never_panic(value in "\\PC{0,40}|[0-9T:+ .Zz-]{0,30}") {
        if let Ok(day) = timestamp::calendar_day(&value) {
            prop_assert!(careers_core::IsoDate::parse(&day).is_ok());
            prop_assert!(value.trim().starts_with(&day));
        }
    }
}
