//! Pure logic of the CDS careers widget, free of any browser API so that `cargo test` checks it
//! natively: the content model and the published files, the JSON reader and writer, the two
//! languages, ISO dates, text folding, the query engine, the URL state, the message catalogue and the
//! accommodation form's validation.

pub mod address;
pub mod apply;
pub mod base64;
pub mod date;
pub mod email_request;
pub mod fold;
pub mod form;
pub mod form_email;
pub mod form_text;
pub mod json;
pub mod lang;
pub mod messages;
pub mod model;
pub mod paging;
mod percent;
pub mod published;
pub mod query;
pub mod result_row;
pub mod row_markup;
pub mod sorted_set;
pub mod text;
pub mod url_state;
pub mod versioned;
pub mod word_forms;
pub mod word_lists;

pub use date::IsoDate;
pub use fold::{fold, words};
pub use lang::Lang;
pub use messages::Msg;
pub use model::{
    parse_bundle, Block, Bundle, Content, FacetKind, Facets, Inline, Label, PerFacet, Posting,
    PostingOf, Status, SCHEMA_VERSION,
};
pub use paging::{page_bounds, PAGE_SIZE};
pub use published::{
    body_of, body_url, parse_body, parse_listing, publish, BodyReader, Entry, Listing,
    ListingReader, Overview, PostingBody, Published, LISTING_SCHEMA,
};
pub use query::{collation_key, FacetCount, Index, Query, Results, SortOrder, StatusFilter};
pub use text::text_of;
pub use url_state::{is_meaningful_change, merge_query, ViewState};
pub use versioned::FormatError;
