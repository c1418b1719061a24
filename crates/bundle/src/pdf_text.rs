//! Position descriptions extracted from PDFs as plain text (seed 004).
//!
//! The text is one long line per page, with OCR noise: `EX-OI` for `EX-01`, `I5` for `15`, a footer
//! `March I8, 2OI9` at the end of every page and a header `Director, Engagement 2` (title and page
//! number) at the start of the next. This module removes the page furniture, mends the OCR digits,
//! reads the fields (`POSITION TITLE:`, `ORGANIZATION:`, `REPORTS TO:`, `LEVEL:` …), splits the text
//! into sections at its upper-case headings, and turns numbered accountabilities into an ordered list.

use crate::report::Finding;
use careers_core::messages::{MONTHS_EN, MONTHS_FR};
use careers_core::model::{Block, Inline};

/// Whether a `.txt` body is PDF-extracted text rather than Markdown.
pub fn looks_like(body: &str) -> bool {
    body.contains("POSITION TITLE:")
}

/// What was read from a position description.
#[derive(Debug, Clone, Default)]
pub struct PositionDescription {
    pub title: Option<String>,
    /// The mended classification code from `LEVEL:` (`EX-01`).
    pub classification: Option<String>,
    pub body: Vec<Block>,
    pub findings: Vec<Finding>,
}

/// The fields of the header block, in the order they appear, with their display labels.
const FIELDS: [(&str, &str); 8] = [
    ("POSITION TITLE:", "Position title"),
    ("ORGANIZATION:", "Organization"),
    ("REPORTS TO:", "Reports to"),
    ("BRANCH:", "Branch"),
    ("DEPARTMENT:", "Department"),
    ("POS. NO.:", "Position number"),
    ("LEVEL:", "Level"),
    ("EFFECTIVE DATE:", "Effective date"),
];

/// Single upper-case words that are headings on their own.
const SINGLE_WORD_HEADINGS: [&str; 5] = [
    "DIMENSIONS",
    "CERTIFICATION",
    "RESPONSIBILITIES",
    "ACCOUNTABILITIES",
    "QUALIFICATIONS",
];

/// Reads a position description. `first_line` is the file line of the text's first line.
pub fn parse(text: &str, first_line: usize) -> PositionDescription {
    let mut pd = PositionDescription::default();
    // Drop the extractor's own banners.
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| {
            let t = l.trim();
            !(t.starts_with("---") && t.ends_with("---"))
        })
        .collect();
    let joined = lines.join("\n");
    let Some(start) = joined.find("POSITION TITLE:") else {
        pd.findings.push(Finding::error(
            first_line,
            "position description without `POSITION TITLE:`",
        ));
        return pd;
    };
    let text = &joined[start..];

    // Fields.
    let mut fields: Vec<(&str, String)> = Vec::new();
    let mut rest_at = 0;
    for (i, (label, shown)) in FIELDS.iter().enumerate() {
        let Some(pos) = text.find(label) else {
            continue;
        };
        let value_start = pos + label.len();
        let next = FIELDS[i + 1..]
            .iter()
            .filter_map(|(l, _)| text[value_start..].find(l))
            .min();
        let value_end = match next {
            Some(n) => value_start + n,
            None => {
                value_start
                    + heading_positions(&text[value_start..])
                        .first()
                        .map(|h| h.0)
                        .unwrap_or(0)
            }
        };
        let value = text[value_start..value_end].trim().to_string();
        rest_at = rest_at.max(value_end);
        fields.push((shown, value));
    }
    let title = fields
        .iter()
        .find(|(l, _)| *l == "Position title")
        .map(|(_, v)| collapse(v));
    pd.title = title.clone().filter(|t| !t.is_empty());
    if let Some((_, level)) = fields.iter().find(|(l, _)| *l == "Level") {
        pd.classification = mend_classification(level);
        if pd.classification.is_none() {
            pd.findings.push(Finding::warning(
                first_line,
                format!("cannot read a classification in `LEVEL: {level}`"),
            ));
        }
    }

    // Page furniture, then OCR digits.
    let mut body_text = remove_furniture(&text[rest_at..], pd.title.as_deref().unwrap_or(""));
    body_text = mend_text(&body_text);

    // Field list first.
    let items: Vec<Vec<Block>> = fields
        .iter()
        .filter(|(l, v)| *l != "Position title" && !v.is_empty())
        .map(|(l, v)| {
            let v = if *l == "Level" {
                mend_text(v)
            } else {
                v.clone()
            };
            vec![Block::Paragraph(vec![
                Inline::Strong(vec![text_inline(&format!("{l}:"))]),
                text_inline(&format!(" {}", collapse(&v))),
            ])]
        })
        .collect();
    if !items.is_empty() {
        pd.body.push(Block::List {
            ordered: false,
            items,
        });
    }

    // Sections.
    let heads = heading_positions(&body_text);
    let before = &body_text[..heads.first().map(|h| h.0).unwrap_or(body_text.len())];
    pd.body.extend(section_blocks(before));
    for (i, (pos, len)) in heads.iter().enumerate() {
        let end = heads.get(i + 1).map(|h| h.0).unwrap_or(body_text.len());
        let heading = sentence_case(&body_text[*pos..pos + len]);
        pd.body.push(Block::Heading {
            level: 1,
            text: vec![text_inline(&heading)],
        });
        pd.body.extend(section_blocks(&body_text[pos + len..end]));
    }
    pd
}

