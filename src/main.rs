//! The `redac` binary: parse flags, call the library, print. All the work is in the library.

mod cli;

/// mimalloc rather than the system's allocator: the pipeline allocates many short-lived small
/// strings, where glibc spent about a tenth of the batch's time (Cargo.toml says the figures).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run()
}
