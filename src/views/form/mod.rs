//! The accommodation request form (being built).

use crate::load::Data;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn AccommodationForm(data: Arc<Data>, posting: Option<String>) -> impl IntoView {
    let _ = (data, posting);
    view! { <h2 id="cds-careers-form-heading" tabindex="-1">"Request an accommodation"</h2> }
}
