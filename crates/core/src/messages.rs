//! The interface's words in both official languages.
//!
//! Every message is one variant of [`Msg`], declared with its English and French text side by
//! side, so a message cannot exist in one language only: the compiler checks the catalogue.
//! Messages with numbers or names are functions below. French typography is written in: a
//! non-breaking space (U+00A0) before `:` `;` `?` `!` and inside `« »`.

use crate::date::IsoDate;
use crate::Lang;

/// Declares a catalogue: an enum of messages, each with its English and French text, and
/// `text(lang)`. Used here and by `form_text`.
/// A message may carry attributes (a `cfg`), which apply to its variant and its texts.
macro_rules! catalogue {
    ($(#[$doc:meta])* $catalogue:ident { $($(#[$attr:meta])* $name:ident => $en:expr, $fr:expr;)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $catalogue { $($(#[$attr])* $name,)* }

        impl $catalogue {
            /// Every message, for tests over the whole catalogue.
            pub const ALL: &'static [$catalogue] = &[$($(#[$attr])* $catalogue::$name,)*];

            /// The text of this message in `lang`.
            pub fn text(self, lang: $crate::Lang) -> &'static str {
                match (self, lang) {
                    $($(#[$attr])* ($catalogue::$name, $crate::Lang::En) => $en,
                      $(#[$attr])* ($catalogue::$name, $crate::Lang::Fr) => $fr,)*
                }
            }
        }
    };
}
pub(crate) use catalogue;

catalogue! {
/// A fixed message of the interface.
Msg {
    WidgetLabel => "Careers at the Canadian Digital Service", "Carrières au Service numérique canadien";
    Loading => "Loading job postings…", "Chargement des offres d’emploi…";
    ErrorHeading => "The job postings could not be shown", "Impossible d’afficher les offres d’emploi";
    ErrorNotFound => "The list of job postings was not found (error 404).", "La liste des offres d’emploi est introuvable (erreur 404).";
    ErrorTimeout => "The list of job postings took too long to load.", "Le chargement de la liste des offres d’emploi a pris trop de temps.";
    ErrorNetwork => "The list of job postings could not be loaded. Check your Internet connection.", "Impossible de charger la liste des offres d’emploi. Vérifiez votre connexion Internet.";
    ErrorNotJson => "The list of job postings is damaged: it is not in JSON format.", "La liste des offres d’emploi est endommagée\u{a0}: elle n’est pas au format JSON.";
    ErrorWrongShape => "The list of job postings is damaged: its content is not what this page expects.", "La liste des offres d’emploi est endommagée\u{a0}: son contenu ne correspond pas à ce que cette page attend.";
    ErrorAdvice => "Try again. If the problem continues, come back later.", "Réessayez. Si le problème persiste, revenez plus tard.";
    Retry => "Try again", "Réessayer";
    BodyLoading => "Loading the description…", "Chargement de la description…";
    BodyErrorHeading => "The description of this job posting could not be shown", "Impossible d’afficher la description de cette offre d’emploi";
    BodyErrorNotFound => "Its file was not found (error 404).", "Son fichier est introuvable (erreur 404).";
    BodyErrorTimeout => "It took too long to load.", "Son chargement a pris trop de temps.";
    BodyErrorNetwork => "It could not be loaded. Check your Internet connection.", "Impossible de la charger. Vérifiez votre connexion Internet.";
    BodyErrorDamaged => "Its file is damaged.", "Son fichier est endommagé.";
    FormHeading => "Request an accommodation for your assessment", "Demander une mesure d’adaptation pour votre évaluation";
    FormLoading => "Loading the form…", "Chargement du formulaire…";
    FormErrorHeading => "The form could not be shown", "Impossible d’afficher le formulaire";
    FormErrorNetwork => "It could not be loaded. Check your Internet connection, or reload the page.", "Le chargement a échoué. Vérifiez votre connexion Internet ou rechargez la page.";
    // Shown only without JavaScript, by the pages built ahead of time: the wasm carries none of
    // these texts.
    #[cfg(not(target_arch = "wasm32"))]
    FormNeedsScript => "This form needs JavaScript, which is off or blocked in this browser. You can request an accommodation by email instead:", "Ce formulaire nécessite JavaScript, qui est désactivé ou bloqué dans ce navigateur. Vous pouvez plutôt demander une mesure d’adaptation par courriel\u{a0}:";
    #[cfg(not(target_arch = "wasm32"))]
    OrByEmail => "Or request it by email:", "Ou demandez-la par courriel\u{a0}:";
    #[cfg(not(target_arch = "wasm32"))]
    ListingNeedsScript => "Search and filters need JavaScript, which is off or blocked in this browser. The open job postings are listed below.", "La recherche et les filtres nécessitent JavaScript, qui est désactivé ou bloqué dans ce navigateur. Les offres d’emploi ouvertes sont présentées ci-dessous.";
    SearchLabel => "Search job postings", "Rechercher des offres d’emploi";
    // Search reads the title, summary, description and the facets as the posting names them.
    SearchHint => "Every word must appear in the job posting.", "Chaque mot doit figurer dans l’offre d’emploi.";
    SearchButton => "Search", "Rechercher";
    ActiveSearch => "Search", "Recherche";
    FiltersHeading => "Filter results", "Filtrer les résultats";
    SkipFilters => "Skip the filters", "Passer les filtres";
    FacetClassification => "Classification", "Classification";
    FacetLanguage => "Language requirements", "Exigences linguistiques";
    FacetLocation => "Location", "Lieu de travail";
    FacetTenure => "Type of employment", "Type d’emploi";
    FacetTeam => "Team", "Équipe";
    StatusLegend => "Status", "Statut";
    StatusOpenChoice => "Open", "Ouverts";
    StatusClosedChoice => "Closed", "Fermés";
    StatusAllChoice => "All", "Tous";
    SortLabel => "Sort by", "Trier par";
    SortRelevance => "Relevance", "Pertinence";
    SortTitle => "Title (A to Z)", "Titre (A à Z)";
    SortStatus => "Status (open first)", "Statut (ouverts d’abord)";
    SortNewest => "Newest first", "Plus récents en premier";
    ClearAll => "Clear all filters", "Effacer tous les filtres";
    ResultsHeading => "Job postings", "Offres d’emploi";
    NoResults => "No job postings match your search.", "Aucune offre d’emploi ne correspond à votre recherche.";
    ActiveFilters => "Active filters:", "Filtres actifs\u{a0}:";
    NoOpenings => "There are no job openings right now.", "Il n’y a aucun poste à pourvoir pour le moment.";
    NoOpeningsAdvice => "New positions are posted here as soon as they open. Check back in a few weeks.", "Les nouveaux postes sont affichés ici dès leur ouverture. Revenez dans quelques semaines.";
    SeeClosed => "See closed postings", "Voir les offres fermées";
    StatusOpen => "Open: accepting applications", "Ouvert\u{a0}: candidatures acceptées";
    StatusClosed => "Closed: no longer accepting applications", "Fermé\u{a0}: candidatures non acceptées";
    ClosedBanner => "This job is no longer accepting applications.", "Ce poste n’accepte plus de candidatures.";
    Details => "Details", "Détails";
    // Before the date a posting went up (see `posted_on`). In French every word that qualifies a
    // posting agrees with « poste », which the counts use: « Publié le », « Ouvert », « Fermés »,
    // « Plus récents en premier » (a row read « Publiée le » beside « Ouvert »). The no-break
    // space keeps « Publié le » on one line, and this text's length: a string a byte shorter
    // moves every string after it in the wasm's data, and that cost 316 bytes of gzip.
    PostedOn => "Posted", "Publié\u{a0}le";
    BackToResults => "Back to results", "Retour aux résultats";
    RequestAccommodation => "Request an accommodation", "Demander une mesure d’adaptation";
    CopyLink => "Copy link", "Copier le lien";
    PrintAddress => "Address of this job posting:", "Adresse de cette offre d’emploi\u{a0}:";
    LinkCopied => "Link copied to the clipboard.", "Lien copié dans le presse-papiers.";
    LinkCopyFailed => "The link could not be copied. Copy it from the address bar.", "Impossible de copier le lien. Copiez-le à partir de la barre d’adresse.";
    PostingNotFound => "This job posting was not found. It may have been removed.", "Cette offre d’emploi est introuvable. Elle a peut-être été retirée.";
    OnlyInEnglish => "This job posting is only available in English.", "Cette offre d’emploi n’est offerte qu’en anglais.";
    OnlyInFrench => "This job posting is only available in French.", "Cette offre d’emploi n’est offerte qu’en français.";
    ReadInEnglish => "Read it in English", "La lire en anglais";
    ReadInFrench => "Read it in French", "La lire en français";
    EnglishOnlyTag => "English only", "En anglais seulement";
    FrenchOnlyTag => "French only", "En français seulement";
    PaginationLabel => "Pages of results", "Pages de résultats";
    PreviousPage => "Previous page", "Page précédente";
    NextPage => "Next page", "Page suivante";
    SwitchLanguage => "Français", "English";
    PageTitleListing => "Careers - Canadian Digital Service", "Carrières - Service numérique canadien";
}}

/// The label of a facet kind.
pub fn facet_name(kind: crate::FacetKind, lang: Lang) -> &'static str {
    use crate::FacetKind::*;
    match kind {
        Classification => Msg::FacetClassification,
        Language => Msg::FacetLanguage,
        Location => Msg::FacetLocation,
        Tenure => Msg::FacetTenure,
        Team => Msg::FacetTeam,
    }
    .text(lang)
}

/// `n` followed by the singular or plural of a noun, by each language's rule: English uses the
/// singular for 1 only; French for 0 and 1.
pub fn count_noun(lang: Lang, n: usize, singular: &str, plural: &str) -> String {
    let one = match lang {
        Lang::En => n == 1,
        Lang::Fr => n <= 1,
    };
    format!(
        "{} {}",
        group_digits(lang, n),
        if one { singular } else { plural }
    )
}

/// The number of job postings, in words: `1 job posting`, `0 poste`, `2 postes`.
pub fn postings_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => count_noun(lang, n, "job posting", "job postings"),
        Lang::Fr => count_noun(lang, n, "poste", "postes"),
    }
}

