//! Word forms that search treats as one word: French feminine and masculine forms
//! (`développeuse` and `développeur`, `conceptrice` and `concepteur`), inclusive writing
//! (`développeur·se`, `développeur(euse)`, `poste(s)`), and plurals (`designers`, `policies`).
//!
//! Both sides of a search use the same rules, as they use the same folding:
//! - the bundler indexes each word under its own form and under those of its [`base_forms`] that
//!   the word does not contain ([`indexed_forms`]: a posting that says `développeuses` is also
//!   found under `developpeur`, one that says `policies` under `policy`);
//! - a query word matches the words that contain it, as always, and also the words equal to one of
//!   its base forms or to their plurals ([`is_form_or_plural`]: `développeuse` finds
//!   `développeurs`, and `designers` finds `designer`).
//!
//! A base form is only ever matched whole, never inside a longer word: stripping an ending can
//! make a short string (`temps` → `temp`) that would otherwise be found inside unrelated words.
//!
//! [`without_inclusive_endings`] removes the feminine ending of inclusive writing before the text
//! is split into words, so `développeur·euse·s` is the one word `développeur`.

use crate::Lang;
use std::borrow::Cow;

/// French feminine endings and the masculine ending each stands for, longest first.
const FEMININE_ENDINGS: [(&str, &str); 6] = [
    ("trice", "teur"), // conceptrice, directrice, rédactrice
    ("euse", "eur"),   // développeuse, chercheuse
    ("eure", "eur"),   // ingénieure, professeure, supérieure
    ("enne", "en"),    // technicienne, informaticienne, européenne
    ("ere", "er"),     // conseillère, première (folded: no accent)
    ("ive", "if"),     // créative, exécutive
];

/// Words that end like a feminine form but are not one.
const NOT_FEMININE: [&str; 3] = ["matrice", "cicatrice", "derive"];

/// The fewest letters a word keeps before an ending it loses, so short words (`rive`, `heure`)
/// are left alone.
const MIN_STEM: usize = 3;

/// `word` with `ending` replaced by `with`, if it ends so and keeps [`MIN_STEM`] letters before.
fn replace_ending(word: &str, ending: &str, with: &str) -> Option<String> {
    let stem = word.strip_suffix(ending)?;
    (stem.len() >= MIN_STEM).then(|| format!("{stem}{with}"))
}

/// The masculine form of a folded French feminine word (`developpeuse` → `developpeur`).
pub fn masculine(word: &str) -> Option<String> {
    if NOT_FEMININE.contains(&word) {
        return None;
    }
    FEMININE_ENDINGS
        .iter()
        .find_map(|(feminine, masculine)| replace_ending(word, feminine, masculine))
}

/// The singular form of a folded plural word in `lang` (`policies` → `policy`,
/// `developpeurs` → `developpeur`, `principaux` → `principal`).
pub fn singular(word: &str, lang: Lang) -> Option<String> {
    if word.len() < 4 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let strip = |ending: &str, with: &str| replace_ending(word, ending, with);
    match lang {
        Lang::En => strip("ies", "y")
            .or_else(|| {
                ["sses", "shes", "ches", "xes", "zes"]
                    .iter()
                    .find_map(|e| word.ends_with(e).then(|| strip("es", ""))?)
            })
            .or_else(|| {
                let keeps_s = ["ss", "us", "is"].iter().any(|e| word.ends_with(e));
                (!keeps_s).then(|| strip("s", ""))?
            }),
        Lang::Fr => strip("eaux", "eau")
            .or_else(|| strip("aux", "al"))
            .or_else(|| (!word.ends_with("ss")).then(|| strip("s", ""))?),
    }
}

/// The other forms a folded word stands for in `lang`: its singular, and in French the masculine
/// of the word or of its singular; each once, none equal to `word`.
pub fn base_forms(word: &str, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |form: Option<String>| {
        if let Some(form) = form.filter(|f| f != word && !out.contains(f)) {
            out.push(form);
        }
    };
    base_forms_into(word, lang, &mut add);
    out
}

