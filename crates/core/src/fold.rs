//! Text folding for search and sorting: a case- and accent-insensitive form of a string.
//!
//! [`fold`] lowercases, strips the diacritics of every Latin-1 Supplement and Latin Extended-A
//! letter (`é`→`e`, `Ç`→`c`, `ÿ`→`y`, `Ł`→`l`), expands ligatures (`œ`→`oe`, `æ`→`ae`,
//! `ß`→`ss`), drops combining accents (so decomposed `e\u{301}` folds like `é`), and normalises
//! typographic apostrophes, dashes and no-break spaces to their ASCII forms.
//!
//! [`words`] splits folded text into words with one rule, used both for the index and for the
//! query: a word is a maximal run of alphanumeric characters; everything else, including
//! apostrophes and hyphens inside a word, separates words. So `l’équipe` gives `l` and
//! `equipe`, and a search for `equipe` finds it.
//!
//! A code is the exception: words joined by hyphens, one of them with a digit (`EC-06`,
//! `COVID-19`, `2023-06-15`), names one thing, and its parts found apart (`Economist … CS-06`)
//! are not it. [`for_each_index_word`] gives a text's words and each code once more, joined
//! (`ec06`); [`words`] gives a query's code joined only, so `EC-06` finds `EC-06` and not
//! every `ec` with a `06`, and typing `EC-0` already finds `EC-06` inside the joined code.
//! Prose compounds (`front-end`, `sous-ministre`) have no digit and stay split.

/// ASCII replacements of U+00C0..=U+017F, one byte each; `*` marks the characters handled
/// separately by [`special`] (ligatures, `×`, `÷`, thorn).
const LATIN: &[u8; 192] = b"\
aaaaaa*ceeeeiiiidnooooo*ouuuuy**\
aaaaaa*ceeeeiiiidnooooo*ouuuuy*y\
aaaaaaccccccccdddd\
eeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkk\
llllllllllnnnnnnnnnoooooo**rrrrrrsssssssstttttt\
uuuuuuuuuuuuwwyyyzzzzzzs";

/// Folded forms of the characters marked `*` in [`LATIN`].
fn special(c: char) -> &'static str {
    match c {
        'Æ' | 'æ' => "ae",
        'Þ' | 'þ' => "th",
        'ß' => "ss",
        'Ĳ' | 'ĳ' => "ij",
        'Œ' | 'œ' => "oe",
        '×' => "×",
        '÷' => "÷",
        _ => unreachable!("every `*` in LATIN has a special form"),
    }
}

/// The folded form of one character, appended to `out`.
fn fold_char(c: char, out: &mut String) {
    match c {
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        '\0'..='\u{7f}' => out.push(c),
        '\u{c0}'..='\u{17f}' => match LATIN[c as usize - 0xc0] {
            b'*' => out.push_str(special(c)),
            ascii => out.push(char::from(ascii)),
        },
        // Combining diacritical marks: dropped, so decomposed text folds like composed text.
        '\u{300}'..='\u{36f}' => {}
        '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2bc}' => out.push('\''),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
        '\u{a0}' | '\u{2007}' | '\u{2009}' | '\u{202f}' => out.push(' '),
        // Other letters are lowercased; a lowercase form is folded again (`ẞ` → `ß` → `ss`).
        _ => {
            for lower in c.to_lowercase() {
                if lower == c {
                    out.push(c);
                } else {
                    fold_char(lower, out);
                }
            }
        }
    }
}

/// The case- and accent-insensitive form of `s`, for search and sort keys.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends the folded form of `s` to `out` (no allocation beyond `out`'s growth).
pub fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        fold_char(c, out);
    }
}

/// Whether a folded character belongs to a word (see the module documentation).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Calls `f` with each folded word of `s`, in order, duplicates included, through one reused
/// buffer: the streaming form of [`words`], used to index large texts.
pub fn for_each_word(s: &str, mut f: impl FnMut(&str)) {
    let mut folded = String::new();
    let mut word = String::new();
    for c in s.chars() {
        if c.is_ascii() {
            // Fast path: ASCII folds to one ASCII character.
            if c.is_ascii_alphanumeric() {
                word.push(c.to_ascii_lowercase());
            } else if !word.is_empty() {
                f(&word);
                word.clear();
            }
            continue;
        }
        folded.clear();
        fold_char(c, &mut folded);
        for d in folded.chars() {
            if is_word_char(d) {
                word.push(d);
            } else if !word.is_empty() {
                f(&word);
                word.clear();
            }
        }
    }
    if !word.is_empty() {
        f(&word);
    }
}

/// The folded words of a query, in order, duplicates included; a code as one word (see the
/// module documentation).
pub fn words(query: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_run(query, |run, code| match code {
        Some(code) => out.push(code.to_owned()),
        None => out.append(run),
    });
    out
}

/// Calls `f` with each folded word of `s`, as [`for_each_word`] does, then with each of its
/// codes joined: the words a text is found by (see the module documentation).
pub fn for_each_index_word(s: &str, mut f: impl FnMut(&str)) {
    for_each_word(s, &mut f);
    for_each_run(s, |_, code| code.into_iter().for_each(&mut f));
}

