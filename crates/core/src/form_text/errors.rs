//! The form's words for what went wrong: the error summary, each field's error, the character
//! counter, and a request that could not be sent.

use super::FormMsg;
use crate::form::{CharCount, ErrorCode, Field, FieldError, SendFailure};
use crate::messages::count_noun;
use crate::Lang;

/// The error summary's title.
pub fn error_summary_title(lang: Lang) -> &'static str {
    FormMsg::ErrorSummaryTitle.text(lang)
}

/// The browser tab's title while there are errors: `Error: <title>` so screen readers hear it.
pub fn title_with_errors(lang: Lang, title: &str) -> String {
    format!("{} {title}", FormMsg::ErrorPrefix.text(lang))
}

/// The message of an error, the same in the summary and next to the field.
pub fn error_message(error: FieldError, lang: Lang) -> String {
    match lang {
        Lang::En => error_en(error.field, error.code),
        Lang::Fr => error_fr(error.field, error.code),
    }
}

fn error_en(field: Field, code: ErrorCode) -> String {
    use ErrorCode::*;
    use Field::*;
    let text = match (field, code) {
        (_, TooLong { max }) => {
            return format!("{} must be {} or fewer", too_long_subject_en(field), count_noun(Lang::En, max, "character", "characters"))
        }
        (_, PhoneDigits { min, max }) => {
            return format!("Enter a telephone number with {min} to {max} digits, like 613-555-0123")
        }
        (FullName, Required) => "Enter your full name",
        (Email, Required) => "Enter your email address",
        (Email, EmailFormat) => "Enter an email address in the correct format, like name@example.com",
        (CorrespondenceLanguage, Required) => "Select the official language you want us to use when we contact you",
        (Posting, Required) => "Select the job posting your request is about",
        (Posting, PostingUnknown) => "The job posting you selected is no longer available. Select another job posting",
        (Stages, _) => "Select at least one assessment stage",
        (Needs, Required) => "Describe the needs or barriers you want us to know about",
        (MeasureOther, _) => "Describe the other measure you are requesting",
        (Phone, _) => "Enter a telephone number using only digits, spaces, brackets, hyphens, periods and +, like 613-555-0123",
        (Consent, _) => "You must agree to the privacy notice to send your request",
        (_, EmailFormat) => "Enter an email address in the correct format, like name@example.com",
        (_, ChooseAtLeastOne) => "Select at least one option",
        (_, ConsentRequired) => "You must agree to the privacy notice to send your request",
        (_, PostingUnknown) => "Select another job posting",
        (_, OtherMeasureRequired) => "Describe the other measure you are requesting",
        (_, PhoneFormat) => "Enter a telephone number in the correct format, like 613-555-0123",
        (_, Required) => "Answer this question",
    };
    text.to_owned()
}

fn error_fr(field: Field, code: ErrorCode) -> String {
    use ErrorCode::*;
    use Field::*;
    let text = match (field, code) {
        (_, TooLong { max }) => {
            return format!("{} doit compter au plus {}", too_long_subject_fr(field), count_noun(Lang::Fr, max, "caractère", "caractères"))
        }
        (_, PhoneDigits { min, max }) => {
            return format!("Entrez un numéro de téléphone de {min} à {max} chiffres, par exemple 613-555-0123")
        }
        (FullName, Required) => "Entrez votre nom complet",
        (Email, Required) => "Entrez votre adresse courriel",
        (Email, EmailFormat) => "Entrez une adresse courriel dans le bon format, par exemple nom@exemple.com",
        (CorrespondenceLanguage, Required) => "Sélectionnez la langue officielle dans laquelle vous voulez que nous communiquions avec vous",
        (Posting, Required) => "Sélectionnez l’offre d’emploi visée par votre demande",
        (Posting, PostingUnknown) => "L’offre d’emploi sélectionnée n’est plus offerte. Sélectionnez une autre offre d’emploi",
        (Stages, _) => "Sélectionnez au moins une étape de l’évaluation",
        (Needs, Required) => "Décrivez les besoins ou les obstacles dont vous voulez nous faire part",
        (MeasureOther, _) => "Décrivez l’autre mesure que vous demandez",
        (Phone, _) => "Entrez un numéro de téléphone composé uniquement de chiffres, d’espaces, de parenthèses, de traits d’union, de points et du signe +, par exemple 613-555-0123",
        (Consent, _) => "Vous devez accepter l’avis de confidentialité pour envoyer votre demande",
        (_, EmailFormat) => "Entrez une adresse courriel dans le bon format, par exemple nom@exemple.com",
        (_, ChooseAtLeastOne) => "Sélectionnez au moins une option",
        (_, ConsentRequired) => "Vous devez accepter l’avis de confidentialité pour envoyer votre demande",
        (_, PostingUnknown) => "Sélectionnez une autre offre d’emploi",
        (_, OtherMeasureRequired) => "Décrivez l’autre mesure que vous demandez",
        (_, PhoneFormat) => "Entrez un numéro de téléphone dans le bon format, par exemple 613-555-0123",
        (_, Required) => "Répondez à cette question",
    };
    text.to_owned()
}