/// The [`base_forms`] of a word of the text that search must index besides the word: those
/// that are not inside the word already (`developpeuses` is found by `developpeuse` without
/// help, but `policies` must also be indexed as `policy`).
pub fn indexed_forms(word: &str, lang: Lang) -> Vec<String> {
    let mut forms = base_forms(word, lang);
    forms.retain(|f| !word.contains(f.as_str()));
    forms
}

/// Whether `candidate` is `form` or one of its plurals (`s`, `x`, `es`): how a query word's
/// base form is matched, whole, so that `developpeuse` finds `developpeurs`.
pub fn is_form_or_plural(candidate: &str, form: &str) -> bool {
    candidate
        .strip_prefix(form)
        .is_some_and(|rest| PLURAL_SUFFIXES.contains(&rest))
}

/// The suffixes [`is_form_or_plural`] accepts.
pub const PLURAL_SUFFIXES: [&str; 4] = ["", "s", "x", "es"];

fn base_forms_into(word: &str, lang: Lang, add: &mut impl FnMut(Option<String>)) {
    let one = singular(word, lang);
    if lang == Lang::Fr {
        add(masculine(word));
        add(one.as_deref().and_then(masculine));
    }
    add(one);
}

/// Endings of inclusive writing, after a middle dot, a full stop, a slash or a parenthesis
/// (`développeur·euse`, `employé(e)s`, `agent.e`, `poste(s)`).
const INCLUSIVE_ENDINGS: [&str; 25] = [
    "e", "s", "es", "se", "ses", "euse", "euses", "rice", "rices", "trice", "trices", "ice",
    "ices", "ne", "nes", "enne", "ennes", "ienne", "iennes", "ve", "ves", "ive", "ives", "re",
    "ère",
];

/// Characters that introduce an inclusive ending.
fn opens_ending(c: char) -> bool {
    matches!(c, '·' | '•' | '‧' | '⋅' | '.' | '/' | '(')
}

/// `text` without the feminine endings of inclusive writing, so that `développeur·euse`,
/// `développeur(euse)`, `développeur.euse·s` and `poste(s)` become `développeur` and `poste`.
/// An ending is removed only right after a letter and when a known ending follows, up to a
/// closing parenthesis or a second part (`·s`) and the end of the word.
pub fn without_inclusive_endings(text: &str) -> Cow<'_, str> {
    // One pass over the characters; the text is copied only when an ending is removed, in spans
    // (most texts have a full stop and no ending: they are returned as they are).
    let mut out = String::new();
    // Where the text still to copy starts: after the last ending removed, whose characters the
    // loop passes over.
    let mut copied_to = 0;
    let mut after_letter = false;
    for (at, c) in text.char_indices() {
        if at < copied_to {
            continue;
        }
        if after_letter && opens_ending(c) {
            if let Some(len) = inclusive_ending_len(&text[at..]) {
                out.push_str(&text[copied_to..at]);
                copied_to = at + len;
                continue;
            }
        }
        after_letter = c.is_alphabetic();
    }
    if copied_to == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied_to..]);
    Cow::Owned(out)
}

