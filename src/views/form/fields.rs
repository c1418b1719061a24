//! The form's fields, each with a visible label (or legend), "(required)"/"(optional)", its hint,
//! its error (only after a submit) and, for long free text, a character counter (the GOV.UK
//! character count pattern) that is always shown and announced only when the text comes near, or
//! goes over, the limit. Short fields have limits too, said by an error on submit.
//!
//! Every control reads its value from the draft signal and writes it back on `input`/`change`, so
//! nothing lives in the DOM alone. No `maxlength`: pasted text is never cut; too long is an error
//! on submit.

use super::Form;
use crate::load::Data;
use careers_core::form::{
    char_count, correspondence_language_id, near_limit, CharCount, Control, Draft, Field,
    FieldError, Measure, Previous, Stage,
};
use careers_core::form_text::{
    counter_text, error_message, language_label, measure_label, previous_label, stage_label,
    FormMsg,
};
use careers_core::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// `aria-describedby` of a field: its hint, its error (when shown) and its counter.
fn described_by(field: Field, has_error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if field.hint(Lang::En).is_some() {
        ids.push(field.hint_id());
    }
    if has_error {
        ids.push(field.error_id());
    }
    if field.has_counter() {
        ids.push(field.counter_id());
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn field_class(has_error: bool) -> &'static str {
    if has_error {
        "cds-careers__field cds-careers__field--error"
    } else {
        "cds-careers__field"
    }
}

/// The label's words and its "(required)"/"(optional)" mark.
fn label_text(form: Form, field: Field) -> impl IntoView {
    let lang = form.lang;
    view! {
        {move || field.label(lang.get())}
        " "
        <span class="cds-careers__mark">{move || field.required_mark(lang.get())}</span>
    }
}

fn hint(form: Form, field: Field) -> impl IntoView {
    let lang = form.lang;
    field.hint(Lang::En).map(|_| {
        view! {
            <p id=field.hint_id() class="cds-careers__hint">
                {move || field.hint(lang.get()).unwrap_or_default()}
            </p>
        }
    })
}

/// The field's error message, prefixed with a visually hidden "Error:".
fn error_text(form: Form, error: Memo<Option<FieldError>>, field: Field) -> impl IntoView {
    let lang = form.lang;
    move || {
        error.get().map(|error| {
            view! {
                <p id=field.error_id() class="cds-careers__field-error">
                    <span class="cds-careers__visually-hidden">
                        {move || FormMsg::ErrorPrefix.text(lang.get())}
                        " "
                    </span>
                    {move || error_message(error, lang.get())}
                </p>
            }
        })
    }
}

/// How close a text is to its limit; announcements happen only when this changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Zone {
    Far,
    Near,
    Over,
}

fn zone(field: Field, text: &str) -> Zone {
    match char_count(field, text) {
        Some(CharCount::TooMany(_)) => Zone::Over,
        Some(CharCount::Remaining(_)) if near_limit(field, text) => Zone::Near,
        _ => Zone::Far,
    }
}

/// The counter under a text field: always visible, never a live region itself; crossing into
/// "near the limit" or "over the limit" (or back under it) is said once in the widget's polite
/// live region.
fn counter(form: Form, field: Field) -> impl IntoView {
    let lang = form.lang;
    let current = Memo::new(move |_| {
        form.draft
            .with(|d| zone(field, d.text(field).unwrap_or("")))
    });
    Effect::new(move |previous: Option<Zone>| {
        let now = current.get();
        if previous.is_some_and(|p| p != now) && now != Zone::Far {
            let text = form.draft.with_untracked(|d| {
                counter_text(field, d.text(field).unwrap_or(""), lang.get_untracked())
            });
            if let Some(text) = text {
                form.ctx.announce(text);
            }
        }
        now
    });
    let over = move || current.get() == Zone::Over;
    view! {
        <p
            id=field.counter_id()
            class=move || if over() { "cds-careers__counter cds-careers__counter--over" } else { "cds-careers__counter" }
        >
            {move || form.draft.with(|d| counter_text(field, d.text(field).unwrap_or(""), lang.get()))}
        </p>
    }
}

