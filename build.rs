//! Links the `redac` binary as a position-dependent executable on Linux with glibc.
//!
//! Why: a journalist's one-file run is mostly start-up. A position-independent executable has
//! every pointer of its static tables (the HTML parser's atoms and entities, the panic
//! locations, the vtables: some 32,000) relocated by the loader at each start, which writes,
//! and so copies, the 160 pages that hold them: half the page faults of `redac --version`
//! (380 → 192, `perf stat`), two fifths of a light article's `rewrite FILE` (515 → 317;
//! docs/performance.md, "Stop 69").
//! Linked at a fixed address, the tables are read from the file as they are. Go links its
//! binaries the same way by default. The shared libraries (glibc) keep their random
//! addresses; only the binary's own code does not move.
//!
//! The trade: the binary's own image loses address-space randomisation, a hardening against
//! the exploitation of a memory bug, which distributions turn on for every package. Issue
//! 16's second round and stops 40 and 51 refused it for a tenth of a run; measured again it
//! is a sixth (the `rewrite FILE` of issue 16's 5 ms target), and redac is safe Rust but for
//! its dependencies' `unsafe` and mimalloc. A packager whose policy requires PIE builds with
//! `REDAC_PIE=1`.
//!
//! The objects stay position-independent (Rust's default), so the library, the tests' own
//! binaries and the proc macros are unchanged; only the final link of the binaries differs.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=REDAC_PIE");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let pie_asked = std::env::var("REDAC_PIE").is_ok_and(|v| v == "1");
    if os == "linux" && env == "gnu" && !pie_asked {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
