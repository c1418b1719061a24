//! The accessibility-accommodation request form (issue #5), as pure data and pure functions.
//!
//! The Leptos component owns the DOM; this module owns everything that can be decided without a
//! browser, so `cargo test` checks it natively:
//!
//! * [`Draft`]: every field exactly as the person typed it. The widget saves it to
//!   `sessionStorage` (key [`DRAFT_STORAGE_KEY`]) after each change with [`Draft::to_json`] and
//!   restores it with [`Draft::from_json`], which accepts older, partial or damaged drafts: losing
//!   what someone typed is the worst thing this form can do.
//! * [`Field`]: the form's fields in form order, with their HTML ids, `type`, `autocomplete` and
//!   character limits. The words (labels, hints, messages) are in `form_text`, which reads this
//!   module and is not read by it.
//! * [`validate`]: the rules, returning [`FieldError`]s (a field and an [`ErrorCode`]) in form
//!   order, at most one per field. Call it on submit only, never while the person is typing.
//! * [`char_count`], [`chars_left`], [`near_limit`]: the live character counter. The widget
//!   must not set `maxlength`, so pasted text is never cut; going over the limit is an error
//!   on submit instead.
//! * [`Submission`]: the JSON body POSTed to the endpoint, built by [`submission`].
//! * The summary and the prepared email (offered when no endpoint is configured) are in
//!   [`crate::form_email`].
//!
//! # The idempotency key
//!
//! The key belongs to the *pending submission*, not to the draft: it identifies one request the
//! person decided to send, while the draft is what they are still editing. The widget's flow:
//!
//! 1. On **Send**: `submission(&draft, title, lang, &new_idempotency_key(random))`; on `Err`,
//!    show the error summary. On `Ok(fresh)`, send [`reuse_pending`]`(pending, fresh)`: the same
//!    key as the pending submission when the request is unchanged (the server then recognises a
//!    repeat), a new key as soon as anything in it changed.
//! 2. Save that submission in `sessionStorage` (key [`PENDING_STORAGE_KEY`]) *before* the POST,
//!    so a reload during a slow request still retries with the same key.
//! 3. On **Retry**: POST the pending submission unchanged, header [`IDEMPOTENCY_HEADER`] and
//!    field `idempotencyKey` both set to its key.
//! 4. On success: remove the draft and the pending submission; show the confirmation with
//!    [`reference_from_response`] or else [`reference_from_key`].
//!
//! # Privacy
//!
//! Personal data goes in the POST body only: never in a URL (other than the `mailto:` link the
//! person chooses to open, which does not leave their device), the console, or any other request.
//! Nothing here logs, and [`Draft`]'s `Debug` output is for tests only.

use crate::sorted_set::SortedSet;
use crate::Lang;

mod json;
pub use json::reference_from_response;

/// The version of the [`Submission`] format.
pub const FORM_SCHEMA: u32 = 1;

/// Where the widget keeps the [`Draft`] in `sessionStorage`.
pub const DRAFT_STORAGE_KEY: &str = "cds-careers-accommodation-draft";

/// Where the widget keeps the pending [`Submission`] in `sessionStorage`.
pub const PENDING_STORAGE_KEY: &str = "cds-careers-accommodation-pending";

/// The HTTP header that carries the idempotency key (also in the body as `idempotencyKey`).
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";

/// Longest `mailto:` URL offered as a link; a longer request is offered for copying instead.
pub const MAILTO_MAX_LEN: usize = 2000;

/// Telephone numbers have between this many digits…
pub const PHONE_MIN_DIGITS: usize = 7;
/// …and this many.
pub const PHONE_MAX_DIGITS: usize = 20;

// ---------------------------------------------------------------------------------------------
// Choices
// ---------------------------------------------------------------------------------------------

/// An assessment stage the request concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    Screening,
    WrittenTest,
    Interview,
    ReferenceCheck,
    Other,
}

impl Stage {
    /// Every stage, in the order the checkboxes show them.
    pub const ALL: [Stage; 5] = [
        Stage::Screening,
        Stage::WrittenTest,
        Stage::Interview,
        Stage::ReferenceCheck,
        Stage::Other,
    ];

