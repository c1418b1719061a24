//! The CDS careers content bundler: turns a content folder of Markdown postings (and position
//! descriptions extracted from PDFs) into a [`Bundle`], reports precisely what is wrong with each
//! file, and publishes the bundle as the files the widget loads.
//!
//! Entry points: [`bundle_dir`] (the whole pipeline, no I/O besides reading), [`to_json`]
//! (the whole model as deterministic JSON), [`publish::write_published`] (the listing and the
//! body files), [`write_atomically`], and [`report::render`].

pub mod facets;
pub mod frontmatter;
pub mod git_dates;
pub mod how_to_apply;
pub mod html;
pub mod job_posting;
pub mod link_repair;
pub mod markdown;
pub mod pairing;
pub mod pdf_text;
pub mod posting;
pub mod publish;
pub mod report;
pub mod shorten;
pub mod slug;
pub mod source;
pub mod timestamp;
pub mod typography;

use careers_core::model::{Bundle, SCHEMA_VERSION};
use careers_core::Lang;
pub use report::{Diagnostic, Severity, Summary};
use std::path::Path;

/// Options of a run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The language of files that have no `en` or `fr` folder on their path (none: an error).
    pub default_lang: Option<Lang>,
    /// Do not ask git for the day each file was first committed: for files whose commits say
    /// nothing of when a posting went up (a corpus copied into a repository long after).
    pub ignore_git: bool,
    /// The site's contact address, for open postings with no Apply link and no address of their
    /// own (see [`how_to_apply`]).
    pub contact: Option<String>,
    /// Where links to the site's own pages (`/emplois/`) point; none: `https://digital.canada.ca`
    /// ([`markdown::DEFAULT_SITE_ORIGIN`]).
    pub site_origin: Option<String>,
}

/// Checks a site origin given as an option: `http` or `https`, a host, and no path (a final `/`
/// is allowed).
pub fn check_site_origin(origin: &str) -> Result<(), String> {
    let rest = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    match rest.map(|r| r.strip_suffix('/').unwrap_or(r)) {
        Some(host)
            if !host.is_empty()
                && !host.contains(['/', '?', '#', '@'])
                && !host.contains(char::is_whitespace) =>
        {
            Ok(())
        }
        _ => Err(format!(
            "--site-origin {origin:?} is not an origin such as https://digital.canada.ca"
        )),
    }
}

/// Checks an address given as the site's contact: the shape the accommodation form accepts
/// ([`careers_core::form::is_email`]), with nothing around it.
pub fn check_contact(address: &str) -> Result<(), String> {
    check_email("--contact", address)
}

/// Checks an address given to `option`: the shape the accommodation form accepts
/// ([`careers_core::form::is_email`]), with nothing around it.
pub fn check_email(option: &str, address: &str) -> Result<(), String> {
    if careers_core::form::is_email(address) && address.trim() == address {
        Ok(())
    } else {
        Err(format!("{option} {address:?} is not an email address"))
    }
}

/// What became of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fate {
    /// Part of the posting with this id.
    Posting(String),
    /// Left out on purpose (a note or warning says why).
    Skipped,
    /// Could not be used (an error says why).
    Failed,
}

/// The result of a run: the bundle, every finding, the figures, and the fate of every file.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub bundle: Bundle,
    pub diagnostics: Vec<Diagnostic>,
    pub summary: Summary,
    /// Every file read, by path relative to the content folder, in path order.
    pub files: Vec<(String, Fate)>,
}

impl Outcome {
    pub fn has_errors(&self) -> bool {
        self.summary.errors > 0
    }
}

/// Reads the content at `path`: a folder through the whole pipeline ([`bundle_dir_with`]), or a
/// `.json` file holding a whole content model (schema 1, bodies included), as tests and
/// benchmarks write it, with nothing to report. `Err` says why a model file cannot be read.
pub fn read_content(path: &Path, options: Options) -> Result<Outcome, String> {
    if !path.is_file() {
        return Ok(bundle_dir_with(path, options));
    }
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let bundle =
        careers_core::parse_bundle(&text).map_err(|e| format!("not a content model: {e}"))?;
    Ok(Outcome::of_model(bundle))
}

/// Runs the whole pipeline over `dir` with default options.
pub fn bundle_dir(dir: &Path) -> Outcome {
    bundle_dir_with(dir, Options::default())
}

