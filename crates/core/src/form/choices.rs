//! The choices the form offers: the stage of the process, the measures a person may ask for,
//! whether they asked before, and the language of correspondence.

use crate::Lang;

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
