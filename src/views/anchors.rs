//! The ids of the listing's elements where focus lands when the view changes under a person's
//! feet, shared by the views that move it there.

/// The search box.
pub const SEARCH_ID: &str = "cds-careers-search";
/// The count of results, where focus lands when the results change under a button that goes.
pub const COUNT_ID: &str = "cds-careers-count";
/// The listing's heading, where focus lands when the listing opens or comes back.
pub const RESULTS_HEADING_ID: &str = "cds-careers-results-heading";
/// The results, where focus lands after skipping the filters.
pub const RESULTS_ID: &str = "cds-careers-results";
