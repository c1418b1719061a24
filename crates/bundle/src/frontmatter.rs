//! A small, tolerant reader for the YAML subset editors write in front matter.
//!
//! Supported: `key: value` at column 0, plain, `'single'` and `"double"` quoted scalars (also over
//! several lines), `>`/`>-`/`|`/`|-` block scalars, booleans, comments, and nested values or lists
//! (`aliases:`), which are accepted and ignored. Editors' usual breakages are repaired with a
//! warning when the intent is unambiguous (an apostrophe inside a single-quoted value that still
//! ends with a quote, an unindented line inside a multi-line value); anything else is an error
//! naming the line. Lines are 1-based line numbers of the whole file.

use crate::report::Finding;
use crate::timestamp;
use std::collections::BTreeMap;

/// A value as read, before it is given a type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A scalar (plain, quoted or block).
    Str(String),
    /// A nested mapping, a list, or a flow collection: not used by the bundler.
    Nested,
}

/// The front matter of one file: the keys the bundler knows, with the line of each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub description: Option<String>,
    pub translation_key: Option<String>,
    pub lever_id: Option<String>,
    pub layout: Option<String>,
    /// The `type` key.
    pub kind: Option<String>,
    pub archived: Option<bool>,
    pub link_hidden: Option<bool>,
    pub form_hidden: Option<bool>,
    pub hidden: Option<bool>,
    pub draft: Option<bool>,
    /// The day of `date` (Hugo's date of the page: when the posting went up), `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The day of `expiryDate` (Hugo's expiry date: when the posting closes), `YYYY-MM-DD`.
    pub expiry_date: Option<String>,
    /// Line of every key seen (known or not).
    pub lines: BTreeMap<String, usize>,
}

impl FrontMatter {
    /// The line of `key`, or 1 (the opening `---`) when it is absent.
    pub fn line_of(&self, key: &str) -> usize {
        self.lines.get(key).copied().unwrap_or(1)
    }
}

/// A file split into its front matter and its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed<'a> {
    /// `None` when the file does not start with `---`.
    pub front: Option<FrontMatter>,
    pub body: &'a str,
    /// The line number of the body's first line.
    pub body_line: usize,
    /// Warnings about repairs made.
    pub findings: Vec<Finding>,
}

/// Splits `text` (LF line ends, no BOM) into front matter and body and reads the front matter.
/// `Err` holds at least one error (and any warnings found before it).
pub fn parse(text: &str) -> Result<Parsed<'_>, Vec<Finding>> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Ok(Parsed {
            front: None,
            body: text,
            body_line: 1,
            findings: Vec::new(),
        });
    }
    // Find the closing delimiter.
    let mut offset = first.len();
    let mut fm_lines: Vec<&str> = Vec::new();
    let mut closed_at = None;
    for (i, line) in lines.enumerate() {
        let content = line.trim_end_matches('\n');
        let trimmed = content.trim_end();
        offset += line.len();
        if trimmed == "---" || trimmed == "..." {
            closed_at = Some((i + 2, offset));
            break;
        }
        fm_lines.push(content);
    }
    let Some((close_line, body_start)) = closed_at else {
        return Err(vec![Finding::error(
            1,
            "front matter opened by `---` on line 1 is never closed by a `---` line",
        )]);
    };
    let mut findings = Vec::new();
    let entries = read_entries(&fm_lines, &mut findings)?;
    let front = typed(entries, &mut findings);
    Ok(Parsed {
        front: Some(front),
        body: &text[body_start..],
        body_line: close_line + 1,
        findings,
    })
}

/// One `key: value` with its continuation lines.
struct Entry<'a> {
    key: &'a str,
    line: usize,
    rest: &'a str,
    /// Continuation lines and their line numbers.
    more: Vec<(usize, &'a str)>,
}

fn key_of(line: &str) -> Option<(&str, &str)> {
    let colon = line.find(':')?;
    let key = &line[..colon];
    let after = &line[colon + 1..];
    let mut chars = key.chars();
    let ok_first = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    let ok_rest = chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if ok_first && ok_rest && (after.is_empty() || after.starts_with([' ', '\t'])) {
        Some((key, after.trim()))
    } else {
        None
    }
}

