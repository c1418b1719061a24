//! Facets derived from a posting's text, and their English and French labels.
//!
//! Only explicit statements count; unknown stays unknown:
//! - classification: every group-and-level code (`CS-04`, `CS4`, `EC 06-07`, `CS4/CS5`) in the
//!   title, description or body; for PDF text, the `LEVEL:` field only;
//! - language: "English essential", "French essential", "bilingual imperative" (with a profile
//!   such as `CBC` in the same sentence), "Bilingualism is required", in either language;
//! - tenure: indeterminate, term, assignment/secondment, Interchange Canada, student;
//! - location: "anywhere in Canada" (remote), "National Capital Region" or "located in Ottawa"
//!   (ncr), or cities named in a hiring statement ("hiring … in Ottawa, Montreal or Toronto");
//! - team: keywords of the title.
//!
//! Sentences about a pool for *similar positions* (lists of profiles and tenures) are ignored.

use careers_core::model::{FacetKind, FacetLabels, Facets, Label, Posting};

/// The groups whose codes are recognized.
const GROUPS: [&str; 16] = [
    "AS", "CO", "CR", "CS", "EC", "EX", "FI", "IS", "IT", "PE", "PG", "PM", "AD", "ES", "SI", "SP",
];

/// Derives the facets of one language's version. `pdf`: classification comes from elsewhere.
pub fn derive(title: &str, description: &str, body: &str, pdf: bool) -> Facets {
    let mut f = Facets::default();
    let all = format!("{title}\n{description}\n{body}");
    if !pdf {
        f.classification = classifications(&all);
    }
    let sentences = sentences(&all);
    for s in &sentences {
        let lower = s.to_lowercase();
        if is_pool_sentence(&lower) {
            continue;
        }
        language(s, &lower, &mut f.language);
        tenure(&lower, &mut f.tenure);
        location(&lower, &mut f.location);
    }
    f.team = team(title);
    let derived = std::mem::take(&mut f);
    merge(&mut f, &derived);
    f
}

/// Splits text into sentences (at `.`, `;`, `!`, `?` followed by a space, and at line ends).
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut cur = String::new();
        let chars: Vec<char> = line.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            cur.push(c);
            if matches!(c, '.' | ';' | '!' | '?')
                && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
            {
                out.push(std::mem::take(&mut cur));
            }
        }
        if !cur.trim().is_empty() {
            out.push(cur);
        }
    }
    out
}