fn text_inline(s: &str) -> Inline {
    Inline::Text(s.to_string())
}

fn collapse(s: &str) -> String {
    crate::markdown::collapse(s).trim().to_string()
}

/// Mends OCR letters in a classification: `EX-OI(P)` → `EX-01`, `CS-O5` → `CS-05`.
pub fn mend_classification(s: &str) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    for i in 0..chars.len() {
        if i + 3 > chars.len() {
            break;
        }
        let group_ok = chars[i].is_ascii_uppercase()
            && chars.get(i + 1).is_some_and(|c| c.is_ascii_uppercase())
            && chars.get(i + 2) == Some(&'-')
            && (i == 0 || !chars[i - 1].is_ascii_alphanumeric());
        if !group_ok {
            continue;
        }
        let digits: String = chars[i + 3..]
            .iter()
            .take_while(|c| matches!(c, '0'..='9' | 'O' | 'o' | 'I' | 'l'))
            .collect();
        let after = chars.get(i + 3 + digits.chars().count());
        if digits.is_empty()
            || digits.chars().count() > 2
            || after.is_some_and(|c| c.is_ascii_alphanumeric())
        {
            continue;
        }
        let n: String = digits.chars().map(ocr_digit).collect();
        let n: u32 = n.parse().ok()?;
        return Some(format!("{}{}-{:02}", chars[i], chars[i + 1], n));
    }
    None
}

fn ocr_digit(c: char) -> char {
    match c {
        'O' | 'o' => '0',
        'I' | 'l' => '1',
        c => c,
    }
}

/// Mends OCR digits in running text: classification codes (`CS-O5` → `CS-05`), words made of
/// digits and digit-like letters that contain at least one real digit (`I5` → `15`,
/// `2OI9` → `2019`), and amounts (`$IM` → `$1M`); and the apostrophes the extraction lost, a
/// lone `s` after a word (`Canadian Digital Service s (CDS)` → `Service’s (CDS)`).
pub fn mend_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, word) in s.split(' ').enumerate() {
        if word == "s" && out.ends_with(|c: char| c.is_alphabetic()) {
            out.push_str("\u{2019}s");
            continue;
        }
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&mend_word(word));
    }
    out
}

fn mend_word(word: &str) -> String {
    // Keep leading and trailing punctuation.
    let core_start = word
        .find(|c: char| c.is_alphanumeric() || c == '$')
        .unwrap_or(word.len());
    let core_end = word
        .char_indices()
        .rfind(|&(_, c)| c.is_alphanumeric())
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(core_start)
        .max(core_start);
    let (pre, core, post) = (
        &word[..core_start],
        &word[core_start..core_end],
        &word[core_end..],
    );
    let digit_like = |c: char| c.is_ascii_digit() || matches!(c, 'I' | 'O' | 'l');
    let mended = if let Some(amount) = core.strip_prefix('$') {
        // `$IM` → `$1M`, `$2.5M` unchanged.
        let (num, unit) = amount.split_at(
            amount
                .find(|c: char| !digit_like(c) && c != '.' && c != ',')
                .unwrap_or(amount.len()),
        );
        if !num.is_empty() && matches!(unit, "" | "K" | "M" | "B") {
            format!("${}{unit}", num.chars().map(ocr_digit).collect::<String>())
        } else {
            core.to_string()
        }
    } else if !core.is_empty()
        && core.chars().all(digit_like)
        && core.chars().any(|c| c.is_ascii_digit())
    {
        core.chars().map(ocr_digit).collect()
    } else if core.len() >= 4 && core.as_bytes()[2] == b'-' && core.is_char_boundary(3) {
        let digits = core[3..].chars().take_while(|&c| digit_like(c)).count();
        let after = core[3 + digits..].chars().next();
        match mend_classification(core) {
            Some(code)
                if (1..=2).contains(&digits) && !after.is_some_and(|c| c.is_alphanumeric()) =>
            {
                format!("{code}{}", &core[3 + digits..])
            }
            _ => core.to_string(),
        }
    } else {
        core.to_string()
    };
    format!("{pre}{mended}{post}")
}

