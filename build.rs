//! Links the `redac` binary as a position-dependent executable on Linux with glibc.
//!
//! Why: a journalist's one-file run is mostly start-up. A position-independent executable has
//! every pointer of its static tables (the HTML parser's atoms and entities, the panic
//! locations, the vtables: some 32,000) relocated by the loader at each start, which writes,
//! and so copies, the 160 pages that hold them: about half a run's page faults (`perf stat`:
//! `redac --version` 380 → 190, `rewrite FILE` 515 → 317; docs/performance.md, "Stop 69").
//! Linked at a fixed address, the tables are read from the file as they are. Go links its
//! binaries the same way by default. The shared libraries (glibc) keep their random
//! addresses; only the binary's own code does not move.
//!
//! The objects stay position-independent (Rust's default), so the library, the tests' own
//! binaries and the proc macros are unchanged; only the final link of the binaries differs.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
