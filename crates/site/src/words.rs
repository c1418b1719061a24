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

#[cfg(test)]
mod tests {
    use super::*;
    use careers_core::messages::french_typography_ok;

    #[test]
    fn french_words_follow_french_typography() {
        assert!(french_typography_ok(listing_description(Lang::Fr)));
        assert!(french_typography_ok(form_description(Lang::Fr)));
    }
}
