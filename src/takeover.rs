//! Taking over a page whose widget markup was rendered at build time (or fetched by
//! `careers.js` before the wasm arrived).
//!
//! The widget renders its own view off the page ([`stage`]) while the pre-rendered markup stays
//! on screen and usable. Once nothing is loading (the listing, and on a posting page its body),
//! the new markup replaces the old in one step, within one animation frame, so no frame is
//! blank and, the two being the same markup, nothing moves. What the person did meanwhile is
//! kept: the text typed in the search box and the filters ticked become the view, focus moves
//! to the same control or link (by id, else by its place in the tree), the caret stays where it
//! was, and the page keeps its scroll position.
//!
//! Mounting fresh rather than hydrating: see "Taking over the pre-rendered page" in the README.

use crate::ctx::Ctx;
use crate::load::Load;
use careers_core::url_state::{ViewState, PREFIX};
use careers_core::FacetKind;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// The pre-rendered widget in the host element, if there is one.
pub fn prerendered(host: &HtmlElement) -> Option<Element> {
    host.query_selector(":scope > .cds-careers").ok().flatten()
}

/// An element off the page for the widget to render into.
pub fn stage() -> HtmlElement {
    crate::dom::document()
        .create_element("div")
        .ok()
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
        .expect("a document creates a div")
}

/// Swaps the widget rendered in `stage` for the pre-rendered markup in `host` (whatever is there
/// then: `careers.js` may have replaced it with the asked view's), once nothing is loading:
/// checked again in the animation frame that does it, after the renders that the last load
/// caused.
pub fn when_ready(ctx: Ctx, host: HtmlElement, stage: HtmlElement) {
    let done = StoredValue::new_local(false);
    let settled = move || {
        ctx.loading.get() == 0 && ctx.load.with(|l| !matches!(l, Load::Loading))
    };
    Effect::new(move |_| {
        if !settled() || done.get_value() {
            return;
        }
        let (host, stage) = (host.clone(), stage.clone());
        request_animation_frame(move || {
            if done.get_value() || !settled_untracked(ctx) {
                return;
            }
            done.set_value(true);
            swap(ctx, &host, &stage);
        });
    });
}

fn settled_untracked(ctx: Ctx) -> bool {
    ctx.loading.get_untracked() == 0 && ctx.load.with_untracked(|l| !matches!(l, Load::Loading))
}

/// The swap itself, in one task: nothing is painted between the removal and the insertion.
fn swap(ctx: Ctx, host: &HtmlElement, stage: &HtmlElement) {
    let Some(new) = stage.first_element_child() else {
        return;
    };
    let old = prerendered(host);
    if let Some(old) = &old {
        apply_what_was_done(ctx, old);
    }
    let focus = old.as_ref().and_then(Focus::of);
    let window = crate::dom::window();
    let (x, y) = (
        window.scroll_x().unwrap_or(0.0),
        window.scroll_y().unwrap_or(0.0),
    );
    host.replace_children_with_node_1(&new);
    if let Some(focus) = focus {
        focus.restore(&new);
    }
    if window.scroll_x().unwrap_or(0.0) != x || window.scroll_y().unwrap_or(0.0) != y {
        window.scroll_to_with_x_and_y(x, y);
    }
}

/// The search text typed and the choices changed in the pre-rendered controls before the widget
/// arrived become the view (each control is named as its parameter in the address).
fn apply_what_was_done(ctx: Ctx, old: &Element) {
    let mut state = ctx.view.get_untracked();
    if changed_by_hand(old, &mut state) {
        ctx.go(state);
    }
}

/// Applies to `state` what differs in `old`'s controls from what they were rendered with.
fn changed_by_hand(old: &Element, state: &mut ViewState) -> bool {
    let mut changed = false;
    for input in inputs(old, &format!("input[name^=\"{PREFIX}\"]")) {
        let name = input.name();
        let param = name.strip_prefix(PREFIX).unwrap_or_default();
        match input.type_().as_str() {
            "search" | "text" if param == "q" => {
                if input.value() != input.default_value() {
                    state.query.text = careers_core::url_state::clean_text(&input.value());
                    changed = true;
                }
            }
            "checkbox" if input.checked() != input.default_checked() => {
                if let Some(kind) = FacetKind::from_key(param) {
                    state.query.toggle_facet(kind, &input.value());
                    changed = true;
                }
            }
            "radio" if input.checked() && !input.default_checked() => {
                if let Some(status) = careers_core::query::StatusFilter::from_key(&input.value()) {
                    state.query.status = status;
                    changed = true;
                }
            }
            _ => {}
        }
    }
    if let Some(select) = old
        .query_selector(&format!("select[name=\"{PREFIX}sort\"]"))
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlSelectElement>().ok())
    {
        let rendered = select
            .query_selector("option[selected]")
            .ok()
            .flatten()
            .and_then(|o| o.get_attribute("value"));
        if rendered.as_deref() != Some(select.value().as_str()) {
            if let Some(sort) = careers_core::query::SortOrder::from_key(&select.value()) {
                state.query.sort = sort;
                changed = true;
            }
        }
    }
    if changed {
        state.page = 1;
    }
    changed
}

fn inputs(root: &Element, selector: &str) -> Vec<HtmlInputElement> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlInputElement>().ok())
        .collect()
}

/// Whether `el` is markup only the pre-rendered page has (see `views::prerendered`), which
/// places in the tree do not count.
fn is_build_only(el: &Element) -> bool {
    matches!(el.tag_name().as_str(), "SCRIPT" | "NOSCRIPT")
        || el.class_list().contains("cds-careers__pending")
}

/// The elements of `parent` that both renderings have.
fn shared_children(parent: &Element) -> impl Iterator<Item = Element> {
    let children = parent.children();
    (0..children.length())
        .filter_map(move |i| children.item(i))
        .filter(|el| !is_build_only(el))
}

/// Where focus was in the pre-rendered markup.
struct Focus {
    id: String,
    /// The indices of the focused element and its ancestors among their parents' elements
    /// (those both renderings have), from the widget's root down.
    path: Vec<usize>,
    /// The caret or selection in a text field.
    selection: Option<(u32, u32)>,
}

impl Focus {
    fn of(old: &Element) -> Option<Focus> {
        let active = crate::dom::document().active_element()?;
        if !old.contains(Some(&active)) || &active == old {
            return None;
        }
        let mut path = Vec::new();
        let mut el = active.clone();
        while &el != old {
            let parent = el.parent_element()?;
            path.push(shared_children(&parent).position(|child| child == el)?);
            el = parent;
        }
        path.reverse();
        let selection = active.dyn_ref::<HtmlInputElement>().and_then(|input| {
            Some((
                input.selection_start().ok()??,
                input.selection_end().ok()??,
            ))
        });
        Some(Focus {
            id: active.id(),
            path,
            selection,
        })
    }

    /// Focuses the same element in `new` (by id, else by place), without scrolling.
    fn restore(&self, new: &Element) {
        let by_id = (!self.id.is_empty())
            .then(|| crate::dom::document().get_element_by_id(&self.id))
            .flatten();
        let target = by_id.or_else(|| {
            self.path
                .iter()
                .try_fold(new.clone(), |el, &i| shared_children(&el).nth(i))
        });
        let Some(target) = target.and_then(|el| el.dyn_into::<HtmlElement>().ok()) else {
            return;
        };
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = target.focus_with_options(&options);
        if let (Some((start, end)), Some(input)) =
            (self.selection, target.dyn_ref::<HtmlInputElement>())
        {
            let _ = input.set_selection_range(start, end);
        }
    }
}