fn read_entries<'a>(
    lines: &[&'a str],
    findings: &mut Vec<Finding>,
) -> Result<Vec<Entry<'a>>, Vec<Finding>> {
    let mut entries: Vec<Entry<'a>> = Vec::new();
    for (i, &line) in lines.iter().enumerate() {
        let n = i + 2; // line 1 is the opening `---`
        let at_col0 = !line.starts_with([' ', '\t']);
        let trimmed = line.trim();
        if at_col0 && !trimmed.is_empty() {
            if let Some((key, rest)) = key_of(line) {
                entries.push(Entry {
                    key,
                    line: n,
                    rest,
                    more: Vec::new(),
                });
                continue;
            }
            if trimmed.starts_with('#') {
                continue;
            }
            if trimmed == "-" || trimmed.starts_with("- ") {
                match entries.last_mut() {
                    Some(e) if e.rest.is_empty() => {
                        e.more.push((n, line));
                        continue;
                    }
                    None => {
                        let mut all = std::mem::take(findings);
                        all.push(Finding::error(
                            n,
                            "front matter is a list; expected `key: value` lines such as `title: ...`",
                        ));
                        return Err(all);
                    }
                    Some(_) => {}
                }
            }
            match entries.last_mut() {
                Some(e) if continues(e) => {
                    findings.push(Finding::warning(
                        n,
                        format!("unindented line inside the value of `{}` (line {}); read as part of it (indent it by two spaces)", e.key, e.line),
                    ));
                    e.more.push((n, line));
                }
                _ => {
                    let mut all = std::mem::take(findings);
                    all.push(Finding::error(
                        n,
                        format!(
                            "cannot read front matter line `{}`; expected `key: value`",
                            shorten(trimmed)
                        ),
                    ));
                    return Err(all);
                }
            }
        } else if let Some(e) = entries.last_mut() {
            e.more.push((n, line));
        } else if !trimmed.is_empty() {
            let mut all = std::mem::take(findings);
            all.push(Finding::error(
                n,
                "indented front matter line before any key",
            ));
            return Err(all);
        }
    }
    Ok(entries)
}

/// Whether an unindented line can only belong to the value of `e`: a block scalar, or a quoted
/// value whose quote is still open.
fn continues(e: &Entry<'_>) -> bool {
    let rest = e.rest.trim();
    if is_block_header(rest) {
        return true;
    }
    let Some(q) = rest.chars().next().filter(|c| *c == '\'' || *c == '"') else {
        return false;
    };
    let mut raw = rest[1..].to_string();
    for (_, l) in &e.more {
        raw.push('\n');
        raw.push_str(l);
    }
    scan_quoted(&raw, q).is_none()
}

fn shorten(s: &str) -> String {
    if s.chars().count() > 40 {
        let mut t: String = s.chars().take(40).collect();
        t.push('…');
        t
    } else {
        s.to_string()
    }
}

/// Reads one entry's value.
fn value_of(e: &Entry<'_>, findings: &mut Vec<Finding>) -> Result<Value, Finding> {
    let rest = strip_comment(e.rest);
    let first = rest.chars().next();
    match first {
        None => {
            // Nested mapping or list, or an empty value.
            if e.more.iter().any(|(_, l)| !l.trim().is_empty()) {
                Ok(Value::Nested)
            } else {
                Ok(Value::Str(String::new()))
            }
        }
        Some('\'') | Some('"') => quoted(e, first.unwrap_or('"'), findings),
        Some('|') | Some('>') if is_block_header(rest) => Ok(Value::Str(block(e, rest))),
        Some('[') | Some('{') => Ok(Value::Nested),
        _ => {
            let mut out = rest.to_string();
            fold_more(&mut out, &e.more);
            Ok(Value::Str(out))
        }
    }
}

fn strip_comment(s: &str) -> &str {
    let s = s.trim();
    if s.starts_with(['\'', '"']) {
        return s;
    }
    if s.starts_with('#') {
        return "";
    }
    match s.find(" #") {
        Some(i) => s[..i].trim_end(),
        None => s,
    }
}

fn is_block_header(s: &str) -> bool {
    let s = s.split(" #").next().unwrap_or("").trim();
    let mut chars = s.chars();
    matches!(chars.next(), Some('|' | '>')) && chars.all(|c| matches!(c, '-' | '+' | '1'..='9'))
}

