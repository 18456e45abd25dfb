//! The `redac` binary: parse flags, call the library, print. All the work is in the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
