//! Small helpers over the browser's DOM that the views share.

use wasm_bindgen::{closure::Closure, JsCast};

pub fn window() -> web_sys::Window {
    web_sys::window().expect("the widget runs in a window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a window has a document")
}

/// Moves focus to the element with `id` once the pending render is on screen. Used after every
/// view change so that keyboard and screen-reader users land where the change happened.
pub fn focus_after_render(id: String) {
    focus_first_after_render(vec![id]);
}

/// Like [`focus_after_render`], to the first of `ids` that is on the page.
pub fn focus_first_after_render(ids: Vec<String>) {
    let callback = Closure::once_into_js(move || {
        if let Some(el) = ids.iter().find_map(|id| {
            document()
                .get_element_by_id(id)
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        }) {
            let _ = el.focus();
        }
    });
    let _ = window().request_animation_frame(callback.unchecked_ref());
}

/// Whether a click should be left to the browser (new tab, new window, download, not the main
/// button), so that every link keeps working as a link.
pub fn is_modified_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()
}

/// Puts `text` on the clipboard, then tells `done` whether the browser allowed it (a page that
/// is not secure, such as one served over plain HTTP, has no clipboard at all).
pub fn copy_to_clipboard(text: String, done: impl FnOnce(bool) + 'static) {
    let clipboard = window().navigator().clipboard();
    if clipboard.is_undefined() {
        done(false);
        return;
    }
    let written = clipboard.write_text(&text);
    leptos::task::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(written).await.is_ok());
    });
}

/// Sets the browser tab's title (standalone mode only).
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Sets the page's language, `<html lang>`, to `lang` (standalone mode only: the title is the
/// widget's). A tag already of that language (`fr-CA` for French) is kept.
pub fn set_page_lang(lang: careers_core::Lang) {
    let Some(root) = document().document_element() else {
        return;
    };
    let current = root.get_attribute("lang").unwrap_or_default();
    if careers_core::Lang::from_tag(&current) != Some(lang) {
        let _ = root.set_attribute("lang", lang.code());
    }
}