/// What "must be N characters or fewer" is about.
fn too_long_subject_en(field: Field) -> &'static str {
    match field {
        Field::FullName => "Full name",
        Field::Email => "Email address",
        Field::Needs => "Your description of needs or barriers",
        Field::MeasureOther => "The description of the other measure",
        Field::Phone => "Telephone number",
        Field::BestTime => "Best time to call",
        Field::PreviousDetails => "What worked for you",
        _ => "This answer",
    }
}

fn too_long_subject_fr(field: Field) -> &'static str {
    match field {
        Field::FullName => "Le nom complet",
        Field::Email => "L’adresse courriel",
        Field::Needs => "La description de vos besoins ou des obstacles",
        Field::MeasureOther => "La description de l’autre mesure",
        Field::Phone => "Le numéro de téléphone",
        Field::BestTime => "Le meilleur moment pour vous appeler",
        Field::PreviousDetails => "La description de ce qui a fonctionné",
        _ => "Cette réponse",
    }
}

// ---------------------------------------------------------------------------------------------
// Character counter
// ---------------------------------------------------------------------------------------------

/// The hint shown before typing: `You can enter up to 5,000 characters`.
pub fn limit_hint(field: Field, lang: Lang) -> Option<String> {
    let max = field.max_chars()?;
    Some(match lang {
        Lang::En => format!(
            "You can enter up to {}",
            count_noun(lang, max, "character", "characters")
        ),
        Lang::Fr => format!(
            "Vous pouvez saisir jusqu’à {}",
            count_noun(lang, max, "caractère", "caractères")
        ),
    })
}

/// The counter's text for a count: `You have 12 characters remaining` /
/// `Il vous reste 12 caractères`, `You have 3 characters too many` / `Vous avez 3 caractères de trop`.
pub fn counter_message(count: CharCount, lang: Lang) -> String {
    match (count, lang) {
        (CharCount::Remaining(n), Lang::En) => {
            format!(
                "You have {} remaining",
                count_noun(lang, n, "character", "characters")
            )
        }
        (CharCount::Remaining(n), Lang::Fr) => {
            format!(
                "Il vous reste {}",
                count_noun(lang, n, "caractère", "caractères")
            )
        }
        (CharCount::TooMany(n), Lang::En) => {
            format!(
                "You have {} too many",
                count_noun(lang, n, "character", "characters")
            )
        }
        (CharCount::TooMany(n), Lang::Fr) => {
            format!(
                "Vous avez {} de trop",
                count_noun(lang, n, "caractère", "caractères")
            )
        }
    }
}

/// The counter's text for a field's current text; `None` for a field without a limit.
pub fn counter_text(field: Field, text: &str, lang: Lang) -> Option<String> {
    crate::form::char_count(field, text).map(|count| counter_message(count, lang))
}

// ---------------------------------------------------------------------------------------------
// Sending, confirmation, email
// ---------------------------------------------------------------------------------------------

/// Why sending failed, followed by the reassurance that the information is still in the form;
/// `to`: where to email the request instead (the host's recipient, as the email panel's).
pub fn failure_message(failure: SendFailure, lang: Lang, to: &str) -> String {
    let cause = match (failure, lang) {
        (SendFailure::Rejected(status), Lang::En) => format!("The server could not accept your request (error {status}). Check your answers and retry. If it happens again, email your request to {to}."),
        (SendFailure::Rejected(status), Lang::Fr) => format!("Le serveur n’a pas pu accepter votre demande (erreur {status}). Vérifiez vos réponses et réessayez. Si le problème se reproduit, envoyez votre demande par courriel à {to}."),
        (SendFailure::Server(status), Lang::En) => format!("The server had a problem (error {status}). Retry in a few minutes. If it happens again, email your request to {to}."),
        (SendFailure::Server(status), Lang::Fr) => format!("Le serveur a éprouvé un problème (erreur {status}). Réessayez dans quelques minutes. Si le problème se reproduit, envoyez votre demande par courriel à {to}."),
        (SendFailure::Timeout, _) => FormMsg::FailureTimeout.text(lang).to_owned(),
        (SendFailure::Offline, _) => FormMsg::FailureOffline.text(lang).to_owned(),
    };
    format!("{cause} {}", FormMsg::FailureKept.text(lang))
}

/// Plural-aware "N errors" for a live announcement after a failed submit.
pub fn errors_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("{} to fix", count_noun(lang, n, "error", "errors")),
        Lang::Fr => format!("{} à corriger", count_noun(lang, n, "erreur", "erreurs")),
    }
}
