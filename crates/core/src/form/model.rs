//! The draft: everything the person typed, saved to the tab's storage after each change and
//! restored from it.

use super::choices::{Measure, Previous, Stage};
use super::fields::Field;
use crate::sorted_set::SortedSet;
use crate::Lang;

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
