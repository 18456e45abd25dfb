//! `redac stats`: any bytes give an analysis or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "contained.rs"]
mod contained;
use redac::pipeline::SourceInput;

fuzz_target!(init: contained::install_hook(), |bytes: &[u8]| {
    let source = SourceInput {
        name: "fuzz".into(),
        bytes: bytes.to_vec(),
    };
    let _ = redac::stats::measure(&source, None, None);
});
