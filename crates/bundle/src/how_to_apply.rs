//! How a person applies to each open posting: its Apply link (Lever) when it has one, otherwise
//! the first email address its body gives, otherwise the site's contact (`--contact`). An open
//! posting of the listing left with none of these gets a warning naming its file: nobody could
//! apply to it.
//!
//! The address is kept as the posting's `apply` target, `mailto:ADDRESS`; the widget shows such a
//! target as "How to apply" with the address, and an `https` one as the Apply button.

use crate::report::{Diagnostic, Severity};
use careers_core::model::{Block, Inline, Posting};

/// Gives every open posting without an Apply link a way to apply, and warns about those left
/// without one.
pub fn fill(postings: &mut [Posting], contact: Option<&str>, diagnostics: &mut Vec<Diagnostic>) {
    for posting in postings
        .iter_mut()
        .filter(|p| p.status.open && p.apply.is_none())
    {
        let contents = || [&posting.en, &posting.fr].into_iter().flatten();
        let own = contents().find_map(|c| first_email(&c.body));
        match own.or_else(|| contact.map(|c| format!("mailto:{c}"))) {
            Some(target) => posting.apply = Some(target),
            // A posting left out of the listing (`linkHidden`) is nobody's to apply to by chance.
            None if !posting.status.listed => {}
            None => {
                let source = contents().next().map_or(posting.id.as_str(), |c| &c.source);
                diagnostics.push(Diagnostic::new(
                    source,
                    0,
                    Severity::Warning,
                    "this open posting gives no way to apply: no Lever id, no email address in its text, and no site contact (--contact); add one",
                ));
            }
        }
    }
}

/// The first `mailto:` link of `blocks`, in reading order.
pub fn first_email(blocks: &[Block]) -> Option<String> {
    blocks.iter().find_map(|block| match block {
        Block::Heading { text, .. } | Block::Paragraph(text) => email_in(text),
        Block::List { items, .. } => items.iter().find_map(|item| first_email(item)),
    })
}

fn email_in(inlines: &[Inline]) -> Option<String> {
    inlines.iter().find_map(|inline| match inline {
        Inline::Text(_) => None,
        Inline::Strong(inner) | Inline::Emphasis(inner) => email_in(inner),
        Inline::Link { href, text } => {
            let address = href.strip_prefix("mailto:")?;
            (!address.is_empty())
                .then(|| href.clone())
                .or_else(|| email_in(text))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use careers_core::model::Content;

    fn content(body: Vec<Block>) -> Content {
        Content {
            title: "Title".into(),
            summary: String::new(),
            body,
            source: "en/title.md".into(),
        }
    }

    fn link(href: &str) -> Inline {
        Inline::Link {
            href: href.into(),
            text: vec![Inline::Text("write to us".into())],
        }
    }

    fn open(id: &str, body: Vec<Block>) -> Posting {
        Posting::for_test(id, Some(content(body)), None)
    }

    #[test]
    fn the_body_s_first_address_then_the_site_contact() {
        let body = vec![
            Block::Paragraph(vec![link("https://example.com")]),
            Block::List {
                ordered: false,
                items: vec![vec![Block::Paragraph(vec![Inline::Strong(vec![link(
                    "mailto:jobs@example.ca",
                )])])]],
            },
            Block::Paragraph(vec![link("mailto:other@example.ca")]),
        ];
        let mut postings = vec![open("own", body), open("none", vec![])];
        let mut diagnostics = Vec::new();
        fill(&mut postings, Some("site@example.ca"), &mut diagnostics);
        assert_eq!(postings[0].apply.as_deref(), Some("mailto:jobs@example.ca"));
        assert_eq!(postings[1].apply.as_deref(), Some("mailto:site@example.ca"));
        assert!(diagnostics.is_empty());
    }

    #[test]
    fn an_apply_link_or_a_closed_posting_is_left_alone_and_a_posting_without_a_way_is_reported() {
        let mut lever = open("lever", vec![]);
        lever.apply = Some("https://jobs.lever.co/cds/x/apply".into());
        let mut closed = open("closed", vec![]);
        closed.status.open = false;
        let mut postings = vec![lever, closed, open("none", vec![])];
        let mut diagnostics = Vec::new();
        fill(&mut postings, None, &mut diagnostics);
        assert_eq!(
            postings[0].apply.as_deref(),
            Some("https://jobs.lever.co/cds/x/apply")
        );
        assert_eq!(postings[1].apply, None);
        assert_eq!(postings[2].apply, None);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].path, "en/title.md");
        assert!(diagnostics[0].message.contains("no way to apply"));
    }
}
