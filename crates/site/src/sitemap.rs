//! `sitemap.xml`: every indexable page, with its pages in each language (`xhtml:link`
//! alternates), as search engines read it.

use crate::document::hreflang;
use crate::pages::Page;
use crate::xml;

/// The sitemap of the indexable `pages`, whose paths are below `site_url` (ends in `/`).
pub fn sitemap(pages: &[Page], site_url: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in pages.iter().filter(|p| p.indexable) {
        out.push_str(&format!(
            "  <url>\n    <loc>{}</loc>\n",
            xml::text(&format!("{site_url}{}", page.path()))
        ));
        for (lang, path) in &page.alternates {
            out.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                hreflang(*lang),
                xml::attr(&format!("{site_url}{path}"))
            ));
        }
        out.push_str("  </url>\n");
    }
    out.push_str("</urlset>\n");
    out
}