/// Runs the whole pipeline over `dir`.
pub fn bundle_dir_with(dir: &Path, options: Options) -> Outcome {
    let shown = dir.display().to_string();
    let problem = match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => None,
        Ok(_) => Some("is not a folder".to_string()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some("does not exist".to_string()),
        Err(e) => Some(format!("cannot be read: {e}")),
    };
    let listed = match problem {
        None => source::list_files(dir).map_err(|e| format!("cannot be read: {e}")),
        Some(p) => Err(p),
    };
    let paths = match listed {
        Ok(p) => p,
        Err(problem) => {
            let d = Diagnostic::new(
                &shown,
                0,
                Severity::Error,
                format!("content folder {problem}"),
            );
            return finish(Vec::new(), vec![d], Vec::new());
        }
    };
    let mut diagnostics = Vec::new();
    let mut docs = Vec::new();
    let mut fates = Vec::new();
    for path in &paths {
        let rel = source::relative(dir, path);
        let (doc, findings, fate) = posting::read_file(path, &rel, &options);
        diagnostics.extend(findings.into_iter().map(|f| f.at(&rel)));
        if let Some(doc) = doc {
            docs.push(doc);
        }
        fates.push((rel, fate));
    }
    if !options.ignore_git {
        date_from_git(dir, &mut docs);
    }
    let (mut postings, pair_diags, pair_fates) = pairing::build_postings(docs);
    diagnostics.extend(pair_diags);
    how_to_apply::fill(&mut postings, options.contact.as_deref(), &mut diagnostics);
    for (rel, fate) in pair_fates {
        if let Some(slot) = fates.iter_mut().find(|(r, _)| *r == rel) {
            slot.1 = fate;
        }
    }
    finish(postings, diagnostics, fates)
}

/// Gives the files whose front matter has no `date` the day git first saw them, when the folder
/// is in a git repository; git runs only when some file needs it.
fn date_from_git(dir: &Path, docs: &mut [posting::Doc]) {
    if docs.iter().all(|d| d.date.is_some()) {
        return;
    }
    let Some(first) = git_dates::first_commits(dir) else {
        return;
    };
    for doc in docs.iter_mut().filter(|d| d.date.is_none()) {
        doc.committed = first.get(&doc.rel).cloned();
    }
}

fn finish(
    postings: Vec<careers_core::model::Posting>,
    mut diagnostics: Vec<Diagnostic>,
    files: Vec<(String, Fate)>,
) -> Outcome {
    diagnostics.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    let labels = facets::labels_for(&postings);
    let bundle = Bundle {
        schema: SCHEMA_VERSION,
        postings,
        labels,
    };
    Outcome::new(bundle, diagnostics, files)
}

impl Outcome {
    /// The outcome of a run that made `bundle`, with its figures counted.
    fn new(bundle: Bundle, diagnostics: Vec<Diagnostic>, files: Vec<(String, Fate)>) -> Outcome {
        let pairs = bundle
            .postings
            .iter()
            .filter(|p| p.en.is_some() && p.fr.is_some())
            .count();
        let count = |severity| {
            diagnostics
                .iter()
                .filter(|d| d.severity == severity)
                .count()
        };
        let summary = Summary {
            files: files.len(),
            postings: bundle.postings.len(),
            pairs,
            single: bundle.postings.len() - pairs,
            skipped: files.iter().filter(|(_, f)| *f == Fate::Skipped).count(),
            warnings: count(Severity::Warning),
            errors: count(Severity::Error),
        };
        Outcome {
            bundle,
            diagnostics,
            summary,
            files,
        }
    }

    /// A content model read whole from JSON: no files, nothing to report.
    pub fn of_model(bundle: Bundle) -> Outcome {
        Outcome::new(bundle, Vec::new(), Vec::new())
    }
}

/// Serializes a bundle: pretty JSON, a final newline, byte-identical for the same bundle. A
/// failure is an error, never a stand-in text.
pub fn to_json(bundle: &Bundle) -> Result<String, serde_json::Error> {
    let mut s = serde_json::to_string_pretty(bundle)?;
    s.push('\n');
    Ok(s)
}

/// A hidden sibling of `path` for work in progress, `.NAME.TAG-PID` in the same folder, which is
/// created if needed.
pub(crate) fn sibling(path: &Path, tag: &str) -> std::io::Result<std::path::PathBuf> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "bundle".into());
    Ok(parent.join(format!(".{name}.{tag}-{}", std::process::id())))
}

/// Writes `text` to `path` atomically: a temporary file in the same folder, then a rename. Creates
/// the parent folder if needed.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let tmp = sibling(path, "tmp")?;
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