/// A free-text field: `<input>` or `<textarea>`, with its label, hint, error and counter.
pub fn text_field(form: Form, field: Field) -> impl IntoView {
    let id = field.id();
    let error = Memo::new(move |_| form.error(field));
    let has_error = move || error.with(Option::is_some);
    let described = move || described_by(field, has_error());
    let invalid = move || has_error().then_some("true");
    let value = move || {
        form.draft
            .with(|d| d.text(field).unwrap_or_default().to_owned())
    };
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        form.edit(|d: &mut Draft| {
            if let Some(slot) = d.text_mut(field) {
                *slot = text;
            }
        });
    };
    let control = if field.control() == Control::TextArea {
        let rows = if field == Field::Needs { 8 } else { 4 };
        view! {
            <textarea
                id=id
                name=id
                rows=rows
                dir="auto"
                aria-describedby=described
                aria-invalid=invalid
                prop:value=value
                on:input=on_input
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id
                name=id
                type=field.input_type()
                autocomplete=field.autocomplete()
                spellcheck=field.spellcheck().map(|s| if s { "true" } else { "false" })
                dir="auto"
                aria-describedby=described
                aria-invalid=invalid
                prop:value=value
                on:input=on_input
            />
        }
        .into_any()
    };
    view! {
        <div class=move || field_class(has_error())>
            <label class="cds-careers__label" for=id>{label_text(form, field)}</label>
            {hint(form, field)}
            {error_text(form, error, field)}
            {control}
            {field.has_counter().then(|| counter(form, field))}
        </div>
    }
}

/// A text field shown only while it applies ("other" measure checked, accommodation before).
pub fn conditional(form: Form, field: Field) -> impl IntoView {
    let shown = Memo::new(move |_| {
        form.draft.with(|d| match field {
            Field::MeasureOther => d.wants_other_measure(),
            Field::PreviousDetails => d.had_previous(),
            _ => true,
        })
    });
    move || {
        shown.get().then(
            || view! { <div class="cds-careers__conditional">{text_field(form, field)}</div> },
        )
    }
}

/// One radio button or checkbox of a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Choice {
    Language(Lang),
    Stage(Stage),
    Measure(Measure),
    Previous(Previous),
}

impl Choice {
    fn of(field: Field) -> Vec<Choice> {
        match field {
            Field::CorrespondenceLanguage => {
                vec![Choice::Language(Lang::En), Choice::Language(Lang::Fr)]
            }
            Field::Stages => Stage::ALL.into_iter().map(Choice::Stage).collect(),
            Field::Measures => Measure::ALL.into_iter().map(Choice::Measure).collect(),
            Field::PreviousAccommodation => {
                Previous::ALL.into_iter().map(Choice::Previous).collect()
            }
            _ => Vec::new(),
        }
    }

    fn id(self) -> &'static str {
        match self {
            Choice::Language(l) => correspondence_language_id(l),
            Choice::Stage(s) => s.id(),
            Choice::Measure(m) => m.id(),
            Choice::Previous(p) => p.id(),
        }
    }

    fn value(self) -> &'static str {
        match self {
            Choice::Language(l) => l.code(),
            Choice::Stage(s) => s.key(),
            Choice::Measure(m) => m.key(),
            Choice::Previous(p) => p.key(),
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        match self {
            Choice::Language(l) => language_label(l, lang),
            Choice::Stage(s) => stage_label(s, lang),
            Choice::Measure(m) => measure_label(m, lang),
            Choice::Previous(p) => previous_label(p, lang),
        }
    }

    fn is_radio(self) -> bool {
        matches!(self, Choice::Language(_) | Choice::Previous(_))
    }

    fn is_on(self, d: &Draft) -> bool {
        match self {
            Choice::Language(l) => d.correspondence_language == Some(l),
            Choice::Stage(s) => d.stages.contains(&s),
            Choice::Measure(m) => d.measures.contains(&m),
            Choice::Previous(p) => d.previous == Some(p),
        }
    }

    fn set(self, d: &mut Draft, on: bool) {
        match self {
            Choice::Language(l) if on => d.correspondence_language = Some(l),
            Choice::Previous(p) if on => d.previous = Some(p),
            Choice::Stage(s) => d.set_stage(s, on),
            Choice::Measure(m) => d.set_measure(m, on),
            _ => {}
        }
    }
}

