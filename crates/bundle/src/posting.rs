//! One source file to one language's version of a posting ([`Doc`]), or the reason it is not one.

use crate::frontmatter::{self, FrontMatter};
use crate::report::{Finding, Severity};
use crate::{facets, markdown, pdf_text, source, typography, Fate, Options};
use careers_core::model::{Block, Content, Facets};
use careers_core::Lang;
use std::path::Path;

/// One language's version of a posting, as read from one file.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Path relative to the content folder.
    pub rel: String,
    pub lang: Lang,
    pub translation_key: Option<String>,
    pub lever_id: Option<String>,
    /// `archived: true`.
    pub archived: bool,
    /// `hidden: true` or `linkHidden: true`.
    pub unlisted: bool,
    /// `formHidden: true`.
    pub form_hidden: bool,
    /// The front matter's `date`, as a day (`YYYY-MM-DD`).
    pub date: Option<String>,
    /// The day the file was first committed to git, when its front matter has no `date` and the
    /// content folder is in a repository (filled in by [`crate::bundle_dir_with`]).
    pub committed: Option<String>,
    /// The front matter's `expiryDate`, as a day.
    pub expiry_date: Option<String>,
    pub content: Content,
    pub facets: Facets,
    /// The classification is the `LEVEL:` of a position description: it is the posting's own,
    /// where codes in a Markdown text may name other positions (a reporting line, say).
    pub classification_from_level: bool,
    /// The decoded text, to recognize exact duplicates.
    pub text: String,
}

/// Files larger than this are read but flagged.
pub const LARGE_BYTES: u64 = 1024 * 1024;

/// Reads one file. Returns the doc (if it is a posting), its findings, and its fate.
pub fn read_file(path: &Path, rel: &str, options: &Options) -> (Option<Doc>, Vec<Finding>, Fate) {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    if lower.starts_with("readme") || lower.starts_with("license") || lower.starts_with("licence") {
        return (
            None,
            vec![Finding::note(
                0,
                "documentation file, not a posting; skipped",
            )],
            Fate::Skipped,
        );
    }
    if !matches!(ext, "md" | "markdown" | "txt") {
        let what = if ext.is_empty() {
            "no extension".to_string()
        } else {
            format!(".{ext}")
        };
        return (
            None,
            vec![Finding::note(
                0,
                format!("not a posting source ({what}; expected .md or .txt); skipped"),
            )],
            Fate::Skipped,
        );
    }
    let Some(lang) = source::language(rel).or(options.default_lang) else {
        return (
            None,
            vec![Finding::error(
                0,
                "language unknown: put the file below a folder named `en` or `fr` (or pass --default-lang)",
            )],
            Fate::Failed,
        );
    };
    let mut findings = Vec::new();
    match std::fs::metadata(path) {
        Ok(m) if m.len() > source::MAX_BYTES => {
            let mb = m.len() as f64 / 1_048_576.0;
            return (
                None,
                vec![Finding::error(
                    0,
                    format!("file is {mb:.1} MB, over the 32 MB limit; not read"),
                )],
                Fate::Failed,
            );
        }
        Ok(m) if m.len() > LARGE_BYTES => {
            let mb = m.len() as f64 / 1_048_576.0;
            findings.push(Finding::warning(
                0,
                format!("unusually large source ({mb:.1} MB); check it is really one posting"),
            ));
        }
        Ok(_) => {}
        Err(e) => {
            return (
                None,
                vec![Finding::error(0, format!("cannot be read: {e}"))],
                Fate::Failed,
            )
        }
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            return (
                None,
                vec![Finding::error(0, format!("cannot be read: {e}"))],
                Fate::Failed,
            )
        }
    };
    let site_origin = options
        .site_origin
        .as_deref()
        .unwrap_or(markdown::DEFAULT_SITE_ORIGIN);
    let (doc, more, fate) = read_bytes(&bytes, rel, lang, ext == "txt", site_origin);
    findings.extend(more);
    (doc, findings, fate)
}

