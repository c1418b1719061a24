//! The page of results and the links to the previous and next pages. The rows stay in place
//! while the results change: each shows the posting now at its place on the page, so a keystroke
//! or a filter changes the text of rows (a row whose posting stays is left alone) instead of
//! building new rows, which costs far less script, style and layout. Only the first rows, those
//! a screen shows, change before the browser's next frame; the rest follow right after it.

use super::heading::heading;
use super::link::{current_with, go_in_place, ViewLink};
use super::posting_page::fetch_posting_early;
use super::text;
use crate::ctx::Ctx;
use crate::history;
use crate::load::Data;
use careers_core::address::PostingLinks;
use careers_core::messages;
use careers_core::paging::{page_bounds, PAGE_SIZE};
use careers_core::query::Results;
use careers_core::result_row::ResultRow;
use careers_core::row_markup::{RowElement, RowElement::*, RowShown, Slot};
use careers_core::{FacetKind, Msg};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
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
        links.track();
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
/// lacks them. The row is rendered once; then one effect writes the parts that differ
/// ([`RowShown::changes`]) when another posting takes its place, a row whose posting stays is
/// left alone. A row past [`ROWS_AT_ONCE`] follows the results, the address its link carries
/// and the language when `painted` says so.
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
    // The posting at the row's place (a memo: a row whose posting stays is not rewritten).
    let posting = Memo::new(move |_| {
        let at = bounds.with(|b| b.0) + place;
        results.with(|r| r.matches.get(at).copied())
    });
    // What the row shows now: its posting, in the language, with the address its link carries.
    let read = move || {
        let lang = ctx.lang.get();
        let row = posting.get().and_then(|posting| {
            data.with_value(|d| {
                let listing = &d.listing;
                ResultRow::new(&listing.postings[posting], &listing.labels, lang)
            })
        });
        let href = row.as_ref().map(|r| links.with(|l| l.href(&r.id)));
        RowShown {
            row,
            lang,
            href: href.unwrap_or_default(),
        }
    };
    // A row past the first screen reads it all when `painted` says, not as it changes: the list's
    // effect sets `painted` after the frame that follows any change of the results, the page or
    // the addresses (a new language changes them too).
    let shown = move || {
        if place < ROWS_AT_ONCE {
            read()
        } else {
            painted.track();
            untrack(read)
        }
    };
    let first = untrack(shown);
    // What the row's markup shows: `first` while it is rendered, then what the effect wrote.
    let showing = Rc::new(RefCell::new(first.clone()));
    let clicked = showing.clone();
    let title = view! {
        <a
            href=first.attr(Slot::Href)
            id=first.attr(Slot::LinkId)
            lang=first.attr(Slot::Lang(Link))
            on:click=move |ev| {
                go_in_place(&ev, ctx, || {
                    let mut state = ctx.view.get_untracked();
                    state.posting = clicked.borrow().row.as_ref().map(|r| r.id.clone());
                    state
                });
            }
            on:pointerenter=|_| fetch_posting_early()
            on:focus=|_| fetch_posting_early()
        >
            {first.text(Link)}
        </a>
    }
    .into_any();
    let facets = FacetKind::ALL
        .into_iter()
        .map(|kind| {
            view! {
                <div class="cds-careers__facet" hidden=first.attr(Slot::Hidden(Facet(kind)))>
                    <dt>{first.text(FacetName(kind))}</dt>
                    <dd>{first.text(FacetValues(kind))}</dd>
                </div>
            }
        })
        .collect_view();
    let item = NodeRef::<leptos::html::Li>::new();
    let view = view! {
        <li class="cds-careers__result" hidden=first.attr(Slot::Hidden(Row)) node_ref=item>
            {heading(level, None, "cds-careers__result-title", title)}
            <p class="cds-careers__tag" hidden=first.attr(Slot::Hidden(Tag))>{first.text(Tag)}</p>
            <p class="cds-careers__summary" lang=first.attr(Slot::Lang(Summary))>{first.text(Summary)}</p>
            <p class="cds-careers__date" hidden=first.attr(Slot::Hidden(Date))>
                <span>{first.text(PostedOn)}</span>" "
                <time datetime=first.attr(Slot::Datetime)>{first.text(Time)}</time>
            </p>
            <dl class="cds-careers__facets" hidden=first.attr(Slot::Hidden(Facets))>
                {facets}
            </dl>
            <p class=first.attr(Slot::StatusClass)>{first.text(Status)}</p>
        </li>
    };
    crate::effect::on_change(Box::new(move || {
        let next = shown();
        let Some(item) = item.get_untracked() else {
            return;
        };
        let mut before = showing.borrow_mut();
        for (slot, value) in next.changes(&before) {
            write(&item, slot, value.as_deref());
        }
        *before = next;
    }));
    view
}

/// Writes `value` to `slot` of the row `item` (removes the attribute for `None`).
fn write(item: &web_sys::Element, slot: Slot, value: Option<&str>) -> Option<()> {
    let node = match selector(slot.element()) {
        None => item.clone(),
        Some(selector) => item.query_selector(&selector).ok()??,
    };
    match (slot.attribute(), value) {
        // The text node's own data, as Leptos writes it: a new node costs style and layout.
        (None, text) => node.first_child()?.set_text_content(text),
        (Some(name), Some(value)) => node.set_attribute(name, value).ok()?,
        (Some(name), None) => node.remove_attribute(name).ok()?,
    }
    Some(())
}

/// Where `element` is in a row's markup ([`ResultItem`]); `None` for the row itself.
fn selector(element: RowElement) -> Option<String> {
    let facet = |kind: FacetKind| {
        let nth = FacetKind::ALL.iter().position(|k| *k == kind).unwrap_or(0) + 1;
        format!(".cds-careers__facets > :nth-child({nth})")
    };
    Some(match element {
        Row => return None,
        Link => "a".into(),
        Tag => ".cds-careers__tag".into(),
        Summary => ".cds-careers__summary".into(),
        Date => ".cds-careers__date".into(),
        PostedOn => ".cds-careers__date > span".into(),
        Time => "time".into(),
        Facets => ".cds-careers__facets".into(),
        Facet(kind) => facet(kind),
        FacetName(kind) => facet(kind) + " > dt",
        FacetValues(kind) => facet(kind) + " > dd",
        Status => ".cds-careers__status".into(),
    })
}