    /// The value in JSON and in the checkbox's `value` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Stage::Screening => "screening",
            Stage::WrittenTest => "writtenTest",
            Stage::Interview => "interview",
            Stage::ReferenceCheck => "referenceCheck",
            Stage::Other => "other",
        }
    }

    /// The checkbox's HTML id; the first one is [`Field::Stages`]'s [`Field::link_target`].
    pub fn id(self) -> &'static str {
        match self {
            Stage::Screening => "cds-acc-stage-screening",
            Stage::WrittenTest => "cds-acc-stage-written-test",
            Stage::Interview => "cds-acc-stage-interview",
            Stage::ReferenceCheck => "cds-acc-stage-reference-check",
            Stage::Other => "cds-acc-stage-other",
        }
    }
}

/// A requested accommodation measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Measure {
    ExtraTime,
    Breaks,
    AlternateFormats,
    AssistiveTechnology,
    SignLanguage,
    AccessibleLocation,
    RemoteLocation,
    /// Described in [`Draft::measure_other`].
    Other,
}

impl Measure {
    /// Every measure, in the order the checkboxes show them.
    pub const ALL: [Measure; 8] = [
        Measure::ExtraTime,
        Measure::Breaks,
        Measure::AlternateFormats,
        Measure::AssistiveTechnology,
        Measure::SignLanguage,
        Measure::AccessibleLocation,
        Measure::RemoteLocation,
        Measure::Other,
    ];

    /// The value in JSON and in the checkbox's `value` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Measure::ExtraTime => "extraTime",
            Measure::Breaks => "breaks",
            Measure::AlternateFormats => "alternateFormats",
            Measure::AssistiveTechnology => "assistiveTechnology",
            Measure::SignLanguage => "signLanguage",
            Measure::AccessibleLocation => "accessibleLocation",
            Measure::RemoteLocation => "remoteLocation",
            Measure::Other => "other",
        }
    }

    /// The checkbox's HTML id.
    pub fn id(self) -> &'static str {
        match self {
            Measure::ExtraTime => "cds-acc-measure-extra-time",
            Measure::Breaks => "cds-acc-measure-breaks",
            Measure::AlternateFormats => "cds-acc-measure-alternate-formats",
            Measure::AssistiveTechnology => "cds-acc-measure-assistive-technology",
            Measure::SignLanguage => "cds-acc-measure-sign-language",
            Measure::AccessibleLocation => "cds-acc-measure-accessible-location",
            Measure::RemoteLocation => "cds-acc-measure-remote-location",
            Measure::Other => "cds-acc-measure-other",
        }
    }
}

/// Whether the person has had assessment accommodation before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Previous {
    Yes,
    No,
    PreferNotToSay,
}

impl Previous {
    /// Every answer, in the order the radio buttons show them.
    pub const ALL: [Previous; 3] = [Previous::Yes, Previous::No, Previous::PreferNotToSay];

    /// The value in JSON and in the radio button's `value` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Previous::Yes => "yes",
            Previous::No => "no",
            Previous::PreferNotToSay => "preferNotToSay",
        }
    }

    /// The radio button's HTML id.
    pub fn id(self) -> &'static str {
        match self {
            Previous::Yes => "cds-acc-previous-yes",
            Previous::No => "cds-acc-previous-no",
            Previous::PreferNotToSay => "cds-acc-previous-prefer-not-to-say",
        }
    }
}

/// The HTML id of the radio button for a language of correspondence.
pub fn correspondence_language_id(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "cds-acc-correspondence-language-en",
        Lang::Fr => "cds-acc-correspondence-language-fr",
    }
}

// ---------------------------------------------------------------------------------------------
// The draft
// ---------------------------------------------------------------------------------------------

/// Every field as the person typed or chose it, untrimmed. Stored in `sessionStorage` as JSON
/// (camelCase keys); every field has a default, and values of the wrong type or unknown choices
/// are dropped one by one, so an older or partial draft still loads.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    pub full_name: String,
    pub email: String,
    /// Preferred official language of correspondence; `None` until chosen.
    pub correspondence_language: Option<Lang>,
    /// The posting's id (often preset from the posting page the form was opened from).
    pub posting_id: String,
    pub stages: SortedSet<Stage>,
    pub needs: String,
    pub measures: SortedSet<Measure>,
    /// Only used when [`Measure::Other`] is checked; kept (not cleared) when it is unchecked.
    pub measure_other: String,
    pub phone: String,
    pub best_time: String,
    pub previous: Option<Previous>,
    /// Only used when [`Draft::previous`] is [`Previous::Yes`]; kept otherwise.
    pub previous_details: String,
    pub consent: bool,
}

