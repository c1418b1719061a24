//! The listing: search, filters, the count of results in words, the results themselves, and
//! what to say when there are none.

use super::filters::{change_filters, ClearAll, Filters, FiltersToggle, SortSelect};
use super::heading::heading;
use super::prerendered;
use super::result_list::ResultList;
use super::text;
use crate::ctx::Ctx;
use crate::history;
use crate::load::Data;
use careers_core::messages;
use careers_core::query::{Query, Results, StatusFilter};
use careers_core::url_state;
use careers_core::Msg;
use leptos::prelude::*;
use std::sync::Arc;

/// How long typing must pause before the new count is announced.
const ANNOUNCE_AFTER_MS: u64 = 700;

use super::anchors::{COUNT_ID, RESULTS_HEADING_ID, RESULTS_ID, SEARCH_ID};

#[component]
pub fn Listing(data: Arc<Data>) -> impl IntoView {
    let ctx = Ctx::get();
    let query = Memo::new(move |_| ctx.view.with(|v| v.query.clone()));
    let results = {
        let data = data.clone();
        Memo::new(move |_| {
            ctx.refined.track();
            let refinements = crate::refinements::get();
            query.with(|q| {
                data.index
                    .run_with(&data.listing, q, ctx.lang.get(), refinements)
            })
        })
    };
    // Word forms and relevance, now that the listing shows.
    crate::refinements::fetch(ctx, data.clone());
    let level = ctx.heading_level();
    let title = heading(
        level,
        Some(RESULTS_HEADING_ID),
        "cds-careers__title",
        text(Msg::ResultsHeading).into_any(),
    );
    let form_link = view! { <super::form_loader::FormLink data=data.clone()/> };
    // On a small screen the filters are behind a button, so that the results come first.
    let filters_open = RwSignal::new(false);
    // What to say when there are no results changes rarely. The list of results stays in place
    // (empty and hidden when there are none), so results coming back need no new rows.
    let outcome = Memo::new(move |_| {
        let empty = results.with(|r| r.matches.is_empty());
        // No filter means open postings only: none shown means none is open.
        let unfiltered = !query.with(Query::is_filtered);
        if empty && unfiltered {
            Outcome::NoOpenings {
                has_closed: results.with(|r| r.closed_count > 0),
            }
        } else if empty {
            Outcome::NoResults
        } else {
            Outcome::Results
        }
    });

    // A language switch says the count in the new language, where the person searched or
    // filtered (the results and the status region were in the other).
    let mut previous = None;
    crate::effect::on_change(Box::new(move || {
        let lang = ctx.lang.get();
        if previous.is_some_and(|p| p != lang) && query.with_untracked(Query::is_filtered) {
            let n = results.with_untracked(|r| r.matches.len());
            ctx.announce(messages::results_found(lang, n));
        }
        previous = Some(lang);
    }));

    view! {
        <div class="cds-careers__listing">
            {prerendered::view_check()}
            {title}
            {prerendered::listing_without_script()}
            <SearchBox results/>
            {prerendered::pending()}
            <div class="cds-careers__layout">
                <div class="cds-careers__results-bar">
                    <p id=COUNT_ID class="cds-careers__count" tabindex="-1">
                        {move || messages::results_found(ctx.lang.get(), results.with(|r| r.matches.len()))}
                    </p>
                    <FiltersToggle open=filters_open/>
                    <SortSelect/>
                </div>
                <Filters results data=data.clone() open=filters_open/>
                <section id=RESULTS_ID class="cds-careers__results" aria-labelledby=COUNT_ID tabindex="-1">
                    {let data = data.clone(); move || match outcome.get() {
                        Outcome::NoOpenings { has_closed } => Some(view! { <NoOpenings has_closed results/> }.into_any()),
                        Outcome::NoResults => Some(view! { <NoResults data=data.clone() results/> }.into_any()),
                        Outcome::Results => None,
                    }}
                    <ResultList data=data.clone() results/>
                </section>
            </div>
            {form_link}
        </div>
    }
}

