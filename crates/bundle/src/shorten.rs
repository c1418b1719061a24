//! Text cut short between words: the listing's summaries and the pages' descriptions.

/// At most `max` characters of `text`, the `…` included: its runs of white space made one
/// space, cut between two words when it is longer, and never at a no-break space (French keeps
/// one before `:` and inside « »). The cut leaves at least half of `max` (a first word longer
/// than that is cut inside), and no space or punctuation before the `…`.
pub fn shorten(text: &str, max: usize) -> String {
    let breaks = |c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}');
    let text = text
        .split(breaks)
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if text.chars().count() <= max {
        return text;
    }
    if max == 0 {
        return String::new();
    }
    let room = max.saturating_sub(1);
    let cut: String = text.chars().take(room).collect();
    let between_words = text.chars().nth(room) == Some(' ');
    let kept = match cut.rfind(' ') {
        _ if between_words => cut.as_str(),
        Some(at) if cut[..at].chars().count() >= room / 2 => &cut[..at],
        _ => cut.as_str(),
    };
    let kept = kept.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '-' | '–')
    });
    format!("{kept}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_whole_or_is_cut_between_words() {
        assert_eq!(shorten("a  b\nc", 10), "a b c");
        assert_eq!(shorten("abc def", 7), "abc def");
        assert_eq!(shorten("abc def ghi", 6), "abc…");
        assert_eq!(shorten("one two three four", 12), "one two…");
        assert_eq!(shorten("one two, three", 9), "one two…");
        assert_eq!(shorten("one", 0), "");
        assert_eq!(shorten("one two", 1), "…");
    }

    #[test]
    fn counts_characters_not_bytes() {
        let french = "é".repeat(400);
        assert_eq!(shorten(&french, 160).chars().count(), 160);
        // Half of the room is kept even when the words before it are accented.
        let words = format!("{} {}", "é".repeat(60), "è".repeat(100));
        assert_eq!(shorten(&words, 100), format!("{}…", "é".repeat(60)));
    }

    #[test]
    fn never_cuts_at_a_no_break_space() {
        assert_eq!(
            shorten("son mandat\u{a0}: aider « les\u{202f}gens »", 40),
            "son mandat\u{a0}: aider « les\u{202f}gens »"
        );
        assert_eq!(shorten("un deux\u{a0}: trois", 12), "un deux…");
        assert_eq!(
            shorten("un deux\u{a0}: trois quatre", 16),
            "un deux\u{a0}: trois…"
        );
    }
}
