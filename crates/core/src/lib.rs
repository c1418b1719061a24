//! Pure logic of the CDS careers widget, free of any browser API so that `cargo test` checks it
//! natively: the bundle format, the two languages, text folding, the query engine, the URL state,
//! the message catalogue and the accommodation form's validation.

pub mod bundle;
pub mod fold;
pub mod form;
pub mod form_text;
pub mod lang;
pub mod messages;
pub mod paging;
pub mod query;
pub mod text;
pub mod url_state;

pub use bundle::{
    parse_bundle, Block, Bundle, BundleError, Content, FacetKind, Facets, Inline, Label, Posting,
    Status, SCHEMA_VERSION,
};
pub use fold::{fold, words};
pub use lang::Lang;
pub use messages::Msg;
pub use paging::{page_bounds, PAGE_SIZE};
pub use query::{collation_key, FacetCount, Index, Query, Results, SortOrder, StatusFilter};
pub use text::text_of;
pub use url_state::{is_meaningful_change, merge_query, ViewState};
