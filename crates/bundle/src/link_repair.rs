//! Repairs Markdown links broken by a space between `]` and `(`, as in
//! `[CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca] (mailto:CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca)`,
//! which Markdown reads as text and a reader would see raw. Only where the parenthesis holds one
//! address with no space (`http://`, `https://`, `mailto:` or a site path `/…`), after a `[…]` on
//! the same line: text in brackets followed by a remark in parentheses is left alone.

use std::borrow::Cow;

/// One repair: the line (0-based within the text) and the link's target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    pub line: usize,
    pub target: String,
}

/// `text` with every broken link joined up, and what was repaired.
pub fn repair(text: &str) -> (Cow<'_, str>, Vec<Repair>) {
    if !text.contains("] ") && !text.contains("]\t") {
        return (Cow::Borrowed(text), Vec::new());
    }
    let mut repairs = Vec::new();
    let mut out = String::with_capacity(text.len());
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let mut rest = line;
        while let Some((before, target, after)) = broken_link(rest) {
            out.push_str(before);
            repairs.push(Repair {
                line: index,
                target: target.to_owned(),
            });
            rest = after;
        }
        out.push_str(rest);
    }
    if repairs.is_empty() {
        (Cow::Borrowed(text), repairs)
    } else {
        (Cow::Owned(out), repairs)
    }
}

/// The first broken link of `line`: the text up to and including `]`, the target, and the rest
/// from `(` on (the gap between them is what is left out).
fn broken_link(line: &str) -> Option<(&str, &str, &str)> {
    let mut from = 0;
    while let Some(found) = line[from..].find(']') {
        let close = from + found;
        from = close + 1;
        let after = &line[close + 1..];
        let gap_len = after.len() - after.trim_start_matches([' ', '\t']).len();
        let paren = &after[gap_len..];
        if gap_len == 0 || !paren.starts_with('(') || !line[..close].contains('[') {
            continue;
        }
        let Some(end) = paren.find(')') else {
            continue;
        };
        let target = &paren[1..end];
        let address = ["http://", "https://", "mailto:", "/"]
            .iter()
            .any(|scheme| target.starts_with(scheme));
        if address && !target.chars().any(char::is_whitespace) && target.len() > 1 {
            return Some((&line[..=close], target, paren));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_a_link_broken_by_a_space() {
        let text = "Intro\nEmail us at [us@example.gc.ca] (mailto:us@example.gc.ca) today.\n";
        let (fixed, repairs) = repair(text);
        assert_eq!(
            fixed,
            "Intro\nEmail us at [us@example.gc.ca](mailto:us@example.gc.ca) today.\n"
        );
        assert_eq!(
            repairs,
            [Repair {
                line: 1,
                target: "mailto:us@example.gc.ca".into()
            }]
        );
    }

    #[test]
    fn joins_every_broken_link_of_a_line_and_site_paths() {
        let (fixed, repairs) = repair("[a]  (https://a.ca) and [b]\t(/emplois/)");
        assert_eq!(fixed, "[a](https://a.ca) and [b](/emplois/)");
        assert_eq!(repairs.len(), 2);
    }

    #[test]
    fn leaves_text_that_is_not_a_broken_link() {
        for text in [
            "[a](https://a.ca) is fine",
            "a note [sic] (really) in brackets",
            "a stray ] (https://a.ca) with no opening bracket",
            "[a] (https://a.ca with a space)",
            "[a] (/)",
            "no brackets (https://a.ca)",
        ] {
            let (fixed, repairs) = repair(text);
            assert_eq!(fixed, text);
            assert!(repairs.is_empty(), "{text}");
        }
    }
}
