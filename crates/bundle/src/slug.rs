//! URL-safe slugs (`[a-z0-9-]`) with accents folded, for posting ids.

/// The longest slug. A posting id is a slug, perhaps with a suffix that makes it unique
/// (`-ed874b58`, `-2`), and the widget reads ids of at most 120 characters from its URLs
/// (`careers_core::url_state::is_valid_id`): a longer one would open from a click but not from
/// its link, a bookmark or Back.
pub const MAX_SLUG_LEN: usize = 100;

/// `Sr. Développeur·e & SRE` → `sr-developpeur-e-sre`: the search folding of the core crate
/// (case, accents, ligatures), then every run of other characters becomes one `-`. At most
/// [`MAX_SLUG_LEN`] characters, cut between words where there is one. Never empty: `posting`
/// when nothing is left.
pub fn slugify(s: &str) -> String {
    let folded = careers_core::fold(s);
    let parts = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty());
    let mut slug = parts.collect::<Vec<_>>().join("-");
    if slug.len() > MAX_SLUG_LEN {
        // ASCII only: any byte is a character boundary.
        let cut = if slug.as_bytes()[MAX_SLUG_LEN] == b'-' {
            MAX_SLUG_LEN
        } else {
            slug[..MAX_SLUG_LEN].rfind('-').unwrap_or(MAX_SLUG_LEN)
        };
        slug.truncate(cut);
    }
    if slug.is_empty() {
        "posting".into()
    } else {
        slug
    }
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
    fn long_titles_give_slugs_cut_between_words() {
        let slug = slugify(&"Gestionnaire principal·e des opérations ".repeat(5));
        let whole = "gestionnaire-principal-e-des-operations-".repeat(5);
        assert!(slug.len() <= MAX_SLUG_LEN, "{} characters", slug.len());
        assert!(
            whole.starts_with(&slug) && whole[slug.len()..].starts_with('-'),
            "{slug}"
        );
        assert!(slug.len() > MAX_SLUG_LEN - "gestionnaire-".len(), "{slug}");
        let one_word = slugify(&"a".repeat(300));
        assert_eq!(one_word.len(), MAX_SLUG_LEN);
        // With the longest suffixes the bundler adds, still an id the widget's URLs keep.
        for slug in [slug, one_word] {
            let id = format!("{slug}-{}-99", lever_suffix("ed874b58-e046"));
            assert!(careers_core::url_state::is_valid_id(&id), "{id}");
        }
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