/// What a person hears and sees after a search: `3 job postings found` / `3 postes trouvés`.
pub fn results_found(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("{} found", postings_count(lang, n)),
        Lang::Fr => count_noun(lang, n, "poste trouvé", "postes trouvés"),
    }
}

/// Where a page of results stands: `Page 2 of 5` / `Page 2 de 5`.
pub fn page_of(lang: Lang, page: usize, pages: usize) -> String {
    let (page, pages) = (group_digits(lang, page), group_digits(lang, pages));
    match lang {
        Lang::En => format!("Page {page} of {pages}"),
        Lang::Fr => format!("Page {page} de {pages}"),
    }
}

/// The range of results on a page: `Job postings 51 to 100 of 230` / `Postes 51 à 100 sur 230`.
pub fn showing_range(lang: Lang, first: usize, last: usize, total: usize) -> String {
    let (first, last, total) = (
        group_digits(lang, first),
        group_digits(lang, last),
        group_digits(lang, total),
    );
    match lang {
        Lang::En => format!("Job postings {first} to {last} of {total}"),
        Lang::Fr => format!("Postes {first} à {last} sur {total}"),
    }
}

/// The label of a facet choice with the number of results it gives: `EC-06 (3)`.
/// The button that shows the filters on a small screen, with how many are chosen:
/// `Filters (2)`, `Filtres (2)`; no number when none is.
pub fn filters_toggle(lang: Lang, chosen: usize) -> String {
    let name = match lang {
        Lang::En => "Filters",
        Lang::Fr => "Filtres",
    };
    match chosen {
        0 => name.to_owned(),
        n => format!("{name} ({})", group_digits(lang, n)),
    }
}

