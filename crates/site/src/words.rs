//! The site's own words, in both languages: what the pages' `<meta name="description">` says
//! where the widget has no text of its own for it.

use careers_core::Lang;

/// The description of the listing's pages.
pub fn listing_description(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Job openings at the Canadian Digital Service: read each posting, apply, or request an accommodation for your assessment.",
        Lang::Fr => "Postes à pourvoir au Service numérique canadien\u{a0}: consultez chaque offre, postulez ou demandez une mesure d’adaptation pour votre évaluation.",
    }
}

/// The description of the accommodation form's pages.
pub fn form_description(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Request an accommodation for your assessment for a job at the Canadian Digital Service: online, or by email.",
        Lang::Fr => "Demandez une mesure d’adaptation pour votre évaluation pour un poste au Service numérique canadien\u{a0}: en ligne ou par courriel.",
    }
}

/// At most `max` characters of `text`, cut between words with `…` when it is longer: a
/// description search engines show whole.
pub fn shorten(text: &str, max: usize) -> String {
    // No-break spaces stay: French puts one before `:` and inside « ».
    let breaks = |c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}');
    let text = text
        .split(breaks)
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let end = cut.rfind(' ').unwrap_or(cut.len());
    format!(
        "{}…",
        cut[..end].trim_end_matches([',', ';', ':', '.', '\u{a0}'])
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use careers_core::messages::french_typography_ok;

    #[test]
    fn french_words_follow_french_typography() {
        assert!(french_typography_ok(listing_description(Lang::Fr)));
        assert!(french_typography_ok(form_description(Lang::Fr)));
    }

    #[test]
    fn shortens_between_words() {
        assert_eq!(shorten("a  b\nc", 10), "a b c");
        assert_eq!(shorten("one two three four", 12), "one two…");
        assert!(shorten(&"é".repeat(400), 160).chars().count() <= 160);
        assert_eq!(
            shorten("son mandat\u{a0}: aider « les\u{202f}gens »", 40),
            "son mandat\u{a0}: aider « les\u{202f}gens »"
        );
        assert_eq!(shorten("un deux\u{a0}: trois", 12), "un deux…");
    }
}
