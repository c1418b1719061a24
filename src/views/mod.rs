//! The widget's views, one module each.

pub mod body;
pub mod filters;
pub mod form;
pub mod form_loader;
pub mod heading;
pub mod lang_toggle;
pub mod link;
pub mod listing;
pub mod posting;
pub mod status;