/// Appends continuation lines the way YAML folds plain and quoted scalars.
fn fold_more(out: &mut String, more: &[(usize, &str)]) {
    let mut blank_run = 0;
    for (_, line) in more {
        let t = line.trim();
        if t.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            if blank_run > 0 {
                out.push_str(&"\n".repeat(blank_run));
            } else {
                out.push(' ');
            }
        }
        blank_run = 0;
        out.push_str(t);
    }
}

fn block(e: &Entry<'_>, header: &str) -> String {
    let literal = header.starts_with('|');
    let keep = header.contains('+');
    let strip = header.contains('-');
    let indent = e
        .more
        .iter()
        .map(|(_, l)| *l)
        .find(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .unwrap_or(0);
    let body: Vec<&str> = e
        .more
        .iter()
        .map(|(_, l)| {
            let lead = l.len() - l.trim_start().len();
            if lead >= indent {
                &l[indent..]
            } else {
                l.trim_start()
            }
        })
        .collect();
    let mut out = String::new();
    if literal {
        for l in &body {
            out.push_str(l.trim_end());
            out.push('\n');
        }
    } else {
        let mut prev_blank = true;
        for l in &body {
            let t = l.trim_end();
            if t.is_empty() {
                out.push('\n');
                prev_blank = true;
            } else {
                if !prev_blank && !out.ends_with('\n') {
                    out.push(' ');
                }
                out.push_str(t.trim_start());
                prev_blank = false;
            }
        }
        out.push('\n');
    }
    if strip {
        out.truncate(out.trim_end_matches('\n').len());
    } else if !keep {
        out.truncate(out.trim_end_matches('\n').len());
        if !out.is_empty() {
            out.push('\n');
        }
    }
    out
}

/// Reads a quoted value, possibly over several lines, repairing a stray quote inside it when the
/// value still ends with its closing quote.
fn quoted(e: &Entry<'_>, q: char, findings: &mut Vec<Finding>) -> Result<Value, Finding> {
    // The raw text: first line, then continuation lines (trailing blank lines dropped).
    let mut raw = e.rest.trim().to_string();
    let mut more: Vec<&str> = e.more.iter().map(|(_, l)| *l).collect();
    while more.last().is_some_and(|l| l.trim().is_empty()) {
        more.pop();
    }
    for l in &more {
        raw.push('\n');
        raw.push_str(l);
    }
    let inner = &raw[1..];
    if let Some((value, end)) = scan_quoted(inner, q) {
        let after = inner[end..].trim();
        if after.is_empty() || after.starts_with('#') {
            return Ok(Value::Str(value));
        }
    }
    // Repair: the value ends with the quote, so everything in between is the value.
    let trimmed = raw.trim_end();
    if trimmed.len() >= 2 && trimmed.ends_with(q) {
        let interior = &trimmed[1..trimmed.len() - 1];
        let value = if q == '\'' {
            fold_text(&interior.replace("''", "\u{0}")).replace('\u{0}', "'")
        } else {
            let escaped = interior.replace("\\\"", "\u{0}");
            let (v, _) = scan_quoted(&format!("{}\"", escaped.replace('"', "\u{1}")), '"')
                .unwrap_or_default();
            v.replace(['\u{0}', '\u{1}'], "\"")
        };
        let what = if q == '\'' {
            "apostrophe"
        } else {
            "double quote"
        };
        let fix = if q == '\'' {
            "write it as '' or quote the value with \""
        } else {
            "write it as \\\""
        };
        findings.push(Finding::warning(
            e.line,
            format!(
                "unescaped {what} inside the quoted value of `{}`; read as `{}` ({fix})",
                e.key,
                shorten(&value)
            ),
        ));
        return Ok(Value::Str(value));
    }
    Err(Finding::error(
        e.line,
        format!(
            "the quoted value of `{}` is not closed, or has text after its closing quote",
            e.key
        ),
    ))
}

/// Folds line breaks of a quoted scalar's raw text into spaces (blank lines into newlines).
fn fold_text(s: &str) -> String {
    let mut out = String::new();
    let mut lines = s.split('\n');
    if let Some(first) = lines.next() {
        out.push_str(first.trim_end());
    }
    let rest: Vec<(usize, &str)> = lines.map(|l| (0, l)).collect();
    if !rest.is_empty() {
        let mut tail = String::new();
        fold_more(&mut tail, &rest);
        if !tail.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&tail);
        }
    }
    out
}

