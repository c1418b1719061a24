//! The way to request an accommodation that needs no form and no JavaScript: an email to the
//! recruitment address, prepared with the posting named in its subject. The posting page offers
//! it beside the form, and the form's page offers it where the form cannot run.

use crate::percent::percent_encode;
use crate::Lang;

/// The subject of the email: the request, and the posting's title when there is one.
pub fn subject(lang: Lang, title: Option<&str>) -> String {
    let request = match lang {
        Lang::En => "Accommodation request",
        Lang::Fr => "Demande de mesures d’adaptation",
    };
    match (title, lang) {
        (Some(title), Lang::En) => format!("{request}: {title}"),
        (Some(title), Lang::Fr) => format!("{request}\u{a0}: {title}"),
        (None, _) => request.to_owned(),
    }
}

/// The `mailto:` address of the email to `to` about the posting titled `title`.
pub fn href(to: &str, lang: Lang, title: Option<&str>) -> String {
    format!(
        "mailto:{}?subject={}",
        percent_encode(to, b"@"),
        percent_encode(&subject(lang, title), b"")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::french_typography_ok;

    #[test]
    fn names_the_posting_in_the_subject_in_each_language() {
        assert_eq!(
            href("CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca", Lang::En, Some("Senior Developer & Lead")),
            "mailto:CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca?subject=Accommodation%20request%3A%20Senior%20Developer%20%26%20Lead"
        );
        assert_eq!(
            subject(Lang::Fr, Some("Développeuse principale")),
            "Demande de mesures d’adaptation\u{a0}: Développeuse principale"
        );
        assert!(french_typography_ok(&subject(Lang::Fr, Some("Poste"))));
        assert_eq!(subject(Lang::En, None), "Accommodation request");
    }

    #[test]
    fn nothing_in_a_title_can_add_a_header_or_a_recipient() {
        let href = href(
            "a@b.ca",
            Lang::En,
            Some("x&cc=evil@example.com\r\nBcc: y?z#w"),
        );
        let query = href.split_once('?').unwrap().1;
        assert_eq!(query.matches('=').count(), 1, "{href}");
        assert!(!query.contains(['&', '\r', '\n', '#', '?']), "{href}");
    }
}
