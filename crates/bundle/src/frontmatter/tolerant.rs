//! The tolerant reader of the YAML subset editors write, for the front matter the YAML library
//! refuses: `key: value` at column 0, plain, `'single'` and `"double"` quoted scalars (also over
//! several lines), `>`/`>-`/`|`/`|-` block scalars, comments, and nested values or lists, which are
//! accepted and ignored. Editors' usual breakages are repaired with a warning when the intent is
//! unambiguous (an apostrophe inside a single-quoted value that still ends with a quote, an
//! unindented line inside a multi-line value); anything else is an error naming the line.

use super::{shorten, Value};
use crate::report::Finding;

/// One `key: value` with its continuation lines.
pub(super) struct Entry<'a> {
    pub key: &'a str,
    pub line: usize,
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

pub(super) fn read_entries<'a>(
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

/// Reads one entry's value.
pub(super) fn value_of(e: &Entry<'_>, findings: &mut Vec<Finding>) -> Result<Value, Finding> {
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
    // Indentation is spaces and tabs, counted in bytes: a no-break space starts the text (and
    // counting it as indentation would cut the text inside its two bytes).
    let lead = |l: &str| l.len() - l.trim_start_matches([' ', '\t']).len();
    let indent = e
        .more
        .iter()
        .map(|(_, l)| *l)
        .find(|l| !l.trim().is_empty())
        .map(lead)
        .unwrap_or(0);
    let body: Vec<&str> = e
        .more
        .iter()
        .map(|(_, l)| {
            if lead(l) >= indent {
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
