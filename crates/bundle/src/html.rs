//! A small tolerant HTML tokenizer for the raw HTML editors put in Markdown; character references
//! are decoded by `htmlize`, which knows the whole HTML5 table.
//!
//! It never fails: anything that is not a well-formed tag is text. Only tag names and the `href`
//! attribute matter downstream; other attributes are reported so that event handlers can be
//! named in a warning.

/// One token of HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// `<name attr=value …>`; `name` is lower case.
    Start {
        name: String,
        attrs: Vec<(String, String)>,
        self_closing: bool,
    },
    /// `</name>`; `name` is lower case.
    End { name: String },
    /// Text with entities decoded.
    Text(String),
    /// A comment, doctype or processing instruction: dropped.
    Other,
}

/// Splits `s` into tokens. The content of `script`, `style`, `iframe`, `textarea` and `noscript`
/// is returned as one raw text token (never parsed as tags).
pub fn tokenize(s: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &s[i..];
        let parsed = if let Some(comment) = rest.strip_prefix("<!--") {
            let end = comment.find("-->").map(|e| e + 4 + 3).unwrap_or(rest.len());
            Some((Token::Other, end))
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            let end = rest.find('>').map(|e| e + 1).unwrap_or(rest.len());
            Some((Token::Other, end))
        } else {
            parse_tag(rest)
        };
        match parsed {
            Some((token, len)) => {
                if text_start < i {
                    out.push(Token::Text(decode_entities(&s[text_start..i])));
                }
                i += len;
                let raw = match &token {
                    Token::Start {
                        name,
                        self_closing: false,
                        ..
                    } if is_raw_text(name) => Some(name.clone()),
                    _ => None,
                };
                out.push(token);
                if let Some(name) = raw {
                    let close = format!("</{name}");
                    let lower = s[i..].to_ascii_lowercase();
                    let end = lower.find(&close).unwrap_or(lower.len());
                    if end > 0 {
                        out.push(Token::Text(s[i..i + end].to_string()));
                    }
                    i += end;
                    if i < s.len() {
                        let gt = s[i..].find('>').map(|g| g + 1).unwrap_or(s.len() - i);
                        i += gt;
                        out.push(Token::End { name });
                    }
                }
                text_start = i;
            }
            None => i += 1,
        }
    }
    if text_start < bytes.len() {
        out.push(Token::Text(decode_entities(&s[text_start..])));
    }
    out
}

/// Whether `name`'s content is raw text, never markup: dropped whole with the element.
pub(crate) fn is_raw_text(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "iframe" | "textarea" | "noscript"
    )
}

/// Parses a tag at the start of `s` (which starts with `<`). Returns the token and its length.
fn parse_tag(s: &str) -> Option<(Token, usize)> {
    let b = s.as_bytes();
    let mut i = 1;
    let closing = b.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
        i += 1;
    }
    if i == name_start || !b[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = s[name_start..i].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() {
            return None; // never closed: text
        }
        match b[i] {
            b'>' => {
                i += 1;
                break;
            }
            b'/' => {
                self_closing = true;
                i += 1;
                continue;
            }
            b'<' => return None,
            _ => {}
        }
        let a_start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let a_name = s[a_start..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let v_start = i + 1;
                let end = s[v_start..].find(q as char).map(|e| v_start + e)?;
                value = decode_attribute(&s[v_start..end]);
                i = end + 1;
            } else {
                let v_start = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = decode_attribute(&s[v_start..i]);
            }
        }
        if !a_name.is_empty() {
            attrs.push((a_name, value));
        }
    }
    let token = if closing {
        Token::End { name }
    } else {
        Token::Start {
            name,
            attrs,
            self_closing,
        }
    };
    Some((token, i))
}

/// Decodes the character references of text as a browser does, with the full HTML5 table of
/// named references (`&aacute;`, `&Ocirc;`, `&rarr;`) and numeric ones; unknown ones stay as text.
pub fn decode_entities(s: &str) -> String {
    htmlize::unescape(s).into_owned()
}

/// Decodes the character references of an attribute's value, as a browser does there (a legacy
/// reference without `;` stays when a letter, a digit or `=` follows: `?a=1&copy=2`).
pub fn decode_attribute(s: &str) -> String {
    htmlize::unescape_attribute(s).into_owned()
}

/// Whether `href` may reach the bundle: `http:`, `https:` or `mailto:` only.
pub fn safe_href(href: &str) -> bool {
    careers_core::model::is_safe_href(href)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizes_tags_attributes_and_text() {
        let t = tokenize(r#"<p class=x>Hi <a href="https://a.ca?x=1&amp;y=2">there</a></P>"#);
        assert_eq!(
            t,
            vec![
                Token::Start {
                    name: "p".into(),
                    attrs: vec![("class".into(), "x".into())],
                    self_closing: false
                },
                Token::Text("Hi ".into()),
                Token::Start {
                    name: "a".into(),
                    attrs: vec![("href".into(), "https://a.ca?x=1&y=2".into())],
                    self_closing: false
                },
                Token::Text("there".into()),
                Token::End { name: "a".into() },
                Token::End { name: "p".into() },
            ]
        );
    }

    #[test]
    fn script_content_is_one_raw_token() {
        let t = tokenize("<script>if (a<b) { x('</p>') }</script>after");
        assert_eq!(t.len(), 4);
        assert_eq!(t[3], Token::Text("after".into()));
    }

    #[test]
    fn a_lone_angle_bracket_is_text() {
        assert_eq!(tokenize("a < b"), vec![Token::Text("a < b".into())]);
        assert_eq!(
            tokenize("x <a href='"),
            vec![Token::Text("x <a href='".into())]
        );
    }

    #[test]
    fn decodes_named_and_numeric_entities() {
        assert_eq!(
            decode_entities("R&amp;D &eacute;t&eacute; &#8217; &#x2019; &nbsp;"),
            "R&D été ’ ’ \u{a0}"
        );
        assert_eq!(decode_entities("AT&T &bogus; &"), "AT&T &bogus; &");
        assert_eq!(decode_entities("&#99999999;"), "\u{FFFD}");
    }

    #[test]
    fn knows_the_whole_html5_table() {
        // These stayed literal with the hand-written table of common references.
        assert_eq!(
            decode_entities("&aacute;&Ocirc;&rarr; &frac12; &NotEqual;"),
            "áÔ→ ½ ≠"
        );
        // In an attribute, a legacy reference without `;` before `=` is not one.
        assert_eq!(decode_attribute("?a=1&copy=2&amp;b"), "?a=1&copy=2&b");
        assert_eq!(decode_entities("&copy 2026"), "© 2026");
    }

    #[test]
    fn only_http_https_and_mailto_are_safe() {
        assert!(safe_href("https://digital.canada.ca"));
        assert!(safe_href("mailto:careers@cds-snc.ca"));
        assert!(safe_href("HTTP://x.ca"));
        assert!(!safe_href("javascript:alert(1)"));
        assert!(!safe_href("java\nscript:alert(1)"));
        assert!(!safe_href("data:text/html,x"));
        assert!(!safe_href("/en/careers"));
        assert!(!safe_href("https://"));
    }
}