/// A group of radio buttons or checkboxes in a `<fieldset>` whose `<legend>` is the label. The
/// hint and error are tied to the fieldset; each input carries `aria-invalid`.
pub fn choice_group(form: Form, field: Field) -> impl IntoView {
    let lang = form.lang;
    let error = Memo::new(move |_| form.error(field));
    let has_error = move || error.with(Option::is_some);
    let choices = Choice::of(field);
    let items = choices
        .into_iter()
        .map(|choice| {
            let id = choice.id();
            view! {
                <div class="cds-careers__choice">
                    <input
                        id=id
                        type=if choice.is_radio() { "radio" } else { "checkbox" }
                        name=field.id()
                        value=choice.value()
                        aria-invalid=move || has_error().then_some("true")
                        prop:checked=move || form.draft.with(|d| choice.is_on(d))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            form.edit(|d| choice.set(d, on));
                        }
                    />
                    <label for=id>{move || choice.label(lang.get())}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=move || field_class(has_error())>
            <fieldset id=field.id() aria-describedby=move || described_by(field, has_error())>
                <legend>{label_text(form, field)}</legend>
                {hint(form, field)}
                {error_text(form, error, field)}
                <div class="cds-careers__choices">{items}</div>
            </fieldset>
        </div>
    }
}

/// The posting: shown as text when the form was opened from one, else chosen from the open,
/// listed postings that accept requests, titled in the current language.
pub fn posting_field(
    form: Form,
    data: StoredValue<Arc<Data>>,
    fixed: StoredValue<Option<String>>,
) -> impl IntoView {
    let lang = form.lang;
    let field = Field::Posting;
    if let Some(id) = fixed.get_value() {
        let title = Memo::new(move |_| {
            data.with_value(|d| super::posting_title(d, &id, lang.get()))
                .unwrap_or((lang.get(), String::new()))
        });
        return view! {
            <div class="cds-careers__field cds-careers__fixed-posting">
                <p class="cds-careers__label">{move || field.label(lang.get())}</p>
                <p lang=move || title.with(|(l, _)| l.attr_in(lang.get()))>
                    {move || title.with(|(_, t)| t.clone())}
                </p>
            </div>
        }
        .into_any();
    }
    let error = Memo::new(move |_| form.error(field));
    let has_error = move || error.with(Option::is_some);
    let options = move || {
        let lang = lang.get();
        // In the order the results take by title, where `É` sorts with `E`.
        let titled: Vec<(String, Lang, String)> = data.with_value(|d| {
            d.index
                .title_order(&d.listing, lang)
                .iter()
                .map(|&i| &d.listing.postings[i as usize])
                .filter(|p| super::selectable(p))
                .filter_map(|p| {
                    let (title_lang, content) = p.content_or_other(lang)?;
                    Some((p.id.clone(), title_lang, content.title.clone()))
                })
                .collect()
        });
        titled
            .into_iter()
            .map(|(id, title_lang, title)| {
                let selected = {
                    let id = id.clone();
                    move || form.draft.with(|d| d.posting_id == id)
                };
                view! { <option value=id lang=title_lang.attr_in(lang) prop:selected=selected>{title}</option> }
            })
            .collect_view()
    };
    view! {
        <div class=move || field_class(has_error())>
            <label class="cds-careers__label" for=field.id()>{label_text(form, field)}</label>
            {hint(form, field)}
            {error_text(form, error, field)}
            <select
                id=field.id()
                name=field.id()
                aria-describedby=move || described_by(field, has_error())
                aria-invalid=move || has_error().then_some("true")
                on:change=move |ev| {
                    let id = event_target_value(&ev);
                    form.edit(|d| d.posting_id = id);
                }
            >
                <option value="" prop:selected=move || form.draft.with(|d| d.posting_id.is_empty())>
                    {move || FormMsg::PostingChoose.text(lang.get())}
                </option>
                {options}
            </select>
        </div>
    }
    .into_any()
}

/// Consent to the privacy notice shown just above it.
pub fn consent_field(form: Form) -> impl IntoView {
    let field = Field::Consent;
    let error = Memo::new(move |_| form.error(field));
    let has_error = move || error.with(Option::is_some);
    view! {
        <div class=move || field_class(has_error())>
            {error_text(form, error, field)}
            <div class="cds-careers__choice">
                <input
                    id=field.id()
                    name=field.id()
                    type="checkbox"
                    aria-describedby=move || described_by(field, has_error())
                    aria-invalid=move || has_error().then_some("true")
                    prop:checked=move || form.draft.with(|d| d.consent)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        form.edit(|d| d.consent = on);
                    }
                />
                <label for=field.id()>{label_text(form, field)}</label>
            </div>
        </div>
    }
}
