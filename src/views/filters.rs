//! The filters beside the results: status, one group of checkboxes per facet with the number of
//! results each choice gives, the sort order and "Clear all filters". On a small screen they sit
//! behind one button ([`FiltersToggle`], "Filters (2)"), so that the results come first; on a
//! wide one they stand beside the results, with a link to skip them.

use super::anchors::{RESULTS_ID, SEARCH_ID};
use super::heading::heading;
use super::text;
use crate::ctx::Ctx;
use crate::load::Data;
use careers_core::messages::{self, choice_with_count, facet_name};
use careers_core::query::{FacetCount, Query, Results, SortOrder, StatusFilter};
use careers_core::{FacetKind, Msg};
use leptos::prelude::*;
use std::sync::Arc;

/// The id of the filters' section, which the button of a small screen shows and hides.
const FILTERS_ID: &str = "cds-careers-filters";

/// The filters; `open`: shown on a small screen.
#[component]
pub fn Filters(results: Memo<Results>, data: Arc<Data>, open: RwSignal<bool>) -> impl IntoView {
    let ctx = Ctx::get();
    let level = ctx.heading_level() + 1;
    let groups = FacetKind::ALL
        .into_iter()
        .map(|kind| view! { <FacetGroup kind results data=data.clone()/> })
        .collect_view();
    let to_results = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        open.set(false);
        crate::dom::focus_after_render(RESULTS_ID.into());
    };
    let class = move || {
        if open.get() {
            "cds-careers__filters cds-careers__filters--open cds-careers__needs-script"
        } else {
            "cds-careers__filters cds-careers__needs-script"
        }
    };
    view! {
        <section id=FILTERS_ID class=class aria-labelledby="cds-careers-filters-heading">
            <a class="cds-careers__skip cds-careers__wide-only" href="#cds-careers-results" on:click=to_results>
                {text(Msg::SkipFilters)}
            </a>
            {heading(level, None, "cds-careers__filters-heading", view! {
                <span id="cds-careers-filters-heading">{text(Msg::FiltersHeading)}</span>
            }.into_any())}
            <StatusGroup results/>
            {groups}
            <Show when=move || ctx.view.with(|v| v.query.is_filtered())>
                <ClearAll results/>
            </Show>
            <button type="button" class="cds-careers__button cds-careers__narrow-only" on:click=to_results>
                {move || messages::show_results(ctx.lang.get(), results.with(|r| r.matches.len()))}
            </button>
        </section>
    }
}

/// On a small screen, the button that shows and hides the filters, with how many are chosen.
#[component]
pub fn FiltersToggle(open: RwSignal<bool>) -> impl IntoView {
    let ctx = Ctx::get();
    let chosen = move || ctx.view.with(|v| v.query.filter_count());
    view! {
        <button
            type="button"
            class="cds-careers__button cds-careers__button--secondary cds-careers__filters-toggle cds-careers__needs-script"
            aria-controls=FILTERS_ID
            aria-expanded=move || if open.get() { "true" } else { "false" }
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || messages::filters_toggle(ctx.lang.get(), chosen())}
        </button>
    }
}

/// Changes the filters: back to the first page, a history entry, and the new number of results
/// announced (the memo reads the new view).
pub fn change_filters(ctx: Ctx, results: Memo<Results>, change: impl FnOnce(&mut Query)) {
    let mut state = ctx.view.get_untracked();
    change(&mut state.query);
    state.page = 1;
    ctx.go(state);
    let n = results.with_untracked(|r| r.matches.len());
    ctx.announce(messages::results_found(ctx.lang.get_untracked(), n));
}