/// Scans a quoted scalar whose opening quote was already consumed. Returns the value and the byte
/// index just after the closing quote, or `None` when it never closes.
fn scan_quoted(s: &str, q: char) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut chars = s.char_indices().peekable();
    let mut pending_break = false;
    let mut blank_lines = 0;
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            while out.ends_with([' ', '\t']) {
                out.pop();
            }
            if pending_break {
                blank_lines += 1;
            }
            pending_break = true;
            while chars.peek().is_some_and(|&(_, c)| c == ' ' || c == '\t') {
                chars.next();
            }
            continue;
        }
        if pending_break {
            if blank_lines > 0 {
                out.push_str(&"\n".repeat(blank_lines));
            } else {
                out.push(' ');
            }
            pending_break = false;
            blank_lines = 0;
        }
        if c == q {
            if q == '\'' && chars.peek().is_some_and(|&(_, c)| c == '\'') {
                chars.next();
                out.push('\'');
                continue;
            }
            return Some((out, i + c.len_utf8()));
        }
        if q == '"' && c == '\\' {
            let (_, e) = chars.next()?;
            match e {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                '0' => out.push('\0'),
                '\n' => {
                    while chars.peek().is_some_and(|&(_, c)| c == ' ' || c == '\t') {
                        chars.next();
                    }
                }
                'x' | 'u' | 'U' => {
                    let len = match e {
                        'x' => 2,
                        'u' => 4,
                        _ => 8,
                    };
                    let mut hex = String::new();
                    for _ in 0..len {
                        if let Some(&(_, h)) = chars.peek() {
                            if h.is_ascii_hexdigit() {
                                hex.push(h);
                                chars.next();
                            }
                        }
                    }
                    match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                        Some(ch) if !hex.is_empty() => out.push(ch),
                        _ => {
                            out.push('\\');
                            out.push(e);
                            out.push_str(&hex);
                        }
                    }
                }
                other => out.push(other),
            }
            continue;
        }
        out.push(c);
    }
    None
}

