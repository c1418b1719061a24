//! The HTML document around a pre-rendered widget: what a search engine and a browser without
//! JavaScript read before the widget's own markup. Every value is escaped here; the widget's
//! markup comes escaped from its renderer, and the JSON-LD from `careers_bundle::job_posting`'s
//! `script_text`, which cannot close its element.

use careers_core::Lang;
use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

/// The same policy as the standalone page and the development server: no inline script or style,
/// nothing from elsewhere.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/// What the `<head>` of a page says.
pub struct Head<'a> {
    pub lang: Lang,
    pub title: &'a str,
    pub description: &'a str,
    /// Absolute URLs.
    pub canonical: &'a str,
    pub alternates: &'a [(Lang, String)],
    pub noindex: bool,
    /// The text of the JobPosting `<script type="application/ld+json">`, if the page has one.
    pub json_ld: Option<&'a str>,
    /// The site's root, relative to the page (`../../`): where the stylesheet and scripts are.
    pub root: &'a str,
    /// The title and address of the feed of the page's language.
    pub feed: (&'a str, String),
}

/// The `hreflang` of each language: the site is Canada's.
pub fn hreflang(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-CA",
        Lang::Fr => "fr-CA",
    }
}

/// A whole page: `head`, then in `<main>` the widget's host element with `host` attributes and
/// the pre-rendered `widget` markup, then `careers.js`, which takes the page over.
pub fn document(head: &Head, host: &[(&str, String)], widget: &str) -> String {
    let root = head.root;
    let mut out = String::with_capacity(widget.len() + 2048);
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!("<html lang=\"{}\">\n<head>\n", head.lang.code()));
    out.push_str("<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
    ));
    out.push_str(&format!("<title>{}</title>\n", text(head.title)));
    out.push_str(&format!(
        "<meta name=\"description\" content=\"{}\">\n",
        attr(head.description)
    ));
    if head.noindex {
        out.push_str("<meta name=\"robots\" content=\"noindex\">\n");
    }
    out.push_str(&format!(
        "<link rel=\"canonical\" href=\"{}\">\n",
        attr(head.canonical)
    ));
    for (lang, href) in head.alternates {
        out.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
            hreflang(*lang),
            attr(href)
        ));
    }
    out.push_str(&format!(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{}\" href=\"{}\">\n",
        attr(head.feed.0),
        attr(&head.feed.1)
    ));
    out.push_str("<link rel=\"icon\" href=\"data:,\">\n");
    out.push_str(&format!(
        "<link rel=\"stylesheet\" href=\"{}careers.css\">\n",
        attr(root)
    ));
    if let Some(json_ld) = head.json_ld {
        out.push_str("<script type=\"application/ld+json\">");
        out.push_str(json_ld);
        out.push_str("</script>\n");
    }
    out.push_str("</head>\n<body>\n<main>\n<div");
    for (name, value) in host {
        out.push(' ');
        out.push_str(name);
        if !value.is_empty() {
            out.push_str(&format!("=\"{}\"", attr(value)));
        }
    }
    out.push('>');
    out.push_str(widget);
    out.push_str("</div>\n</main>\n");
    out.push_str(&format!(
        "<script type=\"module\" src=\"{}careers.js\"></script>\n",
        attr(root)
    ));
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_value_and_keeps_the_widget_markup() {
        let alternates = [(Lang::Fr, "https://x/fr/a/?b=1&c=2".to_owned())];
        let head = Head {
            lang: Lang::Fr,
            title: "</title><script>alert(1)</script>",
            description: "\"><b>x</b>",
            canonical: "https://x/fr/a/",
            alternates: &alternates,
            noindex: true,
            json_ld: None,
            root: "../../",
            feed: ("Feed", "../../fr/feed.xml".into()),
        };
        let html = document(
            &head,
            &[
                ("data-cds-careers", String::new()),
                ("data-listing", "a\"b".into()),
            ],
            "<div class=\"cds-careers\"></div>",
        );
        assert!(html.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
        assert!(html.contains("content=\"&quot;&gt;&lt;b&gt;x&lt;/b&gt;\""));
        assert!(html.contains("href=\"https://x/fr/a/?b=1&amp;c=2\""));
        assert!(html.contains("<div data-cds-careers data-listing=\"a&quot;b\"><div class=\"cds-careers\"></div></div>"));
        assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
        assert!(html.contains("<html lang=\"fr\">"));
        assert!(html.contains("<link rel=\"stylesheet\" href=\"../../careers.css\">"));
        assert!(html.contains("<script type=\"module\" src=\"../../careers.js\"></script>"));
        assert_eq!(html.matches("<script").count(), 1);
    }
}