impl Draft {
    /// An empty draft for a posting.
    pub fn for_posting(posting_id: &str) -> Draft {
        Draft {
            posting_id: posting_id.to_owned(),
            ..Draft::default()
        }
    }

    /// Whether the person has entered anything (the posting alone does not count), to decide
    /// whether to save it and whether to show the "draft restored" notice.
    pub fn is_blank(&self) -> bool {
        *self == Draft::for_posting(&self.posting_id)
    }

    /// The text of a free-text field ([`Field::is_text`]), `None` for the others.
    pub fn text(&self, field: Field) -> Option<&str> {
        let text = match field {
            Field::FullName => &self.full_name,
            Field::Email => &self.email,
            Field::Needs => &self.needs,
            Field::MeasureOther => &self.measure_other,
            Field::Phone => &self.phone,
            Field::BestTime => &self.best_time,
            Field::PreviousDetails => &self.previous_details,
            _ => return None,
        };
        Some(text)
    }

    /// The text of a free-text field, to update on `input`; `None` for the others.
    pub fn text_mut(&mut self, field: Field) -> Option<&mut String> {
        let text = match field {
            Field::FullName => &mut self.full_name,
            Field::Email => &mut self.email,
            Field::Needs => &mut self.needs,
            Field::MeasureOther => &mut self.measure_other,
            Field::Phone => &mut self.phone,
            Field::BestTime => &mut self.best_time,
            Field::PreviousDetails => &mut self.previous_details,
            _ => return None,
        };
        Some(text)
    }

    /// Checks or unchecks a stage.
    pub fn set_stage(&mut self, stage: Stage, checked: bool) {
        self.stages.set(stage, checked);
    }

    /// Checks or unchecks a measure.
    pub fn set_measure(&mut self, measure: Measure, checked: bool) {
        self.measures.set(measure, checked);
    }

    /// Whether the "other measure" text box applies (it is shown only then).
    pub fn wants_other_measure(&self) -> bool {
        self.measures.contains(&Measure::Other)
    }

    /// Whether the "what worked before" text box applies (it is shown only then).
    pub fn had_previous(&self) -> bool {
        self.previous == Some(Previous::Yes)
    }
}

// ---------------------------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------------------------

/// A field of the form, in form order (the order of the error summary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    FullName,
    Email,
    CorrespondenceLanguage,
    Posting,
    Stages,
    Needs,
    Measures,
    MeasureOther,
    Phone,
    BestTime,
    PreviousAccommodation,
    PreviousDetails,
    Consent,
}

/// The kind of control a field is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Control {
    /// `<input>` of [`Field::input_type`].
    Input,
    /// `<textarea>`.
    TextArea,
    /// `<select>`.
    Select,
    /// A `<fieldset>` of radio buttons.
    Radios,
    /// A `<fieldset>` of checkboxes.
    Checkboxes,
    /// A single checkbox.
    Checkbox,
}

impl Field {
    /// Every field, in form order.
    pub const ALL: [Field; 13] = [
        Field::FullName,
        Field::Email,
        Field::CorrespondenceLanguage,
        Field::Posting,
        Field::Stages,
        Field::Needs,
        Field::Measures,
        Field::MeasureOther,
        Field::Phone,
        Field::BestTime,
        Field::PreviousAccommodation,
        Field::PreviousDetails,
        Field::Consent,
    ];

