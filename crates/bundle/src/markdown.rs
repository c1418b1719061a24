//! Markdown (with raw HTML inside it) to the structured body of the bundle.
//!
//! pulldown-cmark parses the Markdown; its HTML events go through [`crate::html`] and drive the
//! same [`Builder`] as Markdown tags do, so `<p>`, `<li>`, `<strong>`, `<a>` and `<h2>` give the
//! same blocks as their Markdown forms. Scripts, styles and iframes are dropped with their content,
//! other unknown tags are dropped with their text kept, and links whose scheme is not http, https
//! or mailto lose their link (their text stays); each drop is reported as a warning.

use crate::html::{self, Token};
use crate::report::Finding;
use careers_core::model::{Block, Inline};
use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

mod inlines;
use inlines::normalize;
pub use inlines::{blocks_text, collapse, rebase_headings};

/// The site the postings' own links (`/emplois/`) belong to: they are kept as links there.
pub const DEFAULT_SITE_ORIGIN: &str = "https://digital.canada.ca";

/// Converts a Markdown body. `first_line` is the file line of the body's first line; links to
/// the site's own pages (`/emplois/`) are kept against `site_origin` (`https://digital.canada.ca`).
pub fn to_blocks(body: &str, first_line: usize, site_origin: &str) -> (Vec<Block>, Vec<Finding>) {
    let mut b = Builder {
        site_origin: site_origin.trim_end_matches('/').to_owned(),
        ..Builder::default()
    };
    let (body, repairs) = crate::link_repair::repair(body);
    for r in repairs {
        b.findings.push(Finding::warning(
            first_line + r.line,
            format!(
                "a link broken by a space between `]` and `(` (to {}): repaired; remove the space",
                r.target
            ),
        ));
    }
    let body = body.as_ref();
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(body.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| {
        first_line
            + line_starts
                .partition_point(|&s| s <= offset)
                .saturating_sub(1)
    };
    let mut image_depth = 0usize;
    for (event, range) in Parser::new_ext(body, Options::empty()).into_offset_iter() {
        b.line = line_of(range.start);
        if image_depth > 0 {
            match event {
                Event::Start(Tag::Image { .. }) => image_depth += 1,
                Event::End(TagEnd::Image) => image_depth -= 1,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => b.open_leaf(Leaf::Paragraph),
                Tag::Heading { level, .. } => b.open_leaf(Leaf::Heading(heading_level(level))),
                Tag::List(start) => b.open_list(start.is_some()),
                Tag::Item => b.open_item(),
                Tag::Emphasis => b.open_inline(Frame::Emphasis),
                Tag::Strong => b.open_inline(Frame::Strong),
                // An autolinked address (`<jobs@example.ca>`) comes without its scheme.
                Tag::Link {
                    link_type: LinkType::Email,
                    dest_url,
                    ..
                } if !dest_url.starts_with("mailto:") => b.open_link(&format!("mailto:{dest_url}")),
                Tag::Link { dest_url, .. } => b.open_link(&dest_url),
                Tag::Image { .. } => image_depth = 1,
                Tag::CodeBlock(_) => b.open_leaf(Leaf::Paragraph),
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock => b.close_leaf(),
                TagEnd::List(_) => b.close_list(),
                TagEnd::Item => b.close_item(),
                TagEnd::Emphasis => b.close_inline(FrameKind::Emphasis),
                TagEnd::Strong => b.close_inline(FrameKind::Strong),
                TagEnd::Link => b.close_inline(FrameKind::Link),
                _ => {}
            },
            Event::Text(t) | Event::Code(t) => b.text(&t),
            Event::Html(h) | Event::InlineHtml(h) => b.html(&h),
            Event::SoftBreak | Event::HardBreak => b.text(" "),
            _ => {}
        }
    }
    b.finish()
}

/// Appends `t` to the inline content, joined to the text before it.
fn append_text(content: &mut Vec<Inline>, t: &str) {
    if t.is_empty() {
        return;
    }
    match content.last_mut() {
        Some(Inline::Text(prev)) => prev.push_str(t),
        _ => content.push(Inline::Text(t.to_owned())),
    }
}

/// Where the first email address in `t` is (`name@host.tld`, as people write them in postings).
fn email_in(t: &str) -> Option<(usize, usize)> {
    let local = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    let domain = |c: char| c.is_ascii_alphanumeric() || ".-".contains(c);
    let mut from = 0;
    while let Some(at) = t[from..].find('@').map(|i| from + i) {
        from = at + 1;
        let start = t[..at]
            .char_indices()
            .rev()
            .find(|&(_, c)| !local(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = t[at + 1..]
            .find(|c| !domain(c))
            .map_or(t.len(), |i| at + 1 + i);
        // The address ends before a final dot or hyphen (end of a sentence).
        let host = t[at + 1..end].trim_end_matches(['.', '-']);
        let end = at + 1 + host.len();
        let tld_ok = host.rsplit_once('.').is_some_and(|(name, tld)| {
            !name.is_empty() && tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic())
        });
        let local_part = t[start..at].trim_start_matches('.');
        if !local_part.is_empty() && tld_ok {
            return Some((at - local_part.len(), end));
        }
    }
    None
}

fn heading_level(l: HeadingLevel) -> u8 {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Leaf {
    Paragraph,
    Heading(u8),
}

#[derive(Debug)]
enum Frame {
    Strong,
    Emphasis,
    Link(Option<String>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum FrameKind {
    Strong,
    Emphasis,
    Link,
}

impl Frame {
    fn kind(&self) -> FrameKind {
        match self {
            Frame::Strong => FrameKind::Strong,
            Frame::Emphasis => FrameKind::Emphasis,
            Frame::Link(_) => FrameKind::Link,
        }
    }
}

/// A container of blocks: the body, a list, or a list item.
#[derive(Debug)]
enum Container {
    Root(Vec<Block>),
    List {
        ordered: bool,
        items: Vec<Vec<Block>>,
        implicit: bool,
    },
    Item(Vec<Block>),
}

/// Builds blocks from open/close calls, tolerating any nesting mistakes.
#[derive(Debug)]
struct Builder {
    containers: Vec<Container>,
    leaf: Option<Leaf>,
    /// Inline frames open in the current leaf; index 0 is the leaf's own content.
    frames: Vec<(Option<Frame>, Vec<Inline>)>,
    /// The raw-text element being skipped (`script`, `style`, `iframe`), if any.
    skipping: Option<String>,
    line: usize,
    findings: Vec<Finding>,
    /// Where links to the site's own pages point.
    site_origin: String,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            containers: vec![Container::Root(Vec::new())],
            leaf: None,
            frames: Vec::new(),
            skipping: None,
            line: 1,
            findings: Vec::new(),
            site_origin: DEFAULT_SITE_ORIGIN.to_owned(),
        }
    }
}

impl Builder {
    fn warn(&mut self, msg: String) {
        // One warning per distinct message and line is enough.
        if !self
            .findings
            .iter()
            .any(|f| f.line == self.line && f.message == msg)
        {
            self.findings.push(Finding::warning(self.line, msg));
        }
    }

    fn push_block(&mut self, block: Block) {
        match self.containers.last_mut() {
            Some(Container::Root(v)) | Some(Container::Item(v)) => v.push(block),
            Some(Container::List { items, .. }) => {
                // Content directly in a list (e.g. `<ul>text</ul>`): make it an item.
                items.push(vec![block]);
            }
            None => {}
        }
    }

    fn open_leaf(&mut self, leaf: Leaf) {
        self.close_leaf();
        self.leaf = Some(leaf);
        self.frames = vec![(None, Vec::new())];
    }

    fn close_leaf(&mut self) {
        let Some(leaf) = self.leaf.take() else { return };
        while self.frames.len() > 1 {
            self.pop_frame();
        }
        let content = self.frames.pop().map(|(_, c)| c).unwrap_or_default();
        let content = normalize(content);
        if content.is_empty() {
            return;
        }
        let block = match leaf {
            Leaf::Paragraph => Block::Paragraph(content),
            Leaf::Heading(level) => Block::Heading {
                level,
                text: content,
            },
        };
        self.push_block(block);
    }

    fn pop_frame(&mut self) {
        let Some((frame, content)) = self.frames.pop() else {
            return;
        };
        let inline = match frame {
            Some(Frame::Strong) => Some(Inline::Strong(content)),
            Some(Frame::Emphasis) => Some(Inline::Emphasis(content)),
            Some(Frame::Link(Some(href))) => Some(Inline::Link {
                href,
                text: content,
            }),
            Some(Frame::Link(None)) | None => {
                // A dropped link keeps its text.
                if let Some((_, parent)) = self.frames.last_mut() {
                    parent.extend(content);
                }
                None
            }
        };
        if let (Some(inline), Some((_, parent))) = (inline, self.frames.last_mut()) {
            parent.push(inline);
        }
    }

    fn ensure_leaf(&mut self) {
        if self.leaf.is_none() {
            self.open_leaf(Leaf::Paragraph);
        }
    }

    fn text(&mut self, t: &str) {
        if self.skipping.is_some() {
            return;
        }
        if self.leaf.is_none() && t.trim().is_empty() {
            return;
        }
        self.ensure_leaf();
        let in_link = self
            .frames
            .iter()
            .any(|(f, _)| matches!(f, Some(Frame::Link(_))));
        let Some((_, content)) = self.frames.last_mut() else {
            return;
        };
        // An address written out in the text becomes a `mailto:` link to itself.
        let mut rest = t;
        while let Some((start, end)) = (!in_link).then(|| email_in(rest)).flatten() {
            append_text(content, &rest[..start]);
            let address = &rest[start..end];
            content.push(Inline::Link {
                href: format!("mailto:{address}"),
                text: vec![Inline::Text(address.to_owned())],
            });
            rest = &rest[end..];
        }
        append_text(content, rest);
    }

    fn open_inline(&mut self, frame: Frame) {
        if self.skipping.is_some() {
            return;
        }
        self.ensure_leaf();
        self.frames.push((Some(frame), Vec::new()));
    }

    fn close_inline(&mut self, kind: FrameKind) {
        if self.skipping.is_some() {
            return;
        }
        if let Some(pos) = self
            .frames
            .iter()
            .rposition(|(f, _)| f.as_ref().map(Frame::kind) == Some(kind))
        {
            while self.frames.len() > pos {
                self.pop_frame();
            }
        }
    }

    fn open_link(&mut self, href: &str) {
        let href = href.trim();
        // A link to a page of the site itself, kept as a link to that page.
        let on_site;
        let href = if href.starts_with('/') && !href.starts_with("//") {
            on_site = format!("{}{href}", self.site_origin);
            on_site.as_str()
        } else {
            href
        };
        let frame = if html::safe_href(href) {
            Frame::Link(Some(href.chars().filter(|c| !c.is_whitespace()).collect()))
        } else {
            let shown: String = href.chars().take(60).collect();
            self.warn(format!("link to `{shown}` dropped (only http, https and mailto links are kept); its text is kept"));
            Frame::Link(None)
        };
        self.open_inline(frame);
    }

    fn open_list(&mut self, ordered: bool) {
        self.close_leaf();
        self.containers.push(Container::List {
            ordered,
            items: Vec::new(),
            implicit: false,
        });
    }

    fn close_list(&mut self) {
        self.close_leaf();
        // Close up to and including the innermost list.
        let Some(pos) = self
            .containers
            .iter()
            .rposition(|c| matches!(c, Container::List { .. }))
        else {
            return;
        };
        while self.containers.len() > pos {
            self.pop_container();
        }
    }

    fn open_item(&mut self) {
        self.close_leaf();
        // A new item closes the previous item of the same list.
        if matches!(self.containers.last(), Some(Container::Item(_))) {
            self.pop_container();
        }
        if !matches!(self.containers.last(), Some(Container::List { .. })) {
            self.containers.push(Container::List {
                ordered: false,
                items: Vec::new(),
                implicit: true,
            });
        }
        self.containers.push(Container::Item(Vec::new()));
    }

    fn close_item(&mut self) {
        self.close_leaf();
        let Some(pos) = self
            .containers
            .iter()
            .rposition(|c| matches!(c, Container::Item(_)))
        else {
            return;
        };
        while self.containers.len() > pos {
            self.pop_container();
        }
    }

    fn pop_container(&mut self) {
        if self.containers.len() <= 1 {
            return;
        }
        match self.containers.pop() {
            Some(Container::Item(blocks)) => {
                if let Some(Container::List { items, .. }) = self.containers.last_mut() {
                    if !blocks.is_empty() {
                        items.push(blocks);
                    }
                }
            }
            Some(Container::List {
                ordered,
                items,
                implicit,
            }) => {
                if !items.is_empty() {
                    self.push_block(Block::List { ordered, items });
                }
                let _ = implicit;
            }
            _ => {}
        }
    }

    fn html(&mut self, s: &str) {
        for token in html::tokenize(s) {
            self.html_token(token);
        }
    }

    fn html_token(&mut self, token: Token) {
        if let Some(skipped) = &self.skipping {
            if let Token::End { name } = &token {
                if name == skipped {
                    self.skipping = None;
                }
            }
            return;
        }
        match token {
            Token::Text(t) => self.text(&t),
            Token::Other => {}
            Token::Start {
                name,
                attrs,
                self_closing,
            } => {
                let handlers: Vec<&str> = attrs
                    .iter()
                    .map(|(a, _)| a.as_str())
                    .filter(|a| a.starts_with("on"))
                    .collect();
                if !handlers.is_empty() {
                    self.warn(format!(
                        "event-handler attribute `{}` on <{name}> dropped",
                        handlers.join("`, `")
                    ));
                }
                match name.as_str() {
                    raw if crate::html::is_raw_text(raw) => {
                        self.warn(format!("<{name}> dropped with its content"));
                        if !self_closing {
                            self.skipping = Some(name);
                        }
                    }
                    // Their fallback text is for readers without the plug-in: it stays.
                    "object" | "embed" => {
                        self.warn(format!("<{name}> dropped; the text inside it is kept"))
                    }
                    "p" | "div" => self.open_leaf(Leaf::Paragraph),
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                        let level = name.as_bytes()[1] - b'0';
                        self.open_leaf(Leaf::Heading(level));
                    }
                    "ul" => self.open_list(false),
                    "ol" => self.open_list(true),
                    "li" => self.open_item(),
                    "strong" | "b" => self.open_inline(Frame::Strong),
                    "em" | "i" => self.open_inline(Frame::Emphasis),
                    "a" => {
                        let href = attrs
                            .iter()
                            .find(|(a, _)| a == "href")
                            .map(|(_, v)| v.clone());
                        match href {
                            Some(h) => self.open_link(&h),
                            None => self.open_inline(Frame::Link(None)),
                        }
                    }
                    "br" => self.text(" "),
                    _ => {}
                }
            }
            Token::End { name } => match name.as_str() {
                "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => self.close_leaf(),
                "ul" | "ol" => self.close_list(),
                "li" => self.close_item(),
                "strong" | "b" => self.close_inline(FrameKind::Strong),
                "em" | "i" => self.close_inline(FrameKind::Emphasis),
                "a" => self.close_inline(FrameKind::Link),
                _ => {}
            },
        }
    }

    fn finish(mut self) -> (Vec<Block>, Vec<Finding>) {
        self.close_leaf();
        while self.containers.len() > 1 {
            self.pop_container();
        }
        let blocks = match self.containers.pop() {
            Some(Container::Root(v)) => v,
            _ => Vec::new(),
        };
        (rebase_headings(blocks), self.findings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    fn md(s: &str) -> Vec<Block> {
        to_blocks(s, 1, DEFAULT_SITE_ORIGIN).0
    }

    #[test]
    fn paragraphs_headings_lists_and_inlines() {
        let b = md("Intro *em* and **strong** [link](https://x.ca).\n\n## Role\n\n* one\n* two\n\n1. first\n");
        assert_eq!(
            b,
            vec![
                Block::Paragraph(vec![
                    t("Intro "),
                    Inline::Emphasis(vec![t("em")]),
                    t(" and "),
                    Inline::Strong(vec![t("strong")]),
                    t(" "),
                    Inline::Link {
                        href: "https://x.ca".into(),
                        text: vec![t("link")]
                    },
                    t("."),
                ]),
                Block::Heading {
                    level: 1,
                    text: vec![t("Role")]
                },
                Block::List {
                    ordered: false,
                    items: vec![
                        vec![Block::Paragraph(vec![t("one")])],
                        vec![Block::Paragraph(vec![t("two")])]
                    ]
                },
                Block::List {
                    ordered: true,
                    items: vec![vec![Block::Paragraph(vec![t("first")])]]
                },
            ]
        );
    }

    #[test]
    fn raw_html_gives_the_same_blocks_as_markdown() {
        let from_md = md("## Role\n\nWe **build** [things](https://x.ca).\n\n* one\n* two\n");
        let from_html = md("<h2>Role</h2>\n<p>We <strong>build</strong> <a href=\"https://x.ca\">things</a>.</p>\n<ul><li>one</li><li>two</li></ul>\n");
        assert_eq!(from_md, from_html);
    }

    #[test]
    fn inline_html_inside_markdown_paragraphs() {
        let b =
            md("Write to <a href=\"mailto:jobs@cds-snc.ca\">us</a> &amp; <strong>now</strong>.");
        assert_eq!(
            b,
            vec![Block::Paragraph(vec![
                t("Write to "),
                Inline::Link {
                    href: "mailto:jobs@cds-snc.ca".into(),
                    text: vec![t("us")]
                },
                t(" & "),
                Inline::Strong(vec![t("now")]),
                t("."),
            ])]
        );
    }

    #[test]
    fn scripts_styles_iframes_and_handlers_are_dropped_with_a_warning() {
        let (b, w) = to_blocks("<p onclick=\"x()\">Hi<script>alert(1)</script></p>\n\n<style>p{}</style>\n\n<iframe src=\"https://e.vil\">inner</iframe>\n\nok\n", 10, DEFAULT_SITE_ORIGIN);
        assert_eq!(
            b,
            vec![
                Block::Paragraph(vec![t("Hi")]),
                Block::Paragraph(vec![t("ok")])
            ]
        );
        let all: Vec<String> = w.iter().map(|f| f.message.clone()).collect();
        assert!(all.iter().any(|m| m.contains("onclick")), "{all:?}");
        assert!(all.iter().any(|m| m.contains("<script>")), "{all:?}");
        assert!(all.iter().any(|m| m.contains("<style>")), "{all:?}");
        assert!(all.iter().any(|m| m.contains("<iframe>")), "{all:?}");
        assert_eq!(w[0].line, 10);
    }

    #[test]
    fn unsafe_links_lose_their_link_but_keep_their_text() {
        let (b, w) = to_blocks(
            "[click](javascript:alert(1)) <a href=\"data:x\">here</a> [rel](en/x) [far](//e.vil/x)",
            1,
            DEFAULT_SITE_ORIGIN,
        );
        assert_eq!(b, vec![Block::Paragraph(vec![t("click here rel far")])]);
        assert_eq!(w.len(), 4);
    }

    #[test]
    fn a_plug_in_goes_and_its_fallback_text_stays_as_its_warning_says() {
        let (b, w) = to_blocks(
            "<p><object data=\"x.swf\">Read the <b>PDF</b> instead.</object><embed src=\"y\"></p><noscript>On</noscript>",
            1,
            DEFAULT_SITE_ORIGIN,
        );
        assert_eq!(blocks_text(&b).trim(), "Read the PDF instead.");
        let messages: Vec<&str> = w.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "<object> dropped; the text inside it is kept",
                "<embed> dropped; the text inside it is kept",
                "<noscript> dropped with its content"
            ]
        );
    }

    #[test]
    fn a_link_broken_by_a_space_is_a_link_again_with_a_warning_naming_its_line() {
        let (b, w) = to_blocks(
            "Intro\n\nEmail [us@x.gc.ca] (mailto:us@x.gc.ca) now.",
            20,
            DEFAULT_SITE_ORIGIN,
        );
        assert_eq!(
            b[1],
            Block::Paragraph(vec![
                t("Email "),
                Inline::Link {
                    href: "mailto:us@x.gc.ca".into(),
                    text: vec![t("us@x.gc.ca")]
                },
                t(" now.")
            ])
        );
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, 22);
        assert!(
            w[0].message.contains("broken by a space"),
            "{}",
            w[0].message
        );
    }

    #[test]
    fn addresses_in_the_text_become_mailto_links_and_site_links_are_kept() {
        let (b, w) = to_blocks(
            "Write to CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca. See [our jobs](/emplois/) or a@b (no).",
            1,
            DEFAULT_SITE_ORIGIN,
        );
        assert_eq!(
            b,
            vec![Block::Paragraph(vec![
                t("Write to "),
                Inline::Link {
                    href: "mailto:CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca".into(),
                    text: vec![t("CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca")]
                },
                t(". See "),
                Inline::Link {
                    href: "https://digital.canada.ca/emplois/".into(),
                    text: vec![t("our jobs")]
                },
                t(" or a@b (no).")
            ])]
        );
        assert!(w.is_empty(), "{w:?}");
        // An address that is already a link's text stays one link.
        let (b, _) = to_blocks("[x@y.ca](mailto:x@y.ca)", 1, DEFAULT_SITE_ORIGIN);
        assert_eq!(
            b,
            vec![Block::Paragraph(vec![Inline::Link {
                href: "mailto:x@y.ca".into(),
                text: vec![t("x@y.ca")]
            }])]
        );
    }

    #[test]
    fn headings_are_rebased_and_empty_ones_dropped() {
        let b = md("### A\n\n##\n\n#### B\n");
        assert_eq!(
            b,
            vec![
                Block::Heading {
                    level: 1,
                    text: vec![t("A")]
                },
                Block::Heading {
                    level: 2,
                    text: vec![t("B")]
                }
            ]
        );
    }

    #[test]
    fn unknown_tags_keep_their_text_and_unclosed_tags_are_tolerated() {
        let b = md("<section><span>Kept</span> <custom>too</custom>\n\n<li>orphan item\n");
        assert_eq!(
            b,
            vec![
                Block::Paragraph(vec![t("Kept too")]),
                Block::List {
                    ordered: false,
                    items: vec![vec![Block::Paragraph(vec![t("orphan item")])]]
                },
            ]
        );
    }

    #[test]
    fn white_space_is_normalized() {
        let b = md("  a \t b\nc  \n");
        assert_eq!(b, vec![Block::Paragraph(vec![t("a b c")])]);
    }

    #[test]
    fn a_no_break_space_is_kept_for_the_run_it_is_in() {
        let b = md("Postulez quand même\u{a0}! Note \u{a0} : «\u{202f}oui\u{202f}»\n");
        assert_eq!(
            b,
            vec![Block::Paragraph(vec![t(
                "Postulez quand même\u{a0}! Note\u{a0}: «\u{202f}oui\u{202f}»"
            )])]
        );
    }

    #[test]
    fn nested_lists() {
        let b = md("* a\n  * b\n");
        assert_eq!(
            b,
            vec![Block::List {
                ordered: false,
                items: vec![vec![
                    Block::Paragraph(vec![t("a")]),
                    Block::List {
                        ordered: false,
                        items: vec![vec![Block::Paragraph(vec![t("b")])]]
                    },
                ]]
            }]
        );
    }
}
