//! Findings about the sources (`path:line: severity: message`) and the closing summary.

use std::fmt;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Something was skipped on purpose (a page, a draft); nothing is wrong.
    Note,
    /// Something was wrong and was repaired or dropped; the bundle is still correct.
    Warning,
    /// Something could not be understood; the file produced no posting.
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding about one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, relative to the content folder (or the folder itself for folder-level problems).
    pub path: String,
    /// 1-based line; 0 when the finding is about the whole file.
    pub line: usize,
    pub severity: Severity,
    pub message: String,
}

impl Diagnostic {
    pub fn new(path: &str, line: usize, severity: Severity, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.to_string(),
            line,
            severity,
            message: message.into(),
        }
    }
}

/// One finding a line: the control characters of a file's name or of a quoted text (a line
/// break could print a second, made-up finding) are written as escapes.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = format!(
            "{}:{}: {}: {}",
            self.path,
            self.line,
            self.severity.as_str(),
            self.message
        );
        for c in line.chars() {
            if c.is_control() {
                write!(f, "{}", c.escape_default())?;
            } else {
                write!(f, "{c}")?;
            }
        }
        Ok(())
    }
}

/// A diagnostic without a path yet: modules that parse text report lines, the caller adds the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub line: usize,
    pub severity: Severity,
    pub message: String,
}

impl Finding {
    pub fn warning(line: usize, message: impl Into<String>) -> Self {
        Finding {
            line,
            severity: Severity::Warning,
            message: message.into(),
        }
    }
    pub fn error(line: usize, message: impl Into<String>) -> Self {
        Finding {
            line,
            severity: Severity::Error,
            message: message.into(),
        }
    }
    pub fn note(line: usize, message: impl Into<String>) -> Self {
        Finding {
            line,
            severity: Severity::Note,
            message: message.into(),
        }
    }
    pub fn at(self, path: &str) -> Diagnostic {
        Diagnostic {
            path: path.to_string(),
            line: self.line,
            severity: self.severity,
            message: self.message,
        }
    }
}

/// The figures printed after the findings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Files found below the content folder (every one is a posting or has a diagnostic).
    pub files: usize,
    /// Postings written to the bundle.
    pub postings: usize,
    /// Postings with both languages.
    pub pairs: usize,
    /// Postings with one language only.
    pub single: usize,
    /// Files that produced no posting on purpose (pages, stubs, drafts, duplicates, non-source files).
    pub skipped: usize,
    pub warnings: usize,
    pub errors: usize,
}

/// Renders the findings, one per line, then the summary line.
pub fn render(diagnostics: &[Diagnostic], summary: &Summary) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&d.to_string());
        out.push('\n');
    }
    out.push_str(&render_summary(summary));
    out.push('\n');
    out
}

/// The summary line alone.
pub fn render_summary(s: &Summary) -> String {
    format!(
        "summary: {} files read, {} postings ({} pairs, {} single-language), {} skipped, {} warnings, {} errors",
        s.files, s.postings, s.pairs, s.single, s.skipped, s.warnings, s.errors
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_one_line_per_finding_then_the_summary() {
        let d = vec![
            Diagnostic::new("en/a.md", 3, Severity::Warning, "dropped <script>"),
            Diagnostic::new("fr/b.md", 0, Severity::Error, "empty file"),
        ];
        let s = Summary {
            files: 2,
            postings: 1,
            pairs: 0,
            single: 1,
            skipped: 0,
            warnings: 1,
            errors: 1,
        };
        let text = render(&d, &s);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "en/a.md:3: warning: dropped <script>");
        assert_eq!(lines[1], "fr/b.md:0: error: empty file");
        assert_eq!(
            lines[2],
            "summary: 2 files read, 1 postings (0 pairs, 1 single-language), 0 skipped, 1 warnings, 1 errors"
        );
    }

    #[test]
    fn a_name_or_text_cannot_print_a_finding_of_its_own() {
        let forged = Diagnostic::new(
            "en/new\nline: error: fake.md",
            1,
            Severity::Warning,
            "title \"Dev\u{1b}[31m\"",
        );
        assert_eq!(
            forged.to_string(),
            "en/new\\nline: error: fake.md:1: warning: title \"Dev\\u{1b}[31m\""
        );
        assert_eq!(forged.to_string().lines().count(), 1);
    }
}