    /// The HTML id of the control, or of the `<fieldset>` for a group.
    pub fn id(self) -> &'static str {
        match self {
            Field::FullName => "cds-acc-full-name",
            Field::Email => "cds-acc-email",
            Field::CorrespondenceLanguage => "cds-acc-correspondence-language",
            Field::Posting => "cds-acc-posting",
            Field::Stages => "cds-acc-stages",
            Field::Needs => "cds-acc-needs",
            Field::Measures => "cds-acc-measures",
            Field::MeasureOther => "cds-acc-measure-other-text",
            Field::Phone => "cds-acc-phone",
            Field::BestTime => "cds-acc-best-time",
            Field::PreviousAccommodation => "cds-acc-previous",
            Field::PreviousDetails => "cds-acc-previous-details",
            Field::Consent => "cds-acc-consent",
        }
    }

    /// The id an error-summary link points to and focuses: the control itself, or the first
    /// option of a group.
    pub fn link_target(self) -> &'static str {
        match self {
            Field::CorrespondenceLanguage => correspondence_language_id(Lang::En),
            Field::Stages => Stage::ALL[0].id(),
            Field::Measures => Measure::ALL[0].id(),
            Field::PreviousAccommodation => Previous::ALL[0].id(),
            _ => self.id(),
        }
    }

    /// The id of the hint, for `aria-describedby`.
    pub fn hint_id(self) -> String {
        format!("{}-hint", self.id())
    }

    /// The id of the field's error message, for `aria-describedby`.
    pub fn error_id(self) -> String {
        format!("{}-error", self.id())
    }

    /// The id of the character counter, for `aria-describedby`.
    pub fn counter_id(self) -> String {
        format!("{}-counter", self.id())
    }

    /// The kind of control.
    pub fn control(self) -> Control {
        match self {
            Field::FullName | Field::Email | Field::Phone | Field::BestTime => Control::Input,
            Field::Needs | Field::MeasureOther | Field::PreviousDetails => Control::TextArea,
            Field::Posting => Control::Select,
            Field::CorrespondenceLanguage | Field::PreviousAccommodation => Control::Radios,
            Field::Stages | Field::Measures => Control::Checkboxes,
            Field::Consent => Control::Checkbox,
        }
    }

    /// The `type` of an `<input>`; `None` for other controls.
    pub fn input_type(self) -> Option<&'static str> {
        match self {
            Field::FullName | Field::BestTime => Some("text"),
            Field::Email => Some("email"),
            Field::Phone => Some("tel"),
            _ => None,
        }
    }

    /// The `autocomplete` value; `None` (no attribute) for the person's own words.
    pub fn autocomplete(self) -> Option<&'static str> {
        match self {
            Field::FullName => Some("name"),
            Field::Email => Some("email"),
            Field::Phone => Some("tel"),
            _ => None,
        }
    }

    /// `spellcheck="false"` for fields where spelling correction only gets in the way.
    pub fn spellcheck(self) -> Option<bool> {
        match self {
            Field::Email | Field::Phone => Some(false),
            _ => None,
        }
    }

    /// Whether a field holds free text ([`Draft::text`] gives it).
    pub fn is_text(self) -> bool {
        matches!(self.control(), Control::Input | Control::TextArea)
    }

    /// Whether the label says "(required)"; the others say "(optional)". [`Field::MeasureOther`]
    /// is required when shown, that is when "Other" is checked.
    pub fn is_required(self) -> bool {
        matches!(
            self,
            Field::FullName
                | Field::Email
                | Field::CorrespondenceLanguage
                | Field::Posting
                | Field::Stages
                | Field::Needs
                | Field::MeasureOther
                | Field::Consent
        )
    }

    /// Whether the field shows a character counter: long free text only (the GOV.UK character
    /// count pattern). Short fields have a limit too, said by an error on submit.
    pub fn has_counter(self) -> bool {
        self.control() == Control::TextArea && self.max_chars().is_some()
    }

    /// The most characters the field accepts.
    pub fn max_chars(self) -> Option<usize> {
        match self {
            Field::FullName => Some(200),
            Field::Email => Some(254),
            Field::Needs => Some(5000),
            Field::MeasureOther => Some(500),
            Field::Phone => Some(30),
            Field::BestTime => Some(200),
            Field::PreviousDetails => Some(2000),
            _ => None,
        }
    }

    /// Every error [`validate`] can report for this field, for tests and for the catalogue.
    pub fn possible_errors(self) -> Vec<ErrorCode> {
        let mut codes = match self {
            Field::FullName | Field::CorrespondenceLanguage | Field::Needs => {
                vec![ErrorCode::Required]
            }
            Field::Email => vec![ErrorCode::Required, ErrorCode::EmailFormat],
            Field::Posting => vec![ErrorCode::Required, ErrorCode::PostingUnknown],
            Field::Stages => vec![ErrorCode::ChooseAtLeastOne],
            Field::MeasureOther => vec![ErrorCode::OtherMeasureRequired],
            Field::Phone => vec![
                ErrorCode::PhoneFormat,
                ErrorCode::PhoneDigits {
                    min: PHONE_MIN_DIGITS,
                    max: PHONE_MAX_DIGITS,
                },
            ],
            Field::Consent => vec![ErrorCode::ConsentRequired],
            Field::Measures
            | Field::BestTime
            | Field::PreviousAccommodation
            | Field::PreviousDetails => {
                vec![]
            }
        };
        if let Some(max) = self.max_chars() {
            codes.push(ErrorCode::TooLong { max });
        }
        codes
    }
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/// Why a field is not acceptable. `form_text::error_message` words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// Empty (or only spaces).
    Required,
    /// More than `max` characters (Unicode scalar values, as typed).
    TooLong { max: usize },
    /// Not `local@domain.tld` without spaces.
    EmailFormat,
    /// A character other than digits, spaces and `+ ( ) - .`.
    PhoneFormat,
    /// Fewer than `min` or more than `max` digits.
    PhoneDigits { min: usize, max: usize },
    /// No option of a group checked.
    ChooseAtLeastOne,
    /// "Other" measure checked but not described.
    OtherMeasureRequired,
    /// A posting id that is not (or no longer) in the bundle.
    PostingUnknown,
    /// Privacy notice not agreed to.
    ConsentRequired,
}

