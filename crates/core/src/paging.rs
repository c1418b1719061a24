//! Paging of the result list.

/// Results shown per page.
pub const PAGE_SIZE: usize = 25;

/// The slice of `total` results shown on 1-based `page`: `(start, end, clamped_page,
/// page_count)`, where `results[start..end]` is the page, `clamped_page` is `page` brought into
/// `1..=page_count`, and `page_count` is at least 1 (an empty list has one, empty, page).
pub fn page_bounds(total: usize, page: usize) -> (usize, usize, usize, usize) {
    let page_count = total.div_ceil(PAGE_SIZE).max(1);
    let clamped = page.clamp(1, page_count);
    let start = (clamped - 1) * PAGE_SIZE;
    let end = (start + PAGE_SIZE).min(total);
    (start, end, clamped, page_count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_list_has_one_empty_page() {
        assert_eq!(page_bounds(0, 1), (0, 0, 1, 1));
        assert_eq!(page_bounds(0, 7), (0, 0, 1, 1));
    }

    #[test]
    fn splits_into_full_pages_and_a_last_partial_one() {
        assert_eq!(page_bounds(120, 1), (0, 25, 1, 5));
        assert_eq!(page_bounds(120, 2), (25, 50, 2, 5));
        assert_eq!(page_bounds(120, 5), (100, 120, 5, 5));
    }

    #[test]
    fn exact_multiples_have_no_empty_last_page() {
        assert_eq!(page_bounds(100, 4), (75, 100, 4, 4));
        assert_eq!(page_bounds(100, 5), (75, 100, 4, 4));
        assert_eq!(page_bounds(25, 1), (0, 25, 1, 1));
        assert_eq!(page_bounds(26, 2), (25, 26, 2, 2));
    }

    #[test]
    fn clamps_out_of_range_pages() {
        assert_eq!(page_bounds(10, 0), (0, 10, 1, 1));
        assert_eq!(page_bounds(120, usize::MAX), (100, 120, 5, 5));
    }
}
