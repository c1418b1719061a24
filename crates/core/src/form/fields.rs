//! The form's fields in form order, with their HTML ids, `type`, `autocomplete` and character
//! limits, and the errors a field can have.

use super::choices::{correspondence_language_id, Measure, Previous, Stage};
use super::{PHONE_MAX_DIGITS, PHONE_MIN_DIGITS};

use crate::Lang;

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
