//! URL-safe slugs (`[a-z0-9-]`) with accents folded, for posting ids.

/// Folds one character to ASCII lower case letters or digits; `None` for separators.
fn fold_char(c: char, out: &mut String) {
    let s: &str = match c {
        'a'..='z' | '0'..='9' => {
            out.push(c);
            return;
        }
        'A'..='Z' => {
            out.push(c.to_ascii_lowercase());
            return;
        }
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'œ' | 'Œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ß' => "ss",
        _ => "-",
    };
    out.push_str(s);
}

/// `Sr. Développeur·e & SRE` → `sr-developpeur-e-sre`. Never empty: `posting` when nothing is left.
pub fn slugify(s: &str) -> String {
    let mut raw = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut raw);
    }
    let mut out = String::with_capacity(raw.len());
    for part in raw.split('-').filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(part);
    }
    if out.is_empty() {
        out.push_str("posting");
    }
    out
}

/// The first 8 hexadecimal digits of a Lever id, lower case (`ed874b58-…` → `ed874b58`).
pub fn lever_suffix(lever_id: &str) -> String {
    let hex: String = lever_id
        .chars()
        .filter(|c| c.is_ascii_hexdigit())
        .take(8)
        .collect::<String>()
        .to_ascii_lowercase();
    if hex.is_empty() {
        slugify(lever_id).chars().take(8).collect()
    } else {
        hex
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_separators() {
        assert_eq!(slugify("Sr. Développeur·e & SRE"), "sr-developpeur-e-sre");
        assert_eq!(slugify("  head-of--partnerships  "), "head-of-partnerships");
        assert_eq!(slugify("Œuvre"), "oeuvre");
        assert_eq!(slugify("!!!"), "posting");
        assert_eq!(slugify("日本"), "posting");
    }

    #[test]
    fn lever_suffix_is_eight_hex_digits() {
        assert_eq!(
            lever_suffix("ED874B58-e046-4d35-965c-697a2b585ffb"),
            "ed874b58"
        );
        assert_eq!(lever_suffix("zz"), "zz");
    }
}
