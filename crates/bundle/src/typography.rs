//! French typography for posting text: the space before `:` `;` `?` `!` and the spaces inside
//! `« »` become no-break spaces, so that a mark never starts a line on its own on a narrow
//! screen (`Ce poste vous intéresse ?` with the `?` alone on the next line).

use careers_core::model::{Block, Inline};

/// `s` with each ordinary space that comes just before `:`, `;`, `?`, `!` or `»`, or just after
/// `«`, made a no-break space (U+00A0). Nothing else changes: a mark written without a space
/// (an address, `10:30`) stays as it is.
pub fn french_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let binds = c == ' '
            && (previous == Some('«') || matches!(chars.peek(), Some(':' | ';' | '?' | '!' | '»')));
        out.push(if binds { '\u{a0}' } else { c });
        previous = Some(c);
    }
    out
}

/// The blocks of a French body with [`french_spaces`] applied to all their text.
pub fn french_blocks(blocks: Vec<Block>) -> Vec<Block> {
    blocks.into_iter().map(french_block).collect()
}

fn french_block(block: Block) -> Block {
    match block {
        Block::Heading { level, text } => Block::Heading {
            level,
            text: french_inlines(text),
        },
        Block::Paragraph(text) => Block::Paragraph(french_inlines(text)),
        Block::List { ordered, items } => Block::List {
            ordered,
            items: items.into_iter().map(french_blocks).collect(),
        },
    }
}

fn french_inlines(inlines: Vec<Inline>) -> Vec<Inline> {
    inlines
        .into_iter()
        .map(|inline| match inline {
            Inline::Text(t) => Inline::Text(french_spaces(&t)),
            Inline::Strong(c) => Inline::Strong(french_inlines(c)),
            Inline::Emphasis(c) => Inline::Emphasis(french_inlines(c)),
            Inline::Link { href, text } => Inline::Link {
                href,
                text: french_inlines(text),
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binds_the_marks_that_take_a_space_in_french() {
        assert_eq!(
            french_spaces("Ce poste vous intéresse ? Postulez quand même ! Note : « coche » ; fin"),
            "Ce poste vous intéresse\u{a0}? Postulez quand même\u{a0}! Note\u{a0}: «\u{a0}coche\u{a0}»\u{a0}; fin"
        );
    }

    #[test]
    fn leaves_marks_without_a_space_and_other_spaces_alone() {
        let text = "https://canada.ca/fr?x=1 à 10:30, c'est «vrai»! Oui.";
        assert_eq!(french_spaces(text), text);
    }

    #[test]
    fn reaches_text_in_every_kind_of_block_and_inline() {
        let text = |s: &str| Inline::Text(s.into());
        let body = vec![
            Block::Heading {
                level: 2,
                text: vec![text("Pourquoi ?")],
            },
            Block::List {
                ordered: false,
                items: vec![vec![Block::Paragraph(vec![
                    Inline::Strong(vec![text("Lieu :")]),
                    Inline::Link {
                        href: "https://x.ca".into(),
                        text: vec![text("« ici »")],
                    },
                ])]],
            },
        ];
        let text = serde_json::to_string(&french_blocks(body)).unwrap();
        assert_eq!(text.matches('\u{a0}').count(), 4, "{text}");
    }
}