/// One error: which field, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FieldError {
    pub field: Field,
    pub code: ErrorCode,
}

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

// ---------------------------------------------------------------------------------------------
// Character counter
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Submission
// ---------------------------------------------------------------------------------------------

/// The posting a request is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostingRef {
    pub id: String,
    /// The title as shown to the person.
    pub title: String,
}

/// The JSON body POSTed to the endpoint (`Content-Type: application/json`), with the key also
/// in the [`IDEMPOTENCY_HEADER`] header. Text is sent exactly as typed, trimmed at both ends:
/// never HTML-escaped, interpreted or otherwise changed. Every key is always present.
///
/// | key | type | content |
/// |---|---|---|
/// | `schema` | number | [`FORM_SCHEMA`], `1` |
/// | `idempotencyKey` | string | UUID v4 text; the same for every retry of this request |
/// | `posting` | object | `{"id": string, "title": string}` |
/// | `language` | `"en"` \| `"fr"` | the interface language the form was filled in |
/// | `correspondenceLanguage` | `"en"` \| `"fr"` | preferred official language of correspondence |
/// | `fullName` | string | |
/// | `email` | string | |
/// | `phone` | string \| null | null when not given |
/// | `bestTime` | string \| null | best time to call; null when not given |
/// | `stages` | array of string | at least one of `screening`, `writtenTest`, `interview`, `referenceCheck`, `other`, in that order |
/// | `needs` | string | needs or barriers, in the person's words |
/// | `measures` | array of string | zero or more of `extraTime`, `breaks`, `alternateFormats`, `assistiveTechnology`, `signLanguage`, `accessibleLocation`, `remoteLocation`, `other`, in that order |
/// | `measureOther` | string \| null | the "other" measure; present exactly when `measures` has `other` |
/// | `previousAccommodation` | `"yes"` \| `"no"` \| `"preferNotToSay"` \| null | null when not answered |
/// | `previousDetails` | string \| null | what worked before; null unless `previousAccommodation` is `"yes"` and it is given |
/// | `consent` | `true` | agreement to the privacy notice (always true: it is required) |
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    pub schema: u32,
    pub idempotency_key: String,
    pub posting: PostingRef,
    pub language: Lang,
    pub correspondence_language: Lang,
    pub full_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub best_time: Option<String>,
    pub stages: Vec<Stage>,
    pub needs: String,
    pub measures: Vec<Measure>,
    pub measure_other: Option<String>,
    pub previous_accommodation: Option<Previous>,
    pub previous_details: Option<String>,
    pub consent: bool,
}

