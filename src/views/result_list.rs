//! The page of results and the links to the previous and next pages. The rows stay in place
//! while the results change: each shows the posting now at its place on the page, so a keystroke
//! or a filter changes the text of rows (a row whose posting stays is left alone) instead of
//! building new rows, which costs far less script, style and layout. Only the first rows, those
//! a screen shows, change before the browser's next frame; the rest follow right after it.

use super::heading::heading;
use super::link::{current_with, ViewLink};
use super::posting_page::fetch_posting_early;
use super::text;
use crate::ctx::Ctx;
use crate::history;
use crate::load::Data;
use careers_core::address::PostingLinks;
use careers_core::messages::{self, facet_name};
use careers_core::paging::{page_bounds, PAGE_SIZE};
use careers_core::query::Results;
use careers_core::result_row::ResultRow;
use careers_core::{FacetKind, Lang, Msg};
use leptos::prelude::*;
use std::sync::Arc;

use super::anchors::COUNT_ID;

/// Where the page is in the results: first and end index, page number, number of pages.
type Bounds = Memo<(usize, usize, usize, usize)>;

/// How many rows, from the top of the page, show new results in the frame that follows a
/// keystroke or a click: more than a screen shows at the top of the listing (one to four). The
/// others show them in the task after that frame, so that what the person sees answers sooner;
/// screen readers get every row a frame later at most.
const ROWS_AT_ONCE: usize = 5;

/// The results, a page at a time (never more than [`careers_core::paging::PAGE_SIZE`] in the
/// page), with links to the previous and next pages.
#[component]
pub fn ResultList(data: Arc<Data>, results: Memo<Results>) -> impl IntoView {
    let ctx = Ctx::get();
    let page = Memo::new(move |_| ctx.view.with(|v| v.page));
    let bounds = Memo::new(move |_| results.with(|r| page_bounds(r.matches.len(), page.get())));
    let level = ctx.heading_level() + 1;
    let paged = move || bounds.get().3 > 1;
    let links = Memo::new(move |_| ctx.view.with(history::posting_links));
    let data = StoredValue::new(data);
    // The rows past the first screen follow the results once the next frame is painted: they
    // read `painted`, which is set (to the same value: a signal type the wasm already has, where
    // a `Trigger` would cost bytes) in the task after that frame.
    let painted = RwSignal::new(true);
    crate::effect::on_change(Box::new(move || {
        results.track();
        bounds.track();
        request_animation_frame(move || set_timeout(move || painted.set(true), Default::default()));
    }));
    // In the browser, a place for each result a page can hold, hidden while it has none, so
    // that results coming and going change rows, never build them. A page built ahead of time
    // has only the places of its results.
    let places = if crate::ctx::LIVE {
        PAGE_SIZE
    } else {
        bounds.with_untracked(|(start, end, _, _)| end - start)
    };
    let rows = (0..places)
        .map(|place| view! { <ResultItem place results bounds painted level data links/> })
        .collect_view();
    view! {
        <ul class="cds-careers__result-list" hidden=move || bounds.with(|(start, end, _, _)| start == end)>
            {rows}
        </ul>
        <Show when=paged>
            <Pagination results bounds/>
        </Show>
    }
}

/// Previous and next page, as real links; a page change lands on the count and says the range.
#[component]
fn Pagination(results: Memo<Results>, bounds: Bounds) -> impl IntoView {
    let ctx = Ctx::get();
    // After a page change: say which results are shown, and land on the count above them.
    let after = Callback::new(move |()| {
        let (start, end, _, _) = bounds.get_untracked();
        let total = results.with_untracked(|r| r.matches.len());
        let lang = ctx.lang.get_untracked();
        ctx.announce(messages::showing_range(lang, start + 1, end, total));
        crate::dom::focus_after_render(COUNT_ID.into());
    });
    let link = move |delta: isize, msg: Msg| {
        let exists = move || {
            let (_, _, current, count) = bounds.get();
            current
                .checked_add_signed(delta)
                .is_some_and(|p| (1..=count).contains(&p))
        };
        let to = current_with(move |state| {
            let (_, _, current, _) = bounds.get();
            state.page = current.saturating_add_signed(delta).max(1);
        });
        move || {
            exists().then(|| {
                view! {
                    <ViewLink to after attr:class="cds-careers__page-link">
                        {text(msg)}
                    </ViewLink>
                }
            })
        }
    };
    view! {
        <nav class="cds-careers__pagination" aria-label=text(Msg::PaginationLabel)>
            {link(-1, Msg::PreviousPage)}
            <p class="cds-careers__page-of">
                {move || {
                    let (start, end, current, count) = bounds.get();
                    let lang = ctx.lang.get();
                    let total = results.with(|r| r.matches.len());
                    format!(
                        "{} ({})",
                        messages::page_of(lang, current, count),
                        messages::showing_range(lang, start + 1, end, total)
                    )
                }}
            </p>
            {link(1, Msg::NextPage)}
        </nav>
    }
}

