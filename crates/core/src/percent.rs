//! Percent-encoding, the crate's one encoder: for the widget's query strings (form-urlencoded, as
//! `URLSearchParams` writes them) and for `mailto:` links (RFC 3986, a space as `%20`).

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Appends `text` to `out`: ASCII letters, digits and the bytes `keep` accepts as they are, a
/// space as `+` when `space_as_plus`, every other byte as `%XX`.
pub fn encode_into(text: &str, keep: impl Fn(u8) -> bool, space_as_plus: bool, out: &mut String) {
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || keep(byte) {
            out.push(char::from(byte));
        } else if byte == b' ' && space_as_plus {
            out.push('+');
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
}

/// RFC 3986: every byte but the unreserved characters (letters, digits, `-._~`) and those in
/// `keep` as `%XX`.
pub fn percent_encode(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len());
    encode_into(
        text,
        |b| matches!(b, b'-' | b'.' | b'_' | b'~') || keep.contains(&b),
        false,
        &mut out,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_as_rfc_3986_or_as_a_form() {
        assert_eq!(
            percent_encode("a b\r\n+&=?#é~", b""),
            "a%20b%0D%0A%2B%26%3D%3F%23%C3%A9~"
        );
        assert_eq!(percent_encode("a@b.ca", b"@"), "a@b.ca");
        let mut form = String::new();
        encode_into(
            "a b*~é",
            |b| matches!(b, b'*' | b'-' | b'.' | b'_'),
            true,
            &mut form,
        );
        assert_eq!(form, "a+b*%7E%C3%A9");
    }
}
