//! The accommodation request in words: the summary of what was sent (the confirmation page and
//! the email) and the prepared email itself (`mailto:` link and the text to copy), in either
//! language. The request is [`crate::form`]'s, the words [`crate::form_text`]'s: this module joins
//! them, so neither imports the other back.

use crate::form::{reference_from_key, Field, Measure, Previous, Submission, MAILTO_MAX_LEN};
use crate::form_text;
use crate::percent::percent_encode;
use crate::Lang;

/// One line of the summary of a request, on the confirmation page and in the email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    pub field: Field,
    pub label: &'static str,
    /// Plain text, possibly several lines.
    pub value: String,
}

/// What was sent, labelled, in form order, in the interface language: for the confirmation page
/// (a `<dl>`; values with `white-space: pre-wrap`) and the prepared email.
pub fn summary(submission: &Submission, lang: Lang) -> Vec<SummaryRow> {
    use form_text::{measure_label, not_provided, stage_label, summary_label};
    let s = submission;
    let list = |items: Vec<String>| {
        if items.is_empty() {
            not_provided(lang).to_owned()
        } else {
            items
                .iter()
                .map(|item| format!("- {item}"))
                .collect::<Vec<_>>()
                .join("\n")
        }
    };
    let given = |text: &Option<String>| {
        text.clone()
            .unwrap_or_else(|| not_provided(lang).to_owned())
    };
    let measures = s.measures.iter().map(|m| match (m, &s.measure_other) {
        (Measure::Other, Some(other)) => {
            format!("{}{} {other}", measure_label(*m, lang), colon(lang))
        }
        _ => measure_label(*m, lang).to_owned(),
    });
    // In the form's order, the order of `Field`.
    let mut rows = vec![
        (Field::FullName, s.full_name.clone()),
        (Field::Email, s.email.clone()),
        (
            Field::CorrespondenceLanguage,
            form_text::language_label(s.correspondence_language, lang).to_owned(),
        ),
        (
            Field::Posting,
            format!("{} ({})", s.posting.title, s.posting.id),
        ),
        (
            Field::Stages,
            list(
                s.stages
                    .iter()
                    .map(|st| stage_label(*st, lang).to_owned())
                    .collect(),
            ),
        ),
        (Field::Needs, s.needs.clone()),
        (Field::Measures, list(measures.collect())),
        (Field::Phone, given(&s.phone)),
        (Field::BestTime, given(&s.best_time)),
        (
            Field::PreviousAccommodation,
            s.previous_accommodation
                .map(|p| form_text::previous_label(p, lang).to_owned())
                .unwrap_or_else(|| not_provided(lang).to_owned()),
        ),
    ];
    if s.previous_accommodation == Some(Previous::Yes) {
        rows.push((Field::PreviousDetails, given(&s.previous_details)));
    }
    rows.push((Field::Consent, form_text::consent_given(lang).to_owned()));
    rows.into_iter()
        .map(|(field, value)| SummaryRow {
            field,
            label: summary_label(field, lang),
            value,
        })
        .collect()
}

/// `:` in English, `\u{a0}:` in French.
fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ":",
        Lang::Fr => "\u{a0}:",
    }
}

/// The subject of the prepared email, with the reference.
pub fn mailto_subject(submission: &Submission, lang: Lang) -> String {
    form_text::mail_subject(
        lang,
        &submission.posting.title,
        &reference_from_key(&submission.idempotency_key),
    )
}

/// The prepared email's text in the interface language: a heading, the reference, then every
/// field labelled (`Label: value`, or the label alone on a line with a multi-line value below),
/// separated by blank lines. Lines end with `\n`; [`mailto_url`] turns them into CRLF.
pub fn mailto_body(submission: &Submission, lang: Lang) -> String {
    let mut out = format!(
        "{}\n{}{} {}\n",
        form_text::mail_heading(lang),
        form_text::reference_label(lang),
        colon(lang),
        reference_from_key(&submission.idempotency_key),
    );
    for row in summary(submission, lang) {
        let value = normalize_newlines(&row.value, "\n");
        if value.contains('\n') {
            out.push_str(&format!("\n{}{}\n{}\n", row.label, colon(lang), value));
        } else {
            out.push_str(&format!("\n{}{} {}\n", row.label, colon(lang), value));
        }
    }
    out
}

/// The text to copy when the email is too long for a link: the address, the subject and the
/// body, each labelled.
pub fn copy_text(to: &str, submission: &Submission, lang: Lang) -> String {
    format!(
        "{}{} {to}\n{}{} {}\n\n{}",
        form_text::mail_to_label(lang),
        colon(lang),
        form_text::mail_subject_label(lang),
        colon(lang),
        mailto_subject(submission, lang),
        mailto_body(submission, lang)
    )
}

/// A `mailto:` URL with the subject and body (RFC 6068: everything but unreserved characters
/// percent-encoded as UTF-8, line breaks as `%0D%0A`), or `None` when it would be longer than
/// [`MAILTO_MAX_LEN`] characters: the widget then offers [`copy_text`] to copy.
pub fn mailto_url(to: &str, submission: &Submission, lang: Lang) -> Option<String> {
    let url = format!(
        "mailto:{}?subject={}&body={}",
        percent_encode(to.trim(), b"@"),
        percent_encode(&mailto_subject(submission, lang), b""),
        percent_encode(
            &normalize_newlines(&mailto_body(submission, lang), "\r\n"),
            b""
        ),
    );
    (url.len() <= MAILTO_MAX_LEN).then_some(url)
}

/// Every line break (`\r\n`, `\r`, `\n`) written as `eol`.
fn normalize_newlines(text: &str, eol: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', eol)
}
