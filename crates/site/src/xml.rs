//! Text and attribute values for the XML files (the feeds, the sitemap): escaped, without the
//! characters XML 1.0 does not allow (control characters other than tab, line feed and carriage
//! return; U+FFFE and U+FFFF). A posting's title may carry one, and a feed reader refuses the
//! whole file for it.

/// `value` as XML text.
pub fn text(value: &str) -> String {
    html_escape::encode_text(&allowed(value)).into_owned()
}

/// `value` as a double-quoted XML attribute.
pub fn attr(value: &str) -> String {
    html_escape::encode_double_quoted_attribute(&allowed(value)).into_owned()
}

fn allowed(value: &str) -> String {
    value
        .chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_xml_refuses_are_left_out_and_the_rest_escaped() {
        assert_eq!(text("Dev\u{1b}[31m \u{b}Tab\u{1}\u{fffe}"), "Dev[31m Tab");
        assert_eq!(text("R&D <x>\tA\nB"), "R&amp;D &lt;x&gt;\tA\nB");
        assert_eq!(attr("a\"b\u{0}"), "a&quot;b");
        assert_eq!(text("Développeur·euse — 🇨🇦"), "Développeur·euse — 🇨🇦");
    }
}