/// The byte length of the inclusive ending at the start of `s` (which starts with a character
/// that [`opens_ending`]), if there is one.
fn inclusive_ending_len(s: &str) -> Option<usize> {
    let mut at = 0;
    for part in 0..2 {
        let Some(opener) = s[at..].chars().next().filter(|&c| opens_ending(c)) else {
            break;
        };
        let letters_from = at + opener.len_utf8();
        let letters: &str = {
            let tail = &s[letters_from..];
            let end = tail
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(tail.len());
            &tail[..end]
        };
        if !INCLUSIVE_ENDINGS.contains(&letters) {
            if part == 0 {
                return None;
            }
            break;
        }
        at = letters_from + letters.len();
        if opener == '(' {
            at += s[at..].strip_prefix(')').map(|_| 1)?;
            // A plural after the parenthesis: `employé(e)s`.
            if s[at..].starts_with('s') {
                at += 1;
            }
        }
    }
    let next = s[at..].chars().next();
    next.is_none_or(|c| !c.is_alphanumeric()).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::words;

    #[test]
    fn feminine_job_titles_have_their_masculine_form() {
        for (feminine, expected) in [
            ("developpeuse", "developpeur"),
            ("chercheuse", "chercheur"),
            ("conceptrice", "concepteur"),
            ("directrice", "directeur"),
            ("ingenieure", "ingenieur"),
            ("technicienne", "technicien"),
            ("conseillere", "conseiller"),
            ("creative", "creatif"),
        ] {
            assert_eq!(masculine(feminine).as_deref(), Some(expected), "{feminine}");
        }
        for word in ["developpeur", "rive", "heure", "matrice", "design"] {
            assert_eq!(masculine(word), None, "{word}");
        }
    }

    #[test]
    fn plurals_have_their_singular_form() {
        for (plural, expected) in [
            ("designers", "designer"),
            ("policies", "policy"),
            ("classes", "class"),
            ("searches", "search"),
        ] {
            assert_eq!(singular(plural, Lang::En).as_deref(), Some(expected));
        }
        for word in ["business", "status", "analysis", "ops", "design"] {
            assert_eq!(singular(word, Lang::En), None, "{word}");
        }
        for (plural, expected) in [
            ("developpeuses", "developpeuse"),
            ("principaux", "principal"),
            ("nouveaux", "nouveau"),
        ] {
            assert_eq!(singular(plural, Lang::Fr).as_deref(), Some(expected));
        }
        assert_eq!(singular("acces", Lang::Fr).as_deref(), Some("acce"));
        assert_eq!(singular("classe", Lang::Fr), None);
    }

    #[test]
    fn base_forms_join_plural_and_feminine() {
        assert_eq!(
            base_forms("developpeuses", Lang::Fr),
            ["developpeur", "developpeuse"]
        );
        assert_eq!(base_forms("developpeuse", Lang::Fr), ["developpeur"]);
        assert_eq!(base_forms("developpeur", Lang::Fr), Vec::<String>::new());
        // English words are not given French genders.
        assert_eq!(base_forms("creative", Lang::En), Vec::<String>::new());
        assert_eq!(base_forms("designers", Lang::En), ["designer"]);
    }

    #[test]
    fn only_forms_the_word_does_not_contain_are_indexed() {
        assert_eq!(indexed_forms("developpeuses", Lang::Fr), ["developpeur"]);
        assert_eq!(indexed_forms("policies", Lang::En), ["policy"]);
        assert!(indexed_forms("designers", Lang::En).is_empty());
        assert!(indexed_forms("conseillere", Lang::Fr).is_empty());
        assert!(is_form_or_plural("developpeurs", "developpeur"));
        assert!(is_form_or_plural("classes", "class"));
        assert!(!is_form_or_plural("temporaire", "temp"));
    }

    #[test]
    fn inclusive_writing_becomes_one_word() {
        for text in [
            "développeur·se",
            "développeur·euse",
            "développeur•euse",
            "développeur(euse)",
            "développeur.euse",
            "développeur/euse",
            "développeur·euse·s",
            "développeur(se)s",
        ] {
            let plain = without_inclusive_endings(text);
            assert_eq!(words(&plain), ["developpeur"], "{text}");
        }
        assert_eq!(
            without_inclusive_endings("Employé(e)s et conseiller(ère) : poste(s) à Ottawa."),
            "Employé et conseiller : poste à Ottawa."
        );
    }

    #[test]
    fn text_that_is_not_inclusive_writing_stays() {
        for text in [
            "Ottawa. Elle",
            "voir (section 2)",
            "www.canada.ca",
            "et/ou",
            "(e)",
            "fin.",
            "A.E",
            "l’équipe (essentiel)",
        ] {
            assert_eq!(without_inclusive_endings(text), text);
        }
    }
}
