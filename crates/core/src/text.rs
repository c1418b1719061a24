//! Plain text of a structured posting body, for the search index and for previews.

use crate::{Block, Inline};

/// The plain text of a body: each block (heading, paragraph, list item) on its own line, inline
/// formatting dropped, links reduced to their text (never their address).
pub fn text_of(blocks: &[Block]) -> String {
    let mut out = String::new();
    push_blocks(blocks, &mut out);
    out
}

/// The plain text of inline content, without separators.
pub fn inline_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    push_inlines(inlines, &mut out);
    out
}

fn push_blocks(blocks: &[Block], out: &mut String) {
    for block in blocks {
        match block {
            Block::Heading { text, .. } | Block::Paragraph(text) => {
                push_line_break(out);
                push_inlines(text, out);
            }
            Block::List { items, .. } => {
                for item in items {
                    push_blocks(item, out);
                }
            }
        }
    }
}

fn push_line_break(out: &mut String) {
    if !out.is_empty() {
        out.push('\n');
    }
}

fn push_inlines(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => out.push_str(t),
            Inline::Strong(inner) | Inline::Emphasis(inner) | Inline::Link { text: inner, .. } => {
                push_inlines(inner, out)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn puts_each_block_and_list_item_on_its_own_line() {
        let body = vec![
            Block::Heading {
                level: 1,
                text: vec![t("Duties")],
            },
            Block::Paragraph(vec![
                t("Build "),
                Inline::Strong(vec![t("good")]),
                t(" things."),
            ]),
            Block::List {
                ordered: false,
                items: vec![
                    vec![Block::Paragraph(vec![t("one")])],
                    vec![
                        Block::Paragraph(vec![t("two")]),
                        Block::List {
                            ordered: true,
                            items: vec![vec![Block::Paragraph(vec![t("2a")])]],
                        },
                    ],
                ],
            },
        ];
        assert_eq!(text_of(&body), "Duties\nBuild good things.\none\ntwo\n2a");
    }

    #[test]
    fn keeps_link_text_but_not_the_address() {
        let inl = vec![
            t("Write to "),
            Inline::Link {
                href: "mailto:secret@example.com".into(),
                text: vec![Inline::Emphasis(vec![t("us")])],
            },
        ];
        assert_eq!(inline_text(&inl), "Write to us");
        assert_eq!(text_of(&[Block::Paragraph(inl)]), "Write to us");
    }

    #[test]
    fn empty_body_is_empty_text() {
        assert_eq!(text_of(&[]), "");
        assert_eq!(
            text_of(&[Block::List {
                ordered: false,
                items: vec![]
            }]),
            ""
        );
    }
}
