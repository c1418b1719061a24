//! Word forms and relevance as a WebAssembly module of their own: the first listing does not
//! need them, so their code is cut from the main module (`scripts/split-wasm.sh`) and fetched
//! once the listing shows. Until it arrives, results are what the main module finds alone (query
//! words inside words, relevance as title order); then they are computed again.

use crate::ctx::Ctx;
use crate::load::Data;
use careers_core::query::{Refinements, REFINED};
use careers_core::Lang;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::sync::{Arc, OnceLock};

/// The refinements once their module has arrived (natively, at once).
static LOADED: OnceLock<Refinements> = OnceLock::new();

/// The refinements, if their module has arrived; reading [`Ctx::refined`] first makes a
/// computation run again when it does.
pub fn get() -> Option<Refinements> {
    if !crate::ctx::LIVE {
        return Some(REFINED);
    }
    LOADED.get().copied()
}

/// How many postings' titles and summaries ranking reads in one task while it is prepared: a
/// 16th of the listing, 64 at least. An input waits for one slice at most (3 to 14 ms, four
/// times that with the CPU 4× slower), and the whole is read in some 16 tasks, each followed by
/// the 4 ms browsers leave between nested timers, so a broad search typed soon after (its
/// ranking reads the postings it ranks that are not read yet) finds most of them read: with 32
/// postings a task, a letter typed 400 ms after the widget went live at 10,000 postings waited
/// 93 to 120 ms, the preparation's timers spread over 1.5 s. A slice by the clock instead (4 ms)
/// cost 101 bytes gzip of the main module.
fn ranking_slice(postings: usize) -> usize {
    (postings / 16).max(64)
}

/// The refinements, from their module (cut into `split_search_refinements.<build>.wasm`), with
/// what ranking reads in `lang` being prepared.
#[leptos::wasm_split::wasm_split(
    search_refinements,
    wasm_split_path = ::leptos::wasm_split,
    fallible
)]
fn refinements(data: Arc<Data>, lang: Lang) -> Result<Refinements, SplitLoaderError> {
    prepare_ranking(data, lang);
    Ok(REFINED)
}

/// Reads every title and summary of the language as ranking needs them, a slice a task, so that
/// the first keystroke does not wait for all of them, nor a search typed meanwhile: between two
/// slices it is answered, and its ranking reads the postings it ranks that are not read yet.
fn prepare_ranking(data: Arc<Data>, lang: Lang) {
    if !data.index.prepare_ranking_some(
        &data.listing,
        lang,
        ranking_slice(data.listing.postings.len()),
    ) {
        set_timeout(move || prepare_ranking(data, lang), Default::default());
    }
}

/// Fetches the module once; results follow when it arrives. If it cannot be fetched, search
/// goes on without it (every result is still found by what was typed, in title order).
pub fn fetch(ctx: Ctx, data: Arc<Data>) {
    if get().is_some() {
        return;
    }
    leptos::task::spawn_local(async move {
        if let Ok(refinements) = refinements(data, ctx.lang.get_untracked()).await {
            let _ = LOADED.set(refinements);
            ctx.refined.set(true);
        }
    });
}
