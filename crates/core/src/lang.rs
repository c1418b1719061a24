//! The two official languages and what depends only on them.

use serde::{Deserialize, Serialize};

/// English or French.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// The BCP 47 code, for `lang` attributes and URLs.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The `lang` attribute of a text in this language shown in an interface in `interface`:
    /// only where they differ (the interface's own `lang` covers the rest).
    pub fn attr_in(self, interface: Lang) -> Option<&'static str> {
        (self != interface).then(|| self.code())
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        }
    }

    /// Reads a language tag such as `fr`, `fr-CA`, `EN-us`; anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// The first of several candidate tags that names a known language (URL, `data-lang`,
    /// host page `lang`, browser languages, in that order), else English.
    pub fn negotiate<'a>(candidates: impl IntoIterator<Item = Option<&'a str>>) -> Lang {
        candidates
            .into_iter()
            .flatten()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_marked_only_in_an_interface_of_the_other_language() {
        assert_eq!(Lang::Fr.attr_in(Lang::En), Some("fr"));
        assert_eq!(Lang::En.attr_in(Lang::Fr), Some("en"));
        assert_eq!(Lang::En.attr_in(Lang::En), None);
    }

    #[test]
    fn reads_tags_with_regions_and_any_case() {
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn negotiation_takes_the_first_known_candidate() {
        assert_eq!(
            Lang::negotiate([None, Some("de"), Some("fr-CA"), Some("en")]),
            Lang::Fr
        );
        assert_eq!(Lang::negotiate([Some("xx"), None]), Lang::En);
    }
}
