//! Renders a posting's structured body. The bundle holds no HTML: each block and inline is built
//! here as an element, and text is always text, so posting content can never inject markup.

use careers_core::{model::is_safe_href, Block, Inline};
use leptos::prelude::*;

/// The body, with its level-1 headings at `base_level + 1`.
pub fn body(blocks: &[Block], base_level: u8) -> AnyView {
    blocks
        .iter()
        .map(|b| block(b, base_level))
        .collect_view()
        .into_any()
}

fn block(block: &Block, base_level: u8) -> AnyView {
    match block {
        Block::Heading { level, text } => super::heading::heading(
            base_level.saturating_add(*level),
            None,
            "cds-careers__body-heading",
            inlines(text),
        ),
        Block::Paragraph(text) => view! { <p>{inlines(text)}</p> }.into_any(),
        Block::List { ordered, items } => {
            let items = items
                .iter()
                .map(|item| view! { <li>{body(item, base_level)}</li> })
                .collect_view();
            if *ordered {
                view! { <ol>{items}</ol> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }
        }
    }
}

fn inlines(items: &[Inline]) -> AnyView {
    items.iter().map(inline).collect_view().into_any()
}

fn inline(item: &Inline) -> AnyView {
    match item {
        Inline::Text(text) => text.clone().into_any(),
        Inline::Strong(inner) => view! { <strong>{inlines(inner)}</strong> }.into_any(),
        Inline::Emphasis(inner) => view! { <em>{inlines(inner)}</em> }.into_any(),
        Inline::Link { href, text } if is_safe_href(href) => {
            view! { <a href=href.clone()>{inlines(text)}</a> }.into_any()
        }
        Inline::Link { text, .. } => inlines(text),
    }
}