/// Builds the request from a draft after validating it. `posting_title` is the title of the
/// draft's posting as found in the bundle, `None` when the posting is unknown (which is then an
/// error). `lang` is the interface language.
pub fn submission(
    draft: &Draft,
    posting_title: Option<&str>,
    lang: Lang,
    idempotency_key: &str,
) -> Result<Submission, Vec<FieldError>> {
    let errors = validate(draft, &|_| posting_title.is_some());
    let (Some(title), Some(correspondence_language), true) = (
        posting_title,
        draft.correspondence_language,
        errors.is_empty(),
    ) else {
        return Err(errors);
    };
    Ok(Submission {
        schema: FORM_SCHEMA,
        idempotency_key: idempotency_key.to_owned(),
        posting: PostingRef {
            id: draft.posting_id.trim().to_owned(),
            title: title.trim().to_owned(),
        },
        language: lang,
        correspondence_language,
        full_name: draft.full_name.trim().to_owned(),
        email: draft.email.trim().to_owned(),
        phone: optional(&draft.phone),
        best_time: optional(&draft.best_time),
        stages: draft.stages.iter().copied().collect(),
        needs: draft.needs.trim().to_owned(),
        measures: draft.measures.iter().copied().collect(),
        measure_other: draft
            .wants_other_measure()
            .then(|| draft.measure_other.trim().to_owned()),
        previous_accommodation: draft.previous,
        previous_details: if draft.had_previous() {
            optional(&draft.previous_details)
        } else {
            None
        },
        consent: true,
    })
}

/// Trimmed text, `None` when blank.
fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

impl Submission {
    /// Whether two submissions carry the same request, whatever their keys.
    pub fn same_request(&self, other: &Submission) -> bool {
        Submission {
            idempotency_key: other.idempotency_key.clone(),
            ..self.clone()
        } == *other
    }
}

/// The submission to send: `pending` again (same key) when it is the same request as `fresh`,
/// else `fresh` with its new key.
pub fn reuse_pending(pending: Option<&Submission>, fresh: Submission) -> Submission {
    match pending {
        Some(pending) if pending.same_request(&fresh) => pending.clone(),
        _ => fresh,
    }
}

/// How sending failed, to choose the message (`form_text::failure_message`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SendFailure {
    /// The server refused the request (4xx).
    Rejected(u16),
    /// The server failed (5xx or any other unexpected status).
    Server(u16),
    /// No answer in time.
    Timeout,
    /// No connection.
    Offline,
}

impl SendFailure {
    /// The failure an HTTP status means; `None` for success (2xx).
    pub fn from_status(status: u16) -> Option<SendFailure> {
        match status {
            200..=299 => None,
            400..=499 => Some(SendFailure::Rejected(status)),
            _ => Some(SendFailure::Server(status)),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Keys and references
// ---------------------------------------------------------------------------------------------

/// A UUID version 4 in its text form (`xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx`, lower case)
/// from 16 random bytes (`crypto.getRandomValues` in the widget).
pub fn new_idempotency_key(random: [u8; 16]) -> String {
    let mut b = random;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|byte| format!("{byte:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// Whether `key` is a key [`new_idempotency_key`] could have made.
pub fn is_idempotency_key(key: &str) -> bool {
    let bytes = key.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            14 => *b == b'4',
            19 => matches!(b, b'8' | b'9' | b'a' | b'b'),
            _ => matches!(b, b'0'..=b'9' | b'a'..=b'f'),
        })
}

/// Crockford's base 32: digits and upper-case letters without I, L, O and U, easy to read aloud.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A short reference for the confirmation when the server gives none: `CDS-` and 8 characters
/// of Crockford base 32 from a hash (FNV-1a) of the key. The same key always gives the same
/// reference, so a retried request keeps its reference.
pub fn reference_from_key(key: &str) -> String {
    let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    let code: String = (0..8)
        .map(|i| CROCKFORD[((hash >> (i * 5)) & 31) as usize] as char)
        .collect();
    format!("CDS-{code}")
}

#[cfg(test)]
mod tests;