/// Calls `f` with each run of `s`'s folded words joined by hyphens (one word alone is a run)
/// and, when the run is a code (more than one word, one of them with a digit), its words joined.
fn for_each_run(s: &str, mut f: impl FnMut(&mut Vec<String>, Option<&str>)) {
    let mut run = Vec::new();
    let mut word = String::new();
    let mut joined = String::new();
    let mut digit = false;
    let mut after_word = false;
    // A space ends the last run.
    let mut folded = fold(s);
    folded.push(' ');
    for c in folded.chars() {
        if is_word_char(c) {
            word.push(c);
            joined.push(c);
            digit |= c.is_ascii_digit();
            after_word = true;
            continue;
        }
        if !word.is_empty() {
            run.push(std::mem::take(&mut word));
        }
        // A hyphen right after a word may join it to the next; anything else ends the run.
        let may_join = c == '-' && after_word;
        if !may_join && !run.is_empty() {
            let code = (digit && run.len() > 1).then_some(joined.as_str());
            f(&mut run, code);
            run.clear();
            joined.clear();
            digit = false;
        }
        after_word = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_french_accents() {
        assert_eq!(fold("Développeur"), "developpeur");
        assert_eq!(
            fold("ÇA, ÊTRE, NAÏF, Où, AÎNÉ, ÿ, Ÿ"),
            "ca, etre, naif, ou, aine, y, y"
        );
        assert_eq!(fold("SNC"), fold("snc"));
        assert_eq!(fold("À L'ÉCOLE"), "a l'ecole");
    }

    #[test]
    fn expands_ligatures() {
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("cœur"), "coeur");
        assert_eq!(fold("Ærø"), "aero");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("STRAẞE"), "strasse");
        assert_eq!(fold("Ĳssel"), "ijssel");
        assert_eq!(fold("Þór"), "thor");
    }

    #[test]
    fn folds_latin_extended_a() {
        assert_eq!(fold("Łódź Ščęść Ğğ Ħ İı ŉ Ŋ ſ"), "lodz scesc gg h ii n n s");
        assert_eq!(fold("Ŵ Ŷ Ž ź ĸ Ő ű"), "w y z z k o u");
    }

    #[test]
    fn every_latin_letter_folds_to_lowercase_ascii_letters() {
        for code in 0xc0..=0x17f_u32 {
            let c = char::from_u32(code).unwrap();
            let folded = fold(&c.to_string());
            if c == '×' || c == '÷' {
                assert_eq!(folded, c.to_string());
            } else {
                assert!(
                    !folded.is_empty() && folded.bytes().all(|b| b.is_ascii_lowercase()),
                    "{c} (U+{code:04X}) folds to {folded:?}"
                );
            }
        }
    }

    #[test]
    fn upper_and_lower_case_letters_fold_alike() {
        for code in 0xc0..=0x17f_u32 {
            let c = char::from_u32(code).unwrap();
            let lower: String = c.to_lowercase().collect();
            assert_eq!(fold(&c.to_string()), fold(&lower), "U+{code:04X}");
        }
    }

    #[test]
    fn normalises_punctuation_and_spaces() {
        assert_eq!(fold("l’équipe ‘x’"), "l'equipe 'x'");
        assert_eq!(fold("2024–2025 — fin"), "2024-2025 - fin");
        assert_eq!(fold("10\u{a0}000\u{202f}$"), "10 000 $");
    }

    #[test]
    fn drops_combining_accents() {
        assert_eq!(fold("De\u{301}veloppeur"), "developpeur");
    }

    #[test]
    fn leaves_other_scripts_lowercased() {
        assert_eq!(fold("ΑΒΓ Ж"), "αβγ ж");
    }

    #[test]
    fn words_split_on_everything_but_letters_and_digits() {
        assert_eq!(words("l’équipe"), ["l", "equipe"]);
        assert_eq!(
            words("  Gestionnaire, produit-numérique (EC 06)! "),
            ["gestionnaire", "produit", "numerique", "ec", "06"]
        );
        assert_eq!(words("aujourd'hui"), ["aujourd", "hui"]);
        assert!(words(" - ’ , ").is_empty());
        assert_eq!(words("a a"), ["a", "a"]);
    }

    #[test]
    fn a_code_is_one_word_of_a_query_and_one_more_word_of_a_text() {
        assert_eq!(words("(EC-06), COVID‑19 -IT-0"), ["ec06", "covid19", "it0"]);
        assert_eq!(words("front-end EC- -06"), ["front", "end", "ec", "06"]);
        let mut indexed = Vec::new();
        for_each_index_word("Économiste (EC–06), front-end", |w| {
            indexed.push(w.to_owned())
        });
        assert_eq!(indexed, ["economiste", "ec", "06", "front", "end", "ec06"]);
    }

    #[test]
    fn query_words_are_found_in_folded_text() {
        let text = fold("Rejoignez l’équipe des Développeurs SNC");
        for w in words("EQUIPE developpeur snc") {
            assert!(text.contains(&w), "{w}");
        }
    }

    #[test]
    fn for_each_word_agrees_with_words() {
        let s = "Œuvre d’art, CŒUR—ÂME; x";
        let mut seen = Vec::new();
        for_each_word(s, |w| seen.push(w.to_owned()));
        assert_eq!(seen, words(s));
        assert_eq!(seen, ["oeuvre", "d", "art", "coeur", "ame", "x"]);
    }
}