fn is_pool_sentence(lower: &str) -> bool {
    [
        "similar position",
        "postes similaires",
        "poste similaire",
        "postes semblables",
        "linguistic profiles",
        "profils linguistiques",
        "tenures (",
        "durée (",
        "statuts (",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

/// Every classification code in `text`, normalized to `EC-06`.
pub fn classifications(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i + 2 < b.len() {
        let boundary = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        let group = &text.get(i..i + 2).unwrap_or("");
        if !boundary || !GROUPS.contains(group) {
            i += 1;
            continue;
        }
        let mut j = i + 2;
        if j < b.len() && (b[j] == b'-' || b[j] == b' ') {
            j += 1;
        }
        let mut levels = Vec::new();
        loop {
            let d0 = j;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            let n = j - d0;
            let ends = j >= b.len() || !b[j].is_ascii_alphanumeric();
            if n == 0 || n > 2 || !ends {
                break;
            }
            levels.push(text[d0..j].parse::<u32>().unwrap_or(0));
            // A range `06-07` or an alternative `CS4/CS5` continues the list.
            if j + 1 < b.len() && b[j] == b'-' && b[j + 1].is_ascii_digit() {
                j += 1;
                continue;
            }
            break;
        }
        for l in levels.into_iter().filter(|&l| l > 0) {
            out.push(format!("{group}-{l:02}"));
        }
        i = j.max(i + 1);
    }
    out.sort();
    out.dedup();
    out
}

fn language(original: &str, lower: &str, out: &mut Vec<String>) {
    if lower.contains("english essential") || lower.contains("anglais essentiel") {
        out.push("english-essential".into());
    }
    if lower.contains("french essential") || lower.contains("français essentiel") {
        out.push("french-essential".into());
    }
    let imperative = lower.contains("bilingual imperative")
        || lower.contains("bilingue impératif")
        || lower.contains("bilingualism is required")
        || lower.contains("bilinguisme est requis")
        || lower.contains("bilinguisme est exigé");
    if imperative {
        // The requirement, and each profile as a value under it: choosing the requirement finds
        // every posting that has it, whatever its profile.
        out.push("bilingual-imperative".into());
        for p in profiles(original) {
            out.push(format!("bilingual-imperative-{}", p.to_ascii_lowercase()));
        }
    }
}

/// Language profiles such as `CBC` or `BBB` (three of A, B, C, E, P as a word).
fn profiles(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in s.split(|c: char| !c.is_ascii_alphanumeric()) {
        if word.len() == 3
            && word
                .chars()
                .all(|c| matches!(c, 'A' | 'B' | 'C' | 'E' | 'P'))
        {
            out.push(word.to_string());
        }
    }
    out.sort();
    out.dedup();
    out
}

fn tenure(lower: &str, out: &mut Vec<String>) {
    let has = |ps: &[&str]| ps.iter().any(|p| lower.contains(p));
    if has(&[
        "indeterminate",
        "indéterminée",
        "indéterminé",
        "permanent position",
        "poste permanent",
    ]) {
        out.push("indeterminate".into());
    }
    if has(&[
        "term position",
        "year term",
        "year-term",
        "month term",
        "term appointment",
        "période déterminée",
        "durée déterminée",
        "d’une durée de deux ans",
        "d'une durée de deux ans",
    ]) {
        out.push("term".into());
    }
    if has(&[
        "secondment",
        "détachement",
        "assignment opportunity",
        "on assignment",
        "en affectation",
        "possibilité d’affectation",
    ]) {
        out.push("assignment".into());
    }
    if has(&["interchange canada", "échanges canada"]) {
        out.push("interchange".into());
    }
    if has(&[
        "student position",
        "co-op student",
        "a student",
        "an outreach student",
        "poste étudiant",
        "étudiant ou étudiante",
        "stage coop",
        "un étudiant",
        "une étudiante",
    ]) {
        out.push("student".into());
    }
}

/// City names and their value keys; Ottawa and Gatineau are the National Capital Region.
const CITIES: [(&str, &str); 12] = [
    ("ottawa", "ncr"),
    ("gatineau", "ncr"),
    ("toronto", "toronto"),
    ("montreal", "montreal"),
    ("montréal", "montreal"),
    ("kitchener", "kitchener-waterloo"),
    ("waterloo", "kitchener-waterloo"),
    ("vancouver", "vancouver"),
    ("halifax", "halifax"),
    ("winnipeg", "winnipeg"),
    ("calgary", "calgary"),
    ("edmonton", "edmonton"),
];

fn location(lower: &str, out: &mut Vec<String>) {
    let has = |ps: &[&str]| ps.iter().any(|p| lower.contains(p));
    if has(&[
        "anywhere in canada",
        "n’importe où au canada",
        "n'importe où au canada",
        "fully remote",
        "entièrement à distance",
        "work remotely from anywhere",
    ]) {
        out.push("remote".into());
    }
    if has(&["national capital region", "région de la capitale nationale"]) {
        out.push("ncr".into());
    }
    // Cities count only in a statement about where this job is done.
    let hiring = has(&[
        "located in",
        "based in",
        "situé à",
        "située à",
        "hiring a",
        "offices in",
        "nos bureaux à",
        "l’un de nos bureaux",
        "l'un de nos bureaux",
        "mois, à",
    ]);
    let offices_only = has(&[
        "while we have locations",
        "bien que nous ayons des bureaux",
        "alors que nos bureaux",
        "bien que nos bureaux",
        "while our home base",
        "bien que notre bureau",
        "nous comptons des bureaux",
        "great places to work",
        "bons espaces de travail",
        "occasional travel",
        "déplacements occasionnels",
    ]);
    if hiring && !offices_only {
        for (name, key) in CITIES {
            if contains_word(lower, name) {
                out.push(key.into());
            }
        }
    }
}

fn contains_word(hay: &str, word: &str) -> bool {
    hay.match_indices(word).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Team keywords of a title (either language).
const TEAMS: [(&[&str], &str); 9] = [
    (&["partnership", "partenariat"], "partnerships"),
    (
        &["product manag", "de produit", "des produits", "produits"],
        "product",
    ),
    (
        &[
            "developer",
            "engineer",
            "sre",
            "devsecops",
            "développeu",
            "ingénieu",
            "software",
            "logiciel",
            "security",
            "sécurité",
        ],
        "engineering",
    ),
    (
        &["design", "concepteur", "conceptrice", "conception"],
        "design",
    ),
    (&["research", "recherche", "chercheu"], "research"),
    (&["policy", "politique"], "policy"),
    (
        &[
            "outreach",
            "sensibilisation",
            "storytell",
            "narrati",
            "communications",
            "marketing",
            "média",
        ],
        "outreach",
    ),
    (
        &["talent", "recruit", "recrut", "people", "personnel"],
        "talent",
    ),
    (
        &[
            "internal operations",
            "opérations internes",
            "procurement",
            "approvisionnement",
            "administrative",
            "administrati",
        ],
        "operations",
    ),
];

fn team(title: &str) -> Vec<String> {
    let lower = title.to_lowercase();
    TEAMS
        .iter()
        .filter(|(keys, _)| {
            keys.iter().any(|k| {
                if k.len() <= 3 {
                    contains_word(&lower, k)
                } else {
                    lower.contains(k)
                }
            })
        })
        .map(|(_, v)| v.to_string())
        .collect()
}

/// Adds the values of `from` to `into`, keeping each list sorted and without repeats.
pub fn merge(into: &mut Facets, from: &Facets) {
    for kind in FacetKind::ALL {
        let v = into.values_mut(kind);
        v.extend(from.values(kind).iter().cloned());
        v.sort();
        v.dedup();
    }
}

fn l(en: &str, fr: &str) -> Label {
    Label {
        en: en.to_string(),
        fr: fr.to_string(),
    }
}

/// The English and French label of one value.
pub fn label(kind: FacetKind, value: &str) -> Label {
    match kind {
        FacetKind::Classification => l(value, value),
        FacetKind::Language => match value {
            "english-essential" => l("English essential", "Anglais essentiel"),
            "french-essential" => l("French essential", "Français essentiel"),
            "bilingual-imperative" => l("Bilingual imperative", "Bilingue impératif"),
            v => {
                let profile = v
                    .strip_prefix("bilingual-imperative-")
                    .unwrap_or(v)
                    .to_ascii_uppercase();
                // Under "Bilingual imperative", which the posting also has (see `language`):
                // a posting shows "Bilingual imperative, CBC profile".
                l(&format!("{profile} profile"), &format!("Profil {profile}"))
            }
        },
        FacetKind::Tenure => match value {
            "indeterminate" => l(
                "Indeterminate (permanent)",
                "Nomination pour une période indéterminée",
            ),
            "term" => l("Term", "Nomination pour une période déterminée"),
            "assignment" => l("Assignment or secondment", "Affectation ou détachement"),
            "interchange" => l("Interchange Canada", "Échanges Canada"),
            "student" => l("Student", "Étudiant ou étudiante"),
            v => l(v, v),
        },
        FacetKind::Location => match value {
            "ncr" => l("National Capital Region", "Région de la capitale nationale"),
            "remote" => l(
                "Remote or anywhere in Canada",
                "À distance ou n’importe où au Canada",
            ),
            "toronto" => l("Toronto", "Toronto"),
            "montreal" => l("Montreal", "Montréal"),
            "kitchener-waterloo" => l("Kitchener-Waterloo", "Kitchener-Waterloo"),
            "vancouver" => l("Vancouver", "Vancouver"),
            "halifax" => l("Halifax", "Halifax"),
            "winnipeg" => l("Winnipeg", "Winnipeg"),
            "calgary" => l("Calgary", "Calgary"),
            "edmonton" => l("Edmonton", "Edmonton"),
            v => l(v, v),
        },
        FacetKind::Team => match value {
            "partnerships" => l("Partnerships", "Partenariats"),
            "product" => l("Product management", "Gestion des produits"),
            "engineering" => l("Engineering", "Ingénierie"),
            "design" => l("Design", "Conception"),
            "research" => l("Research", "Recherche"),
            "policy" => l("Policy", "Politiques"),
            "outreach" => l(
                "Outreach and communications",
                "Sensibilisation et communications",
            ),
            "talent" => l("Talent", "Talents"),
            "operations" => l("Internal operations", "Opérations internes"),
            v => l(v, v),
        },
    }
}

/// Labels of every value used by `postings`.
pub fn labels_for(postings: &[Posting]) -> FacetLabels {
    let mut labels = FacetLabels::default();
    for p in postings {
        for kind in FacetKind::ALL {
            for v in p.facets.values(kind) {
                labels.set_label(kind, v, label(kind, v));
            }
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_labels_follow_french_typography() {
        let known = [
            (FacetKind::Language, "english-essential"),
            (FacetKind::Language, "french-essential"),
            (FacetKind::Language, "bilingual-imperative"),
            (FacetKind::Language, "bilingual-imperative-cbc"),
            (FacetKind::Tenure, "indeterminate"),
            (FacetKind::Tenure, "term"),
            (FacetKind::Tenure, "assignment"),
            (FacetKind::Tenure, "interchange"),
            (FacetKind::Tenure, "student"),
            (FacetKind::Location, "ncr"),
            (FacetKind::Location, "remote"),
            (FacetKind::Location, "montreal"),
            (FacetKind::Team, "partnerships"),
            (FacetKind::Team, "product"),
            (FacetKind::Team, "engineering"),
            (FacetKind::Team, "design"),
            (FacetKind::Team, "research"),
            (FacetKind::Team, "policy"),
            (FacetKind::Team, "outreach"),
            (FacetKind::Team, "talent"),
            (FacetKind::Team, "operations"),
        ];
        for (kind, value) in known {
            let fr = label(kind, value).fr;
            assert!(
                !fr.contains('\'') && careers_core::messages::french_typography_ok(&fr),
                "{value}: {fr:?}"
            );
        }
    }

    #[test]
    fn classification_codes_in_their_usual_spellings() {
        assert_eq!(
            classifications("classified as [CS-03, CS-04 or CS-05](https://x)"),
            vec!["CS-03", "CS-04", "CS-05"]
        );
        assert_eq!(
            classifications("the CS4/CS5 qualification standard"),
            vec!["CS-04", "CS-05"]
        );
        assert_eq!(
            classifications("niveaux **EC 06-07** du groupe"),
            vec!["EC-06", "EC-07"]
        );
        assert_eq!(
            classifications("an IT-4 or EX-01; COVID-19; ASAP 2019; CS-123; BCS-04"),
            vec!["EX-01", "IT-04"]
        );
    }

    #[test]
    fn language_requirements_with_profiles() {
        let f = derive(
            "T",
            "",
            "This position is Bilingual Imperative (BBB)* and reports to X.",
            false,
        );
        assert_eq!(
            f.language,
            vec!["bilingual-imperative", "bilingual-imperative-bbb"]
        );
        let f = derive(
            "T",
            "",
            "Ce poste est désigné anglais essentiel et peut être assumé de n’importe où au Canada.",
            false,
        );
        assert_eq!(f.language, vec!["english-essential"]);
        assert_eq!(f.location, vec!["remote"]);
        let f = derive(
            "T",
            "",
            "Bilingualism is required for this position.",
            false,
        );
        assert_eq!(f.language, vec!["bilingual-imperative"]);
    }

    #[test]
    fn a_profile_is_a_value_under_its_requirement() {
        let mut into = derive("T", "", "Bilingualism is required.", false);
        merge(
            &mut into,
            &derive("T", "", "Ce poste est bilingue impératif (CBC).", false),
        );
        assert_eq!(
            into.language,
            vec!["bilingual-imperative", "bilingual-imperative-cbc"]
        );
    }

    #[test]
    fn pool_sentences_are_not_the_posting() {
        let f = derive("T", "", "A pool may be used to fill similar positions with linguistic profiles (english essential, bilingual imperative CBC/CBC), as well as tenures (indeterminate, term).", false);
        assert_eq!(f, Facets::default());
    }

    #[test]
    fn tenure_from_explicit_statements() {
        assert_eq!(
            derive("T", "", "This role is a 2 year-term position.", false).tenure,
            vec!["term"]
        );
        assert_eq!(
            derive("T", "", "Il s’agit d’un poste à période déterminée.", false).tenure,
            vec!["term"]
        );
        assert_eq!(
            derive(
                "T",
                "",
                "We are looking to hire a student to join us.",
                false
            )
            .tenure,
            vec!["student"]
        );
        assert_eq!(
            derive("T", "", "Through Interchange Canada.", false).tenure,
            vec!["interchange"]
        );
        assert!(
            derive("T", "", "We manage assignments and workload.", false)
                .tenure
                .is_empty()
        );
    }

    #[test]
    fn locations_only_from_statements_about_the_job() {
        assert_eq!(
            derive("T", "", "an 18 month term, located in Ottawa.", false).location,
            vec!["ncr"]
        );
        assert_eq!(
            derive("T", "", "We're hiring a Head of Software Development in Ottawa, Montreal, Toronto, or Kitchener.", false).location,
            vec!["kitchener-waterloo", "montreal", "ncr", "toronto"]
        );
        assert!(derive("T", "", "While we have locations in Ottawa, Montreal, Toronto, and Kitchener; we largely work distributed.", false).location.is_empty());
    }

    #[test]
    fn teams_from_the_title() {
        assert_eq!(
            derive("Head of Partnerships", "", "", false).team,
            vec!["partnerships"]
        );
        assert_eq!(
            derive(
                "Gestionnaire principal de produit – Partenariats",
                "",
                "",
                false
            )
            .team,
            vec!["partnerships", "product"]
        );
        assert_eq!(
            derive("Senior Front End Software Developer", "", "", false).team,
            vec!["engineering"]
        );
        assert!(derive("Chief of Staff", "", "", false).team.is_empty());
    }

    #[test]
    fn every_value_has_two_labels() {
        let l = label(FacetKind::Language, "bilingual-imperative-cbc");
        assert_eq!(l.en, "CBC profile");
        assert_eq!(l.fr, "Profil CBC");
        assert_eq!(
            label(FacetKind::Tenure, "term").fr,
            "Nomination pour une période déterminée"
        );
    }

    #[test]
    fn pdf_classification_is_not_taken_from_the_text() {
        assert!(derive(
            "Director",
            "",
            "reports to the Chief Operating Officer (EX-03)",
            true
        )
        .classification
        .is_empty());
    }
}
