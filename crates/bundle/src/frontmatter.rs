//! The front matter of a posting: read with a YAML library (`serde_norway`), and, where the
//! library refuses it (editors' usual breakages: an apostrophe inside a single-quoted value, an
//! unindented line inside a multi-line value, a key given twice), with the tolerant reader of
//! [`tolerant`], which repairs what is unambiguous with a warning naming the line and reports the
//! rest as errors. Either way the keys the bundler knows are then given their types here. Lines
//! are 1-based line numbers of the whole file.

use crate::report::Finding;
use crate::timestamp;
use std::collections::BTreeMap;

mod tolerant;

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
    let items = match by_library(&fm_lines) {
        Some(items) => items,
        None => {
            let entries = tolerant::read_entries(&fm_lines, &mut findings)?;
            entries
                .iter()
                .map(|e| {
                    let value = tolerant::value_of(e, &mut findings);
                    (e.key.to_string(), e.line, value)
                })
                .collect()
        }
    };
    let front = typed(items, &mut findings);
    Ok(Parsed {
        front: Some(front),
        body: &text[body_start..],
        body_line: close_line + 1,
        findings,
    })
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

fn as_bool(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "on" => Some(true),
        "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// A key and its line, as [`typed`] reports them.
struct Key<'a> {
    key: &'a str,
    line: usize,
}

/// One key as read: its name, its line, and its value or why it has none.
type Item = (String, usize, Result<Value, Finding>);

/// The front matter's keys as the YAML library reads them, in order, with the line of each; `None`
/// when the library refuses the text (or it is not a mapping), for the tolerant reader to try.
fn by_library(lines: &[&str]) -> Option<Vec<Item>> {
    let yaml = lines.join("\n");
    let mapping = match serde_norway::from_str::<serde_norway::Value>(&yaml).ok()? {
        serde_norway::Value::Mapping(m) => m,
        serde_norway::Value::Null => serde_norway::Mapping::new(),
        _ => return None,
    };
    let mut items = Vec::new();
    for (key, value) in mapping {
        let serde_norway::Value::String(key) = key else {
            return None;
        };
        // The key's line: the first line starting with it at column 0 (line 1 is `---`).
        let line = lines
            .iter()
            .position(|l| {
                l.strip_prefix(key.as_str())
                    .is_some_and(|rest| rest.trim_start().starts_with(':'))
            })
            .map_or(1, |i| i + 2);
        let value = match value {
            serde_norway::Value::Null => Value::Str(String::new()),
            serde_norway::Value::Bool(b) => Value::Str(b.to_string()),
            serde_norway::Value::Number(n) => Value::Str(n.to_string()),
            serde_norway::Value::String(text) => Value::Str(text),
            _ => Value::Nested,
        };
        items.push((key, line, Ok(value)));
    }
    Some(items)
}

fn typed(items: Vec<Item>, findings: &mut Vec<Finding>) -> FrontMatter {
    let mut fm = FrontMatter::default();
    for (key, line, value) in items {
        let e = Key {
            key: key.as_str(),
            line,
        };
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
        let value = match value {
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
    fn a_block_line_starting_with_a_no_break_space_is_read_without_a_panic() {
        // The YAML library refuses it; the tolerant reader once cut the space in two and panicked.
        let (f, _) = fm("---\ndescription: >\n one\n\u{a0}: two\n\u{3000}three\ntitle: T\n---\n");
        assert_eq!(f.description.as_deref(), Some("one : two three"));
        assert_eq!(f.title.as_deref(), Some("T"));
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
    fn a_line_at_column_0_inside_an_open_quote_is_yaml_and_read_as_such() {
        // The YAML library reads a quoted value over lines however they are indented: the value
        // the tolerant reader made of it with a warning, and no warning.
        let (f, w) = fm("---\ndescription: 'We are\nhiring.'\n---\n");
        assert_eq!(f.description.as_deref(), Some("We are hiring."));
        assert!(w.is_empty(), "{w:?}");
    }

    /// Every front matter of the real corpus and the seeds that the library reads, it reads as the
    /// tolerant reader did (the one reader before the library): the same keys, values and lines.
    #[test]
    fn the_library_and_the_tolerant_reader_agree_on_every_corpus_file() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
        let mut files = Vec::new();
        for dir in ["corpus/2019-12", "corpus/2023-06", "seeds"] {
            crate::source::list_files(&root.join(dir))
                .unwrap()
                .into_iter()
                .for_each(|f| files.push(f));
        }
        let (mut read, mut refused) = (0, 0);
        for file in &files {
            let Ok(text) = std::fs::read_to_string(file) else {
                continue;
            };
            let text = text.replace("\r\n", "\n");
            let Some(rest) = text.strip_prefix("---\n") else {
                continue;
            };
            let Some(end) = rest.find("\n---") else {
                continue;
            };
            let lines: Vec<&str> = rest[..end].split('\n').collect();
            let Some(items) = by_library(&lines) else {
                refused += 1;
                continue;
            };
            read += 1;
            let mut findings = Vec::new();
            let Ok(entries) = tolerant::read_entries(&lines, &mut findings) else {
                panic!(
                    "{}: the library reads what the tolerant reader refuses",
                    file.display()
                );
            };
            let tolerant_items = entries
                .iter()
                .map(|e| {
                    let value = tolerant::value_of(e, &mut findings);
                    (e.key.to_string(), e.line, value)
                })
                .collect();
            let mut ignored = Vec::new();
            assert_eq!(
                typed(items, &mut ignored),
                typed(tolerant_items, &mut ignored),
                "{}",
                file.display()
            );
        }
        // Most files are YAML as written; a few need the tolerant reader's repairs.
        assert!(read > 250, "{read} read by the library");
        eprintln!("{read} files read by the library, {refused} by the tolerant reader");
    }

    #[test]
    fn what_the_library_refuses_the_tolerant_reader_repairs_with_a_warning() {
        // A key given twice: YAML refuses it; the tolerant reader keeps the second and says so.
        let (f, w) = fm("---\ntitle: One\ntitle: Two\n---\n");
        assert_eq!(f.title.as_deref(), Some("Two"));
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, 3);
        assert!(w[0].message.contains("duplicate key"));
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
