//! What reading a listing, and preparing to rank it, cost in memory beyond what they keep. The
//! widget's wasm memory never shrinks, so the peak while reading is what a phone keeps for the
//! whole visit: it must stay close to the listing itself, however many postings there are and
//! however long the one value the reader has to hold whole (the search words).
//!
//! A counting allocator counts the bytes asked for; this file has one test, so nothing else runs
//! while it counts.

use careers_core::model::{Block, Bundle, Content, Facets, Inline, Posting, Status};
use careers_core::{publish, ListingReader};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};

struct Counting;
static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = NOW.fetch_add(by, SeqCst) + by;
    PEAK.fetch_max(now, SeqCst);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        NOW.fetch_sub(layout.size(), SeqCst);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        if size > layout.size() {
            grew(size - layout.size());
        } else {
            NOW.fetch_sub(layout.size() - size, SeqCst);
        }
        System.realloc(ptr, layout, size)
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// `n` listed postings, each with facets, a title, a two-sentence summary and a body of distinct
/// words, so that the search words grow with `n`.
fn bundle(n: usize) -> Bundle {
    let content = |i: usize, lang: &str| Content {
        title: format!("{lang} posting {i}"),
        summary: format!(
            "The summary of posting {i}, long enough to read like one. It says what the team does."
        ),
        body: vec![Block::Paragraph(vec![Inline::Text(format!(
            "word{i}a word{i}b word{i}c {lang}{i} shared words here"
        ))])],
        source: format!("{lang}/{i}.md"),
    };
    let postings = (0..n)
        .map(|i| Posting {
            id: format!("posting-{i}"),
            status: Status {
                open: true,
                listed: true,
                form: true,
            },
            facets: Facets {
                classification: vec![format!("EC-0{}", i % 7)],
                location: vec!["remote".into(), format!("city-{}", i % 5)],
                ..Facets::default()
            },
            apply: Some(format!("https://apply.example.gc.ca/jobs/posting-{i}")),
            date: Some("2026-11-22".into()),
            valid_through: None,
            lever_id: None,
            en: Some(content(i, "en")),
            fr: Some(content(i, "fr")),
        })
        .collect();
    Bundle {
        schema: careers_core::SCHEMA_VERSION,
        postings,
        labels: Default::default(),
    }
}

#[test]
fn reading_a_listing_and_preparing_its_ranking_keep_no_room_to_spare() {
    // 3,000 postings: past a power of two, where a doubling vector has most room to spare.
    let text = serde_json::to_vec(&publish(&bundle(3000)).listing).unwrap();
    let base = NOW.load(SeqCst);
    PEAK.store(base, SeqCst);
    let mut reader = ListingReader::new();
    for piece in text.chunks(64 * 1024) {
        reader.feed(piece).unwrap();
    }
    let listing = reader.finish().unwrap();
    let (kept, peak) = (NOW.load(SeqCst) - base, PEAK.load(SeqCst) - base);
    assert_eq!(listing.postings.len(), 3000);
    // A clone reserves no spare room: it measures what the listing needs. The room kept spare
    // (postings not yet arrived, lists' growth) stays under a tenth of it; the peak, which holds
    // the search words' text whole while they arrive, under a third above it.
    let before_copy = NOW.load(SeqCst);
    let copy = listing.clone();
    let needed = NOW.load(SeqCst) - before_copy;
    drop(copy);
    assert!(
        kept * 10 <= needed * 11,
        "the listing read keeps {kept} bytes where it needs {needed}: room to spare"
    );
    assert!(
        peak * 3 <= needed * 4,
        "reading asked for {peak} bytes at most, for a listing that needs {needed} ({} of text)",
        text.len()
    );

    // What ranking prepares (every title and summary in a language, as the positions of their
    // words and their words' forms in the word lists) keeps no room to spare either.
    let index = careers_core::query::Index::new(&listing);
    let before_ranking = NOW.load(SeqCst);
    index.prepare_ranking(&listing, careers_core::Lang::En);
    let ranking = NOW.load(SeqCst) - before_ranking;
    let text: usize = listing
        .postings
        .iter()
        .filter_map(|p| p.en.as_ref())
        .map(|c| c.title.len() + c.summary.len())
        .sum();
    assert!(
        ranking * 5 <= text * 8,
        "ranking keeps {ranking} bytes for {text} bytes of titles and summaries"
    );
}
