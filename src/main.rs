//! The `redac` binary: parse flags, call the library, print. All the work is in the library.

mod cli;

use std::alloc::{GlobalAlloc, Layout};

/// mimalloc rather than the system's allocator: the pipeline allocates many short-lived small
/// strings, where glibc spent about a tenth of the batch's time (Cargo.toml says the figures).
#[global_allocator]
static GLOBAL: Allocator = Allocator;

/// mimalloc, asked without an alignment when every block it hands out has the one asked.
/// `mimalloc::MiMalloc` passes every request to `mi_malloc_aligned`, whose checks cost about
/// twenty instructions more a call than `mi_malloc` (414,000 allocations for 200 articles);
/// every mimalloc block is aligned to a pointer's size at least (its size classes are whole
/// words), which is all nearly every string and vector asks.
struct Allocator;

/// The alignment every block of mimalloc has.
const WORD: usize = std::mem::size_of::<usize>();

// SAFETY: each request goes to mimalloc, through `MiMalloc` (which keeps the alignment asked)
// unless the alignment asked is at most a word's, which every mimalloc block has; a block is
// freed, grown or shrunk by mimalloc whichever way it was made (`mi_free` and `mi_realloc`
// take any block, and the alignment of a block reallocated is the one it was made with).
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match layout.align() <= WORD {
            // SAFETY: `mi_malloc` returns a block of at least the size, word-aligned, or null.
            true => unsafe { libmimalloc_sys::mi_malloc(layout.size()).cast() },
            // SAFETY: the caller's guarantees, passed on.
            false => unsafe { mimalloc::MiMalloc.alloc(layout) },
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match layout.align() <= WORD {
            // SAFETY: as `alloc`, the block zeroed.
            true => unsafe { libmimalloc_sys::mi_zalloc(layout.size()).cast() },
            // SAFETY: the caller's guarantees, passed on.
            false => unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) },
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` is a block this allocator made, all of them mimalloc's.
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        match layout.align() <= WORD {
            // SAFETY: `ptr` is a mimalloc block; the new one is word-aligned like every block.
            true => unsafe { libmimalloc_sys::mi_realloc(ptr.cast(), new_size).cast() },
            // SAFETY: the caller's guarantees, passed on.
            false => unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) },
        }
    }
}

fn main() -> std::process::ExitCode {
    cli::run()
}