/// Reads one file's bytes (see [`read_file`]); `txt` files may be PDF-extracted text; links to
/// the site's own pages are kept against `site_origin`.
pub fn read_bytes(
    bytes: &[u8],
    rel: &str,
    lang: Lang,
    txt: bool,
    site_origin: &str,
) -> (Option<Doc>, Vec<Finding>, Fate) {
    let (text, mut findings) = match source::decode(bytes) {
        Ok(t) => t,
        Err(e) => return (None, vec![e], Fate::Failed),
    };
    let parsed = match frontmatter::parse(&text) {
        Ok(p) => p,
        Err(errors) => {
            findings.extend(errors);
            return (None, findings, Fate::Failed);
        }
    };
    findings.extend(parsed.findings.iter().cloned());
    if findings.iter().any(|f| f.severity == Severity::Error) {
        return (None, findings, Fate::Failed);
    }
    let is_pdf = txt && pdf_text::looks_like(parsed.body);
    let fm = match (&parsed.front, is_pdf) {
        (Some(fm), _) => fm.clone(),
        (None, true) => FrontMatter::default(),
        (None, false) => {
            findings.push(Finding::error(
                1,
                "no front matter: a posting starts with a `---` line, `title: …` and the other keys, then `---`",
            ));
            return (None, findings, Fate::Failed);
        }
    };
    if fm.draft == Some(true) {
        findings.push(Finding::note(
            fm.line_of("draft"),
            "draft: not published, left out of the bundle",
        ));
        return (None, findings, Fate::Skipped);
    }
    if fm.layout.as_deref() == Some("page") {
        findings.push(Finding::note(
            fm.line_of("layout"),
            "`layout: page` is a page, not a posting; skipped",
        ));
        return (None, findings, Fate::Skipped);
    }
    let stem = rel.rsplit('/').next().unwrap_or(rel);
    let stem = stem.rsplit_once('.').map(|(s, _)| s).unwrap_or(stem);
    let (title, body, facet_hint, defaults) = if is_pdf {
        let pd = pdf_text::parse(parsed.body, parsed.body_line);
        findings.extend(pd.findings);
        let defaults = PdfDefaults {
            translation_key: Some(stem.to_string()),
        };
        (
            fm.title.clone().or(pd.title),
            pd.body,
            pd.classification,
            Some(defaults),
        )
    } else {
        let (body, more) = markdown::to_blocks(parsed.body, parsed.body_line, site_origin);
        findings.extend(more);
        (fm.title.clone(), body, None, None)
    };
    let title = title
        .map(|t| markdown::collapse(&t).trim().to_string())
        .filter(|t| !t.is_empty());
    let Some(title) = title else {
        if body.is_empty() {
            findings.push(Finding::note(
                fm.line_of("title"),
                "stub without a title or body; skipped",
            ));
            return (None, findings, Fate::Skipped);
        }
        findings.push(Finding::error(
            fm.line_of("title"),
            "missing `title`: every posting needs one",
        ));
        return (None, findings, Fate::Failed);
    };
    if body.is_empty() {
        findings.push(Finding::warning(
            parsed.body_line,
            "the posting has no body",
        ));
    }
    let summary = summary(fm.description.as_deref(), &body);
    let body_text = markdown::blocks_text(&body);
    let mut derived = facets::derive(
        &title,
        fm.description.as_deref().unwrap_or(""),
        &body_text,
        is_pdf,
    );
    let classification_from_level = facet_hint.is_some();
    if let Some(c) = facet_hint {
        if !derived.classification.contains(&c) {
            derived.classification.insert(0, c);
        }
    }
    let translation_key = fm
        .translation_key
        .clone()
        .or_else(|| defaults.as_ref().and_then(|d| d.translation_key.clone()));
    if translation_key.is_none() {
        findings.push(Finding::warning(
            1,
            "no `translationKey`: cannot be paired with its other language",
        ));
    }
    let doc = Doc {
        rel: rel.to_string(),
        lang,
        translation_key,
        lever_id: fm.lever_id.clone(),
        archived: fm.archived.unwrap_or(is_pdf && parsed.front.is_none()),
        unlisted: fm.hidden == Some(true) || fm.link_hidden == Some(true),
        form_hidden: fm.form_hidden == Some(true),
        date: fm.date.clone(),
        committed: None,
        expiry_date: fm.expiry_date.clone(),
        content: match lang {
            Lang::En => Content {
                title,
                summary,
                body,
                source: rel.to_string(),
            },
            Lang::Fr => Content {
                title: typography::french_spaces(&title),
                summary: typography::french_spaces(&summary),
                body: typography::french_blocks(body),
                source: rel.to_string(),
            },
        },
        facets: derived,
        classification_from_level,
        text,
    };
    (Some(doc), findings, Fate::Posting(String::new()))
}

struct PdfDefaults {
    translation_key: Option<String>,
}

/// The longest summary, in characters, the ellipsis of a cut included.
pub const SUMMARY_CHARS: usize = 300;