/// The button at the end of the filters on a small screen: `Show 3 job postings`.
pub fn show_results(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("Show {}", postings_count(lang, n)),
        Lang::Fr => format!("Afficher {}", postings_count(lang, n)),
    }
}

pub fn choice_with_count(lang: Lang, label: &str, n: usize) -> String {
    format!("{label} ({})", group_digits(lang, n))
}

/// A server error with its status code.
pub fn error_server(lang: Lang, status: u16) -> String {
    match lang {
        Lang::En => {
            format!("The server that holds the job postings had a problem (error {status}).")
        }
        Lang::Fr => format!(
            "Le serveur qui contient les offres d’emploi a éprouvé un problème (erreur {status})."
        ),
    }
}

/// A bundle from a newer bundler.
pub fn error_unknown_schema(lang: Lang, version: u64) -> String {
    match lang {
        Lang::En => format!("The list of job postings uses a format (version {version}) that this page does not know yet. Reload the page later."),
        Lang::Fr => format!("La liste des offres d’emploi utilise un format (version {version}) que cette page ne connaît pas encore. Rechargez la page plus tard."),
    }
}

/// The browser tab's title for a posting.
pub fn posting_page_title(lang: Lang, title: &str) -> String {
    format!("{title} - {}", Msg::PageTitleListing.text(lang))
}