fn as_bool(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "on" => Some(true),
        "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

fn typed(entries: Vec<Entry<'_>>, findings: &mut Vec<Finding>) -> FrontMatter {
    let mut fm = FrontMatter::default();
    for e in &entries {
        if let Some(first) = fm.lines.get(e.key) {
            findings.push(Finding::warning(
                e.line,
                format!(
                    "duplicate key `{}` (first on line {first}); this one is used",
                    e.key
                ),
            ));
        }
        fm.lines.insert(e.key.to_string(), e.line);
        let known = matches!(
            e.key,
            "title"
                | "description"
                | "translationKey"
                | "leverId"
                | "layout"
                | "type"
                | "archived"
                | "linkHidden"
                | "formHidden"
                | "hidden"
                | "draft"
                | "date"
                | "expiryDate"
        );
        if !known {
            continue; // unknown keys are ignored without noise
        }
        let value = match value_of(e, findings) {
            Ok(v) => v,
            Err(f) => {
                findings.push(f);
                continue;
            }
        };
        let text = match value {
            Value::Str(s) => s,
            Value::Nested => {
                findings.push(Finding::warning(
                    e.line,
                    format!("`{}` should be a single value; ignored", e.key),
                ));
                continue;
            }
        };
        let is_null = matches!(text.trim(), "" | "~" | "null");
        let string = || {
            if is_null {
                None
            } else {
                Some(text.trim().to_string())
            }
        };
        match e.key {
            "title" => fm.title = string(),
            "description" => fm.description = string(),
            "translationKey" => fm.translation_key = string(),
            "leverId" => fm.lever_id = string().filter(|s| s != "null"),
            "layout" => fm.layout = string(),
            "type" => fm.kind = string(),
            "date" | "expiryDate" => {
                let day = string().and_then(|value| match timestamp::calendar_day(&value) {
                    Ok(day) => Some(day),
                    Err(why) => {
                        findings.push(Finding::warning(
                            e.line,
                            format!(
                                "`{}: {}` is {why}; ignored (write the day as YYYY-MM-DD, for example 2026-11-22)",
                                e.key,
                                shorten(&value)
                            ),
                        ));
                        None
                    }
                });
                if e.key == "date" {
                    fm.date = day;
                } else {
                    fm.expiry_date = day;
                }
            }
            flag => {
                let b = if is_null {
                    None
                } else {
                    let b = as_bool(&text);
                    if b.is_none() {
                        findings.push(Finding::warning(
                            e.line,
                            format!(
                                "`{flag}: {}` is not true or false; ignored",
                                shorten(text.trim())
                            ),
                        ));
                    }
                    b
                };
                match flag {
                    "archived" => fm.archived = b,
                    "linkHidden" => fm.link_hidden = b,
                    "formHidden" => fm.form_hidden = b,
                    "hidden" => fm.hidden = b,
                    _ => fm.draft = b,
                }
            }
        }
    }
    fm
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fm(text: &str) -> (FrontMatter, Vec<Finding>) {
        let p = parse(text).expect("parses");
        (p.front.expect("has front matter"), p.findings)
    }

    #[test]
    fn reads_plain_quoted_and_boolean_values() {
        let (f, w) = fm("---\ntitle: \"Chief of Staff\"\nleverId: abc-123\narchived: true\nlinkHidden: false\ntranslationKey: 'cos'\n---\nbody\n");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(f.title.as_deref(), Some("Chief of Staff"));
        assert_eq!(f.lever_id.as_deref(), Some("abc-123"));
        assert_eq!(f.translation_key.as_deref(), Some("cos"));
        assert_eq!(f.archived, Some(true));
        assert_eq!(f.link_hidden, Some(false));
        assert_eq!(f.lines["archived"], 4);
    }

    #[test]
    fn body_starts_after_the_closing_line() {
        let p = parse("---\ntitle: x\n---\n# Hi\n").unwrap();
        assert_eq!(p.body, "# Hi\n");
        assert_eq!(p.body_line, 4);
    }

    #[test]
    fn folds_block_scalars() {
        let (f, _) = fm("---\ndescription: >-\n  one two\n  three\n\n  four\ntitle: T\n---\n");
        assert_eq!(f.description.as_deref(), Some("one two three\nfour"));
        let (f, _) = fm("---\ndescription: |\n  a\n  b\n---\n");
        assert_eq!(f.description.as_deref(), Some("a\nb"));
    }

    #[test]
    fn folds_multi_line_double_quoted_values() {
        let (f, w) = fm(
            "---\ndescription: \"As the team, we are\n  the builders. \"\narchived: true\n---\n",
        );
        assert!(w.is_empty());
        assert_eq!(
            f.description.as_deref(),
            Some("As the team, we are the builders.")
        );
        assert_eq!(f.archived, Some(true));
    }

    #[test]
    fn single_quote_escapes_and_double_quote_escapes() {
        let (f, _) = fm("---\ntitle: 'It''s here'\ndescription: \"a \\\"b\\\" \\u00e9\"\n---\n");
        assert_eq!(f.title.as_deref(), Some("It's here"));
        assert_eq!(f.description.as_deref(), Some("a \"b\" é"));
    }

    #[test]
    fn repairs_an_apostrophe_inside_a_single_quoted_title() {
        let (f, w) = fm("---\ntitle: 'Director's Office Lead'\n---\n");
        assert_eq!(f.title.as_deref(), Some("Director's Office Lead"));
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, 2);
        assert!(w[0].message.contains("apostrophe"), "{}", w[0].message);
    }

    #[test]
    fn repairs_a_stray_unindented_line_in_a_folded_description() {
        let (f, w) = fm("---\ndescription: >-\n  We are hiring\na great person.\ntitle: T\n---\n");
        assert_eq!(
            f.description.as_deref(),
            Some("We are hiring a great person.")
        );
        assert_eq!(f.title.as_deref(), Some("T"));
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, 4);
    }

    #[test]
    fn an_unclosed_quote_is_an_error_naming_the_line() {
        let p = parse("---\nlayout: x\ntitle: 'Never closed\ndraft: false\n---\n").unwrap();
        let errs: Vec<_> = p
            .findings
            .iter()
            .filter(|f| f.severity == crate::report::Severity::Error)
            .collect();
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].line, 3);
        assert!(p.front.unwrap().title.is_none());
    }

    #[test]
    fn a_list_is_not_front_matter() {
        let e = parse("---\n- a\n- b\n---\n").unwrap_err();
        assert_eq!(e[0].line, 2);
        assert!(e[0].message.contains("list"));
    }

    #[test]
    fn never_closed_front_matter_is_an_error() {
        let e = parse("---\ntitle: x\n").unwrap_err();
        assert_eq!(e[0].line, 1);
    }

    #[test]
    fn a_stray_line_inside_an_open_quote_is_read_with_a_warning() {
        let (f, w) = fm("---\ndescription: 'We are\nhiring.'\n---\n");
        assert_eq!(f.description.as_deref(), Some("We are hiring."));
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, 3);
    }

    #[test]
    fn a_stray_line_after_a_plain_value_is_an_error() {
        let e = parse("---\ntitle: Dev\nand more\n---\n").unwrap_err();
        assert_eq!(e.last().unwrap().line, 3);
    }

    #[test]
    fn garbage_line_is_an_error_naming_it() {
        let e = parse("---\ntitle: x\n: what\n---\n").unwrap_err();
        assert!(
            e.iter()
                .any(|f| f.line == 3 && f.severity == crate::report::Severity::Error),
            "{e:?}"
        );
    }

    #[test]
    fn unknown_keys_and_lists_are_ignored_quietly() {
        let (f, w) = fm("---\naliases:\n  - /a/\n  - /b/\nurl: [/x/]\nfoo: bar\ntitle: T\n---\n");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(f.title.as_deref(), Some("T"));
    }

    #[test]
    fn no_front_matter_is_not_an_error_here() {
        let p = parse("# Just a body").unwrap();
        assert!(p.front.is_none());
        assert_eq!(p.body, "# Just a body");
    }

    #[test]
    fn a_non_boolean_flag_is_a_warning() {
        let (f, w) = fm("---\narchived: maybe\n---\n");
        assert_eq!(f.archived, None);
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn null_lever_id_is_absent() {
        let (f, _) = fm("---\nleverId: null\n---\n");
        assert_eq!(f.lever_id, None);
    }

    #[test]
    fn reads_dates_quoted_or_not_keeping_the_day_written() {
        let (f, w) = fm("---\ndate: 2026-11-22T09:30:00-05:00\nexpiryDate: '2026-12-18'\n---\n");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(f.date.as_deref(), Some("2026-11-22"));
        assert_eq!(f.expiry_date.as_deref(), Some("2026-12-18"));
        let (f, _) = fm("---\ndate: \"2026-11-22 23:30:00\" # evening\n---\n");
        assert_eq!(f.date.as_deref(), Some("2026-11-22"));
        let (f, w) = fm("---\ndate: 2026-11-22 # posted\nexpiryDate: null\n---\n");
        assert_eq!(
            (f.date.as_deref(), f.expiry_date),
            (Some("2026-11-22"), None)
        );
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn a_malformed_date_is_a_warning_naming_its_line_and_is_ignored() {
        let (f, w) = fm("---\ntitle: T\ndate: 2026-02-30\nexpiryDate: next Friday\n---\n");
        assert_eq!((f.date, f.expiry_date), (None, None));
        assert_eq!(w.len(), 2, "{w:?}");
        assert_eq!((w[0].line, w[1].line), (3, 4));
        assert!(w
            .iter()
            .all(|w| w.severity == crate::report::Severity::Warning));
        assert!(
            w[0].message
                .starts_with("`date: 2026-02-30` is not a real date"),
            "{}",
            w[0].message
        );
        assert!(
            w[1].message
                .starts_with("`expiryDate: next Friday` is not a date"),
            "{}",
            w[1].message
        );
        let (f, w) = fm("---\ndate:\n  - 2026-11-22\n---\n");
        assert_eq!(f.date, None);
        assert!(w[0].message.contains("single value"), "{w:?}");
    }

    #[test]
    fn comments_are_stripped_from_plain_values() {
        let (f, _) = fm("---\n# a comment\ndraft: true # not yet\n---\n");
        assert_eq!(f.draft, Some(true));
    }
}