/// Removes page footers (`March I8, 2OI9`) and running headers (`Director, Engagement 2`).
fn remove_furniture(text: &str, title: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split('\n').enumerate() {
        let mut line = line.trim();
        // A running header starts every page after the first: the title and a page number.
        if n > 0 && !title.is_empty() {
            if let Some(rest) = line.strip_prefix(title) {
                let rest = rest.trim_start();
                let digits = rest
                    .find(|c: char| !c.is_ascii_digit() && !matches!(c, 'I' | 'O' | 'l'))
                    .unwrap_or(rest.len());
                if digits > 0 && (rest[digits..].starts_with(' ') || digits == rest.len()) {
                    line = rest[digits..].trim_start();
                }
            }
        }
        let line = remove_dates(line);
        if !out.is_empty() && !line.is_empty() {
            out.push(' ');
        }
        out.push_str(line.trim());
    }
    out
}

/// Removes footer dates at the end of a page line: `Month D, YYYY` with OCR digits.
fn remove_dates(line: &str) -> String {
    let mut line = line.to_string();
    for month in MONTHS_EN.iter().chain(MONTHS_FR.iter()) {
        while let Some(pos) = line.rfind(month) {
            let after = &line[pos + month.len()..];
            let date_len = date_tail_len(after);
            match date_len {
                Some(len) if after[len..].trim().is_empty() => {
                    line.truncate(pos);
                    line = line.trim_end().to_string();
                }
                _ => break,
            }
        }
    }
    line
}

/// Length of ` D, YYYY` (digits possibly OCR letters) at the start of `s`.
fn date_tail_len(s: &str) -> Option<usize> {
    let is_d = |c: char| c.is_ascii_digit() || matches!(c, 'I' | 'O' | 'l');
    let b: Vec<char> = s.chars().collect();
    let mut i = 0;
    if b.first() != Some(&' ') {
        return None;
    }
    i += 1;
    let d0 = i;
    while i < b.len() && is_d(b[i]) {
        i += 1;
    }
    if i == d0 || i - d0 > 2 {
        return None;
    }
    if b.get(i) == Some(&',') {
        i += 1;
    }
    if b.get(i) != Some(&' ') {
        return None;
    }
    i += 1;
    let y0 = i;
    while i < b.len() && is_d(b[i]) {
        i += 1;
    }
    if i - y0 != 4 {
        return None;
    }
    Some(b[..i].iter().map(|c| c.len_utf8()).sum())
}