/// The plain-text summary: the description (markup stripped), else the first paragraph.
pub fn summary(description: Option<&str>, body: &[Block]) -> String {
    let from_description = description.map(|d| {
        // Only the text is kept: where links point does not matter.
        let (blocks, _) = markdown::to_blocks(d, 1, markdown::DEFAULT_SITE_ORIGIN);
        markdown::collapse(&markdown::blocks_text(&blocks))
            .trim()
            .to_string()
    });
    let text = match from_description.filter(|d| !d.is_empty()) {
        Some(d) => d,
        None => body
            .iter()
            .find_map(|b| match b {
                Block::Paragraph(p) => Some(careers_core::text::inline_text(p)),
                _ => None,
            })
            .unwrap_or_default(),
    };
    crate::shorten::shorten(&markdown::collapse(&text), SUMMARY_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::DEFAULT_SITE_ORIGIN;
    use careers_core::model::Inline;

    #[test]
    fn summary_prefers_the_description_with_markup_stripped() {
        let body = vec![Block::Paragraph(vec![Inline::Text("Body first.".into())])];
        assert_eq!(
            summary(
                Some("We <strong>build</strong>\n  **things** &amp; more."),
                &body
            ),
            "We build things & more."
        );
        assert_eq!(summary(None, &body), "Body first.");
        assert_eq!(summary(Some("  "), &body), "Body first.");
    }

    #[test]
    fn summary_is_cut_at_a_word_boundary() {
        let long = "word ".repeat(100);
        let s = summary(Some(&long), &[]);
        assert!(s.ends_with("word…"), "{s}");
        assert!(s.chars().count() <= SUMMARY_CHARS);
    }

    fn read(text: &str) -> (Option<Doc>, Vec<Finding>, Fate) {
        read_bytes(
            text.as_bytes(),
            "en/x.md",
            Lang::En,
            false,
            DEFAULT_SITE_ORIGIN,
        )
    }

    #[test]
    fn reads_a_posting() {
        let (doc, f, fate) = read("---\ntitle: Dev\ntranslationKey: dev\nleverId: abc\narchived: false\nformHidden: true\nlinkHidden: true\n---\nHello\n");
        assert!(f.is_empty(), "{f:?}");
        assert_eq!(fate, Fate::Posting(String::new()));
        let doc = doc.unwrap();
        assert_eq!(doc.content.title, "Dev");
        assert_eq!(doc.content.summary, "Hello");
        assert!(!doc.archived && doc.unlisted && doc.form_hidden);
    }

    #[test]
    fn reads_the_day_posted_and_the_expiry_day() {
        let (doc, f, _) = read("---\ntitle: Dev\ntranslationKey: dev\ndate: 2026-11-22T21:30:00-05:00\nexpiryDate: 2026-12-18\n---\nHello\n");
        assert!(f.is_empty(), "{f:?}");
        let doc = doc.unwrap();
        assert_eq!(doc.date.as_deref(), Some("2026-11-22"));
        assert_eq!(doc.expiry_date.as_deref(), Some("2026-12-18"));
        assert_eq!(doc.committed, None);
        let (doc, f, fate) =
            read("---\ntitle: Dev\ntranslationKey: dev\ndate: 22/11/2026\n---\nHello\n");
        assert_eq!(
            fate,
            Fate::Posting(String::new()),
            "a bad date is no reason to drop a posting"
        );
        assert_eq!(doc.unwrap().date, None);
        assert_eq!(
            (f.len(), f[0].line, f[0].severity),
            (1, 4, Severity::Warning)
        );
    }

    #[test]
    fn drafts_pages_and_stubs_are_skipped_with_a_note() {
        for text in [
            "---\ntitle: T\ndraft: true\n---\nx\n",
            "---\ntitle: T\nlayout: page\n---\nx\n",
            "---\nlayout: job-posting\n---\n",
        ] {
            let (doc, f, fate) = read(text);
            assert!(doc.is_none());
            assert_eq!(fate, Fate::Skipped, "{text}");
            assert_eq!(f.len(), 1);
            assert_eq!(f[0].severity, Severity::Note);
        }
    }

    #[test]
    fn bad_files_get_one_clear_error() {
        let cases: [(&[u8], &str); 6] = [
            (b"", "empty"),
            (b"\x00\x01binary", "binary"),
            (b"---\ntitle: \xff\n---\n", "UTF-8"),
            (b"# No front matter\n", "no front matter"),
            (b"---\n- a\n- b\n---\nbody\n", "list"),
            (
                b"---\nlayout: job-posting\n---\nA body without title.\n",
                "missing `title`",
            ),
        ];
        for (bytes, expected) in cases {
            let (doc, f, fate) = read_bytes(bytes, "en/x.md", Lang::En, false, DEFAULT_SITE_ORIGIN);
            assert!(doc.is_none());
            assert_eq!(fate, Fate::Failed);
            let errors: Vec<_> = f.iter().filter(|f| f.severity == Severity::Error).collect();
            assert_eq!(errors.len(), 1, "{f:?}");
            assert!(
                errors[0].message.contains(expected),
                "{} vs {expected}",
                errors[0].message
            );
        }
    }

    #[test]
    fn bom_and_crlf_files_are_read_with_one_warning_each() {
        let (doc, f, _) = read_bytes(
            b"\xEF\xBB\xBF---\r\ntitle: T\r\ntranslationKey: t\r\n---\r\nBody\r\n",
            "en/x.md",
            Lang::En,
            false,
            DEFAULT_SITE_ORIGIN,
        );
        assert_eq!(doc.unwrap().content.title, "T");
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(f.iter().all(|f| f.severity == Severity::Warning));
    }

    #[test]
    fn a_ten_megabyte_body_is_read() {
        let mut text = String::from("---\ntitle: Big\ntranslationKey: big\n---\n");
        while text.len() < 10 * 1024 * 1024 {
            text.push_str("A paragraph of text that repeats. More words here.\n\n");
        }
        let (doc, f, _) = read(&text);
        assert!(f.is_empty(), "{f:?}");
        assert!(doc.unwrap().content.body.len() > 100_000);
    }
}