/// Open, closed or all postings, with their counts.
#[component]
fn StatusGroup(results: Memo<Results>) -> impl IntoView {
    let ctx = Ctx::get();
    let choices = [
        (StatusFilter::Open, Msg::StatusOpenChoice),
        (StatusFilter::Closed, Msg::StatusClosedChoice),
        (StatusFilter::All, Msg::StatusAllChoice),
    ];
    let radios = choices
        .into_iter()
        .map(|(status, msg)| {
            let id = format!("cds-careers-status-{}", status.key());
            let count = move || {
                results.with(|r| match status {
                    StatusFilter::Open => r.open_count,
                    StatusFilter::Closed => r.closed_count,
                    StatusFilter::All => r.open_count + r.closed_count,
                })
            };
            let on_change = move |_| change_filters(ctx, results, |query| query.status = status);
            view! {
                <div class="cds-careers__choice">
                    <input
                        type="radio"
                        name="careers-status"
                        value=status.key()
                        id=id.clone()
                        checked=ctx.view.with_untracked(|v| v.query.status == status)
                        prop:checked=move || ctx.view.with(|v| v.query.status == status)
                        on:change=on_change
                    />
                    <label for=id>{move || choice_with_count(ctx.lang.get(), msg.text(ctx.lang.get()), count())}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="cds-careers__group">
            <legend>{text(Msg::StatusLegend)}</legend>
            {radios}
        </fieldset>
    }
}

/// The checkboxes of one facet; absent when no listed posting has that facet.
#[component]
fn FacetGroup(kind: FacetKind, results: Memo<Results>, data: Arc<Data>) -> impl IntoView {
    let ctx = Ctx::get();
    let counts = Memo::new(move |_| results.with(|r| r.facet_counts[kind].clone()));
    // The choices change only when a value appears or goes; their counts change with every
    // search, and then only the counts' text is updated.
    let values =
        Memo::new(move |_| counts.with(|c| c.iter().map(|f| f.value.clone()).collect::<Vec<_>>()));
    let data = StoredValue::new(data);
    view! {
        <Show when=move || values.with(|v| !v.is_empty())>
            <fieldset class="cds-careers__group">
                <legend>{move || facet_name(kind, ctx.lang.get())}</legend>
                <For each=move || values.get() key=|value| value.clone() let:value>
                    <FacetChoice kind value counts results data/>
                </For>
            </fieldset>
        </Show>
    }
}

/// One checkbox of a facet, labelled with the number of results it gives.
#[component]
fn FacetChoice(
    kind: FacetKind,
    value: String,
    counts: Memo<Vec<FacetCount>>,
    results: Memo<Results>,
    data: StoredValue<Arc<Data>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let id = kind.choice_id(&value);
    let value = StoredValue::new(value);
    let choice = move || {
        counts.with(|c| {
            value
                .with_value(|v| c.iter().find(|f| &f.value == v))
                .map_or((0, false), |f| (f.count, f.selected))
        })
    };
    let label = move || {
        let lang = ctx.lang.get();
        let name =
            data.with_value(|d| value.with_value(|v| d.listing.labels.label_in(kind, v, lang)));
        choice_with_count(lang, &name, choice().0)
    };
    let on_change = move |_| {
        change_filters(ctx, results, |query| {
            value.with_value(|v| query.toggle_facet(kind, v))
        })
    };
    view! {
        <div class="cds-careers__choice">
            <input
                type="checkbox"
                name=format!("careers-{}", kind.key())
                value=value.get_value()
                id=id.clone()
                checked=untrack(move || choice().1)
                prop:checked=move || choice().1
                on:change=on_change
            />
            <label for=id>{label}</label>
        </div>
    }
}

/// The sort order.
#[component]
pub fn SortSelect() -> impl IntoView {
    let ctx = Ctx::get();
    let on_change = move |ev: leptos::ev::Event| {
        let Some(sort) = SortOrder::from_key(&event_target_value(&ev)) else {
            return;
        };
        let mut state = ctx.view.get_untracked();
        state.query.sort = sort;
        // A new order starts from its first results.
        state.page = 1;
        ctx.go(state);
    };
    // Relevance means something only while there is a word to search for.
    let option = move |sort: SortOrder, msg: Msg| {
        let in_effect = move || ctx.view.with(|v| v.query.sort_in_effect());
        let without_words = move || !ctx.view.with(|v| v.query.has_words());
        view! {
            <option
                value=sort.key()
                selected=move || in_effect() == sort
                disabled=move || sort == SortOrder::Relevance && without_words()
            >
                {text(msg)}
            </option>
        }
    };
    view! {
        <div class="cds-careers__sort cds-careers__needs-script">
            <label for="cds-careers-sort" class="cds-careers__label">{text(Msg::SortLabel)}</label>
            <select
                id="cds-careers-sort"
                name="careers-sort"
                on:change=on_change
                prop:value=move || ctx.view.with(|v| v.query.sort_in_effect().key())
            >
                {option(SortOrder::Relevance, Msg::SortRelevance)}
                {option(SortOrder::Title, Msg::SortTitle)}
                {option(SortOrder::Status, Msg::SortStatus)}
                {option(SortOrder::Newest, Msg::SortNewest)}
            </select>
        </div>
    }
}

/// Removes every filter, says how many results there are now, and returns focus to the search
/// box (the button itself goes).
#[component]
pub fn ClearAll(results: Memo<Results>) -> impl IntoView {
    let ctx = Ctx::get();
    let on_click = move |_| {
        change_filters(ctx, results, Query::clear);
        crate::dom::focus_after_render(SEARCH_ID.into());
    };
    view! {
        <button type="button" class="cds-careers__button cds-careers__button--secondary cds-careers__clear cds-careers__needs-script" on:click=on_click>
            {text(Msg::ClearAll)}
        </button>
    }
}
