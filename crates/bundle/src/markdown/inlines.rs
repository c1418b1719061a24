//! Inline content once read: adjacent texts merged, white space collapsed (a no-break space
//! kept where the author put one), blank inlines dropped, the ends trimmed; and the plain text of
//! inlines and blocks, and heading levels rebased.

use careers_core::model::{Block, Inline};
use careers_core::text::inline_text;

/// Merges adjacent texts, collapses white space, trims the ends, drops empty inlines.
pub(super) fn normalize(content: Vec<Inline>) -> Vec<Inline> {
    let mut out = clean(content);
    trim_edges(&mut out);
    clean(out)
}

fn clean(content: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    for inline in content {
        let inline = match inline {
            Inline::Text(t) => Inline::Text(collapse(&t)),
            Inline::Strong(c) => Inline::Strong(clean(c)),
            Inline::Emphasis(c) => Inline::Emphasis(clean(c)),
            Inline::Link { href, text } => {
                let text = clean(text);
                let text = if text.iter().all(is_blank) {
                    vec![Inline::Text(href.trim_start_matches("mailto:").to_string())]
                } else {
                    text
                };
                Inline::Link { href, text }
            }
        };
        match (&inline, out.last_mut()) {
            (Inline::Text(t), _) if t.is_empty() => {}
            (Inline::Strong(c) | Inline::Emphasis(c), _) if c.iter().all(is_blank) => {
                if !c.is_empty() {
                    push_collapsed(&mut out, " ");
                }
            }
            (Inline::Text(t), Some(Inline::Text(prev))) => {
                prev.push_str(t);
                let merged = collapse(prev);
                *prev = merged;
            }
            _ => out.push(inline),
        }
    }
    out
}

fn push_collapsed(out: &mut Vec<Inline>, t: &str) {
    match out.last_mut() {
        Some(Inline::Text(prev)) => {
            prev.push_str(t);
            let merged = collapse(prev);
            *prev = merged;
        }
        _ => out.push(Inline::Text(t.to_string())),
    }
}

fn is_blank(i: &Inline) -> bool {
    match i {
        Inline::Text(t) => t.trim().is_empty(),
        Inline::Strong(c) | Inline::Emphasis(c) => c.iter().all(is_blank),
        Inline::Link { .. } => false,
    }
}

/// Collapses each run of white space into one space: a no-break space when the run has one (the
/// author's, as French typography puts before `:` `;` `?` `!` and inside `« »`), else an
/// ordinary space.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = None;
    for c in s.chars() {
        if matches!(c, '\u{a0}' | '\u{202f}') {
            space = Some(c);
        } else if c.is_whitespace() || c == '\u{200b}' {
            space = space.or(Some(' '));
        } else {
            out.extend(space.take());
            out.push(c);
        }
    }
    out.extend(space);
    out
}

fn trim_edges(content: &mut [Inline]) {
    if let Some(first) = content.first_mut() {
        trim_first(first);
    }
    if let Some(last) = content.last_mut() {
        trim_last(last);
    }
}

fn trim_first(i: &mut Inline) {
    match i {
        Inline::Text(t) => *t = t.trim_start().to_string(),
        Inline::Strong(c) | Inline::Emphasis(c) | Inline::Link { text: c, .. } => {
            if let Some(f) = c.first_mut() {
                trim_first(f);
            }
        }
    }
}

fn trim_last(i: &mut Inline) {
    match i {
        Inline::Text(t) => *t = t.trim_end().to_string(),
        Inline::Strong(c) | Inline::Emphasis(c) | Inline::Link { text: c, .. } => {
            if let Some(f) = c.last_mut() {
                trim_last(f);
            }
        }
    }
}

/// Shifts heading levels so that the smallest level present becomes 1.
pub fn rebase_headings(mut blocks: Vec<Block>) -> Vec<Block> {
    fn min_level(blocks: &[Block]) -> Option<u8> {
        blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level, .. } => Some(*level),
                Block::List { items, .. } => items.iter().filter_map(|i| min_level(i)).min(),
                Block::Paragraph(_) => None,
            })
            .min()
    }
    fn shift(blocks: &mut [Block], by: u8) {
        for b in blocks {
            match b {
                Block::Heading { level, .. } => *level -= by,
                Block::List { items, .. } => items.iter_mut().for_each(|i| shift(i, by)),
                Block::Paragraph(_) => {}
            }
        }
    }
    if let Some(min) = min_level(&blocks) {
        shift(&mut blocks, min - 1);
    }
    blocks
}

/// The plain text of a whole body, blocks separated by newlines.
pub fn blocks_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Heading { text, .. } | Block::Paragraph(text) => {
                out.push_str(&inline_text(text));
                out.push('\n');
            }
            Block::List { items, .. } => {
                for item in items {
                    out.push_str(&blocks_text(item));
                }
            }
        }
    }
    out
}