/// Digits grouped by thousands: `10,000` in English, `10 000` (narrow no-break space) in French.
pub fn group_digits(lang: Lang, n: usize) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202f}",
    };
    let mut out = String::with_capacity(digits.len() + 4);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

/// Month names, for dates in words.
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// A date in words, the one way dates are written in the interface: `22 November 2026` (day,
/// month, year, no comma, as the Government of Canada writes in English) / `22 novembre 2026`,
/// with `1er` for the first of a month in French (`1er décembre 2026`). `None` for a date that
/// does not exist (month 13, 30 February).
pub fn long_date(lang: Lang, year: i32, month: u32, day: u32) -> Option<String> {
    let date = IsoDate::new(year, month, day).ok()?;
    let index = usize::try_from(date.month()).ok()? - 1;
    let day = date.day();
    Some(match lang {
        Lang::En => format!("{day} {} {year}", MONTHS_EN[index]),
        Lang::Fr if day == 1 => format!("1er {} {year}", MONTHS_FR[index]),
        Lang::Fr => format!("{day} {} {year}", MONTHS_FR[index]),
    })
}

/// A posting's date (`YYYY-MM-DD`, as in the listing) in words, as [`long_date`] writes it;
/// `None` when `iso` is not a real date.
pub fn posting_date(lang: Lang, iso: &str) -> Option<String> {
    let (year, month, day) = IsoDate::parse(iso).ok()?.parts();
    long_date(lang, year, month, day)
}

/// When a posting went up, as a phrase: `Posted 3 December 2026` / `Publié le 3 décembre 2026`
/// ([`Msg::PostedOn`] then [`posting_date`]); `None` when `iso` is not a real date.
pub fn posted_on(lang: Lang, iso: &str) -> Option<String> {
    Some(format!(
        "{} {}",
        Msg::PostedOn.text(lang),
        posting_date(lang, iso)?
    ))
}

/// Whether French text follows the typography rules: a no-break space (U+00A0 or U+202F) before
/// `:` `;` `?` `!` and `»`, and after `«`. Used by tests over every French message.
pub fn french_typography_ok(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let nbsp = |c: Option<&char>| matches!(c, Some('\u{a0}') | Some('\u{202f}'));
    chars.iter().enumerate().all(|(i, c)| match c {
        ':' | ';' | '?' | '!' | '»' => {
            i > 0 && nbsp(chars.get(i - 1)) || is_in_url_or_time(&chars, i)
        }
        '«' => nbsp(chars.get(i + 1)),
        _ => true,
    })
}

