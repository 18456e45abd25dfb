//! `check` does work and takes memory in proportion to its input: a hostile draft twice as
//! long allocates about twice as much, never the square (issue 11). Measured by counting the
//! bytes allocated, never by timing.

use redac::checking::{self, config::Settings};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting the bytes it hands out.
struct Counting;

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATED.fetch_add(new_size.saturating_sub(layout.size()), Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocated_by_check(text: &str) -> usize {
    let settings = Settings::default();
    let before = ALLOCATED.load(Ordering::Relaxed);
    let _ = checking::check_text(text, &settings);
    ALLOCATED.load(Ordering::Relaxed) - before
}

/// A list nested `depth` levels deep, one item per level.
fn nested_list(depth: usize) -> String {
    (0..depth)
        .map(|level| format!("{}- mot d'un élément\n", "  ".repeat(level)))
        .collect()
}

fn long_line(repeats: usize) -> String {
    "Le mot d'un « texte » : oui ! ".repeat(repeats) + "\n"
}

fn directives(count: usize) -> String {
    "<!-- redac-disable-next-line no-break-space -->\nLe mot d'un : oui\n\n".repeat(count)
}

/// A hostile draft: its name, how to make one of a size, and a size.
type Shape = (&'static str, fn(usize) -> String, usize);

/// One test, so that no other test allocates while it counts.
#[test]
fn doubling_a_hostile_draft_about_doubles_the_memory_it_takes() {
    let shapes: [Shape; 3] = [
        ("nested list", nested_list, 300),
        ("long line", long_line, 3000),
        ("directives", directives, 500),
    ];
    for (name, make, n) in shapes {
        let small = allocated_by_check(&make(n));
        let large = allocated_by_check(&make(2 * n));
        assert!(
            large <= small * 3,
            "{name}: {small} bytes allocated, then {large} for twice the input"
        );
    }
}
