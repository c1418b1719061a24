//! The orders of results that do not depend on the query: by title and by date posted.

use super::{as_u32, collation_key};
use crate::date::IsoDate;
use crate::{Entry, Lang};
use std::cmp::Ordering;

/// Listed postings sorted by title in `lang` (see [`compare_titles`]).
pub(super) fn title_order(postings: &[Entry], lang: Lang) -> Vec<u32> {
    let titled: Vec<(usize, String, &str)> = postings
        .iter()
        .enumerate()
        .filter(|(_, p)| p.status.listed)
        .map(|(i, p)| {
            let title = p
                .content_or_other(lang)
                .map_or("", |(_, c)| c.title.as_str());
            (i, collation_key(title), title)
        })
        .collect();
    let mut order: Vec<usize> = (0..titled.len()).collect();
    sort_positions(&mut order, &|a, b| {
        let (ia, ka, ta) = &titled[a];
        let (ib, kb, tb) = &titled[b];
        compare_titles((ka, ta, &postings[*ia].id), (kb, tb, &postings[*ib].id))
    });
    order.into_iter().map(|k| as_u32(titled[k].0)).collect()
}

/// Sorts `positions` (stable) by `compare`. Every caller's `positions` start in ascending
/// order, so ties broken by position keep them in the order they came: the result of a stable
/// sort, from the smaller code of the unstable one. Every order goes through this one function,
/// so the wasm holds one instance of the standard library's sort rather than one per order.
pub(super) fn sort_positions(positions: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    debug_assert!(positions.is_sorted());
    positions.sort_unstable_by(|&a, &b| compare(a, b).then(a.cmp(&b)));
}

/// The postings of `title_order` by date posted, latest first, undated (or with a date that is
/// not a real one) last; a stable sort, so each day's postings and the undated keep title order.
pub(super) fn newest_order(postings: &[Entry], title_order: &[u32]) -> Vec<u32> {
    let date = |i: u32| {
        postings[i as usize]
            .date
            .as_deref()
            .and_then(|d| IsoDate::parse(d).ok())
    };
    let dates: Vec<Option<IsoDate>> = title_order.iter().map(|&i| date(i)).collect();
    let mut order: Vec<usize> = (0..title_order.len()).collect();
    sort_positions(&mut order, &|a, b| match (dates[a], dates[b]) {
        (Some(a), Some(b)) => b.cmp(&a),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    });
    order.into_iter().map(|k| title_order[k]).collect()
}

/// Title order: by collation key, untitled last; ties by unfolded title, then by id.
fn compare_titles(a: (&str, &str, &str), b: (&str, &str, &str)) -> Ordering {
    (a.0.is_empty(), a.0, a.1, a.2).cmp(&(b.0.is_empty(), b.0, b.1, b.2))
}