/// A colon inside `https://` or `10:30` is not punctuation.
fn is_in_url_or_time(chars: &[char], i: usize) -> bool {
    chars[i] == ':'
        && i > 0
        && chars[i - 1].is_ascii_alphanumeric()
        && chars
            .get(i + 1)
            .is_some_and(|c| *c == '/' || c.is_ascii_digit())
}

/// The filters in force, in words: `Search: “design”`, `Classification: EC-06` (« Recherche :
/// « design » », with French spacing), each value by its label in `labels`.
pub fn active_filters(
    query: &crate::query::Query,
    labels: &crate::model::FacetLabels,
    lang: Lang,
) -> Vec<String> {
    let colon = match lang {
        Lang::En => ": ",
        Lang::Fr => "\u{a0}: ",
    };
    let mut out = Vec::new();
    if !query.text.trim().is_empty() {
        let quoted = match lang {
            Lang::En => format!("“{}”", query.text.trim()),
            Lang::Fr => format!("«\u{a0}{}\u{a0}»", query.text.trim()),
        };
        out.push(format!("{}{colon}{quoted}", Msg::ActiveSearch.text(lang)));
    }
    for (kind, values) in query.facets.iter().filter(|(_, v)| !v.is_empty()) {
        let labels: Vec<_> = values
            .iter()
            .map(|v| labels.label_in(kind, v, lang))
            .collect();
        out.push(format!(
            "{}{colon}{}",
            facet_name(kind, lang),
            labels.join(", ")
        ));
    }
    if query.status != crate::query::StatusFilter::Open {
        let status = match query.status {
            crate::query::StatusFilter::Closed => Msg::StatusClosedChoice,
            _ => Msg::StatusAllChoice,
        };
        out.push(format!(
            "{}{colon}{}",
            Msg::StatusLegend.text(lang),
            status.text(lang)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_both_languages_and_differs_where_it_should() {
        for msg in Msg::ALL {
            assert!(!msg.text(Lang::En).is_empty(), "{msg:?} en");
            assert!(!msg.text(Lang::Fr).is_empty(), "{msg:?} fr");
        }
        assert_ne!(Msg::Loading.text(Lang::En), Msg::Loading.text(Lang::Fr));
    }

    #[test]
    fn active_filters_name_each_filter_in_each_language() {
        use crate::model::{FacetLabels, Label};
        use crate::query::{Query, StatusFilter};
        use crate::FacetKind;
        let mut query = Query {
            text: "  design  ".into(),
            status: StatusFilter::Closed,
            ..Query::default()
        };
        query.facets[FacetKind::Location].insert("remote".to_owned());
        query.facets[FacetKind::Location].insert("toronto".to_owned());
        let mut labels = FacetLabels::default();
        labels[FacetKind::Location].push((
            "remote".into(),
            Label {
                en: "Remote".into(),
                fr: "À distance".into(),
            },
        ));
        assert_eq!(
            active_filters(&query, &labels, Lang::En),
            [
                "Search: “design”",
                "Location: Remote, toronto",
                "Status: Closed"
            ]
        );
        let fr = active_filters(&query, &labels, Lang::Fr);
        assert_eq!(
            fr,
            [
                "Recherche\u{a0}: «\u{a0}design\u{a0}»",
                "Lieu de travail\u{a0}: À distance, toronto",
                "Statut\u{a0}: Fermés"
            ]
        );
        assert!(fr.iter().all(|f| french_typography_ok(f)), "{fr:?}");
        assert!(active_filters(&Query::default(), &labels, Lang::En).is_empty());
    }

    #[test]
    fn french_messages_follow_french_typography() {
        for msg in Msg::ALL {
            let fr = msg.text(Lang::Fr);
            assert!(french_typography_ok(fr), "{msg:?}: {fr:?}");
        }
        assert!(french_typography_ok(&error_server(Lang::Fr, 500)));
        assert!(!french_typography_ok("Filtres actifs :"));
        assert!(!french_typography_ok("« texte »"));
        assert!(french_typography_ok("«\u{a0}texte\u{a0}»"));
    }

    #[test]
    fn plurals_follow_each_language() {
        assert_eq!(postings_count(Lang::Fr, 0), "0 poste");
        assert_eq!(postings_count(Lang::Fr, 1), "1 poste");
        assert_eq!(postings_count(Lang::Fr, 2), "2 postes");
        assert_eq!(postings_count(Lang::En, 0), "0 job postings");
        assert_eq!(postings_count(Lang::En, 1), "1 job posting");
        assert_eq!(postings_count(Lang::En, 2), "2 job postings");
        assert_eq!(results_found(Lang::Fr, 1), "1 poste trouvé");
        assert_eq!(results_found(Lang::Fr, 3), "3 postes trouvés");
        assert_eq!(results_found(Lang::En, 1), "1 job posting found");
    }

    #[test]
    fn large_numbers_are_grouped_by_language() {
        assert_eq!(group_digits(Lang::En, 10_000), "10,000");
        assert_eq!(group_digits(Lang::Fr, 10_000), "10\u{202f}000");
        assert_eq!(group_digits(Lang::En, 999), "999");
    }

    #[test]
    fn pages_are_described_in_words() {
        assert_eq!(page_of(Lang::En, 2, 5), "Page 2 of 5");
        assert_eq!(page_of(Lang::Fr, 2, 5), "Page 2 de 5");
        assert_eq!(
            showing_range(Lang::En, 51, 100, 230),
            "Job postings 51 to 100 of 230"
        );
        assert_eq!(
            showing_range(Lang::Fr, 1, 50, 10_000),
            "Postes 1 à 50 sur 10\u{202f}000"
        );
    }

    #[test]
    fn dates_are_written_out_day_month_year() {
        assert_eq!(
            long_date(Lang::Fr, 2026, 11, 22).unwrap(),
            "22 novembre 2026"
        );
        assert_eq!(
            long_date(Lang::Fr, 2026, 12, 1).unwrap(),
            "1er décembre 2026"
        );
        assert_eq!(
            long_date(Lang::En, 2026, 11, 22).unwrap(),
            "22 November 2026"
        );
        assert_eq!(long_date(Lang::En, 2026, 12, 1).unwrap(), "1 December 2026");
        assert_eq!(long_date(Lang::En, 2026, 13, 1), None);
        assert_eq!(long_date(Lang::En, 2026, 0, 1), None);
        assert_eq!(long_date(Lang::Fr, 2026, 2, 30), None);
        assert_eq!(long_date(Lang::Fr, 2026, 3, 0), None);
    }

    #[test]
    fn a_posting_date_is_read_from_its_iso_form() {
        assert_eq!(
            posting_date(Lang::En, "2026-12-03").as_deref(),
            Some("3 December 2026")
        );
        assert_eq!(
            posting_date(Lang::Fr, "2026-12-03").as_deref(),
            Some("3 décembre 2026")
        );
        assert_eq!(
            posting_date(Lang::Fr, "2026-12-01").as_deref(),
            Some("1er décembre 2026")
        );
        assert_eq!(
            posting_date(Lang::Fr, "2026-08-11").as_deref(),
            Some("11 août 2026")
        );
        for bad in [
            "",
            "2026-02-30",
            "2026-12-3",
            "3 December 2026",
            "2026-12-03T10:00",
        ] {
            assert_eq!(posting_date(Lang::En, bad), None, "{bad:?}");
        }
        assert_eq!(
            posted_on(Lang::En, "2026-12-03").as_deref(),
            Some("Posted 3 December 2026")
        );
        assert_eq!(
            posted_on(Lang::Fr, "2026-12-01").as_deref(),
            Some("Publié\u{a0}le 1er décembre 2026")
        );
        assert_eq!(posted_on(Lang::Fr, "nope"), None);
    }
}
