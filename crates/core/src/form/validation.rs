//! The rules of the form, checked on submit, and the live character counter of long text.

use super::fields::{ErrorCode, Field, FieldError};
use super::model::Draft;
use super::{PHONE_MAX_DIGITS, PHONE_MIN_DIGITS};

/// Every error of the draft, in form order, at most one per field. `known_postings` says whether
/// a posting id exists (and accepts requests). Call on submit only.
pub fn validate(draft: &Draft, known_postings: &dyn Fn(&str) -> bool) -> Vec<FieldError> {
    Field::ALL
        .into_iter()
        .filter_map(|field| {
            field_error(draft, field, known_postings).map(|code| FieldError { field, code })
        })
        .collect()
}

/// The error of one field, if any.
pub fn field_error(
    draft: &Draft,
    field: Field,
    known_postings: &dyn Fn(&str) -> bool,
) -> Option<ErrorCode> {
    match field {
        Field::FullName => required_text(field, &draft.full_name),
        Field::Email => required_text(field, &draft.email).or_else(|| email_error(&draft.email)),
        Field::CorrespondenceLanguage => draft
            .correspondence_language
            .is_none()
            .then_some(ErrorCode::Required),
        Field::Posting => posting_error(&draft.posting_id, known_postings),
        Field::Stages => draft
            .stages
            .is_empty()
            .then_some(ErrorCode::ChooseAtLeastOne),
        Field::Needs => required_text(field, &draft.needs),
        Field::Measures | Field::PreviousAccommodation => None,
        Field::MeasureOther if draft.wants_other_measure() => {
            match required_text(field, &draft.measure_other) {
                Some(ErrorCode::Required) => Some(ErrorCode::OtherMeasureRequired),
                other => other,
            }
        }
        Field::MeasureOther => None,
        Field::Phone => too_long(field, &draft.phone).or_else(|| phone_error(&draft.phone)),
        Field::BestTime => too_long(field, &draft.best_time),
        Field::PreviousDetails if draft.had_previous() => too_long(field, &draft.previous_details),
        Field::PreviousDetails => None,
        Field::Consent => (!draft.consent).then_some(ErrorCode::ConsentRequired),
    }
}

/// `Required` when blank, else `TooLong` when over the field's limit.
fn required_text(field: Field, text: &str) -> Option<ErrorCode> {
    if text.trim().is_empty() {
        Some(ErrorCode::Required)
    } else {
        too_long(field, text)
    }
}

fn too_long(field: Field, text: &str) -> Option<ErrorCode> {
    let max = field.max_chars()?;
    (text.chars().count() > max).then_some(ErrorCode::TooLong { max })
}

fn posting_error(id: &str, known_postings: &dyn Fn(&str) -> bool) -> Option<ErrorCode> {
    let id = id.trim();
    if id.is_empty() {
        Some(ErrorCode::Required)
    } else if !known_postings(id) {
        Some(ErrorCode::PostingUnknown)
    } else {
        None
    }
}

/// Whether an email address has the shape `local@domain.tld`: one `@`, a non-empty local part, a
/// domain of non-empty dot-separated labels (at least two), and no spaces or control characters.
/// Deliberately loose: the only sure test of an address is writing to it.
pub fn is_email(text: &str) -> bool {
    let text = text.trim();
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && domain.split('.').all(|label| !label.is_empty())
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn email_error(text: &str) -> Option<ErrorCode> {
    (!is_email(text)).then_some(ErrorCode::EmailFormat)
}

/// The error of an optional telephone number: only digits, spaces and `+ ( ) - .`, and 7 to 20
/// digits. Blank is fine.
fn phone_error(text: &str) -> Option<ErrorCode> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '+' | '(' | ')' | '-' | '.');
    if !text.chars().all(allowed) {
        return Some(ErrorCode::PhoneFormat);
    }
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let (min, max) = (PHONE_MIN_DIGITS, PHONE_MAX_DIGITS);
    (!(min..=max).contains(&digits)).then_some(ErrorCode::PhoneDigits { min, max })
}

// Character counter

/// Where a text stands against its field's limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CharCount {
    /// This many characters can still be typed (0 at the limit).
    Remaining(usize),
    /// This many characters over the limit.
    TooMany(usize),
}

/// Where `text` stands against `field`'s limit, counting characters as typed (Unicode scalar
/// values: `é` or `👍` count as one), the same count [`validate`] uses. `None` when the field has
/// no limit.
pub fn char_count(field: Field, text: &str) -> Option<CharCount> {
    let max = field.max_chars()?;
    let used = text.chars().count();
    Some(if used > max {
        CharCount::TooMany(used - max)
    } else {
        CharCount::Remaining(max - used)
    })
}

/// Characters that can still be typed (0 at or over the limit); `None` when there is no limit.
pub fn chars_left(field: Field, text: &str) -> Option<usize> {
    match char_count(field, text)? {
        CharCount::Remaining(n) => Some(n),
        CharCount::TooMany(_) => Some(0),
    }
}

/// How close to the limit the counter starts being announced: 10 % of the limit, at most 100.
pub fn near_limit_threshold(field: Field) -> Option<usize> {
    field.max_chars().map(|max| (max / 10).min(100))
}

/// Whether the counter should be announced (`aria-live`): within
/// [`near_limit_threshold`] of the limit, or over it.
pub fn near_limit(field: Field, text: &str) -> bool {
    match (char_count(field, text), near_limit_threshold(field)) {
        (Some(CharCount::Remaining(n)), Some(threshold)) => n <= threshold,
        (Some(CharCount::TooMany(_)), _) => true,
        _ => false,
    }
}