/// The row at `place` on the page: title as a link, the summary, the date posted, the facets
/// in words and the status in words, each part following the posting at that place. Parts that
/// a posting may lack (the language tag, the date, each facet) are always there, hidden when it
/// lacks them. A row past [`ROWS_AT_ONCE`] follows the results when `painted` says so.
#[component]
fn ResultItem(
    place: usize,
    results: Memo<Results>,
    bounds: Bounds,
    painted: RwSignal<bool>,
    level: u8,
    data: StoredValue<Arc<Data>>,
    links: Memo<PostingLinks>,
) -> impl IntoView {
    let ctx = Ctx::get();
    // What the row shows: nothing (and it is hidden) while its place has no result.
    let row = Memo::new(move |_| {
        let lang = ctx.lang.get();
        let posting_at_place = move || {
            let at = bounds.with(|b| b.0) + place;
            results.with(|r| r.matches.get(at).copied())
        };
        // A row past the first screen reads the results when `painted` says, not as they change.
        let posting = if place < ROWS_AT_ONCE {
            posting_at_place()
        } else {
            painted.track();
            untrack(posting_at_place)
        }?;
        data.with_value(|d| {
            let listing = &d.listing;
            ResultRow::new(&listing.postings[posting], &listing.labels, lang)
        })
    });
    // The row's parts follow it through two helpers: its text (empty while the place has none),
    // and whether it shows. Every part is then one of two closure types, whatever it reads: the
    // first load has room for no more code (README, "Result rows stay in place").
    let text_of = move |of: fn(&ResultRow, FacetKind) -> String, kind: FacetKind| {
        move || row.with(|r| r.as_ref().map(|r| of(r, kind)).unwrap_or_default())
    };
    let hidden_unless = move |of: fn(&ResultRow, FacetKind) -> bool, kind: FacetKind| {
        move || !row.with(|r| r.as_ref().is_some_and(|r| of(r, kind)))
    };
    // Parts that are not a facet's take any kind.
    let any = FacetKind::Team;
    let id = text_of(|r, _| r.id.clone(), any);
    let href = Signal::derive(move || links.with(|l| l.href(&id())));
    let to = current_with(move |state| state.posting = Some(id()));
    let lang_attr = move || row.with(|r| r.as_ref().and_then(|r| r.foreign).map(Lang::code));
    let title = view! {
        <ViewLink
            to
            href
            attr:id=move || row.with(|r| r.as_ref().map(|r| format!("cds-careers-link-{}", r.id)))
            attr:lang=lang_attr
            on:pointerenter=|_| fetch_posting_early()
            on:focus=|_| fetch_posting_early()
        >
            {text_of(|r, _| r.title.clone(), any)}
        </ViewLink>
    }
    .into_any();
    // Content in the other language: said in the interface's language, which is the other one.
    let tag = text_of(
        |r, _| match r.foreign {
            Some(Lang::En) => Msg::EnglishOnlyTag.text(Lang::Fr).into(),
            Some(Lang::Fr) => Msg::FrenchOnlyTag.text(Lang::En).into(),
            None => String::new(),
        },
        any,
    );
    let facets = FacetKind::ALL
        .into_iter()
        .map(|kind| {
            view! {
                <div class="cds-careers__facet" hidden=hidden_unless(|r, kind| !r.facets[kind].is_empty(), kind)>
                    <dt>{move || facet_name(kind, ctx.lang.get())}</dt>
                    <dd>{text_of(|r, kind| r.facets[kind].clone(), kind)}</dd>
                </div>
            }
        })
        .collect_view();
    let status_class = text_of(
        |r, _| {
            if r.open {
                "cds-careers__status cds-careers__status--open"
            } else {
                "cds-careers__status cds-careers__status--closed"
            }
            .into()
        },
        any,
    );
    view! {
        <li class="cds-careers__result" hidden=hidden_unless(|_, _| true, any)>
            {heading(level, None, "cds-careers__result-title", title)}
            <p class="cds-careers__tag" hidden=hidden_unless(|r, _| r.foreign.is_some(), any)>{tag}</p>
            <p class="cds-careers__summary" lang=lang_attr>{text_of(|r, _| r.summary.clone(), any)}</p>
            <p class="cds-careers__date" hidden=hidden_unless(|r, _| !r.date.is_empty(), any)>
                {text(Msg::PostedOn)}" "
                <time datetime=text_of(|r, _| r.date.clone(), any)>
                    {text_of(|r, _| r.date_in_words.clone(), any)}
                </time>
            </p>
            <dl class="cds-careers__facets" hidden=hidden_unless(|r, _| r.facets.iter().any(|(_, values)| !values.is_empty()), any)>
                {facets}
            </dl>
            <p class=status_class>{text_of(|r, _| r.status.into(), any)}</p>
        </li>
    }
}