/// Positions and lengths of upper-case headings: two or more upper-case words (one being at
/// least 5 letters long), or one of [`SINGLE_WORD_HEADINGS`].
fn heading_positions(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let words: Vec<(usize, &str)> = text
        .split(' ')
        .scan(0usize, |pos, w| {
            let start = *pos;
            *pos += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let is_upper_word = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
    let mut i = 0;
    while i < words.len() {
        if !is_upper_word(words[i].1) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < words.len() && is_upper_word(words[j].1) {
            j += 1;
        }
        let mut run = &words[i..j];
        // A short upper-case word before a heading is a value (`TBD`) or an acronym, not part of it.
        while run.len() > 1 && run[0].1.len() <= 3 {
            run = &run[1..];
        }
        let long = run.iter().any(|(_, w)| w.len() >= 5);
        let is_heading = (run.len() >= 2 && long)
            || (run.len() == 1 && SINGLE_WORD_HEADINGS.contains(&run[0].1));
        if is_heading {
            let start = run[0].0;
            let (last_pos, last) = run[run.len() - 1];
            out.push((start, last_pos + last.len() - start));
        }
        i = j;
    }
    out
}

fn sentence_case(s: &str) -> String {
    let lower = s.trim().to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The blocks of one section: paragraphs, with numbered items (`1.` … or OCR `I.`) as an
/// ordered list and OCR bullets (`@`, `e`, `•` after `:` or `;`) as an unordered list.
fn section_blocks(text: &str) -> Vec<Block> {
    let text = text.trim();
    if text.is_empty() {
        return Vec::new();
    }
    let markers = numbered_markers(text);
    if markers.len() >= 2 {
        let mut blocks = paragraphs(&text[..markers[0].0]);
        let mut items = Vec::new();
        let mut tail = "";
        for (k, &(pos, len)) in markers.iter().enumerate() {
            let end = markers.get(k + 1).map(|m| m.0).unwrap_or(text.len());
            let mut item = text[pos + len..end].trim();
            if k + 1 == markers.len() {
                // The last item ends at its first full stop followed by a new sentence.
                if let Some(stop) = item
                    .find(". ")
                    .filter(|&s| item[s + 2..].starts_with(|c: char| c.is_uppercase()))
                {
                    tail = &item[stop + 2..];
                    item = &item[..=stop];
                }
            }
            items.push(vec![Block::Paragraph(vec![text_inline(item)])]);
        }
        blocks.push(Block::List {
            ordered: true,
            items,
        });
        blocks.extend(paragraphs(tail));
        return blocks;
    }
    paragraphs(text)
}

fn paragraphs(text: &str) -> Vec<Block> {
    let text = text.trim();
    if text.is_empty() {
        return Vec::new();
    }
    // OCR bullets: `: @ Item; e Item; e Item.`
    let bullets = bullet_markers(text);
    if bullets.len() >= 2 {
        let mut blocks = vec![Block::Paragraph(vec![text_inline(
            text[..bullets[0].0].trim(),
        )])];
        let mut items = Vec::new();
        for (k, &(pos, len)) in bullets.iter().enumerate() {
            let end = bullets.get(k + 1).map(|m| m.0).unwrap_or(text.len());
            items.push(vec![Block::Paragraph(vec![text_inline(
                text[pos + len..end].trim(),
            )])]);
        }
        blocks.retain(|b| !matches!(b, Block::Paragraph(p) if p.iter().all(|i| matches!(i, Inline::Text(t) if t.is_empty()))));
        blocks.push(Block::List {
            ordered: false,
            items,
        });
        return blocks;
    }
    vec![Block::Paragraph(vec![text_inline(text)])]
}

/// Markers `N. ` (with `I.` read as 1) numbered 1, 2, 3 … in order; position and length.
fn numbered_markers(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut expected = 1u32;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let at_word_start = i == 0 || bytes[i - 1] == b' ';
        if at_word_start {
            let num_end = text[i..]
                .find(|c: char| !(c.is_ascii_digit() || c == 'I' || c == 'l'))
                .map(|e| i + e)
                .unwrap_or(bytes.len());
            if num_end > i && num_end - i <= 2 && text[num_end..].starts_with(". ") {
                let n: String = text[i..num_end].chars().map(ocr_digit).collect();
                if n.parse::<u32>().ok() == Some(expected)
                    && text[num_end + 2..].starts_with(|c: char| c.is_uppercase())
                {
                    out.push((i, num_end + 2 - i));
                    expected += 1;
                    i = num_end + 2;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// OCR bullets: ` @ `, ` e `, ` • `, ` o ` right after `:` or `;` and before an upper-case letter.
fn bullet_markers(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for sep in [": ", "; "] {
        for (pos, _) in text.match_indices(sep) {
            let after = &text[pos + 2..];
            for mark in ["@ ", "e ", "• ", "o "] {
                if after.starts_with(mark)
                    && after[mark.len()..].starts_with(|c: char| c.is_uppercase())
                {
                    out.push((pos + 1, 1 + mark.len()));
                }
            }
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mends_classifications() {
        assert_eq!(mend_classification("EX-OI(P)").as_deref(), Some("EX-01"));
        assert_eq!(mend_classification("CS-O5").as_deref(), Some("CS-05"));
        assert_eq!(
            mend_classification("AS-O7 equivalent").as_deref(),
            Some("AS-07")
        );
        assert_eq!(mend_classification("EC-6").as_deref(), Some("EC-06"));
        assert_eq!(mend_classification("TBD"), None);
        assert_eq!(mend_classification("COVID-19A"), None);
    }

    #[test]
    fn mends_digits_where_a_number_is_meant() {
        assert_eq!(
            mend_text("FTEs: I5 Budget: $IM, (EX-O3); I went"),
            "FTEs: 15 Budget: $1M, (EX-03); I went"
        );
        assert_eq!(mend_text("March I8, 2OI9"), "March 18, 2019");
        assert_eq!(
            mend_text("the Canadian Digital Service s (CDS) mandate"),
            "the Canadian Digital Service\u{2019}s (CDS) mandate"
        );
        // A lone `s` with no word before it stays.
        assert_eq!(mend_text("s and (s) and 4 s"), "s and (s) and 4 s");
        assert_eq!(mend_text("OIL and IO"), "OIL and IO");
    }

    #[test]
    fn words_ending_in_an_accented_letter_are_kept_whole() {
        assert_eq!(
            mend_text("Comité, José et «\u{a0}qualité\u{a0}» : I5 postes"),
            "Comité, José et «\u{a0}qualité\u{a0}» : 15 postes"
        );
    }

    #[test]
    fn removes_footers_and_running_headers() {
        let t = remove_furniture(
            "intended. March I8, 2OI9\nDirector, Engagement 2 Consulting Team works",
            "Director, Engagement",
        );
        assert_eq!(t, "intended. Consulting Team works");
    }

    #[test]
    fn finds_upper_case_headings() {
        let t = "TBD GENERAL ACCOUNTABILITY The D/E (CDS) is. DIMENSIONS FTEs CEO/CDS TBS";
        let h: Vec<&str> = heading_positions(t)
            .iter()
            .map(|&(p, l)| &t[p..p + l])
            .collect();
        assert_eq!(h, vec!["GENERAL ACCOUNTABILITY", "DIMENSIONS"]);
    }

    #[test]
    fn numbered_accountabilities_become_an_ordered_list() {
        let b = section_blocks("The Director is accountable for: I. Leading it; 2. Recommending; 3. Managing the GC. The incumbent is a member.");
        assert_eq!(b.len(), 3, "{b:?}");
        match &b[1] {
            Block::List {
                ordered: true,
                items,
            } => {
                assert_eq!(items.len(), 3);
                assert_eq!(
                    items[0],
                    vec![Block::Paragraph(vec![text_inline("Leading it;")])]
                );
                assert_eq!(
                    items[2],
                    vec![Block::Paragraph(vec![text_inline("Managing the GC.")])]
                );
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            b[2],
            Block::Paragraph(vec![text_inline("The incumbent is a member.")])
        );
    }

    #[test]
    fn reads_fields_and_sections() {
        let text = "--- Full Extracted Text ---\nDirector, X | EXECUTIVE GROUP POSITION DESCRIPTION POSITION TITLE: Director, X ORGANIZATION: X Division REPORTS TO: Chief Executive Officer LEVEL: EX-OI(P) EFFECTIVE DATE: TBD GENERAL ACCOUNTABILITY The Director leads. March I8, 2OI9\nDirector, X 2 More text. NATURE AND SCOPE Scope text.";
        let pd = parse(text, 5);
        assert_eq!(pd.title.as_deref(), Some("Director, X"));
        assert_eq!(pd.classification.as_deref(), Some("EX-01"));
        let headings: Vec<String> = pd
            .body
            .iter()
            .filter_map(|b| match b {
                Block::Heading { text, .. } => Some(careers_core::text::inline_text(text)),
                _ => None,
            })
            .collect();
        assert_eq!(headings, vec!["General accountability", "Nature and scope"]);
        let all = crate::markdown::blocks_text(&pd.body);
        assert!(all.contains("Organization: X Division"), "{all}");
        assert!(all.contains("Reports to: Chief Executive Officer"), "{all}");
        assert!(all.contains("Level: EX-01(P)"), "{all}");
        assert!(all.contains("The Director leads. More text."), "{all}");
        assert!(!all.contains("March"), "{all}");
        assert!(!all.contains("2OI9"), "{all}");
    }
}
