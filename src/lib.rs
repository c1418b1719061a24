//! The CDS careers widget: its views and the state they share, run two ways.
//!
//! - In the browser (`start`, the wasm's entry point): the widget reads its host element's
//!   settings and the address, fetches the listing and shows the view; on a page rendered at
//!   build time it renders off the page, and `careers.js` swaps it in.
//! - Natively at build time (`prerender`): the same components rendered to HTML, which the site
//!   builder (`crates/site`) writes as the pre-rendered pages and fragments. One source of
//!   markup: the pages are what the widget would show.

mod app;
pub mod config;
mod ctx;
mod dom;
mod effect;
mod history;
pub mod load;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod refinements;
#[cfg(target_arch = "wasm32")]
mod start;
mod views;

#[cfg(target_arch = "wasm32")]
pub use start::start;