/// What the results area says besides the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Nothing is open (and nothing narrows the listing).
    NoOpenings {
        has_closed: bool,
    },
    /// Filters leave nothing.
    NoResults,
    Results,
}

/// The search box. Results follow each keystroke; the count is announced once typing pauses,
/// and pressing Enter announces it at once and settles the search in history (typing after it
/// starts a new entry).
#[component]
fn SearchBox(results: Memo<Results>) -> impl IntoView {
    let ctx = Ctx::get();
    let pending = StoredValue::new_local(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
    // The count is this listing's: when a person opens a result before typing pauses, the
    // listing and its results are gone by the time the pause ends, and nothing is said.
    let announce_count = move || {
        if let Some(n) = results.try_with_untracked(|r| r.matches.len()) {
            ctx.announce(messages::results_found(ctx.lang.get_untracked(), n));
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        let mut state = ctx.view.get_untracked();
        // Kept as its URL keeps it, so that a reload or Back gives the same search.
        state.query.text = url_state::clean_text(&event_target_value(&ev));
        state.page = 1;
        ctx.go_with(state, history::Entry::Typing);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            announce_count,
            std::time::Duration::from_millis(ANNOUNCE_AFTER_MS),
        )
        .ok();
        pending.set_value(handle);
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        history::settle();
        announce_count();
    };
    view! {
        <form class="cds-careers__search cds-careers__needs-script" role="search" on:submit=on_submit>
            <label for=SEARCH_ID class="cds-careers__label">
                {text(Msg::SearchLabel)}
            </label>
            <p id="cds-careers-search-hint" class="cds-careers__hint">
                {text(Msg::SearchHint)}
            </p>
            <div class="cds-careers__search-row">
                <input
                    id=SEARCH_ID
                    name="careers-q"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    maxlength=url_state::MAX_TEXT_CHARS
                    aria-describedby="cds-careers-search-hint"
                    value=ctx.view.with_untracked(|v| v.query.text.clone())
                    prop:value=move || ctx.view.with(|v| v.query.text.clone())
                    on:input=on_input
                />
                <button type="submit" class="cds-careers__button">
                    {text(Msg::SearchButton)}
                </button>
            </div>
        </form>
    }
}

/// No posting matches: say so, name the active filters, offer to clear them.
#[component]
fn NoResults(data: Arc<Data>, results: Memo<Results>) -> impl IntoView {
    let ctx = Ctx::get();
    let data = StoredValue::new(data);
    let active = move || {
        let lang = ctx.lang.get();
        data.with_value(|d| {
            ctx.view
                .with(|v| messages::active_filters(&v.query, &d.listing.labels, lang))
        })
    };
    view! {
        <div class="cds-careers__empty">
            <p class="cds-careers__empty-title">{text(Msg::NoResults)}</p>
            <Show when=move || ctx.view.with(|v| v.query.is_filtered())>
                <p>{text(Msg::ActiveFilters)}</p>
                <ul class="cds-careers__active-filters">
                    {move || active().into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}
                </ul>
                <ClearAll results/>
            </Show>
        </div>
    }
}

/// There is nothing open at all: say so and when to come back, as the site does. "See closed
/// postings" says how many there are and lands on that count (the button itself goes).
#[component]
fn NoOpenings(has_closed: bool, results: Memo<Results>) -> impl IntoView {
    let ctx = Ctx::get();
    let see_closed = move |_| {
        change_filters(ctx, results, |query| query.status = StatusFilter::Closed);
        crate::dom::focus_after_render(COUNT_ID.into());
    };
    view! {
        <div class="cds-careers__empty">
            <p class="cds-careers__empty-title">{text(Msg::NoOpenings)}</p>
            <p>{text(Msg::NoOpeningsAdvice)}</p>
            {has_closed.then(|| view! {
                <button type="button" class="cds-careers__button cds-careers__button--secondary cds-careers__needs-script" on:click=see_closed>
                    {text(Msg::SeeClosed)}
                </button>
            })}
        </div>
    }
}
