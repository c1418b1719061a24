//! Position descriptions extracted from PDFs as plain text (seed 004).

use crate::report::Finding;
use careers_core::bundle::{Block, Inline};

/// Whether a `.txt` body is PDF-extracted text rather than Markdown.
pub fn looks_like(body: &str) -> bool {
    body.contains("POSITION TITLE:")
}

/// What was read from a position description.
#[derive(Debug, Clone, Default)]
pub struct PositionDescription {
    pub title: Option<String>,
    pub classification: Option<String>,
    pub body: Vec<Block>,
    pub findings: Vec<Finding>,
}

/// Reads a position description.
pub fn parse(text: &str, _first_line: usize) -> PositionDescription {
    let body = vec![Block::Paragraph(vec![Inline::Text(
        crate::markdown::collapse(text).trim().to_string(),
    )])];
    PositionDescription {
        title: None,
        classification: None,
        body,
        findings: Vec::new(),
    }
}
